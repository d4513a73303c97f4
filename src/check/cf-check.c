#include "check/cf-check-private.h"

#include <stdarg.h>

#include "check/cf-check-evaluate.h"
#include "check/cf-check-prose.h"
#include "check/cf-check-table.h"

#include <string.h>

/* Every rule, in the order README lists them.  Ids are stable once released. */
static const CfRule rules[] = {
	{"malformed-number", CF_SEVERITY_ERROR, "a number that is not well formed",
	 "4,95 (a digit group of 2 after a thousands separator); 99.85 % (space before %: a note)"},
	{"sum-mismatch", CF_SEVERITY_ERROR,
	 "a stated total is not the sum of the parts listed with it (其中/包括/分别/共计/合计)",
	 "实际支出261.46万元，其中：干部工作19.77万元、… (18 parts)"},
	{"sum-rounding", CF_SEVERITY_NOTE,
	 "a total agrees with its parts only thanks to rounding of the stated figures",
	 "a 万元 table re-balanced after conversion from 元"},
	{"product-mismatch", CF_SEVERITY_ERROR,
	 "count × per-unit amount, or explicit arithmetic, does not give the stated total",
	 "124个站点，每个站点1200元，共计14.88万; 35人*600元/月*12月＝252000元"},
	{"rate-mismatch", CF_SEVERITY_ERROR,
	 "a per-unit rate does not follow from its total and count",
	 "面试招录费用102.18万元 … 582人 … 成本为1756元/人"},
	{"description-mismatch", CF_SEVERITY_ERROR,
	 "the amounts a table row's description lists do not add up to the row's amount",
	 "科级特派员补助: 10万+3万+12万 described, amount 15.036"},
	{"table-total-mismatch", CF_SEVERITY_ERROR,
	 "a 合计/总计/小计 row is not the sum of the rows it covers", "合计 1900 over rows 1900"},
	{"table-part-exceeds", CF_SEVERITY_ERROR, "a 其中 column is larger than its parent column",
	 "其中：区级资金 2100 > 指标总额 1900"},
	{"execution-rate-mismatch", CF_SEVERITY_ERROR, "执行率 is not 执行数 / 预算数",
	 "全年预算数 261.46, 全年执行数 261.46, 执行率 100%"},
	{"score-exceeds-max", CF_SEVERITY_ERROR, "a 得分 is larger than its 分值",
	 "分值 10, 得分 12"},
	{"score-rate-mismatch", CF_SEVERITY_WARNING,
	 "the 得分 of a 自评表's funds row is not 分值 × 执行率 (at most the 分值)",
	 "分值 10, 执行率 90.00%, 得分 8 (10 × 90.00% = 9)"},
	{"score-total-mismatch", CF_SEVERITY_ERROR,
	 "item scores do not add up to the stated total score (or 分值 to 100)",
	 "总分 7.13 while the item scores sum to 97.13"},
	{"prose-table-mismatch", CF_SEVERITY_ERROR,
	 "a figure stated in prose disagrees with the table it introduces",
	 "重点项目23个 … 具体情况如下 (23 rows); 绩效目标6384.82万元，明细见后表"},
	{"category-mismatch", CF_SEVERITY_ERROR,
	 "a category subtotal stated in prose is not the sum of the table rows of that category",
	 "事务性业务专项经费663.58万元 vs its rows"},
	{"sibling-mismatch", CF_SEVERITY_ERROR,
	 "the same row of two sibling tables has different values in the same column",
	 "关工委经费 2 in one table, 25 in the other"},
	{"percent-mismatch", CF_SEVERITY_ERROR,
	 "a percentage does not follow from its part and base at the stated precision",
	 "提拔69人，其中…59人，占85.5%; 预算1.2万元，决算0.25万元，完成预算的21%"},
	{"percent-unreachable", CF_SEVERITY_ERROR,
	 "no whole number of a stated headcount gives the stated percentage",
	 "69人 of whom 33.5% (no whole number of 69 gives 33.5%)"},
	{"shares-exceed-whole", CF_SEVERITY_ERROR, "shares of one whole add up to more than 100%",
	 "占比分别为45%、38%、27%"},
	{"count-mismatch", CF_SEVERITY_ERROR, "a stated count does not match the items listed",
	 "内设机构6个，分别是A、B、C、D、E"},
	{"over-budget", CF_SEVERITY_WARNING, "spending is above the budget",
	 "预算1900万元，实际支出2000万元"},
	{"year-mismatch", CF_SEVERITY_WARNING, "a year in the body contradicts the report's year",
	 "a 2022 report whose body states the 2021 budget"},
	{"heading-numbering", CF_SEVERITY_WARNING, "heading numbers skip, repeat or change style",
	 "一、 … 1、 2、 四、"},
	{"restated-mismatch", CF_SEVERITY_ERROR,
	 "the same quantity is stated twice in one report with different values",
	 "预算数为6462.78万元 (line 5) vs 绩效目标6384.82万元 (line 132)"},
	{"change-mismatch", CF_SEVERITY_ERROR,
	 "a year-over-year change does not follow from this year's and last year's figures",
	 "比上年增加20万元，增长25% with 100万元 last year"},
	{"saving-mismatch", CF_SEVERITY_ERROR,
	 "an audit cut or a purchase saving is not the amount submitted (budgeted) less the amount "
	 "approved (paid)",
	 "送审金额1000万元，审定金额900万元，审减金额90万元"},
	{"identity-mismatch", CF_SEVERITY_ERROR,
	 "a domain identity from patterns/identities.ini does not hold",
	 "基本支出 ≠ 人员经费 + 公用经费"},
	/* across documents (src/crossdoc/): reported by cf_crossdoc_check over a batch */
	{"crossdoc-mismatch", CF_SEVERITY_ERROR,
	 "the same item of one unit and year has different values in two documents",
	 "干部工作专项经费支出 19.77万元 in one 2022 report, 21.77万元 in another"},
	{"crossdoc-previous-year", CF_SEVERITY_ERROR,
	 "a figure quoted from the previous year differs from that year's own report",
	 "2023: 上年结转2.65万元; the 2022 report: 年末结转3.65万元"},
	{"crossdoc-counter", CF_SEVERITY_WARNING,
	 "a 连续N年 counter does not advance with the years between two reports of one unit",
	 "2020: 连续6年; 2022: 连续第9年 (expected 第8年)"},
	{"crossdoc-consolidated", CF_SEVERITY_ERROR,
	 "a consolidated table's row for a unit differs from that unit's own report",
	 "row 雨花区委组织部 预算数 520 while its own report states 500万元"},
	{"reused-text", CF_SEVERITY_NOTE,
	 "two documents of different units or years share a long passage with different numbers",
	 "a 2022 report repeating a 2021 paragraph with some figures changed"},
};

