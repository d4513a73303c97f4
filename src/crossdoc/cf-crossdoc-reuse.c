/* cf-crossdoc-reuse.c — reused-text: two documents of different units or years that share a
 * long passage (consecutive sentences that read the same once their numbers are masked) with
 * different numbers in it: a template copied from one report into another, where the numbers
 * that stayed the same may not have been updated.  A note, pointing at both passages.
 *
 * Sentences are matched by their fingerprints (CfRecordSentence); a fingerprint found in very
 * many documents is boilerplate every report carries and is not followed.  Memory: the
 * fingerprints of all records are sorted in bounded memory (CfKeyLog) to find those shared;
 * only the sentences of those, and the pairs they make, are held at once (fixed-size structs
 * in sorted arrays), each record's fingerprints read back from the spill as needed. */
#include "crossdoc/cf-crossdoc-private.h"

#include <string.h>

/* A passage is long from this many characters (numbers masked). */
#define REUSE_MIN_CHARS 60
/* A sentence fingerprint in more documents than this is boilerplate. */
#define REUSE_MAX_DOCUMENTS 16
/* Sentences with unchanged numbers shown as related places, at most. */
#define REUSE_MAX_SAME_SHOWN 3

/* A sentence whose fingerprint a few documents share. */
typedef struct {
	guint64 text_hash;
	guint doc;
	guint sentence;
} Posting;

/* Two sentences of two documents that read the same. */
typedef struct {
	guint doc_a, doc_b; /* doc_a < doc_b */
	guint a, b;         /* sentence indexes in doc_a and doc_b */
} Match;

static gboolean
different_documents(const CfCrossdocDoc *a, const CfCrossdocDoc *b)
{
	const CfRecord *ra = a->record, *rb = b->record;
	if (a->unit_key && b->unit_key && strcmp(a->unit_key, b->unit_key) != 0)
		return TRUE;
	return ra->year && rb->year && ra->year != rb->year;
}

/* By pair of documents, then sentences. */
static gint
match_compare(gconstpointer x, gconstpointer y)
{
	const Match *a = x, *b = y;
	if (a->doc_a != b->doc_a)
		return a->doc_a < b->doc_a ? -1 : 1;
	if (a->doc_b != b->doc_b)
		return a->doc_b < b->doc_b ? -1 : 1;
	if (a->a != b->a)
		return a->a < b->a ? -1 : 1;
	return a->b < b->b ? -1 : a->b > b->b;
}

static gint
posting_compare(gconstpointer x, gconstpointer y)
{
	const Posting *a = x, *b = y;
	if (a->text_hash != b->text_hash)
		return a->text_hash < b->text_hash ? -1 : 1;
	if (a->doc != b->doc)
		return a->doc < b->doc ? -1 : 1;
	return a->sentence < b->sentence ? -1 : a->sentence > b->sentence;
}

