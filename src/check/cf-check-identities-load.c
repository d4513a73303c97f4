/* cf-check-identities-load.c — reads patterns/identities.ini: domain identities as data.
 *
 * Each group is one identity.  Keys:
 *   description   how a reviewer names it ("基本支出 = 人员经费 + 公用经费")
 *   kind          sum (result = part1 + part2 + …) or ratio (result % = part1 / part2)
 *   result, part1, part2 …   a label regex (PCRE2, UTF) for each side
 *   <term>-match, <term>-no-match   labels that must match / must not (; separated)
 *   optional      terms that may be absent (a sum without them only contradicts when its
 *                 parts exceed the result)
 *   zero-if-absent  terms a report states whenever they are not zero: absent, they count as
 *                 zero and the sum stays exact
 *   subtracted    terms taken away, not added (水资源总量 = 地表水 + 地下水 − 重复计算量)
 *   percent=true  a sum of rates, percentages or ‰ (自然增长率 = 出生率 − 死亡率), not of
 *                 amounts
 * A group of kind `breakdown` is a standard breakdown with a remainder instead: `whole` lists
 * words naming the whole (农林牧渔), `remainder` the words naming the remainder (服务); prose
 * that breaks the whole down without the remainder gives a partial list.
 * The group [scopes] is no identity: its key `sources` lists the funding sources
 * (一般公共预算财政拨款 …) that split a report's prose into contexts of their own.
 * Every error names the file and line. */
#include "check/cf-check-rates.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <string.h>

#include "model/cf-error.h"

#define IDENTITIES_FILE "identities.ini"
/* Largest identities file read: a bigger one is a mistake. */
#define IDENTITIES_MAX_FILE_BYTES ((gsize)1024 * 1024)
/* Most terms an identity may have. */
#define IDENTITY_MAX_PARTS 16
/* The group that lists the funding sources, not an identity. */
#define SCOPES_GROUP "scopes"

struct CfIdentities {
	GPtrArray *identities; /* CfIdentity*, owned */
	GPtrArray *breakdowns; /* CfBreakdown*, owned */
	char **sources;        /* [scopes] sources, longest first; owned, NULL-terminated */
};

static void
term_clear(CfIdentityTerm *t)
{
	g_free(t->name);
	g_free(t->pattern);
	if (t->code)
		pcre2_code_free(t->code);
	g_strfreev(t->match);
	g_strfreev(t->no_match);
}

static void
term_free(CfIdentityTerm *t)
{
	term_clear(t);
	g_free(t);
}

static void
identity_free(CfIdentity *identity)
{
	g_free(identity->id);
	g_free(identity->description);
	term_clear(&identity->result);
	g_ptr_array_unref(identity->parts);
	g_free(identity);
}

static void
breakdown_free(CfBreakdown *breakdown)
{
	g_free(breakdown->id);
	g_free(breakdown->description);
	g_strfreev(breakdown->wholes);
	g_strfreev(breakdown->remainders);
	g_free(breakdown);
}

void
cf_identities_free(CfIdentities *identities)
{
	if (identities == NULL)
		return;
	g_ptr_array_unref(identities->identities);
	g_ptr_array_unref(identities->breakdowns);
	g_strfreev(identities->sources);
	g_free(identities);
}

const char *const *
cf_identities_get_sources(const CfIdentities *identities)
{
	return (const char *const *)identities->sources;
}

GPtrArray *
cf_identities_get(const CfIdentities *identities)
{
	return identities->identities;
}

GPtrArray *
cf_identities_get_breakdowns(const CfIdentities *identities)
{
	return identities->breakdowns;
}

