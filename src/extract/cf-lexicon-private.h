/* cf-lexicon-private.h — the compiled lexicon as the extract stage sees it.
 *
 * Only src/extract/ includes this.  Every entry remembers the file and line it came from so
 * that self-test failures and load errors can name them. */
#pragma once

#include <string.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "extract/cf-lexicon.h"
#include "model/cf-claim.h"
#include "model/cf-decimal.h"

G_BEGIN_DECLS

/* What a unit word makes of the number before it. */
typedef enum {
	UNIT_AMOUNT,   /* units.ini */
	UNIT_RATE,     /* rates.ini */
	UNIT_COUNT,    /* measures.ini kind=count … */
	UNIT_QUANTITY,
	UNIT_SCORE,
	UNIT_PERCENT,
	UNIT_YEAR,     /* a calendar year for integers in [year_min, year_max], else a duration */
	UNIT_DATE,     /* month/day of a date: no claim, except as an arithmetic operand */
} UnitKind;

typedef enum {
	QUAL_BEFORE,
	QUAL_INSIDE,
	QUAL_AFTER,
} QualifierPosition;

typedef enum {
	WIDEN_FACTOR,    /* widen × v */
	WIDEN_PLACE,     /* one unit of the last non-zero digit */
	WIDEN_UNBOUNDED, /* no bound on the open side */
} WidenKind;

typedef enum {
	CUE_LABEL_KEEP,
	CUE_LABEL_BOUNDARY,
	CUE_LABEL_STRIP,
} CueLabel;

/* Where an entry was defined, and its examples. */
typedef struct {
	const char *file;  /* interned basename */
	guint line;        /* line of the [group] */
	char **match;      /* examples that must match (NULL-terminated, may be empty) */
	guint match_line;
	char **no_match;   /* counterexamples */
	guint no_match_line;
} Origin;

typedef struct {
	char *word;
	UnitKind kind;
	int exponent;
	gboolean money_context_only; /* units.ini context=money: 万, 亿 alone */
	gboolean chinese;            /* may follow a Chinese numeral */
	gboolean spaced_malformed;   /* 99.85 % */
	gboolean additive;           /* figures in it add up (not 岁, 毫米 of rain) */
	gboolean in_name;            /* a figure in it right before a noun is part of that name
				      * (60周岁及以上老年人口): no label boundary */
	gboolean multiplied;         /* made of a multiplier and a measure of the files (万人):
				      * read only as a unit after spaces (77451 万人) */
	char **not_followed_by;
	Origin origin;
} LexUnit;

typedef struct {
	char *word;
	QualifierPosition position;
	CfQualifier effect;
	WidenKind widen_kind;
	CfDecimal widen;
	char *not_after;   /* characters that, right before the word, cancel it */
	Origin origin;
} LexQualifier;

typedef struct {
	char *word;
	char *category;
	CueLabel label;
	gboolean carry;
	char *not_after;   /* UTF-8 characters, any of which before the word cancels it */
	char *not_before;
	gsize length;      /* of word, in bytes */
	/* the first cue of the lexicon's list with this word (itself when none is before it):
	 * two cues have one word exactly when these are the same; NULL until set at load */
	const void *first_of_word;
	Origin origin;
} LexCue;

typedef struct {
	char *word;
	CfClaimKind meaning; /* CF_CLAIM_NUMBER for meaning=none */
	Origin origin;
	gsize length;  /* of word, in bytes */
	guint64 bytes; /* cf_utf8_byte_set() of word: a header without these bits lacks it */
} LexColumn;

typedef struct {
	char *word;
	gboolean at_start, at_end;
	Origin origin;
} LexLabelWord;

/* An entry of a WordSet with its word and the word's length in bytes. */
typedef struct {
	gpointer entry;
	const char *word;
	gsize length;
} WordSetEntry;

/* A unit whose word starts with a multiplier word: the rest of the word (after it). */
typedef struct {
	const char *rest;
	gsize length;
	const LexUnit *unit;
} MultiplierUnit;

/* A set of words found by their first character: a bitmap over the BMP for the quick
 * "can a word start here" test, then the candidates for that character, longest first. */
/* A slot of WordSet.slots: a first character and its list (NULL: an empty slot). */
typedef struct {
	gunichar first;
	const GArray *list;
} WordSetSlot;

