/* cf-segment-table.c — tables rebuilt from their flattened form.
 *
 * Reading rows.  A line starting with a TAB starts a cell (each further leading TAB first
 * adds an empty cell: "\t\t合计" is an empty cell and 合计); a line without a leading TAB
 * continues the cell before it; a blank line ends the row.  Except: when the row has fewer
 * cells than the widest row so far, and the blank line(s) are followed by a text line that
 * directly precedes a cell line ("指标\n\n总额"), that text continues the current cell.  A
 * short fragment ("（40分）") may also be followed by up to CF_SEGMENT_FRAGMENT_MAX_GAP blank
 * lines.  A heading or a unit line never continues a cell.  The table ends at the first text
 * line after blank lines that does not continue a cell.
 *
 * Sections.  A flattened table may hold several tables one under the other: a 自评表 has a
 * funds part, a goals part and an indicators part, each with its own header.  A label row
 * (every cell a short label, no number) that comes after data rows starts a new section
 * when it, and the next data row after it, both have a different number of cells than the
 * widest row before it (so a short text row such as 其他 | 无 inside a table splits
 * nothing).  In a grid whose rows all have as many cells (merged cells exported empty), a
 * label row starts a new section when it puts words, all different, over two or more columns
 * where the section's data rows held numbers (starts_header(); a header repeated over the
 * next page starts nothing).  Each section becomes its own CF_BLOCK_TABLE block.  The unit
 * line above the flattened table applies to all of them.
 *
 * Header rows.  The label rows at the start of a section, down to the first data row.  The
 * lowest one gives the columns; each row above must fit on it: one cell per column, one cell
 * per group of the row below (an empty column is a group of its own; a child starting with
 * 其中 belongs to the group of the column before it: 预算金额 over 指标总额 | 其中：区级资金),
 * one cell per empty column plus one over all the labelled ones, or, when the lowest row is
 * short, the two rows together are one row split in two (绩效指标 | 一级指标 …).  A full-width
 * upper row whose first cell stands over the names column alone, above another label, is a
 * form's key and value (项目名称 | 森林防火专项经费), not a header.  Label rows
 * above the first row that does not fit form a section of their own without a header
 * (项目名称 | 业务工作开展专项经费 above the funds header).  Labels combine top-down with '/'.
 *
 * Aligning short rows.  A data row with fewer cells than the section's widest row has
 * merged or missing cells.  Its trailing numeric cells (and empty cells between them) align
 * from the right onto the rightmost numeric column — a column whose cells in the full rows
 * are mostly numbers — so 总分 | 100分 | 7.13 puts 7.13 under 得分 and 100分 under 分值; the
 * cells before them keep their places from the left (a merged label such as 合计 starts in
 * the first columns); cells after the last number follow it.  When that does not fit, or
 * the row has no number, or no column holds numbers, the row is aligned from the left; so
 * is a row that is a label and k figures when a full row of the table is a label, k figures
 * and empty cells (上级补助收入 | 37811 | 46850 | | | above 收入总计 | 83593 | 88613).
 *
 * Units.  A unit line above the table (金额单位：万元, （单位：元）) sets unit_text.  A header
 * cell stating a unit (预算金额（单位：万元）, 项目资金\n（万元）) sets column_units for its
 * columns, and also unit_text when it says 单位 explicitly or is the first column's header. */
#include "segment/cf-segment-private.h"

#include <string.h>

#define QI_ZHONG "其中" /* "of which": a part of the column before it */

/* A row label holding one of these words makes a total row; it is at most this long. */
#define TOTAL_LABEL_MAX_CHARS 16
static const char *const total_words[] = {"合计", "总计", "小计", "总分"};

/* Rows a table's array has room for from the start (a usual table), doubled after. */
#define ROWS_RESERVED 32

/* Cells a row's array has room for from the start (a row of a usual table). */
#define CELLS_RESERVED 8

/* A numeric cell: a number with at most this many characters of unit after it. */
#define NUMERIC_SUFFIX_MAX_CHARS 4

/* The cells of the row being read: one buffer for all rows of a table, grown by doubling
 * (a cell is appended per TAB: no call per cell). */
typedef struct {
	CfCell *cells;
	guint len, size;
} CellBuffer;

typedef struct {
	CellBuffer *reading; /* while the row is read: its cells, in the buffer read_rows() reads
			    * every row into (borrowed); NULL once finish_row() has moved them */
	CfCell *cells;     /* then: n_cells cells in the document's memory; column set when the
			    * row is placed */
	guint n_cells;
	guint first_index; /* line index of the row's first line */
	guint last_index;  /* line index of its last non-blank line */
	gboolean label;    /* at least one cell, every one empty or a short non-numeric label */
	gboolean has_text; /* at least one non-empty cell */
} RawRow;

typedef struct {
	guint start, end; /* the columns it labels, inclusive */
	gboolean moved;   /* it stands in @column, away from them (packed_groups()) */
	guint column;
} Span;

typedef struct {
	CfRange range; /* the unit text in norm; empty when none */
	guint line;
} StatedUnit;

static RawRow *
raw_row_at(GArray *rows, guint index)
{
	return &g_array_index(rows, RawRow, index);
}

static const CfLine *
line_at_index(const CfSegmenter *segmenter, guint index)
{
	return &g_array_index(segmenter->doc->lines, CfLine, index);
}

static gboolean
cell_is_empty(const CfCell *cell)
{
	return cell->range.start == cell->range.end;
}

/* Cell @i of a finished row. */
static CfCell *
cell_at(const RawRow *row, guint i)
{
	return &row->cells[i];
}

/* Cell @i of the row being read. */
static CfCell *
reading_cell(const RawRow *row, guint i)
{
	return &row->reading->cells[i];
}

/* ---- numbers and labels ---- */

static const CfSegmentWord comparison_prefixes[] = {
	CF_SEGMENT_WORD("\xE2\x89\xA5"), /* ≥ */
	CF_SEGMENT_WORD("\xE2\x89\xA4"), /* ≤ */
	CF_SEGMENT_WORD("\xEF\xBC\x9C"), /* ＜ */
	CF_SEGMENT_WORD("\xEF\xBC\x9E"), /* ＞ */
	CF_SEGMENT_WORD("\xC2\xB1"),     /* ± */
	CF_SEGMENT_WORD("\xEF\xBC\x8D"), /* － */
	CF_SEGMENT_WORD("\xEF\xBC\x8B"), /* ＋ */
	CF_SEGMENT_WORD("约"),           /* about */
	CF_SEGMENT_WORD("<"),            CF_SEGMENT_WORD(">"),
	CF_SEGMENT_WORD("+"),            CF_SEGMENT_WORD("-"),
};

/* Whether the cell is a number with an optional short unit: 37.98, 4,95, 10分, 100%, ≥6次,
 * 582人.  A year (2022年, 2022年底) and a number inside text are not.  Computed once per cell
 * by classify_row() (CfCell.numeric); read with cell_is_numeric(). */
static gboolean
cell_text_is_numeric(const char *norm, const CfCell *cell)
{
	gsize p = cell->range.start, end = cell->range.end;
	/* every comparison prefix is a non-ASCII character; most cells start with a digit */
	for (guint i = 0; p < end && (guchar)norm[p] >= 0x80 && i < G_N_ELEMENTS(comparison_prefixes);
	     i++) {
		gsize n = comparison_prefixes[i].length;
		if (norm[p] == comparison_prefixes[i].text[0] && end - p >= n &&
		    memcmp(norm + p, comparison_prefixes[i].text, n) == 0) {
			p += n;
			break;
		}
	}
	for (gsize n; (n = cf_segment_space_length(norm + p, norm + end)) > 0;)
		p += n;
	if (p >= end || !g_ascii_isdigit(norm[p]))
		return FALSE;
	guint digits = 0;
	gboolean separated = FALSE;
	while (p < end) {
		if (g_ascii_isdigit(norm[p])) {
			digits++;
			p++;
		} else if ((norm[p] == ',' || norm[p] == '.') && p + 1 < end &&
			   g_ascii_isdigit(norm[p + 1])) {
			separated = TRUE;
			p++;
		} else {
			break;
		}
	}
	for (gsize n; (n = cf_segment_space_length(norm + p, norm + end)) > 0;)
		p += n;
	if (digits == 4 && !separated && cf_segment_has_prefix(norm, p, end, "年"))
		return FALSE;
	for (gsize q = p; q < end; q++)
		if (g_ascii_isdigit(norm[q]))
			return FALSE;
	return cf_segment_count_visible_max(norm, p, end, NUMERIC_SUFFIX_MAX_CHARS) <=
	       NUMERIC_SUFFIX_MAX_CHARS;
}

gboolean
cf_segment_range_is_numeric(const char *norm, gsize start, gsize end)
{
	CfCell cell = {{start, end}, 0, 0, FALSE};
	return cell_text_is_numeric(norm, &cell);
}

static gboolean
cell_is_numeric(const CfCell *cell)
{
	return cell->numeric;
}

/* Sets every cell's numeric flag (its text is final) and the row's label and has_text. */
static void
classify_row(const char *norm, gboolean valid, RawRow *row)
{
	row->label = row->n_cells > 0;
	row->has_text = FALSE;
	for (guint i = 0; i < row->n_cells; i++) {
		CfCell *cell = cell_at(row, i);
		cell->numeric = FALSE;
		if (cell_is_empty(cell))
			continue;
		row->has_text = TRUE;
		cell->numeric = cell_text_is_numeric(norm, cell);
		if (cell->numeric ||
		    cf_segment_longer_than(norm, cell->range.start, cell->range.end,
					   CF_SEGMENT_LABEL_MAX_CHARS, valid))
			row->label = FALSE;
	}
	if (!row->has_text)
		row->label = FALSE;
}

/* ---- reading the flattened rows ---- */

static void
add_cell(RawRow *row, gsize start, gsize end, guint line)
{
	CellBuffer *buffer = row->reading;
	if (G_UNLIKELY(buffer->len == buffer->size)) {
		buffer->size *= 2;
		buffer->cells = g_renew(CfCell, buffer->cells, buffer->size);
	}
	buffer->cells[buffer->len++] = (CfCell){{start, end}, line, 0, FALSE};
}

/* Adds the cells of cell line @index to @row. */
static void
add_cell_line(CfSegmenter *segmenter, RawRow *row, guint index)
{
	const CfLine *line = line_at_index(segmenter, index);
	const char *norm = segmenter->doc->norm;
	gsize p = line->norm_offset;
	gsize end = p + line->norm_length;
	while (p < end && norm[p] == '\t') {
		p++;
		if (row->reading->len >= CF_SEGMENT_MAX_COLUMNS) {
			/* past the limit the rest of the line is the last cell's text */
			reading_cell(row, row->reading->len - 1)->range.end = end;
			return;
		}
		gboolean last_tab = p >= end || norm[p] != '\t';
		add_cell(row, p, last_tab ? end : p, line->number);
	}
	row->last_index = index;
}

/* Extends the row's last cell over line @index (a continuation line). */
static void
continue_cell(CfSegmenter *segmenter, RawRow *row, guint index)
{
	const CfLine *line = line_at_index(segmenter, index);
	reading_cell(row, row->reading->len - 1)->range.end = line->norm_offset + line->norm_length;
	row->last_index = index;
}

/* Trims every cell and moves its line to where its text starts; classifies the row. */
static void
finish_row(CfSegmenter *segmenter, RawRow *row)
{
	CfDocument *doc = segmenter->doc;
	for (guint i = 0; i < row->reading->len; i++) {
		CfCell *cell = reading_cell(row, i);
		gsize start = cell->range.start, end = cell->range.end;
		cf_segment_trim(doc->norm, &start, &end);
		start = cf_segment_skip_artefacts(doc->norm, start, end);
		if (start >= end) {
			cell->range.end = cell->range.start;
			continue;
		}
		if (memchr(doc->norm + cell->range.start, '\n', start - cell->range.start))
			cell->line = cf_document_line_at(doc, start)->number;
		cell->range = (CfRange){start, end};
	}
	row->n_cells = row->reading->len;
	row->cells = cf_document_alloc(doc, row->n_cells * sizeof(CfCell));
	memcpy(row->cells, row->reading->cells, row->n_cells * sizeof(CfCell));
	row->reading->len = 0;
	row->reading = NULL;
	classify_row(doc->norm, doc->text_valid_utf8, row);
}

