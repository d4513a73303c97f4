/* cf-lexicon.c — loads the patterns/ .ini files, compiles the token pattern, runs examples.
 *
 * Each file is a GLib key file; a line scan beside GKeyFile remembers where every group and
 * key stands so that every error names file and line.  All number tokens are found by one
 * anchored PCRE2 pattern (JIT when available) tried only at code points that can start a
 * number; cue words, qualifiers and money words are word sets looked up by first character. */
#include "extract/cf-lexicon-private.h"

#include <string.h>

#include "cf-config.h"
#include "extract/cf-extract-private.h"
#include "model/cf-error.h"
#include "model/cf-memo.h"
#include "model/cf-utf8.h"

/* Largest lexicon file read: patterns are small, a bigger file is a mistake. */
#define LEXICON_MAX_FILE_BYTES ((gsize)4 * 1024 * 1024)

/* ---- loading context ---- */

typedef struct {
	const char *name;     /* basename, interned */
	GKeyFile *keys;
	GHashTable *lines;    /* "group\nkey" or "group" → line number */
} LexFile;

static void
lex_file_clear(LexFile *f)
{
	g_clear_pointer(&f->keys, g_key_file_unref);
	g_clear_pointer(&f->lines, g_hash_table_unref);
}

static guint
line_of(const LexFile *f, const char *group, const char *key)
{
	g_autofree char *k = key ? g_strconcat(group, "\n", key, NULL) : g_strdup(group);
	return GPOINTER_TO_UINT(g_hash_table_lookup(f->lines, k));
}

G_GNUC_PRINTF(4, 5)
static gboolean
fail(GError **error, const char *file, guint line, const char *format, ...)
{
	va_list args;
	va_start(args, format);
	g_autofree char *message = g_strdup_vprintf(format, args);
	va_end(args);
	if (line > 0)
		g_set_error(error, CF_ERROR, CF_ERROR_PATTERN, "%s:%u: %s", file, line, message);
	else
		g_set_error(error, CF_ERROR, CF_ERROR_PATTERN, "%s: %s", file, message);
	return FALSE;
}

/* Reads @path, records the line of every group and key, and parses it as a key file. */
static gboolean
lex_file_load(CfLexicon *lex, const char *directory, const char *basename, LexFile *f,
	      GError **error)
{
	g_autofree char *path = g_build_filename(directory, basename, NULL);
	g_autofree char *contents = NULL;
	gsize length = 0;
	g_autoptr(GError) local = NULL;

	f->name = g_string_chunk_insert_const(lex->strings, basename);
	if (!g_file_get_contents(path, &contents, &length, &local)) {
		g_set_error(error, CF_ERROR, CF_ERROR_IO, "cannot read lexicon file '%s': %s", path,
			    local->message);
		return FALSE;
	}
	if (length > LEXICON_MAX_FILE_BYTES)
		return fail(error, f->name, 0, "file is larger than %zu bytes",
			    LEXICON_MAX_FILE_BYTES);
	if (!g_utf8_validate(contents, (gssize)length, NULL))
		return fail(error, f->name, 0, "file is not valid UTF-8");

	f->lines = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	g_autofree char *group = NULL;
	guint number = 0;
	for (char *line = contents; line != NULL && *line != '\0';) {
		char *next = strchr(line, '\n');
		if (next)
			*next = '\0';
		number++;
		g_autofree char *text = g_strstrip(g_strdup(line));
		if (next)
			*next = '\n';
		line = next ? next + 1 : NULL;

		if (text[0] == '\0' || text[0] == '#')
			continue;
		if (text[0] == '[') {
			gsize n = strlen(text);
			if (text[n - 1] != ']' || n < 3)
				return fail(error, f->name, number, "malformed group header '%s'", text);
			g_free(group);
			group = g_strndup(text + 1, n - 2);
			if (g_hash_table_contains(f->lines, group))
				return fail(error, f->name, number, "duplicate entry '%s'", group);
			g_hash_table_insert(f->lines, g_strdup(group), GUINT_TO_POINTER(number));
			continue;
		}
		const char *eq = strchr(text, '=');
		if (eq == NULL || eq == text)
			return fail(error, f->name, number,
				    "line is neither a [group], a key=value pair nor a comment");
		if (group == NULL)
			return fail(error, f->name, number, "key before the first [group]");
		g_autofree char *key = g_strstrip(g_strndup(text, (gsize)(eq - text)));
		g_autofree char *k = g_strconcat(group, "\n", key, NULL);
		if (g_hash_table_contains(f->lines, k))
			return fail(error, f->name, number, "duplicate key '%s' in [%s]", key, group);
		g_hash_table_insert(f->lines, g_steal_pointer(&k), GUINT_TO_POINTER(number));
	}

	f->keys = g_key_file_new();
	g_key_file_set_list_separator(f->keys, ';');
	if (!g_key_file_load_from_data(f->keys, contents, length, G_KEY_FILE_NONE, &local))
		return fail(error, f->name, 0, "%s", local->message);
	return TRUE;
}

/* Fails on any key of @group not in @allowed (NULL-terminated). */
static gboolean
check_keys(const LexFile *f, const char *group, const char *const *allowed, GError **error)
{
	g_auto(GStrv) keys = g_key_file_get_keys(f->keys, group, NULL, NULL);
	for (guint i = 0; keys && keys[i]; i++) {
		if (g_str_equal(keys[i], "match") || g_str_equal(keys[i], "no-match"))
			continue;
		if (!g_strv_contains(allowed, keys[i]))
			return fail(error, f->name, line_of(f, group, keys[i]),
				    "unknown key '%s' in [%s]", keys[i], group);
	}
	return TRUE;
}

static char *
get_string(const LexFile *f, const char *group, const char *key)
{
	if (!g_key_file_has_key(f->keys, group, key, NULL))
		return NULL;
	return g_key_file_get_string(f->keys, group, key, NULL);
}

/* A ;-separated list; empty items are dropped.  Never NULL. */
static char **
get_list(const LexFile *f, const char *group, const char *key)
{
	g_auto(GStrv) raw = NULL;
	if (g_key_file_has_key(f->keys, group, key, NULL))
		raw = g_key_file_get_string_list(f->keys, group, key, NULL, NULL);
	g_autoptr(GStrvBuilder) b = g_strv_builder_new();
	for (guint i = 0; raw && raw[i]; i++) {
		g_strstrip(raw[i]);
		if (raw[i][0] != '\0')
			g_strv_builder_add(b, raw[i]);
	}
	return g_strv_builder_end(b);
}

static void
origin_init(Origin *o, const LexFile *f, const char *group)
{
	o->file = f->name;
	o->line = line_of(f, group, NULL);
	o->match = get_list(f, group, "match");
	o->match_line = line_of(f, group, "match");
	o->no_match = get_list(f, group, "no-match");
	o->no_match_line = line_of(f, group, "no-match");
}

static void
origin_clear(Origin *o)
{
	g_strfreev(o->match);
	g_strfreev(o->no_match);
}

static gboolean
get_int(const LexFile *f, const char *group, const char *key, int low, int high, int fallback,
	int *out, GError **error)
{
	g_autofree char *s = get_string(f, group, key);
	*out = fallback;
	if (s == NULL)
		return TRUE;
	char *end = NULL;
	gint64 v = g_ascii_strtoll(s, &end, 10);
	if (s[0] == '\0' || *end != '\0' || v < low || v > high)
		return fail(error, f->name, line_of(f, group, key),
			    "invalid %s '%s' in [%s]: expected an integer from %d to %d", key, s,
			    group, low, high);
	*out = (int)v;
	return TRUE;
}

