/* cf-segment-sentence.c — sentences of a paragraph or heading line.
 *
 * A sentence ends after 。；！？ or their ASCII forms ; ! ?, together with any further
 * delimiters and the closing quotes and brackets right after it ("好。”").  An ASCII
 * delimiter between two digits is part of a number or a list of numbers and splits
 * nothing.  The ASCII full stop never ends a sentence: it is a decimal point too often. */
#include "segment/cf-segment-private.h"

#include <string.h>

/* 16 bytes a step where SSE2 (and a count-trailing-zeros builtin) is there, 32 with AVX2 */
#include "model/cf-simd.h"
#ifdef CF_SIMD
#define SENTENCE_BLOCKS 1
#endif

/* Sentences of a paragraph gathered on the stack (a paragraph seldom has more). */
#define SENTENCES_LOCAL 32

/* Length of the delimiter at @p, 0 if none. */
static inline gsize
delimiter_at(const char *norm, gsize start, gsize p, gsize end)
{
	/* every delimiter starts with one of these bytes: skip the rest quickly */
	const guchar *u = (const guchar *)norm + p;
	switch (u[0]) {
	case ';':
	case '!':
	case '?':
		/* between two digits: part of a number or a list of numbers */
		if (p > start && p + 1 < end && g_ascii_isdigit(norm[p - 1]) &&
		    g_ascii_isdigit(norm[p + 1]))
			return 0;
		return 1;
	case 0xE3: /* 。 */
		return end - p >= 3 && u[1] == 0x80 && u[2] == 0x82 ? 3 : 0;
	case 0xEF: /* ； ！ ？ */
		return end - p >= 3 && u[1] == 0xBC && (u[2] == 0x9B || u[2] == 0x81 || u[2] == 0x9F)
			       ? 3
			       : 0;
	default:
		return 0;
	}
}

/* Whether delimiter_at() may find a delimiter at a byte of this value. */
static inline gboolean
may_start_delimiter(guchar c)
{
	return c == ';' || c == '!' || c == '?' || c == 0xE3 || c == 0xEF;
}

/* Sentences found: the first SENTENCES_LOCAL on the stack, any further ones in an array
 * made for them; copied where they go (a new array, or the document's memory) at the end. */
typedef struct {
	CfRange local[SENTENCES_LOCAL];
	guint n_local;
	GArray *more; /* NULL until the local ones are full */
} Sentences;

static guint
sentences_count(const Sentences *sentences)
{
	return sentences->n_local + (sentences->more ? sentences->more->len : 0);
}

/* Copies the sentences to @out (sentences_count() entries) and frees what they held. */
static void
sentences_move_to(Sentences *sentences, CfRange *out)
{
	memcpy(out, sentences->local, sentences->n_local * sizeof(CfRange));
	if (sentences->more != NULL) {
		memcpy(out + sentences->n_local, sentences->more->data,
		       sentences->more->len * sizeof(CfRange));
		g_clear_pointer(&sentences->more, g_array_unref);
	}
}

static void
add_sentence(Sentences *sentences, const char *norm, gsize start, gsize end)
{
	cf_segment_trim(norm, &start, &end);
	if (start < end) {
		CfRange range = {start, end};
		if (sentences->n_local < SENTENCES_LOCAL) {
			sentences->local[sentences->n_local++] = range;
			return;
		}
		if (sentences->more == NULL)
			sentences->more = g_array_new(FALSE, FALSE, sizeof(CfRange));
		g_array_append_val(sentences->more, range);
	}
}

#ifdef SENTENCE_BLOCKS
/* The delimiters among the @width bytes at @at (a bit each, for a delimiter starting
 * there), the two bytes after them read too: written once for both widths, @Bytes is the
 * vector type (cf-simd.h), @movemask its byte mask. */
#define DELIMITER_MASK(Bytes, movemask, at)                                                    \
	({                                                                                     \
		Bytes v, v1, v2;                                                               \
		memcpy(&v, (at), sizeof v);                                                    \
		memcpy(&v1, (at) + 1, sizeof v1);                                              \
		memcpy(&v2, (at) + 2, sizeof v2);                                              \
		Bytes ascii = (v == ';') | (v == '!') | (v == '?');                            \
		Bytes full_stop = (v == (signed char)0xE3) & (v1 == (signed char)0x80) &       \
				  (v2 == (signed char)0x82);                                   \
		Bytes wide = (v == (signed char)0xEF) & (v1 == (signed char)0xBC) &            \
			     ((v2 == (signed char)0x9B) | (v2 == (signed char)0x81) |          \
			      (v2 == (signed char)0x9F));                                      \
		movemask(ascii | full_stop | wide);                                            \
	})

/* The bytes among the 16 at @at that may start a delimiter (may_start_delimiter()), a bit
 * each. */
