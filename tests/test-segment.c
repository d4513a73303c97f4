/* test-segment.c — headings, sentences, tables and metadata found by cf_segment_document().
 *
 * Seed reports come from corpus/ (under CROSSFOOT_SOURCE_ROOT); until ingest lands the
 * documents are built here with text == norm (the seeds have ASCII digits). */
#include <string.h>

#include "segment/cf-segment-private.h"
#include "segment/cf-segment.h"

#include "cf-test-random.h"

/* ---- helpers ---- */

static CfDocument *
document_from_text(const char *text, gsize length)
{
	CfDocument *doc = cf_document_new("test.txt");
	cf_document_set_text(doc, g_strndup(text, length), length, g_strndup(text, length), length,
			     NULL);
	cf_segment_document(doc);
	return doc;
}

static CfDocument *
document_from_string(const char *text)
{
	return document_from_text(text, strlen(text));
}

/* corpus/<prefix>_*.txt, segmented */
static CfDocument *
document_from_seed(const char *prefix)
{
	const char *root = g_getenv("CROSSFOOT_SOURCE_ROOT");
	g_autofree char *dir = g_build_filename(root ? root : ".", "corpus", NULL);
	g_autoptr(GDir) listing = g_dir_open(dir, 0, NULL);
	g_assert_nonnull(listing);
	g_autofree char *start = g_strconcat(prefix, "_", NULL);
	for (const char *name; (name = g_dir_read_name(listing)) != NULL;) {
		if (!g_str_has_prefix(name, start) || !g_str_has_suffix(name, ".txt"))
			continue;
		g_autofree char *path = g_build_filename(dir, name, NULL);
		g_autofree char *text = NULL;
		gsize length = 0;
		g_assert_true(g_file_get_contents(path, &text, &length, NULL));
		return document_from_text(text, length);
	}
	g_assert_not_reached();
	return NULL;
}

static const CfBlock *
block_at(const CfDocument *doc, guint i)
{
	g_assert_cmpuint(i, <, doc->blocks->len);
	return doc->blocks->pdata[i];
}

static guint
count_kind(const CfDocument *doc, CfBlockKind kind)
{
	guint n = 0;
	for (guint i = 0; i < doc->blocks->len; i++)
		n += block_at(doc, i)->kind == kind;
	return n;
}

/* The @n-th table (0-based) of @doc. */
static const CfTable *
table_at(const CfDocument *doc, guint n)
{
	for (guint i = 0; i < doc->blocks->len; i++) {
		const CfBlock *block = block_at(doc, i);
		if (block->kind == CF_BLOCK_TABLE && n-- == 0)
			return block->table;
	}
	g_assert_not_reached();
	return NULL;
}

static const CfRow *
row_at(const CfTable *table, guint i)
{
	g_assert_cmpuint(i, <, table->rows->len);
	return table->rows->pdata[i];
}

static const CfCell *
cell_at(const CfRow *row, guint i)
{
	g_assert_cmpuint(i, <, row->n_cells);
	return &row->cells[i];
}

static const CfCell *
last_cell(const CfRow *row)
{
	return cell_at(row, row->n_cells - 1);
}

/* The cell of @row in @column, or NULL. */
static const CfCell *
cell_in_column(const CfRow *row, guint column)
{
	for (guint i = 0; i < row->n_cells; i++)
		if (cell_at(row, i)->column == column)
			return cell_at(row, i);
	return NULL;
}

static char *
text_of(const CfDocument *doc, CfRange range)
{
	return cf_document_dup_range(doc, range);
}

static void
assert_cell(const CfDocument *doc, const CfCell *cell, const char *text, guint line)
{
	g_assert_nonnull(cell);
	g_autofree char *got = text_of(doc, cell->range);
	g_assert_cmpstr(got, ==, text);
	g_assert_cmpuint(cell->line, ==, line);
}

/* The line of the last character of @range. */
static guint
end_line(const CfDocument *doc, CfRange range)
{
	guint line = 0;
	cf_document_locate(doc, range.end - 1, &line, NULL);
	return line;
}

static int
column_labelled(const CfTable *table, const char *label)
{
	for (guint c = 0; c < table->n_columns; c++)
		if (g_strcmp0(table->column_labels[c], label) == 0)
			return (int)c;
	return -1;
}

/* Every table's invariants: header rows first, columns in range and increasing. */
static void
assert_table_invariants(const CfTable *table)
{
	g_assert_nonnull(table->column_labels);
	g_assert_cmpuint(g_strv_length(table->column_labels), ==, table->n_columns);
	for (guint r = 0; r < table->rows->len; r++) {
		const CfRow *row = row_at(table, r);
		g_assert_cmpint(row->header, ==, r < table->n_header_rows);
		for (guint i = 0; i < row->n_cells; i++) {
			const CfCell *cell = cell_at(row, i);
			g_assert_cmpuint(cell->column, <, table->n_columns);
			g_assert_cmpuint(cell->range.start, <=, cell->range.end);
			if (i > 0)
				g_assert_cmpuint(cell->column, >, cell_at(row, i - 1)->column);
		}
	}
}

static void
assert_all_tables(const CfDocument *doc)
{
	for (guint i = 0; i < doc->blocks->len; i++)
		if (block_at(doc, i)->kind == CF_BLOCK_TABLE)
			assert_table_invariants(block_at(doc, i)->table);
}

/* ---- tables from the seeds ---- */

static void
test_table_seed001_first(void)
{
	g_autoptr(CfDocument) doc = document_from_seed("001");
	assert_all_tables(doc);
	g_assert_cmpuint(count_kind(doc, CF_BLOCK_TABLE), ==, 2);
	const CfTable *table = table_at(doc, 0);
	g_assert_cmpuint(table->n_columns, ==, 4);
	g_assert_cmpuint(table->n_header_rows, ==, 1);
	g_assert_cmpuint(table->rows->len - table->n_header_rows, ==, 23);
	g_assert_cmpuint(table->first_line, ==, 9);
	g_assert_cmpuint(table->last_line, ==, 129);
	g_assert_cmpstr(table->column_labels[3], ==, "预算金额（单位：万元）");
	g_assert_cmpstr(table->unit_text, ==, "万元");
	g_assert_cmpuint(table->unit_line, ==, 12);
	g_assert_cmpstr(table->column_units[3], ==, "万元");
	g_assert_null(table->column_units[0]);

	const CfRow *first = row_at(table, 1);
	g_assert_cmpuint(first->line, ==, 14);
	assert_cell(doc, cell_at(first, 0), "离休暨县级退休干部管理经费", 14);
	assert_cell(doc, last_cell(first), "37.98", 17);
	g_assert_cmpuint(last_cell(first)->column, ==, 3);

	gboolean seen_service = FALSE, seen_party = FALSE;
	for (guint r = 1; r < table->rows->len; r++) {
		const CfRow *row = row_at(table, r);
		g_assert_cmpuint(row->n_cells, ==, 4);
		g_assert_false(row->total);
		g_autofree char *item = text_of(doc, cell_at(row, 0)->range);
		if (g_str_equal(item, "社区、村党组织服务群众专项经费")) {
			assert_cell(doc, last_cell(row), "4,95", 119);
			seen_service = TRUE;
		} else if (g_str_equal(item, "基层党建经费")) {
			const CfCell *description = cell_at(row, 2);
			g_assert_cmpuint(description->line, ==, 106);
			g_assert_cmpuint(end_line(doc, description->range), ==, 108);
			g_autofree char *text = text_of(doc, description->range);
			g_assert_true(g_str_has_prefix(text, "1、干部培训400万元；"));
			g_assert_nonnull(strstr(text, "经费：\n\n100000元。"));
			assert_cell(doc, last_cell(row), "2034.2", 109);
			seen_party = TRUE;
		}
	}
	g_assert_true(seen_service);
	g_assert_true(seen_party);
}

/* A lowest header row whose labels end in empty cells, over data rows that each fill more
 * columns: the labels stand over the last filled columns (the row-name column has none). */
static void
test_table_header_trailing_empties(void)
{
	g_autoptr(CfDocument) doc = document_from_string(
		"医疗收入 | 财政补助收入 | 科教项目收入 | 其他收入 | ||\n"
		"综合医院合计 | 425,072.64 | 377,648.80 | 36,172.97 | 2,080.19 | 9,170.67 |\n"
		"部属 | 5,211,940.08 | 4,653,828.96 | 228,202.60 | 131,268.56 | 198,639.96 |\n");
	const CfTable *table = table_at(doc, 0);
	assert_table_invariants(table);
	g_assert_cmpint(column_labelled(table, "医疗收入"), ==, 2);
	g_assert_cmpint(column_labelled(table, "其他收入"), ==, 5);
	/* as many empties as the data rows have after their figures: no shift */
	g_autoptr(CfDocument) same = document_from_string("项目 | 预算数 | 执行数 | |\n"
							  "甲 | 100 | 90 | |\n乙 | 50 | 40 | |\n");
	const CfTable *kept = table_at(same, 0);
	g_assert_cmpint(column_labelled(kept, "项目"), ==, 0);
	g_assert_cmpint(column_labelled(kept, "执行数"), ==, 2);
	/* a data row that fills no more than the labels: no shift */
	g_autoptr(CfDocument) short_row = document_from_string(
		"项目 | 预算数 | 执行数 | ||\n甲 | 100 | 90 | 80 |\n乙 | 50 | 40 | |\n");
	g_assert_cmpint(column_labelled(table_at(short_row, 0), "项目"), ==, 0);
}

static void
test_table_seed001_second(void)
{
	g_autoptr(CfDocument) doc = document_from_seed("001");
	const CfTable *table = table_at(doc, 1);
	static const char *const labels[] = {
		"项目名称", "项目类型", "资金用途、使用方向", "预算金额/指标总额",
		"预算金额/其中：区级资金", "支出金额/支出总额", "支出金额/其中：区级资金",
	};
	g_assert_cmpuint(table->n_columns, ==, G_N_ELEMENTS(labels));
	for (guint c = 0; c < G_N_ELEMENTS(labels); c++)
		g_assert_cmpstr(table->column_labels[c], ==, labels[c]);
	g_assert_cmpuint(table->n_header_rows, ==, 2);
	g_assert_cmpuint(table->rows->len - table->n_header_rows, ==, 23);
	g_assert_cmpstr(table->unit_text, ==, "万元");
	g_assert_cmpuint(table->unit_line, ==, 133);
	g_assert_cmpuint(table->first_line, ==, 134);
	g_assert_cmpuint(table->last_line, ==, 334);

	/* the second header row: 指标 / blank line / 总额 is one cell */
	const CfRow *header = row_at(table, 1);
	const CfCell *total = cell_in_column(header, 3);
	assert_cell(doc, total, "指标\n\n总额", 143);
	g_assert_cmpuint(end_line(doc, total->range), ==, 145);
	/* the upper header row spans its groups */
	g_assert_null(cell_in_column(row_at(table, 0), 4));
	assert_cell(doc, cell_in_column(row_at(table, 0), 5), "支出金额", 138);

	const CfRow *party = row_at(table, 2 + 18);
	assert_cell(doc, cell_at(party, 0), "基层党建经费", 294);
	assert_cell(doc, cell_in_column(party, 5), "1372.2023", 301);
	/* a trailing empty cell keeps its place */
	const CfCell *empty = cell_in_column(party, 6);
	g_assert_nonnull(empty);
	g_assert_cmpuint(empty->range.start, ==, empty->range.end);
	g_assert_cmpuint(empty->line, ==, 302);
}

static void
test_table_seed000_total_row(void)
{
	g_autoptr(CfDocument) doc = document_from_seed("000");
	assert_all_tables(doc);
	g_assert_cmpuint(count_kind(doc, CF_BLOCK_TABLE), ==, 1);
	const CfTable *table = table_at(doc, 0);
	g_assert_cmpuint(table->n_columns, ==, 7);
	g_assert_cmpuint(table->n_header_rows, ==, 2);
	g_assert_cmpuint(table->rows->len, ==, 4);
	g_assert_cmpstr(table->unit_text, ==, "万元");
	g_assert_cmpuint(table->unit_line, ==, 8);
	g_assert_cmpstr(table->column_labels[3], ==, "预算金额/指标总额");
	g_assert_cmpstr(table->column_labels[6], ==, "支出金额/其中：区级资金");

	const CfRow *data = row_at(table, 2);
	const CfRow *total = row_at(table, 3);
	g_assert_false(data->total);
	g_assert_true(total->total);
	g_assert_cmpuint(total->line, ==, 32);
	g_assert_cmpuint(total->n_cells, <, table->n_columns);
	static const char *const numbers[] = {"1900", "1900", "2000", "2000"};
	for (guint i = 0; i < G_N_ELEMENTS(numbers); i++) {
		const CfCell *d = cell_at(data, 3 + i);
		const CfCell *t = cell_at(total, total->n_cells - G_N_ELEMENTS(numbers) + i);
		assert_cell(doc, d, numbers[i], 27 + i);
		assert_cell(doc, t, numbers[i], 33 + i);
		g_assert_cmpuint(t->column, ==, d->column);
		g_assert_cmpuint(t->column, ==, 3 + i);
		g_assert_true(d->numeric);
		g_assert_true(t->numeric);
	}
	/* the label of the merged cell stays left of the numbers */
	const CfCell *label = cell_at(total, 1);
	assert_cell(doc, label, "合计", 32);
	g_assert_false(label->numeric);
	g_assert_cmpuint(label->column, <, 3);
}

