/* cf-segment-layout.c — tables laid out in columns by spaces, as text taken from a PDF with
 * its layout kept gives them (pdftotext -layout):
 *
 *     子项目名称         预算数   执行数   执行率
 *     职业技能培训补贴   210      205.6    97.90%
 *     合计               385      372.4    96.73%
 *
 * A cell is text between runs of at least two spaces (one space stays inside a cell: 一、 一般
 * 公共预算).  Consecutive such lines (a single blank line between two allowed) are a table
 * when at least CF_SEGMENT_LAYOUT_MIN_LINES of them hold two cells or more, and at least
 * CF_SEGMENT_LAYOUT_MIN_DATA_LINES of those a number.  Its columns come from where the data
 * lines' cells stand: the printed spans of their cells, merged where they overlap, are the
 * columns, and the table is dropped (read as text) when that merges two cells of more than a
 * quarter of the data lines, as text whose spaces fall anywhere (a justified paragraph) does,
 * or leaves fewer than two columns (or more than CF_SEGMENT_MAX_COLUMNS).  Every cell of
 * every line then takes the column it overlaps most (the nearest when none), so a row whose
 * first cells are empty (merged) keeps its figures under their headers.  Display width: two
 * for a wide character (汉字, ％), one for others. */
#include "segment/cf-segment-private.h"

#include <string.h>

/* The display width of the character at @p, and its byte length in *bytes. */
static guint
char_width(const char *p, const char *end, gsize *bytes)
{
	if ((guchar)*p < 0x80) {
		*bytes = 1;
		return 1;
	}
	const char *next = g_utf8_find_next_char(p, end);
	*bytes = next != NULL ? (gsize)(next - p) : (gsize)(end - p);
	gunichar c = g_utf8_get_char_validated(p, (gssize)*bytes);
	return c < 0x110000 && g_unichar_iswide(c) ? 2 : 1;
}

/* Whether norm[start, end) holds two spaces in a row between visible text. */
static gboolean
has_gap(const char *norm, gsize start, gsize end)
{
	cf_segment_trim(norm, &start, &end);
	for (const char *p = norm + start, *stop = norm + end;
	     (p = memchr(p, ' ', (gsize)(stop - p))) != NULL; p++)
		if (p + 1 < stop && p[1] == ' ')
			return TRUE;
	return FALSE;
}

void
cf_segment_layout_split(const char *norm, gsize start, gsize end, GArray *cells)
{
	g_array_set_size(cells, 0);
	guint column = 0;
	gsize p = start;
	CfLayoutCell cell = {{0, 0}, 0, 0};
	gboolean in_cell = FALSE;
	guint spaces = 0;
	while (p < end) {
		gsize bytes;
		guint width = char_width(norm + p, norm + end, &bytes);
		gboolean space = norm[p] == ' ' || norm[p] == '\t' || norm[p] == '\r';
		if (space) {
			spaces++;
			if (in_cell && spaces == 2) {
				g_array_append_val(cells, cell);
				in_cell = FALSE;
			}
		} else {
			if (!in_cell) {
				cell = (CfLayoutCell){{p, p}, column, column};
				in_cell = TRUE;
			}
			cell.range.end = p + bytes;
			cell.to = column + width;
			spaces = 0;
		}
		column += width;
		p += bytes;
	}
	if (in_cell)
		g_array_append_val(cells, cell);
}

/* Whether one of @cells is a figure (CfCell.numeric's rule). */
static gboolean
holds_figure(const char *norm, const GArray *cells)
{
	for (guint c = 0; c < cells->len; c++) {
		const CfLayoutCell *cell = &g_array_index(cells, CfLayoutCell, c);
		if (cf_segment_range_is_numeric(norm, cell->range.start, cell->range.end))
			return TRUE;
	}
	return FALSE;
}

static gint
compare_spans(gconstpointer a, gconstpointer b)
{
	const CfLayoutCell *x = a, *y = b;
	return x->from < y->from ? -1 : x->from > y->from ? 1 : 0;
}

guint
cf_segment_layout_column_of(const GArray *columns, const CfLayoutCell *cell)
{
	guint best = 0, best_overlap = 0, best_distance = G_MAXUINT;
	for (guint c = 0; c < columns->len; c++) {
		const CfLayoutCell *col = &g_array_index(columns, CfLayoutCell, c);
		guint from = MAX(col->from, cell->from), to = MIN(col->to, cell->to);
		guint overlap = to > from ? to - from : 0;
		guint distance = overlap > 0             ? 0
				 : col->from >= cell->to ? col->from - cell->to
							 : cell->from - col->to;
		if (overlap > best_overlap || (best_overlap == 0 && distance < best_distance)) {
			best = c;
			best_overlap = overlap;
			best_distance = distance;
		}
	}
	return best;
}

