/* cf-number.c — one number token (Arabic, Chinese or mixed) to an exact value or interval.
 *
 * Two passes, both linear in the token: a lexer cuts the token into at most MAX_PARTS parts
 * (an Arabic literal, a run of Chinese digits, a unit 十百千万亿, a 点 fraction, 余/多) and
 * validates each; an evaluator then runs the usual Chinese-numeral accumulator (section below
 * 万, the 万 part, the part at or above 亿) twice in parallel, on the low and the high ends, so
 * a vague digit (几, 两三) simply carries an interval through additions and multiplications by
 * powers of ten — both monotone, so the ends stay exact.
 *
 * All intermediate values are 128-bit integers at one common scale S (the decimals of the one
 * fraction in the token), bounded by VALUE_LIMIT so nothing can wrap. */
#include "extract/cf-number.h"

#include <string.h>

typedef __int128 wide;

/* Parts in one numeral: the longest real one (九千九百九十九万九千九百九十九亿…) has about 30. */
#define MAX_PARTS 48
/* Largest magnitude of an intermediate value (at scale S): far above what a gint64 decimal
 * holds, far below what 128 bits hold, so one more × 10^8 cannot wrap after a check. */
#define VALUE_LIMIT ((wide)1000000000000000000LL * (wide)1000000000000000000LL * 10)

typedef enum {
	PART_ARABIC,  /* 1,100.9 */
	PART_CHINESE, /* a run of Chinese digits (with 几/数): 三  两三  二〇二二  零五 */
	PART_GAP,     /* a lone 零 between units: 一千零十 */
	PART_FRACTION, /* 点 and the digits after it */
	PART_SMALL,    /* 十 百 千 (廿 卅 carry their coefficient) */
	PART_BIG,      /* 万 亿 */
	PART_ABOUT,    /* 余 多 */
} PartKind;

typedef struct {
	PartKind kind;
	wide lo, hi;  /* ARABIC, CHINESE, FRACTION: the digits as an integer (interval) */
	int scale;    /* ARABIC, FRACTION: decimals */
	int exponent; /* SMALL, BIG: power of ten */
	int implied;  /* SMALL: coefficient written into the character (廿 = 2), else 0 */
	/* CHINESE run, as lexed (interpreted once the whole token is known) */
	int count;          /* digit characters */
	int first, second;  /* values of the first two (-1: 几/数) */
	gboolean has_liang; /* 两 = 2, which never stands in a digit-by-digit numeral */
	gboolean has_ji;    /* 几 (a few) */
	gboolean has_shu;   /* 数 (several) */
	gboolean too_long;  /* more than 18 significant digits */
	/* after interpretation */
	gboolean zero_gap;   /* CHINESE: led by 零 (一百零五) */
	gboolean colloquial; /* may stand for the next lower place after a unit: 一万五 = 15000 */
	gboolean vague;
} Part;

typedef struct {
	wide lo, hi;
} Range;

static wide
pow10_wide(int exponent)
{
	wide v = 1;
	for (int i = 0; i < exponent; i++)
		v *= 10;
	return v;
}

static void
set_outcome(CfNumber *out, CfNumberStatus status, const char *reason)
{
	out->status = status;
	out->reason = reason;
	out->value = cf_decimal_from_int(0);
	out->interval = cf_interval_point(out->value);
	out->vague = FALSE;
	out->multiplier_exponent = 0;
}

/* Character classes of the Chinese numeral alphabet. */
typedef enum {
	CH_NONE,
	CH_DIGIT, /* value in *value */
	CH_JI,    /* 几 幾: a few */
	CH_SHU,   /* 数 數: several */
	CH_SMALL, /* 十 百 千, exponent in *value */
	CH_TENS,  /* 廿 卅: 20, 30 (coefficient in *value) */
	CH_BIG,   /* 万 亿, exponent in *value */
	CH_POINT, /* 点 */
	CH_ABOUT, /* 余 多 */
} CharClass;

