/* cf-extract.c — every numeric claim of a segmented document.
 *
 * One pass over each sentence (heading and paragraph blocks) and each table cell.  A byte
 * loop finds the code points a number can start with (digits, Chinese numerals, the first
 * character of 百分之 and 第); at each, the lexicon's one anchored token pattern (matched by
 * hand, cf-token.c, or by PCRE2 JIT for a number syntax the hand matcher does not know)
 * reads number, range, multiplier, inside/after qualifier and unit.  Everything else about a
 * claim comes from state kept while walking forward through the span: the clause it is in
 * (for cue words), the last label boundary (for its label), and whether the span talks about
 * money.  Text is scanned for cues only inside clauses that hold a number, each byte once. */
#include "extract/cf-extract.h"

#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include "model/cf-simd.h"
#ifdef CF_SIMD
/* the candidate scan has a 16-byte path for CPUs with SSSE3, a 32-byte one for AVX2 */
#define EXTRACT_SSSE3 1
#endif

#include "extract/cf-extract-private.h"
#include "extract/cf-number.h"
#include "model/cf-error.h"
#include "model/cf-utf8.h"
#include "segment/cf-segment.h"

#define NONE G_MAXSIZE

/* Bytes of report text per claim, about (the claims array is sized from it). */
#define CLAIM_BYTES 128

/* Longest label kept, in bytes (a label is a phrase, not a paragraph). */
#define LABEL_MAX_BYTES 240

typedef struct {
	gsize start, end;
	const LexCue *cue;
} CueHit;

/* Cue lists kept for sharing (cf_claim_share_cues()), and the longest list kept. */
#define CUE_LISTS 32
#define CUE_LIST_MAX 4

/* The cues of a claim: the lexicon entries, in the order they were added. */
typedef struct {
	const LexCue *cues[CUE_LIST_MAX];
	guint n;
	const CfClaim *claim; /* a claim that has these cues */
} CueList;

typedef struct {
	CfClaim *claim;
	const LexUnit *unit;
	gsize start, end;       /* the claim's text */
	gsize qualifier_start;  /* where a before-qualifier starts (== start if none) */
	gboolean date;          /* a month or day: kept only as an arithmetic operand */
	gboolean bare;          /* no unit, prefix or multiplier: a table column may give one */
} Token;

/* Makes room for one more item of @size bytes in a buffer reused from span to span
 * (*@items, *@allocated items, @len used): the lists below add without a call. */
static inline void
list_reserve(gpointer *items, guint *allocated, guint len, gsize size)
{
	if (G_UNLIKELY(len == *allocated)) {
		*allocated = MAX(16, 2 * *allocated);
		*items = g_realloc_n(*items, *allocated, size);
	}
}

/* Appends @item to @list, a struct of items, len and allocated as the lists below. */
#define LIST_ADD(list, item)                                                              \
	do {                                                                              \
		list_reserve((gpointer *)&(list)->items, &(list)->allocated, (list)->len, \
			     sizeof *(list)->items);                                      \
		(list)->items[(list)->len++] = (item);                                    \
	} while (0)

/* The tokens of a span. */
typedef struct {
	Token *items;
	guint len, allocated;
} TokenList;

static inline void
token_list_add(TokenList *list, const Token *token)
{
	LIST_ADD(list, *token);
}

/* The cue words of the current clause (CueHitList), the label boundaries saved at each open
 * （ of it (BoundaryStack). */
typedef struct {
	CueHit *items;
	guint len, allocated;
} CueHitList;

typedef struct {
	gsize *items;
	guint len, allocated;
} BoundaryStack;

/* The text a number is read in: a sentence or a table cell. */
typedef struct {
	gsize start, end;
	gsize skip_start, skip_end; /* a heading's numbering (三、) is not a claim */
	guint sentence;             /* G_MAXUINT in tables */
	const CfTable *table;
	gint table_index, row_index, column;
	CfClaimKind column_meaning; /* CF_CLAIM_N_KINDS when none */
	const LexUnit *column_unit;

	/* walking state */
	gsize scan;                 /* text before this is scanned */
	gsize clause_start;
	gsize label_boundary;       /* a label starts here at the earliest */
	gsize colon;                /* where the last ：/: stands if it set label_boundary, else NONE */
	gsize before_colon;         /* the label boundary in force before that colon */
	BoundaryStack *paren_stack; /* label boundaries saved at （ */
	CueHitList *cues;           /* of the current clause */
	const LexCue *carried;      /* 其中，… carried from a clause holding only it */
	int money;                  /* -1 not known yet, 0, 1 */
	TokenList *tokens;
} Span;

typedef struct {
	const CfLexicon *lex;
	const CfDocument *doc;
	const char *norm;
	pcre2_match_data *match;
	CfClaim **claims;           /* the output in the making, made a GPtrArray at the end */
	guint n_claims, allocated_claims;
	GHashTable *units;          /* claim → LexUnit, for the self-test */
	gboolean all_tokens;
	/* incremental locate: claims come in increasing offsets */
	const CfLine *loc_line;
	gsize loc_offset;
	guint loc_column;
	CueHitList cues;            /* reused buffers for spans */
	TokenList tokens;
	BoundaryStack paren_stack;
	GString *unit_text;         /* reused: the unit as written */
	GString *label_text;        /* reused: a table label as it is joined */
	GString *item_text;         /* reused: a row's item or a column's label as it is cleaned */
	CueList cue_lists[CUE_LISTS]; /* cue lists given to claims, each with a claim having it */
	guint n_cue_lists;
	CfClaimPool *pool;          /* the claims and their strings (cf-claim.h, Ownership) */
	gboolean candidate_blocks;  /* norm is valid UTF-8: the candidate scan's 16-byte path */
	gsize readable;             /* bytes of norm that may be read (its NUL included) */
	gboolean general;           /* no fast path: every token by the general path (tests) */
} Extractor;

/* ---- small text helpers ---- */

static inline gunichar
char_at(const char *s, gsize *length)
{
	const guchar *u = (const guchar *)s;
	if (u[0] < 0x80) {
		*length = 1;
		return u[0];
	}
	if ((u[0] & 0xF0) == 0xE0) { /* most of the text: CJK */
		*length = 3;
		return ((gunichar)(u[0] & 0x0F) << 12) | ((gunichar)(u[1] & 0x3F) << 6) |
		       (u[2] & 0x3F);
	}
	if ((u[0] & 0xE0) == 0xC0) {
		*length = 2;
		return ((gunichar)(u[0] & 0x1F) << 6) | (u[1] & 0x3F);
	}
	if ((u[0] & 0xF8) == 0xF0) {
		*length = 4;
		return ((gunichar)(u[0] & 0x07) << 18) | ((gunichar)(u[1] & 0x3F) << 12) |
		       ((gunichar)(u[2] & 0x3F) << 6) | (u[3] & 0x3F);
	}
	*length = 1;
	return 0xFFFD;
}

/* Start of the character before @at (not before @floor), or NONE. */
static inline gsize
prev_char(const char *s, gsize floor, gsize at)
{
	if (at <= floor)
		return NONE;
	/* an ASCII character: what the loop below finds, without it */
	if ((guchar)s[at - 1] < 0x80)
		return at - 1;
	gsize p = at - 1;
	while (p > floor && ((guchar)s[p] & 0xC0) == 0x80)
		p--;
	return p;
}

gsize
extract_prev_char(const char *s, gsize floor, gsize at)
{
	return prev_char(s, floor, at);
}

static inline gboolean
is_space_byte(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static inline gboolean
is_ascii_letter(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Ends a clause (cue scope): 。！？；， and their ASCII forms. */
static inline gboolean
is_clause_delimiter(gunichar c)
{
	switch (c) {
	case 0x3002: /* 。 */
	case 0xFF01: /* ！ */
	case 0xFF1F: /* ？ */
	case 0xFF1B: /* ； */
	case 0xFF0C: /* ， */
	case ';':
	case ',':
	case '!':
	case '?':
		return TRUE;
	default:
		return FALSE;
	}
}

/* Whether the three bytes at @u are one of 。！？；， (E3 80 82, EF BC 81/9F/9B/8C): what
 * is_clause_delimiter() of the three-byte character char_at() reads there says, from the
 * bytes. */
static inline gboolean
is_wide_delimiter(const guchar *u)
{
	if (u[0] == 0xE3)
		return u[1] == 0x80 && u[2] == 0x82;
	return u[0] == 0xEF && u[1] == 0xBC &&
	       (u[2] == 0x81 || u[2] == 0x9F || u[2] == 0x9B || u[2] == 0x8C);
}

#ifdef __SSE2__
/* The clause delimiters that may end in s[i - 16, i) (@i >= 18), as a mask: bit k for one
 * ending at i - 15 + k, an ASCII one at i - 16 + k or one of 。！？；， (E3 80 82,
 * EF BC 81/9F/9B/8C) starting at i - 18 + k, found by its first two bytes (E3 80 or EF BC:
 * the third is still to be checked). */
static inline guint
delimiter_block_mask(const char *s, gsize i)
{
	__m128i v = _mm_loadu_si128((const __m128i *)(s + i - 16));
	__m128i ascii = _mm_or_si128(
		_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(';')),
			     _mm_cmpeq_epi8(v, _mm_set1_epi8(','))),
		_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('!')),
			     _mm_cmpeq_epi8(v, _mm_set1_epi8('?'))));
	__m128i first = _mm_loadu_si128((const __m128i *)(s + i - 18));
	__m128i second = _mm_loadu_si128((const __m128i *)(s + i - 17));
	__m128i wide = _mm_or_si128(
		_mm_and_si128(_mm_cmpeq_epi8(first, _mm_set1_epi8((char)0xE3)),
			      _mm_cmpeq_epi8(second, _mm_set1_epi8((char)0x80))),
		_mm_and_si128(_mm_cmpeq_epi8(first, _mm_set1_epi8((char)0xEF)),
			      _mm_cmpeq_epi8(second, _mm_set1_epi8((char)0xBC))));
	return (guint)_mm_movemask_epi8(_mm_or_si128(ascii, wide));
}
#endif

/* The start of the last clause delimiter in s[floor, to) (@floor a character boundary), or
 * NONE; @after receives where the character after it starts.  Byte by byte from the end: a
 * delimiter is an ASCII byte or a three-byte character, so its last byte is enough to stop
 * at, and no character needs decoding on the way; with SSE2, 16 bytes at a time, the ones
 * where a delimiter may end told by a mask, the last of them first. */
static inline gsize
last_clause_delimiter(const char *s, gsize floor, gsize to, gsize *after)
{
	gsize i = to;
#ifdef __SSE2__
	while (i > floor && i >= 18) {
		/* the last block, shorter than 16 bytes, read whole: the positions where a
		 * delimiter would start before @floor masked off */
		gsize left = i - floor;
		guint mask = delimiter_block_mask(s, i);
		if (left < 16)
			mask &= ~0u << (16 - left);
		for (; mask != 0;) {
			guint k = 31 - (guint)__builtin_clz(mask);
			mask &= ~(1u << k);
			gsize end = i - 15 + k; /* where the delimiter would end */
			if ((guchar)s[end - 1] < 0x80) {
				*after = end;
				return end - 1;
			}
			if (end - floor >= 3 && is_wide_delimiter((const guchar *)s + end - 3)) {
				*after = end;
				return end - 3;
			}
		}
		i = left > 16 ? i - 16 : floor;
	}
#endif
	for (; i > floor; i--) {
		guchar b = (guchar)s[i - 1];
		if (b < 0x80) {
			if (is_clause_delimiter(b)) {
				*after = i;
				return i - 1;
			}
			continue;
		}
		/* the last byte of 。！？；， (E3 80 82, EF BC 81/9F/9B/8C) */
		if (b != 0x82 && b != 0x81 && b != 0x9F && b != 0x9B && b != 0x8C)
			continue;
		if (i - floor >= 3 && is_wide_delimiter((const guchar *)s + i - 3)) {
			*after = i;
			return i - 3;
		}
	}
	return NONE;
}

gsize
extract_last_clause_delimiter(const char *s, gsize floor, gsize to, gsize *after)
{
	return last_clause_delimiter(s, floor, to, after);
}

static inline gboolean
is_colon(gunichar c)
{
	return c == 0xFF1A || c == ':';
}

/* Ends a label (besides clause delimiters): 、 ： （ and their ASCII forms. */
static inline gboolean
is_label_boundary(gunichar c)
{
	return is_clause_delimiter(c) || c == 0x3001 || is_colon(c) || c == '\t';
}

/* Whether one of @words is written at @text (@available bytes); @length receives its
 * length.  The first byte rules most words out before their length is taken. */
static gboolean
word_in(char *const *words, const char *text, gsize available, gsize *length)
{
	for (guint i = 0; words && words[i]; i++) {
		if (words[i][0] != '\0' && (available == 0 || words[i][0] != text[0]))
			continue;
		gsize n = strlen(words[i]);
		if (n <= available && memcmp(text, words[i], n) == 0) {
			if (length)
				*length = n;
			return TRUE;
		}
	}
	return FALSE;
}

/* Index in lex->multipliers of the first multiplier word written at @text (@available
 * bytes), its length into @length; -1 (@length untouched) when there is none. */
static int
multiplier_at(const CfLexicon *lex, const char *text, gsize available, gsize *length)
{
	for (guint i = 0; lex->multipliers && lex->multipliers[i]; i++) {
		gsize n = lex->multiplier_lengths[i];
		if (n <= available && short_bytes_equal(text, lex->multipliers[i], n)) {
			*length = n;
			return (int)i;
		}
	}
	return -1;
}

/* Power of ten of a multiplier word (万 → 4), or 0. */
static int
multiplier_exponent(const CfLexicon *lex, const char *text, gsize available, gsize *length)
{
	int i = multiplier_at(lex, text, available, length);
	return i < 0 ? 0 : lex->multiplier_exponents[i];
}

/* lexicon_lookup_unit() of multiplier word @multiplier (an index in lex->multipliers)
 * followed by the @length bytes at @rest, from the lexicon's multiplier_units. */
static const LexUnit *
multiplier_unit(const CfLexicon *lex, int multiplier, const char *rest, gsize length)
{
	const GArray *units = lex->multiplier_units[multiplier];
	for (guint i = 0; i < units->len; i++) {
		const MultiplierUnit *mu = &g_array_index(units, MultiplierUnit, i);
		if (mu->length == length && short_bytes_equal(rest, mu->rest, length))
			return mu->unit;
	}
	return NULL;
}

const LexUnit *
extract_multiplier_unit(const CfLexicon *lex, int multiplier, const char *rest, gsize length)
{
	return multiplier_unit(lex, multiplier, rest, length);
}

/* g_string_append_len() without its call when @string has room (most appends to a reused
 * buffer). */
static inline void
text_append(GString *string, const char *text, gsize length)
{
	if (string->len + length < string->allocated_len) {
		memcpy(string->str + string->len, text, length);
		string->len += length;
		string->str[string->len] = '\0';
	} else {
		g_string_append_len(string, text, length);
	}
}

/* Whether @c is among the @length bytes at @text: memchr() without its call, for the few
 * bytes of a number. */
static inline gboolean
has_byte(const char *text, gsize length, char c)
{
	for (gsize i = 0; i < length; i++)
		if (text[i] == c)
			return TRUE;
	return FALSE;
}

/* ---- positions ---- */

/* A pool copy of @length bytes of @text for a claim's string field, its length into the
 * field's length (@stored, see CfClaim). */
static char *
pool_copy(CfClaimPool *pool, const char *text, gsize length, guint *stored)
{
	*stored = (guint)length;
	return cf_claim_pool_strndup(pool, text, length);
}

/* Bytes up to which the characters between two claims are counted inline. */
#define LOCATE_INLINE_BYTES 64

#ifdef __SSE2__
/* 16 zero bytes then 16 0xFF: loaded at tail_keep + n, it keeps a block's last n bytes. */
static const guint8 tail_keep[32] = {
	0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,
	0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF};
#endif

/* cf_utf8_char_count(s + from, to - from) for a gap shorter than LOCATE_INLINE_BYTES: whole
 * 16-byte blocks, then the last block loaded to end at @to with the bytes before the gap
 * masked off (s[to - 16, to) is read, so @to >= 16; the bytes after @to are never read). */
static inline guint
short_char_count(const char *s, gsize from, gsize to)
{
	gsize gap = to - from;
#ifdef __SSE2__
	if (to >= 16) {
		const __m128i below = _mm_set1_epi8((char)0xC0); /* continuation bytes, signed */
		__m128i sum = _mm_setzero_si128();
		gsize i = from;
		for (; to - i >= 16; i += 16) {
			__m128i v = _mm_loadu_si128((const __m128i *)(s + i));
			sum = _mm_sub_epi8(sum, _mm_cmplt_epi8(v, below));
		}
		if (i < to) {
			__m128i v = _mm_loadu_si128((const __m128i *)(s + to - 16));
			__m128i keep = _mm_loadu_si128((const __m128i *)(tail_keep + (to - i)));
			sum = _mm_sub_epi8(sum, _mm_and_si128(_mm_cmplt_epi8(v, below), keep));
		}
		__m128i total = _mm_sad_epu8(sum, _mm_setzero_si128());
		guint continuation =
			(guint)_mm_cvtsi128_si32(total) + (guint)_mm_extract_epi16(total, 4);
		return (guint)gap - continuation;
	}
#endif
	return cf_utf8_char_count(s + from, gap);
}

guint
extract_short_char_count(const char *s, gsize from, gsize to)
{
	return short_char_count(s, from, to);
}

/* TRUE when s[from, to) holds one of the bytes @c0 … @c3: 16 bytes at a time, the last block
 * loaded to end at @to with the bytes before @from masked off (as short_char_count()). */
