/* cf-check-prose.h — reading the arithmetic of a passage of prose: what the families sum,
 * product, description and enumeration share.  Private to src/check/; the functions live in
 * cf-check-sum.c.
 *
 * A passage is a span of text read as one: a paragraph (or a heading that carries a sentence),
 * or one table cell.  Its atoms are the claims that can take part in arithmetic (amounts,
 * explicit expressions, rates, counts), each with what the words right before it say about it
 * (its lead: the text since the previous separator or claim):
 *   EACH     a per-unit amount (每个站点1200元, 标准1400/人, 人均, a rate 600元/月);
 *   CLOSING  a total after its parts (共计14.88万, 合计：820万元, "，共5万元");
 *   PART     the first part of a breakdown of the amount before it (其中 / 包括 / 分别);
 *   MAJOR    that breakdown says 主要 (主要包括: only the main parts);
 *   CHANGE   a difference, never a part or a total (比上年增加5万元).
 * Claims inside an explicit expression (35人*600元/月*12月＝252000元) are not atoms: the
 * expression is, once.
 *
 * Analysing a passage adds relations: stated total vs listed parts (sum-mismatch, with nested
 * breakdowns folded), count × per-unit amount = total and explicit arithmetic
 * (product-mismatch), a restatement right after a result (252000元。共计25.2万元: an EQUAL
 * relation), per-capita rates (rate-mismatch).  It also records, for every result it checked,
 * the interval its parts give, so that a later reader can use the narrower of the stated and
 * the computed interval (4万元 stated as 2 × 20000元 is 40000 exactly). */
#pragma once

#include "check/cf-check-private.h"

G_BEGIN_DECLS

enum {
	CF_PROSE_EACH = 1 << 0,
	CF_PROSE_CLOSING = 1 << 1,
	CF_PROSE_PART = 1 << 2,
	CF_PROSE_MAJOR = 1 << 3,
	CF_PROSE_CHANGE = 1 << 4,
	CF_PROSE_SENTENCE_CUE = 1 << 5, /* PART, and the cue opens its sentence (其中基本支出…) */
	CF_PROSE_DERIVED = 1 << 6, /* the lead names a derived rate: 成本, 平均, 人均 */
	CF_PROSE_BASE = 1 << 7, /* what the percentage right after it is of (完成全年预算50.74万元的
				 * 67.2%): a base, not a part nor a whole */
	CF_PROSE_EXPLAINS = 1 << 8, /* 主要 with no part cue (…6.35亿元，…，主要是拨付…资金6亿元):
				     * what the figure before is mostly, not a part beside it */
	CF_PROSE_BOUND = 1 << 9, /* a threshold the figure beside it passes (突破500亿元大关,达到
				  * 了504.76亿元; 2086.13亿元,首次突破2000亿元): the same quantity,
				  * no part beside it */
};

typedef struct {
	const CfClaim *claim;
	guint flags;
	gsize lead_start; /* norm offset where the lead begins */
	guint sentence;   /* index of the sentence in the passage (split at 。！？) */
	guint unit;       /* index of the clause-unit (split at 。！？； and item markers) */
	guint paren;      /* the parenthesis it is inside, numbered from 1 in the passage (an
	                   * aside: 总投资3374.3万元(其中建筑工程3292万元)), 0 when none */
} CfProseAtom;

struct CfProsePassage {
	const CfCheckContext *context;
	CfRange range;
	gint table, row, column; /* the cell, or -1 for prose */
	gboolean list;           /* prose: a paragraph ending with 其中： and its items, each a
				  * paragraph of its own, joined */
	GArray *atoms;           /* CfProseAtom, document order */
	/* @markers and @unit_starts share one block (owned through @markers) */
	gsize *markers;     /* norm offsets where numbered items 1、 2、 … start */
	guint n_markers;    /* 0, or at least 2 */
	gsize *unit_starts; /* norm offset of each unit's start (at least one) */
	guint n_unit_starts;
	/* a cell's: what cf_prose_analyse() would record in its @narrow, once @narrow_known
	 * (recorded when cf_prose_add_relations() read the passage; NULL when nothing) */
	GHashTable *narrow;
	gboolean narrow_known;
};

/* Fills @passage for @range (a cell when @table >= 0).  Clear with cf_prose_passage_clear. */
void cf_prose_passage_init(CfProsePassage *passage, const CfCheckContext *context, CfRange range,
			   gint table, gint row, gint column);
void cf_prose_passage_clear(CfProsePassage *passage);

