/* cf-number.h — reading the text of one number as the report writes it.
 *
 * The extract stage finds number tokens with the lexicon's patterns; this module turns a
 * token's text (from CfDocument.norm, so digits are ASCII) into an exact value or interval.
 * It knows numerals, not units: "25.2万" is read (万 and 亿 are numerals here, 10^4 and
 * 10^8), "元" is not part of a token.
 *
 * Forms read:
 *  - Arabic: 25.2  1900  0.25  1,100  1,100.9  (thousands groups of exactly 3 digits)
 *  - Arabic with Chinese multipliers: 1.8万  3万  1,100万  1,100.9亿  2万5千
 *  - Chinese numerals: 三  十九  两  一千九百  一万五千亿  一点五七  零点五  〇  廿 (20)
 *    百分之… is read by the caller as a prefix; this module reads the numeral after it.
 *  - Vague forms (an interval, never a point):
 *      两三 → [2, 3]   三四十 → [30, 40]   十几 → [11, 19]   三十几 → [31, 39]
 *      一千多 / 二百余 (余/多 inside or after the numeral) → [1000, 2000) / [200, 300)…
 *      see cf_number_read() for the exact intervals.
 *  - Malformed (status CF_NUMBER_MALFORMED, with a reason, never repaired silently):
 *      4,95  1,2345  (a comma group that is not 3 digits)  1.2.3  12,  ,5
 *  - Too long (status CF_NUMBER_OVERFLOW): more digits than an exact decimal holds.
 *
 * Invariants of a CfNumber with status CF_NUMBER_OK: interval.low <= value <= interval.high;
 * exact forms have interval == [value, value] (stated precision is the caller's business:
 * cf_interval_stated()); value keeps the written scale (25.20 has scale 2). */
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
 * out->status.  The whole text must be the number (no unit, no spaces). */
void cf_number_read(const char *text, gsize length, CfNumber *out);

/* Value of one Chinese digit character (〇零一二两三四五六七八九), or -1.  @c is a code point. */
int cf_number_chinese_digit(gunichar c);

G_END_DECLS
