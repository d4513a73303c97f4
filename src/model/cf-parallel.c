/* cf-parallel.c — the ordered parallel map (see cf-parallel.h).
 *
 * One lock guards the counters and the slots; it is held only to claim an item, to publish a
 * result and to take one, never while working.  The calling thread sleeps on @ready until the
 * items it takes next are done in a run (half a window), or every started item is done, or a
 * worker waits for room — whichever comes first; workers sleep on @room only when the window
 * is full. */
#include "model/cf-parallel.h"

typedef struct {
	const CfParallel *p;
	GMutex lock;
	GCond ready; /* the calling thread waits here */
	GCond room;  /* workers wait here for room in the window */
	guint window;
	guint wake_run; /* wake the calling thread once this many items in a row are done */
	guint next;     /* the next item to start */
	guint end;      /* no item from here on is started: n, or next once told to stop */
	guint taken;    /* items taken so far */
	guint done;     /* items done so far */
	guint workers_waiting;
	gboolean taker_waiting;
	gpointer *results;  /* by item % window */
	gboolean *ready_at; /* by item % window: its result is in results */
} Run;

/* Items done in a row from the next to be taken, up to @limit (lock held). */
static guint
ready_run(const Run *r, guint limit)
{
	guint run = 0;
	while (r->taken + run < r->next && run < limit && r->ready_at[(r->taken + run) % r->window])
		run++;
	return run;
}

/* Whether the waiting calling thread should wake now (lock held). */
static gboolean
taker_should_wake(const Run *r)
{
	guint run = ready_run(r, r->wake_run);
	if (run == 0)
		return FALSE;
	return run >= r->wake_run || r->taken + run == r->next || r->workers_waiting > 0;
}

static gpointer
worker_main(gpointer data)
{
	Run *r = data;
	g_mutex_lock(&r->lock);
	for (;;) {
		while (r->next < r->end && r->next - r->taken >= r->window) {
			r->workers_waiting++;
			if (r->taker_waiting && taker_should_wake(r))
				g_cond_signal(&r->ready);
			g_cond_wait(&r->room, &r->lock);
			r->workers_waiting--;
		}
		if (r->next >= r->end)
			break;
		guint index = r->next++;
		g_mutex_unlock(&r->lock);
		gpointer result = r->p->work(index, r->p->data);
		g_mutex_lock(&r->lock);
		r->results[index % r->window] = result;
		r->ready_at[index % r->window] = TRUE;
		r->done++;
		if (r->taker_waiting && taker_should_wake(r))
			g_cond_signal(&r->ready);
	}
	/* the calling thread may wait for the last items: one of them was this worker's */
	if (r->taker_waiting && ready_run(r, 1) > 0)
		g_cond_signal(&r->ready);
	g_mutex_unlock(&r->lock);
	return NULL;
}

static guint
run_serially(const CfParallel *p, guint n)
{
	for (guint i = 0; i < n; i++) {
		gpointer result = p->work(i, p->data);
		gboolean go_on = p->take(i, result, p->data);
		if (p->tick != NULL)
			p->tick(i + 1, p->data);
		if (!go_on)
			return i + 1;
	}
	return n;
}

/* Waits (lock held) until the next item is done or a tick is due. */
static void
wait_for_next(Run *r)
{
	const CfParallel *p = r->p;
	r->taker_waiting = TRUE;
	if (p->tick != NULL && p->tick_usec > 0) {
		gint64 until = g_get_monotonic_time() + p->tick_usec;
		if (!g_cond_wait_until(&r->ready, &r->lock, until)) {
			guint done = r->done;
			r->taker_waiting = FALSE;
			g_mutex_unlock(&r->lock);
			p->tick(done, p->data);
			g_mutex_lock(&r->lock);
		}
	} else {
		g_cond_wait(&r->ready, &r->lock);
	}
	r->taker_waiting = FALSE;
}

static void
run_clear(Run *r, GThread **threads)
{
	g_free(threads);
	g_free(r->results);
	g_free(r->ready_at);
	g_mutex_clear(&r->lock);
	g_cond_clear(&r->ready);
	g_cond_clear(&r->room);
}

guint
cf_parallel_run(const CfParallel *p, guint n)
{
	guint jobs = MIN(p->jobs, n);
	if (jobs <= 1)
		return run_serially(p, n);

	Run r = {
		.p = p,
		.window = MAX(p->window, jobs),
		.end = n,
	};
	r.wake_run = MAX(r.window / 2, 1);
	r.results = g_new0(gpointer, r.window);
	r.ready_at = g_new0(gboolean, r.window);
	g_mutex_init(&r.lock);
	g_cond_init(&r.ready);
	g_cond_init(&r.room);

	GThread **threads = g_new0(GThread *, jobs);
	guint started = 0;
	for (guint i = 0; i < jobs; i++) {
		g_autoptr(GError) error = NULL;
		threads[started] = g_thread_try_new("crossfoot-work", worker_main, &r, &error);
		if (threads[started] != NULL)
			started++;
	}
	if (started == 0) {
		/* no thread could be started: the calling thread does it all */
		run_clear(&r, threads);
		return run_serially(p, n);
	}

	g_mutex_lock(&r.lock);
	while (r.taken < r.end) {
		guint slot = r.taken % r.window;
		if (!r.ready_at[slot]) {
			wait_for_next(&r);
			continue;
		}
		gpointer result = r.results[slot];
		r.results[slot] = NULL;
		r.ready_at[slot] = FALSE;
		guint index = r.taken;
		g_mutex_unlock(&r.lock);
		gboolean go_on = p->take(index, result, p->data);
		g_mutex_lock(&r.lock);
		r.taken++;
		if (!go_on && r.end > r.next)
			r.end = r.next;
		if (r.workers_waiting > 0)
			g_cond_broadcast(&r.room);
		if (p->tick != NULL) {
			guint done = r.done;
			g_mutex_unlock(&r.lock);
			p->tick(done, p->data);
			g_mutex_lock(&r.lock);
		}
	}
	/* workers waiting for room learn there is nothing left */
	g_cond_broadcast(&r.room);
	guint taken = r.taken;
	g_mutex_unlock(&r.lock);

	for (guint i = 0; i < started; i++)
		g_thread_join(threads[i]);
	run_clear(&r, threads);
	return taken;
}
