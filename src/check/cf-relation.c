#include "check/cf-relation.h"

#include <string.h>

/* Terms and relations are made by every family and freed with the check, by the thousand per
 * document: a freed block goes on a list of its thread and the next one made there takes it,
 * instead of a round trip through malloc.  Each block is still its own g_malloc(), so a block
 * made on one thread may be freed on another (a relation handed to the caller); the lists are
 * capped and freed when their thread ends. */
typedef struct Spare Spare;
struct Spare {
	Spare *next;
};

typedef struct {
	Spare *head;
	guint n;
} SpareList;

#define SPARES_MAX 4096
/* emptied arrays of terms kept per thread (each keeps its room) */
#define SPARE_ARRAYS_MAX 1024

typedef struct {
	SpareList terms;     /* blocks of sizeof(CfTerm) */
	SpareList relations; /* blocks of RELATION_BLOCK */
	/* arrays of terms of freed relations and terms, emptied, for cf_term_array_new() */
	GPtrArray *arrays[SPARE_ARRAYS_MAX];
	guint n_arrays;
} Spares;
/* a relation whose what fits is made in a block of this size (the others: their own size) */
#define RELATION_WHAT_MAX 160
#define RELATION_BLOCK (sizeof(CfRelation) + RELATION_WHAT_MAX)

static void
spare_list_clear(SpareList *list)
{
	while (list->head) {
		Spare *next = list->head->next;
		g_free(list->head);
		list->head = next;
	}
	list->n = 0;
}

static void
spares_free(gpointer data)
{
	Spares *spares = data;
	spare_list_clear(&spares->terms);
	spare_list_clear(&spares->relations);
	for (guint i = 0; i < spares->n_arrays; i++)
		g_ptr_array_unref(spares->arrays[i]);
	g_free(spares);
}

static GPrivate spares_key = G_PRIVATE_INIT(spares_free);

static Spares *
spares(void)
{
	Spares *s = g_private_get(&spares_key);
	if (s == NULL) {
		s = g_new0(Spares, 1);
		g_private_set(&spares_key, s);
	}
	return s;
}

/* A zeroed block of @size bytes, from @list when it has one (all its blocks are @size). */
static gpointer
spare_take(SpareList *list, gsize size)
{
	Spare *block = list->head;
	if (block == NULL)
		return g_malloc0(size);
	list->head = block->next;
	list->n--;
	return memset(block, 0, size);
}

/* Keeps @block (of the list's size) for the next spare_take(), or frees it. */
static void
spare_give(SpareList *list, gpointer block)
{
	if (list->n >= SPARES_MAX) {
		g_free(block);
		return;
	}
	Spare *spare = block;
	spare->next = list->head;
	list->head = spare;
	list->n++;
}

GPtrArray *
cf_term_array_new(void)
{
	Spares *s = spares();
	if (s->n_arrays) {
		/* kept without a free function (see term_array_give()) */
		GPtrArray *terms = s->arrays[--s->n_arrays];
		g_ptr_array_set_free_func(terms, (GDestroyNotify)cf_term_free);
		return terms;
	}
	return g_ptr_array_new_with_free_func((GDestroyNotify)cf_term_free);
}

static void term_free_in(Spares *s, CfTerm *term);

/* Frees @terms (an array of terms a relation or a term owned, freeing them with
 * cf_term_free()): the array itself is kept, emptied, for cf_term_array_new() while there is
 * room (no one else holds it: the relation or the term took it over).  The terms are freed
 * here, in order, as g_ptr_array_unref() would (a term freed may give back arrays of its own
 * first), with the thread's @s at hand instead of a look-up and a call through the array's
 * free function per term. */
static void
term_array_give(Spares *s, GPtrArray *terms)
{
	for (guint i = 0; i < terms->len; i++)
		term_free_in(s, g_ptr_array_index(terms, i));
	g_ptr_array_set_free_func(terms, NULL);
	if (s->n_arrays >= SPARE_ARRAYS_MAX) {
		g_ptr_array_unref(terms);
		return;
	}
	g_ptr_array_set_size(terms, 0);
	s->arrays[s->n_arrays++] = terms;
}

