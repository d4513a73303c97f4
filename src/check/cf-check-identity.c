/* Family: identity.  The domain identities of patterns/identities.ini (基本支出 = 人员经费 +
 * 公用经费, 执行率 = 执行数 / 全年预算数 …) applied wherever their labelled figures occur in one
 * report, however far apart.  The identities are data: a user adds one by editing the file.
 *
 * Figures are matched by label within one context: the prose of one year and one funding
 * source (the year named in the sentence, else the report's; 上年 words make it the year
 * before; the source one of patterns/identities.ini's [scopes] that the label starts with —
 * 一般公共预算财政拨款基本支出 is 基本支出 of that source — else the one the section's heading
 * names: a 决算说明's 基本支出 of all funds in 三、支出决算情况说明 is not the sum of 人员经费 and
 * 公用经费 under 六、一般公共预算财政拨款基本支出决算情况说明), one column of a table
 * (its row items are the labels), or one row of a table (its column headers are the labels).
 * Only money, percentages and quantities that add up take part (a sum's figures all of one
 * measure: 水资源总量 in 亿立方米 with its parts).  When a label occurs in one context with several
 * different values the identity is not applied there (no guessing), and an identity whose
 * figures another family already relates (a 其中 list) adds nothing. */
#include "check/cf-check-prose.h"
#include "check/cf-check-rates.h"
#include "check/cf-check-table.h"

#include <stdlib.h>
#include <string.h>

/* Labels longer than this name a sentence, not an item. */
#define MAX_LABEL_CHARS 40
/* A context holds this many figures per term at most: more is a list, not an item. */
#define MAX_TERM_CLAIMS 64

static const char *const last_year_words[] = {"上年", "去年", "上一年", NULL};
static const char *const change_words[] = {"增加", "减少", "增长", "下降", "比上年", "较上年",
					   "同比", "上升", "降低", "大于", "小于", "超出", "超过",
					   NULL};

/* TRUE when year @claim opens a date the figures after it are counted up to (截至2022年10月
 * 中旬, 截止2023年6月底): the day the status is taken, not the year they are of. */
static gboolean
is_status_date(const CfCheckContext *ctx, const CfClaim *claim)
{
	if (claim->label == NULL ||
	    !(g_str_has_suffix(claim->label, "截至") || g_str_has_suffix(claim->label, "截止") ||
	      g_str_has_suffix(claim->label, "截止到")))
		return FALSE;
	const char *norm = ctx->document->norm;
	gsize p = claim->range.end, end = ctx->document->norm_length, digits = p;
	while (digits < end && g_ascii_isdigit(norm[digits]))
		digits++;
	return digits > p && digits - p <= 2 && end - digits >= strlen("月") &&
	       memcmp(norm + digits, "月", strlen("月")) == 0;
}

/* The year @claim states, when it is a whole year (2022年) and no status date, else @year. */
static int
year_after(const CfCheckContext *ctx, int year, const CfClaim *claim)
{
	if (claim->kind != CF_CLAIM_YEAR || !claim->has_value || is_status_date(ctx, claim))
		return year;
	CfDecimal v = cf_decimal_trim(claim->value);
	return v.scale == 0 ? (int)v.mantissa : year;
}

/* The year a prose figure is about: @year, the last year its sentence names before it (else
 * the report's), unless @words, the words of its clause before it (from the figure before it,
 * cf_rates_text_before() with @clause), say last year. */
static int
prose_year(int year, const char *words)
{
	if (cf_rates_contains_any(words, last_year_words))
		year = year > 0 ? year - 1 : -1;
	return year;
}

/* A context: the prose of one year, one column of a table or one row of a table. */
typedef enum {
	CONTEXT_PROSE,
	CONTEXT_COLUMN,
	CONTEXT_ROW,
} ContextKind;

/* A context's key: its kind in the top two bits, then for prose the year (all 32 bits of
 * it), for a table its index and the column's or row's, 31 bits each (both are gint and not
 * negative).  One number, not a printed string: there is one key per figure. */
static guint64
context_key(ContextKind kind, int a, int b)
{
	guint64 key = (guint64)kind << 62;
	if (kind == CONTEXT_PROSE)
		return key | (guint64)(guint32)b << 32 | (guint32)a;
	g_assert(a >= 0 && b >= 0);
	return key | (guint64)(guint32)a << 31 | (guint32)b;
}

