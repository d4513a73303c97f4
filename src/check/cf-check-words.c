#include "check/cf-check-words.h"

#include <string.h>

void
cf_word_set_init(CfWordSet *set, const char *const *words)
{
	memset(set, 0, sizeof *set);
	set->words = words;
	for (; words[set->n]; set->n++) {
		const char *w = words[set->n];
		g_assert(set->n < CF_WORD_SET_MAX);
		set->length[set->n] = strlen(w);
		set->longest = MAX(set->longest, set->length[set->n]);
		if (set->length[set->n] < 3) {
			set->short_word = TRUE;
			continue;
		}
		set->key[set->n] = cf_word_key(w);
		set->first[(guchar)w[0]] = 1;
		guint k = 0;
		while (k < set->n_pairs &&
		       (set->pair[k][0] != (guchar)w[0] || set->pair[k][1] != (guchar)w[2]))
			k++;
		if (k == set->n_pairs) {
			set->pair[k][0] = (guchar)w[0];
			set->pair[k][1] = (guchar)w[2];
#ifdef CF_WORD_BLOCKS
			set->pair_first[k] = _mm_set1_epi8((char)w[0]);
			set->pair_third[k] = _mm_set1_epi8((char)w[2]);
#endif
			set->n_pairs++;
		}
	}
}

const CfWordBytes *
cf_word_bytes_get(CfWordBytes *wb, const char *const *words, guint n)
{
	if (g_once_init_enter(&wb->ready)) {
		g_assert(n <= CF_WORD_SET_MAX);
		wb->words = words;
		wb->n = n;
		for (guint i = 0; i < n; i++) {
			wb->length[i] = strlen(words[i]);
			wb->bytes[i] = cf_utf8_byte_set(words[i]);
		}
		g_once_init_leave(&wb->ready, 1);
	}
	return wb;
}
