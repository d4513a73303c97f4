/* cf-token.c — the lexicon's token pattern, matched without PCRE2.
 *
 * compile_token() (cf-lexicon.c) builds one anchored pattern from the lexicon:
 *
 *   (?:(?<p>PREFIX))?(?:(?<a>ARABIC)(?<b>(?:LOOKALIKE+[0-9]+)+)?|(?<c>CHINESE))
 *   (?:[ \t]*(?<r>RANGE)[ \t]*(?:(?<a2>ARABIC)|(?<c2>CHINESE)))?
 *   (?<m>MULTIPLIER{1,2})?(?<i>INSIDE)?(?<n>MULTIPLIER{1,2})?
 *   (?:(?<s>[ \t]*|(?(<a>)\.(?=SPACED_UNIT|…)|(?!)))(?<u>UNIT(?!NOT_FOLLOWED_BY)|…))?(?<f>AFTER)?
 *
 * where each upper-case name is an alternation of lexicon words in a fixed order (longest
 * first).  PCRE2 costs about 1,500 instructions a candidate, most of them trying the
 * alternatives one by one; this file gives the same groups for a fraction of that.  What
 * makes it simple: everything after the numeral is optional, so the first match PCRE2 finds
 * never gives back what the numeral took; every optional group takes the first of its
 * alternatives (in pattern order) with which it matches, trying more spaces before fewer
 * ([ \t]* is greedy and backtracks); and a prefix is dropped when no numeral follows it.
 * The matcher is only built for the ARABIC and LOOKALIKE syntax it implements (numbers.ini);
 * another syntax keeps PCRE2.  tests/test-extract.c compares both on every candidate of
 * the corpus and on synthetic text. */
#include "extract/cf-lexicon-private.h"
#include "extract/cf-number.h"

#include <string.h>

/* numbers.ini [arabic]: the one syntax implemented by arabic_end() */
#define ARABIC_REGEX "(?(?<=第)[0-9]+(?:,[0-9]{3}(?![0-9]))*|[0-9]+(?:,(?![0-9]{4}年)[0-9]+)*)(?:\\.[0-9]+)*"

typedef struct TokenWords TokenWords;

typedef struct {
	char *word;               /* owned */
	gsize length;
	guint64 head;             /* the first (up to) 8 bytes of word, as word_head() reads them */
	guint64 head_mask;        /* the bits of head that belong to the word */
	TokenWords *not_followed; /* units and multipliers: the words that must not follow;
				   * owned, NULL when none */
	const LexUnit *unit;      /* units only: the entry of the word */
} TokenWord;

static void token_words_free(TokenWords *words);

static void
token_word_clear(gpointer data)
{
	TokenWord *w = data;
	g_free(w->word);
	g_clear_pointer(&w->not_followed, token_words_free);
}

/* The words of an alternation that start with one character, in pattern order. */
typedef struct {
	GArray *words;      /* TokenWord */
	gsize first_length; /* bytes of that character */
	/* the bytes that follow the character in the longer words: where the text has none of
	 * them next, only the words that are the character alone can be there (most texts after
	 * 元 are no 元/人, 元/月 …) */
	guint8 next[32];
	GArray *alone; /* guint: the indices in words of those words, in pattern order */
} TokenList;

static void
token_list_free(gpointer data)
{
	TokenList *list = data;
	g_array_unref(list->words);
	g_array_unref(list->alone);
	g_free(list);
}

/* An alternation: its words in pattern order, found by their first character. */
struct TokenWords {
	CharSet first;       /* first characters of the words */
	GPtrArray *lists;    /* TokenList, one per first character */
	guint16 *pages[256]; /* code point >> 8 → 256 entries: index in lists + 1, 0 for none */
};

struct LexTokenMatcher {
	CharSet lookalike;
	CharSet chinese;
	TokenWords prefix, points, range, multiplier, inside, unit, after;
	/* first characters of the words that may follow a numeral (range, multiplier, inside,
	 * unit, after): a numeral followed by none of them, nor by a space, ends the token */
	CharSet follow;
	/* the same by alternation: code point >> 8 → 256 entries of FOLLOW_* bits, NULL for a
	 * page without any */
	guint8 *follow_kinds[256];
};

/* The alternations after the numeral, as bits of LexTokenMatcher.follow_kinds. */
enum {
	FOLLOW_RANGE = 1 << 0,
	FOLLOW_MULTIPLIER = 1 << 1,
	FOLLOW_INSIDE = 1 << 2,
	FOLLOW_UNIT = 1 << 3,
	FOLLOW_AFTER = 1 << 4,
};