static inline gboolean
has_byte_of(const char *s, gsize from, gsize to, char c0, char c1, char c2, char c3)
{
#ifdef __SSE2__
	if (to >= 16) {
		const __m128i v0 = _mm_set1_epi8(c0), v1 = _mm_set1_epi8(c1);
		const __m128i v2 = _mm_set1_epi8(c2), v3 = _mm_set1_epi8(c3);
#define BYTE_OF_HITS(v)                                                                            \
	_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, v0), _mm_cmpeq_epi8(v, v1)),                   \
		     _mm_or_si128(_mm_cmpeq_epi8(v, v2), _mm_cmpeq_epi8(v, v3)))
		gsize i = from;
		for (; to - i >= 16; i += 16) {
			__m128i v = _mm_loadu_si128((const __m128i *)(s + i));
			if (_mm_movemask_epi8(BYTE_OF_HITS(v)))
				return TRUE;
		}
		if (i == to)
			return FALSE;
		__m128i v = _mm_loadu_si128((const __m128i *)(s + to - 16));
		__m128i keep = _mm_loadu_si128((const __m128i *)(tail_keep + (to - i)));
		return _mm_movemask_epi8(_mm_and_si128(BYTE_OF_HITS(v), keep)) != 0;
#undef BYTE_OF_HITS
	}
#endif
	for (gsize i = from; i < to; i++)
		if (s[i] == c0 || s[i] == c1 || s[i] == c2 || s[i] == c3)
			return TRUE;
	return FALSE;
}

/* TRUE when s[from, to) holds a line break (\n or \r). */
static inline gboolean
has_line_break(const char *s, gsize from, gsize to)
{
	return has_byte_of(s, from, to, '\n', '\r', '\n', '\r');
}

gboolean
extract_has_line_break(const char *s, gsize from, gsize to)
{
	return has_line_break(s, from, to);
}

/* Lines stepped over one by one from the last claim's before a binary search is cheaper. */
#define LOCATE_STEPS 8

/* cf_document_line_at() of @offset, at or after @from (a line at or before it): the next
 * claim is mostly on the same line or a few lines on. */
static const CfLine *
line_from(const CfDocument *doc, const CfLine *from, gsize offset)
{
	const CfLine *last = &g_array_index(doc->lines, CfLine, doc->lines->len - 1);
	for (guint k = 0; k < LOCATE_STEPS && from < last; k++) {
		if (from[1].norm_offset > offset)
			return from;
		from++;
	}
	return from < last && from[1].norm_offset <= offset ? cf_document_line_at(doc, offset) : from;
}

static void
locate(Extractor *x, gsize offset, guint *line, guint *column)
{
	const CfLine *l = x->loc_line;
	/* at the line's end: the next line's start when that line is joined to it (no line end
	 * between them in norm) */
	if (l == NULL || offset < x->loc_offset || offset >= l->norm_offset + l->norm_length) {
		if (l != NULL && offset >= x->loc_offset)
			l = line_from(x->doc, l, offset);
		else
			l = cf_document_line_at(x->doc, offset);
		x->loc_line = l;
		x->loc_offset = l->norm_offset;
		x->loc_column = 1;
	}
	/* the next claim is mostly a few characters on: counted inline; of a longer run the
	 * whole 16-byte blocks by the document's count, the rest inline */
	gsize from = x->loc_offset;
	if (offset - from >= LOCATE_INLINE_BYTES) {
		gsize whole = offset - (offset - from) % 16;
		x->loc_column += cf_document_char_count(x->doc, from, whole);
		from = whole;
	}
	x->loc_column += short_char_count(x->norm, from, offset);
	x->loc_offset = offset;
	*line = l->number;
	*column = x->loc_column;
}

/* TRUE when the Chinese numeral @text of @n bytes is magnitudes alone (千, 百, 十万: no 一 …
 * 九 before them). */
static gboolean
magnitudes_only(const char *text, gsize n)
{
	if (n == 0)
		return FALSE;
	for (const char *p = text, *end = text + n; p < end; p = g_utf8_next_char(p))
		if (cf_number_chinese_magnitude(g_utf8_get_char(p)) < 0)
			return FALSE;
	return TRUE;
}

/* TRUE when an ideograph (U+4000–U+9FFF) stands at @at of @s, before @end: a bare magnitude
 * amount right before one is a name's (千亿工程, 百亿产业), not money. */
static gboolean
ideograph_at(const char *s, gsize at, gsize end)
{
	return at + 3 <= end && (guchar)s[at] >= 0xE4 && (guchar)s[at] <= 0xE9;
}

/* Characters a denominator's unit word has at most (平方公里). */
#define PER_UNIT_MAX_CHARS 4

/* The end of a denominator right after a count or quantity at @p (380公斤/亩, 49.5吨/万元,
 * 520人/平方公里, 35.6立方米/秒): a '/' then a unit word, or one ideograph that no other
 * follows (男性120人/女性80人 is two figures); 0 when there is none.  The figure is then per
 * unit of that, a measure of its own. */
static gsize
per_unit_end(const Extractor *x, const Span *sp, gsize p)
{
	const char *s = x->norm;
	if (p + 1 >= sp->end || s[p] != '/')
		return 0;
	gsize q = p + 1, ends[PER_UNIT_MAX_CHARS];
	guint n = 0;
	for (gsize e = q; n < PER_UNIT_MAX_CHARS && e < sp->end && ideograph_at(s, e, sp->end);)
		ends[n++] = e += 3;
	while (n > 0) {
		gsize e = ends[--n];
		if (lexicon_lookup_unit(x->lex, s + q, e - q) != NULL)
			return e;
	}
	if (ideograph_at(s, q, sp->end) && !ideograph_at(s, q + 3, sp->end))
		return q + 3;
	return 0;
}

/* Whether a token's claim of @kind in @unit (NULL: none) is intensive — its measure does not
 * add up (measures.ini additive=false), or it is per unit of something — moving *@end, where
 * its unit ends, past the denominator there (per_unit_end()).  @closed: nothing may follow
 * the unit (a date, a token that goes on after its unit). */
static gboolean
take_denominator(const Extractor *x, const Span *sp, const LexUnit *unit, CfClaimKind kind,
		 gboolean closed, gsize *end)
{
	gboolean intensive = unit != NULL && !unit->additive;
	if (closed || (kind != CF_CLAIM_COUNT && kind != CF_CLAIM_QUANTITY))
		return intensive;
	gsize per = per_unit_end(x, sp, *end);
	if (per == 0)
		return intensive;
	*end = per;
	return TRUE;
}

/* ---- money context ---- */

/* Bytes looked back over for the sentences a ；joins to a span's, at most. */
#define MONEY_JOINED_BYTES 1024

/* TRUE when norm[@start, @end) says one of the money words. */
static gboolean
says_money(const Extractor *x, gsize start, gsize end)
{
	const char *s = x->norm + start, *e = x->norm + end;
	while (s < e) {
		gsize n;
		gunichar c = char_at(s, &n);
		if (word_set_may_start(&x->lex->money_set, c) &&
		    word_set_match(&x->lex->money_set, s, e, NULL))
			return TRUE;
		s += n;
	}
	return FALSE;
}

/* TRUE when the sentences before @start on its line, joined to it by a ；(one clause list:
 * 下达资金35331.2万元,其中,…;儿童福利院50万元;救助站86万), say a money word: the words back
 * from that ；to a 。！？ or the line's start. */
static gboolean
joined_says_money(const Extractor *x, gsize start)
{
	gsize floor = start > MONEY_JOINED_BYTES ? start - MONEY_JOINED_BYTES : 0;
	gsize q = prev_char(x->norm, floor, start);
	while (q != NONE && x->norm[q] == ' ')
		q = prev_char(x->norm, floor, q);
	if (q == NONE || !(x->norm[q] == ';' || memcmp(x->norm + q, "；", 3) == 0))
		return FALSE;
	gsize from = q;
	for (gsize p = prev_char(x->norm, floor, q); p != NONE; p = prev_char(x->norm, floor, p)) {
		gsize n;
		gunichar c = char_at(x->norm + p, &n);
		if (c == '\n' || c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == '!' || c == '?')
			break;
		from = p;
	}
	return says_money(x, from, q);
}

static gboolean
span_is_money(Extractor *x, Span *sp)
{
	if (sp->money < 0) {
		sp->money = sp->column_meaning == CF_CLAIM_AMOUNT ||
			    says_money(x, sp->start, sp->end) ||
			    (sp->table == NULL && joined_says_money(x, sp->start));
	}
	return sp->money == 1;
}

/* ---- clauses, cues and labels ---- */

/* A cue word ending right before @at that stands alone in its clause (其中，): carried on. */
static const LexCue *
carried_cue(Extractor *x, const Span *sp, gsize delimiter)
{
	for (guint i = 0; i < x->lex->carry_cues->len; i++) {
		const LexCue *cue = x->lex->carry_cues->pdata[i];
		gsize n = cue->length;
		if (delimiter < sp->start + n ||
		    !short_bytes_equal(x->norm + delimiter - n, cue->word, n))
			continue;
		gsize before = prev_char(x->norm, sp->start, delimiter - n);
		if (before == NONE)
			return cue;
		gsize len;
		gunichar c = char_at(x->norm + before, &len);
		if (is_label_boundary(c) || c == ' ' || c == '\n')
			return cue;
	}
	return NULL;
}

static inline gboolean
is_parenthesis(gunichar c)
{
	return c == 0xFF08 || c == '(' || c == 0xFF09 || c == ')'; /* （ ） */
}

void
extract_fill_walk_stops(CfLexicon *lex)
{
	/* the lists walked at every clause and token, with their words' lengths */
	lex->carry_cues = g_ptr_array_new();
	for (guint i = 0; i < lex->cues->len; i++) {
		LexCue *cue = lex->cues->pdata[i];
		cue->length = strlen(cue->word);
		cue->first_of_word = cue;
		for (guint k = 0; k < i; k++) {
			const LexCue *before = lex->cues->pdata[k];
			if (strcmp(before->word, cue->word) == 0) {
				cue->first_of_word = before;
				break;
			}
		}
		if (cue->carry)
			g_ptr_array_add(lex->carry_cues, cue);
	}
	guint n = lex->multipliers ? g_strv_length(lex->multipliers) : 0;
	lex->multiplier_lengths = g_new0(gsize, n + 1);
	for (guint i = 0; i < n; i++)
		lex->multiplier_lengths[i] = strlen(lex->multipliers[i]);
	/* the units a multiplier word starts (万元), for the token's multiplier-and-unit look-up */
	lex->multiplier_units = g_new0(GArray *, n + 1);
	for (guint i = 0; i < n; i++) {
		lex->multiplier_units[i] = g_array_new(FALSE, FALSE, sizeof(MultiplierUnit));
		gsize ml = lex->multiplier_lengths[i];
		GHashTableIter iter;
		gpointer key, value;
		g_hash_table_iter_init(&iter, lex->unit_by_word);
		while (g_hash_table_iter_next(&iter, &key, &value)) {
			const char *word = key;
			/* (a multiplied measure, 万人, is read apart: 万 and 人) */
			if (strncmp(word, lex->multipliers[i], ml) != 0 ||
			    ((const LexUnit *)value)->multiplied)
				continue;
			MultiplierUnit mu = {word + ml, strlen(word + ml), value};
			g_array_append_val(lex->multiplier_units[i], mu);
		}
	}

	/* the characters a cue word may start with (the cue set's bitmap, of the same layout),
	 * then parentheses and label boundaries */
	G_STATIC_ASSERT(sizeof lex->walk_stops.bits == 65536 / 8);
	memcpy(lex->walk_stops.bits, lex->cue_set.first, sizeof lex->walk_stops.bits);
	for (gunichar c = 0; c < 65536; c++)
		if (is_parenthesis(c) || is_label_boundary(c))
			char_set_add(&lex->walk_stops, c);
}

/* Walks the span forward to @to: clause starts, label boundaries and cue words. */
static void
span_advance(Extractor *x, Span *sp, gsize to)
{
	const char *s = x->norm;
	/* only the text after the last clause delimiter before @to matters: find it backwards */
	gsize p = to;
	gsize delimiter = last_clause_delimiter(s, sp->scan, to, &p);
	if (delimiter != NONE) {
		sp->carried = carried_cue(x, sp, delimiter);
		sp->cues->len = 0;
		sp->paren_stack->len = 0;
		sp->clause_start = p;
		sp->label_boundary = p;
		sp->colon = NONE;
		sp->scan = p;
	}

	const char *end = s + to;
	const guint8 *stops = x->lex->walk_stops.bits;
	for (p = sp->scan; p < to;) {
		/* most of the text: a run of three-byte characters that are no stops, each told
		 * from its bytes, in a loop of its own */
		if (((guchar)s[p] & 0xF0) == 0xE0) {
			const guchar *q = (const guchar *)s + p, *stop = (const guchar *)end;
			while (!bits_have3(stops, q) && (q += 3) < stop && (*q & 0xF0) == 0xE0)
				;
			p = (gsize)(q - (const guchar *)s);
			if (p >= to)
				break;
		}
		gsize n;
		gunichar c = char_at(s + p, &n);
		if (!char_set_has(&x->lex->walk_stops, c)) {
			p += n;
			continue;
		}
		if (c == 0xFF08 || c == '(') { /* （ */
			LIST_ADD(sp->paren_stack, sp->label_boundary);
			sp->label_boundary = p + n;
			sp->colon = NONE;
		} else if (c == 0xFF09 || c == ')') { /* ）: the parenthesis belongs to the label */
			if (sp->paren_stack->len > 0)
				sp->label_boundary = sp->paren_stack->items[--sp->paren_stack->len];
		} else if (is_label_boundary(c)) {
			if (is_colon(c)) {
				sp->before_colon = sp->label_boundary;
				sp->colon = p;
			} else {
				sp->colon = NONE;
			}
			sp->label_boundary = p + n;
		} else if (word_set_may_start(&x->lex->cue_set, c)) {
			gsize length = 0;
			const LexCue *cue = word_set_match(&x->lex->cue_set, s + p, end, &length);
			if (cue && lexicon_cue_applies(cue, s + sp->clause_start, s + p, length,
						       s + sp->end)) {
				LIST_ADD(sp->cues, ((CueHit){p, p + length, cue}));
				p += length;
				continue;
			}
		}
		p += n;
	}
	sp->scan = to;
}

/* Removes label words, operators, half quotation marks and non-kept cue words from both ends
 * of [*b, *e) until none is left.  Returns TRUE when something was removed. */
static gboolean
strip_words_of(Extractor *x, const Span *sp, gsize *b, gsize *e)
{
	const CfLexicon *lex = x->lex;
	const char *s = x->norm;
	gboolean changed = FALSE;
	for (;;) {
		while (*b < *e && is_space_byte(s[*b]))
			(*b)++;
		while (*e > *b && is_space_byte(s[*e - 1]))
			(*e)--;
		if (*b >= *e)
			return changed;
		gboolean again = FALSE;
		gsize n;
		gunichar last = char_at(s + prev_char(s, *b, *e), &n);
		gunichar first = char_at(s + *b, &n);
		if (char_set_has(&lex->strip_last, last) || char_set_has(&lex->strip_first, first)) {
			for (guint i = 0; i < lex->strip->len && !again; i++) {
				const StripWord *w = &g_array_index(lex->strip, StripWord, i);
				if (w->length > *e - *b)
					continue;
				if (w->at_end && short_bytes_equal(s + *e - w->length, w->word, w->length)) {
					*e -= w->length;
					again = TRUE;
				} else if (w->at_start && short_bytes_equal(s + *b, w->word, w->length)) {
					*b += w->length;
					again = TRUE;
				}
			}
		}
		for (guint i = 0; i < sp->cues->len && !again; i++) {
			const CueHit *h = &sp->cues->items[i];
			if (h->cue->label == CUE_LABEL_KEEP)
				continue;
			if (h->end == *e && h->start >= *b) {
				*e = h->start;
				again = TRUE;
			} else if (h->start == *b && h->end <= *e) {
				*b = h->end;
				again = TRUE;
			}
		}
		if (!again)
			return changed;
		changed = TRUE;
	}
}

/* strip_words_of() where [*b, *e) holds a byte: an empty phrase (a number right after its
 * label boundary) is left without the call. */
static inline gboolean
strip_words(Extractor *x, const Span *sp, gsize *b, gsize *e)
{
	return *b < *e && strip_words_of(x, sp, b, e);
}

/* Bytes of a footnote marker's brackets: [ ] and the full-width ［ ］. */
static const char fn_open_wide[] = "［", fn_close_wide[] = "］";

/* The end of the bracket that closes a footnote marker whose digits are s[@from, @to)
 * (地区生产总值[2]394.6亿元, 提取率［2］66.90%): one or two digits between brackets, the
 * opening one right after text.  0 when they are not one (a [1] opening its line is a list
 * marker; [2022] a year). */
static gsize
footnote_marker_end(const char *s, gsize floor, gsize from, gsize to, gsize limit)
{
	if (to == from || to - from > 2)
		return 0;
	for (gsize i = from; i < to; i++)
		if (!g_ascii_isdigit(s[i]))
			return 0;
	gsize open = 0, close = 0;
	if (from > floor && s[from - 1] == '[')
		open = 1;
	else if (from >= floor + sizeof fn_open_wide - 1 &&
		 memcmp(s + from - (sizeof fn_open_wide - 1), fn_open_wide,
			sizeof fn_open_wide - 1) == 0)
		open = sizeof fn_open_wide - 1;
	if (open == 0)
		return 0;
	if (to < limit && s[to] == ']')
		close = 1;
	else if (to + sizeof fn_close_wide - 1 <= limit &&
		 memcmp(s + to, fn_close_wide, sizeof fn_close_wide - 1) == 0)
		close = sizeof fn_close_wide - 1;
	if (close == 0)
		return 0;
	gsize before = prev_char(s, floor, from - open);
	if (before == NONE)
		return 0;
	gunichar c = g_utf8_get_char(s + before);
	if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x3000)
		return 0;
	return to + close;
}