static gboolean
text_line_is_heading_or_unit(const CfSegmenter *segmenter, guint index)
{
	const CfLine *line = line_at_index(segmenter, index);
	const char *norm = segmenter->doc->norm;
	gsize end = line->norm_offset + line->norm_length;
	gsize start = cf_segment_skip_artefacts(norm, line->norm_offset, end);
	CfHeadingMatch heading;
	CfRange unit;
	return cf_segment_match_heading(norm, start, end, &heading) ||
	       cf_segment_match_unit_line(norm, start, end, &unit);
}

/* When blank lines from @blank on end an incomplete row, whether the text after them
 * continues its last cell; *resume receives the index of the next cell line. */
static gboolean
continues_cell(CfSegmenter *segmenter, guint text, guint *resume)
{
	if (text_line_is_heading_or_unit(segmenter, text))
		return FALSE;
	guint next = text + 1;
	if (next < segmenter->n_lines && segmenter->kinds[next] == CF_LINE_CELL) {
		*resume = next;
		return TRUE;
	}
	const CfLine *line = line_at_index(segmenter, text);
	if (line->norm_length > 4 * CF_SEGMENT_FRAGMENT_MAX_CHARS ||
	    cf_segment_count_visible(segmenter->doc->norm, line->norm_offset,
				     line->norm_offset + line->norm_length) >
	    CF_SEGMENT_FRAGMENT_MAX_CHARS)
		return FALSE;
	guint gap = 0;
	while (next < segmenter->n_lines && segmenter->kinds[next] == CF_LINE_BLANK &&
	       gap < CF_SEGMENT_FRAGMENT_MAX_GAP) {
		next++;
		gap++;
	}
	if (next < segmenter->n_lines && segmenter->kinds[next] == CF_LINE_CELL) {
		*resume = next;
		return TRUE;
	}
	return FALSE;
}

/* Reads rows from cell line @first on; *stop receives the first line not consumed. */
static GArray *
read_rows(CfSegmenter *segmenter, guint first, guint *stop)
{
	GArray *rows = g_array_new(FALSE, TRUE, sizeof(RawRow));
	CellBuffer buffer = {g_new(CfCell, CELLS_RESERVED), 0, CELLS_RESERVED};
	RawRow *row = NULL;
	guint widest = 0;
	guint n_rows = 0; /* rows read; rows->len is the room for them (cleared), cut at the end */
	guint i = first;
	while (i < segmenter->n_lines) {
		CfLineKind kind = segmenter->kinds[i];
		if (kind == CF_LINE_CELL) {
			if (row == NULL) {
				/* rows are added only here, while no row is being read: room is
				 * made by doubling rather than by a call per row */
				if (n_rows == rows->len)
					g_array_set_size(rows, MAX(ROWS_RESERVED, 2 * rows->len));
				row = raw_row_at(rows, n_rows++);
				row->reading = &buffer;
				row->first_index = i;
			}
			add_cell_line(segmenter, row, i);
			i++;
			continue;
		}
		if (kind == CF_LINE_TEXT) {
			/* right after a cell line: a line break inside the cell */
			continue_cell(segmenter, row, i);
			i++;
			continue;
		}
		guint j = i;
		while (j < segmenter->n_lines && segmenter->kinds[j] == CF_LINE_BLANK)
			j++;
		guint resume = 0;
		if (j < segmenter->n_lines && segmenter->kinds[j] == CF_LINE_TEXT &&
		    row->reading->len < widest && continues_cell(segmenter, j, &resume)) {
			continue_cell(segmenter, row, j);
			i = resume;
			continue;
		}
		finish_row(segmenter, row);
		widest = MAX(widest, row->n_cells);
		row = NULL;
		i = j;
		if (j >= segmenter->n_lines || segmenter->kinds[j] != CF_LINE_CELL)
			break;
	}
	if (row != NULL)
		finish_row(segmenter, row);
	g_array_set_size(rows, n_rows);
	g_free(buffer.cells);
	*stop = i;
	return rows;
}

/* ---- reading the rows of a table a row a line ---- */

/* The |s of norm[start, end) (ingest has made ｜ one) counted up to 2, enough for a row,
 * with whether anything but rule characters (- = : + and spaces) is there. */
static guint
count_pipes(const char *norm, gsize start, gsize end, gboolean *text)
{
	guint pipes = 0;
	*text = FALSE;
	for (const char *p = norm + start, *stop = norm + end; p < stop; p++) {
		if (*p == '|')
			pipes += pipes < 2;
		else if (*p == '\0' || !strchr("-=:+ \t\r", *p))
			*text = TRUE;
	}
	return pipes;
}

/* Whether norm[start, end) is a rule line: only - = : + | and spaces, at least 3 - or =,
 * starting with | or +. */
static gboolean
is_rule_line(const char *norm, gsize start, gsize end)
{
	while (start < end && (norm[start] == ' ' || norm[start] == '\t'))
		start++;
	if (start >= end || (norm[start] != '+' && norm[start] != '|'))
		return FALSE;
	guint dashes = 0;
	for (const char *p = norm + start, *stop = norm + end; p < stop; p++) {
		if (*p == '-' || *p == '=')
			dashes++;
		else if (*p == '\0' || !strchr("|:+ \t\r", *p))
			return FALSE;
	}
	return dashes >= 3;
}

/* Whether norm[start, end) is a row of empty cells between bars (|  |  |  |, three bars at
 * least, | or ｜): read as a rule line, so it neither ends its table nor makes a row. */
static gboolean
is_empty_bar_row(const char *norm, gsize start, gsize end)
{
	guint bars = 0;
	for (gsize p = start; p < end;) {
		if (norm[p] == '|') {
			bars++;
			p++;
		} else if (end - p >= 3 && memcmp(norm + p, "｜", 3) == 0) {
			bars++;
			p += 3;
		} else if (norm[p] == ' ' || norm[p] == '\t' || norm[p] == '\r') {
			p++;
		} else {
			return FALSE;
		}
	}
	return bars >= 3;
}

gboolean
cf_segment_text_around(const char *norm, gsize start, gsize end, gsize at, gsize length)
{
	gsize before_start = start, before_end = at;
	cf_segment_trim(norm, &before_start, &before_end);
	if (before_start == before_end)
		return FALSE;
	gsize after_start = at + length, after_end = end;
	cf_segment_trim(norm, &after_start, &after_end);
	return after_start < after_end;
}

/* Whether the text after a line's leading TABs holds a TAB between two visible characters:
 * a row with its cells between TABs (the flattened form holds one cell a line). */
static gboolean
has_inner_tab(const char *norm, gsize start, gsize end)
{
	while (start < end && norm[start] == '\t')
		start++;
	const char *tab = memchr(norm + start, '\t', end - start);
	return tab != NULL && cf_segment_text_around(norm, start, end, (gsize)(tab - norm), 1);
}

/* How the cells of the row line norm[start, end) are separated: '|' for cells between |s
 * (at least two of them, or one between two cells: 项目 | 金额, not 238.93 |, a cell a
 * line), else '\t' for cells between TABs, else 0 (no row).  @rule receives whether the
 * line is a rule line instead. */
static char
row_separator(const char *norm, gsize start, gsize end, gboolean pipes, gboolean tabs,
	      gboolean *rule)
{
	*rule = FALSE;
	const char *bar = pipes ? memchr(norm + start, '|', end - start) : NULL;
	if (bar != NULL) {
		gboolean text;
		if (count_pipes(norm, start, end, &text) >= 2) {
			if (text)
				return '|';
			*rule = is_rule_line(norm, start, end) || is_empty_bar_row(norm, start, end);
			return 0;
		}
	} else if (norm[start] == '+' && is_rule_line(norm, start, end)) {
		*rule = TRUE;
		return 0;
	}
	if (tabs && memchr(norm + start, '\t', end - start) != NULL &&
	    has_inner_tab(norm, start, end))
		return '\t';
	if (bar != NULL && cf_segment_text_around(norm, start, end, (gsize)(bar - norm), 1))
		return '|';
	return 0;
}

CfLineKind
cf_segment_classify_row_line(const char *norm, gsize start, gsize end, gboolean pipes)
{
	gboolean rule;
	if (row_separator(norm, start, end, pipes, FALSE, &rule) != 0)
		return CF_LINE_ROW;
	if (rule)
		return CF_LINE_RULE;
	return norm[start] == '\t' ? CF_LINE_CELL : CF_LINE_TEXT;
}

void
cf_segment_settle_rows(CfSegmenter *segmenter)
{
	CfLineKind *kinds = segmenter->kinds;
	guint n = segmenter->n_lines;
	/* rows with their cells between TABs, found from the document's TABs: a line with one
	 * after visible text (most TABs lead a cell line; prose has none) */
	const CfDocument *doc = segmenter->doc;
	const char *norm = doc->norm;
	guint index = 0;
	for (const char *p = norm, *stop = norm + doc->norm_length;
	     (p = memchr(p, '\t', (gsize)(stop - p))) != NULL;) {
		gsize at = (gsize)(p - norm);
		index = cf_segment_line_index_from(segmenter, index, at);
		const CfLine *line = line_at_index(segmenter, index);
		gsize start = line->norm_offset, end = start + line->norm_length;
		if (cf_segment_count_visible_max(norm, start, at, 0) == 0) {
			/* a line's leading TABs: the next TAB may be in this line or another */
			while (p < stop && *p == '\t')
				p++;
			continue;
		}
		if ((kinds[index] == CF_LINE_TEXT || kinds[index] == CF_LINE_CELL) &&
		    has_inner_tab(norm, start, end))
			kinds[index] = CF_LINE_ROW;
		p = norm + MAX(at + 1, end); /* on to the next line */
	}
	for (guint i = 0; i < n;) {
		if (kinds[i] != CF_LINE_ROW && kinds[i] != CF_LINE_RULE) {
			i++;
			continue;
		}
		guint j = i, rows = 0;
		for (; j < n && (kinds[j] == CF_LINE_ROW || kinds[j] == CF_LINE_RULE); j++)
			rows += kinds[j] == CF_LINE_ROW;
		if (rows < CF_SEGMENT_MIN_ROW_LINES)
			for (guint k = i; k < j; k++) {
				const CfLine *line = line_at_index(segmenter, k);
				gboolean tab_led = segmenter->doc->norm[line->norm_offset] == '\t';
				kinds[k] = kinds[k] == CF_LINE_ROW && tab_led ? CF_LINE_CELL
									     : CF_LINE_TEXT;
			}
		i = j;
	}
}

/* Adds the cell norm[start, end) to @row unless the row is full, when it extends the last
 * cell to @end instead (as add_cell_line() does). */
static void
add_row_cell(RawRow *row, gsize start, gsize end, guint line)
{
	if (row->reading->len >= CF_SEGMENT_MAX_COLUMNS)
		reading_cell(row, row->reading->len - 1)->range.end = end;
	else
		add_cell(row, start, end, line);
}

/* Adds the cells of row line @index to @row: between pipes (a | at either end is a border,
 * not a cell), else between TABs. */
static void
add_row_line(CfSegmenter *segmenter, RawRow *row, guint index)
{
	const CfLine *line = line_at_index(segmenter, index);
	const char *norm = segmenter->doc->norm;
	gsize start = line->norm_offset, end = start + line->norm_length;
	gboolean rule;
	if (row_separator(norm, start, end, TRUE, TRUE, &rule) == '|') {
		gsize s = start, e = end;
		cf_segment_trim(norm, &s, &e);
		s += norm[s] == '|';
		if (e > s && norm[e - 1] == '|')
			e--;
		gsize cell = s;
		for (const char *bar; (bar = memchr(norm + cell, '|', e - cell)) != NULL;) {
			add_row_cell(row, cell, (gsize)(bar - norm), line->number);
			cell = (gsize)(bar - norm) + 1;
		}
		add_row_cell(row, cell, e, line->number);
	} else {
		gsize cell = start;
		for (const char *tab; (tab = memchr(norm + cell, '\t', end - cell)) != NULL;) {
			add_row_cell(row, cell, (gsize)(tab - norm), line->number);
			cell = (gsize)(tab - norm) + 1;
		}
		add_row_cell(row, cell, end, line->number);
	}
	row->last_index = index;
}