static gboolean
get_bool(const LexFile *f, const char *group, const char *key, gboolean fallback,
	 gboolean *out, GError **error)
{
	g_autofree char *s = get_string(f, group, key);
	*out = fallback;
	if (s == NULL)
		return TRUE;
	if (g_str_equal(s, "true"))
		*out = TRUE;
	else if (g_str_equal(s, "false"))
		*out = FALSE;
	else
		return fail(error, f->name, line_of(f, group, key),
			    "invalid %s '%s' in [%s]: expected true or false", key, s, group);
	return TRUE;
}

/* Index of @s in @names (NULL-terminated), or fails naming the choices. */
static gboolean
get_choice(const LexFile *f, const char *group, const char *key, const char *const *names,
	   int fallback, int *out, GError **error)
{
	g_autofree char *s = get_string(f, group, key);
	*out = fallback;
	if (s == NULL) {
		if (fallback < 0)
			return fail(error, f->name, line_of(f, group, NULL),
				    "missing key '%s' in [%s]", key, group);
		return TRUE;
	}
	for (int i = 0; names[i]; i++)
		if (g_str_equal(s, names[i])) {
			*out = i;
			return TRUE;
		}
	g_autofree char *choices = g_strjoinv(", ", (char **)names);
	return fail(error, f->name, line_of(f, group, key), "invalid %s '%s' in [%s]: expected %s",
		    key, s, group, choices);
}

/* ---- word sets ---- */

/* Slots in a new word set's table (a power of two). */
#define WORD_SET_SLOTS 64

static void
word_set_init(WordSet *set)
{
	set->first = g_malloc0(65536 / 8);
	set->by_first = g_hash_table_new_full(NULL, NULL, NULL, (GDestroyNotify)g_array_unref);
	set->slots = g_new0(WordSetSlot, WORD_SET_SLOTS);
	set->slot_mask = WORD_SET_SLOTS - 1;
	set->n_slots_used = 0;
}

static void
word_set_clear(WordSet *set)
{
	g_clear_pointer(&set->first, g_free);
	g_clear_pointer(&set->by_first, g_hash_table_unref);
	g_clear_pointer(&set->slots, g_free);
}

/* The index of @c's slot in @set's table: its own, or the empty one where it would go. */
static inline guint
word_set_slot(const WordSet *set, gunichar c)
{
	guint i = (c * 2654435761u) & set->slot_mask; /* Fibonacci hashing: 2^32 / golden ratio */
	while (set->slots[i].list != NULL && set->slots[i].first != c)
		i = (i + 1) & set->slot_mask;
	return i;
}

/* Puts @list in @set's table as the list of @c (not there yet), doubling the table first
 * when it would be more than half full. */
static void
word_set_index(WordSet *set, gunichar c, const GArray *list)
{
	if (2 * (set->n_slots_used + 1) > set->slot_mask + 1) {
		WordSetSlot *old = set->slots;
		guint n_old = set->slot_mask + 1;
		set->slot_mask = 2 * n_old - 1;
		set->slots = g_new0(WordSetSlot, 2 * n_old);
		for (guint i = 0; i < n_old; i++)
			if (old[i].list != NULL)
				set->slots[word_set_slot(set, old[i].first)] = old[i];
		g_free(old);
	}
	set->slots[word_set_slot(set, c)] = (WordSetSlot){c, list};
	set->n_slots_used++;
}

/* Entries are structs whose first member is `char *word`. */
static const char *
entry_word(gconstpointer entry)
{
	return *(char *const *)entry;
}

static int
longest_first_cb(gconstpointer a, gconstpointer b)
{
	gsize la = strlen(entry_word(*(gconstpointer const *)a));
	gsize lb = strlen(entry_word(*(gconstpointer const *)b));
	return la < lb ? 1 : la > lb ? -1 : 0;
}

/* longest_first_cb() for WordSetEntry: g_array_sort() is stable, the order of words of one
 * length stays the order they were added in, as g_ptr_array_sort() kept it. */
static int
entry_longest_first_cb(gconstpointer a, gconstpointer b)
{
	gsize la = ((const WordSetEntry *)a)->length, lb = ((const WordSetEntry *)b)->length;
	return la < lb ? 1 : la > lb ? -1 : 0;
}

static void
word_set_add(WordSet *set, gpointer entry)
{
	gunichar c = g_utf8_get_char(entry_word(entry));
	if (c >= 65536)
		return;
	set->first[c >> 3] |= (guint8)(1u << (c & 7));
	GArray *list = g_hash_table_lookup(set->by_first, GUINT_TO_POINTER(c));
	if (list == NULL) {
		list = g_array_new(FALSE, FALSE, sizeof(WordSetEntry));
		g_hash_table_insert(set->by_first, GUINT_TO_POINTER(c), list);
		word_set_index(set, c, list);
	}
	WordSetEntry e = {entry, entry_word(entry), strlen(entry_word(entry))};
	g_array_append_val(list, e);
	g_array_sort(list, entry_longest_first_cb);
}

gpointer
word_set_match(const WordSet *set, const char *text, const char *end, gsize *length)
{
	if (text >= end)
		return NULL;
	/* most calls come from a character the caller knows may start a word: a three-byte
	 * one decoded inline */
	const guchar *u = (const guchar *)text;
	gunichar c = (u[0] & 0xF0) == 0xE0 && end - text >= 3
			     ? ((gunichar)(u[0] & 0x0F) << 12) | ((gunichar)(u[1] & 0x3F) << 6) |
				       (u[2] & 0x3F)
			     : g_utf8_get_char(text);
	if (!word_set_may_start(set, c))
		return NULL;
	const GArray *list = set->slots[word_set_slot(set, c)].list;
	for (guint i = 0; list && i < list->len; i++) {
		const WordSetEntry *e = &g_array_index(list, WordSetEntry, i);
		if ((gsize)(end - text) >= e->length && short_bytes_equal(text, e->word, e->length)) {
			if (length)
				*length = e->length;
			return e->entry;
		}
	}
	return NULL;
}

/* ---- entries ---- */

static void
unit_free(LexUnit *u)
{
	g_free(u->word);
	g_strfreev(u->not_followed_by);
	origin_clear(&u->origin);
	g_free(u);
}

static void
qualifier_free(LexQualifier *q)
{
	g_free(q->word);
	g_free(q->not_after);
	origin_clear(&q->origin);
	g_free(q);
}

static void
cue_free(LexCue *c)
{
	g_free(c->word);
	g_free(c->category);
	g_free(c->not_after);
	g_free(c->not_before);
	origin_clear(&c->origin);
	g_free(c);
}

static void
column_free(LexColumn *c)
{
	g_free(c->word);
	origin_clear(&c->origin);
	g_free(c);
}

static void
label_word_free(LexLabelWord *w)
{
	g_free(w->word);
	origin_clear(&w->origin);
	g_free(w);
}

static void
syntax_free(LexSyntax *s)
{
	g_free(s->name);
	g_free(s->regex);
	pcre2_code_free(s->code);
	origin_clear(&s->origin);
	g_free(s);
}

static gboolean
add_unit(CfLexicon *lex, LexUnit *u, const LexFile *f, GError **error)
{
	if (g_hash_table_contains(lex->unit_by_word, u->word)) {
		const LexUnit *other = g_hash_table_lookup(lex->unit_by_word, u->word);
		gboolean ok = fail(error, f->name, u->origin.line,
				   "unit '%s' is already defined in %s:%u", u->word,
				   other->origin.file, other->origin.line);
		unit_free(u);
		return ok;
	}
	g_ptr_array_add(lex->units, u);
	g_hash_table_insert(lex->unit_by_word, u->word, u);
	return TRUE;
}