static void
test_table_seed003_scores(void)
{
	g_autoptr(CfDocument) doc = document_from_seed("003");
	assert_all_tables(doc);
	/* split into its sections: project facts, funds, goals, indicators */
	static const struct {
		guint first_line, last_line, n_columns, n_header_rows, n_rows;
	} sections[] = {
		{40, 46, 4, 0, 2},
		{48, 95, 8, 1, 5},
		{97, 103, 3, 1, 2},
		{105, 244, 9, 2, 14},
	};
	g_assert_cmpuint(count_kind(doc, CF_BLOCK_TABLE), ==, G_N_ELEMENTS(sections));
	for (guint i = 0; i < G_N_ELEMENTS(sections); i++) {
		const CfTable *table = table_at(doc, i);
		g_assert_cmpuint(table->first_line, ==, sections[i].first_line);
		g_assert_cmpuint(table->last_line, ==, sections[i].last_line);
		g_assert_cmpuint(table->n_columns, ==, sections[i].n_columns);
		g_assert_cmpuint(table->n_header_rows, ==, sections[i].n_header_rows);
		g_assert_cmpuint(table->rows->len, ==, sections[i].n_rows);
	}

	/* funds: the unit in the first header cell is the table's */
	const CfTable *funds = table_at(doc, 1);
	g_assert_cmpstr(funds->column_labels[0], ==, "项目资金（万元）");
	g_assert_cmpstr(funds->column_labels[2], ==, "年初预算数");
	g_assert_cmpstr(funds->unit_text, ==, "万元");
	g_assert_cmpuint(funds->unit_line, ==, 49);
	g_assert_null(table_at(doc, 3)->unit_text);

	/* indicators: 绩效指标 and the header row below it are one row */
	const CfTable *indicators = table_at(doc, 3);
	static const char *const labels[] = {
		"绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值",
		"实际完成值", "分值", "得分", "偏差原因分析及改进措施",
	};
	for (guint c = 0; c < G_N_ELEMENTS(labels); c++)
		g_assert_cmpstr(indicators->column_labels[c], ==, labels[c]);

	const CfRow *total = row_at(indicators, indicators->rows->len - 1);
	g_assert_true(total->total);
	assert_cell(doc, cell_at(total, 0), "总分", 242);
	assert_cell(doc, cell_in_column(total, 6), "100分", 243);
	assert_cell(doc, cell_in_column(total, 7), "7.13", 244);

	/* every 得分 cell of every section, in order */
	static const struct {
		const char *text;
		guint line;
	} scores[] = {
		{"10", 68}, {"7", 132}, {"7", 142}, {"6", 152}, {"10", 162},
		{"7.13", 172}, {"10", 182}, {"20", 208}, {"10", 229}, {"10", 239},
	};
	guint found = 0;
	for (guint t = 0; t < G_N_ELEMENTS(sections); t++) {
		const CfTable *table = table_at(doc, t);
		int column = column_labelled(table, "得分");
		if (column < 0)
			continue;
		for (guint r = table->n_header_rows; r < table->rows->len; r++) {
			const CfRow *row = row_at(table, r);
			const CfCell *cell = cell_in_column(row, (guint)column);
			if (row->total || cell == NULL || cell->range.start == cell->range.end)
				continue;
			g_assert_cmpuint(found, <, G_N_ELEMENTS(scores));
			assert_cell(doc, cell, scores[found].text, scores[found].line);
			found++;
		}
	}
	g_assert_cmpuint(found, ==, G_N_ELEMENTS(scores));

	/* "产出指标 / blank / (50分)" continues its cell; so does the lone "（40分）" */
	const CfRow *output = row_at(indicators, 2);
	assert_cell(doc, cell_at(output, 1), "产出指标\n\n(50分)", 124);
	g_assert_cmpuint(output->n_cells, ==, 9);
	const CfRow *benefit = row_at(indicators, 8);
	assert_cell(doc, cell_at(benefit, 1), "效益指标\n\n（40分）", 186);
	g_assert_cmpuint(benefit->n_cells, ==, 9);
}

/* ---- tables: rules on small inputs ---- */

typedef struct {
	const char *name;
	const char *text;
	guint n_tables;
	guint n_paragraphs;
	guint n_headings;
	const char *first_row_cells; /* the first table's second row, cells joined by '|' */
} RowCase;

static const RowCase row_cases[] = {
	{"continuation-after-blank", "\tA\n\tB\n\tC\n\n\tx\n\n续行\n\ty\n\tz\n", 1, 0, 0,
	 "x\n\n续行|y|z"},
	{"continuation-without-blank", "\tA\n\tB\n\n\tx\n第二行\n\ty\n", 1, 0, 0, "x\n第二行|y"},
	{"complete-row-ends", "\tA\n\tB\n\n\tx\n\ty\n\n说明文字\n\tC\n\tD\n", 2, 1, 0, "x|y"},
	{"first-row-never-incomplete", "\tA\n\n说明\n\tB\n", 2, 1, 0, NULL},
	{"heading-ends-table", "\tA\n\tB\n\tC\n\n\t合计\n\t5\n\n（二）下一节\n\tX\n", 2, 0, 1,
	 "合计|5"},
	{"unit-line-ends-table", "\tA\n\tB\n\tC\n\n\t合计\n\t5\n\n单位：元\n\tX\n", 2, 1, 0,
	 "合计|5"},
	{"short-fragment-before-gap", "\tA\n\tB\n\tC\n\n\tx\n\n（4分）\n\n\ty\n\tz\n", 1, 0, 0,
	 "x\n\n（4分）|y|z"},
	{"long-fragment-before-gap",
	 "\tA\n\tB\n\tC\n\n\tx\n\n这是一段比较长的正文说明文字超过十个字\n\n\ty\n", 2, 1, 0, "x"},
	{"fragment-gap-too-long", "\tA\n\tB\n\tC\n\n\tx\n\n（4分）\n\n\n\n\ty\n", 2, 1, 0, "x"},
	{"double-tab-empty-cell", "\tA\n\tB\n\tC\n\n\t\t合计\n\t5\n", 1, 0, 0, "|合计|5"},
	{"blank-lines-between-rows", "\tA\n\n\n\n\tB\n", 1, 0, 0, "B"},
	{"spaces-only-line-is-blank", "\tA\n  \n\tB\n", 1, 0, 0, "B"},
	{"cell-trimmed", "\tA\n\n\t  x \xE3\x80\x80 \n", 1, 0, 0, "x"},
	{"cell-artefact", "\tA\n\tB\n\n\t[bookmark: _GoBack]合计\n\t5\n", 1, 0, 0, "合计|5"},
	/* a row a line: cells between | (Markdown, a web page as text) or TABs (copied cells) */
	{"pipe-rows", "| 项目 | 金额 |\n|:---|---:|\n| 甲 | 5 |\n| 合计 | 5 |\n", 1, 0, 0, "甲|5"},
	{"pipe-rows-without-border", "项目 | 金额\n甲 | 5\n", 1, 0, 0, "甲|5"},
	{"pipe-rows-empty-cells", "| A | B | C |\n|  | 合计 | 5 |\n", 1, 0, 0, "|合计|5"},
	{"pipe-rows-grid-rules", "+----+----+\n| A | B |\n+====+====+\n| x | 5 |\n+----+----+\n", 1,
	 0, 0, "x|5"},
	{"pipe-rows-then-text", "| A | B |\n| x | 5 |\n说明文字\n", 1, 1, 0, "x|5"},
	/* a row of empty cells is skipped as a rule line: the table goes on after it */
	{"pipe-rows-empty-row", "| A | B | C |\n|  |  |  |\n| x | 5 | 6 |\n| 合计 | 5 | 6 |\n", 1, 0,
	 0, "x|5|6"},
	{"pipe-row-empty-alone", "说明文字\n|  |  |  |\n说明文字\n", 0, 3, 0, NULL},
	/* a table scraped a cell a line, a | after each cell: the header's labels, then rows of
	 * as many cells, a label and figures; a row cut short stays text */
	{"cell-lines", "单位:万元\n项目 |\n预算数 |\n决算数 |\n合计 |\n49.9 |\n7.69 |\n"
		       "因公出国(境)费 |\n20 |\n|\n公务接待费 |\n14.9 |\n5.21 |\n公务用车购置费 |\n",
	 1, 2, 0, "合计|49.9|7.69"},
	/* two tables side by side a cell a line (收入 | 执行数 | 支出 | 执行数): the second half
	 * names its rows too, a line of pipes alone holds empty cells, and the last row may end
	 * with the first half */
	{"cell-lines-two-sided",
	 "收入 |\n执行数 |\n支出 |\n执行数 |\n总计 |\n155.41 |\n总计 |\n155.41 |\n一、本级收入 |\n"
	 "30.09 |\n一、本级支出 |\n125.05 |\n税收收入 |\n14.26 |\n||\n上年结转 |\n2.5 |\n",
	 2, 0, 0, "总计|155.41"},
	/* …and halves not alike are no table: a header starting after 收入 | 执行数 | would be a
	 * column off */
	{"cell-lines-two-sided-needs-halves-alike",
	 "收入 |\n执行数 |\n支出 |\n预算数 |\n总计 |\n155.41 |\n总计 |\n155.41 |\n一、本级收入 |\n"
	 "30.09 |\n一、本级支出 |\n125.05 |\n",
	 0, 12, 0, NULL},
	/* each cell on a line of its own and its | on the next (r64-12, r74-17): the unit line
	 * above stays text */
	{"cell-lines-bar-below",
	 "单位:亿元\n|\n指 标\n|\n绝对数\n|\n比上年增长%\n|\n生产总值\n|\n295.4\n|\n7.7\n|\n"
	 "第一产业\n|\n24.4\n|\n3.3\n|\n第二产业\n|\n210.1\n|\n11.6\n|\n",
	 1, 2, 0, "生产总值|295.4|7.7"},
	/* a row naming a section, its cells empty, goes on with the table (r71-35) */
	{"cell-lines-section-row",
	 "指 标\n|\n2020年\n|\n2019年\n|\n一、公共汽电车\n|\n|\n|\n1、运营车数(辆)\n|\n8747\n|\n"
	 "8700\n|\n2、标准运营车数(标台)\n|\n10456\n|\n10550\n|\n",
	 1, 0, 0, "一、公共汽电车||"},
	/* a header with a label before it that is no unit line is a column off (年度 over the
	 * years, then 合计 …: r63-16): no table */
	{"cell-lines-label-before",
	 "年度\n|\n合计\n|\n公务接待费\n|\n2015年\n|\n2840\n|\n2016年\n|\n2364\n|\n"
	 "2017年\n|\n2100\n|\n",
	 0, 18, 0, NULL},
	{"cell-lines-one-row-is-text", "项目 |\n预算数 |\n决算数 |\n合计 |\n49.9 |\n7.69 |\n", 0, 6,
	 0, NULL},
	/* a 自评表's indicators a cell a line: rows named = or % are no table */
	{"cell-lines-indicators-are-text",
	 "产出指标 |\n数量指标 |\n发放覆盖率 |\n= |\n100 |\n% |\n|\n60 |\n|\n", 0, 9, 0, NULL},
	{"pipe-rows-blank-line-ends", "| A | B |\n| x | 5 |\n\n| C | D |\n| y | 6 |\n", 2, 0, 0,
	 "x|5"},
	{"pipe-line-alone-is-text", "联系：甲 | 乙 | 丙\n正文\n", 0, 2, 0, NULL},
	{"rule-line-alone-is-text", "|---|---|\n正文\n", 0, 2, 0, NULL},
	{"tab-rows", "项目\t金额\n甲\t5\n", 1, 0, 0, "甲|5"},
	{"tab-rows-first-cells-empty", "A\tB\tC\n\t合计\t5\n", 1, 0, 0, "|合计|5"},
	{"tab-row-alone-is-text", "说明\t文字\n正文\n", 0, 2, 0, NULL},
	{"tab-row-alone-in-cells", "\t项目\t金额\n\t甲\n\t5\n", 1, 0, 0, NULL},
	{"cells-then-pipe-rows", "\tA\n\tB\n\n| C | D |\n| y | 6 |\n", 2, 0, 0, NULL},
	/* columns set apart by spaces (a PDF's text in its layout) */
	{"layout-columns",
	 "项目名称    预算数    执行数\n甲项目      210       205.6\n乙项目      95        91.3\n"
	 "合计        305       296.9\n",
	 1, 0, 0, "甲项目|210|205.6"},
	{"layout-cells-placed-by-position",
	 "科目          合计      基本      项目\n甲类支出      50        30        20\n"
	 "乙类支出      10        10\n合计          60        40        20\n",
	 1, 0, 0, "甲类支出|50|30|20"},
	{"layout-first-cell-empty",
	 "指标      分值    得分\n          20      18\n质量      15      15\n", 1, 0, 0, "|20|18"},
	{"layout-blank-line-between-rows",
	 "项目    金额    比例\n\n甲      5       50%\n\n乙      5       50%\n", 1, 0, 0, "甲|5|50%"},
	{"layout-two-lines-are-text", "项目    金额\n甲      5\n", 0, 2, 0, NULL},
	{"layout-without-figures-is-text", "项目    说明\n甲      文字\n乙      文字\n", 0, 3, 0, NULL},
	{"layout-spaces-in-prose-are-text",
	 "本年收入  581.45万元，较上年增长5%，主要用于人员支出。\n"
	 "其中财政拨款  390.55万元，占67.2%  主要用于  日常运转。\n"
	 "其他收入  190.9万元，比上年减少  3万元。\n",
	 0, 3, 0, NULL},
	{"layout-justified-text-is-text",
	 "甲乙  丙丁  12  戊己庚辛  壬癸\n甲乙丙丁  戊己  34  庚辛  壬癸\n甲  乙丙丁戊己  56  庚辛壬癸\n", 0, 3,
	 0, NULL},
};

