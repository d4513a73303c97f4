/* Family: saving.  An audit or review cuts a submitted amount to an approved one, a purchase
 * costs less than its budget: the cut and its rate follow from the two amounts.
 *
 *   送审金额A，审定金额B，审减金额D，审减率R     D = A − B, R = D / A
 *   采购预算A，实际采购金额B，节约资金D，节约率R  the same
 *   报审…A，审定…B，审增…D                       D = B − A
 *   采购规模B，较采购计划节约资金D，资金节约率R   R = D / (B + D)
 *
 * In prose the figures are read within one sentence, by the words of their labels: the cut
 * (审减, 核减, 节约 …) first, then what was approved or paid (审定, 实际采购, 中标 …), then
 * what was submitted or budgeted (送审, 预算, 计划 …); a label naming the approved amount
 * is never the submitted one (审定预算).  The amounts are taken after the cut before, so a
 * sentence listing several projects relates each project's own figures.  A cut compared with
 * something (较采购计划节约, 比预算节约) is the difference from that, read by the change family
 * when it is a level.  In a table, a row's cells under one column of each role are related.
 * The difference is rule saving-mismatch; the rate, as every rate of a part over its base,
 * percent-mismatch. */
#include "check/cf-check-rates.h"
#include "check/cf-check-words.h"

#include <string.h>

/* Words of a cut's rate (审减率, 核减率, 净审减率, 资金节约率, 节资率 …). */
const char *const cf_check_saving_rate_cues[] = {"节约率",   "节支率", "节资率", "审减率",
						 "核减率",   "审增率", "核增率", "审减比例",
						 "核减比例", "下浮率", NULL};
/* Words of a cut; the first two of an increase (审定 above 送审). */
static const char *const increase_words[] = {"审增", "核增", NULL};
static const char *const cut_words[] = {"审增", "核增", "审减", "核减", "节约",
					"节支", "节省", "节资", "多计", NULL};
/* Words of the approved or paid amount, then of the submitted or budgeted one. */
static const char *const after_words[] = {"审定",   "核定", "审核后", "实际采购", "合同金额",
					  "合同价", "中标", "成交",   NULL};
static const char *const before_words[] = {"送审", "报审",   "评审金额", "预算",
					   "计划", "控制价", NULL};
/* Words before a cut that make it a difference from something named there. */
static const char *const compared_words[] = {"较", "比", NULL};

typedef enum {
	ROLE_NONE,
	ROLE_BEFORE,
	ROLE_AFTER,
	ROLE_CUT,
	ROLE_RATE, /* a table column of rates (节约率) */
} Role;

/* TRUE when @label holds a cut word. */
static gboolean
names_cut(const char *label)
{
	static CfWordBytes cut;
	return cf_word_bytes_in(cf_word_bytes_get(&cut, cut_words, G_N_ELEMENTS(cut_words) - 1),
				label, strlen(label));
}

/* The role @label names (cut words first, then approved, then submitted). */
static Role
label_role(const char *label)
{
	static CfWordBytes after, before;
	gsize n = strlen(label);
	if (names_cut(label))
		return ROLE_CUT;
	if (cf_word_bytes_in(cf_word_bytes_get(&after, after_words, G_N_ELEMENTS(after_words) - 1),
			     label, n))
		return ROLE_AFTER;
	if (cf_word_bytes_in(
		    cf_word_bytes_get(&before, before_words, G_N_ELEMENTS(before_words) - 1), label,
		    n))
		return ROLE_BEFORE;
	return ROLE_NONE;
}

static Role
role_of(const CfClaim *c)
{
	if (c->kind != CF_CLAIM_AMOUNT || !cf_rates_is_value(c) || c->label == NULL ||
	    cf_decimal_sign(c->value) < 0)
		return ROLE_NONE;
	return label_role(c->label);
}

static gboolean
is_increase(const CfClaim *cut)
{
	return cf_rates_contains_any(cut->label, increase_words);
}

