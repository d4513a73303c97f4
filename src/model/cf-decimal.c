#include "model/cf-decimal.h"

#include <string.h>

typedef __int128 wide;

const gint64 cf_decimal_pow10[CF_DECIMAL_MAX_SCALE + 1] = {
	1LL,
	10LL,
	100LL,
	1000LL,
	10000LL,
	100000LL,
	1000000LL,
	10000000LL,
	100000000LL,
	1000000000LL,
	10000000000LL,
	100000000000LL,
	1000000000000LL,
	10000000000000LL,
	100000000000000LL,
	1000000000000000LL,
	10000000000000000LL,
	100000000000000000LL,
	1000000000000000000LL,
};

static gboolean
fits(wide v)
{
	return v >= (wide)G_MININT64 && v <= (wide)G_MAXINT64;
}

/* Brings a and b to the larger of their scales in 64 bits; FALSE when that does not fit
 * (the callers then take the wide path, which gives the same result). */
static inline gboolean
align_narrow(CfDecimal a, CfDecimal b, gint64 *na, gint64 *nb, gint32 *scale)
{
	if (a.scale == b.scale) {
		*na = a.mantissa;
		*nb = b.mantissa;
		*scale = a.scale;
		return TRUE;
	}
	if (a.scale < b.scale) {
		*nb = b.mantissa;
		*scale = b.scale;
		return !__builtin_mul_overflow(a.mantissa, cf_decimal_pow10[b.scale - a.scale], na);
	}
	*na = a.mantissa;
	*scale = a.scale;
	return !__builtin_mul_overflow(b.mantissa, cf_decimal_pow10[a.scale - b.scale], nb);
}

/* Brings a and b to the larger of their scales, as wide integers. */
static gboolean
align(CfDecimal a, CfDecimal b, wide *wa, wide *wb, gint32 *scale)
{
	gint32 s = MAX(a.scale, b.scale);
	*wa = (wide)a.mantissa * cf_decimal_pow10[s - a.scale];
	*wb = (wide)b.mantissa * cf_decimal_pow10[s - b.scale];
	*scale = s;
	return TRUE;
}

/* Stores v at scale s, dropping trailing zeros only when needed to fit. */
static gboolean
store(wide v, gint32 s, CfDecimal *out)
{
	while (!fits(v) && s > 0 && v % 10 == 0) {
		v /= 10;
		s--;
	}
	while (s > CF_DECIMAL_MAX_SCALE) {
		if (v % 10 != 0)
			return FALSE;
		v /= 10;
		s--;
	}
	if (!fits(v))
		return FALSE;
	out->mantissa = (gint64)v;
	out->scale = s;
	return TRUE;
}

CfDecimal
cf_decimal_from_int(gint64 value)
{
	CfDecimal d = {value, 0};
	return d;
}

gboolean
cf_decimal_parse(const char *text, gssize length, CfDecimal *out)
{
	g_return_val_if_fail(text != NULL, FALSE);
	g_return_val_if_fail(out != NULL, FALSE);

	gsize n = length < 0 ? strlen(text) : (gsize)length;
	gsize i = 0;
	gboolean negative = FALSE;
	if (i < n && (text[i] == '+' || text[i] == '-')) {
		negative = text[i] == '-';
		i++;
	}
	if (n - i <= 18) {
		/* too short to hold more than 18 digits or decimals: only the form can be wrong */
		gint64 v = 0;
		gssize point = -1;
		gsize first = i;
		for (; i < n; i++) {
			guint digit = (guint)(guchar)text[i] - '0';
			if (digit <= 9) {
				v = v * 10 + digit;
			} else if (text[i] == '.' && point < 0) {
				point = (gssize)i;
			} else {
				return FALSE;
			}
		}
		gsize digits = n - first - (point >= 0);
		if (digits == 0 || (point >= 0 && (gsize)point == n - 1))
			return FALSE;
		out->mantissa = negative ? -v : v;
		out->scale = point >= 0 ? (gint32)(n - 1 - (gsize)point) : 0;
		return TRUE;
	}
	/* at most 18 significant digits: the mantissa stays below 10^18 */
	gint64 v = 0;
	gint32 scale = 0;
	gboolean seen_digit = FALSE, seen_point = FALSE;
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
		if (seen_point) {
			scale++;
			if (scale > CF_DECIMAL_MAX_SCALE)
				return FALSE;
		}
	}
	if (!seen_digit || (seen_point && text[n - 1] == '.'))
		return FALSE;
	out->mantissa = (gint64)(negative ? -v : v);
	out->scale = scale;
	return TRUE;
}

