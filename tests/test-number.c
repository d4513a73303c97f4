/* Tests of cf_number_read(): Arabic, Chinese and mixed numerals, vague forms as intervals,
 * malformed and overflowing tokens with their exact reasons, and pathological lengths. */
#include "extract/cf-number.h"

#include "cf-test-random.h"

#include <string.h>

typedef struct {
	const char *path; /* /number/<group>/<case> without the /number/ */
	const char *text;
	CfNumberStatus status;
	int script;        /* CfNumeralScript, or -1: not checked (bad tokens) */
	const char *value; /* cf_decimal_to_string of the value */
	gint32 scale;
	const char *low, *high;
	gboolean vague;
	gboolean grouped;
	int multiplier_exponent;
	const char *reason; /* exact text for MALFORMED and OVERFLOW */
} ReadCase;

static const ReadCase read_cases[] = {
	{"arabic/decimal", "25.2", CF_NUMBER_OK, CF_NUMERAL_ARABIC, "25.2", 1, "25.2", "25.2",
	 FALSE, FALSE, 0, NULL},
	{"arabic/integer", "1900", CF_NUMBER_OK, CF_NUMERAL_ARABIC, "1900", 0, "1900", "1900",
	 FALSE, FALSE, 0, NULL},
	{"arabic/fraction", "0.25", CF_NUMBER_OK, CF_NUMERAL_ARABIC, "0.25", 2, "0.25", "0.25",
	 FALSE, FALSE, 0, NULL},
	{"arabic/trailing-zero-kept", "8.30", CF_NUMBER_OK, CF_NUMERAL_ARABIC, "8.30", 2, "8.30",
	 "8.30", FALSE, FALSE, 0, NULL},
	{"arabic/grouped", "1,100", CF_NUMBER_OK, CF_NUMERAL_ARABIC, "1100", 0, "1100", "1100",
	 FALSE, TRUE, 0, NULL},
	{"arabic/grouped-decimal", "1,100.9", CF_NUMBER_OK, CF_NUMERAL_ARABIC, "1100.9", 1,
	 "1100.9", "1100.9", FALSE, TRUE, 0, NULL},
	{"arabic/grouped-millions", "1,234,567.89", CF_NUMBER_OK, CF_NUMERAL_ARABIC, "1234567.89",
	 2, "1234567.89", "1234567.89", FALSE, TRUE, 0, NULL},
	{"arabic/leading-zeros", "007", CF_NUMBER_OK, CF_NUMERAL_ARABIC, "7", 0, "7", "7", FALSE,
	 FALSE, 0, NULL},
	{"arabic/many-leading-zeros", "0000000000000000000000000001", CF_NUMBER_OK,
	 CF_NUMERAL_ARABIC, "1", 0, "1", "1", FALSE, FALSE, 0, NULL},
	{"arabic/zero", "0", CF_NUMBER_OK, CF_NUMERAL_ARABIC, "0", 0, "0", "0", FALSE, FALSE, 0,
	 NULL},
	{"arabic/max-digits", "999999999999999999", CF_NUMBER_OK, CF_NUMERAL_ARABIC,
	 "999999999999999999", 0, "999999999999999999", "999999999999999999", FALSE, FALSE, 0,
	 NULL},
	{"arabic/max-decimals", "0.000000000000000001", CF_NUMBER_OK, CF_NUMERAL_ARABIC,
	 "0.000000000000000001", 18, "0.000000000000000001", "0.000000000000000001", FALSE, FALSE,
	 0, NULL},
	{"arabic/negative", "-3.5", CF_NUMBER_OK, CF_NUMERAL_ARABIC, "-3.5", 1, "-3.5", "-3.5",
	 FALSE, FALSE, 0, NULL},
	{"arabic/plus", "+7", CF_NUMBER_OK, CF_NUMERAL_ARABIC, "7", 0, "7", "7", FALSE, FALSE, 0,
	 NULL},
	{"mixed/wan-decimal", "1.8万", CF_NUMBER_OK, CF_NUMERAL_MIXED, "18000", 0, "18000", "18000",
	 FALSE, FALSE, 4, NULL},
	{"mixed/wan", "3万", CF_NUMBER_OK, CF_NUMERAL_MIXED, "30000", 0, "30000", "30000", FALSE,
	 FALSE, 4, NULL},
	{"mixed/grouped-wan", "1,100万", CF_NUMBER_OK, CF_NUMERAL_MIXED, "11000000", 0, "11000000",
	 "11000000", FALSE, TRUE, 4, NULL},
	{"mixed/grouped-yi", "1,100.9亿", CF_NUMBER_OK, CF_NUMERAL_MIXED, "110090000000", 0,
	 "110090000000", "110090000000", FALSE, TRUE, 8, NULL},
	{"mixed/wan-qian", "2万5千", CF_NUMBER_OK, CF_NUMERAL_MIXED, "25000", 0, "25000", "25000",
	 FALSE, FALSE, 3, NULL},
	{"mixed/qian", "5千", CF_NUMBER_OK, CF_NUMERAL_MIXED, "5000", 0, "5000", "5000", FALSE,
	 FALSE, 3, NULL},
	{"mixed/wan-yi", "1.5万亿", CF_NUMBER_OK, CF_NUMERAL_MIXED, "1500000000000", 0,
	 "1500000000000", "1500000000000", FALSE, FALSE, 12, NULL},
	{"mixed/qian-wan", "3千万", CF_NUMBER_OK, CF_NUMERAL_MIXED, "30000000", 0, "30000000",
	 "30000000", FALSE, FALSE, 7, NULL},
	{"mixed/decimal-qian-wan", "1.5千万", CF_NUMBER_OK, CF_NUMERAL_MIXED, "15000000", 0,
	 "15000000", "15000000", FALSE, FALSE, 7, NULL},
	{"mixed/decimal-kept", "0.000123万", CF_NUMBER_OK, CF_NUMERAL_MIXED, "1.23", 2, "1.23",
	 "1.23", FALSE, FALSE, 4, NULL},
	{"mixed/wan-then-digits", "1万2345", CF_NUMBER_OK, CF_NUMERAL_MIXED, "12345", 0, "12345",
	 "12345", FALSE, FALSE, 0, NULL},
	{"mixed/yi-colloquial", "1亿5", CF_NUMBER_OK, CF_NUMERAL_MIXED, "150000000", 0, "150000000",
	 "150000000", FALSE, FALSE, 0, NULL},
	{"mixed/edge-of-range", "92233720368亿", CF_NUMBER_OK, CF_NUMERAL_MIXED,
	 "9223372036800000000", 0, "9223372036800000000", "9223372036800000000", FALSE, FALSE, 8,
	 NULL},
	{"chinese/san", "三", CF_NUMBER_OK, CF_NUMERAL_CHINESE, "3", 0, "3", "3", FALSE, FALSE, 0,
	 NULL},
	{"chinese/shi", "十", CF_NUMBER_OK, CF_NUMERAL_CHINESE, "10", 0, "10", "10", FALSE, FALSE,
	 0, NULL},
	{"chinese/shijiu", "十九", CF_NUMBER_OK, CF_NUMERAL_CHINESE, "19", 0, "19", "19", FALSE,
	 FALSE, 0, NULL},
	{"chinese/ershi", "二十", CF_NUMBER_OK, CF_NUMERAL_CHINESE, "20", 0, "20", "20", FALSE,
	 FALSE, 0, NULL},
	{"chinese/yibailingwu", "一百零五", CF_NUMBER_OK, CF_NUMERAL_CHINESE, "105", 0, "105",
	 "105", FALSE, FALSE, 0, NULL},
	{"chinese/yiqianjiubai", "一千九百", CF_NUMBER_OK, CF_NUMERAL_CHINESE, "1900", 0, "1900",
	 "1900", FALSE, FALSE, 0, NULL},
	{"chinese/yiqianjiubaiwan", "一千九百万", CF_NUMBER_OK, CF_NUMERAL_CHINESE, "19000000", 0,
	 "19000000", "19000000", FALSE, FALSE, 4, NULL},
	{"chinese/yiwanwuqianyi", "一万五千亿", CF_NUMBER_OK, CF_NUMERAL_CHINESE, "1500000000000",
	 0, "1500000000000", "1500000000000", FALSE, FALSE, 8, NULL},
	{"chinese/sanyiwuqianwan", "三亿五千万", CF_NUMBER_OK, CF_NUMERAL_CHINESE, "350000000", 0,
	 "350000000", "350000000", FALSE, FALSE, 4, NULL},
	{"chinese/liang", "两", CF_NUMBER_OK, CF_NUMERAL_CHINESE, "2", 0, "2", "2", FALSE, FALSE, 0,
	 NULL},
	{"chinese/liangqian", "两千", CF_NUMBER_OK, CF_NUMERAL_CHINESE, "2000", 0, "2000", "2000",
	 FALSE, FALSE, 0, NULL},
	{"chinese/yidianwuqi", "一点五七", CF_NUMBER_OK, CF_NUMERAL_CHINESE, "1.57", 2, "1.57",
	 "1.57", FALSE, FALSE, 0, NULL},
	{"chinese/lingdianwu", "零点五", CF_NUMBER_OK, CF_NUMERAL_CHINESE, "0.5", 1, "0.5", "0.5",
	 FALSE, FALSE, 0, NULL},
	{"chinese/shidianwu", "十点五", CF_NUMBER_OK, CF_NUMERAL_CHINESE, "10.5", 1, "10.5", "10.5",
	 FALSE, FALSE, 0, NULL},
	{"chinese/shidianwuwan", "十点五万", CF_NUMBER_OK, CF_NUMERAL_CHINESE, "105000", 0,
	 "105000", "105000", FALSE, FALSE, 4, NULL},
	{"chinese/sanqianlingershi", "三千零二十", CF_NUMBER_OK, CF_NUMERAL_CHINESE, "3020", 0,
	 "3020", "3020", FALSE, FALSE, 0, NULL},
	{"chinese/yiqianlingshi", "一千零十", CF_NUMBER_OK, CF_NUMERAL_CHINESE, "1010", 0, "1010",
	 "1010", FALSE, FALSE, 0, NULL},
	{"chinese/yiwanlingwu", "一万零五", CF_NUMBER_OK, CF_NUMERAL_CHINESE, "10005", 0, "10005",
	 "10005", FALSE, FALSE, 0, NULL},
	{"chinese/bare-wan", "万", CF_NUMBER_OK, CF_NUMERAL_CHINESE, "10000", 0, "10000", "10000",
	 FALSE, FALSE, 4, NULL},
	{"chinese/bare-bai", "百", CF_NUMBER_OK, CF_NUMERAL_CHINESE, "100", 0, "100", "100", FALSE,
	 FALSE, 0, NULL},
	{"chinese/shiwan", "十万", CF_NUMBER_OK, CF_NUMERAL_CHINESE, "100000", 0, "100000",
	 "100000", FALSE, FALSE, 4, NULL},
	{"chinese/ling", "零", CF_NUMBER_OK, CF_NUMERAL_CHINESE, "0", 0, "0", "0", FALSE, FALSE, 0,
	 NULL},
	{"chinese/circle-zero", "〇", CF_NUMBER_OK, CF_NUMERAL_CHINESE, "0", 0, "0", "0", FALSE,
	 FALSE, 0, NULL},
	{"chinese/nian", "廿", CF_NUMBER_OK, CF_NUMERAL_CHINESE, "20", 0, "20", "20", FALSE, FALSE,
	 0, NULL},
	{"chinese/nianwu", "廿五", CF_NUMBER_OK, CF_NUMERAL_CHINESE, "25", 0, "25", "25", FALSE,
	 FALSE, 0, NULL},
	{"chinese/financial", "壹佰贰拾", CF_NUMBER_OK, CF_NUMERAL_CHINESE, "120", 0, "120", "120",
	 FALSE, FALSE, 0, NULL},
	{"chinese/year-by-digit", "二〇二二", CF_NUMBER_OK, CF_NUMERAL_CHINESE, "2022", 0, "2022",
	 "2022", FALSE, FALSE, 0, NULL},
	{"chinese/year-1998", "一九九八", CF_NUMBER_OK, CF_NUMERAL_CHINESE, "1998", 0, "1998",
	 "1998", FALSE, FALSE, 0, NULL},
	{"chinese/colloquial-wan", "一万五", CF_NUMBER_OK, CF_NUMERAL_CHINESE, "15000", 0, "15000",
	 "15000", FALSE, FALSE, 0, NULL},
	{"chinese/colloquial-qian", "三千五", CF_NUMBER_OK, CF_NUMERAL_CHINESE, "3500", 0, "3500",
	 "3500", FALSE, FALSE, 0, NULL},
	{"chinese/colloquial-yi", "一亿五", CF_NUMBER_OK, CF_NUMERAL_CHINESE, "150000000", 0,
	 "150000000", "150000000", FALSE, FALSE, 0, NULL},
	{"chinese/colloquial-not-after-shi", "二十五", CF_NUMBER_OK, CF_NUMERAL_CHINESE, "25", 0,
	 "25", "25", FALSE, FALSE, 0, NULL},
	{"vague/liangsan", "两三", CF_NUMBER_OK, CF_NUMERAL_CHINESE, "2", 0, "2", "3", TRUE, FALSE,
	 0, NULL},
	{"vague/yiliang", "一两", CF_NUMBER_OK, CF_NUMERAL_CHINESE, "1", 0, "1", "2", TRUE, FALSE,
	 0, NULL},
	{"vague/sansishi", "三四十", CF_NUMBER_OK, CF_NUMERAL_CHINESE, "30", 0, "30", "40", TRUE,
	 FALSE, 0, NULL},
	{"vague/wuliubai", "五六百", CF_NUMBER_OK, CF_NUMERAL_CHINESE, "500", 0, "500", "600", TRUE,
	 FALSE, 0, NULL},
	{"vague/shiqiba", "十七八", CF_NUMBER_OK, CF_NUMERAL_CHINESE, "17", 0, "17", "18", TRUE,
	 FALSE, 0, NULL},
	{"vague/liangsanwan", "两三万", CF_NUMBER_OK, CF_NUMERAL_CHINESE, "20000", 0, "20000",
	 "30000", TRUE, FALSE, 4, NULL},
	{"vague/shiji", "十几", CF_NUMBER_OK, CF_NUMERAL_CHINESE, "11", 0, "11", "19", TRUE, FALSE,
	 0, NULL},
	{"vague/sanshiji", "三十几", CF_NUMBER_OK, CF_NUMERAL_CHINESE, "31", 0, "31", "39", TRUE,
	 FALSE, 0, NULL},
	{"vague/jishi", "几十", CF_NUMBER_OK, CF_NUMERAL_CHINESE, "20", 0, "20", "90", TRUE, FALSE,
	 0, NULL},
	{"vague/jibai", "几百", CF_NUMBER_OK, CF_NUMERAL_CHINESE, "200", 0, "200", "900", TRUE,
	 FALSE, 0, NULL},
	{"vague/ji", "几", CF_NUMBER_OK, CF_NUMERAL_CHINESE, "2", 0, "2", "9", TRUE, FALSE, 0,
	 NULL},
	{"vague/shijiwan", "十几万", CF_NUMBER_OK, CF_NUMERAL_CHINESE, "110000", 0, "110000",
	 "190000", TRUE, FALSE, 4, NULL},
	{"vague/sanshijiwan", "三十几万", CF_NUMBER_OK, CF_NUMERAL_CHINESE, "310000", 0, "310000",
	 "390000", TRUE, FALSE, 4, NULL},
	{"vague/shushiwan", "数十万", CF_NUMBER_OK, CF_NUMERAL_CHINESE, "200000", 0, "200000",
	 "900000", TRUE, FALSE, 4, NULL},
	{"vague/yidianjiyi", "一点几亿", CF_NUMBER_OK, CF_NUMERAL_CHINESE, "110000000", 0,
	 "110000000", "190000000", TRUE, FALSE, 8, NULL},
	{"vague/yiqianduo", "一千多", CF_NUMBER_OK, CF_NUMERAL_CHINESE, "1000", 0, "1000", "2000",
	 TRUE, FALSE, 0, NULL},
	{"vague/erbaiyu", "二百余", CF_NUMBER_OK, CF_NUMERAL_CHINESE, "200", 0, "200", "300", TRUE,
	 FALSE, 0, NULL},
	{"vague/shiyu", "十余", CF_NUMBER_OK, CF_NUMERAL_CHINESE, "10", 0, "10", "20", TRUE, FALSE,
	 0, NULL},
	{"vague/baiyu", "百余", CF_NUMBER_OK, CF_NUMERAL_CHINESE, "100", 0, "100", "200", TRUE,
	 FALSE, 0, NULL},
	{"vague/yiqianjiubaiduo", "一千九百多", CF_NUMBER_OK, CF_NUMERAL_CHINESE, "1900", 0, "1900",
	 "2000", TRUE, FALSE, 0, NULL},
	{"vague/erbaiyuwan", "二百余万", CF_NUMBER_OK, CF_NUMERAL_CHINESE, "2000000", 0, "2000000",
	 "3000000", TRUE, FALSE, 4, NULL},
	{"vague/yiqianduowan", "一千多万", CF_NUMBER_OK, CF_NUMERAL_CHINESE, "10000000", 0,
	 "10000000", "20000000", TRUE, FALSE, 4, NULL},
	{"vague/yiwanwuqianyuyi", "一万五千余亿", CF_NUMBER_OK, CF_NUMERAL_CHINESE, "1500000000000",
	 0, "1500000000000", "1600000000000", TRUE, FALSE, 8, NULL},
	{"vague/arabic-20yu", "20余", CF_NUMBER_OK, CF_NUMERAL_ARABIC, "20", 0, "20", "30", TRUE,
	 FALSE, 0, NULL},
	{"vague/arabic-200duo", "200多", CF_NUMBER_OK, CF_NUMERAL_ARABIC, "200", 0, "200", "300",
	 TRUE, FALSE, 0, NULL},
	{"vague/arabic-250duo", "250多", CF_NUMBER_OK, CF_NUMERAL_ARABIC, "250", 0, "250", "260",
	 TRUE, FALSE, 0, NULL},
	{"vague/arabic-1200yu", "1200余", CF_NUMBER_OK, CF_NUMERAL_ARABIC, "1200", 0, "1200",
	 "1300", TRUE, FALSE, 0, NULL},
	{"vague/arabic-decimal-duo", "1.5多", CF_NUMBER_OK, CF_NUMERAL_ARABIC, "1.5", 1, "1.5",
	 "1.6", TRUE, FALSE, 0, NULL},
	{"vague/mixed-yu-before-wan", "20余万", CF_NUMBER_OK, CF_NUMERAL_MIXED, "200000", 0,
	 "200000", "300000", TRUE, FALSE, 4, NULL},
	{"vague/mixed-duo-after-wan", "20万多", CF_NUMBER_OK, CF_NUMERAL_MIXED, "200000", 0,
	 "200000", "300000", TRUE, FALSE, 4, NULL},
	{"vague/mixed-decimal-duo-wan", "1.5多万", CF_NUMBER_OK, CF_NUMERAL_MIXED, "15000", 0,
	 "15000", "16000", TRUE, FALSE, 4, NULL},
	{"vague/mixed-decimal-wan-duo", "1.5万多", CF_NUMBER_OK, CF_NUMERAL_MIXED, "15000", 0,
	 "15000", "16000", TRUE, FALSE, 4, NULL},
	{"malformed/comma-group-2", "4,95", CF_NUMBER_MALFORMED, -1, "0", 0, "0", "0", FALSE, FALSE,
	 0, "digit group of 2 after a thousands separator"},
	{"malformed/comma-group-4", "1,2345", CF_NUMBER_MALFORMED, -1, "0", 0, "0", "0", FALSE,
	 FALSE, 0, "digit group of 4 after a thousands separator"},
	{"malformed/comma-group-1", "1,1", CF_NUMBER_MALFORMED, -1, "0", 0, "0", "0", FALSE, FALSE,
	 0, "digit group of 1 after a thousands separator"},
	{"malformed/comma-group-long", "1,1234567890", CF_NUMBER_MALFORMED, -1, "0", 0, "0", "0",
	 FALSE, FALSE, 0, "digit group of more than 9 after a thousands separator"},
	{"malformed/comma-group-before-decimal", "1,10.5", CF_NUMBER_MALFORMED, -1, "0", 0, "0",
	 "0", FALSE, FALSE, 0, "digit group of 2 after a thousands separator"},
	{"malformed/first-group-4", "1234,567", CF_NUMBER_MALFORMED, -1, "0", 0, "0", "0", FALSE,
	 FALSE, 0, "digit group of 4 before a thousands separator"},
	{"malformed/comma-at-end", "12,", CF_NUMBER_MALFORMED, -1, "0", 0, "0", "0", FALSE, FALSE,
	 0, "thousands separator at the end"},
	{"malformed/comma-first", ",5", CF_NUMBER_MALFORMED, -1, "0", 0, "0", "0", FALSE, FALSE, 0,
	 "thousands separator before the first digit"},
	{"malformed/double-comma", "1,,000", CF_NUMBER_MALFORMED, -1, "0", 0, "0", "0", FALSE,
	 FALSE, 0, "two thousands separators in a row"},
	{"malformed/comma-leading-zero", "0,500", CF_NUMBER_MALFORMED, -1, "0", 0, "0", "0", FALSE,
	 FALSE, 0, "thousands separator after a leading zero"},
	{"malformed/comma-in-fraction", "1.234,567", CF_NUMBER_MALFORMED, -1, "0", 0, "0", "0",
	 FALSE, FALSE, 0, "thousands separator after the decimal point"},
	{"malformed/comma-before-point", "1,.5", CF_NUMBER_MALFORMED, -1, "0", 0, "0", "0", FALSE,
	 FALSE, 0, "thousands separator before the decimal point"},
	{"malformed/two-points", "1.2.3", CF_NUMBER_MALFORMED, -1, "0", 0, "0", "0", FALSE, FALSE,
	 0, "second decimal point"},
	{"malformed/point-at-end", "5.", CF_NUMBER_MALFORMED, -1, "0", 0, "0", "0", FALSE, FALSE, 0,
	 "decimal point at the end"},
	{"malformed/point-first", ".5", CF_NUMBER_MALFORMED, -1, "0", 0, "0", "0", FALSE, FALSE, 0,
	 "decimal point before the first digit"},
	{"malformed/lone-point", ".", CF_NUMBER_MALFORMED, -1, "0", 0, "0", "0", FALSE, FALSE, 0,
	 "no digits in the number"},
	{"malformed/empty", "", CF_NUMBER_MALFORMED, -1, "0", 0, "0", "0", FALSE, FALSE, 0,
	 "empty number"},
	{"malformed/letter", "1a", CF_NUMBER_MALFORMED, -1, "0", 0, "0", "0", FALSE, FALSE, 0,
	 "unexpected character in a number"},
	{"malformed/letters", "abc", CF_NUMBER_MALFORMED, -1, "0", 0, "0", "0", FALSE, FALSE, 0,
	 "unexpected character in a number"},
	{"malformed/space", "1 000", CF_NUMBER_MALFORMED, -1, "0", 0, "0", "0", FALSE, FALSE, 0,
	 "unexpected character in a number"},
	{"malformed/invalid-utf8", "1\xff", CF_NUMBER_MALFORMED, -1, "0", 0, "0", "0", FALSE, FALSE,
	 0, "invalid UTF-8"},
	{"malformed/sign-alone", "-", CF_NUMBER_MALFORMED, -1, "0", 0, "0", "0", FALSE, FALSE, 0,
	 "sign without Arabic digits after it"},
	{"malformed/sign-chinese", "-二十", CF_NUMBER_MALFORMED, -1, "0", 0, "0", "0", FALSE, FALSE,
	 0, "sign without Arabic digits after it"},
	{"malformed/sign-vague", "-20余", CF_NUMBER_MALFORMED, -1, "0", 0, "0", "0", FALSE, FALSE,
	 0, "sign on a vague numeral"},
	{"malformed/liang-by-digit", "两五", CF_NUMBER_MALFORMED, -1, "0", 0, "0", "0", FALSE,
	 FALSE, 0, "'两' in a digit-by-digit numeral"},
	{"malformed/digit-repeated", "一一", CF_NUMBER_MALFORMED, -1, "0", 0, "0", "0", FALSE,
	 FALSE, 0, "a digit repeated, no numeral (唯一一所)"},
	{"malformed/digits-before-unit", "一二三万", CF_NUMBER_MALFORMED, -1, "0", 0, "0", "0",
	 FALSE, FALSE, 0, "Chinese digits in a row in a numeral with units"},
	{"malformed/unit-order", "一百千", CF_NUMBER_MALFORMED, -1, "0", 0, "0", "0", FALSE, FALSE,
	 0, "unit without a digit before it"},
	{"malformed/small-unit-order", "一百二千", CF_NUMBER_MALFORMED, -1, "0", 0, "0", "0", FALSE,
	 FALSE, 0, "unit not smaller than the one before it"},
	{"malformed/wan-twice", "一万二万", CF_NUMBER_MALFORMED, -1, "0", 0, "0", "0", FALSE, FALSE,
	 0, "'万' twice in one numeral"},
	{"malformed/wanwan", "四万万", CF_NUMBER_MALFORMED, -1, "0", 0, "0", "0", FALSE, FALSE, 0,
	 "unit without a digit before it"},
	{"malformed/mixed-digit-kinds", "5五", CF_NUMBER_MALFORMED, -1, "0", 0, "0", "0", FALSE,
	 FALSE, 0, "Arabic and Chinese digits in a row"},
	{"malformed/point-after-arabic", "1点5", CF_NUMBER_MALFORMED, -1, "0", 0, "0", "0", FALSE,
	 FALSE, 0, "'点' after Arabic digits"},
	{"malformed/point-without-digits", "一点", CF_NUMBER_MALFORMED, -1, "0", 0, "0", "0", FALSE,
	 FALSE, 0, "'点' without digits after it"},
	{"malformed/point-first-chinese", "点五", CF_NUMBER_MALFORMED, -1, "0", 0, "0", "0", FALSE,
	 FALSE, 0, "'点' without a whole part before it"},
	{"malformed/place-too-large", "2万12345", CF_NUMBER_MALFORMED, -1, "0", 0, "0", "0", FALSE,
	 FALSE, 0, "digits too large for their place after '万' or '亿'"},
	{"malformed/yu-in-middle", "二百余五", CF_NUMBER_MALFORMED, -1, "0", 0, "0", "0", FALSE,
	 FALSE, 0, "'余' or '多' before more digits"},
	{"malformed/yu-twice", "十余多", CF_NUMBER_MALFORMED, -1, "0", 0, "0", "0", FALSE, FALSE, 0,
	 "'余' or '多' twice"},
	{"malformed/yu-alone", "余", CF_NUMBER_MALFORMED, -1, "0", 0, "0", "0", FALSE, FALSE, 0,
	 "'余' or '多' without a number before it"},
	{"malformed/yu-after-zero", "0多", CF_NUMBER_MALFORMED, -1, "0", 0, "0", "0", FALSE, FALSE,
	 0, "'余' or '多' after zero"},
	{"malformed/yu-then-smaller-unit", "三亿余万", CF_NUMBER_MALFORMED, -1, "0", 0, "0", "0",
	 FALSE, FALSE, 0, "unit not larger than the one before it"},
	{"malformed/shu-alone", "数", CF_NUMBER_MALFORMED, -1, "0", 0, "0", "0", FALSE, FALSE, 0,
	 "'数' not leading a unit (数十, 数百)"},
	{"malformed/ji-next-to-digit", "三几", CF_NUMBER_MALFORMED, -1, "0", 0, "0", "0", FALSE,
	 FALSE, 0, "'几' or '数' next to another digit"},
	{"overflow/nineteen-digits", "9999999999999999999", CF_NUMBER_OVERFLOW, -1, "0", 0, "0",
	 "0", FALSE, FALSE, 0, "more than 18 significant digits"},
	{"overflow/nineteen-decimals", "0.0000000000000000001", CF_NUMBER_OVERFLOW, -1, "0", 0, "0",
	 "0", FALSE, FALSE, 0, "more than 18 decimals"},
	{"overflow/decimal-nineteen-digits", "999999999999999999.5", CF_NUMBER_OVERFLOW, -1, "0", 0,
	 "0", "0", FALSE, FALSE, 0, "more than 18 significant digits"},
	{"overflow/yi-too-large", "99999999999亿", CF_NUMBER_OVERFLOW, -1, "0", 0, "0", "0", FALSE,
	 FALSE, 0, "value too large for an exact decimal"},
	{"overflow/yi-cubed", "亿亿亿", CF_NUMBER_OVERFLOW, -1, "0", 0, "0", "0", FALSE, FALSE, 0,
	 "value too large for an exact decimal"},
	{"overflow/chinese-by-digit", "一一一一一一一一一一一一一一一一一一一", CF_NUMBER_OVERFLOW,
	 -1, "0", 0, "0", "0", FALSE, FALSE, 0, "more than 18 significant digits"},
	{"overflow/many-parts",
	 "一万一万一万一万一万一万一万一万一万一万一万一万一万一万一万一万一万一万一万一万一万一万"
	 "一万一万一万",
	 CF_NUMBER_OVERFLOW, -1, "0", 0, "0", "0", FALSE, FALSE, 0,
	 "numeral of more than 48 parts"},
};

