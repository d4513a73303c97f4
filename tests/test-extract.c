/* test-extract.c — claims of real report lines and of single forms, with exact values,
 * intervals, labels, cues and positions. */
#include <glib.h>
#include <locale.h>
#include <string.h>

#include "extract/cf-extract-private.h"
#include "extract/cf-extract.h"
#include "extract/cf-lexicon-private.h"
#include "extract/cf-lexicon.h"
#include "extract/cf-number.h"
#include "ingest/cf-ingest.h"
#include "model/cf-utf8.h"
#include "segment/cf-segment.h"

#include "cf-test-files.h"
#include "cf-test-pipeline.h"
#include "cf-test-random.h"

/* The folders of the reports every corpus-wide test reads. */
static const char *const corpus_folders[] = {"corpus", "corpus/synthetic"};

static CfLexicon *lexicon;

static char *
dec(CfDecimal d)
{
	return cf_decimal_to_string(d);
}

/* "[low, high]" with "inf" for unbounded ends. */
static char *
interval(const CfClaim *c)
{
	g_autofree char *low = c->interval.low_unbounded ? g_strdup("-inf") : dec(c->interval.low);
	g_autofree char *high = c->interval.high_unbounded ? g_strdup("inf") : dec(c->interval.high);
	return g_strdup_printf("[%s, %s]", low, high);
}

static GPtrArray *
claims_on_line(GPtrArray *claims, guint line)
{
	GPtrArray *out = g_ptr_array_new();
	for (guint i = 0; i < claims->len; i++)
		if (((CfClaim *)claims->pdata[i])->line == line)
			g_ptr_array_add(out, claims->pdata[i]);
	return out;
}

static char *
cues_of(const CfClaim *c)
{
	g_autoptr(GString) s = g_string_new(NULL);
	for (guint i = 0; i < c->cues->len; i++)
		g_string_append_printf(s, "%s%s", i ? "," : "", (char *)c->cues->pdata[i]);
	return g_string_free(g_steal_pointer(&s), FALSE);
}

/* ---- seed 003 line 14: a total and its 18 parts ---- */

static void
test_seed003_line14(void)
{
	static const struct {
		guint column;
		const char *label;
		const char *text;
		const char *value;
	} parts[] = {
		{52, "干部工作专项经费支出", "19.77万元", "197700"},
		{72, "干部监督工作专项经费支出", "6.15万元", "61500"},
		{91, "干部教育工作专项经费支出", "8.30万元", "83000"},
		{108, "党建工作专项经费支出", "16.72万元", "167200"},
		{126, "党员教育专项经费支出", "6.26万元", "62600"},
		{144, "党支部活动专项经费支出", "2.37万元", "23700"},
		{162, "党代表联络专项经费支出", "1.24万元", "12400"},
		{179, "绩效工作专项经费支出", "4.79万元", "47900"},
		{199, "公务员管理工作专项经费支出", "39.01万元", "390100"},
		{217, "纪检监察专项经费支出", "6.81万元", "68100"},
		{236, "综合协调服务专项经费支出", "63.42万元", "634200"},
		{254, "调研宣传专项经费支出", "1.22万元", "12200"},
		{273, "工资福利工作专项经费支出", "2.69万元", "26900"},
		{291, "驻村办工作专项经费支出", "52.34万元", "523400"},
		{314, "乡村振兴驻村工作队专项经费支出", "4万元", "40000"},
		{328, "乡村振兴专项经费支出", "6.68万元", "66800"},
		{354, "人才工作及人才发展服务中心专项经费支出", "4.89万元", "48900"},
		{381, "“大组工网”风险评估整改工作专项经费支出", "14.80万元", "148000"},
	};
	g_autoptr(CfDocument) doc = cf_test_document_from_seed("003");
	g_autoptr(GPtrArray) claims = cf_extract_document(lexicon, doc);
	g_autoptr(GPtrArray) line = claims_on_line(claims, 14);
	g_assert_cmpuint(line->len, ==, 2 + G_N_ELEMENTS(parts));

	const CfClaim *year = line->pdata[0];
	g_assert_cmpint(year->kind, ==, CF_CLAIM_YEAR);
	g_assert_cmpstr(year->text, ==, "2022年度");
	g_assert_cmpuint(year->column, ==, 1);

	const CfClaim *total = line->pdata[1];
	g_assert_cmpint(total->kind, ==, CF_CLAIM_AMOUNT);
	g_assert_cmpstr(total->text, ==, "261.46万元");
	g_assert_cmpuint(total->column, ==, 30);
	g_autofree char *total_value = dec(total->value);
	g_assert_cmpstr(total_value, ==, "2614600");
	g_assert_cmpstr(total->label, ==, "中共益阳市委组织部业务工作开展专项资金实际支出");
	g_assert_false(cf_claim_has_cue(total, "其中"));

	CfDecimal sum = cf_decimal_from_int(0);
	for (guint i = 0; i < G_N_ELEMENTS(parts); i++) {
		const CfClaim *c = line->pdata[i + 2];
		g_autofree char *value = dec(c->value);
		g_assert_cmpint(c->kind, ==, CF_CLAIM_AMOUNT);
		g_assert_cmpuint(c->column, ==, parts[i].column);
		g_assert_cmpstr(c->text, ==, parts[i].text);
		g_assert_cmpstr(c->label, ==, parts[i].label);
		g_assert_cmpstr(value, ==, parts[i].value);
		g_assert_cmpstr(c->unit, ==, "万元");
		g_assert_cmpint(c->unit_exponent, ==, 4);
		g_assert_true(cf_claim_has_cue(c, "其中"));
		g_assert_cmpint(c->table, ==, -1);
		g_assert_cmpuint(c->sentence, ==, total->sentence);
		g_assert_true(cf_decimal_add(sum, c->value, &sum));
	}
	/* the parts as read add up to the total as read: nothing lost, nothing rescaled */
	g_assert_cmpint(cf_decimal_compare(sum, total->value), ==, 0);
	/* stated precision kept: 8.30 is not 8.3 */
	g_autofree char *stated = dec(((CfClaim *)line->pdata[4])->stated);
	g_assert_cmpstr(stated, ==, "8.30");
}

/* ---- seed 001 lines 106-108: one table cell of prose ---- */

typedef struct {
	guint line, column;
	CfClaimKind kind;
	const char *text;
	const char *value;
	const char *interval;
	const char *unit;
	const char *label; /* NULL: not checked */
	const char *cues;
} Expected;

static void
check_claim(const CfClaim *c, const Expected *e)
{
	g_autofree char *value = c->has_value ? dec(c->value) : g_strdup("none");
	g_autofree char *iv = c->has_value ? interval(c) : g_strdup("none");
	g_autofree char *cues = cues_of(c);
	g_assert_cmpuint(c->line, ==, e->line);
	g_assert_cmpuint(c->column, ==, e->column);
	g_assert_cmpstr(cf_claim_kind_to_string(c->kind), ==, cf_claim_kind_to_string(e->kind));
	g_assert_cmpstr(c->text, ==, e->text);
	g_assert_cmpstr(value, ==, e->value);
	g_assert_cmpstr(iv, ==, e->interval);
	g_assert_cmpstr(c->unit, ==, e->unit);
	if (e->label)
		g_assert_cmpstr(c->label, ==, e->label);
	g_assert_cmpstr(cues, ==, e->cues);
	g_assert_cmpuint(c->length, ==, g_utf8_strlen(e->text, -1));
}

static void
test_seed001_line108(void)
{
	static const Expected want[] = {
		{106, 8, CF_CLAIM_AMOUNT, "400万元", "4000000", "[3995000, 4005000]", "万元", "干部培训", ""},
		{106, 39, CF_CLAIM_AMOUNT, "800万", "8000000", "[7195000, 8805000]", "万", "工资", ""},
		{106, 44, CF_CLAIM_YEAR, "2020年", "2020", "[2020, 2020]", "年", NULL, ""},
		{108, 1, CF_CLAIM_AMOUNT, "100000元", "100000", "[99999.5, 100000.5]", "元", "招考工作经费", ""},
		{108, 19, CF_CLAIM_AMOUNT, "100000元", "100000", "[99999.5, 100000.5]", "元", "湖南才智管理服务费", ""},
		{108, 30, CF_CLAIM_AMOUNT, "820万元", "8200000", "[8195000, 8205000]", "万元", "合计", "合计"},
		{108, 46, CF_CLAIM_COUNT, "35名", "35", "[34.5, 35.5]", "名", "党建指导员补助", ""},
		{108, 61, CF_CLAIM_AMOUNT, "600元", "600", "[599.5, 600.5]", "元", "补贴", "每月"},
		{108, 71, CF_CLAIM_COUNT, "35人", "35", "[34.5, 35.5]", "人", "全年共计", "共计"},
		{108, 71, CF_CLAIM_EXPRESSION, "35人*600元/月*12月＝252000元", "252000", "[251999.5, 252000.5]", "元", "全年共计", "共计"},
		{108, 75, CF_CLAIM_RATE, "600元/月", "600", "[599.5, 600.5]", "元/月", NULL, "共计"},
		{108, 82, CF_CLAIM_COUNT, "12月", "12", "[11.5, 12.5]", "月", NULL, "共计"},
		{108, 86, CF_CLAIM_AMOUNT, "252000元", "252000", "[251999.5, 252000.5]", "元", NULL, "共计"},
		{108, 96, CF_CLAIM_AMOUNT, "25.2万元", "252000", "[251500, 252500]", "万元", "共计", "共计"},
		{108, 119, CF_CLAIM_AMOUNT, "144万元", "1440000", "[1435000, 1445000]", "万元", "据实考核农村村级班子及其成员", ""},
		{108, 143, CF_CLAIM_AMOUNT, "5万元", "50000", "[45000, 55000]", "万元", "困难党组织党员教育活动补助经费", ""},
	};
	g_autoptr(CfDocument) doc = cf_test_document_from_seed("001");
	g_autoptr(GPtrArray) claims = cf_extract_document(lexicon, doc);
	g_autoptr(GPtrArray) cell = g_ptr_array_new();
	for (guint i = 0; i < claims->len; i++) {
		const CfClaim *c = claims->pdata[i];
		if (c->line >= 106 && c->line <= 108)
			g_ptr_array_add(cell, claims->pdata[i]);
	}
	/* 16 numbered items; 3 before the arithmetic, 5 operands and results, 16 after */
	g_assert_cmpuint(cell->len, ==, 27);
	for (guint i = 0; i < G_N_ELEMENTS(want); i++)
		check_claim(cell->pdata[i], &want[i]);
	for (guint i = 0; i < cell->len; i++) {
		const CfClaim *c = cell->pdata[i];
		g_assert_cmpint(c->table, ==, 0);
		g_assert_cmpint(c->row, ==, 19);
		g_assert_cmpint(c->cell_column, ==, 2);
		g_assert_cmpuint(c->sentence, ==, G_MAXUINT);
	}
	const CfClaim *approx = cell->pdata[1];
	g_assert_cmpint(approx->qualifier, ==, CF_QUALIFIER_APPROX);
	g_assert_cmpstr(approx->qualifier_text, ==, "约");
	const CfClaim *stated = cell->pdata[13];
	g_autofree char *s = dec(stated->stated);
	g_assert_cmpstr(s, ==, "25.2");
	g_assert_cmpint(stated->unit_exponent, ==, 4);
}

/* ---- seed 001, first table: budgets in 万元 ---- */

static void
test_seed001_table1(void)
{
	static const struct {
		guint line;
		const char *item;
		const char *stated;
	} rows[] = {
		{17, "离休暨县级退休干部管理经费", "37.98"},
		{22, "老干大学三个社区分校办学经费", "21"},
		{27, "离退休干部报刊费", "28.8"},
		{32, "离退休干部帮困解难专项资金", "5"},
		{37, "老年艺术团经费", "2"},
		{42, "老年大学办学经费", "180"},
		{47, "一村一名大学生计划经费", "3.8"},
		{52, "机构改革经费", "20"},
		{57, "老年教育网络课堂工作经费", "16"},
		{62, "书画、诗书、钓鱼、保健协会经费", "40"},
		{67, "区委党代会常任制试点工作", "20"},
		{72, "农村党员干部运程教育经费", "25"},
		{77, "关工委经费", "2"},
		{82, "科级特派员补助", "15.036"},
		{87, "绩效考核", "25"},
		{92, "干部选拔任用", "25"},
		{97, "五老四教四就近工作经费", "16"},
		{102, "老干活动经费", "80"},
		{109, "基层党建经费", "2034.2"},
		{114, "学习培训专项", "180"},
		{119, "社区、村党组织服务群众专项经费", NULL},
		{124, "精准扶贫专项工作经费", "30000"},
		{129, "村级组织运行经费", "90"},
	};
	g_autoptr(CfDocument) doc = cf_test_document_from_seed("001");
	g_autoptr(GPtrArray) claims = cf_extract_document(lexicon, doc);
	g_autoptr(GPtrArray) budget = g_ptr_array_new();
	for (guint i = 0; i < claims->len; i++) {
		const CfClaim *c = claims->pdata[i];
		if (c->table == 0 && c->cell_column == 3)
			g_ptr_array_add(budget, claims->pdata[i]);
	}
	g_assert_cmpuint(budget->len, ==, G_N_ELEMENTS(rows));
	for (guint i = 0; i < G_N_ELEMENTS(rows); i++) {
		const CfClaim *c = budget->pdata[i];
		g_autofree char *label = g_strconcat(rows[i].item, "/预算金额", NULL);
		g_assert_cmpuint(c->line, ==, rows[i].line);
		g_assert_cmpuint(c->column, ==, 2);
		g_assert_cmpstr(c->label, ==, label);
		g_assert_cmpint(c->row, ==, (gint)i + 1);
		g_assert_cmpstr(c->unit, ==, "万元");
		g_assert_cmpint(c->unit_exponent, ==, 4);
		if (rows[i].stated == NULL) {
			g_assert_cmpint(c->kind, ==, CF_CLAIM_MALFORMED);
			g_assert_cmpstr(c->text, ==, "4,95");
			g_assert_false(c->has_value);
			g_assert_nonnull(c->reason);
			continue;
		}
		g_assert_cmpint(c->kind, ==, CF_CLAIM_AMOUNT);
		g_autofree char *stated = dec(c->stated);
		g_assert_cmpstr(stated, ==, rows[i].stated);
		g_assert_cmpstr(c->text, ==, rows[i].stated);
		/* value in 元: stated × 10^4, exactly */
		CfDecimal want;
		g_assert_true(cf_decimal_shift(c->stated, 4, &want));
		g_assert_cmpint(cf_decimal_compare(c->value, want), ==, 0);
	}
	g_autofree char *first = dec(((CfClaim *)budget->pdata[0])->value);
	g_assert_cmpstr(first, ==, "379800");
}

