#include "report/cf-run-check.h"

#include "extract/cf-extract.h"

void
cf_run_check_cb(CfDocument *doc, GString *out, gpointer user_data)
{
	CfRunCheck *run = user_data;
	g_autoptr(GPtrArray) claims = cf_extract_document(run->lexicon, doc);
	g_autoptr(GPtrArray) findings = cf_check_document(run->lexicon, doc, claims, run->options);
	for (guint i = 0; i < findings->len; i++)
		g_ptr_array_add(run->findings, g_ptr_array_steal_index_fast(findings, i--));
}
