/* cf-run.h — the batch driver shared by the subcommands: expand the paths, then for each file
 * in order ingest → segment → the subcommand's own work, write its output in one piece, and
 * report unreadable or degraded inputs on stderr.
 *
 * Output order is the order of cf_ingest_expand_paths() (stable, sorted), whatever happens to
 * any one file.  A file that cannot be read is one line on stderr ("crossfoot: <message>");
 * a file read with replacements gets one warning line per diagnostic
 * ("x.txt:12:5: warning: <message>"); the rest of the batch always goes on. */
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

typedef struct {
	const char *encoding; /* forced input encoding (iconv name), or NULL to detect */
	FILE *out;            /* where document output goes (stdout) */
	FILE *err;            /* where input errors, warnings and progress go (stderr) */
	gboolean progress; /* a progress line is allowed (the caller checked: a terminal, not CI) */
} CfRunOptions;

typedef struct {
	guint n_files;      /* files that were read (fully or with replacements) */
	guint n_unreadable; /* paths or files that could not be read at all */
	guint n_degraded;   /* files read with replacements (they carry diagnostics) */
} CfRunSummary;

/* Does a subcommand's work on one segmented document, appending its output to @out. */
typedef void (*CfRunDocumentFunc)(CfDocument *doc, GString *out, gpointer user_data);

/* Runs @func over every file under @paths (NULL-terminated).  Fills @summary.  Returns FALSE
 * and sets @error only when the output cannot be written; input problems are reported on
 * options->err and counted, never fatal. */
gboolean cf_run_batch(const char *const *paths, const CfRunOptions *options, CfRunDocumentFunc func,
		      gpointer user_data, CfRunSummary *summary, GError **error);

/* Renders a document's claims (a cf_report_claims_* function with a style). */
typedef void (*CfClaimsRenderFunc)(GPtrArray *claims, const CfReportStyle *style, GString *out);

/* user_data of cf_run_extract_cb: all borrowed. */
typedef struct {
	const CfLexicon *lexicon;
	CfClaimsRenderFunc render;
	CfReportStyle style;
} CfRunExtract;

/* A CfRunDocumentFunc for `crossfoot extract`: extracts the claims and renders them. */
void cf_run_extract_cb(CfDocument *doc, GString *out, gpointer user_data);

G_END_DECLS
