/* cf-segment-private.h — what the segment stage's files share; not for other stages.
 *
 * The segmenter reads doc->norm only, through the CfLine index.  Every helper here works on
 * byte offsets into norm and never allocates per character. */
#pragma once

#include <string.h>

#include <glib.h>

#include "model/cf-document.h"

G_BEGIN_DECLS

/* Cells a table row may hold.  A row with more (a line of a million TABs) keeps its first
 * CF_SEGMENT_MAX_COLUMNS - 1 cells and folds the rest, text included, into the last one. */
#define CF_SEGMENT_MAX_COLUMNS 256

/* A header cell is a short label: at most this many characters, whitespace not counted. */
#define CF_SEGMENT_LABEL_MAX_CHARS 20

/* A lone short line between blank lines inside an incomplete row ("（40分）") may continue
 * its cell even when blank lines follow it; longer lines must touch the next cell line. */
#define CF_SEGMENT_FRAGMENT_MAX_CHARS 10
#define CF_SEGMENT_FRAGMENT_MAX_GAP 2 /* blank lines between such a fragment and the next cell */

/* A line above a table that states its unit (金额单位：万元) is at most this long, and is
 * looked for among this many non-blank lines above the table. */
#define CF_SEGMENT_UNIT_LINE_MAX_CHARS 40
#define CF_SEGMENT_UNIT_LINE_LOOKBACK 2

/* Longest unit text taken from a unit statement ("万元", "元/人"). */
#define CF_SEGMENT_UNIT_MAX_CHARS 8

/* A constant word with its byte length, known at compile time: CF_SEGMENT_WORD("合计"). */
typedef struct {
	const char *text;
	gsize length;
} CfSegmentWord;

#define CF_SEGMENT_WORD(literal) {"" literal, sizeof(literal) - 1}

typedef enum {
	CF_LINE_BLANK,  /* empty, or only spaces (ASCII, U+3000, NBSP) */
	CF_LINE_CELL,   /* starts with a TAB: a table cell */
	CF_LINE_ROW,    /* a whole table row, its cells between | (ingest makes ｜ one) or TABs */
	CF_LINE_RULE,   /* a rule line between such rows: |---|:--:| or +----+----+ */
	CF_LINE_LAYOUT, /* a row of a table laid out in columns by spaces (cf-segment-layout.c) */
	CF_LINE_COLUMN, /* one cell of a table scraped a cell a line, a | after it or a blank
			 * line (cf_segment_settle_cell_lines()) */
	CF_LINE_TEXT,   /* anything else */
} CfLineKind;

typedef struct {
	CfDocument *doc;
	CfLineKind *kinds; /* one per line, index = line index (line number - 1) */
	guint n_lines;
	gboolean pipes;      /* the document holds a | at all */
	gboolean bare_cells; /* cells a line are read without a |, a blank line after each
			      * (cf-segment-table.c) */
} CfSegmenter;

/* ---- text helpers (cf-segment-text.c) ---- */

/* Byte length of the whitespace character at @p (space, TAB, CR, NBSP, U+3000), 0 if none.
 * Inline: asked for every character by the counting and trimming helpers. */
static inline gsize
cf_segment_space_length(const char *p, const char *end)
{
	if (p >= end)
		return 0;
	if (*p == ' ' || *p == '\t' || *p == '\r')
		return 1;
	if ((guchar)*p < 0xC2)
		return 0;
	/* NBSP, U+00A0 */
	if (end - p >= 2 && (guchar)p[0] == 0xC2 && (guchar)p[1] == 0xA0)
		return 2;
	/* ideographic space, U+3000 (ingest normalises it; tests may not) */
	if (end - p >= 3 && (guchar)p[0] == 0xE3 && (guchar)p[1] == 0x80 && (guchar)p[2] == 0x80)
		return 3;
	return 0;
}

/* cf_segment_trim() and cf_segment_skip_artefacts() for text that may begin (end) with what
 * they take off (cf-segment-text.c). */
