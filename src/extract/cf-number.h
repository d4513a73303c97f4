/* cf-number.h — reading the text of one number as the report writes it.
 *
 * The extract stage finds number tokens with the lexicon's patterns; this module turns a
 * token's text (from CfDocument.norm, so digits are ASCII) into an exact value or interval.
 * It knows numerals, not units: "25.2万" is read (万 and 亿 are numerals here, 10^4 and
 * 10^8), "元" is not part of a token.  Qualifiers outside the numeral (约, 近, 以上 …) and the
 * 百分之 prefix are the caller's; 余/多 are read when they are inside the token.
 *
 * Forms read (value; interval when it is not the point [value, value]):
 *  - Arabic: 25.2  1900  0.25  8.30 (scale 2 kept)  1,100  1,100.9  1,234,567.89
 *    Thousands groups: the first 1–3 digits and not led by 0, every later one exactly 3, none
 *    after the point.  Leading zeros are read, not flagged: 007 = 7.  An optional leading '-'
 *    or '+' before Arabic digits (never on a vague numeral): -3.5.
 *  - Arabic with Chinese multipliers (script MIXED): 1.8万 = 18000 (scale 0: the multiplier
 *    uses up decimals first), 3万, 1,100万 = 11000000, 1,100.9亿 = 110090000000,
 *    2万5千 = 25000, 5千, 3千万 = 30000000, 1.5万亿 = 1500000000000.
 *  - Chinese numerals (script CHINESE), digits 〇零一二两三四五六七八九, the financial forms
 *    壹贰叁肆伍陆柒捌玖 拾佰仟 萬億, units 十百千万亿, 廿 = 20, 卅 = 30, 点 = decimal point:
 *    三 = 3, 十九 = 19, 一百零五 = 105, 三千零二十 = 3020, 一千零十 = 1010,
 *    一千九百万 = 19000000, 三亿五千万 = 350000000, 一万五千亿 = 1500000000000,
 *    一点五七 = 1.57 (scale 2), 零点五 = 0.5, 十点五万 = 105000, bare units 万 = 10000 (近万人),
 *    百 = 100, 十万 = 100000.  Digit-by-digit (no unit in the token): 二〇二二 = 2022,
 *    九五 = 95 (but see the pair rule: 两三 is never 23).
 *    Colloquial last digit: a single digit (or pair) right after a unit of 百 or more stands
 *    for the next lower place: 一万五 = 15000, 三千五 = 3500, 一亿五 = 150000000, 1亿5 likewise;
 *    after 零 it is ones again: 一万零五 = 10005.
 *  - Vague forms (vague = TRUE, value = the low end, interval closed):
 *      pair:  two neighbouring digits n(n+1) fill one place with [n, n+1]:
 *             两三 → [2, 3]   一两 → [1, 2]   三四十 → [30, 40]   五六百 → [500, 600]
 *             十七八 → [17, 18]   两三万 → [20000, 30000]
 *      几:    a digit 1–9, but 2–9 when it leads the numeral (几 alone is "a few", never 1);
 *             the places below it are zero, as written:
 *             十几 → [11, 19]   三十几 → [31, 39]   几十 → [20, 90]   几百 → [200, 900]
 *             几 → [2, 9]   十几万 → [110000, 190000]   一点几亿 → [110000000, 190000000]
 *      数:    like a leading 几, only before a unit: 数十万 → [200000, 900000]
 *      余/多: N余 and N多 are [N, N + U] where U is the place value of the last non-zero digit
 *             of N; the upper end is exclusive in meaning (一千多 is less than 2000) but kept
 *             closed here.  Big units after 余/多 scale the whole interval:
 *             一千多 → [1000, 2000]   二百余 → [200, 300]   十余 → [10, 20]   百余 → [100, 200]
 *             20余 → [20, 30]   200多 → [200, 300]   250多 → [250, 260]   1200余 → [1200, 1300]
 *             1.5多万 = 1.5万多 → [15000, 16000]   二百余万 → [2000000, 3000000]
 *             一万五千余亿 → [1500000000000, 1600000000000]
 *  - Malformed (status CF_NUMBER_MALFORMED, a static reason, never repaired silently):
 *      4,95 "digit group of 2 after a thousands separator"   1,2345 "digit group of 4 after a
 *      thousands separator"   1234,567 "digit group of 4 before a thousands separator"
 *      12, "thousands separator at the end"   ,5 "thousands separator before the first digit"
 *      1,,000 "two thousands separators in a row"   1.2.3 "second decimal point"
 *      5. "decimal point at the end"   .5 "decimal point before the first digit"
 *      . "no digits in the number"   "" "empty number"   1a "unexpected character in a number"
 *      两五 "'两' in a digit-by-digit numeral"   一二三万, 四万万, 一百千 …
 *  - Too long (status CF_NUMBER_OVERFLOW): more than 18 significant digits or decimals, a
 *    value beyond ±(2^63 - 1) at its scale, or more than 48 parts (一万一万…).  Linear time
 *    in the token, no allocation, however long the token.
 *
 * multiplier_exponent: the power of ten written after the significand.  After Arabic digits
 * (or a 点 fraction) every trailing unit counts: 1.8万 → 4, 5千 → 3, 3千万 → 7, 1.5万亿 → 12,
 * 2万5千 → 3, 20余万 → 4.  After Chinese digits only the trailing 万/亿 count (千 and 百 are part
 * of the numeral): 一千九百万 → 4, 一万五千亿 → 8, 万 → 4, 百 → 0, 三千 → 0.
 * script: 余/多 do not count, so 1200余 is ARABIC.
 *
 * Known gaps: 三五 (three to five) reads digit by digit as 35, like 九五; 十来个, 半, 成 and 兆
 * are not numerals here.
 *
 * Invariants of a CfNumber with status CF_NUMBER_OK: interval.low <= value <= interval.high;
 * exact forms have interval == [value, value] (stated precision is the caller's business:
 * cf_interval_stated()); value keeps the written scale (25.20 has scale 2).  With any other
 * status, value is 0 and interval [0, 0]. */
