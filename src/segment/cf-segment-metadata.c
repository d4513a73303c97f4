/* cf-segment-metadata.c — title, report year, issuing unit and report kind, only where the
 * text states them or where what it states leaves one reading; nothing is guessed.
 *
 * Title: the first non-blank line (a web page's frame above it passed over: its breadcrumbs,
 * 您当前的位置：首页>…, and table rows, [ 索引号 ] | … |), when it is short, has no sentence
 * punctuation, is no heading and ends like a title (…报告, …说明, …自评表, …通知); or the first
 * two lines joined when only the second ends so ("2022年度中共益阳市委组织部" +
 * "业务工作开展专项资金绩效自评报告").
 * Year: the first 2022年 in the title that opens no full date (2019年9月2日 is the day it was
 * signed or delivered); else the first statement 本单位2024年 / 我部2022年
 * in the opening blocks.
 * Unit, in this order:
 *  1. stated in the title: an organisation name that is a whole title line after its year;
 *  2. stated in a sentence of the opening blocks that it opens, followed by 是/为
 *     ("中共长沙市雨花区委组织部是…");
 *  3. inferred (unit_evidence says from what): the place the report calls its own — the level
 *     it uses for itself (我区/本区 → 区; else the level of its own department, 区委组织部 → 区),
 *     and the place name of that level it names most often (at least twice, strictly more than
 *     any other), among the names it writes where a name has clear bounds (after 《, 中共, or a
 *     higher-level place: 《开福区…》, 长沙市开福区) — joined with the department it names
 *     for itself (a department of departments[] written after a year, 2020年组织部, or before its
 *     funds, 组织部项目支出, or written with the report's level, 区委组织部, in a report that
 *     calls itself by its last word, 本部/我部; never one of another level, 省委组织部).  A place with no department gives the place alone ("开福区"); a department
 *     with no place gives no unit (区委组织部 names no one unit).
 * An organisation name starts with 中共/中国共产党 or names a place (…省/市/县/区…) after its
 * first character, and ends with an organisation word (部, 局, 委员会, 中心 …).
 * Kind: kind_rules[] matched on the title; else template_rules[] on the first heading.
 *
 * cf_metadata_unit_key() (cf-segment.h) is the unit written one way: 中共, 中国共产党 and the
 * outer places dropped, 委员会 → 委 …, so 中共长沙市雨花区委组织部 and 雨花区委组织部 agree. */
#include "segment/cf-segment-private.h"

#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include "model/cf-simd.h"
#ifdef CF_SIMD
#define SCAN_SSSE3 1 /* next_stop() has a 16-byte path for CPUs with SSSE3, 32 with AVX2 */
#endif

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "segment/cf-segment.h"

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
	"报告", "说明", "总结", "情况", "表",   "公告", "方案",
	"汇报", "决算", "预算", "公开", "通知", "通报", "批复",
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
#define W CF_SEGMENT_WORD
static const CfSegmentWord self_nouns[] = {
	W("单位"), W("部门"), W("部"), W("局"), W("委"), W("院"), W("中心"), W("办"), W("机关"),
	W("厅"),
};
#undef W

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

/* A year YEAR_MIN-YEAR_MAX written as four digits at @p, not inside a longer number (what
 * follows the digits is the caller's to judge), else 0. */
static int
four_digit_year(const char *norm, gsize begin, gsize p, gsize end)
{
	if ((p > begin && g_ascii_isdigit(norm[p - 1])) || p + 4 > end)
		return 0;
	int year = 0;
	for (gsize i = p; i < p + 4; i++) {
		if (!g_ascii_isdigit(norm[i]))
			return 0;
		year = year * 10 + (norm[i] - '0');
	}
	return year >= YEAR_MIN && year <= YEAR_MAX ? year : 0;
}

/* A year 1900-2199 written as four digits and 年 at @p (not inside a longer number). */
static int
year_at(const char *norm, gsize begin, gsize p, gsize end)
{
	if (!cf_segment_has_prefix(norm, p + 4, end, "年"))
		return 0;
	return four_digit_year(norm, begin, p, end);
}

/* Whether the year at @p (year_at() holds) opens a full date, 2019年9月2日: the day a
 * report was signed or delivered, which follows the year it reports on. */
static gboolean
date_at(const char *norm, gsize p, gsize end)
{
	gsize q = p + 4 + 3;
	for (int part = 0; part < 2; part++) {
		gsize digits = q;
		while (q < end && q - digits < 2 && g_ascii_isdigit(norm[q]))
			q++;
		if (q == digits || !cf_segment_has_prefix(norm, q, end, part == 0 ? "月" : "日"))
			return FALSE;
		q += 3;
	}
	return TRUE;
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
		gsize n = self_nouns[i].length;
		if (q + n > best && end - q >= n && memcmp(norm + q, self_nouns[i].text, n) == 0)
			best = q + n;
	}
	if (best == q)
		return 0;
	for (gsize n; (n = cf_segment_space_length(norm + best, norm + end)) > 0;)
		best += n;
	return year_at(norm, begin, best, end);
}

/* Whether the three bytes at @u are a self word's (the self words are two characters of
 * three bytes: first_self_year() reads them so). */
G_STATIC_ASSERT(G_N_ELEMENTS(self_words) == 2);

static inline gboolean
self_word_bytes_at(const guchar *u)
{
	for (guint i = 0; i < G_N_ELEMENTS(self_words); i++)
		if (memcmp(u, self_words[i], 3) == 0)
			return TRUE;
	return FALSE;
}

/* The year of the first 本单位2024年 statement in norm[start, end), or 0: the self words
 * looked for together in one pass, 16 bytes a step where SSE2 is there (by their last
 * bytes, a continuation byte few characters end with, then read whole). */
static int
first_self_year(const char *norm, gsize start, gsize end)
{
	const guchar *u = (const guchar *)norm;
	gsize p = start;
#ifdef __SSE2__
	const __m128i last_a = _mm_set1_epi8(self_words[0][2]),
		      last_b = _mm_set1_epi8(self_words[1][2]);
	/* bit i: the word starting at p + i ends at p + i + 2, two bytes past the block at most */
	for (; end - p >= 18; p += 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(u + p + 2));
		for (guint hits = (guint)_mm_movemask_epi8(
			     _mm_or_si128(_mm_cmpeq_epi8(v, last_a), _mm_cmpeq_epi8(v, last_b)));
		     hits; hits &= hits - 1) {
			gsize at = p + (gsize)__builtin_ctz(hits);
			if (!self_word_bytes_at(u + at))
				continue;
			int year = self_year_at(norm, start, at, end);
			if (year)
				return year;
		}
	}
#endif
	for (; end - p >= 3; p++) {
		if ((u[p] == (guchar)self_words[0][0] || u[p] == (guchar)self_words[1][0]) &&
		    self_word_bytes_at(u + p)) {
			int year = self_year_at(norm, start, p, end);
			if (year)
				return year;
		}
	}
	return 0;
}

static gboolean
is_cjk_at(const char *norm, gsize p, gsize end)
{
	/* U+4E00-U+9FFF: lead bytes E4-E9 */
	guchar c = (guchar)norm[p];
	return end - p >= 3 && c >= 0xE4 && c <= 0xE9;
}

/* What follows an organisation name in a sentence: "X是…", "X为…" (three bytes each). */
static const char sentence_followers[][4] = {"是", "为"};
G_STATIC_ASSERT(G_N_ELEMENTS(sentence_followers) == 2);

/* cf_segment_metadata_use_follower_filter() */
static gboolean follower_filter_allowed = TRUE;

