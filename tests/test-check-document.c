/* Tests of the document-level check families: heading numbering and year consistency, on
 * small synthetic texts (cases that must fire and cases that must not) and on the seeds. */
#include "cf-test-pipeline.h"

/* ---- helpers ---- */

/* The lines of @rule's findings, ascending, as "5,10,12" ("" when none). */
static char *
finding_lines(GPtrArray *findings, const char *rule)
{
	GString *out = g_string_new(NULL);
	for (guint i = 0; i < findings->len; i++) {
		const CfFinding *f = g_ptr_array_index(findings, i);
		if (!g_str_equal(f->rule, rule))
			continue;
		g_string_append_printf(out, "%s%u", out->len ? "," : "", f->primary.line);
	}
	return g_string_free(out, FALSE);
}

typedef struct {
	const char *name;
	const char *text;
	const char *lines; /* expected finding lines */
} TextCase;

static void
run_text_case(const TextCase *c, const char *rule)
{
	g_autoptr(CfDocument) doc = cf_test_document_from_text("case.txt", c->text);
	g_autoptr(GPtrArray) findings = cf_test_check(doc, rule);
	cf_test_dump(findings);
	g_autofree char *lines = finding_lines(findings, rule);
	g_assert_cmpstr(lines, ==, c->lines);
	for (guint i = 0; i < findings->len; i++) {
		const CfFinding *f = g_ptr_array_index(findings, i);
		g_assert_cmpint(f->severity, ==, CF_SEVERITY_WARNING);
	}
}

/* ---- heading numbering ---- */