static CharClass
classify(gunichar c, int *value)
{
	int digit = cf_number_chinese_digit(c);
	if (digit >= 0) {
		*value = digit;
		return CH_DIGIT;
	}
	switch (c) {
	case 0x5341: /* 十 */
	case 0x62FE: /* 拾 */
		*value = 1;
		return CH_SMALL;
	case 0x767E: /* 百 */
	case 0x4F70: /* 佰 */
		*value = 2;
		return CH_SMALL;
	case 0x5343: /* 千 */
	case 0x4EDF: /* 仟 */
		*value = 3;
		return CH_SMALL;
	case 0x5EFF: /* 廿 = 20 */
		*value = 2;
		return CH_TENS;
	case 0x5345: /* 卅 = 30 */
		*value = 3;
		return CH_TENS;
	case 0x4E07: /* 万 = 10^4 */
	case 0x842C: /* 萬 */
		*value = 4;
		return CH_BIG;
	case 0x4EBF: /* 亿 = 10^8 */
	case 0x5104: /* 億 */
		*value = 8;
		return CH_BIG;
	case 0x70B9: /* 点 */
	case 0x9EDE: /* 點 */
		return CH_POINT;
	case 0x51E0: /* 几 */
	case 0x5E7E: /* 幾 */
		return CH_JI;
	case 0x6570: /* 数 */
	case 0x6578: /* 數 */
		return CH_SHU;
	case 0x4F59: /* 余 (more than) */
	case 0x9918: /* 餘 */
	case 0x591A: /* 多 */
		return CH_ABOUT;
	default:
		return CH_NONE;
	}
}

int
cf_number_chinese_magnitude(gunichar c)
{
	int exponent = 0;
	CharClass k = classify(c, &exponent);
	return k == CH_SMALL || k == CH_BIG ? exponent : -1;
}

int
cf_number_chinese_digit(gunichar c)
{
	switch (c) {
	case 0x3007: /* 〇 */
	case 0x96F6: /* 零 */
		return 0;
	case 0x4E00: /* 一 */
	case 0x58F9: /* 壹 */
		return 1;
	case 0x4E8C: /* 二 */
	case 0x4E24: /* 两 */
	case 0x5169: /* 兩 */
	case 0x8D30: /* 贰 */
	case 0x8CB3: /* 貳 */
		return 2;
	case 0x4E09: /* 三 */
	case 0x53C1: /* 叁 */
	case 0x53C3: /* 參 */
		return 3;
	case 0x56DB: /* 四 */
	case 0x8086: /* 肆 */
		return 4;
	case 0x4E94: /* 五 */
	case 0x4F0D: /* 伍 */
		return 5;
	case 0x516D: /* 六 */
	case 0x9646: /* 陆 */
	case 0x9678: /* 陸 */
		return 6;
	case 0x4E03: /* 七 */
	case 0x67D2: /* 柒 */
		return 7;
	case 0x516B: /* 八 */
	case 0x634C: /* 捌 */
		return 8;
	case 0x4E5D: /* 九 */
	case 0x7396: /* 玖 */
		return 9;
	default:
		return -1;
	}
}

static gboolean
is_liang(gunichar c)
{
	return c == 0x4E24 || c == 0x5169; /* 两 兩 */
}

static const char *const group_after_reasons[] = {
	NULL,
	"digit group of 1 after a thousands separator",
	"digit group of 2 after a thousands separator",
	NULL,
	"digit group of 4 after a thousands separator",
	"digit group of 5 after a thousands separator",
	"digit group of 6 after a thousands separator",
	"digit group of 7 after a thousands separator",
	"digit group of 8 after a thousands separator",
	"digit group of 9 after a thousands separator",
};

static const char *const group_before_reasons[] = {
	NULL,
	NULL,
	NULL,
	NULL,
	"digit group of 4 before a thousands separator",
	"digit group of 5 before a thousands separator",
	"digit group of 6 before a thousands separator",
	"digit group of 7 before a thousands separator",
	"digit group of 8 before a thousands separator",
	"digit group of 9 before a thousands separator",
};

static const char *
group_after_reason(gsize digits)
{
	return digits < G_N_ELEMENTS(group_after_reasons)
		       ? group_after_reasons[digits]
		       : "digit group of more than 9 after a thousands separator";
}

