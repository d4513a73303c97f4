/* Family: table — 合计/总计/小计 rows against the rows they cover, 其中 columns and rows
 * against their parent, 执行率 against 执行数 / 预算数.  This file also holds the table
 * model the other table families share (cf-check-table.h). */
#include "check/cf-check-table.h"

#include "check/cf-check-rates.h"
#include "check/cf-check-words.h"
#include "model/cf-memo.h"
#include "segment/cf-segment.h"

#include <string.h>

/* A table looks for its sibling among at most this many tables before it. */
#define SIBLING_MAX_DISTANCE 8
/* Two tables are siblings when at least this many item names match … */
#define SIBLING_MIN_MATCHES 3
/* … and the matches are at least this share (percent) of the smaller table's items. */
#define SIBLING_MIN_SHARE_PERCENT 50
/* A column's numbers have one meaning when this share (percent) of them are of one kind. */
#define COLUMN_KIND_SHARE_PERCENT 80

/* ---- words ---- */

/* Words that say what a column or a prose amount is.  The one that ends last decides (the
 * head of a Chinese noun phrase is at its end: 项目支出预算 is a budget); generic money words
 * decide only when no specific word occurs. */
static const CfRatesWord role_words[] = {
	CF_RATES_WORD("预算", CF_COLUMN_BUDGET),
	CF_RATES_WORD("指标", CF_COLUMN_BUDGET),
	CF_RATES_WORD("计划", CF_COLUMN_BUDGET),
	CF_RATES_WORD("批复", CF_COLUMN_BUDGET),
	CF_RATES_WORD("核定", CF_COLUMN_BUDGET),
	CF_RATES_WORD("下达", CF_COLUMN_BUDGET),
	CF_RATES_WORD("目标", CF_COLUMN_BUDGET),
	CF_RATES_WORD("年初", CF_COLUMN_BUDGET),
	CF_RATES_WORD("支出", CF_COLUMN_SPENDING),
	CF_RATES_WORD("执行数", CF_COLUMN_SPENDING),
	CF_RATES_WORD("执行金额", CF_COLUMN_SPENDING),
	CF_RATES_WORD("决算", CF_COLUMN_SPENDING),
	CF_RATES_WORD("实际执行", CF_COLUMN_SPENDING),
	CF_RATES_WORD("拨付", CF_COLUMN_SPENDING),
	CF_RATES_WORD("实付", CF_COLUMN_SPENDING),
	CF_RATES_WORD("使用金额", CF_COLUMN_SPENDING),
	CF_RATES_WORD("分值", CF_COLUMN_MAX_SCORE),
	CF_RATES_WORD("权重", CF_COLUMN_MAX_SCORE),
	CF_RATES_WORD("满分", CF_COLUMN_MAX_SCORE),
	CF_RATES_WORD("标准分", CF_COLUMN_MAX_SCORE),
	CF_RATES_WORD("得分", CF_COLUMN_SCORE),
	CF_RATES_WORD("评分", CF_COLUMN_SCORE),
	CF_RATES_WORD("总分", CF_COLUMN_SCORE),
	CF_RATES_WORD("率", CF_COLUMN_RATE),
	CF_RATES_WORD("比例", CF_COLUMN_RATE),
	CF_RATES_WORD("占比", CF_COLUMN_RATE),
	CF_RATES_WORD("比重", CF_COLUMN_RATE),
	CF_RATES_WORD("%", CF_COLUMN_RATE),
	CF_RATES_WORD("人数", CF_COLUMN_COUNT),
	CF_RATES_WORD("个数", CF_COLUMN_COUNT),
	CF_RATES_WORD("次数", CF_COLUMN_COUNT),
	CF_RATES_WORD("户数", CF_COLUMN_COUNT),
	/* a code or serial number names its row: never a value */
	CF_RATES_WORD("编码", CF_COLUMN_OTHER),
	CF_RATES_WORD("代码", CF_COLUMN_OTHER),
	CF_RATES_WORD("编号", CF_COLUMN_OTHER),
	CF_RATES_WORD("序号", CF_COLUMN_OTHER),
	CF_RATES_WORD("行次", CF_COLUMN_OTHER),
	CF_RATES_WORD("行号", CF_COLUMN_OTHER),
	CF_RATES_WORD("栏次", CF_COLUMN_OTHER),
};

static const char *const generic_money_words[] = {
	"金额", "资金", "经费", "万元", "元", "总额", "合计", "拨款", "收入", "费用",
};

static CfColumnRole
role_of_words(const char *label, gboolean generic)
{
	if (label == NULL)
		return CF_COLUMN_TEXT;
	static CfRatesWordIndex index;
	gint word = cf_rates_last_word(&index, role_words, G_N_ELEMENTS(role_words), label,
				       strlen(label));
	if (word >= 0 || !generic)
		return word < 0 ? CF_COLUMN_TEXT : (CfColumnRole)role_words[word].value;
	static CfWordBytes generic_money;
	return cf_word_bytes_in(cf_word_bytes_get(&generic_money, generic_money_words,
						  G_N_ELEMENTS(generic_money_words)),
				label, strlen(label))
		       ? CF_COLUMN_AMOUNT
		       : CF_COLUMN_TEXT;
}

CfColumnRole
cf_table_role_of_words(const char *label)
{
	return role_of_words(label, FALSE);
}

CfColumnRole
cf_column_role_from_label(const char *label, gboolean *part, gboolean *initial)
{
	const char *leaf = label ? strrchr(label, '/') : NULL;
	leaf = leaf ? leaf + 1 : label;
	if (part)
		*part = leaf && g_str_has_prefix(leaf, "其中");
	if (initial)
		*initial = label && strstr(label, "年初") != NULL;
	return role_of_words(label, TRUE);
}

enum {
	ROLE_MEMO_PART = 1 << 8,
	ROLE_MEMO_INITIAL = 1 << 9,
	ROLE_MEMO_KNOWN = 1 << 10, /* never 0: a stored value is told from a missing one */
};

/* cf_column_role_from_label() of a non-NULL @label, worked out once per label and thread: a
 * batch repeats its tables' headers in every document, and the role is a function of the
 * label (CF_CHECK_ROLE_MEMO_MAX_LABELS at most, then the memo starts over). */
CfColumnRole
cf_check_table_column_role_cached(const char *label, gboolean *part, gboolean *initial)
{
	static GPrivate key = G_PRIVATE_INIT(cf_str_memo_free);
	CfStrMemo *memo = cf_str_memo_of_thread(&key, 0, CF_CHECK_ROLE_MEMO_MAX_LABELS);
	guint value = cf_str_memo_get(memo, label);
	if (value == 0) {
		gboolean p, i;
		CfColumnRole role = cf_column_role_from_label(label, &p, &i);
		/* CF_COLUMN_RATE is the last role: every role fits the low byte */
		G_STATIC_ASSERT((guint)CF_COLUMN_RATE <= 0xFF);
		value = (guint)role | (p ? ROLE_MEMO_PART : 0) | (i ? ROLE_MEMO_INITIAL : 0) |
			ROLE_MEMO_KNOWN;
		cf_str_memo_put(memo, label, value);
	}
	*part = (value & ROLE_MEMO_PART) != 0;
	*initial = (value & ROLE_MEMO_INITIAL) != 0;
	return (CfColumnRole)(value & 0xFF);
}

static gboolean
is_space_or_punct(gunichar c)
{
	return g_unichar_isspace(c) || c == 0x3000 || c == ':' || c == 0xFF1A || c == ',' ||
	       c == 0xFF0C || c == 0x3002 || c == ';' || c == 0xFF1B || c == 0x3001 ||
	       c == '.' || c == 0xFEFF;
}

/* A space of the names: what g_unichar_isspace() says, U+3000 and a BOM.  ASCII and the
 * ideographs U+4000–U+9FFF (lead bytes E4–E9: never a space) are decided without decoding
 * (the same answers; a test compares every code point). */
static gboolean
is_name_space(const char *p)
{
	guchar b = (guchar)*p;
	if (b < 0x80)
		return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f';
	if (b >= 0xE4 && b <= 0xE9)
		return FALSE;
	gunichar c = g_utf8_get_char(p);
	return g_unichar_isspace(c) || c == 0x3000 || c == 0xFEFF;
}

/* is_space_or_punct() of the character at @p.  ASCII is read without decoding; a lead byte
 * E4–E9 begins an ideograph U+4000–U+9FFF (or, in invalid UTF-8, what g_utf8_get_char()
 * reads as -1): neither is a space or a mark. */
static inline gboolean
is_space_or_punct_at(const char *p)
{
	guchar b = (guchar)*p;
	if (b < 0x80)
		return is_space_or_punct(b);
	if (b >= 0xE4 && b <= 0xE9)
		return FALSE;
	return is_space_or_punct(g_utf8_get_char(p));
}

/* cf_table_normalise_name() of the NUL-ended @s, written over it (the name is never longer
 * than its text).  Returns the name's length. */
static gsize
normalise_name_in_place(char *s)
{
	/* drop every space and line break (the text is valid UTF-8: characters are copied as
	 * they are); then trim punctuation at both ends */
	gsize n = strlen(s), len = 0;
	const char *text = s;
	const char *run = text; /* the characters kept since the last space */
	for (const char *p = text; *p;) {
		const char *next = MIN(g_utf8_next_char(p), text + n);
		if (is_name_space(p)) {
			memmove(s + len, run, (gsize)(p - run));
			len += (gsize)(p - run);
			run = next;
		}
		p = next;
	}
	memmove(s + len, run, (gsize)(text + n - run));
	len += (gsize)(text + n - run);
	s[len] = '\0';
	const char *start = s;
	while (*start && is_space_or_punct_at(start))
		start = g_utf8_next_char(start);
	gsize end = len;
	while (end > (gsize)(start - s)) {
		/* an ASCII byte is a character of its own */
		const char *prev = (guchar)s[end - 1] < 0x80 ? s + end - 1
							     : g_utf8_find_prev_char(s, s + end);
		if (prev == NULL || !is_space_or_punct_at(prev))
			break;
		end = (gsize)(prev - s);
	}
	gsize from = (gsize)(start - s);
	memmove(s, start, end - from);
	s[end - from] = '\0';
	return end - from;
}

char *
cf_table_normalise_name(const char *text)
{
	if (text == NULL)
		return g_strdup("");
	char *s = g_strdup(text);
	normalise_name_in_place(s);
	return s;
}

/* A name read where it is needed and dropped: on the stack when short, else on the heap. */
typedef struct {
	char stack[256];
	char *heap;
	char *name; /* stack or heap */
} NameBuffer;

/* Sets @b to cf_table_normalise_name() of the first @n bytes of @text (up to a NUL). */
static const char *
name_buffer_set(NameBuffer *b, const char *text, gsize n)
{
	n = strnlen(text, n);
	b->heap = NULL;
	b->name = n < sizeof b->stack ? b->stack : (b->heap = g_malloc(n + 1));
	memcpy(b->name, text, n);
	b->name[n] = '\0';
	normalise_name_in_place(b->name);
	return b->name;
}

static void
name_buffer_clear(NameBuffer *b)
{
	g_clear_pointer(&b->heap, g_free);
}

gboolean
cf_table_text_has_name(const char *text, gsize length)
{
	const char *end = text + length;
	for (const char *p = text; p < end && *p; p = g_utf8_next_char(p)) {
		if ((gsize)(end - p) < (gsize)g_utf8_skip[*(const guchar *)p]) {
			/* a character cut by the end: read it as the copy would be read */
			g_autofree char *copy = g_strndup(p, (gsize)(end - p));
			g_autofree char *rest = cf_table_normalise_name(copy);
			return *rest != '\0';
		}
		if (!is_space_or_punct_at(p))
			return TRUE;
	}
	return FALSE;
}

/* ---- cells ---- */

gboolean
cf_table_cell_is_blank(const CfDocument *doc, const CfRow *row, guint column)
{
	for (guint k = 0; k < row->n_cells; k++) {
		const CfCell *cell = &row->cells[k];
		if (cell->column != column)
			continue;
		for (gsize p = cell->range.start; p < cell->range.end;) {
			gunichar ch = g_utf8_get_char_validated(doc->norm + p,
								(gssize)(cell->range.end - p));
			if (ch == (gunichar)-1 || ch == (gunichar)-2)
				return FALSE;
			if (!g_unichar_isspace(ch) && ch != '-' && ch != 0x2010 && ch != 0x2012 &&
			    ch != 0x2013 && ch != 0x2014 && ch != 0x2015 && ch != 0x2212 &&
			    ch != 0xFF0D && ch != '/' && ch != 0xFF0F)
				return FALSE;
			p = (gsize)(g_utf8_next_char(doc->norm + p) - doc->norm);
		}
		return TRUE;
	}
	return TRUE;
}

static const CfCell *
find_cell(const CfTable *table, guint row, guint column)
{
	const CfRow *r = g_ptr_array_index(table->rows, row);
	for (guint i = 0; i < r->n_cells; i++) {
		const CfCell *c = &r->cells[i];
		if (c->column == column)
			return c;
	}
	return NULL;
}

/* cf_table_normalise_name() of norm[range] (what cf_document_dup_range() copies), in @b. */
static const char *
range_name_into(const CfCheckContext *ctx, CfRange range, NameBuffer *b)
{
	if (range.start > range.end || range.end > ctx->document->norm_length) {
		/* what cf_document_dup_range() refuses (and warns of) names nothing */
		g_free(cf_document_dup_range(ctx->document, range));
		return name_buffer_set(b, "", 0);
	}
	return name_buffer_set(b, ctx->document->norm + range.start, range.end - range.start);
}

/* range_name_into(), a new string (normalised where it is copied: one copy, not two). */
static char *
range_name(const CfCheckContext *ctx, CfRange range)
{
	if (range.start > range.end || range.end > ctx->document->norm_length) {
		g_free(cf_document_dup_range(ctx->document, range)); /* warns */
		return g_strdup("");
	}
	const char *text = ctx->document->norm + range.start;
	gsize n = strnlen(text, range.end - range.start);
	char *name = g_malloc(n + 1);
	memcpy(name, text, n);
	name[n] = '\0';
	normalise_name_in_place(name);
	return name;
}