GArray *
cf_segment_layout_columns(const CfSegmenter *segmenter, guint first, guint last)
{
	const char *norm = segmenter->doc->norm;
	g_autoptr(GArray) cells = g_array_new(FALSE, FALSE, sizeof(CfLayoutCell));
	/* the cells of the lines holding a figure, line after line, and how many each has */
	g_autoptr(GArray) data = g_array_new(FALSE, FALSE, sizeof(CfLayoutCell));
	g_autoptr(GArray) widths = g_array_new(FALSE, FALSE, sizeof(guint));
	guint lines = 0;
	for (guint i = first; i <= last; i++) {
		if (segmenter->kinds[i] == CF_LINE_BLANK)
			continue;
		const CfLine *line = &g_array_index(segmenter->doc->lines, CfLine, i);
		cf_segment_layout_split(norm, line->norm_offset,
					line->norm_offset + line->norm_length, cells);
		if (cells->len > CF_SEGMENT_MAX_COLUMNS)
			return NULL; /* no table is so wide: words set apart by spaces */
		if (cells->len < 2)
			continue;
		lines++;
		if (!holds_figure(norm, cells))
			continue;
		g_array_append_vals(data, cells->data, cells->len);
		g_array_append_val(widths, cells->len);
	}
	guint data_lines = widths->len;
	if (lines < CF_SEGMENT_LAYOUT_MIN_LINES || data_lines < CF_SEGMENT_LAYOUT_MIN_DATA_LINES)
		return NULL;

	/* the data cells' spans, merged where they overlap */
	g_array_set_size(cells, 0);
	g_array_append_vals(cells, data->data, data->len);
	g_array_sort(cells, compare_spans);
	GArray *columns = g_array_new(FALSE, FALSE, sizeof(CfLayoutCell));
	for (guint s = 0; s < cells->len; s++) {
		const CfLayoutCell *span = &g_array_index(cells, CfLayoutCell, s);
		CfLayoutCell *open =
			columns->len > 0 ? &g_array_index(columns, CfLayoutCell, columns->len - 1)
					 : NULL;
		if (open != NULL && span->from < open->to)
			open->to = MAX(open->to, span->to);
		else
			g_array_append_vals(columns, span, 1);
	}
	if (columns->len < 2 || columns->len > CF_SEGMENT_MAX_COLUMNS) {
		g_array_unref(columns);
		return NULL;
	}

	/* two cells of one data line in one column: not columns but spaces in text */
	guint merged = 0;
	guint first_cell = 0;
	for (guint l = 0; l < data_lines; l++) {
		guint width = g_array_index(widths, guint, l);
		guint previous = G_MAXUINT;
		for (guint c = first_cell; c < first_cell + width; c++) {
			guint column = cf_segment_layout_column_of(
				columns, &g_array_index(data, CfLayoutCell, c));
			if (column == previous) {
				merged++;
				break;
			}
			previous = column;
		}
		first_cell += width;
	}
	if (4 * merged > data_lines) {
		g_array_unref(columns);
		return NULL;
	}
	return columns;
}

/* The line after @last that continues a run of gapped text lines (a single blank line may
 * come between), or G_MAXUINT. */
static guint
next_gapped(const CfSegmenter *segmenter, const gboolean *gapped, guint last)
{
	for (guint k = last + 1; k < segmenter->n_lines && k <= last + 2; k++) {
		if (segmenter->kinds[k] == CF_LINE_BLANK)
			continue;
		return gapped[k] ? k : G_MAXUINT;
	}
	return G_MAXUINT;
}

void
cf_segment_settle_layout(CfSegmenter *segmenter)
{
	const CfDocument *doc = segmenter->doc;
	const char *norm = doc->norm;
	/* the text lines with two spaces in a row between visible text, found from the
	 * document's pairs of spaces (most reports hold none, few many) */
	g_autofree gboolean *gapped = NULL;
	guint index = 0;
	for (const char *p = norm, *stop = norm + doc->norm_length;
	     (p = memchr(p, ' ', (gsize)(stop - p))) != NULL; p++) {
		if (p + 1 >= stop || p[1] != ' ')
			continue;
		gsize at = (gsize)(p - norm);
		index = cf_segment_line_index_from(segmenter, index, at);
		const CfLine *line = &g_array_index(doc->lines, CfLine, index);
		gsize end = line->norm_offset + line->norm_length;
		if (segmenter->kinds[index] == CF_LINE_TEXT &&
		    has_gap(norm, line->norm_offset, end)) {
			if (gapped == NULL)
				gapped = g_new0(gboolean, segmenter->n_lines);
			gapped[index] = TRUE;
		}
		p = norm + MAX(at + 1, end) - 1; /* on to the next line */
	}
	if (gapped == NULL)
		return;
	for (guint i = 0; i < segmenter->n_lines; i++) {
		if (!gapped[i])
			continue;
		guint last = i;
		for (guint next; (next = next_gapped(segmenter, gapped, last)) != G_MAXUINT;)
			last = next;
		if (last - i + 1 >= CF_SEGMENT_LAYOUT_MIN_LINES) {
			GArray *columns = cf_segment_layout_columns(segmenter, i, last);
			if (columns != NULL) {
				g_array_unref(columns);
				for (guint k = i; k <= last; k++)
					if (segmenter->kinds[k] == CF_LINE_TEXT)
						segmenter->kinds[k] = CF_LINE_LAYOUT;
			}
		}
		i = last;
	}
}