void cf_segment_trim_general(const char *norm, gsize *start, gsize *end);
gsize cf_segment_skip_artefacts_general(const char *norm, gsize start, gsize end);

/* Whether the byte @c may begin whitespace or a line end (cf_segment_space_length()). */
static inline gboolean
cf_segment_may_start_space(guchar c)
{
	return c <= ' ' || c == 0xC2 || c == 0xE3;
}

/* Narrows [*start, *end) of @norm past leading and trailing whitespace and line ends.
 * Inline: text that neither begins with a byte whitespace begins with nor ends with one it
 * ends with (most cells, words, lines) is left as it is without a call. */
static inline void
cf_segment_trim(const char *norm, gsize *start, gsize *end)
{
	if (*start < *end && !cf_segment_may_start_space((guchar)norm[*start])) {
		guchar last = (guchar)norm[*end - 1];
		if (last > ' ' && last != 0xA0 && last != 0x80)
			return;
	}
	cf_segment_trim_general(norm, start, end);
}

/* Offset past leading whitespace and exporter artefacts ("[bookmark: _GoBack]").  Inline:
 * most text begins with a byte that begins neither. */
static inline gsize
cf_segment_skip_artefacts(const char *norm, gsize start, gsize end)
{
	if (start < end && norm[start] != '[' && !cf_segment_may_start_space((guchar)norm[start]))
		return start;
	return cf_segment_skip_artefacts_general(norm, start, end);
}

/* Characters in norm[start, end) that are not whitespace or line ends. */
guint cf_segment_count_visible(const char *norm, gsize start, gsize end);

/* The same counted no further than @max + 1: the count when it is at most @max, else
 * @max + 1 (a long cell compared with a limit is not read to its end). */
guint cf_segment_count_visible_max(const char *norm, gsize start, gsize end, guint max);

/* The same as cf_segment_count_visible_max() for @norm known to be valid UTF-8
 * (CfDocument.text_valid_utf8), faster: 16 bytes a step, each character counted at its first
 * byte (any start and end, even inside a character, give the same count). */
guint cf_segment_count_visible_max_valid(const char *norm, gsize start, gsize end, guint max);

/* Whether norm[start, end) holds more than @max visible characters: never when it has no
 * more than @max bytes (a character takes a byte at least), else counted.  @valid: @norm is
 * known to be valid UTF-8. */
static inline gboolean
cf_segment_longer_than(const char *norm, gsize start, gsize end, guint max, gboolean valid)
{
	return end > start && end - start > max &&
	       (valid ? cf_segment_count_visible_max_valid(norm, start, end, max)
		      : cf_segment_count_visible_max(norm, start, end, max)) > max;
}

/* Whether norm[start, end) begins with @prefix.  Inline: called for every character by
 * several scanners, and with a literal @prefix its length is known at compile time. */
static inline gboolean
cf_segment_has_prefix(const char *norm, gsize start, gsize end, const char *prefix)
{
	gsize n = strlen(prefix);
	return end >= start && end - start >= n && memcmp(norm + start, prefix, n) == 0;
}

/* Offset of the first @needle in norm[start, end), or G_MAXSIZE. */
gsize cf_segment_find(const char *norm, gsize start, gsize end, const char *needle);

/* The text of norm[start, end) with line ends and whitespace removed, except one space
 * kept between two ASCII letters or digits ("指标\n总额" → "指标总额").  Caller frees. */
char *cf_segment_dup_compact(const char *norm, gsize start, gsize end);

/* The same, faster where @valid says @norm is valid UTF-8 (CfDocument.text_valid_utf8): the
 * runs between whitespace copied whole.  Any start and end, even inside a character, give the
 * same text either way. */
char *cf_segment_dup_compact_text(const char *norm, gsize start, gsize end, gboolean valid);

/* Length of the closing quote or bracket at @p (” ’ ） ) 」 』 》 】), 0 if none: asked after
 * every delimiter by the sentence splitter, so by its bytes rather than a list of strings
 * compared in turn. */
