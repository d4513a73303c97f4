#include "report/cf-report-findings.h"

#include <string.h>

#include "model/cf-utf8.h"
#include "report/cf-buffer.h"

#define SGR_RESET "\033[0m"
#define SGR_BOLD "\033[1m"
#define SGR_RED "\033[1;31m"
#define SGR_MAGENTA "\033[1;35m"
#define SGR_CYAN "\033[1;36m"
#define SGR_GREEN "\033[1;32m"

static guint
char_width(gunichar c)
{
	/* ASCII is never wide nor zero-width, and the blocks of Chinese text (CJK punctuation up
	 * to U+3029, ideographs, full-width forms) are wide throughout: a test holds every code
	 * point against GLib's tables */
	if (c < 0x80)
		return c == '\t' ? CF_REPORT_TAB_WIDTH : 1;
	if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
	    (c >= 0x3000 && c <= 0x3029) || (c >= 0xFF01 && c <= 0xFF60))
		return 2;
	if (g_unichar_iszerowidth(c))
		return 0;
	return g_unichar_iswide(c) ? 2 : 1;
}

/* The display width of text[0, length), or of its first characters when that passes @cap
 * (then the result is above @cap: enough to know the text is too wide). */
static guint
display_width_capped(const char *text, gsize length, guint cap)
{
	guint width = 0;
	const char *end = text + length;
	for (const char *p = text; p < end && width <= cap;) {
		guchar lead = (guchar)*p;
		/* the two commonest cases without decoding: ASCII, and a lead byte of U+5000 to
		 * U+9FFF (CJK ideographs, all wide) */
		if (lead < 0x80) {
			width += lead == '\t' ? CF_REPORT_TAB_WIDTH : 1;
			p++;
		} else if (lead >= 0xE5 && lead <= 0xE9) {
			width += 2;
			p += 3;
		} else {
			width += char_width(cf_utf8_char_at(p));
			p = g_utf8_next_char(p);
		}
	}
	return width;
}

guint
cf_report_display_width(const char *text, gsize length)
{
	return display_width_capped(text, length, G_MAXUINT - CF_REPORT_TAB_WIDTH);
}

static void
open_color(GString *out, const CfReportStyle *style, const char *sgr)
{
	if (style && style->color)
		g_string_append(out, sgr);
}

static void
close_color(GString *out, const CfReportStyle *style)
{
	if (style && style->color)
		g_string_append(out, SGR_RESET);
}

/* The byte offset of 1-based character @column in @line (clamped to the end). */
static const char *
column_pointer(const char *line, guint column)
{
	const char *p = line;
	for (guint i = 1; i < column && *p; i++)
		p = g_utf8_next_char(p);
	return p;
}

/* Writes @l's source line (an excerpt of it when too wide) and a caret line under its
 * [column, column + length). */
static void
append_source(GString *out, const CfReportStyle *style, const CfLocation *l)
{
	const char *source = l->source;
	if (source == NULL || source[0] == '\0' || l->column == 0)
		return;
	/* a kept excerpt (cf_finding_set_source) starts at source_column of the line */
	guint first = MAX(l->source_column, 1);
	guint column = l->column >= first ? l->column - first + 1 : 1;
	const char *start = source;
	const char *mark = column_pointer(source, column);
	const char *mark_end = column_pointer(mark, l->length + 1);
	const char *end = source + strlen(source);
	gboolean cut_left = FALSE, cut_right = FALSE;
	/* keep at most MAX width: some context before the mark, the rest after it */
	if (display_width_capped(source, end - source, CF_REPORT_MAX_SOURCE_WIDTH) >
	    CF_REPORT_MAX_SOURCE_WIDTH) {
		guint before = 0;
		start = mark;
		while (start > source && before < CF_REPORT_MAX_SOURCE_WIDTH / 3) {
			start = g_utf8_prev_char(start);
			before += char_width(cf_utf8_char_at(start));
		}
		cut_left = start > source;
		guint width = before;
		const char *p = mark;
		while (p < end && width < CF_REPORT_MAX_SOURCE_WIDTH) {
			width += char_width(cf_utf8_char_at(p));
			p = g_utf8_next_char(p);
		}
		if (p < mark_end)
			p = mark_end;
		cut_right = p < end;
		end = p;
	}
	/* the line goes on where the excerpt kept was cut */
	cut_left = cut_left || first > 1;
	cut_right = cut_right || l->source_cut_end;
	/* both lines at most: their fixed parts and colours, and each byte of the excerpt as
	 * wide as a TAB three times over (the line, the padding and the mark under it) */
	gsize span = (gsize)(MAX(end, mark_end) - start);
	char *c = cf_buffer_begin(out, 64 + 3 * span * MAX(CF_REPORT_TAB_WIDTH, 2));
	c = CF_CURSOR_PUT_LITERAL(c, "    ");
	if (cut_left)
		c = CF_CURSOR_PUT_LITERAL(c, "…");
	/* the text as it is, but a TAB as spaces */
	for (const char *p = start; p < end;) {
		const char *tab = memchr(p, '\t', end - p);
		const char *stop = tab ? tab : end;
		c = cf_cursor_put(c, p, stop - p);
		if (tab) {
			memset(c, ' ', CF_REPORT_TAB_WIDTH);
			c += CF_REPORT_TAB_WIDTH;
		}
		p = tab ? tab + 1 : end;
	}
	if (cut_right)
		c = CF_CURSOR_PUT_LITERAL(c, "…");
	*c++ = '\n';

	c = CF_CURSOR_PUT_LITERAL(c, "    ");
	guint pad = cf_report_display_width(start, mark - start) + (cut_left ? 1 : 0);
	memset(c, ' ', pad);
	c += pad;
	gboolean color = style && style->color;
	if (color)
		c = CF_CURSOR_PUT_LITERAL(c, SGR_GREEN);
	*c++ = '^';
	guint marked = mark_end > mark ? cf_report_display_width(mark, MIN(mark_end, end) - mark) : 1;
	if (marked > 1) {
		memset(c, '~', marked - 1);
		c += marked - 1;
	}
	if (color)
		c = CF_CURSOR_PUT_LITERAL(c, SGR_RESET);
	*c++ = '\n';
	cf_buffer_end(out, c);
}