static const CfCheckFamily *const families[] = {
	&cf_check_family_malformed,   &cf_check_family_sum,         &cf_check_family_product,
	&cf_check_family_description, &cf_check_family_enumeration, &cf_check_family_table,
	&cf_check_family_score,       &cf_check_family_prose_table, &cf_check_family_sibling,
	&cf_check_family_restated,    &cf_check_family_percent,     &cf_check_family_budget,
	&cf_check_family_saving,      &cf_check_family_change,      &cf_check_family_table_change,
	&cf_check_family_identity,    &cf_check_family_balance,     &cf_check_family_heading,
	&cf_check_family_year,
};

const CfRule *
cf_check_rules(guint *n_rules)
{
	if (n_rules)
		*n_rules = G_N_ELEMENTS(rules);
	return rules;
}

const CfRule *
cf_check_find_rule(const char *id)
{
	for (gsize i = 0; i < G_N_ELEMENTS(rules); i++)
		if (g_strcmp0(rules[i].id, id) == 0)
			return &rules[i];
	return NULL;
}

gboolean
cf_check_rule_enabled(const CfCheckContext *context, const char *rule)
{
	return cf_check_options_select(context->options, rule);
}

gboolean
cf_check_options_select(const CfCheckOptions *o, const char *rule)
{
	if (o == NULL)
		return TRUE;
	if (o->only && !g_hash_table_contains(o->only, rule))
		return FALSE;
	if (o->disabled && g_hash_table_contains(o->disabled, rule))
		return FALSE;
	return TRUE;
}

