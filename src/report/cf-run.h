/* cf-run.h — the batch driver shared by the subcommands: expand the paths, then for each file
 * ingest → segment → the subcommand's own work, on a pool of worker threads, and hand every
 * file's output over in input order.
 *
 * Output order is the order of cf_ingest_expand_paths() (stable, sorted), whatever the number
 * of threads and whatever their timing: `-j 1` and `-j 8` write the same bytes to both
 * streams.  A file that cannot be read is one line on stderr ("crossfoot: <message>"); a file
 * read with replacements gets one warning line per diagnostic ("x.txt:12:5: warning:
 * <message>"); the rest of the batch always goes on.
 *
 * Threads: the per-document function runs in worker threads, several documents at once; it
 * may read its user_data (and the lexicon, which is immutable once loaded) but must not change
 * anything shared.  What it returns is handed to the collect function in the calling thread,
 * one document after the other, in input order: that is where results are gathered.
 *
 * Memory: at most CF_RUN_WINDOW_PER_JOB × jobs documents are in flight (read, being worked on,
 * or done and waiting for an earlier one to be handed over); a document is freed by its worker
 * as soon as its output is made, so memory does not grow with the size of the batch. */
#pragma once

#include <stdio.h>

#include <glib.h>

#include "extract/cf-lexicon.h"
#include "model/cf-claim.h"
#include "model/cf-document.h"
#include "report/cf-report.h"

G_BEGIN_DECLS

/* A batch shows a progress line on stderr once it has run this long (terminal only). */
#define CF_RUN_PROGRESS_DELAY_USEC ((gint64)1000 * 1000)
/* and refreshes it at most this often */
#define CF_RUN_PROGRESS_INTERVAL_USEC ((gint64)100 * 1000)
/* Documents in flight per worker thread: enough to keep every worker busy while the next
 * document to hand over is still being worked on. */
#define CF_RUN_WINDOW_PER_JOB 4
/* More worker threads than this are never started (-j is clamped). */
#define CF_RUN_MAX_JOBS 256

typedef struct {
	const char *encoding; /* forced input encoding (iconv name), or NULL to detect */
	FILE *out;            /* where document output goes (stdout) */
	FILE *err;            /* where input errors, warnings and progress go (stderr) */
	gboolean progress; /* a progress line is allowed (the caller checked: a terminal, not CI) */
	guint jobs;        /* worker threads; 0: one per core (g_get_num_processors()) */
	gboolean no_metadata; /* the document function uses no CfMetadata: documents are
			       * segmented without it (cf_segment_document_blocks()) */
} CfRunOptions;

typedef struct {
	guint n_files;      /* files that were read (fully or with replacements) */
	guint n_unreadable; /* paths or files that could not be read at all */
	guint n_degraded;   /* files read with replacements (they carry diagnostics) */
} CfRunSummary;

/* Does a subcommand's work on one segmented document, in a worker thread: appends its output
 * to @out and returns what the collect function is handed (or NULL).  @doc is freed after. */
typedef gpointer (*CfRunDocumentFunc)(CfDocument *doc, GString *out, gpointer user_data);

/* Takes over @result (what the document function returned for @path, possibly NULL), in the
 * thread that called cf_run_batch(), in input order, after that document's output was
 * written.  Called for every file that was read, never for one that could not be. */
typedef void (*CfRunCollectFunc)(const char *path, gpointer result, gpointer user_data);

/* Runs @func over every file under @paths (NULL-terminated) and @collect (may be NULL when
 * @func always returns NULL) over its results.  Fills @summary.  Returns FALSE and sets @error
 * only when the output cannot be written; input problems are reported on options->err and
 * counted, never fatal. */
gboolean cf_run_batch(const char *const *paths, const CfRunOptions *options, CfRunDocumentFunc func,
		      CfRunCollectFunc collect, gpointer user_data, CfRunSummary *summary,
		      GError **error);

/* The number of worker threads @jobs asks for: 0 → one per core, clamped to
 * [1, CF_RUN_MAX_JOBS]. */
guint cf_run_resolve_jobs(guint jobs);

/* Renders a document's claims (a cf_report_claims_* function with a style). */
typedef void (*CfClaimsRenderFunc)(GPtrArray *claims, const CfReportStyle *style, GString *out);

/* user_data of cf_run_extract_cb: all borrowed, read only. */
typedef struct {
	const CfLexicon *lexicon;
	CfClaimsRenderFunc render;
	CfReportStyle style;
} CfRunExtract;

/* A CfRunDocumentFunc for `crossfoot extract`: extracts the claims and renders them; returns
 * NULL. */
gpointer cf_run_extract_cb(CfDocument *doc, GString *out, gpointer user_data);

G_END_DECLS
