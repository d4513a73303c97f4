/* Family: change.  Year-over-year statements recomputed from this year's figure and last
 * year's: `本年X万元，比上年增加D万元，增长Y%` means last = X − D and Y% = D / last; when last
 * year's figure is stated too (上年为L万元, 比上年的L万元, 由L万元增加到X万元) the change must be
 * X − L.  A growth rate that equals D / X instead of D / last was computed on the wrong base,
 * and the finding says so.  A change against the budget (与2021年度预算相比，减少D，下降Y%;
 * 较年初预算数减少D) is read the same way, the budget in last year's place.  `持平`/`无变化` of
 * an item whose two figures differ is a finding.
 *
 * Statements of one sentence are read, and only when each figure's role is clear from the
 * words right before it: this year's figure is the one the comparison follows.  Its level
 * may also end the sentence before (收入：792.22万元。同比…), or be stated in an earlier
 * sentence under the name the comparison gives its subject (…“三公”经费预算总额为2.7万元。/
 * “三公”经费预算数比2017年预算数减少0.06万元: named_level()). */
#include "check/cf-check-rates.h"
#include "check/cf-check-words.h"

#include <stdlib.h>
#include <string.h>

static const char *const comparison_cues[] = {
	"比上年",     "较上年",     "比去年",       "较去年",
	"同比",       "与上年相比", "与去年相比",   "和上年相比",
	"和去年相比", "同上年相比", "与上年度相比", "和上年度相比",
	"比上一年",   "较上一年",   "上年同期",     "去年同期",
	NULL};
/* A word an ending is compared with, with its length (a NULL text ends a list). */
typedef struct {
	const char *text;
	gsize length;
} Word;

#define WORD(text) {text, sizeof text - 1}

static const Word increase_words[] = {WORD("增加"), WORD("增长"), WORD("上升"), WORD("提高"),
				      WORD("增幅"), WORD("增收"), WORD("增支"), WORD("多出"),
				      WORD("多"),   WORD("增"),   {NULL, 0}};
static const Word decrease_words[] = {WORD("减少"), WORD("下降"), WORD("降低"), WORD("下滑"),
				      WORD("降幅"), WORD("减幅"), WORD("节约"), WORD("减收"),
				      WORD("减支"), WORD("少"),   WORD("减"),   {NULL, 0}};
const char *const cf_check_unchanged_words[] = {"持平", "无变化", "无增减", "没有变化",
						"未发生变化", "保持不变", "与上年一致",
						"与上年相同", NULL};
static const char *const last_year_words[] = {"上年", "去年", "上一年", "上年度", NULL};
/* Words that open a comparison after its subject (三公经费预算数比2017年…, …较上年, 与预算相比;
 * 和 and 同 only before last year: 和上年相比, 同上年相比). */
static const char *const comparing_words[] = {"比",     "较",     "与",     "同比",
					      "和上年", "和去年", "同上年", NULL};
/* Words allowed after a direction verb before the figure: 增加了, 增长为, 增幅约, 减少率, and
 * the qualifiers a figure's interval takes in (增长近2.9倍, 增加逾10万元). */
static const Word verb_fillers[] = {WORD("了"),   WORD("为"),   WORD("达"), WORD("约"),
				    WORD("幅度"), WORD("率"),   WORD(" "),  WORD("将近"),
				    WORD("接近"), WORD("近"),   WORD("逾"), WORD("超过"),
				    WORD("不到"), WORD("不足"), {NULL, 0}};
/* 由L增加到X: the words between the verb and the new level. */
static const Word reach_words[] = {WORD("到"), WORD("至"), {NULL, 0}};

typedef enum {
	DIRECTION_NONE,
	DIRECTION_UP,
	DIRECTION_DOWN,
} Direction;

/* TRUE when text[0, n) ends with @word (its last byte first: most words differ there). */
static gboolean
ends_with(const char *text, gsize n, const Word *word)
{
	gsize m = word->length;
	return n >= m && text[n - 1] == word->text[m - 1] && memcmp(text + n - m, word->text, m) == 0;
}

/* A bit for each value of the low six bits of the last bytes of @words: a text whose last
 * byte has no bit set ends with none of them. */
static guint64
last_byte_set(const Word *words)
{
	guint64 set = 0;
	for (guint i = 0; words[i].text; i++)
		set |= G_GUINT64_CONSTANT(1) << ((guchar)words[i].text[words[i].length - 1] & 63);
	return set;
}

/* Whether text[0, n) may end with a word of @last_bytes (last_byte_set()). */
static gboolean
may_end_with(const char *text, gsize n, guint64 last_bytes)
{
	return n > 0 && (last_bytes >> ((guchar)text[n - 1] & 63) & 1);
}

/* TRUE when text[0, n) ends with one of @words, whose last bytes are @last_bytes. */
static gboolean
ends_with_any(const char *text, gsize n, const Word *words, guint64 last_bytes)
{
	if (!may_end_with(text, n, last_bytes))
		return FALSE;
	for (guint i = 0; words[i].text; i++)
		if (ends_with(text, n, &words[i]))
			return TRUE;
	return FALSE;
}

/* A stretch of norm read where it lies, not copied: the bytes [@start, @end) up to the first
 * NUL (where a copy cut from norm would stop). */
typedef struct {
	const char *text;
	gsize length;     /* of @text: @end − @start, or less at a NUL */
	gsize start, end; /* norm offsets */
} Span;

static Span
span_of(const CfCheckContext *ctx, gsize start, gsize end)
{
	const char *text = ctx->document->norm + start;
	return (Span){text, cf_rates_norm_length(ctx, start, end), start, end};
}

/* The words of @span after its last ；or ; — and 。！？ too when @sentence — (all of it when
 * it has none).  Read back from the end in one pass (a search per mark, over every figure's
 * words, cost 7 % of a check). */
static Span
after_last_stop(const Span *span, gboolean sentence)
{
	const guchar *text = (const guchar *)span->text;
	gsize p = span->length, cut = 0;
	while (p > 0) {
		guchar c = text[--p];
		if (c == ';') {
			cut = p + 1;
			break;
		}
		if (p < 2 || (c != 0x9B && c != 0x81 && c != 0x9F && c != 0x82))
			continue;
		/* ； ！ ？ are EF BC 9B/81/9F, 。 is E3 80 82 */
		gboolean full = text[p - 2] == 0xEF && text[p - 1] == 0xBC;
		if ((full && c == 0x9B) ||
		    (sentence && ((full && (c == 0x81 || c == 0x9F)) ||
				  (c == 0x82 && text[p - 2] == 0xE3 && text[p - 1] == 0x80)))) {
			cut = p + 1;
			break;
		}
	}
	Span after = *span;
	after.text += cut;
	after.start += cut;
	after.length -= cut;
	return after;
}

/* strstr() on a copy of @span. */
static gboolean
span_contains(const Span *span, const char *word)
{
	return memmem(span->text, span->length, word, strlen(word)) != NULL;
}

static gboolean
span_ends_with(const Span *span, const char *word)
{
	const Word w = {word, strlen(word)};
	return ends_with(span->text, span->length, &w);
}

/* TRUE when @span is @word alone. */
static gboolean
span_is(const Span *span, const char *word)
{
	return span->length == strlen(word) && memcmp(span->text, word, span->length) == 0;
}

/* Drops from the end of @span a year the figure after it is of (2017年的, 2010年底, 2016年末
 * 的), with the spaces and commas around it: 从2000年的 → 从.  Gives the year, or 0 (and
 * @span as it was) when it does not end with one. */
static guint
drop_period_tail(Span *span)
{
	static const Word tail[] = {WORD("的"), WORD("底"), WORD("末"), WORD("年"), {NULL, 0}};
	gsize n = span->length;
	while (n > 0 && (span->text[n - 1] == ' ' || span->text[n - 1] == ','))
		n--;
	guint k = 0;
	for (; tail[k].text && k < 3; k++)
		if (ends_with(span->text, n, &tail[k]))
			n -= tail[k].length;
	if (!ends_with(span->text, n, &tail[3]))
		return 0;
	n -= tail[3].length;
	gsize digits = 0;
	while (digits < n && digits < 4 && g_ascii_isdigit(span->text[n - 1 - digits]))
		digits++;
	if (digits != 4 || (n > 4 && g_ascii_isdigit(span->text[n - 5])))
		return 0;
	n -= digits;
	guint year = (guint)g_ascii_strtoull(span->text + n, NULL, 10);
	while (n > 0 && (span->text[n - 1] == ' ' || span->text[n - 1] == ','))
		n--;
	span->length = n;
	span->end = span->start + n;
	return year;
}

/* The word lists the family searches texts for, and the last bytes of the ending words
 * (last_byte_set()). */
typedef struct {
	CfWordSet anchor, comparison, last_year, unchanged;
	guint64 fillers_end, reach_end, increase_end, decrease_end;
} WordSets;

static const WordSets *word_sets(void);

/* The direction verb @text ends with (after dropping trailing spaces and fillers), or NONE;
 * where the verb starts in *@verb_start (when not NULL and a verb was found).  Read in place:
 * the end only moves back. */
static Direction
ending_direction_at(const Span *span, gboolean allow_reach, gsize *verb_start)
{
	const WordSets *sets = word_sets();
	const char *text = span->text;
	gsize n = span->length;
	/* what g_strchomp() drops */
	while (n > 0 && g_ascii_isspace(text[n - 1]))
		n--;
	for (gboolean again = TRUE; again;) {
		again = FALSE;
		for (guint i = 0;
		     may_end_with(text, n, sets->fillers_end) && verb_fillers[i].text; i++)
			if (ends_with(text, n, &verb_fillers[i])) {
				n -= verb_fillers[i].length;
				again = TRUE;
			}
		for (guint i = 0; allow_reach && may_end_with(text, n, sets->reach_end) &&
				  reach_words[i].text;
		     i++)
			if (ends_with(text, n, &reach_words[i])) {
				n -= reach_words[i].length;
				again = TRUE;
			}
	}
	Direction direction = DIRECTION_NONE;
	const Word *words = NULL;
	/* 负增长: a fall */
	static const Word negative_growth = WORD("负增长");
	if (ends_with(text, n, &negative_growth)) {
		if (verb_start)
			*verb_start = n - negative_growth.length;
		return DIRECTION_DOWN;
	}
	if (ends_with_any(text, n, increase_words, sets->increase_end))
		direction = DIRECTION_UP, words = increase_words;
	else if (ends_with_any(text, n, decrease_words, sets->decrease_end))
		direction = DIRECTION_DOWN, words = decrease_words;
	if (verb_start && words) {
		/* the word ends_with_any() matched: the first of the list that ends the text */
		for (guint i = 0; words[i].text; i++)
			if (ends_with(text, n, &words[i])) {
				*verb_start = n - words[i].length;
				break;
			}
	}
	return direction;
}

static Direction
ending_direction(const Span *span, gboolean allow_reach)
{
	return ending_direction_at(span, allow_reach, NULL);
}

guint
cf_check_change_ending_direction(const char *text, gsize length, gboolean allow_reach)
{
	Span span = {text, length, 0, length};
	return ending_direction(&span, allow_reach);
}

typedef struct {
	const CfClaim *current; /* this year's figure */
	const CfClaim *last;    /* last year's, when stated */
	const CfClaim *change;  /* the change in the figure's unit */
	const CfClaim *rate;    /* the change in percent */
	Direction direction;
	gboolean budget; /* the comparison is with the budget (较年初预算数减少), not last year */
	gboolean times;  /* the rate is a multiple (增长5.95倍), not a percentage */
	gboolean average; /* the rate is a yearly average over @years (年均增长4.22%) */
	guint years;      /* the years between last's and current's, when each is named */
	gboolean negated; /* @rate is a growth stated below zero, read as the decrease it is */
} Change;

static gboolean
below_zero(const CfClaim *c)
{
	return c && c->has_value && cf_decimal_sign(c->value) < 0;
}

/* TRUE when @ch's rate is a growth in percent stated below zero, its levels and change not
 * (比上年的81381万元增长-9.41%): a decrease of 9.41%. */
static gboolean
is_negative_growth(const Change *ch)
{
	return ch->rate && below_zero(ch->rate) && ch->direction == DIRECTION_UP && !ch->times &&
	       !ch->average && !below_zero(ch->current) && !below_zero(ch->last) &&
	       !below_zero(ch->change);
}

/* TRUE when a figure of @ch is stated below zero (结余-21万元, 下降-3%): the words give the
 * direction and the figures the size, so a signed one says neither plainly — but for a
 * growth rate below zero (is_negative_growth()), which is a decrease. */
static gboolean
has_signed_figure(const Change *ch)
{
	if (is_negative_growth(ch))
		return FALSE;
	const CfClaim *const figures[] = {ch->current, ch->last, ch->change, ch->rate};
	for (guint k = 0; k < G_N_ELEMENTS(figures); k++)
		if (below_zero(figures[k]))
			return TRUE;
	return FALSE;
}

static gboolean
is_level(const CfClaim *c)
{
	return c && cf_rates_is_value(c) &&
	       (c->kind == CF_CLAIM_AMOUNT || c->kind == CF_CLAIM_COUNT ||
		c->kind == CF_CLAIM_QUANTITY);
}

static CfTerm *
term_of(const CfCheckContext *ctx, const CfClaim *c)
{
	return cf_check_term(ctx, c);
}

static CfTerm *
named(CfTerm *t, const char *prefix, const CfClaim *a, const char *op, const CfClaim *b)
{
	g_autoptr(GString) s = g_string_new(prefix);
	if (b)
		g_string_append_c(s, '(');
	cf_check_append_claim(s, a);
	if (b) {
		cf_check_append(s, op);
		cf_check_append_claim(s, b);
		g_string_append_c(s, ')');
	}
	g_free(t->label);
	t->label = g_string_free(g_steal_pointer(&s), FALSE);
	return t;
}

/* Last year's level (or the budget) as a term: stated, or this year's minus (plus) the
 * change. */
static CfTerm *
last_term(const CfCheckContext *ctx, const Change *ch)
{
	const char *whose = ch->budget ? "the budget's " : "last year's ";
	if (ch->last)
		return named(term_of(ctx, ch->last), whose, ch->last, NULL, NULL);
	GPtrArray *children = cf_term_array_new();
	g_ptr_array_add(children, term_of(ctx, ch->current));
	g_ptr_array_add(children, term_of(ctx, ch->change));
	if (ch->direction == DIRECTION_UP)
		return named(cf_term_new_difference(children), whose, ch->current, " − ",
			     ch->change);
	return named(cf_term_new_sum(children), whose, ch->current, " + ", ch->change);
}

/* The change as a term: stated, or the difference of the two levels. */
static CfTerm *
change_term(const CfCheckContext *ctx, const Change *ch)
{
	if (ch->change)
		return term_of(ctx, ch->change);
	GPtrArray *children = cf_term_array_new();
	const CfClaim *a = ch->direction == DIRECTION_UP ? ch->current : ch->last;
	const CfClaim *b = ch->direction == DIRECTION_UP ? ch->last : ch->current;
	g_ptr_array_add(children, term_of(ctx, a));
	g_ptr_array_add(children, term_of(ctx, b));
	return named(cf_term_new_difference(children), "", a, " − ", b);
}

/* What a growth in times (增长N倍) is, in a finding. */
#define TIMES_WHAT "the growth in times (增长N倍: N = the increase / last year's)"

static CfRelation *
rate_relation(const CfCheckContext *ctx, const Change *ch, gboolean wrong_base)
{
	GPtrArray *terms = cf_term_array_new();
	g_ptr_array_add(terms, change_term(ctx, ch));
	if (wrong_base)
		g_ptr_array_add(terms, named(term_of(ctx, ch->current),
					     ch->budget ? "the stated figure's " : "this year's ",
					     ch->current, NULL, NULL));
	else
		g_ptr_array_add(terms, last_term(ctx, ch));
	const char *what = ch->times                       ? TIMES_WHAT
			   : ch->negated                   ? "the decrease stated as growth"
			   : ch->direction == DIRECTION_UP ? "the growth rate"
							   : "the rate of decrease";
	CfTerm *stated = cf_term_new_claim(ch->rate);
	if (ch->negated)
		stated = cf_term_new_negated(stated);
	CfRelation *r = cf_relation_new(CF_RELATION_RATIO, "change-mismatch", CF_SEVERITY_ERROR,
					stated, terms, what);
	if (ch->times)
		r->ratio_exponent = 0;
	return r;
}

/* TRUE when the words of @rate's clause before it say it is on an adjusted basis (剔除留抵
 * 退税后同口径下降6.07%, 按可比价格计算增长): not of the levels stated.  With last year's
 * level stated (@stated_last), 同口径 or 可比口径 alone says that level is the comparable one
 * (普通小学上年10321.31元,本年10359.52元,同口径比上年增长20.97%: 0.37%). */