void
cf_segment_metadata_use_follower_filter(gboolean use)
{
	follower_filter_allowed = use;
}

/* Whether norm[start, end) may hold an organisation name in a sentence: one of
 * sentence_followers[] after its first character and within ORGANISATION_MAX_CHARS
 * characters, found by the followers' last two bytes (a pair few other characters end
 * with) anywhere from @start + 4 to where the last follower organisation_at() could take
 * ends.  FALSE only when organisation_at() would find none: most sentences have no
 * follower in reach, and this spares them the walk character by character. */
static gboolean
may_name_organisation(const char *norm, gsize start, gsize end)
{
	const guchar *u = (const guchar *)norm;
	gsize reach = MIN(end, start + 3 * (ORGANISATION_MAX_CHARS + 1));
	gsize p = start + 4;
#ifdef __SSE2__
	const __m128i second_a = _mm_set1_epi8(sentence_followers[0][1]),
		      third_a = _mm_set1_epi8(sentence_followers[0][2]),
		      second_b = _mm_set1_epi8(sentence_followers[1][1]),
		      third_b = _mm_set1_epi8(sentence_followers[1][2]);
	for (; p + 17 <= reach; p += 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(u + p)),
			next = _mm_loadu_si128((const __m128i *)(u + p + 1));
		__m128i a =
			_mm_and_si128(_mm_cmpeq_epi8(v, second_a), _mm_cmpeq_epi8(next, third_a));
		__m128i b =
			_mm_and_si128(_mm_cmpeq_epi8(v, second_b), _mm_cmpeq_epi8(next, third_b));
		if (_mm_movemask_epi8(_mm_or_si128(a, b)) != 0)
			return TRUE;
	}
#endif
	for (; p + 2 <= reach; p++)
		for (guint i = 0; i < G_N_ELEMENTS(sentence_followers); i++)
			if (memcmp(u + p, sentence_followers[i] + 1, 2) == 0)
				return TRUE;
	return FALSE;
}

/* What a title may go on with after the organisation it names: the kind of report
 * (2022年度X区图书馆部门决算说明, X区委组织部部门整体支出绩效自评报告). */
static const char *const title_kind_openings[] = {
	"部门", "单位", "决算", "预算", "项目", "整体", "绩效", "专项",
};

/* An organisation name starting at @start; returns where it ends, or G_MAXSIZE.  With
 * @in_sentence it must be followed by 是 or 为, otherwise by the end, a digit or the kind of
 * report (title_kind_openings). */
static gboolean
title_kind_at(const char *norm, gsize p, gsize end)
{
	for (guint i = 0; i < G_N_ELEMENTS(title_kind_openings); i++)
		if (cf_segment_has_prefix(norm, p, end, title_kind_openings[i]))
			return TRUE;
	return FALSE;
}

static gsize
organisation_at(const char *norm, gsize start, gsize end, gboolean in_sentence)
{
	if (in_sentence && follower_filter_allowed && !may_name_organisation(norm, start, end))
		return G_MAXSIZE;
	gboolean opened = FALSE;
	for (guint i = 0; i < G_N_ELEMENTS(organisation_openings); i++)
		if (cf_segment_has_prefix(norm, start, end, organisation_openings[i]))
			opened = TRUE;
	gboolean placed = FALSE;
	gsize unplaced = start + 3; /* a place word counts from the second character on */
	guint chars = 0;
	for (gsize p = start; p < end && is_cjk_at(norm, p, end); p += 3) {
		chars++;
		if (chars > ORGANISATION_MAX_CHARS)
			return G_MAXSIZE;
		gsize next = p + 3;
		gboolean followed;
		if (in_sentence)
			followed = cf_segment_has_prefix(norm, next, end, sentence_followers[0]) ||
				   cf_segment_has_prefix(norm, next, end, sentence_followers[1]);
		else
			followed = next >= end || g_ascii_isdigit(norm[next]) ||
				   title_kind_at(norm, next, end);
		if (!followed)
			continue;
		/* whether a place word is among the characters so far, looked for only here:
		 * most sentences have no 是/为 in reach (is_cjk_at: three bytes are there, and
		 * every place word is one CJK character) */
		for (; !placed && unplaced <= p; unplaced += 3)
			for (guint i = 0; !placed && i < G_N_ELEMENTS(place_words); i++)
				if (memcmp(norm + unplaced, place_words[i], 3) == 0)
					placed = TRUE;
		if (chars >= ORGANISATION_MIN_CHARS && (opened || placed) &&
		    ends_with_any(norm, start, next, organisation_suffixes,
				  G_N_ELEMENTS(organisation_suffixes)))
			return next;
	}
	return G_MAXSIZE;
}

/* A title line that opens, after its year if any, with an organisation name that ends
 * the line or is followed by a year or the kind of report ("2022年度中共益阳市委组织部",
 * "中共X县委宣传部2023年度…", "2022年度X区图书馆部门决算说明"). */
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
set_unit(CfDocument *doc, Span name, CfUnitSource source)
{
	doc->metadata.unit = g_strndup(doc->norm + name.start, name.end - name.start);
	doc->metadata.unit_line = cf_document_line_at(doc, name.start)->number;
	doc->metadata.unit_source = source;
	doc->metadata.unit_evidence =
		g_strdup(source == CF_UNIT_SOURCE_TITLE ? "named in the title"
							: "named as the subject of a sentence");
}

/* Lines of a web page's frame above a report's title that are passed over, at most. */
#define PAGE_FRAME_LINES 24

/* TRUE when line @index is a web page's frame above a report: a table row or a rule (索引号,
 * 发布机构 … a page shows in a table, a row of one cell among them, or on one line), or the
 * breadcrumbs (您当前的位置: 首页>…, >>政务公开>>重点领域>>…). */
static gboolean
page_frame_line(const CfSegmenter *segmenter, guint index)
{
	CfLineKind kind = segmenter->kinds[index];
	if (kind == CF_LINE_ROW || kind == CF_LINE_RULE)
		return TRUE;
	if (kind != CF_LINE_TEXT)
		return FALSE;
	const char *norm = segmenter->doc->norm;
	const CfLine *line = &g_array_index(segmenter->doc->lines, CfLine, index);
	gsize start = line->norm_offset, end = start + line->norm_length;
	cf_segment_trim(norm, &start, &end);
	/* (a row of one cell: [ 有效性 ] |; the index fields on a line: [ 索引号 ] 1150…) */
	if (start < end && norm[start] == '[')
		return TRUE;
	static const char *const crumbs[] = {"|",        "您当前的位置", "当前位置", "您现在的位置",
					     "当前所在位置", "首页>",     "首页 >",   "首页»",
					     "首页 »",   "索引号",       "发文字号", "发布日期",
					     "发布机构", "主题分类",     "成文日期"};
	for (guint i = 0; i < G_N_ELEMENTS(crumbs); i++)
		if (cf_segment_find(norm, start, end, crumbs[i]) != G_MAXSIZE)
			return TRUE;
	/* a path of a site's sections: >政务公开>重点领域>… (two > at least) */
	gsize first = cf_segment_find(norm, start, end, ">");
	return first != G_MAXSIZE && cf_segment_find(norm, first + 1, end, ">") != G_MAXSIZE;
}

