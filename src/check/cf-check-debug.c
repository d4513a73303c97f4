/* cf-check-debug.c — the relation graph of one document's check, for tests (the mutation
 * tests take relations that hold and change one of their numbers).
 *
 * It runs the same families as cf_check_document() on a context built the same way (the
 * cell index and column precision of cf-check.c), stops before evaluation and hands the
 * relations over.  Keep FAMILIES in step with the table in cf-check.c. */
#include "check/cf-check-private.h"

static const CfCheckFamily *const families[] = {
	&cf_check_family_malformed,
	&cf_check_family_sum,
	&cf_check_family_product,
	&cf_check_family_description,
	&cf_check_family_enumeration,
	&cf_check_family_table,
	&cf_check_family_score,
	&cf_check_family_prose_table,
	&cf_check_family_sibling,
	&cf_check_family_restated,
	&cf_check_family_percent,
	&cf_check_family_budget,
	&cf_check_family_change,
	&cf_check_family_identity,
	&cf_check_family_heading,
	&cf_check_family_year,
};

static guint64
cell_key(guint table, guint row, guint column)
{
	return ((guint64)table << 40) | ((guint64)row << 20) | (guint64)column;
}

static gboolean
is_value_kind(CfClaimKind kind)
{
	switch (kind) {
	case CF_CLAIM_AMOUNT:
	case CF_CLAIM_NUMBER:
	case CF_CLAIM_SCORE:
	case CF_CLAIM_PERCENT:
	case CF_CLAIM_COUNT:
	case CF_CLAIM_QUANTITY:
	case CF_CLAIM_RATE:
		return TRUE;
	default:
		return FALSE;
	}
}

/* Mirrors context_index() of cf-check.c. */
static void
index_context(CfCheckContext *ctx)
{
	for (guint i = 0; i < ctx->document->blocks->len; i++) {
		const CfBlock *b = g_ptr_array_index(ctx->document->blocks, i);
		if (b->kind == CF_BLOCK_TABLE && b->table) {
			g_ptr_array_add(ctx->tables, b->table);
			g_ptr_array_add(ctx->table_blocks, (gpointer)b);
		}
	}
	for (guint i = 0; i < ctx->claims->len; i++) {
		const CfClaim *c = g_ptr_array_index(ctx->claims, i);
		if (c->table < 0 || c->row < 0 || c->cell_column < 0)
			continue;
		guint64 key = cell_key(c->table, c->row, c->cell_column);
		GPtrArray *list = g_hash_table_lookup(ctx->cells, &key);
		if (list == NULL) {
			guint64 *k = g_new(guint64, 1);
			*k = key;
			list = g_ptr_array_new();
			g_hash_table_insert(ctx->cells, k, list);
		}
		g_ptr_array_add(list, (gpointer)c);
		if (!c->has_value || !is_value_kind(c->kind) || c->qualifier != CF_QUALIFIER_NONE)
			continue;
		guint64 column_key = cell_key(c->table, 0, c->cell_column);
		gint scale = GPOINTER_TO_INT(g_hash_table_lookup(ctx->column_scale, &column_key)) - 1;
		if (c->stated.scale > scale) {
			guint64 *k = g_new(guint64, 1);
			*k = column_key;
			g_hash_table_replace(ctx->column_scale, k, GINT_TO_POINTER(c->stated.scale + 1));
		}
	}
}

GPtrArray *
cf_check_document_relations(const CfLexicon *lexicon, const CfDocument *doc, GPtrArray *claims)
{
	CfCheckContext ctx = {0};
	ctx.lexicon = lexicon;
	ctx.document = doc;
	ctx.claims = claims;
	ctx.tables = g_ptr_array_new();
	ctx.table_blocks = g_ptr_array_new();
	ctx.relations = g_ptr_array_new_with_free_func((GDestroyNotify)cf_relation_free);
	ctx.findings = g_ptr_array_new_with_free_func((GDestroyNotify)cf_finding_free);
	ctx.cells = g_hash_table_new_full(g_int64_hash, g_int64_equal, g_free,
					  (GDestroyNotify)g_ptr_array_unref);
	ctx.column_scale = g_hash_table_new_full(g_int64_hash, g_int64_equal, g_free, NULL);
	index_context(&ctx);
	for (gsize i = 0; i < G_N_ELEMENTS(families); i++)
		families[i]->run(&ctx);
	g_ptr_array_unref(ctx.tables);
	g_ptr_array_unref(ctx.table_blocks);
	g_ptr_array_unref(ctx.findings);
	g_hash_table_unref(ctx.cells);
	g_hash_table_unref(ctx.column_scale);
	return ctx.relations;
}
