/* cf-report-info.h — `crossfoot info`: what a document says about itself (title, report year,
 * issuing unit, report kind), each with the line it came from; "unknown" (null in JSON) where
 * the document does not state it.  The renderers format what they are given; the per-document
 * function of the batch computes the unit key and renders. */
#pragma once

#include <glib.h>

#include "model/cf-document.h"
#include "report/cf-run.h"

G_BEGIN_DECLS

/* One block per document, then a blank line:
 *   corpus/003.txt
 *     encoding: UTF-8
 *     title: 2022年度中共益阳市委组织部业务工作开展专项资金绩效自评报告 (line 1)
 *     year: 2022 (line 1)
 *     unit: 中共益阳市委组织部 (line 1, named in the title; key 益阳市/组织部)
 *     kind: 专项资金绩效自评 (line 2)
 * An inferred unit reads "unit: 开福区 (line 51, inferred: 开福区 named 3 times …; key 开福区)".
 * @unit_key is cf_metadata_unit_key() of the unit, NULL when unknown. */
void cf_report_info_text(const CfDocument *doc, const char *unit_key, GString *out);

/* One JSON object, every field always present (README), without a line end. */
void cf_report_info_json(const CfDocument *doc, const char *unit_key, GString *out);

/* user_data of cf_run_info_cb and cf_run_info_collect. */
typedef struct {
	gboolean json;  /* read only in the workers */
	GString *items; /* json: the objects collected so far, comma-separated; owned by the
	                 * caller, written in the calling thread only */
	guint n_items;
} CfRunInfo;

/* A CfRunDocumentFunc for `crossfoot info`: text goes to @out; json returns the object (a
 * char*) for cf_run_info_collect to append to info->items in input order. */
gpointer cf_run_info_cb(CfDocument *doc, GString *out, gpointer user_data);

/* The CfRunCollectFunc that goes with it. */
void cf_run_info_collect(const char *path, gpointer result, gpointer user_data);

G_END_DECLS