typedef struct {
	guint64 key;          /* context_key() */
	GPtrArray *terms[];   /* per identity, per term (result first): GPtrArray* of CfClaim* */
} Context;

typedef struct {
	GPtrArray *identities; /* CfIdentity* (borrowed) */
	guint *offsets;        /* first term slot of each identity */
	guint n_slots;
	gboolean *percent_slot; /* per slot: a ratio's result or a term of a sum of rates, which
				 * take percentages only */
	GHashTable *contexts;  /* &Context.key → Context* */
	GPtrArray *order;      /* Context*, in order of creation */
	GHashTable *matches;   /* label → LabelMatches (borrowed from this thread's memo) */
	GPtrArray *slots;      /* every context's term arrays, for slot_arrays_give() */
	GPtrArray *spare_slots; /* emptied term arrays to use again (this thread's memo's) */
} Index;

static const CfIdentityTerm *
slot_term(const Index *index, guint identity, guint term)
{
	const CfIdentity *id = g_ptr_array_index(index->identities, identity);
	return term == 0 ? &id->result : g_ptr_array_index(id->parts, term - 1);
}

static guint
term_count(const Index *index, guint identity)
{
	const CfIdentity *id = g_ptr_array_index(index->identities, identity);
	return 1 + id->parts->len;
}

/* What the memo knows of one label: per term slot whether its pattern matches, then the
 * kinds of figure (MATCHES_*) some slot can take it for. */
typedef guint8 LabelMatches;

enum {
	MATCHES_MONEY = 1 << 0,   /* some term other than a ratio's result matches */
	MATCHES_PERCENT = 1 << 1, /* some ratio's result matches */
};

/* Labels one thread remembers at most; then it starts over.  A batch repeats its labels in
 * every document, and whether a pattern matches is a function of the label alone. */
#define LABEL_MEMO_MAX_LABELS 65536

/* Emptied term arrays one thread keeps at most for its next documents. */
#define SPARE_SLOT_ARRAYS_MAX 1024

typedef struct {
	const CfIdentities *identities; /* what the entries were computed for */
	GHashTable *matches;            /* label → LabelMatches[n_slots + 1] */
	GPtrArray *spare_slots;         /* emptied GPtrArray* of CfClaim* (borrowed claims) */
} LabelMemo;

static void
label_memo_free(gpointer data)
{
	LabelMemo *memo = data;
	g_clear_pointer(&memo->matches, g_hash_table_unref);
	g_clear_pointer(&memo->spare_slots, g_ptr_array_unref);
	g_free(memo);
}

/* This thread's memo for @identities, emptied when it was for other identities or is full. */
static LabelMemo *
label_memo(const CfIdentities *identities)
{
	static GPrivate key = G_PRIVATE_INIT(label_memo_free);
	LabelMemo *memo = g_private_get(&key);
	if (memo == NULL) {
		memo = g_new0(LabelMemo, 1);
		memo->matches = g_hash_table_new_full(cf_hash_str, g_str_equal, g_free, g_free);
		memo->spare_slots = g_ptr_array_new_with_free_func((GDestroyNotify)g_ptr_array_unref);
		g_private_set(&key, memo);
	}
	if (memo->identities != identities ||
	    g_hash_table_size(memo->matches) >= LABEL_MEMO_MAX_LABELS) {
		g_hash_table_remove_all(memo->matches);
		memo->identities = identities;
	}
	return memo;
}

/* Whether each term's pattern matches @label, computed once per label and thread. */
static const LabelMatches *
label_matches(const Index *index, const char *label)
{
	LabelMatches *matches = g_hash_table_lookup(index->matches, label);
	if (matches)
		return matches;
	matches = g_new0(LabelMatches, index->n_slots + 1);
	if (g_utf8_strlen(label, -1) <= MAX_LABEL_CHARS) {
		gboolean valid_utf8 = g_utf8_validate(label, -1, NULL);
		for (guint i = 0; i < index->identities->len; i++) {
			for (guint t = 0; t < term_count(index, i); t++) {
				guint slot = index->offsets[i] + t;
				matches[slot] = cf_identity_term_matches(slot_term(index, i, t), label,
									 valid_utf8);
				if (matches[slot])
					matches[index->n_slots] |= index->percent_slot[slot] ?
									   MATCHES_PERCENT :
									   MATCHES_MONEY;
			}
		}
	}
	g_hash_table_insert(index->matches, g_strdup(label), matches);
	return matches;
}

