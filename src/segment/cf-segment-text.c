/* cf-segment-text.c — small byte-level helpers over doc->norm shared by the segmenter. */
#include "segment/cf-segment-private.h"

#include <string.h>

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
cf_segment_trim(const char *norm, gsize *start, gsize *end)
{
	const char *p = norm + *start;
	const char *e = norm + *end;
	for (;;) {
		/* whitespace starts with one of these bytes: the usual first byte settles it */
		guchar c = p < e ? (guchar)*p : 0;
		if (c > ' ' && c != 0xC2 && c != 0xE3)
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
cf_segment_skip_artefacts(const char *norm, gsize start, gsize end)
{
	static const char bookmark[] = "[bookmark:";
	/* most text starts with a byte that starts neither whitespace nor an artefact */
	if (start < end) {
		guchar c = (guchar)norm[start];
		if (c > ' ' && c != '[' && c != 0xC2 && c != 0xE3)
			return start;
	}
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

guint
cf_segment_count_visible_max(const char *norm, gsize start, gsize end, guint max)
{
	guint count = 0;
	const char *p = norm + start;
	const char *e = norm + end;
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
cf_segment_count_visible(const char *norm, gsize start, gsize end)
{
	return cf_segment_count_visible_max(norm, start, end, G_MAXUINT - 1);
}

gsize
cf_segment_find(const char *norm, gsize start, gsize end, const char *needle)
{
	gsize n = strlen(needle);
	if (end <= start || n == 0 || end - start < n)
		return n == 0 && end > start ? start : G_MAXSIZE;
	/* needles are a word or two: memchr beats memmem's set-up, which first_self_year()
	 * pays for every 本 of a report's opening.  memchr looks for the needle's last byte: in
	 * Chinese text a lead byte (E4-E9) comes every few bytes, a given continuation byte
	 * seldom, so it stops far less often */
	const char *p = norm + start + n - 1, *stop = norm + end;
	char last = needle[n - 1];
	while (p < stop) {
		p = memchr(p, last, (gsize)(stop - p));
		if (p == NULL)
			return G_MAXSIZE;
		if (memcmp(p - (n - 1), needle, n - 1) == 0)
			return (gsize)(p - (n - 1) - norm);
		p++;
	}
	return G_MAXSIZE;
}

char *
cf_segment_dup_compact(const char *norm, gsize start, gsize end)
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
		const char *next = MIN(g_utf8_next_char(p), e);
		do /* one to four bytes: no call to memcpy */
			out[len++] = *p++;
		while (p < next);
	}
	out[len] = '\0';
	return out;
}
