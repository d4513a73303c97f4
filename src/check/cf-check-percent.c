/* Family: percent.  A percentage stated with its part and its base is recomputed at the
 * precision stated (a RATIO relation): 提拔69人，其中…59人，占…85.5%; 预算数1.2万元，决算数
 * 0.25万元，完成预算的21%; 上年结转 + 年初预算 + 年中追加 vs 实际支付, 执行率100%.  A share of
 * a headcount stated without its part must be reachable with whole people (WHOLE_SHARE, the
 * GRIM test), and the shares of one whole may not add up to more than 100%.
 *
 * A percentage whose base cannot be identified with confidence (覆盖率达75%以上, 满意度99.85%)
 * forms no relation: the base is the count right before a 其中 that introduces the part, or
 * the one earlier figure whose label is what the text says the share is of (占总支出的 …). */
#include "check/cf-check-rates.h"

#include <string.h>

/* The words after which a percentage is a share of something. */
static const char *const share_cues[] = {"占", "比重", NULL};
/* The words after which a percentage is spending over budget. */
static const char *const execution_cues[] = {"执行率", "完成率", "支付率", "支出进度", "完成预算",
					     "完成年初预算", "完成全年预算", "预算完成", NULL};
/* Text between two percentages of one list (45%、38%和27%). */
static const char *const list_separators[] = {"、", "，", ",", "和", "及", "与", " ", NULL};
/* A paragraph's sentence ends: a 其中 base is not looked for across them. */
static const char *const paragraph_stops[] = {"。", "\n", NULL};
static const char *const overspent_words[] = {"大于预算", "超过预算", "超出预算", "超预算",
					      "高于预算", "大于年初预算", "超过年初预算", NULL};
static const char *const underspent_words[] = {"小于预算", "低于预算", "少于预算",
					       "小于年初预算", "低于年初预算", NULL};

/* A maximum of bytes between a part and its percentage (占…的 phrase included). */
#define MAX_SHARE_GAP 90

/* A term for @c: a whole count (69人) is exact, not 69 ± 0.5; one in 万 or 亿 (483万人) is
 * rounded as written. */
static CfTerm *
exact_term(const CfCheckContext *ctx, const CfClaim *c)
{
	if (c->kind == CF_CLAIM_COUNT && c->qualifier == CF_QUALIFIER_NONE &&
	    c->stated.scale == 0 && c->unit_exponent == 0)
		return cf_term_new_claim_with_interval(c, cf_interval_point(c->value));
	return cf_check_term(ctx, c);
}

static gboolean
is_whole_count(const CfClaim *c)
{
	CfDecimal v = cf_decimal_trim(c->value);
	return c->kind == CF_CLAIM_COUNT && c->qualifier == CF_QUALIFIER_NONE && v.scale == 0 &&
	       v.mantissa > 0 && c->unit_exponent == 0;
}

/* What a share is of: the words between the last 占 and the 的 after it ("提拔干部数量"), or
 * the 比重 or 比例 after it (占一般公共预算收入比重为57.1%), or the figure (占政府采购预算
 * 58.8%, one phrase), without words that do not name the whole (总, 全部, 全年); "" when the
 * text names none. */
static char *
share_object(const char *text)
{
	const char *at = NULL;
	for (const char *p = strstr(text, "占"); p; p = strstr(p + 1, "占"))
		at = p;
	if (at == NULL)
		return g_strdup("");
	at += strlen("占");
	if (g_str_has_prefix(at, "比"))
		return g_strdup("");
	const char *of = strstr(at, "的");
	if (of == NULL)
		of = strstr(at, "比重");
	if (of == NULL)
		of = strstr(at, "比例");
	if (of == NULL) {
		/* 占政府采购预算 58.8%: the words up to the figure, when they are one phrase */
		static const char *const fillers[] = {" ", "为", "达到", "达", "约", NULL};
		of = at + strlen(at);
		for (gboolean again = TRUE; again;) {
			again = FALSE;
			for (guint i = 0; fillers[i]; i++) {
				gsize n = strlen(fillers[i]);
				if ((gsize)(of - at) >= n && memcmp(of - n, fillers[i], n) == 0) {
					of -= n;
					again = TRUE;
				}
			}
		}
		static const char *const breaks[] = {"，", ",", "、", "；", ";", "：", " ", NULL};
		g_autofree char *phrase = g_strndup(at, of - at);
		if (cf_rates_contains_any(phrase, breaks))
			return g_strdup("");
	}
	g_autofree char *object = g_strndup(at, of - at);
	static const char *const prefixes[] = {"到", "了", "全部", "全年", "本年", "年度", NULL};
	char *o = object;
	for (gboolean again = TRUE; again;) {
		again = FALSE;
		for (guint i = 0; prefixes[i]; i++)
			if (g_str_has_prefix(o, prefixes[i])) {
				o += strlen(prefixes[i]);
				again = TRUE;
			}
	}
	return g_strdup(o);
}

/* The claim index of @c in ctx->claims, 0 when it is not there. */
static guint
claim_index(const CfCheckContext *ctx, const CfClaim *c)
{
	guint i = cf_check_claim_index(ctx, c);
	return i == G_MAXUINT ? 0 : i;
}

/* Parts of one list whose shares complete_share_list() adds up, at most. */
#define SHARE_LIST_MAX 32
/* Bytes between a part of such a list and its share, at most (，占信息公开总量的: 25). */
#define SHARE_LIST_GAP_BYTES 48

/* The figures of @part's measure after the 其中 at @q, to the end of the sentence, and the
 * shares they carry (cf_rates_share_within()). */
typedef struct {
	const CfClaim *shares[SHARE_LIST_MAX];
	guint n;        /* shares */
	guint unshared; /* parts with no share of their own (部门公告4条,信息公开总量的7.02%) */
	gboolean has_part, bounded;
	CfInterval sum; /* of the figures, when @bounded */
} ShareList;

/* Reads @list; FALSE when a figure of another measure, or too many shares, are among them. */
static gboolean
read_share_list(const CfCheckContext *ctx, gsize q, const CfClaim *part, ShareList *list)
{
	const char *norm = ctx->document->norm;
	list->n = list->unshared = 0;
	list->has_part = FALSE;
	list->bounded = TRUE;
	list->sum = cf_interval_point(cf_decimal_from_int(0));
	gsize after = q; /* where the text since the last figure starts */
	for (guint i = cf_rates_first_claim_at(ctx, q); i < ctx->claims->len; i++) {
		const CfClaim *c = g_ptr_array_index(ctx->claims, i);
		if (!cf_rates_same_line(ctx, c, part) || c->table >= 0 ||
		    memmem(norm + after, c->range.start - after, "。", strlen("。")) != NULL)
			break;
		after = c->range.end;
		if (c->kind == CF_CLAIM_PERCENT || c->kind == CF_CLAIM_YEAR ||
		    c->kind == CF_CLAIM_ORDINAL)
			continue;
		if (!cf_rates_is_value(c) || !cf_rates_same_measure(c, part))
			return FALSE;
		const CfClaim *share = cf_rates_share_within(ctx, c, SHARE_LIST_GAP_BYTES, FALSE);
		if (share == NULL)
			list->unshared++;
		else if (list->n == SHARE_LIST_MAX)
			return FALSE;
		else
			list->shares[list->n++] = share;
		list->has_part = list->has_part || c == part;
		list->bounded = list->bounded && cf_rates_add_bounded(&list->sum, c->interval);
	}
	return TRUE;
}

/* TRUE when the figures of @part's measure after the 其中 at @q, to the end of the sentence,
 * at least two carrying their own share, either each carry one and the shares can add up to
 * exactly 100%, or the figures add up to @whole: a complete breakdown (…合计3765.66万元，其中：
 * 财政拨款收入1008.64万元，占26.79%；事业收入2148.69万元，占57.06%；…), every part of which
 * is a share of the whole before the 其中, whatever clause it is in.  (Either suffices: a
 * wrong share breaks the first, a wrong figure the second.) */
static gboolean
complete_share_list(const CfCheckContext *ctx, gsize q, const CfClaim *whole, const CfClaim *part)
{
	ShareList list;
	if (!read_share_list(ctx, q, part, &list) || !list.has_part || list.n < 2)
		return FALSE;
	return (list.unshared == 0 && cf_rates_shares_complete(list.shares, list.n)) ||
	       (list.bounded && cf_interval_overlaps(list.sum, whole->interval));
}

/* When the 其中 at @q opens a sentence after @whole's and the figures of the list after it
 * (two at least, @part among them) do not add up to @whole, the earlier figure of @whole's
 * sentence they add up to (新增地方政府债券25.80亿元,包括一般债券11.00亿元,专项债券14.80
 * 亿元。其中:用于土地储备8.30亿元,占比32.2%;…: 25.80); else @whole. */
static const CfClaim *
whole_the_list_makes(const CfCheckContext *ctx, const CfClaim *whole, gsize q,
		     const CfClaim *part)
{
	const char *norm = ctx->document->norm;
	ShareList list;
	if (memmem(norm + whole->range.end, q - whole->range.end, "。", strlen("。")) == NULL ||
	    !read_share_list(ctx, q, part, &list) || !list.has_part ||
	    list.n + list.unshared < 2 || !list.bounded ||
	    cf_interval_overlaps(list.sum, whole->interval))
		return whole;
	gsize after = whole->range.start; /* where the text since the figure before starts */
	for (guint i = claim_index(ctx, whole); i-- > 0;) {
		const CfClaim *c = g_ptr_array_index(ctx->claims, i);
		if (!cf_rates_same_line(ctx, c, whole) || c->table >= 0 ||
		    memmem(norm + c->range.end, after - c->range.end, "。", strlen("。")) != NULL)
			break;
		after = c->range.start;
		if (cf_rates_is_value(c) && cf_rates_same_measure(c, part) &&
		    cf_interval_overlaps(list.sum, c->interval))
			return c;
	}
	return whole;
}

/* Words after a whole that open the list of its parts: 支出1264.92万元，其中… / 主要用于以下方面：… */
static const char *const list_openers[] = {"其中", "主要用于", "具体用于", "分别用于", "主要包括",
					   NULL};

/* The whole a list opened at @q (其中, 主要用于 …) before @part refers to: the figure right
 * before the opener, measured like @part.  When the opener is in an earlier clause of the
 * paragraph (；), the whole's label must name what @part's clause is about (提拔69人，
 * 其中…；提拔…23人), or the list must be the whole's complete breakdown by its shares
 * (complete_share_list()). */
