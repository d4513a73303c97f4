/* Tests of the table families (table, score, prose-table, sibling, restated): small
 * synthetic reports that must and must not fire each rule, the seed expectations of issue 3,
 * and the table model itself. */
#include "check/cf-check-table.h"

#include "cf-test-pipeline.h"

/* ---- table-driven cases on synthetic text ---- */

typedef struct {
	const char *path;
	const char *text;
	const char *rule;
	guint line;          /* the finding's line; 0: the rule must not fire at all */
	CfSeverity severity;
	const char *message; /* a part the message must contain, or NULL */
} Case;

/* Cells start with a TAB, a blank line ends a row.  Line numbers in comments. */
#define BUDGET_HEADER "金额单位：万元\n\t项目名称\n\t预算数\n\t支出数\n\n" /* 1-5 */
/* Two items and their 本年收入合计 (lines 6-16), as a 决算 table prints them above its 总计. */
#define INCOME_ROWS                                                                              \
	BUDGET_HEADER "\tA项目\n\t100\n\t90\n\n\tB项目\n\t50\n\t40\n\n\t本年收入合计\n\t150\n\t130\n\n"

/* A 决算's 功能分类 table: rows at three levels of subject code (类 208, 款 20805, 项
 * 2080505), its 合计 over the 类 rows only.  Lines: 1 unit, 2 header, 4 合计, 5-12 rows. */
#define CODED_HEADER                                                                             \
	"单位：万元\n| 科目编码 | 科目名称 | 本年支出合计 | 基本支出 | 项目支出 |\n|---|---|---|---|---|\n"
#define CODED_TOP "| 合计 | | 170 | 100 | 70 |\n| 208 | 社会保障和就业支出 | 60 | 60 | |\n"
#define CODED_213                                                                                \
	"| 213 | 农林水支出 | 110 | 40 | 70 |\n| 21301 | 农业农村 | 110 | 40 | 70 |\n"            \
	"| 2130101 | 行政运行 | 40 | 40 | |\n| 2130122 | 农业生产发展 | 70 | | 70 |\n"

/* A 三公经费 table: 预算数 and 决算数, each a 合计 over three items, one of them a 小计 over two.
 * Lines: 1 unit, 2-4 headers, 5 the figures. */
#define SANGONG_HEADER                                                                           \
	"单位：万元\n| 预算数 | | | | | | 决算数 | | | | | |\n"                                    \
	"| 合计 | 因公出国（境）费 | 公务用车购置及运行费 | | | 公务接待费 | 合计 | 因公出国（境）费 | "   \
	"公务用车购置及运行费 | | | 公务接待费 |\n"                                                      \
	"| | | 小计 | 公务用车购置费 | 公务用车运行费 | | | | 小计 | 公务用车购置费 | 公务用车运行费 | |\n"

/* A 三公 table under a title row and a unit row; 公务用车费 (line 7) and its numbered 其中 rows
 * (lines 8, 9) as given. */
#define SANGONG_TITLED(car, running, bought)                                                   \
	"2015年某某市某某局部门“三公”经费情况统计表 | ||\n"                                       \
	"? | 单位:万元 | |\n"                                                                       \
	"项 目 | 本年预算数 | 其中:公共预算财政拨款 |\n"                                           \
	"合 计 | 34.35 | 34.35 |\n"                                                                 \
	"1.因公出国(境)费用 | 0 | 0 |\n"                                                            \
	"2.公务接待费 | 1.70 | 1.70 |\n"                                                            \
	"3.公务用车费 | " car " | " car " |\n"                                                      \
	"其中:(1)公务用车运行维护费 | " running " | " running " |\n"                               \
	"(2)公务用车购置 | " bought " | " bought " |\n"

/* A 自评表 exported as a grid: funds (dashes under the 分值, 执行率 and 得分 of the 其中 row)
 * and indicators, one table after the other.  Lines: 1 header, 2 年度资金总额 (its 执行率 and
 * 得分 given), 3-5 其中 and the other sources, 6 header, 7-8 indicators, 9 总分 (its 得分
 * given). */
#define SCORE_GRID(rate, score, total)                                                         \
	"| 项目资金（万元） | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"      \
	"| | 年度资金总额 | 80.00 | 90.00 | 81.00 | 10 | " rate " | " score " |\n"                  \
	"| | 其中：当年财政拨款 | 80.00 | 90.00 | 81.00 | — | — | — |\n"                          \
	"| | 上年结转资金 | 0.00 | 0.00 | 0.00 | — | — | — |\n"                                    \
	"| | 其他资金 | 0.00 | 0.00 | 0.00 | — | — | — |\n"                                        \
	"| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因 |\n"    \
	"| 产出指标（60分） | 数量指标 | 巡护里程 | ≥500公里 | 520公里 | 60 | 60 | |\n"              \
	"| 效益指标（30分） | 生态效益指标 | 森林覆盖率 | ≥62% | 61% | 30 | 28 | 宣传不足 |\n"      \
	"| 总分 | | | | | 100 | " total " | |\n"

/* A table a cell a line, its | on the line after each cell, 合计 above its rows (r74-17);
 * @tail ends the text. */
#define CELL_LINES_TOTAL_FIRST(tail)                                                             \
	"行业\n|\nR&D经费(万元)\n|\n投入强度(%)\n|\n合计\n|\n2572607.4\n|\n0.62\n|\n"            \
	"采矿业\n|\n109915.5\n|\n0.42\n|\n制造业\n|\n2449882.1\n|\n0.67\n|\n" tail

