/* Tests of the rate families: percent (percent-mismatch, percent-unreachable,
 * shares-exceed-whole), budget (over-budget), change (change-mismatch) and identity
 * (identity-mismatch, patterns/identities.ini).  Each case runs the real pipeline on a small
 * text in the style of 决算说明/绩效自评 reports; cases that must fire and cases that must stay
 * silent sit side by side, and the seed reports are checked at their lines. */
#include <glib/gstdio.h>
#include <string.h>

#include "cf-test-pipeline.h"
#include "cf-test-random.h"
#include "check/cf-check-rates.h"
#include "check/cf-check-words.h"
#include "model/cf-error.h"

typedef struct {
	const char *name;
	const char *rule;
	const char *text;
	guint line;           /* 0: no finding of the rule (nor any error) may appear */
	CfSeverity severity;
	const char *message;  /* a substring of the message, or NULL */
} Case;

static const Case cases[] = {
	/* ---- percent: part over base ---- */
	/* a share written as the other share (100% − the share): said, and no digit edit
	 * suggested; reported even where a round base lets it hold by rounding */
	/* the whole named by a label that ends with its verb (支出执行, 收入完成); the share of the
	 * level, not of the change stated between them */
	{"percent/whole-label-with-verb", "percent-mismatch",
	 "全省一般公共预算支出1649.8亿元。\n全市一般公共预算支出执行128.9亿元，同比增长34.9%。其中，"
	 "民生支出104.6亿元，占一般公共预算支出的81.2%。\n",
	 0, 0, NULL},
	{"percent/whole-label-with-verb-broken", "percent-mismatch",
	 "全省一般公共预算支出1649.8亿元。\n全市一般公共预算支出执行128.9亿元，同比增长34.9%。其中，"
	 "民生支出104.6亿元，占一般公共预算支出的85.2%。\n",
	 2, CF_SEVERITY_ERROR, "104.6亿元 / 128.9亿元"},
	/* a rate named by what it counts: the figure of its sentence so labelled over the total
	 * before it, past a breakdown's parts (r119-21, r119-24, r126-25) */
	{"percent/named-rate", "percent-mismatch",
	 "共抽检食品500批次，合格490批次，不合格10批次，合格率98%。\n", 0, 0, NULL},
	{"percent/named-rate-broken", "percent-mismatch",
	 "共抽检食品500批次，合格490批次，不合格10批次，合格率99.0%。\n", 1, CF_SEVERITY_ERROR,
	 "490批次 / 500批次 = 98%"},
	{"percent/named-rate-whole-before", "percent-mismatch",
	 "全年共提交提案254件。经审查,立案236件,其中委员提案162件,集体提案74件,立案率92.9%。\n", 0, 0,
	 NULL},
	{"percent/named-rate-whole-before-broken", "percent-mismatch",
	 "全年共提交提案254件。经审查,立案236件,其中委员提案162件,集体提案74件,立案率93.3%。\n", 1,
	 CF_SEVERITY_WARNING, "236件 / 254件"},
	{"percent/named-rate-past-breakdown-broken", "percent-mismatch",
	 "大会共收到提案274件,其中集体提案19件;委员个人和委员联名提案255件。经初步审查,立案224件,"
	 "立案率85.7%。\n", 1, CF_SEVERITY_ERROR, "224件 / 274件"},
	{"percent/named-rate-done", "percent-mismatch",
	 "收到建议120件，已办结110件，办结率91.7%。\n", 0, 0, NULL},
	/* the other outcome is no whole (r113-08): 24 / (25 + 24) */
	{"percent/named-rate-negated", "percent-mismatch",
	 "经审查,共逮捕25人,不捕24人,不捕率为48.98%。\n", 0, 0, NULL},
	/* a premium's rate is over the reserve price, not the price (r115-39) */
	{"percent/named-rate-premium", "percent-mismatch",
	 "共成交金额265.85万元,溢价103.25万元,溢价率达63.5%。\n", 0, 0, NULL},
	/* a whole that is no total nor intake (累计提取额, r59-27), a rate narrower than its part
	 * (按时办结), a part in an earlier sentence: not read */
	{"percent/named-rate-no-intake", "percent-mismatch",
	 "缴存额累计106264.77亿元、提取额累计73930.14亿元,累计发放个人住房贷款57954.19亿元;"
	 "个人住房贷款率85.31%。\n", 0, 0, NULL},
	{"percent/named-rate-narrower", "percent-mismatch",
	 "收到建议120件，已办结110件，按时办结率95%。\n", 0, 0, NULL},
	{"percent/named-rate-other-sentence", "percent-mismatch",
	 "上年共抽检400批次，合格390批次。今年共抽检500批次，合格率99%。\n", 0, 0, NULL},
	/* a net add (净增) is a change: no whole before 其中 and no part of a share; the level
	 * it follows is, in another magnitude too (r88-03, r88-19, r88-20) */
	{"percent/net-add-no-whole", "percent-mismatch",
	 "移动电话用户总数达17.9亿户,比上年末净增4,682万户。其中,5G移动电话用户达10.02亿户,比上年末净增"
	 "1.8亿户,占移动电话用户的56%。\n", 0, 0, NULL},
	{"percent/net-add-no-part", "percent-mismatch",
	 "移动电话用户总数16亿户。4G用户总数达到12.8亿户,全年净增1.17亿户,占移动电话用户总数的80.1%。\n",
	 0, 0, NULL},
	{"percent/net-add-no-part-broken", "percent-mismatch",
	 "移动电话用户总数16亿户。4G用户总数达到12.8亿户,全年净增1.17亿户,占移动电话用户总数的85.1%。\n",
	 1, CF_SEVERITY_ERROR, "12.8亿户 / 16亿户"},
	/* shares of quantities (r90-15) */
	{"percent/share-of-area-broken", "percent-mismatch",
	 "韶山市土地总面积247.3平方千米,其中耕地面积60.28平方千米,占土地总面积的28.6%。\n", 1,
	 CF_SEVERITY_ERROR, "60.28平方千米 / 247.3平方千米"},
	{"percent/share-of-area-holds", "percent-mismatch",
	 "韶山市土地总面积247.3平方千米,其中耕地面积60.28平方千米,占土地总面积的24.4%。\n", 0, 0, NULL},
	/* a whole followed by its parts' shares (各占) is still the whole of the sentence after
	 * that opens with it (r85-30) */
	{"percent/whole-with-parts-shares", "percent-mismatch",
	 "我国有林地面积1.81亿公顷,公益林和商品林各占52.41%和47.59%。有林地面积中,防护林8208万公顷,"
	 "占45.81%。\n", 1, CF_SEVERITY_ERROR, "8208万公顷 / 1.81亿公顷"},
	/* a 分别 list's figures pass over an aside's (r84-32) */
	{"percent/share-list-past-aside", "percent-mismatch",
	 "青海省电力总装机为4286万千瓦,其中水电1263万千瓦、太阳能1677万千瓦(光伏1656万千瓦、光热21万千瓦)、"
	 "风电953万千瓦,分别占29.5%、39.1%、22.2%。\n", 0, 0, NULL},
	/* a part named as the whole with more before it (水力发电量) takes as its whole only a
	 * figure named the whole exactly, not a sibling (火力发电量) */
	{"percent/share-not-of-sibling", "percent-mismatch",
	 "火力发电量为1458.2亿千瓦时,较上年同期相比增长了116.9亿千瓦时,同比增长8.2%;水力发电量为205.9亿"
	 "千瓦时,同比下降6.9%,占发电量的8.12%。\n", 0, 0, NULL},
	/* the first of a 分别 list of shares is no share of the figure right before it alone
	 * (r90-09) */
	{"percent/share-list-after-clauses", "percent-mismatch",
	 "2018年全国海洋生产总值83415亿元。其中,海洋第一产业增加值3640亿元,第二产业增加值30858亿元,第三产业"
	 "增加值48916亿元,海洋第一、第二、第三产业增加值占海洋生产总值的比重分别为4.4%、37.0%和58.6%。\n",
	 0, 0, NULL},
	{"percent/share-after-rate-and-change", "percent-mismatch",
	 "全市一般公共预算收入完成132.3亿元，同比增长1.5%。\n市级完成25.9亿元，同比下降2.5%，减收0.65亿元，"
	 "占全市一般公共预算收入的19.6%。\n",
	 0, 0, NULL},
	{"percent/share-after-rate-and-change-broken", "percent-mismatch",
	 "全市一般公共预算收入完成132.3亿元，同比增长1.5%。\n市级完成25.9亿元，同比下降2.5%，减收0.65亿元，"
	 "占全市一般公共预算收入的21.6%。\n",
	 2, CF_SEVERITY_ERROR, "25.9亿元 / 132.3亿元"},
	/* a share after a level, its change as an amount and its rate is the level's, an aside
	 * between them or not, the rate after 同比 or not (r49-13, r49-20) */
	{"percent/share-after-change-and-rate", "percent-mismatch",
	 "采购金额122.59亿元。市本级完成32.57亿元(包括建管办统计的工程数),增加10.55亿元,同比增长47.9%,"
	 "占全部采购金额的26.57%;区县级完成90.02亿元,增加16.65亿元,增长22.7%,占全部采购金额的73.43%。\n",
	 0, 0, NULL},
	{"percent/share-after-change-and-rate-broken", "percent-mismatch",
	 "采购金额122.59亿元。市本级完成32.57亿元(包括建管办统计的工程数),增加10.55亿元,同比增长47.9%,"
	 "占全部采购金额的28.57%。\n",
	 1, CF_SEVERITY_ERROR, "32.57亿元 / 122.59亿元"},
	{"percent/share-after-plain-rate-broken", "percent-mismatch",
	 "财政总收入51304.03亿元。其中税收收入45612.99亿元,比上年增收11487.11亿元,增长33.7%,"
	 "占财政总收入的比重为86.9%。\n",
	 1, CF_SEVERITY_ERROR, "45612.99亿元 / 51304.03亿元"},
	/* a whole named with an owner or a size class before the measure is a part of it, no
	 * whole the measure names (r28-06) */
	{"percent/whole-of-owners-not-named", "percent-mismatch",
	 "区属规上工业总产值2981.8亿元,同比下降1.3%。战略性新兴产业完成产值1710.7亿元,可比增长3.4%,"
	 "占规上工业总产值的36.4%。\n",
	 0, 0, NULL},
	/* a whole after 突破 is a lower bound: no exact base of its shares (r48-36) */
	{"percent/threshold-whole", "percent-mismatch",
	 "2020年中国社会捐赠突破2000亿元,其中,企业捐赠共计1218.11亿元,占捐赠总额的58.4%。\n", 0, 0,
	 NULL},
	/* a percentage followed by what it comes to is a share of the amount of that measure
	 * before it, past the other portions (r43-33: 32.5% of 1293.45万元 is 420.37万元, not 元);
	 * not a rate of change, nor one with another figure between */
	{"percent/portion-as-amount", "percent-mismatch",
	 "总保费1293.45万元,中央财政补贴47.5%为614.39万元,省级财政补贴32.5%为420.37万元。"
	 "县级财政补贴10%为129.35万元。\n",
	 0, 0, NULL},
	{"percent/portion-as-amount-broken", "percent-mismatch",
	 "总保费1293.45万元,中央财政补贴47.5%为614.39万元,省级财政补贴32.5%为420.37元。\n", 1,
	 CF_SEVERITY_ERROR, "420.37元 / 1293.45万元"},
	{"percent/portion-after-sentence-broken", "percent-mismatch",
	 "总保费74万元,中央财政补贴40%为29.6万元,省级财政补贴25%为18.5万元。县级财政补贴10%为8.4万元。\n",
	 1, CF_SEVERITY_ERROR, "8.4万元 / 74万元"},
	{"percent/portion-of-count", "percent-mismatch",
	 "全县共培训120人,其中25%即36人来自农村。\n", 1, CF_SEVERITY_ERROR, "36人 / 120人"},
	{"percent/portion-not-a-change", "percent-mismatch",
	 "总保费74万元,同比增长40%为29.6万元。\n", 0, 0, NULL},
	{"percent/portion-other-figure-between", "percent-mismatch",
	 "总保费74万元,承保面积8.22万亩,中央财政补贴40%为19.6万元。\n", 0, 0, NULL},
	{"percent/portion-of-other-measure", "percent-mismatch",
	 "承保8.22万亩,中央财政补贴40%为19.6万元。\n", 0, 0, NULL},
	/* a subject named before 占 that is not the figure before's: its part is not known
	 * (r32-28) */
	{"percent/subject-of-no-figure", "percent-mismatch",
	 "全省红十字会累计接受境内外捐赠29906万元,其中:省红会接受捐赠13612万元,市、县级红十字会接受捐赠"
	 "16294万元,捐赠收入占全省红十字系统财务收入的76.03%。全省红十字系统财务收入39333万元。\n",
	 0, 0, NULL},
	/* …the figure before's own name, or the end of it, still is */
	{"percent/subject-of-the-figure", "percent-mismatch",
	 "一般公共预算支出128.9亿元。其中，民生支出104.6亿元，支出占一般公共预算支出的85.2%。\n",
	 1, CF_SEVERITY_ERROR, "104.6亿元 / 128.9亿元"},
	/* respective figures with only a comma between them pair with the shares in order
	 * (r32-29) */
	{"percent/respective-figures-by-comma", "percent-mismatch",
	 "2020年全国政府采购规模为36970.6亿元。从结构来看,货物、工程、服务采购规模分别为9175.8亿元,"
	 "17492.4亿元和10302.4亿元,占全国政府采购规模的24.8%、47.3%和27.9%。\n",
	 0, 0, NULL},
	{"percent/respective-figures-by-comma-broken", "percent-mismatch",
	 "2020年全国政府采购规模为36970.6亿元。从结构来看,货物、工程、服务采购规模分别为9175.8亿元,"
	 "17492.4亿元和10302.4亿元,占全国政府采购规模的24.8%、45.3%和27.9%。\n",
	 1, CF_SEVERITY_ERROR, "17492.4亿元 / 36970.6亿元"},
	/* a share's own figure in a parenthesis right after it is its part, not the figure
	 * before it, the share before's (r27-18) */
	{"percent/part-in-parenthesis-after", "percent-mismatch",
	 "社区常住人口5082户,14200人,其中60周岁以上老年人占比26%(约3692人),6-14周岁儿童占比13%"
	 "(约1846人),残疾人群体占比2.8%(约398人),是一个典型的社区。\n",
	 0, 0, NULL},
	{"percent/part-in-parenthesis-after-broken", "percent-mismatch",
	 "社区常住人口5082户,14200人,其中60周岁以上老年人占比26%(约3692人),6-14周岁儿童占比13%"
	 "(约1846人),残疾人群体占比3.8%(约398人),是一个典型的社区。\n",
	 1, CF_SEVERITY_ERROR, "398人 / 14200人"},
	/* a whole opened with 中 that is itself a share of a larger one: its items' 占比 may be of
	 * either, and is not checked against it */
	{"percent/opening-whole-is-a-share", "percent-mismatch",
	 "全市一般公共预算支出累计完成439.49亿元。其中，民生类支出356.85亿元，同比增长5.11%，增支"
	 "17.35亿元，占一般公共预算支出比重为81.2%。民生类支出中，教育支出61.95亿元，占比为14.1%。\n",
	 0, 0, NULL},
	{"percent/opening-whole-not-a-share-broken", "percent-mismatch",
	 "全市一般公共预算支出累计完成439.49亿元。其中，民生类支出356.85亿元，同比增长5.11%。"
	 "民生类支出中，教育支出61.95亿元，占比为14.1%。\n",
	 1, CF_SEVERITY_ERROR, "61.95亿元 / 356.85亿元"},
	/* 本年收入 names the year's 收入合计 (a year, 本年 and 合计 aside) */
	{"percent/whole-named-by-core", "percent-mismatch",
	 "2023年度收入合计4680.58万元，与2022年度相比，收入合计减少2415.45万元，下降34%。其中：财政拨款"
	 "收入2982.61万元，占本年收入68%。\n",
	 1, CF_SEVERITY_ERROR, "2982.61万元 / 4680.58万元 = 63.72%"},
	/* a compound (税收返还和转移支付) is no base of one of its members */
	{"percent/compound-is-no-base", "percent-mismatch",
	 "对市县税收返还和转移支付4404.78亿元，占总支出的67%(包括一般性转移支付3030.61亿元，占转移支付"
	 "比重达82%；专项转移支付663.82亿元)。\n",
	 0, 0, NULL},
	/* the part named before 占 (城镇人口), not the figure right before */
	{"percent/part-named-before-zhan", "percent-mismatch",
	 "年末常住人口为28.2万人。城镇人口12.4万人，乡村人口15.8万人，城镇人口占常住人口比重为43.97%。\n",
	 0, 0, NULL},
	{"percent/part-named-before-zhan-broken", "percent-mismatch",
	 "年末常住人口为28.2万人。城镇人口12.4万人，乡村人口15.8万人，城镇人口占常住人口比重为47.97%。\n",
	 1, CF_SEVERITY_ERROR, "12.4万人 / 28.2万人"},
	/* respective shares of figures of two measures: each of its own plan */
	{"percent/respective-shares-of-two-measures", "shares-exceed-whole",
	 "10个重点县已启动实施272个村、20506户，分别占计划的81.4%、80.2%。\n", 0, 0, NULL},
	/* a count in 万 is rounded as written: 483万 / 728万 may be 66.34% */
	{"percent/count-in-wan-is-rounded", "percent-mismatch",
	 "年末全区常住人口728万人，其中城镇常住人口483万人，占常住人口比重为66.34%。\n", 0, 0, NULL},
	{"percent/other-share", "percent-mismatch",
	 "支出预算为3万元，支出决算为1.71万元，完成预算的43%。\n", 1, CF_SEVERITY_ERROR,
	 "43% is 100% − 57%, the other share"},
	{"percent/other-share-within-rounding", "percent-mismatch",
	 "公务接待费预算为1万元，支出决算为0.53万元，完成预算的47%。\n", 1, CF_SEVERITY_WARNING,
	 "47% is 100% − 53%, the other share"},
	{"percent/within-rounding-not-other-share", "percent-mismatch",
	 "公务接待费预算为1万元，支出决算为0.53万元，完成预算的50%。\n", 0, 0, NULL},
	/* 全年执行 names the spending as 全年执行数 does */
	{"percent/execution-named-by-verb", "percent-mismatch",
	 "2024年项目全年预算320.00万元，全年执行288.00万元，预算执行率为92.50%。\n", 1,
	 CF_SEVERITY_ERROR, "288.00万元 / 320.00万元 = 90%"},
	{"percent/execution-named-by-verb-holds", "percent-mismatch",
	 "2024年项目全年预算320.00万元，全年执行288.00万元，预算执行率为90.00%。\n", 0, 0, NULL},
	{"percent/qizhong-holds", "percent-mismatch",
	 "全年共调整干部5批次234人，提拔69人，其中从急难险重一线提拔59人，占提拔干部数量的85.5%；"
	 "提拔35岁以下年轻干部23人，占比33.3%，提拔30岁以下正科职干部2名。\n",
	 0, 0, NULL},
	{"percent/qizhong-broken", "percent-mismatch",
	 "全年共调整干部5批次234人，提拔69人，其中从急难险重一线提拔59人，占提拔干部数量的86.5%。\n",
	 1, CF_SEVERITY_ERROR, "59人 / 69人 = 85.507%"},
	{"percent/after-semicolon-broken", "percent-mismatch",
	 "提拔69人，其中从急难险重一线提拔59人，占提拔干部数量的85.5%；\n"
	 "提拔35岁以下年轻干部23人，占比35.3%。\n",
	 0, 0, NULL},
	{"percent/after-semicolon-same-line-broken", "percent-mismatch",
	 "提拔69人，其中从急难险重一线提拔59人，占提拔干部数量的85.5%；提拔35岁以下年轻干部23人，"
	 "占比35.3%。\n",
	 1, CF_SEVERITY_ERROR, "23人 / 69人 = 33.333%"},
	{"percent/other-subject-after-semicolon", "percent-mismatch",
	 "提拔69人，其中一线提拔59人，占85.5%；招录公务员30人，占比20%。\n", 0, 0, NULL},
	{"percent/complete-share-list-broken", "percent-mismatch",
	 "本年支出合计1000万元，其中：基本支出700万元，占70%；项目支出300万元，占32%。\n", 1,
	 CF_SEVERITY_ERROR, "300万元 / 1000万元 = 30%"},
	{"percent/complete-share-list-holds", "percent-mismatch",
	 "本年支出合计1000万元，其中：基本支出700万元，占70%；项目支出300万元，占30%。\n", 0, 0,
	 NULL},
	/* a complete list whose parts add up to the whole, most with a share of a long name and
	 * one without 占 (r53-34) */
	{"percent/complete-list-long-object-broken", "percent-mismatch",
	 "主动公开信息57条:其中部门公告4条,信息公开总量的7.02%;概况信息2条,占信息公开总量的3.40%;"
	 "工作动态43条,占信息公开总量的75.44%;财政信息8条,占信息公开总量的14.04%。\n",
	 1, CF_SEVERITY_ERROR, "2条 / 57条 = 3.5088%"},
	{"percent/complete-list-long-object-holds", "percent-mismatch",
	 "主动公开信息57条:其中部门公告4条,信息公开总量的7.02%;概况信息2条,占信息公开总量的3.51%;"
	 "工作动态43条,占信息公开总量的75.44%;财政信息8条,占信息公开总量的14.04%。\n",
	 0, 0, NULL},
	/* (the parts do not add up to it and one has no share: no breakdown of that whole) */
	{"percent/incomplete-list-long-object", "percent-mismatch",
	 "主动公开信息57条:其中部门公告4条,信息公开总量的7.02%;概况信息2条,占信息公开总量的3.40%;"
	 "工作动态43条,占信息公开总量的75.44%。\n",
	 0, 0, NULL},
	{"percent/used-for-list-broken", "percent-mismatch",
	 "2023年财政拨款支出500万元，主要用于以下方面：教育支出300万元，占60%；卫生健康支出190万元，"
	 "占40%；农林水支出10万元，占2%。\n",
	 1, CF_SEVERITY_ERROR, "190万元 / 500万元 = 38%"},
	{"percent/used-for-list-holds", "percent-mismatch",
	 "2023年财政拨款支出500万元，主要用于以下方面：教育支出300万元，占60%；卫生健康支出190万元，"
	 "占38%；农林水支出10万元，占2%。\n",
	 0, 0, NULL},
	{"percent/named-whole-earlier-line-broken", "percent-mismatch",
	 "一、支出\n2023年本年支出合计800万元，其中：基本支出600万元；项目支出200万元。\n二、财政拨款\n"
	 "2023年一般公共预算财政拨款支出400万元，占本年支出合计的40%。\n",
	 4, CF_SEVERITY_ERROR, "400万元 / 800万元 = 50%"},
	{"percent/named-whole-earlier-line-holds", "percent-mismatch",
	 "一、支出\n2023年本年支出合计800万元，其中：基本支出600万元；项目支出200万元。\n二、财政拨款\n"
	 "2023年一般公共预算财政拨款支出400万元，占本年支出合计的50%。\n",
	 0, 0, NULL},
	{"percent/named-whole-earlier-line-short-name", "percent-mismatch",
	 "一、支出\n支出800万元，主要用于运转。\n二、拨款\n拨款400万元，占支出的40%。\n", 0, 0, NULL},
	{"percent/named-whole-earlier-line-two-values", "percent-mismatch",
	 "2022年本年支出合计700万元。\n2023年本年支出合计800万元。\n"
	 "2023年财政拨款支出400万元，占本年支出合计的40%。\n",
	 0, 0, NULL},
	/* 决算说明: "<whole>中，<part>，占x%；…" takes the whole named on an earlier line */
	{"percent/opening-whole-broken", "percent-mismatch",
	 "2023年度“三公”经费财政拨款支出决算为6.40万元，完成预算的80%。\n"
	 "2023年度“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0万元，占0%；"
	 "公务用车购置及运行维护费支出决算5.20万元，占81.25%；公务接待费支出决算1.20万元，占17.75%。\n",
	 2, CF_SEVERITY_ERROR, "1.20万元 / 6.40万元 = 18.75%"},
	{"percent/opening-whole-holds", "percent-mismatch",
	 "2023年度“三公”经费财政拨款支出决算为6.40万元，完成预算的80%。\n"
	 "2023年度“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0万元，占0%；"
	 "公务用车购置及运行维护费支出决算5.20万元，占81.25%；公务接待费支出决算1.20万元，占18.75%。\n",
	 0, 0, NULL},
	{"percent/opening-whole-other-year", "percent-mismatch",
	 "2022年度“三公”经费财政拨款支出决算为6.40万元。\n"
	 "2023年度“三公”经费财政拨款支出决算中，公务接待费支出决算1.20万元，占28.75%。\n",
	 0, 0, NULL},
	{"percent/opening-whole-by-stem-broken", "percent-mismatch",
	 "2023年度“三公”经费财政拨款支出预算为8.00万元，支出决算为6.40万元，完成预算的80.00%。\n"
	 "2023年度“三公”经费财政拨款支出决算中，公务用车购置及运行维护费支出决算5.20万元，占71.25%；"
	 "公务接待费支出决算1.20万元，占18.75%。\n",
	 2, CF_SEVERITY_ERROR, "5.20万元 / 6.40万元 = 81.25%"},
	{"percent/no-opening-whole", "percent-mismatch",
	 "2023年度“三公”经费财政拨款支出决算为6.40万元。\n"
	 "公务接待费支出决算1.20万元，占28.75%。\n",
	 0, 0, NULL},
	{"percent/near-is-note", "percent-mismatch",
	 "提拔69人，其中从急难险重一线提拔59人，占提拔干部数量的85.6%。\n", 1, CF_SEVERITY_NOTE,
	 "one unit in the last place"},
	{"percent/budget-holds", "percent-mismatch",
	 "“三公”经费2022年预算数为1.2万元，2022年决算数为0.25万元，完成预算的21%，接待考察组2批。\n",
	 0, 0, NULL},
	{"percent/budget-broken", "percent-mismatch",
	 "“三公”经费2022年预算数为1.2万元，2022年决算数为0.25万元，完成预算的31%。\n", 1,
	 CF_SEVERITY_ERROR, "0.25万元 / 1.2万元 = 20.83%"},
	{"percent/execution-components-hold", "percent-mismatch",
	 "2022年度专项资金上年结转2.65万元，年初预算153.03万元，年中追加105.78万元，"
	 "实际支付项目资金261.46万元，执行率100%。\n",
	 0, 0, NULL},
	{"percent/execution-components-broken", "percent-mismatch",
	 "2022年度专项资金上年结转2.65万元，年初预算153.03万元，年中追加105.78万元，"
	 "实际支付项目资金261.46万元，执行率90%。\n",
	 1, CF_SEVERITY_ERROR, "(153.03万元 + 105.78万元 + 2.65万元) = 100%"},
	{"percent/execution-whole-budget", "percent-mismatch",
	 "全年预算数为500万元，全年执行数为450万元，预算执行率为95%。\n", 1, CF_SEVERITY_ERROR,
	 "450万元 / 500万元 = 90%"},
	/* the amount done and the amount not done: the rate is done / (done + not done) */
	{"percent/done-and-left-broken", "percent-mismatch",
	 "2022年资金支付18501.096万元，未支703万元，支付率90%。\n", 1, CF_SEVERITY_ERROR,
	 "18501.096万元 / (18501.096万元 + 703万元) = 96.34%"},
	{"percent/done-and-left-holds", "percent-mismatch",
	 "2022年资金支付18501.096万元，未支703万元，支付率96.34%。\n", 0, 0, NULL},
	/* a unit off that no cut or rounding gives (96.34% cut is 96, rounded up 97): an error */
	{"percent/done-and-left-unit-off", "percent-mismatch",
	 "2022年资金支付18501.096万元，未支703万元，支付率95%。\n", 1, CF_SEVERITY_ERROR,
	 "= 96.34%"},
	/* a quotient cut to the places stated (2/3 as 66.6%): a note */
	{"percent/cut-quotient-is-note", "percent-mismatch",
	 "全年预算300.00万元，实际支出200.00万元，预算执行率66.6%。\n", 1, CF_SEVERITY_NOTE,
	 "one unit in the last place"},
	{"percent/no-base-coverage", "percent-mismatch",
	 "基层公共服务覆盖率达98%，群众满意度为99.85%，小区党员占比达50.1%。\n", 0, 0, NULL},
	{"percent/no-base-execution-rate", "percent-mismatch",
	 "年底前经费支付完成率为97.13%，主要原因是疫情影响。\n", 0, 0, NULL},
	{"percent/over-budget-words-contradict", "percent-mismatch",
	 "2022年决算数为120万元，完成年初预算的98%，决算数大于预算数的主要原因是追加项目。\n", 1,
	 CF_SEVERITY_ERROR, "must be above 100%"},
	{"percent/over-budget-words-hundred", "percent-mismatch",
	 "2022年决算数为120万元，完成年初预算的100%，决算数大于预算数的主要原因是追加项目。\n", 1,
	 CF_SEVERITY_WARNING, "unless the gap is under 0.5%"},
	{"percent/under-budget-words-agree", "percent-mismatch",
	 "2022年决算数为120万元，完成年初预算的98%，决算数小于预算数的主要原因是厉行节约。\n", 0,
	 0, NULL},
	{"percent/named-whole-holds", "percent-mismatch",
	 "2022年支出总额1000万元，其中基本支出600万元，占支出总额的60%。\n", 0, 0, NULL},
	{"percent/named-whole-broken", "percent-mismatch",
	 "2022年支出总额1000万元，主要用于保障运转。基本支出600万元，占支出总额的65%。\n", 1,
	 CF_SEVERITY_ERROR, "600万元 / 1000万元 = 60%"},
	{"percent/named-whole-ambiguous", "percent-mismatch",
	 "2022年支出总额1000万元，2021年支出总额900万元，基本支出600万元，占支出总额的65%。\n", 0,
	 0, NULL},
	/* 分别为X和Y，占…的P和Q: each share is of its own figure, in order */
	{"percent/respective-list-holds", "percent-mismatch",
	 "全市政府采购规模为5000万元。甲类、乙类单位采购规模分别为1200万元和3800万元，"
	 "占全市政府采购规模的24%和76%。\n",
	 0, 0, NULL},
	{"percent/respective-list-first-broken", "percent-mismatch",
	 "全市政府采购规模为5000万元。甲类、乙类单位采购规模分别为1200万元和3800万元，"
	 "占全市政府采购规模的26%和76%。\n",
	 1, CF_SEVERITY_ERROR, "1200万元 / 5000万元 = 24%"},
	{"percent/respective-list-second-broken", "percent-mismatch",
	 "全市政府采购规模为5000万元。甲类单位1200万元、乙类单位3800万元，"
	 "分别占全市政府采购规模的24%和74%。\n",
	 1, CF_SEVERITY_ERROR, "3800万元 / 5000万元 = 76%"},
	{"percent/growth-is-not-a-share", "percent-mismatch",
	 "提拔69人，比上年增长15%。\n", 0, 0, NULL},
	/* 占X Y%: the whole named right before the figure */
	{"percent/share-of-phrase-broken", "percent-mismatch",
	 "2023年政府采购预算17000元。货物类采购10000元，占政府采购预算68.8%，服务类采购7000元，"
	 "占政府采购预算41.2%。\n",
	 1, CF_SEVERITY_ERROR, "the share of 政府采购预算 68.8% does not follow from its base: "
	 "10000元 / 17000元 = 58.8"},
	{"percent/share-of-phrase-holds", "percent-mismatch",
	 "2023年政府采购预算17000元。货物类采购10000元，占政府采购预算 58.8%，服务类采购7000元，"
	 "占政府采购预算 41.2%。\n",
	 0, 0, NULL},
	/* 占X比重为: the whole named before 比重, not before a 的 */
	{"percent/share-of-bizhong-broken", "percent-mismatch",
	 "2024年，全市一般公共预算收入284.1亿元，同比减收5.9亿元，下降2%。其中：税收收入172.2亿元，"
	 "占一般公共预算收入比重为57.1%。\n",
	 1, CF_SEVERITY_ERROR, "172.2亿元 / 284.1亿元 = 60.612%"},
	{"percent/share-of-bizhong-holds", "percent-mismatch",
	 "2024年，全市一般公共预算收入284.1亿元，同比减收5.9亿元，下降2%。其中：税收收入162.2亿元，"
	 "占一般公共预算收入比重为57.1%。\n",
	 0, 0, NULL},
	/* the share of a figure whose growth rate comes between, its whole named a line before;
	 * the line's other figures name only the end of that whole */
	{"percent/share-after-growth-rate-broken", "percent-mismatch",
	 "2024年，全市一般公共预算收入284.1亿元。\n"
	 "市级一般公共预算收入49.5亿元，同比增长7%，县级一般公共预算收入234.6亿元，同比下降3.7%。"
	 "中心城区一般公共预算收入78.9亿元，同比增长17.9%，占全市一般公共预算收入比重为30.8%。\n",
	 2, CF_SEVERITY_ERROR, "78.9亿元 / 284.1亿元 = 27.77"},
	{"percent/share-after-growth-rate-holds", "percent-mismatch",
	 "2024年，全市一般公共预算收入284.1亿元。\n"
	 "市级一般公共预算收入49.5亿元，同比增长7%，县级一般公共预算收入234.6亿元，同比下降3.7%。"
	 "中心城区一般公共预算收入78.9亿元，同比增长17.9%，占全市一般公共预算收入比重为27.8%。\n",
	 0, 0, NULL},
	/* the share of a figure whose change in money comes between; then a change in points,
	 * which is no share */
	{"percent/share-after-change-broken", "percent-mismatch",
	 "全区政府采购规模为30817.8万元。\n"
	 "货物类采购规模为4285.51万元,较上年同期增加3297.75万元,占全区政府采购规模的15.91%,"
	 "较上年同期上升5.6个百分点。\n",
	 2, CF_SEVERITY_ERROR, "4285.51万元 / 30817.8万元 = 13.906"},
	{"percent/share-after-change-holds", "percent-mismatch",
	 "全区政府采购规模为30817.8万元。\n"
	 "货物类采购规模为4285.51万元，较上年同期增加3297.75万元，占全区政府采购规模的13.91%，"
	 "较上年同期上升5.6个百分点。\n",
	 0, 0, NULL},
	{"percent/points-are-no-share", "percent-mismatch",
	 "全区政府采购规模为30817.8万元。\n"
	 "货物类采购规模为4285.51万元，占全区政府采购规模的比重提高5.6个百分点。\n",
	 0, 0, NULL},
	{"percent/share-whole-only-partly-named", "percent-mismatch",
	 "市级一般公共预算收入49.5亿元，同比增长7%，县级一般公共预算收入234.6亿元，同比下降3.7%。"
	 "中心城区一般公共预算收入78.9亿元，同比增长17.9%，占全市一般公共预算收入比重为30.8%。\n",
	 0, 0, NULL},
	/* ---- percent: whole people (GRIM) ---- */
	{"grim/unreachable", "percent-unreachable", "提拔69人，其中女性干部占33.5%。\n", 1,
	 CF_SEVERITY_ERROR, "no whole number of 69人 gives 33.5%"},
	/* an average is no count of things (r127-09) */
	{"grim/average-no-whole", "percent-unreachable", "每校平均拥有数据库111个,其中市属高校数据库数占比28.92%。\n",
	 0, 0, NULL},
	{"grim/reachable", "percent-unreachable", "提拔69人，其中女性干部占33.3%。\n", 0, 0, NULL},
	{"grim/reachable-integer", "percent-unreachable", "共有干部40名，其中女性干部占35%。\n", 0,
	 0, NULL},
	{"grim/unreachable-integer", "percent-unreachable", "共有干部40名，其中女性干部占36%。\n",
	 1, CF_SEVERITY_ERROR, NULL},
	{"grim/money-is-not-people", "percent-unreachable",
	 "支出69万元，其中公用经费占33.5%。\n", 0, 0, NULL},
	{"grim/approximate-count", "percent-unreachable", "服务群众约69人，其中老人占33.5%。\n", 0,
	 0, NULL},
	/* ---- shares of one whole ---- */
	/* each item against its own budget: ratios, not shares of one whole */
	{"shares/attained-against-own-budget", "shares-exceed-whole",
	 "税务部门完成13866万元，占调整预算90.93%；财政部门完成14717万元，占调整预算95.14%。\n", 0, 0,
	 NULL},
	{"shares/member-above-whole", "shares-exceed-whole",
	 "甲类支出占年度总额的120%，乙类支出占年度总额的30%。\n", 0, 0, NULL},
	{"shares/exceed-same-object", "shares-exceed-whole",
	 "基本支出600万元，占总支出的60%；项目支出450万元，占总支出的45%。\n", 1,
	 CF_SEVERITY_ERROR, "shares of 总支出 add up to 105%"},
	/* one share of each of two wholes named together (r132-17, r132-19, r97-38) */
	{"shares/respective-wholes", "shares-exceed-whole",
	 "体育用品制造的总产出和增加值最大,分别为11962.1亿元和2863.9亿元,占体育产业总产出和增加值的比重"
	 "分别为62.9%和44.2%。\n", 0, 0, NULL},
	{"shares/respective-wholes-one-more", "shares-exceed-whole",
	 "甲乙丙三类支出分别为60万元、50万元和20万元，占总支出和总收入的比重分别为60%、50%和20%。\n", 1,
	 CF_SEVERITY_ERROR, "add up to 130%"},
	/* a share of a count and one of an amount are of two wholes (r128-08) */
	{"shares/count-and-amount", "shares-exceed-whole",
	 "全省379个PPP项目已开工建设,同比增加168个,占落地项目的74.8%;开工项目投资额4061亿元,"
	 "占落地项目的77.2%。\n", 0, 0, NULL},
	/* attributes of one staff overlap (r127-01, r127-13) */
	{"shares/attributes-overlap", "shares-exceed-whole",
	 "专任教师中,“双师型”教师335人,占专任教师的比例为23.22%;具有高级职称的专任教师874人,占专任教师"
	 "的比例为60.57%;具有研究生学位(硕士和博士)的专任教师1,348人,占专任教师的比例为93.42%。\n", 0, 0,
	 NULL},
	{"shares/one-attribute-exceeds", "shares-exceed-whole",
	 "专任教师中,具有高级职称的教师874人,占专任教师的比例为60.57%;其他教师600人,占专任教师的比例为"
	 "50%。\n", 1, CF_SEVERITY_ERROR, "add up to 110.57%"},
	/* a whole named by its place alone is each part's own measure's total there (r78-04),
	 * and 当月 makes it each part's month's (r78-32); a named whole is one */
	{"shares/place-alone", "shares-exceed-whole",
	 "全省县域金融机构存款余额9669亿元,占全省的49.74%;贷款余额5224亿元,占全省的34.7%;个人储蓄"
	 "3824亿元,占全省的52.03%。\n", 0, 0, NULL},
	{"shares/place-and-name", "shares-exceed-whole",
	 "县域存款余额9669亿元,占全省存款的69.74%;县域贷款余额5224亿元,占全省存款的34.7%。\n", 1,
	 CF_SEVERITY_ERROR, "shares of 全省存款 add up to 104.44%"},
	{"shares/each-region-listed", "shares-exceed-whole",
	 "东、中、西和东北地区100Mbps及以上固定宽带接入用户分别达到14219万户、7520万户、7479万户和1986万户,"
	 "占本地区固定互联网宽带接入用户总数的比重分别为74.8%、74.9%、70.1%、76.5%。\n", 0, 0, NULL},
	{"shares/each-month", "shares-exceed-whole",
	 "2月、3月单月分别增加840亿元和1477亿元,占当月全部贷款增量的70%和45%。\n", 0, 0, NULL},
	/* a rate named after another's share, with no 占 of its own since that share, is no
	 * share of that whole (r46-08, r42-22); one that says 占 again is */
	{"shares/rate-after-share", "shares-exceed-whole",
	 "等级公路占公路总里程的比例为94.66%,居全国第11位;水泥、沥青路面铺装率为89.36%,居全国第7位。\n",
	 0, 0, NULL},
	{"shares/share-after-share", "shares-exceed-whole",
	 "等级公路占公路总里程的比例为94.66%,居全国第11位;高速公路占公路总里程的比例为9.36%。\n",
	 1, CF_SEVERITY_ERROR, "94.66% + 9.36%"},
	{"shares/complete", "shares-exceed-whole",
	 "基本支出600万元，占总支出的60%；项目支出400万元，占总支出的40%。\n", 0, 0, NULL},
	{"shares/listed-exceed", "shares-exceed-whole",
	 "工资福利支出、商品和服务支出、对个人和家庭的补助分别占支出总额的45%、38%、27%。\n", 1,
	 CF_SEVERITY_ERROR, "45% + 38% + 27%"},
	/* shares above 100% even without the largest are each of its own whole (r117-11,
	 * r116-19); one slip in a whole's breakdown is still found (r117-16: 66.9 for 6.9) */
	{"shares/of-several-wholes", "shares-exceed-whole",
	 "2023年末,全国第三产业法人单位数、从业人员和资产总计占比分别为79.3%、61.7%和82.5%。\n", 0,
	 0, NULL},
	{"shares/one-slip", "shares-exceed-whole",
	 "受教育程度为未上过学、小学、初中、高中、大专及以上的分别占3.2%、46.7%、42.9%、66.9%、0.6%。\n",
	 1, CF_SEVERITY_ERROR, "add up to 160.3%"},
	{"shares/listed-rounding", "shares-exceed-whole",
	 "三项支出分别占支出总额的33.4%、33.3%、33.4%。\n", 0, 0, NULL},
	{"shares/nested-qizhong", "shares-exceed-whole",
	 "基本支出600万元，占总支出的60%，其中人员经费500万元，占总支出的50%。\n", 0, 0, NULL},
	{"shares/two-years", "shares-exceed-whole",
	 "2022年基本支出占总支出的60%；2021年基本支出占总支出的55%。\n", 0, 0, NULL},
	/* 同类: each part's own whole, named alike */
	{"shares/relative-whole", "shares-exceed-whole",
	 "采购节能产品600万元，占同类产品采购规模的90%，采购环保产品700万元，"
	 "占同类产品采购规模的88%。\n",
	 0, 0, NULL},
	/* each item's own plan: completion rates (r42-18, r42-19) */
	{"shares/own-plans", "shares-exceed-whole",
	 "完成地区生产总值10.3亿元,同比增长14.4%,占年计划的53.3%;公共财政预算收入1606.5万元,同比增长8%,"
	 "占年计划的45%;税收收入2780万元,同比增长21%,占年计划的45.6%。\n",
	 0, 0, NULL},
	{"shares/relative-whole-traditional", "shares-exceed-whole",
	 "全國強制和優先采購節能產品規模達到1346.3億元，占同類產品采購規模的71.5%；全國優先采購環保"
	 "產品規模達到1360億元，占同類產品采購規模的81.5%。\n",
	 0, 0, NULL},
	{"shares/different-wholes", "shares-exceed-whole",
	 "基本支出占总支出的60%；人员经费占基本支出的90%。\n", 0, 0, NULL},
	/* one whole broken down twice, one breakdown after the other */
	{"shares/two-breakdowns", "shares-exceed-whole",
	 "收入完成2000万元，从征收部门看，甲部门完成1200万元，占收入的60%；乙部门完成800万元，"
	 "占收入的40%。从收入类别看，税收收入1500.4万元，占收入的75.02%；非税收入499.6万元，"
	 "占收入的24.98%。\n",
	 0, 0, NULL},
	{"shares/second-breakdown-exceeds", "shares-exceed-whole",
	 "收入完成2000万元，甲部门完成1200万元，占收入的60%；乙部门完成800万元，占收入的40%。"
	 "税收收入1500万元，占收入的75%；非税收入600万元，占收入的30%。\n",
	 1, CF_SEVERITY_ERROR, "60% + 40% + 75% + 30%"},
	{"shares/breakdown-then-one-share", "shares-exceed-whole",
	 "甲部门完成1200万元，占收入的60%；乙部门完成800万元，占收入的40%；税收收入占收入的75%。\n",
	 1, CF_SEVERITY_ERROR, "60% + 40% + 75%"},
	/* the whole stated again between two shares: two wholes of one name */
	{"shares/whole-restated", "shares-exceed-whole",
	 "全市政府采购预算执行16368.51万元，实际采购金额14993.34万元，实际采购金额中公开招标"
	 "10243.85万元，占实际采购金额的68.32%。市本级政府采购预算执行2434.80万元，实际采购金额"
	 "2170.10万元，实际采购金额中公开招标1580.62万元，占实际采购金额的72.84%。\n",
	 0, 0, NULL},
	/* lists of shares by several sides, one per sentence: each list on its own */
	{"shares/lists-by-sides", "shares-exceed-whole",
	 "货物、工程、服务政府采购规模分别为0.72亿元、0.02亿元和0.59亿元，占全市政府采购规模比例为"
	 "54.54%、1.51%和44.69%。从组织形式看，集中采购、分散采购规模分别为0.54亿元和0.78亿元，"
	 "占全市政府采购规模的40.91%和59.09%。\n",
	 1, CF_SEVERITY_ERROR, "add up to 100.74%: 54.54% + 1.51% + 44.69%, more"},
	{"shares/lists-by-sides-hold", "shares-exceed-whole",
	 "货物、工程、服务政府采购规模分别为0.72亿元、0.02亿元和0.58亿元，占全市政府采购规模比例为"
	 "54.54%、1.52%和43.94%。从组织形式看，集中采购、分散采购规模分别为0.54亿元和0.78亿元，"
	 "占全市政府采购规模的40.91%和59.09%。\n",
	 0, 0, NULL},
	/* a complete breakdown, then in the next sentence one share of another (by method) */
	{"shares/breakdown-then-other-sentence", "shares-exceed-whole",
	 "货物类、工程类和服务类采购金额分别为6571.4亿元、11155.2亿元和3343.9亿元，占全国政府采购"
	 "规模的比重为31.2%、52.9%和15.9%。公开招标金额为16413.5亿元，占全国政府采购规模的77.9%。\n",
	 0, 0, NULL},
	{"shares/partial-then-other-sentence", "shares-exceed-whole",
	 "货物类采购金额6571.4亿元，占全国政府采购规模的31.2%，工程类占全国政府采购规模的52.9%。"
	 "公开招标金额为16413.5亿元，占全国政府采购规模的77.9%。\n",
	 1, CF_SEVERITY_ERROR, "31.2% + 52.9% + 77.9%"},
	/* a rate right after a part of the spending is the part's, its budget not stated */
	{"percent/part-rate-after-total", "percent-mismatch",
	 "“三公”经费财政拨款支出年初预算为683.51万元，支出决算为358.18万元，完成预算的52.4%，其中："
	 "因公出国(境)费决算为0万元，完成预算的0%；公务接待费支出决算为41.61万元，完成预算的22.12%。\n",
	 0, 0, NULL},
	{"percent/total-rate-broken", "percent-mismatch",
	 "“三公”经费财政拨款支出年初预算为683.51万元，支出决算为358.18万元，完成预算的54.2%，其中："
	 "因公出国(境)费决算为0万元，完成预算的0%。\n",
	 1, CF_SEVERITY_ERROR, "358.18万元 / 683.51万元"},
	/* the part named before 占, its label ending with its verb */
	{"percent/part-named-with-verb", "percent-mismatch",
	 "本级收入49508万元，比报告数49500万元增加8万元。其中税收收入完成31283万元、非税收入完成18225万元，"
	 "税收收入占本级收入的比重为63.2%。\n",
	 0, 0, NULL},
	{"percent/part-named-with-verb-broken", "percent-mismatch",
	 "本级收入49508万元，比报告数49500万元增加8万元。其中税收收入完成31283万元、非税收入完成18225万元，"
	 "税收收入占本级收入的比重为65.2%。\n",
	 1, CF_SEVERITY_ERROR, "31283万元 / 49508万元"},
	/* a share after a parenthesis breaking its figure down is the figure's */
	{"percent/share-after-aside", "percent-mismatch",
	 "奖补项目总额投资为867万元，其中财政基本奖补资金348万元(市财政奖补262万元,区财政奖补86万元),"
	 "约占投资总额的40%。\n",
	 0, 0, NULL},
	{"percent/share-after-aside-broken", "percent-mismatch",
	 "奖补项目总额投资为867万元，其中财政基本奖补资金348万元(市财政奖补262万元,区财政奖补86万元),"
	 "约占投资总额的45%。\n",
	 1, CF_SEVERITY_ERROR, "348万元 / 867万元"},
	/* a share of money is no share of a count */
	{"percent/money-share-not-of-count", "percent-mismatch",
	 "全市累计发放个人住房贷款42.22亿元，发放贷款人数35034人，其中当年发放个人住房贷款15.77亿元共"
	 "8678人，当年发放贷款占当年归集住房公积金的80.75%。\n",
	 0, 0, NULL},
	/* a sentence opening with what a whole is made of: its shares are of that whole, named
	 * before on a line whose year is the figure's (较2019年 is the year compared with) */
	{"percent/share-of-opened-make-up", "percent-mismatch",
	 "县委党校2020年度部门决算\n本部门2020年度收入总计231.24万元,其中年初结转和结余0万元,较2019年增加"
	 "5.24万元,增长2.3%;本年收入合计231.24万元,较2019年增加5.24万元,增长2.3%。\n"
	 "本年收入的具体构成为:财政拨款收入213.24万元,占100%;事业收入0万元,占0%;其他收入0万元,占0%。\n",
	 3, CF_SEVERITY_ERROR, "213.24万元 / 231.24万元 = 92.22%"},
	{"percent/share-of-opened-make-up-holds", "percent-mismatch",
	 "县委党校2020年度部门决算\n本部门2020年度收入总计231.24万元,其中年初结转和结余0万元,较2019年增加"
	 "5.24万元,增长2.3%;本年收入合计231.24万元,较2019年增加5.24万元,增长2.3%。\n"
	 "本年收入的具体构成为:财政拨款收入231.24万元,占100%;事业收入0万元,占0%;其他收入0万元,占0%。\n",
	 0, 0, NULL},
	/* a share of "X额" is of the figure named X */
	{"percent/share-of-named-amount", "percent-mismatch",
	 "2010年当年归集住房公积金19.53亿元，完成省下达计划的105.4%；住房公积金提取10.15亿元，"
	 "占当年归集额的52.05%，当年结余9.38亿元。\n",
	 1, CF_SEVERITY_WARNING, "10.15亿元 / 19.53亿元 = 51.9713%"},
	{"percent/share-of-named-amount-holds", "percent-mismatch",
	 "2010年当年归集住房公积金19.53亿元，完成省下达计划的105.4%；住房公积金提取10.15亿元，"
	 "占当年归集额的51.97%，当年结余9.38亿元。\n",
	 0, 0, NULL},
	/* 分别 shares after parts each in its own clause: in order */
	{"percent/respective-parts-in-clauses", "percent-mismatch",
	 "共投入财政扶贫资金10 851.8万元，其中中央财政资金10 444.85万元，省财政资金406.95万元，"
	 "分别占96.25%和占3.75%，期末结转结余4316万元。\n",
	 0, 0, NULL},
	{"percent/respective-parts-in-clauses-broken", "percent-mismatch",
	 "共投入财政扶贫资金10851.8万元，其中中央财政资金10444.85万元，省财政资金406.95万元，"
	 "分别占96.25%和3.95%。\n",
	 1, CF_SEVERITY_ERROR, "406.95万元 / 10851.8万元 = 3.7501%"},
	/* 节约率: the saving over what was budgeted */
	{"percent/saving-rate-holds", "percent-mismatch",
	 "货物类采购计划金额共计48962.44万元，实际采购金额共计39944.66万元，共节约资金9017.78万元，"
	 "节约率为18.42%。\n",
	 0, 0, NULL},
	{"percent/saving-rate-broken", "percent-mismatch",
	 "货物类采购计划金额共计48962.44万元，实际采购金额共计39944.66万元，共节约资金9017.78万元，"
	 "节约率为20.42%。\n",
	 1, CF_SEVERITY_ERROR, "48962.44万元 = 18.4178%"},
	{"percent/saving-rate-truncated", "percent-mismatch",
	 "工程类采购计划金额共计30005.94万元，实际采购金额共计24380.43万元，共节约资金5625.51万元，"
	 "节约率为18%。\n",
	 1, CF_SEVERITY_NOTE, "30005.94万元 = 18.75%"},
	/* ---- saving: an audit's cut, a purchase's saving ---- */
	/* a budget after 占 is a share's base, not the purchases' budget: the rate is over
	 * what was bought plus the saving (r49-39), 采购额 naming what was bought (r49-40) */
	{"saving/rate-past-share-base", "percent-mismatch",
	 "实现政府采购额14007万元,占全年政府采购预算16000万元的87.5%,节约资金1668万元,资金节约率10.64%。\n",
	 0, 0, NULL},
	{"saving/rate-past-share-base-broken", "percent-mismatch",
	 "实现政府采购额14007万元,占全年政府采购预算16000万元的87.5%,节约资金1668万元,资金节约率10.94%。\n",
	 1, CF_SEVERITY_ERROR, "(14007万元 + 1668万元)"},
	{"saving/rate-over-bought-broken", "percent-mismatch",
	 "完成政府采购额4303.58万元,节约资金480.62万元,节约率10.5%。\n", 1, CF_SEVERITY_ERROR,
	 "480.62万元 / (4303.58万元 + 480.62万元)"},
	{"saving/audit-holds", "saving-mismatch",
	 "1、学生公寓5#楼结算送审金额61100496.69元，审定金额55561370.35元，审减金额5539126.34元，"
	 "净审减率9.07%。\n",
	 0, 0, NULL},
	{"saving/audit-cut-broken", "saving-mismatch",
	 "本项目送审金额1000.00万元，审定金额900.00万元，审减金额90.00万元，审减率9.00%。\n", 1,
	 CF_SEVERITY_ERROR, "is not 本项目送审金额 1000.00万元 − 审定金额 900.00万元 = 100万元"},
	{"saving/audit-rate-broken", "percent-mismatch",
	 "全县共评审项目45个，送审金额115991万元，审定金额97219万元，审减金额18772万元，审减率16.39%。\n",
	 1, CF_SEVERITY_ERROR, "审减金额 18772万元 / 送审金额 115991万元 = 16.184%"},
	{"saving/audit-rate-truncated", "percent-mismatch",
	 "共评审建设项目62个，送审金额46,652万元，审定金额35,816万元，审减金额10,836万元，审减率为23.22%。\n",
	 1, CF_SEVERITY_NOTE, "= 23.2273%"},
	/* each project's own figures, in one sentence */
	{"saving/projects-of-one-sentence", "saving-mismatch",
	 "甲项目送审金额100万元，审定金额90万元，审减金额10万元；乙项目送审金额200万元，"
	 "审定金额150万元，审减金额60万元。\n",
	 1, CF_SEVERITY_ERROR, "送审金额 200万元 − 审定金额 150万元 = 50万元"},
	{"saving/projects-of-one-sentence-hold", "saving-mismatch",
	 "甲项目送审金额100万元，审定金额90万元，审减金额10万元；乙项目送审金额200万元，"
	 "审定金额150万元，审减金额50万元。\n",
	 0, 0, NULL},
	/* 审增: approved above submitted */
	{"saving/increase", "saving-mismatch",
	 "该工程报审金额200万元，审定金额230万元，审增金额20万元。\n", 1, CF_SEVERITY_ERROR,
	 "审定金额 230万元 − 该工程报审金额 200万元 = 30万元"},
	{"saving/overstated-holds", "saving-mismatch",
	 "义马市水利局报审的施工结算价1,464,196.00元，经审计，审定结算价为862,908.07元，"
	 "多计工程价款601,287.93元。\n",
	 0, 0, NULL},
	{"saving/overstated-broken", "saving-mismatch",
	 "义马市水利局报审的施工结算价1,464,196.00元，经审计，审定结算价为862,908.07元，"
	 "多计工程价款611,287.93元。\n",
	 1, CF_SEVERITY_ERROR, "= 601287.93元"},
	/* a cut broken down: its parts are no cuts of their own */
	{"saving/cut-parts", "saving-mismatch",
	 "该项目送审总投资5939万元，审定总投资5840.75万元，审计核减投资98.25万元，其中：建安工程投资"
	 "核减73.85万元、待摊投资核减24.4万元。\n",
	 0, 0, NULL},
	/* a share between the paid amount and the saving */
	{"saving/share-between", "saving-mismatch",
	 "市本级完成政府采购预算12.2亿元，实际采购金额10.31亿元，占全市的62.6%，节约资金1.99亿元，"
	 "资金节约率达15.5%。\n",
	 1, CF_SEVERITY_ERROR, "= 1.89亿元"},
	/* saved against the plan: the plan is what was paid plus the saving */
	{"saving/against-plan-holds", "percent-mismatch",
	 "2024年，全市政府采购规模为32.72亿元，较采购计划节约资金5.51亿元，资金节约率达14.41%。\n", 0, 0,
	 NULL},
	{"saving/against-plan-broken", "percent-mismatch",
	 "2024年，全市政府采购规模为32.72亿元，较采购计划节约资金5.51亿元，资金节约率达16.41%。\n", 1,
	 CF_SEVERITY_ERROR, "(32.72亿元 + 5.51亿元)"},
	/* no budget stated: what was bought plus the saving */
	{"saving/rate-of-bought-and-saved", "percent-mismatch",
	 "截至9月底，中央国家机关政府集中采购规模达到34.12亿元，超过2004年全年30.8亿元的采购规模，"
	 "同比增长87.8%，节约资金7.54亿元，资金平均节约率达17.1%。\n",
	 1, CF_SEVERITY_ERROR, "7.54亿元 / (34.12亿元 + 7.54亿元)"},
	{"saving/rate-of-bought-and-saved-holds", "percent-mismatch",
	 "截至9月底，中央国家机关政府集中采购规模达到34.12亿元，同比增长87.8%，节约资金7.54亿元，"
	 "资金平均节约率达18.1%。\n",
	 0, 0, NULL},
	/* a table of audited projects */
	{"saving/table-cut", "saving-mismatch",
	 "表1 结算审核情况\n单位：元\n| 项目名称 | 送审金额 | 审定金额 | 审减金额 | 审减率 |\n"
	 "| 围墙工程 | 2591717.32 | 2331445.15 | 260272.17 | 10.04% |\n"
	 "| 园路工程 | 749765.14 | 691977.90 | 67787.24 | 7.71% |\n",
	 5, CF_SEVERITY_ERROR, "= 57787.24"},
	{"saving/table-rate", "percent-mismatch",
	 "表1 结算审核情况\n单位：元\n| 项目名称 | 送审金额 | 审定金额 | 审减金额 | 审减率 |\n"
	 "| 围墙工程 | 2591717.32 | 2331445.15 | 260272.17 | 11.04% |\n"
	 "| 园路工程 | 749765.14 | 691977.90 | 57787.24 | 7.71% |\n",
	 4, CF_SEVERITY_ERROR, "= 10.04"},
	/* ---- budget ---- */
	/* 预算稳定调节基金 is a fund, no budget (r30-22) */
	/* a budget written with fewer decimals than the spending is read at the spending's:
	 * 2万元 beside 2.05万元 is 2.00 (r63-20), as a list's parts and total are */
	{"budget/at-spending-scale-broken", "over-budget",
	 "公务接待费年初预算为2万元，实际支出2.05万元。\n", 1, CF_SEVERITY_WARNING, "by 0.05万元"},
	{"budget/at-spending-scale", "over-budget",
	 "公务接待费年初预算为2万元，实际支出1.98万元。\n", 0, 0, NULL},
	{"budget/at-spending-scale-approx", "over-budget",
	 "公务接待费年初预算约2万元，实际支出2.05万元。\n", 0, 0, NULL},
	/* 一般公共预算 names the fund, not a budget figure (r66-23) */
	{"budget/general-budget-is-a-fund", "over-budget",
	 "2017年,示范区一般公共预算教育经费3335.17万元,占一般公共预算支出29472万元的比例为11.32%。\n", 0, 0,
	 NULL},
	{"budget/general-budget-with-budget-broken", "over-budget",
	 "一般公共预算年初预算数100万元，实际支出120万元。\n", 1, CF_SEVERITY_WARNING, "by 20万元"},
	{"budget/stabilisation-fund-no-budget", "over-budget",
	 "全区一般公共预算支出60.07亿元,增长5.8%;上解上级支出、地方政府一般债券还本支出、安排预算稳定"
	 "调节基金等7.74亿元,支出共计67.81亿元。\n",
	 0, 0, NULL},
	{"budget/adjusted-stated", "over-budget",
	 "本年支出预算数3786.71万元，调整数4610.19万元，决算数4610.19万元。\n", 0, 0, NULL},
	{"budget/seed-000-style", "over-budget",
	 "2021年我单位项目支出预算共 1900 万元，包含项目  1个，实际支出 2000 万元，涵盖项目 1 个。\n",
	 1, CF_SEVERITY_WARNING, "exceeds the budget 1900万元 by 100万元 (105.3%)"},
	/* a report in traditional script is read as in simplified (r58-06) */
	{"budget/traditional-script", "over-budget",
	 "2017年度一般公共預算財政撥款“三公”經費支出預算為12.50萬元,支出決算為13.07萬元,完成預算104.56%。\n",
	 1, CF_SEVERITY_WARNING, "exceeds the budget 12.50万元 by 0.57万元 (104.6%)"},
	{"budget/approved", "over-budget",
	 "（三）2022年预算批复2223.6万元，全年实际支出3027.51万元。其中基本支出1589.25万元。\n", 1,
	 CF_SEVERITY_WARNING, "by 803.91万元 (136.2%)"},
	{"budget/within", "over-budget", "2022年预算批复2223.6万元，全年实际支出2000万元。\n", 0, 0,
	 NULL},
	{"budget/components-within", "over-budget",
	 "上年结转2.65万元，年初预算153.03万元，年中追加105.78万元，实际支付项目资金261.46万元。\n",
	 0, 0, NULL},
	{"budget/components-over", "over-budget",
	 "上年结转2.65万元，年初预算153.03万元，年中追加105.78万元，实际支付项目资金300万元。\n", 1,
	 CF_SEVERITY_WARNING, "the budget 153.03万元 + 105.78万元 + 2.65万元 by 38.54万元"},
	/* income above its budget is no overspending; spending of the next sentence still is */
	{"budget/income-over-budget", "over-budget",
	 "本年收入预算数302.41亿元，决算数303.02亿元，完成预算的100.2%。\n", 0, 0, NULL},
	{"budget/spending-after-income", "over-budget",
	 "本年收入预算数302.41亿元，决算数303.02亿元。本年支出预算数300亿元，决算数303.02亿元。\n", 1,
	 CF_SEVERITY_WARNING, "exceeds the budget 300亿元 by 3.02亿元"},
	{"budget/cut-not-summed", "over-budget",
	 "年初预算100万元，年中调减20万元，实际支出90万元。\n", 0, 0, NULL},
	{"budget/two-spendings", "over-budget",
	 "预算100万元，实际支出90万元，决算数120万元。\n", 0, 0, NULL},
	{"budget/part-is-not-spending", "over-budget",
	 "预算100万元，实际支出90万元，其中项目支出120万元。\n", 0, 0, NULL},
	{"budget/table-row", "over-budget",
	 "2022年项目支出情况如下：\n金额单位：万元\n\t项目名称\n\t预算数\n\t实际支出\n\n\t项目甲\n\t100\n"
	 "\t90\n\n\t项目乙\n\t50\n\t60\n\n\t合计\n\t150\n\t150\n\n以上为全部项目。\n",
	 13, CF_SEVERITY_WARNING, "spending (实际支出) 60万元 exceeds the budget (预算数) 50万元"},
	{"budget/table-within", "over-budget",
	 "2022年项目支出情况如下：\n金额单位：万元\n\t项目名称\n\t预算数\n\t实际支出\n\n\t项目甲\n\t100\n"
	 "\t90\n\n\t项目乙\n\t50\n\t50\n\n\t合计\n\t150\n\t140\n\n以上为全部项目。\n",
	 0, 0, NULL},
	/* ---- change ---- */
	/* a budget variance (超收/短收) is neither this year's level nor a change */
	/* a parenthesis breaking the level down: the change after it is the level's; inside it,
	 * a figure's own change is the figure's */
	/* a level, its change and its rate, each after its verb alone: last year's comparison */
	/* a change after 与去年同期相比 is no last year's figure of the change after it */
	/* a rate right after last year's figure (比上年的L元增加Y%), no change stated: from the
	 * two levels (r47-01) */
	{"change/rate-after-last-year-figure", "change-mismatch",
	 "(1)全区普通小学为7857.06元,比上年的7681.97元增加2.28%。\n", 0, 0, NULL},
	{"change/rate-after-last-year-figure-broken", "change-mismatch",
	 "(1)全区普通小学为7857.06元,比上年的7681.97元增加3.28%。\n", 1, CF_SEVERITY_ERROR,
	 "(7857.06元 − 7681.97元) / last year's 7681.97元"},
	/* 与去年同期相比 compares as 与上年同期相比 does; a figure said to be about (约) holds either
	 * base in its range: no wrong base named (r114-21) */
	{"change/last-year-same-period", "change-mismatch",
	 "全国共销售福利彩票约700亿元,与去年同期相比增长150多亿元,增幅22.57%。\n", 1,
	 CF_SEVERITY_ERROR, "150亿元 / last year's (700亿元 − 150亿元) = 27.2727%"},
	{"change/last-year-same-period-holds", "change-mismatch",
	 "全国共销售福利彩票700亿元,与去年同期相比增长150亿元,增幅27.27%。\n", 0, 0, NULL},
	/* last year's figure after its year and words of what it is of (比2015年实际执行支出L),
	 * the change after 多出 (r114-39) */
	{"change/named-year-figure-of-spending", "change-mismatch",
	 "2016年安排中央本级彩票公益金425.98亿元,比2015年实际执行支出361.97亿元多出64亿多元,"
	 "增幅11.7%。\n",
	 1, CF_SEVERITY_ERROR, "64亿元 / last year's 361.97亿元 = 17.681%"},
	{"change/named-year-figure-of-spending-holds", "change-mismatch",
	 "2016年安排中央本级彩票公益金425.98亿元,比2015年实际执行支出361.97亿元多出64.01亿元,"
	 "增幅17.68%。\n",
	 0, 0, NULL},
	{"change/rate-after-named-year-figure-broken", "change-mismatch",
	 "2012年全年财务总收入为2049.78万元,较2011年总收入的706.93万元增长290%。\n", 1,
	 CF_SEVERITY_ERROR, "= 189.96%"},
	/* last year's figure after the comparison and what it is of (较上年预算L, 比2022年L,
	 * 较2022年预算L), no change stated: the rate from the two levels (r52-03) */
	{"change/rate-after-last-year-budget-broken", "change-mismatch",
	 "2023年培训费预算2.00万元，较2022年预算1.50万元增长75%，主要原因是培训增加。\n", 1,
	 CF_SEVERITY_ERROR, "(2.00万元 − 1.50万元) / last year's 1.50万元 = 33.33%"},
	{"change/rate-after-last-year-budget-holds", "change-mismatch",
	 "2023年培训费预算2.00万元，较2022年度预算1.50万元增长33.33%。\n", 0, 0, NULL},
	{"change/rate-after-cue-and-measure-broken", "change-mismatch",
	 "培训费预算2.00万元，比上年预算数1.50万元增长75%。\n", 1, CF_SEVERITY_ERROR,
	 "= 33.33%"},
	{"change/rate-after-named-year-broken", "change-mismatch",
	 "2023年培训费2.00万元，比2022年1.50万元增长75%。\n", 1, CF_SEVERITY_ERROR, "= 33.33%"},
	/* an aside after the level holding no figure leaves the change the level's (r109-29) */
	{"change/after-aside-broken", "change-mismatch",
	 "2016年,全国累计资助学生9126.14万人次(不包括义务教育免费教科书和营养(yǎng)膳食补助),比上年增加"
	 "692.87万人次,增幅7.6%。\n",
	 1, CF_SEVERITY_ERROR, "= 8.22%"},
	{"change/after-aside-holds", "change-mismatch",
	 "2016年,全国累计资助金额1688.76亿元(不包括义务教育免费教科书),比上年增加128.51亿元,增幅8.24%。\n",
	 0, 0, NULL},
	/* a growth on a base of 0 (r100-14, r99-19): a note, not when both years are 0 */
	{"change/zero-base", "change-mismatch",
	 "2024年度收入总计135.19万元,与2023年度相比,增加135.19万元,增长100.0%。\n", 1,
	 CF_SEVERITY_NOTE, "is of a base of 0 (last year's (135.19万元 − 135.19万元) = 0)"},
	{"change/zero-base-stated", "change-mismatch",
	 "2023年培训费2.00万元，比上年的0万元增长100%。\n", 1, CF_SEVERITY_NOTE,
	 "no rate follows from 0"},
	{"change/zero-both-years", "change-mismatch",
	 "2024年度因公出国费0万元,与2023年度相比,增加0万元,增长0%。\n", 0, 0, NULL},
	/* (a year two years back is no last year's: the rate is over two years, not checked) */
	{"change/rate-after-older-year", "change-mismatch",
	 "2023年培训费2.00万元，比2021年1.50万元增长75%。\n", 0, 0, NULL},
	/* a growth in times (增长N倍): N is the increase over last year's (r47-36); N as this
	 * year's over last year's is a note (r48-23); a qualifier before it is no verb's end */
	{"change/times-broken", "change-mismatch",
	 "政府预算卫生支出从2000年的709.52亿元到2017年的15517.30亿元,增长5.95倍。\n", 1,
	 CF_SEVERITY_ERROR, "(15517.30亿元 − 709.52亿元) / last year's 709.52亿元 = 20.8701"},
	{"change/times-holds", "change-mismatch",
	 "支出由2009年的664.73亿元增加到2210.56亿元,增长2.33倍。\n", 0, 0, NULL},
	{"change/times-of-the-figure", "change-mismatch",
	 "2012年全年财务总收入为2049.78万元,较2011年总收入的706.93万元增长近2.9倍。\n", 1,
	 CF_SEVERITY_NOTE, "增长近2.9倍 says this year's figure is 3.9 times last year's"},
	{"change/times-after-change", "change-mismatch",
	 "资产从4087.92亿元增加到了10487.82亿元,增加了6399.9亿元,增长了1.46倍。\n", 1,
	 CF_SEVERITY_ERROR, "6399.9亿元 / last year's 4087.92亿元 = 1.5656"},
	{"change/times-change-after-reach", "change-mismatch",
	 "资产从4087.92亿元增加到了10487.82亿元,增加了6499.9亿元。\n", 1, CF_SEVERITY_ERROR,
	 "the increase 6499.9亿元"},
	{"change/times-not-decrease", "change-mismatch",
	 "支出40万元，较上年减少10万元，下降2倍。\n", 0, 0, NULL},
	/* a figure stated as a multiple of another (X，是L的N倍): N = X / L; an open multiple
	 * (2倍多) is a bound, a comparison (比L的2倍) is no multiple stated */
	{"change/multiple-holds", "change-mismatch",
	 "2017年卫生总费用达到568.9亿元，是“十五”期间218.8亿元的2.6倍。\n", 0, 0, NULL},
	{"change/multiple-broken", "change-mismatch",
	 "2017年卫生总费用达到568.9亿元，是“十五”期间218.8亿元的3.6倍。\n", 1, CF_SEVERITY_ERROR,
	 "568.9亿元 / 218.8亿元 = 2.6"},
	{"change/multiple-after-year-holds", "change-mismatch",
	 "全年收入1200万元，相当于2015年的400万元的3倍。\n", 0, 0, NULL},
	{"change/multiple-open", "change-mismatch", "全年收入1200万元，是上年400万元的2倍多。\n",
	 0, 0, NULL},
	{"change/multiple-compared", "change-mismatch",
	 "全年收入1200万元，比上年400万元的2倍还多。\n", 0, 0, NULL},
	{"change/multiple-other-measure", "change-mismatch",
	 "全年收入1200万元，是上年的400人的2倍。\n", 0, 0, NULL},
	/* a yearly average rate over the years named with the two figures: (X / L)^(1/n) − 1
	 * (r2-22); without the years, not checked */
	{"change/average-holds", "change-mismatch",
	 "一般公共预算收入从2015年的2007万元上升到2020年的2468万元,年均增长4.22%;上级补助收入从2015年的"
	 "99229万元上升到2020年的181398万元,年均增长12.82%。\n",
	 0, 0, NULL},
	{"change/average-broken", "change-mismatch",
	 "一般公共预算收入从2015年的2007万元上升到2020年的2468万元,年均增长4.82%。\n", 1,
	 CF_SEVERITY_ERROR, "(2468万元 / 2007万元)^(1/5) − 1 = 4.222%"},
	{"change/average-decrease-broken", "change-mismatch",
	 "收入从2015年的2468万元下降到2020年的2007万元,年均下降3.05%。\n", 1, CF_SEVERITY_ERROR,
	 "1 − (2007万元 / 2468万元)^(1/5) = 4.051%"},
	{"change/average-decrease-holds", "change-mismatch",
	 "收入从2015年的2468万元下降到2020年的2007万元,年均下降4.05%。\n", 0, 0, NULL},
	{"change/average-without-years", "change-mismatch",
	 "收入从2007万元上升到2468万元,年均增长3.05%。\n", 0, 0, NULL},
	{"change/change-not-last-year", "change-mismatch",
	 "其中：一般公共预算财政拨款支出2955万元，比去年增加了936万元(财政拨款项目支出1153万元，与去年同期"
	 "相比增加949万元)；医疗卫生支出38021.5万元，较去年医疗卫生支出增加了2549.07万元，增长率为7.19%。\n",
	 0, 0, NULL},
	/* a carry-over named a few words after 上年 is this year's figure, no level (r38-19) */
	{"change/carry-over-words-after-last-year", "change-mismatch",
	 "2017年市级一般公共预算总收入5316.3亿元。其中:一般公共预算收入3138.0亿元,同比增长7.4%;中央返还及补助"
	 "626.7亿元;地方上年专项政策性结转使用12.2亿元。\n",
	 0, 0, NULL},
	/* a level said of each (均为) and its change said of each (各增加) (r27-04) */
	{"change/level-of-each", "change-mismatch",
	 "2023年度收、支总计均为1,145.52万元。与2022年度相比,收、支总计各增加342万元,增长29.86%。\n", 1,
	 CF_SEVERITY_ERROR, "computed on the wrong base"},
	{"change/level-of-each-holds", "change-mismatch",
	 "2023年度收、支总计均为1,145.52万元。与2022年度相比,收、支总计各增加342万元,增长42.56%。\n", 0,
	 0, NULL},
	/* a rate on an adjusted basis is not of the levels stated (r30-16) */
	{"change/adjusted-basis", "change-mismatch",
	 "其中:税收收入720,801万元,同比减收92,021万元,剔除留抵退税后同口径下降 6.07%。\n", 0, 0, NULL},
	{"change/level-change-rate", "change-mismatch",
	 "2015年县本级“三公”经费决算支出数为1957.23万元，较2014年决算数1953.72万元增加3.51万元，"
	 "增长0.2%。其中，因公出国(境)费65.98万元，增加53.75万元，增437.7%，主要是为学习。\n",
	 1, CF_SEVERITY_WARNING, "53.75万元 / last year's (65.98万元 − 53.75万元) = 439.493%"},
	/* a change whose two levels go the other way than its verb (the real text of the case
	 * above: 1957.23 is 3.51 more than 1953.72, not less) */
	{"change/wrong-direction", "change-mismatch",
	 "2015年县本级“三公”经费决算支出数为1957.23万元，较2014年决算数1953.72万元减少3.51万元，"
	 "下降0.2%。\n",
	 1, CF_SEVERITY_ERROR,
	 "the decrease 3.51万元 goes the wrong way: this year's 1957.23万元 is 3.51万元 more than "
	 "last year's 1953.72万元, an increase"},
	{"change/wrong-direction-up", "change-mismatch",
	 "支出为1953.72万元，较上年的1957.23万元增加3.51万元。\n", 1, CF_SEVERITY_ERROR,
	 "is 3.51万元 less than last year's 1957.23万元, a decrease"},
	{"change/not-wrong-direction", "change-mismatch",
	 "支出为1953.72万元，较上年的1957.23万元增加3.81万元。\n", 1, CF_SEVERITY_ERROR,
	 "the increase 3.81万元 is not"},
	{"change/level-change-rate-holds", "change-mismatch",
	 "其中，因公出国(境)费65.98万元，增加53.75万元，增439.5%。\n", 0, 0, NULL},
	/* …not a figure compared with, nor a budget's adjustment */
	{"change/level-change-rate-not-compared-figure", "change-mismatch",
	 "1.税收收入完成7236万元，占年度预算6280万元的115.2%，较上年决算5520万元，增收1716万元，"
	 "增幅31.1%；\n",
	 0, 0, NULL},
	{"change/level-change-rate-not-adjustment", "change-mismatch",
	 "——本级财政收入拟调整为134000万元，下降5.3%。其中：税收收入拟调整为85000万元，调减16000万元，"
	 "下降9.7%；非税收入49000万元，保持不变，增长3.6%。\n",
	 0, 0, NULL},
	{"change/level-before-aside", "change-mismatch",
	 "全县一般公共预算总收入完成126.05亿元(县本级98.88亿元,高新区27.17亿元),完成调整预算的103.67%,"
	 "同比增收9.74亿元,增长8.38%。\n",
	 0, 0, NULL},
	{"change/level-before-aside-broken", "change-mismatch",
	 "全县一般公共预算收入完成78.14亿元(县本级60.4亿元,高新区17.74亿元),完成调整预算的102.72%,"
	 "同比增收2.07亿元,增长6.7%。\n",
	 1, CF_SEVERITY_ERROR, "(78.14亿元 − 2.07亿元)"},
	{"change/own-change-inside-aside", "change-mismatch",
	 "公务用车购置及运行维护费为382.58万元(其中公务用车购置费18.85万元,较2016年减少48.7万元,"
	 "下降72.09%;公务用车运行维护费363.73万元,较2016年增加6.62万元,增长1.85%)。\n",
	 0, 0, NULL},
	{"change/budget-variance-not-level", "change-mismatch",
	 "一般公共预算收入42100万元，完成预算49531万元的85.0%，短收7431万元，同比下降10.2%，减收4800"
	 "万元。\n",
	 0, 0, NULL},
	{"change/budget-variance-level-before", "change-mismatch",
	 "一般公共预算收入42100万元，完成预算49531万元的85.0%，短收7431万元，同比下降12.2%，减收4800"
	 "万元。\n",
	 1, CF_SEVERITY_ERROR, "4800万元 / last year's (42100万元 + 4800万元)"},
	/* a gap in points between two percentages of one sentence */
	{"change/point-gap-holds", "change-mismatch",
	 "教育经费占支出的比例15.68%，比上年的18.92%下降3.24个百分点。收入增长20.6%，比全省平均水平"
	 "(17.9%)高2.7个百分点。\n",
	 0, 0, NULL},
	{"change/point-gap-broken", "change-mismatch",
	 "县级财政自给率仅为21.4%，但远低于今年同期全区财政自给率(53.2%)33.9个百分点。\n", 1,
	 CF_SEVERITY_ERROR, "the gap in points 33.9个百分点 is not 53.2% − 21.4% = 31.8个百分点"},
	/* per mille rates, their gap in 个千分点 */
	{"change/per-mille-gap-broken", "change-mismatch",
	 "2019年全年人口出生率10.65‰,比上年的11.41‰下降0.66个千分点。\n", 1, CF_SEVERITY_ERROR,
	 "the gap in points 0.66个千分点 is not 11.41‰ − 10.65‰ = 0.76个千分点"},
	{"change/per-mille-gap-holds", "change-mismatch",
	 "2019年全年人口出生率10.65‰,比上年的11.31‰下降0.66个千分点。\n", 0, 0, NULL},
	/* 分别, and a share against an implicit time progress, are no such gap */
	/* a rate said to fall is below zero in a gap (r86-13) */
	{"change/point-gap-of-a-fall", "change-mismatch",
	 "前三季度,全区规模以上工业增加值同比下降0.3%,增速比全市平均增速(8.1%)低8.4个百分点。\n", 0, 0,
	 NULL},
	{"change/point-gap-of-a-fall-broken", "change-mismatch",
	 "前三季度,全区规模以上工业增加值同比下降0.3%,增速比全市平均增速(8.1%)低7.8个百分点。\n", 1,
	 CF_SEVERITY_ERROR, "8.4"},
	{"change/point-gap-not-read", "change-mismatch",
	 "同比分别增长9.4%和9.3%，较上半年分别提高2和3.3个百分点。增长20.4%，完成年初预算的53.5%，"
	 "超序时进度13.5个百分点。\n",
	 0, 0, NULL},
	/* nor does the 比 of 同比 or 环比: each rate is its own year's (r73-23) */
	{"change/point-gap-year-on-year", "change-mismatch",
	 "增速最高为邢台县(同比增长55.5%),增速最低为任县(同比下降13.2%),高低相差68.7个百分点。\n", 0, 0,
	 NULL},
	/* 比 of 比重 compares nothing, and a ； ends the statement before (r64-19) */
	{"change/point-gap-share-named", "change-mismatch",
	 "地方级公共财政预算收入4.33亿元,增长6.5%(按同口径计算增长12.8%);税性收入比重为58.18%,下降5.24个"
	 "百分点。\n",
	 0, 0, NULL},
	{"change/point-gap-share-named-broken", "change-mismatch",
	 "税性收入比重为58.18%,比上年的63.42%下降5.42个百分点。\n", 1, CF_SEVERITY_ERROR,
	 "the gap in points 5.42个百分点 is not 63.42% − 58.18% = 5.24个百分点"},
	/* 同口径 with last year's level stated: that level is the comparable one (r66-09) */
	{"change/like-for-like-stated-broken", "change-mismatch",
	 "普通小学上年10321.31元,本年10359.52元,同口径比上年增长20.97%。\n", 1, CF_SEVERITY_ERROR,
	 "(10359.52元 − 10321.31元) / last year's 10321.31元 = 0.3702%"},
	/* 上年 and 本年 named right before the two levels: the rate after them is of the two
	 * years with no 比上年 (r66-09) */
	{"change/this-and-last-year-named-broken", "change-mismatch",
	 "普通小学上年100元,本年110元,增加15%。\n", 1, CF_SEVERITY_ERROR,
	 "(110元 − 100元) / last year's 100元 = 10%"},
	{"change/this-and-last-year-named", "change-mismatch",
	 "普通小学上年100元,本年110元,增加10%。\n", 0, 0, NULL},
	/* not with this year unnamed, nor when one of the levels is compared with the year before
	 * (去年 is then the year the text looks back on, r59-19) */
	{"change/last-year-named-only", "change-mismatch",
	 "普通小学上年100元,小学110元,增加15%。\n", 0, 0, NULL},
	{"change/last-year-compared", "change-mismatch",
	 "去年我省新增归集住房公积金1040.17亿元,同比增长12.16%,新增住房公积金提取额656.69亿元,同比"
	 "增长18.89%。\n",
	 0, 0, NULL},
	/* a rate whose verb goes the other way from its two levels */
	{"change/rate-wrong-way", "change-mismatch",
	 "普通初中上年14383.56元,本年11662.98元,同口径增加3.72%。\n", 1, CF_SEVERITY_ERROR,
	 "the growth rate 3.72% goes the wrong way: this year's 11662.98元 is less than last year's "
	 "14383.56元, a decrease of 18.9145%"},
	{"change/rate-wrong-way-down", "change-mismatch",
	 "支出120万元,比上年的100万元下降20%。\n", 1, CF_SEVERITY_ERROR,
	 "the rate of decrease 20% goes the wrong way: this year's 120万元 is more than last year's "
	 "100万元, an increase of 20%"},
	/* …but not across two multipliers, a slip of a unit (r66-38) */
	{"change/rate-wrong-way-units", "change-mismatch",
	 "教育经费为89410万元,比上年的131870.68元减少32.20%。\n", 0, 0, NULL},
	/* a growth below zero is a decrease */
	{"change/growth-below-zero-broken", "change-mismatch",
	 "普通高中上年20316.59元,本年13417.25元,同口径增长-13.19%。\n", 1, CF_SEVERITY_ERROR,
	 "the decrease stated as growth -13.19% does not follow from its base: (20316.59元 − "
	 "13417.25元) / last year's 20316.59元 = 33.9591%"},
	{"change/growth-below-zero", "change-mismatch",
	 "财政经常性收入139857万元,比上年的143363万元增长-2.45%。\n", 0, 0, NULL},
	{"change/like-for-like-not-stated", "change-mismatch",
	 "一般公共预算收入100亿元,比上年增长5%,剔除留抵退税因素后同口径增长8%。\n", 0, 0, NULL},
	/* output's growth (生产总值, 增加值) is real, at comparable prices, said or not (r64-23) */
	{"change/output-growth-is-real", "change-mismatch",
	 "全年人均地区生产总值达28322元,比去年新增3637元,增长12.7%。\n", 0, 0, NULL},
	{"change/income-growth-is-nominal-broken", "change-mismatch",
	 "全年城镇居民人均可支配收入达28322元,比去年新增3637元,增长12.7%。\n", 1, CF_SEVERITY_ERROR,
	 "3637元 / last year's (28322元 − 3637元) = 14.734%"},
	/* 负增长 is a fall */
	{"change/negative-growth-is-a-fall", "change-mismatch",
	 "“三公”经费4.77亿元，同比减少0.61亿元，负增长11.3%。\n", 0, 0, NULL},
	{"change/negative-growth-broken", "change-mismatch",
	 "“三公”经费4.77亿元，同比减少0.61亿元，负增长13.3%。\n", 1, CF_SEVERITY_ERROR,
	 "0.61亿元 / last year's"},
	{"change/growth-holds", "change-mismatch",
	 "2023年一般公共预算财政拨款支出1200万元，比上年增加200万元，增长20%。\n", 0, 0, NULL},
	{"change/growth-wrong-base", "change-mismatch",
	 "2023年一般公共预算财政拨款支出1200万元，比上年增加200万元，增长16.7%。\n", 1,
	 CF_SEVERITY_ERROR, "wrong base: it is 200万元 / this year's 1200万元"},
	{"change/growth-broken", "change-mismatch",
	 "2023年一般公共预算财政拨款支出1200万元，比上年增加200万元，增长25%。\n", 1,
	 CF_SEVERITY_ERROR, "200万元 / last year's (1200万元 − 200万元) = 20%"},
	{"change/decrease-holds", "change-mismatch",
	 "2023年支出总计1200万元，比上年减少100万元，下降7.7%。\n", 0, 0, NULL},
	{"change/decrease-wrong-base", "change-mismatch",
	 "2023年支出总计1200万元，比上年减少100万元，下降8.3%。\n", 1, CF_SEVERITY_ERROR,
	 "wrong base"},
	{"change/difference-broken", "change-mismatch",
	 "上年决算数为1000万元，本年决算数为1200万元，比上年增加150万元。\n", 1, CF_SEVERITY_ERROR,
	 "the increase 150万元 is not 1200万元 − 1000万元 = 200万元"},
	{"change/difference-holds", "change-mismatch",
	 "上年决算数为1000万元，本年决算数为1200万元，比上年增加200万元，增长20%。\n", 0, 0, NULL},
	{"change/last-after-comparison", "change-mismatch",
	 "2023年支出1200万元，比上年的1000万元增加300万元。\n", 1, CF_SEVERITY_ERROR,
	 "the increase 300万元"},
	/* the base of the execution percentage between the level and its change */
	{"change/ratio-base-skipped-holds", "change-mismatch",
	 "收入累计完成2400万元，完成年初预算数6000万元的40%，比上年减收100万元，下降4%。\n", 0, 0,
	 NULL},
	{"change/ratio-base-skipped-broken", "change-mismatch",
	 "收入累计完成2400万元，完成年初预算数6000万元的40%，比上年减收100万元，下降6%。\n", 1,
	 CF_SEVERITY_ERROR, "100万元 / last year's (2400万元 + 100万元) = 4%"},
	{"change/from-to-broken", "change-mismatch", "支出由1000万元增加到1200万元，增长25%。\n", 1,
	 CF_SEVERITY_ERROR, "(1200万元 − 1000万元) / last year's 1000万元 = 20%"},
	{"change/from-to-holds", "change-mismatch", "支出由1000万元增加到1200万元，增长20%。\n", 0, 0,
	 NULL},
	{"change/rate-only-holds", "change-mismatch",
	 "2023年支出1200万元，比上年增长20%，上年支出1000万元。\n", 0, 0, NULL},
	{"change/rate-only-broken", "change-mismatch",
	 "2023年支出1200万元，比上年增长25%，上年支出1000万元。\n", 1, CF_SEVERITY_ERROR, NULL},
	{"change/rate-without-base", "change-mismatch", "2023年支出1200万元，比上年增长25%。\n", 0, 0,
	 NULL},
	{"change/unchanged-differs", "change-mismatch",
	 "2023年三公经费支出10.8万元，上年支出10万元，与上年持平。\n", 1, CF_SEVERITY_ERROR,
	 "unchanged"},
	{"change/no-increase-or-decrease-differs", "change-mismatch",
	 "2023年三公经费支出10.8万元，上年支出10万元，较上年无增减。\n", 1, CF_SEVERITY_ERROR,
	 "unchanged"},
	/* …also when the rate is said 同比 (r84-39) */
	{"change/yoy-rate-opposite-to-change", "change-mismatch",
	 "风力发电量为168.1亿千瓦时,较上年同期相比增长了4.5亿千瓦时,同比下降3.9%。\n", 1,
	 CF_SEVERITY_ERROR, "stated as a decrease"},
	/* a change and the rate right after it in opposite directions */
	{"change/rate-opposite-to-change", "change-mismatch",
	 "2.商品和服务支出较上年减0.04万元，增0.01%。主要原因是经费增加。\n", 1, CF_SEVERITY_ERROR,
	 "stated as an increase (增), but the change it follows, 0.04万元, as a decrease"},
	{"change/rate-same-direction", "change-mismatch",
	 "2.商品和服务支出较上年减0.04万元，减幅0.01%。\n", 0, 0, NULL},
	{"change/growth-of-the-rate-falls", "change-mismatch",
	 "2.商品和服务支出较上年增加0.04万元，增幅下降0.01%。\n", 0, 0, NULL},
	{"change/unchanged-equal", "change-mismatch",
	 "2023年三公经费支出10万元，上年支出10万元，与上年持平。\n", 0, 0, NULL},
	{"change/points-are-not-percent", "change-mismatch",
	 "2023年执行率95%，比上年提高5个百分点。\n", 0, 0, NULL},
	{"change/points-after-change-are-no-rate", "change-mismatch",
	 "货物类采购规模为4285.51万元，较上年同期增加3297.75万元，占比较上年同期上升5.6个百分点。\n",
	 0, 0, NULL},
	/* a gap from the budget between the level and its change is no level */
	{"change/gap-from-budget-is-no-level-broken", "change-mismatch",
	 "2021年“三公”经费支出共计9.07万元，较年初预算数减少10.93万元，下降54.65%，"
	 "较上年支出数减少0.71万元，下降7.83%。\n",
	 1, CF_SEVERITY_ERROR, "it is 0.71万元 / this year's 9.07万元"},
	{"change/gap-from-budget-is-no-level-holds", "change-mismatch",
	 "2021年“三公”经费支出共计9.07万元，较年初预算数减少10.93万元，下降54.65%，"
	 "较上年支出数减少0.71万元，下降7.26%。\n",
	 0, 0, NULL},
	/* a change against the budget, read as one against last year */
	{"change/against-budget-holds", "change-mismatch",
	 "2021年“三公”经费支出共计9.07万元，较年初预算数减少10.93万元，下降54.65%。\n", 0, 0, NULL},
	{"change/against-budget-broken", "change-mismatch",
	 "公务接待费支出5.21万元，与2021年度预算相比，减少0.1万元，下降0.006%。\n", 1,
	 CF_SEVERITY_ERROR, "0.1万元 / the budget's (5.21万元 + 0.1万元) = 1.88324%"},
	{"change/against-budget-wrong-base", "change-mismatch",
	 "2021年“三公”经费支出共计9.07万元，较年初预算数减少10.93万元，下降120.51%。\n", 1,
	 CF_SEVERITY_ERROR, "on the budget it is 10.93万元 / the budget's (9.07万元 + 10.93万元) = 54.65%"},
	/* a figure after 去年 compared with the year before is of the year the report looks back
	 * on (r56-15); one in the reason for a change is no last year's level (r56-24) */
	/* 和上年相比 and 同上年相比 compare as 与上年相比 does (r58-39) */
	{"change/compared-with-and-broken", "change-mismatch",
	 "2020年预算指标485.41万元,和上年相比增加34.05万元,增加9%。\n",
	 1, CF_SEVERITY_ERROR, "34.05万元 / last year's (485.41万元 − 34.05万元) = 7.54%"},
	{"change/compared-with-and", "change-mismatch",
	 "2020年预算指标485.41万元,同上年相比增加34.05万元,增长7.5%。\n",
	 0, 0, NULL},
	/* 和 alone is no comparison: 收入和支出 are two levels */
	{"change/and-of-two-levels", "change-mismatch",
	 "本年收入和支出分别为120万元和100万元,收入较上年增加20万元,增长20%。\n",
	 0, 0, NULL},
	{"change/looking-back-on-last-year", "change-mismatch",
	 "经初步统计,去年全年全盟一般公共预算收入累计完成310682万元,同比增加23188万元,增长8.1%;一般公共"
	 "预算支出累计完成1107315万元,同比减少13724万元,下降1.2%。\n",
	 0, 0, NULL},
	{"change/looking-back-on-last-year-broken", "change-mismatch",
	 "经初步统计,去年全年全盟一般公共预算收入累计完成310682万元,同比增加23188万元,增长9.1%。\n",
	 1, CF_SEVERITY_ERROR, "23188万元 / last year's (310682万元 − 23188万元)"},
	{"change/last-year-in-reason", "change-mismatch",
	 "区级税收收入完成202,890万元,下降11.07%,较去年同期减收25,247万元(主要是去年4月1日开始执行的减税"
	 "政策翘尾减税1.18亿元、抗击疫情新出台减税政策减税0.77亿元)。\n",
	 0, 0, NULL},
	{"change/last-year-level-stated-first-broken", "change-mismatch",
	 "上年支出为500万元，本年支出600万元，比上年增加100万元，增长25%。\n",
	 1, CF_SEVERITY_ERROR, "100万元 / last year's 500万元 = 20%"},
	{"percent/reason-figure-is-no-whole", "percent-mismatch",
	 "2023年度收入合计192.01万元，较上年决算数减少27.31万元，下降12.5%，主要原因是2022年有疫情防控经费"
	 "29.01万元。其中：财政拨款收入113.68万元，占59.2%；事业收入78.33万元，占40.8%。\n",
	 0, 0, NULL},
	/* a whole the share names exactly before the list's whole: of it, not of the figure
	 * before 其中 (real50 P4) */
	{"percent/named-whole-before-list-whole", "percent-mismatch",
	 "截至2023年末，流动资产总额1200亿元，资产总额5000亿元，其中货币资金378亿元，占流动资产总额"
	 "31.5%。\n",
	 0, 0, NULL},
	{"percent/named-whole-before-list-whole-broken", "percent-mismatch",
	 "截至2023年末，流动资产总额1200亿元，资产总额5000亿元，其中货币资金378亿元，占流动资产总额"
	 "33.5%。\n",
	 1, CF_SEVERITY_ERROR, "378亿元 / 1200亿元"},
	/* a 其中 opening the sentence after a whole and its own parts: the list's shares are of
	 * the figure its parts add up to, not of the last before 其中 (r61-41) */
	{"percent/list-of-earlier-whole", "percent-mismatch",
	 "2017年,全市新增地方政府债券25.80亿元,包括一般债券11.00亿元,专项债券14.80亿元。其中:用于土地储备"
	 "8.30亿元,占比32.2%;用于公路建设7.30亿元,占比28.3%;用于医疗卫生、教育及其他10.20亿元,占比39.5%。\n",
	 0, 0, NULL},
	{"percent/list-of-earlier-whole-broken", "percent-mismatch",
	 "2017年,全市新增地方政府债券25.80亿元,包括一般债券11.00亿元,专项债券14.80亿元。其中:用于土地储备"
	 "8.30亿元,占比32.2%;用于公路建设7.30亿元,占比23.3%;用于医疗卫生、教育及其他10.20亿元,占比44.5%。\n",
	 1, CF_SEVERITY_ERROR, "7.30亿元 / 25.80亿元"},
	/* a list that adds up to the figure before 其中 is of it (a 。 between them) */
	{"percent/list-of-nearest-whole-broken", "percent-mismatch",
	 "全市新增地方政府债券25.80亿元,包括一般债券11.00亿元,专项债券14.80亿元。其中:用于土地储备"
	 "8.30亿元,占比56.1%;用于公路建设6.50亿元,占比40.9%。\n",
	 1, CF_SEVERITY_ERROR, "6.50亿元 / 14.80亿元"},
	/* the list's whole when the share names it (as well as another figure's end) */
	{"percent/list-whole-named-broken", "percent-mismatch",
	 "流动资产总额1200亿元，资产总额5000亿元，其中货币资金378亿元，占资产总额31.5%。\n",
	 1, CF_SEVERITY_ERROR, "378亿元 / 5000亿元"},
	/* the rate after a share: the level is before what the share is of */
	{"change/level-before-ratio-base-holds", "change-mismatch",
	 "1-6月份全区一般公共预算收入累计完成61646万元，占年初预算数109466万元的56.3%，同比增长10.7%，"
	 "增收5939万元。\n",
	 0, 0, NULL},
	{"change/level-before-ratio-base-broken", "change-mismatch",
	 "1-6月份全区一般公共预算收入累计完成61646万元，占年初预算数109466万元的56.3%，同比增长12.7%，"
	 "增收5939万元。\n",
	 1, CF_SEVERITY_ERROR, "5939万元 / last year's (61646万元 − 5939万元)"},
	/* a change before 其中 is the whole of changes only */
	{"percent/change-is-no-whole-of-levels", "percent-mismatch",
	 "收入累计完成61646万元，同比增长10.7%，增收5939万元。其中税务部门完成28684万元，占任务数的56.4%。\n",
	 0, 0, NULL},
	{"percent/change-is-whole-of-changes", "percent-mismatch",
	 "收入累计完成61646万元，同比增长10.7%，增收5939万元，其中税务部门增收3000万元，占60%。\n", 1,
	 CF_SEVERITY_ERROR, "3000万元 / 5939万元 = 50.51%"},
	/* the level of a change stated in an earlier sentence, named by its subject */
	{"change/named-level-broken", "change-mismatch",
	 "2018年财政拨款“三公”经费预算总额为2.7万元，其中，公务用车运行费1.5万元，公务接待费1.2万元。\n"
	 "2018年“三公”经费预算数比2017年预算数减少0.06万元，减幅0.02%。\n",
	 2, CF_SEVERITY_ERROR, "0.06万元 / last year's (2.7万元 + 0.06万元) = 2.1739%"},
	{"change/named-level-holds", "change-mismatch",
	 "2018年财政拨款“三公”经费预算总额为2.7万元，其中，公务用车运行费1.5万元，公务接待费1.2万元。\n"
	 "2018年“三公”经费预算数比2017年预算数减少0.06万元，减幅2.17%。\n",
	 0, 0, NULL},
	{"change/named-level-restated-after-comparison", "change-mismatch",
	 "2018年财政拨款“三公”经费预算总额为2.7万元。\n"
	 "与上年相比，“三公”经费预算减少0.06万元，减幅0.02%。\n",
	 2, CF_SEVERITY_ERROR, "= 2.1739%"},
	{"change/named-level-other-subject", "change-mismatch",
	 "2018年财政拨款“三公”经费预算总额为2.7万元。\n"
	 "2018年公务用车预算数比2017年预算数减少0.06万元，减幅0.02%。\n",
	 0, 0, NULL},
	{"change/named-level-budget-is-not-final", "change-mismatch",
	 "2018年“三公”经费决算总额为2.7万元。\n"
	 "2018年“三公”经费预算数比2017年预算数减少0.06万元，减幅0.02%。\n",
	 0, 0, NULL},
	/* last year's figure of the same name is no level of this year's change */
	{"change/named-level-of-the-year", "change-mismatch",
	 "2022年度三公经费预算总计21.8万元，其中：公务接待11.8万元，公务用车运行费用10万元。\n"
	 "2021年度三公经费合计支出20.12万元，其中：公务接待12.39万元，公务用车运行费用7.73万元。\n"
	 "2022年度三公经费预算较2021年度增加1.68万元。公务用车运行费用较上年同期增加2.27万元，"
	 "增长29.37%。\n",
	 0, 0, NULL},
	{"change/named-level-too-far", "change-mismatch",
	 "2018年财政拨款“三公”经费预算总额为2.7万元。\n"
	 "一是1万元。二是1万元。三是1万元。四是1万元。五是1万元。六是1万元。七是1万元。八是1万元。"
	 "九是1万元。十是1万元。十一是1万元。\n"
	 "2018年“三公”经费预算数比2017年预算数减少0.06万元，减幅0.02%。\n",
	 0, 0, NULL},
	/* a part named in the comparison's clause changes, not the total before it */
	{"change/part-named-before-comparison", "change-mismatch",
	 "2022年度三公经费预算12.5万元，较2021年度增加1.68万元，其中公务接待较上年同期减少0.58万元，"
	 "减少4.68%。\n",
	 0, 0, NULL},
	{"change/part-named-ascii-commas", "change-mismatch",
	 "2022年度三公经费预算较2021年度增加1.68万元,其中公务接待较上年同期减少0.58万元,减少4.68%。\n",
	 0, 0, NULL},
	{"change/subject-named-again-broken", "change-mismatch",
	 "2023年三公经费支出12.5万元，三公经费较上年减少0.58万元，减少5.68%。\n", 1,
	 CF_SEVERITY_ERROR, "0.58万元 / last year's (12.5万元 + 0.58万元)"},
	{"change/general-subject-broken", "change-mismatch",
	 "2023年三公经费支出12.5万元，总体较上年减少0.58万元，减少5.68%。\n", 1, CF_SEVERITY_ERROR,
	 "0.58万元 / last year's (12.5万元 + 0.58万元)"},
	{"change/two-statements", "change-mismatch",
	 "2023年支出1200万元，比上年增加200万元，增长20%，其中基本支出800万元，比上年增加50万元，"
	 "增长6.7%。\n",
	 0, 0, NULL},
	{"change/second-statement-broken", "change-mismatch",
	 "2023年支出1200万元，比上年增加200万元，增长20%，其中基本支出800万元，比上年增加50万元，"
	 "增长6.3%。\n",
	 1, CF_SEVERITY_ERROR, "wrong base"},
	/* the year compared with named by its number (与2022年相比, 较2022年度) */
	{"change/named-year-holds", "change-mismatch",
	 "2023年财政拨款收入总计735.20万元，与2022年相比增加35.20万元，增长5.03%。\n", 0, 0, NULL},
	/* 决算说明: the level, its share, then a sentence that names the subject again */
	{"change/restated-subject-broken", "change-mismatch",
	 "2023年度一般公共预算财政拨款支出1100万元，占本年支出合计的91.67%。与2022年相比，"
	 "一般公共预算财政拨款支出增加100万元，增长12%。\n",
	 1, CF_SEVERITY_ERROR, "100万元 / last year's (1100万元 − 100万元) = 10%"},
	{"change/restated-subject-holds", "change-mismatch",
	 "2023年度一般公共预算财政拨款支出1100万元，占本年支出合计的91.67%。与2022年相比，"
	 "一般公共预算财政拨款支出增加100万元，增长10%。\n",
	 0, 0, NULL},
	{"change/each-total-broken", "change-mismatch",
	 "2023年度收、支总计1250.60万元。与2022年相比，收、支总计各增加150.60万元，增长15.69%。\n", 1,
	 CF_SEVERITY_ERROR, "150.60万元 / last year's (1250.60万元 − 150.60万元) = 13.69"},
	/* the subject restated names two levels of the sentence before (60+ and 65+ 老年人口,
	 * r123-30, r123-31): which one is compared is not said, nothing is read; a subject that
	 * names the last level only is its (支出 after 收入 and 支出) */
	{"change/restated-subject-of-two-levels", "change-mismatch",
	 "截至2015年末,我省60周岁及以上老年人口879.0万人,占总人口20.6%;65周岁及以上老年人口567.2万人,"
	 "占总人口13.3%。与2014年相比,老年人口增加41.7万人,增长率为5.0%。\n", 0, 0, NULL},
	{"change/restated-subject-of-a-part", "change-mismatch",
	 "2014年末,全省户籍总人口为4274.5万人,60周岁以上户籍老年人口837.3万人,占比19.6%;其中65周岁及"
	 "以上户籍老年人口540.4万人,占总人口的12.6%。与2013年相比,老年人口增加47.4万人,增长率为6.0%。\n",
	 0, 0, NULL},
	{"change/restated-subject-of-the-last-level-broken", "change-mismatch",
	 "2023年度收入1200万元，支出1100万元。与2022年相比，支出增加100万元，增长12%。\n", 1,
	 CF_SEVERITY_ERROR, "100万元 / last year's (1100万元 − 100万元) = 10%"},
	{"change/restated-other-subject", "change-mismatch",
	 "2023年度支出1100万元。与2022年相比，人员经费增加100万元，增长12%。\n", 0, 0, NULL},
	{"change/named-year-broken", "change-mismatch",
	 "2023年财政拨款支出总计735.20万元，与2022年相比，增加35.20万元，增长6.03%。\n", 1,
	 CF_SEVERITY_ERROR, "35.20万元 / last year's (735.20万元 − 35.20万元) = 5.0286%"},
	{"change/named-year-after-bi", "change-mismatch",
	 "2023年支出1200万元，较2022年度增加200万元，增长25%。\n", 1, CF_SEVERITY_ERROR,
	 "200万元 / last year's (1200万元 − 200万元) = 20%"},
	{"change/named-year-second-clause", "change-mismatch",
	 "收入总计1614.63万元，与2019年相比增加540.23万元，增长50.28%；支出总计1870.91万元，"
	 "与2019年相比增加633.43万元，增长52.19%。\n",
	 1, CF_SEVERITY_ERROR, "633.43万元 / last year's (1870.91万元 − 633.43万元) = 51.1871%"},
	{"change/named-year-not-last", "change-mismatch",
	 "2023年支出1200万元，与2019年相比增加200万元，增长25%。\n", 0, 0, NULL},
	{"change/year-not-compared", "change-mismatch",
	 "2023年支出1200万元，2022年增加200万元，增长25%。\n", 0, 0, NULL},
	/* the level stated in the sentence before (收入：X万元。同比上年度增加D万元，增加Y%) */
	{"change/level-in-sentence-before-broken", "change-mismatch",
	 "1、收入：792.22万元。同比上年度增加189.25万元，增加32.39%。\n", 1, CF_SEVERITY_ERROR,
	 "189.25万元 / last year's (792.22万元 − 189.25万元) = 31.3863%"},
	{"change/level-in-sentence-before-holds", "change-mismatch",
	 "1、收入：792.22万元。同比上年度增加189.25万元，增加31.39%。\n", 0, 0, NULL},
	/* the 决算说明 template: the level, what it is (为…的资金), then the comparison */
	{"change/level-before-description-broken", "change-mismatch",
	 "1.一般公共预算财政拨款收入382.17万元，为市本级财政当年拨付的资金。较2020年度决算数减少"
	 "157.86万元，下降22.2%，主要原因是压减经费。\n",
	 1, CF_SEVERITY_ERROR, "157.86万元 / last year's (382.17万元 + 157.86万元) = 29.2"},
	{"change/level-before-description-holds", "change-mismatch",
	 "1.社会保障和就业支出467.99万元：主要用于本单位在社会保障与就业方面的支出。较2020年度"
	 "决算数减少91.91万元，下降16.4%。\n",
	 0, 0, NULL},
	/* spaces a layout puts around figures; 上年结转和结余 is this year's carry-over, a level */
	{"change/spaced-year-carry-over-broken", "change-mismatch",
	 "2023年度部门决算说明\n8.上年结转和结余 8.02 万元，为以前年度未执行完毕的资金。较 2022 年度"
	 "决算数增加 0.78 万元，增长 1.8%。\n",
	 2, CF_SEVERITY_ERROR, "0.78万元 / last year's (8.02万元 − 0.78万元) = 10.77"},
	{"change/carry-over-same-sentence-holds", "change-mismatch",
	 "2023年度部门决算说明\n上年结转和结余8.02万元，较2022年度决算数增加0.78万元，增长10.8%。\n", 0,
	 0, NULL},
	{"change/level-not-right-before", "change-mismatch",
	 "1、收入：792.22万元，主要来自财政拨款。同比上年度增加189.25万元，增加32.39%。\n", 0, 0,
	 NULL},
	{"change/named-year-stated-last-broken", "change-mismatch",
	 "2025年经费预算总额为1969万元，较2024年的2190万元减少221万元，下降11.1%。\n", 1,
	 CF_SEVERITY_ERROR, "221万元 / last year's 2190万元 = 10.091%"},
	{"change/named-year-stated-last-holds", "change-mismatch",
	 "2025年经费预算总额为1969万元，较2024年的2190万元减少221万元，下降10.1%。\n", 0, 0, NULL},
	/* the change stated after the rate, a share between the level and the rate */
	{"change/rate-then-change-broken", "change-mismatch",
	 "2022年收入完成28583万元，占调整预算105.47%，同比增长11.85%，增收2798万元。\n", 1,
	 CF_SEVERITY_ERROR, "2798万元 / last year's (28583万元 − 2798万元) = 10.8513%"},
	{"change/rate-then-change-holds", "change-mismatch",
	 "2022年收入完成28583万元，占调整预算105.47%，同比增长10.85%，增收2798万元。\n", 0, 0,
	 NULL},
	{"change/rate-then-other-direction", "change-mismatch",
	 "2022年收入完成28583万元，同比增长11.85%，减少支出2798万元。\n", 0, 0, NULL},
	/* 比上年L万元减少D万元: last year's figure right after the comparison, no 的 */
	{"change/last-right-after-comparison", "change-mismatch",
	 "（二）事业收入33844.74万元，比上年34583.04万元减少738.30万元，下降1.73%。\n", 1,
	 CF_SEVERITY_ERROR, "738.30万元 / last year's 34583.04万元 = 2.1349%"},
	{"change/last-right-after-comparison-holds", "change-mismatch",
	 "（一）国家财政性教育经费总收入109506.12万元，比上年111436.86万元减少1930.74万元，下降1.73%。\n",
	 0, 0, NULL},
	/* a figure in the reason for a change is not last year's */
	{"change/reason-names-last-year-figure", "change-mismatch",
	 "2023年度收入合计10328.56万元，较上年决算数增加1894.61万元，增长22.46%，主要原因是上年年初"
	 "结转资金1475.63万元。\n",
	 0, 0, NULL},
	/* a list of levels, their changes 分别, their rates 分别: each in order */
	{"change/respective-rate-broken", "change-mismatch",
	 "2023年基本支出120万元、项目支出60万元，比上年分别增加20万元、10万元，分别增长20%、25%。\n",
	 1, CF_SEVERITY_ERROR, "10万元 / last year's (60万元 − 10万元) = 20%"},
	{"change/respective-holds", "change-mismatch",
	 "2023年基本支出120万元、项目支出60万元，较上年分别减少20万元、10万元，分别下降14.3%、"
	 "14.3%。\n",
	 0, 0, NULL},
	{"change/respective-comma-wrong-base", "change-mismatch",
	 "收入100万元，支出80万元，比上年分别增加20万元、10万元，分别增长25%、12.5%。\n", 1,
	 CF_SEVERITY_ERROR, "wrong base: it is 10万元 / this year's 80万元"},
	{"change/respective-part-is-no-member", "change-mismatch",
	 "支出合计120万元，其中基本支出60万元，比上年分别增加20万元、10万元，分别增长50%、50%。\n",
	 0, 0, NULL},
	/* changes each after its subject, rates 分别: each level named in the sentence before */
	{"change/respective-rates-wrong-base", "change-mismatch",
	 "2020年度收入476.17、支出总计460.06万元。与2019年相比，收入减少84.55、支出总计减少99.6万元，"
	 "分别下降18%、21.6%。\n",
	 1, CF_SEVERITY_ERROR, "wrong base: it is 84.55万元 / this year's 476.17万元"},
	{"change/respective-rates-hold", "change-mismatch",
	 "2020年度收入476.17、支出总计460.06万元。与2019年相比，收入减少84.55、支出总计减少99.6万元，"
	 "分别下降15.1%、17.8%。\n",
	 0, 0, NULL},
	/* two years' figures, each named by its year, then their change: the later year's is
	 * this year's, whatever the order; ；joins the clauses of the statement */
	{"change/year-pair-rate-broken", "change-mismatch",
	 "公务接待费2016年预算8万元，2015年预算12.5万元；对比减少4.35万元；减少率35.22%。\n", 1,
	 CF_SEVERITY_ERROR, "4.35万元 / last year's 12.5万元 = 34.8%"},
	{"change/year-pair-holds", "change-mismatch",
	 "公务车辆运行2016年预算25万元，2015年预算45.2万元；对比减少20.20万元，减少率44.69%。\n", 0,
	 0, NULL},
	{"change/year-pair-earlier-first", "change-mismatch",
	 "2015年三公经费预算57.55万元，2016年三公经费预算33万元，减少26.55万元。\n", 1,
	 CF_SEVERITY_ERROR, "the decrease 26.55万元 is not 57.55万元 − 33万元 = 24.55万元"},
	{"change/year-pair-compared-with-last-year", "change-mismatch",
	 "2023年收入100万元，2022年收入80万元，比上年增加25万元。\n", 1, CF_SEVERITY_ERROR,
	 "the increase 25万元 is not 100万元 − 80万元 = 20万元"},
	/* a figure named 去年 in a sentence that compares 同比 after it, naming no year of its
	 * own, is of the year looked back on (r79-29); 去年…，今年…，同比 is last year's */
	{"change/looked-back-on-compared-later", "change-mismatch",
	 "去年我省345个监测评价断面中,Ⅰ~Ⅲ类水质断面323个占93.6%,同比持平;Ⅳ类水质断面20个占5.8%,同比上升"
	 "0.3%;Ⅴ类水质断面1个占0.3%,同比下降0.3%。\n", 0, 0, NULL},
	{"change/last-year-then-this-year", "change-mismatch",
	 "去年收入100万元,今年收入130万元,同比增长20%。\n", 1, CF_SEVERITY_ERROR, NULL},
	/* a figure compared with the average of other years is no level (r72-15) */
	{"change/other-years-base-no-level", "change-mismatch",
	 "全市水资源总量75.9942亿立方米,较多年平均91.7258 亿立方米减少17.2%,比上年88.6168亿立方米减少"
	 "14.2%。\n", 0, 0, NULL},
	{"change/other-years-base-then-last-year", "change-mismatch",
	 "全市水资源总量75.9942亿立方米,较多年平均91.7258亿立方米减少17.2%,比上年88.6168亿立方米减少"
	 "16.2%。\n", 1, CF_SEVERITY_ERROR, "88.6168亿立方米"},
	/* a bare number is a figure of its own: the change after it is its, not the level's
	 * before it (r81-28) */
	{"change/bare-number-is-own-figure", "change-mismatch",
	 "非生产经营性现金收入528元,同比下降13.7%。其中人均工资性收入1965,比去年同期增加273元,增长16.1%。\n",
	 0, 0, NULL},
	/* 比上年 of the later of two years in a row only: 2019 is compared with 2018 (r71-03) */
	{"change/year-pair-not-in-a-row", "change-mismatch",
	 "2017年全国公路总里程为477.35万公里,比上年增加7.82万公里,到2019年全国公路总里程501.25万公里,"
	 "比上年增加16.60万公里。\n", 0, 0, NULL},
	{"change/year-pair-in-a-row", "change-mismatch",
	 "2018年全国公路投资为477.35万元,比上年增加7.82万元,到2019年全国公路投资501.25万元,"
	 "比上年增加16.60万元。\n", 1, CF_SEVERITY_ERROR,
	 "the increase 16.60万元 is not 501.25万元 − 477.35万元 = 23.9万元"},
	/* quantities in one unit are levels of one measure */
	{"change/quantity-rate-broken", "change-mismatch",
	 "全市总用水量18.8亿立方米，比上年增加2.0亿立方米，增长20.0%。\n", 1, CF_SEVERITY_ERROR,
	 "2.0亿立方米 / last year's (18.8亿立方米 − 2.0亿立方米) = 11.905%"},
	{"change/quantity-rate-holds", "change-mismatch",
	 "粮食总产量120.5万吨，比上年增加5.5万吨，增长4.8%。\n", 0, 0, NULL},
	{"change/quantities-of-two-units", "change-mismatch",
	 "播种面积120.5万亩，比上年增加5.5万公顷，增长4.8%。\n", 0, 0, NULL},
	{"change/year-pair-other-items", "change-mismatch",
	 "2023年收入100万元，2022年结余80万元，增加25万元。\n", 0, 0, NULL},
	/* a ；ends the words of a clause: 与上年无变化 says nothing of the figure after it */
	{"change/semicolon-clause-not-last-year", "change-mismatch",
	 "其中：因公出国（境）费用0万元，与上年无变化；公务接待费633万元，较上年减少8万元，同比下降"
	 "1.24%。\n", 0, 0, NULL},
	{"change/first-figure-own-sentence", "change-mismatch",
	 "与上年对比减少24.55万元。其中：公务接待费2016年预算8万元，2015年预算12.5万元，对比减少"
	 "4.35万元，减少率35.22%。\n", 1, CF_SEVERITY_ERROR, "4.35万元 / last year's 12.5万元"},
	/* ---- identity ---- */
	/* R&D spending by activity (r74-06), in one year's prose */
	{"identity/rd-by-activity-broken", "identity-mismatch",
	 "2021年,全国共投入研究与试验发展(R&D)经费27956.3亿元,比上年增加3563.2亿元。2021年,全国基础研究"
	 "经费1817.0亿元;应用研究经费3145.4亿元;试验发展经费22995.9亿元。\n",
	 1, CF_SEVERITY_WARNING, "1817.0亿元 + 3145.4亿元 + 22995.9亿元 = 27958.3亿元"},
	{"identity/rd-of-a-sector", "identity-mismatch",
	 "2021年,全国共投入研究与试验发展(R&D)经费27956.3亿元。2021年,企业基础研究经费1817.0亿元;企业应用"
	 "研究经费3145.4亿元;企业试验发展经费22995.9亿元。\n",
	 0, 0, NULL},
	/* water resources: quantities, one part taken away (r72-37) */
	{"identity/water-resources-broken", "identity-mismatch",
	 "2023年,全市水资源总量为195.24亿立方米,地表水资源量为121.73亿立方米,地下水资源量为99.35亿立方米,"
	 "地下水资源与地表水资源重复计算量为26.04亿立方米。\n",
	 1, CF_SEVERITY_WARNING, "121.73亿立方米 + 99.35亿立方米 − 26.04亿立方米"},
	{"identity/water-resources-holds", "identity-mismatch",
	 "2023年,全市水资源总量为403.53亿立方米,地表水资源量为302.66亿立方米,地下水资源量为196.00亿立方米,"
	 "地下水资源与地表水资源重复计算量为95.13亿立方米。\n",
	 0, 0, NULL},
	{"identity/water-resources-net-broken", "identity-mismatch",
	 "2023年,海河流域平均降水量为608.5毫米;水资源总量为437.12亿立方米,地表水资源量为245.15亿立方米,"
	 "地下水资源量为315.75亿立方米,地下水与地表水资源不重复量为181.97亿立方米。\n",
	 1, CF_SEVERITY_ERROR, "245.15亿立方米 + 181.97亿立方米"},
	/* natural growth in ‰, births less deaths, gaps in 个千分点 beside them (r92-20); 自然增长率
	 * is a level, not a change, and a rate in ‰ is shown in ‰ */
	{"identity/natural-growth-broken", "identity-mismatch",
	 "2019年,按常住人口计算,全年人口出生率10.65‰,比上年下降0.66个千分点;死亡率5.38‰,下降0.19个千分点;"
	 "自然增长率5.29‰,下降0.47个千分点。\n",
	 1, CF_SEVERITY_NOTE, "10.65‰ − 5.38‰ = 5.27‰ (stated 5.29‰"},
	{"identity/natural-growth-holds", "identity-mismatch",
	 "2019年,全年人口出生率11.69‰,比上年下降0.75个千分点;死亡率4.47‰;人口自然增长率7.22‰。\n",
	 0, 0, NULL},
	{"identity/natural-growth-negative", "identity-mismatch",
	 "2022年,全市人口出生率6.81‰,死亡率8.25‰,人口自然增长率-1.24‰。\n",
	 1, CF_SEVERITY_ERROR, "6.81‰ − 8.25‰ = -1.44‰"},
	/* an infant mortality rate is no death rate */
	{"identity/natural-growth-infants", "identity-mismatch",
	 "2022年,全市人口出生率6.81‰,婴儿死亡率2.25‰,人口自然增长率-1.44‰。\n",
	 0, 0, NULL},
	/* 整改率 of counted problems (r103-01, r57-06); of amounts it has no stated whole */
	{"identity/rectification-rate-broken", "identity-mismatch",
	 "2021年,区审计局审计发现问题82个,截至7月底,已整改问题38个,采纳审计建议10个,正在整改问题21个,"
	 "移送问题13个,整改率达到66%。\n",
	 1, CF_SEVERITY_ERROR, "38个 / 82个 = 46.34%"},
	{"identity/rectification-rate-holds", "identity-mismatch",
	 "在2021年度省级预算执行和其他财政收支审计工作报告中,共反映1263个问题,截至2022年10月中旬,"
	 "已整改1153个,整改率91.29%。\n",
	 0, 0, NULL},
	{"identity/rectification-rate-reported-broken", "identity-mismatch",
	 "在2021年度审计工作报告中,共反映1263个问题,截至2022年10月中旬,已整改1153个,整改率81.29%。\n",
	 1, CF_SEVERITY_ERROR, "1153个 / 1263个 = 91.29"},
	{"identity/rectification-rate-of-amounts", "identity-mismatch",
	 "2021年审计发现问题82个,已整改问题金额43.25亿元,整改率达97%。\n", 0, 0, NULL},
	/* a fund's income, spending and the period's balance in one sentence (r69-27) */
	{"identity/balance-broken", "identity-mismatch",
	 "截至6月底,全市职工基本医疗保险基金收入4.41亿元,较上年同期增加1.19亿元,增长率为36%;支出3.98"
	 "亿元,当期结余5112万元。\n",
	 1, CF_SEVERITY_ERROR, "5112万元 is not 4.41亿元 − 3.98亿元 = 4300万元"},
	{"identity/balance-holds", "identity-mismatch",
	 "职工基本医疗保险(含生育保险)基金收入41.89亿元,同比增长9.32%,其中统筹基金收入30.30亿元;基金支出"
	 "28.63亿元,同比增长14.91%,其中统筹基金支出15.82亿元;当期结余13.26亿元。\n",
	 0, 0, NULL},
	{"identity/balance-totals-broken", "identity-mismatch",
	 "全国基本医疗保险(含生育保险)基金总收入28727.58亿元,比上年增长15.6%;全国基本医疗保险(含生育"
	 "保险)基金总支出24043.10亿元,比上年增长14.3%;全国基本医疗保险(含生育保险)基金当期结存4784.48"
	 "亿元。\n",
	 1, CF_SEVERITY_ERROR, "is not 28727.58亿元 − 24043.10亿元 = 4684.48亿元"},
	/* not a balance to date, another fund's balance, nor one after a 。 */
	{"identity/balance-to-date", "identity-mismatch",
	 "基金收入41.89亿元,基金支出28.63亿元,累计结余113.26亿元,统筹基金当期结余9.1亿元。\n", 0, 0,
	 NULL},
	{"identity/balance-other-sentence", "identity-mismatch",
	 "居民医保基金收入9724.48亿元,支出9296.37亿元。居民医保基金当期结存528.10亿元。\n", 0, 0, NULL},
	{"identity/basic-far-apart-holds", "identity-mismatch",
	 "2022年部门决算说明\n一、基本支出\n2022年基本支出1589.25万元，主要用于保障机构运转。\n二、人员经费\n"
	 "人员经费1459.39万元，主要包括基本工资。\n三、公用经费\n公用经费129.86万元，主要包括办公费。\n",
	 0, 0, NULL},
	{"identity/basic-far-apart-broken", "identity-mismatch",
	 "2022年部门决算说明\n一、基本支出\n2022年基本支出1689.25万元，主要用于保障机构运转。\n二、人员经费\n"
	 "人员经费1459.39万元，主要包括基本工资。\n三、公用经费\n公用经费129.86万元，主要包括办公费。\n",
	 3, CF_SEVERITY_ERROR, "1459.39万元 + 129.86万元 = 1589.25万元"},
	/* a 决算说明 reports 基本支出 of all funds and of one funding source ([scopes]) */
	{"identity/source-sections-differ", "identity-mismatch",
	 "2023年度部门决算说明\n三、支出决算情况说明\n2023年度本年支出合计1200万元，其中：基本支出700万元，"
	 "占58.33%；项目支出500万元，占41.67%。\n六、一般公共预算财政拨款基本支出决算情况说明\n"
	 "2023年度一般公共预算财政拨款基本支出650万元，其中：\n人员经费580万元，主要包括：基本工资等。\n"
	 "公用经费70万元，主要包括：办公费等。\n",
	 0, 0, NULL},
	{"identity/source-prefix-broken", "identity-mismatch",
	 "2023年度部门决算说明\n三、支出决算情况说明\n2023年度本年支出合计1200万元，其中：基本支出700万元，"
	 "占58.33%；项目支出500万元，占41.67%。\n六、一般公共预算财政拨款基本支出决算情况说明\n"
	 "2023年度一般公共预算财政拨款基本支出650万元，其中：\n人员经费480万元，主要包括：基本工资等。\n"
	 "公用经费70万元，主要包括：办公费等。\n",
	 5, CF_SEVERITY_ERROR, "480万元 + 70万元 = 550万元"},
	/* a time word before the source: 本年一般公共预算基本支出 is 基本支出 of that source */
	{"identity/source-after-time-word-broken", "identity-mismatch",
	 "2023年单位预算说明\n六、一般公共预算基本支出情况说明\n"
	 "2023年本年一般公共预算基本支出911000.39元，其中：\n人员经费709961.19元，主要包括：基本工资。\n"
	 "公用经费71339.2元，主要包括：办公费。\n",
	 3, CF_SEVERITY_ERROR, "709961.19元 + 71339.2元 = 781300.39元"},
	/* no year in a title: the year of the 其中： paragraph holds for the items after it, each
	 * on a line of its own (r58-22) */
	{"identity/year-of-list-opener-broken", "identity-mismatch",
	 "六、一般公共预算财政拨款基本支出决算情况说明\n2023年一般公共预算财政拨款基本支出911.7万元,其中:\n"
	 "人员经费489.18万元,主要包括:基本工资、津贴补贴。\n公用经费46.89万元,主要包括:办公费、印刷费。\n",
	 2, CF_SEVERITY_ERROR, "489.18万元 + 46.89万元 = 536.07万元 (stated 911.7万元"},
	{"identity/year-of-list-opener", "identity-mismatch",
	 "六、一般公共预算财政拨款基本支出决算情况说明\n2023年一般公共预算财政拨款基本支出536.07万元,其中:\n"
	 "人员经费489.18万元,主要包括:基本工资、津贴补贴。\n公用经费46.89万元,主要包括:办公费、印刷费。\n",
	 0, 0, NULL},
	{"identity/source-of-parent-heading", "identity-mismatch",
	 "2023年度部门决算说明\n一、支出决算情况说明\n基本支出700万元。\n"
	 "二、一般公共预算财政拨款支出决算情况说明\n（一）基本支出\n基本支出650万元。\n（二）经费\n"
	 "人员经费560万元，公用经费70万元。\n",
	 6, CF_SEVERITY_ERROR, "560万元 + 70万元 = 630万元"},
	{"identity/ambiguous-label", "identity-mismatch",
	 "2022年部门决算说明\n基本支出1689.25万元。\n人员经费1459.39万元。\n人员经费1400万元。\n"
	 "公用经费129.86万元。\n",
	 0, 0, NULL},
	{"identity/other-year", "identity-mismatch",
	 "2022年基本支出1689.25万元。2021年人员经费1459.39万元，公用经费129.86万元。\n", 0, 0, NULL},
	{"identity/last-year-words", "identity-mismatch",
	 "2022年部门决算说明\n基本支出1689.25万元。\n上年人员经费1459.39万元，公用经费129.86万元。\n", 0,
	 0, NULL},
	{"identity/three-public", "identity-mismatch",
	 "2022年部门决算说明\n三公经费支出15万元。因公出国（境）费0万元，公务用车购置及运行费8万元，"
	 "公务接待费3万元。\n",
	 2, CF_SEVERITY_ERROR, "“三公”经费 = 因公出国（境）费"},
	{"identity/three-public-holds", "identity-mismatch",
	 "2022年部门决算说明\n三公经费支出11万元。因公出国（境）费0万元，公务用车购置及运行费8万元，"
	 "公务接待费3万元。\n",
	 0, 0, NULL},
	{"identity/optional-part-exceeds", "identity-mismatch",
	 "2022年项目说明\n全年预算数110万元。\n年初预算100万元。\n年中追加20万元。\n", 2,
	 CF_SEVERITY_ERROR, "the parts exceed the total"},
	{"identity/optional-part-missing", "identity-mismatch",
	 "2022年项目说明\n全年预算数130万元。\n年初预算100万元。\n年中追加20万元。\n", 0, 0, NULL},
	{"identity/change-not-a-level", "identity-mismatch",
	 "2022年部门决算说明\n基本支出1689.25万元，比上年增加30万元。\n人员经费1459.39万元。\n"
	 "公用经费比上年增加129.86万元。\n",
	 0, 0, NULL},
	{"identity/table-column", "identity-mismatch",
	 "2022年支出决算表\n金额单位：万元\n\t项目\n\t决算数\n\n\t基本支出\n\t150\n\n\t人员经费\n\t100\n\n"
	 "\t公用经费\n\t40\n\n说明完毕。\n",
	 7, CF_SEVERITY_ERROR, "100万元 + 40万元 = 140万元"},
	/* a 决算's grand totals: 使用非财政拨款结余 and 结余分配 are stated whenever they are not
	 * zero (zero-if-absent), 年初/年末结转和结余 may be left unsaid (optional) */
	/* one term under two labels (实际支出, then 支出合计 after 加上…) is no restatement */
	/* the whole area's and the government's own level's figures under their headings (r105-36) */
	{"identity/area-and-own-level-not-restated", "restated-mismatch",
	 "2023年决算\n1.全区\n全区一般公共预算支出75.12亿元,比上年增长1.9%。加上转移性支出45.57亿元,"
	 "支出合计120.69亿元。\n2.龙湾区本级\n区本级一般公共预算支出63.27亿元,自然口径增长31.0%。"
	 "加上转移性支出18.51亿元,支出合计81.78亿元。\n",
	 0, 0, NULL},
	{"identity/one-area-restated", "restated-mismatch",
	 "2023年决算\n全区一般公共预算支出75.12亿元,加上转移性支出45.57亿元,支出合计120.69亿元。\n其他说明。\n"
	 "全区一般公共预算支出75.12亿元,加上转移性支出45.57亿元,支出合计121.69亿元。\n",
	 4, CF_SEVERITY_ERROR, "121.69亿元 here but 120.69亿元"},
	{"identity/two-labels-one-term-not-restated", "restated-mismatch",
	 "2022年一般公共预算支出预算数为26.93亿元，实际支出24.98亿元，加上上解支出6.15亿元、债务还本"
	 "支出0.03亿元，支出合计31.16亿元。\n",
	 0, 0, NULL},
	{"identity/income-grand-total-broken", "identity-mismatch",
	 "2022年度部门决算说明\n一、收入支出决算总体情况说明\n2022年度收入总计150.00万元。\n"
	 "二、收入决算情况说明\n本年收入合计120.00万元。年初结转和结余20.00万元。\n",
	 3, CF_SEVERITY_ERROR, "120.00万元 + 20.00万元 = 140万元"},
	{"identity/income-grand-total-holds", "identity-mismatch",
	 "2022年度部门决算说明\n一、收入支出决算总体情况说明\n2022年度收入总计150.00万元。\n"
	 "二、收入决算情况说明\n本年收入合计120.00万元。使用非财政拨款结余10.00万元。"
	 "年初结转和结余20.00万元。\n",
	 0, 0, NULL},
	{"identity/expenditure-grand-total-unsaid-carry-over", "identity-mismatch",
	 "2022年度部门决算说明\n2022年度支出总计150.00万元。\n本年支出合计135.00万元。\n", 0, 0,
	 NULL},
	{"identity/expenditure-grand-total-broken", "identity-mismatch",
	 "2022年度部门决算说明\n2022年度支出总计150.00万元。\n本年支出合计135.00万元。\n"
	 "年末结转和结余10.00万元。\n",
	 2, CF_SEVERITY_ERROR, "支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余"},
	/* 总支出 with 其中本年支出 is the grand total, not 基本支出 + 项目支出 */
	{"identity/total-expenditure-is-grand-total", "identity-mismatch",
	 "2023年度单位决算说明\n本单位2023年度总支出125.08万元，其中本年支出116.12万元。年末结转和结余8.96万元。\n"
	 "本年支出116.12万元中，基本支出96.12万元，项目支出20.00万元。\n",
	 0, 0, NULL},
	{"identity/total-expenditure-grand-total-broken", "identity-mismatch",
	 "2023年度单位决算说明\n本单位2023年度总支出125.08万元，其中本年支出116.12万元。年末结转和结余9.86万元。\n"
	 "本年支出116.12万元中，基本支出96.12万元，项目支出20.00万元。\n",
	 2, CF_SEVERITY_ERROR, "116.12万元 + 9.86万元 = 125.98万元"},
	/* in a table row, a blank cell under a part's column is that part's zero */
	{"identity/table-row-blank-cell", "identity-mismatch",
	 "2022年支出决算表\n单位：万元\n| 科目 | 本年支出合计 | 基本支出 | 项目支出 |\n"
	 "| 社会保障和就业支出 | 40.50 | 40.05 | |\n| 住房保障支出 | 19.60 | 19.60 | — |\n",
	 4, CF_SEVERITY_ERROR, "blank, so zero: 项目支出"},
	{"identity/table-row-blank-cell-holds", "identity-mismatch",
	 "2022年支出决算表\n单位：万元\n| 科目 | 本年支出合计 | 基本支出 | 项目支出 |\n"
	 "| 社会保障和就业支出 | 40.50 | 40.50 | |\n| 住房保障支出 | 19.60 | 19.60 | — |\n",
	 0, 0, NULL},
	/* the table family relates a row's rate already: the identity adds nothing, whichever
	 * rules are asked for (the same relations are read when only this one is reported) */
	{"identity/table-row-rate-checked-by-the-table", "identity-mismatch",
	 "2022年资金执行表\n金额单位：万元\n\t项目\n\t全年预算数\n\t全年执行数\n\t执行率\n\n\t年度资金总额\n"
	 "\t200\n\t150\n\t80%\n\n说明完毕。\n",
	 0, 0, NULL},
	{"identity/table-row-rate-by-the-table", "execution-rate-mismatch",
	 "2022年资金执行表\n金额单位：万元\n\t项目\n\t全年预算数\n\t全年执行数\n\t执行率\n\n\t年度资金总额\n"
	 "\t200\n\t150\n\t80%\n\n说明完毕。\n",
	 11, CF_SEVERITY_ERROR, "150万元 / 200万元 = 75%"},
};

