/* cf-report.h — renderers.  They only format what they are given and compute nothing;
 * each appends to a caller's GString. */
#pragma once

#include <glib.h>

#include "model/cf-claim.h"
#include "model/cf-document.h"

G_BEGIN_DECLS

/* Appends a JSON string literal (quoted, escaped) of @length bytes (-1: NUL-ended). */
void cf_json_append_string(GString *out, const char *text, gssize length);

/* One line per claim: "file:line:col: kind value unit label". */
void cf_report_claims_text(GPtrArray *claims, GString *out);

/* One JSON object per claim per line (fields documented in README). */
void cf_report_claims_jsonl(GPtrArray *claims, GString *out);

G_END_DECLS