static const char *
group_before_reason(gsize digits)
{
	return digits < G_N_ELEMENTS(group_before_reasons)
		       ? group_before_reasons[digits]
		       : "digit group of more than 9 before a thousands separator";
}

/* Reads the Arabic literal text[*i..] (digits, '.', ','), leaving *i after it.  Returns the
 * malformed reason, or NULL; sets *too_long (and keeps scanning, so a later structural fault
 * still wins) when the digits do not fit. */
static const char *
lex_arabic(const char *text, gsize length, gsize *i, Part *part, gboolean *grouped,
	   const char **too_long)
{
	gsize start = *i, group = 0, digits = 0;
	gboolean seen_comma = FALSE, seen_point = FALSE, leading_zero = FALSE;
	int significant = 0;
	wide mantissa = 0;
	int scale = 0;

	for (; *i < length; (*i)++) {
		char c = text[*i];
		if (c >= '0' && c <= '9') {
			if (digits == 0)
				leading_zero = c == '0';
			digits++;
			group++;
			if (mantissa != 0 || c != '0')
				significant++;
			if (significant > CF_DECIMAL_MAX_SCALE) {
				if (*too_long == NULL)
					*too_long = "more than 18 significant digits";
			} else {
				mantissa = mantissa * 10 + (c - '0');
			}
			if (seen_point && ++scale > CF_DECIMAL_MAX_SCALE && *too_long == NULL)
				*too_long = "more than 18 decimals";
		} else if (c == ',') {
			if (seen_point)
				return "thousands separator after the decimal point";
			if (*i == start)
				return "thousands separator before the first digit";
			if (group == 0)
				return "two thousands separators in a row";
			if (!seen_comma) {
				if (group > 3)
					return group_before_reason(group);
				if (leading_zero)
					return "thousands separator after a leading zero";
			} else if (group != 3) {
				return group_after_reason(group);
			}
			seen_comma = TRUE;
			group = 0;
		} else if (c == '.') {
			if (seen_point)
				return "second decimal point";
			if (digits == 0) {
				gboolean digit_follows = *i + 1 < length && text[*i + 1] >= '0' &&
							 text[*i + 1] <= '9';
				return digit_follows ? "decimal point before the first digit"
						     : "no digits in the number";
			}
			if (group == 0)
				return "thousands separator before the decimal point";
			if (seen_comma && group != 3)
				return group_after_reason(group);
			seen_point = TRUE;
			group = 0;
		} else {
			break;
		}
	}
	char last = text[*i - 1];
	if (last == ',')
		return "thousands separator at the end";
	if (last == '.')
		return "decimal point at the end";
	if (seen_comma && !seen_point && group != 3)
		return group_after_reason(group);
	part->kind = PART_ARABIC;
	part->lo = part->hi = mantissa;
	part->scale = MIN(scale, CF_DECIMAL_MAX_SCALE);
	part->count = digits > 1000 ? 1000 : (int)digits;
	part->colloquial = digits == 1 && !seen_point && mantissa != 0;
	*grouped = *grouped || seen_comma;
	return NULL;
}

typedef struct {
	const char *text;
	gsize length;
	gsize i;
	Part parts[MAX_PARTS];
	int n;
	gboolean grouped;
	gboolean negative;
	gboolean has_arabic, has_chinese, has_units;
	const char *too_long; /* first overflow reason met while lexing */
} Lexer;

/* Next code point at lx->i without moving; (gunichar)-1 on invalid UTF-8. */
static gunichar
peek(Lexer *lx, gsize *width)
{
	guchar b = (guchar)lx->text[lx->i];
	if (b < 0x80) {
		*width = 1;
		return b;
	}
	gunichar c = g_utf8_get_char_validated(lx->text + lx->i, (gssize)(lx->length - lx->i));
	if (c == (gunichar)-1 || c == (gunichar)-2)
		return (gunichar)-1;
	*width = (gsize)(g_utf8_next_char(lx->text + lx->i) - (lx->text + lx->i));
	return c;
}

/* Cuts the token into parts.  Returns the malformed reason or NULL; on NULL, lx->too_long may
 * still name an overflow. */
