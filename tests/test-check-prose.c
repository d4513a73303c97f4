/* Tests of the prose check families: sum, product (and rates), description, enumeration.
 * Synthetic texts in the seeds' style (each must fire at its line, or must stay silent), then
 * the seed expectations of issue 3 that belong to these rules. */
#include "cf-test-pipeline.h"
#include "cf-test-random.h"
#include "check/cf-check-prose.h"

#define TABLE_HEAD "项目情况如下：\n金额单位：万元\n\t项目名称\n\t资金用途\n\t预算金额\n\n"

typedef struct {
	const char *name;
	const char *rule;
	const char *text;
	guint line;           /* 0: no finding of @rule (at note or above) */
	CfSeverity severity;
	const char *message;  /* a substring the message must hold, or NULL */
} ProseCase;

static const ProseCase cases[] = {
	/* ---- sum: must fire ---- */
	/* a threshold said with 了 is one as well (r47-15) */
	/* people counted in two magnitudes add up (r51-20); things do not, as a list in 万个
	 * then one in 个 is more often another list (r44-37) */
	{"sum/people-in-two-magnitudes", "sum-mismatch",
	 "基本养老保险参保1209.26万人。其中,职工基本养老保险在职参保1167.88万人,离退休参保40.36万人,"
	 "居民基本养老保险参保10199人。",
	 0, 0, NULL},
	{"sum/people-in-two-magnitudes-broken", "sum-mismatch",
	 "基本养老保险参保1210.26万人。其中,职工基本养老保险在职参保1167.88万人,离退休参保40.36万人,"
	 "居民基本养老保险参保10199人。",
	 1, CF_SEVERITY_WARNING, "1167.88万人 + 40.36万人 + 10199人"},
	/* …and so are visits of people (r94-10) */
	{"sum/visits-in-two-magnitudes", "sum-mismatch",
	 "共计接待游客12.4万人次,其中乡村旅游接待游客6.99万人次,研学接待4200余人次,其他景区接待游客4.97万"
	 "人次。",
	 0, 0, NULL},
	{"sum/things-in-two-magnitudes", "sum-mismatch",
	 "我省第二次农业普查共调查了1339个乡级行政单位,其中乡633个,镇561个;28536个村级组织,其中28171个"
	 "村;595.8万个住户,其中在农村居住1年以上的家庭户588.8万户。",
	 0, 0, NULL},
	/* quantities of one unit add up, in any magnitude; a near miss only, as a bulletin
	 * breaks one quantity down several ways (r64-40, r54-34, r81-15, r81-23) */
	{"sum/quantities-near-miss", "sum-mismatch",
	 "经济作物播种面积4436.1公顷,其中,油料面积333.3公顷,产量693吨;棉花面积3.2公顷,产量4.2吨;中草药材"
	 "面积431.8公顷,产量911吨;蔬菜及食用菌面积3512.8公顷,产量137575.8吨;瓜果类面积153.9公顷,产量"
	 "1933.9吨。",
	 1, CF_SEVERITY_WARNING, "333.3公顷 + 3.2公顷 + 431.8公顷 + 3512.8公顷 + 153.9公顷 = 4435公顷"},
	{"sum/quantities-in-two-magnitudes", "sum-mismatch",
	 "全县供水总量1.2650亿立方米,其中地表水10200万立方米,地下水2480万立方米。",
	 1, CF_SEVERITY_WARNING, "10200万立方米 + 2480万立方米"},
	{"sum/quantities-hold", "sum-mismatch",
	 "全年粮食产量80.3万吨,下降2.4%,其中:小春粮食产量14.8万吨,增长1.4%;大春粮食产量65.5万吨,"
	 "下降3.3%。",
	 0, 0, NULL},
	{"sum/quantities-overlap", "sum-mismatch",
	 "2018年,全国水资源总量27462.5亿立方米,与多年平均值基本持平。其中,地表水资源量26323.2亿立方米,"
	 "地下水资源量8246.5亿立方米,地下水与地表水资源不重复量为1139.3亿立方米。",
	 0, 0, NULL},
	{"sum/quantities-nested", "sum-mismatch",
	 "2014年全国夏粮总产量13659.6万吨,比2013年增产474.8万吨,增长3.6%。其中谷物产量12580.9万吨,"
	 "比2013年增产438.8万吨;小麦产量11989.9万吨,增产404.5万吨。",
	 0, 0, NULL},
	/* names joined by 和 before 分别 and one figure are each of that figure (r80-39), an item,
	 * no breakdown of the part before; 分别 before a list of figures is no such */
	{"sum/respective-one-figure", "sum-mismatch",
	 "全市征收入库完成8.09亿元。其中,中央级入库3.24亿元、自治区级和盟市级分别入库1.21亿元、旗县级入库"
	 "2.43亿元。",
	 0, 0, NULL},
	{"sum/respective-one-figure-broken", "sum-mismatch",
	 "全市征收入库完成8.29亿元。其中,中央级入库3.24亿元、自治区级和盟市级分别入库1.21亿元、旗县级入库"
	 "2.43亿元。",
	 1, CF_SEVERITY_ERROR, "3.24亿元 + 2 × 1.21亿元 + 2.43亿元 = 8.09亿元"},
	/* 农林牧渔业 holds its services besides 农业, 林业, 牧业 and 渔业: a list without them
	 * is partial (r81-08, r64-04, r64-32); with them, whole */
	{"sum/farming-without-services", "sum-mismatch",
	 "全年农林牧渔业总产值2081.83亿元,其中,农业产值562.55亿元,林业产值147.32亿元,牧业产值432.93亿元,"
	 "渔业产值854.05亿元。",
	 0, 0, NULL},
	{"sum/farming-with-services", "sum-mismatch",
	 "全年农林牧渔业总产值2081.83亿元,其中,农业产值562.55亿元,林业产值147.32亿元,牧业产值432.93亿元,"
	 "渔业产值854.05亿元,农林牧渔服务业产值74.98亿元。",
	 1, CF_SEVERITY_WARNING, "= 2071.83亿元"},
	/* a developer's 到位资金 holds 其他资金 besides the sources a release names (r87-08) */
	{"sum/funds-in-place-without-other", "sum-mismatch",
	 "1—2月份,房地产开发企业到位资金25143亿元,同比下降17.7%。其中,国内贷款4105亿元,同比下降21.1%;"
	 "利用外资7亿元,下降27.4%;自筹资金7757亿元,下降6.2%;定金及预收款8027亿元,下降27.0%;个人按揭贷款"
	 "4124亿元,下降16.9%。",
	 0, 0, NULL},
	{"sum/funds-in-place-with-other", "sum-mismatch",
	 "房地产开发企业到位资金25143亿元。其中,国内贷款4105亿元,利用外资7亿元,自筹资金7757亿元,其他资金"
	 "12374亿元。",
	 1, CF_SEVERITY_ERROR, "= 24243亿元"},
	/* …卫生技术人员 its 其他 besides 医师 and 护士 (r95-05); parts above it still contradict
	 * (r95-10) */
	{"sum/health-staff-without-other", "sum-mismatch",
	 "年末卫生技术人员858人,其中执业(助理)医师385人、注册护士431人。", 0, 0, NULL},
	{"sum/health-staff-parts-above", "sum-mismatch",
	 "卫生技术人员4165人,其中执业(助理)医师1419人、药师240人、注册护士2507人。",
	 1, CF_SEVERITY_WARNING, "= 4166人"},
	/* …a hospital's income its 科教项目收入 and 其他收入 besides the two its news name
	 * (r110-10) */
	{"sum/hospital-income-without-other", "sum-mismatch",
	 "医院总收入27923.88万元,其中:财政补助收入160.44万元,医疗收入为27435.73万元。", 0, 0, NULL},
	{"sum/hospital-income-with-other", "sum-mismatch",
	 "医院总收入27923.88万元,其中:财政补助收入160.44万元,医疗收入为27435.73万元,其他收入127.71万元。",
	 1, CF_SEVERITY_ERROR, "= 27723.88万元"},
	/* a remainder's word names no whole of its own (其他支出 is no standard breakdown) */
	{"sum/other-is-no-standard-whole", "sum-mismatch",
	 "其他支出100万元,其中印刷费40万元、邮电费50万元、差旅费5万元。", 1, CF_SEVERITY_ERROR,
	 "= 95万元"},
	/* …a bank's 贷款余额 its 票据融资 besides 住户 and 企(事)业单位's (r92-11) */
	{"sum/loans-without-bills", "sum-mismatch",
	 "金融机构各项贷款余额1662.8亿元,比上年末增加325.6亿元,增长24.4%。其中,住户贷款余额705.4亿元,"
	 "企(事)业单位贷款余额935.7亿元。", 0, 0, NULL},
	/* a quantity per unit of something, or of a measure that does not add up, is no part */
	{"sum/quantities-per-unit", "sum-mismatch",
	 "今年夏粮亩产370.4公斤/亩,其中小麦394.2公斤/亩、大麦302.9公斤/亩。", 0, 0, NULL},
	{"sum/quantities-not-additive", "sum-mismatch",
	 "全市平均降水量593.4毫米,其中城区600.2毫米,郊区580.1毫米。", 0, 0, NULL},
	/* a range's bounds are no whole (r44-17) */
	{"sum/range-bound", "sum-mismatch",
	 "在300万人至400万人之间的有5个分别为黔东南州3758622人、黔南州3494385人、铜仁市3298468人、六盘水市"
	 "3031602人、黔西南州3015112人,少于300万人的有1个为安顺市2470630人。",
	 0, 0, NULL},
	{"sum/threshold-with-le", "sum-mismatch",
	 "有六个省市的研发投入超过了千亿元,分别是广东(3098.5亿元)、江苏(2779.5亿元)。", 0, 0, NULL},
	/* parts after amounts of one clause run are of the one they add up to (r49-03); not
	 * of an amount of another clause (after ；) */
	{"sum/parts-of-earlier-amount", "sum-mismatch",
	 "全区共收到中央直达资金10.53亿元,支出9.4亿元,支出进度89.3%。其中专项转移支付9.31亿元,已支出95%,"
	 "奖补资金0.15亿元已全部支出,共同财政事权转移支付资金1.08亿元。",
	 0, 0, NULL},
	{"sum/parts-of-earlier-amount-broken", "sum-mismatch",
	 "全区共收到中央直达资金10.53亿元,支出9.4亿元,支出进度89.3%。其中专项转移支付9.31亿元,已支出95%,"
	 "奖补资金0.15亿元已全部支出,共同财政事权转移支付资金1.28亿元。",
	 1, CF_SEVERITY_ERROR, "支出 9.4亿元 is not the sum of the 3 amounts"},
	{"sum/parts-not-of-other-clause", "sum-mismatch",
	 "共预算24万元专项资金,用于补贴;项目资金预算20万元,其中2万用于奖励,12万元用于工作经费,10.8万用于培训。",
	 1, CF_SEVERITY_ERROR, "项目资金预算 20万元 is not the sum"},
	{"sum/other-list-short", "sum-mismatch",
	 "实际支出100万元，其中：人员经费60万元、公用经费35万元。", 1, CF_SEVERITY_ERROR,
	 "实际支出 100万元 is not the sum of the 2 amounts listed after 其中: 60万元 + 35万元 = 95万元"},
	/* a total inside a numbered item: its list ends where the next item starts */
	{"sum/list-ends-at-next-item", "sum-mismatch",
	 "本年度支出预算284.45万元。其中：1、基本支出173.89万元，包括：人员经费支出161.57万元，公用经费"
	 "支出12.23万元；2、项目支出110.56万元，包括：商品服务支出72.74万元，其他支出37.82万元。",
	 1, CF_SEVERITY_WARNING, "161.57万元 + 12.23万元 = 173.8万元"},
	{"sum/list-ends-at-next-item-holds", "sum-mismatch",
	 "本年度支出预算284.45万元。其中：1、基本支出173.80万元，包括：人员经费支出161.57万元，公用经费"
	 "支出12.23万元；2、项目支出110.65万元，包括：商品服务支出72.74万元，其他支出37.91万元。",
	 0, 0, NULL},
	{"sum/parts-exceed", "sum-mismatch", "支出100万元，其中A项目80万元，B项目30万元。", 1,
	 CF_SEVERITY_ERROR, "difference -10万元"},
	{"sum/closing-total", "sum-mismatch", "A经费3万元，B经费2万元，合计8万元。", 1,
	 CF_SEVERITY_ERROR, "listed before 合计"},
	{"sum/closing-total-zongji", "sum-mismatch", "培训费12万元、会议费8万元，总计25万元。", 1,
	 CF_SEVERITY_ERROR, "listed before 总计"},
	{"sum/sentence-starts-with-qizhong", "sum-mismatch",
	 "今年预算80万元，全年支出50万元。其中人员经费30万元，公用经费25万元。", 1, CF_SEVERITY_ERROR,
	 "全年支出 50万元"},
	{"sum/clauses-then-total", "sum-mismatch", "工资：10万元。奖金：5万元。合计：18万元。", 1,
	 CF_SEVERITY_ERROR, "the 2 amounts stated before 合计"},
	{"sum/counts", "sum-mismatch", "共有干部30人，其中男性20人，女性12人。", 1, CF_SEVERITY_ERROR,
	 "counts listed after 其中"},
	{"sum/baokuo", "sum-mismatch", "项目支出200万元，包括培训费120万元，会议费90万元。", 1,
	 CF_SEVERITY_ERROR, "listed after 包括"},
	{"sum/fenbie", "sum-mismatch", "下达资金90万元，分别用于甲村40万元、乙村40万元。", 1,
	 CF_SEVERITY_ERROR, "listed after 分别"},
	{"sum/nested-inner-broken", "sum-mismatch",
	 "全年实际支出3027.51万元。其中基本支出1589.25万元，主要包括人员经费共1469.39万元，"
	 "公用经费129.86万元。",
	 1, CF_SEVERITY_ERROR, "基本支出 1589.25万元 is not the sum"},
	{"sum/second-line", "sum-mismatch",
	 "一、概况\n一般公共服务支出1318.8万元，其中区本级资金1005.74万元，上级资金303.06万元。", 2,
	 CF_SEVERITY_ERROR, NULL},
	{"sum/small-gap-warning", "sum-mismatch",
	 "实际支出51.00万元，其中：干部工作19.77万元、干部监督6.15万元、教育8.30万元、党建16.72万元。",
	 1, CF_SEVERITY_WARNING, NULL},
	{"sum/shares-complete-list", "sum-mismatch",
	 "本年收入合计1000万元，其中：财政拨款收入620万元，占61%；事业收入320万元，占32%；"
	 "其他收入70万元，占7%。",
	 1, CF_SEVERITY_ERROR, "the 3 amounts listed after 其中: 620万元 + 320万元 + 70万元 = 1010万元"},
	{"sum/parallel-list-column-broken", "sum-mismatch",
	 "三公经费支出3.0万元，年初预算为4.0万元，差值为1.0万元。其中：公务用车支出1.0万元，年初预算为"
	 "1.5万元，差值为0.5万元；公务接待费支出2.0万元，年初预算为2.5万元，差值为0.8万元。",
	 1, CF_SEVERITY_ERROR,
	 "差值 1.0万元 is not the sum of the same figure of the 2 items listed after it: 0.5万元 + 0.8万元"},
	/* a column of gaps: each item's gap against its two figures */
	{"sum/parallel-list-gap-broken", "sum-mismatch",
	 "三公经费支出3.0万元，年初预算为4.0万元，差值为1.0万元。其中：公务用车支出1.0万元，年初预算为"
	 "1.5万元，差值为0.5万元；公务接待费支出2.0万元，年初预算为2.5万元，差值为0.8万元。",
	 1, CF_SEVERITY_ERROR, "the gap 差值 0.8万元 is not 2.5万元 − 2.0万元 = 0.5万元"},
	/* an item over budget in a total under budget counts against the total's gap */
	{"sum/parallel-list-gap-signed-broken", "sum-mismatch",
	 "三公经费支出3.20万元，年初预算为4.00万元，差值为0.80万元。其中：公务用车支出1.00万元，"
	 "年初预算为2.00万元，差值为1.00万元；公务接待费支出2.20万元，年初预算为2.00万元，"
	 "差值为0.02万元。",
	 1, CF_SEVERITY_ERROR, "1.00万元 − 0.02万元 = 0.98万元"},
	/* the total is the first figure of its clause (the one the parts name), and an item
	 * states fewer figures than the others: each figure in its place */
	{"sum/parallel-list-ragged-broken", "sum-mismatch",
	 "当年预算批复指标71.48亿元，已用指标64.09亿元，预算结余9.39亿元，总体执行率87%。其中：县直"
	 "各部门批复指标39.41亿元，已用指标33.79亿元，预算结余5.62亿元；各乡镇批复指标11.49亿元，已用"
	 "指标7.94亿元，预算结余3.55亿元；实拨单位资金预算指标20.58亿元，已用指标20.36亿元。",
	 1, CF_SEVERITY_ERROR,
	 "已用指标 64.09亿元 is not the sum of the same figure of the 3 items listed after it: "
	 "33.79亿元 + 7.94亿元 + 20.36亿元 = 62.09亿元"},
	/* a place an item leaves out is a partial list: its parts may fall short, not exceed */
	{"sum/parallel-list-ragged-partial-exceeds", "sum-mismatch",
	 "当年预算批复指标71.48亿元，已用指标62.09亿元，预算结余9.00亿元。其中：县直各部门批复指标"
	 "39.41亿元，已用指标33.79亿元，预算结余5.62亿元；各乡镇批复指标11.49亿元，已用指标7.94亿元，"
	 "预算结余3.55亿元；实拨单位资金预算指标20.58亿元，已用指标20.36亿元。",
	 1, CF_SEVERITY_ERROR, "预算结余 9.00亿元 is not the sum"},
	{"sum/progress-list-broken", "sum-mismatch",
	 "项目资金303万元，其中：已拨付200万元，未拨付113万元。", 1, CF_SEVERITY_ERROR,
	 "200万元 + 113万元 = 313万元"},
	{"sum/added-to-breakdown-whole-broken", "sum-mismatch",
	 "全县一般公共预算收入完成16.75亿元，增长23%。其中：税收收入8.37亿元，下降1.9%；非税收入8.38亿元，"
	 "增长64.8%。加上上级补助收入45.54亿元、地方政府债务收入11.73亿元，以及动用预算稳定调节基金"
	 "0.22亿元、调入资金6.91亿元、上年结转3.52亿元后，收入总计86.65亿元。",
	 1, CF_SEVERITY_ERROR, "16.75亿元 + 45.54亿元"},
	{"sum/fund-main-incomes-exceed", "sum-mismatch",
	 "全国社会保险基金收入30829亿元，其中保险费收入24664亿元，财政补贴收入7180亿元。", 1,
	 CF_SEVERITY_ERROR, "the parts exceed the total"},
	/* a part whose followers sum to its interval's upper end (18.5 for 18) is no nested head */
	{"sum/no-fold-at-upper-end", "sum-mismatch",
	 "项目支出87.5万元，分别是交流经费5万元，评审及系统维护费18万元，外国专家工作经费2.5万元，"
	 "验收工作经费16万元，办公室工作经费18万元，监管经费9万元。",
	 1, CF_SEVERITY_ERROR, "5万元 + 18万元 + 2.5万元 + 16万元 + 18万元 + 9万元 = 68.5万元"},
	/* a 加上 chain adds to the figure right before its first 加: not the budget before it */
	{"sum/chain-from-its-base-broken", "sum-mismatch",
	 "一般公共预算收入预算数为15.39亿元，实际完成15.39亿元，比上年决算数14.94亿元增长3.0%，加上上级"
	 "补助收入13.36亿元、债券转贷收入2.05亿元，收入合计31.39亿元。",
	 1, CF_SEVERITY_ERROR, "15.39亿元 + 13.36亿元 + 2.05亿元 = 30.8亿元"},
	{"sum/spending-categories-exceed", "sum-mismatch",
	 "全年地方一般公共预算支出241.49亿元，其中，一般公共服务支出206.39亿元，科学技术支出25.45亿元，"
	 "教育支出175.63亿元。",
	 1, CF_SEVERITY_ERROR, "= 407.47亿元 (stated 241.49亿元, difference -165.98亿元)"},
	{"sum/revenue-kinds-nested-exceed", "sum-mismatch",
	 "地方一般公共预算收入12.16亿元。其中：税收收入8.79亿元，非税收入5.37亿元。", 1,
	 CF_SEVERITY_ERROR, "8.79亿元 + 5.37亿元 = 14.16亿元"},
	/* ---- sum: must stay silent ---- */
	{"sum/parallel-list-gap-signed", "sum-mismatch",
	 "三公经费支出3.20万元，年初预算为4.00万元，差值为0.80万元。其中：因公出国（境）支出0万元，"
	 "年初预算为0万元，差值为0万元；公务用车支出1.00万元，年初预算为2.00万元，差值为1.00万元；"
	 "公务接待费支出2.20万元，年初预算为2.00万元，差值为0.20万元。",
	 0, 0, NULL},
	{"sum/parallel-list-ragged-holds", "sum-mismatch",
	 "当年预算批复指标71.48亿元，已用指标62.09亿元，预算结余9.39亿元，总体执行率87%。其中：县直"
	 "各部门批复指标39.41亿元，已用指标33.79亿元，预算结余5.62亿元；各乡镇批复指标11.49亿元，已用"
	 "指标7.94亿元，预算结余3.55亿元；实拨单位资金预算指标20.58亿元，已用指标20.36亿元。",
	 0, 0, NULL},
	/* a budget variance (超收/短收) is no part */
	{"sum/budget-variance-not-part", "sum-mismatch",
	 "大口径财政收入累计完成81419万元。其中：一般公共预算收入46900万元，完成预算46508万元的100.8%，"
	 "超收392万元，同比增长6.8%；政府性基金收入34519万元，完成预算20000万元的172.6%，超收14519万元。",
	 0, 0, NULL},
	/* a subtotal stated after its parts stands for them in the closing total */
	{"sum/closing-subtotal-holds", "sum-mismatch",
	 "全县公共财政预算收入46900万元，加上级补助收入403127万元，地方政府一般债券转贷收入18195万元，"
	 "全县一般预算总收入468222万元，加上年结余11080万元，加调入资金335万元，再加动用预算稳定调节"
	 "基金1705万元，收入总计481342万元。",
	 0, 0, NULL},
	{"sum/closing-subtotal-broken", "sum-mismatch",
	 "全县公共财政预算收入46900万元，加上级补助收入403127万元，地方政府一般债券转贷收入18195万元，"
	 "全县一般预算总收入468222万元，加上年结余11080万元，加调入资金335万元，再加动用预算稳定调节"
	 "基金1705万元，收入总计491342万元。",
	 1, CF_SEVERITY_ERROR, "468222万元 + 11080万元 + 335万元 + 1705万元 = 481342万元"},
	/* where the whole stands now is no part; a list of 已/未 is one */
	/* 已完成 after a ；is progress too (r54-19) */
	/* a whole that counts its items, the list naming fewer, is partial (r56-04) — short of
	 * it, never over; as many as it counts, the whole breakdown */
	{"sum/counted-items-more-than-listed", "sum-mismatch",
	 "全县13项民生相关支出合计138966万元,其中教育支出36473万元、科学技术支出619万元、文化旅游体育与"
	 "传媒支出2446万元、社会保障和就业支出16403万元、卫生健康支出10145万元、节能环保支出7153万元、"
	 "城乡社区支出17557万元、农林水支出20000万元。",
	 0, 0, NULL},
	{"sum/counted-items-more-than-listed-over", "sum-mismatch",
	 "全县13项民生相关支出合计13896万元,其中教育支出36473万元、科学技术支出619万元、卫生健康支出"
	 "10145万元、节能环保支出7153万元。",
	 1, CF_SEVERITY_ERROR, NULL},
	{"sum/counted-items-all-listed", "sum-mismatch",
	 "全县3项民生支出合计30000万元,其中教育支出10000万元、卫生健康支出10000万元、农林水支出9000万元。",
	 1, CF_SEVERITY_ERROR, "= 29000万元 (stated 30000万元"},
	/* what an audit achieved: 增收节支 and 已减少财政拨款或补贴 are a whole and a part, no changes
	 * (r57-36: the whole was taken from the clause before, 331亿元) */
	{"sum/audit-savings", "sum-mismatch",
	 "查出损失浪费问题金额331亿元，为国家增收节支492亿元，其中已上交财政267亿元，已减少财政拨款或补贴"
	 "33亿元，已归还原渠道资金192亿元；移送处理事项1480件。",
	 0, 0, NULL},
	{"sum/audit-savings-broken", "sum-mismatch",
	 "查出损失浪费问题金额331亿元，为国家增收节支492亿元，其中已上交财政267亿元，已减少财政拨款或补贴"
	 "43亿元，已归还原渠道资金192亿元；移送处理事项1480件。",
	 1, CF_SEVERITY_ERROR, "267亿元 + 43亿元 + 192亿元 = 502亿元 (stated 492亿元"},
	/* a paragraph ending with 其中： and its items after it, each opening with its name and
	 * amount on a line of its own (r58-22, r58-19): one list, over the items' 。 */
	{"sum/named-items-broken", "sum-mismatch",
	 "2023年一般公共预算财政拨款基本支出500万元,其中:\n人员经费489.18万元,主要包括:基本工资、津贴补贴、"
	 "奖金。\n公用经费46.89万元,主要包括:办公费、印刷费。\n",
	 1, CF_SEVERITY_ERROR, "489.18万元 + 46.89万元 = 536.07万元 (stated 500万元"},
	{"sum/named-items-hold", "sum-mismatch",
	 "2023年一般公共预算财政拨款基本支出536.07万元,其中:\n人员经费489.18万元,主要包括:基本工资、津贴补贴、"
	 "奖金。\n公用经费46.89万元,主要包括:办公费、印刷费。\n",
	 0, 0, NULL},
	/* an item the layout cut over lines goes on to its next item */
	{"sum/named-items-cut-lines-broken", "sum-mismatch",
	 "六、一般公共预算基本支出情况说明\n2023 年本年一般公共预算基本支出 911000.39 元,其中:\n"
	 "人员经费 809961.19 元,主要包括:基本工资、津贴补\n贴、伙食补助费、绩效工资、机关事业单位基本养老保险费、\n"
	 "职业年金缴费、住房公积金、委托业务费。\n公用经费 71339.2 元,主要包括:办公费、工会经费、\n"
	 "其他商品服务和支出。\n七、一般公共预算“三公”经费情况说明\n",
	 2, CF_SEVERITY_ERROR, "809961.19元 + 71339.2元 = 881300.39元 (stated 911000.39元"},
	/* the first item in the paragraph of its 其中：, the next on a line of its own (a
	 * paragraph the layout wrapped, joined up to its 。) */
	{"sum/named-items-first-after-colon-broken", "sum-mismatch",
	 "基本支出911000.39元，其中：人员经费809961.19元，主要包括：基本工资。\n"
	 "公用经费71339.2元，主要包括：办公费。\n",
	 1, CF_SEVERITY_ERROR, "809961.19元 + 71339.2元 = 881300.39元 (stated 911000.39元"},
	/* named items end at one named unlike them or a total: 年末结转和结余 and 支出合计 are none */
	{"sum/named-items-end-at-other-name", "sum-mismatch",
	 "本年支出合计1000万元，其中：\n基本支出700万元；\n项目支出300万元。\n年末结转和结余50万元。\n"
	 "支出合计1000万元。\n",
	 0, 0, NULL},
	{"sum/named-items-end-at-other-name-broken", "sum-mismatch",
	 "本年支出合计1000万元，其中：\n基本支出700万元；\n项目支出350万元。\n年末结转和结余50万元。\n",
	 1, CF_SEVERITY_ERROR, "700万元 + 350万元 = 1050万元 (stated 1000万元"},
	/* a paragraph whose list is whole: the next, named alike, is no item of it */
	{"sum/list-after-colon-whole", "sum-mismatch",
	 "基本支出500万元，其中：人员支出400万元，公用支出100万元。\n项目支出300万元，主要用于设备购置。\n",
	 0, 0, NULL},
	/* a run of parts over ； that agrees with the whole only within the rounding of coarse
	 * parts does not stop a list that adds up exactly (r61-22: 11 of 12 parts, 0.365 of
	 * 0.375, were taken) */
	{"sum/exact-run-over-rounded-run", "sum-mismatch",
	 "安排用于教育基础设施建设0.375亿元,其中:二中教学综合楼新建项目0.01亿元;仰贤实验小学改扩建项目0.07亿元;"
	 "云贵小学教学楼新建项目0.04亿元;五中学生宿舍楼新建项目0.017亿元;六中综合大楼新建项目0.045亿元;"
	 "实验幼儿园新建项目0.07亿元;东平中心小学教学楼新建项目0.025亿元;汉口小学新建教学楼项目0.042亿元;"
	 "介福中学教学楼新建项目0.01亿元;坑仔口中心小学运动场建设项目0.006亿元;达埔镇第二中心幼儿园新建项目"
	 "0.03亿元;职专食堂新建项目0.01亿元。",
	 0, 0, NULL},
	{"sum/exact-run-over-rounded-run-short", "sum-mismatch",
	 "债务10.0亿元，其中：甲债务3亿元；乙债务6亿元；丙债务1亿元。", 0, 0, NULL},
	{"sum/rounded-run-only-broken", "sum-mismatch",
	 "债务10.0亿元，其中：甲债务3亿元；乙债务6亿元；丙债务2亿元。",
	 1, CF_SEVERITY_ERROR, "3亿元 + 6亿元 = 9亿元"},
	/* a list's 其他 part in the next sentence is of it (r59-06) */
	{"sum/other-part-after-full-stop", "sum-mismatch",
	 "去年住房公积金业务收入1496.73亿元,比上年增长19.51%。其中,委托存款利息收入404.96亿元,委托贷款利息收入"
	 "1081.92亿元,国债利息收入6.08亿元。其他收入3.77亿元。业务支出819.71亿元。",
	 0, 0, NULL},
	{"sum/other-part-after-full-stop-broken", "sum-mismatch",
	 "去年住房公积金业务收入1496.73亿元,比上年增长19.51%。其中,委托存款利息收入404.96亿元,委托贷款利息收入"
	 "1081.92亿元,国债利息收入6.08亿元。其他收入5.77亿元。业务支出819.71亿元。",
	 1, CF_SEVERITY_WARNING, "+ 5.77亿元 = 1498.73亿元"},
	/* sentences that break the whole down by another classification (按性别分, 按年龄分) each
	 * add up to it (r58-39) */
	{"sum/classifications-broken", "sum-mismatch",
	 "学校编制数:管理岗位0名、专业技术岗位56名,合计56名;宁县县城幼儿园实有在职61人,其中:一级教师14人;"
	 "二级教师43人;三级教师2人;工勤人员2人。按性别分:男职工4人,女职工57人。按年龄分:30岁以下15人;"
	 "31-40岁32人;41-50岁12人;50岁及以上4人。离休人员1人。",
	 1, CF_SEVERITY_ERROR, "the 4 counts listed 按年龄分: 15人 + 32人 + 12人 + 4人 = 63人 (stated 61人"},
	{"sum/classifications-hold", "sum-mismatch",
	 "学校编制数:管理岗位0名、专业技术岗位56名,合计56名;宁县县城幼儿园实有在职61人,其中:一级教师14人;"
	 "二级教师43人;三级教师2人;工勤人员2人。按性别分:男职工4人,女职工57人。按年龄分:30岁以下13人;"
	 "31-40岁32人;41-50岁12人;50岁及以上4人。离休人员1人。",
	 0, 0, NULL},
	/* only right after the breakdown of the whole */
	{"sum/classification-after-other-sentence", "sum-mismatch",
	 "实有在职61人,其中:教师59人;工勤人员2人。今年新招聘教师5人。按年龄分:30岁以下3人;31-40岁1人。",
	 0, 0, NULL},
	/* the whole's sibling, named as it is but for a numeral, ends its list (r64-40) */
	{"sum/sibling-of-whole-by-numeral", "sum-mismatch",
	 "地区生产总值全年完成116.5亿元,比上年同期增长4.6%,分产业看,第一产业完成13.3亿元,比上年同期下降0.5%;"
	 "第二产业完成43.5亿元,同比增长1.0%,其中工业完成37.7亿元,增长0.8%;第三产业完成59.7亿元,增长8.5%。",
	 0, 0, NULL},
	{"sum/sibling-of-whole-by-numeral-broken", "sum-mismatch",
	 "第二产业完成43.5亿元,同比增长1.0%,其中工业完成47.7亿元,增长0.8%;第三产业完成59.7亿元,增长8.5%。",
	 1, CF_SEVERITY_ERROR, "is less than the amount listed after 其中, 47.7亿元"},
	/* an average's breakdown gives averages of its kinds, no parts: named so, or under an
	 * intro that says so (r66-35, r66-01) */
	{"sum/average-whole", "sum-mismatch",
	 "2022年全国按在校学生人数平均的一般公共预算教育经费为15731.97元,比上年增长2.44%。其中,全国幼儿园为"
	 "10198.39元,比上年增长7.29%;全国普通小学为12791.64元,比上年增长3.32%。",
	 0, 0, NULL},
	{"sum/average-intro", "sum-mismatch",
	 "2019年全省幼儿园、普通小学生均一般公共预算教育经费增长情况是:\n1.全省幼儿园为7977.88元,比上年的"
	 "6628.28元增长20.36%。\n2.全省普通小学为11128.87元,比上年的10682.82元增长4.18%。其中,农村为11227.42元,"
	 "比上年的10780.10元增长4.15%。\n",
	 0, 0, NULL},
	/* a standard per student (元/生) is a rate, no whole (r109-17) */
	{"sum/per-student-standard", "sum-mismatch",
	 "高中建档立卡免学费按省示范性高中2000元/生、非省示范性高中1600元/生标准投入183.82万元,惠及学生1098人,"
	 "其中上级资金133.67万元,本级资金50.15万元。\n",
	 0, 0, NULL},
	/* people and visits of people count in one list (r109-05, r76-14) */
	{"sum/people-and-visits", "sum-mismatch",
	 "义务教育阶段贫困寄宿生资助 94人,资助金额5.81万元;非寄宿非建卡资助 882人,资助金额 24.33万元;"
	 "非寄宿建卡资助 305人,资助金额 19.03 万元;爱心午餐资助1281人次,资助金额 84.14万元;课后延时服务资助"
	 "  1161人次,资助金额 59.8 万元。合计资助3723人次,资助总金193.11 万元。\n",
	 0, 0, NULL},
	{"sum/people-and-visits-broken", "sum-mismatch",
	 "全年共组织各类职业培训1690万人次,其中就业技能培训897万人次,岗位技能提升培训542万人次,创业培训219万人次,"
	 "其他培训132万人。\n",
	 1, CF_SEVERITY_ERROR, "+ 132万人 = 1790万人次"},
	/* 月均 is an average too, and so are its changes (r108-04) */
	{"sum/average-monthly", "sum-mismatch",
	 "2022年,农民工月均收入4615元,比上年增加183元,增长4.1%。其中,外出农民工月均收入5240元,比上年增加227元,"
	 "增长4.5%;本地农民工月均收入4026元,比上年增加148元,增长3.8%。\n",
	 0, 0, NULL},
	/* a paragraph before that names an average and ends no intro says nothing of the next */
	{"sum/average-paragraph-before-broken", "sum-mismatch",
	 "全市居民人均可支配收入38000元,增长6%。\n全市一般公共预算收入100亿元,其中税收收入70亿元,非税收入"
	 "40亿元。\n",
	 2, CF_SEVERITY_ERROR, "70亿元 + 40亿元 = 110亿元"},
	/* a stock at a date after the year's flows is no total of them (r65-31) */
	{"sum/stock-at-date-after-flows", "sum-mismatch",
	 "2023年,基金投资收益额250.11亿元,投资收益率0.96%。基金自成立以来的年均投资收益率7.36%,累计投资收益额"
	 "16825.76亿元。2023年,财政性净拨入全国社会保障基金资金507.98亿元。截至2023年末,财政性拨入全国社会保障"
	 "基金资金和股票累计11440.71亿元。",
	 0, 0, NULL},
	{"sum/one-amount-clauses-closing-broken", "sum-mismatch",
	 "工资：800万元。奖金：100万元。合计：820万元。", 1, CF_SEVERITY_ERROR, "800万元 + 100万元"},
	/* a sentence naming the kinds between the whole and the 其中 that lists them (r67-11) */
	{"sum/whole-before-kinds-broken", "sum-mismatch",
	 "年初预算为5430万元,实际支出共计5353.48万元。扶持项目主要包括三大类:一是扶持专精特新小企业补助项目,"
	 "二是扶持中小企业融资服务补助项目、三是扶持中小企业公共服务体系建设补助项目。其中支持专精特新小企业资金"
	 "项目1650万元、支持融资服务专项资金项目1996.5万元、支持中小企业服务体系建设资金项目1709.98万元。",
	 1, CF_SEVERITY_WARNING, "1650万元 + 1996.5万元 + 1709.98万元 = 5356.48万元"},
	{"sum/whole-before-other-sentence", "sum-mismatch",
	 "年初预算为5430万元,实际支出共计5353.48万元。项目实施情况良好,群众满意。其中支持专精特新小企业资金项目"
	 "1650万元、支持融资服务专项资金项目1996.5万元、支持中小企业服务体系建设资金项目1709.98万元。",
	 0, 0, NULL},
	/* 增加值 is value added, a level, not an increase (r60-30) */
	{"sum/value-added-is-a-level-broken", "sum-mismatch",
	 "市属国有工业企业累计增加值66.97亿元,同比增长11%。其中,市国资委系统工业企业累计增加值67.61亿元,同比增长"
	 "19.8%。",
	 1, CF_SEVERITY_ERROR,
	 "is less than the amount listed after 其中, 67.61亿元 (difference -0.64亿元): a part exceeds "
	 "its whole"},
	/* GDP and its sectors are each rounded from unrounded accounts (r64-11) */
	{"sum/gdp-sectors-rounded-apart", "sum-mismatch",
	 "2022年全区地区生产总值(GDP)275.5亿元,比上年增长4.1%。其中,第一产业增加值36.75亿元,下降1.44%;第二产业"
	 "增加值111.02亿元,增长4.85%;第三产业增加值127.70亿元,增长3.1%。",
	 0, 0, NULL},
	{"sum/gdp-sectors-broken", "sum-mismatch",
	 "2022年全区地区生产总值(GDP)275.5亿元,比上年增长4.1%。其中,第一产业增加值36.75亿元,下降1.44%;第二产业"
	 "增加值121.02亿元,增长4.85%;第三产业增加值127.70亿元,增长3.1%。",
	 1, CF_SEVERITY_ERROR, "36.75亿元 + 121.02亿元 + 127.70亿元 = 285.47亿元"},
	/* value added is no part of output (r64-32) */
	{"sum/value-added-no-part-of-output", "sum-mismatch",
	 "全县农林牧渔业实现总产值53.76亿元,其中,实现农业总产值32.65亿元,实现林业总产值3.14亿元,实现畜牧业总产值"
	 "16.97亿元,实现渔业总产值1.00亿元;全年实现农林牧渔业增加值33.08亿元,可比增长3.3%。",
	 0, 0, NULL},
	/* a structure of shares after a list (三次产业结构a:b:c) gives each part's share of its whole
	 * (r64-16) */
	{"sum/structure-ratio-near", "percent-mismatch",
	 "2019年全县地区生产总值797156万元,其中第一产业增加值155864万元,第二产业增加值275605万元,第三产业增加值"
	 "365687万元。三次产业结构19.5:34.6:45.9。",
	 1, CF_SEVERITY_NOTE, "155864万元 / 797156万元 = 19.553"},
	{"sum/structure-ratio-holds", "percent-mismatch",
	 "2019年全县地区生产总值797156万元,其中第一产业增加值155864万元,第二产业增加值275605万元,第三产业增加值"
	 "365687万元。三次产业结构为19.6:34.6:45.9。",
	 0, 0, NULL},
	{"sum/structure-ratio-broken", "percent-mismatch",
	 "2019年全县地区生产总值797156万元,其中第一产业增加值155864万元,第二产业增加值275605万元,第三产业增加值"
	 "365687万元。三次产业结构为29.6:24.6:45.9。",
	 1, CF_SEVERITY_ERROR, "the share of 第一产业增加值"},
	/* figures joined by colons that do not make 100 are no such structure */
	{"sum/structure-ratio-not-shares", "percent-mismatch",
	 "2019年全县地区生产总值797156万元,其中第一产业增加值155864万元,第二产业增加值275605万元,第三产业增加值"
	 "365687万元。三次产业结构由上年的14.09:40.02:45.89调整为13.34:39.0:45.0。",
	 0, 0, NULL},
	{"sum/completed-ends-list", "sum-mismatch",
	 "2022年全省中央水利投资计划32.9亿元,其中中央资金9.4亿元;截至3月底,已完成中央投资计划6.7亿元、"
	 "完成率20.4%,完成中央资金3.1亿元、完成率32.6%。",
	 0, 0, NULL},
	{"sum/progress-ends-list", "sum-mismatch",
	 "统筹整合使用财政涉农资金303万元，其中项目管理费3万元，目前项目资金已拨付270万元。", 0, 0,
	 NULL},
	/* 加上 after a breakdown adds to the breakdown's whole, not its last part */
	{"sum/added-to-breakdown-whole", "sum-mismatch",
	 "全县一般公共预算收入完成16.75亿元，增长23%。其中：税收收入8.37亿元，下降1.9%；非税收入8.38亿元，"
	 "增长64.8%。加上上级补助收入45.54亿元、地方政府债务收入11.73亿元，以及动用预算稳定调节基金"
	 "0.22亿元、调入资金6.91亿元、上年结转3.52亿元后，收入总计84.65亿元。",
	 0, 0, NULL},
	/* a part stated below zero counts with its sign */
	{"sum/signed-part-holds", "sum-mismatch",
	 "一般公共预算支出456269万元，上解上级支出3370万元，债务还本支出12667万元，安排预算稳定调节"
	 "基金731万元，补充预算周转金-21万元，区域间转移性支出780万元，支出总计473796万元。",
	 0, 0, NULL},
	/* a fund's two main incomes are no whole breakdown of its income (it has 利息收入 …) */
	{"sum/fund-main-incomes-partial", "sum-mismatch",
	 "全国社会保险基金收入32829亿元，比上年增长9.4%，其中保险费收入24664亿元，财政补贴收入7180亿元。",
	 0, 0, NULL},
	{"sum/fund-main-incomes-parallel-partial", "sum-mismatch",
	 "中央社会保险基金收入预算数676.34亿元，决算数589.67亿元，完成预算的87.2%。其中，保险费收入"
	 "预算数318.61亿元，决算数308.33亿元，完成预算的96.8%；财政补贴收入预算数352.90亿元，决算数"
	 "274.87亿元，完成预算的77.9%。",
	 0, 0, NULL},
	{"sum/chain-from-its-base", "sum-mismatch",
	 "一般公共预算收入预算数为15.39亿元，实际完成15.39亿元，比上年决算数14.94亿元增长3.0%，加上上级"
	 "补助收入13.36亿元、债券转贷收入2.05亿元，收入合计30.80亿元。",
	 0, 0, NULL},
	/* a government's spending categories under its whole spending: the main ones */
	/* …under its older name too (r28-04) */
	{"sum/spending-categories-partial-older-name", "sum-mismatch",
	 "一般预算支出189729万元,下降3.2%。其中农林水事务支出34895万元,同比下降2.61%,教育支出52423万元,"
	 "同比增长12.8%,社会保障和就业支出19391万元,同比下降15%。",
	 0, 0, NULL},
	{"sum/spending-categories-partial", "sum-mismatch",
	 "全年地方一般公共预算支出1241.49亿元，其中，一般公共服务支出206.39亿元，科学技术支出25.45亿元，"
	 "教育支出175.63亿元。",
	 0, 0, NULL},
	/* a part of another list is no whole of a list of its own name */
	{"sum/part-of-another-list-no-whole", "sum-mismatch",
	 "年末常住人口94.9万人，其中城镇人口41.4万人，乡村人口53.5万人。户籍总人口134.9万人，比上年下降"
	 "1.0%，其中城镇人口25.0万人，乡村人口109.9万人。",
	 0, 0, NULL},
	/* 税收收入 after 一般公共预算收入 is a part of it, not beside it */
	{"sum/revenue-kinds-nested", "sum-mismatch",
	 "全年实现一般公共预算总收入15.02亿元，同比下降4.1%。其中：地方一般公共预算收入12.16亿元，增长10.4%；"
	 "地方税收收入8.79亿元，增长12.6%。",
	 0, 0, NULL},
	{"sum/parallel-list-holds", "sum-mismatch",
	 "三公经费支出3.0万元，年初预算为4.0万元，差值为1.0万元。其中：公务用车支出1.0万元，年初预算为"
	 "1.5万元，差值为0.5万元；公务接待费支出2.0万元，年初预算为2.5万元，差值为0.5万元。",
	 0, 0, NULL},
	{"sum/compared-figure-not-total", "sum-mismatch",
	 "经费预算总额为1969万元，较2024年的2190万元减少221万元，下降10.1%；其中：甲经费40万元；"
	 "乙经费242万元；丙经费1687万元。",
	 0, 0, NULL},
	{"sum/shares-complete-list-holds", "sum-mismatch",
	 "本年收入合计1000万元，其中：财政拨款收入610万元，占61%；事业收入320万元，占32%；"
	 "其他收入70万元，占7%。",
	 0, 0, NULL},
	{"sum/shares-incomplete-stays-partial", "sum-mismatch",
	 "本年收入合计1000万元，其中：财政拨款收入620万元，占62%；事业收入320万元，占32%。", 0, 0,
	 NULL},
	{"sum/holds", "sum-mismatch", "实际支出261.46万元，其中：甲2.65万元、乙153.03万元、丙105.78万元。",
	 0, 0, NULL},
	{"sum/single-part-partial", "sum-mismatch", "支出100万元，其中人员经费60万元。", 0, 0, NULL},
	{"sum/major-partial", "sum-mismatch", "支出100万元，主要包括人员经费60万元，公用经费20万元。", 0,
	 0, NULL},
	{"sum/etc-partial", "sum-mismatch", "支出100万元，其中人员经费60万元、公用经费20万元等。", 0, 0,
	 NULL},
	{"sum/far-below-partial", "sum-mismatch", "支出100万元，其中会议费6万元、培训费4万元。", 0, 0,
	 NULL},
	{"sum/other-kinds", "sum-mismatch", "支出100万元，其中培训30人，会议20次。", 0, 0, NULL},
	{"sum/change-not-a-part", "sum-mismatch",
	 "支出100万元，比上年增加20万元，其中人员经费60万元，公用经费40万元。", 0, 0, NULL},
	{"sum/nested-folds", "sum-mismatch",
	 "全年实际支出3027.51万元。其中基本支出1589.25万元，主要包括人员经费共1459.39万元，"
	 "公用经费129.86万元。项目支出1438.26万元。",
	 0, 0, NULL},
	{"sum/nested-without-cue", "sum-mismatch",
	 "支出300万元，其中：甲类100万元、甲一60万元、甲二40万元、乙类200万元。", 0, 0, NULL},
	{"sum/topic-changes-after-semicolon", "sum-mismatch",
	 "驻村工作项目资金预算20万元，其中8万用于后盾单位奖励，12万元用于驻村工作队工作经费；"
	 "革命干部预算经费10.8万。",
	 0, 0, NULL},
	{"sum/gong-verb-not-total", "sum-mismatch",
	 "引进人才200名，新增人才17名、骨干人才21名，共认定乡村振兴人才288名。", 0, 0, NULL},
	{"sum/overlapping-groups", "sum-mismatch",
	 "提拔69人，其中一线提拔59人，占85.5%；提拔年轻干部23人，占比33.3%。", 0, 0, NULL},
	{"sum/closing-one-part", "sum-mismatch", "预算100万元，共计支出90万元。", 0, 0, NULL},
	/* a total that names its own items is of them, not of the amounts before it */
	{"sum/closing-names-its-items", "sum-mismatch",
	 "国内增值税33223.3亿元，为预算的92.1%；国内消费税16532.15亿元，为预算的95.9%；"
	 "进口货物增值税、消费税和关税合计21628.75亿元，为预算的94.2%。",
	 0, 0, NULL},
	/* a breakdown in a parenthesis is an aside: it ends with the parenthesis, and the total
	 * after the list sums the figures outside the asides */
	{"sum/aside-breakdowns-hold", "sum-mismatch",
	 "一批项目批复总投资3374.3万元(其中建筑工程3292万元)，二批项目批复总投资2069.51万元（其中建筑"
	 "工程1975.775万元），三批项目批复投资778.59万元(其中建筑工程757.44万元)，合计批复总投资"
	 "6222.4万元(其中建筑工程6025.215万元)。",
	 0, 0, NULL},
	{"sum/aside-breakdowns-total-differs", "sum-mismatch",
	 "一批项目批复总投资3374.3万元(其中建筑工程3292万元)，二批项目批复总投资2069.51万元（其中建筑"
	 "工程1975.775万元），三批项目批复投资778.59万元(其中建筑工程757.44万元)，合计批复总投资"
	 "6322.4万元。",
	 1, CF_SEVERITY_ERROR, "the 3 amounts listed before 合计: 3374.3万元 + 2069.51万元 + 778.59万元"},
	{"sum/aside-part-exceeds", "sum-mismatch",
	 "一批项目批复总投资3374.3万元(其中建筑工程3392万元)，二批项目批复总投资2069.51万元。", 1,
	 CF_SEVERITY_ERROR, "3392万元"},
	/* 具体是 breaks the part before it down */
	{"sum/juti-nested-holds", "sum-mismatch",
	 "支出决算为6283.70元。其中：公务用车运行维护费支出决算1388.70元；公务接待费支出决算4895.00元，"
	 "具体是国内接待费支出决算4895.00元，国(境)外接待费支出决算0元。",
	 0, 0, NULL},
	{"sum/juti-nested-differs", "sum-mismatch",
	 "支出决算为6283.70元。其中：公务用车运行维护费支出决算1388.70元；公务接待费支出决算4895.00元，"
	 "具体是国内接待费支出决算4995.00元，国(境)外接待费支出决算0元。",
	 1, CF_SEVERITY_ERROR, "listed after"},
	/* the levels of one hierarchy are no breakdown of the total */
	{"sum/levels-of-one-hierarchy", "sum-mismatch",
	 "该项目共编制12个绩效目标指标，其中一级指标3个，二级指标9个，三级指标12个。", 0, 0, NULL},
	{"sum/levels-of-two-nouns-summed", "sum-mismatch",
	 "共有单位25个，其中一级预算单位3个，二级预算单位9个，所属学校12个。", 1, CF_SEVERITY_ERROR,
	 "3个 + 9个 + 12个 = 24个"},
	/* whole counts are exact: no part is read as the total of the next ones by rounding */
	{"sum/whole-counts-exact", "sum-mismatch",
	 "实有教职工62人，其中副高级职称4人，中级职称25人，初级职称23人，管理人员3人，技师3人，"
	 "高级工3人，中级工2人，退休职工28人。",
	 1, CF_SEVERITY_ERROR, "62人 is not the sum of the 8 counts"},
	/* the retired hold no post (r99-29) */
	{"sum/retired-outside-posts", "sum-mismatch",
	 "我园截止2015年12月31日,编制数为59人,其中在职在编教职工人数为53人,退休人员23人。", 0, 0, NULL},
	{"sum/retired-outside-posts-broken", "sum-mismatch",
	 "编制数为59人,其中行政编制33人,事业编制25人,退休人员23人。", 1, CF_SEVERITY_ERROR,
	 "33人 + 25人 = 58人"},
	/* the first parts add up exactly: the rest are outside the total */
	{"sum/first-parts-add-up", "sum-mismatch",
	 "實際正式教職工62人，其中副高級職稱4人，中級職稱25人，初級職稱23人，管理人員3人，技師3人，"
	 "高級工3人，中級工1人，退休職工28人。",
	 0, 0, NULL},
	/* a total written to more decimals than its parts with decimals: those were rounded to
	 * their own (r98-20); whole numbers beside them are as precise as they are */
	{"sum/total-finer-than-parts", "sum-mismatch",
	 "年度资金总额5372.5833万元。其中中央财政资金1800万元,地方财政资金2192.58万元,其他资金1380万元。",
	 0, 0, NULL},
	{"sum/whole-part-as-fine-as-the-others", "sum-mismatch",
	 "年度资金总额5372.59万元。其中中央财政资金1800万元,地方财政资金2192.58万元,其他资金1380.5万元。",
	 1, CF_SEVERITY_WARNING, "1800万元 + 2192.58万元 + 1380.5万元 = 5373.08万元"},
	/* a closing total whose sentence names its own subject first sums nothing before it
	 * (r104-07), one alone in its sentence does */
	{"sum/closing-total-of-own-subject", "sum-mismatch",
	 "“温暖包”项目,购买救助物资支出4.62万元。为对口援建的县红十字会援助资金5.00万元。对接受的定向捐助资金,"
	 "均按捐赠者的意愿使用,共计支出1.11万元。", 0, 0, NULL},
	{"sum/closing-total-of-the-above", "sum-mismatch",
	 "“温暖包”项目,购买救助物资支出4.62万元。为对口援建的县红十字会援助资金5.00万元。共计支出9.72万元。",
	 1, CF_SEVERITY_ERROR, "4.62万元 + 5.00万元 = 9.62万元"},
	/* a chain's base restated on another basis for its rate is still the base (r105-35) */
	{"sum/chain-base-restated-on-another-basis", "sum-mismatch",
	 "市本级一般公共预算支出168.23亿元,与执行数一致,剔除疫情防控保障等一次性因素后,为165.61亿元,"
	 "增长5.2%,完成预算的99.7%;加上转移性支出298.39亿元,支出合计466.62亿元。", 0, 0, NULL},
	{"sum/chain-base-restated-on-another-basis-broken", "sum-mismatch",
	 "市本级一般公共预算支出168.23亿元,与执行数一致,剔除疫情防控保障等一次性因素后,为165.61亿元,"
	 "增长5.2%,完成预算的99.7%;加上转移性支出298.39亿元,支出合计476.62亿元。", 1,
	 CF_SEVERITY_ERROR, "168.23亿元 + 298.39亿元 = 466.62亿元"},
	/* …unless they are all none: a stated 0 is no total of what comes after it (r100-16) */
	{"sum/first-parts-none", "sum-mismatch",
	 "截至2022年12月底,单位共有公务用车0辆,其中:轿车0辆、越野车0辆、载客汽车1辆。", 1,
	 CF_SEVERITY_ERROR, "0辆 + 0辆 + 1辆 = 1辆 (stated 0辆"},
	{"sum/first-part-alone-is-no-list", "sum-mismatch",
	 "共有干部30人，其中男性30人，女性12人。", 1, CF_SEVERITY_ERROR, "30人 + 12人 = 42人"},
	/* a list after a ； that names its whole before its cue: not the amount before it */
	{"sum/list-names-its-whole-none-stated", "sum-mismatch",
	 "2023年财政拨款收支总预算7,057,486.18元。收入包括：一般公共预算拨款7,034,418.94元、"
	 "上年结转结余23,067.24元；支出包括：教育支出5,806,105.16元、社会保障和就业支出557,718.56元、"
	 "卫生健康支出275,373.54元、住房保障支出418,288.92元。",
	 0, 0, NULL},
	{"sum/list-names-its-whole-stated", "sum-mismatch",
	 "本年支出合计90万元；本年收入合计100万元，包括财政拨款70万元、事业收入30万元；"
	 "支出包括基本支出60万元、项目支出40万元。",
	 1, CF_SEVERITY_ERROR, "本年支出合计 90万元 is not the sum of the 2 amounts listed after 包括"},
	/* a sentence that opens with 加上 adds its amounts to the one before it */
	{"sum/added-to-the-sentence-before-holds", "sum-mismatch",
	 "全市一般公共预算支出1436.2亿元。加上节省支出46.5亿元，安排预算稳定调节基金104.7亿元，"
	 "偿还地方债券贷款本金支出3亿元，调出资金14.4亿元后，全市支出总计1604.8亿元。",
	 0, 0, NULL},
	{"sum/added-to-the-sentence-before-broken", "sum-mismatch",
	 "全市一般公共预算支出1436.2亿元。加上节省支出46.5亿元，安排预算稳定调节基金104.7亿元，"
	 "偿还地方债券贷款本金支出3亿元，调出资金14.4亿元后，全市支出总计1605.8亿元。",
	 1, CF_SEVERITY_WARNING, "1436.2亿元 + 46.5亿元 + 104.7亿元 + 3亿元 + 14.4亿元 = 1604.8亿元"},
	/* what a percentage is of (预算50.74万元的67.2%) is no part of a list */
	{"sum/ratio-bases-are-no-parts-holds", "sum-mismatch",
	 "2024年度“三公”经费财政拨款支出决算为34.08万元，完成全年预算50.74万元的67.2%。其中：因公出国(境)"
	 "费支出决算为0.94万元，完成全年预算0.94万元的100%；公务用车购置及运行维护费支出决算为33.14万元，"
	 "完成全年预算49.8万元的66.5%；公务接待费支出决算为0万元，完成全年预算0万元的0%。",
	 0, 0, NULL},
	{"sum/ratio-bases-are-no-parts-broken", "sum-mismatch",
	 "2024年度“三公”经费财政拨款支出决算为34.08万元，完成全年预算50.74万元的67.2%。其中：因公出国(境)"
	 "费支出决算为0.94万元，完成全年预算0.94万元的100%；公务用车购置及运行维护费支出决算为32.14万元，"
	 "完成全年预算49.8万元的66.5%；公务接待费支出决算为0万元，完成全年预算0万元的0%。",
	 1, CF_SEVERITY_ERROR, "0.94万元 + 32.14万元 + 0万元 = 33.08万元"},
	/* 增收 is a change, 累计完成 a figure to date: neither a whole nor a closing total */
	{"sum/change-is-no-whole", "sum-mismatch",
	 "1-6月份全区一般公共预算收入累计完成61646万元，占年初预算数109466万元的56.3%，同比增长10.7%，"
	 "增收5939万元。其中税务部门完成28684万元，财政部门完成32962万元。",
	 0, 0, NULL},
	{"sum/cumulative-is-no-closing-total", "sum-mismatch",
	 "非税收入累计完成77582万元；政府性基金预算收入1616万元；国有资本经营收入1868万元。"
	 "全区一般公共预算支出累计完成397641万元，增长0.7%。",
	 0, 0, NULL},
	/* a threshold the figure beside it passes is that figure, no part beside it (r114-21,
	 * r118-07); a part of the list still counts */
	{"sum/threshold-then-figure", "sum-mismatch",
	 "全国共销售福利彩票700亿元。其中电脑票销量已突破500亿元大关,达到了504.76亿元,"
	 "即开票195.24亿元。",
	 0, 0, NULL},
	{"sum/figure-then-threshold", "sum-mismatch",
	 "我国共收到国内外慈善捐赠2253.13亿元。其中,内地接受捐赠2086.13亿元,首次突破2000亿元,"
	 "境外捐赠167亿元。",
	 0, 0, NULL},
	{"sum/figure-then-threshold-broken", "sum-mismatch",
	 "我国共收到国内外慈善捐赠2253.13亿元。其中,内地接受捐赠2086.13亿元,首次突破2000亿元,"
	 "境外捐赠277亿元。",
	 1, CF_SEVERITY_ERROR, "2086.13亿元 + 277亿元 = 2363.13亿元"},
	/* the threshold's figure takes its name, and items stating two measures each are
	 * summed by the one that adds up (r114-40) */
	{"sum/items-of-two-measures", "sum-mismatch",
	 "2013年全国彩票销量突破3000亿元,达3093.25亿元,同比增加478.01亿元,增长18.3%。其中,"
	 "福利彩票机构销售1765.28亿元,同比增长16.9%,筹集公益金510亿多元;体育彩票机构销售"
	 "1327.97亿元,同比增长20.2%,筹集公益金351亿多元。",
	 0, 0, NULL},
	{"sum/items-of-two-measures-broken", "sum-mismatch",
	 "2013年全国彩票销量突破3000亿元,达3093.25亿元,同比增加478.01亿元,增长18.3%。其中,"
	 "福利彩票机构销售1765.28亿元,同比增长16.9%,筹集公益金510亿多元;体育彩票机构销售"
	 "1427.97亿元,同比增长20.2%,筹集公益金351亿多元。",
	 1, CF_SEVERITY_ERROR, NULL},
	/* what has been spent of the whole so far ends the list (r118-10) */
	{"sum/spent-so-far-ends-list", "sum-mismatch",
	 "截至7月23日24时,共接收捐赠款物1.9亿元,其中资金1.75亿,物资价值1542万元,已支出1.23亿,"
	 "按照统一安排使用。",
	 0, 0, NULL},
	{"sum/spent-so-far-ends-list-broken", "sum-mismatch",
	 "截至7月23日24时,共接收捐赠款物1.9亿元,其中资金1.85亿,物资价值1542万元,已支出1.23亿,"
	 "按照统一安排使用。",
	 1, CF_SEVERITY_ERROR, "1.85亿 + 1542万元"},
	/* a subset named before the breakdown that makes the whole exactly (r117-13) */
	{"sum/subset-before-breakdown", "sum-mismatch",
	 "2016年,共有农业生产和管理人员1289万人(包括自身生产和管理人员及雇员),其中女性609万人,"
	 "35岁及以下272万人,36岁至54岁751万人,55岁及以上266万人。",
	 0, 0, NULL},
	{"sum/subset-before-breakdown-broken", "sum-mismatch",
	 "2016年,共有农业生产和管理人员1289万人(包括自身生产和管理人员及雇员),其中女性609万人,"
	 "35岁及以下272万人,36岁至54岁761万人,55岁及以上266万人。",
	 1, CF_SEVERITY_ERROR, "609万人 + 272万人"},
	/* a closing figure of another measure than its parts, less than one of them, sums
	 * something else (r115-16, r83-25); one of the parts' measure is their total */
	{"sum/closing-other-measure", "sum-mismatch",
	 "土地交易和国有资产拍卖14宗,交易额11.87亿元,成交额5.42亿元,共计溢价48.86万元。", 0, 0,
	 NULL},
	{"sum/closing-other-measure-equity", "sum-mismatch",
	 "国有企业资产总额1259539.7亿元,负债总额835497.2亿元,所有者权益合计424042.5亿元。", 0, 0,
	 NULL},
	{"sum/closing-same-measure-broken", "sum-mismatch",
	 "甲项目交易额11.87亿元,乙项目成交额5.42亿元,共计交易额15.29亿元。", 1, CF_SEVERITY_ERROR,
	 "11.87亿元 + 5.42亿元"},
	{"sum/closing-unnamed-broken", "sum-mismatch",
	 "甲项目投资100万元,乙项目投资200万元,共计投资30万元。", 1, CF_SEVERITY_ERROR, NULL},
	{"sum/threshold-in-a-list", "sum-mismatch",
	 "全市收入3000万元，其中甲类超过1000万元、乙类2500万元。", 1, CF_SEVERITY_ERROR, NULL},
	{"sum/cumulative-closing-total", "sum-mismatch", "A经费3万元，B经费2万元，累计8万元。", 1,
	 CF_SEVERITY_ERROR, "3万元 + 2万元 = 5万元"},
	{"sum/cumulative-summing-up-total", "sum-mismatch", "A经费3万元，B经费2万元，两项经费累计达8万元。",
	 1, CF_SEVERITY_ERROR, "3万元 + 2万元 = 5万元"},
	/* 累计 after the name of what it is of: its figure to date, a part like the others
	 * (r109-36) */
	{"sum/cumulative-of-named-part", "sum-mismatch",
	 "十年来,全国学生资助金额累计超过2万亿元。其中,财政投入资金累计达1.45万亿元,占资助资金总额的72%;"
	 "学校和社会投入资金累计达0.29万亿元,占资助资金总额的14%;金融机构累计发放国家助学贷款0.27万亿元,"
	 "占资助资金总额近14%。\n",
	 0, 0, NULL},
	/* 加上 after a ； ends a list: the whole and more are summed on */
	{"sum/list-ends-at-jia-shang", "sum-mismatch",
	 "全区一般公共预算总收入410338万元，其中地方一般公共预算收入271630万元；加上级补助收入120846万元，"
	 "上年结余收入42690万元，债务转贷收入16714万元，调入预算稳定调节基金44421万元，调入资金18300万元，"
	 "收入合计514601万元。",
	 0, 0, NULL},
	/* a list whose first part bears the total's measure ends at a part that bears none of
	 * it; the closing total is then of the sentence's amounts outside the list */
	{"sum/list-ends-at-another-name", "sum-mismatch",
	 "全镇一般公共预算收入4402万元，加上级转移支付收入1884万元，其中：一般转移支付收入1478万元，"
	 "上年结转结余60万元，基金调入103万元，收入合计为6449万元。",
	 0, 0, NULL},
	{"sum/list-ends-at-another-name-broken", "sum-mismatch",
	 "全镇一般公共预算收入4402万元，加上级转移支付收入1884万元，其中：一般转移支付收入1978万元，"
	 "上年结转结余60万元，基金调入103万元，收入合计为6449万元。",
	 1, CF_SEVERITY_ERROR, "1884万元 is less than the amount listed after 其中, 1978万元"},
	/* …but a part sharing two characters of the total's name goes on with the list
	 * (r29-09) */
	{"sum/list-goes-on-at-a-shared-word", "sum-mismatch",
	 "下达上级资金转移支付755.19万元。其中:中央级资金转移支付124.23万元,省级资金转移支付370.83"
	 "万元,市级资金260.3万元,资金共分为10个项目。",
	 1, CF_SEVERITY_WARNING, "755.36万元 (stated 755.19万元"},
	{"sum/list-goes-on-at-a-shared-word-holds", "sum-mismatch",
	 "下达上级资金转移支付755.36万元。其中:中央级资金转移支付124.23万元,省级资金转移支付370.83"
	 "万元,市级资金260.3万元,资金共分为10个项目。",
	 0, 0, NULL},
	/* 较2023年年初预算的1278万元 is the figure compared with, not the whole of the list */
	{"sum/compared-budget-is-no-whole", "sum-mismatch",
	 "2024年“三公”经费预算总额为1238万元，较2023年年初预算的1278万元减少40万元，同比下降3.1%。其中："
	 "因公出国(境)费用0万元；公务接待费633万元；公务用车购置及运行维护费605万元。",
	 0, 0, NULL},
	/* a figure the reason for a change names is no whole of the list after it */
	{"sum/reason-figure-is-no-whole", "sum-mismatch",
	 "2.收入情况。2023年度收入合计192.01万元，较上年决算数减少27.31万元，下降12.5%，主要原因是2022年"
	 "有疫情防控经费29.01万元。其中：财政拨款收入113.68万元，占59.2%；事业收入78.33万元，占40.8%。",
	 0, 0, NULL},
	/* a part that names its scope first is of the whole of that scope, not the nearest */
	{"sum/whole-of-the-parts-scope", "sum-mismatch",
	 "1-6月份，全县基金收入38.83亿元，同比减收24.52亿元。县本级基金收入29.6亿元，同比减收15.23亿元，"
	 "高新区基金收入9.23亿元，同比减收9.29亿元。其中，全县土地基金收入38.34亿元，同比减收24.3亿元。",
	 0, 0, NULL},
	{"sum/whole-of-the-parts-scope-exceeded", "sum-mismatch",
	 "1-6月份，全县基金收入38.83亿元，同比减收24.52亿元。县本级基金收入29.6亿元，同比减收15.23亿元，"
	 "高新区基金收入9.23亿元，同比减收9.29亿元。其中，全县土地基金收入39.34亿元，同比减收24.3亿元。",
	 1, CF_SEVERITY_ERROR, "全县基金收入 38.83亿元"},
	/* a stated 0 is none, not a figure rounded to ±0.5: the list runs to its end */
	{"sum/zero-parts-exact", "sum-mismatch",
	 "本年收入合计1723.71万元，其中：财政拨款收入1720.54万元，占比99.82%；上级补助收入0万元，占比0%；"
	 "事业收入3.05万元，占比0.17%；经营收入0万元，占比0%；附属单位上缴收入0万元，占比0%；其他收入0.12万元，"
	 "占比0.01%。",
	 0, 0, NULL},
	{"sum/zero-parts-exact-broken", "sum-mismatch",
	 "本年收入合计1723.71万元，其中：财政拨款收入1720.54万元，占比99.82%；上级补助收入0万元，占比0%；"
	 "事业收入3.05万元，占比0.17%；经营收入0万元，占比0%；附属单位上缴收入0万元，占比0%；其他收入0.22万元，"
	 "占比0.01%。",
	 1, CF_SEVERITY_WARNING, "= 1723.81万元"},
	/* a breakdown in a parenthesis opened on its cue: 11167万元(其中，…) */
	{"sum/cue-opens-a-parenthesis-holds", "identity-mismatch",
	 "公务用车购置及运行维护费11167万元(其中，公务用车购置费255万元，公务用车运行维护费7922万元，"
	 "其他交通工具购置144万元，其他交通费用2846万元)。",
	 0, 0, NULL},
	{"sum/cue-opens-a-parenthesis-broken", "sum-mismatch",
	 "公务用车购置及运行维护费11167万元(其中，公务用车购置费255万元，公务用车运行维护费7922万元，"
	 "其他交通工具购置144万元，其他交通费用3846万元)。",
	 1, CF_SEVERITY_ERROR, "255万元 + 7922万元 + 144万元 + 3846万元 = 12167万元"},
	/* a part after a ； that carries the total's own name is another whole */
	{"sum/other-whole-after-semicolon", "sum-mismatch",
	 "目前，在岗在编11人，其中，处级及以上领导干部4人；代管口岸和物流服务中心，为副处级事业单位，"
	 "在岗在编事业人员10人。",
	 0, 0, NULL},
	{"sum/other-whole-part-exceeds", "sum-mismatch",
	 "目前，在岗在编11人，其中，处级及以上领导干部14人；代管口岸和物流服务中心，为副处级事业单位，"
	 "在岗在编事业人员10人。",
	 1, CF_SEVERITY_ERROR, "14人"},
	{"sum/parts-over-semicolon", "sum-mismatch",
	 "目前，在岗在编11人，其中，处级及以上领导干部4人；科级干部8人。", 1, CF_SEVERITY_ERROR,
	 "4人 + 8人 = 12人"},
	/* the whole a part breaks down names the part's measure, even when another amount stands
	 * between */
	{"sum/whole-named-by-measure-holds", "sum-mismatch",
	 "2017年，全国行政事业单位资产总额30.0万亿元，负债总额9.5万亿元，净资产20.5万亿元。其中，"
	 "行政单位资产总额8.9万亿元，事业单位资产总额21.1万亿元。",
	 0, 0, NULL},
	{"sum/whole-named-by-measure-differs", "sum-mismatch",
	 "2017年，全国行政事业单位资产总额30.0万亿元，负债总额9.5万亿元，净资产20.5万亿元。其中，"
	 "行政单位资产总额8.9万亿元，事业单位资产总额22.1万亿元。",
	 1, CF_SEVERITY_ERROR, "资产总额 30.0万亿元 is not the sum"},
	/* the parts' changes from last year make up the total's (无增减: none) */
	{"sum/changes-of-parts-hold", "sum-mismatch",
	 "支出100万元，比上年增加10万元。其中：人员经费60万元，比上年增加15万元；公用经费40万元，"
	 "比上年减少5万元；其他支出0万元，较上年无增减。",
	 0, 0, NULL},
	{"sum/changes-of-parts-differ", "sum-mismatch",
	 "2023年“三公”经费预算6.50万元，比上年减少0.50万元。其中：因公出国(境)费用0万元，较上年无增减；"
	 "公务接待费0.50万元，较上年无增减；公务用车运行维护费6.00万元，比上年减少1.00万元。",
	 1, CF_SEVERITY_ERROR, "the changes from last year of the 3 items listed after 其中: 1.00万元"},
	{"sum/change-of-a-part-unsaid", "sum-mismatch",
	 "支出100万元，比上年增加10万元。其中：人员经费60万元，比上年增加15万元；公用经费40万元。",
	 0, 0, NULL},
	/* an intro line that says 主要 makes the lists under it partial */
	{"sum/main-items-intro-partial", "sum-mismatch",
	 "主要税种收入完成情况：\n税收收入完成14.59亿元，下降42.5%。其中：增值税完成5.19亿元；"
	 "企业所得税完成4.60亿元；契税完成3.59亿元。\n",
	 0, 0, NULL},
	{"sum/main-items-intro-exceeded", "sum-mismatch",
	 "主要税种收入完成情况：\n税收收入完成14.59亿元，下降42.5%。其中：增值税完成7.19亿元；"
	 "企业所得税完成4.60亿元；契税完成3.59亿元。\n",
	 2, CF_SEVERITY_ERROR, "15.38亿元"},
	{"sum/no-intro-complete", "sum-mismatch",
	 "税收收入完成情况如下：\n税收收入完成14.59亿元，下降42.5%。其中：增值税完成5.19亿元；"
	 "企业所得税完成4.60亿元；契税完成3.59亿元。\n",
	 2, CF_SEVERITY_ERROR, "13.38亿元"},
	{"sum/closing-after-a-list-of-amounts", "sum-mismatch",
	 "培训费12万元、会议费8万元、合计25万元。", 1, CF_SEVERITY_ERROR, "listed before 合计"},
	{"sum/per-unit-is-product", "sum-mismatch", "124个站点，每个站点1200元，共计14.88万。", 0, 0,
	 NULL},
	/* a part equal to the next two only within the rounding of whole 万元 is no nesting */
	{"sum/no-fold-within-rounding", "sum-mismatch",
	 "专项经费总额为84万元，其中：档案保护经费36万元；档案管理经费16万元；档案装具经费12万元；"
	 "系统维护经费5万元；库房租赁经费25万元。",
	 1, CF_SEVERITY_ERROR, "the 5 amounts listed after 其中: 36万元 + 16万元 + 12万元 + 5万元 + 25万元"},
	/* what the part before is mostly (主要是…) is no part beside it */
	{"sum/explains-no-part", "sum-mismatch",
	 "全市财政支出完成22.49亿元，其中科学技术支出6.35亿元，主要是拨付自主创新资金6亿元；"
	 "环境保护支出0.32亿元。",
	 0, 0, NULL},
	/* a paragraph ending with 其中： and its numbered items, a paragraph each */
	{"sum/numbered-item-paragraphs", "sum-mismatch",
	 "专项经费指标总额为84万元，其中：\n\n1、档案保护保管专项经费指标为36万元，用于保护；\n\n"
	 "2、档案保护管理专项指标为16万元，用于保障；\n\n3、档案装具专项指标为12万元，用于整理；\n\n"
	 "4、系统维护专项经费指标为5万元，用于维护；\n\n5、库房租赁经费专项指标为15元，用于租赁。\n",
	 1, CF_SEVERITY_ERROR, "+ 5万元 + 15元 = 69.0015万元"},
	{"sum/numbered-item-paragraphs-hold", "sum-mismatch",
	 "专项经费指标总额为84万元，其中：\n\n1、档案保护保管专项经费指标为36万元，用于保护；\n\n"
	 "2、档案保护管理专项指标为16万元，用于保障；\n\n3、档案装具专项指标为12万元，用于整理；\n\n"
	 "4、系统维护专项经费指标为5万元，用于维护；\n\n5、库房租赁经费专项指标为15万元，用于租赁。\n",
	 0, 0, NULL},
	/* a 合计 in a sentence that opens with 其中 is a part's own, no restatement */
	{"sum/part-total-after-qizhong", "sum-mismatch",
	 "2021年农业生产发展资金合计671037万元。其中，安排耕地地力保护补贴、农机购置补贴等8项约束性"
	 "任务资金合计575218万元，安排指导性任务资金合计95819万元。",
	 0, 0, NULL},
	{"sum/total-restated-broken", "sum-mismatch",
	 "培训费12万元、会议费8万元，合计20万元。总计25万元。", 1, CF_SEVERITY_ERROR,
	 "the total restated"},
	/* parts of a measure (…资产) under a net figure (净资产): of the measure's total */
	{"sum/measure-total-before-net", "sum-mismatch",
	 "截至2018年底，全国行政事业性国有资产总额33.5万亿元，负债总额9.9万亿元，净资产23.6万亿元。"
	 "其中，行政单位资产10.1万亿元，事业单位资产23.4万亿元。",
	 0, 0, NULL},
	{"sum/measure-total-before-net-broken", "sum-mismatch",
	 "截至2018年底，全国行政事业性国有资产总额33.5万亿元，负债总额9.9万亿元，净资产23.6万亿元。"
	 "其中，行政单位资产10.1万亿元，事业单位资产24.4万亿元。",
	 1, CF_SEVERITY_ERROR, "国有资产总额 33.5万亿元"},
	/* income and spending after a 其中 are no parts of one whole */
	{"sum/income-then-spending", "sum-mismatch",
	 "本年收支结余4091亿元，年末滚存结余26900亿元。其中，基本养老保险费收入17002亿元，增长13%；"
	 "支出16090亿元，增长20%。",
	 0, 0, NULL},
	{"sum/income-then-spending-verbs", "sum-mismatch",
	 "全市一般公共预算收入完成856.8亿元，下降15.2%，其中：税收收入完成579.9亿元，下降20.8%；"
	 "全市一般公共预算支出完成1611.9亿元，下降3.5%。",
	 0, 0, NULL},
	/* a heading with its body that ends with 其中：, then numbered lines */
	{"sum/numbered-items-after-heading", "sum-mismatch",
	 "二、2023年汇总预算情况\n（一）2023年收入预算3814.61万元，其中：\n1、财政拨款3362.61万元；\n"
	 "2、专户管理的事业收入434.00万元；\n3、单位资金收入0万元；\n4、政府性基金安排的收入0元。\n",
	 2, CF_SEVERITY_WARNING, "3362.61万元 + 434.00万元"},
	/* a part stated as none after the parts that add up: its change counts */
	{"sum/zero-part-change-counts", "sum-mismatch",
	 "2023年一般公共预算财政拨款支出756.20万元，比上年增加55.87万元。其中：基本支出756.20万元，"
	 "比上年增加55.87万元；项目支出0万元，比上年减少2.16万元。",
	 1, CF_SEVERITY_ERROR, "55.87万元 − 2.16万元 = 53.71万元"},
	/* an aside is no whole of a part outside it */
	{"sum/aside-is-no-whole", "sum-mismatch",
	 "2023年年初预算数761.21万元（含上年结转5.01万元），其中：一般公共预算拨款761.21万元（含上年结转"
	 "5.01万元），政府性基金预算拨款0万元，事业收入0万元。",
	 0, 0, NULL},
	/* a passage that opens with a title of its own saying 主要: its lists are partial */
	{"sum/main-items-inline-title", "sum-mismatch",
	 "——主要税种收入情况。1-5月全市税收收入完成579.9亿元，下降20.8%。其中：增值税完成194.5亿元，"
	 "下降26.7%；企业所得税完成118.1亿元，下降11.9%；契税完成60.3亿元，下降17.8%。",
	 0, 0, NULL},
	{"sum/main-items-inline-title-exceeded", "sum-mismatch",
	 "——主要税种收入情况。1-5月全市税收收入完成579.9亿元，下降20.8%。其中：增值税完成394.5亿元，"
	 "下降26.7%；企业所得税完成118.1亿元，下降11.9%；契税完成160.3亿元，下降17.8%。",
	 1, CF_SEVERITY_ERROR, "672.9亿元"},
	{"sum/spending-parts-exceed", "sum-mismatch",
	 "本年支出合计26900亿元。其中，基本支出17002亿元，增长13%；项目支出16090亿元，增长20%。", 1,
	 CF_SEVERITY_ERROR, "17002亿元 + 16090亿元"},
	/* a part's own 其中 ends with its clause: after a ； the outer list goes on */
	{"sum/nested-list-ends-at-semicolon", "sum-mismatch",
	 "新增政府债务限额2.39亿元，其中一般债务1.39亿元，其中外债转贷0.01亿元；专项债务1亿元。", 0, 0,
	 NULL},
	{"sum/nested-list-ends-at-semicolon-broken", "sum-mismatch",
	 "新增政府债务限额2.39亿元，其中一般债务1.39亿元，其中外债转贷0.01亿元；专项债务1.2亿元。", 1,
	 CF_SEVERITY_ERROR, "1.39亿元 + 1.2亿元"},
	/* a figure after a ； with its own 其中 that cannot be a part: another whole */
	{"sum/sibling-whole-larger", "sum-mismatch",
	 "全所130个课题中，52个课题预算执行率高于全所平均预算执行率，其中50个课题实际预算执行率超过序时"
	 "进度；78个课题低于全所平均预算执行率，其中54个课题预算执行率在40%以下。",
	 0, 0, NULL},
	{"sum/sibling-whole-other-measure", "sum-mismatch",
	 "基金支出10081.15亿元，其中基本医疗保险待遇支出9681.06亿元；期末基金累计结余9769.38亿元，其中"
	 "统筹基金6602.95亿元，个人账户3166.43亿元。",
	 0, 0, NULL},
	{"sum/sibling-whole-same-kind", "sum-mismatch",
	 "落实学前教育家庭经济困难儿童资助3272人次约170万元，其中资助建卡贫困户学生720人次约78万元；"
	 "落实义务教育阶段学生资助328158人次约4590万元，其中资助建卡贫困户学生6956人次约411万元；"
	 "落实普通高中家庭经济困难学生资助10079人次约784万元，其中资助建卡贫困户学生1473人约339万元。",
	 0, 0, NULL},
	/* …but a sibling of the first part, with a 其中 of its own, is a part still */
	{"sum/sibling-part-with-own-list", "sum-mismatch",
	 "本年支出100万元，其中基本支出60万元；项目支出45万元，其中专项业务费20万元。", 1,
	 CF_SEVERITY_ERROR, "60万元 + 45万元"},
	/* a budget's adjustment: 调增 is a change, 由A调整为B gives the new value only */
	{"sum/adjusted-budget", "sum-mismatch",
	 "一般公共预算收入由年初的76138万元调整为89138万元，调增13000万元，其中：税收收入调整为40500万元，"
	 "非税收入调整为48638万元。政府性基金预算由年初的80000万元调整为50000万元，其中：土地出让收入由年初"
	 "预算的65000万元调整为35000万元，城市建设配套费10000万元、专项债务对应项目专项收入5000万元不作调整。",
	 0, 0, NULL},
	{"sum/adjusted-budget-broken", "sum-mismatch",
	 "一般公共预算收入由年初的76138万元调整为89138万元，调增13000万元，其中：税收收入调整为40500万元，"
	 "非税收入调整为47638万元。",
	 1, CF_SEVERITY_ERROR, "40500万元 + 47638万元 = 88138万元"},
	/* a change broken down in a parenthesis right after it */
	{"sum/change-broken-down-in-aside", "sum-mismatch",
	 "调整后收入预算为290000万元(其中：旗本级257800万元，达拉特开发区32200万元)，比人代会预算数增加"
	 "60000万元(其中：旗本级58800万元，开发区1200万元)，增长26.1%。",
	 0, 0, NULL},
	{"sum/change-broken-down-in-aside-broken", "sum-mismatch",
	 "调整后收入预算为290000万元(其中：旗本级257800万元，达拉特开发区32200万元)，比人代会预算数增加"
	 "60000万元(其中：旗本级57800万元，开发区1200万元)，增长26.1%。",
	 1, CF_SEVERITY_ERROR, "57800万元 + 1200万元"},
	/* a sentence that opens with an amount's name and 加上 adds to that amount */
	{"sum/named-base-of-chain", "sum-mismatch",
	 "县级一般公共预算收入73220万元，完成调整预算的100.03%。县级一般公共预算收入加上预计上级各类补助收入"
	 "124392万元、新增地方政府债券收入13000万元、调入结转结余资金收入21226万元，收入合计231838万元。",
	 0, 0, NULL},
	{"sum/named-base-of-chain-broken", "sum-mismatch",
	 "县级一般公共预算收入73220万元，完成调整预算的100.03%。县级一般公共预算收入加上预计上级各类补助收入"
	 "124392万元、新增地方政府债券收入13000万元、调入结转结余资金收入21226万元，收入合计241838万元。",
	 1, CF_SEVERITY_ERROR, "73220万元 + 124392万元 + 13000万元 + 21226万元"},
	/* a closing total after a breakdown added on: the whole stands for its parts */
	{"sum/closing-total-of-added-whole", "sum-mismatch",
	 "县本级一般公共预算收入5.25亿元，下降4.2%，其中：税收收入4.2亿元、非税收入1.05亿元。加上转移性收入"
	 "38.18亿元，其中：税收返还收入4650万元、转移支付收入26.16亿元、使用上年结转结余资金2.34亿元、调入资金"
	 "2.5亿元、地方政府一般债务转贷收入5.55亿元、动用预算稳定调节基金1.16亿元，收入合计43.43亿元。",
	 0, 0, NULL},
	/* parts naming a measure the amount before 其中 does not: the measure's total before it */
	{"sum/whole-by-measure-total", "sum-mismatch",
	 "本年支出合计61658.08万元，预算执行率为97.10%。年末结转结余1843.7万元。其中，基本支出13645.88万元，"
	 "项目支出47881.27万元，经营支出130.93万元。",
	 0, 0, NULL},
	{"sum/whole-by-measure-total-broken", "sum-mismatch",
	 "本年支出合计61658.08万元，预算执行率为97.10%。年末结转结余1843.7万元。其中，基本支出13645.88万元，"
	 "项目支出47881.27万元，经营支出230.93万元。",
	 1, CF_SEVERITY_WARNING, "本年支出合计 61658.08万元"},
	/* a figure of another stage compared with (比报告数…) is no whole */
	{"sum/compared-stage-no-whole", "sum-mismatch",
	 "(1)本级收入49508万元，比报告数49500万元增加8万元，比2019年决算数下降24.8%。其中税收收入完成"
	 "31283万元、非税收入完成18225万元。",
	 0, 0, NULL},
	/* a change word before a percentage is the percentage's, not the next figure's */
	{"sum/change-word-of-percentage", "sum-mismatch",
	 "非税收入49406万元，增长67.1%上级补助405490万元，其中：返还性收入2275万元、一般性转移支付收入"
	 "336747万元、专项转移支付收入66468万元。",
	 0, 0, NULL},
	{"sum/change-word-of-percentage-broken", "sum-mismatch",
	 "非税收入49406万元，增长67.1%上级补助405490万元，其中：返还性收入2275万元、一般性转移支付收入"
	 "336747万元、专项转移支付收入76468万元。",
	 1, CF_SEVERITY_ERROR, "上级补助 405490万元"},
	/* owners' equity's total is assets less liabilities, no closing sum */
	{"sum/equity-total-no-closing", "sum-mismatch",
	 "10月末，全省国有企业资产总额163778.5亿元，同比增长14.6%；负债总额107068.2亿元，同比增长14.3%；"
	 "所有者权益合计56710.3亿元，同比增长15.1%。",
	 0, 0, NULL},
	/* …named 净资产 before its 共计 too (r34-01) */
	{"sum/net-assets-no-closing", "sum-mismatch",
	 "全省地方国有企业资产、金融企业国有资产、行政事业性国有资产共计29.87万亿元,同比增长12.57%;负债"
	 "共计19.33万亿元,增长13.9%;净资产(所有者权益)共计10.54万亿元,增长10.21%。",
	 0, 0, NULL},
	/* one item's figures in the measures stated before 其中, each its own measure's part
	 * (r83-12, r83-26); named as other figures of the sentence, no parts of the one before
	 * 其中 (r83-14) */
	{"sum/one-item-in-two-measures", "sum-mismatch",
	 "2020年国资系统监管企业实现营业收入59.5万亿元,实现利润总额3.5万亿元,“十三五”期间年均增速分别"
	 "7.4%和10.7%。其中中央企业实现营收30.3万亿元,实现利润总额1.9万亿元。",
	 0, 0, NULL},
	{"sum/one-item-in-two-measures-broken", "sum-mismatch",
	 "2020年国资系统监管企业实现营业收入59.5万亿元,实现利润总额3.5万亿元,“十三五”期间年均增速分别"
	 "7.4%和10.7%。其中中央企业实现营收30.3万亿元,实现利润总额4.9万亿元。",
	 1, CF_SEVERITY_ERROR, "a part exceeds its whole"},
	{"sum/parts-named-as-other-figures", "sum-mismatch",
	 "2017年,全省国资系统监管企业资产总额达到21050亿元,实现利润195亿元,同比增长105%;创造税收217亿元,"
	 "同比增长25%。其中,省属监管企业资产规模达到7000亿元,累计实现营业收入4250亿元,同比增长20%;实现"
	 "利润129亿元,同比增长464%;创造税收174亿元,同比增长20%。",
	 0, 0, NULL},
	/* parts naming more of a measure than the amount before 其中: the amount that names it */
	{"sum/whole-names-the-measure", "sum-mismatch",
	 "全国行政事业单位资产总额30.0万亿元，负债总额9.5万亿元。其中，行政单位资产总额8.9万亿元，"
	 "事业单位资产总额21.1万亿元。",
	 0, 0, NULL},
	{"sum/whole-names-the-measure-broken", "sum-mismatch",
	 "全国行政事业单位资产总额30.0万亿元，负债总额9.5万亿元。其中，行政单位资产总额8.9万亿元，"
	 "事业单位资产总额22.1万亿元。",
	 1, CF_SEVERITY_ERROR, "全国行政事业单位资产总额 30.0万亿元"},
	/* of two amounts before the parts, the one whose name shares more of theirs, a total's
	 * name read without its 合计 (r30-02) */
	{"sum/whole-names-most-of-the-parts", "sum-mismatch",
	 "全区累计可用财力合计121.78亿元,主要包括:当年可用财力81.66亿元,动用预算稳定调节基金6.95亿元,"
	 "上年结余4.16亿元,转移支付收入22.32亿元,新增一般债券4亿元,调入资金2.69亿元。其中:区本级累计"
	 "可用财力98.98亿元,镇累计可用财力4.13亿元,街道累计可用财力16.99亿元,平台累计可用财力1.68亿元。",
	 0, 0, NULL},
	{"sum/whole-names-most-of-the-parts-broken", "sum-mismatch",
	 "全区累计可用财力合计121.78亿元,主要包括:当年可用财力81.66亿元,动用预算稳定调节基金6.95亿元,"
	 "上年结余4.16亿元,转移支付收入22.32亿元,新增一般债券4亿元,调入资金2.69亿元。其中:区本级累计"
	 "可用财力98.98亿元,镇累计可用财力4.13亿元,街道累计可用财力16.99亿元,平台累计可用财力1.78亿元。",
	 1, CF_SEVERITY_WARNING, "全区累计可用财力合计 121.78亿元 is not the sum"},
	/* a whole stated with a figure of another measure, each part with its own: those add
	 * up too, in step (r29-07, r29-04) */
	{"sum/companion-list", "sum-mismatch",
	 "项目共计113个,财政资金3267.28万元。其中绩效自评“优”的项目79个财政资金3038.38万元;绩效自评"
	 "“良”的项目11个财政资金201.9万元,绩效自评“中”的项目3个财政资金7万元,绩效自评“差”的项目20个"
	 "财政资金218.07万元。",
	 1, CF_SEVERITY_ERROR, "3038.38万元 + 201.9万元 + 7万元 + 218.07万元 = 3465.35万元"},
	{"sum/companion-list-holds", "sum-mismatch",
	 "项目共计113个,财政资金3465.35万元。其中绩效自评“优”的项目79个财政资金3038.38万元;绩效自评"
	 "“良”的项目11个财政资金201.9万元,绩效自评“中”的项目3个财政资金7万元,绩效自评“差”的项目20个"
	 "财政资金218.07万元。",
	 0, 0, NULL},
	/* parts that add up exactly to an amount before the nearest are its (r31-28, r28-26) */
	{"sum/whole-by-sum", "sum-mismatch",
	 "核定人员编制36人,实有职工50人,比上年同期减少4人,其中在编31人,临聘19人;离退休人员23人,比上年"
	 "同期减少1人;其中大学本科22人,专科21人,中专及高中以下7人,具有副高级职称3人,中级职称16人。",
	 0, 0, NULL},
	{"sum/whole-by-sum-population", "sum-mismatch",
	 "2022年末,全区户籍总人口453229人,其中城镇人口319247人,乡村人口133982人,城镇化率达到70.4%,"
	 "其中男性229439人,女性223790人。",
	 0, 0, NULL},
	{"sum/whole-by-sum-not-found", "sum-mismatch",
	 "2022年末,全区户籍总人口453229人,其中城镇人口319247人,乡村人口133982人,城镇化率达到70.4%,"
	 "其中男性229439人,女性213790人。",
	 1, CF_SEVERITY_ERROR, NULL},
	/* the part that is all of the whole, stated again, is no second part (r29-36) */
	{"sum/whole-part-restated", "sum-mismatch",
	 "下达2022年湖南省文化和旅游专项资金20万元,二、绩效目标完成情况分析(一)资金投入情况分析1.项目"
	 "资金到位情况,其中专项资金20万元于2022年1月11日全部到位,2.项目资金执行情况分析,专项资金20万元,"
	 "3.项目资金管理分析,",
	 0, 0, NULL},
	/* the first parts make the whole, but the 其他 after them is of the list (r31-28) */
	{"sum/other-after-run-is-a-part", "sum-mismatch",
	 "2025年年初预算数1211.02万元,其中:一般公共预算拨款224.10万元,政府性基金预算拨款 0万元,"
	 "国有资本经营预算收入 0万元,事业收入986.92万元,事业单位经营收入0 万元,其他收入0.10万元。",
	 1, CF_SEVERITY_WARNING, "= 1211.12万元"},
	{"sum/other-after-run-holds", "sum-mismatch",
	 "2025年年初预算数1211.12万元,其中:一般公共预算拨款224.10万元,政府性基金预算拨款 0万元,"
	 "国有资本经营预算收入 0万元,事业收入986.92万元,事业单位经营收入0 万元,其他收入0.10万元。",
	 0, 0, NULL},
	/* a sentence opening with the name of an amount before, its other figure a count: the
	 * parts after its 其中 are that amount's (r30-11) */
	{"sum/whole-named-by-subject", "sum-mismatch",
	 "2024年,市级留用新增债券27.38亿元,再融资债券21.33亿元。市级留用新增债券共安排20个项目,其中,"
	 "社会事业方面8.4亿元,农林水利方面5.87亿元,市政和产业园区基础设施方面2.9亿元,交通基础设施方面"
	 "2.2亿元,其他方面3.01亿元。",
	 1, CF_SEVERITY_ERROR, "= 22.38亿元 (stated 27.38亿元"},
	{"sum/whole-named-by-subject-holds", "sum-mismatch",
	 "2024年,市级留用新增债券22.38亿元,再融资债券21.33亿元。市级留用新增债券共安排20个项目,其中,"
	 "社会事业方面8.4亿元,农林水利方面5.87亿元,市政和产业园区基础设施方面2.9亿元,交通基础设施方面"
	 "2.2亿元,其他方面3.01亿元。",
	 0, 0, NULL},
	/* the items joined by 、 to what a part is mostly used for are no parts (r31-05) */
	{"sum/explanation-items-joined", "sum-mismatch",
	 "部门支出预算919543.7万元,其中:教育7043.8万元,主要用于所属职业院校基本支出;科学技术4256.5万元,"
	 "主要用于所属科研院所基本支出;医疗卫生908055.4万元,主要用于卫生资源布局调整贷款贴息5000万元、"
	 "二级以上公立医院社会保险补贴4260万元、公立医院医保制度改革3375万元、卫生人才培养经费1000万元等"
	 "项目支出,医疗卫生机构事业支出以及本部门基本支出;环境保护188万元,主要用于示范工程项目可再生能源"
	 "补助。",
	 0, 0, NULL},
	/* …but a part after a comma is one */
	{"sum/explanation-then-part", "sum-mismatch",
	 "支出150万元，其中：人员经费100万元，主要用于工资30万元，公用经费60万元。", 1,
	 CF_SEVERITY_ERROR, "100万元 + 60万元 = 160万元"},
	/* a list opened by 其中 and a colon goes on over a 。 while the sentences open with its
	 * parts' siblings and the total is not reached (r32-26, r20-26) */
	{"sum/list-over-sentences", "sum-mismatch",
	 "“三公”经费支出合计9.75万元,较上年减少0.03万元。其中:因公出国(境)费为0万元,共计安排因公出国(境)"
	 "团组0个。公务接待费为3.77万元,共计接待378人次。公务用车购置及运行维护费为0万元。",
	 1, CF_SEVERITY_ERROR, "0万元 + 3.77万元 + 0万元 = 3.77万元 (stated 9.75万元"},
	{"sum/list-over-sentences-holds", "sum-mismatch",
	 "“三公”经费支出合计9.75万元,较上年减少0.03万元。其中:因公出国(境)费为0万元,共计安排因公出国(境)"
	 "团组0个。公务接待费为3.77万元,共计接待378人次。公务用车购置及运行维护费为5.98万元。",
	 0, 0, NULL},
	/* (…and a part's own 其中 parts named as it begins take its parts after a ；) */
	{"sum/list-over-sentences-nested", "sum-mismatch",
	 "“三公”经费支出合计9.75万元。其中:因公出国(境)费为0万元。公务接待费为3.77万元。公务用车购置及运行"
	 "维护费为0万元,其中:公务用车购置费0万元;公务用车运行维护费5.98万元。",
	 1, CF_SEVERITY_ERROR, "公务用车购置及运行维护费 0万元 is not the sum"},
	/* (a sentence opening with a name of another ending ends it: one part, partial) */
	{"sum/list-over-sentences-other-name", "sum-mismatch",
	 "本年收入合计30万元。其中:财政拨款收入10万元。本年支出合计25万元。", 0, 0, NULL},
	/* a government's finances named by some of its four budgets only (r12-09) */
	{"sum/some-budgets-partial", "sum-mismatch",
	 "地方财政支出完成962,934万元,为预算的89.4%。其中:一般公共预算支出完成835,943万元,为预算的103.6%。"
	 "政府性基金预算支出完成124,417万元,为预算的47.8%。",
	 0, 0, NULL},
	{"sum/some-budgets-above-whole", "sum-mismatch",
	 "地方财政支出完成952,934万元,为预算的89.4%。其中:一般公共预算支出完成835,943万元,为预算的103.6%。"
	 "政府性基金预算支出完成124,417万元,为预算的47.8%。",
	 1, CF_SEVERITY_ERROR, "= 960360万元"},
	/* changes from the budget are named so */
	{"sum/changes-from-budget", "sum-mismatch",
	 "“三公”经费支出9.75万元,较预算数减少0.90万元。其中:公务接待费3.77万元,较预算数减少0.20万元;"
	 "公务用车运行维护费5.98万元,较预算数减少0.20万元。",
	 1, CF_SEVERITY_ERROR, "the changes from the budget of the 2 items"},
	/* counts of distinctions held overlap and cover some only: no breakdown (r33-10, r33-13) */
	{"sum/distinctions-no-breakdown", "sum-mismatch",
	 "医院有高级职称245人,博士、硕士研究生208人,其中,国务院政府特殊津贴专家3人,国外访问学者1人,援外专家"
	 "2人,长寿区高层次人才认定74人,长寿英才7人,长寿工匠2人。",
	 0, 0, NULL},
	{"sum/designations-no-breakdown", "sum-mismatch",
	 "设有临床专业科室47个,医技科室12个。其中:2个省重点专科(心内科、神经内科);3个市领先学科(心内科、"
	 "神经内科、肝胆外科);11个省市共建学科。",
	 0, 0, NULL},
	/* (…but amounts named so are a budget's parts) */
	{"sum/talent-funds-are-parts", "sum-mismatch",
	 "项目支出300万元,其中:人才培养经费100万元,学科建设经费150万元,专家咨询费20万元。", 1,
	 CF_SEVERITY_ERROR, "= 270万元"},
	/* a few parts far below the whole name some of it (r40-09, r28-30) */
	{"sum/few-parts-far-below", "sum-mismatch",
	 "2024年,通过市政府网站平台发布政府动态类信息1464条,其中文件15条,政策解读10条,市政府工作报告1条,"
	 "人大代表建议及政协提案办理信息5条,财政预决算信息2条;",
	 0, 0, NULL},
	/* (…but many parts are the breakdown itself) */
	{"sum/many-parts-far-below", "sum-mismatch",
	 "专项资金实际支出555.46万元,其中:干部工作经费19.77万元、监督经费6.15万元、调研经费8.30万元、"
	 "培训经费16.72万元、宣传经费10万元、档案经费12万元、信息经费9万元、党建经费20万元、人才经费30万元。",
	 1, CF_SEVERITY_ERROR, "= 131.94万元"},
	/* a figure after a ； larger than the whole alone, not named as the first part ends, is
	 * of something else (r40-27) */
	{"sum/larger-clause-after-semicolon", "sum-mismatch",
	 "2022年,主动公开信息497条,其中网站发布新闻类165条,教育通知类39条,政策文件及解读10条;"
	 "“市教育局”微信公众号发布1135条,关注人数达181761人。",
	 0, 0, NULL},
	{"sum/larger-sibling-after-semicolon", "sum-mismatch",
	 "一般公共预算收入88435元,较上年增长19.7%,其中:税收收入39029元,下降12%;非税收入49406万元,增长50%。",
	 1, CF_SEVERITY_ERROR, "39029元 + 49406万元"},
	/* parts of the two figures before the cue, new and carried over (r40-33) */
	{"sum/new-and-carried-over", "sum-mismatch",
	 "2023年我局共收到申请公开件92件、上一年度结转2件。其中,予以公开19件,部分公开18件,不予公开4件,"
	 "无法提供38件,不予处理5件,其他处理1件,结转下年度继续办理9件。",
	 0, 0, NULL},
	{"sum/new-and-carried-over-off", "sum-mismatch",
	 "2023年我局共收到申请公开件92件、上一年度结转2件。其中,予以公开19件,部分公开18件,不予公开4件,"
	 "无法提供38件,不予处理5件,其他处理1件,结转下年度继续办理10件。",
	 1, CF_SEVERITY_ERROR, "= 95件"},
	/* parts that each carry the total's name go on after a ； (r28-39) */
	{"sum/parts-named-as-total-over-semicolon", "sum-mismatch",
	 "赔款和给付21.6亿元,下降16.8%。其中,财产险业务赔款和给付支出20.6亿元,增长47.6%;人身险业务赔款和"
	 "给付支出7亿元,下降42.1%。",
	 1, CF_SEVERITY_ERROR, "20.6亿元 + 7亿元 = 27.6亿元"},
	/* a list joined by 、 goes on past a part that shares nothing of the total's name
	 * (r28-40) */
	{"sum/list-joined-by-dun", "sum-mismatch",
	 "全县现有医疗机构728家,其中,二级医疗机构1家、一级综合医疗机构1家、村卫生室678家、个体诊所9家。",
	 1, CF_SEVERITY_ERROR, "= 689家"},
	/* things of the whole's measure named before 分别 are its siblings, the figures theirs
	 * (r28-31) */
	{"sum/spread-over-siblings", "sum-mismatch",
	 "分注册类型看,股份制企业产值1.2亿元,外商及港、澳、台商投资企业和其他经济类型企业产值分别为3.61、"
	 "0.04亿元,增长17.7%、33.3%;",
	 0, 0, NULL},
	/* …or of another measure than the whole (r37-05) */
	{"sum/spread-over-another-measure", "sum-mismatch",
	 "全区地区生产总值达到380亿元,年均增长12%,财政收入和地方财政收入分别达到70亿元和40亿元,年均增长15%。",
	 0, 0, NULL},
	{"sum/spread-over-named-parts", "sum-mismatch",
	 "下达资金90万元，甲村和乙村分别为40万元、40万元。", 1, CF_SEVERITY_ERROR,
	 "40万元 + 40万元 = 80万元"},
	/* a part named within an earlier part (X中Y) is in it (r28-39) */
	{"sum/part-within-earlier-part", "sum-mismatch",
	 "金融机构各项贷款余额1641.1亿元,比上年末增加325.6亿元。其中,短期贷款705.4亿元,增长7.6%;中长期"
	 "贷款935.7亿元,增长39%,中长期贷款中个人消费贷款414.2亿元,增长39.8%。",
	 0, 0, NULL},
	/* counts of what something reaches are no parts of a count of it (r27-21) */
	{"sum/counts-of-reach", "sum-mismatch",
	 "奖补项目涉及全县14个镇区68个村,共72个项目,其中:村内道路项目61个,农民体育文化广场2个,其他9个。",
	 0, 0, NULL},
	{"sum/counts-then-total", "sum-mismatch", "全县14个镇区、68个村,共计72个。", 1,
	 CF_SEVERITY_ERROR, "14个 + 68个 = 82个"},
	/* a threshold (超十亿元) is no total of the amounts above it (r28-08) */
	{"sum/threshold-no-total", "sum-mismatch",
	 "从行业看,21个行业中,营收超十亿元行业1个,分别为电气机械和器材制造业(52.27亿元)。", 0, 0, NULL},
	/* grades of one kind that are no levels of a hierarchy sum (r36-08); levels written
	 * with digits are levels (r35) */
	{"sum/grades-are-classes", "sum-mismatch", "现有派出所23个,其中一级所1个,二级所7个,三级所4个。",
	 1, CF_SEVERITY_ERROR, "1个 + 7个 + 4个 = 12个"},
	{"sum/levels-with-digits", "sum-mismatch",
	 "该项目共编制15个绩效目标指标,其中1级指标3个,二级指标7个,三级指标15个。", 0, 0, NULL},
	/* a first part as much as the whole, named as the parts after it are, is their sibling
	 * stated wrong (r33-22)… */
	{"sum/first-part-as-whole-sibling", "sum-mismatch",
	 "2024年年初预算数1,196.3万元,其中:一般公共服务支出预算1,196.3万元,教育支出预算894.1万元,社会保障"
	 "和就业支出预算176.3万元,卫生健康支出预算56.93万元,住房保障支出预算68.97万元。",
	 1, CF_SEVERITY_ERROR, "= 2392.6万元 (stated 1196.3万元"},
	/* …but one named otherwise restates it, the parts after it its breakdown */
	{"sum/first-part-restates-whole", "sum-mismatch",
	 "2024年年初预算数1,196.3万元,其中:财政拨款1,196.3万元,教育支出预算894.1万元,社会保障和就业支出"
	 "预算176.3万元,卫生健康支出预算56.93万元,住房保障支出预算68.97万元。",
	 0, 0, NULL},
	/* a figure after a ； named a total of another measure is the next headline (r28-09) */
	{"sum/next-headline-total", "sum-mismatch",
	 "工农业总产值108.23亿元,同比增长10%,其中工业总产值突破百亿大关;财政总收入4.02亿元,同比增长33.2%;"
	 "市场商品成交额44.53亿元,同比增长5.7%。",
	 0, 0, NULL},
	/* …or named 各项… when the first part is not (r28-36) */
	{"sum/next-headline-all-items", "sum-mismatch",
	 "年末全县金融机构人民币各项存款余额266.89亿元,比上年增长10.02%,其中住户存款余额209.29亿元,增长"
	 "11.98%;年末金融机构人民币各项贷款余额140.92亿元,增长18.76%。",
	 0, 0, NULL},
	/* a paragraph that opens with 其中 goes on from the one before (r38-12) */
	{"sum/qizhong-paragraph", "sum-mismatch",
	 "收入4669万元,比上年增加681万元。\n其中,税收208万元,比上年减少87万元;补助收入4461万元,比上年增加"
	 "714万元。",
	 1, CF_SEVERITY_ERROR, "−87万元 + 714万元 = 627万元"},
	{"sum/qizhong-paragraph-holds", "sum-mismatch",
	 "收入4669万元,比上年增加627万元。\n其中,税收208万元,比上年减少87万元;补助收入4461万元,比上年增加"
	 "714万元。",
	 0, 0, NULL},
	/* 共计 right after a count of transactions is their amount, no sum (r39-12) */
	{"sum/amount-of-counted-transactions", "sum-mismatch",
	 "7月份,我市缴存住房公积金22.6亿元,同比增长17.4%;办理提取业务18.1万笔,共计16.35亿元,提取金额"
	 "同比增长2.57%;发放个人住房公积金贷款2837笔,共计11.2亿元。",
	 0, 0, NULL},
	/* a whole of the part's scope is not one smaller than the part (r21-21) */
	{"sum/scope-whole-not-smaller", "sum-mismatch",
	 "其中,市本级发放贷款1161笔,贷款金额3.64亿元。截至4月底,全市累计发放贷款88758笔,贷款总额153.95亿元,"
	 "贷款余额95.78亿元;其中市本级累计发放贷款36046笔,贷款总额79亿元,贷款余额48.50亿元。",
	 0, 0, NULL},
	/* what a figure leaves out is no part of it (r32-28) */
	{"sum/left-out-no-part", "sum-mismatch",
	 "境内捐赠29762万元(其中境内捐款16453万元,物资及其他服务性捐赠13309万元);境外捐赠144万元"
	 "(统计数据不包含澳门红十字会援建从江县项目款639万元)。",
	 0, 0, NULL},
	/* 累计 after a figure of what is new: the stock to date (r28-16) */
	{"sum/stock-after-new", "sum-mismatch",
	 "全年新增高新技术企业49家,有效高新技术企业151家,新培育省级科技型中小企业147家,累计692家。",
	 0, 0, NULL},
	/* …and where things stand now after what was opened and closed (r53-06) */
	{"sum/stock-after-new-and-closed", "sum-mismatch",
	 "今年经开区新增政务新媒体1个,注销3个,目前共计6个,其中微信3个,微博2个,抖音1个。", 0, 0,
	 NULL},
	{"sum/stock-after-new-and-closed-broken", "sum-mismatch",
	 "今年经开区新增政务新媒体1个,注销3个,目前共计6个,其中微信3个,微博2个,抖音2个。", 1,
	 CF_SEVERITY_ERROR, "3个 + 2个 + 2个 = 7个"},
	{"sum/cumulative-after-parts", "sum-mismatch",
	 "培训干部49人次,培训村干部151人次,培训党员147人次,累计357人次。", 1, CF_SEVERITY_ERROR,
	 "49人次 + 151人次 + 147人次 = 347人次"},
	/* a profit is net of losses: a part may exceed it */
	{"sum/profit-part-may-exceed", "sum-mismatch",
	 "二、利润总额。市属国有企业累计利润总额10.31亿元，同比下降20.6%。其中，市国资委系统企业累计利润"
	 "总额24.15亿元，同比增长20.3%。",
	 0, 0, NULL},
	/* a gap written with its sign is the first figure less the second, counted as it is */
	{"sum/signed-gap", "sum-mismatch",
	 "2023年，职工基本医保基金收入7486.95万元，支出5530.55万元，当年收支结余1956.40万元；其中职工统筹"
	 "基金收入5640.86万元，支出3439.39万元，当年收支结余2201.47万元；职工个人账户基金收入1846.09万元，"
	 "支出2091.16万元，当年收支结余-245.07万元。",
	 0, 0, NULL},
	{"sum/signed-gap-broken", "sum-mismatch",
	 "2023年，职工基本医保基金收入7486.95万元，支出5530.55万元，当年收支结余1956.40万元；其中职工统筹"
	 "基金收入5640.86万元，支出3439.39万元，当年收支结余2201.47万元；职工个人账户基金收入1846.09万元，"
	 "支出2091.16万元，当年收支结余-235.07万元。",
	 1, CF_SEVERITY_ERROR, "1846.09万元 − 2091.16万元"},
	/* a fund's main incomes and main expenditures are partial lists */
	{"sum/fund-main-flows-partial", "sum-mismatch",
	 "居民基本医疗保险基金收入5164.75亿元，比上年增长16.3%，其中：保险费收入1060.18亿元；政府资助收入"
	 "4033.87亿元。各项社会保险支出为219,491万元，其中：各项社会保险待遇支出212,944万元、转移支出92万元。",
	 0, 0, NULL},
	/* a part an earlier part says it includes (含生育保险) is no sibling */
	{"sum/part-included-in-earlier", "sum-mismatch",
	 "2023年1-5月，基本医疗保险基金(含生育保险)总支出10311.40亿元，同比增长23.3%。其中，职工基本医疗"
	 "保险基金(含生育保险)支出6520.54亿元，同比增长23%，生育保险基金待遇支出431.91亿元；城乡居民基本"
	 "医疗保险基金支出3790.86亿元，同比增长23.8%。",
	 0, 0, NULL},
	{"sum/part-included-in-earlier-broken", "sum-mismatch",
	 "2023年1-5月，基本医疗保险基金(含生育保险)总支出10311.40亿元，同比增长23.3%。其中，职工基本医疗"
	 "保险基金(含生育保险)支出6520.54亿元，同比增长23%，生育保险基金待遇支出431.91亿元；城乡居民基本"
	 "医疗保险基金支出3890.86亿元，同比增长23.8%。",
	 1, CF_SEVERITY_ERROR, "6520.54亿元 + 3890.86亿元"},
	/* subsidies are some of an investment only */
	{"sum/subsidies-of-investment-partial", "sum-mismatch",
	 "确定13个项目为2023年村级公益事业建设财政一事一议奖补项目，共投入资金4065.35万元(其中省级补助869万元、"
	 "区级补助429万元、乡镇补助431万元)。",
	 0, 0, NULL},
	{"sum/subsidies-of-investment-exceed", "sum-mismatch",
	 "确定13个项目为2023年村级公益事业建设财政一事一议奖补项目，共投入资金1065.35万元(其中省级补助869万元、"
	 "区级补助429万元、乡镇补助431万元)。",
	 1, CF_SEVERITY_ERROR, "the parts exceed the total"},
	/* numbered items after 其中： go on over their 。 */
	{"sum/numbered-items-ending-sentences", "sum-mismatch",
	 "2023年共安排资金300万元，其中：\n1.用于道路建设100万元。\n2.用于水利建设150万元。\n"
	 "3.用于环境整治30万元。\n",
	 1, CF_SEVERITY_ERROR, "100万元 + 150万元 + 30万元 = 280万元"},
	/* …reaching less than half the whole, they are some of its uses */
	{"sum/numbered-items-some-uses", "sum-mismatch",
	 "2.机关商品和服务支出决算数为3179.58亿元，主要是购买商品和服务的各类支出。其中：\n"
	 "(1)办公经费决算数为626.04亿元，比上年决算数增加15.1%。\n(2)会议费决算数为10.64亿元。\n"
	 "(3)培训费决算数为29.31亿元。\n(4)委托业务费决算数为400.37亿元。\n",
	 0, 0, NULL},
	/* …of the amount of the sentence before that they add up to */
	{"sum/numbered-items-of-first-amount", "sum-mismatch",
	 "2021年市级彩票公益金收入1237万元，安排支出1169万元，结转下年使用68万元。其中：\n"
	 "1.福利彩票公益金498万元，安排用于社会福利事业286万元；结余68万元，转下年度继续使用。\n"
	 "2.体育彩票公益金739万元，安排用于体育事业739万元。\n",
	 0, 0, NULL},
	/* a figure each of several items named before 各 counts once for each */
	{"sum/each-of-items", "sum-mismatch",
	 "我县现有中小学校444所，其中小学382所(含教学点124个)，初中50所，普高7所，职校2所，"
	 "教师进修学校、特教学校、楚才学校各1所。",
	 0, 0, NULL},
	{"sum/each-of-items-broken", "sum-mismatch",
	 "将本批追加的4000万资金全部分配给6县区，其中：乐都区819万元，民和县1226万元，互助县600万元，"
	 "化隆县1155万元；另安排平安区、循化县各110万元，用于巩固提升项目。",
	 1, CF_SEVERITY_WARNING, "2 × 110万元"},
	/* 小计 closes an item's count × amount each; the 共计 after them is their sum */
	{"sum/subtotals-of-items", "sum-mismatch",
	 "①楚布勒达村购置垃圾箱20个，每个5000元，小计10万元；②扎很布勒格村垃圾箱20个，每个5000元，"
	 "小计10万元；③奎屯布勒格村购置垃圾箱30个，每个5000元，小计15万元；共计45万元。",
	 1, CF_SEVERITY_ERROR, "the 3 subtotals before it"},
	{"sum/subtotals-of-items-hold", "product-mismatch",
	 "①楚布勒达村购置垃圾箱20个，每个5000元，小计10万元；②扎很布勒格村垃圾箱20个，每个5000元，"
	 "小计10万元；③奎屯布勒格村购置垃圾箱30个，每个5000元，小计15万元；共计35万元。",
	 0, 0, NULL},
	{"product/subtotal-of-item", "product-mismatch",
	 "①楚布勒达村购置垃圾箱20个，每个5000元，小计12万元；②扎很布勒格村垃圾箱20个，每个5000元，"
	 "小计10万元。",
	 1, CF_SEVERITY_ERROR, "20 × 5000元"},
	/* each fund's own totals, one after another, close nothing of the fund before */
	{"sum/totals-of-funds-in-turn", "sum-mismatch",
	 "2021年省级决算草案反映，省级一般公共预算收入总计6506.4亿元，为预算的104.6%；支出总计6506.4亿元，"
	 "为预算的104.6%。省级政府性基金预算收入总计2385.3亿元，为预算的101.3%；支出总计2385.3亿元，为"
	 "预算的101.3%。省级国有资本经营预算收入总计9.7亿元，为预算的130.4%；支出总计9.7亿元。",
	 0, 0, NULL},
	/* 比上一年 names last year's figure, no part; 民生支出's categories may be some only */
	{"sum/compared-last-year-figures", "sum-mismatch",
	 "民生支出255,368万元，占一般公共预算支出321,692万元的79.38%。其中：教育支出71,255万元，比上一年"
	 "70,681万元增长0.81%；社会保障和就业支出46,215万元，比上一年39,297万元增长17.60%；卫生健康支出"
	 "37,611万元，比上一年34,270万元增长9.75%。",
	 0, 0, NULL},
	/* titles and degrees after the posts overlap: no further parts of the staff (r121-34) */
	{"sum/staff-qualifications", "sum-mismatch",
	 "现有教职工382人,其中专任教师262人,教授、副教授和高级工程师94人,硕(博)士学位以上教师162人,"
	 "“双师素质”教师193人。",
	 0, 0, NULL},
	/* one staff by title, then by degree: two breakdowns that overlap (r127-25, r127-24);
	 * the titles alone still add up */
	{"sum/titles-then-degrees", "sum-mismatch",
	 "现有专任教师1438人,其中正高职称112人、副高职称341人,博士83人、硕士1137人。", 0, 0, NULL},
	{"sum/titles-then-degrees-broken", "sum-mismatch",
	 "现有专任教师300人,其中正高职称112人、副高职称341人,博士83人、硕士137人。", 1,
	 CF_SEVERITY_ERROR, "112人 + 341人 = 453人"},
	/* one part of each of two figures side by side, named by their cores in order (r127-04):
	 * 教授 is of 教授人数, not of 副教授人数 */
	{"sum/one-part-per-figure", "sum-mismatch",
	 "2015年我校专任教师中教授人数143人,副教授人数247人,其中为本科生授课教授人数135人,副教授234人。", 0,
	 0, NULL},
	/* a count with a fraction is a ratio, no part (r95-08), and ends a list of counts
	 * (r116-35); a stock at a date after a ；is no part of a flow (r130-01) */
	{"sum/fractional-count-ends-list", "sum-mismatch",
	 "全区专利授权量654件,其中发明专利16件,每万人口发明专利拥有量3.11件,新增注册商标654件,全区有效注册商标12791件。",
	 0, 0, NULL},
	{"sum/stock-at-a-date", "sum-mismatch",
	 "全市专利授权量27138件,同比下降0.53%。其中发明专利4967件,同比下降0.14%;截至10月底,全市有效发明专利42673件,比去年底增长4710件。",
	 0, 0, NULL},
	/* an average is no whole of another average (r127-18) */
	{"sum/average-of-a-group", "sum-mismatch",
	 "普通高等学校大学生总数达2754万人,校均规模10430人,其中,本科学校校均规模14639人。", 0, 0, NULL},
	/* a cohort is no headcount (r120-32): 2012届 no part of 6届 */
	{"sum/cohort-no-headcount", "sum-mismatch",
	 "课题组共调查乐山师范学院6届毕业生,其中:2012届1495名、2013届1785名。", 0, 0, NULL},
	/* the retired are no part of the staff in post */
	{"sum/retired-not-in-post", "sum-mismatch",
	 "全县在职教职工7687人，其中专任教师7394人，离退休人员3498人。", 0, 0, NULL},
	/* a change broken down into the changes of spending's two parts, each with its sign */
	{"sum/changes-of-two-parts", "sum-mismatch",
	 "支出预算较2025减少18.23万元，主要是基本支出预算增加91.32万元，项目支出预算减少73.09万元。", 1,
	 CF_SEVERITY_ERROR, "−91.32万元 + 73.09万元"},
	{"sum/changes-of-two-parts-hold", "sum-mismatch",
	 "支出预算较2025增加18.23万元，主要是基本支出预算增加91.32万元，项目支出预算减少73.09万元。", 0, 0,
	 NULL},
	/* a part whose own words total the things they name after 其中 (r40-07); a name with
	 * 合计 in it alone after 包括 stays a total (r32-04: no sum of the list before) */
	{"sum/part-totals-what-it-names", "sum-mismatch",
	 "全县主动公开政府信息4042条,其中县政府门户网站概况类信息和政务动态信息共计1495条,"
	 "信息公开栏公开信息2918条。",
	 1, CF_SEVERITY_ERROR, "1495条 + 2918条 = 4413条"},
	{"sum/part-totals-what-it-names-holds", "sum-mismatch",
	 "全县主动公开政府信息4413条,其中县政府门户网站概况类信息和政务动态信息共计1495条,"
	 "信息公开栏公开信息2918条。",
	 0, 0, NULL},
	/* …also when the cue is earlier in the sentence (r53-04), or when the part names the
	 * rest (其他…共计, r53-18); words that sum up what came before stay a total */
	{"sum/part-totals-after-earlier-cue", "sum-mismatch",
	 "2023年度,市政府门户网站公开全市各类政府信息共计3437条,包括:人事信息12条,政务动态1740条,"
	 "公告公示225 条,解读及回应信息共计110条,其他类信息1827条。",
	 1, CF_SEVERITY_ERROR, "12条 + 1740条 + 225条 + 110条 + 1827条 = 3914条"},
	{"sum/part-names-the-rest", "sum-mismatch",
	 "2020年,主动公开政府信息6391条,其中概况类信息1105条;政务动态类信息2896条;政府文件、工作报告、"
	 "财务预决算、重大事件等民众关心的其他信息共计2004条。",
	 1, CF_SEVERITY_ERROR, "1105条 + 2896条 + 2004条 = 6005条"},
	{"sum/summing-up-stays-total", "sum-mismatch",
	 "全县主动公开政府信息4413条,其中网站信息1495条,公开栏信息2918条,以上网站和公开栏信息共计"
	 "4414条。",
	 1, CF_SEVERITY_WARNING, "listed before 共计: 1495条 + 2918条 = 4413条"},
	{"sum/named-total-after-cue", "sum-mismatch",
	 "2022年收入总计7033.15万元,包括本年收入合计6925.14万元,使用年初结转和结余108.01万元;"
	 "2023年收入总计6462.57万元,包括本年收入合计6462.57万元,使用年初结转和结余0万元。",
	 0, 0, NULL},
	/* an amount each after a ； and the parts, named unlike the first part and with no part
	 * after it, is of another subject and ends the list (r42-16); one with parts after it
	 * keeps the list unread */
	{"sum/per-capita-after-list", "sum-mismatch",
	 "固定资产总投资52600万元,同比增长31%,其中工业投入26500万元,同比增长35%,农业投入4400万元,"
	 "同比增长35%,服务业投入16360万元,同比增长18%;社会消费品零售总额42940万元,同比增长21%;"
	 "农民人均纯收入10786元,同比增长12%。",
	 1, CF_SEVERITY_ERROR, "26500万元 + 4400万元 + 16360万元 = 47260万元"},
	{"sum/per-unit-with-parts-after", "sum-mismatch",
	 "支出100万元，其中培训费40万元，会议费30万元；每人补助费500元，共600人，计30万元。", 0, 0,
	 NULL},
	/* the first part a cut by another classification: the parts after it add up exactly and
	 * their clauses begin alike, its own not (r44-07); a first part named as they are is a
	 * part still */
	{"sum/first-part-other-cut", "sum-mismatch",
	 "农业生产经营人员12633人,其中女性5104人,年龄35岁及以下的1718人,年龄在36至54岁之间的7491人,"
	 "年龄55岁及以上的3424人。",
	 0, 0, NULL},
	{"sum/first-part-other-cut-broken", "sum-mismatch",
	 "农业生产经营人员12633人,其中女性5104人,年龄35岁及以下的1718人,年龄在36至54岁之间的7491人,"
	 "年龄55岁及以上的3434人。",
	 1, CF_SEVERITY_ERROR, NULL},
	{"sum/first-part-same-cut", "sum-mismatch",
	 "支出100万元，其中人员经费30万元，人员补助60万元，人员奖励40万元。", 1, CF_SEVERITY_ERROR,
	 "30万元 + 60万元 + 40万元"},
	/* 标准 of a norm met (…Ⅲ类标准的断面有61个) is no amount each: the figure is the whole of
	 * the parenthesis opened after it (r46-31) */
	{"sum/standard-met-whole", "sum-mismatch",
	 "全市77个市控及以上断面中,水质达到或优于地表水环境质量Ⅲ类标准的断面有61个(其中Ⅰ类8个、Ⅱ类27个、"
	 "Ⅲ类26个)、占79.2%。",
	 0, 0, NULL},
	{"sum/standard-met-whole-broken", "sum-mismatch",
	 "全市77个市控及以上断面中,水质达到或优于地表水环境质量Ⅲ类标准的断面有61个(其中Ⅰ类8个、Ⅱ类27个、"
	 "Ⅲ类25个)、占79.2%。",
	 1, CF_SEVERITY_ERROR, "61个 is not the sum"},
	/* ---- product: must fire ---- */
	{"product/count-each-total", "product-mismatch", "124个站点，每个站点1300元，共计14.88万。",
	 1, CF_SEVERITY_ERROR, "124 × 1300元"},
	{"product/each-without-noun", "product-mismatch",
	 "奖励2个优秀站点，每个20000元，共计8万元。", 1, CF_SEVERITY_ERROR, "2 × 20000元"},
	{"product/expression", "product-mismatch", "全年共计：35人*600元/月*12月＝262000元。", 1,
	 CF_SEVERITY_ERROR, "35人 × 600元/月 × 12月"},
	{"product/restated", "product-mismatch", "35人*600元/月*12月＝252000元。共计26.2万元。", 1,
	 CF_SEVERITY_ERROR, "the total restated"},
	{"product/on-second-line", "product-mismatch",
	 "（一）站点\n共建设站点50个，每个站点补助2.5万元，共计120万元。", 2, CF_SEVERITY_ERROR, NULL},
	{"rate/cost-per-head", "rate-mismatch",
	 "全市共录用公务员582人，公务员面试招录费用102.18万元，招录公务员成本为1856元/人。", 1,
	 CF_SEVERITY_ERROR, "102.18万元 / 582人"},
	/* ---- product: must stay silent ---- */
	{"product/holds", "product-mismatch",
	 "124个站点，每个站点1200元，共计14.88万；奖励2个优秀站点，每个20000元，共计4万元。", 0, 0,
	 NULL},
	{"product/expression-holds", "product-mismatch",
	 "全年共计：35人*600元/月*12月＝252000元。共计25.2万元。", 0, 0, NULL},
	{"product/no-count", "product-mismatch", "每个涉老协会工作经费10万元，共计50万元。", 0, 0, NULL},
	/* a standard per item and an amount added for some, their counts in a table (r27-11) */
	{"product/standard-and-increment", "product-mismatch",
	 "具体标准:每个村、社区4万元,每个贫困村增加1万元,合计824万元(详见附表)。", 0, 0, NULL},
	{"product/range-no-count", "product-mismatch", "为每名对象发放1000-2000元，共计5万元。", 0, 0,
	 NULL},
	{"product/count-of-other-things", "product-mismatch",
	 "建成5个中心，每个站点1200元，共计3万元。", 0, 0, NULL},
	{"rate/holds", "rate-mismatch",
	 "全市共录用公务员582人，公务员面试招录费用102.18万元，招录公务员成本为1756元/人。", 0, 0,
	 NULL},
	{"rate/standard-not-derived", "rate-mismatch", "培训费用3万元，共培训100人，补助标准200元/人。",
	 0, 0, NULL},
	/* ---- description: must fire ---- */
	{"description/sum-differs", "description-mismatch",
	 TABLE_HEAD "\t科级特派员补助\n\t捐资助学10万元；拨付社区工作经费3万元；关工委办公经费12万元\n\t15.036\n\n",
	 9, CF_SEVERITY_ERROR, "10万元 + 3万元 + 12万元 = 25万元"},
	{"description/count-times-each", "description-mismatch",
	 TABLE_HEAD "\t老干大学三个社区分校办学经费\n\t每个社区分校拨款6万元；3万元工作经费。\n\t31\n\n", 9,
	 CF_SEVERITY_ERROR, "3 × 6万元 + 3万元"},
	{"description/rate-items", "description-mismatch",
	 TABLE_HEAD "\t一村一名大学生计划经费\n\t本科20人，标准1400/人；专科10人，标准1000/人。\n\t4.8\n\n",
	 9, CF_SEVERITY_ERROR, "20 × 1400/人 + 10 × 1000/人"},
	{"description/numbered-items", "description-mismatch",
	 TABLE_HEAD "\t基层党建经费\n\t1、干部培训400万元；2、工资：约800万。招考工作经费：100000元。"
		    "服务费：100000元。合计：820万元。3、宣传经费：20万元。\n\t1300\n\n",
	 9, CF_SEVERITY_ERROR, "400万元 + 820万元 + 20万元"},
	{"description/small-gap-warning", "description-mismatch",
	 TABLE_HEAD "\t远程教育经费\n\t124个站点，每个站点1200元，共计14.88万；奖励2个优秀站点，每个20000元，"
		    "共计4万元；站点管理员培训：6.2万元。\n\t25.000\n\n",
	 9, CF_SEVERITY_WARNING, "14.88万 + 4万元 + 6.2万元"},
	/* ---- description: must stay silent ---- */
	{"description/holds", "description-mismatch",
	 TABLE_HEAD "\t绩效考核\n\t市对区绩效考核工作支出15万元；区内绩效考核工作支出10万元。\n\t25\n\n", 0, 0,
	 NULL},
	{"description/per-unit-without-count", "description-mismatch",
	 TABLE_HEAD "\t协会经费\n\t书画协会、钓鱼协会工作经费。每个涉老协会工作经费10万元\n\t40\n\n", 0, 0,
	 NULL},
	{"description/range-per-head", "description-mismatch",
	 TABLE_HEAD "\t帮困资金\n\t为每名对象发放1000-2000元的慰问金。\n\t5\n\n", 0, 0, NULL},
	{"description/single-amount", "description-mismatch",
	 TABLE_HEAD "\t五老经费\n\t工作经费6万元。\n\t16\n\n", 0, 0, NULL},
	{"description/no-amounts", "description-mismatch",
	 TABLE_HEAD "\t关工委经费\n\t捐资助学；拨付社区工作经费；关工委办公经费\n\t2\n\n", 0, 0, NULL},
	{"description/numbered-holds", "description-mismatch",
	 TABLE_HEAD "\t基层党建经费\n\t1、干部培训400万元；2、工资：约800万。招考工作经费：100000元。"
		    "服务费：100000元。合计：820万元。3、党建指导员补助：35名区级党建指导员，每月补贴600元，"
		    "全年共计：35人*600元/月*12月＝252000元。共计25.2万元。\n\t1245.2\n\n",
	 0, 0, NULL},
	/* ---- enumeration ---- */
	/* a total after the items closes a list set apart by ，too; 共青团 is an item */
	{"enumeration/total-closes-list", "count-mismatch",
	 "本年度实施项目两个，包括甲项目10万元，乙项目20万元，共计31万元。", 0, 0, NULL},
	{"enumeration/total-closes-list-broken", "count-mismatch",
	 "本年度实施项目两个，包括甲项目10万元，乙项目20万元，丙项目1万元，共计31万元。", 1,
	 CF_SEVERITY_ERROR, "2个 here but 3 listed"},
	/* a list the document's end cuts may have lost items (r74-18) */
	{"enumeration/cut-by-the-end", "count-mismatch",
	 "经费投入超过20亿元的市(州)有7个,分别为成都市、绵阳市、德阳市、宜宾市、泸州市、眉\n", 0, 0,
	 NULL},
	{"enumeration/closed-at-the-end-broken", "count-mismatch",
	 "经费投入超过20亿元的市(州)有7个,分别为成都市、绵阳市、德阳市、宜宾市、泸州市、眉山市。\n", 1,
	 CF_SEVERITY_ERROR, "7个 here but 6 listed"},
	{"enumeration/together-in-name", "count-mismatch",
	 "设机构3个，分别是办公室，共青团委员会，综合科。", 0, 0, NULL},
	{"enumeration/one-missing", "count-mismatch",
	 "内设机构6个，分别是办公室（研究室）、干部一科、干部二科、组织科、老干科。", 1,
	 CF_SEVERITY_ERROR, "6个 here but 5 listed (办公室（研究室）、干部一科"},
	{"enumeration/two-extra", "count-mismatch",
	 "下设科室3个，包括综合科、财务科、人事科、法规科、信息科。", 1, CF_SEVERITY_ERROR,
	 "3个 here but 5 listed"},
	/* the noun counted between the count and its list */
	/* a remark after a ， ends a list set apart by 、; a last item after a ， does not */
	/* 即 after a 。, and 有 before three names or more, open the list (r33-20, r33-24) */
	{"enumeration/after-stop-ji", "count-mismatch",
	 "学校设置8个工作部门。即:办公室、教务处、启聪部、培智部、生活部、体卫艺处、总务处、德育处、送教部。",
	 1, CF_SEVERITY_ERROR, "8个 here but 9 listed"},
	{"enumeration/you", "count-mismatch",
	 "内设机构10个,有办公室、内科、外科、妇产科、护理部、医技科、药械科、公共卫生科、财务科。", 1,
	 CF_SEVERITY_ERROR, "10个 here but 9 listed"},
	{"enumeration/you-not-a-list", "count-mismatch",
	 "共涉及150户,有选择、有重点进行投放。", 0, 0, NULL},
	/* the sentence after the list adds more of them (r32-02) */
	{"enumeration/more-after-list", "count-mismatch",
	 "我院内设职能部门5个,包括综合办公室、政治部、监察室。另有两个派出法庭分别位于新立镇、白石镇。",
	 0, 0, NULL},
	{"enumeration/more-after-list-still-short", "count-mismatch",
	 "我院内设职能部门6个,包括综合办公室、政治部、监察室。另有两个派出法庭分别位于新立镇、白石镇。",
	 1, CF_SEVERITY_ERROR, NULL},
	{"enumeration/remark-after-list", "count-mismatch",
	 "预算不足10亿的有三所，分别为中央美术学院、中央音乐学院、中央戏剧学院，均为艺术类院校。", 0, 0,
	 NULL},
	{"enumeration/last-item-after-comma", "count-mismatch",
	 "本单位内设6个科室，分别是：办公室、财务科、车辆管理科、保洁管理科、综合科，垃圾填埋场。", 0, 0,
	 NULL},
	{"enumeration/remark-after-list-broken", "count-mismatch",
	 "中心5个内设机构，分别为综合科、接待科、运行科、顺江苑服务科，以上内设机构均纳入单位预算。", 1,
	 CF_SEVERITY_ERROR, NULL},
	/* items that each name a thing and its amount are counted (r43-03); a list of some with
	 * amounts, some without, or of amounts with other figures, is not */
	{"enumeration/named-amounts", "count-mismatch",
	 "补助资金555万元。其中:争创省级先进乡镇2个:大康镇70万元、青莲镇70万元;争创省级示范村3个:"
	 "大堰镇稻香村70万元、小溪坝镇鲜花村45万元、永胜镇文昌村45万元、新安镇南山村45万元。",
	 1, CF_SEVERITY_ERROR, "the items listed after the colon: 3个 here but 4 listed"},
	{"enumeration/named-amounts-hold", "count-mismatch",
	 "争创省级示范村3个:大堰镇稻香村70万元、小溪坝镇鲜花村45万元、永胜镇文昌村45万元。", 0, 0,
	 NULL},
	{"enumeration/named-amounts-mixed", "count-mismatch",
	 "建设项目3个:道路硬化70万元、安装路灯12盏、河道清淤、新建公厕45万元。", 0, 0, NULL},
	{"enumeration/named-counts", "count-mismatch",
	 "建设项目3个:道路3条、桥梁2座、公厕4座、广场1个。", 0, 0, NULL},
	{"enumeration/noun-after-count", "count-mismatch",
	 "招商服务中心设9个内设机构，分别为：办公室、投资促进股、区域协作股、招商股、信息统计股、"
	 "政工人事股、政策法规股、项目服务股。",
	 1, CF_SEVERITY_ERROR, "9个 here but 8 listed"},
	{"enumeration/noun-after-count-holds", "count-mismatch",
	 "设3个内设机构，分别为：办公室、招商股、项目服务股。", 0, 0, NULL},
	{"enumeration/two-counts-one-list", "count-mismatch",
	 "设3个内设机构和2个直属单位，分别为：办公室、招商股、项目服务股、中心一、中心二。", 0, 0, NULL},
	{"enumeration/two-counts-one-list-trailing", "count-mismatch",
	 "内设机构3个和直属单位2个，分别为：办公室、招商股、项目服务股、中心一、中心二。", 0, 0, NULL},
	{"enumeration/compact-phrase", "count-mismatch", "设内设机构4个，分别为：一室两科。", 1,
	 CF_SEVERITY_ERROR, "4个 here but 3 listed"},
	{"enumeration/colon", "count-mismatch", "所属单位3个：党员教育中心、人才中心。", 1,
	 CF_SEVERITY_ERROR, NULL},
	{"enumeration/holds", "count-mismatch",
	 "内设机构6个，分别是办公室（研究室）、干部一科、干部二科、组织科、公务员管理科、老干科。", 0, 0,
	 NULL},
	{"enumeration/compact-holds", "count-mismatch", "设内设机构3个，分别为：一室两科。", 0, 0, NULL},
	{"enumeration/and-joins", "count-mismatch", "下设科室3个：综合科、财务科和人事科。", 0, 0, NULL},
	{"enumeration/etc", "count-mismatch", "下设科室5个，包括综合科、财务科等。", 0, 0, NULL},
	{"enumeration/etc-and-noun", "count-mismatch",
	 "基础设施建设项目为16个,包含人居环境整治提升、农村饮水工程、道路建设、危房改造等项目。", 0, 0, NULL},
	{"enumeration/not-names", "count-mismatch", "开展活动3次，分别为：培训20人、会议。", 0, 0, NULL},
	{"enumeration/no-list", "count-mismatch", "内设机构6个。实有人员38人。", 0, 0, NULL},
};

