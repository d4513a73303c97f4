/* cf-segment-unwrap.c — paragraphs cut into lines by the program that laid the text out.
 *
 * Text taken from a PDF (pdftotext, a browser's copy of a PDF viewer) keeps the printed
 * lines: a paragraph comes as several lines of about the same width, cut in mid-sentence,
 * even in mid-word or between a number and its unit (较2020年度决算数减少91.91⏎万元，下降
 * 16.4%).  Read line by line, such a text yields no relation: the level, the change and the
 * rate sit on different lines.  Word's export, the other common source, writes a paragraph
 * as one line, and a line there that ends without a full stop is a heading or a table cell.
 *
 * A document is taken for hard-wrapped only when it shows the printed width: at least
 * UNWRAP_MIN_LINES text lines, each at least UNWRAP_FULL_PERCENT of the document's full
 * width (the width most of its long lines reach), end in mid-sentence and run on into a text
 * line, and they are at least UNWRAP_MIN_SHARE_PERCENT of its full-width lines.  Then each
 * such line is joined to the next: norm loses the line end between them (the line index
 * keeps both lines, each with its own text and place, CfLine.joined), so a paragraph is one
 * stretch of norm for everything after; a full-width line that ends a clause (；：) is
 * joined too, in such a document only.  A line that ends a sentence (。！？), a line before
 * one that opens with a numbering marker or an indent or is a page number (—3—), and the
 * lines of a flattened table are never joined. */
#include "segment/cf-segment-private.h"

/* Wrapped lines a document needs before any is joined. */
#define UNWRAP_MIN_LINES 3
/* A line this wide, in percent of the document's full width, was filled by the layout. */
#define UNWRAP_FULL_PERCENT 80
/* Of the full-width lines, this many percent at least end in mid-sentence. */
#define UNWRAP_MIN_SHARE_PERCENT 30
/* Lines narrower than this many columns do not count towards the full width. */
#define UNWRAP_MIN_WIDTH 20
/* The full width is the width this percentile of the long lines reaches. */
#define UNWRAP_WIDTH_PERCENTILE 90

/* The width of norm[start, end) in columns, as a layout sets it: an ASCII character one, a
 * Chinese character or a full-width sign (three bytes in UTF-8) two.  (Bytes plus characters,
 * halved: exact for both; a rare two-byte letter counts one and a half.) */
static guint
line_width(const CfDocument *doc, const CfLine *line)
{
	gsize bytes = line->norm_length;
	guint chars = cf_document_char_count(doc, line->norm_offset, line->norm_offset + bytes);
	return (guint)((bytes + chars) / 2);
}

/* How a line ends: in mid-sentence, after a clause (；：, a list or a reason may follow
 * on the next line) or after a sentence (。！？…). */
typedef enum {
	ENDS_OPEN,
	ENDS_CLAUSE,
	ENDS_SENTENCE,
} LineEnd;

/* How norm[start, end) ends, trailing spaces and closing quotes or brackets passed over. */
static LineEnd
line_end(const char *norm, gsize start, gsize end)
{
	static const char *const sentence_stops[] = {"。", "！", "？", "…", NULL};
	static const char *const clause_stops[] = {"；", "：", NULL};
	cf_segment_trim(norm, &start, &end);
	/* the closers the sentence splitter passes over (” ’ ） ) 」 』 》 】), and " */
	while (end > start) {
		if (norm[end - 1] == ')' || norm[end - 1] == '"')
			end--;
		else if (end - start >= 3 && cf_segment_closer_at(norm, end - 3, end) == 3)
			end -= 3;
		else
			break;
	}
	if (end == start)
		return ENDS_SENTENCE; /* nothing but closers: nothing to run on */
	char last = norm[end - 1];
	if (last == '.' || last == '!' || last == '?')
		return ENDS_SENTENCE;
	if (last == ';' || last == ':')
		return ENDS_CLAUSE;
	for (guint i = 0; sentence_stops[i]; i++) {
		gsize n = strlen(sentence_stops[i]);
		if (end - start >= n && memcmp(norm + end - n, sentence_stops[i], n) == 0)
			return ENDS_SENTENCE;
	}
	for (guint i = 0; clause_stops[i]; i++) {
		gsize n = strlen(clause_stops[i]);
		if (end - start >= n && memcmp(norm + end - n, clause_stops[i], n) == 0)
			return ENDS_CLAUSE;
	}
	return ENDS_OPEN;
}

/* Whether norm[start, end) is a page number as a layout prints it: digits between dashes
 * or spaces (—3—, - 3 -, 3), or 第3页 (共12页). */
static gboolean
is_page_number(const char *norm, gsize start, gsize end)
{
	static const char *const dashes[] = {"—", "－", "–", "-", " ", NULL};
	static const char *const words[] = {"第", "页", "共", NULL};
	guint digits = 0;
	for (gsize p = start; p < end;) {
		if (g_ascii_isdigit(norm[p])) {
			digits++;
			p++;
			continue;
		}
		gsize n = 0;
		for (guint i = 0; dashes[i] && n == 0; i++)
			if (cf_segment_has_prefix(norm, p, end, dashes[i]))
				n = strlen(dashes[i]);
		for (guint i = 0; words[i] && n == 0; i++)
			if (cf_segment_has_prefix(norm, p, end, words[i]))
				n = strlen(words[i]);
		if (n == 0)
			return FALSE;
		p += n;
	}
	return digits > 0 && digits <= 4;
}

