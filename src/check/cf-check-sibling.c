/* Family: sibling — two tables keyed by the same item names (a budget table and its
 * performance-target table) repeat figures: the same item in columns of the same meaning
 * must agree (关工委经费 2 in one, 25 in the other).  Agreeing pairs are related too: they
 * tie the two cells, so a suggested edit changes both.  A malformed figure (4,95) whose
 * sibling reads as one of its readings (495) is not a mismatch: the malformed-number finding
 * names the sibling instead. */
#include "check/cf-check-table.h"

static CfFinding *
find_malformed_finding(CfCheckContext *ctx, const CfClaim *c)
{
	for (guint i = 0; i < ctx->findings->len; i++) {
		CfFinding *f = g_ptr_array_index(ctx->findings, i);
		if (g_str_equal(f->rule, "malformed-number") && f->primary.line == c->line &&
		    f->primary.column == c->column)
			return f;
	}
	return NULL;
}

static void
name_sibling(CfCheckContext *ctx, const CfClaim *malformed, const CfClaim *sibling)
{
	CfFinding *f = find_malformed_finding(ctx, malformed);
	if (f == NULL)
		return;
	g_autoptr(GString) note = g_string_new("the same item in the sibling table reads ");
	cf_check_append_claim(note, sibling);
	cf_check_add_related_claim(ctx, f, sibling, note->str);
}

static void
check_pair(CfTableSet *set, const CfSiblingPair *p)
{
	CfCheckContext *ctx = set->context;
	const CfTableModel *ma = g_ptr_array_index(set->models, p->a);
	const CfTableModel *mb = g_ptr_array_index(set->models, p->b);
	for (guint ca = 0; ca < ma->table->n_columns; ca++) {
		const char *key = ma->columns[ca].key;
		if (key == NULL)
			continue;
		gint cb = -1;
		guint same = 0;
		for (guint c = 0; c < mb->table->n_columns; c++)
			if (g_strcmp0(mb->columns[c].key, key) == 0) {
				cb = (gint)c;
				same++;
			}
		guint same_a = 0;
		for (guint c = 0; c < ma->table->n_columns; c++)
			if (g_strcmp0(ma->columns[c].key, key) == 0)
				same_a++;
		/* two columns of one meaning in a table: which one repeats the other is unknown */
		if (same != 1 || same_a != 1)
			continue;
		for (guint r = 0; r < ma->table->rows->len; r++) {
			gint rb = p->rows_b[r];
			if (rb < 0)
				continue;
			const CfClaim *x = cf_table_cell_claim(set, p->a, r, ca);
			const CfClaim *y = cf_table_cell_claim(set, p->b, (guint)rb, (guint)cb);
			if (x == NULL || y == NULL)
				continue;
			if (x->kind == CF_CLAIM_MALFORMED || y->kind == CF_CLAIM_MALFORMED) {
				if (x->kind == CF_CLAIM_MALFORMED && y->kind != CF_CLAIM_MALFORMED)
					name_sibling(ctx, x, y);
				else if (y->kind == CF_CLAIM_MALFORMED && x->kind != CF_CLAIM_MALFORMED)
					name_sibling(ctx, y, x);
				continue;
			}
			if (x->kind != y->kind)
				continue;
			g_autofree char *what = g_strdup_printf(
				"%s in column '%s' of the sibling table at line %u", ma->rows[r].name,
				cf_table_column_name(mb, (guint)cb), mb->table->first_line);
			GPtrArray *terms = cf_term_array_new();
			g_ptr_array_add(terms, cf_check_term(ctx, y));
			cf_check_add_relation(ctx, cf_relation_new(CF_RELATION_EQUAL, "sibling-mismatch",
								   CF_SEVERITY_ERROR,
								   cf_check_term(ctx, x), terms, what));
		}
	}
}

static void
run(CfCheckContext *ctx)
{
	if (ctx->tables->len < 2)
		return;
	CfTableSet *set = cf_check_table_set(ctx);
	for (guint i = 0; i < set->siblings->len; i++)
		check_pair(set, g_ptr_array_index(set->siblings, i));
}

const CfCheckFamily cf_check_family_sibling = {"sibling", run};
