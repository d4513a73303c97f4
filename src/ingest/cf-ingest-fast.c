/* cf-ingest-fast.c — the common case in one pass: clean UTF-8.
 *
 * Most reports are valid UTF-8 with LF or CRLF line ends and no stray control characters.
 * For them detect → decode → normalize → line index (cf-ingest-private.h) is four passes
 * over the text and two copies; this file does the same work in one loop that validates each
 * character, copies it to text, writes its normalised form to norm (the rules of
 * cf-ingest-normalize.c, applied to the source bytes) and records every line.  The first
 * thing it cannot handle alone — an invalid byte, NUL or another control character — makes
 * it give up, and the caller runs the general path from the start, which then reports that
 * byte exactly as before.  So the fast path changes no output, only how soon it is ready. */
#include "ingest/cf-ingest-private.h"

#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* ０-９ (U+FF10-U+FF19) is EF BC 90-99 in UTF-8. */
static inline gboolean
is_wide_digit(const guchar *p, const guchar *end)
{
	return end - p >= 3 && p[0] == 0xEF && p[1] == 0xBC && p[2] >= 0x90 && p[2] <= 0x99;
}

/* Bytes of the digit (0-9 or ０-９) at @p, 0 when there is none. */
static inline gsize
digit_length(const guchar *p, const guchar *end)
{
	if (p < end && *p >= '0' && *p <= '9')
		return 1;
	return is_wide_digit(p, end) ? 3 : 0;
}

/* The full-width comma at @p is a thousands separator after @digit_run digits: exactly three
 * digits follow it, then no further digit (cf-ingest-normalize.c). */
static gboolean
is_thousands_comma(const guchar *p, const guchar *end, guint digit_run)
{
	if (digit_run < 1 || digit_run > 3)
		return FALSE;
	p += 3;
	for (int i = 0; i < 3; i++) {
		gsize n = digit_length(p, end);
		if (n == 0)
			return FALSE;
		p += n;
	}
	return digit_length(p, end) == 0;
}

/* Length of the valid UTF-8 sequence of two or more bytes at @p (lead byte >= 0x80), or 0:
 * the same rules as g_utf8_validate() (no overlong forms, no surrogates, at most U+10FFFF). */
static inline gsize
sequence_length(const guchar *p, const guchar *end)
{
	guchar c = p[0];
	gsize left = (gsize)(end - p);
	if (c >= 0xE1 && c <= 0xEC) {
		/* most CJK text: checked first */
		return left >= 3 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80 ? 3 : 0;
	}
	if (c >= 0xC2 && c <= 0xDF)
		return left >= 2 && (p[1] & 0xC0) == 0x80 ? 2 : 0;
	if (c >= 0xE0 && c <= 0xEF) {
		if (left < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80)
			return 0;
		if (c == 0xE0 && p[1] < 0xA0)
			return 0;
		if (c == 0xED && p[1] >= 0xA0)
			return 0;
		return 3;
	}
	if (c >= 0xF0 && c <= 0xF4) {
		if (left < 4 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 ||
		    (p[3] & 0xC0) != 0x80)
			return 0;
		if (c == 0xF0 && p[1] < 0x90)
			return 0;
		if (c == 0xF4 && p[1] >= 0x90)
			return 0;
		return 4;
	}
	return 0;
}

/* Digits (0-9) right before @n in the normalised text written so far, at most four: the
 * digits (0-9, ０-９) the source has right before the character being read, as full-width
 * digits are written as ASCII ones and nothing else is written as a digit. */
static inline guint
digits_before(const char *norm, const char *n)
{
	guint k = 0;
	while (k < 4 && n > norm && n[-1] >= '0' && n[-1] <= '9') {
		n--;
		k++;
	}
	return k;
}

#define ONES G_GUINT64_CONSTANT(0x0101010101010101)
#define HIGHS G_GUINT64_CONSTANT(0x8080808080808080)

#ifdef __SSE2__
/* Past the 16-byte blocks at @p (a character boundary) made only of printable ASCII and of
 * whole three-byte characters led by E1-EC other than U+3000 (E3 80 80): characters that
 * are valid UTF-8 and copied to norm as they are.  Stops at a character boundary: a
 * character begun in the last block taken is left for the caller.  Whatever it steps over,
 * the per-character loop would copy unchanged too. */
