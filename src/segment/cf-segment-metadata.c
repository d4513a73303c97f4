/* cf-segment-metadata.c — title, report year and issuing unit, only where the text states
 * them; nothing is guessed.
 *
 * Title: the first non-blank line, when it is short, has no sentence punctuation, is no
 * heading and ends like a title (…报告, …说明, …自评表); or the first two lines joined when
 * only the second ends so ("2022年度中共益阳市委组织部" + "业务工作开展专项资金绩效自评报告").
 * Year: the first 2022年 in the title; else the first statement 本单位2024年 / 我部2022年
 * in the opening blocks.  Unit: an organisation name that is a whole title line after its
 * year, or that opens a sentence of the opening blocks followed by 是/为 ("中共长沙市雨花区委组织部
 * 是…").  An organisation name starts with 中共/中国共产党 or names a place (…省/市/县/区…)
 * after its first character, and ends with an organisation word (部, 局, 委员会, 中心 …). */
#include "segment/cf-segment-private.h"

#include <string.h>

#define TITLE_LINE_MAX_CHARS 60
/* Blocks, and sentences in them, from the top searched for the year statement and the
 * unit sentence. */
#define OPENING_BLOCKS 40
#define OPENING_SENTENCES 400
#define ORGANISATION_MIN_CHARS 4
#define ORGANISATION_MAX_CHARS 30
#define YEAR_MIN 1900
#define YEAR_MAX 2199

static const char *const title_endings[] = {
	"报告", "说明", "总结", "情况", "表", "公告", "方案", "汇报", "决算", "预算", "公开",
};

static const char *const title_forbidden[] = {
	"\xE3\x80\x82", /* 。 */
	"\xEF\xBC\x9B", /* ； */
	"\xEF\xBC\x8C", /* ， */
	"\xEF\xBC\x9A", /* ： */
	"\xEF\xBC\x81", /* ！ */
	"\xEF\xBC\x9F", /* ？ */
	";", "!", "?", ":",
};

static const char *const organisation_suffixes[] = {
	"部", "局", "委员会", "委", "办公室", "办", "厅", "院", "中心", "政府",
	"所", "站", "馆", "会", "校", "队", "处", "署", "社",
};

static const char *const organisation_openings[] = {"中共", "中国共产党"};

static const char place_words[][4] = {"省", "市", "县", "区", "州", "旗", "乡", "镇"};

/* 本单位, 我部 …: the report speaking of itself */
static const char *const self_words[] = {"本", "我"};
static const char *const self_nouns[] = {"单位", "部门", "部", "局", "委", "院", "中心", "办",
					 "机关", "厅"};

typedef struct {
	gsize start, end;
} Span;

static gboolean
ends_with(const char *norm, gsize start, gsize end, const char *suffix)
{
	gsize n = strlen(suffix);
	return end - start >= n && memcmp(norm + end - n, suffix, n) == 0;
}

static gboolean
ends_with_any(const char *norm, gsize start, gsize end, const char *const *words, guint n)
{
	for (guint i = 0; i < n; i++)
		if (ends_with(norm, start, end, words[i]))
			return TRUE;
	return FALSE;
}

/* The trimmed, artefact-free text of line @index when it could be (part of) a title. */
static gboolean
title_line(const CfSegmenter *segmenter, guint index, Span *span)
{
	if (index >= segmenter->n_lines || segmenter->kinds[index] != CF_LINE_TEXT)
		return FALSE;
	const char *norm = segmenter->doc->norm;
	const CfLine *line = &g_array_index(segmenter->doc->lines, CfLine, index);
	gsize end = line->norm_offset + line->norm_length;
	gsize start = cf_segment_skip_artefacts(norm, line->norm_offset, end);
	cf_segment_trim(norm, &start, &end);
	/* a character takes at most 4 bytes: longer lines need no counting */
	if (start >= end || end - start > 4 * TITLE_LINE_MAX_CHARS ||
	    cf_segment_count_visible(norm, start, end) > TITLE_LINE_MAX_CHARS)
		return FALSE;
	CfHeadingMatch heading;
	if (cf_segment_match_heading(norm, start, end, &heading))
		return FALSE;
	for (guint i = 0; i < G_N_ELEMENTS(title_forbidden); i++)
		if (cf_segment_find(norm, start, end, title_forbidden[i]) != G_MAXSIZE)
			return FALSE;
	*span = (Span){start, end};
	return TRUE;
}