static void
test_case(gconstpointer data)
{
	const Case *c = data;
	g_autoptr(CfDocument) doc = cf_test_document_from_text("case.txt", c->text);
	g_autoptr(GPtrArray) findings = cf_test_check(doc, c->rule);
	cf_test_dump(findings);
	if (c->line == 0) {
		for (guint i = 0; i < findings->len; i++) {
			const CfFinding *f = g_ptr_array_index(findings, i);
			g_assert_false(g_str_equal(f->rule, c->rule));
			g_assert_cmpint(f->severity, <, CF_SEVERITY_ERROR);
		}
		return;
	}
	const CfFinding *f = cf_test_find(findings, c->rule, c->line);
	g_assert_nonnull(f);
	g_assert_cmpint(f->severity, ==, c->severity);
	if (c->message && strstr(f->message, c->message) == NULL) {
		g_test_message("message '%s' lacks '%s'", f->message, c->message);
		g_test_fail();
	}
}

/* ---- the seeds ---- */

typedef struct {
	const char *file;
	const char *rule;
	guint line;
	CfSeverity severity; /* the finding expected, or -1: no finding of the rule on that line */
	const char *message;
} SeedCase;

static const SeedCase seed_cases[] = {
	{"corpus/000_6a5162211be4bb34.txt", "over-budget", 7, CF_SEVERITY_WARNING, "(105.3%)"},
	{"corpus/000_6a5162211be4bb34.txt", "over-budget", 29, CF_SEVERITY_WARNING,
	 "exceeds the budget (预算金额/指标总额) 1900万元"},
	{"corpus/000_6a5162211be4bb34.txt", "over-budget", 35, (CfSeverity)-1, NULL},
	{"corpus/002_6b5b2d02b175c98d.txt", "over-budget", 25, CF_SEVERITY_WARNING, "(136.2%)"},
	{"corpus/002_6b5b2d02b175c98d.txt", "percent-mismatch", 28, (CfSeverity)-1, NULL},
	{"corpus/002_6b5b2d02b175c98d.txt", "identity-mismatch", 28, (CfSeverity)-1, NULL},
	{"corpus/002_6b5b2d02b175c98d.txt", "identity-mismatch", 25, (CfSeverity)-1, NULL},
	{"corpus/001_076bbd6f4c7b8808.txt", "percent-mismatch", 341, (CfSeverity)-1, NULL},
	{"corpus/001_076bbd6f4c7b8808.txt", "percent-unreachable", 341, (CfSeverity)-1, NULL},
	{"corpus/003_df0ca8b0b5b2e082.txt", "percent-mismatch", 17, (CfSeverity)-1, NULL},
	{"corpus/003_df0ca8b0b5b2e082.txt", "over-budget", 17, (CfSeverity)-1, NULL},
};