static const TextCase heading_cases[] = {
	{"in-order", "一、概况\n正文。\n二、绩效\n正文。\n三、问题\n", ""},
	{"skip", "一、概况\n二、绩效\n四、问题\n", "3"},
	{"repeat", "一、概况\n二、绩效\n二、问题\n", "3"},
	/* (二) under a heading whose (一) ran into its line, the sequence's own 二、 after it:
	 * a sub-heading, not the sequence's 2 in another style (r33-30) */
	{"sub-heading-numbered-again-later",
	 "2024年部门预算编制说明\n一、基本职能及主要工作:实施小学义务教育,促进基础教育发展。\n"
	 "(二)2024年主要工作\n1、负责辖区内小学阶段义务教育。\n2、加强民主管理。\n二、部门预算单位构成\n"
	 "正文。\n三、收支预算情况\n",
	 ""},
	/* a table row whose cells lost their line opens with a row label, not a heading */
	{"table-row-fragments",
	 "一、概况\n二、部门决算单位构成\n三、部门决算报表\n|\n二、上级补助收入 | 3 | 0.62 | 三、国防支出 | 37 |\n"
	 "三、其他资金 |\n四、附件\n",
	 ""},

	/* a numbered line followed by two bare numbers or more labels a table's row */
	{"row-label-with-cells",
	 "一、概况\n正文。\n二、绩效\n正文。\n二、转移性支出\n\n27.67\n\n24.61\n\n24.66\n\n三、问题\n", ""},
	/* two sequences interleaved: the row labels of a two-column table a cell a line */
	{"two-columns-interleaved",
	 "一、收入决算情况\n正文。\n二、财政专户管理资金收入\n\n五、科学技术支出\n\n三、事业收入\n\n"
	 "六、文化旅游体育与传媒支出\n\n四、其他收入\n\n七、社会保障和就业支出\n",
	 ""},
	{"repeat-then-skip", "1.概况\n2.绩效\n3.问题\n3.建议\n5.其他\n", "4,5"},
	{"style-change", "一、概况\n2、绩效\n三、问题\n", "2"},
	{"nested-restarts",
	 "一、概况\n（一）资金\n（二）目标\n二、绩效\n（一）产出\n（二）效益\n三、问题\n", ""},
	{"list-items-restart",
	 "一、概况\n1.做好党建工作。\n2.做好干部工作。\n二、绩效\n1.完成培训任务。\n2.完成考核任务。\n", ""},
	/* items numbered on across their parents (4. under (一), then 5. under (二)) */
	{"sub-list-numbered-on",
	 "一、绩效目标完成情况\n（一）完成绩效产出指标\n1.数量指标\n2.质量指标\n3.时效指标\n"
	 "（二）完成绩效效益指标\n4.社会效益指标\n5.满意度指标\n二、问题\n",
	 ""},
	{"sub-list-numbered-on-skips",
	 "一、绩效目标完成情况\n（一）完成绩效产出指标\n1.数量指标\n2.质量指标\n3.时效指标\n"
	 "（二）完成绩效效益指标\n5.社会效益指标\n6.满意度指标\n二、问题\n",
	 "7"},
	{"sub-lists-in-three-styles",
	 "一、概况\n（一）资金\n1.事项一。\n2.事项二。\n（二）目标\n（1）细项\n（2）细项\n二、绩效\n", ""},
	/* 一、 … 1、 2、 四、 5、: headings restarted in Arabic where 二、 三、 belong */
	{"restart-in-other-style",
	 "一、概况\n（一）资金\n1.事项一。\n2.事项二。\n1、 评价工作\n正文。\n2、 主要绩效\n"
	 "（一）成果很多。深入推进各项工作。\n（二）成果丰硕。扎实开展工作。\n四、问题\n5、 建议\n",
	 "5,7,11"},
	{"paren-style-change", "一、概况\n（1）决策\n（2）过程\n（3）产出\n（四）效益\n", "5"},
	{"first-heading-not-one", "二、绩效\n1、党建\n2、干部\n三、问题\n", ""},
	{"first-heading-wrong-style", "1、 概况\n二、绩效\n3、 结论\n四、分析\n", "1,3"},
	{"sub-sequence-starts-at-two", "一、概况\n（二）资金\n（三）目标\n二、绩效\n", "2"},
	/* a table exported one cell a line: its numbered row labels are no headings */
	{"cell-labels-of-a-flattened-table",
	 "一、概况\n二、决算表\n收入\n支出\n一、一般公共预算财政拨款收入\n1\n440.55\n一、一般公共服务支出\n"
	 "29\n423.20\n二、政府性基金预算财政拨款收入\n2\n0.00\n二、外交支出\n30\n0.00\n"
	 "三、上级补助收入\n3\n10.00\n三、国防支出\n31\n0.00\n三、情况说明\n",
	 ""},
	/* a table whose columns were run together: the heading skipped is written inside a line
	 * in between, so 五、 follows 四、; 十四、 inside a line is no 四、 */
	{"skipped-heading-written-inside-a-line",
	 "一、一般公共预算拨款收入4948.24一、一般公共服务支出\n二、政府性基金预算拨款收入\n"
	 "三、国防支出\n4四、财政专户管理资金收入70.00四、公共安全支出\n五、教育支出5018.24\n",
	 ""},
	{"skipped-heading-not-written-inside-a-line",
	 "一、概况\n二、绩效\n三、问题\n另见附表十四、十五。\n五、建议\n", "5"},
	/* a list whose first item shares its heading's line, as a scraped table gives it: (二)
	 * is that list's second item, whatever was numbered under (一) */
	{"sub-sequence-opened-on-the-heading-line",
	 "一、收入支出情况对比 (一) 收入总计 100 120\n1. 财政补助收入 50 60\n2. 其他收入 50 60\n"
	 "(二) 支出总计 90 100\n1. 医疗业务成本 90 100\n二、每门急诊人次平均收费水平 171.7 225.41\n",
	 ""},
	{"sub-sequence-not-opened-on-the-heading-line",
	 "一、收入支出情况对比 (一) 收入总计 100 120\n1. 财政补助收入 50 60\n2. 其他收入 50 60\n"
	 "(三) 支出总计 90 100\n二、每门急诊人次平均收费水平 171.7 225.41\n",
	 "4"},
	/* one heading followed by a number (a page number) is still a heading */
	{"heading-before-a-page-number", "一、概况\n正文。\n二、绩效\n12\n正文。\n四、问题\n", "6"},
	/* (1) inline after 其中： on the line before, (2) on a line of its own */
	{"sub-sequence-opened-inline",
	 "一、概况\n公务用车费100000元\n其中：(1)公务用车运行维护费100000元\n(2)公务用车购置\n二、统计\n",
	 ""},
	{"sub-sequence-not-opened-inline",
	 "一、概况\n公务用车费100000元\n其中：公务用车运行维护费100000元\n(2)公务用车购置\n二、统计\n",
	 "4"},
	{"circled", "一、概况\n①资金\n②目标\n④效益\n", "4"},
	/* a title may end with 。 after a word naming a section: its items are its own */
	{"title-ends-with-full-stop",
	 "（二）一般公共预算财政拨款“三公”经费支出决算具体情况说明。\n1.公务接待费预算为1万元。\n"
	 "3.公务用车购置及运行维护费预算为2万元。\n",
	 "3"},
	{"item-ends-with-full-stop",
	 "一、概况\n1.加强干部队伍建设，激发干部队伍内生动力。\n2.加强人才队伍建设，落实人才奖补政策。\n"
	 "1、 绩效评价工作情况\n2、 项目支出主要绩效\n四、存在的问题\n",
	 "4,5"},
	{"dot-items-after-paragraph-title",
	 "一、概况\n（一）绩效指标完成情况\n1．产出指标完成情况。\n正文。\n2.效益指标完成情况。\n"
	 "3.满意度指标完成情况。\n二、问题\n",
	 ""},
	/* a column header's formula (④ = ①+②+③) numbers no heading */
	{"formula-not-a-heading",
	 "一、概况\n预算情况\n①年初预算\n②调整金额\n③ 小计\n④ = ①+②+③\n年度拨付金额\n⑥=⑤/④\n", ""},
	/* items numbered inline, in one paragraph or cell */
	{"inline-items-in-order",
	 "一、职能\n主要职能：1.完成监督工作。2.做好平台维护；3.对信息进行收集。4.完成考评。\n",
	 ""},
	{"inline-item-repeated",
	 "一、职能\n1.完成监督工作。2.做好平台维护。3.对信息进行收集。4.完成考评。4.处理投诉。"
	 "5.指导工作。\n",
	 "2"},
	{"inline-item-skipped", "一、职能\n用于：1、老年节活动；2、通报会；6、慰问活动。\n", "2"},
	/* the missing item written after a comma, not at a sentence start */
	{"inline-item-after-comma",
	 "一、职能\n用于：1、老年节活动；2、通报会，3、主题党日；4、慰问活动。\n", ""},
	/* a run opens at 1, or at the marker its line opens with; each style counts apart */
	{"inline-items-nested",
	 "一、职能\n（一）做法：1.强化管理：(1)建制度；(2)抓落实。2.提升质量：(1)培训；(2)考核。\n",
	 ""},
	{"inline-items-continue-line-marker",
	 "一、职能\n1.做好监督。\n2.做好平台维护。3.完成考评。3.处理投诉。\n", "3"},
	/* a restart written where no item was looked for: a page whose lines were run together */
	{"inline-restart-after-space",
	 "第一部分 单位概况 一、主要职能 1.弘扬救助精神。 二、单位机构设置情况 设有内设机构。 第二部分 "
	 "预算情况说明 一、收支预算总表的说明 按照综合预算的原则编制。 二、收入预算情况说明 收入869万元。\n",
	 ""},
	{"inline-decimal-not-an-item",
	 "一、职能\n完成：1.做好维护。2.5万元用于考评。3.处理投诉。\n", ""},
	{"inline-items-in-a-cell",
	 "金额单位：万元\n\t项目\n\t说明\n\n\t总额\n\t1.预算执行率=预算执行数/"
	 "调整后预算数;2.年中调整的应"
	 "说明理由;2.其他资金包括银行贷款。\n\n",
	 "6"},
};