static gboolean
load_units(CfLexicon *lex, const LexFile *f, UnitKind family, GError **error)
{
	static const char *const unit_keys[] = {"exponent", "context", NULL};
	static const char *const rate_keys[] = {"exponent", NULL};
	static const char *const measure_keys[] = {
		"kind",   "exponent", "chinese", "not-followed-by",
		"spaced", "additive", "in-name", NULL};
	static const char *const kinds[] = {"count", "quantity", "score", "percent",
					    "year", "date", NULL};
	static const UnitKind kind_values[] = {UNIT_COUNT, UNIT_QUANTITY, UNIT_SCORE,
					       UNIT_PERCENT, UNIT_YEAR, UNIT_DATE};
	static const char *const contexts[] = {"any", "money", NULL};
	static const char *const spacing[] = {"ok", "malformed", NULL};

	g_auto(GStrv) groups = g_key_file_get_groups(f->keys, NULL);
	for (guint i = 0; groups[i]; i++) {
		const char *g = groups[i];
		const char *const *allowed = family == UNIT_AMOUNT ? unit_keys
					     : family == UNIT_RATE ? rate_keys
								   : measure_keys;
		if (!check_keys(f, g, allowed, error))
			return FALSE;
		LexUnit *u = g_new0(LexUnit, 1);
		u->word = g_strdup(g);
		u->kind = family;
		u->chinese = TRUE;
		u->additive = TRUE;
		origin_init(&u->origin, f, g);
		int v = 0;
		gboolean ok = get_int(f, g, "exponent", -18, 18, 0, &u->exponent, error);
		if (ok && family == UNIT_AMOUNT) {
			ok = get_choice(f, g, "context", contexts, 0, &v, error);
			u->money_context_only = v == 1;
		}
		if (ok && family == UNIT_COUNT) {
			ok = get_choice(f, g, "kind", kinds, -1, &v, error);
			if (ok)
				u->kind = kind_values[v];
			ok = ok && get_bool(f, g, "chinese", TRUE, &u->chinese, error);
			ok = ok && get_bool(f, g, "additive", TRUE, &u->additive, error);
			ok = ok && get_bool(f, g, "in-name", FALSE, &u->in_name, error);
			ok = ok && get_choice(f, g, "spaced", spacing, 0, &v, error);
			u->spaced_malformed = v == 1;
			u->not_followed_by = get_list(f, g, "not-followed-by");
		}
		if (!ok) {
			unit_free(u);
			return FALSE;
		}
		if (!add_unit(lex, u, f, error))
			return FALSE;
	}
	return TRUE;
}

static gboolean
load_qualifiers(CfLexicon *lex, const LexFile *f, GError **error)
{
	static const char *const keys[] = {"position", "effect", "widen", "not-after", NULL};
	static const char *const positions[] = {"before", "inside", "after", NULL};
	static const char *const effects[] = {"approx", "at-least", "at-most", "below", NULL};
	static const CfQualifier effect_values[] = {CF_QUALIFIER_APPROX, CF_QUALIFIER_AT_LEAST,
						    CF_QUALIFIER_AT_MOST, CF_QUALIFIER_BELOW};
	g_auto(GStrv) groups = g_key_file_get_groups(f->keys, NULL);
	for (guint i = 0; groups[i]; i++) {
		const char *g = groups[i];
		if (!check_keys(f, g, keys, error))
			return FALSE;
		LexQualifier *q = g_new0(LexQualifier, 1);
		q->word = g_strdup(g);
		origin_init(&q->origin, f, g);
		g_ptr_array_add(lex->qualifiers, q);
		int pos = 0, effect = 0;
		if (!get_choice(f, g, "position", positions, -1, &pos, error) ||
		    !get_choice(f, g, "effect", effects, -1, &effect, error))
			return FALSE;
		q->position = (QualifierPosition)pos;
		g_auto(GStrv) not_after = get_list(f, g, "not-after");
		q->not_after = g_strjoinv("", not_after);
		q->effect = effect_values[effect];
		g_autofree char *widen = get_string(f, g, "widen");
		q->widen = cf_decimal_from_int(0);
		if (widen == NULL || g_str_equal(widen, "0")) {
			q->widen_kind = WIDEN_FACTOR;
		} else if (g_str_equal(widen, "place")) {
			q->widen_kind = WIDEN_PLACE;
		} else if (g_str_equal(widen, "unbounded")) {
			q->widen_kind = WIDEN_UNBOUNDED;
		} else if (cf_decimal_parse(widen, -1, &q->widen) && cf_decimal_sign(q->widen) >= 0) {
			q->widen_kind = WIDEN_FACTOR;
		} else {
			return fail(error, f->name, line_of(f, g, "widen"),
				    "invalid widen '%s' in [%s]: expected a fraction, place or "
				    "unbounded",
				    widen, g);
		}
		g_hash_table_insert(lex->qualifier_by_word, q->word, q);
		if (q->position == QUAL_BEFORE)
			g_ptr_array_add(lex->before_list, q);
	}
	return TRUE;
}

static gboolean
load_cues(CfLexicon *lex, const LexFile *f, GError **error)
{
	static const char *const keys[] = {"category", "label", "carry", "not-after",
					   "not-before", NULL};
	static const char *const labels[] = {"keep", "boundary", "strip", NULL};
	g_auto(GStrv) groups = g_key_file_get_groups(f->keys, NULL);
	for (guint i = 0; groups[i]; i++) {
		const char *g = groups[i];
		if (!check_keys(f, g, keys, error))
			return FALSE;
		LexCue *c = g_new0(LexCue, 1);
		c->word = g_strdup(g);
		origin_init(&c->origin, f, g);
		g_ptr_array_add(lex->cues, c);
		int label = 0;
		if (!get_choice(f, g, "label", labels, 0, &label, error) ||
		    !get_bool(f, g, "carry", FALSE, &c->carry, error))
			return FALSE;
		c->label = (CueLabel)label;
		c->category = get_string(f, g, "category");
		if (c->category == NULL)
			return fail(error, f->name, c->origin.line, "missing key 'category' in [%s]",
				    g);
		g_auto(GStrv) after = get_list(f, g, "not-after");
		g_auto(GStrv) before = get_list(f, g, "not-before");
		c->not_after = g_strjoinv("", after);
		c->not_before = g_strjoinv("", before);
		word_set_add(&lex->cue_set, c);
	}
	return TRUE;
}

static gboolean
load_columns(CfLexicon *lex, const LexFile *f, GError **error)
{
	static const char *const keys[] = {"meaning", NULL};
	static const char *const meanings[] = {"amount", "score", "percent", "count", "none", NULL};
	static const CfClaimKind values[] = {CF_CLAIM_AMOUNT, CF_CLAIM_SCORE, CF_CLAIM_PERCENT,
					     CF_CLAIM_COUNT, CF_CLAIM_NUMBER};
	g_auto(GStrv) groups = g_key_file_get_groups(f->keys, NULL);
	for (guint i = 0; groups[i]; i++) {
		const char *g = groups[i];
		if (!check_keys(f, g, keys, error))
			return FALSE;
		LexColumn *c = g_new0(LexColumn, 1);
		c->word = g_strdup(g);
		c->length = strlen(g);
		c->bytes = cf_utf8_byte_set(g);
		origin_init(&c->origin, f, g);
		g_ptr_array_add(lex->columns, c);
		int m = 0;
		if (!get_choice(f, g, "meaning", meanings, -1, &m, error))
			return FALSE;
		c->meaning = values[m];
	}
	g_ptr_array_sort(lex->columns, longest_first_cb);
	return TRUE;
}

static gboolean
load_labels(CfLexicon *lex, const LexFile *f, GError **error)
{
	static const char *const keys[] = {"position", NULL};
	static const char *const positions[] = {"end", "start", "both", NULL};
	g_auto(GStrv) groups = g_key_file_get_groups(f->keys, NULL);
	for (guint i = 0; groups[i]; i++) {
		const char *g = groups[i];
		if (!check_keys(f, g, keys, error))
			return FALSE;
		LexLabelWord *w = g_new0(LexLabelWord, 1);
		w->word = g_strdup(g);
		origin_init(&w->origin, f, g);
		g_ptr_array_add(lex->label_words, w);
		int p = 0;
		if (!get_choice(f, g, "position", positions, 0, &p, error))
			return FALSE;
		w->at_end = p != 1;
		w->at_start = p != 0;
		g_ptr_array_add(lex->label_list, w);
	}
	g_ptr_array_sort(lex->label_list, longest_first_cb);
	return TRUE;
}

