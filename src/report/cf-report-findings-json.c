#include "report/cf-report-findings.h"

#include <string.h>

#include "report/cf-buffer.h"

/* "key": and ,"key": — keys are fixed ASCII identifiers (nothing to escape), joined at
 * compile time */
#define APPEND_KEY(out, key) CF_BUFFER_PUT_LITERAL(out, "\"" key "\":")
#define APPEND_NEXT_KEY(out, key) CF_BUFFER_PUT_LITERAL(out, ",\"" key "\":")

/* Appends again the @n bytes already in @out at @at. */
static void
append_again(GString *out, gsize at, gsize n)
{
	cf_buffer_reserve(out, n);
	memcpy(out->str + out->len, out->str + at, n);
	out->len += n;
	out->str[out->len] = '\0';
}

/* The file of @f's primary location as JSON, where it is in the output: most related places
 * are in the same file, and its JSON is copied rather than escaped again. */
typedef struct {
	const char *file;
	gsize at, length;
} FileJson;

static void
append_location(GString *out, const CfLocation *l, gboolean with_note, const FileJson *primary)
{
	cf_buffer_put_c(out, '{');
	APPEND_KEY(out, "file");
	if (g_strcmp0(l->file, primary->file) == 0)
		append_again(out, primary->at, primary->length);
	else
		cf_json_append_string(out, l->file, -1);
	APPEND_NEXT_KEY(out, "line");
	cf_json_append_uint(out, l->line);
	APPEND_NEXT_KEY(out, "column");
	cf_json_append_uint(out, l->column);
	if (with_note) {
		APPEND_NEXT_KEY(out, "note");
		cf_json_append_string(out, l->note, -1);
	}
	cf_buffer_put_c(out, '}');
}

void
cf_report_findings_json_open(GString *out)
{
	g_string_append(out, "{\"version\":1,\"findings\":[");
}

/* The source line and the file of the finding written last and where their JSON is in the
 * output: findings on one line, and those of one file, follow each other, and their JSON is
 * copied rather than escaped again. */
typedef struct {
	const char *source; /* NULL: none yet */
	gsize at, length;
	FileJson file; /* file NULL: none yet */
} SourceJson;

/* Appends the JSON of @severity: its name has nothing to escape. */
static void
append_severity(GString *out, CfSeverity severity)
{
	cf_buffer_put_c(out, '"');
	cf_buffer_put_str(out, cf_severity_to_string(severity));
	cf_buffer_put_c(out, '"');
}

static void
add_finding(const CfFinding *f, guint index, GString *out, SourceJson *last)
{
	if (index)
		CF_BUFFER_PUT_LITERAL(out, ",\n{");
	else
		CF_BUFFER_PUT_LITERAL(out, "\n{");
	APPEND_KEY(out, "file");
	FileJson primary = {f->primary.file, out->len, 0};
	if (last != NULL && last->file.file != NULL && f->primary.file != NULL &&
	    strcmp(last->file.file, f->primary.file) == 0) {
		append_again(out, last->file.at, last->file.length);
	} else {
		cf_json_append_string(out, f->primary.file, -1);
		if (last != NULL)
			last->file = (FileJson){f->primary.file, primary.at, out->len - primary.at};
	}
	primary.length = out->len - primary.at;
	APPEND_NEXT_KEY(out, "line");
	cf_json_append_uint(out, f->primary.line);
	APPEND_NEXT_KEY(out, "column");
	cf_json_append_uint(out, f->primary.column);
	APPEND_NEXT_KEY(out, "length");
	cf_json_append_uint(out, f->primary.length);
	APPEND_NEXT_KEY(out, "rule");
	cf_json_append_string(out, f->rule, -1);
	APPEND_NEXT_KEY(out, "severity");
	append_severity(out, f->severity);
	APPEND_NEXT_KEY(out, "message");
	cf_json_append_string(out, f->message, -1);
	APPEND_NEXT_KEY(out, "stated");
	cf_json_append_string(out, f->stated, -1);
	APPEND_NEXT_KEY(out, "computed");
	cf_json_append_string(out, f->computed, -1);
	APPEND_NEXT_KEY(out, "source");
	const char *source = f->primary.source;
	if (last != NULL && last->source != NULL && source != NULL &&
	    strcmp(last->source, source) == 0) {
		append_again(out, last->at, last->length);
	} else {
		gsize at = out->len;
		cf_json_append_string(out, source, -1);
		if (last != NULL)
			*last = (SourceJson){source, at, out->len - at};
	}
	/* of a line longer than CF_FINDING_SOURCE_MAX_BYTES: an excerpt, and where it starts */
	if (cf_location_source_is_excerpt(&f->primary)) {
		APPEND_NEXT_KEY(out, "source_column");
		cf_json_append_uint(out, f->primary.source_column);
	}
	APPEND_NEXT_KEY(out, "related");
	cf_buffer_put_c(out, '[');
	for (guint k = 0; k < f->related->len; k++) {
		if (k)
			cf_buffer_put_c(out, ',');
		append_location(out, &g_array_index(f->related, CfLocation, k), TRUE, &primary);
	}
	cf_buffer_put_c(out, ']');
	APPEND_NEXT_KEY(out, "suggestion");
	cf_json_append_string(out, f->suggestion, -1);
	cf_buffer_put_c(out, '}');
}

void
cf_report_findings_json_add(const CfFinding *f, guint index, GString *out)
{
	add_finding(f, index, out, NULL);
}

void
cf_report_findings_json_add_all(GPtrArray *findings, guint index, GString *out)
{
	SourceJson last = {NULL, 0, 0, {NULL, 0, 0}};
	for (guint i = 0; i < findings->len; i++)
		add_finding(g_ptr_array_index(findings, i), index + i, out, &last);
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
	cf_report_findings_json_add_all(findings, 0, out);
	cf_report_findings_json_close(findings->len, out);
}
