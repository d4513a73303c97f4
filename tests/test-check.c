/* Tests of the check engine: relation evaluation on stated intervals, the outcome ladder,
 * single-edit generation and suggestions. Families are tested on real text further below
 * (added as they land). */
#include "check/cf-check-evaluate.h"
#include "check/cf-relation.h"

#include <string.h>

/* A claim as extract would make it: @text in @unit_exponent units (4 for 万元). */
static CfClaim *
make_claim(CfClaimKind kind, const char *text, int unit_exponent, const char *unit, guint line)
{
	CfClaim *c = cf_claim_new(kind);
	g_assert_true(cf_decimal_parse(text, -1, &c->stated));
	g_assert_true(cf_decimal_shift(c->stated, unit_exponent, &c->value));
	g_assert_true(cf_interval_shift(cf_interval_stated(c->stated), unit_exponent, &c->interval));
	c->unit_exponent = unit_exponent;
	c->unit = g_strdup(unit);
	c->text = g_strdup(text);
	c->line = line;
	c->column = 1;
	return c;
}

static GPtrArray *
claims_new(void)
{
	return g_ptr_array_new_with_free_func((GDestroyNotify)cf_claim_free);
}

static CfRelation *
sum_relation(GPtrArray *claims, const char *total, const char *const *parts, int exponent)
{
	CfClaim *t = make_claim(CF_CLAIM_AMOUNT, total, exponent, "万元", 1);
	g_ptr_array_add(claims, t);
	GPtrArray *terms = g_ptr_array_new();
	for (guint i = 0; parts[i]; i++) {
		CfClaim *p = make_claim(CF_CLAIM_AMOUNT, parts[i], exponent, "万元", 2 + i);
		g_ptr_array_add(claims, p);
		g_ptr_array_add(terms, cf_term_new_claim(p));
	}
	return cf_relation_new(CF_RELATION_SUM, "sum-mismatch", CF_SEVERITY_ERROR,
			       cf_term_new_claim(t), terms, "the parts");
}

typedef struct {
	const char *total;
	const char *parts[20];
	CfOutcome outcome;
} SumCase;

static const SumCase sum_cases[] = {
	/* seed 003 line 17: 2.65 + 153.03 + 105.78 = 261.46 */
	{"261.46", {"2.65", "153.03", "105.78", NULL}, CF_OUTCOME_EXACT},
	/* seed 003 line 14: 18 parts = 261.46 */
	{"261.46",
	 {"19.77", "6.15", "8.30", "16.72", "6.26", "2.37", "1.24", "4.79", "39.01", "6.81", "63.42",
	  "1.22", "2.69", "52.34", "4", "6.68", "4.89", "14.80", NULL},
	 CF_OUTCOME_EXACT},
	/* seed 002 line 28 */
	{"1589.25", {"1459.39", "129.86", NULL}, CF_OUTCOME_EXACT},
	/* re-balanced: 33.33 + 33.33 + 33.33 = 99.99 vs 100.00 within rounding */
	{"100.00", {"33.33", "33.33", "33.33", NULL}, CF_OUTCOME_ROUNDING},
	/* one unit in the last place beyond the intervals */
	{"100.0", {"33.3", "33.3", "33.1", NULL}, CF_OUTCOME_NEAR},
	/* seed 001 line 81: 10 + 3 + 12 = 25 vs 15.036 */
	{"15.036", {"10", "3", "12", NULL}, CF_OUTCOME_BROKEN},
	/* a small gap: 25.08 vs 25.000 (under 5 permille) */
	{"25.000", {"14.88", "4.00", "6.20", NULL}, CF_OUTCOME_SMALL},
};

static void
test_sum_outcomes(gconstpointer data)
{
	const SumCase *c = data;
	g_autoptr(GPtrArray) claims = claims_new();
	CfRelation *r = sum_relation(claims, c->total, c->parts, 4);
	CfOutcome o = cf_relation_evaluate(r, NULL, NULL, NULL, NULL);
	g_assert_cmpint(o, ==, c->outcome);
	cf_relation_free(r);
}

static void
test_sum_partial(void)
{
	g_autoptr(GPtrArray) claims = claims_new();
	const char *below[] = {"1589.25", NULL};
	CfRelation *r = sum_relation(claims, "3027.51", below, 4);
	r->partial = TRUE;
	g_assert_true(cf_outcome_holds(cf_relation_evaluate(r, NULL, NULL, NULL, NULL)));
	cf_relation_free(r);
	const char *above[] = {"1589.25", "1459.39", "129.86", NULL};
	r = sum_relation(claims, "3027.51", above, 4);
	r->partial = TRUE;
	g_assert_cmpint(cf_relation_evaluate(r, NULL, NULL, NULL, NULL), ==, CF_OUTCOME_BROKEN);
	cf_relation_free(r);
}

typedef struct {
	const char *percent;
	const char *part;
	const char *base;
	CfClaimKind kind;
	gboolean holds;
} RatioCase;

static const RatioCase ratio_cases[] = {
	{"85.5", "59", "69", CF_CLAIM_COUNT, TRUE},
	{"33.3", "23", "69", CF_CLAIM_COUNT, TRUE},
	{"33.5", "23", "69", CF_CLAIM_COUNT, FALSE},
	{"21", "0.25", "1.2", CF_CLAIM_AMOUNT, TRUE},
	{"25", "0.25", "1.2", CF_CLAIM_AMOUNT, FALSE},
	{"100", "261.46", "261.46", CF_CLAIM_AMOUNT, TRUE},
};

static void
test_ratio(gconstpointer data)
{
	const RatioCase *c = data;
	g_autoptr(GPtrArray) claims = claims_new();
	int exponent = c->kind == CF_CLAIM_AMOUNT ? 4 : 0;
	CfClaim *p = make_claim(CF_CLAIM_PERCENT, c->percent, 0, "%", 1);
	CfClaim *a = make_claim(c->kind, c->part, exponent, NULL, 1);
	CfClaim *b = make_claim(c->kind, c->base, exponent, NULL, 1);
	if (c->kind == CF_CLAIM_COUNT) {
		/* counts are exact */
		a->interval = cf_interval_point(a->value);
		b->interval = cf_interval_point(b->value);
	}
	g_ptr_array_add(claims, p);
	g_ptr_array_add(claims, a);
	g_ptr_array_add(claims, b);
	GPtrArray *terms = g_ptr_array_new();
	g_ptr_array_add(terms, cf_term_new_claim(a));
	g_ptr_array_add(terms, cf_term_new_claim(b));
	CfRelation *r = cf_relation_new(CF_RELATION_RATIO, "percent-mismatch", CF_SEVERITY_ERROR,
					cf_term_new_claim(p), terms, "share");
	g_assert_cmpint(cf_outcome_holds(cf_relation_evaluate(r, NULL, NULL, NULL, NULL)), ==,
			c->holds);
	cf_relation_free(r);
}

