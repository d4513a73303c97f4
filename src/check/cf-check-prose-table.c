/* Family: prose-table — a paragraph that introduces a table (具体情况如下, 明细见后表 …)
 * states figures about it: the number of items (重点项目23个 vs the table's rows), totals
 * (预算数为6462.78万元 vs the sum of the budget column) and category subtotals
 * (事务性业务专项经费663.58万元 vs the rows whose 项目类型 is 事务性业务专项). */
#include "check/cf-check-rates.h"
#include "check/cf-check-table.h"
#include "segment/cf-segment.h"

#include <string.h>

/* Measure words a count of table items is written with. */
static const char *const item_measures[] = {"个", "项", "类", "笔", NULL};

/* Words after a category name that do not change what is meant: 公共专项经费 = 公共专项. */
static const char *const category_suffixes[] = {
	"经费", "资金", "项目", "支出", "费用", "金额", "类", "预算", NULL,
};

/* Words that put a prose amount in another year or make it a change, not a total. */
static const char *const not_total_words[] = {
	"上年", "去年", "同比", "增加", "减少", "增长", "下降", "结转", "结余", NULL,
};

static gboolean
has_any(const char *text, const char *const *words)
{
	for (guint i = 0; text && words[i]; i++)
		if (strstr(text, words[i]))
			return TRUE;
	return FALSE;
}

static gboolean
is_item_measure(const char *unit)
{
	for (guint i = 0; unit && item_measures[i]; i++)
		if (g_str_equal(unit, item_measures[i]))
			return TRUE;
	return FALSE;
}

/* The category @label names, among the categories of @m's item rows, or NULL. */
static const char *
category_of_label(const CfTableModel *m, const char *label)
{
	if (m->category_column < 0 || label == NULL)
		return NULL;
	g_autofree char *name = cf_table_normalise_name(label);
	/* where a category may end in the name: at its end, or before a suffix it ends with
	 * (the same for every row: worked out once) */
	gsize ends[G_N_ELEMENTS(category_suffixes)];
	guint n_ends = 0;
	const gsize n = strlen(name);
	ends[n_ends++] = n;
	for (guint i = 0; category_suffixes[i]; i++) {
		gsize j = strlen(category_suffixes[i]);
		if (n >= j && memcmp(name + n - j, category_suffixes[i], j) == 0)
			ends[n_ends++] = n - j;
	}
	for (guint r = 0; r < m->table->rows->len; r++) {
		const char *category = m->rows[r].category;
		if (m->rows[r].kind != CF_ROW_ITEM || category == NULL || *category == '\0')
			continue;
		/* the name ends with the category, or with the category and one of the suffixes */
		gsize k = strlen(category);
		for (guint e = 0; e < n_ends; e++)
			if (ends[e] >= k && memcmp(name + ends[e] - k, category, k) == 0)
				return category;
	}
	return NULL;
}

/* The column a prose amount is about: the column of its role; a generic amount is about
 * the table's only money column. */
static gint
column_for_amount(const CfTableModel *m, const CfClaim *c)
{
	CfColumnRole role = cf_table_role_of_words(c->label);
	if (role != CF_COLUMN_BUDGET && role != CF_COLUMN_SPENDING)
		return -1;
	/* the column the label names (基本支出 of 一般公共预算财政拨款基本支出), else a column of
	 * the whole (合计 | 基本支出 | 项目支出: 基本支出 is a part), else the first of the role */
	gint named = -1, whole = -1;
	gsize named_length = 0;
	for (guint k = 0; k < m->table->n_columns; k++) {
		const CfColumnInfo *info = &m->columns[k];
		if (info->part || (info->role != role && info->role != CF_COLUMN_AMOUNT))
			continue;
		const char *name = cf_table_column_name(m, k);
		gsize length = strlen(name);
		if (c->label && length > named_length && g_str_has_suffix(c->label, name)) {
			named = (gint)k;
			named_length = length;
		}
		if (whole < 0 && (strstr(name, "合计") || strstr(name, "总计")))
			whole = (gint)k;
	}
	if (named >= 0)
		return named;
	return whole >= 0 ? whole : cf_table_model_find_column(m, role);
}