/* The end of a footnote marker opening at s[@i] of a label that ends at @n (生产总值[2]; at
 * the label's start too, after the figure before it: 0-14岁[5]人口), 0 when none opens there;
 * @floor: where the text before may be looked at from. */
static gsize
footnote_marker_in_label(const char *s, gsize floor, gsize i, gsize n)
{
	gsize open = s[i] == '[' ? 1 : sizeof fn_open_wide - 1;
	if (open > 1 && (i + open > n || memcmp(s + i, fn_open_wide, open) != 0))
		return 0;
	gsize to = i + open;
	while (to < n && to - (i + open) < 3 && g_ascii_isdigit(s[to]))
		to++;
	return to > i + open ? footnote_marker_end(s, floor, i + open, to, n) : 0;
}

/* The label of a number whose label may reach up to @e; NULL when there is none. */
static char *
span_label(Extractor *x, Span *sp, gsize e, guint *stored)
{
	*stored = 0;
	gsize b = MAX(sp->label_boundary, sp->clause_start);
	if (b > e)
		b = e;
	strip_words(x, sp, &b, &e);
	/* a boundary cue inside the phrase: the label starts after the last one */
	for (guint i = sp->cues->len; i-- > 0;) {
		const CueHit *h = &sp->cues->items[i];
		if (h->cue->label == CUE_LABEL_BOUNDARY && h->start >= b && h->end <= e) {
			b = h->end;
			strip_words(x, sp, &b, &e);
			break;
		}
	}
	/* 合计：820万元 — nothing after the colon: the phrase before it is the label */
	if (b >= e && sp->colon != NONE && sp->colon >= sp->before_colon) {
		b = MAX(sp->before_colon, sp->clause_start);
		e = sp->colon;
		strip_words(x, sp, &b, &e);
	}
	if (b >= e)
		return NULL;
	if (e - b > LABEL_MAX_BYTES) {
		b = e - LABEL_MAX_BYTES;
		while (((guchar)x->norm[b] & 0xC0) == 0x80)
			b++;
	}
	char *label = pool_copy(x->pool, x->norm + b, e - b, stored), *out = label;
	/* most labels sit on one line and have no footnote marker: nothing to drop (0xBB ends
	 * the full-width ［) */
	if (!has_byte_of(x->norm, b, e, '\n', '\r', '[', (char)0xBB))
		return label;
	for (gsize i = 0; i < e - b;) {
		gsize marker = label[i] == '[' || label[i] == fn_open_wide[0]
				       ? footnote_marker_in_label(x->norm, sp->start, b + i, e)
				       : 0;
		if (marker) {
			i = marker - b;
		} else {
			if (label[i] != '\n' && label[i] != '\r')
				*out++ = label[i];
			i++;
		}
	}
	*out = '\0';
	*stored = (guint)(out - label);
	return label;
}

/* Whether cues @a and @b have the same word: by their first cue of that word where the
 * loader has set it, without a string comparison. */
static inline gboolean
same_cue_word(const LexCue *a, const LexCue *b)
{
	if (a->first_of_word != NULL && b->first_of_word != NULL)
		return a->first_of_word == b->first_of_word;
	return strcmp(a->word, b->word) == 0;
}

/* Appends @cue to @list unless a cue of the same word is there (as cf_claim_add_cue() keeps
 * one of each); FALSE when the list is full. */
static gboolean
cue_list_add(CueList *list, const LexCue *cue)
{
	for (guint i = 0; i < list->n; i++)
		if (same_cue_word(list->cues[i], cue))
			return TRUE;
	if (list->n == CUE_LIST_MAX)
		return FALSE;
	list->cues[list->n++] = cue;
	return TRUE;
}

/* Whether cue lists @a and @b hold the same cues in the same order. */
static inline gboolean
same_cue_list(const CueList *a, const CueList *b)
{
	gboolean same = a->n == b->n;
	for (guint i = 0; same && i < a->n; i++)
		same = a->cues[i] == b->cues[i];
	return same;
}

/* A thread's cue arrays (cf_claim_set_shared_cues()), each made once for a list of one
 * lexicon's cues: a batch's documents give their claims the same few lists (其中, 合计 …).
 * THREAD_CUE_LISTS at most, then it starts over (the pools keep their references). */
#define THREAD_CUE_LISTS 64
typedef struct {
	guint64 serial; /* the lexicon's; 0 (no lexicon's) when new */
	guint n;
	CueList lists[THREAD_CUE_LISTS];
	GPtrArray *arrays[THREAD_CUE_LISTS];
} CueArrays;

static void
cue_arrays_clear(CueArrays *ca)
{
	for (guint k = 0; k < ca->n; k++)
		g_ptr_array_unref(ca->arrays[k]);
	ca->n = 0;
}

static void
cue_arrays_free(gpointer data)
{
	cue_arrays_clear(data);
	g_free(data);
}

/* The array of the words of @list (the cues of @lex) in order, this thread's for it. */
static GPtrArray *
thread_cue_array(const CfLexicon *lex, const CueList *list)
{
	static GPrivate key = G_PRIVATE_INIT(cue_arrays_free);
	CueArrays *ca = g_private_get(&key);
	if (ca == NULL) {
		ca = g_new0(CueArrays, 1);
		g_private_set(&key, ca);
	}
	if (ca->serial != lex->serial) {
		cue_arrays_clear(ca);
		ca->serial = lex->serial;
	}
	for (guint k = 0; k < ca->n; k++)
		if (same_cue_list(&ca->lists[k], list))
			return ca->arrays[k];
	if (ca->n == THREAD_CUE_LISTS)
		cue_arrays_clear(ca);
	GPtrArray *words = g_ptr_array_new_full(list->n, g_free);
	for (guint i = 0; i < list->n; i++)
		g_ptr_array_add(words, g_strdup(list->cues[i]->word));
	ca->lists[ca->n] = *list;
	ca->arrays[ca->n++] = words;
	return words;
}

static void
add_cues(Extractor *x, Span *sp, CfClaim *claim, gsize before)
{
	/* most claims have no cue before them */
	if (sp->carried == NULL && (sp->cues->len == 0 || sp->cues->items[0].end > before))
		return;
	/* most claims with cues have one of a few lists (其中, 合计 …): a claim given one before
	 * shares its array, which saves an array and its strings per claim */
	CueList list;
	list.n = 0;
	gboolean fits = sp->carried == NULL || cue_list_add(&list, sp->carried);
	for (guint i = 0; fits && i < sp->cues->len; i++) {
		const CueHit *h = &sp->cues->items[i];
		if (h->end <= before)
			fits = cue_list_add(&list, h->cue);
	}
	if (fits && list.n == 0)
		return;
	for (guint k = 0; fits && k < x->n_cue_lists; k++) {
		const CueList *known = &x->cue_lists[k];
		if (same_cue_list(known, &list)) {
			cf_claim_share_cues(claim, known->claim);
			return;
		}
	}
	if (fits) {
		/* the list holds the words once each, in the order they are added below; a claim
		 * has no cues before these */
		cf_claim_set_shared_cues(claim, thread_cue_array(x->lex, &list));
		if (x->n_cue_lists < CUE_LISTS) {
			list.claim = claim;
			x->cue_lists[x->n_cue_lists++] = list;
		}
		return;
	}
	if (sp->carried)
		cf_claim_add_cue(claim, sp->carried->word);
	for (guint i = 0; i < sp->cues->len; i++) {
		const CueHit *h = &sp->cues->items[i];
		if (h->end <= before)
			cf_claim_add_cue(claim, h->cue->word);
	}
}

/* ---- intervals ---- */

/* One unit of the last non-zero digit of @v: 100 for 200, 1 for 12, 0.1 for 2.5. */
static CfDecimal
last_place(CfDecimal v)
{
	gint64 m = v.mantissa < 0 ? -v.mantissa : v.mantissa;
	int zeros = 0;
	while (m != 0 && m % 10 == 0) {
		m /= 10;
		zeros++;
	}
	CfDecimal one = cf_decimal_from_int(1), out = one;
	if (!cf_decimal_shift(one, zeros - v.scale, &out))
		return one;
	return out;
}

/* Widens @iv around the stated value @v by @q. FALSE on overflow. */
static gboolean
apply_qualifier(const LexQualifier *q, CfDecimal v, CfInterval *iv)
{
	CfDecimal abs_v = v, delta = cf_decimal_from_int(0);
	if (abs_v.mantissa < 0)
		abs_v.mantissa = -abs_v.mantissa;
	if (q->widen_kind == WIDEN_FACTOR && !cf_decimal_mul(q->widen, abs_v, &delta))
		return FALSE;
	delta = cf_decimal_trim(delta);
	switch (q->effect) {
	case CF_QUALIFIER_APPROX:
		return cf_decimal_sub(iv->low, delta, &iv->low) &&
		       cf_decimal_add(iv->high, delta, &iv->high);
	case CF_QUALIFIER_AT_LEAST:
		iv->low = v;
		iv->low_unbounded = FALSE;
		if (q->widen_kind == WIDEN_UNBOUNDED) {
			iv->high_unbounded = TRUE;
			return TRUE;
		}
		if (q->widen_kind == WIDEN_PLACE)
			delta = last_place(v);
		return cf_decimal_add(v, delta, &iv->high);
	case CF_QUALIFIER_AT_MOST:
	case CF_QUALIFIER_BELOW:
		iv->high = v;
		iv->high_unbounded = FALSE;
		if (q->widen_kind == WIDEN_UNBOUNDED) {
			iv->low_unbounded = TRUE;
			return TRUE;
		}
		return cf_decimal_sub(v, delta, &iv->low);
	default:
		return TRUE;
	}
}

/* ---- reading one token ---- */

typedef LexToken Groups;

static inline gboolean
has(const Groups *g, LexPart part)
{
	return (g->set >> part) & 1;
}

static inline gsize
glen(const Groups *g, LexPart part)
{
	return has(g, part) ? g->part_end[part] - g->part_start[part] : 0;
}

/* Drops part @first and those after it (LexPart is pattern order). */
static inline void
unset_from(Groups *g, LexPart first)
{
	g->set &= (1u << first) - 1;
}

/* The end of the last part matched, at least @fallback: parts are in text order (LexPart),
 * the prefix, before the numeral, aside. */
static inline gsize
groups_end(const Groups *g, gsize fallback)
{
	guint32 after_prefix = g->set & ~(1u << LEX_PART_PREFIX);
	if (after_prefix == 0)
		return fallback;
	return MAX(fallback, g->part_end[31 - __builtin_clz(after_prefix)]);
}

/* A before-qualifier ending at @at (spaces between allowed).  Inline in both token paths:
 * most numbers have none, told in a few instructions. */
static inline G_ALWAYS_INLINE const LexQualifier *
qualifier_before(Extractor *x, const Span *sp, gsize at, gsize *start)
{
	const char *s = x->norm;
	while (at > sp->start && (s[at - 1] == ' ' || s[at - 1] == '\t'))
		at--;
	gsize p = prev_char(s, sp->start, at), width;
	if (p == NONE || !char_set_has(&x->lex->before_last, char_at(s + p, &width)))
		return NULL;
	for (guint i = 0; i < x->lex->before_list->len; i++) {
		const LexQualifier *q = x->lex->before_list->pdata[i];
		gsize n = strlen(q->word);
		if (at < sp->start + n || memcmp(s + at - n, q->word, n) != 0)
			continue;
		gsize prev = prev_char(s, sp->start, at - n);
		if (prev != NONE && q->not_after[0] != '\0') {
			gsize len;
			if (utf8_set_contains(q->not_after, char_at(s + prev, &len)))
				continue;
		}
		*start = at - n;
		return q;
	}
	return NULL;
}

/* Integer in a list position (1、 2. （3）): numbering, not a claim. */
static gboolean
is_enumerator(Extractor *x, const Span *sp, const Groups *g, gsize *follower)
{
	const CfLexicon *lex = x->lex;
	const char *s = x->norm;
	LexPart a = LEX_PART_ARABIC;
	if (!has(g, a) || has(g, LEX_PART_PREFIX) || has(g, LEX_PART_BAD))
		return FALSE;
	if (glen(g, a) > 3 || has_byte(s + g->part_start[a], glen(g, a), '.') ||
	    has_byte(s + g->part_start[a], glen(g, a), ','))
		return FALSE;
	/* (no list counts from 0: 0. 14% is a figure with a space after its point) */
	if (s[g->part_start[a]] == '0')
		return FALSE;
	if (has(g, LEX_PART_UNIT) || has(g, LEX_PART_MULT) || has(g, LEX_PART_INSIDE) ||
	    has(g, LEX_PART_RANGE_SEP))
		return FALSE;
	gsize after = g->part_end[a];
	gsize n = 0;
	if (!word_in(lex->enumerator_followers, s + after, sp->end - after, &n))
		return FALSE;
	*follower = n;
	gboolean closing = s[after] == ')' || memcmp(s + after, "\xEF\xBC\x89", MIN(3, sp->end - after)) == 0;
	if (s[after] == '.' && after + 1 < sp->end && g_ascii_isdigit(s[after + 1]))
		return FALSE;
	/* 25. 17%: a percentage with a space after its point, not item 25 */
	if (s[after] == '.' && after + 2 < sp->end && s[after + 1] == ' ' &&
	    g_ascii_isdigit(s[after + 2])) {
		gsize d = after + 2;
		while (d < sp->end && g_ascii_isdigit(s[d]))
			d++;
		if (d < sp->end && s[d] == '%')
			return FALSE;
	}
	gsize prev = prev_char(s, sp->start, g->part_start[a]);
	if (prev == NONE)
		return !closing;
	gsize len;
	gunichar c = char_at(s + prev, &len);
	if (closing)
		return c == '(' || c == 0xFF08;
	return c == ' ' || c == '\n' || c == '\t' || c == 0xFF08 || c == '(' ||
	       is_label_boundary(c) || c == 0x3002 || c == 0x201C;
}

/* Where a minus sign right before the digits at @numeral stands (补充预算周转金-21万元, a table
 * cell "-2"), or NONE: a '-' (a full-width one is normalised to it next to a digit) at
 * the start of its span or after anything but a digit, a letter, a point, a
 * closing parenthesis or a figure that ends right there (10亿-20亿 and 3月-11月 are ranges,
 * 2022-12-31 a date, COVID-19 a name). */
static gsize
minus_before(const Extractor *x, const Span *sp, gsize numeral)
{
	const char *s = x->norm;
	if (numeral <= sp->start || s[numeral - 1] != '-')
		return NONE;
	const gsize sign = numeral - 1;
	gsize prev = prev_char(s, sp->start, sign);
	if (prev == NONE)
		return sign;
	gsize len;
	gunichar c = char_at(s + prev, &len);
	if (c < 0x80 && (g_ascii_isalnum((char)c) || c == '.' || c == '-' || c == ')' || c == '%' ||
			 c == '_' || c == '/'))
		return NONE;
	if (c == 0xFF09 || c == 0x3011)
		return NONE;
	/* a figure ending right at the sign: the sign is a dash between two */
	if (sp->tokens->len > 0 && sp->tokens->items[sp->tokens->len - 1].end == sign)
		return NONE;
	return sign;
}

/* Negates @claim's stated value and *@stated (a minus sign before its digits). */
static void
negate_stated(CfClaim *claim, CfInterval *stated)
{
	claim->stated.mantissa = -claim->stated.mantissa;
	*stated = cf_interval_negated(*stated);
}

/* The end of a list marker "N." that opens the numeral norm[@start, @end) read as one number
 * with the year after it (1.2021年第一批…: item 1 of a list, then 2021年, not 1.2021 years):
 * the heading matcher's 1. before a year (cf_segment_numbering_marker()), at the start of
 * its span or after a space or a label boundary.  0 when there is none. */
static gsize
marker_before_year(const Extractor *x, const Span *sp, gsize start, gsize end)
{
	const char *s = x->norm;
	/* (only 1 or 2 digits, a point and more digits ask the matcher: most numbers do not) */
	if (end - start < 6 || (s[start + 1] != '.' && s[start + 2] != '.'))
		return 0;
	CfHeadingStyle style;
	int ordinal;
	CfRange marker;
	if (!cf_segment_numbering_marker(s, start, sp->end, &style, &ordinal, &marker) ||
	    style != CF_HEADING_ARABIC_DOT || marker.end >= end || !g_ascii_isdigit(s[marker.end]))
		return 0;
	gsize prev = prev_char(s, sp->start, start);
	if (prev != NONE) {
		gsize len;
		gunichar c = char_at(s + prev, &len);
		if (!(c == ' ' || c == '\n' || c == '\t' || c == 0x3000 || is_label_boundary(c) ||
		      c == 0x3002))
			return 0;
	}
	return marker.end;
}

/* cf_number_read() of a numeral, TRUE when it reads.  A plain number (most are) is read
 * inline, into the fields this file uses: status, value, interval, vague, reason. */
static inline void
number_plain(CfNumber *num, CfDecimal value)
{
	num->status = CF_NUMBER_OK;
	num->value = value;
	num->interval = cf_interval_point(value);
	num->vague = FALSE;
	num->reason = NULL;
}

static inline gboolean
read_number(const char *text, gsize length, CfNumber *num)
{
	CfDecimal value;
	if (cf_number_read_plain(text, length, &value)) {
		number_plain(num, value);
		return TRUE;
	}
	cf_number_read(text, length, num);
	return num->status == CF_NUMBER_OK;
}

/* read_number() of the token's numeral @text (@length bytes): the value the matcher read
 * with the Arabic part when it did. */
