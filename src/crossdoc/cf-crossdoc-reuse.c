/* cf-crossdoc-reuse.c — reused-text: two documents of different units or years that share a
 * long passage (consecutive sentences that read the same once their numbers are masked) with
 * different numbers in it: a template copied from one report into another, where the numbers
 * that stayed the same may not have been updated.  A note, pointing at both passages.
 *
 * Sentences are matched by their fingerprints (CfRecordSentence); a fingerprint found in very
 * many documents is boilerplate every report carries and is not followed. */
#include "crossdoc/cf-crossdoc-private.h"

#include <string.h>

/* A passage is long from this many characters (numbers masked). */
#define REUSE_MIN_CHARS 60
/* A sentence fingerprint in more documents than this is boilerplate. */
#define REUSE_MAX_DOCUMENTS 16
/* Sentences with unchanged numbers shown as related places, at most. */
#define REUSE_MAX_SAME_SHOWN 3

typedef struct {
	guint doc;
	guint sentence;
} Posting;

typedef struct {
	guint a, b; /* sentence indexes in the pair's first and second document */
} Match;

static gboolean
different_documents(const CfCrossdocDoc *a, const CfCrossdocDoc *b)
{
	const CfRecord *ra = a->record, *rb = b->record;
	if (a->unit_key && b->unit_key && strcmp(a->unit_key, b->unit_key) != 0)
		return TRUE;
	return ra->year && rb->year && ra->year != rb->year;
}

static gint
match_compare(gconstpointer x, gconstpointer y)
{
	const Match *a = x, *b = y;
	if (a->a != b->a)
		return a->a < b->a ? -1 : 1;
	return a->b < b->b ? -1 : a->b > b->b;
}

static void
check_pair(CfCrossdoc *cd, const CfCrossdocDoc *da, const CfCrossdocDoc *db, GArray *matches)
{
	g_array_sort(matches, match_compare);
	const GArray *sa = da->record->sentences, *sb = db->record->sentences;
	guint best_start = 0, best_len = 0, best_chars = 0, best_differ = 0, best_same = 0;
	for (guint i = 0; i < matches->len;) {
		guint j = i + 1;
		while (j < matches->len) {
			const Match *prev = &g_array_index(matches, Match, j - 1);
			const Match *next = &g_array_index(matches, Match, j);
			if (next->a != prev->a + 1 || next->b != prev->b + 1)
				break;
			j++;
		}
		guint chars = 0, differ = 0, same = 0;
		for (guint k = i; k < j; k++) {
			const Match *m = &g_array_index(matches, Match, k);
			const CfRecordSentence *x = &g_array_index(sa, CfRecordSentence, m->a);
			const CfRecordSentence *y = &g_array_index(sb, CfRecordSentence, m->b);
			chars += x->chars;
			if (x->numbers && y->numbers) {
				if (x->numbers_hash != y->numbers_hash)
					differ++;
				else
					same++;
			}
		}
		if (chars >= REUSE_MIN_CHARS && differ > 0 && chars > best_chars) {
			best_start = i;
			best_len = j - i;
			best_chars = chars;
			best_differ = differ;
			best_same = same;
		}
		i = j;
	}
	if (best_len == 0)
		return;
	gboolean a_primary = cf_crossdoc_a_is_primary(da, db);
	const CfCrossdocDoc *dp = a_primary ? da : db, *dother = a_primary ? db : da;
	const GArray *sp = a_primary ? sa : sb, *so = a_primary ? sb : sa;
	const Match *first = &g_array_index(matches, Match, best_start);
	const Match *last = &g_array_index(matches, Match, best_start + best_len - 1);
	guint p_first = a_primary ? first->a : first->b, p_last = a_primary ? last->a : last->b;
	guint o_first = a_primary ? first->b : first->a, o_last = a_primary ? last->b : last->a;
	/* point at the first sentence whose numbers differ */
	guint p_at = p_first, o_at = o_first;
	for (guint k = 0; k < best_len; k++) {
		const Match *m = &g_array_index(matches, Match, best_start + k);
		const CfRecordSentence *x = &g_array_index(sa, CfRecordSentence, m->a);
		const CfRecordSentence *y = &g_array_index(sb, CfRecordSentence, m->b);
		if (x->numbers && y->numbers && x->numbers_hash != y->numbers_hash) {
			p_at = a_primary ? m->a : m->b;
			o_at = a_primary ? m->b : m->a;
			break;
		}
	}
	guint p_line = g_array_index(sp, CfRecordSentence, p_at).line;
	guint o_line = g_array_index(so, CfRecordSentence, o_at).line;
	guint p_line_first = g_array_index(sp, CfRecordSentence, p_first).line;
	guint p_line_last = g_array_index(sp, CfRecordSentence, p_last).line;
	guint o_line_first = g_array_index(so, CfRecordSentence, o_first).line;
	guint o_line_last = g_array_index(so, CfRecordSentence, o_last).line;
	g_autofree char *note = g_strdup_printf(
		"the same passage in %s (%s, %d)", dother->record->path,
		dother->record->unit ? dother->record->unit : "unit unknown", dother->record->year);
	CfCrossdocPlace pp = {dp, p_line, 1, 0, NULL};
	CfCrossdocPlace op = {dother, o_line, 1, 0, note};
	CfFinding *f = cf_crossdoc_add_finding(cd, "reused-text", CF_SEVERITY_NOTE, &pp, &op);
	if (f == NULL)
		return;
	g_free(f->message);
	f->message = g_strdup_printf(
		"a passage of %u sentence%s (%u characters, lines %u-%u) reads as in %s (lines "
		"%u-%u) but for its numbers: %u sentence%s with different numbers, %u with the "
		"same "
		"(template copied? check the numbers were updated)",
		best_len, best_len == 1 ? "" : "s", best_chars, p_line_first, p_line_last,
		dother->record->path, o_line_first, o_line_last, best_differ,
		best_differ == 1 ? "" : "s", best_same);
	/* the sentences whose numbers stayed the same are where stale figures would be */
	g_autofree char *same_note = g_strdup_printf(
		"numbers the same as in %s: still true this time?", dother->record->path);
	guint shown = 0;
	for (guint k = 0; k < best_len && shown < REUSE_MAX_SAME_SHOWN; k++) {
		const Match *m = &g_array_index(matches, Match, best_start + k);
		const CfRecordSentence *x = &g_array_index(sa, CfRecordSentence, m->a);
		const CfRecordSentence *y = &g_array_index(sb, CfRecordSentence, m->b);
		if (!x->numbers || !y->numbers || x->numbers_hash != y->numbers_hash)
			continue;
		guint line = a_primary ? x->line : y->line;
		g_autofree char *source = cf_crossdoc_place_source(cd, dp->record, line);
		cf_finding_add_related(f, dp->record->path, line, 1, 0, source, -1, same_note);
		shown++;
	}
}

