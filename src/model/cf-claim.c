#include "model/cf-claim.h"

CfClaim *
cf_claim_new(CfClaimKind kind)
{
	CfClaim *c = g_new0(CfClaim, 1);
	c->kind = kind;
	c->has_value = TRUE;
	c->cues = g_ptr_array_new_with_free_func(g_free);
	c->table = -1;
	c->row = -1;
	c->cell_column = -1;
	c->sentence = G_MAXUINT;
	return c;
}

void
cf_claim_free(CfClaim *claim)
{
	if (claim == NULL)
		return;
	g_free(claim->unit);
	g_free(claim->qualifier_text);
	g_free(claim->label);
	g_ptr_array_unref(claim->cues);
	g_free(claim->text);
	g_free(claim->reason);
	g_free(claim);
}

const char *
cf_claim_kind_to_string(CfClaimKind kind)
{
	static const char *const names[CF_CLAIM_N_KINDS] = {
		[CF_CLAIM_AMOUNT] = "amount",	  [CF_CLAIM_PERCENT] = "percent",
		[CF_CLAIM_COUNT] = "count",	  [CF_CLAIM_SCORE] = "score",
		[CF_CLAIM_RATE] = "rate",	  [CF_CLAIM_QUANTITY] = "quantity",	  [CF_CLAIM_YEAR] = "year",
		[CF_CLAIM_ORDINAL] = "ordinal",	  [CF_CLAIM_NUMBER] = "number",
		[CF_CLAIM_EXPRESSION] = "expression", [CF_CLAIM_MALFORMED] = "malformed",
	};
	return kind < CF_CLAIM_N_KINDS ? names[kind] : "unknown";
}

const char *
cf_qualifier_to_string(CfQualifier qualifier)
{
	static const char *const names[CF_QUALIFIER_N] = {
		[CF_QUALIFIER_NONE] = "none",	       [CF_QUALIFIER_APPROX] = "approx",
		[CF_QUALIFIER_AT_LEAST] = "at-least", [CF_QUALIFIER_AT_MOST] = "at-most",
		[CF_QUALIFIER_BELOW] = "below",       [CF_QUALIFIER_RANGE] = "range",
	};
	return qualifier < CF_QUALIFIER_N ? names[qualifier] : "none";
}

void
cf_claim_add_cue(CfClaim *claim, const char *cue)
{
	if (!cf_claim_has_cue(claim, cue))
		g_ptr_array_add(claim->cues, g_strdup(cue));
}

gboolean
cf_claim_has_cue(const CfClaim *claim, const char *cue)
{
	for (guint i = 0; i < claim->cues->len; i++)
		if (g_strcmp0(g_ptr_array_index(claim->cues, i), cue) == 0)
			return TRUE;
	return FALSE;
}