static void
test_case(gconstpointer data)
{
	const ProseCase *c = data;
	g_autoptr(CfDocument) doc = cf_test_document_from_text("case.txt", c->text);
	g_autoptr(GPtrArray) findings = cf_test_check(doc, c->rule);
	cf_test_dump(findings);
	if (c->line == 0) {
		g_assert_cmpuint(findings->len, ==, 0);
		return;
	}
	const CfFinding *f = cf_test_find(findings, c->rule, c->line);
	g_assert_nonnull(f);
	if (c->message && (f = cf_test_find_message(findings, c->rule, c->line, c->message)) == NULL)
		g_error("no message at line %u holds '%s'", c->line, c->message);
	g_assert_cmpint(f->severity, ==, c->severity);
}

/* ---- suggestions: a unit written for another ---- */

typedef struct {
	const char *name;
	const char *rule;
	const char *text;
	const char *suggestion; /* a substring of the finding's suggestion; NULL: none */
} SuggestionCase;

static const SuggestionCase suggestion_cases[] = {
	/* the digits kept, the unit the next one up or down (r22-11, r33-03, r18-13) */
	{"unit/yuan-for-wan", "sum-mismatch",
	 "完成村卫生室实施基本药物制度补助471.23元,其中中央补助189.63万元,地方财政补助281.6万元。",
	 "补助 471.23元 (line 1) → 471.23万元 would reconcile"},
	{"unit/wan-for-yuan", "sum-mismatch",
	 "一般公共预算收入88435元,较上年增长19.7%,其中:税收收入39029元,下降12%;非税收入49406万元,"
	 "增长50%。",
	 "非税收入 49406万元 (line 1) → 49406元 would reconcile"},
	{"unit/share", "percent-mismatch",
	 "总保费1293.45万元,其中中央财政补贴614.39万元,占47.5%,省级财政补贴420.37元,占32.5%。",
	 "420.37元 (line 1) → 420.37万元"},
	/* either figure's unit would do: no suggestion */
	{"unit/either", "percent-mismatch", "总保费1293.45万元,其中省级财政补贴420.37元,占32.5%。",
	 NULL},
	/* no unit made a bound hold (spending over a budget in 亿元), nor a figure the relation
	 * holds without (0万元 → 0亿元; 2.16万元 → 2.16元 within the rounding of the rest) */
	{"unit/not-a-bound", "over-budget", "年初预算2223.6万元，全年实际支出3027.51万元。", NULL},
	{"unit/not-zero", "sum-mismatch",
	 "“三公”经费合计31.23万元，其中因公出国(境)费0万元，公务接待费1.2万元，公务用车费28.03万元。",
	 NULL},
};