/* TRUE when the words of @cut's clause compare it with something (较采购计划节约资金). */
static gboolean
is_compared(const CfCheckContext *ctx, const CfRatesSentence *sentence, const CfClaim *cut)
{
	g_autofree char *text =
		cf_rates_text_before(ctx, cf_rates_previous_value(sentence, cut), cut, TRUE);
	return cf_rates_contains_any(text, compared_words);
}

/* The figures of one cut: what was submitted (or budgeted), what was approved (or paid),
 * each NULL when not stated. */
typedef struct {
	const CfClaim *before, *after;
} Pair;

/* The amounts @cut, at @at in @sentence, is the difference of: the approved one nearest
 * before it, and the submitted one nearest before that, both after the cut before @cut
 * (@from, the first index to read). */
static Pair
pair_of(const CfRatesSentence *sentence, guint from, guint at)
{
	Pair p = {NULL, NULL};
	for (guint k = at; k-- > from && p.before == NULL;) {
		const CfClaim *c = sentence->claims[k];
		Role role = role_of(c);
		if (role == ROLE_AFTER && p.after == NULL && p.before == NULL)
			p.after = c;
		else if (role == ROLE_BEFORE && p.before == NULL)
			p.before = c;
	}
	return p;
}

/* Names longer than this are left out: the figure alone names its term. */
#define MAX_NAMED_LABEL_CHARS 12

/* A term for @c, named @name when that is short: 送审金额 1000.00万元. */
static CfTerm *
term_named(const CfCheckContext *ctx, const CfClaim *c, const char *name)
{
	CfTerm *t = cf_check_term(ctx, c);
	if (name && g_utf8_strlen(name, -1) <= MAX_NAMED_LABEL_CHARS) {
		g_autoptr(GString) s = g_string_new(name);
		g_string_append_c(s, ' ');
		cf_check_append_claim(s, c);
		t->label = g_string_free(g_steal_pointer(&s), FALSE);
	}
	return t;
}

/* A prose figure's term, named by its label. */
static CfTerm *
named_term(const CfCheckContext *ctx, const CfClaim *c)
{
	return term_named(ctx, c, c->label);
}

/* @cut = @before − @after (when @up, an increase: @after − @before), the figures named
 * @cut_name, @before_name and @after_name. */
static void
add_difference(CfCheckContext *ctx, gboolean up, const CfClaim *cut, const char *cut_name,
	       const CfClaim *before, const char *before_name, const CfClaim *after,
	       const char *after_name)
{
	GPtrArray *terms = cf_term_array_new();
	g_ptr_array_add(terms, term_named(ctx, up ? after : before, up ? after_name : before_name));
	g_ptr_array_add(terms, term_named(ctx, up ? before : after, up ? before_name : after_name));
	cf_check_add_relation(ctx, cf_relation_new(CF_RELATION_DIFFERENCE, "saving-mismatch",
						   CF_SEVERITY_ERROR, cf_check_term(ctx, cut),
						   terms, cut_name));
}

static void
add_rate(CfCheckContext *ctx, const CfClaim *rate, CfTerm *cut, CfTerm *base)
{
	GPtrArray *terms = cf_term_array_new();
	g_ptr_array_add(terms, cut);
	g_ptr_array_add(terms, base);
	CfRelation *r = cf_relation_new(CF_RELATION_RATIO, "percent-mismatch", CF_SEVERITY_ERROR,
					cf_term_new_claim(rate), terms,
					rate->label && *rate->label ? rate->label : "the rate");
	r->ratio_exponent = 2;
	cf_check_add_relation(ctx, r);
}

/* A term for @after + @cut, named by its figures: what was planned when only what was paid
 * and the saving against the plan are stated. */
static CfTerm *
planned(CfCheckContext *ctx, const CfClaim *after, const CfClaim *cut)
{
	GPtrArray *parts = cf_term_array_new();
	g_ptr_array_add(parts, cf_check_term(ctx, after));
	g_ptr_array_add(parts, cf_check_term(ctx, cut));
	CfTerm *sum = cf_term_new_sum(parts);
	g_autoptr(GString) s = g_string_new("(");
	cf_check_append_claim(s, after);
	cf_check_append(s, " + ");
	cf_check_append_claim(s, cut);
	g_string_append_c(s, ')');
	sum->label = g_string_free(g_steal_pointer(&s), FALSE);
	return sum;
}