static void
test_heading_case(gconstpointer data)
{
	run_text_case(data, "heading-numbering");
}

typedef struct {
	const char *file;
	const char *lines;
	const char *messages[6]; /* expected messages, in line order (NULL-terminated) */
} SeedCase;

static const SeedCase heading_seeds[] = {
	{"corpus/000_6a5162211be4bb34.txt",
	 "47,49,55,57",
	 {"heading '1、' follows '一、' in the top-level sequence: expected '二、'",
	  "heading '2、' follows '1、' in the top-level sequence: expected '三、'",
	  "heading '5、' continues the top-level sequence 一、 … 四、 but is written in another "
	  "style: expected '五、'",
	  "heading '6、' continues the top-level sequence 一、 … 5、 but is written in another "
	  "style: expected '六、'",
	  NULL}},
	{"corpus/001_076bbd6f4c7b8808.txt", "", {NULL}},
	{"corpus/002_6b5b2d02b175c98d.txt", "", {NULL}},
	{"corpus/003_df0ca8b0b5b2e082.txt",
	 "5,10,12",
	 {"heading '1、' opens the top-level sequence continued by 二、 but is written in another "
	  "style: expected '一、'",
	  "heading '3、' continues the top-level sequence 1、 二、 but is written in another style: "
	  "expected '三、'",
	  "heading '4、' continues the top-level sequence 1、 … 3、 but is written in another style: "
	  "expected '四、'",
	  NULL}},
	{"corpus/004_430475d196af1e11.txt",
	 "6,8,10,19",
	 {"heading '2、' continues the top-level sequence 一、 but is written in another style: "
	  "expected '二、'",
	  "heading '3、' continues the top-level sequence 一、 2、 but is written in another style: "
	  "expected '三、'",
	  "heading '4、' continues the top-level sequence 一、 … 3、 but is written in another style: "
	  "expected '四、'",
	  "heading '（四）' continues the sequence （1） … （3） but is written in another style: "
	  "expected '（4）'",
	  NULL}},
};