static void
test_suggestion(gconstpointer data)
{
	const SuggestionCase *c = data;
	g_autoptr(CfDocument) doc = cf_test_document_from_text("case.txt", c->text);
	g_autoptr(GPtrArray) findings = cf_test_check(doc, c->rule);
	cf_test_dump(findings);
	const CfFinding *f = cf_test_find(findings, c->rule, 1);
	g_assert_nonnull(f);
	if (c->suggestion == NULL) {
		if (f->suggestion && strstr(f->suggestion, "元 would") != NULL)
			g_error("a unit suggested: %s", f->suggestion);
		return;
	}
	g_assert_nonnull(f->suggestion);
	if (strstr(f->suggestion, c->suggestion) == NULL)
		g_error("'%s' holds no '%s'", f->suggestion, c->suggestion);
}

/* ---- seeds ---- */

typedef struct {
	const char *file;
	const char *rule;
	guint line;
	CfSeverity severity; /* CF_SEVERITY_NOTE - 1 … : see expect_none */
	guint related_line;  /* 0: none asserted */
} SeedCase;

static const SeedCase seed_findings[] = {
	{"corpus/001_076bbd6f4c7b8808.txt", "description-mismatch", 82, CF_SEVERITY_ERROR, 81},
	{"corpus/001_076bbd6f4c7b8808.txt", "description-mismatch", 257, CF_SEVERITY_ERROR, 256},
	{"corpus/001_076bbd6f4c7b8808.txt", "description-mismatch", 72, CF_SEVERITY_WARNING, 71},
	{"corpus/001_076bbd6f4c7b8808.txt", "description-mismatch", 241, CF_SEVERITY_WARNING, 240},
};