static inline gboolean
read_numeral(const Groups *g, gboolean arabic, const char *text, gsize length, CfNumber *num)
{
	if (arabic && g->plain) {
		number_plain(num, g->value);
		return TRUE;
	}
	return read_number(text, length, num);
}

static void
set_malformed(CfClaim *claim, const char *reason)
{
	claim->kind = CF_CLAIM_MALFORMED;
	claim->has_value = FALSE;
	claim->reason = pool_copy(claim->pool, reason, strlen(reason), &claim->reason_length);
}

/* The unit of a token as written, from its pieces (multiplier words, unit word) in text
 * order: mostly one stretch of the text (万元), kept as its offsets; pieces apart (2万余元:
 * 万 and 元) are copied into @buffer. */
typedef struct {
	const char *s;
	gsize start, end; /* the stretch of s, while the pieces touch */
	GString *buffer;  /* the pieces when they do not (split) */
	gboolean split;
} UnitText;

static inline void
unit_text_add(UnitText *u, gsize start, gsize end)
{
	if (u->start == u->end) {
		u->start = start;
		u->end = end;
	} else if (!u->split && start == u->end) {
		u->end = end;
	} else {
		if (!u->split) {
			u->buffer->len = 0;
			text_append(u->buffer, u->s + u->start, u->end - u->start);
			u->split = TRUE;
		}
		text_append(u->buffer, u->s + start, end - start);
	}
}

/* The unit text (not NUL-terminated), its length into @length (0 when none). */
static inline const char *
unit_text_get(const UnitText *u, gsize *length)
{
	*length = u->split ? u->buffer->len : u->end - u->start;
	return u->split ? u->buffer->str : u->s + u->start;
}

/* Converts a claim's stated value and stated-domain interval to its base unit. */
static inline void
finish_value(CfClaim *claim, CfInterval stated_interval)
{
	if (!claim->has_value)
		return;
	if (claim->unit_exponent == 0) { /* what the shifts below give for 0, without them */
		claim->value = claim->stated;
		claim->interval = stated_interval;
		return;
	}
	if (!cf_decimal_shift(claim->stated, claim->unit_exponent, &claim->value) ||
	    !cf_interval_shift(stated_interval, claim->unit_exponent, &claim->interval)) {
		set_malformed(claim, "number too large");
		return;
	}
}

static char *
dup_range(const Extractor *x, gsize start, gsize end, guint *stored)
{
	return pool_copy(x->pool, x->norm + start, end - start, stored);
}

/* A new claim of @kind in the document's pool for the token norm[@start, @end), its text
 * copied. */
static inline CfClaim *
new_token_claim(Extractor *x, CfClaimKind kind, gsize start, gsize end)
{
	CfClaim *claim = cf_claim_pool_new_claim(x->pool, kind);
	claim->document = x->doc;
	claim->range.start = start;
	claim->range.end = end;
	claim->text = dup_range(x, start, end, &claim->text_length);
	return claim;
}

/* TRUE when @token's unit makes it part of the name it is right before (measures.ini
 * in-name: 60至69周岁老年人口 is the label of the figure after it, not 老年人口 alone). */
static inline gboolean
in_name(const Extractor *x, const Token *token)
{
	if (token->unit == NULL || !token->unit->in_name)
		return FALSE;
	gunichar next = g_utf8_get_char(x->norm + token->end);
	/* (a footnote marker between them is dropped from the label: 0-14岁[5]人口) */
	return (next >= 0x4E00 && next <= 0x9FFF) || next == '[' || next == 0xFF3B;
}

/* Adds @token (its claim made, its label and cues given) to the span, which is walked up
 * to its end: the claim gets its line, column, length in characters and place. */
static inline void
span_add_token(Extractor *x, Span *sp, const Token *token)
{
	CfClaim *claim = token->claim;
	sp->scan = token->end;
	/* (an ordinal without a measure is part of the name it starts: 第一产业税收 and 第二产业
	 * 税收 are two labels, not one 产业税收) */
	if ((claim->kind != CF_CLAIM_ORDINAL || claim->unit != NULL) && !in_name(x, token))
		sp->label_boundary = token->end;
	sp->colon = NONE;
	locate(x, token->start, &claim->line, &claim->column);
	/* a token is short: counted as the gaps between claims are, its last bytes in one masked
	 * block, not a byte loop */
	gsize token_bytes = token->end - token->start;
	claim->length = token_bytes < LOCATE_INLINE_BYTES
				? short_char_count(x->norm, token->start, token->end)
				: cf_utf8_char_count(x->norm + token->start, token_bytes);
	claim->sentence = sp->sentence;
	claim->table = sp->table_index;
	claim->row = sp->row_index;
	claim->cell_column = sp->column;
	token_list_add(sp->tokens, token);
}

/* Gives @token's claim its label and cues, which come from the text before it (the span
 * walked up to there), and adds it to the span (span_add_token()). */
static inline void
token_finish(Extractor *x, Span *sp, const Token *token)
{
	CfClaim *claim = token->claim;
	/* 11.52%%: the number is right, its sign typed twice (norm ends with a NUL) */
	if (claim->kind == CF_CLAIM_PERCENT && claim->reason == NULL && token->end > token->start &&
	    x->norm[token->end - 1] == '%' && x->norm[token->end] == '%') {
		static const char reason[] = "% written twice";
		claim->reason = pool_copy(x->pool, reason, sizeof reason - 1, &claim->reason_length);
	}
	span_advance(x, sp, token->qualifier_start);
	claim->label = span_label(x, sp, token->qualifier_start, &claim->label_length);
	add_cues(x, sp, claim, token->qualifier_start);
	span_add_token(x, sp, token);
}

/* The kind of claim a number with a unit of @kind is (UNIT_YEAR aside: the number decides);
 * @date set for a month or day. */
static inline CfClaimKind
unit_claim_kind(UnitKind kind, gboolean *date)
{
	switch (kind) {
	case UNIT_AMOUNT: return CF_CLAIM_AMOUNT;
	case UNIT_RATE: return CF_CLAIM_RATE;
	case UNIT_COUNT: return CF_CLAIM_COUNT;
	case UNIT_SCORE: return CF_CLAIM_SCORE;
	case UNIT_PERCENT: return CF_CLAIM_PERCENT;
	case UNIT_DATE:
		*date = TRUE;
		return CF_CLAIM_COUNT;
	case UNIT_QUANTITY:
	case UNIT_YEAR:
	default:
		return CF_CLAIM_QUANTITY;
	}
}

/* Digits in a row, at least, that make a code rather than a number: more than the 18 a
 * figure may have. */
#define CODE_MIN_DIGITS 19

/* TRUE when text[0, @n) is digits only. */
static gboolean
all_digits(const char *text, gsize n)
{
	for (gsize i = 0; i < n; i++)
		if (!g_ascii_isdigit(text[i]))
			return FALSE;
	return TRUE;
}

/* TRUE when text[0, @n) holds three points or more, or two and no @unit follows. */
static gboolean
dotted_identifier(const char *text, gsize n, gboolean unit, gboolean line_start)
{
	guint points = 0, digits = 0;
	gboolean short_parts = TRUE;
	for (gsize i = 0; i < n; i++) {
		if (text[i] == '.') {
			points++;
			short_parts = short_parts && digits > 0;
			digits = 0;
		} else if (++digits > 2)
			short_parts = FALSE;
	}
	/* a section number opening a line, parts of one or two digits, before a word that
	 * reads as a unit (1.1.1年平均气温) */
	return points >= 3 || (points == 2 && (!unit || (line_start && short_parts && digits > 0)));
}

/* TRUE when only spaces stand between @at and the start of its line (or of the text). */
static gboolean
opens_line(const char *s, gsize at)
{
	while (at > 0 && (s[at - 1] == ' ' || s[at - 1] == '\t'))
		at--;
	return at == 0 || s[at - 1] == '\n';
}

/* The commonest token, past the checks every Arabic number gets (identifier, dotted date,
 * list marker): a plain number and a unit word the hand matcher knows, nothing else (no
 * prefix, range, multiplier, inside or after qualifier; 6368 万元, 233家), its unit no year
 * and no spaced_malformed one after spaces.  Its claim as try_token() makes it, without the
 * general path's tests of parts it does not have; a before-qualifier (约) still counts.
 * Held against the general path by /extract/token/plain-unit-as-general. */
static inline gboolean
is_plain_unit(const Extractor *x, const Groups *g)
{
	const guint32 parts = 1u << LEX_PART_ARABIC | 1u << LEX_PART_SPACE | 1u << LEX_PART_UNIT;
	return !x->general && g->set == parts && g->plain && g->unit != NULL &&
	       g->unit->kind != UNIT_YEAR &&
	       !(g->unit->spaced_malformed && glen(g, LEX_PART_SPACE) > 0);
}

static gsize
plain_unit_token(Extractor *x, Span *sp, const Groups *g)
{
	const LexUnit *unit = g->unit;
	gboolean date = FALSE;
	CfClaimKind kind = unit_claim_kind(unit->kind, &date);
	/* a minus sign as try_token() takes it (no year here; no sign on a date) */
	gsize sign = date ? NONE : minus_before(x, sp, g->start);
	gsize start = sign != NONE ? sign : g->start, end = g->part_end[LEX_PART_UNIT];
	gsize qualifier_start = start;
	const LexQualifier *before = qualifier_before(x, sp, start, &qualifier_start);
	if (before == NULL)
		qualifier_start = start;
	gboolean intensive = take_denominator(x, sp, unit, kind, date, &end);
	CfClaim *claim = new_token_claim(x, kind, start, end);
	claim->intensive = intensive;
	claim->unit_exponent = unit->exponent;
	claim->unit = dup_range(x, g->part_start[LEX_PART_UNIT], end, &claim->unit_length);
	claim->stated = g->value;
	CfInterval stated = cf_interval_stated_inline(g->value);
	if (before != NULL) {
		claim->qualifier = before->effect;
		claim->qualifier_text = pool_copy(x->pool, before->word, strlen(before->word),
						  &claim->qualifier_text_length);
		if (!apply_qualifier(before, claim->stated, &stated))
			set_malformed(claim, "number too large");
	}
	if (sign != NONE && claim->has_value)
		negate_stated(claim, &stated);
	finish_value(claim, stated);
	Token token = {claim, unit, start, end, qualifier_start, date, FALSE};
	token_finish(x, sp, &token);
	return end;
}

/* The end of a time of day at @p (9:00, 17:30: hours up to 24, a colon, two digits of
 * minutes under 60, no third part: 5:34:61 is a ratio), or 0. */
static gsize
clock_time_end(const char *s, gsize floor, gsize p, gsize end)
{
	if (!g_ascii_isdigit(s[p]) ||
	    (p > floor && (g_ascii_isdigit(s[p - 1]) || s[p - 1] == '.' || s[p - 1] == ':')))
		return 0;
	gsize q = p;
	while (q < end && q - p < 3 && g_ascii_isdigit(s[q]))
		q++;
	if (q - p > 2 || q + 3 > end || s[q] != ':' || !g_ascii_isdigit(s[q + 1]) ||
	    !g_ascii_isdigit(s[q + 2]))
		return 0;
	int hours = atoi(s + p), minutes = (s[q + 1] - '0') * 10 + (s[q + 2] - '0');
	gsize after = q + 3;
	if (hours > 24 || minutes >= 60 ||
	    (after < end && (g_ascii_isdigit(s[after]) || s[after] == ':' || s[after] == '.')))
		return 0;
	return after;
}

/* Tries a token at @p.  Returns the offset after it (a claim or a rejected number to skip),
 * or 0 when nothing is there. */