typedef struct {
	guint8 *first;          /* 65536 bits */
	GHashTable *by_first;   /* gunichar → GArray of WordSetEntry, longest first */
	gboolean has_ascii_first;
	/* by_first again as an open-addressed table (linear probing, at most half full), read
	 * by word_set_match() without a GHashTable call; the lists are by_first's */
	WordSetSlot *slots;
	guint slot_mask;        /* slots has slot_mask + 1 entries, a power of two */
	guint n_slots_used;
} WordSet;

/* A named piece of syntax in numbers.ini, kept for its examples. */
typedef struct {
	char *name;
	char *regex;         /* NULL for word groups */
	pcre2_code *code;    /* the regex alone, anchored at both ends, for the examples */
	Origin origin;
} LexSyntax;

/* A word removed from an end of a label (labels.ini words, arithmetic operators, half
 * quotation marks), with its length and the character the check starts from. */
typedef struct {
	const char *word;
	guint length;
	gboolean at_start, at_end;
} StripWord;

/* A bit per BMP code point. */
typedef struct {
	guint8 bits[65536 / 8];
} CharSet;

static inline gboolean
char_set_has(const CharSet *set, gunichar c)
{
	return c < 65536 && (set->bits[c >> 3] & (1u << (c & 7)));
}

/* Whether the three-byte character at @p (lead byte E0-EF, decoded without checks as
 * char_at() does) has its bit in @bits (a bit per BMP code point, as in CharSet): the code
 * point's bits 6-15 pick a 64-bit word of the bitmap, its bits 0-5 a bit of it, both read
 * from the bytes. */
static inline gboolean
bits_have3(const guint8 *bits, const guchar *p)
{
	guint word = ((guint)(p[0] & 0x0F) << 6) | (p[1] & 0x3F);
	guint64 w;
	memcpy(&w, bits + 8 * word, 8);
	return (GUINT64_FROM_LE(w) >> (p[2] & 0x3F)) & 1;
}

/* Whether the @n bytes at @a and @b are the same.  For lexicon words, a few bytes long:
 * compared inline, a call to memcmp() costs more than the comparison. */
static inline gboolean
short_bytes_equal(const char *a, const char *b, gsize n)
{
	for (gsize i = 0; i < n; i++)
		if (a[i] != b[i])
			return FALSE;
	return TRUE;
}

static inline void
char_set_add(CharSet *set, gunichar c)
{
	if (c < 65536)
		set->bits[c >> 3] |= (guint8)(1u << (c & 7));
}

/* The candidate scan's 16-byte filter (cf-extract.c): every three-byte candidate character
 * is given one of 8 buckets (by its first two bytes), and for each of its three bytes the
 * bucket's bit is set in a PSHUFB table for the byte's low nibble and one for its high
 * nibble.  A position whose three bytes have a bucket in common may start a candidate; one
 * that has none cannot. */
typedef struct {
	gboolean usable; /* every candidate beyond ASCII is a three-byte character (not U+FFFD) */
	guint8 low[3][16], high[3][16];
} CandidateFilter;

/* ---- the token pattern (cf-token.c) ---- */

/* Capture groups of a token match: start/end offsets, PCRE2_UNSET when a group is unset. */
#define LEX_GROUPS 16
typedef struct {
	gsize start[LEX_GROUPS], end[LEX_GROUPS];
	const LexUnit *unit; /* the unit group's entry when the hand matcher set it, else NULL */
} LexGroups;

/* The parts of the token pattern (its named groups), in pattern order, which is also the
 * order of their offsets in a match but for the prefix (before the numeral). */
typedef enum {
	LEX_PART_PREFIX,
	LEX_PART_ARABIC,
	LEX_PART_BAD,
	LEX_PART_CHINESE,
	LEX_PART_RANGE_SEP,
	LEX_PART_ARABIC2,
	LEX_PART_CHINESE2,
	LEX_PART_MULT,
	LEX_PART_INSIDE,
	LEX_PART_MULT2,
	LEX_PART_SPACE,
	LEX_PART_UNIT,
	LEX_PART_AFTER,
	LEX_PARTS
} LexPart;

/* A token match by part, what the extractor reads (LexGroups by number is what PCRE2
 * gives): part k matched [part_start[k], part_end[k]) when bit k of set is on; the offsets
 * of a part not in set are undefined.  The whole match is [start, end). */
typedef struct {
	guint32 set;
	gsize start, end;
	gsize part_start[LEX_PARTS], part_end[LEX_PARTS];
	const LexUnit *unit; /* the unit part's entry when the hand matcher set it, else NULL */
	gboolean plain;      /* the hand matcher read the Arabic part as cf_number_read_plain()
			      * does: it is plain and value is what that reads */
	CfDecimal value;
} LexToken;

