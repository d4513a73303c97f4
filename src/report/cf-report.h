/* cf-report.h — renderers.  They only format what they are given and compute nothing;
 * each appends to a caller's GString. */
#pragma once

#include <glib.h>

#include "model/cf-claim.h"
#include "model/cf-document.h"

G_BEGIN_DECLS

/* How text output looks.  Zero-initialised means plain text. */
typedef struct {
	gboolean
		color; /* ANSI SGR colour escapes (the caller decides: --color, NO_COLOR, isatty) */
} CfReportStyle;

/* ---- JSON building blocks (cf-json.c) ---- */

/* Appends a JSON string literal (quoted, escaped) of @length bytes (-1: NUL-ended).
 * '"', '\\' and control characters are escaped (\n, \t … or \u00XX); valid UTF-8 passes
 * through unchanged; bytes that are not valid UTF-8 become \ufffd, so the output is always
 * valid JSON.  A NULL @text appends null. */
void cf_json_append_string(GString *out, const char *text, gssize length);

/* The same for @text known to be valid UTF-8 (a document's text when
 * CfDocument.text_valid_utf8): the same output, found eight bytes a step. */
void cf_json_append_valid_string(GString *out, const char *text, gsize length);
/* Whether the valid-UTF-8 escaping may take 32 bytes a step on CPUs with AVX2 (the default);
 * for tests, which compare both ways.  Not thread-safe: set it before writing. */
void cf_json_use_avx2(gboolean use);

/* Appends an unsigned decimal integer. */
void cf_json_append_uint(GString *out, guint64 value);

/* Appends a signed decimal integer, or null when @value is negative and @negative_is_null. */
void cf_json_append_int(GString *out, gint64 value, gboolean negative_is_null);

/* Appends an exact decimal as a JSON string ("25.2"), keeping its stated scale. */
void cf_json_append_decimal(GString *out, CfDecimal value);

/* The same digits without quotes: exactly the text of cf_decimal_append(). */
void cf_json_append_decimal_digits(GString *out, CfDecimal value);

/* ---- claims (cf-report-claims.c) ---- */

/* One line per claim, "file:line:col: kind value unit (text) label=… cues=…" (README). */
void cf_report_claims_text(GPtrArray *claims, GString *out);

/* The same with a style (colour on a terminal). */
void cf_report_claims_text_styled(GPtrArray *claims, const CfReportStyle *style, GString *out);

/* One JSON object per claim per line (fields documented in README), preceded by a document
 * line (cf_report_document_jsonl()) for the document of the first claim: @claims are one
 * document's.  Nothing for an empty array. */
void cf_report_claims_jsonl(GPtrArray *claims, GString *out);

/* {"document":{"file","digest","title","title_line","year","year_line","unit","unit_line",
 * "kind","kind_line","lines":{"<n>":"<source text>",…}}} and a newline: what --claims needs
 * besides the claims to rebuild a record (digest: SHA-256 of the decoded text; lines: every
 * line one of @claims or a metadata field sits on, in line order). */
void cf_report_document_jsonl(const CfDocument *doc, GPtrArray *claims, GString *out);

G_END_DECLS