/* What the terms make of @label for @claim: NULL when no term can take it (then index_add()
 * would add nothing), else label_matches() (looked up once per figure and label). */
/* label_matches() of @label, or NULL for no label. */
static const LabelMatches *
label_entry(const Index *index, const char *label)
{
	return label == NULL || *label == '\0' ? NULL : label_matches(index, label);
}

/* @matches (a label_entry()) when some term can take @claim under it, else NULL. */
static const LabelMatches *
label_takes(const Index *index, const LabelMatches *matches, const CfClaim *claim)
{
	if (matches == NULL || !(matches[index->n_slots] & (claim->kind == CF_CLAIM_PERCENT
								    ? MATCHES_PERCENT
								    : MATCHES_MONEY)))
		return NULL;
	return matches;
}

static const LabelMatches *
label_may_match(const Index *index, const char *label, const CfClaim *claim)
{
	return label_takes(index, label_entry(index, label), claim);
}

/* Adds @claim to the terms of context @key whose patterns match its label (@matches: what
 * label_may_match() gave). */
static void
index_add(Index *index, guint64 key, const LabelMatches *matches,
	  const CfClaim *claim)
{
	gboolean percent = claim->kind == CF_CLAIM_PERCENT;
	Context *c = NULL;
	for (guint slot = 0; slot < index->n_slots; slot++) {
		if (!matches[slot] || index->percent_slot[slot] != percent)
			continue;
		if (c == NULL)
			c = g_hash_table_lookup(index->contexts, &key);
		if (c == NULL) {
			c = g_malloc0(sizeof(Context) + index->n_slots * sizeof(GPtrArray *));
			c->key = key;
			g_hash_table_insert(index->contexts, &c->key, c);
			g_ptr_array_add(index->order, c);
		}
		if (c->terms[slot] == NULL) {
			c->terms[slot] = index->spare_slots->len
						 ? g_ptr_array_steal_index_fast(index->spare_slots,
										index->spare_slots->len - 1)
						 : g_ptr_array_new();
			g_ptr_array_add(index->slots, c->terms[slot]);
		}
		if (c->terms[slot]->len < MAX_TERM_CLAIMS)
			g_ptr_array_add(c->terms[slot], (gpointer)claim);
	}
}

/* Empties the term arrays of @index's contexts into its spares, while there is room. */
static void
slot_arrays_give(Index *index)
{
	for (guint i = 0; i < index->slots->len; i++) {
		GPtrArray *terms = index->slots->pdata[i];
		if (index->spare_slots->len < SPARE_SLOT_ARRAYS_MAX) {
			g_ptr_array_set_size(terms, 0);
			g_ptr_array_add(index->spare_slots, terms);
		} else {
			g_ptr_array_unref(terms);
		}
	}
	g_ptr_array_unref(index->slots);
}

/* TRUE when @c can be an identity's figure: money, a percentage, a count (问题82个) or a
 * quantity that adds up (水资源总量 in 亿立方米). */
static gboolean
takes_part(const CfClaim *c)
{
	return c->has_value && (c->kind == CF_CLAIM_AMOUNT || c->kind == CF_CLAIM_PERCENT ||
				c->kind == CF_CLAIM_COUNT || cf_claim_is_additive_quantity(c));
}

/* The one value of a term's claims: the first claim when all agree, NULL when they differ. */
static const CfClaim *
single_value(GPtrArray *claims, gboolean *ambiguous)
{
	*ambiguous = FALSE;
	if (claims == NULL || claims->len == 0)
		return NULL;
	const CfClaim *first = g_ptr_array_index(claims, 0);
	for (guint i = 1; i < claims->len; i++) {
		const CfClaim *c = g_ptr_array_index(claims, i);
		if (cf_decimal_compare(c->value, first->value) != 0) {
			*ambiguous = TRUE;
			return NULL;
		}
	}
	return first;
}

/* The relations of the families that ran before identity, by claim: built on first use,
 * since most documents apply no identity at all. */