/* @row's cells: their texts between '|', or with @columns "column:text" between spaces. */
static char *
cells_text(const CfDocument *doc, const CfRow *row, gboolean columns)
{
	GString *joined = g_string_new(NULL);
	for (guint i = 0; i < row->n_cells; i++) {
		g_autofree char *text = text_of(doc, cell_at(row, i)->range);
		if (columns)
			g_string_append_printf(joined, "%s%u:%s", i ? " " : "",
					       cell_at(row, i)->column, text);
		else
			g_string_append_printf(joined, "%s%s", i ? "|" : "", text);
	}
	return g_string_free(joined, FALSE);
}

static void
test_table_rows(gconstpointer data)
{
	const RowCase *c = data;
	g_autoptr(CfDocument) doc = document_from_string(c->text);
	assert_all_tables(doc);
	g_assert_cmpuint(count_kind(doc, CF_BLOCK_TABLE), ==, c->n_tables);
	g_assert_cmpuint(count_kind(doc, CF_BLOCK_PARAGRAPH), ==, c->n_paragraphs);
	g_assert_cmpuint(count_kind(doc, CF_BLOCK_HEADING), ==, c->n_headings);
	if (c->first_row_cells == NULL)
		return;
	g_autofree char *got = cells_text(doc, row_at(table_at(doc, 0), 1), FALSE);
	g_assert_cmpstr(got, ==, c->first_row_cells);
}

/* A 收入支出决算总表: income on the left, spending on the right, one row of each a line.
 * Read as two tables, so that each figure is named by the item of its own half. */
static const char paired_word[] =
	"\t收入\n\t支出\n\n\t项目\n\t决算数\n\t项目\n\t决算数\n\n"
	"\t一、财政拨款收入\n\t110.00\n\t一、一般公共服务支出\n\t100.00\n\n"
	"\t二、其他收入\n\t10.00\n\t二、文化旅游体育与传媒支出\n\t35.00\n\n"
	"\t本年收入合计\n\t120.00\n\t本年支出合计\n\t135.00\n\n"
	"\t年初结转和结余\n\t20.00\n\t\n\t\n\n"
	"\t总计\n\t140.00\n\t总计\n\t135.00\n";
static const char paired_pipes[] =
	"| 项目 | 决算数 | 项目 | 决算数 |\n|---|---|---|---|\n"
	"| 一、财政拨款收入 | 110.00 | 一、一般公共服务支出 | 100.00 |\n"
	"| 二、其他收入 | 10.00 | 二、文化旅游体育与传媒支出 | 35.00 |\n"
	"| 本年收入合计 | 120.00 | 本年支出合计 | 135.00 |\n"
	"| 年初结转和结余 | 20.00 | | |\n"
	"| 总计 | 140.00 | 总计 | 135.00 |\n";

static void
test_table_paired(void)
{
	const char *const texts[] = {paired_word, paired_pipes};
	for (guint i = 0; i < G_N_ELEMENTS(texts); i++) {
		g_autoptr(CfDocument) doc = document_from_string(texts[i]);
		assert_all_tables(doc);
		g_assert_cmpuint(count_kind(doc, CF_BLOCK_TABLE), ==, 2);
		const CfTable *income = table_at(doc, 0), *spending = table_at(doc, 1);
		g_assert_cmpuint(income->n_columns, ==, 2);
		g_assert_cmpuint(spending->n_columns, ==, 2);
		g_assert_cmpuint(income->n_header_rows, ==, spending->n_header_rows);
		g_assert_true(g_str_has_suffix(spending->column_labels[0], "项目"));
		g_assert_true(g_str_has_suffix(spending->column_labels[1], "决算数"));
		guint h = income->n_header_rows;
		g_autofree char *left = cells_text(doc, row_at(income, h), TRUE);
		g_autofree char *right = cells_text(doc, row_at(spending, h), TRUE);
		g_assert_cmpstr(left, ==, "0:一、财政拨款收入 1:110.00");
		g_assert_cmpstr(right, ==, "0:一、一般公共服务支出 1:100.00");
		/* the blank right half of the 年初结转和结余 row is no row of the spending table */
		g_assert_cmpuint(income->rows->len, ==, spending->rows->len + 1);
		g_assert_true(row_at(income, income->rows->len - 1)->total);
		g_assert_true(row_at(spending, spending->rows->len - 1)->total);
		g_assert_true(row_at(spending, h + 2)->total); /* 本年支出合计 */
		g_assert_false(row_at(income, h + 3)->total);  /* 年初结转和结余 */
	}
	/* a 财政拨款收入支出决算总表: the right table has more columns than the left */
	g_autoptr(CfDocument) wider = document_from_string(
		"| 项目 | 金额 | 项目 | 合计 | 一般公共预算财政拨款 |\n"
		"| 一、一般公共预算财政拨款 | 300 | 一、一般公共服务支出 | 250 | 250 |\n"
		"| 本年收入合计 | 300 | 本年支出合计 | 250 | 250 |\n"
		"| 年初财政拨款结转和结余 | 15 | 年末财政拨款结转和结余 | 65 | 65 |\n");
	g_assert_cmpuint(count_kind(wider, CF_BLOCK_TABLE), ==, 2);
	g_assert_cmpuint(table_at(wider, 0)->n_columns, ==, 2);
	g_assert_cmpuint(table_at(wider, 1)->n_columns, ==, 3);
	g_assert_cmpstr(table_at(wider, 1)->column_labels[2], ==, "一般公共预算财政拨款");
	/* a 基本支出决算表: each half's names follow its subject codes */
	g_autoptr(CfDocument) coded = document_from_string(
		"| 科目编码 | 科目名称 | 决算数 | 科目编码 | 科目名称 | 决算数 |\n|---|---|---|---|---|---|\n"
		"| 301 | 工资福利支出 | 150 | 302 | 商品和服务支出 | 50 |\n"
		"| 30101 | 基本工资 | 80 | 30201 | 办公费 | 50 |\n"
		"| 30102 | 津贴补贴 | 70 | | | |\n"
		"| 人员经费合计 | | 150 | 公用经费合计 | | 50 |\n");
	g_assert_cmpuint(count_kind(coded, CF_BLOCK_TABLE), ==, 2);
	g_assert_cmpuint(table_at(coded, 0)->n_columns, ==, 3);
	g_assert_cmpuint(table_at(coded, 1)->n_columns, ==, 3);
	g_assert_cmpuint(table_at(coded, 0)->rows->len, ==, table_at(coded, 1)->rows->len + 1);
	g_autofree char *office = cells_text(coded, row_at(table_at(coded, 1), 2), TRUE);
	g_assert_cmpstr(office, ==, "0:30201 1:办公费 2:50");
	/* …and its 公用经费, printed in two column groups under one header, is one list: the
	 * second group's rows follow the first's, and the 合计 named in the first group takes
	 * its figure from the second */
	g_autoptr(CfDocument) three = document_from_string(
		"| 人员经费 | | | 公用经费 | | | | | |\n"
		"| 科目编码 | 科目名称 | 决算数 | 科目编码 | 科目名称 | 决算数 | 科目编码 | 科目名称 | 决算数 |\n"
		"| 301 | 工资福利支出 | 150 | 302 | 商品和服务支出 | 40 | 307 | 债务利息及费用支出 | 0 |\n"
		"| 30101 | 基本工资 | 150 | 30201 | 办公费 | 40 | 310 | 资本性支出 | 10 |\n"
		"| 人员经费合计 | | 150 | 公用经费合计 | | | | | 50 |\n");
	g_assert_cmpuint(count_kind(three, CF_BLOCK_TABLE), ==, 2);
	const CfTable *common = table_at(three, 1);
	g_assert_cmpuint(common->n_columns, ==, 3);
	g_assert_cmpuint(common->rows->len, ==, common->n_header_rows + 5);
	guint h = common->n_header_rows;
	const char *const expected[] = {"0:302 1:商品和服务支出 2:40", "0:30201 1:办公费 2:40",
					"0:307 1:债务利息及费用支出 2:0", "0:310 1:资本性支出 2:10",
					"0:公用经费合计 1: 2:50"};
	for (guint i = 0; i < G_N_ELEMENTS(expected); i++) {
		g_autofree char *got = cells_text(three, row_at(common, h + i), TRUE);
		g_assert_cmpstr(got, ==, expected[i]);
	}
	g_assert_true(row_at(common, h + 4)->total);
	/* four columns whose halves have different headers are one table */
	g_autoptr(CfDocument) doc = document_from_string(
		"| 名称 | 数量 | 单位 | 金额 |\n| 电脑 | 3 | 台 | 1.2 |\n| 桌椅 | 10 | 套 | 0.8 |\n");
	g_assert_cmpuint(count_kind(doc, CF_BLOCK_TABLE), ==, 1);
	g_assert_cmpuint(table_at(doc, 0)->n_columns, ==, 4);
	/* nor are halves whose right name column holds numbers */
	g_autoptr(CfDocument) numbers = document_from_string(
		"| 项目 | 金额 | 项目 | 金额 |\n| 甲 | 3 | 5 | 1.2 |\n| 乙 | 10 | 6 | 0.8 |\n");
	g_assert_cmpuint(count_kind(numbers, CF_BLOCK_TABLE), ==, 1);
}

/* A 决算 template's 栏次 row numbers the columns below the headers: a header row whose
 * numbers are no figures.  Also in each half of a pair, and as bare numbers from 1. */
static void
test_table_numbering(void)
{
	static const struct {
		const char *text;
		gboolean numbering; /* row 1 (after the header row) */
	} cases[] = {
		{"| 项目 | 本年支出合计 | 基本支出 |\n| 栏次 | 1 | 2 |\n| 合计 | 100 | 60 |\n", TRUE},
		{"项目\t本年支出合计\t基本支出\n栏次\t1\t2\n合计\t100\t60\n", TRUE},
		{"| 项目 | 本年支出合计 | 基本支出 |\n| 行 次 | 1 | 2 |\n| 合计 | 100 | 60 |\n", TRUE},
		{"| 项目 | 本年支出合计 | 基本支出 |\n| | 1 | 2 |\n| 合计 | 100 | 60 |\n", TRUE},
		{"| 项目 | 金额 |\n| 栏次 | 1 |\n| 合计 | 10 |\n", TRUE},
		{"| 项目 | 金额 |\n| | 1 |\n| 合计 | 10 |\n", FALSE},
		/* a row of figures that happen to count up, or do not */
		{"| 项目 | 人数 | 次数 |\n| 合计 | 1 | 2 |\n| 甲 | 1 | 2 |\n", FALSE},
		{"| 项目 | 人数 | 次数 |\n| 甲 | 1 | 2 |\n| 乙 | 3 | 4 |\n", FALSE},
		{"| 项目 | 人数 | 次数 |\n| | 2 | 3 |\n| 乙 | 3 | 4 |\n", FALSE},
		{"| 项目 | 人数 | 次数 |\n| 栏次 | 1 | 3 |\n| 乙 | 3 | 4 |\n", FALSE},
	};
	for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autoptr(CfDocument) doc = document_from_string(cases[i].text);
		assert_all_tables(doc);
		const CfRow *row = row_at(table_at(doc, 0), 1);
		g_assert_cmpint(row->numbering, ==, cases[i].numbering);
		g_assert_true(!row->numbering || !row->total);
	}
	/* a pair numbers both halves: 栏次 | | 1 | 栏次 | | 2 */
	g_autoptr(CfDocument) pair = document_from_string(
		"| 项目 | 行次 | 金额 | 项目 | 行次 | 金额 |\n| 栏次 | | 1 | 栏次 | | 2 |\n"
		"| 一、财政拨款收入 | 1 | 300 | 一、一般公共服务支出 | 31 | 250 |\n"
		"| 二、事业收入 | 2 | 20 | 二、农林水支出 | 32 | 60 |\n");
	g_assert_cmpuint(count_kind(pair, CF_BLOCK_TABLE), ==, 2);
	g_assert_true(row_at(table_at(pair, 0), 1)->numbering);
	g_assert_true(row_at(table_at(pair, 1), 1)->numbering);
}

/* A grid whose rows all have as many cells (merged cells exported empty): a 自评表's form,
 * funds and indicators, each read under its own header. */
#define GRID_FORM                                                                            \
	"| 项目名称 | 森林防火专项经费 | | | | | | |\n"                                         \
	"| 主管部门 | 示例局 | | | 实施单位 | 示例局 | | |\n"
