/* cf-lexicon.h — the regex lexicon under patterns/, read at run time.
 *
 * The lexicon holds units (元, 万元, 亿元 …), measure words (人, 个, 项 …), qualifiers
 * (约, 余, 近 …), cue words (其中, 合计, 每个, 占 …) and the number syntax, each with examples
 * that must match and counterexamples that must not.  Adding a unit or a measure word is an
 * edit to a file in patterns/, never a change to C.  Patterns are compiled once (PCRE2, UTF,
 * JIT when available, with a plain fallback). */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct CfLexicon CfLexicon;

/* Loads every lexicon file in @directory.  Returns NULL and sets @error (CF_ERROR_PATTERN
 * or CF_ERROR_IO) naming the file, line and offset of the first problem. */
CfLexicon *cf_lexicon_load(const char *directory, GError **error);

/* The directory to load from when none is given: $CROSSFOOT_PATTERNS, else the patterns/
 * folder of the source tree when running from a build tree, else the installed one. */
const char *cf_lexicon_default_directory(void);

/* The directory @lexicon was loaded from (borrowed): later stages read their own data files
 * (identities.ini) from the same place. */
const char *cf_lexicon_get_directory(const CfLexicon *lexicon);

void cf_lexicon_free(CfLexicon *lexicon);

/* Runs every example and counterexample of every pattern against the compiled lexicon.
 * Returns FALSE and sets @error listing each failure ("units.ini:12: '25.2万元' must
 * match") when any fails. */
gboolean cf_lexicon_self_test(const CfLexicon *lexicon, GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(CfLexicon, cf_lexicon_free)

G_END_DECLS