gsize
cf_decimal_write(CfDecimal value, char buffer[CF_DECIMAL_TEXT_SIZE])
{
	guint64 m = value.mantissa < 0 ? (guint64)0 - (guint64)value.mantissa : (guint64)value.mantissa;
	char digits[24];
	int n = 0;
	do {
		digits[sizeof digits - 1 - n++] = (char)('0' + m % 10);
		m /= 10;
	} while (m > 0);
	const char *first = digits + sizeof digits - n;
	char *p = buffer;
	if (value.mantissa < 0)
		*p++ = '-';
	if (value.scale == 0) {
		memcpy(p, first, n);
		p += n;
	} else if (n <= value.scale) {
		*p++ = '0';
		*p++ = '.';
		for (int k = n; k < value.scale; k++)
			*p++ = '0';
		memcpy(p, first, n);
		p += n;
	} else {
		memcpy(p, first, n - value.scale);
		p += n - value.scale;
		*p++ = '.';
		memcpy(p, first + n - value.scale, value.scale);
		p += value.scale;
	}
	*p = '\0';
	return (gsize)(p - buffer);
}

void
cf_decimal_append(CfDecimal value, GString *out)
{
	char text[CF_DECIMAL_TEXT_SIZE];
	gsize n = cf_decimal_write(value, text);
	g_string_append_len(out, text, (gssize)n);
}

char *
cf_decimal_to_string(CfDecimal value)
{
	GString *s = g_string_sized_new(24);
	cf_decimal_append(value, s);
	return g_string_free(s, FALSE);
}

int
cf_decimal_compare_general(CfDecimal a, CfDecimal b)
{
	gint64 na, nb;
	gint32 ns;
	if (align_narrow(a, b, &na, &nb, &ns))
		return na < nb ? -1 : na > nb ? 1 : 0;
	wide wa, wb;
	gint32 s;
	align(a, b, &wa, &wb, &s);
	return wa < wb ? -1 : wa > wb ? 1 : 0;
}

gboolean
cf_decimal_is_zero(CfDecimal value)
{
	return value.mantissa == 0;
}

int
cf_decimal_sign(CfDecimal value)
{
	return value.mantissa < 0 ? -1 : value.mantissa > 0 ? 1 : 0;
}

/* a + b, or a - b when @subtract: in 64 bits when the aligned operands and the result fit,
 * else in 128. */
static gboolean
add_or_sub(CfDecimal a, CfDecimal b, gboolean subtract, CfDecimal *out)
{
	gint64 na, nb, r;
	gint32 ns;
	if (align_narrow(a, b, &na, &nb, &ns) &&
	    !(subtract ? __builtin_sub_overflow(na, nb, &r) : __builtin_add_overflow(na, nb, &r))) {
		out->mantissa = r;
		out->scale = ns;
		return TRUE;
	}
	wide wa, wb;
	gint32 s;
	align(a, b, &wa, &wb, &s);
	return store(subtract ? wa - wb : wa + wb, s, out);
}

gboolean
cf_decimal_add_general(CfDecimal a, CfDecimal b, CfDecimal *out)
{
	return add_or_sub(a, b, FALSE, out);
}

gboolean
cf_decimal_sub_general(CfDecimal a, CfDecimal b, CfDecimal *out)
{
	return add_or_sub(a, b, TRUE, out);
}

