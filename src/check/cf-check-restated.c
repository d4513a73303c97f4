/* Family: restated — one quantity stated twice in a report with different values.
 *
 * Two ways to know that two statements are about the same quantity:
 *  - they introduce sibling tables holding the same items, and name the same column
 *    (预算数为6462.78万元 before one table of 23 projects, 绩效目标6384.82万元 before the
 *    other): the totals of the same items in the same meaning;
 *  - they are prose amounts with the same specific label (one that names an item, not only
 *    a role: 年初预算 alone is not), in sentences of the same year (or both without one),
 *    neither a change, a share, nor another year's figure, and not each the share of
 *    another whole (the same item under two breakdowns); a part of a breakdown (after a
 *    其中) is compared only with parts of the same whole (机构运行 and 住房公积金, each
 *    其中基本支出…, are two 基本支出; cf_rates_breakdown_part()); and two statements whose
 *    paragraphs name two subjects before them (中央国有企业资产总额…，负债总额… and 地方国有
 *    企业资产总额…，负债总额…; of_other_subjects()) are two quantities.
 * Agreeing statements are related too: the tie lets a suggested edit change both. */
#include "check/cf-check-rates.h"
#include "check/cf-check-table.h"
#include "check/cf-check-words.h"
#include "segment/cf-segment.h"

#include <string.h>

/* Bytes at the start of a paragraph looked at for the period it opens with (1-5月份，…). */
#define PERIOD_HEAD_BYTES 24
/* A label must be at least this many characters to identify a quantity on its own. */
#define MIN_LABEL_CHARS 4
/* A label stated with this many different values in one context is a field of a list's
 * items, not one quantity stated again. */
#define MAX_RESTATED_VALUES 3
/* Bytes from a line's start a subject and its colon stand in, at most (巴中经济开发区:). */
#define SUBJECT_COLON_BYTES 45

/* Words that make an amount relative, partial or of another time; all but 累计 (a total to
 * date) also keep it from naming its subject (may_name_subject()). */
#define SUBJECT_CONTEXT_WORDS                                                                 \
	"上年", "去年", "同比", "增加", "减少", "增长", "下降", "其中", "每", "人均", "平均", \
		"结转", "结余", "以上", "以下", "超过"
static const char *const context_words[] = {SUBJECT_CONTEXT_WORDS, "累计", NULL};
static const char *const subject_context_words[] = {SUBJECT_CONTEXT_WORDS, NULL};

static void
check_sibling_totals(CfTableSet *set)
{
	static const CfColumnRole roles[] = {CF_COLUMN_BUDGET, CF_COLUMN_SPENDING};
	for (guint i = 0; i < set->siblings->len; i++) {
		const CfSiblingPair *p = g_ptr_array_index(set->siblings, i);
		if (!p->complete)
			continue;
		for (guint k = 0; k < G_N_ELEMENTS(roles); k++) {
			const CfClaim *a, *b;
			gint column_a, column_b;
			if (!cf_prose_table_total_claim(set, p->a, roles[k], &a, &column_a) ||
			    !cf_prose_table_total_claim(set, p->b, roles[k], &b, &column_b) || a == b)
				continue;
			const CfTableModel *ma = g_ptr_array_index(set->models, p->a);
			const CfTableModel *mb = g_ptr_array_index(set->models, p->b);
			if (g_strcmp0(ma->columns[column_a].key, mb->columns[column_b].key) != 0)
				continue;
			g_autofree char *what = g_strdup_printf(
				"the total of the same %u items (tables at lines %u and %u)", p->n_matched,
				ma->table->first_line, mb->table->first_line);
			GPtrArray *terms = cf_term_array_new();
			g_ptr_array_add(terms, cf_check_term(set->context, b));
			cf_check_add_relation(set->context,
					      cf_relation_new(CF_RELATION_EQUAL, "restated-mismatch",
							      CF_SEVERITY_ERROR,
							      cf_check_term(set->context, a), terms, what));
		}
	}
}

/* The year stated before a claim in its sentence (the claims before it with the same
 * sentence index, one after another), carried along the claims in order: looked for back
 * from each claim, a sentence (or a table: its cells share one index) of n claims cost n². */
typedef struct {
	guint sentence;
	int year;            /* 0: none yet */
	const CfClaim *last; /* the claim taken in last */
} SentenceYear;

/* The year stated before @c in its sentence (0: none); then takes @c in.  (@y starts with
 * no year: whichever sentence it names, the first claim sees none.)  Clauses a ； joins on
 * one line are one sentence here, and a sentence that opens with 其中 goes on the one before
 * it: 2017年度支出合计…，其中：基本支出…；项目支出2626万元 is of 2017. */
static int
sentence_year_next(const CfCheckContext *ctx, SentenceYear *y, const CfClaim *c)
{
	if (c->sentence != y->sentence) {
		if (!(y->last && y->year && cf_rates_continues_sentence(ctx, y->last, c)))
			y->year = 0;
		y->sentence = c->sentence;
	}
	y->last = c;
	int before = y->year;
	if (c->kind == CF_CLAIM_YEAR && c->has_value)
		y->year = (int)c->value.mantissa;
	return before;
}

/* Words that say what role a figure plays (budget, spending …) but not which item it is of;
 * a label made of them alone (年初预算, 预算数为, 支出金额, 已于本年度支出, 预算安排) is said of whichever
 * item its sentence names before it: 公务接待费支出2.05万元，年初预算为2万元 and, in the next
 * clause, 公务用车运行维护费支出0万元，年初预算为0.95万元 are two items' budgets.  A milestone
 * passed (2023年首次突破3000亿元) names no item either, nor does a time (今年截至目前完成). */
static const char *const role_words[] = {
	"调整后", "年初", "全年", "调整", "预算",   "决算", "执行", "实际", "支出", "收入", "完成",
	"累计",   "差值", "差额", "金额", "资金",   "经费", "数",   "额",   "为",   "是",   "的",
	"共",     "总",   "已",   "于",   "本年度", "安排", "下达", "拨付", "到位", "首次", "突破",
	"达到",   "超过", "今年", "截至", "截止",   "目前", "年度", "涉及", NULL,
};

/* TRUE when @label is role words only (role_words). */
static gboolean
names_a_role_only(const char *label)
{
	gsize n = strlen(label), at = 0;
	while (at < n)
		if (!cf_rates_skip_word(label, n, &at, role_words))
			return FALSE;
	return TRUE;
}

/* Words that name what a figure measures (支出, 经费, 金额 …); a label with none of them names
 * an item only (普通小学), whose measure its section's heading states. */
static const char *const measure_words[] = {"支出", "收入", "预算", "决算", "资金", "经费", "金额",
					    "额",   "数",   "费",   "款",   "资产", "负债", "结余",
					    "结转", "合计", "总计", "规模", NULL};