/* TRUE when cell_text() would give a non-empty text. */
static gboolean
cell_has_text(const CfCheckContext *ctx, const CfTable *table, guint row, guint column)
{
	const CfCell *cell = find_cell(table, row, column);
	if (cell == NULL)
		return FALSE;
	if (cell->range.start > cell->range.end || cell->range.end > ctx->document->norm_length) {
		g_autofree char *text = range_name(ctx, cell->range);
		return text && *text;
	}
	return cf_table_text_has_name(ctx->document->norm + cell->range.start,
				      cell->range.end - cell->range.start);
}

static char *
cell_text(const CfCheckContext *ctx, const CfTable *table, guint row, guint column)
{
	const CfCell *cell = find_cell(table, row, column);
	if (cell == NULL)
		return NULL;
	return range_name(ctx, cell->range);
}

char *
cf_table_cell_text(const CfTableSet *set, guint table, guint row, guint column)
{
	const CfTableModel *m = g_ptr_array_index(set->models, table);
	return cell_text(set->context, m->table, row, column);
}

static const CfClaim *
cell_claim(const CfCheckContext *ctx, guint table, guint row, guint column)
{
	const CfClaim *value = cf_check_cell_value(ctx, table, row, column);
	if (value)
		return value;
	guint n;
	const CfClaim *const *list = cf_check_cell_claims(ctx, table, row, column, &n);
	const CfClaim *malformed = NULL;
	for (guint i = 0; i < n; i++) {
		const CfClaim *c = list[i];
		if (c->kind == CF_CLAIM_MALFORMED) {
			if (malformed)
				return NULL;
			malformed = c;
		}
	}
	return malformed;
}

const CfClaim *
cf_table_cell_claim(const CfTableSet *set, guint table, guint row, guint column)
{
	return cell_claim(set->context, table, row, column);
}

/* TRUE when the cell's text is a number and nothing else (a value cell, not a description
 * that happens to mention an amount). */
static gboolean
is_number_cell(const CfCheckContext *ctx, const CfTable *table, guint row, guint column,
	       const CfClaim *claim)
{
	const CfCell *cell = claim ? find_cell(table, row, column) : NULL;
	if (cell == NULL)
		return FALSE;
	/* a cell holding exactly the claim's text (most number cells) is its number; the names
	 * below would be equal */
	const char *matched_text = claim->text ? claim->text : "";
	if (cell->range.start <= cell->range.end && cell->range.end <= ctx->document->norm_length) {
		gsize n = cell->range.end - cell->range.start;
		if (strlen(matched_text) == n &&
		    memcmp(ctx->document->norm + cell->range.start, matched_text, n) == 0)
			return TRUE;
	}
	/* read on the stack: every number cell of every table comes here */
	NameBuffer text_buffer, matched_buffer;
	const char *text = range_name_into(ctx, cell->range, &text_buffer);
	const char *matched = name_buffer_set(&matched_buffer, matched_text, G_MAXSIZE);
	/* the number may carry its unit or a qualifier (10分, ≤2000元, 100%) */
	gboolean number = strstr(text, matched) != NULL &&
			  g_utf8_strlen(text, -1) <= g_utf8_strlen(matched, -1) + 3;
	name_buffer_clear(&text_buffer);
	name_buffer_clear(&matched_buffer);
	return number;
}

/* ---- the model of one table ---- */

static gboolean
text_is_total(const char *text, gboolean *subtotal)
{
	*subtotal = FALSE;
	if (text == NULL)
		return FALSE;
	/* each word is two ideographs of three bytes: the text is measured once */
	gsize n = strlen(text);
	if (n < 6)
		return FALSE;
	const char *tail = text + n - 6;
	if (memcmp(text, "小计", 6) == 0) {
		*subtotal = TRUE;
		return TRUE;
	}
	return memcmp(text, "合计", 6) == 0 || memcmp(text, "总计", 6) == 0 ||
	       memcmp(text, "总分", 6) == 0 || memcmp(tail, "合计", 6) == 0 ||
	       memcmp(tail, "总计", 6) == 0;
}

static gboolean
is_summable(CfColumnRole role)
{
	return role == CF_COLUMN_AMOUNT || role == CF_COLUMN_BUDGET || role == CF_COLUMN_SPENDING ||
	       role == CF_COLUMN_COUNT;
}

static gboolean
is_money(CfColumnRole role)
{
	return role == CF_COLUMN_AMOUNT || role == CF_COLUMN_BUDGET || role == CF_COLUMN_SPENDING;
}

static const char *
role_key(CfColumnRole role)
{
	switch (role) {
	case CF_COLUMN_AMOUNT:
		return "amount";
	case CF_COLUMN_BUDGET:
		return "budget";
	case CF_COLUMN_SPENDING:
		return "spending";
	case CF_COLUMN_COUNT:
		return "count";
	case CF_COLUMN_MAX_SCORE:
		return "max-score";
	case CF_COLUMN_SCORE:
		return "score";
	case CF_COLUMN_RATE:
		return "rate";
	default:
		return NULL;
	}
}

static void
classify_columns(const CfCheckContext *ctx, CfTableModel *m)
{
	const CfTable *t = m->table;
	for (guint c = 0; c < t->n_columns; c++) {
		CfColumnInfo *info = &m->columns[c];
		info->parent = -1;
		info->label = t->column_labels[c] ? t->column_labels[c] : "";
		CfColumnRole by_label =
			cf_check_table_column_role_cached(info->label, &info->part, &info->initial);
		guint kinds[CF_CLAIM_N_KINDS] = {0};
		guint n = 0, text_cells = 0;
		for (guint r = t->n_header_rows; r < t->rows->len; r++) {
			const CfClaim *claim = cell_claim(ctx, m->index, r, c);
			if (claim && claim->kind != CF_CLAIM_MALFORMED &&
			    is_number_cell(ctx, t, r, c, claim)) {
				kinds[claim->kind]++;
				n++;
			} else if (claim && claim->kind == CF_CLAIM_MALFORMED) {
				n++;
			} else if (cell_has_text(ctx, t, r, c) &&
				   !cf_table_cell_is_blank(ctx->document, g_ptr_array_index(t->rows, r),
							   c)) {
				text_cells++;
			}
		}
		/* a column of text with a figure here and there is text; but one headed 分值 or
		 * 得分 scores whatever a 自评表's goals part writes under it (年度总体目标 |
		 * 预期目标 | 实际完成情况 and their sentences, laid over the funds' columns) */
		gboolean scores = by_label == CF_COLUMN_MAX_SCORE || by_label == CF_COLUMN_SCORE;
		if (n == 0 || (text_cells > n && !scores)) {
			info->role = CF_COLUMN_TEXT;
			continue;
		}
		CfClaimKind dominant = CF_CLAIM_NUMBER;
		guint best = 0, total_kinds = 0;
		for (guint k = 0; k < CF_CLAIM_N_KINDS; k++) {
			total_kinds += kinds[k];
			if (kinds[k] > best) {
				best = kinds[k];
				dominant = k;
			}
		}
		if (total_kinds == 0 || best * 100 < total_kinds * COLUMN_KIND_SHARE_PERCENT) {
			info->role = CF_COLUMN_OTHER;
			continue;
		}
		switch (by_label) {
		case CF_COLUMN_AMOUNT:
		case CF_COLUMN_BUDGET:
		case CF_COLUMN_SPENDING:
			info->role = dominant == CF_CLAIM_AMOUNT || dominant == CF_CLAIM_NUMBER
					     ? by_label
					     : CF_COLUMN_OTHER;
			break;
		case CF_COLUMN_MAX_SCORE:
		case CF_COLUMN_SCORE:
			info->role = dominant == CF_CLAIM_SCORE || dominant == CF_CLAIM_NUMBER
					     ? by_label
					     : CF_COLUMN_OTHER;
			break;
		case CF_COLUMN_RATE:
			info->role = dominant == CF_CLAIM_PERCENT || dominant == CF_CLAIM_NUMBER
					     ? by_label
					     : CF_COLUMN_OTHER;
			break;
		case CF_COLUMN_COUNT:
			info->role = dominant == CF_CLAIM_COUNT || dominant == CF_CLAIM_NUMBER
					     ? by_label
					     : CF_COLUMN_OTHER;
			break;
		case CF_COLUMN_OTHER:
			info->role = CF_COLUMN_OTHER;
			break;
		default:
			info->role = dominant == CF_CLAIM_AMOUNT  ? CF_COLUMN_AMOUNT
				     : dominant == CF_CLAIM_COUNT ? CF_COLUMN_COUNT
								  : CF_COLUMN_OTHER;
			break;
		}
	}
	/* a 其中 column is part of the nearest column to its left under the same top header
	 * ("预算金额/其中：区级资金" of "预算金额/指标总额"), or of the nearest non-part column */
	for (guint c = 0; c < t->n_columns; c++) {
		CfColumnInfo *info = &m->columns[c];
		if (!info->part || info->role == CF_COLUMN_TEXT)
			continue;
		const char *slash = strchr(info->label, '/');
		gsize prefix = slash ? (gsize)(slash - info->label) + 1 : 0;
		for (guint p = c; p-- > 0;) {
			const CfColumnInfo *candidate = &m->columns[p];
			if (candidate->part)
				continue;
			/* money of a generic header (其中：区级资金) is part of any money column */
			gboolean compatible = candidate->role == info->role ||
					      (info->role == CF_COLUMN_AMOUNT && is_money(candidate->role)) ||
					      (candidate->role == CF_COLUMN_AMOUNT && is_money(info->role));
			if (!compatible)
				continue;
			if (prefix && strncmp(candidate->label, info->label, prefix) != 0)
				continue;
			info->parent = (gint)p;
			if (info->role == CF_COLUMN_AMOUNT)
				info->role = candidate->role;
			break;
		}
	}
	for (guint c = 0; c < t->n_columns; c++) {
		CfColumnInfo *info = &m->columns[c];
		const char *key = role_key(info->role);
		if (key == NULL)
			continue;
		const char *leaf = strrchr(info->label, '/');
		leaf = leaf ? leaf + 1 : info->label;
		/* concatenated, not printed: one key per column of every table */
		info->key = g_strconcat(key, info->initial ? "/initial" : "",
					info->part ? "/part:" : "", info->part ? leaf : "", NULL);
	}
}

static gboolean
header_has(const char *label, const char *const *words)
{
	for (guint i = 0; words[i]; i++)
		if (label && strstr(label, words[i]))
			return TRUE;
	return FALSE;
}

static void
choose_name_columns(const CfCheckContext *ctx, CfTableModel *m)
{
	static const char *const category_words[] = {"类型", "类别", "分类", "性质", NULL};
	static const char *const name_words[] = {"名称", "项目", "科目", "内容", "指标", NULL};
	const CfTable *t = m->table;
	m->name_column = -1;
	m->category_column = -1;
	guint body = t->rows->len > t->n_header_rows ? t->rows->len - t->n_header_rows : 0;
	if (body == 0)
		return;
	gint first_filled = -1;
	for (guint c = 0; c < t->n_columns; c++) {
		const CfColumnInfo *info = &m->columns[c];
		if (info->role != CF_COLUMN_TEXT)
			continue;
		if (m->category_column < 0 && header_has(info->label, category_words)) {
			m->category_column = (gint)c;
			continue;
		}
		guint filled = 0;
		for (guint r = t->n_header_rows; r < t->rows->len; r++)
			if (cell_has_text(ctx, t, r, c))
				filled++;
		if (filled * 2 < body)
			continue;
		if (m->name_column < 0 && header_has(info->label, name_words))
			m->name_column = (gint)c;
		if (first_filled < 0)
			first_filled = (gint)c;
	}
	if (m->name_column < 0)
		m->name_column = first_filled;
	if (m->name_column >= 0) {
		const char *label = m->columns[m->name_column].label;
		const char *slash = strrchr(label, '/');
		g_autofree char *noun = cf_table_normalise_name(slash ? slash + 1 : label);
		static const char *const suffixes[] = {"名称", "内容", "明细", NULL};
		for (guint i = 0; suffixes[i]; i++)
			if (g_str_has_suffix(noun, suffixes[i]))
				noun[strlen(noun) - strlen(suffixes[i])] = '\0';
		char *paren = strstr(noun, "（");
		if (paren)
			*paren = '\0';
		m->item_noun = *noun ? g_steal_pointer(&noun) : NULL;
	}
}

/* The first text of the row, left to right: what a 合计 or 其中 row says it is; NULL when
 * none.  @name is the row's text in the name column (NULL when empty): returned as it is
 * rather than read again; another column's text is read into @b. */
static const char *
row_first_text(const CfCheckContext *ctx, const CfTableModel *m, guint r, const char *name,
	       NameBuffer *b)
{
	const CfRow *row = g_ptr_array_index(m->table->rows, r);
	b->heap = NULL;
	for (guint i = 0; i < row->n_cells; i++) {
		guint column = row->cells[i].column;
		if (m->columns[column].role != CF_COLUMN_TEXT)
			continue;
		if ((gint)column == m->name_column) {
			if (name)
				return name;
			continue;
		}
		/* empty cells (most of them) are ruled out without a copy */
		if (!cell_has_text(ctx, m->table, r, column))
			continue;
		const char *text = range_name_into(ctx, find_cell(m->table, r, column)->range, b);
		if (*text)
			return text;
		name_buffer_clear(b);
	}
	return NULL;
}

static gboolean
row_has_number(const CfCheckContext *ctx, const CfTableModel *m, guint r)
{
	for (guint c = 0; c < m->table->n_columns; c++)
		if (m->columns[c].role != CF_COLUMN_TEXT && cell_claim(ctx, m->index, r, c))
			return TRUE;
	return FALSE;
}

/* The value of a cell in the first summable column where @parent has one, for closing a
 * 其中 group: FALSE when the cell has none. */
static gboolean
row_value(const CfCheckContext *ctx, const CfTableModel *m, guint row, guint column,
	  CfDecimal *out)
{
	const CfClaim *c = cell_claim(ctx, m->index, row, column);
	if (c == NULL || c->kind == CF_CLAIM_MALFORMED || !c->has_value)
		return FALSE;
	*out = c->value;
	return TRUE;
}

/* The first summable column (no 其中 one) where row @row has a figure, its value in *@whole;
 * -1 when there is none. */
static gint
first_summable_value(const CfCheckContext *ctx, const CfTableModel *m, guint row, CfDecimal *whole)
{
	for (guint c = 0; c < m->table->n_columns; c++)
		if (is_summable(m->columns[c].role) && !m->columns[c].part &&
		    row_value(ctx, m, row, c, whole))
			return (gint)c;
	return -1;
}

