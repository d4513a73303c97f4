/* cf-buffer.h — appending to a GString without a function call per piece.
 *
 * Renderers write hundreds of megabytes in small pieces (a key, a digit run, a quote); GLib's
 * g_string_append_len() is an out-of-line call each time.  These inline helpers copy straight
 * into the string's buffer and only call GLib to grow it.  Private to src/report/. */
#pragma once

#include <string.h>

#include <glib.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "model/cf-decimal.h"

/* Makes room for @n more bytes (plus the NUL) without changing out->len. */
static inline void
cf_buffer_reserve(GString *out, gsize n)
{
	if (G_UNLIKELY(out->len + n >= out->allocated_len)) {
		gsize len = out->len;
		g_string_set_size(out, len + n); /* grows the allocation geometrically */
		g_string_truncate(out, len);
	}
}

static inline void
cf_buffer_put(GString *out, const char *bytes, gsize n)
{
	cf_buffer_reserve(out, n);
	memcpy(out->str + out->len, bytes, n);
	out->len += n;
	out->str[out->len] = '\0';
}

static inline void
cf_buffer_put_c(GString *out, char c)
{
	cf_buffer_reserve(out, 1);
	out->str[out->len++] = c;
	out->str[out->len] = '\0';
}

static inline void
cf_buffer_put_str(GString *out, const char *text)
{
	cf_buffer_put(out, text, strlen(text));
}

/* Writing through a cursor: cf_buffer_begin() makes room for at most @n bytes and returns
 * where they go; cf_buffer_end() takes the cursor past the last byte written.  For a record
 * of many small pieces whose size is bounded in advance: one check for all of them. */
static inline char *
cf_buffer_begin(GString *out, gsize n)
{
	cf_buffer_reserve(out, n);
	return out->str + out->len;
}

static inline void
cf_buffer_end(GString *out, char *cursor)
{
	out->len = (gsize)(cursor - out->str);
	out->str[out->len] = '\0';
}

/* Copies @n bytes to @cursor; returns the cursor past them. */
static inline char *
cf_cursor_put(char *cursor, const char *bytes, gsize n)
{
	memcpy(cursor, bytes, n);
	return cursor + n;
}

/* The same for @n not known at compile time and often small: whole words that may overlap
 * below 16 bytes, where a memcpy() call would cost more than the copy; a call from 16 on. */
static inline char *
cf_cursor_copy(char *cursor, const char *bytes, gsize n)
{
	if (n >= 16) {
		memcpy(cursor, bytes, n);
	} else if (n >= 8) {
		guint64 first, last;
		memcpy(&first, bytes, 8);
		memcpy(&last, bytes + n - 8, 8);
		memcpy(cursor, &first, 8);
		memcpy(cursor + n - 8, &last, 8);
	} else if (n >= 4) {
		guint32 first, last;
		memcpy(&first, bytes, 4);
		memcpy(&last, bytes + n - 4, 4);
		memcpy(cursor, &first, 4);
		memcpy(cursor + n - 4, &last, 4);
	} else if (n > 0) {
		cursor[0] = bytes[0];
		cursor[n / 2] = bytes[n / 2];
		cursor[n - 1] = bytes[n - 1];
	}
	return cursor + n;
}

#define CF_CURSOR_PUT_LITERAL(cursor, literal) \
	cf_cursor_put((cursor), "" literal, sizeof(literal) - 1)

/* Bounds of what the cf_json_write_* functions write: a number may write (zero) bytes past
 * its text, in whole words, but never past its bound. */
#define CF_JSON_STRING_MAX(n) (6 * (gsize)(n) + 2) /* every byte \u00XX, and the quotes */
#define CF_JSON_UINT_MAX 24                        /* 20 digits, rounded up */
#define CF_JSON_DECIMAL_MAX 48 /* sign, "0." and 18 digits or sign, 20 digits and '.'; quotes */

/* ---- strings ---- */

#define CF_JSON_ONES G_GUINT64_CONSTANT(0x0101010101010101)
#define CF_JSON_HIGHS G_GUINT64_CONSTANT(0x8080808080808080)

/* The high bit of each byte of @w that is below 0x20, a '"' or a '\\' (and maybe of bytes
 * from 0x80 up, which the callers rule out or take as they are). */
static inline guint64
cf_json_word_escape_bits(guint64 w)
{
	guint64 quote = w ^ (CF_JSON_ONES * '"'), backslash = w ^ (CF_JSON_ONES * '\\');
	guint64 special = ((w - CF_JSON_ONES * 0x20) & ~w) |         /* a byte below 0x20 */
			  ((quote - CF_JSON_ONES) & ~quote) |        /* a '"' */
			  ((backslash - CF_JSON_ONES) & ~backslash); /* a '\\' */
	return special & CF_JSON_HIGHS;
}

