/* cf-relation.h — relations between stated numbers, evaluated with interval arithmetic.
 *
 * A relation says how numbers of a report should agree: a total is the sum of its parts,
 * a percentage is a part over its base, a row equals its sibling.  Each side is a term:
 * a claim, a constant (a count of listed items), or a sum/product of terms.  Evaluating a
 * term gives two things: the exact value of the figures as stated (point) and the interval
 * of values the stated figures can stand for (interval).
 *
 * Outcome ladder (design.md, "Numbers and tolerance"):
 *   EXACT     the stated figures agree exactly;
 *   ROUNDING  they differ, but the intervals agree (holds; a sum that needs it is a note);
 *   NEAR      a gap of at most one unit in the last printed place of the result (a note);
 *   SMALL     a gap beyond that but under CF_RELATION_SMALL_GAP_PERMILLE of the result
 *             (a warning);
 *   BROKEN    anything larger (the relation's own severity);
 *   UNKNOWN   the relation could not be evaluated (overflow, a missing value).
 *
 * Ownership: a relation owns its terms; terms borrow their claims. */
#pragma once

#include <glib.h>

#include "model/cf-claim.h"
#include "model/cf-finding.h"
#include "model/cf-interval.h"

G_BEGIN_DECLS

/* A relative gap up to 5‰ of the stated result is a warning, not an error. */
#define CF_RELATION_SMALL_GAP_PERMILLE 5

typedef enum {
	CF_TERM_CLAIM,
	CF_TERM_CONSTANT,
	CF_TERM_SUM,
	CF_TERM_PRODUCT,
	CF_TERM_DIFFERENCE, /* children[0] − children[1] − …: last year's value as this − change */
} CfTermKind;

typedef struct CfTerm CfTerm;
struct CfTerm {
	CfTermKind kind;
	const CfClaim *claim; /* CF_TERM_CLAIM */
	CfDecimal point;      /* CLAIM/CONSTANT: the exact stated value (base unit) */
	CfInterval interval;  /* CLAIM/CONSTANT: what it can stand for (base unit) */
	GPtrArray *children;  /* SUM/PRODUCT/DIFFERENCE: CfTerm*, owned */
	char *label;          /* how to name it in a message, or NULL (then the claim's text) */
};

/* A term for @claim, with its own value and interval (claim->value, claim->interval). */
CfTerm *cf_term_new_claim(const CfClaim *claim);
/* A term for @claim with a narrower interval than the claim's own (table column precision,
 * agreeing restatements); @interval must contain claim->value. */
CfTerm *cf_term_new_claim_with_interval(const CfClaim *claim, CfInterval interval);
/* An exact constant (a count of listed items). @label is copied. */
CfTerm *cf_term_new_constant(CfDecimal value, const char *label);
/* Sum or product of @children (taken over). */
CfTerm *cf_term_new_sum(GPtrArray *children);
CfTerm *cf_term_new_product(GPtrArray *children);
/* @children[0] minus the others (taken over); at least one child. */
CfTerm *cf_term_new_difference(GPtrArray *children);
/* −@inner (taken over), as 0 − @inner: a part that counts against a sum (an item over budget
 * in a column of gaps under budget). */
CfTerm *cf_term_new_negated(CfTerm *inner);
/* The term @term negates when it is one cf_term_new_negated() made, else NULL. */
const CfTerm *cf_term_negated_inner(const CfTerm *term);
void cf_term_free(CfTerm *term);
/* An empty array of terms that frees them with cf_term_free(), for cf_relation_new() or a
 * cf_term_new_*() to take over: one the thread kept from a freed relation or term when it has
 * one (no allocation), else a new one. */
GPtrArray *cf_term_array_new(void);

/* Appends every claim in @term (depth first) to @out. */
void cf_term_collect_claims(const CfTerm *term, GPtrArray *out);

typedef enum {
	CF_RELATION_SUM,        /* result = Σ terms */
	CF_RELATION_EQUAL,      /* result = terms[0] */
	CF_RELATION_RATIO,      /* result = terms[0] / terms[1] × 10^ratio_exponent */
	CF_RELATION_DIFFERENCE, /* result = terms[0] − terms[1] */
	CF_RELATION_AT_MOST,    /* result ≤ terms[0] */
	CF_RELATION_WHOLE_SHARE,/* result % of the whole count terms[0] is k/terms[0] for a whole k */
} CfRelationKind;