static const CfClaim *
whole_before_opener(const CfCheckContext *ctx, const CfClaim *part, gsize q)
{
	const CfClaim *whole = NULL;
	for (guint i = claim_index(ctx, part); i-- > 0;) {
		const CfClaim *c = g_ptr_array_index(ctx->claims, i);
		if (!cf_rates_same_line(ctx, c, part) || c->table >= 0)
			return NULL;
		if (c->range.end > q)
			continue;
		if (c->kind == CF_CLAIM_YEAR || c->kind == CF_CLAIM_ORDINAL)
			continue;
		whole = c;
		break;
	}
	if (whole == NULL || !cf_rates_is_value(whole) || !cf_rates_same_measure(whole, part))
		return NULL;
	/* a figure a reason names is no whole (…主要原因是2022年有疫情防控经费29.01万元。其中：…) */
	g_autofree char *whole_clause = cf_rates_text_before(ctx, NULL, whole, TRUE);
	if (strstr(whole_clause, "原因"))
		return NULL;
	/* a change is no whole of levels (同比增长10.7%，增收5939万元。其中税务部门完成28684万元),
	 * only of changes (增收5939万元，其中税务部门增收3000万元) */
	/* (净增, said after 比上年末: 总数达17.9亿户,比上年末净增4,682万户。其中,5G移动电话用户
	 * 达10.02亿户…,占移动电话用户的56%: of 17.9, not of 4682万) */
	static const char *const change[] = {"增加", "减少", "增收", "减收", "增支", "减支",
					     "净增", "净减", "淨增", "淨減", NULL};
	if (whole->label && cf_rates_contains_any(whole->label, change) &&
	    !(part->label && cf_rates_contains_any(part->label, change)))
		return NULL;
	/* the opener must follow the whole closely: "69人，其中" */
	if (q - whole->range.end > 6)
		return NULL;
	/* a whole smaller than its part is kept: "9人，其中59人，占85.5%" contradicts itself, and
	 * the structure (figure, 其中, figure, 占) leaves no doubt which figure is the base */
	g_autofree char *between = g_strndup(ctx->document->norm + q, part->range.start - q);
	if ((strstr(between, "；") || strstr(between, ";")) && !complete_share_list(ctx, q, whole, part)) {
		g_autofree char *clause = cf_rates_text_before(ctx, NULL, part, TRUE);
		if (whole->label == NULL || g_utf8_strlen(whole->label, -1) < 2 ||
		    strstr(clause, whole->label) == NULL)
			return NULL;
	}
	return whole_the_list_makes(ctx, whole, q, part);
}

/* The whole of the list @part is in (whole_before_opener()), for the nearest opener before it
 * that has one; NULL when none. */
static const CfClaim *
whole_before_list(const CfCheckContext *ctx, const CfClaim *part)
{
	const CfClaim *found = NULL;
	gsize found_at = 0;
	/* the backward search only for the openers the stretch it reads holds at all (one fast
	 * memmem() each: most shares have none of them before them) */
	const char *norm = ctx->document->norm;
	gsize end = part->range.start;
	gsize start = end > RATES_MAX_LOOKBACK ? end - RATES_MAX_LOOKBACK : 0;
	for (guint w = 0; list_openers[w]; w++) {
		if (memmem(norm + start, end - start, list_openers[w], strlen(list_openers[w])) == NULL)
			continue;
		gsize q = cf_rates_find_before(ctx, part, list_openers[w], paragraph_stops);
		if (q == G_MAXSIZE || (found && q <= found_at))
			continue;
		const CfClaim *whole = whole_before_opener(ctx, part, q);
		if (whole) {
			found = whole;
			found_at = q;
		}
	}
	return found;
}

/* Claims looked at before a share for a whole named on an earlier line, at most. */
#define NAMED_WHOLE_LOOKBACK 2000
/* A whole named on an earlier line is looked for only by an object this long, in characters. */
#define NAMED_WHOLE_FAR_MIN_CHARS 4

/* Words before a measure that name a part of it (区属, 市属, 直属; 规上, 限上). */
static const char *const subset_words[] = {"属", "规上", "规模以上", "限上", "限额以上", NULL};

/* TRUE when @label names @object: equal, or one ends with the other (本年支出合计 names
 * 支出合计); on an earlier line (@far) only equal or @label ending with @object. */
static gboolean
label_names_len(const char *label, gsize n, const char *object, gboolean far)
{
	gsize m = strlen(object);
	if (n >= m && memcmp(label + n - m, object, m) == 0) {
		/* (not a compound of it and another: 对市县税收返还和转移支付 is no 转移支付) */
		static const char *const joiners[] = {"和", "及", "与", "、", NULL};
		for (guint k = 0; joiners[k] && n > m; k++) {
			gsize j = strlen(joiners[k]);
			if (n - m >= j && memcmp(label + n - m - j, joiners[k], j) == 0)
				return FALSE;
		}
		/* (nor the part of it some owners or a size class make: 区属规上工业总产值 is no
		 * 规上工业总产值, 规上工业总产值 no 工业总产值) */
		for (guint k = 0; subset_words[k] && n > m; k++) {
			gsize j = strlen(subset_words[k]);
			if (n - m >= j && memcmp(label + n - m - j, subset_words[k], j) == 0)
				return FALSE;
		}
		return TRUE;
	}
	return !far && m > n && g_utf8_strlen(label, (gssize)n) >= 2 &&
	       memcmp(object + m - n, label, n) == 0;
}

/* The core of a label or an object: without a year or 本年/全年/当年 before it and 合计 after it
 * (2023年度收入合计 and 本年收入 are both 收入): *@n bytes from the result. */
static const char *
measure_core(const char *text, gsize *n)
{
	static const char *const times[] = {"本年度", "本年", "全年", "当年", "年度", NULL};
	static const char total[] = "合计";
	gsize len = strlen(text), at = 0;
	while (at < len && g_ascii_isdigit(text[at]))
		at++;
	if (at > 0 && len - at >= 3 && memcmp(text + at, "年", 3) == 0)
		at += 3;
	cf_rates_skip_word(text, len, &at, times);
	if (len - at > sizeof total - 1 &&
	    memcmp(text + len - (sizeof total - 1), total, sizeof total - 1) == 0)
		len -= sizeof total - 1;
	*n = len - at;
	return text + at;
}

/* (the verb a label may end with: 全市一般公共预算支出执行128.9亿元 is 一般公共预算支出) */
static gboolean
label_names(const char *label, const char *object, gboolean far)
{
	/* one measure of the year: 占本年收入63% of 2023年度收入合计4680.58万元 */
	gsize nl, no;
	const char *cl = measure_core(label, &nl), *co = measure_core(object, &no);
	if (nl == no && nl >= 6 && memcmp(cl, co, nl) == 0)
		return TRUE;
	/* the amount of what the label names (占当年归集额的 of 当年归集住房公积金19.53亿元; a
	 * label naming an amount itself, 收入预算总额增加, is not) */
	static const char *const amounts[] = {"总额", "金额", "额", NULL};
	for (guint k = 0; amounts[k]; k++) {
		gsize a = strlen(amounts[k]);
		if (no >= a + 6 && memcmp(co + no - a, amounts[k], a) == 0) {
			gsize stem = no - a;
			if (nl > stem && memcmp(cl, co, stem) == 0 &&
			    cf_utf8_find(cl, nl, "额", strlen("额")) == NULL)
				return TRUE;
			break;
		}
	}
	static const char *const verbs[] = {"累计完成", "执行", "完成", "实现", NULL};
	gsize n = strlen(label);
	if (label_names_len(label, n, object, far))
		return TRUE;
	for (guint k = 0; verbs[k]; k++) {
		gsize v = strlen(verbs[k]);
		if (n > v && memcmp(label + n - v, verbs[k], v) == 0)
			return label_names_len(label, n - v, object, far);
	}
	return FALSE;
}

/* TRUE when @c, on an earlier line, is @object though its label names only the end of it:
 * 支出决算 of "2023年度“三公”经费财政拨款支出预算为8万元，支出决算为6.4万元" is
 * “三公”经费财政拨款支出决算, its line naming the rest before it. */
static gboolean
names_with_stem(const CfCheckContext *ctx, const CfClaim *c, const char *object)
{
	gsize n = strlen(c->label), m = strlen(object);
	if (m <= n || g_utf8_strlen(c->label, -1) < 2 || !g_str_has_suffix(object, c->label))
		return FALSE;
	gsize start, end;
	cf_rates_range_before(ctx, NULL, c, FALSE, &start, &end);
	g_autofree char *stem = g_strndup(object, m - n);
	return g_strstr_len(ctx->document->norm + start, (gssize)(end - start), stem) != NULL;
}

/* The one earlier figure whose label names @object (label_names()): on @part's line, else —
 * for an object of NAMED_WHOLE_FAR_MIN_CHARS characters or more — on an earlier prose line
 * (占本年支出合计的31.45% a few lines after 本年支出合计4021.94万元).  NULL when none, or when two
 * such figures on the earlier lines differ.  When two on the line differ (the line's parts,
 * each named by the end of @object), only a figure of an earlier line labelled @object
 * itself is taken. */
static gboolean label_is(const char *label, const char *object);

static const CfClaim *
whole_named(const CfCheckContext *ctx, const CfClaim *part, const char *object)
{
	glong chars = g_utf8_strlen(object, -1);
	if (chars < 2)
		return NULL;
	const CfClaim *found = NULL;
	guint looked = 0;
	gboolean far = FALSE, line_ambiguous = FALSE;
	/* the part is named as the whole is, with more before (水力发电量 of 发电量) */
	const gboolean sibling_named = part->label && !label_is(part->label, object) &&
				       label_names(part->label, object, TRUE);
	for (guint i = claim_index(ctx, part); i-- > 0;) {
		const CfClaim *c = g_ptr_array_index(ctx->claims, i);
		if (!far && (!cf_rates_same_line(ctx, c, part) || c->table >= 0 || looked++ >= 60)) {
			/* the line's own whole first; earlier lines only for long names */
			if ((found && !line_ambiguous) || chars < NAMED_WHOLE_FAR_MIN_CHARS)
				break;
			far = TRUE;
			looked = 0;
			found = NULL;
		}
		if (far && looked++ >= NAMED_WHOLE_LOOKBACK)
			break;
		if (c->table >= 0)
			continue;
		if (!cf_rates_is_value(c) || !cf_rates_same_measure(c, part) || c->label == NULL)
			continue;
		if ((far && line_ambiguous) || sibling_named) {
			/* the line's figures name parts of the whole (县一般公共预算收入 of 占全市一般
			 * 公共预算收入比重), or the part is named as one (水力发电量…占发电量的8.12% after
			 * 火力发电量1458.2亿千瓦时): only a figure named the whole exactly will do */
			if (!g_str_equal(c->label, object) && !label_is(c->label, object))
				continue;
		} else if (!label_names(c->label, object, far) &&
			   !(far && names_with_stem(ctx, c, object))) {
			continue;
		}
		if (found && cf_decimal_compare(found->value, c->value) != 0) {
			if (far)
				return NULL; /* two wholes of that name: do not guess */
			line_ambiguous = TRUE;
			continue;
		}
		found = found ? found : c;
	}
	if (!far && line_ambiguous)
		return NULL;
	if (found && cf_decimal_compare(found->value, part->value) < 0)
		return NULL;
	return found;
}

