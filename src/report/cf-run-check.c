/* cf-run-check.c — `crossfoot check` over a batch: per-document work in the workers, results
 * gathered in input order, the stages across documents after the batch, the summary. */
#include "report/cf-run-check.h"

#include <string.h>

#include "extract/cf-extract.h"
#if CF_RUN_CHECK_HAVE_CROSSDOC
#include "crossdoc/cf-crossdoc.h"
#endif

/* What a worker hands over for one document. */
typedef struct {
	GPtrArray *findings; /* CfFinding*, owned */
	CfRecord *record;    /* or NULL */
} DocumentResult;

gboolean
cf_run_check_wants_records(const CfRunCheck *run)
{
	return run->after_batch != NULL || CF_RUN_CHECK_HAVE_CROSSDOC;
}

gpointer
cf_run_check_cb(CfDocument *doc, GString *out, gpointer user_data)
{
	const CfRunCheck *run = user_data;
	g_autoptr(GPtrArray) claims = cf_extract_document(run->lexicon, doc);
	DocumentResult *result = g_new0(DocumentResult, 1);
	result->findings = cf_check_document(run->lexicon, doc, claims, run->options);
	if (run->records != NULL)
		result->record = cf_record_new_from_document(doc, claims, NULL);
	return result;
}

void
cf_run_check_collect_cb(const char *path, gpointer data, gpointer user_data)
{
	CfRunCheck *run = user_data;
	DocumentResult *result = data;
	g_ptr_array_extend_and_steal(run->findings, g_steal_pointer(&result->findings));
	if (result->record != NULL)
		g_ptr_array_add(run->records, result->record);
	g_free(result);
}

gboolean
cf_run_check_finish(CfRunCheck *run, GError **error)
{
	if (run->after_batch != NULL && !run->after_batch(run, run->after_batch_data, error))
		return FALSE;
#if CF_RUN_CHECK_HAVE_CROSSDOC
	if (run->records != NULL) {
		GPtrArray *across = cf_crossdoc_check(run->records, run->options);
		if (across != NULL)
			g_ptr_array_extend_and_steal(run->findings, across);
	}
#else
	/* LEAD: the checks across documents go here once src/crossdoc/cf-crossdoc.h exists:
	 * GPtrArray *across = cf_crossdoc_check(run->records, run->options), its findings moved
	 * into run->findings (the sort below merges them). */
#endif
	g_ptr_array_sort(run->findings, cf_finding_compare_ptr);
	return TRUE;
}

typedef struct {
	const char *path;
	guint errors;
} DocumentErrors;

static gint
compare_most_errors(gconstpointer a, gconstpointer b)
{
	const DocumentErrors *x = a, *y = b;
	if (x->errors != y->errors)
		return x->errors > y->errors ? -1 : 1;
	return strcmp(x->path, y->path);
}

void
cf_run_check_summary(const CfRunSummary *summary, GPtrArray *findings, GString *out)
{
	guint per_severity[CF_SEVERITY_ERROR + 1] = {0};
	g_autoptr(GHashTable) errors = g_hash_table_new(g_str_hash, g_str_equal);
	for (guint i = 0; i < findings->len; i++) {
		const CfFinding *f = g_ptr_array_index(findings, i);
		per_severity[f->severity]++;
		if (f->severity != CF_SEVERITY_ERROR)
			continue;
		guint n = GPOINTER_TO_UINT(g_hash_table_lookup(errors, f->primary.file));
		g_hash_table_insert(errors, f->primary.file, GUINT_TO_POINTER(n + 1));
	}
	g_autoptr(GArray) most = g_array_new(FALSE, FALSE, sizeof(DocumentErrors));
	GHashTableIter iter;
	gpointer key, value;
	g_hash_table_iter_init(&iter, errors);
	while (g_hash_table_iter_next(&iter, &key, &value)) {
		DocumentErrors d = {key, GPOINTER_TO_UINT(value)};
		g_array_append_val(most, d);
	}
	g_array_sort(most, compare_most_errors);

	g_string_append(out, "summary\n");
	g_string_append_printf(out, "  %-18s %u\n", "documents checked", summary->n_files);
	g_string_append_printf(out, "  %-18s %u (unreadable %u, repaired %u)\n", "input errors",
			       summary->n_unreadable + summary->n_degraded, summary->n_unreadable,
			       summary->n_degraded);
	g_string_append_printf(out, "  %-18s %u (error %u, warning %u, note %u)\n", "findings",
			       findings->len, per_severity[CF_SEVERITY_ERROR],
			       per_severity[CF_SEVERITY_WARNING], per_severity[CF_SEVERITY_NOTE]);
	if (most->len == 0) {
		g_string_append_printf(out, "  %-18s none\n", "most errors");
		return;
	}
	guint shown = MIN(most->len, CF_RUN_SUMMARY_TOP);
	int width = g_snprintf(NULL, 0, "%u", g_array_index(most, DocumentErrors, 0).errors);
	for (guint i = 0; i < shown; i++) {
		const DocumentErrors *d = &g_array_index(most, DocumentErrors, i);
		g_string_append_printf(out, "  %-18s %*u %s\n", i == 0 ? "most errors" : "", width,
				       d->errors, d->path);
	}
}