/* TRUE when @c's label or cues make it relative, partial or of another time (context_words). */
static gboolean
is_in_context(const CfClaim *c)
{
	static CfWordBytes context;
	if (c->label && cf_word_bytes_in(cf_word_bytes_get(&context, context_words,
							   G_N_ELEMENTS(context_words) - 1),
					 c->label, strlen(c->label)))
		return TRUE;
	return cf_claim_has_any_cue(c, context_words);
}

/* Words of a document cited in a label (…资金预算的通知(校舍维修)-中央3.07万元): the label
 * names the document the money came under, shared by every item it funds, not an item. */
static const char *const document_words[] = {"的通知", "的意见", "的批复", "的决定",
					     "〔",     "[",      NULL};

static gboolean
is_plain_statement(const CfClaim *c)
{
	if (c->kind != CF_CLAIM_AMOUNT || c->table >= 0 || !c->has_value ||
	    c->qualifier != CF_QUALIFIER_NONE || c->label == NULL ||
	    g_utf8_strlen(c->label, -1) < MIN_LABEL_CHARS || names_a_role_only(c->label) ||
	    cf_rates_contains_any(c->label, document_words))
		return FALSE;
	return !is_in_context(c);
}

/* TRUE when claim @i is what a percentage right after it is of (…为县人民代表大会批准全县全年
 * 预算46908万元的80.1%): its words name the base, not what the sentence states, and the same
 * words may name the base of another measure (…全年预算206386万元的70.2%). */
static gboolean
is_percentage_base(const CfCheckContext *ctx, guint i)
{
	if (i + 1 >= ctx->claims->len)
		return FALSE;
	const CfClaim *c = g_ptr_array_index(ctx->claims, i);
	const CfClaim *p = g_ptr_array_index(ctx->claims, i + 1);
	static const char of[] = "的";
	return p->kind == CF_CLAIM_PERCENT && p->line == c->line &&
	       p->range.start == c->range.end + sizeof of - 1 &&
	       memcmp(ctx->document->norm + c->range.end, of, sizeof of - 1) == 0;
}

/* Bytes from a figure to its share, at most (，占基本支出预算 and a line break: 30). */
#define SHARE_AFTER_BYTES 60

/* The label of the share right after @c in its clause (，占基本支出预算18.75%; a line break
 * of the layout may come between), or NULL. */
static const char *
whole_of_share_after(const CfCheckContext *ctx, const CfClaim *c)
{
	const CfClaim *share = cf_rates_share_within(ctx, c, SHARE_AFTER_BYTES, TRUE);
	return share ? share->label : NULL;
}

/* TRUE when @a and @b are each followed by their share of a whole, and the wholes differ:
 * 商品和服务支出预算165247.88元，占基本支出预算18.75% and 商品和服务支出预算29700元，占项目
 * 支出预算100% are the parts of two breakdowns, one name in each. */
static gboolean
shares_of_other_wholes(const CfCheckContext *ctx, const CfClaim *a, const CfClaim *b)
{
	const char *wa = whole_of_share_after(ctx, a), *wb = whole_of_share_after(ctx, b);
	return wa && wb && strcmp(wa, wb) != 0;
}

/* Figures walked back at most, looking for the subject of a statement. */
#define SUBJECT_WALK 32

/* Words before a name that say when, not whose (截至2022年底, 本年, 年末). */
static const char *const time_words[] = {"截至", "截止", "本年度", "本年", "全年", "年末", "年底",
					 "年初", "当年", "年度", "年", "底", "末", NULL};

/* TRUE when @longer is @shorter with a subject's name before it (企业国有资产总额 and 国有资产
 * 总额): two characters or more that are neither digits nor time words (2022年末资产总额 is
 * no other subject's). */
static gboolean
names_subject_before(const char *longer, const char *shorter)
{
	gsize l = strlen(longer), m = strlen(shorter);
	if (l <= m || memcmp(longer + l - m, shorter, m) != 0)
		return FALSE;
	gsize at = 0, n = l - m;
	guint named = 0;
	while (at < n) {
		if (g_ascii_isdigit(longer[at])) {
			at++;
			continue;
		}
		if (cf_rates_skip_word(longer, n, &at, time_words))
			continue;
		at += (gsize)g_utf8_skip[(guchar)longer[at]];
		named++;
	}
	return named >= 2;
}

/* TRUE when @c can name what a statement after it is of: a figure of an amount, a count or
 * a measured quantity (中药材种植面积7.26万亩), not a share, a rate, a year, nor a change
 * (较上年增加66.29亿元). */
static gboolean
may_name_subject(const CfClaim *c)
{
	/* (a total to date names its subject as well: 朔州市一般公共预算收入累计完成63.63亿元) */
	static CfWordBytes context;
	if (!c->has_value || (c->kind != CF_CLAIM_AMOUNT && c->kind != CF_CLAIM_COUNT &&
			      c->kind != CF_CLAIM_QUANTITY))
		return FALSE;
	if (c->label && cf_word_bytes_in(cf_word_bytes_get(&context, subject_context_words,
							   G_N_ELEMENTS(subject_context_words) - 1),
					 c->label, strlen(c->label)))
		return FALSE;
	return !cf_claim_has_any_cue(c, subject_context_words);
}

/* Paragraphs before a line a sentence cut by a blank line may go back over, at most. */
#define CUT_SENTENCE_PARAGRAPHS 3

/* The first line of the paragraph of line @number, the paragraphs before it that end in
 * mid-sentence (a comma: 金华银行资产总额1043.5亿元,负债总额980.8亿元,⏎⏎净资产62.7亿元,…,
 * a page's layout) taken with it. */
static guint
sentence_paragraph_line(const CfDocument *doc, guint number)
{
	guint p = cf_document_paragraph_line(doc, number);
	for (guint hops = 0; p > 1 && hops < CUT_SENTENCE_PARAGRAPHS; hops++) {
		guint q = p - 1; /* the last line of text before it */
		const CfLine *line = cf_document_get_line(doc, q);
		while (q > 1 && line && line->norm_length == 0)
			line = cf_document_get_line(doc, --q);
		if (line == NULL || line->norm_length == 0)
			break;
		const char *text = doc->norm + line->norm_offset;
		gsize n = line->norm_length;
		while (n > 0 && text[n - 1] == ' ')
			n--;
		if (!((n >= 1 && text[n - 1] == ',') || (n >= 3 && memcmp(text + n - 3, "，", 3) == 0)))
			break;
		p = cf_document_paragraph_line(doc, q);
	}
	return p;
}

/* The amount or count before claim *@i in its paragraph (@paragraph: its first line, as
 * sentence_paragraph_line() reads it), moving *@i to it; NULL when there is none. */