static void
assert_decimal(CfDecimal d, const char *expected)
{
	g_autofree char *s = cf_decimal_to_string(d);
	g_assert_cmpstr(s, ==, expected);
}

static void
test_read(gconstpointer data)
{
	const ReadCase *c = data;
	CfNumber n;
	/* the text is read through its length, not its NUL: put junk right after it */
	g_autofree char *buffer = g_strconcat(c->text, "元X", NULL);
	cf_number_read(buffer, strlen(c->text), &n);

	g_assert_cmpint(n.status, ==, c->status);
	g_assert_cmpstr(n.reason, ==, c->reason);
	if (c->script >= 0)
		g_assert_cmpint(n.script, ==, c->script);
	assert_decimal(n.value, c->value);
	g_assert_cmpint(n.value.scale, ==, c->scale);
	g_assert_false(n.interval.low_unbounded);
	g_assert_false(n.interval.high_unbounded);
	assert_decimal(n.interval.low, c->low);
	assert_decimal(n.interval.high, c->high);
	g_assert_cmpint(n.vague, ==, c->vague);
	g_assert_cmpint(n.grouped, ==, c->grouped);
	g_assert_cmpint(n.multiplier_exponent, ==, c->multiplier_exponent);
	/* invariant: low <= value <= high, and exact forms are points */
	g_assert_cmpint(cf_decimal_compare(n.interval.low, n.value), <=, 0);
	g_assert_cmpint(cf_decimal_compare(n.value, n.interval.high), <=, 0);
	g_assert_cmpint(cf_interval_is_point(n.interval), ==, !n.vague);
}

