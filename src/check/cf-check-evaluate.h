/* cf-check-evaluate.h — turns the relation graph of a document into findings: evaluates
 * every relation, grades what does not hold, and looks for one single edit to one number
 * that would reconcile everything it takes part in.  Private to src/check/. */
#pragma once

#include "check/cf-check-private.h"

G_BEGIN_DECLS

/* Evaluates context->relations and appends their findings to context->findings. */
void cf_check_evaluate_relations(CfCheckContext *context);

/* Appends to @out every number one single edit of @digits can give: one digit changed,
 * dropped or inserted, two adjacent digits swapped (or the two on either side of the point:
 * 3.70 and 7.30), the decimal point moved.  @digits is a
 * plain decimal ("30000", "15.036"); results are distinct, differ from @digits, and have no
 * leading zero.  (Exposed for tests.) */
void cf_check_single_edits(const char *digits, GPtrArray *out);

/* The same edits, in the same order, less those whose stated interval (cf_interval_stated()
 * of the edit) does not overlap @within; @digits has at most 12 characters.  (Exposed for
 * tests.) */
void cf_check_single_edits_within(const char *digits, const CfInterval *within, GPtrArray *out);

/* For a relation in which the number written at @members (const CfClaim*, one number in
 * several places) stands once, as the result or as one plain term, and which is a sum, an
 * equality or a bound: the interval @needed that an edited figure's interval must overlap
 * for the relation to hold (an edit is a stated figure: a bounded interval holding its
 * point).  Overlapping it and holding are the same thing, so the suggestion search skips
 * every other edit without evaluating it.  FALSE when it does not apply.  (Exposed for
 * tests.) */
gboolean cf_check_needed_interval(const CfRelation *relation, GPtrArray *members,
				  CfInterval *needed);

/* The sum of a relation's terms' intervals when it is exact in 64 bits in every order: every
 * term evaluates to a bounded interval and the magnitudes of each end, brought to the
 * largest scale of that end, add up without overflow.  Then the sum of all terms but one is
 * the total less that one, exactly what adding the others up gives: at the largest scale of
 * the others (adding up brings each sum to the larger scale of its two operands, and nothing
 * overflows on the way), which is the largest of all but when the term left out is the only
 * one of that scale. */
typedef struct {
	gboolean exact; /* else: add the terms up one by one */
	gint64 low, high;             /* at low_scale and high_scale */
	gint32 low_scale, high_scale; /* the largest scale of the low ends, of the high ends */
	/* per end: how many terms have the largest scale, and the largest scale below it (0
	 * when none) */
	guint low_at_scale, high_at_scale;
	gint32 low_below, high_below;
} CfTermsSum;

/* Fills @sum for @relation's terms. */
void cf_check_terms_sum(const CfRelation *relation, CfTermsSum *sum);

/* cf_check_needed_interval() with the terms' sum @sum (cf_check_terms_sum() of @relation)
 * taken for the other terms' when it is exact: the same answer in one step instead of one
 * per term.  (Exposed for tests, which compare the two.) */
gboolean cf_check_needed_interval_summed(const CfRelation *relation, GPtrArray *members,
					 const CfTermsSum *sum, CfInterval *needed);

typedef enum {
	CF_EDIT_BOUND_NONE,        /* nothing known: every edit must be tried */
	CF_EDIT_BOUND_EXACT,       /* an edit makes the relation hold iff it overlaps the bound */
	CF_EDIT_BOUND_NECESSARY,   /* an edit that makes it hold overlaps the bound */
	CF_EDIT_BOUND_UNREACHABLE, /* no edit of the number can make it hold */
} CfEditBound;

/* What an edit of the number written at @members must meet for @relation to hold: the
 * interval @bound it must overlap (exactly: cf_check_needed_interval(); or as a necessary
 * condition where the number stands in a ratio, or inside a product or a sum within a
 * term), or that no edit can.  (Exposed for tests.) */
CfEditBound cf_check_edit_bound(const CfRelation *relation, GPtrArray *members, CfInterval *bound);

G_END_DECLS