static CfTerm *
term_new(CfTermKind kind)
{
	CfTerm *t = spare_take(&spares()->terms, sizeof(CfTerm));
	t->kind = kind;
	return t;
}

CfTerm *
cf_term_new_claim(const CfClaim *claim)
{
	return cf_term_new_claim_with_interval(claim, claim->interval);
}

CfTerm *
cf_term_new_claim_with_interval(const CfClaim *claim, CfInterval interval)
{
	CfTerm *t = term_new(CF_TERM_CLAIM);
	t->claim = claim;
	t->point = claim->value;
	t->interval = interval;
	return t;
}

CfTerm *
cf_term_new_constant(CfDecimal value, const char *label)
{
	CfTerm *t = term_new(CF_TERM_CONSTANT);
	t->point = value;
	t->interval = cf_interval_point(value);
	t->label = g_strdup(label);
	return t;
}

static CfTerm *
term_new_compound(CfTermKind kind, GPtrArray *children)
{
	CfTerm *t = term_new(kind);
	t->children = children ? children : cf_term_array_new();
	g_ptr_array_set_free_func(t->children, (GDestroyNotify)cf_term_free);
	return t;
}

CfTerm *
cf_term_new_sum(GPtrArray *children)
{
	return term_new_compound(CF_TERM_SUM, children);
}

CfTerm *
cf_term_new_product(GPtrArray *children)
{
	return term_new_compound(CF_TERM_PRODUCT, children);
}

CfTerm *
cf_term_new_difference(GPtrArray *children)
{
	return term_new_compound(CF_TERM_DIFFERENCE, children);
}

CfTerm *
cf_term_new_negated(CfTerm *inner)
{
	GPtrArray *children = cf_term_array_new();
	g_ptr_array_add(children, cf_term_new_constant(cf_decimal_from_int(0), NULL));
	g_ptr_array_add(children, inner);
	return cf_term_new_difference(children);
}

const CfTerm *
cf_term_negated_inner(const CfTerm *term)
{
	if (term->kind != CF_TERM_DIFFERENCE || term->children->len != 2)
		return NULL;
	const CfTerm *zero = g_ptr_array_index(term->children, 0);
	if (zero->kind != CF_TERM_CONSTANT || zero->label != NULL || !cf_decimal_is_zero(zero->point))
		return NULL;
	return g_ptr_array_index(term->children, 1);
}

static void
term_free_in(Spares *s, CfTerm *term)
{
	if (term == NULL)
		return;
	if (term->children)
		term_array_give(s, term->children);
	if (term->label) /* most terms have none: no call for them */
		g_free(term->label);
	spare_give(&s->terms, term);
}

void
cf_term_free(CfTerm *term)
{
	if (term)
		term_free_in(spares(), term);
}

void
cf_term_collect_claims(const CfTerm *term, GPtrArray *out)
{
	if (term->kind == CF_TERM_CLAIM) {
		g_ptr_array_add(out, (gpointer)term->claim);
		return;
	}
	if (term->children)
		for (guint i = 0; i < term->children->len; i++)
			cf_term_collect_claims(g_ptr_array_index(term->children, i), out);
}

CfRelation *
cf_relation_new(CfRelationKind kind, const char *rule, CfSeverity severity, CfTerm *result,
		GPtrArray *terms, const char *what)
{
	/* @what lives in the relation's own block: one allocation, not two */
	gsize what_size = what ? strlen(what) + 1 : 0;
	CfRelation *r = what_size <= RELATION_WHAT_MAX
				? spare_take(&spares()->relations, RELATION_BLOCK)
				: g_malloc0(sizeof(CfRelation) + what_size);
	r->kind = kind;
	r->rule = rule;
	r->severity = severity;
	r->result = result;
	r->terms = terms ? terms : cf_term_array_new();
	g_ptr_array_set_free_func(r->terms, (GDestroyNotify)cf_term_free);
	r->ratio_exponent = 2;
	if (what)
		r->what = memcpy((char *)(r + 1), what, what_size);
	return r;
}