/* The pair @matches (sorted, all of one pair of documents) points at. */
static void
check_pair(CfCrossdoc *cd, const Match *matches, guint n_matches)
{
	const CfCrossdocDoc *da = &cd->docs[matches->doc_a];
	const CfCrossdocDoc *db = &cd->docs[matches->doc_b];
	g_autoptr(GArray) sa = cf_record_ref_sentences(da->record);
	g_autoptr(GArray) sb = cf_record_ref_sentences(db->record);
	/* the same reading as the spill's: a record that could not be read gives nothing */
	for (guint k = 0; k < n_matches; k++)
		if (matches[k].a >= sa->len || matches[k].b >= sb->len)
			return;
	guint best_start = 0, best_len = 0, best_chars = 0, best_differ = 0, best_same = 0;
	for (guint i = 0; i < n_matches;) {
		guint j = i + 1;
		while (j < n_matches) {
			const Match *prev = &matches[j - 1];
			const Match *next = &matches[j];
			if (next->a != prev->a + 1 || next->b != prev->b + 1)
				break;
			j++;
		}
		guint chars = 0, differ = 0, same = 0;
		for (guint k = i; k < j; k++) {
			const Match *m = &matches[k];
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
	const Match *first = &matches[best_start];
	const Match *last = &matches[best_start + best_len - 1];
	guint p_first = a_primary ? first->a : first->b, p_last = a_primary ? last->a : last->b;
	guint o_first = a_primary ? first->b : first->a, o_last = a_primary ? last->b : last->a;
	/* point at the first sentence whose numbers differ */
	guint p_at = p_first, o_at = o_first;
	for (guint k = 0; k < best_len; k++) {
		const Match *m = &matches[best_start + k];
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
	cf_finding_take_text(f, &f->message,
			     g_strdup_printf("a passage of %u sentence%s (%u characters, lines "
					     "%u-%u) reads as in %s (lines "
					     "%u-%u) but for its numbers: %u sentence%s with "
					     "different numbers, %u with the "
					     "same "
					     "(template copied? check the numbers were updated)",
					     best_len, best_len == 1 ? "" : "s", best_chars,
					     p_line_first, p_line_last, dother->record->path,
					     o_line_first, o_line_last, best_differ,
					     best_differ == 1 ? "" : "s", best_same));
	/* the sentences whose numbers stayed the same are where stale figures would be */
	g_autofree char *same_note = g_strdup_printf(
		"numbers the same as in %s: still true this time?", dother->record->path);
	guint shown = 0;
	for (guint k = 0; k < best_len && shown < REUSE_MAX_SAME_SHOWN; k++) {
		const Match *m = &matches[best_start + k];
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

/* The text hashes of one document's sentences (guint64). */
static gpointer
hashes_map(const CfCrossdoc *cd, guint doc, gpointer data)
{
	(void)data;
	g_autoptr(GArray) sentences = cf_record_ref_sentences(cd->docs[doc].record);
	GArray *hashes = g_array_sized_new(FALSE, FALSE, sizeof(guint64), sentences->len);
	for (guint i = 0; i < sentences->len; i++)
		g_array_append_val(hashes,
				   g_array_index(sentences, CfRecordSentence, i).text_hash);
	return hashes;
}

static void
hashes_reduce(CfCrossdoc *cd, guint doc, gpointer result, gpointer data)
{
	(void)cd;
	(void)doc;
	g_autoptr(GArray) hashes = result;
	for (guint i = 0; i < hashes->len; i++)
		cf_key_log_add(data, g_array_index(hashes, guint64, i));
}

/* The fingerprints more than one sentence and at most REUSE_MAX_DOCUMENTS sentences of the
 * batch share (the only ones a pair is made of), sorted: every record's fingerprints, read
 * one record at a time, sorted in bounded memory (a CfKeyLog). */
static GArray *
shared_hashes(CfCrossdoc *cd)
{
	/* the pass of cf_crossdoc_check_values() that reads the claims added them, or this one */
	g_autoptr(CfKeyLog) all = g_steal_pointer(&cd->sentence_hashes);
	if (all == NULL || !cd->sentence_hashes_added) {
		g_clear_pointer(&all, cf_key_log_free);
		all = cf_key_log_new(cf_crossdoc_get_key_budget());
		cf_crossdoc_each_doc(cd, hashes_map, hashes_reduce, all);
	}
	cf_key_log_sort(all);
	GArray *shared = g_array_new(FALSE, FALSE, sizeof(guint64));
	guint64 hash, next;
	gboolean more = cf_key_log_next(all, &hash);
	while (more) {
		guint n = 1;
		while ((more = cf_key_log_next(all, &next)) && next == hash)
			n++;
		if (n >= 2 && n <= REUSE_MAX_DOCUMENTS)
			g_array_append_val(shared, hash);
		hash = next;
	}
	return shared;
}

typedef struct {
	GArray *shared;   /* guint64, sorted: the fingerprints shared_hashes() found */
	GArray *postings; /* Posting */
} Postings;

/* The sentences of one document whose fingerprint is shared (Posting). */
static gpointer
postings_map(const CfCrossdoc *cd, guint doc, gpointer data)
{
	const Postings *all = data;
	g_autoptr(GArray) sentences = cf_record_ref_sentences(cd->docs[doc].record);
	GArray *postings = g_array_new(FALSE, FALSE, sizeof(Posting));
	for (guint i = 0; i < sentences->len; i++) {
		guint64 hash = g_array_index(sentences, CfRecordSentence, i).text_hash;
		guint at;
		if (!g_array_binary_search(all->shared, &hash, cf_key_compare, &at))
			continue;
		Posting p = {hash, doc, i};
		g_array_append_val(postings, p);
	}
	return postings;
}

static void
postings_reduce(CfCrossdoc *cd, guint doc, gpointer result, gpointer data)
{
	(void)cd;
	(void)doc;
	Postings *all = data;
	g_autoptr(GArray) postings = result;
	g_array_append_vals(all->postings, postings->data, postings->len);
}

void
cf_crossdoc_check_reuse(CfCrossdoc *cd)
{
	if (!cf_crossdoc_rule_enabled(cd, "reused-text"))
		return;
	/* the sentences whose fingerprint is shared, by fingerprint (then document, sentence) */
	g_autoptr(GArray) shared = shared_hashes(cd);
	g_autoptr(GArray) postings = g_array_new(FALSE, FALSE, sizeof(Posting));
	Postings all = {shared, postings};
	if (shared->len > 0)
		cf_crossdoc_each_doc(cd, postings_map, postings_reduce, &all);
	g_clear_pointer(&shared, g_array_unref);
	g_array_sort(postings, posting_compare);
	/* every two sentences of a fingerprint in documents a rule compares, by pair of
	 * documents */
	g_autoptr(GArray) matches = g_array_new(FALSE, FALSE, sizeof(Match));
	for (guint i = 0; i < postings->len;) {
		guint j = i + 1;
		const Posting *first = &g_array_index(postings, Posting, i);
		while (j < postings->len &&
		       g_array_index(postings, Posting, j).text_hash == first->text_hash)
			j++;
		for (guint x = i; x < j; x++)
			for (guint y = x + 1; y < j; y++) {
				const Posting *px = &g_array_index(postings, Posting, x);
				const Posting *py = &g_array_index(postings, Posting, y);
				/* sorted: px->doc <= py->doc */
				if (px->doc == py->doc ||
				    !different_documents(&cd->docs[px->doc], &cd->docs[py->doc]))
					continue;
				Match m = {px->doc, py->doc, px->sentence, py->sentence};
				g_array_append_val(matches, m);
			}
		i = j;
	}
	g_clear_pointer(&postings, g_array_unref);
	g_array_sort(matches, match_compare);
	for (guint i = 0; i < matches->len;) {
		const Match *first = &g_array_index(matches, Match, i);
		guint j = i + 1;
		while (j < matches->len && g_array_index(matches, Match, j).doc_a == first->doc_a &&
		       g_array_index(matches, Match, j).doc_b == first->doc_b)
			j++;
		check_pair(cd, first, j - i);
		i = j;
	}
}