static const CfClaim *
figure_before(const CfCheckContext *ctx, guint *i, guint paragraph)
{
	while (*i > 0) {
		const CfClaim *c = g_ptr_array_index(ctx->claims, --*i);
		if (c->table >= 0 || sentence_paragraph_line(ctx->document, c->line) != paragraph)
			return NULL;
		if (may_name_subject(c))
			return c;
	}
	return NULL;
}

/* TRUE when @c counts entities a report speaks of one by one (98户, 18个集团企业, 3家): the
 * subjects of the figures after it. */
static gboolean
counts_entities(const CfClaim *c)
{
	static const char *const units[] = {"户", "家", "个", "所", NULL};
	if (c->kind != CF_CLAIM_COUNT || c->unit == NULL)
		return FALSE;
	for (guint u = 0; units[u]; u++)
		if (strcmp(c->unit, units[u]) == 0)
			return TRUE;
	return FALSE;
}

/* TRUE when the counts of entities @a and @b count the same: one value, and the same
 * character after each (41个县 and 59个区 count two sets). */
static gboolean
same_entity_count(const CfDocument *doc, const CfClaim *a, const CfClaim *b)
{
	if (cf_decimal_compare(a->value, b->value) != 0)
		return FALSE;
	const char *na = doc->norm + a->range.end, *nb = doc->norm + b->range.end;
	gsize la = (gsize)g_utf8_skip[(guchar)*na], lb = (gsize)g_utf8_skip[(guchar)*nb];
	return *na && *nb && la == lb && memcmp(na, nb, la) == 0;
}

/* TRUE when claims @ia and @ic are said of two subjects: walking back in step through the
 * amounts and counts before each in its paragraph, the first two whose labels differ name
 * two subjects — one measure of two (全国国有企业资产总额183.5万亿元，负债总额118.5万亿元 and
 * 中央国有企业资产总额76.2万亿元，负债总额51.9万亿元 state two 负债总额), a count of one kind
 * of two (全市国有企业98户，…负债总额 and 全市纳入…统计的单位(企业)3,887户，…负债总额), two counts
 * of entities (counts_entities()) under two names, or a measure and the same of a part named
 * before it (国有资产总额…负债总额 and 企业国有资产总额…负债总额); or, when one statement opens
 * its paragraph, a count of entities before the other. */
static gboolean of_other_subjects_in_step(const CfCheckContext *ctx, guint ia, guint ic);

/* The first amount or count of the paragraph of claim @i (up to SUBJECT_WALK back), or NULL. */
static const CfClaim *
paragraph_opening_figure(const CfCheckContext *ctx, guint i)
{
	const CfClaim *c = g_ptr_array_index(ctx->claims, i);
	guint paragraph = sentence_paragraph_line(ctx->document, c->line);
	const CfClaim *first = NULL;
	for (guint step = 0; step < SUBJECT_WALK; step++) {
		const CfClaim *b = figure_before(ctx, &i, paragraph);
		if (b == NULL)
			break;
		first = b;
	}
	return first;
}

/* The bytes of @label before its last @tail bytes, time words (本年, 全年 …) passed over at its
 * start: *@start and the end. */
static gsize
subject_words(const char *label, gsize tail, gsize *start)
{
	gsize n = strlen(label) - tail, at = 0;
	while (at < n && cf_rates_skip_word(label, n, &at, time_words))
		;
	*start = at;
	return n;
}

/* TRUE when the figures that open the paragraphs of @ia and @ic name one measure of two
 * subjects (县级福彩公益金本年收入83.7万元，… and 县级体彩公益金本年收入62.35万元，…): the
 * statements after them are each of its own (当年实际支出92.3万元 and 62.35万元).  Time words
 * are no subject (全年收入合计 and 本年收入合计 name one). */
static gboolean
openings_of_other_subjects(const CfCheckContext *ctx, guint ia, guint ic)
{
	const CfClaim *a = paragraph_opening_figure(ctx, ia);
	const CfClaim *c = paragraph_opening_figure(ctx, ic);
	if (a == NULL || c == NULL || a == c || a->label == NULL || c->label == NULL ||
	    strcmp(a->label, c->label) == 0)
		return FALSE;
	gsize tail;
	if (cf_check_label_common_tail_bytes(a->label, c->label, &tail) < 2)
		return FALSE;
	gsize sa, sc;
	gsize ea = subject_words(a->label, tail, &sa), ec = subject_words(c->label, tail, &sc);
	if (g_utf8_strlen(a->label + sa, (gssize)(ea - sa)) < 2 ||
	    g_utf8_strlen(c->label + sc, (gssize)(ec - sc)) < 2)
		return FALSE;
	return ea - sa != ec - sc || memcmp(a->label + sa, c->label + sc, ea - sa) != 0;
}

static gboolean
of_other_subjects(const CfCheckContext *ctx, guint ia, guint ic)
{
	return of_other_subjects_in_step(ctx, ia, ic) || openings_of_other_subjects(ctx, ia, ic);
}

static gboolean
of_other_subjects_in_step(const CfCheckContext *ctx, guint ia, guint ic)
{
	const CfClaim *a = g_ptr_array_index(ctx->claims, ia);
	const CfClaim *c = g_ptr_array_index(ctx->claims, ic);
	guint para_a = sentence_paragraph_line(ctx->document, a->line);
	guint para_c = sentence_paragraph_line(ctx->document, c->line);
	for (guint step = 0; step < SUBJECT_WALK; step++) {
		const CfClaim *pa = figure_before(ctx, &ia, para_a);
		const CfClaim *pc = figure_before(ctx, &ic, para_c);
		if (pa == NULL || pc == NULL) {
			/* one opens its paragraph: the other is another subject's when what comes
			 * before it in its own counts entities (全市共18个集团企业在境外设立92个分(子)
			 * 公司…，年末资产总额113.1亿元。全年实现营业总收入141.5亿元) */
			const CfClaim *more = pa ? pa : pc;
			guint *at = pa ? &ia : &ic, paragraph = pa ? para_a : para_c;
			for (; more != NULL && step < SUBJECT_WALK; step++) {
				if (counts_entities(more))
					return TRUE;
				more = figure_before(ctx, at, paragraph);
			}
			return FALSE;
		}
		if (pa != pc && counts_entities(pa) && counts_entities(pc) &&
		    (pa->label == NULL || pc->label == NULL) &&
		    !same_entity_count(ctx->document, pa, pc))
			return TRUE; /* 在41个县… and 在59个区…: counts of two sets */
		if (pa == pc || pa->label == NULL || pc->label == NULL)
			return FALSE;
		if (strcmp(pa->label, pc->label) == 0)
			continue;
		if (cf_check_labels_of_other_subjects(pa->label, pc->label))
			return TRUE;
		/* two counts of entities under two names (…子企业268户 and …41个国家和地区) */
		if ((pa->kind == CF_CLAIM_COUNT && cf_rates_same_measure(pa, pc)) ||
		    (counts_entities(pa) && counts_entities(pc)))
			return TRUE;
		return names_subject_before(pa->label, pc->label) ||
		       names_subject_before(pc->label, pa->label);
	}
	return FALSE;
}