static void
test_seed(gconstpointer data)
{
	const SeedCase *c = data;
	g_autoptr(CfDocument) doc = cf_test_document_from_file(c->file);
	g_autoptr(GPtrArray) findings = cf_test_check(doc, c->rule);
	cf_test_dump(findings);
	const CfFinding *f = cf_test_find(findings, c->rule, c->line);
	if ((int)c->severity < 0) {
		g_assert_null(f);
		return;
	}
	g_assert_nonnull(f);
	g_assert_cmpint(f->severity, ==, c->severity);
	if (c->message && strstr(f->message, c->message) == NULL) {
		g_test_message("message '%s' lacks '%s'", f->message, c->message);
		g_test_fail();
	}
}

/* The rules of these families fire nowhere else on the seeds: each finding is listed. */
static void
test_seed_totals(void)
{
	static const char *const rules[] = {"percent-mismatch", "percent-unreachable",
					    "shares-exceed-whole", "over-budget", "change-mismatch",
					    "identity-mismatch", NULL};
	g_autoptr(GDir) dir = g_dir_open("corpus", 0, NULL);
	g_assert_nonnull(dir);
	guint total = 0;
	for (const char *name; (name = g_dir_read_name(dir)) != NULL;) {
		if (!g_str_has_suffix(name, ".txt"))
			continue;
		g_autofree char *path = g_build_filename("corpus", name, NULL);
		g_autoptr(CfDocument) doc = cf_test_document_from_file(path);
		for (guint r = 0; rules[r]; r++) {
			g_autoptr(GPtrArray) findings = cf_test_check(doc, rules[r]);
			cf_test_dump(findings);
			for (guint i = 0; i < findings->len; i++) {
				const CfFinding *f = g_ptr_array_index(findings, i);
				if (g_str_equal(f->rule, rules[r]))
					total++;
			}
		}
	}
	/* 000 lines 7 and 29, 002 line 25: all over-budget warnings */
	g_assert_cmpuint(total, ==, 3);
}

