/* cf-crossdoc-keys.c — CfKeyLog: many 64-bit keys read back in order in a bounded amount of
 * memory.  Keys are gathered in a buffer of `budget` keys; a full buffer is sorted and
 * written to a temporary file (model/cf-spill.h) as one run; reading merges the runs (and
 * the last buffer) through a heap, each run read a block at a time.  So the memory is about
 * twice the budget (the sort's scratch space), plus a block per run, whatever the count of
 * keys.  When the temporary file cannot be created or written the keys stay in memory: the
 * same order, only more memory (with a warning). */
#include "crossdoc/cf-crossdoc-private.h"

#include <stdlib.h>
#include <string.h>

/* Keys read from a run at a time. */
#define KEY_LOG_BLOCK 4096

typedef struct {
	guint64 offset; /* in the spill */
	gsize n;        /* keys */
} Run;

typedef struct {
	const guint64 *keys; /* the block read, or the buffer */
	gsize n, at;         /* keys in it, the next one */
	guint64 *owned;      /* keys when read from the spill */
	const Run *run;      /* NULL: the buffer */
	gsize read;          /* keys of the run read so far */
} Cursor;

struct _CfKeyLog {
	gsize budget;
	GArray *buffer;     /* guint64, not yet in a run */
	CfSpill *spill;     /* created with the first run */
	gboolean in_memory; /* the spill failed: the buffer grows */
	GArray *runs;       /* Run */
	gsize n_keys;
	/* reading */
	Cursor *cursors;
	guint *heap; /* cursor indexes, the smallest key first */
	guint n_heap;
};

gint
cf_key_compare(gconstpointer a, gconstpointer b)
{
	guint64 x = *(const guint64 *)a, y = *(const guint64 *)b;
	return x < y ? -1 : x > y;
}

CfKeyLog *
cf_key_log_new(gsize budget)
{
	CfKeyLog *log = g_new0(CfKeyLog, 1);
	log->budget = MAX(budget, 2);
	log->buffer = g_array_new(FALSE, FALSE, sizeof(guint64));
	log->runs = g_array_new(FALSE, FALSE, sizeof(Run));
	return log;
}

void
cf_key_log_free(CfKeyLog *log)
{
	if (log == NULL)
		return;
	for (guint i = 0; log->cursors != NULL && i <= log->runs->len; i++)
		g_free(log->cursors[i].owned);
	g_free(log->cursors);
	g_free(log->heap);
	g_array_unref(log->buffer);
	g_array_unref(log->runs);
	cf_spill_free(log->spill);
	g_free(log);
}

/* Sorts @n keys in place, ascending: a radix sort, a byte at a time from the lowest (a pass
 * whose byte is the same in every key is skipped).  Equal keys are indistinguishable, so any
 * correct sort gives the same array. */
static void
sort_keys(guint64 *keys, gsize n)
{
	if (n < 2)
		return; /* nothing to order, and qsort must not be given a NULL array */
	if (n < 64) {
		qsort(keys, n, sizeof *keys, cf_key_compare);
		return;
	}
	gsize (*counts)[256] = g_malloc0(8 * sizeof *counts);
	for (gsize i = 0; i < n; i++)
		for (guint b = 0; b < 8; b++)
			counts[b][(keys[i] >> (8 * b)) & 0xff]++;
	g_autofree guint64 *scratch = g_new(guint64, n);
	guint64 *from = keys, *to = scratch;
	for (guint b = 0; b < 8; b++) {
		if (counts[b][(keys[0] >> (8 * b)) & 0xff] == n)
			continue; /* every key has this byte */
		gsize at = 0;
		for (guint v = 0; v < 256; v++) {
			gsize c = counts[b][v];
			counts[b][v] = at;
			at += c;
		}
		for (gsize i = 0; i < n; i++)
			to[counts[b][(from[i] >> (8 * b)) & 0xff]++] = from[i];
		guint64 *swap = from;
		from = to;
		to = swap;
	}
	if (from != keys)
		memcpy(keys, from, n * sizeof *keys);
	g_free(counts);
}

/* Writes the buffer, sorted, as one run; FALSE (the keys stay in the buffer) when the spill
 * cannot be made or written. */