static const char *
lex(Lexer *lx)
{
	if (lx->length > 0 && (lx->text[0] == '-' || lx->text[0] == '+')) {
		lx->negative = lx->text[0] == '-';
		lx->i = 1;
		if (lx->i >= lx->length || lx->text[1] < '0' || lx->text[1] > '9')
			return "sign without Arabic digits after it";
	}
	while (lx->i < lx->length) {
		if (lx->n == MAX_PARTS) {
			lx->too_long = "numeral of more than 48 parts";
			return NULL;
		}
		Part *part = &lx->parts[lx->n];
		memset(part, 0, sizeof *part);
		char b = lx->text[lx->i];
		if ((b >= '0' && b <= '9') || b == '.' || b == ',') {
			const char *reason = lex_arabic(lx->text, lx->length, &lx->i, part,
							&lx->grouped, &lx->too_long);
			if (reason != NULL)
				return reason;
			lx->has_arabic = TRUE;
			lx->n++;
			continue;
		}
		gsize width = 0;
		gunichar c = peek(lx, &width);
		if (c == (gunichar)-1)
			return "invalid UTF-8";
		int value = 0;
		CharClass cls = classify(c, &value);
		switch (cls) {
		case CH_NONE:
			return "unexpected character in a number";
		case CH_DIGIT:
		case CH_JI:
		case CH_SHU:
			/* a run of digits, read digit by digit in case it is 二〇二二 */
			part->kind = PART_CHINESE;
			part->first = part->second = -2;
			int significant = 0;
			while (lx->i < lx->length) {
				c = peek(lx, &width);
				if (c == (gunichar)-1)
					break;
				cls = classify(c, &value);
				if (cls != CH_DIGIT && cls != CH_JI && cls != CH_SHU)
					break;
				int digit = cls == CH_DIGIT ? value : -1;
				if (part->count == 0)
					part->first = digit;
				else if (part->count == 1)
					part->second = digit;
				part->count = MIN(part->count + 1, 1000);
				part->has_liang |= is_liang(c);
				part->has_ji |= cls == CH_JI;
				part->has_shu |= cls == CH_SHU;
				if (digit >= 0 && (part->lo != 0 || digit != 0))
					significant++;
				if (significant > CF_DECIMAL_MAX_SCALE)
					part->too_long = TRUE;
				else if (digit >= 0)
					part->lo = part->lo * 10 + digit;
				lx->i += width;
			}
			part->hi = part->lo;
			lx->has_chinese = TRUE;
			break;
		case CH_SMALL:
		case CH_TENS:
			part->kind = PART_SMALL;
			part->exponent = cls == CH_SMALL ? value : 1;
			part->implied = cls == CH_TENS ? value : 0;
			lx->i += width;
			lx->has_chinese = lx->has_units = TRUE;
			break;
		case CH_BIG:
			part->kind = PART_BIG;
			part->exponent = value;
			lx->i += width;
			lx->has_chinese = lx->has_units = TRUE;
			break;
		case CH_POINT:
			if (lx->n > 0 && lx->parts[lx->n - 1].kind == PART_ARABIC)
				return "'点' after Arabic digits";
			part->kind = PART_FRACTION;
			lx->i += width;
			while (lx->i < lx->length) {
				c = peek(lx, &width);
				if (c == (gunichar)-1)
					break;
				cls = classify(c, &value);
				if (cls != CH_DIGIT && cls != CH_JI)
					break;
				if (is_liang(c))
					return "'两' after the decimal point";
				if (part->scale == CF_DECIMAL_MAX_SCALE) {
					lx->too_long = lx->too_long ? lx->too_long
								    : "more than 18 decimals";
					lx->i += width;
					continue;
				}
				part->scale++;
				part->lo = part->lo * 10 + (cls == CH_JI ? 1 : value);
				part->hi = part->hi * 10 + (cls == CH_JI ? 9 : value);
				part->vague |= cls == CH_JI;
				lx->i += width;
			}
			if (part->scale == 0 && lx->too_long == NULL)
				return "'点' without digits after it";
			lx->has_chinese = TRUE;
			break;
		case CH_ABOUT:
			part->kind = PART_ABOUT;
			lx->i += width;
			break;
		}
		lx->n++;
	}
	return NULL;
}

