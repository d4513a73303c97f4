/* cf-json.c — the few JSON primitives the renderers share. */
#include "report/cf-report.h"

#include <string.h>

#include "model/cf-simd.h"
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

/* Past the leading 8-byte words of [p, end) that need no escaping: no byte below 0x20, none
 * from 0x80 up, no '"' and no '\\'.  File paths and ASCII text go eight bytes a step. */
static inline const guchar *
skip_plain_words(const guchar *p, const guchar *end)
{
	while (end - p >= 8) {
		guint64 w;
		memcpy(&w, p, 8);
		if ((cf_json_word_escape_bits(w) | (w & CF_JSON_HIGHS)) != 0) /* or a high bit */
			break;
		p += 8;
	}
	return p;
}

/* Past the leading bytes of [p, end) that need no escaping, for text known to be valid
 * UTF-8: its multi-byte characters need no checking either, so CJK text goes sixteen (with
 * SSE2) or eight bytes a step too. */
static inline const guchar *
skip_plain_valid(const guchar *p, const guchar *end)
{
#ifdef __SSE2__
	while (end - p >= 16) {
		int mask =
			cf_json_sse2_escape_mask(_mm_loadu_si128((const __m128i *)(const void *)p));
		if (mask != 0)
			return p + __builtin_ctz((unsigned)mask);
		p += 16;
	}
#endif
	while (end - p >= 8) {
		guint64 w;
		memcpy(&w, p, 8);
		if (cf_json_word_needs_escape(w))
			break;
		p += 8;
	}
	while (p < end && *p >= 0x20 && *p != '"' && *p != '\\')
		p++;
	return p;
}

#ifdef __SSE2__
/* The length of the leading whole characters of the 16 bytes at @p (at a character's start)
 * when they all need no escaping and no checking past their bytes' classes, else 0: ASCII
 * but for '"', '\\' and controls, and three-byte characters led by E1-EC, EE or EF (not E0,
 * whose overlong forms, nor ED, whose surrogates are not valid) with two continuation bytes.
 * A character cut by the end of the 16 bytes is left out (14 or 15).  Mixed CJK and ASCII
 * text, as in most messages and source lines, goes sixteen bytes a step this way. */
static inline gsize
plain_block_length(const guchar *p)
{
	__m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
	__m128i from_e1 = _mm_sub_epi8(v, _mm_set1_epi8((char)0xe1));
	/* E1-EF: below 0x0f after the subtraction, as unsigned bytes */
	__m128i lead = _mm_cmpeq_epi8(_mm_min_epu8(from_e1, _mm_set1_epi8(0x0e)), from_e1);
	__m128i ed = _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xed));
	__m128i continuation = _mm_cmpeq_epi8(_mm_and_si128(v, _mm_set1_epi8((char)0xc0)),
					      _mm_set1_epi8((char)0x80));
	unsigned leads = (unsigned)(_mm_movemask_epi8(lead) & ~_mm_movemask_epi8(ed));
	unsigned continuations = (unsigned)_mm_movemask_epi8(continuation);
	unsigned ascii = ~(unsigned)(_mm_movemask_epi8(v) | cf_json_sse2_escape_mask(v)) & 0xffff;
	/* where continuation bytes must be: none of them a lead byte or ASCII, even past the
	 * characters taken (a character they take may not end in one cut off) */
	unsigned expected = (leads << 1 | leads << 2) & 0xffff;
	gsize length = leads & 0x4000 ? 14 : leads & 0x8000 ? 15 : 16;
	unsigned in = (1u << length) - 1;
	if (((ascii | leads | continuations) & in) != in ||
	    (continuations & in) != (expected & in) || (expected & (leads | ascii)) != 0)
		return 0;
	return length;
}
#endif

/* Past the characters at @p that need no escaping, checked as UTF-8 (a sequence that starts
 * before @stop is taken whole, up to @end). */
