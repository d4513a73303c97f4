/* cf-utf8.h — decoding the characters of a document's text where it is read character by
 * character (prose passages, display widths).
 *
 * Most of a report is ASCII and three-byte characters (Chinese); those are decoded inline,
 * everything else by g_utf8_get_char(), which gives the same for every input (a test holds
 * every code point and broken sequences against it). */
#pragma once

#include <glib.h>
#include <string.h>

G_BEGIN_DECLS

/* The character at @p (NUL-ended UTF-8), as g_utf8_get_char() decodes it. */
static inline gunichar
cf_utf8_char_at(const char *p)
{
	const guchar *u = (const guchar *)p;
	if (u[0] < 0x80)
		return u[0];
	if ((u[0] & 0xF0) == 0xE0 && (u[1] & 0xC0) == 0x80 && (u[2] & 0xC0) == 0x80)
		return ((gunichar)(u[0] & 0x0F) << 12) | ((gunichar)(u[1] & 0x3F) << 6) |
		       (u[2] & 0x3F);
	return g_utf8_get_char(p);
}

/* Characters of the @length bytes at @text (those that are no continuation byte 10xxxxxx),
 * eight bytes a step. */
static inline guint
cf_utf8_char_count(const char *text, gsize length)
{
	guint count = 0;
	gsize i = 0;
	for (; i + 8 <= length; i += 8) {
		guint64 w;
		memcpy(&w, text + i, 8);
		guint64 continuation = w & ~(w << 1) & G_GUINT64_CONSTANT(0x8080808080808080);
		/* one bit per byte, summed by a multiplication into the top byte (at most 8):
		 * __builtin_popcountll is a library call without -mpopcnt */
		guint64 ones = continuation >> 7;
		count += 8 - (guint)((ones * G_GUINT64_CONSTANT(0x0101010101010101)) >> 56);
	}
	for (; i < length; i++)
		count += ((guchar)text[i] & 0xC0) != 0x80;
	return count;
}

/* A bit for each value of the low six bits of the non-ASCII bytes of @text (NUL-ended): with
 * cf_utf8_may_contain(), a cheap test that rules out most words before strstr(). */
static inline guint64
cf_utf8_byte_set(const char *text)
{
	guint64 set = 0;
	for (const guchar *p = (const guchar *)text; *p; p++)
		if (*p >= 0x80)
			set |= G_GUINT64_CONSTANT(1) << (*p & 63);
	return set;
}

/* FALSE when @word cannot occur in a text whose cf_utf8_byte_set() is @set (one of its
 * non-ASCII bytes has its bit clear); TRUE when it may. */
static inline gboolean
cf_utf8_may_contain(guint64 set, const char *word)
{
	for (const guchar *p = (const guchar *)word; *p; p++)
		if (*p >= 0x80 && !(set & (G_GUINT64_CONSTANT(1) << (*p & 63))))
			return FALSE;
	return TRUE;
}

G_END_DECLS