/* 两三 is a range, never twenty-three; 百分之一点五七's numeral is exactly 1.57. */
static void
test_known_traps(void)
{
	CfNumber n;
	cf_number_read("两三", strlen("两三"), &n);
	g_assert_cmpint(n.status, ==, CF_NUMBER_OK);
	g_assert_true(n.vague);
	g_assert_false(cf_interval_contains(n.interval, cf_decimal_from_int(23)));

	CfDecimal exact = {157, 2};
	cf_number_read("一点五七", strlen("一点五七"), &n);
	g_assert_cmpint(cf_decimal_compare(n.value, exact), ==, 0);
	g_assert_true(cf_interval_is_point(n.interval));

	/* 1,100万 is 1100 × 10^4, not 1 and 100万 */
	cf_number_read("1,100万", strlen("1,100万"), &n);
	g_assert_cmpint(n.value.mantissa, ==, 11000000);
	cf_number_read("1,100.9亿", strlen("1,100.9亿"), &n);
	g_assert_cmpint(n.value.mantissa, ==, G_GINT64_CONSTANT(110090000000));
	g_assert_cmpint(n.value.scale, ==, 0);
}

typedef struct {
	gunichar c;
	int value;
} DigitCase;

static void
test_chinese_digit(void)
{
	static const DigitCase cases[] = {
		{0x3007, 0},  /* 〇 */
		{0x96F6, 0},  /* 零 */
		{0x4E00, 1},  /* 一 */
		{0x4E8C, 2},  /* 二 */
		{0x4E24, 2},  /* 两 */
		{0x4E09, 3},  /* 三 */
		{0x56DB, 4},  /* 四 */
		{0x4E94, 5},  /* 五 */
		{0x516D, 6},  /* 六 */
		{0x4E03, 7},  /* 七 */
		{0x516B, 8},  /* 八 */
		{0x4E5D, 9},  /* 九 */
		{0x58F9, 1},  /* 壹 */
		{0x7396, 9},  /* 玖 */
		{0x5341, -1}, /* 十 is a unit, not a digit */
		{0x4E07, -1}, /* 万 */
		{0x70B9, -1}, /* 点 */
		{0x51E0, -1}, /* 几 */
		{'7', -1},    {'a', -1},
		{0xFF17, -1}, /* full-width ７: the ingest stage's business */
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++)
		g_assert_cmpint(cf_number_chinese_digit(cases[i].c), ==, cases[i].value);
}

