#include "report/cf-report.h"

#include <string.h>

/* placeholder until the report stage lands */
void
cf_json_append_string(GString *out, const char *text, gssize length)
{
	g_string_append_c(out, '"');
	g_string_append_len(out, text, length < 0 ? (gssize)strlen(text) : length);
	g_string_append_c(out, '"');
}

void
cf_report_claims_text(GPtrArray *claims, GString *out)
{
}

void
cf_report_claims_jsonl(GPtrArray *claims, GString *out)
{
}
