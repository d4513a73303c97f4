#include "model/cf-claim.h"

#include <string.h>

/* Pool memory comes in chunks of this size; a larger request gets a chunk of its own. */
#define POOL_CHUNK_BYTES ((gsize)32 * 1024)
#define POOL_ALIGN CF_CLAIM_POOL_ALIGN

typedef struct PoolChunk {
	struct PoolChunk *next;
	gsize size;
	/* data follows, POOL_ALIGN-aligned */
} PoolChunk;

#define CHUNK_HEADER ((sizeof(PoolChunk) + POOL_ALIGN - 1) & ~(POOL_ALIGN - 1))

struct _CfClaimPool {
	CfClaimPoolHead head; /* first: the free bytes of the current chunk, … (cf-claim.h) */
	PoolChunk *chunks;   /* the current one first */
	GPtrArray *arrays;   /* cue arrays of pooled claims, unreffed with the pool */
};

CfClaimPool *
cf_claim_pool_new(void)
{
	CfClaimPool *pool = g_new0(CfClaimPool, 1);
	pool->head.ref_count = 1;
	pool->head.empty = g_ptr_array_new();
	pool->arrays = g_ptr_array_new_with_free_func((GDestroyNotify)g_ptr_array_unref);
	return pool;
}

void
cf_claim_pool_unref(CfClaimPool *pool)
{
	if (pool == NULL || --pool->head.ref_count > 0)
		return;
	g_ptr_array_unref(pool->head.empty);
	g_ptr_array_unref(pool->arrays);
	for (PoolChunk *c = pool->chunks, *next; c != NULL; c = next) {
		next = c->next;
		g_free(c);
	}
	g_free(pool);
}

/* pool_alloc() when the current chunk has no room for @n (aligned) bytes: a new chunk. */
static __attribute__((noinline)) gpointer
pool_alloc_chunk(CfClaimPool *pool, gsize n)
{
	gsize size = MAX(POOL_CHUNK_BYTES, CHUNK_HEADER + n) - CHUNK_HEADER;
	PoolChunk *fresh = g_malloc(CHUNK_HEADER + size);
	fresh->size = size;
	char *data = (char *)fresh + CHUNK_HEADER;
	if (pool->chunks != NULL && n > POOL_CHUNK_BYTES / 2) {
		/* a large piece: keep filling the current chunk afterwards */
		fresh->next = pool->chunks->next;
		pool->chunks->next = fresh;
	} else {
		fresh->next = pool->chunks;
		pool->chunks = fresh;
		pool->head.room.free = data + n;
		pool->head.room.limit = data + size;
	}
	return data;
}

static inline gpointer
pool_alloc(CfClaimPool *pool, gsize n)
{
	n = (n + POOL_ALIGN - 1) & ~(POOL_ALIGN - 1);
	if (G_UNLIKELY((guintptr)pool->head.room.limit - (guintptr)pool->head.room.free < n))
		return pool_alloc_chunk(pool, n);
	gpointer p = pool->head.room.free;
	pool->head.room.free += n;
	return p;
}

char *
cf_claim_pool_strndup_slow(CfClaimPool *pool, const char *text, gsize length)
{
	char *copy = pool_alloc(pool, length + 1);
	memcpy(copy, text, length);
	copy[length] = '\0';
	return copy;
}

const CfClaim cf_claim_blank = {
	.has_value = TRUE,
	.table = -1,
	.row = -1,
	.cell_column = -1,
	.sentence = G_MAXUINT,
};

/* cf_claim_pool_new_claim()'s allocation when the current chunk has no room for @n bytes
 * (aligned). */
gpointer
cf_claim_pool_alloc_slow(CfClaimPool *pool, gsize n)
{
	return pool_alloc_chunk(pool, n);
}

CfClaim *
cf_claim_new(CfClaimKind kind)
{
	CfClaim *c = g_new(CfClaim, 1);
	cf_claim_init_blank(c, kind);
	c->cues = g_ptr_array_new_with_free_func(g_free);
	return c;
}

gboolean
cf_claim_is_points(const CfClaim *claim)
{
	static const char points[] = "分点"; /* 个百分点, 个千分点 */
	if (claim->kind != CF_CLAIM_PERCENT || claim->unit == NULL)
		return FALSE;
	gsize n = claim->unit_length ? claim->unit_length : strlen(claim->unit);
	return n >= sizeof points - 1 &&
	       memcmp(claim->unit + n - (sizeof points - 1), points, sizeof points - 1) == 0;
}