static void
test_heading_seed(gconstpointer data)
{
	const SeedCase *c = data;
	g_autoptr(CfDocument) doc = cf_test_document_from_file(c->file);
	g_autoptr(GPtrArray) findings = cf_test_check(doc, "heading-numbering");
	cf_test_dump(findings);
	g_autofree char *lines = finding_lines(findings, "heading-numbering");
	g_assert_cmpstr(lines, ==, c->lines);
	for (guint i = 0; c->messages[i]; i++) {
		const CfFinding *f = g_ptr_array_index(findings, i);
		g_assert_cmpstr(f->message, ==, c->messages[i]);
		g_assert_cmpint(f->severity, ==, CF_SEVERITY_WARNING);
	}
}

/* 000 line 53: the marker after an exporter artefact is located after it; the previous
 * heading of the sequence is related */
static void
test_heading_location(void)
{
	g_autoptr(CfDocument) doc = cf_test_document_from_file("corpus/000_6a5162211be4bb34.txt");
	g_autoptr(GPtrArray) findings = cf_test_check(doc, "heading-numbering");
	const CfFinding *f = cf_test_find(findings, "heading-numbering", 55);
	g_assert_nonnull(f);
	g_assert_cmpuint(f->primary.column, ==, 1);
	g_assert_cmpuint(f->primary.length, ==, 2);
	g_assert_cmpstr(f->stated, ==, "5、");
	g_assert_cmpuint(f->related->len, ==, 1);
	const CfLocation *previous = &g_array_index(f->related, CfLocation, 0);
	g_assert_cmpuint(previous->line, ==, 53);
	g_assert_cmpuint(previous->column, ==, 20); /* after "[bookmark: _GoBack]" */
}

/* ---- year consistency ---- */

#define TITLE "2022年部门整体支出绩效自评报告\n"

