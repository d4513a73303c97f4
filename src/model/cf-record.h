/* cf-record.h — a checked document reduced to what checks ACROSS documents need, in a form
 * that outlives the document: its metadata, its claims (value, unit, label, place) and the
 * source lines those claims sit on.  Records are built from a document after extraction,
 * stored in and loaded from the history database, and read back from `extract --format
 * jsonl` output (--claims), so cross-document checks never need the documents themselves.
 *
 * Invariants: path is never NULL; claims are in (line, column) order; every claim's line has
 * its source text in `lines` (so a finding can show it), or in the spill of a compact record.
 * Unknown metadata is NULL/0, never guessed.
 *
 * A compact record (cf_record_compact) keeps only some of its claims, their strings in a
 * CfRecordStrings it shares with other records, and moves them and its source lines to a
 * CfSpill with its sentence fingerprints and line index: what a large batch keeps per
 * document in memory for the checks across documents is the metadata they read (path,
 * digest, unit, year) and where the rest is, about 200 bytes.
 *
 * Ownership: a CfRecord owns everything it points to (but a compact record's strings and
 * spill, which must outlive it); cf_record_free() releases it. */
#pragma once

#include <glib.h>
#include <string.h>

#include "model/cf-claim.h"
#include "model/cf-document.h"
#include "model/cf-hash.h"
#include "model/cf-spill.h"

G_BEGIN_DECLS

typedef struct {
	CfClaimKind kind;
	CfDecimal stated;
	CfDecimal value;       /* base unit, as CfClaim.value */
	CfInterval interval;
	gboolean has_value;
	int unit_exponent;
	CfQualifier qualifier;
	char *unit;            /* or NULL */
	char *label;           /* or NULL */
	char *text;            /* the source text matched */
	char *cues;            /* the claim's cue words joined by ',' ("其中,合计"), "" when none */
	guint line, column, length;
	gint table, row, cell_column; /* -1 outside tables */
	guint index; /* its place among the document's claims, from 0 (a compact record keeps it
	              * for the claims it keeps) */
} CfRecordClaim;

/* A fingerprint of one prose sentence, for finding text reused across documents: the
 * sentence with every digit run masked (whitespace dropped) hashed to 64 bits, and its digit
 * runs (years such as 2022年 left out) hashed apart, so two sentences that read the same but
 * for their numbers have equal text_hash and different numbers_hash.  The hashes are FNV-1a,
 * stable across runs and machines (the history database stores them). */
typedef struct {
	guint64 text_hash;
	guint64 numbers_hash; /* 0 when the sentence states no number but years */
	guint line;           /* 1-based line the sentence starts on */
	guint16 chars;        /* characters of the masked sentence, capped at G_MAXUINT16 */
	guint16 numbers;      /* digit runs hashed in numbers_hash, capped at G_MAXUINT16 */
} CfRecordSentence;

/* Sentences shorter than this many characters (masked) are not fingerprinted. */
#define CF_RECORD_SENTENCE_MIN_CHARS 12

typedef struct {
	char *path;
	char *digest;          /* hex SHA-256 of the file's bytes (or of its text when loaded
	                        * from claims), identifies a version of the file */
	char *title;           /* metadata, NULL/0 when unknown */
	guint title_line;
	int year;
	guint year_line;
	char *unit;
	guint unit_line;
	char *kind;
	guint kind_line;
	gboolean from_history; /* loaded from the history database, not read in this run:
	                        * findings between history records only were reported before */
	GPtrArray *claims;     /* CfRecordClaim*, owned (NULL in a compact record) */
	GHashTable *lines;     /* GUINT_TO_POINTER(line) → char* source text, owned (NULL in a
	                        * compact record) */
	GArray *sentences;     /* CfRecordSentence of the prose sentences, in document order
	                        * (empty when unknown, e.g. loaded from claims); the line of each
	                        * sentence stating a number is in `lines` (NULL in a compact
	                        * record: see cf_record_ref_sentences) */
	/* compact records only (FALSE/NULL/0 otherwise): what `claims`, `lines` and `sentences`
	 * held is in the spill; `path`, `unit` and `digest` are in the shared CfRecordStrings,
	 * `title` and `kind` (which no check across documents reads) are dropped */
	gboolean compact;
	CfSpill *spill;       /* borrowed */
	guint64 spill_offset; /* the claims kept (CF_RECORD_SPILLED_CLAIM_BYTES each, then
	                       * their texts), the
	                       * sentences (CfRecordSentence), the line index
	                       * (CfRecordSpilledLine, by line), then the source lines, in line
	                       * order */
	guint n_spilled_claims;
	guint spilled_claims_bytes;
	guint n_spilled_sentences;
	guint n_spilled_lines;
	guint spilled_lines_bytes; /* of the source lines' texts (after the line index) */
	/* packed records only (cf_record_pack; NULL otherwise): what goes to the spill, laid
	 * out, the kept claims' units and labels as offsets (+ 1, 0: none) into
	 * packed_strings; the counts above are set, the claims, lines and sentences gone */
	GString *packed;
	GString *packed_strings;
	/* what a check across documents worked out from all its claims while marking those to
	 * keep (CfRecordMarkFunc), so that it need not read them back for it: n_marked_keys
	 * strings, each NUL-ended, one after the other in marked_keys (owned; NULL when none);
	 * marked_keys_known FALSE: not worked out (the claims must be read) */
	gboolean marked_keys_known;
	guint n_marked_keys;
	char *marked_keys;
} CfRecord;