static gsize
try_token(Extractor *x, Span *sp, gsize p)
{
	const CfLexicon *lex = x->lex;
	const char *s = x->norm;
	/* a Chinese numeral character alone is a word (统一, 一是): rejected below as one with
	 * no prefix, multiplier or unit, known here without the matcher */
	gsize lone = lexicon_lone_chinese_end(lex, s, sp->end, p);
	if (lone != 0)
		return lone;
	gsize clock = clock_time_end(s, sp->start, p, sp->end);
	if (clock)
		return clock;
	Groups g;
	if (!lexicon_match_token_parts(lex, s, sp->end, p, x->match, &g))
		return 0;
	gboolean arabic = has(&g, LEX_PART_ARABIC);
	LexPart numeral = arabic ? LEX_PART_ARABIC : LEX_PART_CHINESE;
	gsize numeral_end = has(&g, LEX_PART_BAD) ? g.part_end[LEX_PART_BAD] : g.part_end[numeral];

	if (arabic) {
		/* part of an identifier (5G, A4, COVID-19): not a number of the report */
		gsize prev = prev_char(s, sp->start, g.part_start[numeral]);
		if (prev != NONE && is_ascii_letter(s[prev]))
			return numeral_end;
		/* (unless the letter starts its unit: 35.6m³) */
		if (numeral_end < sp->end && is_ascii_letter(s[numeral_end]) &&
		    !(numeral_end + 1 < sp->end && (g_ascii_isdigit(s[numeral_end + 1]) ||
						    s[numeral_end + 1] == ' ')) &&
		    !(has(&g, LEX_PART_UNIT) && g.part_start[LEX_PART_UNIT] == numeral_end))
			return numeral_end;
		/* nineteen digits or more and nothing after them: a code (二级项目编码 |
		 * 440000210000000091236 |), no number of the report */
		if (numeral_end - g.part_start[numeral] >= CODE_MIN_DIGITS &&
		    !has(&g, LEX_PART_UNIT) && !has(&g, LEX_PART_MULT) &&
		    all_digits(s + g.part_start[numeral], numeral_end - g.part_start[numeral]))
			return numeral_end;
		/* a plain number has a point exactly when it has decimals (LexToken.plain) */
		gboolean point = g.plain ? g.value.scale > 0
					 : has_byte(s + g.part_start[numeral], glen(&g, numeral), '.');
		/* a footnote marker ([2]) is no number of the report, and no end of a label */
		if (!point && !has(&g, LEX_PART_UNIT) && !has(&g, LEX_PART_MULT)) {
			gsize marker = footnote_marker_end(s, sp->start, g.part_start[numeral],
							   numeral_end, sp->end);
			if (marker)
				return marker;
		}
		if (point && lexicon_is_dotted_date(lex, s + g.part_start[numeral],
						    glen(&g, numeral), x->match))
			return numeral_end;
		gsize marker_end =
			point ? marker_before_year(x, sp, g.part_start[numeral], numeral_end) : 0;
		if (marker_end) {
			span_advance(x, sp, marker_end);
			sp->label_boundary = marker_end;
			sp->colon = NONE;
			return marker_end;
		}
		/* three points or more, or two without a unit: a version or section number
		 * (11.1.0.11691, 见3.1.2), no amount (1.234.56万元 stays a malformed one) */
		if (point && !g.plain &&
		    dotted_identifier(s + g.part_start[numeral],
				      numeral_end - g.part_start[numeral], has(&g, LEX_PART_UNIT),
				      opens_line(s, g.part_start[numeral])))
			return numeral_end;
		/* a level's ordinal, one digit before 级 and a noun (1级指标, 2级医院): part of a
		 * name */
		static const char level[] = "级";
		if (!point && numeral_end - g.part_start[numeral] == 1 && !has(&g, LEX_PART_UNIT) &&
		    !has(&g, LEX_PART_MULT) && numeral_end + sizeof level - 1 < sp->end &&
		    memcmp(s + numeral_end, level, sizeof level - 1) == 0) {
			gunichar after = g_utf8_get_char(s + numeral_end + sizeof level - 1);
			if (after >= 0x4E00 && after <= 0x9FFF)
				return numeral_end;
		}
		gsize follower = 0;
		if (is_enumerator(x, sp, &g, &follower)) {
			/* 6.离休干部…: a label starts after the list marker */
			span_advance(x, sp, numeral_end + follower);
			sp->label_boundary = numeral_end + follower;
			sp->colon = NONE;
			return numeral_end + follower;
		}
		if (is_plain_unit(x, &g))
			return plain_unit_token(x, sp, &g);
	}

	/* a range whose ends do not read as low-high: only the first number counts */
	CfNumber num, num2; /* read only after read_number() fills them (num.value set for 近万) */
	gsize chinese_mult_start = NONE;
	int exponent = 0;
	const char *ntext = s + g.part_start[numeral];
	gsize nlength = glen(&g, numeral);
	if (!arabic) {
		/* trailing 万/亿 of a Chinese numeral are its multiplier (一千九百万 = 1900 × 10^4) */
		while (nlength > 0) {
			gsize q = prev_char(s, g.part_start[numeral], g.part_start[numeral] + nlength);
			gsize ml = 0;
			int e = multiplier_exponent(lex, s + q, g.part_start[numeral] + nlength - q, &ml);
			if (e < 4 || ml != g.part_start[numeral] + nlength - q)
				break;
			exponent += e;
			nlength = q - g.part_start[numeral];
			chinese_mult_start = q;
		}
		/* Chinese numerals with no prefix, multiplier or unit are words (一是, 统一): the
		 * rejection below, without what comes before it */
		if (chinese_mult_start == NONE && !has(&g, LEX_PART_PREFIX) &&
		    !has(&g, LEX_PART_MULT) && !has(&g, LEX_PART_MULT2) &&
		    !has(&g, LEX_PART_UNIT))
			return g.part_end[numeral];
		/* a score word right before 比, 率, 点, 位 or 制 makes a word of a measure
		 * (百分比, 千分率, 百分点, 百分位, 百分制), no score */
		if (has(&g, LEX_PART_UNIT) && g.unit != NULL && g.unit->kind == UNIT_SCORE &&
		    !has(&g, LEX_PART_MULT2)) {
			static const char *const words[] = {"比", "率", "点", "位", "制"};
			gsize end = g.part_end[LEX_PART_UNIT];
			for (guint i = 0; i < G_N_ELEMENTS(words); i++)
				if (end + 3 <= sp->end && memcmp(s + end, words[i], 3) == 0)
					return end + 3;
		}
		/* one numeral character and a unit alone between a 、 and a 、 or 等 are a name in
		 * a list of names (新政、三元、双胜、永乐等24个道班; not 三百元、五百元) */
		if (has(&g, LEX_PART_UNIT) && chinese_mult_start == NONE &&
		    g_utf8_next_char(s + g.part_start[numeral]) == s + g.part_end[numeral] &&
		    !has(&g, LEX_PART_PREFIX) && !has(&g, LEX_PART_MULT) &&
		    !has(&g, LEX_PART_MULT2)) {
			static const char mark[] = "、", etc[] = "等";
			gsize start = g.part_start[numeral], end = g.part_end[LEX_PART_UNIT];
			gsize m = sizeof mark - 1;
			gboolean after_mark =
				start >= sp->start + m && memcmp(s + start - m, mark, m) == 0;
			gboolean before_mark =
				end + m <= sp->end && (memcmp(s + end, mark, m) == 0 ||
						       memcmp(s + end, etc, sizeof etc - 1) == 0);
			if (after_mark && before_mark)
				return end;
		}
	}
	if (has(&g, LEX_PART_RANGE_SEP)) {
		LexPart second = has(&g, LEX_PART_ARABIC2) ? LEX_PART_ARABIC2 : LEX_PART_CHINESE2;
		gboolean ok = read_numeral(&g, arabic, ntext, nlength, &num) &&
			      read_number(s + g.part_start[second], glen(&g, second), &num2) &&
			      cf_decimal_compare(num.value, num2.value) < 0 &&
			      chinese_mult_start == NONE;
		if (!ok) {
			unset_from(&g, LEX_PART_RANGE_SEP);
			exponent = 0;
			if (!arabic)
				return g.part_end[numeral];
		}
	}

	/* prefixes */
	gboolean percent_prefix = FALSE, ordinal_prefix = FALSE;
	if (has(&g, LEX_PART_PREFIX)) {
		percent_prefix = word_in(lex->percent_prefixes, s + g.part_start[LEX_PART_PREFIX],
					 glen(&g, LEX_PART_PREFIX), NULL);
		ordinal_prefix = !percent_prefix;
		if (percent_prefix)
			unset_from(&g, LEX_PART_MULT);
	}

	/* multipliers after Arabic digits, and after 余/多 */
	gsize mult_text_start = NONE, mult_text_end = NONE;
	UnitText unit_text = {s, 0, 0, x->unit_text, FALSE};
	if (chinese_mult_start != NONE) {
		unit_text_add(&unit_text, chinese_mult_start, g.part_end[numeral]);
		mult_text_start = chinese_mult_start;
		mult_text_end = g.part_end[numeral];
	}
	const LexPart mults[] = {LEX_PART_MULT, LEX_PART_MULT2};
	/* a multiplier written twice in a row (12002.41万万元) counts once, noted */
	gboolean doubled = FALSE;
	gsize previous_word = NONE, previous_length = 0;
	for (guint k = 0; k < 2; k++) {
		if (!has(&g, mults[k]))
			continue;
		for (gsize q = g.part_start[mults[k]]; q < g.part_end[mults[k]];) {
			gsize ml = 1;
			int e = multiplier_exponent(lex, s + q, g.part_end[mults[k]] - q, &ml);
			if (previous_word != NONE && previous_word + previous_length == q &&
			    previous_length == ml && memcmp(s + previous_word, s + q, ml) == 0)
				doubled = TRUE;
			else
				exponent += e;
			previous_word = q;
			previous_length = ml;
			q += ml;
		}
		unit_text_add(&unit_text, g.part_start[mults[k]], g.part_end[mults[k]]);
		mult_text_start = g.part_start[mults[k]];
		mult_text_end = g.part_end[mults[k]];
	}

	/* the unit: 万元 (a multiplier right before a unit may form a unit of its own) */
	const LexUnit *unit = NULL;
	LexPart u = LEX_PART_UNIT;
	if (has(&g, u) && !percent_prefix) {
		if (mult_text_end == g.part_start[u]) {
			/* the last multiplier word right before the unit */
			gsize last = mult_text_start, last_length = 0;
			int last_exponent = 0, last_index = -1;
			for (gsize q = mult_text_start; q < mult_text_end;) {
				gsize ml = 1;
				int i = multiplier_at(lex, s + q, mult_text_end - q, &ml);
				last = q;
				last_length = ml;
				last_index = i;
				last_exponent = i < 0 ? 0 : lex->multiplier_exponents[i];
				q += ml;
			}
			/* a multiplier word ends at the unit: its units looked up without a copy and
			 * a hash (the look-up's 64-byte limit kept) */
			if (last_length > 0 && last_index >= 0 && g.part_end[u] - last < 64)
				unit = multiplier_unit(lex, last_index, s + g.part_start[u],
						       glen(&g, u));
			else if (last_length > 0)
				unit = lexicon_lookup_unit(lex, s + last, g.part_end[u] - last);
			if (unit != NULL && unit->multiplied)
				unit = NULL;
			if (unit != NULL)
				exponent -= last_exponent;
		}
		/* the matcher's entry for the unit word when it knows it: the same lookup */
		if (unit == NULL)
			unit = g.unit != NULL ? g.unit
					      : lexicon_lookup_unit(lex, s + g.part_start[u], glen(&g, u));
		unit_text_add(&unit_text, g.part_start[u], g.part_end[u]);
		if (unit)
			exponent += unit->exponent;
	} else if (has(&g, u)) {
		unset_from(&g, LEX_PART_SPACE);
	}

	gsize unit_length;
	const char *unit_word = unit_text_get(&unit_text, &unit_length);

	/* a minus sign (补充预算周转金-21万元); not on a year, an ordinal or a date (below) */
	gsize sign = arabic && !has(&g, LEX_PART_PREFIX) && !has(&g, LEX_PART_RANGE_SEP)
			     ? minus_before(x, sp, g.start)
			     : NONE;

	/* before-qualifier */
	gsize token_start = sign != NONE ? sign : g.start;
	gsize qualifier_start = token_start;
	const LexQualifier *before = qualifier_before(x, sp, token_start, &qualifier_start);
	if (before == NULL)
		qualifier_start = token_start;

	/* what kind of claim, if any */
	CfClaimKind kind = CF_CLAIM_NUMBER;
	gboolean date = FALSE, bare = FALSE, reject = FALSE;
	if (percent_prefix) {
		kind = CF_CLAIM_PERCENT;
	} else if (ordinal_prefix) {
		kind = CF_CLAIM_ORDINAL;
	} else if (unit != NULL) {
		if (!arabic && !unit->chinese)
			reject = TRUE;
		if (unit->kind == UNIT_YEAR) {
			gboolean year = arabic && exponent == unit->exponent && nlength == 4 &&
					!has(&g, LEX_PART_RANGE_SEP);
			if (year) {
				int y = 0;
				for (gsize q = 0; q < 4; q++)
					year = year && g_ascii_isdigit(ntext[q]),
					y = y * 10 + (ntext[q] - '0');
				year = year && y >= lex->year_min && y <= lex->year_max;
			}
			kind = year ? CF_CLAIM_YEAR : CF_CLAIM_QUANTITY;
		} else {
			kind = unit_claim_kind(unit->kind, &date);
		}
	} else if (unit_length > 0) {
		/* a bare 万/亿: money shorthand in a money context, else a number × 10^n */
		const LexUnit *shorthand = lexicon_lookup_unit(lex, unit_word, unit_length);
		if (shorthand && shorthand->kind == UNIT_AMOUNT && span_is_money(x, sp) &&
		    !(!arabic && magnitudes_only(ntext, nlength) &&
		      ideograph_at(s, g.end, sp->end))) {
			unit = shorthand;
			kind = CF_CLAIM_AMOUNT;
			exponent = shorthand->exponent;
		} else if (!arabic) {
			reject = TRUE;
		}
	} else if (!arabic) {
		reject = TRUE;
	} else {
		bare = TRUE;
	}
	/* a Chinese numeral that is only a multiplier (万人) needs a qualifier: 近万人 */
	if (!arabic && nlength == 0 && before == NULL)
		reject = TRUE;
	if (reject) {
		return g.part_end[numeral];
	}
	if (sign != NONE && (kind == CF_CLAIM_YEAR || kind == CF_CLAIM_ORDINAL || date)) {
		sign = NONE;
		token_start = qualifier_start = g.start;
		before = qualifier_before(x, sp, token_start, &qualifier_start);
		if (before == NULL)
			qualifier_start = token_start;
	}

	gsize token_end = groups_end(&g, numeral_end);
	/* a count or quantity per unit of something (380公斤/亩): the denominator is the unit's */
	gsize unit_end = token_end;
	gboolean intensive = take_denominator(x, sp, unit, kind,
					      date || !has(&g, u) || token_end != g.part_end[u],
					      &unit_end);
	if (unit_end != token_end) {
		unit_text_add(&unit_text, token_end, unit_end);
		unit_word = unit_text_get(&unit_text, &unit_length);
		token_end = unit_end;
	}

	CfClaim *claim = new_token_claim(x, kind, token_start, token_end);
	claim->intensive = intensive;
	claim->unit_exponent = exponent;
	if (percent_prefix)
		claim->unit = pool_copy(x->pool, "%", 1, &claim->unit_length);
	else if (unit_length > 0)
		claim->unit = pool_copy(x->pool, unit_word, unit_length, &claim->unit_length);

	/* the value */
	CfInterval stated = {0};
	const LexQualifier *inside = NULL, *after = NULL;
	if (has(&g, LEX_PART_BAD)) {
		set_malformed(claim, "letters among digits");
	} else if (nlength > 0 && !read_numeral(&g, arabic, ntext, nlength, &num) && !arabic) {
		/* Chinese characters that do not read as a numeral are words, not numbers */
		cf_claim_free(claim);
		return g.part_end[numeral];
	} else if (nlength > 0 && num.status != CF_NUMBER_OK) {
		set_malformed(claim, num.reason ? num.reason : "not a number");
	} else {
		if (nlength == 0) /* 近万人: the numeral is the multiplier alone */
			num.value = cf_decimal_from_int(1);
		claim->stated = num.value;
		if (nlength == 0 || kind == CF_CLAIM_YEAR || kind == CF_CLAIM_ORDINAL) {
			stated = cf_interval_point(num.value);
		} else if (num.vague) {
			stated = num.interval;
			claim->qualifier = CF_QUALIFIER_RANGE;
		} else {
			stated = cf_interval_stated_inline(num.value);
		}
		if (has(&g, LEX_PART_RANGE_SEP)) {
			LexPart second =
				has(&g, LEX_PART_ARABIC2) ? LEX_PART_ARABIC2 : LEX_PART_CHINESE2;
			read_number(s + g.part_start[second], glen(&g, second), &num2);
			stated = cf_interval_make(num.value, num2.value);
			claim->qualifier = CF_QUALIFIER_RANGE;
			claim->qualifier_text = dup_range(x, g.part_start[LEX_PART_RANGE_SEP],
							  g.part_end[LEX_PART_RANGE_SEP],
							  &claim->qualifier_text_length);
		}
		if (has(&g, LEX_PART_INSIDE))
			inside = lexicon_lookup_qualifier(lex, s + g.part_start[LEX_PART_INSIDE],
							  glen(&g, LEX_PART_INSIDE));
		if (has(&g, LEX_PART_AFTER))
			after = lexicon_lookup_qualifier(lex, s + g.part_start[LEX_PART_AFTER],
							 glen(&g, LEX_PART_AFTER));
		const LexQualifier *qs[] = {inside, after, before};
		gboolean ok = TRUE;
		for (guint k = 0; k < 3 && (inside || after || before); k++)
			if (qs[k] && !apply_qualifier(qs[k], claim->stated, &stated))
				ok = FALSE;
		const LexQualifier *shown = before ? before : inside ? inside : after;
		if (shown) {
			claim->qualifier = shown->effect;
			claim->qualifier_text = pool_copy(x->pool, shown->word, strlen(shown->word),
							  &claim->qualifier_text_length);
		}
		if (!ok)
			set_malformed(claim, "number too large");
		/* the spacing is wrong, the number is not: the claim keeps its kind (下降 6.00 % is
		 * checked) and says what is wrong (the malformed family notes it) */
		if (unit && unit->spaced_malformed && glen(&g, LEX_PART_SPACE) > 0) {
			g_autofree char *reason = g_strdup_printf(
				"%s before %s",
				s[g.part_start[LEX_PART_SPACE]] == '.' ? "a stray point" : "space",
				unit->word);
			claim->reason =
				pool_copy(x->pool, reason, strlen(reason), &claim->reason_length);
		}
		if (doubled) {
			static const char reason[] = "the multiplier written twice";
			claim->reason = pool_copy(x->pool, reason, sizeof reason - 1,
						  &claim->reason_length);
		}
	}
	if (claim->kind == CF_CLAIM_YEAR || claim->kind == CF_CLAIM_ORDINAL)
		claim->unit_exponent = 0;
	if (sign != NONE && claim->has_value)
		negate_stated(claim, &stated);
	finish_value(claim, stated);

	Token token = {claim, unit, token_start, token_end, qualifier_start, date, bare};
	token_finish(x, sp, &token);
	return token_end;
}

/* A cell that is one plain number and nothing else ("6368", "25.20": most table cells): its
 * token and claim as span_scan() and try_token() make them, without the candidate scan, the
 * matcher and the walk (a bare number at the start of its span has no label, cue, qualifier
 * or unit of its own; the table gives them).  Only where the hand matcher reads the token
 * (its ARABIC syntax is cf_number_read_plain()'s); FALSE, nothing done, for any other cell
 * and a dotted date.  Held against the general path by /extract/cell/plain-as-general. */
static gboolean
cell_plain_token(Extractor *x, Span *sp)
{
	const char *s = x->norm;
	gsize start = sp->start, end = sp->end;
	CfDecimal value;
	if (x->general || x->lex->matcher == NULL || (guchar)(s[start] - '0') >= 10 ||
	    !cf_number_read_plain(s + start, end - start, &value))
		return FALSE;
	if (value.scale > 0 && lexicon_is_dotted_date(x->lex, s + start, end - start, x->match))
		return FALSE;
	CfClaim *claim = new_token_claim(x, CF_CLAIM_NUMBER, start, end);
	claim->stated = value;
	finish_value(claim, cf_interval_stated_inline(value));
	Token token = {claim, NULL, start, end, start, FALSE, TRUE};
	span_add_token(x, sp, &token);
	return TRUE;
}

/* ---- arithmetic ---- */

/* TRUE when norm[from, to) is spaces, one word of @ops, spaces. */
static G_GNUC_NO_INLINE gboolean
gap_is_word(const Extractor *x, gsize from, gsize to, char *const *ops)
{
	const char *s = x->norm;
	while (from < to && (s[from] == ' ' || s[from] == '\t'))
		from++;
	while (to > from && (s[to - 1] == ' ' || s[to - 1] == '\t'))
		to--;
	gsize n = 0;
	return from < to && word_in(ops, s + from, to - from, &n) && n == to - from;
}

/* gap_is_word() of a gap short enough to be one. */
static inline gboolean
gap_is(const Extractor *x, gsize from, gsize to, char *const *ops)
{
	/* most gaps are prose: longer than any operator with a little space around it (told
	 * here, without a call) */
	return to - from <= 16 && gap_is_word(x, from, to, ops);
}

/* An expression's token and the token it goes after. */
typedef struct {
	guint after;
	Token token;
} Insert;

static void
find_expressions(Extractor *x, Span *sp)
{
	const CfLexicon *lex = x->lex;
	TokenList *t = sp->tokens;
	GArray *inserts = NULL;
	for (guint i = 0; i < t->len; i++) {
		guint j = i;
		while (j + 1 < t->len &&
		       (gap_is(x, t->items[j].end, t->items[j + 1].start,
			       lex->op_times) ||
			gap_is(x, t->items[j].end, t->items[j + 1].start,
			       lex->op_plus)))
			j++;
		if (j == i || j + 1 >= t->len ||
		    !gap_is(x, t->items[j].end, t->items[j + 1].start,
			    lex->op_equals))
			continue;
		Token *first = &t->items[i];
		Token *result = &t->items[j + 1];
		for (guint k = i; k <= j + 1; k++)
			t->items[k].date = FALSE; /* 12月 counts as an operand */
		CfClaim *e = cf_claim_pool_new_claim(x->pool, CF_CLAIM_EXPRESSION);
		const CfClaim *r = result->claim;
		e->document = r->document;
		e->stated = r->stated;
		e->value = r->value;
		e->interval = r->interval;
		e->has_value = r->has_value;
		e->unit_exponent = r->unit_exponent;
		/* one pool: the strings are shared, not copied */
		e->unit = r->unit;
		e->unit_length = r->unit_length;
		e->label = first->claim->label;
		e->label_length = first->claim->label_length;
		/* the same cues, without duplicates: the same array */
		cf_claim_share_cues(e, first->claim);
		e->range.start = first->start;
		e->range.end = result->end;
		e->text = dup_range(x, first->start, result->end, &e->text_length);
		e->line = first->claim->line;
		e->column = first->claim->column;
		e->length = cf_document_char_count(x->doc, first->start, result->end);
		e->sentence = first->claim->sentence;
		e->table = first->claim->table;
		e->row = first->claim->row;
		e->cell_column = first->claim->cell_column;
		Token et = {e, result->unit, first->start, result->end, first->qualifier_start, FALSE,
			    FALSE};
		/* right after its first operand (the order claims are sorted in): placed below */
		if (inserts == NULL)
			inserts = g_array_new(FALSE, FALSE, sizeof(Insert));
		Insert in = {i, et};
		g_array_append_val(inserts, in);
		i = j + 1; /* the result: the loop goes on after it */
	}
	if (inserts == NULL)
		return;
	/* every expression after its first operand, the tokens moved once from the end (an
	 * insertion each moved the rest of the span: n² for a line of n expressions) */
	guint n = inserts->len, src = t->len;
	for (guint k = 0; k < n; k++)
		token_list_add(t, &g_array_index(inserts, Insert, 0).token); /* room */
	guint dst = t->len;
	for (guint k = n; k-- > 0;) {
		const Insert *in = &g_array_index(inserts, Insert, k);
		while (src > in->after + 1)
			t->items[--dst] = t->items[--src];
		t->items[--dst] = in->token;
	}
	g_array_unref(inserts);
}