static inline gunichar
decode(const char *s, gsize left, gsize *length)
{
	const guchar *u = (const guchar *)s;
	if (u[0] < 0x80 || left < 2) {
		*length = 1;
		return u[0];
	}
	if ((u[0] & 0xF0) == 0xE0 && left >= 3) { /* most of the text: CJK */
		*length = 3;
		return ((gunichar)(u[0] & 0x0F) << 12) | ((gunichar)(u[1] & 0x3F) << 6) |
		       (u[2] & 0x3F);
	}
	if ((u[0] & 0xE0) == 0xC0) {
		*length = 2;
		return ((gunichar)(u[0] & 0x1F) << 6) | (u[1] & 0x3F);
	}
	if ((u[0] & 0xF8) == 0xF0 && left >= 4) {
		*length = 4;
		return ((gunichar)(u[0] & 0x07) << 18) | ((gunichar)(u[1] & 0x3F) << 12) |
		       ((gunichar)(u[2] & 0x3F) << 6) | (u[3] & 0x3F);
	}
	*length = 1;
	return 0xFFFFFFFF; /* never in a set */
}

static void
token_words_init(TokenWords *words)
{
	memset(&words->first, 0, sizeof words->first);
	words->lists = g_ptr_array_new_with_free_func(token_list_free);
	memset(words->pages, 0, sizeof words->pages);
}

static void
token_words_clear(TokenWords *words)
{
	g_clear_pointer(&words->lists, g_ptr_array_unref);
	for (guint i = 0; i < G_N_ELEMENTS(words->pages); i++)
		g_clear_pointer(&words->pages[i], g_free);
}

static void
token_words_free(TokenWords *words)
{
	token_words_clear(words);
	g_free(words);
}

/* Adds @word (not empty, first character in the BMP) after those added before;
 * @not_followed (taken) the words that must not follow it, or NULL; @unit its entry, for
 * a unit. */
static void
token_words_add(TokenWords *words, const char *word, TokenWords *not_followed,
		const LexUnit *unit)
{
	gunichar c = g_utf8_get_char(word);
	char_set_add(&words->first, c);
	guint16 **page = &words->pages[c >> 8];
	if (*page == NULL)
		*page = g_new0(guint16, 256);
	if ((*page)[c & 0xFF] == 0) {
		TokenList *created = g_new0(TokenList, 1);
		created->words = g_array_new(FALSE, FALSE, sizeof(TokenWord));
		g_array_set_clear_func(created->words, token_word_clear);
		created->first_length = (gsize)(g_utf8_next_char(word) - word);
		created->alone = g_array_new(FALSE, FALSE, sizeof(guint));
		g_ptr_array_add(words->lists, created);
		(*page)[c & 0xFF] = (guint16)words->lists->len;
	}
	TokenList *list = words->lists->pdata[(*page)[c & 0xFF] - 1];
	gsize length = strlen(word);
	if (length > list->first_length) {
		guchar next = (guchar)word[list->first_length];
		list->next[next >> 3] |= (guint8)(1u << (next & 7));
	} else {
		guint index = list->words->len;
		g_array_append_val(list->alone, index);
	}
	char head[8] = {0}, mask[8] = {0};
	memcpy(head, word, MIN(length, sizeof head));
	memset(mask, 0xFF, MIN(length, sizeof mask));
	TokenWord w = {g_strdup(word), length, 0, 0, not_followed, unit};
	memcpy(&w.head, head, sizeof head);
	memcpy(&w.head_mask, mask, sizeof mask);
	g_array_append_val(list->words, w);
}

/* The words of @words starting with the character at s[p, end), in pattern order; NULL
 * when none does. */
static inline const TokenList *
words_starting(const TokenWords *words, const char *s, gsize p, gsize end)
{
	if (p >= end)
		return NULL;
	/* most characters start no word: a three-byte one is ruled out from its bytes */
	if (((guchar)s[p] & 0xF0) == 0xE0 && end - p >= 3 &&
	    !bits_have3(words->first.bits, (const guchar *)s + p))
		return NULL;
	gsize n;
	gunichar c = decode(s + p, end - p, &n);
	if (!char_set_has(&words->first, c))
		return NULL;
	guint index = words->pages[c >> 8][c & 0xFF];
	return index > 0 ? words->lists->pdata[index - 1] : NULL;
}

/* Whether @w is written at s[p, end): where 8 bytes are left, its first 8 bytes in one
 * comparison (most words are 3 to 6 bytes), then the rest of a longer one. */
static inline gboolean
word_is_at(const TokenWord *w, const char *s, gsize p, gsize end)
{
	if (end - p < 8)
		return end - p >= w->length && short_bytes_equal(s + p, w->word, w->length);
	guint64 v;
	memcpy(&v, s + p, sizeof v);
	if ((v & w->head_mask) != w->head)
		return FALSE;
	return w->length <= 8 ||
	       (end - p >= w->length && short_bytes_equal(s + p + 8, w->word + 8, w->length - 8));
}

