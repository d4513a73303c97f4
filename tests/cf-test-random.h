/* cf-test-random.h — random texts for the tests that hold a fast path against the general
 * one: pieces (characters, words, broken sequences) picked by a fixed linear congruential
 * generator or a seeded GRand, so every run sees the same texts.  Header-only. */
#pragma once

#include <glib.h>

/* Appends @n pieces of @pieces (@n_pieces of them) to @text, chosen with the generator state
 * *@state (updated). */
static G_GNUC_UNUSED void
cf_test_append_random_pieces(GString *text, const char *const *pieces, gsize n_pieces, guint n,
			     guint32 *state)
{
	for (guint i = 0; i < n; i++) {
		*state = *state * 1103515245 + 12345;
		g_string_append(text, pieces[(*state >> 16) % n_pieces]);
	}
}

/* The same with a GRand: @n pieces, each picked by g_rand_int_range(@rand, 0, @n_pieces). */
static G_GNUC_UNUSED void
cf_test_append_rand_pieces(GString *text, const char *const *pieces, gsize n_pieces, guint n,
			   GRand *rand)
{
	for (guint i = 0; i < n; i++)
		g_string_append(text, pieces[g_rand_int_range(rand, 0, (gint32)n_pieces)]);
}
