/* Family: product — count × per-unit amount = total (124个站点，每个站点1200元，共计14.88万),
 * explicit arithmetic (35人*600元/月*12月＝252000元) and the restatement right after it
 * (。共计25.2万元), and per-capita rates (费用102.18万元 … 582人 … 成本为1756元/人).
 *
 * The reading of the passage is shared with the sum family (cf-check-prose.h); a per-unit
 * amount whose count cannot be found forms no relation. */
#include "check/cf-check-prose.h"

static void
run(CfCheckContext *ctx)
{
	cf_prose_add_relations(ctx, CF_PROSE_WANT_PRODUCT | CF_PROSE_WANT_RATE);
}

const CfCheckFamily cf_check_family_product = {"product", run};
