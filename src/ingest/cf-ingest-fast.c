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

gboolean
cf_ingest_decode_utf8_fast(CfDocument *doc, const guint8 *bytes, gsize length, gsize start)
{
	const guchar *src = bytes + start, *end = bytes + length;
	gsize size = length - start;
	g_autofree char *text = g_malloc(size + 1);
	g_autofree char *norm = g_malloc(size + 1);
	char *t = text, *n = norm;
	GArray *lines = doc->lines;
	g_array_set_size(lines, 0);

	CfLine line = {.number = 1, .byte_offset = start};
	gboolean previous_digit = FALSE; /* the character before is a digit (0-9, ０-９) */
	guint digit_run = 0;             /* digits right before */
	const guchar *p = src;
	gboolean closed = FALSE; /* the text ended with a line end */

	while (p < end) {
		guchar b = *p;
		if (b >= 0x20 && b < 0x7F) {
			*t++ = (char)b;
			*n++ = (char)b;
			p++;
			gboolean digit = b >= '0' && b <= '9';
			digit_run = digit ? digit_run + 1 : 0;
			previous_digit = digit;
			continue;
		}
		if (b >= 0xE4 && b <= 0xE9 && end - p >= 3 && (p[1] & 0xC0) == 0x80 &&
		    (p[2] & 0xC0) == 0x80) {
			/* a CJK ideograph (U+4E00-U+9FFF): valid, and nothing to normalise */
			t[0] = n[0] = (char)b;
			t[1] = n[1] = (char)p[1];
			t[2] = n[2] = (char)p[2];
			t += 3;
			n += 3;
			p += 3;
			digit_run = 0;
			previous_digit = FALSE;
			continue;
		}
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
			g_array_append_val(lines, line);
			*t++ = '\n';
			*n++ = '\n';
			line.number++;
			line.text_offset = (gsize)(t - text);
			line.norm_offset = (gsize)(n - norm);
			line.byte_offset = (gsize)(p - bytes);
			digit_run = 0;
			previous_digit = FALSE;
			continue;
		}
		if (b == '\t' || b == '\f') {
			*t++ = (char)b;
			*n++ = (char)b;
			p++;
			digit_run = 0;
			previous_digit = FALSE;
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
		gboolean digit = FALSE;
		if (k == 3 && b == 0xEF && p[1] == 0xBC) {
			/* U+FF00-U+FF3F: full-width digits and signs */
			guchar last = p[2];
			if (last >= 0x90 && last <= 0x99) {
				mapped = (char)('0' + (last - 0x90));
				digit = TRUE;
			} else if (last == 0x85) { /* ％ */
				mapped = '%';
			} else if (last == 0x8B) { /* ＋ */
				mapped = '+';
			} else if (last == 0x8D) { /* －: next to a digit */
				if (previous_digit || digit_length(p + 3, end) > 0)
					mapped = '-';
			} else if (last == 0x8E) { /* ．: between two digits */
				if (previous_digit && digit_length(p + 3, end) > 0)
					mapped = '.';
			} else if (last == 0x8C) { /* ，: as a thousands separator */
				if (is_thousands_comma(p, end, digit_run))
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
		digit_run = digit ? digit_run + 1 : 0;
		previous_digit = digit;
		p += k;
	}
	if (!closed) {
		line.text_length = (gsize)(t - text) - line.text_offset;
		line.norm_length = (gsize)(n - norm) - line.norm_offset;
	}
	g_array_append_val(lines, line);
	*t = '\0';
	*n = '\0';
	gsize text_length = (gsize)(t - text), norm_length = (gsize)(n - norm);
	cf_document_take_text(doc, g_steal_pointer(&text), text_length, g_steal_pointer(&norm),
			      norm_length);
	doc->text_valid_utf8 = TRUE; /* every sequence was checked above */
	return TRUE;
}
