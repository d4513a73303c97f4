/* cf-extract-private.h — the extractor's entry point for the lexicon self-test. */
#pragma once

#include "extract/cf-lexicon-private.h"

G_BEGIN_DECLS

/* Claims of @text read as a one-line document (text == norm).  With @all_tokens, month/day
 * tokens (kind=date) that are not claims are returned too.  When @units is not NULL it maps
 * each returned claim to the LexUnit its unit word came from.  The claims' document pointer
 * is NULL.  Returns a new array owning its claims. */
GPtrArray *extract_text(const CfLexicon *lex, const char *text, gboolean all_tokens,
			GHashTable *units);

/* cf_extract_document() with every token read by the general path (span_scan() and
 * try_token()), none by a fast path: for the tests that hold the fast paths against it. */
GPtrArray *extract_document_general(const CfLexicon *lex, const CfDocument *doc);

/* Fills lex->walk_stops (cue_set must be built), lex->carry_cues, each cue's length,
 * lex->multiplier_lengths and lex->multiplier_units (units loaded): called once by the
 * lexicon loader. */
void extract_fill_walk_stops(CfLexicon *lex);

/* lexicon_lookup_unit() of lex->multipliers[@multiplier] followed by the @length bytes at
 * @rest, as the token reader looks it up (lex->multiplier_units). */
const LexUnit *extract_multiplier_unit(const CfLexicon *lex, int multiplier, const char *rest,
				       gsize length);

/* The first character of s[p, end) a number token can start with (an ASCII digit or a
 * character with lexicon_is_candidate() of the code point char_at() reads there), its length
 * in @n; @end when there is none. */
gsize extract_next_candidate(const CfLexicon *lex, const guchar *s, gsize p, gsize end,
			     gsize *n);

/* extract_next_candidate() for text known to be valid UTF-8 (@p and @end character
 * boundaries) of which s[0, limit) may be read (@limit >= @end): 32 bytes a step with AVX2
 * while 34 readable bytes are left, then 16 with SSSE3 (lex->candidate_filter) while 18
 * are left, the rest as
 * extract_next_candidate() does; extract_next_candidate() itself without SSSE3 or a usable
 * filter.  The extractor takes the same path. */
gsize extract_next_candidate_valid(const CfLexicon *lex, const guchar *s, gsize p, gsize end,
				   gsize limit, gsize *n);

/* Fills lex->candidate_filter from lex->candidate: called once by the lexicon loader. */
void extract_fill_candidate_filter(CfLexicon *lex);

/* The start of the last clause delimiter (。！？；， and ; , ! ?) lying in s[floor, to) of
 * valid UTF-8 (@floor and @to character boundaries), or G_MAXSIZE when there is none;
 * @after receives where the character after it starts. */
gsize extract_last_clause_delimiter(const char *s, gsize floor, gsize to, gsize *after);

/* cf_utf8_char_count(s + from, to - from) for to - from < 64 (locate()'s count between two
 * claims), by 16-byte blocks when @to >= 16; s[to - 16, to) must be readable then. */
guint extract_short_char_count(const char *s, gsize from, gsize to);

/* TRUE when s[from, to) holds \n or \r (a label's test for line breaks to drop), by 16-byte
 * blocks when @to >= 16; s[to - 16, to) must be readable then. */
gboolean extract_has_line_break(const char *s, gsize from, gsize to);

/* The start of the character before @at, stepping back over continuation bytes but not
 * below @floor; G_MAXSIZE when @at <= @floor (valid UTF-8 or not). */
gsize extract_prev_char(const char *s, gsize floor, gsize at);

/* TRUE when @c (a code point) is a character of @set (UTF-8). */
gboolean utf8_set_contains(const char *set, gunichar c);

G_END_DECLS
