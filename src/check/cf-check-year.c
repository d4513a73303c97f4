/* Family: year consistency.  Rule year-mismatch (a warning at the body's year, the title's
 * line as related).
 *
 * A report is about one year, which its title states (2022年重点项目绩效自评结果情况说明).
 * A body clause that states the report's own budget or spending in another year
 * ("2021年我单位项目支出预算共1900万元" in a 2022 report) contradicts it.  Most other years in
 * a body are legitimate — history ("2019年考录公务员转正", "连续6年"), comparisons ("比2021年增长"),
 * plans ("2023年将…"), dates ("2021年12月") — so a year is reported only when its clause
 * (the text between two of ，。；：！？) is a statement of money of the report's own:
 *   - the clause names a budget word (预算 支出 决算 资金 结转 经费 拨款) and either the report's
 *     own subject (我单位 本单位 本部门 …) or an amount;
 *   - the year is not a date (followed by a month, 底/末), not one end of a range (至, -), and
 *     the clause holds no cue of a comparison, history, plan or reason (比 较 上年 以来 连续 将
 *     计划 原因 增加 减少 …);
 *   - its sentence does not also state the report's year (2022年…拨入33万元，2021年…拨入57.55
 *     万元，与上年对比减少…: the other year set beside it for comparison);
 *   - a carry-over (结转/结余) from the year before the report's is what it should be.
 * A year whose words go on with what the title names after its year (TITLE_NAME_MIN_CHARS or
 * more: 确定为2023年中央财政衔接推进老区乡村振兴补助项目 under 关于下达2024年中央财政衔接推进老区
 * 乡村振兴补助资金的通知) is reported too, money or not, under the same exclusions, unless it
 * is inside a 《》 citation or names another year's document (…自评报告).
 * The statements of money are checked only under a title of a year's accounts (预算, 决算,
 * 绩效, 资金 … ACCOUNTS_WORDS): a plan for sharing out an investment's yield (2024年…项目收益
 * 分配方案) states the year it was invested in.
 * Without a year in the title nothing of this is checked: a year found in the body would only
 * be compared with itself.  A table of contents' entry is compared with the heading it names
 * either way (check_contents()).  Years in tables are not checked (comparison columns are common). */
#include "check/cf-check-rates.h"
#include "check/cf-check-words.h"

#include <string.h>

static const gunichar clause_stops[] = {0xFF0C /* ， */, 0x3002 /* 。 */, 0xFF1B /* ； */,
					0xFF1A /* ： */, 0xFF01 /* ！ */, 0xFF1F /* ？ */,
					',', ';', ':', '!', '?', '\n'};

static const char *const budget_words[] = {"预算", "支出", "决算", "资金", "结转", "经费", "拨款",
					   NULL};
/* the report speaking of itself */
static const char *const subject_words[] = {"我单位", "本单位", "我部门", "本部门", "我部",
					    "本部", "我局", "本局", "我委", "本委", "我院", "本院",
					    "我中心", "本中心", "我办", "本办", NULL};
/* a comparison, history, plan or the reason for a change: another year is legitimate there */
static const char *const other_year_cues[] = {
	"比",   "较",   "同比", "同期", "上年", "去年",   "上一年", "以来", "连续",   "累计",
	"历年", "将",   "计划", "拟",   "预计", "下一步", "明年",   "下年", "下一年", "截至",
	"截止", "原因", "增加", "减少", "增长", "下降",   "增减",   "持平", NULL,
};
static const char *const carry_over_words[] = {"结转", "结余", NULL};
/* Words of a title that names a year's accounts: its body's money is of that year. */
static const char *const accounts_words[] = {"预算", "决算", "绩效", "自评", "评价", "审计",
					     "报告", "说明", "执行", "公开", "经费", "资金",
					     "收支", "收入", "支出", "财务", NULL};
/* Words that end the name of a document: a year's words naming one (2022年度部门整体支出绩效
 * 自评报告提出的问题) speak of another year's document, not of the title's subject. */