/* Gives each Chinese digit run its meaning now that the whole token is known. */
static const char *
interpret_runs(Lexer *lx)
{
	for (int k = 0; k < lx->n; k++) {
		Part *p = &lx->parts[k];
		if (p->kind != PART_CHINESE)
			continue;
		gboolean before_unit = k + 1 < lx->n && (lx->parts[k + 1].kind == PART_SMALL ||
							 lx->parts[k + 1].kind == PART_BIG);
		if (p->has_ji || p->has_shu) {
			if (p->count != 1)
				return "'几' or '数' next to another digit";
			if (p->has_shu && (k != 0 || !before_unit))
				return "'数' not leading a unit (数十, 数百)";
			/* a leading 几 means at least two: 几百 is not 一百 */
			p->lo = k == 0 ? 2 : 1;
			p->hi = 9;
			p->vague = TRUE;
			continue;
		}
		if (p->count == 1) {
			if (p->first == 0 && k > 0 && lx->has_units)
				p->kind = PART_GAP;
			p->colloquial = p->first != 0;
			continue;
		}
		if (p->count == 2 && p->first >= 1 && p->second == p->first + 1) {
			/* two neighbouring digits are a range: 两三 = 2 to 3, never 23 */
			p->lo = p->first;
			p->hi = p->second;
			p->vague = TRUE;
			p->colloquial = TRUE;
			continue;
		}
		if (lx->has_units) {
			if (p->count == 2 && p->first == 0 && p->second > 0) {
				p->lo = p->hi = p->second;
				p->zero_gap = TRUE;
				continue;
			}
			return "Chinese digits in a row in a numeral with units";
		}
		if (p->has_liang)
			return "'两' in a digit-by-digit numeral";
		/* 唯一一所, 统一一个, 逐一一项: the first 一 ends a word; no numeral repeats a
		 * digit as its only two */
		if (p->count == 2 && p->first == p->second && p->first > 0)
			return "a digit repeated, no numeral (唯一一所)";
		if (p->too_long && lx->too_long == NULL)
			lx->too_long = "more than 18 significant digits";
	}
	return NULL;
}

static gboolean
range_mul_pow10(Range *r, int exponent)
{
	wide limit = VALUE_LIMIT / pow10_wide(exponent);
	if (r->hi > limit)
		return FALSE;
	r->lo *= pow10_wide(exponent);
	r->hi *= pow10_wide(exponent);
	return TRUE;
}

static gboolean
range_add(Range *r, Range a)
{
	r->lo += a.lo;
	r->hi += a.hi;
	return r->hi <= VALUE_LIMIT;
}

static Range
range_sum3(Range a, Range b, Range c)
{
	Range r = {a.lo + b.lo + c.lo, a.hi + b.hi + c.hi};
	return r;
}

/* 一万五 = 15000, 三千五 = 3500, 一亿五 = 1.5亿: a last single digit (or pair) right after a
 * unit of 百 or more stands for the next lower place, not for ones. */
static void
apply_colloquial(const Lexer *lx, int pending_part, Range *pending)
{
	if (pending_part <= 0 || !lx->parts[pending_part].colloquial)
		return;
	const Part *unit = &lx->parts[pending_part - 1];
	int place = 0;
	if (unit->kind == PART_SMALL && !unit->implied && unit->exponent >= 2)
		place = unit->exponent - 1;
	else if (unit->kind == PART_BIG)
		place = unit->exponent - 1 == 3 ? 3 : 7;
	if (place > 0)
		range_mul_pow10(pending, place); /* a digit times 10^7 cannot overflow */
}

typedef struct {
	const char *malformed;
	const char *overflow;
} Fault;