static inline const TokenWord *word_in_list(const TokenList *list, const char *s, gsize p,
					    gsize end);

/* The first word of @words (pattern order) written at s[p, end) and not followed by one
 * of its not_followed words (a unit's, a multiplier's); NULL when none (or @words is
 * NULL).  Inline: at most positions no word starts, and that is known from the character
 * alone. */
static inline const TokenWord *
word_at(const TokenWords *words, const char *s, gsize p, gsize end)
{
	const TokenList *list = words != NULL ? words_starting(words, s, p, end) : NULL;
	return list != NULL ? word_in_list(list, s, p, end) : NULL;
}

/* Whether one of @w's not_followed words is at @p (a unit's, after it: 元 of 元旦).  Not
 * inline: word_in_list() is, and this is where it recurs. */
static G_GNUC_NO_INLINE gboolean
not_followed_at(const TokenWord *w, const char *s, gsize p, gsize end)
{
	return word_at(w->not_followed, s, p, end) != NULL;
}

/* word_at() of @w alone. */
static inline gboolean
word_fits(const TokenWord *w, const char *s, gsize p, gsize end)
{
	return word_is_at(w, s, p, end) &&
	       (w->not_followed == NULL || !not_followed_at(w, s, p + w->length, end));
}

/* word_at() among the words of @list, those starting with the character at @p.  Inline: a
 * call for each look-up cost about as much as the look-up. */
static inline const TokenWord *
word_in_list(const TokenList *list, const char *s, gsize p, gsize end)
{
	gsize after = p + list->first_length;
	guchar next = after < end ? (guchar)s[after] : 0;
	if (after >= end || !(list->next[next >> 3] & (1u << (next & 7)))) {
		/* no longer word can be there: the first of the character alone that is */
		for (guint i = 0; i < list->alone->len; i++) {
			const TokenWord *w = &g_array_index(list->words, TokenWord,
							    g_array_index(list->alone, guint, i));
			if (word_fits(w, s, p, end))
				return w;
		}
		return NULL;
	}
	for (guint i = 0; i < list->words->len; i++) {
		const TokenWord *w = &g_array_index(list->words, TokenWord, i);
		if (word_fits(w, s, p, end))
			return w;
	}
	return NULL;
}

static inline gboolean
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* End of [0-9]+ at @p, @p when there is none. */
static inline gsize
digits_end(const char *s, gsize p, gsize end)
{
	while (p < end && is_digit(s[p]))
		p++;
	return p;
}

/* ARABIC_REGEX at @p: its end, or @p when it does not match.  Read in the same pass:
 * whether the number is plain, cf_number_read_plain()'s form (no separator, at most one
 * point, at most CF_NUMBER_PLAIN_MAX_DIGITS digits), into @plain, and then its value into
 * @value (tests/test-extract.c compares it with cf_number_read()). */
static inline G_ALWAYS_INLINE gsize
arabic_end(const char *s, gsize p, gsize end, gboolean *plain, CfDecimal *value)
{
	guint64 mantissa = 0; /* wraps for more digits than plain: not used then */
	gsize q = p;
	for (; q < end && is_digit(s[q]); q++)
		mantissa = mantissa * 10 + (guint64)(s[q] - '0');
	if (q == p)
		return p;
	gsize digits = q - p, points = 0, scale = 0;
	gboolean grouped = FALSE;
	/* after 第 an ASCII comma not before a group of three ends the ordinal's clause
	 * (排名第2,10年来首次…): no separator */
	const gboolean ordinal = p >= 3 && memcmp(s + p - 3, "第", 3) == 0;
	while (q + 1 < end && s[q] == ',' && is_digit(s[q + 1])) {
		gsize group_end = digits_end(s, q + 1, end);
		if (ordinal && group_end - (q + 1) != 3)
			break;
		/* a year after an ASCII comma starts a clause (…(截至2020年)1,2022年城市污水处理率
		 * …: a footnote marker, then 2022年) */
		if (!ordinal && group_end - (q + 1) == 4 && end - group_end >= 3 &&
		    memcmp(s + group_end, "年", 3) == 0)
			break;
		grouped = TRUE;
		q = group_end;
	}
	while (q + 1 < end && s[q] == '.' && is_digit(s[q + 1])) {
		gsize fraction = ++q;
		for (; q < end && is_digit(s[q]); q++)
			mantissa = mantissa * 10 + (guint64)(s[q] - '0');
		points++;
		scale = q - fraction;
		digits += scale;
	}
	*plain = !grouped && points <= 1 && digits <= CF_NUMBER_PLAIN_MAX_DIGITS;
	if (*plain)
		*value = (CfDecimal){(gint64)mantissa, (gint32)scale};
	return q;
}