/* The column category subtotals are about: the budget column, else the only money column. */
static gint
category_column(const CfTableModel *m, const CfClaim *c)
{
	gint column = column_for_amount(m, c);
	if (column >= 0)
		return column;
	column = cf_table_model_find_column(m, CF_COLUMN_BUDGET);
	if (column >= 0)
		return column;
	return cf_table_model_find_column(m, CF_COLUMN_AMOUNT);
}

static GPtrArray *
rows_terms(const CfTableSet *set, const CfTableModel *m, guint column, const char *category,
	   gboolean *unreadable)
{
	GPtrArray *terms = cf_term_array_new();
	*unreadable = FALSE;
	for (guint r = 0; r < m->table->rows->len; r++) {
		if (!cf_table_model_is_top_item(m, r))
			continue;
		if (category && g_strcmp0(m->rows[r].category, category) != 0)
			continue;
		if (cf_table_cell_claim(set, m->index, r, column) == NULL)
			continue;
		CfTerm *t = cf_table_cell_term(set, m->index, r, column, NULL);
		if (t == NULL) {
			*unreadable = TRUE;
			continue;
		}
		g_ptr_array_add(terms, t);
	}
	return terms;
}

/* The total row covering every item of @m with a figure in @column, or -1. */
static gint
grand_total_row(const CfTableSet *set, const CfTableModel *m, guint column)
{
	guint top = 0;
	for (guint r = 0; r < m->table->rows->len; r++)
		if (cf_table_model_is_top_item(m, r))
			top++;
	for (guint r = 0; r < m->table->rows->len; r++) {
		if (m->rows[r].kind != CF_ROW_TOTAL)
			continue;
		if (cf_table_model_covered_items(m, r) == top &&
		    cf_table_cell_claim(set, m->index, r, column))
			return (gint)r;
	}
	return -1;
}

/* Whether @label names the group over the columns of @m (收入 of 收入/项目 and 收入/决算数:
 * the first column label with a group says it); TRUE when there is none. */
static gboolean
names_group(const CfTableModel *m, const char *label)
{
	for (guint c = 0; c < m->table->n_columns; c++) {
		const char *column = m->columns[c].label;
		const char *slash = strchr(column, '/');
		if (slash == NULL)
			continue;
		g_autofree char *group = g_strndup(column, (gsize)(slash - column));
		return label != NULL && strstr(label, group) != NULL;
	}
	return TRUE;
}

/* The stated total of @m's @column: its grand total row's figure, else the sum of its rows'
 * figures; FALSE when there is none or a figure can not be read. */
static gboolean
column_total(const CfTableSet *set, const CfTableModel *m, guint column, CfDecimal *total)
{
	gint total_row = grand_total_row(set, m, column);
	if (total_row >= 0) {
		const CfClaim *c = cf_table_cell_claim(set, m->index, (guint)total_row, column);
		*total = c->value;
		return c->has_value;
	}
	gboolean unreadable;
	g_autoptr(GPtrArray) terms = rows_terms(set, m, column, NULL, &unreadable);
	*total = cf_decimal_from_int(0);
	for (guint i = 0; !unreadable && i < terms->len; i++) {
		CfDecimal point;
		CfInterval interval;
		if (!cf_term_evaluate(g_ptr_array_index(terms, i), NULL, &point, &interval) ||
		    !cf_decimal_add(*total, point, total))
			return FALSE;
	}
	return !unreadable && terms->len > 0;
}

/* Whether @a is nearer to @target than @b. */
static gboolean
nearer(CfDecimal a, CfDecimal b, CfDecimal target)
{
	CfDecimal da, db;
	CfInterval at = cf_interval_point(target);
	return cf_interval_gap(cf_interval_point(a), at, &da) &&
	       cf_interval_gap(cf_interval_point(b), at, &db) && cf_decimal_compare(da, db) < 0;
}

/* The prose amount that states the total of @table's column of @role, if any: an amount of
 * the introduction whose words name that role and that is neither a category subtotal, a 其中
 * part, another year's figure nor a change.  The first such amount decides the column; when
 * several are about it (年初预算80万元 … 全年预算90万元 over a 预算数 column), the one nearest
 * the column's total is the one that states it. */