/* ---- spans ---- */

static void
span_init(Extractor *x, Span *sp, gsize start, gsize end)
{
	/* every field set one by one: a compound literal or memset() clears the whole struct
	 * first (one span per sentence and cell) */
	sp->start = sp->scan = sp->clause_start = sp->label_boundary = start;
	sp->end = end;
	sp->skip_start = sp->skip_end = NONE;
	sp->sentence = G_MAXUINT;
	sp->table = NULL;
	sp->table_index = sp->row_index = sp->column = -1;
	sp->column_meaning = CF_CLAIM_N_KINDS;
	sp->column_unit = NULL;
	sp->colon = NONE;
	sp->before_colon = start;
	sp->paren_stack = &x->paren_stack;
	sp->cues = &x->cues;
	sp->carried = NULL;
	sp->money = -1;
	sp->tokens = &x->tokens;
	x->cues.len = 0;
	x->tokens.len = 0;
	x->paren_stack.len = 0;
}

/* A loop of its own (cf-extract-private.h): most characters are no candidate, and the
 * scan's state stays out of it. */
G_GNUC_NO_INLINE gsize
extract_next_candidate(const CfLexicon *lex, const guchar *s, gsize p, gsize end, gsize *n)
{
	while (p < end) {
		guchar b = s[p];
		if ((b & 0xF0) == 0xE0) {
			/* most of the text: a run of three-byte characters, each one's bit read from
			 * its bytes, in a loop of its own */
			const guchar *q = s + p, *stop = s + end;
			do {
				if (bits_have3(lex->candidate, q)) {
					*n = 3;
					return (gsize)(q - s);
				}
				q += 3;
			} while (q < stop && (*q & 0xF0) == 0xE0);
			p = (gsize)(q - s);
			continue;
		}
		if (b < 0x80) {
			if ((guchar)(b - '0') < 10) {
				*n = 1;
				return p;
			}
			p++;
			continue;
		}
		gsize length;
		gunichar c = char_at((const char *)s + p, &length);
		if (lexicon_is_candidate(lex, c)) {
			*n = length;
			return p;
		}
		p += length;
	}
	return end;
}

/* Buckets of the candidate filter (bits of a byte). */
#define CANDIDATE_BUCKETS 8

void
extract_fill_candidate_filter(CfLexicon *lex)
{
	CandidateFilter *f = &lex->candidate_filter;
	memset(f, 0, sizeof *f);
	/* the byte loop after the blocks may start inside a character: its continuation bytes
	 * read as U+FFFD one by one, which must not be a candidate */
	f->usable = !lexicon_is_candidate(lex, 0xFFFD);
	guint pages = 0;
	gunichar last_page = G_MAXUINT32;
	for (gunichar c = 0x80; c < 65536 && f->usable; c++) {
		if (lex->candidate[c >> 3] == 0) { /* eight code points at a time: most are none */
			c |= 7;
			continue;
		}
		if (!lexicon_is_candidate(lex, c))
			continue;
		if (c < 0x800) { /* a two-byte candidate: the filter knows three-byte ones only */
			f->usable = FALSE;
			break;
		}
		/* the characters of one page of 64 share their first two bytes: one bucket */
		if (c >> 6 != last_page) {
			last_page = c >> 6;
			pages++;
		}
		guint8 bit = (guint8)(1u << ((pages - 1) % CANDIDATE_BUCKETS));
		guchar bytes[3] = {(guchar)(0xE0 | (c >> 12)), (guchar)(0x80 | ((c >> 6) & 0x3F)),
				   (guchar)(0x80 | (c & 0x3F))};
		for (guint k = 0; k < 3; k++) {
			f->low[k][bytes[k] & 0x0F] |= bit;
			f->high[k][bytes[k] >> 4] |= bit;
		}
	}
}

#ifdef EXTRACT_SSSE3
/* The filter's tables as vectors: 16 bytes, or the same 16 in both lanes of 32 (PSHUFB looks
 * up lane by lane). */
static inline CfUBytes16
candidate_table16(const guint8 *table)
{
	CfUBytes16 t;
	memcpy(&t, table, sizeof t);
	return t;
}

__attribute__((target("avx2"))) static inline CfUBytes32
candidate_table32(const guint8 *table)
{
	return (CfUBytes32)_mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)table));
}

/* Each byte's high nibble (a 16-bit shift: the vector extensions shift byte by byte, dearer). */
static inline CfUBytes16
high_nibbles16(CfUBytes16 v)
{
	return (CfUBytes16)_mm_srli_epi16((__m128i)v, 4) & 0x0F;
}

__attribute__((target("avx2"))) static inline CfUBytes32
high_nibbles32(CfUBytes32 v)
{
	return (CfUBytes32)_mm256_srli_epi16((__m256i)v, 4) & 0x0F;
}

/* The buckets each byte of @v is in as byte @k of a character: two table look-ups. */
#define BUCKETS_OF(v, k, table, upper, lookup) \
	(lookup(table(f->low[k]), (v)&0x0F) & lookup(table(f->high[k]), upper(v)))

/* The body of next_candidate_ssse3() and next_candidate_avx2(), written once for both widths:
 * @UBytes and @Bytes the vector types (cf-simd.h), @table and @upper the helpers above,
 * @lookup and @movemask the width's PSHUFB and byte mask; @width bytes a step while @width + 2
 * readable bytes are left.  A position is kept when its three bytes share a bucket
 * (CandidateFilter) or it holds an ASCII digit. */
#define CANDIDATE_BLOCKS(UBytes, Bytes, width, table, upper, lookup, movemask)                    \
	do {                                                                                      \
		const CandidateFilter *f = &lex->candidate_filter;                                \
		for (; p < end; p += (width)) {                                                   \
			if (limit - p < (width) + 2) {                                            \
				*stopped = p;                                                     \
				return G_MAXSIZE;                                                 \
			}                                                                         \
			UBytes v0, v1, v2;                                                        \
			memcpy(&v0, s + p, sizeof v0);                                            \
			memcpy(&v1, s + p + 1, sizeof v1);                                        \
			memcpy(&v2, s + p + 2, sizeof v2);                                        \
			UBytes buckets = BUCKETS_OF(v0, 0, table, upper, lookup) &                \
					 BUCKETS_OF(v1, 1, table, upper, lookup) &                \
					 BUCKETS_OF(v2, 2, table, upper, lookup);                 \
			guint mask = movemask((Bytes)((buckets != 0) | (v0 - '0' <= 9)));         \
			if (end - p < (width))                                                    \
				mask &= (1u << (end - p)) - 1;                                    \
			for (; mask != 0; mask &= mask - 1) {                                     \
				gsize q = p + (guint)__builtin_ctz(mask);                         \
				if ((guchar)(s[q] - '0') < 10) {                                  \
					*n = 1;                                                   \
					return q;                                                 \
				}                                                                 \
				if ((s[q] & 0xF0) == 0xE0 && bits_have3(lex->candidate, s + q)) { \
					*n = 3;                                                   \
					return q;                                                 \
				}                                                                 \
			}                                                                         \
		}                                                                                 \
		return end;                                                                       \
	} while (0)

/* The blocks of extract_next_candidate_valid(): the first candidate in s[p, end) found 16
 * bytes a step, @end when there is none, or G_MAXSIZE with where the blocks stopped (short
 * of the last 18 readable bytes, s[0, limit)) in *@stopped.  A block may reach past @end:
 * only its positions before @end count.  In valid UTF-8 an ASCII byte and a lead byte E0-EF
 * always start a character (and a character starting before @end ends there, @end being a
 * character boundary), so a position the filter keeps is read as one; the filter keeps
 * every candidate, and each position it keeps is checked against the candidate bits. */
__attribute__((target("ssse3"))) static gsize
next_candidate_ssse3(const CfLexicon *lex, const guchar *s, gsize p, gsize end, gsize limit,
		     gsize *n, gsize *stopped)
{
	CANDIDATE_BLOCKS(CfUBytes16, CfBytes16, 16, candidate_table16, high_nibbles16,
			 cf_simd_lookup16, cf_simd_movemask16);
}

/* next_candidate_ssse3() 32 bytes a step, for CPUs with AVX2 (short of the last 34 readable
 * bytes: the 16-byte steps go on from there). */
__attribute__((target("avx2"))) static gsize
next_candidate_avx2(const CfLexicon *lex, const guchar *s, gsize p, gsize end, gsize limit,
		    gsize *n, gsize *stopped)
{
	CANDIDATE_BLOCKS(CfUBytes32, CfBytes32, 32, candidate_table32, high_nibbles32,
			 cf_simd_lookup32, cf_simd_movemask32);
}
#endif

/* Whether extract_next_candidate_valid() may take its blocks: SSSE3 and a usable filter. */
static gboolean
candidate_blocks_usable(const CfLexicon *lex)
{
#ifdef EXTRACT_SSSE3
	static int ssse3 = -1;
	if (G_UNLIKELY(ssse3 < 0))
		ssse3 = __builtin_cpu_supports("ssse3") ? 1 : 0;
	return ssse3 && lex->candidate_filter.usable;
#else
	(void)lex;
	return FALSE;
#endif
}

/* extract_next_candidate_valid() with its blocks taken when @blocks (which
 * candidate_blocks_usable() said), else extract_next_candidate(). */
static inline gsize
next_candidate(const CfLexicon *lex, gboolean blocks, const guchar *s, gsize p, gsize end,
	       gsize limit, gsize *n)
{
#ifdef EXTRACT_SSSE3
	if (blocks) {
		gsize found;
		if (end - p > 16 && cf_simd_cpu_avx2()) {
			found = next_candidate_avx2(lex, s, p, end, limit, n, &p);
			if (found != G_MAXSIZE)
				return found;
		}
		found = next_candidate_ssse3(lex, s, p, end, limit, n, &p);
		if (found != G_MAXSIZE)
			return found;
	}
#else
	(void)blocks;
	(void)limit;
#endif
	return extract_next_candidate(lex, s, p, end, n);
}

gsize
extract_next_candidate_valid(const CfLexicon *lex, const guchar *s, gsize p, gsize end,
			     gsize limit, gsize *n)
{
	return next_candidate(lex, candidate_blocks_usable(lex), s, p, end, limit, n);
}

/* Finds every token of the span. */
static void
span_scan(Extractor *x, Span *sp)
{
	const CfLexicon *lex = x->lex;
	const guchar *s = (const guchar *)x->norm;
	gsize p = sp->start, end = sp->end, n;
	while ((p = next_candidate(lex, x->candidate_blocks, s, p, end, x->readable, &n)) < end) {
		gboolean chinese = s[p] >= 0x80;
		if (p >= sp->skip_start && p < sp->skip_end) {
			p = sp->skip_end;
			continue;
		}
		gsize next = try_token(x, sp, p);
		if (next > p) {
			p = next;
			continue;
		}
		/* not a number here: skip the whole run of numeral characters */
		p += n;
		while (chinese && p < end && s[p] >= 0x80) {
			gunichar c = char_at((const char *)s + p, &n);
			if (!lexicon_is_candidate(lex, c))
				break;
			p += n;
		}
		if (!chinese)
			while (p < end && g_ascii_isdigit(s[p]))
				p++;
	}
}

/* ---- respective lists: 收入总计、支出总计分别为A万元、B万元 ---- */

/* Whether @s + @p starts with @word; its length into @n. */
static inline gboolean
word_at(const char *s, gsize p, gsize end, const char *word, gsize *n)
{
	*n = strlen(word);
	return p + *n <= end && memcmp(s + p, word, *n) == 0;
}

/* TRUE when one of @words (NULL-terminated) starts at @p (before @to); its length in *@n. */
static gboolean
word_among(const char *s, gsize p, gsize to, const char *const *words, gsize *n)
{
	for (guint i = 0; words[i]; i++)
		if (word_at(s, p, to, words[i], n))
			return TRUE;
	return FALSE;
}

/* Whether the text [@from, @to) only separates two figures of a list: 、，, 和 及 与 and
 * spaces. */
static gboolean
only_list_separators(const char *s, gsize from, gsize to)
{
	static const char *const separators[] = {"、", "，", ",", "和", "及", "与", " ", NULL};
	for (gsize p = from; p < to;) {
		gsize n = 0;
		if (!word_among(s, p, to, separators, &n))
			return FALSE;
		p += n;
	}
	return TRUE;
}

/* Where the respective word before @q stands (分别, 各, 依次, followed only by 为/是/达/有 or a
 * colon): its start, or NONE. */
static gsize
respective_marker(const char *s, gsize floor, gsize q)
{
	static const char *const verbs[] = {"为", "是", "达", "有", "：", ":", " ", NULL};
	static const char *const markers[] = {"分别", "依次", "各", NULL};
	gsize p = q;
	/* back over the verb: at most two of its characters */
	for (guint k = 0; k < 2 && p > floor; k++) {
		gsize before = prev_char(s, floor, p), n;
		gboolean verb = FALSE;
		for (guint i = 0; verbs[i] && !verb; i++)
			verb = word_at(s, before, p, verbs[i], &n) && before + n == p;
		if (!verb)
			break;
		p = before;
	}
	if (p == q)
		return NONE;
	for (guint i = 0; markers[i]; i++) {
		gsize n = strlen(markers[i]);
		if (p >= floor + n && memcmp(s + p - n, markers[i], n) == 0)
			return p - n;
	}
	return NONE;
}

/* The items a respective list names, [@b, @e) split at 、 (and the last one at 和, 及 or 与
 * when that makes @want of them): their ranges into @items (2 × @want), TRUE when there are
 * @want of them. */
static gboolean
respective_items(const char *s, gsize b, gsize e, guint want, gsize *items)
{
	guint n = 0;
	gsize start = b;
	for (gsize p = b; p < e;) {
		gsize len;
		if (word_at(s, p, e, "、", &len)) {
			if (n == want)
				return FALSE;
			items[2 * n] = start;
			items[2 * n + 1] = p;
			n++;
			start = p + len;
			p += len;
			continue;
		}
		p += g_utf8_skip[(guchar)s[p]];
	}
	if (n == want)
		return FALSE;
	items[2 * n] = start;
	items[2 * n + 1] = e;
	n++;
	if (n + 1 == want) {
		/* the last one joined by 和, 及 or 与 (收入总计和支出总计) */
		static const char *const joins[] = {"和", "及", "与", NULL};
		gsize last_start = items[2 * (n - 1)], last_end = items[2 * (n - 1) + 1];
		for (gsize p = last_end; p > last_start;) {
			p = prev_char(s, last_start, p);
			gsize len;
			for (guint i = 0; joins[i]; i++) {
				if (p > last_start && word_at(s, p, last_end, joins[i], &len)) {
					items[2 * (n - 1) + 1] = p;
					items[2 * n] = p + len;
					items[2 * n + 1] = last_end;
					return TRUE;
				}
			}
		}
		return FALSE;
	}
	return n == want;
}

/* Where, in the last of @n names (@ranges, stripped), the part the earlier names leave out
 * starts, or NONE: 收、支总计 (总计), 甲、乙单位采购规模 (单位采购规模), 一般公共预算、政府性
 * 基金预算财政拨款 (财政拨款).  An earlier name ending like a word of the last one shares what
 * follows that word; one of one or two characters that does not shares the last one's rest
 * after as many characters as it has.  The part is two characters at least, and none when an
 * earlier name ends as the last one does (培训费、差旅费和会议费) or the names disagree. */
static gsize
elided_part(const char *s, const gsize *ranges, guint n)
{
	gsize ls = ranges[2 * (n - 1)], le = ranges[2 * (n - 1) + 1];
	gsize last_char = prev_char(s, ls, le);
	gsize part = NONE;
	for (guint k = 0; k + 1 < n; k++) {
		gsize a = ranges[2 * k], b = ranges[2 * k + 1];
		gsize tail = prev_char(s, a, b);
		if (b - tail == le - last_char && memcmp(s + tail, s + last_char, b - tail) == 0)
			return NONE;
		gsize here = NONE;
		/* the earlier name's last two characters, then its last one, inside the last name */
		for (int width = 2; width >= 1 && here == NONE; width--) {
			gsize from = tail;
			if (width == 2 && from > a)
				from = prev_char(s, a, from);
			else if (width == 2)
				continue;
			gsize needle = b - from;
			for (gsize p = ls; p + needle < le; p += g_utf8_skip[(guchar)s[p]])
				if (memcmp(s + p, s + from, needle) == 0) {
					here = p + needle;
					break;
				}
		}
		if (here == NONE) {
			/* a name of one or two characters (收、支总计): as many of the last one's; a
			 * longer one may share a part in front as well (全市非公企业、社会组织党组织覆
			 * 盖率), which characters alone do not tell */
			gsize p = ls;
			guint chars = 0;
			for (gsize q = a; q < b && p < le; q += g_utf8_skip[(guchar)s[q]], chars++)
				p += g_utf8_skip[(guchar)s[p]];
			if (chars > 2)
				return NONE;
			here = p;
		}
		if (part != NONE && part != here)
			return NONE;
		part = here;
	}
	if (part == NONE || part >= le)
		return NONE;
	/* two characters at least */
	gsize second = part + g_utf8_skip[(guchar)s[part]];
	return second < le ? part : NONE;
}