/* ---- single forms ---- */

typedef struct {
	const char *path;
	const char *text;   /* a sentence */
	const char *match;  /* the claim's text */
	CfClaimKind kind;
	const char *value;
	const char *interval;
	const char *unit;
	CfQualifier qualifier;
	const char *qualifier_text;
} Form;

static const Form forms[] = {
	{"/extract/amount/multiplier-twice", "个人缴费12002.41万万元。", "12002.41万万元", CF_CLAIM_AMOUNT, "120024100", "[120024050, 120024150]", "万万元", CF_QUALIFIER_NONE, NULL},
	/* a multiplier that starts a unit word is that unit's, where the rest is no unit */
	{"/extract/quantity/unit-after-multiplier", "发电量12.5亿千瓦时，", "12.5亿千瓦时", CF_CLAIM_QUANTITY, "1250000000", "[1245000000, 1255000000]", "亿千瓦时", CF_QUALIFIER_NONE, NULL},
	{"/extract/quantity/unit-after-one-multiplier", "装机容量300万千瓦。", "300万千瓦", CF_CLAIM_QUANTITY, "3000000", "[2995000, 3005000]", "万千瓦", CF_QUALIFIER_NONE, NULL},
	{"/extract/quantity/multiplier-before-unit", "播种面积117.6千公顷。", "117.6千公顷", CF_CLAIM_QUANTITY, "117600", "[117550, 117650]", "千公顷", CF_QUALIFIER_NONE, NULL},
	{"/extract/quantity/volume", "用水量18.8亿立方米，", "18.8亿立方米", CF_CLAIM_QUANTITY, "1880000000", "[1875000000, 1885000000]", "亿立方米", CF_QUALIFIER_NONE, NULL},
	/* a Latin letter right after the digits is no identifier's when it starts the unit */
	/* a count or quantity per unit of something: the denominator is the unit's */
	/* a multiplier and a measure after spaces are one unit (r76-37, r81-38) */
	{"/extract/count/spaced-multiplied", "就业人员77451 万人,", "77451 万人", CF_CLAIM_COUNT, "774510000", "[774505000, 774515000]", "万人", CF_QUALIFIER_NONE, NULL},
	{"/extract/quantity/spaced-multiplied", "播种面积4450 千公顷。", "4450 千公顷", CF_CLAIM_QUANTITY, "4450000", "[4449500, 4450500]", "千公顷", CF_QUALIFIER_NONE, NULL},
	{"/extract/quantity/per-unit-word", "水耗49.5吨/万元，", "49.5吨/万元", CF_CLAIM_QUANTITY, "49.5", "[49.45, 49.55]", "吨/万元", CF_QUALIFIER_NONE, NULL},
	{"/extract/quantity/per-ideograph", "单产380公斤/亩。", "380公斤/亩", CF_CLAIM_QUANTITY, "380", "[379.5, 380.5]", "公斤/亩", CF_QUALIFIER_NONE, NULL},
	{"/extract/quantity/per-multiplied", "粮食120.5万吨/年。", "120.5万吨/年", CF_CLAIM_QUANTITY, "1205000", "[1204500, 1205500]", "万吨/年", CF_QUALIFIER_NONE, NULL},
	{"/extract/count/per-unit", "人口密度520人/平方公里，", "520人/平方公里", CF_CLAIM_COUNT, "520", "[519.5, 520.5]", "人/平方公里", CF_QUALIFIER_NONE, NULL},
	/* a '/' before a word of several ideographs parts two figures */
	{"/extract/count/slash-between-figures", "男性120人/女性80人。", "120人", CF_CLAIM_COUNT, "120", "[119.5, 120.5]", "人", CF_QUALIFIER_NONE, NULL},
	{"/extract/quantity/latin-unit", "流量35.6m³。", "35.6m³", CF_CLAIM_QUANTITY, "35.6", "[35.55, 35.65]", "m³", CF_QUALIFIER_NONE, NULL},
	{"/extract/quantity/space-after-point", "建设基地21. 73万亩。", "21. 73万亩", CF_CLAIM_QUANTITY, "217300", "[217250, 217350]", "万亩", CF_QUALIFIER_NONE, NULL},
	/* …and before it, after an integer part of any length (r48-19) */
	/* after a point that ends the share before it: 25 is no list item (r120-25) */
	{"/extract/percent/space-after-point-listed", "分别占34. 14%. 25. 17%。", "25. 17%", CF_CLAIM_PERCENT, "25.17", "[25.165, 25.175]", "%", CF_QUALIFIER_NONE, NULL},
	/* in a table cell: one figure, not 0 and 14% (r120-24) */
	{"/extract/percent/space-after-point-cell", "| 省份 | 人数 | 占比 |\n| 陕西省 | 6 | 0. 14% |\n| 云南省 | 5 | 0. 12% |\n", "0. 14%", CF_CLAIM_PERCENT, "0.14", "[0.135, 0.145]", "%", CF_QUALIFIER_NONE, NULL},
	/* a header's bracketed measure says what the bare numbers under it are (r116-12) */
	{"/extract/count/header-measure", "| 类别 | 单位数(个) | 比重(%) |\n| 企业法人 | 2833 | 83.2 |\n| 社会团体 | 69 | 2.0 |\n", "2833", CF_CLAIM_COUNT, "2833", "[2832.5, 2833.5]", "个", CF_QUALIFIER_NONE, NULL},
	/* a rate per 100,000 (r125): a percentage a thousandth of it, 10万 no number of its own */
	{"/extract/percent/per-hundred-thousand", "孕产妇死亡率为18.3/10万，比上年下降6.6%。", "18.3/10万", CF_CLAIM_PERCENT, "0.0183", "[0.01825, 0.01835]", "/10万", CF_QUALIFIER_NONE, NULL},
	{"/extract/percent/per-mille", "全年人口出生率10.65‰。", "10.65‰", CF_CLAIM_PERCENT, "1.065", "[1.0645, 1.0655]", "‰", CF_QUALIFIER_NONE, NULL},
	{"/extract/percent/header-percent", "| 类别 | 单位数(个) | 比重(%) |\n| 企业法人 | 2833 | 83.2 |\n| 社会团体 | 69 | 2.0 |\n", "83.2", CF_CLAIM_PERCENT, "83.2", "[83.15, 83.25]", "%", CF_QUALIFIER_NONE, NULL},
	{"/extract/amount/percent-space-before-point", "同比增长30 .7%,流动中国彰显活力。", "30 .7%", CF_CLAIM_PERCENT, "30.7", "[30.65, 30.75]", "%", CF_QUALIFIER_NONE, NULL},
	{"/extract/amount/space-before-point", "资金总收入为人民币7705 .01万元,", "7705 .01万元", CF_CLAIM_AMOUNT, "77050100", "[77050050, 77050150]", "万元", CF_QUALIFIER_NONE, NULL},
	{"/extract/amount/chinese-in-list", "标准为每人三百元、五百元等。", "五百元", CF_CLAIM_AMOUNT, "500", "[499.5, 500.5]", "元", CF_QUALIFIER_NONE, NULL},
	{"/extract/amount/chinese-wan", "预算一千九百万元。", "一千九百万元", CF_CLAIM_AMOUNT, "19000000", "[18995000, 19005000]", "万元", CF_QUALIFIER_NONE, NULL},
	{"/extract/amount/wan-pingmi", "面积1.8万平米。", "1.8万平米", CF_CLAIM_QUANTITY, "18000", "[17500, 18500]", "万平米", CF_QUALIFIER_NONE, NULL},
	{"/extract/amount/wan-renci", "培训3万人次。", "3万人次", CF_CLAIM_COUNT, "30000", "[25000, 35000]", "万人次", CF_QUALIFIER_NONE, NULL},
	{"/extract/amount/jin-wan-ren", "轮训党员近万人。", "万人", CF_CLAIM_COUNT, "10000", "[9000, 10000]", "万人", CF_QUALIFIER_BELOW, "近"},
	{"/extract/amount/wan-wu-qian-yi", "投入资金一万五千亿。", "一万五千亿", CF_CLAIM_AMOUNT, "1500000000000", "[1499950000000, 1500050000000]", "亿", CF_QUALIFIER_NONE, NULL},
	{"/extract/amount/percent-chinese", "增长百分之一点五七。", "百分之一点五七", CF_CLAIM_PERCENT, "1.57", "[1.565, 1.575]", "%", CF_QUALIFIER_NONE, NULL},
	{"/extract/amount/grouped-wan", "安排经费1,100万。", "1,100万", CF_CLAIM_AMOUNT, "11000000", "[10995000, 11005000]", "万", CF_QUALIFIER_NONE, NULL},
	/* a bare 万 in a sentence a ；joins to one about money is money (r55-25); not over a 。 */
	{"/extract/amount/wan-joined-to-money", "下达资金100万元,其中,甲县50万元;乙站50万。", "50万", CF_CLAIM_AMOUNT, "500000", "[495000, 505000]", "万", CF_QUALIFIER_NONE, NULL},
	{"/extract/amount/wan-after-money-sentence", "下达资金100万元。乙站50万。", "50万", CF_CLAIM_NUMBER, "500000", "[495000, 505000]", "万", CF_QUALIFIER_NONE, NULL},
	{"/extract/amount/wan-joined-no-money", "全县人口100万人；新增就业2万。", "2万", CF_CLAIM_NUMBER, "20000", "[15000, 25000]", "万", CF_QUALIFIER_NONE, NULL},
	{"/extract/amount/magnitude-alone-money", "安排资金千亿。", "千亿", CF_CLAIM_AMOUNT, "100000000000", "[99950000000, 100050000000]", "亿", CF_QUALIFIER_NONE, NULL},
	{"/extract/amount/grouped-yi", "总投资1,100.9亿。", "1,100.9亿", CF_CLAIM_AMOUNT, "110090000000", "[110085000000, 110095000000]", "亿", CF_QUALIFIER_NONE, NULL},
	{"/extract/amount/er-bai-yu-wan", "筹集二百余万元。", "二百余万元", CF_CLAIM_AMOUNT, "2000000", "[2000000, 3000000]", "万元", CF_QUALIFIER_AT_LEAST, "余"},
	{"/extract/amount/wan-yu-yuan", "支出2万余元。", "2万余元", CF_CLAIM_AMOUNT, "20000", "[20000, 30000]", "万元", CF_QUALIFIER_AT_LEAST, "余"},
	{"/extract/amount/yi-qian-duo-wan", "投入一千多万元。", "一千多万元", CF_CLAIM_AMOUNT, "10000000", "[10000000, 20000000]", "万元", CF_QUALIFIER_AT_LEAST, "多"},
	{"/extract/amount/san-shi-ji-wan", "花费三十几万元。", "三十几万元", CF_CLAIM_AMOUNT, "310000", "[310000, 390000]", "万元", CF_QUALIFIER_RANGE, NULL},
	{"/extract/amount/shi-ji-wan", "筹集资金十几万。", "十几万", CF_CLAIM_AMOUNT, "110000", "[110000, 190000]", "万", CF_QUALIFIER_RANGE, NULL},
	{"/extract/amount/liang-san-ge", "建成两三个站点。", "两三个", CF_CLAIM_COUNT, "2", "[2, 3]", "个", CF_QUALIFIER_RANGE, NULL},
	/* a minus sign: after a label, at a cell's start; not between two figures */
	{"/extract/amount/negative-after-label", "补充预算周转金-21万元，区域间转移性支出780万元。", "-21万元", CF_CLAIM_AMOUNT, "-210000", "[-215000, -205000]", "万元", CF_QUALIFIER_NONE, NULL},
	{"/extract/amount/negative-percent", "同比增长-32.0%，下同。", "-32.0%", CF_CLAIM_PERCENT, "-32.0", "[-32.05, -31.95]", "%", CF_QUALIFIER_NONE, NULL},
	{"/extract/amount/negative-full-width", "差额－5.5万元。", "-5.5万元", CF_CLAIM_AMOUNT, "-55000", "[-55500, -54500]", "万元", CF_QUALIFIER_NONE, NULL},
	{"/extract/amount/dash-between-figures", "预算在10亿-20亿之间。", "20亿", CF_CLAIM_AMOUNT, "2000000000", "[1950000000, 2050000000]", "亿", CF_QUALIFIER_NONE, NULL},
	{"/extract/amount/dash-after-letters", "新冠病毒COVID-19疫情防控经费5万元。", "5万元", CF_CLAIM_AMOUNT, "50000", "[45000, 55000]", "万元", CF_QUALIFIER_NONE, NULL},
	/* a number in two pieces: 亿 and 万 of one amount, 万 of 亿, digits grouped by spaces */
	{"/extract/amount/yi-then-wan", "筹集体育彩票公益金77亿876.09万元。", "77亿876.09万元", CF_CLAIM_AMOUNT, "7708760900", "[7708760850, 7708760950]", "万元", CF_QUALIFIER_NONE, NULL},
	{"/extract/amount/yi-then-wan-whole", "用于群众体育工作4亿2895万元。", "4亿2895万元", CF_CLAIM_AMOUNT, "428950000", "[428945000, 428955000]", "万元", CF_QUALIFIER_NONE, NULL},
	{"/extract/amount/wan-of-yi", "全国政府采购规模为3万4993.1亿元。", "3万4993.1亿元", CF_CLAIM_AMOUNT, "3499310000000", "[3499305000000, 3499315000000]", "亿元", CF_QUALIFIER_NONE, NULL},
	{"/extract/amount/space-grouped", "共投入财政扶贫资金10 851.8万元，", "10 851.8万元", CF_CLAIM_AMOUNT, "108518000", "[108517500, 108518500]", "万元", CF_QUALIFIER_NONE, NULL},
	{"/extract/amount/space-grouped-count", "参保人数55 951.65万人；", "55 951.65万人", CF_CLAIM_COUNT, "559516500", "[559516450, 559516550]", "万人", CF_QUALIFIER_NONE, NULL},
	{"/extract/amount/space-grouped-three", "部门预算支出为1 129 236万元,其中", "1 129 236万元", CF_CLAIM_AMOUNT, "11292360000", "[11292355000, 11292365000]", "万元", CF_QUALIFIER_NONE, NULL},
	{"/extract/amount/space-grouped-four", "收入12 345 678 901.5万元。", "12 345 678 901.5万元", CF_CLAIM_AMOUNT, "123456789015000", "[123456789014500, 123456789015500]", "万元", CF_QUALIFIER_NONE, NULL},
	{"/extract/amount/space-grouped-after-kuan", "其中财政拨款985 552.25万元,结余", "985 552.25万元", CF_CLAIM_AMOUNT, "9855522500", "[9855522450, 9855522550]", "万元", CF_QUALIFIER_NONE, NULL},
	/* …not cells of a row, nor a reference, nor a group of two digits */
	{"/extract/amount/space-after-reference-three", "详见表1 129 236万元", "236万元", CF_CLAIM_AMOUNT, "2360000", "[2355000, 2365000]", "万元", CF_QUALIFIER_NONE, NULL},
	{"/extract/amount/space-between-cells", "纸质书 28种 1 1 150次", "150次", CF_CLAIM_COUNT, "150", "[149.5, 150.5]", "次", CF_QUALIFIER_NONE, NULL},
	{"/extract/amount/space-after-reference", "详见表1 100万元的明细。", "100万元", CF_CLAIM_AMOUNT, "1000000", "[995000, 1005000]", "万元", CF_QUALIFIER_NONE, NULL},
	{"/extract/amount/space-two-digits", "有94 28亿元专项资金。", "28亿元", CF_CLAIM_AMOUNT, "2800000000", "[2750000000, 2850000000]", "亿元", CF_QUALIFIER_NONE, NULL},
	/* a foreign currency is no 元 */
	{"/extract/amount/foreign-currency", "规模为3万4993.1亿元(人民币，下同，6678亿新元)。", "6678亿新元", CF_CLAIM_QUANTITY, "667800000000", "[667750000000, 667850000000]", "亿新元", CF_QUALIFIER_NONE, NULL},
	{"/extract/amount/range-hyphen", "发放1000-2000元的慰问金。", "1000-2000元", CF_CLAIM_AMOUNT, "1000", "[1000, 2000]", "元", CF_QUALIFIER_RANGE, "-"},
	{"/extract/amount/range-zhi", "发放1000至2000元。", "1000至2000元", CF_CLAIM_AMOUNT, "1000", "[1000, 2000]", "元", CF_QUALIFIER_RANGE, "至"},
	{"/extract/amount/spaced-wan-yuan", "预算共 1900 万元。", "1900 万元", CF_CLAIM_AMOUNT, "19000000", "[18995000, 19005000]", "万元", CF_QUALIFIER_NONE, NULL},
	{"/extract/amount/rate-per-person", "成本为1756元/人。", "1756元/人", CF_CLAIM_RATE, "1756", "[1755.5, 1756.5]", "元/人", CF_QUALIFIER_NONE, NULL},
	{"/extract/amount/bare-per-person", "标准1400/人。", "1400/人", CF_CLAIM_RATE, "1400", "[1399.5, 1400.5]", "/人", CF_QUALIFIER_NONE, NULL},
	{"/extract/amount/san-ge", "老干大学三个社区分校。", "三个", CF_CLAIM_COUNT, "3", "[2.5, 3.5]", "个", CF_QUALIFIER_NONE, NULL},
	{"/extract/amount/score", "自评得分为97.13分。", "97.13分", CF_CLAIM_SCORE, "97.13", "[97.125, 97.135]", "分", CF_QUALIFIER_NONE, NULL},
	/* a list marker before a year: item 1, then 2021年 (not 1.2021 years) */
	{"/extract/amount/marker-before-year", "1.2021年第一批项目资金303万元。", "2021年", CF_CLAIM_YEAR, "2021", "[2021, 2021]", "年", CF_QUALIFIER_NONE, NULL},
	{"/extract/amount/marker-before-year-indented", "说明：\n  2.2022年项目资金107万元。", "2022年", CF_CLAIM_YEAR, "2022", "[2022, 2022]", "年", CF_QUALIFIER_NONE, NULL},
	{"/extract/amount/year", "2022年度预算。", "2022年度", CF_CLAIM_YEAR, "2022", "[2022, 2022]", "年度", CF_QUALIFIER_NONE, NULL},
	/* a bare figure of a list takes the unit the next one states */
	{"/extract/amount/list-shares-unit", "收入476.17、支出总计460.06万元。", "476.17", CF_CLAIM_AMOUNT, "4761700", "[4761650, 4761750]", "万元", CF_QUALIFIER_NONE, NULL},
	{"/extract/amount/list-shares-unit-respective", "收入总计、支出总计分别为386.40、380.40万元。", "386.40", CF_CLAIM_AMOUNT, "3864000", "[3863950, 3864050]", "万元", CF_QUALIFIER_NONE, NULL},
	{"/extract/amount/list-shares-unit-other-decimals", "收入减少84.55、支出减少99.6万元。", "84.55", CF_CLAIM_AMOUNT, "845500", "[845450, 845550]", "万元", CF_QUALIFIER_NONE, NULL},
	/* an ASCII comma before a year starts a clause: no thousands separator (r89-38) */
	{"/extract/amount/comma-before-year", "(截至2020年)1,2022年城市污水处理率提升至97.5%。", "1", CF_CLAIM_NUMBER, "1", "[0.5, 1.5]", NULL, CF_QUALIFIER_NONE, NULL},
	/* between brackets, four digits are no footnote marker (a document number's year) */
	{"/extract/amount/bracketed-year", "文号[2022]5号。", "2022", CF_CLAIM_NUMBER, "2022", "[2021.5, 2022.5]", NULL, CF_QUALIFIER_NONE, NULL},
	{"/extract/amount/list-whole-before-decimals", "共3、补助4.5万元。", "3", CF_CLAIM_NUMBER, "3", "[2.5, 3.5]", NULL, CF_QUALIFIER_NONE, NULL},
	{"/extract/amount/ordinal", "连续第8年公开招聘。", "第8年", CF_CLAIM_ORDINAL, "8", "[8, 8]", "年", CF_QUALIFIER_NONE, NULL},
	/* after 第 a comma before a group of three only is a separator (r45-05) */
	{"/extract/amount/ordinal-then-clause", "下降幅度全省排名第2,10年来首次出现回落。", "第2", CF_CLAIM_ORDINAL, "2", "[2, 2]", NULL, CF_QUALIFIER_NONE, NULL},
	{"/extract/amount/ordinal-grouped", "排名第1,000名。", "第1,000名", CF_CLAIM_ORDINAL, "1000", "[1000, 1000]", "名", CF_QUALIFIER_NONE, NULL},
	{"/extract/amount/ordinal-chinese", "完成第六批派驻。", "第六批", CF_CLAIM_ORDINAL, "6", "[6, 6]", "批", CF_QUALIFIER_NONE, NULL},
	{"/extract/amount/months", "工期12个月。", "12个月", CF_CLAIM_COUNT, "12", "[11.5, 12.5]", "个月", CF_QUALIFIER_NONE, NULL},
	{"/extract/amount/duration", "连续6年招聘。", "6年", CF_CLAIM_QUANTITY, "6", "[5.5, 6.5]", "年", CF_QUALIFIER_NONE, NULL},
	{"/extract/qualifier/yue", "工资：约800万元。", "800万元", CF_CLAIM_AMOUNT, "8000000", "[7195000, 8805000]", "万元", CF_QUALIFIER_APPROX, "约"},
	{"/extract/qualifier/zuoyou", "保持在100人左右。", "100人左右", CF_CLAIM_COUNT, "100", "[89.5, 110.5]", "人", CF_QUALIFIER_APPROX, "左右"},
	{"/extract/qualifier/jin", "引进人才近200名。", "200名", CF_CLAIM_COUNT, "200", "[180, 200]", "名", CF_QUALIFIER_BELOW, "近"},
	{"/extract/qualifier/budao", "不到10人。", "10人", CF_CLAIM_COUNT, "10", "[0, 10]", "人", CF_QUALIFIER_BELOW, "不到"},
	{"/extract/qualifier/yu-arabic", "宣讲活动200余场。", "200余场", CF_CLAIM_COUNT, "200", "[200, 300]", "场", CF_QUALIFIER_AT_LEAST, "余"},
	{"/extract/qualifier/yu-place", "培训11330余人次。", "11330余人次", CF_CLAIM_COUNT, "11330", "[11330, 11340]", "人次", CF_QUALIFIER_AT_LEAST, "余"},
	{"/extract/qualifier/duo", "230多个小区。", "230多个", CF_CLAIM_COUNT, "230", "[230, 240]", "个", CF_QUALIFIER_AT_LEAST, "多"},
	{"/extract/qualifier/yishang", "覆盖率达到75%以上。", "75%以上", CF_CLAIM_PERCENT, "75", "[75, inf]", "%", CF_QUALIFIER_AT_LEAST, "以上"},
	{"/extract/qualifier/yu-before", "逾100人参加。", "100人", CF_CLAIM_COUNT, "100", "[100, inf]", "人", CF_QUALIFIER_AT_LEAST, "逾"},
	{"/extract/qualifier/chaoguo", "超过3000人。", "3000人", CF_CLAIM_COUNT, "3000", "[3000, inf]", "人", CF_QUALIFIER_AT_LEAST, "超过"},
	{"/extract/qualifier/buchaoguo", "不超过3000人。", "3000人", CF_CLAIM_COUNT, "3000", "[0, 3000]", "人", CF_QUALIFIER_AT_MOST, "不超过"},
	{"/extract/qualifier/yixia", "35岁以下年轻干部。", "35岁以下", CF_CLAIM_QUANTITY, "35", "[0, 35]", "岁", CF_QUALIFIER_AT_MOST, "以下"},
	{"/extract/qualifier/geq", "≥85%", "85%", CF_CLAIM_PERCENT, "85", "[85, inf]", "%", CF_QUALIFIER_AT_LEAST, "≥"},
	{"/extract/qualifier/leq", "≤2000元", "2000元", CF_CLAIM_AMOUNT, "2000", "[0, 2000]", "元", CF_QUALIFIER_AT_MOST, "≤"},
	{"/extract/qualifier/not-zuijin", "最近3年。", "3年", CF_CLAIM_QUANTITY, "3", "[2.5, 3.5]", "年", CF_QUALIFIER_NONE, NULL},
	{"/extract/qualifier/not-jieyue", "节约800万元。", "800万元", CF_CLAIM_AMOUNT, "8000000", "[7995000, 8005000]", "万元", CF_QUALIFIER_NONE, NULL},
	{"/extract/malformed/two-digit-group", "预算4,95万元。", "4,95万元", CF_CLAIM_MALFORMED, NULL, NULL, "万元", CF_QUALIFIER_NONE, NULL},
	{"/extract/malformed/comma-before-point", "调账处理金额3,.83万元,建立", "3,.83万元", CF_CLAIM_MALFORMED, NULL, NULL, "万元", CF_QUALIFIER_NONE, NULL},
	{"/extract/malformed/four-digit-group", "支出1,2345元。", "1,2345元", CF_CLAIM_MALFORMED, NULL, NULL, "元", CF_QUALIFIER_NONE, NULL},
	{"/extract/malformed/two-points-amount", "预算1.234.56万元。", "1.234.56万元", CF_CLAIM_MALFORMED, NULL, NULL, "万元", CF_QUALIFIER_NONE, NULL},
	{"/extract/malformed/space-percent", "满意度为99.85 %，", "99.85 %", CF_CLAIM_PERCENT, "99.85", "[99.845, 99.855]", "%", CF_QUALIFIER_NONE, NULL},
	/* a stray point before % (r45-09): the percent it says, noted; before another unit the
	 * point ends the number (a list marker, 2.万元以上) */
	{"/extract/malformed/point-percent", "结案率75.28.%,同比上升", "75.28.%", CF_CLAIM_PERCENT, "75.28", "[75.275, 75.285]", "%", CF_QUALIFIER_NONE, NULL},
	{"/extract/malformed/point-no-unit", "项目2.万元以上", "2", CF_CLAIM_NUMBER, "2", "[1.5, 2.5]", NULL, CF_QUALIFIER_NONE, NULL},
	{"/extract/malformed/letter-o", "共12o4人。", "12o4人", CF_CLAIM_MALFORMED, NULL, NULL, "人", CF_QUALIFIER_NONE, NULL},
	{"/extract/malformed/letter-capital-o", "经费1O0万元。", "1O0万元", CF_CLAIM_MALFORMED, NULL, NULL, "万元", CF_QUALIFIER_NONE, NULL},
};