/* [set]+ at @p: its end, or @p. */
static gsize
set_run_end(const CharSet *set, const char *s, gsize p, gsize end)
{
	while (p < end) {
		gsize n;
		if (!char_set_has(set, decode(s + p, end - p, &n)))
			break;
		p += n;
	}
	return p;
}

/* CHINESE at @p: [digits]+ then, when a point word and digits follow, those; its end, or @p. */
static gsize
chinese_end(const LexTokenMatcher *m, const char *s, gsize p, gsize end)
{
	gsize q = set_run_end(&m->chinese, s, p, end);
	if (q == p)
		return p;
	/* (?:POINT[digits]+)?: the first point word after which a digit follows */
	const TokenList *list = words_starting(&m->points, s, q, end);
	for (guint i = 0; list && i < list->words->len; i++) {
		const TokenWord *w = &g_array_index(list->words, TokenWord, i);
		if (!word_is_at(w, s, q, end))
			continue;
		gsize r = set_run_end(&m->chinese, s, q + w->length, end);
		if (r > q + w->length)
			return r;
	}
	return q;
}

static inline void
set_part(LexToken *t, LexPart part, gsize start, gsize end)
{
	t->set |= 1u << part;
	t->part_start[part] = start;
	t->part_end[part] = end;
}

/* (?<a>ARABIC)(?<b>…)?|(?<c>CHINESE) at @p: its end, or @p (groups untouched then). */
static inline G_ALWAYS_INLINE gsize
numeral(const LexTokenMatcher *m, const char *s, gsize p, gsize end, LexToken *t)
{
	gsize q = arabic_end(s, p, end, &t->plain, &t->value);
	if (q > p) {
		set_part(t, LEX_PART_ARABIC, p, q);
		/* (?:LOOKALIKE+[0-9]+)+ */
		gsize b = q;
		for (;;) {
			gsize l = b;
			while (l < end && char_set_has(&m->lookalike, (guchar)s[l]))
				l++;
			gsize d = digits_end(s, l, end);
			if (l == b || d == l)
				break;
			b = d;
		}
		if (b > q)
			set_part(t, LEX_PART_BAD, q, b);
		return b;
	}
	q = chinese_end(m, s, p, end);
	if (q > p)
		set_part(t, LEX_PART_CHINESE, p, q);
	return q;
}

static inline gsize
spaces_end(const char *s, gsize p, gsize end)
{
	while (p < end && (s[p] == ' ' || s[p] == '\t'))
		p++;
	return p;
}

/* (?:[ \t]*(?<r>RANGE)[ \t]*(?:(?<a2>ARABIC)|(?<c2>CHINESE)))? at @p: its end (@p when
 * the group does not match). */
static gsize
range(const LexTokenMatcher *m, const char *s, gsize p, gsize end, LexToken *t)
{
	gsize spaces = spaces_end(s, p, end);
	for (gsize k = spaces + 1; k-- > p;) {
		const TokenList *list = words_starting(&m->range, s, k, end);
		for (guint i = 0; list && i < list->words->len; i++) {
			const TokenWord *w = &g_array_index(list->words, TokenWord, i);
			if (!word_is_at(w, s, k, end))
				continue;
			gsize after = k + w->length;
			for (gsize j = spaces_end(s, after, end) + 1; j-- > after;) {
				gboolean plain;
				CfDecimal value;
				gsize q = arabic_end(s, j, end, &plain, &value);
				LexPart part = LEX_PART_ARABIC2;
				if (q == j) {
					q = chinese_end(m, s, j, end);
					part = LEX_PART_CHINESE2;
				}
				if (q > j) {
					set_part(t, LEX_PART_RANGE_SEP, k, after);
					set_part(t, part, j, q);
					return q;
				}
			}
		}
	}
	return p;
}

/* Whether a word of an optional group after the numeral may start at s[q, end) (q < end):
 * words_starting() of the union of their first characters. */
static inline gboolean
may_follow(const LexTokenMatcher *m, const char *s, gsize q, gsize end)
{
	if (((guchar)s[q] & 0xF0) == 0xE0 && end - q >= 3)
		return bits_have3(m->follow.bits, (const guchar *)s + q);
	gsize n;
	return char_set_has(&m->follow, decode(s + q, end - q, &n));
}

/* The FOLLOW_* bits of the alternations after the numeral with a word that starts with the
 * character at s[q, end), which @c receives when any has; 0 at @end.  The character is
 * decoded once for all the alternations tried at @q. */
static inline guint
follow_at(const LexTokenMatcher *m, const char *s, gsize q, gsize end, gunichar *c)
{
	if (q >= end || !may_follow(m, s, q, end))
		return 0;
	gsize n;
	gunichar d = decode(s + q, end - q, &n);
	const guint8 *page = d < 65536 ? m->follow_kinds[d >> 8] : NULL;
	*c = d;
	return page != NULL ? page[d & 0xFF] : 0;
}