static void
test_whole_share(void)
{
	/* the GRIM test: 23 of 69 can be 33.3%; no whole number of 69 gives 33.5% */
	const struct {
		const char *percent;
		gboolean holds;
	} cases[] = {{"33.3", TRUE}, {"33.5", FALSE}, {"85.5", TRUE}, {"50", FALSE}, {"100", TRUE}};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autoptr(GPtrArray) claims = claims_new();
		CfClaim *p = make_claim(CF_CLAIM_PERCENT, cases[i].percent, 0, "%", 1);
		CfClaim *n = make_claim(CF_CLAIM_COUNT, "69", 0, "人", 1);
		g_ptr_array_add(claims, p);
		g_ptr_array_add(claims, n);
		GPtrArray *terms = g_ptr_array_new();
		g_ptr_array_add(terms, cf_term_new_claim(n));
		CfRelation *r = cf_relation_new(CF_RELATION_WHOLE_SHARE, "percent-unreachable",
						CF_SEVERITY_ERROR, cf_term_new_claim(p), terms, "share");
		g_assert_cmpint(cf_outcome_holds(cf_relation_evaluate(r, NULL, NULL, NULL, NULL)), ==,
				cases[i].holds);
		cf_relation_free(r);
	}
}

static void
test_product(void)
{
	/* 124个站点，每个站点1200元，共计14.88万 */
	g_autoptr(GPtrArray) claims = claims_new();
	CfClaim *n = make_claim(CF_CLAIM_COUNT, "124", 0, "个", 1);
	n->interval = cf_interval_point(n->value);
	CfClaim *each = make_claim(CF_CLAIM_AMOUNT, "1200", 0, "元", 1);
	CfClaim *total = make_claim(CF_CLAIM_AMOUNT, "14.88", 4, "万", 1);
	g_ptr_array_add(claims, n);
	g_ptr_array_add(claims, each);
	g_ptr_array_add(claims, total);
	GPtrArray *factors = g_ptr_array_new();
	g_ptr_array_add(factors, cf_term_new_claim(n));
	g_ptr_array_add(factors, cf_term_new_claim(each));
	GPtrArray *terms = g_ptr_array_new();
	g_ptr_array_add(terms, cf_term_new_product(factors));
	CfRelation *r = cf_relation_new(CF_RELATION_EQUAL, "product-mismatch", CF_SEVERITY_ERROR,
					cf_term_new_claim(total), terms, "count × each");
	g_assert_cmpint(cf_relation_evaluate(r, NULL, NULL, NULL, NULL), ==, CF_OUTCOME_EXACT);
	cf_relation_free(r);
}

static void
test_at_most(void)
{
	g_autoptr(GPtrArray) claims = claims_new();
	CfClaim *spent = make_claim(CF_CLAIM_AMOUNT, "2000", 4, "万元", 1);
	CfClaim *budget = make_claim(CF_CLAIM_AMOUNT, "1900", 4, "万元", 1);
	g_ptr_array_add(claims, spent);
	g_ptr_array_add(claims, budget);
	GPtrArray *terms = g_ptr_array_new();
	g_ptr_array_add(terms, cf_term_new_claim(budget));
	CfRelation *r = cf_relation_new(CF_RELATION_AT_MOST, "over-budget", CF_SEVERITY_WARNING,
					cf_term_new_claim(spent), terms, "spending");
	CfDecimal gap;
	g_assert_cmpint(cf_relation_evaluate(r, NULL, NULL, NULL, &gap), ==, CF_OUTCOME_BROKEN);
	g_autofree char *g = cf_decimal_to_string(gap);
	g_assert_cmpstr(g, ==, "990000");
	cf_relation_free(r);
}

/* Freed terms and relations are kept for the next ones (cf-relation.c): a block made again
 * starts as a new one, whatever the last one set, with a short or a long what, and a relation
 * may be freed on another thread than made it. */
static gpointer
free_relation_thread(gpointer data)
{
	cf_relation_free(data);
	return NULL;
}

static void
test_relation_reuse(void)
{
	g_autoptr(GPtrArray) claims = claims_new();
	CfClaim *a = make_claim(CF_CLAIM_AMOUNT, "2000", 4, "万元", 1);
	g_ptr_array_add(claims, a);
	g_autofree char *long_what = g_strnfill(400, 'w');
	for (guint round = 0; round < 3; round++) {
		for (guint i = 0; i < 50; i++) {
			const char *what = i % 3 == 0 ? NULL : i % 3 == 1 ? "share" : long_what;
			GPtrArray *terms = NULL;
			if (i % 2 == 0) {
				terms = g_ptr_array_new();
				g_ptr_array_add(terms, cf_term_new_constant(cf_decimal_from_int(7), "seven"));
			}
			CfRelation *r = cf_relation_new(CF_RELATION_EQUAL, "sum-mismatch",
							CF_SEVERITY_ERROR, cf_term_new_claim(a), terms,
							what);
			g_assert_cmpstr(r->what, ==, what);
			g_assert_cmpint(r->ratio_exponent, ==, 2);
			g_assert_false(r->partial || r->note_rounding || r->tie);
			g_assert_null(r->result->label);
			g_assert_null(r->result->children);
			g_assert_true(r->result->claim == a);
			g_assert_cmpuint(r->terms->len, ==, i % 2 == 0 ? 1 : 0);
			/* set what a reused block must not keep */
			r->partial = r->note_rounding = r->tie = TRUE;
			r->ratio_exponent = 0;
			if (i % 5 == 0) {
				g_thread_join(g_thread_new("free", free_relation_thread, r));
				continue;
			}
			cf_relation_free(r);
		}
	}
}

static void
test_single_edits(void)
{
	g_autoptr(GPtrArray) edits = g_ptr_array_new_with_free_func(g_free);
	cf_check_single_edits("30000", edits);
	gboolean dropped = FALSE, swapped = FALSE, moved = FALSE;
	for (guint i = 0; i < edits->len; i++) {
		const char *e = g_ptr_array_index(edits, i);
		g_assert_cmpstr(e, !=, "30000");
		g_assert_false(e[0] == '0' && e[1] != '.' && e[1] != '\0');
		dropped |= g_str_equal(e, "3000");
		moved |= g_str_equal(e, "3000.0");
	}
	g_assert_true(dropped);
	g_assert_true(moved);
	g_ptr_array_set_size(edits, 0);
	cf_check_single_edits("15.036", edits);
	for (guint i = 0; i < edits->len; i++)
		swapped |= g_str_equal(g_ptr_array_index(edits, i), "15.306");
	g_assert_true(swapped);
	/* the digits on either side of the point: 3.70 for 7.30 */
	g_ptr_array_set_size(edits, 0);
	cf_check_single_edits("3.70", edits);
	swapped = FALSE;
	for (guint i = 0; i < edits->len; i++)
		swapped |= g_str_equal(g_ptr_array_index(edits, i), "7.30");
	g_assert_true(swapped);
	/* every variant is distinct */
	g_autoptr(GHashTable) seen = g_hash_table_new(g_str_hash, g_str_equal);
	for (guint i = 0; i < edits->len; i++)
		g_assert_true(g_hash_table_add(seen, g_ptr_array_index(edits, i)));
}

