/* cf-check-rates.h — what the rate families (percent, budget, change, identity) share: the
 * prose around a claim, the role a money figure plays (budget, spending, a difference), and
 * the domain identities of patterns/identities.ini.  Not for use outside src/check/.
 *
 * Every helper reads doc->norm through the claims' byte ranges and looks back a bounded
 * number of bytes (RATES_MAX_LOOKBACK), so the families stay linear in the text. */
#pragma once

#include "check/cf-check-private.h"

#include <string.h>

G_BEGIN_DECLS

/* How far back (bytes of norm) a clause or a 其中 is looked for. */
#define RATES_MAX_LOOKBACK 360

/* ---- prose around a claim ---- */

/* Whether @a and @b stand in one paragraph: on one line, or on lines of one hard-wrapped
 * paragraph (CfLine.joined).  What "the same line" means to the families. */
static inline gboolean
cf_rates_same_line(const CfCheckContext *context, const CfClaim *a, const CfClaim *b)
{
	return a->line == b->line ||
	       cf_document_paragraph_line(context->document, a->line) ==
		       cf_document_paragraph_line(context->document, b->line);
}

/* The prose claims of one sentence, in document order (borrowed). */
typedef struct {
	const CfClaim *const *claims;
	guint len;
} CfRatesSentence;

/* The prose claims of the document grouped by sentence: an array of CfRatesSentence, one
 * per sentence that holds a claim, viewing one array of the claims.  Built once per document
 * and kept on @context for every family that asks (borrowed; do not change it). */
GArray *cf_rates_sentences(CfCheckContext *context);

/* The position of @claim in @sentence, or -1. */
gint cf_rates_sentence_find(const CfRatesSentence *sentence, const CfClaim *claim);

/* The text between @from (may be NULL: then the start of @claim's clause) and @claim, cut at
 * the last clause mark (，。；：,;:! ? and line ends) when @clause is TRUE.  Returns a new
 * string. */
char *cf_rates_text_before(const CfCheckContext *context, const CfClaim *from,
			   const CfClaim *claim, gboolean clause);

/* The length of norm[@start, @end) up to its first NUL: what a copy of it would hold
 * (inline: every text read before a figure asks). */
static inline gsize
cf_rates_norm_length(const CfCheckContext *context, gsize start, gsize end)
{
	/* without a NUL in norm, a stretch of it is as long as its range */
	if (context->norm_whole && start <= end && end <= context->document->norm_length)
		return end - start;
	return strnlen(context->document->norm + start, end - start);
}

/* The norm bytes [*@start, *@end) that cf_rates_text_before() copies. */
void cf_rates_range_before(const CfCheckContext *context, const CfClaim *from,
			   const CfClaim *claim, gboolean clause, gsize *start, gsize *end);

/* The text between two claims of one line (@a before @b), a new string; NULL when they are
 * on different lines or out of order. */
char *cf_rates_text_between(const CfCheckContext *context, const CfClaim *a, const CfClaim *b);

/* TRUE when @a and @b are of one line, in this order (as cf_rates_text_between() reads them);
 * *@stop then says whether a sentence ends (。！？) between them. */
gboolean cf_rates_between_on_line(const CfCheckContext *context, const CfClaim *a, const CfClaim *b,
				  gboolean *stop);

/* The flow norm text[0, @n) names by the last of 收入 and 支出 in it: 1 for income (本年收入预算
 * 数, 税收收入完成), -1 for spending (…支出, 一般公共预算支出完成), 0 for neither. */
int cf_rates_flow_named(const char *text, gsize n);

/* TRUE when claim @b's sentence goes on @a's, both on one line: only a ； between them, or a
 * sentence end after which the words before @b open with 其中 (2021年支出3027.51万元。其中
 * 基本支出…): what is stated of @a's sentence (its year) is stated of @b's too. */
gboolean cf_rates_continues_sentence(const CfCheckContext *context, const CfClaim *a,
				     const CfClaim *b);