static gboolean
on_adjusted_basis(const CfCheckContext *ctx, const CfClaim *rate, gboolean stated_last)
{
	static const char *const adjusted[] = {"同口径", "可比口径", "剔除",
					       "扣除",   "可比价",   NULL};
	gsize start, end;
	cf_rates_range_before(ctx, NULL, rate, TRUE, &start, &end);
	for (guint i = stated_last ? 2 : 0; adjusted[i]; i++)
		if (cf_utf8_find(ctx->document->norm + start, cf_rates_norm_length(ctx, start, end),
				 adjusted[i], strlen(adjusted[i])))
			return TRUE;
	return FALSE;
}

/* TRUE when @level is of output measured at comparable prices, whose growth a statistics
 * office states in real terms whether or not it says so (人均地区生产总值达28322元,比去年新增
 * 3637元,增长12.7%: the 3637 is nominal, 14.7%): 生产总值, 增加值, GDP. */
static gboolean
of_real_growth(const CfClaim *level)
{
	return level && cf_rates_names_value_added(level->label);
}

/* Adds to @f, as related, the claims of @r's terms. */
static void
add_related_terms(CfCheckContext *ctx, CfFinding *f, const CfRelation *r)
{
	g_autoptr(GPtrArray) claims = g_ptr_array_new();
	for (guint k = 0; k < r->terms->len; k++)
		cf_term_collect_claims(g_ptr_array_index(r->terms, k), claims);
	for (guint i = 0; i < claims->len; i++)
		cf_check_add_related_claim(ctx, f, g_ptr_array_index(claims, i), NULL);
}

/* Where the 倍 right after @c ends (增长5.95倍, 增长 2.9 倍), or 0 when none follows it. */
static gsize
multiple_end(const CfCheckContext *ctx, const CfClaim *c)
{
	static const char times[] = "倍";
	const char *norm = ctx->document->norm;
	gsize p = c->range.end, end = ctx->document->norm_length;
	while (p < end && norm[p] == ' ')
		p++;
	return end - p >= sizeof times - 1 && memcmp(norm + p, times, sizeof times - 1) == 0
		       ? p + sizeof times - 1
		       : 0;
}

/* TRUE when @c is a bare number right before 倍: a multiple. */
static gboolean
is_multiple(const CfCheckContext *ctx, const CfClaim *c)
{
	return c->kind == CF_CLAIM_NUMBER && c->has_value && cf_decimal_sign(c->value) > 0 &&
	       multiple_end(ctx, c) > 0;
}

/* A growth in times (增长N倍): N is the increase over last year's figure (增长1倍 doubles
 * it), the reading of the statistical standard.  When the figures give N as this year's
 * over last year's instead (增长近2.9倍 for 2049.78 against 706.93: 是上年的2.9倍), a note
 * says so; when neither reading holds, an error. */
static void
check_times(CfCheckContext *ctx, const Change *ch)
{
	CfRelation *r = rate_relation(ctx, ch, FALSE);
	CfOutcome outcome = cf_relation_evaluate(r, NULL, NULL, NULL, NULL);
	if (cf_outcome_holds(outcome) || outcome == CF_OUTCOME_UNKNOWN ||
	    !cf_check_rule_enabled(ctx, "change-mismatch")) {
		cf_check_add_relation(ctx, r);
		return;
	}
	/* this year's over last year's */
	GPtrArray *terms = cf_term_array_new();
	g_ptr_array_add(terms,
			named(term_of(ctx, ch->current), "this year's ", ch->current, NULL, NULL));
	g_ptr_array_add(terms, last_term(ctx, ch));
	CfRelation *multiple =
		cf_relation_new(CF_RELATION_RATIO, "change-mismatch", CF_SEVERITY_NOTE,
				cf_term_new_claim(ch->rate), terms, TIMES_WHAT);
	multiple->ratio_exponent = 0;
	CfDecimal a, b, quotient;
	CfInterval ignored;
	if (!cf_outcome_holds(cf_relation_evaluate(multiple, NULL, NULL, NULL, NULL)) ||
	    !cf_term_evaluate(g_ptr_array_index(multiple->terms, 0), NULL, &a, &ignored) ||
	    !cf_term_evaluate(g_ptr_array_index(multiple->terms, 1), NULL, &b, &ignored) ||
	    !cf_decimal_div(a, b, MIN(ch->rate->stated.scale + 2, 6), &quotient)) {
		cf_relation_free(multiple);
		cf_check_add_relation(ctx, r);
		return;
	}
	CfFinding *f = cf_check_new_finding(ctx, "change-mismatch", CF_SEVERITY_NOTE, ch->rate);
	g_autoptr(GString) stated = g_string_new(NULL);
	cf_check_append_claim(stated, ch->rate);
	CfDecimal one_more, increase;
	g_autoptr(GString) msg = g_string_new(NULL);
	g_string_append_printf(msg, "增长%s%s倍 says this year's figure is ",
			       ch->rate->qualifier_text ? ch->rate->qualifier_text : "",
			       stated->str);
	if (cf_decimal_add(ch->rate->value, cf_decimal_from_int(1), &one_more))
		cf_decimal_append(cf_decimal_trim(one_more), msg);
	else
		cf_check_append(msg, "N + 1");
	g_string_append_printf(msg, " times last year's; the figures give %s / %s = ",
			       ((const CfTerm *)g_ptr_array_index(multiple->terms, 0))->label,
			       ((const CfTerm *)g_ptr_array_index(multiple->terms, 1))->label);
	quotient = cf_decimal_trim(quotient);
	cf_decimal_append(quotient, msg);
	g_string_append_printf(msg, " times: 是上年的%s倍", stated->str);
	g_autoptr(GString) computed = g_string_new(NULL);
	if (cf_decimal_sub(quotient, cf_decimal_from_int(1), &increase) &&
	    cf_decimal_div(increase, cf_decimal_from_int(1), ch->rate->stated.scale, &increase)) {
		cf_decimal_append(increase, computed);
		g_string_append_printf(msg, ", or 增长%s倍", computed->str);
	}
	cf_finding_set_text(f, &f->message, msg->str, (gssize)msg->len);
	cf_finding_set_text(f, &f->stated, stated->str, (gssize)stated->len);
	if (computed->len)
		cf_finding_set_text(f, &f->computed, computed->str, (gssize)computed->len);
	add_related_terms(ctx, f, multiple);
	cf_relation_free(multiple);
	cf_relation_free(r);
}

/* What a stated multiple (X，是L的N倍) is, in a finding. */
#define MULTIPLE_WHAT "the multiple (是L的N倍: N = X / L)"
/* Bytes of words between a figure and the figure it is a multiple of, at most (，是“十五”期间
 * / ，相当于2015年的). */
#define MULTIPLE_GAP_BYTES 45

/* Words that open what a figure is a multiple of (X万元，是L万元的N倍). */
static const char *const multiple_openers[] = {"是", "为", "相当于", "约为", "约是", NULL};

/* TRUE when the multiple @n goes on after its 倍 (2倍多, 3倍以上, 1倍有余): a bound only. */
static gboolean
is_open_multiple(const CfCheckContext *ctx, const CfClaim *n)
{
	static const char *const more[] = {"多", "余", "有余", "以上", NULL};
	gsize p = multiple_end(ctx, n), end = ctx->document->norm_length, at = 0;
	return p > 0 && cf_rates_skip_word(ctx->document->norm + p, MIN(end - p, 6), &at, more);
}

/* Reads `X，是L的N倍` (也是, 相当于, 为) in @sentence: X / L = N, checked when X and L are of
 * one measure and nothing but the period L is of stands between 是 and L. */
static void
read_multiples(CfCheckContext *ctx, const CfRatesSentence *sentence)
{
	static const char *const separators[] = {"，", ",", " ", "也", NULL};
	for (guint i = 0; i < sentence->len; i++) {
		const CfClaim *n = sentence->claims[i];
		if (!is_multiple(ctx, n))
			continue;
		const CfClaim *last = cf_rates_previous_value(sentence, n);
		const CfClaim *current = last ? cf_rates_previous_value(sentence, last) : NULL;
		if (current == NULL || !is_level(last) || !is_level(current) ||
		    !cf_rates_same_measure(current, last) || is_open_multiple(ctx, n))
			continue;
		/* L的N倍: nothing but 的 between */
		Span of = span_of(ctx, last->range.end, n->range.start);
		gsize k = 0;
		while (k < of.length && of.text[k] == ' ')
			k++;
		if (of.length - k < strlen("的") || memcmp(of.text + k, "的", strlen("的")) != 0)
			continue;
		k += strlen("的");
		while (k < of.length && of.text[k] == ' ')
			k++;
		if (k != of.length)
			continue;
		/* X，是…L: a clause that opens with 是 and compares nothing else */
		Span gap = span_of(ctx, current->range.end, last->range.start);
		gsize at = 0;
		while (cf_rates_skip_word(gap.text, gap.length, &at, separators))
			;
		if (gap.length > MULTIPLE_GAP_BYTES || span_contains(&gap, "。") ||
		    span_contains(&gap, "；") || span_contains(&gap, "比") ||
		    span_contains(&gap, "较") || !cf_rates_skip_word(gap.text, gap.length, &at,
								    multiple_openers))
			continue;
		GPtrArray *terms = cf_term_array_new();
		g_ptr_array_add(terms, term_of(ctx, current));
		g_ptr_array_add(terms, term_of(ctx, last));
		CfRelation *r = cf_relation_new(CF_RELATION_RATIO, "change-mismatch",
						CF_SEVERITY_ERROR, cf_term_new_claim(n), terms,
						MULTIPLE_WHAT);
		r->ratio_exponent = 0;
		cf_check_add_relation(ctx, r);
	}
}

/* TRUE when @span, the words before a rate, say it is a yearly average (年均增长, 年平均增长,
 * 平均每年增长). */
static gboolean
names_average(const Span *span)
{
	return span_contains(span, "年均") || span_contains(span, "年平均") ||
	       span_contains(span, "平均每年");
}

/* Places of the growth factors below: (1 + r)^n for n up to AVERAGE_MAX_YEARS stays far
 * inside a 64-bit mantissa at this scale. */
#define AVERAGE_SCALE 7
#define AVERAGE_MAX_YEARS 50

/* *@out = @factor^@n, each product rounded to AVERAGE_SCALE places. */
static gboolean
power(CfDecimal factor, guint n, CfDecimal *out)
{
	CfDecimal p = cf_decimal_from_int(1);
	for (guint k = 0; k < n; k++)
		if (!cf_decimal_mul(p, factor, &p) ||
		    !cf_decimal_div(p, cf_decimal_from_int(1), AVERAGE_SCALE, &p))
			return FALSE;
	*out = p;
	return TRUE;
}

/* The growth factor of a rate of @percent per year, up (1 + r) or down (1 − r). */
static gboolean
factor_of(CfDecimal percent, Direction direction, CfDecimal *out)
{
	CfDecimal r;
	if (!cf_decimal_shift(percent, -2, &r))
		return FALSE;
	return direction == DIRECTION_UP ? cf_decimal_add(cf_decimal_from_int(1), r, out)
					 : cf_decimal_sub(cf_decimal_from_int(1), r, out);
}

/* A yearly average rate (从2015年的2007万元上升到2020年的2468万元,年均增长4.22%): last year's
 * figure grown by the rate each year for the years between gives this year's, (1 + r)^n =
 * X / L, at the stated precision of the three figures. */
static void
check_average(CfCheckContext *ctx, const Change *ch)
{
	const CfClaim *x = ch->current, *l = ch->last, *rate = ch->rate;
	if (!x || !l || !rate->has_value || ch->years == 0 || ch->years > AVERAGE_MAX_YEARS ||
	    x->interval.low_unbounded || x->interval.high_unbounded || l->interval.low_unbounded ||
	    l->interval.high_unbounded || rate->interval.low_unbounded ||
	    rate->interval.high_unbounded || cf_decimal_sign(l->interval.low) <= 0 ||
	    cf_decimal_sign(x->interval.low) <= 0)
		return;
	/* what the two levels allow X / L to be, and what the rate allows (1 ± r)^n to be;
	 * each product rounded, hence the slack of a unit per year */
	CfDecimal ratio_low, ratio_high, ratio, f_low, f_high, p_low, p_high;
	const Direction d = ch->direction;
	if (!cf_decimal_div(x->interval.low, l->interval.high, AVERAGE_SCALE, &ratio_low) ||
	    !cf_decimal_div(x->interval.high, l->interval.low, AVERAGE_SCALE, &ratio_high) ||
	    !cf_decimal_div(x->value, l->value, AVERAGE_SCALE, &ratio) ||
	    !factor_of(d == DIRECTION_UP ? rate->interval.low : rate->interval.high, d, &f_low) ||
	    !factor_of(d == DIRECTION_UP ? rate->interval.high : rate->interval.low, d, &f_high) ||
	    cf_decimal_sign(f_low) <= 0 || !power(f_low, ch->years, &p_low) ||
	    !power(f_high, ch->years, &p_high))
		return;
	const CfDecimal slack = {(gint64)ch->years + 1, AVERAGE_SCALE};
	if (!cf_decimal_sub(p_low, slack, &p_low) || !cf_decimal_add(p_high, slack, &p_high))
		return;
	if (cf_decimal_compare(p_low, ratio_high) <= 0 &&
	    cf_decimal_compare(ratio_low, p_high) <= 0)
		return;
	if (!cf_check_rule_enabled(ctx, "change-mismatch"))
		return;
	/* the rate the figures give: bisection on (1 ± r)^n = X / L, in percent */
	const int places = MIN(rate->stated.scale + 2, 4);
	CfDecimal low = cf_decimal_from_int(0),
		  high = cf_decimal_from_int(d == DIRECTION_UP ? 1000 : 100);
	const CfDecimal step = {1, places};
	for (guint k = 0; k < 64; k++) {
		CfDecimal width, mid, f, p;
		if (!cf_decimal_sub(high, low, &width) || cf_decimal_compare(width, step) <= 0 ||
		    !cf_decimal_add(low, high, &mid) ||
		    !cf_decimal_div(mid, cf_decimal_from_int(2), places + 1, &mid) ||
		    !factor_of(mid, d, &f) || cf_decimal_sign(f) <= 0 || !power(f, ch->years, &p))
			break;
		/* up: a larger rate gives a larger power; down: a smaller one */
		if ((cf_decimal_compare(p, ratio) < 0) == (d == DIRECTION_UP))
			low = mid;
		else
			high = mid;
	}
	CfDecimal computed;
	if (!cf_decimal_add(low, high, &computed) ||
	    !cf_decimal_div(computed, cf_decimal_from_int(2), MIN(rate->stated.scale + 1, 4),
			    &computed))
		return;
	CfFinding *f = cf_check_new_finding(ctx, "change-mismatch", CF_SEVERITY_ERROR, rate);
	g_autoptr(GString) stated = g_string_new(NULL);
	cf_check_append_claim(stated, rate);
	g_autoptr(GString) c = g_string_new(NULL);
	cf_decimal_append(cf_decimal_trim(computed), c);
	g_string_append_c(c, '%');
	g_autoptr(GString) msg = g_string_new(NULL);
	g_string_append_printf(msg,
			       "the average yearly %s %s over %u years does not follow from the "
			       "two figures: %s(",
			       d == DIRECTION_UP ? "growth" : "decrease", stated->str, ch->years,
			       d == DIRECTION_UP ? "" : "1 − ");
	cf_check_append_claim(msg, x);
	cf_check_append(msg, " / ");
	cf_check_append_claim(msg, l);
	g_string_append_printf(msg, ")^(1/%u)%s = %s", ch->years, d == DIRECTION_UP ? " − 1" : "",
			       c->str);
	cf_finding_set_text(f, &f->message, msg->str, (gssize)msg->len);
	cf_finding_set_text(f, &f->stated, stated->str, (gssize)stated->len);
	cf_finding_set_text(f, &f->computed, c->str, (gssize)c->len);
	cf_check_add_related_claim(ctx, f, x, NULL);
	cf_check_add_related_claim(ctx, f, l, NULL);
}

/* Reports @stated, a change or a rate of @ch, as going the wrong way: "@what<stated> goes the
 * wrong way: this year's <current>@middle last year's <last>@tail". */