gboolean
cf_prose_table_total_claim(const CfTableSet *set, guint table, CfColumnRole role,
			   const CfClaim **claim, gint *column)
{
	const CfTableIntro *intro = cf_table_set_intro(set, table);
	const CfTableModel *m = g_ptr_array_index(set->models, table);
	if (intro == NULL)
		return FALSE;
	const CfClaim *chosen = NULL;
	gint chosen_column = -1;
	CfDecimal total = {0, 0};
	int have_total = -1; /* the column's total: not read yet (-1), none (0), in @total (1) */
	for (guint i = 0; i < intro->claims->len; i++) {
		const CfClaim *c = g_ptr_array_index(intro->claims, i);
		if (c->kind != CF_CLAIM_AMOUNT || c->qualifier != CF_QUALIFIER_NONE)
			continue;
		if (cf_claim_has_cue(c, "其中") || has_any(c->label, not_total_words) ||
		    category_of_label(m, c->label))
			continue;
		if (cf_table_role_of_words(c->label) != role)
			continue;
		gint col = column_for_amount(m, c);
		if (col < 0 && chosen == NULL)
			return FALSE;
		if (col < 0)
			continue;
		/* one of two tables side by side totals what its own header names (收入 of 收入 |
		 * 支出; not 基本支出 of 人员经费 | 公用经费) */
		if (m->table->half && !names_group(m, c->label))
			continue;
		/* a 决算's 收入总计 and 支出总计 count the carry-overs in (年初结转和结余, 年末结转和结余):
		 * not the total of this year's column (本年收入, 本年支出) */
		if (c->label != NULL && strstr(c->label, "总计") != NULL &&
		    strstr(cf_table_column_name(m, (guint)col), "本年") != NULL)
			continue;
		if (chosen == NULL) {
			chosen = c;
			chosen_column = col;
			continue;
		}
		if (col != chosen_column || !c->has_value || !chosen->has_value)
			continue;
		/* a second figure about the column: its total tells them apart */
		if (have_total < 0)
			have_total = column_total(set, m, (guint)col, &total);
		if (have_total && nearer(c->value, chosen->value, total))
			chosen = c;
	}
	if (chosen == NULL)
		return FALSE;
	*claim = chosen;
	*column = chosen_column;
	return TRUE;
}

static void
check_counts(CfTableSet *set, const CfTableModel *m, const CfTableIntro *intro)
{
	/* rows at several levels of subject codes count no one thing */
	if (m->item_noun == NULL || m->n_items == 0 || m->coded)
		return;
	for (guint i = 0; i < intro->claims->len; i++) {
		const CfClaim *c = g_ptr_array_index(intro->claims, i);
		if (c->kind != CF_CLAIM_COUNT || c->qualifier != CF_QUALIFIER_NONE ||
		    !is_item_measure(c->unit) || c->label == NULL ||
		    !g_str_has_suffix(c->label, m->item_noun) || cf_claim_has_cue(c, "其中"))
			continue;
		g_autofree char *label = g_strdup_printf("the %u %s rows of the table at line %u",
							 m->n_items, m->item_noun, m->table->first_line);
		GPtrArray *terms = cf_term_array_new();
		g_ptr_array_add(terms, cf_term_new_constant(cf_decimal_from_int(m->n_items), label));
		cf_check_add_relation(set->context,
				      cf_relation_new(CF_RELATION_EQUAL, "prose-table-mismatch",
						      CF_SEVERITY_ERROR,
						      /* a count of items is whole: 3 is not 2.5 */
						      cf_term_new_claim_with_interval(
							      c, cf_interval_point(c->value)),
						      terms, "the count of items in the table it introduces"));
	}
}

static void
check_categories(CfTableSet *set, const CfTableModel *m, const CfTableIntro *intro)
{
	for (guint i = 0; i < intro->claims->len; i++) {
		const CfClaim *c = g_ptr_array_index(intro->claims, i);
		if (c->kind != CF_CLAIM_AMOUNT || c->qualifier != CF_QUALIFIER_NONE)
			continue;
		const char *category = category_of_label(m, c->label);
		if (category == NULL)
			continue;
		gint column = category_column(m, c);
		if (column < 0)
			continue;
		gboolean unreadable;
		GPtrArray *terms = rows_terms(set, m, (guint)column, category, &unreadable);
		if (unreadable || terms->len == 0) {
			g_ptr_array_unref(terms);
			continue;
		}
		g_autofree char *what =
			g_strdup_printf("the %u rows of category %s in column '%s' (table at line %u)",
					terms->len, category, cf_table_column_name(m, (guint)column),
					m->table->first_line);
		cf_check_add_relation(set->context,
				      cf_relation_new(CF_RELATION_SUM, "category-mismatch",
						      CF_SEVERITY_ERROR, cf_check_term(set->context, c),
						      terms, what));
	}
}