/* The cells of one document's tables, looked up by index: table t's row r is
 * rows[grids[t].first_row + r], and its cell in column c is cells[first_cell + c], over the
 * rows of a table and the columns of a row its claims name (a cell outside holds none; the
 * arrays are as large as the rows and cells of the document, however ragged its tables).  No
 * hashing, no allocation per cell: a lookup is three bounds tests and three loads.  Each cell
 * says where its claims are in the map's one array of them (@claims); each column of a table
 * has the finest scale of its plain values in @scales. */
typedef struct {
	guint n_rows;      /* the rows its claims name (0 for a table none names) */
	guint n_columns;   /* the columns its claims name, in any row */
	gsize first_row;   /* index of its row 0 in CfCellMap.rows */
	gsize first_scale; /* index of its column 0 in CfCellMap.scales */
} CellGrid;

typedef struct {
	gsize first_cell; /* index of its column 0 in CfCellMap.cells */
	guint n_columns;  /* the columns its claims name */
} CellRow;

typedef struct {
	guint first; /* index of the cell's first claim in CfCellMap.claims */
	guint n_claims;
} CellEntry;

struct CfCellMap {
	CellGrid *grids; /* by table index */
	guint n_grids;
	CellRow *rows;
	CellEntry *cells;
	gint *scales;           /* the largest scale of a column's plain values, -1 when none */
	const CfClaim **claims; /* the cells' claims, each cell's together in document order */
};

static gboolean
in_cell(const CfClaim *c)
{
	return c->table >= 0 && c->row >= 0 && c->cell_column >= 0;
}

/* The cell (@table, @row, @column) of @map, or NULL when no claim names it. */
static inline CellEntry *
cell_entry(const CfCellMap *map, guint table, guint row, guint column)
{
	if (table >= map->n_grids)
		return NULL;
	const CellGrid *grid = &map->grids[table];
	if (row >= grid->n_rows)
		return NULL;
	const CellRow *cells = &map->rows[grid->first_row + row];
	if (column >= cells->n_columns)
		return NULL;
	return &map->cells[cells->first_cell + column];
}

static gboolean
is_value_kind(CfClaimKind kind)
{
	switch (kind) {
	case CF_CLAIM_AMOUNT:
	case CF_CLAIM_NUMBER:
	case CF_CLAIM_SCORE:
	case CF_CLAIM_PERCENT:
	case CF_CLAIM_COUNT:
	case CF_CLAIM_QUANTITY:
	case CF_CLAIM_RATE:
		return TRUE;
	default:
		return FALSE;
	}
}

void
cf_check_context_index(CfCheckContext *ctx)
{
	ctx->tables = g_ptr_array_new();
	ctx->table_blocks = g_ptr_array_new();
	for (guint i = 0; i < ctx->document->blocks->len; i++) {
		const CfBlock *b = g_ptr_array_index(ctx->document->blocks, i);
		if (b->kind == CF_BLOCK_TABLE && b->table) {
			g_ptr_array_add(ctx->tables, b->table);
			g_ptr_array_add(ctx->table_blocks, (gpointer)b);
		}
	}
	CfCellMap *map = g_new0(CfCellMap, 1);
	ctx->cells = map;
	/* the rows and columns each table's claims name */
	guint n_in_cells = 0;
	for (guint i = 0; i < ctx->claims->len; i++) {
		const CfClaim *c = g_ptr_array_index(ctx->claims, i);
		if (!in_cell(c))
			continue;
		if ((guint)c->table >= map->n_grids) {
			guint n = MAX((guint)c->table + 1, 2 * map->n_grids);
			map->grids = g_renew(CellGrid, map->grids, n);
			memset(map->grids + map->n_grids, 0, (n - map->n_grids) * sizeof(CellGrid));
			map->n_grids = n;
		}
		CellGrid *grid = &map->grids[c->table];
		grid->n_rows = MAX(grid->n_rows, (guint)c->row + 1);
		grid->n_columns = MAX(grid->n_columns, (guint)c->cell_column + 1);
		n_in_cells++;
	}
	gsize n_rows = 0, n_scales = 0;
	for (guint t = 0; t < map->n_grids; t++) {
		map->grids[t].first_row = n_rows;
		map->grids[t].first_scale = n_scales;
		n_rows += map->grids[t].n_rows;
		n_scales += map->grids[t].n_columns;
	}
	/* the columns each row's claims name */
	map->rows = g_new0(CellRow, MAX(n_rows, 1));
	for (guint i = 0; i < ctx->claims->len; i++) {
		const CfClaim *c = g_ptr_array_index(ctx->claims, i);
		if (!in_cell(c))
			continue;
		CellRow *row = &map->rows[map->grids[c->table].first_row + c->row];
		row->n_columns = MAX(row->n_columns, (guint)c->cell_column + 1);
	}
	gsize n_cells = 0;
	for (gsize r = 0; r < n_rows; r++) {
		map->rows[r].first_cell = n_cells;
		n_cells += map->rows[r].n_columns;
	}
	map->cells = g_new0(CellEntry, MAX(n_cells, 1));
	map->scales = g_new(gint, MAX(n_scales, 1));
	for (gsize i = 0; i < n_scales; i++)
		map->scales[i] = -1;
	/* count each cell's claims, and the columns' scales */
	for (guint i = 0; i < ctx->claims->len; i++) {
		const CfClaim *c = g_ptr_array_index(ctx->claims, i);
		if (!in_cell(c))
			continue;
		cell_entry(map, c->table, c->row, c->cell_column)->n_claims++;
		if (!c->has_value || !is_value_kind(c->kind) || c->qualifier != CF_QUALIFIER_NONE)
			continue;
		gint *scale = &map->scales[map->grids[c->table].first_scale + c->cell_column];
		if (c->stated.scale > *scale)
			*scale = c->stated.scale;
	}
	/* then give each cell its place in one array and fill it in document order */
	guint next = 0;
	for (gsize i = 0; i < n_cells; i++) {
		map->cells[i].first = next;
		next += map->cells[i].n_claims;
		map->cells[i].n_claims = 0;
	}
	map->claims = g_new(const CfClaim *, MAX(n_in_cells, 1));
	for (guint i = 0; i < ctx->claims->len; i++) {
		const CfClaim *c = g_ptr_array_index(ctx->claims, i);
		if (!in_cell(c))
			continue;
		CellEntry *cell = cell_entry(map, c->table, c->row, c->cell_column);
		map->claims[cell->first + cell->n_claims++] = c;
	}
}

