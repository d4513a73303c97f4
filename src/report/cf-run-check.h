/* cf-run-check.h — the per-document work of `crossfoot check`: extract, check, keep the
 * findings (they copy their source lines, so the document can go). */
#pragma once

#include "check/cf-check.h"
#include "report/cf-run.h"

G_BEGIN_DECLS

/* user_data of cf_run_check_cb. */
typedef struct {
	const CfLexicon *lexicon;     /* borrowed */
	const CfCheckOptions *options; /* borrowed */
	GPtrArray *findings;          /* CfFinding*, owned by the caller; findings are appended */
} CfRunCheck;

/* A CfRunDocumentFunc for `crossfoot check`: appends the document's findings to
 * ((CfRunCheck *)user_data)->findings and writes nothing to @out. */
void cf_run_check_cb(CfDocument *doc, GString *out, gpointer user_data);

G_END_DECLS