/* The single edits as first written: every candidate built and kept unless a set of the texts
 * seen says it came before.  cf_check_single_edits() skips the set (it knows which kinds can
 * repeat a text); both must give the same texts in the same order. */
static gboolean
reference_plausible(const char *s)
{
	if (s[0] == '\0' || s[0] == '.' || s[strlen(s) - 1] == '.')
		return FALSE;
	return !(s[0] == '0' && s[1] != '\0' && s[1] != '.');
}

static void
reference_add(GPtrArray *out, GHashTable *seen, const char *original, const char *candidate)
{
	if (!reference_plausible(candidate) || strcmp(candidate, original) == 0 ||
	    g_hash_table_contains(seen, candidate))
		return;
	g_hash_table_add(seen, g_strdup(candidate));
	g_ptr_array_add(out, g_strdup(candidate));
}

static void
reference_single_edits(const char *digits, GPtrArray *out)
{
	g_autoptr(GHashTable) seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	gsize n = strlen(digits);
	char buffer[64], bare[64];
	for (gsize i = 0; i < n; i++)
		for (char d = '0'; d <= '9' && digits[i] != '.'; d++) {
			memcpy(buffer, digits, n + 1);
			buffer[i] = d;
			reference_add(out, seen, digits, buffer);
		}
	for (gsize i = 0; i < n; i++) {
		if (digits[i] == '.')
			continue;
		memcpy(buffer, digits, i);
		memcpy(buffer + i, digits + i + 1, n - i);
		reference_add(out, seen, digits, buffer);
	}
	for (gsize i = 0; i <= n; i++)
		for (char d = '0'; d <= '9'; d++) {
			memcpy(buffer, digits, i);
			buffer[i] = d;
			memcpy(buffer + i + 1, digits + i, n - i + 1);
			reference_add(out, seen, digits, buffer);
		}
	for (gsize i = 0; i + 1 < n; i++) {
		gsize k = digits[i + 1] == '.' ? i + 2 : i + 1;
		if (digits[i] == '.' || k >= n)
			continue;
		memcpy(buffer, digits, n + 1);
		buffer[i] = digits[k];
		buffer[k] = digits[i];
		reference_add(out, seen, digits, buffer);
	}
	gsize m = 0;
	for (gsize i = 0; i < n; i++)
		if (digits[i] != '.')
			bare[m++] = digits[i];
	bare[m] = '\0';
	for (gsize at = 1; at < m; at++) {
		memcpy(buffer, bare, at);
		buffer[at] = '.';
		memcpy(buffer + at + 1, bare + at, m - at + 1);
		reference_add(out, seen, digits, buffer);
	}
	if (strchr(digits, '.'))
		reference_add(out, seen, digits, bare);
}

static void
test_single_edits_reference(void)
{
	/* runs of equal digits, zeros, a point anywhere: where repeated texts come from */
	static const char *const fixed[] = {"0", "5", "10", "100", "0.5", "0.05", "0.50", "1.0",
					    "30000", "15.036", "1100", "9.99", "2.65", "261.46",
					    "000", "1.1", "11.11", "123456789012", "5799.2"};
	GRand *rand = g_rand_new_with_seed(20261123);
	for (guint round = 0; round < 3000; round++) {
		char digits[16];
		if (round < G_N_ELEMENTS(fixed)) {
			g_strlcpy(digits, fixed[round], sizeof digits);
		} else {
			/* few distinct digits, so runs and repeats are common */
			gsize n = (gsize)g_rand_int_range(rand, 1, 13);
			const char *alphabet = round % 2 ? "0123456789" : "001";
			for (gsize i = 0; i < n; i++)
				digits[i] = alphabet[g_rand_int_range(rand, 0, (gint32)strlen(alphabet))];
			digits[n] = '\0';
			if (digits[0] == '0' && n > 1)
				digits[0] = '1';
			if (n > 1 && g_rand_boolean(rand))
				digits[g_rand_int_range(rand, 1, (gint32)n)] = '.';
			if (digits[n - 1] == '.')
				digits[n - 1] = '7';
		}
		g_autoptr(GPtrArray) expected = g_ptr_array_new_with_free_func(g_free);
		g_autoptr(GPtrArray) got = g_ptr_array_new_with_free_func(g_free);
		reference_single_edits(digits, expected);
		cf_check_single_edits(digits, got);
		g_assert_cmpuint(got->len, ==, expected->len);
		for (guint i = 0; i < got->len; i++)
			g_assert_cmpstr(g_ptr_array_index(got, i), ==, g_ptr_array_index(expected, i));
	}
	g_rand_free(rand);
}

/* The edits within an interval are the edits whose stated interval overlaps it, in the same
 * order: on random figures and intervals around their edits (an edit's own interval, its
 * ends moved a little, an edge touching it, half-open ones), so near misses are common. */
