/* cf-report-text.c — `crossfoot text` (see cf-report-text.h). */
#include "report/cf-report-text.h"

gpointer
cf_run_text_cb(CfDocument *doc, GString *out, gpointer user_data)
{
	(void)user_data;
	for (guint i = 0; i < doc->lines->len; i++) {
		const CfLine *line = cf_document_get_line(doc, i + 1);
		g_string_append_printf(out, "%s:%u:", doc->path, line->number);
		g_string_append_len(out, doc->text + line->text_offset, (gssize)line->text_length);
		g_string_append_c(out, '\n');
	}
	return NULL;
}