/* The words of @words that start with @c, a character one of them starts with (its
 * follow_at() bit is on). */
static inline const TokenList *
words_of(const TokenWords *words, gunichar c)
{
	return words->lists->pdata[words->pages[c >> 8][c & 0xFF] - 1];
}

/* (?<part>MULTIPLIER{1,2})? at @p, where follow_at() gave @kinds and @c (both moved on
 * with the words taken): its end; @words receives how many it took. */
static gsize
multipliers_at(const LexTokenMatcher *m, LexPart part, const char *s, gsize p, gsize end,
	       LexToken *t, guint *words, guint *kinds, gunichar *c)
{
	gsize q = p;
	guint k = 0;
	for (; k < 2 && (*kinds & FOLLOW_MULTIPLIER); k++) {
		const TokenWord *w = word_in_list(words_of(&m->multiplier, *c), s, q, end);
		if (w == NULL)
			break;
		q += w->length;
		*kinds = follow_at(m, s, q, end, c);
	}
	if (q > p)
		set_part(t, part, p, q);
	*words = k;
	return q;
}

/* (?<part>WORDS)? at @q, where follow_at() gave @kinds and @c: its end. */
static inline gsize
optional_word_at(const TokenWords *words, guint kind, LexPart part, const char *s, gsize q,
		 gsize end, LexToken *t, guint kinds, gunichar c)
{
	const TokenWord *w = (kinds & kind) ? word_in_list(words_of(words, c), s, q, end) : NULL;
	if (w == NULL)
		return q;
	set_part(t, part, q, q + w->length);
	return q + w->length;
}

static inline gboolean
is_space(char c)
{
	return c == ' ' || c == '\t';
}

/* The token pattern by hand at @p: FALSE when it does not match. */
static inline G_ALWAYS_INLINE gboolean
token_by_hand(const LexTokenMatcher *m, const char *s, gsize end, gsize p, LexToken *t)
{
	t->set = 0;
	t->unit = NULL;
	t->plain = FALSE;

	/* (?:(?<p>PREFIX))? then the numeral; without it when no numeral follows the prefix */
	gsize q = p;
	const TokenList *list = words_starting(&m->prefix, s, p, end);
	if (list != NULL) {
		for (guint i = 0; i < list->words->len && q == p; i++) {
			const TokenWord *w = &g_array_index(list->words, TokenWord, i);
			if (!word_is_at(w, s, p, end))
				continue;
			gsize r = numeral(m, s, p + w->length, end, t);
			if (r > p + w->length) {
				set_part(t, LEX_PART_PREFIX, p, p + w->length);
				q = r;
			}
		}
	}
	if (q == p) {
		q = numeral(m, s, p, end, t);
		if (q == p)
			return FALSE;
	}
	/* most numerals are followed by text no optional group can start with: the groups
	 * below would each find nothing.  Each group looks only at the alternations that have
	 * a word starting with the character where it starts (follow_at()). */
	gunichar c = 0;
	guint kinds = follow_at(m, s, q, end, &c);
	if (kinds == 0 && (q >= end || (!is_space(s[q]) && s[q] != '.'))) {
		t->start = p;
		t->end = q;
		return TRUE;
	}
	if (is_space(s[q]) || (kinds & FOLLOW_RANGE)) {
		gsize r = range(m, s, q, end, t);
		if (r > q) {
			q = r;
			kinds = follow_at(m, s, q, end, &c);
		}
	}
	guint taken = 0;
	if (kinds & FOLLOW_MULTIPLIER) /* (most tokens have none: no call) */
		q = multipliers_at(m, LEX_PART_MULT, s, q, end, t, &taken, &kinds, &c);
	gsize inside = optional_word_at(&m->inside, FOLLOW_INSIDE, LEX_PART_INSIDE, s, q, end, t,
					kinds, c);
	/* the second multiplier group, where it can take what the first did not: after an
	 * inside-qualifier, or after two multipliers (the first group stopped at q finding none
	 * there otherwise) */
	if (inside > q) {
		kinds = follow_at(m, s, inside, end, &c);
		q = multipliers_at(m, LEX_PART_MULT2, s, inside, end, t, &taken, &kinds, &c);
	} else if (taken == 2) {
		q = multipliers_at(m, LEX_PART_MULT2, s, q, end, t, &taken, &kinds, &c);
	}

	/* (?:(?<s>[ \t]*)(?<u>UNIT))?: more spaces first */
	if (q < end && is_space(s[q])) {
		gsize spaces = spaces_end(s, q, end);
		for (gsize k = spaces + 1; k-- > q;) {
			const TokenWord *w = word_at(&m->unit, s, k, end);
			if (w != NULL) {
				set_part(t, LEX_PART_SPACE, q, k);
				set_part(t, LEX_PART_UNIT, k, k + w->length);
				t->unit = w->unit;
				q = k + w->length;
				break;
			}
		}
		kinds = follow_at(m, s, q, end, &c);
	} else if (q + 1 < end && s[q] == '.' && (kinds & FOLLOW_UNIT) == 0 &&
		   (t->set & 1u << LEX_PART_ARABIC)) {
		/* |(?(<a>)\.(?=SPACED)|(?!)): after Arabic digits, a stray point before a unit
		 * whose spacing is reported (75.28.%) */
		const TokenWord *w = word_at(&m->unit, s, q + 1, end);
		if (w != NULL && w->unit->spaced_malformed) {
			set_part(t, LEX_PART_SPACE, q, q + 1);
			set_part(t, LEX_PART_UNIT, q + 1, q + 1 + w->length);
			t->unit = w->unit;
			q += 1 + w->length;
			kinds = follow_at(m, s, q, end, &c);
		}
	} else if (kinds & FOLLOW_UNIT) {
		const TokenWord *w = word_in_list(words_of(&m->unit, c), s, q, end);
		if (w != NULL) {
			set_part(t, LEX_PART_SPACE, q, q);
			set_part(t, LEX_PART_UNIT, q, q + w->length);
			t->unit = w->unit;
			q += w->length;
			kinds = follow_at(m, s, q, end, &c);
		}
	}
	q = optional_word_at(&m->after, FOLLOW_AFTER, LEX_PART_AFTER, s, q, end, t, kinds, c);
	t->start = p;
	t->end = q;
	return TRUE;
}