#define GRID_FUNDS                                                                           \
	"| 项目资金（万元） | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"    \
	"| | 年度资金总额 | 80.00 | 90.00 | 81.00 | 10 | 90.00% | 9 |\n"                        \
	"| | 其中：当年财政拨款 | 80.00 | 90.00 | 81.00 | — | — | — |\n"
#define GRID_INDICATORS                                                                      \
	"| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因 |\n"  \
	"| 产出指标（50分） | 数量指标 | 巡护里程 | ≥500公里 | 520公里 | 20 | 20 | |\n"            \
	"| 总分 | | | | | 100 | 97 | |\n"

static void
test_table_grid_sections(void)
{
	g_autoptr(CfDocument) doc = document_from_string(GRID_FORM GRID_FUNDS GRID_INDICATORS);
	g_assert_cmpuint(count_kind(doc, CF_BLOCK_TABLE), ==, 3);
	/* the form: no header */
	g_assert_cmpuint(table_at(doc, 0)->n_header_rows, ==, 0);
	g_assert_cmpuint(table_at(doc, 0)->rows->len, ==, 2);
	/* the funds: its own header, the form's key and value above it are no upper header */
	const CfTable *funds = table_at(doc, 1);
	g_assert_cmpuint(funds->n_header_rows, ==, 1);
	g_assert_cmpstr(funds->column_labels[3], ==, "全年预算数");
	g_assert_cmpstr(funds->column_labels[7], ==, "得分");
	/* the indicators: 分值 and 得分 one column left of the funds' */
	const CfTable *indicators = table_at(doc, 2);
	g_assert_cmpuint(indicators->n_header_rows, ==, 1);
	g_assert_cmpstr(indicators->column_labels[5], ==, "分值");
	g_assert_cmpstr(indicators->column_labels[6], ==, "得分");
	g_assert_cmpuint(indicators->rows->len, ==, 3);

	/* rows of labels that start nothing: a header repeated over the next page, a row of
	 * 不适用 (the same word twice), a row of dashes, words over one column of figures only */
	static const char *const one_table[] = {
		"| 序号 | 支出内容 | 预算数 | 执行数 |\n| 1 | 劳务费 | 36.00 | 34.20 |\n"
		"| 序号 | 支出内容 | 预算数 | 执行数 |\n| 2 | 物资 | 22.00 | 20.50 |\n"
		"| 合计 | | 58.00 | 54.70 |\n",
		"| 项目 | 说明 | 预算数 | 执行数 |\n| 劳务费 | 巡护 | 36.00 | 34.20 |\n"
		"| 其他 | 无 | 不适用 | 不适用 |\n| 物资 | 采购 | 22.00 | 20.50 |\n",
		"| 项目 | 说明 | 预算数 | 执行数 |\n| 劳务费 | 巡护 | 36.00 | 34.20 |\n"
		"| 其他 | 无 | —— | —— |\n| 物资 | 采购 | 22.00 | 20.50 |\n",
		"| 项目 | 说明 | 预算数 | 执行数 |\n| 劳务费 | 巡护 | 36.00 | 34.20 |\n"
		"| 年度总体目标 | 预期目标 | 完成情况 | |\n| 物资 | 采购 | 22.00 | 20.50 |\n",
	};
	for (guint i = 0; i < G_N_ELEMENTS(one_table); i++) {
		g_autoptr(CfDocument) one = document_from_string(one_table[i]);
		g_assert_cmpuint(count_kind(one, CF_BLOCK_TABLE), ==, 1);
		g_assert_cmpuint(table_at(one, 0)->n_header_rows, ==, 1);
	}

	/* an upper header whose first cell spans (支出功能分类科目 over 科目编码 | 科目名称), or
	 * repeats the label below it, is still a header */
	static const char *const two_rows[] = {
		"| 支出功能分类科目 | | 本年支出 | |\n| 科目编码 | 科目名称 | 基本支出 | 项目支出 |\n"
		"| 201 | 一般公共服务支出 | 60 | 40 |\n",
		"| 项目 | 预算数 | | |\n| 项目 | 合计 | 基本支出 | 项目支出 |\n"
		"| 甲 | 100 | 60 | 40 |\n",
	};
	for (guint i = 0; i < G_N_ELEMENTS(two_rows); i++) {
		g_autoptr(CfDocument) two = document_from_string(two_rows[i]);
		g_assert_cmpuint(count_kind(two, CF_BLOCK_TABLE), ==, 1);
		g_assert_cmpuint(table_at(two, 0)->n_header_rows, ==, 2);
	}
}

typedef struct {
	const char *name;
	const char *text;
	const char *unit_text; /* NULL: none */
	guint unit_line;
	const char *column_units; /* per column, '|'-joined, "-" for none */
	const char *labels;       /* '|'-joined */
} UnitCase;

static const UnitCase unit_cases[] = {
	{"line-above", "金额单位：万元\n\t项目\n\t金额\n\n\t甲\n\t5\n", "万元", 1, "-|-", "项目|金额"},
	{"bracketed-line", "（单位：元）\n\n\t项目\n\t金额\n\n\t甲\n\t5\n", "元", 1, "-|-",
	 "项目|金额"},
	{"caption-then-unit", "表1 项目支出表    单位：万元\n\t项目\n\t金额\n\n\t甲\n\t5\n", "万元", 1,
	 "-|-", "项目|金额"},
	{"not-a-unit-statement", "本单位：组织部\n\t项目\n\t金额\n\n\t甲\n\t5\n", NULL, 0, "-|-",
	 "项目|金额"},
	{"too-far-above", "单位：万元\n说明一\n说明二\n\t项目\n\t金额\n\n\t甲\n\t5\n", NULL, 0, "-|-",
	 "项目|金额"},
	{"per-column", "\t项目\n\t预算（万元）\n\t人数(人)\n\n\t甲\n\t5\n\t3\n", NULL, 0,
	 "-|万元|人", "项目|预算（万元）|人数(人)"},
	{"first-header-cell", "\t项目资金\n（万元）\n\t年初\n预算数\n\n\t甲\n\t5\n", "万元", 2,
	 "万元|-", "项目资金（万元）|年初预算数"},
	{"explicit-in-column", "\t项目\n\t预算金额    （单位：万元）\n\n\t甲\n\t5\n", "万元", 2,
	 "-|万元", "项目|预算金额（单位：万元）"},
	{"digits-are-no-unit", "\t项目\n\t产出（50分）\n\n\t甲\n\t5\n", NULL, 0, "-|-",
	 "项目|产出（50分）"},
	{"above-pipe-rows", "金额单位：万元\n| 项目 | 金额 |\n| 甲 | 5 |\n", "万元", 1, "-|-",
	 "项目|金额"},
	{"above-tab-rows", "（单位：元）\n项目\t预算（万元）\n甲\t5\n", "元", 1, "-|万元",
	 "项目|预算（万元）"},
	{"group-over-children", "\t项目\n\t金额（元）\n\n\t\n\t预算\n\t支出\n\n\t甲\n\t5\n\t6\n", NULL,
	 0, "-|元|元", "项目|金额（元）/预算|金额（元）/支出"},
	/* a merged upper cell exported as its text and empty cells spans the labels below them */
	{"merged-upper-cell", "| 项目 | 预算数 | | 决算数 | |\n| | 年初 | 调整 | 年初 | 调整 |\n"
	 "| 甲 | 1 | 2 | 3 | 4 |\n| 乙 | 5 | 6 | 7 | 8 |\n", NULL, 0, "-|-|-|-|-",
	 "项目|预算数/年初|预算数/调整|决算数/年初|决算数/调整"},
	/* …and merged upper cells exported as their texts packed together, the empty cells
	 * after them all, over a repeating group: one group each (r32-21) */
	{"packed-upper-cells",
	 "| 项目 | 预算数 | 决算数 | | | | |\n| 合计 | 一般公共预算 | 政府性基金 | 合计 | 一般公共预算 "
	 "| 政府性基金 |\n| 公务接待费 | 0.95 | 0.95 | 0.00 | 0.39 | 0.39 | 0.00 |\n",
	 NULL, 0, "-|-|-|-|-|-|-",
	 "项目|预算数/合计|预算数/一般公共预算|预算数/政府性基金|决算数/合计|决算数/一般公共预算|"
	 "决算数/政府性基金"},
};

static void
test_table_units(gconstpointer data)
{
	const UnitCase *c = data;
	g_autoptr(CfDocument) doc = document_from_string(c->text);
	assert_all_tables(doc);
	g_assert_cmpuint(count_kind(doc, CF_BLOCK_TABLE), ==, 1);
	const CfTable *table = table_at(doc, 0);
	g_assert_cmpstr(table->unit_text, ==, c->unit_text);
	g_assert_cmpuint(table->unit_line, ==, c->unit_line);
	g_auto(GStrv) units = g_strsplit(c->column_units, "|", -1);
	g_auto(GStrv) labels = g_strsplit(c->labels, "|", -1);
	g_assert_cmpuint(table->n_columns, ==, g_strv_length(units));
	g_assert_cmpuint(table->n_columns, ==, g_strv_length(labels));
	for (guint i = 0; i < table->n_columns; i++) {
		g_assert_cmpstr(table->column_units[i], ==,
				g_str_equal(units[i], "-") ? NULL : units[i]);
		g_assert_cmpstr(table->column_labels[i], ==, labels[i]);
	}
}

typedef struct {
	const char *name;
	const char *text;
	guint row;             /* row index in the first table */
	const char *placement; /* "column:text" per cell, space-separated */
	gboolean total;
} AlignCase;

static const AlignCase align_cases[] = {
	{"total-right-aligned", "\t项目\n\t类型\n\t预算\n\t支出\n\n\t甲\n\tA\n\t5\n\t6\n\n\t合计\n\t5\n\t6\n",
	 2, "0:合计 2:5 3:6", TRUE},
	{"text-only-from-left", "\t项目\n\t类型\n\t预算\n\t支出\n\n\t甲\n\tA\n\t5\n\t6\n\n\t乙\n\tB\n", 2,
	 "0:乙 1:B", FALSE},
	{"after-number-follows",
	 "\t项目\n\t金额\n\t备注\n\t说明\n\n\t甲\n\t5\n\t无\n\t略\n\n\t7\n\t另见附表\n", 2,
	 "1:7 2:另见附表", FALSE},
	{"numbers-rightmost-column",
	 "\t项目\n\t分值\n\t得分\n\t原因\n\n\t甲\n\t10\n\t9\n\t略\n\n\t总分\n\t100分\n\t9\n", 2,
	 "0:总分 1:100分 2:9", TRUE},
	{"no-room-from-left", "\t项目\n\t金额\n\n\t甲\n\t5\n\n\t小计\n", 2, "0:小计", TRUE},
	{"year-is-no-number", "\t项目\n\t时间\n\t金额\n\n\t甲\n\t2022年\n\t5\n\n\t乙\n\t2022年\n", 2,
	 "0:乙 1:2022年", FALSE},
	/* a total whose label cell was merged over the columns before its figures (r102-28) */
	{"merged-total-label",
	 "序号 | 部门 | 项目名称 | 资金 | 中央 | 省级 | 备注\n合 计 | 300 | 100 | 200 | | | \n"
	 "1 | 财政局 | 某项目 | 300 | 100 | 200 | 无\n",
	 1, "0:合 计 3:300 4:100 5:200", TRUE},
	/* one figure fits under two columns of figures: where it goes is a guess (r55-02) */
	{"merged-total-label-one-figure",
	 "指标 | 指标值 | 单位 | 权重 | 得分 | 原因\n产出 | 30 | 万元 | 90 | 90 | 无\n合计 | 100 | | | | \n",
	 2, "0:合计 1:100 2: 3: 4:", TRUE},
	/* a total word written with a space between its characters is still one */
	{"spaced-total", "\t项目\n\t金额\n\n\t甲\n\t5\n\n\t合 计\n\t5\n", 2, "0:合 计 1:5", TRUE},
	{"ideographic-space-total", "\t项目\n\t金额\n\n\t甲\n\t5\n\n\t小\u3000计\n\t5\n", 2,
	 "0:小　计 1:5", TRUE},
	/* the last character of a total word without the word */
	{"last-character-not-total", "\t项目\n\t金额\n\n\t甲\n\t5\n\n\t会计\n\t5\n", 2,
	 "0:会计 1:5", FALSE},
	{"long-label-not-total",
	 "\t项目\n\t金额\n\n\t这是一个非常长的项目名称其中提到合计字样但不是合计\n\t5\n", 1,
	 "0:这是一个非常长的项目名称其中提到合计字样但不是合计 1:5", FALSE},
};

static void
test_table_align(gconstpointer data)
{
	const AlignCase *c = data;
	g_autoptr(CfDocument) doc = document_from_string(c->text);
	assert_all_tables(doc);
	const CfRow *row = row_at(table_at(doc, 0), c->row);
	g_autofree char *got = cells_text(doc, row, TRUE);
	g_assert_cmpstr(got, ==, c->placement);
	/* a cell of digits alone is a number; 2022年 and a label are not */
	for (guint i = 0; i < row->n_cells; i++) {
		g_autofree char *text = text_of(doc, cell_at(row, i)->range);
		gboolean digits = text[0] != '\0' && strspn(text, "0123456789") == strlen(text);
		if (digits || g_str_has_suffix(text, "年") || g_str_equal(text, "乙"))
			g_assert_cmpint(cell_at(row, i)->numeric, ==, digits);
	}
	g_assert_cmpint(row->total, ==, c->total);
}