/* A 其中 row is often followed by unmarked rows of the same breakdown (其中：人员经费, then
 * 公用经费).  When the 其中 row and the rows after it add up exactly to the parent, they are
 * all details; when they never do, the breakdown's end is unknown (open). */
static void
close_detail_groups(const CfCheckContext *ctx, CfTableModel *m)
{
	guint n = m->table->rows->len;
	for (guint d = 0; d < n; d++) {
		CfRowInfo *info = &m->rows[d];
		if (info->kind != CF_ROW_DETAIL || (d > 0 && m->rows[d - 1].kind == CF_ROW_DETAIL))
			continue;
		guint parent = (guint)info->parent;
		CfDecimal whole;
		gint column = first_summable_value(ctx, m, parent, &whole);
		if (column < 0)
			continue;
		CfDecimal sum = cf_decimal_from_int(0), v;
		guint end = d;
		for (; end < n && (m->rows[end].kind == CF_ROW_DETAIL ||
				  m->rows[end].kind == CF_ROW_ITEM);
		     end++) {
			if (end > d && m->rows[end].kind == CF_ROW_DETAIL)
				break;
			if (row_value(ctx, m, end, (guint)column, &v) && !cf_decimal_add(sum, v, &sum))
				break;
			if (cf_decimal_compare(sum, whole) >= 0)
				break;
		}
		if (end < n && cf_decimal_compare(sum, whole) == 0) {
			for (guint r = d + 1; r <= end; r++) {
				m->rows[r].kind = CF_ROW_DETAIL;
				m->rows[r].parent = (gint)parent;
			}
		} else if (end > d + 1) {
			/* rows after the 其中 row that fit under the parent may belong to it */
			m->rows[parent].open = TRUE;
		}
	}
}

/* ---- subject codes (科目编码) ---- */

/* The longest subject code: 类 3 digits, 款 5, 项 7, 目 9. */
#define CODE_MAX 9

typedef char Code[CODE_MAX + 1];

/* Whether @n digits may be a subject code: an odd count from 3 to CODE_MAX. */
static gboolean
is_code_length(gsize n)
{
	return n >= 3 && n <= CODE_MAX && n % 2 == 1;
}

/* A character that may follow a subject code at the start of a name (2080505机关事业单位…,
 * 208 社会保障和就业支出 read without its space): not a unit or a date word, which make
 * the digits a figure (100个, 2023年). */
static gboolean
may_follow_code(const char *p)
{
	static const char *const figure_words[] = {"年", "月", "日", "个", "万", "元", "人",
						   "次", "项", "名", "户", "亿", "千", "百",
						   "多", "余", "家", "份", NULL};
	gunichar c = g_utf8_get_char(p);
	if (c == ']' || c == 0x3011 || c == ')' || c == 0xFF09 || c == '-' || c == 0x2014 ||
	    c == 0x3001)
		return TRUE;
	if (c < 0x4E00 || c > 0x9FFF)
		return FALSE;
	for (guint i = 0; figure_words[i]; i++)
		if (g_str_has_prefix(p, figure_words[i]))
			return FALSE;
	return TRUE;
}

/* The subject code @text is (208, 20805, 2080505: an odd count of 3 to CODE_MAX digits),
 * into @out; FALSE when it is none.  With @lead, the code begins a name ([208]社会保障和就业
 * 支出, 2080505机关事业单位基本养老保险缴费支出) and a name must follow it. */
static gboolean
read_code(const char *text, gboolean lead, Code out)
{
	if (text == NULL)
		return FALSE;
	const char *p = text;
	if (lead && (*p == '[' || *p == '('))
		p++;
	else if (lead && (g_str_has_prefix(p, "【") || g_str_has_prefix(p, "（")))
		p += strlen("【");
	gsize n = 0;
	while (g_ascii_isdigit(p[n]))
		n++;
	if (!is_code_length(n))
		return FALSE;
	if (lead ? p[n] == '\0' || !may_follow_code(p + n) : p[n] != '\0')
		return FALSE;
	memcpy(out, p, n);
	out[n] = '\0';
	return TRUE;
}

/* The digits of cell (@row, @column) of @t when it holds digits and nothing else (spaces
 * around them aside), at most CODE_MAX of them, into @out; FALSE otherwise.  Read in place:
 * most cells are text, ruled out by their first character without a copy. */
static gboolean
cell_digits(const CfCheckContext *ctx, const CfTable *t, guint row, guint column, Code out)
{
	const CfCell *cell = find_cell(t, row, column);
	if (cell == NULL || cell->range.start > cell->range.end ||
	    cell->range.end > ctx->document->norm_length)
		return FALSE;
	const char *p = ctx->document->norm + cell->range.start;
	const char *end = ctx->document->norm + cell->range.end;
	while (p < end && g_ascii_isspace(*p))
		p++;
	while (end > p && g_ascii_isspace(end[-1]))
		end--;
	gsize n = (gsize)(end - p);
	if (n == 0 || n > CODE_MAX)
		return FALSE;
	for (gsize i = 0; i < n; i++)
		if (!g_ascii_isdigit(p[i]))
			return FALSE;
	memcpy(out, p, n);
	out[n] = '\0';
	return TRUE;
}

/* The columns holding subject codes: 类, 款 and 项 side by side (the 项 may be missing),
 * into @levels; else a column of no values (no money, count or score) with codes in most
 * item rows that have a cell there.  Returns how many (0: the codes, if any, begin the
 * names). */
static guint
find_code_columns(const CfCheckContext *ctx, const CfTableModel *m, gint levels[3])
{
	const CfTable *t = m->table;
	static const char *const level_words[] = {"类", "款", "项"};
	for (guint c = 0; c + 1 < t->n_columns; c++) {
		guint n = 0;
		while (n < 3 && c + n < t->n_columns &&
		       strcmp(cf_table_column_name(m, c + n), level_words[n]) == 0) {
			levels[n] = (gint)(c + n);
			n++;
		}
		if (n >= 2)
			return n;
	}
	for (guint c = 0; c < t->n_columns; c++) {
		/* codes are no values: a column of 3-digit amounts holds none */
		CfColumnRole role = m->columns[c].role;
		if ((gint)c == m->name_column || (role != CF_COLUMN_OTHER && role != CF_COLUMN_TEXT))
			continue;
		guint filled = 0, codes = 0;
		for (guint r = 0; r < t->rows->len; r++) {
			if (m->rows[r].kind != CF_ROW_ITEM || !cell_has_text(ctx, t, r, c))
				continue;
			filled++;
			Code code;
			if (cell_digits(ctx, t, r, c, code) && is_code_length(strlen(code)))
				codes++;
		}
		if (codes >= 2 && codes * 2 > filled) {
			levels[0] = (gint)c;
			return 1;
		}
	}
	return 0;
}

/* The code of row @r from separate 类/款/项 columns: a level left blank while a lower one is
 * given is the last one given above (a 款 row printing only its 05 under the 类 208). */
static gboolean
read_split_code(const CfCheckContext *ctx, const CfTableModel *m, guint r, const gint *levels,
		guint n_levels, Code last[3], Code out)
{
	Code parts[3] = {{0}};
	gint lowest = -1;
	for (guint i = 0; i < n_levels; i++) {
		if (cell_digits(ctx, m->table, r, (guint)levels[i], parts[i]))
			lowest = (gint)i;
		else if (cell_has_text(ctx, m->table, r, (guint)levels[i]))
			return FALSE;
	}
	if (lowest < 0)
		return FALSE;
	char code[3 * (CODE_MAX + 1)] = "";
	for (guint i = 0; i <= (guint)lowest; i++)
		g_strlcat(code, parts[i][0] ? parts[i] : last[i], sizeof code);
	for (guint i = 0; i <= (guint)lowest; i++)
		if (parts[i][0])
			memcpy(last[i], parts[i], sizeof parts[i]);
	return read_code(code, FALSE, out);
}

/* Links each item row to the item row its subject code extends (CfRowInfo.up): the nearest
 * one above whose code begins its own, back to the previous total or header.  Only when
 * one link at least is found: codes side by side with no hierarchy change nothing.  Then
 * a code from a column of its own begins the row's name (2130101行政运行). */
static void
read_codes(const CfCheckContext *ctx, CfTableModel *m)
{
	guint n = m->table->rows->len;
	gint levels[3] = {-1, -1, -1};
	guint n_levels = find_code_columns(ctx, m, levels);
	Code last[3] = {{0}};
	g_autofree Code *codes = g_new0(Code, MAX(n, 1));
	guint stack[CODE_MAX / 2 + 1];
	guint depth = 0;
	gboolean linked = FALSE;
	for (guint r = 0; r < n; r++) {
		CfRowInfo *info = &m->rows[r];
		if (info->kind == CF_ROW_TOTAL || info->kind == CF_ROW_SUBTOTAL ||
		    info->kind == CF_ROW_HEADER) {
			depth = 0;
			continue;
		}
		if (info->kind != CF_ROW_ITEM)
			continue;
		gboolean found;
		if (n_levels >= 2) {
			found = read_split_code(ctx, m, r, levels, n_levels, last, codes[r]);
		} else if (n_levels == 1) {
			found = cell_digits(ctx, m->table, r, (guint)levels[0], codes[r]) &&
				is_code_length(strlen(codes[r]));
			if (!found)
				codes[r][0] = '\0';
		} else {
			found = read_code(info->name, TRUE, codes[r]);
		}
		if (!found)
			continue;
		gsize length = strlen(codes[r]);
		while (depth > 0) {
			const char *above = codes[stack[depth - 1]];
			gsize k = strlen(above);
			if (k < length && memcmp(above, codes[r], k) == 0)
				break;
			depth--;
		}
		if (depth > 0) {
			info->up = (gint)stack[depth - 1];
			linked = TRUE;
		}
		if (depth < G_N_ELEMENTS(stack))
			stack[depth++] = r;
	}
	m->coded = linked;
	if (!linked || n_levels == 0)
		return;
	/* the code is part of the row's name, as where the names carry it: 行政运行 is under
	 * many a 款, and a sibling table is matched by code and name */
	for (guint r = 0; r < n; r++) {
		if (codes[r][0] == '\0')
			continue;
		char *name = g_strconcat(codes[r], m->rows[r].name, NULL);
		g_free(m->rows[r].name);
		m->rows[r].name = name;
	}
}

/* The item rows after @row that are unnumbered (kind ITEM, style NONE), 其中 and empty rows
 * passed over, into @out: the rows a row numbered at the table's top level heads. */
static void
section_rows(const CfTableModel *m, guint row, GArray *out)
{
	g_array_set_size(out, 0);
	for (guint r = row + 1; r < m->table->rows->len; r++) {
		const CfRowInfo *info = &m->rows[r];
		if (info->kind == CF_ROW_DETAIL || info->kind == CF_ROW_EMPTY)
			continue;
		if (info->kind != CF_ROW_ITEM || info->style != CF_HEADING_NONE)
			break;
		g_array_append_val(out, r);
	}
}

/* TRUE when the @rows add up exactly to row @row in the first summable column where it has
 * a figure. */
static gboolean
rows_add_up_to(const CfCheckContext *ctx, const CfTableModel *m, guint row, GArray *rows)
{
	CfDecimal whole;
	gint c = first_summable_value(ctx, m, row, &whole);
	if (c < 0)
		return FALSE;
	CfDecimal sum = cf_decimal_from_int(0), v;
	for (guint i = 0; i < rows->len; i++)
		if (!row_value(ctx, m, g_array_index(rows, guint, i), (guint)c, &v) ||
		    !cf_decimal_add(sum, v, &sum))
			return FALSE;
	return cf_decimal_compare(sum, whole) == 0;
}

/* Links the unnumbered item rows after each row numbered at the table's top level to it
 * (CfRowInfo.up: 一、本级收入 / 税收收入 / 非税收入 / 二、转移性收入 / …) when two such rows at
 * least are numbered alike and, for one of them at least, the rows under it add up exactly
 * to it: a total then covers the numbered rows alone.  Tables with subject codes are linked
 * by their codes. */
static void
read_sections(const CfCheckContext *ctx, CfTableModel *m)
{
	guint n = m->table->rows->len, numbered = 0;
	CfHeadingStyle top = CF_HEADING_NONE;
	for (guint r = 0; r < n; r++) {
		if (m->rows[r].kind != CF_ROW_ITEM || m->rows[r].style == CF_HEADING_NONE)
			continue;
		if (top == CF_HEADING_NONE)
			top = m->rows[r].style;
		numbered += m->rows[r].style == top;
	}
	if (numbered < 2)
		return;
	g_autoptr(GArray) under = g_array_new(FALSE, FALSE, sizeof(guint));
	gboolean confirmed = FALSE;
	for (guint r = 0; r < n && !confirmed; r++) {
		if (m->rows[r].kind != CF_ROW_ITEM || m->rows[r].style != top)
			continue;
		section_rows(m, r, under);
		confirmed = under->len >= 2 && rows_add_up_to(ctx, m, r, under);
	}
	for (guint r = 0; r < n && confirmed; r++) {
		if (m->rows[r].kind != CF_ROW_ITEM || m->rows[r].style != top)
			continue;
		section_rows(m, r, under);
		for (guint i = 0; i < under->len; i++)
			m->rows[g_array_index(under, guint, i)].up = (gint)r;
	}
}

guint
cf_table_model_covered_items(const CfTableModel *m, guint row)
{
	g_autoptr(GArray) covered = cf_table_model_covered_rows(m, row);
	guint items = 0;
	for (guint i = 0; i < covered->len; i++) {
		guint r = g_array_index(covered, guint, i);
		if (m->rows[r].kind == CF_ROW_ITEM)
			items++;
		else if (r != row && (m->rows[r].kind == CF_ROW_TOTAL ||
				      m->rows[r].kind == CF_ROW_SUBTOTAL))
			items += cf_table_model_covered_items(m, r);
	}
	return items;
}

gboolean
cf_table_model_is_top_item(const CfTableModel *m, guint row)
{
	return m->rows[row].kind == CF_ROW_ITEM && m->rows[row].up < 0;
}

/* The numbering marker @name opens with, after 其中 and a colon when @detail (其中:(1)公务用车
 * 运行维护费 → （1）): FALSE when it opens with none. */
static gboolean
name_marker(const char *name, gboolean detail, CfHeadingStyle *style, int *ordinal)
{
	static const char *const openers[] = {"其中", "：", ":", " ", NULL};
	gsize n = strlen(name), at = 0;
	while (detail && cf_rates_skip_word(name, n, &at, openers))
		;
	CfRange marker;
	return cf_segment_numbering_marker(name, at, n, style, ordinal, &marker);
}