static const CfFinding *
find_with_related(GPtrArray *findings, const char *rule, guint line, guint related)
{
	for (guint i = 0; i < findings->len; i++) {
		const CfFinding *f = g_ptr_array_index(findings, i);
		if (!g_str_equal(f->rule, rule) || f->primary.line != line)
			continue;
		if (related == 0)
			return f;
		for (guint k = 0; k < f->related->len; k++)
			if (g_array_index(f->related, CfLocation, k).line == related)
				return f;
	}
	return NULL;
}

static void
test_seed_finding(gconstpointer data)
{
	const SeedCase *c = data;
	g_autoptr(CfDocument) doc = cf_test_document_from_file(c->file);
	g_autoptr(GPtrArray) findings = cf_test_check(doc, c->rule);
	cf_test_dump(findings);
	const CfFinding *f = find_with_related(findings, c->rule, c->line, c->related_line);
	g_assert_nonnull(f);
	g_assert_cmpint(f->severity, ==, c->severity);
}

/* Relations of these rules that hold in the seeds: no finding of them in any seed but the
 * description findings of 001 above. */
static void
test_seed_silent(gconstpointer data)
{
	static const char *const rules[] = {"sum-mismatch", "sum-rounding", "product-mismatch",
					    "rate-mismatch", "count-mismatch", "description-mismatch"};
	const char *file = data;
	g_autoptr(CfDocument) doc = cf_test_document_from_file(file);
	for (gsize r = 0; r < G_N_ELEMENTS(rules); r++) {
		g_autoptr(GPtrArray) findings = cf_test_check(doc, rules[r]);
		cf_test_dump(findings);
		for (guint i = 0; i < findings->len; i++) {
			const CfFinding *f = g_ptr_array_index(findings, i);
			gboolean expected = FALSE;
			for (gsize k = 0; k < G_N_ELEMENTS(seed_findings); k++)
				if (g_str_equal(seed_findings[k].file, file) &&
				    g_str_equal(seed_findings[k].rule, f->rule) &&
				    seed_findings[k].line == f->primary.line)
					expected = TRUE;
			if (!expected)
				g_error("unexpected %s at %s:%u: %s", f->rule, file, f->primary.line,
					f->message);
		}
	}
}