static void
test_form(gconstpointer data)
{
	const Form *f = data;
	g_autoptr(CfDocument) doc = cf_test_document_from_text("t.txt", f->text);
	g_autoptr(GPtrArray) claims = cf_extract_document(lexicon, doc);
	const CfClaim *c = NULL;
	for (guint i = 0; i < claims->len && c == NULL; i++)
		if (g_strcmp0(((CfClaim *)claims->pdata[i])->text, f->match) == 0)
			c = claims->pdata[i];
	if (c == NULL)
		g_test_message("no claim '%s' in '%s' (%u claims)", f->match, f->text, claims->len);
	g_assert_nonnull(c);
	g_assert_cmpstr(cf_claim_kind_to_string(c->kind), ==, cf_claim_kind_to_string(f->kind));
	g_assert_cmpstr(c->unit, ==, f->unit);
	g_assert_cmpstr(cf_qualifier_to_string(c->qualifier), ==,
			cf_qualifier_to_string(f->qualifier));
	g_assert_cmpstr(c->qualifier_text, ==, f->qualifier_text);
	if (f->value == NULL) {
		g_assert_false(c->has_value);
		g_assert_nonnull(c->reason);
		return;
	}
	g_assert_true(c->has_value);
	g_autofree char *value = dec(c->value);
	g_autofree char *iv = interval(c);
	g_assert_cmpstr(value, ==, f->value);
	g_assert_cmpstr(iv, ==, f->interval);
	/* a value that is certain with a reason: only the spacing is wrong */
	if (c->reason != NULL)
		g_assert_true(g_str_equal(c->reason, "space before %") ||
			      g_str_equal(c->reason, "a stray point before %") ||
			      g_str_equal(c->reason, "space after the decimal point") ||
			      g_str_equal(c->reason, "space before the decimal point") ||
			      g_str_equal(c->reason, "the multiplier written twice") ||
			      g_str_equal(c->reason, "% written twice"));
	else
		g_assert_cmpint(c->kind, !=, CF_CLAIM_MALFORMED);
}