static const Case cases[] = {
	/* ---- table-total-mismatch ---- */
	/* a table the document's end cuts inside a row: a total above its rows is not checked,
	 * its last rows may be lost */
	{"/check/table/cut-by-the-end", CELL_LINES_TOTAL_FIRST("食品制造业\n|\n"),
	 "table-total-mismatch", 0, 0, NULL},
	{"/check/table/not-cut-broken", CELL_LINES_TOTAL_FIRST("食品制造业\n|\n36762.7\n|\n0.13\n|\n"),
	 "table-total-mismatch", 9, CF_SEVERITY_ERROR, "合计"},
	/* a column of row numbers (行号, 栏次, 行次) holds no values (r58-07) */
	{"/check/table/row-number-column",
	 "单位:元 | |||||\n项目 | 行号 | 本期 | 上年同期 |\n1、总收入 | 1 | 57048285.18 | 61921466.66 |\n"
	 "其中:医疗收入 | 2 | 43245334.20 | 44398351.66 |\n"
	 "财政拨款收入 | 3 | 12954900.00 | 11152900.00 |\n其他收入 | 4 | 848050.98 | 6370215.00 |\n",
	 "table-total-mismatch", 0, 0, NULL},
	{"/check/table/row-number-column-broken",
	 "单位:元 | |||||\n项目 | 行号 | 本 期 | 上年同期 | 增加额 | 增长率 |\n"
	 "1、总收入 | 1 | 61625022.26 | 66095039.04 | -4470016.78 | -6.76% |\n"
	 "其中:医疗收入 | 2 | 43245334.20 | 44398351.66 | -1153017.46 | -2.60% |\n"
	 "财政拨款收入 | 3 | 12954900.00 | 11152900.00 | 1802000.00 | 16.16% |\n"
	 "其他收入 | 4 | 848050.98 | 6370215.00 | -5522164.02 | -86.69% |\n",
	 "table-total-mismatch", 3, CF_SEVERITY_ERROR, "'本期'"},
	{"/check/table/total-holds",
	 BUDGET_HEADER "\tA项目\n\t100\n\t90\n\n\tB项目\n\t50\n\t40\n\n\t合计\n\t150\n\t130\n",
	 "table-total-mismatch", 0, 0, NULL},
	/* rows under rows shown only by indentation, no codes: 60 = 35 + 25 and 40 = 40 under a 合计
	 * of 100 (line 3) */
	{"/check/table/indented-hierarchy-holds",
	 "| 项目 | 本年支出合计 | 基本支出 |\n| 合计 | 100.00 | 70.00 |\n"
	 "| 一般公共服务支出 | 60.00 | 50.00 |\n| 政府办公厅事务 | 35.00 | 30.00 |\n"
	 "| 行政运行 | 25.00 | 20.00 |\n| 农林水支出 | 40.00 | 20.00 |\n| 农业农村 | 40.00 | 20.00 |\n",
	 "table-total-mismatch", 0, 0, NULL},
	{"/check/table/indented-hierarchy-top-broken",
	 "| 项目 | 本年支出合计 | 基本支出 |\n| 合计 | 110.00 | 70.00 |\n"
	 "| 一般公共服务支出 | 60.00 | 50.00 |\n| 政府办公厅事务 | 35.00 | 30.00 |\n"
	 "| 行政运行 | 25.00 | 20.00 |\n| 农林水支出 | 40.00 | 20.00 |\n| 农业农村 | 40.00 | 20.00 |\n",
	 "table-total-mismatch", 2, CF_SEVERITY_ERROR, NULL},
	/* the same reading must hold in every column: 基本支出 50 is not 30 + 25 */
	{"/check/table/indented-hierarchy-one-column-only",
	 "| 项目 | 本年支出合计 | 基本支出 |\n| 合计 | 100.00 | 70.00 |\n"
	 "| 一般公共服务支出 | 60.00 | 50.00 |\n| 政府办公厅事务 | 35.00 | 30.00 |\n"
	 "| 行政运行 | 25.00 | 25.00 |\n| 农林水支出 | 40.00 | 20.00 |\n| 农业农村 | 40.00 | 20.00 |\n",
	 "table-total-mismatch", 2, CF_SEVERITY_ERROR, NULL},
	/* one row under another alone is no hierarchy: a 合计 short by a row */
	{"/check/table/single-under-single-is-flat",
	 "| 项目 | 金额 |\n| 合计 | 35 |\n| 甲 | 30 |\n| 乙 | 5 |\n| 丙 | 5 |\n",
	 "table-total-mismatch", 2, CF_SEVERITY_ERROR, "30 + 5 + 5 = 40"},
	/* a 决算's 总计 below 本年收入合计 adds the rows after it (总计 at lines 22-24) */
	{"/check/table/grand-total-holds",
	 INCOME_ROWS "\t年初结转和结余\n\t20\n\t10\n\n\t总计\n\t170\n\t140\n",
	 "table-total-mismatch", 0, 0, NULL},
	{"/check/table/grand-total-broken",
	 INCOME_ROWS "\t年初结转和结余\n\t20\n\t10\n\n\t总计\n\t160\n\t140\n",
	 "table-total-mismatch", 23, CF_SEVERITY_ERROR, "150万元 + 20万元 = 170万元"},
	/* …also when a row after the 合计 is broken down in the rows beneath it (总计 30-32) */
	{"/check/table/grand-total-over-breakdown-holds",
	 INCOME_ROWS "\t年初结转和结余\n\t20\n\t10\n\n\t一般公共预算财政拨款\n\t15\n\t10\n\n"
	 "\t政府性基金预算财政拨款\n\t5\n\t0\n\n\t总计\n\t170\n\t140\n",
	 "table-total-mismatch", 0, 0, NULL},
	{"/check/table/grand-total-over-breakdown-broken",
	 INCOME_ROWS "\t年初结转和结余\n\t20\n\t10\n\n\t一般公共预算财政拨款\n\t15\n\t10\n\n"
	 "\t政府性基金预算财政拨款\n\t5\n\t0\n\n\t总计\n\t175\n\t140\n",
	 "table-total-mismatch", 31, CF_SEVERITY_ERROR, NULL},
	{"/check/table/total-broken",
	 BUDGET_HEADER "\tA项目\n\t100\n\t90\n\n\tB项目\n\t50\n\t40\n\n\t合计\n\t140\n\t130\n",
	 "table-total-mismatch", 15, CF_SEVERITY_ERROR, "the 2 rows it covers in column '预算数'"},
	{"/check/table/total-spending-broken",
	 BUDGET_HEADER "\tA项目\n\t100\n\t90\n\n\tB项目\n\t50\n\t40\n\n\t合计\n\t150\n\t135\n",
	 "table-total-mismatch", 16, CF_SEVERITY_ERROR, "= 130万元"},
	{"/check/table/total-zero-over-figures",
	 BUDGET_HEADER "\tA项目\n\t100\n\t90\n\n\tB项目\n\t50\n\t40\n\n\t合计\n\t0\n\t0\n",
	 "table-total-mismatch", 15, CF_SEVERITY_ERROR, NULL},
	{"/check/table/total-blank-over-figures",
	 BUDGET_HEADER "\tA项目\n\t100\n\t90\n\n\tB项目\n\t50\n\t40\n\n\t合计\n\t150\n\t\n",
	 "table-total-mismatch", 16, CF_SEVERITY_ERROR, "gives no figure for '支出数'"},
	{"/check/table/total-dash-not-blank",
	 BUDGET_HEADER "\tA项目\n\t100\n\t90\n\n\tB项目\n\t50\n\t40\n\n\t合计\n\t150\n\t—\n",
	 "table-total-mismatch", 0, 0, NULL},
	{"/check/table/total-first-row",
	 BUDGET_HEADER "\t合计\n\t160\n\t130\n\n\tA项目\n\t100\n\t90\n\n\tB项目\n\t50\n\t40\n",
	 "table-total-mismatch", 7, CF_SEVERITY_ERROR, NULL},
	{"/check/table/total-first-row-holds",
	 BUDGET_HEADER "\t合计\n\t150\n\t130\n\n\tA项目\n\t100\n\t90\n\n\tB项目\n\t50\n\t40\n",
	 "table-total-mismatch", 0, 0, NULL},
	{"/check/table/subtotals-hold",
	 BUDGET_HEADER "\tA项目\n\t100\n\t90\n\n\tB项目\n\t50\n\t40\n\n\t小计\n\t150\n\t130\n\n"
		       "\tC项目\n\t10\n\t10\n\n\t小计\n\t10\n\t10\n\n\t合计\n\t160\n\t140\n",
	 "table-total-mismatch", 0, 0, NULL},
	{"/check/table/subtotal-broken",
	 BUDGET_HEADER "\tA项目\n\t100\n\t90\n\n\tB项目\n\t50\n\t40\n\n\t小计\n\t155\n\t130\n\n"
		       "\tC项目\n\t10\n\t10\n\n\t小计\n\t10\n\t10\n\n\t合计\n\t160\n\t140\n",
	 "table-total-mismatch", 15, CF_SEVERITY_ERROR, NULL},
	{"/check/table/rounding-gap-is-note",
	 BUDGET_HEADER "\tA项目\n\t33.33\n\t1\n\n\tB项目\n\t33.33\n\t1\n\n\tC项目\n\t33.33\n\t1\n\n"
		       "\t合计\n\t100.00\n\t3\n",
	 "sum-rounding", 19, CF_SEVERITY_NOTE, "only within the rounding"},
	{"/check/table/integer-rounding-is-note",
	 BUDGET_HEADER "\tA项目\n\t100\n\t90\n\n\tB项目\n\t50\n\t40\n\n\t合计\n\t150\n\t131\n",
	 "table-total-mismatch", 0, 0, NULL},
	{"/check/table/one-unit-gap-is-note",
	 BUDGET_HEADER "\tA项目\n\t33.3\n\t1\n\n\tB项目\n\t33.3\n\t1\n\n\tC项目\n\t33.3\n\t1\n\n"
		       "\t合计\n\t100.2\n\t3\n",
	 "table-total-mismatch", 19, CF_SEVERITY_NOTE, "one unit in the last place"},
	/* a 其中 row and the unmarked row after it close on their parent: not double-counted */
	{"/check/table/detail-rows-closed",
	 BUDGET_HEADER "\t基本支出\n\t100\n\t100\n\n\t其中：人员经费\n\t60\n\t60\n\n\t公用经费\n\t40\n\t40\n\n"
		       "\t项目支出\n\t50\n\t50\n\n\t合计\n\t150\n\t150\n",
	 "table-total-mismatch", 0, 0, NULL},
	{"/check/table/detail-row-then-item",
	 BUDGET_HEADER "\t基本支出\n\t100\n\t100\n\n\t其中：人员经费\n\t60\n\t60\n\n"
		       "\t项目支出\n\t50\n\t50\n\n\t合计\n\t160\n\t150\n",
	 "table-total-mismatch", 19, CF_SEVERITY_ERROR, NULL},
	/* ---- table-part-exceeds ---- */
	{"/check/part/detail-row-exceeds",
	 BUDGET_HEADER "\t基本支出\n\t100\n\t100\n\n\t其中：人员经费\n\t120\n\t60\n\n"
		       "\t项目支出\n\t50\n\t50\n",
	 "table-part-exceeds", 11, CF_SEVERITY_ERROR, NULL},
	/* a change of either sign bounds nothing: -1153017.46 under a total change of -4470016.78 */
	{"/check/part/signed-changes-not-bounded",
	 "单位：元\n\t项目\n\t本年\n\t上年\n\t增加额\n\n\t总收入\n\t61625022.26\n\t66095039.04\n"
	 "\t-4470016.78\n\n\t其中：医疗收入\n\t43245334.20\n\t44398351.66\n\t-1153017.46\n\n",
	 "table-part-exceeds", 0, 0, NULL},
	{"/check/part/detail-row-within",
	 BUDGET_HEADER "\t基本支出\n\t100\n\t100\n\n\t其中：人员经费\n\t60\n\t60\n\n"
		       "\t项目支出\n\t50\n\t50\n",
	 "table-part-exceeds", 0, 0, NULL},
	{"/check/part/column-exceeds",
	 "金额单位：万元\n\t项目名称\n\t预算金额\n\n\t\n\t指标总额\n\t其中：区级资金\n\n"
	 "\tA项目\n\t100\n\t120\n\n\tB项目\n\t50\n\t50\n",
	 "table-part-exceeds", 11, CF_SEVERITY_ERROR, "exceeds"},
	{"/check/part/column-within",
	 "金额单位：万元\n\t项目名称\n\t预算金额\n\n\t\n\t指标总额\n\t其中：区级资金\n\n"
	 "\tA项目\n\t100\n\t80\n\n\tB项目\n\t50\n\t50\n",
	 "table-part-exceeds", 0, 0, NULL},
	/* the shares of a section that says so (…构成(%)) are each of their column's own
	 * population: no parts of the share in the whole's column (r44-23); the count row is */
	{"/check/part/shares-section",
	 "单位:万人、%\n指标 | 全省 | 其中:规模农业经营户 | 其中:农业经营单位 |\n"
	 "农业生产经营人员总数(万人) | 527.8 | 35.0 | 48.0 |\n农业生产经营人员性别构成(%) | | | |\n"
	 "男性 | 60.3 | 59.0 | 66.9 |\n女性 | 39.7 | 41.0 | 33.1 |\n",
	 "table-part-exceeds", 0, 0, NULL},
	{"/check/part/shares-section-count-row",
	 "单位:万人、%\n指标 | 全省 | 其中:规模农业经营户 | 其中:农业经营单位 |\n"
	 "农业生产经营人员总数(万人) | 52.8 | 35.0 | 48.0 |\n农业生产经营人员性别构成(%) | | | |\n"
	 "男性 | 60.3 | 59.0 | 66.9 |\n女性 | 39.7 | 41.0 | 33.1 |\n",
	 "table-part-exceeds", 3, CF_SEVERITY_ERROR, "35.0 + 48.0"},
	/* a title row and a unit row above the header (lines 1-2), numbered 其中 rows (8-9) */
	{"/check/part/numbered-detail-rows-exceed",
	 SANGONG_TITLED("0", "32.65", "0"), "table-part-exceeds", 7, CF_SEVERITY_ERROR,
	 "not the sum of the 其中 rows of 3.公务用车费"},
	{"/check/table/titled-total-in-unit",
	 SANGONG_TITLED("0", "32.65", "0"), "table-total-mismatch", 4, CF_SEVERITY_ERROR,
	 "34.35万元 is not the sum of the 3 rows"},
	/* (2) after 其中:(1) is a 其中 row too: the breakdown is closed (not open to the rows
	 * after it), so the 合计 is checked over 1., 2. and 3. */
	{"/check/table/numbered-detail-rows-closed",
	 SANGONG_TITLED("30", "20", "5"), "table-total-mismatch", 4, CF_SEVERITY_ERROR,
	 "0万元 + 1.70万元 + 30万元 = 31.7万元"},
	{"/check/table/numbered-detail-rows-hold",
	 SANGONG_TITLED("32.65", "20", "5"), "table-total-mismatch", 0, 0, NULL},
	/* a table scraped a cell a line */
	{"/check/table/cell-lines-total-broken",
	 "单位:万元\n项目 |\n预算数 |\n合计 |\n4532 |\n1.因公出国(境)费用 |\n39 |\n"
	 "2.公务接待费 |\n323 |\n3.公务用车购置及运行维护费 |\n4070 |\n",
	 "table-total-mismatch", 5, CF_SEVERITY_ERROR, "4532万元 is not the sum of the 3 rows"},
	/* a short row shaped as a full row above it (a label, two figures, empty cells) takes
	 * its columns from the left; a row cut short says nothing of the columns it lacks */
#define SHORT_TOTAL(total)                                                                     \
	"单位:万元 | |||||\n项目 | 2016年预算数 | 上年完成数 | 比上年增减额 | 比上年增减% | 备注 |\n"    \
	"一、税收收入 | 24039 | 21561 | 2478 | 11.49 | |\n二、非税收入 | 20302 | 18749 | 1553 | 8.28 | |\n"  \
	"区级财政收入合计 | 44341 | 40310 | 4031 | 10.00 | |\n上级补助收入 | 37811 | 46850 | |||\n"       \
	"上年结转结余 | 1441 | 1453 | |||\n收入总计 | " total " | 88613 |\n"
	{"/check/table/short-row-as-the-rows-above-holds", SHORT_TOTAL("83593"),
	 "table-total-mismatch", 0, 0, NULL},
	{"/check/table/short-row-as-the-rows-above-broken", SHORT_TOTAL("83693"),
	 "table-total-mismatch", 8, CF_SEVERITY_WARNING,
	 "in column '2016年预算数': 44341万元 + 37811万元 + 1441万元 = 83593万元"},
#undef SHORT_TOTAL
	/* a table of averages (its title says 院均): the 合计 row is the average of all */
	{"/check/table/averages-title",
	 "院均总收入情况\n单位：千元\n| 类别 | 总收入 | 医疗收入 |\n|---|---|---|\n"
	 "| 合计 | 425072.64 | 377648.80 |\n| 部属 | 5211940.08 | 4653828.96 |\n"
	 "| 省属 | 1938859.31 | 1746381.65 |\n",
	 "table-total-mismatch", 0, 0, NULL},
	{"/check/table/sums-title",
	 "总收入情况\n单位：千元\n| 类别 | 总收入 | 医疗收入 |\n|---|---|---|\n"
	 "| 合计 | 425072.64 | 377648.80 |\n| 部属 | 5211940.08 | 4653828.96 |\n"
	 "| 省属 | 1938859.31 | 1746381.65 |\n",
	 "table-total-mismatch", 5, CF_SEVERITY_ERROR, "5211940.08千元 + 1938859.31千元"},
	/* ---- execution-rate-mismatch ---- */
	{"/check/rate/holds",
	 "金额单位：万元\n\t项目\n\t全年预算数\n\t全年执行数\n\t执行率\n\n\tA项目\n\t200\n\t150\n\t75%\n",
	 "execution-rate-mismatch", 0, 0, NULL},
	{"/check/rate/broken",
	 "金额单位：万元\n\t项目\n\t全年预算数\n\t全年执行数\n\t执行率\n\n\tA项目\n\t200\n\t150\n\t80%\n",
	 "execution-rate-mismatch", 10, CF_SEVERITY_ERROR, "执行率 of A项目"},
	{"/check/rate/full-year-budget-not-initial",
	 "金额单位：万元\n\t项目\n\t年初预算数\n\t全年预算数\n\t全年执行数\n\t执行率\n\n"
	 "\tA项目\n\t100\n\t200\n\t150\n\t75%\n",
	 "execution-rate-mismatch", 0, 0, NULL},
	{"/check/rate/rounded-holds",
	 "金额单位：万元\n\t项目\n\t预算数\n\t执行数\n\t执行率\n\n\tA项目\n\t3\n\t1\n\t33.3%\n",
	 "execution-rate-mismatch", 0, 0, NULL},
	/* a bare number under 执行率 and a % under another column: the row's cells are out of
	 * their columns; a bare number with no % elsewhere is a rate */
	{"/check/rate/row-shifted",
	 "\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
	 "\t387664.62\t387664.62\t10\t100%\t10\n",
	 "execution-rate-mismatch", 0, 0, NULL},
	{"/check/rate/bare-number-broken",
	 "金额单位：万元\n\t项目\n\t全年预算数\n\t全年执行数\n\t执行率\n\n\tA项目\n\t200\n\t150\n\t80\n",
	 "execution-rate-mismatch", 10, CF_SEVERITY_ERROR, "执行率 of A项目"},
	/* ---- score-exceeds-max ---- */
	{"/check/score/exceeds-max",
	 "\t指标\n\t分值\n\t得分\n\n\t数量指标\n\t10\n\t15\n\n\t质量指标\n\t20\n\t20\n",
	 "score-exceeds-max", 7, CF_SEVERITY_ERROR, NULL},
	{"/check/score/within-max",
	 "\t指标\n\t分值\n\t得分\n\n\t数量指标\n\t10\n\t9.5\n\n\t质量指标\n\t20\n\t20\n",
	 "score-exceeds-max", 0, 0, NULL},
	/* ---- score-total-mismatch ---- */
	{"/check/score/total-holds",
	 "\t指标\n\t分值\n\t得分\n\n\t数量指标\n\t40\n\t38\n\n\t质量指标\n\t60\n\t55\n\n\t总分\n\t100\n\t93\n",
	 "score-total-mismatch", 0, 0, NULL},
	{"/check/score/total-score-broken",
	 "\t指标\n\t分值\n\t得分\n\n\t数量指标\n\t40\n\t38\n\n\t质量指标\n\t60\n\t55\n\n\t总分\n\t100\n\t3\n",
	 "score-total-mismatch", 15, CF_SEVERITY_ERROR, "= 93"},
	{"/check/score/total-max-broken",
	 "\t指标\n\t分值\n\t得分\n\n\t数量指标\n\t40\n\t38\n\n\t质量指标\n\t50\n\t45\n\n\t总分\n\t100\n\t83\n",
	 "score-total-mismatch", 14, CF_SEVERITY_ERROR, "分值"},
	/* a 自评表 as one grid: the goals part (年度总体目标 and its sentences) runs under the
	 * funds' 分值 column, which still holds the funds row's 10 of the 100 */
#define GRID_SELF_EVALUATION(total)                                                                \
	"| 项目资金（万元） |  | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |  |\n"    \
	"|  | 年度资金总额 | 320.00 | 320.00 | 288.00 | 10 | 90.00% | 9 |  |\n"                   \
	"|  | 其中：当年财政拨款 | 320.00 | 320.00 | 288.00 | — | — | — |  |\n"                   \
	"| 年度总体目标 | 预期目标 |  |  |  | 实际完成情况 |  |  |  |\n"                           \
	"|  | 新建路径40条，改造场地12处。 |  |  |  | 新建路径40条，改造场地12处，已完成。 |  |  |  |\n" \
	"| 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因 |\n" \
	"|  | 产出指标 | 数量指标 | 新建路径 | 40条 | 40条 | 50 | 50 |  |\n"                        \
	"|  | 效益指标 | 满意度指标 | 群众满意度 | ≥90% | 96% | 40 | 36 |  |\n"                    \
	"| 总分 |  |  |  |  |  | " total " | 95 |  |\n"
	{"/check/score/goals-under-max-column-holds", GRID_SELF_EVALUATION("100"),
	 "score-total-mismatch", 0, 0, NULL},
	{"/check/score/goals-under-max-column-broken", GRID_SELF_EVALUATION("110"),
	 "score-total-mismatch", 9, CF_SEVERITY_ERROR, "10 + 50 + 40 = 100"},
	{"/check/score/prose-total-broken",
	 "本项目自评得分为99分。\n\n\t指标\n\t分值\n\t得分\n\n\t数量指标\n\t40\n\t38\n\n\t质量指标\n\t60\n\t55\n",
	 "score-total-mismatch", 1, CF_SEVERITY_ERROR, NULL},
	{"/check/score/prose-total-holds",
	 "本项目自评得分为93分。\n\n\t指标\n\t分值\n\t得分\n\n\t数量指标\n\t40\n\t38\n\n\t质量指标\n\t60\n\t55\n",
	 "score-total-mismatch", 0, 0, NULL},
	{"/check/score/group-heading-broken",
	 "\t一级指标\n\t三级指标\n\t分值\n\t得分\n\n\t产出指标(50分)\n\t数量\n\t20\n\t20\n\n\t\n\t质量\n\t20\n\t20\n\n"
	 "\t效益指标(50分)\n\t满意度\n\t50\n\t50\n",
	 "score-total-mismatch", 6, CF_SEVERITY_ERROR, "under 产出指标"},
	/* 效 is E6 95 88: its last byte is one of （'s (EF BC 88), and the heading must not be
	 * cut inside it */
	{"/check/score/group-heading-multibyte",
	 "\t一级指标\n\t三级指标\n\t分值\n\t得分\n\n\t产出指标（50分）\n\t数量\n\t20\n\t20\n\n\t\n\t质量\n\t30\n\t20\n\n"
	 "\t效益指标（50分）\n\t满意度\n\t40\n\t40\n",
	 "score-total-mismatch", 16, CF_SEVERITY_ERROR, "under 效益指标:"},
	{"/check/score/group-heading-holds",
	 "\t一级指标\n\t三级指标\n\t分值\n\t得分\n\n\t产出指标(50分)\n\t数量\n\t20\n\t20\n\n\t\n\t质量\n\t30\n\t20\n\n"
	 "\t效益指标(50分)\n\t满意度\n\t50\n\t50\n",
	 "score-total-mismatch", 0, 0, NULL},
	/* a grid's funds and indicators are one sheet; whole-number scores are exact points */
	{"/check/score/grid-total-holds", SCORE_GRID("90.00%", "9", "97"), "score-total-mismatch", 0,
	 0, NULL},
	{"/check/score/grid-total-one-point-off", SCORE_GRID("90.00%", "9", "98"),
	 "score-total-mismatch", 9, CF_SEVERITY_ERROR, "9 + 60 + 28 = 97"},
	/* ---- score-rate-mismatch ---- */
	{"/check/score/rate-score-holds", SCORE_GRID("90.00%", "9", "97"), "score-rate-mismatch", 0,
	 0, NULL},
	{"/check/score/rate-score-broken", SCORE_GRID("90.00%", "8", "96"), "score-rate-mismatch", 2,
	 CF_SEVERITY_WARNING, "10 × 90.00% = 9"},
	{"/check/score/rate-score-rounded-holds", SCORE_GRID("91.67%", "9.17", "97.17"),
	 "score-rate-mismatch", 0, 0, NULL},
	{"/check/score/rate-score-capped", SCORE_GRID("105.00%", "9", "97"), "score-rate-mismatch", 2,
	 CF_SEVERITY_WARNING, "capped at 10"},
	/* the dashes of the 其中 row leave the 执行率 column a column of rates */
	{"/check/score/grid-execution-rate-broken", SCORE_GRID("95.00%", "9", "97"),
	 "execution-rate-mismatch", 2, CF_SEVERITY_ERROR, "81.00万元 / 90.00万元"},
	/* ---- prose-table-mismatch ---- */
	{"/check/prose-table/count-holds",
	 "2021年重点项目2个，预算共150万元，具体情况如下：\n" BUDGET_HEADER
	 "\tA项目\n\t100\n\t90\n\n\tB项目\n\t50\n\t40\n",
	 "prose-table-mismatch", 0, 0, NULL},
	{"/check/prose-table/count-broken",
	 "2021年重点项目3个，预算共150万元，具体情况如下：\n" BUDGET_HEADER
	 "\tA项目\n\t100\n\t90\n\n\tB项目\n\t50\n\t40\n",
	 "prose-table-mismatch", 1, CF_SEVERITY_ERROR, "the 2 项目 rows"},
	{"/check/prose-table/total-broken",
	 "2021年重点项目2个，预算共160万元，实际支出130万元。具体情况如下：\n" BUDGET_HEADER
	 "\tA项目\n\t100\n\t90\n\n\tB项目\n\t50\n\t40\n",
	 "prose-table-mismatch", 1, CF_SEVERITY_ERROR, "column '预算数'"},
	/* two budgets said of one 预算数 column: the one nearest its total states it */
	{"/check/prose-table/two-budgets-holds",
	 "2021年年初预算120万元，全年预算150万元，实际支出130万元。具体情况如下：\n" BUDGET_HEADER
	 "\tA项目\n\t100\n\t90\n\n\tB项目\n\t50\n\t40\n",
	 "prose-table-mismatch", 0, 0, NULL},
	{"/check/prose-table/two-budgets-broken",
	 "2021年年初预算120万元，全年预算155万元，实际支出130万元。具体情况如下：\n" BUDGET_HEADER
	 "\tA项目\n\t100\n\t90\n\n\tB项目\n\t50\n\t40\n",
	 "prose-table-mismatch", 1, CF_SEVERITY_ERROR, "155万元"},
	{"/check/prose-table/spending-broken",
	 "2021年重点项目2个，预算共150万元，实际支出120万元。具体情况如下：\n" BUDGET_HEADER
	 "\tA项目\n\t100\n\t90\n\n\tB项目\n\t50\n\t40\n",
	 "prose-table-mismatch", 1, CF_SEVERITY_ERROR, "column '支出数'"},
	{"/check/prose-table/against-total-row",
	 "2021年项目预算共160万元，具体情况如下：\n" BUDGET_HEADER
	 "\tA项目\n\t100\n\t90\n\n\tB项目\n\t50\n\t40\n\n\t合计\n\t150\n\t130\n",
	 "prose-table-mismatch", 1, CF_SEVERITY_ERROR, "the total of column '预算数'"},
	/* a budget's total as finally allotted: the 实际安排 column's, not the first budget's
	 * (r67-12) */
	{"/check/prose-table/adjusted-budget-total",
	 "2021年通过项目制下达的专项资金合计1,250.00万元,具体情况如下:\n"
	 "| 序号 | 政策任务 | 预算额度 | 调整额度 | 实际安排额度 |\n"
	 "| 1 | 产业链支撑 | 500.00 | 50.00 | 550.00 |\n| 2 | 平台建设 | 700.00 | 0.00 | 700.00 |\n"
	 "| 合计 | | 1,200.00 | 50.00 | 1,250.00 |\n",
	 "prose-table-mismatch", 0, 0, NULL},
	{"/check/prose-table/adjusted-budget-total-broken",
	 "2021年通过项目制下达的专项资金合计1,260.00万元,具体情况如下:\n"
	 "| 序号 | 政策任务 | 预算额度 | 调整额度 | 实际安排额度 |\n"
	 "| 1 | 产业链支撑 | 500.00 | 50.00 | 550.00 |\n| 2 | 平台建设 | 700.00 | 0.00 | 700.00 |\n"
	 "| 合计 | | 1,200.00 | 50.00 | 1,250.00 |\n",
	 "prose-table-mismatch", 1, CF_SEVERITY_ERROR, "the total of column '预算额度'"},
	{"/check/prose-table/no-cue-no-link",
	 "2021年重点项目3个，预算共160万元。\n" BUDGET_HEADER
	 "\tA项目\n\t100\n\t90\n\n\tB项目\n\t50\n\t40\n",
	 "prose-table-mismatch", 0, 0, NULL},
	{"/check/prose-table/last-year-not-total",
	 "2020年预算比上年增加10万元，具体情况如下：\n" BUDGET_HEADER
	 "\tA项目\n\t100\n\t90\n\n\tB项目\n\t50\n\t40\n",
	 "prose-table-mismatch", 0, 0, NULL},
	{"/check/prose-table/cue-paragraph-before-figures",
	 "重点项目3个，预算数为150万元。\n\n具体情况如下：\n\n" BUDGET_HEADER
	 "\tA项目\n\t100\n\t90\n\n\tB项目\n\t50\n\t40\n",
	 "prose-table-mismatch", 1, CF_SEVERITY_ERROR, NULL},
	/* ---- category-mismatch ---- */
	{"/check/category/holds",
	 "预算共160万元，其中：专项业务经费110万元，公共专项经费50万元。具体情况如下：\n"
	 "金额单位：万元\n\t项目名称\n\t项目类型\n\t预算数\n\n"
	 "\tA项目\n\t专项业务\n\t100\n\n\tB项目\n\t专项业务\n\t10\n\n\tC项目\n\t公共专项\n\t50\n",
	 "category-mismatch", 0, 0, NULL},
	{"/check/category/broken",
	 "预算共160万元，其中：专项业务经费120万元，公共专项经费50万元。具体情况如下：\n"
	 "金额单位：万元\n\t项目名称\n\t项目类型\n\t预算数\n\n"
	 "\tA项目\n\t专项业务\n\t100\n\n\tB项目\n\t专项业务\n\t10\n\n\tC项目\n\t公共专项\n\t50\n",
	 "category-mismatch", 1, CF_SEVERITY_ERROR, "category 专项业务"},
	/* ---- sibling-mismatch ---- */
	{"/check/sibling/differs",
	 BUDGET_HEADER "\tA项目\n\t100\n\t90\n\n\tB项目\n\t50\n\t40\n\n\tC项目\n\t10\n\t10\n\n\n"
		       "金额单位：万元\n\t项目名称\n\t预算数\n\n\tA项目\n\t100\n\n\tB项目\n\t5\n\n\tC项目\n\t10\n",
	 "sibling-mismatch", 11, CF_SEVERITY_ERROR, "B项目"},
	{"/check/sibling/agrees",
	 BUDGET_HEADER "\tA项目\n\t100\n\t90\n\n\tB项目\n\t50\n\t40\n\n\tC项目\n\t10\n\t10\n\n\n"
		       "金额单位：万元\n\t项目名称\n\t预算数\n\n\tA项目\n\t100\n\n\tB项目\n\t50\n\n\tC项目\n\t10\n",
	 "sibling-mismatch", 0, 0, NULL},
	{"/check/sibling/other-meaning-not-compared",
	 "金额单位：万元\n\t项目名称\n\t预算数\n\n\tA项目\n\t100\n\n\tB项目\n\t50\n\n\tC项目\n\t10\n\n\n"
		       "金额单位：万元\n\t项目名称\n\t支出数\n\n\tA项目\n\t100\n\n\tB项目\n\t50\n\n\tC项目\n\t10\n",
	 "sibling-mismatch", 0, 0, NULL},
	{"/check/sibling/too-few-shared-items",
	 BUDGET_HEADER "\tA项目\n\t100\n\t90\n\n\tB项目\n\t50\n\t40\n\n\n"
		       "金额单位：万元\n\t项目名称\n\t预算数\n\n\tA项目\n\t10\n\n\tB项目\n\t5\n",
	 "sibling-mismatch", 0, 0, NULL},
	/* two tables side by side, scraped a cell a line, lines of pipes alone for empty cells,
	 * the last row ending with its first half: each half's total over its own rows */
	{"/check/table/cell-lines-two-sided",
	 "单位:亿元\n收入 |\n执行数 |\n支出 |\n执行数 |\n总计 |\n155.41 |\n总计 |\n155.41 |\n"
	 "一、本级收入 |\n30.09 |\n一、本级支出 |\n125.05 |\n税收收入 |\n14.26 |\n二、转移性支出 |\n"
	 "30.36 |\n非税收入 |\n15.83 |\n上解市级 |\n4.2 |\n二、转移性收入 |\n125.31 |\n"
	 "地方政府一般债务还本支出 |\n7.15 |\n上级补助 |\n84.84 |\n设置预算稳定调节基金 |\n8.43 |\n"
	 "调入资金 |\n2.6 |\n结转下年 |\n10.58 |\n地方政府一般债务转贷收入 |\n8.30 |\n||\n上年结转 |\n"
	 "27.01 |\n||\n动用预算稳定调节基金 |\n2.34 |\n||\n接受援助收入 |\n0.21 |\n",
	 "table-total-mismatch", 0, 0, NULL},
	{"/check/table/cell-lines-two-sided-broken",
	 "单位:亿元\n收入 |\n执行数 |\n支出 |\n执行数 |\n总计 |\n155.41 |\n总计 |\n155.41 |\n"
	 "一、本级收入 |\n30.09 |\n一、本级支出 |\n126.05 |\n税收收入 |\n14.26 |\n二、转移性支出 |\n"
	 "30.36 |\n非税收入 |\n15.83 |\n上解市级 |\n4.2 |\n二、转移性收入 |\n125.31 |\n"
	 "地方政府一般债务还本支出 |\n7.15 |\n上级补助 |\n84.84 |\n设置预算稳定调节基金 |\n8.43 |\n"
	 "调入资金 |\n2.6 |\n结转下年 |\n10.58 |\n地方政府一般债务转贷收入 |\n8.30 |\n||\n上年结转 |\n"
	 "27.01 |\n||\n动用预算稳定调节基金 |\n2.34 |\n||\n接受援助收入 |\n0.21 |\n",
	 "table-total-mismatch", 9, CF_SEVERITY_ERROR, "126.05亿元 + 30.36亿元"},
	/* a total numbered as a section, a level above the row after it, heads the rows below */
	{"/check/table/section-total-heads-its-rows",
	 "单位：元\n| 项目 | 预算数 | 执行数 |\n| 一、期初余额 | 694.00 | 640.00 |\n"
	 "| 二、收入合计 | 733.00 | 206.00 |\n| (一)收入小计 | 733.00 | 206.00 |\n"
	 "| 1.保险费收入 | 709.00 | 201.00 |\n| 2.利息收入 | 24.00 | 5.00 |\n"
	 "| 三、支出合计 | 895.00 | 215.00 |\n| (一)支出小计 | 895.00 | 215.00 |\n"
	 "| 1.待遇支出 | 880.00 | 200.00 |\n| 2.其他支出 | 15.00 | 15.00 |\n",
	 "table-total-mismatch", 0, 0, NULL},
	{"/check/table/section-total-heads-its-rows-broken",
	 "单位：元\n| 项目 | 预算数 | 执行数 |\n| 一、期初余额 | 694.00 | 640.00 |\n"
	 "| 二、收入合计 | 733.00 | 206.00 |\n| (一)收入小计 | 733.00 | 206.00 |\n"
	 "| 1.保险费收入 | 709.00 | 201.00 |\n| 2.利息收入 | 24.00 | 5.00 |\n"
	 "| 三、支出合计 | 895.00 | 215.00 |\n| (一)支出小计 | 896.00 | 215.00 |\n"
	 "| 1.待遇支出 | 880.00 | 200.00 |\n| 2.其他支出 | 15.00 | 15.00 |\n",
	 "table-total-mismatch", 9, CF_SEVERITY_WARNING, "896.00元"},
	/* a percentage in a column of money is a cell out of place: no sum over that column */
	{"/check/table/percent-cell-in-money-column",
	 "单位：元\n| 项目 | 预算数 | 执行数 |\n| 合计 | 733.00 | 206.00 |\n"
	 "| 1.保险费收入 | 709.00 | 201.00 |\n| 2.利息收入 | 24.00 | -82.64% |\n",
	 "table-total-mismatch", 0, 0, NULL},
	/* totals above their items throughout: each heads the items below it, the first the
	 * totals below it */
	{"/check/table/totals-head-their-groups",
	 "单位：万元\n| 地区 | 已预下达 | 本次下达 |\n| 全省合计 | 9909 | 2540 |\n"
	 "| 杭州市合计 | 650 | 175 |\n| 淳安县 | 650 | 175 |\n| 温州市合计 | 7606 | 2054 |\n"
	 "| 永嘉县 | 964 | 260 |\n| 苍南县 | 6642 | 1794 |\n| 金华市合计 | 1653 | 311 |\n"
	 "| 磐安县 | 942 | 119 |\n| 武义县 | 711 | 192 |\n",
	 "table-total-mismatch", 0, 0, NULL},
	{"/check/table/totals-head-their-groups-broken",
	 "单位：万元\n| 地区 | 已预下达 | 本次下达 |\n| 全省合计 | 9909 | 2540 |\n"
	 "| 杭州市合计 | 650 | 175 |\n| 淳安县 | 650 | 175 |\n| 温州市合计 | 7706 | 2054 |\n"
	 "| 永嘉县 | 964 | 260 |\n| 苍南县 | 6642 | 1794 |\n| 金华市合计 | 1653 | 311 |\n"
	 "| 磐安县 | 942 | 119 |\n| 武义县 | 711 | 192 |\n",
	 "table-total-mismatch", 6, CF_SEVERITY_ERROR, "964 + 6642 = 7606"},
	/* ---- restated-mismatch ---- */
	/* rows under another by subject code are its parts, not the 合计's */
	{"/check/table/coded-rows-hold",
	 CODED_HEADER CODED_TOP "| 20805 | 行政事业单位养老支出 | 60 | 60 | |\n"
	 "| 2080505 | 基本养老保险缴费支出 | 40 | 40 | |\n| 2080506 | 职业年金缴费支出 | 20 | 20 | |\n"
	 CODED_213,
	 "table-total-mismatch", 0, 0, NULL},
	{"/check/table/coded-row-not-its-parts",
	 CODED_HEADER CODED_TOP "| 20805 | 行政事业单位养老支出 | 60 | 60 | |\n"
	 "| 2080505 | 基本养老保险缴费支出 | 40 | 40 | |\n| 2080506 | 职业年金缴费支出 | 2 | 2 | |\n"
	 CODED_213,
	 "table-total-mismatch", 6, CF_SEVERITY_ERROR,
	 "the 2 rows under it by subject code in column '本年支出合计': 40万元 + 2万元 = 42万元"},
	{"/check/table/coded-row-blank-over-parts",
	 CODED_HEADER CODED_TOP "| 20805 | 行政事业单位养老支出 | 60 | 60 | |\n"
	 "| 2080505 | 基本养老保险缴费支出 | 40 | 40 | |\n| 2080506 | 职业年金缴费支出 | 20 | 20 | |\n"
	 "| 213 | 农林水支出 | 110 | 40 | 70 |\n| 21301 | 农业农村 | 110 | 40 | |\n"
	 "| 2130101 | 行政运行 | 40 | 40 | |\n| 2130122 | 农业生产发展 | 70 | | 70 |\n",
	 "table-total-mismatch", 10, CF_SEVERITY_ERROR,
	 "row 21301农业农村 gives no figure for '项目支出' while the 1 row under it"},
	/* the codes may begin the names, or stand in 类/款/项 columns each with its own digits */
	{"/check/table/coded-names-hold",
	 "单位：万元\n| 科目 | 本年支出合计 |\n|---|---|\n| 合计 | 100 |\n"
	 "| 208 社会保障和就业支出 | 60 |\n| 2080505 机关事业单位基本养老保险缴费支出 | 40 |\n"
	 "| 2080506 机关事业单位职业年金缴费支出 | 20 |\n| 221 住房保障支出 | 40 |\n"
	 "| 2210201 住房公积金 | 40 |\n",
	 "table-total-mismatch", 0, 0, NULL},
	{"/check/table/coded-names-broken",
	 "单位：万元\n| 科目 | 本年支出合计 |\n|---|---|\n| 合计 | 100 |\n"
	 "| 208 社会保障和就业支出 | 60 |\n| 2080505 机关事业单位基本养老保险缴费支出 | 40 |\n"
	 "| 2080506 机关事业单位职业年金缴费支出 | 25 |\n| 221 住房保障支出 | 40 |\n"
	 "| 2210201 住房公积金 | 40 |\n",
	 "table-total-mismatch", 5, CF_SEVERITY_ERROR, "40万元 + 25万元 = 65万元"},
	{"/check/table/coded-levels-hold",
	 "单位：万元\n| 类 | 款 | 项 | 科目名称 | 决算数 |\n|---|---|---|---|---|\n"
	 "| 合计 | | | | 100 |\n| 208 | | | 社会保障和就业支出 | 60 |\n"
	 "| | 05 | | 行政事业单位养老支出 | 60 |\n| | | 05 | 基本养老保险缴费支出 | 40 |\n"
	 "| | | 06 | 职业年金缴费支出 | 20 |\n| 221 | | | 住房保障支出 | 40 |\n"
	 "| | 02 | | 住房改革支出 | 40 |\n| | | 01 | 住房公积金 | 40 |\n",
	 "table-total-mismatch", 0, 0, NULL},
	{"/check/table/coded-levels-broken",
	 "单位：万元\n| 类 | 款 | 项 | 科目名称 | 决算数 |\n|---|---|---|---|---|\n"
	 "| 合计 | | | | 100 |\n| 208 | | | 社会保障和就业支出 | 60 |\n"
	 "| | 05 | | 行政事业单位养老支出 | 60 |\n| | | 05 | 基本养老保险缴费支出 | 40 |\n"
	 "| | | 06 | 职业年金缴费支出 | 20 |\n| 221 | | | 住房保障支出 | 40 |\n"
	 "| | 02 | | 住房改革支出 | 45 |\n| | | 01 | 住房公积金 | 40 |\n",
	 "table-total-mismatch", 10, CF_SEVERITY_ERROR, "the 1 row under it by subject code"},
	/* codes of one level only: no row is under another, the 合计 covers them all */
	{"/check/table/codes-of-one-level",
	 "单位：万元\n| 科目编码 | 科目名称 | 决算数 |\n|---|---|---|\n| 合计 | | 100 |\n"
	 "| 2080505 | 基本养老保险缴费支出 | 40 |\n| 2080506 | 职业年金缴费支出 | 20 |\n"
	 "| 2210201 | 住房公积金 | 45 |\n",
	 "table-total-mismatch", 4, CF_SEVERITY_ERROR, "40万元 + 20万元 + 45万元 = 105万元"},
	/* tables of the same coded rows are siblings matched by code and name: 行政运行 is
	 * under two 款 (lines 4-8 and 14-18) */
	{"/check/table/coded-siblings-differ",
	 "单位：万元\n| 科目编码 | 科目名称 | 决算数 |\n|---|---|---|\n"
	 "| 201 | 一般公共服务支出 | 100 |\n| 20101 | 人大事务 | 30 |\n| 2010101 | 行政运行 | 30 |\n"
	 "| 20103 | 政府办公厅（室）及相关机构事务 | 70 |\n| 2010301 | 行政运行 | 70 |\n\n"
	 "财政拨款支出决算表\n"
	 "单位：万元\n| 科目编码 | 科目名称 | 决算数 |\n|---|---|---|\n"
	 "| 201 | 一般公共服务支出 | 100 |\n| 20101 | 人大事务 | 30 |\n| 2010101 | 行政运行 | 30 |\n"
	 "| 20103 | 政府办公厅（室）及相关机构事务 | 70 |\n| 2010301 | 行政运行 | 75 |\n",
	 "sibling-mismatch", 8, CF_SEVERITY_ERROR, "2010301行政运行"},
	/* …but a table of all funds and one of 财政拨款 list the same subjects with other
	 * figures */
	{"/check/table/siblings-of-other-funds",
	 "支出决算表如下：\n单位：万元\n| 科目名称 | 决算数 |\n|---|---|\n"
	 "| 一般公共服务支出 | 100 |\n| 农林水支出 | 410 |\n| 住房保障支出 | 30 |\n\n"
	 "财政拨款支出决算表如下：\n单位：万元\n| 科目名称 | 决算数 |\n|---|---|\n"
	 "| 一般公共服务支出 | 100 |\n| 农林水支出 | 340 |\n| 住房保障支出 | 30 |\n",
	 "sibling-mismatch", 0, 0, NULL},
	/* the balance tables of two budgets share their rows' names (r30-08) */
	/* the balance tables of two budgets share their rows' names (r30-08) */
	{"/check/table/siblings-of-two-budgets",
	 "2021年全县一般公共预算收支平衡表\n单位:万元\n"
	 "收入 |\n执行数 |\n支出 |\n执行数 |\n总计 |\n660464 |\n"
	 "总计 |\n660464 |\n一、本级收入 |\n136156 |\n"
	 "一、本级支出 |\n596885 |\n二、转移性收入 |\n524308 |\n"
	 "二、转移性支出 |\n63579 |\n上级补助收入 |\n389991 |\n"
	 "上解支出 |\n14000 |\n调入资金 |\n78929 |\n调出资金 |\n"
	 "4628 |\n地方政府债务收入 |\n41489 |\n"
	 "地方政府债务还本支出 |\n7956 |\n上年结转 |\n13438 |\n"
	 "结转下年支出 |\n34839 |\n\n"
	 "2021年全县政府性基金预算收支平衡表\n单位:万元\n"
	 "收入 |\n执行数 |\n支出 |\n执行数 |\n总计 |\n285381 |\n"
	 "总计 |\n285381 |\n一、本级收入 |\n96370 |\n"
	 "一、本级支出 |\n181091 |\n二、转移性收入 |\n189011 |\n"
	 "二、转移性支出 |\n104290 |\n上级补助收入 |\n14883 |\n"
	 "上解支出 |\n3149 |\n调入资金 |\n4628 |\n调出资金 |\n"
	 "74224 |\n地方政府债务收入 |\n167000 |\n"
	 "地方政府债务还本支出 |\n20000 |\n上年结转 |\n2500 |\n"
	 "结转下年支出 |\n6917 |\n",
	 "sibling-mismatch", 0, 0, NULL},
	{"/check/table/siblings-of-the-same-funds",
	 "财政拨款支出决算表如下：\n单位：万元\n| 科目名称 | 决算数 |\n|---|---|\n"
	 "| 一般公共服务支出 | 100 |\n| 农林水支出 | 410 |\n| 住房保障支出 | 30 |\n\n"
	 "二、财政拨款支出决算明细如下表。\n单位：万元\n| 科目名称 | 决算数 |\n|---|---|\n"
	 "| 一般公共服务支出 | 100 |\n| 农林水支出 | 340 |\n| 住房保障支出 | 30 |\n",
	 "sibling-mismatch", 6, CF_SEVERITY_ERROR, "410万元 here but 340万元"},
	/* the 栏次 row below a 决算 template's headers numbers the columns: no figures */
	{"/check/table/numbering-row-not-summed",
	 "单位：万元\n| 项目 | | 本年支出合计 | 基本支出 | 项目支出 |\n| 科目编码 | 科目名称 | | | |\n"
	 "| 栏次 | | 1 | 2 | 3 |\n| 合计 | | 100.00 | 60.00 | 40.00 |\n"
	 "| 201 | 一般公共服务支出 | 100.00 | 60.00 | 40.00 |\n",
	 "table-total-mismatch", 0, 0, NULL},
	{"/check/table/numbering-row-no-identity",
	 "单位：万元\n| 项目 | | 本年支出合计 | 基本支出 | 项目支出 |\n| 科目编码 | 科目名称 | | | |\n"
	 "| 栏次 | | 1 | 2 | 3 |\n| 合计 | | 100.00 | 60.00 | 40.00 |\n"
	 "| 201 | 一般公共服务支出 | 100.00 | 60.00 | 40.00 |\n",
	 "identity-mismatch", 0, 0, NULL},
	/* a 基本支出决算表: 人员经费, then 公用经费 in two column groups; its 合计 (line 6) */
	{"/check/table/three-groups-hold",
	 "单位：万元\n| 人员经费 | | | 公用经费 | | | | | |\n"
	 "| 科目编码 | 科目名称 | 决算数 | 科目编码 | 科目名称 | 决算数 | 科目编码 | 科目名称 | 决算数 |\n"
	 "| 301 | 工资福利支出 | 150 | 302 | 商品和服务支出 | 40 | 307 | 债务利息及费用支出 | 0 |\n"
	 "| 30101 | 基本工资 | 150 | 30201 | 办公费 | 40 | 310 | 资本性支出 | 10 |\n"
	 "| 人员经费合计 | | 150 | 公用经费合计 | | | | | 50 |\n",
	 "table-total-mismatch", 0, 0, NULL},
	{"/check/table/three-groups-broken",
	 "单位：万元\n| 人员经费 | | | 公用经费 | | | | | |\n"
	 "| 科目编码 | 科目名称 | 决算数 | 科目编码 | 科目名称 | 决算数 | 科目编码 | 科目名称 | 决算数 |\n"
	 "| 301 | 工资福利支出 | 150 | 302 | 商品和服务支出 | 40 | 307 | 债务利息及费用支出 | 0 |\n"
	 "| 30101 | 基本工资 | 150 | 30201 | 办公费 | 40 | 310 | 资本性支出 | 10 |\n"
	 "| 人员经费合计 | | 150 | 公用经费合计 | | | | | 55 |\n",
	 "table-total-mismatch", 6, CF_SEVERITY_ERROR, "40万元 + 0万元 + 10万元 = 50万元"},
	/* a group's 合计 or 小计 column is the sum of the group's columns in each row: a 三公经费
	 * table (its figures on line 5) */
	{"/check/table/group-columns-hold",
	 SANGONG_HEADER "| 10.00 | 0.00 | 8.00 | 0.00 | 8.00 | 2.00 | 10.00 | 0.00 | 7.50 | 0.00 | 7.50 | 2.50 |\n",
	 "table-total-mismatch", 0, 0, NULL},
	{"/check/table/group-total-column-broken",
	 SANGONG_HEADER "| 10.00 | 0.00 | 8.00 | 0.00 | 8.00 | 2.00 | 9.00 | 0.00 | 7.50 | 0.00 | 7.50 | 2.50 |\n",
	 "table-total-mismatch", 5, CF_SEVERITY_ERROR,
	 "决算数/合计 9.00万元 is not the sum of the 3 columns of its group"},
	{"/check/table/group-subtotal-column-broken",
	 SANGONG_HEADER "| 10.00 | 0.00 | 8.00 | 0.00 | 6.00 | 2.00 | 10.00 | 0.00 | 7.50 | 0.00 | 7.50 | 2.50 |\n",
	 "table-total-mismatch", 5, CF_SEVERITY_ERROR, "0.00万元 + 6.00万元 = 6万元"},
	/* a 合计 over columns of other kinds adds nothing up */
	{"/check/table/group-of-other-kinds",
	 "单位：万元\n| 项目 | 合计 | 人数 | 金额 |\n|---|---|---|---|\n| 培训 | 30 | 12 | 18 |\n",
	 "table-total-mismatch", 0, 0, NULL},
	/* a code column under a money header is no money: 人员经费/科目编码 */
	{"/check/table/code-column-not-summed",
	 "单位：万元\n| 人员经费 | | |\n| 科目编码 | 科目名称 | 决算数 |\n|---|---|---|\n"
	 "| 301 | 工资福利支出 | 150 |\n| 30101 | 基本工资 | 80 |\n| 30102 | 津贴补贴 | 70 |\n"
	 "| 303 | 对个人和家庭的补助 | 20 |\n| 30302 | 退休费 | 20 |\n| 人员经费合计 | | 170 |\n",
	 "table-total-mismatch", 0, 0, NULL},
	{"/check/restated/same-label-differs",
	 "2021年部门公用经费支出为120万元。\n\n以上情况说明，2021年部门公用经费支出为125万元。\n",
	 "restated-mismatch", 3, CF_SEVERITY_ERROR, "also stated at line 1"},
	/* a label stated with three values or more is a field of each item (r109-16, r109-39);
	 * with two it is one quantity stated twice */
	{"/check/restated/field-of-each-item",
	 "全年共资助学生62972人次,发放资金5052.01万元。学前教育政府资助5875人次,发放资金235万元,"
	 "其中春季学期资助3350人次,资助金额134万元;秋季学期资助2525人次,资助金额101万元。\n"
	 "义务教育生活补助37598人次,发放资金1346.46万元,其中春季学期资助19633人次,资助金额693.6万元,"
	 "秋季学期资助17965人次,资助金额652.86万元。\n",
	 "restated-mismatch", 0, 0, NULL},
	{"/check/restated/same-label-three-times",
	 "2021年中央政府投资304.2亿元支持改造幼儿园。\n\n2021年中央政府投资91亿元,奖励地方政府。\n\n"
	 "2021年中央政府投资16.2亿元,奖励各地。\n",
	 "restated-mismatch", 0, 0, NULL},
	{"/check/restated/same-label-twice",
	 "2021年中央政府投资304.2亿元支持改造幼儿园。\n\n2021年中央政府投资91亿元,奖励地方政府。\n",
	 "restated-mismatch", 3, CF_SEVERITY_ERROR, "also stated at line 1"},
	/* two items of one numbered list, each its own paragraph: two items' figures */
	{"/check/restated/sibling-items",
	 "项目情况如下。\n1.2021年第一批养殖基地建设项目，统筹整合使用财政涉农资金303万元。\n"
	 "2.2021年第一批基础设施建设项目，统筹整合使用财政涉农资金107.13万元。\n",
	 "restated-mismatch", 0, 0, NULL},
	/* items of two lists (the numbering starts again) are compared */
	{"/check/restated/items-of-two-lists",
	 "（三）2022年预算情况。部门统筹整合使用财政涉农资金303万元。\n二、支出情况\n"
	 "（一）2022年部门统筹整合使用财政涉农资金307万元。\n",
	 "restated-mismatch", 3, CF_SEVERITY_ERROR, "also stated at line 1"},
	/* paragraphs of two subjects, one stating its total to date (累计完成) */
	{"/check/restated/subject-with-cumulative",
	 "太原市一般公共预算收入完成148.36亿元，同比增长2.4%。全市一般公共预算支出执行195.42亿元。\n"
	 "朔州市一般公共预算收入累计完成63.63亿元，同比增长79.48%。全市一般公共预算支出执行67.28亿元。\n",
	 "restated-mismatch", 0, 0, NULL},
	/* lines opening with their subject after a dash, or with the number of units of their
	 * kind (r41-13) */
	{"/check/restated/dash-subjects",
	 "全县义务教育中小学30所。仪器设备值17919.79万元,较上年增加463.26万元。\n"
	 "——小学。校数17所;仪器设备值9010.34万元,比上年增加272.90万元。\n"
	 "——初中。校数13所;仪器设备值8909.45万元,比上年增加190.36万元。\n",
	 "restated-mismatch", 0, 0, NULL},
	{"/check/restated/kinds-counted-first",
	 "普通高中学校5所;毕业生2158人;仪器设备值5001.56万元。\n"
	 "中等职业教育学校1所;毕业生582人;仪器设备值8501.08万元。\n",
	 "restated-mismatch", 0, 0, NULL},
	{"/check/restated/one-dash-subject-twice",
	 "——小学。仪器设备值9010.34万元。\n其他说明文字。\n——小学。仪器设备值9100.34万元。\n",
	 "restated-mismatch", 3, CF_SEVERITY_ERROR, "also stated at line 1"},
	/* a milestone names no item: 首次突破 of income, then of spending */
	{"/check/restated/milestone-names-no-item",
	 "收入规模继2019年突破2000亿元后，2023年首次突破3000亿元。\n"
	 "支出规模继2019年突破5000亿元后，2023年首次突破6000亿元。\n",
	 "restated-mismatch", 0, 0, NULL},
	/* the same name under two budgets (一般公共预算 and 政府性基金), and under the budget first
	 * approved and its adjustment */
	/* the base of a percentage is named by what it is of, not by the statement (r38-08) */
	{"/check/restated/percentage-bases",
	 "1.一般公共预算收入完成情况。2023年1-9月一般公共预算收入37,730万元,为县人民代表大会批准全县全年"
	 "预算46,908万元的80.43%。\n"
	 "1.一般公共预算支出情况。2023年1-9月一般公共预算支出完成171,246万元,为县人民代表大会批准全县全年"
	 "预算206,386万元的82.97%。\n",
	 "restated-mismatch", 0, 0, NULL},
	{"/check/restated/two-funds",
	 "全区一般公共预算收入35.01亿元，上级补助收入11.96亿元，上年结余2.38亿元。\n"
	 "全区政府性基金上年结余26.38亿元，上级补助收入14.78亿元，调入资金10万元。\n",
	 "restated-mismatch", 0, 0, NULL},
	{"/check/restated/one-fund-twice",
	 "全区一般公共预算收入35.01亿元，上级补助收入11.96亿元，上年结余2.38亿元。\n"
	 "全区政府性基金上年结余26.38亿元，调入资金10万元。\n"
	 "全区一般公共预算支出40.2亿元，上级补助收入12.96亿元。\n",
	 "restated-mismatch", 3, CF_SEVERITY_ERROR, "also stated at line 1"},
	{"/check/restated/approved-and-adjusted",
	 "区十七届人大一次会议批准：2017年区本级一般公共预算收入合计为80.71亿元。\n"
	 "经区人大常委会批准的预算调整方案：2017年区本级一般公共预算收入合计为91.67亿元。\n",
	 "restated-mismatch", 0, 0, NULL},
	/* a role (年度预算, 涉及资金) said of each item: no item's own name */
	{"/check/restated/role-of-each-item",
	 "全县财政总收入完成23992万元，占年度预算22443万元的106.9%。全县完成地方财政收入11489万元，"
	 "占年度预算12000万元的95.7%。\n存在违规使用等问题，涉及资金3.81亿元。未实现预期效果，"
	 "涉及资金3.3亿元。\n",
	 "restated-mismatch", 0, 0, NULL},
	/* one label after figures of two subjects, its clauses joined by ；: each subject's */
	{"/check/restated/identity-term-of-two-subjects",
	 "全省一般公共预算总收入10144.98亿元，总支出9737.83亿元;省级一般公共预算总收入3624.70亿元，"
	 "总支出3568.62亿元;全省政府性基金总收入4941.51亿元，总支出4528.56亿元。\n",
	 "restated-mismatch", 0, 0, NULL},
	/* a label that cites a document names no item: every item it funds shares it */
	{"/check/restated/label-cites-a-document",
	 "从教委调剂至珠溪镇土门中心小学--厕所改造工程-关于提前下达2021年城乡义务教育经费保障机制中央和市级"
	 "资金预算的通知(校舍维修)-中央3.07万元。\n从教委调剂至珠溪镇土门中心小学--功能室改造工程-关于提前"
	 "下达2021年城乡义务教育经费保障机制中央和市级资金预算的通知(校舍维修)-中央10万元。\n",
	 "restated-mismatch", 0, 0, NULL},
	/* two tranches of one total stated just before: parts, not one quantity twice */
	{"/check/restated/tranches-of-a-total",
	 "2023年度，中央下达我市土壤污染防治资金共1737万元。具体情况如下：\n"
	 "2022年12月23日，自治区财政厅向我市下达2023年中央土壤污染防治资金1300万元。\n"
	 "2023年8月1日，自治区财政厅向我市下达2023年中央土壤污染防治资金437万元。\n",
	 "restated-mismatch", 0, 0, NULL},
	{"/check/restated/tranches-not-of-the-total",
	 "2023年度，中央下达我市土壤污染防治资金共1837万元。具体情况如下：\n"
	 "2022年12月23日，自治区财政厅向我市下达2023年中央土壤污染防治资金1300万元。\n"
	 "2023年8月1日，自治区财政厅向我市下达2023年中央土壤污染防治资金437万元。\n",
	 "restated-mismatch", 3, CF_SEVERITY_ERROR, "also stated at line 2"},
	/* fields of projects each under its own heading, and lines each opening with its subject */
	{"/check/restated/fields-of-projects",
	 "(一)兴仁镇川裕村渠道改造项目\n资金规模:206.7万元。\n建设内容:改造渠道3公里。\n"
	 "(二)香山乡米粮川村水利配套设施项目\n资金规模:154.16万元。\n建设内容:配套设施。\n",
	 "restated-mismatch", 0, 0, NULL},
	/* figures of funds each under its own heading (r51-28); under two topic headings the same
	 * label is still one figure */
	{"/check/restated/fields-of-funds",
	 "2016年全国社会保险基金决算\n一、 企业职工基本养老保险基金\n本年收入28519亿元,比上年增加1965亿元。\n"
	 "二、城乡居民基本养老保险基金\n本年收入2956亿元,比上年增加77亿元。\n",
	 "restated-mismatch", 0, 0, NULL},
	{"/check/restated/fields-of-topics",
	 "2016年全国社会保险基金决算\n一、总体情况\n本年收入28519亿元,比上年增加1965亿元。\n"
	 "二、收入情况\n本年收入2956亿元,比上年增加77亿元。\n",
	 "restated-mismatch", 5, CF_SEVERITY_ERROR, "also stated at line 3"},
	{"/check/restated/lines-of-subjects",
	 "下达省级财政专项扶贫资金4476万元，具体如下：\n巴州区:省级财政专项扶贫资金2405万元;\n"
	 "恩阳区:省级财政专项扶贫资金1956万元;\n巴中经济开发区:省级财政专项扶贫资金115万元。\n",
	 "restated-mismatch", 0, 0, NULL},
	{"/check/restated/lines-of-one-subject",
	 "巴州区:省级财政专项扶贫资金2405万元。\n其他说明文字。\n巴州区:省级财政专项扶贫资金2450万元。\n",
	 "restated-mismatch", 3, CF_SEVERITY_ERROR, "also stated at line 1"},
	/* a measured quantity names the subject of the figure after it (r64-04) */
	{"/check/restated/subjects-by-quantity",
	 "全年中药材种植面积7.26万亩,实现产值6.59亿元;食用菌产值1.42亿元;茶叶种植面积7.08万亩,实现产值2.86亿元;"
	 "蔬菜种植面积5.24万亩,实现产值2.04亿元。\n",
	 "restated-mismatch", 0, 0, NULL},
	{"/check/restated/one-subject-by-quantity",
	 "全年茶叶种植面积7.08万亩,实现产值2.86亿元。\n其他。\n全年茶叶种植面积7.08万亩,实现产值2.68亿元。\n",
	 "restated-mismatch", 3, CF_SEVERITY_ERROR, "also stated at line 1"},
	/* a sentence cut by a blank line keeps its subject (r60-25) */
	{"/check/restated/subject-over-cut-sentence",
	 "市本级国资监管企业资产总额达2915.8亿元,负债总额2157亿元,净资产758.8亿元;实现营业总收入50.3亿元,"
	 "利润总额0.6亿元。\n\n"
	 "市本级现有市属国有金融企业1家,即金华银行。金华银行资产总额1043.5亿元,负债总额980.8亿元,\n\n"
	 "净资产62.7亿元;实现营业总收入8.6亿元,利润总额3.5亿元。\n",
	 "restated-mismatch", 0, 0, NULL},
	{"/check/restated/subject-over-whole-sentence-broken",
	 "市本级国资监管企业资产总额达2915.8亿元,负债总额2157亿元,净资产758.8亿元;实现营业总收入50.3亿元,"
	 "利润总额0.6亿元。\n\n"
	 "市本级国资监管企业资产总额达2915.8亿元,负债总额2157亿元。\n\n"
	 "净资产62.7亿元;实现营业总收入8.6亿元,利润总额3.5亿元。\n",
	 "restated-mismatch", 5, CF_SEVERITY_ERROR, "also stated at line 1"},
	/* lines that open with a view of their own, 从…来看, (r60-19) */
	{"/check/restated/lines-of-views",
	 "从全市资产结构来看,流动资产750亿元,占18.9%;在建工程348亿元,占8.8%。\n"
	 "从市级资产结构来看,流动资产305亿元,占29.8%;在建工程79亿元,占7.7%。\n",
	 "restated-mismatch", 0, 0, NULL},
	{"/check/restated/lines-of-one-view",
	 "从全市资产结构来看,流动资产750亿元,占18.9%;在建工程348亿元,占8.8%。\n其他。\n"
	 "从全市资产结构来看,流动资产750亿元,占18.9%;在建工程384亿元,占8.8%。\n",
	 "restated-mismatch", 3, CF_SEVERITY_ERROR, "also stated at line 1"},
	/* two subjects' measures, one with an aside after it (资产总额(账面净值), r60-15) */
	{"/check/restated/subjects-measure-with-aside",
	 "(一)企业国有资产\n全区区管国有企业9户,国有企业资产总额711.63亿元,同比上升5.74%;负债总额452.82亿元,"
	 "同比上升7.03%。\n(二)行政事业性国有资产\n全区行政事业单位资产总额(账面净值)276.34亿元,同比增长16.21%;"
	 "负债总额35.05亿元,同比下降4.03%。\n",
	 "restated-mismatch", 0, 0, NULL},
	{"/check/restated/one-subject-measure-with-aside",
	 "全区行政事业单位资产总额711.63亿元,同比上升5.74%;负债总额452.82亿元,同比上升7.03%。\n其他。\n"
	 "全区行政事业单位资产总额(账面净值)711.63亿元,同比上升5.74%;负债总额435.05亿元,同比下降4.03%。\n",
	 "restated-mismatch", 3, CF_SEVERITY_ERROR, "also stated at line 1"},
	/* lines that open with a field of their own, 在…方面, (r61-32) */
	{"/check/restated/lines-of-fields",
	 "共发行专项债券1338.7亿元,支持相关项目761个。\n在新型城镇化建设方面,发行专项债券324.3亿元,支持项目387个。\n"
	 "在新型基础设施建设方面,发行专项债券321.1亿元,支持项目202个。\n"
	 "在重大工程建设方面,发行专项债券693.3亿元,支持项目172个。\n",
	 "restated-mismatch", 0, 0, NULL},
	{"/check/restated/lines-of-one-field",
	 "在新型城镇化建设方面,发行专项债券324.3亿元,支持项目387个。\n其他说明文字。\n"
	 "在新型城镇化建设方面,发行专项债券342.3亿元,支持项目387个。\n",
	 "restated-mismatch", 3, CF_SEVERITY_ERROR, "also stated at line 1"},
	/* lines that each open with the problem they are of, 针对…问题, after an indent and a
	 * 具体而言 (r103-26) */
	{"/check/restated/lines-of-problems",
	 "整改问题金额43.25亿元,处理处分505人次。\n"
	 "  具体而言,针对少缴少征医保费的问题,相关地方已通过补缴补征等方式,整改问题金额28.68亿元。\n"
	 "  针对骗取套取、违规出借基金的问题,相关地方通过收回资金等方式,整改问题金额3.35亿元。\n",
	 "restated-mismatch", 0, 0, NULL},
	{"/check/restated/lines-of-one-problem",
	 "  针对少缴少征医保费的问题,整改问题金额28.68亿元。\n其他说明文字。\n"
	 "  具体而言,针对少缴少征医保费的问题,整改问题金额28.86亿元。\n",
	 "restated-mismatch", 3, CF_SEVERITY_ERROR, "also stated at line 1"},
	/* the whole area's figures and the government's own level's */
	{"/check/restated/area-and-own-level",
	 "1.全区一般公共预算收支决算情况 全区一般公共预算收入331.1亿元，增长11%。加上年结转收入7.7亿元、"
	 "动用预算稳定调节基金9.5亿元，收入总量为490.7亿元。2.区本级一般公共预算收支决算情况 区本级一般公共预算"
	 "财力249.2亿元，加上年结转收入6.9亿元、动用预算稳定调节基金9.1亿元，收入总量为298亿元。\n",
	 "restated-mismatch", 0, 0, NULL},
	/* paragraphs that open with one measure of two subjects (福彩 and 体彩) */
	{"/check/restated/paragraphs-of-two-funds",
	 "县级福彩公益金本年收入83.7万元，上年结转县级福彩公益金92.3万元，当年安排下达支出176万元，"
	 "当年实际支出92.3万元。\n二、体彩公益金收支情况\n县级体彩公益金本年收入62.35万元，当年实际"
	 "支出62.35万元。\n",
	 "restated-mismatch", 0, 0, NULL},
	/* a clause after a ； is of its sentence's year: two years' 项目支出 */
	{"/check/restated/year-across-semicolon",
	 "2017年度支出合计2906万元，其中：基本支出279万元，占总支出的10%；项目支出2626万元，占总支出的90%。"
	 "2016年度支出合计628万元，其中：基本支出230万元，占总支出的37%；项目支出398万元，占总支出的63%。\n",
	 "restated-mismatch", 0, 0, NULL},
	/* items under two headings that each state their section's total: two wholes' parts */
	{"/check/restated/under-two-totals",
	 "一、中央财政衔接资金(5273万元)\n(一)支持产业发展2993.7万元；\n(二)支持数字乡村建设项目60万元；\n"
	 "二、省级财政衔接资金(5509万元)\n(一)支持产业发展2705.39万元；\n(二)支持数字乡村建设项目20万元；\n",
	 "restated-mismatch", 0, 0, NULL},
	/* under two headings without totals, the same item stated twice is compared */
	{"/check/restated/under-two-plain-headings",
	 "一、资金安排情况\n(一)支持数字乡村建设项目60万元；\n二、资金使用情况\n"
	 "(一)支持数字乡村建设项目20万元；\n",
	 "restated-mismatch", 4, CF_SEVERITY_ERROR, "also stated at line 2"},
	/* a time names no item: two revenues' 今年截至目前完成 */
	{"/check/restated/time-names-no-item",
	 "全部财政收入2016年完成25.1亿元、2017年完成34.4亿元、今年截至目前完成40.4亿元；公共预算收入2016年"
	 "完成16亿元、2017年完成22.1亿元、今年截至目前完成26.8亿元。\n",
	 "restated-mismatch", 0, 0, NULL},
	{"/check/restated/same-label-agrees",
	 "2021年部门公用经费支出为120万元。\n\n以上情况说明，2021年部门公用经费支出为120万元。\n",
	 "restated-mismatch", 0, 0, NULL},
	{"/check/restated/other-year",
	 "2021年部门公用经费支出为120万元。\n\n2020年部门公用经费支出为100万元。\n",
	 "restated-mismatch", 0, 0, NULL},
	/* sections whose headings name two years: each year's figure; of one year, one */
	{"/check/restated/section-years",
	 "国有资本经营预算解读\n二、2014年本市国有资本经营预算的执行情况\n"
	 "全市国有资本经营收入61.6亿元，加上上年结转收入2.1亿元。\n"
	 "三、2015年本市国有资本经营预算的安排情况\n全市国有资本经营收入78.3亿元，加上上年结转收入"
	 "3.3亿元。\n",
	 "restated-mismatch", 0, 0, NULL},
	{"/check/restated/section-year-once",
	 "国有资本经营预算解读\n二、2014年本市国有资本经营预算的执行情况\n"
	 "全市国有资本经营收入61.6亿元，加上上年结转收入2.1亿元。\n"
	 "三、2014年本市国有资本经营预算的其他情况\n全市国有资本经营收入78.3亿元，加上上年结转收入"
	 "3.3亿元。\n",
	 "restated-mismatch", 5, CF_SEVERITY_ERROR, "also stated at line 3"},
	/* an item's name alone, under two headings naming two measures: two quantities */
	{"/check/restated/item-name-under-two-headings",
	 "（一）各级教育生均一般公共预算教育经费增长情况\n"
	 "普通小学为12,710.81元，比上年的12,445.99元增加264.82元，增长2.13%。\n"
	 "（二）各级教育生均一般公共预算教育事业费支出增长情况\n"
	 "普通小学为12,205.82元，比上年的12,204.47元增加1.35元，增长0.01%。\n",
	 "restated-mismatch", 0, 0, NULL},
	{"/check/restated/item-name-under-one-heading",
	 "（一）各级教育生均一般公共预算教育经费增长情况\n"
	 "普通小学为12,710.81元，比上年的12,445.99元增加264.82元，增长2.13%。\n"
	 "以上情况说明完毕。\n"
	 "普通小学为12,205.82元，比上年的12,204.47元增加1.35元，增长0.01%。\n",
	 "restated-mismatch", 4, CF_SEVERITY_ERROR, "also stated at line 2"},
	/* parts of one list with one label (each item's own), no 。 between */
	{"/check/restated/parts-of-one-list",
	 "2024年政府采购预算12800.00万元。其中货物类采购预算金额4800.00万元，实际采购金额4320.00万元；"
	 "工程类采购预算金额6000.00万元，实际采购金额5400.00万元。\n",
	 "restated-mismatch", 0, 0, NULL},
	/* two months, two quantities; the same month twice, one */
	{"/check/restated/other-month",
	 "2018年元月份地方收入1,422万元；二月当期收入完成985万元，同比增长4.2%；三月当期收入完成"
	 "2,608万元，同比下降26.1%。\n",
	 "restated-mismatch", 0, 0, NULL},
	{"/check/restated/same-month",
	 "2018年1-4月全县当期收入完成6,213万元。\n\n以上情况说明，2018年1-4月全县当期收入完成"
	 "6,231万元。\n",
	 "restated-mismatch", 3, CF_SEVERITY_WARNING, "also stated at line 1"},
	/* the period a paragraph opens with: a month's figure and the year to date's */
	{"/check/restated/paragraph-periods",
	 "5月份，全省一般公共预算收入90.1亿元，增长9.2%。从收入级次看，中央级收入37.5亿元。\n\n"
	 "1-5月，全省一般公共预算收入累计439.5亿元，增长7.2%。从收入级次看，中央级收入165.2亿元。\n",
	 "restated-mismatch", 0, 0, NULL},
	/* the period a sentence opens with, in a paragraph that opens with another (r49-37) */
	{"/check/restated/sentence-periods",
	 "支出方面,4月份,全国财政支出7304.45亿元,同比增长31%。1至4月累计,全国财政支出25358.02亿元,"
	 "同比增长27.4%。\n",
	 "restated-mismatch", 0, 0, NULL},
	/* a run of months with a dash (r71-12) */
	{"/check/restated/dash-periods",
	 "11月,完成交通固定资产投资3663亿元,同比增长13.8%。1—11月,完成交通固定资产投资3.3万亿元,"
	 "同比增长3.4%。\n",
	 "restated-mismatch", 0, 0, NULL},
	{"/check/restated/sentence-same-period",
	 "支出方面,4月份,全国财政支出7304.45亿元,同比增长31%。4月份,全国财政支出7340.45亿元。\n",
	 "restated-mismatch", 1, CF_SEVERITY_WARNING, "also stated at line 1"},
	{"/check/restated/date-is-no-period",
	 "截至2018年12月31日，全县国有资产总额120万元。\n\n以上情况说明，2018年全县国有资产总额125万元。\n",
	 "restated-mismatch", 3, CF_SEVERITY_ERROR, "also stated at line 1"},
	/* a total, then a unit's own figures under the unit's name on a line of its own */
	{"/check/restated/under-a-unit-line",
	 "2017年公务用车运行维护费 3139.9万元\n比2016年减少1097.7万元。\n市公安局\n"
	 "2017年公务用车运行维护费 1124.05万元\n",
	 "restated-mismatch", 0, 0, NULL},
	{"/check/restated/no-unit-line",
	 "2017年公务用车运行维护费 3139.9万元\n比2016年减少1097.7万元。\n另见下表\n"
	 "2017年公务用车运行维护费 1124.05万元\n",
	 "restated-mismatch", 4, CF_SEVERITY_ERROR, "also stated at line 1"},
	/* each paragraph opens with the set it is of: 41个县, then 59个区 */
	{"/check/restated/counts-of-two-sets",
	 "2021年在41个县收支完成情况上，一般公共预算收入完成151亿元，同比增加21亿元。\n\n"
	 "2021年在59个区收支完成情况上，一般公共预算收入完成352.7亿元，同比增加64.8亿元。\n",
	 "restated-mismatch", 0, 0, NULL},
	{"/check/restated/counts-of-one-set",
	 "2021年在41个县收支完成情况上，一般公共预算收入完成151亿元，同比增加21亿元。\n\n"
	 "2021年在41个县收支完成情况上，一般公共预算收入完成352.7亿元，同比增加64.8亿元。\n",
	 "restated-mismatch", 3, CF_SEVERITY_ERROR, "also stated at line 1"},
	{"/check/restated/role-only-label-per-item",
	 "2018年三公经费支出2.05万元，年初预算为2.95万元。其中：公务用车运行维护费支出0万元，"
	 "年初预算为0.95万元；公务接待费支出2.05万元，年初预算为2万元。\n",
	 "restated-mismatch", 0, 0, NULL},
	{"/check/restated/completed-budget-per-item",
	 "4月，一般公共预算收入累计完成2400万元，完成年初预算数6000万元的40%。\n"
	 "4月，政府性基金收入累计完成220万元，完成年初预算数2500万元的8.8%。\n",
	 "restated-mismatch", 0, 0, NULL},
	/* 财政拨款收入总计X，支出总计Y: that 支出总计 is of 财政拨款, not of all funds */
	{"/check/restated/pair-of-a-funding-source",
	 "2023年度收入总计386.40万元，支出总计386.40万元。\n"
	 "2023年度财政拨款收入总计342.40万元，支出总计342.40万元。\n",
	 "restated-mismatch", 0, 0, NULL},
	{"/check/restated/source-not-carried-to-other-items",
	 "2023年度财政拨款收入320.40万元，事业收入25.00万元。\n2023年度事业收入26.00万元。\n",
	 "restated-mismatch", 2, CF_SEVERITY_ERROR, "also stated at line 1"},
	/* 收入总计、支出总计分别为A、B: B is the 支出总计, A is not */
	{"/check/restated/respective-list-agrees",
	 "2023年度收入总计、支出总计分别为386.40万元、380.40万元。\n2023年度支出总计380.40万元。\n",
	 "restated-mismatch", 0, 0, NULL},
	{"/check/restated/respective-list-differs",
	 "2023年度收入总计、支出总计分别为386.40万元、380.40万元。\n2023年度支出总计386.40万元。\n",
	 "restated-mismatch", 2, CF_SEVERITY_ERROR, "also stated at line 1"},
	/* one item under two breakdowns, each its share of another whole (a line break of the
	 * layout between the figure and its share) */
	{"/check/restated/parts-of-two-wholes",
	 "1. 基本支出预算 881300.39 元，其中：商品和服务支出预算 165247.88 元，占基本支出预算\n"
	 "18.75%。\n2. 项目支出 29700 元，其中：商品和服务支出预算 29700 元，占项目支出预算 100%。\n",
	 "restated-mismatch", 0, 0, NULL},
	{"/check/restated/parts-of-one-whole-differ",
	 "1. 基本支出预算 881300.39 元。商品和服务支出预算 165247.88 元，占基本支出预算\n"
	 "18.75%。\n以上说明：商品和服务支出预算 175247.88 元，占基本支出预算 18.75%。\n",
	 "restated-mismatch", 3, CF_SEVERITY_ERROR, "also stated at line 1"},
	/* a total of each section, the section's heading naming its funding source */
	{"/check/restated/sections-of-two-sources",
	 "1. 一般公共预算执行情况\n2021年一般公共预算收入完成147.1亿元。加上转移性收入49.2亿元，"
	 "收入合计196.3亿元。\n2. 政府性基金预算执行情况\n2021年政府性基金预算收入完成130.2亿元。"
	 "加上转移性收入33.8亿元，收入合计164.0亿元。\n",
	 "restated-mismatch", 0, 0, NULL},
	{"/check/restated/section-source-is-the-labels",
	 "四、财政拨款收入支出决算总体情况说明\n2023年度收入总计342.40万元，较上年增长5%。\n"
	 "五、其他说明\n2023年度财政拨款收入总计352.40万元。\n",
	 "restated-mismatch", 4, CF_SEVERITY_ERROR, "also stated at line 2"},
	{"/check/restated/section-of-all-funds",
	 "一、收入支出决算总体情况说明\n2023年度收入总计386.40万元。\n"
	 "四、财政拨款收入支出决算总体情况说明\n2023年度收入总计342.40万元。\n",
	 "restated-mismatch", 0, 0, NULL},
	/* the figures after a 其中 are parts, the later ones too */
	{"/check/restated/parts-after-qizhong",
	 "2023年社会保障和就业支出19816.81元，其中基本支出19816.81元，项目支出0元。\n"
	 "二、项目支出\n2023年项目支出469500元。\n",
	 "restated-mismatch", 0, 0, NULL},
	{"/check/restated/parts-of-two-breakdowns-differ",
	 "2021年支出3027.51万元。其中基本支出1589.25万元，主要包括人员经费1459.39万元，"
	 "公用经费129.33万元。\n2021年基本支出1589.25万元，其中，人员经费1459.39万元，主要包括工资；"
	 "公用经费129.86万元，主要包括办公费。\n",
	 "restated-mismatch", 2, CF_SEVERITY_WARNING, "also stated at line 1"},
	/* the same name under the breakdowns of two items: two quantities (the restated family's
	 * reading and the identity family's alike) */
	{"/check/restated/parts-of-two-items",
	 "2021年机构运行1100910.5元，其中：基本支出1100910.5元，项目支出0元。\n"
	 "其他技术研究与开发支出53700元，其中：基本支出0元，项目支出53700元。\n"
	 "住房公积金112788元，其中：基本支出112788元，项目支出0元。\n",
	 "restated-mismatch", 0, 0, NULL},
	/* a 其中： ending a paragraph opens the breakdown of the next */
	{"/check/restated/qizhong-ends-the-paragraph",
	 "1.基本支出预算1440224.60元。商品和服务支出预算75800元，同比增加52044.27元。\n"
	 "2.项目支出0元，同比减少47600元，下降100%。下降原因是编外人员经费支出列入基本支出。其中：\n"
	 "商品和服务支出预算0元，同比减少47600元，下降100%。\n",
	 "restated-mismatch", 0, 0, NULL},
	{"/check/restated/parts-of-one-item-differ",
	 "2021年机构运行1100910.5元，其中：基本支出1100910.5元，项目支出0元。\n"
	 "以上情况说明，2021年机构运行1100910.5元，其中：基本支出1000910.5元，项目支出0元。\n",
	 "restated-mismatch", 2, CF_SEVERITY_ERROR, "stated"},
	/* 已于本年度支出 says when, not of which item: each 一是/二是 item has its own */
	{"/check/restated/spent-this-year-per-item",
	 "2022年项目分为两个方面，一是教师专项工作补助经费合计75万元，已于本年度支出75万元，预算完成率"
	 "100%；二是2022年学前教育发展资金合计3624.71万元，已于本年度支出3624.71万元，预算完成率"
	 "100%。\n",
	 "restated-mismatch", 0, 0, NULL},
	/* 预算安排 names a role: each heading's item has its own */
	{"/check/restated/budget-arranged-per-item",
	 "（一）因公出国(境)经费\n2022年预算安排0万元，与2021年预算持平。\n（三）公务用车购置及运行维护费\n"
	 "2022年预算安排8万元，较2021年预算下降42.86%。\n",
	 "restated-mismatch", 0, 0, NULL},
	/* one measure of two subjects, each named by the figure before it */
	{"/check/restated/measure-of-two-subjects",
	 "2017年，全国国有企业资产总额183.5万亿元，负债总额118.5万亿元。\n"
	 "2017年，中央国有企业资产总额76.2万亿元，负债总额51.9万亿元。\n",
	 "restated-mismatch", 0, 0, NULL},
	/* …a count of one kind of two (户), walking back over the figures of one label */
	{"/check/restated/counts-of-two-subjects",
	 "2022年，全市纳入国有资产报告统计的单位(企业)3,887户，资产总额43,919.91亿元，比上年增长8.7%；"
	 "负债总额30,593.89亿元。\n全市国有企业98户，资产总额28,394.83亿元，增长9.1%；"
	 "负债总额20,087.86亿元。\n",
	 "restated-mismatch", 0, 0, NULL},
	/* …a measure and the same of a part named before it; a change between is no subject */
	{"/check/restated/measure-of-a-part",
	 "国有资产总额1102.65亿元，较上年增加66.29亿元，增长6.40%；负债总额743.21亿元。\n"
	 "企业国有资产总额809.92亿元，同比增长3.44%；负债总额703.06亿元。\n",
	 "restated-mismatch", 0, 0, NULL},
	{"/check/restated/time-is-no-subject",
	 "资产总额183.5万亿元，负债总额118.5万亿元。\n年末资产总额183.5万亿元，负债总额119.5万亿元。\n",
	 "restated-mismatch", 2, CF_SEVERITY_ERROR, "also stated at line 1"},
	/* two items of an inline list, each after its circled number (r93-28) */
	{"/check/restated/circled-items",
	 "限额标准:①批发业:年主营业务收入2000万元及以上;②零售业:年主营业务收入500万元及以上;③住宿业:"
	 "年主营业务收入200万元及以上。\n",
	 "restated-mismatch", 0, 0, NULL},
	/* the places two clauses name: two quantities (r90-25); one place, one quantity */
	{"/check/restated/clause-places",
	 "2019年,海洋灾害直接经济损失最严重的省是浙江省,直接经济损失87.35亿元;其次是山东省,直接经济损失"
	 "21.63亿元。\n",
	 "restated-mismatch", 0, 0, NULL},
	{"/check/restated/clause-place-twice",
	 "2019年,受灾最重的是浙江省,直接经济损失87.35亿元。\n2019年,浙江省,直接经济损失86.35亿元。\n",
	 "restated-mismatch", 2, CF_SEVERITY_ERROR, "also stated at line 1"},
	/* a dash item's figures are its own, not the whole's above the list, and two items'
	 * are two (r91-25); an item's subject that runs long is read by its start */
	{"/check/restated/dash-items",
	 "全市装备制造业实现主营业务收入27.17亿元,实现出口交货值6.5亿元。其中:\n"
	 "——机械制造企业增速呈下降态势。实现出口交货值9910万元;实现主营业务收入7.91亿元。\n"
	 "——电子信息企业增长较快。实现出口交货值4.81亿元;实现主营业务收入11.35亿元。\n",
	 "restated-mismatch", 0, 0, NULL},
	{"/check/restated/dash-item-twice",
	 "——电子信息企业增长较快。实现出口交货值4.81亿元。\n"
	 "——电子信息企业增长较快。实现出口交货值4.91亿元。\n",
	 "restated-mismatch", 2, CF_SEVERITY_ERROR, "also stated at line 1"},
	/* a name with digits before the measure (G20峰会资产总额): read to its end */
	{"/check/restated/digits-in-the-subject",
	 "资产总额183.5万亿元，负债总额118.5万亿元。\nG20峰会资产总额183.5万亿元，负债总额119.5万亿元。\n",
	 "restated-mismatch", 0, 0, NULL},
	/* …named in an earlier sentence of the paragraph */
	{"/check/restated/subject-in-the-sentence-before",
	 "1.市政府国资委出资企业9户，主要从事建筑安装等行业。(1)资产负债情况。资产总额17,550.33亿元，"
	 "增长1.7%；负债总额12,531.1亿元。\n2.市文资办出资企业12户，主要从事文化艺术等行业。"
	 "(1)资产负债情况。资产总额165.4亿元，增长12.5%；负债总额107.22亿元。\n",
	 "restated-mismatch", 0, 0, NULL},
	/* …before a long run of figures named alike */
	{"/check/restated/subject-before-a-long-run",
	 "截至2023年底，全市行政事业性资产总额13822.1亿元；负债总额2981.4亿元，净资产总额10840.7亿元。"
	 "从单位性质看：行政单位资产总额4347.5亿元，负债总额1143.8亿元，净资产总额3203.7亿元；"
	 "事业单位资产总额9474.6亿元，负债总额1837.6亿元，净资产总额7637亿元。从重点行业看："
	 "教育行业资产总额1823.4亿元。\n截至2023年年底，市级行政事业性资产总额1983.8亿元，"
	 "负债总额341.8亿元，净资产总额1642亿元。从单位性质看：行政单位资产总额352.2亿元，"
	 "负债总额104.4亿元，净资产总额247.8亿元；事业单位资产总额1631.6亿元，负债总额237.4亿元，"
	 "净资产总额1394.2亿元。从重点行业看：教育行业资产总额783.6亿元。\n",
	 "restated-mismatch", 0, 0, NULL},
	/* …entities counted before one, the other opening its paragraph */
	{"/check/restated/entities-before-one",
	 "3.生产经营情况。全年实现营业总收入5753.6亿元，同比增长12.7%。\n"
	 "4.境外资产情况。全市共18个集团企业在境外设立92个分(子)公司，年末资产总额113.1亿元。"
	 "全年实现营业总收入141.5亿元。\n",
	 "restated-mismatch", 0, 0, NULL},
	{"/check/restated/other-figures-before-one",
	 "项目预算资金100万元。\n共培训500人次，项目预算资金120万元。\n",
	 "restated-mismatch", 2, CF_SEVERITY_ERROR, "also stated at line 1"},
	/* …two counts of entities under two names */
	{"/check/restated/entity-counts-of-two-subjects",
	 "全市共18个集团企业在境外设立分支机构，分布在41个国家和地区，年末资产总额113.1亿元。\n"
	 "全市国有企业在市外投资设立子企业268户，年末资产总额976.4亿元。\n",
	 "restated-mismatch", 0, 0, NULL},
	{"/check/restated/measure-of-one-subject-differs",
	 "2017年，全国国有企业资产总额183.5万亿元，负债总额118.5万亿元。\n"
	 "2017年，全国国有企业资产总额183.5万亿元，负债总额119.5万亿元。\n",
	 "restated-mismatch", 2, CF_SEVERITY_ERROR, "also stated at line 1"},
	{"/check/restated/year-is-no-subject",
	 "2017年，资产总额183.5万亿元，负债总额118.5万亿元。\n"
	 "2017年，2017年资产总额183.5万亿元，负债总额119.5万亿元。\n",
	 "restated-mismatch", 2, CF_SEVERITY_ERROR, "also stated at line 1"},
	{"/check/restated/item-label-still-compared",
	 "2021年公务接待费年初预算为2.0万元。\n\n以上情况说明，2021年公务接待费年初预算为2.5万元。\n",
	 "restated-mismatch", 3, CF_SEVERITY_ERROR, "also stated at line 1"},
	{"/check/restated/sibling-totals-differ",
	 "项目预算共160万元，具体情况如下：\n" BUDGET_HEADER
	 "\tA项目\n\t100\n\t90\n\n\tB项目\n\t50\n\t40\n\n\tC项目\n\t10\n\t10\n\n\n"
	 "项目绩效目标170万元，明细见后表。\n"
	 "金额单位：万元\n\t项目名称\n\t预算数\n\n\tA项目\n\t100\n\n\tB项目\n\t50\n\n\tC项目\n\t10\n",
	 "restated-mismatch", 1, CF_SEVERITY_ERROR, "the total of the same 3 items"},
	/* ---- tables a cell a line without a |, a blank line after each cell (r116-12) ---- */
	/* a composition (…构成) over rows of shares: in each column they add up to 100 at most
	 * (lines 15-19 the section, 21-37 its rows; 甲镇 46.7 + 42.9 + 66.9) */
#define SHARE_SECTION(last)                                                                      \
	"表1 人员构成\n\n指标\n\n全县\n\n甲镇\n\n人员总数\n\n6.8\n\n0.9\n\n"                     \
	"受教育程度构成\n\n-\n\n-\n\n"                                                        \
	"小学\n\n46.7\n\n46.7\n\n初中\n\n42.9\n\n42.9\n\n高中\n\n10.4\n\n" last "\n"
	{"/check/table/share-section-exceeds", SHARE_SECTION("66.9"), "shares-exceed-whole", 25,
	 CF_SEVERITY_ERROR, "shares of 受教育程度构成 in column '甲镇' add up to 156.5"},
	{"/check/table/share-section-holds", SHARE_SECTION("10.4"), "shares-exceed-whole", 0, 0,
	 NULL},
	/* a prose figure naming a row of the table it introduces (line 1) and the row's figure
	 * (line 17); the shares beside them (line 25: 538 / 4352 = 12.36%) */
#define UNITS_TABLE(prose, share)                                                               \
	"全县共有法人单位3403个，产业活动单位" prose "个（详见表2-1）。\n\n表2-1 单位数\n\n"       \
	"单位数(个)\n\n比重(%)\n\n一、法人单位\n\n3403\n\n100.0\n\n二、产业活动单位\n\n4352\n\n" \
	"100.0\n\n第二产业\n\n538\n\n" share "\n\n第三产业\n\n3814\n\n87.6\n"
	{"/check/prose-table/row-differs", UNITS_TABLE("4532", "12.4"), "prose-table-mismatch", 1,
	 CF_SEVERITY_ERROR,
	 "row 产业活动单位 in column '单位数(个)' of the table it introduces (line 3): 4532个 here "
	 "but 4352个 at line 17"},
	{"/check/prose-table/row-agrees", UNITS_TABLE("4352", "12.4"), "prose-table-mismatch", 0, 0,
	 NULL},
	{"/check/table/share-column-holds", UNITS_TABLE("4352", "12.4"), "percent-mismatch", 0, 0,
	 NULL},
	{"/check/table/share-column-differs", UNITS_TABLE("4352", "13.4"), "percent-mismatch", 25,
	 CF_SEVERITY_ERROR, "比重(%) of 第二产业 in 二、产业活动单位 13.4% does not follow"},
	/* the whole below its rows; a share one unit off in its last place is a note (r119-29) */
#define KINDS_TABLE(share)                                                                       \
	"| 性质类别 | 件数 | 百分比(%) |\n| 城建环保 | 69 | 41.57 |\n| 财政商贸 | 19 | " share " |\n"    \
	"| 其他 | 78 | 46.99 |\n| 合计 | 166 | 100 |\n"
	{"/check/table/share-column-total-below", KINDS_TABLE("11.44"), "percent-mismatch", 3,
	 CF_SEVERITY_NOTE, "百分比(%) of 财政商贸 in the total row 11.44% does not follow"},
	{"/check/table/share-column-total-below-holds", KINDS_TABLE("11.45"), "percent-mismatch", 0,
	 0, NULL},
	/* a ratio of the row's own figures is no share of a whole (r120-34) */
	{"/check/table/share-column-row-ratio",
	 "| 省 | 生源人数 | 回生源地就业人数 | 回生源地就业比例 |\n| 天津市 | 483 | 157 | 32.51% |\n"
	 "| 云南省 | 4 | 4 | 100% |\n",
	 "percent-mismatch", 0, 0, NULL},
	/* rows under a row numbered at the table's top level are its parts when they add up to
	 * it: the total covers the numbered rows alone (r56-22) */
	{"/check/table/numbered-sections",
	 "| 项目 | 金额 |\n| 合计 | 150 |\n| 一、本级收入 | 100 |\n| 税收收入 | 80 |\n"
	 "| 非税收入 | 20 |\n| 二、转移性收入 | 50 |\n",
	 "table-total-mismatch", 0, 0, NULL},
	{"/check/table/numbered-sections-wrong",
	 "| 项目 | 金额 |\n| 合计 | 160 |\n| 一、本级收入 | 100 |\n| 税收收入 | 80 |\n"
	 "| 非税收入 | 20 |\n| 二、转移性收入 | 50 |\n",
	 "table-total-mismatch", 2, CF_SEVERITY_ERROR, "100 + 50"},
	/* a whole with two 其中 breakdowns is no total over every row after it (r64-02) */
	{"/check/table/whole-two-breakdowns",
	 "| 指标 | 年末数(人) | 比重(%) |\n| 全县户籍总人口 | 1000 | 100 |\n| 其中:城镇 | 300 | 30 |\n"
	 "| 乡村 | 700 | 70 |\n| 其中:男性 | 510 | 51 |\n| 女性 | 490 | 49 |\n",
	 "table-total-mismatch", 0, 0, NULL},
	/* a title cell before the header (…一览表 |) is no label of a header in two rows
	 * (r118-19): the table is read, its 总计 checked */
	{"/check/table/cell-lines-title",
	 "募集资金一览表 |\n街镇 |\n筹款数 |\n合计 |\n甲街道 |\n10 |\n10 |\n乙街道 |\n5 |\n5 |\n"
	 "总计 |\n15 |\n18 |\n",
	 "table-total-mismatch", 13, CF_SEVERITY_ERROR, NULL},
	/* a row of another shape after the table (a cell left out) may hide rows: a total above
	 * them is not checked */
	{"/check/table/cell-lines-cut-by-a-row",
	 "项目\n\n金额\n\n合计\n\n150\n\n甲\n\n100\n\n乙\n\n20\n\n丙\n\n30\n\n丁\n\n",
	 "table-total-mismatch", 0, 0, NULL},
	/* a table of this year's and last year's figures and their change (line 2 the header):
	 * 增减额 = this year's − last year's, 增减率 = 增减额 / last year's */
#define CHANGE_HEADER "单位：万元\n| 项目 | 2023年决算数 | 2022年决算数 | 增减额 | 增减率（%） |\n"
	{"/check/table-change/consistent",
	 CHANGE_HEADER "| 收入合计 | 1200.00 | 1000.00 | 200.00 | 20.00 |\n"
		       "| 财政拨款收入 | 1100.00 | 900.00 | 200.00 | 22.22 |\n"
		       "| 其他收入 | 100.00 | 100.00 | 0.00 | 0.00 |\n",
	 "change-mismatch", 0, 0, NULL},
	{"/check/table-change/difference",
	 CHANGE_HEADER "| 收入合计 | 1200.00 | 1000.00 | 200.00 | 20.00 |\n"
		       "| 财政拨款收入 | 1100.00 | 900.00 | 210.00 | 22.22 |\n",
	 "change-mismatch", 4, CF_SEVERITY_ERROR,
	 "the change in row 财政拨款收入 210.00万元 is not 1100.00万元 − 900.00万元 = 200万元"},
	{"/check/table-change/rate",
	 CHANGE_HEADER "| 财政拨款收入 | 1100.00 | 900.00 | 200.00 | 23.22 |\n",
	 "change-mismatch", 3, CF_SEVERITY_ERROR,
	 "(1100.00 − 900.00) / 900.00万元 = 22.2222%"},
	/* a decrease: a rate below zero over its change below zero (r110-09) */
	{"/check/table-change/decrease",
	 "项 目 | 2021年三季度 | 2020年三季度 | 增长额 | 增长比 |\n"
	 "医疗收入(万元) | 5053.28 | 5363.02 | -309.74 | -5.78% |\n"
	 "门诊收入(万元) | 2551.77 | 2333.68 | 218.09 | 9.35% |\n",
	 "change-mismatch", 0, 0, NULL},
	{"/check/table-change/decrease-wrong",
	 "项 目 | 2021年三季度 | 2020年三季度 | 增长额 | 增长比 |\n"
	 "医疗收入(万元) | 5053.28 | 5363.02 | -309.74 | -6.78% |\n",
	 "change-mismatch", 2, CF_SEVERITY_ERROR, "= -5.7755%"},
	/* a budget against last year's outturn, the rate in a bare column (r80-23) */
	{"/check/table-change/budget-against-outturn",
	 "单位:万元 | |||||\n项目 | 2016年预算数 | 上年完成数 | 比上年增减额 | 比上年增减% | 备注 |\n"
	 "1、增值税 | 2319 | 2070 | 259 | 12.03 | |\n",
	 "change-mismatch", 3, CF_SEVERITY_ERROR, "is not 2319万元 − 2070万元 = 249万元"},
	/* 增长 alone: an amount, or a rate where its cell is a percentage (r110-02, r110-13);
	 * a row whose merged category cell is dropped is out of its columns */
	{"/check/table-change/change-alone",
	 "一级指标 | 二级指标 | 单位 | 上年度 | 本年度 | 增长 |\n"
	 "经济指标 | 总收入 | 万元 | 21177 | 21740 | 663.00 |\n"
	 "总支出 | 万元 | 19737 | 20977 | 1240.00 | |\n",
	 "change-mismatch", 2, CF_SEVERITY_ERROR, "is not 21740 − 21177 = 563"},
	{"/check/table-change/change-alone-rate",
	 "| 指标 | 2023年数据 | 2024年数据 | 增长率 |\n| 门诊人次 | 10.8万 | 12万 | +13.1% |\n"
	 "| 平均住院日 | 6.2天 | 5.8天 | -6.4% |\n",
	 "change-mismatch", 2, CF_SEVERITY_ERROR, "= 11.111%"},
	{"/check/table-change/shifted-row",
	 "一级指标 | 二级指标 | 单位 | 上年度 | 本年度 | 增长 |\n"
	 "经济指标 | 总收入 | 万元 | 21177 | 21740 | 563.00 |\n"
	 "总支出 | 万元 | 19737 | 20977 | 1240.00 | |\n"
	 "医疗效率 | 平均住院天数 | 天 | 8.29 | 8.22 | -0.07 |\n",
	 "change-mismatch", 0, 0, NULL},
	/* the change of a share in points beside shares: no amount to compare (r110-09) */
	{"/check/table-change/share-in-points",
	 "项 目 | 2021年三季度 | 2020年三季度 | 增长额 | 增长比 |\n"
	 "药占比(%) | 28.07% | 30.28% | -0.02 | |\n",
	 "change-mismatch", 0, 0, NULL},
	/* not a year's figure against last year's: carry-overs, two measures, a mean growth */
	{"/check/table-change/carry-over",
	 "单位：万元\n| 项目 | 上年结转 | 本年收入 | 增减额 |\n| 财政拨款 | 10 | 100 | 5 |\n",
	 "change-mismatch", 0, 0, NULL},
	{"/check/table-change/two-measures",
	 "单位：万元\n| 项目 | 本年收入 | 上年支出 | 增减额 |\n| 财政拨款 | 100 | 80 | 5 |\n",
	 "change-mismatch", 0, 0, NULL},
	{"/check/table-change/mean-growth",
	 "| 指标 | 2022年 | 2023年 | 年均增长率 |\n| 地区生产总值 | 100 | 110 | 5.2% |\n",
	 "change-mismatch", 0, 0, NULL},
	/* 增加值 is value added, a level */
	{"/check/table-change/value-added",
	 "| 指标 | 2023年增加值 | 2022年增加值 | 增长率 |\n| 工业 | 110 | 100 | 15% |\n",
	 "change-mismatch", 2, CF_SEVERITY_ERROR, "(110 − 100) / 100 = 10%"},
	/* three years: the change is of the last two */
	{"/check/table-change/three-years",
	 "| 指标 | 2021年 | 2022年 | 2023年 | 增长率 |\n| 地区生产总值 | 90 | 100 | 110 | 15% |\n",
	 "change-mismatch", 2, CF_SEVERITY_ERROR, "(110 − 100) / 100 = 10%"},
	/* two groups side by side, each with its change */
	{"/check/table-change/two-groups",
	 "单位：万元\n| 项目 | 本年预算 | 上年预算 | 增减额 | 本年决算数 | 上年决算数 | 增减额 |\n"
	 "| 支出 | 120 | 100 | 20 | 110 | 90 | 30 |\n",
	 "change-mismatch", 3, CF_SEVERITY_ERROR, "is not 110万元 − 90万元 = 20万元"},
#undef CHANGE_HEADER
};

