/* cf-run-check.h — the work of `crossfoot check` over a batch: each document is extracted and
 * checked in a worker thread; in the calling thread, in input order, its findings are moved
 * to a temporary file (model/cf-spill.h) and its record (model/cf-record.h), when the checks
 * across documents need records, is handed to run->each_record (e.g. stored in the history
 * database) and then compacted to what those checks read; the document goes.  After the
 * batch, the checks across documents run over the compact records and move each finding to
 * the temporary file as they find it; one ordered pass then merges them with the documents'
 * and writes them all, each with its source lines, one path at a time.
 *
 * Memory: what stays per document until the end of the run is one entry of the spill's
 * index and, when records are kept, the compact record (cf_crossdoc_compact_record: the
 * metadata the checks across documents read and where its claims, sentence fingerprints and
 * lines are in the spill, about 350 bytes with its path); per finding across documents, 40
 * bytes of index.  The findings, claims, fingerprints and source lines wait in the temporary
 * file; the checks across documents sort what they note of each document in bounded memory
 * (CfKeyLog in src/crossdoc). */
#pragma once

#include <stdio.h>

#include "check/cf-check.h"
#include "model/cf-record.h"
#include "model/cf-spill.h"
#include "report/cf-report.h"
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
typedef struct _CfRunCheckPrivate CfRunCheckPrivate;

/* Called in the calling thread with the full record of each document read in this run, in
 * input order, before it is compacted (e.g. to store it in a history database).  Returns
 * FALSE and sets @error when that work could not be done: the run then stops handing records
 * over and ends with that error. */
typedef gboolean (*CfRunCheckRecordFunc)(const CfRecord *record, gpointer data, GError **error);

/* Runs after every document of the batch was checked (and before the checks across
 * documents): may add records (e.g. last year's, from a history database) to run->records,
 * each passed through cf_run_check_prepare_record() as it is read.  Returns FALSE and sets
 * @error when that work could not be done (the run then ends with that error). */
typedef gboolean (*CfRunCheckAfterBatchFunc)(CfRunCheck *run, gpointer data, GError **error);

/* user_data of cf_run_check_cb and cf_run_check_collect_cb.  Set the public fields, then
 * cf_run_check_init(); the workers only read it, the rest happens in the calling thread. */
struct _CfRunCheck {
	const CfLexicon *lexicon;      /* borrowed */
	const CfCheckOptions *options; /* borrowed */
	gboolean keep_records; /* records are made (set by cf_run_check_init() when a stage after
	                        * the batch reads them, see cf_run_check_wants_records) */
	GPtrArray *records;    /* CfRecord*, owned, compact, one per document read, in input
	                        * order, then those after_batch adds */
	CfRunCheckRecordFunc each_record; /* or NULL */
	gpointer each_record_data;
	CfRunCheckAfterBatchFunc after_batch; /* or NULL */
	gpointer after_batch_data;
	guint jobs; /* threads of the checks across documents (as CfRunOptions.jobs; 0: one
	             * per core); their findings do not depend on it */
	CfRunCheckPrivate *priv;
};

/* What the findings written so far add up to: the summary and the exit status read it. */
typedef struct {
	guint n_findings;
	guint per_severity[CF_SEVERITY_ERROR + 1];
	GHashTable *errors; /* primary file (owned) → GUINT_TO_POINTER(errors in it) */
} CfRunCheckTally;

void cf_run_check_tally_init(CfRunCheckTally *tally);
void cf_run_check_tally_add(CfRunCheckTally *tally, const CfFinding *finding);
void cf_run_check_tally_clear(CfRunCheckTally *tally);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(CfRunCheckTally, cf_run_check_tally_clear)

/* Prepares @run (its public fields set) for a batch: opens its temporary file.  FALSE when
 * that file cannot be created.  Release with cf_run_check_clear(). */
gboolean cf_run_check_init(CfRunCheck *run, GError **error);
void cf_run_check_clear(CfRunCheck *run);

/* A CfRunDocumentFunc for `crossfoot check`: extracts and checks @doc in the worker; its
 * findings (and record when run->keep_records) are what cf_run_check_collect_cb takes. */
gpointer cf_run_check_cb(CfDocument *doc, GString *out, gpointer user_data);

/* The CfRunCollectFunc that goes with it: spills a document's findings, hands its record to
 * run->each_record, then compacts it into run->records. */
void cf_run_check_collect_cb(const char *path, gpointer result, gpointer user_data);

/* Whether a batch should keep records: a stage after the batch needs them. */
gboolean cf_run_check_wants_records(const CfRunCheck *run);

/* Compacts @record (read after the batch: history, --claims) the way the batch's own records
 * are, moving its source lines to the run's temporary file.  A CfRecordFunc-shaped helper
 * for the loaders: @user_data is the CfRunCheck. */
void cf_run_check_prepare_record(CfRecord *record, gpointer user_data);

/* After the batch: fails with the first error of the batch (spill, each_record), runs
 * run->after_batch, then the checks across documents over run->records (when they are built
 * in and records were kept), their findings moved to the spill and put in order. */
gboolean cf_run_check_finish(CfRunCheck *run, GError **error);

/* The output formats of cf_run_check_write(). */
typedef enum {
	CF_RUN_CHECK_TEXT,
	CF_RUN_CHECK_JSON,
} CfRunCheckFormat;

/* After cf_run_check_finish(): writes every finding of the run, the documents' and those
 * across documents, sorted (cf_finding_compare; of equal ones, a document's before those
 * across documents, as one stable sort of them all would), to @out in @format, adding each to
 * @tally (initialised by the caller).  Only one document's findings are in memory at a time.
 * FALSE when the output or the temporary file cannot be written or read. */
gboolean cf_run_check_write(CfRunCheck *run, CfRunCheckFormat format, const CfReportStyle *style,
			    FILE *out, CfRunCheckTally *tally, GError **error);

/* Appends the end-of-run summary (README, "Summary"): documents checked, input errors,
 * findings per severity, the documents with the most errors. */
void cf_run_check_summary_tally(const CfRunSummary *summary, const CfRunCheckTally *tally,
				GString *out);

/* The same for @findings (CfFinding*), tallied first. */
void cf_run_check_summary(const CfRunSummary *summary, GPtrArray *findings, GString *out);

/* The summary lists at most this many documents with errors. */
#define CF_RUN_SUMMARY_TOP 5

G_END_DECLS
