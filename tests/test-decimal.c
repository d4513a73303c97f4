/* Tests of the exact decimal type: parsing, printing, arithmetic, overflow. */
#include "model/cf-decimal.h"

static CfDecimal
dec(const char *text)
{
	CfDecimal d;
	g_assert_true(cf_decimal_parse(text, -1, &d));
	return d;
}

static void
assert_decimal(CfDecimal d, const char *expected)
{
	g_autofree char *s = cf_decimal_to_string(d);
	g_assert_cmpstr(s, ==, expected);
}

typedef struct {
	const char *text;
	const char *printed; /* NULL: must not parse */
	gint32 scale;
} ParseCase;

static const ParseCase parse_cases[] = {
	{"25.2", "25.2", 1},
	{"25.20", "25.20", 2},
	{"1900", "1900", 0},
	{"0.25", "0.25", 2},
	{"-3", "-3", 0},
	{"+7.5", "7.5", 1},
	{"0.05", "0.05", 2},
	{"007", "7", 0},
	{"999999999999999999", "999999999999999999", 0},
	{"0.000000000000000001", "0.000000000000000001", 18},
	{"1234567890123456789", NULL, 0},    /* 19 significant digits */
	{"0.0000000000000000001", NULL, 0},  /* 19 decimals */
	{"", NULL, 0},
	{".", NULL, 0},
	{"1.", NULL, 0},
	{"1.2.3", NULL, 0},
	{"1,100", NULL, 0},
	{"12a", NULL, 0},
	{"-", NULL, 0},
};

static void
test_parse(gconstpointer data)
{
	const ParseCase *c = data;
	CfDecimal d = {0, 0};
	gboolean ok = cf_decimal_parse(c->text, -1, &d);
	if (c->printed == NULL) {
		g_assert_false(ok);
		return;
	}
	g_assert_true(ok);
	assert_decimal(d, c->printed);
	g_assert_cmpint(d.scale, ==, c->scale);
}

/* The parser as first written, one rule per character; cf_decimal_parse() takes a shorter
 * path for texts that cannot hold too many digits, and both must agree on every text. */
static gboolean
reference_parse(const char *text, gsize n, CfDecimal *out)
{
	gsize i = 0;
	gboolean negative = FALSE, seen_digit = FALSE, seen_point = FALSE;
	if (i < n && (text[i] == '+' || text[i] == '-'))
		negative = text[i++] == '-';
	__int128 v = 0;
	gint32 scale = 0;
	int significant = 0;
	for (; i < n; i++) {
		char c = text[i];
		if (c == '.') {
			if (seen_point)
				return FALSE;
			seen_point = TRUE;
			continue;
		}
		if (c < '0' || c > '9')
			return FALSE;
		seen_digit = TRUE;
		if (v != 0 || c != '0')
			significant++;
		if (significant > 18)
			return FALSE;
		v = v * 10 + (c - '0');
		if (seen_point && ++scale > CF_DECIMAL_MAX_SCALE)
			return FALSE;
	}
	if (!seen_digit || (seen_point && text[n - 1] == '.'))
		return FALSE;
	*out = (CfDecimal){(gint64)(negative ? -v : v), scale};
	return TRUE;
}

static void
test_parse_reference(void)
{
	static const char alphabet[] = "0000123456789..+-x";
	GRand *rand = g_rand_new_with_seed(4951);
	for (guint round = 0; round < 200000; round++) {
		char text[32];
		gsize n = (gsize)g_rand_int_range(rand, 0, 24);
		for (gsize i = 0; i < n; i++) {
			/* mostly digits, so that long numbers and points are common */
			gboolean digit = g_rand_int_range(rand, 0, 8) != 0;
			text[i] = digit ? (char)('0' + g_rand_int_range(rand, 0, 10))
					: alphabet[g_rand_int_range(rand, 0, sizeof alphabet - 1)];
		}
		text[n] = '\0';
		CfDecimal got = {0, 0}, expected = {0, 0};
		gboolean ok = cf_decimal_parse(text, (gssize)n, &got);
		g_assert_cmpint(ok, ==, reference_parse(text, n, &expected));
		if (ok) {
			g_assert_cmpint(got.mantissa, ==, expected.mantissa);
			g_assert_cmpint(got.scale, ==, expected.scale);
		}
	}
	g_rand_free(rand);
}