/* Every character of the Chinese numeral alphabet appears in a read case above. */
static void
test_alphabet_covered(void)
{
	const char *alphabet = "〇零一二两三四五六七八九十百千万亿点几余多廿数壹贰佰拾";
	for (const char *p = alphabet; *p; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		gboolean seen = FALSE;
		for (gsize i = 0; i < G_N_ELEMENTS(read_cases) && !seen; i++) {
			const ReadCase *rc = &read_cases[i];
			seen = rc->status == CF_NUMBER_OK && g_utf8_strchr(rc->text, -1, c) != NULL;
		}
		if (!seen)
			g_test_message("no OK case uses U+%04X", c);
		g_assert_true(seen);
	}
}

#define HUGE_LENGTH 100000
/* Generous even under sanitizers: the read is linear and takes well under a millisecond. */
#define HUGE_BUDGET_USEC (2 * G_USEC_PER_SEC)

typedef struct {
	const char *name;
	const char *unit; /* repeated to fill HUGE_LENGTH bytes (or more) */
	const char *prefix;
	CfNumberStatus status;
	const char *reason;
} HugeCase;

static const HugeCase huge_cases[] = {
	{"digits", "9", "", CF_NUMBER_OVERFLOW, "more than 18 significant digits"},
	{"decimals", "0", "0.", CF_NUMBER_OVERFLOW, "more than 18 decimals"},
	{"groups", ",000", "1", CF_NUMBER_OVERFLOW, "more than 18 significant digits"},
	{"groups-then-bad", ",000", "1", CF_NUMBER_MALFORMED,
	 "digit group of 2 after a thousands separator"},
	{"chinese-digits", "一", "", CF_NUMBER_OVERFLOW, "more than 18 significant digits"},
	{"chinese-parts", "一万", "", CF_NUMBER_OVERFLOW, "numeral of more than 48 parts"},
	{"commas", ",", "1", CF_NUMBER_MALFORMED, "two thousands separators in a row"},
};

