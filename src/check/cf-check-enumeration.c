/* Family: enumeration — a stated count vs the items listed right after it
 * (内设机构6个，分别是办公室（研究室）、干部一科、…、老干科).
 *
 * The list follows the count after 分别是 / 分别为 / 分别有 / 包括 / 即 / ：, and runs to the end
 * of the sentence (or ；); items are separated by 、 and ，, never inside brackets or quotes.
 * A compact phrase such as 一室两科 counts as the things it numbers (3).  Lists that may not be
 * plain names (ending in 等, holding numbers, very long items) are not counted.  When splitting
 * the last item at 和 / 及 / 与 would give the stated count, the list is taken to agree. */
#include "check/cf-check-prose.h"
#include "check/cf-check-rates.h"

#include <string.h>

#include "extract/cf-number.h"

/* The noun between a count and its list (设9个内设机构，分别为…), at most (characters). */
#define MAX_NOUN_CHARS 8

/* Items longer than this (characters) are not names: the list is not counted. */
#define MAX_ITEM_CHARS 40

/* Most characters of the noun after a list's closing 等 (等项目, 等单位). */
#define ETC_NOUN_MAX_CHARS 3

/* TRUE when @item ends with 等, or with 等 and the noun counted (危房改造等项目, 财务科等单位):
 * the list names some of the things counted. */
static gboolean
ends_with_etc(const char *item)
{
	const char *etc = g_strrstr(item, "等");
	return etc && g_utf8_strlen(etc + strlen("等"), -1) <= ETC_NOUN_MAX_CHARS;
}

static const char *const openers[] = {"分别是", "分别为", "分别有", "包括", "包含",
				      "即",     "：",     ":",      "有"};

static gboolean
skip_word(const char *norm, gsize *p, gsize end, const char *word)
{
	gsize n = strlen(word);
	if (*p + n <= end && memcmp(norm + *p, word, n) == 0) {
		*p += n;
		return TRUE;
	}
	return FALSE;
}

/* 一室两科 → 3: Chinese numerals each followed by one or two other characters, covering all of
 * @item.  0 when @item is not such a phrase. */
static guint
compact_count(const char *item)
{
	guint total = 0, groups = 0;
	const char *p = item;
	while (*p) {
		const char *q = p;
		while (*q && cf_number_chinese_digit(g_utf8_get_char(q)) >= 0)
			q = g_utf8_next_char(q);
		if (q == p)
			return 0;
		CfNumber number;
		cf_number_read(p, q - p, &number);
		if (number.status != CF_NUMBER_OK || number.vague || number.value.scale != 0)
			return 0;
		guint letters = 0;
		while (*q && cf_number_chinese_digit(g_utf8_get_char(q)) < 0 && letters < 3) {
			q = g_utf8_next_char(q);
			letters++;
		}
		if (letters == 0 || letters > 2)
			return 0;
		total += (guint)number.value.mantissa;
		groups++;
		p = q;
	}
	return groups >= 2 ? total : 0;
}

typedef struct {
	GPtrArray *items; /* char* */
	gboolean usable;
	gsize end;
} List;

/* TRUE when text[0, @n) opens with a word that remarks on the items before (均, 都, 以上 …). */
static gboolean
opens_remark(const char *text, gsize n)
{
	static const char *const remarks[] = {"均",   "都",   "以上", "上述", "共",
					      "全部", "合计", "其中", "主要", NULL};
	for (guint i = 0; remarks[i]; i++) {
		gsize m = strlen(remarks[i]);
		if (n >= m && memcmp(text, remarks[i], m) == 0)
			return TRUE;
	}
	return FALSE;
}

/* TRUE when @item is a name, two characters or more with no digit, then one amount of money
 * that ends it (稻香村70万元). */