static inline const guchar *
skip_plain_characters(const guchar *p, const guchar *stop, const guchar *end)
{
	for (;;) {
#ifdef __SSE2__
		while (stop - p >= 16) {
			gsize n = plain_block_length(p);
			if (n == 0)
				break;
			p += n;
		}
#endif
		while (p < stop && *p >= 0x20 && *p < 0x80 && *p != '"' && *p != '\\')
			p++;
		if (p >= stop || *p < 0x80)
			return p;
		/* most text is CJK: three-byte sequences led by E1-EC, where only the
		 * continuation bytes need checking */
		while (p < stop && end - p >= 3 && p[0] >= 0xe1 && p[0] <= 0xec &&
		       (p[1] & 0xc0) == 0x80 && (p[2] & 0xc0) == 0x80)
			p += 3;
		if (p >= stop)
			return p;
		if (*p < 0x80)
			continue;
		gsize k = utf8_sequence_length(p, end - p);
		if (k == 0)
			return p;
		p += k;
	}
}

/* The escape of @c, a byte that needs one in a JSON string (below 0x20, '"' or '\\'; or a
 * byte from 0x80 up that is not valid UTF-8 here: U+FFFD, keeping the JSON valid and the
 * loss visible), at @cursor; returns the cursor after it (at most six bytes). */
static inline char *
put_escape(char *cursor, guchar c)
{
	switch (c) {
	case '"':
		return CF_CURSOR_PUT_LITERAL(cursor, "\\\"");
	case '\\':
		return CF_CURSOR_PUT_LITERAL(cursor, "\\\\");
	case '\n':
		return CF_CURSOR_PUT_LITERAL(cursor, "\\n");
	case '\t':
		return CF_CURSOR_PUT_LITERAL(cursor, "\\t");
	case '\r':
		return CF_CURSOR_PUT_LITERAL(cursor, "\\r");
	case '\b':
		return CF_CURSOR_PUT_LITERAL(cursor, "\\b");
	case '\f':
		return CF_CURSOR_PUT_LITERAL(cursor, "\\f");
	default:
		if (c >= 0x80)
			return CF_CURSOR_PUT_LITERAL(cursor, "\\ufffd");
		char u[6] = {'\\', 'u', '0', '0', hex_digits[c >> 4], hex_digits[c & 0xf]};
		return cf_cursor_put(cursor, u, 6);
	}
}

/* Escapes the text from *@pp on while it is before @stop (a UTF-8 sequence that starts
 * before @stop is taken whole, up to @end) to @cursor, which has room for six bytes per
 * input byte; returns the cursor after what it wrote and leaves *@pp where it stopped.
 * @valid: the whole text is known to be valid UTF-8 (the output is the same either way). */
static char *
escape_some(char *cursor, const guchar **pp, const guchar *stop, const guchar *end,
	    gboolean valid)
{
	const guchar *p = *pp;
	while (p < stop) {
		/* copy the longest run that needs no escaping (valid UTF-8 included) in one go */
		const guchar *run = p;
		if (valid) {
			/* only ASCII bytes need escaping: the run may end inside a character (at
			 * @stop), the next one goes on with its other bytes */
			p = skip_plain_valid(p, stop);
		} else {
			p = skip_plain_words(p, stop);
			p = skip_plain_characters(p, stop, end);
		}
		if (p > run)
			cursor = cf_cursor_copy(cursor, (const char *)run, (gsize)(p - run));
		if (p >= stop)
			break;
		cursor = put_escape(cursor, *p++);
	}
	*pp = p;
	return cursor;
}

static char *
write_string(char *cursor, const char *text, gsize n, gboolean valid)
{
	if (valid)
		return cf_json_write_valid_string(cursor, text, n);
	if (text == NULL)
		return CF_CURSOR_PUT_LITERAL(cursor, "null");
	const guchar *p = (const guchar *)text;
	*cursor++ = '"';
	cursor = escape_some(cursor, &p, p + n, p + n, FALSE);
	*cursor++ = '"';
	return cursor;
}

char *
cf_json_write_string(char *cursor, const char *text, gsize n)
{
	return write_string(cursor, text, n, FALSE);
}

#ifdef CF_SIMD
/* cf_json_use_avx2() */
static gboolean avx2_allowed = TRUE;

