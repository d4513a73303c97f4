/* cf-utf8.h — decoding the characters of a document's text where it is read character by
 * character (prose passages, display widths), and searching it for words.
 *
 * Most of a report is ASCII and three-byte characters (Chinese); those are decoded inline,
 * everything else by g_utf8_get_char(), which gives the same for every input (a test holds
 * every code point and broken sequences against it). */
#pragma once

#include <glib.h>
#include <string.h>
#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#define CF_UTF8_SSE2 1
#endif

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

/* The byte offset of the character after the first @chars characters of text[0, @length)
 * (@length when it has fewer; *@skipped, when not NULL, gets how many it has passed), eight
 * bytes a step as cf_utf8_char_count(). */
static inline gsize
cf_utf8_skip_chars(const char *text, gsize length, gsize chars, gsize *skipped)
{
	gsize count = 0, i = 0;
	/* whole words while the character wanted lies past them: a word starts at most eight */
	for (; i + 8 <= length && count + 8 <= chars; i += 8) {
		guint64 w;
		memcpy(&w, text + i, 8);
		guint64 ones = (w & ~(w << 1) & G_GUINT64_CONSTANT(0x8080808080808080)) >> 7;
		count += 8 - (gsize)((ones * G_GUINT64_CONSTANT(0x0101010101010101)) >> 56);
	}
	/* then byte by byte (past the rest of a character a word cut: it is counted) */
	for (; i < length; i++) {
		if (((guchar)text[i] & 0xC0) == 0x80)
			continue;
		if (count == chars)
			break;
		count++;
	}
	if (skipped != NULL)
		*skipped = count;
	return i;
}

/* A bit for each value of the low six bits of the non-ASCII bytes of text[0, @length): with
 * cf_utf8_may_contain(), a cheap test that rules out most words before strstr(). */
static inline guint64
cf_utf8_byte_set_len(const char *text, gsize length)
{
	guint64 set = 0;
	for (const guchar *p = (const guchar *)text, *end = p + length; p < end; p++)
		if (*p >= 0x80)
			set |= G_GUINT64_CONSTANT(1) << (*p & 63);
	return set;
}

/* cf_utf8_byte_set_len() of @text (NUL-ended). */
static inline guint64
cf_utf8_byte_set(const char *text)
{
	return cf_utf8_byte_set_len(text, strlen(text));
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

#ifdef CF_UTF8_SSE2
/* The bits set in @x (16 bits): __builtin_popcount is a library call without -mpopcnt. */
static inline guint
cf_utf8_ones16(guint x)
{
	x = x - ((x >> 1) & 0x5555u);
	x = (x & 0x3333u) + ((x >> 2) & 0x3333u);
	x = (x + (x >> 4)) & 0x0F0Fu;
	return (x + (x >> 8)) & 0x1Fu;
}
#endif

/* The first byte of @text from @i (up to @length) that is an ASCII digit or one of the bytes
 * @a, @b, @c, @d (repeat one for fewer), @length when there is none; *@chars grows by the
 * characters passed over (the bytes that are no UTF-8 continuation byte).  Sixteen bytes a
 * step where SSE2 is, else one: for scans that stop at few bytes of long texts. */
static inline gsize
cf_utf8_skip_to(const char *text, gsize i, gsize length, guchar a, guchar b, guchar c, guchar d,
		guint *chars)
{
#ifdef CF_UTF8_SSE2
	const __m128i va = _mm_set1_epi8((char)a), vb = _mm_set1_epi8((char)b);
	const __m128i vc = _mm_set1_epi8((char)c), vd = _mm_set1_epi8((char)d);
	const __m128i below_0 = _mm_set1_epi8('0' - 1), above_9 = _mm_set1_epi8('9' + 1);
	const __m128i top = _mm_set1_epi8((char)0xC0), continuation = _mm_set1_epi8((char)0x80);
	for (; i + 16 <= length; i += 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(text + i));
		/* signed compares: the bytes >= 0x80 are below '0' */
		__m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v, below_0), _mm_cmplt_epi8(v, above_9));
		__m128i stop = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, va), _mm_cmpeq_epi8(v, vb)),
					    _mm_or_si128(_mm_cmpeq_epi8(v, vc), _mm_cmpeq_epi8(v, vd)));
		guint stops = (guint)_mm_movemask_epi8(_mm_or_si128(stop, digit));
		guint follows = (guint)_mm_movemask_epi8(
			_mm_cmpeq_epi8(_mm_and_si128(v, top), continuation));
		if (stops == 0) {
			*chars += 16 - cf_utf8_ones16(follows);
			continue;
		}
		guint at = (guint)__builtin_ctz(stops);
		*chars += at - cf_utf8_ones16(follows & ((1u << at) - 1));
		return i + at;
	}
#endif
	for (; i < length; i++) {
		guchar u = (guchar)text[i];
		if ((u >= '0' && u <= '9') || u == a || u == b || u == c || u == d)
			return i;
		if ((u & 0xC0) != 0x80)
			(*chars)++;
	}
	return length;
}

/* The first occurrence of @needle (@m bytes) in @text (@n bytes), or NULL; @text itself for
 * an empty needle, as memmem().  Anchored on the needle's last byte, which memchr() finds
 * sixteen or more bytes a step: in Chinese text that byte is a UTF-8 continuation byte, one
 * of 64, and seldom there, where a lead byte (E4–E9) begins every character.  For the short
 * words looked for in headings, labels and clauses it beats memmem(), which builds a shift
 * table on every call, and strstr(), whose vectorised pass stops at the needle's first
 * bytes and, stopping too often, falls back to going byte by byte. */
static inline const char *
cf_utf8_find(const char *text, gsize n, const char *needle, gsize m)
{
	if (m == 0)
		return text;
	if (m > n)
		return NULL;
	const char *p = text + m - 1, *end = text + n;
	while ((p = memchr(p, needle[m - 1], (gsize)(end - p))) != NULL) {
		if (memcmp(p - (m - 1), needle, m - 1) == 0)
			return p - (m - 1);
		p++;
	}
	return NULL;
}

G_END_DECLS