static const char *const document_words[] = {"报告", "说明", "通知", "通报", "批复", "公告",
					     "方案", "总结", "汇报", "表",   NULL};

static gboolean
is_clause_stop(gunichar c)
{
	for (guint i = 0; i < G_N_ELEMENTS(clause_stops); i++)
		if (c == clause_stops[i])
			return TRUE;
	return FALSE;
}

/* The clause of norm around [start, end): *from and *to receive its bounds. */
static void
clause_around(const CfDocument *doc, gsize start, gsize end, gsize *from, gsize *to)
{
	const char *norm = doc->norm;
	const char *p = norm + start;
	while (p > norm) {
		const char *q = g_utf8_prev_char(p);
		if (is_clause_stop(g_utf8_get_char(q)))
			break;
		p = q;
	}
	*from = p - norm;
	p = norm + end;
	while (p < norm + doc->norm_length && !is_clause_stop(g_utf8_get_char(p)))
		p = g_utf8_next_char(p);
	*to = p - norm;
}

/* The word lists, each made ready for one pass over a clause. */
typedef struct {
	CfWordSet budget, subject, other_year, carry_over, document;
} WordSets;

static const WordSets *
word_sets(void)
{
	static WordSets sets;
	static gsize ready = 0;
	if (g_once_init_enter(&ready)) {
		cf_word_set_init(&sets.budget, budget_words);
		cf_word_set_init(&sets.subject, subject_words);
		cf_word_set_init(&sets.other_year, other_year_cues);
		cf_word_set_init(&sets.carry_over, carry_over_words);
		cf_word_set_init(&sets.document, document_words);
		g_once_init_leave(&ready, 1);
	}
	return &sets;
}

/* TRUE when the clause norm[from, to) contains a word of @words (up to a NUL in it). */
static gboolean
contains_any(const CfCheckContext *ctx, gsize from, gsize to, const CfWordSet *words)
{
	return cf_word_set_scan(words, ctx->document->norm + from,
				cf_rates_norm_length(ctx, from, to), NULL, NULL);
}

/* contains_any() for the cues of another year, where 现将 (hereby, 现将…情况公开如下) is no 将
 * of a plan. */
static gboolean
has_other_year_cue(const CfCheckContext *ctx, gsize from, gsize to)
{
	const CfWordSet *cues = &word_sets()->other_year;
	if (!contains_any(ctx, from, to, cues))
		return FALSE;
	static const char hereby[] = "现将";
	gsize n = cf_rates_norm_length(ctx, from, to);
	if (memmem(ctx->document->norm + from, n, hereby, sizeof hereby - 1) == NULL)
		return TRUE;
	g_autofree char *copy = g_strndup(ctx->document->norm + from, n);
	for (char *p = copy; (p = strstr(p, hereby)) != NULL; p += sizeof hereby - 1)
		memset(p, ' ', sizeof hereby - 1);
	return cf_word_set_scan(cues, copy, strlen(copy), NULL, NULL);
}

static gboolean
has_prefix_at(const char *p, const char *end, const char *prefix)
{
	gsize n = strlen(prefix);
	return (gsize)(end - p) >= n && memcmp(p, prefix, n) == 0;
}

/* A date or a range: 2021年12月, 2021年底, 2021年至2022年, 2021-2022年. */
static gboolean
year_is_date_or_range(const CfDocument *doc, const CfClaim *year, gsize clause_end)
{
	const char *p = doc->norm + year->range.end;
	const char *end = doc->norm + clause_end;
	while (p < end && *p == ' ')
		p++;
	if (has_prefix_at(p, end, "度"))
		p += strlen("度");
	const char *digits = p;
	while (p < end && g_ascii_isdigit(*p))
		p++;
	if (p > digits && has_prefix_at(p, end, "月"))
		return TRUE;
	static const char *const after[] = {"底", "末", "至", "到", "-", "—", "~"};
	for (guint i = 0; i < G_N_ELEMENTS(after); i++)
		if (has_prefix_at(digits, end, after[i]))
			return TRUE;
	/* the second end of a range: 2020-2021年, 2020年至2021年 */
	const char *before = doc->norm + year->range.start;
	if (before > doc->norm) {
		const char *q = g_utf8_prev_char(before);
		gunichar c = g_utf8_get_char(q);
		if (c == '-' || c == 0x2014 || c == '~' || c == 0x81F3 /* 至 */ || c == 0x5230 /* 到 */)
			return TRUE;
	}
	return FALSE;
}