void
cf_check_context_index_clear(CfCheckContext *ctx)
{
	g_clear_pointer(&ctx->tables, g_ptr_array_unref);
	g_clear_pointer(&ctx->table_blocks, g_ptr_array_unref);
	if (ctx->cells) {
		g_free(ctx->cells->grids);
		g_free(ctx->cells->rows);
		g_free(ctx->cells->cells);
		g_free(ctx->cells->scales);
		g_free(ctx->cells->claims);
		g_clear_pointer(&ctx->cells, g_free);
	}
}

/* The finest scale of the plain values of a column, -1 when it holds none. */
static gint
column_scale(const CfCheckContext *context, guint table, guint column)
{
	const CfCellMap *map = context->cells;
	if (table >= map->n_grids || column >= map->grids[table].n_columns)
		return -1;
	return map->scales[map->grids[table].first_scale + column];
}

const CfClaim *const *
cf_check_cell_claims(const CfCheckContext *context, guint table, guint row, guint column,
		     guint *n_claims)
{
	const CellEntry *cell = cell_entry(context->cells, table, row, column);
	*n_claims = cell ? cell->n_claims : 0;
	return *n_claims ? context->cells->claims + cell->first : NULL;
}

const CfClaim *
cf_check_cell_value(const CfCheckContext *context, guint table, guint row, guint column)
{
	guint n;
	const CfClaim *const *list = cf_check_cell_claims(context, table, row, column, &n);
	const CfClaim *found = NULL;
	for (guint i = 0; i < n; i++) {
		const CfClaim *c = list[i];
		if (c->kind == CF_CLAIM_YEAR || c->kind == CF_CLAIM_ORDINAL)
			continue;
		if (found)
			return NULL;
		found = c;
	}
	return found && found->has_value && is_value_kind(found->kind) ? found : NULL;
}

CfTerm *
cf_check_term(const CfCheckContext *context, const CfClaim *claim)
{
	if (claim->table < 0 || claim->cell_column < 0 || claim->qualifier != CF_QUALIFIER_NONE ||
	    !claim->has_value)
		return cf_term_new_claim(claim);
	gint scale = column_scale(context, claim->table, claim->cell_column);
	if (scale <= claim->stated.scale)
		return cf_term_new_claim(claim);
	/* the column shows finer figures: this one is exact to the column's precision */
	CfDecimal precise;
	if (!cf_decimal_rescale(claim->stated, scale, &precise))
		return cf_term_new_claim(claim);
	CfInterval narrow;
	if (!cf_interval_shift(cf_interval_stated(precise), claim->unit_exponent, &narrow))
		return cf_term_new_claim(claim);
	return cf_term_new_claim_with_interval(claim, narrow);
}