static void
test_single_edits_within(void)
{
	GRand *rand = g_rand_new_with_seed(1123);
	guint kept = 0, dropped = 0;
	for (guint round = 0; round < 3000; round++) {
		char digits[16];
		gsize n = (gsize)g_rand_int_range(rand, 1, 13);
		const char *alphabet = round % 3 ? "0123456789" : "0019";
		for (gsize i = 0; i < n; i++)
			digits[i] = alphabet[g_rand_int_range(rand, 0, (gint32)strlen(alphabet))];
		digits[n] = '\0';
		if (digits[0] == '0' && n > 1 && g_rand_int_range(rand, 0, 4))
			digits[0] = '1';
		if (n > 1 && g_rand_boolean(rand))
			digits[g_rand_int_range(rand, 1, (gint32)n)] = '.';
		if (digits[n - 1] == '.')
			digits[n - 1] = '7';
		if (digits[0] == '0' && n > 1 && digits[1] != '.')
			digits[0] = '3';
		g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func(g_free);
		cf_check_single_edits(digits, all);
		g_assert_cmpuint(all->len, >, 0);
		for (guint k = 0; k < 8; k++) {
			/* around one edit: its interval, widened or narrowed by a unit at some scale */
			CfDecimal centre;
			g_assert_true(cf_decimal_parse(
				g_ptr_array_index(all, g_rand_int_range(rand, 0, all->len)), -1,
				&centre));
			CfInterval within = cf_interval_stated(centre);
			CfDecimal lo = {g_rand_int_range(rand, -3, 4),
					g_rand_int_range(rand, 0, 6)};
			CfDecimal hi = {g_rand_int_range(rand, -3, 4),
					g_rand_int_range(rand, 0, 6)};
			g_assert_true(cf_decimal_add(within.low, lo, &within.low));
			g_assert_true(cf_decimal_add(within.high, hi, &within.high));
			if (cf_decimal_compare(within.low, within.high) > 0)
				within.high = within.low;
			within.low_unbounded = g_rand_int_range(rand, 0, 10) == 0;
			within.high_unbounded = g_rand_int_range(rand, 0, 10) == 0;
			g_autoptr(GPtrArray) expected = g_ptr_array_new();
			for (guint i = 0; i < all->len; i++) {
				CfDecimal value;
				g_assert_true(
					cf_decimal_parse(g_ptr_array_index(all, i), -1, &value));
				if (cf_interval_overlaps(cf_interval_stated(value), within))
					g_ptr_array_add(expected, g_ptr_array_index(all, i));
			}
			g_autoptr(GPtrArray) got = g_ptr_array_new_with_free_func(g_free);
			cf_check_single_edits_within(digits, &within, got);
			g_assert_cmpuint(got->len, ==, expected->len);
			for (guint i = 0; i < got->len; i++)
				g_assert_cmpstr(g_ptr_array_index(got, i), ==,
						g_ptr_array_index(expected, i));
			kept += got->len;
			dropped += all->len - got->len;
		}
	}
	g_assert_cmpuint(kept, >, 200000);
	g_assert_cmpuint(dropped, >, 2000000);
	g_rand_free(rand);
}

/* A random figure of up to five digits and up to three decimals. */
static char *
random_figure(GRand *rand)
{
	gint64 mantissa = g_rand_int_range(rand, 0, 100000);
	CfDecimal d = {mantissa, g_rand_int_range(rand, 0, 4)};
	return cf_decimal_to_string(d);
}

/* cf_check_needed_interval() is a shortcut for evaluating the relation with the edit in
 * place: on random sums (complete and partial), equalities and bounds, with the edited
 * number as the result or as a part, an edit must overlap the interval exactly when the
 * relation then holds, and else lie as far from it as the evaluation's gap says. */
static void
test_needed_interval(void)
{
	static const CfRelationKind kinds[] = {CF_RELATION_SUM, CF_RELATION_EQUAL,
					       CF_RELATION_AT_MOST};
	GRand *rand = g_rand_new_with_seed(2026);
	guint applied = 0, held = 0;
	for (guint round = 0; round < 3000; round++) {
		g_autoptr(GPtrArray) claims = claims_new();
		CfRelationKind kind = kinds[round % G_N_ELEMENTS(kinds)];
		guint n_terms = kind == CF_RELATION_SUM ? (guint)g_rand_int_range(rand, 1, 5) : 1;
		int exponent = g_rand_boolean(rand) ? 4 : 0;
		g_autofree char *total = random_figure(rand);
		CfClaim *result = make_claim(CF_CLAIM_AMOUNT, total, exponent, "万元", 1);
		g_ptr_array_add(claims, result);
		GPtrArray *terms = g_ptr_array_new();
		for (guint k = 0; k < n_terms; k++) {
			g_autofree char *part = random_figure(rand);
			CfClaim *c = make_claim(CF_CLAIM_AMOUNT, part, exponent, "万元", 2 + k);
			/* now and then a figure with 余/以上: no upper end */
			if (g_rand_int_range(rand, 0, 8) == 0)
				c->interval.high_unbounded = TRUE;
			g_ptr_array_add(claims, c);
			g_ptr_array_add(terms, cf_term_new_claim(c));
		}
		if (g_rand_int_range(rand, 0, 8) == 0)
			result->interval.low_unbounded = TRUE;
		CfRelation *r = cf_relation_new(kind, "sum-mismatch", CF_SEVERITY_ERROR,
						cf_term_new_claim(result), terms, "the parts");
		r->partial = kind == CF_RELATION_SUM && g_rand_boolean(rand);
		const CfClaim *edited = g_ptr_array_index(claims, g_rand_int_range(rand, 0, claims->len));
		g_autoptr(GPtrArray) members = g_ptr_array_new();
		g_ptr_array_add(members, (gpointer)edited);
		CfInterval needed;
		if (cf_check_needed_interval(r, members, &needed)) {
			applied++;
			/* figures near the edges matter: the other figures, their sum and the
			 * result less the others, moved by a unit in some place */
			g_autoptr(GArray) near = g_array_new(FALSE, FALSE, sizeof(CfDecimal));
			CfDecimal sum = cf_decimal_from_int(0), rest = result->stated;
			for (guint k = 1; k < claims->len; k++) {
				const CfClaim *c = g_ptr_array_index(claims, k);
				g_array_append_val(near, c->stated);
				g_assert_true(cf_decimal_add(sum, c->stated, &sum));
				if (c != edited)
					g_assert_true(cf_decimal_sub(rest, c->stated, &rest));
			}
			g_array_append_val(near, result->stated);
			g_array_append_val(near, sum);
			g_array_append_val(near, rest);
			for (guint e = 0; e < 60; e++) {
				CfDecimal stated;
				if (e % 3 == 0) {
					g_autofree char *text = random_figure(rand);
					g_assert_true(cf_decimal_parse(text, -1, &stated));
				} else {
					CfDecimal base = g_array_index(near, CfDecimal,
								       g_rand_int_range(rand, 0, near->len));
					CfDecimal delta = {g_rand_int_range(rand, -1, 2),
							   g_rand_int_range(rand, 0, 4)};
					if (!cf_decimal_add(base, delta, &stated) || cf_decimal_sign(stated) < 0)
						continue;
				}
				CfOverrides overrides = {(const CfClaim *const *)members->pdata, 1};
				g_assert_true(cf_decimal_shift(stated, exponent, &overrides.value.point));
				g_assert_true(cf_interval_shift(cf_interval_stated(stated), exponent,
								&overrides.value.interval));
				CfDecimal gap, distance;
				CfOutcome outcome =
					cf_relation_evaluate(r, &overrides, NULL, NULL, &gap);
				gboolean holds = cf_outcome_holds(outcome);
				held += holds;
				g_assert_cmpint(cf_interval_overlaps(overrides.value.interval, needed), ==,
						holds);
				/* and when it does not hold, the gap is the edit's distance from it */
				g_assert_cmpint(outcome, !=, CF_OUTCOME_UNKNOWN);
				g_assert_true(cf_interval_gap(overrides.value.interval, needed,
							      &distance));
				if (!holds)
					g_assert_cmpint(cf_decimal_compare(gap, distance), ==, 0);
			}
		}
		cf_relation_free(r);
	}
	/* the cases were varied enough to mean something */
	g_assert_cmpuint(applied, >, 2500);
	g_assert_cmpuint(held, >, 1000);
	g_rand_free(rand);
}