/* ---- headings ---- */

typedef struct {
	const char *name;
	const char *line;
	CfHeadingStyle style; /* CF_HEADING_NONE: a paragraph */
	int level;
	int ordinal;
	const char *marker;
	const char *first_sentence;
} HeadingCase;

static const HeadingCase heading_cases[] = {
	{"chinese", "一、重点项目支出基本情况", CF_HEADING_CHINESE, 1, 1, "一、", "重点项目支出基本情况"},
	{"chinese-twelve", "十二、完成区委交办的工作。", CF_HEADING_CHINESE, 1, 12, "十二、",
	 "完成区委交办的工作。"},
	{"chinese-twenty-one", "二十一、其他", CF_HEADING_CHINESE, 1, 21, "二十一、", "其他"},
	/* a space before 、 as a PDF's text may have it (r99-16) */
	{"chinese-spaced-comma", "三 、2023年度部门决算表", CF_HEADING_CHINESE, 1, 3, "三 、",
	 "2023年度部门决算表"},
	{"arabic-spaced-comma", "2 、项目概况", CF_HEADING_ARABIC_COMMA, 3, 2, "2 、", "项目概况"},
	{"chinese-paren", "（一）项目支出资金概况", CF_HEADING_CHINESE_PAREN, 2, 1, "（一）",
	 "项目支出资金概况"},
	{"chinese-ascii-paren", "(四)项目支出效益情况", CF_HEADING_CHINESE_PAREN, 2, 4, "(四)",
	 "项目支出效益情况"},
	/* spaces inside the parentheses (r40-32) */
	{"paren-inner-spaces", "( 二)依申请公开情况", CF_HEADING_CHINESE_PAREN, 2, 2, "( 二)",
	 "依申请公开情况"},
	{"paren-inner-spaces-both", "（ 3 ）项目执行", CF_HEADING_ARABIC_PAREN, 4, 3, "（ 3 ）",
	 "项目执行"},
	{"arabic-comma", "3、加强人才队伍建设", CF_HEADING_ARABIC_COMMA, 3, 3, "3、", "加强人才队伍建设"},
	{"arabic-comma-space", "1、 绩效评价工作情况", CF_HEADING_ARABIC_COMMA, 3, 1, "1、",
	 "绩效评价工作情况"},
	{"arabic-ten", "10、负责全区公务员队伍建设。", CF_HEADING_ARABIC_COMMA, 3, 10, "10、",
	 "负责全区公务员队伍建设。"},
	{"arabic-dot", "2.加强干部队伍建设。", CF_HEADING_ARABIC_DOT, 3, 2, "2.", "加强干部队伍建设。"},
	{"arabic-full-stop", "1．产出指标完成情况。", CF_HEADING_ARABIC_DOT, 3, 1, "1．",
	 "产出指标完成情况。"},
	{"arabic-paren", "（1） 项目支出决策情况", CF_HEADING_ARABIC_PAREN, 4, 1, "（1）",
	 "项目支出决策情况"},
	{"arabic-ascii-paren", "(2)项目执行过程情况", CF_HEADING_ARABIC_PAREN, 4, 2, "(2)",
	 "项目执行过程情况"},
	{"arabic-paren-comma", "（3）、单位预算信息按时公开。", CF_HEADING_ARABIC_PAREN, 4, 3, "（3）、",
	 "单位预算信息按时公开。"},
	{"circled", "①加强预算管理", CF_HEADING_CIRCLED, 5, 1, "①", "加强预算管理"},
	{"circled-twenty", "⑳其他", CF_HEADING_CIRCLED, 5, 20, "⑳", "其他"},
	{"bookmark", "[bookmark: _GoBack]四、存在的问题", CF_HEADING_CHINESE, 1, 4, "四、", "存在的问题"},
	{"ideographic-spaces", "\xE3\x80\x80\xE3\x80\x80" "2.效益指标完成情况。", CF_HEADING_ARABIC_DOT, 3,
	 2, "2.", "效益指标完成情况。"},
	{"leading-spaces", "   （四）项目", CF_HEADING_CHINESE_PAREN, 2, 4, "（四）", "项目"},
	{"body-sentences", "（一）基层党建推陈出新。深入推进工程。", CF_HEADING_CHINESE_PAREN, 2, 1,
	 "（一）", "基层党建推陈出新。"},
	{"year", "2020年招考工作经费：", CF_HEADING_NONE, 0, 0, NULL, "2020年招考工作经费："},
	{"range", "1000-2000元的慰问金。", CF_HEADING_NONE, 0, 0, NULL, "1000-2000元的慰问金。"},
	{"decimal", "1.5万元用于培训。", CF_HEADING_NONE, 0, 0, NULL, "1.5万元用于培训。"},
	{"yi-shi", "一是预算调整率偏高。", CF_HEADING_NONE, 0, 0, NULL, "一是预算调整率偏高。"},
	{"score-in-parens", "(50分)", CF_HEADING_NONE, 0, 0, NULL, "(50分)"},
	{"years-listed", "2021、2022年均有安排", CF_HEADING_NONE, 0, 0, NULL, "2021、2022年均有安排"},
	{"three-digits", "100、项目", CF_HEADING_NONE, 0, 0, NULL, "100、项目"},
	{"zero", "0、项目", CF_HEADING_NONE, 0, 0, NULL, "0、项目"},
	{"not-an-ordinal", "二三、项目", CF_HEADING_NONE, 0, 0, NULL, "二三、项目"},
	{"unclosed-paren", "（一项目", CF_HEADING_NONE, 0, 0, NULL, "（一项目"},
};

static void
test_heading_line(gconstpointer data)
{
	const HeadingCase *c = data;
	g_autoptr(CfDocument) doc = document_from_string(c->line);
	g_assert_cmpuint(doc->blocks->len, ==, 1);
	const CfBlock *block = block_at(doc, 0);
	if (c->style == CF_HEADING_NONE) {
		g_assert_cmpint(block->kind, ==, CF_BLOCK_PARAGRAPH);
	} else {
		g_assert_cmpint(block->kind, ==, CF_BLOCK_HEADING);
		g_assert_cmpint(block->heading_style, ==, c->style);
		g_assert_cmpint(block->heading_level, ==, c->level);
		g_assert_cmpint(block->heading_ordinal, ==, c->ordinal);
		g_autofree char *marker = text_of(doc, block->heading_marker);
		g_assert_cmpstr(marker, ==, c->marker);
		g_assert_cmpuint(block->range.start, ==, block->heading_marker.start);
	}
	g_assert_nonnull(block->sentences);
	g_assert_cmpuint(block->n_sentences, >=, 1);
	g_autofree char *first = text_of(doc, block->sentences[0]);
	g_assert_cmpstr(first, ==, c->first_sentence);
}

typedef struct {
	guint line;
	CfHeadingStyle style;
	int ordinal;
} HeadingAt;

static void
assert_headings(const CfDocument *doc, const HeadingAt *expected, guint n)
{
	guint found = 0;
	for (guint i = 0; i < doc->blocks->len; i++) {
		const CfBlock *block = block_at(doc, i);
		if (block->kind != CF_BLOCK_HEADING)
			continue;
		g_assert_cmpuint(found, <, n);
		g_assert_cmpuint(block->first_line, ==, expected[found].line);
		g_assert_cmpint(block->heading_style, ==, expected[found].style);
		g_assert_cmpint(block->heading_ordinal, ==, expected[found].ordinal);
		found++;
	}
	g_assert_cmpuint(found, ==, n);
}

static void
test_heading_seed000(void)
{
	static const HeadingAt expected[] = {
		{5, CF_HEADING_CHINESE, 1},        {6, CF_HEADING_CHINESE_PAREN, 1},
		{39, CF_HEADING_CHINESE_PAREN, 2}, {40, CF_HEADING_ARABIC_DOT, 1},
		{41, CF_HEADING_ARABIC_DOT, 2},    {42, CF_HEADING_ARABIC_DOT, 3},
		{43, CF_HEADING_CHINESE_PAREN, 3}, {44, CF_HEADING_ARABIC_DOT, 1},
		{45, CF_HEADING_ARABIC_DOT, 2},    {46, CF_HEADING_ARABIC_DOT, 3},
		{47, CF_HEADING_ARABIC_COMMA, 1},  {49, CF_HEADING_ARABIC_COMMA, 2},
		{50, CF_HEADING_CHINESE_PAREN, 1}, {51, CF_HEADING_CHINESE_PAREN, 2},
		{52, CF_HEADING_CHINESE_PAREN, 3}, {53, CF_HEADING_CHINESE, 4},
		{55, CF_HEADING_ARABIC_COMMA, 5},  {57, CF_HEADING_ARABIC_COMMA, 6},
	};
	g_autoptr(CfDocument) doc = document_from_seed("000");
	assert_headings(doc, expected, G_N_ELEMENTS(expected));
}

static void
test_heading_seed004(void)
{
	static const HeadingAt expected[] = {
		{1, CF_HEADING_CHINESE, 1},        {2, CF_HEADING_CHINESE_PAREN, 1},
		{3, CF_HEADING_CHINESE_PAREN, 2},  {4, CF_HEADING_CHINESE_PAREN, 3},
		{6, CF_HEADING_ARABIC_COMMA, 2},   {8, CF_HEADING_ARABIC_COMMA, 3},
		{10, CF_HEADING_ARABIC_COMMA, 4},  {12, CF_HEADING_ARABIC_PAREN, 1},
		{15, CF_HEADING_ARABIC_PAREN, 2},  {17, CF_HEADING_ARABIC_PAREN, 3},
		{19, CF_HEADING_CHINESE_PAREN, 4}, {21, CF_HEADING_CHINESE, 5},
		{24, CF_HEADING_CHINESE, 6},       {26, CF_HEADING_CHINESE, 7},
	};
	g_autoptr(CfDocument) doc = document_from_seed("004");
	assert_headings(doc, expected, G_N_ELEMENTS(expected));
	/* the body after a heading's marker is read as sentences */
	const CfBlock *block = block_at(doc, 1);
	g_assert_cmpuint(block->n_sentences, ==, 2);
	g_autofree char *first = text_of(doc, block->sentences[0]);
	g_assert_cmpstr(first, ==, "项目支出概况。");
}

/* ---- sentences ---- */

typedef struct {
	const char *name;
	const char *line;
	const char *sentences; /* '|'-joined */
} SentenceCase;

static const SentenceCase sentence_cases[] = {
	{"full-width", "甲。乙；丙！丁？", "甲。|乙；|丙！|丁？"},
	{"decimal", "增长2.5%。下降1.2万元", "增长2.5%。|下降1.2万元"},
	{"ascii", "a; b! c? d", "a;|b!|c?|d"},
	{"ascii-between-digits", "比例1;2不拆", "比例1;2不拆"},
	{"closing-quote", "他说：“好。”然后走了。", "他说：“好。”|然后走了。"},
	{"closing-bracket", "（注：见附表。）正文", "（注：见附表。）|正文"},
	{"every-closer", "甲。’乙。)丙。」丁。』戊。》己。】庚。”）辛",
	 "甲。’|乙。)|丙。」|丁。』|戊。》|己。】|庚。”）|辛"},
	{"not-closers", "甲。【乙。《丙", "甲。|【乙。|《丙"},
	{"repeated", "结束！！？接着", "结束！！？|接着"},
	{"trimmed", "  前面有空格 。  后面 ", "前面有空格 。|后面"},
	{"ideographic-space", "\xE3\x80\x80甲。\xE3\x80\x80乙", "甲。|乙"},
	{"none", "没有标点", "没有标点"},
	{"ascii-full-stop", "本单位2024年无其他需要说明的情况.", "本单位2024年无其他需要说明的情况."},
	{"artefact", "[bookmark: _GoBack]绩效自评结果。将用于预算", "绩效自评结果。|将用于预算"},
	{"heading-body", "（三）2022年预算批复2223.6万元。其中基本支出1589.25万元；",
	 "2022年预算批复2223.6万元。|其中基本支出1589.25万元；"},
	{"heading-only", "（二）", ""},
};

static void
test_sentence_split(gconstpointer data)
{
	const SentenceCase *c = data;
	g_autoptr(CfDocument) doc = document_from_string(c->line);
	g_assert_cmpuint(doc->blocks->len, ==, 1);
	const CfBlock *block = block_at(doc, 0);
	GString *joined = g_string_new(NULL);
	for (guint i = 0; i < block->n_sentences; i++) {
		CfRange range = block->sentences[i];
		g_assert_cmpuint(range.start, >=, block->range.start);
		g_assert_cmpuint(range.end, <=, block->range.end);
		g_autofree char *text = text_of(doc, range);
		g_string_append_printf(joined, "%s%s", i ? "|" : "", text);
	}
	g_autofree char *got = g_string_free(joined, FALSE);
	g_assert_cmpstr(got, ==, c->sentences);
}

/* Sentences found 16 or 32 bytes a step (valid UTF-8) are those found character by character, on
 * synthetic text mixing every delimiter, closer, digits around ASCII delimiters and the
 * characters whose first byte a delimiter shares (、《 E3, （ EF), at every length. */
