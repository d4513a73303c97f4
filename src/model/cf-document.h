/* cf-document.h — one report as text: its lines, and (after segmentation) its blocks.
 *
 * A document holds the decoded text twice, with the same lines and the same number of
 * characters on every line:
 *   text  the original characters, decoded to UTF-8 (what a reviewer sees);
 *   norm  the same characters with what numbers are written with normalised one-for-one
 *         (full-width digits ０-９ → 0-9, ．→ . between digits, ％ → %, ＋/－ → +/-,
 *         U+3000 and NBSP → space, a full-width ，→ , only where it separates thousands).
 * Because every normalisation maps one character to one character, a column counted in
 * characters is the same in both; only byte offsets differ.  Line ends (CRLF, CR, LF) are
 * all stored as a single '\n' between lines in both buffers, but for the line ends inside a
 * hard-wrapped paragraph, which norm drops (CfLine.joined): the segment stage's first step,
 * before anything holds an offset into norm.  When nothing was normalised, norm may be the
 * very buffer text is (norm == text): neither is written to otherwise once set.
 *
 * All later stages read doc->norm through byte offsets (CfRange) and report positions with
 * cf_document_locate(), which turns a norm offset into the original line and column.
 *
 * Ownership: a CfDocument owns everything it points to; cf_document_free() releases it. */
#pragma once

#include <glib.h>

#include "model/cf-decimal.h"

G_BEGIN_DECLS

/* A half-open byte range [start, end) in CfDocument.norm. */
typedef struct {
	gsize start;
	gsize end;
} CfRange;

typedef struct {
	guint number;      /* 1-based line number in the original file */
	gsize text_offset; /* where the line starts in CfDocument.text */
	gsize text_length; /* bytes, without the line end */
	gsize norm_offset; /* where the line starts in CfDocument.norm */
	gsize norm_length; /* bytes, without the line end */
	gsize byte_offset; /* where the line starts in the original file's bytes */
	gboolean joined;   /* the line continues the one before it, a paragraph the text's layout
	                    * cut in mid-sentence (PDF text): norm has no line end between them
	                    * (set by the segment stage, cf-segment-unwrap.c) */
} CfLine;

/* Something the reader should know about an input that was still processed
 * (e.g. invalid bytes replaced by U+FFFD).  Owned by the document. */
typedef struct {
	guint line;        /* 0 when the whole file is meant */
	guint column;
	gsize byte_offset; /* offset in the original file, G_MAXSIZE when not applicable */
	char *message;
} CfDiagnostic;

/* ---- blocks (filled by the segment stage) ---- */

typedef enum {
	CF_HEADING_NONE,
	CF_HEADING_CHINESE,        /* 一、 二、 */
	CF_HEADING_CHINESE_PAREN,  /* （一） （二） */
	CF_HEADING_ARABIC_COMMA,   /* 1、 2、 */
	CF_HEADING_ARABIC_DOT,     /* 1. 1． */
	CF_HEADING_ARABIC_PAREN,   /* （1） (1) */
	CF_HEADING_CIRCLED,        /* ① ② */
} CfHeadingStyle;

typedef enum {
	CF_BLOCK_HEADING,
	CF_BLOCK_PARAGRAPH,
	CF_BLOCK_TABLE,
} CfBlockKind;

typedef struct {
	CfRange range;   /* the cell's text in norm; continuation lines are included with their '\n' */
	guint line;      /* line of the cell's first character */
	guint column;    /* aligned column index in the table, 0-based */
	gboolean numeric; /* a number with an optional short unit (37.98, 100%, ≥6次), not a
			   * year (2022年): what the segment stage placed the cell by */
} CfCell;

