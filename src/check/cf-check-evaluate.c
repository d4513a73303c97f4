#include "check/cf-check-evaluate.h"
#include "check/cf-check-rates.h"

#include <stdarg.h>
#include <string.h>

/* Suggestions are looked for only for numbers of at most this many digits. */
#define MAX_EDIT_DIGITS 12
/* A number written in more places than this (a row repeated in many sibling tables) is not
 * edited for suggestions: the places would have to change together. */
#define MAX_GROUP_SIZE 8
/* Relation evaluations spent on suggestions per document at most; past it, no suggestions
 * (keeps an adversarial document linear). */
#define MAX_SUGGESTION_EVALUATIONS 2000000
/* A message lists at most this many parts before "…". */
#define MAX_LISTED_PARTS 8

/* The places one number is written: a view of claims, in document order. */
typedef struct {
	const CfClaim *const *claims;
	guint len;
} Members;

typedef struct {
	CfRelation *relation;
	CfOutcome outcome;
	CfInterval computed;
	CfInterval stated;
	CfDecimal gap;
	/* every claim of the relation: n_claims of them, from claims_start in the document's
	 * pool of claims (cf_check_evaluate_relations()) */
	const CfClaim *const *claims;
	guint n_claims, claims_start;
	char *suggestion;
	guint visit; /* the last try_edit() that evaluated it (find_suggestions' stamp) */
	/* what an edit of needed_for (a group's members) must overlap for the relation to
	 * hold, when needed_exact (cf_check_needed_interval()); kept for the next edit */
	const CfClaim *const *needed_for;
	gboolean needed_exact;
	CfInterval needed;
	/* the terms' sum (cf_check_terms_sum()), once sum_known */
	gboolean sum_known;
	CfTermsSum sum;
	/* where each claim stands among the terms of a relation of many terms, once asked
	 * (evaluated_terms_index()); NULL otherwise */
	struct _TermsIndex *terms_index;
} Evaluated;

/* Which term each claim of a relation's terms is, and which terms are no claim: for a
 * relation of TERMS_INDEX_MIN terms or more, so that where an edited figure stands is looked
 * up, not searched for among the terms once per figure (a 合计 over n rows cost n²). */
typedef struct _TermsIndex {
	GHashTable *claims; /* const CfClaim* → GUINT_TO_POINTER(index + 1), or TERM_TWICE */
	GArray *others;     /* guint: the terms that are no claim */
} TermsIndex;

#define TERMS_INDEX_MIN 32
/* A claim that is more than one term of its relation. */
#define TERM_TWICE G_MAXUINT

static TermsIndex *
terms_index_new(const CfRelation *r)
{
	TermsIndex *index = g_new(TermsIndex, 1);
	index->claims = g_hash_table_new(g_direct_hash, g_direct_equal);
	index->others = g_array_new(FALSE, FALSE, sizeof(guint));
	for (guint k = 0; k < r->terms->len; k++) {
		const CfTerm *t = g_ptr_array_index(r->terms, k);
		if (t->kind != CF_TERM_CLAIM) {
			g_array_append_val(index->others, k);
			continue;
		}
		gpointer value = g_hash_table_contains(index->claims, t->claim)
					 ? GUINT_TO_POINTER(TERM_TWICE)
					 : GUINT_TO_POINTER(k + 1);
		g_hash_table_insert(index->claims, (gpointer)t->claim, value);
	}
	return index;
}

static void
terms_index_free(TermsIndex *index)
{
	g_hash_table_unref(index->claims);
	g_array_unref(index->others);
	g_free(index);
}

/* @e's terms index, built when first asked; NULL for a relation of few terms. */
static const TermsIndex *
evaluated_terms_index(Evaluated *e)
{
	if (e->terms_index == NULL && e->relation->terms->len >= TERMS_INDEX_MIN)
		e->terms_index = terms_index_new(e->relation);
	return e->terms_index;
}

/* @e's terms' sum, worked out when first asked. */
static const CfTermsSum *
evaluated_sum(Evaluated *e)
{
	if (!e->sum_known) {
		cf_check_terms_sum(e->relation, &e->sum);
		e->sum_known = TRUE;
	}
	return &e->sum;
}

/* Frees what @e owns (not @e: the relations of a document are evaluated in one block). */
static void
evaluated_clear(gpointer data)
{
	Evaluated *e = data;
	g_free(e->suggestion);
	g_clear_pointer(&e->terms_index, terms_index_free);
}

/* ---- single edits ---- */

/* @value: what @text reads as (cf_decimal_parse()), when the digits were few enough to work it
 * out (at most MAX_EDIT_DIGITS), else NULL. */
typedef void (*EditFunc)(const char *text, gsize length, const CfDecimal *value, gpointer data);

/* Calls @func with @text when it is a plausible number other than @original.  (Not inlined:
 * gcc would unswitch the callers' loops on its tests and then warn about the copies.) */
static G_GNUC_NO_INLINE void
emit_edit(const char *original, gsize n, const char *text, gsize length, gint64 mantissa,
	  int scale, gboolean valued, EditFunc func, gpointer data)
{
	if (length == 0 || text[0] == '.' || text[length - 1] == '.')
		return;
	if (text[0] == '0' && length > 1 && text[1] != '.')
		return;
	if (length == n && memcmp(text, original, n) == 0)
		return;
	const CfDecimal value = {mantissa, scale};
	func(text, length, valued ? &value : NULL, data);
}

/* Which figures a search still wants: per scale t, an edit whose value is v × 10^-t is
 * wanted when low[t] <= v <= high[t] (cf_interval_stated_window()); computed for a scale
 * when first asked.  Without an interval every edit is wanted. */
typedef struct {
	const CfInterval *within;
	guint known; /* bit t: low[t] and high[t] computed */
	gint64 low[MAX_EDIT_DIGITS + 1];
	gint64 high[MAX_EDIT_DIGITS + 1];
} EditWindow;

static inline gboolean
window_wants(EditWindow *w, gint64 v, int scale)
{
	if (w->within == NULL)
		return TRUE;
	if (!(w->known & (1u << scale))) {
		cf_interval_stated_window(*w->within, scale, &w->low[scale], &w->high[scale]);
		w->known |= 1u << scale;
	}
	return w->low[scale] <= v && v <= w->high[scale];
}

/* ⌊a / b⌋ for b > 0 (|a| well inside 64 bits). */
static inline gint64
floor_div(gint64 a, gint64 b)
{
	return a >= 0 ? a / b : -((-a + b - 1) / b);
}

/* The digits d (from *@from to *@to, an empty range when *@from > *@to) for which
 * window_wants(@w, @base + d × @place, @scale) holds: one division per place instead of a
 * comparison per digit (@place > 0 when @w has an interval). */
static inline void
window_digits(EditWindow *w, gint64 base, gint64 place, int scale, int *from, int *to)
{
	*from = 0;
	*to = 9;
	if (w->within == NULL)
		return;
	if (!(w->known & (1u << scale))) {
		cf_interval_stated_window(*w->within, scale, &w->low[scale], &w->high[scale]);
		w->known |= 1u << scale;
	}
	/* low <= base + d × place <= high; the window's ends stay below 2^62 + 10^13 */
	gint64 low = -floor_div(base - w->low[scale], place);
	gint64 high = floor_div(w->high[scale] - base, place);
	*from = (int)CLAMP(low, 0, 10);
	*to = (int)CLAMP(high, -1, 9);
}

/* Calls @func once for every distinct single edit of @digits (@n bytes, a plain decimal), in
 * the order cf_check_single_edits() documents, whose stated interval overlaps @within (NULL:
 * every edit; else @n is at most MAX_EDIT_DIGITS).  The kinds cannot give each other's texts
 * (a change keeps the length and the point, a swap alters two places (adjacent, or on either
 * side of the point), a drop or an insertion
 * changes the length and keeps the point, a moved point moves it); within a kind only
 * dropping one of a run of equal digits, or inserting a digit next to an equal one, repeat a
 * text: the first of those is kept, so no set of seen texts is needed.  Each edit's value is
 * worked out from the digits' (mantissa ± a digit × its place) before its text is written,
 * so the edits @within rules out cost a comparison each. */