static gboolean
clause_has_amount(const CfCheckContext *ctx, gsize from, gsize to)
{
	/* from the clause's first claim (from the document's first, a document of n years and
	 * figures cost n²) */
	for (guint i = cf_rates_first_claim_at(ctx, from); i < ctx->claims->len; i++) {
		const CfClaim *c = g_ptr_array_index(ctx->claims, i);
		if (c->range.start >= to)
			break;
		if (c->kind == CF_CLAIM_AMOUNT || c->kind == CF_CLAIM_PERCENT)
			return TRUE;
	}
	return FALSE;
}

/* The report's year when its title states it, else 0. */
static int
title_year(const CfDocument *doc)
{
	if (doc->metadata.title == NULL || doc->metadata.year == 0)
		return 0;
	g_autofree char *needle = g_strdup_printf("%d年", doc->metadata.year);
	return strstr(doc->metadata.title, needle) ? doc->metadata.year : 0;
}

/* The first year of a range of years the title ends at @report_year (2016-2020年, 2016至
 * 2020年): the report is of all of them; @report_year itself when there is none. */
static int
title_range_start(const CfDocument *doc, int report_year)
{
	static const char *const separators[] = {"-", "—", "–", "至", "~", "～", "－", NULL};
	g_autofree char *needle = g_strdup_printf("%d年", report_year);
	const char *title = doc->metadata.title;
	const char *at = strstr(title, needle);
	if (at == NULL)
		return report_year;
	for (guint i = 0; separators[i]; i++) {
		gsize n = strlen(separators[i]);
		if ((gsize)(at - title) < n + 4 || memcmp(at - n, separators[i], n) != 0)
			continue;
		const char *digits = at - n - 4;
		if (!g_ascii_isdigit(digits[0]) || !g_ascii_isdigit(digits[1]) ||
		    !g_ascii_isdigit(digits[2]) || !g_ascii_isdigit(digits[3]))
			continue;
		int first = (int)g_ascii_strtoll(digits, NULL, 10);
		if (first < report_year && first > report_year - 50)
			return first;
	}
	return report_year;
}

/* Characters a year's words must share with the title's after its year, at least, to name
 * what the title names (2023年中央财政衔接推进老区乡村振兴补助项目 under 关于下达2024年中央财政
 * 衔接推进老区乡村振兴补助资金的通知). */
#define TITLE_NAME_MIN_CHARS 6

/* The number of characters the text after @c shares, from its start, with the title's text
 * after its year (@name). */
static guint
shared_with_title(const CfDocument *doc, const CfClaim *c, const char *name)
{
	const char *p = doc->norm + c->range.end;
	const char *end = doc->norm + doc->norm_length;
	if (p < end && has_prefix_at(p, end, "度"))
		p += strlen("度");
	guint n = 0;
	while (*name && p < end) {
		const char *next = g_utf8_next_char(name);
		gsize len = (gsize)(next - name);
		if ((gsize)(end - p) < len || memcmp(p, name, len) != 0)
			break;
		p += len;
		name = next;
		n++;
	}
	return n;
}

/* TRUE when @c stands inside a 《…》 on its line: the name of a document cited. */
static gboolean
in_citation(const CfDocument *doc, const CfClaim *c)
{
	const CfLine *line = cf_document_line_at(doc, c->range.start);
	const char *start = doc->norm + line->norm_offset, *p = doc->norm + c->range.start;
	const char *open = g_strrstr_len(start, p - start, "《");
	const char *close = g_strrstr_len(start, p - start, "》");
	return open != NULL && (close == NULL || close < open);
}