/* Whether the 8 bytes of @w hold a byte below 0x20, a '"' or a '\\': the bytes to escape in
 * text known to be valid UTF-8. */
static inline gboolean
cf_json_word_needs_escape(guint64 w)
{
	return cf_json_word_escape_bits(w) != 0;
}

#ifdef __SSE2__
/* One bit per byte of @v that is below 0x20, a '"' or a '\\'. */
static inline int
cf_json_sse2_escape_mask(__m128i v)
{
	__m128i low = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1f)), v);
	__m128i quote = _mm_cmpeq_epi8(v, _mm_set1_epi8('"'));
	__m128i backslash = _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'));
	return _mm_movemask_epi8(_mm_or_si128(low, _mm_or_si128(quote, backslash)));
}
#endif

/* Copies @text[0, n) to @cursor when none of its bytes needs escaping in a JSON string of
 * valid UTF-8 (no byte below 0x20, no '"', no '\\') and returns the cursor after them; NULL
 * when one does.  Writes nothing outside [cursor, cursor + n).  Whatever the length, a few
 * whole-word steps (the first and last word may overlap): no loop over bytes. */
static inline char *
cf_cursor_put_plain(char *cursor, const char *text, gsize n)
{
#ifdef __SSE2__
	if (n >= 16) {
		for (gsize i = 0; i + 16 < n; i += 16) {
			__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(text + i));
			if (cf_json_sse2_escape_mask(v) != 0)
				return NULL;
			_mm_storeu_si128((__m128i *)(void *)(cursor + i), v);
		}
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(text + n - 16));
		if (cf_json_sse2_escape_mask(v) != 0)
			return NULL;
		_mm_storeu_si128((__m128i *)(void *)(cursor + n - 16), v);
		return cursor + n;
	}
#endif
	if (n >= 8) {
		guint64 w;
		for (gsize i = 0; i + 8 < n; i += 8) {
			memcpy(&w, text + i, 8);
			if (cf_json_word_needs_escape(w))
				return NULL;
			memcpy(cursor + i, &w, 8);
		}
		memcpy(&w, text + n - 8, 8);
		if (cf_json_word_needs_escape(w))
			return NULL;
		memcpy(cursor + n - 8, &w, 8);
		return cursor + n;
	}
	if (n >= 4) {
		guint32 first, last;
		memcpy(&first, text, 4);
		memcpy(&last, text + n - 4, 4);
		if (cf_json_word_needs_escape((guint64)first | (guint64)last << 32))
			return NULL;
		memcpy(cursor, &first, 4);
		memcpy(cursor + n - 4, &last, 4);
		return cursor + n;
	}
	for (gsize i = 0; i < n; i++) {
		guchar c = (guchar)text[i];
		if (c < 0x20 || c == '"' || c == '\\')
			return NULL;
		cursor[i] = (char)c;
	}
	return cursor + n;
}

/* A JSON string literal of @text[0, n) (NULL: null) at @cursor; returns the cursor after. */
char *cf_json_write_string(char *cursor, const char *text, gsize n);

/* The escaped text of @text[0, n), known to be valid UTF-8, without quotes (cf-json.c). */
char *cf_json_write_valid_escaped(char *cursor, const char *text, gsize n);

/* The same as cf_json_write_string() for @text known to be valid UTF-8, faster: text with
 * nothing to escape (most of it) is copied in whole words, inline. */
static inline char *
cf_json_write_valid_string(char *cursor, const char *text, gsize n)
{
	if (text == NULL)
		return CF_CURSOR_PUT_LITERAL(cursor, "null");
	*cursor++ = '"';
	char *end = cf_cursor_put_plain(cursor, text, n);
	if (G_UNLIKELY(end == NULL))
		end = cf_json_write_valid_escaped(cursor, text, n);
	*end++ = '"';
	return end;
}

/* ---- numbers ---- */

/* "00" "01" … "99" (cf-json.c) */
extern const char cf_json_digit_pairs[201];

/* The general writers (cf-json.c): any value, two digits a step.  The inline writers below
 * hand them what their fast paths do not take. */
char *cf_json_write_uint_general(char *cursor, guint64 value);
char *cf_json_write_decimal_digits_general(char *cursor, CfDecimal value);

#if G_BYTE_ORDER == G_LITTLE_ENDIAN
#define CF_JSON_EIGHT_DIGITS 1
/* The eight decimal digits of @value (below 10^8, leading zeros included) as byte values
 * 0-9 in one word, the first digit in the lowest byte: halves of four digits, then pairs,
 * then digits, each step one multiplication for all the lanes (numbers below 10^4 skip the
 * split into halves). */
