/* cf-report-claims.c — claims as readable lines or as JSON lines.  Formatting only: every
 * value printed here was decided by the extract stage. */
#include "report/cf-report.h"

#include <string.h>

#define SGR_RESET "\033[0m"
#define SGR_BOLD "\033[1m"
#define SGR_KIND "\033[36m"
#define SGR_MALFORMED "\033[1;31m"

static inline void
append_literal(GString *out, const char *literal)
{
	g_string_append_len(out, literal, strlen(literal));
}

static const char *
document_path(const CfClaim *claim)
{
	return claim->document != NULL && claim->document->path != NULL ? claim->document->path
									: "";
}

/* The unit a value is printed in: amounts are in 元 and percentages in percent points
 * whatever the text said (the claim's invariant); the rest in the unit as written, unless
 * that unit carries a multiplier (13.2万个 is 132000, not 132000 万个): then none, and the
 * source text in parentheses shows it. */
static void
append_base_unit(GString *out, const CfClaim *claim)
{
	switch (claim->kind) {
	case CF_CLAIM_AMOUNT:
		append_literal(out, " 元");
		break;
	case CF_CLAIM_PERCENT:
		g_string_append_c(out, '%');
		break;
	default:
		if (claim->unit != NULL && claim->unit[0] != '\0' && claim->unit_exponent == 0) {
			g_string_append_c(out, ' ');
			g_string_append(out, claim->unit);
		}
		break;
	}
}

static void
append_claim_text(GString *out, const CfClaim *claim, const CfReportStyle *style)
{
	gboolean color = style != NULL && style->color;

	if (color)
		append_literal(out, SGR_BOLD);
	g_string_append(out, document_path(claim));
	g_string_append_c(out, ':');
	cf_json_append_uint(out, claim->line);
	g_string_append_c(out, ':');
	cf_json_append_uint(out, claim->column);
	g_string_append_c(out, ':');
	if (color)
		append_literal(out, SGR_RESET);
	g_string_append_c(out, ' ');

	if (color)
		append_literal(out, claim->kind == CF_CLAIM_MALFORMED ? SGR_MALFORMED : SGR_KIND);
	append_literal(out, cf_claim_kind_to_string(claim->kind));
	if (color)
		append_literal(out, SGR_RESET);

	if (claim->has_value) {
		g_string_append_c(out, ' ');
		cf_decimal_append(claim->value, out);
		append_base_unit(out, claim);
	}
	append_literal(out, " (");
	if (claim->text != NULL)
		g_string_append(out, claim->text);
	g_string_append_c(out, ')');

	if (claim->qualifier != CF_QUALIFIER_NONE) {
		append_literal(out, " qualifier=");
		append_literal(out, cf_qualifier_to_string(claim->qualifier));
		if (claim->qualifier_text != NULL) {
			g_string_append_c(out, '(');
			g_string_append(out, claim->qualifier_text);
			g_string_append_c(out, ')');
		}
		if (claim->has_value) {
			append_literal(out, " interval=");
			cf_interval_append(claim->interval, out);
		}
	}
	if (claim->label != NULL) {
		append_literal(out, " label=");
		g_string_append(out, claim->label);
	}
	if (claim->cues != NULL && claim->cues->len > 0) {
		append_literal(out, " cues=");
		for (guint i = 0; i < claim->cues->len; i++) {
			if (i > 0)
				g_string_append_c(out, ',');
			g_string_append(out, g_ptr_array_index(claim->cues, i));
		}
	}
	if (claim->table >= 0) {
		append_literal(out, " table=");
		cf_json_append_int(out, claim->table, FALSE);
		append_literal(out, " row=");
		cf_json_append_int(out, claim->row, FALSE);
		append_literal(out, " col=");
		cf_json_append_int(out, claim->cell_column, FALSE);
	}
	if (claim->reason != NULL) {
		append_literal(out, " reason=");
		g_string_append(out, claim->reason);
	}
	g_string_append_c(out, '\n');
}

void
cf_report_claims_text_styled(GPtrArray *claims, const CfReportStyle *style, GString *out)
{
	for (guint i = 0; i < claims->len; i++)
		append_claim_text(out, g_ptr_array_index(claims, i), style);
}

void
cf_report_claims_text(GPtrArray *claims, GString *out)
{
	cf_report_claims_text_styled(claims, NULL, out);
}

static void
append_key(GString *out, const char *key)
{
	/* keys are fixed ASCII identifiers: no escaping needed */
	g_string_append_c(out, ',');
	g_string_append_c(out, '"');
	append_literal(out, key);
	append_literal(out, "\":");
}

static void
append_claim_json(GString *out, const CfClaim *claim)
{
	append_literal(out, "{\"file\":");
	cf_json_append_string(out, document_path(claim), -1);
	append_key(out, "line");
	cf_json_append_uint(out, claim->line);
	append_key(out, "column");
	cf_json_append_uint(out, claim->column);
	append_key(out, "length");
	cf_json_append_uint(out, claim->length);
	append_key(out, "kind");
	cf_json_append_string(out, cf_claim_kind_to_string(claim->kind), -1);
	append_key(out, "text");
	cf_json_append_string(out, claim->text, -1);

	append_key(out, "value");
	if (claim->has_value)
		cf_json_append_decimal(out, claim->value);
	else
		append_literal(out, "null");
	append_key(out, "low");
	if (claim->has_value && !claim->interval.low_unbounded)
		cf_json_append_decimal(out, claim->interval.low);
	else
		append_literal(out, "null");
	append_key(out, "high");
	if (claim->has_value && !claim->interval.high_unbounded)
		cf_json_append_decimal(out, claim->interval.high);
	else
		append_literal(out, "null");
	append_key(out, "stated");
	if (claim->has_value)
		cf_json_append_decimal(out, claim->stated);
	else
		append_literal(out, "null");

	append_key(out, "unit");
	cf_json_append_string(out, claim->unit, -1);
	append_key(out, "unit_exponent");
	cf_json_append_int(out, claim->unit_exponent, FALSE);
	append_key(out, "qualifier");
	cf_json_append_string(out, cf_qualifier_to_string(claim->qualifier), -1);
	append_key(out, "qualifier_text");
	cf_json_append_string(out, claim->qualifier_text, -1);
	append_key(out, "label");
	cf_json_append_string(out, claim->label, -1);

	append_key(out, "cues");
	g_string_append_c(out, '[');
	for (guint i = 0; claim->cues != NULL && i < claim->cues->len; i++) {
		if (i > 0)
			g_string_append_c(out, ',');
		cf_json_append_string(out, g_ptr_array_index(claim->cues, i), -1);
	}
	g_string_append_c(out, ']');

	append_key(out, "table");
	cf_json_append_int(out, claim->table, TRUE);
	append_key(out, "row");
	cf_json_append_int(out, claim->row, TRUE);
	append_key(out, "column_in_table");
	cf_json_append_int(out, claim->cell_column, TRUE);
	append_key(out, "sentence");
	if (claim->sentence == G_MAXUINT)
		append_literal(out, "null");
	else
		cf_json_append_uint(out, claim->sentence);
	append_key(out, "reason");
	cf_json_append_string(out, claim->reason, -1);
	append_key(out, "has_value");
	append_literal(out, claim->has_value ? "true" : "false");
	append_literal(out, "}\n");
}

void
cf_report_claims_jsonl(GPtrArray *claims, GString *out)
{
	for (guint i = 0; i < claims->len; i++)
		append_claim_json(out, g_ptr_array_index(claims, i));
}