static void
find_title(CfSegmenter *segmenter, Span *lines, guint *n_lines)
{
	CfDocument *doc = segmenter->doc;
	*n_lines = 0;
	guint first = 0;
	/* blank lines, and up to PAGE_FRAME_LINES lines of a web page's frame (its breadcrumbs
	 * and the table of its document's index number, issuer and dates) */
	for (guint framed = 0; first < segmenter->n_lines; first++) {
		if (segmenter->kinds[first] == CF_LINE_BLANK)
			continue;
		if (framed >= PAGE_FRAME_LINES || !page_frame_line(segmenter, first))
			break;
		framed++;
	}
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
		g_autofree char *part = cf_segment_dup_compact_text(
			doc->norm, lines[i].start, lines[i].end, doc->text_valid_utf8);
		g_string_append(title, part);
	}
	doc->metadata.title = g_string_free(title, FALSE);
	doc->metadata.title_line = cf_document_line_at(doc, a.start)->number;
}

/* ---- report kind ---- */

/* A kind and the words that name it: every word must be in the title.  The first rule that
 * holds wins, so the more specific rules come first.  Examples are the titles they are for. */
typedef struct {
	const char *kind;
	const char *words[3]; /* NULL-terminated */
} KindRule;

static const KindRule kind_rules[] = {
	{"绩效自评表", {"自评表"}},                   /* 2023年度项目支出绩效自评表 */
	{"部门整体支出绩效自评", {"整体支出", "自评"}}, /* 部门整体支出绩效自评报告 */
	{"部门整体支出绩效评价", {"整体支出", "评价"}}, /* 区委组织部部门整体支出绩效评价报告 */
	{"专项资金绩效自评", {"专项资金", "自评"}},     /* 业务工作开展专项资金绩效自评报告 */
	{"专项资金绩效评价", {"专项资金", "评价"}},     /* 专项资金绩效评价报告 */
	{"项目支出绩效自评", {"项目", "自评"}},         /* 重点项目绩效自评结果情况说明 */
	{"重点项目绩效评价", {"重点项目", "评价"}},     /* 重点项目绩效评价结果情况说明 */
	{"项目支出绩效评价", {"项目", "评价"}},         /* 项目支出绩效评价报告 */
	{"决算说明", {"决算"}},                         /* 2022年部门决算说明, 决算公开 */
	{"预算说明", {"预算"}},                         /* 2023年部门预算公开说明 */
	{"绩效自评", {"自评"}},                         /* 2022年度绩效自评报告 */
	{"绩效评价", {"评价"}},                         /* 财政支出绩效评价报告 */
};

/* Without a title: the kind whose standard outline opens with this heading. */
static const struct {
	const char *kind;
	const char *heading;
} template_rules[] = {
	/* 一、项目支出基本情况 二、绩效评价工作情况 三、项目支出主要绩效及评价结论 … */
	{"项目支出绩效自评", "项目支出基本情况"},
	/* 一、部门整体支出基本情况 … */
	{"部门整体支出绩效自评", "部门整体支出基本情况"},
};

static const KindRule *
kind_rule_of(const char *norm, gsize start, gsize end)
{
	for (guint r = 0; r < G_N_ELEMENTS(kind_rules); r++) {
		gboolean all = TRUE;
		for (guint w = 0; w < G_N_ELEMENTS(kind_rules[r].words) && kind_rules[r].words[w]; w++)
			if (cf_segment_find(norm, start, end, kind_rules[r].words[w]) == G_MAXSIZE)
				all = FALSE;
		if (all)
			return &kind_rules[r];
	}
	return NULL;
}

static void
find_kind(CfSegmenter *segmenter, const Span *title, guint n_title)
{
	CfDocument *doc = segmenter->doc;
	if (n_title > 0) {
		/* a title may take two lines: read them as one, and give the line of the last of
		 * the kind's words */
		gsize start = title[0].start, end = title[n_title - 1].end;
		const KindRule *rule = kind_rule_of(doc->norm, start, end);
		if (rule == NULL)
			return;
		gsize last = start;
		for (guint w = 0; w < G_N_ELEMENTS(rule->words) && rule->words[w]; w++) {
			gsize at = cf_segment_find(doc->norm, start, end, rule->words[w]);
			last = MAX(last, at);
		}
		doc->metadata.kind = g_strdup(rule->kind);
		doc->metadata.kind_line = cf_document_line_at(doc, last)->number;
		return;
	}
	for (guint b = 0; b < doc->blocks->len; b++) {
		const CfBlock *block = doc->blocks->pdata[b];
		if (block->kind == CF_BLOCK_TABLE)
			continue;
		if (block->kind != CF_BLOCK_HEADING)
			return;
		for (guint r = 0; r < G_N_ELEMENTS(template_rules); r++) {
			if (cf_segment_find(doc->norm, block->heading_marker.end, block->range.end,
					    template_rules[r].heading) != G_MAXSIZE) {
				doc->metadata.kind = g_strdup(template_rules[r].kind);
				doc->metadata.kind_line = block->first_line;
				return;
			}
		}
		return;
	}
}

/* ---- unit inferred from the place and department the report names for itself ---- */

/* A place name: this many characters before its level word (开福 in 开福区, 屈原管理 in
 * 屈原管理区). */
#define PLACE_NAME_MIN_CHARS 2
#define PLACE_NAME_MAX_CHARS 4
/* Distinct place names whose mentions are counted; a document naming more is no worse off
 * for the rest being ignored (its own place is named early and often). */
#define PLACE_CANDIDATES_MAX 32
/* A place must be named at least this often to be the report's own. */
#define PLACE_MIN_MENTIONS 2

static const char level_words[][4] = {"省", "市", "县", "区", "州", "旗"};

/* Words of a level that name no one place (开发区, 示范区 …), never taken as a place name. */
#define W CF_SEGMENT_WORD
static const CfSegmentWord generic_places[] = {
	W("行政区"), W("开发区"), W("示范区"), W("试验区"), W("功能区"), W("保护区"),
	W("风景区"), W("高新区"), W("经开区"), W("管理区"), W("自贸区"), W("新城区"),
	W("老城区"), W("中心城区"), W("城乡区"), W("先行区"), W("核心区"),
};
#undef W

/* Departments a report may name for itself, grouped by how they end.  A list, not a rule:
 * a new one is a new line. */
static const char *const departments[] = {
	/* 党委 departments */
	"组织部", "宣传部", "统战部", "政法委", "纪委", "编办", "党校", "机关工委",
	/* 政府 departments */
	"财政局", "教育局", "公安局", "民政局", "司法局", "人社局", "人力资源和社会保障局",
	"自然资源局", "自然资源和规划局", "住建局", "住房和城乡建设局", "交通运输局", "水利局",
	"农业农村局", "商务局", "文旅局", "卫健局", "卫健委", "卫生健康委", "审计局", "统计局",
	"应急管理局", "市场监督管理局", "市场监管局", "医保局", "医疗保障局", "城管局",
	"生态环境局", "发改局", "发改委", "发展和改革局", "工信局", "科技局", "退役军人事务局",
	"林业局", "信访局", "机关事务局", "行政审批服务局", "数据资源局", "体育局", "粮食局",
	/* 群团 */
	"总工会", "团委", "妇联", "残联", "科协", "工商联",
};

/* What follows a department's name when the report speaks of its own funds
 * (组织部项目支出, 组织部专项工作经费). */
static const char *const own_funds_words[] = {"项目", "预算", "决算", "专项", "整体", "本级"};

static int
level_at(const char *norm, gsize p, gsize end)
{
	if (end - p < 3)
		return -1;
	for (guint i = 0; i < G_N_ELEMENTS(level_words); i++)
		if (memcmp(norm + p, level_words[i], 3) == 0)
			return (int)i;
	return -1;
}

/* A place name starting at @p: PLACE_NAME_MIN_CHARS to PLACE_NAME_MAX_CHARS CJK characters,
 * none of them a level word, then a level word; its end, or G_MAXSIZE. */