void
cf_check_add_relation(CfCheckContext *context, CfRelation *relation)
{
	/* (a relation of a rule not reported is kept: the families read the same relations
	 * whichever rules are asked for) */
	relation->silent = !cf_check_rule_enabled(context, relation->rule);
	g_ptr_array_add(context->relations, relation);
}

static const char *
line_source(const CfCheckContext *ctx, guint line, gsize *length)
{
	return cf_document_line_text(ctx->document, line, length);
}

CfFinding *
cf_check_new_finding_at(CfCheckContext *context, const char *rule, CfSeverity severity, guint line,
			guint column, guint length)
{
	CfFinding *f = cf_finding_new(rule, severity);
	gsize n;
	const char *src = line_source(context, line, &n);
	cf_finding_set_primary_near(f, context->document->path, line, column, length, src,
				    (gssize)n, &context->source_cursor);
	g_ptr_array_add(context->findings, f);
	return f;
}

CfFinding *
cf_check_new_finding(CfCheckContext *context, const char *rule, CfSeverity severity,
		     const CfClaim *claim)
{
	return cf_check_new_finding_at(context, rule, severity, claim->line, claim->column,
				       claim->length);
}

/* A related place of @finding in the document (unless it has that place), with its line. */
static void
add_related(CfCheckContext *context, CfFinding *finding, guint line, guint column, guint length,
	    const char *note)
{
	gsize n;
	const char *src = line_source(context, line, &n);
	cf_finding_add_related_near(finding, context->document->path, line, column, length, src,
				    (gssize)n, note, &context->source_cursor);
}

void
cf_check_add_related_claim(CfCheckContext *context, CfFinding *finding, const CfClaim *claim,
			   const char *note)
{
	add_related(context, finding, claim->line, claim->column, claim->length, note);
}

void
cf_check_add_related_line(CfCheckContext *context, CfFinding *finding, guint line, guint column,
			  const char *note)
{
	add_related(context, finding, line, column, 0, note);
}

void
cf_check_report_shares_exceed(CfCheckContext *context, GPtrArray *shares, const char *object,
			      CfDecimal sum, const char *sign)
{
	const CfClaim *first = g_ptr_array_index(shares, 0);
	CfFinding *f =
		cf_check_new_finding(context, "shares-exceed-whole", CF_SEVERITY_ERROR, first);
	g_autoptr(GString) msg = g_string_new("shares");
	if (*object)
		cf_check_append_strings(msg, " ", object, NULL);
	cf_check_append(msg, " add up to ");
	cf_decimal_append(sum, msg);
	cf_check_append_strings(msg, sign, ": ", NULL);
	for (guint i = 0; i < shares->len; i++) {
		if (i > 0)
			cf_check_append(msg, " + ");
		cf_check_append_claim(msg, g_ptr_array_index(shares, i));
	}
	cf_check_append_strings(msg, ", more than the whole (100", sign, ")", NULL);
	cf_finding_set_text(f, &f->message, msg->str, (gssize)msg->len);
	g_autoptr(GString) computed = g_string_new(NULL);
	cf_decimal_append(sum, computed);
	cf_check_append(computed, sign);
	cf_finding_set_text(f, &f->computed, computed->str, (gssize)computed->len);
	g_autofree char *whole = g_strconcat("100", sign, NULL);
	cf_finding_set_text(f, &f->stated, whole, -1);
	for (guint i = 1; i < shares->len; i++)
		cf_check_add_related_claim(context, f, g_ptr_array_index(shares, i),
					   "another share");
}

void
cf_check_append_strings(GString *s, const char *first, ...)
{
	va_list args;
	va_start(args, first);
	/* copied in place while @s has room (a finding's text is many short pieces) */
	for (const char *p = first; p; p = va_arg(args, const char *))
		cf_check_append(s, p);
	va_end(args);
}