/* A list of figures after a list of as many names and a respective word (收入总计、支出总计分
 * 别为386.40万元、380.40万元): each figure takes its name as its label.  Without this, the
 * first figure took the last name (支出总计) and the others none. */
static void
distribute_respective(Extractor *x, Span *sp)
{
	const char *s = x->norm;
	TokenList *tokens = sp->tokens;
	for (guint i = 0; i + 1 < tokens->len; i++) {
		const Token *first = &tokens->items[i];
		if (first->date)
			continue;
		/* the run of figures of one kind, only separators between them */
		guint n = 1;
		while (i + n < tokens->len) {
			const Token *t = &tokens->items[i + n];
			const Token *before = &tokens->items[i + n - 1];
			if (t->date || t->claim->kind != first->claim->kind ||
			    !only_list_separators(s, before->end, t->qualifier_start))
				break;
			n++;
		}
		if (n < 2)
			continue;
		gsize floor = i > 0 ? tokens->items[i - 1].end : sp->start;
		gsize marker = respective_marker(s, floor, first->qualifier_start);
		if (marker == NONE) {
			i += n - 1;
			continue;
		}
		/* the names: back from the marker to a clause or phrase boundary */
		gsize b = marker;
		while (b > floor) {
			gsize before = prev_char(s, floor, b), len;
			gunichar c = char_at(s + before, &len);
			if (is_clause_delimiter(c) || c == 0xFF1A || c == ':' || c == 0xFF08 ||
			    c == '(' || c == 0xFF09 || c == ')' || c == '\n')
				break;
			b = before;
		}
		gsize ranges[2 * 8];
		if (n > 8 || b >= marker || !respective_items(s, b, marker, n, ranges)) {
			i += n - 1;
			continue;
		}
		CueHitList none = {0};
		Span bare = *sp;
		bare.cues = &none;
		gboolean named = TRUE;
		for (guint k = 0; k < n && named; k++) {
			strip_words(x, &bare, &ranges[2 * k], &ranges[2 * k + 1]);
			named = ranges[2 * k] < ranges[2 * k + 1] &&
				ranges[2 * k + 1] - ranges[2 * k] <= LABEL_MAX_BYTES;
		}
		gsize part = named ? elided_part(s, ranges, n) : NONE;
		gsize part_end = ranges[2 * (n - 1) + 1];
		for (guint k = 0; k < n && named; k++) {
			CfClaim *c = tokens->items[i + k].claim;
			gsize from = ranges[2 * k], to = ranges[2 * k + 1];
			if (part == NONE || k + 1 == n) {
				c->label = pool_copy(x->pool, s + from, to - from, &c->label_length);
				continue;
			}
			/* 收 of 收、支总计 is 收总计 */
			gsize length = (to - from) + (part_end - part);
			g_autofree char *whole = g_malloc(length);
			memcpy(whole, s + from, to - from);
			memcpy(whole + (to - from), s + part, part_end - part);
			c->label = pool_copy(x->pool, whole, length, &c->label_length);
		}
		i += n - 1;
	}
}

/* Characters of a name between two figures of a list sharing a unit, at most (收入476.17、
 * 支出总计460.06万元). */
#define SHARED_UNIT_NAME_CHARS 6

/* TRUE when [@from, @to) joins two figures of a list: 、 和 及 or 与, then at most
 * SHARED_UNIT_NAME_CHARS ideographs of the next one's name. */
static gboolean
joins_list_member(const char *s, gsize from, gsize to)
{
	static const char *const joiners[] = {"、", "和", "及", "与", NULL};
	gsize n = 0;
	if (!word_among(s, from, to, joiners, &n))
		return FALSE;
	guint chars = 0;
	for (gsize p = from + n; p < to; chars++) {
		gsize len;
		gunichar c = char_at(s + p, &len);
		if (c < 0x4E00 || c > 0x9FFF || chars >= SHARED_UNIT_NAME_CHARS)
			return FALSE;
		p += len;
	}
	return TRUE;
}

/* A bare figure of a list whose next figure states the unit (收入476.17、支总计460.06万元;
 * 分别为386.40、380.40万元; 收入减少84.55、支出总计减少99.6万元): it is in that unit — when it
 * is written with decimals, or both without (3、5万元; not 3、4.5万元).  Read from the last so
 * that a unit passes along a list of three or more. */
static void
share_list_units(Extractor *x, Span *sp)
{
	const char *s = x->norm;
	TokenList *tokens = sp->tokens;
	for (guint i = tokens->len - 1; i-- > 0;) {
		Token *t = &tokens->items[i];
		const Token *next = &tokens->items[i + 1];
		CfClaim *c = t->claim;
		const CfClaim *d = next->claim;
		if (!t->bare || t->date || next->date || c->kind != CF_CLAIM_NUMBER ||
		    d->kind != CF_CLAIM_AMOUNT || d->unit == NULL || !c->has_value ||
		    !d->has_value || (c->stated.scale == 0 && d->stated.scale != 0) ||
		    d->qualifier != CF_QUALIFIER_NONE || c->qualifier != CF_QUALIFIER_NONE ||
		    !joins_list_member(s, t->end, next->qualifier_start))
			continue;
		c->unit = pool_copy(c->pool, d->unit, d->unit_length, &c->unit_length);
		c->unit_exponent = d->unit_exponent;
		c->kind = CF_CLAIM_AMOUNT;
		finish_value(c, c->interval);
		t->unit = next->unit;
		t->bare = FALSE;
	}
}

/* TRUE when @c is an integer with no qualifier, written with a multiplier alone (77亿, 3万):
 * its unit is one multiplier word, its power of ten in *@exponent. */
static gboolean
multiplier_only(const Extractor *x, const CfClaim *c, int *exponent)
{
	gsize n;
	if (c->unit == NULL || !c->has_value || c->qualifier != CF_QUALIFIER_NONE ||
	    c->stated.scale != 0 || cf_decimal_sign(c->stated) < 0)
		return FALSE;
	*exponent = multiplier_exponent(x->lex, c->unit, c->unit_length, &n);
	return *exponent > 0 && n == c->unit_length;
}

/* The digits of the integer part of @c's text (its numeral at its start), or 0 when it
 * holds a separator or starts with no digit. */
static guint
integer_digits(const CfClaim *c)
{
	guint n = 0;
	while (n < c->text_length && g_ascii_isdigit(c->text[n]))
		n++;
	return n < c->text_length && c->text[n] == ',' ? 0 : n;
}

/* TRUE when @t is a bare integer of one to @max digits and no sign. */
static gboolean
is_bare_integer(const Token *t, guint max)
{
	const CfClaim *c = t->claim;
	return t->bare && !t->date && c->kind == CF_CLAIM_NUMBER && c->has_value &&
	       c->qualifier == CF_QUALIFIER_NONE && c->stated.scale == 0 &&
	       cf_decimal_sign(c->stated) >= 0 && c->text_length >= 1 && c->text_length <= max &&
	       integer_digits(c) == c->text_length;
}

/* TRUE when @t is a bare integer of one to three digits and no sign (10 of 10 851.8万元). */
static gboolean
is_leading_group(const Token *t)
{
	return is_bare_integer(t, 3);
}

/* Digits of an integer part written apart from its decimal point (7705 .01万元), at most. */
#define APART_INTEGER_DIGITS 12

/* Words right before a number that make it a reference (表1, 图2, 第3), not digits of one. */
static const char *const reference_words[] = {"表", "图", "第", "号", "附件", "条", NULL};

static void join_pieces(Extractor *x, TokenList *tokens, guint i, CfDecimal stated,
			CfInterval interval);

/* TRUE when the token at @i of @sp may lead a number grouped by spaces: it follows no figure
 * with only spaces between (28种 1 1 150次 is a row of cells) nor a reference word (表1). */
static gboolean
may_lead_groups(const Extractor *x, const Span *sp, guint i)
{
	const char *s = x->norm;
	const TokenList *tokens = sp->tokens;
	const Token *a = &tokens->items[i];
	if (i > 0) {
		gsize q = tokens->items[i - 1].end;
		while (q < a->qualifier_start && (s[q] == ' ' || s[q] == '\t'))
			q++;
		if (q == a->qualifier_start)
			return FALSE;
	}
	for (guint w = 0; reference_words[w]; w++) {
		gsize n = strlen(reference_words[w]);
		if (a->start >= sp->start + n && memcmp(s + a->start - n, reference_words[w], n) == 0)
			return FALSE;
	}
	return TRUE;
}

/* TRUE when the token at @j of @tokens is a group of three digits after the token before it
 * and one space. */
static gboolean
is_next_group(const Extractor *x, const TokenList *tokens, guint j)
{
	const Token *t = &tokens->items[j];
	return t->start == tokens->items[j - 1].end + 1 && x->norm[t->start - 1] == ' ' &&
	       t->qualifier_start == t->start && integer_digits(t->claim) == 3;
}

/* The number of bare groups of three digits between the leading group at @i of @tokens and
 * the group that carries the unit (129 of 1 129 236万元), each after one space; 0 when the
 * tokens after @i are no such run. */
static guint
inner_groups(const Extractor *x, const TokenList *tokens, guint i)
{
	guint j = i + 1;
	while (j < tokens->len && is_next_group(x, tokens, j) && is_bare_integer(&tokens->items[j], 3))
		j++;
	if (j == i + 1 || j >= tokens->len || !is_next_group(x, tokens, j))
		return 0;
	const Token *last = &tokens->items[j];
	const CfClaim *d = last->claim;
	gboolean carries = !last->bare && !last->date && d->unit != NULL && d->has_value &&
			   d->qualifier == CF_QUALIFIER_NONE &&
			   (d->kind == CF_CLAIM_AMOUNT || d->kind == CF_CLAIM_COUNT);
	return carries ? j - i - 1 : 0;
}

/* Joins the @n inner groups (inner_groups()) after the leading group at @i into it: 1 129 and
 * 236万元 are left, as 1129 236万元 (a bare number before a group of three). */
static void
fold_inner_groups(Extractor *x, TokenList *tokens, guint i, guint n)
{
	for (; n > 0; n--) {
		Token *a = &tokens->items[i];
		const CfClaim *d = tokens->items[i + 1].claim;
		CfDecimal offset, stated;
		if (!cf_decimal_shift(a->claim->stated, 3, &offset) ||
		    !cf_decimal_add(offset, d->stated, &stated))
			return;
		join_pieces(x, tokens, i, stated, cf_interval_point(stated));
		tokens->items[i].bare = TRUE;
	}
}

/* Makes the tokens at @i and @i + 1 of @tokens one: the first's claim takes the second's
 * kind, unit and end, and @stated (within @interval in the stated unit); the second goes. */
static void
join_pieces(Extractor *x, TokenList *tokens, guint i, CfDecimal stated, CfInterval interval)
{
	Token *a = &tokens->items[i];
	const Token *b = &tokens->items[i + 1];
	CfClaim *c = a->claim;
	const CfClaim *d = b->claim;
	c->kind = d->kind;
	c->intensive = d->intensive;
	c->stated = stated;
	c->unit = d->unit;
	c->unit_length = d->unit_length;
	c->unit_exponent = d->unit_exponent;
	finish_value(c, interval);
	c->range.end = d->range.end;
	c->text = dup_range(x, c->range.start, c->range.end, &c->text_length);
	c->length += (b->start - a->end) + d->length;
	a->end = b->end;
	a->unit = b->unit;
	a->bare = FALSE;
	cf_claim_free(b->claim);
	memmove(&tokens->items[i + 1], &tokens->items[i + 2],
		(tokens->len - i - 2) * sizeof *tokens->items);
	tokens->len--;
}

/* Joins a number written in two pieces into one claim: 77亿876.09万元 and 4亿2895万元 (亿 and
 * 万 of one amount: 770876.09万元), 3万4993.1亿元 (34993.1亿元: 万 of 亿), and 10 851.8万元 (a space
 * grouping digits by three, as GB/T 15835 writes them: 10851.8万元).  The second piece must
 * follow right after the first (a space for the grouping, after a figure not itself
 * after one: 28种 1 1 150次 is a row of cells), be no larger than what the first piece's
 * place leaves (876.09 under 10^4, 851.8 three digits), and carry the unit. */
static void
join_split_numbers(Extractor *x, Span *sp, gboolean points_only)
{
	const char *s = x->norm;
	TokenList *tokens = sp->tokens;
	for (guint i = 0; i + 1 < tokens->len;) {
		Token *a = &tokens->items[i];
		const Token *b = &tokens->items[i + 1];
		guint inner = is_leading_group(a) && !points_only ? inner_groups(x, tokens, i) : 0;
		gboolean folded = inner > 0 && may_lead_groups(x, sp, i);
		if (folded) {
			fold_inner_groups(x, tokens, i, inner);
			b = &tokens->items[i + 1];
		}
		CfClaim *c = a->claim;
		const CfClaim *d = b->claim;
		int ea = 0, eb = 0;
		int shift = 0; /* the second piece's digits the first piece stands before */
		if (!points_only && d->has_value && d->qualifier == CF_QUALIFIER_NONE && !b->bare &&
		    !b->date && b->qualifier_start == b->start && cf_decimal_sign(d->stated) >= 0 &&
		    (d->kind == CF_CLAIM_AMOUNT || d->kind == CF_CLAIM_COUNT)) {
			if (a->end == b->start && multiplier_only(x, c, &ea) && d->unit != NULL &&
			    multiplier_only(x, d, &eb) == FALSE &&
			    (eb = (int)multiplier_exponent(x->lex, d->unit, d->unit_length,
							   &(gsize){0})) > 0 &&
			    ea + eb == 12 && ea != eb)
				shift = 4;
			else if (b->start == a->end + 1 && s[a->end] == ' ' &&
				 (folded || is_leading_group(a)) && integer_digits(d) == 3 &&
				 (folded || may_lead_groups(x, sp, i)))
				shift = 3;
		}
		/* 3,.83万元: a thousands separator right before the decimal point, digits lost or a
		 * stray comma — malformed, its value not guessed */
		if (!points_only && shift == 0 && b->start == a->end + 2 && s[a->end] == ',' &&
		    s[a->end + 1] == '.' && a->bare && !a->date && c->kind == CF_CLAIM_NUMBER &&
		    c->has_value && c->stated.scale == 0 && d->has_value && !b->date &&
		    b->qualifier_start == b->start && d->stated.scale == 0) {
			join_pieces(x, tokens, i, d->stated, cf_interval_point(d->stated));
			set_malformed(c, "a thousands separator right before the decimal point");
			i++;
			continue;
		}
		/* 21. 73万亩 and 7705 .01万元: a space after or before the decimal point (the digits
		 * after it the second piece's, no point of their own), a number malformed by its
		 * spacing alone */
		gboolean space_after = b->start == a->end + 2 && s[a->end] == '.' &&
				       s[a->end + 1] == ' ' && is_leading_group(a);
		gboolean space_before = b->start == a->end + 2 && s[a->end] == ' ' &&
					s[a->end + 1] == '.' &&
					is_bare_integer(a, APART_INTEGER_DIGITS);
		if (shift == 0 && d->has_value && d->qualifier == CF_QUALIFIER_NONE && !b->bare &&
		    !b->date && b->qualifier_start == b->start && d->stated.scale == 0 &&
		    cf_decimal_sign(d->stated) >= 0 && d->unit != NULL &&
		    (space_after || space_before) && integer_digits(d) > 0 &&
		    integer_digits(d) <= 4 &&
		    (d->kind == CF_CLAIM_AMOUNT || d->kind == CF_CLAIM_COUNT ||
		     d->kind == CF_CLAIM_QUANTITY || d->kind == CF_CLAIM_PERCENT)) {
			int places = (int)integer_digits(d);
			CfDecimal fraction, joined;
			if (cf_decimal_shift(d->stated, -places, &fraction) &&
			    cf_decimal_add(c->stated, fraction, &joined)) {
				joined.scale = places; /* as written: 21.73, 1.50 */
				join_pieces(x, tokens, i, joined, cf_interval_stated(joined));
				const char *reason = space_after ? "space after the decimal point"
								 : "space before the decimal point";
				c->reason = pool_copy(x->pool, reason, strlen(reason),
						      &c->reason_length);
				continue;
			}
		}
		CfDecimal limit, offset, stated;
		CfInterval stated_interval;
		if (shift == 0 || !cf_decimal_shift(cf_decimal_from_int(1), shift, &limit) ||
		    cf_decimal_compare(d->stated, limit) >= 0 ||
		    !cf_decimal_shift(c->stated, shift, &offset) ||
		    !cf_decimal_add(offset, d->stated, &stated) ||
		    !cf_interval_shift(d->interval, -d->unit_exponent, &stated_interval) ||
		    !cf_interval_add(cf_interval_point(offset), stated_interval,
				     &stated_interval)) {
			i++;
			continue;
		}
		join_pieces(x, tokens, i, stated, stated_interval);
	}
}

/* A figure with no name of its own right after a threshold it passes (全国彩票销量突破3000亿元,
 * 达3093.25亿元) is the threshold's quantity: it takes the threshold's name. */
static void
name_passed_thresholds(Extractor *x, Span *sp)
{
	for (guint i = 1; i < sp->tokens->len; i++) {
		CfClaim *c = sp->tokens->items[i].claim;
		const CfClaim *bound = sp->tokens->items[i - 1].claim;
		if (c->label == NULL && bound->label != NULL &&
		    cf_claim_passes_threshold(c, bound, x->norm))
			c->label = pool_copy(x->pool, bound->label,
					     bound->label_length ? bound->label_length
								 : strlen(bound->label),
					     &c->label_length);
	}
}