static inline gsize
cf_segment_closer_at(const char *norm, gsize p, gsize end)
{
	const guchar *u = (const guchar *)norm + p;
	if (p >= end)
		return 0;
	if (u[0] == ')')
		return 1;
	if (end - p < 3)
		return 0;
	switch (u[0]) {
	case 0xE2: /* ” ’ */
		return u[1] == 0x80 && (u[2] == 0x9D || u[2] == 0x99) ? 3 : 0;
	case 0xEF: /* ） */
		return u[1] == 0xBC && u[2] == 0x89 ? 3 : 0;
	case 0xE3: /* 」 』 》 】 */
		return u[1] == 0x80 &&
			       (u[2] == 0x8D || u[2] == 0x8F || u[2] == 0x8B || u[2] == 0x91)
			       ? 3
			       : 0;
	default:
		return 0;
	}
}

/* ---- hard-wrapped paragraphs (cf-segment-unwrap.c) ---- */

/* When @segmenter's document reads as text laid out in lines of a fixed width (a PDF's),
 * joins each line cut in mid-sentence to the next: norm loses the line end between them
 * (a new buffer when norm was the text's) and the next line is marked CfLine.joined.  Runs
 * before anything holds an offset into norm; does nothing when the lines were joined before. */
void cf_segment_unwrap(CfSegmenter *segmenter);

/* ---- headings (cf-segment-heading.c) ---- */

typedef struct {
	CfHeadingStyle style;
	int level;        /* by convention: 一、 1, （一） 2, 1、 1. 3, （1） 4, ① 5 */
	int ordinal;      /* the number written */
	CfRange marker;   /* "三、", "（1）、" */
	gsize body_start; /* first byte of the text after the marker and its spaces */
} CfHeadingMatch;

/* Whether norm[start, end) (artefacts and leading spaces already skipped) starts with a
 * numbering marker; fills @match when it does. */
gboolean cf_segment_match_heading(const char *norm, gsize start, gsize end,
				  CfHeadingMatch *match);

/* ---- sentences (cf-segment-sentence.c) ---- */

/* The sentences of norm[start, end): split after 。；！？ ; ! ? (with the closing quotes and
 * brackets that follow them), never between two digits, each trimmed, empty ones dropped.
 * Returns a new array of CfRange.  @valid_utf8: norm is known to be valid UTF-8 (then the
 * delimiters are looked for 16 bytes a step; the same sentences either way). */
GArray *cf_segment_split_sentences(const char *norm, gsize start, gsize end,
				   gboolean valid_utf8);

/* The same sentences of doc->norm[start, end) for @block: block->sentences (in the
 * document's memory, cf_document_alloc()) and block->n_sentences. */
void cf_segment_split_block_sentences(CfDocument *doc, CfBlock *block, gsize start, gsize end);

/* ---- tables (cf-segment-table.c) ---- */

/* The index of the line holding norm offset @at, looked for from line @index on: a cursor
 * for scans that meet the document's lines in order (a byte looked for through the whole
 * text, then the line it is in). */
static inline guint
cf_segment_line_index_from(const CfSegmenter *segmenter, guint index, gsize at)
{
	while (index + 1 < segmenter->n_lines &&
	       g_array_index(segmenter->doc->lines, CfLine, index + 1).norm_offset <= at)
		index++;
	return index;
}

/* Whether norm[start, end) holds visible text both before @at and after @at + @length (a
 * separator between two cells). */
gboolean cf_segment_text_around(const char *norm, gsize start, gsize end, gsize at,
				gsize length);

/* The kind of the non-blank line norm[start, end) as a line of a table a row a line with
 * its cells between |s: CF_LINE_ROW, CF_LINE_RULE, else CF_LINE_TEXT (CF_LINE_CELL for a
 * TAB-led line).  @pipes: whether the document holds a | at all.  Only a guess per line:
 * cf_segment_settle_rows() finds the rows with their cells between TABs and decides from
 * the lines around each. */