/* The amount nearest before index @at (from @from) of @sentence that says what was bought
 * (采购规模, 采购金额, 采购总额, 采购额), or NULL. */
static const CfClaim *
bought_before(const CfRatesSentence *sentence, guint from, guint at)
{
	static const char *const bought[] = {"采购规模", "采购金额", "采购总额", "采购额", NULL};
	for (guint k = at; k-- > from;) {
		const CfClaim *c = sentence->claims[k];
		if (c->kind == CF_CLAIM_AMOUNT && cf_rates_is_value(c) && c->label &&
		    cf_rates_contains_any(c->label, bought))
			return c;
	}
	return NULL;
}

/* The rate at @at in @sentence: the cut right before it (only words between), over what was
 * submitted, or over what was paid plus the cut when the cut is compared with a plan. */
static void
read_rate(CfCheckContext *ctx, const CfRatesSentence *sentence, guint from, guint at,
	  const CfClaim *cut, gboolean compared)
{
	const CfClaim *rate = sentence->claims[at];
	if (rate->qualifier != CF_QUALIFIER_NONE && rate->qualifier != CF_QUALIFIER_APPROX)
		return;
	if (compared) {
		const CfClaim *paid = cf_rates_previous_value(sentence, cut);
		if (paid && role_of(paid) == ROLE_NONE && paid->kind == CF_CLAIM_AMOUNT &&
		    cf_rates_is_value(paid) && cf_decimal_sign(paid->value) > 0)
			add_rate(ctx, rate, named_term(ctx, cut), planned(ctx, paid, cut));
		return;
	}
	guint cut_at = at;
	while (cut_at > from && sentence->claims[cut_at] != cut)
		cut_at--;
	Pair p = pair_of(sentence, from, cut_at);
	/* a budget after 占 is the base of a share (实现政府采购额14007万元,占全年政府采购预算
	 * 16000万元的87.5%,节约资金1668万元): a plan for the year, not what these purchases were
	 * budgeted at */
	if (p.before) {
		static const char share[] = "占";
		gsize start, end;
		cf_rates_range_before(ctx, NULL, p.before, TRUE, &start, &end);
		if (cf_utf8_find(ctx->document->norm + start, cf_rates_norm_length(ctx, start, end),
				 share, sizeof share - 1))
			p.before = NULL;
	}
	if (p.before == NULL) {
		/* no budget stated: what was bought and the saving make it (采购规模达到34.12亿元，
		 * …，节约资金7.54亿元，资金平均节约率达17.1%: 7.54 / 41.66) */
		const CfClaim *bought = p.after ? p.after : bought_before(sentence, from, cut_at);
		if (bought && cf_decimal_sign(bought->value) > 0)
			add_rate(ctx, rate, named_term(ctx, cut), planned(ctx, bought, cut));
		return;
	}
	if (cf_decimal_sign(p.before->value) <= 0)
		return;
	add_rate(ctx, rate, named_term(ctx, cut), named_term(ctx, p.before));
}

