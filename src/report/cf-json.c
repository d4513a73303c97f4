/* cf-json.c — the few JSON primitives the renderers share. */
#include "report/cf-report.h"

#include <string.h>

static const char hex_digits[] = "0123456789abcdef";

/* Length of the valid UTF-8 sequence starting at @p (at most @left bytes), or 0 when the
 * bytes there are not valid UTF-8 (overlong forms, surrogates and values past U+10FFFF
 * included). */
static gsize
utf8_sequence_length(const guchar *p, gsize left)
{
	guchar c = p[0];
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

void
cf_json_append_string(GString *out, const char *text, gssize length)
{
	if (text == NULL) {
		g_string_append_len(out, "null", 4);
		return;
	}
	gsize n = length < 0 ? strlen(text) : (gsize)length;
	const guchar *p = (const guchar *)text;
	const guchar *end = p + n;

	g_string_append_c(out, '"');
	while (p < end) {
		/* copy the longest run that needs no escaping in one go */
		const guchar *run = p;
		while (p < end && *p >= 0x20 && *p != '"' && *p != '\\' && *p < 0x80)
			p++;
		if (p > run)
			g_string_append_len(out, (const char *)run, p - run);
		if (p >= end)
			break;
		guchar c = *p;
		if (c >= 0x80) {
			gsize k = utf8_sequence_length(p, end - p);
			if (k == 0) {
				g_string_append_len(out, "\\ufffd", 6);
				p++;
			} else {
				g_string_append_len(out, (const char *)p, k);
				p += k;
			}
			continue;
		}
		switch (c) {
		case '"':
			g_string_append_len(out, "\\\"", 2);
			break;
		case '\\':
			g_string_append_len(out, "\\\\", 2);
			break;
		case '\n':
			g_string_append_len(out, "\\n", 2);
			break;
		case '\t':
			g_string_append_len(out, "\\t", 2);
			break;
		case '\r':
			g_string_append_len(out, "\\r", 2);
			break;
		case '\b':
			g_string_append_len(out, "\\b", 2);
			break;
		case '\f':
			g_string_append_len(out, "\\f", 2);
			break;
		default: {
			char u[6] = {'\\', 'u', '0', '0', hex_digits[c >> 4], hex_digits[c & 0xf]};
			g_string_append_len(out, u, 6);
			break;
		}
		}
		p++;
	}
	g_string_append_c(out, '"');
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
	g_string_append_len(out, digits + i, sizeof digits - i);
}

void
cf_json_append_int(GString *out, gint64 value, gboolean negative_is_null)
{
	if (value < 0) {
		if (negative_is_null) {
			g_string_append_len(out, "null", 4);
			return;
		}
		g_string_append_c(out, '-');
		cf_json_append_uint(out, (guint64)0 - (guint64)value);
		return;
	}
	cf_json_append_uint(out, (guint64)value);
}

void
cf_json_append_decimal(GString *out, CfDecimal value)
{
	g_string_append_c(out, '"');
	cf_decimal_append(value, out);
	g_string_append_c(out, '"');
}