typedef struct {
	const CfClaim *claim;
	const CfRelation *relation;
} ClaimRelation;

typedef struct {
	guint n_relations;   /* the relations to index: those before the identity family ran */
	GArray *pairs;       /* ClaimRelation of each relation's result claims, sorted by claim
	                      * (one sorted array, not a list per claim); NULL until needed */
	GPtrArray *scratch;  /* claims of one relation, reused */
	GPtrArray *parts;    /* apply()'s figures of one identity's parts, reused */
} ByClaim;

static gint
claim_relation_compare(gconstpointer a, gconstpointer b)
{
	guintptr x = (guintptr)((const ClaimRelation *)a)->claim;
	guintptr y = (guintptr)((const ClaimRelation *)b)->claim;
	return x < y ? -1 : x > y;
}

static GPtrArray *
relation_claims(ByClaim *by_claim, const CfRelation *r, gboolean with_terms)
{
	if (by_claim->scratch == NULL)
		by_claim->scratch = g_ptr_array_new();
	g_ptr_array_set_size(by_claim->scratch, 0);
	cf_term_collect_claims(r->result, by_claim->scratch);
	for (guint k = 0; with_terms && k < r->terms->len; k++)
		cf_term_collect_claims(g_ptr_array_index(r->terms, k), by_claim->scratch);
	return by_claim->scratch;
}

/* The relations whose result holds @claim: pairs [*@first, return value) of by_claim->pairs. */
static guint
relations_of(CfCheckContext *ctx, ByClaim *by_claim, const CfClaim *claim, guint *first)
{
	if (by_claim->pairs == NULL) {
		by_claim->pairs = g_array_new(FALSE, FALSE, sizeof(ClaimRelation));
		for (guint i = 0; i < by_claim->n_relations; i++) {
			const CfRelation *r = g_ptr_array_index(ctx->relations, i);
			GPtrArray *claims = relation_claims(by_claim, r, FALSE);
			for (guint k = 0; k < claims->len; k++) {
				ClaimRelation pair = {claims->pdata[k], r};
				g_array_append_val(by_claim->pairs, pair);
			}
		}
		if (by_claim->pairs->len > 1) /* qsort() wants a non-NULL base even for none */
			qsort(by_claim->pairs->data, by_claim->pairs->len, sizeof(ClaimRelation),
			      claim_relation_compare);
	}
	const ClaimRelation *pairs = (const ClaimRelation *)(gpointer)by_claim->pairs->data;
	guint lo = 0, hi = by_claim->pairs->len;
	while (lo < hi) {
		guint mid = lo + (hi - lo) / 2;
		if ((guintptr)pairs[mid].claim < (guintptr)claim)
			lo = mid + 1;
		else
			hi = mid;
	}
	*first = lo;
	guint end = lo;
	while (end < by_claim->pairs->len && pairs[end].claim == claim)
		end++;
	return end;
}

static void
by_claim_clear(ByClaim *by_claim)
{
	g_clear_pointer(&by_claim->pairs, g_array_unref);
	g_clear_pointer(&by_claim->scratch, g_ptr_array_unref);
	g_clear_pointer(&by_claim->parts, g_ptr_array_unref);
}

/* TRUE when a relation already added relates @result to every claim of @parts as a whole
 * (a partial 其中 list does not count: the identity says the parts are complete). */
static gboolean
already_related(CfCheckContext *ctx, ByClaim *by_claim, const CfClaim *result, GPtrArray *parts)
{
	guint first;
	guint end = relations_of(ctx, by_claim, result, &first);
	for (guint i = first; i < end; i++) {
		const CfRelation *r = g_array_index(by_claim->pairs, ClaimRelation, i).relation;
		if (r->partial)
			continue;
		GPtrArray *claims = relation_claims(by_claim, r, TRUE);
		if (!g_ptr_array_find(claims, result, NULL))
			continue;
		gboolean all = TRUE;
		for (guint k = 0; k < parts->len && all; k++)
			all = g_ptr_array_find(claims, g_ptr_array_index(parts, k), NULL);
		if (all)
			return TRUE;
	}
	return FALSE;
}

/* TRUE when the restated family already relates @c to a figure stated before it (the same
 * label, or the same label in a section of the same funding source). */