typedef enum {
	CF_OUTCOME_EXACT,
	CF_OUTCOME_ROUNDING,
	CF_OUTCOME_NEAR,
	CF_OUTCOME_SMALL,
	CF_OUTCOME_BROKEN,
	CF_OUTCOME_UNKNOWN,
} CfOutcome;

typedef struct {
	CfRelationKind kind;
	const char *rule;          /* rule id reported when it does not hold (static string) */
	CfSeverity severity;       /* severity when BROKEN */
	CfTerm *result;            /* the stated side, usually one claim */
	GPtrArray *terms;          /* CfTerm*, owned */
	int ratio_exponent;        /* RATIO: 2 for a percentage */
	gboolean partial;          /* SUM: the parts may be a partial list (其中 …): only a sum
	                            * above the total contradicts */
	gboolean note_rounding;    /* report ROUNDING outcomes as notes (sums re-balanced) */
	gboolean signed_change;    /* RATIO: terms[0] may be below zero (a table's 增减率 of a
	                            * decrease, -5.78%, over its 增减额); otherwise such a ratio
	                            * is not evaluated (UNKNOWN) */
	gboolean small_gaps_only;  /* SUM: a BROKEN outcome is no finding, only a gap up to SMALL
	                            * (a list of quantities far from its whole is another
	                            * breakdown: 地表水 and 地下水 overlap, 谷物 holds 小麦) */
	gboolean silent;           /* of a rule not reported in this run (--rule, --disable): it
	                            * still relates its figures for the other families, as in a
	                            * run of every rule, and is never reported */
	gboolean tie;              /* EQUAL formed only because two places show the same figure
	                            * (a 其中 cell copying its parent): it ties them so one edit
	                            * changes both, and is never reported; an edit that separates
	                            * them is no contradiction */
	const char *what;          /* how a reviewer would name the relation, e.g.
	                            * "the 18 amounts listed after 其中" (a copy in the
	                            * relation's own block, or NULL: never freed on its own) */
} CfRelation;

/* A new relation; @result and @terms are taken over (terms may be NULL: then empty). */
CfRelation *cf_relation_new(CfRelationKind kind, const char *rule, CfSeverity severity,
			     CfTerm *result, GPtrArray *terms, const char *what);
void cf_relation_free(CfRelation *relation);

typedef struct {
	CfDecimal point;
	CfInterval interval;
} CfTermValue;

/* A replacement value, used to ask "what if this number were written differently": every
 * claim of @claims (one number written in several places) reads as @value.  Passed as NULL
 * when there is none. */
typedef struct {
	const CfClaim *const *claims;
	guint n_claims;
	CfTermValue value;
} CfOverrides;

/* Evaluates @relation.  @computed receives what the terms give (the other side of the
 * relation, base unit) and @stated the result's interval; @gap the distance between them
 * when they do not overlap (else 0).  Returns the outcome. */
CfOutcome cf_relation_evaluate(const CfRelation *relation, const CfOverrides *overrides,
			       CfInterval *computed, CfInterval *stated, CfDecimal *gap);

/* Evaluates a term: its exact point and its interval.  FALSE when it cannot (overflow). */
gboolean cf_term_evaluate(const CfTerm *term, const CfOverrides *overrides, CfDecimal *point,
			  CfInterval *interval);

/* For a RATIO: every value its terms' quotient can take, rounded outward at the coarsest
 * precision evaluation uses, so it contains the computed side of every evaluation whatever
 * the result's precision.  A result that makes the relation hold therefore overlaps it
 * (the converse need not be true).  FALSE when not a ratio or not computable. */
gboolean cf_relation_ratio_bounds(const CfRelation *relation, CfInterval *bounds);

/* TRUE when the outcome means the relation holds (EXACT or ROUNDING). */
gboolean cf_outcome_holds(CfOutcome outcome);

G_END_DECLS
