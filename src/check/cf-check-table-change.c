/* Family: table-change — a table that sets this year's figures beside last year's and gives
 * the change: | 项目 | 2023年决算数 | 2022年决算数 | 增减额 | 增减率（%） | or | 指标 | 上年度 |
 * 本年度 | 增长 |.  In every row the change must be this year's figure less last year's, and
 * the rate that change over last year's figure (the prose family change reads the same
 * relations in sentences; a table states them cell by cell).
 *
 * The columns are read from their headers: this year's (本年, 本期, 当年, or the later of two
 * years a year apart), last year's (上年, 去年, 上期, 同期, or the earlier year), the change
 * (增减额, 增长额, 增减) and its rate (增减率, 增幅, 增长比, 增减%).  The two years' headers
 * name one measure besides their years and the words for which figure of the year it is
 * (2016年预算数 and 上年完成数; not 本年收入 and 上年支出).  A header of change alone (增长, 同比)
 * gives a rate where its cell is a percentage and an amount elsewhere.  A table may hold
 * several such groups side by side (预算 then 决算, each with its 增减); a group ends where
 * a year's column follows a change column.
 *
 * Rows are left alone when their cells are out of their columns (a number under a text
 * column such as 单位: a merged cell dropped, every figure one column to the left), and the
 * rate is left alone where the levels are percentages (the rate of a share may be relative
 * or in points). */
#include "check/cf-check-rates.h"
#include "check/cf-check-table.h"

#include <string.h>

typedef enum {
	SIDE_NONE,
	SIDE_THIS,   /* this year's figure */
	SIDE_LAST,   /* last year's */
	SIDE_YEAR,   /* a year's, this or last decided by the other years of its group */
	SIDE_DIFF,   /* the change, an amount */
	SIDE_RATE,   /* the change over last year's, a percentage */
	SIDE_CHANGE, /* the change, as an amount or a rate by its cell */
} Side;

typedef struct {
	Side side;
	int year;      /* SIDE_YEAR */
	char *measure; /* the header without its period words: what the levels are of */
} ColumnSide;

/* Words of a header that say the figure is this year's or last year's, longest first where
 * one holds another (上年度 before 上年). */
static const char *const this_words[] = {"本年度", "本年", "本期", "本月",
					 "本季度", "当年", "今年", NULL};
static const char *const last_words[] = {"上年同期", "上年度", "上年", "去年",
					 "上期",     "同期",   NULL};
/* Words of a change, and what after one makes it a rate. */
static const char *const change_words[] = {"增（减）", "增(减)", "增减", "增长", "增加",
					   "变动",     "变化",   "升降", "同比", NULL};
static const char *const rate_marks[] = {"率", "幅", "%", "％", "比", NULL};
static const char *const diff_marks[] = {"额", "数", "量", "值", "万元", "元", NULL};
/* Headers that are no level of a year: carry-overs (上年结转 is this year's figure), a mean
 * of several years' change (年均增长). */
static const char *const not_level_words[] = {"结转", "结余", "结存", NULL};
static const char *const not_change_words[] = {"年均", "平均", "累计", "原因",
					       "说明", "情况", NULL};

/* The first of @words found in @label: its index, and its place in *@at; -1 when none
 * (cf_rates_contains_any() when only whether one is). */
static gint
find_word(const char *label, const char *const *words, const char **at)
{
	for (gint i = 0; words[i]; i++) {
		const char *p = strstr(label, words[i]);
		if (p) {
			*at = p;
			return i;
		}
	}
	return -1;
}

/* The year a header names (2023年, 2023年度): 1990–2099, else 0.  A header naming two years
 * (2022年与2023年相比) names none. */
static int
header_year(const char *label, const char **at, gsize *length)
{
	int year = 0;
	for (const char *p = label; *p; p++) {
		if (!g_ascii_isdigit(p[0]) || (p > label && g_ascii_isdigit(p[-1])))
			continue;
		gsize n = 0;
		while (g_ascii_isdigit(p[n]))
			n++;
		if (n != 4 || strncmp(p + n, "年", strlen("年")) != 0) {
			p += n - 1;
			continue;
		}
		int y = (int)g_ascii_strtoll(p, NULL, 10);
		if (y < 1990 || y > 2099) {
			p += n - 1;
			continue;
		}
		if (year != 0)
			return 0;
		year = y;
		*at = p;
		*length = n + strlen("年");
		p += n - 1;
	}
	return year;
}