static gsize
place_at(const char *norm, gsize p, gsize end)
{
	gsize q = p;
	for (guint chars = 0; chars <= PLACE_NAME_MAX_CHARS && q < end && is_cjk_at(norm, q, end);
	     chars++, q += 3) {
		if (level_at(norm, q, end) < 0)
			continue;
		if (chars < PLACE_NAME_MIN_CHARS)
			return G_MAXSIZE;
		/* the whole name is a generic one: its length first (a word of two to four
		 * three-byte characters, the name's being q + 3 - p), then its bytes */
		for (guint i = 0; i < G_N_ELEMENTS(generic_places); i++)
			if (generic_places[i].length == q + 3 - p &&
			    memcmp(norm + p, generic_places[i].text, q + 3 - p) == 0)
				return G_MAXSIZE;
		return q + 3;
	}
	return G_MAXSIZE;
}

/* 2022年 or 2022年度 at @p: its length, or 0. */
static gsize
year_prefix_length(const char *norm, gsize begin, gsize p, gsize end)
{
	if (!year_at(norm, begin, p, end))
		return 0;
	gsize n = 4 + strlen("年");
	if (cf_segment_has_prefix(norm, p + n, end, "度"))
		n += strlen("度");
	return n;
}

#define N_LEVELS G_N_ELEMENTS(level_words)
#define NO_LEVEL N_LEVELS /* index of the mentions written without a level */

/* A department's mentions, by the level they are written with (区 of 区委组织部 or 区组织部;
 * NO_LEVEL for none). */
typedef struct {
	guint mentions[N_LEVELS + 1];
	guint own[N_LEVELS + 1];        /* of those, where the report names it for itself */
	gsize first_own[N_LEVELS + 1];  /* offset of the first of those */
	gsize first_written[N_LEVELS];  /* offset of the first mention written with the level */
	gboolean committee[N_LEVELS];   /* that mention was written with 委: 区委组织部 */
	guint self_named;               /* 我部/本部: the report calls itself by its last word */
} DepartmentScan;

typedef struct {
	Span name;
	int level;
	guint mentions;
	gsize first;
} Place;

/* What one pass over the text finds. */
typedef struct {
	guint self[N_LEVELS];     /* 我区/本区 … */
	GArray *places;           /* Place, candidates of every level */
	guint n_places[N_LEVELS];
	/* the offset of every level word in order, when the scan sees every one (valid UTF-8,
	 * level_words_wanted); else none */
	gboolean level_words_wanted;
	gsize *level_words_at;
	guint n_level_words, level_words_size;
	/* departments[d] is set only where seen[d]: most documents name few of them, and the
	 * rest are not cleared for each document (department_scan()) */
	gboolean seen[G_N_ELEMENTS(departments)];
	DepartmentScan departments[G_N_ELEMENTS(departments)];
} Scan;

/* departments[@d] of @scan, cleared when first asked for. */
static DepartmentScan *
department_scan(Scan *scan, guint d)
{
	DepartmentScan *ds = &scan->departments[d];
	if (!scan->seen[d]) {
		scan->seen[d] = TRUE;
		*ds = (DepartmentScan){0};
		for (guint l = 0; l <= N_LEVELS; l++) {
			ds->first_own[l] = G_MAXSIZE;
			if (l < N_LEVELS)
				ds->first_written[l] = G_MAXSIZE;
		}
	}
	return ds;
}

/* A department resolved for the report's level. */
typedef struct {
	const char *name;
	guint mentions;
	guint own;
	gsize first_own;
	int level;          /* the level of its first mention written with one, -1 when none */
	gsize level_at;     /* offset of that mention */
	gboolean committee; /* that mention was written with 委: 区委组织部 */
} Department;

/* The level a department mention at @p is written with: 区 of 区委组织部 or 区组织部; -1 for
 * none.  Sets @with_committee for the 委 form. */
static int
department_level(const char *norm, gsize p, gboolean *with_committee)
{
	*with_committee = FALSE;
	if (p >= 6 && memcmp(norm + p - 3, "委", 3) == 0) {
		int level = level_at(norm, p - 6, p - 3);
		if (level >= 0) {
			*with_committee = TRUE;
			return level;
		}
	}
	return p >= 3 ? level_at(norm, p - 3, p) : -1;
}

/* A mention of departments[@d] (@n bytes) ending at @end (its last character starts at
 * end - 3). */
static void
scan_department(const char *norm, gsize length, gsize end, guint d, gsize n, Scan *scan)
{
	const char *name = departments[d];
	/* the first byte decides most: no call to memcmp for the rest then */
	if (end < n || norm[end - n] != name[0] || memcmp(norm + end - n, name, n) != 0)
		return;
	/* 组织部门: the generic noun, not a department */
	if (cf_segment_has_prefix(norm, end, length, "门"))
		return;
	gsize p = end - n;
	gboolean committee;
	int written = department_level(norm, p, &committee);
	DepartmentScan *ds = department_scan(scan, d);
	guint slot = written >= 0 ? (guint)written : NO_LEVEL;
	ds->mentions[slot]++;
	gboolean own = FALSE;
	gsize back = p >= 9 ? p - 9 : 0;
	for (gsize y = back; !own && y + 4 <= p; y++)
		if (year_prefix_length(norm, y, y, p) == p - y)
			own = TRUE;
	for (guint w = 0; !own && w < G_N_ELEMENTS(own_funds_words); w++)
		if (cf_segment_has_prefix(norm, end, length, own_funds_words[w]))
			own = TRUE;
	if (own && ds->own[slot]++ == 0)
		ds->first_own[slot] = p;
	if (written >= 0 && ds->first_written[written] == G_MAXSIZE) {
		ds->first_written[written] = p;
		ds->committee[written] = committee;
	}
}

/* A place candidate starting at @start, when one is written there. */
static void
add_place(const char *norm, gsize length, gsize start, Scan *scan)
{
	gsize end = place_at(norm, start, length);
	if (end == G_MAXSIZE)
		return;
	int level = level_at(norm, end - 3, end);
	if (scan->n_places[level] >= PLACE_CANDIDATES_MAX)
		return;
	for (guint i = 0; i < scan->places->len; i++) {
		const Place *p = &g_array_index(scan->places, Place, i);
		if (p->name.end - p->name.start == end - start &&
		    memcmp(norm + p->name.start, norm + start, end - start) == 0)
			return;
	}
	Place place = {{start, end}, level, 0, G_MAXSIZE};
	g_array_append_val(scan->places, place);
	scan->n_places[level]++;
}

/* The code points scan_text() stops at are all in U+3000-U+9FFF: three UTF-8 bytes led by
 * E3-E9. */
#define SCAN_FIRST 0x3000
#define SCAN_LAST 0x9FFF

/* The code point of the three-byte UTF-8 character at @p. */
static inline gunichar
code_point3(const char *p)
{
	const guchar *u = (const guchar *)p;
	return ((gunichar)(u[0] & 0x0F) << 12) | ((gunichar)(u[1] & 0x3F) << 6) | (u[2] & 0x3F);
}

/* One bit per code point of SCAN_FIRST-SCAN_LAST, kept as a mask of the 64 last bytes for
 * each lead and second byte: whether a character is a stop is read from its bytes without
 * putting its code point together. */
