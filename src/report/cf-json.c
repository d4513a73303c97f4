/* cf-json.c — the few JSON primitives the renderers share. */
#include "report/cf-report.h"

#include <string.h>

#include "report/cf-buffer.h"

static const char hex_digits[] = "0123456789abcdef";

/* Length of the valid UTF-8 sequence starting at @p (at most @left bytes), or 0 when the
 * bytes there are not valid UTF-8 (overlong forms, surrogates and values past U+10FFFF
 * included). */
static gsize
utf8_sequence_length(const guchar *p, gsize left)
{
	guchar c = p[0];
	if (c >= 0xe1 && c <= 0xec) /* most CJK: no overlong or surrogate case to rule out */
		return left >= 3 && (p[1] & 0xc0) == 0x80 && (p[2] & 0xc0) == 0x80 ? 3 : 0;
	if (c >= 0xc2 && c <= 0xdf)
		return left >= 2 && (p[1] & 0xc0) == 0x80 ? 2 : 0;
	if (c >= 0xe0 && c <= 0xef) {
		if (left < 3 || (p[1] & 0xc0) != 0x80 || (p[2] & 0xc0) != 0x80)
			return 0;
		if (c == 0xe0 && p[1] < 0xa0)
			return 0; /* overlong */
		if (c == 0xed && p[1] >= 0xa0)
			return 0; /* UTF-16 surrogate */
		return 3;
	}
	if (c >= 0xf0 && c <= 0xf4) {
		if (left < 4 || (p[1] & 0xc0) != 0x80 || (p[2] & 0xc0) != 0x80 ||
		    (p[3] & 0xc0) != 0x80)
			return 0;
		if (c == 0xf0 && p[1] < 0x90)
			return 0; /* overlong */
		if (c == 0xf4 && p[1] >= 0x90)
			return 0; /* past U+10FFFF */
		return 4;
	}
	return 0;
}

#define ONES G_GUINT64_CONSTANT(0x0101010101010101)
#define HIGHS G_GUINT64_CONSTANT(0x8080808080808080)

/* Past the leading 8-byte words of [p, end) that need no escaping: no byte below 0x20, none
 * from 0x80 up, no '"' and no '\\'.  File paths and ASCII text go eight bytes a step. */
static inline const guchar *
skip_plain_words(const guchar *p, const guchar *end)
{
	while (end - p >= 8) {
		guint64 w;
		memcpy(&w, p, 8);
		guint64 quote = w ^ (ONES * '"'), backslash = w ^ (ONES * '\\');
		guint64 special = ((w - ONES * 0x20) & ~w) |            /* a byte below 0x20 */
				  ((quote - ONES) & ~quote) |             /* a '"' */
				  ((backslash - ONES) & ~backslash) | w;  /* a '\\', a high bit */
		if (special & HIGHS)
			break;
		p += 8;
	}
	return p;
}

void
cf_json_append_string(GString *out, const char *text, gssize length)
{
	if (text == NULL) {
		CF_BUFFER_PUT_LITERAL(out, "null");
		return;
	}
	gsize n = length < 0 ? strlen(text) : (gsize)length;
	const guchar *p = (const guchar *)text;
	const guchar *end = p + n;

	cf_buffer_reserve(out, n + 2);
	cf_buffer_put_c(out, '"');
	while (p < end) {
		/* copy the longest run that needs no escaping (valid UTF-8 included) in one go */
		const guchar *run = p;
		p = skip_plain_words(p, end);
		for (;;) {
			while (p < end && *p >= 0x20 && *p < 0x80 && *p != '"' && *p != '\\')
				p++;
			if (p >= end || *p < 0x80)
				break;
			/* most text is CJK: three-byte sequences led by E1-EC, where only the
			 * continuation bytes need checking */
			while (end - p >= 3 && p[0] >= 0xe1 && p[0] <= 0xec && (p[1] & 0xc0) == 0x80 &&
			       (p[2] & 0xc0) == 0x80)
				p += 3;
			if (p >= end)
				break;
			if (*p < 0x80)
				continue;
			gsize k = utf8_sequence_length(p, end - p);
			if (k == 0)
				break;
			p += k;
		}
		if (p > run)
			cf_buffer_put(out, (const char *)run, p - run);
		if (p >= end)
			break;
		guchar c = *p++;
		switch (c) {
		case '"':
			CF_BUFFER_PUT_LITERAL(out, "\\\"");
			break;
		case '\\':
			CF_BUFFER_PUT_LITERAL(out, "\\\\");
			break;
		case '\n':
			CF_BUFFER_PUT_LITERAL(out, "\\n");
			break;
		case '\t':
			CF_BUFFER_PUT_LITERAL(out, "\\t");
			break;
		case '\r':
			CF_BUFFER_PUT_LITERAL(out, "\\r");
			break;
		case '\b':
			CF_BUFFER_PUT_LITERAL(out, "\\b");
			break;
		case '\f':
			CF_BUFFER_PUT_LITERAL(out, "\\f");
			break;
		default:
			if (c >= 0x80) {
				/* not valid UTF-8 here: keep the JSON valid and the loss visible */
				CF_BUFFER_PUT_LITERAL(out, "\\ufffd");
			} else {
				char u[6] = {'\\',
					     'u',
					     '0',
					     '0',
					     hex_digits[c >> 4],
					     hex_digits[c & 0xf]};
				cf_buffer_put(out, u, 6);
			}
			break;
		}
	}
	cf_buffer_put_c(out, '"');
}

void
cf_json_append_uint(GString *out, guint64 value)
{
	char digits[24];
	int i = sizeof digits;
	do {
		digits[--i] = (char)('0' + value % 10);
		value /= 10;
	} while (value != 0);
	cf_buffer_put(out, digits + i, sizeof digits - i);
}

void
cf_json_append_int(GString *out, gint64 value, gboolean negative_is_null)
{
	if (value < 0) {
		if (negative_is_null) {
			CF_BUFFER_PUT_LITERAL(out, "null");
			return;
		}
		cf_buffer_put_c(out, '-');
		cf_json_append_uint(out, (guint64)0 - (guint64)value);
		return;
	}
	cf_json_append_uint(out, (guint64)value);
}

void
cf_json_append_decimal_digits(GString *out, CfDecimal value)
{
	/* the same text as cf_decimal_append() (scale kept: 25.20 stays 25.20), without going
	 * through printf for every number of every claim */
	guint64 m =
		value.mantissa < 0 ? (guint64)0 - (guint64)value.mantissa : (guint64)value.mantissa;
	char digits[24];
	int i = sizeof digits;
	do {
		digits[--i] = (char)('0' + m % 10);
		m /= 10;
	} while (m != 0);
	int n = (int)sizeof digits - i;
	int scale = value.scale > 0 ? value.scale : 0;

	if (value.mantissa < 0)
		cf_buffer_put_c(out, '-');
	if (scale == 0) {
		cf_buffer_put(out, digits + i, n);
	} else if (n <= scale) {
		CF_BUFFER_PUT_LITERAL(out, "0.");
		for (int k = n; k < scale; k++)
			cf_buffer_put_c(out, '0');
		cf_buffer_put(out, digits + i, n);
	} else {
		cf_buffer_put(out, digits + i, n - scale);
		cf_buffer_put_c(out, '.');
		cf_buffer_put(out, digits + i + n - scale, scale);
	}
}

void
cf_json_append_decimal(GString *out, CfDecimal value)
{
	cf_buffer_put_c(out, '"');
	cf_json_append_decimal_digits(out, value);
	cf_buffer_put_c(out, '"');
}
