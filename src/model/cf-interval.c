#include "model/cf-interval.h"

CfInterval
cf_interval_stated(CfDecimal value)
{
	return cf_interval_stated_inline(value);
}

CfInterval
cf_interval_stated_general(CfDecimal value)
{
	CfDecimal half = cf_decimal_half_unit(value);
	CfInterval i = cf_interval_point(value);
	/* half a unit at scale+1 always fits unless the value is already at the edge; then the
	 * point interval is the honest fallback */
	if (!cf_decimal_sub(value, half, &i.low) || !cf_decimal_add(value, half, &i.high))
		return cf_interval_point(value);
	return i;
}

gboolean
cf_interval_add_general(CfInterval a, CfInterval b, CfInterval *out)
{
	CfInterval r = {{0, 0}, {0, 0}, a.low_unbounded || b.low_unbounded,
			a.high_unbounded || b.high_unbounded};
	if (!r.low_unbounded && !cf_decimal_add(a.low, b.low, &r.low))
		return FALSE;
	if (!r.high_unbounded && !cf_decimal_add(a.high, b.high, &r.high))
		return FALSE;
	*out = r;
	return TRUE;
}

gboolean
cf_interval_sub(CfInterval a, CfInterval b, CfInterval *out)
{
	CfInterval r = {{0, 0}, {0, 0}, a.low_unbounded || b.high_unbounded,
			a.high_unbounded || b.low_unbounded};
	if (!r.low_unbounded && !cf_decimal_sub(a.low, b.high, &r.low))
		return FALSE;
	if (!r.high_unbounded && !cf_decimal_sub(a.high, b.low, &r.high))
		return FALSE;
	*out = r;
	return TRUE;
}

gboolean
cf_interval_mul(CfInterval a, CfInterval b, CfInterval *out)
{
	if (a.low_unbounded || b.low_unbounded)
		return FALSE;
	if (cf_decimal_sign(a.low) < 0 || cf_decimal_sign(b.low) < 0)
		return FALSE;
	CfInterval r = {{0, 0}, {0, 0}, FALSE, a.high_unbounded || b.high_unbounded};
	if (!cf_decimal_mul(a.low, b.low, &r.low))
		return FALSE;
	if (!r.high_unbounded && !cf_decimal_mul(a.high, b.high, &r.high))
		return FALSE;
	*out = r;
	return TRUE;
}

gboolean
cf_interval_gap(CfInterval a, CfInterval b, CfDecimal *gap)
{
	if (!a.high_unbounded && !b.low_unbounded && cf_decimal_compare(a.high, b.low) < 0)
		return cf_decimal_sub(b.low, a.high, gap);
	if (!b.high_unbounded && !a.low_unbounded && cf_decimal_compare(b.high, a.low) < 0)
		return cf_decimal_sub(a.low, b.high, gap);
	*gap = cf_decimal_from_int(0);
	return TRUE;
}

typedef __int128 wide;

/* ⌈(x × 10^up − half) / unit⌉, or ⌊(x × 10^up + half) / unit⌋ when @floor, for unit = 10^down
 * and half = unit / 2 (0 <= up, 1 <= down <= 18): the first (last) v whose stated interval
 * reaches the bound x, both brought to the finer of their two scales.  In 64 bits when that
 * fits, else in 128. */
static gint64
window_end(gint64 x, int up, int down, gboolean floor)
{
	gint64 unit = cf_decimal_pow10[down], half = unit / 2, narrow;
	if (up <= 18 && !__builtin_mul_overflow(x, cf_decimal_pow10[up], &narrow) &&
	    !__builtin_add_overflow(narrow, floor ? half : -half, &narrow)) {
		gint64 q = narrow / unit;
		if (narrow % unit != 0 && (floor ? narrow < 0 : narrow > 0))
			q += floor ? -1 : 1;
		return CLAMP(q, -CF_INTERVAL_WINDOW_LIMIT, CF_INTERVAL_WINDOW_LIMIT);
	}
	wide v = (wide)x;
	for (int k = 0; k < up; k++)
		v *= 10;
	v += floor ? half : -half;
	wide q = v / unit;
	if (v % unit != 0 && (floor ? v < 0 : v > 0))
		q += floor ? -1 : 1;
	return q < -(wide)CF_INTERVAL_WINDOW_LIMIT  ? -CF_INTERVAL_WINDOW_LIMIT
	       : q > (wide)CF_INTERVAL_WINDOW_LIMIT ? CF_INTERVAL_WINDOW_LIMIT
						    : (gint64)q;
}

void
cf_interval_stated_window(CfInterval within, int scale, gint64 *low, gint64 *high)
{
	/* v + ½ >= low and v − ½ <= high, at the finer of scale + 1 and the bound's scale */
	*low = -CF_INTERVAL_WINDOW_LIMIT;
	*high = CF_INTERVAL_WINDOW_LIMIT;
	if (!within.low_unbounded) {
		int fine = MAX(within.low.scale, scale + 1);
		*low = window_end(within.low.mantissa, fine - within.low.scale, fine - scale,
				  FALSE);
	}
	if (!within.high_unbounded) {
		int fine = MAX(within.high.scale, scale + 1);
		*high = window_end(within.high.mantissa, fine - within.high.scale, fine - scale,
				   TRUE);
	}
}

gboolean
cf_interval_contains(CfInterval a, CfDecimal value)
{
	return cf_interval_overlaps(a, cf_interval_point(value));
}

gboolean
cf_interval_is_point(CfInterval a)
{
	return !a.low_unbounded && !a.high_unbounded && cf_decimal_compare(a.low, a.high) == 0;
}

void
cf_interval_append(CfInterval a, GString *out)
{
	if (a.low_unbounded && a.high_unbounded) {
		g_string_append(out, "any");
	} else if (a.low_unbounded) {
		g_string_append(out, "≤ ");
		cf_decimal_append(a.high, out);
	} else if (a.high_unbounded) {
		g_string_append(out, "≥ ");
		cf_decimal_append(a.low, out);
	} else {
		g_string_append_c(out, '[');
		cf_decimal_append(a.low, out);
		g_string_append(out, ", ");
		cf_decimal_append(a.high, out);
		g_string_append_c(out, ']');
	}
}