/* ---- a table scraped a cell a line ---- */

static gboolean cell_is_word(const char *norm, const CfCell *cell);

/* Columns such a table may have, and characters in one of its cells, at most; data rows it
 * needs at least. */
#define CELL_LINES_MAX_COLUMNS 12
#define CELL_LINE_MAX_CHARS 40
#define CELL_LINES_MIN_ROWS 2
/* Blank lines a cell read without a | may have after it, at most. */
#define BARE_CELL_MAX_BLANKS 3

typedef enum {
	CELL_NONE,   /* not a cell line */
	CELL_EMPTY,  /* a | alone, or a dash before it */
	CELL_LABEL,  /* text */
	CELL_FIGURE, /* a number with an optional short unit */
} CellLine;

/* What the text norm[@start, @end) (trimmed, no |) is as a cell: empty, a dash (empty), a
 * figure or a label; CELL_NONE when it is longer than CELL_LINE_MAX_CHARS. */
static CellLine
cell_text(const CfSegmenter *segmenter, gsize start, gsize end)
{
	const char *norm = segmenter->doc->norm;
	if (start >= end)
		return CELL_EMPTY;
	if (cf_segment_longer_than(norm, start, end, CELL_LINE_MAX_CHARS,
				   segmenter->doc->text_valid_utf8))
		return CELL_NONE;
	static const char *const dashes[] = {"-", "—", "－", "/", NULL};
	for (guint d = 0; dashes[d]; d++)
		if (end - start == strlen(dashes[d]) &&
		    memcmp(norm + start, dashes[d], end - start) == 0)
			return CELL_EMPTY;
	return cf_segment_range_is_numeric(norm, start, end) ? CELL_FIGURE : CELL_LABEL;
}

/* The trimmed text of line @index in *@start, *@end when it is a text line (or one marked
 * a cell line); FALSE for other lines. */
static gboolean
cell_line_text(const CfSegmenter *segmenter, guint index, gsize *start, gsize *end)
{
	if (segmenter->kinds[index] != CF_LINE_TEXT && segmenter->kinds[index] != CF_LINE_COLUMN)
		return FALSE;
	const CfLine *line = line_at_index(segmenter, index);
	*start = line->norm_offset;
	*end = *start + line->norm_length;
	cf_segment_trim(segmenter->doc->norm, start, end);
	return TRUE;
}

/* What line @index is as a cell line: its text, at most CELL_LINE_MAX_CHARS and holding no
 * other |, then a | ending the line; *@cell receives the text's range. */
static CellLine
cell_line(const CfSegmenter *segmenter, guint index, CfRange *cell)
{
	const char *norm = segmenter->doc->norm;
	gsize start, end;
	if (!cell_line_text(segmenter, index, &start, &end) || start >= end ||
	    norm[end - 1] != '|')
		return CELL_NONE;
	end--;
	if (memchr(norm + start, '|', end - start))
		return CELL_NONE;
	cf_segment_trim(norm, &start, &end);
	*cell = (CfRange){start, end};
	return cell_text(segmenter, start, end);
}

/* The empty cells line @index holds when it is pipes alone (|| for two), else 0. */
static guint
empty_cells_line(const CfSegmenter *segmenter, guint index)
{
	if (segmenter->kinds[index] != CF_LINE_TEXT && segmenter->kinds[index] != CF_LINE_COLUMN &&
	    segmenter->kinds[index] != CF_LINE_ROW)
		return 0;
	const CfLine *line = line_at_index(segmenter, index);
	const char *norm = segmenter->doc->norm;
	gsize start = line->norm_offset, end = start + line->norm_length;
	cf_segment_trim(norm, &start, &end);
	guint pipes = 0;
	for (gsize p = start; p < end; p++) {
		if (norm[p] == '|')
			pipes++;
		else if (norm[p] != ' ' && norm[p] != '\t')
			return 0;
	}
	return pipes >= 2 ? pipes : 0;
}

/* One cell, or a run of empty ones, of a table scraped a cell a line. */
typedef struct {
	CellLine kind;
	CfRange range; /* the cell's text */
	guint cells;   /* cells it stands for: 2 for a line || */
	guint last;    /* its last line */
	guint next;    /* the line where the next cell may start */
} ScrapedCell;

/* The cell at line @index of a table read without a | (segmenter->bare_cells): a line of
 * text, no | in it and no sentence end (。；), with one blank line or a few after it (or the
 * document's end); at->next is the line after them.  Web pages copied as text give tables
 * so: 一、法人单位 / (blank) / 3403 / (blank) / 100.0 / (blank) / … */
static CellLine
bare_cell(const CfSegmenter *segmenter, guint index, ScrapedCell *at)
{
	/* (the blank line after it first: most lines of text have none) */
	guint next = index + 1;
	while (next < segmenter->n_lines && next <= index + BARE_CELL_MAX_BLANKS &&
	       segmenter->kinds[next] == CF_LINE_BLANK)
		next++;
	if (next == index + 1 && next < segmenter->n_lines)
		return CELL_NONE;
	gsize start, end;
	const char *norm = segmenter->doc->norm;
	if (!cell_line_text(segmenter, index, &start, &end) || start >= end)
		return CELL_NONE;
	CellLine kind = cell_text(segmenter, start, end);
	if (kind == CELL_NONE || memchr(norm + start, '|', end - start) ||
	    cf_segment_find(norm, start, end, "。") < end ||
	    cf_segment_find(norm, start, end, "；") < end)
		return CELL_NONE;
	at->kind = kind;
	at->range = (CfRange){start, end};
	at->next = next;
	return at->kind;
}

/* The cell at line @index: a line ending with | (营业收入 | ; | alone is an empty cell), a
 * line of pipes alone (|| for two empty cells), or a line of text with a | alone on the line
 * after it (指 标 / | / 绝对数 / |: each cell's | on a line of its own).  CELL_NONE when
 * there is none there. */
static CellLine
scraped_cell(const CfSegmenter *segmenter, guint index, ScrapedCell *at)
{
	*at = (ScrapedCell){CELL_NONE, {0, 0}, 1, index, index + 1};
	if (index >= segmenter->n_lines)
		return CELL_NONE;
	if (segmenter->bare_cells)
		return bare_cell(segmenter, index, at);
	guint empty = empty_cells_line(segmenter, index);
	if (empty) {
		gsize offset = line_at_index(segmenter, index)->norm_offset;
		at->range = (CfRange){offset, offset};
		at->cells = empty;
		return at->kind = CELL_EMPTY;
	}
	at->kind = cell_line(segmenter, index, &at->range);
	if (at->kind != CELL_NONE || index + 1 >= segmenter->n_lines)
		return at->kind;
	gsize start, end, bar_start, bar_end;
	if (!cell_line_text(segmenter, index, &start, &end) || start >= end ||
	    memchr(segmenter->doc->norm + start, '|', end - start) ||
	    !cell_line_text(segmenter, index + 1, &bar_start, &bar_end) ||
	    bar_end != bar_start + 1 || segmenter->doc->norm[bar_start] != '|')
		return CELL_NONE;
	at->kind = cell_text(segmenter, start, end);
	at->range = (CfRange){start, end};
	if (at->kind != CELL_NONE) {
		at->last = index + 1;
		at->next = index + 2;
	}
	return at->kind;
}

/* TRUE when the lines from @index on are blank (or none). */
static gboolean
nothing_after(const CfSegmenter *segmenter, guint index)
{
	for (; index < segmenter->n_lines; index++)
		if (segmenter->kinds[index] != CF_LINE_BLANK)
			return FALSE;
	return TRUE;
}

/* Walks the row of a table scraped a cell a line whose name is at line @row, @k cells wide
 * (@side: the column that may name the rows of a second half, else 0): the line after it
 * into *@next.  FALSE when the lines there make no such row — a name that is a word (not =
 * or %), then figures, dashes, nothing or a line of pipes alone (|| for two empty cells),
 * at least one figure, or, *@section set, only empty cells: a row naming a section of the
 * rows after it (一、公共汽电车 | | |).  *@cut is set when the document ends inside the row. */
static gboolean
cell_row(const CfSegmenter *segmenter, guint row, guint k, guint side, guint *next,
	 gboolean *last, gboolean *section, gboolean *cut)
{
	ScrapedCell at;
	if (scraped_cell(segmenter, row, &at) != CELL_LABEL ||
	    !cell_is_word(segmenter->doc->norm, &(CfCell){at.range, 0, 0, FALSE}))
		return FALSE;
	guint figures = 0, c = 1, line = at.next;
	*last = *section = FALSE;
	while (c < k) {
		CellLine kind = scraped_cell(segmenter, line, &at);
		/* the table's last row may end with its first half (the empty cells of the
		 * second not scraped) */
		if (side && c == side && kind == CELL_NONE) {
			*last = TRUE;
			break;
		}
		if (kind == CELL_NONE) {
			*cut = nothing_after(segmenter, line);
			return FALSE;
		}
		if (kind == CELL_EMPTY) {
			if (c + at.cells > k)
				return FALSE;
			c += at.cells;
			line = at.next;
			continue;
		}
		if (!(kind == CELL_FIGURE || (c == side && kind == CELL_LABEL)))
			return FALSE;
		figures += kind == CELL_FIGURE;
		c++;
		line = at.next;
	}
	*next = line;
	*section = figures == 0 && !*last;
	return figures > 0 || *section;
}

/* TRUE when the @k header cells @header are two halves alike after their first (收入 |
 * 执行数 | 支出 | 执行数; 科目名称 | 执行数 | 决算数 | 科目名称 | 执行数 | 决算数). */
static gboolean
two_sided_header(const CfSegmenter *segmenter, const CfRange *header, guint k)
{
	if (k < 4 || k % 2 != 0)
		return FALSE;
	const char *norm = segmenter->doc->norm;
	for (guint c = 1; c < k / 2; c++) {
		CfRange a = header[c], b = header[k / 2 + c];
		if (a.end - a.start != b.end - b.start ||
		    memcmp(norm + a.start, norm + b.start, a.end - a.start) != 0)
			return FALSE;
	}
	return TRUE;
}

/* TRUE when the cell @cell is a table's title (表2-1 单位数与个体经营户数; “幸福家园”募集资金
 * 一览表): 表 and a number first, or 表 last. */
static gboolean
names_table(const char *norm, CfRange cell)
{
	static const char table[] = "表";
	gsize n = strlen(table);
	if (cell.end - cell.start <= n)
		return FALSE;
	if (memcmp(norm + cell.end - n, table, n) == 0)
		return TRUE;
	if (memcmp(norm + cell.start, table, n) != 0)
		return FALSE;
	gunichar c = g_utf8_get_char(norm + cell.start + n);
	return g_unichar_isdigit(c) || g_utf8_strchr("一二三四五六七八九十", -1, c) != NULL;
}

/* TRUE when a label cell ends right before line @first, one that is no unit line (单位:亿元):
 * a header starting at @first would leave it out and be a column off (年度 / | / 合计 / | /
 * …: the labels of a header in two rows, one more than the rows' cells). */
static gboolean
label_cell_before(const CfSegmenter *segmenter, guint first)
{
	ScrapedCell at;
	const char *norm = segmenter->doc->norm;
	/* (a cell without a | may have blank lines after it) */
	for (guint back = BARE_CELL_MAX_BLANKS + 1; back >= 1; back--) {
		if (back > first)
			continue;
		if (scraped_cell(segmenter, first - back, &at) == CELL_NONE || at.next != first)
			continue;
		CfRange unit;
		return at.kind == CELL_LABEL &&
		       !cf_segment_match_unit_line(norm, at.range.start, at.range.end, &unit) &&
		       !names_table(norm, at.range);
	}
	return FALSE;
}

/* The table scraped a cell a line that starts at line @first: its width in *@width (the
 * header's cells: the labels before the first figure, but the last, which names the first
 * row) and the index of the line after its last row with a figure; 0 when the lines there
 * make no such table (rows that are not a label and then figures, dashes or nothing, or
 * fewer than CELL_LINES_MIN_ROWS of them).  *@cut is set when the document ends inside the
 * row after its last, or that row is a label and a figure in another shape: rows of the
 * table may be lost. */