/* The bytes of the numeral of months or quarters that ends at @p (not before @start): an ASCII
 * digit, 一 to 十, 元 (元月), or 至 or a dash or tilde between two (1-4月, 1—11月, 元至五月); 0
 * when none. */
static gsize
period_numeral_before(const char *start, const char *p)
{
	static const char *const numerals[] = {"一", "二", "三", "四", "五", "六", "七",
					       "八", "九", "十", "元", "至", "—", "–",
					       "～", "~"};
	if (p > start && (g_ascii_isdigit(p[-1]) || p[-1] == '-'))
		return 1;
	for (guint i = 0; i < G_N_ELEMENTS(numerals); i++) {
		gsize n = strlen(numerals[i]);
		if ((gsize)(p - start) >= n && memcmp(p - n, numerals[i], n) == 0)
			return n;
	}
	return 0;
}

/* The part of the year norm[@start, @end) names first: a month or a run of months (二月,
 * 1-4月份, 元至五月), a quarter (一季度) or a half (上半年); a date (12月31日) is none.  Appended
 * to @key; FALSE when there is none. */
static gboolean
period_in(const char *start, const char *end, GString *key)
{
	static const char *const halves[] = {"上半年", "下半年", NULL};
	for (guint i = 0; halves[i]; i++) {
		const char *hit = g_strstr_len(start, end - start, halves[i]);
		if (hit) {
			g_string_append_c(key, '\x1d');
			g_string_append(key, halves[i]);
			return TRUE;
		}
	}
	static const char *const marks[] = {"月", "季度", NULL};
	for (guint m = 0; marks[m]; m++) {
		gsize n = strlen(marks[m]);
		for (const char *p = start; (p = g_strstr_len(p, end - p, marks[m])) != NULL; p += n) {
			/* (a date: 12月31日, 12月底, 12月末) */
			const char *q = p + n;
			while (q < end && g_ascii_isdigit(*q))
				q++;
			if ((q > p + n && end - q >= 3 &&
			     (memcmp(q, "日", 3) == 0 || memcmp(q, "号", 3) == 0)) ||
			    memcmp(p + n, "日", strlen("日")) == 0 || memcmp(p + n, "底", 3) == 0 ||
			    memcmp(p + n, "末", 3) == 0)
				continue;
			const char *from = p;
			for (gsize k; (k = period_numeral_before(start, from)) > 0;)
				from -= k;
			if (from == p)
				continue;
			g_string_append_c(key, '\x1d');
			g_string_append_len(key, from, p + n - from);
			return TRUE;
		}
	}
	return FALSE;
}

/* TRUE when a sentence ends (。！？) right before @p, not before @head. */
static gboolean
sentence_end_before(const char *head, const char *p)
{
	static const char *const stops[] = {"。", "！", "？", NULL};
	for (guint k = 0; stops[k]; k++) {
		gsize n = strlen(stops[k]);
		if ((gsize)(p - head) >= n && memcmp(p - n, stops[k], n) == 0)
			return TRUE;
	}
	return FALSE;
}

/* The part of the year @c is of, written to @key (emptied first): the one named before it in
 * its clause (as cf_rates_range_before() cuts it; 二月当期收入完成985万元 and 三月当期收入完成
 * 2,608万元 are two quantities), else in its sentence before it, else at the head of its
 * paragraph; @key stays empty when none names one. */
static void
period_of(const CfCheckContext *ctx, const CfClaim *c, GString *key)
{
	g_string_truncate(key, 0);
	gsize clause_start, clause_end;
	cf_rates_range_before(ctx, NULL, c, TRUE, &clause_start, &clause_end);
	const char *norm = ctx->document->norm;
	if (period_in(norm + clause_start, norm + clause_end, key))
		return;
	const CfLine *line = cf_document_get_line(
		ctx->document, cf_document_paragraph_line(ctx->document, c->line));
	if (line == NULL || line->norm_offset >= clause_start)
		return;
	/* else the one its sentence names before it (4月份,全国财政支出7304.45亿元…。1至4月累计,
	 * 全国财政支出25358.02亿元: 1至4月) */
	const char *head = norm + line->norm_offset, *sentence = norm + clause_start;
	const char *limit = clause_start - line->norm_offset > RATES_MAX_LOOKBACK
				    ? norm + clause_start - RATES_MAX_LOOKBACK
				    : head;
	while (sentence > limit && !sentence_end_before(head, sentence))
		sentence--;
	if (sentence > limit && period_in(sentence, norm + clause_end, key))
		return;
	/* else the period the paragraph opens with (5月份，全省…收入90.1亿元…。从收入级次看，中央级
	 * 收入37.5亿元 and 1-5月，…。…中央级收入165.2亿元 are of two periods) */
	gsize head_end = MIN(clause_start, line->norm_offset + PERIOD_HEAD_BYTES);
	period_in(norm + line->norm_offset, norm + head_end, key);
}

/* A line naming a unit on its own is at most this many characters. */
#define UNIT_LINE_MAX_CHARS 16

/* TRUE when line @number holds only the name of a unit (市公安局, 县教育局, 区财政局机关). */
static gboolean
is_unit_line(const CfDocument *doc, guint number)
{
	static const char *const suffixes[] = {"局", "厅", "委", "办", "院", "所", "中心", "站",
					       "队", "部", "馆", "校", "机关", "政府", "街道",
					       "镇", "乡", NULL};
	const CfLine *line = cf_document_get_line(doc, number);
	const char *text = doc->norm + line->norm_offset;
	gsize length = line->norm_length;
	while (length && (text[length - 1] == ' ' || text[length - 1] == '\t'))
		length--;
	while (length && (*text == ' ' || *text == '\t')) {
		text++;
		length--;
	}
	/* ideographs take three bytes each */
	if (length < 2 * 3 || length > UNIT_LINE_MAX_CHARS * 3 || length % 3 != 0)
		return FALSE;
	/* CJK ideographs only: no figure, no mark */
	for (const char *p = text; p < text + length; p = g_utf8_next_char(p)) {
		gunichar u = g_utf8_get_char(p);
		if (u < 0x4E00 || u > 0x9FFF)
			return FALSE;
	}
	for (guint k = 0; suffixes[k]; k++) {
		gsize n = strlen(suffixes[k]);
		if (length > n && memcmp(text + length - n, suffixes[k], n) == 0)
			return TRUE;
	}
	return FALSE;
}

