#include "model/cf-finding.h"

#include <string.h>

static void
location_clear(CfLocation *location)
{
	g_free(location->file);
	g_free(location->source);
	g_free(location->note);
}

static void
location_clear_cb(gpointer data)
{
	location_clear(data);
}

CfFinding *
cf_finding_new(const char *rule, CfSeverity severity)
{
	CfFinding *f = g_new0(CfFinding, 1);
	f->rule = g_strdup(rule);
	f->severity = severity;
	f->message = g_strdup("");
	f->related = g_array_new(FALSE, TRUE, sizeof(CfLocation));
	g_array_set_clear_func(f->related, location_clear_cb);
	return f;
}

void
cf_finding_free(CfFinding *finding)
{
	if (finding == NULL)
		return;
	g_free(finding->rule);
	g_free(finding->message);
	g_free(finding->stated);
	g_free(finding->computed);
	g_free(finding->suggestion);
	location_clear(&finding->primary);
	g_array_unref(finding->related);
	g_free(finding);
}

static void
location_set(CfLocation *l, const char *file, guint line, guint column, guint length,
	     const char *source, gssize source_length, const char *note)
{
	l->file = g_strdup(file);
	l->line = line;
	l->column = column;
	l->length = length;
	l->source = source ? g_strndup(source, source_length < 0 ? strlen(source) : (gsize)source_length)
			   : g_strdup("");
	l->note = g_strdup(note);
}

void
cf_finding_set_primary(CfFinding *finding, const char *file, guint line, guint column,
		       guint length, const char *source, gssize source_length)
{
	location_clear(&finding->primary);
	location_set(&finding->primary, file, line, column, length, source, source_length, NULL);
}

static gboolean
same_place(const CfLocation *l, const char *file, guint line, guint column)
{
	return l->line == line && l->column == column && g_strcmp0(l->file, file) == 0;
}

void
cf_finding_add_related(CfFinding *finding, const char *file, guint line, guint column,
		       guint length, const char *source, gssize source_length, const char *note)
{
	if (same_place(&finding->primary, file, line, column))
		return;
	for (guint i = 0; i < finding->related->len; i++)
		if (same_place(&g_array_index(finding->related, CfLocation, i), file, line, column))
			return;
	CfLocation l = {0};
	location_set(&l, file, line, column, length, source, source_length, note);
	g_array_append_val(finding->related, l);
}

const char *
cf_severity_to_string(CfSeverity severity)
{
	switch (severity) {
	case CF_SEVERITY_ERROR:
		return "error";
	case CF_SEVERITY_WARNING:
		return "warning";
	case CF_SEVERITY_NOTE:
	default:
		return "note";
	}
}

gboolean
cf_severity_from_string(const char *text, CfSeverity *out)
{
	static const struct {
		const char *name;
		CfSeverity severity;
	} names[] = {
		{"error", CF_SEVERITY_ERROR},
		{"warning", CF_SEVERITY_WARNING},
		{"note", CF_SEVERITY_NOTE},
	};
	for (gsize i = 0; i < G_N_ELEMENTS(names); i++) {
		if (g_strcmp0(text, names[i].name) == 0) {
			*out = names[i].severity;
			return TRUE;
		}
	}
	return FALSE;
}

int
cf_finding_compare(const CfFinding *a, const CfFinding *b)
{
	int c = g_strcmp0(a->primary.file, b->primary.file);
	if (c != 0)
		return c;
	if (a->primary.line != b->primary.line)
		return a->primary.line < b->primary.line ? -1 : 1;
	if (a->primary.column != b->primary.column)
		return a->primary.column < b->primary.column ? -1 : 1;
	c = g_strcmp0(a->rule, b->rule);
	if (c != 0)
		return c;
	return g_strcmp0(a->message, b->message);
}

gint
cf_finding_compare_ptr(gconstpointer a, gconstpointer b)
{
	return cf_finding_compare(*(CfFinding *const *)a, *(CfFinding *const *)b);
}