static guint
cell_lines_end(const CfSegmenter *segmenter, guint first, guint *width, gboolean *cut)
{
	CfRange header[CELL_LINES_MAX_COLUMNS + 2];
	guint labels = 0, i = first;
	guint starts[CELL_LINES_MAX_COLUMNS + 2];
	ScrapedCell at;
	/* (counted no further than a table may have: each line is a start once) */
	while (labels <= CELL_LINES_MAX_COLUMNS + 1 && scraped_cell(segmenter, i, &at) == CELL_LABEL) {
		starts[labels] = i;
		header[labels++] = at.range;
		i = at.next;
	}
	if (labels < 3 || labels - 1 > CELL_LINES_MAX_COLUMNS || label_cell_before(segmenter, first))
		return 0;
	guint k = labels - 1, rows = 0, end = 0;
	/* two tables side by side (收入 | 执行数 | 支出 | 执行数): the second half's first column
	 * names its rows as the first's does */
	guint side = two_sided_header(segmenter, header, k) ? k / 2 : 0;
	gboolean last = FALSE, section = FALSE;
	*cut = FALSE;
	guint row = starts[k], next;
	for (; !last && cell_row(segmenter, row, k, side, &next, &last, &section, cut);
	     row = next) {
		if (section)
			continue;
		rows++;
		end = next;
	}
	if (rows < CELL_LINES_MIN_ROWS)
		return 0;
	/* a row of another shape right after (a cell left out: 调入资金 | 6.00 | 8.00 | 13.16 |
	 * 安排预算稳定调节基金 | 5.59): the table goes on, rows may be lost */
	ScrapedCell figure;
	if (!last && scraped_cell(segmenter, row, &at) == CELL_LABEL &&
	    scraped_cell(segmenter, at.next, &figure) == CELL_FIGURE)
		*cut = TRUE;
	*width = k;
	return end;
}

/* cell_lines_end() for the cells a | ends (in a document that has a |), else for cells
 * without one; segmenter->bare_cells says which were read. */
static guint
cell_lines_end_any(CfSegmenter *segmenter, guint first, guint *width, gboolean *cut)
{
	guint end = 0;
	segmenter->bare_cells = FALSE;
	if (segmenter->pipes)
		end = cell_lines_end(segmenter, first, width, cut);
	if (end == 0) {
		segmenter->bare_cells = TRUE;
		end = cell_lines_end(segmenter, first, width, cut);
	}
	return end;
}

void
cf_segment_settle_cell_lines(CfSegmenter *segmenter)
{
	for (guint i = 0; i < segmenter->n_lines;) {
		gboolean cut;
		guint width, end = cell_lines_end_any(segmenter, i, &width, &cut);
		if (end == 0) {
			i++;
			continue;
		}
		/* (blank lines between cells read without a | stay blank) */
		for (; i < end; i++)
			if (segmenter->kinds[i] != CF_LINE_BLANK)
				segmenter->kinds[i] = CF_LINE_COLUMN;
	}
	segmenter->bare_cells = FALSE;
}

/* Reads the rows of the table scraped a cell a line from line @first on (marked by
 * cf_segment_settle_cell_lines()); *stop receives the first line not consumed, *@cut whether
 * the document ends inside the row after them. */
static GArray *
read_cell_lines(CfSegmenter *segmenter, guint first, guint *stop, gboolean *cut)
{
	GArray *rows = g_array_new(FALSE, TRUE, sizeof(RawRow));
	/* the marks were set by the same reading: it finds the same table (a table right
	 * after it is another) */
	guint width = 1, end = cell_lines_end_any(segmenter, first, &width, cut);
	if (end == 0)
		end = first + 1;
	CellBuffer buffer = {g_new(CfCell, CELLS_RESERVED), 0, CELLS_RESERVED};
	for (guint i = first; i < end;) {
		g_array_set_size(rows, rows->len + 1);
		RawRow *row = raw_row_at(rows, rows->len - 1);
		row->reading = &buffer;
		row->first_index = i;
		for (guint c = 0; c < width && i < end;) {
			const CfLine *line = line_at_index(segmenter, i);
			ScrapedCell at;
			if (scraped_cell(segmenter, i, &at) == CELL_NONE)
				at.range = (CfRange){line->norm_offset, line->norm_offset};
			for (guint e = 0; e < at.cells && c < width; e++, c++)
				add_row_cell(row, at.range.start, at.range.end, line->number);
			row->last_index = MIN(at.last, end - 1);
			i = at.next;
		}
		finish_row(segmenter, row);
	}
	segmenter->bare_cells = FALSE;
	g_free(buffer.cells);
	*stop = end;
	return rows;
}

/* Reads the rows of the table a row a line from line @first on, its rule lines skipped;
 * *stop receives the first line not consumed. */
static GArray *
read_row_lines(CfSegmenter *segmenter, guint first, guint *stop)
{
	GArray *rows = g_array_new(FALSE, TRUE, sizeof(RawRow));
	CellBuffer buffer = {g_new(CfCell, CELLS_RESERVED), 0, CELLS_RESERVED};
	guint i = first;
	for (; i < segmenter->n_lines &&
	       (segmenter->kinds[i] == CF_LINE_ROW || segmenter->kinds[i] == CF_LINE_RULE);
	     i++) {
		if (segmenter->kinds[i] == CF_LINE_RULE)
			continue;
		g_array_set_size(rows, rows->len + 1);
		RawRow *row = raw_row_at(rows, rows->len - 1);
		row->reading = &buffer;
		row->first_index = i;
		add_row_line(segmenter, row, i);
		finish_row(segmenter, row);
	}
	g_free(buffer.cells);
	*stop = i;
	return rows;
}

/* Reads the rows of the table laid out in columns from line @first on (a single blank line
 * between two rows skipped): each row has a cell per column, empty where nothing stands
 * under it, two cells under one column joined; *stop receives the first line not consumed. */
static GArray *
read_layout_rows(CfSegmenter *segmenter, guint first, guint *stop)
{
	const char *norm = segmenter->doc->norm;
	guint last = first;
	for (guint k = first + 1; k < segmenter->n_lines; k++) {
		if (segmenter->kinds[k] == CF_LINE_LAYOUT)
			last = k;
		else if (segmenter->kinds[k] != CF_LINE_BLANK || k > last + 1)
			break;
	}
	*stop = last + 1;
	GArray *rows = g_array_new(FALSE, TRUE, sizeof(RawRow));
	g_autoptr(GArray) columns = cf_segment_layout_columns(segmenter, first, last);
	if (columns == NULL)
		return rows; /* settled as a table: cannot happen */
	CellBuffer buffer = {g_new(CfCell, columns->len), 0, columns->len};
	g_autoptr(GArray) cells = g_array_new(FALSE, FALSE, sizeof(CfLayoutCell));
	for (guint i = first; i <= last; i++) {
		if (segmenter->kinds[i] != CF_LINE_LAYOUT)
			continue;
		const CfLine *line = line_at_index(segmenter, i);
		gsize end = line->norm_offset + line->norm_length;
		cf_segment_layout_split(norm, line->norm_offset, end, cells);
		g_array_set_size(rows, rows->len + 1);
		RawRow *row = raw_row_at(rows, rows->len - 1);
		row->reading = &buffer;
		row->first_index = row->last_index = i;
		for (guint c = 0; c < columns->len; c++)
			add_cell(row, end, end, line->number);
		gsize empty_at = end;
		for (guint k = cells->len; k > 0; k--) {
			const CfLayoutCell *cell = &g_array_index(cells, CfLayoutCell, k - 1);
			CfCell *into = reading_cell(row, cf_segment_layout_column_of(columns, cell));
			if (into->range.start == into->range.end)
				into->range = cell->range;
			else
				into->range.start = cell->range.start;
		}
		/* an empty cell sits where its column would start: before the next cell */
		for (guint c = columns->len; c > 0; c--) {
			CfCell *cell = reading_cell(row, c - 1);
			if (cell->range.start == cell->range.end)
				cell->range = (CfRange){empty_at, empty_at};
			else
				empty_at = cell->range.start;
		}
		finish_row(segmenter, row);
	}
	g_free(buffer.cells);
	return rows;
}

/* ---- units ---- */

static gboolean
is_unit_terminator(const char *norm, gsize p, gsize end)
{
	static const char *const terminators[] = {
		"\xEF\xBC\x89", /* ） */
		"\xEF\xBC\x8C", /* ， */
		"\xE3\x80\x82", /* 。 */
		"\xEF\xBC\x9B", /* ； */
		"\xE3\x80\x81", /* 、 */
		")", ",", ";",
	};
	if (cf_segment_space_length(norm + p, norm + end) > 0 || norm[p] == '\n')
		return TRUE;
	for (guint i = 0; i < G_N_ELEMENTS(terminators); i++)
		if (cf_segment_has_prefix(norm, p, end, terminators[i]))
			return TRUE;
	return FALSE;
}

/* Whether the text just before @at (in [start, at)) lets 单位 there be a unit statement:
 * nothing, an opening bracket or a space, or a word naming what is measured. */
static gboolean
unit_word_allowed_after(const char *norm, gsize start, gsize at)
{
	static const char *const qualifiers[] = {"金额", "计量", "货币", "数量", "资金",
						 "\xEF\xBC\x88" /* （ */, "("};
	gsize s = start, e = at;
	cf_segment_trim(norm, &s, &e);
	if (s == e || e < at)
		return TRUE; /* at the start, or after whitespace */
	for (guint i = 0; i < G_N_ELEMENTS(qualifiers); i++) {
		gsize n = strlen(qualifiers[i]);
		if (e - s >= n && memcmp(norm + e - n, qualifiers[i], n) == 0)
			return TRUE;
	}
	return FALSE;
}

gboolean
cf_segment_match_unit_line(const char *norm, gsize start, gsize end, CfRange *unit)
{
	static const char word[] = "单位";
	for (gsize at = cf_segment_find(norm, start, end, word); at != G_MAXSIZE;
	     at = cf_segment_find(norm, at + strlen(word), end, word)) {
		gsize p = at + strlen(word);
		if (cf_segment_has_prefix(norm, p, end, "\xEF\xBC\x9A")) /* ： */
			p += 3;
		else if (p < end && norm[p] == ':')
			p++;
		else
			continue;
		if (!unit_word_allowed_after(norm, start, at))
			continue;
		for (gsize n; (n = cf_segment_space_length(norm + p, norm + end)) > 0;)
			p += n;
		gsize q = p;
		guint chars = 0;
		while (q < end && !is_unit_terminator(norm, q, end)) {
			q = MIN((gsize)(g_utf8_next_char(norm + q) - norm), end);
			chars++;
		}
		if (chars == 0 || chars > CF_SEGMENT_UNIT_MAX_CHARS)
			continue;
		*unit = (CfRange){p, q};
		return TRUE;
	}
	return FALSE;
}

/* A unit in a header cell: 单位：万元 anywhere in it (*explicit set), or a short bracketed
 * word ending it, 项目资金（万元）.  The extract stage decides whether the word is a unit. */
static gboolean
match_header_unit(const char *norm, const CfCell *cell, CfRange *unit, gboolean *explicit)
{
	gsize start = cell->range.start, end = cell->range.end;
	if (cf_segment_match_unit_line(norm, start, end, unit)) {
		*explicit = TRUE;
		return TRUE;
	}
	*explicit = FALSE;
	gsize close;
	if (cf_segment_has_prefix(norm, end >= 3 ? end - 3 : end, end, "\xEF\xBC\x89"))
		close = end - 3;
	else if (end > start && norm[end - 1] == ')')
		close = end - 1;
	else
		return FALSE;
	/* the bracket opening it, within a few characters */
	gsize limit = close > start + 4 * CF_SEGMENT_UNIT_MAX_CHARS
			      ? close - 4 * CF_SEGMENT_UNIT_MAX_CHARS
			      : start;
	for (gsize p = close; p > limit;) {
		p--;
		gsize inner;
		if (norm[p] == '(')
			inner = p + 1;
		else if (p + 3 <= close && cf_segment_has_prefix(norm, p, close, "\xEF\xBC\x88"))
			inner = p + 3;
		else
			continue;
		guint chars = cf_segment_count_visible(norm, inner, close);
		if (p == start || chars == 0 || chars > 4)
			return FALSE;
		for (gsize q = inner; q < close; q++)
			if (g_ascii_isdigit(norm[q]) || norm[q] == '\n' ||
			    cf_segment_space_length(norm + q, norm + close) > 0)
				return FALSE;
		*unit = (CfRange){inner, close};
		return TRUE;
	}
	return FALSE;
}