static void
report_wrong_way(CfCheckContext *ctx, const Change *ch, const CfClaim *stated_claim,
		 const char *what, const char *middle, const char *tail)
{
	CfFinding *f = cf_check_new_finding(ctx, "change-mismatch", CF_SEVERITY_ERROR, stated_claim);
	g_autoptr(GString) stated = g_string_new(NULL);
	cf_check_append_claim(stated, stated_claim);
	g_autoptr(GString) msg = g_string_new(NULL);
	cf_check_append_strings(msg, what, stated->str, " goes the wrong way: this year's ", NULL);
	cf_check_append_claim(msg, ch->current);
	cf_check_append_strings(msg, middle, " last year's ", NULL);
	cf_check_append_claim(msg, ch->last);
	cf_check_append(msg, tail);
	cf_finding_set_text(f, &f->message, msg->str, (gssize)msg->len);
	cf_finding_set_text(f, &f->stated, stated->str, (gssize)stated->len);
	cf_check_add_related_claim(ctx, f, ch->current, "this year's figure");
	cf_check_add_related_claim(ctx, f, ch->last, "last year's figure");
}

/* A rate between two levels stated, whose verb goes the other way from them (普通初中上年
 * 14383.56元,本年11662.98元,同口径增加3.72%: a fall of 18.9%); reported, TRUE, when the two
 * levels differ beyond their rounding. */
static gboolean
report_wrong_rate_direction(CfCheckContext *ctx, const Change *ch)
{
	if (ch->last == NULL || ch->change != NULL || ch->budget ||
	    !cf_check_rule_enabled(ctx, "change-mismatch"))
		return FALSE;
	/* levels in two multipliers (89410万元 against 上年的131870.68元) may be a slip of a
	 * unit, not of a direction */
	if (ch->current->unit_exponent != ch->last->unit_exponent)
		return FALSE;
	gboolean up = ch->direction == DIRECTION_UP;
	CfInterval now = ch->current->interval, last = ch->last->interval;
	if (up ? cf_decimal_compare(now.high, last.low) >= 0
	       : cf_decimal_compare(now.low, last.high) <= 0)
		return FALSE;
	CfDecimal gap, shifted, point;
	if (!cf_decimal_sub(up ? ch->last->value : ch->current->value,
			    up ? ch->current->value : ch->last->value, &gap) ||
	    !cf_decimal_shift(gap, 2, &shifted) ||
	    !cf_decimal_div(shifted, ch->last->value, MIN(ch->rate->stated.scale + 2, 6), &point))
		return FALSE;
	g_autoptr(GString) tail = g_string_new(up ? ", a decrease of " : ", an increase of ");
	cf_decimal_append(cf_decimal_trim(point), tail);
	g_string_append_c(tail, '%');
	report_wrong_way(ctx, ch, ch->rate, up ? "the growth rate " : "the rate of decrease ",
			 up ? " is less than" : " is more than", tail->str);
	return TRUE;
}

/* When @ch's growth rate is stated on a base of 0 (收支与2023年度相比，增加135.19万元，增长
 * 100.0% of 135.19万元: last year's is 0), notes that no rate follows from 0 and returns
 * TRUE (not when both years are 0).  A habit of some templates, so a note: the report says
 * it better with 上年为0. */
static gboolean
report_zero_base(CfCheckContext *ctx, const Change *ch)
{
	if (ch->direction != DIRECTION_UP || ch->times || ch->average || ch->budget ||
	    !ch->rate->has_value || ch->current == NULL || !ch->current->has_value ||
	    cf_decimal_sign(ch->current->value) <= 0 ||
	    !cf_check_rule_enabled(ctx, "change-mismatch"))
		return FALSE;
	CfTerm *last = last_term(ctx, ch);
	CfDecimal point;
	CfInterval interval;
	gboolean zero = cf_term_evaluate(last, NULL, &point, &interval) &&
			cf_decimal_sign(point) == 0;
	if (zero) {
		CfFinding *f = cf_check_new_finding(ctx, "change-mismatch", CF_SEVERITY_NOTE,
						    ch->rate);
		g_autoptr(GString) stated = g_string_new(NULL);
		cf_check_append_claim(stated, ch->rate);
		g_autoptr(GString) msg = g_string_new(NULL);
		g_string_append_printf(msg,
				       "the growth rate %s is of a base of 0 (%s = 0): no rate "
				       "follows from 0; say 上年为0 or give the increase alone",
				       stated->str, last->label);
		cf_finding_set_text(f, &f->message, msg->str, (gssize)msg->len);
		cf_finding_set_text(f, &f->stated, stated->str, (gssize)stated->len);
		g_autoptr(GPtrArray) claims = g_ptr_array_new();
		cf_term_collect_claims(last, claims);
		for (guint i = 0; i < claims->len; i++)
			cf_check_add_related_claim(ctx, f, g_ptr_array_index(claims, i), NULL);
	}
	cf_term_free(last);
	return zero;
}

static void
check_rate(CfCheckContext *ctx, const Change *ch)
{
	if (ch->rate == NULL || (ch->change == NULL && ch->last == NULL) || has_signed_figure(ch))
		return;
	if (on_adjusted_basis(ctx, ch->rate, ch->last != NULL) || of_real_growth(ch->current) ||
	    report_zero_base(ctx, ch))
		return;
	/* 增长-9.41%: the decrease of 9.41% (has_signed_figure() let no other rate below zero
	 * through); with an increase stated beside it, the words disagree */
	Change decrease;
	if (is_negative_growth(ch)) {
		if (ch->change)
			return;
		decrease = *ch;
		decrease.direction = DIRECTION_DOWN;
		decrease.negated = TRUE;
		ch = &decrease;
	}
	if (ch->times) {
		check_times(ctx, ch);
		return;
	}
	if (ch->average) {
		check_average(ctx, ch);
		return;
	}
	CfRelation *r = rate_relation(ctx, ch, FALSE);
	CfOutcome outcome = cf_relation_evaluate(r, NULL, NULL, NULL, NULL);
	if (outcome == CF_OUTCOME_UNKNOWN && report_wrong_rate_direction(ctx, ch)) {
		cf_relation_free(r);
		return;
	}
	if (cf_outcome_holds(outcome) || outcome == CF_OUTCOME_UNKNOWN) {
		cf_check_add_relation(ctx, r);
		return;
	}
	/* does it hold on this year's value? then say which base was used — not of figures
	 * said to be about (约700亿元, 150多亿元), whose range holds either base */
	if (ch->current->qualifier != CF_QUALIFIER_NONE ||
	    (ch->change && ch->change->qualifier != CF_QUALIFIER_NONE)) {
		cf_check_add_relation(ctx, r);
		return;
	}
	CfRelation *wrong = rate_relation(ctx, ch, TRUE);
	CfInterval computed;
	CfOutcome on_this = cf_relation_evaluate(wrong, NULL, NULL, NULL, NULL);
	g_autofree char *wrong_base = g_strdup(((const CfTerm *)g_ptr_array_index(wrong->terms, 1))->label);
	cf_relation_free(wrong);
	if (!cf_outcome_holds(on_this) || !cf_check_rule_enabled(ctx, "change-mismatch")) {
		cf_check_add_relation(ctx, r);
		return;
	}
	CfDecimal point = {0, 0}, shifted, change_point, last_point;
	CfInterval ignored;
	const CfTerm *change = g_ptr_array_index(r->terms, 0);
	const CfTerm *last = g_ptr_array_index(r->terms, 1);
	if (!cf_term_evaluate(change, NULL, &change_point, &ignored) ||
	    !cf_term_evaluate(last, NULL, &last_point, &computed) ||
	    !cf_decimal_shift(change_point, 2, &shifted) ||
	    !cf_decimal_div(shifted, last_point, MIN(ch->rate->stated.scale + 1, 6), &point)) {
		cf_check_add_relation(ctx, r);
		return;
	}
	CfFinding *f = cf_check_new_finding(ctx, "change-mismatch", CF_SEVERITY_ERROR, ch->rate);
	g_autoptr(GString) stated = g_string_new(NULL);
	cf_check_append_claim(stated, ch->rate);
	g_autoptr(GString) change_name = g_string_new(NULL);
	if (change->label)
		cf_check_append(change_name, change->label);
	else
		cf_check_append_claim(change_name, change->claim);
	g_autoptr(GString) msg = g_string_new(NULL);
	g_string_append_printf(msg,
			       "%s %s was computed on the wrong base: it is %s / %s; on %s it "
			       "is %s / %s = ",
			       r->what, stated->str, change_name->str, wrong_base,
			       ch->budget ? "the budget" : "last year's value", change_name->str,
			       last->label);
	point = cf_decimal_trim(point);
	cf_decimal_append(point, msg);
	g_string_append_c(msg, '%');
	cf_finding_set_text(f, &f->message, msg->str, (gssize)msg->len);
	cf_finding_set_text(f, &f->stated, stated->str, (gssize)stated->len);
	g_autoptr(GString) c = g_string_new(NULL);
	cf_decimal_append(point, c);
	g_string_append_c(c, '%');
	cf_finding_set_text(f, &f->computed, c->str, (gssize)c->len);
	add_related_terms(ctx, f, r);
	cf_relation_free(r);
}

/* The change of *@ch as the difference of its two levels, read as an increase when @up. */
static CfRelation *
difference_relation(const CfCheckContext *ctx, const Change *ch, gboolean up)
{
	GPtrArray *terms = cf_term_array_new();
	g_ptr_array_add(terms, term_of(ctx, up ? ch->current : ch->last));
	g_ptr_array_add(terms, term_of(ctx, up ? ch->last : ch->current));
	return cf_relation_new(CF_RELATION_DIFFERENCE, "change-mismatch", CF_SEVERITY_ERROR,
			       cf_term_new_claim(ch->change), terms,
			       up ? "the increase" : "the decrease");
}

/* When the change of *@ch does not follow from its two levels (@r) but does the other way
 * (较2014年决算数1953.72万元减少3.51万元 of 1957.23万元), reports the direction and returns
 * TRUE. */
static gboolean
report_wrong_direction(CfCheckContext *ctx, const Change *ch, const CfRelation *r)
{
	if (!cf_check_rule_enabled(ctx, "change-mismatch"))
		return FALSE;
	CfOutcome outcome = cf_relation_evaluate(r, NULL, NULL, NULL, NULL);
	if (cf_outcome_holds(outcome) || outcome == CF_OUTCOME_UNKNOWN)
		return FALSE;
	gboolean up = ch->direction == DIRECTION_UP;
	CfRelation *other = difference_relation(ctx, ch, !up);
	gboolean reversed = cf_outcome_holds(cf_relation_evaluate(other, NULL, NULL, NULL, NULL));
	cf_relation_free(other);
	if (!reversed)
		return FALSE;
	g_autoptr(GString) middle = g_string_new(" is ");
	cf_check_append_claim(middle, ch->change);
	cf_check_append(middle, up ? " less than" : " more than");
	report_wrong_way(ctx, ch, ch->change, up ? "the increase " : "the decrease ", middle->str,
			 up ? ", a decrease" : ", an increase");
	return TRUE;
}

static void
check_change(CfCheckContext *ctx, const Change *ch)
{
	if (ch->current == NULL || ch->direction == DIRECTION_NONE || has_signed_figure(ch))
		return;
	if (ch->change && ch->last) {
		gboolean up = ch->direction == DIRECTION_UP;
		CfRelation *r = difference_relation(ctx, ch, up);
		if (report_wrong_direction(ctx, ch, r))
			cf_relation_free(r);
		else
			cf_check_add_relation(ctx, r);
	}
	check_rate(ctx, ch);
}

/* Checks the statement *@ch holds, if any, and puts @next in its place. */
static void
restart_change(CfCheckContext *ctx, Change *ch, Change next)
{
	if (ch->current)
		check_change(ctx, ch);
	*ch = next;
}

/* Every word of comparison_cues and last_year_words contains one of these (checked once, in
 * anchors_checked()): a text without any of them has none of those words. */
static const char *const anchor_words[] = {"上年", "去年", "同比", "上一年", NULL};

/* Where the anchor words occur in the stretch of norm that the texts before one sentence's
 * figures are cut from, found once per sentence, so that most texts need no search. */
typedef struct {
	gsize start, end; /* the stretch searched */
	GArray *found;    /* gsize pairs: the start and end of each occurrence */
	gsize base;       /* while searching: the norm offset the search's text starts at */
	gsize known_end;  /* while searching: occurrences ending here or before are known */
} Anchors;

static gboolean
each_has_anchor(const char *const *words)
{
	for (guint i = 0; words[i]; i++)
		if (!cf_rates_contains_any(words[i], anchor_words))
			return FALSE;
	return TRUE;
}

static void
anchors_checked(void)
{
	static gsize checked = 0;
	if (g_once_init_enter(&checked)) {
		g_assert(each_has_anchor(comparison_cues) && each_has_anchor(last_year_words));
		g_once_init_leave(&checked, 1);
	}
}

static gboolean
count_word(gsize at, gsize length, gpointer data)
{
	(void)at;
	(void)length;
	(*(guint *)data)++;
	return TRUE;
}

guint
cf_check_change_count_words(const char *text, gsize length, const char *const *words,
			    gboolean *contains)
{
	CfWordSet set;
	cf_word_set_init(&set, words);
	guint n = 0;
	cf_word_set_scan(&set, text, length, count_word, &n);
	*contains = cf_word_set_scan(&set, text, length, NULL, NULL);
	return n;
}

static const WordSets *
word_sets(void)
{
	static WordSets sets;
	static gsize ready = 0;
	if (g_once_init_enter(&ready)) {
		cf_word_set_init(&sets.anchor, anchor_words);
		cf_word_set_init(&sets.comparison, comparison_cues);
		cf_word_set_init(&sets.last_year, last_year_words);
		cf_word_set_init(&sets.unchanged, cf_check_unchanged_words);
		sets.fillers_end = last_byte_set(verb_fillers);
		sets.reach_end = last_byte_set(reach_words);
		sets.increase_end = last_byte_set(increase_words);
		sets.decrease_end = last_byte_set(decrease_words);
		g_once_init_leave(&ready, 1);
	}
	return &sets;
}

/* cf_rates_contains_any() on a copy of @span, for @set's words. */
static gboolean
span_contains_any(const Span *span, const CfWordSet *set)
{
	return cf_word_set_scan(set, span->text, span->length, NULL, NULL);
}

static gint
compare_pairs(gconstpointer x, gconstpointer y)
{
	const gsize *a = x, *b = y;
	return a[0] != b[0] ? (a[0] < b[0] ? -1 : 1) : a[1] != b[1] ? (a[1] < b[1] ? -1 : 1) : 0;
}

/* An anchor word at @at (from a->base), @length bytes long, unless a->found has it. */
static gboolean
anchor_found(gsize at, gsize length, gpointer data)
{
	Anchors *a = data;
	gsize pair[2] = {a->base + at, a->base + at + length};
	if (pair[1] > a->known_end)
		g_array_append_vals(a->found, pair, 2);
	return TRUE;
}

/* Finds the anchor words of norm[start, span_end) into @a.  The stretches of a line's
 * sentences overlap (each reaches back up to RATES_MAX_LOOKBACK bytes): where this one
 * begins inside the last one and ends at or after it, the occurrences found there that lie
 * in this one are kept and only the rest is searched (from where a word ending past the last
 * stretch can begin). */
static void
anchors_search(Anchors *a, const char *norm, gsize start, gsize span_end)
{
	const CfWordSet *anchor = &word_sets()->anchor;
	gsize from = start;
	a->known_end = start;
	if (a->start <= start && start <= a->end && a->end <= span_end) {
		/* keep the occurrences of the last stretch that begin in this one (they end in
		 * it: at or before a->end) */
		guint kept = 0;
		gsize *pairs = (gsize *)(gpointer)a->found->data;
		for (guint i = 0; i + 1 < a->found->len; i += 2)
			if (pairs[i] >= start) {
				pairs[kept++] = pairs[i];
				pairs[kept++] = pairs[i + 1];
			}
		g_array_set_size(a->found, kept);
		a->known_end = a->end;
		if (a->end > start + anchor->longest - 1)
			from = a->end - (anchor->longest - 1);
	} else {
		g_array_set_size(a->found, 0);
	}
	a->start = start;
	a->end = span_end;
	a->base = from;
	cf_word_set_scan(anchor, norm + from, span_end - from, anchor_found, a);
	/* in order of their starts, for anchors_within()'s bisection (the kept ones and those
	 * found again may interleave) */
	const gsize *pairs = (const gsize *)(gconstpointer)a->found->data;
	for (guint i = 2; i + 1 < a->found->len; i += 2)
		if (compare_pairs(&pairs[i - 2], &pairs[i]) > 0) {
			qsort(a->found->data, a->found->len / 2, 2 * sizeof(gsize), compare_pairs);
			break;
		}
}

/* Finds the anchor words from where the text before @sentence's first figure may start to
 * its last figure. */