static void
test_case(gconstpointer data)
{
	const Case *c = data;
	g_autoptr(CfDocument) doc = cf_test_document_from_text("case.txt", c->text);
	/* every rule runs: a case must hold against the whole checker, not one family */
	g_autoptr(GPtrArray) findings = cf_test_check(doc, NULL);
	cf_test_dump(findings);
	if (c->line == 0) {
		for (guint i = 0; i < findings->len; i++) {
			const CfFinding *f = g_ptr_array_index(findings, i);
			g_assert_cmpstr(f->rule, !=, c->rule);
		}
		return;
	}
	const CfFinding *f = cf_test_find(findings, c->rule, c->line);
	g_assert_nonnull(f);
	g_assert_cmpint(f->severity, ==, c->severity);
	if (c->message)
		g_assert_nonnull(strstr(f->message, c->message));
}

/* The hint "a part left out?" names a figure where a part of the sum would stand: not one
 * of another table that equals the gap by chance (办公费 10 beside 人员经费合计 230 over 220). */
static void
test_missing_part_in_table(void)
{
	g_autoptr(CfDocument) doc = cf_test_document_from_text(
		"case.txt",
		"单位：万元\n| 人员经费 | | | 公用经费 | | |\n"
		"| 科目编码 | 科目名称 | 决算数 | 科目编码 | 科目名称 | 决算数 |\n"
		"| 301 | 工资福利支出 | 200 | 302 | 商品和服务支出 | 50 |\n"
		"| 30101 | 基本工资 | 200 | 30201 | 办公费 | 10 |\n"
		"| 303 | 对个人和家庭的补助 | 20 | 30211 | 差旅费 | 40 |\n"
		"| 30302 | 退休费 | 20 | | | |\n"
		"| 人员经费合计 | | 230 | 公用经费合计 | | 50 |\n");
	g_autoptr(GPtrArray) findings = cf_test_check(doc, NULL);
	cf_test_dump(findings);
	const CfFinding *f = cf_test_find(findings, "table-total-mismatch", 8);
	g_assert_nonnull(f);
	g_assert_nonnull(strstr(f->message, "200万元 + 20万元 = 220万元"));
	g_assert_null(strstr(f->message, "left out"));
}