/* The norm offset where @word last occurs in the RATES_MAX_LOOKBACK bytes before @claim on
 * its line, without crossing @stops (NULL-terminated words; may be NULL); G_MAXSIZE when
 * none. */
gsize cf_rates_find_before(const CfCheckContext *context, const CfClaim *claim, const char *word,
			   const char *const *stops);

/* TRUE when @text contains any of @words (NULL-terminated). */
gboolean cf_rates_contains_any(const char *text, const char *const *words);

/* Where the first occurrence of any of @words (NULL-terminated) begins in text[0, @n), or @n
 * when none occurs. */
gsize cf_rates_first_of(const char *text, gsize n, const char *const *words);

/* The claim before @claim in @claims (the same sentence), skipping years and ordinals; NULL
 * when none. */
const CfClaim *cf_rates_previous_value(const CfRatesSentence *claims, const CfClaim *claim);

/* The first index in @context's claims (document order) whose range starts at or after
 * @offset; the number of claims when none does. */
guint cf_rates_first_claim_at(const CfCheckContext *context, gsize offset);

/* The share stated right after @claim in its clause (…收入1008.64万元，占26.79%；), or NULL:
 * the next claim of the line is a percentage and the few words between hold 占 and no clause
 * end. */
const CfClaim *cf_rates_share_after(const CfCheckContext *context, const CfClaim *claim);
/* cf_rates_share_after() with at most @max_gap bytes between (…，占基本支出预算18.75%),
 * and, when @across_lines, a line break of the layout among them. */
const CfClaim *cf_rates_share_within(const CfCheckContext *context, const CfClaim *claim,
				     gsize max_gap, gboolean across_lines);

/* Adds @add to *@sum; FALSE (*@sum then unusable) when @add is unbounded on a side or the
 * sum overflows. */
gboolean cf_rates_add_bounded(CfInterval *sum, CfInterval add);

/* TRUE when @n ≥ 2 shares (percentages) can add up to exactly 100%, each at its stated
 * precision: the parts they belong to make up the whole. */
gboolean cf_rates_shares_complete(const CfClaim *const *shares, guint n);

/* TRUE when the words of @claim's clause before it only say which earlier year it is of, as
 * the other side of a comparison: 较2024年的2190万元, 比上年的1000万元, 较上年2.08, 较2023年
 * 年初预算的1278万元 — last year's figure, not this year's level (nor a total its clause's
 * list breaks down). */
gboolean cf_rates_is_compared_figure(const CfCheckContext *context, const CfClaim *claim);

/* TRUE when @text[*@at, @n) starts with one of @words (NULL-terminated, none empty, the
 * first that does); *@at then moves past it. */
gboolean cf_rates_skip_word(const char *text, gsize n, gsize *at, const char *const *words);

/* 1 when @text[@at, @n) starts with an opening parenthesis, ( or （, −1 with a closing one,
 * ) or ）, else 0; *@width receives its bytes (when not 0). */
int cf_rates_paren_at(const char *text, gsize n, gsize at, gsize *width);

/* TRUE for a claim with a usable value of a kind that can be summed or divided. */
gboolean cf_rates_is_value(const CfClaim *claim);

/* The budget a prose figure is of, by the last fund its paragraph names before it: 1 for
 * 一般公共预算 (公共财政预算), 2 for 政府性基金, 3 for 国有资本经营, 4 for 社会保险基金
 * (社保基金); 0 when none.  全区一般公共预算收入…，上级补助收入11.96亿元 and 全区政府性基金
 * 上年结余…，上级补助收入14.78亿元 are two budgets' figures. */
guint cf_rates_fund_before(const CfCheckContext *context, const CfClaim *claim);

/* The budget @label names (the first of the words cf_rates_fund_before() reads, numbered
 * alike), 0 when none or NULL. */
guint cf_rates_fund_named(const char *label);

/* TRUE when the paragraph of a prose figure, before it, says it is of an adjusted budget
 * (经区人大常委会批准的预算调整方案：…收入合计为91.67亿元; 调整后预算): another stage than the
 * budget first approved. */
