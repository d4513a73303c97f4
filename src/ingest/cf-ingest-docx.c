/* cf-ingest-docx.c — a Word document (.docx) to the text the later stages read.
 *
 * The body, word/document.xml, is read with GLib's GMarkup (WordprocessingML needs no DTD
 * and uses only XML's own entities).  The text is written as Word's "save as plain text"
 * would, with tables made explicit:
 * - each paragraph (w:p) is a line; a line break (w:br, w:cr) inside it ends a line too;
 *   a tab (w:tab) is a space; page and column breaks are dropped;
 * - each row of a table (w:tr) is a line of cells between `|`: `| 项目 | 预算数 | 执行数 |`.
 *   A cell's paragraphs are joined by a space; a cell spanning N grid columns (w:gridSpan)
 *   is followed by N - 1 empty cells, and cells a row leaves out at its start (w:gridBefore)
 *   are written empty, so each figure stays under its header; a cell that continues a
 *   vertical merge is empty.  A `|` inside a cell becomes `/`.  A table nested in a cell is
 *   written into that cell.  A blank line ends each table;
 * - only text that is shown is taken: deleted or moved-away text of tracked changes
 *   (w:del, w:moveFrom), field instructions (w:instrText) and the fallback copy of drawn
 *   content (mc:Fallback, which repeats mc:Choice) are skipped.
 * Word's automatic list numbers (w:numPr) are not part of the text and are not rendered.
 * Line numbers in findings count the lines of this text. */
#include "ingest/cf-ingest-private.h"
#include "ingest/cf-ingest.h"

#include <string.h>

#include "model/cf-error.h"

#define DOCUMENT_MEMBER "word/document.xml"

typedef struct {
	GString *out;
	guint skip;        /* depth inside an element whose content is not shown */
	guint text;        /* depth inside w:t */
	guint run;         /* depth inside w:r (a tab stop in w:pPr is no tab) */
	guint table;       /* depth of tables (0: body text) */
	gboolean row_open; /* a row of the outermost table is being written */
	guint cells;       /* cells written in the row so far */
	guint span;        /* grid columns of the open outermost cell (w:gridSpan) */
	guint paragraphs;  /* paragraphs closed in the open outermost cell */
	gboolean vmerge_continue;
} DocxReader;

/* The local name of a prefixed element name (w:p → p), when its prefix is @prefix. */
static const char *
local_name(const char *element, const char *prefix)
{
	gsize n = strlen(prefix);
	if (strncmp(element, prefix, n) == 0 && element[n] == ':')
		return element + n + 1;
	return NULL;
}

static const char *
attribute(const char **names, const char **values, const char *wanted)
{
	for (guint i = 0; names[i]; i++)
		if (strcmp(names[i], wanted) == 0)
			return values[i];
	return NULL;
}

/* A count attribute (w:val="3"), at least 1, at most 64 (a grid wider is damaged). */
static guint
count_value(const char **names, const char **values)
{
	const char *value = attribute(names, values, "w:val");
	guint64 n = 1;
	if (value == NULL || !g_ascii_string_to_unsigned(value, 10, 1, 64, &n, NULL))
		return 1;
	return (guint)n;
}

/* A space between two pieces of a cell, one only. */
static void
space(DocxReader *r)
{
	if (r->out->len && r->out->str[r->out->len - 1] != ' ')
		g_string_append_c(r->out, ' ');
}

static void
open_cell(DocxReader *r)
{
	g_string_append(r->out, r->cells == 0 ? "| " : " | ");
	r->cells++;
}