static gboolean
restated_already(const CfCheckContext *ctx, const CfClaim *c)
{
	for (guint i = 0; i < ctx->relations->len; i++) {
		const CfRelation *r = g_ptr_array_index(ctx->relations, i);
		if (r->result->kind == CF_TERM_CLAIM && r->result->claim == c &&
		    strcmp(r->rule, "restated-mismatch") == 0)
			return TRUE;
	}
	return FALSE;
}

/* TRUE when @a and @b are parts of breakdowns of two wholes (机构运行 and 住房公积金, each
 * 其中基本支出…): two quantities of one name.  (A part and a figure stated on its own may be
 * one: 支出3027.51万元，其中基本支出1589.25万元 and, in its own section, 基本支出1589.25万元.) */
static gboolean
other_breakdowns(CfCheckContext *ctx, const CfClaim *a, const CfClaim *b)
{
	const char *wa, *wb;
	return cf_rates_breakdown_part(ctx, a, &wa) && cf_rates_breakdown_part(ctx, b, &wb) && wa &&
	       wb && strcmp(wa, wb) != 0;
}

/* The amount right before prose figure @c in its paragraph, or NULL. */
static const CfClaim *
amount_before(const CfCheckContext *ctx, const CfClaim *c)
{
	guint i = cf_check_claim_index(ctx, c);
	if (i == G_MAXUINT || i == 0)
		return NULL;
	const CfClaim *b = g_ptr_array_index(ctx->claims, i - 1);
	return b->kind == CF_CLAIM_AMOUNT && b->table < 0 && cf_rates_same_line(ctx, b, c) ? b
											   : NULL;
}

/* TRUE when @a and @b each come right after a figure of its own subject (全省一般公共预算总收入
 * 10144.98亿元，总支出9737.83亿元 and 省级一般公共预算总收入3624.70亿元，总支出3568.62亿元): a
 * label said of the subject the figure before it names. */
static gboolean
after_other_subjects(const CfCheckContext *ctx, const CfClaim *a, const CfClaim *b)
{
	const CfClaim *pa = amount_before(ctx, a), *pb = amount_before(ctx, b);
	return pa && pb && pa != pb && pa->label && pb->label &&
	       cf_check_labels_of_other_subjects(pa->label, pb->label);
}

/* One identity term written with two different values in one prose context (one year) is
 * a contradiction of its own: the same quantity stated twice.  Each later value is related
 * to the first. */
static void
report_restated(CfCheckContext *ctx, const Context *context, GPtrArray *claims)
{
	if (context->key >> 62 != CONTEXT_PROSE || claims == NULL || claims->len < 2)
		return;
	const CfClaim *first = g_ptr_array_index(claims, 0);
	for (guint i = 1; i < claims->len; i++) {
		const CfClaim *c = g_ptr_array_index(claims, i);
		/* (two labels one term matches may be two figures: 实际支出24.98亿元 and, after 加上
		 * 上解支出…, 支出合计31.16亿元) */
		/* (one label twice in a sentence, its clauses joined by ；, is said of the subject
		 * each clause names: 全省一般公共预算总收入…，总支出…；省级一般公共预算总收入…，
		 * 总支出…) */
		if (cf_decimal_compare(c->value, first->value) == 0 ||
		    !cf_rates_same_measure(c, first) || restated_already(ctx, c) ||
		    other_breakdowns(ctx, first, c) || g_strcmp0(c->label, first->label) != 0 ||
		    c->sentence == first->sentence || cf_rates_of_other_budgets(ctx, first, c) ||
		    after_other_subjects(ctx, first, c))
			continue;
		GPtrArray *terms = cf_term_array_new();
		g_ptr_array_add(terms, cf_term_new_claim(first));
		g_autofree char *what = g_strdup_printf("%s, stated twice for the same year",
							first->label ? first->label : "the same quantity");
		cf_check_add_relation(ctx, cf_relation_new(CF_RELATION_EQUAL, "restated-mismatch",
							   CF_SEVERITY_ERROR, cf_term_new_claim(c),
							   terms, what));
	}
}

/* The last part of a joined column header, what a row context's figures are labelled by
 * ("收入/决算数" → "决算数"). */
static const char *
header_word(const char *label)
{
	const char *last = strrchr(label, '/');
	return last ? last + 1 : label;
}