/* TRUE when a line strictly between @from and @to names a unit on its own (is_unit_line()):
 * the figures after it are that unit's, not those before it (a report that states a total,
 * then each unit's part under the unit's name).  @counts (a GArray of guint, empty at
 * first) is filled once: the unit lines up to each line. */
static gboolean
unit_line_between(const CfDocument *doc, GArray *counts, guint from, guint to)
{
	if (counts->len == 0) {
		guint seen = 0;
		g_array_append_val(counts, seen); /* line 0 */
		for (guint number = 1; number <= doc->lines->len; number++) {
			seen += is_unit_line(doc, number);
			g_array_append_val(counts, seen);
		}
	}
	if (to <= from + 1 || to - 1 >= counts->len)
		return FALSE;
	return g_array_index(counts, guint, to - 1) > g_array_index(counts, guint, from);
}

/* TRUE when parts @a and @b (in this order) are of one list: on one line, no end of a
 * sentence (。！？) between them. */
static gboolean
same_list(const CfCheckContext *ctx, const CfClaim *a, const CfClaim *b)
{
	gboolean stop;
	return cf_rates_between_on_line(ctx, a, b, &stop) && !stop;
}

/* The numbering marker the paragraph whose first line is @number opens with (1. 2、 （3） …):
 * TRUE and its style and ordinal, else FALSE. */
static gboolean
paragraph_marker(const CfDocument *doc, guint number, CfHeadingStyle *style, int *ordinal)
{
	const CfLine *line = cf_document_get_line(doc, number);
	if (line == NULL)
		return FALSE;
	gsize start = line->norm_offset, end = start + line->norm_length;
	/* (norm has U+3000 as a space already) */
	while (start < end && (doc->norm[start] == ' ' || doc->norm[start] == '\t'))
		start++;
	CfRange marker;
	return cf_segment_numbering_marker(doc->norm, start, end, style, ordinal, &marker);
}

/* Paragraphs walked at most between two items of one list. */
#define SIBLING_WALK_LINES 400

/* TRUE when @a and @b (in this order) stand in two items of one numbered list, each its own
 * paragraph (1.…统筹整合使用财政涉农资金303万元… and 2.…107.13万元…): a later item of the same
 * style, with no marker between them that starts another list (a smaller or equal number of
 * that style, or a marker of a higher level).  Two items' figures are not one quantity. */
static gboolean
in_sibling_items(const CfCheckContext *ctx, const CfClaim *a, const CfClaim *b)
{
	const CfDocument *doc = ctx->document;
	guint pa = cf_document_paragraph_line(doc, a->line);
	guint pb = cf_document_paragraph_line(doc, b->line);
	CfHeadingStyle sa, sb;
	int oa, ob;
	if (pa == 0 || pb <= pa || pb - pa > SIBLING_WALK_LINES ||
	    !paragraph_marker(doc, pa, &sa, &oa) || !paragraph_marker(doc, pb, &sb, &ob) ||
	    sa != sb || ob <= oa)
		return FALSE;
	for (guint n = pa + 1; n < pb; n++) {
		if (cf_document_paragraph_line(doc, n) != n)
			continue;
		CfHeadingStyle s;
		int o;
		if (!paragraph_marker(doc, n, &s, &o))
			continue;
		if (s == sa ? o <= oa || o >= ob
			    : cf_segment_heading_level(s) <= cf_segment_heading_level(sa))
			return FALSE;
	}
	return TRUE;
}

/* The first line of the heading that encloses line @number: the nearest paragraph before it
 * (SIBLING_WALK_LINES at most) that opens with a marker of a higher level than the one
 * @number's paragraph opens with, if any; 0 when there is none. */
static guint
enclosing_heading(const CfDocument *doc, guint number)
{
	guint paragraph = cf_document_paragraph_line(doc, number);
	CfHeadingStyle own;
	int ordinal;
	int level = paragraph_marker(doc, paragraph, &own, &ordinal) ? cf_segment_heading_level(own)
								     : G_MAXINT;
	for (guint n = paragraph; n-- > 1 && paragraph - n <= SIBLING_WALK_LINES;) {
		if (cf_document_paragraph_line(doc, n) != n)
			continue;
		CfHeadingStyle style;
		if (paragraph_marker(doc, n, &style, &ordinal) &&
		    cf_segment_heading_level(style) < level)
			return n;
	}
	return 0;
}

/* TRUE when line @number holds an amount (a heading stating its section's total:
 * 一、中央财政衔接资金(5273万元)). */
static gboolean
line_states_amount(const CfCheckContext *ctx, guint number)
{
	const CfLine *line = cf_document_get_line(ctx->document, number);
	if (line == NULL)
		return FALSE;
	for (guint i = cf_rates_first_claim_at(ctx, line->norm_offset); i < ctx->claims->len; i++) {
		const CfClaim *c = g_ptr_array_index(ctx->claims, i);
		if (c->line != number)
			break;
		if (c->kind == CF_CLAIM_AMOUNT && c->has_value)
			return TRUE;
	}
	return FALSE;
}

/* TRUE when @a and @b stand under two headings that each @heading_is. */
static gboolean
under_two_headings(const CfCheckContext *ctx, const CfClaim *a, const CfClaim *b,
		   gboolean (*heading_is)(const CfCheckContext *ctx, guint number))
{
	guint ha = enclosing_heading(ctx->document, a->line);
	guint hb = enclosing_heading(ctx->document, b->line);
	return ha && hb && ha != hb && heading_is(ctx, ha) && heading_is(ctx, hb);
}

/* TRUE when @a and @b stand under two headings that each state their section's total (一、中央
 * 财政衔接资金(5273万元) … (三)支持数字乡村建设项目60万元 and 二、省级财政衔接资金(5509万元) …
 * (三)支持数字乡村建设项目20万元): parts of two wholes, as two 其中 lists' parts are. */
static gboolean
under_two_totals(const CfCheckContext *ctx, const CfClaim *a, const CfClaim *b)
{
	return under_two_headings(ctx, a, b, line_states_amount);
}

/* Bytes of a clause looked back over for the place it names, or its item, at most. */
#define CLAUSE_PLACE_LOOKBACK 90

/* Where the ；-clause of prose figure @c starts (after a ；, 。 or line break), looked for
 * CLAUSE_PLACE_LOOKBACK bytes back at most. */