static const TextCase year_cases[] = {
	{"own-budget-other-year", TITLE "2021年我单位项目支出预算共1900万元，实际支出2000万元。\n",
	 "2"},
	{"amount-without-subject", TITLE "2021年项目支出预算1900万元。\n", "2"},
	{"same-year", TITLE "2022年我单位项目支出预算共1900万元。\n", ""},
	/* last year's statement set beside this year's, in the same words */
	{"parallel-statements",
	 TITLE "2022年度支出合计2906万元，其中：项目支出2626万元。2021年度支出合计628万元，其中：项目支出"
	       "398万元。\n",
	 ""},
	{"not-parallel",
	 TITLE "2022年度支出合计2906万元。2021年度项目支出预算398万元。\n", "2"},
	/* …or after it (r32-04) */
	{"parallel-statement-after",
	 TITLE "2021年支出总计7033.15万元，包括本年支出合计7033.15万元。2022年支出总计6462.57万元，"
	       "包括本年支出合计6462.57万元。\n",
	 ""},
	{"not-parallel-after",
	 TITLE "2021年项目支出预算398万元。2022年度支出合计2906万元。\n", "2"},
	/* a title of no year's accounts: a plan for an investment's yield (r27-40) */
	{"title-of-no-accounts",
	 "2024年清河区高标准设施温室项目收益分配方案\n"
	 "2020年区投入帮扶发展专项资金610万元到清河区高标准设施温室项目。\n",
	 ""},
	/* 与…持平: a comparison (r32-33) */
	{"comparison-level",
	 "成都42个市级部门晒2022年“三公经费”预算\n"
	 "其中有11个部门与2021年“三公经费”因公接待费预算持平。\n",
	 ""},
	{"comparison-level-without",
	 "成都42个市级部门晒2022年“三公经费”预算\n"
	 "其中有11个部门2021年“三公经费”因公接待费预算为10万元。\n",
	 "2"},

	/* under a heading that names the other year: that year's section; the heading itself
	 * is still read */
	{"section-heading-year",
	 "2023年度昌吉市政府预算公开\n一、2022年财政收入预算执行情况\n"
	 "2022年全市安排地方财政预算收入760459万元。\n",
	 ""},
	{"section-heading-year-other",
	 "2023年度昌吉市政府预算公开\n一、2022年财政收入预算执行情况\n"
	 "2021年全市安排地方财政预算收入760459万元。\n",
	 "3"},

	{"no-title-year", "部门整体支出绩效自评报告\n2021年我单位项目支出预算共1900万元。\n", ""},
	{"history", TITLE "做好2020年选调生接收及2019年考录公务员转正工作。\n", ""},
	{"subject-without-money", TITLE "2019年我单位获评先进集体。\n", ""},
	{"comparison", TITLE "本年支出1900万元，比2021年增加100万元。\n", ""},
	{"plan", TITLE "2023年我单位将加大资金投入。\n", ""},
	{"reason", TITLE "支出减少27.31万元，主要原因是2021年有疫情防控经费29.01万元。\n", ""},
	/* the other year set beside the report's, in one sentence: a comparison */
	{"beside-the-report-year",
	 TITLE "2022年三公经费预算拨入33万元，2021年三公经费预算拨入57.55万元，与上年对比减少"
	       "24.55万元。\n",
	 ""},
	{"not-beside-the-report-year",
	 TITLE "2022年三公经费预算拨入33万元。\n2021年三公经费预算拨入57.55万元。\n", "3"},
	{"change-without-bi", TITLE "因公出国(境)费支出13.9万元，2021年预算增加1.7万元。\n", ""},
	{"date", TITLE "2021年12月我单位收到预算资金100万元。\n", ""},
	{"year-end", TITLE "截至2021年底我单位资金结余10万元。\n", ""},
	{"range", TITLE "2020年至2021年我单位累计支出资金100万元。\n", ""},
	{"carry-over", TITLE "2021年结转资金10万元。\n", ""},
	{"carry-over-older", TITLE "2019年结转资金10万元。\n", "2"},
	{"later-year", TITLE "2023年我单位项目支出预算共1900万元。\n", "2"},
	{"table-year-ignored", TITLE "\t项目\n\t2021年预算\n\n\t党建\n\t100\n\n", ""},
	/* what the title names after its year, named with another year; not in the name of a
	 * document cited, nor of another year's document */
	{"title-name-other-year",
	 "关于下达2024年中央财政衔接推进老区乡村振兴补助资金的通知\n"
	 "经研究，确定为2023年中央财政衔接推进老区乡村振兴补助项目，现将补助资金10万元下达给你们。"
	 "\n",
	 "2"},
	{"title-name-same-year",
	 "关于下达2024年中央财政衔接推进老区乡村振兴补助资金的通知\n"
	 "经研究，确定为2024年中央财政衔接推进老区乡村振兴补助项目，现将补助资金10万元下达给你们。"
	 "\n",
	 ""},
	{"title-name-cited",
	 "关于下达2024年中央财政衔接推进老区乡村振兴补助资金的通知\n"
	 "根据《关于下达2023年中央财政衔接推进老区乡村振兴补助资金的通知》精神，现下达资金。\n",
	 ""},
	{"title-name-other-document", TITLE "2021年部门整体支出绩效自评报告提出的问题已整改。\n",
	 ""},
	/* 现将 (hereby) is no 将 of a plan; 将 alone is */
	{"title-name-hereby",
	 "示例市青平区财政局2024年度政府采购和“三公”经费情况说明\n"
	 "现将2023年度政府采购和“三公”经费情况公开如下。\n",
	 "2"},
	{"plan-with-amount", TITLE "2023年我单位将加大资金投入，预算100万元。\n", ""},
	/* a title of several years: each is the report's (r35) */
	{"title-range",
	 "清水县果品产业发展中心2016-2020年财政专项扶贫资金项目绩效评价工作总结\n"
	 "(一)2016年财政专项扶贫资金项目情况\n(二)2015年财政专项扶贫资金项目情况\n",
	 "3"},
	/* a table of contents' entry and the heading it names, with other years (r31-20); no
	 * title year needed */
	{"contents-year",
	 "第一部分 单位概况3\n第二部分 2022年度单位决算情况说明5\n第一部分 单位概况\n"
	 "第二部分 2023年度 单位决算情况说明\n2023年度收、支总计1801.06万元。\n",
	 "2"},
	{"contents-same-year",
	 "第一部分 单位概况3\n第二部分 2023年度单位决算情况说明5\n第一部分 单位概况\n"
	 "第二部分 2023年度 单位决算情况说明\n",
	 ""},
	{"contents-captions-of-two-years",
	 "2022年度收入支出决算总表\n2023年度收入支出决算总表\n", ""},
};