/* Texts that hold no claim at all. */
static const char *const no_claims[] = {
	"一是全面推进抓党建促乡村振兴。",
	"统一组织，一站式受理，一起参与。",
	"截至2022.12.31止。",
	"推广5G应用和A4纸。",
	"1、制定全区组织工作规划并组织实施。",
	"（1）管理制度健全。",
	"亿元楼宇增至多栋，万人大会。",
	"党的十九届六中全会。",
	"版本号11.1.0.11691。",
	"详见3.1.2节。",
	/* a section number opening its line before a word that reads as a unit (r124-26); in a
	 * sentence, 1.234.56万元 stays malformed */
	"1.1.1年平均气温偏高。",
	"  2.3.12年度降水偏少。",
	/* times of day (r131-28): no numbers, nor a malformed 30,19 */
	"开放时间为9:00-17:30,19:00-21:00。",
	/* a Chinese numeral and 分 before 比, 率, 点, 位 or 制 are a measure's word (r124-25) */
	"降水量距平百分率分布图。",
	"件数和百分比，实行百分制。",
	"二级项目编码：440000210000000091236。",
	/* a name in a list of names: one numeral and a unit between 、 and 、 or 等 (r31-03) */
	"主要用于新政、三元、双胜、永乐、复兴等道班。",
	"新政、三元等道班。",
	/* a level's ordinal before 级 and a noun is part of a name */
	"其中1级指标和2级医院。",
	/* a footnote marker between brackets right after text is no number (r64-06) */
	"全年地区生产总值[2]。",
	"全县常住人口［4］。",
	/* magnitudes alone right before a noun name a programme, even where money is spoken of
	 * (r54-19) */
	"其中,海塘安澜千亿工程完成投资。",
	"培育百亿产业集群，投入资金。",
	/* the 一 of 唯一 or 统一 before 一所 makes no 11 (r99-29) */
	"是全市唯一一所挂牌学校，统一一个标准。",
};

static void
test_no_claims(void)
{
	for (guint i = 0; i < G_N_ELEMENTS(no_claims); i++) {
		g_autoptr(CfDocument) doc = cf_test_document_from_text("t.txt", no_claims[i]);
		g_autoptr(GPtrArray) claims = cf_extract_document(lexicon, doc);
		if (claims->len > 0)
			g_test_message("'%s' gives '%s'", no_claims[i],
				       ((CfClaim *)claims->pdata[0])->text);
		g_assert_cmpuint(claims->len, ==, 0);
	}
}

static void
test_malformed_reasons(void)
{
	g_autoptr(CfDocument) doc = cf_test_document_from_text("t.txt", "预算4,95万元，支出12o4元。");
	g_autoptr(GPtrArray) claims = cf_extract_document(lexicon, doc);
	g_assert_cmpuint(claims->len, ==, 2);
	g_assert_cmpstr(((CfClaim *)claims->pdata[0])->reason, ==,
			"digit group of 2 after a thousands separator");
	g_assert_cmpstr(((CfClaim *)claims->pdata[1])->reason, ==, "letters among digits");
}

/* ---- labels and cues ---- */

typedef struct {
	const char *path;
	const char *text;
	const char *match;
	const char *label;
	const char *cues;
} Labelled;

static const Labelled labelled[] = {
	{"/extract/label/plain", "公用经费129.86万元。", "129.86万元", "公用经费", ""},
	/* an age right before a noun is part of its name (measures.ini in-name), a footnote
	 * marker between them dropped (r123-33, r77-08) */
	{"/extract/label/age-in-name", "60至69周岁老年人口46.4万人,占老年人口60.2%;", "46.4万人", "60至69周岁老年人口", ""},
	{"/extract/label/strip-gong", "主要包括人员经费共1459.39万元，", "1459.39万元", "人员经费", "包括,共"},
	{"/extract/label/after-qizhong", "其中：干部工作专项经费支出19.77万元、", "19.77万元", "干部工作专项经费支出", "其中,支出"},
	{"/extract/label/strip-wei", "预算数为6462.78万元，", "6462.78万元", "预算数", "预算"},
	{"/extract/label/strip-de", "占提拔干部数量的85.5%；", "85.5%", "提拔干部数量", "占"},
	{"/extract/label/before-colon", "合计：820万元。", "820万元", "合计", "合计"},
	{"/extract/label/parenthesis", "建成楼宇商圈党委（党总支）10个，", "10个", "建成楼宇商圈党委（党总支）", ""},
	{"/extract/label/after-list-marker", "6.离休干部7个节假日慰问。", "7个", "离休干部", ""},
	{"/extract/label/after-previous", "2020年招考工作经费：100000元。", "100000元", "招考工作经费", ""},
	{"/extract/label/none", "其中：5万元。", "5万元", NULL, "其中"},
	/* a footnote marker is dropped from the label it ends or stands in (r64-06, r59) */
	{"/extract/label/footnote-marker", "全年地区生产总值[2]394.6亿元,", "394.6亿元", "全年地区生产总值", ""},
	{"/extract/label/footnote-wide", "提取率［2］66.90%;", "66.90%", "提取率", ""},
	{"/extract/label/footnote-after-figure", "0-14岁[5]人口为27774人,", "27774人", "0-14岁人口", ""},
	{"/extract/label/footnote-inside", "医疗保险基金[1](以下简称医保基金)收入4399万元。", "4399万元", "医疗保险基金(以下简称医保基金)收入", ""},
	/* an ordinal without a measure starts a name; one with a measure is a label boundary */
	{"/extract/label/ordinal-in-name", "全市第二产业税收完成47.7亿元，", "47.7亿元", "全市第二产业税收完成", ""},
	{"/extract/label/after-ordinal-measure", "第六批资金100万元。", "100万元", "资金", ""},
	{"/extract/cue/each", "124个站点，每个站点1200元，共计14.88万；", "1200元", "站点", "每个"},
	{"/extract/cue/total", "124个站点，每个站点1200元，共计14.88万；", "14.88万", "共计", "共计"},
	{"/extract/cue/carried", "基本支出1589.25万元，其中，人员经费1459.39万元。", "1459.39万元", "人员经费", "其中"},
	{"/extract/cue/clause-ends", "其中：事务性业务专项经费663.58万元，公共专项经费5799.2万元。", "5799.2万元", "公共专项经费", ""},
	{"/extract/cue/not-gonggong", "中共某部公共专项经费5799.2万元。", "5799.2万元", "中共某部公共专项经费", ""},
	{"/extract/cue/share", "其中从一线提拔59人，占比33.3%。", "33.3%", NULL, "占比"},
	{"/extract/cue/change", "同比下降21.3%、37.6%。", "37.6%", NULL, "同比,下降"},
	{"/extract/cue/separately", "覆盖率分别达79.98%、87.19%。", "79.98%", "覆盖率", "分别"},
	/* a respective list: each figure takes its own name, in order */
	{"/extract/label/respective-first", "2023年度收入总计、支出总计分别为386.40万元、380.40万元。",
	 "386.40万元", "收入总计", "总计,支出,分别"},
	{"/extract/label/respective-second", "2023年度收入总计、支出总计分别为386.40万元、380.40万元。",
	 "380.40万元", "支出总计", "总计,支出,分别"},
	{"/extract/label/respective-joined", "收入总计和支出总计分别是386.40万元和380.40万元。",
	 "380.40万元", "支出总计", "总计,支出,分别"},
	{"/extract/label/respective-three", "基本支出、项目支出和其他支出依次为30万元、20万元、10万元。",
	 "20万元", "项目支出", "支出"},
	{"/extract/label/respective-inner-he", "社会保障和就业支出、卫生健康支出各为60万元、20万元。",
	 "60万元", "社会保障和就业支出", "支出"},
	/* names that leave out the part they share with the last one */
	{"/extract/label/respective-elided-short", "2023年度收、支总计各是386.40万元、380.40万元。",
	 "386.40万元", "收总计", "总计"},
	{"/extract/label/respective-elided-word", "甲预算单位、乙预算单位政府采购规模分别为26亿元和30亿元。",
	 "26亿元", "甲预算单位政府采购规模", "预算,分别"},
	{"/extract/label/respective-elided-three", "一般公共预算、政府性基金预算、国有资本经营预算财政拨款分别为100万元、20万元、5万元。",
	 "20万元", "政府性基金预算财政拨款", "预算,分别"},
	/* nothing left out: the names end alike, or a longer name may share a part in front */
	{"/extract/label/respective-not-elided", "培训费、差旅费和会议费分别为1万元、2万元、3万元。",
	 "1万元", "培训费", "分别"},
	{"/extract/label/respective-front-shared", "全市非公企业、社会组织党组织覆盖率分别为79.98%、87.19%。",
	 "79.98%", "全市非公企业", "分别"},
	/* not as many names as figures: left as it was */
	{"/extract/label/respective-count-differs", "甲项目、乙项目、丙项目分别为10万元、20万元。",
	 "10万元", "丙项目", "分别"},
};

static void
test_labelled(gconstpointer data)
{
	const Labelled *l = data;
	g_autoptr(CfDocument) doc = cf_test_document_from_text("t.txt", l->text);
	g_autoptr(GPtrArray) claims = cf_extract_document(lexicon, doc);
	const CfClaim *c = NULL;
	for (guint i = 0; i < claims->len && c == NULL; i++)
		if (g_strcmp0(((CfClaim *)claims->pdata[i])->text, l->match) == 0)
			c = claims->pdata[i];
	g_assert_nonnull(c);
	g_autofree char *cues = cues_of(c);
	g_assert_cmpstr(c->label, ==, l->label);
	g_assert_cmpstr(cues, ==, l->cues);
}

/* Claims with the same cues share one array (cf_claim_share_cues()); the lists stay each
 * claim's own. */
static void
test_cues_shared(void)
{
	const char *text = "其中：人员经费10万元。其中：公用经费20万元，合计30万元。其中：5人。";
	g_autoptr(CfDocument) doc = cf_test_document_from_text("t.txt", text);
	g_autoptr(GPtrArray) claims = cf_extract_document(lexicon, doc);
	g_assert_cmpuint(claims->len, ==, 4);
	const char *expected[] = {"其中", "其中", "合计", "其中"};
	for (guint i = 0; i < 4; i++) {
		g_autofree char *cues = cues_of(claims->pdata[i]);
		g_assert_cmpstr(cues, ==, expected[i]);
	}
	const CfClaim *c0 = claims->pdata[0], *c1 = claims->pdata[1], *c2 = claims->pdata[2],
		      *c3 = claims->pdata[3];
	g_assert_true(c0->cues == c1->cues);
	g_assert_true(c0->cues == c3->cues);
	g_assert_true(c0->cues != c2->cues);
}

/* A thread makes a cue list's array once (cf_claim_set_shared_cues()): a second document's
 * claims share the first's, which stay whole when the first document's claims are freed; a
 * lexicon loaded anew, and another thread, make their own with the same words. */
static const char cues_text[] = "其中：人员经费10万元。合计30万元。";

static gpointer
cues_in_thread(gpointer data)
{
	g_autoptr(CfDocument) doc = cf_test_document_from_text("t.txt", cues_text);
	g_autoptr(GPtrArray) claims = cf_extract_document(lexicon, doc);
	g_assert_cmpuint(claims->len, ==, 2);
	g_assert_true(((CfClaim *)claims->pdata[0])->cues != data);
	g_autofree char *cues = cues_of(claims->pdata[0]);
	g_assert_cmpstr(cues, ==, "其中");
	return NULL;
}

static void
test_cues_shared_across_documents(void)
{
	g_autoptr(CfDocument) first_doc = cf_test_document_from_text("a.txt", cues_text);
	g_autoptr(CfDocument) doc = cf_test_document_from_text("b.txt", cues_text);
	GPtrArray *first = cf_extract_document(lexicon, first_doc);
	g_autoptr(GPtrArray) claims = cf_extract_document(lexicon, doc);
	g_assert_cmpuint(first->len, ==, 2);
	g_assert_cmpuint(claims->len, ==, 2);
	for (guint i = 0; i < 2; i++)
		g_assert_true(((CfClaim *)first->pdata[i])->cues ==
			      ((CfClaim *)claims->pdata[i])->cues);
	g_ptr_array_unref(first);
	g_clear_pointer(&first_doc, cf_document_free);
	const char *expected[] = {"其中", "合计"};
	for (guint i = 0; i < 2; i++) {
		g_autofree char *cues = cues_of(claims->pdata[i]);
		g_assert_cmpstr(cues, ==, expected[i]);
	}

	g_autoptr(GError) error = NULL;
	g_autoptr(CfLexicon) reloaded = cf_lexicon_load(cf_lexicon_default_directory(), &error);
	g_assert_no_error(error);
	g_autoptr(GPtrArray) again = cf_extract_document(reloaded, doc);
	g_assert_cmpuint(again->len, ==, 2);
	for (guint i = 0; i < 2; i++) {
		const CfClaim *c = again->pdata[i];
		g_assert_true(c->cues != ((CfClaim *)claims->pdata[i])->cues);
		g_autofree char *cues = cues_of(c);
		g_assert_cmpstr(cues, ==, expected[i]);
	}

	GThread *thread = g_thread_new("cues", cues_in_thread,
				       ((CfClaim *)claims->pdata[0])->cues);
	g_thread_join(thread);
}