/* The group number of each part in the token pattern. */
static void
part_groups(const CfLexicon *lex, guint32 groups[LEX_PARTS])
{
	const guint32 numbers[LEX_PARTS] = {
		[LEX_PART_PREFIX] = lex->group_prefix,       [LEX_PART_ARABIC] = lex->group_arabic,
		[LEX_PART_BAD] = lex->group_bad,             [LEX_PART_CHINESE] = lex->group_chinese,
		[LEX_PART_RANGE_SEP] = lex->group_range_sep, [LEX_PART_ARABIC2] = lex->group_arabic2,
		[LEX_PART_CHINESE2] = lex->group_chinese2,   [LEX_PART_MULT] = lex->group_mult,
		[LEX_PART_INSIDE] = lex->group_inside,       [LEX_PART_MULT2] = lex->group_mult2,
		[LEX_PART_SPACE] = lex->group_space,         [LEX_PART_UNIT] = lex->group_unit,
		[LEX_PART_AFTER] = lex->group_after,
	};
	memcpy(groups, numbers, sizeof numbers);
}

gboolean
lexicon_token_by_hand(const CfLexicon *lex, const char *s, gsize end, gsize p, LexGroups *g)
{
	for (guint i = 0; i < LEX_GROUPS; i++)
		g->start[i] = g->end[i] = PCRE2_UNSET;
	g->unit = NULL;
	LexToken t;
	if (!token_by_hand(lex->matcher, s, end, p, &t))
		return FALSE;
	guint32 groups[LEX_PARTS];
	part_groups(lex, groups);
	for (guint k = 0; k < LEX_PARTS; k++) {
		if ((t.set >> k & 1) && groups[k] < LEX_GROUPS) {
			g->start[groups[k]] = t.part_start[k];
			g->end[groups[k]] = t.part_end[k];
		}
	}
	g->start[0] = t.start;
	g->end[0] = t.end;
	g->unit = t.unit;
	return TRUE;
}

gboolean
lexicon_token_by_pcre2(const CfLexicon *lex, const char *s, gsize end, gsize p,
		       pcre2_match_data *match, LexGroups *g)
{
	int rc = lex->token_jit ? pcre2_jit_match(lex->token, (PCRE2_SPTR)s, end, p, 0, match,
						  NULL)
				: pcre2_match(lex->token, (PCRE2_SPTR)s, end, p,
					      PCRE2_NO_UTF_CHECK, match, NULL);
	if (rc < 0)
		return FALSE;
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(match);
	guint32 count = pcre2_get_ovector_count(match);
	for (guint i = 0; i < LEX_GROUPS; i++) {
		gboolean set = i < count && i < (guint)rc;
		g->start[i] = set ? ov[2 * i] : PCRE2_UNSET;
		g->end[i] = set ? ov[2 * i + 1] : PCRE2_UNSET;
	}
	g->unit = NULL;
	return TRUE;
}