static void
test_year_case(gconstpointer data)
{
	run_text_case(data, "year-mismatch");
}

static const SeedCase year_seeds[] = {
	{"corpus/000_6a5162211be4bb34.txt",
	 "7",
	 {"year 2021 in a statement of the report's own funds contradicts the report year 2022 of "
	  "its title",
	  NULL}},
	{"corpus/001_076bbd6f4c7b8808.txt", "", {NULL}},
	{"corpus/002_6b5b2d02b175c98d.txt", "", {NULL}},
	{"corpus/003_df0ca8b0b5b2e082.txt", "", {NULL}},
	{"corpus/004_430475d196af1e11.txt", "", {NULL}},
};

static void
test_year_seed(gconstpointer data)
{
	const SeedCase *c = data;
	g_autoptr(CfDocument) doc = cf_test_document_from_file(c->file);
	g_autoptr(GPtrArray) findings = cf_test_check(doc, "year-mismatch");
	cf_test_dump(findings);
	g_autofree char *lines = finding_lines(findings, "year-mismatch");
	g_assert_cmpstr(lines, ==, c->lines);
	for (guint i = 0; c->messages[i]; i++) {
		const CfFinding *f = g_ptr_array_index(findings, i);
		g_assert_cmpstr(f->message, ==, c->messages[i]);
		g_assert_cmpint(f->severity, ==, CF_SEVERITY_WARNING);
		g_assert_cmpstr(f->stated, ==, "2021");
		g_assert_cmpuint(f->primary.column, ==, 1);
		g_assert_cmpuint(f->related->len, ==, 1);
		g_assert_cmpuint(g_array_index(f->related, CfLocation, 0).line, ==, 3);
	}
}

/* --rule/--disable: a disabled rule reports nothing */
static void
test_disabled(void)
{
	g_autoptr(CfDocument) doc = cf_test_document_from_file("corpus/000_6a5162211be4bb34.txt");
	g_autoptr(GPtrArray) claims = cf_extract_document(cf_test_lexicon(), doc);
	g_autoptr(GHashTable) disabled = g_hash_table_new(g_str_hash, g_str_equal);
	g_hash_table_add(disabled, (gpointer) "heading-numbering");
	g_hash_table_add(disabled, (gpointer) "year-mismatch");
	CfCheckOptions options = {.disabled = disabled};
	g_autoptr(GPtrArray) findings = cf_check_document(cf_test_lexicon(), doc, claims, &options);
	g_autofree char *h = finding_lines(findings, "heading-numbering");
	g_autofree char *y = finding_lines(findings, "year-mismatch");
	g_assert_cmpstr(h, ==, "");
	g_assert_cmpstr(y, ==, "");
}

/* malformed numbers: a spacing note once per document and reason, naming every place; an
 * amount that cannot be read is an error at each place */
