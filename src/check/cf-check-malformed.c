/* Family: malformed numbers.  A malformed claim with no value (4,95: it cannot be read without
 * guessing) is an error of its own.  A number whose spacing is wrong and whose value is not
 * (99.85 %: its claim is a percent with a reason, checked like any other) is a note, one per
 * document and reason: the first place is the finding's, every further one a related place,
 * so that a report converted from PDF, which spaces its percents throughout, gets one note
 * that names them all instead of one per line. */
#include "check/cf-check-private.h"

static void
run(CfCheckContext *ctx)
{
	/* reason → the note that names its places (borrowed: the context owns the findings) */
	g_autoptr(GHashTable) notes = g_hash_table_new(g_str_hash, g_str_equal);
	for (guint i = 0; i < ctx->claims->len; i++) {
		const CfClaim *c = g_ptr_array_index(ctx->claims, i);
		if (c->kind != CF_CLAIM_MALFORMED && c->reason == NULL)
			continue;
		const char *reason = c->reason ? c->reason : "not a well-formed number";
		if (c->has_value) {
			CfFinding *note = g_hash_table_lookup(notes, reason);
			if (note) {
				cf_check_add_related_claim(ctx, note, c, "the same");
				continue;
			}
		}
		CfSeverity severity = c->has_value ? CF_SEVERITY_NOTE : CF_SEVERITY_ERROR;
		CfFinding *f = cf_check_new_finding(ctx, "malformed-number", severity, c);
		cf_finding_take_text(f, &f->message,
				     g_strdup_printf("malformed %s \"%s\": %s",
						     c->has_value ? "number" : "amount", c->text,
						     reason));
		cf_finding_set_text(f, &f->stated, c->text, -1);
		if (c->has_value)
			g_hash_table_insert(notes, (gpointer)reason, f);
	}

	/* a note with further places says how many */
	GHashTableIter iter;
	gpointer value;
	g_hash_table_iter_init(&iter, notes);
	while (g_hash_table_iter_next(&iter, NULL, &value)) {
		CfFinding *f = value;
		if (f->related->len == 0)
			continue;
		cf_finding_take_text(f, &f->message,
				     g_strdup_printf("%s (and %u more in this document)",
						     f->message, f->related->len));
	}
}

const CfCheckFamily cf_check_family_malformed = {"malformed", run};