typedef struct {
	guint64 masks[(SCAN_LAST - SCAN_FIRST + 1) / 64];
	/* the filter of next_stop()'s 16- and 32-byte steps: the stops are put in STOP_CLASSES
	 * classes, one bit each, and the second and third bytes b of a character (i = 0, 1)
	 * give the classes low[i][b & 15] & high[i][b >> 4]; a character led by E3-E9 whose
	 * two bytes share no class is no stop.  A class admits the nibble combinations of its
	 * members (a few more characters than they are: stop_classes() keeps them few); the 16
	 * bytes twice, one copy for each 16-byte lane of a 32-byte look-up */
	guint8 low[2][32];
	guint8 high[2][32];
} ScanStops;

#define STOP_CLASSES 8

static inline void
stop_at(ScanStops *stops, const char *word)
{
	gunichar c = code_point3(word);
	stops->masks[(c - SCAN_FIRST) / 64] |= G_GUINT64_CONSTANT(1) << ((c - SCAN_FIRST) % 64);
}

/* The nibbles of the second and third bytes of the characters of one class. */
typedef struct {
	guint16 low[2], high[2]; /* one bit per nibble value */
} StopClass;

/* How many pairs of second and third bytes @class admits: the nibble combinations. */
static guint
stop_class_size(const StopClass *class)
{
	guint size = 1;
	for (guint i = 0; i < 2; i++)
		size *= (guint)(__builtin_popcount(class->low[i]) *
				__builtin_popcount(class->high[i]));
	return size;
}

static StopClass
stop_class_with(StopClass class, const guchar *bytes)
{
	for (guint i = 0; i < 2; i++) {
		class.low[i] |= (guint16)(1u << (bytes[i + 1] & 15));
		class.high[i] |= (guint16)(1u << (bytes[i + 1] >> 4));
	}
	return class;
}

/* Puts the stops set in @stops->masks in classes and fills the filter's tables: each stop
 * in code point order goes to the class it widens least (an empty class first), so that
 * the classes admit few characters beyond the stops.  Any assignment is correct (a stop
 * always passes its class); this one only makes the filter pass fewer others.  Worked out
 * from the word lists alone. */
static void
stop_classes(ScanStops *stops)
{
	StopClass classes[STOP_CLASSES] = {{{0}}};
	for (guint w = 0; w < G_N_ELEMENTS(stops->masks); w++) {
		for (guint64 bits = stops->masks[w]; bits != 0; bits &= bits - 1) {
			gunichar c = SCAN_FIRST + 64 * w + (gunichar)__builtin_ctzll(bits);
			char word[4];
			g_unichar_to_utf8(c, word);
			const guchar *bytes = (const guchar *)word;
			guint best = 0, best_growth = G_MAXUINT;
			for (guint k = 0; k < STOP_CLASSES; k++) {
				guint before =
					classes[k].low[0] == 0 ? 0 : stop_class_size(&classes[k]);
				StopClass with = stop_class_with(classes[k], bytes);
				guint growth = stop_class_size(&with) - before;
				if (growth < best_growth) {
					best = k;
					best_growth = growth;
				}
			}
			classes[best] = stop_class_with(classes[best], bytes);
			for (guint i = 0; i < 2; i++)
				for (guint lane = 0; lane < 32; lane += 16) {
					stops->low[i][lane + (bytes[i + 1] & 15)] |=
						(guint8)(1u << best);
					stops->high[i][lane + (bytes[i + 1] >> 4)] |=
						(guint8)(1u << best);
				}
		}
	}
}

/* Whether the three bytes at @p, led by E3-E9, are a stop's (continuation bytes not
 * checked): the code point's bits 6-11 are the second byte's low six, its bits 0-5 the
 * third's. */
static inline gboolean
stops_at_bytes(const ScanStops *stops, const guchar *p)
{
	guint64 mask = stops->masks[((guint)(p[0] - 0xE3) << 6) | (p[1] & 0x3F)];
	return (mask >> (p[2] & 0x3F)) & 1;
}

/* Stops the block steps gather in one call (next_stop() hands them out one by one). */
#define STOPS_GATHERED 64

/* Where the search for stops is. */
typedef struct {
	const ScanStops *stops;
	const guchar *norm;
	gsize length;
	gboolean blocks;     /* 16 or 32 bytes a step (valid UTF-8 and SSSE3 or AVX2) until the
			      * last 18 or 34 bytes */
	gboolean avx2;       /* 32 bytes a step */
	gsize block;         /* the next block to read */
	gsize candidates_at; /* the block candidates are from */
	guint candidates;    /* its leads not yet read against the stops */
	gsize p;             /* where the byte loop goes on */
	/* the stops the blocks gave in one call, in order: found[next, n) not yet returned */
	guint next, n;
	gsize found[STOPS_GATHERED];
} StopSearch;

#ifdef SCAN_SSSE3
/* The next stops in text known to be valid UTF-8, where every E3-E9 byte is a lead wherever
 * a block starts: @width bytes a step keep the leads E3-E9 whose second and third bytes
 * share a stop class (ScanStops: two table look-ups a byte, @lookup), and those are read
 * against the stops one by one.  Up to STOPS_GATHERED of them go to search->found in one
 * call (no call and no saving of the search's state per stop); fewer when the blocks are
 * done, short of the last width + 2 bytes (search->block).  Written once for both widths:
 * @UBytes and @Bytes are the vector types (cf-simd.h). */
#define GATHER_STOP_BLOCKS(UBytes, Bytes, width, lookup, movemask, search)                      \
	({                                                                                      \
		const ScanStops *stops = (search)->stops;                                       \
		const guchar *norm = (search)->norm;                                            \
		gsize *found = (search)->found;                                                 \
		UBytes low1, high1, low2, high2; /* the tables, in every lane */                \
		memcpy(&low1, stops->low[0], sizeof low1);                                      \
		memcpy(&high1, stops->high[0], sizeof high1);                                   \
		memcpy(&low2, stops->low[1], sizeof low2);                                      \
		memcpy(&high2, stops->high[1], sizeof high2);                                   \
		/* the search's state in registers, written back on the way out */              \
		guint candidates = (search)->candidates, n = 0;                                 \
		gsize candidates_at = (search)->candidates_at, q = (search)->block,             \
		      length = (search)->length;                                                \
		for (;; q += (width)) {                                                         \
			for (; candidates && n < STOPS_GATHERED; candidates &= candidates - 1) {  \
				gsize at = candidates_at + (gsize)__builtin_ctz(candidates);    \
				found[n] = at;                                                  \
				n += stops_at_bytes(stops, norm + at);                          \
			}                                                                       \
			if (n == STOPS_GATHERED || q + (width) + 2 > length)                    \
				break;                                                          \
			UBytes v, second, third;                                                \
			memcpy(&v, norm + q, sizeof v);                                         \
			memcpy(&second, norm + q + 1, sizeof second);                           \
			memcpy(&third, norm + q + 2, sizeof third);                             \
			Bytes lead = (UBytes)(v - 0xE3) <= 0xE9 - 0xE3;                         \
			/* the classes both continuation bytes leave standing */                 \
			UBytes classes = lookup(low1, second & 0x0F) &                          \
					 lookup(high1, second >> 4) &                           \
					 lookup(low2, third & 0x0F) &                           \
					 lookup(high2, third >> 4);                             \
			candidates = movemask((classes != 0) & lead);                           \
			candidates_at = q;                                                      \
		}                                                                               \
		(search)->candidates = candidates;                                              \
		(search)->candidates_at = candidates_at;                                        \
		(search)->block = q;                                                            \
		n;                                                                              \
	})
__attribute__((target("ssse3"))) static guint
gather_stops_ssse3(StopSearch *search)
{
	return GATHER_STOP_BLOCKS(CfUBytes16, CfBytes16, 16, cf_simd_lookup16, cf_simd_movemask16,
				  search);
}

