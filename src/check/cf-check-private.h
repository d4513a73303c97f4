/* cf-check-private.h — what check families share: the context of one document's check,
 * and helpers to add relations and findings.  Not for use outside src/check/.
 *
 * A family is one file cf-check-<family>.c exporting one CfCheckFamily; cf-check.c lists
 * them in one table.  A family either adds relations (cf_check_add_relation: evaluation,
 * severity, messages and suggestions are then common to all families) or, for findings that
 * are not arithmetic (heading numbering, a year against the title), reports directly with
 * cf_check_new_finding(). */
#pragma once

#include "check/cf-check.h"
#include "check/cf-relation.h"
#include "model/cf-spill.h"
#include "model/cf-hash.h"
#include "model/cf-utf8.h"

G_BEGIN_DECLS

typedef struct CfTableSet CfTableSet;   /* check/cf-check-table.h */
typedef struct CfProsePassage CfProsePassage; /* check/cf-check-prose.h */
typedef struct CfCellMap CfCellMap;           /* cf-check.c */

typedef struct {
	const CfLexicon *lexicon;
	const CfDocument *document;
	GPtrArray *claims;        /* CfClaim*, borrowed, document order */
	GPtrArray *tables;        /* const CfTable*, borrowed; index = CfClaim.table */
	GPtrArray *table_blocks;  /* const CfBlock*, parallel to tables */
	GPtrArray *relations;     /* CfRelation*, owned */
	GPtrArray *findings;      /* CfFinding*, owned */
	const CfCheckOptions *options;
	CfCellMap *cells;         /* (table,row,column) → the cell's claims, (table,column) →
	                           * the column's precision: cf_check_context_index() */
	/* read once per document, on first use, for every family that asks */
	CfTableSet *table_set;    /* cf_check_table_set() */
	GArray *passages;         /* CfProsePassage, cf_prose_foreach_passage() */
	GHashTable *cell_passages; /* the cell passages of @passages by cell (a set of
	                            * CfProsePassage*, cf_prose_kept_cell_passage()) */
	GArray *prose_found;      /* CfProseFound: what reading the passages gave and no family
	                           * has taken yet (cf_prose_add_relations()) */
	GPtrArray *sentences;     /* cf_rates_sentences(): the prose claims, sentence by sentence */
	GArray *sentence_views;   /* CfRatesSentence over @sentences, cf_rates_sentences() */
	guint8 *money_roles;      /* per claim of @sentences: 1 + its cf_rates_money_role(), or 0
	                           * before it is asked (written by cf_rates_budget_and_spending(),
	                           * read by every family that asks again) */
	GHashTable *breakdowns;   /* cf_rates_breakdown_part(): each part of a breakdown → the
	                           * label of its whole, "" when none is known */
	gboolean norm_whole;      /* document->norm is known to hold no NUL before norm_length
	                           * (where a text cut from it would stop): context_init() */
	CfSourceCursor source_cursor; /* where the findings' excerpts of a long line were cut */
} CfCheckContext;

typedef struct {
	const char *name;                    /* family name, e.g. "sum" */
	void (*run)(CfCheckContext *context); /* adds relations and findings */
} CfCheckFamily;

/* Fills @context's tables, table_blocks and cell index from its document and claims: what
 * the families read before they run.  cf_check_context_index_clear() frees them.  (Exposed
 * for tests that read a document's tables without running the families.) */
void cf_check_context_index(CfCheckContext *context);
void cf_check_context_index_clear(CfCheckContext *context);

/* TRUE when findings of @rule are wanted (--rule / --disable). */
gboolean cf_check_rule_enabled(const CfCheckContext *context, const char *rule);

/* Adds @relation (taken over) to the graph; it is evaluated after every family ran. */
void cf_check_add_relation(CfCheckContext *context, CfRelation *relation);

/* A term for @claim with its effective interval: a table cell's number is as precise as the
 * finest number of its column (spreadsheets drop trailing zeros: 25 in a column holding
 * 15.036 means 25.000). */
CfTerm *cf_check_term(const CfCheckContext *context, const CfClaim *claim);

/* The claims in one table cell, in document order: a borrowed view of *@n_claims of them
 * into the cell index (NULL and 0 when none). */
const CfClaim *const *cf_check_cell_claims(const CfCheckContext *context, guint table, guint row,
					   guint column, guint *n_claims);

/* The single numeric claim (amount, number, score, percent, count) of a cell, or NULL when the
 * cell holds none or several. */
const CfClaim *cf_check_cell_value(const CfCheckContext *context, guint table, guint row,
				   guint column);

/* A new finding at @claim (added to the context, returned borrowed for filling in). */
CfFinding *cf_check_new_finding(CfCheckContext *context, const char *rule, CfSeverity severity,
				const CfClaim *claim);

/* A new finding at a line and column of the document (length in characters, may be 0). */
CfFinding *cf_check_new_finding_at(CfCheckContext *context, const char *rule, CfSeverity severity,
				   guint line, guint column, guint length);

/* Adds @claim's place as a related location with @note (may be NULL). */
void cf_check_add_related_claim(CfCheckContext *context, CfFinding *finding, const CfClaim *claim,
				const char *note);
void cf_check_add_related_line(CfCheckContext *context, CfFinding *finding, guint line,
			       guint column, const char *note);