/* Claims looked at on either side of a year for the report's year in its sentence, at most. */
#define BESIDE_CLAIMS 32

/* TRUE when @c, the claim at @i, shares its sentence (CfClaim.sentence) with a statement of
 * @report_year among the BESIDE_CLAIMS claims either side: one year set beside another
 * (2016年三公经费预算拨入33万元,2015年三公经费预算拨入57.55万元,与上年对比减少24.55万元), the
 * other year's figure a comparison. */
static gboolean
beside_report_year(const CfCheckContext *ctx, guint i, int report_year)
{
	const CfClaim *c = g_ptr_array_index(ctx->claims, i);
	for (gint step = -1; step <= 1; step += 2) {
		for (gint k = (gint)i + step, n = 0;
		     k >= 0 && k < (gint)ctx->claims->len && n < BESIDE_CLAIMS; k += step, n++) {
			const CfClaim *o = g_ptr_array_index(ctx->claims, k);
			if (o->sentence != c->sentence)
				break;
			/* (not in the name of a document cited: 根据《…下达2024年…的通知》…) */
			if (o->kind == CF_CLAIM_YEAR && o->has_value &&
			    cf_decimal_compare(cf_decimal_trim(o->value),
					       cf_decimal_from_int(report_year)) == 0 &&
			    !in_citation(ctx->document, o))
				return TRUE;
		}
	}
	return FALSE;
}

/* Bytes after two years compared to call two statements parallel (度支出合计: 5 characters). */
#define PARALLEL_WORDS_BYTES 15

/* TRUE when the year @c at @i restates, for itself, a statement made of @report_year next to
 * it in its paragraph, the nearest such year before it or after it: the same words after both
 * years (2017年度支出合计2906万元，…。2016年度支出合计628万元，…; 2022年支出总计7033.15万元，
 * ….2023年支出总计6462.57万元): last year's figures set beside this year's. */
static gboolean
parallels_report_year(const CfCheckContext *ctx, guint i, int report_year)
{
	const CfDocument *doc = ctx->document;
	const CfClaim *c = g_ptr_array_index(ctx->claims, i);
	guint paragraph = cf_document_paragraph_line(doc, c->line);
	for (gint step = -1; step <= 1; step += 2) {
		for (gint k = (gint)i + step, n = 0;
		     k >= 0 && k < (gint)ctx->claims->len && n < BESIDE_CLAIMS; k += step, n++) {
			const CfClaim *o = g_ptr_array_index(ctx->claims, k);
			if (cf_document_paragraph_line(doc, o->line) != paragraph)
				break;
			if (o->kind != CF_CLAIM_YEAR || !o->has_value ||
			    cf_decimal_compare(cf_decimal_trim(o->value),
					       cf_decimal_from_int(report_year)) != 0)
				continue;
			/* the words up to the first figure, at least two characters */
			const char *a = doc->norm + o->range.end, *b = doc->norm + c->range.end;
			gsize m = 0;
			while (m < PARALLEL_WORDS_BYTES && o->range.end + m < doc->norm_length &&
			       c->range.end + m < doc->norm_length && a[m] == b[m] &&
			       a[m] != '\n' && !g_ascii_isdigit(a[m]))
				m++;
			if (m >= 6 && (m == PARALLEL_WORDS_BYTES || g_ascii_isdigit(a[m])))
				return TRUE;
			break;
		}
	}
	return FALSE;
}

/* Characters of a heading line, at most, to be matched with an entry of the table of
 * contents; at least, of the words left to match on. */
#define CONTENTS_MAX_CHARS 50
#define CONTENTS_MIN_CHARS 4

/* The words of a heading line norm[@text, @n) without digits, spaces and leaders (第二部分
 * 2022年度单位决算情况说明5 → 第二部分年度单位决算情况说明), or NULL when too few are left. */