/* TRUE when @label and @object name one measure exactly, a year, 本年/全年/当年 and 合计
 * aside (measure_core()). */
static gboolean
label_is(const char *label, const char *object)
{
	gsize nl, no;
	const char *cl = measure_core(label, &nl), *co = measure_core(object, &no);
	return nl == no && nl > 0 && memcmp(cl, co, nl) == 0;
}

/* The figure before @part on its line that @object names exactly (label_is()), at least @part,
 * when there is one such figure or all such are equal; else NULL.  A list's whole gives way to
 * it: in 流动资产总额1200亿元，资产总额5000亿元，其中货币资金378亿元，占流动资产总额31.5% the
 * share is of 1200, whatever the 其中 follows. */
static const CfClaim *
whole_named_exactly(const CfCheckContext *ctx, const CfClaim *part, const char *object)
{
	if (g_utf8_strlen(object, -1) < 2)
		return NULL;
	const CfClaim *found = NULL;
	guint looked = 0;
	for (guint i = claim_index(ctx, part); i-- > 0 && looked++ < 60;) {
		const CfClaim *c = g_ptr_array_index(ctx->claims, i);
		if (!cf_rates_same_line(ctx, c, part) || c->table >= 0)
			break;
		if (!cf_rates_is_value(c) || !cf_rates_same_measure(c, part) || c->label == NULL ||
		    !label_is(c->label, object))
			continue;
		if (found && cf_decimal_compare(found->value, c->value) != 0)
			return NULL;
		found = c;
	}
	if (found && cf_decimal_compare(found->value, part->value) < 0)
		return NULL;
	return found;
}

/* The year @c's line names before it (the last one), 0 when none. */
static int
year_before_on_line(const CfCheckContext *ctx, const CfClaim *c)
{
	for (guint i = claim_index(ctx, c); i-- > 0;) {
		const CfClaim *y = g_ptr_array_index(ctx->claims, i);
		if (!cf_rates_same_line(ctx, y, c))
			break;
		CfDecimal v = cf_decimal_trim(y->value);
		/* (较2019年增加…: the year compared with, not the figure's) */
		if (y->kind == CF_CLAIM_YEAR && y->has_value && v.scale == 0 &&
		    !(y->label &&
		      (g_str_has_suffix(y->label, "较") || g_str_has_suffix(y->label, "比") ||
		       g_str_has_suffix(y->label, "与"))))
			return (int)v.mantissa;
	}
	return 0;
}

/* What a sentence that opens with "<whole>中，" (or "<whole>的具体构成为：") breaks down, for
 * a share of one of its parts: 2023年度“三公”经费财政拨款支出决算中，因公出国（境）费支出
 * 决算0万元，占0%；… gives
 * “三公”经费财政拨款支出决算.  "" when @part's sentence does not open so (a year before the
 * whole is passed over; the whole must end the sentence's first clause, before @part). */
static char *
opening_whole(const CfCheckContext *ctx, const CfClaim *part)
{
	gsize start, end;
	cf_rates_range_before(ctx, NULL, part, FALSE, &start, &end);
	const char *norm = ctx->document->norm;
	/* the sentence's start: after the last 。！？ before @part */
	for (gsize p = start; p < end; p = g_utf8_next_char(norm + p) - norm) {
		gunichar c = g_utf8_get_char(norm + p);
		if (c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == '!' || c == '?')
			start = g_utf8_next_char(norm + p) - norm;
	}
	const char *s = norm + start;
	/* a year first: 2023年, 2023年度 */
	const char *q = s;
	while (q < norm + end && g_ascii_isdigit(*q))
		q++;
	if (q > s && g_str_has_prefix(q, "年"))
		q += strlen("年");
	if (q > s && g_str_has_prefix(q, "度"))
		q += strlen("度");
	if (q > s && *q == ',')
		q++;
	/* the first clause mark: it must follow 中 */
	const char *mark = NULL;
	for (const char *p = q; p < norm + end; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		if (c == 0xFF0C || c == ',' || c == 0xFF1A || c == ':' || c == 0xFF1B || c == ';' ||
		    c == 0x3001) {
			mark = p;
			break;
		}
	}
	/* …中，; or what it is made of: 本年收入的具体构成为：财政拨款收入213.24万元，占100% */
	static const char *const openers[] = {"中",     "的具体构成为", "的构成为", "具体构成为",
					      "构成为", "的构成如下",   "构成如下", NULL};
	for (guint i = 0; mark && openers[i]; i++) {
		gsize n = strlen(openers[i]);
		if (mark - q > (gssize)n && memcmp(mark - n, openers[i], n) == 0)
			return g_strndup(q, (gsize)(mark - n - q));
	}
	return g_strdup("");
}

/* Figures after a whole looked at for its own share, at most (its rate and change first). */
#define OWN_SHARE_LOOKAHEAD 4

/* TRUE when @whole's sentence states its share of another whole after it (民生类支出356.85
 * 亿元，同比增长5.11%，增支17.35亿元，占一般公共预算支出比重为81.2%). */
static gboolean
is_share_of_another(const CfCheckContext *ctx, const CfClaim *whole)
{
	static const char *const share_cue[] = {"占", NULL};
	guint i = claim_index(ctx, whole);
	for (guint k = i + 1; k < ctx->claims->len && k <= i + OWN_SHARE_LOOKAHEAD; k++) {
		const CfClaim *c = g_ptr_array_index(ctx->claims, k);
		if (c->sentence != whole->sentence || c->table != whole->table)
			return FALSE;
		if (c->kind == CF_CLAIM_PERCENT && !cf_claim_is_points(c) &&
		    cf_claim_has_any_cue(c, share_cue)) {
			/* (not the shares of its parts, each: 有林地面积1.81亿公顷,公益林和商品林各占
			 * 52.41%和47.59%) */
			static const char *const each[] = {"各占", "分别占", NULL};
			g_autofree char *said = cf_rates_text_between(ctx, whole, c);
			return said == NULL || !cf_rates_contains_any(said, each);
		}
	}
	return FALSE;
}

static char *
what_of(const CfClaim *p, const char *fallback)
{
	if (p->label && *p->label)
		return g_strdup_printf("%s", p->label);
	return g_strdup(fallback);
}

static void
add_ratio(CfCheckContext *ctx, const CfClaim *percent, CfTerm *part, CfTerm *whole,
	  const char *what)
{
	GPtrArray *terms = cf_term_array_new();
	g_ptr_array_add(terms, part);
	g_ptr_array_add(terms, whole);
	CfRelation *r = cf_relation_new(CF_RELATION_RATIO, "percent-mismatch", CF_SEVERITY_ERROR,
					 cf_term_new_claim(percent), terms, what);
	r->ratio_exponent = 2;
	cf_check_add_relation(ctx, r);
}

/* Names a sum term by its figures: "2.65万元 + 153.03万元 + 105.78万元". */
static void
label_sum(CfTerm *t)
{
	if (t->kind != CF_TERM_SUM)
		return;
	g_autoptr(GString) s = g_string_new("(");
	for (guint i = 0; i < t->children->len; i++) {
		const CfTerm *child = g_ptr_array_index(t->children, i);
		if (i > 0)
			cf_check_append(s, " + ");
		if (child->kind == CF_TERM_CLAIM)
			cf_check_append_claim(s, child->claim);
	}
	g_string_append_c(s, ')');
	g_free(t->label);
	t->label = g_string_free(g_steal_pointer(&s), FALSE);
}

/* The amount done and the amount not done stated before @percent in @sentence, one right
 * after the other (支付18501.096万元，未支703万元，支付率95%): *@done and *@left; FALSE when
 * there are none. */
static gboolean
done_and_left(const CfRatesSentence *sentence, const CfClaim *percent, const CfClaim **done,
	      const CfClaim **left)
{
	for (guint k = 1; k < sentence->len && sentence->claims[k] != percent; k++) {
		const CfClaim *d = sentence->claims[k - 1], *l = sentence->claims[k];
		if (d->kind != CF_CLAIM_AMOUNT || l->kind != CF_CLAIM_AMOUNT ||
		    !cf_rates_is_value(d) || !cf_rates_is_value(l) || l->label == NULL ||
		    !g_str_has_prefix(l->label, "未") ||
		    (d->label && g_str_has_prefix(d->label, "未")))
			continue;
		*done = d;
		*left = l;
		return TRUE;
	}
	return FALSE;
}

/* 执行率/完成率/完成预算的 x%: spending over the budget of the same sentence, or the amount
 * done over itself and the amount not done (支付A，未支B，支付率 = A / (A + B)). */
