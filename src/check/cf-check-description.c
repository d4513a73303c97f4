/* Family: description — a table row whose description cell lists amounts vs the row's own
 * amount (the first money cell to the right of the description).
 *
 * The description's total is built from its structure.  It is split into items (numbered
 * items 1、 2、 … when it has them, else its clauses between ； and 。).  An item is worth its
 * last 合计/共计 amount when it states one (as precise as the parts it restates: 2 × 20000元 =
 * 4万元 is 40000 exactly), else its count × per-unit products plus its plain amounts (每个社区分校
 * 拨款6万元 with 三个社区分校 in the row's name).  A per-unit amount whose count cannot be found
 * (每名对象1000-2000元) makes the description indeterminate: no relation.  A relation is formed
 * only when the description lists at least two amounts or states a total. */
#include "check/cf-check-prose.h"

#include <string.h>

static gboolean
is_money(const CfClaim *c)
{
	return c->kind == CF_CLAIM_AMOUNT ||
	       (c->kind == CF_CLAIM_EXPRESSION && c->unit && strstr(c->unit, "元"));
}

/* The item of @atom: the numbered item it stands in, else its clause. */
static guint
item_of(const CfProsePassage *passage, const CfProseAtom *atom)
{
	if (passage->n_markers == 0)
		return atom->unit;
	guint item = 0;
	for (guint m = 0; m < passage->n_markers; m++)
		if (passage->markers[m] <= atom->claim->range.start)
			item = m + 1;
	return item;
}

static gsize
item_start(const CfProsePassage *passage, guint item)
{
	if (passage->n_markers)
		return item == 0 ? passage->range.start : passage->markers[item - 1];
	return item < passage->n_unit_starts ? passage->unit_starts[item] : passage->range.start;
}

/* Terms for the items of @passage; FALSE when the description is indeterminate. */
static gboolean
description_terms(CfCheckContext *ctx, const CfProsePassage *passage, GHashTable *narrow,
		  GPtrArray *terms, guint *n_amounts, gboolean *has_total)
{
	guint n = passage->atoms->len;
	guint i = 0;
	while (i < n) {
		guint item = item_of(passage, &g_array_index(passage->atoms, CfProseAtom, i));
		guint end = i;
		while (end < n && item_of(passage, &g_array_index(passage->atoms, CfProseAtom, end)) == item)
			end++;
		/* the item's stated total: its last 合计/共计 amount or expression */
		guint last_total = G_MAXUINT;
		for (guint k = i; k < end; k++) {
			const CfProseAtom *a = &g_array_index(passage->atoms, CfProseAtom, k);
			if (is_money(a->claim))
				(*n_amounts)++;
			if (is_money(a->claim) && !(a->flags & CF_PROSE_CHANGE) &&
			    ((a->flags & CF_PROSE_CLOSING) || a->claim->kind == CF_CLAIM_EXPRESSION))
				last_total = k;
		}
		if (last_total != G_MAXUINT) {
			*has_total = TRUE;
			g_ptr_array_add(terms, cf_prose_narrowed_term(
						       ctx, g_array_index(passage->atoms, CfProseAtom,
									  last_total).claim,
						       narrow));
		}
		for (guint k = last_total == G_MAXUINT ? i : last_total + 1; k < end; k++) {
			const CfProseAtom *a = &g_array_index(passage->atoms, CfProseAtom, k);
			if (a->flags & CF_PROSE_CHANGE)
				continue;
			if (!(a->flags & CF_PROSE_EACH)) {
				if (is_money(a->claim))
					g_ptr_array_add(terms, cf_prose_narrowed_term(ctx, a->claim, narrow));
				continue;
			}
			if (!is_money(a->claim) && a->claim->kind != CF_CLAIM_RATE)
				continue;
			CfTerm *count = cf_prose_count_term(ctx, passage, k, item_start(passage, item));
			if (count == NULL)
				return FALSE; /* a per-unit amount without its count */
			GPtrArray *factors = g_ptr_array_new();
			g_ptr_array_add(factors, count);
			g_ptr_array_add(factors, cf_term_new_claim(a->claim));
			CfTerm *product = cf_term_new_product(factors);
			GString *label = g_string_new(NULL);
			cf_decimal_append(cf_decimal_trim(count->claim->value), label);
			cf_check_append(label, " × ");
			cf_check_append_claim(label, a->claim);
			product->label = g_string_free(label, FALSE);
			g_ptr_array_add(terms, product);
			(*n_amounts)++;
		}
		i = end;
	}
	return TRUE;
}