/* The bytes of @v to escape in valid UTF-8 (below 0x20, '"', '\\'), a bit each. */
__attribute__((target("avx2"))) static inline guint
escape_mask32(CfBytes32 v)
{
	CfBytes32 special = (CfBytes32)((CfUBytes32)v < 0x20) | (v == '"') | (v == '\\');
	return cf_simd_movemask32(special);
}

/* The first step of cf_json_write_valid_escaped() on CPUs with AVX2: while 32 bytes are
 * left, each block of 32 is stored whole, and the cursor goes on to its first byte to escape
 * (escaped; the next block starts after it) or past it; leaves *@pp where it stopped. */
__attribute__((target("avx2"))) static char *
write_valid_escaped_avx2(char *cursor, const guchar **pp, const guchar *end)
{
	const guchar *p = *pp;
	while (end - p >= 32) {
		CfBytes32 v;
		memcpy(&v, p, 32);
		memcpy(cursor, &v, 32);
		guint mask = escape_mask32(v);
		if (mask == 0) {
			p += 32;
			cursor += 32;
			continue;
		}
		guint k = (guint)__builtin_ctz(mask);
		cursor = put_escape(cursor + k, p[k]);
		p += k + 1;
	}
	*pp = p;
	return cursor;
}
#endif

void
cf_json_use_avx2(gboolean use)
{
#ifdef CF_SIMD
	avx2_allowed = use;
#else
	(void)use;
#endif
}

/* One pass, sixteen (or 32) bytes a step: each block is stored whole, then the cursor goes
 * to its first byte to escape (if any), which is escaped, and the next block starts after
 * it; the last bytes are checked in the sixteen that end the text.  A store may write up to
 * 32 bytes past what it keeps, always inside the six bytes a byte the caller has room for. */
char *
cf_json_write_valid_escaped(char *cursor, const char *text, gsize n)
{
	const guchar *p = (const guchar *)text, *end = p + n;
#ifdef __SSE2__
	if (n >= 16) {
#ifdef CF_SIMD
		if (n >= 32 && avx2_allowed && cf_simd_cpu_avx2())
			cursor = write_valid_escaped_avx2(cursor, &p, end);
#endif
		/* by index from here: the bytes left, n - i, are then known below 16 after the
		 * loop of blocks */
		gsize i = (gsize)(p - (const guchar *)text);
		for (;;) {
			while (n - i >= 16) {
				__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(text + i));
				_mm_storeu_si128((__m128i *)(void *)cursor, v);
				unsigned mask = (unsigned)cf_json_sse2_escape_mask(v);
				if (mask == 0) {
					i += 16;
					cursor += 16;
					continue;
				}
				unsigned k = (unsigned)__builtin_ctz(mask);
				cursor = put_escape(cursor + k, (guchar)text[i + k]);
				i += k + 1;
			}
			gsize left = n - i;
			if (left == 0)
				return cursor;
			__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(text + n - 16));
			unsigned mask = (unsigned)cf_json_sse2_escape_mask(v) >> (16 - left);
			if (mask == 0)
				return cf_cursor_copy(cursor, text + i, left);
			/* all of them (fewer than 16), the cursor then on to the byte to escape */
			unsigned k = (unsigned)__builtin_ctz(mask);
			cf_cursor_copy(cursor, text + i, left);
			cursor = put_escape(cursor + k, (guchar)text[i + k]);
			i += k + 1;
		}
	}
#endif
	return escape_some(cursor, &p, end, end, TRUE);
}

/* Input bytes escaped per reservation: a 50 MB line needs no 300 MB reserved at once. */
#define APPEND_STRING_CHUNK 4096