gboolean
cf_decimal_mul(CfDecimal a, CfDecimal b, CfDecimal *out)
{
	gint64 narrow;
	if (a.scale + b.scale <= CF_DECIMAL_MAX_SCALE &&
	    !__builtin_mul_overflow(a.mantissa, b.mantissa, &narrow)) {
		out->mantissa = narrow;
		out->scale = a.scale + b.scale;
		return TRUE;
	}
	/* |mantissa| < 2^63 each, so the product fits in 126 bits */
	wide v = (wide)a.mantissa * (wide)b.mantissa;
	return store(v, a.scale + b.scale, out);
}

gboolean
cf_decimal_shift_general(CfDecimal a, int exponent, CfDecimal *out)
{
	if (exponent == 0) {
		*out = a;
		return TRUE;
	}
	if (exponent < 0) {
		gint32 s = a.scale - exponent;
		if (s > CF_DECIMAL_MAX_SCALE)
			return store((wide)a.mantissa, s, out);
		out->mantissa = a.mantissa;
		out->scale = s;
		return TRUE;
	}
	if (exponent <= a.scale) {
		out->mantissa = a.mantissa;
		out->scale = a.scale - exponent;
		return TRUE;
	}
	int rest = exponent - a.scale;
	if (rest > 18)
		return a.mantissa == 0 ? (*out = cf_decimal_from_int(0), TRUE) : FALSE;
	gint64 narrow;
	if (!__builtin_mul_overflow(a.mantissa, cf_decimal_pow10[rest], &narrow)) {
		out->mantissa = narrow;
		out->scale = 0;
		return TRUE;
	}
	return store((wide)a.mantissa * cf_decimal_pow10[rest], 0, out);
}

gboolean
cf_decimal_div(CfDecimal a, CfDecimal b, int scale, CfDecimal *out)
{
	g_return_val_if_fail(scale >= 0 && scale <= CF_DECIMAL_MAX_SCALE, FALSE);
	if (b.mantissa == 0)
		return FALSE;
	/* a/b = (ma × 10^(sb - sa)) / mb; scaled by 10^scale */
	int exp = b.scale - a.scale + scale;
	wide num = a.mantissa, den = b.mantissa;
	/* keep intermediate within 127 bits: |ma| < 2^63, 10^exp <= 10^18 < 2^60 */
	if (exp > 18 || exp < -36)
		return FALSE;
	if (exp >= 0)
		num *= cf_decimal_pow10[exp];
	else if (exp >= -18)
		den *= cf_decimal_pow10[-exp];
	else
		return FALSE;
	gboolean negative = (num < 0) != (den < 0);
	if (num < 0)
		num = -num;
	if (den < 0)
		den = -den;
	wide q = num / den, r = num % den;
	if (2 * r >= den)
		q++;
	return store(negative ? -q : q, scale, out);
}

CfDecimal
cf_decimal_half_unit(CfDecimal value)
{
	CfDecimal half = {5, value.scale + 1};
	if (half.scale > CF_DECIMAL_MAX_SCALE)
		half = (CfDecimal){0, 0};
	return half;
}

CfDecimal
cf_decimal_trim(CfDecimal value)
{
	while (value.scale > 0 && value.mantissa % 10 == 0) {
		value.mantissa /= 10;
		value.scale--;
	}
	return value;
}

gboolean
cf_decimal_rescale(CfDecimal value, int scale, CfDecimal *out)
{
	g_return_val_if_fail(scale >= 0 && scale <= CF_DECIMAL_MAX_SCALE, FALSE);
	if (scale >= value.scale)
		return store((wide)value.mantissa * cf_decimal_pow10[scale - value.scale], scale,
			     out);
	gint64 div = cf_decimal_pow10[value.scale - scale];
	if (value.mantissa % div != 0)
		return FALSE;
	out->mantissa = value.mantissa / div;
	out->scale = scale;
	return TRUE;
}

int
cf_decimal_digits(CfDecimal value)
{
	guint64 m = value.mantissa < 0 ? (guint64)0 - (guint64)value.mantissa : (guint64)value.mantissa;
	int n = 0;
	while (m > 0) {
		n++;
		m /= 10;
	}
	return MAX(n, 1);
}
