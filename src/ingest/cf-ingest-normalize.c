/* cf-ingest-normalize.c — the normalised copy of a document's text.
 *
 * Only what numbers are written with is touched, one character for one character, so that a
 * column counted in characters is the same in text and norm (cf-document.h):
 *   ０-９ → 0-9, ％ → %, ＋ → +         always;
 *   ｜ → |                             always (a table's cells between them, a row a line);
 *   － → -                             next to a digit (before or after it);
 *   ． → .                             between two digits;
 *   U+3000, U+00A0 (NBSP) → space      always;
 *   ， → ,                             as a thousands separator only: 1 to 3 digits before it,
 *                                      exactly 3 digits after it and no further digit, so
 *                                      １，１００万 → 1,100万 while 5，6月份, 2，3 and the year in
 *                                      2019，100万 stay as they are.
 * "Digit" means 0-9 or ０-９.  No NFKC: ① stays ①, ２０２２ becomes 2022 and nothing else
 * changes width. */
#include "ingest/cf-ingest-private.h"

#include <string.h>

static gboolean
is_digit(gunichar c)
{
	return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19);
}

/* The character at @p (valid UTF-8 up to @end), 0 at the end. */
static gunichar
char_at(const char *p, const char *end)
{
	if (p >= end)
		return 0;
	if ((guchar)*p < 0x80)
		return (guchar)*p;
	return g_utf8_get_char(p);
}

static const char *
next_char(const char *p, const char *end)
{
	return p < end ? g_utf8_next_char(p) : end;
}

/* A full-width comma at @comma, with @digits_before digits right before it, separates
 * thousands. */
static gboolean
is_thousands_comma(const char *comma, const char *end, guint digits_before)
{
	if (digits_before < 1 || digits_before > 3)
		return FALSE;
	const char *p = next_char(comma, end);
	for (int i = 0; i < 3; i++) {
		if (!is_digit(char_at(p, end)))
			return FALSE;
		p = next_char(p, end);
	}
	return !is_digit(char_at(p, end));
}

char *
cf_ingest_normalize(const char *text, gsize length, gsize *norm_length)
{
	/* every mapping keeps or shrinks the byte length */
	char *norm = g_malloc(length + 1);
	char *out = norm;
	const char *p = text, *end = text + length;
	gunichar previous = 0;
	guint digit_run = 0; /* digits right before p */

	while (p < end) {
		guchar b = (guchar)*p;
		if (b < 0x80) {
			*out++ = (char)b;
			p++;
			previous = b;
			digit_run = b >= '0' && b <= '9' ? digit_run + 1 : 0;
			continue;
		}
		gunichar c = g_utf8_get_char(p);
		const char *next = g_utf8_next_char(p);
		char mapped = 0;
		if (c >= 0xFF10 && c <= 0xFF19)
			mapped = (char)('0' + (c - 0xFF10));
		else if (c == 0xFF05)
			mapped = '%';
		else if (c == 0xFF0B)
			mapped = '+';
		else if (c == 0xFF5C)
			mapped = '|';
		else if (c == 0xFF0D && (is_digit(previous) || is_digit(char_at(next, end))))
			mapped = '-';
		else if (c == 0xFF0E && is_digit(previous) && is_digit(char_at(next, end)))
			mapped = '.';
		else if (c == 0x3000 || c == 0x00A0)
			mapped = ' ';
		else if (c == 0xFF0C && is_thousands_comma(p, end, digit_run))
			mapped = ',';

		if (mapped) {
			*out++ = mapped;
		} else {
			memcpy(out, p, (gsize)(next - p));
			out += next - p;
		}
		if (is_digit(c))
			digit_run++;
		else
			digit_run = 0;
		previous = c;
		p = next;
	}
	*out = '\0';
	*norm_length = (gsize)(out - norm);
	return norm;
}