static void
append_string(GString *out, const char *text, gssize length, gboolean valid)
{
	if (text == NULL) {
		CF_BUFFER_PUT_LITERAL(out, "null");
		return;
	}
	gsize n = length < 0 ? strlen(text) : (gsize)length;
	const guchar *p = (const guchar *)text;
	const guchar *end = p + n;
	if (n <= APPEND_STRING_CHUNK) {
		char *cursor = cf_buffer_begin(out, CF_JSON_STRING_MAX(n));
		cf_buffer_end(out, write_string(cursor, text, n, valid));
		return;
	}
	cf_buffer_put_c(out, '"');
	while (p < end) {
		/* a sequence starting before the stop may reach three bytes past it */
		const guchar *stop = p + MIN((gsize)(end - p), APPEND_STRING_CHUNK);
		char *cursor = cf_buffer_begin(out, 6 * (gsize)(stop - p + 3));
		cf_buffer_end(out, escape_some(cursor, &p, stop, end, valid));
	}
	cf_buffer_put_c(out, '"');
}

void
cf_json_append_string(GString *out, const char *text, gssize length)
{
	append_string(out, text, length, FALSE);
}

void
cf_json_append_valid_string(GString *out, const char *text, gsize length)
{
	append_string(out, text, (gssize)length, TRUE);
}

const char cf_json_digit_pairs[201] = "00010203040506070809101112131415161718192021222324"
				      "25262728293031323334353637383940414243444546474849"
				      "50515253545556575859606162636465666768697071727374"
				      "75767778798081828384858687888990919293949596979899";

/* The number of decimal digits of @value (1 for 0). */
static int
digit_count(guint64 value)
{
	int n = 1;
	for (; value >= 100; value /= 100)
		n += 2;
	return n + (value >= 10);
}

/* Writes the @count lowest decimal digits of *@value (leading zeros included) so that they
 * end at @end, two a step, and divides *@value by 10^count. */
static void
put_digits_before(char *end, guint64 *value, int count)
{
	guint64 v = *value;
	for (; count >= 2; count -= 2) {
		guint pair = (guint)(v % 100);
		v /= 100;
		end -= 2;
		memcpy(end, cf_json_digit_pairs + 2 * pair, 2);
	}
	if (count > 0) {
		*--end = (char)('0' + v % 10);
		v /= 10;
	}
	*value = v;
}

char *
cf_json_write_uint_general(char *cursor, guint64 value)
{
	int n = digit_count(value);
	put_digits_before(cursor + n, &value, n);
	return cursor + n;
}

char *
cf_json_write_decimal_digits_general(char *cursor, CfDecimal value)
{
	guint64 m =
		value.mantissa < 0 ? (guint64)0 - (guint64)value.mantissa : (guint64)value.mantissa;
	int scale = value.scale > 0 ? MIN(value.scale, CF_DECIMAL_MAX_SCALE) : 0;
	int n = digit_count(m);
	if (value.mantissa < 0)
		*cursor++ = '-';
	if (scale == 0)
		return cf_json_write_uint_general(cursor, m);
	if (n <= scale) {
		/* "0." and the digits with their leading zeros */
		cursor[0] = '0';
		cursor[1] = '.';
		put_digits_before(cursor + 2 + scale, &m, scale);
		return cursor + 2 + scale;
	}
	put_digits_before(cursor + n + 1, &m, scale);
	cursor[n - scale] = '.';
	put_digits_before(cursor + n - scale, &m, n - scale);
	return cursor + n + 1;
}

void
cf_json_append_uint(GString *out, guint64 value)
{
	char *cursor = cf_buffer_begin(out, CF_JSON_UINT_MAX);
	cf_buffer_end(out, cf_json_write_uint(cursor, value));
}

void
cf_json_append_int(GString *out, gint64 value, gboolean negative_is_null)
{
	char *cursor = cf_buffer_begin(out, CF_JSON_UINT_MAX + 1);
	cf_buffer_end(out, cf_json_write_int(cursor, value, negative_is_null));
}

void
cf_json_append_decimal_digits(GString *out, CfDecimal value)
{
	char *cursor = cf_buffer_begin(out, CF_JSON_DECIMAL_MAX);
	cf_buffer_end(out, cf_json_write_decimal_digits(cursor, value));
}

void
cf_json_append_decimal(GString *out, CfDecimal value)
{
	char *cursor = cf_buffer_begin(out, CF_JSON_DECIMAL_MAX);
	cf_buffer_end(out, cf_json_write_decimal(cursor, value));
}