/* ---- numbers.ini ---- */

static const char *const syntax_groups[] = {
	"arabic", "lookalike", "dotted-date", "chinese", "multipliers", "percent-prefix",
	"ordinal-prefix", "range", "arithmetic", "money-context", "year", "enumerator", NULL,
};

/* Compiles @regex alone to check it, then anchored at both ends to run its examples. */
static pcre2_code *
compile_fragment(const char *regex, const char *file, guint line, GError **error)
{
	int code = 0;
	PCRE2_SIZE offset = 0;
	pcre2_code *alone = pcre2_compile((PCRE2_SPTR)regex, PCRE2_ZERO_TERMINATED, PCRE2_UTF,
					  &code, &offset, NULL);
	if (alone == NULL) {
		PCRE2_UCHAR message[256];
		pcre2_get_error_message(code, message, sizeof message);
		fail(error, file, line, "invalid regex at offset %zu: %s", (gsize)offset,
		     (char *)message);
		return NULL;
	}
	pcre2_code_free(alone);
	g_autofree char *whole = g_strdup_printf("(?:%s)\\z", regex);
	pcre2_code *re = pcre2_compile((PCRE2_SPTR)whole, PCRE2_ZERO_TERMINATED,
				       PCRE2_UTF | PCRE2_ANCHORED, &code, &offset, NULL);
	if (re == NULL)
		fail(error, file, line, "invalid regex: it does not compile as a group");
	return re;
}

static gboolean
load_numbers(CfLexicon *lex, const LexFile *f, GError **error)
{
	static const char *const regex_keys[] = {"regex", NULL};
	static const char *const word_keys[] = {"words", NULL};
	static const char *const chinese_keys[] = {"digits", "point", NULL};
	static const char *const multiplier_keys[] = {"words", "exponents", NULL};
	static const char *const arithmetic_keys[] = {"times", "plus", "equals", NULL};
	static const char *const year_keys[] = {"min", "max", NULL};
	static const char *const enumerator_keys[] = {"followers", NULL};

	g_auto(GStrv) groups = g_key_file_get_groups(f->keys, NULL);
	for (guint i = 0; groups[i]; i++) {
		const char *g = groups[i];
		if (!g_strv_contains(syntax_groups, g)) {
			g_autofree char *known = g_strjoinv(", ", (char **)syntax_groups);
			return fail(error, f->name, line_of(f, g, NULL),
				    "unknown group [%s]: expected one of %s", g, known);
		}
		LexSyntax *s = g_new0(LexSyntax, 1);
		s->name = g_strdup(g);
		origin_init(&s->origin, f, g);
		g_ptr_array_add(lex->syntax, s);

		const char *const *keys = word_keys;
		if (g_str_equal(g, "arabic") || g_str_equal(g, "lookalike") ||
		    g_str_equal(g, "dotted-date"))
			keys = regex_keys;
		else if (g_str_equal(g, "chinese"))
			keys = chinese_keys;
		else if (g_str_equal(g, "multipliers"))
			keys = multiplier_keys;
		else if (g_str_equal(g, "arithmetic"))
			keys = arithmetic_keys;
		else if (g_str_equal(g, "year"))
			keys = year_keys;
		else if (g_str_equal(g, "enumerator"))
			keys = enumerator_keys;
		if (!check_keys(f, g, keys, error))
			return FALSE;

		if (keys == regex_keys) {
			s->regex = get_string(f, g, "regex");
			if (s->regex == NULL || s->regex[0] == '\0')
				return fail(error, f->name, s->origin.line,
					    "missing key 'regex' in [%s]", g);
			s->code = compile_fragment(s->regex, f->name, line_of(f, g, "regex"),
						   error);
			if (s->code == NULL)
				return FALSE;
			if (g_str_equal(g, "dotted-date")) {
				/* matched at every number with a point: JIT, best effort (without
				 * it pcre2_match() interprets) */
				lex->dotted_date_jit =
					pcre2_jit_compile(s->code, PCRE2_JIT_COMPLETE) == 0;
				lex->dotted_date = s->code;
				lexicon_dotted_date_prepare(lex);
			}
		} else if (keys == chinese_keys) {
			lex->chinese_digits = get_list(f, g, "digits");
			lex->chinese_points = get_list(f, g, "point");
		} else if (keys == multiplier_keys) {
			lex->multipliers = get_list(f, g, "words");
			g_auto(GStrv) exps = get_list(f, g, "exponents");
			guint n = g_strv_length(lex->multipliers);
			if (g_strv_length(exps) != n)
				return fail(error, f->name, line_of(f, g, "exponents"),
					    "[%s] needs one exponent per word (%u words, %u "
					    "exponents)",
					    g, n, g_strv_length(exps));
			lex->multiplier_exponents = g_new0(int, n + 1);
			for (guint k = 0; k < n; k++) {
				char *end = NULL;
				gint64 v = g_ascii_strtoll(exps[k], &end, 10);
				if (*end != '\0' || v < 1 || v > 12)
					return fail(error, f->name, line_of(f, g, "exponents"),
						    "invalid exponent '%s' in [%s]", exps[k], g);
				lex->multiplier_exponents[k] = (int)v;
			}
		} else if (keys == arithmetic_keys) {
			lex->op_times = get_list(f, g, "times");
			lex->op_plus = get_list(f, g, "plus");
			lex->op_equals = get_list(f, g, "equals");
		} else if (keys == year_keys) {
			if (!get_int(f, g, "min", 0, 9999, 1900, &lex->year_min, error) ||
			    !get_int(f, g, "max", 0, 9999, 2100, &lex->year_max, error))
				return FALSE;
		} else if (keys == enumerator_keys) {
			lex->enumerator_followers = get_list(f, g, "followers");
		} else {
			char **words = get_list(f, g, "words");
			if (g_str_equal(g, "percent-prefix"))
				lex->percent_prefixes = words;
			else if (g_str_equal(g, "ordinal-prefix"))
				lex->ordinal_prefixes = words;
			else if (g_str_equal(g, "range"))
				lex->range_separators = words;
			else if (g_str_equal(g, "money-context"))
				lex->money_words = words;
			else
				g_strfreev(words);
		}
	}
	for (guint i = 0; syntax_groups[i]; i++)
		if (!g_key_file_has_group(f->keys, syntax_groups[i]))
			return fail(error, f->name, 0, "missing group [%s]", syntax_groups[i]);
	return TRUE;
}

/* ---- the token pattern ---- */

static void
append_escaped(GString *out, const char *word)
{
	for (const char *p = word; *p; p++) {
		if (strchr("\\^$.|?*+()[]{}-/#", *p))
			g_string_append_c(out, '\\');
		g_string_append_c(out, *p);
	}
}