static void
test_malformed_grouped(void)
{
	g_autoptr(CfDocument) doc = cf_test_document_from_text(
		"case.txt", "支出100万元，下降 6.00 %。\n收入50万元，增长 4.03 %。\n"
			    "预算4,95万元。\n决算1,2345元。\n满意度99.85 %。\n");
	g_autoptr(GPtrArray) findings = cf_test_check(doc, "malformed-number");
	cf_test_dump(findings);
	g_autofree char *lines = finding_lines(findings, "malformed-number");
	g_assert_cmpstr(lines, ==, "1,3,4");
	const CfFinding *note = g_ptr_array_index(findings, 0);
	g_assert_cmpint(note->severity, ==, CF_SEVERITY_NOTE);
	g_assert_cmpstr(note->message, ==,
			"malformed number \"6.00 %\": space before % (and 2 more in this document)");
	g_assert_cmpuint(note->related->len, ==, 2);
	g_assert_cmpuint(g_array_index(note->related, CfLocation, 0).line, ==, 2);
	g_assert_cmpuint(g_array_index(note->related, CfLocation, 1).line, ==, 5);
	for (guint i = 1; i < findings->len; i++) {
		const CfFinding *f = g_ptr_array_index(findings, i);
		g_assert_cmpint(f->severity, ==, CF_SEVERITY_ERROR);
		g_assert_cmpuint(f->related->len, ==, 0);
	}

	/* one place: no count */
	g_autoptr(CfDocument) one = cf_test_document_from_text("case.txt", "下降 6.00 %。\n");
	g_autoptr(GPtrArray) single = cf_test_check(one, "malformed-number");
	g_assert_cmpuint(single->len, ==, 1);
	g_assert_cmpstr(((const CfFinding *)g_ptr_array_index(single, 0))->message, ==,
			"malformed number \"6.00 %\": space before %");

	/* a stray point before %: the percent, noted (r45-09) */
	g_autoptr(CfDocument) stray = cf_test_document_from_text("case.txt", "结案率75.28.%。\n");
	g_autoptr(GPtrArray) strayed = cf_test_check(stray, "malformed-number");
	g_assert_cmpuint(strayed->len, ==, 1);
	g_assert_cmpstr(((const CfFinding *)g_ptr_array_index(strayed, 0))->message, ==,
			"malformed number \"75.28.%\": a stray point before %");

	/* % typed twice, in prose and in a cell: the percent, noted (r110-19) */
	g_autoptr(CfDocument) twice = cf_test_document_from_text(
		"case.txt", "药占比为11.52%%,同比下降。\n| 项目 | 占比 |\n|---|---|\n| 收入 | 17.92%% |\n");
	g_autoptr(GPtrArray) twiced = cf_test_check(twice, "malformed-number");
	g_assert_cmpuint(twiced->len, ==, 1);
	g_assert_cmpstr(((const CfFinding *)g_ptr_array_index(twiced, 0))->message, ==,
			"malformed number \"11.52%\": % written twice (and 1 more in this document)");
	g_assert_cmpint(((const CfFinding *)g_ptr_array_index(twiced, 0))->severity, ==,
			CF_SEVERITY_NOTE);

	/* a space after the decimal point: 21.73万亩, noted (r35-27) */
	g_autoptr(CfDocument) point = cf_test_document_from_text("case.txt", "建设基地21. 73万亩。\n");
	g_autoptr(GPtrArray) spaced = cf_test_check(point, "malformed-number");
	g_assert_cmpuint(spaced->len, ==, 1);
	g_assert_cmpstr(((const CfFinding *)g_ptr_array_index(spaced, 0))->message, ==,
			"malformed number \"21. 73万亩\": space after the decimal point");
	g_assert_cmpint(((const CfFinding *)g_ptr_array_index(spaced, 0))->severity, ==,
			CF_SEVERITY_NOTE);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	for (guint i = 0; i < G_N_ELEMENTS(heading_cases); i++) {
		g_autofree char *path = g_strdup_printf("/check/heading/%s", heading_cases[i].name);
		g_test_add_data_func(path, &heading_cases[i], test_heading_case);
	}
	for (guint i = 0; i < G_N_ELEMENTS(heading_seeds); i++) {
		g_autofree char *path = g_strdup_printf("/check/heading/seed-%.3s", heading_seeds[i].file + 7);
		g_test_add_data_func(path, &heading_seeds[i], test_heading_seed);
	}
	g_test_add_func("/check/heading/location", test_heading_location);
	for (guint i = 0; i < G_N_ELEMENTS(year_cases); i++) {
		g_autofree char *path = g_strdup_printf("/check/year/%s", year_cases[i].name);
		g_test_add_data_func(path, &year_cases[i], test_year_case);
	}
	for (guint i = 0; i < G_N_ELEMENTS(year_seeds); i++) {
		g_autofree char *path = g_strdup_printf("/check/year/seed-%.3s", year_seeds[i].file + 7);
		g_test_add_data_func(path, &year_seeds[i], test_year_seed);
	}
	g_test_add_func("/check/document/disabled", test_disabled);
	g_test_add_func("/check/malformed/grouped", test_malformed_grouped);
	return g_test_run();
}