void
cf_relation_free(CfRelation *relation)
{
	if (relation == NULL)
		return;
	Spares *s = spares();
	term_free_in(s, relation->result);
	term_array_give(s, relation->terms);
	/* the block's size follows from what, as in cf_relation_new() */
	if (relation->what == NULL || strlen(relation->what) < RELATION_WHAT_MAX)
		spare_give(&s->relations, relation);
	else
		g_free(relation);
}

gboolean
cf_outcome_holds(CfOutcome outcome)
{
	return outcome == CF_OUTCOME_EXACT || outcome == CF_OUTCOME_ROUNDING;
}

gboolean
cf_term_evaluate(const CfTerm *term, const CfOverrides *overrides, CfDecimal *point, CfInterval *interval)
{
	switch (term->kind) {
	case CF_TERM_CLAIM: {
		const CfTermValue *v = NULL;
		for (guint k = 0; overrides && k < overrides->n_claims && v == NULL; k++)
			if (overrides->claims[k] == term->claim)
				v = &overrides->value;
		*point = v ? v->point : term->point;
		*interval = v ? v->interval : term->interval;
		return TRUE;
	}
	case CF_TERM_CONSTANT:
		*point = term->point;
		*interval = term->interval;
		return TRUE;
	case CF_TERM_SUM:
	case CF_TERM_PRODUCT: {
		gboolean product = term->kind == CF_TERM_PRODUCT;
		CfDecimal p = cf_decimal_from_int(product ? 1 : 0);
		CfInterval i = cf_interval_point(p);
		for (guint k = 0; k < term->children->len; k++) {
			CfDecimal cp;
			CfInterval ci;
			if (!cf_term_evaluate(g_ptr_array_index(term->children, k), overrides, &cp, &ci))
				return FALSE;
			if (product) {
				if (!cf_decimal_mul(p, cp, &p) || !cf_interval_mul(i, ci, &i))
					return FALSE;
			} else {
				if (!cf_decimal_add(p, cp, &p) || !cf_interval_add(i, ci, &i))
					return FALSE;
			}
		}
		*point = p;
		*interval = i;
		return TRUE;
	}
	case CF_TERM_DIFFERENCE: {
		if (term->children->len == 0)
			return FALSE;
		CfDecimal p;
		CfInterval i;
		if (!cf_term_evaluate(g_ptr_array_index(term->children, 0), overrides, &p, &i))
			return FALSE;
		for (guint k = 1; k < term->children->len; k++) {
			CfDecimal cp;
			CfInterval ci;
			if (!cf_term_evaluate(g_ptr_array_index(term->children, k), overrides, &cp, &ci) ||
			    !cf_decimal_sub(p, cp, &p) || !cf_interval_sub(i, ci, &i))
				return FALSE;
		}
		*point = p;
		*interval = i;
		return TRUE;
	}
	}
	return FALSE;
}

/* Sum of the terms into point and interval; *@signed_term says whether one is below zero. */
static gboolean
sum_terms(const CfRelation *r, const CfOverrides *overrides, CfDecimal *point, CfInterval *interval,
	  gboolean *signed_term)
{
	CfDecimal p = cf_decimal_from_int(0);
	CfInterval i = cf_interval_point(p);
	*signed_term = FALSE;
	for (guint k = 0; k < r->terms->len; k++) {
		CfDecimal tp;
		CfInterval ti;
		if (!cf_term_evaluate(g_ptr_array_index(r->terms, k), overrides, &tp, &ti))
			return FALSE;
		if (!cf_decimal_add(p, tp, &p) || !cf_interval_add(i, ti, &i))
			return FALSE;
		*signed_term = *signed_term || cf_decimal_sign(tp) < 0;
	}
	*point = p;
	*interval = i;
	return TRUE;
}

/* A quotient is computed to at least this many decimals (more for a finer result). */
#define RATIO_MIN_SCALE 6