/* Where a compact record's source line is in its spill: it ends @end bytes after the first
 * line's start and starts where the one before it ends. */
typedef struct {
	guint line;
	guint end;
} CfRecordSpilledLine;

/* Bytes cf_record_dup_line() reads at once from a compact record's line index on: a pread()
 * of 4 KB costs little more than one of 100 bytes (~460 against ~340 ns here), two cost
 * twice. */
#define CF_RECORD_LINE_READ_BYTES 4096

/* The bytes each kept claim takes in a compact record's spill, before the claims' texts. */
#define CF_RECORD_SPILLED_CLAIM_BYTES 96

/* CfRecordStrings: the strings compact records share (paths, units, labels, digests), each
 * kept as long as the pool; cf_record_strings_insert() gives equal strings the same pointer.
 * It looks them up by cf_hash_bytes() in a table of its own (a GStringChunk's
 * insert_const hashes byte by byte: a batch's calling thread inserts every kept claim's unit
 * and label). */
typedef struct _CfRecordStrings CfRecordStrings;

CfRecordStrings *cf_record_strings_new(void);
void cf_record_strings_free(CfRecordStrings *strings);

/* @text kept once in @strings (NULL for NULL); borrowed, lives as long as @strings. */
char *cf_record_strings_insert(CfRecordStrings *strings, const char *text);

/* A copy of @text in @strings that later inserts do not look for (a path, unique); borrowed,
 * lives as long as @strings. */
char *cf_record_strings_add(CfRecordStrings *strings, const char *text);

/* Does something to one record (e.g. compacts it as a loader reads it). */
typedef void (*CfRecordFunc)(CfRecord *record, gpointer user_data);

CfRecord *cf_record_new(const char *path);
void cf_record_free(CfRecord *record);

/* A record of @doc with @claims (CfClaim*, as cf_extract_document returns them); @digest may
 * be NULL (then computed from doc->text). */
CfRecord *cf_record_new_from_document(const CfDocument *doc, GPtrArray *claims,
				      const char *digest);

/* Marks in @keep (one per claim of @record, all FALSE) the claims to keep; may set @record's
 * marked keys (and nothing else of it). */
typedef void (*CfRecordMarkFunc)(CfRecord *record, gboolean *keep);

/* The record cf_record_new_from_document() makes, packed (cf_record_pack) with the claims
 * @mark marks, without copying every claim first (their cue words are "" while @mark reads
 * them, as packing drops them): what a batch makes of a document when nothing reads its full
 * record. */
CfRecord *cf_record_new_packed(const CfDocument *doc, GPtrArray *claims, const char *digest,
			       CfRecordMarkFunc mark);

/* Adds a copy of @claim (and its line's @source text, @source_length bytes, -1: NUL-ended). */
void cf_record_add_claim(CfRecord *record, const CfRecordClaim *claim, const char *source,
			 gssize source_length);

/* The source text of @line, or "" when the record does not hold it in memory (a compact
 * record holds none: see cf_record_dup_line). */