static void
check_prose(CfCheckContext *ctx)
{
	GArray *sentences = cf_rates_sentences(ctx);
	for (guint s = 0; s < sentences->len; s++) {
		const CfRatesSentence *sentence = &g_array_index(sentences, CfRatesSentence, s);
		guint from = 0; /* the first figure after the last cut and its rate */
		const CfClaim *cut = NULL;
		gboolean compared = FALSE;
		guint cut_from = 0;
		for (guint i = 0; i < sentence->len; i++) {
			const CfClaim *c = sentence->claims[i];
			if (c->kind == CF_CLAIM_PERCENT && cut && c->has_value &&
			    !cf_claim_is_points(c)) {
				g_autofree char *text = cf_rates_text_before(
					ctx, cf_rates_previous_value(sentence, c), c, FALSE);
				if (cf_rates_contains_any(text, cf_check_saving_rate_cues)) {
					read_rate(ctx, sentence, cut_from, i, cut, compared);
					cut = NULL;
					from = i + 1;
				}
				continue;
			}
			/* (the cut words alone first: most figures are none) */
			if (c->kind != CF_CLAIM_AMOUNT || c->label == NULL ||
			    !names_cut(c->label) || role_of(c) != ROLE_CUT)
				continue;
			Pair p = pair_of(sentence, from, i);
			/* a cut's parts (审减…，其中建安工程核减…) follow it with no amount
			 * submitted between: only the first is related */
			if (cut && p.before == NULL)
				continue;
			cut = c;
			cut_from = from;
			compared = is_compared(ctx, sentence, c);
			if (!compared && p.before && p.after)
				add_difference(ctx, is_increase(c), c, c->label, p.before,
					       p.before->label, p.after, p.after->label);
			from = i + 1;
		}
	}
}

/* The one column of @table whose header names @role; -1 when none or several. */
static gint
column_of(const CfTable *table, const Role *roles, Role role)
{
	gint found = -1;
	for (guint c = 0; c < table->n_columns; c++) {
		if (roles[c] != role)
			continue;
		if (found >= 0)
			return -1;
		found = (gint)c;
	}
	return found;
}

static Role
column_role(const char *label)
{
	if (label == NULL)
		return ROLE_NONE;
	if (cf_rates_contains_any(label, cf_check_saving_rate_cues))
		return ROLE_RATE;
	return label_role(label);
}

/* A cell's amount, or NULL. */
static const CfClaim *
amount_at(const CfCheckContext *ctx, guint t, guint r, gint column)
{
	if (column < 0)
		return NULL;
	const CfClaim *c = cf_check_cell_value(ctx, t, r, (guint)column);
	return c && c->kind == CF_CLAIM_AMOUNT && cf_rates_is_value(c) &&
			       cf_decimal_sign(c->value) >= 0
		       ? c
		       : NULL;
}

static void
check_tables(CfCheckContext *ctx)
{
	for (guint t = 0; t < ctx->tables->len; t++) {
		const CfTable *table = g_ptr_array_index(ctx->tables, t);
		g_autofree Role *roles = g_new(Role, MAX(table->n_columns, 1));
		for (guint c = 0; c < table->n_columns; c++)
			roles[c] = column_role(table->column_labels[c]);
		gint cut_column = column_of(table, roles, ROLE_CUT);
		gint before_column = column_of(table, roles, ROLE_BEFORE);
		if (cut_column < 0 || before_column < 0)
			continue;
		gint after_column = column_of(table, roles, ROLE_AFTER);
		gint rate = column_of(table, roles, ROLE_RATE);
		gboolean up =
			cf_rates_contains_any(table->column_labels[cut_column], increase_words);
		for (guint r = table->n_header_rows; r < table->rows->len; r++) {
			const CfClaim *cut = amount_at(ctx, t, r, cut_column);
			const CfClaim *before = amount_at(ctx, t, r, before_column);
			const CfClaim *after = amount_at(ctx, t, r, after_column);
			if (cut == NULL || before == NULL)
				continue;
			const char *const *labels = (const char *const *)table->column_labels;
			if (after)
				add_difference(ctx, up, cut, labels[cut_column], before,
					       labels[before_column], after, labels[after_column]);
			const CfClaim *p =
				rate >= 0 ? cf_check_cell_value(ctx, t, r, (guint)rate) : NULL;
			if (p && p->kind == CF_CLAIM_PERCENT && p->has_value &&
			    cf_decimal_sign(before->value) > 0)
				add_rate(ctx, p,
					 term_named(ctx, cut, table->column_labels[cut_column]),
					 term_named(ctx, before,
						    table->column_labels[before_column]));
		}
	}
}

static void
run(CfCheckContext *ctx)
{
	check_prose(ctx);
	check_tables(ctx);
}

const CfCheckFamily cf_check_family_saving = {"saving", run};
