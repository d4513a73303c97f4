/* cf-decimal.h — exact decimal numbers for stated values.
 *
 * Money is never held in binary floating point.  A CfDecimal is an integer mantissa and a
 * decimal scale: value = mantissa × 10^-scale.
 *
 * Invariants: 0 <= scale <= CF_DECIMAL_MAX_SCALE.  The scale is the stated precision and is
 * kept as written: "25.2" has scale 1, "25.20" has scale 2, and both compare equal.
 * Every operation that could overflow returns FALSE instead (never wraps). */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define CF_DECIMAL_MAX_SCALE 18

typedef struct {
	gint64 mantissa;
	gint32 scale;
} CfDecimal;

/* 10^k for 0 <= k <= 18. */
extern const gint64 cf_decimal_pow10[CF_DECIMAL_MAX_SCALE + 1];

/* A decimal equal to the integer @value, scale 0. */
CfDecimal cf_decimal_from_int(gint64 value);

/* Parses "[+-]digits[.digits]" (ASCII only, no separators) of @length bytes (-1: NUL-ended).
 * Returns FALSE on any other text or when the number does not fit (more than 18 significant
 * digits or 18 decimals). */
gboolean cf_decimal_parse(const char *text, gssize length, CfDecimal *out);

/* Appends the exact decimal, keeping its scale ("25.2", "-0.05", "1900"). */
void cf_decimal_append(CfDecimal value, GString *out);

/* Room for any decimal cf_decimal_write() writes, with its NUL ("-0.000000000000000001"). */
#define CF_DECIMAL_TEXT_SIZE 32

/* Writes the exact decimal as cf_decimal_append() does, NUL-ended, into @buffer; returns its
 * length in bytes.  Never fails. */
gsize cf_decimal_write(CfDecimal value, char buffer[CF_DECIMAL_TEXT_SIZE]);

/* Returns a newly allocated string of the exact decimal (caller frees). */
char *cf_decimal_to_string(CfDecimal value);

/* -1, 0 or 1 as a < b, a == b, a > b (numerically: 25.2 == 25.20). */
static inline int cf_decimal_compare(CfDecimal a, CfDecimal b);

gboolean cf_decimal_is_zero(CfDecimal value);
int cf_decimal_sign(CfDecimal value);

/* a + b, a - b, a × b, exactly.  FALSE when the result does not fit. */
static inline gboolean cf_decimal_add(CfDecimal a, CfDecimal b, CfDecimal *out);
static inline gboolean cf_decimal_sub(CfDecimal a, CfDecimal b, CfDecimal *out);
gboolean cf_decimal_mul(CfDecimal a, CfDecimal b, CfDecimal *out);

/* a × 10^exponent exactly (万 = 10^4: shift by 4).  The scale shrinks first, so
 * 25.2 shifted by 4 is 252000 (scale 0).  FALSE when the result does not fit. */
static inline gboolean cf_decimal_shift(CfDecimal a, int exponent, CfDecimal *out);

/* a / b rounded half away from zero to @scale decimals.  FALSE when b is zero or the
 * result does not fit. */
gboolean cf_decimal_div(CfDecimal a, CfDecimal b, int scale, CfDecimal *out);

/* Half a unit in the last stated place: 0.05 for 25.2, 0.5 for 1900, 0.005 for 8.30. */
CfDecimal cf_decimal_half_unit(CfDecimal value);

/* The same value with trailing fractional zeros removed (25.20 → 25.2). */
CfDecimal cf_decimal_trim(CfDecimal value);

/* The same value at scale @scale when that is exact (FALSE if digits would be lost). */
gboolean cf_decimal_rescale(CfDecimal value, int scale, CfDecimal *out);

/* Number of significant integer+fraction digits as written (for 0.05: 1; for 1900: 4). */
int cf_decimal_digits(CfDecimal value);

/* ---- the common case inline ----
 * Most sums and comparisons are of two figures at one scale that fit in 64 bits; those are
 * done here, everything else by the general functions (which give the same result for them
 * too: tests/test-decimal.c compares both paths with a 128-bit reference). */

gboolean cf_decimal_add_general(CfDecimal a, CfDecimal b, CfDecimal *out);
gboolean cf_decimal_sub_general(CfDecimal a, CfDecimal b, CfDecimal *out);
int cf_decimal_compare_general(CfDecimal a, CfDecimal b);
gboolean cf_decimal_shift_general(CfDecimal a, int exponent, CfDecimal *out);

static inline gboolean
cf_decimal_add(CfDecimal a, CfDecimal b, CfDecimal *out)
{
	gint64 m;
	if (G_LIKELY(a.scale == b.scale) && !__builtin_add_overflow(a.mantissa, b.mantissa, &m)) {
		out->mantissa = m;
		out->scale = a.scale;
		return TRUE;
	}
	return cf_decimal_add_general(a, b, out);
}

static inline gboolean
cf_decimal_sub(CfDecimal a, CfDecimal b, CfDecimal *out)
{
	gint64 m;
	if (G_LIKELY(a.scale == b.scale) && !__builtin_sub_overflow(a.mantissa, b.mantissa, &m)) {
		out->mantissa = m;
		out->scale = a.scale;
		return TRUE;
	}
	return cf_decimal_sub_general(a, b, out);
}

/* Shifts that only move the scale (within its range) or multiply a 64-bit mantissa without
 * overflow: most of them (万, 亿, 10^-4 back). */
static inline gboolean
cf_decimal_shift(CfDecimal a, int exponent, CfDecimal *out)
{
	if (exponent <= a.scale && exponent >= a.scale - CF_DECIMAL_MAX_SCALE) {
		out->mantissa = a.mantissa;
		out->scale = a.scale - exponent;
		return TRUE;
	}
	gint64 m;
	if (exponent > 0 && exponent > a.scale && exponent - a.scale <= 18 &&
	    !__builtin_mul_overflow(a.mantissa, cf_decimal_pow10[exponent - a.scale], &m)) {
		out->mantissa = m;
		out->scale = 0;
		return TRUE;
	}
	return cf_decimal_shift_general(a, exponent, out);
}

static inline int
cf_decimal_compare(CfDecimal a, CfDecimal b)
{
	if (G_LIKELY(a.scale == b.scale))
		return a.mantissa < b.mantissa ? -1 : a.mantissa > b.mantissa;
	return cf_decimal_compare_general(a, b);
}

G_END_DECLS