/* Mutations of relations that hold in the seeds: one number changed, a finding at its line. */
typedef struct {
	const char *file;
	guint line;
	const char *from, *to;
	const char *rule;
	guint finding_line;
} Mutation;

static const Mutation mutations[] = {
	{"corpus/003_df0ca8b0b5b2e082.txt", 14, "支出19.77万元", "支出29.77万元", "sum-mismatch", 14},
	{"corpus/003_df0ca8b0b5b2e082.txt", 14, "支出63.42万元", "支出64.42万元", "sum-mismatch", 14},
	{"corpus/003_df0ca8b0b5b2e082.txt", 23, "1756元/人", "1765元/人", "rate-mismatch", 23},
	{"corpus/003_df0ca8b0b5b2e082.txt", 23, "102.18万元", "120.18万元", "rate-mismatch", 23},
	{"corpus/002_6b5b2d02b175c98d.txt", 28, "公用经费129.86万元", "公用经费139.86万元",
	 "sum-mismatch", 28},
	{"corpus/002_6b5b2d02b175c98d.txt", 37, "上级资金313.06万元", "上级资金331.06万元",
	 "sum-mismatch", 37},
	{"corpus/002_6b5b2d02b175c98d.txt", 25, "公用经费129.86万元", "公用经费192.86万元",
	 "sum-mismatch", 25},
	{"corpus/002_6b5b2d02b175c98d.txt", 6, "内设机构6个", "内设机构7个", "count-mismatch", 6},
	{"corpus/002_6b5b2d02b175c98d.txt", 6, "所属事业单位5个", "所属事业单位4个", "count-mismatch", 6},
	{"corpus/001_076bbd6f4c7b8808.txt", 5, "公共专项经费5799.2万元", "公共专项经费5899.2万元",
	 "sum-mismatch", 5},
	{"corpus/001_076bbd6f4c7b8808.txt", 71, "每个站点1200元", "每个站点1300元", "product-mismatch", 71},
	{"corpus/001_076bbd6f4c7b8808.txt", 71, "每个20000元", "每个30000元", "product-mismatch", 71},
	{"corpus/001_076bbd6f4c7b8808.txt", 108, "＝252000元", "＝262000元", "product-mismatch", 108},
	{"corpus/001_076bbd6f4c7b8808.txt", 108, "服务费：100000元", "服务费：1000000元", "sum-mismatch",
	 108},
	{"corpus/001_076bbd6f4c7b8808.txt", 86, "15万元", "25万元", "description-mismatch", 87},
	{"corpus/001_076bbd6f4c7b8808.txt", 96, "下拨示范点10万元", "下拨示范点20万元",
	 "description-mismatch", 97},
	{"corpus/001_076bbd6f4c7b8808.txt", 41, "工作经费40万", "工作经费50万", "description-mismatch",
	 42},
	{"corpus/001_076bbd6f4c7b8808.txt", 46, "本科20人", "本科30人", "description-mismatch", 47},
	{"corpus/001_076bbd6f4c7b8808.txt", 108, "人才工作经费：70万元", "人才工作经费：90万元",
	 "description-mismatch", 109},
	{"corpus/001_076bbd6f4c7b8808.txt", 264, "10万元", "11万元", "description-mismatch", 265},
};

