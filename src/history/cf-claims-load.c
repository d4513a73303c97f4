/* cf-claims-load.c — `crossfoot extract --format jsonl` output read back into records
 * (--claims), so extraction can run elsewhere and the cross-document checks afterwards.
 * The line formats are README's "JSON lines output". */
#include "history/cf-history.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "history/cf-history-private.h"
#include "model/cf-error.h"

/* What a line may hold; a JSON number is accepted up to this (lines, columns …). */
#define CLAIMS_MAX_UINT ((gint64)G_MAXUINT)

typedef struct {
	const char *path;
	guint line;
	GError **error;
	gboolean failed;
} Reader;

static void
fail(Reader *rd, const char *format, const char *field)
{
	if (rd->failed)
		return;
	rd->failed = TRUE;
	g_set_error(rd->error, CF_ERROR, CF_ERROR_FAILED, "%s:%u: %s '%s'", rd->path, rd->line,
		    format, field);
}

/* A string field, or NULL when null or missing; a field of another type is an error. */
static const char *
get_string(Reader *rd, JsonObject *o, const char *field, gboolean required)
{
	JsonNode *n = json_object_get_member(o, field);
	if (n == NULL || JSON_NODE_HOLDS_NULL(n)) {
		if (required)
			fail(rd, "missing field", field);
		return NULL;
	}
	if (json_node_get_value_type(n) != G_TYPE_STRING) {
		fail(rd, "not a string:", field);
		return NULL;
	}
	return json_node_get_string(n);
}

/* An integer field; null or missing gives @missing (or an error when @required). */
static gint64
get_int(Reader *rd, JsonObject *o, const char *field, gint64 missing, gint64 min, gint64 max,
	gboolean required)
{
	JsonNode *n = json_object_get_member(o, field);
	if (n == NULL || JSON_NODE_HOLDS_NULL(n)) {
		if (required)
			fail(rd, "missing field", field);
		return missing;
	}
	if (json_node_get_value_type(n) != G_TYPE_INT64) {
		fail(rd, "not an integer:", field);
		return missing;
	}
	gint64 v = json_node_get_int(n);
	if (v < min || v > max) {
		fail(rd, "out of range:", field);
		return missing;
	}
	return v;
}

static gboolean
get_decimal(Reader *rd, JsonObject *o, const char *field, CfDecimal *out)
{
	const char *text = get_string(rd, o, field, FALSE);
	if (text == NULL)
		return FALSE;
	if (!cf_decimal_parse(text, -1, out)) {
		fail(rd, "not an exact decimal:", field);
		return FALSE;
	}
	return TRUE;
}

static CfRecord *
record_from_document(Reader *rd, JsonObject *d)
{
	const char *file = get_string(rd, d, "file", TRUE);
	if (file == NULL)
		return NULL;
	g_autoptr(CfRecord) r = cf_record_new(file);
	r->digest = g_strdup(get_string(rd, d, "digest", FALSE));
	r->title = g_strdup(get_string(rd, d, "title", FALSE));
	r->title_line = (guint)get_int(rd, d, "title_line", 0, 0, CLAIMS_MAX_UINT, FALSE);
	r->year = (int)get_int(rd, d, "year", 0, 0, G_MAXINT, FALSE);
	r->year_line = (guint)get_int(rd, d, "year_line", 0, 0, CLAIMS_MAX_UINT, FALSE);
	r->unit = g_strdup(get_string(rd, d, "unit", FALSE));
	r->unit_line = (guint)get_int(rd, d, "unit_line", 0, 0, CLAIMS_MAX_UINT, FALSE);
	r->kind = g_strdup(get_string(rd, d, "kind", FALSE));
	r->kind_line = (guint)get_int(rd, d, "kind_line", 0, 0, CLAIMS_MAX_UINT, FALSE);
	JsonNode *lines = json_object_get_member(d, "lines");
	if (lines != NULL && !JSON_NODE_HOLDS_NULL(lines)) {
		if (!JSON_NODE_HOLDS_OBJECT(lines)) {
			fail(rd, "not an object:", "lines");
			return NULL;
		}
		JsonObject *lo = json_node_get_object(lines);
		JsonObjectIter iter;
		const char *key;
		JsonNode *value;
		json_object_iter_init(&iter, lo);
		while (json_object_iter_next(&iter, &key, &value)) {
			guint64 number;
			if (!g_ascii_string_to_unsigned(key, 10, 1, G_MAXUINT, &number, NULL)) {
				fail(rd, "not a line number:", key);
				return NULL;
			}
			if (json_node_get_value_type(value) != G_TYPE_STRING) {
				fail(rd, "not a string: line", key);
				return NULL;
			}
			g_hash_table_insert(r->lines, GUINT_TO_POINTER((guint)number),
					    g_strdup(json_node_get_string(value)));
		}
	}
	return rd->failed ? NULL : g_steal_pointer(&r);
}

