/* cf-run.c — the batch driver: one file after the other, output written in input order. */
#include "report/cf-run.h"

#include <errno.h>
#include <string.h>

#include "extract/cf-extract.h"
#include "ingest/cf-ingest.h"
#include "model/cf-error.h"
#include "segment/cf-segment.h"

typedef struct {
	const CfRunOptions *options;
	gint64 start;      /* monotonic µs when the batch began */
	gint64 last_shown; /* when the progress line was last drawn, 0 if never */
	gboolean showing;  /* a progress line is on the terminal now */
} Progress;

static void
progress_clear(Progress *progress)
{
	if (!progress->showing)
		return;
	fputs("\r\033[K", progress->options->err);
	fflush(progress->options->err);
	progress->showing = FALSE;
}

static void
progress_update(Progress *progress, guint done, guint total)
{
	if (!progress->options->progress)
		return;
	gint64 now = g_get_monotonic_time();
	if (now - progress->start < CF_RUN_PROGRESS_DELAY_USEC)
		return;
	if (progress->showing && now - progress->last_shown < CF_RUN_PROGRESS_INTERVAL_USEC)
		return;
	fprintf(progress->options->err, "\r\033[Kcrossfoot: %u/%u files", done, total);
	fflush(progress->options->err);
	progress->showing = TRUE;
	progress->last_shown = now;
}

static void
report_error(Progress *progress, const GError *error)
{
	progress_clear(progress);
	fprintf(progress->options->err, "crossfoot: %s\n", error->message);
}

static void
report_diagnostics(Progress *progress, const CfDocument *doc)
{
	if (doc->diagnostics == NULL || doc->diagnostics->len == 0)
		return;
	progress_clear(progress);
	for (guint i = 0; i < doc->diagnostics->len; i++) {
		const CfDiagnostic *d = g_ptr_array_index(doc->diagnostics, i);
		if (d->line == 0)
			fprintf(progress->options->err, "%s: warning: %s\n", doc->path, d->message);
		else
			fprintf(progress->options->err, "%s:%u:%u: warning: %s\n", doc->path,
				d->line, d->column, d->message);
	}
}

static gboolean
write_output(const CfRunOptions *options, const GString *out, GError **error)
{
	if (out->len == 0)
		return TRUE;
	if (fwrite(out->str, 1, out->len, options->out) != out->len) {
		int saved = errno;
		g_set_error(error, CF_ERROR, CF_ERROR_IO, "cannot write output: %s",
			    g_strerror(saved));
		return FALSE;
	}
	return TRUE;
}

gboolean
cf_run_batch(const char *const *paths, const CfRunOptions *options, CfRunDocumentFunc func,
	     gpointer user_data, CfRunSummary *summary, GError **error)
{
	Progress progress = {.options = options, .start = g_get_monotonic_time()};
	g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func((GDestroyNotify)g_error_free);
	g_autoptr(GPtrArray) files = cf_ingest_expand_paths(paths, errors);
	CfIngestOptions ingest = {.encoding = options->encoding};
	g_autoptr(GString) out = g_string_sized_new(64 * 1024);

	memset(summary, 0, sizeof *summary);
	for (guint i = 0; i < errors->len; i++) {
		report_error(&progress, g_ptr_array_index(errors, i));
		summary->n_unreadable++;
	}

	for (guint i = 0; i < files->len; i++) {
		const char *path = g_ptr_array_index(files, i);
		g_autoptr(GError) local_error = NULL;

		progress_update(&progress, i, files->len);
		g_autoptr(CfDocument) doc = cf_ingest_file(path, &ingest, &local_error);
		if (doc == NULL) {
			report_error(&progress, local_error);
			summary->n_unreadable++;
			continue;
		}
		summary->n_files++;
		if (doc->diagnostics != NULL && doc->diagnostics->len > 0) {
			report_diagnostics(&progress, doc);
			summary->n_degraded++;
		}
		cf_segment_document(doc);

		g_string_truncate(out, 0);
		func(doc, out, user_data);
		if (out->len > 0)
			progress_clear(&progress);
		if (!write_output(options, out, error)) {
			progress_clear(&progress);
			return FALSE;
		}
	}
	progress_clear(&progress);
	if (fflush(options->out) != 0 || ferror(options->out)) {
		int saved = errno;
		g_set_error(error, CF_ERROR, CF_ERROR_IO, "cannot write output: %s",
			    g_strerror(saved));
		return FALSE;
	}
	return TRUE;
}

void
cf_run_extract_cb(CfDocument *doc, GString *out, gpointer user_data)
{
	const CfRunExtract *extract = user_data;
	g_autoptr(GPtrArray) claims = cf_extract_document(extract->lexicon, doc);
	extract->render(claims, &extract->style, out);
}