/* Runs the accumulator over the parts.  Returns FALSE with *fault set on a bad numeral. */
static gboolean
evaluate(Lexer *lx, int scale, Range *result, int *fraction_shift, gboolean *vague, Fault *fault)
{
	Range total = {0, 0}, wan = {0, 0}, section = {0, 0}, pending = {0, 0}, about = {0, 0};
	gboolean has_pending = FALSE, wan_in_group = FALSE, seen_fraction = FALSE;
	gboolean after_about = FALSE, overflow = FALSE;
	int pending_part = -1, last_small = 4, room = 0, prefix_big = 0, about_big = 0;
	wide one = pow10_wide(scale);

	for (int k = 0; k < lx->n; k++) {
		Part *p = &lx->parts[k];
		const Part *prev = k > 0 ? &lx->parts[k - 1] : NULL;
		*vague |= p->vague;
		if (after_about && p->kind != PART_BIG) {
			fault->malformed = p->kind == PART_ABOUT
						   ? "'余' or '多' twice"
						   : "'余' or '多' before more digits";
			return FALSE;
		}
		switch (p->kind) {
		case PART_ARABIC:
		case PART_CHINESE: {
			if (seen_fraction) {
				fault->malformed = "digits after the decimal part";
				return FALSE;
			}
			if (has_pending) {
				fault->malformed = "Arabic and Chinese digits in a row";
				return FALSE;
			}
			wide factor = p->kind == PART_ARABIC ? pow10_wide(scale - p->scale) : one;
			pending.lo = p->lo * factor;
			pending.hi = p->hi * factor;
			has_pending = TRUE;
			pending_part = k;
			if (p->kind == PART_ARABIC && p->scale > 0)
				seen_fraction = TRUE;
			break;
		}
		case PART_GAP:
			break;
		case PART_FRACTION: {
			if (seen_fraction) {
				fault->malformed = "second decimal point";
				return FALSE;
			}
			if (prev == NULL || prev->kind == PART_ABOUT) {
				fault->malformed = "'点' without a whole part before it";
				return FALSE;
			}
			if (prev->kind == PART_ARABIC) {
				fault->malformed = "'点' after Arabic digits";
				return FALSE;
			}
			/* the fraction belongs to all of the section: 十点五 = 10.5 */
			Range fraction = {p->lo * pow10_wide(scale - p->scale),
					  p->hi * pow10_wide(scale - p->scale)};
			pending = range_sum3(section, has_pending ? pending : (Range){0, 0},
					     fraction);
			section = (Range){0, 0};
			has_pending = TRUE;
			pending_part = -1;
			seen_fraction = TRUE;
			break;
		}
		case PART_SMALL: {
			Range coefficient;
			if (p->implied) {
				if (has_pending) {
					fault->malformed = "digit before '廿' or '卅'";
					return FALSE;
				}
				coefficient = (Range){p->implied * one, p->implied * one};
			} else if (has_pending) {
				coefficient = pending;
			} else if (prev == NULL || prev->kind == PART_BIG ||
				   prev->kind == PART_GAP) {
				coefficient = (Range){one, one}; /* 十九, 百余, 一千零十 */
			} else {
				fault->malformed = "unit without a digit before it";
				return FALSE;
			}
			if (p->exponent >= last_small) {
				fault->malformed = "unit not smaller than the one before it";
				return FALSE;
			}
			if (!range_mul_pow10(&coefficient, p->exponent) ||
			    !range_add(&section, coefficient)) {
				overflow = TRUE;
				break;
			}
			last_small = p->exponent;
			has_pending = FALSE;
			if (seen_fraction)
				*fraction_shift += p->exponent;
			break;
		}
		case PART_BIG: {
			if (after_about) {
				/* 二百余万: the big units after 余 scale the whole interval */
				if (p->exponent <= MAX(prefix_big, about_big)) {
					fault->malformed = "unit not larger than the one before it";
					return FALSE;
				}
				about_big = p->exponent;
				if (!range_mul_pow10(&about, p->exponent))
					overflow = TRUE;
				if (seen_fraction)
					*fraction_shift += p->exponent;
				break;
			}
			Range coefficient = section;
			if (has_pending)
				coefficient = range_sum3(section, pending, (Range){0, 0});
			gboolean empty = !has_pending && section.hi == 0;
			if (empty && k == 0) {
				coefficient = (Range){one, one}; /* bare 万 as in 近万人 */
			} else if (empty && (p->exponent == 4 || (wan.hi == 0 && total.hi == 0))) {
				fault->malformed = "unit without a digit before it";
				return FALSE;
			}
			if (room > 0 && coefficient.hi >= pow10_wide(room) * one) {
				fault->malformed =
					"digits too large for their place after '万' or '亿'";
				return FALSE;
			}
			if (p->exponent == 4) {
				if (wan_in_group) {
					fault->malformed = "'万' twice in one numeral";
					return FALSE;
				}
				if (!range_mul_pow10(&coefficient, 4) ||
				    !range_add(&wan, coefficient))
					overflow = TRUE;
				wan_in_group = TRUE;
			} else {
				Range all = range_sum3(total, wan, coefficient);
				if (!range_mul_pow10(&all, p->exponent))
					overflow = TRUE;
				total = all;
				wan = (Range){0, 0};
				wan_in_group = FALSE;
			}
			section = (Range){0, 0};
			has_pending = FALSE;
			last_small = 4;
			room = p->exponent;
			prefix_big = MAX(prefix_big, p->exponent);
			if (seen_fraction)
				*fraction_shift += p->exponent;
			break;
		}
		case PART_ABOUT: {
			if (prev == NULL) {
				fault->malformed = "'余' or '多' without a number before it";
				return FALSE;
			}
			if (has_pending)
				apply_colloquial(lx, pending_part, &pending);
			about = range_sum3(total, wan, section);
			if (has_pending)
				range_add(&about, pending);
			if (about.lo == 0) {
				fault->malformed = "'余' or '多' after zero";
				return FALSE;
			}
			/* N余 = [N, N + U], U the place of the last non-zero digit of N */
			wide place = 1;
			for (wide v = about.lo; v % 10 == 0; v /= 10)
				place *= 10;
			about.hi += place;
			after_about = TRUE;
			*vague = TRUE;
			break;
		}
		}
		if (overflow) {
			fault->overflow = "value too large for an exact decimal";
			return FALSE;
		}
	}
	if (after_about) {
		*result = about;
		return TRUE;
	}
	if (has_pending)
		apply_colloquial(lx, pending_part, &pending);
	Range last = section;
	if (has_pending)
		last = range_sum3(section, pending, (Range){0, 0});
	if (room > 0 && last.hi >= pow10_wide(room) * one) {
		fault->malformed = "digits too large for their place after '万' or '亿'";
		return FALSE;
	}
	*result = range_sum3(total, wan, last);
	if (result->hi > VALUE_LIMIT) {
		fault->overflow = "value too large for an exact decimal";
		return FALSE;
	}
	return TRUE;
}