/* TRUE when a row after @row, past the first row after it, opens with 其中 (其中:城镇 /
 * 乡村 / 其中:男性 / 女性: several breakdowns of the row above them). */
static gboolean
detail_row_after(const CfCheckContext *ctx, const CfTableModel *m, guint row)
{
	for (guint r = row + 2; r < m->table->rows->len; r++) {
		NameBuffer buffer;
		g_autofree char *name = m->name_column >= 0
						? cell_text(ctx, m->table, r, (guint)m->name_column)
						: NULL;
		const char *first = row_first_text(ctx, m, r, name && *name ? name : NULL, &buffer);
		gboolean detail = first && g_str_has_prefix(first, "其中");
		name_buffer_clear(&buffer);
		if (detail)
			return TRUE;
	}
	return FALSE;
}

static void
classify_rows(const CfCheckContext *ctx, CfTableModel *m)
{
	const CfTable *t = m->table;
	gint last_item = -1;
	gboolean seen_item = FALSE;
	/* the marker of the last detail row, when it has one: (2) after 其中:(1) is a detail */
	CfHeadingStyle detail_style = CF_HEADING_NONE;
	int detail_ordinal = 0;
	gint detail_row = -1;
	for (guint r = 0; r < t->rows->len; r++) {
		const CfRow *row = g_ptr_array_index(t->rows, r);
		CfRowInfo *info = &m->rows[r];
		info->parent = -1;
		info->up = -1;
		info->line = row->line;
		if (r < t->n_header_rows || row->header || row->numbering) {
			info->kind = CF_ROW_HEADER;
			continue;
		}
		if (m->name_column >= 0)
			info->name = cell_text(ctx, t, r, (guint)m->name_column);
		if (info->name && *info->name == '\0')
			g_clear_pointer(&info->name, g_free);
		NameBuffer first_buffer;
		const char *first = row_first_text(ctx, m, r, info->name, &first_buffer);
		gboolean subtotal;
		gboolean total = text_is_total(first, &subtotal) || row->total;
		int marker_ordinal;
		const char *named = info->name ? info->name : first;
		if (named == NULL || !name_marker(named, FALSE, &info->style, &marker_ordinal))
			info->style = CF_HEADING_NONE;
		info->grand = total && !subtotal && first && strstr(first, "总计") != NULL;
		gboolean empty = first == NULL;
		const char *name = info->name ? info->name : first;
		gboolean detail = name && g_str_has_prefix(name, "其中");
		name_buffer_clear(&first_buffer);
		if (m->category_column >= 0) {
			info->category = cell_text(ctx, t, r, (guint)m->category_column);
			if (info->category && *info->category == '\0')
				g_clear_pointer(&info->category, g_free);
		}
		if (total) {
			info->kind = subtotal ? CF_ROW_SUBTOTAL : CF_ROW_TOTAL;
			g_clear_pointer(&info->name, g_free);
			continue;
		}
		if (empty && !row_has_number(ctx, m, r)) {
			info->kind = CF_ROW_EMPTY;
			continue;
		}
		if (detail && last_item >= 0) {
			CfRowInfo *parent = &m->rows[last_item];
			/* a first row named as a whole (年度资金总额) followed by 其中: the whole is a
			 * total over every row after it, unless another 其中 opens another breakdown
			 * of it */
			if (parent->kind == CF_ROW_ITEM && parent->name &&
			    strstr(parent->name, "总") && !seen_item &&
			    !detail_row_after(ctx, m, r)) {
				parent->kind = CF_ROW_TOTAL;
				parent->whole = TRUE;
				info->kind = CF_ROW_ITEM;
				last_item = (gint)r;
				seen_item = TRUE;
				continue;
			}
			info->kind = CF_ROW_DETAIL;
			info->parent = last_item;
			if (!name_marker(name, TRUE, &detail_style, &detail_ordinal))
				detail_style = CF_HEADING_NONE;
			detail_row = (gint)r;
			continue;
		}
		CfHeadingStyle style;
		int ordinal;
		if (detail_style != CF_HEADING_NONE && detail_row == (gint)r - 1 && name &&
		    name_marker(name, FALSE, &style, &ordinal) && style == detail_style &&
		    ordinal == detail_ordinal + 1) {
			info->kind = CF_ROW_DETAIL;
			info->parent = m->rows[detail_row].parent;
			detail_ordinal = ordinal;
			detail_row = (gint)r;
			continue;
		}
		info->kind = CF_ROW_ITEM;
		if (last_item >= 0 && m->rows[last_item].kind == CF_ROW_ITEM)
			seen_item = TRUE;
		last_item = (gint)r;
	}
	close_detail_groups(ctx, m);
	read_codes(ctx, m);
	if (!m->coded)
		read_sections(ctx, m);
	/* the first item row may have been made a total: it is then no item */
	m->n_items = 0;
	for (guint r = 0; r < t->rows->len; r++)
		if (m->rows[r].kind == CF_ROW_ITEM)
			m->n_items++;
}

/* TRUE when the first total of @m (its row in *@first) stands above every item row and
 * more than one total follows it with items under each. */
static gboolean
totals_head(const CfTableModel *m, guint *first)
{
	guint n = m->table->rows->len, totals = 0;
	gboolean found = FALSE, items_under = FALSE;
	for (guint r = 0; r < n; r++) {
		CfRowKind k = m->rows[r].kind;
		if (k == CF_ROW_ITEM && !found)
			return FALSE;
		if (k == CF_ROW_TOTAL) {
			if (!found)
				*first = r;
			found = TRUE;
			totals++;
		} else if (k == CF_ROW_ITEM && totals >= 2) {
			items_under = TRUE;
		}
	}
	return totals >= 3 && items_under;
}

GArray *
cf_table_model_covered_rows(const CfTableModel *m, guint row)
{
	GArray *out = g_array_new(FALSE, FALSE, sizeof(guint));
	const CfRowInfo *info = &m->rows[row];
	guint n = m->table->rows->len;
	if (info->kind == CF_ROW_SUBTOTAL) {
		for (guint r = row; r-- > 0;) {
			CfRowKind k = m->rows[r].kind;
			if (k == CF_ROW_TOTAL || k == CF_ROW_SUBTOTAL || k == CF_ROW_HEADER)
				break;
			if (k == CF_ROW_ITEM && m->rows[r].up < 0)
				g_array_prepend_val(out, r);
		}
		return out;
	}
	if (info->kind != CF_ROW_TOTAL)
		return out;
	/* a table whose first total stands above every item (浙江省合计, then 杭州市合计 and its
	 * counties, 温州市合计 and its counties …): each total heads the items below it, and
	 * the first, right above another total, the totals below it */
	guint first = 0;
	if (totals_head(m, &first)) {
		gboolean of_totals = FALSE;
		for (guint r = row + 1; r < n && row == first; r++)
			if (m->rows[r].kind != CF_ROW_EMPTY) {
				of_totals = m->rows[r].kind == CF_ROW_TOTAL;
				break;
			}
		/* (a header repeated in the table, after a page break, goes on) */
		for (guint r = row + 1; r < n; r++) {
			CfRowKind k = m->rows[r].kind;
			if (!of_totals && k == CF_ROW_TOTAL)
				break;
			if (of_totals ? k == CF_ROW_TOTAL : k == CF_ROW_ITEM && m->rows[r].up < 0)
				g_array_append_val(out, r);
		}
		return out;
	}
	/* rows above, back to the previous total: the 小计 rows when there are some.  A 总计
	 * below a 合计 adds the rows after the 合计 to it */
	GArray *items = g_array_new(FALSE, FALSE, sizeof(guint));
	GArray *subtotals = g_array_new(FALSE, FALSE, sizeof(guint));
	/* a total numbered as a section (二、收入合计) heads its own rows: a row above it
	 * numbered alike (一、期初余额) is another section, and so is one below */
	CfHeadingStyle section = info->style;
	/* …and when the row after it is numbered a level below (二、收入合计 then (一)收入小计),
	 * the rows it covers are below it */
	gboolean heads = FALSE;
	for (guint r = row + 1; section != CF_HEADING_NONE && r < n; r++) {
		if (m->rows[r].kind == CF_ROW_EMPTY)
			continue;
		heads = m->rows[r].style != CF_HEADING_NONE && m->rows[r].style != section;
		break;
	}
	for (guint r = row; !heads && r-- > 0;) {
		CfRowKind k = m->rows[r].kind;
		if (k == CF_ROW_TOTAL && info->grand && !m->rows[r].grand && !m->rows[r].whole &&
		    subtotals->len == 0) {
			g_array_prepend_val(items, r);
			break;
		}
		if (k == CF_ROW_TOTAL || k == CF_ROW_HEADER ||
		    (section != CF_HEADING_NONE && m->rows[r].style == section))
			break;
		if (k == CF_ROW_ITEM && m->rows[r].up < 0)
			g_array_prepend_val(items, r);
		else if (k == CF_ROW_SUBTOTAL)
			g_array_prepend_val(subtotals, r);
	}
	if (items->len == 0 && subtotals->len == 0) {
		/* a total above its rows (合计 first, as 决算 tables print it) */
		for (guint r = row + 1; r < n; r++) {
			CfRowKind k = m->rows[r].kind;
			if (k == CF_ROW_TOTAL || k == CF_ROW_HEADER ||
			    (section != CF_HEADING_NONE && m->rows[r].style == section))
				break;
			if (k == CF_ROW_ITEM && m->rows[r].up < 0)
				g_array_append_val(items, r);
			else if (k == CF_ROW_SUBTOTAL)
				g_array_append_val(subtotals, r);
		}
	}
	GArray *chosen = subtotals->len ? subtotals : items;
	g_array_append_vals(out, chosen->data, chosen->len);
	g_array_unref(items);
	g_array_unref(subtotals);
	return out;
}

gint
cf_table_model_find_column(const CfTableModel *m, CfColumnRole role)
{
	gint found = -1;
	for (guint c = 0; c < m->table->n_columns; c++) {
		const CfColumnInfo *info = &m->columns[c];
		if (info->role != role || info->part)
			continue;
		/* the full-year figure rather than the initial one */
		if (found < 0 || (m->columns[found].initial && !info->initial))
			found = (gint)c;
	}
	return found;
}

const char *
cf_table_column_name(const CfTableModel *m, guint column)
{
	const char *label = m->columns[column].label;
	const char *slash = strrchr(label, '/');
	return slash ? slash + 1 : label;
}

static void
model_free(gpointer data)
{
	CfTableModel *m = data;
	for (guint c = 0; c < m->table->n_columns; c++)
		g_free(m->columns[c].key);
	for (guint r = 0; r < m->table->rows->len; r++) {
		g_free(m->rows[r].name);
		g_free(m->rows[r].category);
	}
	g_free(m->columns);
	g_free(m->rows);
	g_free(m->item_noun);
	g_free(m);
}

static CfTableModel *
model_new(const CfCheckContext *ctx, guint index)
{
	CfTableModel *m = g_new0(CfTableModel, 1);
	m->index = index;
	m->table = g_ptr_array_index(ctx->tables, index);
	m->block = g_ptr_array_index(ctx->table_blocks, index);
	m->columns = g_new0(CfColumnInfo, MAX(m->table->n_columns, 1));
	m->rows = g_new0(CfRowInfo, MAX(m->table->rows->len, 1));
	classify_columns(ctx, m);
	choose_name_columns(ctx, m);
	classify_rows(ctx, m);
	return m;
}

/* ---- the set: groups, siblings, introductions ---- */

static void
sibling_free(gpointer data)
{
	CfSiblingPair *p = data;
	g_free(p->rows_b);
	g_free(p);
}

static void
intro_free(gpointer data)
{
	CfTableIntro *i = data;
	g_ptr_array_unref(i->claims);
	g_free(i);
}

/* The item names of one table, for matching rows across tables: an open-addressed table of
 * rows keyed by name, each name hashed once (a table is looked up from up to
 * SIBLING_MAX_DISTANCE others). */
typedef struct {
	gint row;           /* the first item row with the name, or -1 for an empty slot */
	gboolean ambiguous; /* the name is used by two item rows */
} NameSlot;

typedef struct {
	const CfTableModel *model;
	guint *hashes;   /* per row: g_str_hash() of the name of an item row with a name */
	NameSlot *slots; /* mask + 1 */
	guint mask;
} NameIndex;

/* The slot of @name (hash @hash) in @index: the one holding it, or the empty one where it
 * would go. */
static NameSlot *
name_index_slot(const NameIndex *index, const char *name, guint hash)
{
	for (guint i = hash & index->mask;; i = (i + 1) & index->mask) {
		NameSlot *slot = &index->slots[i];
		if (slot->row < 0)
			return slot;
		if (index->hashes[slot->row] == hash &&
		    strcmp(index->model->rows[slot->row].name, name) == 0)
			return slot;
	}
}

static void
name_index_init(NameIndex *index, const CfTableModel *m)
{
	guint n = m->table->rows->len;
	index->model = m;
	index->hashes = g_new(guint, MAX(n, 1));
	guint capacity = 4;
	while (capacity < 2 * n)
		capacity *= 2;
	index->mask = capacity - 1;
	index->slots = g_new(NameSlot, capacity);
	for (guint i = 0; i < capacity; i++)
		index->slots[i] = (NameSlot){.row = -1, .ambiguous = FALSE};
	for (guint r = 0; r < n; r++) {
		const CfRowInfo *info = &m->rows[r];
		if (info->kind != CF_ROW_ITEM || info->name == NULL)
			continue;
		index->hashes[r] = g_str_hash(info->name);
		NameSlot *slot = name_index_slot(index, info->name, index->hashes[r]);
		if (slot->row >= 0)
			slot->ambiguous = TRUE;
		else
			slot->row = (gint)r;
	}
}

static void
name_index_clear(NameIndex *index)
{
	g_free(index->hashes);
	g_free(index->slots);
}

/* The row of @index's table named @name, + 1; 0 when none or several. */
static guint
name_index_lookup(const NameIndex *index, const char *name, guint hash)
{
	const NameSlot *slot = name_index_slot(index, name, hash);
	return slot->row < 0 || slot->ambiguous ? 0 : (guint)slot->row + 1;
}

