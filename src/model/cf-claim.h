/* cf-claim.h — one numeric statement found in a report.
 *
 * A claim is a number as the report states it, with what it is (kind, unit), what it is
 * about (label, cue words) and where it stands (a norm byte range of its document, plus the
 * line and column that range starts at in the original file).
 *
 * Invariants:
 *  - value is the stated number converted to the kind's base unit, exactly: amounts in 元
 *    (25.2万元 → 252000), percentages in percent points (85.5% → 85.5), counts, scores,
 *    rates as written (1756元/人 → 1756).  stated is the number as written (25.2).
 *  - interval is what the value can stand for in the base unit: stated precision widened by
 *    the qualifier; for a range (1000-2000元) it is [1000, 2000].
 *  - kind == CF_CLAIM_MALFORMED claims carry no usable value (has_value is FALSE) unless a
 *    reading is certain enough to relate it (then has_value is TRUE and reason says why).
 *  - table/row/column are -1 outside tables.
 *
 * Ownership — two kinds of claims, told apart by the pool field:
 *  - pool == NULL (cf_claim_new()): the claim owns its strings (g_malloc'd) and its cues
 *    array; cf_claim_free() releases them and the claim.  Tests build claims this way and may
 *    set fields with g_strdup().
 *  - pool != NULL (cf_claim_pool_new_claim(), what the extract stage returns): the claim,
 *    its strings and its cues array live in a CfClaimPool shared by the claims of one
 *    extraction.  Such a claim's strings must not be g_free'd or replaced by g_malloc'd ones
 *    (use cf_claim_pool_strndup() with claim->pool); cues are added with cf_claim_add_cue()
 *    only.  Two pooled claims of one pool may share a string, and a cue array
 *    (cf_claim_share_cues()): a pooled claim's cue array is never changed once made, adding
 *    a cue gives the claim a new one.  cf_claim_free() drops the
 *    claim's reference to its pool; the pool's memory goes when the last claim (and the
 *    pool's creator) let go, so keeping one claim keeps its whole pool. */
#pragma once

#include <glib.h>
#include <string.h>

#include "model/cf-decimal.h"
#include "model/cf-document.h"
#include "model/cf-interval.h"

G_BEGIN_DECLS

typedef enum {
	CF_CLAIM_AMOUNT,     /* money: 元, 万元, 亿元; bare numbers in a table with a money unit */
	CF_CLAIM_PERCENT,    /* 85.5%, 百分之一点五七 */
	CF_CLAIM_COUNT,      /* a number with a measure word: 35名, 三个, 124个站点 */
	CF_CLAIM_SCORE,      /* 分: 97.13分; 分值/得分 table cells */
	CF_CLAIM_RATE,       /* per-unit values: 1756元/人, 600元/月 */
	CF_CLAIM_QUANTITY,   /* physical quantities: 1.8万平米, 543.5公斤, 15分钟 */
	CF_CLAIM_YEAR,       /* 2022年, 2022年度 */
	CF_CLAIM_ORDINAL,    /* 第8年, 第六批 */
	CF_CLAIM_NUMBER,     /* a bare number whose meaning is unknown */
	CF_CLAIM_EXPRESSION, /* explicit arithmetic: 35人*600元/月*12月＝252000元 (value: the result) */
	CF_CLAIM_MALFORMED,  /* 4,95  1,2345  99.85 %  12o4 */
	CF_CLAIM_N_KINDS
} CfClaimKind;

typedef enum {
	CF_QUALIFIER_NONE,
	CF_QUALIFIER_APPROX,     /* 约, 左右, 大约 */
	CF_QUALIFIER_AT_LEAST,   /* 余, 多, 以上, 逾, 超过 */
	CF_QUALIFIER_AT_MOST,    /* 以下, 以内, 不超过, ≤ */
	CF_QUALIFIER_BELOW,      /* 近, 不到, 不足 */
	CF_QUALIFIER_RANGE,      /* 1000-2000元, 两三个, 三十几万 */
	CF_QUALIFIER_N
} CfQualifier;