static void
test_parse_length(void)
{
	CfDecimal d;
	g_assert_true(cf_decimal_parse("25.2万元", 4, &d));
	assert_decimal(d, "25.2");
}

static void
test_compare(void)
{
	g_assert_cmpint(cf_decimal_compare(dec("25.2"), dec("25.20")), ==, 0);
	g_assert_cmpint(cf_decimal_compare(dec("25.19"), dec("25.2")), <, 0);
	g_assert_cmpint(cf_decimal_compare(dec("-1"), dec("0.5")), <, 0);
	g_assert_cmpint(cf_decimal_compare(dec("3000"), dec("30000")), <, 0);
	g_assert_cmpint(cf_decimal_compare(dec("999999999999999999"), dec("0.000000000000000001")),
			>, 0);
}

typedef struct {
	const char *a, *b, *sum, *difference, *product;
} ArithCase;

static const ArithCase arith_cases[] = {
	{"2.65", "153.03", "155.68", "-150.38", "405.5295"},
	{"1459.39", "129.86", "1589.25", "1329.53", "189516.3854"},
	{"0.1", "0.2", "0.3", "-0.1", "0.02"},
	{"35", "600", "635", "-565", "21000"},
	{"1318.8", "-313.06", "1005.74", "1631.86", "-412863.528"},
};

static void
test_arith(gconstpointer data)
{
	const ArithCase *c = data;
	CfDecimal r;
	g_assert_true(cf_decimal_add(dec(c->a), dec(c->b), &r));
	assert_decimal(r, c->sum);
	g_assert_true(cf_decimal_sub(dec(c->a), dec(c->b), &r));
	assert_decimal(r, c->difference);
	g_assert_true(cf_decimal_mul(dec(c->a), dec(c->b), &r));
	assert_decimal(r, c->product);
}

static void
test_sum_exact(void)
{
	/* 0.1 added ten times is exactly 1: the reason money is not a double */
	CfDecimal sum = cf_decimal_from_int(0);
	for (int i = 0; i < 10; i++)
		g_assert_true(cf_decimal_add(sum, dec("0.1"), &sum));
	g_assert_cmpint(cf_decimal_compare(sum, dec("1")), ==, 0);
}

static void
test_overflow(void)
{
	CfDecimal r;
	CfDecimal big = dec("999999999999999999");
	g_assert_false(cf_decimal_mul(big, big, &r));
	g_assert_true(cf_decimal_add(big, dec("-1"), &r));
	assert_decimal(r, "999999999999999998");
	g_assert_false(cf_decimal_shift(big, 4, &r));
	/* adding precise fractions to a huge integer cannot keep every digit */
	g_assert_false(cf_decimal_add(big, dec("0.000000000000000001"), &r));
}

/* The reference for add, sub, mul and compare: every operand brought to a common scale as a
 * 128-bit integer, the result kept only when it fits (trailing zeros dropped first, as the
 * type documents).  The library takes a 64-bit path when it can; both must agree on every
 * pair, near the overflow edges too. */
typedef __int128 Wide;

static gboolean
reference_store(Wide v, gint32 s, CfDecimal *out)
{
	while ((v > G_MAXINT64 || v < G_MININT64) && s > 0 && v % 10 == 0) {
		v /= 10;
		s--;
	}
	while (s > CF_DECIMAL_MAX_SCALE) {
		if (v % 10 != 0)
			return FALSE;
		v /= 10;
		s--;
	}
	if (v > G_MAXINT64 || v < G_MININT64)
		return FALSE;
	*out = (CfDecimal){(gint64)v, s};
	return TRUE;
}

static Wide
reference_at(CfDecimal a, gint32 s)
{
	Wide v = a.mantissa;
	for (gint32 k = a.scale; k < s; k++)
		v *= 10;
	return v;
}