/* Line of every "[group]" and "key=" in @text: "group" and "group\nkey" → line. */
static GHashTable *
index_lines(const char *text)
{
	GHashTable *lines = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	g_autofree char *group = g_strdup("");
	guint number = 0;
	for (const char *p = text; *p;) {
		const char *end = strchr(p, '\n');
		gsize n = end ? (gsize)(end - p) : strlen(p);
		number++;
		g_autofree char *line = g_strstrip(g_strndup(p, n));
		if (line[0] == '[' && line[strlen(line) - 1] == ']') {
			g_free(group);
			group = g_strndup(line + 1, strlen(line) - 2);
			g_hash_table_insert(lines, g_strdup(group), GUINT_TO_POINTER(number));
		} else if (line[0] != '#' && strchr(line, '=')) {
			g_autofree char *key = g_strstrip(g_strndup(line, strchr(line, '=') - line));
			g_hash_table_insert(lines, g_strconcat(group, "\n", key, NULL),
					    GUINT_TO_POINTER(number));
		}
		p = end ? end + 1 : p + n;
	}
	return lines;
}

static guint
line_of(GHashTable *lines, const char *group, const char *key)
{
	g_autofree char *k = key ? g_strconcat(group, "\n", key, NULL) : g_strdup(group);
	return GPOINTER_TO_UINT(g_hash_table_lookup(lines, k));
}

static char **
string_list(GKeyFile *keys, const char *group, const char *key)
{
	if (!g_key_file_has_key(keys, group, key, NULL))
		return g_new0(char *, 1);
	g_autofree char *value = g_key_file_get_string(keys, group, key, NULL);
	char **items = g_strsplit(value ? value : "", ";", -1);
	/* drop empty items ("a;;b", a trailing ;) and surrounding spaces */
	guint k = 0;
	for (guint i = 0; items[i]; i++) {
		g_strstrip(items[i]);
		if (items[i][0] == '\0')
			g_free(items[i]);
		else
			items[k++] = items[i];
	}
	items[k] = NULL;
	return items;
}

static gboolean
load_term(GKeyFile *keys, GHashTable *lines, const char *group, const char *name,
	  CfIdentityTerm *t, GError **error)
{
	t->name = g_strdup(name);
	t->line = line_of(lines, group, name);
	t->pattern = g_key_file_get_string(keys, group, name, NULL);
	if (t->pattern == NULL || t->pattern[0] == '\0') {
		g_set_error(error, CF_ERROR, CF_ERROR_PATTERN, "%s:%u: empty pattern for '%s'",
			    IDENTITIES_FILE, t->line ? t->line : line_of(lines, group, NULL), name);
		return FALSE;
	}
	int code;
	PCRE2_SIZE offset;
	t->code = pcre2_compile((PCRE2_SPTR)t->pattern, PCRE2_ZERO_TERMINATED, PCRE2_UTF, &code,
				&offset, NULL);
	if (t->code == NULL) {
		PCRE2_UCHAR message[256];
		pcre2_get_error_message(code, message, sizeof message);
		g_set_error(error, CF_ERROR, CF_ERROR_PATTERN,
			    "%s:%u: bad regex for '%s' at offset %zu: %s", IDENTITIES_FILE, t->line,
			    name, (size_t)offset, (const char *)message);
		return FALSE;
	}
	pcre2_jit_compile(t->code, PCRE2_JIT_COMPLETE); /* best effort */
	g_autofree char *match_key = g_strconcat(name, "-match", NULL);
	g_autofree char *no_match_key = g_strconcat(name, "-no-match", NULL);
	t->match = string_list(keys, group, match_key);
	t->no_match = string_list(keys, group, no_match_key);
	return TRUE;
}

/* Sets the gboolean at @flag_offset of each part @key lists; FALSE (and @error) when it lists
 * something that is no part of a sum. */