typedef struct {
	CfClaimKind kind;
	CfDecimal stated;      /* the number as written, before any unit (25.2 for 25.2万元) */
	CfDecimal value;       /* in the base unit (252000 for 25.2万元) */
	CfInterval interval;   /* in the base unit */
	gboolean has_value;    /* FALSE for malformed claims without a usable reading */
	int unit_exponent;     /* power of ten the unit multiplies by: 4 for 万元 */
	char *unit;            /* the unit or measure word as written ("万元", "人", "元/人"), or NULL */
	CfQualifier qualifier;
	gboolean intensive;    /* a count or quantity that does not add up: per unit of something
				* (380公斤/亩) or of a measure that does not (岁, 毫米 of rain:
				* measures.ini additive=false) */
	char *qualifier_text;  /* "约", "余" … as written, or NULL */
	char *label;           /* what it is about: "公用经费"; in tables "<row item>/<column>"; or NULL */
	GPtrArray *cues;       /* char*: cue words near it ("其中", "合计", "每个", "占" …) */
	char *text;            /* the source text matched, from norm */
	char *reason;          /* for malformed claims: what is wrong ("digit group of 2 after a comma") */

	/* where it came from */
	const CfDocument *document; /* borrowed: the claim never outlives its document */
	CfRange range;         /* bytes in document->norm */
	guint line;            /* 1-based original line of range.start */
	guint column;          /* 1-based character column of range.start */
	guint length;          /* length in characters */
	gint table;            /* index of the table among the document's tables, or -1 */
	gint row;              /* row index in that table, or -1 */
	gint cell_column;      /* aligned column index, or -1 */
	guint sentence;        /* index of the sentence in the document (0-based), G_MAXUINT in tables */

	struct _CfClaimPool *pool; /* NULL when the claim owns its strings; see Ownership above */

	/* Byte lengths of text, unit, qualifier_text, label and reason when known, else 0 (then
	 * the writers take strlen()): the extract stage sets each where it sets the string.
	 * Code that replaces one of those strings of a claim sets its length too, or 0. */
	guint text_length, unit_length, qualifier_text_length, label_length, reason_length;
} CfClaim;

/* A bump allocator for the claims of one extraction (see Ownership above): building and
 * freeing a pooled claim costs no malloc of its own.  Reference-counted, not thread-safe:
 * the claims of one pool are freed by one thread. */
typedef struct _CfClaimPool CfClaimPool;

CfClaim *cf_claim_new(CfClaimKind kind);
void cf_claim_free(CfClaim *claim);

/* TRUE when @claim is a difference of two percentages (提高2.5个百分点): a percent claim in
 * points, never a share or a rate of change itself. */
gboolean cf_claim_is_points(const CfClaim *claim);

/* TRUE when @a and @b have one unit but for the magnitude it is written with (1209.26万人
 * and 10199人, 3亿立方米 and 500万立方米), or neither has one: their values, in the base
 * unit, add up. */
gboolean cf_claim_same_unit(const CfClaim *a, const CfClaim *b);
/* Bytes between a threshold and the figure that passes it at most (大关,达到了: 8
 * characters). */
#define CF_CLAIM_THRESHOLD_GAP_BYTES 24

/* TRUE when @bound is a threshold (突破, 超过: at least, no upper end) that @figure, next to it
 * in @norm (the text their ranges are in), passes: a figure of the same kind and unit, with no
 * qualifier, at least as large, at most CF_CLAIM_THRESHOLD_GAP_BYTES between them, and no list
 * (、 和 及), clause end (； 。) or 其中 there (突破500亿元大关,达到了504.76亿元; 2086.13亿元,
 * 首次突破2000亿元): the same quantity stated twice. */
gboolean cf_claim_passes_threshold(const CfClaim *figure, const CfClaim *bound, const char *norm);
/* TRUE when @c is a quantity that adds up: not per unit of something (380公斤/亩), nor of a
 * measure that does not (岁, 毫米 of rain). */
static inline gboolean
cf_claim_is_additive_quantity(const CfClaim *c)
{
	return c->kind == CF_CLAIM_QUANTITY && !c->intensive;
}

/* @c's unit without the magnitude it is written with, *@n its length: 万人 → 人, 亿立方米 →
 * 立方米 (only the magnitudes its power of ten counts: 千克 stays, 亿千瓦时 is 千瓦时).  NULL
 * for none. */
const char *cf_claim_measure(const CfClaim *c, gsize *n);

/* A new pool holding one reference for the caller. */
CfClaimPool *cf_claim_pool_new(void);
void cf_claim_pool_unref(CfClaimPool *pool);
/* Private to cf-claim: the free bytes of a pool's current chunk, the first member of the
 * pool, so that cf_claim_pool_strndup() takes them without a call; its pieces are
 * CF_CLAIM_POOL_ALIGN-aligned. */
#define CF_CLAIM_POOL_ALIGN ((gsize)8)
typedef struct {
	char *free, *limit;
} CfClaimPoolRoom;
char *cf_claim_pool_strndup_slow(CfClaimPool *pool, const char *text, gsize length);
/* Private to cf-claim as well: the members of a pool cf_claim_pool_new_claim() reads, its
 * first ones; the chunk allocation behind it; what a new claim is but its kind. */
