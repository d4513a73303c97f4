/* Family: budget.  Spending above its budget is a warning with the ratio (an AT_MOST
 * relation: spending ≤ budget).  In prose the budget and the spending of one sentence are
 * compared (预算共1900万元，…实际支出2000万元); in a table the spending column of each row is
 * compared with the budget column of the same row.  Only figures whose role the words make
 * clear are used (预算/批复/年初预算 + 追加 + 结转 vs 实际支出/决算数/执行数); a sentence with
 * two different spending figures, or a budget cut (调减), forms nothing. */
#include "check/cf-check-prose.h"
#include "check/cf-check-rates.h"

#include <string.h>

static void
add_at_most(CfCheckContext *ctx, const CfClaim *spent, CfTerm *budget, const char *what)
{
	if (budget->label == NULL) {
		g_autoptr(GString) s = g_string_new("the budget ");
		if (budget->kind == CF_TERM_CLAIM) {
			cf_check_append_claim(s, budget->claim);
		} else {
			for (guint i = 0; i < budget->children->len; i++) {
				const CfTerm *child = g_ptr_array_index(budget->children, i);
				if (i > 0)
					cf_check_append(s, " + ");
				if (child->kind == CF_TERM_CLAIM)
					cf_check_append_claim(s, child->claim);
			}
		}
		budget->label = g_string_free(g_steal_pointer(&s), FALSE);
	}
	GPtrArray *terms = cf_term_array_new();
	g_ptr_array_add(terms, budget);
	cf_check_add_relation(ctx, cf_relation_new(CF_RELATION_AT_MOST, "over-budget",
						   CF_SEVERITY_WARNING, cf_check_term(ctx, spent),
						   terms, what));
}

/* TRUE when the figures compared are income (本年收入预算数302.41亿元，决算数303.02亿元): what
 * the spending's label names, else the budget's, else the words of the budget's clause
 * before it.  Income above its budget is no overspending. */
static gboolean
compares_income(const CfCheckContext *ctx, const CfClaim *budget, const CfClaim *spent)
{
	int flow = spent->label ? cf_rates_flow_named(spent->label, strlen(spent->label)) : 0;
	if (flow == 0 && budget->label)
		flow = cf_rates_flow_named(budget->label, strlen(budget->label));
	if (flow == 0) {
		gsize start, end;
		cf_rates_range_before(ctx, NULL, budget, TRUE, &start, &end);
		flow = cf_rates_flow_named(ctx->document->norm + start,
					   cf_rates_norm_length(ctx, start, end));
	}
	return flow > 0;
}

/* Reads @budget's figure (a term of one claim) at the decimals @spent is stated with, when it
 * is stated with fewer, in the same unit and without a qualifier: 年初预算为2万元 beside 支出
 * 2.05万元 is 2.00, as a list's parts and total are read alike in the sum family. */
static void
at_spending_scale(CfTerm *budget, const CfClaim *spent)
{
	if (budget->kind == CF_TERM_CLAIM && spent->kind == CF_CLAIM_AMOUNT &&
	    spent->qualifier == CF_QUALIFIER_NONE)
		cf_prose_interval_at_scale(budget->claim, spent->stated.scale, spent->unit_exponent,
					   &budget->interval);
}

static void
check_prose(CfCheckContext *ctx)
{
	GArray *sentences = cf_rates_sentences(ctx);
	for (guint s = 0; s < sentences->len; s++) {
		const CfRatesSentence *sentence = &g_array_index(sentences, CfRatesSentence, s);
		CfTerm *budget = NULL;
		const CfClaim *spent = NULL;
		if (!cf_rates_budget_and_spending(ctx, sentence, NULL, &budget, &spent))
			continue;
		/* the budget is stated before the spending it bounds */
		g_autoptr(GPtrArray) budget_claims = g_ptr_array_new();
		cf_term_collect_claims(budget, budget_claims);
		gboolean before = TRUE;
		for (guint i = 0; i < budget_claims->len; i++) {
			const CfClaim *b = g_ptr_array_index(budget_claims, i);
			if (b->range.start > spent->range.start)
				before = FALSE;
		}
		if (!before || compares_income(ctx, g_ptr_array_index(budget_claims, 0), spent)) {
			cf_term_free(budget);
			continue;
		}
		at_spending_scale(budget, spent);
		g_autofree char *what = g_strconcat("spending", spent->label ? " " : "",
						    spent->label ? spent->label : "", NULL);
		add_at_most(ctx, spent, budget, what);
	}
}