static void
assert_same_result(gboolean ok, CfDecimal got, gboolean expected_ok, CfDecimal expected)
{
	g_assert_cmpint(ok, ==, expected_ok);
	if (ok) {
		g_assert_cmpint(got.mantissa, ==, expected.mantissa);
		g_assert_cmpint(got.scale, ==, expected.scale);
	}
}

static void
test_arith_reference(void)
{
	static const gint64 mantissas[] = {0, 1, -1, 5, 7, 10, -25, 252000, 99999, 1000000007,
					   -4611686018427387904LL, 922337203685477580LL,
					   G_MAXINT64, G_MININT64 + 1, 999999999999999999LL,
					   -999999999999999999LL, 3037000499LL, 3037000500LL};
	for (gsize i = 0; i < G_N_ELEMENTS(mantissas); i++)
		for (gsize j = 0; j < G_N_ELEMENTS(mantissas); j++)
			for (gint32 sa = 0; sa <= CF_DECIMAL_MAX_SCALE; sa += 3)
				for (gint32 sb = 0; sb <= CF_DECIMAL_MAX_SCALE; sb += 2) {
					CfDecimal a = {mantissas[i], sa}, b = {mantissas[j], sb};
					gint32 s = MAX(sa, sb);
					Wide wa = reference_at(a, s), wb = reference_at(b, s);
					CfDecimal got, expected = {0, 0};
					gboolean ok = cf_decimal_add(a, b, &got);
					assert_same_result(ok, got, reference_store(wa + wb, s, &expected),
							   expected);
					ok = cf_decimal_sub(a, b, &got);
					assert_same_result(ok, got, reference_store(wa - wb, s, &expected),
							   expected);
					ok = cf_decimal_mul(a, b, &got);
					assert_same_result(ok, got,
							   reference_store((Wide)a.mantissa * b.mantissa,
									   sa + sb, &expected),
							   expected);
					g_assert_cmpint(cf_decimal_compare(a, b), ==,
							wa < wb ? -1 : wa > wb ? 1 : 0);
				}
	/* shifting up: the scale shrinks first, then the mantissa grows */
	for (gsize i = 0; i < G_N_ELEMENTS(mantissas); i++)
		for (gint32 sa = 0; sa <= CF_DECIMAL_MAX_SCALE; sa++)
			for (int exponent = 0; exponent <= 20; exponent++) {
				CfDecimal a = {mantissas[i], sa}, got, expected = {0, 0};
				gboolean expected_ok;
				if (exponent <= sa) {
					expected_ok = TRUE;
					expected = (CfDecimal){a.mantissa, sa - exponent};
				} else if (exponent - sa > 18) {
					expected_ok = a.mantissa == 0;
				} else {
					Wide v = a.mantissa;
					for (int k = 0; k < exponent - sa; k++)
						v *= 10;
					expected_ok = reference_store(v, 0, &expected);
				}
				assert_same_result(cf_decimal_shift(a, exponent, &got), got, expected_ok,
						   expected);
			}
}

/* The inline shift gives what the general one gives: every scale (some out of range) and
 * exponent from -40 to 40, for mantissas at the edges of 64 bits. */
static void
test_shift_general(void)
{
	static const gint64 mantissas[] = {0, 1, -1, 7, 10, -25, 252000, 1000000007,
					   922337203685477580LL, G_MAXINT64, G_MININT64 + 1,
					   999999999999999999LL, -999999999999999999LL};
	for (gsize i = 0; i < G_N_ELEMENTS(mantissas); i++)
		for (gint32 sa = -3; sa <= CF_DECIMAL_MAX_SCALE + 3; sa++)
			for (int exponent = -40; exponent <= 40; exponent++) {
				CfDecimal a = {mantissas[i], sa}, got = {0, 0}, expected = {0, 0};
				gboolean expected_ok =
					cf_decimal_shift_general(a, exponent, &expected);
				assert_same_result(cf_decimal_shift(a, exponent, &got), got,
						   expected_ok, expected);
			}
}

