/* cf-crossdoc-counter.c — crossdoc-counter: a counter of years (连续6年 = six years in a row,
 * 连续第8年 = the eighth year in a row) stated by reports of one unit in different years must
 * advance with the years: 2020's 连续6年 and 2022's 连续第8年 hold together.  The counted
 * activity is the text that follows the counter up to the next punctuation, digits and
 * spaces dropped, so 连续6年公开招聘专职党务工作者 and 连续第8年公开招聘专职党务工作者 count
 * the same thing. */
#include "crossdoc/cf-crossdoc-private.h"

#include <string.h>

/* Characters of activity text compared after the counter. */
#define ACTIVITY_MAX_CHARS 16
#define ACTIVITY_MIN_CHARS 4

typedef struct {
	const CfCrossdocDoc *doc;
	const CfRecordClaim *claim; /* &own */
	CfRecordClaim own;          /* a copy of the claim (cf_crossdoc_copy_claim) */
	gint64 count;
	char *key; /* unit key, activity */
	char *activity;
} Counter;

static void
counter_free(Counter *c)
{
	g_free(c->key);
	g_free(c->activity);
	cf_crossdoc_clear_claim(&c->own);
	g_free(c);
}

static char *
activity_after(const char *p)
{
	static const char *const stops[] = {"，", "。", "；", "、", "！",
					    "？", "：", ",",  ";",  NULL};
	GString *s = g_string_new(NULL);
	guint chars = 0;
	while (*p && chars < ACTIVITY_MAX_CHARS) {
		gboolean stop = FALSE;
		for (guint k = 0; stops[k]; k++)
			if (g_str_has_prefix(p, stops[k]))
				stop = TRUE;
		if (stop)
			break;
		const char *next = g_utf8_next_char(p);
		if (!g_ascii_isspace(*p) && !g_ascii_isdigit(*p)) {
			g_string_append_len(s, p, next - p);
			chars++;
		}
		p = next;
	}
	if (chars < ACTIVITY_MIN_CHARS) {
		g_string_free(s, TRUE);
		return NULL;
	}
	return g_string_free(s, FALSE);
}

/* Whether @claim can be a counter of years, by the claim alone. */
static gboolean
counts_years(const CfRecordClaim *claim)
{
	return claim->has_value && claim->unit != NULL && strcmp(claim->unit, "年") == 0 &&
	       (claim->kind == CF_CLAIM_ORDINAL || claim->kind == CF_CLAIM_QUANTITY ||
		claim->kind == CF_CLAIM_COUNT);
}

static Counter *
counter_of(const CfCrossdocDoc *doc, const CfRecordClaim *claim)
{
	if (!counts_years(claim) || doc->record->year == 0 || doc->unit_key == NULL)
		return NULL;
	CfDecimal n = cf_decimal_trim(claim->stated);
	if (n.scale != 0 || n.mantissa <= 0 || n.mantissa > 1000)
		return NULL;
	g_autofree char *line = cf_record_dup_line(doc->record, claim->line);
	glong line_chars = g_utf8_strlen(line, -1);
	if (claim->column < 1 || (glong)(claim->column - 1 + claim->length) > line_chars)
		return NULL;
	const char *start = g_utf8_offset_to_pointer(line, claim->column - 1);
	/* 连续 = in a row: only a counter written as one */
	gsize cue = strlen("连续");
	if ((gsize)(start - line) < cue || memcmp(start - cue, "连续", cue) != 0)
		return NULL;
	const char *end = g_utf8_offset_to_pointer(start, claim->length);
	char *activity = activity_after(end);
	if (activity == NULL)
		return NULL;
	Counter *c = g_new0(Counter, 1);
	c->doc = doc;
	cf_crossdoc_copy_claim(&c->own, claim);
	c->claim = &c->own;
	c->count = n.mantissa;
	c->activity = activity;
	c->key = g_strdup_printf("%s\x1f%s", doc->unit_key, activity);
	return c;
}

/* @reported: the (counter, other document) pairs reported, so a counter another report
 * states twice is reported once against it */