/* Mutations of seed sentences that hold: one number changed, the finding at that line. */
typedef struct {
	const char *file;
	guint line;
	const char *from;
	const char *to;
	const char *rule;
} Mutation;

static const Mutation mutations[] = {
	{"corpus/001_076bbd6f4c7b8808.txt", 341, "85.5%", "87.5%", "percent-mismatch"},
	{"corpus/001_076bbd6f4c7b8808.txt", 341, "占比33.3%", "占比38.3%", "percent-mismatch"},
	{"corpus/001_076bbd6f4c7b8808.txt", 341, "提拔69人", "提拔79人", "percent-mismatch"},
	{"corpus/002_6b5b2d02b175c98d.txt", 28, "完成预算的21%", "完成预算的12%", "percent-mismatch"},
	{"corpus/002_6b5b2d02b175c98d.txt", 28, "决算数为0.25万元", "决算数为0.35万元",
	 "percent-mismatch"},
	{"corpus/003_df0ca8b0b5b2e082.txt", 17, "执行率100%", "执行率10%", "percent-mismatch"},
	{"corpus/003_df0ca8b0b5b2e082.txt", 17, "实际支付项目资金261.46万元",
	 "实际支付项目资金361.46万元", "over-budget"},
	{"corpus/002_6b5b2d02b175c98d.txt", 28, "公用经费129.86万元", "公用经费139.86万元", NULL},
};

