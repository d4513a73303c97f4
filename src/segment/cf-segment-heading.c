/* cf-segment-heading.c — numbering markers at the start of a line.
 *
 * A marker is a numeral followed by 、 . ． or enclosed in （）/(): 一、 （一） 1、 1. 1．
 * （1） (1) ①.  A numeral followed by anything else ("2020年", "1000-2000元", "一是") is
 * text, and so is "1.5" (a dot followed by a digit is a decimal point).  An enclosed marker
 * may carry a stray 、 after it ("（1）、管理制度健全"), which belongs to the marker. */
#include "segment/cf-segment-private.h"
#include "segment/cf-segment.h"

#include <string.h>

#define OPEN_PAREN_FULL "\xEF\xBC\x88"  /* （ */
#define CLOSE_PAREN_FULL "\xEF\xBC\x89" /* ） */
#define IDEOGRAPHIC_COMMA "\xE3\x80\x81" /* 、 */
#define FULL_STOP_FULL "\xEF\xBC\x8E"   /* ． */

/* An Arabic ordinal has at most this many digits: "2021、2022年" lists years, not items. */
#define MAX_ARABIC_DIGITS 2
/* A Chinese ordinal has at most this many characters (九十九, 一百零五). */
#define MAX_CHINESE_CHARS 4

#define NUMERAL(text, value) {"" text, sizeof(text) - 1, value}

static const struct {
	const char *text;
	gsize length;
	int value; /* 0-9 a digit, 10 and 100 a multiplier */
} chinese_numerals[] = {
	NUMERAL("零", 0), NUMERAL("〇", 0), NUMERAL("一", 1),  NUMERAL("二", 2),   NUMERAL("三", 3),
	NUMERAL("四", 4), NUMERAL("五", 5), NUMERAL("六", 6),  NUMERAL("七", 7),   NUMERAL("八", 8),
	NUMERAL("九", 9), NUMERAL("十", 10), NUMERAL("百", 100),
};

/* The Chinese numeral character at @p: its value, or -1; *length receives its bytes. */
static int
chinese_numeral_at(const char *norm, gsize p, gsize end, gsize *length)
{
	if (end <= p)
		return -1;
	for (guint i = 0; i < G_N_ELEMENTS(chinese_numerals); i++) {
		gsize n = chinese_numerals[i].length;
		/* the first byte decides most: no call to memcmp for the rest then */
		if (norm[p] == chinese_numerals[i].text[0] && end - p >= n &&
		    memcmp(norm + p, chinese_numerals[i].text, n) == 0) {
			*length = n;
			return chinese_numerals[i].value;
		}
	}
	return -1;
}

/* Reads a Chinese ordinal (三, 十二, 二十一, 一百零五) at *p; advances *p past it.
 * Returns its value, or -1 when there is none or it is not a well-formed number. */
static int
read_chinese_ordinal(const char *norm, gsize *p, gsize end)
{
	int total = 0;
	int digit = -1; /* a digit waiting for its multiplier */
	guint chars = 0;
	gsize q = *p;
	for (;;) {
		gsize length = 0;
		int v = chinese_numeral_at(norm, q, end, &length);
		if (v < 0)
			break;
		if (++chars > MAX_CHINESE_CHARS)
			return -1;
		if (v >= 10) {
			total += (digit < 0 ? 1 : digit) * v;
			digit = -1;
		} else if (v == 0) {
			digit = -1; /* 一百零五: the zero only holds a place */
		} else {
			if (digit >= 0)
				return -1; /* 二三 is not an ordinal */
			digit = v;
		}
		q += length;
	}
	if (chars == 0)
		return -1;
	if (digit >= 0)
		total += digit;
	*p = q;
	return total > 0 ? total : -1;
}

/* Reads 1 to MAX_ARABIC_DIGITS ASCII digits at *p; advances *p.  Returns the value or -1. */
static int
read_arabic_ordinal(const char *norm, gsize *p, gsize end)
{
	gsize q = *p;
	int value = 0;
	while (q < end && g_ascii_isdigit(norm[q])) {
		if (q - *p >= MAX_ARABIC_DIGITS)
			return -1;
		value = value * 10 + (norm[q] - '0');
		q++;
	}
	if (q == *p || value == 0)
		return -1;
	*p = q;
	return value;
}

/* @p past the spaces there. */
static gsize
skip_spaces(const char *norm, gsize p, gsize end)
{
	for (gsize n; (n = cf_segment_space_length(norm + p, norm + end)) > 0;)
		p += n;
	return p;
}

/* Length of the closing paren at @p ("）" or ")"), 0 if none. */
static gsize
close_paren_at(const char *norm, gsize p, gsize end)
{
	if (cf_segment_has_prefix(norm, p, end, CLOSE_PAREN_FULL))
		return strlen(CLOSE_PAREN_FULL);
	if (p < end && norm[p] == ')')
		return 1;
	return 0;
}

int
cf_segment_heading_level(CfHeadingStyle style)
{
	switch (style) {
	case CF_HEADING_CHINESE:
		return 1;
	case CF_HEADING_CHINESE_PAREN:
		return 2;
	case CF_HEADING_ARABIC_COMMA:
	case CF_HEADING_ARABIC_DOT:
		return 3;
	case CF_HEADING_ARABIC_PAREN:
		return 4;
	case CF_HEADING_CIRCLED:
		return 5;
	case CF_HEADING_NONE:
	default:
		return 0;
	}
}