/* A random figure for the terms' sums: mostly short, now and then of up to @max_digits
 * digits (sums near the 64-bit limit), with up to three decimals. */
static char *
random_wide_figure(GRand *rand, int max_digits)
{
	gint64 mantissa = g_rand_int_range(rand, 0, 100000);
	if (g_rand_int_range(rand, 0, 4) == 0) {
		int digits = g_rand_int_range(rand, 1, max_digits + 1);
		mantissa = 0;
		for (int i = 0; i < digits; i++)
			mantissa = mantissa * 10 + g_rand_int_range(rand, i == 0 ? 1 : 0, 10);
	}
	CfDecimal d = {mantissa, g_rand_int_range(rand, 0, 4)};
	return cf_decimal_to_string(d);
}

static void
assert_same_interval(CfInterval a, CfInterval b)
{
	g_assert_cmpint(a.low_unbounded, ==, b.low_unbounded);
	g_assert_cmpint(a.high_unbounded, ==, b.high_unbounded);
	if (!a.low_unbounded) {
		g_assert_cmpint(a.low.mantissa, ==, b.low.mantissa);
		g_assert_cmpint(a.low.scale, ==, b.low.scale);
	}
	if (!a.high_unbounded) {
		g_assert_cmpint(a.high.mantissa, ==, b.high.mantissa);
		g_assert_cmpint(a.high.scale, ==, b.high.scale);
	}
}

/* cf_check_needed_interval_summed() (the other terms' sum as the total less one term, when
 * cf_check_terms_sum() finds it exact) gives what cf_check_needed_interval() (the others
 * added up one by one) gives, to the scale: on random sums, equalities and bounds of 1 to 12
 * terms of one or mixed scales, some unbounded, some near the 64-bit limit, with the edited
 * number the result, a term or none of them. */
static void
test_needed_interval_summed(void)
{
	static const CfRelationKind kinds[] = {CF_RELATION_SUM, CF_RELATION_EQUAL,
					       CF_RELATION_AT_MOST};
	GRand *rand = g_rand_new_with_seed(4711);
	guint applied = 0, exact = 0, general = 0, mixed = 0;
	for (guint round = 0; round < 20000; round++) {
		g_autoptr(GPtrArray) claims = claims_new();
		CfRelationKind kind = kinds[round % G_N_ELEMENTS(kinds)];
		guint n_terms = kind == CF_RELATION_SUM ? (guint)g_rand_int_range(rand, 1, 13) : 1;
		int exponent = g_rand_int_range(rand, 0, 3) == 0 ? 4 : 0;
		/* in 万元 the figures are shifted by 4 places: they must still fit */
		int max_digits = exponent ? 13 : 18;
		g_autofree char *total = random_wide_figure(rand, max_digits);
		CfClaim *result = make_claim(CF_CLAIM_AMOUNT, total, exponent, "万元", 1);
		g_ptr_array_add(claims, result);
		/* one scale for all the parts, or each its own */
		gboolean one_scale = g_rand_boolean(rand);
		int scale = g_rand_int_range(rand, 0, 4);
		GPtrArray *terms = g_ptr_array_new();
		for (guint k = 0; k < n_terms; k++) {
			g_autofree char *part = random_wide_figure(rand, max_digits);
			if (one_scale) {
				CfDecimal d;
				g_assert_true(cf_decimal_parse(part, -1, &d));
				d.scale = scale;
				g_free(part);
				part = cf_decimal_to_string(d);
			}
			CfClaim *c = make_claim(CF_CLAIM_AMOUNT, part, exponent, "万元", 2 + k);
			if (g_rand_int_range(rand, 0, 16) == 0)
				c->interval.high_unbounded = TRUE;
			if (g_rand_int_range(rand, 0, 32) == 0)
				c->interval.low_unbounded = TRUE;
			g_ptr_array_add(claims, c);
			g_ptr_array_add(terms, cf_term_new_claim(c));
		}
		CfRelation *r = cf_relation_new(kind, "sum-mismatch", CF_SEVERITY_ERROR,
						cf_term_new_claim(result), terms, "the parts");
		r->partial = kind == CF_RELATION_SUM && g_rand_boolean(rand);
		CfTermsSum sum;
		cf_check_terms_sum(r, &sum);
		exact += sum.exact;
		general += !sum.exact;
		mixed += sum.exact && !one_scale && n_terms > 1;
		/* the edited number: the result, a part, or one outside the relation */
		g_autoptr(GPtrArray) members = g_ptr_array_new();
		CfClaim *outside = make_claim(CF_CLAIM_AMOUNT, "1", exponent, "万元", 99);
		g_ptr_array_add(claims, outside);
		guint pick = (guint)g_rand_int_range(rand, 0, claims->len);
		g_ptr_array_add(members, g_ptr_array_index(claims, pick));
		CfInterval a = {{0, 0}, {0, 0}, FALSE, FALSE}, b = a;
		gboolean applies = cf_check_needed_interval(r, members, &a);
		g_assert_cmpint(cf_check_needed_interval_summed(r, members, &sum, &b), ==, applies);
		if (applies) {
			applied++;
			assert_same_interval(a, b);
		}
		cf_relation_free(r);
	}
	/* both paths were taken often (the exact one for mixed scales too), and most cases
	 * applied */
	g_assert_cmpuint(applied, >, 10000);
	g_assert_cmpuint(exact, >, 5000);
	g_assert_cmpuint(general, >, 2000);
	g_assert_cmpuint(mixed, >, 1000);
	g_rand_free(rand);
}

/* cf_relation_ratio_bounds() is a necessary condition: any percentage that makes a ratio hold
 * lies within the quotient's bounds, whatever its precision (near the edges too); and the
 * bounds rule out most percentages. */