static char *
replace_line(const char *path, guint line, const char *from, const char *to)
{
	g_autofree char *text = NULL;
	g_assert_true(g_file_get_contents(path, &text, NULL, NULL));
	g_auto(GStrv) lines = g_strsplit(text, "\n", -1);
	g_assert_cmpuint(g_strv_length(lines), >=, line);
	char *at = strstr(lines[line - 1], from);
	g_assert_nonnull(at);
	g_autofree char *prefix = g_strndup(lines[line - 1], at - lines[line - 1]);
	char *changed = g_strconcat(prefix, to, at + strlen(from), NULL);
	g_free(lines[line - 1]);
	lines[line - 1] = changed;
	return g_strjoinv("\n", lines);
}

static void
test_mutation(gconstpointer data)
{
	const Mutation *m = data;
	g_autofree char *text = replace_line(m->file, m->line, m->from, m->to);
	g_autoptr(CfDocument) doc = cf_test_document_from_text(m->file, text);
	g_autoptr(GPtrArray) findings = cf_test_check(doc, m->rule ? m->rule : "identity-mismatch");
	cf_test_dump(findings);
	if (m->rule == NULL) {
		/* 公用经费 now has two values in the prose of 2022 (lines 25 and 28): the identity
		 * 基本支出 = 人员经费 + 公用经费 does not guess which one is meant */
		g_autoptr(GPtrArray) identity = cf_test_check(doc, "identity-mismatch");
		g_assert_cmpuint(identity->len, ==, 0);
		return;
	}
	g_assert_nonnull(cf_test_find(findings, m->rule, m->line));
}

