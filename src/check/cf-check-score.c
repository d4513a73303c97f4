/* Family: score — 绩效自评表 score columns.  A 自评表 is often cut into several tables
 * (funds, goals, indicators) printed one after the other: the tables of one group are read
 * as one sheet.  Relations: 得分 ≤ 分值 per row; the funds row's 得分 is 分值 × 执行率, at most
 * the 分值 (score-rate-mismatch); the 总分 row's 分值 and 得分 are the sums of
 * every item row of the sheet; a group heading's points ("产出指标 (50分)") are the sum of
 * the 分值 of the rows under it; a total score stated in prose ("自评得分为97.13分") is the
 * sum of the item 得分. */
#include "check/cf-check-table.h"

#include <string.h>

typedef struct {
	guint table, row;
	gint max_column;   /* 分值 column of its table, or -1 */
	gint score_column; /* 得分 column, or -1 */
} ScoreRow;

static gint
score_column(const CfTableModel *m, CfColumnRole role)
{
	for (guint c = 0; c < m->table->n_columns; c++)
		if (m->columns[c].role == role)
			return (gint)c;
	return -1;
}

/* 分值 are assigned weights, never rounded figures: 10 means exactly 10 points (a sum of
 * ten integer weights must not absorb ±5 of stated-precision slack). */
static CfTerm *
weight_term(const CfTableSet *set, guint table, guint row, guint column)
{
	CfTerm *t = cf_table_cell_term(set, table, row, column, NULL);
	if (t)
		t->interval = cf_interval_point(t->point);
	return t;
}

/* An item's 得分 written as a whole number is that many points (an evaluator gives 28, not
 * 27.6 rounded: six items of ±0.5 would let a 总分 2 points off pass); one written with
 * decimals keeps the precision it is stated to (9.17 may be 10 × 91.67% rounded). */
static CfTerm *
item_score_term(const CfTableSet *set, guint table, guint row, guint column)
{
	CfTerm *t = cf_table_cell_term(set, table, row, column, NULL);
	if (t && t->claim->stated.scale == 0)
		t->interval = cf_interval_point(t->point);
	return t;
}

static CfTerm *
weight_claim_term(const CfClaim *c)
{
	return cf_term_new_claim_with_interval(c, cf_interval_point(c->value));
}

/* The 执行率 column of a sheet with 分值 and 得分 (项目资金 | 年初预算数 | 全年预算数 | 全年执行数 |
 * 分值 | 执行率 | 得分), or -1. */
static gint
execution_rate_column(const CfTableModel *m)
{
	for (guint c = 0; c < m->table->n_columns; c++)
		if (cf_table_column_is_execution_rate(&m->columns[c]))
			return (gint)c;
	return -1;
}

/* The funds row's 得分 is the 分值 times the 执行率, at most the 分值 (the 财政部 template's
 * 项目支出绩效自评表: 分值 10, 执行率 90% gives 9). */