static void
test_ratio_bounds(void)
{
	GRand *rand = g_rand_new_with_seed(855);
	guint held = 0, outside = 0;
	for (guint round = 0; round < 2000; round++) {
		g_autoptr(GPtrArray) claims = claims_new();
		g_autofree char *a_text = random_figure(rand);
		g_autofree char *b_text = random_figure(rand);
		CfClaim *a = make_claim(CF_CLAIM_AMOUNT, a_text, 4, "万元", 1);
		CfClaim *b = make_claim(CF_CLAIM_AMOUNT, b_text, 4, "万元", 1);
		CfClaim *p = make_claim(CF_CLAIM_PERCENT, "50", 0, "%", 1);
		g_ptr_array_add(claims, a);
		g_ptr_array_add(claims, b);
		g_ptr_array_add(claims, p);
		GPtrArray *terms = g_ptr_array_new();
		g_ptr_array_add(terms, cf_term_new_claim(a));
		g_ptr_array_add(terms, cf_term_new_claim(b));
		CfRelation *r = cf_relation_new(CF_RELATION_RATIO, "percent-mismatch",
						CF_SEVERITY_ERROR, cf_term_new_claim(p), terms, "share");
		CfInterval bounds;
		if (!cf_relation_ratio_bounds(r, &bounds)) {
			cf_relation_free(r);
			continue;
		}
		/* the true share rounded to 0–4 decimals, moved by a unit now and then */
		CfDecimal shifted, share;
		gboolean near = cf_decimal_shift(a->value, 2, &shifted) &&
				cf_decimal_div(shifted, b->value, 6, &share);
		for (guint e = 0; e < 30; e++) {
			CfDecimal stated;
			int scale = g_rand_int_range(rand, 0, 5);
			if (near && e % 2 == 0 && cf_decimal_div(share, cf_decimal_from_int(1), scale, &stated)) {
				CfDecimal unit = {g_rand_int_range(rand, -1, 2), scale};
				if (!cf_decimal_add(stated, unit, &stated))
					continue;
			} else {
				stated = (CfDecimal){g_rand_int_range(rand, 0, 200000), scale};
			}
			const CfClaim *edited[] = {p};
			CfOverrides overrides = {edited, 1, {stated, cf_interval_stated(stated)}};
			gboolean holds = cf_outcome_holds(cf_relation_evaluate(r, &overrides, NULL, NULL, NULL));
			gboolean inside = cf_interval_overlaps(overrides.value.interval, bounds);
			g_assert_true(!holds || inside);
			held += holds;
			outside += !inside;
		}
		cf_relation_free(r);
	}
	g_assert_cmpuint(held, >, 1000);
	g_assert_cmpuint(outside, >, 10000);
	g_rand_free(rand);
}

static CfInterval
interval_unbounded(void)
{
	CfInterval any = {{0, 0}, {0, 0}, TRUE, TRUE};
	return any;
}

/* A claim for @d in @exponent units, as make_claim() makes it. */
static CfClaim *
figure_claim(GPtrArray *claims, CfDecimal d, int exponent)
{
	g_autofree char *text = cf_decimal_to_string(d);
	CfClaim *c = make_claim(CF_CLAIM_AMOUNT, text, exponent, "万元", claims->len + 1);
	g_ptr_array_add(claims, c);
	return c;
}

static CfTerm *
term_of(CfClaim *c)
{
	return cf_term_new_claim(c);
}

static CfTerm *
term_of_two(gboolean product, CfTerm *a, CfTerm *b)
{
	GPtrArray *children = g_ptr_array_new();
	g_ptr_array_add(children, a);
	g_ptr_array_add(children, b);
	return product ? cf_term_new_product(children) : cf_term_new_sum(children);
}

/* @d rounded to @scale decimals (half away from zero). */
static CfDecimal
round_to(CfDecimal d, int scale)
{
	CfDecimal r = d;
	g_assert_true(cf_decimal_div(d, cf_decimal_from_int(1), scale, &r));
	return r;
}

/* cf_check_edit_bound() where it is only a necessary condition (the edited number inside a
 * product, a sum within a term, or a ratio's terms): on random relations of those shapes
 * (made to hold, or nearly, with the figures as stated), every edit that makes the relation
 * hold overlaps the bound, near its ends too, and the bound rules out most others. */