static void
test_sentence_split_blocks(void)
{
	static const char *const pieces[] = {"。", "；", "！", "？", ";", "!", "?", "”", "）", ")",
					     "》", "、", "《", "（", "，", "1", "2", "甲", "乙丙丁",
					     " ", "\xE3\x80\x80", "abc", "万元"};
	guint32 state = 11;
	for (guint round = 0; round < 600; round++) {
		g_autoptr(GString) text = g_string_new(NULL);
		guint n = round % 61;
		for (guint i = 0; i < n; i++) {
			state = state * 1103515245 + 12345;
			g_string_append(text, pieces[(state >> 16) % G_N_ELEMENTS(pieces)]);
		}
		g_autoptr(GArray) general =
			cf_segment_split_sentences(text->str, 0, text->len, FALSE);
		g_autoptr(GArray) blocks = cf_segment_split_sentences(text->str, 0, text->len, TRUE);
		g_assert_cmpuint(blocks->len, ==, general->len);
		g_assert_cmpmem(blocks->data, blocks->len * sizeof(CfRange), general->data,
				general->len * sizeof(CfRange));
	}
}

/* A paragraph of more sentences than are gathered on the stack: all of them, in order, the
 * same as cf_segment_split_sentences() gives. */
static void
test_sentence_many(void)
{
	g_autoptr(GString) text = g_string_new(NULL);
	for (guint i = 0; i < 100; i++)
		g_string_append_printf(text, "第%u句。", i);
	g_string_append_c(text, '\n');
	g_autoptr(CfDocument) doc = document_from_string(text->str);
	g_assert_cmpuint(doc->blocks->len, ==, 1);
	const CfBlock *block = doc->blocks->pdata[0];
	g_assert_cmpuint(block->n_sentences, ==, 100);
	g_autofree char *last = text_of(doc, block->sentences[99]);
	g_assert_cmpstr(last, ==, "第99句。");
	g_autoptr(GArray) general = cf_segment_split_sentences(doc->norm, block->range.start,
							       block->range.end, FALSE);
	g_assert_cmpuint(general->len, ==, block->n_sentences);
	g_assert_cmpmem(general->data, general->len * sizeof(CfRange), block->sentences,
			block->n_sentences * sizeof(CfRange));
}

/* cf_document_alloc(): aligned, distinct pieces, also past a chunk and for 0 bytes. */
static void
test_document_alloc(void)
{
	g_autoptr(CfDocument) doc = cf_document_new("alloc");
	char *previous = NULL;
	gsize previous_size = 0;
	for (gsize size = 0; size < 40000; size += 997) {
		char *p = cf_document_alloc(doc, size);
		g_assert_nonnull(p);
		g_assert_cmpuint((guintptr)p % 16, ==, 0);
		memset(p, 0x5A, size); /* the sanitizer build sees any overrun */
		/* no piece overlaps the one before (0 bytes may share its place) */
		g_assert_true(previous_size == 0 || p >= previous + previous_size ||
			      p + size <= previous);
		previous = p;
		previous_size = size;
	}
}

static void
test_paragraph_artefact_only(void)
{
	g_autoptr(CfDocument) doc = document_from_string("[bookmark: _GoBack]\n正文。\n");
	g_assert_cmpuint(doc->blocks->len, ==, 1);
	g_assert_cmpuint(block_at(doc, 0)->first_line, ==, 2);
	g_assert_cmpint(block_at(doc, 0)->kind, ==, CF_BLOCK_PARAGRAPH);
}

/* ---- metadata ---- */

typedef struct {
	const char *seed;
	const char *title;
	guint title_line;
	int year;
	guint year_line;
	const char *unit;
	guint unit_line;
} MetadataCase;

static const MetadataCase metadata_cases[] = {
	/* 000, 001, 004 state no unit: it is inferred (test-info.c pins the evidence) */
	{"000", "2022年重点项目绩效自评结果情况说明", 3, 2022, 3, "开福区", 51},
	{"001", "2020年重点项目绩效评价结果情况说明", 2, 2020, 2, "开福区组织部", 132},
	{"002", "2022年度区委组织部部门整体支出绩效评价报告", 1, 2022, 1, "中共长沙市雨花区委组织部", 6},
	{"003", "2022年度中共益阳市委组织部业务工作开展专项资金绩效自评报告", 1, 2022, 1,
	 "中共益阳市委组织部", 1},
	{"004", NULL, 0, 2024, 2, "屈原管理区委组织部", 3},
};

static void
assert_metadata(const CfDocument *doc, const MetadataCase *c)
{
	g_assert_cmpstr(doc->metadata.title, ==, c->title);
	g_assert_cmpuint(doc->metadata.title_line, ==, c->title_line);
	g_assert_cmpint(doc->metadata.year, ==, c->year);
	g_assert_cmpuint(doc->metadata.year_line, ==, c->year_line);
	g_assert_cmpstr(doc->metadata.unit, ==, c->unit);
	g_assert_cmpuint(doc->metadata.unit_line, ==, c->unit_line);
}

static void
test_metadata_seed(gconstpointer data)
{
	const MetadataCase *c = data;
	g_autoptr(CfDocument) doc = document_from_seed(c->seed);
	assert_metadata(doc, c);
}

typedef struct {
	const char *name;
	const char *text;
	MetadataCase expected;
} MetadataTextCase;

/* 27 characters: with 中共 and 部, the longest organisation name (ORGANISATION_MAX_CHARS) */
#define SOME27 "某某某某某某某某某" "某某某某某某某某某" "某某某某某某某某某"

static const MetadataTextCase metadata_text_cases[] = {
	{"sentence-first", "本报告说明如下。\n正文。\n", {NULL, NULL, 0, 0, 0, NULL, 0}},
	{"unit-needs-place", "区委组织部是区委的职能部门。\n", {NULL, NULL, 0, 0, 0, NULL, 0}},
	{"unit-in-title-with-year", "中共某某县委宣传部2023年度部门整体支出绩效自评报告\n",
	 {NULL, "中共某某县委宣传部2023年度部门整体支出绩效自评报告", 1, 2023, 1, "中共某某县委宣传部", 1}},
	{"unit-in-title-before-kind", "2022年度某某区图书馆部门决算说明\n",
	 {NULL, "2022年度某某区图书馆部门决算说明", 1, 2022, 1, "某某区图书馆", 1}},
	{"unit-in-title-before-kind-ends-at-first", "某某县委组织部部门整体支出绩效评价报告\n",
	 {NULL, "某某县委组织部部门整体支出绩效评价报告", 1, 0, 0, "某某县委组织部", 1}},
	{"self-year", "一、概况\n我部2021年度项目支出100万元。\n", {NULL, NULL, 0, 2021, 2, NULL, 0}},
	/* a full date in the title is the day of signing, not the year reported on; the year
	 * after it is (and a date cut short is a year) */
	{"title-date-is-no-year", "某某县2023年12月5日工作报告\n",
	 {NULL, "某某县2023年12月5日工作报告", 1, 0, 0, NULL, 0}},
	{"title-year-after-date", "2023年12月5日关于某某县2022年决算的报告\n",
	 {NULL, "2023年12月5日关于某某县2022年决算的报告", 1, 2022, 1, NULL, 0}},
	{"title-year-and-month", "某某县2023年12月工作报告\n",
	 {NULL, "某某县2023年12月工作报告", 1, 2023, 1, NULL, 0}},
	/* a title's year written without 年 before the kind of report; not another number */
	{"title-bare-year", "某某县卫生院2023决算公开\n",
	 {NULL, "某某县卫生院2023决算公开", 1, 2023, 1, "某某县卫生院", 1}},
	{"title-bare-number-no-year", "某某县卫生院12023决算公开\n",
	 {NULL, "某某县卫生院12023决算公开", 1, 0, 0, "某某县卫生院", 1}},
	{"title-without-ending", "关于项目的几点想法\n正文。\n", {NULL, NULL, 0, 0, 0, NULL, 0}},
	/* a web page's frame above the title: its breadcrumbs and index table (r58-13) */
	{"title-below-page-frame",
	 "您当前的位置: 首页>政务公开>法定主动公开内容>预算/决算\n[ 索引号 ] | 11500111009347932X/2022-00271 |\n"
	 "[ 发布机构 ] | 大足区教委 |\n[ 有效性 ] |\n重庆市大足区昌州幼儿园 2021年度部门决算情况说明\n一、部门基本情况\n",
	 {NULL, "重庆市大足区昌州幼儿园2021年度部门决算情况说明", 5, 2021, 5, NULL, 0}},
	{"title-below-index-fields",
	 ">>政务公开>>重点领域>>财政\n[ 索引号 ] 11500230008686369K/2024-00230 [ 发文字号 ]\n"
	 "[ 主题分类 ] 财政、金融、审计 [ 体裁分类 ] 财政预算、决算\n关于提请批准2021年清流县本级财政决算草案的报告\n",
	 {NULL, "关于提请批准2021年清流县本级财政决算草案的报告", 4, 2021, 4, NULL, 0}},
	/* a breadcrumb is no title, nor what follows a frame that is no title */
	{"page-frame-without-title", "首页>政府信息公开>重点领域信息公开>财政预决算>区部门预算\n正文。\n",
	 {NULL, NULL, 0, 0, 0, NULL, 0}},

	{"empty", "", {NULL, NULL, 0, 0, 0, NULL, 0}},
	/* a unit named as a sentence's subject: ORGANISATION_MIN_CHARS to ORGANISATION_MAX_CHARS
	 * characters before 是/为, at the start of a sentence of any length */
	{"unit-statement-shortest", "某某县局是本县的职能部门。\n",
	 {NULL, NULL, 0, 0, 0, "某某县局", 1}},
	{"unit-statement-too-short", "某县局是本县的职能部门。\n", {NULL, NULL, 0, 0, 0, NULL, 0}},
	{"unit-statement-longest", "说明。中共" SOME27 "部为本单位。\n",
	 {NULL, NULL, 0, 0, 0, "中共" SOME27 "部", 1}},
	{"unit-statement-too-long", "中共" SOME27 "某部为本单位。\n",
	 {NULL, NULL, 0, 0, 0, NULL, 0}},
	{"unit-statement-at-end", "某某县局是", {NULL, NULL, 0, 0, 0, "某某县局", 1}},
	{"unit-statement-cut", "某某县局\xE6\x98", {NULL, NULL, 0, 0, 0, NULL, 0}},
};

static void
test_metadata_text(gconstpointer data)
{
	const MetadataTextCase *c = data;
	g_autoptr(CfDocument) doc = document_from_string(c->text);
	assert_metadata(doc, &c->expected);
}

/* The first self-year statement of the opening blocks, at every offset against the 16-byte
 * steps it is looked for in: the earlier of 本单位…/我部… wins, self words without a year
 * (本次, 我们) and the bytes of a self word cut by the end of the block are passed over. */
static void
test_metadata_self_year_offsets(void)
{
	static const struct {
		const char *statements;
		int year;
	} cases[] = {
		{"我部2021年度支出。本单位2020年", 2021},
		{"本次评价。本单位 2020年度我部2021年", 2020},
		{"我们认为。我部2019年", 2019},
		{"本部门2018年", 2018},
		{"本项目2017年", 0},
		{"本单位20234年", 0},
		{"\xE6\x9C", 0},
	};
	for (guint c = 0; c < G_N_ELEMENTS(cases); c++) {
		for (guint shift = 0; shift < 40; shift++) {
			g_autoptr(GString) text = g_string_new("一、概况\n");
			for (guint k = 0; k < shift; k++)
				g_string_append(text, k % 3 == 0 ? "x" : "情");
			g_string_append(text, cases[c].statements);
			g_autoptr(CfDocument) doc = document_from_text(text->str, text->len);
			g_assert_cmpint(doc->metadata.year, ==, cases[c].year);
			g_assert_cmpuint(doc->metadata.year_line, ==, cases[c].year ? 2 : 0);
		}
	}
}

/* ---- pathological inputs: linear time, no crash, nothing lost ---- */

static void
test_pathological_tab_line(void)
{
	gsize n = 1 << 20;
	GString *text = g_string_sized_new(n + 32);
	for (gsize i = 0; i < n; i++)
		g_string_append_c(text, '\t');
	g_string_append(text, "尾\n\n段落。");
	g_autoptr(CfDocument) doc = document_from_text(text->str, text->len);
	g_assert_cmpuint(doc->blocks->len, ==, 2);
	const CfTable *table = table_at(doc, 0);
	g_assert_cmpuint(table->n_columns, ==, CF_SEGMENT_MAX_COLUMNS);
	const CfRow *row = row_at(table, 0);
	g_assert_cmpuint(row->n_cells, ==, CF_SEGMENT_MAX_COLUMNS);
	/* the rest of the line is the last cell, its text included */
	const CfCell *last = last_cell(row);
	g_assert_cmpuint(last->range.end, ==, n + strlen("尾"));
	g_assert_cmpint(block_at(doc, 1)->kind, ==, CF_BLOCK_PARAGRAPH);
	g_assert_cmpuint(block_at(doc, 1)->first_line, ==, 3);
	g_string_free(text, TRUE);
}