/* The token pattern matched without PCRE2 (cf-token.c). */
typedef struct LexTokenMatcher LexTokenMatcher;

/* What the token pattern is built from, every list in the order of its alternation. */
typedef struct {
	const char *arabic, *lookalike; /* numbers.ini regex= values */
	char **chinese_digits;
	GPtrArray *prefixes, *points, *range_separators, *multipliers, *inside, *after; /* char* */
	GPtrArray *units;                                                              /* LexUnit* */
	/* per multiplier (in its order): the rests of the unit words it starts that are no unit
	 * of their own (千 → 瓦时 of 千瓦时), NULL-terminated; the multiplier is none before one
	 * of them */
	char ***multiplier_rests;
} LexTokenSyntax;

struct CfLexicon {
	char *directory;
	guint64 serial; /* told apart from every other lexicon of the process (per-thread memos) */
	GStringChunk *strings;

	GPtrArray *units;       /* LexUnit*: units, rates, measures */
	GHashTable *unit_by_word;
	GPtrArray *qualifiers;  /* LexQualifier* */
	GPtrArray *cues;        /* LexCue* */
	GPtrArray *carry_cues;  /* the cues with carry=true (borrowed from cues) */
	GPtrArray *columns;     /* LexColumn* */
	GPtrArray *label_words; /* LexLabelWord* */
	GPtrArray *syntax;      /* LexSyntax* */

	WordSet before_qualifiers; /* position=before, matched backwards from a number */
	GPtrArray *before_list;    /* the same, longest first */
	GHashTable *qualifier_by_word;
	WordSet cue_set;
	WordSet money_set;
	GPtrArray *label_list;     /* LexLabelWord*, longest first */

	/* numbers.ini */
	guint8 candidate[65536 / 8]; /* code points a number token can start with */
	CandidateFilter candidate_filter; /* the same, 16 bytes at a time (cf-extract.c) */
	char **chinese_digits;
	char **chinese_points;
	char **multipliers;
	int *multiplier_exponents;
	gsize *multiplier_lengths; /* of each word, in bytes */
	/* per multiplier, the units whose word is that multiplier's word and more (万元 for 万):
	 * MultiplierUnit, looked up by the rest of the word (cf-extract.c) */
	GArray **multiplier_units;
	char **percent_prefixes;
	char **ordinal_prefixes;
	char **range_separators;
	char **op_times, **op_plus, **op_equals;
	char **money_words;
	char **enumerator_followers;
	int year_min, year_max;
	pcre2_code *dotted_date;  /* anchored both ends */
	gboolean dotted_date_jit; /* JIT-compiled: pcre2_jit_match() runs it */
	/* what PCRE2 knows of any dotted_date match (lexicon_dotted_date_prepare()): its least
	 * length, and the bytes it can start with (all 256 when PCRE2 does not know them) */
	guint32 dotted_date_min_length;
	guint8 dotted_date_first[32];

	/* the characters span_advance() acts on (cf-extract.c): parentheses, label
	 * boundaries and the first characters of cue words; the walk steps over the rest */
	CharSet walk_stops;

	/* label stripping and before-qualifiers, by the character at the end they touch */
	GArray *strip;            /* StripWord */
	CharSet strip_last;       /* last characters of words stripped from the end */
	CharSet strip_first;      /* first characters of words stripped from the start */
	CharSet before_last;      /* last characters of before-qualifiers */

	/* the one token pattern, anchored: compiled with PCRE2_ANCHORED, matched at candidates */
	pcre2_code *token;
	gboolean token_jit;
	LexTokenMatcher *matcher; /* the same without PCRE2; NULL for a syntax it does not know */
	guint32 group_prefix, group_arabic, group_bad, group_chinese, group_range_sep,
		group_arabic2, group_chinese2, group_mult, group_inside, group_mult2, group_space,
		group_unit, group_after;
};

/* A matcher for the token pattern built from @syntax, or NULL when the syntax regexes are
 * not the ones it implements (then PCRE2 matches alone).  Free with
 * lexicon_token_matcher_free(). */
LexTokenMatcher *lexicon_token_matcher_new(const LexTokenSyntax *syntax);
void lexicon_token_matcher_free(LexTokenMatcher *matcher);

/* The token pattern at @p of @s (matched up to @end) into @groups; FALSE when it does not
 * match: by hand (lex->matcher must be there) or by PCRE2 with @match (from the token
 * pattern).  Both give the same groups (tests compare them). */
