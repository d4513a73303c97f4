/* cf-report-findings.h — renderers of findings.  Each formats the findings it is given, in
 * the order given (callers sort with cf_finding_compare), and computes nothing. */
#pragma once

#include <glib.h>

#include "model/cf-finding.h"
#include "report/cf-report.h"

G_BEGIN_DECLS

/* Compiler-style text: "file:line:col: severity: message [rule]", the source line with a
 * caret under the number (aligned by display width: a Chinese character is two columns),
 * each related place as a note with its line, and the suggestion.  Long lines are shown as
 * an excerpt around the column. */
void cf_report_findings_text(GPtrArray *findings, const CfReportStyle *style, GString *out);

/* JSON: {"version": 1, "findings": [...]}, one finding per line (fields in README). */
void cf_report_findings_json(GPtrArray *findings, GString *out);

/* The same JSON written in parts, for a batch whose findings are never all in memory at
 * once: _open, then _add for each finding (@index: its place in the whole list, from 0),
 * then _close with the number of findings added. */
void cf_report_findings_json_open(GString *out);
void cf_report_findings_json_add(const CfFinding *finding, guint index, GString *out);
void cf_report_findings_json_close(guint n_findings, GString *out);

/* _add of each of @findings in turn, the first at @index (the same JSON: a source line the
 * finding before states too is escaped once). */
void cf_report_findings_json_add_all(GPtrArray *findings, guint index, GString *out);

/* Display width of UTF-8 @text (@length bytes): wide characters count 2, combining marks 0,
 * a TAB counts CF_REPORT_TAB_WIDTH. */
guint cf_report_display_width(const char *text, gsize length);

#define CF_REPORT_TAB_WIDTH 4
/* Text output shows at most this many related places of one finding, then a count. */
#define CF_REPORT_MAX_RELATED_SHOWN 6
/* Source lines wider than this are shown as an excerpt around the caret. */
#define CF_REPORT_MAX_SOURCE_WIDTH 100

G_END_DECLS