typedef struct {
	CfCell *cells;   /* n_cells cells, in column order; merged/missing cells are absent.
			  * Owned by the document (cf_document_alloc()), not by the row */
	guint n_cells;
	guint line;      /* line of the row's first cell */
	gboolean header; /* a header row (column titles) */
	gboolean total;  /* a 合计/总计/小计/总分 row (first text cell holds one of those words) */
	gboolean numbering; /* the columns' numbers below the headers (栏次 | 1 | 2 | 3): no
	                     * item and no figures, read as a header (not one of the column
	                     * titles) */
} CfRow;

/* A table rebuilt from its flattened form.
 * Invariants: rows[0 .. n_header_rows) are header rows; every cell's column < n_columns;
 * column_labels has n_columns entries (possibly ""). */
typedef struct {
	GPtrArray *rows;           /* CfRow*; the array is owned, the rows are the document's
	                            * memory (cf_document_alloc()) */
	guint n_header_rows;
	guint n_columns;
	char **column_labels;      /* combined header text per column, "预算金额/指标总额"; owned */
	char **column_units;       /* unit stated in a column header ("万元" from "预算金额（单位：万元）"),
	                            * NULL entries when none; n_columns entries; owned */
	char *unit_text;           /* the unit a line above the table (金额单位：万元) or a header
	                            * states for the whole table ("万元"), NULL when none; owned.
	                            * The extract stage resolves it through the lexicon. */
	guint unit_line;           /* line that stated unit_text, 0 if none */
	guint first_line, last_line;
	gboolean half;             /* one of two tables printed side by side: the other is the
	                            * table right before or after it */
	gboolean cut;              /* the document ends inside a row after the table's last:
	                            * rows below may be lost */
} CfTable;

/* Frees what @table holds on the heap: its rows array and strings (the table and its rows
 * may be the document's memory, cf_document_alloc()).  A table in a block is released with
 * the document; this is for one dropped before it is placed in a block. */
void cf_table_release(CfTable *table);

typedef struct {
	CfBlockKind kind;
	CfRange range;
	guint first_line, last_line;
	/* CF_BLOCK_HEADING */
	CfHeadingStyle heading_style;
	int heading_level;         /* 1 for the outermost style used in this document, … */
	int heading_ordinal;       /* the number written: 3 for 三、 or 3、 */
	CfRange heading_marker;    /* "三、" */
	/* CF_BLOCK_PARAGRAPH (and the body of a CF_BLOCK_HEADING): n_sentences sentences split
	 * at 。；！？, NULL when the block has none split.  The ranges are owned by the document
	 * (one allocation for the sentences of many blocks, freed with it), not by the block. */
	const CfRange *sentences;
	guint n_sentences;
	/* CF_BLOCK_TABLE */
	CfTable *table;
} CfBlock;

/* How CfMetadata.unit was found. */
typedef enum {
	CF_UNIT_SOURCE_NONE,      /* unknown: unit is NULL */
	CF_UNIT_SOURCE_TITLE,     /* the title names it ("2022年度中共益阳市委组织部") */
	CF_UNIT_SOURCE_STATEMENT, /* a sentence names it as its subject ("中共长沙市雨花区委组织部是…") */
	CF_UNIT_SOURCE_INFERRED,  /* composed from the place the report calls its own (我区 and
	                           * the most named 区) and the department it names for itself;
	                           * unit_evidence says what was seen */
} CfUnitSource;

typedef struct {
	char *title;        /* NULL when unknown */
	guint title_line;
	int year;           /* report year, 0 when unknown */
	guint year_line;
	char *unit;         /* issuing unit (单位), NULL when unknown */
	guint unit_line;
	char *kind;         /* kind of report: "项目支出绩效自评", "部门整体支出绩效评价",
	                     * "决算说明" …, NULL when unknown */
	guint kind_line;
	CfUnitSource unit_source; /* how unit was found */
	char *unit_evidence;      /* what unit rests on, one line for a reader ("开福区 named 8
	                           * times, first at line 26; 我区 3 times; …"), NULL when unknown */
} CfMetadata;