/* ---- positions ---- */

static void
test_position_fullwidth(void)
{
	/* full-width digits, ．, ％ and U+3000: columns count original characters */
	const char *text = "标题\n\u3000\u3000２０２２年预算１２３．４５万元，执行率９８．５％。";
	g_autoptr(CfDocument) doc = cf_test_document_from_text("t.txt", text);
	g_autoptr(GPtrArray) claims = cf_extract_document(lexicon, doc);
	g_assert_cmpuint(claims->len, ==, 3);
	const CfClaim *year = claims->pdata[0], *amount = claims->pdata[1],
		      *rate = claims->pdata[2];
	g_assert_cmpuint(year->line, ==, 2);
	g_assert_cmpuint(year->column, ==, 3);
	g_assert_cmpstr(year->text, ==, "2022年");
	g_assert_cmpuint(amount->line, ==, 2);
	g_assert_cmpuint(amount->column, ==, 10);
	g_assert_cmpuint(amount->length, ==, 8);
	g_autofree char *value = dec(amount->value);
	g_assert_cmpstr(value, ==, "1234500");
	g_assert_cmpuint(rate->column, ==, 22);
	g_assert_cmpint(rate->kind, ==, CF_CLAIM_PERCENT);
	g_autofree char *pct = dec(rate->value);
	g_assert_cmpstr(pct, ==, "98.5");
	/* the original text at that column is the full-width number */
	gsize length = 0;
	const char *line = cf_document_line_text(doc, 2, &length);
	const char *at = g_utf8_offset_to_pointer(line, amount->column - 1);
	g_assert_true(g_str_has_prefix(at, "１２３．４５万元"));
}

static void
test_order(void)
{
	g_autoptr(CfDocument) doc = cf_test_document_from_seed("001");
	g_autoptr(GPtrArray) claims = cf_extract_document(lexicon, doc);
	g_assert_cmpuint(claims->len, >, 200);
	for (guint i = 1; i < claims->len; i++) {
		const CfClaim *a = claims->pdata[i - 1], *b = claims->pdata[i];
		g_assert_true(a->line < b->line || (a->line == b->line && a->column <= b->column));
		g_assert_true(a->document == doc);
	}
}

/* A claim's stored string length (CfClaim: text_length …) is the string's strlen(), or 0
 * for a string that is NULL or empty; the writers trust it. */
static void
assert_stored_length(const char *text, guint stored)
{
	g_assert_cmpuint(stored, ==, text != NULL ? strlen(text) : 0);
	g_assert_cmpuint(cf_claim_string_length(text, stored), ==, text ? strlen(text) : 0);
}

/* Every claim of every corpus report (tables, expressions, malformed ones, labels with their
 * line breaks dropped) carries the lengths of its strings. */
static void
test_string_lengths(void)
{
	guint n = 0;
	g_autoptr(GPtrArray) paths = cf_test_report_paths(corpus_folders, 2);
	for (guint p = 0; p < paths->len; p++) {
		g_autoptr(CfDocument) doc = cf_test_document_from_file(paths->pdata[p]);
		g_autoptr(GPtrArray) claims = cf_extract_document(lexicon, doc);
		for (guint i = 0; i < claims->len; i++, n++) {
			const CfClaim *c = claims->pdata[i];
			assert_stored_length(c->text, c->text_length);
			assert_stored_length(c->unit, c->unit_length);
			assert_stored_length(c->qualifier_text, c->qualifier_text_length);
			assert_stored_length(c->label, c->label_length);
			assert_stored_length(c->reason, c->reason_length);
		}
	}
	g_assert_cmpuint(n, >, 500);
}

/* ---- the claim pool the extractor allocates claims from (cf-claim.h, Ownership) ---- */

/* cf_claim_add_cue() keeps each word once, in the order first added, on pooled and owning
 * claims, for every cue list of up to four of five words (repeats included) added to claims
 * with no cue, one cue, or a shared array, which is left as it was. */
static void
test_add_cues(void)
{
	const char *words[] = {"其中", "合计", "每个", "其中", "占"};
	CfClaimPool *pool = cf_claim_pool_new();
	for (guint pooled = 0; pooled < 2; pooled++)
		for (guint had = 0; had < 3; had++)
			for (guint code = 0; code < 5 * 5 * 5 * 5; code++) {
				const char *list[4];
				guint n = 0;
				for (guint c = code; n < 4 && c > 0; c /= 5)
					list[n++] = words[c % 5];
				CfClaimKind k = CF_CLAIM_COUNT;
				CfClaim *claim = pooled ? cf_claim_pool_new_claim(pool, k)
							: cf_claim_new(k);
				/* what it should hold: the words it had, then each new word once */
				g_autoptr(GPtrArray) expected = g_ptr_array_new();
				if (had > 0) {
					cf_claim_add_cue(claim, "合计");
					g_ptr_array_add(expected, "合计");
				}
				CfClaim *base = NULL;
				if (had == 2 && pooled) {
					/* sharing drops what the claim had */
					base = cf_claim_pool_new_claim(pool, CF_CLAIM_COUNT);
					cf_claim_add_cue(base, "占");
					cf_claim_share_cues(claim, base);
					g_ptr_array_set_size(expected, 0);
					g_ptr_array_add(expected, "占");
				}
				for (guint i = 0; i < n; i++) {
					cf_claim_add_cue(claim, list[i]);
					if (!g_ptr_array_find_with_equal_func(expected, list[i],
									     g_str_equal, NULL))
						g_ptr_array_add(expected, (gpointer)list[i]);
				}
				g_autoptr(GString) want = g_string_new(NULL);
				for (guint i = 0; i < expected->len; i++)
					g_string_append_printf(want, "%s%s", i ? "," : "",
							       (char *)expected->pdata[i]);
				g_autofree char *got = cues_of(claim);
				g_assert_cmpstr(got, ==, want->str);
				if (base != NULL) { /* the shared array is left as it was */
					g_autofree char *shared = cues_of(base);
					g_assert_cmpstr(shared, ==, "占");
					cf_claim_free(base);
				}
				cf_claim_free(claim);
			}
	cf_claim_pool_unref(pool);
}

static void
test_claim_pool(void)
{
	CfClaimPool *pool = cf_claim_pool_new();
	g_autoptr(GPtrArray) claims = g_ptr_array_new_with_free_func((GDestroyNotify)cf_claim_free);
	/* small strings, a string larger than a chunk, cues on some claims only */
	for (guint i = 0; i < 2000; i++) {
		CfClaim *c = cf_claim_pool_new_claim(pool, CF_CLAIM_COUNT);
		g_autofree char *text = g_strdup_printf("%u个", i);
		c->text = cf_claim_pool_strndup(pool, text, strlen(text));
		if (i % 3 == 0) {
			cf_claim_add_cue(c, "其中");
			cf_claim_add_cue(c, "其中");
			cf_claim_add_cue(c, "合计");
		}
		if (i == 1000) {
			g_autofree char *big = g_strnfill(100 * 1024, 'x');
			c->label = cf_claim_pool_strndup(pool, big, strlen(big));
		}
		g_ptr_array_add(claims, c);
	}
	cf_claim_pool_unref(pool); /* the claims keep it */
	const CfClaim *c999 = claims->pdata[999], *c1000 = claims->pdata[1000];
	g_assert_true(c999->pool == pool);
	g_assert_cmpint(c999->kind, ==, CF_CLAIM_COUNT);
	g_assert_cmpint(c999->table, ==, -1);
	g_assert_cmpuint(c999->sentence, ==, G_MAXUINT);
	/* a new claim is all zero (NULL, FALSE) but these, in its pool and with its cues too */
	for (guint k = 0; k < 2; k++) {
		CfClaim *fresh = k == 0 ? cf_claim_pool_new_claim(c999->pool, CF_CLAIM_RATE)
					: cf_claim_new(CF_CLAIM_RATE);
		CfClaim expected;
		memset(&expected, 0, sizeof expected);
		expected.kind = CF_CLAIM_RATE;
		expected.has_value = TRUE;
		expected.table = expected.row = expected.cell_column = -1;
		expected.sentence = G_MAXUINT;
		expected.cues = fresh->cues;
		expected.pool = k == 0 ? c999->pool : NULL;
		g_assert_cmpuint(fresh->cues->len, ==, 0);
		g_assert_cmpmem(fresh, sizeof *fresh, &expected, sizeof expected);
		cf_claim_free(fresh);
	}
	g_assert_cmpstr(c999->text, ==, "999个");
	g_assert_cmpuint(c999->cues->len, ==, 2);
	g_assert_cmpuint(((CfClaim *)claims->pdata[1])->cues->len, ==, 0);
	g_assert_true(cf_claim_has_cue(c999, "合计"));
	g_assert_cmpuint(strlen(c1000->label), ==, 100 * 1024);
	g_assert_cmpstr(c1000->text, ==, "1000个");
	g_assert_cmpstr(((CfClaim *)claims->pdata[1999])->text, ==, "1999个");
	/* strings of every length up to past a chunk: each aligned, whole and NUL-terminated */
	g_autofree char *letters = g_strnfill(40 * 1024, 'y');
	CfClaimPool *lengths = cf_claim_pool_new();
	for (gsize n = 0; n <= 40 * 1024; n += n < 64 ? 1 : 997) {
		char *copy = cf_claim_pool_strndup(lengths, letters, n);
		g_assert_cmpuint((guintptr)copy % 8, ==, 0);
		g_assert_cmpuint(strlen(copy), ==, n);
		g_assert_cmpmem(copy, n, letters, n);
	}
	cf_claim_pool_unref(lengths);
	/* one claim outlives the others and the array */
	CfClaim *kept = g_ptr_array_steal_index(claims, 1500);
	g_clear_pointer(&claims, g_ptr_array_unref);
	g_assert_cmpstr(kept->text, ==, "1500个");
	cf_claim_free(kept);

	/* a shared cue array is never changed: adding a cue gives the claim an array of its own */
	CfClaimPool *shared_pool = cf_claim_pool_new();
	CfClaim *a = cf_claim_pool_new_claim(shared_pool, CF_CLAIM_COUNT);
	CfClaim *b = cf_claim_pool_new_claim(shared_pool, CF_CLAIM_COUNT);
	cf_claim_add_cue(a, "其中");
	cf_claim_share_cues(b, a);
	g_assert_true(b->cues == a->cues);
	cf_claim_add_cue(b, "合计");
	cf_claim_add_cue(b, "其中");
	g_assert_cmpuint(a->cues->len, ==, 1);
	g_assert_cmpstr(a->cues->pdata[0], ==, "其中");
	g_assert_cmpuint(b->cues->len, ==, 2);
	g_assert_cmpstr(b->cues->pdata[0], ==, "其中");
	g_assert_cmpstr(b->cues->pdata[1], ==, "合计");
	cf_claim_free(a);
	cf_claim_free(b);
	cf_claim_pool_unref(shared_pool);

	/* a claim of its own still owns g_strdup'd strings */
	CfClaim *own = cf_claim_new(CF_CLAIM_AMOUNT);
	own->text = g_strdup("5元");
	cf_claim_add_cue(own, "共计");
	g_assert_null(own->pool);
	cf_claim_free(own);
}

/* cf_claim_same_unit(): one measure word in any magnitude; the magnitude is only stripped
 * where the unit multiplies by it */
static CfClaim *
count_in(const char *unit, int exponent)
{
	CfClaim *c = cf_claim_new(CF_CLAIM_COUNT);
	c->unit = g_strdup(unit);
	c->unit_exponent = exponent;
	return c;
}

static void
test_same_unit(void)
{
	CfClaim *wan_ren = count_in("万人", 4), *ren = count_in("人", 0);
	CfClaim *wan_ge = count_in("万个", 4), *yi_m3 = count_in("亿立方米", 8);
	CfClaim *m3 = count_in("立方米", 0), *kg = count_in("千克", 0), *g = count_in("克", 0);
	CfClaim *none = cf_claim_new(CF_CLAIM_NUMBER);
	g_assert_true(cf_claim_same_unit(wan_ren, ren));
	g_assert_true(cf_claim_same_unit(ren, wan_ren));
	g_assert_false(cf_claim_same_unit(wan_ge, ren));
	g_assert_true(cf_claim_same_unit(yi_m3, m3));
	g_assert_false(cf_claim_same_unit(kg, g));
	g_assert_false(cf_claim_same_unit(none, ren));
	g_assert_true(cf_claim_same_unit(none, none));
	gsize n;
	const char *measure = cf_claim_measure(wan_ren, &n);
	g_assert_cmpmem(measure, n, "人", strlen("人"));
	g_assert_null(cf_claim_measure(none, &n));
	CfClaim *all[] = {wan_ren, ren, wan_ge, yi_m3, m3, kg, g, none};
	for (guint i = 0; i < G_N_ELEMENTS(all); i++)
		cf_claim_free(all[i]);
}

/* ---- the token pattern by hand and by PCRE2 ---- */

/* Positions where lexicon_lone_chinese_end() knew the token (compare_token_matchers()). */
static guint lone_chinese;

/* Matches the token pattern both ways at every character of @text[start, end) and asserts
 * the same outcome and groups; returns how many positions matched. */