gboolean cf_rates_adjusted_before(const CfCheckContext *context, const CfClaim *claim);

/* TRUE when prose figures @a and @b are of two budgets: their paragraphs name two funds
 * before them (cf_rates_fund_before()), or one is of an adjusted budget and the other not
 * (cf_rates_adjusted_before()). */
gboolean cf_rates_of_other_budgets(const CfCheckContext *context, const CfClaim *a,
				   const CfClaim *b);

/* TRUE when @a and @b measure the same kind of thing (both money; counts with the same or an
 * equivalent measure word, such as 人 and 名; quantities in one unit, 万吨 and 吨 alike). */
gboolean cf_rates_same_measure(const CfClaim *a, const CfClaim *b);
/* TRUE when the @n bytes of @word are a measure word that counts people (人, 名, 位). */
gboolean cf_rates_names_people(const char *word, gsize n);
/* TRUE when @label (may be NULL) names value added: 增加值, or GDP, 生产总值, the sectors' sum
 * (a measure a statistics office rounds and states the growth of at comparable prices). */
gboolean cf_rates_names_value_added(const char *label);

/* ---- role words ---- */

/* A word and what it says (a value of the caller's enum). */
typedef struct {
	const char *word;
	gsize length; /* strlen(word) */
	gint value;
} CfRatesWord;

#define CF_RATES_WORD(text, value) {text, sizeof text - 1, value}

/* A list of words indexed by their last byte (at most 255 words), built on first use. */
typedef struct {
	gsize ready;        /* g_once_init_enter() */
	guint8 head[256];   /* per last byte: the first word ending in it, + 1, or 0 */
	guint8 next[255];   /* per word: the next word ending in the same byte, + 1, or 0 */
} CfRatesWordIndex;

/* The word of @words that ends last in text[0, @length) — at the same end the longer one,
 * then the first listed — as its index in @words, or -1 when none occurs.  Reads back from
 * the end, so a word near it is found without reading the rest.  @index is the static index
 * of @words (zero-filled; thread-safe), always passed with the same list. */
gint cf_rates_last_word(CfRatesWordIndex *index, const CfRatesWord *words, guint n_words,
			const char *text, gsize length);

/* ---- scopes ---- */

/* The scope the text before prose figure @c names last, up to 600 bytes back: 1 for the
 * whole area (全区, 全市, 全县, 全省 …), 2 for the government's own level (区本级, 市本级,
 * 本级); 0 when none. */
int cf_rates_text_scope(const CfCheckContext *ctx, const CfClaim *c);

/* ---- money roles ---- */

typedef enum {
	RATES_ROLE_OTHER,
	RATES_ROLE_BUDGET,         /* 预算数, 全年预算, 预算批复: the whole budget */
	RATES_ROLE_BUDGET_INITIAL, /* 年初预算 */
	RATES_ROLE_BUDGET_ADJUST,  /* 追加, 调整 */
	RATES_ROLE_BUDGET_CARRY,   /* 上年结转 */
	RATES_ROLE_SPENT,          /* 实际支出, 决算数, 执行数, 实际支付 */
	RATES_ROLE_SPENT_WEAK,     /* 支出, 使用: spending unless a stronger figure is stated */
	RATES_ROLE_DIFFERENCE,     /* 大于, 超出, 比上年增加: a gap, not a level */
	RATES_ROLE_REDUCTION,      /* 调减, 收回: a budget cut (sums cannot be formed) */
} CfRatesRole;

/* The role of a money claim, from the words of its clause before it. */
CfRatesRole cf_rates_money_role(const CfCheckContext *context, const CfRatesSentence *sentence,
				const CfClaim *claim);

/* The role of a table column from its header label ("预算金额/指标总额" → BUDGET). */
CfRatesRole cf_rates_column_role(const char *label);