static void
check_execution(CfCheckContext *ctx, const CfRatesSentence *sentence, const CfClaim *percent)
{
	CfTerm *budget = NULL;
	const CfClaim *spent = NULL, *left = NULL;
	g_autofree char *what = what_of(percent, "the rate");
	if (cf_rates_budget_and_spending(ctx, sentence, percent, &budget, &spent)) {
		/* an amount after the spending, right before the rate (…完成预算的52.4%，其中：
		 * 因公出国(境)费决算为0万元，完成预算的0%): the rate is of that part, whose budget
		 * the sentence does not state */
		const CfClaim *previous = cf_rates_previous_value(sentence, percent);
		if (previous && previous != spent && previous->kind == CF_CLAIM_AMOUNT &&
		    previous->range.start > spent->range.start) {
			cf_term_free(budget);
			return;
		}
		label_sum(budget);
		add_ratio(ctx, percent, exact_term(ctx, spent), budget, what);
		return;
	}
	if (done_and_left(sentence, percent, &spent, &left)) {
		GPtrArray *parts = cf_term_array_new();
		g_ptr_array_add(parts, exact_term(ctx, spent));
		g_ptr_array_add(parts, exact_term(ctx, left));
		budget = cf_term_new_sum(parts);
		label_sum(budget);
		add_ratio(ctx, percent, exact_term(ctx, spent), budget, what);
		return;
	}
	/* no figures to divide: the words may still contradict the rate */
	const CfClaim *first = sentence->claims[0];
	const char *norm = ctx->document->norm;
	gsize start = MIN(first->range.start, percent->range.start);
	g_autofree char *text = g_strndup(norm + start, percent->range.end - start);
	/* to the end of the sentence: the words may follow the last figure */
	gsize end = percent->range.end;
	while (norm[end] && norm[end] != '\n' && end - percent->range.end < RATES_MAX_LOOKBACK &&
	       strncmp(norm + end, "。", strlen("。")) != 0)
		end++;
	g_autofree char *rest = g_strndup(norm + percent->range.end, end - percent->range.end);
	g_autofree char *all = g_strconcat(text, rest, NULL);
	gboolean over = cf_rates_contains_any(all, overspent_words);
	gboolean under = cf_rates_contains_any(all, underspent_words);
	if (over == under || percent->interval.low_unbounded || percent->interval.high_unbounded)
		return;
	CfDecimal hundred = cf_decimal_from_int(100);
	CfSeverity severity;
	if (over && cf_decimal_compare(percent->interval.high, hundred) < 0)
		severity = CF_SEVERITY_ERROR;
	else if (under && cf_decimal_compare(percent->interval.low, hundred) > 0)
		severity = CF_SEVERITY_ERROR;
	else if (cf_decimal_compare(percent->value, hundred) == 0)
		severity = CF_SEVERITY_WARNING;
	else
		return;
	CfFinding *f = cf_check_new_finding(ctx, "percent-mismatch", severity, percent);
	g_autoptr(GString) stated = g_string_new(NULL);
	cf_check_append_claim(stated, percent);
	if (severity == CF_SEVERITY_ERROR)
		cf_finding_take_text(f, &f->message,
				     g_strdup_printf("%s %s contradicts the same sentence, which "
						     "says spending is %s the budget: "
						     "the rate must be %s 100%%",
						     what, stated->str, over ? "above" : "below",
						     over ? "above" : "below"));
	else
		cf_finding_take_text(
			f, &f->message,
			g_strdup_printf("%s %s while the same sentence says spending is %s the "
					"budget: the rate is %s "
					"100%% unless the gap is under 0.5%% of the budget",
					what, stated->str, over ? "above" : "below",
					over ? "above" : "below"));
	cf_finding_set_text(f, &f->stated, stated->str, (gssize)stated->len);
	cf_finding_set_text(f, &f->computed, over ? "> 100%" : "< 100%", -1);
}

/* ---- a rate named by what it counts: 立案率, 合格率, 办结率 ---- */

/* Claims walked back from a named rate for its part, and from the part for its base. */
#define NAMED_RATE_WALK 12
/* Bytes between a named rate and its part, or its part and its base, at most. */
#define NAMED_RATE_GAP 360

/* Stems of rates that are no count over a count: a change, a share, a rate of a population. */
static const char *const unnamed_rate_stems[] = {
	"增长", "增", "下降", "降", "提高", "上升", "减少", "回落", "增速", "占", "比", "贡献",
	"出生", "死亡", "自然增长", "城镇化", "利用", "使用", "节约", "节资", "溢价", "增值",
	"减值", "折价", "利润", "收益", "毛利",
	/* (the identity family's, patterns/identities.ini) */
	"整改", NULL};
/* Words of a whole a named rate counts from: what was received, submitted, tested, in all. */
static const char *const intake_words[] = {"总",   "共",   "全部", "收到", "受理", "接到", "接收",
					   "抽检", "检测", "检查", "检验", "申请", "提交", "提出",
					   "应",   "登记", "参加", "报名", NULL};
static const char *const total_cues[] = {"共", "共计", "合计", "总计", NULL};
/* Words right before the stem in a figure's label that negate it (不合格 is no 合格). */
static const char *const stem_negations[] = {"不", "未", "非", "无", "待", NULL};

/* TRUE when @c's label ends with at least two characters of @stem, with no negation right
 * before them unless @stem has it, and the rest of @stem (the 抽检 of 抽检合格) is empty or
 * in @c's label or in @also. */
static gboolean
label_counts_stem(const CfClaim *c, const char *stem, const CfClaim *also)
{
	if (c->label == NULL)
		return FALSE;
	gsize nl = strlen(c->label), ns = strlen(stem), bytes;
	if (cf_check_label_common_tail_bytes(c->label, stem, &bytes) < 2)
		return FALSE;
	for (guint i = 0; stem_negations[i]; i++) {
		gsize n = strlen(stem_negations[i]);
		if (nl - bytes >= n && memcmp(c->label + nl - bytes - n, stem_negations[i], n) == 0)
			return FALSE;
	}
	if (bytes == ns)
		return TRUE;
	g_autofree char *rest = g_strndup(stem, ns - bytes);
	return strstr(c->label, rest) != NULL ||
	       (also && also->label && strstr(also->label, rest) != NULL);
}

/* A count or amount with a value, no percentage. */
static gboolean
countable(const CfClaim *c)
{
	return (c->kind == CF_CLAIM_COUNT || c->kind == CF_CLAIM_AMOUNT ||
		c->kind == CF_CLAIM_QUANTITY) &&
	       c->has_value && c->qualifier == CF_QUALIFIER_NONE && c->table < 0;
}

/* A rate whose label names what it counts (立案率93.3%, 合格率, 办结率): the figure of its
 * sentence before it whose label ends with that (立案236件) over the figure of that measure
 * right before that one in the paragraph, past the parts of a breakdown (全年共提交提案254件):
 * the part, then the whole it is counted from, a total (共, 合计) or what was received,
 * tested, submitted (收到, 抽检, 提交 …).  Not read when the figure before the part is smaller
 * than the part or another outcome (逮捕 for 不捕率). TRUE when a ratio was added. */
static gboolean
check_named_rate(CfCheckContext *ctx, const CfClaim *p)
{
	static const char rate[] = "率";
	if (p->label == NULL || !g_str_has_suffix(p->label, rate) || p->table >= 0)
		return FALSE;
	gsize nl = strlen(p->label) - (sizeof rate - 1);
	/* the stem: the label's last run of Han characters before 率 */
	gsize start = nl;
	while (start > 0) {
		gsize q = (gsize)(g_utf8_find_prev_char(p->label, p->label + start) - p->label);
		gunichar ch = g_utf8_get_char(p->label + q);
		if (ch < 0x4E00 || ch > 0x9FFF)
			break;
		start = q;
	}
	if (nl - start < 6)
		return FALSE;
	g_autofree char *stem = g_strndup(p->label + start, nl - start);
	for (guint i = 0; unnamed_rate_stems[i]; i++)
		if (g_str_has_suffix(stem, unnamed_rate_stems[i]))
			return FALSE;
	guint at = cf_check_claim_index(ctx, p);
	if (at == G_MAXUINT)
		return FALSE;
	guint paragraph = cf_document_paragraph_line(ctx->document, p->line);
	const CfClaim *part = NULL;
	guint part_at = 0;
	for (guint k = at, walked = 0; k-- > 0 && walked < NAMED_RATE_WALK; walked++) {
		const CfClaim *c = ctx->claims->pdata[k];
		if (cf_document_paragraph_line(ctx->document, c->line) != paragraph ||
		    p->range.start - c->range.end > NAMED_RATE_GAP || c->kind == CF_CLAIM_PERCENT)
			return FALSE;
		if (c->sentence != p->sentence)
			return FALSE;
		if (countable(c) && label_counts_stem(c, stem, NULL)) {
			part = c;
			part_at = k;
			break;
		}
	}
	if (part == NULL)
		return FALSE;
	/* a negated stem (不捕, 不合格) counts from the outcomes both ways: the figure of the other
	 * (逮捕25人, 不捕24人) is no whole */
	const char *positive = NULL;
	for (guint i = 0; stem_negations[i]; i++)
		if (g_str_has_prefix(stem, stem_negations[i]))
			positive = stem + strlen(stem_negations[i]);
	gboolean part_in_breakdown = cf_rates_breakdown_part(ctx, part, NULL);
	const CfClaim *whole = NULL;
	for (guint k = part_at, walked = 0; k-- > 0 && walked < NAMED_RATE_WALK; walked++) {
		const CfClaim *c = ctx->claims->pdata[k];
		if (cf_document_paragraph_line(ctx->document, c->line) != paragraph ||
		    part->range.start - c->range.end > NAMED_RATE_GAP ||
		    c->kind == CF_CLAIM_PERCENT)
			return FALSE;
		if (!c->has_value || !cf_claim_same_unit(c, part))
			continue;
		/* the parts of a breakdown before the part (其中…集体提案19件；委员提案255件。
		 * …立案224件): their whole is the whole */
		if (!part_in_breakdown && cf_rates_breakdown_part(ctx, c, NULL))
			continue;
		if (!countable(c) || label_counts_stem(c, stem, part) ||
		    (positive && *positive && c->label && g_str_has_suffix(c->label, positive)) ||
		    cf_decimal_compare(c->value, part->value) < 0)
			return FALSE;
		whole = c;
		break;
	}
	if (whole == NULL || !label_counts_stem(part, stem, whole) ||
	    !(cf_claim_has_any_cue(whole, total_cues) ||
	      (whole->label && cf_rates_contains_any(whole->label, intake_words))))
		return FALSE;
	g_autofree char *what = what_of(p, "the rate");
	add_ratio(ctx, p, exact_term(ctx, part), exact_term(ctx, whole), what);
	return TRUE;
}

/* 占…的 x% / 占比 x%: the figure before it over the whole it is a share of. */
/* Figures walked back for the part a share names before its 占, at most. */
#define NAMED_PART_WALK 8

/* The figure of @sentence, @previous or one before it, whose label is the subject named right
 * before the 占 of @text (the words between @previous and the share: ，城镇人口占常住人口比重为
 * after 乡村人口15.8万人 names 城镇人口12.4万人), or NULL when none is named or found. */
/* The subject named right before the 占 of @text (，城镇人口占常住人口比重为: 城镇人口), from the
 * last mark before it: its start, and its length in *@n; NULL when it has fewer than two
 * characters or there is no 占. */
static const char *
share_subject(const char *text, gsize *n)
{
	const char *zhan = strstr(text, "占");
	if (zhan == NULL)
		return NULL;
	static const char *const marks[] = {"，", ",", "；", ";", "：", NULL};
	const char *start = text;
	for (guint k = 0; marks[k]; k++) {
		const char *m = g_strrstr_len(text, zhan - text, marks[k]);
		if (m && m + strlen(marks[k]) > start)
			start = m + strlen(marks[k]);
	}
	*n = (gsize)(zhan - start);
	return g_utf8_strlen(start, (gssize)*n) < 2 ? NULL : start;
}