static gboolean
mark_parts(CfIdentity *identity, GKeyFile *keys, const char *group, GHashTable *lines,
	   const char *key, glong flag_offset, GError **error)
{
	g_auto(GStrv) names = string_list(keys, group, key);
	for (guint i = 0; names[i]; i++) {
		gboolean found = FALSE;
		for (guint k = 0; k < identity->parts->len; k++) {
			CfIdentityTerm *t = g_ptr_array_index(identity->parts, k);
			if (g_str_equal(t->name, names[i])) {
				G_STRUCT_MEMBER(gboolean, t, flag_offset) = TRUE;
				found = TRUE;
			}
		}
		if (!found || identity->kind == CF_IDENTITY_RATIO) {
			g_set_error(error, CF_ERROR, CF_ERROR_PATTERN,
				    "%s:%u: '%s' names '%s', which is not a part of a sum",
				    IDENTITIES_FILE, line_of(lines, group, key), key, names[i]);
			return FALSE;
		}
	}
	return TRUE;
}

static gboolean
known_key(const char *key, guint n_parts)
{
	static const char *const plain[] = {"description", "kind", "result", "result-match",
					    "result-no-match", "optional", "zero-if-absent", "subtracted",
					    "percent", NULL};
	for (guint i = 0; plain[i]; i++)
		if (g_str_equal(key, plain[i]))
			return TRUE;
	if (!g_str_has_prefix(key, "part"))
		return FALSE;
	char *end = NULL;
	guint64 n = g_ascii_strtoull(key + 4, &end, 10);
	if (end == key + 4 || n < 1 || n > n_parts)
		return FALSE;
	return *end == '\0' || g_str_equal(end, "-match") || g_str_equal(end, "-no-match");
}

static CfIdentity *
load_identity(GKeyFile *keys, GHashTable *lines, const char *group, GError **error)
{
	guint group_line = line_of(lines, group, NULL);
	g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func((GDestroyNotify)term_free);
	CfIdentity *identity = g_new0(CfIdentity, 1);
	identity->parts = g_steal_pointer(&parts);
	identity->id = g_strdup(group);
	identity->line = group_line;
	identity->description = g_key_file_get_string(keys, group, "description", NULL);
	g_autofree char *kind = g_key_file_get_string(keys, group, "kind", NULL);
	guint want_parts = 0;
	if (kind == NULL || g_str_equal(kind, "sum")) {
		identity->kind = CF_IDENTITY_SUM;
	} else if (g_str_equal(kind, "ratio")) {
		identity->kind = CF_IDENTITY_RATIO;
		want_parts = 2;
	} else {
		g_set_error(error, CF_ERROR, CF_ERROR_PATTERN,
			    "%s:%u: unknown kind '%s' (sum, ratio or breakdown)", IDENTITIES_FILE,
			    line_of(lines, group, "kind"), kind);
		identity_free(identity);
		return NULL;
	}
	if (g_key_file_has_key(keys, group, "percent", NULL)) {
		g_autoptr(GError) local = NULL;
		identity->percent = g_key_file_get_boolean(keys, group, "percent", &local);
		if (local || identity->kind != CF_IDENTITY_SUM) {
			g_set_error(error, CF_ERROR, CF_ERROR_PATTERN,
				    "%s:%u: 'percent' is true or false, and only of a sum",
				    IDENTITIES_FILE, line_of(lines, group, "percent"));
			identity_free(identity);
			return NULL;
		}
	}
	if (!load_term(keys, lines, group, "result", &identity->result, error)) {
		identity_free(identity);
		return NULL;
	}
	for (guint i = 1; i <= IDENTITY_MAX_PARTS; i++) {
		g_autofree char *name = g_strdup_printf("part%u", i);
		if (!g_key_file_has_key(keys, group, name, NULL))
			break;
		CfIdentityTerm *t = g_new0(CfIdentityTerm, 1);
		g_ptr_array_add(identity->parts, t);
		if (!load_term(keys, lines, group, name, t, error)) {
			identity_free(identity);
			return NULL;
		}
	}
	guint n = identity->parts->len;
	if (n < 2 || (want_parts && n != want_parts)) {
		g_set_error(error, CF_ERROR, CF_ERROR_PATTERN,
			    "%s:%u: identity '%s' needs %s parts (part1, part2 …)", IDENTITIES_FILE,
			    group_line, group, want_parts ? "exactly 2" : "at least 2");
		identity_free(identity);
		return NULL;
	}
	g_auto(GStrv) key_names = g_key_file_get_keys(keys, group, NULL, NULL);
	for (guint i = 0; key_names && key_names[i]; i++) {
		if (!known_key(key_names[i], n)) {
			g_set_error(error, CF_ERROR, CF_ERROR_PATTERN, "%s:%u: unknown key '%s'",
				    IDENTITIES_FILE, line_of(lines, group, key_names[i]),
				    key_names[i]);
			identity_free(identity);
			return NULL;
		}
	}
	if (!mark_parts(identity, keys, group, lines, "optional",
			G_STRUCT_OFFSET(CfIdentityTerm, optional), error) ||
	    !mark_parts(identity, keys, group, lines, "zero-if-absent",
			G_STRUCT_OFFSET(CfIdentityTerm, zero_if_absent), error) ||
	    !mark_parts(identity, keys, group, lines, "subtracted",
			G_STRUCT_OFFSET(CfIdentityTerm, subtracted), error)) {
		identity_free(identity);
		return NULL;
	}
	if (identity->description == NULL)
		identity->description = g_strdup(group);
	return identity;
}