/* a / b × 10^exponent, rounded outward so the true quotient interval is contained.  @a may
 * reach below zero only when @signed_numerator (b is always above zero). */
static gboolean
divide_interval(CfInterval a, CfInterval b, int exponent, int scale, gboolean signed_numerator,
		CfInterval *out)
{
	if (a.low_unbounded || b.low_unbounded || b.high_unbounded)
		return FALSE;
	gboolean negative = cf_decimal_sign(a.low) < 0;
	if (cf_decimal_sign(b.low) <= 0 || (negative && !signed_numerator))
		return FALSE;
	CfDecimal lo, hi, ulp = {1, scale};
	CfInterval r = {{0, 0}, {0, 0}, FALSE, a.high_unbounded};
	CfDecimal alo, ahi;
	if (!cf_decimal_shift(a.low, exponent, &alo))
		return FALSE;
	/* the lowest quotient: a.low over the largest b, or over the smallest when below zero */
	if (!cf_decimal_div(alo, negative ? b.low : b.high, scale, &lo) ||
	    !cf_decimal_sub(lo, ulp, &r.low))
		return FALSE;
	if (!negative && cf_decimal_sign(r.low) < 0)
		r.low = cf_decimal_from_int(0);
	if (!a.high_unbounded) {
		if (!cf_decimal_shift(a.high, exponent, &ahi))
			return FALSE;
		if (!cf_decimal_div(ahi, cf_decimal_sign(a.high) < 0 ? b.high : b.low, scale,
				    &hi) ||
		    !cf_decimal_add(hi, ulp, &r.high))
			return FALSE;
	}
	*out = r;
	return TRUE;
}

gboolean
cf_relation_ratio_bounds(const CfRelation *r, CfInterval *bounds)
{
	CfDecimal ap, bp;
	CfInterval ai, bi;
	if (r->kind != CF_RELATION_RATIO || r->terms->len < 2 ||
	    !cf_term_evaluate(g_ptr_array_index(r->terms, 0), NULL, &ap, &ai) ||
	    !cf_term_evaluate(g_ptr_array_index(r->terms, 1), NULL, &bp, &bi))
		return FALSE;
	/* rounded outward at the coarsest precision: contains the bounds at every finer one */
	return divide_interval(ai, bi, r->ratio_exponent, RATIO_MIN_SCALE, r->signed_change,
			       bounds);
}

/* Grades a gap of more than one unit in the last printed place: small or broken. */
static CfOutcome
grade_far_gap(CfDecimal stated_point, CfDecimal gap)
{
	/* gap × 1000 <= permille × |stated| */
	CfDecimal scaled_gap, scaled_stated;
	CfDecimal magnitude = stated_point;
	if (cf_decimal_sign(magnitude) < 0)
		magnitude.mantissa = -magnitude.mantissa;
	if (cf_decimal_shift(gap, 3, &scaled_gap) &&
	    cf_decimal_mul(magnitude, cf_decimal_from_int(CF_RELATION_SMALL_GAP_PERMILLE),
			   &scaled_stated) &&
	    cf_decimal_compare(scaled_gap, scaled_stated) <= 0)
		return CF_OUTCOME_SMALL;
	return CF_OUTCOME_BROKEN;
}

/* Grades a gap between what was stated and what was computed. */
static CfOutcome
grade_gap(CfInterval stated, CfDecimal stated_point, CfDecimal gap)
{
	/* one unit in the last printed place: the width of a stated-precision interval */
	CfDecimal unit;
	if (!stated.low_unbounded && !stated.high_unbounded &&
	    cf_decimal_sub(stated.high, stated.low, &unit) && cf_decimal_compare(gap, unit) <= 0)
		return CF_OUTCOME_NEAR;
	return grade_far_gap(stated_point, gap);
}

/* TRUE when some quotient of @computed, cut to @stated's places or rounded up to them, gives
 * @stated: within one unit of it either way (96.34% gives 96 or 97, never 95). */