static void
test_mutation(gconstpointer data)
{
	const Mutation *m = data;
	g_autofree char *text = NULL;
	gsize length;
	g_autoptr(GError) error = NULL;
	g_assert_true(g_file_get_contents(m->file, &text, &length, &error));
	g_auto(GStrv) lines = g_strsplit(text, "\n", -1);
	g_assert_cmpuint(g_strv_length(lines), >=, m->line);
	char *line = lines[m->line - 1];
	char *at = strstr(line, m->from);
	g_assert_nonnull(at);
	g_autoptr(GString) changed = g_string_new_len(line, at - line);
	g_string_append(changed, m->to);
	g_string_append(changed, at + strlen(m->from));
	g_free(lines[m->line - 1]);
	lines[m->line - 1] = g_string_free(g_steal_pointer(&changed), FALSE);
	g_autofree char *mutated = g_strjoinv("\n", lines);

	/* the original holds, the mutation is reported at its line */
	g_autoptr(CfDocument) original = cf_test_document_from_text(m->file, text);
	g_autoptr(GPtrArray) before = cf_test_check(original, m->rule);
	g_assert_null(cf_test_find(before, m->rule, m->finding_line));
	g_autoptr(CfDocument) doc = cf_test_document_from_text(m->file, mutated);
	g_autoptr(GPtrArray) findings = cf_test_check(doc, m->rule);
	cf_test_dump(findings);
	const CfFinding *f = cf_test_find(findings, m->rule, m->finding_line);
	g_assert_nonnull(f);
	g_assert_cmpint(f->severity, >=, CF_SEVERITY_WARNING);
}