/* TRUE when @c, stated as a budget's total, is as written the total of a column that names
 * the budget as adjusted or finally allotted (调整, 实际安排, 全年) on the row that totals
 * @column: 下达…专项资金合计12,358.67万元 over 预算额度 | 调整额度 | 实际安排额度 states the
 * 实际安排 total (12,358.67), not the first budget's (12,267.66). */
static gboolean
totals_adjusted_budget(const CfTableSet *set, const CfTableModel *m, guint column,
		       const CfClaim *c)
{
	static const char *const adjusted[] = {"调整", "实际安排", "全年", NULL};
	gint total_row = grand_total_row(set, m, column);
	if (!c->has_value || total_row < 0)
		return FALSE;
	CfDecimal stated = cf_decimal_trim(c->stated);
	for (guint k = 0; k < m->table->n_columns; k++) {
		const char *name = cf_table_column_name(m, k);
		if (k == column || name == NULL || !has_any(name, adjusted))
			continue;
		const CfClaim *t = cf_table_cell_claim(set, m->index, (guint)total_row, k);
		if (t && t->has_value && cf_decimal_compare(cf_decimal_trim(t->stated), stated) == 0)
			return TRUE;
	}
	return FALSE;
}

static void
check_totals(CfTableSet *set, const CfTableModel *m)
{
	static const CfColumnRole roles[] = {CF_COLUMN_BUDGET, CF_COLUMN_SPENDING};
	for (guint k = 0; k < G_N_ELEMENTS(roles); k++) {
		const CfClaim *c;
		gint column;
		if (!cf_prose_table_total_claim(set, m->index, roles[k], &c, &column))
			continue;
		if (roles[k] == CF_COLUMN_BUDGET && totals_adjusted_budget(set, m, (guint)column, c))
			continue;
		/* against the table's own total when it has one: that is what the prose copies */
		gint total_row = grand_total_row(set, m, (guint)column);
		if (total_row >= 0) {
			CfTerm *t = cf_table_cell_term(set, m->index, (guint)total_row, (guint)column, NULL);
			if (t == NULL)
				continue;
			GPtrArray *terms = cf_term_array_new();
			g_ptr_array_add(terms, t);
			g_autofree char *what = g_strdup_printf("the total of column '%s' in the table it "
								"introduces",
								cf_table_column_name(m, (guint)column));
			cf_check_add_relation(set->context,
					      cf_relation_new(CF_RELATION_EQUAL, "prose-table-mismatch",
							      CF_SEVERITY_ERROR,
							      cf_check_term(set->context, c), terms, what));
			continue;
		}
		gboolean unreadable;
		GPtrArray *terms = rows_terms(set, m, (guint)column, NULL, &unreadable);
		if (unreadable || terms->len == 0) {
			g_ptr_array_unref(terms);
			continue;
		}
		g_autofree char *what = g_strdup_printf("the %u rows of column '%s' in the table at "
							"line %u",
							terms->len, cf_table_column_name(m, (guint)column),
							m->table->first_line);
		cf_check_add_relation(set->context,
				      cf_relation_new(CF_RELATION_SUM, "prose-table-mismatch",
						      CF_SEVERITY_ERROR, cf_check_term(set->context, c),
						      terms, what));
	}
}

/* The row name @name without what opens it before the item: 其中 and a colon, a numbering
 * marker (二、产业活动单位 → 产业活动单位; 其中:城镇 → 城镇). */
static const char *
row_item_name(const char *name)
{
	static const char *const openers[] = {"其中", "：", ":", NULL};
	gsize n = strlen(name), at = 0;
	while (cf_rates_skip_word(name, n, &at, openers))
		;
	CfHeadingStyle style;
	int ordinal;
	CfRange marker;
	if (cf_segment_numbering_marker(name, at, n, &style, &ordinal, &marker))
		at = marker.end;
	return name + at;
}

/* TRUE when the cell claim @cell states what @c does: an amount, or a count of the same
 * measure (个 and 个, 人 and 万人). */