static const CfClaim *
part_named_before_share(const CfRatesSentence *sentence, const CfClaim *previous, const char *text)
{
	static const char *const label_verbs[] = {"完成", "实现", "执行", NULL};
	gsize n;
	const char *start = share_subject(text, &n);
	if (start == NULL)
		return NULL;
	gint at = cf_rates_sentence_find(sentence, previous);
	for (gint k = at, walked = 0; k >= 0 && walked < NAMED_PART_WALK; k--, walked++) {
		const CfClaim *c = sentence->claims[k];
		/* (the label may end with its verb: 税收收入完成31283万元 … 税收收入占…) */
		gsize length = c->label ? strlen(c->label) : 0, verb = 0;
		if (length > n && memcmp(c->label, start, n) == 0)
			cf_rates_skip_word(c->label + n, length - n, &verb, label_verbs);
		if (c->label && length == n + verb && memcmp(c->label, start, n) == 0 &&
		    c->kind == previous->kind && g_strcmp0(c->unit, previous->unit) == 0)
			return c;
	}
	return NULL;
}

/* TRUE when a share may be of @c: money, a count, or a quantity that adds up (防护林8208万公顷,
 * 占45.81%). */
static gboolean
shares_of(const CfClaim *c)
{
	return c->kind == CF_CLAIM_AMOUNT || c->kind == CF_CLAIM_COUNT ||
	       cf_claim_is_additive_quantity(c);
}

/* The figure a share at index @i of @sentence states of itself in a parenthesis right after
 * it (占比2.8%(约398人)): its part, or NULL. */
static const CfClaim *
part_after_share(const CfCheckContext *ctx, const CfRatesSentence *sentence, guint i)
{
	if (i + 1 >= sentence->len)
		return NULL;
	const CfClaim *p = sentence->claims[i], *c = sentence->claims[i + 1];
	if (!shares_of(c) || !cf_rates_is_value(c) || c->range.start < p->range.end)
		return NULL;
	const char *norm = ctx->document->norm + p->range.end;
	gsize n = c->range.start - p->range.end, open = 0;
	if (n >= 1 && norm[0] == '(')
		open = 1;
	else if (n >= 3 && memcmp(norm, "（", 3) == 0)
		open = 3;
	if (open == 0)
		return NULL;
	static const char *const about[] = {"约", "近", "共", "计", NULL};
	gsize rest = n - open;
	if (rest == 0)
		return c;
	for (guint k = 0; about[k]; k++)
		if (rest == strlen(about[k]) && memcmp(norm + open, about[k], rest) == 0)
			return c;
	return NULL;
}

static void
check_share(CfCheckContext *ctx, const CfRatesSentence *sentence, const CfClaim *percent,
	    const CfClaim *previous, const char *text)
{
	if (strlen(text) > MAX_SHARE_GAP)
		return;
	const CfClaim *named = previous ? part_named_before_share(sentence, previous, text) : NULL;
	if (named)
		previous = named;
	g_autofree char *object = share_object(text);
	g_autofree char *what = g_strdup_printf("the share%s%s", *object ? " of " : "", object);
	if (previous == NULL || !cf_rates_is_value(previous))
		return;
	if (!shares_of(previous))
		return;
	/* a share of money is no share of a count (…15.77亿元共8678人，当年发放贷款占当年归集
	 * 住房公积金的80.75%) */
	static const char *const money_words[] = {"金", "额", "款", "收入", "支出", "经费", NULL};
	if (previous->kind == CF_CLAIM_COUNT && cf_rates_contains_any(object, money_words))
		return;
	if (strstr(text, "其中")) {
		/* 提拔69人，其中女性占33.5%: the whole is stated, the part is not (an average,
		 * 每校平均拥有数据库111个, is no number of things to share) */
		if (is_whole_count(previous) && percent->qualifier == CF_QUALIFIER_NONE &&
		    !(previous->label &&
		      cf_rates_contains_any(previous->label, cf_check_average_words))) {
			GPtrArray *terms = cf_term_array_new();
			g_ptr_array_add(terms, exact_term(ctx, previous));
			cf_check_add_relation(ctx, cf_relation_new(CF_RELATION_WHOLE_SHARE,
								   "percent-unreachable",
								   CF_SEVERITY_ERROR,
								   cf_term_new_claim(percent), terms,
								   what));
		}
		return;
	}
	/* a subject named before the 占 that is no figure's here, nor the figure before's
	 * (…市、县级红十字会接受捐赠16294万元,捐赠收入占…76.03%): its part is not known */
	gsize subject_length;
	const char *subject = share_subject(text, &subject_length);
	if (!named && previous && subject && previous->label) {
		/* (not the words of a list's shares: 分别占, 其中…占, 均占) */
		static const char *const fillers[] = {"分别", "其中", "合计", "共",
						      "均",   "各",   NULL};
		gsize at = 0;
		while (cf_rates_skip_word(subject, subject_length, &at, fillers))
			;
		g_autofree char *said = g_strndup(subject + at, subject_length - at);
		if (g_utf8_strlen(said, -1) >= 2 && !cf_rates_contains_any(said, fillers) &&
		    strstr(previous->label, said) == NULL && strstr(said, previous->label) == NULL)
			return;
	}
	const CfClaim *whole = whole_before_list(ctx, previous);
	if (whole && *object && (whole->label == NULL || !label_is(whole->label, object))) {
		const CfClaim *exact = whole_named_exactly(ctx, previous, object);
		whole = exact ? exact : whole;
	}
	if (whole == NULL)
		whole = whole_named(ctx, previous, object);
	if (whole == NULL && *object == '\0') {
		/* 2023年度“三公”经费财政拨款支出决算中，…公务接待费支出决算1.2万元，占18.75%: of the
		 * whole the sentence opens with, named before with the same year */
		g_autofree char *opened = opening_whole(ctx, previous);
		if (g_utf8_strlen(opened, -1) >= NAMED_WHOLE_FAR_MIN_CHARS) {
			whole = whole_named(ctx, previous, opened);
			if (whole && !cf_rates_same_line(ctx, whole, previous)) {
				/* (a line naming no year is of the report's) */
				int report = ctx->document->metadata.year;
				int yw = year_before_on_line(ctx, whole);
				int yp = year_before_on_line(ctx, previous);
				yw = yw ? yw : report;
				yp = yp ? yp : report;
				if (yw && yp && yw != yp)
					whole = NULL;
			}
			/* a whole that is itself a share of a larger one (民生类支出356.85亿元，…占一般
			 * 公共预算支出比重为81.2%。民生类支出中，教育支出61.95亿元，占比为14.1%): the
			 * share may be of either, and is of the larger one there (14.1% of 439.49) */
			if (whole && is_share_of_another(ctx, whole))
				whole = NULL;
			if (whole) {
				g_free(what);
				what = g_strdup_printf("the share of %s", opened);
			}
		}
	}
	if (whole == NULL || whole == previous || cf_decimal_sign(whole->value) <= 0)
		return;
	add_ratio(ctx, percent, exact_term(ctx, previous), exact_term(ctx, whole), what);
}

/* Bytes of the words between a figure and its rate of change (，同比增长), at most. */
#define GROWTH_RATE_WORDS_BYTES 36

/* The figure right before the parenthesis @c stands in, when that parenthesis closes after
 * @c with only words after it in its clause and the figure is of @c's kind; else NULL. */
static const CfClaim *
before_aside(const CfCheckContext *ctx, const CfRatesSentence *sentence, const CfClaim *c)
{
	const char *norm = ctx->document->norm;
	gsize end = c->range.end, limit = MIN(ctx->document->norm_length, end + 12);
	if (!(norm[end] == ')' || (end + 3 <= limit && memcmp(norm + end, "）", 3) == 0)))
		return NULL;
	gint at = cf_rates_sentence_find(sentence, c);
	for (gint k = at; k-- > 0;) {
		const CfClaim *b = sentence->claims[k];
		gsize from = b->range.end, to = c->range.start;
		if (to < from || to - from > RATES_MAX_LOOKBACK)
			return NULL;
		/* the parenthesis opens right after @b, and none closes before @c */
		const char *open =
			(norm[from] == '(' || (from + 3 <= to && memcmp(norm + from, "（", 3) == 0))
				? norm + from
				: NULL;
		if (memchr(norm + from, ')', to - from) || memmem(norm + from, to - from, "）", 3))
			return NULL;
		if (open)
			return b->kind == c->kind && g_strcmp0(b->unit, c->unit) == 0 &&
					       cf_rates_is_value(b)
				       ? b
				       : NULL;
	}
	return NULL;
}

/* The length of @words without what stands in parentheses ((包括建管办统计的工程数),增加: 10
 * bytes), or G_MAXSIZE when a parenthesis is left open or closed unopened. */
static gsize
length_outside_asides(const char *words)
{
	gsize n = 0;
	guint depth = 0;
	for (const char *p = words; *p;) {
		gsize open = *p == '(' ? 1 : g_str_has_prefix(p, "（") ? strlen("（") : 0;
		gsize close = *p == ')' ? 1 : g_str_has_prefix(p, "）") ? strlen("）") : 0;
		if (open) {
			depth++;
			p += open;
		} else if (close) {
			if (depth == 0)
				return G_MAXSIZE;
			depth--;
			p += close;
		} else {
			n += depth == 0;
			p++;
		}
	}
	return depth == 0 ? n : G_MAXSIZE;
}

/* @figure, or the level before it when @figure is that level's change as an amount
 * (32.57亿元(…),增加10.55亿元: 32.57; 45612.99亿元,比上年增收11487.11亿元: 45612.99). */
static const CfClaim *
level_of_change(const CfCheckContext *ctx, const CfRatesSentence *sentence, const CfClaim *figure)
{
	if (figure->kind == CF_CLAIM_PERCENT)
		return figure;
	const CfClaim *level = cf_rates_previous_value(sentence, figure);
	if (level == NULL || level->kind != figure->kind || !cf_claim_same_unit(level, figure))
		return figure;
	g_autofree char *said = cf_rates_text_between(ctx, level, figure);
	if (said == NULL || strstr(said, "占") ||
	    length_outside_asides(said) > GROWTH_RATE_WORDS_BYTES ||
	    cf_check_change_ending_direction(said, strlen(said), FALSE) == 0)
		return figure;
	return level;
}

/* The part a share right after @previous is of: @previous, or — when @previous is the change
 * of the figure before it, as a rate (78.9亿元，同比增长17.9%，占全市…比重为27.8%) or as an
 * amount (4285.51万元，较上年同期增加3297.75万元，占…的13.91%) — that figure. */