/* Words of a year's header that say which figure of that year it is, not what of: a
 * budget is set against last year's outturn (2016年预算数 | 上年完成数 | 比上年增减额). */
static const char *const figure_words[] = {
	"预算数", "决算数", "完成数", "执行数", "预计数", "实际数", "预算", "决算", "完成",
	"执行",   "预计",   "实际",   "累计",   "数据",   "金额",   "数",   NULL};

/* @label without the @length bytes at @at and the 度 after them, and without the words that
 * say which figure it is, spaces and punctuation dropped: the measure a year's column is of
 * (2023年决算数 and 2022年预算数: "", 本年收入: 收入). */
static char *
measure_without(const char *label, const char *at, gsize length)
{
	g_autoptr(GString) s = g_string_new_len(label, at - label);
	const char *rest = at + length;
	if (g_str_has_prefix(rest, "度"))
		rest += strlen("度");
	g_string_append(s, rest);
	for (guint i = 0; figure_words[i]; i++)
		for (char *p = strstr(s->str, figure_words[i]); p;
		     p = strstr(s->str, figure_words[i]))
			g_string_erase(s, p - s->str, (gssize)strlen(figure_words[i]));
	return cf_table_normalise_name(s->str);
}

static void
read_side(const char *label, ColumnSide *out)
{
	out->side = SIDE_NONE;
	out->year = 0;
	out->measure = NULL;
	if (label == NULL || *label == '\0')
		return;
	const char *at = NULL;
	/* (增加值, value added, is a level: 2023年增加值) */
	gint w = strstr(label, "增加值") ? -1 : find_word(label, change_words, &at);
	if (w >= 0) {
		if (cf_rates_contains_any(label, not_change_words))
			return;
		const char *after = at + strlen(change_words[w]);
		if (cf_rates_contains_any(after, rate_marks))
			out->side = SIDE_RATE;
		else if (cf_rates_contains_any(after, diff_marks))
			out->side = SIDE_DIFF;
		else if (cf_table_text_has_name(after, strlen(after)))
			out->side = SIDE_NONE; /* 增加原因, 变动情况: words, not figures */
		else
			out->side = SIDE_CHANGE;
		return;
	}
	if (cf_rates_contains_any(label, not_level_words))
		return;
	const char *last_at = NULL;
	gint t = find_word(label, this_words, &at);
	gint l = find_word(label, last_words, &last_at);
	if (t >= 0 && l < 0) {
		out->side = SIDE_THIS;
		out->measure = measure_without(label, at, strlen(this_words[t]));
		return;
	}
	if (l >= 0 && t < 0) {
		out->side = SIDE_LAST;
		out->measure = measure_without(label, last_at, strlen(last_words[l]));
		return;
	}
	if (t >= 0)
		return;
	gsize length = 0;
	int year = header_year(label, &at, &length);
	if (year == 0)
		return;
	out->side = SIDE_YEAR;
	out->year = year;
	out->measure = measure_without(label, at, length);
}

/* The columns of one group: -1 where it has none. */
typedef struct {
	gint current, last, diff, rate, change;
} Group;

static gboolean
is_level(Side s)
{
	return s == SIDE_THIS || s == SIDE_LAST || s == SIDE_YEAR;
}

/* Sets @slot to @column unless it holds one already: then the group has two of a kind and
 * which one the change is of is unknown (-2). */
static void
take(gint *slot, guint column)
{
	*slot = *slot == -1 ? (gint)column : -2;
}