static int
longest_string_first_cb(gconstpointer a, gconstpointer b)
{
	gsize la = strlen(*(const char *const *)a), lb = strlen(*(const char *const *)b);
	return la < lb ? 1 : la > lb ? -1 : strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* @words (borrowed) in the order of their alternation: longest first. */
static GPtrArray *
sorted_words(char **words)
{
	GPtrArray *sorted = g_ptr_array_new();
	for (guint i = 0; words && words[i]; i++)
		g_ptr_array_add(sorted, words[i]);
	g_ptr_array_sort(sorted, longest_string_first_cb);
	return sorted;
}

/* (?:w1|w2|…) of @sorted, each word followed by (?!r1|r2|…) of its NULL-terminated list in
 * @not_followed when it has one (NULL: none has); "(?!)" (never) when empty. */
static void
append_sorted_alternation(GString *out, GPtrArray *sorted, GPtrArray *not_followed)
{
	if (sorted->len == 0) {
		g_string_append(out, "(?!)");
		return;
	}
	g_string_append(out, "(?:");
	for (guint i = 0; i < sorted->len; i++) {
		if (i)
			g_string_append_c(out, '|');
		append_escaped(out, sorted->pdata[i]);
		char **words = not_followed ? not_followed->pdata[i] : NULL;
		if (words && words[0]) {
			g_autoptr(GPtrArray) rests = sorted_words(words);
			g_string_append(out, "(?!");
			append_sorted_alternation(out, rests, NULL);
			g_string_append_c(out, ')');
		}
	}
	g_string_append_c(out, ')');
}

/* (?:w1|w2|…) of @words, longest first; "(?!)" (never) when empty. */
static void
append_alternation(GString *out, char **words)
{
	g_autoptr(GPtrArray) sorted = sorted_words(words);
	append_sorted_alternation(out, sorted, NULL);
}

/* The rests of the unit words @multiplier starts that are no unit word of their own (千 →
 * 瓦时, of 千瓦时; not 元, of 千元), NULL-terminated. */
static char **
multiplier_rests(const CfLexicon *lex, const char *multiplier)
{
	gsize n = strlen(multiplier);
	g_autoptr(GStrvBuilder) rests = g_strv_builder_new();
	for (guint i = 0; i < lex->units->len; i++) {
		const LexUnit *u = lex->units->pdata[i];
		if (strlen(u->word) > n && strncmp(u->word, multiplier, n) == 0 &&
		    !g_hash_table_contains(lex->unit_by_word, u->word + n))
			g_strv_builder_add(rests, u->word + n);
	}
	return g_strv_builder_end(rests);
}

static const char *
syntax_regex(const CfLexicon *lex, const char *name)
{
	for (guint i = 0; i < lex->syntax->len; i++) {
		const LexSyntax *s = lex->syntax->pdata[i];
		if (g_str_equal(s->name, name))
			return s->regex;
	}
	return NULL;
}

static void
mark_candidate(CfLexicon *lex, const char *word)
{
	gunichar c = g_utf8_get_char(word);
	if (c < 65536)
		lex->candidate[c >> 3] |= (guint8)(1u << (c & 7));
}

static gboolean
compile_token(CfLexicon *lex, GError **error)
{
	g_autoptr(GString) re = g_string_new(NULL);
	g_autoptr(GString) chinese = g_string_new("[");
	for (guint i = 0; lex->chinese_digits[i]; i++) {
		append_escaped(chinese, lex->chinese_digits[i]);
		mark_candidate(lex, lex->chinese_digits[i]);
	}
	g_string_append(chinese, "]+");
	g_autoptr(GPtrArray) points = sorted_words(lex->chinese_points);
	if (points->len > 0) {
		g_autofree char *digits = g_strndup(chinese->str, chinese->len - 1);
		g_string_append(chinese, "(?:");
		append_sorted_alternation(chinese, points, NULL);
		g_string_append_printf(chinese, "%s+)?", digits);
	}
	for (char c = '0'; c <= '9'; c++) {
		char s[2] = {c, 0};
		mark_candidate(lex, s);
	}
	for (guint i = 0; lex->percent_prefixes[i]; i++)
		mark_candidate(lex, lex->percent_prefixes[i]);
	for (guint i = 0; lex->ordinal_prefixes[i]; i++)
		mark_candidate(lex, lex->ordinal_prefixes[i]);

	g_autoptr(GStrvBuilder) prefixes = g_strv_builder_new();
	g_strv_builder_addv(prefixes, (const char **)lex->percent_prefixes);
	g_strv_builder_addv(prefixes, (const char **)lex->ordinal_prefixes);
	g_auto(GStrv) prefix_words = g_strv_builder_end(prefixes);
	g_autoptr(GPtrArray) sorted_prefixes = sorted_words(prefix_words);

	g_autoptr(GStrvBuilder) inside = g_strv_builder_new();
	g_autoptr(GStrvBuilder) after = g_strv_builder_new();
	for (guint i = 0; i < lex->qualifiers->len; i++) {
		const LexQualifier *q = lex->qualifiers->pdata[i];
		if (q->position == QUAL_INSIDE)
			g_strv_builder_add(inside, q->word);
		else if (q->position == QUAL_AFTER)
			g_strv_builder_add(after, q->word);
	}
	g_auto(GStrv) inside_words = g_strv_builder_end(inside);
	g_auto(GStrv) after_words = g_strv_builder_end(after);
	g_autoptr(GPtrArray) sorted_inside = sorted_words(inside_words);
	g_autoptr(GPtrArray) sorted_after = sorted_words(after_words);
	g_autoptr(GPtrArray) ranges = sorted_words(lex->range_separators);
	g_autoptr(GPtrArray) multipliers = sorted_words(lex->multipliers);

	const char *arabic = syntax_regex(lex, "arabic");
	const char *lookalike = syntax_regex(lex, "lookalike");

	g_string_append(re, "(?:(?<p>");
	append_sorted_alternation(re, sorted_prefixes, NULL);
	g_string_append_printf(re, "))?(?:(?<a>%s)(?<b>(?:(?:%s)+[0-9]+)+)?|(?<c>%s))", arabic,
			       lookalike, chinese->str);
	g_string_append(re, "(?:[ \\t]*(?<r>");
	append_sorted_alternation(re, ranges, NULL);
	g_string_append_printf(re, ")[ \\t]*(?:(?<a2>%s)|(?<c2>%s)))?", arabic, chinese->str);
	/* a multiplier that starts a unit word is that unit's (12.5亿千瓦时 is 12.5亿 千瓦时, not
	 * 12.5亿千 瓦时) unless the rest is a unit too (5千米, 5千元: either reading) */
	g_autoptr(GPtrArray) rests = g_ptr_array_new_with_free_func((GDestroyNotify)g_strfreev);
	for (guint i = 0; i < multipliers->len; i++)
		g_ptr_array_add(rests, multiplier_rests(lex, multipliers->pdata[i]));
	g_string_append(re, "(?<m>");
	append_sorted_alternation(re, multipliers, rests);
	g_string_append(re, "{1,2})?(?<i>");
	append_sorted_alternation(re, sorted_inside, NULL);
	g_string_append(re, ")?(?<n>");
	append_sorted_alternation(re, multipliers, rests);
	/* every unit that can follow a number, longest first; context=money words (万, 亿
	 * alone) are multipliers found above, not unit alternatives */
	g_autoptr(GPtrArray) units = g_ptr_array_new();
	for (guint i = 0; i < lex->units->len; i++) {
		const LexUnit *u = lex->units->pdata[i];
		if (!u->money_context_only)
			g_ptr_array_add(units, (gpointer)u);
	}
	g_ptr_array_sort(units, longest_first_cb);
	/* spaces before the unit, or after Arabic digits a stray point before one reported when
	 * spaced (75.28.%) */
	g_string_append(re, "{1,2})?(?:(?<s>[ \\t]*");
	gboolean any_spaced = FALSE;
	for (guint i = 0; i < units->len; i++) {
		const LexUnit *u = units->pdata[i];
		if (!u->spaced_malformed)
			continue;
		g_string_append(re, any_spaced ? "|" : "|(?(<a>)\\.(?=");
		append_escaped(re, u->word);
		any_spaced = TRUE;
	}
	g_string_append(re, any_spaced ? ")|(?!)))(?<u>" : ")(?<u>");
	g_string_append(re, "(?:");
	for (guint i = 0; i < units->len; i++) {
		const LexUnit *u = units->pdata[i];
		if (i)
			g_string_append_c(re, '|');
		append_escaped(re, u->word);
		if (u->not_followed_by && u->not_followed_by[0]) {
			g_string_append(re, "(?!");
			append_alternation(re, u->not_followed_by);
			g_string_append_c(re, ')');
		}
	}
	if (units->len == 0)
		g_string_append(re, "(?!)");
	g_string_append(re, ")))?(?<f>");
	append_sorted_alternation(re, sorted_after, NULL);
	g_string_append(re, ")?");

	int code = 0;
	PCRE2_SIZE offset = 0;
	lex->token = pcre2_compile((PCRE2_SPTR)re->str, re->len, PCRE2_UTF | PCRE2_ANCHORED, &code,
				   &offset, NULL);
	if (lex->token == NULL) {
		PCRE2_UCHAR message[256];
		pcre2_get_error_message(code, message, sizeof message);
		return fail(error, "numbers.ini", 0,
			    "the token pattern does not compile at offset %zu: %s", (gsize)offset,
			    (char *)message);
	}
	/* JIT is best effort: without it (no executable memory) the interpreter runs */
	lex->token_jit = pcre2_jit_compile(lex->token, PCRE2_JIT_COMPLETE) == 0;

#define GROUP(field, name) lex->field = (guint32)pcre2_substring_number_from_name(lex->token, (PCRE2_SPTR)name)
	GROUP(group_prefix, "p");
	GROUP(group_arabic, "a");
	GROUP(group_bad, "b");
	GROUP(group_chinese, "c");
	GROUP(group_range_sep, "r");
	GROUP(group_arabic2, "a2");
	GROUP(group_chinese2, "c2");
	GROUP(group_mult, "m");
	GROUP(group_inside, "i");
	GROUP(group_mult2, "n");
	GROUP(group_space, "s");
	GROUP(group_unit, "u");
	GROUP(group_after, "f");
#undef GROUP

	/* the same pattern by hand, from the same lists in the same order */
	LexTokenSyntax syntax = {arabic,          lookalike,          lex->chinese_digits,
				 sorted_prefixes, points,             ranges,
				 multipliers,     sorted_inside,      sorted_after,
				 units,           (char ***)rests->pdata};
	lex->matcher = lexicon_token_matcher_new(&syntax);
	return TRUE;
}

/* ---- label stripping tables ---- */

static void
add_strip(CfLexicon *lex, const char *word, gboolean at_start, gboolean at_end)
{
	StripWord w = {word, (guint)strlen(word), at_start, at_end};
	if (w.length == 0)
		return;
	g_array_append_val(lex->strip, w);
	if (at_start)
		char_set_add(&lex->strip_first, g_utf8_get_char(word));
	if (at_end)
		char_set_add(&lex->strip_last,
			     g_utf8_get_char(g_utf8_find_prev_char(word, word + w.length)));
}

static int
strip_longest_first_cb(gconstpointer a, gconstpointer b)
{
	const StripWord *x = a, *y = b;
	return x->length < y->length ? 1 : x->length > y->length ? -1 : 0;
}

static void
build_strip_tables(CfLexicon *lex)
{
	/* half quotation marks and title marks left at a label's edge: 围绕“433” */
	static const char *const opening[] = {"\xE2\x80\x9C", "\xE2\x80\x98", "\xE3\x80\x8A", NULL};
	static const char *const closing[] = {"\xE2\x80\x9D", "\xE2\x80\x99", "\xE3\x80\x8B", NULL};
	lex->strip = g_array_new(FALSE, FALSE, sizeof(StripWord));
	for (guint i = 0; i < lex->label_list->len; i++) {
		const LexLabelWord *w = lex->label_list->pdata[i];
		add_strip(lex, w->word, w->at_start, w->at_end);
	}
	char **const *ops[] = {&lex->op_times, &lex->op_plus, &lex->op_equals};
	for (guint k = 0; k < G_N_ELEMENTS(ops); k++)
		for (guint i = 0; *ops[k] && (*ops[k])[i]; i++)
			add_strip(lex, (*ops[k])[i], TRUE, TRUE);
	for (guint i = 0; opening[i]; i++) {
		add_strip(lex, opening[i], FALSE, TRUE);
		add_strip(lex, closing[i], TRUE, FALSE);
	}
	g_array_sort(lex->strip, strip_longest_first_cb);
	for (guint i = 0; i < lex->before_list->len; i++) {
		const LexQualifier *q = lex->before_list->pdata[i];
		gsize n = strlen(q->word);
		char_set_add(&lex->before_last, g_utf8_get_char(g_utf8_find_prev_char(q->word, q->word + n)));
	}
}

/* Each count or quantity unit written after a multiplier as one word (万人, 亿立方米, 千公顷),
 * for the token pattern's spaced unit: 77451 万人 and 2627 万吨 are 77451万人 and 2627万吨
 * (written together, the multiplier and the unit are read apart as before, with the same
 * value).  A word the files define already is left as they define it (万平米, 千米). */
static void
add_multiplied_measures(CfLexicon *lex)
{
	const guint n_units = lex->units->len;
	for (guint m = 0; lex->multipliers && lex->multipliers[m]; m++) {
		const char *multiplier = lex->multipliers[m];
		for (guint i = 0; i < n_units; i++) {
			const LexUnit *u = lex->units->pdata[i];
			if (u->kind != UNIT_COUNT && u->kind != UNIT_QUANTITY)
				continue;
			gboolean multiplied = FALSE;
			for (guint k = 0; lex->multipliers[k] && !multiplied; k++)
				multiplied = g_str_has_prefix(u->word, lex->multipliers[k]);
			g_autofree char *word = g_strconcat(multiplier, u->word, NULL);
			if (multiplied || g_hash_table_contains(lex->unit_by_word, word))
				continue;
			LexUnit *c = g_new0(LexUnit, 1);
			c->word = g_steal_pointer(&word);
			c->kind = u->kind;
			c->exponent = u->exponent + lex->multiplier_exponents[m];
			c->chinese = u->chinese;
			c->additive = u->additive;
			c->in_name = u->in_name;
			c->multiplied = TRUE;
			c->not_followed_by = g_strdupv(u->not_followed_by);
			c->origin.file = u->origin.file;
			c->origin.line = u->origin.line;
			g_ptr_array_add(lex->units, c);
			g_hash_table_insert(lex->unit_by_word, c->word, c);
		}
	}
}

/* ---- public API ---- */

static const char *const lexicon_files[] = {
	"numbers.ini", "units.ini", "rates.ini", "measures.ini", "qualifiers.ini",
	"cues.ini",    "columns.ini", "labels.ini", NULL,
};

CfLexicon *
cf_lexicon_load(const char *directory, GError **error)
{
	g_return_val_if_fail(directory != NULL, NULL);
	g_autoptr(CfLexicon) lex = g_new0(CfLexicon, 1);
	static guint64 serials; /* guarded by serial_lock */
	static GMutex serial_lock;
	g_mutex_lock(&serial_lock);
	lex->serial = ++serials;
	g_mutex_unlock(&serial_lock);
	lex->directory = g_strdup(directory);
	lex->strings = g_string_chunk_new(256);
	lex->units = g_ptr_array_new_with_free_func((GDestroyNotify)unit_free);
	lex->unit_by_word = g_hash_table_new(g_str_hash, g_str_equal);
	lex->qualifiers = g_ptr_array_new_with_free_func((GDestroyNotify)qualifier_free);
	lex->qualifier_by_word = g_hash_table_new(g_str_hash, g_str_equal);
	lex->before_list = g_ptr_array_new();
	lex->cues = g_ptr_array_new_with_free_func((GDestroyNotify)cue_free);
	lex->columns = g_ptr_array_new_with_free_func((GDestroyNotify)column_free);
	lex->label_words = g_ptr_array_new_with_free_func((GDestroyNotify)label_word_free);
	lex->label_list = g_ptr_array_new();
	lex->syntax = g_ptr_array_new_with_free_func((GDestroyNotify)syntax_free);
	word_set_init(&lex->cue_set);
	word_set_init(&lex->money_set);
	word_set_init(&lex->before_qualifiers);

	for (guint i = 0; lexicon_files[i]; i++) {
		LexFile f = {0};
		const char *name = lexicon_files[i];
		gboolean ok = lex_file_load(lex, directory, name, &f, error);
		if (ok) {
			if (g_str_equal(name, "numbers.ini"))
				ok = load_numbers(lex, &f, error);
			else if (g_str_equal(name, "units.ini"))
				ok = load_units(lex, &f, UNIT_AMOUNT, error);
			else if (g_str_equal(name, "rates.ini"))
				ok = load_units(lex, &f, UNIT_RATE, error);
			else if (g_str_equal(name, "measures.ini"))
				ok = load_units(lex, &f, UNIT_COUNT, error);
			else if (g_str_equal(name, "qualifiers.ini"))
				ok = load_qualifiers(lex, &f, error);
			else if (g_str_equal(name, "cues.ini"))
				ok = load_cues(lex, &f, error);
			else if (g_str_equal(name, "columns.ini"))
				ok = load_columns(lex, &f, error);
			else if (g_str_equal(name, "labels.ini"))
				ok = load_labels(lex, &f, error);
		}
		lex_file_clear(&f);
		if (!ok)
			return NULL;
	}

	g_ptr_array_sort(lex->before_list, longest_first_cb);
	for (guint i = 0; i < lex->before_list->len; i++)
		word_set_add(&lex->before_qualifiers, lex->before_list->pdata[i]);
	/* money words are plain strings: wrap them so the word set can hold them */
	for (guint i = 0; lex->money_words[i]; i++)
		word_set_add(&lex->money_set, &lex->money_words[i]);

	add_multiplied_measures(lex);
	build_strip_tables(lex);
	if (!compile_token(lex, error))
		return NULL;
	extract_fill_walk_stops(lex);
	extract_fill_candidate_filter(lex);
	return g_steal_pointer(&lex);
}

const char *
cf_lexicon_default_directory(void)
{
	const char *env = g_getenv("CROSSFOOT_PATTERNS");
	if (env != NULL && env[0] != '\0')
		return env;
	if (g_file_test(CF_SOURCE_PATTERNS_DIR, G_FILE_TEST_IS_DIR))
		return CF_SOURCE_PATTERNS_DIR;
	return CF_PATTERNS_DIR;
}

const char *
cf_lexicon_get_directory(const CfLexicon *lex)
{
	g_return_val_if_fail(lex != NULL, NULL);
	return lex->directory;
}

void
cf_lexicon_free(CfLexicon *lex)
{
	if (lex == NULL)
		return;
	g_free(lex->directory);
	g_clear_pointer(&lex->units, g_ptr_array_unref);
	g_clear_pointer(&lex->unit_by_word, g_hash_table_unref);
	g_clear_pointer(&lex->qualifiers, g_ptr_array_unref);
	g_clear_pointer(&lex->qualifier_by_word, g_hash_table_unref);
	g_clear_pointer(&lex->before_list, g_ptr_array_unref);
	g_clear_pointer(&lex->carry_cues, g_ptr_array_unref);
	g_clear_pointer(&lex->cues, g_ptr_array_unref);
	g_clear_pointer(&lex->columns, g_ptr_array_unref);
	g_clear_pointer(&lex->label_words, g_ptr_array_unref);
	g_clear_pointer(&lex->label_list, g_ptr_array_unref);
	g_clear_pointer(&lex->syntax, g_ptr_array_unref); /* frees dotted_date too */
	word_set_clear(&lex->cue_set);
	word_set_clear(&lex->money_set);
	word_set_clear(&lex->before_qualifiers);
	g_strfreev(lex->chinese_digits);
	g_strfreev(lex->chinese_points);
	g_strfreev(lex->multipliers);
	g_free(lex->multiplier_exponents);
	g_free(lex->multiplier_lengths);
	for (guint i = 0; lex->multiplier_units && lex->multiplier_units[i]; i++)
		g_array_unref(lex->multiplier_units[i]);
	g_free(lex->multiplier_units);
	g_strfreev(lex->percent_prefixes);
	g_strfreev(lex->ordinal_prefixes);
	g_strfreev(lex->range_separators);
	g_strfreev(lex->op_times);
	g_strfreev(lex->op_plus);
	g_strfreev(lex->op_equals);
	g_strfreev(lex->money_words);
	g_strfreev(lex->enumerator_followers);
	pcre2_code_free(lex->token);
	lexicon_token_matcher_free(lex->matcher);
	if (lex->strip)
		g_array_unref(lex->strip);
	if (lex->strings)
		g_string_chunk_free(lex->strings);
	g_free(lex);
}

/* ---- lookups used by the extractor ---- */

const LexUnit *
lexicon_lookup_unit(const CfLexicon *lex, const char *word, gsize length)
{
	char buffer[64];
	if (length >= sizeof buffer)
		return NULL;
	memcpy(buffer, word, length);
	buffer[length] = '\0';
	return g_hash_table_lookup(lex->unit_by_word, buffer);
}

const LexQualifier *
lexicon_lookup_qualifier(const CfLexicon *lex, const char *word, gsize length)
{
	char buffer[64];
	if (length >= sizeof buffer)
		return NULL;
	memcpy(buffer, word, length);
	buffer[length] = '\0';
	return g_hash_table_lookup(lex->qualifier_by_word, buffer);
}

/* The column entry that decides @header: the word ending last, the longer one on a tie. */
static const LexColumn *
column_entry_for(const CfLexicon *lex, const char *header)
{
	const LexColumn *best = NULL;
	gsize best_end = 0, best_length = 0;
	gsize header_length = strlen(header);
	guint64 header_bytes = cf_utf8_byte_set(header);
	for (guint i = 0; i < lex->columns->len; i++) {
		const LexColumn *c = lex->columns->pdata[i];
		gsize n = c->length;
		/* a word with a non-ASCII byte the header lacks, or longer than it, is not in it */
		if ((c->bytes & ~header_bytes) != 0 || n > header_length)
			continue;
		for (const char *p = strstr(header, c->word); p; p = strstr(p + 1, c->word)) {
			gsize end = (gsize)(p - header) + n;
			if (best == NULL || end > best_end || (end == best_end && n > best_length)) {
				best = c;
				best_end = end;
				best_length = n;
			}
		}
	}
	return best;
}

CfClaimKind
lexicon_column_meaning(const CfLexicon *lex, const char *header)
{
	const LexColumn *c = header ? column_entry_for(lex, header) : NULL;
	return c ? c->meaning : CF_CLAIM_N_KINDS;
}

CfClaimKind
lexicon_column_meaning_cached(const CfLexicon *lex, const char *header)
{
	/* each header's meaning + 1, for the lexicon of this serial */
	static GPrivate key = G_PRIVATE_INIT(cf_str_memo_free);
	if (header == NULL)
		return CF_CLAIM_N_KINDS;
	CfStrMemo *memo = cf_str_memo_of_thread(&key, lex->serial, LEXICON_MEANING_MEMO_MAX);
	guint value = cf_str_memo_get(memo, header);
	if (value == 0) {
		value = (guint)lexicon_column_meaning(lex, header) + 1;
		cf_str_memo_put(memo, header, value);
	}
	return (CfClaimKind)(value - 1);
}

const LexUnit *
lexicon_resolve_unit_text(const CfLexicon *lex, const char *text)
{
	if (text == NULL)
		return NULL;
	g_autofree char *t = g_strstrip(g_strdup(text));
	const LexUnit *u = g_hash_table_lookup(lex->unit_by_word, t);
	if (u != NULL)
		return u;
	/* "金额单位：万元": the longest money unit in the text */
	const LexUnit *best = NULL;
	for (guint i = 0; i < lex->units->len; i++) {
		const LexUnit *c = lex->units->pdata[i];
		if (c->kind != UNIT_AMOUNT)
			continue;
		if (strstr(t, c->word) && (best == NULL || strlen(c->word) > strlen(best->word)))
			best = c;
	}
	return best;
}

/* Asked for every cue word found and every before-qualifier: the characters decoded inline
 * (cf_utf8_char_at() decodes as g_utf8_get_char() does). */
gboolean
utf8_set_contains(const char *set, gunichar c)
{
	for (const char *p = set; p && *p; p = g_utf8_next_char(p))
		if (cf_utf8_char_at(p) == c)
			return TRUE;
	return FALSE;
}

gboolean
lexicon_cue_applies(const LexCue *cue, const char *start, const char *at, gsize length,
		    const char *end)
{
	if (cue->not_after[0] != '\0' && at > start) {
		/* g_utf8_find_prev_char(start, at), inline */
		const char *prev = at - 1;
		while (prev > start && ((guchar)*prev & 0xC0) == 0x80)
			prev--;
		if ((((guchar)*prev & 0xC0) != 0x80) &&
		    utf8_set_contains(cue->not_after, cf_utf8_char_at(prev)))
			return FALSE;
	}
	if (cue->not_before[0] != '\0' && at + length < end) {
		if (utf8_set_contains(cue->not_before, cf_utf8_char_at(at + length)))
			return FALSE;
	}
	return TRUE;
}

/* ---- self test ---- */

static gboolean
regex_matches(pcre2_code *code, const char *text)
{
	pcre2_match_data *md = pcre2_match_data_create_from_pattern(code, NULL);
	int rc = pcre2_match(code, (PCRE2_SPTR)text, strlen(text), 0, 0, md, NULL);
	pcre2_match_data_free(md);
	return rc >= 0;
}

typedef gboolean (*ExampleFunc)(const CfLexicon *lex, gconstpointer entry, const char *text);

static void
run_examples(const CfLexicon *lex, gconstpointer entry, const Origin *o, ExampleFunc func,
	     GString *failures)
{
	for (guint i = 0; o->match && o->match[i]; i++)
		if (!func(lex, entry, o->match[i]))
			g_string_append_printf(failures, "%s%s:%u: '%s' must match [%s]",
					       failures->len ? "\n" : "", o->file, o->match_line,
					       o->match[i], entry_word(entry));
	for (guint i = 0; o->no_match && o->no_match[i]; i++)
		if (func(lex, entry, o->no_match[i]))
			g_string_append_printf(failures, "%s%s:%u: '%s' must not match [%s]",
					       failures->len ? "\n" : "", o->file,
					       o->no_match_line, o->no_match[i], entry_word(entry));
}

static gboolean
unit_example_cb(const CfLexicon *lex, gconstpointer entry, const char *text)
{
	g_autoptr(GHashTable) units = g_hash_table_new(NULL, NULL);
	g_autoptr(GPtrArray) claims = extract_text(lex, text, TRUE, units);
	for (guint i = 0; i < claims->len; i++)
		if (g_hash_table_lookup(units, claims->pdata[i]) == entry)
			return TRUE;
	return FALSE;
}

static gboolean
qualifier_example_cb(const CfLexicon *lex, gconstpointer entry, const char *text)
{
	const LexQualifier *q = entry;
	g_autoptr(GPtrArray) claims = extract_text(lex, text, FALSE, NULL);
	for (guint i = 0; i < claims->len; i++) {
		const CfClaim *c = claims->pdata[i];
		if (g_strcmp0(c->qualifier_text, q->word) == 0 && c->qualifier == q->effect)
			return TRUE;
	}
	return FALSE;
}

static gboolean
cue_example_cb(const CfLexicon *lex, gconstpointer entry, const char *text)
{
	g_autoptr(GPtrArray) claims = extract_text(lex, text, FALSE, NULL);
	for (guint i = 0; i < claims->len; i++)
		if (cf_claim_has_cue(claims->pdata[i], entry_word(entry)))
			return TRUE;
	return FALSE;
}

static gboolean
column_example_cb(const CfLexicon *lex, gconstpointer entry, const char *text)
{
	return column_entry_for(lex, text) == entry;
}

/* "text => label": the last claim of text has that label (match), or for no-match a label
 * that still holds the word. */
static gboolean
label_example_cb(const CfLexicon *lex, gconstpointer entry, const char *example)
{
	const char *arrow = strstr(example, "=>");
	if (arrow == NULL)
		return FALSE;
	g_autofree char *text = g_strstrip(g_strndup(example, (gsize)(arrow - example)));
	g_autofree char *want = g_strstrip(g_strdup(arrow + 2));
	g_autoptr(GPtrArray) claims = extract_text(lex, text, FALSE, NULL);
	if (claims->len == 0)
		return FALSE;
	const CfClaim *last = claims->pdata[claims->len - 1];
	return g_strcmp0(last->label, want) == 0;
}

static gboolean
syntax_example_cb(const CfLexicon *lex, gconstpointer entry, const char *text)
{
	const LexSyntax *s = entry;
	if (s->code != NULL)
		return regex_matches(s->code, text);
	g_autoptr(GPtrArray) claims = extract_text(lex, text, FALSE, NULL);
	for (guint i = 0; i < claims->len; i++) {
		const CfClaim *c = claims->pdata[i];
		if (g_str_equal(s->name, "multipliers") && c->unit_exponent != 0)
			return TRUE;
		if (g_str_equal(s->name, "percent-prefix") && c->kind == CF_CLAIM_PERCENT)
			return TRUE;
		if (g_str_equal(s->name, "ordinal-prefix") && c->kind == CF_CLAIM_ORDINAL)
			return TRUE;
		if (g_str_equal(s->name, "range") && c->qualifier == CF_QUALIFIER_RANGE)
			return TRUE;
		if (g_str_equal(s->name, "arithmetic") && c->kind == CF_CLAIM_EXPRESSION)
			return TRUE;
		if (g_str_equal(s->name, "money-context") && c->kind == CF_CLAIM_AMOUNT)
			return TRUE;
		if (g_str_equal(s->name, "year") && c->kind == CF_CLAIM_YEAR)
			return TRUE;
		if (g_str_equal(s->name, "chinese") || g_str_equal(s->name, "enumerator"))
			return TRUE; /* any claim at all */
	}
	return FALSE;
}

gboolean
cf_lexicon_self_test(const CfLexicon *lex, GError **error)
{
	g_return_val_if_fail(lex != NULL, FALSE);
	g_autoptr(GString) failures = g_string_new(NULL);
	for (guint i = 0; i < lex->syntax->len; i++) {
		const LexSyntax *s = lex->syntax->pdata[i];
		run_examples(lex, s, &s->origin, syntax_example_cb, failures);
	}
	for (guint i = 0; i < lex->units->len; i++) {
		const LexUnit *u = lex->units->pdata[i];
		run_examples(lex, u, &u->origin, unit_example_cb, failures);
	}
	for (guint i = 0; i < lex->qualifiers->len; i++) {
		const LexQualifier *q = lex->qualifiers->pdata[i];
		run_examples(lex, q, &q->origin, qualifier_example_cb, failures);
	}
	for (guint i = 0; i < lex->cues->len; i++) {
		const LexCue *c = lex->cues->pdata[i];
		run_examples(lex, c, &c->origin, cue_example_cb, failures);
	}
	for (guint i = 0; i < lex->columns->len; i++) {
		const LexColumn *c = lex->columns->pdata[i];
		run_examples(lex, c, &c->origin, column_example_cb, failures);
	}
	for (guint i = 0; i < lex->label_words->len; i++) {
		const LexLabelWord *w = lex->label_words->pdata[i];
		run_examples(lex, w, &w->origin, label_example_cb, failures);
	}
	if (failures->len > 0) {
		g_set_error(error, CF_ERROR, CF_ERROR_PATTERN, "%s", failures->str);
		return FALSE;
	}
	return TRUE;
}