static void
single_edits_within(const char *digits, gsize n, const CfInterval *within, EditFunc func,
		    gpointer data)
{
	char buffer[64];
	if (n >= sizeof buffer - 2)
		return;
	g_return_if_fail(within == NULL || n <= MAX_EDIT_DIGITS);
	/* low[] and high[] are read only where known says they were computed */
	EditWindow window;
	window.within = within;
	window.known = 0;
	/* each edit's value is worked out alongside its text when the digits are few enough */
	const gboolean valued = n <= MAX_EDIT_DIGITS;
	/* the digits without the point: bare[0..m), mantissa, scale, the point's place */
	char bare[64];
	gsize m = 0, point = n;
	gint64 mantissa = 0;
	for (gsize i = 0; i < n; i++) {
		if (digits[i] == '.') {
			point = i;
			continue;
		}
		bare[m++] = digits[i];
		if (valued)
			mantissa = mantissa * 10 + (digits[i] - '0');
	}
	bare[m] = '\0';
	int scale = point < n ? (int)(n - 1 - point) : 0;
	/* 10^(places after bare digit j), when weighed; 0 otherwise (all wanted then) */
#define PLACE(j) (valued ? cf_decimal_pow10[m - 1 - (j)] : 0)

	/* change one digit */
	memcpy(buffer, digits, n + 1);
	for (gsize i = 0, j = 0; i < n; i++) {
		if (digits[i] == '.')
			continue;
		gint64 place = PLACE(j), base = mantissa - (digits[i] - '0') * place;
		j++;
		int from, to;
		window_digits(&window, base, place, scale, &from, &to);
		for (char d = (char)('0' + from); d <= '0' + to; d++) {
			if (d == digits[i])
				continue;
			buffer[i] = d;
			emit_edit(digits, n, buffer, n, base + (d - '0') * place, scale, valued, func,
				  data);
		}
		buffer[i] = digits[i];
	}
	/* drop one digit */
	for (gsize i = 0, j = 0; i < n; i++) {
		if (digits[i] == '.')
			continue;
		gint64 place = PLACE(j);
		j++;
		if (i > 0 && digits[i - 1] == digits[i])
			continue;
		gint64 v = valued ? mantissa / (place * 10) * place + mantissa % place : 0;
		int at_scale = i > point ? scale - 1 : scale;
		if (!window_wants(&window, v, at_scale))
			continue;
		memcpy(buffer, digits, i);
		memcpy(buffer + i, digits + i + 1, n - i);
		emit_edit(digits, n, buffer, n - 1, v, at_scale, valued, func, data);
	}
	/* insert one digit */
	for (gsize i = 0; i <= n; i++) {
		/* the digits after the new one, and their place value */
		gsize after = m - (i > point ? i - 1 : i);
		gint64 place = valued ? cf_decimal_pow10[after] : 0;
		gint64 base = valued ? mantissa / place * place * 10 + mantissa % place : 0;
		int at_scale = i > point ? scale + 1 : scale;
		int from, to;
		window_digits(&window, base, place, at_scale, &from, &to);
		if (from > to)
			continue;
		memcpy(buffer, digits, i);
		memcpy(buffer + i + 1, digits + i, n - i + 1);
		for (char d = (char)('0' + from); d <= '0' + to; d++) {
			if (i > 0 && digits[i - 1] == d)
				continue;
			buffer[i] = d;
			emit_edit(digits, n, buffer, n + 1, base + (d - '0') * place, at_scale, valued,
				  func, data);
		}
	}
	/* swap two adjacent digits, or the two on either side of the point (3.70 for 7.30) */
	for (gsize i = 0, j = 0; i + 1 < n; i++) {
		if (digits[i] == '.')
			continue;
		gint64 place = PLACE(j);
		j++;
		gsize k = digits[i + 1] == '.' ? i + 2 : i + 1;
		if (k >= n || digits[i] == digits[k])
			continue;
		/* digit a from place p to p/10, b the other way: + (b − a)(p − p/10) */
		gint64 v = mantissa + (digits[k] - digits[i]) * (place - place / 10);
		if (!window_wants(&window, v, scale))
			continue;
		memcpy(buffer, digits, n + 1);
		buffer[i] = digits[k];
		buffer[k] = digits[i];
		emit_edit(digits, n, buffer, n, v, scale, valued, func, data);
	}
#undef PLACE
	/* move (or add) the decimal point */
	if (m >= 2) {
		/* buffer[k] = bare[k - 1] after the point; the point walks right one place a time */
		buffer[0] = bare[0];
		memcpy(buffer + 2, bare + 1, m);
		for (gsize at = 1; at < m; at++) {
			buffer[at] = '.';
			if (window_wants(&window, mantissa, (int)(m - at)))
				emit_edit(digits, n, buffer, m + 1, mantissa, (int)(m - at), valued,
					  func, data);
			buffer[at] = bare[at];
		}
	}
	if (m < n && window_wants(&window, mantissa, 0))
		emit_edit(digits, n, bare, m, mantissa, 0, valued, func, data);
}

/* (Only tests list edits: each is checked to read as the value worked out for it.) */
static void
add_edit_cb(const char *text, gsize length, const CfDecimal *value, gpointer data)
{
	if (value) {
		CfDecimal parsed;
		g_assert_true(cf_decimal_parse(text, (gssize)length, &parsed));
		g_assert_cmpint(parsed.mantissa, ==, value->mantissa);
		g_assert_cmpint(parsed.scale, ==, value->scale);
	}
	g_ptr_array_add(data, g_strndup(text, length));
}

void
cf_check_single_edits(const char *digits, GPtrArray *out)
{
	single_edits_within(digits, strlen(digits), NULL, add_edit_cb, out);
}

void
cf_check_single_edits_within(const char *digits, const CfInterval *within, GPtrArray *out)
{
	single_edits_within(digits, strlen(digits), within, add_edit_cb, out);
}

/* One edit of a claim's figure as try_edit() weighs it: the text and what it stands for. */
typedef struct {
	char text[MAX_EDIT_DIGITS + 2];
	CfDecimal stated;
	CfTermValue value; /* base unit */
	const char *unit; /* the unit the figure is given instead (420.37元 → 万元), or NULL */
} Edit;

/* Sets up @e for the edit @text of @claim, which reads as @value (NULL: not known yet): FALSE
 * when it does not read as a number or its value does not fit in the base unit (the edit is
 * then not weighed at all).  The text is left to edit_set_text(): only the best edit needs it. */
static gboolean
edit_init(Edit *e, const CfClaim *claim, const char *text, gsize length, const CfDecimal *value)
{
	if (length >= sizeof e->text)
		return FALSE;
	e->unit = NULL;
	if (value)
		e->stated = *value;
	else if (!cf_decimal_parse(text, (gssize)length, &e->stated))
		return FALSE;
	return cf_decimal_shift(e->stated, claim->unit_exponent, &e->value.point) &&
	       cf_interval_shift(cf_interval_stated(e->stated), claim->unit_exponent,
				 &e->value.interval);
}

/* Writes @text (which edit_init() took) into @e. */
static void
edit_set_text(Edit *e, const char *text, gsize length)
{
	memcpy(e->text, text, length);
	e->text[length] = '\0';
}

/* ---- evaluation ---- */

static void
collect_claims(const CfRelation *r, GPtrArray *out)
{
	cf_term_collect_claims(r->result, out);
	for (guint i = 0; i < r->terms->len; i++)
		cf_term_collect_claims(g_ptr_array_index(r->terms, i), out);
}

static const CfClaim *
result_claim(const CfRelation *r)
{
	if (r->result->kind == CF_TERM_CLAIM)
		return r->result->claim;
	g_autoptr(GPtrArray) claims = g_ptr_array_new();
	cf_term_collect_claims(r->result, claims);
	return claims->len ? g_ptr_array_index(claims, 0) : NULL;
}

static gboolean is_other_share(const Evaluated *e);

static gboolean
needs_finding(const Evaluated *e)
{
	if (e->relation->tie || e->relation->silent)
		return FALSE;
	if (e->relation->small_gaps_only && e->outcome == CF_OUTCOME_BROKEN)
		return FALSE;
	switch (e->outcome) {
	case CF_OUTCOME_NEAR:
	case CF_OUTCOME_SMALL:
	case CF_OUTCOME_BROKEN:
		return TRUE;
	case CF_OUTCOME_ROUNDING:
		/* (a share that is the other share holds by rounding only where a base is a
		 * round figure: 0.53 / 1 and 47%) */
		return e->relation->note_rounding || is_other_share(e);
	default:
		return FALSE;
	}
}

static gboolean
is_broken(CfOutcome o)
{
	return o == CF_OUTCOME_SMALL || o == CF_OUTCOME_BROKEN || o == CF_OUTCOME_NEAR;
}

/* A set of pointers that is mostly tiny (the claims of one relation, their lines): the first
 * few in an array searched in place, the rest in a hash table made only when they overflow
 * it, so most sets cost no allocation and no hashing. */
#define SMALL_SET_SIZE 16

typedef struct {
	gconstpointer items[SMALL_SET_SIZE];
	guint n;
	GHashTable *more; /* the members past the first SMALL_SET_SIZE, or NULL */
} SmallSet;

/* Adds @item to @set: TRUE when it was not in it. */
static gboolean
small_set_add(SmallSet *set, gconstpointer item)
{
	for (guint i = 0; i < set->n; i++)
		if (set->items[i] == item)
			return FALSE;
	if (set->more && g_hash_table_contains(set->more, item))
		return FALSE;
	if (set->n < SMALL_SET_SIZE) {
		set->items[set->n++] = item;
		return TRUE;
	}
	if (set->more == NULL)
		set->more = g_hash_table_new(g_direct_hash, g_direct_equal);
	g_hash_table_add(set->more, (gpointer)item);
	return TRUE;
}