static void
check_rate_score(CfTableSet *set, const CfTableModel *m, guint r, gint max, gint rate,
		 gint score)
{
	CfTerm *got = item_score_term(set, m->index, r, (guint)score);
	CfTerm *worth = weight_term(set, m->index, r, (guint)max);
	CfTerm *share = cf_table_cell_term(set, m->index, r, (guint)rate, NULL);
	CfDecimal expected;
	/* a malformed 分值 is not weighed, even where a sibling table reads it */
	if (got == NULL || worth == NULL || share == NULL ||
	    worth->claim->kind == CF_CLAIM_MALFORMED || share->claim->kind != CF_CLAIM_PERCENT ||
	    !cf_decimal_mul(worth->point, share->point, &expected) ||
	    !cf_decimal_shift(expected, -2, &expected)) {
		cf_term_free(got);
		cf_term_free(worth);
		cf_term_free(share);
		return;
	}
	const CfClaim *worth_claim = worth->claim, *rate_claim = share->claim;
	int against_full = cf_decimal_compare(share->point, cf_decimal_from_int(100));
	GString *label = g_string_new(NULL);
	cf_check_append_claim(label, worth_claim);
	cf_check_append(label, " × ");
	cf_check_append_claim(label, rate_claim);
	CfTerm *computed;
	if (against_full >= 0) {
		/* a 执行率 of 100% or more earns the 分值, no more */
		cf_term_free(share);
		computed = worth;
		if (against_full > 0) {
			cf_check_append(label, ", capped at ");
			cf_check_append_claim(label, worth_claim);
		}
	} else {
		GPtrArray *factors = cf_term_array_new();
		g_ptr_array_add(factors, worth);
		g_ptr_array_add(factors, share);
		g_ptr_array_add(factors, cf_term_new_constant((CfDecimal){1, 2}, "1%"));
		computed = cf_term_new_product(factors);
		cf_check_append(label, " = ");
		cf_decimal_append(cf_decimal_trim(expected), label);
	}
	computed->label = g_string_free(label, FALSE);
	GPtrArray *terms = cf_term_array_new();
	g_ptr_array_add(terms, computed);
	const char *name = m->rows[r].name ? m->rows[r].name : "the row";
	g_autofree char *what = g_strdup_printf("得分 of %s (分值 × 执行率)", name);
	cf_check_add_relation(set->context,
			      cf_relation_new(CF_RELATION_EQUAL, "score-rate-mismatch",
					      CF_SEVERITY_WARNING, got, terms, what));
}

/* Labels of a prose total score: the words it ends with. */
static const char *const total_score_words[] = {
	"自评得分", "评价得分", "综合得分", "总得分", "总分", "绩效得分", "评分结果", NULL,
};

static gboolean
is_total_score_label(const char *label)
{
	if (label == NULL)
		return FALSE;
	if (g_str_equal(label, "得分"))
		return TRUE;
	for (guint i = 0; total_score_words[i]; i++)
		if (g_str_has_suffix(label, total_score_words[i]))
			return TRUE;
	return FALSE;
}

/* Σ over @rows of the cells of the 分值 (@max) or 得分 column; NULL when none or one can
 * not be read. */
static GPtrArray *
score_terms(const CfTableSet *set, GArray *rows, gboolean max)
{
	GPtrArray *terms = cf_term_array_new();
	for (guint i = 0; i < rows->len; i++) {
		const ScoreRow *sr = &g_array_index(rows, ScoreRow, i);
		gint column = max ? sr->max_column : sr->score_column;
		if (column < 0 || cf_table_cell_claim(set, sr->table, sr->row, (guint)column) == NULL)
			continue;
		CfTerm *t = max ? weight_term(set, sr->table, sr->row, (guint)column)
				: item_score_term(set, sr->table, sr->row, (guint)column);
		if (t == NULL) {
			g_ptr_array_unref(terms);
			return NULL;
		}
		g_ptr_array_add(terms, t);
	}
	if (terms->len == 0) {
		g_ptr_array_unref(terms);
		return NULL;
	}
	return terms;
}

static void
add_sum(CfCheckContext *ctx, CfTerm *result, GPtrArray *terms, const char *what)
{
	if (result == NULL || terms == NULL) {
		cf_term_free(result);
		if (terms)
			g_ptr_array_unref(terms);
		return;
	}
	/* whole points added up (分值, 得分 of 28): their sum, written to their places or more,
	 * is exact too; a 总分 of 96 over items making 97 is no rounding */
	gboolean exact = result->kind == CF_TERM_CLAIM;
	for (guint i = 0; exact && i < terms->len; i++) {
		const CfTerm *t = g_ptr_array_index(terms, i);
		exact = t->kind == CF_TERM_CLAIM && cf_interval_is_point(t->interval) &&
			t->claim->stated.scale <= result->claim->stated.scale;
	}
	if (exact)
		result->interval = cf_interval_point(result->point);
	cf_check_add_relation(ctx, cf_relation_new(CF_RELATION_SUM, "score-total-mismatch",
						   CF_SEVERITY_ERROR, result, terms, what));
}