gboolean lexicon_token_by_hand(const CfLexicon *lex, const char *s, gsize end, gsize p,
			       LexGroups *groups);
gboolean lexicon_token_by_pcre2(const CfLexicon *lex, const char *s, gsize end, gsize p,
				pcre2_match_data *match, LexGroups *groups);
/* The token pattern at @p of @s by part: by hand when lex->matcher is there (it fills
 * @token without groups), else by PCRE2 with @match. */
gboolean lexicon_match_token_parts(const CfLexicon *lex, const char *s, gsize end, gsize p,
				   pcre2_match_data *match, LexToken *token);

/* Sets lex->dotted_date_min_length and dotted_date_first from lex->dotted_date (all bytes
 * and 0 when it is NULL). */
void lexicon_dotted_date_prepare(CfLexicon *lex);
/* lexicon_is_dotted_date() by PCRE2 alone. */
gboolean lexicon_dotted_date_by_pcre2(const CfLexicon *lex, const char *text, gsize length,
				      pcre2_match_data *match);

/* TRUE when the whole of @text (@length bytes) is a dotted date (2022.12.31, the
 * [dotted-date] regex); @match is from the token pattern.  PCRE2 runs only on texts long
 * enough that start with a byte a match can start with. */
static inline gboolean
lexicon_is_dotted_date(const CfLexicon *lex, const char *text, gsize length,
		       pcre2_match_data *match)
{
	guchar first = length > 0 ? (guchar)text[0] : 0;
	if (lex->dotted_date == NULL || length < lex->dotted_date_min_length || length == 0 ||
	    !(lex->dotted_date_first[first >> 3] & (1u << (first & 7))))
		return FALSE;
	return lexicon_dotted_date_by_pcre2(lex, text, length, match);
}

/* lexicon_lone_chinese_end() of a three-byte character at @p. */
gsize lexicon_lone_chinese_at(const CfLexicon *lex, const char *s, gsize end, gsize p);

/* Where the token pattern at @p (p < @end) is sure to match one Chinese numeral character
 * alone, no prefix, multiplier word or anything after it (一 in 统一, 一是): the end of that
 * character; else 0 (nothing known: the matcher decides).  Known from the character and the
 * one after it, by the hand matcher's sets (0 without one). */
static inline gsize
lexicon_lone_chinese_end(const CfLexicon *lex, const char *s, gsize end, gsize p)
{
	return ((guchar)s[p] & 0xF0) == 0xE0 ? lexicon_lone_chinese_at(lex, s, end, p) : 0;
}

/* Tests whether @c may start a number token. */
static inline gboolean
lexicon_is_candidate(const CfLexicon *lex, gunichar c)
{
	return c < 65536 && (lex->candidate[c >> 3] & (1u << (c & 7)));
}

/* The entry of @set whose word starts at @text (within @end), longest first; NULL if none. */
gpointer word_set_match(const WordSet *set, const char *text, const char *end, gsize *length);
/* Whether a word of @set may start with @c (inline: asked for every character of a clause). */
static inline gboolean
word_set_may_start(const WordSet *set, gunichar c)
{
	return c < 65536 && (set->first[c >> 3] & (1u << (c & 7)));
}

/* Looks @word up among the units (exact text). */
const LexUnit *lexicon_lookup_unit(const CfLexicon *lex, const char *word, gsize length);
const LexQualifier *lexicon_lookup_qualifier(const CfLexicon *lex, const char *word,
					     gsize length);
/* The column meaning of a header text (longest word found), CF_CLAIM_N_KINDS if none. */
CfClaimKind lexicon_column_meaning(const CfLexicon *lex, const char *header);
/* lexicon_column_meaning(), worked out once per header, lexicon and thread: a batch repeats
 * its tables' headers in every document (LEXICON_MEANING_MEMO_MAX headers at most, then the
 * memo starts over). */
CfClaimKind lexicon_column_meaning_cached(const CfLexicon *lex, const char *header);
#define LEXICON_MEANING_MEMO_MAX 4096
/* The unit a table's unit text names ("万元", "金额单位：万元"), NULL if none. */
const LexUnit *lexicon_resolve_unit_text(const CfLexicon *lex, const char *text);
/* TRUE when @cue at [at, at+length) in a text [start, end) is a real occurrence. */
gboolean lexicon_cue_applies(const LexCue *cue, const char *start, const char *at, gsize length,
			     const char *end);

G_END_DECLS
