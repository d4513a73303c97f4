/* Family: balance.  A fund's income, its spending and the balance of the period, stated in one
 * sentence in that order, are an identity (rule identity-mismatch):
 *
 *   基金收入A，…，支出B，当期结余C     C = A − B
 *
 * The income is the first amount whose label ends with 收入 (a 其中 list of incomes after it
 * leaves it the income); the spending the first after it whose label ends with 支出, named
 * bare or by the end of the income's name (基金收入 … 基金支出; 总 aside: 基金总收入 … 基金总支出);
 * the balance the first after
 * that named 当期, 当年, 本年 or 本期 结余 or 结存, or 收支结余, again bare or by the end of the
 * income's name.  A balance to date (累计结余, 滚存结余, 年末结余) carries last year's over
 * and is none; so is a bare 结余.  The three share one line, no 。！？ between them. */
#include "check/cf-check-rates.h"

#include <string.h>

/* Words a figure's name may open with before what it names: the period. */
static const char *const period_words[] = {"当期", "当年", "本年度", "本年", "本期", "全年", NULL};

/* Words that make a figure a change or a share, not a level (较上年同期增加, 同比增长). */
static const char *const change_words[] = {"增加", "减少", "增长", "下降", "较", "比", "占",
					   "预算", "计划", NULL};

static gboolean
ends_with(const char *s, gsize n, const char *word, gsize *stem)
{
	gsize k = strlen(word);
	if (n < k || memcmp(s + n - k, word, k) != 0)
		return FALSE;
	*stem = n - k;
	return TRUE;
}

/* Drops one period word from the end of label[0, *@n) (基金当年 → 基金) or, failing that, from
 * its start (当年基金 → 基金: *@start moves past it). */
static void
drop_period(const char *label, gsize *start, gsize *n)
{
	for (guint w = 0; period_words[w]; w++) {
		gsize k = strlen(period_words[w]), stem;
		if (ends_with(label + *start, *n, period_words[w], &stem)) {
			*n = stem;
			return;
		}
		if (*n >= k && memcmp(label + *start, period_words[w], k) == 0) {
			*start += k;
			*n -= k;
			return;
		}
	}
}

/* Drops 总 from the end of label[0, *@n) (基金总收入: 基金). */
static void
drop_total(const char *label, gsize *n)
{
	gsize stem;
	if (ends_with(label, *n, "总", &stem))
		*n = stem;
}

/* TRUE when label[@start, @start + @n), the name before 支出 or 结余, is empty or the end of
 * the income's name before 收入, @income[0, @income_n). */
static gboolean
names_income_subject(const char *label, gsize start, gsize n, const char *income,
		     gsize income_n)
{
	return n == 0 ||
	       (n <= income_n && memcmp(label + start, income + income_n - n, n) == 0);
}

/* The name of an income (…收入) before its 收入 in *@stem; FALSE when @c is none. */
static gboolean
is_income(const CfClaim *c, gsize *stem)
{
	if (c->label == NULL || !ends_with(c->label, strlen(c->label), "收入", stem) ||
	    cf_rates_contains_any(c->label, change_words))
		return FALSE;
	drop_total(c->label, stem);
	return TRUE;
}

/* TRUE when @c is the spending of the income named @income[0, @income_n). */
static gboolean
is_spending(const CfClaim *c, const char *income, gsize income_n)
{
	gsize n, start = 0;
	if (c->label == NULL || !ends_with(c->label, strlen(c->label), "支出", &n) ||
	    cf_rates_contains_any(c->label, change_words))
		return FALSE;
	drop_total(c->label, &n);
	drop_period(c->label, &start, &n);
	return names_income_subject(c->label, start, n, income, income_n);
}

/* TRUE when @c is the period's balance of the income named @income[0, @income_n). */
static gboolean
is_balance(const CfClaim *c, const char *income, gsize income_n)
{
	if (c->label == NULL || cf_rates_contains_any(c->label, change_words))
		return FALSE;
	gsize n = strlen(c->label), start = 0;
	if (!ends_with(c->label, n, "结余", &n) && !ends_with(c->label, n, "结存", &n))
		return FALSE;
	gsize stem;
	gboolean period = FALSE;
	if (ends_with(c->label, n, "收支", &stem)) {
		n = stem;
		period = TRUE;
	}
	for (guint w = 0; !period && period_words[w]; w++)
		if (ends_with(c->label, n, period_words[w], &stem) && strcmp(period_words[w], "全年")) {
			n = stem;
			period = TRUE;
		}
	if (!period)
		return FALSE;
	drop_period(c->label, &start, &n);
	return names_income_subject(c->label, start, n, income, income_n);
}

static void
add_balance(CfCheckContext *ctx, const CfClaim *income, const CfClaim *spending,
	    const CfClaim *balance)
{
	GPtrArray *terms = cf_term_array_new();
	g_ptr_array_add(terms, cf_check_term(ctx, income));
	g_ptr_array_add(terms, cf_check_term(ctx, spending));
	cf_check_add_relation(ctx, cf_relation_new(CF_RELATION_DIFFERENCE, "identity-mismatch",
						   CF_SEVERITY_ERROR, cf_check_term(ctx, balance),
						   terms, "the balance (收入 − 支出)"));
}

static void
run(CfCheckContext *ctx)
{
	const CfClaim *income = NULL, *spending = NULL, *last = NULL;
	gsize income_n = 0;
	for (guint i = 0; i < ctx->claims->len; i++) {
		const CfClaim *c = g_ptr_array_index(ctx->claims, i);
		if (c->table >= 0)
			continue;
		gboolean stop = FALSE;
		if (income && !(cf_rates_between_on_line(ctx, last, c, &stop) && !stop))
			income = spending = NULL;
		last = c;
		if (c->kind != CF_CLAIM_AMOUNT || !c->has_value)
			continue;
		gsize stem;
		if (income == NULL) {
			if (is_income(c, &stem)) {
				income = c;
				income_n = stem;
			}
		} else if (spending == NULL) {
			if (is_spending(c, income->label, income_n))
				spending = c;
		} else if (is_balance(c, income->label, income_n)) {
			add_balance(ctx, income, spending, c);
			income = spending = NULL;
		}
	}
}

const CfCheckFamily cf_check_family_balance = {"balance", run};
