/* cf-report-claims.c — claims as readable lines or as JSON lines.  Formatting only: every
 * value printed here was decided by the extract stage. */
#include "report/cf-report.h"

#include <string.h>

#include "report/cf-buffer.h"

#define SGR_RESET "\033[0m"
#define SGR_BOLD "\033[1m"
#define SGR_KIND "\033[36m"
#define SGR_MALFORMED "\033[1;31m"

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
		CF_BUFFER_PUT_LITERAL(out, " 元");
		break;
	case CF_CLAIM_PERCENT:
		cf_buffer_put_c(out, '%');
		break;
	default:
		if (claim->unit != NULL && claim->unit[0] != '\0' && claim->unit_exponent == 0) {
			cf_buffer_put_c(out, ' ');
			cf_buffer_put_str(out, claim->unit);
		}
		break;
	}
}

static void
append_claim_text(GString *out, const CfClaim *claim, const CfReportStyle *style)
{
	gboolean color = style != NULL && style->color;

	if (color)
		CF_BUFFER_PUT_LITERAL(out, SGR_BOLD);
	cf_buffer_put_str(out, document_path(claim));
	cf_buffer_put_c(out, ':');
	cf_json_append_uint(out, claim->line);
	cf_buffer_put_c(out, ':');
	cf_json_append_uint(out, claim->column);
	cf_buffer_put_c(out, ':');
	if (color)
		CF_BUFFER_PUT_LITERAL(out, SGR_RESET);
	cf_buffer_put_c(out, ' ');

	if (color)
		cf_buffer_put_str(out,
				  claim->kind == CF_CLAIM_MALFORMED ? SGR_MALFORMED : SGR_KIND);
	cf_buffer_put_str(out, cf_claim_kind_to_string(claim->kind));
	if (color)
		CF_BUFFER_PUT_LITERAL(out, SGR_RESET);

	if (claim->has_value) {
		cf_buffer_put_c(out, ' ');
		cf_json_append_decimal_digits(out, claim->value);
		append_base_unit(out, claim);
	}
	CF_BUFFER_PUT_LITERAL(out, " (");
	if (claim->text != NULL)
		cf_buffer_put_str(out, claim->text);
	cf_buffer_put_c(out, ')');

	if (claim->qualifier != CF_QUALIFIER_NONE) {
		CF_BUFFER_PUT_LITERAL(out, " qualifier=");
		cf_buffer_put_str(out, cf_qualifier_to_string(claim->qualifier));
		if (claim->qualifier_text != NULL) {
			cf_buffer_put_c(out, '(');
			cf_buffer_put_str(out, claim->qualifier_text);
			cf_buffer_put_c(out, ')');
		}
		if (claim->has_value) {
			CF_BUFFER_PUT_LITERAL(out, " interval=");
			cf_interval_append(claim->interval, out);
		}
	}
	if (claim->label != NULL) {
		CF_BUFFER_PUT_LITERAL(out, " label=");
		cf_buffer_put_str(out, claim->label);
	}
	if (claim->cues != NULL && claim->cues->len > 0) {
		CF_BUFFER_PUT_LITERAL(out, " cues=");
		for (guint i = 0; i < claim->cues->len; i++) {
			if (i > 0)
				cf_buffer_put_c(out, ',');
			cf_buffer_put_str(out, g_ptr_array_index(claim->cues, i));
		}
	}
	if (claim->table >= 0) {
		CF_BUFFER_PUT_LITERAL(out, " table=");
		cf_json_append_int(out, claim->table, FALSE);
		CF_BUFFER_PUT_LITERAL(out, " row=");
		cf_json_append_int(out, claim->row, FALSE);
		CF_BUFFER_PUT_LITERAL(out, " col=");
		cf_json_append_int(out, claim->cell_column, FALSE);
	}
	if (claim->reason != NULL) {
		CF_BUFFER_PUT_LITERAL(out, " reason=");
		cf_buffer_put_str(out, claim->reason);
	}
	cf_buffer_put_c(out, '\n');
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

/* ,"key": — keys are fixed ASCII identifiers, joined at compile time */
#define APPEND_KEY(out, key) CF_BUFFER_PUT_LITERAL(out, ",\"" key "\":")

/* @file: the claim's file as a JSON string, escaped once for all the claims of a document */
static void
append_claim_json(GString *out, const CfClaim *claim, const GString *file)
{
	CF_BUFFER_PUT_LITERAL(out, "{\"file\":");
	cf_buffer_put(out, file->str, file->len);
	APPEND_KEY(out, "line");
	cf_json_append_uint(out, claim->line);
	APPEND_KEY(out, "column");
	cf_json_append_uint(out, claim->column);
	APPEND_KEY(out, "length");
	cf_json_append_uint(out, claim->length);
	APPEND_KEY(out, "kind");
	cf_json_append_string(out, cf_claim_kind_to_string(claim->kind), -1);
	APPEND_KEY(out, "text");
	cf_json_append_string(out, claim->text, -1);

	APPEND_KEY(out, "value");
	if (claim->has_value)
		cf_json_append_decimal(out, claim->value);
	else
		CF_BUFFER_PUT_LITERAL(out, "null");
	APPEND_KEY(out, "low");
	if (claim->has_value && !claim->interval.low_unbounded)
		cf_json_append_decimal(out, claim->interval.low);
	else
		CF_BUFFER_PUT_LITERAL(out, "null");
	APPEND_KEY(out, "high");
	if (claim->has_value && !claim->interval.high_unbounded)
		cf_json_append_decimal(out, claim->interval.high);
	else
		CF_BUFFER_PUT_LITERAL(out, "null");
	APPEND_KEY(out, "stated");
	if (claim->has_value)
		cf_json_append_decimal(out, claim->stated);
	else
		CF_BUFFER_PUT_LITERAL(out, "null");

	APPEND_KEY(out, "unit");
	cf_json_append_string(out, claim->unit, -1);
	APPEND_KEY(out, "unit_exponent");
	cf_json_append_int(out, claim->unit_exponent, FALSE);
	APPEND_KEY(out, "qualifier");
	cf_json_append_string(out, cf_qualifier_to_string(claim->qualifier), -1);
	APPEND_KEY(out, "qualifier_text");
	cf_json_append_string(out, claim->qualifier_text, -1);
	APPEND_KEY(out, "label");
	cf_json_append_string(out, claim->label, -1);

	APPEND_KEY(out, "cues");
	cf_buffer_put_c(out, '[');
	for (guint i = 0; claim->cues != NULL && i < claim->cues->len; i++) {
		if (i > 0)
			cf_buffer_put_c(out, ',');
		cf_json_append_string(out, g_ptr_array_index(claim->cues, i), -1);
	}
	cf_buffer_put_c(out, ']');

	APPEND_KEY(out, "table");
	cf_json_append_int(out, claim->table, TRUE);
	APPEND_KEY(out, "row");
	cf_json_append_int(out, claim->row, TRUE);
	APPEND_KEY(out, "column_in_table");
	cf_json_append_int(out, claim->cell_column, TRUE);
	APPEND_KEY(out, "sentence");
	if (claim->sentence == G_MAXUINT)
		CF_BUFFER_PUT_LITERAL(out, "null");
	else
		cf_json_append_uint(out, claim->sentence);
	APPEND_KEY(out, "reason");
	cf_json_append_string(out, claim->reason, -1);
	APPEND_KEY(out, "has_value");
	cf_buffer_put_str(out, claim->has_value ? "true" : "false");
	CF_BUFFER_PUT_LITERAL(out, "}\n");
}

static gint
compare_uint(gconstpointer a, gconstpointer b)
{
	guint x = *(const guint *)a, y = *(const guint *)b;
	return x < y ? -1 : x > y;
}

static void
append_line_number_or_null(GString *out, guint line)
{
	if (line == 0)
		CF_BUFFER_PUT_LITERAL(out, "null");
	else
		cf_json_append_uint(out, line);
}

void
cf_report_document_jsonl(const CfDocument *doc, GPtrArray *claims, GString *out)
{
	const CfMetadata *m = &doc->metadata;
	g_autofree char *digest = cf_document_dup_digest(doc);

	CF_BUFFER_PUT_LITERAL(out, "{\"document\":{\"file\":");
	cf_json_append_string(out, doc->path != NULL ? doc->path : "", -1);
	APPEND_KEY(out, "digest");
	cf_json_append_string(out, digest, -1);
	APPEND_KEY(out, "title");
	cf_json_append_string(out, m->title, -1);
	APPEND_KEY(out, "title_line");
	append_line_number_or_null(out, m->title_line);
	APPEND_KEY(out, "year");
	append_line_number_or_null(out, m->year > 0 ? (guint)m->year : 0);
	APPEND_KEY(out, "year_line");
	append_line_number_or_null(out, m->year_line);
	APPEND_KEY(out, "unit");
	cf_json_append_string(out, m->unit, -1);
	APPEND_KEY(out, "unit_line");
	append_line_number_or_null(out, m->unit_line);
	APPEND_KEY(out, "kind");
	cf_json_append_string(out, m->kind, -1);
	APPEND_KEY(out, "kind_line");
	append_line_number_or_null(out, m->kind_line);

	/* the source text of every line a claim or a metadata field sits on, in line order */
	g_autoptr(GArray) numbers = g_array_new(FALSE, FALSE, sizeof(guint));
	for (guint i = 0; claims != NULL && i < claims->len; i++) {
		const CfClaim *c = g_ptr_array_index(claims, i);
		if (c->document == doc)
			g_array_append_val(numbers, c->line);
	}
	guint meta[] = {m->title_line, m->year_line, m->unit_line, m->kind_line};
	for (gsize i = 0; i < G_N_ELEMENTS(meta); i++)
		if (meta[i] != 0)
			g_array_append_val(numbers, meta[i]);
	g_array_sort(numbers, compare_uint);
	APPEND_KEY(out, "lines");
	cf_buffer_put_c(out, '{');
	for (guint i = 0; i < numbers->len; i++) {
		guint line = g_array_index(numbers, guint, i);
		if (i > 0 && line == g_array_index(numbers, guint, i - 1))
			continue;
		if (i > 0)
			cf_buffer_put_c(out, ',');
		cf_buffer_put_c(out, '"');
		cf_json_append_uint(out, line);
		CF_BUFFER_PUT_LITERAL(out, "\":");
		gsize n;
		const char *text = cf_document_line_text(doc, line, &n);
		cf_json_append_string(out, text, (gssize)n);
	}
	CF_BUFFER_PUT_LITERAL(out, "}}}\n");
}

void
cf_report_claims_jsonl(GPtrArray *claims, GString *out)
{
	/* a document line before each document's claims (claims are given per document) */
	const CfDocument *doc = NULL;
	g_autoptr(GString) file = g_string_new(NULL);
	const char *file_path = NULL;
	for (guint i = 0; i < claims->len; i++) {
		const CfClaim *c = g_ptr_array_index(claims, i);
		if (c->document != NULL && c->document != doc) {
			doc = c->document;
			cf_report_document_jsonl(doc, claims, out);
		}
		if (file_path != document_path(c)) {
			file_path = document_path(c);
			g_string_truncate(file, 0);
			cf_json_append_string(file, file_path, -1);
		}
		append_claim_json(out, c, file);
	}
}
