/* cf-crossdoc-private.h — what the cross-document rule families share. */
#pragma once

#include "crossdoc/cf-crossdoc.h"

G_BEGIN_DECLS

/* One record as the families see it. */
typedef struct {
	const CfRecord *record; /* borrowed */
	const char *unit_key;   /* cf_crossdoc_unit_key(record->unit), or NULL; in
	                         * CfCrossdoc.unit_keys */
} CfCrossdocDoc;

/* A place in a record: a claim's, or a sentence's (column 1, length 0). */
typedef struct {
	const CfCrossdocDoc *doc;
	guint line, column, length;
	const char *note;
} CfCrossdocPlace;

typedef struct {
	CfCrossdocDoc *docs; /* the records taken part (history copies of a path read in this
	                      * run, and exact copies of another record, are left out) */
	guint n_docs;
	GStringChunk *unit_keys; /* the docs' unit keys, each kept once */
	const CfCheckOptions *options;
	gboolean sources;    /* places carry their source lines (else "": filled when written) */
	GPtrArray *findings; /* CfFinding*, owned (when there is no emit function) */
	CfCrossdocEmitFunc emit; /* or NULL */
	gpointer emit_data;
	CfFinding *pending; /* the last finding added, handed to emit once complete */
	guint jobs;         /* threads cf_crossdoc_each_doc works in */
	gboolean threads;   /* more than one may be used (the spills are flushed) */
	/* Each document's counters of years (cf_crossdoc_counters_find(), found in the pass of
	 * cf_crossdoc_check_values() that reads every claim, so that crossdoc-counter reads
	 * no claims of its own), n_docs of them; NULL when the rule is off. */
	GPtrArray **counters;
	/* The text hashes of every document's sentences, for reused-text (NULL when it is off),
	 * added by the same pass as the counters (with the claims, in one read of a compact
	 * record's spill) when sentence_hashes_added. */
	struct _CfKeyLog *sentence_hashes;
	gboolean sentence_hashes_added;
} CfCrossdoc;

/* The work of a family on one document, in a worker thread: it may read @cd, the records and
 * what @data points at, but change nothing shared (the records' spills are flushed: reading
 * them is safe).  Returns what the reduce function gets. */
typedef gpointer (*CfCrossdocMapFunc)(const CfCrossdoc *cd, guint doc, gpointer data);

/* Takes over @result, the map function's for document @doc, in the calling thread. */
typedef void (*CfCrossdocReduceFunc)(CfCrossdoc *cd, guint doc, gpointer result, gpointer data);

/* Runs @map over every document of @cd, on cd->jobs threads, and @reduce over each result in
 * the calling thread, document after document in order: what the reduce functions build does
 * not depend on the number of threads.  At most CF_CROSSDOC_WINDOW_PER_JOB × jobs results wait
 * at a time. */
void cf_crossdoc_each_doc(CfCrossdoc *cd, CfCrossdocMapFunc map, CfCrossdocReduceFunc reduce,
			  gpointer data);

/* Documents in flight per thread of cf_crossdoc_each_doc. */
#define CF_CROSSDOC_WINDOW_PER_JOB 8

/* The source line of @line in @record for a place of a finding (NULL when cd->sources is
 * off: the place then reads ""); new string. */
char *cf_crossdoc_place_source(const CfCrossdoc *cd, const CfRecord *record, guint line);

gboolean cf_crossdoc_rule_enabled(const CfCrossdoc *cd, const char *rule);

/* The place that should be primary of two (the one read in this run; of two such, the later
 * year, then the later path): TRUE when it is @a. */
gboolean cf_crossdoc_a_is_primary(const CfCrossdocDoc *a, const CfCrossdocDoc *b);

/* A new finding at @primary with @other as a related place, appended to cd->findings and
 * returned (borrowed) for its message; NULL (nothing added) when both places are in history
 * records.  Each place carries its source line from its record (cd->sources).  A family
 * completes a finding (message, values, more places) before it adds the next one: the
 * finding is handed to cd->emit when the next one is added or the family returns. */