static const char *const seed_files[] = {
	"corpus/000_6a5162211be4bb34.txt", "corpus/001_076bbd6f4c7b8808.txt",
	"corpus/002_6b5b2d02b175c98d.txt", "corpus/003_df0ca8b0b5b2e082.txt",
	"corpus/004_430475d196af1e11.txt",
};

/* cf_prose_next_marker_lead() (16 bytes a step) against a byte-by-byte reading, on random
 * mixtures of the bytes that matter and others, from every start to every end. */
static void
test_next_marker_lead(void)
{
	static const char *const pieces[] = {"0", "5", "9", "(", "（", "）", "，", "经", "费", "/",
					     ":", "a", " ", "、", "\n", "。"};
	GRand *rand = g_rand_new_with_seed(431);
	for (guint round = 0; round < 300; round++) {
		g_autoptr(GString) text = g_string_new(NULL);
		guint n = (guint)g_rand_int_range(rand, 0, 40);
		cf_test_append_rand_pieces(text, pieces, G_N_ELEMENTS(pieces), n, rand);
		for (gsize start = 0; start <= text->len; start++)
			for (gsize end = start; end <= text->len; end++) {
				gsize expected = start;
				while (expected < end && !g_ascii_isdigit(text->str[expected]) &&
				       text->str[expected] != '(' &&
				       !(expected + 3 <= end &&
					 memcmp(text->str + expected, "（", 3) == 0))
					expected++;
				g_assert_cmpuint(cf_prose_next_marker_lead(text->str, start, end), ==,
						 expected);
			}
	}
	g_rand_free(rand);
}