static gsize
clause_start(const CfCheckContext *ctx, const CfClaim *c)
{
	static const char *const stops[] = {"；", ";", "。", "\n", NULL};
	const char *norm = ctx->document->norm;
	gsize start = c->range.start > CLAUSE_PLACE_LOOKBACK ? c->range.start - CLAUSE_PLACE_LOOKBACK
							      : 0;
	while (start < c->range.start && ((guchar)norm[start] & 0xC0) == 0x80)
		start++;
	for (gsize p = c->range.start; p > start;) {
		gsize q = (gsize)(g_utf8_find_prev_char(norm + start, norm + p) - norm);
		gsize k = 0;
		if (cf_rates_skip_word(norm + q, p - q, &k, stops))
			return p;
		p = q;
	}
	return start;
}

/* The circled number (①…⑳, ❶…❿) in the ；-clause of @c before it, the last one; 0 when
 * there is none. */
static gunichar
circled_item(const CfCheckContext *ctx, const CfClaim *c)
{
	if (c->table >= 0)
		return 0;
	const char *norm = ctx->document->norm;
	gsize start = clause_start(ctx, c);
	for (gsize p = c->range.start; p > start;) {
		gsize q = (gsize)(g_utf8_find_prev_char(norm + start, norm + p) - norm);
		gunichar ch = g_utf8_get_char(norm + q);
		if ((ch >= 0x2460 && ch <= 0x2473) || (ch >= 0x2776 && ch <= 0x277F))
			return ch;
		p = q;
	}
	return 0;
}

/* The place the ；-clause of @c names last before it, written to @out (emptied): two to four
 * ideographs and 省, 市, 县 or 区, then a comma (其次是山东省,直接经济损失21.63亿元: 山东省);
 * nothing when it names none. */
static void
clause_place(const CfCheckContext *ctx, const CfClaim *c, GString *out)
{
	static const char *const places[] = {"省", "市", "县", "区", NULL};
	g_string_truncate(out, 0);
	if (c->table >= 0)
		return;
	const char *norm = ctx->document->norm;
	gsize end = c->range.start, start = clause_start(ctx, c);
	for (gsize p = end; p > start;) {
		gsize q = (gsize)(g_utf8_find_prev_char(norm + start, norm + p) - norm);
		gsize k = 0;
		/* a place word right before a comma */
		if (cf_rates_skip_word(norm + q, p - q, &k, places) && p + 3 <= end &&
		    (memcmp(norm + p, "，", 3) == 0 || norm[p] == ',')) {
			gsize from = q;
			guint n = 0;
			while (from > start && n < 4) {
				gsize r = (gsize)(g_utf8_find_prev_char(norm + start, norm + from) - norm);
				gunichar ch = g_utf8_get_char(norm + r);
				if (ch < 0x4E00 || ch > 0x9FFF || ch == 0x662F /* 是 */ ||
				    ch == 0x7684 /* 的 */)
					break;
				from = r;
				n++;
			}
			if (n >= 2)
				g_string_append_len(out, norm + from, (gssize)(p - from));
			return;
		}
		p = q;
	}
}

/* Lines before the first of two figures a total of both may stand on. */
#define SUM_BEFORE_LINES 3

/* TRUE when an amount stated shortly before @a (its index @ia) is @a + @c: two tranches of
 * one total (下达我市土壤污染防治资金共1737万元 … 下达…资金1300万元 … 下达…资金437万元),
 * not one quantity stated twice. */
static gboolean
sum_stated_before(const CfCheckContext *ctx, guint ia, const CfClaim *a, const CfClaim *c)
{
	CfDecimal sum;
	if (!cf_decimal_add(a->value, c->value, &sum))
		return FALSE;
	for (guint k = ia; k-- > 0;) {
		const CfClaim *t = g_ptr_array_index(ctx->claims, k);
		if (t->line + SUM_BEFORE_LINES < a->line)
			break;
		if (t->kind == CF_CLAIM_AMOUNT && t->has_value &&
		    cf_interval_contains(t->interval, sum))
			return TRUE;
	}
	return FALSE;
}

/* TRUE when line @number names a project or a fund: its text ends with 项目, 工程 or 基金 (a
 * mark after): 一、 企业职工基本养老保险基金 (r51-28). */
static gboolean
line_names_project_or_fund(const CfCheckContext *ctx, guint number)
{
	const CfDocument *doc = ctx->document;
	const CfLine *line = cf_document_get_line(doc, number);
	if (line == NULL)
		return FALSE;
	const char *text = doc->norm + line->norm_offset;
	gsize n = line->norm_length;
	static const char *const marks[] = {"。", "：", ":", "；", ";", " ", NULL};
	for (gboolean cut = TRUE; cut;) {
		cut = FALSE;
		for (guint i = 0; marks[i]; i++) {
			gsize m = strlen(marks[i]);
			if (n >= m && memcmp(text + n - m, marks[i], m) == 0) {
				n -= m;
				cut = TRUE;
			}
		}
	}
	static const char *const ends[] = {"项目", "工程", "基金", NULL};
	for (guint i = 0; ends[i]; i++) {
		gsize m = strlen(ends[i]);
		if (n >= m && memcmp(text + n - m, ends[i], m) == 0)
			return TRUE;
	}
	return FALSE;
}

/* TRUE when @a and @b stand under two headings that each name a project ((一)兴仁镇川裕村渠道
 * 改造项目 … 资金规模:206.7万元 and (二)香山乡米粮川村水利配套设施项目 … 资金规模:154.16万元)
 * or a fund (一、企业职工基本养老保险基金 / 本年收入28519亿元 and 二、城乡居民基本养老保险基金 /
 * 本年收入2956亿元): each one's own figure. */
static gboolean
under_two_projects_or_funds(const CfCheckContext *ctx, const CfClaim *a, const CfClaim *b)
{
	return under_two_headings(ctx, a, b, line_names_project_or_fund);
}

/* The text of @c's line in norm, up to @c (its bytes in *@before), or NULL when @c does not
 * start on it. */
static const char *
line_before(const CfCheckContext *ctx, const CfClaim *c, gsize *before)
{
	const CfLine *line = cf_document_get_line(ctx->document, c->line);
	if (line == NULL || c->range.start < line->norm_offset)
		return NULL;
	*before = c->range.start - line->norm_offset;
	return ctx->document->norm + line->norm_offset;
}

/* The subject a figure's line opens with before a colon (巴州区:省级财政专项扶贫资金2405万元),
 * into @out (emptied); nothing when there is none within a few characters. */