/* ---- identities.ini ---- */

static void
test_identities_real_file(void)
{
	g_autoptr(GError) error = NULL;
	g_autoptr(CfIdentities) ids = cf_identities_load(cf_lexicon_default_directory(), &error);
	g_assert_no_error(error);
	g_assert_cmpuint(cf_identities_get(ids)->len, >=, 6);
	g_assert_cmpuint(cf_identities_get_breakdowns(ids)->len, >=, 7);
	cf_identities_self_test(ids, &error);
	g_assert_no_error(error);
	/* the real lexicon knows where it was loaded from */
	g_assert_cmpstr(cf_lexicon_get_directory(cf_test_lexicon()), ==,
			cf_lexicon_default_directory());
}

static char *
temp_patterns(const char *identities)
{
	g_autoptr(GError) error = NULL;
	char *dir = g_dir_make_tmp("crossfoot-identities-XXXXXX", &error);
	g_assert_no_error(error);
	const char *source = cf_lexicon_default_directory();
	g_autoptr(GDir) d = g_dir_open(source, 0, &error);
	g_assert_no_error(error);
	for (const char *name; (name = g_dir_read_name(d)) != NULL;) {
		if (!g_str_has_suffix(name, ".ini") || g_str_equal(name, "identities.ini"))
			continue;
		g_autofree char *from = g_build_filename(source, name, NULL);
		g_autofree char *to = g_build_filename(dir, name, NULL);
		g_autofree char *contents = NULL;
		gsize length;
		g_assert_true(g_file_get_contents(from, &contents, &length, NULL));
		g_assert_true(g_file_set_contents(to, contents, length, NULL));
	}
	if (identities) {
		g_autofree char *path = g_build_filename(dir, "identities.ini", NULL);
		g_assert_true(g_file_set_contents(path, identities, -1, NULL));
	}
	return dir;
}