static char *
heading_words(const char *text, gsize n)
{
	static const char *const dropped[] = {"…", "·", "．", "　", NULL};
	GString *out = g_string_sized_new(n);
	for (gsize p = 0; p < n;) {
		if (g_ascii_isdigit(text[p]) || text[p] == ' ' || text[p] == '.' ||
		    text[p] == '\t') {
			p++;
			continue;
		}
		if (cf_rates_skip_word(text, n, &p, dropped))
			continue;
		gsize next = (gsize)(g_utf8_next_char(text + p) - text);
		g_string_append_len(out, text + p, (gssize)(MIN(next, n) - p));
		p = next;
	}
	if (g_utf8_strlen(out->str, -1) < CONTENTS_MIN_CHARS) {
		g_string_free(out, TRUE);
		return NULL;
	}
	return g_string_free(out, FALSE);
}

/* A table of contents' entry and the heading it names with other years (第二部分 2022年度单位
 * 决算情况说明5 … 第二部分 2023年度 单位决算情况说明): an entry is a short line with a year
 * that ends with its page number after words; the heading, a later short line of the same
 * words, no page number.  Found with or without a title year. */
static void
check_contents(CfCheckContext *ctx)
{
	const CfDocument *doc = ctx->document;
	g_autoptr(GHashTable) entries =
		g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	guint last_line = 0;
	for (guint i = 0; i < ctx->claims->len; i++) {
		const CfClaim *c = g_ptr_array_index(ctx->claims, i);
		if (c->kind != CF_CLAIM_YEAR || c->table >= 0 || !c->has_value ||
		    c->line == last_line)
			continue;
		last_line = c->line; /* the first year of a line */
		const CfLine *line = cf_document_get_line(doc, c->line);
		if (line == NULL || line->joined)
			continue;
		const char *text = doc->norm + line->norm_offset;
		gsize n = cf_rates_norm_length(ctx, line->norm_offset,
					       line->norm_offset + line->norm_length);
		while (n > 0 && text[n - 1] == ' ')
			n--;
		if (n == 0 || g_utf8_strlen(text, (gssize)n) > CONTENTS_MAX_CHARS)
			continue;
		/* a page number: one to three digits at the end, after a word or a leader */
		gsize digits = n;
		while (digits > 0 && g_ascii_isdigit(text[digits - 1]))
			digits--;
		gboolean entry = n - digits >= 1 && n - digits <= 3 && digits > 0 &&
				 !g_ascii_isdigit(text[digits - 1]) &&
				 line->norm_offset + digits >= c->range.end;
		g_autofree char *words = heading_words(text, entry ? digits : n);
		if (words == NULL)
			continue;
		if (entry) {
			if (!g_hash_table_contains(entries, words))
				g_hash_table_insert(entries, g_steal_pointer(&words), (gpointer)c);
			continue;
		}
		const CfClaim *e = g_hash_table_lookup(entries, words);
		if (e == NULL ||
		    cf_decimal_compare(cf_decimal_trim(e->value), cf_decimal_trim(c->value)) == 0)
			continue;
		CfDecimal ey = cf_decimal_trim(e->value), cy = cf_decimal_trim(c->value);
		CfFinding *f = cf_check_new_finding(ctx, "year-mismatch", CF_SEVERITY_WARNING, e);
		cf_finding_take_text(f, &f->message,
				     g_strdup_printf("year %" G_GINT64_FORMAT " in the table of "
						     "contents, %" G_GINT64_FORMAT " in the "
						     "heading it names at line %u",
						     ey.mantissa, cy.mantissa, c->line));
		cf_finding_take_text(f, &f->stated,
				     g_strdup_printf("%" G_GINT64_FORMAT, ey.mantissa));
		cf_finding_take_text(f, &f->computed,
				     g_strdup_printf("%" G_GINT64_FORMAT, cy.mantissa));
		cf_check_add_related_claim(ctx, f, c, "the heading");
		g_hash_table_remove(entries, words);
	}
}