static void
check_row(CfCheckContext *ctx, guint table_index, guint row_index, const CfRow *row)
{
	const CfDocument *doc = ctx->document;
	for (guint k = 0; k < row->n_cells; k++) {
		const CfCell *cell = &row->cells[k];
		guint n_claims;
		const CfClaim *const *claims =
			cf_check_cell_claims(ctx, table_index, row_index, cell->column, &n_claims);
		if (n_claims == 0)
			continue;
		gboolean money = FALSE;
		for (guint c = 0; c < n_claims; c++)
			if (is_money(claims[c]) || claims[c]->kind == CF_CLAIM_RATE)
				money = TRUE;
		if (!money || cf_check_cell_value(ctx, table_index, row_index, cell->column) != NULL)
			continue; /* a figure of its own, not a description */
		/* the row's amount: the first money cell to the right */
		const CfClaim *amount = NULL;
		for (guint r = k + 1; r < row->n_cells && amount == NULL; r++) {
			const CfCell *right = &row->cells[r];
			const CfClaim *v = cf_check_cell_value(ctx, table_index, row_index, right->column);
			if (v && v->kind == CF_CLAIM_AMOUNT)
				amount = v;
		}
		if (amount == NULL)
			return;
		/* the sum family's passage of the cell when it read one, else a new one */
		const CfProsePassage *kept = cf_prose_kept_cell_passage(ctx, table_index, row_index,
									cell->column, cell->range);
		CfProsePassage own;
		if (kept == NULL)
			cf_prose_passage_init(&own, ctx, cell->range, table_index, row_index,
					      cell->column);
		const CfProsePassage *passage = kept ? kept : &own;
		/* what the passage's own arithmetic narrows: recorded when the sum family read it,
		 * else worked out here (nothing to read when it has no arithmetic) */
		g_autoptr(GHashTable) own_narrow = NULL;
		GHashTable *narrow = passage->narrow_known ? passage->narrow : NULL;
		if (!passage->narrow_known && cf_prose_passage_may_narrow(passage)) {
			own_narrow =
				g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, g_free);
			cf_prose_analyse(NULL, passage, 0, own_narrow);
			narrow = own_narrow;
		}
		GPtrArray *terms = cf_term_array_new();
		guint n_amounts = 0;
		gboolean has_total = FALSE;
		gboolean ok =
			description_terms(ctx, passage, narrow, terms, &n_amounts, &has_total);
		if (kept == NULL)
			cf_prose_passage_clear(&own);
		if (!ok || terms->len == 0 || (n_amounts < 2 && !has_total)) {
			g_ptr_array_unref(terms);
			return;
		}
		g_ptr_array_set_free_func(terms, NULL);
		CfRelation *relation = cf_relation_new(CF_RELATION_SUM, "description-mismatch",
						       CF_SEVERITY_ERROR, cf_check_term(ctx, amount),
						       terms, "the amounts its description lists");
		cf_check_add_relation(ctx, relation);
		(void)doc;
		return;
	}
}

static void
run(CfCheckContext *ctx)
{
	for (guint t = 0; t < ctx->tables->len; t++) {
		const CfTable *table = g_ptr_array_index(ctx->tables, t);
		for (guint r = table->n_header_rows; r < table->rows->len; r++) {
			const CfRow *row = g_ptr_array_index(table->rows, r);
			if (row->header || row->total)
				continue;
			check_row(ctx, t, r, row);
		}
	}
}

const CfCheckFamily cf_check_family_description = {"description", run};