/* Reads columns [@from, @to) as one group into @g; FALSE when they do not make one. */
static gboolean
read_group(const ColumnSide *sides, guint from, guint to, Group *g)
{
	*g = (Group){-1, -1, -1, -1, -1};
	int latest = 0;
	for (guint c = from; c < to; c++)
		if (sides[c].side == SIDE_YEAR && sides[c].year > latest)
			latest = sides[c].year;
	for (guint c = from; c < to; c++) {
		switch (sides[c].side) {
		case SIDE_THIS:
			take(&g->current, c);
			break;
		case SIDE_LAST:
			take(&g->last, c);
			break;
		case SIDE_YEAR:
			if (sides[c].year == latest)
				take(&g->current, c);
			else if (sides[c].year == latest - 1)
				take(&g->last, c);
			break;
		case SIDE_DIFF:
			take(&g->diff, c);
			break;
		case SIDE_RATE:
			take(&g->rate, c);
			break;
		case SIDE_CHANGE:
			take(&g->change, c);
			break;
		default:
			break;
		}
	}
	if (g->current < -1 || g->last < -1 || g->diff < -1 || g->rate < -1 || g->change < -1)
		return FALSE;
	/* 增长 beside 增长率 is the amount; beside 增减额, the rate */
	if (g->change >= 0 && g->rate >= 0 && g->diff < 0) {
		g->diff = g->change;
		g->change = -1;
	} else if (g->change >= 0 && g->diff >= 0 && g->rate < 0) {
		g->rate = g->change;
		g->change = -1;
	} else if (g->change >= 0 && (g->diff >= 0 || g->rate >= 0)) {
		return FALSE;
	}
	if (g->current < 0 || (g->last < 0 && (g->diff < 0 || g->rate < 0)))
		return FALSE;
	if (g->diff < 0 && g->rate < 0 && g->change < 0)
		return FALSE;
	/* the two years' figures must be of one measure */
	if (g->last >= 0 && g_strcmp0(sides[g->current].measure, sides[g->last].measure) != 0)
		return FALSE;
	return TRUE;
}

/* TRUE when a number of row @r stands under a column of text (单位, 一级指标): its cells
 * are out of their columns. */
static gboolean
row_shifted(const CfTableSet *set, const CfTableModel *m, guint r)
{
	for (guint c = 0; c < m->table->n_columns; c++) {
		if (m->columns[c].role != CF_COLUMN_TEXT)
			continue;
		const CfClaim *claim = cf_table_cell_claim(set, m->index, r, c);
		if (claim && claim->kind != CF_CLAIM_YEAR && claim->kind != CF_CLAIM_MALFORMED)
			return TRUE;
	}
	return FALSE;
}

/* The value claim of a cell, NULL when it has none or a malformed one. */
static const CfClaim *
value_at(const CfTableSet *set, const CfTableModel *m, guint r, gint c)
{
	if (c < 0)
		return NULL;
	const CfClaim *claim = cf_table_cell_claim(set, m->index, r, (guint)c);
	if (claim == NULL || claim->kind == CF_CLAIM_MALFORMED || claim->kind == CF_CLAIM_YEAR)
		return NULL;
	return claim;
}

/* How a message names the @what of row @r ("the change in row 收入合计"). */
static char *
row_what(const CfTableModel *m, guint r, const char *what)
{
	char buffer[48];
	const char *label = cf_table_model_row_label(m, r, buffer, sizeof buffer);
	return g_strconcat(what, " in ", m->rows[r].name ? "row " : "", label, NULL);
}

/* A term for @a − @b, named by the figures as written ("(1100.00 − 900.00)"). */
static CfTerm *
difference_term(const CfCheckContext *ctx, const CfClaim *a, const CfClaim *b)
{
	GPtrArray *terms = cf_term_array_new();
	g_ptr_array_add(terms, cf_check_term(ctx, a));
	g_ptr_array_add(terms, cf_check_term(ctx, b));
	CfTerm *t = cf_term_new_difference(terms);
	t->label = g_strconcat("(", a->text, " − ", b->text, ")", NULL);
	return t;
}

/* The rate of row @r: the change (@current − @last, else @diff) over last year's figure
 * (@last, else @current − @diff), which must be above zero. */