static void
test_huge(gconstpointer data)
{
	const HugeCase *c = data;
	g_autoptr(GString) text = g_string_new(c->prefix);
	while (text->len < HUGE_LENGTH)
		g_string_append(text, c->unit);
	if (c->status == CF_NUMBER_MALFORMED && g_str_equal(c->unit, ",000"))
		g_string_append(text, ",00"); /* a structural fault after 10^5 bytes still wins */
	CfNumber n;
	gint64 start = g_get_monotonic_time();
	cf_number_read(text->str, text->len, &n);
	gint64 elapsed = g_get_monotonic_time() - start;
	g_assert_cmpint(n.status, ==, c->status);
	g_assert_cmpstr(n.reason, ==, c->reason);
	g_assert_cmpint(elapsed, <, HUGE_BUDGET_USEC);
}

/* Zeros carry no significance: a 10^5-digit zero (or zero-led one) is still exact. */
static void
test_huge_zeros(void)
{
	g_autoptr(GString) text = g_string_new(NULL);
	while (text->len < HUGE_LENGTH)
		g_string_append_c(text, '0');
	g_string_append(text, "42");
	CfNumber n;
	cf_number_read(text->str, text->len, &n);
	g_assert_cmpint(n.status, ==, CF_NUMBER_OK);
	assert_decimal(n.value, "42");
}

