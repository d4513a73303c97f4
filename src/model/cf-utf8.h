/* cf-utf8.h — decoding the characters of a document's text where it is read character by
 * character (prose passages, display widths).
 *
 * Most of a report is ASCII and three-byte characters (Chinese); those are decoded inline,
 * everything else by g_utf8_get_char(), which gives the same for every input (a test holds
 * every code point and broken sequences against it). */
#pragma once

#include <glib.h>

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

G_END_DECLS
