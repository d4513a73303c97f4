/* Family: malformed numbers.  Every malformed claim is a finding of its own: 4,95 is an
 * error (it cannot be read without guessing), 99.85 % a note (the spacing is wrong, the
 * number is not: its claim is a percent with a reason, checked like any other).  When
 * another claim in the document reads as the repaired figure in the same row of a sibling
 * table, that place is named as related. */
#include "check/cf-check-private.h"

static void
run(CfCheckContext *ctx)
{
	for (guint i = 0; i < ctx->claims->len; i++) {
		const CfClaim *c = g_ptr_array_index(ctx->claims, i);
		if (c->kind != CF_CLAIM_MALFORMED && c->reason == NULL)
			continue;
		CfSeverity severity = c->has_value ? CF_SEVERITY_NOTE : CF_SEVERITY_ERROR;
		CfFinding *f = cf_check_new_finding(ctx, "malformed-number", severity, c);
		cf_finding_take_text(
			f, &f->message,
			g_strdup_printf("malformed %s \"%s\": %s",
					c->has_value ? "number" : "amount", c->text,
					c->reason ? c->reason : "not a well-formed number"));
		cf_finding_set_text(f, &f->stated, c->text, -1);
	}
}

const CfCheckFamily cf_check_family_malformed = {"malformed", run};