gboolean
lexicon_match_token_parts(const CfLexicon *lex, const char *s, gsize end, gsize p,
			  pcre2_match_data *match, LexToken *t)
{
	if (lex->matcher != NULL)
		return token_by_hand(lex->matcher, s, end, p, t);
	LexGroups g;
	if (!lexicon_token_by_pcre2(lex, s, end, p, match, &g))
		return FALSE;
	guint32 groups[LEX_PARTS];
	part_groups(lex, groups);
	t->set = 0;
	for (guint k = 0; k < LEX_PARTS; k++)
		if (groups[k] < LEX_GROUPS && g.start[groups[k]] != PCRE2_UNSET)
			set_part(t, k, g.start[groups[k]], g.end[groups[k]]);
	t->start = g.start[0];
	t->end = g.end[0];
	t->unit = NULL;
	t->plain = FALSE;
	return TRUE;
}

/* ---- building ---- */

/* The characters of "[…]" with nothing but plain ASCII letters and digits inside; FALSE for
 * any other class. */
static gboolean
simple_class(const char *regex, CharSet *set)
{
	gsize n = regex ? strlen(regex) : 0;
	if (n < 3 || regex[0] != '[' || regex[n - 1] != ']')
		return FALSE;
	for (gsize i = 1; i + 1 < n; i++) {
		if (!g_ascii_isalnum(regex[i]))
			return FALSE;
		char_set_add(set, (guchar)regex[i]);
	}
	return TRUE;
}

static gboolean
usable_word(const char *word)
{
	return word[0] != '\0' && g_utf8_get_char(word) < 65536;
}

/* @words (NULL-terminated, or NULL) as the not_followed words of a word: NULL when there
 * are none, or when one is not usable (*@ok is then FALSE). */
static TokenWords *
not_followed_words(char **words, gboolean *ok)
{
	if (words == NULL || words[0] == NULL)
		return NULL;
	TokenWords *list = g_new(TokenWords, 1);
	token_words_init(list);
	for (guint k = 0; words[k]; k++) {
		if (!usable_word(words[k])) {
			token_words_free(list);
			*ok = FALSE;
			return NULL;
		}
		token_words_add(list, words[k], NULL, NULL);
	}
	return list;
}

static gboolean
add_words(TokenWords *words, GPtrArray *sorted)
{
	for (guint i = 0; i < sorted->len; i++) {
		if (!usable_word(sorted->pdata[i]))
			return FALSE;
		token_words_add(words, sorted->pdata[i], NULL, NULL);
	}
	return TRUE;
}

void
lexicon_token_matcher_free(LexTokenMatcher *m)
{
	if (m == NULL)
		return;
	TokenWords *lists[] = {&m->prefix,     &m->points, &m->range, &m->multiplier,
			       &m->inside,     &m->unit,   &m->after};
	for (guint i = 0; i < G_N_ELEMENTS(lists); i++)
		token_words_clear(lists[i]);
	for (guint i = 0; i < G_N_ELEMENTS(m->follow_kinds); i++)
		g_free(m->follow_kinds[i]);
	g_free(m);
}

LexTokenMatcher *
lexicon_token_matcher_new(const LexTokenSyntax *syntax)
{
	if (g_strcmp0(syntax->arabic, ARABIC_REGEX) != 0)
		return NULL;
	LexTokenMatcher *m = g_new0(LexTokenMatcher, 1);
	TokenWords *lists[] = {&m->prefix,     &m->points, &m->range, &m->multiplier,
			       &m->inside,     &m->unit,   &m->after};
	for (guint i = 0; i < G_N_ELEMENTS(lists); i++)
		token_words_init(lists[i]);
	gboolean ok = simple_class(syntax->lookalike, &m->lookalike);
	for (guint i = 0; ok && syntax->chinese_digits[i]; i++) {
		ok = usable_word(syntax->chinese_digits[i]);
		for (const char *c = syntax->chinese_digits[i]; ok && *c; c = g_utf8_next_char(c)) {
			ok = g_utf8_get_char(c) < 65536;
			char_set_add(&m->chinese, g_utf8_get_char(c));
		}
	}
	ok = ok && add_words(&m->prefix, syntax->prefixes) && add_words(&m->points, syntax->points) &&
	     add_words(&m->range, syntax->range_separators) &&
	     add_words(&m->inside, syntax->inside) && add_words(&m->after, syntax->after);
	for (guint i = 0; ok && i < syntax->multipliers->len; i++) {
		ok = usable_word(syntax->multipliers->pdata[i]);
		TokenWords *not_followed = ok ? not_followed_words(syntax->multiplier_rests[i], &ok)
					      : NULL;
		if (ok)
			token_words_add(&m->multiplier, syntax->multipliers->pdata[i], not_followed,
					NULL);
	}
	for (guint i = 0; ok && i < syntax->units->len; i++) {
		const LexUnit *u = syntax->units->pdata[i];
		ok = usable_word(u->word);
		TokenWords *not_followed = ok ? not_followed_words(u->not_followed_by, &ok) : NULL;
		if (ok)
			token_words_add(&m->unit, u->word, not_followed, u);
	}
	if (!ok) {
		lexicon_token_matcher_free(m);
		return NULL;
	}
	const TokenWords *follow[] = {&m->range, &m->multiplier, &m->inside, &m->unit, &m->after};
	const guint8 kinds[] = {FOLLOW_RANGE, FOLLOW_MULTIPLIER, FOLLOW_INSIDE, FOLLOW_UNIT,
				FOLLOW_AFTER};
	for (guint i = 0; i < G_N_ELEMENTS(follow); i++) {
		for (guint b = 0; b < sizeof m->follow.bits; b++)
			m->follow.bits[b] |= follow[i]->first.bits[b];
		for (guint page = 0; page < G_N_ELEMENTS(follow[i]->pages); page++) {
			for (guint k = 0; follow[i]->pages[page] != NULL && k < 256; k++) {
				if (follow[i]->pages[page][k] == 0)
					continue;
				if (m->follow_kinds[page] == NULL)
					m->follow_kinds[page] = g_new0(guint8, 256);
				m->follow_kinds[page][k] |= kinds[i];
			}
		}
	}
	return m;
}