/* The unit line among the few non-blank lines above cell line @first, if any. */
static StatedUnit
find_unit_line(CfSegmenter *segmenter, guint first)
{
	StatedUnit found = {{0, 0}, 0};
	const char *norm = segmenter->doc->norm;
	guint seen = 0;
	for (guint i = first; i > 0 && seen < CF_SEGMENT_UNIT_LINE_LOOKBACK;) {
		i--;
		if (segmenter->kinds[i] == CF_LINE_BLANK)
			continue;
		if (segmenter->kinds[i] != CF_LINE_TEXT)
			break; /* a table's line */
		seen++;
		const CfLine *line = line_at_index(segmenter, i);
		gsize end = line->norm_offset + line->norm_length;
		gsize start = cf_segment_skip_artefacts(norm, line->norm_offset, end);
		if (end - start > 4 * CF_SEGMENT_UNIT_LINE_MAX_CHARS ||
		    cf_segment_count_visible(norm, start, end) > CF_SEGMENT_UNIT_LINE_MAX_CHARS)
			continue;
		CfRange unit;
		if (cf_segment_match_unit_line(norm, start, end, &unit)) {
			found.range = unit;
			found.line = line->number;
			break;
		}
	}
	return found;
}

/* ---- header placement ---- */

static guint
row_width(const RawRow *row)
{
	return row->n_cells;
}

static GArray *
new_spans(guint n)
{
	GArray *spans = g_array_sized_new(FALSE, TRUE, sizeof(Span), n);
	g_array_set_size(spans, n);
	return spans;
}

static Span *
span_at(GArray *spans, guint i)
{
	return &g_array_index(spans, Span, i);
}

typedef struct {
	guint start, end;
	gboolean empty;
} Slot;

/* Whether cells @a and @b hold the same text. */
static gboolean
same_cell_text(const char *norm, const CfCell *a, const CfCell *b)
{
	gsize n = a->range.end - a->range.start;
	return n > 0 && n == b->range.end - b->range.start &&
	       memcmp(norm + a->range.start, norm + b->range.start, n) == 0;
}

/* Spans for an upper row of @width cells over a lower row that repeats one group of headers
 * @width times (收入 | 支出 over 项目 | 决算数 | 项目 | 决算数): one group each, else NULL. */
static GArray *
repeating_groups(const char *norm, guint width, const RawRow *lower, GArray *lower_spans,
		 guint n_columns)
{
	if (width < 2 || n_columns % width != 0 || lower->n_cells != n_columns)
		return NULL;
	guint period = n_columns / width;
	if (period < 2)
		return NULL;
	for (guint i = 0; i < n_columns; i++) {
		const Span *s = span_at(lower_spans, i);
		if (s->start != i || s->end != i)
			return NULL;
		if (i + period < n_columns &&
		    !same_cell_text(norm, cell_at(lower, i), cell_at(lower, i + period)))
			return NULL;
	}
	GArray *spans = new_spans(width);
	for (guint i = 0; i < width; i++)
		*span_at(spans, i) = (Span){i * period, i * period + period - 1};
	return spans;
}

/* Spans for an upper row of @n_columns cells whose k labels over the columns labelled below
 * stand packed together, every cell after them empty, over a row that repeats one group of
 * headers k times (预算数 | 决算数 | | | | | over 合计 | 一般公共预算 | 政府性基金 | 合计 | …:
 * merged cells exported as their texts alone): one group each, each cell staying in its own
 * column, else NULL.  The cells before those columns (项目, merged down) keep their own. */
static GArray *
packed_groups(const char *norm, const RawRow *upper, const RawRow *lower, GArray *lower_spans,
	      guint n_columns)
{
	/* the columns labelled below: [first, n_columns), one cell each */
	if (lower->n_cells == 0)
		return NULL;
	guint first = span_at(lower_spans, 0)->start;
	if (lower->n_cells < n_columns - first)
		return NULL;
	for (guint i = 0; i < n_columns - first; i++) {
		const Span *s = span_at(lower_spans, i);
		if (s->start != first + i || s->end != first + i ||
		    cell_is_empty(cell_at(lower, i)))
			return NULL;
	}
	guint k = 0;
	while (first + k < n_columns && !cell_is_empty(cell_at(upper, first + k)))
		k++;
	for (guint c = first + k; c < n_columns; c++)
		if (!cell_is_empty(cell_at(upper, c)))
			return NULL;
	guint n = n_columns - first;
	if (k < 2 || k == n || n % k != 0)
		return NULL;
	guint period = n / k;
	for (guint i = 0; i + period < n; i++)
		if (!same_cell_text(norm, cell_at(lower, i), cell_at(lower, i + period)))
			return NULL;
	GArray *spans = new_spans(n_columns);
	for (guint i = 0; i < n_columns; i++)
		*span_at(spans, i) = (Span){i, i};
	for (guint j = 0; j < k; j++)
		*span_at(spans, first + j) = (Span){
			first + j * period, first + j * period + period - 1, TRUE, first + j};
	return spans;
}

/* Places @upper over @lower (placed as @lower_spans) in @n_columns columns; returns its
 * spans, or NULL when it does not fit (see the file's comment). */
static GArray *
fit_upper_row(const char *norm, const RawRow *upper, const RawRow *lower, GArray *lower_spans,
	      guint n_columns)
{
	guint width = row_width(upper);
	if (width > n_columns)
		return NULL;
	if (width == n_columns) {
		/* a form's key and value over the header (项目名称 | 森林防火专项经费 above 项目资金
		 * （万元） | | 年初预算数): a label over the names column alone, above another
		 * label, heads no column */
		const CfCell *key = cell_at(upper, 0);
		const CfCell *below = lower->n_cells && span_at(lower_spans, 0)->start == 0
					      ? cell_at(lower, 0)
					      : NULL;
		if (width > 1 && !cell_is_empty(key) && !cell_is_empty(cell_at(upper, 1)) &&
		    below && !cell_is_empty(below) && !same_cell_text(norm, key, below))
			return NULL;
		GArray *packed = packed_groups(norm, upper, lower, lower_spans, n_columns);
		if (packed)
			return packed;
		/* a merged cell exported as its text and empty cells: it spans the empty cells
		 * after it that stand over labels (预算数 | | | over 合计 | 因公出国（境）费 | …) */
		g_autofree gboolean *labelled = g_new0(gboolean, n_columns);
		for (guint i = 0; i < lower->n_cells; i++) {
			const Span *s = span_at(lower_spans, i);
			if (!cell_is_empty(cell_at(lower, i)))
				for (guint c = s->start; c <= s->end && c < n_columns; c++)
					labelled[c] = TRUE;
		}
		GArray *spans = new_spans(width);
		for (guint i = 0; i < width; i++)
			*span_at(spans, i) = (Span){i, i};
		for (guint i = 0; i + 1 < width; i++) {
			if (cell_is_empty(cell_at(upper, i)))
				continue;
			guint end = i;
			while (end + 1 < width && cell_is_empty(cell_at(upper, end + 1)) &&
			       labelled[end + 1])
				end++;
			span_at(spans, i)->end = end;
			i = end;
		}
		return spans;
	}

	/* the groups of the row below */
	g_autofree int *cover = g_new(int, n_columns);
	for (guint c = 0; c < n_columns; c++)
		cover[c] = -1;
	for (guint i = 0; i < lower->n_cells; i++) {
		const Span *s = span_at(lower_spans, i);
		for (guint c = s->start; c <= s->end; c++)
			cover[c] = (int)i;
	}
	g_autoptr(GArray) slots = g_array_new(FALSE, FALSE, sizeof(Slot));
	guint n_empty = 0;
	for (guint c = 0; c < n_columns; c++) {
		const CfCell *cell = cover[c] < 0 ? NULL : cell_at(lower, (guint)cover[c]);
		if (cell == NULL || cell_is_empty(cell)) {
			Slot slot = {c, c, TRUE};
			g_array_append_val(slots, slot);
			n_empty++;
			continue;
		}
		const Span *s = span_at(lower_spans, (guint)cover[c]);
		if (c != s->start)
			continue;
		Slot *last = slots->len ? &g_array_index(slots, Slot, slots->len - 1) : NULL;
		if (last && !last->empty &&
		    cf_segment_has_prefix(norm, cell->range.start, cell->range.end, QI_ZHONG)) {
			last->end = s->end;
			continue;
		}
		Slot slot = {s->start, s->end, FALSE};
		g_array_append_val(slots, slot);
	}

	if (width == slots->len) {
		GArray *spans = new_spans(width);
		for (guint i = 0; i < width; i++) {
			const Slot *slot = &g_array_index(slots, Slot, i);
			*span_at(spans, i) = (Span){slot->start, slot->end};
		}
		return spans;
	}

	GArray *groups = repeating_groups(norm, width, lower, lower_spans, n_columns);
	if (groups)
		return groups;
	/* one cell per empty column and one over all the labelled columns, if contiguous */
	if (width != n_empty + 1 || n_empty == slots->len)
		return NULL;
	GArray *spans = new_spans(width);
	guint next = 0;
	gboolean merged = FALSE;
	for (guint i = 0; i < slots->len; i++) {
		const Slot *slot = &g_array_index(slots, Slot, i);
		if (slot->empty) {
			*span_at(spans, next++) = (Span){slot->start, slot->end};
		} else if (!merged) {
			guint last = i;
			while (last + 1 < slots->len && !g_array_index(slots, Slot, last + 1).empty)
				last++;
			*span_at(spans, next++) =
				(Span){slot->start, g_array_index(slots, Slot, last).end};
			merged = TRUE;
			i = last;
		} else {
			g_array_unref(spans);
			return NULL;
		}
	}
	return spans;
}

/* Places the label rows [begin, end) as headers over @n_columns columns.  Returns the first
 * row that belongs to the header; @spans receives one Span array per row from there on. */
static guint
place_header(const char *norm, GArray *rows, guint begin, guint end, guint n_columns,
	     GPtrArray *spans)
{
	g_ptr_array_set_size(spans, 0);
	g_autoptr(GPtrArray) placed = g_ptr_array_new_with_free_func((GDestroyNotify)g_array_unref);
	const RawRow *bottom = raw_row_at(rows, end - 1);
	guint width = row_width(bottom);
	guint next; /* the next row to place, plus one */
	GArray *bottom_spans = new_spans(width);
	const RawRow *above = end - 1 > begin ? raw_row_at(rows, end - 2) : NULL;
	if (width < n_columns && above && row_width(above) + width == n_columns) {
		/* one header row exported as two */
		guint lead = row_width(above);
		GArray *above_spans = new_spans(lead);
		for (guint i = 0; i < lead; i++)
			*span_at(above_spans, i) = (Span){i, i};
		for (guint i = 0; i < width; i++)
			*span_at(bottom_spans, i) = (Span){lead + i, lead + i};
		g_ptr_array_add(placed, bottom_spans);
		g_ptr_array_add(placed, above_spans);
		next = end - 2;
	} else {
		/* a short lowest header row lacks its leading (vertically merged) columns */
		for (guint i = 0; i < width; i++)
			*span_at(bottom_spans, i) = (Span){n_columns - width + i, n_columns - width + i};
		g_ptr_array_add(placed, bottom_spans);
		next = end - 1;
	}
	while (next > begin) {
		const RawRow *upper = raw_row_at(rows, next - 1);
		const RawRow *lower = raw_row_at(rows, next);
		GArray *upper_spans = fit_upper_row(norm, upper, lower,
						    placed->pdata[placed->len - 1], n_columns);
		if (upper_spans == NULL)
			break;
		g_ptr_array_add(placed, upper_spans);
		next--;
	}
	/* top-down for the caller */
	for (guint i = placed->len; i > 0; i--)
		g_ptr_array_add(spans, g_array_ref(placed->pdata[i - 1]));
	return next;
}

/* ---- data rows ---- */

/* Counts @row's cells, from the left, in its first @n_columns columns: the filled ones and
 * the numbers among them, per column. */