const char *cf_record_get_line(const CfRecord *record, guint line);

/* The source text of @line wherever the record keeps it (memory or spill), "" when it does
 * not hold it; new string.  A spill that cannot be read gives "" and a warning.  For a
 * compact record this reads the spill twice (its line index, then the line). */
char *cf_record_dup_line(const CfRecord *record, guint line);

/* The source lines of a record read for many lookups: a compact record's index and lines in
 * one read of the spill (not two reads per line), an in-memory record's borrowed. */
typedef struct _CfRecordLines CfRecordLines;

/* The lines of @record (which must outlive them); free with cf_record_lines_free().  A spill
 * that cannot be read gives no lines and a warning. */
CfRecordLines *cf_record_lines_new(const CfRecord *record);

/* The same as cf_record_dup_line(record, @line) (new string). */
char *cf_record_lines_dup(const CfRecordLines *lines, guint line);

void cf_record_lines_free(CfRecordLines *lines);

/* The claims of @record (CfRecordClaim*, in order), wherever it keeps them: its own array
 * (a new reference: do not change it) or, for a compact record, read back from the spill
 * (copies owning nothing but themselves: their strings stay in the record's CfRecordStrings).
 * A spill that cannot be read gives no claims and a warning.  Caller unrefs. */
GPtrArray *cf_record_ref_claims(const CfRecord *record);

/* The claims of @record (*@n_claims of them, in order) in one array, wherever it keeps them:
 * copies of its own claims (their strings borrowed from it) or, for a compact record, read
 * back from the spill in one piece (their texts in the same allocation, their other strings in
 * the record's CfRecordStrings).  A spill that cannot be read gives none and a warning.  Never
 * NULL; free with g_free(). */
CfRecordClaim *cf_record_dup_claims(const CfRecord *record, guint *n_claims);

/* cf_record_dup_claims() and, in *@sentences (when not NULL), what cf_record_ref_sentences()
 * gives (unref it): a compact record's in the same read from the spill. */
CfRecordClaim *cf_record_dup_claims_and_sentences(const CfRecord *record, guint *n_claims,
						  GArray **sentences);

/* The sentence fingerprints of @record (CfRecordSentence, in order), wherever it keeps them:
 * its own array (a new reference: do not change it) or, for a compact record, read back from
 * the spill.  A spill that cannot be read gives none and a warning.  Caller unrefs. */
GArray *cf_record_ref_sentences(const CfRecord *record);

/* Makes @record compact: keeps the claims @keep marks (@keep[i] for claim i, in order, each
 * with its `index`), their labels and units copied into @strings (shared: it must outlive
 * @record; equal strings are kept once), drops the cue words (the checks across documents do
 * not read them), and moves those claims with their texts, the sentence fingerprints and
 * every source line to @spill (which must outlive @record too), in one piece.  Of the
 * metadata, the year, lines and from_history stay as they are, the path, unit and digest
 * move to @strings, the title and kind go.  A record cf_record_pack() packed is compacted as
 * it was packed (@keep unread).  Fails only when @spill cannot be written (@record is then
 * packed, not compact: free it). */
gboolean cf_record_compact(CfRecord *record, const gboolean *keep, CfRecordStrings *strings,
			   CfSpill *spill, GError **error);

/* The first half of cf_record_compact(), which touches nothing shared, so a worker thread
 * may do it: lays out what goes to the spill, keeping the claims @keep marks, and frees the
 * claims, lines, sentences, title and kind.  cf_record_compact() of a packed record (its
 * @keep unread) then only moves its strings to @strings and its data to @spill.  A packed
 * record is read by nothing else: compact it, or free it. */
void cf_record_pack(CfRecord *record, const gboolean *keep);

void cf_record_claim_free(CfRecordClaim *claim);

/* Fingerprints @length bytes of normalised sentence text (digits ASCII, as CfDocument.norm)
 * into @out (line left 0).  Returns FALSE when the masked sentence is shorter than
 * CF_RECORD_SENTENCE_MIN_CHARS characters. */
gboolean cf_record_sentence_fingerprint(const char *text, gsize length, CfRecordSentence *out);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(CfRecordLines, cf_record_lines_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CfRecordStrings, cf_record_strings_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CfRecord, cf_record_free)

G_END_DECLS