/* Reads a group of kind `breakdown`: description, whole and remainder, both lists needed. */
static CfBreakdown *
load_breakdown(GKeyFile *keys, GHashTable *lines, const char *group, GError **error)
{
	g_auto(GStrv) names = g_key_file_get_keys(keys, group, NULL, NULL);
	static const char *const known[] = {"description", "kind", "whole", "remainder", NULL};
	for (guint i = 0; names && names[i]; i++)
		if (!g_strv_contains(known, names[i])) {
			g_set_error(error, CF_ERROR, CF_ERROR_PATTERN,
				    "%s:%u: unknown key '%s' (breakdown: whole, remainder)",
				    IDENTITIES_FILE, line_of(lines, group, names[i]), names[i]);
			return NULL;
		}
	g_autoptr(GPtrArray) lists = g_ptr_array_new_with_free_func((GDestroyNotify)g_strfreev);
	static const char *const needed[] = {"whole", "remainder"};
	for (guint i = 0; i < G_N_ELEMENTS(needed); i++) {
		char **words = string_list(keys, group, needed[i]);
		g_ptr_array_add(lists, words);
		if (words[0] == NULL) {
			guint line = line_of(lines, group, needed[i]);
			g_set_error(error, CF_ERROR, CF_ERROR_PATTERN,
				    "%s:%u: breakdown '%s' needs '%s' (words, ; separated)",
				    IDENTITIES_FILE, line ? line : line_of(lines, group, NULL), group,
				    needed[i]);
			return NULL;
		}
	}
	CfBreakdown *breakdown = g_new0(CfBreakdown, 1);
	breakdown->id = g_strdup(group);
	breakdown->line = line_of(lines, group, NULL);
	breakdown->description = g_key_file_get_string(keys, group, "description", NULL);
	if (breakdown->description == NULL)
		breakdown->description = g_strdup(group);
	breakdown->wholes = g_ptr_array_steal_index(lists, 0);
	breakdown->remainders = g_ptr_array_steal_index(lists, 0);
	return breakdown;
}

/* Longer first, then in file order (a stable sort of the list). */
static gint
compare_longer_first(gconstpointer a, gconstpointer b, gpointer unused)
{
	(void)unused;
	gsize m = strlen(*(const char *const *)a), n = strlen(*(const char *const *)b);
	return m == n ? 0 : m > n ? -1 : 1;
}