static void
start_cb(GMarkupParseContext *context, const char *element, const char **names,
	 const char **values, gpointer data, GError **error)
{
	(void)context;
	(void)error;
	DocxReader *r = data;
	if (r->skip) {
		r->skip++;
		return;
	}
	if (strcmp(element, "mc:Fallback") == 0) {
		r->skip = 1;
		return;
	}
	const char *w = local_name(element, "w");
	if (w == NULL)
		return;
	/* text is read only inside w:t, so a field's code (w:instrText) and deleted text
	 * (w:delText) are never read; deleted runs and a move's source are skipped whole,
	 * their tabs and breaks too (a move's source keeps its w:t) */
	if (strcmp(w, "del") == 0 || strcmp(w, "moveFrom") == 0) {
		r->skip = 1;
	} else if (strcmp(w, "r") == 0) {
		r->run++;
	} else if (strcmp(w, "t") == 0) {
		r->text++;
	} else if (strcmp(w, "tab") == 0 && r->run > 0 && r->text == 0) {
		g_string_append_c(r->out, ' ');
	} else if (r->run > 0 && (strcmp(w, "br") == 0 || strcmp(w, "cr") == 0)) {
		const char *type = attribute(names, values, "w:type");
		if (type != NULL && (strcmp(type, "page") == 0 || strcmp(type, "column") == 0))
			return;
		if (r->table)
			space(r);
		else
			g_string_append_c(r->out, '\n');
	} else if (strcmp(w, "tbl") == 0) {
		if (r->table == 0 && r->out->len && r->out->str[r->out->len - 1] != '\n')
			g_string_append_c(r->out, '\n');
		r->table++;
	} else if (r->table == 1 && strcmp(w, "tr") == 0) {
		r->row_open = TRUE;
		r->cells = 0;
	} else if (r->table == 1 && strcmp(w, "gridBefore") == 0 && r->row_open && r->cells == 0) {
		for (guint i = count_value(names, values); i > 0; i--)
			open_cell(r);
	} else if (r->table == 1 && strcmp(w, "tc") == 0) {
		open_cell(r);
		r->span = 1;
		r->paragraphs = 0;
		r->vmerge_continue = FALSE;
	} else if (r->table == 1 && strcmp(w, "gridSpan") == 0) {
		r->span = count_value(names, values);
	} else if (r->table == 1 && strcmp(w, "vMerge") == 0) {
		const char *value = attribute(names, values, "w:val");
		r->vmerge_continue = value == NULL || strcmp(value, "continue") == 0;
	} else if (r->table >= 1 && (strcmp(w, "tr") == 0 || strcmp(w, "tc") == 0)) {
		space(r); /* a nested table's row or cell */
	}
}

static void
end_cb(GMarkupParseContext *context, const char *element, gpointer data, GError **error)
{
	(void)context;
	(void)error;
	DocxReader *r = data;
	if (r->skip) {
		r->skip--;
		return;
	}
	const char *w = local_name(element, "w");
	if (w == NULL)
		return;
	if (strcmp(w, "r") == 0) {
		if (r->run)
			r->run--;
	} else if (strcmp(w, "t") == 0) {
		if (r->text)
			r->text--;
	} else if (strcmp(w, "p") == 0) {
		if (r->table == 0)
			g_string_append_c(r->out, '\n');
		else if (r->table == 1)
			r->paragraphs++;
		else
			space(r);
	} else if (strcmp(w, "tbl") == 0 && r->table) {
		r->table--;
		if (r->table == 0)
			g_string_append_c(r->out, '\n'); /* a blank line ends the table */
	} else if (r->table == 1 && strcmp(w, "tc") == 0) {
		for (guint i = 1; i < r->span; i++)
			open_cell(r);
	} else if (r->table == 1 && strcmp(w, "tr") == 0 && r->row_open) {
		g_string_append(r->out, r->cells ? " |\n" : "\n");
		r->row_open = FALSE;
	}
}

static void
text_cb(GMarkupParseContext *context, const char *text, gsize length, gpointer data,
	GError **error)
{
	(void)context;
	(void)error;
	DocxReader *r = data;
	if (r->skip || r->text == 0 || r->vmerge_continue)
		return;
	if (r->table == 0) {
		g_string_append_len(r->out, text, (gssize)length);
		return;
	}
	/* a cell's second paragraph starts after a space; its own line ends and bars would
	 * end or split the row */
	if (r->table == 1 && r->paragraphs > 0) {
		space(r);
		r->paragraphs = 0;
	}
	for (gsize i = 0; i < length; i++) {
		char c = text[i];
		g_string_append_c(r->out, c == '\n' || c == '\r' ? ' ' : c == '|' ? '/' : c);
	}
}

static const GMarkupParser docx_parser = {start_cb, end_cb, text_cb, NULL, NULL};

char *
cf_ingest_docx_text(const guint8 *bytes, gsize length, gboolean *is_docx, gsize *text_length,
		    GError **error)
{
	g_autoptr(GString) out = g_string_new(NULL);
	DocxReader reader = {.out = out};
	if (!cf_ingest_zip_parse_member(bytes, length, DOCUMENT_MEMBER, &docx_parser, &reader,
					is_docx, error) ||
	    !*is_docx)
		return NULL; /* @error is set, or *@is_docx is FALSE */
	*text_length = out->len;
	return g_string_free(g_steal_pointer(&out), FALSE);
}