static gboolean
cut_or_raised(CfInterval computed, CfDecimal stated)
{
	const CfDecimal unit = {1, stated.scale};
	CfDecimal low, high;
	if (!cf_decimal_sub(stated, unit, &low) || !cf_decimal_add(stated, unit, &high))
		return TRUE;
	return (computed.high_unbounded || cf_decimal_compare(computed.high, low) > 0) &&
	       (computed.low_unbounded || cf_decimal_compare(computed.low, high) < 0);
}

static CfOutcome
evaluate_whole_share(const CfRelation *r, const CfOverrides *overrides, CfDecimal rp, CfInterval ri,
		     CfInterval *computed, CfDecimal *gap)
{
	CfDecimal np;
	CfInterval ni;
	if (r->terms->len < 1 || !cf_term_evaluate(g_ptr_array_index(r->terms, 0), overrides, &np, &ni))
		return CF_OUTCOME_UNKNOWN;
	CfDecimal n = cf_decimal_trim(np);
	if (n.scale != 0 || n.mantissa <= 0 || n.mantissa > 10000000 || ri.low_unbounded ||
	    ri.high_unbounded)
		return CF_OUTCOME_UNKNOWN;
	/* smallest k with k/n*100 >= low, then test k/n*100 <= high */
	CfDecimal k_low;
	CfDecimal prod;
	if (!cf_decimal_mul(ri.low, n, &prod) || !cf_decimal_div(prod, cf_decimal_from_int(100), 0, &k_low))
		return CF_OUTCOME_UNKNOWN;
	/* cf_decimal_div rounds; step back and forth to find the first k inside */
	gint64 k = k_low.mantissa > 0 ? k_low.mantissa - 1 : 0;
	for (int step = 0; step < 3; step++, k++) {
		CfDecimal share;
		if (k > n.mantissa)
			break;
		if (!cf_decimal_div(cf_decimal_from_int(k * 100), n, 6, &share))
			return CF_OUTCOME_UNKNOWN;
		if (cf_interval_contains(ri, share)) {
			*computed = cf_interval_point(share);
			*gap = cf_decimal_from_int(0);
			return cf_decimal_compare(share, rp) == 0 ? CF_OUTCOME_EXACT : CF_OUTCOME_ROUNDING;
		}
	}
	/* no whole number fits: report the nearest share */
	CfDecimal share;
	if (!cf_decimal_div(prod, cf_decimal_from_int(100), 0, &k_low) ||
	    !cf_decimal_div(cf_decimal_from_int(k_low.mantissa * 100), n, 2, &share))
		return CF_OUTCOME_UNKNOWN;
	*computed = cf_interval_point(share);
	cf_interval_gap(ri, *computed, gap);
	return CF_OUTCOME_BROKEN;
}