static void
test_pathological_blank_lines(void)
{
	guint n = 100000;
	GString *text = g_string_new(NULL);
	for (guint i = 0; i < n; i++)
		g_string_append_c(text, '\n');
	g_string_append(text, "末行。\n\t甲\n");
	for (guint i = 0; i < n; i++)
		g_string_append_c(text, '\n');
	g_string_append(text, "\t乙\n");
	g_autoptr(CfDocument) doc = document_from_text(text->str, text->len);
	g_assert_cmpuint(doc->blocks->len, ==, 2);
	g_assert_cmpuint(block_at(doc, 0)->first_line, ==, n + 1);
	const CfTable *table = table_at(doc, 0);
	g_assert_cmpuint(table->rows->len, ==, 2);
	g_assert_cmpuint(row_at(table, 1)->line, ==, 2 * n + 3);
	g_string_free(text, TRUE);
}

static void
test_pathological_many_rows(void)
{
	guint n = 10000;
	GString *text = g_string_new("单位：元\n\t项目\n\t金额\n\n");
	for (guint i = 0; i < n; i++)
		g_string_append_printf(text, "\t项目%u\n\t%u.5\n\n", i, i);
	g_string_append(text, "\t合计\n\t1\n");
	g_autoptr(CfDocument) doc = document_from_text(text->str, text->len);
	g_assert_cmpuint(doc->blocks->len, ==, 2);
	const CfTable *table = table_at(doc, 0);
	g_assert_cmpuint(table->n_header_rows, ==, 1);
	g_assert_cmpuint(table->rows->len, ==, n + 2);
	g_assert_cmpstr(table->unit_text, ==, "元");
	const CfRow *row = row_at(table, n);
	assert_cell(doc, last_cell(row), "9999.5", 2 + 3 * n + 1);
	g_assert_true(row_at(table, n + 1)->total);
	g_string_free(text, TRUE);
}

static void
test_pathological_many_continuations(void)
{
	guint n = 10000;
	GString *text = g_string_new("\t项目\n\t预算\n\t支出\n\n");
	for (guint i = 0; i < n; i++)
		g_string_append_printf(text, "\t名称%u\n\n续\n\t5\n\t6\n\n", i);
	g_autoptr(CfDocument) doc = document_from_text(text->str, text->len);
	g_assert_cmpuint(doc->blocks->len, ==, 1);
	const CfTable *table = table_at(doc, 0);
	g_assert_cmpuint(table->rows->len, ==, n + 1);
	for (guint r = 1; r <= n; r += n / 10) {
		const CfRow *row = row_at(table, r);
		g_assert_cmpuint(row->n_cells, ==, 3);
		g_assert_cmpuint(end_line(doc, cell_at(row, 0)->range), ==, row->line + 2);
	}
	g_string_free(text, TRUE);
}


/* ---- hard-wrapped paragraphs (cf-segment-unwrap.c) ---- */

/* A 决算说明 as a PDF gives it: paragraphs cut at one width in mid-sentence, mid-word and
 * between a number and its unit; a page number; a heading; a paragraph that ends early. */
static const char wrapped_report[] =
	"—5—\n"
	"（一）本单位2021年度总收入581.45万元，其中本年收\n"
	"入390.55万元，较2020年度决算数减少175.26万元，下降31%。\n"
	"收入具体情况如下。\n"
	"1.一般公共预算财政拨款收入382.17万元，为市本级财政\n"
	"当年拨付的资金。较2020年度决算数减少157.86万元，下降\n"
	"29.2%，主要原因：一是军休人员自然减员减少下拨相应的\n"
	"离退休费、生活补助及其他经费；二是压减了机构经费。\n"
	"2.上级补助收入8.38万元，为事业单位开展业务活动取得\n"
	"的收入。较2020年度决算数减少17.40万元，下降67.5%，主\n"
	"要原因是军休人员自然减员。\n";

/* The index of the line holding @needle in @doc's text (0-based), asserted to exist. */
static guint
line_index_of(const CfDocument *doc, const char *needle)
{
	for (guint i = 0; i < doc->lines->len; i++) {
		gsize length;
		const char *text = cf_document_line_text(doc, i + 1, &length);
		g_autofree char *line = g_strndup(text, length);
		if (strstr(line, needle))
			return i;
	}
	g_assert_not_reached();
	return 0;
}

static void
test_unwrap_joins(void)
{
	g_autoptr(CfDocument) doc = document_from_string(wrapped_report);
	/* the lines stay the file's: eleven, each with its own text (and the empty one after the
	 * final line end, as cf_document_set_text() indexes it) */
	g_assert_cmpuint(doc->lines->len, ==, 12);
	const gboolean joined[] = {FALSE, FALSE, TRUE, FALSE, FALSE, TRUE, TRUE,
				   TRUE,  FALSE, TRUE, TRUE};
	for (guint i = 0; i < G_N_ELEMENTS(joined); i++)
		g_assert_cmpint(g_array_index(doc->lines, CfLine, i).joined, ==, joined[i]);
	/* norm reads each paragraph as one stretch: 收入, 91.91万元 and 下降29.2% unbroken */
	g_assert_nonnull(strstr(doc->norm, "其中本年收入390.55万元"));
	g_assert_nonnull(strstr(doc->norm, "减少157.86万元，下降29.2%"));
	g_assert_nonnull(strstr(doc->norm, "主要原因是军休人员"));
	/* blocks: the page number, the heading (two lines), a paragraph, two headings of four
	 * and three lines */
	g_assert_cmpuint(doc->blocks->len, ==, 5);
	const guint first[] = {1, 2, 4, 5, 9}, last[] = {1, 3, 4, 8, 11};
	for (guint i = 0; i < 5; i++) {
		g_assert_cmpuint(block_at(doc, i)->first_line, ==, first[i]);
		g_assert_cmpuint(block_at(doc, i)->last_line, ==, last[i]);
	}
	g_assert_cmpint(block_at(doc, 3)->kind, ==, CF_BLOCK_HEADING);
	g_assert_cmpint(block_at(doc, 3)->heading_ordinal, ==, 1);
	/* the sentences run across the joins */
	const CfBlock *item = block_at(doc, 3);
	g_assert_cmpuint(item->n_sentences, ==, 3);
	g_autofree char *second = cf_document_dup_range(doc, item->sentences[1]);
	g_assert_true(g_str_has_prefix(second, "较2020年度决算数减少157.86万元，下降29.2%"));
	/* a place on a joined line is told by its own line and column */
	gsize at = (gsize)(strstr(doc->norm, "29.2%") - doc->norm);
	guint line, column;
	cf_document_locate(doc, at, &line, &column);
	g_assert_cmpuint(line, ==, 7);
	g_assert_cmpuint(column, ==, 1);
	at = (gsize)(strstr(doc->norm, "390.55") - doc->norm);
	cf_document_locate(doc, at, &line, &column);
	g_assert_cmpuint(line, ==, 3);
	g_assert_cmpuint(column, ==, 2);
	g_assert_cmpuint(cf_document_paragraph_line(doc, 8), ==, 5);
	g_assert_cmpuint(cf_document_paragraph_line(doc, 4), ==, 4);
	g_assert_cmpuint(line_index_of(doc, "29.2%"), ==, 6);
	/* segmenting again changes nothing */
	g_autofree char *norm = g_strdup(doc->norm);
	cf_segment_document(doc);
	g_assert_cmpstr(doc->norm, ==, norm);
	g_assert_cmpuint(doc->blocks->len, ==, 5);
}

/* In a hard-wrapped document a full line that ends a clause (；) runs on too; one that ends
 * a sentence (。) does not, nor does a short line that ends a clause. */
static void
test_unwrap_clause_end(void)
{
	g_autoptr(GString) text = g_string_new(wrapped_report);
	g_string_append(text, "3.上年结转和结余190.89万元，为以前年度支出预算结转的资金；\n"
			      "较2020年度决算数减少7.63万元，下降3.8%。\n"
			      "主要原因是：\n"
			      "结转项目减少。\n");
	g_autoptr(CfDocument) doc = document_from_string(text->str);
	g_assert_true(g_array_index(doc->lines, CfLine, 12).joined);
	g_assert_false(g_array_index(doc->lines, CfLine, 13).joined);
	g_assert_false(g_array_index(doc->lines, CfLine, 14).joined);
	g_assert_false(g_array_index(doc->lines, CfLine, 15).joined);
	/* lines that end clauses do not make a document hard-wrapped */
	g_autoptr(CfDocument) list = document_from_string(
		"一是加强组织领导，明确工作职责，压实各级责任，确保各项工作落实到位；\n"
		"二是强化资金管理，规范资金使用，提高资金使用效益，确保专款专用；\n"
		"三是严格绩效评价，及时跟踪问效，建立评价结果应用机制，推动整改；\n"
		"四是完善制度建设，健全内控机制，加强监督检查，防范廉政风险。\n");
	for (guint i = 0; i < list->lines->len; i++)
		g_assert_false(g_array_index(list->lines, CfLine, i).joined);
}

/* What Word's export gives — a paragraph a line, headings and short lines without a full
 * stop — and texts with too few cut lines are left as they are. */
static void
test_unwrap_leaves(void)
{
	static const char *const texts[] = {
		/* one paragraph a line: its lines end with 。, the headings are short */
		"一、基本情况\n"
		"（一）项目概况\n"
		"1.项目立项背景\n"
		"2022年度部门整体支出预算1900万元，其中基本支出1200万元，项目支出700万元，执行率98.5%，较上年增加120万元。\n"
		"2.项目主要内容\n"
		"本项目建设党员教育站点124个，每个站点1200元，共计14.88万元，已全部完成验收并投入使用。\n"
		"3.项目实施情况\n"
		"项目按计划完成了全部建设任务，资金拨付及时，管理规范，群众满意度达到99%以上。\n",
		/* two cut lines only */
		"本单位2021年度总收入581.45万元，其中本年收\n"
		"入390.55万元，较2020年度决算数减少175.26万元，下降31%。\n"
		"一般公共预算财政拨款收入382.17万元，为市本级财政\n"
		"当年拨付的资金，较上年减少157.86万元，下降29.2%。\n"
		"其他收入为零，与上年相同，与预算相比没有变化。\n",
		/* full lines cut in mid-sentence, each before an indent, a numbering marker, a page
		 * number or a table cell */
		"本单位2021年度总收入581.45万元，其中本年收入\n"
		"  390.55万元，较2020年度决算数减少175.26万元\n"
		"本单位2021年度总支出581.45万元，其中本年支出\n"
		"2.本年支出480.71万元，较2020年度决算数减少\n"
		"本单位2021年度结余资金0.00万元，其中基本支出\n"
		"—3—\n"
		"本单位2021年度结转资金0.00万元，其中项目支出\n"
		"第3页\n"
		"本单位2021年度结存资金0.00万元，其中公用经费\n"
		"\t项目\t金额\n",
	};
	for (guint t = 0; t < G_N_ELEMENTS(texts); t++) {
		g_autoptr(CfDocument) doc = document_from_string(texts[t]);
		for (guint i = 0; i < doc->lines->len; i++)
			g_assert_false(g_array_index(doc->lines, CfLine, i).joined);
		g_assert_cmpuint(doc->norm_length, ==, strlen(texts[t]));
	}
}

/* Lines of a flattened table and the lines that continue its cells are never joined, even
 * in a hard-wrapped document; the paragraphs around the table are. */
static void
test_unwrap_table(void)
{
	g_autoptr(GString) text = g_string_new(wrapped_report);
	g_string_append(text, "\t项目名称\t金额\n"
			      "\t一般公共预算财政拨款收入，为市本级财政当年拨付的资金，较上年减少\n"
			      "续行的单元格文字很长很长很长很长很长很长很长很长很长很长很长很长\n"
			      "单元格的第三行\n"
			      "\n");
	g_string_append(text, wrapped_report);
	g_autoptr(CfDocument) doc = document_from_string(text->str);
	guint table = 0;
	for (guint i = 0; i < doc->blocks->len; i++)
		table += block_at(doc, i)->kind == CF_BLOCK_TABLE;
	g_assert_cmpuint(table, ==, 1);
	for (guint i = 11; i < 16; i++)
		g_assert_false(g_array_index(doc->lines, CfLine, i).joined);
	g_assert_true(g_array_index(doc->lines, CfLine, 16 + 2).joined);
}

static void
test_resegment(void)
{
	g_autoptr(CfDocument) doc = document_from_seed("003");
	guint blocks = doc->blocks->len;
	cf_segment_document(doc);
	g_assert_cmpuint(doc->blocks->len, ==, blocks);
	g_assert_cmpstr(doc->metadata.unit, ==, "中共益阳市委组织部");
}

/* Segmenting without the metadata gives the same blocks, sentences and tables, and leaves
 * the metadata empty; segmenting again in full brings it back. */