/* A year 1900-2199 written as four digits and 年 at @p (not inside a longer number). */
static int
year_at(const char *norm, gsize begin, gsize p, gsize end)
{
	if (p > begin && g_ascii_isdigit(norm[p - 1]))
		return 0;
	if (p + 4 + 3 > end || !cf_segment_has_prefix(norm, p + 4, end, "年"))
		return 0;
	int year = 0;
	for (gsize i = p; i < p + 4; i++) {
		if (!g_ascii_isdigit(norm[i]))
			return 0;
		year = year * 10 + (norm[i] - '0');
	}
	return year >= YEAR_MIN && year <= YEAR_MAX ? year : 0;
}

/* 本单位2024年 at @p: returns the year or 0. */
static int
self_year_at(const char *norm, gsize begin, gsize p, gsize end)
{
	gsize q = G_MAXSIZE;
	for (guint i = 0; i < G_N_ELEMENTS(self_words) && q == G_MAXSIZE; i++)
		if (cf_segment_has_prefix(norm, p, end, self_words[i]))
			q = p + strlen(self_words[i]);
	if (q == G_MAXSIZE)
		return 0;
	gsize best = q;
	for (guint i = 0; i < G_N_ELEMENTS(self_nouns); i++) {
		gsize n = strlen(self_nouns[i]);
		if (cf_segment_has_prefix(norm, q, end, self_nouns[i]) && q + n > best)
			best = q + n;
	}
	if (best == q)
		return 0;
	for (gsize n; (n = cf_segment_space_length(norm + best, norm + end)) > 0;)
		best += n;
	return year_at(norm, begin, best, end);
}

/* The year of the first 本单位2024年 statement in norm[start, end), or 0. */
static int
first_self_year(const char *norm, gsize start, gsize end)
{
	gsize best = G_MAXSIZE;
	int best_year = 0;
	for (guint i = 0; i < G_N_ELEMENTS(self_words); i++) {
		for (gsize p = cf_segment_find(norm, start, end, self_words[i]); p < best;
		     p = cf_segment_find(norm, p + 1, end, self_words[i])) {
			int year = self_year_at(norm, start, p, end);
			if (year) {
				best = p;
				best_year = year;
			}
		}
	}
	return best_year;
}

static gboolean
is_cjk_at(const char *norm, gsize p, gsize end)
{
	/* U+4E00-U+9FFF: lead bytes E4-E9 */
	guchar c = (guchar)norm[p];
	return end - p >= 3 && c >= 0xE4 && c <= 0xE9;
}

/* An organisation name starting at @start; returns where it ends, or G_MAXSIZE.  With
 * @in_sentence it must be followed by 是 or 为, otherwise by the end or a digit. */
static gsize
organisation_at(const char *norm, gsize start, gsize end, gboolean in_sentence)
{
	gboolean opened = FALSE;
	for (guint i = 0; i < G_N_ELEMENTS(organisation_openings); i++)
		if (cf_segment_has_prefix(norm, start, end, organisation_openings[i]))
			opened = TRUE;
	gboolean placed = FALSE;
	guint chars = 0;
	for (gsize p = start; p < end && is_cjk_at(norm, p, end); p += 3) {
		chars++;
		if (chars > ORGANISATION_MAX_CHARS)
			return G_MAXSIZE;
		/* is_cjk_at: three bytes are there, and every place word is one CJK character */
		for (guint i = 0; chars > 1 && !placed && i < G_N_ELEMENTS(place_words); i++)
			if (memcmp(norm + p, place_words[i], 3) == 0)
				placed = TRUE;
		gsize next = p + 3;
		gboolean followed;
		if (in_sentence)
			followed = cf_segment_has_prefix(norm, next, end, "是") ||
				   cf_segment_has_prefix(norm, next, end, "为");
		else
			followed = next >= end || g_ascii_isdigit(norm[next]);
		if (!followed)
			continue;
		if (chars >= ORGANISATION_MIN_CHARS && (opened || placed) &&
		    ends_with_any(norm, start, next, organisation_suffixes,
				  G_N_ELEMENTS(organisation_suffixes)))
			return next;
	}
	return G_MAXSIZE;
}