/* Moves the span's claims to the output (dates only as arithmetic operands). */
static void
span_emit(Extractor *x, Span *sp)
{
	find_expressions(x, sp);
	/* (a cell is one figure: only a point with a space beside it joins its pieces, 0. 14%;
	 * figures in a row of cells are apart) */
	if (sp->table != NULL && sp->tokens->len == 2)
		join_split_numbers(x, sp, TRUE);
	if (sp->table == NULL && sp->tokens->len > 1) {
		join_split_numbers(x, sp, FALSE);
		share_list_units(x, sp);
		distribute_respective(x, sp);
		name_passed_thresholds(x, sp);
	}
	/* room for every token at once: the claims are stored without a call each */
	if (x->allocated_claims - x->n_claims < sp->tokens->len) {
		x->allocated_claims = MAX(2 * x->allocated_claims, x->n_claims + sp->tokens->len);
		x->claims = g_renew(CfClaim *, x->claims, x->allocated_claims);
	}
	for (guint i = 0; i < sp->tokens->len; i++) {
		Token *t = &sp->tokens->items[i];
		if (t->date && !x->all_tokens) {
			cf_claim_free(t->claim);
			continue;
		}
		x->claims[x->n_claims++] = t->claim;
		if (x->units && t->unit)
			g_hash_table_insert(x->units, t->claim, (gpointer)t->unit);
	}
	sp->tokens->len = 0;
}

static void
extract_range(Extractor *x, gsize start, gsize end, guint sentence, CfRange skip)
{
	Span sp;
	span_init(x, &sp, start, end);
	sp.sentence = sentence;
	if (skip.end > skip.start) {
		sp.skip_start = skip.start;
		sp.skip_end = skip.end;
	}
	span_scan(x, &sp);
	span_emit(x, &sp);
}

/* ---- tables ---- */

/* The cell's text without line breaks and tabs (cut at its first parenthesis when
 * @cut_parenthesis), without surrounding spaces, in the emptied @out; FALSE when nothing is
 * left. */
static gboolean
clean_text_to(GString *out, const char *text, gsize length, gboolean cut_parenthesis)
{
	g_string_set_size(out, length); /* room for all of it */
	char *o = out->str;
	/* up to a NUL, where the string g_strstrip() saw ended */
	for (gsize i = 0; i < length && text[i] != '\0'; i++) {
		if (text[i] == '\n' || text[i] == '\r' || text[i] == '\t')
			continue;
		if (cut_parenthesis &&
		    (text[i] == '(' || (i + 3 <= length && memcmp(text + i, "\xEF\xBC\x88", 3) == 0)))
			break;
		/* leading spaces dropped as g_strstrip() drops them */
		if (o == out->str && g_ascii_isspace(text[i]))
			continue;
		*o++ = text[i];
	}
	while (o > out->str && g_ascii_isspace(o[-1]))
		o--;
	*o = '\0';
	out->len = (gsize)(o - out->str);
	return out->len > 0;
}

/* clean_text_to() as a new string; NULL when empty. */
static char *
clean_text(GString *scratch, const char *text, gsize length, gboolean cut_parenthesis)
{
	return clean_text_to(scratch, text, length, cut_parenthesis)
		       ? g_strndup(scratch->str, scratch->len)
		       : NULL;
}

static gboolean
is_numeric_text(const char *text)
{
	for (const char *p = text; *p; p++)
		if (!g_ascii_isdigit(*p) && !strchr(".,%- ", *p))
			return FALSE;
	return TRUE;
}

/* Whether the @length bytes at @text are all of is_numeric_text() or dropped by clean_text()
 * (line breaks, tabs): then clean_text() gives NULL or a numeric text, without the copy. */
static gboolean
is_numeric_raw(const char *text, gsize length)
{
	for (gsize i = 0; i < length; i++)
		if (!g_ascii_isdigit(text[i]) &&
		    (text[i] == '\0' || !strchr(".,%- \n\r\t", text[i])))
			return FALSE;
	return TRUE;
}

/* The row's item: its first cell of more than a number, cleaned in x->item_text (valid
 * until the next call), its strlen() in *@length; NULL (and 0) when there is none. */
static const char *
row_item(Extractor *x, const CfRow *row, gsize *length)
{
	*length = 0;
	for (guint i = 0; i < row->n_cells; i++) {
		const CfCell *cell = &row->cells[i];
		/* most cells of a row are numbers: ruled out without a copy */
		if (is_numeric_raw(x->norm + cell->range.start,
				   cell->range.end - cell->range.start))
			continue;
		gsize b = cell->range.start, e = cell->range.end;
		if (!has_byte_of(x->norm, b, e, '\0', '\n', '\r', '\t')) {
			/* nothing for clean_text_to() to drop inside: its spaces trimmed, copied */
			while (b < e && g_ascii_isspace(x->norm[b]))
				b++;
			while (e > b && g_ascii_isspace(x->norm[e - 1]))
				e--;
			if (b == e)
				continue;
			g_string_truncate(x->item_text, 0);
			text_append(x->item_text, x->norm + b, e - b);
		} else if (!clean_text_to(x->item_text, x->norm + b, e - b, FALSE)) {
			continue;
		}
		if (!is_numeric_text(x->item_text->str)) {
			*length = x->item_text->len;
			return x->item_text->str;
		}
	}
	return NULL;
}

/* The label of a cell's claim: "<item>/<column>", or the one of them there is (@item_length
 * and @column_length their strlen()); NULL when neither is. */
static char *
table_label(Extractor *x, const char *item, gsize item_length, const char *column,
	    gsize column_length, guint *stored)
{
	if (item && column) {
		/* joined in a reused buffer: a copy of item's length + 1 + column's length would
		 * read past item */
		GString *label = x->label_text;
		label->len = 0;
		text_append(label, item, item_length);
		text_append(label, "/", 1);
		text_append(label, column, column_length);
		return pool_copy(x->pool, label->str, label->len, stored);
	}
	*stored = 0;
	if (item)
		return pool_copy(x->pool, item, item_length, stored);
	return column ? pool_copy(x->pool, column, column_length, stored) : NULL;
}

/* A cell that holds one number and nothing else (besides a before-qualifier). */
static gboolean
cell_is_one_token(const Extractor *x, const Span *sp)
{
	if (sp->tokens->len != 1)
		return FALSE;
	const Token *t = &sp->tokens->items[0];
	gsize b = sp->start, e = sp->end;
	while (b < e && is_space_byte(x->norm[b]))
		b++;
	while (e > b && is_space_byte(x->norm[e - 1]))
		e--;
	return b == t->qualifier_start && e == t->end;
}

/* A bare number under a column that says what it is: 37.98 under 预算金额 in 万元. */
static void
apply_column(const Span *sp, Token *t)
{
	CfClaim *c = t->claim;
	if (!t->bare || sp->column_meaning == CF_CLAIM_N_KINDS ||
	    sp->column_meaning == CF_CLAIM_NUMBER)
		return;
	if (c->kind != CF_CLAIM_NUMBER && c->kind != CF_CLAIM_MALFORMED)
		return;
	if (sp->column_meaning == CF_CLAIM_AMOUNT) {
		if (sp->column_unit == NULL)
			return;
		c->unit = pool_copy(c->pool, sp->column_unit->word, strlen(sp->column_unit->word),
				    &c->unit_length);
		c->unit_exponent = sp->column_unit->exponent;
		if (c->kind == CF_CLAIM_NUMBER) {
			/* a bare number has exponent 0: its interval is still in stated terms */
			c->kind = CF_CLAIM_AMOUNT;
			finish_value(c, c->interval);
		}
		return;
	}
	if (c->kind != CF_CLAIM_NUMBER)
		return;
	c->kind = sp->column_meaning;
	/* the column's unit when it is of that kind: 单位数（个） */
	gboolean date = FALSE;
	const LexUnit *u = sp->column_unit;
	if (u && u->kind != UNIT_YEAR && unit_claim_kind(u->kind, &date) == c->kind && !date) {
		c->unit = pool_copy(c->pool, u->word, strlen(u->word), &c->unit_length);
		c->unit_exponent = u->exponent;
		finish_value(c, c->interval);
	}
}

/* What a table's column gives the numbers under it. */
typedef struct {
	char *label;            /* cleaned header text, NULL when none */
	gsize label_length;     /* its strlen() */
	CfClaimKind meaning;    /* lexicon_column_meaning_cached() of the header */
	const LexUnit *unit;    /* the column's unit, else the table's; NULL when none */
} TableColumn;

static void
extract_table(Extractor *x, const CfTable *table, gint table_index)
{
	const LexUnit *table_unit = lexicon_resolve_unit_text(x->lex, table->unit_text);
	/* what each column gives its cells, in one block (the labels owned) */
	g_autofree TableColumn *columns = g_new(TableColumn, MAX(table->n_columns, 1));
	for (guint c = 0; c < table->n_columns; c++) {
		const char *raw = table->column_labels ? table->column_labels[c] : NULL;
		columns[c].label = raw ? clean_text(x->item_text, raw, strlen(raw), TRUE) : NULL;
		columns[c].label_length = columns[c].label ? strlen(columns[c].label) : 0;
		columns[c].meaning = lexicon_column_meaning_cached(x->lex, raw);
		const LexUnit *u = NULL;
		if (table->column_units && table->column_units[c])
			u = lexicon_resolve_unit_text(x->lex, table->column_units[c]);
		columns[c].unit = u ? u : table_unit;
		/* a header no word of columns.ini names, its own unit a measure or %: what the
		 * unit says (单位数（个）, 比重（%）) */
		gboolean date = FALSE;
		if (columns[c].meaning == CF_CLAIM_N_KINDS && u &&
		    (u->kind == UNIT_COUNT || u->kind == UNIT_PERCENT))
			columns[c].meaning = unit_claim_kind(u->kind, &date);
	}

	for (guint r = 0; r < table->rows->len; r++) {
		const CfRow *row = table->rows->pdata[r];
		if (row->numbering)
			continue; /* 栏次 | 1 | 2 | 3: the columns' numbers, no claims */
		const char *item = NULL;
		gsize item_length = 0;
		gboolean item_done = FALSE;
		for (guint i = 0; i < row->n_cells; i++) {
			const CfCell *cell = &row->cells[i];
			if (cell->range.end <= cell->range.start)
				continue;
			Span sp;
			span_init(x, &sp, cell->range.start, cell->range.end);
			sp.table = table;
			sp.table_index = table_index;
			sp.row_index = (gint)r;
			sp.column = (gint)cell->column;
			gboolean body = !row->header && cell->column < table->n_columns;
			if (body) {
				sp.column_meaning = columns[cell->column].meaning;
				sp.column_unit = columns[cell->column].unit;
			}
			if (!cell_plain_token(x, &sp))
				span_scan(x, &sp);
			if (sp.tokens->len == 0)
				continue;
			if (!item_done) {
				item = row_item(x, row, &item_length);
				item_done = TRUE;
			}
			const TableColumn *column =
				cell->column < table->n_columns ? &columns[cell->column] : NULL;
			const char *column_label = column ? column->label : NULL;
			gsize column_label_length = column ? column->label_length : 0;
			gboolean one = cell_is_one_token(x, &sp);
			for (guint k = 0; k < sp.tokens->len; k++) {
				Token *t = &sp.tokens->items[k];
				if (one && body)
					apply_column(&sp, t);
				if (one || t->claim->label == NULL) {
					t->claim->label =
						table_label(x, item, item_length, column_label,
							    column_label_length, &t->claim->label_length);
				}
			}
			span_emit(x, &sp);
		}
	}
	for (guint c = 0; c < table->n_columns; c++)
		g_free(columns[c].label);
}

/* ---- the document ---- */

static int
claim_order_cb(gconstpointer a, gconstpointer b)
{
	const CfClaim *x = *(const CfClaim *const *)a, *y = *(const CfClaim *const *)b;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	if (x->column != y->column)
		return x->column < y->column ? -1 : 1;
	int ex = x->kind == CF_CLAIM_EXPRESSION, ey = y->kind == CF_CLAIM_EXPRESSION;
	if (ex != ey)
		return ex - ey;
	if (x->range.end != y->range.end)
		return x->range.end < y->range.end ? -1 : 1;
	return 0;
}

/* Claims come out nearly in order (an expression, for one, goes after its first operand
 * but sorts before it): an insertion sort moves the few out of place in linear time, equal claims keeping their order as g_ptr_array_sort() keeps them.  Should the
 * array be far from sorted, the rest of the work goes to that stable merge sort, which
 * gives the same order from the partly sorted array. */
#define SORT_MOVES_PER_CLAIM 8

static void
sort_nearly_sorted(GPtrArray *array, GCompareFunc compare)
{
	gpointer *items = array->pdata;
	gsize moves = 0, budget = (gsize)array->len * SORT_MOVES_PER_CLAIM;
	for (guint i = 1; i < array->len; i++) {
		gpointer item = items[i];
		guint j = i;
		while (j > 0 && compare(&items[j - 1], &item) > 0) {
			items[j] = items[j - 1];
			j--;
			moves++;
		}
		items[j] = item;
		if (moves > budget) {
			g_ptr_array_sort(array, compare);
			return;
		}
	}
}

static void
extractor_init(Extractor *x, const CfLexicon *lex, const CfDocument *doc)
{
	memset(x, 0, sizeof *x);
	x->lex = lex;
	x->doc = doc;
	x->norm = doc->norm;
	x->match = pcre2_match_data_create_from_pattern(lex->token, NULL);
	/* about one claim per CLAIM_BYTES of text: room for them at once */
	x->allocated_claims = (guint)MIN(doc->norm_length / CLAIM_BYTES + 16, G_MAXUINT / 2);
	x->claims = g_new(CfClaim *, x->allocated_claims);
	x->tokens = (TokenList){0};
	x->unit_text = g_string_sized_new(64);
	x->label_text = g_string_sized_new(128);
	x->item_text = g_string_sized_new(128);
	x->pool = cf_claim_pool_new();
	x->candidate_blocks = doc->text_valid_utf8 && candidate_blocks_usable(lex);
	x->readable = doc->norm_length + 1;
}

static GPtrArray *
extractor_finish(Extractor *x)
{
	pcre2_match_data_free(x->match);
	g_free(x->cues.items);
	g_free(x->tokens.items);
	g_free(x->paren_stack.items);
	g_string_free(x->unit_text, TRUE);
	g_string_free(x->label_text, TRUE);
	g_string_free(x->item_text, TRUE);
	cf_claim_pool_unref(x->pool); /* each claim holds its own reference */
	GPtrArray *out = g_ptr_array_new_full(x->n_claims, (GDestroyNotify)cf_claim_free);
	g_ptr_array_set_size(out, x->n_claims);
	if (x->n_claims > 0)
		memcpy(out->pdata, x->claims, x->n_claims * sizeof(CfClaim *));
	g_free(x->claims);
	sort_nearly_sorted(out, claim_order_cb);
	return out;
}

static void
extract_all(Extractor *x)
{
	const CfDocument *doc = x->doc;
	CfRange no_skip = {0, 0};
	if (doc->blocks->len == 0) {
		/* not segmented: every line is one sentence */
		for (guint i = 0; i < doc->lines->len; i++) {
			const CfLine *l = &g_array_index(doc->lines, CfLine, i);
			extract_range(x, l->norm_offset, l->norm_offset + l->norm_length, i, no_skip);
		}
		return;
	}
	guint sentence = 0;
	gint tables = 0;
	for (guint i = 0; i < doc->blocks->len; i++) {
		const CfBlock *block = doc->blocks->pdata[i];
		switch (block->kind) {
		case CF_BLOCK_TABLE:
			if (block->table)
				extract_table(x, block->table, tables);
			tables++;
			break;
		case CF_BLOCK_HEADING:
		case CF_BLOCK_PARAGRAPH:
			if (block->sentences && block->n_sentences > 0) {
				for (guint k = 0; k < block->n_sentences; k++) {
					CfRange r = block->sentences[k];
					extract_range(x, r.start, r.end, sentence++,
						      block->kind == CF_BLOCK_HEADING
							      ? block->heading_marker
							      : no_skip);
				}
			} else {
				extract_range(x, block->range.start, block->range.end, sentence++,
					      block->kind == CF_BLOCK_HEADING ? block->heading_marker
									      : no_skip);
			}
			break;
		}
	}
}

/* The claims of @doc, by the general path alone when @general. */
static GPtrArray *
extract_document(const CfLexicon *lexicon, const CfDocument *doc, gboolean general)
{
	Extractor x;
	if (doc->norm == NULL || doc->lines->len == 0)
		return g_ptr_array_new_with_free_func((GDestroyNotify)cf_claim_free);
	extractor_init(&x, lexicon, doc);
	x.general = general;
	extract_all(&x);
	return extractor_finish(&x);
}

GPtrArray *
cf_extract_document(const CfLexicon *lexicon, const CfDocument *doc)
{
	g_return_val_if_fail(lexicon != NULL && doc != NULL, NULL);
	return extract_document(lexicon, doc, FALSE);
}

GPtrArray *
extract_document_general(const CfLexicon *lex, const CfDocument *doc)
{
	return extract_document(lex, doc, TRUE);
}

GPtrArray *
extract_text(const CfLexicon *lex, const char *text, gboolean all_tokens, GHashTable *units)
{
	g_autoptr(CfDocument) doc = cf_document_new("example");
	gsize n = strlen(text);
	cf_document_set_text(doc, g_strndup(text, n), n, g_strndup(text, n), n, NULL);
	Extractor x;
	extractor_init(&x, lex, doc);
	x.all_tokens = all_tokens;
	x.units = units;
	extract_all(&x);
	GPtrArray *claims = extractor_finish(&x);
	for (guint i = 0; i < claims->len; i++)
		((CfClaim *)claims->pdata[i])->document = NULL;
	return claims;
}