/* In a row context, the header of the column whose cell of that row term @slot takes and
 * which is blank there (a table's zero), else NULL: a required part then counts as zero. */
static const char *
blank_column_of(CfCheckContext *ctx, const Index *index, const Context *context, guint slot)
{
	if (context->key >> 62 != CONTEXT_ROW)
		return NULL;
	guint table_index = (guint)(context->key >> 31 & 0x7FFFFFFF);
	guint row_index = (guint)(context->key & 0x7FFFFFFF);
	const CfTable *table = g_ptr_array_index(ctx->tables, table_index);
	const CfRow *row = g_ptr_array_index(table->rows, row_index);
	const char *found = NULL;
	for (guint c = 0; c < table->n_columns; c++) {
		const char *last = header_word(table->column_labels[c]);
		const LabelMatches *matches = label_entry(index, last);
		if (matches == NULL || !matches[slot])
			continue;
		if (found || !cf_table_cell_is_blank(ctx->document, row, c) ||
		    cf_check_cell_value(ctx, table_index, row_index, c) != NULL)
			return NULL; /* two such columns, or a figure there after all */
		found = last;
	}
	return found;
}

static void
apply(CfCheckContext *ctx, ByClaim *by_claim, const Index *index, const Context *context,
      guint i)
{
	const CfIdentity *id = g_ptr_array_index(index->identities, i);
	gboolean ambiguous;
	const CfClaim *result = single_value(context->terms[index->offsets[i]], &ambiguous);
	if (ambiguous)
		report_restated(ctx, context, context->terms[index->offsets[i]]);
	if (result == NULL)
		return;
	if (by_claim->parts == NULL)
		by_claim->parts = g_ptr_array_new();
	GPtrArray *parts = by_claim->parts;
	g_ptr_array_set_size(parts, 0);
	gboolean partial = FALSE;
	guint64 subtracted = 0; /* the parts taken away, a bit each */
	g_autoptr(GString) blanks = NULL; /* the blank cells taken as zero, named */
	for (guint t = 1; t < term_count(index, i); t++) {
		const CfIdentityTerm *term = slot_term(index, i, t);
		const CfClaim *c = single_value(context->terms[index->offsets[i] + t], &ambiguous);
		if (ambiguous) {
			report_restated(ctx, context, context->terms[index->offsets[i] + t]);
			return;
		}
		if (c == NULL) {
			if (term->zero_if_absent)
				continue;
			const char *blank = term->optional ? NULL
							   : blank_column_of(ctx, index, context,
									     index->offsets[i] + t);
			if (blank) {
				if (blanks == NULL)
					blanks = g_string_new(NULL);
				else
					g_string_append(blanks, ", ");
				g_string_append(blanks, blank);
				continue;
			}
			if (!term->optional)
				return;
			partial = TRUE;
			continue;
		}
		if (c == result || g_ptr_array_find(parts, c, NULL))
			return; /* one figure cannot stand for two terms */
		/* (a sum of rates takes percentages only: its slots say so) */
		if (id->kind == CF_IDENTITY_SUM && !id->percent && !cf_rates_same_measure(c, result))
			return;
		if (term->subtracted) {
			if (parts->len >= 64)
				return; /* (no identity has that many parts) */
			subtracted |= G_GUINT64_CONSTANT(1) << parts->len;
		}
		g_ptr_array_add(parts, (gpointer)c);
	}
	if (parts->len == 0 || (id->kind == CF_IDENTITY_SUM && parts->len < 2 && partial))
		return;
	if (already_related(ctx, by_claim, result, parts))
		return;
	/* a ratio is of two figures exactly (asked before its terms are made: nothing to free) */
	if (id->kind == CF_IDENTITY_RATIO && parts->len != 2)
		return;
	GPtrArray *terms = cf_term_array_new();
	for (guint k = 0; k < parts->len; k++) {
		CfTerm *term = cf_check_term(ctx, g_ptr_array_index(parts, k));
		g_ptr_array_add(terms, subtracted >> k & 1 ? cf_term_new_negated(term) : term);
	}
	g_autofree char *what = g_strdup_printf(
		"%s (%s%s%s)", id->description, id->kind == CF_IDENTITY_SUM ? "identity" : "ratio",
		blanks ? "; blank, so zero: " : "", blanks ? blanks->str : "");
	CfRelation *r;
	if (id->kind == CF_IDENTITY_RATIO) {
		r = cf_relation_new(CF_RELATION_RATIO, "identity-mismatch", CF_SEVERITY_ERROR,
				    cf_term_new_claim(result), terms, what);
		r->ratio_exponent = 2;
	} else {
		r = cf_relation_new(CF_RELATION_SUM, "identity-mismatch", CF_SEVERITY_ERROR,
				    cf_check_term(ctx, result), terms, what);
		r->partial = partial;
	}
	cf_check_add_relation(ctx, r);
}