static void
line_subject(const CfCheckContext *ctx, const CfClaim *c, GString *out)
{
	g_string_truncate(out, 0);
	gsize end;
	const char *text = line_before(ctx, c, &end);
	if (text == NULL)
		return;
	gsize n = MIN(end, SUBJECT_COLON_BYTES);
	static const char *const colons[] = {"：", ":", NULL};
	gsize at = cf_rates_first_of(text, n, colons);
	for (gsize k = 0; k < at && k < n; k++)
		if (g_ascii_isdigit(text[k]))
			at = n;
	if (at > 0 && at < n) {
		g_string_append_len(out, text, (gssize)at);
		return;
	}
	/* or that it opens with in a sentence of its own after a dash (——小学。校数17所;…), or
	 * as the kind of which it counts the units first (普通高中学校5所;毕业生2158人;…) */
	if (g_str_has_prefix(text, "——")) {
		static const char *const stops[] = {"。", "；", ";", "，", ",", NULL};
		at = cf_rates_first_of(text, MIN(end, SUBJECT_COLON_BYTES), stops);
		/* (a long one by its start: ——机械制造企业增速呈下降态势。) */
		while (at > 0 && ((guchar)text[at] & 0xC0) == 0x80)
			at--;
		g_string_append_len(out, text, (gssize)at);
		return;
	}
	gsize digit = 0;
	while (digit < end && digit < SUBJECT_COLON_BYTES && !g_ascii_isdigit(text[digit]))
		digit++;
	if (digit == 0 || digit >= end || digit >= SUBJECT_COLON_BYTES)
		return;
	gsize after = digit;
	while (after < end && (g_ascii_isdigit(text[after]) || text[after] == '.'))
		after++;
	static const char *const kinds[] = {"所", "家", "座", "处", NULL};
	for (guint k = 0; kinds[k]; k++)
		if (g_str_has_prefix(text + after, kinds[k])) {
			static const char *const breaks[] = {"，", ",", "。", "；", ";", NULL};
			if (cf_rates_first_of(text, digit, breaks) == digit)
				g_string_append_len(out, text, (gssize)digit);
			return;
		}
}

/* TRUE when @c's line opens with a dash (——机械制造企业…): an item of a list, its figures its
 * own. */
static gboolean
opens_dash_item(const CfCheckContext *ctx, const CfClaim *c)
{
	gsize before;
	const char *text = line_before(ctx, c, &before);
	return text != NULL && before >= strlen("—") && g_str_has_prefix(text, "—");
}

/* The field or view a figure's line opens with, in a clause of its own (在新型城镇化建设方面,
 * 发行专项债券324.3亿元,…; 从市级资产结构来看,固定资产332亿元,…; 针对少缴少征医保费的问题,…
 * 整改问题金额28.68亿元), into @out (emptied);
 * nothing when it opens with none. */
static void
line_field(const CfCheckContext *ctx, const CfClaim *c, GString *out)
{
	g_string_truncate(out, 0);
	gsize before;
	const char *text = line_before(ctx, c, &before);
	if (text == NULL)
		return;
	static const struct {
		const char *opens, *ends;
	} fields[] = {{"在", "方面"}, {"在", "领域"}, {"从", "看"}, {"针对", "问题"}, {"針對", "問題"}};
	static const char *const commas[] = {"，", ",", NULL};
	/* (after an indent, and a clause that only says details follow: 具体而言，针对…的问题，…) */
	static const char *const indents[] = {" ", "\t", "　", NULL};
	static const char *const connectives[] = {"具体而言", "具體而言", "具体来看", "具體來看",
						  "具体来说", "具體來說", "此外", NULL};
	gsize skip = 0;
	while (cf_rates_skip_word(text, before, &skip, indents))
		;
	gsize after = skip;
	if (cf_rates_skip_word(text, before, &after, connectives) &&
	    cf_rates_skip_word(text, before, &after, commas) && after < before)
		skip = after;
	text += skip;
	before -= skip;
	gsize limit = MIN(before, 2 * SUBJECT_COLON_BYTES);
	gsize at = cf_rates_first_of(text, limit, commas);
	for (guint k = 0; at < limit && k < G_N_ELEMENTS(fields); k++) {
		gsize m = strlen(fields[k].ends);
		if (g_str_has_prefix(text, fields[k].opens) && at >= m &&
		    memcmp(text + at - m, fields[k].ends, m) == 0) {
			g_string_append_len(out, text, (gssize)at);
			return;
		}
	}
}

/* The statements of one label (and year, source, whole) so far. */
typedef struct {
	guint first;       /* the claim compared with: (index + 1) * 2 + part */
	guint n_values;    /* the distinct values stated, counted up to MAX_RESTATED_VALUES */
	CfDecimal values[MAX_RESTATED_VALUES - 1];
} Statements;

/* A relation of two statements, added once all are read: only when their label has fewer
 * than MAX_RESTATED_VALUES values. */
typedef struct {
	CfRelation *relation;
	const Statements *statements;
} Pending;

/* Takes @value in as one of @s's statements. */
static void
statements_add(Statements *s, CfDecimal value)
{
	for (guint k = 0; k < MIN(s->n_values, G_N_ELEMENTS(s->values)); k++)
		if (cf_decimal_compare(s->values[k], value) == 0)
			return;
	if (s->n_values < G_N_ELEMENTS(s->values))
		s->values[s->n_values] = value;
	s->n_values = MIN(s->n_values + 1, MAX_RESTATED_VALUES);
}