/* Calls @func for every passage of the document, in document order: paragraphs and headings
 * that hold an atom, and every table cell that holds text and at least one claim.  The
 * passages are read once per document and kept on the context (freed by
 * cf_prose_passages_free()); @func must not change them. */
typedef void (*CfProsePassageFunc)(CfCheckContext *context, CfProsePassage *passage,
				   gpointer data);
void cf_prose_foreach_passage(CfCheckContext *context, CfProsePassageFunc func, gpointer data);

/* The passage of the cell (@table, @row, @column) over @range that cf_prose_foreach_passage()
 * read and kept (borrowed; the same as cf_prose_passage_init() would fill), or NULL when the
 * passages are not read yet or none is kept for that cell. */
const CfProsePassage *cf_prose_kept_cell_passage(CfCheckContext *context, gint table, gint row,
						 gint column, CfRange range);

/* TRUE when norm offsets @a and @b lie in one passage that joins a list's paragraphs (a
 * paragraph ending with 其中： and its items), as cf_prose_foreach_passage() reads them. */
gboolean cf_prose_in_one_list(CfCheckContext *context, gsize a, gsize b);

/* Frees the passages cf_prose_foreach_passage() kept (an array of CfProsePassage). */
void cf_prose_passages_free(GArray *passages);

/* Which relations cf_prose_analyse adds. */
typedef enum {
	CF_PROSE_WANT_SUM = 1 << 0,
	CF_PROSE_WANT_PRODUCT = 1 << 1,
	CF_PROSE_WANT_RATE = 1 << 2,
} CfProseWant;

/* Adds to @context the relations of the @want kinds its passages give, in the order they are
 * found.  The passages are analysed for every kind once per document, on the first call;
 * the relations of other kinds wait for the family that wants them (and are freed with the
 * passages, cf_prose_found_free(), when none does). */
void cf_prose_add_relations(CfCheckContext *context, guint want);

/* A relation found in the passages and the kind it is of (a CfProseWant). */
typedef struct {
	CfRelation *relation; /* owned until taken */
	guint kind;
} CfProseFound;

/* Frees what cf_prose_add_relations() found and no family took. */
void cf_prose_found_free(GArray *found);

/* Finds the relations of @passage and adds those of the @want kinds to @context (when
 * @context is not NULL).  @narrow, when not NULL, receives for each checked result claim
 * (const CfClaim* key) a g_new'd CfInterval: what its parts give, intersected with its own
 * interval when they overlap. */
void cf_prose_analyse(CfCheckContext *context, const CfProsePassage *passage, guint want,
		      GHashTable *narrow);

/* FALSE when cf_prose_analyse() of @passage would narrow nothing (no atom is an expression,
 * a closing total or a part): a caller that only wants the narrowing may then skip it. */
gboolean cf_prose_passage_may_narrow(const CfProsePassage *passage);

/* The count that multiplies the per-unit atom @index (每个站点 ← 124个站点, 标准1400/人 ←
 * 20人): searched in @passage before it (the same sentence first, then the passage when the
 * per-unit phrase names what it counts), then, for a cell, in the other cells of its row.
 * @floor limits the same-item search (a norm offset, 0 for none).  Returns a term for the count
 * as an exact whole number, or NULL when none fits. */
CfTerm *cf_prose_count_term(const CfCheckContext *context, const CfProsePassage *passage,
			    guint index, gsize floor);

/* a ∩ b into @out; FALSE when they do not overlap. */
gboolean cf_prose_interval_intersect(CfInterval a, CfInterval b, CfInterval *out);

/* Narrows *@interval, @c's, to @c read at @scale decimals when it is a plain amount (no
 * qualifier) in the magnitude @unit_exponent stated with fewer: 4万元 among 19.77万元 and
 * 6.15万元 is 4.00万元. */
void cf_prose_interval_at_scale(const CfClaim *c, int scale, int unit_exponent,
				CfInterval *interval);

/* A term for @claim with its interval narrowed by @narrow (see cf_prose_analyse). */
CfTerm *cf_prose_narrowed_term(const CfCheckContext *context, const CfClaim *claim,
			       GHashTable *narrow);

/* TRUE when norm[start, end) contains @needle. */
gboolean cf_prose_contains(const CfDocument *doc, gsize start, gsize end, const char *needle);

/* The first offset in norm[p, end) holding a digit, ( or （ (all of it before @end), or @end
 * when none: where a numbered item marker can begin.  16 bytes a step where SSE2 is there. */
gsize cf_prose_next_marker_lead(const char *norm, gsize p, gsize end);

G_END_DECLS
