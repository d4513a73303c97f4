/* cf-check-evaluate.h — turns the relation graph of a document into findings: evaluates
 * every relation, grades what does not hold, and looks for one single edit to one number
 * that would reconcile everything it takes part in.  Private to src/check/. */
#pragma once

#include "check/cf-check-private.h"

G_BEGIN_DECLS

/* Evaluates context->relations and appends their findings to context->findings. */
void cf_check_evaluate_relations(CfCheckContext *context);

/* Appends to @out every number one single edit of @digits can give: one digit changed,
 * dropped or inserted, two adjacent digits swapped, the decimal point moved.  @digits is a
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

/* The interval @bound an edit of the number written at @members must overlap for
 * @relation to hold: overlapping it is holding when @exact (cf_check_needed_interval()),
 * else it is only necessary (the number stands in a ratio, or inside a product or a sum
 * within a term).  FALSE when there is none.  (Exposed for tests.) */
gboolean cf_check_edit_bound(const CfRelation *relation, GPtrArray *members, CfInterval *bound,
			     gboolean *exact);

G_END_DECLS
