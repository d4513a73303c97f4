#include "model/cf-record.h"

#include <string.h>

void
cf_record_claim_free(CfRecordClaim *claim)
{
	if (claim == NULL)
		return;
	g_free(claim->unit);
	g_free(claim->label);
	g_free(claim->text);
	g_free(claim->cues);
	g_free(claim);
}

CfRecord *
cf_record_new(const char *path)
{
	CfRecord *r = g_new0(CfRecord, 1);
	r->path = g_strdup(path);
	r->claims = g_ptr_array_new_with_free_func((GDestroyNotify)cf_record_claim_free);
	r->lines = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, g_free);
	return r;
}

void
cf_record_free(CfRecord *record)
{
	if (record == NULL)
		return;
	g_free(record->path);
	g_free(record->digest);
	g_free(record->title);
	g_free(record->unit);
	g_free(record->kind);
	g_ptr_array_unref(record->claims);
	g_hash_table_unref(record->lines);
	g_free(record);
}

void
cf_record_add_claim(CfRecord *record, const CfRecordClaim *claim, const char *source,
		    gssize source_length)
{
	CfRecordClaim *c = g_new(CfRecordClaim, 1);
	*c = *claim;
	c->unit = g_strdup(claim->unit);
	c->label = g_strdup(claim->label);
	c->text = g_strdup(claim->text);
	c->cues = g_strdup(claim->cues ? claim->cues : "");
	g_ptr_array_add(record->claims, c);
	gpointer key = GUINT_TO_POINTER(claim->line);
	if (source != NULL && !g_hash_table_contains(record->lines, key))
		g_hash_table_insert(record->lines, key,
				    g_strndup(source, source_length < 0 ? strlen(source)
									: (gsize)source_length));
}

const char *
cf_record_get_line(const CfRecord *record, guint line)
{
	const char *text = g_hash_table_lookup(record->lines, GUINT_TO_POINTER(line));
	return text ? text : "";
}

CfRecord *
cf_record_new_from_document(const CfDocument *doc, GPtrArray *claims, const char *digest)
{
	CfRecord *r = cf_record_new(doc->path);
	r->digest = digest ? g_strdup(digest)
			   : g_compute_checksum_for_data(G_CHECKSUM_SHA256, (const guchar *)doc->text,
							 doc->text_length);
	const CfMetadata *m = &doc->metadata;
	r->title = g_strdup(m->title);
	r->title_line = m->title_line;
	r->year = m->year;
	r->year_line = m->year_line;
	r->unit = g_strdup(m->unit);
	r->unit_line = m->unit_line;
	r->kind = g_strdup(m->kind);
	r->kind_line = m->kind_line;
	g_autoptr(GString) cues = g_string_new(NULL);
	for (guint i = 0; claims && i < claims->len; i++) {
		const CfClaim *c = g_ptr_array_index(claims, i);
		g_string_truncate(cues, 0);
		for (guint k = 0; c->cues && k < c->cues->len; k++) {
			if (k)
				g_string_append_c(cues, ',');
			g_string_append(cues, g_ptr_array_index(c->cues, k));
		}
		CfRecordClaim rc = {
			.kind = c->kind,
			.stated = c->stated,
			.value = c->value,
			.interval = c->interval,
			.has_value = c->has_value,
			.unit_exponent = c->unit_exponent,
			.qualifier = c->qualifier,
			.unit = (char *)c->unit,
			.label = (char *)c->label,
			.text = (char *)c->text,
			.cues = cues->str,
			.line = c->line,
			.column = c->column,
			.length = c->length,
			.table = c->table,
			.row = c->row,
			.cell_column = c->cell_column,
		};
		gsize n;
		const char *src = cf_document_line_text(doc, c->line, &n);
		cf_record_add_claim(r, &rc, src, n);
	}
	/* the metadata lines too, so a finding about them can show them */
	guint meta_lines[] = {m->title_line, m->year_line, m->unit_line, m->kind_line};
	for (gsize i = 0; i < G_N_ELEMENTS(meta_lines); i++) {
		if (meta_lines[i] == 0 ||
		    g_hash_table_contains(r->lines, GUINT_TO_POINTER(meta_lines[i])))
			continue;
		gsize n;
		const char *src = cf_document_line_text(doc, meta_lines[i], &n);
		g_hash_table_insert(r->lines, GUINT_TO_POINTER(meta_lines[i]), g_strndup(src, n));
	}
	return r;
}