static const CfClaim *
share_part(const CfCheckContext *ctx, const CfRatesSentence *sentence, const CfClaim *previous)
{
	/* (净增 is a change whatever it is compared with: 4G用户总数达到12.8亿户,全年净增1.17亿户,
	 * 占移动电话用户总数的80.1%) */
	static const char *const change_cues[] = {"同比", "比上年", "较上年", "比去年", "较去年",
						  "上年同期", "净增", "净减", "淨增", "淨減", NULL};
	if (previous == NULL)
		return previous;
	/* the figure before a parenthesis that breaks it down (348万元(市财政奖补262万元,区财政
	 * 奖补86万元),约占投资总额的40%): the share is that figure's */
	const CfClaim *outer = before_aside(ctx, sentence, previous);
	if (outer)
		return outer;
	const CfClaim *figure = cf_rates_previous_value(sentence, previous);
	/* a change right before the share (市级完成25.9亿元，同比下降2.5%，减收0.65亿元，占全市…
	 * 的19.6%): the share is the level's, the figure before the change and its rate */
	if (figure && previous->kind != CF_CLAIM_PERCENT) {
		g_autofree char *said = cf_rates_text_between(ctx, figure, previous);
		if (said && strlen(said) <= GROWTH_RATE_WORDS_BYTES && !strstr(said, "占") &&
		    cf_check_change_ending_direction(said, strlen(said), FALSE) != 0) {
			const CfClaim *level = figure;
			for (guint k = 0; level && level->kind == CF_CLAIM_PERCENT && k < 2; k++)
				level = cf_rates_previous_value(sentence, level);
			if (level && level->kind == previous->kind &&
			    g_strcmp0(level->unit, previous->unit) == 0 && level != figure) {
				g_autofree char *gap = cf_rates_text_between(ctx, level, figure);
				if (gap && strlen(gap) <= GROWTH_RATE_WORDS_BYTES &&
				    cf_rates_contains_any(gap, change_cues) && !strstr(gap, "占"))
					return level;
			}
		}
	}
	if (figure == NULL || figure->kind == CF_CLAIM_PERCENT)
		return previous;
	/* (one measure in two magnitudes: 5.54亿户, 全年净增5513万户) */
	if (previous->kind != CF_CLAIM_PERCENT &&
	    (previous->kind != figure->kind || !cf_claim_same_unit(previous, figure)))
		return previous;
	g_autofree char *words = cf_rates_text_between(ctx, figure, previous);
	if (words == NULL || strlen(words) > GROWTH_RATE_WORDS_BYTES || strstr(words, "占"))
		return previous;
	gsize n = strlen(words);
	/* a rate: after a word of comparison (同比增长), or after the way it changed alone (,增长
	 * 33.7%) */
	if (previous->kind == CF_CLAIM_PERCENT &&
	    (cf_rates_contains_any(words, change_cues) ||
	     cf_check_change_ending_direction(words, n, FALSE) != 0))
		return level_of_change(ctx, sentence, figure);
	/* an amount: the words end with the way it changed (增加, 减少), after a comparison */
	if (previous->kind != CF_CLAIM_PERCENT && cf_rates_contains_any(words, change_cues) &&
	    cf_check_change_ending_direction(words, n, FALSE) != 0)
		return figure;
	return previous;
}

/* TRUE when the share of @object after @part is what @part attained against a target of its
 * own: @object is a budget, plan or task (预算, 计划, 任务) and @part's clause says it was
 * attained (税务部门完成13,866万元，占调整预算100.93%), each item against its own budget. */
static gboolean
attained_against(const CfCheckContext *ctx, const CfClaim *part, const char *object)
{
	static const char *const targets[] = {"预算", "预算数", "计划", "计划数", "任务", "任务数",
					      "目标", NULL};
	static const char *const attained[] = {"完成", "执行", "实现", "达成", NULL};
	gboolean target = FALSE;
	for (guint i = 0; targets[i] && !target; i++)
		target = g_str_has_suffix(object, targets[i]);
	if (!target || part == NULL)
		return FALSE;
	g_autofree char *clause = cf_rates_text_before(ctx, NULL, part, TRUE);
	return cf_rates_contains_any(clause, attained);
}

/* ---- shares of one whole ---- */

typedef struct {
	char *object;       /* what the shares are of, "" for a 分别 list */
	guint line;
	GPtrArray *members; /* const CfClaim* percentages */
	GArray *lists; /* guint: the members that start a list (占…的a%、b%和c%), in order */
	gboolean nested;    /* a 其中 among them: shares of a share */
	/* what the members' parts are: a count, an amount (a share of each is no share of one
	 * whole: 379个…占落地项目的74.8%; 投资额4061亿元,占落地项目的77.2%) */
	gboolean count_parts, amount_parts;
	/* members said of a group that has something (具有高级职称的专任教师…占专任教师的比例为
	 * 60.57%): attributes, which overlap */
	guint attributes;
} ShareGroup;

static void
share_group_free(ShareGroup *g)
{
	g_free(g->object);
	g_ptr_array_unref(g->members);
	g_array_unref(g->lists);
	g_free(g);
}

/* TRUE when the shares split, in order, into runs of two or more that can each add up to
 * exactly 100%: one whole broken down twice (by collecting department, then by kind of
 * revenue), not shares of one breakdown adding up to more than the whole.  The last run may
 * fall short of 100% when a sentence (。) ends after the complete runs: another breakdown begun
 * (货物类、工程类和服务类 31.2%、52.9%和15.9%。…公开招标…占77.9%: by kind, then by method). */
static gboolean
consecutive_breakdowns(const CfCheckContext *ctx, const ShareGroup *g)
{
	const CfDecimal hundred = cf_decimal_from_int(100);
	const CfInterval zero = cf_interval_point(cf_decimal_from_int(0));
	CfInterval sum = zero;
	guint run = 0, runs = 0, complete = 0; /* complete: members in the complete runs */
	for (guint i = 0; i < g->members->len; i++) {
		const CfClaim *p = g_ptr_array_index(g->members, i);
		if (!cf_rates_add_bounded(&sum, p->interval))
			return FALSE;
		run++;
		if (cf_decimal_compare(sum.low, hundred) > 0)
			return FALSE;
		if (cf_interval_contains(sum, hundred)) {
			if (run < 2)
				return FALSE;
			runs++;
			run = 0;
			sum = zero;
			complete = i + 1;
		}
	}
	if (run == 0)
		return runs >= 2;
	if (complete == 0)
		return FALSE;
	gboolean stop;
	return cf_rates_between_on_line(ctx, g_ptr_array_index(g->members, complete - 1),
					g_ptr_array_index(g->members, complete), &stop) &&
	       stop;
}

static void report_members(CfCheckContext *ctx, const ShareGroup *g);

/* The members [*@start, *@end) of @g's list @k. */
static void
list_bounds(const ShareGroup *g, guint k, guint *start, guint *end)
{
	*start = g_array_index(g->lists, guint, k);
	*end = k + 1 < g->lists->len ? g_array_index(g->lists, guint, k + 1) : g->members->len;
}

/* TRUE when every list of @g's shares has two members or more and a sentence (。！？) ends
 * between each list and the next: breakdowns of one whole by several sides, each its own
 * (货物、工程、服务…占全市政府采购规模比例为…。从组织形式看，…占全市政府采购规模的…). */
static gboolean
separate_lists(const CfCheckContext *ctx, const ShareGroup *g)
{
	if (g->lists->len < 2)
		return FALSE;
	for (guint k = 0; k < g->lists->len; k++) {
		guint start, end;
		list_bounds(g, k, &start, &end);
		if (end - start < 2)
			return FALSE;
		gboolean stop;
		if (k + 1 < g->lists->len &&
		    !(cf_rates_between_on_line(ctx, g_ptr_array_index(g->members, end - 1),
					       g_ptr_array_index(g->members, end), &stop) &&
		      stop))
			return FALSE;
	}
	return TRUE;
}

static void
report_shares(CfCheckContext *ctx, const ShareGroup *g)
{
	if (g->members->len < 2 || g->nested)
		return;
	if (!separate_lists(ctx, g)) {
		report_members(ctx, g);
		return;
	}
	/* each list on its own */
	for (guint k = 0; k < g->lists->len; k++) {
		guint start, end;
		list_bounds(g, k, &start, &end);
		g_autoptr(GPtrArray) members = g_ptr_array_new();
		for (guint i = start; i < end; i++)
			g_ptr_array_add(members, g_ptr_array_index(g->members, i));
		guint none = 0;
		g_autoptr(GArray) one = g_array_new(FALSE, FALSE, sizeof(guint));
		g_array_append_val(one, none);
		ShareGroup list = {g->object, g->line, members, one, FALSE};
		report_members(ctx, &list);
	}
}

/* TRUE when @g's shares follow 分别 after as many figures of as many measures (…272个村、20506
 * 户，分别占计划的81.4%、80.2%): each the share of its own whole, the plan of its measure. */
static gboolean
respective_of_other_measures(const CfCheckContext *ctx, const ShareGroup *g)
{
	static const char *const respective[] = {"分别", NULL};
	const CfClaim *first = g_ptr_array_index(g->members, 0);
	if (!cf_claim_has_any_cue(first, respective))
		return FALSE;
	guint i = claim_index(ctx, first), found = 0;
	const CfClaim *seen = NULL;
	gboolean differ = FALSE;
	while (i-- > 0 && found < g->members->len) {
		const CfClaim *c = g_ptr_array_index(ctx->claims, i);
		if (c->sentence != first->sentence || c->kind == CF_CLAIM_PERCENT)
			break;
		if (!c->has_value || (c->kind != CF_CLAIM_COUNT && c->kind != CF_CLAIM_AMOUNT &&
				      c->kind != CF_CLAIM_QUANTITY))
			continue;
		if (seen && (seen->kind != c->kind || g_strcmp0(seen->unit, c->unit) != 0))
			differ = TRUE;
		seen = c;
		found++;
	}
	return found == g->members->len && differ;
}

/* TRUE when @g is one 分别 list of shares of as many wholes, named together (占体育产业总产出
 * 和增加值的比重分别为65.7%和50.2%): one share of each. */
static gboolean
respective_wholes(const ShareGroup *g)
{
	if (g->lists->len != 1 || g->members->len < 2 || *g->object == '\0')
		return FALSE;
	static const char *const joiners[] = {"和", "与", "及", "、", NULL};
	guint wholes = 1;
	for (guint i = 0; joiners[i]; i++)
		for (const char *q = strstr(g->object, joiners[i]); q;
		     q = strstr(q + strlen(joiners[i]), joiners[i]))
			wholes++;
	return wholes == g->members->len;
}