static guint
compare_token_matchers(const CfLexicon *lex, const char *text, gsize start, gsize end,
		       pcre2_match_data *match)
{
	guint matched = 0;
	for (gsize p = start; p < end; p = (gsize)(g_utf8_next_char(text + p) - text)) {
		LexGroups hand, pcre;
		gboolean by_hand = lexicon_token_by_hand(lex, text, end, p, &hand);
		gboolean by_pcre2 = lexicon_token_by_pcre2(lex, text, end, p, match, &pcre);
		/* the text from the position on, cut to a readable length */
		int shown = (int)MIN(end - p, 60);
		if (by_hand != by_pcre2)
			g_error("token at '%.*s': by hand %d, by PCRE2 %d", shown, text + p, by_hand,
				by_pcre2);
		/* a lone Chinese numeral character, where the shortcut says so: the match is that
		 * character, in the Chinese group alone, and no multiplier word starts with it */
		gsize lone = lexicon_lone_chinese_end(lex, text, end, p);
		if (lone != 0) {
			lone_chinese++;
			g_assert_true(by_pcre2);
			g_assert_cmpuint(lone, ==, p + 3);
			for (guint g = 0; g < LEX_GROUPS; g++) {
				gboolean whole = g == 0 || g == lex->group_chinese;
				g_assert_cmpuint(pcre.start[g], ==, whole ? p : PCRE2_UNSET);
				g_assert_cmpuint(pcre.end[g], ==, whole ? lone : PCRE2_UNSET);
			}
			for (guint i = 0; lex->multipliers[i]; i++)
				g_assert_cmpint(strncmp(lex->multipliers[i], text + p, 3), !=, 0);
		}
		if (!by_hand)
			continue;
		matched++;
		for (guint g = 0; g < LEX_GROUPS; g++)
			if (hand.start[g] != pcre.start[g] || hand.end[g] != pcre.end[g])
				g_error("token at '%.*s', group %u: by hand [%zd, %zd), by PCRE2 "
					"[%zd, %zd)",
					shown, text + p, g, (gssize)(hand.start[g] - p),
					(gssize)(hand.end[g] - p), (gssize)(pcre.start[g] - p),
					(gssize)(pcre.end[g] - p));
		/* the unit entry the hand matcher gives is the one its word looks up */
		guint32 u = lex->group_unit;
		if (u < LEX_GROUPS && hand.start[u] != PCRE2_UNSET) {
			const LexUnit *looked_up = lexicon_lookup_unit(lex, text + hand.start[u],
								       hand.end[u] - hand.start[u]);
			g_assert_nonnull(hand.unit);
			g_assert_true(hand.unit == looked_up);
		}
		g_assert_null(pcre.unit);
		/* the value the hand matcher reads with a plain Arabic part is cf_number_read()'s */
		LexToken token;
		g_assert_true(lexicon_match_token_parts(lex, text, end, p, match, &token));
		guint32 a = lex->group_arabic;
		gboolean plain_text = FALSE;
		if (a < LEX_GROUPS && hand.start[a] != PCRE2_UNSET) {
			CfDecimal value;
			plain_text = cf_number_read_plain(text + hand.start[a],
							  hand.end[a] - hand.start[a], &value);
			if (token.plain) {
				CfNumber num;
				cf_number_read(text + hand.start[a], hand.end[a] - hand.start[a], &num);
				g_assert_cmpint(num.status, ==, CF_NUMBER_OK);
				g_assert_false(num.vague);
				g_assert_cmpint(num.value.mantissa, ==, token.value.mantissa);
				g_assert_cmpint(num.value.scale, ==, token.value.scale);
			}
		}
		g_assert_cmpint(token.plain, ==, plain_text && lex->matcher != NULL);
		/* by part, the PCRE2 way (the lexicon without its hand matcher for a moment) gives
		 * the same parts */
		CfLexicon *without = (CfLexicon *)lex;
		LexTokenMatcher *matcher = without->matcher;
		without->matcher = NULL;
		LexToken by_pcre2_parts;
		gboolean found = lexicon_match_token_parts(without, text, end, p, match,
							   &by_pcre2_parts);
		without->matcher = matcher;
		g_assert_true(found);
		g_assert_cmpuint(by_pcre2_parts.set, ==, token.set);
		g_assert_cmpuint(by_pcre2_parts.start, ==, token.start);
		g_assert_cmpuint(by_pcre2_parts.end, ==, token.end);
		for (guint k = 0; k < LEX_PARTS; k++) {
			if ((token.set >> k & 1) == 0)
				continue;
			g_assert_cmpuint(by_pcre2_parts.part_start[k], ==, token.part_start[k]);
			g_assert_cmpuint(by_pcre2_parts.part_end[k], ==, token.part_end[k]);
		}
	}
	return matched;
}

/* Every line of every corpus report (the normalised text the extractor reads), at every
 * character, and to the end of the text too. */
static void
test_token_matcher_corpus(void)
{
	g_assert_nonnull(lexicon->matcher); /* patterns/ uses the syntax the matcher knows */
	pcre2_match_data *match = pcre2_match_data_create_from_pattern(lexicon->token, NULL);
	guint matched = 0;
	lone_chinese = 0;
	g_autoptr(GPtrArray) paths = cf_test_report_paths(corpus_folders, 2);
	for (guint p = 0; p < paths->len; p++) {
		g_autoptr(GError) error = NULL;
		g_autoptr(CfDocument) doc = cf_ingest_file(paths->pdata[p], NULL, &error);
		g_assert_no_error(error);
		for (guint i = 0; i < doc->lines->len; i++) {
			const CfLine *l = &g_array_index(doc->lines, CfLine, i);
			matched += compare_token_matchers(lexicon, doc->norm, l->norm_offset,
							  l->norm_offset + l->norm_length, match);
		}
		matched += compare_token_matchers(lexicon, doc->norm, 0,
						  MIN(doc->norm_length, 4096), match);
	}
	g_test_message("%u matches, %u lone Chinese numerals", matched, lone_chinese);
	g_assert_cmpuint(matched, >, 1000);
	g_assert_cmpuint(lone_chinese, >, 100);
	pcre2_match_data_free(match);
}

/* Random strings of the pieces numbers are written with: digits, separators and points,
 * look-alike letters, Chinese numerals, prefixes, range separators, multipliers, units and
 * qualifiers, spaces and TABs, full-width forms and other text. */
static void
test_token_matcher_synthetic(void)
{
	static const char *const pieces[] = {
		"0", "1", "25", "2022", ",", ".", ",100", ".5", " ", "\t", "  ", "o", "O", "l", "I",
		"123456789012345678", "999999999",
		"一", "二", "两", "三", "十", "百", "千", "万", "亿", "几", "〇", "零", "点", "点五",
		"百分之", "百分", "第", "-", "～", "~", "至", "到", "—", "元", "万元", "亿元", "千元",
		"个", "人", "人次", "名", "家", "次", "%", "％", "分", "年", "年度", "月", "日",
		"元/人", "元/月", "/人", "余", "多", "左右", "以上", "约", "近", "是", "的", "a",
		"5G", "、", "，", "。", "（", "）", "平米", "万人次", "栋", "批次", "*", "＝",
		"１", "２", "．", "\xe2\x80\x94", "性", "属", "部", "之", "类", "次性", "分类",
	};
	pcre2_match_data *match = pcre2_match_data_create_from_pattern(lexicon->token, NULL);
	GRand *rand = g_rand_new_with_seed(20240521);
	guint matched = 0;
	lone_chinese = 0;
	for (guint i = 0; i < 20000; i++) {
		g_autoptr(GString) text = g_string_new(NULL);
		guint n = (guint)g_rand_int_range(rand, 1, 12);
		cf_test_append_rand_pieces(text, pieces, G_N_ELEMENTS(pieces), n, rand);
		matched += compare_token_matchers(lexicon, text->str, 0, text->len, match);
	}
	g_test_message("%u matches, %u lone Chinese numerals", matched, lone_chinese);
	g_assert_cmpuint(matched, >, 20000);
	g_assert_cmpuint(lone_chinese, >, 1000);
	g_rand_free(rand);
	pcre2_match_data_free(match);
}

/* The dotted-date test's shortcut (least length, first bytes) against PCRE2 alone, on random
 * strings of digits, points and other text, and on the pattern's own examples. */
static void
test_dotted_date_shortcut(void)
{
	static const char *const pieces[] = {
		"0", "1", "2", "9", "19", "20", "2022", "2022.", "1999.", "12.", "12", "31", ".",
		"..", "a", "A", " ", "\xef\xbc\x8e", "\xef\xbc\x92", "年", "-", ",", "123456789",
	};
	static const char *const examples[] = {"2022.12.31", "2022.1.1", "1999.01.02", "25.2",
					       "2022.1", "2022", "", "2022.12.31.", "3022.1.1"};
	g_assert_nonnull(lexicon->dotted_date);
	g_assert_cmpuint(lexicon->dotted_date_min_length, >, 0);
	pcre2_match_data *match = pcre2_match_data_create_from_pattern(lexicon->token, NULL);
	for (guint i = 0; i < G_N_ELEMENTS(examples); i++)
		g_assert_cmpint(lexicon_is_dotted_date(lexicon, examples[i], strlen(examples[i]),
						       match),
				==, lexicon_dotted_date_by_pcre2(lexicon, examples[i],
								 strlen(examples[i]), match));
	g_assert_true(lexicon_is_dotted_date(lexicon, "2022.12.31", 10, match));
	g_assert_false(lexicon_is_dotted_date(lexicon, "2022.12", 7, match));
	GRand *rand = g_rand_new_with_seed(20261123);
	guint dates = 0;
	for (guint i = 0; i < 100000; i++) {
		g_autoptr(GString) text = g_string_new(NULL);
		guint n = (guint)g_rand_int_range(rand, 1, 6);
		cf_test_append_rand_pieces(text, pieces, G_N_ELEMENTS(pieces), n, rand);
		gboolean expected =
			lexicon_dotted_date_by_pcre2(lexicon, text->str, text->len, match);
		g_assert_cmpint(lexicon_is_dotted_date(lexicon, text->str, text->len, match), ==,
				expected);
		dates += expected;
	}
	g_test_message("%u dates", dates);
	g_assert_cmpuint(dates, >, 20);
	g_rand_free(rand);
	pcre2_match_data_free(match);
}

/* The column meaning of a header as the plain search gives it: every column word's every
 * occurrence, the one ending last (the longer on a tie) deciding. */
static CfClaimKind
column_meaning_by_search(const CfLexicon *lex, const char *header)
{
	const LexColumn *best = NULL;
	gsize best_end = 0, best_length = 0;
	for (guint i = 0; i < lex->columns->len; i++) {
		const LexColumn *c = lex->columns->pdata[i];
		gsize n = strlen(c->word);
		for (const char *p = strstr(header, c->word); p; p = strstr(p + 1, c->word)) {
			gsize end = (gsize)(p - header) + n;
			if (best == NULL || end > best_end || (end == best_end && n > best_length)) {
				best = c;
				best_end = end;
				best_length = n;
			}
		}
	}
	return best ? best->meaning : CF_CLAIM_N_KINDS;
}

/* lexicon_column_meaning() skips the words whose bytes a header lacks: the same meaning as
 * the plain search for random headers of column words, their pieces and other text. */
static void
test_column_meaning(void)
{
	g_autoptr(GPtrArray) pieces = g_ptr_array_new_with_free_func(g_free);
	for (guint i = 0; i < lexicon->columns->len; i++) {
		const char *w = ((const LexColumn *)lexicon->columns->pdata[i])->word;
		g_ptr_array_add(pieces, g_strdup(w));
		/* its first and last characters alone */
		const char *second = g_utf8_next_char(w);
		g_ptr_array_add(pieces, g_strndup(w, (gsize)(second - w)));
		g_ptr_array_add(pieces, g_strdup(g_utf8_prev_char(w + strlen(w))));
	}
	static const char *const other[] = {"（", "）", "万元", "年", "2022", " ", "合计", "项目",
					    "数", "率", "%", "a", "值"};
	for (guint i = 0; i < G_N_ELEMENTS(other); i++)
		g_ptr_array_add(pieces, g_strdup(other[i]));
	GRand *rand = g_rand_new_with_seed(20261123);
	guint decided = 0;
	g_autoptr(GPtrArray) headers = g_ptr_array_new_with_free_func(g_free);
	g_autoptr(GArray) meanings = g_array_new(FALSE, FALSE, sizeof(CfClaimKind));
	for (guint i = 0; i < 20000; i++) {
		g_autoptr(GString) header = g_string_new(NULL);
		guint n = (guint)g_rand_int_range(rand, 0, 6);
		for (guint k = 0; k < n; k++)
			g_string_append(header,
					pieces->pdata[g_rand_int_range(rand, 0, (gint32)pieces->len)]);
		CfClaimKind expected = column_meaning_by_search(lexicon, header->str);
		g_assert_cmpint(lexicon_column_meaning(lexicon, header->str), ==, expected);
		decided += expected != CF_CLAIM_N_KINDS;
		g_ptr_array_add(headers, g_strdup(header->str));
		g_array_append_val(meanings, expected);
	}
	g_assert_cmpuint(decided, >, 5000);
	g_rand_free(rand);
	/* the memo gives the same: headers new to it, then again (found), past its bound (it
	 * starts over), and for a lexicon loaded anew (told from the first by its serial) */
	g_assert_cmpuint(headers->len, >, 2 * LEXICON_MEANING_MEMO_MAX);
	g_autoptr(GError) error = NULL;
	g_autoptr(CfLexicon) reloaded = cf_lexicon_load(cf_lexicon_default_directory(), &error);
	g_assert_no_error(error);
	g_assert_cmpuint(reloaded->serial, !=, lexicon->serial);
	const CfLexicon *lexicons[] = {lexicon, reloaded, lexicon};
	for (guint l = 0; l < G_N_ELEMENTS(lexicons); l++) {
		for (guint i = 0; i < headers->len; i++) {
			CfClaimKind expected = g_array_index(meanings, CfClaimKind, i);
			const char *h = headers->pdata[i];
			g_assert_cmpint(lexicon_column_meaning_cached(lexicons[l], h), ==, expected);
			g_assert_cmpint(lexicon_column_meaning_cached(lexicons[l], h), ==, expected);
		}
	}
	g_assert_cmpint(lexicon_column_meaning_cached(lexicon, NULL), ==, CF_CLAIM_N_KINDS);
}

/* The candidate scan reads a three-byte character's bit from its bytes: it stops at the same
 * characters as lexicon_is_candidate() of each code point, for every character of the BMP
 * (and four-byte ones), between ASCII letters and digits. */