static void
find_siblings(CfTableSet *set)
{
	guint n = set->models->len;
	if (n < 2)
		return;
	NameIndex *names = g_new0(NameIndex, n);
	for (guint i = 0; i < n; i++)
		name_index_init(&names[i], g_ptr_array_index(set->models, i));
	/* each table is paired with its nearest earlier sibling only: three sibling tables form a
	 * chain A-B, B-C (a mismatch between A and C shows on one of the links), and the work
	 * stays linear in the number of tables */
	for (guint b = 1; b < n; b++) {
		const CfTableModel *mb = g_ptr_array_index(set->models, b);
		if (mb->n_items == 0)
			continue;
		guint nearest = b > SIBLING_MAX_DISTANCE ? b - SIBLING_MAX_DISTANCE : 0;
		for (guint a = b; a-- > nearest;) {
			const CfTableModel *ma = g_ptr_array_index(set->models, a);
			if (ma->n_items == 0)
				continue;
			if (ma->funds && mb->funds && strcmp(ma->funds, mb->funds) != 0)
				continue;
			gint *rows_b = g_new(gint, ma->table->rows->len);
			guint matched = 0;
			for (guint r = 0; r < ma->table->rows->len; r++) {
				rows_b[r] = -1;
				const CfRowInfo *info = &ma->rows[r];
				if (info->kind != CF_ROW_ITEM || info->name == NULL)
					continue;
				guint hash = names[a].hashes[r];
				if (name_index_lookup(&names[a], info->name, hash) == 0)
					continue;
				guint hit = name_index_lookup(&names[b], info->name, hash);
				if (hit == 0)
					continue;
				rows_b[r] = (gint)hit - 1;
				matched++;
			}
			guint smaller = MIN(ma->n_items, mb->n_items);
			if (matched < SIBLING_MIN_MATCHES ||
			    matched * 100 < smaller * SIBLING_MIN_SHARE_PERCENT) {
				g_free(rows_b);
				continue;
			}
			CfSiblingPair *p = g_new0(CfSiblingPair, 1);
			p->a = a;
			p->b = b;
			p->rows_b = rows_b;
			p->n_matched = matched;
			p->complete = matched == ma->n_items && matched == mb->n_items;
			g_ptr_array_add(set->siblings, p);
			break;
		}
	}
	for (guint i = 0; i < n; i++)
		name_index_clear(&names[i]);
	g_free(names);
}

static const char *const intro_cues[] = {
	"如下", "见后表", "见下表", "见附表", "明细见", "详见", "下表", "如表", "见表", NULL,
};

static gboolean
block_text_has(const CfCheckContext *ctx, const CfBlock *b, const char *const *words)
{
	g_autofree char *text = cf_document_dup_range(ctx->document, b->range);
	return header_has(text, words);
}

static gboolean
is_unit_line(const CfCheckContext *ctx, const CfBlock *b, const CfTable *t)
{
	if (t->unit_line && b->first_line == t->unit_line && b->last_line == t->unit_line)
		return TRUE;
	g_autofree char *text = range_name(ctx, b->range);
	return g_utf8_strlen(text, -1) <= 12 && strstr(text, "单位") != NULL;
}

/* The block right above the table of @m and its unit line (金额单位：万元): the heading or
 * paragraph that introduces or names it, or the table before; -1 when none. */
static gint
block_above(const CfCheckContext *ctx, const CfTableModel *m)
{
	gint k = (gint)m->block_index - 1;
	while (k >= 0) {
		const CfBlock *b = g_ptr_array_index(ctx->document->blocks, k);
		if (b->kind != CF_BLOCK_PARAGRAPH || !is_unit_line(ctx, b, m->table))
			break;
		k--;
	}
	return k;
}