static inline const guchar *
skip_plain_blocks(const guchar *p, const guchar *end)
{
	const __m128i below_space = _mm_set1_epi8(0x1F), delete = _mm_set1_epi8(0x7F),
		      e1 = _mm_set1_epi8((char)0xE1), leads = _mm_set1_epi8(0xEC - 0xE1),
		      top2 = _mm_set1_epi8((char)0xC0), x80 = _mm_set1_epi8((char)0x80),
		      e3 = _mm_set1_epi8((char)0xE3);
	guint carry = 0; /* continuation bytes the previous block's last lead asks of this one */
	while (end - p >= 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)p);
		/* signed compares: bytes from 0x80 up are negative, never ASCII */
		__m128i ascii = _mm_and_si128(_mm_cmpgt_epi8(v, below_space),
					      _mm_cmplt_epi8(v, delete));
		__m128i offset = _mm_sub_epi8(v, e1);
		__m128i lead = _mm_cmpeq_epi8(_mm_min_epu8(offset, leads), offset);
		__m128i cont = _mm_cmpeq_epi8(_mm_and_si128(v, top2), x80);
		guint m_ascii = (guint)_mm_movemask_epi8(ascii);
		guint m_lead = (guint)_mm_movemask_epi8(lead);
		guint m_cont = (guint)_mm_movemask_epi8(cont);
		guint m_e3 = (guint)_mm_movemask_epi8(_mm_cmpeq_epi8(v, e3));
		guint m_80 = (guint)_mm_movemask_epi8(_mm_cmpeq_epi8(v, x80));
		guint wanted = (m_lead << 1) | (m_lead << 2);
		/* U+3000 is normalised: E3 80 80 inside the block, or an E3 whose bytes go on
		 * past it, ends the run */
		guint space = (m_e3 & (m_80 >> 1) & (m_80 >> 2)) | (m_e3 & 0xC000);
		if ((m_ascii | m_lead | m_cont) != 0xFFFF || m_cont != ((wanted | carry) & 0xFFFF) ||
		    space != 0)
			break;
		carry = wanted >> 16;
		p += 16;
	}
	/* a lead at 15 asks for two bytes of the next block, one at 14 for one */
	return carry == 0 ? p : carry == 3 ? p - 1 : p - 2;
}
#endif

/* Past the characters at @p that are copied to text and norm as they are: printable ASCII
 * (eight bytes a step) and CJK ideographs (U+4E00-U+9FFF: E4-E9 and two continuation
 * bytes, valid and with nothing to normalise); 16-byte blocks of those and of other
 * three-byte characters copied unchanged first where SSE2 is there. */
static inline const guchar *
skip_plain(const guchar *p, const guchar *end)
{
	for (;;) {
		const guchar *from = p;
#ifdef __SSE2__
		p = skip_plain_blocks(p, end);
#endif
		/* (b ^ 0x80) < 0x40 for a continuation byte b */
		while (end - p >= 3 && (guchar)(p[0] - 0xE4) < 6 &&
		       ((p[1] ^ 0x80) | (p[2] ^ 0x80)) < 0x40)
			p += 3;
		while (end - p >= 8) {
			guint64 w;
			memcpy(&w, p, 8);
			/* a byte from 0x80 up, below 0x20, or 0x7F (DEL) */
			guint64 other = w | ((w - ONES * 0x20) & ~w) | (w + ONES);
			if (other & HIGHS)
				break;
			p += 8;
		}
		while (p < end && *p >= 0x20 && *p < 0x7F)
			p++;
		if (p == from)
			return p;
	}
}

/* Lines collected before they are appended to doc->lines at once. */
#define LINE_BATCH 128