/* report_shares() for the members of @g together. */
static void
report_members(CfCheckContext *ctx, const ShareGroup *g)
{
	/* (shares of counts and of amounts are of two wholes; two or more attributes of one
	 * group's members overlap) */
	if (respective_of_other_measures(ctx, g) || respective_wholes(g) ||
	    (g->count_parts && g->amount_parts) || g->attributes >= 2)
		return;
	CfDecimal low = cf_decimal_from_int(0), point = cf_decimal_from_int(0);
	CfDecimal largest = cf_decimal_from_int(0); /* the largest share's low end */
	const CfDecimal hundred = cf_decimal_from_int(100);
	for (guint i = 0; i < g->members->len; i++) {
		const CfClaim *p = g_ptr_array_index(g->members, i);
		if (p->interval.low_unbounded || !cf_decimal_add(low, p->interval.low, &low) ||
		    !cf_decimal_add(point, p->value, &point))
			return;
		/* a percentage above 100% is no part of a whole: they are ratios to one each
		 * (完成…，占调整预算105.47%), not shares of one */
		if (cf_decimal_compare(p->interval.low, hundred) > 0)
			return;
		if (cf_decimal_compare(p->interval.low, largest) > 0)
			largest = p->interval.low;
	}
	/* the shares may each be rounded: only a sum above 100% at every rounding contradicts */
	if (cf_decimal_compare(low, hundred) <= 0 || consecutive_breakdowns(ctx, g))
		return;
	/* one list of shares above 100% even without the largest is of several wholes, one
	 * each (第三产业法人单位数、从业人员和资产总计占比分别为79.3%、61.7%和82.5%; 民营经济主体的
	 * 占比…分别为95.9%、91.9%、92.4%): a slip in one share of one whole leaves the others
	 * within it.  (Shares stated one by one may be two breakdowns, one exceeding.) */
	CfDecimal rest;
	if (g->lists->len <= 1 && cf_decimal_sub(low, largest, &rest) &&
	    cf_decimal_compare(rest, hundred) > 0)
		return;
	g_autofree char *object = *g->object ? g_strconcat("of ", g->object, NULL) : g_strdup("");
	cf_check_report_shares_exceed(ctx, g->members, object, point, "%");
}

/* TRUE when an amount or count named @object (its whole label) stands between shares @a and
 * @b: the whole stated again, another one (税收收入 between shares of 收入 is a part). */
static gboolean
whole_restated(const CfCheckContext *ctx, const CfClaim *a, const CfClaim *b, const char *object)
{
	if (*object == '\0')
		return FALSE;
	for (guint i = cf_rates_first_claim_at(ctx, a->range.end); i < ctx->claims->len; i++) {
		const CfClaim *c = g_ptr_array_index(ctx->claims, i);
		if (c->range.start >= b->range.start)
			break;
		if ((c->kind == CF_CLAIM_AMOUNT || c->kind == CF_CLAIM_COUNT) && c->label &&
		    strcmp(c->label, object) == 0)
			return TRUE;
	}
	return FALSE;
}

/* TRUE when a year is named between @a and @b: shares of two years' wholes. */
static gboolean
year_between(const CfCheckContext *ctx, const CfClaim *a, const CfClaim *b)
{
	for (guint i = claim_index(ctx, b); i-- > 0;) {
		const CfClaim *c = g_ptr_array_index(ctx->claims, i);
		if (c == a || c->range.end <= a->range.start)
			return FALSE;
		if (c->kind == CF_CLAIM_YEAR)
			return TRUE;
	}
	return FALSE;
}

static gboolean
only_separators(const char *text)
{
	g_autofree char *rest = g_strdup(text);
	for (guint i = 0; list_separators[i]; i++) {
		char *p;
		while ((p = strstr(rest, list_separators[i])) != NULL)
			memmove(p, p + strlen(list_separators[i]),
				strlen(p + strlen(list_separators[i])) + 1);
	}
	return rest[0] == '\0';
}

/* Words that make what a share is of each part's own whole (节能产品…占同类产品采购规模的90%，
 * 环保产品…占同类产品采购规模的88%: two wholes by one name; 2月、3月单月分别增加840亿元和1477亿元,
 * 占当月全部贷款增量的70%和45%: each month's), also as a Traditional-script copy of a report
 * writes them (同類產品). */
static const char *const relative_words[] = {"同类", "该类", "本类", "其所在", "当月", "当季",
					     "本地区", "各自", "同類", "該類", "本類", "當月",
					     "當季", "本地區", NULL};

/* A whole named by its place alone (存款余额9669亿元,占全省的49.74%;贷款余额5224亿元,占全省的
 * 34.7%): the total of each part's own measure there, no whole of the parts together. */
static gboolean
place_alone(const char *object)
{
	static const char *const places[] = {"全国", "全省", "全市", "全区", "全县", "全州",
					     "全國", "全縣", "全區", "我国", "我省", "我市",
					     "我区", "我县", "我國", "我縣", "我區", NULL};
	for (guint i = 0; places[i]; i++) {
		gsize n = strlen(places[i]);
		if (strncmp(object, places[i], n) == 0 &&
		    (object[n] == '\0' || strcmp(object + n, "的") == 0))
			return TRUE;
	}
	return FALSE;
}

/* …and words that make it each item's own plan or target (完成地区生产总值10.3亿元，…占年计划的
 * 53.3%；公共财政预算收入1606.5万元，…占年计划的45%: completion rates, no shares of one whole). */
static const char *const plan_words[] = {"计划", "目标", "任务", NULL};

static gboolean
relative_whole(const char *object)
{
	for (guint i = 0; relative_words[i]; i++)
		if (g_str_has_prefix(object, relative_words[i]))
			return TRUE;
	return place_alone(object) || cf_rates_contains_any(object, plan_words);
}

/* TRUE when no clause mark stands between @a and @b, on one line (what
 * cf_rates_range_before() cuts a clause at). */
static gboolean
same_clause(const CfCheckContext *ctx, const CfClaim *a, const CfClaim *b)
{
	gsize start, end;
	cf_rates_range_before(ctx, a, b, TRUE, &start, &end);
	return start == a->range.end;
}

/* @text without its 占 (in place). */
static char *
strip_share_word(char *text)
{
	char *p;
	while ((p = strstr(text, "占")) != NULL)
		memmove(p, p + strlen("占"), strlen(p + strlen("占")) + 1);
	return text;
}

/* TRUE when @b follows @a in the next clause of one sentence part: only ，、 and words
 * between, no ；。 nor ：. */
static gboolean
clause_after(const CfCheckContext *ctx, const CfClaim *a, const CfClaim *b)
{
	static const char *const stops[] = {"；", ";", "：", ":", "。", NULL};
	g_autofree char *between = cf_rates_text_between(ctx, a, b);
	return between != NULL && !cf_rates_contains_any(between, stops);
}

/* TRUE when the share at @sentence->claims[@i] (its words @text) opens a 分别 list: another
 * percentage follows it after separators only. */
static gboolean
opens_share_list(const CfCheckContext *ctx, const CfRatesSentence *sentence, guint i,
		 const char *text)
{
	if (strstr(text, "分别") == NULL || i + 1 >= sentence->len)
		return FALSE;
	const CfClaim *next = sentence->claims[i + 1];
	if (next->kind != CF_CLAIM_PERCENT || cf_claim_is_points(next))
		return FALSE;
	g_autofree char *between = cf_rates_text_between(ctx, sentence->claims[i], next);
	return between != NULL && only_separators(between);
}

/* TRUE when @c stands in a parenthesis that closes before @next (光伏1656万千瓦、光热21万千瓦)
 * before 、风电953万千瓦): no figure of the list @next is in. */
static gboolean
in_aside_before(const CfCheckContext *ctx, const CfClaim *c, const CfClaim *next)
{
	g_autofree char *between = cf_rates_text_between(ctx, c, next);
	if (between == NULL)
		return FALSE;
	const char *close = strstr(between, ")"), *wide = strstr(between, "）");
	if (close == NULL || (wide && wide < close))
		close = wide;
	if (close == NULL)
		return FALSE;
	const char *open = strstr(between, "("), *wide_open = strstr(between, "（");
	if (open == NULL || (wide_open && wide_open < open))
		open = wide_open;
	return open == NULL || open > close;
}

/* 中央、地方预算单位政府采购规模分别为2666.3亿元和30400.7亿元，占全国政府采购规模的8.1%和
 * 91.9%: a list of n shares right after a list of exactly n figures of one measure in one
 * clause are their shares in order.  Returns n and the figures in @values when the share at
 * @sentence->claims[@i] opens such a list (@previous the figure before it), else 0. */
static guint
respective_figures(const CfCheckContext *ctx, const CfRatesSentence *sentence, guint i,
		   const CfClaim *previous, const CfClaim **values)
{
	if (previous == NULL || !cf_rates_is_value(previous) || !shares_of(previous))
		return 0;
	guint n = 1;
	for (guint j = i + 1; j < sentence->len && n < SHARE_LIST_MAX; j++, n++) {
		const CfClaim *q = sentence->claims[j];
		if (q->kind != CF_CLAIM_PERCENT || !q->has_value)
			break;
		g_autofree char *between = cf_rates_text_between(ctx, sentence->claims[j - 1], q);
		/* (分别占96.25%和占3.75%: 占 said again) */
		if (between == NULL || !only_separators(strip_share_word(between)))
			break;
	}
	gint at = n < 2 ? -1 : cf_rates_sentence_find(sentence, previous);
	if (at < 0)
		return 0;
	/* 分别 before the shares: the figures may each have a clause of their own, the list
	 * opening with 其中 (其中中央财政资金10444.85万元，省财政资金406.95万元，分别占96.25%和
	 * 3.75%) */
	g_autofree char *lead = cf_rates_text_before(ctx, previous, sentence->claims[i], FALSE);
	gboolean spread = strstr(lead, "分别") != NULL;
	/* @previous and the n − 1 figures right before it in its clause, and no nth */
	values[n - 1] = previous;
	const CfClaim *next = previous;
	gint k = at - 1; /* the figure before @next */
	for (guint m = 1; m <= n; m++) {
		/* (past the figures of an aside: 太阳能1677万千瓦(光伏1656万千瓦、光热21万千瓦)、
		 * 风电953万千瓦,分别占29.5%、39.1%、22.2%) */
		while (k >= 0 && in_aside_before(ctx, sentence->claims[k], next))
			k--;
		const CfClaim *c = k >= 0 ? sentence->claims[k] : NULL;
		gboolean joined = c && cf_rates_is_value(c) && cf_rates_same_measure(c, previous);
		if (joined && spread)
			joined = m < n ? clause_after(ctx, c, next)
				       : !cf_claim_has_cue(next, "其中");
		else if (joined) {
			/* (or only a comma between: 9175.8亿元,17492.4亿元和10302.4亿元) */
			g_autofree char *between = cf_rates_text_between(ctx, c, next);
			joined = same_clause(ctx, c, next) ||
				 (between &&
				  (strcmp(between, ",") == 0 || strcmp(between, "，") == 0));
		}
		if (joined != (m < n))
			return 0;
		if (m < n)
			values[n - 1 - m] = c;
		next = c;
		k--;
	}
	return n;
}