static void
test_next_candidate(void)
{
	g_autoptr(GString) text = g_string_new(NULL);
	g_autoptr(GArray) expected = g_array_new(FALSE, FALSE, sizeof(gsize));
	for (gunichar c = 0x20; c < 0x110000; c = c < 0x10000 ? c + 1 : c + 4099) {
		if ((c >= 0xD800 && c <= 0xDFFF) || c == 0x7F)
			continue;
		gsize at = text->len;
		g_string_append_unichar(text, c);
		gboolean candidate = c < 0x80 ? g_ascii_isdigit(c) : lexicon_is_candidate(lexicon, c);
		if (candidate)
			g_array_append_val(expected, at);
		if (c % 7 == 0)
			g_string_append_c(text, 'a');
	}
	const guchar *s = (const guchar *)text->str;
	guint found = 0;
	gsize n = 0;
	for (gsize p = extract_next_candidate(lexicon, s, 0, text->len, &n); p < text->len;
	     p = extract_next_candidate(lexicon, s, p + n, text->len, &n)) {
		g_assert_cmpuint(found, <, expected->len);
		g_assert_cmpuint(p, ==, g_array_index(expected, gsize, found));
		g_assert_cmpuint(n, ==, (gsize)(g_utf8_next_char(text->str + p) - (text->str + p)));
		found++;
	}
	g_assert_cmpuint(found, ==, expected->len);
	g_assert_cmpuint(found, >, 10); /* digits and Chinese numerals */
}

/* The last clause delimiter, found 16 bytes at a time, is the one a reading from the start
 * finds last: random text of delimiters, characters sharing their first two bytes (＂ is
 * EF BC 82, 〃 E3 80 83) or their last (ｂ is EF BD 82), at every floor and end. */
/* Appends to @text between 1 and @max - 1 pieces of @pieces picked by @rand, and to @starts
 * where each piece starts and where the text ends. */
static void
append_random_pieces(GString *text, GArray *starts, const char *const *pieces, gsize n_pieces,
		     gint32 max, GRand *rand)
{
	guint n = (guint)g_rand_int_range(rand, 1, max);
	for (guint k = 0; k < n; k++) {
		g_array_append_val(starts, text->len);
		g_string_append(text, pieces[g_rand_int_range(rand, 0, (gint32)n_pieces)]);
	}
	g_array_append_val(starts, text->len);
}

/* The candidates of s[start, end) both ways, from @start and from each candidate on, must
 * be the same; returns how many there are. */
static guint
compare_candidate_scans(const GString *text, gsize start, gsize end)
{
	const guchar *s = (const guchar *)text->str;
	guint found = 0;
	gsize p = start;
	for (;;) {
		gsize n = 0, n_valid = 0;
		gsize expected = extract_next_candidate(lexicon, s, p, end, &n);
		gsize got = extract_next_candidate_valid(lexicon, s, p, end, text->len + 1, &n_valid);
		if (got != expected)
			g_error("candidate scan from %zu to %zu of '%.*s': %zu by blocks, %zu byte by "
				"byte",
				p, end, (int)MIN(end - p, 80), text->str + p, got, expected);
		if (expected >= end)
			return found;
		g_assert_cmpuint(n_valid, ==, n);
		found++;
		p = expected + n;
	}
}

/* The candidate scan 32 and 16 bytes at a time (valid UTF-8) finds what the byte loop finds:
 * every code point from every 53rd character on, and random text of candidates, characters
 * sharing their first two or last bytes with one (丁 E4 B8 81, 上 E4 B8 8A, 丐 E4 B8 90),
 * other lengths of character, at random starts and ends. */
static void
test_next_candidate_blocks(void)
{
	g_assert_true(lexicon->candidate_filter.usable);
	g_autoptr(GString) all = g_string_new(NULL);
	for (gunichar c = 0x20; c < 0x110000; c = c < 0x10000 ? c + 1 : c + 4099) {
		if ((c >= 0xD800 && c <= 0xDFFF) || c == 0x7F)
			continue;
		g_string_append_unichar(all, c);
		if (c % 11 == 0)
			g_string_append(all, "7");
	}
	guint found = 0;
	guint k = 0;
	for (const char *c = all->str; *c; c = g_utf8_next_char(c), k++)
		if (k % 53 == 0)
			found += compare_candidate_scans(all, (gsize)(c - all->str), all->len);
	g_assert_cmpuint(found, >, 1000);

	static const char *const pieces[] = {"一", "十", "万", "第", "〇", "两", "亿", "百分之",
					     "0", "5", "9", "丁", "上", "丐", "中", "文", "的",
					     "。", "，", "a", " ", "/", ":", "\xC2\xA9", "\xF0\x9F\x98\x80",
					     "ｂ", "〃", "零", "点", "元"};
	GRand *rand = g_rand_new_with_seed(20261124);
	found = 0;
	for (guint round = 0; round < 3000; round++) {
		g_autoptr(GString) text = g_string_new(NULL);
		g_autoptr(GArray) starts = g_array_new(FALSE, FALSE, sizeof(gsize));
		append_random_pieces(text, starts, pieces, G_N_ELEMENTS(pieces), 80, rand);
		for (guint i = 0; i < 8; i++) {
			guint a = (guint)g_rand_int_range(rand, 0, (gint32)starts->len);
			guint b = (guint)g_rand_int_range(rand, (gint32)a, (gint32)starts->len);
			found += compare_candidate_scans(text, g_array_index(starts, gsize, a),
							 g_array_index(starts, gsize, b));
		}
	}
	g_assert_cmpuint(found, >, 10000);
	g_rand_free(rand);
}

/* A multiplier word and a unit looked up in the multiplier's own list is what the lexicon's
 * look-up of the whole word gives: every multiplier with every unit word, every unit word's
 * tails and random pieces after it. */
static void
test_multiplier_unit(void)
{
	static const char *const pieces[] = {"元",   "人",     "吨", "万", "亿", "千",
					     "公里", "平方米", "a",  "%",  " ",  "次"};
	GRand *rand = g_rand_new_with_seed(20261125);
	guint found = 0, n = g_strv_length(lexicon->multipliers);
	g_assert_cmpuint(n, >, 0);
	for (guint m = 0; m < n; m++) {
		g_autoptr(GPtrArray) rests = g_ptr_array_new_with_free_func(g_free);
		for (guint i = 0; i < lexicon->units->len; i++) {
			const LexUnit *unit = lexicon->units->pdata[i];
			for (const char *c = unit->word; *c; c = g_utf8_next_char(c))
				g_ptr_array_add(rests, g_strdup(c));
		}
		for (guint round = 0; round < 200; round++) {
			g_autoptr(GString) text = g_string_new(NULL);
			g_autoptr(GArray) starts = g_array_new(FALSE, FALSE, sizeof(gsize));
			append_random_pieces(text, starts, pieces, G_N_ELEMENTS(pieces), 4, rand);
			g_ptr_array_add(rests, g_string_free(g_steal_pointer(&text), FALSE));
		}
		for (guint i = 0; i < rests->len; i++) {
			const char *rest = rests->pdata[i];
			g_autofree char *word = g_strconcat(lexicon->multipliers[m], rest, NULL);
			const LexUnit *expected = lexicon_lookup_unit(lexicon, word, strlen(word));
			/* (a multiplied measure, 万人, is no unit of the multiplier's: read apart) */
			if (expected != NULL && expected->multiplied)
				expected = NULL;
			g_assert_true(extract_multiplier_unit(lexicon, (int)m, rest,
							      strlen(rest)) == expected);
			found += expected != NULL;
		}
	}
	g_assert_cmpuint(found, >, 2); /* 万元, 亿元 at least */
	g_rand_free(rand);
}

/* Pieces of text, valid UTF-8 of one to four bytes and stray bytes, for the character
 * count and step tests below. */
static const char *const utf8_pieces[] = {"a",    "1",    "预",   "\xc2\xa0", "\xf0\x9f\x98\x80",
					  "\x80", "\xbf", "\xc0", "\xff",     "\xe3\x80\x80"};

/* cf_utf8_char_count() (a token's length in characters) counts the bytes that are no
 * continuation byte, valid UTF-8 or not, at every start and length. */
static void
test_token_char_count(void)
{
	GRand *rand = g_rand_new_with_seed(20261126);
	for (guint round = 0; round < 200; round++) {
		g_autoptr(GString) text = g_string_new(NULL);
		g_autoptr(GArray) starts = g_array_new(FALSE, FALSE, sizeof(gsize));
		append_random_pieces(text, starts, utf8_pieces, G_N_ELEMENTS(utf8_pieces), 40, rand);
		for (gsize start = 0; start <= text->len; start++) {
			guint expected = 0;
			for (gsize end = start; end <= text->len; end++) {
				g_assert_cmpuint(cf_utf8_char_count(text->str + start, end - start),
						 ==, expected);
				if (end < text->len && ((guchar)text->str[end] & 0xC0) != 0x80)
					expected++;
			}
		}
	}
	g_rand_free(rand);
}

/* extract_short_char_count() (locate()'s count between two claims) counts as
 * cf_utf8_char_count() does, valid UTF-8 or not, at every start and every gap below 64
 * bytes, the short texts' fallback included. */
static void
test_short_char_count(void)
{
	GRand *rand = g_rand_new_with_seed(20261127);
	for (guint round = 0; round < 300; round++) {
		g_autoptr(GString) text = g_string_new(NULL);
		g_autoptr(GArray) starts = g_array_new(FALSE, FALSE, sizeof(gsize));
		append_random_pieces(text, starts, utf8_pieces, G_N_ELEMENTS(utf8_pieces), 60, rand);
		/* only text[0, to) may be read: a copy of exactly that much for ASan */
		for (gsize to = 0; to <= text->len; to++) {
			g_autofree char *copy = g_memdup2(text->str, MAX(to, 1));
			for (gsize from = to >= 63 ? to - 63 : 0; from <= to; from++)
				g_assert_cmpuint(extract_short_char_count(copy, from, to), ==,
						 cf_utf8_char_count(text->str + from, to - from));
		}
	}
	g_rand_free(rand);
}

/* extract_prev_char() (its ASCII shortcut) steps back as the byte loop over
 * continuation bytes does, valid UTF-8 or not, at every floor and position. */
static void
test_prev_char(void)
{
	GRand *rand = g_rand_new_with_seed(20261128);
	for (guint round = 0; round < 200; round++) {
		g_autoptr(GString) text = g_string_new(NULL);
		g_autoptr(GArray) starts = g_array_new(FALSE, FALSE, sizeof(gsize));
		append_random_pieces(text, starts, utf8_pieces, G_N_ELEMENTS(utf8_pieces), 30, rand);
		for (gsize floor = 0; floor <= text->len; floor++) {
			for (gsize at = 0; at <= text->len; at++) {
				gsize expected = G_MAXSIZE;
				if (at > floor) {
					expected = at - 1;
					while (expected > floor &&
					       ((guchar)text->str[expected] & 0xC0) == 0x80)
						expected--;
				}
				g_assert_cmpuint(extract_prev_char(text->str, floor, at), ==,
						 expected);
			}
		}
	}
	g_rand_free(rand);
}

/* Two cues of the loaded lexicon have the same first cue of their word exactly when their
 * words are equal (the claim's cue list keeps one of each word by it). */
static void
test_cue_first_of_word(void)
{
	guint same = 0;
	for (guint i = 0; i < lexicon->cues->len; i++) {
		const LexCue *a = lexicon->cues->pdata[i];
		g_assert_nonnull(a->first_of_word);
		for (guint k = 0; k < lexicon->cues->len; k++) {
			const LexCue *b = lexicon->cues->pdata[k];
			gboolean equal = strcmp(a->word, b->word) == 0;
			g_assert_cmpint(a->first_of_word == b->first_of_word, ==, equal);
			same += equal && i != k;
		}
	}
	g_assert_cmpuint(lexicon->cues->len, >, 10);
	g_test_message("%u ordered pairs of distinct cues share a word", same);
}

/* extract_has_line_break() (a label's test) finds \n and \r as memchr() does, at every
 * start and end, short texts included. */
static void
test_has_line_break(void)
{
	static const char *const pieces[] = {"a", "预", "\n", "\r", " ", "\xe3\x80\x80", "1",
					     "\x0b", "\x8a", "\x8d"};
	GRand *rand = g_rand_new_with_seed(20261128);
	guint found = 0;
	for (guint round = 0; round < 300; round++) {
		g_autoptr(GString) text = g_string_new(NULL);
		g_autoptr(GArray) starts = g_array_new(FALSE, FALSE, sizeof(gsize));
		append_random_pieces(text, starts, pieces, G_N_ELEMENTS(pieces), 50, rand);
		/* only text[0, to) may be read: a copy of exactly that much for ASan */
		for (gsize to = 0; to <= text->len; to++) {
			g_autofree char *copy = g_memdup2(text->str, MAX(to, 1));
			for (gsize from = 0; from <= to; from++) {
				gboolean expected = memchr(text->str + from, '\n', to - from) != NULL ||
						    memchr(text->str + from, '\r', to - from) != NULL;
				g_assert_cmpint(extract_has_line_break(copy, from, to), ==, expected);
				found += expected;
			}
		}
	}
	g_assert_cmpuint(found, >, 100000);
	g_rand_free(rand);
}

static void
test_last_clause_delimiter(void)
{
	static const char *const pieces[] = {"。", "，", "；", "！", "？", ";", ",", "!", "?",
					     "中", "文", "a", "1", " ", "（", "、", "＂", "〃",
					     "ｂ", "\xC2\xA9", "\xF0\x9F\x98\x80"};
	GRand *rand = g_rand_new_with_seed(20261123);
	guint found = 0;
	for (guint round = 0; round < 3000; round++) {
		g_autoptr(GString) text = g_string_new(NULL);
		g_autoptr(GArray) starts = g_array_new(FALSE, FALSE, sizeof(gsize));
		append_random_pieces(text, starts, pieces, G_N_ELEMENTS(pieces), 40, rand);
		for (guint f = 0; f < starts->len; f++) {
			for (guint t = f; t < starts->len; t++) {
				gsize floor = g_array_index(starts, gsize, f);
				gsize to = g_array_index(starts, gsize, t);
				/* from the start: the last delimiter character within [floor, to) */
				gsize expected = G_MAXSIZE, expected_after = 0;
				for (guint c = f; c < t; c++) {
					gsize at = g_array_index(starts, gsize, c);
					gunichar u = g_utf8_get_char(text->str + at);
					if (u == 0x3002 || u == 0xFF0C || u == 0xFF1B || u == 0xFF01 ||
					    u == 0xFF1F || (u < 0x80 && strchr(";,!?", (int)u))) {
						expected = at;
						expected_after = g_array_index(starts, gsize, c + 1);
					}
				}
				gsize after = 0;
				gsize got = extract_last_clause_delimiter(text->str, floor, to, &after);
				g_assert_cmpuint(got, ==, expected);
				if (got != G_MAXSIZE) {
					g_assert_cmpuint(after, ==, expected_after);
					found++;
				}
			}
		}
	}
	g_assert_cmpuint(found, >, 10000);
	g_rand_free(rand);
}