static void
test_shift(void)
{
	CfDecimal r;
	g_assert_true(cf_decimal_shift(dec("25.2"), 4, &r));
	assert_decimal(r, "252000");
	g_assert_true(cf_decimal_shift(dec("15.036"), 4, &r));
	assert_decimal(r, "150360");
	g_assert_true(cf_decimal_shift(dec("1372.2023"), 4, &r));
	assert_decimal(r, "13722023");
	g_assert_true(cf_decimal_shift(dec("1.5"), 12, &r));
	assert_decimal(r, "1500000000000");
	g_assert_true(cf_decimal_shift(dec("252000"), -4, &r));
	assert_decimal(r, "25.2000");
	g_assert_true(cf_decimal_shift(dec("1.57"), 0, &r));
	assert_decimal(r, "1.57");
}

typedef struct {
	const char *a, *b;
	int scale;
	const char *quotient; /* NULL: must fail */
} DivCase;

static const DivCase div_cases[] = {
	{"59", "69", 3, "0.855"},
	{"23", "69", 3, "0.333"},
	{"0.25", "1.2", 2, "0.21"},
	{"1021800", "582", 0, "1756"},
	{"-1", "3", 2, "-0.33"},
	{"2", "3", 2, "0.67"},
	{"1", "0", 2, NULL},
};

static void
test_div(gconstpointer data)
{
	const DivCase *c = data;
	CfDecimal r;
	gboolean ok = cf_decimal_div(dec(c->a), dec(c->b), c->scale, &r);
	if (c->quotient == NULL) {
		g_assert_false(ok);
		return;
	}
	g_assert_true(ok);
	assert_decimal(r, c->quotient);
}

static void
test_half_unit(void)
{
	assert_decimal(cf_decimal_half_unit(dec("25.2")), "0.05");
	assert_decimal(cf_decimal_half_unit(dec("1900")), "0.5");
	assert_decimal(cf_decimal_half_unit(dec("8.30")), "0.005");
}

static void
test_trim_rescale(void)
{
	CfDecimal r;
	assert_decimal(cf_decimal_trim(dec("25.200")), "25.2");
	assert_decimal(cf_decimal_trim(dec("1900")), "1900");
	g_assert_true(cf_decimal_rescale(dec("25.2"), 3, &r));
	assert_decimal(r, "25.200");
	g_assert_false(cf_decimal_rescale(dec("25.25"), 1, &r));
	g_assert_cmpint(cf_decimal_digits(dec("0.05")), ==, 1);
	g_assert_cmpint(cf_decimal_digits(dec("1900")), ==, 4);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	for (gsize i = 0; i < G_N_ELEMENTS(parse_cases); i++) {
		g_autofree char *path = g_strdup_printf("/decimal/parse/%zu", i);
		g_test_add_data_func(path, &parse_cases[i], test_parse);
	}
	g_test_add_func("/decimal/parse/length", test_parse_length);
	g_test_add_func("/decimal/parse/reference", test_parse_reference);
	g_test_add_func("/decimal/compare", test_compare);
	for (gsize i = 0; i < G_N_ELEMENTS(arith_cases); i++) {
		g_autofree char *path = g_strdup_printf("/decimal/arith/%zu", i);
		g_test_add_data_func(path, &arith_cases[i], test_arith);
	}
	g_test_add_func("/decimal/arith/exact-tenths", test_sum_exact);
	g_test_add_func("/decimal/overflow", test_overflow);
	g_test_add_func("/decimal/arith/reference", test_arith_reference);
	g_test_add_func("/decimal/shift", test_shift);
	g_test_add_func("/decimal/shift/general", test_shift_general);
	for (gsize i = 0; i < G_N_ELEMENTS(div_cases); i++) {
		g_autofree char *path = g_strdup_printf("/decimal/div/%zu", i);
		g_test_add_data_func(path, &div_cases[i], test_div);
	}
	g_test_add_func("/decimal/half-unit", test_half_unit);
	g_test_add_func("/decimal/trim-rescale", test_trim_rescale);
	return g_test_run();
}