/* The one column of @table with @role (@roles: cf_rates_column_role() of each column's
 * label); -1 when none, -2 when several. */
static gint
column_with_role(const CfTable *table, const CfRatesRole *roles, CfRatesRole role,
		 gboolean prefer_whole_year)
{
	gint found = -1;
	for (guint c = 0; c < table->n_columns; c++) {
		if (roles[c] != role)
			continue;
		if (found >= 0) {
			/* 年初预算数 and 全年预算数: the whole year's budget bounds the spending */
			gboolean a = strstr(table->column_labels[found], "全年") != NULL;
			gboolean b = strstr(table->column_labels[c], "全年") != NULL;
			if (prefer_whole_year && a != b) {
				found = b ? (gint)c : found;
				continue;
			}
			return -2;
		}
		found = (gint)c;
	}
	return found;
}

static void
check_tables(CfCheckContext *ctx)
{
	for (guint t = 0; t < ctx->tables->len; t++) {
		const CfTable *table = g_ptr_array_index(ctx->tables, t);
		g_autofree CfRatesRole *roles = g_new(CfRatesRole, MAX(table->n_columns, 1));
		for (guint c = 0; c < table->n_columns; c++)
			roles[c] = cf_rates_column_role(table->column_labels[c]);
		gint budget_column = column_with_role(table, roles, RATES_ROLE_BUDGET, TRUE);
		gint spent_column = column_with_role(table, roles, RATES_ROLE_SPENT, FALSE);
		if (spent_column == -1)
			spent_column = column_with_role(table, roles, RATES_ROLE_SPENT_WEAK, FALSE);
		if (budget_column < 0 || spent_column < 0)
			continue;
		/* a total row is compared only when no other row is: its overspending is that of
		 * the rows above it */
		gboolean compared = FALSE;
		for (int pass = 0; pass < 2; pass++) {
			for (guint r = table->n_header_rows; r < table->rows->len; r++) {
				const CfRow *row = g_ptr_array_index(table->rows, r);
				if (row->total != (pass == 1) || (pass == 1 && compared))
					continue;
				const CfClaim *budget =
					cf_check_cell_value(ctx, t, r, (guint)budget_column);
				const CfClaim *spent = cf_check_cell_value(ctx, t, r, (guint)spent_column);
				if (budget == NULL || spent == NULL || budget->kind != CF_CLAIM_AMOUNT ||
				    spent->kind != CF_CLAIM_AMOUNT)
					continue;
				if (pass == 0)
					compared = TRUE;
				/* concatenated, not printed: a relation for every row */
				g_autofree char *what = g_strconcat(
					"spending (", table->column_labels[spent_column], ")", NULL);
				CfTerm *term = cf_check_term(ctx, budget);
				g_autoptr(GString) label = g_string_new("the budget (");
				cf_check_append(label, table->column_labels[budget_column]);
				cf_check_append(label, ") ");
				cf_check_append_claim(label, budget);
				term->label = g_string_free(g_steal_pointer(&label), FALSE);
				add_at_most(ctx, spent, term, what);
			}
		}
	}
}

static void
run(CfCheckContext *ctx)
{
	check_prose(ctx);
	check_tables(ctx);
}

const CfCheckFamily cf_check_family_budget = {"budget", run};
