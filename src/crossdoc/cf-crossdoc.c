/* cf-crossdoc.c — the cross-document runner: unit keys, the records taken part, findings
 * that point at two documents. */
#include "crossdoc/cf-crossdoc-private.h"

#include <string.h>

#include "model/cf-parallel.h"
#include "segment/cf-segment.h"

/* ---- unit keys ---- */

static gboolean
starts_with(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

char *
cf_crossdoc_unit_key(const char *unit)
{
	if (unit == NULL || *unit == '\0')
		return NULL;
	/* the segment stage's key, the one `crossfoot info` shows */
	g_autofree char *key = cf_metadata_unit_key(unit);
	if (key == NULL || *key == '\0' || strcmp(key, "/") == 0)
		return NULL;
	/* no place named: 区委组织部 is every district's */
	const char *rest = key[0] == '/' ? key + 1 : NULL;
	if (rest && (starts_with(rest, "区") || starts_with(rest, "县") ||
		     starts_with(rest, "市") || starts_with(rest, "省")))
		return NULL;
	return g_steal_pointer(&key);
}

/* A report that names only its place (开福区) is taken for the one unit of that place the
 * batch holds (开福区/组织部); with two or more, its place matches none of them. */
static void
resolve_places(CfCrossdoc *cd)
{
	/* place → the one unit key of that place ("开福区" → "开福区/组织部"), "" for two or more */
	g_autoptr(GHashTable) units = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	for (guint i = 0; i < cd->n_docs; i++) {
		const char *key = cd->docs[i].unit_key;
		const char *slash = key ? strchr(key, '/') : NULL;
		if (slash == NULL)
			continue;
		char *place = g_strndup(key, slash - key);
		const char *unit = g_hash_table_lookup(units, place);
		if (unit == NULL)
			g_hash_table_insert(units, place, (gpointer)key);
		else if (*unit != '\0' && strcmp(unit, key) != 0)
			g_hash_table_insert(units, place, (gpointer) "");
		else
			g_free(place);
	}
	for (guint i = 0; i < cd->n_docs; i++) {
		CfCrossdocDoc *d = &cd->docs[i];
		if (d->unit_key == NULL || strchr(d->unit_key, '/'))
			continue;
		const char *unit = g_hash_table_lookup(units, d->unit_key);
		if (unit != NULL && *unit != '\0')
			d->unit_key = unit;
	}
}

/* ---- runner ---- */

gboolean
cf_crossdoc_rule_enabled(const CfCrossdoc *cd, const char *rule)
{
	return cf_check_options_select(cd->options, rule);
}

gboolean
cf_crossdoc_a_is_primary(const CfCrossdocDoc *a, const CfCrossdocDoc *b)
{
	if (a->record->from_history != b->record->from_history)
		return !a->record->from_history;
	if (a->record->year != b->record->year)
		return a->record->year > b->record->year;
	return strcmp(a->record->path, b->record->path) > 0;
}

CfCrossdocPlace
cf_crossdoc_claim_place(const CfCrossdocDoc *doc, const CfRecordClaim *claim, const char *note)
{
	return (CfCrossdocPlace){doc, claim->line, claim->column, claim->length, note};
}

char *
cf_crossdoc_claim_stated(const CfRecordClaim *claim)
{
	return g_strdup_printf("%s%s", claim->text ? claim->text : "",
			       claim->unit && claim->text &&
					       !g_str_has_suffix(claim->text, claim->unit)
				       ? claim->unit
				       : "");
}

/* Hands the last finding added, complete now, to cd->emit. */
static void
flush_pending(CfCrossdoc *cd)
{
	if (cd->pending != NULL)
		cd->emit(g_steal_pointer(&cd->pending), cd->emit_data);
}

CfFinding *
cf_crossdoc_add_finding(CfCrossdoc *cd, const char *rule, CfSeverity severity,
			const CfCrossdocPlace *primary, const CfCrossdocPlace *other)
{
	if (primary->doc->record->from_history && other->doc->record->from_history)
		return NULL;
	flush_pending(cd);
	CfFinding *f = cf_finding_new(rule, severity);
	const CfRecord *p = primary->doc->record, *o = other->doc->record;
	g_autofree char *p_source = cf_crossdoc_place_source(cd, p, primary->line);
	g_autofree char *o_source = cf_crossdoc_place_source(cd, o, other->line);
	cf_finding_set_primary(f, p->path, primary->line, primary->column, primary->length,
			       p_source, -1);
	cf_finding_add_related(f, o->path, other->line, other->column, other->length, o_source, -1,
			       other->note);
	if (cd->emit != NULL)
		cd->pending = f;
	else
		g_ptr_array_add(cd->findings, f);
	return f;
}

void
cf_crossdoc_copy_claim(CfRecordClaim *to, const CfRecordClaim *from)
{
	*to = *from;
	to->text = g_strdup(from->text);
}

void
cf_crossdoc_clear_claim(CfRecordClaim *claim)
{
	g_clear_pointer(&claim->text, g_free);
}

char *
cf_crossdoc_place_source(const CfCrossdoc *cd, const CfRecord *record, guint line)
{
	return cd->sources ? cf_record_dup_line(record, line) : NULL;
}

void
cf_crossdoc_fill_sources(CfFinding *finding, GHashTable *records_by_path)
{
	for (guint i = 0; i <= finding->related->len; i++) {
		CfLocation *l = i == 0 ? &finding->primary
				       : &g_array_index(finding->related, CfLocation, i - 1);
		const CfRecord *r = g_hash_table_lookup(records_by_path, l->file);
		if (r == NULL || (l->source != NULL && l->source[0] != '\0'))
			continue;
		g_autofree char *source = cf_record_dup_line(r, l->line);
		cf_finding_set_source(finding, l, source, -1);
	}
}

GPtrArray *
cf_crossdoc_check(GPtrArray *records, const CfCheckOptions *options)
{
	return cf_crossdoc_check_full(records, options, TRUE, NULL, NULL);
}

/* ---- the work on each document, in parallel ---- */

typedef struct {
	CfCrossdoc *cd;
	CfCrossdocMapFunc map;
	CfCrossdocReduceFunc reduce;
	gpointer data;
} EachDoc;

static gpointer
each_doc_work_cb(guint doc, gpointer data)
{
	EachDoc *each = data;
	return each->map(each->cd, doc, each->data);
}

static gboolean
each_doc_take_cb(guint doc, gpointer result, gpointer data)
{
	EachDoc *each = data;
	each->reduce(each->cd, doc, result, each->data);
	return TRUE;
}

void
cf_crossdoc_each_doc(CfCrossdoc *cd, CfCrossdocMapFunc map, CfCrossdocReduceFunc reduce,
		     gpointer data)
{
	EachDoc each = {cd, map, reduce, data};
	CfParallel parallel = {
		.jobs = cd->threads ? cd->jobs : 1,
		.window = cd->jobs * CF_CROSSDOC_WINDOW_PER_JOB,
		.work = each_doc_work_cb,
		.take = each_doc_take_cb,
		.data = &each,
	};
	cf_parallel_run(&parallel, cd->n_docs);
}

/* Writes out what the records' spills hold, so the workers only read them. */
static void
flush_spills(GPtrArray *records)
{
	CfSpill *flushed = NULL;
	for (guint i = 0; records != NULL && i < records->len; i++) {
		const CfRecord *r = g_ptr_array_index(records, i);
		if (!r->compact || r->spill == flushed)
			continue;
		g_autoptr(GError) error = NULL;
		/* a spill that cannot be written cannot be read: its records give nothing, with
		 * a warning, as they would without the flush */
		if (!cf_spill_flush(r->spill, &error))
			g_warning("%s", error->message);
		flushed = r->spill;
	}
}

GPtrArray *
cf_crossdoc_check_full(GPtrArray *records, const CfCheckOptions *options, gboolean sources,
		       CfCrossdocEmitFunc emit, gpointer emit_data)
{
	return cf_crossdoc_check_jobs(records, options, sources, emit, emit_data, 1);
}

GPtrArray *
cf_crossdoc_check_jobs(GPtrArray *records, const CfCheckOptions *options, gboolean sources,
		       CfCrossdocEmitFunc emit, gpointer emit_data, guint jobs)
{
	CfCrossdoc cd = {
		.jobs = jobs == 0 ? g_get_num_processors() : jobs,
		.options = options,
		.sources = sources,
		.emit = emit,
		.emit_data = emit_data,
		.findings = g_ptr_array_new_with_free_func((GDestroyNotify)cf_finding_free),
		.unit_keys = g_string_chunk_new(4096),
	};
	guint n = records ? records->len : 0;
	cd.docs = g_new0(CfCrossdocDoc, MAX(n, 1));
	/* a path read in this run replaces its history copy; of two records with the same
	 * digest (one file copied) only the first takes part */
	g_autoptr(GHashTable) run_paths = g_hash_table_new(g_str_hash, g_str_equal);
	g_autoptr(GHashTable) digests = g_hash_table_new(g_str_hash, g_str_equal);
	for (guint i = 0; i < n; i++) {
		const CfRecord *r = g_ptr_array_index(records, i);
		if (!r->from_history)
			g_hash_table_add(run_paths, r->path);
	}
	for (guint pass = 0; pass < 2; pass++) {
		/* run records first, so a history copy of one is the one left out */
		for (guint i = 0; i < n; i++) {
			const CfRecord *r = g_ptr_array_index(records, i);
			if (r->from_history != (pass == 1))
				continue;
			if (r->from_history && g_hash_table_contains(run_paths, r->path))
				continue;
			if (r->digest && !g_hash_table_add(digests, r->digest))
				continue;
			g_autofree char *unit_key = cf_crossdoc_unit_key(r->unit);
			cd.docs[cd.n_docs].record = r;
			cd.docs[cd.n_docs].unit_key =
				unit_key ? g_string_chunk_insert_const(cd.unit_keys, unit_key)
					 : NULL;
			cd.n_docs++;
		}
	}
	resolve_places(&cd);
	if (cf_crossdoc_rule_enabled(&cd, "crossdoc-counter"))
		cd.counters = g_new0(GPtrArray *, MAX(cd.n_docs, 1));
	if (cf_crossdoc_rule_enabled(&cd, "reused-text"))
		cd.sentence_hashes = cf_key_log_new(cf_crossdoc_get_key_budget());
	if (cd.n_docs >= 2 && cd.jobs > 1) {
		flush_spills(records);
		cd.threads = TRUE;
	}
	if (cd.n_docs >= 2) {
		cf_crossdoc_check_values(&cd);
		flush_pending(&cd);
		cf_crossdoc_check_counters(&cd);
		flush_pending(&cd);
		cf_crossdoc_check_reuse(&cd);
		flush_pending(&cd);
	}
	for (guint i = 0; cd.counters != NULL && i < cd.n_docs; i++)
		g_clear_pointer(&cd.counters[i], g_ptr_array_unref);
	g_free(cd.counters);
	g_clear_pointer(&cd.sentence_hashes, cf_key_log_free);
	g_string_chunk_free(cd.unit_keys);
	g_free(cd.docs);
	if (emit != NULL) {
		g_ptr_array_unref(cd.findings);
		return NULL;
	}
	g_ptr_array_sort(cd.findings, cf_finding_compare_ptr);
	return cd.findings;
}

/* The claims of @record a check across documents may read. */
static void
mark_claims(CfRecord *record, gboolean *keep)
{
	cf_crossdoc_values_mark_claims(record, keep);
	cf_crossdoc_counters_mark_claims(record, keep);
}

void
cf_crossdoc_pack_record(CfRecord *record)
{
	g_autofree gboolean *keep = g_new0(gboolean, MAX(record->claims->len, 1));
	mark_claims(record, keep);
	cf_record_pack(record, keep);
}

CfRecord *
cf_crossdoc_new_packed_record(const CfDocument *doc, GPtrArray *claims)
{
	return cf_record_new_packed(doc, claims, NULL, mark_claims);
}

gboolean
cf_crossdoc_compact_record(CfRecord *record, CfRecordStrings *strings, CfSpill *spill,
			   GError **error)
{
	if (record->packed == NULL)
		cf_crossdoc_pack_record(record);
	return cf_record_compact(record, NULL, strings, spill, error);
}