static const char *
severity_color(CfSeverity severity)
{
	switch (severity) {
	case CF_SEVERITY_ERROR:
		return SGR_RED;
	case CF_SEVERITY_WARNING:
		return SGR_MAGENTA;
	default:
		return SGR_CYAN;
	}
}

static void
append_location_head(GString *out, const CfReportStyle *style, const CfLocation *l)
{
	open_color(out, style, SGR_BOLD);
	cf_buffer_put_str(out, l->file);
	cf_buffer_put_c(out, ':');
	cf_json_append_uint(out, l->line);
	cf_buffer_put_c(out, ':');
	cf_json_append_uint(out, l->column);
	cf_buffer_put_c(out, ':');
	close_color(out, style);
}

void
cf_report_findings_text(GPtrArray *findings, const CfReportStyle *style, GString *out)
{
	for (guint i = 0; i < findings->len; i++) {
		const CfFinding *f = g_ptr_array_index(findings, i);
		append_location_head(out, style, &f->primary);
		g_string_append_c(out, ' ');
		open_color(out, style, severity_color(f->severity));
		cf_buffer_put_str(out, cf_severity_to_string(f->severity));
		cf_buffer_put_c(out, ':');
		close_color(out, style);
		cf_buffer_put_c(out, ' ');
		cf_buffer_put_str(out, f->message);
		CF_BUFFER_PUT_LITERAL(out, " [");
		cf_buffer_put_str(out, f->rule);
		CF_BUFFER_PUT_LITERAL(out, "]\n");
		append_source(out, style, &f->primary);
		guint shown = f->related->len;
		if (shown > CF_REPORT_MAX_RELATED_SHOWN + 1)
			shown = CF_REPORT_MAX_RELATED_SHOWN;
		for (guint k = 0; k < shown; k++) {
			const CfLocation *l = &g_array_index(f->related, CfLocation, k);
			append_location_head(out, style, l);
			g_string_append_c(out, ' ');
			open_color(out, style, SGR_CYAN);
			g_string_append(out, "note:");
			close_color(out, style);
			cf_buffer_put_c(out, ' ');
			cf_buffer_put_str(out, l->note ? l->note : "related");
			cf_buffer_put_c(out, '\n');
			append_source(out, style, l);
		}
		if (shown < f->related->len) {
			const CfLocation *first = &g_array_index(f->related, CfLocation, shown);
			const CfLocation *last = &g_array_index(f->related, CfLocation, f->related->len - 1);
			g_string_append_printf(out, "    … and %u more related places (lines %u–%u; all of "
						    "them in --format json)\n",
					       f->related->len - shown, first->line, last->line);
		}
		if (f->suggestion) {
			g_string_append(out, "    ");
			open_color(out, style, SGR_GREEN);
			g_string_append(out, "suggestion:");
			close_color(out, style);
			cf_buffer_put_c(out, ' ');
			cf_buffer_put_str(out, f->suggestion);
			cf_buffer_put_c(out, '\n');
		}
	}
}
