/* cf-run.c — the batch driver: documents worked on by worker threads, handed over in input
 * order by the calling thread (cf-parallel.h).
 *
 * The calling thread owns everything that is written: the workers start documents (at most a
 * window of them ahead of the next one to hand over); the calling thread writes each
 * document's stderr lines, then its output, then collects its result, strictly in input
 * order.  Workers share nothing but read-only data: each ingests, segments
 * and works on its own document and formats its own stderr lines into its own buffer. */
#include "report/cf-run.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "extract/cf-extract.h"
#include "ingest/cf-ingest.h"
#include "model/cf-error.h"
#include "model/cf-parallel.h"
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

/* One file of the batch.  Filled by the worker that processes it; read by the calling thread
 * once the item is done (cf-parallel.c's lock orders the memory accesses). */
typedef struct {
	const char *path; /* borrowed from the list of files */
	GString *out;     /* the document's output */
	GString *err;     /* its stderr lines: the read error, or one warning per diagnostic */
	gpointer result;  /* what the document function returned */
	gboolean read;    /* the file could be read */
	gboolean degraded; /* read with replacements */
} Item;

typedef struct {
	const CfRunOptions *options;
	CfIngestOptions ingest;
	CfRunDocumentFunc func;
	gpointer user_data;
} Shared;

static void
append_diagnostics(GString *err, const CfDocument *doc)
{
	for (guint i = 0; i < doc->diagnostics->len; i++) {
		const CfDiagnostic *d = g_ptr_array_index(doc->diagnostics, i);
		if (d->line == 0)
			g_string_append_printf(err, "%s: warning: %s\n", doc->path, d->message);
		else
			g_string_append_printf(err, "%s:%u:%u: warning: %s\n", doc->path, d->line,
					       d->column, d->message);
	}
}

/* Everything one document needs, in whatever thread runs it. */
static void
process_item(const Shared *shared, Item *item)
{
	g_autoptr(GError) local_error = NULL;
	item->out = g_string_new(NULL);
	item->err = g_string_new(NULL);
	g_autoptr(CfDocument) doc = cf_ingest_file(item->path, &shared->ingest, &local_error);
	if (doc == NULL) {
		g_string_append_printf(item->err, "crossfoot: %s\n", local_error->message);
		return;
	}
	item->read = TRUE;
	if (doc->diagnostics != NULL && doc->diagnostics->len > 0) {
		append_diagnostics(item->err, doc);
		item->degraded = TRUE;
	}
	if (shared->options->no_metadata)
		cf_segment_document_blocks(doc);
	else
		cf_segment_document(doc);
	item->result = shared->func(doc, item->out, shared->user_data);
}

static gboolean
write_all(FILE *stream, const GString *text, GError **error)
{
	if (text->len == 0)
		return TRUE;
	if (fwrite(text->str, 1, text->len, stream) != text->len) {
		int saved = errno;
		g_set_error(error, CF_ERROR, CF_ERROR_IO, "cannot write output: %s",
			    g_strerror(saved));
		return FALSE;
	}
	return TRUE;
}

guint
cf_run_resolve_jobs(guint jobs)
{
	if (jobs == 0)
		jobs = g_get_num_processors();
	return CLAMP(jobs, 1, CF_RUN_MAX_JOBS);
}

typedef struct {
	Shared shared;
	Progress progress;
	CfRunCollectFunc collect;
	CfRunSummary *summary;
	Item *items;
	guint n_items;
	GError *write_error; /* the first output failure: nothing more is written after it */
	gboolean out_is_terminal;
} Batch;

static gpointer
work_cb(guint index, gpointer data)
{
	Batch *batch = data;
	process_item(&batch->shared, &batch->items[index]);
	return NULL;
}

static void
tick_cb(guint done, gpointer data)
{
	Batch *batch = data;
	if (batch->write_error == NULL)
		progress_update(&batch->progress, done, batch->n_items);
}