static void
small_set_clear(SmallSet *set)
{
	g_clear_pointer(&set->more, g_hash_table_unref);
	set->n = 0;
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(SmallSet, small_set_clear)

/* Claims in document order: what is built from a hash table keyed by pointers must not depend
 * on where malloc put the claims (suggestions name places in this order). */
static gint
compare_claim_place(gconstpointer a, gconstpointer b)
{
	const CfClaim *x = *(const CfClaim *const *)a, *y = *(const CfClaim *const *)b;
	if (x->range.start != y->range.start)
		return x->range.start < y->range.start ? -1 : 1;
	if (x->range.end != y->range.end)
		return x->range.end < y->range.end ? -1 : 1;
	return 0;
}

/* compare_claim_place() for g_qsort_with_data() */
static gint
compare_claim_place_with_data(gconstpointer a, gconstpointer b, G_GNUC_UNUSED gpointer data)
{
	return compare_claim_place(a, b);
}

/* claim → the relations (Evaluated*) it takes part in, in the order of the relations: one
 * list per claim, its nodes in one array (no array per claim). */
typedef struct {
	Evaluated *e;
	guint next; /* the next node's index + 1; 0 at the end */
} RelationNode;

typedef struct {
	guint first, last; /* a list's first and last nodes' indexes + 1 */
	const CfClaim *claim;
	/* union-find over claims tied by exactly holding EQUAL relations (one quantity written
	 * in two places, a row in two sibling tables, is edited in both places at once): the
	 * index + 1 of the list of the claim this one is tied to, 0 for a root */
	guint parent;
	/* for a root: every claim of its group in document order, itself first when alone (the
	 * same array each time: edits' needed intervals are kept per members array): n_members
	 * of ClaimRelations.members from member_start, set by claim_relations_group_all() for
	 * groups of more than one (else n_members is 0 and the group is the claim alone) */
	guint member_start, n_members;
} RelationList;

typedef struct {
	/* const CfClaim* → index + 1 of its RelationList: open addressing, linear probing,
	 * at most half full (a GHashTable costs more than the search's own work here) */
	const CfClaim **keys;
	guint *lists;
	guint mask;
	RelationList *heads; /* n_heads of them */
	RelationNode *nodes; /* n_nodes of them */
	guint n_heads, n_nodes;
	const CfClaim **members; /* the groups' members, one group after another; or NULL */
} ClaimRelations;

/* Room for @capacity claims' places in relations (as many lists and nodes at most). */
static void
claim_relations_init(ClaimRelations *cr, guint capacity)
{
	guint slots = 16;
	while (slots < 2 * capacity)
		slots *= 2;
	cr->keys = g_new0(const CfClaim *, slots);
	cr->lists = g_new(guint, slots);
	cr->mask = slots - 1;
	cr->heads = g_new(RelationList, capacity);
	cr->nodes = g_new(RelationNode, capacity);
	cr->n_heads = cr->n_nodes = 0;
	cr->members = NULL;
}

static void
claim_relations_clear(ClaimRelations *cr)
{
	g_free(cr->members);
	g_free(cr->keys);
	g_free(cr->lists);
	g_free(cr->heads);
	g_free(cr->nodes);
}

/* The slot of @claim in @cr's table: where it is, or the empty one it would go in. */
static guint
claim_relations_slot(const ClaimRelations *cr, const CfClaim *claim)
{
	guint64 h = (guint64)(guintptr)claim * G_GUINT64_CONSTANT(0x9E3779B97F4A7C15);
	guint i = (guint)(h >> 32) & cr->mask;
	while (cr->keys[i] != NULL && cr->keys[i] != claim)
		i = (i + 1) & cr->mask;
	return i;
}

/* Adds @e to @claim's list unless it is already its last. */
static void
claim_relations_add(ClaimRelations *cr, const CfClaim *claim, Evaluated *e)
{
	guint slot = claim_relations_slot(cr, claim);
	if (cr->keys[slot] == NULL) {
		cr->heads[cr->n_heads++] = (RelationList){0, 0, claim, 0, 0, 0};
		cr->keys[slot] = claim;
		cr->lists[slot] = cr->n_heads;
	}
	guint list = cr->lists[slot];
	RelationList *l = &cr->heads[list - 1];
	if (l->last && cr->nodes[l->last - 1].e == e)
		return;
	cr->nodes[cr->n_nodes++] = (RelationNode){e, 0};
	if (l->last)
		cr->nodes[l->last - 1].next = cr->n_nodes;
	else
		l->first = cr->n_nodes;
	l->last = cr->n_nodes;
}

/* The index + 1 of the first node of @claim's list; 0 when it has none. */
static guint
claim_relations_first(const ClaimRelations *cr, const CfClaim *claim)
{
	guint slot = claim_relations_slot(cr, claim);
	return cr->keys[slot] ? cr->heads[cr->lists[slot] - 1].first : 0;
}

/* The index + 1 of the list of the root of @claim's group (@claim takes part in a relation). */
static guint
claim_relations_root(const ClaimRelations *cr, const CfClaim *claim)
{
	guint slot = claim_relations_slot(cr, claim);
	g_assert(cr->keys[slot] != NULL);
	guint list = cr->lists[slot];
	while (cr->heads[list - 1].parent)
		list = cr->heads[list - 1].parent;
	return list;
}

/* The index + 1 of the root of the list @list (index + 1), every list on the way made to
 * point at it: a chain of ties (one amount restated a thousand times) is walked once, not
 * once per claim (which cost n²). */
static guint
claim_relations_find(ClaimRelations *cr, guint list)
{
	guint root = list;
	while (cr->heads[root - 1].parent)
		root = cr->heads[root - 1].parent;
	while (list != root) {
		guint next = cr->heads[list - 1].parent;
		cr->heads[list - 1].parent = root;
		list = next;
	}
	return root;
}

/* Ties the groups of @a and @b (the root of @b's joins @a's). */
static void
claim_relations_tie(ClaimRelations *cr, const CfClaim *a, const CfClaim *b)
{
	guint ra = claim_relations_find(cr, cr->lists[claim_relations_slot(cr, a)]);
	guint rb = claim_relations_find(cr, cr->lists[claim_relations_slot(cr, b)]);
	if (ra != rb)
		cr->heads[rb - 1].parent = ra;
}

/* The groups of more than one claim, built once all ties are known: every claim tied to
 * another is in its root's members, in document order. */
static void
claim_relations_group_all(ClaimRelations *cr)
{
	/* every list pointing at its root: claim_relations_root() takes one step from here on */
	for (guint i = 0; i < cr->n_heads; i++)
		if (cr->heads[i].parent)
			claim_relations_find(cr, i + 1);
	/* each root's group size (itself and the claims tied to it), then their places in one
	 * array, then the claims: the root first, the others in the order of their lists */
	guint total = 0;
	for (guint i = 0; i < cr->n_heads; i++) {
		if (cr->heads[i].parent == 0)
			continue;
		RelationList *root = &cr->heads[claim_relations_root(cr, cr->heads[i].claim) - 1];
		root->n_members += root->n_members ? 1 : 2;
		total += root->n_members == 2 ? 2 : 1;
	}
	if (total == 0)
		return;
	cr->members = g_new(const CfClaim *, total);
	guint start = 0;
	for (guint i = 0; i < cr->n_heads; i++) {
		RelationList *l = &cr->heads[i];
		if (l->n_members == 0)
			continue;
		l->member_start = start;
		start += l->n_members;
		cr->members[l->member_start] = l->claim;
		l->n_members = 1; /* counted again as they are placed */
	}
	for (guint i = 0; i < cr->n_heads; i++) {
		if (cr->heads[i].parent == 0)
			continue;
		RelationList *root = &cr->heads[claim_relations_root(cr, cr->heads[i].claim) - 1];
		cr->members[root->member_start + root->n_members++] = cr->heads[i].claim;
	}
	/* as g_ptr_array_sort() sorts (GLib's stable sort) */
	for (guint i = 0; i < cr->n_heads; i++)
		if (cr->heads[i].n_members)
			g_qsort_with_data(cr->members + cr->heads[i].member_start,
					  (gint)cr->heads[i].n_members, sizeof(const CfClaim *),
					  compare_claim_place_with_data, NULL);
}

/* The members of the group whose root's list is @root (index + 1). */
static Members
claim_relations_members(const ClaimRelations *cr, guint root)
{
	const RelationList *l = &cr->heads[root - 1];
	if (l->n_members)
		return (Members){cr->members + l->member_start, l->n_members};
	return (Members){&l->claim, 1};
}

typedef struct {
	const CfClaim *claim;
	Members members;    /* borrowed: every place the edited number is written */
	Edit edit;          /* the edited figure */
	guint fixed;        /* broken relations that hold after the edit */
	guint exact;        /* of those, the ones that hold exactly, not by rounding alone */
	Evaluated **fixes;  /* the fixed relations: a buffer of the search's */
} Candidate;

static gboolean needed_interval_summed(const CfRelation *r, const Members *members,
				       const CfTermsSum *sum, const TermsIndex *index,
				       CfInterval *needed);

/* Whether an edit of @members makes @e's relation hold exactly when it overlaps @e->needed
 * (needed_interval_summed()), worked out once per members: the search asks it both when
 * @e is its target and when an edit for another target touches @e. */
static gboolean
evaluated_needed(Evaluated *e, const Members *members)
{
	if (e->needed_for != members->claims) {
		e->needed_for = members->claims;
		e->needed_exact = needed_interval_summed(e->relation, members, evaluated_sum(e),
							 evaluated_terms_index(e), &e->needed);
	}
	return e->needed_exact;
}

/* What cf_relation_evaluate() says of @e's relation with the edit @overrides of @members,
 * as far as try_edit() needs it: whether it holds and else the gap (the outcome is then
 * BROKEN, or UNKNOWN when it could not be worked out).  Where the edited number stands
 * once, as the result or a plain term of a sum, an equality or a bound, that is the edit's
 * overlap with (else its distance from) the interval the number must meet, worked out
 * once for all the edits of @members: the other figures add up the same way each time. */
static CfOutcome
outcome_after_edit(Evaluated *e, const Members *members, const CfOverrides *overrides, CfDecimal *gap)
{
	if (evaluated_needed(e, members)) {
		if (cf_interval_overlaps(overrides->value.interval, e->needed))
			return CF_OUTCOME_EXACT;
		if (cf_interval_gap(overrides->value.interval, e->needed, gap))
			return CF_OUTCOME_BROKEN;
	}
	return cf_relation_evaluate(e->relation, overrides, NULL, NULL, gap);
}

/* Tries one edit of @claim (and its group) against every relation they take part in.
 * @visit is a stamp no earlier call used; @target_holds says the edit is already known to
 * make the target hold (cf_check_needed_interval()).  Each relation weighed counts against
 * the budget @spent, whether it had to be evaluated or not.  The relations the edit fixes
 * are listed in @fixes (room for every relation), which @out takes when it returns TRUE. */
static gboolean
try_edit(const CfClaim *claim, const Members *members, const Edit *edit,
	 const ClaimRelations *claim_relations, Evaluated *target, gboolean target_holds,
	 guint visit, guint64 *spent, Evaluated **fixes, Candidate *out)
{
	CfOverrides overrides = {members->claims, members->len, edit->value};

	/* the relation of the finding must hold (evaluated even when known to: whether it
	 * holds exactly tells two edits apart) */
	(*spent)++;
	CfOutcome held = cf_relation_evaluate(target->relation, &overrides, NULL, NULL, NULL);
	if (!target_holds && !cf_outcome_holds(held))
		return FALSE;
	guint fixed = 0, exact = 0;
	for (guint m = 0; m < members->len; m++) {
		guint next = claim_relations_first(claim_relations, members->claims[m]);
		while (next) {
			const RelationNode *node = &claim_relations->nodes[next - 1];
			next = node->next;
			Evaluated *e = node->e;
			if (e->visit == visit)
				continue;
			e->visit = visit;
			CfDecimal gap;
			(*spent)++;
			/* the target holds: known from above */
			CfOutcome o = e == target ? held
						  : outcome_after_edit(e, members, &overrides, &gap);
			gboolean was_broken = is_broken(e->outcome);
			if (e == target || cf_outcome_holds(o)) {
				if (was_broken) {
					fixes[fixed++] = e;
					exact += o == CF_OUTCOME_EXACT;
				}
				continue;
			}
			/* never break what held, never widen a gap */
			if (!was_broken || o == CF_OUTCOME_UNKNOWN)
				return FALSE;
			if (cf_decimal_compare(gap, e->gap) > 0)
				return FALSE;
		}
	}
	out->claim = claim;
	out->members = *members;
	out->edit = *edit;
	out->fixed = fixed;
	out->exact = exact;
	out->fixes = fixes;
	return TRUE;
}

/* TRUE when two candidates edit the same number to the same value (3000 and 3000.0). */
static gboolean
same_figure(const Candidate *a, const Candidate *b)
{
	return a->claim == b->claim && a->edit.unit == b->edit.unit &&
	       cf_decimal_compare(a->edit.stated, b->edit.stated) == 0;
}

static gint
compare_uint(gconstpointer a, gconstpointer b)
{
	guint x = *(const guint *)a, y = *(const guint *)b;
	return x < y ? -1 : x > y;
}

static char *
describe_fix(const Candidate *best)
{
	g_autoptr(GString) s = g_string_new(NULL);
	const CfClaim *c = best->claim;
	if (c->label && *c->label)
		cf_check_append_strings(s, c->label, " ", NULL);
	cf_decimal_append(c->stated, s);
	if (best->edit.unit)
		cf_check_append(s, c->unit);
	/* every place the number is written, in line order */
	g_autoptr(GArray) lines = g_array_new(FALSE, FALSE, sizeof(guint));
	for (guint i = 0; i < best->members.len; i++) {
		const CfClaim *m = best->members.claims[i];
		g_array_append_val(lines, m->line);
	}
	if (lines->len == 0)
		g_array_append_val(lines, c->line);
	g_array_sort(lines, compare_uint);
	cf_check_append(s, lines->len > 1 ? " (lines " : " (line ");
	for (guint i = 0; i < lines->len; i++) {
		guint line = g_array_index(lines, guint, i);
		if (i > 0 && line == g_array_index(lines, guint, i - 1))
			continue;
		if (i)
			cf_check_append(s, ", ");
		cf_check_append_uint(s, line);
	}
	g_string_append_c(s, ')');
	cf_check_append_strings(s, " → ", best->edit.text, best->edit.unit ? best->edit.unit : "",
				" would reconcile ", NULL);
	for (guint i = 0; i < best->fixed; i++) {
		const Evaluated *e = best->fixes[i];
		const CfClaim *r = result_claim(e->relation);
		if (i > 0)
			cf_check_append(s, i + 1 == best->fixed ? " and " : ", ");
		if (r == NULL)
			continue;
		if (r == c && e->relation->terms->len > 0) {
			/* the edited number is the result: name what it is compared with */
			cf_check_append(s, e->relation->what ? e->relation->what : "its parts");
			continue;
		}
		if (r->label && *r->label)
			cf_check_append_strings(s, r->label, " ", NULL);
		cf_check_append_claim(s, r);
		cf_check_append(s, " (line ");
		cf_check_append_uint(s, r->line);
		g_string_append_c(s, ')');
	}
	return g_string_free(g_steal_pointer(&s), FALSE);
}

/* TRUE when @claim is one of @members (a handful at most: MAX_GROUP_SIZE). */
static inline gboolean
is_member(const Members *members, const CfClaim *claim)
{
	for (guint i = 0; i < members->len; i++)
		if (members->claims[i] == claim)
			return TRUE;
	return FALSE;
}

/* TRUE when @term mentions a claim of @members. */
static gboolean
term_involves(const CfTerm *term, const Members *members)
{
	if (term->kind == CF_TERM_CLAIM)
		return is_member(members, term->claim);
	for (guint i = 0; term->children && i < term->children->len; i++)
		if (term_involves(g_ptr_array_index(term->children, i), members))
			return TRUE;
	return FALSE;
}

/* Every value: what an edit must meet when any edit may make the relation hold. */
static CfInterval
interval_any(void)
{
	CfInterval any = {{0, 0}, {0, 0}, TRUE, TRUE};
	return any;
}

/* For a sum, an equality or a bound in which the edited number (any of @members) stands
 * once, as the result or as one plain term: the interval its new value must meet for the
 * relation to hold.  Lets the search skip, with one comparison, every edit that cannot fix
 * the relation — exactly the edits whose evaluation would not hold (an edit is a stated
 * figure: its interval is bounded and holds its point):
 *   sum, equality   result − the other terms, or the sum of the terms (interval sums overlap
 *                   iff this does);
 *   partial sum     (其中 …: only parts above the total contradict) the parts' low end must
 *                   not pass the total's high end: [others.low, ∞) for the total, (−∞,
 *                   result.high − others.low] for a part;
 *   at most         result ≤ bound: (−∞, bound.high] for the result, [result.low, ∞) for
 *                   the bound.
 * FALSE when it does not apply. */
/* One end of a CfTermsSum being added up: the sum at the largest scale so far, its terms'
 * magnitudes there, how many terms have that scale and the largest scale below it. */
typedef struct {
	gint64 sum;
	guint64 size;
	gint32 scale, below;
	guint at_scale;
} SumEnd;

/* Adds @d to @end (the first term when @first); FALSE when the magnitudes do not fit. */
static gboolean
sum_end_add(SumEnd *end, CfDecimal d, gboolean first)
{
	/* |mantissa| <= 2^63: no overflow in unsigned 64 bits before the test */
	guint64 size = d.mantissa < 0 ? -(guint64)d.mantissa : (guint64)d.mantissa;
	gint64 m = d.mantissa;
	if (first) {
		*end = (SumEnd){0, 0, d.scale, 0, 0};
	} else if (d.scale > end->scale) {
		/* the sum so far to the new scale (its magnitude bounds the sum's) */
		gint64 p = cf_decimal_pow10[d.scale - end->scale];
		if (__builtin_mul_overflow(end->size, (guint64)p, &end->size) ||
		    end->size > G_MAXINT64)
			return FALSE;
		end->sum *= p;
		end->below = end->scale;
		end->at_scale = 0;
		end->scale = d.scale;
	} else if (d.scale < end->scale) {
		gint64 p = cf_decimal_pow10[end->scale - d.scale];
		if (__builtin_mul_overflow(size, (guint64)p, &size) || size > G_MAXINT64)
			return FALSE;
		m *= p;
		end->below = MAX(end->below, d.scale);
	}
	if (d.scale == end->scale)
		end->at_scale++;
	end->size += size;
	if (end->size > G_MAXINT64)
		return FALSE;
	end->sum += m;
	return TRUE;
}

void
cf_check_terms_sum(const CfRelation *r, CfTermsSum *sum)
{
	*sum = (CfTermsSum){.exact = FALSE};
	SumEnd low = {0}, high = {0};
	for (guint k = 0; k < r->terms->len; k++) {
		CfDecimal point;
		CfInterval ti;
		if (!cf_term_evaluate(g_ptr_array_index(r->terms, k), NULL, &point, &ti) ||
		    ti.low_unbounded || ti.high_unbounded || !sum_end_add(&low, ti.low, k == 0) ||
		    !sum_end_add(&high, ti.high, k == 0))
			return;
	}
	*sum = (CfTermsSum){TRUE,	    low.sum,	     high.sum,	     low.scale,
			    high.scale,	    low.at_scale,    high.at_scale, low.below,
			    high.below};
}

/* One end of the sum of all terms but one: @total (at @scale) less the left-out term's end
 * @d, at the scale adding the others up gives (see CfTermsSum). */
static CfDecimal
sum_without(gint64 total, gint32 scale, guint at_scale, gint32 below, CfDecimal d)
{
	gint64 v = total - d.mantissa * cf_decimal_pow10[scale - d.scale];
	if (d.scale != scale || at_scale > 1)
		return (CfDecimal){v, scale};
	/* exact: every other term's end has at most the scale below */
	return (CfDecimal){v / cf_decimal_pow10[scale - below], below};
}

/* The sum of the intervals of @r's terms but the @skip-th, as adding them up from zero gives
 * it; FALSE when a term cannot be evaluated or the sum does not fit. */
static gboolean
others_sum(const CfRelation *r, guint skip, const CfTermsSum *sum, CfInterval *others)
{
	CfDecimal point;
	CfInterval ti;
	*others = cf_interval_point(cf_decimal_from_int(0));
	if (sum && sum->exact) {
		/* adding up from 0 (scale 0) gives the terms' scales once there is a term */
		if (skip >= r->terms->len) {
			others->low = (CfDecimal){sum->low, sum->low_scale};
			others->high = (CfDecimal){sum->high, sum->high_scale};
			return TRUE;
		}
		if (r->terms->len == 1)
			return TRUE;
		if (!cf_term_evaluate(g_ptr_array_index(r->terms, skip), NULL, &point, &ti))
			return FALSE;
		others->low = sum_without(sum->low, sum->low_scale, sum->low_at_scale,
					  sum->low_below, ti.low);
		others->high = sum_without(sum->high, sum->high_scale, sum->high_at_scale,
					   sum->high_below, ti.high);
		return TRUE;
	}
	for (guint k = 0; k < r->terms->len; k++) {
		if (k == skip)
			continue;
		if (!cf_term_evaluate(g_ptr_array_index(r->terms, k), NULL, &point, &ti) ||
		    !cf_interval_add(*others, ti, others))
			return FALSE;
	}
	return TRUE;
}

/* @index: @r's TermsIndex, or NULL (the terms are then searched). */
static gboolean
needed_interval_summed(const CfRelation *r, const Members *members, const CfTermsSum *sum,
		       const TermsIndex *index, CfInterval *needed)
{
	if (r->kind != CF_RELATION_SUM && r->kind != CF_RELATION_EQUAL &&
	    r->kind != CF_RELATION_AT_MOST)
		return FALSE;
	if (r->terms->len == 0)
		return FALSE;
	gboolean in_result =
		r->result->kind == CF_TERM_CLAIM && is_member(members, r->result->claim);
	if (!in_result && term_involves(r->result, members))
		return FALSE;
	gint in_term = -1;
	if (index != NULL) {
		/* the same as the search below: a member that is a term, once, and no other
		 * term that involves a member */
		for (guint m = 0; m < members->len; m++) {
			guint at = GPOINTER_TO_UINT(g_hash_table_lookup(index->claims,
									members->claims[m]));
			if (at == 0)
				continue;
			if (in_result || in_term >= 0 || at == TERM_TWICE)
				return FALSE;
			in_term = (gint)(at - 1);
		}
		for (guint i = 0; i < index->others->len; i++)
			if (term_involves(g_ptr_array_index(r->terms,
							    g_array_index(index->others, guint, i)),
					  members))
				return FALSE;
	} else {
		for (guint k = 0; k < r->terms->len; k++) {
			const CfTerm *t = g_ptr_array_index(r->terms, k);
			if (t->kind == CF_TERM_CLAIM && is_member(members, t->claim)) {
				if (in_result || in_term >= 0)
					return FALSE;
				in_term = (gint)k;
			} else if (term_involves(t, members)) {
				return FALSE;
			}
		}
	}
	if (!in_result && in_term < 0)
		return FALSE;
	if (r->kind != CF_RELATION_SUM && r->terms->len != 1)
		return FALSE;
	CfDecimal point;
	CfInterval others;
	if (!others_sum(r, in_term >= 0 ? (guint)in_term : G_MAXUINT, sum, &others))
		return FALSE;
	CfInterval result = {{0, 0}, {0, 0}, FALSE, FALSE};
	if (!in_result && !cf_term_evaluate(r->result, NULL, &point, &result))
		return FALSE;
	gboolean partial = r->kind == CF_RELATION_SUM && r->partial;
	if (r->kind == CF_RELATION_AT_MOST || partial) {
		*needed = interval_any();
		if (in_result && r->kind == CF_RELATION_AT_MOST) {
			needed->high = others.high;
			needed->high_unbounded = others.high_unbounded;
		} else if (in_result) {
			needed->low = others.low;
			needed->low_unbounded = others.low_unbounded;
		} else if (r->kind == CF_RELATION_AT_MOST) {
			needed->low = result.low;
			needed->low_unbounded = result.low_unbounded;
		} else if (!result.high_unbounded && !others.low_unbounded) {
			if (!cf_decimal_sub(result.high, others.low, &needed->high))
				return FALSE;
			needed->high_unbounded = FALSE;
		}
		return TRUE;
	}
	if (in_result) {
		*needed = others;
		return TRUE;
	}
	return cf_interval_sub(result, others, needed);
}

/* ---- necessary conditions ----
 * Where the edited number stands inside a product (a count × a price, a description's
 * parts) or in a ratio's terms, no interval says exactly which edits make the relation
 * hold, but one can say which cannot: those whose interval misses what the relation needs
 * of the number, widened by the rounding of products and quotients.  The edits kept are
 * evaluated as before, so the suggestions are the same. */

/* How many leaves of @term are claims of @members. */
static guint
term_count_members(const CfTerm *term, const Members *members)
{
	if (term->kind == CF_TERM_CLAIM)
		return is_member(members, term->claim) ? 1 : 0;
	guint n = 0;
	for (guint i = 0; term->children && i < term->children->len; i++)
		n += term_count_members(g_ptr_array_index(term->children, i), members);
	return n;
}

/* TRUE when every figure of @term but those of @members lies inside its own interval (as
 * stated figures do): then a relation whose figures agree exactly also has overlapping
 * intervals, and the bounds below need only follow the intervals. */
static gboolean
term_points_inside(const CfTerm *term, const Members *members)
{
	switch (term->kind) {
	case CF_TERM_CLAIM:
		if (is_member(members, term->claim))
			return TRUE;
		/* fall through */
	case CF_TERM_CONSTANT:
		return cf_interval_contains(term->interval, term->point);
	default:
		for (guint i = 0; term->children && i < term->children->len; i++)
			if (!term_points_inside(g_ptr_array_index(term->children, i), members))
				return FALSE;
		return TRUE;
	}
}

/* x / y rounded outward (down, or up when @up) at six decimals, or at none when that does
 * not fit. */
static gboolean
divide_outward(CfDecimal x, CfDecimal y, gboolean up, CfDecimal *out)
{
	for (int scale = 6; scale >= 0; scale -= 6) {
		CfDecimal q, ulp = {1, scale};
		if (cf_decimal_div(x, y, scale, &q))
			return up ? cf_decimal_add(q, ulp, out) : cf_decimal_sub(q, ulp, out);
	}
	return FALSE;
}

/* The sum of the intervals of @terms' children but @skip (NULL: all). */
static gboolean
sum_others(GPtrArray *terms, const CfTerm *skip, CfInterval *out)
{
	CfInterval sum = cf_interval_point(cf_decimal_from_int(0));
	for (guint k = 0; k < terms->len; k++) {
		const CfTerm *t = g_ptr_array_index(terms, k);
		CfDecimal point;
		CfInterval ti;
		if (t == skip)
			continue;
		if (!cf_term_evaluate(t, NULL, &point, &ti) || !cf_interval_add(sum, ti, &sum))
			return FALSE;
	}
	*out = sum;
	return TRUE;
}

/* The child of @terms holding the one claim of @members. */
static const CfTerm *
member_child(GPtrArray *terms, const Members *members)
{
	for (guint k = 0; k < terms->len; k++)
		if (term_count_members(g_ptr_array_index(terms, k), members))
			return g_ptr_array_index(terms, k);
	return NULL;
}

/* From @needed, what @term's interval must overlap, to what the one claim of @members inside
 * it must overlap: exactly through sums (the term less the others), a necessary condition
 * through products of non-negative figures (c × P meets N only if c meets
 * [N.low / P.high, N.high / P.low]; never when N lies below 0, as a product of
 * non-negative figures does not).  NONE when it cannot tell. */
static CfEditBound
needed_for_member(const CfTerm *term, const Members *members, CfInterval needed, CfInterval *out)
{
	if (term->kind == CF_TERM_CLAIM) {
		*out = needed;
		return CF_EDIT_BOUND_NECESSARY;
	}
	if (term->kind != CF_TERM_SUM && term->kind != CF_TERM_PRODUCT)
		return CF_EDIT_BOUND_NONE;
	const CfTerm *child = member_child(term->children, members);
	if (child == NULL)
		return CF_EDIT_BOUND_NONE;
	if (term->kind == CF_TERM_SUM) {
		CfInterval others;
		if (!sum_others(term->children, child, &others) ||
		    !cf_interval_sub(needed, others, &needed))
			return CF_EDIT_BOUND_NONE;
		return needed_for_member(child, members, needed, out);
	}
	CfInterval p = cf_interval_point(cf_decimal_from_int(1));
	for (guint k = 0; k < term->children->len; k++) {
		const CfTerm *t = g_ptr_array_index(term->children, k);
		CfDecimal point;
		CfInterval ti;
		if (t != child &&
		    (!cf_term_evaluate(t, NULL, &point, &ti) || !cf_interval_mul(p, ti, &p)))
			return CF_EDIT_BOUND_NONE;
	}
	/* the product's low end is at least 0 whenever it can be worked out */
	if (!needed.high_unbounded && cf_decimal_sign(needed.high) < 0)
		return CF_EDIT_BOUND_UNREACHABLE;
	CfInterval n = interval_any();
	if (!needed.low_unbounded && !p.high_unbounded && cf_decimal_sign(needed.low) > 0 &&
	    cf_decimal_sign(p.high) > 0) {
		if (!divide_outward(needed.low, p.high, FALSE, &n.low))
			return CF_EDIT_BOUND_NONE;
		n.low_unbounded = FALSE;
	}
	if (!needed.high_unbounded && cf_decimal_sign(p.low) > 0) {
		if (!divide_outward(needed.high, p.low, TRUE, &n.high))
			return CF_EDIT_BOUND_NONE;
		n.high_unbounded = FALSE;
	}
	return needed_for_member(child, members, n, out);
}

/* For a ratio a / b × 10^e with the edited number inside a or b: what that term must
 * overlap.  Holding means the quotient's interval (rounded outward by at most 1.5 units of
 * a quotient precision of at least 10^-6) overlaps the result's, or the point quotient
 * rounds to the stated result (within half its unit); either way the exact quotient
 * interval [a.low / b.high, a.high / b.low] × 10^e meets the result's widened by that
 * rounding. */
static gboolean
ratio_needed(const CfRelation *r, gboolean numerator, CfInterval *needed)
{
	const CfTerm *a = g_ptr_array_index(r->terms, 0), *b = g_ptr_array_index(r->terms, 1);
	CfDecimal rp, point;
	CfInterval ri, other;
	if (!cf_term_evaluate(r->result, NULL, &rp, &ri) ||
	    !cf_term_evaluate(numerator ? b : a, NULL, &point, &other))
		return FALSE;
	CfDecimal slack, low, high;
	if (!cf_decimal_add(cf_decimal_half_unit(rp), (CfDecimal){2, 6}, &slack) ||
	    (!ri.low_unbounded && !cf_decimal_sub(ri.low, slack, &low)) ||
	    (!ri.high_unbounded && !cf_decimal_add(ri.high, slack, &high)))
		return FALSE;
	*needed = interval_any();
	if (numerator) {
		/* a.low ≤ high × b.high / 10^e and a.high ≥ low × b.low / 10^e */
		if (other.low_unbounded || other.high_unbounded || cf_decimal_sign(other.low) <= 0)
			return FALSE;
		if (!ri.high_unbounded &&
		    (!cf_decimal_mul(high, other.high, &needed->high) ||
		     !cf_decimal_shift(needed->high, -r->ratio_exponent, &needed->high)))
			return FALSE;
		if (!ri.low_unbounded &&
		    (!cf_decimal_mul(low, other.low, &needed->low) ||
		     !cf_decimal_shift(needed->low, -r->ratio_exponent, &needed->low)))
			return FALSE;
		needed->low_unbounded = ri.low_unbounded;
		needed->high_unbounded = ri.high_unbounded;
		return TRUE;
	}
	/* b.high ≥ a.low × 10^e / high and b.low ≤ a.high × 10^e / low */
	if (other.low_unbounded || cf_decimal_sign(other.low) < 0)
		return FALSE;
	CfDecimal shifted;
	if (!ri.high_unbounded) {
		if (cf_decimal_sign(high) <= 0 ||
		    !cf_decimal_shift(other.low, r->ratio_exponent, &shifted) ||
		    !divide_outward(shifted, high, FALSE, &needed->low))
			return FALSE;
		needed->low_unbounded = FALSE;
	}
	if (!ri.low_unbounded && !other.high_unbounded && cf_decimal_sign(low) > 0) {
		if (!cf_decimal_shift(other.high, r->ratio_exponent, &shifted) ||
		    !divide_outward(shifted, low, TRUE, &needed->high))
			return FALSE;
		needed->high_unbounded = FALSE;
	}
	return TRUE;
}

/* A necessary condition for @r to hold once the number at @members (written once in @r,
 * inside a product, a sum within a term, or a ratio's terms) is edited: an interval the
 * edit must overlap (NECESSARY), none (UNREACHABLE) or none known (NONE). */
static CfEditBound
necessary_interval(const CfRelation *r, const Members *members, CfInterval *bound)
{
	guint in_result = term_count_members(r->result, members), in_terms = 0;
	for (guint k = 0; k < r->terms->len; k++)
		in_terms += term_count_members(g_ptr_array_index(r->terms, k), members);
	if (in_result + in_terms != 1 || !term_points_inside(r->result, members))
		return CF_EDIT_BOUND_NONE;
	for (guint k = 0; k < r->terms->len; k++)
		if (!term_points_inside(g_ptr_array_index(r->terms, k), members))
			return CF_EDIT_BOUND_NONE;
	const CfTerm *edited = in_result ? r->result : member_child(r->terms, members);
	CfInterval needed, computed, stated;
	CfDecimal point;
	switch (r->kind) {
	case CF_RELATION_RATIO:
		if (in_result || r->terms->len != 2 ||
		    !ratio_needed(r, edited == g_ptr_array_index(r->terms, 0), &needed))
			return CF_EDIT_BOUND_NONE;
		break;
	case CF_RELATION_SUM:
	case CF_RELATION_EQUAL:
	case CF_RELATION_AT_MOST:
		/* EQUAL and AT_MOST read their first term only */
		if (r->kind != CF_RELATION_SUM && r->terms->len != 1)
			return CF_EDIT_BOUND_NONE;
		if (in_result) {
			/* the result must meet the terms' sum (a partial sum: not lie under its
			 * low end; a bound: not lie over its high end) */
			if (!sum_others(r->terms, NULL, &computed))
				return CF_EDIT_BOUND_NONE;
			needed = computed;
			if (r->kind == CF_RELATION_AT_MOST)
				needed.low_unbounded = TRUE;
			else if (r->partial)
				needed.high_unbounded = TRUE;
			break;
		}
		/* the edited term must meet the result less the other terms (partial: its low
		 * end not over the result's high end; a bound: its high end not under the
		 * result's low end) */
		if (!cf_term_evaluate(r->result, NULL, &point, &stated) ||
		    !sum_others(r->terms, edited, &computed) ||
		    !cf_interval_sub(stated, computed, &needed))
			return CF_EDIT_BOUND_NONE;
		if (r->kind == CF_RELATION_AT_MOST) {
			needed.low = stated.low;
			needed.low_unbounded = stated.low_unbounded;
			needed.high_unbounded = TRUE;
		} else if (r->partial) {
			needed.low_unbounded = TRUE;
		}
		break;
	default:
		return CF_EDIT_BOUND_NONE;
	}
	return needed_for_member(edited, members, needed, bound);
}

/* What edit_bound() gives once needed_interval_summed() has not applied: the quotient's
 * bounds for a ratio whose result is edited, else necessary_interval(). */
static CfEditBound
edit_bound_inexact(const CfRelation *r, const Members *members, CfInterval *bound)
{
	if (r->kind == CF_RELATION_RATIO && r->result->kind == CF_TERM_CLAIM &&
	    is_member(members, r->result->claim)) {
		for (guint k = 0; k < r->terms->len; k++)
			if (term_involves(g_ptr_array_index(r->terms, k), members))
				return CF_EDIT_BOUND_NONE;
		return cf_relation_ratio_bounds(r, bound) ? CF_EDIT_BOUND_NECESSARY
							  : CF_EDIT_BOUND_NONE;
	}
	return necessary_interval(r, members, bound);
}

/* The needed interval when there is one (exact), else edit_bound_inexact(): what
 * cf_check_edit_bound() gives, with the terms' sum @sum (or NULL) for the exact case. */
static CfEditBound
edit_bound(const CfRelation *r, const Members *members, const CfTermsSum *sum, CfInterval *bound)
{
	if (needed_interval_summed(r, members, sum, NULL, bound))
		return CF_EDIT_BOUND_EXACT;
	return edit_bound_inexact(r, members, bound);
}

/* The view of an array of const CfClaim* (the public functions' form). */
static Members
members_of(GPtrArray *array)
{
	return (Members){(const CfClaim *const *)array->pdata, array->len};
}

gboolean
cf_check_needed_interval(const CfRelation *r, GPtrArray *members, CfInterval *needed)
{
	const Members view = members_of(members);
	return needed_interval_summed(r, &view, NULL, NULL, needed);
}

gboolean
cf_check_needed_interval_summed(const CfRelation *r, GPtrArray *members, const CfTermsSum *sum,
				CfInterval *needed)
{
	const Members view = members_of(members);
	return needed_interval_summed(r, &view, sum, NULL, needed);
}

CfEditBound
cf_check_edit_bound(const CfRelation *r, GPtrArray *members, CfInterval *bound)
{
	const Members view = members_of(members);
	return edit_bound(r, &view, NULL, bound);
}

/* The search for the best single edit for one broken relation (the target), one edited
 * number at a time. */
typedef struct {
	const ClaimRelations *claim_relations;
	Evaluated *target;
	const CfClaim *claim;     /* the edited number ... */
	const Members *members;   /* ... and every place it is written */
	const CfInterval *needed; /* what an edit must overlap in the base unit, or NULL */
	gboolean target_holds;    /* an edit that gets here makes the target hold */
	guint visit;
	guint64 spent;
	Candidate best;
	gboolean tie;
	/* two buffers with room for every relation: one the best candidate's fixes, the other
	 * (spare) the next try_edit()'s */
	Evaluated **buffers[2];
	Evaluated **spare;
} Search;

/* Weighs @edit (its text @text) against the best so far. */
static void
weigh_edit(Search *s, const Edit *edit, const char *text, gsize length)
{
	if (s->needed && !cf_interval_overlaps(edit->value.interval, *s->needed))
		return;
	Candidate cand; /* try_edit() fills every field when it returns TRUE */
	if (!try_edit(s->claim, s->members, edit, s->claim_relations, s->target, s->target_holds,
		      ++s->visit, &s->spent, s->spare, &cand))
		return;
	/* (a unit changed must make what it fixes hold exactly, not within a rounding ten
	 * thousand times wider) */
	if (edit->unit && cand.exact < cand.fixed)
		return;
	/* more relations fixed, then more of them exactly: 0.40 → 0.50 over → 0.49, which
	 * reconciles the same two only within their rounding; of two that do as well, the one
	 * that keeps the digits and changes the unit */
	gboolean as_well = cand.fixed == s->best.fixed && cand.exact == s->best.exact;
	if (s->best.claim == NULL || cand.fixed > s->best.fixed ||
	    (cand.fixed == s->best.fixed && cand.exact > s->best.exact) ||
	    (as_well && cand.edit.unit && !s->best.edit.unit)) {
		/* cand's buffer is the best's now; the other one is spare */
		s->spare = cand.fixes == s->buffers[0] ? s->buffers[1] : s->buffers[0];
		s->best = cand;
		edit_set_text(&s->best.edit, text, length);
		s->tie = FALSE;
	} else {
		/* 30000 → 3000 and → 3000.0 are one edit, not a tie */
		if (as_well && !same_figure(&cand, &s->best) &&
		    !(s->best.edit.unit && !cand.edit.unit))
			s->tie = TRUE;
	}
}

static void
search_edit_cb(const char *text, gsize length, const CfDecimal *value, gpointer data)
{
	Search *s = data;
	if (s->spent > MAX_SUGGESTION_EVALUATIONS)
		return;
	Edit edit;
	if (edit_init(&edit, s->claim, text, length, value))
		weigh_edit(s, &edit, text, length);
}

/* Weighs the edits of @s->claim, an amount of money written with its unit in prose, that
 * keep its digits @digits (@n bytes) and give it the next unit up or down instead: 元 for
 * 万元 (420.37元 where 1293.45万元 × 32.5% is 420.37万元), 万元 for 元 or 亿元. */
static void
unit_edits(Search *s, const char *digits, gsize n)
{
	static const struct {
		const char *unit;
		int exponent;
	} money[] = {{"元", 0}, {"万元", 4}, {"亿元", 8}};
	const CfClaim *c = s->claim;
	const CfRelationKind kind = s->target->relation->kind;
	if (c->kind != CF_CLAIM_AMOUNT || c->table >= 0 || c->unit == NULL ||
	    cf_decimal_sign(c->stated) == 0 ||
	    (kind != CF_RELATION_SUM && kind != CF_RELATION_EQUAL && kind != CF_RELATION_RATIO &&
	     kind != CF_RELATION_DIFFERENCE))
		return;
	/* a figure the relation holds without (the target met once it is none) tells nothing
	 * by a unit ten thousand times smaller */
	const CfTermValue none = {cf_decimal_from_int(0),
				  cf_interval_point(cf_decimal_from_int(0))};
	const CfOverrides without = {s->members->claims, s->members->len, none};
	s->spent++;
	if (cf_outcome_holds(cf_relation_evaluate(s->target->relation, &without, NULL, NULL, NULL)))
		return;
	for (guint i = 0; i < G_N_ELEMENTS(money); i++) {
		if (!g_str_equal(c->unit, money[i].unit) || c->unit_exponent != money[i].exponent)
			continue;
		for (guint k = i > 0 ? i - 1 : 0; k <= i + 1 && k < G_N_ELEMENTS(money); k++) {
			Edit edit = {.stated = c->stated, .unit = money[k].unit};
			if (k == i || s->spent > MAX_SUGGESTION_EVALUATIONS ||
			    !cf_decimal_shift(c->stated, money[k].exponent, &edit.value.point) ||
			    !cf_interval_shift(cf_interval_stated(c->stated), money[k].exponent,
					       &edit.value.interval))
				continue;
			weigh_edit(s, &edit, digits, n);
		}
		return;
	}
}

/* TRUE when @e is a broken relation find_suggestions() looks for an edit for. */
static gboolean
wants_suggestion(const Evaluated *e)
{
	/* (a share written as the other share is no typo: no digit edit to suggest) */
	return (e->outcome == CF_OUTCOME_BROKEN || e->outcome == CF_OUTCOME_SMALL) &&
	       e->suggestion == NULL && !is_other_share(e);
}

static void
find_suggestions(GPtrArray *evaluated)
{
	/* nothing to look for: spare building the indexes below */
	guint first = 0;
	while (first < evaluated->len && !wants_suggestion(g_ptr_array_index(evaluated, first)))
		first++;
	if (first == evaluated->len)
		return;
	/* claim → Evaluated* it takes part in */
	guint places = 0;
	for (guint i = 0; i < evaluated->len; i++)
		places += ((const Evaluated *)g_ptr_array_index(evaluated, i))->n_claims;
	ClaimRelations claim_relations;
	claim_relations_init(&claim_relations, places);
	for (guint i = 0; i < evaluated->len; i++) {
		Evaluated *e = g_ptr_array_index(evaluated, i);
		for (guint k = 0; k < e->n_claims; k++)
			claim_relations_add(&claim_relations, e->claims[k], e);
		if (e->relation->kind == CF_RELATION_EQUAL && e->outcome == CF_OUTCOME_EXACT &&
		    e->n_claims == 2) {
			claim_relations_tie(&claim_relations, e->claims[0], e->claims[1]);
		}
	}

	claim_relations_group_all(&claim_relations);
	Search search = {.claim_relations = &claim_relations};
	/* one block for both buffers: a try_edit() lists each relation once at most */
	search.buffers[0] = g_new(Evaluated *, 2 * (gsize)evaluated->len);
	search.buffers[1] = search.buffers[0] + evaluated->len;
	search.spare = search.buffers[0];
	for (guint i = first; i < evaluated->len; i++) {
		Evaluated *target = g_ptr_array_index(evaluated, i);
		if (!wants_suggestion(target))
			continue;
		search.target = target;
		search.best = (Candidate){0};
		search.tie = FALSE;
		g_auto(SmallSet) tried = {.n = 0, .more = NULL};
		for (guint k = 0; k < target->n_claims; k++) {
			const CfClaim *c = target->claims[k];
			if (!c->has_value || c->qualifier != CF_QUALIFIER_NONE || c->kind == CF_CLAIM_MALFORMED)
				continue;
			const guint root_list = claim_relations_root(&claim_relations, c);
			const CfClaim *root = claim_relations.heads[root_list - 1].claim;
			if (!small_set_add(&tried, root))
				continue;
			char digits[CF_DECIMAL_TEXT_SIZE];
			gsize n_digits = cf_decimal_write(c->stated, digits);
			if (digits[0] == '-' || n_digits > MAX_EDIT_DIGITS)
				continue;
			const Members members = claim_relations_members(&claim_relations, root_list);
			if (members.len > MAX_GROUP_SIZE)
				continue;
			CfInterval needed, needed_stated;
			CfEditBound bound = CF_EDIT_BOUND_EXACT;
			if (evaluated_needed(target, &members))
				needed = target->needed;
			else
				bound = edit_bound_inexact(target->relation, &members, &needed);
			/* every edit would be tried and found not to make the target hold */
			if (bound == CF_EDIT_BOUND_UNREACHABLE)
				continue;
			gboolean filter = bound != CF_EDIT_BOUND_NONE;
			/* the same test in the claim's unit: an exact scaling, so it rules out the
			 * same edits without converting each, most without writing them */
			gboolean filter_stated =
				filter && cf_interval_shift(needed, -c->unit_exponent, &needed_stated);
			search.claim = c;
			search.members = &members;
			search.needed = filter && !filter_stated ? &needed : NULL;
			search.target_holds = bound == CF_EDIT_BOUND_EXACT;
			single_edits_within(digits, n_digits, filter_stated ? &needed_stated : NULL,
					    search_edit_cb, &search);
			search.needed = filter ? &needed : NULL;
			unit_edits(&search, digits, n_digits);
		}
		Candidate *best = &search.best;
		if (best->claim && !search.tie) {
			g_autofree char *text = describe_fix(best);
			for (guint f = 0; f < best->fixed; f++) {
				Evaluated *e = best->fixes[f];
				if (e->suggestion == NULL)
					e->suggestion = g_strdup(text);
			}
			if (target->suggestion == NULL)
				target->suggestion = g_strdup(text);
		}
	}
	g_free(search.buffers[0]);
	claim_relations_clear(&claim_relations);
}

/* ---- findings ---- */

static void
append_parts(GString *s, const CfRelation *r)
{
	guint n = r->terms->len;
	for (guint i = 0; i < n && i < MAX_LISTED_PARTS; i++) {
		const CfTerm *t = g_ptr_array_index(r->terms, i);
		const CfTerm *negated = cf_term_negated_inner(t);
		if (negated)
			cf_check_append(s, i > 0 ? " − " : "−");
		else if (i > 0)
			cf_check_append(s, " + ");
		if (negated)
			t = negated;
		if (t->label)
			cf_check_append(s, t->label);
		else if (t->kind == CF_TERM_CLAIM)
			cf_check_append_claim(s, t->claim);
		else
			cf_check_append(s, "…");
	}
	if (n > MAX_LISTED_PARTS)
		g_string_append_printf(s, " + … (%u parts)", n);
}

static const char *
term_name(const CfTerm *t, GString *scratch)
{
	g_string_truncate(scratch, 0);
	if (t->label)
		cf_check_append(scratch, t->label);
	else if (t->kind == CF_TERM_CLAIM)
		cf_check_append_claim(scratch, t->claim);
	return scratch->str;
}

static gboolean
evaluated_has_claim(const Evaluated *e, const CfClaim *claim)
{
	for (guint i = 0; i < e->n_claims; i++)
		if (e->claims[i] == claim)
			return TRUE;
	return FALSE;
}

/* How far (bytes of norm) from the relation's claims a missing part is looked for, at most,
 * within the lines around them: on one huge line every broken sum looked at every claim of
 * the line (n²); paragraphs are far shorter. */
#define MISSING_PART_NEAR_BYTES (16 * 1024)

/* TRUE when @claim is a part of a sum other than @relation: a figure some other list
 * already accounts for (基金调入1.17亿元 of the income list is no tax left out of the next). */
static gboolean
part_of_other_sum(const CfCheckContext *ctx, const CfRelation *relation, const CfClaim *claim)
{
	g_autoptr(GPtrArray) claims = g_ptr_array_new();
	for (guint i = 0; i < ctx->relations->len; i++) {
		const CfRelation *r = g_ptr_array_index(ctx->relations, i);
		if (r == relation || r->kind != CF_RELATION_SUM)
			continue;
		g_ptr_array_set_size(claims, 0);
		for (guint k = 0; k < r->terms->len; k++)
			cf_term_collect_claims(g_ptr_array_index(r->terms, k), claims);
		if (g_ptr_array_find(claims, claim, NULL))
			return TRUE;
	}
	return FALSE;
}

/* A claim near the relation whose value equals the gap: a part that seems to be missing.
 * Prose looks in prose, a table in that table (see below); a prose figure that is a part of
 * another sum is not taken. */
static const CfClaim *
find_missing_part(const CfCheckContext *ctx, const Evaluated *e, const CfClaim *result)
{
	if (e->relation->kind != CF_RELATION_SUM || result == NULL)
		return NULL;
	CfInterval missing;
	if (!cf_interval_sub(e->stated, e->computed, &missing))
		return NULL;
	guint first = G_MAXUINT, last = 0;
	gsize start = G_MAXSIZE, end = 0;
	/* in a table, a part left out stands where the parts do: in their column when they
	 * share one (a row left out), in their row between them when they share one (a column
	 * left out) */
	gboolean one_column = TRUE, one_row = TRUE;
	gint left = G_MAXINT, right = -1;
	for (guint i = 0; i < e->n_claims; i++) {
		const CfClaim *c = e->claims[i];
		first = MIN(first, c->line);
		last = MAX(last, c->line);
		start = MIN(start, c->range.start);
		end = MAX(end, c->range.end);
		one_column = one_column && c->table == result->table &&
			     c->cell_column == result->cell_column;
		one_row = one_row && c->table == result->table && c->row == result->row;
		left = MIN(left, c->cell_column);
		right = MAX(right, c->cell_column);
	}
	/* ctx->claims is in (line, column) order: start at the first claim of line first - 2 */
	guint lo = 0, hi = ctx->claims->len;
	while (lo < hi) {
		guint mid = lo + (hi - lo) / 2;
		const CfClaim *m = g_ptr_array_index(ctx->claims, mid);
		if (m->line + 2 < first)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (start > MISSING_PART_NEAR_BYTES)
		lo = MAX(lo, cf_rates_first_claim_at(ctx, start - MISSING_PART_NEAR_BYTES));
	for (guint i = lo; i < ctx->claims->len; i++) {
		const CfClaim *c = g_ptr_array_index(ctx->claims, i);
		if (c->line > last + 2 || c->range.start > end + MISSING_PART_NEAR_BYTES)
			break;
		/* a bound (≤202.6万元) says no amount */
		if (c->kind != result->kind || !c->has_value || c->table != result->table ||
		    (c->qualifier != CF_QUALIFIER_NONE && c->qualifier != CF_QUALIFIER_APPROX))
			continue;
		if (result->table >= 0 && ((one_column && c->cell_column != result->cell_column) ||
					   (one_row && !one_column &&
					    (c->row != result->row || c->cell_column < left ||
					     c->cell_column > right))))
			continue;
		/* the relation's own claims last: the longest test */
		if (cf_decimal_sign(c->value) > 0 && cf_interval_overlaps(missing, c->interval) &&
		    !evaluated_has_claim(e, c) &&
		    (c->table >= 0 || !part_of_other_sum(ctx, e->relation, c)))
			return c;
	}
	return NULL;
}

/* The exact point of @e's computed side, for its message (only findings need it). */
static CfDecimal
computed_point(const Evaluated *e)
{
	CfDecimal point = {0, 0};
	CfInterval ignored;
	switch (e->relation->kind) {
	case CF_RELATION_EQUAL:
	case CF_RELATION_AT_MOST:
	case CF_RELATION_WHOLE_SHARE:
		if (e->relation->terms->len)
			cf_term_evaluate(g_ptr_array_index(e->relation->terms, 0), NULL, &point,
					 &ignored);
		break;
	case CF_RELATION_SUM: {
		CfDecimal p = cf_decimal_from_int(0);
		for (guint k = 0; k < e->relation->terms->len; k++) {
			CfDecimal tp;
			if (cf_term_evaluate(g_ptr_array_index(e->relation->terms, k), NULL, &tp,
					     &ignored))
				cf_decimal_add(p, tp, &p);
		}
		point = p;
		break;
	}
	case CF_RELATION_DIFFERENCE: {
		CfDecimal a, b;
		if (e->relation->terms->len >= 2 &&
		    cf_term_evaluate(g_ptr_array_index(e->relation->terms, 0), NULL, &a, &ignored) &&
		    cf_term_evaluate(g_ptr_array_index(e->relation->terms, 1), NULL, &b, &ignored))
			cf_decimal_sub(a, b, &point);
		break;
	}
	case CF_RELATION_RATIO: {
		CfDecimal a, b, shifted;
		const CfClaim *rc = result_claim(e->relation);
		int scale = rc ? MIN(rc->stated.scale + 2, CF_DECIMAL_MAX_SCALE) : 2;
		if (e->relation->terms->len >= 2 &&
		    cf_term_evaluate(g_ptr_array_index(e->relation->terms, 0), NULL, &a, &ignored) &&
		    cf_term_evaluate(g_ptr_array_index(e->relation->terms, 1), NULL, &b, &ignored) &&
		    cf_decimal_shift(a, e->relation->ratio_exponent, &shifted))
			cf_decimal_div(shifted, b, scale, &point);
		break;
	}
	}
	return point;
}

/* TRUE when @e is a percentage that is 100% less the figure its base gives, at its stated
 * precision (完成预算的43% where 1.71 / 3 = 57%): the other share, not a typo. */
static gboolean
is_other_share(const Evaluated *e)
{
	const CfRelation *r = e->relation;
	if (r->kind != CF_RELATION_RATIO || r->ratio_exponent != 2 ||
	    r->result->kind != CF_TERM_CLAIM || r->result->claim->kind != CF_CLAIM_PERCENT)
		return FALSE;
	const CfClaim *result = r->result->claim;
	CfDecimal rest, rounded;
	return cf_decimal_sub(cf_decimal_from_int(100), computed_point(e), &rest) &&
	       cf_decimal_sign(rest) > 0 &&
	       cf_decimal_div(rest, cf_decimal_from_int(1), result->stated.scale, &rounded) &&
	       cf_decimal_compare(rounded, result->value) == 0;
}

/* Scratch strings of one evaluation, emptied for each finding: a finding's texts are built in
 * them and copied out at their size (one allocation each, none of a growing string's). */
typedef struct {
	GString *stated, *computed, *diff, *message, *names;
} FindingScratch;

/* A message's usual size at most, and a figure's: what the scratch strings start with. */
#define MESSAGE_SIZE 256
#define FIGURE_SIZE 32

static void
finding_scratch_init(FindingScratch *scratch)
{
	scratch->stated = g_string_sized_new(FIGURE_SIZE);
	scratch->computed = g_string_sized_new(FIGURE_SIZE);
	scratch->diff = g_string_sized_new(FIGURE_SIZE);
	scratch->message = g_string_sized_new(MESSAGE_SIZE);
	scratch->names = g_string_sized_new(MESSAGE_SIZE);
}

static void
finding_scratch_clear(FindingScratch *scratch)
{
	GString **all[] = {&scratch->stated, &scratch->computed, &scratch->diff, &scratch->message,
			   &scratch->names};
	for (gsize i = 0; i < G_N_ELEMENTS(all); i++)
		if (*all[i])
			g_string_free(g_steal_pointer(all[i]), TRUE);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(FindingScratch, finding_scratch_clear)

static void
emit_finding(CfCheckContext *ctx, const Evaluated *e, FindingScratch *scratches)
{
	const CfRelation *r = e->relation;
	const CfClaim *result = result_claim(r);
	if (result == NULL)
		return;
	CfSeverity severity = r->severity;
	const char *rule = r->rule;
	switch (e->outcome) {
	case CF_OUTCOME_ROUNDING:
		if (is_other_share(e)) {
			severity = MIN(severity, CF_SEVERITY_WARNING);
			break;
		}
		severity = CF_SEVERITY_NOTE;
		rule = "sum-rounding";
		break;
	case CF_OUTCOME_NEAR:
		severity = CF_SEVERITY_NOTE;
		break;
	case CF_OUTCOME_SMALL:
		severity = MIN(severity, CF_SEVERITY_WARNING);
		break;
	default:
		break;
	}
	if (!cf_check_rule_enabled(ctx, rule))
		return;

	GString *stated = scratches->stated, *computed = scratches->computed;
	GString *diff = scratches->diff, *msg = scratches->message, *scratch = scratches->names;
	g_string_truncate(stated, 0);
	g_string_truncate(computed, 0);
	g_string_truncate(diff, 0);
	g_string_truncate(msg, 0);
	const CfDecimal point = computed_point(e);
	cf_check_append_claim(stated, result);
	if (r->kind == CF_RELATION_WHOLE_SHARE)
		cf_check_append_value(computed, e->computed.low, result);
	else
		cf_check_append_value(computed, point, result);
	CfDecimal d;
	if (cf_decimal_sub(result->value, point, &d)) {
		if (cf_decimal_sign(d) > 0)
			g_string_append_c(diff, '+');
		cf_check_append_value(diff, d, result);
	}
	const char *what = r->what ? r->what : "its parts";

	switch (r->kind) {
	case CF_RELATION_SUM:
		if (result->label)
			cf_check_append_strings(msg, result->label, " ", NULL);
		if (r->terms->len == 1 && r->partial) {
			/* one part above its whole: no sum to show */
			cf_check_append_strings(msg, stated->str, " is less than ", what, ", ", NULL);
			append_parts(msg, r);
			cf_check_append_strings(msg, " (difference ", diff->str,
						"): a part exceeds its whole", NULL);
			break;
		}
		cf_check_append_strings(msg, stated->str, " is not the sum of ", what, ": ", NULL);
		append_parts(msg, r);
		cf_check_append_strings(msg, " = ", computed->str, " (stated ", stated->str,
					", difference ", diff->str, ")", NULL);
		if (r->partial)
			cf_check_append(msg, "; the parts exceed the total");
		break;
	case CF_RELATION_EQUAL: {
		const CfTerm *other = g_ptr_array_index(r->terms, 0);
		cf_check_append_strings(msg, what, ": ", stated->str, " here but ",
					term_name(other, scratch), NULL);
		if (other->kind == CF_TERM_CLAIM) {
			cf_check_append(msg, " at line ");
			cf_check_append_uint(msg, other->claim->line);
		}
		break;
	}
	case CF_RELATION_RATIO: {
		const CfTerm *a = g_ptr_array_index(r->terms, 0);
		const CfTerm *b = g_ptr_array_index(r->terms, 1);
		cf_check_append_strings(msg, what, " ", stated->str,
					" does not follow from its base: ", NULL);
		cf_check_append(msg, term_name(a, scratch));
		cf_check_append(msg, " / ");
		cf_check_append_strings(msg, term_name(b, scratch), " = ", computed->str, NULL);
		if (is_other_share(e))
			cf_check_append_strings(msg, "; ", stated->str, " is 100% − ",
						computed->str, ", the other share", NULL);
		break;
	}
	case CF_RELATION_DIFFERENCE: {
		const CfTerm *a = g_ptr_array_index(r->terms, 0);
		const CfTerm *b = g_ptr_array_index(r->terms, 1);
		cf_check_append_strings(msg, what, " ", stated->str, " is not ",
					term_name(a, scratch), " − ", NULL);
		cf_check_append_strings(msg, term_name(b, scratch), " = ", computed->str, NULL);
		break;
	}
	case CF_RELATION_AT_MOST: {
		const CfTerm *b = g_ptr_array_index(r->terms, 0);
		cf_check_append_strings(msg, what, " ", stated->str, " exceeds ",
					term_name(b, scratch), " by ",
					diff->str[0] == '+' ? diff->str + 1 : diff->str, NULL);
		CfDecimal shifted, ratio;
		if (cf_decimal_sign(point) > 0 &&
		    cf_decimal_shift(result->value, 2, &shifted) &&
		    cf_decimal_div(shifted, point, 1, &ratio)) {
			cf_check_append(msg, " (");
			cf_decimal_append(ratio, msg);
			cf_check_append(msg, "%)");
		}
		break;
	}
	case CF_RELATION_WHOLE_SHARE: {
		const CfTerm *n = g_ptr_array_index(r->terms, 0);
		g_string_append_printf(msg, "%s: no whole number of %s gives %s (nearest %s)", what,
				       term_name(n, scratch), stated->str, computed->str);
		break;
	}
	}
	if (e->outcome == CF_OUTCOME_NEAR)
		cf_check_append(msg, "; a gap of one unit in the last place, probably rounding");
	else if (e->outcome == CF_OUTCOME_ROUNDING)
		cf_check_append(msg, "; agrees only within the rounding of the stated figures");
	const CfClaim *missing = e->outcome == CF_OUTCOME_BROKEN ? find_missing_part(ctx, e, result) : NULL;
	if (missing) {
		cf_check_append(msg, "; the difference equals ");
		cf_check_append_claim(msg, missing);
		cf_check_append(msg, " at line ");
		cf_check_append_uint(msg, missing->line);
		cf_check_append(msg, ", a part left out?");
	}

	CfFinding *f = cf_check_new_finding(ctx, rule, severity, result);
	cf_finding_set_text(f, &f->message, msg->str, msg->len);
	cf_finding_set_text(f, &f->stated, stated->str, stated->len);
	cf_finding_set_text(f, &f->computed, computed->str, computed->len);
	cf_finding_set_text(f, &f->suggestion, e->suggestion, -1);
	/* related places: one per line, the parts first */
	g_auto(SmallSet) lines = {.n = 0, .more = NULL};
	small_set_add(&lines, GUINT_TO_POINTER(result->line));
	for (guint i = 0; i < e->n_claims; i++) {
		const CfClaim *c = e->claims[i];
		if (!small_set_add(&lines, GUINT_TO_POINTER(c->line)))
			continue;
		g_string_truncate(scratch, 0);
		if (c->label && *c->label)
			cf_check_append_strings(scratch, c->label, " ", NULL);
		cf_check_append_claim(scratch, c);
		cf_check_add_related_claim(ctx, f, c, scratch->str);
	}
	if (missing)
		cf_check_add_related_claim(ctx, f, missing, "a part left out?");
}

void
cf_check_evaluate_relations(CfCheckContext *ctx)
{
	guint n = ctx->relations->len;
	g_autofree Evaluated *block = g_new0(Evaluated, n);
	g_autoptr(GPtrArray) evaluated = g_ptr_array_new_full(n, evaluated_clear);
	/* the claims of every relation, one after the other */
	g_autoptr(GPtrArray) claims = g_ptr_array_sized_new(4 * n);
	for (guint i = 0; i < n; i++) {
		Evaluated *e = &block[i];
		e->relation = g_ptr_array_index(ctx->relations, i);
		e->outcome = cf_relation_evaluate(e->relation, NULL, &e->computed, &e->stated, &e->gap);
		e->claims_start = claims->len;
		collect_claims(e->relation, claims);
		e->n_claims = claims->len - e->claims_start;
		g_ptr_array_add(evaluated, e);
	}
	for (guint i = 0; i < n; i++)
		block[i].claims = (const CfClaim *const *)claims->pdata + block[i].claims_start;
	find_suggestions(evaluated);
	g_auto(FindingScratch) scratch = {NULL};
	finding_scratch_init(&scratch);
	for (guint i = 0; i < evaluated->len; i++) {
		const Evaluated *e = g_ptr_array_index(evaluated, i);
		if (needs_finding(e))
			emit_finding(ctx, e, &scratch);
	}
}