/* word_set_match() by the set's by_first table, as it was before the open-addressed slots:
 * the reference the slots are compared with. */
static gpointer
word_set_match_by_hash(const WordSet *set, const char *text, const char *end, gsize *length)
{
	if (text >= end)
		return NULL;
	gunichar c = g_utf8_get_char(text);
	const GArray *list = g_hash_table_lookup(set->by_first, GUINT_TO_POINTER(c));
	for (guint i = 0; list && i < list->len; i++) {
		const WordSetEntry *e = &g_array_index(list, WordSetEntry, i);
		if ((gsize)(end - text) >= e->length && memcmp(text, e->word, e->length) == 0) {
			*length = e->length;
			return e->entry;
		}
	}
	return NULL;
}

/* Asserts that word_set_match() and word_set_match_by_hash() agree on @text. */
static void
assert_word_set_same(const WordSet *set, const char *text, gsize length)
{
	gsize got_length = 0, expected_length = 0;
	gpointer got = word_set_match(set, text, text + length, &got_length);
	gpointer expected = word_set_match_by_hash(set, text, text + length, &expected_length);
	if (got != expected || got_length != expected_length)
		g_error("word set match of '%.*s': %p (%zu bytes), by hash %p (%zu bytes)",
			(int)length, text, got, got_length, expected, expected_length);
}

/* A word set's slots find the lists its by_first table holds: for every word of the cue,
 * money and before-qualifier sets, whole, cut short and followed by more text, and for every
 * code point of the BMP alone and before each set's longest words. */
static void
test_word_set_slots(void)
{
	const WordSet *sets[] = {&lexicon->cue_set, &lexicon->money_set,
				 &lexicon->before_qualifiers};
	guint words = 0;
	for (guint k = 0; k < G_N_ELEMENTS(sets); k++) {
		const WordSet *set = sets[k];
		g_assert_cmpuint(set->n_slots_used, ==, g_hash_table_size(set->by_first));
		g_assert_cmpuint(2 * set->n_slots_used, <=, set->slot_mask + 1);
		GHashTableIter iter;
		gpointer key, value;
		g_hash_table_iter_init(&iter, set->by_first);
		while (g_hash_table_iter_next(&iter, &key, &value)) {
			const GArray *list = value;
			for (guint i = 0; i < list->len; i++) {
				const WordSetEntry *e = &g_array_index(list, WordSetEntry, i);
				g_autofree char *longer = g_strconcat(e->word, "的12万元", NULL);
				assert_word_set_same(set, e->word, e->length);
				assert_word_set_same(set, longer, strlen(longer));
				for (gsize cut = 1; cut < e->length; cut++)
					assert_word_set_same(set, e->word, cut);
				words++;
			}
		}
		for (gunichar c = 1; c < 0x10000; c++) {
			if (c >= 0xD800 && c <= 0xDFFF)
				continue;
			char text[8 + 64];
			gsize n = (gsize)g_unichar_to_utf8(c, text);
			assert_word_set_same(set, text, n);
			memcpy(text + n, "其中合计共计", strlen("其中合计共计"));
			assert_word_set_same(set, text, n + strlen("其中合计共计"));
		}
	}
	g_assert_cmpuint(words, >, 20);
}

/* ---- fast paths against the general one ---- */

static void
assert_same_decimal(CfDecimal a, CfDecimal b)
{
	g_assert_cmpint(a.mantissa, ==, b.mantissa);
	g_assert_cmpint(a.scale, ==, b.scale);
}

static void
assert_same_string(const char *a, guint a_length, const char *b, guint b_length)
{
	g_assert_cmpstr(a, ==, b);
	g_assert_cmpuint(a_length, ==, b_length);
}

/* Every field of every claim of @fast and @general the same (strings by content, cue lists
 * word by word). */
static void
assert_same_claims(GPtrArray *fast, GPtrArray *general)
{
	g_assert_cmpuint(fast->len, ==, general->len);
	for (guint i = 0; i < fast->len; i++) {
		const CfClaim *a = fast->pdata[i], *b = general->pdata[i];
		g_assert_cmpint(a->kind, ==, b->kind);
		assert_same_decimal(a->stated, b->stated);
		assert_same_decimal(a->value, b->value);
		assert_same_decimal(a->interval.low, b->interval.low);
		assert_same_decimal(a->interval.high, b->interval.high);
		g_assert_cmpint(a->interval.low_unbounded, ==, b->interval.low_unbounded);
		g_assert_cmpint(a->interval.high_unbounded, ==, b->interval.high_unbounded);
		g_assert_cmpint(a->has_value, ==, b->has_value);
		g_assert_cmpint(a->unit_exponent, ==, b->unit_exponent);
		assert_same_string(a->unit, a->unit_length, b->unit, b->unit_length);
		g_assert_cmpint(a->qualifier, ==, b->qualifier);
		assert_same_string(a->qualifier_text, a->qualifier_text_length, b->qualifier_text,
				   b->qualifier_text_length);
		assert_same_string(a->label, a->label_length, b->label, b->label_length);
		assert_same_string(a->text, a->text_length, b->text, b->text_length);
		assert_same_string(a->reason, a->reason_length, b->reason, b->reason_length);
		g_autofree char *a_cues = cues_of(a), *b_cues = cues_of(b);
		g_assert_cmpstr(a_cues, ==, b_cues);
		g_assert_true(a->document == b->document);
		g_assert_cmpuint(a->range.start, ==, b->range.start);
		g_assert_cmpuint(a->range.end, ==, b->range.end);
		g_assert_cmpuint(a->line, ==, b->line);
		g_assert_cmpuint(a->column, ==, b->column);
		g_assert_cmpuint(a->length, ==, b->length);
		g_assert_cmpint(a->table, ==, b->table);
		g_assert_cmpint(a->row, ==, b->row);
		g_assert_cmpint(a->cell_column, ==, b->cell_column);
		g_assert_cmpuint(a->sentence, ==, b->sentence);
	}
}

/* The claims of @doc by cf_extract_document() (with its fast paths) and by the general path
 * alone; the number of claims. */
static guint
assert_fast_as_general(const CfDocument *doc)
{
	g_autoptr(GPtrArray) fast = cf_extract_document(lexicon, doc);
	g_autoptr(GPtrArray) general = extract_document_general(lexicon, doc);
	assert_same_claims(fast, general);
	return fast->len;
}

/* A table cell that is one plain number (cell_plain_token()) gives the claim the general
 * path gives: every corpus report, then random tables whose cells are plain numbers, numbers
 * with something around them (spaces, signs, units, look-alike letters, a second point,
 * dotted dates, 19 digits …) and words, under headers with and without a unit. */
static void
test_cell_plain_as_general(void)
{
	guint n = 0;
	g_autoptr(GPtrArray) paths = cf_test_report_paths(corpus_folders, 2);
	for (guint p = 0; p < paths->len; p++) {
		g_autoptr(CfDocument) doc = cf_test_document_from_file(paths->pdata[p]);
		n += assert_fast_as_general(doc);
	}
	g_assert_cmpuint(n, >, 500);

	static const char *const cells[] = {
		"6368", "25.20", "007", "0", "0.5", "1.2.3", "2022.12", "2022.12.31", "12.", ".5",
		"1,234", "1,234.5", "12 ", " 12", "12%", "12万元", "12o4", "12l", "-3", "+3", "１２",
		"123456789012345678", "1234567890123456789", "12345678901234567.8", "2023", "5G",
		"三", "合计", "其中：区级资金", "约12", "12余", "12-15", "1.5万", "（1）", "1、",
		"9.离休", "预算金额", "12\n", "1\t2", "", "99.85 %", "3.", "12.5.",
	};
	static const char *const headers[] = {
		"\t项目\n\t预算金额\n\t得分\n\t完成率\n\n", "\t项目\n\t金额（万元）\n\t人数\n\n",
		"\t序号\n\t名称\n\t数量\n\n",
	};
	g_autoptr(GRand) rand = g_rand_new_with_seed(6);
	for (guint round = 0; round < 400; round++) {
		g_autoptr(GString) text = g_string_new("单位：万元\n");
		if (round % 2)
			g_string_append(text, "金额单位：万元\n");
		g_string_append(text, headers[round % G_N_ELEMENTS(headers)]);
		guint rows = (guint)g_rand_int_range(rand, 1, 6);
		for (guint r = 0; r < rows; r++) {
			guint columns = (guint)g_rand_int_range(rand, 1, 5);
			for (guint c = 0; c < columns; c++) {
				g_string_append_c(text, '\t');
				cf_test_append_rand_pieces(text, cells, G_N_ELEMENTS(cells),
							   (guint)g_rand_int_range(rand, 1, 3), rand);
				g_string_append_c(text, '\n');
			}
			g_string_append_c(text, '\n');
		}
		g_string_append(text, "合计6368万元。\n");
		g_autoptr(CfDocument) doc = cf_test_document_from_text("random.txt", text->str);
		n += assert_fast_as_general(doc);
	}
	g_test_message("%u claims", n);
}

/* A plain number with a unit word the matcher knows (plain_unit_token()) gives the claim the
 * general path gives: every corpus report (cf. /extract/cell/plain-as-general), then random
 * prose of numbers with units, years, months, spaces, before- and after-qualifiers, prefixes,
 * ranges, multipliers, list markers, identifiers, labels, cues and numbers too large. */
static void
test_plain_unit_as_general(void)
{
	static const char *const pieces[] = {
		"6368", "25.20", "2022", "12", "3", "0.5", "1,234", "123456789012345678", "2022.12.31",
		" ", "  ", "\t", "万元", "元", "亿元", "个", "家", "人", "人次", "名", "%", "％", " %",
		"分", "年", "年度", "月", "日", "元/人", "平米", "万", "余", "多", "左右", "以上", "约",
		"近", "超过", "第", "百分之", "-", "至", "、", "，", "。", "；", "：", "（", "）", "1、",
		"5G", "a", "其中", "合计", "共计", "分别", "占", "比上年增长", "预算", "支出", "经费",
		"项目", "三", "两", "一是", "统一", "*", "＝", "\n",
	};
	g_autoptr(GRand) rand = g_rand_new_with_seed(66);
	guint n = 0;
	for (guint round = 0; round < 3000; round++) {
		g_autoptr(GString) text = g_string_new("关于2022年项目支出的说明\n");
		cf_test_append_rand_pieces(text, pieces, G_N_ELEMENTS(pieces),
					   (guint)g_rand_int_range(rand, 1, 40), rand);
		g_string_append(text, "。\n");
		g_autoptr(CfDocument) doc = cf_test_document_from_text("random.txt", text->str);
		n += assert_fast_as_general(doc);
	}
	g_test_message("%u claims", n);
	/* (pieces of 18 digits run together make codes of 19 digits or more: no claims) */
	g_assert_cmpuint(n, >, 9000);
}

int
main(int argc, char **argv)
{
	setlocale(LC_ALL, "");
	g_test_init(&argc, &argv, NULL);
	g_autoptr(GError) error = NULL;
	lexicon = cf_lexicon_load(cf_lexicon_default_directory(), &error);
	g_assert_no_error(error);

	g_test_add_func("/extract/claim-pool/lifetime", test_claim_pool);
	g_test_add_func("/extract/claim-pool/add-cues", test_add_cues);
	g_test_add_func("/extract/seed003/line14", test_seed003_line14);
	g_test_add_func("/extract/seed001/line108", test_seed001_line108);
	g_test_add_func("/extract/seed001/table1", test_seed001_table1);
	g_test_add_func("/extract/seed001/order", test_order);
	g_test_add_func("/extract/claim/string-lengths", test_string_lengths);
	g_test_add_func("/extract/claim/same-unit", test_same_unit);
	for (guint i = 0; i < G_N_ELEMENTS(forms); i++)
		g_test_add_data_func(forms[i].path, &forms[i], test_form);
	g_test_add_func("/extract/malformed/reasons", test_malformed_reasons);
	g_test_add_func("/extract/none/words", test_no_claims);
	for (guint i = 0; i < G_N_ELEMENTS(labelled); i++)
		g_test_add_data_func(labelled[i].path, &labelled[i], test_labelled);
	g_test_add_func("/extract/cue/shared", test_cues_shared);
	g_test_add_func("/extract/clause/last-delimiter", test_last_clause_delimiter);
	g_test_add_func("/extract/position/fullwidth", test_position_fullwidth);
	g_test_add_func("/extract/token/by-hand/corpus", test_token_matcher_corpus);
	g_test_add_func("/extract/cell/plain-as-general", test_cell_plain_as_general);
	g_test_add_func("/extract/token/plain-unit-as-general", test_plain_unit_as_general);
	g_test_add_func("/extract/scan/candidates", test_next_candidate);
	g_test_add_func("/extract/scan/candidates-blocks", test_next_candidate_blocks);
	g_test_add_func("/extract/lexicon/word-set-slots", test_word_set_slots);
	g_test_add_func("/extract/token/multiplier-unit", test_multiplier_unit);
	g_test_add_func("/extract/token/char-count", test_token_char_count);
	g_test_add_func("/extract/locate/short-char-count", test_short_char_count);
	g_test_add_func("/extract/text/prev-char", test_prev_char);
	g_test_add_func("/extract/cues/first-of-word", test_cue_first_of_word);
	g_test_add_func("/extract/label/has-line-break", test_has_line_break);
	g_test_add_func("/extract/column/meaning", test_column_meaning);
	g_test_add_func("/extract/cues/shared-across-documents", test_cues_shared_across_documents);
	g_test_add_func("/extract/token/by-hand/synthetic", test_token_matcher_synthetic);
	g_test_add_func("/extract/token/dotted-date-shortcut", test_dotted_date_shortcut);

	int status = g_test_run();
	cf_lexicon_free(lexicon);
	return status;
}