CfLineKind cf_segment_classify_row_line(const char *norm, gsize start, gsize end,
					gboolean pipes);

/* Settles the row and rule lines of @segmenter->kinds: rows are a table only where at least
 * CF_SEGMENT_MIN_ROW_LINES of them follow one another (rule lines between them allowed);
 * elsewhere a row line is read as text (a TAB-led one as a cell line) and a rule line as
 * text. */
void cf_segment_settle_rows(CfSegmenter *segmenter);

#define CF_SEGMENT_MIN_ROW_LINES 2

/* Marks CF_LINE_COLUMN the runs of text lines that are a table scraped a cell a line, each
 * cell's text followed by a | (项 目 | / 预 算 数 | / 决 算 数 | / 合 计 | / 49.9 | / 7.69 | / …,
 * a | alone an empty cell): the header's labels, then rows of as many cells, each a label
 * and then figures, dashes or nothing.  Runs after cf_segment_settle_rows(). */
void cf_segment_settle_cell_lines(CfSegmenter *segmenter);

/* Whether norm[start, end) is a figure with an optional short unit, as a numeric cell. */
gboolean cf_segment_range_is_numeric(const char *norm, gsize start, gsize end);

/* ---- tables laid out in columns by spaces (cf-segment-layout.c) ---- */

/* Lines of two cells or more such a table needs, and lines of them holding a figure. */
#define CF_SEGMENT_LAYOUT_MIN_LINES 3
#define CF_SEGMENT_LAYOUT_MIN_DATA_LINES 2

/* A cell of such a line: its text, and the display columns [from, to) it is printed in (a
 * column's span, for a column). */
typedef struct {
	CfRange range;
	guint from, to;
} CfLayoutCell;

/* Marks the runs of text lines that form such tables CF_LINE_LAYOUT (see the file's
 * comment).  Runs after cf_segment_settle_rows(). */
void cf_segment_settle_layout(CfSegmenter *segmenter);

/* The cells of norm[start, end), text between runs of two spaces or more, into @cells. */
void cf_segment_layout_split(const char *norm, gsize start, gsize end, GArray *cells);

/* The columns (CfLayoutCell spans) of the table on lines [first, last], NULL when they do
 * not make one. */
GArray *cf_segment_layout_columns(const CfSegmenter *segmenter, guint first, guint last);

/* The index of the column of @columns that @cell overlaps most, else the nearest. */
guint cf_segment_layout_column_of(const GArray *columns, const CfLayoutCell *cell);

/* Whether norm[start, end) is a unit statement (金额单位：万元, （单位：元）); @unit receives
 * the unit's range when it is. */
gboolean cf_segment_match_unit_line(const char *norm, gsize start, gsize end, CfRange *unit);

/* Reads the table whose first line has index @first (a cell line: the flattened form; a row
 * or rule line: a row a line between | or TABs; a layout line: columns set apart by
 * spaces), appends its table blocks (one per section, see the file's comment)
 * to doc->blocks, and returns the index of the first line it did not consume (always >
 * @first). */
guint cf_segment_parse_table(CfSegmenter *segmenter, guint first);

/* ---- metadata (cf-segment-metadata.c) ---- */

/* Fills doc->metadata from the lines and the blocks already found. */
void cf_segment_fill_metadata(CfSegmenter *segmenter);

/* For tests: whether the metadata scan may read 32 bytes a step with AVX2 where the CPU has
 * it (the default), or must keep to 16 (the same results either way).  Not for use while
 * documents are segmented in other threads. */
void cf_segment_metadata_use_avx2(gboolean use);

/* For tests: whether a sentence is walked for an organisation name only when a 是/为 is in
 * reach (the default) or always (the same results either way).  Not for use while documents
 * are segmented in other threads. */
void cf_segment_metadata_use_follower_filter(gboolean use);

G_END_DECLS