static void
remove_temp(const char *dir)
{
	g_autoptr(GDir) d = g_dir_open(dir, 0, NULL);
	for (const char *name; d && (name = g_dir_read_name(d)) != NULL;) {
		g_autofree char *path = g_build_filename(dir, name, NULL);
		g_remove(path);
	}
	g_rmdir(dir);
}

static const char user_identity[] =
	"[income]\n"
	"description=收入合计 = 财政拨款收入 + 其他收入\n"
	"result=^(?:本年)?收入合计$\n"
	"result-match=收入合计;本年收入合计\n"
	"result-no-match=收入合计预算\n"
	"part1=^财政拨款收入$\n"
	"part1-match=财政拨款收入\n"
	"part2=^其他收入$\n"
	"part2-match=其他收入\n";

/* A user adds an identity by editing the file: no C changes. */
static void
test_identities_user_added(void)
{
	g_autofree char *dir = temp_patterns(user_identity);
	g_autoptr(GError) error = NULL;
	g_autoptr(CfLexicon) lexicon = cf_lexicon_load(dir, &error);
	g_assert_no_error(error);
	static const char *const texts[] = {
		"2022年收入决算说明\n本年收入合计900万元。\n财政拨款收入800万元。\n其他收入60万元。\n",
		"2022年收入决算说明\n本年收入合计860万元。\n财政拨款收入800万元。\n其他收入60万元。\n",
	};
	for (guint i = 0; i < G_N_ELEMENTS(texts); i++) {
		g_autoptr(CfDocument) doc = cf_test_document_from_text("user.txt", texts[i]);
		g_autoptr(GPtrArray) claims = cf_extract_document(lexicon, doc);
		g_autoptr(GHashTable) only = g_hash_table_new(g_str_hash, g_str_equal);
		g_hash_table_add(only, (gpointer) "identity-mismatch");
		CfCheckOptions options = {only, NULL};
		g_autoptr(GPtrArray) findings = cf_check_document(lexicon, doc, claims, &options);
		cf_test_dump(findings);
		const CfFinding *f = cf_test_find(findings, "identity-mismatch", 2);
		if (i == 0) {
			g_assert_nonnull(f);
			g_assert_nonnull(strstr(f->message, "收入合计 = 财政拨款收入 + 其他收入"));
			g_assert_nonnull(strstr(f->message, "= 860万元"));
		} else {
			g_assert_null(f);
		}
	}
	/* the real identities are not in that folder: 基本支出 is not checked there */
	g_autoptr(CfDocument) doc = cf_test_document_from_text(
		"user.txt", "2022年\n基本支出200万元。\n人员经费100万元。\n公用经费40万元。\n");
	g_autoptr(GPtrArray) claims = cf_extract_document(lexicon, doc);
	g_autoptr(GPtrArray) findings = cf_check_document(lexicon, doc, claims, NULL);
	g_assert_null(cf_test_find(findings, "identity-mismatch", 2));
	remove_temp(dir);
}

/* A user adds a standard breakdown by editing the file: its lists without the remainder are
 * partial, with it complete. */
static void
test_breakdown_user_added(void)
{
	static const char *const files[] = {
		"",
		"[industry]\nkind=breakdown\nwhole=工业总产值\nremainder=其他\n",
	};
	static const char *const texts[] = {
		"全年工业总产值100亿元，其中轻工业40亿元，重工业50亿元。\n",
		"全年工业总产值100亿元，其中轻工业40亿元，重工业50亿元，其他工业5亿元。\n",
	};
	for (guint f = 0; f < G_N_ELEMENTS(files); f++) {
		g_autofree char *dir = temp_patterns(files[f]);
		g_autoptr(GError) error = NULL;
		g_autoptr(CfLexicon) lexicon = cf_lexicon_load(dir, &error);
		g_assert_no_error(error);
		for (guint t = 0; t < G_N_ELEMENTS(texts); t++) {
			g_autoptr(CfDocument) doc = cf_test_document_from_text("user.txt", texts[t]);
			g_autoptr(GPtrArray) claims = cf_extract_document(lexicon, doc);
			g_autoptr(GPtrArray) findings = cf_check_document(lexicon, doc, claims, NULL);
			cf_test_dump(findings);
			/* reported unless the breakdown is known and its remainder not named */
			gboolean partial = f == 1 && t == 0;
			g_assert_true((cf_test_find(findings, "sum-mismatch", 1) == NULL) == partial);
		}
		remove_temp(dir);
	}
}

typedef struct {
	const char *name;
	const char *text;
	const char *error; /* exact message, NULL: loads */
} LoadCase;

static const LoadCase load_cases[] = {
	{"bad-regex", "[x]\nresult=^(收入\npart1=a\npart2=b\n",
	 "identities.ini:2: bad regex for 'result' at offset 8: missing closing parenthesis"},
	{"unknown-key", "[x]\nresult=a\npart1=b\npart2=c\nweight=3\n",
	 "identities.ini:5: unknown key 'weight'"},
	{"one-part", "[x]\nresult=a\npart1=b\n",
	 "identities.ini:1: identity 'x' needs at least 2 parts (part1, part2 …)"},
	{"ratio-three-parts", "[x]\nkind=ratio\nresult=a\npart1=b\npart2=c\npart3=d\n",
	 "identities.ini:1: identity 'x' needs exactly 2 parts (part1, part2 …)"},
	{"unknown-kind", "[x]\nkind=product\nresult=a\npart1=b\npart2=c\n",
	 "identities.ini:2: unknown kind 'product' (sum, ratio or breakdown)"},
	{"percent-of-ratio", "[x]\nkind=ratio\npercent=true\nresult=a\npart1=b\npart2=c\n",
	 "identities.ini:3: 'percent' is true or false, and only of a sum"},
	{"percent-not-boolean", "[x]\npercent=yes\nresult=a\npart1=b\npart2=c\n",
	 "identities.ini:2: 'percent' is true or false, and only of a sum"},
	{"breakdown-no-remainder", "[x]\nkind=breakdown\nwhole=农林牧渔\n",
	 "identities.ini:1: breakdown 'x' needs 'remainder' (words, ; separated)"},
	{"breakdown-empty-whole", "[x]\nkind=breakdown\nwhole= ; \nremainder=服务\n",
	 "identities.ini:3: breakdown 'x' needs 'whole' (words, ; separated)"},
	{"breakdown-part", "[x]\nkind=breakdown\nwhole=a\nremainder=b\npart1=c\n",
	 "identities.ini:5: unknown key 'part1' (breakdown: whole, remainder)"},
	{"breakdown", "[x]\nkind=breakdown\nwhole=农林牧渔;農林牧漁\nremainder=服务\n"
	 "[y]\nresult=^a$\npart1=^b$\npart2=^c$\n", NULL},
	{"optional-unknown", "[x]\nresult=a\npart1=b\npart2=c\noptional=part3\n",
	 "identities.ini:5: 'optional' names 'part3', which is not a part of a sum"},
	{"zero-if-absent-of-ratio", "[x]\nkind=ratio\nresult=a\npart1=b\npart2=c\nzero-if-absent=part1\n",
	 "identities.ini:6: 'zero-if-absent' names 'part1', which is not a part of a sum"},
	{"empty-pattern", "[x]\nresult=\npart1=b\npart2=c\n",
	 "identities.ini:2: empty pattern for 'result'"},
	{"scopes-unknown-key", "[scopes]\nsources=财政拨款\nwords=拨款\n",
	 "identities.ini:3: [scopes]: unknown key 'words' (sources)"},
	{"scopes", "[scopes]\nsources=财政拨款;一般公共预算财政拨款\n[x]\nresult=^a$\npart1=^b$\n"
	 "part2=^c$\n", NULL},
	{"not-a-key-file", "result=a\n", NULL /* checked below: any key-file error */},
	{"good", "[x]\nresult=^a$\npart1=^b$\npart2=^c$\noptional=part2\n", NULL},
};