/* Reads the [scopes] group: only `sources` is known there. */
static gboolean
load_scopes(CfIdentities *identities, GKeyFile *keys, GHashTable *lines, GError **error)
{
	g_auto(GStrv) names = g_key_file_get_keys(keys, SCOPES_GROUP, NULL, NULL);
	for (guint i = 0; names && names[i]; i++)
		if (!g_str_equal(names[i], "sources")) {
			g_set_error(error, CF_ERROR, CF_ERROR_PATTERN,
				    "%s:%u: [%s]: unknown key '%s' (sources)", IDENTITIES_FILE,
				    line_of(lines, SCOPES_GROUP, names[i]), SCOPES_GROUP, names[i]);
			return FALSE;
		}
	g_strfreev(identities->sources);
	identities->sources = string_list(keys, SCOPES_GROUP, "sources");
	guint n = g_strv_length(identities->sources);
	g_qsort_with_data(identities->sources, (gint)n, sizeof(char *),
			  compare_longer_first, NULL);
	return TRUE;
}

CfIdentities *
cf_identities_load(const char *directory, GError **error)
{
	g_autoptr(CfIdentities) identities = g_new0(CfIdentities, 1);
	identities->identities = g_ptr_array_new_with_free_func((GDestroyNotify)identity_free);
	identities->breakdowns = g_ptr_array_new_with_free_func((GDestroyNotify)breakdown_free);
	identities->sources = g_new0(char *, 1);
	g_autofree char *path = g_build_filename(directory, IDENTITIES_FILE, NULL);
	if (!g_file_test(path, G_FILE_TEST_EXISTS))
		return g_steal_pointer(&identities);
	g_autofree char *text = NULL;
	gsize length = 0;
	g_autoptr(GError) local = NULL;
	if (!g_file_get_contents(path, &text, &length, &local)) {
		g_set_error(error, CF_ERROR, CF_ERROR_IO, "cannot read '%s': %s", path, local->message);
		return NULL;
	}
	if (length > IDENTITIES_MAX_FILE_BYTES || !g_utf8_validate(text, length, NULL) ||
	    strlen(text) != length) {
		g_set_error(error, CF_ERROR, CF_ERROR_PATTERN,
			    "%s: not a UTF-8 text file of at most %zu bytes", IDENTITIES_FILE,
			    (size_t)IDENTITIES_MAX_FILE_BYTES);
		return NULL;
	}
	g_autoptr(GKeyFile) keys = g_key_file_new();
	if (!g_key_file_load_from_data(keys, text, length, G_KEY_FILE_NONE, &local)) {
		g_set_error(error, CF_ERROR, CF_ERROR_PATTERN, "%s: %s", IDENTITIES_FILE,
			    local->message);
		return NULL;
	}
	g_autoptr(GHashTable) lines = index_lines(text);
	g_auto(GStrv) groups = g_key_file_get_groups(keys, NULL);
	for (guint i = 0; groups[i]; i++) {
		if (g_str_equal(groups[i], SCOPES_GROUP)) {
			if (!load_scopes(identities, keys, lines, error))
				return NULL;
			continue;
		}
		g_autofree char *kind = g_key_file_get_string(keys, groups[i], "kind", NULL);
		if (kind && g_str_equal(kind, "breakdown")) {
			CfBreakdown *breakdown = load_breakdown(keys, lines, groups[i], error);
			if (breakdown == NULL)
				return NULL;
			g_ptr_array_add(identities->breakdowns, breakdown);
			continue;
		}
		CfIdentity *identity = load_identity(keys, lines, groups[i], error);
		if (identity == NULL)
			return NULL;
		g_ptr_array_add(identities->identities, identity);
	}
	return g_steal_pointer(&identities);
}