static void
test_edit_bound_necessary(void)
{
	GRand *rand = g_rand_new_with_seed(9119);
	guint applied = 0, held = 0, ruled_out = 0, unreachables = 0;
	for (guint round = 0; round < 3000; round++) {
		g_autoptr(GPtrArray) claims = claims_new();
		int exponent = g_rand_boolean(rand) ? 4 : 0;
		guint shape = round % 6;
		CfDecimal a = {g_rand_int_range(rand, 1, 100000), g_rand_int_range(rand, 0, 3)};
		CfDecimal b = {g_rand_int_range(rand, 1, 100000), g_rand_int_range(rand, 0, 3)};
		CfDecimal c = {g_rand_int_range(rand, 1, 10000), g_rand_int_range(rand, 0, 3)};
		CfDecimal d = {g_rand_int_range(rand, 1, 1000), g_rand_int_range(rand, 0, 2)};
		CfClaim *ca = figure_claim(claims, a, exponent);
		CfClaim *cb = figure_claim(claims, b, exponent);
		CfClaim *cc = figure_claim(claims, c, exponent);
		CfClaim *cd = figure_claim(claims, d, 0);
		CfRelation *r = NULL;
		GPtrArray *terms = g_ptr_array_new();
		CfDecimal total, product, share, shifted;
		g_assert_true(cf_decimal_mul(a, d, &product));
		switch (shape) {
		case 0: /* 124 sites × 1200 元 = total: R = a × d */
		case 1: /* a description: R = a × d + b */
			total = product;
			if (shape == 1)
				g_assert_true(cf_decimal_add(total, b, &total));
			total = round_to(total, g_rand_int_range(rand, 0, 3));
			/* now and then a total below the other part: no edit of the product can
			 * reach it */
			if (shape == 1 && g_rand_int_range(rand, 0, 4) == 0)
				total = round_to((CfDecimal){b.mantissa, b.scale + 1}, 0);
			g_ptr_array_add(terms, term_of_two(TRUE, term_of(ca), term_of(cd)));
			if (shape == 1)
				g_ptr_array_add(terms, term_of(cb));
			r = cf_relation_new(CF_RELATION_SUM, "product-mismatch", CF_SEVERITY_ERROR,
					    term_of(figure_claim(claims, total, exponent)), terms,
					    "x");
			break;
		case 2: /* a share a / (b + (c + a)), or a / b */
		case 3: {
			g_assert_true(cf_decimal_add(b, c, &total));
			g_assert_true(cf_decimal_add(total, a, &total));
			g_assert_true(cf_decimal_shift(a, 2, &shifted));
			g_assert_true(cf_decimal_div(shifted, shape == 2 ? total : b,
						     g_rand_int_range(rand, 0, 3), &share));
			if (g_rand_int_range(rand, 0, 3) == 0)
				share.mantissa += g_rand_int_range(rand, -2, 3);
			g_ptr_array_add(terms, term_of(ca));
			CfTerm *denominator = term_of(cb);
			if (shape == 2)
				denominator = term_of_two(
					FALSE, denominator,
					term_of_two(FALSE, term_of(cc),
						    term_of(figure_claim(claims, a, exponent))));
			g_ptr_array_add(terms, denominator);
			g_autofree char *percent = cf_decimal_to_string(share);
			CfClaim *p = make_claim(CF_CLAIM_PERCENT, percent, 0, "%", 1);
			g_ptr_array_add(claims, p);
			r = cf_relation_new(CF_RELATION_RATIO, "percent-mismatch",
					    CF_SEVERITY_ERROR, term_of(p), terms, "share");
			break;
		}
		default: /* a partial sum, a bound or an equality over a sum: R vs b + c */
			g_assert_true(cf_decimal_add(b, c, &total));
			if (g_rand_boolean(rand))
				total.mantissa += g_rand_int_range(rand, -3, 4);
			g_ptr_array_add(terms, term_of_two(FALSE, term_of(cb), term_of(cc)));
			r = cf_relation_new(shape == 4             ? CF_RELATION_SUM
					    : g_rand_boolean(rand) ? CF_RELATION_AT_MOST
								   : CF_RELATION_EQUAL,
					    "sum-mismatch", CF_SEVERITY_ERROR,
					    term_of(figure_claim(claims, total, exponent)), terms,
					    "x");
			r->partial = shape == 4;
			break;
		}
		/* edit a figure of the terms (a result edit is the exact case) */
		CfClaim *edited = shape <= 1   ? (g_rand_boolean(rand) ? ca : cd)
				  : shape <= 3 ? (g_rand_boolean(rand) ? ca : cb)
					       : (g_rand_boolean(rand) ? cb : cc);
		g_autoptr(GPtrArray) members = g_ptr_array_new();
		g_ptr_array_add(members, edited);
		CfInterval bound;
		CfEditBound kind = cf_check_edit_bound(r, members, &bound);
		if (kind == CF_EDIT_BOUND_NONE || kind == CF_EDIT_BOUND_EXACT) {
			cf_relation_free(r);
			continue;
		}
		gboolean unreachable = kind == CF_EDIT_BOUND_UNREACHABLE;
		applied++;
		unreachables += unreachable;
		/* edits near the figure itself and near the bound's ends, in the edited unit */
		CfInterval local = interval_unbounded();
		if (!unreachable)
			g_assert_true(cf_interval_shift(bound, -edited->unit_exponent, &local));
		CfDecimal near[3] = {edited->stated, local.low, local.high};
		for (guint e = 0; e < 60; e++) {
			CfDecimal stated;
			guint which = (guint)g_rand_int_range(rand, 0, 4);
			if (which == 3 || (which == 1 && local.low_unbounded) ||
			    (which == 2 && local.high_unbounded)) {
				stated = (CfDecimal){g_rand_int_range(rand, 0, 200000),
						     g_rand_int_range(rand, 0, 3)};
			} else {
				int scale = g_rand_int_range(rand, 0, 4);
				stated = round_to(near[which], scale);
				stated.mantissa += g_rand_int_range(rand, -1, 2);
			}
			if (cf_decimal_sign(stated) < 0)
				continue;
			CfOverrides overrides = {(const CfClaim *const *)members->pdata, 1};
			if (!cf_decimal_shift(stated, edited->unit_exponent,
					      &overrides.value.point) ||
			    !cf_interval_shift(cf_interval_stated(stated), edited->unit_exponent,
					       &overrides.value.interval))
				continue;
			gboolean holds = cf_outcome_holds(
				cf_relation_evaluate(r, &overrides, NULL, NULL, NULL));
			gboolean inside = !unreachable &&
					  cf_interval_overlaps(overrides.value.interval, bound);
			if (holds && !inside)
				g_error("round %u: an edit to %s holds outside the bound", round,
					cf_decimal_to_string(stated));
			held += holds;
			ruled_out += !inside;
		}
		cf_relation_free(r);
	}
	g_assert_cmpuint(unreachables, >, 50);
	g_assert_cmpuint(applied, >, 2500);
	g_assert_cmpuint(held, >, 50000);
	g_assert_cmpuint(ruled_out, >, 60000);
	g_rand_free(rand);
}

/* cf_utf8_char_at() decodes what g_utf8_get_char() decodes: every code point, and broken
 * sequences (a lead byte without its continuation bytes) the same way too. */
static void
test_utf8_char_at(void)
{
	for (gunichar c = 0; c <= 0x10FFFF; c++) {
		if (c >= 0xD800 && c <= 0xDFFF)
			continue;
		char text[8] = {0};
		g_unichar_to_utf8(c, text);
		g_assert_cmpuint(cf_utf8_char_at(text), ==, g_utf8_get_char(text));
	}
	static const char *const broken[] = {"\xe4", "\xe4\xb8",
					     "\xe4"
					     "a",
					     "\xe4\xb8"
					     "a",
					     "\xe4\xb8\xe4"};
	for (gsize i = 0; i < G_N_ELEMENTS(broken); i++)
		g_assert_cmpuint(cf_utf8_char_at(broken[i]), ==, g_utf8_get_char(broken[i]));
}

/* cf_utf8_may_contain() never rules out a word strstr() finds: random texts and words over
 * an alphabet of ASCII and Chinese (whose bytes share low six bits), and every cut of a
 * money-role sentence. */
static void
test_utf8_may_contain(void)
{
	static const char *const alphabet[] = {"a", "1", "，", "上", "年", "预", "算", "支", "出",
					       "比", "增", "加", "万", "元", "调", "整", "结", "转"};
	GRand *rand = g_rand_new_with_seed(5);
	for (guint round = 0; round < 20000; round++) {
		g_autoptr(GString) text = g_string_new(NULL);
		g_autoptr(GString) word = g_string_new(NULL);
		guint n = g_rand_int_range(rand, 0, 12), m = g_rand_int_range(rand, 1, 4);
		gint size = G_N_ELEMENTS(alphabet);
		for (guint i = 0; i < n; i++)
			g_string_append(text, alphabet[g_rand_int_range(rand, 0, size)]);
		for (guint i = 0; i < m; i++)
			g_string_append(word, alphabet[g_rand_int_range(rand, 0, size)]);
		if (strstr(text->str, word->str))
			g_assert_true(cf_utf8_may_contain(cf_utf8_byte_set(text->str), word->str));
	}
	g_rand_free(rand);
	const char *sentence = "年初预算100万元，调整预算120万元，实际支出118.5万元，比上年增加5万元";
	for (gsize a = 0; sentence[a]; a = g_utf8_next_char(sentence + a) - sentence)
		for (gsize b = a + 1; b <= strlen(sentence); b++) {
			g_autofree char *cut = g_strndup(sentence + a, b - a);
			g_autofree char *word = g_strndup(sentence + a, MIN(b - a, 9));
			g_assert_true(cf_utf8_may_contain(cf_utf8_byte_set(cut), word));
		}
	g_assert_false(cf_utf8_may_contain(cf_utf8_byte_set("abc"), "年"));
	g_assert_true(cf_utf8_may_contain(cf_utf8_byte_set(""), "abc"));
}

