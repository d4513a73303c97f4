/* Tests of stated-value intervals: precision, sums, overlap. */
#include "model/cf-interval.h"

static CfDecimal
dec(const char *text)
{
	CfDecimal d;
	g_assert_true(cf_decimal_parse(text, -1, &d));
	return d;
}

static void
assert_interval(CfInterval i, const char *expected)
{
	g_autoptr(GString) s = g_string_new(NULL);
	cf_interval_append(i, s);
	g_assert_cmpstr(s->str, ==, expected);
}

static void
test_stated(void)
{
	assert_interval(cf_interval_stated(dec("25.2")), "[25.15, 25.25]");
	assert_interval(cf_interval_stated(dec("1900")), "[1899.5, 1900.5]");
	assert_interval(cf_interval_stated(dec("85.5")), "[85.45, 85.55]");
	assert_interval(cf_interval_point(dec("3")), "[3, 3]");
}

/* The stated interval is the value ± half a unit one place further (a 64-bit shortcut when it
 * fits): the same ends as the decimal sum and difference, near the edges too. */
static void
test_stated_reference(void)
{
	static const gint64 mantissas[] = {0, 1, -1, 252, -252, 922337203685477580LL,
					   922337203685477581LL, -922337203685477580LL,
					   -922337203685477581LL, G_MAXINT64, G_MININT64};
	for (gsize i = 0; i < G_N_ELEMENTS(mantissas); i++)
		for (gint32 scale = 0; scale <= CF_DECIMAL_MAX_SCALE; scale++) {
			CfDecimal value = {mantissas[i], scale};
			CfDecimal half = cf_decimal_half_unit(value), low, high;
			CfInterval expected = cf_interval_point(value);
			if (cf_decimal_sub(value, half, &low) && cf_decimal_add(value, half, &high))
				expected = cf_interval_make(low, high);
			/* the inline shortcut and the general way, each for every value */
			CfInterval gots[] = {cf_interval_stated(value),
					     cf_interval_stated_general(value)};
			for (guint k = 0; k < G_N_ELEMENTS(gots); k++) {
				CfInterval got = gots[k];
				g_assert_cmpint(got.low.mantissa, ==, expected.low.mantissa);
				g_assert_cmpint(got.low.scale, ==, expected.low.scale);
				g_assert_cmpint(got.high.mantissa, ==, expected.high.mantissa);
				g_assert_cmpint(got.high.scale, ==, expected.high.scale);
				g_assert_false(got.low_unbounded || got.high_unbounded);
			}
		}
}

static void
test_sum_of_stated_parts(void)
{
	/* 2.65 + 153.03 + 105.78 = 261.46 holds; 261.56 does not */
	const char *parts[] = {"2.65", "153.03", "105.78"};
	CfInterval sum = cf_interval_point(dec("0"));
	for (gsize i = 0; i < G_N_ELEMENTS(parts); i++)
		g_assert_true(cf_interval_add(sum, cf_interval_stated(dec(parts[i])), &sum));
	assert_interval(sum, "[261.445, 261.475]");
	g_assert_true(cf_interval_overlaps(sum, cf_interval_stated(dec("261.46"))));
	g_assert_false(cf_interval_overlaps(sum, cf_interval_stated(dec("261.56"))));
}

static void
test_shift_unit(void)
{
	CfInterval r;
	g_assert_true(cf_interval_shift(cf_interval_stated(dec("25.2")), 4, &r));
	assert_interval(r, "[251500, 252500]");
	g_assert_true(cf_interval_overlaps(r, cf_interval_stated(dec("252000"))));
}

static void
test_unbounded(void)
{
	CfInterval at_least = cf_interval_point(dec("200"));
	at_least.high_unbounded = TRUE;
	assert_interval(at_least, "≥ 200");
	g_assert_true(cf_interval_overlaps(at_least, cf_interval_point(dec("5000"))));
	g_assert_false(cf_interval_overlaps(at_least, cf_interval_point(dec("199"))));
	CfInterval sum;
	g_assert_true(cf_interval_add(at_least, cf_interval_point(dec("1")), &sum));
	assert_interval(sum, "≥ 201");
	CfInterval below = cf_interval_point(dec("10000"));
	below.low_unbounded = TRUE;
	assert_interval(below, "≤ 10000");
}

static void
test_sub_mul(void)
{
	CfInterval r;
	g_assert_true(cf_interval_sub(cf_interval_stated(dec("2000")), cf_interval_stated(dec("1900")),
				      &r));
	assert_interval(r, "[99.0, 101.0]");
	/* 124 sites × 1200 元 = 148800 元 = 14.88万 */
	g_assert_true(cf_interval_mul(cf_interval_point(dec("124")), cf_interval_stated(dec("1200")),
				      &r));
	assert_interval(r, "[148738.0, 148862.0]");
	CfInterval negative = cf_interval_point(dec("-1"));
	g_assert_false(cf_interval_mul(negative, r, &r));
}

static void
test_contains(void)
{
	CfInterval i = cf_interval_stated(dec("7.13"));
	g_assert_true(cf_interval_contains(i, dec("7.13")));
	g_assert_false(cf_interval_contains(i, dec("97.13")));
	g_assert_true(cf_interval_is_point(cf_interval_point(dec("1"))));
	g_assert_false(cf_interval_is_point(i));
}

