/* cf-check-rates.c — helpers of the rate families: prose around a claim and money roles. */
#include "check/cf-check-rates.h"
#include "check/cf-check-words.h"
#include "model/cf-utf8.h"

#include <string.h>

/* Marks that end a clause: what is before them says nothing about the number after them. */
static const struct {
	const char *text;
	gsize length;
} clause_marks[] = {
#define MARK(text) {text, sizeof text - 1}
	MARK("，"), MARK("。"), MARK("；"), MARK("："), MARK("！"), MARK("？"), MARK(","), MARK(";"),
	MARK(":"), MARK("\n"),
#undef MARK
};

/* A claim of the prose, in a sentence. */
static inline gboolean
is_prose(const CfClaim *c)
{
	return c->table < 0 && c->sentence != G_MAXUINT;
}

GArray *
cf_rates_sentences(CfCheckContext *ctx)
{
	if (ctx->sentence_views)
		return ctx->sentence_views;
	GPtrArray *claims = ctx->claims;
	/* the prose claims and their sentences counted first: the claims go in one array
	 * allocated at its size, which the views point into */
	guint n = 0, n_sentences = 0;
	const CfClaim *previous = NULL;
	for (guint i = 0; i < claims->len; i++) {
		const CfClaim *c = g_ptr_array_index(claims, i);
		if (!is_prose(c))
			continue;
		n++;
		n_sentences += previous == NULL || c->sentence != previous->sentence;
		previous = c;
	}
	GPtrArray *flat = g_ptr_array_sized_new(n);
	GArray *views = g_array_sized_new(FALSE, FALSE, sizeof(CfRatesSentence), n_sentences);
	g_array_set_size(views, n_sentences);
	CfRatesSentence *view = NULL;
	previous = NULL;
	for (guint i = 0; i < claims->len; i++) {
		const CfClaim *c = g_ptr_array_index(claims, i);
		if (!is_prose(c))
			continue;
		if (previous == NULL || c->sentence != previous->sentence) {
			view = view ? view + 1 : &g_array_index(views, CfRatesSentence, 0);
			*view = (CfRatesSentence){(const CfClaim *const *)flat->pdata + flat->len, 0};
		}
		g_ptr_array_add(flat, (gpointer)c);
		view->len++;
		previous = c;
	}
	ctx->sentences = flat;
	ctx->sentence_views = views;
	ctx->money_roles = g_new0(guint8, MAX(n, 1));
	return views;
}

gint
cf_rates_sentence_find(const CfRatesSentence *sentence, const CfClaim *claim)
{
	/* the claims are in document order, by range start (as cf_rates_first_claim_at()
	 * reads them): the first that starts where @claim does, by bisection, then those that
	 * start there too.  A linear search made a sentence of n claims cost n² (a 34 MB line
	 * with no full stop took 9 minutes). */
	guint low = 0, high = sentence->len;
	/* (most sentences hold a few claims: a search from the start costs less there) */
	while (high - low > 16) {
		guint mid = low + (high - low) / 2;
		if (sentence->claims[mid]->range.start < claim->range.start)
			low = mid + 1;
		else
			high = mid;
	}
	while (low < sentence->len && sentence->claims[low]->range.start < claim->range.start)
		low++;
	for (guint i = low; i < sentence->len; i++) {
		if (sentence->claims[i]->range.start != claim->range.start)
			break;
		if (sentence->claims[i] == claim)
			return (gint)i;
	}
	return -1;
}

/* The start of @c's paragraph in norm: of the line the claim names (its range starts there:
 * lines are the same in norm as in the text), looked up by offset only when that line does
 * not hold the claim's start; of the first line of a hard-wrapped paragraph (CfLine.joined). */
static gsize
line_start(const CfCheckContext *ctx, const CfClaim *c)
{
	const CfDocument *doc = ctx->document;
	guint number = c->line;
	const CfLine *l = number >= 1 && number <= doc->lines->len
				  ? &g_array_index(doc->lines, CfLine, number - 1)
				  : NULL;
	if (l == NULL || l->norm_offset > c->range.start ||
	    (number < doc->lines->len && (l + 1)->norm_offset <= c->range.start)) {
		l = cf_document_line_at(doc, c->range.start);
		number = l->number;
	}
	if (l->joined)
		l = cf_document_get_line(doc, cf_document_paragraph_line(doc, number));
	return l->norm_offset;
}

/* Moves @p forward to the next character boundary (a UTF-8 lead byte). */
static gsize
char_boundary(const char *norm, gsize p, gsize floor)
{
	while (p > floor && (norm[p] & 0xC0) == 0x80)
		p++;
	return p;
}

/* The end of the last clause mark in norm[start, end), or @start when there is none.  The
 * marks are whole characters of valid UTF-8: they cannot overlap or match inside another
 * character, so the first one found scanning back is the one that ends last. */
static gsize
after_last_clause_mark(const char *norm, gsize start, gsize end)
{
	/* the last bytes of the marks, to pass over every other byte at once */
	guint64 last_bytes[4] = {0};
	for (gsize i = 0; i < G_N_ELEMENTS(clause_marks); i++) {
		guchar b = (guchar)clause_marks[i].text[clause_marks[i].length - 1];
		last_bytes[b / 64] |= G_GUINT64_CONSTANT(1) << (b % 64);
	}
	for (gsize p = end; p > start; p--) {
		guchar b = (guchar)norm[p - 1];
		if (!(last_bytes[b / 64] & (G_GUINT64_CONSTANT(1) << (b % 64))))
			continue;
		for (gsize i = 0; i < G_N_ELEMENTS(clause_marks); i++) {
			gsize n = clause_marks[i].length;
			if (norm[p - 1] == clause_marks[i].text[n - 1] && p >= start + n &&
			    memcmp(norm + p - n, clause_marks[i].text, n) == 0)
				return p;
		}
	}
	return start;
}