void
lexicon_dotted_date_prepare(CfLexicon *lex)
{
	memset(lex->dotted_date_first, 0xFF, sizeof lex->dotted_date_first);
	lex->dotted_date_min_length = 0;
	if (lex->dotted_date == NULL)
		return;
	uint32_t min_length = 0, first_type = 0, first_unit = 0;
	const uint8_t *bitmap = NULL;
	if (pcre2_pattern_info(lex->dotted_date, PCRE2_INFO_MINLENGTH, &min_length) == 0)
		lex->dotted_date_min_length = min_length;
	if (pcre2_pattern_info(lex->dotted_date, PCRE2_INFO_FIRSTCODETYPE, &first_type) == 0 &&
	    first_type == 1 &&
	    pcre2_pattern_info(lex->dotted_date, PCRE2_INFO_FIRSTCODEUNIT, &first_unit) == 0) {
		/* an ASCII one in either case (the pattern may ignore case); others as unknown */
		if (first_unit < 0x80) {
			memset(lex->dotted_date_first, 0, sizeof lex->dotted_date_first);
			guchar cases[] = {g_ascii_tolower(first_unit), g_ascii_toupper(first_unit)};
			for (guint i = 0; i < G_N_ELEMENTS(cases); i++)
				lex->dotted_date_first[cases[i] >> 3] |= 1u << (cases[i] & 7);
		}
	} else if (pcre2_pattern_info(lex->dotted_date, PCRE2_INFO_FIRSTBITMAP, &bitmap) == 0 &&
		   bitmap != NULL) {
		memcpy(lex->dotted_date_first, bitmap, sizeof lex->dotted_date_first);
	}
}

gboolean
lexicon_dotted_date_by_pcre2(const CfLexicon *lex, const char *text, gsize length,
			     pcre2_match_data *match)
{
	if (lex->dotted_date == NULL)
		return FALSE;
	int r = lex->dotted_date_jit ? pcre2_jit_match(lex->dotted_date, (PCRE2_SPTR)text, length,
						       0, 0, match, NULL)
				     : pcre2_match(lex->dotted_date, (PCRE2_SPTR)text, length, 0,
						   PCRE2_NO_UTF_CHECK, match, NULL);
	return r >= 0;
}

gsize
lexicon_lone_chinese_at(const CfLexicon *lex, const char *s, gsize end, gsize p)
{
	const LexTokenMatcher *m = lex->matcher;
	const guchar *u = (const guchar *)s + p;
	/* a numeral character no prefix nor multiplier word starts with */
	if (m == NULL || end - p < 3 || !bits_have3(m->chinese.bits, u) ||
	    bits_have3(m->prefix.first.bits, u) || bits_have3(m->multiplier.first.bits, u))
		return 0;
	/* then the end, or a character that neither goes on with the numeral (a digit, a
	 * point word) nor starts what may follow one (follow_at(), spaces) */
	gsize q = p + 3;
	if (q == end)
		return q;
	const guchar *v = u + 3;
	if ((v[0] & 0xF0) == 0xE0 && end - q >= 3)
		return bits_have3(m->chinese.bits, v) || bits_have3(m->points.first.bits, v) ||
				       bits_have3(m->follow.bits, v)
			       ? 0
			       : q;
	if (v[0] < 0x80)
		return is_space((char)v[0]) || char_set_has(&m->chinese, v[0]) ||
				       char_set_has(&m->points.first, v[0]) ||
				       char_set_has(&m->follow, v[0])
			       ? 0
			       : q;
	return 0; /* other characters: as the matcher finds */
}