static void
anchors_index(Anchors *a, const CfCheckContext *ctx, const CfRatesSentence *sentence)
{
	const CfClaim *first = sentence->claims[0];
	const CfClaim *final = sentence->claims[sentence->len - 1];
	gsize start, end;
	cf_rates_range_before(ctx, NULL, first, FALSE, &start, &end);
	end = MAX(start, final->range.start);
	/* the copy stops at a NUL in norm, as every text cut from norm does */
	Span span = span_of(ctx, start, end);
	anchors_search(a, ctx->document->norm, start, start + span.length);
}

gboolean
cf_check_change_anchors_agree(const char *text, const gsize *starts, const gsize *ends,
			      guint n)
{
	Anchors a = {0, 0, g_array_new(FALSE, FALSE, sizeof(gsize)), 0, 0};
	Anchors fresh = {0, 0, g_array_new(FALSE, FALSE, sizeof(gsize)), 0, 0};
	gboolean agree = TRUE;
	for (guint i = 0; i < n && agree; i++) {
		anchors_search(&a, text, starts[i], ends[i]);
		/* a search that keeps nothing of a last one */
		fresh.start = fresh.end = 0;
		g_array_set_size(fresh.found, 0);
		anchors_search(&fresh, text, starts[i], ends[i]);
		/* (qsort() and memcmp() want non-NULL arrays even for none) */
		if (a.found->len > 2)
			qsort(a.found->data, a.found->len / 2, 2 * sizeof(gsize), compare_pairs);
		agree = a.found->len == fresh.found->len && a.start == fresh.start &&
			a.end == fresh.end &&
			(a.found->len == 0 ||
			 memcmp(a.found->data, fresh.found->data, a.found->len * sizeof(gsize)) == 0);
	}
	g_array_unref(a.found);
	g_array_unref(fresh.found);
	return agree;
}

/* TRUE when an anchor word lies in norm[start, end), or the stretch searched does not cover
 * it.  The occurrences are in order of their starts: the first starting at @start or after,
 * by bisection, then those starting before @end (a sentence of n figures, each asking,
 * cost n² when every occurrence was looked at). */
static gboolean
anchors_within(const Anchors *a, gsize start, gsize end)
{
	if (start < a->start || end > a->end)
		return TRUE;
	const gsize *pairs = (const gsize *)(gconstpointer)a->found->data;
	guint low = 0, high = a->found->len / 2;
	while (low < high) {
		guint mid = low + (high - low) / 2;
		if (pairs[2 * mid] < start)
			low = mid + 1;
		else
			high = mid;
	}
	for (guint i = low; i < a->found->len / 2 && pairs[2 * i] < end; i++)
		if (pairs[2 * i + 1] <= end)
			return TRUE;
	return FALSE;
}

/* span_contains_any(@span, @words) for @words one of the lists the anchors cover. */
static gboolean
has_cue(const Anchors *a, const Span *span, const CfWordSet *words)
{
	return anchors_within(a, span->start, span->end) && span_contains_any(span, words);
}

/* The text before @claim (cf_rates_text_before()), where it lies in norm. */
static Span
text_before(const CfCheckContext *ctx, const CfClaim *from, const CfClaim *claim,
	    gboolean clause)
{
	gsize start, end;
	cf_rates_range_before(ctx, from, claim, clause, &start, &end);
	return span_of(ctx, start, end);
}

/* Words before a year that compare with it (与2022年相比, 比2022年, 较2022年度), and words
 * that may follow it before the direction verb. */
static const Word year_comparison_words[] = {WORD("与"), WORD("比"), WORD("较"), WORD("同"),
					     WORD("和"), {NULL, 0}};
static const char *const year_comparison_tails[] = {"度", "相比", "比较", "对比", "，", ",", " ",
						     NULL};
/* At most this many bytes of a direction verb and its fillers follow the comparison
 * (增加了, 增长为, 下降幅度约). */
#define YEAR_COMPARISON_VERB_BYTES 15

/* TRUE when the words of @year's clause before it (from @from, when not NULL) end with a word
 * that compares with it: 与2022年, 比2022年, 较2022年. */
static gboolean
year_is_compared(const CfCheckContext *ctx, const CfClaim *from, const CfClaim *year)
{
	gsize start, end;
	cf_rates_range_before(ctx, from, year, TRUE, &start, &end);
	Span before = span_of(ctx, start, end);
	gsize n = before.length;
	while (n > 0 && g_ascii_isspace(before.text[n - 1]))
		n--;
	for (guint w = 0; year_comparison_words[w].text; w++)
		if (ends_with(before.text, n, &year_comparison_words[w]))
			return TRUE;
	return FALSE;
}

/* The years sentence_year() reads in one sentence: before[k] for k <= known (NO_YEAR: none
 * stated before the figure k); before is NULL until asked. */
typedef struct {
	const CfRatesSentence *sentence;
	int *before;
	guint known;
} SentenceYears;

#define NO_YEAR G_MININT

/* The year @c names as its sentence's own (2018年 in 2018年…比2017年减少, not the 2017 compared
 * with), or NO_YEAR. */
static int
own_year(const CfCheckContext *ctx, const CfClaim *c)
{
	if (c->kind == CF_CLAIM_YEAR && c->has_value && c->value.scale == 0 &&
	    !year_is_compared(ctx, NULL, c))
		return (int)c->value.mantissa;
	return NO_YEAR;
}

/* The year the figures of @years' sentence before its @before-th claim are of: the last year
 * named there that is not itself compared with (与2019年相比 names the other year), or
 * NO_YEAR. */
static int
stated_year(const CfCheckContext *ctx, SentenceYears *years, guint before)
{
	/* read forward once per sentence (looked back from each figure, a sentence of n
	 * compared years cost n²) */
	const CfRatesSentence *sentence = years->sentence;
	if (years->before == NULL) {
		years->before = g_new(int, sentence->len + 1);
		years->before[0] = NO_YEAR;
		years->known = 0;
	}
	for (; years->known < before; years->known++) {
		int own = own_year(ctx, sentence->claims[years->known]);
		years->before[years->known + 1] =
			own != NO_YEAR ? own : years->before[years->known];
	}
	return years->before[before];
}

/* stated_year(), else the report's year. */
static int
sentence_year(const CfCheckContext *ctx, SentenceYears *years, guint before)
{
	int year = stated_year(ctx, years, before);
	return year != NO_YEAR ? year : ctx->document->metadata.year;
}

/* Shares (percentages) a rate may follow between it and its level, at most. */
#define RATE_SKIPPED_SHARES 2

/* Bytes of words before a change figure for it to be read with the level before them. */
#define NEAR_BYTES 40
/* …and when the comparison names the subject again after a comma: at most these in all,
 * and in the clause of the subject and the verb (一般公共预算财政拨款支出增加: 42). */
#define RESTATED_BYTES 120
#define RESTATED_CLAUSE_BYTES 60

/* The words after the last "，" of text[0, @n), NULL when it has none. */
static const char *
after_last_comma(const char *text, gsize n)
{
	static const char comma[] = "，";
	const char *after = NULL;
	for (const char *p = text; (p = memmem(p, n - (gsize)(p - text), comma, sizeof comma - 1));
	     p += sizeof comma - 1)
		after = p + sizeof comma - 1;
	/* or an ASCII comma, as web pages write it */
	const char *ascii = memrchr(text, ',', n);
	if (ascii && (after == NULL || ascii + 1 > after))
		after = ascii + 1;
	return after;
}

/* TRUE when @span (the words before a change figure, with a comparison cue) is a comparison
 * clause and then the subject named again: 。与2022年相比，一般公共预算财政拨款支出增加 /
 * ，与上年相比，收、支总计各增加 — the last clause RESTATED_CLAUSE_BYTES or shorter. */
static gboolean
restates_subject(const Span *span)
{
	if (span->length > RESTATED_BYTES)
		return FALSE;
	const char *tail = after_last_comma(span->text, span->length);
	if (tail == NULL)
		return FALSE;
	gsize n = span->length - (gsize)(tail - span->text);
	if (n > RESTATED_CLAUSE_BYTES)
		return FALSE;
	/* the comparison is before the comma, not in the last clause (，比2022年减少) */
	static const char *const comparing[] = {"比", "较", "与", "上年", "去年", NULL};
	for (gsize i = 0; i < n; i++)
		if (g_ascii_isdigit(tail[i]))
			return FALSE;
	return cf_rates_first_of(tail, n, comparing) == n;
}

/* Drops from the end of text[0, *@n) one of @words, if it ends with one; TRUE when it did. */
static gboolean
drop_ending(const char *text, gsize *n, const Word *words)
{
	for (guint w = 0; words[w].text; w++)
		if (ends_with(text, *n, &words[w])) {
			*n -= words[w].length;
			return TRUE;
		}
	return FALSE;
}

/* Words that may name what last year's figure is of between the comparison and the figure
 * (较上年预算1.50万元, 比2022年度决算数, 比上年同期的, 比2015年实际执行支出). */
static const Word base_words[] = {WORD("预算数"), WORD("预算"), WORD("决算数"), WORD("决算"),
				  WORD("执行数"), WORD("执行"), WORD("实际"),   WORD("支出"),
				  WORD("收入"),   WORD("同期"), WORD("的"),     {NULL, 0}};

/* TRUE when the words between @previous and the @i-th claim of @sentence compare with the
 * year before by its number: 收入860.50万元，与2022年相比增加 in a statement of 2023 — the
 * comparison cue the family otherwise reads as 比上年.  The year must be the one right
 * before the sentence's own when that is known (2019 in a 2023 report is a comparison over
 * years, not with last year's figure). */
static gboolean
compares_with_year_before(const CfCheckContext *ctx, SentenceYears *years, guint i,
			  const CfClaim *previous)
{
	const CfRatesSentence *sentence = years->sentence;
	const CfClaim *c = sentence->claims[i];
	guint k = i, at = i;
	const CfClaim *year = NULL;
	/* the nearest year; only years before it (the sentence's own: 2018年…比2017年减少) */
	while (k > 0 && sentence->claims[k - 1] != previous) {
		const CfClaim *y = sentence->claims[--k];
		if (y->kind != CF_CLAIM_YEAR)
			return FALSE; /* another figure between: not a plain comparison */
		if (year == NULL)
			year = y, at = k;
	}
	if (year == NULL || !year->has_value || !year_is_compared(ctx, previous, year))
		return FALSE;
	/* (when the sentence's own year is unknown the comparison is still read: D / (X − D) is
	 * the rate whatever the year compared with) */
	int own = sentence_year(ctx, years, at);
	if (own > 0 && cf_decimal_compare(year->value, cf_decimal_from_int(own - 1)) != 0)
		return FALSE;
	/* after it: 度, 相比, a comma, then only the verb */
	Span after = span_of(ctx, year->range.end, c->range.start);
	gsize from = 0;
	while (cf_rates_skip_word(after.text, after.length, &from, year_comparison_tails))
		;
	/* (not the space a layout puts between a word and a figure: 决算数增加 0.78 万元) */
	gsize verb_end = after.length;
	while (verb_end > from && after.text[verb_end - 1] == ' ')
		verb_end--;
	if (verb_end - from <= YEAR_COMPARISON_VERB_BYTES)
		return TRUE;
	/* or words naming what that year's figure is of (比2015年实际执行支出361.97亿元) */
	gsize n = verb_end - from;
	for (guint drops = 0; drops < 3 && drop_ending(after.text + from, &n, base_words); drops++)
		;
	if (n == 0)
		return TRUE;
	/* or a clause of its own, then the subject named again: 与2022年相比，一般公共预算财政拨款
	 * 支出增加 (the verb that ends it is the caller's to read) */
	return restates_subject(&after);
}

/* TRUE when @span ends with a comparison cue the figure after it completes (比上年111436.86
 * 万元减少…: last year's figure, as 比上年的L). */
static gboolean
ends_with_comparison(const Span *span)
{
	static const char *const cues[] = {"比上年",     "较上年",     "比去年", "较去年",
					   "比上年同期", "较上年同期", NULL};
	gsize n = span->length;
	while (n > 0 && span->text[n - 1] == ' ')
		n--;
	for (guint i = 0; cues[i]; i++) {
		gsize m = strlen(cues[i]);
		if (n >= m && memcmp(span->text + n - m, cues[i], m) == 0)
			return TRUE;
	}
	return FALSE;
}

/* ---- two years' figures, then the change between them ---- */

/* The year a figure is of when its own clause names it right before it (2016年预算8万元:
 * 2016; not 与2015年相比的8万元), or NO_YEAR. */
static int
clause_year(const CfCheckContext *ctx, const CfRatesSentence *sentence, const CfClaim *c)
{
	gint at = cf_rates_sentence_find(sentence, c);
	if (at <= 0)
		return NO_YEAR;
	const CfClaim *year = sentence->claims[at - 1];
	int own = own_year(ctx, year);
	if (own == NO_YEAR)
		return NO_YEAR;
	static const char *const breaks[] = {"，", ",", "；", ";", "。", "、", "：", ":", NULL};
	Span between = span_of(ctx, year->range.end, c->range.start);
	return cf_rates_first_of(between.text, between.length, breaks) == between.length ? own
											 : NO_YEAR;
}

/* Words that may open the change of two years' figures before its verb: ，对比减少 ，与上年
 * 相比增加 ，同比下降. */
static const char *const pair_openers[] = {"，",     ",",      "；",       ";",      " ",
					   "与上年", "与去年", "与上一年", "比上年", "较上年",
					   "比去年", "较去年", "与之",     "同比",   "对比",
					   "相比",   "比较",   "相较",     "较之",   NULL};

/* TRUE when @span, the words between the second of two years' figures and the figure after
 * it, are a direction verb and at most words that open a comparison (pair_openers). */
static gboolean
is_pair_change_words(const Span *span)
{
	gsize verb_start = 0;
	if (span->length > NEAR_BYTES ||
	    ending_direction_at(span, FALSE, &verb_start) == DIRECTION_NONE)
		return FALSE;
	gsize at = 0;
	while (at < verb_start && cf_rates_skip_word(span->text, verb_start, &at, pair_openers))
		;
	return at == verb_start;
}

/* TRUE when @a and @b (in this order in @sentence) are one item's figures of two years, each
 * named right before it under the same label (公务接待费2016年预算8万元，2015年预算12.5万元),
 * and two years in a row when @last_year (the change is said of last year: 2017年…477.35万
 * 公里…，到2019年…501.25万公里，比上年增加16.60万公里 compares 2019 with 2018);
 * *@current is then the later year's and *@last the earlier's. */
static gboolean
year_pair(const CfCheckContext *ctx, const CfRatesSentence *sentence, const CfClaim *a,
	  const CfClaim *b, gboolean last_year, const CfClaim **current, const CfClaim **last)
{
	if (a->label == NULL || b->label == NULL || strcmp(a->label, b->label) != 0 ||
	    !cf_rates_same_measure(a, b))
		return FALSE;
	int year_a = clause_year(ctx, sentence, a), year_b = clause_year(ctx, sentence, b);
	if (year_a == NO_YEAR || year_b == NO_YEAR || year_a == year_b ||
	    (last_year && ABS(year_a - year_b) != 1))
		return FALSE;
	*current = year_a > year_b ? a : b;
	*last = year_a > year_b ? b : a;
	return TRUE;
}

/* Bytes after a 上年 its carry-over word may stand at most (专项政策性: 5 characters, and 结转). */
#define CARRY_OVER_WORDS_BYTES (8 * 3)

/* TRUE when every 上年 of @span names this year's carry-over (上年结转, 上年结余, 上年专项
 * 政策性结转: 上年结转和结余190.89万元 is this year's figure) and no other word says last
 * year. */
static gboolean
names_carry_over_only(const Span *span)
{
	static const char last[] = "上年";
	static const char *const items[] = {"结转", "结余", NULL};
	guint years = 0, carried = 0;
	for (const char *p = memmem(span->text, span->length, last, strlen(last)); p != NULL;) {
		years++;
		const char *after = p + strlen(last);
		gsize rest = span->length - (gsize)(after - span->text);
		/* (right after it, or a few words on: 上年专项政策性结转使用) */
		gsize near = MIN(rest, CARRY_OVER_WORDS_BYTES);
		while (near > 0 && near < rest && ((guchar)after[near] & 0xC0) == 0x80)
			near--;
		gsize at = cf_rates_first_of(after, near, items);
		static const char same_period[] = "同期"; /* 上年同期结余: last year's */
		if (at < near &&
		    (at == 0 || !memmem(after, at, same_period, sizeof same_period - 1)))
			carried++;
		p = memmem(after, rest, last, strlen(last));
	}
	return years > 0 && carried == years && !span_contains(span, "去年") &&
	       !span_contains(span, "上一年");
}