/* The claims outside tables whose range starts inside @b, in document order. */
static void
append_block_claims(const CfCheckContext *ctx, const CfBlock *b, GPtrArray *out)
{
	GPtrArray *claims = ctx->claims;
	/* claims are in document order: find the first at or after the block's start */
	guint lo = 0, hi = claims->len;
	while (lo < hi) {
		guint mid = lo + (hi - lo) / 2;
		const CfClaim *c = g_ptr_array_index(claims, mid);
		if (c->range.start < b->range.start)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (guint i = lo; i < claims->len; i++) {
		const CfClaim *c = g_ptr_array_index(claims, i);
		if (c->range.start >= b->range.end)
			break;
		if (c->table < 0 && c->has_value)
			g_ptr_array_add(out, (gpointer)c);
	}
}

static gboolean
has_figures(GPtrArray *claims)
{
	for (guint i = 0; i < claims->len; i++) {
		const CfClaim *c = g_ptr_array_index(claims, i);
		if (c->kind == CF_CLAIM_AMOUNT || c->kind == CF_CLAIM_COUNT)
			return TRUE;
	}
	return FALSE;
}

static void
find_intros(CfTableSet *set)
{
	const CfCheckContext *ctx = set->context;
	GPtrArray *blocks = ctx->document->blocks;
	for (guint t = 0; t < set->models->len; t++) {
		const CfTableModel *m = g_ptr_array_index(set->models, t);
		gint k = block_above(ctx, m);
		if (k < 0)
			continue;
		const CfBlock *p = g_ptr_array_index(blocks, k);
		if (p->kind == CF_BLOCK_TABLE && m->table->half && set->intros->len > 0) {
			/* the right one of two tables side by side: the left one's introduction */
			const CfTableIntro *left = g_ptr_array_index(set->intros, set->intros->len - 1);
			const CfTableModel *before = g_ptr_array_index(set->models, left->table);
			if (left->table + 1 == t && before->block_index == (guint)k &&
			    before->table->half) {
				CfTableIntro *intro = g_new0(CfTableIntro, 1);
				intro->table = t;
				intro->claims = g_ptr_array_ref(left->claims);
				g_ptr_array_add(set->intros, intro);
			}
			continue;
		}
		if (p->kind != CF_BLOCK_PARAGRAPH || !block_text_has(ctx, p, intro_cues))
			continue;
		CfTableIntro *intro = g_new0(CfTableIntro, 1);
		intro->table = t;
		intro->claims = g_ptr_array_new();
		append_block_claims(ctx, p, intro->claims);
		/* a bare "具体情况如下：" introduces the figures of the paragraph before it */
		if (!has_figures(intro->claims) && k > 0) {
			const CfBlock *before = g_ptr_array_index(blocks, k - 1);
			if (before->kind == CF_BLOCK_PARAGRAPH) {
				g_ptr_array_set_size(intro->claims, 0);
				append_block_claims(ctx, before, intro->claims);
				append_block_claims(ctx, p, intro->claims);
			}
		}
		g_ptr_array_add(set->intros, intro);
	}
}

/* The funds a table's caption limits it to (CfTableModel.funds): the 支出决算表 of all funds
 * and the 财政拨款支出决算表 list the same subjects with other figures.  The caption is the
 * last sentence of the heading or paragraph above the table and its unit line (…财政拨款收入
 * 支出决算总表如下：); a table right after another (the right half of a pair) has that one's. */
static const char *
caption_funds(const CfTableSet *set, const CfTableModel *m)
{
	/* (a fund named alone is its budget's: 一般公共预算收支平衡表, 一般公共预算财政拨款支出
	 * 决算表) */
	static const char *const funds[][2] = {
		{"一般公共预算", "一般公共预算"},   {"公共财政预算", "一般公共预算"},
		{"政府性基金", "政府性基金预算"},   {"国有资本经营", "国有资本经营预算"},
		{"社会保险基金", "社会保险基金预算"}, {"财政拨款", "财政拨款"},
	};
	const CfCheckContext *ctx = set->context;
	GPtrArray *blocks = ctx->document->blocks;
	gint k = block_above(ctx, m);
	if (k < 0)
		return NULL;
	const CfBlock *b = g_ptr_array_index(blocks, k);
	if (b->kind == CF_BLOCK_TABLE) {
		const CfTableModel *before = m->index > 0 ? g_ptr_array_index(set->models, m->index - 1)
							  : NULL;
		return before && before->block_index == (guint)k ? before->funds : NULL;
	}
	g_autofree char *text = cf_document_dup_range(ctx->document, b->range);
	if (text == NULL)
		return NULL;
	/* the last sentence: after the last 。 that ends one (not the text's own end) */
	const char *last = text;
	for (const char *p = strstr(text, "。"); p; p = strstr(p + 1, "。"))
		if (cf_table_text_has_name(p + strlen("。"), G_MAXSIZE))
			last = p + strlen("。");
	for (guint i = 0; i < G_N_ELEMENTS(funds); i++)
		if (strstr(last, funds[i][0]))
			return funds[i][1];
	return b->kind == CF_BLOCK_HEADING || strstr(last, "表") ? "" : NULL;
}

const char *const cf_check_average_words[] = {"院均", "校均", "村均", "县均", "亩均", "人均",
					      "户均", "生均", "床均", "次均", "日均", "月均",
					      "年均", "平均", "均值", NULL};

/* Bytes of a block above a table that is its title, at most (50 characters). */
#define TITLE_BYTES 150

/* TRUE when the title above the table of @m (the heading, short paragraph or table right
 * above it) or the table's own rows above its first figure name averages (院均总收入情况,
 * 人均支出, 平均): its figures are per unit, and a 合计 row is the average of all, not the sum
 * of the rows.  (A longer block above is no title: 平均 there says nothing of the table.) */
static gboolean
names_averages(const CfCheckContext *ctx, const CfTableModel *m)
{
	const CfDocument *doc = ctx->document;
	/* the table's rows above the first one with a figure */
	gsize end = m->block->range.end;
	for (guint r = 0; r < m->table->rows->len; r++) {
		const CfRow *row = g_ptr_array_index(m->table->rows, r);
		gboolean figure = FALSE;
		for (guint i = 0; i < row->n_cells && !figure; i++)
			figure = row->cells[i].numeric;
		if (figure && row->n_cells > 0) {
			end = row->cells[0].range.start;
			break;
		}
	}
	gsize start = m->block->range.start;
	gint k = block_above(ctx, m);
	if (k >= 0) {
		const CfBlock *b = g_ptr_array_index(doc->blocks, k);
		if (b->range.end - b->range.start <= TITLE_BYTES)
			start = b->range.start;
	}
	if (end <= start || end > doc->norm_length)
		return FALSE;
	return cf_rates_first_of(doc->norm + start, end - start, cf_check_average_words) <
	       end - start;
}

CfTableSet *
cf_table_set_new(CfCheckContext *context)
{
	CfTableSet *set = g_new0(CfTableSet, 1);
	set->context = context;
	set->models = g_ptr_array_new_with_free_func(model_free);
	set->groups = g_array_new(FALSE, FALSE, sizeof(guint));
	set->siblings = g_ptr_array_new_with_free_func(sibling_free);
	set->intros = g_ptr_array_new_with_free_func(intro_free);
	GPtrArray *blocks = context->document->blocks;
	guint t = 0;
	gint previous_block = -2;
	guint group = 0;
	for (guint i = 0; i < blocks->len && t < context->tables->len; i++) {
		const CfBlock *b = g_ptr_array_index(blocks, i);
		if (b != g_ptr_array_index(context->table_blocks, t))
			continue;
		CfTableModel *m = model_new(context, t);
		m->block_index = i;
		m->funds = caption_funds(set, m);
		m->averages = names_averages(context, m);
		g_ptr_array_add(set->models, m);
		if ((gint)i != previous_block + 1)
			group = t;
		g_array_append_val(set->groups, group);
		previous_block = (gint)i;
		t++;
	}
	find_siblings(set);
	find_intros(set);
	return set;
}

void
cf_table_set_free(CfTableSet *set)
{
	if (set == NULL)
		return;
	g_ptr_array_unref(set->models);
	g_array_unref(set->groups);
	g_ptr_array_unref(set->siblings);
	g_ptr_array_unref(set->intros);
	g_free(set);
}

CfTableSet *
cf_check_table_set(CfCheckContext *context)
{
	if (context->table_set == NULL)
		context->table_set = cf_table_set_new(context);
	return context->table_set;
}

const CfTableIntro *
cf_table_set_intro(const CfTableSet *set, guint table)
{
	for (guint i = 0; i < set->intros->len; i++) {
		const CfTableIntro *intro = g_ptr_array_index(set->intros, i);
		if (intro->table == table)
			return intro;
	}
	return NULL;
}

const CfSiblingPair *
cf_table_set_sibling(const CfTableSet *set, guint table)
{
	for (guint i = 0; i < set->siblings->len; i++) {
		const CfSiblingPair *p = g_ptr_array_index(set->siblings, i);
		if (p->a == table || p->b == table)
			return p;
	}
	return NULL;
}

/* ---- terms ---- */

/* The column of @m with meaning @key, when exactly one has it. */
static gint
column_with_key(const CfTableModel *m, const char *key)
{
	gint found = -1;
	for (guint c = 0; c < m->table->n_columns; c++) {
		if (g_strcmp0(m->columns[c].key, key) != 0)
			continue;
		if (found >= 0)
			return -1;
		found = (gint)c;
	}
	return found;
}

/* TRUE when @figure is one way to read the malformed @text: 4,95 → 495 or 4.95. */
static gboolean
is_reading_of(const char *text, CfDecimal figure)
{
	if (text == NULL)
		return FALSE;
	g_autoptr(GString) joined = g_string_new(NULL);
	g_autoptr(GString) pointed = g_string_new(NULL);
	guint separators = 0;
	for (const char *p = text; *p; p++) {
		if (*p == ',') {
			separators++;
			g_string_append_c(pointed, '.');
		} else if (g_ascii_isdigit(*p) || *p == '.') {
			g_string_append_c(joined, *p);
			g_string_append_c(pointed, *p);
		} else {
			return FALSE;
		}
	}
	CfDecimal a;
	if (cf_decimal_parse(joined->str, -1, &a) && cf_decimal_compare(a, figure) == 0)
		return TRUE;
	CfDecimal b;
	return separators == 1 && cf_decimal_parse(pointed->str, -1, &b) &&
	       cf_decimal_compare(b, figure) == 0;
}

/* The sibling cell of (table,row,column): its claim, or NULL. */
static const CfClaim *
sibling_cell(const CfTableSet *set, guint table, guint row, guint column)
{
	const CfTableModel *m = g_ptr_array_index(set->models, table);
	const char *key = m->columns[column].key;
	if (key == NULL)
		return NULL;
	for (guint i = 0; i < set->siblings->len; i++) {
		const CfSiblingPair *p = g_ptr_array_index(set->siblings, i);
		guint other;
		gint other_row = -1;
		if (p->a == table) {
			other = p->b;
			other_row = p->rows_b[row];
		} else if (p->b == table) {
			other = p->a;
			const CfTableModel *ma = g_ptr_array_index(set->models, p->a);
			for (guint r = 0; r < ma->table->rows->len; r++)
				if (p->rows_b[r] == (gint)row)
					other_row = (gint)r;
		} else {
			continue;
		}
		if (other_row < 0)
			continue;
		const CfTableModel *mo = g_ptr_array_index(set->models, other);
		gint oc = column_with_key(mo, key);
		if (oc < 0)
			continue;
		const CfClaim *c = cell_claim(set->context, other, (guint)other_row, (guint)oc);
		if (c && c->kind != CF_CLAIM_MALFORMED)
			return c;
	}
	return NULL;
}

CfTerm *
cf_table_cell_term(const CfTableSet *set, guint table, guint row, guint column,
		   const CfClaim **sibling)
{
	if (sibling)
		*sibling = NULL;
	const CfClaim *c = cell_claim(set->context, table, row, column);
	if (c == NULL)
		return NULL;
	if (c->kind != CF_CLAIM_MALFORMED)
		return cf_check_term(set->context, c);
	const CfClaim *other = sibling_cell(set, table, row, column);
	if (other == NULL || !is_reading_of(c->text, other->stated))
		return NULL;
	/* read the malformed figure as its sibling reads it; the place stays the malformed one */
	CfTerm *resolved = cf_check_term(set->context, other);
	CfTerm *t = cf_term_new_claim_with_interval(c, resolved->interval);
	t->point = resolved->point;
	g_autoptr(GString) label = g_string_new(NULL);
	g_string_append_printf(label, "%s (read as ", c->text);
	cf_decimal_append(other->stated, label);
	g_string_append_printf(label, ", as at line %u)", other->line);
	t->label = g_string_free(g_steal_pointer(&label), FALSE);
	cf_term_free(resolved);
	if (sibling)
		*sibling = other;
	return t;
}

/* ---- the table family ---- */

const char *
cf_table_model_row_label(const CfTableModel *m, guint r, char *fallback, gsize size)
{
	if (m->rows[r].name)
		return m->rows[r].name;
	/* (a table whose first column is a category, 性质类别 | 件数: the category names it) */
	if (m->rows[r].category)
		return m->rows[r].category;
	g_snprintf(fallback, size, "row at line %u", m->rows[r].line);
	return fallback;
}

/* Parts of a whole (其中 cells) are at most that whole: one part as an at-most relation, several
 * as a partial sum (a 其中 list may name only some of the whole).  Takes over @whole and
 * @terms (not empty). */
static void
add_parts_within(CfCheckContext *ctx, CfTerm *whole, GPtrArray *terms, const char *what)
{
	if (terms->len == 1) {
		CfTerm *part = g_ptr_array_steal_index(terms, 0);
		g_ptr_array_unref(terms);
		GPtrArray *one = cf_term_array_new();
		g_ptr_array_add(one, whole);
		cf_check_add_relation(ctx, cf_relation_new(CF_RELATION_AT_MOST, "table-part-exceeds",
							   CF_SEVERITY_ERROR, part, one, what));
		return;
	}
	CfRelation *rel = cf_relation_new(CF_RELATION_SUM, "table-part-exceeds", CF_SEVERITY_ERROR,
					  whole, terms, what);
	rel->partial = TRUE;
	cf_check_add_relation(ctx, rel);
}

/* Adds to @terms the term of cell (@r, @c) when it holds a figure; FALSE when it cannot be
 * read (an unresolved malformed figure). */
static gboolean
add_cell_term(const CfTableSet *set, const CfTableModel *m, guint r, guint c, GPtrArray *terms)
{
	const CfClaim *claim = cell_claim(set->context, m->index, r, c);
	if (claim == NULL)
		return TRUE;
	/* a percentage in a column of money is a cell out of its place (a row cut short):
	 * the column cannot be read */
	if (claim->kind == CF_CLAIM_PERCENT && is_money(m->columns[c].role))
		return FALSE;
	CfTerm *t = cf_table_cell_term(set, m->index, r, c, NULL);
	if (t != NULL)
		g_ptr_array_add(terms, t);
	return t != NULL;
}

/* Terms for @rows of @column; NULL when a cell cannot be read (an unresolved malformed
 * figure), else an array (possibly empty when no row has a figure). */
static GPtrArray *
column_terms(const CfTableSet *set, const CfTableModel *m, GArray *rows, guint column)
{
	GPtrArray *terms = cf_term_array_new();
	for (guint i = 0; i < rows->len; i++) {
		if (!add_cell_term(set, m, g_array_index(rows, guint, i), column, terms)) {
			g_ptr_array_unref(terms);
			return NULL;
		}
	}
	return terms;
}

/* The value of @claim into *@out; FALSE when it has none. */
static gboolean
claim_point(const CfClaim *claim, CfDecimal *out)
{
	if (claim == NULL || !claim->has_value || claim->kind == CF_CLAIM_MALFORMED)
		return FALSE;
	*out = claim->value;
	return TRUE;
}

/* For a 总计 over a 合计 and the rows after it (@covered) that does not add up in @column:
 * the rows after the 合计 may hold a parent with its breakdown beneath (年初财政拨款结转和结
 * 余 15, then 一般公共预算财政拨款 15 and 政府性基金预算财政拨款 0, indented on paper).  When
 * some row is the exact sum of the rows right after it, and leaving those out makes the
 * total exact, the rows covered without them; else NULL. */
static GArray *
without_breakdown(const CfTableSet *set, const CfTableModel *m, GArray *covered, guint column,
		  const CfClaim *total)
{
	CfDecimal stated, sum = cf_decimal_from_int(0);
	guint n = covered->len;
	if (n < 3 || !claim_point(total, &stated))
		return NULL;
	g_autofree CfDecimal *values = g_new0(CfDecimal, n);
	g_autofree gboolean *known = g_new0(gboolean, n);
	for (guint i = 0; i < n; i++) {
		guint r = g_array_index(covered, guint, i);
		const CfClaim *c = cell_claim(set->context, m->index, r, column);
		if (c == NULL)
			continue;
		if (!claim_point(c, &values[i]) || !cf_decimal_add(sum, values[i], &sum))
			return NULL;
		known[i] = TRUE;
	}
	if (cf_decimal_compare(sum, stated) == 0)
		return NULL;
	/* the first covered row is the 合计: a parent is among the rows after it */
	for (guint p = 1; p + 1 < n; p++) {
		if (!known[p])
			continue;
		CfDecimal children = cf_decimal_from_int(0);
		for (guint q = p + 1; q < n; q++) {
			if (known[q] && !cf_decimal_add(children, values[q], &children))
				return NULL;
			if (cf_decimal_compare(children, values[p]) != 0)
				continue;
			CfDecimal rest;
			if (!cf_decimal_add(stated, children, &rest) || cf_decimal_compare(rest, sum) != 0)
				continue;
			GArray *out = g_array_new(FALSE, FALSE, sizeof(guint));
			for (guint i = 0; i < n; i++)
				if (i <= p || i > q)
					g_array_append_val(out, g_array_index(covered, guint, i));
			return out;
		}
	}
	return NULL;
}

/* ---- a hierarchy shown only by indentation ---- */

/* Columns and rows an inferred hierarchy is read over, at most. */
#define FOREST_MAX_COLUMNS 8
#define FOREST_MAX_ROWS 256
/* Steps of the search for one total before it gives up (then the rows are summed flat). */
#define FOREST_MAX_STEPS 20000

typedef struct {
	guint n, k;          /* rows, columns */
	const CfInterval *v; /* n × k: each row's figure per column (zero when blank) */
	gboolean nonnegative;
	gint *up;            /* per row: the row it is read under, or -1 */
	guint steps;
} Forest;

/* What is left to reach after taking @v from [@lo, @hi], per column; FALSE on overflow or
 * when, all figures being ≥ 0, it is overshot. */
static gboolean
forest_take(const Forest *f, const CfInterval *v, const CfDecimal *lo, const CfDecimal *hi,
	    CfDecimal *lo2, CfDecimal *hi2)
{
	for (guint c = 0; c < f->k; c++) {
		if (!cf_decimal_sub(lo[c], v[c].high, &lo2[c]) ||
		    !cf_decimal_sub(hi[c], v[c].low, &hi2[c]))
			return FALSE;
		if (f->nonnegative && cf_decimal_sign(hi2[c]) < 0)
			return FALSE;
	}
	return TRUE;
}

static gboolean
forest_reached(const Forest *f, const CfDecimal *lo, const CfDecimal *hi)
{
	for (guint c = 0; c < f->k; c++)
		if (cf_decimal_sign(lo[c]) > 0 || cf_decimal_sign(hi[c]) < 0)
			return FALSE;
	return TRUE;
}

/* Reads rows from @i on as the level under row @up (-1: the top, which must read every row):
 * each row a leaf, or the sum of a level right under it, until what they add up to falls
 * within [@lo, @hi] per column.  Returns the row after the level, or -1 when no reading fits
 * (or the search ran out of steps). */
static gint
forest_level(Forest *f, guint i, const CfDecimal *lo, const CfDecimal *hi, gint up)
{
	if (up >= 0 && i > (guint)up + 1 && forest_reached(f, lo, hi))
		return (gint)i;
	if (i == f->n)
		return up < 0 && forest_reached(f, lo, hi) ? (gint)f->n : -1;
	if (++f->steps > FOREST_MAX_STEPS)
		return -1;
	const CfInterval *v = f->v + (gsize)i * f->k;
	CfDecimal lo2[FOREST_MAX_COLUMNS], hi2[FOREST_MAX_COLUMNS];
	if (!forest_take(f, v, lo, hi, lo2, hi2))
		return -1;
	/* a parent first: the rows right under it add up to it */
	CfDecimal vlo[FOREST_MAX_COLUMNS], vhi[FOREST_MAX_COLUMNS];
	gboolean zero = TRUE;
	for (guint c = 0; c < f->k; c++) {
		vlo[c] = v[c].low;
		vhi[c] = v[c].high;
		zero = zero && cf_decimal_is_zero(v[c].low) && cf_decimal_is_zero(v[c].high);
	}
	f->up[i] = up;
	if (!zero && i + 1 < f->n) {
		gint end = forest_level(f, i + 1, vlo, vhi, (gint)i);
		if (end > (gint)i + 1) {
			gint rest = forest_level(f, (guint)end, lo2, hi2, up);
			if (rest >= 0)
				return rest;
		}
		f->up[i] = up;
	}
	return forest_level(f, i + 1, lo2, hi2, up);
}

/* For a total (row @r) over uncoded rows (@covered) that do not add up flat: the rows may be a
 * hierarchy shown on paper only by indentation (一般公共服务支出 60 over 政府办公厅事务 35 and
 * 行政运行 25, then 农林水支出 40 over 农业农村 40).  When the rows read, in every summable
 * column at once, as rows each either a leaf or the sum of the rows right under it, with the
 * top ones adding up to the total, and some row has two or more under it (one row under
 * another alone is too weak a sign: 30, 5, 5 under a 合计 of 35 is a total short by a row),
 * the top rows; else NULL. */
static GArray *
inferred_top_rows(const CfTableSet *set, const CfTableModel *m, guint r, GArray *covered)
{
	CfCheckContext *ctx = set->context;
	guint n = covered->len;
	if (m->coded || n < 3 || n > FOREST_MAX_ROWS)
		return NULL;
	guint columns[FOREST_MAX_COLUMNS], k = 0;
	for (guint c = 0; c < m->table->n_columns; c++) {
		if (!is_summable(m->columns[c].role) || cell_claim(ctx, m->index, r, c) == NULL)
			continue;
		if (k == FOREST_MAX_COLUMNS)
			return NULL;
		columns[k++] = c;
	}
	if (k == 0)
		return NULL;
	g_autofree CfInterval *v = g_new0(CfInterval, (gsize)n * k);
	CfDecimal lo[FOREST_MAX_COLUMNS], hi[FOREST_MAX_COLUMNS];
	gboolean flat = TRUE, nonnegative = TRUE;
	for (guint j = 0; j < k; j++) {
		CfTerm *total = cf_table_cell_term(set, m->index, r, columns[j], NULL);
		if (total == NULL || total->interval.low_unbounded || total->interval.high_unbounded) {
			cf_term_free(total);
			return NULL;
		}
		lo[j] = total->interval.low;
		hi[j] = total->interval.high;
		cf_term_free(total);
		CfDecimal sum = cf_decimal_from_int(0);
		CfDecimal stated = cell_claim(ctx, m->index, r, columns[j])->value;
		for (guint i = 0; i < n; i++) {
			guint row = g_array_index(covered, guint, i);
			CfInterval *cell = &v[(gsize)i * k + j];
			*cell = cf_interval_point(cf_decimal_from_int(0));
			if (cell_claim(ctx, m->index, row, columns[j]) == NULL)
				continue;
			CfTerm *t = cf_table_cell_term(set, m->index, row, columns[j], NULL);
			if (t == NULL || t->interval.low_unbounded || t->interval.high_unbounded) {
				cf_term_free(t);
				return NULL;
			}
			*cell = t->interval;
			nonnegative = nonnegative && cf_decimal_sign(t->interval.low) >= 0;
			gboolean ok = cf_decimal_add(sum, t->point, &sum);
			cf_term_free(t);
			if (!ok)
				return NULL;
		}
		flat = flat && cf_decimal_compare(sum, stated) == 0;
	}
	if (flat)
		return NULL;
	g_autofree gint *up = g_new(gint, n);
	Forest f = {n, k, v, nonnegative, up, 0};
	if (forest_level(&f, 0, lo, hi, -1) != (gint)n)
		return NULL;
	g_autofree guint *under = g_new0(guint, n);
	gboolean branching = FALSE;
	for (guint i = 0; i < n; i++)
		if (up[i] >= 0 && ++under[up[i]] >= 2)
			branching = TRUE;
	if (!branching)
		return NULL;
	GArray *top = g_array_new(FALSE, FALSE, sizeof(guint));
	for (guint i = 0; i < n; i++)
		if (up[i] < 0)
			g_array_append_val(top, g_array_index(covered, guint, i));
	return top;
}

/* Row @r of @m is the sum of @covered (not empty) in every summable column: a relation per
 * column, or a finding where @r leaves a column blank while the rows it covers have
 * figures.  @row_name says what @r is ("the 合计 row"), @rows_name what @covered are to it
 * ("it covers").  @over_subtotal: a 总计 over a 合计, whose covered rows may hold a breakdown
 * (without_breakdown()). */
static void
check_sum_columns(CfTableSet *set, const CfTableModel *m, guint r, GArray *covered,
		  gboolean over_subtotal, const char *row_name, const char *rows_name)
{
	CfCheckContext *ctx = set->context;
	gboolean has_figure = FALSE;
	for (guint c = 0; c < m->table->n_columns; c++)
		if (is_summable(m->columns[c].role) && cell_claim(ctx, m->index, r, c))
			has_figure = TRUE;
	for (guint c = 0; c < m->table->n_columns; c++) {
		if (!is_summable(m->columns[c].role))
			continue;
		const CfClaim *total = cell_claim(ctx, m->index, r, c);
		g_autoptr(GArray) pruned =
			over_subtotal ? without_breakdown(set, m, covered, c, total) : NULL;
		g_autoptr(GPtrArray) terms = column_terms(set, m, pruned ? pruned : covered, c);
		if (terms == NULL || terms->len == 0)
			continue;
		if (total == NULL) {
			/* a blank total over figures: only in a row that totals other columns, and
			 * has a cell there (收入总计 | 83593 | 88613, cut short, says nothing of the
			 * columns it lacks) */
			g_autofree char *text = cell_text(ctx, m->table, r, c);
			if (!has_figure || (text && *text) || find_cell(m->table, r, c) == NULL)
				continue;
			CfDecimal sum = cf_decimal_from_int(0), point;
			CfInterval ignored;
			gboolean ok = TRUE;
			for (guint i = 0; i < terms->len && ok; i++)
				ok = cf_term_evaluate(g_ptr_array_index(terms, i), NULL, &point, &ignored) &&
				     cf_decimal_add(sum, point, &sum);
			if (!ok || cf_decimal_is_zero(sum) ||
			    !cf_check_rule_enabled(ctx, "table-total-mismatch"))
				continue;
			const CfTerm *first = g_ptr_array_index(terms, 0);
			const CfCell *cell = find_cell(m->table, r, c);
			const CfRow *row = g_ptr_array_index(m->table->rows, r);
			guint line = cell ? cell->line : row->line, column = 1;
			if (cell)
				cf_document_locate(ctx->document, cell->range.start, &line, &column);
			CfFinding *f = cf_check_new_finding_at(ctx, "table-total-mismatch",
							       CF_SEVERITY_ERROR, line, column, 0);
			g_autoptr(GString) msg = g_string_new(NULL);
			g_string_append_printf(msg, "%s gives no figure for '%s' while the %u %s %s %s ",
					       row_name, cf_table_column_name(m, c), terms->len,
					       terms->len == 1 ? "row" : "rows", rows_name,
					       terms->len == 1 ? "sums to" : "sum to");
			cf_check_append_value(msg, sum, first->claim);
			cf_finding_set_text(f, &f->message, msg->str, (gssize)msg->len);
			g_autoptr(GString) computed = g_string_new(NULL);
			cf_check_append_value(computed, sum, first->claim);
			cf_finding_set_text(f, &f->computed, computed->str, (gssize)computed->len);
			for (guint i = 0; i < terms->len; i++) {
				const CfTerm *t = g_ptr_array_index(terms, i);
				cf_check_add_related_claim(ctx, f, t->claim, NULL);
			}
			continue;
		}
		if (total->kind == CF_CLAIM_MALFORMED)
			continue;
		g_autoptr(GString) rows_covered = g_string_new("the ");
		cf_check_append_uint(rows_covered, terms->len);
		cf_check_append_strings(rows_covered, terms->len == 1 ? " row " : " rows ", rows_name,
					" in column '", cf_table_column_name(m, c), "'", NULL);
		g_autofree char *what = g_string_free(g_steal_pointer(&rows_covered), FALSE);
		CfRelation *rel = cf_relation_new(CF_RELATION_SUM, "table-total-mismatch",
						  CF_SEVERITY_ERROR, cf_check_term(ctx, total),
						  g_steal_pointer(&terms), what);
		rel->note_rounding = TRUE;
		cf_check_add_relation(ctx, rel);
	}
}

static void
check_total_row(CfTableSet *set, const CfTableModel *m, guint r)
{
	if (m->averages)
		return;
	g_autoptr(GArray) covered = cf_table_model_covered_rows(m, r);
	if (covered->len == 0)
		return;
	/* a total above its rows in a table the document's end cut: its last rows are lost */
	if (m->table->cut && g_array_index(covered, guint, covered->len - 1) > r)
		return;
	/* a 其中 breakdown that may go on in unmarked rows: they could be counted twice */
	for (guint i = 0; i < covered->len; i++)
		if (m->rows[g_array_index(covered, guint, i)].open)
			return;
	/* a 总计 over a 合计 and the rows after it (cf_table_model_covered_rows()) */
	gboolean over_subtotal =
		m->rows[r].grand && m->rows[g_array_index(covered, guint, 0)].kind == CF_ROW_TOTAL;
	g_autoptr(GArray) top = over_subtotal ? NULL : inferred_top_rows(set, m, r, covered);
	check_sum_columns(set, m, r, top ? top : covered, over_subtotal,
			  m->rows[r].kind == CF_ROW_SUBTOTAL ? "the 小计 row" : "the 合计 row",
			  "it covers");
}

/* A row with rows under it by subject code (208 over 20805 and 21011) is their sum. */
static void
check_code_rows(CfTableSet *set, const CfTableModel *m)
{
	if (!m->coded)
		return;
	guint n = m->table->rows->len;
	/* the rows under each row, in order: a list through @next from @first */
	g_autofree gint *first = g_new(gint, n), *next = g_new(gint, n);
	for (guint r = 0; r < n; r++)
		first[r] = -1;
	for (guint r = n; r-- > 0;) {
		gint up = m->rows[r].up;
		if (up < 0)
			continue;
		next[r] = first[up];
		first[up] = (gint)r;
	}
	g_autoptr(GArray) under = g_array_new(FALSE, FALSE, sizeof(guint));
	for (guint r = 0; r < n; r++) {
		if (first[r] < 0)
			continue;
		g_array_set_size(under, 0);
		for (gint u = first[r]; u >= 0; u = next[u]) {
			guint row = (guint)u;
			g_array_append_val(under, row);
		}
		char buffer[48];
		g_autofree char *row_name = g_strconcat(
			"row ", cf_table_model_row_label(m, r, buffer, sizeof buffer), NULL);
		check_sum_columns(set, m, r, under, FALSE, row_name, "under it by subject code");
	}
}

/* TRUE when @label says its figures are shares: (%) in it, or 构成, 比重 or 占比
 * in it (农业生产经营人员性别构成(%)). */
static gboolean
names_shares(const char *label)
{
	static const char *const words[] = {"构成", "比重", "占比", "(%)", "（%）", NULL};
	return label && cf_rates_contains_any(label, words);
}

/* Which rows of @m hold shares (a gboolean each, in @shares): their name says so, or the name
 * of the nearest row above with a name and no figure, below the header, does (a section:
 * `…性别构成(%) | | |` over `男性 | 60.3 | 59.0`).  Shares of a column's own population are no
 * parts of the share in another column. */
static void
rows_of_shares(const CfCheckContext *ctx, const CfTableModel *m, gboolean *shares)
{
	gboolean section = FALSE;
	for (guint r = 0; r < m->table->rows->len; r++) {
		shares[r] = section || names_shares(m->rows[r].name);
		if (m->rows[r].kind == CF_ROW_HEADER || m->rows[r].kind == CF_ROW_EMPTY) {
			section = FALSE;
			continue;
		}
		if (m->rows[r].name == NULL)
			continue;
		gboolean figures = FALSE;
		for (guint c = 0; c < m->table->n_columns && !figures; c++)
			figures = cf_check_cell_value(ctx, m->index, r, c) != NULL;
		if (!figures)
			section = names_shares(m->rows[r].name);
	}
}

static void
check_part_columns(CfTableSet *set, const CfTableModel *m)
{
	CfCheckContext *ctx = set->context;
	guint n = m->table->n_columns;
	g_autoptr(GArray) parts = g_array_new(FALSE, FALSE, sizeof(guint));
	g_autofree gboolean *shares = NULL; /* rows_of_shares(), once a column has parts */
	for (guint p = 0; p < n; p++) {
		/* the 其中 columns of parent p */
		g_array_set_size(parts, 0);
		for (guint c = 0; c < n; c++)
			if (m->columns[c].part && m->columns[c].parent == (gint)p)
				g_array_append_val(parts, c);
		if (parts->len == 0)
			continue;
		if (shares == NULL) {
			shares = g_new(gboolean, m->table->rows->len);
			rows_of_shares(ctx, m, shares);
		}
		for (guint r = 0; r < m->table->rows->len; r++) {
			CfRowKind k = m->rows[r].kind;
			if ((k != CF_ROW_ITEM && k != CF_ROW_TOTAL && k != CF_ROW_SUBTOTAL &&
			     k != CF_ROW_DETAIL) ||
			    shares[r])
				continue;
			CfTerm *whole = cf_table_cell_term(set, m->index, r, p, NULL);
			if (whole == NULL)
				continue;
			GPtrArray *terms = cf_term_array_new();
			for (guint i = 0; i < parts->len; i++) {
				guint c = g_array_index(parts, guint, i);
				CfTerm *t = cf_table_cell_term(set, m->index, r, c, NULL);
				if (t)
					g_ptr_array_add(terms, t);
			}
			char buffer[48];
			const char *name = cf_table_model_row_label(m, r, buffer, sizeof buffer);
			if (terms->len == 0) {
				g_ptr_array_unref(terms);
				cf_term_free(whole);
				continue;
			}
			if (terms->len == 1) {
				CfTerm *part = g_ptr_array_steal_index(terms, 0);
				g_autofree char *what = g_strconcat(
					cf_table_column_name(m, part->claim->cell_column), " of ", name, NULL);
				/* a part equal to its whole is the same figure copied: tie them, so that
				 * a suggestion edits both */
				if (part->claim->kind != CF_CLAIM_MALFORMED &&
				    whole->claim->kind != CF_CLAIM_MALFORMED &&
				    cf_decimal_compare(part->claim->value, whole->claim->value) == 0) {
					GPtrArray *one = cf_term_array_new();
					g_ptr_array_add(one, cf_term_new_claim(whole->claim));
					CfRelation *tie = cf_relation_new(CF_RELATION_EQUAL,
									  "table-part-exceeds",
									  CF_SEVERITY_ERROR,
									  cf_term_new_claim(part->claim),
									  one, what);
					tie->tie = TRUE;
					cf_check_add_relation(ctx, tie);
				}
				g_ptr_array_add(terms, part);
				add_parts_within(ctx, whole, terms, what);
				continue;
			}
			g_autofree char *what = g_strconcat("its 其中 columns in row ", name, NULL);
			add_parts_within(ctx, whole, terms, what);
		}
	}
}

/* Whether @label (a column label) ends with the total of its group: "预算数/合计",
 * "…/公务用车购置及运行费/小计", "合计".  @prefix receives the group's label with its '/'
 * ("预算数/"; "" for the top). */
static gboolean
group_total_label(const char *label, gsize *prefix)
{
	const char *slash = strrchr(label, '/');
	const char *tail = slash ? slash + 1 : label;
	*prefix = (gsize)(tail - label);
	return strcmp(tail, "合计") == 0 || strcmp(tail, "小计") == 0;
}

/* The columns a group's total column @t adds up, into @parts: the columns of its group
 * (the labels after its prefix with no further '/'), and of a group within it its total
 * (…/小计), else each of its columns.  FALSE when they are not all money, or fewer than two. */
static gboolean
group_parts(const CfTableModel *m, guint t, GArray *parts)
{
	gsize prefix;
	const char *label = m->columns[t].label;
	if (!group_total_label(label, &prefix))
		return FALSE;
	g_array_set_size(parts, 0);
	for (guint c = 0; c < m->table->n_columns; c++) {
		const CfColumnInfo *info = &m->columns[c];
		if (c == t || info->part || strncmp(info->label, label, prefix) != 0)
			continue;
		if (info->role == CF_COLUMN_TEXT || info->role == CF_COLUMN_OTHER ||
		    info->role == CF_COLUMN_RATE)
			continue;
		if (!is_money(info->role))
			return FALSE;
		const char *rest = info->label + prefix;
		const char *slash = strchr(rest, '/');
		if (slash) {
			/* within a group of the group: its total stands for it, when it has one */
			g_autofree char *inner = g_strndup(info->label, (gsize)(slash - info->label) + 1);
			gboolean has_total = FALSE, is_total = FALSE;
			for (guint k = 0; k < m->table->n_columns; k++) {
				gsize p;
				if (g_str_has_prefix(m->columns[k].label, inner) &&
				    group_total_label(m->columns[k].label, &p) && p == strlen(inner)) {
					has_total = TRUE;
					is_total = is_total || k == c;
				}
			}
			if (has_total && !is_total)
				continue;
		}
		g_array_append_val(parts, c);
	}
	return parts->len >= 2;
}

/* A group's 合计 or 小计 column is the sum of the group's other columns in every row (a 三公经费
 * table: 预算数/合计 = 因公出国（境）费 + 公务用车购置及运行费/小计 + 公务接待费, and that 小计
 * = 公务用车购置费 + 公务用车运行费). */
static void
check_group_columns(CfTableSet *set, const CfTableModel *m)
{
	CfCheckContext *ctx = set->context;
	g_autoptr(GArray) parts = g_array_new(FALSE, FALSE, sizeof(guint));
	for (guint t = 0; t < m->table->n_columns; t++) {
		if (!is_money(m->columns[t].role) || m->columns[t].part || !group_parts(m, t, parts))
			continue;
		for (guint r = 0; r < m->table->rows->len; r++) {
			CfRowKind k = m->rows[r].kind;
			if (k == CF_ROW_HEADER || k == CF_ROW_EMPTY)
				continue;
			const CfClaim *total = cell_claim(ctx, m->index, r, t);
			if (total == NULL || total->kind == CF_CLAIM_MALFORMED)
				continue;
			GPtrArray *terms = cf_term_array_new();
			gboolean readable = TRUE;
			for (guint i = 0; i < parts->len && readable; i++)
				readable = add_cell_term(set, m, r, g_array_index(parts, guint, i), terms);
			if (!readable || terms->len == 0) {
				g_ptr_array_unref(terms);
				continue;
			}
			const CfRowInfo *info = &m->rows[r];
			const char *columns = terms->len == 1 ? "column" : "columns";
			g_autofree char *what =
				info->name ? g_strdup_printf("the %u %s of its group in row %s",
							     terms->len, columns, info->name)
					   : g_strdup_printf("the %u %s of its group in the row at "
							     "line %u",
							     terms->len, columns, info->line);
			CfRelation *rel = cf_relation_new(CF_RELATION_SUM, "table-total-mismatch",
							  CF_SEVERITY_ERROR, cf_check_term(ctx, total),
							  terms, what);
			rel->note_rounding = TRUE;
			cf_check_add_relation(ctx, rel);
		}
	}
}

/* 其中 rows: a detail is at most the row it details (a 其中 list may be partial). */
static void
check_detail_rows(CfTableSet *set, const CfTableModel *m)
{
	CfCheckContext *ctx = set->context;
	guint n = m->table->rows->len;
	g_autoptr(GArray) details = g_array_new(FALSE, FALSE, sizeof(guint));
	for (guint r = 0; r < n; r++) {
		if (m->rows[r].kind == CF_ROW_DETAIL || m->rows[r].kind == CF_ROW_HEADER)
			continue;
		g_array_set_size(details, 0);
		for (guint d = r + 1; d < n && m->rows[d].kind == CF_ROW_DETAIL; d++)
			if (m->rows[d].parent == (gint)r)
				g_array_append_val(details, d);
		if (details->len == 0)
			continue;
		char buffer[48];
		const char *name = cf_table_model_row_label(m, r, buffer, sizeof buffer);
		for (guint c = 0; c < m->table->n_columns; c++) {
			if (!is_summable(m->columns[c].role))
				continue;
			CfTerm *whole = cf_table_cell_term(set, m->index, r, c, NULL);
			if (whole == NULL)
				continue;
			GPtrArray *terms = column_terms(set, m, details, c);
			if (terms == NULL || terms->len == 0) {
				if (terms)
					g_ptr_array_unref(terms);
				cf_term_free(whole);
				continue;
			}
			g_autofree char *what = g_strconcat("the 其中 rows of ", name, " in column '",
							    cf_table_column_name(m, c), "'", NULL);
			add_parts_within(ctx, whole, terms, what);
		}
	}
}

gboolean
cf_table_column_is_execution_rate(const CfColumnInfo *info)
{
	return info->role == CF_COLUMN_RATE && strstr(info->label, "执行率") != NULL;
}

/* TRUE when the rate @rate of row @r, column @c, is a bare number while a cell of another
 * column of the row is written with %: the row's cells are out of their columns (| 387664.62 |
 * 387664.62 | 10 | 100% | 10 | under 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分, one cell
 * missing before them). */
static gboolean
rate_row_shifted(const CfCheckContext *ctx, const CfTableModel *m, guint r, guint c,
		 const CfClaim *rate)
{
	if (rate->text == NULL || strchr(rate->text, '%') != NULL)
		return FALSE;
	for (guint k = 0; k < m->table->n_columns; k++) {
		if (k == c || m->columns[k].role == CF_COLUMN_RATE)
			continue;
		const CfClaim *other = cell_claim(ctx, m->index, r, k);
		if (other && other->kind == CF_CLAIM_PERCENT && other->text &&
		    strchr(other->text, '%') != NULL)
			return TRUE;
	}
	return FALSE;
}

/* 执行率 = 执行数 / 预算数 (the full-year budget when the table has both). */
static void
check_execution_rate(CfTableSet *set, const CfTableModel *m)
{
	CfCheckContext *ctx = set->context;
	gint spent = cf_table_model_find_column(m, CF_COLUMN_SPENDING);
	gint budget = cf_table_model_find_column(m, CF_COLUMN_BUDGET);
	if (spent < 0 || budget < 0)
		return;
	for (guint c = 0; c < m->table->n_columns; c++) {
		if (!cf_table_column_is_execution_rate(&m->columns[c]))
			continue;
		for (guint r = 0; r < m->table->rows->len; r++) {
			CfRowKind k = m->rows[r].kind;
			if (k == CF_ROW_HEADER || k == CF_ROW_EMPTY)
				continue;
			const CfClaim *rate = cell_claim(ctx, m->index, r, c);
			if (rate == NULL || rate->kind != CF_CLAIM_PERCENT ||
			    rate_row_shifted(ctx, m, r, c, rate))
				continue;
			CfTerm *a = cf_table_cell_term(set, m->index, r, (guint)spent, NULL);
			CfTerm *b = cf_table_cell_term(set, m->index, r, (guint)budget, NULL);
			if (a == NULL || b == NULL || cf_decimal_sign(b->point) <= 0) {
				cf_term_free(a);
				cf_term_free(b);
				continue;
			}
			GPtrArray *terms = cf_term_array_new();
			g_ptr_array_add(terms, a);
			g_ptr_array_add(terms, b);
			char buffer[48];
			g_autofree char *what = g_strconcat(
				"执行率 of ", cf_table_model_row_label(m, r, buffer, sizeof buffer),
				NULL);
			CfRelation *rel = cf_relation_new(CF_RELATION_RATIO, "execution-rate-mismatch",
							  CF_SEVERITY_ERROR, cf_check_term(ctx, rate),
							  terms, what);
			rel->ratio_exponent = 2;
			cf_check_add_relation(ctx, rel);
		}
	}
}

/* Reports column @c of the share rows @rows when they add up to more than 100 at every
 * rounding of the stated figures. */
static void
check_share_column(CfCheckContext *ctx, const CfTableModel *m, GArray *rows, guint c,
		   const char *section)
{
	const CfDecimal hundred = cf_decimal_from_int(100);
	CfDecimal low = cf_decimal_from_int(0), point = cf_decimal_from_int(0);
	g_autoptr(GPtrArray) shares = g_ptr_array_new();
	for (guint i = 0; i < rows->len; i++) {
		const CfClaim *v =
			cf_check_cell_value(ctx, m->index, g_array_index(rows, guint, i), c);
		if (v == NULL)
			continue;
		if (!v->has_value || v->interval.low_unbounded ||
		    cf_decimal_compare(v->interval.low, hundred) > 0 ||
		    !cf_decimal_add(low, v->interval.low, &low) ||
		    !cf_decimal_add(point, v->value, &point))
			return;
		g_ptr_array_add(shares, (gpointer)v);
	}
	if (shares->len < 2 || cf_decimal_compare(low, hundred) <= 0)
		return;
	g_autofree char *object =
		g_strconcat("of ", section, " in column '", cf_table_column_name(m, c), "'", NULL);
	cf_check_report_shares_exceed(ctx, shares, object, point, "");
}

/* The rows under a row that names a composition and has no figure (农业生产经营人员受教育
 * 程度构成 over 未上过学, 小学, 初中 …, each a share in each column): in each column their
 * shares are of one whole, and add up to 100 at most.  Rows under a 其中, and total rows,
 * are none of them. */
static void
check_share_sections(CfTableSet *set, const CfTableModel *m)
{
	CfCheckContext *ctx = set->context;
	guint n = m->table->rows->len;
	g_autoptr(GArray) rows = g_array_new(FALSE, FALSE, sizeof(guint));
	for (guint r = 0; r < n; r++) {
		const CfRowInfo *info = &m->rows[r];
		if (info->kind != CF_ROW_ITEM || info->name == NULL ||
		    !(g_str_has_suffix(info->name, "构成") ||
		      g_str_has_suffix(info->name, "构成(%)") ||
		      g_str_has_suffix(info->name, "构成（%）")) ||
		    row_has_number(ctx, m, r))
			continue;
		g_array_set_size(rows, 0);
		guint next = r + 1;
		for (; next < n; next++) {
			const CfRowInfo *under = &m->rows[next];
			if (under->kind == CF_ROW_DETAIL || under->kind == CF_ROW_EMPTY ||
			    under->kind == CF_ROW_TOTAL || under->kind == CF_ROW_SUBTOTAL)
				continue;
			if (under->kind != CF_ROW_ITEM || under->up >= 0 ||
			    !row_has_number(ctx, m, next))
				break;
			g_array_append_val(rows, next);
		}
		for (guint c = 0; rows->len >= 2 && c < m->table->n_columns; c++)
			if ((gint)c != m->name_column)
				check_share_column(ctx, m, rows, c, info->name);
		r = next - 1;
	}
}

/* TRUE when column @c of @m holds shares of a whole: its header says 比重, 占比, 构成,
 * 百分比 or 比例, and no rate or progress (增长率, 执行进度, 完成比例). */
static gboolean
is_share_column(const CfTableModel *m, guint c)
{
	static const char *const shares[] = {"比重", "占比", "构成", "百分比", NULL};
	static const char *const rates[] = {"率",   "增",   "减",   "比上年", "同比",
					    "进度", "完成", "执行", "支出",   NULL};
	const char *label = m->columns[c].label;
	if (label == NULL || cf_rates_contains_any(label, rates))
		return FALSE;
	/* 比例 alone or of a whole (占总数比例%), not a ratio of the row's own figures
	 * (回生源地就业比例) */
	return cf_rates_contains_any(label, shares) ||
	       (strstr(label, "比例") &&
		(strstr(label, "占") || g_str_has_prefix(cf_table_column_name(m, c), "比例")));
}

/* The share in row @r, column @c: a percentage, or a bare number, stated; NULL else. */
static const CfClaim *
share_cell(const CfCheckContext *ctx, const CfTableModel *m, guint r, guint c)
{
	const CfClaim *v = cf_check_cell_value(ctx, m->index, r, c);
	if (v == NULL || !v->has_value ||
	    (v->kind != CF_CLAIM_PERCENT && v->kind != CF_CLAIM_NUMBER))
		return NULL;
	return v;
}

/* TRUE when row @r holds 100 in share column @c: the whole of the shares near it. */
static gboolean
is_whole_row(const CfCheckContext *ctx, const CfTableModel *m, guint r, guint c)
{
	const CfClaim *v = share_cell(ctx, m, r, c);
	return v && cf_decimal_compare(cf_decimal_trim(v->stated), cf_decimal_from_int(100)) == 0;
}

/* The term of the figure in row @r, column @c: a whole count is exact (19件 is no 18.5). */
static CfTerm *
share_figure_term(CfTableSet *set, const CfTableModel *m, guint r, guint c)
{
	const CfClaim *v = cell_claim(set->context, m->index, r, c);
	if (v && v->kind == CF_CLAIM_COUNT && v->has_value && v->stated.scale == 0 &&
	    v->qualifier == CF_QUALIFIER_NONE)
		return cf_term_new_claim_with_interval(v, cf_interval_point(v->value));
	return cf_table_cell_term(set, m->index, r, c, NULL);
}

/* A column of shares beside a column of figures (单位数(个) | 比重(%); 件数 | 百分比(%)): each
 * row's share is its figure over the figure of the row whose share is 100 — the nearest
 * such row above it (一、法人单位 | 3403 | 100.0 over 企业法人 | 2833 | 83.2), else below it
 * (合计 | 166 | 100 under the rows). */
static void
check_share_columns(CfTableSet *set, const CfTableModel *m)
{
	CfCheckContext *ctx = set->context;
	guint n = m->table->rows->len;
	g_autoptr(GArray) wholes = g_array_new(FALSE, FALSE, sizeof(guint));
	for (guint c = 1; c < m->table->n_columns; c++) {
		CfColumnRole figures = m->columns[c - 1].role;
		if (!is_share_column(m, c) || is_share_column(m, c - 1) ||
		    !(is_summable(figures) || figures == CF_COLUMN_OTHER))
			continue;
		/* the rows whose share is 100, in order */
		g_array_set_size(wholes, 0);
		for (guint r = 0; r < n; r++)
			if (is_whole_row(ctx, m, r, c))
				g_array_append_val(wholes, r);
		if (wholes->len == 0)
			continue;
		guint after = 0; /* wholes before it: [0, after) are at or above row r */
		for (guint r = 0; r < n; r++) {
			while (after < wholes->len && g_array_index(wholes, guint, after) <= r)
				after++;
			guint whole = g_array_index(wholes, guint, after > 0 ? after - 1 : 0);
			CfRowKind k = m->rows[r].kind;
			const CfClaim *share = share_cell(ctx, m, r, c);
			if ((k != CF_ROW_ITEM && k != CF_ROW_DETAIL) || whole == r || share == NULL)
				continue;
			CfTerm *part = share_figure_term(set, m, r, c - 1);
			CfTerm *base = share_figure_term(set, m, whole, c - 1);
			/* (a part above its whole: the 100 is no whole of it) */
			if (part == NULL || base == NULL || cf_decimal_sign(base->point) <= 0 ||
			    cf_decimal_compare(part->point, base->point) > 0) {
				cf_term_free(part);
				cf_term_free(base);
				continue;
			}
			GPtrArray *terms = cf_term_array_new();
			g_ptr_array_add(terms, part);
			g_ptr_array_add(terms, base);
			char buffer[48], whole_buffer[48];
			const char *whole_name =
				m->rows[whole].kind == CF_ROW_TOTAL && m->rows[whole].name == NULL
					? "the total row"
					: cf_table_model_row_label(m, (guint)whole, whole_buffer,
								   sizeof whole_buffer);
			g_autofree char *what =
				g_strconcat(cf_table_column_name(m, c), " of ",
					    cf_table_model_row_label(m, r, buffer, sizeof buffer),
					    " in ", whole_name, NULL);
			CfRelation *rel = cf_relation_new(CF_RELATION_RATIO, "percent-mismatch",
							  CF_SEVERITY_ERROR,
							  cf_check_term(ctx, share), terms, what);
			rel->ratio_exponent = 2;
			cf_check_add_relation(ctx, rel);
		}
	}
}

static void
run(CfCheckContext *ctx)
{
	if (ctx->tables->len == 0)
		return;
	CfTableSet *set = cf_check_table_set(ctx);
	for (guint t = 0; t < set->models->len; t++) {
		const CfTableModel *m = g_ptr_array_index(set->models, t);
		for (guint r = 0; r < m->table->rows->len; r++)
			if (m->rows[r].kind == CF_ROW_TOTAL || m->rows[r].kind == CF_ROW_SUBTOTAL)
				check_total_row(set, m, r);
		check_code_rows(set, m);
		check_group_columns(set, m);
		check_part_columns(set, m);
		check_detail_rows(set, m);
		check_execution_rate(set, m);
		check_share_sections(set, m);
		check_share_columns(set, m);
	}
}

const CfCheckFamily cf_check_family_table = {"table", run};