__attribute__((target("avx2"))) static guint
gather_stops_avx2(StopSearch *search)
{
	return GATHER_STOP_BLOCKS(CfUBytes32, CfBytes32, 32, cf_simd_lookup32, cf_simd_movemask32,
				  search);
}
#endif

/* cf_segment_metadata_use_avx2() */
static gboolean avx2_allowed = TRUE;

void
cf_segment_metadata_use_avx2(gboolean use)
{
	avx2_allowed = use;
}

static void
stop_search_init(StopSearch *search, const ScanStops *stops, const guchar *norm, gsize length,
		 gboolean valid_utf8)
{
	*search = (StopSearch){.stops = stops, .norm = norm, .length = length};
#ifdef SCAN_SSSE3
	static int ssse3 = -1;
	if (G_UNLIKELY(ssse3 < 0))
		ssse3 = __builtin_cpu_supports("ssse3") ? 1 : 0;
	search->blocks = valid_utf8 && ssse3;
	search->avx2 = avx2_allowed && cf_simd_cpu_avx2();
#else
	(void)valid_utf8;
#endif
}

/* The next stop after the blocks' (search->found handed out): a lead byte E3-E9 (in UTF-8
 * text, a three-byte character starts there) whose bytes are a stop's and a real
 * character's, after the one returned before; length when none is left.  A loop of its own:
 * the scan's state stays out of it. */
static G_GNUC_NO_INLINE gsize
next_stop_refill(StopSearch *search)
{
#ifdef SCAN_SSSE3
	if (search->blocks) {
		guint n = search->avx2 ? gather_stops_avx2(search) : gather_stops_ssse3(search);
		if (n < STOPS_GATHERED) { /* the blocks are done: the byte loop goes on after them */
			search->blocks = FALSE;
			search->p = search->block;
		}
		if (n > 0) {
			search->n = n;
			search->next = 1;
			return search->found[0];
		}
	}
#endif
	const ScanStops *stops = search->stops;
	const guchar *norm = search->norm;
	gsize p = search->p, length = search->length;
	while (p + 3 <= length) {
		if ((guchar)(norm[p] - 0xE3) > 0xE9 - 0xE3) {
			p++;
			continue;
		}
		/* a stop's code point names its bytes only when they are a real character */
		if (stops_at_bytes(stops, norm + p) && (norm[p + 1] & 0xC0) == 0x80 &&
		    (norm[p + 2] & 0xC0) == 0x80) {
			search->p = p + 3;
			return p;
		}
		p += 3;
	}
	search->p = p;
	return length;
}

/* The next stop: the blocks' gathered ones first, in order, then next_stop_refill(). */
static inline gsize
next_stop(StopSearch *search)
{
	if (search->next < search->n)
		return search->found[search->next++];
	return next_stop_refill(search);
}

/* Chains of departments by their last two characters (scan_text()). */
#define DEPARTMENT_BUCKETS 128

/* The chain of the two three-byte characters at @p (six bytes are there). */
static inline guint
pair_bucket(const char *p)
{
	guint32 key = (code_point3(p) * 0x9E3779B1u) ^ code_point3(p + 3);
	return (key * 0x85EBCA6Bu) >> (32 - 7);
}
G_STATIC_ASSERT(DEPARTMENT_BUCKETS == 1 << 7);

/* What scan_text() looks for, built once from the constant word lists (ScanTables). */
typedef struct {
	/* the departments by their last character: one chain per distinct character */
	gsize department_length[G_N_ELEMENTS(departments)];
	guint8 next_same_last[G_N_ELEMENTS(departments)]; /* N_DEPARTMENTS ends a chain */
	gunichar last_chars[G_N_ELEMENTS(departments)];
	guint8 chain[G_N_ELEMENTS(departments)]; /* first department of each last character */
	guint n_last;
	/* and by their last two characters, in DEPARTMENT_BUCKETS chains: where the text has
	 * no self word before the stop, only the departments ending in the two characters
	 * there can be named (scan_department() compares the whole name) */
	guint8 bucket_first[DEPARTMENT_BUCKETS];
	guint8 next_in_bucket[G_N_ELEMENTS(departments)];
	gboolean any_short; /* a department of one character, in no bucket */
	ScanStops stops;
	gunichar level_points[N_LEVELS];
	gunichar book, middle;
} ScanTables;

static void
scan_tables_init(ScanTables *tables)
{
	enum { N_DEPARTMENTS = G_N_ELEMENTS(departments) };
	memset(tables, 0, sizeof *tables);
	memset(tables->bucket_first, N_DEPARTMENTS, sizeof(tables->bucket_first));
	ScanStops *stops = &tables->stops;
	for (guint d = N_DEPARTMENTS; d-- > 0;) {
		gsize length = strlen(departments[d]);
		tables->department_length[d] = length;
		if (length >= 6) {
			guint bucket = pair_bucket(departments[d] + length - 6);
			tables->next_in_bucket[d] = tables->bucket_first[bucket];
			tables->bucket_first[bucket] = (guint8)d;
		} else {
			tables->any_short = TRUE;
		}
		gunichar last = code_point3(departments[d] + length - 3);
		guint i = 0;
		while (i < tables->n_last && tables->last_chars[i] != last)
			i++;
		if (i == tables->n_last) {
			tables->last_chars[tables->n_last] = last;
			tables->chain[tables->n_last++] = N_DEPARTMENTS;
		}
		tables->next_same_last[d] = tables->chain[i];
		tables->chain[i] = (guint8)d;
		stop_at(stops, departments[d] + length - 3);
	}
	for (guint i = 0; i < N_LEVELS; i++) {
		stop_at(stops, level_words[i]);
		tables->level_points[i] = code_point3(level_words[i]);
	}
	tables->book = code_point3("《");
	tables->middle = code_point3("中");
	stop_at(stops, "《");
	stop_at(stops, "中");
	stop_classes(stops);
}

/* The tables, built by the first caller (the word lists are constants: every document
 * shares them). */
static const ScanTables *
scan_tables(void)
{
	static ScanTables tables;
	static gsize ready = 0;
	if (g_once_init_enter(&ready)) {
		scan_tables_init(&tables);
		g_once_init_leave(&ready, 1);
	}
	return &tables;
}

/* One pass over the text: self words, place candidates at their anchors (after 《 and a
 * year, after 中共/中国共产党, after 省/市/州), department mentions.  Only CJK characters
 * and 《 are looked at: a bit table says in one step whether a character is one of the few
 * the rules start at (a level word, 《, 中, the last character of a department); those are
 * then read against their words. */