/* In prose, the hint names neither a figure another list accounts for (基金调入1.20亿元 of the
 * income list, beside a tax list 1.21 short) nor a bound (≤2亿元); a figure of no list
 * equal to the gap is named. */
static void
test_missing_part_in_prose(void)
{
	g_autoptr(CfDocument) doc = cf_test_document_from_text(
		"case.txt",
		"收入完成20.20亿元，其中：税收收入完成14.59亿元；非税收入完成4.41亿元；基金调入1.20亿元。\n"
		"税收收入完成14.59亿元。其中：增值税完成5.19亿元；企业所得税完成4.60亿元；契税完成3.59亿元。\n"
		"成本指标：项目总成本≤2亿元。\n");
	g_autoptr(GPtrArray) findings = cf_test_check(doc, "sum-mismatch");
	cf_test_dump(findings);
	g_assert_cmpuint(findings->len, ==, 1);
	const CfFinding *f = g_ptr_array_index(findings, 0);
	g_assert_cmpuint(f->primary.line, ==, 2);
	g_assert_null(strstr(f->message, "left out"));

	g_autoptr(CfDocument) other = cf_test_document_from_text(
		"case.txt",
		"税收收入完成14.59亿元。其中：增值税完成5.19亿元；企业所得税完成4.60亿元；契税完成3.59亿元。\n"
		"另有印花税1.21亿元。\n");
	g_autoptr(GPtrArray) hinted = cf_test_check(other, "sum-mismatch");
	cf_test_dump(hinted);
	g_assert_cmpuint(hinted->len, ==, 1);
	f = g_ptr_array_index(hinted, 0);
	g_assert_nonnull(strstr(f->message, "the difference equals 1.21亿元 at line 2"));
}