static void
tally_cells(const RawRow *row, guint n_columns, guint *numeric, guint *filled)
{
	for (guint c = 0; c < n_columns && c < row_width(row); c++) {
		const CfCell *cell = cell_at(row, c);
		if (cell_is_empty(cell))
			continue;
		filled[c]++;
		if (cell_is_numeric(cell))
			numeric[c]++;
	}
}

/* The rightmost column whose cells in the full rows are mostly numbers, or -1. */
static int
rightmost_numeric_column(GArray *rows, guint begin, guint end, guint n_columns)
{
	g_autofree guint *numeric = g_new0(guint, n_columns);
	g_autofree guint *filled = g_new0(guint, n_columns);
	for (guint r = begin; r < end; r++) {
		const RawRow *row = raw_row_at(rows, r);
		if (row_width(row) == n_columns)
			tally_cells(row, n_columns, numeric, filled);
	}
	for (guint c = n_columns; c > 0; c--)
		if (numeric[c - 1] > 0 && 2 * numeric[c - 1] >= filled[c - 1])
			return (int)(c - 1);
	return -1;
}

static void
place_from_left(RawRow *row)
{
	for (guint i = 0; i < row->n_cells; i++)
		cell_at(row, i)->column = i;
}

/* TRUE when @row is a label and then @k figures, nothing after them (上级补助收入 | 37811 |
 * 46850 | | | of a full row, or 收入总计 | 83593 | 88613 of a short one). */
static gboolean
label_then_figures(const RawRow *row, guint k)
{
	guint m = row_width(row);
	if (m <= k || cell_is_empty(cell_at(row, 0)) || cell_is_numeric(cell_at(row, 0)))
		return FALSE;
	for (guint i = 1; i < m; i++) {
		const CfCell *cell = cell_at(row, i);
		if (i <= k ? !cell_is_numeric(cell) : !cell_is_empty(cell))
			return FALSE;
	}
	return TRUE;
}

/* The counts k (bit k) of figures that full rows of [@begin, @end) hold right after their
 * label and nothing after: a short row of the same shape is placed as they are, from the
 * left. */
static guint32
left_shapes(GArray *rows, guint begin, guint end, guint n_columns)
{
	guint32 shapes = 0;
	for (guint r = begin; r < end; r++) {
		const RawRow *row = raw_row_at(rows, r);
		if (row_width(row) != n_columns)
			continue;
		for (guint k = 1; k < n_columns && k < 32; k++)
			if (label_then_figures(row, k))
				shapes |= (guint32)1 << k;
	}
	return shapes;
}

static void
place_data_row(RawRow *row, guint n_columns, int numeric_column, guint32 left)
{
	guint m = row_width(row);
	if (m == n_columns || numeric_column < 0 ||
	    (m - 1 < 32 && (left & ((guint32)1 << (m - 1))) && label_then_figures(row, m - 1))) {
		place_from_left(row);
		return;
	}
	int last_number = -1;
	for (guint i = m; i > 0; i--) {
		if (cell_is_numeric(cell_at(row, i - 1))) {
			last_number = (int)(i - 1);
			break;
		}
	}
	if (last_number < 0) {
		place_from_left(row);
		return;
	}
	int tail = last_number;
	while (tail > 0 && (cell_is_empty(cell_at(row, (guint)tail - 1)) ||
			    cell_is_numeric(cell_at(row, (guint)tail - 1))))
		tail--;
	while (tail < last_number && cell_is_empty(cell_at(row, (guint)tail)))
		tail++;
	int first_column = numeric_column - (last_number - tail);
	int after = (int)m - 1 - last_number;
	if (first_column < tail || numeric_column + after >= (int)n_columns) {
		place_from_left(row);
		return;
	}
	for (int i = 0; i < (int)m; i++) {
		CfCell *cell = cell_at(row, (guint)i);
		if (i < tail)
			cell->column = (guint)i;
		else
			cell->column = (guint)(first_column + (i - tail));
	}
}

/* The distinct last characters of total_words[] (合计, 总计, 小计 end alike: 计 once), worked
 * out once for the process rather than once per row label. */
typedef struct {
	const char *text[G_N_ELEMENTS(total_words)];
	guint n;
} TotalWordEnds;

static const TotalWordEnds *
total_word_ends(void)
{
	static TotalWordEnds ends;
	static gsize ready = 0;
	if (g_once_init_enter(&ready)) {
		for (guint w = 0; w < G_N_ELEMENTS(total_words); w++) {
			const char *word = total_words[w];
			const char *last = g_utf8_prev_char(word + strlen(word));
			gboolean again = FALSE;
			for (guint i = 0; i < ends.n && !again; i++)
				again = strcmp(ends.text[i], last) == 0;
			if (!again)
				ends.text[ends.n++] = last;
		}
		g_once_init_leave(&ready, 1);
	}
	return &ends;
}

/* Whether the cell's text may hold a word of total_words[] once compacted: compacting only
 * drops spaces, so the word's last character is then in the text as it stands.  Spares
 * the copy for the many cells that cannot. */
static gboolean
may_hold_total_word(const char *norm, const CfCell *cell)
{
	const TotalWordEnds *ends = total_word_ends();
	for (guint i = 0; i < ends->n; i++)
		if (cf_segment_find(norm, cell->range.start, cell->range.end, ends->text[i]) !=
		    G_MAXSIZE)
			return TRUE;
	return FALSE;
}

static gboolean
row_is_total(const char *norm, gboolean valid, const RawRow *row)
{
	for (guint i = 0; i < row->n_cells; i++) {
		const CfCell *cell = cell_at(row, i);
		if (cell_is_empty(cell) || cell_is_numeric(cell))
			continue;
		if (cf_segment_longer_than(norm, cell->range.start, cell->range.end,
					   TOTAL_LABEL_MAX_CHARS, valid) ||
		    !may_hold_total_word(norm, cell))
			return FALSE;
		g_autofree char *text = cf_segment_dup_compact_text(norm, cell->range.start,
								    cell->range.end, valid);
		for (guint w = 0; w < G_N_ELEMENTS(total_words); w++)
			if (strstr(text, total_words[w]) != NULL)
				return TRUE;
		return FALSE;
	}
	return FALSE;
}

/* Per column, whether the cells of the data rows of [@begin, @end) other than totals are
 * mostly numbers there, each row's cells counted from the left (g_free the array). */
static gboolean *
numeric_columns(const char *norm, gboolean valid, GArray *rows, guint begin, guint end,
		guint n_columns)
{
	g_autofree guint *numeric = g_new0(guint, n_columns);
	g_autofree guint *filled = g_new0(guint, n_columns);
	for (guint r = begin; r < end; r++) {
		const RawRow *row = raw_row_at(rows, r);
		if (!row->label && !row_is_total(norm, valid, row))
			tally_cells(row, n_columns, numeric, filled);
	}
	gboolean *mostly = g_new0(gboolean, n_columns);
	for (guint c = 0; c < n_columns; c++)
		mostly[c] = numeric[c] > 0 && 2 * numeric[c] >= filled[c];
	return mostly;
}

/* A total row whose label was one cell merged over the columns before its figures, exported
 * as one cell with the rest empty at the end (合 计 | 3069.7 | 0 | 1000 | 500 | 1569.7 | | | …
 * under 序号 | 部门 | 乡镇 | … | 计划投入资金 | …): its figures, from the left, stand under
 * columns of words.  It moves them right by the one shift that puts each under a column of
 * figures, the empty cells after them dropped, when only one does; TRUE when it did.
 * *@numeric is numeric_columns() of the section's data rows [@begin, @end), worked out on
 * first need (g_free it). */
static gboolean
place_merged_total(const char *norm, gboolean valid, RawRow *row, guint n_columns,
		   GArray *rows, guint begin, guint end, gboolean **numeric)
{
	guint m = row_width(row);
	if (m > n_columns || cell_is_empty(cell_at(row, 0)) || cell_is_numeric(cell_at(row, 0)))
		return FALSE;
	guint first = 0, last = 0;
	for (guint i = 1; i < m; i++) {
		const CfCell *cell = cell_at(row, i);
		if (cell_is_numeric(cell)) {
			first = first ? first : i;
			last = i;
		} else if (!cell_is_empty(cell)) {
			return FALSE;
		}
	}
	if (first == 0 || last + 1 >= m || !row_is_total(norm, valid, row))
		return FALSE;
	if (*numeric == NULL)
		*numeric = numeric_columns(norm, valid, rows, begin, end, n_columns);
	const gboolean *figures = *numeric;
	if (figures[first])
		return FALSE;
	guint found = 0;
	for (guint shift = 1; last + shift < n_columns; shift++) {
		gboolean fits = TRUE;
		for (guint i = first; i <= last && fits; i++)
			fits = !cell_is_numeric(cell_at(row, i)) || figures[i + shift];
		if (fits && found)
			return FALSE; /* two places fit: which is a guess (合计 | 100 | | | …) */
		if (fits)
			found = shift;
	}
	if (found == 0)
		return FALSE;
	row->n_cells = last + 1;
	for (guint i = 0; i <= last; i++)
		cell_at(row, i)->column = i < first ? i : i + found;
	return TRUE;
}

/* Whether @row numbers the columns, as a 决算 template prints below its headers: 栏次 (or
 * 行次) and then 1, 2, 3 … (栏次 again before each half of a pair), or those numbers alone
 * from 1.  Each number is the one before it plus one; at least two of them, or one after
 * 栏次 (a table of one value column). */
static gboolean
row_is_numbering(const char *norm, gboolean valid, const RawRow *row)
{
	gboolean named = FALSE;
	guint64 previous = 0;
	guint numbers = 0;
	for (guint i = 0; i < row->n_cells; i++) {
		const CfCell *cell = cell_at(row, i);
		if (cell_is_empty(cell))
			continue;
		if (cf_segment_longer_than(norm, cell->range.start, cell->range.end, 8, valid))
			return FALSE;
		g_autofree char *text = cf_segment_dup_compact_text(norm, cell->range.start,
								    cell->range.end, valid);
		if (!cell_is_numeric(cell)) {
			if (strcmp(text, "栏次") != 0 && strcmp(text, "行次") != 0)
				return FALSE;
			named = TRUE;
			continue;
		}
		gchar *end = NULL;
		guint64 n = g_ascii_strtoull(text, &end, 10);
		if (end == text || *end != '\0' || !g_ascii_isdigit(*text))
			return FALSE;
		if (numbers == 0 ? !named && n != 1 : n != previous + 1)
			return FALSE;
		previous = n;
		numbers++;
	}
	return numbers >= 2 || (named && numbers == 1);
}

/* ---- tables printed as two halves side by side ---- */

/* The last part of a joined column label ("收入/决算数" → "决算数"). */
static const char *
label_tail(const char *label)
{
	const char *slash = strrchr(label, '/');
	return slash ? slash + 1 : label;
}

/* Whether cell column @column of @row holds a number (-1), text (1) or nothing (0). */
static int
row_cell_kind(const CfRow *row, guint column)
{
	for (guint i = 0; i < row->n_cells; i++) {
		const CfCell *cell = &row->cells[i];
		if (cell->column == column)
			return cell_is_empty(cell) ? 0 : cell->numeric ? -1 : 1;
		if (cell->column > column)
			break;
	}
	return 0;
}

/* Whether column @k of @table names its rows: text in at least two data rows, never a
 * number. */
static gboolean
names_rows(const CfTable *table, guint k)
{
	guint named = 0;
	for (guint r = table->n_header_rows; r < table->rows->len; r++) {
		int kind = row_cell_kind(g_ptr_array_index(table->rows, r), k);
		if (kind < 0)
			return FALSE;
		named += kind > 0;
	}
	return named >= 2;
}

/* Whether a data row of @table holds a number in a column of [@from, @to). */
static gboolean
holds_numbers(const CfTable *table, guint from, guint to)
{
	for (guint r = table->n_header_rows; r < table->rows->len; r++)
		for (guint c = from; c < to; c++)
			if (row_cell_kind(g_ptr_array_index(table->rows, r), c) < 0)
				return TRUE;
	return FALSE;
}