/* TRUE when the words right after the figure at @i of @sentence (up to the next figure) compare
 * it with the year before, or the rest of the sentence does (同比) naming no year of its own:
 * the figure is of the year the words before it name, the report looking back on it (去年全年…
 * 收入累计完成310682万元,同比增加23188万元), no last year's of a comparison. */
static gboolean
compared_after(const Anchors *a, const CfCheckContext *ctx, const CfRatesSentence *sentence,
	       guint i)
{
	if (i + 1 >= sentence->len)
		return FALSE;
	const CfClaim *c = sentence->claims[i];
	Span after = span_of(ctx, c->range.end, sentence->claims[i + 1]->range.start);
	if (has_cue(a, &after, &word_sets()->comparison))
		return TRUE;
	/* …or the rest of the sentence compares 同比 and names no year of its own: the figures
	 * after it are of the year it names (去年我省345个监测评价断面中,Ⅰ~Ⅲ类水质断面323个占
	 * 93.6%,同比持平;…), not 去年…，今年…，同比增长 */
	static const char *const this_year[] = {"今年", "本年", "当年", "本期", NULL};
	const CfClaim *final = sentence->claims[sentence->len - 1];
	const char *norm = ctx->document->norm;
	gsize end = final->range.end, limit = MIN(ctx->document->norm_length, end + 60);
	while (end < limit && norm[end] != '\n' &&
	       !(limit - end >= 3 && memcmp(norm + end, "。", 3) == 0))
		end++;
	Span rest = span_of(ctx, c->range.end, end);
	if (!span_contains(&rest, "同比"))
		return FALSE;
	for (guint w = 0; this_year[w]; w++)
		if (span_contains(&rest, this_year[w]))
			return FALSE;
	for (guint k = i + 1; k < sentence->len; k++)
		if (sentence->claims[k]->kind == CF_CLAIM_YEAR)
			return FALSE;
	return TRUE;
}

/* TRUE when @span (the words before a figure) says the figure is last year's. */
static gboolean
says_last_year(const Anchors *a, const Span *span)
{
	return has_cue(a, span, &word_sets()->last_year) &&
	       !has_cue(a, span, &word_sets()->comparison) && !names_carry_over_only(span);
}

/* TRUE when @text, the words of the figure at @i of @sentence since the figure before it,
 * end with a comparison and at most words naming what is compared (较上年预算, 比2022年,
 * 较2022年度预算): the figure is last year's, as in 比上年的L. */
static gboolean
names_compared_base(const CfCheckContext *ctx, const CfRatesSentence *sentence, guint i,
		    const Span *text)
{
	gsize n = text->length;
	while (n > 0 && text->text[n - 1] == ' ')
		n--;
	for (guint k = 0; k < 3 && drop_ending(text->text, &n, base_words); k++)
		;
	Span rest = {text->text, n, text->start, text->start + n};
	if (ends_with_comparison(&rest))
		return TRUE;
	/* a year compared with, right before (比2022年, 较2022年度预算) */
	if (i == 0 || sentence->claims[i - 1]->kind != CF_CLAIM_YEAR)
		return FALSE;
	const CfClaim *year = sentence->claims[i - 1];
	gsize end = text->start + n;
	if (end == year->range.end + strlen("度") &&
	    memcmp(ctx->document->norm + year->range.end, "度", strlen("度")) == 0)
		end = year->range.end;
	return end == year->range.end && year_is_compared(ctx, NULL, year);
}

/* Bytes at the end of a figure's clause that can hold 较多年平均 and three characters. */
#define OTHER_YEARS_TAIL_BYTES ((2 + 4 + 3) * 3)

/* TRUE when @span, the words before a figure, end by comparing with the average of other
 * years (较多年平均, 比常年, 较历年同期, 与多年均值相比 …), a word of what is compared after it
 * at most. */
static gboolean
names_other_years_base(const Span *span)
{
	static const char *const openers[] = {"较", "比", "与", "同", "相比", NULL};
	static const char *const bases[] = {"多年平均", "多年均值", "常年", "历年同期", "歷年同期",
					    NULL};
	Span clause = after_last_stop(span, FALSE);
	/* (only its end can hold them: an opener, a base and three characters at most) */
	gsize from = clause.length > OTHER_YEARS_TAIL_BYTES ? clause.length - OTHER_YEARS_TAIL_BYTES
							     : 0;
	while (from < clause.length && ((guchar)clause.text[from] & 0xC0) == 0x80)
		from++;
	for (guint b = 0; bases[b]; b++) {
		const char *hit = g_strstr_len(clause.text + from, (gssize)(clause.length - from),
					       bases[b]);
		if (hit == NULL)
			continue;
		gsize before = (gsize)(hit - clause.text);
		gsize after = clause.length - before - strlen(bases[b]);
		for (guint o = 0; openers[o]; o++) {
			gsize n = strlen(openers[o]);
			if (before >= n && memcmp(hit - n, openers[o], n) == 0 && after <= 3 * 3)
				return TRUE;
		}
	}
	return FALSE;
}

/* Words between a restated subject and its verb: 收、支总计各增加. */
static const Word subject_fillers[] = {WORD("各"), WORD("共"), WORD("分别"), WORD(" "),
				       {NULL, 0}};

/* The subject @span names again before its verb (，与上年相比，支出增加: 支出), its length in
 * *@m (0: none named, ，与2022年相比，增加); NULL when @span ends with no verb of a change. */
static const char *
restated_subject(const Span *span, gsize *m)
{
	const char *text = span->text;
	gsize n = span->length;
	while (drop_ending(text, &n, verb_fillers))
		;
	if (!drop_ending(text, &n, increase_words) && !drop_ending(text, &n, decrease_words))
		return NULL;
	while (drop_ending(text, &n, subject_fillers))
		;
	const char *subject = after_last_comma(text, n);
	if (subject == NULL)
		subject = text;
	*m = n - (gsize)(subject - text);
	return subject;
}

/* TRUE when @subject (restated_subject(), @m bytes) is @level's: its label, or the end of it
 * (财政拨款支出1100万元。与上年相比，支出增加 …); a longer or another name (人员经费增加,
 * 基本支出增加) is another figure's change. */
static gboolean
subject_is(const char *subject, gsize m, const CfClaim *level)
{
	gsize l = level->label ? strlen(level->label) : 0;
	/* (the level said of each: 收、支总计均为1,145.52万元) */
	static const Word each[] = {WORD("均"), {NULL, 0}};
	if (l > 0)
		drop_ending(level->label, &l, each);
	if (m == 0)
		return TRUE; /* no subject named again: ，与2022年相比，增加 */
	if (l == 0)
		return FALSE;
	if (m >= 2 * 3 /* two characters */ && m <= l &&
	    memcmp(level->label + l - m, subject, m) == 0)
		return TRUE;
	/* a label starts after a 、: 收、支总计 is labelled 支总计 */
	static const char enumeration_comma[] = "、";
	gsize k = sizeof enumeration_comma - 1;
	return m > l + k && memcmp(subject + m - l, level->label, l) == 0 &&
	       memcmp(subject + m - l - k, enumeration_comma, k) == 0;
}

/* TRUE when the subject @span restates (restates_subject()) is @level's (subject_is()). */
static gboolean
restated_subject_is(const Span *span, const CfClaim *level)
{
	gsize m = 0;
	const char *subject = level ? restated_subject(span, &m) : NULL;
	return subject != NULL && subject_is(subject, m, level);
}

/* The words of @span after its last comma (all of it when it has none), and their length in
 * *@n. */
static const char *
last_clause(const Span *span, gsize *n)
{
	const char *tail = after_last_comma(span->text, span->length);
	if (tail == NULL)
		tail = span->text;
	*n = span->length - (gsize)(tail - span->text);
	return tail;
}

/* Words that name no subject of their own before a comparison (总体较上年增加). */
static const char *const general_subjects[] = {"总体", "整体", "全年", "累计", "合计", "总计",
					       "共计", "总额", NULL};
/* Words before the subject that are no part of it (，其中公务接待较上年减少). */
static const char *const subject_openers[] = {"其中", "：", ":", " ", "分别", "各", NULL};

/* TRUE when @span (the words before a change figure) names, in the clause of its comparison
 * and before it, a subject that is not @level's: ，其中公务接待较上年同期减少 after the 三公经费
 * total is the change of 公务接待, whose level is not stated. */
static gboolean
names_other_subject(const Span *span, const CfClaim *level)
{
	gsize n;
	const char *tail = last_clause(span, &n);
	gsize cue = cf_rates_first_of(tail, n, comparing_words);
	if (cue == n)
		return FALSE;
	gsize from = 0;
	while (cf_rates_skip_word(tail, cue, &from, subject_openers))
		;
	const char *subject = tail + from;
	gsize m = cue - from;
	if (g_utf8_strlen(subject, (gssize)m) < 2)
		return FALSE;
	for (guint w = 0; general_subjects[w]; w++)
		if (m == strlen(general_subjects[w]) && memcmp(subject, general_subjects[w], m) == 0)
			return FALSE;
	gsize l = level && level->label ? strlen(level->label) : 0;
	if (l == 0)
		return TRUE;
	/* a part of the level's name (支出 or 三公经费 for 三公经费支出), or the name with more in
	 * front (本年支出 for 支出) */
	if (m <= l)
		return memmem(level->label, l, subject, m) == NULL;
	return memcmp(subject + m - l, level->label, l) != 0;
}

/* Bytes between a level figure and the start of the next sentence's comparison words, at
 * most, for the figure to be the level the comparison is about (收入：792.22万元。同比…). */
#define CARRIED_LEVEL_GAP 6
/* Bytes of a description between them, at most (carried_description()). */
#define CARRIED_DESCRIPTION_BYTES 240

/* The words that open what a figure is, right after it (为市本级财政当年拨付的资金). */
static const char *const description_openers[] = {"为", "是", "系", "指", "主要用于", "主要是",
						  "用于", NULL};

/* TRUE when @gap, from a level figure to the start of the next sentence, is a description of
 * the figure and that sentence's end: "，为市本级财政当年拨付的资金。" or "：主要用于本单位在…
 * 方面的支出。" — the 决算说明 template 收入382.17万元，为…的资金。较2020年度决算数减少157.86万元，
 * 下降29.2%, whose comparison is of the figure the description follows. */
static gboolean
carried_description(const Span *gap)
{
	static const char *const marks[] = {"，", ",", "：", ":", NULL};
	gsize at = 0;
	if (gap->length > CARRIED_DESCRIPTION_BYTES ||
	    !cf_rates_skip_word(gap->text, gap->length, &at, marks) ||
	    !cf_rates_skip_word(gap->text, gap->length, &at, description_openers))
		return FALSE;
	const char *p = gap->text + at, *end = gap->text + gap->length;
	/* one sentence end, the last thing before the next sentence */
	const char *stop = memmem(p, (gsize)(end - p), "。", strlen("。"));
	if (stop == NULL)
		return FALSE;
	for (const char *q = stop + strlen("。"); q < end; q++)
		if (*q != ' ' && *q != '\n')
			return FALSE;
	return TRUE;
}

/* TRUE when the subject the first figure of @sentence restates (。与2014年相比,老年人口增加)
 * names @level, the last level of @previous, and another level of @previous of that measure
 * as well (60周岁及以上老年人口879.0万人…；65周岁及以上老年人口567.2万人): which one is compared
 * the words do not say. */
static gboolean
carried_subject_ambiguous(const CfCheckContext *ctx, const CfRatesSentence *previous,
			  const CfRatesSentence *sentence, const CfClaim *level,
			  const CfClaim *final)
{
	const CfClaim *first = NULL;
	for (guint k = 0; k < sentence->len && first == NULL; k++) {
		const CfClaim *c = sentence->claims[k];
		if (c->kind != CF_CLAIM_YEAR && c->kind != CF_CLAIM_ORDINAL && cf_rates_is_value(c))
			first = c;
	}
	if (first == NULL || first->range.start < final->range.end)
		return FALSE;
	Span words = span_of(ctx, final->range.end, first->range.start);
	words = after_last_stop(&words, FALSE);
	gsize m = 0;
	const char *subject = restates_subject(&words) ? restated_subject(&words, &m) : NULL;
	if (subject == NULL || m == 0 || !subject_is(subject, m, level))
		return FALSE;
	for (guint k = 0; k < previous->len && previous->claims[k] != level; k++) {
		const CfClaim *other = previous->claims[k];
		if (is_level(other) && cf_claim_same_unit(other, level) &&
		    cf_decimal_compare(other->value, level->value) != 0 &&
		    subject_is(subject, m, other))
			return TRUE;
	}
	return FALSE;
}

/* The level figure @previous (the sentence before @sentence) ends with, when @sentence starts
 * right after it, on its line, with no other figure first: 收入：792.22万元。同比上年度增加189.25万元
 * compares the figure the last sentence stated; or right after the figure's description
 * (carried_description()).  NULL otherwise. */
static const CfClaim *
carried_level(const CfCheckContext *ctx, const CfRatesSentence *previous,
	      const CfRatesSentence *sentence, gsize *words_start)
{
	*words_start = G_MAXSIZE;
	if (previous == NULL || previous->len == 0 || sentence->len == 0)
		return NULL;
	const CfClaim *final = previous->claims[previous->len - 1];
	/* the level may be followed by its shares: 支出1100万元，占本年支出合计的91.67%。与2022年… */
	const CfClaim *level = final;
	for (guint k = previous->len - 1, skipped = 0;
	     level->kind == CF_CLAIM_PERCENT && k > 0 && skipped < RATE_SKIPPED_SHARES; skipped++)
		level = previous->claims[--k];
	const CfClaim *first = sentence->claims[0];
	if (!is_level(level) || !cf_rates_same_line(ctx, level, first) || level->table >= 0)
		return NULL;
	gsize start, end;
	cf_rates_range_before(ctx, NULL, first, TRUE, &start, &end);
	if (start < final->range.end)
		return NULL;
	Span gap = span_of(ctx, final->range.end, start);
	if (start - final->range.end > CARRIED_LEVEL_GAP) {
		if (level != final || !carried_description(&gap) ||
		    carried_subject_ambiguous(ctx, previous, sentence, level, final))
			return NULL;
		*words_start = start; /* not the description's words */
		return level;
	}
	if (!span_contains(&gap, "。") ||
	    carried_subject_ambiguous(ctx, previous, sentence, level, final))
		return NULL;
	return level;
}

/* ---- a level named by its subject in an earlier sentence ---- */

/* Levels kept for named_level(), and how far back (sentences) one may be. */
#define NAMED_LEVELS 32
#define NAMED_SENTENCES 10
/* Bytes of a subject's core (subject_core()), at most. */
#define SUBJECT_CORE_BYTES 96

/* A level figure read in an earlier sentence, with the year its figures are of. */
typedef struct {
	const CfClaim *claim;
	int year;
} NamedLevel;

typedef struct {
	NamedLevel levels[NAMED_LEVELS]; /* a ring: the last NAMED_LEVELS levels read */
	guint n;                         /* levels read in all */
	int year; /* the year the last sentence that named one is of (its last year not compared
		   * with), or NO_YEAR */
} NamedLevels;

/* The year of the figures of @years' sentence before its @before-th claim, for named
 * levels: the one it names, else the one the last sentence named, else the report's (0 when
 * unknown). */
static int
named_year(const CfCheckContext *ctx, const NamedLevels *named, SentenceYears *years, guint before)
{
	int year = stated_year(ctx, years, before);
	if (year == NO_YEAR)
		year = named->year;
	return year != NO_YEAR ? year : ctx->document->metadata.year;
}

static void
named_levels_add(const CfCheckContext *ctx, NamedLevels *named, SentenceYears *years, guint i)
{
	const CfClaim *claim = years->sentence->claims[i];
	if (claim->table < 0 && claim->label != NULL)
		named->levels[named->n++ % NAMED_LEVELS] =
			(NamedLevel){claim, named_year(ctx, named, years, i)};
}

/* Sets @named's year from @sentence: its last year not compared with, if any. */
static void
named_levels_read_year(const CfCheckContext *ctx, NamedLevels *named,
		       const CfRatesSentence *sentence)
{
	for (guint k = sentence->len; k-- > 0;) {
		int own = own_year(ctx, sentence->claims[k]);
		if (own != NO_YEAR) {
			named->year = own;
			return;
		}
	}
}

/* Marks that are no part of a name (“三公”经费 is 三公经费). */
static const char *const name_marks[] = {"“", "”", "\"", "‘", "’", "'", "「", "」", " ", NULL};
/* Words before a name that say whose money or which year's it is, not what (财政拨款“三公”经费,
 * 本年收入合计). */
static const char *const name_openers[] = {"一般公共预算财政拨款", "财政拨款", "本年度", "本年",
					   "全年", "年度", "本单位", "我单位", "单位", "部门", NULL};