/* The budget and the spending stated in one sentence (before @limit when not NULL).
 * *@budget receives a new term for the whole budget — the one whole-budget figure, or the
 * sum of 年初预算 + 追加/调整 + 上年结转 when only those are stated — and *@spent the one
 * spending claim; FALSE (nothing set) when either cannot be identified with confidence. */
gboolean cf_rates_budget_and_spending(const CfCheckContext *context,
				      const CfRatesSentence *sentence,
				      const CfClaim *limit, CfTerm **budget, const CfClaim **spent);

/* TRUE when @claim, a prose figure, is a part of a breakdown: it comes after a 其中 in its
 * sentence (up to a 。 or the paragraph's end; the parts may be split by ；), or after a 其中
 * that ends the paragraph before it with no 。 after it (…下降100%。其中：, the parts on the
 * next line).  A 包括 inside a breakdown opens one of the part before it (其中基本支出X元，
 * 主要包括人员经费Y元，公用经费Z元: those two are parts of 基本支出).  *@whole (when not NULL)
 * receives the label of the whole, the last level figure stated before the opening word (a
 * prose amount with a label, not a change), or NULL when none is known.  Read once per
 * document, on first use. */
gboolean cf_rates_breakdown_part(CfCheckContext *context, const CfClaim *claim,
				 const char **whole);

/* TRUE when some relation already added has @claim as its result with @kind. */
gboolean cf_rates_has_relation(const CfCheckContext *context, const CfClaim *claim,
			       CfRelationKind kind);

/* ---- identities (patterns/identities.ini) ---- */

typedef struct CfIdentities CfIdentities;

typedef enum {
	CF_IDENTITY_SUM,   /* result = Σ parts */
	CF_IDENTITY_RATIO, /* result (a percentage) = parts[0] / parts[1] */
} CfIdentityKind;

typedef struct {
	char *name;        /* the key in the file: "result", "part1" … */
	char *pattern;     /* the label regex as written */
	gpointer code;     /* pcre2_code*, owned */
	gboolean optional; /* a part that may be absent (then the sum is partial) */
	gboolean zero_if_absent; /* a part stated whenever it is not zero: absent, it is zero */
	gboolean subtracted;     /* a part taken away from the others (重复计算量) */
	char **match;      /* labels that must match */
	char **no_match;   /* labels that must not */
	guint line;
} CfIdentityTerm;

typedef struct {
	char *id;          /* the group name */
	char *description; /* "基本支出 = 人员经费 + 公用经费" */
	CfIdentityKind kind;
	gboolean percent;  /* a sum of rates (percentages, ‰), not of amounts */
	CfIdentityTerm result;
	GPtrArray *parts;  /* CfIdentityTerm*, owned */
	guint line;
} CfIdentity;

/* A standard breakdown with a remainder besides the items it names (a group of kind
 * `breakdown`): 农林牧渔业 holds its services besides 农业, 林业, 牧业 and 渔业. */
typedef struct {
	char *id;          /* the group name */
	char *description; /* "农林牧渔业 = 农业 + 林业 + 牧业 + 渔业 + 服务业" */
	char **wholes;     /* words naming the whole (NULL-terminated) */
	char **remainders; /* words naming the remainder (NULL-terminated) */
	guint line;
} CfBreakdown;

/* Loads @directory/identities.ini.  A missing file gives an empty set.  Returns NULL and sets
 * @error (CF_ERROR_PATTERN, "identities.ini:<line>: …") on a bad file. */
CfIdentities *cf_identities_load(const char *directory, GError **error);
void cf_identities_free(CfIdentities *identities);

/* The identities, in file order (borrowed). */
GPtrArray *cf_identities_get(const CfIdentities *identities);

/* The breakdowns (CfBreakdown*), in file order (borrowed). */
GPtrArray *cf_identities_get_breakdowns(const CfIdentities *identities);

/* The funding sources of [scopes] (一般公共预算财政拨款, 财政拨款 …), longest first
 * (borrowed, NULL-terminated; empty when the file names none). */
const char *const *cf_identities_get_sources(const CfIdentities *identities);