gboolean
cf_ingest_decode_utf8_fast(CfDocument *doc, const guint8 *bytes, gsize length, gsize start)
{
	const guchar *src = bytes + start, *end = bytes + length;
	gsize size = length - start;
	g_autofree char *text = g_malloc(size + 1);
	g_autofree char *norm = g_malloc(size + 1);
	char *t = text, *n = norm;
	GArray *lines = doc->lines;
	CfLine batch[LINE_BATCH]; /* lines go to the array this many at a time */
	guint batched = 0;
	g_array_set_size(lines, 0);

	CfLine line = {.number = 1, .byte_offset = start};
	const guchar *p = src;
	gboolean closed = FALSE; /* the text ended with a line end */

	while (p < end) {
		const guchar *run = p;
		p = skip_plain(p, end);
		if (p > run) {
			memcpy(t, run, (gsize)(p - run));
			memcpy(n, run, (gsize)(p - run));
			t += p - run;
			n += p - run;
			if (p >= end)
				break;
		}
		guchar b = *p;
		if (b == '\n' || b == '\r') {
			p++;
			if (b == '\r' && p < end && *p == '\n')
				p++;
			line.text_length = (gsize)(t - text) - line.text_offset;
			line.norm_length = (gsize)(n - norm) - line.norm_offset;
			if (p >= end) {
				closed = TRUE; /* a final line end opens no empty line */
				break;
			}
			if (batched == LINE_BATCH) {
				g_array_append_vals(lines, batch, batched);
				batched = 0;
			}
			batch[batched++] = line;
			*t++ = '\n';
			*n++ = '\n';
			line.number++;
			line.text_offset = (gsize)(t - text);
			line.norm_offset = (gsize)(n - norm);
			line.byte_offset = (gsize)(p - bytes);
			continue;
		}
		if (b == '\t' || b == '\f') {
			*t++ = (char)b;
			*n++ = (char)b;
			p++;
			continue;
		}
		if (b < 0x80) {
			/* NUL, DEL or another control character: the general path reports it */
			g_array_set_size(lines, 0);
			return FALSE;
		}
		gsize k = sequence_length(p, end);
		if (k == 0) {
			g_array_set_size(lines, 0);
			return FALSE;
		}
		if (k == 3) { /* CJK: no call to memcpy for three bytes */
			t[0] = (char)p[0];
			t[1] = (char)p[1];
			t[2] = (char)p[2];
		} else {
			memcpy(t, p, k);
		}
		t += k;
		char mapped = 0;
		if (k == 3 && b == 0xEF && p[1] == 0xBC) {
			/* U+FF00-U+FF3F: full-width digits and signs */
			guchar last = p[2];
			if (last >= 0x90 && last <= 0x99) {
				mapped = (char)('0' + (last - 0x90));
			} else if (last == 0x85) { /* ％ */
				mapped = '%';
			} else if (last == 0x8B) { /* ＋ */
				mapped = '+';
			} else if (last == 0x8D) { /* －: next to a digit */
				if (digits_before(norm, n) > 0 || digit_length(p + 3, end) > 0)
					mapped = '-';
			} else if (last == 0x8E) { /* ．: between two digits */
				if (digits_before(norm, n) > 0 && digit_length(p + 3, end) > 0)
					mapped = '.';
			} else if (last == 0x8C) { /* ，: as a thousands separator */
				if (is_thousands_comma(p, end, digits_before(norm, n)))
					mapped = ',';
			}
		} else if ((k == 3 && b == 0xE3 && p[1] == 0x80 && p[2] == 0x80) ||
			   (k == 2 && b == 0xC2 && p[1] == 0xA0)) {
			mapped = ' '; /* U+3000, NBSP */
		}
		if (mapped) {
			*n++ = mapped;
		} else if (k == 3) {
			n[0] = (char)p[0];
			n[1] = (char)p[1];
			n[2] = (char)p[2];
			n += 3;
		} else {
			memcpy(n, p, k);
			n += k;
		}
		p += k;
	}
	if (!closed) {
		line.text_length = (gsize)(t - text) - line.text_offset;
		line.norm_length = (gsize)(n - norm) - line.norm_offset;
	}
	g_array_append_vals(lines, batch, batched);
	g_array_append_val(lines, line);
	*t = '\0';
	*n = '\0';
	gsize text_length = (gsize)(t - text), norm_length = (gsize)(n - norm);
	cf_document_take_text(doc, g_steal_pointer(&text), text_length, g_steal_pointer(&norm),
			      norm_length);
	doc->text_valid_utf8 = TRUE; /* every sequence was checked above */
	return TRUE;
}