const char *
cf_claim_measure(const CfClaim *c, gsize *n)
{
	static const struct {
		const char *word;
		int exponent;
	} magnitudes[] = {{"十", 1}, {"百", 2}, {"千", 3}, {"万", 4}, {"亿", 8}};
	const char *u = c->unit;
	if (u == NULL) {
		*n = 0;
		return NULL;
	}
	gsize length = cf_claim_string_length(u, c->unit_length);
	/* only the magnitudes the unit's power of ten counts: 亿千瓦时 is 10^8 千瓦时, not 瓦时 */
	for (int left = c->unit_exponent; left > 0;) {
		guint i = 0;
		for (; i < G_N_ELEMENTS(magnitudes); i++) {
			gsize m = strlen(magnitudes[i].word);
			if (magnitudes[i].exponent <= left && length > m &&
			    memcmp(u, magnitudes[i].word, m) == 0) {
				u += m, length -= m;
				left -= magnitudes[i].exponent;
				break;
			}
		}
		if (i == G_N_ELEMENTS(magnitudes))
			break;
	}
	*n = length;
	return u;
}

gboolean
cf_claim_same_unit(const CfClaim *a, const CfClaim *b)
{
	gsize n, m;
	const char *x = cf_claim_measure(a, &n), *y = cf_claim_measure(b, &m);
	if (x == NULL || y == NULL)
		return x == y;
	return n == m && memcmp(x, y, n) == 0;
}

gboolean
cf_claim_passes_threshold(const CfClaim *figure, const CfClaim *bound, const char *norm)
{
	if (bound->qualifier != CF_QUALIFIER_AT_LEAST || !bound->interval.high_unbounded ||
	    figure->qualifier != CF_QUALIFIER_NONE || figure->kind != bound->kind ||
	    !cf_claim_same_unit(figure, bound) ||
	    cf_decimal_compare(figure->value, bound->value) < 0)
		return FALSE;
	const CfClaim *first = bound->range.start < figure->range.start ? bound : figure;
	const CfClaim *second = first == bound ? figure : bound;
	if (second->range.start < first->range.end ||
	    second->range.start - first->range.end > CF_CLAIM_THRESHOLD_GAP_BYTES)
		return FALSE;
	static const char *const breaks[] = {"、", "和", "及", "；", ";", "。", "其中", NULL};
	const char *between = norm + first->range.end;
	gssize n = (gssize)(second->range.start - first->range.end);
	for (guint w = 0; breaks[w]; w++)
		if (g_strstr_len(between, n, breaks[w]) != NULL)
			return FALSE;
	return TRUE;
}

void
cf_claim_free(CfClaim *claim)
{
	if (claim == NULL)
		return;
	if (claim->pool != NULL) {
		cf_claim_pool_unref(claim->pool);
		return;
	}
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
	if (cf_claim_has_cue(claim, cue))
		return;
	CfClaimPool *pool = claim->pool;
	if (pool == NULL) {
		g_ptr_array_add(claim->cues, g_strdup(cue));
		return;
	}
	/* a pooled claim's cue array may be shared (cf_claim_share_cues()): never changed once
	 * made, a new one replaces it */
	GPtrArray *cues = g_ptr_array_sized_new(claim->cues->len + 1);
	for (guint i = 0; i < claim->cues->len; i++)
		g_ptr_array_add(cues, claim->cues->pdata[i]);
	g_ptr_array_add(cues, cf_claim_pool_strndup(pool, cue, strlen(cue)));
	g_ptr_array_add(pool->arrays, cues);
	claim->cues = cues;
}

void
cf_claim_share_cues(CfClaim *claim, const CfClaim *other)
{
	g_return_if_fail(claim->pool != NULL && claim->pool == other->pool);
	claim->cues = other->cues;
}

void
cf_claim_set_shared_cues(CfClaim *claim, GPtrArray *cues)
{
	g_return_if_fail(claim->pool != NULL && claim->cues->len == 0);
	g_ptr_array_add(claim->pool->arrays, g_ptr_array_ref(cues));
	claim->cues = cues;
}

gboolean
cf_claim_has_cue(const CfClaim *claim, const char *cue)
{
	for (guint i = 0; i < claim->cues->len; i++)
		if (g_strcmp0(g_ptr_array_index(claim->cues, i), cue) == 0)
			return TRUE;
	return FALSE;
}

gboolean
cf_claim_has_any_cue(const CfClaim *claim, const char *const *words)
{
	for (guint i = 0; words[i]; i++)
		if (cf_claim_has_cue(claim, words[i]))
			return TRUE;
	return FALSE;
}