static void
scan_text(const char *norm, gsize length, gboolean valid_utf8, Scan *scan)
{
	enum { N_DEPARTMENTS = G_N_ELEMENTS(departments) };
	const ScanTables *tables = scan_tables();
	const gsize *department_length = tables->department_length;
	const guint8 *next_same_last = tables->next_same_last, *chain = tables->chain,
		     *bucket_first = tables->bucket_first,
		     *next_in_bucket = tables->next_in_bucket;
	const gunichar *last_chars = tables->last_chars, *level_points = tables->level_points;
	const guint n_last = tables->n_last;
	const gboolean any_short = tables->any_short;
	const ScanStops *stops = &tables->stops;
	const gunichar book = tables->book, middle = tables->middle;
	StopSearch search;
	stop_search_init(&search, stops, (const guchar *)norm, length, valid_utf8);
	for (gsize p = next_stop(&search); p < length; p = next_stop(&search)) {
		gunichar u = code_point3(norm + p);
		/* a lead byte E3-E9 in UTF-8 text starts a three-byte character: its code point
		 * tells it */
		int level = -1;
		for (guint i = 0; i < N_LEVELS && level < 0; i++)
			if (u == level_points[i])
				level = (int)i;
		if (level >= 0) {
			if (scan->level_words_wanted) {
				if (scan->n_level_words == scan->level_words_size) {
					scan->level_words_size =
						MAX(64, 2 * scan->level_words_size);
					scan->level_words_at = g_renew(gsize, scan->level_words_at,
								       scan->level_words_size);
				}
				scan->level_words_at[scan->n_level_words++] = p;
			}
			if (p >= 3 && (memcmp(norm + p - 3, "我", 3) == 0 ||
				       memcmp(norm + p - 3, "本", 3) == 0))
				scan->self[level]++;
			/* 省, 市, 州 bound the name of a place under them: 长沙市开福区 */
			if (level == 0 || level == 1 || level == 4)
				add_place(norm, length, p + 3, scan);
		} else if (u == book) {
			gsize start = p + 3;
			add_place(norm, length, start + year_prefix_length(norm, start, start, length),
				  scan);
		} else if (u == middle) {
			for (guint i = 0; i < G_N_ELEMENTS(organisation_openings); i++)
				if (cf_segment_has_prefix(norm, p, length, organisation_openings[i]))
					add_place(norm, length, p + strlen(organisation_openings[i]),
						  scan);
		} else {
			/* the last character of one or more departments */
			gboolean self = p >= 3 && (memcmp(norm + p - 3, "我", 3) == 0 ||
						   memcmp(norm + p - 3, "本", 3) == 0);
			if (!self && p >= 3) {
				for (guint d = bucket_first[pair_bucket(norm + p - 3)];
				     d < N_DEPARTMENTS; d = next_in_bucket[d])
					scan_department(norm, length, p + 3, d,
							department_length[d], scan);
			}
			if (!self && !any_short)
				continue;
			/* 我部/本部 counts for every department ending in 部 */
			guint i = 0;
			while (i < n_last && last_chars[i] != u)
				i++;
			for (guint d = i < n_last ? chain[i] : N_DEPARTMENTS; d < N_DEPARTMENTS;
			     d = next_same_last[d]) {
				if (self)
					department_scan(scan, d)->self_named++;
				if (self || department_length[d] < 6)
					scan_department(norm, length, p + 3, d,
							department_length[d], scan);
			}
		}
	}
}

/* Counts the mentions of the candidates of @level that end at the level word at @p. */
static void
count_places_at(const char *norm, gsize p, int level, GArray *places)
{
	for (guint i = 0; i < places->len; i++) {
		Place *place = &g_array_index(places, Place, i);
		gsize n = place->name.end - place->name.start;
		if (place->level != level || p + 3 < n ||
		    memcmp(norm + p + 3 - n, norm + place->name.start, n) != 0)
			continue;
		if (place->mentions++ == 0)
			place->first = p + 3 - n;
	}
}

/* Counts the mentions of the candidates of @level: at each level word, the candidates that
 * end there.  The level words are those the scan saw (Scan.level_words_at) when it saw every
 * one, else found in one more pass. */
static void
count_places(const char *norm, gsize length, int level, const Scan *scan, GArray *places)
{
	const char *word = level_words[level];
	if (scan->level_words_wanted) {
		for (guint i = 0; i < scan->n_level_words; i++) {
			gsize p = scan->level_words_at[i];
			if (memcmp(norm + p, word, 3) == 0)
				count_places_at(norm, p, level, places);
		}
		return;
	}
	for (gsize p = cf_segment_find(norm, 0, length, word); p != G_MAXSIZE;
	     p = cf_segment_find(norm, p + 3, length, word))
		count_places_at(norm, p, level, places);
}

/* The department the report names for itself at @level (-1: any): the most mentioned of
 * those with a mention of its own, when no other is mentioned as often. */
static gboolean
own_department(const Scan *scan, int level, Department *result)
{
	gboolean found = FALSE, tie = FALSE;
	for (guint d = 0; d < G_N_ELEMENTS(departments); d++) {
		if (!scan->seen[d])
			continue; /* never named: no mention of its own */
		const DepartmentScan *ds = &scan->departments[d];
		Department dep = {departments[d], 0, 0, G_MAXSIZE, -1, G_MAXSIZE, FALSE};
		for (guint l = 0; l <= N_LEVELS; l++) {
			if (level >= 0 && l != NO_LEVEL && l != (guint)level)
				continue; /* 省委组织部 in a 区's report */
			dep.mentions += ds->mentions[l];
			dep.own += ds->own[l];
			dep.first_own = MIN(dep.first_own, ds->first_own[l]);
			if (l < N_LEVELS && ds->first_written[l] < dep.level_at) {
				dep.level_at = ds->first_written[l];
				dep.level = (int)l;
				dep.committee = ds->committee[l];
			}
			/* 区委组织部 is the report's own department when it calls itself 本部/我部;
			 * otherwise it may be the department above it (在区委组织部的指导下) */
			if (l < N_LEVELS && ds->self_named > 0 &&
			    ds->first_written[l] != G_MAXSIZE) {
				dep.own++;
				dep.first_own = MIN(dep.first_own, ds->first_written[l]);
			}
		}
		if (dep.own == 0)
			continue;
		if (!found || dep.mentions > result->mentions) {
			*result = dep;
			found = TRUE;
			tie = FALSE;
		} else if (dep.mentions == result->mentions) {
			tie = TRUE;
		}
	}
	return found && !tie;
}

/* The level the report uses for itself: the most frequent of 我区/本区, 我县/本县 …; -1 when
 * it never does or two levels tie. */
static int
self_level(const Scan *scan)
{
	int best = -1;
	guint count = 0;
	for (guint i = 0; i < N_LEVELS; i++) {
		if (scan->self[i] > count) {
			best = (int)i;
			count = scan->self[i];
		} else if (scan->self[i] > 0 && scan->self[i] == count) {
			best = -1;
		}
	}
	return best;
}

/* The place of @level the report names most often among the candidates: at least
 * PLACE_MIN_MENTIONS times, and more than any other. */
static gboolean
own_place(const GArray *places, int level, Place *result)
{
	const Place *best = NULL;
	gboolean tie = FALSE;
	for (guint i = 0; i < places->len; i++) {
		const Place *p = &g_array_index(places, Place, i);
		if (p->level != level)
			continue;
		if (best == NULL || p->mentions > best->mentions) {
			best = p;
			tie = FALSE;
		} else if (p->mentions == best->mentions) {
			tie = TRUE;
		}
	}
	if (best == NULL || tie || best->mentions < PLACE_MIN_MENTIONS)
		return FALSE;
	*result = *best;
	return TRUE;
}

/* Appends the strings given, up to a NULL. */
static void G_GNUC_NULL_TERMINATED
append_strings(GString *out, const char *first, ...)
{
	va_list args;
	va_start(args, first);
	for (const char *s = first; s != NULL; s = va_arg(args, const char *))
		g_string_append(out, s);
	va_end(args);
}

/* Appends @value in decimal, as "%u" writes it. */
static void
append_uint(GString *out, guint value)
{
	char digits[16];
	guint n = 0;
	do {
		digits[sizeof digits - ++n] = (char)('0' + value % 10);
		value /= 10;
	} while (value > 0);
	g_string_append_len(out, digits + sizeof digits - n, n);
}