static gboolean
write_run(CfKeyLog *log)
{
	g_autoptr(GError) error = NULL;
	if (log->spill == NULL)
		log->spill = cf_spill_new(&error);
	sort_keys((guint64 *)log->buffer->data, log->buffer->len);
	Run run = {.n = log->buffer->len};
	if (log->spill == NULL || !cf_spill_append(log->spill, log->buffer->data,
						   run.n * sizeof(guint64), &run.offset, &error)) {
		g_warning("%s: keeping the keys in memory", error->message);
		return FALSE;
	}
	g_array_append_val(log->runs, run);
	g_array_set_size(log->buffer, 0);
	return TRUE;
}

void
cf_key_log_add(CfKeyLog *log, guint64 key)
{
	g_return_if_fail(log->cursors == NULL);
	g_array_append_val(log->buffer, key);
	log->n_keys++;
	if (log->buffer->len >= log->budget && !log->in_memory && !write_run(log))
		log->in_memory = TRUE;
}

gsize
cf_key_log_get_size(const CfKeyLog *log)
{
	return log->n_keys;
}

/* Reads the next block of @c's run; FALSE when the run is over (or cannot be read). */
static gboolean
cursor_fill(CfKeyLog *log, Cursor *c)
{
	g_clear_pointer(&c->owned, g_free);
	c->n = c->at = 0;
	if (c->run == NULL || c->read >= c->run->n)
		return FALSE;
	gsize n = MIN(KEY_LOG_BLOCK, c->run->n - c->read);
	g_autoptr(GError) error = NULL;
	char *data = cf_spill_read(log->spill, c->run->offset + c->read * sizeof(guint64),
				   n * sizeof(guint64), &error);
	if (data == NULL) {
		g_warning("%s", error->message);
		c->read = c->run->n;
		return FALSE;
	}
	c->owned = (guint64 *)data; /* g_malloc'd: aligned for any type */
	c->keys = c->owned;
	c->n = n;
	c->read += n;
	return TRUE;
}

static guint64
cursor_key(const CfKeyLog *log, guint i)
{
	const Cursor *c = &log->cursors[log->heap[i]];
	return c->keys[c->at];
}

/* Restores the heap below position @i. */
static void
heap_down(CfKeyLog *log, guint i)
{
	for (;;) {
		guint smallest = i, l = 2 * i + 1, r = l + 1;
		if (l < log->n_heap && cursor_key(log, l) < cursor_key(log, smallest))
			smallest = l;
		if (r < log->n_heap && cursor_key(log, r) < cursor_key(log, smallest))
			smallest = r;
		if (smallest == i)
			return;
		guint t = log->heap[i];
		log->heap[i] = log->heap[smallest];
		log->heap[smallest] = t;
		i = smallest;
	}
}

void
cf_key_log_sort(CfKeyLog *log)
{
	g_return_if_fail(log->cursors == NULL);
	sort_keys((guint64 *)log->buffer->data, log->buffer->len);
	guint n_runs = log->runs->len;
	log->cursors = g_new0(Cursor, n_runs + 1);
	log->heap = g_new(guint, n_runs + 1);
	for (guint i = 0; i < n_runs; i++) {
		Cursor *c = &log->cursors[i];
		c->run = &g_array_index(log->runs, Run, i);
		if (cursor_fill(log, c))
			log->heap[log->n_heap++] = i;
	}
	Cursor *last = &log->cursors[n_runs];
	last->keys = (const guint64 *)log->buffer->data;
	last->n = log->buffer->len;
	if (last->n > 0)
		log->heap[log->n_heap++] = n_runs;
	for (guint i = log->n_heap / 2; i-- > 0;)
		heap_down(log, i);
}

gboolean
cf_key_log_next(CfKeyLog *log, guint64 *key)
{
	g_return_val_if_fail(log->cursors != NULL, FALSE);
	if (log->n_heap == 0)
		return FALSE;
	Cursor *c = &log->cursors[log->heap[0]];
	*key = c->keys[c->at++];
	if (c->at == c->n && !cursor_fill(log, c))
		log->heap[0] = log->heap[--log->n_heap];
	heap_down(log, 0);
	return TRUE;
}

static gsize key_budget; /* 0: CF_CROSSDOC_KEY_BUDGET */

gsize
cf_crossdoc_get_key_budget(void)
{
	return key_budget ? key_budget : CF_CROSSDOC_KEY_BUDGET;
}

void
cf_crossdoc_set_key_budget(gsize budget)
{
	key_budget = budget;
}