/* cf_prose_passage_may_narrow() against the analysis itself: a passage it passes over narrows
 * nothing.  Every passage of @doc (paragraphs and cells), and every table cell read alone;
 * then what the reading for relations kept for each cell (check_kept_narrow()). */
static void
narrow_cb(CfCheckContext *context, CfProsePassage *passage, gpointer data)
{
	guint *n_skipped = data;
	g_autoptr(GHashTable) narrow =
		g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, g_free);
	cf_prose_analyse(NULL, passage, 0, narrow);
	if (!cf_prose_passage_may_narrow(passage)) {
		g_assert_cmpuint(g_hash_table_size(narrow), ==, 0);
		(*n_skipped)++;
	}
	(void)context;
}

static void
assert_same_decimal(CfDecimal a, CfDecimal b)
{
	g_assert_cmpint(a.mantissa, ==, b.mantissa);
	g_assert_cmpint(a.scale, ==, b.scale);
}

/* What reading the passages for their relations recorded for each cell against
 * cf_prose_analyse() of the cell alone: the same results narrowed to the same intervals. */
static guint
check_kept_narrow(CfCheckContext *ctx)
{
	guint n_narrowed = 0;
	cf_prose_add_relations(ctx, 0);
	for (guint i = 0; i < ctx->passages->len; i++) {
		const CfProsePassage *p = &g_array_index(ctx->passages, CfProsePassage, i);
		if (p->table < 0)
			continue;
		g_assert_true(p->narrow_known);
		g_autoptr(GHashTable) narrow =
			g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, g_free);
		cf_prose_analyse(NULL, p, 0, narrow);
		g_assert_cmpuint(p->narrow ? g_hash_table_size(p->narrow) : 0, ==,
				 g_hash_table_size(narrow));
		GHashTableIter iter;
		gpointer key, value;
		g_hash_table_iter_init(&iter, narrow);
		while (g_hash_table_iter_next(&iter, &key, &value)) {
			const CfInterval *want = value;
			const CfInterval *got = g_hash_table_lookup(p->narrow, key);
			g_assert_nonnull(got);
			g_assert_cmpint(got->low_unbounded, ==, want->low_unbounded);
			g_assert_cmpint(got->high_unbounded, ==, want->high_unbounded);
			assert_same_decimal(got->low, want->low);
			assert_same_decimal(got->high, want->high);
			n_narrowed++;
		}
	}
	return n_narrowed;
}

static guint
check_may_narrow(const CfDocument *doc, guint *n_narrowed)
{
	g_autoptr(GPtrArray) claims = cf_extract_document(cf_test_lexicon(), doc);
	CfCheckContext ctx = {0};
	ctx.lexicon = cf_test_lexicon();
	ctx.document = doc;
	ctx.claims = claims;
	cf_check_context_index(&ctx);
	guint n_skipped = 0;
	cf_prose_foreach_passage(&ctx, narrow_cb, &n_skipped);
	for (guint t = 0; t < ctx.tables->len; t++) {
		const CfTable *table = g_ptr_array_index(ctx.tables, t);
		for (guint r = 0; r < table->rows->len; r++) {
			const CfRow *row = g_ptr_array_index(table->rows, r);
			for (guint k = 0; k < row->n_cells; k++) {
				CfProsePassage passage;
				cf_prose_passage_init(&passage, &ctx, row->cells[k].range, (gint)t,
						      (gint)r, (gint)row->cells[k].column);
				narrow_cb(&ctx, &passage, &n_skipped);
				cf_prose_passage_clear(&passage);
			}
		}
	}
	*n_narrowed += check_kept_narrow(&ctx);
	g_clear_pointer(&ctx.prose_found, cf_prose_found_free);
	g_clear_pointer(&ctx.passages, cf_prose_passages_free);
	g_clear_pointer(&ctx.cell_passages, g_hash_table_unref);
	cf_check_context_index_clear(&ctx);
	return n_skipped;
}

static void
test_may_narrow(void)
{
	guint n_skipped = 0, n_narrowed = 0;
	for (gsize i = 0; i < G_N_ELEMENTS(seed_files); i++) {
		g_autoptr(CfDocument) doc = cf_test_document_from_file(seed_files[i]);
		n_skipped += check_may_narrow(doc, &n_narrowed);
	}
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autoptr(CfDocument) doc = cf_test_document_from_text("case.txt", cases[i].text);
		n_skipped += check_may_narrow(doc, &n_narrowed);
	}
	g_test_message("%u cell results narrowed", n_narrowed);
	g_assert_cmpuint(n_narrowed, >, 0);
	/* the test passes over many passages, not none */
	g_test_message("%u passages pass over", n_skipped);
	g_assert_cmpuint(n_skipped, >, 100);
}

/* cf_prose_contains() against g_strstr_len() on random text, for every start and end. */
static void
test_contains(void)
{
	static const char *const pieces[] = {"分", "别", "合", "计", "主要", "，", "5", "a", " "};
	static const char *const needles[] = {"分别", "合计", "主要", "计", "a5", "，，"};
	GRand *rand = g_rand_new_with_seed(7);
	for (guint round = 0; round < 200; round++) {
		g_autoptr(GString) text = g_string_new(NULL);
		guint n = (guint)g_rand_int_range(rand, 1, 16);
		g_string_append(text, "别"); /* never blank */
		cf_test_append_rand_pieces(text, pieces, G_N_ELEMENTS(pieces), n, rand);
		g_autoptr(CfDocument) doc = cf_test_document_from_text("case.txt", text->str);
		gsize length = strlen(doc->norm);
		for (gsize start = 0; start <= length; start++)
			for (gsize end = start; end <= length; end++)
				for (gsize k = 0; k < G_N_ELEMENTS(needles); k++)
					g_assert_cmpint(cf_prose_contains(doc, start, end, needles[k]),
							==,
							end > start &&
								g_strstr_len(doc->norm + start,
									     (gssize)(end - start),
									     needles[k]) != NULL);
	}
	g_rand_free(rand);
}

/* Counts with a fraction are ratios, no parts of the count before them (r95-08: 5.87人 and
 * 8.12人 per thousand people were summed against 注册护士630人). */
static void
test_fractional_counts(void)
{
	g_autoptr(CfDocument) doc = cf_test_document_from_text(
		"case.txt", "各医疗卫生机构共有在岗职工2058人,其中医生技术人员1597人,含执业(助理)医师564人、"
			    "注册护士630人,全区每千常住人口执业(助理)医师数、注册护士书分别为5.87人、"
			    "8.12人。\n");
	g_autoptr(GPtrArray) findings = cf_test_check(doc, "sum-mismatch");
	cf_test_dump(findings);
	for (guint i = 0; i < findings->len; i++) {
		const CfFinding *f = g_ptr_array_index(findings, i);
		g_assert_null(strstr(f->message, "5.87"));
	}
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *path = g_strdup_printf("/check/%s", cases[i].name);
		g_test_add_data_func(path, &cases[i], test_case);
	}
	for (gsize i = 0; i < G_N_ELEMENTS(suggestion_cases); i++) {
		g_autofree char *path =
			g_strdup_printf("/check/suggest/%s", suggestion_cases[i].name);
		g_test_add_data_func(path, &suggestion_cases[i], test_suggestion);
	}
	for (gsize i = 0; i < G_N_ELEMENTS(seed_findings); i++) {
		g_autofree char *path = g_strdup_printf("/check/description/seed-001-line-%u",
							seed_findings[i].line);
		g_test_add_data_func(path, &seed_findings[i], test_seed_finding);
	}
	for (gsize i = 0; i < G_N_ELEMENTS(seed_files); i++) {
		g_autofree char *path = g_strdup_printf("/check/prose/seed-silent/%.3s", seed_files[i] + 7);
		g_test_add_data_func(path, seed_files[i], test_seed_silent);
	}
	for (gsize i = 0; i < G_N_ELEMENTS(mutations); i++) {
		g_autofree char *path = g_strdup_printf("/check/prose/mutation/%.3s-line-%u-%zu",
							mutations[i].file + 7, mutations[i].line, i);
		g_test_add_data_func(path, &mutations[i], test_mutation);
	}
	g_test_add_func("/check/prose/next-marker-lead", test_next_marker_lead);
	g_test_add_func("/check/prose/may-narrow", test_may_narrow);
	g_test_add_func("/check/prose/contains", test_contains);
	g_test_add_func("/check/sum/fractional-counts", test_fractional_counts);
	return g_test_run();
}