/* The first column of the right table when @table is two tables printed side by side, else
 * 0: a 决算's 收入支出决算总表 puts income items and their amounts on the left and spending
 * items and theirs on the right, one row of each per line (项目 | 决算数 | 项目 | 决算数), its
 * 财政拨款收入支出决算总表 gives the right one more columns (项目 | 金额 | 项目 | 合计 |
 * 一般公共预算财政拨款 …), and its 基本支出决算表 puts a subject code before each name
 * (科目编码 | 科目名称 | 决算数, twice).  Column k starts the right table when a column j of
 * the left one (one of its first three) and column k + j name their rows, both halves hold
 * numbers after their names, and the headers say so: the two name columns have the same
 * header, or the halves are as wide and their other columns have the same headers. */
static guint
paired_half(const CfTable *table)
{
	guint n = table->n_columns;
	if (n < 4 || table->n_header_rows == 0)
		return 0;
	for (guint j = 0; j < 3 && 2 * (j + 2) <= n + j; j++) {
		const char *name = label_tail(table->column_labels[j]);
		int names = -1; /* names_rows(j), read when first needed */
		for (guint k = j + 2; k + j + 1 < n; k++) {
			gboolean same_names = *name != '\0' &&
					      strcmp(name, label_tail(table->column_labels[k + j])) == 0;
			gboolean same_values = n == 2 * k;
			for (guint i = 0; i < k && same_values; i++) {
				const char *left = label_tail(table->column_labels[i]);
				same_values = i == j || (*left != '\0' &&
							 strcmp(left, label_tail(
									      table->column_labels[k + i])) == 0);
			}
			if (!same_names && !same_values)
				continue;
			if (names < 0)
				names = names_rows(table, j);
			if (!names)
				break;
			if (names_rows(table, k + j) && holds_numbers(table, j + 1, k) &&
			    holds_numbers(table, k + j + 1, n))
				return k;
		}
	}
	return 0;
}

/* @row's cells from column @from on (the right half, its columns made the half's own), or
 * before it; NULL for a data row left without a filled cell. */
static CfRow *
half_row(CfDocument *doc, const CfRow *row, guint from, gboolean right)
{
	guint split = 0;
	while (split < row->n_cells && row->cells[split].column < from)
		split++;
	RawRow half = {.cells = right ? row->cells + split : row->cells,
		       .n_cells = right ? row->n_cells - split : split};
	gboolean blank = TRUE;
	for (guint i = 0; i < half.n_cells && blank; i++)
		blank = cell_is_empty(&half.cells[i]);
	if (blank && !row->header)
		return NULL;
	for (guint i = 0; right && i < half.n_cells; i++)
		half.cells[i].column -= from;
	CfRow *out = cf_document_alloc(doc, sizeof(CfRow));
	*out = (CfRow){.cells = half.cells,
		       .n_cells = half.n_cells,
		       .line = half.n_cells ? half.cells[0].line : row->line,
		       .header = row->header,
		       .numbering = row->numbering,
		       .total = !row->header && row_is_total(doc->norm, doc->text_valid_utf8,
							     &half)};
	return out;
}

/* Splits @table, two tables side by side (paired_half() @k), into its left half (in place)
 * and the right half it returns. */
static CfTable *
split_pair(CfDocument *doc, CfTable *table, guint k)
{
	CfTable *right = cf_document_alloc(doc, sizeof(CfTable));
	*right = *table;
	right->n_columns = table->n_columns - k;
	right->column_labels = g_new0(char *, right->n_columns + 1);
	right->column_units = g_new0(char *, right->n_columns);
	for (guint c = 0; c < right->n_columns; c++) {
		right->column_labels[c] = g_steal_pointer(&table->column_labels[k + c]);
		right->column_units[c] = g_steal_pointer(&table->column_units[k + c]);
	}
	table->n_columns = k;
	table->half = right->half = TRUE;
	right->unit_text = g_strdup(table->unit_text);
	GPtrArray *rows = table->rows;
	table->rows = g_ptr_array_sized_new(rows->len);
	right->rows = g_ptr_array_sized_new(rows->len);
	for (guint r = 0; r < rows->len; r++) {
		const CfRow *row = g_ptr_array_index(rows, r);
		/* the left half first: the right one's cells then take their new columns */
		CfRow *a = half_row(doc, row, k, FALSE);
		CfRow *b = half_row(doc, row, k, TRUE);
		if (a)
			g_ptr_array_add(table->rows, a);
		if (b)
			g_ptr_array_add(right->rows, b);
	}
	g_ptr_array_unref(rows);
	return right;
}

/* The group part of a joined column label ("公用经费/科目编码" → "公用经费"), into @out; ""
 * for a label with none. */
static void
label_group(const char *label, GString *out)
{
	const char *slash = strrchr(label, '/');
	g_string_assign(out, "");
	if (slash)
		g_string_append_len(out, label, slash - label);
}

/* Whether @b, split off the right of @a, goes on with @a's list: one list printed in two
 * column groups under one upper header (a 基本支出决算表's 公用经费 over 科目编码 | 科目名称 |
 * 决算数 twice).  Their columns have the same last labels, and @a's upper header is @b's or
 * @b has none while @a has one (the header printed once over both). */
static gboolean
continues(const CfTable *a, const CfTable *b)
{
	if (a->n_columns != b->n_columns)
		return FALSE;
	g_autoptr(GString) ga = g_string_new(NULL), gb = g_string_new(NULL);
	gboolean grouped = FALSE;
	for (guint c = 0; c < a->n_columns; c++) {
		if (strcmp(label_tail(a->column_labels[c]), label_tail(b->column_labels[c])) != 0)
			return FALSE;
		label_group(a->column_labels[c], ga);
		label_group(b->column_labels[c], gb);
		if (gb->len > 0 && strcmp(ga->str, gb->str) != 0)
			return FALSE;
		grouped = grouped || ga->len > 0;
	}
	return grouped;
}

/* @a's row @ra with the cells of @rb (printed on the same line) added: a total row whose
 * name stands in the first group and its figure in the second (公用经费合计 … 50.00). */
static CfRow *
merge_rows(CfDocument *doc, const CfRow *ra, const CfRow *rb)
{
	CfCell *cells = cf_document_alloc(doc, (ra->n_cells + rb->n_cells) * sizeof(CfCell));
	guint n = 0, i = 0, j = 0;
	while (i < ra->n_cells || j < rb->n_cells) {
		const CfCell *x = i < ra->n_cells ? &ra->cells[i] : NULL;
		const CfCell *y = j < rb->n_cells ? &rb->cells[j] : NULL;
		if (x && y && x->column == y->column) {
			cells[n++] = cell_is_empty(x) ? *y : *x;
			i++;
			j++;
		} else if (y == NULL || (x && x->column < y->column)) {
			cells[n++] = *x;
			i++;
		} else {
			cells[n++] = *y;
			j++;
		}
	}
	CfRow *out = cf_document_alloc(doc, sizeof(CfRow));
	*out = *ra;
	out->cells = cells;
	out->n_cells = n;
	return out;
}

/* Stacks @b (continues()) below @a's items, in place: @a's headers, @a's item rows, @b's
 * item rows, then the total rows, each joined with what @b prints on its line.  @b's
 * headers and 栏次 row are dropped. */
static void
stack_tables(CfDocument *doc, CfTable *a, const CfTable *b)
{
	GPtrArray *rows = g_ptr_array_sized_new(a->rows->len + b->rows->len);
	g_autoptr(GPtrArray) totals = g_ptr_array_new(); /* @a's, each joined with @b's line */
	g_autoptr(GPtrArray) b_totals = g_ptr_array_new();
	for (guint r = 0; r < a->rows->len; r++) {
		const CfRow *row = g_ptr_array_index(a->rows, r);
		g_ptr_array_add(r >= a->n_header_rows && row->total ? totals : rows, (gpointer)row);
	}
	for (guint r = b->n_header_rows; r < b->rows->len; r++) {
		const CfRow *row = g_ptr_array_index(b->rows, r);
		if (row->numbering)
			continue;
		/* what @b prints on the line of one of @a's totals belongs to that total */
		guint t = 0;
		while (t < totals->len && ((const CfRow *)totals->pdata[t])->line != row->line)
			t++;
		if (t < totals->len)
			totals->pdata[t] = merge_rows(doc, totals->pdata[t], row);
		else
			g_ptr_array_add(row->total ? b_totals : rows, (gpointer)row);
	}
	g_ptr_array_extend(rows, totals, NULL, NULL);
	g_ptr_array_extend(rows, b_totals, NULL, NULL);
	g_ptr_array_unref(a->rows);
	a->rows = rows;
}

/* ---- building the table blocks ---- */

static CfRow *
steal_row(CfDocument *doc, RawRow *raw, const CfLine *first_line, gboolean header,
	  gboolean total)
{
	CfRow *row = cf_document_alloc(doc, sizeof(CfRow));
	*row = (CfRow){.cells = raw->cells,
		       .n_cells = raw->n_cells,
		       .line = first_line->number,
		       .header = header,
		       .total = total};
	return row;
}

static void
set_table_unit(CfTable *table, const CfDocument *doc, CfRange range)
{
	table->unit_text = cf_document_dup_range(doc, range);
	table->unit_line = cf_document_line_at(doc, range.start)->number;
}

/* Appends the block of @table, on the lines of norm @range. */
static void
add_table_block(CfDocument *doc, CfTable *table, CfRange range)
{
	CfBlock *block = cf_document_alloc(doc, sizeof(CfBlock));
	*block = (CfBlock){0};
	block->kind = CF_BLOCK_TABLE;
	block->range = range;
	block->first_line = table->first_line;
	block->last_line = table->last_line;
	block->table = table;
	g_ptr_array_add(doc->blocks, block);
}

/* TRUE when @row's first cell alone holds text, two cells or more (一、公共汽电车 | | ). */
static gboolean
names_section(const RawRow *row)
{
	if (row->n_cells < 2 || cell_is_empty(cell_at(row, 0)))
		return FALSE;
	for (guint i = 1; i < row->n_cells; i++)
		if (!cell_is_empty(cell_at(row, i)))
			return FALSE;
	return TRUE;
}

/* Appends the table of rows [begin, end) whose rows [begin, header_end) are headers placed
 * as @header_spans (top-down), stating @unit_line above it. */
static void
emit_table(CfSegmenter *segmenter, GArray *rows, guint begin, guint header_end, guint end,
	   GPtrArray *header_spans, const StatedUnit *unit_line)
{
	CfDocument *doc = segmenter->doc;
	const char *norm = doc->norm;
	guint n_columns = 1;
	for (guint r = begin; r < end; r++)
		n_columns = MAX(n_columns, row_width(raw_row_at(rows, r)));

	CfTable *table = cf_document_alloc(doc, sizeof(CfTable));
	*table = (CfTable){0};
	table->rows = g_ptr_array_sized_new(end - begin); /* the rows are the document's */
	table->n_columns = n_columns;
	table->n_header_rows = header_end - begin;
	table->column_labels = g_new0(char *, n_columns + 1);
	table->column_units = g_new0(char *, n_columns);
	if (unit_line->line > 0)
		set_table_unit(table, doc, unit_line->range);

	/* the headers' labels joined in place, column by column; "" where there is none */
	char **labels = table->column_labels;
	for (guint r = begin; r < header_end; r++) {
		RawRow *row = raw_row_at(rows, r);
		GArray *spans = header_spans->pdata[r - begin];
		for (guint i = 0; i < row->n_cells; i++) {
			CfCell *cell = cell_at(row, i);
			const Span *span = span_at(spans, i);
			cell->column = span->moved ? span->column : span->start;
			if (cell_is_empty(cell))
				continue;
			g_autofree char *text = cf_segment_dup_compact_text(
				norm, cell->range.start, cell->range.end, doc->text_valid_utf8);
			CfRange unit;
			gboolean explicit = FALSE;
			gboolean has_unit = match_header_unit(norm, cell, &unit, &explicit);
			for (guint c = span->start; c <= span->end; c++) {
				char *old = labels[c];
				if (old != NULL)
					labels[c] = g_strconcat(old, "/", text, NULL);
				else /* the span's last column takes the copy itself */
					labels[c] = c == span->end ? g_steal_pointer(&text)
								   : g_strdup(text);
				g_free(old);
				if (has_unit && table->column_units[c] == NULL)
					table->column_units[c] = cf_document_dup_range(doc, unit);
			}
			if (has_unit && table->unit_text == NULL && (explicit || span->start == 0))
				set_table_unit(table, doc, unit);
		}
	}
	for (guint c = 0; c < n_columns; c++)
		if (labels[c] == NULL)
			labels[c] = g_strdup("");

	int numeric_column = rightmost_numeric_column(rows, header_end, end, n_columns);
	guint32 left_rows = left_shapes(rows, header_end, end, n_columns);
	g_autofree gboolean *numeric = NULL; /* numeric_columns(), on first need */
	g_ptr_array_set_size(table->rows, end - begin); /* filled in place, one row each */
	for (guint r = begin; r < end; r++) {
		RawRow *raw = raw_row_at(rows, r);
		gboolean header = r < header_end;
		gboolean total = FALSE, numbering = FALSE;
		if (!header) {
			if (!place_merged_total(norm, doc->text_valid_utf8, raw, n_columns, rows,
						header_end, end, &numeric))
				place_data_row(raw, n_columns, numeric_column, left_rows);
			numbering = row_is_numbering(norm, doc->text_valid_utf8, raw);
			total = !numbering && row_is_total(norm, doc->text_valid_utf8, raw);
		}
		const CfLine *row_line = line_at_index(segmenter, raw->first_index);
		CfRow *row = steal_row(doc, raw, row_line, header, total);
		row->numbering = numbering;
		table->rows->pdata[r - begin] = row;
	}

	const RawRow *first = raw_row_at(rows, begin);
	const RawRow *last = raw_row_at(rows, end - 1);
	const CfLine *first_line = line_at_index(segmenter, first->first_index);
	const CfLine *last_line = line_at_index(segmenter, last->last_index);
	table->first_line = first_line->number;
	table->last_line = last_line->number;
	CfRange range = {first_line->norm_offset, last_line->norm_offset + last_line->norm_length};
	/* tables printed side by side, each one a block; a list printed in two column groups
	 * is one table again */
	for (CfTable *left = table; left;) {
		guint half = paired_half(left);
		CfTable *right = half ? split_pair(doc, left, half) : NULL;
		if (right && continues(left, right)) {
			stack_tables(doc, left, right);
			cf_table_release(right);
			continue;
		}
		add_table_block(doc, left, range);
		left = right;
	}
}