/* Whether the text line @next may continue the line before it: it opens with neither an
 * indent nor a numbering marker, is no page number, and the break is not between two ASCII
 * letters (a word of a Latin script wrapped at a space, which joining would glue). */
static gboolean
may_continue(const CfDocument *doc, const CfLine *line, const CfLine *next)
{
	const char *norm = doc->norm;
	gsize start = next->norm_offset, end = start + next->norm_length;
	if (cf_segment_space_length(norm + start, norm + end) > 0 ||
	    is_page_number(norm, start, end))
		return FALSE;
	gsize body = cf_segment_skip_artefacts(norm, start, end);
	CfHeadingMatch heading;
	if (cf_segment_match_heading(norm, body, end, &heading))
		return FALSE;
	gsize line_end = line->norm_offset + line->norm_length;
	return !(line->norm_length > 0 && g_ascii_isalpha(norm[line_end - 1]) &&
		 g_ascii_isalpha(norm[start]));
}

static int
compare_widths(gconstpointer a, gconstpointer b)
{
	guint x = *(const guint *)a, y = *(const guint *)b;
	return x < y ? -1 : x > y;
}

/* Drops the line end after each line @wrapped marks from norm (a new buffer when norm is the
 * text's), moves the lines' norm offsets, and marks the lines after them joined. */
static void
join_lines(CfDocument *doc, const gboolean *wrapped)
{
	guint n = doc->lines->len;
	char *norm = doc->norm == doc->text ? g_malloc(doc->norm_length + 1) : doc->norm;
	gsize written = 0;
	for (guint i = 0; i < n; i++) {
		CfLine *line = &g_array_index(doc->lines, CfLine, i);
		/* forward copy in place: written never passes the offset read */
		memmove(norm + written, doc->norm + line->norm_offset, line->norm_length);
		line->norm_offset = written;
		written += line->norm_length;
		if (i + 1 < n && !wrapped[i])
			norm[written++] = '\n';
		if (i > 0)
			line->joined = wrapped[i - 1];
	}
	norm[written] = '\0';
	doc->norm = norm;
	doc->norm_length = written;
}

void
cf_segment_unwrap(CfSegmenter *segmenter)
{
	CfDocument *doc = segmenter->doc;
	const CfLineKind *kinds = segmenter->kinds;
	guint n = segmenter->n_lines;
	if (n < UNWRAP_MIN_LINES + 1)
		return;
	for (guint i = 0; i < n; i++)
		if (g_array_index(doc->lines, CfLine, i).joined)
			return; /* done before: a document segmented again */

	/* the text lines, but for those of a flattened table (a cell line and the lines that
	 * continue its cell up to a blank line) */
	g_autofree gboolean *prose = g_new0(gboolean, n);
	gboolean in_table = FALSE;
	for (guint i = 0; i < n; i++) {
		if (kinds[i] == CF_LINE_CELL)
			in_table = TRUE;
		else if (kinds[i] == CF_LINE_BLANK)
			in_table = FALSE;
		prose[i] = !in_table && kinds[i] == CF_LINE_TEXT;
	}

	/* the lines that may run on into the next, with how they end.  Only those that end in
	 * mid-sentence count towards the document being hard-wrapped: a line that ends a clause
	 * may as well be an item of a list a line (一是…；) */
	g_autofree gboolean *wrapped = g_new0(gboolean, n);
	g_autofree gboolean *open = g_new0(gboolean, n);
	guint candidates = 0;
	for (guint i = 0; i + 1 < n; i++) {
		if (!prose[i] || kinds[i + 1] != CF_LINE_TEXT)
			continue;
		const CfLine *line = &g_array_index(doc->lines, CfLine, i);
		LineEnd ends =
			line_end(doc->norm, line->norm_offset, line->norm_offset + line->norm_length);
		if (ends == ENDS_SENTENCE || !may_continue(doc, line, line + 1))
			continue;
		wrapped[i] = TRUE;
		open[i] = ends == ENDS_OPEN;
		candidates += open[i];
	}
	if (candidates < UNWRAP_MIN_LINES)
		return;

	/* the full width: what most long text lines reach */
	g_autofree guint *widths = g_new0(guint, n);
	g_autofree guint *sorted = g_new(guint, n);
	guint n_long = 0;
	for (guint i = 0; i < n; i++) {
		if (!prose[i])
			continue;
		widths[i] = line_width(doc, &g_array_index(doc->lines, CfLine, i));
		if (widths[i] >= UNWRAP_MIN_WIDTH)
			sorted[n_long++] = widths[i];
	}
	if (n_long < UNWRAP_MIN_LINES + 1)
		return;
	qsort(sorted, n_long, sizeof *sorted, compare_widths);
	guint64 full = sorted[(n_long - 1) * UNWRAP_WIDTH_PERCENTILE / 100];
	guint64 n_full = 0, n_open = 0;
	for (guint i = 0; i < n; i++) {
		gboolean filled =
			widths[i] > 0 && (guint64)widths[i] * 100 >= full * UNWRAP_FULL_PERCENT;
		n_full += filled;
		wrapped[i] = wrapped[i] && filled;
		n_open += wrapped[i] && open[i];
	}
	if (n_open < UNWRAP_MIN_LINES || n_open * 100 < n_full * UNWRAP_MIN_SHARE_PERCENT)
		return;
	join_lines(doc, wrapped);
}