/* ---- the model ---- */

typedef struct {
	const char *label;
	CfColumnRole role;
	gboolean part, initial;
} RoleCase;

static const RoleCase role_cases[] = {
	{"预算金额/指标总额", CF_COLUMN_BUDGET, FALSE, FALSE},
	{"预算金额/其中：区级资金", CF_COLUMN_BUDGET, TRUE, FALSE},
	{"支出金额/支出总额", CF_COLUMN_SPENDING, FALSE, FALSE},
	{"支出金额/其中：区级资金", CF_COLUMN_SPENDING, TRUE, FALSE},
	{"年初预算数", CF_COLUMN_BUDGET, FALSE, TRUE},
	{"全年执行数", CF_COLUMN_SPENDING, FALSE, FALSE},
	{"执行率", CF_COLUMN_RATE, FALSE, FALSE},
	{"预算执行率", CF_COLUMN_RATE, FALSE, FALSE},
	{"分值", CF_COLUMN_MAX_SCORE, FALSE, FALSE},
	{"得分", CF_COLUMN_SCORE, FALSE, FALSE},
	{"项目资金（万元）", CF_COLUMN_AMOUNT, FALSE, FALSE},
	{"项目名称", CF_COLUMN_TEXT, FALSE, FALSE},
};

static void
test_roles(void)
{
	for (gsize i = 0; i < G_N_ELEMENTS(role_cases); i++) {
		const RoleCase *c = &role_cases[i];
		gboolean part, initial;
		g_test_message("%s", c->label);
		g_assert_cmpint(cf_column_role_from_label(c->label, &part, &initial), ==, c->role);
		g_assert_cmpint(part, ==, c->part);
		g_assert_cmpint(initial, ==, c->initial);
	}
	g_assert_cmpint(cf_table_role_of_words("我单位项目支出预算"), ==, CF_COLUMN_BUDGET);
	g_assert_cmpint(cf_table_role_of_words("实际支出"), ==, CF_COLUMN_SPENDING);
	g_assert_cmpint(cf_table_role_of_words("组织部项目支出绩效目标"), ==, CF_COLUMN_BUDGET);
	g_assert_cmpint(cf_table_role_of_words("事务性业务专项经费"), ==, CF_COLUMN_TEXT);
}