static void
check_same_labels(CfCheckContext *ctx)
{
	/* label + year → its Statements */
	g_autoptr(GHashTable) first =
		g_hash_table_new_full(cf_hash_str, g_str_equal, g_free, g_free);
	g_autoptr(GArray) pending = g_array_new(FALSE, FALSE, sizeof(Pending));
	g_autoptr(GString) key = g_string_new(NULL);
	SentenceYear carried = {0, 0, NULL};
	/* 财政拨款收入总计X，支出总计Y states the 支出总计 of 财政拨款, not the one of all funds */
	const char *const *sources = NULL;
	gboolean sources_read = FALSE;
	CfPairSource pair = CF_PAIR_SOURCE_INIT;
	CfSectionScope section = {0};
	CfSectionYear section_year = {0};
	g_autoptr(GArray) unit_lines = g_array_new(FALSE, FALSE, sizeof(guint));
	g_autoptr(GString) period_a = g_string_new(NULL);
	g_autoptr(GString) period_c = g_string_new(NULL);
	for (guint i = 0; i < ctx->claims->len; i++) {
		const CfClaim *c = g_ptr_array_index(ctx->claims, i);
		int stated_year = sentence_year_next(ctx, &carried, c);
		if (c->table >= 0 || !is_plain_statement(c) || is_percentage_base(ctx, i))
			continue;
		/* a part of a breakdown (其中基本支出19816.81元，项目支出0元: both), and the whole
		 * it is of */
		const char *whole;
		guint part = cf_rates_breakdown_part(ctx, c, &whole);
		if (!sources_read) {
			/* NULL when the file is bad: the identity family says so */
			const CfIdentities *identities = cf_identities_of(ctx->lexicon, NULL);
			sources = identities ? cf_identities_get_sources(identities) : NULL;
			sources_read = TRUE;
		}
		gboolean own;
		guint source = cf_pair_source_next(&pair, sources, c, &own);
		/* the source the label, its sentence or its section names (收入总计 under 四、财政
		 * 拨款收入支出决算总体情况说明 is 财政拨款收入总计) */
		guint named = source && !own ? source : 0;
		if (source == 0 && sources) {
			cf_section_scope_advance(&section, ctx->document, sources, c->range.start);
			named = section.current;
		}
		/* a sentence that names no year states the figure of the year its section's
		 * headings name, when that is not the report's (二、2014年…执行情况 and 三、2015年…
		 * 安排情况 each state 全市国有资本经营收入) */
		cf_section_year_advance(&section_year, ctx->document, c->range.start);
		if (stated_year == 0 && section_year.current != ctx->document->metadata.year)
			stated_year = section_year.current;
		/* "<year>\x1f<source><label>" */
		char year[16];
		gsize n = (gsize)(cf_check_put_int(year, stated_year) - year);
		g_string_truncate(key, 0);
		g_string_append_len(key, year, (gssize)n);
		g_string_append_c(key, '\x1f');
		if (named)
			cf_check_append(key, sources[named - 1]);
		cf_check_append(key, c->label);
		/* an item's name alone: of its section's measure (生均教育经费 under (一), 生均
		 * 教育事业费支出 under (二), each 普通小学为…元) */
		if (section_year.heading && !cf_rates_contains_any(c->label, measure_words)) {
			g_string_append_c(key, '\x1c');
			char number[16];
			g_string_append_len(
				key, number,
				(gssize)(cf_check_put_int(number, (int)section_year.heading) -
					 number));
		}
		/* a part: "\x1e<whole>" (the same name under two wholes, 机构运行 and 住房公积金 each
		 * 其中基本支出…, is two quantities) */
		if (part) {
			g_string_append_c(key, '\x1e');
			if (whole)
				cf_check_append(key, whole);
		}
		Statements *statements = g_hash_table_lookup(first, key->str);
		if (statements == NULL) {
			statements = g_new0(Statements, 1);
			statements->first = (i + 1) * 2 + part;
			statements_add(statements, c->value);
			g_hash_table_insert(first, g_strdup(key->str), statements);
			continue;
		}
		statements_add(statements, c->value);
		const guint seen = statements->first;
		const CfClaim *a = g_ptr_array_index(ctx->claims, seen / 2 - 1);
		/* a part of a breakdown and a figure stated on its own, one name: of two scopes
		 * (其中…项目支出0元 of one category, 项目支出469500元 of the department); two parts
		 * of breakdowns are compared */
		if ((seen & 1) != part)
			continue;
		/* two parts of one list, no 。 between (其中货物类…实际采购金额4320.00万元…；工程类…
		 * 实际采购金额5400.00万元): each item's own figure */
		if (part && same_list(ctx, a, c))
			continue;
		if (a->sentence == c->sentence || shares_of_other_wholes(ctx, a, c) ||
		    of_other_subjects(ctx, seen / 2 - 1, i) || in_sibling_items(ctx, a, c) ||
		    under_two_totals(ctx, a, c) || cf_rates_of_other_budgets(ctx, a, c) ||
		    sum_stated_before(ctx, seen / 2 - 1, a, c) ||
		    under_two_projects_or_funds(ctx, a, c))
			continue;
		/* the whole area's and the government's own level's (全区… and 区本级…) */
		int sa = cf_rates_text_scope(ctx, a), sc = cf_rates_text_scope(ctx, c);
		if (sa && sc && sa != sc)
			continue;
		/* two items of an inline list, each after its circled number (①批发业:年主营业务
		 * 收入2000万元及以上;②零售业:年主营业务收入500万元及以上) */
		gunichar ia = circled_item(ctx, a), ic = circled_item(ctx, c);
		if (ia && ic && ia != ic)
			continue;
		/* two places each clause names (…最严重的省是浙江省,直接经济损失87.35亿元;其次是
		 * 山东省,直接经济损失21.63亿元) */
		clause_place(ctx, a, period_a);
		clause_place(ctx, c, period_c);
		if (period_a->len && period_c->len && !g_string_equal(period_a, period_c))
			continue;
		/* lines that open with two subjects (巴州区:… and 恩阳区:…), or one a dash item's
		 * and one not (全市装备制造业实现主营业务收入27.17亿元 and, under 其中:, ——机械制造
		 * 企业增速呈下降态势。…实现主营业务收入7.91亿元) */
		line_subject(ctx, a, period_a);
		line_subject(ctx, c, period_c);
		if ((period_a->len && period_c->len && !g_string_equal(period_a, period_c)) ||
		    opens_dash_item(ctx, a) != opens_dash_item(ctx, c))
			continue;
		/* lines of two fields or views, or of one and all of them (在…方面，…; 从…来看，…) */
		line_field(ctx, a, period_a);
		line_field(ctx, c, period_c);
		if (!g_string_equal(period_a, period_c))
			continue;
		/* the parts of the year each is of (read only here: few labels repeat) */
		period_of(ctx, a, period_a);
		period_of(ctx, c, period_c);
		if (!g_string_equal(period_a, period_c) ||
		    unit_line_between(ctx->document, unit_lines, a->line, c->line)) {
			/* another period's or unit's: later statements are compared with this one */
			statements->first = (i + 1) * 2 + part;
			continue;
		}
		g_autofree char *what = g_strdup_printf("%s, also stated at line %u", c->label, a->line);
		GPtrArray *terms = cf_term_array_new();
		g_ptr_array_add(terms, cf_check_term(ctx, a));
		Pending p = {cf_relation_new(CF_RELATION_EQUAL, "restated-mismatch",
					     CF_SEVERITY_ERROR, cf_check_term(ctx, c), terms, what),
			     statements};
		g_array_append_val(pending, p);
	}
	/* a label stated with many values names a field of each item of a list (资助金额 of
	 * each term and stage: 春季学期资助3350人次,资助金额134万元;秋季学期…资助金额101万元; …),
	 * not one quantity */
	for (guint k = 0; k < pending->len; k++) {
		Pending *p = &g_array_index(pending, Pending, k);
		if (p->statements->n_values < MAX_RESTATED_VALUES)
			cf_check_add_relation(ctx, p->relation);
		else
			cf_relation_free(p->relation);
	}
}

static void
run(CfCheckContext *ctx)
{
	check_same_labels(ctx);
	if (ctx->tables->len < 2)
		return;
	CfTableSet *set = cf_check_table_set(ctx);
	check_sibling_totals(set);
}

const CfCheckFamily cf_check_family_restated = {"restated", run};