static inline guint
lead_mask16(const guchar *at)
{
	CfBytes16 v;
	memcpy(&v, at, sizeof v);
	CfBytes16 hit = (v == ';') | (v == '!') | (v == '?') | (v == (signed char)0xE3) |
			(v == (signed char)0xEF);
	return cf_simd_movemask16(hit);
}

/* The first delimiter from *@p on, 32 bytes a step: its offset, read from the block's mask
 * (no second look at the block 16 bytes a step); G_MAXSIZE when fewer than 34 bytes are left
 * first, with *@p where the 16-byte steps go on. */
__attribute__((target("avx2"))) static gsize
skip_blocks_avx2(const guchar *u, gsize *p, gsize end)
{
	gsize q = *p;
	for (; end - q >= 34; q += 32) {
		guint mask = DELIMITER_MASK(CfBytes32, cf_simd_movemask32, u + q);
		if (mask != 0)
			return q + (gsize)__builtin_ctz(mask);
	}
	*p = q;
	return G_MAXSIZE;
}

/* The first byte of u[p, end) that may start a delimiter (may_start_delimiter()), 16 bytes a
 * step (32 with AVX2 until the last 34 bytes); @end when there is none.  In valid UTF-8 none
 * of those bytes is part of another character, so looking at every byte finds what stepping
 * over characters finds.  Where the two bytes after a block are in reach too, E3 and EF count
 * only with the bytes of 。 or of ；！？ after them (the other characters they lead, 、《（，,
 * are no delimiters). */
static inline gsize
next_delimiter_byte(const guchar *u, gsize p, gsize end)
{
	if (end - p >= 34 && cf_simd_cpu_avx2()) {
		gsize at = skip_blocks_avx2(u, &p, end);
		if (at != G_MAXSIZE)
			return at;
	}
	for (; end - p >= 18; p += 16) {
		guint mask = DELIMITER_MASK(CfBytes16, cf_simd_movemask16, u + p);
		if (mask != 0)
			return p + (gsize)__builtin_ctz(mask);
	}
	for (; end - p >= 16; p += 16) {
		guint mask = lead_mask16(u + p);
		if (mask != 0)
			return p + (gsize)__builtin_ctz(mask);
	}
	/* the last bytes, fewer than 16: the block ending at @end read whole, the bytes before @p
	 * masked off */
	if (p < end && end >= 16) {
		guint mask = lead_mask16(u + end - 16) & (~0u << (16 - (end - p)));
		return mask != 0 ? end - 16 + (gsize)__builtin_ctz(mask) : end;
	}
	while (p < end && !may_start_delimiter(u[p]))
		p++;
	return p;
}
#endif

/* Fills @sentences (uninitialised: its stack array is not cleared for each paragraph). */
static void
split(const char *norm, gsize start, gsize end, gboolean valid_utf8, Sentences *sentences)
{
	sentences->n_local = 0;
	sentences->more = NULL;
	gsize begin = start;
	gsize p = start;
	const guchar *u = (const guchar *)norm;
	while (p < end) {
#ifdef SENTENCE_BLOCKS
		if (valid_utf8) {
			p = next_delimiter_byte(u, p, end);
			if (p >= end)
				break;
		}
#else
		(void)valid_utf8;
#endif
		/* every delimiter starts with one of five bytes, none of them a continuation byte:
		 * step over CJK ideographs (lead bytes E4-E9) and other bytes until one of those */
		if (u[p] >= 0xE4 && u[p] <= 0xE9) {
			p += 3;
			continue;
		}
		if (!may_start_delimiter(u[p])) {
			p++;
			continue;
		}
		gsize n = delimiter_at(norm, start, p, end);
		if (n == 0) {
			p++;
			continue;
		}
		p += n;
		for (;;) {
			gsize more = delimiter_at(norm, start, p, end);
			if (more == 0)
				more = cf_segment_closer_at(norm, p, end);
			if (more == 0)
				break;
			p += more;
		}
		add_sentence(sentences, norm, begin, p);
		begin = p;
	}
	add_sentence(sentences, norm, begin, end);
}

GArray *
cf_segment_split_sentences(const char *norm, gsize start, gsize end, gboolean valid_utf8)
{
	Sentences sentences;
	split(norm, start, end, valid_utf8, &sentences);
	guint n = sentences_count(&sentences);
	GArray *array = g_array_sized_new(FALSE, FALSE, sizeof(CfRange), MAX(n, 1));
	g_array_set_size(array, n);
	sentences_move_to(&sentences, (CfRange *)(void *)array->data);
	return array;
}

void
cf_segment_split_block_sentences(CfDocument *doc, CfBlock *block, gsize start, gsize end)
{
	Sentences sentences;
	split(doc->norm, start, end, doc->text_valid_utf8, &sentences);
	guint n = sentences_count(&sentences);
	CfRange *ranges = cf_document_alloc(doc, n * sizeof(CfRange));
	sentences_move_to(&sentences, ranges);
	block->sentences = ranges;
	block->n_sentences = n;
}