/* The role of @label remembered (twice: the first reading works it out, the second finds it)
 * must be the role, 其中 and 年初 flags cf_column_role_from_label() gives. */
static void
assert_cached_role(const char *label)
{
	gboolean part, initial;
	CfColumnRole role = cf_column_role_from_label(label, &part, &initial);
	for (int twice = 0; twice < 2; twice++) {
		gboolean cached_part = !part, cached_initial = !initial;
		g_assert_cmpint(cf_check_table_column_role_cached(label, &cached_part,
								  &cached_initial),
				==, role);
		g_assert_cmpint(cached_part, ==, part);
		g_assert_cmpint(cached_initial, ==, initial);
	}
}

/* The table set reads headers through a per-thread memo: it gives what the function gives,
 * for every column label of the seeds and the role cases, also after the memo starts over. */
static void
test_roles_cached(void)
{
	const char *seeds[] = {"000", "001", "002", "003", "004"};
	g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func(g_free);
	for (gsize s = 0; s < G_N_ELEMENTS(seeds); s++) {
		g_autoptr(CfDocument) doc = cf_test_document_from_seed(seeds[s]);
		for (guint b = 0; b < doc->blocks->len; b++) {
			const CfBlock *block = g_ptr_array_index(doc->blocks, b);
			if (block->kind != CF_BLOCK_TABLE)
				continue;
			for (guint c = 0; c < block->table->n_columns; c++)
				g_ptr_array_add(labels, g_strdup(block->table->column_labels[c]));
		}
	}
	g_assert_cmpuint(labels->len, >, 20);
	for (gsize i = 0; i < G_N_ELEMENTS(role_cases); i++)
		g_ptr_array_add(labels, g_strdup(role_cases[i].label));
	for (guint i = 0; i < labels->len; i++)
		assert_cached_role(g_ptr_array_index(labels, i));
	/* past the memo's bound it starts over: the labels read before still get their roles */
	for (guint i = 0; i <= CF_CHECK_ROLE_MEMO_MAX_LABELS; i++) {
		char label[32];
		g_snprintf(label, sizeof label, "%s第%u列", i % 2 ? "预算" : "执行率", i);
		gboolean part, initial;
		cf_check_table_column_role_cached(label, &part, &initial);
	}
	for (guint i = 0; i < labels->len; i++)
		assert_cached_role(g_ptr_array_index(labels, i));
}