static gboolean
add_claim(Reader *rd, CfRecord *r, JsonObject *o)
{
	CfRecordClaim c = {.table = -1, .row = -1, .cell_column = -1};
	const char *kind = get_string(rd, o, "kind", TRUE);
	if (kind != NULL && !cf_history_kind_from_string(kind, &c.kind))
		fail(rd, "unknown claim kind", kind);
	const char *qualifier = get_string(rd, o, "qualifier", FALSE);
	if (qualifier != NULL && !cf_history_qualifier_from_string(qualifier, &c.qualifier))
		fail(rd, "unknown qualifier", qualifier);
	JsonNode *has_value = json_object_get_member(o, "has_value");
	if (has_value == NULL || json_node_get_value_type(has_value) != G_TYPE_BOOLEAN)
		fail(rd, "missing field", "has_value");
	else
		c.has_value = json_node_get_boolean(has_value);
	if (c.has_value) {
		if (!get_decimal(rd, o, "value", &c.value))
			fail(rd, "missing field", "value");
		if (!get_decimal(rd, o, "stated", &c.stated))
			fail(rd, "missing field", "stated");
		c.interval.low_unbounded = !get_decimal(rd, o, "low", &c.interval.low);
		c.interval.high_unbounded = !get_decimal(rd, o, "high", &c.interval.high);
	}
	c.unit_exponent = (int)get_int(rd, o, "unit_exponent", 0, G_MININT, G_MAXINT, FALSE);
	c.unit = (char *)get_string(rd, o, "unit", FALSE);
	c.label = (char *)get_string(rd, o, "label", FALSE);
	c.text = (char *)get_string(rd, o, "text", TRUE);
	c.line = (guint)get_int(rd, o, "line", 0, 1, CLAIMS_MAX_UINT, TRUE);
	c.column = (guint)get_int(rd, o, "column", 0, 1, CLAIMS_MAX_UINT, TRUE);
	c.length = (guint)get_int(rd, o, "length", 0, 0, CLAIMS_MAX_UINT, FALSE);
	c.table = (gint)get_int(rd, o, "table", -1, 0, G_MAXINT, FALSE);
	c.row = (gint)get_int(rd, o, "row", -1, 0, G_MAXINT, FALSE);
	c.cell_column = (gint)get_int(rd, o, "column_in_table", -1, 0, G_MAXINT, FALSE);

	g_autoptr(GString) cues = g_string_new(NULL);
	JsonNode *cn = json_object_get_member(o, "cues");
	if (cn != NULL && JSON_NODE_HOLDS_ARRAY(cn)) {
		JsonArray *a = json_node_get_array(cn);
		for (guint i = 0; i < json_array_get_length(a); i++) {
			JsonNode *e = json_array_get_element(a, i);
			if (json_node_get_value_type(e) != G_TYPE_STRING) {
				fail(rd, "not a string:", "cues");
				break;
			}
			if (i > 0)
				g_string_append_c(cues, ',');
			g_string_append(cues, json_node_get_string(e));
		}
	} else if (cn != NULL && !JSON_NODE_HOLDS_NULL(cn)) {
		fail(rd, "not an array:", "cues");
	}
	c.cues = cues->str;
	if (rd->failed)
		return FALSE;
	/* the source line comes from the document line, when there was one */
	cf_record_add_claim(r, &c, NULL, 0);
	return TRUE;
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC(FILE, fclose)

/* Hands @record (owned) to @each; FALSE when @each failed (its error set). */
static gboolean
hand_over(CfRecord **record, CfClaimsRecordFunc each, gpointer data, GError **error)
{
	if (*record == NULL)
		return TRUE;
	return each(g_steal_pointer(record), data, error);
}

gboolean
cf_claims_load_jsonl_each(const char *path, CfClaimsRecordFunc each, gpointer data, GError **error)
{
	g_return_val_if_fail(path != NULL, FALSE);
	/* read line by line: a batch's claims can be larger than its reports */
	g_autoptr(FILE) stream = g_file_test(path, G_FILE_TEST_IS_DIR) ? NULL : fopen(path, "rb");
	if (stream == NULL) {
		int saved = g_file_test(path, G_FILE_TEST_IS_DIR) ? EISDIR : errno;
		g_set_error(error, CF_ERROR, CF_ERROR_IO, "cannot read claims '%s': %s", path,
			    g_strerror(saved));
		return FALSE;
	}
	g_autoptr(GError) local_error = NULL;
	g_autoptr(JsonParser) parser = json_parser_new_immutable();
	Reader rd = {.path = path, .error = error};
	/* the record being read: handed over once the next one starts, or at the end */
	g_autoptr(CfRecord) current = NULL;

	g_autofree char *line = NULL;
	size_t capacity = 0;
	ssize_t got;
	while ((got = getline(&line, &capacity, stream)) >= 0) {
		gsize n = (gsize)got;
		rd.line++;
		while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			n--;
		if (n == 0)
			continue;
		g_clear_error(&local_error);
		if (!json_parser_load_from_data(parser, line, (gssize)n, &local_error)) {
			g_set_error(error, CF_ERROR, CF_ERROR_FAILED, "%s:%u: not JSON: %s", path,
				    rd.line, local_error->message);
			return FALSE;
		}
		JsonNode *root = json_parser_get_root(parser);
		if (root == NULL || !JSON_NODE_HOLDS_OBJECT(root)) {
			g_set_error(error, CF_ERROR, CF_ERROR_FAILED,
				    "%s:%u: not a claim or document object", path, rd.line);
			return FALSE;
		}
		JsonObject *o = json_node_get_object(root);
		JsonNode *doc = json_object_get_member(o, "document");
		if (doc != NULL) {
			if (!JSON_NODE_HOLDS_OBJECT(doc)) {
				fail(&rd, "not an object:", "document");
				return FALSE;
			}
			CfRecord *r = record_from_document(&rd, json_node_get_object(doc));
			if (r == NULL || !hand_over(&current, each, data, error)) {
				cf_record_free(r);
				return FALSE;
			}
			current = r;
		} else {
			const char *file = get_string(&rd, o, "file", TRUE);
			if (file == NULL)
				return FALSE;
			if (current == NULL || strcmp(current->path, file) != 0) {
				if (!hand_over(&current, each, data, error))
					return FALSE;
				current = cf_record_new(file);
			}
			if (!add_claim(&rd, current, o))
				return FALSE;
		}
	}
	if (ferror(stream)) {
		g_set_error(error, CF_ERROR, CF_ERROR_IO, "cannot read claims '%s': %s", path,
			    g_strerror(errno));
		return FALSE;
	}
	return hand_over(&current, each, data, error);
}

static gboolean
collect_cb(CfRecord *record, gpointer data, GError **error)
{
	(void)error;
	g_ptr_array_add(data, record);
	return TRUE;
}

GPtrArray *
cf_claims_load_jsonl(const char *path, GError **error)
{
	g_autoptr(GPtrArray) records =
		g_ptr_array_new_with_free_func((GDestroyNotify)cf_record_free);
	if (!cf_claims_load_jsonl_each(path, collect_cb, records, error))
		return NULL;
	return g_steal_pointer(&records);
}