void
cf_crossdoc_check_reuse(CfCrossdoc *cd)
{
	if (!cf_crossdoc_rule_enabled(cd, "reused-text"))
		return;
	/* text_hash → GArray of Posting */
	g_autoptr(GHashTable) postings = g_hash_table_new_full(g_int64_hash, g_int64_equal, NULL,
							       (GDestroyNotify)g_array_unref);
	for (guint d = 0; d < cd->n_docs; d++) {
		const GArray *sentences = cd->docs[d].record->sentences;
		for (guint i = 0; sentences && i < sentences->len; i++) {
			const CfRecordSentence *s = &g_array_index(sentences, CfRecordSentence, i);
			GArray *list = g_hash_table_lookup(postings, &s->text_hash);
			if (list == NULL) {
				list = g_array_new(FALSE, FALSE, sizeof(Posting));
				g_hash_table_insert(postings, (gpointer)&s->text_hash, list);
			}
			if (list->len <= REUSE_MAX_DOCUMENTS) {
				Posting p = {d, i};
				g_array_append_val(list, p);
			}
		}
	}
	/* (doc a, doc b) → GArray of Match */
	g_autoptr(GHashTable) pairs = g_hash_table_new_full(g_int64_hash, g_int64_equal, g_free,
							    (GDestroyNotify)g_array_unref);
	GHashTableIter it;
	gpointer value;
	g_hash_table_iter_init(&it, postings);
	while (g_hash_table_iter_next(&it, NULL, &value)) {
		GArray *list = value;
		if (list->len < 2 || list->len > REUSE_MAX_DOCUMENTS)
			continue;
		for (guint i = 0; i < list->len; i++)
			for (guint j = i + 1; j < list->len; j++) {
				const Posting *x = &g_array_index(list, Posting, i);
				const Posting *y = &g_array_index(list, Posting, j);
				if (x->doc == y->doc ||
				    !different_documents(&cd->docs[x->doc], &cd->docs[y->doc]))
					continue;
				if (x->doc > y->doc) {
					const Posting *t = x;
					x = y;
					y = t;
				}
				gint64 key = ((gint64)x->doc << 32) | y->doc;
				GArray *matches = g_hash_table_lookup(pairs, &key);
				if (matches == NULL) {
					matches = g_array_new(FALSE, FALSE, sizeof(Match));
					g_hash_table_insert(pairs, g_memdup2(&key, sizeof key),
							    matches);
				}
				Match m = {x->sentence, y->sentence};
				g_array_append_val(matches, m);
			}
	}
	g_hash_table_iter_init(&it, pairs);
	gpointer key;
	while (g_hash_table_iter_next(&it, &key, &value)) {
		gint64 k = *(gint64 *)key;
		check_pair(cd, &cd->docs[(guint)(k >> 32)], &cd->docs[(guint)(k & 0xffffffff)],
			   value);
	}
}