typedef struct {
	char *path;         /* as given by the user */
	char *encoding;     /* the encoding the bytes were decoded from: "UTF-8", "GB18030", … */
	char *text;         /* decoded original, NUL-terminated */
	gsize text_length;
	char *norm;         /* normalised, NUL-terminated */
	gsize norm_length;
	gboolean text_valid_utf8; /* text and norm are known to be valid UTF-8 (the ingest stage
				   * checked every byte); FALSE when not known */
	GArray *lines;      /* CfLine, in order */
	GPtrArray *diagnostics; /* CfDiagnostic*, warnings about the input */
	GPtrArray *blocks;  /* CfBlock*, in document order; empty until segmented.  The
			     * blocks, their tables and rows are the document's memory
			     * (cf_document_alloc()): the array frees only what a table holds on
			     * the heap (its rows array, labels and units) */
	CfMetadata metadata;
	gpointer arena;     /* private: memory of cf_document_alloc(), freed with the document */
} CfDocument;

/* A new empty document for @path (copied). Free with cf_document_free(). */
CfDocument *cf_document_new(const char *path);
void cf_document_free(CfDocument *doc);

/* Takes ownership of @text and @norm (both NUL-terminated, same line structure) and
 * indexes their lines.  @byte_offsets, when not NULL, gives each line's byte offset in the
 * original file (n_lines entries); the caller keeps it. */
void cf_document_set_text(CfDocument *doc, char *text, gsize text_length, char *norm,
			  gsize norm_length, const gsize *byte_offsets);

/* Takes ownership of @text and @norm like cf_document_set_text(), for a caller that has
 * already filled doc->lines itself (in one pass with the text); same contract.  @norm may be
 * @text itself (one buffer, freed once) when it has nothing normalised. */
void cf_document_take_text(CfDocument *doc, char *text, gsize text_length, char *norm,
			   gsize norm_length);

/* Adds a warning about the input (message copied). */
void cf_document_add_diagnostic(CfDocument *doc, guint line, guint column, gsize byte_offset,
				const char *message);

/* The line containing norm offset @offset (clamped to the last line). Never NULL. */
const CfLine *cf_document_line_at(const CfDocument *doc, gsize offset);

/* The line with 1-based @number, or NULL when out of range. */
const CfLine *cf_document_get_line(const CfDocument *doc, guint number);

/* The number of the first line of the paragraph line @number is in: @number itself unless
 * the line is joined to the ones before it (CfLine.joined).  0 for a number out of range.
 * Inline: the checks ask it of claim after claim, and mostly of lines not joined. */
static inline guint
cf_document_paragraph_line(const CfDocument *doc, guint number)
{
	if (number == 0 || number > doc->lines->len)
		return 0;
	while (number > 1 && g_array_index(doc->lines, CfLine, number - 1).joined)
		number--;
	return number;
}

/* Original line and 1-based character column of norm offset @offset. */
void cf_document_locate(const CfDocument *doc, gsize offset, guint *line, guint *column);

/* Number of characters in norm[start, end). */
guint cf_document_char_count(const CfDocument *doc, gsize start, gsize end);

/* The original text of line @number (borrowed, not NUL-terminated) and its byte length. */
const char *cf_document_line_text(const CfDocument *doc, guint number, gsize *length);

/* The hex SHA-256 of doc->text (lower-case, 64 characters): what identifies a version of a
 * document (history, --claims).  Caller frees.  The same text as
 * g_compute_checksum_for_data(G_CHECKSUM_SHA256, text, text_length), computed faster when
 * nettle is built in. */
char *cf_document_dup_digest(const CfDocument *doc);

/* @size bytes (aligned for any of the model's structs) that live as long as @doc: for the
 * many small arrays of its blocks, freed all at once by cf_document_free().  Never NULL,
 * also for 0 bytes. */
gpointer cf_document_alloc(CfDocument *doc, gsize size);

/* A new string with norm[range] (caller frees). */
char *cf_document_dup_range(const CfDocument *doc, CfRange range);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(CfDocument, cf_document_free)

G_END_DECLS
