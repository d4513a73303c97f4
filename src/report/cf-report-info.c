/* cf-report-info.c — `crossfoot info`'s renderers and per-document work (cf-report-info.h). */
#include "report/cf-report-info.h"

#include "report/cf-buffer.h"
#include "report/cf-report.h"
#include "segment/cf-segment.h"

static const char *
unit_source_name(CfUnitSource source)
{
	switch (source) {
	case CF_UNIT_SOURCE_TITLE:
		return "title";
	case CF_UNIT_SOURCE_STATEMENT:
		return "statement";
	case CF_UNIT_SOURCE_INFERRED:
		return "inferred";
	case CF_UNIT_SOURCE_NONE:
		break;
	}
	return NULL;
}

/* " (line N" */
static void
append_line_open(GString *out, guint line)
{
	CF_BUFFER_PUT_LITERAL(out, " (line ");
	cf_json_append_uint(out, line);
}

/* "  name: value (line N)" or "  name: unknown"; appended piece by piece, no printf */
static void
text_field_start(GString *out, const char *name)
{
	CF_BUFFER_PUT_LITERAL(out, "  ");
	cf_buffer_put_str(out, name);
	CF_BUFFER_PUT_LITERAL(out, ": ");
}

static void
text_field_end(GString *out, const char *value, guint line)
{
	if (value == NULL) {
		CF_BUFFER_PUT_LITERAL(out, "unknown\n");
		return;
	}
	cf_buffer_put_str(out, value);
	if (line > 0) {
		append_line_open(out, line);
		cf_buffer_put_c(out, ')');
	}
	cf_buffer_put_c(out, '\n');
}

static void
text_field(GString *out, const char *name, const char *value, guint line)
{
	text_field_start(out, name);
	text_field_end(out, value, line);
}

void
cf_report_info_text(const CfDocument *doc, const char *unit_key, GString *out)
{
	const CfMetadata *m = &doc->metadata;
	cf_buffer_put_str(out, doc->path != NULL ? doc->path : "(null)");
	cf_buffer_put_c(out, '\n');
	text_field(out, "encoding", doc->encoding, 0);
	text_field(out, "title", m->title, m->title_line);
	text_field_start(out, "year");
	if (m->year) {
		cf_json_append_int(out, m->year, FALSE);
		text_field_end(out, "", m->year_line);
	} else {
		text_field_end(out, NULL, 0);
	}
	if (m->unit == NULL) {
		text_field(out, "unit", NULL, 0);
	} else {
		text_field_start(out, "unit");
		cf_buffer_put_str(out, m->unit);
		append_line_open(out, m->unit_line);
		if (m->unit_source == CF_UNIT_SOURCE_INFERRED)
			CF_BUFFER_PUT_LITERAL(out, ", inferred:");
		else if (m->unit_evidence != NULL)
			cf_buffer_put_c(out, ',');
		if (m->unit_evidence != NULL) {
			cf_buffer_put_c(out, ' ');
			cf_buffer_put_str(out, m->unit_evidence);
		}
		if (unit_key != NULL) {
			CF_BUFFER_PUT_LITERAL(out, "; key ");
			cf_buffer_put_str(out, unit_key);
		}
		CF_BUFFER_PUT_LITERAL(out, ")\n");
	}
	text_field(out, "kind", m->kind, m->kind_line);
	cf_buffer_put_c(out, '\n');
}

static void
json_key(GString *out, const char *name)
{
	/* names are fixed ASCII identifiers: nothing to escape */
	if (out->len > 0 && out->str[out->len - 1] != '{')
		cf_buffer_put_c(out, ',');
	cf_buffer_put_c(out, '"');
	cf_buffer_put_str(out, name);
	CF_BUFFER_PUT_LITERAL(out, "\":");
}

/* a line number, null for 0 (unknown) */
static void
json_line(GString *out, const char *name, guint line)
{
	json_key(out, name);
	if (line == 0)
		g_string_append(out, "null");
	else
		cf_json_append_uint(out, line);
}

static void
json_string(GString *out, const char *name, const char *value)
{
	json_key(out, name);
	cf_json_append_string(out, value, -1);
}

void
cf_report_info_json(const CfDocument *doc, const char *unit_key, GString *out)
{
	const CfMetadata *m = &doc->metadata;
	g_autoptr(GString) o = g_string_new("{");
	json_string(o, "path", doc->path);
	json_string(o, "encoding", doc->encoding);
	json_string(o, "title", m->title);
	json_line(o, "title_line", m->title_line);
	json_key(o, "year");
	cf_json_append_int(o, m->year ? m->year : -1, TRUE);
	json_line(o, "year_line", m->year_line);
	json_string(o, "unit", m->unit);
	json_line(o, "unit_line", m->unit_line);
	json_string(o, "unit_source", unit_source_name(m->unit_source));
	json_string(o, "unit_evidence", m->unit_evidence);
	json_string(o, "unit_key", unit_key);
	json_string(o, "kind", m->kind);
	json_line(o, "kind_line", m->kind_line);
	g_string_append_c(o, '}');
	g_string_append_len(out, o->str, o->len);
}

gpointer
cf_run_info_cb(CfDocument *doc, GString *out, gpointer user_data)
{
	const CfRunInfo *info = user_data;
	g_autofree char *key = cf_metadata_unit_key(doc->metadata.unit);
	if (!info->json) {
		cf_report_info_text(doc, key, out);
		return NULL;
	}
	GString *object = g_string_new(NULL);
	cf_report_info_json(doc, key, object);
	return g_string_free(object, FALSE);
}

void
cf_run_info_collect(const char *path, gpointer result, gpointer user_data)
{
	CfRunInfo *info = user_data;
	g_autofree char *object = result;
	if (object == NULL)
		return;
	g_string_append(info->items, info->n_items++ ? ",\n  " : "  ");
	g_string_append(info->items, object);
}