/* "产出指标 (50分)": a score written in a heading cell left of the 分值 column is the sum of
 * the 分值 of the rows under that heading (down to the next heading at its level or left). */
static void
check_group_headings(CfTableSet *set, const CfTableModel *m, gint max_column)
{
	CfCheckContext *ctx = set->context;
	guint n = m->table->rows->len;
	for (guint c = 0; c < (guint)max_column; c++) {
		if (m->columns[c].role != CF_COLUMN_TEXT)
			continue;
		for (guint r = 0; r < n; r++) {
			if (m->rows[r].kind != CF_ROW_ITEM)
				continue;
			guint n_list;
			const CfClaim *const *list = cf_check_cell_claims(ctx, m->index, r, c, &n_list);
			const CfClaim *heading = NULL;
			for (guint i = 0; i < n_list; i++) {
				const CfClaim *x = list[i];
				if (x->kind == CF_CLAIM_SCORE && x->has_value)
					heading = heading ? NULL : x;
			}
			if (heading == NULL)
				continue;
			g_autoptr(GArray) rows = g_array_new(FALSE, FALSE, sizeof(ScoreRow));
			for (guint k = r; k < n; k++) {
				if (m->rows[k].kind == CF_ROW_TOTAL || m->rows[k].kind == CF_ROW_SUBTOTAL ||
				    m->rows[k].kind == CF_ROW_HEADER)
					break;
				gboolean next_heading = FALSE;
				for (guint left = 0; k > r && left <= c; left++) {
					g_autofree char *text = cf_table_cell_text(set, m->index, k, left);
					if (text && *text)
						next_heading = TRUE;
				}
				if (next_heading)
					break;
				if (m->rows[k].kind != CF_ROW_ITEM)
					continue;
				ScoreRow sr = {m->index, k, max_column, -1};
				g_array_append_val(rows, sr);
			}
			g_autofree char *text = cf_table_cell_text(set, m->index, r, c);
			/* the heading without its "(50分)": the first ( or （ as a string (strpbrk
			 * would take any byte of （, e.g. the last byte of 效) */
			char *ascii = text ? strchr(text, '(') : NULL;
			char *full = text ? strstr(text, "（") : NULL;
			char *paren = ascii && (!full || ascii < full) ? ascii : full;
			if (paren && paren != text)
				*paren = '\0';
			g_autofree char *what = g_strdup_printf("the 分值 of the rows under %s",
								text && *text ? text : "its heading");
			add_sum(ctx, weight_claim_term(heading), score_terms(set, rows, TRUE), what);
		}
	}
}

/* The total scores the report states in prose (自评得分为97.13分), for messages. */
static const CfClaim *
prose_total(const CfCheckContext *ctx)
{
	for (guint i = 0; i < ctx->claims->len; i++) {
		const CfClaim *c = g_ptr_array_index(ctx->claims, i);
		if (c->kind == CF_CLAIM_SCORE && c->table < 0 && c->has_value &&
		    is_total_score_label(c->label))
			return c;
	}
	return NULL;
}