static gboolean
named_amount(const char *item)
{
	const char *digit = strpbrk(item, "0123456789");
	if (digit == NULL || g_utf8_strlen(item, digit - item) < 2 ||
	    memchr(item, '%', digit - item))
		return FALSE;
	const char *p = digit;
	while (g_ascii_isdigit(*p) || *p == '.' || *p == ',')
		p++;
	static const char *const units[] = {"元", "万元", "亿元", "千元", "百元", NULL};
	for (guint k = 0; units[k]; k++)
		if (g_str_equal(p, units[k]))
			return TRUE;
	return FALSE;
}

/* TRUE when text[0, @n) opens with a total of the items before (共计31万元, 合计, 以上): the
 * list ends before it, whatever separates its items. */
static gboolean
opens_total(const char *text, gsize n)
{
	static const char *const totals[] = {"共计", "合计", "总计", "总共", "以上", "上述", NULL};
	static const char *const together[] = {"共", NULL};
	gsize at = 0;
	if (cf_rates_skip_word(text, n, &at, totals))
		return TRUE;
	/* (共 before a figure: 共31万元; not 共青团) */
	return cf_rates_skip_word(text, n, &at, together) && at < n && g_ascii_isdigit(text[at]);
}

static void
read_list(const CfDocument *doc, gsize p, gsize end, List *out)
{
	out->items = g_ptr_array_new_with_free_func(g_free);
	out->usable = TRUE;
	GString *item = g_string_new(NULL);
	int depth = 0;
	gboolean enumerated = FALSE; /* items set apart by 、 so far */
	while (p < end) {
		gunichar c = g_utf8_get_char(doc->norm + p);
		gsize next = g_utf8_next_char(doc->norm + p) - doc->norm;
		if (c == 0x3002 || c == 0xFF1B || c == ';' || c == '\n' || c == 0xFF01 || c == 0xFF1F)
			break;
		/* a list set apart by 、 ends at a ， that opens a remark on it (…、中央戏剧学院，
		 * 均为艺术类院校; …、顺江苑服务科，以上内设机构均纳入…) */
		if (depth == 0 && enumerated && (c == 0xFF0C || c == ',') &&
		    opens_remark(doc->norm + next, end - next))
			break;
		/* …乙项目20万元，共计31万元: a total closes any list */
		if (depth == 0 && (c == 0xFF0C || c == ',') &&
		    opens_total(doc->norm + next, end - next))
			break;
		if (depth == 0 && c == 0x3001)
			enumerated = TRUE;
		if (c == 0xFF08 || c == '(' || c == 0x300A || c == 0x201C || c == 0x3010)
			depth++;
		else if ((c == 0xFF09 || c == ')' || c == 0x300B || c == 0x201D || c == 0x3011) && depth > 0)
			depth--;
		if (depth == 0 && (c == 0x3001 || c == 0xFF0C || c == ',')) {
			g_ptr_array_add(out->items, g_strstrip(g_string_free(item, FALSE)));
			item = g_string_new(NULL);
		} else {
			g_string_append_len(item, doc->norm + p, next - p);
		}
		p = next;
	}
	g_ptr_array_add(out->items, g_strstrip(g_string_free(item, FALSE)));
	out->end = p;
	/* a list the document's end cuts, no mark closing it (…泸州市、眉): items may be lost */
	if (p >= end) {
		gsize q = p;
		while (q < doc->norm_length && g_ascii_isspace(doc->norm[q]))
			q++;
		if (q >= doc->norm_length)
			out->usable = FALSE;
	}
	/* items that each name a thing and its amount (大堰镇稻香村70万元、小溪坝镇鲜花村45万元)
	 * are the things counted too; a list of some with amounts and some without is not */
	guint amounts = 0;
	for (guint i = 0; i < out->items->len; i++) {
		const char *s = g_ptr_array_index(out->items, i);
		if (*s == '\0' || g_utf8_strlen(s, -1) > MAX_ITEM_CHARS || ends_with_etc(s))
			out->usable = FALSE;
		else if (named_amount(s))
			amounts++;
		else if (strpbrk(s, "0123456789%") != NULL)
			out->usable = FALSE;
	}
	if (amounts > 0 && amounts < out->items->len)
		out->usable = FALSE;
}