static void
run(CfCheckContext *ctx)
{
	if (!cf_check_rule_enabled(ctx, "identity-mismatch"))
		return;
	g_autoptr(GError) error = NULL;
	const CfIdentities *identities = cf_identities_of(ctx->lexicon, &error);
	if (identities == NULL) {
		/* a bad file is said once per process; the other checks still run */
		static gsize warned;
		if (g_once_init_enter(&warned)) {
			g_warning("identities not applied: %s", error->message);
			g_once_init_leave(&warned, 1);
		}
		return;
	}
	Index index = {0};
	index.identities = cf_identities_get(identities);
	if (index.identities->len == 0)
		return;
	index.offsets = g_new0(guint, index.identities->len);
	for (guint i = 0; i < index.identities->len; i++) {
		index.offsets[i] = index.n_slots;
		index.n_slots += term_count(&index, i);
	}
	index.percent_slot = g_new0(gboolean, index.n_slots);
	for (guint i = 0; i < index.identities->len; i++) {
		const CfIdentity *id = g_ptr_array_index(index.identities, i);
		for (guint t = 0; t < term_count(&index, i); t++)
			index.percent_slot[index.offsets[i] + t] =
				id->kind == CF_IDENTITY_RATIO ? t == 0 : id->percent;
	}
	index.contexts = g_hash_table_new(g_int64_hash, g_int64_equal);
	LabelMemo *memo = label_memo(identities);
	index.matches = memo->matches;
	index.spare_slots = memo->spare_slots;
	index.slots = g_ptr_array_new();
	index.order = g_ptr_array_new_with_free_func(g_free);

	/* prose, by year and funding source */
	const char *const *sources = cf_identities_get_sources(identities);
	CfSectionScope section = {0};
	GArray *sentences = cf_rates_sentences(ctx);
	int year = ctx->document->metadata.year;
	const CfClaim *last = NULL; /* the last claim of the sentence before */
	for (guint s = 0; s < sentences->len; s++) {
		const CfRatesSentence *sentence = &g_array_index(sentences, CfRatesSentence, s);
		/* the year the sentence names before each figure, as it goes (looked for from the
		 * start for each figure, a sentence of n figures cost n²); a sentence that goes on
		 * the one before (after a ；, or opening with 其中, or the next item of a list
		 * after 其中：) starts with its year */
		if (year != ctx->document->metadata.year &&
		    !(last && sentence->len &&
		      (cf_rates_continues_sentence(ctx, last, sentence->claims[0]) ||
		       cf_prose_in_one_list(ctx, last->range.start,
					    sentence->claims[0]->range.start))))
			year = ctx->document->metadata.year;
		if (sentence->len)
			last = sentence->claims[sentence->len - 1];
		CfPairSource pair = CF_PAIR_SOURCE_INIT;
		for (guint k = 0; k < sentence->len; k++) {
			const CfClaim *c = sentence->claims[k];
			const int year_before = year;
			year = year_after(ctx, year, c);
			if (!takes_part(c) || c->label == NULL)
				continue;
			/* what follows only chooses the context of a figure no term takes */
			cf_section_scope_advance(&section, ctx->document, sources, c->range.start);
			gboolean own;
			guint source = cf_pair_source_next(&pair, sources, c, &own);
			guint scope = source && !own ? source : section.current;
			const LabelMatches *matches = label_may_match(&index, c->label, c);
			if (matches == NULL) {
				/* 一般公共预算财政拨款基本支出: 基本支出 of that source (pair.rest) */
				if (!own)
					continue;
				matches = label_may_match(&index, pair.rest, c);
				if (matches == NULL)
					continue;
				scope = source;
			}
			const CfClaim *previous = cf_rates_previous_value(sentence, c);
			g_autofree char *words = cf_rates_text_before(ctx, previous, c, TRUE);
			/* the label a term took says no change (自然增长率 is a level) */
			if (g_str_has_suffix(words, c->label))
				words[strlen(words) - strlen(c->label)] = '\0';
			if (cf_rates_contains_any(words, change_words))
				continue; /* a change or a gap, not a level */
			/* (and of one area: the whole area's or the government's own level's, 全区… or
			 * 区本级…, when the text before names one) */
			guint64 key = context_key(CONTEXT_PROSE, prose_year(year_before, words),
						  (int)scope | cf_rates_text_scope(ctx, c) << 16);
			index_add(&index, key, matches, c);
		}
	}
	/* tables: row items within a column, column headers within a row.  A row's cells share
	 * their item, a column's its header: each is looked up in the memo once, not per cell */
	const char *item_label = NULL; /* the last item looked up: c->label[0, item_length) */
	gsize item_length = 0;
	const LabelMatches *item_matches = NULL;
	gint headers_table = -1; /* the table of header_matches */
	g_autofree const LabelMatches **header_matches = NULL; /* per column */
	g_autofree gboolean *header_known = NULL;
	for (guint i = 0; i < ctx->claims->len; i++) {
		const CfClaim *c = g_ptr_array_index(ctx->claims, i);
		if (c->table < 0 || c->row < 0 || c->cell_column < 0 || !takes_part(c))
			continue;
		if (cf_check_cell_value(ctx, (guint)c->table, (guint)c->row, (guint)c->cell_column) != c)
			continue;
		const CfTable *table = g_ptr_array_index(ctx->tables, (guint)c->table);
		const CfRow *row = g_ptr_array_index(table->rows, (guint)c->row);
		if (row->header)
			continue;
		const char *column_label = (guint)c->cell_column < table->n_columns ?
						   table->column_labels[c->cell_column] : NULL;
		if (c->label && column_label) {
			/* the row item: the label before "/<column label>" */
			gsize n = strlen(c->label), m = strlen(column_label);
			if (n > m + 1 && memcmp(c->label + n - m, column_label, m) == 0 &&
			    c->label[n - m - 1] == '/') {
				gsize length = n - m - 1;
				if (item_label == NULL || length != item_length ||
				    memcmp(item_label, c->label, length) != 0) {
					/* the item as a string of its own, on the stack when short */
					char stack[256];
					g_autofree char *heap = NULL;
					char *item = length < sizeof stack ? stack
									   : (heap = g_malloc(length + 1));
					memcpy(item, c->label, length);
					item[length] = '\0';
					item_matches = label_entry(&index, item);
					item_label = c->label;
					item_length = length;
				}
				const LabelMatches *matches = label_takes(&index, item_matches, c);
				if (matches) {
					guint64 key = context_key(CONTEXT_COLUMN, c->table,
								  c->cell_column);
					index_add(&index, key, matches, c);
				}
			}
		}
		if (column_label && *column_label) {
			if (headers_table != c->table) {
				headers_table = c->table;
				g_free(header_matches);
				g_free(header_known);
				header_matches = g_new0(const LabelMatches *, table->n_columns);
				header_known = g_new0(gboolean, table->n_columns);
			}
			guint column = (guint)c->cell_column;
			if (!header_known[column]) {
				header_matches[column] = label_entry(&index, header_word(column_label));
				header_known[column] = TRUE;
			}
			const LabelMatches *matches = label_takes(&index, header_matches[column], c);
			if (matches) {
				guint64 key = context_key(CONTEXT_ROW, c->table, c->row);
				index_add(&index, key, matches, c);
			}
		}
	}

	ByClaim by_claim = {ctx->relations->len, NULL, NULL, NULL};
	for (guint k = 0; k < index.order->len; k++) {
		const Context *context = g_ptr_array_index(index.order, k);
		for (guint i = 0; i < index.identities->len; i++)
			apply(ctx, &by_claim, &index, context, i);
	}
	by_claim_clear(&by_claim);
	slot_arrays_give(&index);
	g_hash_table_unref(index.contexts);
	g_ptr_array_unref(index.order);
	g_free(index.offsets);
	g_free(index.percent_slot);
}

const CfCheckFamily cf_check_family_identity = {"identity", run};