/* cf_utf8_find() finds what memmem() finds, at the same place: random texts and needles
 * over ASCII and Chinese, with a lone B4 (年's last byte, where memchr() stops short of a
 * match) and a lone E5 (a lead byte), needles longer than the text, empty ones, and byte
 * cuts that split a character. */
static void
test_utf8_find(void)
{
	static const char *const alphabet[] = {"a", "1", "，", "上", "年", "预", "算", "支", "出",
					       "比", "增", "加", "万", "元", "\xB4", "\xE5"};
	GRand *rand = g_rand_new_with_seed(11);
	for (guint round = 0; round < 50000; round++) {
		g_autoptr(GString) text = g_string_new(NULL);
		g_autoptr(GString) needle = g_string_new(NULL);
		gint size = G_N_ELEMENTS(alphabet);
		guint n = g_rand_int_range(rand, 0, 16), m = g_rand_int_range(rand, 0, 4);
		for (guint i = 0; i < n; i++)
			g_string_append(text, alphabet[g_rand_int_range(rand, 0, size)]);
		for (guint i = 0; i < m; i++)
			g_string_append(needle, alphabet[g_rand_int_range(rand, 0, size)]);
		/* a byte cut of the needle now and then: a part of a character */
		if (needle->len > 1 && g_rand_boolean(rand))
			g_string_truncate(needle, g_rand_int_range(rand, 1, (gint32)needle->len));
		const char *want = memmem(text->str, text->len, needle->str, needle->len);
		g_assert_true(cf_utf8_find(text->str, text->len, needle->str, needle->len) == want);
	}
	g_rand_free(rand);
	const char *text = "2021年预算1900万元，2022年预算";
	g_assert_true(cf_utf8_find(text, strlen(text), "年预算", strlen("年预算")) == text + 4);
	g_assert_null(cf_utf8_find(text, 4, "年", strlen("年")));
	g_assert_true(cf_utf8_find(text, 7, "年", strlen("年")) == text + 4);
	g_assert_true(cf_utf8_find(text, 0, "", 0) == text);
}

/* cf_utf8_skip_chars() against a character-by-character walk, on random texts of one- to
 * four-byte characters (and stray continuation bytes), for every count up to past the end. */
static void
test_utf8_skip_chars(void)
{
	static const char *const alphabet[] = {"a", "1", "，", "上", "年", "é", "😀", "\xB4"};
	GRand *rand = g_rand_new_with_seed(12);
	for (guint round = 0; round < 3000; round++) {
		g_autoptr(GString) text = g_string_new(NULL);
		guint n = g_rand_int_range(rand, 0, 40);
		for (guint i = 0; i < n; i++)
			g_string_append(text, alphabet[g_rand_int_range(rand, 0, G_N_ELEMENTS(alphabet))]);
		gsize total = cf_utf8_char_count(text->str, text->len);
		for (gsize want = 0; want <= total + 2; want++) {
			/* the walk: the byte where the character numbered want starts */
			gsize byte = 0, seen = 0;
			for (; byte < text->len; byte++) {
				if (((guchar)text->str[byte] & 0xC0) == 0x80)
					continue;
				if (seen == want)
					break;
				seen++;
			}
			gsize skipped = G_MAXSIZE;
			g_assert_cmpuint(cf_utf8_skip_chars(text->str, text->len, want, &skipped), ==,
					 byte);
			g_assert_cmpuint(skipped, ==, seen);
			g_assert_cmpuint(skipped, ==, MIN(want, total));
		}
	}
	g_rand_free(rand);
}

/* README must list every rule id with an example: a rule added without documenting it
 * fails here. */
static void
test_readme_lists_rules(void)
{
	const char *root = g_getenv("CROSSFOOT_SOURCE_ROOT");
	g_autofree char *path = g_build_filename(root ? root : ".", "README.md", NULL);
	g_autofree char *readme = NULL;
	g_autoptr(GError) error = NULL;
	g_assert_true(g_file_get_contents(path, &readme, NULL, &error));
	g_assert_no_error(error);
	guint n;
	const CfRule *rules = cf_check_rules(&n);
	g_assert_cmpuint(n, >, 20);
	for (guint i = 0; i < n; i++) {
		g_autofree char *row = g_strdup_printf("| `%s` |", rules[i].id);
		if (strstr(readme, row) == NULL)
			g_error("README.md has no row for rule '%s'", rules[i].id);
		g_assert_nonnull(cf_check_find_rule(rules[i].id));
	}
	g_assert_null(cf_check_find_rule("no-such-rule"));
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	for (gsize i = 0; i < G_N_ELEMENTS(sum_cases); i++) {
		g_autofree char *path = g_strdup_printf("/check/relation/sum/%zu", i);
		g_test_add_data_func(path, &sum_cases[i], test_sum_outcomes);
	}
	g_test_add_func("/check/relation/sum/partial", test_sum_partial);
	for (gsize i = 0; i < G_N_ELEMENTS(ratio_cases); i++) {
		g_autofree char *path = g_strdup_printf("/check/relation/ratio/%zu", i);
		g_test_add_data_func(path, &ratio_cases[i], test_ratio);
	}
	g_test_add_func("/check/relation/whole-share", test_whole_share);
	g_test_add_func("/check/relation/product", test_product);
	g_test_add_func("/check/relation/at-most", test_at_most);
	g_test_add_func("/check/suggest/single-edits", test_single_edits);
	g_test_add_func("/check/suggest/single-edits-reference", test_single_edits_reference);
	g_test_add_func("/check/suggest/single-edits-within", test_single_edits_within);
	g_test_add_func("/check/suggest/needed-interval", test_needed_interval);
	g_test_add_func("/check/suggest/needed-interval-summed", test_needed_interval_summed);
	g_test_add_func("/check/suggest/ratio-bounds", test_ratio_bounds);
	g_test_add_func("/check/suggest/edit-bound-necessary", test_edit_bound_necessary);
	g_test_add_func("/check/utf8/char-at", test_utf8_char_at);
	g_test_add_func("/check/utf8/may-contain", test_utf8_may_contain);
	g_test_add_func("/check/utf8/find", test_utf8_find);
	g_test_add_func("/check/utf8/skip-chars", test_utf8_skip_chars);
	g_test_add_func("/check/rules/readme", test_readme_lists_rules);
	g_test_add_func("/check/relation/reuse", test_relation_reuse);
	return g_test_run();
}