/* Random tokens over the numeral alphabet: never a crash, the invariants always hold, and
 * plain Arabic tokens agree with cf_decimal_parse (an independent reader). */
static void
test_random_tokens(void)
{
	static const char *const pieces[] = {"0",  "1",  "2",  "5",  "9",  ".",  ",",  "一",
					     "二", "两", "三", "九", "零", "十", "百", "千",
					     "万", "亿", "点", "几", "余", "多", "廿"};
	g_autoptr(GRand) rand = g_rand_new_with_seed(20240611);
	g_autoptr(GString) token = g_string_new(NULL);
	for (int round = 0; round < 20000; round++) {
		g_string_truncate(token, 0);
		int parts = g_rand_int_range(rand, 1, 10);
		gboolean arabic_only = g_rand_boolean(rand);
		for (int k = 0; k < parts; k++) {
			int limit = arabic_only ? 6 : (int)G_N_ELEMENTS(pieces);
			g_string_append(token, pieces[g_rand_int_range(rand, 0, limit)]);
		}
		CfNumber n;
		cf_number_read(token->str, token->len, &n);
		g_assert_cmpint(n.status == CF_NUMBER_OK, ==, n.reason == NULL);
		g_assert_cmpint(n.value.scale, >=, 0);
		g_assert_cmpint(n.value.scale, <=, CF_DECIMAL_MAX_SCALE);
		g_assert_cmpint(cf_decimal_compare(n.interval.low, n.value), <=, 0);
		g_assert_cmpint(cf_decimal_compare(n.value, n.interval.high), <=, 0);
		/* the one intended difference: ".5" is malformed here, never read as 0.5 */
		if (strchr(token->str, ',') == NULL && arabic_only && token->str[0] != '.') {
			CfDecimal d;
			gboolean parsed = cf_decimal_parse(token->str, token->len, &d);
			if (parsed != (n.status == CF_NUMBER_OK))
				g_test_message("token \"%s\": %s", token->str, n.reason);
			g_assert_cmpint(parsed, ==, n.status == CF_NUMBER_OK);
			if (parsed) {
				g_assert_cmpint(d.mantissa, ==, n.value.mantissa);
				g_assert_cmpint(d.scale, ==, n.value.scale);
			}
		}
	}
}