void
cf_rates_range_before(const CfCheckContext *ctx, const CfClaim *from, const CfClaim *claim,
		      gboolean clause, gsize *start_out, gsize *end_out)
{
	const char *norm = ctx->document->norm;
	gsize end = claim->range.start;
	gsize start = line_start(ctx, claim);
	if (end > RATES_MAX_LOOKBACK && end - RATES_MAX_LOOKBACK > start)
		start = char_boundary(norm, end - RATES_MAX_LOOKBACK, 0);
	if (from && from->range.end <= end && from->range.end > start)
		start = from->range.end;
	if (clause)
		start = after_last_clause_mark(norm, start, end);
	*start_out = start;
	*end_out = end;
}

char *
cf_rates_text_before(const CfCheckContext *ctx, const CfClaim *from, const CfClaim *claim,
		     gboolean clause)
{
	gsize start, end;
	cf_rates_range_before(ctx, from, claim, clause, &start, &end);
	return g_strndup(ctx->document->norm + start, end - start);
}

gboolean
cf_rates_between_on_line(const CfCheckContext *ctx, const CfClaim *a, const CfClaim *b,
			 gboolean *stop)
{
	static const char *const stops[] = {"。", "！", "？", NULL};
	if (!cf_rates_same_line(ctx, a, b) || a->range.end > b->range.start)
		return FALSE;
	/* (up to a NUL, as the copy cf_rates_text_between() makes would be) */
	gsize n = cf_rates_norm_length(ctx, a->range.end, b->range.start);
	*stop = cf_rates_first_of(ctx->document->norm + a->range.end, n, stops) < n;
	return TRUE;
}

int
cf_rates_flow_named(const char *text, gsize n)
{
	const char *income = g_strrstr_len(text, (gssize)n, "收入");
	const char *spending = g_strrstr_len(text, (gssize)n, "支出");
	if (income == NULL && spending == NULL)
		return 0;
	return spending == NULL || (income != NULL && income > spending) ? 1 : -1;
}

gboolean
cf_rates_continues_sentence(const CfCheckContext *ctx, const CfClaim *a, const CfClaim *b)
{
	static const char *const stops[] = {"。", "！", "？", NULL};
	gboolean stop;
	if (!cf_rates_between_on_line(ctx, a, b, &stop))
		return FALSE;
	if (!stop)
		return TRUE;
	/* the words after the last stop open with 其中 */
	const char *norm = ctx->document->norm;
	gsize start = a->range.end, end = b->range.start, after = start;
	for (gsize p = start; p < end;) {
		gsize n = end - p, k = cf_rates_first_of(norm + p, n, stops);
		if (k >= n)
			break;
		p += k + strlen("。"); /* every stop is three bytes */
		after = p;
	}
	while (after < end && norm[after] == ' ')
		after++;
	static const char qizhong[] = "其中";
	return end - after >= sizeof qizhong - 1 &&
	       memcmp(norm + after, qizhong, sizeof qizhong - 1) == 0;
}

char *
cf_rates_text_between(const CfCheckContext *ctx, const CfClaim *a, const CfClaim *b)
{
	if (!cf_rates_same_line(ctx, a, b) || a->range.end > b->range.start)
		return NULL;
	return g_strndup(ctx->document->norm + a->range.end, b->range.start - a->range.end);
}

gsize
cf_rates_find_before(const CfCheckContext *ctx, const CfClaim *claim, const char *word,
		     const char *const *stops)
{
	const char *norm = ctx->document->norm;
	gsize end = claim->range.start;
	gsize start = line_start(ctx, claim);
	if (end > RATES_MAX_LOOKBACK && end - RATES_MAX_LOOKBACK > start)
		start = char_boundary(norm, end - RATES_MAX_LOOKBACK, 0);
	gsize n = strlen(word);
	for (gsize p = end; p >= start + n; p--) {
		for (guint s = 0; stops && stops[s]; s++) {
			gsize m = strlen(stops[s]);
			if (p >= start + m && memcmp(norm + p - m, stops[s], m) == 0)
				return G_MAXSIZE;
		}
		if (memcmp(norm + p - n, word, n) == 0)
			return p - n;
	}
	return G_MAXSIZE;
}

/* At most this many bytes lie between a figure and its share (，占 ，占比为 （占). */
#define SHARE_GAP_BYTES 18