/* A title line that opens, after its year if any, with an organisation name that ends
 * the line or is followed by a year ("2022年度中共益阳市委组织部", "中共X县委宣传部2023年度…"). */
static gboolean
organisation_of_title_line(const char *norm, Span line, Span *name)
{
	gsize p = line.start;
	if (year_at(norm, line.start, p, line.end)) {
		p += 4 + strlen("年");
		if (cf_segment_has_prefix(norm, p, line.end, "度"))
			p += strlen("度");
	}
	gsize end = organisation_at(norm, p, line.end, FALSE);
	if (end == G_MAXSIZE)
		return FALSE;
	*name = (Span){p, end};
	return TRUE;
}

static void
set_unit(CfDocument *doc, Span name)
{
	doc->metadata.unit = g_strndup(doc->norm + name.start, name.end - name.start);
	doc->metadata.unit_line = cf_document_line_at(doc, name.start)->number;
}

static void
find_title(CfSegmenter *segmenter, Span *lines, guint *n_lines)
{
	CfDocument *doc = segmenter->doc;
	*n_lines = 0;
	guint first = 0;
	while (first < segmenter->n_lines && segmenter->kinds[first] == CF_LINE_BLANK)
		first++;
	Span a, b;
	if (!title_line(segmenter, first, &a))
		return;
	guint n_endings = G_N_ELEMENTS(title_endings);
	if (ends_with_any(doc->norm, a.start, a.end, title_endings, n_endings)) {
		lines[(*n_lines)++] = a;
	} else if (title_line(segmenter, first + 1, &b) &&
		   ends_with_any(doc->norm, b.start, b.end, title_endings, n_endings)) {
		lines[(*n_lines)++] = a;
		lines[(*n_lines)++] = b;
	} else {
		return;
	}
	GString *title = g_string_new(NULL);
	for (guint i = 0; i < *n_lines; i++) {
		g_autofree char *part = cf_segment_dup_compact(doc->norm, lines[i].start,
							       lines[i].end);
		g_string_append(title, part);
	}
	doc->metadata.title = g_string_free(title, FALSE);
	doc->metadata.title_line = cf_document_line_at(doc, a.start)->number;
}

void
cf_segment_fill_metadata(CfSegmenter *segmenter)
{
	CfDocument *doc = segmenter->doc;
	const char *norm = doc->norm;
	Span title[2];
	guint n_title = 0;
	find_title(segmenter, title, &n_title);

	for (guint i = 0; i < n_title && doc->metadata.year == 0; i++) {
		for (gsize p = title[i].start; p < title[i].end; p++) {
			int year = year_at(norm, title[i].start, p, title[i].end);
			if (year) {
				doc->metadata.year = year;
				doc->metadata.year_line = cf_document_line_at(doc, p)->number;
				break;
			}
		}
	}
	for (guint i = 0; i < n_title && doc->metadata.unit == NULL; i++) {
		Span name;
		if (organisation_of_title_line(norm, title[i], &name))
			set_unit(doc, name);
	}

	guint seen = 0;
	guint sentences = 0;
	for (guint b = 0; b < doc->blocks->len && seen < OPENING_BLOCKS; b++) {
		const CfBlock *block = doc->blocks->pdata[b];
		if (block->kind == CF_BLOCK_TABLE || block->sentences == NULL)
			continue;
		seen++;
		if (doc->metadata.year == 0) {
			int year = first_self_year(norm, block->range.start, block->range.end);
			if (year) {
				doc->metadata.year = year;
				doc->metadata.year_line = block->first_line;
			}
		}
		for (guint s = 0; s < block->sentences->len && doc->metadata.unit == NULL &&
				  sentences < OPENING_SENTENCES;
		     s++, sentences++) {
			const CfRange *sentence = &g_array_index(block->sentences, CfRange, s);
			gsize end = organisation_at(norm, sentence->start, sentence->end, TRUE);
			if (end != G_MAXSIZE)
				set_unit(doc, (Span){sentence->start, end});
		}
		if (doc->metadata.year && doc->metadata.unit)
			break;
	}
}