/* The exponent of the multiplier written after the significand (see the header). */
static int
multiplier_exponent(const Lexer *lx)
{
	int last_digits = -1;
	for (int k = 0; k < lx->n; k++) {
		PartKind kind = lx->parts[k].kind;
		if (kind == PART_ARABIC || kind == PART_CHINESE || kind == PART_FRACTION)
			last_digits = k;
	}
	gboolean significand = last_digits >= 0 && lx->parts[last_digits].kind != PART_CHINESE;
	int exponent = 0;
	for (int k = last_digits + 1; k < lx->n; k++) {
		const Part *p = &lx->parts[k];
		if (p->kind == PART_BIG || (p->kind == PART_SMALL && significand))
			exponent += p->exponent;
	}
	return exponent;
}

static gboolean
to_decimal(wide v, int scale, CfDecimal *out)
{
	if (v > G_MAXINT64 || v < -(wide)G_MAXINT64)
		return FALSE;
	out->mantissa = (gint64)v;
	out->scale = scale;
	return TRUE;
}

/* The commonest tokens, read directly: plain Arabic numbers (cf_number_read_plain()) and
 * one Chinese digit alone (三个, 两批: the commonest Chinese numeral). */
static gboolean
read_plain(const char *text, gsize length, CfNumber *out)
{
	CfDecimal value;
	CfNumeralScript script = CF_NUMERAL_ARABIC;
	if (!cf_number_read_plain(text, length, &value)) {
		if (length != 3 || ((guchar)text[0] & 0xF0) != 0xE0)
			return FALSE;
		gunichar c = g_utf8_get_char_validated(text, 3);
		int digit = c < 0x10000 ? cf_number_chinese_digit(c) : -1;
		if (digit < 0)
			return FALSE;
		value = cf_decimal_from_int(digit);
		script = CF_NUMERAL_CHINESE;
	}
	memset(out, 0, sizeof *out);
	out->status = CF_NUMBER_OK;
	out->script = script;
	out->value = value;
	out->interval = cf_interval_point(out->value);
	return TRUE;
}