static guint
count_items(GPtrArray *items)
{
	guint n = 0;
	for (guint i = 0; i < items->len; i++) {
		guint compact = compact_count(g_ptr_array_index(items, i));
		n += compact ? compact : 1;
	}
	return n;
}

/* TRUE when a count joined to @count by 和/及/与/、 comes right before it in its clause
 * (设3个内设机构和2个直属单位，分别为…): the list after them is of both. */
static gboolean
joined_to_count_before(const CfCheckContext *ctx, const CfClaim *count)
{
	static const char *const joints[] = {"和", "及", "与", "、", NULL};
	static const char *const stops[] = {"，", "。", "；", ",", ";", "：", ":", NULL};
	guint i = cf_rates_first_claim_at(ctx, count->range.start);
	if (i == 0)
		return FALSE;
	const CfClaim *before = g_ptr_array_index(ctx->claims, i - 1);
	if (before->kind != CF_CLAIM_COUNT || before->table >= 0)
		return FALSE;
	g_autofree char *between = cf_rates_text_between(ctx, before, count);
	return between && !cf_rates_contains_any(between, stops) &&
	       cf_rates_contains_any(between, joints);
}

/* The count of more of the same things the sentence after a list at @end opens with (另有四个
 * 派出法庭), or 0. */
static guint
more_after_list(const CfCheckContext *ctx, const CfProsePassage *passage, gsize end,
		const CfClaim *count)
{
	static const char *const more[] = {"另有", "另设", "此外还有", "还有", NULL};
	const CfDocument *doc = ctx->document;
	gsize p = end, stop = passage->range.end;
	if (p >= stop || g_utf8_get_char(doc->norm + p) != 0x3002 /* 。 */)
		return 0;
	p = g_utf8_next_char(doc->norm + p) - doc->norm;
	gboolean found = FALSE;
	for (guint k = 0; more[k] && !found; k++)
		found = skip_word(doc->norm, &p, stop, more[k]);
	if (!found)
		return 0;
	for (guint i = 0; i < passage->atoms->len; i++) {
		const CfClaim *c = g_array_index(passage->atoms, CfProseAtom, i).claim;
		if (c->range.start < p)
			continue;
		if (c->range.start > p)
			break;
		CfDecimal v = cf_decimal_trim(c->value);
		if (c->kind == CF_CLAIM_COUNT && c->has_value && v.scale == 0 && v.mantissa > 0 &&
		    v.mantissa < G_MAXINT && g_strcmp0(c->unit, count->unit) == 0)
			return (guint)v.mantissa;
	}
	return 0;
}