static void
test_stated_window(void)
{
	/* 261.46 ± 0.015: the figures of two decimals that reach it, ends touching included */
	CfInterval sum = cf_interval_make(dec("261.445"), dec("261.475"));
	gint64 low, high;
	cf_interval_stated_window(sum, 2, &low, &high);
	g_assert_cmpint(low, ==, 26144);
	g_assert_cmpint(high, ==, 26148);
	cf_interval_stated_window(sum, 0, &low, &high);
	g_assert_cmpint(low, ==, 261);
	g_assert_cmpint(high, ==, 261);
	sum.low_unbounded = TRUE;
	cf_interval_stated_window(sum, 4, &low, &high);
	g_assert_cmpint(low, ==, -CF_INTERVAL_WINDOW_LIMIT);
	g_assert_cmpint(high, ==, 2614750);
}

/* A random bound: any mantissa size and sign, any scale. */
static CfDecimal
random_bound(GRand *rand)
{
	static const gint64 sizes[] = {10, 1000, 100000, 10000000000LL, 1000000000000000000LL};
	gint64 size = sizes[g_rand_int_range(rand, 0, G_N_ELEMENTS(sizes))];
	gint64 m = (gint64)(g_rand_double(rand) * (double)size);
	if (g_rand_int_range(rand, 0, 4) == 0)
		m = -m;
	if (g_rand_int_range(rand, 0, 50) == 0)
		m = g_rand_boolean(rand) ? G_MAXINT64 : G_MININT64;
	return (CfDecimal){m, g_rand_int_range(rand, 0, CF_DECIMAL_MAX_SCALE + 1)};
}

/* The window agrees with testing each figure's stated interval for overlap, at its ends and
 * around them, on random intervals of every size and precision. */
static void
test_stated_window_reference(void)
{
	GRand *rand = g_rand_new_with_seed(4711);
	guint inside = 0, outside = 0;
	for (guint round = 0; round < 20000; round++) {
		CfDecimal a = random_bound(rand), b = random_bound(rand);
		if (cf_decimal_compare(a, b) > 0) {
			CfDecimal t = a;
			a = b;
			b = t;
		}
		CfInterval within = cf_interval_make(a, b);
		within.low_unbounded = g_rand_int_range(rand, 0, 10) == 0;
		within.high_unbounded = g_rand_int_range(rand, 0, 10) == 0;
		int scale = g_rand_int_range(rand, 0, CF_DECIMAL_MAX_SCALE);
		gint64 low, high;
		cf_interval_stated_window(within, scale, &low, &high);
		gint64 near[] = {low, high, 0, g_rand_int_range(rand, -1000, 1000)};
		for (gsize n = 0; n < G_N_ELEMENTS(near); n++)
			for (gint64 d = -2; d <= 2; d++) {
				gint64 v = near[n] + d;
				if (v <= -100000000000000000LL || v >= 100000000000000000LL)
					continue;
				CfInterval figure = cf_interval_stated((CfDecimal){v, scale});
				gboolean expected = cf_interval_overlaps(figure, within);
				g_assert_cmpint(low <= v && v <= high, ==, expected);
				inside += expected;
				outside += !expected;
			}
	}
	g_assert_cmpuint(inside, >, 20000);
	g_assert_cmpuint(outside, >, 20000);
	g_rand_free(rand);
}

/* The inline sum gives what the general one gives: the same ends and scales, the same
 * overflow, for bounded and half-open intervals at equal and different scales. */
static void
test_add_reference(void)
{
	GRand *rand = g_rand_new_with_seed(1777);
	for (guint round = 0; round < 100000; round++) {
		CfInterval x[2];
		for (guint k = 0; k < 2; k++) {
			CfDecimal a = random_bound(rand), b = random_bound(rand);
			if (g_rand_boolean(rand))
				b.scale = a.scale;
			x[k] = cf_interval_make(a, b);
			x[k].low_unbounded = g_rand_int_range(rand, 0, 8) == 0;
			x[k].high_unbounded = g_rand_int_range(rand, 0, 8) == 0;
		}
		if (g_rand_boolean(rand)) {
			x[1].low.scale = x[0].low.scale;
			x[1].high.scale = x[0].high.scale;
		}
		CfInterval got = {{7, 7}, {7, 7}, 7, 7}, expected = got;
		gboolean ok = cf_interval_add(x[0], x[1], &got);
		g_assert_cmpint(ok, ==, cf_interval_add_general(x[0], x[1], &expected));
		if (!ok)
			continue;
		g_assert_cmpint(got.low_unbounded, ==, expected.low_unbounded);
		g_assert_cmpint(got.high_unbounded, ==, expected.high_unbounded);
		if (!got.low_unbounded) {
			g_assert_cmpint(got.low.mantissa, ==, expected.low.mantissa);
			g_assert_cmpint(got.low.scale, ==, expected.low.scale);
		}
		if (!got.high_unbounded) {
			g_assert_cmpint(got.high.mantissa, ==, expected.high.mantissa);
			g_assert_cmpint(got.high.scale, ==, expected.high.scale);
		}
	}
	g_rand_free(rand);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/interval/stated", test_stated);
	g_test_add_func("/interval/stated/reference", test_stated_reference);
	g_test_add_func("/interval/sum/stated-parts", test_sum_of_stated_parts);
	g_test_add_func("/interval/shift/unit", test_shift_unit);
	g_test_add_func("/interval/unbounded", test_unbounded);
	g_test_add_func("/interval/sub-mul", test_sub_mul);
	g_test_add_func("/interval/contains", test_contains);
	g_test_add_func("/interval/sum/reference", test_add_reference);
	g_test_add_func("/interval/stated-window", test_stated_window);
	g_test_add_func("/interval/stated-window/reference", test_stated_window_reference);
	return g_test_run();
}