/* TRUE when @label matches @term's pattern.  @valid_utf8 says @label is known to be valid
 * UTF-8 (then PCRE2 does not check it again: a caller trying many patterns on one label
 * checks it once). */
gboolean cf_identity_term_matches(const CfIdentityTerm *term, const char *label,
				  gboolean valid_utf8);

/* Runs every example and counterexample; FALSE with @error listing each failure. */
gboolean cf_identities_self_test(const CfIdentities *identities, GError **error);

/* The identities of @directory, loaded once per process and directory (thread-safe); NULL
 * with @error when the file is bad. */
const CfIdentities *cf_identities_cached(const char *directory, GError **error);

/* cf_identities_cached() of the folder @lexicon was loaded from (the default one when it
 * knows none). */
const CfIdentities *cf_identities_of(const CfLexicon *lexicon, GError **error);

/* The funding source (index + 1 in @sources, longest first) @label starts with, after a
 * time word if any, when more follows it (一般公共预算财政拨款基本支出, 本年一般公共预算基本
 * 支出); 0 when none.  @rest, unless NULL, gets what follows the source (基本支出). */
guint cf_identities_source_prefix(const char *const *sources, const char *label,
				  const char **rest);

/* The funding source a sentence's labels are of, as its claims go by in document order. */
typedef struct {
	guint sentence;   /* the sentence of the fields below */
	guint source;     /* index + 1 of the source the last label of that sentence to start
			   * with one names, 0 for none */
	const char *rest; /* that label after its source (borrowed from the claim) */
} CfPairSource;

#define CF_PAIR_SOURCE_INIT {G_MAXUINT, 0, NULL}

/* The funding source (index + 1 in @sources) @claim's label is of: the one it starts with
 * (*@own TRUE), or else the one of an earlier label of its sentence whose other side
 * (收入 ↔ 支出) it is: 财政拨款收入总计X，支出总计Y states 财政拨款's 支出总计, while in
 * 财政拨款收入X，事业收入Y the 事业收入 is of no source.  0 when none.  @sources may be NULL. */
guint cf_pair_source_next(CfPairSource *pair, const char *const *sources, const CfClaim *claim,
			  gboolean *own);

/* Heading levels told apart, at most (deeper ones count as the deepest). */
#define CF_SECTION_LEVELS 8

/* The funding source of the section a prose figure is in: the one its innermost heading
 * names, else the one of the heading it is under (五、一般公共预算财政拨款支出… > （三）具体情况).
 * Zero-initialised; advanced along the document in order. */
typedef struct {
	guint scope[CF_SECTION_LEVELS]; /* per heading level, while set[] */
	gboolean set[CF_SECTION_LEVELS];
	guint current;                  /* the source of the last heading passed, 0 for none */
	guint next_block;               /* the first block not passed yet */
} CfSectionScope;

/* Passes the blocks of @doc that start at or before norm offset @offset; then
 * @scope->current is the source (index + 1 in @sources) of the section there. */
void cf_section_scope_advance(CfSectionScope *scope, const CfDocument *doc,
			      const char *const *sources, gsize offset);

/* The year the headings above a prose figure name (二、2014年本市国有资本经营预算的执行情况 >
 * 三、2015年…的安排情况): the innermost heading's that names one.  Zero-initialised; advanced
 * along the document in order. */
typedef struct {
	int year[CF_SECTION_LEVELS]; /* per heading level, 0 for none */
	int current;                 /* the year of the section there, 0 for none */
	guint heading;               /* the last heading passed: its block index + 1, 0 for none */
	guint next_block;            /* the first block not passed yet */
} CfSectionYear;

/* Passes the blocks of @doc that start at or before norm offset @offset; then
 * @section->current is the year the headings of the section there name (0: none) and
 * @section->heading the innermost heading there. */
void cf_section_year_advance(CfSectionYear *section, const CfDocument *doc, gsize offset);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(CfIdentities, cf_identities_free)

G_END_DECLS