static void
relate_rate(CfCheckContext *ctx, const CfTableModel *m, guint r, const CfClaim *current,
	    const CfClaim *last, const CfClaim *diff, const CfClaim *rate)
{
	CfTerm *base = last ? cf_check_term(ctx, last) : difference_term(ctx, current, diff);
	CfDecimal point;
	CfInterval interval;
	if (!cf_term_evaluate(base, NULL, &point, &interval) || cf_decimal_sign(point) <= 0) {
		cf_term_free(base);
		return;
	}
	GPtrArray *terms = cf_term_array_new();
	g_ptr_array_add(terms,
			last ? difference_term(ctx, current, last) : cf_check_term(ctx, diff));
	g_ptr_array_add(terms, base);
	g_autofree char *what = row_what(m, r, "the growth rate");
	CfRelation *rel = cf_relation_new(CF_RELATION_RATIO, "change-mismatch", CF_SEVERITY_ERROR,
					  cf_check_term(ctx, rate), terms, what);
	rel->ratio_exponent = 2;
	rel->signed_change = TRUE;
	cf_check_add_relation(ctx, rel);
}

static void
check_row(CfTableSet *set, const CfTableModel *m, const Group *g, guint r)
{
	CfCheckContext *ctx = set->context;
	const CfClaim *current = value_at(set, m, r, g->current);
	const CfClaim *last = value_at(set, m, r, g->last);
	const CfClaim *diff = value_at(set, m, r, g->diff);
	const CfClaim *rate = value_at(set, m, r, g->rate);
	const CfClaim *change = value_at(set, m, r, g->change);
	if (change && change->kind == CF_CLAIM_PERCENT)
		rate = change;
	else if (change)
		diff = change;
	if (current == NULL || (last && last->kind != current->kind))
		return;
	if (diff && diff->kind != current->kind)
		diff = NULL;
	if (diff && last) {
		GPtrArray *terms = cf_term_array_new();
		g_ptr_array_add(terms, cf_check_term(ctx, current));
		g_ptr_array_add(terms, cf_check_term(ctx, last));
		g_autofree char *what = row_what(m, r, "the change");
		cf_check_add_relation(ctx, cf_relation_new(CF_RELATION_DIFFERENCE,
							   "change-mismatch", CF_SEVERITY_ERROR,
							   cf_check_term(ctx, diff), terms, what));
	}
	/* (the rate of a share may be relative or in points) */
	if (rate == NULL || current->kind == CF_CLAIM_PERCENT ||
	    (rate->kind != CF_CLAIM_PERCENT && rate->kind != CF_CLAIM_NUMBER) ||
	    (last == NULL && diff == NULL))
		return;
	relate_rate(ctx, m, r, current, last, diff, rate);
}

static void
check_table(CfTableSet *set, const CfTableModel *m)
{
	guint n = m->table->n_columns;
	g_autofree ColumnSide *sides = g_new0(ColumnSide, MAX(n, 1));
	gboolean any_change = FALSE;
	for (guint c = 0; c < n; c++) {
		read_side(m->columns[c].label, &sides[c]);
		any_change |= sides[c].side >= SIDE_DIFF;
	}
	if (any_change) {
		guint from = 0;
		gboolean seen_change = FALSE;
		for (guint c = 0; c <= n; c++) {
			gboolean end = c == n || (is_level(sides[c].side) && seen_change);
			if (end) {
				Group g;
				if (read_group(sides, from, c, &g))
					for (guint r = 0; r < m->table->rows->len; r++) {
						CfRowKind k = m->rows[r].kind;
						if (k != CF_ROW_HEADER && k != CF_ROW_EMPTY &&
						    !row_shifted(set, m, r))
							check_row(set, m, &g, r);
					}
				from = c;
				seen_change = FALSE;
			}
			if (c < n && sides[c].side >= SIDE_DIFF)
				seen_change = TRUE;
		}
	}
	for (guint c = 0; c < n; c++)
		g_free(sides[c].measure);
}

static void
run(CfCheckContext *ctx)
{
	if (ctx->tables->len == 0)
		return;
	CfTableSet *set = cf_check_table_set(ctx);
	for (guint t = 0; t < set->models->len; t++)
		check_table(set, g_ptr_array_index(set->models, t));
}

const CfCheckFamily cf_check_family_table_change = {"table-change", run};
