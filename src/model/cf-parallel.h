/* cf-parallel.h — an ordered parallel map: items 0…n−1 worked on by a few threads, each
 * result handed to the calling thread in index order.
 *
 * Used wherever a batch is worked on in parallel and gathered in order (documents, the passes
 * across documents, the groups of findings written).  Workers claim the next item under one
 * short lock and publish its result in a slot; the calling thread takes results in order and
 * sleeps only until several are ready, so ten thousand small items cost a few hundred thread
 * wake-ups, not two per item as a pool with a queue each way does.
 *
 * At most @window items are claimed ahead of the next one to be taken: memory stays bounded
 * whatever the batch size.  With one job (or fewer than two items) no thread is started: each
 * item is worked on and taken in turn, in the calling thread.  The order of the take calls
 * never depends on the number of threads or their timing. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Works on item @index, in any thread; returns what the take function is handed. */
typedef gpointer (*CfParallelWorkFunc)(guint index, gpointer data);
/* Takes over @result of item @index, in the calling thread, in index order.  FALSE: stop —
 * no further item is started; those already started are still taken (so their results can
 * be released), then cf_parallel_run() returns. */
typedef gboolean (*CfParallelTakeFunc)(guint index, gpointer result, gpointer data);
/* Told how many items are done so far (worked on, whether taken or not), in the calling
 * thread: after each take and at least every tick_usec while it waits. */
typedef void (*CfParallelTickFunc)(guint done, gpointer data);

typedef struct {
	guint jobs;   /* worker threads; 0 or 1: none, all in the calling thread */
	guint window; /* items started ahead of the next to be taken (at least jobs) */
	CfParallelWorkFunc work;
	CfParallelTakeFunc take;
	CfParallelTickFunc tick; /* may be NULL */
	gint64 tick_usec;        /* 0: tick only after takes */
	gpointer data;           /* handed to all three */
} CfParallel;

/* Works on items 0…@n−1 as @parallel says.  Returns the number of items taken (@n unless a
 * take function said stop). */
guint cf_parallel_run(const CfParallel *parallel, guint n);

G_END_DECLS