/* The enclosed markers: （一） (一) （1） (1), with an optional 、 after them. */
static gboolean
match_enclosed(const char *norm, gsize start, gsize end, CfHeadingMatch *match)
{
	gsize p = start;
	if (cf_segment_has_prefix(norm, p, end, OPEN_PAREN_FULL))
		p += strlen(OPEN_PAREN_FULL);
	else if (p < end && norm[p] == '(')
		p++;
	else
		return FALSE;
	/* (spaces inside the parentheses are the typist's: ( 二)依申请公开情况) */
	p = skip_spaces(norm, p, end);

	CfHeadingStyle style;
	int ordinal = read_arabic_ordinal(norm, &p, end);
	if (ordinal > 0) {
		style = CF_HEADING_ARABIC_PAREN;
	} else {
		ordinal = read_chinese_ordinal(norm, &p, end);
		style = CF_HEADING_CHINESE_PAREN;
	}
	if (ordinal <= 0)
		return FALSE;
	p = skip_spaces(norm, p, end);
	gsize close = close_paren_at(norm, p, end);
	if (close == 0)
		return FALSE;
	p += close;
	if (cf_segment_has_prefix(norm, p, end, IDEOGRAPHIC_COMMA))
		p += strlen(IDEOGRAPHIC_COMMA);
	match->style = style;
	match->ordinal = ordinal;
	match->marker = (CfRange){start, p};
	return TRUE;
}

/* TRUE when norm[@p, @end) opens with a year and 年 (2021年, 19xx or 20xx, no fifth digit). */
static gboolean
year_follows(const char *norm, gsize p, gsize end)
{
	static const char year_word[] = "年";
	if (p + 4 + sizeof year_word - 1 > end)
		return FALSE;
	const char *y = norm + p;
	if (!((y[0] == '1' && y[1] == '9') || (y[0] == '2' && y[1] == '0')) ||
	    !g_ascii_isdigit(y[2]) || !g_ascii_isdigit(y[3]))
		return FALSE;
	return memcmp(y + 4, year_word, sizeof year_word - 1) == 0;
}

/* TRUE when a 、 follows at *@p, after spaces if any (三 、2023年度部门决算表, as a PDF's text
 * may space it); *@p then moves to it. */
static gboolean
comma_after_spaces(const char *norm, gsize *p, gsize end)
{
	gsize q = *p;
	for (gsize n; (n = cf_segment_space_length(norm + q, norm + end)) > 0;)
		q += n;
	if (!cf_segment_has_prefix(norm, q, end, IDEOGRAPHIC_COMMA))
		return FALSE;
	*p = q;
	return TRUE;
}

/* The bare markers: 一、 1、 1. 1． (三 、 too) */
static gboolean
match_bare(const char *norm, gsize start, gsize end, CfHeadingMatch *match)
{
	gsize p = start;
	int ordinal = read_arabic_ordinal(norm, &p, end);
	if (ordinal > 0) {
		if (comma_after_spaces(norm, &p, end)) {
			match->style = CF_HEADING_ARABIC_COMMA;
			p += strlen(IDEOGRAPHIC_COMMA);
		} else if (p < end && norm[p] == '.') {
			match->style = CF_HEADING_ARABIC_DOT;
			p++;
		} else if (cf_segment_has_prefix(norm, p, end, FULL_STOP_FULL)) {
			match->style = CF_HEADING_ARABIC_DOT;
			p += strlen(FULL_STOP_FULL);
		} else {
			return FALSE;
		}
		/* 1.5万元 is a number, not item 1; 1.2021年第一批… is item 1 */
		if (match->style == CF_HEADING_ARABIC_DOT && p < end && g_ascii_isdigit(norm[p]) &&
		    !year_follows(norm, p, end))
			return FALSE;
	} else {
		ordinal = read_chinese_ordinal(norm, &p, end);
		if (ordinal <= 0 || !comma_after_spaces(norm, &p, end))
			return FALSE;
		match->style = CF_HEADING_CHINESE;
		p += strlen(IDEOGRAPHIC_COMMA);
	}
	match->ordinal = ordinal;
	match->marker = (CfRange){start, p};
	return TRUE;
}

/* ① to ⑳, U+2460 to U+2473 */
static gboolean
match_circled(const char *norm, gsize start, gsize end, CfHeadingMatch *match)
{
	if (end - start < 3)
		return FALSE;
	const guchar *u = (const guchar *)norm + start;
	if (u[0] != 0xE2 || u[1] != 0x91 || u[2] < 0xA0 || u[2] > 0xB3)
		return FALSE;
	match->style = CF_HEADING_CIRCLED;
	match->ordinal = u[2] - 0xA0 + 1;
	match->marker = (CfRange){start, start + 3};
	return TRUE;
}

gboolean
cf_segment_match_heading(const char *norm, gsize start, gsize end, CfHeadingMatch *match)
{
	CfHeadingMatch m = {0};
	if (start >= end)
		return FALSE;
	if (!match_enclosed(norm, start, end, &m) && !match_bare(norm, start, end, &m) &&
	    !match_circled(norm, start, end, &m))
		return FALSE;
	m.level = cf_segment_heading_level(m.style);
	gsize body = m.marker.end;
	for (gsize n; (n = cf_segment_space_length(norm + body, norm + end)) > 0;)
		body += n;
	m.body_start = body;
	*match = m;
	return TRUE;
}

gboolean
cf_segment_numbering_marker(const char *norm, gsize start, gsize end, CfHeadingStyle *style,
			    int *ordinal, CfRange *marker)
{
	CfHeadingMatch m;
	if (!cf_segment_match_heading(norm, start, end, &m))
		return FALSE;
	*style = m.style;
	*ordinal = m.ordinal;
	*marker = m.marker;
	return TRUE;
}
