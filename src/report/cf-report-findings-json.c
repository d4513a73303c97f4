#include "report/cf-report-findings.h"

static void
append_key(GString *out, const char *key)
{
	cf_json_append_string(out, key, -1);
	g_string_append_c(out, ':');
}

static void
append_location(GString *out, const CfLocation *l, gboolean with_note)
{
	g_string_append_c(out, '{');
	append_key(out, "file");
	cf_json_append_string(out, l->file, -1);
	g_string_append_c(out, ',');
	append_key(out, "line");
	cf_json_append_uint(out, l->line);
	g_string_append_c(out, ',');
	append_key(out, "column");
	cf_json_append_uint(out, l->column);
	if (with_note) {
		g_string_append_c(out, ',');
		append_key(out, "note");
		cf_json_append_string(out, l->note, -1);
	}
	g_string_append_c(out, '}');
}

void
cf_report_findings_json_open(GString *out)
{
	g_string_append(out, "{\"version\":1,\"findings\":[");
}

void
cf_report_findings_json_add(const CfFinding *f, guint index, GString *out)
{
	g_string_append(out, index ? ",\n" : "\n");
	g_string_append_c(out, '{');
	append_key(out, "file");
	cf_json_append_string(out, f->primary.file, -1);
	g_string_append(out, ",");
	append_key(out, "line");
	cf_json_append_uint(out, f->primary.line);
	g_string_append(out, ",");
	append_key(out, "column");
	cf_json_append_uint(out, f->primary.column);
	g_string_append(out, ",");
	append_key(out, "length");
	cf_json_append_uint(out, f->primary.length);
	g_string_append(out, ",");
	append_key(out, "rule");
	cf_json_append_string(out, f->rule, -1);
	g_string_append(out, ",");
	append_key(out, "severity");
	cf_json_append_string(out, cf_severity_to_string(f->severity), -1);
	g_string_append(out, ",");
	append_key(out, "message");
	cf_json_append_string(out, f->message, -1);
	g_string_append(out, ",");
	append_key(out, "stated");
	cf_json_append_string(out, f->stated, -1);
	g_string_append(out, ",");
	append_key(out, "computed");
	cf_json_append_string(out, f->computed, -1);
	g_string_append(out, ",");
	append_key(out, "source");
	cf_json_append_string(out, f->primary.source, -1);
	g_string_append(out, ",");
	append_key(out, "related");
	g_string_append_c(out, '[');
	for (guint k = 0; k < f->related->len; k++) {
		if (k)
			g_string_append_c(out, ',');
		append_location(out, &g_array_index(f->related, CfLocation, k), TRUE);
	}
	g_string_append(out, "],");
	append_key(out, "suggestion");
	cf_json_append_string(out, f->suggestion, -1);
	g_string_append_c(out, '}');
}

void
cf_report_findings_json_close(guint n_findings, GString *out)
{
	g_string_append(out, n_findings ? "\n]}\n" : "]}\n");
}

void
cf_report_findings_json(GPtrArray *findings, GString *out)
{
	cf_report_findings_json_open(out);
	for (guint i = 0; i < findings->len; i++)
		cf_report_findings_json_add(g_ptr_array_index(findings, i), i, out);
	cf_report_findings_json_close(findings->len, out);
}