static const char *const year_marks[] = {"年度", "年", NULL};
/* Words after a name that say it is a figure, not what it is of (预算总额, 收入合计), and the
 * fillers before a verb (为, 分别). */
static const Word name_closers[] = {WORD("总额"), WORD("金额"), WORD("合计"), WORD("总计"),
				    WORD("总数"), WORD("共计"), WORD("数"),   WORD("为"),
				    WORD("是"),   WORD("达"),   WORD("约"),   WORD("共"),
				    WORD("分别"), WORD("各"),   {NULL, 0}};
static const Word spending[] = {WORD("支出"), {NULL, 0}};

/* The core of a subject or a label, text[0, @n): without marks, a year before it, the words
 * of name_openers before it and of name_closers after it, nor a final 支出 when two
 * characters or more are left (三公经费支出 is 三公经费; 支出合计 is 支出).  It is written to
 * @out (SUBJECT_CORE_BYTES); returns where it starts there and its length in *@length, 0 when
 * nothing is left or it does not fit. */
static const char *
subject_core(const char *text, gsize n, char *out, gsize *length)
{
	gsize m = 0;
	*length = 0;
	for (gsize at = 0; at < n;) {
		if (cf_rates_skip_word(text, n, &at, name_marks))
			continue;
		if (m == SUBJECT_CORE_BYTES)
			return out;
		out[m++] = text[at++];
	}
	gsize from = 0;
	for (gboolean again = TRUE; again;) {
		gsize digits = from;
		while (digits < m && g_ascii_isdigit(out[digits]))
			digits++;
		again = digits - from == 4 && cf_rates_skip_word(out, m, &digits, year_marks);
		if (again)
			from = digits;
		again = cf_rates_skip_word(out, m, &from, name_openers) || again;
	}
	const char *core = out + from;
	gsize k = m - from;
	while (drop_ending(core, &k, name_closers))
		;
	gsize without = k;
	if (drop_ending(core, &without, spending) && g_utf8_strlen(core, (gssize)without) >= 2)
		k = without;
	*length = g_utf8_strlen(core, (gssize)k) >= 2 ? k : 0;
	return core;
}

/* The core (subject_core(), into @out; its length in *@length, 0 when none) of the subject a
 * change figure's words name, in @text (from the line's start to the figure; read from the
 * last sentence end in it): the words before the comparison (2018年“三公”经费预算数比2017年
 * 预算数减少), or, when none are, the clause after it before the verb (与上年相比，三公经费
 * 减少). */
static const char *
named_subject_core(const Span *text, char *out, gsize *length)
{
	const char *start = after_last_stop(text, TRUE).text, *end = text->text + text->length;
	*length = 0;
	const char *cue = start + cf_rates_first_of(start, (gsize)(end - start), comparing_words);
	if (cue == end)
		return out;
	const char *comma = after_last_comma(start, (gsize)(cue - start));
	const char *subject = comma ? comma : start;
	const char *core = subject_core(subject, (gsize)(cue - subject), out, length);
	if (*length > 0)
		return core;
	/* 与上年相比，三公经费减少: after the last comma, without the verb */
	comma = after_last_comma(cue, (gsize)(end - cue));
	if (comma == NULL)
		return out;
	gsize n = (gsize)(end - comma);
	while (drop_ending(comma, &n, verb_fillers))
		;
	if (!drop_ending(comma, &n, increase_words) && !drop_ending(comma, &n, decrease_words))
		return out;
	return subject_core(comma, n, out, length);
}

/* The level an earlier sentence stated of the subject a change's words name
 * (named_subject_core()): 2018年财政拨款“三公”经费预算总额为2.7万元，… / 2018年“三公”经费预算数
 * 比2017年预算数减少0.06万元 compares the 2.7.  The subjects' cores (subject_core()) must be the
 * same, the level of the same measure and of the year @year (named_year(); 0 when unknown), and
 * NAMED_SENTENCES or fewer sentences before @change; the nearest such level.  NULL when there
 * is none. */
static const CfClaim *named_level_of_core(const NamedLevels *named, const char *core, gsize k,
					  const CfClaim *change, int year);

static const CfClaim *
named_level(const NamedLevels *named, const Span *text, const CfClaim *change, int year)
{
	if (named->n == 0)
		return NULL;
	char want[SUBJECT_CORE_BYTES];
	gsize k;
	const char *core = named_subject_core(text, want, &k);
	return k > 0 ? named_level_of_core(named, core, k, change, year) : NULL;
}

/* named_level() for the subject core @core (@k bytes). */
static const CfClaim *
named_level_of_core(const NamedLevels *named, const char *core, gsize k, const CfClaim *change,
		    int year)
{
	char have[SUBJECT_CORE_BYTES];
	gsize l;
	guint oldest = named->n > NAMED_LEVELS ? named->n - NAMED_LEVELS : 0;
	for (guint i = named->n; i-- > oldest;) {
		const NamedLevel *level = &named->levels[i % NAMED_LEVELS];
		const CfClaim *c = level->claim;
		if (c->sentence == G_MAXUINT || c->sentence + NAMED_SENTENCES < change->sentence)
			break;
		if (c->sentence >= change->sentence || !cf_rates_same_measure(c, change) ||
		    level->year != year)
			continue;
		const char *label = subject_core(c->label, strlen(c->label), have, &l);
		if (l == k && memcmp(label, core, k) == 0)
			return c;
	}
	return NULL;
}

/* TRUE when @span, the words before a change figure since the figure before it, compare
 * with the budget: 与2021年度预算相比，减少 / 较年初预算数减少 / 比预算节约 — the 预算 after
 * the comparing word, both in the last sentence. */
static gboolean
compares_with_budget(const Span *span)
{
	static const char budget[] = "预算";
	const char *b = memmem(span->text, span->length, budget, strlen(budget));
	if (b == NULL || span_contains(span, "。"))
		return FALSE;
	gsize n = (gsize)(b - span->text);
	return cf_rates_first_of(span->text, n, comparing_words) < n;
}

/* TRUE when @span, the words of a figure's clause before it, compare it with something
 * (较年初预算数减少, 比预算节约): the figure is a gap, not a level. */
static gboolean
compares_with_other(const Span *span)
{
	gsize n;
	const char *tail = last_clause(span, &n);
	return cf_rates_first_of(tail, n, comparing_words) < n;
}

/* TRUE when @span, the words of a figure's clause before it, say it is a budget variance
 * (超收392万元, 短收7431万元, 超支): a gap from the budget, neither a level nor last year's. */
static gboolean
is_budget_variance(const Span *span)
{
	static const char *const variance_words[] = {"超收", "短收", "欠收", "超支", NULL};
	static CfWordBytes variance;
	gsize n;
	const char *tail = last_clause(span, &n);
	return n > 0 && cf_word_bytes_in(cf_word_bytes_get(&variance, variance_words,
							   G_N_ELEMENTS(variance_words) - 1),
					 tail, n);
}

/* TRUE when the figure at @i of @sentence is followed by 的 and a percentage (完成年初预算数
 * 60999万元的40.4%, 占总额X万元的Y%): what the percentage is of. */
static gboolean
is_ratio_base(const CfCheckContext *ctx, const CfRatesSentence *sentence, guint i)
{
	if (i + 1 >= sentence->len || sentence->claims[i + 1]->kind != CF_CLAIM_PERCENT)
		return FALSE;
	const CfClaim *c = sentence->claims[i], *p = sentence->claims[i + 1];
	if (!cf_rates_same_line(ctx, p, c) || p->range.start < c->range.end)
		return FALSE;
	const char *between = ctx->document->norm + c->range.end;
	gsize n = p->range.start - c->range.end;
	while (n > 0 && *between == ' ')
		between++, n--;
	return n == strlen("的") && memcmp(between, "的", n) == 0;
}

/* Bytes of the words between a change figure and a rate that are only a verb (，增幅为), at
 * most: three characters. */
#define RATE_VERB_BYTES 9

/* TRUE when @span, the words between a change figure and a rate, are a verb only (，增 ，下降了
 * ，增幅): the rate is the same change's, in percent.  *@verb is the span without the
 * separators before it. */
static gboolean
is_rate_verb_only(const Span *span, Span *verb)
{
	static const char *const separators[] = {"，", ",", " ", "、", NULL};
	gsize at = 0;
	while (cf_rates_skip_word(span->text, span->length, &at, separators))
		;
	*verb = (Span){span->text + at, span->length - at, span->start + at, span->end};
	return verb->length > 0 && verb->length <= RATE_VERB_BYTES;
}

/* is_rate_verb_only() of @span after a 同比 that opens it (，同比下降): the rate of the same
 * year-over-year change, a verb and 同比 apart. */
static gboolean
is_yoy_rate_verb(const Span *span, Span *verb)
{
	static const char *const separators[] = {"，", ",", " ", "、", NULL};
	static const char *const yoy[] = {"同比", NULL};
	gsize at = 0;
	while (cf_rates_skip_word(span->text, span->length, &at, separators))
		;
	if (!cf_rates_skip_word(span->text, span->length, &at, yoy))
		return FALSE;
	Span rest = {span->text + at, span->length - at, span->start + at, span->end};
	return is_rate_verb_only(&rest, verb);
}

/* TRUE when the figure at @i of @sentence (@text: its words) follows its level, a figure of
 * its own (not one compared with), with a verb alone in a clause of its own (，增加), and the
 * figure after it is a percentage after a verb alone of the same @direction (，增437.7%). */
static gboolean
level_change_rate(const CfCheckContext *ctx, const CfRatesSentence *sentence, guint i,
		  const Span *text, Direction direction)
{
	Span verb;
	/* (a clause of its own: 比2017年1817.82万元减少94.11万元 compares with the figure before) */
	if (i + 1 >= sentence->len || text->length == 0 ||
	    !(g_str_has_prefix(text->text, "，") || text->text[0] == ',') ||
	    !is_rate_verb_only(text, &verb) || span_contains(&verb, "调") ||
	    cf_rates_is_compared_figure(ctx,
					cf_rates_previous_value(sentence, sentence->claims[i])))
		return FALSE; /* (调减16000万元，下降9.7%: an adjustment to the budget, no change) */
	const CfClaim *c = sentence->claims[i], *rate = sentence->claims[i + 1];
	if (rate->kind != CF_CLAIM_PERCENT || !rate->has_value || cf_claim_is_points(rate))
		return FALSE;
	Span words = text_before(ctx, c, rate, FALSE);
	return is_rate_verb_only(&words, &verb) && ending_direction(&words, FALSE) == direction;
}

/* A change figure that says one direction (较上年减0.04万元) and the rate right after it the
 * other (，增0.01%): one of the two verbs is wrong. */
static void
report_opposite_rate(CfCheckContext *ctx, const CfClaim *change, const CfClaim *rate,
		     Direction rate_direction, const Span *verb)
{
	CfFinding *f = cf_check_new_finding(ctx, "change-mismatch", CF_SEVERITY_ERROR, rate);
	g_autoptr(GString) stated = g_string_new(NULL);
	cf_check_append_claim(stated, rate);
	g_autoptr(GString) msg = g_string_new(NULL);
	gboolean up = rate_direction == DIRECTION_UP;
	cf_check_append_strings(msg, "the rate ", stated->str, " is stated as ",
				up ? "an increase (" : "a decrease (", NULL);
	g_string_append_len(msg, verb->text, (gssize)verb->length);
	cf_check_append(msg, "), but the change it follows, ");
	cf_check_append_claim(msg, change);
	cf_check_append(msg, up ? ", as a decrease: one of the two is wrong"
				: ", as an increase: one of the two is wrong");
	cf_finding_set_text(f, &f->message, msg->str, (gssize)msg->len);
	cf_finding_set_text(f, &f->stated, stated->str, (gssize)stated->len);
	cf_check_add_related_claim(ctx, f, change, "the change");
}

/* TRUE when @c stands in a parenthesis opened after @level and not closed before @c. */
static gboolean
in_aside_after(const CfCheckContext *ctx, const CfClaim *level, const CfClaim *c)
{
	const char *norm = ctx->document->norm;
	if (level->range.end > c->range.start ||
	    c->range.start - level->range.end > RATES_MAX_LOOKBACK)
		return FALSE;
	gsize n = c->range.start - level->range.end;
	/* (most figures have no parenthesis before them) */
	if (memchr(norm + level->range.end, '(', n) == NULL &&
	    memmem(norm + level->range.end, n, "（", strlen("（")) == NULL)
		return FALSE;
	int open = 0;
	for (gsize p = level->range.end; p < c->range.start; p++) {
		gsize width;
		int paren = cf_rates_paren_at(norm, c->range.start, p, &width);
		if (paren > 0 || (paren < 0 && open > 0))
			open += paren;
	}
	return open > 0;
}

/* @span after the aside it opens with, a parenthesis closed in it (9126.14万人次(不包括义务
 * 教育免费教科书),比上年增加692.87万人次: what follows is said of the figure before it), else
 * @span as it is. */
static Span
after_aside(const Span *span)
{
	gsize p = 0, width;
	if (cf_rates_paren_at(span->text, span->length, 0, &width) <= 0)
		return *span;
	for (guint depth = 1; (p += width) < span->length;) {
		int paren = cf_rates_paren_at(span->text, span->length, p, &width);
		if (paren == 0)
			width = 1;
		/* (营养(yǎng)膳食: a gloss within) */
		else if ((depth += paren) == 0) {
			Span after = *span;
			after.text += p + width;
			after.start += p + width;
			after.length -= p + width;
			return after;
		}
	}
	return *span;
}