/* Whether @row is a title over a table, in a row of its own: one text cell, the first, too
 * long for a label (2015年桂林市司法局部门“三公”经费情况统计表 | | |). */
static gboolean
is_title_row(const RawRow *row)
{
	if (row->label || !row->has_text || row->n_cells == 0 || cell_is_empty(cell_at(row, 0)) ||
	    cell_is_numeric(cell_at(row, 0)))
		return FALSE;
	for (guint i = 1; i < row->n_cells; i++)
		if (!cell_is_empty(cell_at(row, i)))
			return FALSE;
	return TRUE;
}

/* The cells of @row up to its last one that is not empty. */
static guint
filled_width(const RawRow *row)
{
	guint n = row->n_cells;
	while (n > 0 && cell_is_empty(cell_at(row, n - 1)))
		n--;
	return n;
}

/* Drops the empty cells that end the lowest header row (row @labels_end − 1) when each data
 * row [@labels_end, @end) fills more columns than its labels do: an export's empty cells
 * (医疗收入 | 财政补助收入 | 科教项目收入 | 其他收入 | | over 综合医院合计 | 425,072.64 | … five
 * figures), which would keep the labels from the columns they stand over — a short lowest
 * header row lacks its leading columns (place_header()).  Only a row of labels with no empty
 * cell among them. */
static void
drop_trailing_empty_labels(GArray *rows, guint labels_end, guint end)
{
	RawRow *bottom = raw_row_at(rows, labels_end - 1);
	guint filled = filled_width(bottom);
	/* (one label alone is a title or a category's row: 一、工作量指标 | | |) */
	if (filled < 2 || filled == bottom->n_cells)
		return;
	/* (a row with empty cells among its labels holds its columns' places: | | 小计 | 公务
	 * 用车购置费 | … | | under the groups of the row above) */
	for (guint i = 0; i < filled; i++)
		if (cell_is_empty(cell_at(bottom, i)))
			return;
	/* the columns every data row fills (each fills more than the labels), and the cells of
	 * the widest */
	guint data = G_MAXUINT, widest = 0;
	for (guint r = labels_end; r < end; r++) {
		const RawRow *row = raw_row_at(rows, r);
		data = MIN(data, filled_width(row));
		widest = MAX(widest, row_width(row));
	}
	/* as many empty cells kept as the data rows have after their figures: the labels then
	 * stand over the last filled columns */
	if (data > filled && data != G_MAXUINT)
		bottom->n_cells = MIN(bottom->n_cells, filled + (widest - data));
}

/* Emits the section [begin, end): its header, or the label rows that do not fit a header
 * as a table of their own. */
static void
emit_section(CfSegmenter *segmenter, GArray *rows, guint begin, guint end,
	     const StatedUnit *unit_line)
{
	const char *norm = segmenter->doc->norm;
	g_autoptr(GPtrArray) spans = g_ptr_array_new_with_free_func((GDestroyNotify)g_array_unref);
	/* a title row above the header is no row of the table: a block of its own */
	if (end - begin >= 3 && is_title_row(raw_row_at(rows, begin)) &&
	    raw_row_at(rows, begin + 1)->label) {
		emit_table(segmenter, rows, begin, begin, begin + 1, spans, unit_line);
		begin++;
	}
	guint labels_end = begin;
	/* (a row naming a section under the header, its other cells empty, is the body's
	 * first when a data row follows it: 指标 | 2020年 | 2019年 over 一、公共汽电车 | | ) */
	while (labels_end < end && raw_row_at(rows, labels_end)->label &&
	       !(labels_end > begin && labels_end + 1 < end &&
		 !raw_row_at(rows, labels_end + 1)->label &&
		 names_section(raw_row_at(rows, labels_end))))
		labels_end++;
	if (labels_end == begin || labels_end == end) {
		emit_table(segmenter, rows, begin, begin, end, spans, unit_line);
		return;
	}
	drop_trailing_empty_labels(rows, labels_end, end);
	guint n_columns = 1;
	for (guint r = labels_end - 1; r < end; r++)
		n_columns = MAX(n_columns, row_width(raw_row_at(rows, r)));
	guint header = place_header(norm, rows, begin, labels_end, n_columns, spans);
	StatedUnit unit = *unit_line;
	if (header > begin) {
		g_autoptr(GPtrArray) none = g_ptr_array_new();
		emit_table(segmenter, rows, begin, begin, header, none, unit_line);
		/* a unit in those rows (？ | 单位:万元 | |) is the table's below them */
		for (guint r = begin; r < header && unit.line == 0; r++) {
			const RawRow *row = raw_row_at(rows, r);
			for (guint i = 0; i < row->n_cells && unit.line == 0; i++) {
				const CfCell *cell = cell_at(row, i);
				if (cf_segment_match_unit_line(norm, cell->range.start,
							       cell->range.end, &unit.range))
					unit.line =
						line_at_index(segmenter, row->first_index)->number;
			}
		}
	}
	emit_table(segmenter, rows, header, labels_end, end, spans, &unit);
}

/* Whether the cell holds a word: two characters or more, one of them a letter or an ideograph
 * (not a dash, a slash or 无). */
static gboolean
cell_is_word(const char *norm, const CfCell *cell)
{
	if (cf_segment_count_visible_max(norm, cell->range.start, cell->range.end, 2) < 2)
		return FALSE;
	for (gsize p = cell->range.start; p < cell->range.end; p++) {
		guchar c = (guchar)norm[p];
		if (g_ascii_isalpha(c) || (c >= 0xE4 && c <= 0xE9))
			return TRUE;
	}
	return FALSE;
}

/* Whether the label row @row starts the header of a new table in a flattened table whose rows
 * all have the same number of cells (a 自评表's indicators under its funds, exported with
 * every merged cell as an empty one): words, all different, in at least two of the columns
 * where the data rows above held numbers (@numeric, gboolean per column), and three cells or
 * more.  A header repeated over a table's next page (the cells of @header again) starts
 * nothing. */
static gboolean
starts_header(const char *norm, const RawRow *row, const RawRow *header, GArray *numeric)
{
	guint filled = 0, over_numbers = 0;
	gboolean repeated = header && row_width(header) == row_width(row);
	for (guint i = 0; i < row->n_cells; i++) {
		const CfCell *cell = cell_at(row, i);
		if (cell_is_empty(cell))
			continue;
		filled++;
		if (repeated && !same_cell_text(norm, cell, cell_at(header, i)))
			repeated = FALSE;
		if (i >= numeric->len || !g_array_index(numeric, gboolean, i))
			continue;
		if (!cell_is_word(norm, cell))
			return FALSE;
		for (guint j = 0; j < i; j++)
			if (same_cell_text(norm, cell, cell_at(row, j)))
				return FALSE;
		over_numbers++;
	}
	return filled >= 3 && over_numbers >= 2 && !repeated;
}

guint
cf_segment_parse_table(CfSegmenter *segmenter, guint first)
{
	StatedUnit unit_line = find_unit_line(segmenter, first);
	guint stop = first + 1;
	g_autoptr(GArray) rows = NULL;
	gboolean cut = FALSE;
	guint blocks = segmenter->doc->blocks->len;
	if (segmenter->kinds[first] == CF_LINE_CELL)
		rows = read_rows(segmenter, first, &stop);
	else if (segmenter->kinds[first] == CF_LINE_LAYOUT)
		rows = read_layout_rows(segmenter, first, &stop);
	else if (segmenter->kinds[first] == CF_LINE_COLUMN)
		rows = read_cell_lines(segmenter, first, &stop, &cut);
	else
		rows = read_row_lines(segmenter, first, &stop);

	/* the width of the first data row from each row on, 0 when none follows */
	g_autofree guint *next_data_width = g_new0(guint, rows->len + 1);
	for (guint r = rows->len; r > 0; r--) {
		const RawRow *row = raw_row_at(rows, r - 1);
		next_data_width[r - 1] = !row->label && row->has_text ? row_width(row)
								       : next_data_width[r];
	}
	const char *norm = segmenter->doc->norm;
	guint begin = 0;
	guint width = 0;
	gboolean seen_data = FALSE;
	const RawRow *header = NULL; /* the section's lowest label row before its data */
	/* the columns where the section's data rows of @width cells held a number */
	g_autoptr(GArray) numeric = g_array_new(FALSE, TRUE, sizeof(gboolean));
	for (guint r = 0; r < rows->len; r++) {
		const RawRow *row = raw_row_at(rows, r);
		if (row->label && seen_data &&
		    ((row_width(row) != width && next_data_width[r] != 0 &&
		      next_data_width[r] != width) ||
		     (row_width(row) == width && next_data_width[r] == width &&
		      starts_header(norm, row, header, numeric)))) {
			emit_section(segmenter, rows, begin, r, &unit_line);
			begin = r;
			width = 0;
			seen_data = FALSE;
			header = NULL;
		}
		if (row_width(row) > width)
			g_array_set_size(numeric, 0);
		width = MAX(width, row_width(row));
		if (row->label && !seen_data)
			header = row;
		if (row->label || !row->has_text)
			continue;
		seen_data = TRUE;
		if (row_width(row) != width)
			continue;
		g_array_set_size(numeric, width);
		for (guint i = 0; i < row->n_cells; i++)
			if (cell_is_numeric(cell_at(row, i)))
				g_array_index(numeric, gboolean, i) = TRUE;
	}
	if (begin < rows->len)
		emit_section(segmenter, rows, begin, rows->len, &unit_line);
	/* the document ends inside a row after the last, or a row of another shape follows:
	 * the last table may have lost rows (both halves of two side by side) */
	for (guint b = segmenter->doc->blocks->len; cut && b-- > blocks;) {
		CfBlock *block = g_ptr_array_index(segmenter->doc->blocks, b);
		if (block->kind != CF_BLOCK_TABLE)
			continue;
		block->table->cut = TRUE;
		if (!block->table->half || b == blocks)
			break;
		const CfBlock *left = g_ptr_array_index(segmenter->doc->blocks, b - 1);
		if (left->kind == CF_BLOCK_TABLE && left->table->half)
			left->table->cut = TRUE;
		break;
	}
	return MAX(stop, first + 1);
}