/* The name normalisation as first written (decode, test, re-encode every character); the
 * library copies runs of characters as they are and decides ASCII and ideographs without
 * decoding. */
static gboolean
reference_space_or_punct(gunichar c)
{
	return g_unichar_isspace(c) || c == 0x3000 || c == ':' || c == 0xFF1A || c == ',' ||
	       c == 0xFF0C || c == 0x3002 || c == ';' || c == 0xFF1B || c == 0x3001 ||
	       c == '.' || c == 0xFEFF;
}

static char *
reference_normalise(const char *text)
{
	g_autoptr(GString) s = g_string_new(NULL);
	for (const char *p = text; *p; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		if (!(g_unichar_isspace(c) || c == 0x3000 || c == 0xFEFF))
			g_string_append_unichar(s, c);
	}
	const char *start = s->str;
	while (*start && reference_space_or_punct(g_utf8_get_char(start)))
		start = g_utf8_next_char(start);
	gsize end = s->len;
	while (end > (gsize)(start - s->str)) {
		const char *prev = g_utf8_find_prev_char(s->str, s->str + end);
		if (prev == NULL || !reference_space_or_punct(g_utf8_get_char(prev)))
			break;
		end = (gsize)(prev - s->str);
	}
	return g_strndup(start, end - (gsize)(start - s->str));
}

static void
test_normalise_reference(void)
{
	static const gunichar pieces[] = {' ', '\t', '\n', '\r', '\f', '\v', 0x1C, 0x1F, 0x85, 0xA0,
					  0x3000, 0xFEFF, 0x2028, 0x2003, ':', 0xFF1A, ',', 0xFF0C,
					  0x3002, ';', 0x3001, '.', 'a', '1', 0x7ECF, 0x8D39, 0x5408};
	GRand *rand = g_rand_new_with_seed(280);
	/* every character alone, then random mixtures */
	for (gunichar c = 1; c <= 0x10FFFF; c++) {
		if (c >= 0xD800 && c <= 0xDFFF)
			continue;
		char text[8];
		text[g_unichar_to_utf8(c, text)] = '\0';
		g_autofree char *got = cf_table_normalise_name(text);
		g_autofree char *expected = reference_normalise(text);
		g_assert_cmpstr(got, ==, expected);
	}
	for (guint round = 0; round < 5000; round++) {
		g_autoptr(GString) text = g_string_new(NULL);
		guint n = (guint)g_rand_int_range(rand, 0, 12);
		for (guint i = 0; i < n; i++)
			g_string_append_unichar(text, pieces[g_rand_int_range(rand, 0, G_N_ELEMENTS(pieces))]);
		g_autofree char *got = cf_table_normalise_name(text->str);
		g_autofree char *expected = reference_normalise(text->str);
		g_assert_cmpstr(got, ==, expected);
	}
	g_rand_free(rand);
}

/* cf_table_text_has_name() against cf_table_normalise_name() of a copy: every character
 * alone, then random mixtures cut at every length (characters cut in two included). */
static gboolean
reference_has_name(const char *text, gsize length)
{
	g_autofree char *copy = g_strndup(text, length);
	g_autofree char *name = cf_table_normalise_name(copy);
	return *name != '\0';
}

