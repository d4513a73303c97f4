/* test-parallel.c — the ordered parallel map: every item worked on once and taken once, in
 * order, whatever the threads; the window bounds how far ahead work goes; a stop starts
 * nothing more but still takes what was started; ticks count what is done. */
#include <glib.h>

#include "model/cf-parallel.h"

typedef struct {
	guint n;
	guint window;     /* as the run will use it (at least jobs) */
	guint stop_at;    /* take returns FALSE at this index (G_MAXUINT: never) */
	gint *worked;     /* times each item was worked on */
	gint started;     /* (atomic) items started */
	gint max_started; /* (atomic) highest index started, -1 before any */
	guint next_taken; /* the index the next take must have */
	guint last_done;  /* the last tick's count */
	guint ticks;
	gboolean slow; /* items take a little time (so ticks and waiting happen) */
} Probe;

static gpointer
work_cb(guint index, gpointer data)
{
	Probe *p = data;
	g_atomic_int_inc(&p->worked[index]);
	g_atomic_int_inc(&p->started);
	gint seen = g_atomic_int_get(&p->max_started);
	while ((gint)index > seen &&
	       !g_atomic_int_compare_and_exchange(&p->max_started, seen, (gint)index))
		seen = g_atomic_int_get(&p->max_started);
	/* uneven work, so items finish out of order */
	if (p->slow)
		g_usleep((index * 7919u) % 5 * 200);
	else if (index % 3 == 0)
		g_thread_yield();
	return GUINT_TO_POINTER(index * 3 + 1);
}

static gboolean
take_cb(guint index, gpointer result, gpointer data)
{
	Probe *p = data;
	g_assert_cmpuint(index, ==, p->next_taken);
	g_assert_cmpuint(GPOINTER_TO_UINT(result), ==, index * 3 + 1);
	g_assert_cmpint(g_atomic_int_get(&p->worked[index]), ==, 1);
	/* nothing beyond the window was started */
	g_assert_cmpint(g_atomic_int_get(&p->max_started), <, (gint)(index + p->window));
	p->next_taken++;
	return index != p->stop_at;
}

static void
tick_cb(guint done, gpointer data)
{
	Probe *p = data;
	g_assert_cmpuint(done, >=, p->last_done);
	g_assert_cmpuint(done, <=, p->n);
	p->last_done = done;
	p->ticks++;
}

static guint
run(Probe *p, guint jobs, guint window, gint64 tick_usec)
{
	p->worked = g_new0(gint, MAX(p->n, 1));
	p->started = 0;
	p->max_started = -1;
	p->next_taken = 0;
	p->last_done = 0;
	p->ticks = 0;
	p->window = jobs <= 1 ? 1 : MAX(window, MIN(jobs, p->n));
	CfParallel parallel = {
		.jobs = jobs,
		.window = window,
		.work = work_cb,
		.take = take_cb,
		.tick = tick_cb,
		.tick_usec = tick_usec,
		.data = p,
	};
	return cf_parallel_run(&parallel, p->n);
}

static void
test_every_item_in_order(void)
{
	const guint jobs[] = {0, 1, 2, 3, 8};
	const guint sizes[] = {0, 1, 2, 7, 100, 5000};
	for (guint j = 0; j < G_N_ELEMENTS(jobs); j++)
		for (guint s = 0; s < G_N_ELEMENTS(sizes); s++)
			for (guint window = 1; window <= 32; window *= 4) {
				Probe p = {.n = sizes[s], .stop_at = G_MAXUINT};
				guint taken = run(&p, jobs[j], window, 0);
				g_assert_cmpuint(taken, ==, p.n);
				g_assert_cmpuint(p.next_taken, ==, p.n);
				g_assert_cmpint(p.started, ==, (gint)p.n);
				for (guint i = 0; i < p.n; i++)
					g_assert_cmpint(p.worked[i], ==, 1);
				/* a tick after every take */
				g_assert_cmpuint(p.ticks, >=, p.n);
				g_assert_cmpuint(p.last_done, ==, p.n);
				g_free(p.worked);
			}
}

static void
test_stop(void)
{
	const guint jobs[] = {1, 2, 4};
	for (guint j = 0; j < G_N_ELEMENTS(jobs); j++)
		for (guint stop = 0; stop < 40; stop += 7) {
			Probe p = {.n = 200, .stop_at = stop};
			guint taken = run(&p, jobs[j], 8, 0);
			/* the stopping item and whatever was started before the stop, no more */
			g_assert_cmpuint(taken, >=, stop + 1);
			g_assert_cmpuint(taken, <, stop + 1 + p.window);
			g_assert_cmpuint(p.next_taken, ==, taken);
			/* every item started was taken, and nothing else was started */
			g_assert_cmpint(p.started, ==, (gint)taken);
			for (guint i = 0; i < p.n; i++)
				g_assert_cmpint(p.worked[i], ==, i < taken ? 1 : 0);
			if (jobs[j] == 1)
				g_assert_cmpuint(taken, ==, stop + 1);
			g_free(p.worked);
		}
}

static void
test_ticks_while_waiting(void)
{
	/* slow items, a short tick: the calling thread is told of progress while it waits */
	Probe p = {.n = 60, .stop_at = G_MAXUINT, .slow = TRUE};
	guint taken = run(&p, 2, 4, 100);
	g_assert_cmpuint(taken, ==, p.n);
	g_assert_cmpuint(p.last_done, ==, p.n);
	g_assert_cmpuint(p.ticks, >=, p.n);
	g_free(p.worked);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/parallel/every-item-in-order", test_every_item_in_order);
	g_test_add_func("/parallel/stop", test_stop);
	g_test_add_func("/parallel/ticks-while-waiting", test_ticks_while_waiting);
	return g_test_run();
}