/* Reports the @shares (two or more claims) as a shares-exceed-whole error at the first:
 * "shares @object add up to @sum@sign: a + b …, more than the whole (100@sign)" (@object
 * "of 收入", or ""; @sign "%", or "" for bare shares), the others related as another share. */
void cf_check_report_shares_exceed(CfCheckContext *context, GPtrArray *shares, const char *object,
				   CfDecimal sum, const char *sign);

/* Writes @value in decimal as %d does (at most 11 bytes, no NUL) at @out; returns the end.
 * For keys built once per figure, where a printf costs ten times more. */
char *cf_check_put_int(char *out, int value);

/* Appends @text (not inside @s), as g_string_append() does, but copied in place while @s has
 * room: finding messages are built from many short pieces. */
static inline void
cf_check_append(GString *s, const char *text)
{
	cf_spill_put(s, text, strlen(text));
}

/* Appends each string up to the NULL: finding messages are built from many pieces, and
 * printf costs ten times as much per piece. */
G_GNUC_NULL_TERMINATED void cf_check_append_strings(GString *s, const char *first, ...);
/* Appends @value in decimal, as %u writes it. */
void cf_check_append_uint(GString *s, guint value);

/* Appends @value (base unit) written in @like's unit: 5626160 元 like 663.58万元 →
 * "562.616万元"; percentages "85.51%".  @like may be NULL (then the base unit). */
void cf_check_append_value(GString *out, CfDecimal value, const CfClaim *like);
/* Appends @claim as stated: "663.58万元". */
void cf_check_append_claim(GString *out, const CfClaim *claim);

/* The characters two labels end with alike: 4 for 中央国有企业资产总额 and 全国行政事业单位资产
 * 总额 (资产总额), 0 when either is NULL. */
guint cf_check_label_common_tail(const char *a, const char *b);
/* cf_check_label_common_tail(), with the bytes of that common end in *@bytes. */
guint cf_check_label_common_tail_bytes(const char *a, const char *b, gsize *bytes);

/* TRUE when labels @a and @b name one measure of two subjects: they end alike (at least two
 * characters) and each puts before that a subject of its own, not only digits
 * (中央国有企业资产总额 and 全国国有企业资产总额; not 预算支出 and 2022年预算支出).  An aside
 * in parentheses a label ends with is passed over (资产总额(账面净值)). */
gboolean cf_check_labels_of_other_subjects(const char *a, const char *b);

/* The families, each in its own file. */
extern const CfCheckFamily cf_check_family_malformed;
extern const CfCheckFamily cf_check_family_sum;
extern const CfCheckFamily cf_check_family_product;
extern const CfCheckFamily cf_check_family_description;
extern const CfCheckFamily cf_check_family_enumeration;
extern const CfCheckFamily cf_check_family_table;
extern const CfCheckFamily cf_check_family_score;
extern const CfCheckFamily cf_check_family_prose_table;
extern const CfCheckFamily cf_check_family_sibling;
extern const CfCheckFamily cf_check_family_restated;
extern const CfCheckFamily cf_check_family_percent;
extern const CfCheckFamily cf_check_family_budget;
extern const CfCheckFamily cf_check_family_saving;
extern const CfCheckFamily cf_check_family_balance;
extern const CfCheckFamily cf_check_family_change;
extern const CfCheckFamily cf_check_family_table_change;
extern const CfCheckFamily cf_check_family_identity;
extern const CfCheckFamily cf_check_family_heading;
extern const CfCheckFamily cf_check_family_year;

/* The index of @claim in @context's claims (document order), or G_MAXUINT. */
guint cf_check_claim_index(const CfCheckContext *context, const CfClaim *claim);

/* Words of a cut's rate (节约率, 审减率 …; NULL-terminated): the saving family relates such a
 * rate, the percent family leaves it alone. */
extern const char *const cf_check_saving_rate_cues[];

/* The change family's one-pass word search (cf-check-change.c), for the tests that hold it
 * against strstr(): the number of occurrences of @words (NULL-terminated) in text[0, @length)
 * (overlapping ones too), and in *@contains whether the search that stops at the first found
 * one found any. */
guint cf_check_change_count_words(const char *text, gsize length, const char *const *words,
				  gboolean *contains);

/* Words that say a figure did not change from last year (与上年持平, 较上年无增减;
 * NULL-terminated): the change family's, and the sum family's for a part's change. */
extern const char *const cf_check_unchanged_words[];

/* Words that say figures are averages (院均, 人均, 生均, 平均 …; NULL-terminated): the table
 * family's for a table of averages, and the sum family's for an average's breakdown. */
extern const char *const cf_check_average_words[];

/* The change family's reading of the verb text[0, @length) ends with (cf-check-change.c), for
 * the sum family's changes of a breakdown and the test that holds its last-byte filter against
 * plain comparisons: 0 none, 1 an increase (增加, 增长了 …), 2 a decrease; @allow_reach also
 * drops 到/至 (增加到). */
guint cf_check_change_ending_direction(const char *text, gsize length, gboolean allow_reach);

/* (Tests.) Whether the change family's anchor words found for the stretches [@starts[i],
 * @ends[i]) of @text, searched one after another as the family searches a document's
 * sentences (keeping what an earlier stretch found), are those a search of each stretch
 * alone finds. */
gboolean cf_check_change_anchors_agree(const char *text, const gsize *starts, const gsize *ends,
				       guint n);

G_END_DECLS