static void
read_sentence(CfCheckContext *ctx, SentenceYears *years, const Anchors *a, const CfClaim *level,
	      gsize words_start, NamedLevels *named)
{
	const CfRatesSentence *sentence = years->sentence;
	Change ch = {0};
	/* @level: the last level figure seen (from the sentence before: carried_level(); the
	 * first figure's words then start at @words_start, unless that is G_MAXSIZE) */
	const CfClaim *last_year = NULL; /* a figure the words call last year's, not yet used */
	const CfClaim *pending = NULL;   /* 比上年的L: L, waiting for its change figure */
	const CfClaim *said = NULL; /* the last figure, when its words compare and give a verb */
	const CfClaim *older = NULL; /* the level before @level in this sentence, if any */
	const CfClaim *outer = NULL; /* the level a parenthesis @level is in breaks down */
	Direction said_direction = DIRECTION_NONE;
	for (guint i = 0; i < sentence->len; i++) {
		const CfClaim *c = sentence->claims[i];
		if (c->kind == CF_CLAIM_YEAR || c->kind == CF_CLAIM_ORDINAL || !cf_rates_is_value(c))
			continue;
		const CfClaim *previous = cf_rates_previous_value(sentence, c);
		/* (the sentence's first figure: its words since the level carried over, if any) */
		Span text = previous == NULL && words_start != G_MAXSIZE
				    ? span_of(ctx, words_start, c->range.start)
				    : text_before(ctx, previous ? previous : level, c, FALSE);
		/* the words of the figure's own clause after a ；(与上年无变化；公务接待费633万元 is
		 * no figure of last year), and of its own sentence when it is the first figure and
		 * no level is carried (与上年对比减少24.55万元。其中：公务接待费2016年预算8万元) */
		text = after_last_stop(&text, previous == NULL && level == NULL);
		text = after_aside(&text);
		Direction direction = ending_direction(&text, FALSE);
		gboolean comparison = has_cue(a, &text, &word_sets()->comparison);
		/* 与2021年度预算相比，减少D: the same statement, of the budget (a year named with
		 * it is the budget's) */
		gboolean budget = !comparison && direction != DIRECTION_NONE &&
				  c->kind != CF_CLAIM_PERCENT && compares_with_budget(&text);
		comparison =
			comparison || budget || compares_with_year_before(ctx, years, i, previous);
		/* words that restate the subject must restate this one (与2022年相比，人员经费增加
		 * after 支出1100万元 is another figure's change) */
		gboolean restated = comparison && restates_subject(&text);
		gboolean near = restated ? restated_subject_is(&text, previous ? previous : level)
					 : text.length <= NEAR_BYTES &&
						   !names_other_subject(&text, previous ? previous : level);

		/* (增长N倍: a rate in times, of an increase only) */
		const gboolean times = is_multiple(ctx, c);
		if (c->kind == CF_CLAIM_PERCENT || times) {
			Span verb;
			if (said && previous == said && direction != DIRECTION_NONE &&
			    direction != said_direction &&
			    (is_rate_verb_only(&text, &verb) || is_yoy_rate_verb(&text, &verb)) &&
			    !cf_claim_is_points(c) && !times)
				report_opposite_rate(ctx, said, c, direction, &verb);
			said = NULL;
			if (times && direction != DIRECTION_UP)
				continue;
			/* 年均增长Y%: a yearly average, of the change between two named years only */
			if (names_average(&text)) {
				if (ch.current && ch.last && ch.years && !ch.rate && !times &&
				    direction != DIRECTION_NONE && near &&
				    (previous == ch.change || previous == ch.current) &&
				    (ch.direction == DIRECTION_NONE || ch.direction == direction) &&
				    !cf_claim_is_points(c) &&
				    ch.current->kind != CF_CLAIM_PERCENT) {
					ch.rate = c;
					ch.direction = direction;
					ch.average = TRUE;
				}
				continue;
			}
			/* 增长Y%: after the change figure, or right after the comparison */
			if (ch.current && ch.rate == NULL && direction != DIRECTION_NONE && near &&
			    (comparison || previous == ch.change || previous == ch.current) &&
			    !cf_claim_is_points(c) && !span_contains(&text, "百分点") &&
			    (ch.direction == DIRECTION_NONE || ch.direction == direction) &&
			    ch.current->kind != CF_CLAIM_PERCENT) {
				ch.rate = c;
				ch.direction = direction;
				ch.times = times;
			} else if (pending && previous == pending && level && level != pending &&
				   direction != DIRECTION_NONE && near &&
				   cf_rates_same_measure(level, pending) &&
				   !cf_claim_is_points(c) && !span_contains(&text, "百分点")) {
				/* 比上年的L万元增长Y%: the level's rate from L, no change stated */
				restart_change(ctx, &ch,
					       (Change){.current = level,
							.last = pending,
							.rate = c,
							.direction = direction,
							.times = times});
				pending = NULL;
			}
			continue;
		}
		/* a bare number (人均工资性收入1965,比去年同期增加273元) is a figure of its own, its
		 * unit left out: what follows is said of it, not of the level before */
		if (c->kind == CF_CLAIM_NUMBER && c->table < 0) {
			restart_change(ctx, &ch, (Change){0});
			pending = last_year = said = older = outer = NULL;
			level = NULL;
			continue;
		}
		if (!is_level(c))
			continue;
		/* 由L增加到X，增加了D: the change of the two levels, after its verb alone in a
		 * clause of its own */
		Span verb;
		if (ch.current && ch.last && !ch.change && !ch.rate && previous == ch.current &&
		    direction != DIRECTION_NONE &&
		    (ch.direction == DIRECTION_NONE || ch.direction == direction) &&
		    (g_str_has_prefix(text.text, "，") || text.text[0] == ',') &&
		    is_rate_verb_only(&text, &verb) && cf_rates_same_measure(ch.current, c)) {
			ch.change = c;
			ch.direction = direction;
			continue;
		}
		said = comparison && direction != DIRECTION_NONE ? c : NULL;
		said_direction = direction;
		/* 2016年预算8万元，2015年预算12.5万元，对比减少4.5万元: the change of the two years'
		 * figures, whatever their order, 比上年 or not */
		const CfClaim *pair_current, *pair_last;
		if (direction != DIRECTION_NONE && older && level && previous == level &&
		    cf_rates_same_measure(level, c) && is_pair_change_words(&text) &&
		    year_pair(ctx, sentence, older, level, has_cue(a, &text, &word_sets()->last_year),
			      &pair_current, &pair_last)) {
			restart_change(ctx, &ch,
				       (Change){.current = pair_current,
						.last = pair_last,
						.change = c,
						.direction = direction});
			last_year = NULL;
			pending = NULL;
			older = NULL;
			continue;
		}
		gboolean starts_change = FALSE;
		const CfClaim *stated_last = NULL;
		/* 因公出国(境)费65.98万元，增加53.75万元，增437.7%: a level, its change and its
		 * rate each after its verb alone, one direction, are last year's comparison */
		if (!comparison && direction != DIRECTION_NONE && level && previous == level &&
		    level_change_rate(ctx, sentence, i, &text, direction))
			comparison = near = TRUE;
		if (comparison && direction != DIRECTION_NONE && near) {
			starts_change = TRUE; /* 比上年增加D万元 */
		} else if (pending && previous == pending && direction != DIRECTION_NONE && near) {
			starts_change = TRUE; /* 比上年的L万元增加D万元 */
			stated_last = pending;
		}
		if (comparison && direction != DIRECTION_NONE && previous == NULL &&
		    ch.current == NULL && (level == NULL || !near)) {
			/* no level before it in the sentence, or another: one an earlier sentence
			 * stated of the subject the words name */
			Span line = text_before(ctx, NULL, c, FALSE);
			const CfClaim *stated =
				named_level(named, &line, c, named_year(ctx, named, years, i));
			if (stated) {
				level = stated;
				starts_change = TRUE;
			}
		}
		/* 总收入完成126.05亿元(县本级98.88亿元，高新区27.17亿元)，…同比增收9.74亿元: after
		 * a parenthesis breaking the level down, the change is the level's (inside it, a
		 * figure's own change is the figure's) */
		if (starts_change && outer && !in_aside_after(ctx, outer, c)) {
			level = outer;
			outer = NULL;
		}
		if (starts_change && level && cf_rates_same_measure(level, c)) {
			restart_change(ctx, &ch,
				       (Change){.current = level,
						.last = budget ? NULL : stated_last,
						.change = c,
						.direction = direction,
						.budget = budget});
			if (ch.last == NULL && !budget && last_year && last_year != level &&
			    cf_rates_same_measure(last_year, level))
				ch.last = last_year;
			last_year = NULL;
			pending = NULL;
			continue;
		}
		if (comparison && direction == DIRECTION_NONE &&
		    (span_ends_with(&text, "的") || names_compared_base(ctx, sentence, i, &text))) {
			pending = c;
			continue;
		}
		/* what a figure is compared with over other years than the last (较多年平均91.7258
		 * 亿立方米减少17.2%, 比常年): no level, and no last year's */
		if (direction == DIRECTION_NONE && names_other_years_base(&text))
			continue;
		/* the ending read with 到/至 only where the rest could make it 由L增加到X, each
		 * figure maybe after its year (从2000年的L到2017年的X: no verb, the rate after it
		 * gives the direction) */
		gboolean may_reach = !comparison && near && level && previous == level;
		Span bare = text;
		const guint year_to = may_reach ? drop_period_tail(&bare) : 0;
		Direction reach = may_reach ? ending_direction(&bare, TRUE) : DIRECTION_NONE;
		gboolean plain = may_reach && reach == DIRECTION_NONE &&
				 (span_is(&bare, "到") || span_is(&bare, "至"));
		if ((reach != DIRECTION_NONE || plain) &&
		    (span_contains(&text, "到") || span_contains(&text, "至")) &&
		    cf_rates_same_measure(level, c)) {
			Span before = text_before(ctx, NULL, level, FALSE);
			const guint year_from = drop_period_tail(&before);
			if (span_ends_with(&before, "由") || span_ends_with(&before, "从")) {
				/* 由L万元增加到X万元 */
				restart_change(ctx, &ch,
					       (Change){.current = c,
							.last = level,
							.direction = reach,
							.years = year_from && year_to > year_from
									 ? year_to - year_from
									 : 0});
				level = c;
				continue;
			}
		}
		/* says_last_year(), without asking again for the comparison cues it has not; not
		 * in the reason for a change (主要原因是上年年初结转资金1475.63万元, (主要是去年4月1日
		 * 开始执行的减税政策翘尾减税1.18亿元), nor of a figure compared with the year before
		 * (compared_after()) */
		/* (…与去年同期相比增加949万元 is a change, not last year's figure) */
		if (!comparison && direction == DIRECTION_NONE &&
		    has_cue(a, &text, &word_sets()->last_year) && !names_carry_over_only(&text) &&
		    !span_contains(&text, "原因") && !span_contains(&text, "主要是") &&
		    !span_contains(&text, "由于") && !compared_after(a, ctx, sentence, i)) {
			if (ch.current && ch.last == NULL && cf_rates_same_measure(ch.current, c))
				ch.last = c; /* stated after the change: 上年为L万元 */
			else
				last_year = c;
			continue;
		}
		/* 完成年初预算数60999万元的40.4%: the base of a percentage, not a level of its own */
		if (is_ratio_base(ctx, sentence, i))
			continue;

		/* 较年初预算数减少10.93万元: a gap from another figure than last year's, no level */
		if (direction != DIRECTION_NONE && compares_with_other(&text))
			continue;
		/* …完成预算46508万元的100.8%，超收392万元，同比增长6.8%: no level either */
		if (is_budget_variance(&text))
			continue;
		/* another figure: the statement about the previous one is over */
		restart_change(ctx, &ch, (Change){0});
		pending = NULL;
		if (level && in_aside_after(ctx, level, c))
			outer = outer ? outer : level;
		else if (outer && !in_aside_after(ctx, outer, c))
			outer = NULL;
		older = level;
		level = c;
		if (!comparison)
			named_levels_add(ctx, named, years, i);
	}
	if (ch.current)
		check_change(ctx, &ch);
}

/* ---- gaps in points between two percentages of one sentence ---- */

/* Bytes of words between the two percentages at most (，比上年的 / ，比全省平均水平( / ，远低于
 * 今年同期全区财政自给率( ). */
#define POINT_GAP_BETWEEN_BYTES 60
/* Bytes of words between the second percentage and the gap at most ()高 / 降低了 ). */
#define POINT_GAP_VERB_BYTES 15

/* The direction words between two percentages say (低于 / 高于), or NONE. */
static Direction
comparison_direction(const Span *span)
{
	if (span_contains(span, "低于") || span_contains(span, "少于"))
		return DIRECTION_DOWN;
	if (span_contains(span, "高于") || span_contains(span, "多于"))
		return DIRECTION_UP;
	return DIRECTION_NONE;
}

/* TRUE when @span holds one of @words, 比 not as in 比重, 比例 or 比率 (a share named:
 * …增长12.8%);税性收入比重为58.18%,下降5.24个百分点 compares nothing). */
static gboolean
compares_between(const Span *span, const char *const *words)
{
	static const char *const share_names[] = {"比重", "比例", "比率", NULL};
	static const char *const period_names[] = {"同比", "环比", NULL};
	gsize at = 0;
	while (at < span->length) {
		gsize k = cf_rates_first_of(span->text + at, span->length - at, words);
		if (k >= span->length - at)
			return FALSE;
		at += k;
		gsize share = at, period = at >= strlen("同") ? at - strlen("同") : at;
		if (!cf_rates_skip_word(span->text, span->length, &share, share_names) &&
		    !(period < at &&
		      cf_rates_skip_word(span->text, span->length, &period, period_names)))
			return TRUE;
		at += strlen("比");
	}
	return FALSE;
}

/* "P1，比上年的P2降低了D个百分点", "P1，比全省平均水平(P2)高D个百分点", "P1，远低于…(P2)D个百分点":
 * the gap in points D is P1 − P2 (up) or P2 − P1 (down).  Only when the words between P1 and
 * P2 compare (比, 较, 低于, 高于 …), the sentence does not spread the figures (分别), and the
 * words before D are a direction verb, or nothing when the comparison gave the direction. */
static void
read_point_gaps(CfCheckContext *ctx, const CfRatesSentence *sentence)
{
	static const char *const comparing[] = {"比", "较", "低于", "高于", "少于", "多于", NULL};
	for (guint i = 2; i < sentence->len; i++) {
		const CfClaim *d = sentence->claims[i];
		if (!cf_claim_is_points(d) || !d->has_value || cf_decimal_sign(d->value) < 0)
			continue;
		const CfClaim *p2 = cf_rates_previous_value(sentence, d);
		const CfClaim *p1 = p2 ? cf_rates_previous_value(sentence, p2) : NULL;
		if (p1 == NULL || p2->kind != CF_CLAIM_PERCENT || p1->kind != CF_CLAIM_PERCENT ||
		    cf_claim_is_points(p2) || cf_claim_is_points(p1))
			continue;
		/* a rate said to fall is below zero (同比下降0.3%,增速比全市平均增速(8.1%)低8.4个
		 * 百分点: 8.1 − (−0.3)); one written with its sign is as written, not both */
		Span said1 = text_before(ctx, cf_rates_previous_value(sentence, p1), p1, FALSE);
		Span between = text_before(ctx, p1, p2, FALSE);
		gboolean fall1 = ending_direction(&said1, FALSE) == DIRECTION_DOWN;
		gboolean fall2 = ending_direction(&between, FALSE) == DIRECTION_DOWN;
		if ((fall1 && cf_decimal_sign(p1->value) < 0) ||
		    (fall2 && cf_decimal_sign(p2->value) < 0))
			continue;
		Span verb = text_before(ctx, p2, d, FALSE);
		if (between.length > POINT_GAP_BETWEEN_BYTES ||
		    verb.length > POINT_GAP_VERB_BYTES || span_contains(&between, "分别") ||
		    span_contains(&verb, "分别") || span_contains(&between, "。") ||
		    span_contains(&between, "；") || span_contains(&between, ";") ||
		    !compares_between(&between, comparing))
			continue;
		/* the verb after P2, else what the comparison says */
		Direction direction = ending_direction(&verb, FALSE);
		if (direction == DIRECTION_NONE) {
			if (span_contains(&verb, "高"))
				direction = DIRECTION_UP;
			else if (span_contains(&verb, "低"))
				direction = DIRECTION_DOWN;
		}
		Direction compared = comparison_direction(&between);
		if (direction == DIRECTION_NONE)
			direction = compared;
		if (direction == DIRECTION_NONE ||
		    (compared != DIRECTION_NONE && compared != direction))
			continue;
		GPtrArray *terms = cf_term_array_new();
		gboolean up = direction == DIRECTION_UP;
		CfTerm *t1 = fall1 ? cf_term_new_negated(term_of(ctx, p1)) : term_of(ctx, p1);
		CfTerm *t2 = fall2 ? cf_term_new_negated(term_of(ctx, p2)) : term_of(ctx, p2);
		g_ptr_array_add(terms, up ? t1 : t2);
		g_ptr_array_add(terms, up ? t2 : t1);
		cf_check_add_relation(ctx,
				      cf_relation_new(CF_RELATION_DIFFERENCE, "change-mismatch",
						      CF_SEVERITY_ERROR, cf_term_new_claim(d),
						      terms, "the gap in points"));
	}
}

/* ---- respective lists: A、B 比上年分别增加 D1、D2，分别增长 R1、R2 ---- */

/* Figures of a respective list, at most. */
#define RESPECTIVE_MAX 8

/* Words that join the members of a list. */
static const char *const list_joiners[] = {"、", "和", "及", "与", NULL};

/* TRUE when @span, the words between two members of a list of figures, are only a joiner
 * (…20万元、10万元). */
static gboolean
only_joiner(const Span *span)
{
	gsize at = 0, n = span->length;
	while (n > 0 && span->text[n - 1] == ' ')
		n--;
	while (at < n && span->text[at] == ' ')
		at++;
	return cf_rates_skip_word(span->text, n, &at, list_joiners) && at == n;
}

/* TRUE when text[*@at, @n) starts with what opens the next member of a list, a joiner or a
 * comma; *@at then moves past it. */
static gboolean
skip_member_opener(const char *text, gsize n, gsize *at)
{
	static const char *const commas[] = {"，", ",", NULL};
	return cf_rates_skip_word(text, n, at, list_joiners) ||
	       cf_rates_skip_word(text, n, at, commas);
}

/* TRUE when @span, the words between two levels, open the next member of a list: a joiner or
 * a comma, then its name (…120万元、项目支出60万元; 收入100万元，支出80万元), not a part of the
 * one before (，其中基本支出). */
static gboolean
opens_member(const Span *span)
{
	static const char *const stops[] = {"，", ",",    "；",   ";",  "。", "：",
					    ":",  "其中", "包括", "含", NULL};
	gsize at = 0;
	if (!skip_member_opener(span->text, span->length, &at))
		return FALSE;
	return cf_rates_first_of(span->text + at, span->length - at, stops) == span->length - at;
}

/* The figures from @sentence->claims[@i] on that a list joins (only_joiner()), of the first
 * one's kind and measure, into @out (at most RESPECTIVE_MAX); their number. */
static guint
joined_figures(const CfCheckContext *ctx, const CfRatesSentence *sentence, guint i,
	       const CfClaim **out)
{
	guint n = 0;
	const CfClaim *first = sentence->claims[i];
	for (guint k = i; k < sentence->len && n < RESPECTIVE_MAX; k++) {
		const CfClaim *c = sentence->claims[k];
		if (c->kind != first->kind || !cf_rates_is_value(c) ||
		    (c->kind != CF_CLAIM_PERCENT && !cf_rates_same_measure(c, first)))
			break;
		if (n > 0) {
			Span between = span_of(ctx, out[n - 1]->range.end, c->range.start);
			if (!only_joiner(&between))
				break;
		}
		out[n++] = c;
	}
	return n;
}