gboolean
cf_identity_term_matches(const CfIdentityTerm *term, const char *label, gboolean valid_utf8)
{
	if (label == NULL)
		return FALSE;
	/* only whether it matches counts: one pair is enough for every pattern (rc is then 0
	 * when the pattern has groups), kept per thread for the life of the thread */
	static GPrivate match_data = G_PRIVATE_INIT((GDestroyNotify)pcre2_match_data_free);
	pcre2_match_data *data = g_private_get(&match_data);
	if (data == NULL) {
		data = pcre2_match_data_create(1, NULL);
		g_private_set(&match_data, data);
	}
	int rc = pcre2_match(term->code, (PCRE2_SPTR)label, strlen(label), 0,
			     valid_utf8 ? PCRE2_NO_UTF_CHECK : 0, data, NULL);
	return rc >= 0;
}

static void
test_term(const CfIdentity *identity, const CfIdentityTerm *t, GString *failures)
{
	for (guint i = 0; t->match[i]; i++)
		if (!cf_identity_term_matches(t, t->match[i], FALSE))
			g_string_append_printf(failures, "%s%s:%u: [%s] %s: '%s' must match",
					       failures->len ? "\n" : "", IDENTITIES_FILE, t->line,
					       identity->id, t->name, t->match[i]);
	for (guint i = 0; t->no_match[i]; i++)
		if (cf_identity_term_matches(t, t->no_match[i], FALSE))
			g_string_append_printf(failures, "%s%s:%u: [%s] %s: '%s' must not match",
					       failures->len ? "\n" : "", IDENTITIES_FILE, t->line,
					       identity->id, t->name, t->no_match[i]);
}

gboolean
cf_identities_self_test(const CfIdentities *identities, GError **error)
{
	g_autoptr(GString) failures = g_string_new(NULL);
	for (guint i = 0; i < identities->identities->len; i++) {
		const CfIdentity *identity = g_ptr_array_index(identities->identities, i);
		test_term(identity, &identity->result, failures);
		for (guint k = 0; k < identity->parts->len; k++)
			test_term(identity, g_ptr_array_index(identity->parts, k), failures);
	}
	if (failures->len > 0) {
		g_set_error(error, CF_ERROR, CF_ERROR_PATTERN, "%s", failures->str);
		return FALSE;
	}
	return TRUE;
}

/* One load per directory for the life of the process: checks of a batch share it. */
static GMutex cache_lock;
static GHashTable *cache; /* directory → CfIdentities* (NULL value: the file is bad) */

const CfIdentities *
cf_identities_cached(const char *directory, GError **error)
{
	g_mutex_lock(&cache_lock);
	if (cache == NULL)
		cache = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
					      (GDestroyNotify)cf_identities_free);
	CfIdentities *found = NULL;
	gboolean known = g_hash_table_lookup_extended(cache, directory, NULL, (gpointer *)&found);
	if (!known) {
		found = cf_identities_load(directory, error);
		g_hash_table_insert(cache, g_strdup(directory), found);
		g_mutex_unlock(&cache_lock);
		return found;
	}
	g_mutex_unlock(&cache_lock);
	if (found == NULL)
		g_set_error(error, CF_ERROR, CF_ERROR_PATTERN, "%s: could not be loaded",
			    IDENTITIES_FILE);
	return found;
}

const CfIdentities *
cf_identities_of(const CfLexicon *lexicon, GError **error)
{
	const char *directory = cf_lexicon_get_directory(lexicon);
	return cf_identities_cached(directory ? directory : cf_lexicon_default_directory(), error);
}

guint
cf_identities_source_prefix(const char *const *sources, const char *label, const char **rest)
{
	/* a time word first: 本年一般公共预算基本支出 */
	static const char *const times[] = {"本年度", "本年", "全年", "当年", "年度", NULL};
	const char *from = label;
	for (guint t = 0; times[t]; t++)
		if (g_str_has_prefix(label, times[t])) {
			from = label + strlen(times[t]);
			break;
		}
	for (guint i = 0; sources[i]; i++) {
		gsize n = strlen(sources[i]);
		if (strncmp(from, sources[i], n) == 0 && from[n] != '\0') {
			if (rest)
				*rest = from + n;
			return i + 1;
		}
	}
	return 0;
}