/* ---- the shortcut for plain numbers ---- */

static gboolean
same_decimal(CfDecimal a, CfDecimal b)
{
	return a.mantissa == b.mantissa && a.scale == b.scale;
}

static void
assert_same_number(const char *text, gsize length)
{
	CfNumber fast, general;
	cf_number_read(text, length, &fast);
	cf_number_read_general(text, length, &general);
	g_autofree char *shown = g_strndup(text, length);
	if (fast.status != general.status || fast.script != general.script ||
	    !same_decimal(fast.value, general.value) ||
	    fast.vague != general.vague || fast.grouped != general.grouped ||
	    fast.multiplier_exponent != general.multiplier_exponent ||
	    g_strcmp0(fast.reason, general.reason) != 0 ||
	    !same_decimal(fast.interval.low, general.interval.low) ||
	    !same_decimal(fast.interval.high, general.interval.high) ||
	    fast.interval.low_unbounded != general.interval.low_unbounded ||
	    fast.interval.high_unbounded != general.interval.high_unbounded)
		g_error("'%s': the shortcut and the general reader differ", shown);
}

/* cf_number_read() reads plain numbers by a shortcut: it gives what the general reader gives
 * for every string of digits and points up to six characters, long digit runs around the
 * 18-digit limit, and random strings of the characters numbers are written with. */