static void
test_has_name(void)
{
	static const gunichar pieces[] = {' ', '\t', '\n', 0x85, 0xA0, 0x3000, 0xFEFF, 0x2028,
					  ':', 0xFF1A, ',', 0xFF0C, 0x3002, ';', 0x3001, '.',
					  'a', '1', 0x7ECF, 0x5408, 0xFF08, 0x1F600};
	for (gunichar c = 1; c <= 0x10FFFF; c++) {
		if (c >= 0xD800 && c <= 0xDFFF)
			continue;
		char text[8];
		gsize n = (gsize)g_unichar_to_utf8(c, text);
		text[n] = '\0';
		g_assert_cmpint(cf_table_text_has_name(text, n), ==, reference_has_name(text, n));
	}
	GRand *rand = g_rand_new_with_seed(433);
	for (guint round = 0; round < 3000; round++) {
		g_autoptr(GString) text = g_string_new(NULL);
		guint n = (guint)g_rand_int_range(rand, 0, 8);
		for (guint i = 0; i < n; i++)
			g_string_append_unichar(text, pieces[g_rand_int_range(rand, 0, G_N_ELEMENTS(pieces))]);
		for (gsize length = 0; length <= text->len; length++)
			g_assert_cmpint(cf_table_text_has_name(text->str, length), ==,
					reference_has_name(text->str, length));
	}
	g_rand_free(rand);
}

static void
test_normalise(void)
{
	g_autofree char *a = cf_table_normalise_name("  关工委 经费：\n");
	g_assert_cmpstr(a, ==, "关工委经费");
	g_autofree char *b = cf_table_normalise_name("\u3000社区、村党组织服务群众专项经费");
	g_assert_cmpstr(b, ==, "社区、村党组织服务群众专项经费");
	g_autofree char *c = cf_table_normalise_name(NULL);
	g_assert_cmpstr(c, ==, "");
}

/* The model of the seed 001: two sibling tables of the same 23 projects. */
static void
test_model_seed_001(void)
{
	g_autoptr(CfDocument) doc = cf_test_document_from_file("corpus/001_076bbd6f4c7b8808.txt");
	g_autoptr(GPtrArray) claims = cf_extract_document(cf_test_lexicon(), doc);
	CfCheckContext ctx = {0};
	ctx.document = doc;
	ctx.claims = claims;
	cf_check_context_index(&ctx);
	CfTableSet *set = cf_table_set_new(&ctx);
	g_assert_cmpuint(set->models->len, ==, 2);
	const CfTableModel *a = g_ptr_array_index(set->models, 0);
	const CfTableModel *b = g_ptr_array_index(set->models, 1);
	g_assert_cmpuint(a->n_items, ==, 23);
	g_assert_cmpuint(b->n_items, ==, 23);
	g_assert_cmpint(a->name_column, ==, 0);
	g_assert_cmpint(a->category_column, ==, 1);
	g_assert_cmpstr(a->item_noun, ==, "项目");
	g_assert_cmpint(a->columns[3].role, ==, CF_COLUMN_BUDGET);
	g_assert_cmpint(b->columns[3].role, ==, CF_COLUMN_BUDGET);
	g_assert_cmpint(b->columns[4].parent, ==, 3);
	/* the spending 其中 column is empty: no figures, no meaning */
	g_assert_cmpint(b->columns[6].role, ==, CF_COLUMN_TEXT);
	g_assert_cmpint(b->columns[5].role, ==, CF_COLUMN_SPENDING);
	g_assert_cmpuint(set->siblings->len, ==, 1);
	const CfSiblingPair *p = g_ptr_array_index(set->siblings, 0);
	g_assert_true(p->complete);
	g_assert_cmpuint(p->n_matched, ==, 23);
	/* both tables are introduced: lines 5 + 7, and 132 */
	g_assert_cmpuint(set->intros->len, ==, 2);
	/* the malformed 4,95 (table 0, row 21) reads as its sibling's 495 */
	const CfClaim *sibling = NULL;
	CfTerm *t = cf_table_cell_term(set, 0, 21, 3, &sibling);
	g_assert_nonnull(t);
	g_assert_nonnull(sibling);
	g_assert_cmpuint(sibling->line, ==, 315);
	g_assert_cmpuint(t->claim->line, ==, 119);
	g_assert_cmpint(cf_decimal_compare(t->point, cf_decimal_from_int(4950000)), ==, 0);
	cf_term_free(t);
	cf_table_set_free(set);
	cf_check_context_index_clear(&ctx);
}

/* The context's cell index against a plain scan of the claims: every (table, row, column)
 * lists exactly the claims in it, in document order (none outside the rows and columns the
 * claims name).  On a table of 3 × 400 cells with empty, text and two-number cells, and on
 * the seeds. */
static guint
check_cell_index(const CfDocument *doc)
{
	g_autoptr(GPtrArray) claims = cf_extract_document(cf_test_lexicon(), doc);
	CfCheckContext ctx = {0};
	ctx.document = doc;
	ctx.claims = claims;
	cf_check_context_index(&ctx);
	guint in_cells = 0;
	for (guint t = 0; t < ctx.tables->len; t++) {
		const CfTable *table = g_ptr_array_index(ctx.tables, t);
		for (guint r = 0; r < table->rows->len + 2; r++) {
			for (guint c = 0; c < table->n_columns + 2; c++) {
				g_autoptr(GPtrArray) want = g_ptr_array_new();
				for (guint i = 0; i < claims->len; i++) {
					const CfClaim *claim = g_ptr_array_index(claims, i);
					if (claim->table == (gint)t && claim->row == (gint)r &&
					    claim->cell_column == (gint)c)
						g_ptr_array_add(want, (gpointer)claim);
				}
				guint n_got;
				const CfClaim *const *got = cf_check_cell_claims(&ctx, t, r, c, &n_got);
				g_assert_cmpuint(n_got, ==, want->len);
				g_assert_true((got == NULL) == (n_got == 0));
				for (guint i = 0; i < want->len; i++)
					g_assert_true(got[i] == want->pdata[i]);
				in_cells += want->len;
			}
		}
	}
	guint expected_in_cells = 0;
	for (guint i = 0; i < claims->len; i++) {
		const CfClaim *c = g_ptr_array_index(claims, i);
		if (c->table >= 0 && c->row >= 0 && c->cell_column >= 0)
			expected_in_cells++;
	}
	g_assert_cmpuint(in_cells, ==, expected_in_cells);
	cf_check_context_index_clear(&ctx);
	return in_cells;
}

static void
test_cell_index(void)
{
	g_autoptr(GString) text = g_string_new(BUDGET_HEADER);
	for (guint r = 0; r < 400; r++) {
		if (r % 7 == 3)
			g_string_append_printf(text, "\t项目%u\n\t\n\t说明文字\n\n", r);
		else if (r % 11 == 5)
			g_string_append_printf(text, "\t项目%u\n\t%u.5万元，其中%u万元\n\t%u\n\n", r,
					       r, r / 2, r % 13);
		else
			g_string_append_printf(text, "\t项目%u\n\t%u.%02u\n\t%u\n\n", r, r, r % 100,
					       r * 3);
	}
	g_autoptr(CfDocument) doc = cf_test_document_from_text("cells.txt", text->str);
	g_assert_cmpuint(check_cell_index(doc), >=, 800);
	static const char *const seeds[] = {"000", "001", "003"};
	for (guint i = 0; i < G_N_ELEMENTS(seeds); i++) {
		g_autoptr(CfDocument) seed = cf_test_document_from_seed(seeds[i]);
		g_assert_cmpuint(check_cell_index(seed), >, 0);
	}
}

/* ---- the seeds (issue 3, Acceptance) ---- */

#define SEED_000 "corpus/000_6a5162211be4bb34.txt"
#define SEED_001 "corpus/001_076bbd6f4c7b8808.txt"
#define SEED_003 "corpus/003_df0ca8b0b5b2e082.txt"

static const char *const my_rules[] = {
	"table-total-mismatch", "table-part-exceeds",   "execution-rate-mismatch",
	"score-exceeds-max",    "score-total-mismatch", "prose-table-mismatch",
	"category-mismatch",    "sibling-mismatch",     "restated-mismatch",
};

static guint
count_mine(GPtrArray *findings, CfSeverity at_least)
{
	guint n = 0;
	for (guint i = 0; i < findings->len; i++) {
		const CfFinding *f = g_ptr_array_index(findings, i);
		for (gsize k = 0; k < G_N_ELEMENTS(my_rules); k++)
			if (g_str_equal(f->rule, my_rules[k]) && f->severity >= at_least)
				n++;
	}
	return n;
}

static void
test_seed_000(void)
{
	g_autoptr(CfDocument) doc = cf_test_document_from_file(SEED_000);
	g_autoptr(GPtrArray) findings = cf_test_check(doc, NULL);
	cf_test_dump(findings);
	/* the 合计 row, the 其中 columns and line 7's 1900/2000 and 1个 all hold */
	g_assert_cmpuint(count_mine(findings, CF_SEVERITY_NOTE), ==, 0);
}

static const CfFinding *
expect(GPtrArray *findings, const char *rule, guint line, CfSeverity severity)
{
	const CfFinding *f = cf_test_find(findings, rule, line);
	if (f == NULL)
		g_error("no %s finding at line %u", rule, line);
	g_assert_cmpint(f->severity, ==, severity);
	return f;
}

static gboolean
has_related_line(const CfFinding *f, guint line)
{
	for (guint i = 0; i < f->related->len; i++)
		if (g_array_index(f->related, CfLocation, i).line == line)
			return TRUE;
	return FALSE;
}

static void
test_seed_001(void)
{
	g_autoptr(CfDocument) doc = cf_test_document_from_file(SEED_001);
	g_autoptr(GPtrArray) findings = cf_test_check(doc, NULL);
	cf_test_dump(findings);
	const CfFinding *f;
	/* 事务性业务专项经费663.58 vs its rows (562.616 in table 1) */
	f = expect(findings, "category-mismatch", 5, CF_SEVERITY_ERROR);
	g_assert_nonnull(strstr(f->message, "663.58万元"));
	g_assert_cmpstr(f->computed, ==, "562.616万元");
	/* 公共专项经费5799.2 vs its rows: suggest 30000 → 3000 */
	gboolean seen_public = FALSE;
	for (guint i = 0; i < findings->len; i++) {
		f = g_ptr_array_index(findings, i);
		if (!g_str_equal(f->rule, "category-mismatch") || f->primary.line != 5 ||
		    strstr(f->message, "5799.2万元") == NULL)
			continue;
		seen_public = TRUE;
		g_assert_nonnull(f->suggestion);
		g_assert_nonnull(strstr(f->suggestion, "30000 (lines 124, 323, 324) → 3000"));
		g_assert_true(has_related_line(f, 124));
		g_assert_true(has_related_line(f, 119));
	}
	g_assert_true(seen_public);
	/* the line-132 total reconciles only with 3000 */
	f = expect(findings, "prose-table-mismatch", 132, CF_SEVERITY_ERROR);
	g_assert_nonnull(f->suggestion);
	g_assert_nonnull(strstr(f->suggestion, "30000 (lines 124, 323, 324) → 3000"));
	/* 6462.78 vs the table-1 sum, and vs 6384.82 restated at line 132 */
	expect(findings, "prose-table-mismatch", 5, CF_SEVERITY_ERROR);
	f = expect(findings, "restated-mismatch", 5, CF_SEVERITY_ERROR);
	g_assert_true(has_related_line(f, 132));
	/* 关工委经费 2 (line 77) vs 25 (line 249) */
	f = expect(findings, "sibling-mismatch", 77, CF_SEVERITY_ERROR);
	g_assert_true(has_related_line(f, 249));
	/* 4,95 is malformed, not a sibling mismatch; its finding names 495 at line 315 */
	f = expect(findings, "malformed-number", 119, CF_SEVERITY_ERROR);
	g_assert_true(has_related_line(f, 315));
	g_assert_null(cf_test_find(findings, "sibling-mismatch", 119));
	g_assert_null(cf_test_find(findings, "sibling-mismatch", 315));
	/* 30000 = 30000 and the 23 rows of 重点项目23个 hold */
	g_assert_null(cf_test_find(findings, "sibling-mismatch", 124));
	for (guint i = 0; i < findings->len; i++) {
		f = g_ptr_array_index(findings, i);
		g_assert_false(g_str_equal(f->rule, "prose-table-mismatch") && f->primary.line == 5 &&
			       f->primary.column == 10);
		g_assert_false(g_str_equal(f->rule, "table-part-exceeds"));
	}
}

static void
test_seed_003(void)
{
	g_autoptr(CfDocument) doc = cf_test_document_from_file(SEED_003);
	g_autoptr(GPtrArray) findings = cf_test_check(doc, NULL);
	cf_test_dump(findings);
	const CfFinding *f = expect(findings, "score-total-mismatch", 244, CF_SEVERITY_ERROR);
	g_assert_cmpstr(f->stated, ==, "7.13");
	g_assert_cmpstr(f->computed, ==, "97.13");
	g_assert_nonnull(strstr(f->message, "97.13分 at line 11"));
	g_assert_nonnull(f->suggestion);
	g_assert_nonnull(strstr(f->suggestion, "7.13 (line 244) → 97.13"));
	/* only that one: Σ分值 = 100, the prose 97.13, 得分 ≤ 分值, (50分) and (40分), the funds
	 * rows (155.68 = 153.03 + 2.65, 261.46 = 258.81 + 2.65) and 执行率 100% all hold */
	g_assert_cmpuint(count_mine(findings, CF_SEVERITY_NOTE), ==, 1);
}

/* The seeds 002 and 004 have no table relation that fails. */
static void
test_seeds_quiet(void)
{
	static const char *const files[] = {"corpus/002_6b5b2d02b175c98d.txt",
					    "corpus/004_430475d196af1e11.txt"};
	for (gsize i = 0; i < G_N_ELEMENTS(files); i++) {
		g_autoptr(CfDocument) doc = cf_test_document_from_file(files[i]);
		g_autoptr(GPtrArray) findings = cf_test_check(doc, NULL);
		cf_test_dump(findings);
		g_assert_cmpuint(count_mine(findings, CF_SEVERITY_WARNING), ==, 0);
	}
}

/* Mutations of the seed 003 score sheet: change one item score, the total must fire. */
static void
test_mutation_scores(void)
{
	g_autofree char *path = g_build_filename(g_getenv("CROSSFOOT_SOURCE_ROOT") ?: ".", SEED_003,
						 NULL);
	g_autofree char *text = NULL;
	g_assert_true(g_file_get_contents(path, &text, NULL, NULL));
	/* each: a line's original figure and its replacement */
	static const struct {
		guint line;
		const char *from, *to;
		const char *rule;
		guint at;
	} mutations[] = {
		{131, "7", "8", "score-total-mismatch", 243},  /* Σ分值 ≠ 100 */
		{131, "7", "8", "score-total-mismatch", 126},  /* (50分) ≠ 51 */
		{208, "20", "25", "score-exceeds-max", 208},   /* 得分 25 > 分值 20 */
		{228, "10", "11", "score-total-mismatch", 188}, /* (40分) ≠ 41 */
		{65, "261.46", "216.46", "execution-rate-mismatch", 67},
		{64, "261.46", "216.46", "execution-rate-mismatch", 67},
		{81, "2.65", "2.56", "table-total-mismatch", 63},
		{73, "258.81", "258.18", "table-total-mismatch", 64},
	};
	for (gsize i = 0; i < G_N_ELEMENTS(mutations); i++) {
		g_auto(GStrv) lines = g_strsplit(text, "\n", -1);
		char *line = lines[mutations[i].line - 1];
		char *at = strstr(line, mutations[i].from);
		g_assert_nonnull(at);
		g_autofree char *changed = g_strdup_printf("%.*s%s%s", (int)(at - line), line,
							   mutations[i].to, at + strlen(mutations[i].from));
		g_free(lines[mutations[i].line - 1]);
		lines[mutations[i].line - 1] = g_steal_pointer(&changed);
		g_autofree char *mutated = g_strjoinv("\n", lines);
		g_autoptr(CfDocument) doc = cf_test_document_from_text("mutated.txt", mutated);
		g_autoptr(GPtrArray) findings = cf_test_check(doc, mutations[i].rule);
		cf_test_dump(findings);
		g_test_message("mutation %zu: line %u %s → %s", i, mutations[i].line,
			       mutations[i].from, mutations[i].to);
		g_assert_nonnull(cf_test_find(findings, mutations[i].rule, mutations[i].at));
	}
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++)
		g_test_add_data_func(cases[i].path, &cases[i], test_case);
	g_test_add_func("/check/table/missing-part-in-table", test_missing_part_in_table);
	g_test_add_func("/check/sum/missing-part-in-prose", test_missing_part_in_prose);
	g_test_add_func("/check/table-model/roles", test_roles);
	g_test_add_func("/check/table-model/roles-cached", test_roles_cached);
	g_test_add_func("/check/table-model/normalise", test_normalise);
	g_test_add_func("/check/table-model/normalise-reference", test_normalise_reference);
	g_test_add_func("/check/table-model/has-name", test_has_name);
	g_test_add_func("/check/table-model/seed-001", test_model_seed_001);
	g_test_add_func("/check/table-model/cell-index", test_cell_index);
	g_test_add_func("/check/seed/000", test_seed_000);
	g_test_add_func("/check/seed/001", test_seed_001);
	g_test_add_func("/check/seed/003", test_seed_003);
	g_test_add_func("/check/seed/002-004-quiet", test_seeds_quiet);
	g_test_add_func("/check/mutation/score-sheet", test_mutation_scores);
	return g_test_run();
}