static void
test_identities_load_errors(gconstpointer data)
{
	const LoadCase *c = data;
	g_autofree char *dir = g_dir_make_tmp("crossfoot-identities-XXXXXX", NULL);
	g_autofree char *path = g_build_filename(dir, "identities.ini", NULL);
	g_assert_true(g_file_set_contents(path, c->text, -1, NULL));
	g_autoptr(GError) error = NULL;
	g_autoptr(CfIdentities) ids = cf_identities_load(dir, &error);
	if (g_str_equal(c->name, "good")) {
		g_assert_no_error(error);
		g_assert_cmpuint(cf_identities_get(ids)->len, ==, 1);
	} else if (g_str_equal(c->name, "scopes")) {
		/* [scopes] is no identity; its sources come longest first */
		g_assert_no_error(error);
		g_assert_cmpuint(cf_identities_get(ids)->len, ==, 1);
		const char *const *sources = cf_identities_get_sources(ids);
		g_assert_cmpstr(sources[0], ==, "一般公共预算财政拨款");
		g_assert_cmpstr(sources[1], ==, "财政拨款");
		g_assert_null(sources[2]);
	} else if (g_str_equal(c->name, "breakdown")) {
		/* a breakdown is no identity */
		g_assert_no_error(error);
		g_assert_cmpuint(cf_identities_get(ids)->len, ==, 1);
		GPtrArray *breakdowns = cf_identities_get_breakdowns(ids);
		g_assert_cmpuint(breakdowns->len, ==, 1);
		const CfBreakdown *b = g_ptr_array_index(breakdowns, 0);
		g_assert_cmpstr(b->id, ==, "x");
		g_assert_cmpstr(b->description, ==, "x");
		g_assert_cmpstr(b->wholes[1], ==, "農林牧漁");
		g_assert_null(b->wholes[2]);
		g_assert_cmpstr(b->remainders[0], ==, "服务");
		g_assert_null(b->remainders[1]);
	} else if (c->error == NULL) {
		g_assert_error(error, CF_ERROR, CF_ERROR_PATTERN);
		g_assert_null(ids);
		g_assert_true(g_str_has_prefix(error->message, "identities.ini: "));
	} else {
		g_assert_null(ids);
		g_assert_error(error, CF_ERROR, CF_ERROR_PATTERN);
		g_assert_cmpstr(error->message, ==, c->error);
	}
	g_remove(path);
	g_rmdir(dir);
}

static void
test_identities_self_test_failures(void)
{
	g_autofree char *dir = g_dir_make_tmp("crossfoot-identities-XXXXXX", NULL);
	g_autofree char *path = g_build_filename(dir, "identities.ini", NULL);
	g_assert_true(g_file_set_contents(path,
					  "[x]\nresult=^基本支出$\nresult-match=基本支出预算\n"
					  "result-no-match=基本支出\npart1=^a$\npart2=^b$\n",
					  -1, NULL));
	g_autoptr(GError) error = NULL;
	g_autoptr(CfIdentities) ids = cf_identities_load(dir, &error);
	g_assert_no_error(error);
	g_assert_false(cf_identities_self_test(ids, &error));
	g_assert_cmpstr(error->message, ==,
			"identities.ini:2: [x] result: '基本支出预算' must match\n"
			"identities.ini:2: [x] result: '基本支出' must not match");
	g_remove(path);
	g_rmdir(dir);
}

static void
test_identities_missing_file(void)
{
	g_autofree char *dir = g_dir_make_tmp("crossfoot-identities-XXXXXX", NULL);
	g_autoptr(GError) error = NULL;
	g_autoptr(CfIdentities) ids = cf_identities_load(dir, &error);
	g_assert_no_error(error);
	g_assert_cmpuint(cf_identities_get(ids)->len, ==, 0);
	g_rmdir(dir);
}

/* The words before a number, cut at the last clause mark: one backward scan now; the first
 * version searched back for each mark in turn.  Both must cut every text at the same place. */
static char *
reference_clause(const char *text)
{
	static const char *const marks[] = {"，", "。", "；", "：", "！", "？", ",", ";", ":", "\n"};
	gsize start = 0, end = strlen(text);
	for (gsize i = 0; i < G_N_ELEMENTS(marks); i++) {
		gsize n = strlen(marks[i]);
		for (gsize p = end; p >= start + n; p--)
			if (memcmp(text + p - n, marks[i], n) == 0) {
				start = p;
				break;
			}
	}
	return g_strdup(text + start);
}

static void
test_text_before_clause(void)
{
	static const char *const pieces[] = {"，", "。", "；", "：", "！", "？", ",", ";", ":", "、",
					     "预算", "支出", "a", "1", " ", "（", "）"};
	GRand *rand = g_rand_new_with_seed(7);
	for (guint round = 0; round < 300; round++) {
		g_autoptr(GString) text = g_string_new(NULL);
		guint n = (guint)g_rand_int_range(rand, 1, 40);
		for (guint i = 0; i < n; i++) {
			g_string_append(text, pieces[g_rand_int_range(rand, 0, G_N_ELEMENTS(pieces))]);
			if (g_rand_int_range(rand, 0, 12) == 0)
				g_string_append_c(text, '\n');
		}
		g_autoptr(CfDocument) doc = cf_test_document_from_text("clause.txt", text->str);
		CfCheckContext ctx = {.document = doc};
		for (gsize at = 0; at <= doc->norm_length; at = g_utf8_next_char(doc->norm + at) - doc->norm) {
			CfClaim claim = {.range = {at, at}};
			g_autofree char *whole = cf_rates_text_before(&ctx, NULL, &claim, FALSE);
			g_autofree char *clause = cf_rates_text_before(&ctx, NULL, &claim, TRUE);
			g_autofree char *expected = reference_clause(whole);
			g_assert_cmpstr(clause, ==, expected);
			if (at == doc->norm_length)
				break;
		}
	}
	g_rand_free(rand);
}

/* The one-pass word search (cf-check-words.h: the change and year families') finds what
 * strstr() on a copy finds: every occurrence of every word, on random texts of words, parts of
 * words, ASCII and broken UTF-8, long enough for the 16-byte steps and their tails, a list
 * with a word of under three bytes (searched one by one) and a list of more than 16 words,
 * some of one character, many sharing their first bytes (the year family's cues). */
static void
test_change_word_search(void)
{
	static const char *const anchors[] = {"上年", "去年", "同比", "上一年", NULL};
	static const char *const cues[] = {"比上年", "较上年", "比去年", "同比", "与上年相比",
					   "上年同期", "持平", "无变化", "没有变化", NULL};
	static const char *const mixed[] = {"ab", "上年", "x\xe5\x8e", NULL};
	static const char *const many[] = {"比", "较", "同比", "同期", "上年", "去年", "上一年",
					   "以来", "连续", "累计", "历年", "将", "计划", "拟",
					   "预计", "下一步", "明年", "下年", "下一年", "截至", "截止",
					   "预算", "支出", "结转", NULL};
	static const char *const *const lists[] = {anchors, cues, mixed, many};
	static const char *const pieces[] = {"上", "年", "去", "同", "比", "较", "一", "与", "相",
					     "期", "持平", "无", "变化", "没有", "上年", "去年",
					     "。", "，", "a", "b", "x", "1", " ", "\xe5", "\x8e",
					     "\xbb", "\xe4\xb8", "万元", "增加", "将", "计划", "拟",
					     "截", "至", "止", "下", "步", "明", "以来", "连续", "预",
					     "算", "支出", "结转"};
	guint32 state = 7;
	for (guint round = 0; round < 3000; round++) {
		g_autoptr(GString) text = g_string_new(NULL);
		cf_test_append_random_pieces(text, pieces, G_N_ELEMENTS(pieces), round % 40, &state);
		for (guint l = 0; l < G_N_ELEMENTS(lists); l++) {
			/* a window of the text, so that the search must stop at its length */
			gsize length = text->len - (text->len ? round % MIN(text->len, 4u) : 0);
			g_autofree char *copy = g_strndup(text->str, length);
			guint expected = 0;
			for (guint w = 0; lists[l][w]; w++)
				for (const char *p = strstr(copy, lists[l][w]); p;
				     p = strstr(p + 1, lists[l][w]))
					expected++;
			gboolean contains = FALSE;
			guint n = cf_check_change_count_words(text->str, length, lists[l], &contains);
			g_assert_cmpuint(n, ==, expected);
			g_assert_cmpint(contains, ==, expected > 0);
		}
	}
}

/* The change family's anchor words, found stretch after stretch keeping what the last
 * stretch found (the stretches of one line's sentences overlap), are those a search of each
 * stretch alone finds: random texts of the anchor words and their parts, stretches that
 * overlap, follow, nest, go back, end before the last one, start at 0. */
static void
test_change_anchors_incremental(void)
{
	static const char *const pieces[] = {"上年", "去年", "同比", "上一年", "上", "年", "一",
					     "去", "同", "比", "较", "。", "a", " ", "\xe5"};
	guint32 state = 23;
	GRand *rand = g_rand_new_with_seed(99);
	for (guint round = 0; round < 2000; round++) {
		g_autoptr(GString) text = g_string_new(NULL);
		cf_test_append_random_pieces(text, pieces, G_N_ELEMENTS(pieces), 20 + round % 60,
					     &state);
		gsize starts[12], ends[12];
		gsize start = 0, end = 0;
		guint n = G_N_ELEMENTS(starts);
		for (guint i = 0; i < n; i++) {
			gint32 len = (gint32)text->len;
			switch (g_rand_int_range(rand, 0, 5)) {
			case 0: /* anywhere */
				start = (gsize)g_rand_int_range(rand, 0, len + 1);
				end = (gsize)g_rand_int_range(rand, (gint32)start, len + 1);
				break;
			default: /* on from the last, overlapping it */
				start = (gsize)g_rand_int_range(rand, (gint32)start, (gint32)end + 1);
				end = (gsize)g_rand_int_range(rand, (gint32)MAX(start, end), len + 1);
				break;
			}
			starts[i] = start;
			ends[i] = end;
		}
		g_assert_true(cf_check_change_anchors_agree(text->str, starts, ends, n));
	}
	g_rand_free(rand);
}

/* cf_word_bytes_in() (each word ruled out by its bytes before memmem()) says what strstr() of
 * each word on a copy says: random texts of the words, parts of them (a word's bytes all
 * there but not in order), ASCII, broken UTF-8, windows cut short of the text's end; lists
 * with an ASCII word and a word of one character. */
static void
test_word_bytes(void)
{
	static const char *const money[] = {"金额", "资金", "经费", "万元", "元", "总额", "ab"};
	static const char *const difference[] = {"大于", "超出", "节约", "节余", "比上年",
						 "较上年", "同比", "未支付", "其中"};
	static CfWordBytes lists[2];
	const CfWordBytes *wb[] = {
		cf_word_bytes_get(&lists[0], money, G_N_ELEMENTS(money)),
		cf_word_bytes_get(&lists[1], difference, G_N_ELEMENTS(difference)),
	};
	static const char *const pieces[] = {"金", "额", "资", "经费", "万", "元", "总", "大", "于",
					     "超", "出", "节", "约", "余", "比", "上年", "较", "同",
					     "未", "支付", "其", "中", "a", "b", " ", "\xe9", "\x87",
					     "，", "1"};
	guint32 state = 11;
	guint found = 0;
	for (guint round = 0; round < 4000; round++) {
		g_autoptr(GString) text = g_string_new(NULL);
		cf_test_append_random_pieces(text, pieces, G_N_ELEMENTS(pieces), round % 24, &state);
		gsize length = text->len - (text->len ? round % MIN(text->len, 5u) : 0);
		g_autofree char *copy = g_strndup(text->str, length);
		for (guint l = 0; l < G_N_ELEMENTS(wb); l++) {
			gboolean expected = FALSE;
			for (guint w = 0; w < wb[l]->n; w++)
				expected = expected || strstr(copy, wb[l]->words[w]) != NULL;
			g_assert_cmpint(cf_word_bytes_in(wb[l], text->str, length), ==, expected);
			found += expected;
		}
	}
	g_assert_cmpuint(found, >, 1000);
	g_assert_cmpuint(found, <, 7000);
}

/* cf_rates_last_word() (read back from the end through a last-byte index) against the
 * strstr() search of every word it replaced: the word ending last, at the same end the longer,
 * then the first listed.  Random texts of the words, parts of them, ASCII and broken UTF-8;
 * one list has words sharing their last bytes and a word inside another. */
static gint
reference_last_word(const char *text, const CfRatesWord *words, guint n_words)
{
	gint best = -1;
	gsize best_end = 0, best_length = 0;
	for (guint i = 0; i < n_words; i++) {
		const char *w = words[i].word;
		for (const char *p = strstr(text, w); p; p = strstr(p + 1, w)) {
			gsize end = (gsize)(p - text) + words[i].length;
			if (end > best_end || (end == best_end && words[i].length > best_length)) {
				best = (gint)i;
				best_end = end;
				best_length = words[i].length;
			}
		}
	}
	return best;
}

static void
test_rates_last_word(void)
{
	static const CfRatesWord words[] = {
		CF_RATES_WORD("预算", 1),   CF_RATES_WORD("预算数", 2), CF_RATES_WORD("全年预算", 3),
		CF_RATES_WORD("算数", 4),   CF_RATES_WORD("支出", 5),   CF_RATES_WORD("实际支出", 6),
		CF_RATES_WORD("率", 7),     CF_RATES_WORD("%", 8),      CF_RATES_WORD("ab", 9),
		CF_RATES_WORD("b", 10),     CF_RATES_WORD("\xe7\xae", 11),
	};
	static const char *const pieces[] = {"预", "算", "数", "全年", "支", "出", "实际", "率",
					     "%", "a", "b", " ", "。", "\xe7", "\xae", "\x97",
					     "万元", "金额", "/"};
	static CfRatesWordIndex index;
	guint32 state = 11;
	for (guint round = 0; round < 3000; round++) {
		g_autoptr(GString) text = g_string_new(NULL);
		cf_test_append_random_pieces(text, pieces, G_N_ELEMENTS(pieces), round % 30,
					     &state);
		gint expected = reference_last_word(text->str, words, G_N_ELEMENTS(words));
		gint got = cf_rates_last_word(&index, words, G_N_ELEMENTS(words), text->str,
					      text->len);
		g_assert_cmpint(got, ==, expected);
	}
}

/* The change family's ending reader against plain suffix comparisons (no last-byte filter),
 * on random texts of direction verbs, fillers, parts of them, ASCII and broken UTF-8.  The
 * word lists are those of cf-check-change.c. */
static gboolean
reference_strip(const char *text, gsize *n, const char *const *words)
{
	gboolean stripped = FALSE;
	for (guint i = 0; words[i]; i++) {
		gsize m = strlen(words[i]);
		if (*n >= m && memcmp(text + *n - m, words[i], m) == 0) {
			*n -= m;
			stripped = TRUE;
		}
	}
	return stripped;
}

static guint
reference_direction(const char *text, gsize n, gboolean allow_reach)
{
	static const char *const increase[] = {"增加", "增长", "上升", "提高",
					       "增幅", "多",   "增",   NULL};
	static const char *const decrease[] = {"减少", "下降", "降低", "下滑", "降幅", "减幅",
					       "节约", "少",   "减",   NULL};
	static const char *const fillers[] = {"了", "为", "达", "约", "幅度", " ", NULL};
	static const char *const reach[] = {"到", "至", NULL};
	while (n > 0 && g_ascii_isspace(text[n - 1]))
		n--;
	for (gboolean again = TRUE; again;) {
		again = reference_strip(text, &n, fillers);
		if (allow_reach && reference_strip(text, &n, reach))
			again = TRUE;
	}
	for (guint pass = 0; pass < 2; pass++) {
		const char *const *words = pass == 0 ? increase : decrease;
		gsize m = n;
		if (reference_strip(text, &m, words))
			return pass + 1;
	}
	return 0;
}

static void
test_change_ending_direction(void)
{
	static const char *const pieces[] = {"增加", "增长", "减少", "下降", "节约", "多", "少",
					     "增",   "减",   "了",   "为",   "达",   "约", "幅度",
					     " ",    "\t",   "到",   "至",   "比上年", "万元",
					     "a",    "1",    "\xe5", "\x8e", "\xe4\xb8", "。", "增幅",
					     "降幅", "上升", "提高", "降低", "下滑"};
	guint32 state = 11;
	for (guint round = 0; round < 5000; round++) {
		g_autoptr(GString) text = g_string_new(NULL);
		cf_test_append_random_pieces(text, pieces, G_N_ELEMENTS(pieces), round % 9, &state);
		for (gsize cut = 0; cut <= MIN(text->len, 3u); cut++) {
			gsize n = text->len - cut;
			for (guint reach = 0; reach < 2; reach++)
				g_assert_cmpuint(
					cf_check_change_ending_direction(text->str, n, reach), ==,
					reference_direction(text->str, n, reach));
		}
	}
}

/* cf_check_put_int() writes what %d does, at the ends of the range and in between. */
/* A 决算说明 taken from a PDF: its paragraphs cut into lines in mid-sentence.  The level,
 * the change and the rate of one statement stand on three lines; the finding names the rate's
 * own line and column. */
static void
test_change_wrapped_lines(void)
{
	static const char text[] =
		"（一）本单位2021年度总收入581.45万元，其中本年收\n"
		"入390.55万元，较2020年度决算数减少175.26万元，下降31%。\n"
		"1.一般公共预算财政拨款收入382.17万元，为市本级财政\n"
		"当年拨付的资金。较2020年度决算数减少157.86万元，下降\n"
		"22.2%，主要原因：一是军休人员自然减员减少下拨相应的\n"
		"离退休费、生活补助及其他经费；二是压减了机构经费。\n"
		"2.上级补助收入8.38万元，为事业单位开展业务活动取得\n"
		"的收入。较2020年度决算数减少17.40万元，下降67.5%，主\n"
		"要原因是军休人员自然减员。\n";
	g_autoptr(CfDocument) doc = cf_test_document_from_text("wrapped.txt", text);
	g_autoptr(GPtrArray) findings = cf_test_check(doc, "change-mismatch");
	cf_test_dump(findings);
	g_assert_cmpuint(findings->len, ==, 1);
	const CfFinding *f = cf_test_find_message(
		findings, "change-mismatch", 5,
		"157.86万元 / last year's (382.17万元 + 157.86万元) = 29.2");
	g_assert_nonnull(f);
	g_assert_cmpuint(f->primary.column, ==, 1);
}

static void
test_put_int(void)
{
	static const int edges[] = {0, 1, -1, 9, 10, -10, 2022, 99999, G_MAXINT, G_MININT,
				    G_MININT + 1, G_MAXINT - 1};
	GRand *rand = g_rand_new_with_seed(5);
	for (guint i = 0; i < 20000; i++) {
		int value = i < G_N_ELEMENTS(edges) ? edges[i] : (int)g_rand_int(rand);
		char got[16], want[16];
		*cf_check_put_int(got, value) = '\0';
		g_snprintf(want, sizeof want, "%d", value);
		g_assert_cmpstr(got, ==, want);
	}
	g_rand_free(rand);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *path = g_strdup_printf("/check/%s", cases[i].name);
		g_test_add_data_func(path, &cases[i], test_case);
	}
	for (gsize i = 0; i < G_N_ELEMENTS(seed_cases); i++) {
		g_autofree char *path = g_strdup_printf("/check/seed/%.3s-%s-line-%u",
							strchr(seed_cases[i].file, '/') + 1,
							seed_cases[i].rule, seed_cases[i].line);
		g_test_add_data_func(path, &seed_cases[i], test_seed);
	}
	g_test_add_func("/check/seed/rate-findings-total", test_seed_totals);
	for (gsize i = 0; i < G_N_ELEMENTS(mutations); i++) {
		g_autofree char *path = g_strdup_printf("/check/mutation/%.3s-line-%u-%zu",
							strchr(mutations[i].file, '/') + 1,
							mutations[i].line, i);
		g_test_add_data_func(path, &mutations[i], test_mutation);
	}
	g_test_add_func("/check/rates/text-before-clause", test_text_before_clause);
	g_test_add_func("/check/identity/real-file", test_identities_real_file);
	g_test_add_func("/check/identity/user-added", test_identities_user_added);
	g_test_add_func("/check/identity/breakdown-user-added", test_breakdown_user_added);
	g_test_add_func("/check/identity/self-test-failures", test_identities_self_test_failures);
	g_test_add_func("/check/identity/missing-file", test_identities_missing_file);
	g_test_add_func("/check/rates/last-word", test_rates_last_word);
	g_test_add_func("/check/change/word-search", test_change_word_search);
	g_test_add_func("/check/words/bytes", test_word_bytes);
	g_test_add_func("/check/change/anchors-incremental", test_change_anchors_incremental);
	g_test_add_func("/check/change/ending-direction", test_change_ending_direction);
	g_test_add_func("/check/put-int", test_put_int);
	g_test_add_func("/check/change/wrapped-lines", test_change_wrapped_lines);
	for (gsize i = 0; i < G_N_ELEMENTS(load_cases); i++) {
		g_autofree char *path = g_strdup_printf("/check/identity/load/%s", load_cases[i].name);
		g_test_add_data_func(path, &load_cases[i], test_identities_load_errors);
	}
	return g_test_run();
}
