/* cf-run-check.h — the work of `crossfoot check` over a batch: each document is extracted and
 * checked in a worker thread; its findings (which copy their source lines) and, when asked
 * for, its record (model/cf-record.h) are kept for the end of the run, and the document goes.
 * After the batch, the stages that look across documents run over the records, and their
 * findings are merged with the others in one sorted list. */
#pragma once

#include "check/cf-check.h"
#include "model/cf-record.h"
#include "report/cf-run.h"

G_BEGIN_DECLS

/* The checks across documents (src/crossdoc/) are called after the batch once they are part of
 * the tree (-DCF_RUN_CHECK_HAVE_CROSSDOC=0 builds without them). */
#ifndef CF_RUN_CHECK_HAVE_CROSSDOC
#if defined(__has_include)
#if __has_include("crossdoc/cf-crossdoc.h")
#define CF_RUN_CHECK_HAVE_CROSSDOC 1
#endif
#endif
#endif
#ifndef CF_RUN_CHECK_HAVE_CROSSDOC
#define CF_RUN_CHECK_HAVE_CROSSDOC 0
#endif

typedef struct _CfRunCheck CfRunCheck;

/* Runs after every document of the batch was checked (and before the checks across
 * documents): may add records (e.g. last year's, from a history database) to run->records,
 * store them, or add findings to run->findings.  Returns FALSE and sets @error when that work
 * could not be done (the run then ends with that error). */
typedef gboolean (*CfRunCheckAfterBatchFunc)(CfRunCheck *run, gpointer data, GError **error);

/* user_data of cf_run_check_cb and cf_run_check_collect_cb.  The workers only read it; the
 * arrays are filled in the calling thread, in input order. */
struct _CfRunCheck {
	const CfLexicon *lexicon;      /* borrowed */
	const CfCheckOptions *options; /* borrowed */
	GPtrArray *findings;  /* CfFinding*, owned by the caller; each document's are appended */
	GPtrArray *records;   /* CfRecord*, owned by the caller, one per document read, in input
	                       * order; NULL: records are not kept */
	CfRunCheckAfterBatchFunc after_batch; /* or NULL */
	gpointer after_batch_data;
};

/* A CfRunDocumentFunc for `crossfoot check`: extracts and checks @doc in the worker; its
 * findings (and record when run->records is set) are what cf_run_check_collect_cb takes. */
gpointer cf_run_check_cb(CfDocument *doc, GString *out, gpointer user_data);

/* The CfRunCollectFunc that goes with it: appends a document's findings to run->findings and
 * its record to run->records. */
void cf_run_check_collect_cb(const char *path, gpointer result, gpointer user_data);

/* Whether a batch should keep records: a stage after the batch needs them. */
gboolean cf_run_check_wants_records(const CfRunCheck *run);

/* After the batch: runs run->after_batch, then the checks across documents over run->records
 * (when they are built in and records were kept), merges their findings into run->findings
 * and sorts the whole list (cf_finding_compare).  Fails only when after_batch fails. */
gboolean cf_run_check_finish(CfRunCheck *run, GError **error);

/* Appends the end-of-run summary (README, "Summary"): documents checked, input errors,
 * findings per severity, the documents with the most errors.  @findings are CfFinding*. */
void cf_run_check_summary(const CfRunSummary *summary, GPtrArray *findings, GString *out);

/* The summary lists at most this many documents with errors. */
#define CF_RUN_SUMMARY_TOP 5

G_END_DECLS