static void
check_sheet(CfTableSet *set, guint group, guint *n_sheets, GArray **sheet_items)
{
	CfCheckContext *ctx = set->context;
	g_autoptr(GArray) items = g_array_new(FALSE, FALSE, sizeof(ScoreRow));
	gboolean any = FALSE;
	for (guint t = 0; t < set->models->len; t++) {
		if (g_array_index(set->groups, guint, t) != group)
			continue;
		const CfTableModel *m = g_ptr_array_index(set->models, t);
		gint max = score_column(m, CF_COLUMN_MAX_SCORE);
		gint score = score_column(m, CF_COLUMN_SCORE);
		if (max < 0 && score < 0)
			continue;
		any = TRUE;
		gint rate = max >= 0 && score >= 0 ? execution_rate_column(m) : -1;
		for (guint r = 0; r < m->table->rows->len; r++) {
			if (m->rows[r].kind != CF_ROW_ITEM && !m->rows[r].whole)
				continue;
			ScoreRow sr = {t, r, max, score};
			g_array_append_val(items, sr);
			if (max < 0 || score < 0)
				continue;
			if (rate >= 0)
				check_rate_score(set, m, r, max, rate, score);
			/* 得分 ≤ 分值 */
			CfTerm *got = cf_table_cell_term(set, t, r, (guint)score, NULL);
			CfTerm *worth = weight_term(set, t, r, (guint)max);
			if (got == NULL || worth == NULL) {
				cf_term_free(got);
				cf_term_free(worth);
				continue;
			}
			GPtrArray *terms = cf_term_array_new();
			g_ptr_array_add(terms, worth);
			const char *name = m->rows[r].name ? m->rows[r].name : "the row";
			g_autofree char *what = g_strdup_printf("得分 of %s", name);
			cf_check_add_relation(ctx, cf_relation_new(CF_RELATION_AT_MOST, "score-exceeds-max",
								   CF_SEVERITY_ERROR, got, terms, what));
		}
		if (max >= 0)
			check_group_headings(set, m, max);
	}
	if (!any || items->len == 0)
		return;
	(*n_sheets)++;
	/* 总分 rows: their 分值 and 得分 over every item of the sheet */
	for (guint t = 0; t < set->models->len; t++) {
		if (g_array_index(set->groups, guint, t) != group)
			continue;
		const CfTableModel *m = g_ptr_array_index(set->models, t);
		for (guint r = 0; r < m->table->rows->len; r++) {
			if (m->rows[r].kind != CF_ROW_TOTAL || m->rows[r].whole)
				continue;
			for (int max = 1; max >= 0; max--) {
				gint column = score_column(m, max ? CF_COLUMN_MAX_SCORE : CF_COLUMN_SCORE);
				if (column < 0)
					continue;
				CfTerm *total = max ? weight_term(set, t, r, (guint)column)
						    : cf_table_cell_term(set, t, r, (guint)column, NULL);
				if (total == NULL)
					continue;
				GPtrArray *terms = score_terms(set, items, max);
				g_autoptr(GString) what = g_string_new(NULL);
				g_string_append_printf(what, "the %s of the %u items", max ? "分值" : "得分",
						       terms ? terms->len : 0);
				const CfClaim *prose = max ? NULL : prose_total(ctx);
				if (prose) {
					cf_check_append(what, " (the report states ");
					cf_check_append_claim(what, prose);
					g_string_append_printf(what, " at line %u)", prose->line);
				}
				add_sum(ctx, total, terms, what->str);
			}
		}
	}
	*sheet_items = g_array_ref(items);
}

static void
run(CfCheckContext *ctx)
{
	if (ctx->tables->len == 0)
		return;
	CfTableSet *set = cf_check_table_set(ctx);
	guint n_sheets = 0;
	GArray *last_items = NULL;
	for (guint t = 0; t < set->models->len; t++) {
		guint group = g_array_index(set->groups, guint, t);
		if (group != t)
			continue;
		GArray *items = NULL;
		check_sheet(set, group, &n_sheets, &items);
		if (items) {
			if (last_items)
				g_array_unref(last_items);
			last_items = items;
		}
	}
	/* a total score in prose belongs to the report's only score sheet */
	if (n_sheets == 1 && last_items) {
		for (guint i = 0; i < ctx->claims->len; i++) {
			const CfClaim *c = g_ptr_array_index(ctx->claims, i);
			if (c->kind != CF_CLAIM_SCORE || c->table >= 0 || !c->has_value ||
			    !is_total_score_label(c->label))
				continue;
			add_sum(ctx, cf_check_term(ctx, c), score_terms(set, last_items, FALSE),
				"the 得分 of the items of the 自评表");
		}
	}
	if (last_items)
		g_array_unref(last_items);
}

const CfCheckFamily cf_check_family_score = {"score", run};
