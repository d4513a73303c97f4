/* cf-segment-text.c — small byte-level helpers over doc->norm shared by the segmenter. */
#include "segment/cf-segment-private.h"
#include "model/cf-utf8.h"

#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* Byte length of the whitespace character that ends just before @p, 0 if none. */
static gsize
space_length_before(const char *begin, const char *p)
{
	if (p <= begin)
		return 0;
	char c = p[-1];
	if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
		return 1;
	if (p - begin >= 2 && (guchar)p[-2] == 0xC2 && (guchar)p[-1] == 0xA0)
		return 2;
	if (p - begin >= 3 && (guchar)p[-3] == 0xE3 && (guchar)p[-2] == 0x80 &&
	    (guchar)p[-1] == 0x80)
		return 3;
	return 0;
}

void
cf_segment_trim_general(const char *norm, gsize *start, gsize *end)
{
	const char *p = norm + *start;
	const char *e = norm + *end;
	for (;;) {
		/* whitespace starts with one of these bytes: the usual first byte settles it */
		if (p < e && !cf_segment_may_start_space((guchar)*p))
			break;
		gsize n = *p == '\n' && p < e ? 1 : cf_segment_space_length(p, e);
		if (n == 0)
			break;
		p += n;
	}
	for (;;) {
		/* and ends with one of these */
		guchar c = e > p ? (guchar)e[-1] : 0;
		if (c > ' ' && c != 0xA0 && c != 0x80)
			break;
		gsize n = space_length_before(p, e);
		if (n == 0)
			break;
		e -= n;
	}
	*start = (gsize)(p - norm);
	*end = (gsize)(e - norm);
}

gsize
cf_segment_skip_artefacts_general(const char *norm, gsize start, gsize end)
{
	static const char bookmark[] = "[bookmark:";
	for (;;) {
		gsize s = start, e = end;
		cf_segment_trim(norm, &s, &e);
		start = s;
		if (!cf_segment_has_prefix(norm, start, end, bookmark))
			return start;
		/* the artefact ends at its bracket; an unclosed one is text */
		const char *close = memchr(norm + start, ']', end - start);
		if (close == NULL)
			return start;
		start = (gsize)(close - norm) + 1;
	}
}

/* cf_segment_count_visible_max() from @p on, @count already counted. */
static guint
count_visible_from(const char *p, const char *e, guint count, guint max)
{
	while (p < e && count <= max) {
		/* printable ASCII but the space, and lead bytes E4-E9 (CJK ideographs): one
		 * visible character each, whatever follows (what g_utf8_next_char() steps over) */
		guchar c = (guchar)*p;
		if (c > ' ' && c < 0x7F) {
			count++;
			p++;
			continue;
		}
		if (c >= 0xE4 && c <= 0xE9) {
			count++;
			p = MIN(p + 3, e);
			continue;
		}
		gsize n = *p == '\n' ? 1 : cf_segment_space_length(p, e);
		if (n > 0) {
			p += n;
			continue;
		}
		count++;
		p = MIN(g_utf8_next_char(p), e);
	}
	return count;
}

guint
cf_segment_count_visible_max(const char *norm, gsize start, gsize end, guint max)
{
	return count_visible_from(norm + start, norm + end, 0, max);
}

#ifdef __SSE2__
/* 0xFF for each of the 16 bytes at @p that starts a visible character of valid UTF-8: not a
 * continuation byte, and not whitespace (cf_segment_space_length(), line ends), which is
 * known at its first byte from it and the two after it (read up to @p + 17). */
static inline __m128i
visible_starts(const char *p)
{
	__m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
	__m128i v1 = _mm_loadu_si128((const __m128i *)(const void *)(p + 1));
	__m128i v2 = _mm_loadu_si128((const __m128i *)(const void *)(p + 2));
	__m128i starts = _mm_cmpgt_epi8(v, _mm_set1_epi8((char)0xBF)); /* signed: not 80-BF */
	__m128i space = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')),
						  _mm_cmpeq_epi8(v, _mm_set1_epi8('\t'))),
				     _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\r')),
						  _mm_cmpeq_epi8(v, _mm_set1_epi8('\n'))));
	__m128i nbsp = _mm_and_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xC2)),
				     _mm_cmpeq_epi8(v1, _mm_set1_epi8((char)0xA0)));
	__m128i ideographic =
		_mm_and_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xE3)),
			      _mm_and_si128(_mm_cmpeq_epi8(v1, _mm_set1_epi8((char)0x80)),
					    _mm_cmpeq_epi8(v2, _mm_set1_epi8((char)0x80))));
	return _mm_andnot_si128(_mm_or_si128(space, _mm_or_si128(nbsp, ideographic)), starts);
}