#pragma once

#include <glib.h>

#include "model/cf-decimal.h"
#include "model/cf-interval.h"

G_BEGIN_DECLS

typedef enum {
	CF_NUMBER_OK,
	CF_NUMBER_MALFORMED,
	CF_NUMBER_OVERFLOW,
} CfNumberStatus;

typedef enum {
	CF_NUMERAL_ARABIC,  /* only ASCII digits (and . ,) */
	CF_NUMERAL_CHINESE, /* only Chinese numerals */
	CF_NUMERAL_MIXED,   /* Arabic digits with Chinese multipliers: 1.8万 */
} CfNumeralScript;

typedef struct {
	CfNumberStatus status;
	CfNumeralScript script;
	CfDecimal value;       /* the value (for vague forms: the low end) */
	CfInterval interval;   /* what the numeral can stand for */
	gboolean vague;        /* 两三, 十几, 一千多, 二百余 … */
	gboolean grouped;      /* written with thousands separators: 1,100 */
	int multiplier_exponent; /* power of ten of a trailing 万/亿/千 multiplier, 0 if none */
	const char *reason;    /* static text for MALFORMED/OVERFLOW ("digit group of 2 after a
	                        * thousands separator"), NULL otherwise */
} CfNumber;

/* Reads @length bytes of @text as one number.  Never fails: the outcome is in
 * out->status.  The whole text must be the number (no unit, no spaces).  Thread-safe, no
 * allocation; @text need not be NUL-terminated. */
void cf_number_read(const char *text, gsize length, CfNumber *out);

/* The same without the shortcut for plain numbers (ASCII digits with at most one decimal
 * point): what tests compare that shortcut with. */
void cf_number_read_general(const char *text, gsize length, CfNumber *out);

/* Digits of a plain number cf_number_read_plain() reads: a gint64 holds them all. */
#define CF_NUMBER_PLAIN_MAX_DIGITS 18

/* The commonest token, read directly: ASCII digits with at most one point between digits
 * ("6368", "25.20", "007"), at most CF_NUMBER_PLAIN_MAX_DIGITS digits, into @value (the
 * value cf_number_read() gives, with status CF_NUMBER_OK, not vague, the point interval).
 * FALSE for anything else (@value untouched).  Inline: read for most claims. */
static inline gboolean
cf_number_read_plain(const char *text, gsize length, CfDecimal *value)
{
	gint64 mantissa = 0;
	int digits = 0, scale = -1; /* -1: no point yet */
	for (gsize i = 0; i < length; i++) {
		char c = text[i];
		if (c >= '0' && c <= '9') {
			if (++digits > CF_NUMBER_PLAIN_MAX_DIGITS)
				return FALSE;
			mantissa = mantissa * 10 + (c - '0');
			if (scale >= 0)
				scale++;
		} else if (c == '.' && scale < 0 && i > 0 && i + 1 < length) {
			scale = 0;
		} else {
			return FALSE;
		}
	}
	if (digits == 0)
		return FALSE;
	*value = (CfDecimal){mantissa, MAX(scale, 0)};
	return TRUE;
}

/* Value of one Chinese digit character (〇零一二两三四五六七八九, and the financial forms
 * 壹贰叁肆伍陆柒捌玖 with 兩貳參陸), or -1.  @c is a code point. */
int cf_number_chinese_digit(gunichar c);

/* Power of ten of one Chinese magnitude character (十 拾 1, 百 佰 2, 千 仟 3, 万 萬 4, 亿 億 8),
 * or -1.  @c is a code point. */
int cf_number_chinese_magnitude(gunichar c);

G_END_DECLS