static void
test_blocks_without_metadata(void)
{
	g_autoptr(CfDocument) doc = document_from_seed("001");
	g_assert_nonnull(doc->metadata.title);
	g_assert_cmpint(doc->metadata.year, !=, 0);
	g_assert_nonnull(doc->metadata.unit);
	/* what the full segmentation gave, kept by value: re-segmenting frees the tables */
	typedef struct {
		CfBlockKind kind;
		CfRange range;
		int heading_level;
		guint n_sentences, n_rows;
	} Seen;
	guint n = doc->blocks->len;
	g_autofree Seen *full = g_new(Seen, n);
	for (guint i = 0; i < n; i++) {
		const CfBlock *b = g_ptr_array_index(doc->blocks, i);
		full[i] = (Seen){b->kind, b->range, b->heading_level, b->n_sentences,
				 b->table != NULL ? b->table->rows->len : 0};
	}

	cf_segment_document_blocks(doc);
	g_assert_null(doc->metadata.title);
	g_assert_null(doc->metadata.unit);
	g_assert_null(doc->metadata.kind);
	g_assert_cmpint(doc->metadata.year, ==, 0);
	g_assert_cmpuint(doc->blocks->len, ==, n);
	for (guint i = 0; i < n; i++) {
		const CfBlock *b = g_ptr_array_index(doc->blocks, i);
		g_assert_cmpint(b->kind, ==, full[i].kind);
		g_assert_cmpuint(b->range.start, ==, full[i].range.start);
		g_assert_cmpuint(b->range.end, ==, full[i].range.end);
		g_assert_cmpint(b->heading_level, ==, full[i].heading_level);
		g_assert_cmpuint(b->n_sentences, ==, full[i].n_sentences);
		g_assert_cmpuint(b->table != NULL ? b->table->rows->len : 0, ==, full[i].n_rows);
	}

	cf_segment_document(doc);
	g_assert_nonnull(doc->metadata.unit);
	g_assert_cmpint(doc->metadata.year, !=, 0);
}

/* ---- counting visible characters ---- */

/* The rule of cf_segment_count_visible_max() written plainly: every character that is not
 * whitespace or a line end counts once, up to max + 1. */
static guint
count_visible_reference(const char *norm, gsize start, gsize end, guint max)
{
	guint count = 0;
	const char *p = norm + start, *e = norm + end;
	while (p < e && count <= max) {
		gsize n = *p == '\n' ? 1 : cf_segment_space_length(p, e);
		if (n > 0) {
			p += n;
			continue;
		}
		count++;
		p = MIN(g_utf8_next_char(p), e);
	}
	return count;
}

/* The rule of cf_segment_trim() written plainly: whitespace (cf_segment_space_length(),
 * and line ends) off both ends. */
static void
trim_reference(const char *norm, gsize *start, gsize *end)
{
	gsize s = *start, e = *end;
	for (gsize n; s < e && (n = norm[s] == '\n' ? 1 : cf_segment_space_length(norm + s,
									       norm + e)) > 0;)
		s += n;
	for (;;) {
		gsize n = 0;
		for (gsize k = 1; k <= 3 && k <= e - s && n == 0; k++) {
			gsize m = norm[e - k] == '\n' ? 1
						      : cf_segment_space_length(norm + e - k, norm + e);
			if (m == k)
				n = k;
		}
		if (n == 0)
			break;
		e -= n;
	}
	*start = s;
	*end = e;
}

/* The rule of cf_segment_skip_artefacts() written plainly: whitespace, then a "[bookmark:…]"
 * with its bracket, as often as they come. */
static gsize
skip_artefacts_reference(const char *norm, gsize start, gsize end)
{
	for (;;) {
		gsize s = start, e = end;
		trim_reference(norm, &s, &e);
		start = s;
		if (end - start < 10 || memcmp(norm + start, "[bookmark:", 10) != 0)
			return start;
		const char *close = memchr(norm + start, ']', end - start);
		if (close == NULL)
			return start;
		start = (gsize)(close - norm) + 1;
	}
}

/* Random strings of ASCII, CJK, whitespace of every kind, other UTF-8 and broken sequences,
 * cut at every byte: the counting and trimming steps give what the plain rules give. */
static void
test_count_visible(void)
{
	static const char *const pieces[] = {
		"a", "1", " ", "\t", "\n", "\r", "\x7f", "预", "算", "\xe3\x80\x80", "\xc2\xa0",
		"\xe3\x80\x82", "，", "é", "\xf0\x9f\x98\x80", "\xe4", "\xe9\x80", "\x80",
		"\xff", "~", "[bookmark: _GoBack]", "[bookmark:", "]", "[",
	};
	guint32 state = 5;
	for (guint round = 0; round < 500; round++) {
		g_autoptr(GString) text = g_string_new(NULL);
		cf_test_append_random_pieces(text, pieces, G_N_ELEMENTS(pieces), 1 + round % 40,
					     &state);
		for (gsize start = 0; start < text->len; start += 1 + round % 3)
			for (gsize end = start; end <= text->len; end++)
			{
				for (guint max = 0; max < 24; max += 5)
					g_assert_cmpuint(
						cf_segment_count_visible_max(text->str, start, end, max),
						==,
						count_visible_reference(text->str, start, end, max));
				gsize s1 = start, e1 = end, s2 = start, e2 = end;
				cf_segment_trim(text->str, &s1, &e1);
				trim_reference(text->str, &s2, &e2);
				g_assert_cmpuint(s1, ==, s2);
				g_assert_cmpuint(e1, ==, e2);
				g_assert_cmpuint(cf_segment_skip_artefacts(text->str, start, end), ==,
						 skip_artefacts_reference(text->str, start, end));
			}
	}
}

/* Random valid UTF-8 (ASCII, CJK, whitespace of every kind, two- and four-byte characters,
 * control bytes) long enough for several 16-byte steps, cut at every byte, even inside a
 * character: the counting for valid text gives what the general one gives. */
static void
test_count_visible_valid(void)
{
	static const char *const pieces[] = {
		"a", "1", " ", "\t", "\n", "\r", "\x7f", "\x01", "预", "算", "\xe3\x80\x80",
		"\xc2\xa0", "\xe3\x80\x82", "，", "é", "\xf0\x9f\x98\x80", "~", "\xc2\xa1",
		"\xe3\x81\x80", "\xe2\x80\x80", "\xef\xbc\x9a",
	};
	guint32 state = 11;
	for (guint round = 0; round < 300; round++) {
		g_autoptr(GString) text = g_string_new(NULL);
		cf_test_append_random_pieces(text, pieces, G_N_ELEMENTS(pieces), 1 + round % 70,
					     &state);
		g_assert_true(g_utf8_validate(text->str, (gssize)text->len, NULL));
		for (gsize start = 0; start < text->len; start += 1 + round % 4)
			for (gsize end = start; end <= text->len; end++)
				for (guint max = 0; max < 90; max += 1 + max / 2)
					g_assert_cmpuint(
						cf_segment_count_visible_max_valid(text->str, start,
										   end, max),
						==, cf_segment_count_visible_max(text->str, start, end,
										max));
	}
}

/* The compact text of valid UTF-8 (runs copied whole) is the general one's: random strings
 * of Latin words, CJK, whitespace of every kind, line ends and control bytes, cut at every
 * byte (inside characters too), and every line of the valid corpus reports. */
static void
assert_same_compact(const char *text, gsize start, gsize end)
{
	g_autofree char *general = cf_segment_dup_compact(text, start, end);
	g_autofree char *valid = cf_segment_dup_compact_text(text, start, end, TRUE);
	g_assert_cmpstr(valid, ==, general);
}

static void
test_dup_compact_valid(void)
{
	static const char *const pieces[] = {
		"a", "Z", "1", " ", "  ", "\t", "\n", "\r", "\r\n", "\x01", "\x7f", "预", "算",
		"\xe3\x80\x80", "\xc2\xa0", "\xe3\x80\x82", "\xe3\x80\x81", "，", "é",
		"\xc2\xa1", "\xf0\x9f\x98\x80", "\xe2\x80\x80", "（万元）", "ab cd", "x\ny",
	};
	guint32 state = 17;
	for (guint round = 0; round < 400; round++) {
		g_autoptr(GString) text = g_string_new(NULL);
		cf_test_append_random_pieces(text, pieces, G_N_ELEMENTS(pieces), 1 + round % 30,
					     &state);
		g_assert_true(g_utf8_validate(text->str, (gssize)text->len, NULL));
		for (gsize start = 0; start <= text->len; start++)
			for (gsize end = start; end <= text->len; end++)
				assert_same_compact(text->str, start, end);
	}
	const char *root = g_getenv("CROSSFOOT_SOURCE_ROOT");
	g_autofree char *dir = g_build_filename(root ? root : ".", "corpus", NULL);
	g_autoptr(GDir) listing = g_dir_open(dir, 0, NULL);
	g_assert_nonnull(listing);
	guint lines = 0;
	for (const char *name; (name = g_dir_read_name(listing)) != NULL;) {
		if (!g_str_has_suffix(name, ".txt"))
			continue;
		g_autofree char *path = g_build_filename(dir, name, NULL);
		g_autofree char *text = NULL;
		gsize length = 0;
		g_assert_true(g_file_get_contents(path, &text, &length, NULL));
		if (!g_utf8_validate(text, (gssize)length, NULL))
			continue; /* the GB18030 seeds */
		for (gsize start = 0; start < length; lines++) {
			const char *eol = memchr(text + start, '\n', length - start);
			gsize end = eol ? (gsize)(eol - text) : length;
			assert_same_compact(text, start, end);
			start = end + 1;
		}
	}
	g_assert_cmpuint(lines, >, 0);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);

	g_test_add_func("/segment/table/seed001-first", test_table_seed001_first);
	g_test_add_func("/segment/table/seed001-second", test_table_seed001_second);
	g_test_add_func("/segment/table/header-trailing-empties", test_table_header_trailing_empties);
	g_test_add_func("/segment/table/seed000-total-row", test_table_seed000_total_row);
	g_test_add_func("/segment/table/seed003-scores", test_table_seed003_scores);
	for (guint i = 0; i < G_N_ELEMENTS(row_cases); i++) {
		g_autofree char *path = g_strdup_printf("/segment/table/rows/%s", row_cases[i].name);
		g_test_add_data_func(path, &row_cases[i], test_table_rows);
	}
	for (guint i = 0; i < G_N_ELEMENTS(unit_cases); i++) {
		g_autofree char *path = g_strdup_printf("/segment/table/unit/%s", unit_cases[i].name);
		g_test_add_data_func(path, &unit_cases[i], test_table_units);
	}
	for (guint i = 0; i < G_N_ELEMENTS(align_cases); i++) {
		g_autofree char *path = g_strdup_printf("/segment/table/align/%s",
							align_cases[i].name);
		g_test_add_data_func(path, &align_cases[i], test_table_align);
	}
	for (guint i = 0; i < G_N_ELEMENTS(heading_cases); i++) {
		g_autofree char *path = g_strdup_printf("/segment/heading/line/%s",
							heading_cases[i].name);
		g_test_add_data_func(path, &heading_cases[i], test_heading_line);
	}
	g_test_add_func("/segment/heading/seed000", test_heading_seed000);
	g_test_add_func("/segment/heading/seed004", test_heading_seed004);
	for (guint i = 0; i < G_N_ELEMENTS(sentence_cases); i++) {
		g_autofree char *path = g_strdup_printf("/segment/sentence/%s",
							sentence_cases[i].name);
		g_test_add_data_func(path, &sentence_cases[i], test_sentence_split);
	}
	g_test_add_func("/segment/sentence/blocks", test_sentence_split_blocks);
	g_test_add_func("/segment/sentence/many", test_sentence_many);
	g_test_add_func("/segment/document-alloc", test_document_alloc);
	g_test_add_func("/segment/text/count-and-trim", test_count_visible);
	g_test_add_func("/segment/text/count-valid", test_count_visible_valid);
	g_test_add_func("/segment/text/compact-valid", test_dup_compact_valid);
	g_test_add_func("/segment/paragraph/artefact-only", test_paragraph_artefact_only);
	for (guint i = 0; i < G_N_ELEMENTS(metadata_cases); i++) {
		g_autofree char *path = g_strdup_printf("/segment/metadata/seed%s",
							metadata_cases[i].seed);
		g_test_add_data_func(path, &metadata_cases[i], test_metadata_seed);
	}
	for (guint i = 0; i < G_N_ELEMENTS(metadata_text_cases); i++) {
		g_autofree char *path = g_strdup_printf("/segment/metadata/text/%s",
							metadata_text_cases[i].name);
		g_test_add_data_func(path, &metadata_text_cases[i], test_metadata_text);
	}
	g_test_add_func("/segment/metadata/self-year-offsets", test_metadata_self_year_offsets);
	g_test_add_func("/segment/pathological/tab-line", test_pathological_tab_line);
	g_test_add_func("/segment/pathological/blank-lines", test_pathological_blank_lines);
	g_test_add_func("/segment/pathological/many-rows", test_pathological_many_rows);
	g_test_add_func("/segment/pathological/many-continuations",
			test_pathological_many_continuations);
	g_test_add_func("/segment/document/resegment", test_resegment);
	g_test_add_func("/segment/table/paired-halves", test_table_paired);
	g_test_add_func("/segment/table/numbering-row", test_table_numbering);
	g_test_add_func("/segment/table/grid-sections", test_table_grid_sections);
	g_test_add_func("/segment/unwrap/joins", test_unwrap_joins);
	g_test_add_func("/segment/unwrap/leaves", test_unwrap_leaves);
	g_test_add_func("/segment/unwrap/clause-end", test_unwrap_clause_end);
	g_test_add_func("/segment/unwrap/table", test_unwrap_table);
	g_test_add_func("/segment/document/blocks-without-metadata", test_blocks_without_metadata);
	return g_test_run();
}