/* The number of 0xFF bytes of @mask (0x00 or 0xFF each). */
static inline guint
count_marked(__m128i mask)
{
	__m128i sums = _mm_sad_epu8(_mm_sub_epi8(_mm_setzero_si128(), mask), _mm_setzero_si128());
	return (guint)_mm_cvtsi128_si32(sums) + (guint)_mm_extract_epi16(sums, 4);
}

/* Whether the byte at @p starts a visible character of valid UTF-8 when the text ends at
 * most two bytes after it (@e): NBSP is whitespace only when whole, U+3000 never fits. */
static inline guint
visible_start_near_end(const char *p, const char *e)
{
	guchar c = (guchar)*p;
	if ((c & 0xC0) == 0x80 || c == ' ' || c == '\t' || c == '\r' || c == '\n')
		return 0;
	return !(c == 0xC2 && e - p >= 2 && (guchar)p[1] == 0xA0);
}
#endif

guint
cf_segment_count_visible_max_valid(const char *norm, gsize start, gsize end, guint max)
{
	const char *p = norm + start, *e = norm + end;
#ifdef __SSE2__
	/* In valid UTF-8 every character has one byte that is not a continuation byte: counted
	 * there, 16 bytes a step.  Continuation bytes before the first character count one
	 * each, as in the walk (which steps over them one by one). */
	guint count = 0;
	while (p < e && ((guchar)*p & 0xC0) == 0x80) {
		count++;
		p++;
	}
	if (e - p < 18)
		return MIN(count_visible_from(p, e, count, max), max + 1);
	for (; e - p >= 18 && count <= max; p += 16)
		count += count_marked(visible_starts(p));
	if (count > max)
		return max + 1;
	/* the block ending two bytes before the end, the bytes counted already masked off,
	 * then the last two bytes */
	static const char after[32] = {0,    0,    0,    0,    0,    0,    0,    0,
				       0,    0,    0,    0,    0,    0,    0,    0,
				       -1,   -1,   -1,   -1,   -1,   -1,   -1,   -1,
				       -1,   -1,   -1,   -1,   -1,   -1,   -1,   -1};
	const char *q = e - 18;
	__m128i fresh = _mm_loadu_si128((const __m128i *)(const void *)(after + 16 - (p - q)));
	count += count_marked(_mm_and_si128(visible_starts(q), fresh));
	count += visible_start_near_end(e - 2, e) + visible_start_near_end(e - 1, e);
	return MIN(count, max + 1);
#else
	return count_visible_from(p, e, 0, max);
#endif
}

guint
cf_segment_count_visible(const char *norm, gsize start, gsize end)
{
	return cf_segment_count_visible_max(norm, start, end, G_MAXUINT - 1);
}

gsize
cf_segment_find(const char *norm, gsize start, gsize end, const char *needle)
{
	/* needles are a word or two, looked for in every 本 of a report's opening
	 * (first_self_year()): cf_utf8_find() spares memmem()'s set-up */
	if (end <= start)
		return G_MAXSIZE;
	const char *p = cf_utf8_find(norm + start, end - start, needle, strlen(needle));
	return p != NULL ? (gsize)(p - norm) : G_MAXSIZE;
}

/* With @valid, the text after a character that is no whitespace is copied whole up to the
 * next byte that may begin whitespace or a line end (cf_segment_may_start_space(): in valid
 * UTF-8 never a continuation byte, so the run ends where a character begins), not character
 * by character. */
char *
cf_segment_dup_compact_text(const char *norm, gsize start, gsize end, gboolean valid)
{
	/* never longer than the text: written straight into one buffer */
	char *out = g_malloc(end - start + 1);
	gsize len = 0;
	const char *p = norm + start;
	const char *e = norm + end;
	gboolean pending_space = FALSE;
	while (p < e) {
		gsize n = *p == '\n' ? 1 : cf_segment_space_length(p, e);
		if (n > 0) {
			pending_space = TRUE;
			p += n;
			continue;
		}
		/* Chinese text wraps without spaces; only Latin words need one kept */
		if (pending_space && len > 0 && g_ascii_isalnum(out[len - 1]) && g_ascii_isalnum(*p))
			out[len++] = ' ';
		pending_space = FALSE;
		if (valid) {
			const char *run = p++;
			while (p < e && !cf_segment_may_start_space((guchar)*p))
				p++;
			memcpy(out + len, run, (gsize)(p - run));
			len += (gsize)(p - run);
			continue;
		}
		const char *next = MIN(g_utf8_next_char(p), e);
		do /* one to four bytes: no call to memcpy */
			out[len++] = *p++;
		while (p < next);
	}
	out[len] = '\0';
	return out;
}

char *
cf_segment_dup_compact(const char *norm, gsize start, gsize end)
{
	return cf_segment_dup_compact_text(norm, start, end, FALSE);
}