CfFinding *cf_crossdoc_add_finding(CfCrossdoc *cd, const char *rule, CfSeverity severity,
				   const CfCrossdocPlace *primary, const CfCrossdocPlace *other);

/* A claim's place. */
CfCrossdocPlace cf_crossdoc_claim_place(const CfCrossdocDoc *doc, const CfRecordClaim *claim,
					const char *note);

/* The stated value with its unit as written ("1900万元"), new string. */
char *cf_crossdoc_claim_stated(const CfRecordClaim *claim);

/* Marks in @keep (one per claim of @record) the claims a family may read: every claim that
 * states a figure (by the claim alone) or a change against last year, and the first
 * labelled claim of each table row; every claim that may count years.  The values family
 * also sets @record's marked keys: the unit keys its table rows name (what the first pass of
 * cf_crossdoc_check_values() would read them for). */
void cf_crossdoc_values_mark_claims(CfRecord *record, gboolean *keep);
void cf_crossdoc_counters_mark_claims(const CfRecord *record, gboolean *keep);

/* The counters of years among document @doc's @n @claims (an array cf_crossdoc_check_counters
 * takes over through cd->counters), new; NULL when cd->counters is NULL (the rule is off). */
GPtrArray *cf_crossdoc_counters_find(const CfCrossdoc *cd, guint doc,
				     const CfRecordClaim *claims, guint n);

/* A copy of @from that outlives the claims it was read with (cf_record_ref_claims): its text
 * copied, its other strings shared with the record (which outlives the check).  Release with
 * cf_crossdoc_clear_claim(). */
void cf_crossdoc_copy_claim(CfRecordClaim *to, const CfRecordClaim *from);
void cf_crossdoc_clear_claim(CfRecordClaim *claim);

/* ---- CfKeyLog: many 64-bit keys read back in order in bounded memory ----
 * Keys are added, then cf_key_log_sort() once, then cf_key_log_next() until FALSE gives every
 * key added, in ascending order (equal ones as often as added).  At most about @budget keys
 * are sorted in memory at a time: the rest wait in sorted runs in a temporary file of the
 * log's own, merged as they are read. */
typedef struct _CfKeyLog CfKeyLog;

/* Keys a log of the checks across documents sorts in memory at a time (2 MB). */
#define CF_CROSSDOC_KEY_BUDGET (256 * 1024)

CfKeyLog *cf_key_log_new(gsize budget);
void cf_key_log_add(CfKeyLog *log, guint64 key);
gsize cf_key_log_get_size(const CfKeyLog *log);
void cf_key_log_sort(CfKeyLog *log);
gboolean cf_key_log_next(CfKeyLog *log, guint64 *key);
void cf_key_log_free(CfKeyLog *log);

/* Orders two guint64 (for g_array_sort and g_array_binary_search of keys). */
gint cf_key_compare(gconstpointer a, gconstpointer b);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CfKeyLog, cf_key_log_free)

/* The budget the families give their key logs: CF_CROSSDOC_KEY_BUDGET unless a test set
 * another (cf_crossdoc_set_key_budget, 0: the default again). */
gsize cf_crossdoc_get_key_budget(void);
void cf_crossdoc_set_key_budget(gsize budget);

/* Takes the years (2022年, 2022年度) out of @s; returns the first in [1900, 2199], 0 if
 * none. */
int cf_crossdoc_remove_years(GString *s);

/* Test hook: g_str_hash()-style hashes of the "\x1fyear\x1fmeaning" tail of a figure's key,
 * continued from @start, by the first pass's cached step (*@cached) and byte by byte
 * (*@direct), and the tail's text (*@text, g_free it). */
void cf_crossdoc_key_tail_hashes(guint start, int year, guint meaning, guint *cached,
				 guint *direct, char **text);

/* What cf_crossdoc_remove_years() returns for @text, taking nothing out. */
int cf_crossdoc_first_year(const char *text);


/* The families. */
void cf_crossdoc_check_values(CfCrossdoc *cd);
void cf_crossdoc_check_counters(CfCrossdoc *cd);
void cf_crossdoc_check_reuse(CfCrossdoc *cd);

G_END_DECLS