static gboolean
same_kind(const CfClaim *c, const CfClaim *cell)
{
	if (cell == NULL || !cell->has_value || cell->kind != c->kind ||
	    cell->qualifier != CF_QUALIFIER_NONE)
		return FALSE;
	return c->kind == CF_CLAIM_AMOUNT || cf_claim_same_unit(c, cell);
}

/* The one row of @m whose item the label @label names: the label ends with the row's item
 * name (法人单位 of …活动的法人单位), two characters at least; -1 when none, or when two
 * rows are named so (第二产业 under two sections). */
static gint
row_named(const CfTableModel *m, const char *label)
{
	gint found = -1;
	gsize found_length = 0;
	gboolean twice = FALSE;
	for (guint r = 0; r < m->table->rows->len; r++) {
		const CfRowInfo *info = &m->rows[r];
		if ((info->kind != CF_ROW_ITEM && info->kind != CF_ROW_DETAIL) ||
		    info->name == NULL)
			continue;
		const char *item = row_item_name(info->name);
		gsize length = strlen(item);
		if (g_utf8_strlen(item, -1) < 2 || !g_str_has_suffix(label, item))
			continue;
		if (found >= 0 && length == found_length) {
			const char *other = row_item_name(m->rows[found].name);
			twice = twice || strcmp(other, item) == 0;
			continue;
		}
		if (length > found_length) {
			found = (gint)r;
			found_length = length;
			twice = FALSE;
		}
	}
	return twice ? -1 : found;
}

/* Prose figures of the introduction that name an item of the table (…产业活动单位4532个
 * before a row 二、产业活动单位 | 4352): the row's figure of the same kind, in the one column
 * that has one (or the column of the amount's role), is the same figure. */
static void
check_rows(CfTableSet *set, const CfTableModel *m, const CfTableIntro *intro)
{
	for (guint i = 0; i < intro->claims->len; i++) {
		const CfClaim *c = g_ptr_array_index(intro->claims, i);
		if ((c->kind != CF_CLAIM_AMOUNT && c->kind != CF_CLAIM_COUNT) || !c->has_value ||
		    c->qualifier != CF_QUALIFIER_NONE || c->label == NULL ||
		    has_any(c->label, not_total_words) || c->intensive)
			continue;
		gint row = row_named(m, c->label);
		if (row < 0)
			continue;
		gint column = -1;
		guint columns = 0;
		for (guint k = 0; k < m->table->n_columns; k++)
			if (same_kind(c, cf_table_cell_claim(set, m->index, (guint)row, k))) {
				column = (gint)k;
				columns++;
			}
		if (columns > 1 && c->kind == CF_CLAIM_AMOUNT)
			column = column_for_amount(m, c);
		if (column < 0 || (columns > 1 && c->kind != CF_CLAIM_AMOUNT) ||
		    !same_kind(c, cf_table_cell_claim(set, m->index, (guint)row, (guint)column)))
			continue;
		CfTerm *t = cf_table_cell_term(set, m->index, (guint)row, (guint)column, NULL);
		if (t == NULL)
			continue;
		GPtrArray *terms = cf_term_array_new();
		g_ptr_array_add(terms, t);
		g_autofree char *what = g_strdup_printf(
			"row %s in column '%s' of the table it introduces (line %u)",
			row_item_name(m->rows[row].name), cf_table_column_name(m, (guint)column),
			m->table->first_line);
		cf_check_add_relation(set->context,
				      cf_relation_new(CF_RELATION_EQUAL, "prose-table-mismatch",
						      CF_SEVERITY_ERROR,
						      cf_check_term(set->context, c), terms, what));
	}
}

static void
run(CfCheckContext *ctx)
{
	if (ctx->tables->len == 0)
		return;
	CfTableSet *set = cf_check_table_set(ctx);
	for (guint i = 0; i < set->intros->len; i++) {
		const CfTableIntro *intro = g_ptr_array_index(set->intros, i);
		const CfTableModel *m = g_ptr_array_index(set->models, intro->table);
		check_counts(set, m, intro);
		check_categories(set, m, intro);
		check_totals(set, m);
		check_rows(set, m, intro);
	}
}

const CfCheckFamily cf_check_family_prose_table = {"prose-table", run};