void
cf_number_read(const char *text, gsize length, CfNumber *out)
{
	g_return_if_fail(out != NULL);
	if (text != NULL && read_plain(text, length, out))
		return;
	cf_number_read_general(text, length, out);
}

void
cf_number_read_general(const char *text, gsize length, CfNumber *out)
{
	g_return_if_fail(out != NULL);
	memset(out, 0, sizeof *out);
	set_outcome(out, CF_NUMBER_OK, NULL);
	g_return_if_fail(text != NULL || length == 0);

	if (length == 0) {
		set_outcome(out, CF_NUMBER_MALFORMED, "empty number");
		return;
	}
	/* on the stack and not zeroed as a whole: the lexer initialises each part it uses */
	Lexer lexer;
	Lexer *lx = &lexer;
	lx->text = text;
	lx->length = length;
	lx->i = 0;
	lx->n = 0;
	lx->grouped = lx->negative = FALSE;
	lx->has_arabic = lx->has_chinese = lx->has_units = FALSE;
	lx->too_long = NULL;
	const char *reason = lex(lx);
	if (reason == NULL && lx->too_long == NULL)
		reason = interpret_runs(lx);
	out->grouped = lx->grouped;
	out->script = !lx->has_chinese  ? CF_NUMERAL_ARABIC
		      : !lx->has_arabic ? CF_NUMERAL_CHINESE
					: CF_NUMERAL_MIXED;
	if (reason == NULL && lx->too_long == NULL && lx->n == 0)
		reason = "no digits in the number";
	if (reason != NULL || lx->too_long != NULL) {
		set_outcome(out, reason ? CF_NUMBER_MALFORMED : CF_NUMBER_OVERFLOW,
			    reason ? reason : lx->too_long);
		return;
	}

	/* the one fraction of the token sets the common scale */
	int scale = 0;
	for (int k = 0; k < lx->n; k++) {
		const Part *p = &lx->parts[k];
		if ((p->kind == PART_ARABIC || p->kind == PART_FRACTION) && p->scale > 0) {
			scale = p->scale;
			break;
		}
	}
	Range range = {0, 0};
	int shift = 0;
	gboolean vague = FALSE;
	Fault fault = {NULL, NULL};
	if (!evaluate(lx, scale, &range, &shift, &vague, &fault)) {
		set_outcome(out, fault.malformed ? CF_NUMBER_MALFORMED : CF_NUMBER_OVERFLOW,
			    fault.malformed ? fault.malformed : fault.overflow);
		return;
	}
	/* 1.8万 is 18000 (scale 0): the multiplier uses up decimals first */
	int final_scale = MAX(0, scale - shift);
	wide divisor = pow10_wide(scale - final_scale);
	range.lo /= divisor;
	range.hi /= divisor;
	if (lx->negative) {
		if (vague) {
			set_outcome(out, CF_NUMBER_MALFORMED, "sign on a vague numeral");
			return;
		}
		range.lo = -range.lo;
		range.hi = -range.hi;
	}
	CfDecimal low, high;
	if (!to_decimal(range.lo, final_scale, &low) || !to_decimal(range.hi, final_scale, &high)) {
		set_outcome(out, CF_NUMBER_OVERFLOW, "value too large for an exact decimal");
		return;
	}
	out->status = CF_NUMBER_OK;
	out->reason = NULL;
	out->value = low;
	out->interval = cf_interval_make(low, high);
	out->vague = vague;
	out->multiplier_exponent = multiplier_exponent(lx);
}