static void
infer_unit(CfDocument *doc)
{
	const char *norm = doc->norm;
	gsize length = doc->norm_length;
	g_autoptr(GArray) places = g_array_new(FALSE, FALSE, sizeof(Place));
	/* some 14 KiB on the stack: only the head is cleared, the departments when first seen */
	Scan scan_data;
	Scan *scan = &scan_data;
	memset(scan, 0, offsetof(Scan, departments));
	scan->places = places;
	scan->level_words_wanted = doc->text_valid_utf8;
	scan_text(norm, length, doc->text_valid_utf8, scan);
	g_autofree gsize *level_words_at = scan->level_words_at; /* freed on every return */
	int level = self_level(scan);
	guint self_count = level >= 0 ? scan->self[level] : 0;
	Department department = {0};
	gboolean has_department = own_department(scan, level, &department);
	if (level < 0 && has_department)
		level = department.level;
	if (level < 0)
		return;
	count_places(norm, length, level, scan, places);
	Place place;
	if (!own_place(places, level, &place))
		return;

	g_autoptr(GString) unit = g_string_new_len(norm + place.name.start,
						   place.name.end - place.name.start);
	/* "开福区 named 3 times (first at line 51), 我区/本区 2 times; …": pieces appended, no
	 * format string read for every document */
	g_autoptr(GString) evidence = g_string_sized_new(160);
	const char *level_word = level_words[level];
	append_strings(evidence, unit->str, " named ", NULL);
	append_uint(evidence, place.mentions);
	append_strings(evidence, " times (first at line ", NULL);
	append_uint(evidence, cf_document_line_at(doc, place.first)->number);
	g_string_append_c(evidence, ')');
	if (self_count > 0) {
		append_strings(evidence, ", 我", level_word, "/本", level_word, " ", NULL);
		append_uint(evidence, self_count);
		append_strings(evidence, " times", NULL);
	}
	guint line = cf_document_line_at(doc, place.first)->number;
	if (has_department) {
		line = cf_document_line_at(doc, department.first_own)->number;
		gboolean committee = department.committee && department.level == level;
		if (committee)
			g_string_append(unit, "委");
		g_string_append(unit, department.name);
		append_strings(evidence, "; ", department.name, " named for itself at line ", NULL);
		append_uint(evidence, line);
		if (department.level == level) {
			append_strings(evidence, ", written ", level_word, committee ? "委" : "",
				       department.name, " at line ", NULL);
			append_uint(evidence,
				    cf_document_line_at(doc, department.level_at)->number);
		}
	} else {
		g_string_append(evidence, "; no department named for itself");
	}
	doc->metadata.unit = g_string_free(g_steal_pointer(&unit), FALSE);
	doc->metadata.unit_line = line;
	doc->metadata.unit_source = CF_UNIT_SOURCE_INFERRED;
	doc->metadata.unit_evidence = g_string_free(g_steal_pointer(&evidence), FALSE);
}

/* A year written as four digits with no 年, right before the kind of report in a title
 * (广水市白泉卫生院2023决算公开, 2024预算公开): the year, else 0. */
static int
bare_year_at(const char *norm, gsize begin, gsize p, gsize end)
{
	static const char *const kinds[] = {"决算", "预算", "绩效", "部门决算", "部门预算", NULL};
	int year = four_digit_year(norm, begin, p, end);
	for (guint k = 0; year && kinds[k]; k++)
		if (cf_segment_has_prefix(norm, p + 4, end, kinds[k]))
			return year;
	return 0;
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
			if (year && !date_at(norm, p, title[i].end)) {
				doc->metadata.year = year;
				doc->metadata.year_line = cf_document_line_at(doc, p)->number;
				break;
			}
		}
	}
	/* (a title that writes its year without 年: 2023决算公开) */
	for (guint i = 0; i < n_title && doc->metadata.year == 0; i++) {
		for (gsize p = title[i].start; p < title[i].end; p++) {
			int year = bare_year_at(norm, title[i].start, p, title[i].end);
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
			set_unit(doc, name, CF_UNIT_SOURCE_TITLE);
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
		for (guint s = 0; s < block->n_sentences && doc->metadata.unit == NULL &&
				  sentences < OPENING_SENTENCES;
		     s++, sentences++) {
			const CfRange *sentence = &block->sentences[s];
			gsize end = organisation_at(norm, sentence->start, sentence->end, TRUE);
			if (end != G_MAXSIZE)
				set_unit(doc, (Span){sentence->start, end}, CF_UNIT_SOURCE_STATEMENT);
		}
		if (doc->metadata.year && doc->metadata.unit)
			break;
	}
	if (doc->metadata.unit == NULL)
		infer_unit(doc);
	find_kind(segmenter, title, n_title);
}

/* ---- the unit written one way ---- */

char *
cf_metadata_unit_key(const char *unit)
{
	if (unit == NULL)
		return NULL;
	/* most units (and the row labels crossdoc asks about) hold no byte a space or line
	 * end may start with (cf_segment_space_length()): then compacting copies nothing */
	gsize unit_length = strcspn(unit, " \t\r\n\xC2\xE3");
	g_autofree char *compact = NULL;
	const char *s = unit;
	gsize length = unit_length;
	if (unit[unit_length] != '\0') {
		compact = cf_segment_dup_compact(unit, 0, unit_length + strlen(unit + unit_length));
		s = compact;
		length = strlen(s);
	}
	gsize p = 0;
	for (guint i = 0; i < G_N_ELEMENTS(organisation_openings); i++) {
		if (cf_segment_has_prefix(s, 0, length, organisation_openings[i])) {
			p = strlen(organisation_openings[i]);
			break;
		}
	}
	/* 长沙市雨花区: keep the innermost place */
	Span place = {p, p};
	for (gsize end; (end = place_at(s, p, length)) != G_MAXSIZE; p = end)
		place = (Span){p, end};
	gboolean placed = place.end > place.start;
	/* 区委组织部, 市委员会组织部: the 委 joins the place to its party department; 市委 alone
	 * is the committee itself */
	gsize committee = 0;
	if (placed && cf_segment_has_prefix(s, p, length, "委员会"))
		committee = strlen("委员会");
	else if (placed && cf_segment_has_prefix(s, p, length, "委"))
		committee = strlen("委");
	const char *rest = "委"; /* a committee alone */
	if (committee == 0 || p + committee < length) {
		rest = s + p + committee;
		if (g_str_has_prefix(rest, "人民政府"))
			rest += strlen("人民");
	}
	/* place, then "/rest" unless the unit is a place alone: one allocation */
	gsize place_length = place.end - place.start;
	gboolean with_rest = rest[0] != '\0' || !placed;
	gsize rest_length = with_rest ? strlen(rest) : 0;
	char *key = g_malloc(place_length + (with_rest ? 1 + rest_length : 0) + 1);
	char *k = key;
	memcpy(k, s + place.start, place_length);
	k += place_length;
	if (with_rest) {
		*k++ = '/';
		memcpy(k, rest, rest_length);
		k += rest_length;
	}
	*k = '\0';
	return key;
}

gboolean
cf_metadata_unit_keys_match(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return FALSE;
	if (g_str_equal(a, b))
		return TRUE;
	const char *slash_a = strchr(a, '/');
	const char *slash_b = strchr(b, '/');
	if ((slash_a == NULL) == (slash_b == NULL))
		return FALSE;
	/* one is a place alone: does the other one's place equal it? */
	const char *place = slash_a == NULL ? a : b;
	const char *unit = slash_a == NULL ? b : a;
	const char *slash = slash_a == NULL ? slash_b : slash_a;
	gsize n = (gsize)(slash - unit);
	return n > 0 && strlen(place) == n && memcmp(place, unit, n) == 0;
}