/* Writes @item's stderr lines and output, counts it, and hands its result over. */
static void
hand_over(Batch *batch, Item *item)
{
	const CfRunOptions *options = batch->shared.options;
	if (item->read)
		batch->summary->n_files++;
	else
		batch->summary->n_unreadable++;
	if (item->degraded)
		batch->summary->n_degraded++;
	/* the progress line shares the terminal with stderr, and with stdout only when that is
	 * a terminal too (output to a file or a pipe leaves it alone: no flicker) */
	if (batch->write_error == NULL &&
	    (item->err->len > 0 || (item->out->len > 0 && batch->out_is_terminal)))
		progress_clear(&batch->progress);
	if (batch->write_error == NULL)
		write_all(options->err, item->err, NULL);
	if (batch->write_error == NULL)
		write_all(options->out, item->out, &batch->write_error);
	g_string_free(g_steal_pointer(&item->out), TRUE);
	g_string_free(g_steal_pointer(&item->err), TRUE);
	if (item->read && batch->collect != NULL)
		batch->collect(item->path, g_steal_pointer(&item->result),
			       batch->shared.user_data);
	else
		g_warn_if_fail(item->result == NULL);
}

/* After an output failure the documents already started are still handed over (their results
 * collected), none is started after it. */
static gboolean
take_cb(guint index, gpointer result, gpointer data)
{
	(void)result;
	Batch *batch = data;
	hand_over(batch, &batch->items[index]);
	return batch->write_error == NULL;
}

gboolean
cf_run_batch(const char *const *paths, const CfRunOptions *options, CfRunDocumentFunc func,
	     CfRunCollectFunc collect, gpointer user_data, CfRunSummary *summary, GError **error)
{
	g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func((GDestroyNotify)g_error_free);
	g_autoptr(GPtrArray) files = cf_ingest_expand_paths(paths, errors);
	Batch batch = {
		.shared = {.options = options,
			   .ingest = {.encoding = options->encoding},
			   .func = func,
			   .user_data = user_data},
		.progress = {.options = options, .start = g_get_monotonic_time()},
		.collect = collect,
		.summary = summary,
		.out_is_terminal = isatty(fileno(options->out)),
	};

	memset(summary, 0, sizeof *summary);
	for (guint i = 0; i < errors->len; i++) {
		const GError *e = g_ptr_array_index(errors, i);
		fprintf(options->err, "crossfoot: %s\n", e->message);
		summary->n_unreadable++;
	}

	guint n = files->len;
	g_autofree Item *items = g_new0(Item, MAX(n, 1));
	for (guint i = 0; i < n; i++)
		items[i].path = g_ptr_array_index(files, i);
	batch.items = items;
	batch.n_items = n;
	guint jobs = cf_run_resolve_jobs(options->jobs);
	CfParallel parallel = {
		.jobs = jobs,
		.window = jobs * CF_RUN_WINDOW_PER_JOB,
		.work = work_cb,
		.take = take_cb,
		.tick = tick_cb,
		.tick_usec = CF_RUN_PROGRESS_INTERVAL_USEC,
		.data = &batch,
	};
	cf_parallel_run(&parallel, n);
	progress_clear(&batch.progress);

	if (batch.write_error != NULL) {
		g_propagate_error(error, batch.write_error);
		return FALSE;
	}
	if (fflush(options->out) != 0 || ferror(options->out)) {
		int saved = errno;
		g_set_error(error, CF_ERROR, CF_ERROR_IO, "cannot write output: %s",
			    g_strerror(saved));
		return FALSE;
	}
	return TRUE;
}

gpointer
cf_run_extract_cb(CfDocument *doc, GString *out, gpointer user_data)
{
	const CfRunExtract *extract = user_data;
	g_autoptr(GPtrArray) claims = cf_extract_document(extract->lexicon, doc);
	extract->render(claims, &extract->style, out);
	return NULL;
}