static void
check_pair(CfCrossdoc *cd, const Counter *a, const Counter *b, GHashTable *reported)
{
	int ya = a->doc->record->year, yb = b->doc->record->year;
	if (b->count - a->count == (gint64)(yb - ya))
		return;
	const Counter *p = cf_crossdoc_a_is_primary(a->doc, b->doc) ? a : b;
	const Counter *o = p == a ? b : a;
	char *pair = g_strdup_printf("%p %p", (const void *)p, (const void *)o->doc);
	if (!g_hash_table_add(reported, pair))
		return;
	int yp = p->doc->record->year, yo = o->doc->record->year;
	gint64 expected = o->count + (yp - yo);
	g_autofree char *note = g_strdup_printf("the %d report: %s", yo, o->claim->text);
	CfCrossdocPlace pp = cf_crossdoc_claim_place(p->doc, p->claim, NULL);
	CfCrossdocPlace op = cf_crossdoc_claim_place(o->doc, o->claim, note);
	CfFinding *f =
		cf_crossdoc_add_finding(cd, "crossdoc-counter", CF_SEVERITY_WARNING, &pp, &op);
	if (f == NULL)
		return;
	if (expected > 0)
		cf_finding_take_text(
			f, &f->message,
			g_strdup_printf("连续 counter %s (%d) of %s does not follow from %s "
					"in %d (%s:%u): expected "
					"%" G_GINT64_FORMAT " years",
					p->claim->text, yp, p->activity, o->claim->text, yo,
					o->doc->record->path, o->claim->line, expected));
	else
		cf_finding_take_text(
			f, &f->message,
			g_strdup_printf(
				"连续 counter %s (%d) of %s does not follow from %s in %d (%s:%u)",
				p->claim->text, yp, p->activity, o->claim->text, yo,
				o->doc->record->path, o->claim->line));
	cf_finding_set_text(f, &f->stated, p->claim->text, -1);
	if (expected > 0)
		cf_finding_take_text(f, &f->computed,
				     g_strdup_printf("%" G_GINT64_FORMAT "年", expected));
}

GPtrArray *
cf_crossdoc_counters_find(const CfCrossdoc *cd, guint doc, const CfRecordClaim *claims, guint n)
{
	if (cd->counters == NULL)
		return NULL;
	GPtrArray *counters = g_ptr_array_new_with_free_func((GDestroyNotify)counter_free);
	for (guint i = 0; i < n; i++) {
		Counter *c = counter_of(&cd->docs[doc], &claims[i]);
		if (c != NULL)
			g_ptr_array_add(counters, c);
	}
	return counters;
}

typedef struct {
	GPtrArray *counters; /* Counter*, owned */
	GHashTable *by_key;  /* key → GPtrArray of Counter*, in document order */
} Counters;

/* Takes over @counters, those of one document, after those of the documents before it. */
static void
counters_add(Counters *all, GPtrArray *counters)
{
	for (guint i = 0; i < counters->len; i++) {
		Counter *c = g_ptr_array_index(counters, i);
		GPtrArray *list = g_hash_table_lookup(all->by_key, c->key);
		if (list == NULL) {
			list = g_ptr_array_new();
			g_hash_table_insert(all->by_key, c->key, list);
		}
		g_ptr_array_add(list, c);
	}
	g_ptr_array_extend_and_steal(all->counters, counters);
}

void
cf_crossdoc_check_counters(CfCrossdoc *cd)
{
	if (cd->counters == NULL)
		return;
	g_autoptr(GPtrArray) counters =
		g_ptr_array_new_with_free_func((GDestroyNotify)counter_free);
	g_autoptr(GHashTable) by_key = g_hash_table_new_full(g_str_hash, g_str_equal, NULL,
							     (GDestroyNotify)g_ptr_array_unref);
	Counters all = {counters, by_key};
	/* in document order, as the first pass found them */
	for (guint doc = 0; doc < cd->n_docs; doc++)
		if (cd->counters[doc] != NULL)
			counters_add(&all, g_steal_pointer(&cd->counters[doc]));
	g_autoptr(GHashTable) reported =
		g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	GHashTableIter it;
	gpointer value;
	g_hash_table_iter_init(&it, by_key);
	while (g_hash_table_iter_next(&it, NULL, &value)) {
		GPtrArray *list = value;
		/* bounded: a key shared by very many documents is compared along a chain */
		const guint limit = 32;
		for (guint i = 0; i < list->len; i++)
			for (guint j = i + 1; j < list->len && (j < limit || j == i + 1); j++) {
				const Counter *a = g_ptr_array_index(list, i);
				const Counter *b = g_ptr_array_index(list, j);
				if (a->doc != b->doc)
					check_pair(cd, a, b, reported);
			}
	}
}

void
cf_crossdoc_counters_mark_claims(const CfRecord *record, gboolean *keep)
{
	for (guint i = 0; i < record->claims->len; i++)
		if (counts_years(g_ptr_array_index(record->claims, i)))
			keep[i] = TRUE;
}