typedef struct {
	CfClaimPoolRoom room;
	guint ref_count;
	GPtrArray *empty; /* the cues of every pooled claim that has none; never added to */
} CfClaimPoolHead;
gpointer cf_claim_pool_alloc_slow(CfClaimPool *pool, gsize n);
extern const CfClaim cf_claim_blank;

/* Sets @c to what cf_claim_new() gives before its cues: copied from cf_claim_blank 16 bytes a
 * move (a memset() of the claim and the stores after it, or a struct copy, which the compiler
 * turns into one, took a rep stos of the whole claim: ~45 instructions more a claim). */
static inline void
cf_claim_init_blank(CfClaim *c, CfClaimKind kind)
{
	typedef char Block __attribute__((vector_size(16), aligned(1), may_alias));
	G_STATIC_ASSERT(sizeof(CfClaim) % 8 == 0);
	const char *from = (const char *)&cf_claim_blank;
	char *to = (char *)c;
	gsize i = 0;
#pragma GCC unroll 16
	for (; i + 16 <= sizeof *c; i += 16)
		*(Block *)(gpointer)(to + i) = *(const Block *)(gconstpointer)(from + i);
	if (i < sizeof *c)
		memcpy(to + i, from + i, 8);
	c->kind = kind;
}

/* A claim as cf_claim_new() makes it, allocated in @pool (it takes a reference); inline, as
 * the extract stage makes one a number. */
static inline CfClaim *
cf_claim_pool_new_claim(CfClaimPool *pool, CfClaimKind kind)
{
	CfClaimPoolHead *head = (CfClaimPoolHead *)(gpointer)pool;
	gsize n = (sizeof(CfClaim) + CF_CLAIM_POOL_ALIGN - 1) & ~(CF_CLAIM_POOL_ALIGN - 1);
	CfClaim *c;
	if (G_UNLIKELY((guintptr)head->room.limit - (guintptr)head->room.free < n)) {
		c = cf_claim_pool_alloc_slow(pool, n);
	} else {
		c = (CfClaim *)(gpointer)head->room.free;
		head->room.free += n;
	}
	cf_claim_init_blank(c, kind);
	c->cues = head->empty;
	c->pool = pool;
	head->ref_count++;
	return c;
}

/* A NUL-terminated copy of @length bytes of @text in @pool; never NULL. */
static inline char *
cf_claim_pool_strndup(CfClaimPool *pool, const char *text, gsize length)
{
	CfClaimPoolRoom *room = (CfClaimPoolRoom *)(gpointer)pool;
	gsize n = (length + CF_CLAIM_POOL_ALIGN) & ~(CF_CLAIM_POOL_ALIGN - 1);
	if (G_UNLIKELY((guintptr)room->limit - (guintptr)room->free < n))
		return cf_claim_pool_strndup_slow(pool, text, length);
	char *copy = room->free;
	room->free += n;
	memcpy(copy, text, length);
	copy[length] = '\0';
	return copy;
}

/* The byte length of @text, a string field of a claim whose length field holds @known
 * (see CfClaim): @known when not 0, else strlen(); 0 for NULL. */
static inline gsize
cf_claim_string_length(const char *text, guint known)
{
	return known > 0 ? known : text != NULL ? strlen(text) : 0;
}

/* "amount", "percent", … as used in JSON output; never NULL. */
const char *cf_claim_kind_to_string(CfClaimKind kind);
/* "none", "approx", "at-least", "at-most", "below", "range". */
const char *cf_qualifier_to_string(CfQualifier qualifier);

/* Adds a cue word (copied, into the claim's pool if it has one) unless already present. */
void cf_claim_add_cue(CfClaim *claim, const char *cue);
gboolean cf_claim_has_cue(const CfClaim *claim, const char *cue);
/* TRUE when one of @claim's cues is one of @words (NULL-terminated). */
gboolean cf_claim_has_any_cue(const CfClaim *claim, const char *const *words);
/* Gives @claim the cues of @other, both pooled claims of one pool, by sharing @other's
 * array (see Ownership): what @claim had is dropped. */
void cf_claim_share_cues(CfClaim *claim, const CfClaim *other);
/* Gives pooled @claim, which has no cues yet, the cue words of @cues: an array of its own
 * strings (freed with it, g_ptr_array_new_with_free_func(g_free)) never changed once made.
 * The pool takes a reference, so one array may serve claims of many pools, on any thread. */
void cf_claim_set_shared_cues(CfClaim *claim, GPtrArray *cues);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(CfClaim, cf_claim_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CfClaimPool, cf_claim_pool_unref)

G_END_DECLS