static void
run(CfCheckContext *ctx)
{
	const CfDocument *doc = ctx->document;
	if (!cf_check_rule_enabled(ctx, "year-mismatch"))
		return;
	check_contents(ctx);
	int report_year = title_year(doc);
	if (report_year == 0)
		return;
	const CfClaim *title_claim = NULL;
	for (guint i = 0; i < ctx->claims->len && title_claim == NULL; i++) {
		const CfClaim *c = g_ptr_array_index(ctx->claims, i);
		if (c->kind == CF_CLAIM_YEAR && c->line == doc->metadata.year_line)
			title_claim = c;
	}
	/* what the title names after its year (…2024年中央财政衔接推进老区乡村振兴补助资金的通知) */
	g_autofree char *needle = g_strdup_printf("%d年", report_year);
	const char *name = strstr(doc->metadata.title, needle);
	name = name ? name + strlen(needle) : "";
	if (g_str_has_prefix(name, "度"))
		name += strlen("度");
	const gboolean of_accounts = cf_rates_contains_any(doc->metadata.title, accounts_words);
	/* (a title of several years, 2016-2020年: each of them is the report's) */
	const int range_start = title_range_start(doc, report_year);
	CfSectionYear section = {0};
	for (guint i = 0; i < ctx->claims->len; i++) {
		const CfClaim *c = g_ptr_array_index(ctx->claims, i);
		if (c->kind != CF_CLAIM_YEAR || c->table >= 0 || !c->has_value)
			continue;
		if (c->line >= doc->metadata.title_line && c->line <= doc->metadata.year_line)
			continue; /* the title itself */
		CfDecimal whole = cf_decimal_trim(c->value);
		gint64 year = whole.mantissa;
		if (whole.scale != 0 || (year >= range_start && year <= report_year))
			continue;
		gsize from, to;
		clause_around(doc, c->range.start, c->range.end, &from, &to);
		const WordSets *sets = word_sets();
		/* the title's own name under another year, outside a document cited */
		gboolean titled = shared_with_title(doc, c, name) >= TITLE_NAME_MIN_CHARS &&
				  !in_citation(doc, c) &&
				  !contains_any(ctx, c->range.end, to, &sets->document);
		if (!titled && (!of_accounts || !contains_any(ctx, from, to, &sets->budget)))
			continue;
		gboolean own = contains_any(ctx, from, to, &sets->subject);
		if (!titled && !own && !clause_has_amount(ctx, from, to))
			continue;
		if (has_other_year_cue(ctx, from, to) || year_is_date_or_range(doc, c, to))
			continue;
		if (year == report_year - 1 && contains_any(ctx, from, to, &sets->carry_over))
			continue;
		if (beside_report_year(ctx, i, report_year) ||
		    parallels_report_year(ctx, i, report_year))
			continue;
		/* a statement under a heading that names its year (一、2022年财政收入预算执行情况
		 * in a 2023 budget: last year's execution), the heading line itself not */
		cf_section_year_advance(&section, doc, c->range.start);
		if (section.current != 0 && section.current != report_year && c->value.scale == 0 &&
		    c->value.mantissa == section.current && section.heading &&
		    ((const CfBlock *)g_ptr_array_index(doc->blocks, section.heading - 1))
				    ->last_line < c->line)
			continue;

		CfFinding *f = cf_check_new_finding(ctx, "year-mismatch", CF_SEVERITY_WARNING, c);
		cf_finding_take_text(
			f, &f->message,
			titled ? g_strdup_printf("year %" G_GINT64_FORMAT " names what the title "
						 "names with its year %d",
						 year, report_year)
			       : g_strdup_printf(
					 "year %" G_GINT64_FORMAT " in a statement of the "
					 "report's own funds contradicts the report year %d "
					 "of its title",
					 year, report_year));
		cf_finding_take_text(f, &f->stated, g_strdup_printf("%" G_GINT64_FORMAT, year));
		cf_finding_take_text(f, &f->computed, g_strdup_printf("%d", report_year));
		if (title_claim)
			cf_check_add_related_claim(ctx, f, title_claim, "the title's year");
		else
			cf_check_add_related_line(ctx, f, doc->metadata.year_line, 1, "the title's year");
	}
}

const CfCheckFamily cf_check_family_year = {"year", run};
