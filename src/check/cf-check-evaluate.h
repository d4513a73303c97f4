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

G_END_DECLS