/* TRUE when @text (the words before a percentage) says 占 or 比重 after its last percentage:
 * a rate named after another's share (等级公路占公路总里程的比例为94.66%,…;水泥、沥青路面
 * 铺装率为89.36%) is no share of that whole. */
static gboolean
share_cue_since_percent(const char *text)
{
	const char *last = strrchr(text, '%');
	return last == NULL || cf_rates_contains_any(last + 1, share_cues);
}

/* ---- a portion stated as an amount: 总保费74万元，中央财政补贴40%为29.6万元 ---- */

/* The words between a percentage and the amount it comes to (40%为29.6万元, 25%即30人). */
static const char *const portion_words[] = {"为", "即", "计", "计为", "合", "合计", NULL};
/* Words before a percentage that make it a change, a comparison or a named rate. */
static const char *const not_portion_words[] = {
	"增", "减", "降", "提高", "上升", "上调", "下调", "同比", "上年", "较", "比", "率", NULL};
/* Claims walked back from a portion to its whole, at most. */
#define PORTION_WHOLE_STEPS 12

/* The amount (or count) the percentage at index @i of ctx->claims comes to, right after it
 * with only a portion word between (40%为29.6万元), or NULL. */
static const CfClaim *
portion_amount(const CfCheckContext *ctx, guint i)
{
	if (i == G_MAXUINT || i + 1 >= ctx->claims->len)
		return NULL;
	const CfClaim *p = g_ptr_array_index(ctx->claims, i);
	if (p->kind != CF_CLAIM_PERCENT || !p->has_value || p->table >= 0 || cf_claim_is_points(p))
		return NULL;
	const CfClaim *n = g_ptr_array_index(ctx->claims, i + 1);
	if ((n->kind != CF_CLAIM_AMOUNT && n->kind != CF_CLAIM_COUNT) || !cf_rates_is_value(n) ||
	    n->table >= 0 || n->sentence != p->sentence)
		return NULL;
	g_autofree char *between = cf_rates_text_between(ctx, p, n);
	if (between == NULL)
		return NULL;
	g_strstrip(between);
	for (guint k = 0; portion_words[k]; k++)
		if (g_str_equal(between, portion_words[k]))
			return n;
	return NULL;
}

/* A percentage followed by what it comes to (…，中央财政补贴47.5%为614.39万元): a share of
 * the amount of that measure before it in its paragraph, past the other portions of it
 * (省级财政补贴32.5%为420.37万元 is of 总保费 too), with nothing else between.  Adds the
 * RATIO and returns TRUE when @p is such a portion (@text: the words before it, which name
 * no change, comparison, rate, share or execution). */
static gboolean
check_portion(CfCheckContext *ctx, const CfClaim *p, const char *text)
{
	if (cf_rates_contains_any(text, not_portion_words) ||
	    cf_rates_contains_any(text, share_cues) || cf_rates_contains_any(text, execution_cues))
		return FALSE;
	guint i = cf_check_claim_index(ctx, p);
	const CfClaim *amount = portion_amount(ctx, i);
	if (amount == NULL)
		return FALSE;
	if (p->qualifier != CF_QUALIFIER_NONE && p->qualifier != CF_QUALIFIER_APPROX)
		return TRUE;
	const CfClaim *whole = NULL;
	for (guint steps = 0; i-- > 0 && steps < PORTION_WHOLE_STEPS && whole == NULL; steps++) {
		const CfClaim *c = g_ptr_array_index(ctx->claims, i);
		if (c->table >= 0 || !cf_rates_same_line(ctx, c, p))
			break;
		if (c->kind == CF_CLAIM_YEAR || c->kind == CF_CLAIM_ORDINAL)
			continue;
		if (c->kind == CF_CLAIM_PERCENT) {
			if (portion_amount(ctx, i) == NULL)
				break;
			continue;
		}
		if (i > 0 && portion_amount(ctx, i - 1) == c)
			continue;
		if (!cf_rates_is_value(c) || !cf_rates_same_measure(c, amount) ||
		    cf_decimal_sign(c->value) <= 0)
			break;
		whole = c;
	}
	if (whole) {
		g_autofree char *of = what_of(whole, "the amount before");
		g_autofree char *what = g_strdup_printf("the share of %s", of);
		add_ratio(ctx, p, exact_term(ctx, amount), exact_term(ctx, whole), what);
	}
	return TRUE;
}

static void
run(CfCheckContext *ctx)
{
	GArray *sentences = cf_rates_sentences(ctx);
	g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func((GDestroyNotify)share_group_free);
	ShareGroup *list = NULL; /* the group a following "、27%" joins */
	guint current_line = 0;
	for (guint s = 0; s < sentences->len; s++) {
		const CfRatesSentence *sentence = &g_array_index(sentences, CfRatesSentence, s);
		for (guint i = 0; i < sentence->len; i++) {
			const CfClaim *p = sentence->claims[i];
			/* (a change in points is no share: 占比提高2.5个百分点) */
			if (p->kind != CF_CLAIM_PERCENT || !p->has_value || cf_claim_is_points(p))
				continue;
			guint paragraph = cf_document_paragraph_line(ctx->document, p->line);
			if (paragraph != current_line) {
				/* shares are grouped per paragraph */
				for (guint g = 0; g < groups->len; g++)
					report_shares(ctx, g_ptr_array_index(groups, g));
				g_ptr_array_set_size(groups, 0);
				list = NULL;
				current_line = paragraph;
			}
			const CfClaim *previous = cf_rates_previous_value(sentence, p);
			g_autofree char *text = cf_rates_text_before(ctx, previous, p, FALSE);
			gboolean approx = p->qualifier == CF_QUALIFIER_NONE ||
					  p->qualifier == CF_QUALIFIER_APPROX;

			/* (the list's last share: its members are in order and @previous is the
			 * figure right before @p, so only the last can be it; searching them all
			 * cost n² over a list of n shares) */
			if (previous && previous->kind == CF_CLAIM_PERCENT && list &&
			    only_separators(text) && list->members->len > 0 &&
			    g_ptr_array_index(list->members, list->members->len - 1) == previous) {
				g_ptr_array_add(list->members, (gpointer)p);
				continue;
			}
			list = NULL;
			/* a cut's rate (节约率, 审减率): the saving family's */
			if (cf_rates_contains_any(text, cf_check_saving_rate_cues))
				continue;
			if (check_portion(ctx, p, text))
				continue;
			if (cf_rates_contains_any(text, execution_cues)) {
				if (approx)
					check_execution(ctx, sentence, p);
				continue;
			}
			if (approx && !cf_rates_contains_any(text, share_cues) &&
			    check_named_rate(ctx, p))
				continue;
			if (!cf_rates_contains_any(text, share_cues) || strstr(text, "比上年") ||
			    strstr(text, "同比") || !share_cue_since_percent(text))
				continue;
			const CfClaim *values[SHARE_LIST_MAX];
			guint respective = respective_figures(ctx, sentence, i, previous, values);
			for (guint m = 0; m < respective; m++) {
				const CfClaim *share = sentence->claims[i + m];
				if (share->qualifier == CF_QUALIFIER_NONE ||
				    share->qualifier == CF_QUALIFIER_APPROX)
					check_share(ctx, sentence, share, values[m], text);
			}
			/* (the first of a 分别 list of shares whose figures are not the list right
			 * before it is no share of that figure alone: …第三产业增加值48916亿元,海洋
			 * 第一、第二、第三产业增加值占…比重分别为4.4%、37.0%和58.6%) */
			if (approx && respective == 0 && !opens_share_list(ctx, sentence, i, text)) {
				const CfClaim *own = part_after_share(ctx, sentence, i);
				check_share(ctx, sentence, p,
					    own ? own : share_part(ctx, sentence, previous), text);
			}
			/* group the shares of one whole */
			g_autofree char *object = share_object(text);
			gboolean listed = strstr(text, "分别") != NULL;
			/* (a whole relative to each part is so in a 分别 list too: 分别达到14219万户、
			 * 7520万户…,占本地区…总数的比重分别为74.8%、74.9%…) */
			if (relative_whole(object) ||
			    ((*object == '\0' || attained_against(ctx, previous, object)) && !listed))
				continue;
			ShareGroup *group = NULL;
			for (guint g = 0; *object && g < groups->len; g++) {
				ShareGroup *x = g_ptr_array_index(groups, g);
				if (g_str_equal(x->object, object))
					group = x;
			}
			if (group && strstr(text, "其中"))
				group->nested = TRUE;
			/* the whole stated again between two shares: another whole of that name
			 * (全市…实际采购金额14993.34万元…占实际采购金额的68.32%。市本级…实际采购金额
			 * 2170.10万元…占实际采购金额的72.84%) */
			if (group &&
			    whole_restated(
				    ctx, g_ptr_array_index(group->members, group->members->len - 1),
				    p, object))
				group = NULL;
			if (group == NULL || listed) {
				group = g_new0(ShareGroup, 1);
				group->object = g_strdup(listed && *object == '\0' ? "" : object);
				group->line = p->line;
				group->members = g_ptr_array_new();
				group->lists = g_array_new(FALSE, FALSE, sizeof(guint));
				g_ptr_array_add(groups, group);
			} else {
				/* a 其中 between two shares of one whole: the later is nested */
				const CfClaim *last = g_ptr_array_index(group->members,
									group->members->len - 1);
				g_autofree char *between = cf_rates_text_between(ctx, last, p);
				if (between == NULL || strstr(between, "其中") || strstr(between, "上年") ||
				    strstr(between, "去年") || year_between(ctx, last, p))
					group->nested = TRUE;
			}
			g_array_append_val(group->lists, group->members->len);
			g_ptr_array_add(group->members, (gpointer)p);
			if (previous && previous->kind == CF_CLAIM_COUNT)
				group->count_parts = TRUE;
			if (previous && previous->kind == CF_CLAIM_AMOUNT)
				group->amount_parts = TRUE;
			if (strstr(text, "具有") ||
			    (previous && previous->label && strstr(previous->label, "具有")))
				group->attributes++;
			list = group;
		}
	}
	for (guint g = 0; g < groups->len; g++)
		report_shares(ctx, g_ptr_array_index(groups, g));
}

const CfCheckFamily cf_check_family_percent = {"percent", run};
