/* cf-check-words.h — a list of words made ready for finding them all in one pass over a text
 * (what the families otherwise ask strstr() word by word).  Private to src/check/.
 *
 * Each position is tested by its first byte, then by its first three bytes at once, before
 * the whole word; where SSE2 is there, 16 positions a step by their first and third bytes. */
#pragma once

#include <glib.h>
#include <string.h>

#include "model/cf-utf8.h"

/* 16 positions a step where SSE2 (and a count-trailing-zeros builtin) is there */
#if defined(__SSE2__) && defined(__GNUC__)
#define CF_WORD_BLOCKS 1
#include <emmintrin.h>
#endif

G_BEGIN_DECLS

/* At most this many words in a set. */
#define CF_WORD_SET_MAX 32

typedef struct {
	const char *const *words;
	guint n;
	gboolean short_word;          /* a word of under three bytes: searched one by one */
	gsize longest;                /* the longest word's length in bytes */
	guint32 key[CF_WORD_SET_MAX]; /* each word's first three bytes */
	gsize length[CF_WORD_SET_MAX];
	guint8 first[256]; /* 1 for a byte that begins a word */
	guint n_pairs;     /* the distinct first and third bytes of the words */
	guchar pair[CF_WORD_SET_MAX][2];
#ifdef CF_WORD_BLOCKS
	/* each pair's bytes, 16 times */
	__m128i pair_first[CF_WORD_SET_MAX], pair_third[CF_WORD_SET_MAX];
#endif
} CfWordSet;

/* Fills @set for @words (NULL-ended, at most CF_WORD_SET_MAX; borrowed: they must outlive
 * the set). */
void cf_word_set_init(CfWordSet *set, const char *const *words);

/* Called for an occurrence of a word at @at, @length bytes long; FALSE stops the search. */
typedef gboolean (*CfWordFunc)(gsize at, gsize length, gpointer data);

/* A word's first three bytes as one number. */
static inline guint32
cf_word_key(const char *p)
{
	const guchar *u = (const guchar *)p;
	return (guint32)u[0] << 16 | (guint32)u[1] << 8 | u[2];
}

/* The words of @set (none under three bytes) at text[p, length): calls @func for each as
 * cf_word_set_scan() does; FALSE when it asked to stop. */
static inline gboolean
cf_words_at(const CfWordSet *set, const char *text, gsize p, gsize length, gboolean *found,
	    CfWordFunc func, gpointer data)
{
	guint32 key = cf_word_key(text + p);
	for (guint i = 0; i < set->n; i++)
		if (key == set->key[i] && p + set->length[i] <= length &&
		    memcmp(text + p + 3, set->words[i] + 3, set->length[i] - 3) == 0) {
			*found = TRUE;
			if (func == NULL || !func(p, set->length[i], data))
				return FALSE;
		}
	return TRUE;
}

/* Calls @func (when not NULL) for every occurrence of a word of @set in text[0, length), in
 * order of position (word by word when one is under three bytes); stops at the first when
 * @func is NULL or returns FALSE.  Returns TRUE when it found one.  Every occurrence strstr()
 * would find is found.  (Inline: each caller's copy calls its @func directly.) */
static inline gboolean
cf_word_set_scan(const CfWordSet *set, const char *text, gsize length, CfWordFunc func,
		 gpointer data)
{
	gboolean found = FALSE;
	if (set->short_word) {
		for (guint i = 0; i < set->n; i++)
			for (const char *p = memmem(text, length, set->words[i], set->length[i]); p;
			     p = memmem(p + 1, length - (gsize)(p + 1 - text), set->words[i],
					set->length[i])) {
				found = TRUE;
				if (func == NULL || !func((gsize)(p - text), set->length[i], data))
					return TRUE;
			}
		return found;
	}
	gsize p = 0;
#ifdef CF_WORD_BLOCKS
	/* positions whose first and third bytes are a word's, 16 at a time */
	for (; p + 18 <= length; p += 16) {
		__m128i v0 = _mm_loadu_si128((const __m128i *)(text + p));
		__m128i v2 = _mm_loadu_si128((const __m128i *)(text + p + 2));
		__m128i hit = _mm_setzero_si128();
		for (guint k = 0; k < set->n_pairs; k++)
			hit = _mm_or_si128(
				hit,
				_mm_and_si128(_mm_cmpeq_epi8(v0, set->pair_first[k]),
					      _mm_cmpeq_epi8(v2, set->pair_third[k])));
		for (unsigned mask = (unsigned)_mm_movemask_epi8(hit); mask; mask &= mask - 1)
			if (!cf_words_at(set, text, p + (gsize)__builtin_ctz(mask), length, &found,
					 func, data))
				return TRUE;
	}
#endif
	for (; p + 3 <= length; p++)
		if (set->first[(guchar)text[p]] &&
		    !cf_words_at(set, text, p, length, &found, func, data))
			return TRUE;
	return found;
}

/* A short list of words to test a text for, each first by its non-ASCII bytes: a word one of
 * whose bytes the text lacks (cf_utf8_byte_set_len()) is not searched for.  Filled on first
 * use (cf_word_bytes_get()), shared by the threads. */
typedef struct {
	gsize ready;
	const char *const *words;
	guint n;
	gsize length[CF_WORD_SET_MAX];
	guint64 bytes[CF_WORD_SET_MAX]; /* cf_utf8_byte_set() of each word */
} CfWordBytes;

/* @wb for the @n @words (borrowed), filled on the first call. */
const CfWordBytes *cf_word_bytes_get(CfWordBytes *wb, const char *const *words, guint n);

/* TRUE when text[0, @length) contains a word of @wb: what memmem() of each word finds (or
 * strstr() on a copy of the text).  Each word is ruled out by its bytes with one test,
 * as cf_utf8_may_contain() would, before it is searched for. */
static inline gboolean
cf_word_bytes_in(const CfWordBytes *wb, const char *text, gsize length)
{
	const guint64 set = cf_utf8_byte_set_len(text, length);
	for (guint i = 0; i < wb->n; i++)
		if ((wb->bytes[i] & ~set) == 0 && memmem(text, length, wb->words[i], wb->length[i]))
			return TRUE;
	return FALSE;
}

G_END_DECLS