/* @value in decimal as %u writes it (at most 10 bytes, no NUL) at @out; returns the end. */
static char *
put_uint(char *out, guint value)
{
	char digits[16];
	int n = 0;
	do {
		digits[n++] = (char)('0' + value % 10);
		value /= 10;
	} while (value);
	while (n)
		*out++ = digits[--n];
	return out;
}

char *
cf_check_put_int(char *out, int value)
{
	if (value < 0)
		*out++ = '-';
	return put_uint(out, value < 0 ? 0u - (guint)value : (guint)value);
}

void
cf_check_append_uint(GString *s, guint value)
{
	char digits[16];
	cf_spill_put(s, digits, put_uint(digits, value) - digits);
}

/* The characters @a[0, @na) and @b[0, @nb) end with alike, and in *@bytes their bytes. */
static guint
common_tail_len(const char *a, gsize na, const char *b, gsize nb, gsize *bytes)
{
	const char *pa = a + na, *pb = b + nb, *ea = pa;
	guint chars = 0;
	while (pa > a && pb > b) {
		const char *ca = g_utf8_find_prev_char(a, pa), *cb = g_utf8_find_prev_char(b, pb);
		if (ca == NULL || cb == NULL || pa - ca != pb - cb || memcmp(ca, cb, pa - ca) != 0)
			break;
		pa = ca;
		pb = cb;
		chars++;
	}
	*bytes = (gsize)(ea - pa);
	return chars;
}

/* The characters @a and @b end with alike, and in *@bytes their bytes. */
static guint
common_tail(const char *a, const char *b, gsize *bytes)
{
	*bytes = 0;
	if (a == NULL || b == NULL)
		return 0;
	return common_tail_len(a, strlen(a), b, strlen(b), bytes);
}

/* The bytes of @label without an aside in parentheses it ends with (资产总额(账面净值)). */
static gsize
length_before_aside(const char *label)
{
	gsize n = strlen(label);
	gboolean wide = n >= 3 && memcmp(label + n - 3, "）", 3) == 0;
	if (!wide && !(n >= 1 && label[n - 1] == ')'))
		return n;
	const char *open = wide ? g_strrstr_len(label, (gssize)n, "（")
				: g_strrstr_len(label, (gssize)n, "(");
	return open && open > label ? (gsize)(open - label) : n;
}

guint
cf_check_label_common_tail(const char *a, const char *b)
{
	gsize bytes;
	return common_tail(a, b, &bytes);
}

guint
cf_check_label_common_tail_bytes(const char *a, const char *b, gsize *bytes)
{
	return common_tail(a, b, bytes);
}

/* TRUE when text[0, @length) holds a character that is no ASCII digit (a subject's name). */
static gboolean
names_more_than_digits(const char *text, gsize length)
{
	for (gsize k = 0; k < length; k++)
		if (!g_ascii_isdigit(text[k]))
			return TRUE;
	return FALSE;
}

gboolean
cf_check_labels_of_other_subjects(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return FALSE;
	/* (an aside after the measure qualifies it: 资产总额(账面净值) is 资产总额) */
	gsize tail, la = length_before_aside(a), lb = length_before_aside(b);
	if (common_tail_len(a, la, b, lb, &tail) < 2)
		return FALSE;
	return la > tail && lb > tail && names_more_than_digits(a, la - tail) &&
	       names_more_than_digits(b, lb - tail);
}

/* Appends what @claim's figures are written in: % for a percentage (a percentage in a unit
 * of its own, ‰, and points are shown in it), else its unit, if any. */
static void
append_unit(GString *out, const CfClaim *claim)
{
	if (claim->kind == CF_CLAIM_PERCENT && !cf_claim_is_points(claim) &&
	    claim->unit_exponent == 0)
		g_string_append_c(out, '%');
	else if (claim->unit)
		cf_check_append(out, claim->unit);
}

void
cf_check_append_value(GString *out, CfDecimal value, const CfClaim *like)
{
	int exponent = like ? like->unit_exponent : 0;
	CfDecimal shown;
	if (!cf_decimal_shift(value, -exponent, &shown))
		shown = value;
	cf_decimal_append(cf_decimal_trim(shown), out);
	if (like)
		append_unit(out, like);
}

void
cf_check_append_claim(GString *out, const CfClaim *claim)
{
	if (!claim->has_value) {
		cf_check_append(out, claim->text ? claim->text : "?");
		return;
	}
	cf_decimal_append(claim->stated, out);
	append_unit(out, claim);
}