static void
check_count(CfCheckContext *ctx, const CfProsePassage *passage, const CfClaim *count)
{
	const CfDocument *doc = ctx->document;
	if (joined_to_count_before(ctx, count))
		return;
	gsize p = count->range.end, end = passage->range.end;
	/* the measure word may follow the claim (内设机构6个 → claim "6个"), and so may the
	 * noun counted (设9个内设机构，分别为…), a few letters with no number or mark */
	gsize q = p;
	for (guint letters = 0; q < end && letters < MAX_NOUN_CHARS; letters++) {
		gunichar c = g_utf8_get_char(doc->norm + q);
		if (c < 0x4E00 || c > 0x9FFF)
			break;
		q = g_utf8_next_char(doc->norm + q) - doc->norm;
	}
	/* (or a 。 before 即: 学校设置8个工作部门。即:办公室、…) */
	gboolean stop = FALSE;
	if (q > p && q < end &&
	    (doc->norm[q] == ',' || (end - q >= 3 && (memcmp(doc->norm + q, "，", 3) == 0 ||
						      memcmp(doc->norm + q, "。", 3) == 0))))
		p = q;
	if (!skip_word(doc->norm, &p, end, "，") && !skip_word(doc->norm, &p, end, ","))
		stop = skip_word(doc->norm, &p, end, "。");
	const char *opener = NULL;
	for (gsize k = 0; k < G_N_ELEMENTS(openers) && opener == NULL; k++)
		if (skip_word(doc->norm, &p, end, openers[k]))
			opener = openers[k];
	if (opener == NULL || (stop && !g_str_equal(opener, "即")))
		return;
	if (!g_str_equal(opener, "：") && !g_str_equal(opener, ":"))
		if (!skip_word(doc->norm, &p, end, "："))
			skip_word(doc->norm, &p, end, ":");
	List list;
	read_list(doc, p, end, &list);
	if (!list.usable) {
		g_ptr_array_unref(list.items);
		return;
	}
	guint n = count_items(list.items);
	/* 有 opens a list of the things counted only when it names three or more and half
	 * the count at least (内设机构10个,有办公室、内科、外科、…); it is common otherwise */
	CfDecimal counted = cf_decimal_trim(count->value);
	if (g_str_equal(opener, "有") &&
	    (n < 3 || counted.scale != 0 || counted.mantissa > 2 * (gint64)n)) {
		g_ptr_array_unref(list.items);
		return;
	}
	if (n < 2) {
		g_ptr_array_unref(list.items);
		return;
	}
	/* 和 / 及 / 与 inside the last item may join two names */
	CfDecimal stated = cf_decimal_trim(count->value);
	/* the sentence after may add more of them (…、司法警察大队。另有四个派出法庭…) */
	guint more = more_after_list(ctx, passage, list.end, count);
	if (more > 0 && stated.scale == 0 && stated.mantissa == (gint64)(n + more)) {
		g_ptr_array_unref(list.items);
		return;
	}
	if (stated.scale == 0 && stated.mantissa == (gint64)n + 1) {
		const char *last = g_ptr_array_index(list.items, list.items->len - 1);
		if (strstr(last, "和") || strstr(last, "及") || strstr(last, "与")) {
			g_ptr_array_unref(list.items);
			return;
		}
	}
	GString *label = g_string_new(NULL);
	g_string_append_printf(label, "%u listed (", n);
	for (guint i = 0; i < list.items->len; i++) {
		if (i > 0)
			cf_check_append(label, "、");
		cf_check_append(label, g_ptr_array_index(list.items, i));
	}
	cf_check_append(label, ")");
	GPtrArray *terms = cf_term_array_new();
	g_ptr_array_add(terms, cf_term_new_constant(cf_decimal_from_int(n), label->str));
	g_string_free(label, TRUE);
	gboolean colon = g_str_equal(opener, "：") || g_str_equal(opener, ":");
	g_autofree char *what =
		g_strdup_printf("the items listed after %s", colon ? "the colon" : opener);
	/* a count of things is an exact whole number */
	CfRelation *r = cf_relation_new(CF_RELATION_EQUAL, "count-mismatch", CF_SEVERITY_ERROR,
					cf_term_new_claim_with_interval(count,
									cf_interval_point(count->value)),
					terms, what);
	cf_check_add_relation(ctx, r);
	g_ptr_array_unref(list.items);
}

static void
passage_cb(CfCheckContext *context, CfProsePassage *passage, gpointer data)
{
	for (guint i = 0; i < passage->atoms->len; i++) {
		const CfClaim *c = g_array_index(passage->atoms, CfProseAtom, i).claim;
		if (c->kind != CF_CLAIM_COUNT || c->qualifier != CF_QUALIFIER_NONE)
			continue;
		CfDecimal whole = cf_decimal_trim(c->value);
		if (whole.scale != 0 || whole.mantissa < 2)
			continue;
		check_count(context, passage, c);
	}
}

static void
run(CfCheckContext *ctx)
{
	cf_prose_foreach_passage(ctx, passage_cb, NULL);
}

const CfCheckFamily cf_check_family_enumeration = {"enumeration", run};