guint
cf_rates_first_claim_at(const CfCheckContext *ctx, gsize offset)
{
	guint lo = 0, hi = ctx->claims->len;
	while (lo < hi) {
		guint mid = lo + (hi - lo) / 2;
		const CfClaim *c = g_ptr_array_index(ctx->claims, mid);
		if (c->range.start < offset)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

const CfClaim *
cf_rates_share_within(const CfCheckContext *ctx, const CfClaim *claim, gsize max_gap,
		      gboolean across_lines)
{
	guint lo = cf_rates_first_claim_at(ctx, claim->range.end);
	if (lo >= ctx->claims->len)
		return NULL;
	const CfClaim *share = g_ptr_array_index(ctx->claims, lo);
	if (share->kind != CF_CLAIM_PERCENT || !share->has_value || cf_claim_is_points(share) ||
	    (!across_lines && !cf_rates_same_line(ctx, share, claim)) ||
	    share->table != claim->table || share->range.start - claim->range.end > max_gap)
		return NULL;
	const char *gap = ctx->document->norm + claim->range.end;
	gsize n = share->range.start - claim->range.end;
	if (memmem(gap, n, "占", strlen("占")) == NULL)
		return NULL;
	if (!across_lines && memchr(gap, '\n', n) != NULL)
		return NULL;
	static const char *const clause_ends[] = {"。", "；", ";", NULL};
	for (guint i = 0; clause_ends[i]; i++)
		if (memmem(gap, n, clause_ends[i], strlen(clause_ends[i])) != NULL)
			return NULL;
	return share;
}

const CfClaim *
cf_rates_share_after(const CfCheckContext *ctx, const CfClaim *claim)
{
	return cf_rates_share_within(ctx, claim, SHARE_GAP_BYTES, FALSE);
}

gboolean
cf_rates_add_bounded(CfInterval *sum, CfInterval add)
{
	return !add.low_unbounded && !add.high_unbounded && cf_interval_add(*sum, add, sum);
}

gboolean
cf_rates_shares_complete(const CfClaim *const *shares, guint n)
{
	if (n < 2)
		return FALSE;
	CfInterval sum = cf_interval_point(cf_decimal_from_int(0));
	for (guint i = 0; i < n; i++)
		if (!cf_rates_add_bounded(&sum, shares[i]->interval))
			return FALSE;
	return cf_interval_contains(sum, cf_decimal_from_int(100));
}

gboolean
cf_rates_skip_word(const char *text, gsize n, gsize *at, const char *const *words)
{
	if (*at >= n)
		return FALSE;
	for (guint i = 0; words[i]; i++) {
		/* the first byte tells most words apart before their length is known */
		if (words[i][0] != text[*at])
			continue;
		gsize m = strlen(words[i]);
		if (n - *at >= m && memcmp(text + *at, words[i], m) == 0) {
			*at += m;
			return TRUE;
		}
	}
	return FALSE;
}

int
cf_rates_paren_at(const char *text, gsize n, gsize at, gsize *width)
{
	static const char open_wide[] = "（", close_wide[] = "）";
	if (at >= n)
		return 0;
	*width = 1;
	if (text[at] == '(')
		return 1;
	if (text[at] == ')')
		return -1;
	*width = sizeof open_wide - 1;
	if (n - at >= *width && memcmp(text + at, open_wide, *width) == 0)
		return 1;
	if (n - at >= *width && memcmp(text + at, close_wide, *width) == 0)
		return -1;
	return 0;
}

gboolean
cf_rates_is_compared_figure(const CfCheckContext *ctx, const CfClaim *claim)
{
	static const char *const comparing[] = {"较", "比", "与", "同", NULL};
	static const char *const last_year[] = {"上一年", "上年度", "上年", "去年", NULL};
	static const char *const year_tail[] = {"年度", "年", NULL};
	static const char *const joiners[] = {"同期", "的", "为", NULL};
	/* what of that year the figure is (较2023年年初预算的1278万元) */
	static const char *const roles[] = {"年初预算数", "年初预算", "预算数", "预算", "决算数",
					    "决算", "执行数", NULL};
	gsize start, end;
	cf_rates_range_before(ctx, NULL, claim, TRUE, &start, &end);
	const char *text = ctx->document->norm + start;
	gsize n = cf_rates_norm_length(ctx, start, end), at = 0;
	while (at < n && (text[at] == ' ' || text[at] == '\t'))
		at++;
	if (!cf_rates_skip_word(text, n, &at, comparing))
		return FALSE;
	/* or of another stage of the same year (比报告数49500万元增加8万元) */
	static const char *const stages[] = {"报告数",     "调整预算数", "调整预算", "人代会预算数",
					     "年初预算数", "年初预算",   NULL};
	if (cf_rates_skip_word(text, n, &at, stages)) {
		while (cf_rates_skip_word(text, n, &at, joiners))
			;
		return at == n;
	}
	if (!cf_rates_skip_word(text, n, &at, last_year)) {
		gsize digits = 0;
		while (at < n && g_ascii_isdigit(text[at]))
			at++, digits++;
		if (digits != 4 || !cf_rates_skip_word(text, n, &at, year_tail))
			return FALSE;
	}
	cf_rates_skip_word(text, n, &at, roles);
	while (cf_rates_skip_word(text, n, &at, joiners))
		;
	while (at < n && (text[at] == ' ' || text[at] == '\t'))
		at++;
	return at == n;
}

gsize
cf_rates_first_of(const char *text, gsize n, const char *const *words)
{
	gsize first = n;
	for (guint i = 0; words[i]; i++) {
		const char *at = memmem(text, n, words[i], strlen(words[i]));
		if (at && (gsize)(at - text) < first)
			first = (gsize)(at - text);
	}
	return first;
}

gboolean
cf_rates_contains_any(const char *text, const char *const *words)
{
	const gsize n = strlen(text);
	for (guint i = 0; words[i]; i++)
		if (cf_utf8_find(text, n, words[i], strlen(words[i])))
			return TRUE;
	return FALSE;
}

gboolean
cf_rates_is_value(const CfClaim *c)
{
	if (!c->has_value)
		return FALSE;
	switch (c->kind) {
	case CF_CLAIM_AMOUNT:
	case CF_CLAIM_COUNT:
	case CF_CLAIM_NUMBER:
	case CF_CLAIM_PERCENT:
	case CF_CLAIM_SCORE:
	case CF_CLAIM_QUANTITY:
	case CF_CLAIM_RATE:
		return TRUE;
	default:
		return FALSE;
	}
}

const CfClaim *
cf_rates_previous_value(const CfRatesSentence *claims, const CfClaim *claim)
{
	gint at = cf_rates_sentence_find(claims, claim);
	if (at < 0)
		return NULL;
	while (at-- > 0) {
		const CfClaim *c = claims->claims[at];
		if (c->kind == CF_CLAIM_YEAR || c->kind == CF_CLAIM_ORDINAL)
			continue;
		return c;
	}
	return NULL;
}

/* Measure words that count people: 23人 and 69名 can be part and whole. */
static const char *const people_words[] = {"人", "名", "位", NULL};

gboolean
cf_rates_names_people(const char *word, gsize n)
{
	for (guint i = 0; word && people_words[i]; i++)
		if (n == strlen(people_words[i]) && memcmp(word, people_words[i], n) == 0)
			return TRUE;
	return FALSE;
}

gboolean
cf_rates_names_value_added(const char *label)
{
	static const char *const value_added[] = {"增加值", "生产总值", "GDP", NULL};
	return label && cf_rates_contains_any(label, value_added);
}

static gboolean
is_people(const char *unit)
{
	return unit && cf_rates_names_people(unit, strlen(unit));
}

gboolean
cf_rates_same_measure(const CfClaim *a, const CfClaim *b)
{
	if (a->kind != b->kind)
		return FALSE;
	if (a->kind == CF_CLAIM_AMOUNT)
		return TRUE;
	if (a->kind == CF_CLAIM_QUANTITY)
		return cf_claim_same_unit(a, b);
	if (a->kind != CF_CLAIM_COUNT)
		return FALSE;
	if (cf_claim_same_unit(a, b))
		return TRUE;
	return is_people(a->unit) && is_people(b->unit);
}

/* ---- money roles ---- */

gint
cf_rates_last_word(CfRatesWordIndex *index, const CfRatesWord *words, guint n_words,
		   const char *text, gsize length)
{
	if (g_once_init_enter(&index->ready)) {
		g_assert(n_words <= G_N_ELEMENTS(index->next));
		/* chained in list order: the first listed comes first */
		for (guint i = n_words; i-- > 0;) {
			guchar last = (guchar)words[i].word[words[i].length - 1];
			index->next[i] = index->head[last];
			index->head[last] = (guint8)(i + 1);
		}
		g_once_init_leave(&index->ready, 1);
	}
	for (gsize p = length; p > 0; p--) {
		gint best = -1;
		gsize best_length = 0;
		for (guint i = index->head[(guchar)text[p - 1]]; i; i = index->next[i - 1]) {
			const CfRatesWord *w = &words[i - 1];
			if (w->length > p || w->length <= best_length ||
			    memcmp(text + p - w->length, w->word, w->length) != 0)
				continue;
			best = (gint)i - 1;
			best_length = w->length;
		}
		if (best >= 0)
			return best;
	}
	return -1;
}

/* The word that ends last before the number decides; at the same end the longer word. */
static const CfRatesWord role_words[] = {
	CF_RATES_WORD("实际支出", RATES_ROLE_SPENT),
	CF_RATES_WORD("实际支付", RATES_ROLE_SPENT),
	CF_RATES_WORD("实际使用", RATES_ROLE_SPENT),
	CF_RATES_WORD("支出决算", RATES_ROLE_SPENT),
	CF_RATES_WORD("决算数", RATES_ROLE_SPENT),
	CF_RATES_WORD("决算", RATES_ROLE_SPENT),
	CF_RATES_WORD("执行数", RATES_ROLE_SPENT),
	CF_RATES_WORD("执行", RATES_ROLE_SPENT),
	CF_RATES_WORD("已支付", RATES_ROLE_SPENT),
	CF_RATES_WORD("支付", RATES_ROLE_SPENT),
	CF_RATES_WORD("支出数", RATES_ROLE_SPENT),
	CF_RATES_WORD("支出", RATES_ROLE_SPENT_WEAK),
	CF_RATES_WORD("使用", RATES_ROLE_SPENT_WEAK),
	CF_RATES_WORD("预算", RATES_ROLE_BUDGET),
	CF_RATES_WORD("预算数", RATES_ROLE_BUDGET),
	CF_RATES_WORD("全年预算", RATES_ROLE_BUDGET),
	CF_RATES_WORD("批复", RATES_ROLE_BUDGET),
	CF_RATES_WORD("年初预算", RATES_ROLE_BUDGET_INITIAL),
	CF_RATES_WORD("追加", RATES_ROLE_BUDGET_ADJUST),
	CF_RATES_WORD("调增", RATES_ROLE_BUDGET_ADJUST),
	CF_RATES_WORD("调整", RATES_ROLE_BUDGET_ADJUST),
	CF_RATES_WORD("结转", RATES_ROLE_BUDGET_CARRY),
	CF_RATES_WORD("调减", RATES_ROLE_REDUCTION),
	CF_RATES_WORD("核减", RATES_ROLE_REDUCTION),
	CF_RATES_WORD("收回", RATES_ROLE_REDUCTION),
	CF_RATES_WORD("收入", RATES_ROLE_OTHER),
	CF_RATES_WORD("结余", RATES_ROLE_OTHER),
	CF_RATES_WORD("资金总额", RATES_ROLE_OTHER),
	/* a fund's name, no budget (安排预算稳定调节基金等7.74亿元), nor a budget's (一般公共预算
	 * 教育经费3335.17万元: what the general budget spends on education) */
	CF_RATES_WORD("预算稳定调节基金", RATES_ROLE_OTHER),
	CF_RATES_WORD("一般公共预算", RATES_ROLE_OTHER),
	CF_RATES_WORD("公共财政预算", RATES_ROLE_OTHER),
	CF_RATES_WORD("政府性基金预算", RATES_ROLE_OTHER),
	CF_RATES_WORD("国有资本经营预算", RATES_ROLE_OTHER),
	CF_RATES_WORD("社会保险基金预算", RATES_ROLE_OTHER),
};

/* Words that make a figure a gap between two others wherever they stand in its clause. */
static const char *const difference_words[] = {
	"大于", "小于",   "超出",   "超过", "超支",   "多于",   "少于",   "差额",   "节约",
	"节余", "增加",   "减少",   "增长", "下降",   "上升",   "降低",   "提高",   "增幅",
	"降幅", "比上年", "较上年", "同比", "比去年", "较去年", "未支付", "未使用", "剩余",
	"其中", "增收",   "减收",   "增支", "减支",   NULL,
};

/* The role the words of text[0, @length) give a figure after them. */
static CfRatesRole
role_of_text(const char *text, gsize length, gboolean check_difference)
{
	static CfWordBytes difference;
	if (check_difference &&
	    cf_word_bytes_in(cf_word_bytes_get(&difference, difference_words,
					       G_N_ELEMENTS(difference_words) - 1),
			     text, length))
		return RATES_ROLE_DIFFERENCE;
	static CfRatesWordIndex index;
	gint word = cf_rates_last_word(&index, role_words, G_N_ELEMENTS(role_words), text, length);
	return word < 0 ? RATES_ROLE_OTHER : (CfRatesRole)role_words[word].value;
}

/* cf_rates_money_role() of @claim, the claim at @at of @sentence (-1: not known). */
static CfRatesRole
money_role_at(const CfCheckContext *ctx, const CfRatesSentence *sentence, const CfClaim *claim,
	      gint at)
{
	if (claim->kind != CF_CLAIM_AMOUNT || !claim->has_value)
		return RATES_ROLE_OTHER;
	if (cf_claim_has_cue(claim, "其中"))
		return RATES_ROLE_DIFFERENCE;
	/* the words since the previous number of the sentence, within the clause */
	if (at < 0)
		at = cf_rates_sentence_find(sentence, claim);
	const CfClaim *previous = at > 0 ? sentence->claims[at - 1] : NULL;
	gsize start, end;
	cf_rates_range_before(ctx, previous, claim, TRUE, &start, &end);
	/* what cf_rates_text_before() would copy, up to a NUL */
	const char *text = ctx->document->norm + start;
	return role_of_text(text, cf_rates_norm_length(ctx, start, end), TRUE);
}

CfRatesRole
cf_rates_money_role(const CfCheckContext *ctx, const CfRatesSentence *sentence,
		    const CfClaim *claim)
{
	return money_role_at(ctx, sentence, claim, -1);
}

/* The role of the claim at @at of @sentence, read once per document when @sentence is one of
 * cf_rates_sentences() (the role depends on the document and the sentence only). */
static CfRatesRole
money_role_kept(const CfCheckContext *ctx, const CfRatesSentence *sentence, guint at)
{
	const CfClaim *claim = sentence->claims[at];
	const CfClaim *const *all = ctx->sentences ? (const CfClaim *const *)ctx->sentences->pdata
						   : NULL;
	if (all == NULL || ctx->money_roles == NULL || sentence->claims < all ||
	    sentence->claims + sentence->len > all + ctx->sentences->len)
		return money_role_at(ctx, sentence, claim, (gint)at);
	guint8 *kept = &ctx->money_roles[sentence->claims + at - all];
	if (*kept == 0)
		*kept = (guint8)(1 + money_role_at(ctx, sentence, claim, (gint)at));
	return (CfRatesRole)(*kept - 1);
}

CfRatesRole
cf_rates_column_role(const char *label)
{
	if (label == NULL || strstr(label, "其中") || strstr(label, "率") || strstr(label, "%") ||
	    strstr(label, "上年") || strstr(label, "差"))
		return RATES_ROLE_OTHER;
	/* the last part of a two-line header decides ("预算执行情况/执行数") */
	const char *last = strrchr(label, '/');
	const char *leaf = last ? last + 1 : label;
	CfRatesRole role = role_of_text(leaf, strlen(leaf), FALSE);
	if (role == RATES_ROLE_OTHER && last)
		role = role_of_text(label, strlen(label), FALSE);
	if (role == RATES_ROLE_BUDGET_INITIAL)
		role = RATES_ROLE_BUDGET;
	/* 资金用途、使用方向 is a text column, not spending */
	if (role == RATES_ROLE_SPENT_WEAK && strstr(label, "支出") == NULL)
		role = RATES_ROLE_OTHER;
	return role;
}

gboolean
cf_rates_budget_and_spending(const CfCheckContext *ctx, const CfRatesSentence *sentence,
			     const CfClaim *limit, CfTerm **budget_out, const CfClaim **spent_out)
{
	const CfClaim *whole = NULL, *spent = NULL, *weak = NULL;
	const CfClaim *components[RATES_ROLE_BUDGET_CARRY + 1] = {0};
	gboolean ambiguous_whole = FALSE, ambiguous_spent = FALSE, ambiguous_weak = FALSE;
	gboolean ambiguous_component = FALSE;
	for (guint i = 0; i < sentence->len; i++) {
		const CfClaim *c = sentence->claims[i];
		if (c == limit)
			break;
		if (c->kind != CF_CLAIM_AMOUNT || !c->has_value)
			continue;
		CfRatesRole role = money_role_kept(ctx, sentence, i);
		switch (role) {
		case RATES_ROLE_BUDGET:
			if (whole && cf_decimal_compare(whole->value, c->value) != 0)
				ambiguous_whole = TRUE;
			whole = whole ? whole : c;
			break;
		case RATES_ROLE_BUDGET_INITIAL:
		case RATES_ROLE_BUDGET_ADJUST:
		case RATES_ROLE_BUDGET_CARRY:
			if (components[role])
				ambiguous_component = TRUE;
			components[role] = c;
			break;
		case RATES_ROLE_SPENT:
			if (spent && cf_decimal_compare(spent->value, c->value) != 0)
				ambiguous_spent = TRUE;
			spent = spent ? spent : c;
			break;
		case RATES_ROLE_SPENT_WEAK:
			if (weak && cf_decimal_compare(weak->value, c->value) != 0)
				ambiguous_weak = TRUE;
			weak = weak ? weak : c;
			break;
		case RATES_ROLE_REDUCTION:
			return FALSE; /* a cut we cannot place in a sum */
		default:
			break;
		}
	}
	if (spent == NULL && !ambiguous_weak)
		spent = weak;
	else if (spent == NULL || ambiguous_spent)
		return FALSE;
	if (spent == NULL)
		return FALSE;
	CfTerm *budget = NULL;
	if (whole) {
		/* (预算数3786.71万元，调整数4610.19万元，决算数4610.19万元: the adjustment is the
		 * adjusted budget or what was added to the budget — either way not that budget) */
		if (ambiguous_whole || components[RATES_ROLE_BUDGET_ADJUST])
			return FALSE;
		budget = cf_check_term(ctx, whole);
	} else if (components[RATES_ROLE_BUDGET_INITIAL] && !ambiguous_component) {
		GPtrArray *parts = g_ptr_array_new();
		for (int r = RATES_ROLE_BUDGET_INITIAL; r <= RATES_ROLE_BUDGET_CARRY; r++)
			if (components[r])
				g_ptr_array_add(parts, cf_check_term(ctx, components[r]));
		if (parts->len == 1) {
			budget = g_ptr_array_steal_index(parts, 0);
			g_ptr_array_unref(parts);
		} else {
			budget = cf_term_new_sum(parts);
		}
	} else {
		return FALSE;
	}
	/* the spending stated first and the budget after it is a sentence of another shape
	 * ("支出100万元，占预算的…"): only the usual order is read */
	*budget_out = budget;
	*spent_out = spent;
	return TRUE;
}

/* TRUE when norm[*@from, @to) ends a sentence with 。 or a paragraph; *@from moves to @to. */
static gboolean
breakdown_ends(const char *norm, gsize *from, gsize to)
{
	static const char stop[] = "。";
	const char *p = norm + *from, *end = norm + MAX(*from, to);
	*from = MAX(*from, to);
	return memchr(p, '\n', (gsize)(end - p)) != NULL ||
	       memmem(p, (gsize)(end - p), stop, sizeof stop - 1) != NULL;
}

/* TRUE when norm[@from, @to) holds a 其中 that no 。 follows: a breakdown opened where the
 * cues of the claim at @to cannot see it (a 其中： ending the paragraph before). */
static gboolean
qizhong_before(const char *norm, gsize from, gsize to)
{
	static const char qizhong[] = "其中", stop[] = "。";
	const char *p = norm + from, *end = norm + MAX(from, to), *last = NULL;
	for (const char *q; (q = memmem(p, (gsize)(end - p), qizhong, sizeof qizhong - 1));
	     p = q + sizeof qizhong - 1)
		last = q;
	return last && memmem(last, (gsize)(end - last), stop, sizeof stop - 1) == NULL;
}

/* TRUE when @c may be the whole of a breakdown after it: a prose amount with a label, and
 * no change (同比增加X元，其中… breaks the change down, not a level). */
static gboolean
breakdown_level(const CfClaim *c)
{
	static const char *const change[] = {"增加", "减少", "增长", "下降", "增收", "减收",
					     "增支", "减支", "同比", "上年", "去年", NULL};
	return c->kind == CF_CLAIM_AMOUNT && c->has_value && c->label != NULL &&
	       !cf_rates_contains_any(c->label, change) && !cf_claim_has_any_cue(c, change);
}

gboolean
cf_rates_breakdown_part(CfCheckContext *ctx, const CfClaim *claim, const char **whole)
{
	if (ctx->breakdowns == NULL) {
		ctx->breakdowns = g_hash_table_new(g_direct_hash, g_direct_equal);
		const char *norm = ctx->document->norm;
		gboolean open = FALSE;
		gsize scanned = 0, previous_end = 0;
		const char *last_level = NULL, *of = NULL;
		for (guint i = 0; i < ctx->claims->len; i++) {
			const CfClaim *c = g_ptr_array_index(ctx->claims, i);
			/* the text since the claim before (a table's too: its 其中 rows open
			 * nothing in prose) */
			gsize gap_start = previous_end;
			previous_end = c->range.end;
			if (c->table >= 0)
				continue;
			if (open && breakdown_ends(norm, &scanned, c->range.start))
				open = FALSE;
			if (cf_claim_has_cue(c, "其中") ||
			    qizhong_before(norm, gap_start, c->range.start) ||
			    (open && cf_claim_has_cue(c, "包括"))) {
				open = TRUE;
				scanned = c->range.end;
				of = last_level;
			}
			if (open)
				g_hash_table_insert(ctx->breakdowns, (gpointer)c,
						    (gpointer)(of ? of : ""));
			if (breakdown_level(c))
				last_level = c->label;
		}
	}
	const char *of = g_hash_table_lookup(ctx->breakdowns, claim);
	if (whole)
		*whole = of && *of ? of : NULL;
	return of != NULL;
}

gboolean
cf_rates_has_relation(const CfCheckContext *ctx, const CfClaim *claim, CfRelationKind kind)
{
	for (guint i = 0; i < ctx->relations->len; i++) {
		const CfRelation *r = g_ptr_array_index(ctx->relations, i);
		if (r->kind == kind && r->result->kind == CF_TERM_CLAIM && r->result->claim == claim)
			return TRUE;
	}
	return FALSE;
}

/* Whether @label is @rest with its 收入 made 支出 or the reverse: the other side of a pair
 * stated together (财政拨款收入总计X，支出总计Y). */
static gboolean
other_side(const char *rest, const char *label)
{
	static const char *const sides[][2] = {{"收入", "支出"}, {"支出", "收入"}};
	for (guint i = 0; i < G_N_ELEMENTS(sides); i++) {
		const char *at = strstr(rest, sides[i][0]);
		if (at == NULL)
			continue;
		gsize before = (gsize)(at - rest), side = strlen(sides[i][0]);
		if (strlen(label) == strlen(rest) && strncmp(label, rest, before) == 0 &&
		    strncmp(label + before, sides[i][1], side) == 0 &&
		    strcmp(label + before + side, at + side) == 0)
			return TRUE;
	}
	return FALSE;
}

guint
cf_pair_source_next(CfPairSource *pair, const char *const *sources, const CfClaim *claim,
		    gboolean *own)
{
	*own = FALSE;
	if (claim->sentence != pair->sentence)
		*pair = (CfPairSource){claim->sentence, 0, NULL};
	const char *rest = NULL;
	guint source = sources ? cf_identities_source_prefix(sources, claim->label, &rest) : 0;
	if (source) {
		pair->source = source;
		pair->rest = rest;
		*own = TRUE;
		return source;
	}
	return pair->source && other_side(pair->rest, claim->label) ? pair->source : 0;
}

/* The funding source (index + 1) norm[@start, @end) names, the longest; 0 when none. */
static guint
source_within(const char *const *sources, const char *norm, gsize start, gsize end)
{
	for (guint i = 0; sources[i]; i++)
		if (cf_utf8_find(norm + start, end - start, sources[i], strlen(sources[i])) != NULL)
			return i + 1;
	return 0;
}

/* The next heading of @doc from block *@next_block on that starts at or before norm offset
 * @offset, its level (1 .. CF_SECTION_LEVELS − 1) in *@level; *@next_block moves past it.
 * NULL when there is none. */
static const CfBlock *
next_heading(const CfDocument *doc, guint *next_block, gsize offset, guint *level)
{
	for (; *next_block < doc->blocks->len; ++*next_block) {
		const CfBlock *b = g_ptr_array_index(doc->blocks, *next_block);
		if (b->range.start > offset)
			return NULL;
		if (b->kind != CF_BLOCK_HEADING)
			continue;
		++*next_block;
		*level = (guint)CLAMP(b->heading_level, 1, CF_SECTION_LEVELS - 1);
		return b;
	}
	return NULL;
}

void
cf_section_scope_advance(CfSectionScope *s, const CfDocument *doc, const char *const *sources,
			 gsize offset)
{
	guint level;
	for (const CfBlock *b; (b = next_heading(doc, &s->next_block, offset, &level));) {
		guint own = source_within(sources, doc->norm, b->range.start, b->range.end);
		for (guint l = level; own == 0 && l-- > 1;)
			if (s->set[l])
				own = s->scope[l];
		s->scope[level] = own;
		s->set[level] = TRUE;
		for (guint l = level + 1; l < CF_SECTION_LEVELS; l++)
			s->set[l] = FALSE;
		s->current = own;
	}
}

/* The first year norm[@start, @end) names (4 digits from 1900 to 2099, then 年), 0 when none. */
static int
year_within(const char *norm, gsize start, gsize end)
{
	static const char year[] = "年";
	for (gsize p = start; p + 4 + sizeof year - 1 <= end; p++) {
		const char *s = norm + p;
		if (!(s[0] == '1' && s[1] == '9') && !(s[0] == '2' && s[1] == '0'))
			continue;
		if (!g_ascii_isdigit(s[2]) || !g_ascii_isdigit(s[3]) ||
		    memcmp(s + 4, year, sizeof year - 1) != 0 || (p > start && g_ascii_isdigit(s[-1])))
			continue;
		return (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
	}
	return 0;
}

void
cf_section_year_advance(CfSectionYear *s, const CfDocument *doc, gsize offset)
{
	guint level;
	for (const CfBlock *b; (b = next_heading(doc, &s->next_block, offset, &level));) {
		/* (its title: the first sentence, when the heading has a body) */
		gsize end = b->n_sentences > 0 ? MIN(b->range.end, b->sentences[0].end) : b->range.end;
		int own = year_within(doc->norm, b->range.start, end);
		for (guint l = level; own == 0 && l-- > 1;)
			own = s->year[l];
		s->year[level] = own;
		for (guint l = level + 1; l < CF_SECTION_LEVELS; l++)
			s->year[l] = 0;
		s->current = own;
		s->heading = s->next_block; /* (next_heading() has passed it) */
	}
}

/* Bytes of a paragraph read back from a figure for the fund or the stage it names. */
#define PARAGRAPH_LOOKBACK 2400

/* norm[*@start, @end): the paragraph of @claim before it, at most PARAGRAPH_LOOKBACK bytes
 * (from a character boundary). */
static void
paragraph_before(const CfCheckContext *ctx, const CfClaim *claim, gsize *start, gsize *end)
{
	const CfDocument *doc = ctx->document;
	const CfLine *first =
		cf_document_get_line(doc, cf_document_paragraph_line(doc, claim->line));
	*end = claim->range.start;
	*start = first && first->norm_offset <= *end ? first->norm_offset : *end;
	if (*end - *start > PARAGRAPH_LOOKBACK) {
		*start = *end - PARAGRAPH_LOOKBACK;
		while (*start < *end && ((guchar)doc->norm[*start] & 0xC0) == 0x80)
			++*start;
	}
}

/* The four budgets of a government, by the words that name them (cf_rates_fund_before()) */
static const CfRatesWord funds[] = {
	CF_RATES_WORD("一般公共预算", 1), CF_RATES_WORD("公共财政预算", 1),
	CF_RATES_WORD("政府性基金", 2),   CF_RATES_WORD("国有资本经营", 3),
	CF_RATES_WORD("社会保险基金", 4), CF_RATES_WORD("社保基金", 4),
};

guint
cf_rates_fund_named(const char *label)
{
	for (guint k = 0; label && k < G_N_ELEMENTS(funds); k++)
		if (strstr(label, funds[k].word))
			return (guint)funds[k].value;
	return 0;
}

guint
cf_rates_fund_before(const CfCheckContext *ctx, const CfClaim *claim)
{
	static CfRatesWordIndex index;
	gsize start, end;
	paragraph_before(ctx, claim, &start, &end);
	gint word = cf_rates_last_word(&index, funds, G_N_ELEMENTS(funds),
				       ctx->document->norm + start, end - start);
	return word < 0 ? 0 : (guint)funds[word].value;
}

gboolean
cf_rates_adjusted_before(const CfCheckContext *ctx, const CfClaim *claim)
{
	static const CfRatesWord adjusted[] = {
		CF_RATES_WORD("预算调整", 0),
		CF_RATES_WORD("调整预算", 0),
		CF_RATES_WORD("调整方案", 0),
		CF_RATES_WORD("调整后", 0),
	};
	static CfRatesWordIndex index;
	gsize start, end;
	paragraph_before(ctx, claim, &start, &end);
	return cf_rates_last_word(&index, adjusted, G_N_ELEMENTS(adjusted),
				  ctx->document->norm + start, end - start) >= 0;
}

gboolean
cf_rates_of_other_budgets(const CfCheckContext *ctx, const CfClaim *a, const CfClaim *b)
{
	guint fa = cf_rates_fund_before(ctx, a), fb = cf_rates_fund_before(ctx, b);
	if (fa && fb && fa != fb)
		return TRUE;
	return cf_rates_adjusted_before(ctx, a) != cf_rates_adjusted_before(ctx, b);
}

/* ---- scopes ---- */

/* Bytes read back from a figure for the scope its text names, at most. */
#define SCOPE_LOOKBACK 600

int
cf_rates_text_scope(const CfCheckContext *ctx, const CfClaim *c)
{
	static const CfRatesWord scopes[] = {
		CF_RATES_WORD("全区", 1), CF_RATES_WORD("全市", 1), CF_RATES_WORD("全县", 1),
		CF_RATES_WORD("全省", 1), CF_RATES_WORD("全州", 1), CF_RATES_WORD("全旗", 1),
		CF_RATES_WORD("全镇", 1), CF_RATES_WORD("本级", 2),
	};
	static CfRatesWordIndex index;
	const char *norm = ctx->document->norm;
	gsize end = c->range.start, start = end > SCOPE_LOOKBACK ? end - SCOPE_LOOKBACK : 0;
	while (start < end && ((guchar)norm[start] & 0xC0) == 0x80)
		start++;
	gint word =
		cf_rates_last_word(&index, scopes, G_N_ELEMENTS(scopes), norm + start, end - start);
	return word < 0 ? 0 : scopes[word].value;
}