/* Sets up a context for one document: the cell index and column precision families use. */
static void
context_init(CfCheckContext *ctx, const CfLexicon *lexicon, const CfDocument *doc,
	     GPtrArray *claims, const CfCheckOptions *options)
{
	*ctx = (CfCheckContext){0};
	ctx->lexicon = lexicon;
	ctx->document = doc;
	ctx->claims = claims;
	ctx->options = options;
	ctx->norm_whole = memchr(doc->norm, '\0', doc->norm_length) == NULL;
	ctx->relations = g_ptr_array_new_with_free_func((GDestroyNotify)cf_relation_free);
	ctx->findings = g_ptr_array_new_with_free_func((GDestroyNotify)cf_finding_free);
	cf_check_context_index(ctx);
	for (gsize i = 0; i < G_N_ELEMENTS(families); i++)
		families[i]->run(ctx);
}

static void
context_clear(CfCheckContext *ctx)
{
	cf_check_context_index_clear(ctx);
	g_clear_pointer(&ctx->relations, g_ptr_array_unref);
	g_clear_pointer(&ctx->findings, g_ptr_array_unref);
	g_clear_pointer(&ctx->table_set, cf_table_set_free);
	g_clear_pointer(&ctx->cell_passages, g_hash_table_unref);
	g_clear_pointer(&ctx->passages, cf_prose_passages_free);
	g_clear_pointer(&ctx->prose_found, cf_prose_found_free);
	g_clear_pointer(&ctx->sentence_views, g_array_unref);
	g_clear_pointer(&ctx->sentences, g_ptr_array_unref);
	g_clear_pointer(&ctx->money_roles, g_free);
	g_clear_pointer(&ctx->breakdowns, g_hash_table_unref);
}

GPtrArray *
cf_check_document(const CfLexicon *lexicon, const CfDocument *doc, GPtrArray *claims,
		  const CfCheckOptions *options)
{
	CfCheckContext ctx;
	context_init(&ctx, lexicon, doc, claims, options);
	cf_check_evaluate_relations(&ctx);

	/* findings of disabled rules may come from direct reports: drop them here */
	for (guint i = ctx.findings->len; i-- > 0;) {
		CfFinding *f = g_ptr_array_index(ctx.findings, i);
		if (!cf_check_rule_enabled(&ctx, f->rule))
			g_ptr_array_remove_index(ctx.findings, i);
	}
	g_ptr_array_sort(ctx.findings, cf_finding_compare_ptr);
	/* the same finding reached twice (two families, two paths) is reported once */
	for (guint i = ctx.findings->len; i-- > 1;) {
		const CfFinding *a = g_ptr_array_index(ctx.findings, i - 1);
		const CfFinding *b = g_ptr_array_index(ctx.findings, i);
		if (cf_finding_compare(a, b) == 0)
			g_ptr_array_remove_index(ctx.findings, i);
	}
	GPtrArray *findings = g_steal_pointer(&ctx.findings);
	context_clear(&ctx);
	return findings;
}

GPtrArray *
cf_check_document_relations(const CfLexicon *lexicon, const CfDocument *doc, GPtrArray *claims)
{
	CfCheckContext ctx;
	context_init(&ctx, lexicon, doc, claims, NULL);
	GPtrArray *relations = g_steal_pointer(&ctx.relations);
	context_clear(&ctx);
	return relations;
}

guint
cf_check_claim_index(const CfCheckContext *ctx, const CfClaim *claim)
{
	/* claims are in document order: a binary search on the start offset, then the few
	 * claims that start at the same byte (and, should the order fail, a search of all) */
	guint low = 0, high = ctx->claims->len;
	while (low < high) {
		guint mid = low + (high - low) / 2;
		const CfClaim *m = g_ptr_array_index(ctx->claims, mid);
		if (m->range.start < claim->range.start)
			low = mid + 1;
		else
			high = mid;
	}
	for (guint i = low; i < ctx->claims->len; i++) {
		const CfClaim *m = g_ptr_array_index(ctx->claims, i);
		if (m == claim)
			return i;
		if (m->range.start > claim->range.start)
			break;
	}
	guint at;
	return g_ptr_array_find(ctx->claims, claim, &at) ? at : G_MAXUINT;
}