CfOutcome
cf_relation_evaluate(const CfRelation *r, const CfOverrides *overrides, CfInterval *computed_out,
		     CfInterval *stated_out, CfDecimal *gap_out)
{
	CfDecimal rp, cp = {0, 0}, gap = {0, 0};
	CfInterval ri, ci = cf_interval_point(cp);
	CfOutcome outcome = CF_OUTCOME_UNKNOWN;
	gboolean signed_term = FALSE; /* a SUM's term stated below zero */

	if (!cf_term_evaluate(r->result, overrides, &rp, &ri))
		goto done;

	switch (r->kind) {
	case CF_RELATION_SUM:
		if (!sum_terms(r, overrides, &cp, &ci, &signed_term))
			goto done;
		break;
	case CF_RELATION_EQUAL:
		if (r->terms->len < 1 ||
		    !cf_term_evaluate(g_ptr_array_index(r->terms, 0), overrides, &cp, &ci))
			goto done;
		break;
	case CF_RELATION_DIFFERENCE: {
		CfDecimal bp;
		CfInterval bi;
		if (r->terms->len < 2 ||
		    !cf_term_evaluate(g_ptr_array_index(r->terms, 0), overrides, &cp, &ci) ||
		    !cf_term_evaluate(g_ptr_array_index(r->terms, 1), overrides, &bp, &bi) ||
		    !cf_decimal_sub(cp, bp, &cp) || !cf_interval_sub(ci, bi, &ci))
			goto done;
		break;
	}
	case CF_RELATION_RATIO: {
		CfDecimal ap, bp;
		CfInterval ai, bi;
		if (r->terms->len < 2 ||
		    !cf_term_evaluate(g_ptr_array_index(r->terms, 0), overrides, &ap, &ai) ||
		    !cf_term_evaluate(g_ptr_array_index(r->terms, 1), overrides, &bp, &bi))
			goto done;
		int scale = MIN(CF_DECIMAL_MAX_SCALE, MAX(rp.scale + 4, RATIO_MIN_SCALE));
		CfDecimal shifted;
		if (!cf_decimal_shift(ap, r->ratio_exponent, &shifted) ||
		    !cf_decimal_div(shifted, bp, scale, &cp) ||
		    !divide_interval(ai, bi, r->ratio_exponent, scale, r->signed_change, &ci))
			goto done;
		/* exact when the quotient rounds to the stated figure */
		CfDecimal rounded;
		if (cf_decimal_div(shifted, bp, rp.scale, &rounded) && cf_decimal_compare(rounded, rp) == 0)
			cp = rounded;
		break;
	}
	case CF_RELATION_AT_MOST: {
		CfDecimal bp;
		CfInterval bi;
		if (r->terms->len < 1 ||
		    !cf_term_evaluate(g_ptr_array_index(r->terms, 0), overrides, &bp, &bi))
			goto done;
		cp = bp;
		ci = bi;
		/* (a part of a whole, spending of a budget: quantities of one sign; a change of
		 * either sign, -1153017.46 under -4470016.78, bounds nothing) */
		if (cf_decimal_sign(rp) < 0 || cf_decimal_sign(bp) < 0)
			goto done;
		/* holds when the result can be at most the bound */
		if (ri.low_unbounded || bi.high_unbounded || cf_decimal_compare(ri.low, bi.high) <= 0) {
			outcome = cf_decimal_compare(rp, bp) <= 0 ? CF_OUTCOME_EXACT : CF_OUTCOME_ROUNDING;
			goto done;
		}
		if (!cf_decimal_sub(ri.low, bi.high, &gap))
			goto done;
		outcome = grade_gap(ri, rp, gap);
		goto done;
	}
	case CF_RELATION_WHOLE_SHARE:
		outcome = evaluate_whole_share(r, overrides, rp, ri, &ci, &gap);
		goto done;
	}

	if (r->kind == CF_RELATION_SUM && r->partial) {
		/* (only parts of one sign fall short of their whole: a part below zero could be
		 * one left out) */
		if (cf_decimal_sign(rp) < 0 || signed_term)
			goto done;
		/* a partial list contradicts its total only when it exceeds it */
		if (ri.high_unbounded || ci.low_unbounded || cf_decimal_compare(ci.low, ri.high) <= 0) {
			outcome = cf_decimal_compare(cp, rp) == 0 ? CF_OUTCOME_EXACT : CF_OUTCOME_ROUNDING;
			goto done;
		}
	}
	if (cf_decimal_compare(cp, rp) == 0) {
		outcome = CF_OUTCOME_EXACT;
	} else if (cf_interval_overlaps(ci, ri)) {
		outcome = CF_OUTCOME_ROUNDING;
	} else if (cf_interval_gap(ri, ci, &gap)) {
		outcome = grade_gap(ri, rp, gap);
		/* a quotient a unit off is near only when cutting or rounding it up gives the
		 * figure stated (支付率95% of 96.34% is no rounding) */
		if (outcome == CF_OUTCOME_NEAR && r->kind == CF_RELATION_RATIO &&
		    !cut_or_raised(ci, rp))
			outcome = grade_far_gap(rp, gap);
	}

done:
	if (computed_out)
		*computed_out = ci;
	if (stated_out)
		*stated_out = ri;
	if (gap_out)
		*gap_out = gap;
	return outcome;
}