static void
test_plain_shortcut(void)
{
	static const char alphabet[] = "019.";
	for (guint length = 1; length <= 6; length++) {
		guint total = 1;
		for (guint k = 0; k < length; k++)
			total *= 4;
		for (guint code = 0; code < total; code++) {
			char text[8];
			for (guint k = 0, c = code; k < length; k++, c /= 4)
				text[k] = alphabet[c % 4];
			assert_same_number(text, length);
		}
	}
	for (guint length = 15; length <= 22; length++) {
		char text[32];
		memset(text, '9', length);
		assert_same_number(text, length);
		text[0] = '0';
		assert_same_number(text, length);
		text[length / 2] = '.';
		assert_same_number(text, length);
	}
	/* every character of the three-byte range alone (Chinese digits are read by the
	 * shortcut, everything else is not) */
	for (gunichar c = 0x800; c < 0x10000; c++) {
		char text[8];
		gint n = g_unichar_to_utf8(c, text);
		assert_same_number(text, (gsize)n);
	}
	static const char *const pieces[] = {"0", "1", "5", "9", ".", ",", "万", "千", "余", "+",
					     "-", "a", "00", "123", ".5", "一", "点"};
	GRand *rand = g_rand_new_with_seed(42);
	for (guint i = 0; i < 50000; i++) {
		g_autoptr(GString) text = g_string_new(NULL);
		guint n = (guint)g_rand_int_range(rand, 1, 8);
		cf_test_append_rand_pieces(text, pieces, G_N_ELEMENTS(pieces), n, rand);
		assert_same_number(text->str, text->len);
	}
	g_rand_free(rand);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	for (gsize i = 0; i < G_N_ELEMENTS(read_cases); i++) {
		g_autofree char *path = g_strconcat("/number/", read_cases[i].path, NULL);
		g_test_add_data_func(path, &read_cases[i], test_read);
	}
	for (gsize i = 0; i < G_N_ELEMENTS(huge_cases); i++) {
		g_autofree char *path = g_strconcat("/number/huge/", huge_cases[i].name, NULL);
		g_test_add_data_func(path, &huge_cases[i], test_huge);
	}
	g_test_add_func("/number/huge/zeros", test_huge_zeros);
	g_test_add_func("/number/traps/popular-extractor-failures", test_known_traps);
	g_test_add_func("/number/chinese-digit/table", test_chinese_digit);
	g_test_add_func("/number/alphabet/covered", test_alphabet_covered);
	g_test_add_func("/number/random/invariants", test_random_tokens);
	g_test_add_func("/number/plain/shortcut", test_plain_shortcut);
	return g_test_run();
}
