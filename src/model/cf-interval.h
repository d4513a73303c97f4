/* cf-interval.h — a stated value as the closed interval of values it can stand for.
 *
 * "25.2" stands for [25.15, 25.25]; qualifiers widen it (约 ≈, 余/多/以上 ≥, 近/不到 <).
 * A relation holds when the intervals of its sides can agree (the idea behind the XBRL
 * Calculations 1.1 rounding rules).
 *
 * Invariants: low <= high when both are bounded.  An unbounded side ignores its decimal. */
#pragma once

#include "model/cf-decimal.h"

G_BEGIN_DECLS

typedef struct {
	CfDecimal low;
	CfDecimal high;
	guint8 low_unbounded;
	guint8 high_unbounded;
} CfInterval;

/* [value, value] (inline, as the two below: made for every claim and bound). */
static inline CfInterval
cf_interval_point(CfDecimal value)
{
	CfInterval i = {value, value, FALSE, FALSE};
	return i;
}

/* value ± half a unit in its last stated place: 25.2 → [25.15, 25.25]. */
CfInterval cf_interval_stated(CfDecimal value);

/* [low, high]; the caller guarantees low <= high. */
static inline CfInterval
cf_interval_make(CfDecimal low, CfDecimal high)
{
	CfInterval i = {low, high, FALSE, FALSE};
	return i;
}

/* cf_interval_stated() for what does not fit the inline one below. */
CfInterval cf_interval_stated_general(CfDecimal value);

/* cf_interval_stated(), inline (made for every claim the extract stage finds): value × 10 ± 5
 * one place further, what the general one's sum and difference give whenever that fits in
 * 64 bits. */
static inline CfInterval
cf_interval_stated_inline(CfDecimal value)
{
	gint64 tenfold, low, high;
	if (G_LIKELY(value.scale < CF_DECIMAL_MAX_SCALE &&
		     !__builtin_mul_overflow(value.mantissa, 10, &tenfold) &&
		     !__builtin_sub_overflow(tenfold, 5, &low) &&
		     !__builtin_add_overflow(tenfold, 5, &high)))
		return cf_interval_make((CfDecimal){low, value.scale + 1},
					(CfDecimal){high, value.scale + 1});
	return cf_interval_stated_general(value);
}

/* -@a: both ends negated, and swapped (a figure written with a minus sign). */
static inline CfInterval
cf_interval_negated(CfInterval a)
{
	CfInterval r = {{-a.high.mantissa, a.high.scale},
			{-a.low.mantissa, a.low.scale},
			a.high_unbounded,
			a.low_unbounded};
	return r;
}

/* Both ends multiplied by 10^exponent (a unit conversion). FALSE on overflow. */
static inline gboolean
cf_interval_shift(CfInterval a, int exponent, CfInterval *out)
{
	CfInterval r = a;
	if (!a.low_unbounded && !cf_decimal_shift(a.low, exponent, &r.low))
		return FALSE;
	if (!a.high_unbounded && !cf_decimal_shift(a.high, exponent, &r.high))
		return FALSE;
	*out = r;
	return TRUE;
}

/* a + b and a - b (= [a.low - b.high, a.high - b.low]). FALSE on overflow. */
static inline gboolean cf_interval_add(CfInterval a, CfInterval b, CfInterval *out);
gboolean cf_interval_sub(CfInterval a, CfInterval b, CfInterval *out);

/* The general sum, for what the inline one does not take (tests compare both). */
gboolean cf_interval_add_general(CfInterval a, CfInterval b, CfInterval *out);

/* Most sums are of bounded intervals whose ends share their scales and fit in 64 bits:
 * those here, with the result the general sum gives them. */
static inline gboolean
cf_interval_add(CfInterval a, CfInterval b, CfInterval *out)
{
	gint64 low, high;
	if (G_LIKELY(!(a.low_unbounded | a.high_unbounded | b.low_unbounded | b.high_unbounded) &&
		     a.low.scale == b.low.scale && a.high.scale == b.high.scale) &&
	    !__builtin_add_overflow(a.low.mantissa, b.low.mantissa, &low) &&
	    !__builtin_add_overflow(a.high.mantissa, b.high.mantissa, &high)) {
		*out = (CfInterval){{low, a.low.scale}, {high, a.high.scale}, FALSE, FALSE};
		return TRUE;
	}
	return cf_interval_add_general(a, b, out);
}

/* a × b for non-negative intervals. FALSE on overflow or a negative bound. */
gboolean cf_interval_mul(CfInterval a, CfInterval b, CfInterval *out);

/* TRUE when some value lies in both intervals. */
static inline gboolean
cf_interval_overlaps(CfInterval a, CfInterval b)
{
	/* disjoint when a lies wholly below b or wholly above it */
	if (!a.high_unbounded && !b.low_unbounded && cf_decimal_compare(a.high, b.low) < 0)
		return FALSE;
	if (!b.high_unbounded && !a.low_unbounded && cf_decimal_compare(b.high, a.low) < 0)
		return FALSE;
	return TRUE;
}

/* The distance between @a and @b (0 when they overlap).  FALSE on overflow. */
gboolean cf_interval_gap(CfInterval a, CfInterval b, CfDecimal *gap);

/* Bounds on the figures of one precision that can overlap @within: a figure v × 10^-@scale
 * (an integer v, stated: cf_interval_stated() gives [v − ½, v + ½] × 10^-@scale) overlaps
 * @within exactly when *low <= v <= *high.  Lets a search weigh many candidate figures with
 * two integer comparisons each.  Valid for 0 <= @scale < CF_DECIMAL_MAX_SCALE and
 * |v| < CF_INTERVAL_WINDOW_LIMIT; the bounds are clamped to ±CF_INTERVAL_WINDOW_LIMIT. */
#define CF_INTERVAL_WINDOW_LIMIT ((gint64)1 << 62)
void cf_interval_stated_window(CfInterval within, int scale, gint64 *low, gint64 *high);

/* TRUE when @value lies in @a. */
gboolean cf_interval_contains(CfInterval a, CfDecimal value);

/* TRUE when both ends are bounded and equal. */
gboolean cf_interval_is_point(CfInterval a);

/* Appends "[low, high]" ("≥ low", "≤ high" for half-open ones). */
void cf_interval_append(CfInterval a, GString *out);

G_END_DECLS