/* 基本支出120万元、项目支出60万元，比上年分别增加20万元、10万元，分别增长20%、20%: each level
 * with its change and rate, in order. */
static void
read_respective(CfCheckContext *ctx, const CfRatesSentence *sentence)
{
	const WordSets *sets = word_sets();
	for (guint i = 1; i < sentence->len; i++) {
		const CfClaim *c = sentence->claims[i];
		const CfClaim *previous = sentence->claims[i - 1];
		if (!is_level(c) || !is_level(previous) || !cf_rates_same_measure(c, previous))
			continue;
		Span words = span_of(ctx, previous->range.end, c->range.start);
		Direction direction = ending_direction(&words, FALSE);
		if (direction == DIRECTION_NONE || words.length > NEAR_BYTES ||
		    !span_contains(&words, "分别") || !span_contains_any(&words, &sets->comparison))
			continue;
		/* the changes, then as many levels before them, each opening a list member */
		const CfClaim *changes[RESPECTIVE_MAX], *levels[RESPECTIVE_MAX];
		guint n = joined_figures(ctx, sentence, i, changes);
		if (n < 2 || (guint)i < n)
			continue;
		gboolean listed = TRUE;
		for (guint k = 0; k < n && listed; k++) {
			levels[n - 1 - k] = sentence->claims[i - 1 - k];
			listed = is_level(levels[n - 1 - k]) &&
				 cf_rates_same_measure(levels[n - 1 - k], c);
			if (listed && k > 0) {
				Span between = span_of(ctx, levels[n - 1 - k]->range.end,
						       levels[n - k]->range.start);
				listed = opens_member(&between);
			}
		}
		/* (and no member before the first: a list of n exactly) */
		if (listed && (guint)i > n && is_level(sentence->claims[i - 1 - n])) {
			Span before = span_of(ctx, sentence->claims[i - 1 - n]->range.end,
					      levels[0]->range.start);
			listed = !opens_member(&before);
		}
		if (!listed)
			continue;
		/* the rates after them: ，分别增长R1、R2 */
		const CfClaim *rates[RESPECTIVE_MAX];
		guint m = 0, after = i + n;
		if (after < sentence->len && sentence->claims[after]->kind == CF_CLAIM_PERCENT) {
			Span verb = span_of(ctx, changes[n - 1]->range.end,
					    sentence->claims[after]->range.start);
			if (verb.length <= NEAR_BYTES && span_contains(&verb, "分别") &&
			    ending_direction(&verb, FALSE) == direction)
				m = joined_figures(ctx, sentence, after, rates);
		}
		for (guint k = 0; k < n; k++) {
			Change ch = {levels[k], NULL, changes[k], m == n ? rates[k] : NULL,
				     direction};
			check_change(ctx, &ch);
		}
		i += n - 1;
	}
}

/* 与2019年相比，收入减少84.55、支出总计减少99.6万元，分别下降18%、21.6%: n changes, each after
 * its subject and verb, then n rates 分别 — each change's level the one an earlier sentence
 * stated of its subject (named_level(); 2020年度收入476.17、支出总计460.06万元。). */
static void
read_respective_rates(CfCheckContext *ctx, SentenceYears *years, const NamedLevels *named)
{
	const CfRatesSentence *sentence = years->sentence;
	for (guint i = 1; i < sentence->len; i++) {
		const CfClaim *p = sentence->claims[i];
		const CfClaim *previous = sentence->claims[i - 1];
		if (p->kind != CF_CLAIM_PERCENT || !is_level(previous))
			continue;
		Span verb = span_of(ctx, previous->range.end, p->range.start);
		Direction direction = ending_direction(&verb, FALSE);
		if (direction == DIRECTION_NONE || verb.length > NEAR_BYTES ||
		    !span_contains(&verb, "分别"))
			continue;
		const CfClaim *rates[RESPECTIVE_MAX];
		guint n = joined_figures(ctx, sentence, i, rates);
		if (n < 2 || i < n)
			continue;
		/* the n changes right before, of one measure */
		const CfClaim *const *changes = sentence->claims + (i - n);
		gboolean ok = TRUE;
		for (guint k = 0; k < n && ok; k++)
			ok = is_level(changes[k]) && cf_rates_same_measure(changes[k], changes[0]);
		for (guint k = 0; k < n && ok; k++) {
			const CfClaim *c = changes[k];
			/* (the first one's words in its sentence, the others' since the one
			 * before) */
			Span words;
			if (k == 0) {
				Span before = text_before(ctx, NULL, c, FALSE);
				words = after_last_stop(&before, TRUE);
			} else {
				words = span_of(ctx, changes[k - 1]->range.end, c->range.start);
			}
			gsize verb_start = 0;
			ok = ending_direction_at(&words, FALSE, &verb_start) == direction;
			if (!ok)
				break;
			int year = named_year(ctx, named, years, (guint)(i - n + k));
			const CfClaim *level = NULL;
			if (k == 0) {
				level = named_level(named, &words, c, year);
			} else {
				/* 、支出总计减少: a joiner or a comma, the subject, the verb */
				gsize at = 0;
				ok = skip_member_opener(words.text, verb_start, &at);
				char buffer[SUBJECT_CORE_BYTES];
				gsize length = 0;
				const char *core =
					ok ? subject_core(words.text + at, verb_start - at, buffer,
							  &length)
					   : NULL;
				level = length ? named_level_of_core(named, core, length, c, year)
					       : NULL;
			}
			if (ok && level) {
				Change ch = {level, NULL, c, rates[k], direction};
				check_change(ctx, &ch);
			}
		}
		i += n - 1;
	}
}

/* Words between a rate and the change figure that follows it (，增收 ，增加了), at most. */
#define RATE_THEN_CHANGE_BYTES 15

/* The level figures of @sentence whose words say they are last year's (says_last_year()),
 * in order; new array. */
static GPtrArray *
levels_said_last_year(CfCheckContext *ctx, const CfRatesSentence *sentence, const Anchors *a)
{
	GPtrArray *levels = g_ptr_array_new();
	for (guint k = 0; k < sentence->len; k++) {
		const CfClaim *c = sentence->claims[k];
		if (!is_level(c))
			continue;
		const CfClaim *before = cf_rates_previous_value(sentence, c);
		Span words = text_before(ctx, before, c, TRUE);
		/* (not one the words after compare with the year before: 去年…归集1040.17亿元,
		 * 同比增长12.16% is the year the text looks back on) */
		if (says_last_year(a, &words) && !compared_after(a, ctx, sentence, k))
			g_ptr_array_add(levels, (gpointer)c);
	}
	return levels;
}

/* The one figure of @said_last_year (levels_said_last_year()) of @level's measure, NULL when
 * there is none or more than one. */
static const CfClaim *
only_last_level(GPtrArray *said_last_year, const CfClaim *level)
{
	const CfClaim *last = NULL;
	for (guint j = 0; j < said_last_year->len; j++) {
		const CfClaim *c = g_ptr_array_index(said_last_year, j);
		if (c == level || !cf_rates_same_measure(c, level))
			continue;
		if (last)
			return NULL;
		last = c;
	}
	return last;
}

/* TRUE when @span (the words before a figure, up to the figure before) ends with a clause
 * naming this year: 本年, 今年, 本年度, 当年. */
static gboolean
says_this_year(const Span *span)
{
	static const char *const words[] = {"本年", "今年", "当年", NULL};
	Span clause = after_last_stop(span, FALSE);
	for (guint w = 0; words[w]; w++)
		if (span_contains(&clause, words[w]))
			return TRUE;
	return FALSE;
}

/* @c, or, when it is a percentage, the first figure before it that is none, past at most
 * RATE_SKIPPED_SHARES of them (NULL when the sentence has none). */
static const CfClaim *
before_shares(const CfRatesSentence *sentence, const CfClaim *c)
{
	for (guint skipped = 0; c && c->kind == CF_CLAIM_PERCENT && skipped < RATE_SKIPPED_SHARES;
	     skipped++)
		c = cf_rates_previous_value(sentence, c);
	return c;
}

/* 增长Y% right after a level figure: "支出1200万元，比上年增长20%，上年1000万元", or with the
 * change after it: "收入28583万元，同比增长10.85%，增收2798万元". */
static void
read_rates_without_change(CfCheckContext *ctx, SentenceYears *years, const Anchors *a)
{
	const CfRatesSentence *sentence = years->sentence;
	g_autoptr(GPtrArray) said_last_year = NULL;
	for (guint i = 0; i < sentence->len; i++) {
		const CfClaim *p = sentence->claims[i];
		if (p->kind != CF_CLAIM_PERCENT || !p->has_value || cf_claim_is_points(p))
			continue;
		const CfClaim *previous = cf_rates_previous_value(sentence, p);
		/* the level: the figure before, or before the shares stated between it and the rate
		 * (收入28583万元，占调整预算105.47%，同比增长10.85%) */
		const CfClaim *level = before_shares(sentence, previous);
		/* …past a budget variance and the share before it (收入42100万元，完成预算49531万元
		 * 的85.0%，短收7431万元，同比下降10.2%) */
		if (level && is_level(level)) {
			const CfClaim *before = cf_rates_previous_value(sentence, level);
			Span words = text_before(ctx, before, level, FALSE);
			if (is_budget_variance(&words))
				level = before_shares(sentence, before);
		}
		/* …and past what a share is of (收入累计完成61646万元，占年初预算数109466万元的56.3%，
		 * 同比增长10.7%) */
		gint at = level ? cf_rates_sentence_find(sentence, level) : -1;
		if (at >= 0 && is_ratio_base(ctx, sentence, (guint)at))
			level = cf_rates_previous_value(sentence, level);
		if (!is_level(level))
			continue;
		Span text = text_before(ctx, previous, p, FALSE);
		Direction direction = ending_direction(&text, FALSE);
		if (direction == DIRECTION_NONE || text.length > 40)
			continue;
		gboolean compares = has_cue(a, &text, &word_sets()->comparison) ||
				    compares_with_year_before(ctx, years, i, previous);
		/* last year's figure: stated with 上年 words elsewhere in the sentence (which
		 * figures are, read once per sentence: asked again for each rate, a sentence of n
		 * figures cost n²) */
		const CfClaim *last = NULL;
		if (compares || level == previous) {
			if (said_last_year == NULL)
				said_last_year = levels_said_last_year(ctx, sentence, a);
			last = only_last_level(said_last_year, level);
		}
		/* with no comparison, the rate is of the two years only when the sentence names
		 * each of them, last year's level and the rate's own, right before it, this
		 * year's (普通初中上年14383.56元,本年11662.98元,同口径增加3.72%) */
		if (!compares) {
			Span own = text_before(ctx, cf_rates_previous_value(sentence, level), level,
					       FALSE);
			if (last == NULL || level != previous || !says_this_year(&own))
				continue;
		}
		if (last != NULL) {
			Change ch = {level, last, NULL, p, direction};
			check_rate(ctx, &ch);
			continue;
		}
		/* the change stated after the rate: 同比增长10.85%，增收2798万元 */
		const CfClaim *change = NULL;
		for (guint k = i + 1; k < sentence->len; k++) {
			const CfClaim *c = sentence->claims[k];
			if (c->kind == CF_CLAIM_YEAR || c->kind == CF_CLAIM_ORDINAL)
				continue;
			if (is_level(c) && cf_rates_same_measure(c, level)) {
				Span words = text_before(ctx, p, c, FALSE);
				if (words.length <= RATE_THEN_CHANGE_BYTES &&
				    ending_direction(&words, FALSE) == direction)
					change = c;
			}
			break;
		}
		if (change == NULL)
			continue;
		Change ch = {level, NULL, change, p, direction};
		check_rate(ctx, &ch);
	}
}

/* 与上年持平 / 无变化 said of a figure whose last year's figure differs. */
static void
read_unchanged(CfCheckContext *ctx, const CfRatesSentence *sentence, const Anchors *a)
{
	const CfClaim *first = sentence->claims[0];
	const CfClaim *final = sentence->claims[sentence->len - 1];
	const char *norm = ctx->document->norm;
	Span text = span_of(ctx, first->range.start, final->range.end);
	/* the words may follow the last figure: look to the end of its clause */
	const char *tail = norm + final->range.end;
	gsize tail_length = strnlen(tail, 60);
	const char *line_end = memchr(tail, '\n', tail_length);
	if (line_end)
		tail_length = (gsize)(line_end - tail);
	Span after = span_of(ctx, final->range.end, final->range.end + tail_length);
	const CfWordSet *unchanged = &word_sets()->unchanged;
	if (!span_contains_any(&text, unchanged) && !span_contains_any(&after, unchanged))
		return;
	const CfClaim *current = NULL, *last = NULL;
	guint levels = 0;
	for (guint i = 0; i < sentence->len; i++) {
		const CfClaim *c = sentence->claims[i];
		if (!is_level(c))
			continue;
		levels++;
		const CfClaim *previous = cf_rates_previous_value(sentence, c);
		Span words = text_before(ctx, previous, c, TRUE);
		if (has_cue(a, &words, &word_sets()->comparison) ||
		    ending_direction(&words, FALSE) != DIRECTION_NONE)
			return; /* a change is stated: not a 持平 sentence */
		if (says_last_year(a, &words) && !compared_after(a, ctx, sentence, i))
			last = last ? last : c;
		else if (current == NULL)
			current = c;
	}
	if (levels != 2 || current == NULL || last == NULL || !cf_rates_same_measure(current, last))
		return;
	GPtrArray *terms = cf_term_array_new();
	g_ptr_array_add(terms, term_of(ctx, last));
	cf_check_add_relation(ctx, cf_relation_new(CF_RELATION_EQUAL, "change-mismatch",
						   CF_SEVERITY_ERROR, term_of(ctx, current), terms,
						   "said to be unchanged from last year (持平)"));
}

/* TRUE when @next follows @sentence after a ；on the same line and no other end of a sentence:
 * the clauses of one statement (公务接待费2016年预算8万元，2015年预算12.5万元；对比减少4.35
 * 万元；减少率35.22%), read together. */
static gboolean
joined_by_semicolon(const CfCheckContext *ctx, const CfRatesSentence *sentence,
		    const CfRatesSentence *next)
{
	const CfClaim *final = sentence->claims[sentence->len - 1];
	const CfClaim *first = next->claims[0];
	if (final->line != first->line || first->range.start < final->range.end)
		return FALSE;
	Span gap = span_of(ctx, final->range.end, first->range.start);
	if (gap.length != first->range.start - final->range.end)
		return FALSE; /* a NUL between */
	static const char *const semicolons[] = {"；", ";", NULL};
	static const char *const stops[] = {"。", "！", "？", "!", "?", "\n", NULL};
	return cf_rates_first_of(gap.text, gap.length, semicolons) != gap.length &&
	       cf_rates_first_of(gap.text, gap.length, stops) == gap.length;
}

static void
run(CfCheckContext *ctx)
{
	GArray *sentences = cf_rates_sentences(ctx);
	anchors_checked();
	Anchors a = {0, 0, g_array_new(FALSE, FALSE, sizeof(gsize)), 0, 0};
	NamedLevels named = {.year = NO_YEAR};
	CfRatesSentence before = {NULL, 0};
	for (guint s = 0; s < sentences->len;) {
		/* the sentences a ；joins, one view (they lie one after the other in one array) */
		CfRatesSentence joined = g_array_index(sentences, CfRatesSentence, s);
		guint end = s + 1;
		for (; end < sentences->len; end++) {
			const CfRatesSentence *next =
				&g_array_index(sentences, CfRatesSentence, end);
			if (!joined_by_semicolon(ctx, &joined, next))
				break;
			joined.len += next->len;
		}
		anchors_index(&a, ctx, &joined);
		SentenceYears years = {&joined, NULL, 0};
		gsize words_start;
		const CfClaim *level =
			carried_level(ctx, before.len ? &before : NULL, &joined, &words_start);
		read_sentence(ctx, &years, &a, level, words_start, &named);
		read_rates_without_change(ctx, &years, &a);
		read_respective(ctx, &joined);
		read_respective_rates(ctx, &years, &named);
		read_point_gaps(ctx, &joined);
		read_multiples(ctx, &joined);
		g_free(years.before);
		for (; s < end; s++) {
			const CfRatesSentence *sentence =
				&g_array_index(sentences, CfRatesSentence, s);
			read_unchanged(ctx, sentence, &a);
			named_levels_read_year(ctx, &named, sentence);
		}
		before = joined;
	}
	g_array_unref(a.found);
}

const CfCheckFamily cf_check_family_change = {"change", run};