static inline guint64
cf_json_digit_values(guint32 value)
{
	guint64 x = value < 10000 ? (guint64)value << 32
				  : (value / 10000) | (guint64)(value % 10000) << 32;
	guint64 q = ((x * 10486) >> 20) & G_GUINT64_CONSTANT(0x0000007f0000007f); /* n / 100 */
	x = q | (x - q * 100) << 16;
	q = ((x * 103) >> 10) & G_GUINT64_CONSTANT(0x000f000f000f000f); /* n / 10 */
	return q | (x - q * 10) << 8;
}

/* The number of digits of @values (cf_json_digit_values()) from its first non-zero one: 1
 * for 0. */
static inline int
cf_json_digit_values_count(guint64 values)
{
	/* a bit in the last digit's byte stands for 0's one digit and changes no other count */
	return 8 - (__builtin_ctzll(values | (guint64)1 << 56) >> 3);
}

/* Writes the last @n (1 to 8) of the digits @values as ASCII at @cursor and zeros after
 * them, eight bytes in all. */
static inline void
cf_json_put_last_digits(char *cursor, guint64 values, int n)
{
	guint64 ascii = (values + CF_JSON_ONES * '0') >> (64 - 8 * n);
	memcpy(cursor, &ascii, 8);
}
#define CF_JSON_FAST_DIGITS_BELOW 100000000 /* 10^8 */
#else
#define CF_JSON_FAST_DIGITS_BELOW 0
#endif

/* Numbers are always inline (here and below): the renderers write several per record, and
 * the call was a fifth of a number's cost. */
G_ALWAYS_INLINE static inline char *
cf_json_write_uint(char *cursor, guint64 value)
{
	if (value < 100) {
		/* most numbers (lines, columns, lengths): one pair, its first digit dropped
		 * below 10 (two bytes written either way) */
		memcpy(cursor, cf_json_digit_pairs + 2 * value + (value < 10), 2);
		return cursor + 1 + (value >= 10);
	}
#ifdef CF_JSON_EIGHT_DIGITS
	if (value < CF_JSON_FAST_DIGITS_BELOW) {
		guint64 values = cf_json_digit_values((guint32)value);
		int n = cf_json_digit_values_count(values);
		cf_json_put_last_digits(cursor, values, n);
		return cursor + n;
	}
#endif
	return cf_json_write_uint_general(cursor, value);
}

/* At most CF_JSON_UINT_MAX + 1 bytes. */
G_ALWAYS_INLINE static inline char *
cf_json_write_int(char *cursor, gint64 value, gboolean negative_is_null)
{
	if (value >= 0)
		return cf_json_write_uint(cursor, (guint64)value);
	if (negative_is_null)
		return CF_CURSOR_PUT_LITERAL(cursor, "null");
	*cursor++ = '-';
	return cf_json_write_uint(cursor, (guint64)0 - (guint64)value);
}

/* The text of cf_decimal_append() (scale kept: 25.20 stays 25.20), without quotes. */
G_ALWAYS_INLINE static inline char *
cf_json_write_decimal_digits(char *cursor, CfDecimal value)
{
	guint64 m =
		value.mantissa < 0 ? (guint64)0 - (guint64)value.mantissa : (guint64)value.mantissa;
	if (value.scale <= 0 || (m < CF_JSON_FAST_DIGITS_BELOW && value.scale <= 8)) {
		if (value.mantissa < 0)
			*cursor++ = '-';
		if (value.scale <= 0)
			return cf_json_write_uint(cursor, m);
#ifdef CF_JSON_EIGHT_DIGITS
		int scale = value.scale;
		guint64 values = cf_json_digit_values((guint32)m);
		int n = cf_json_digit_values_count(values);
		if (n <= scale) {
			/* "0." and the digits with their leading zeros */
			cursor[0] = '0';
			cursor[1] = '.';
			cf_json_put_last_digits(cursor + 2, values, scale);
			return cursor + 2 + scale;
		}
		/* all the digits, then the fraction's moved one place on for the point */
		cf_json_put_last_digits(cursor, values, n);
		cf_json_put_last_digits(cursor + n - scale + 1, values, scale);
		cursor[n - scale] = '.';
		return cursor + n + 1;
#endif
	}
	return cf_json_write_decimal_digits_general(cursor, value);
}

/* The same as a JSON string. */
G_ALWAYS_INLINE static inline char *
cf_json_write_decimal(char *cursor, CfDecimal value)
{
	*cursor++ = '"';
	cursor = cf_json_write_decimal_digits(cursor, value);
	*cursor++ = '"';
	return cursor;
}

/* A string literal, its length known at compile time. */
#define CF_BUFFER_PUT_LITERAL(out, literal) cf_buffer_put((out), "" literal, sizeof(literal) - 1)
