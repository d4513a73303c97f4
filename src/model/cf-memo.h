/* cf-memo.h — a thread's memo of small numbers by string: what a pure function of a string
 * (a header's role or meaning) gave, so that a batch that repeats its tables' headers in every
 * document works each out once per thread.
 *
 * Each memo site keeps a static GPrivate made with G_PRIVATE_INIT(cf_str_memo_free).  A memo
 * holds at most its bound of strings, then starts over; it is emptied when asked for with
 * another generation (e.g. another lexicon's serial: its answers would differ). */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
	guint64 generation;
	guint max;          /* strings held at most */
	GHashTable *values; /* string (owned) → value (never 0) */
} CfStrMemo;

/* Frees a memo (the GDestroyNotify of the sites' GPrivate). */
void cf_str_memo_free(gpointer memo);

/* The calling thread's memo of @key, made on first use, holding at most @max strings and
 * emptied when it was made for another @generation. */
CfStrMemo *cf_str_memo_of_thread(GPrivate *key, guint64 generation, guint max);

/* What @text was given, 0 when nothing. */
static inline guint
cf_str_memo_get(const CfStrMemo *memo, const char *text)
{
	return GPOINTER_TO_UINT(g_hash_table_lookup(memo->values, text));
}

/* Remembers @value (not 0) for @text (copied); a full memo starts over first. */
void cf_str_memo_put(CfStrMemo *memo, const char *text, guint value);

G_END_DECLS
