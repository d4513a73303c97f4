/* test-lexicon.c — the lexicon under patterns/: it loads, its examples hold, broken files
 * are reported with file and line, and a new measure word needs no C change. */
#include <glib.h>
#include <locale.h>
#include <glib/gstdio.h>
#include <string.h>

#include "cf-test-files.h"
#include "extract/cf-extract.h"
#include "extract/cf-lexicon.h"
#include "model/cf-error.h"

static const char *
patterns_dir(void)
{
	return cf_lexicon_default_directory();
}

/* A temporary copy of patterns/; the caller removes it with remove_tree(). */
static char *
copy_patterns(void)
{
	g_autoptr(GError) error = NULL;
	char *dir = g_dir_make_tmp("crossfoot-lexicon-XXXXXX", &error);
	g_assert_no_error(error);
	g_autoptr(GDir) d = g_dir_open(patterns_dir(), 0, &error);
	g_assert_no_error(error);
	for (const char *name; (name = g_dir_read_name(d)) != NULL;) {
		if (!g_str_has_suffix(name, ".ini"))
			continue;
		g_autofree char *from = g_build_filename(patterns_dir(), name, NULL);
		g_autofree char *to = g_build_filename(dir, name, NULL);
		g_autofree char *contents = NULL;
		gsize length = 0;
		g_assert_true(g_file_get_contents(from, &contents, &length, &error));
		g_assert_true(g_file_set_contents(to, contents, (gssize)length, &error));
	}
	return dir;
}


static void
append_to(const char *dir, const char *file, const char *text)
{
	g_autofree char *path = g_build_filename(dir, file, NULL);
	g_autofree char *contents = NULL;
	g_assert_true(g_file_get_contents(path, &contents, NULL, NULL));
	g_autofree char *joined = g_strconcat(contents, text, NULL);
	g_assert_true(g_file_set_contents(path, joined, -1, NULL));
}

/* Replaces the first @from in @file by @to. */
static void
replace_in(const char *dir, const char *file, const char *from, const char *to)
{
	g_autofree char *path = g_build_filename(dir, file, NULL);
	g_autofree char *contents = NULL;
	g_assert_true(g_file_get_contents(path, &contents, NULL, NULL));
	const char *at = strstr(contents, from);
	g_assert_nonnull(at);
	g_autofree char *head = g_strndup(contents, (gsize)(at - contents));
	g_autofree char *joined = g_strconcat(head, to, at + strlen(from), NULL);
	g_assert_true(g_file_set_contents(path, joined, -1, NULL));
}

/* Line number (1-based) of the first line of @file that starts with @prefix. */
static guint
line_of(const char *dir, const char *file, const char *prefix)
{
	g_autofree char *path = g_build_filename(dir, file, NULL);
	g_autofree char *contents = NULL;
	g_assert_true(g_file_get_contents(path, &contents, NULL, NULL));
	g_auto(GStrv) lines = g_strsplit(contents, "\n", -1);
	for (guint i = 0; lines[i]; i++)
		if (g_str_has_prefix(lines[i], prefix))
			return i + 1;
	g_assert_not_reached();
	return 0;
}

static void
test_load_default(void)
{
	g_autoptr(GError) error = NULL;
	g_autoptr(CfLexicon) lex = cf_lexicon_load(patterns_dir(), &error);
	g_assert_no_error(error);
	g_assert_nonnull(lex);
	gboolean ok = cf_lexicon_self_test(lex, &error);
	if (!ok)
		g_test_message("%s", error->message);
	g_assert_no_error(error);
	g_assert_true(ok);

	/* the lexicon's files are all there (identities.ini belongs to the check stage) */
	static const char *const known[] = {"numbers.ini", "units.ini", "rates.ini",
					    "measures.ini", "qualifiers.ini", "cues.ini",
					    "columns.ini", "labels.ini", NULL};
	for (guint i = 0; known[i]; i++) {
		g_autofree char *path = g_build_filename(patterns_dir(), known[i], NULL);
		g_assert_true(g_file_test(path, G_FILE_TEST_IS_REGULAR));
	}
}

static void
test_broken_regex(void)
{
	g_autofree char *dir = copy_patterns();
	replace_in(dir, "numbers.ini", "regex=[oOlI]", "regex=[oO(lI");
	guint line = line_of(dir, "numbers.ini", "regex=[oO(lI");
	g_autoptr(GError) error = NULL;
	g_autoptr(CfLexicon) lex = cf_lexicon_load(dir, &error);
	g_assert_null(lex);
	g_assert_error(error, CF_ERROR, CF_ERROR_PATTERN);
	g_autofree char *want = g_strdup_printf(
		"numbers.ini:%u: invalid regex at offset 6: missing terminating ] for character "
		"class",
		line);
	g_assert_cmpstr(error->message, ==, want);
	remove_tree(dir);
}

static void
test_broken_group(void)
{
	g_autofree char *dir = copy_patterns();
	append_to(dir, "cues.ini", "\n[合计\ncategory=total\n");
	g_autofree char *path = g_build_filename(dir, "cues.ini", NULL);
	g_autofree char *contents = NULL;
	g_assert_true(g_file_get_contents(path, &contents, NULL, NULL));
	g_auto(GStrv) lines = g_strsplit(contents, "\n", -1);
	guint line = 0;
	for (guint i = 0; lines[i]; i++)
		if (g_str_equal(lines[i], "[合计"))
			line = i + 1;
	g_autoptr(GError) error = NULL;
	g_autoptr(CfLexicon) lex = cf_lexicon_load(dir, &error);
	g_assert_null(lex);
	g_assert_error(error, CF_ERROR, CF_ERROR_PATTERN);
	g_autofree char *want = g_strdup_printf("cues.ini:%u: malformed group header '[合计'", line);
	g_assert_cmpstr(error->message, ==, want);
	remove_tree(dir);
}

static void
test_bad_key(void)
{
	g_autofree char *dir = copy_patterns();
	replace_in(dir, "units.ini", "[万元]\nexponent=4", "[万元]\nexponet=4");
	guint line = line_of(dir, "units.ini", "exponet=4");
	g_autoptr(GError) error = NULL;
	g_autoptr(CfLexicon) lex = cf_lexicon_load(dir, &error);
	g_assert_null(lex);
	g_assert_error(error, CF_ERROR, CF_ERROR_PATTERN);
	g_autofree char *want = g_strdup_printf("units.ini:%u: unknown key 'exponet' in [万元]", line);
	g_assert_cmpstr(error->message, ==, want);
	remove_tree(dir);
}

static void
test_bad_value(void)
{
	g_autofree char *dir = copy_patterns();
	replace_in(dir, "measures.ini", "[人次]\nkind=count", "[人次]\nkind=people");
	guint line = line_of(dir, "measures.ini", "kind=people");
	g_autoptr(GError) error = NULL;
	g_autoptr(CfLexicon) lex = cf_lexicon_load(dir, &error);
	g_assert_null(lex);
	g_autofree char *want = g_strdup_printf(
		"measures.ini:%u: invalid kind 'people' in [人次]: expected count, quantity, score, "
		"percent, year, date",
		line);
	g_assert_cmpstr(error->message, ==, want);
	remove_tree(dir);
}

static void
test_missing_file(void)
{
	g_autofree char *dir = copy_patterns();
	g_autofree char *path = g_build_filename(dir, "cues.ini", NULL);
	g_remove(path);
	g_autoptr(GError) error = NULL;
	g_autoptr(CfLexicon) lex = cf_lexicon_load(dir, &error);
	g_assert_null(lex);
	g_assert_error(error, CF_ERROR, CF_ERROR_IO);
	g_assert_true(strstr(error->message, "cannot read lexicon file '") != NULL);
	g_assert_true(strstr(error->message, "cues.ini") != NULL);
	remove_tree(dir);
}

static void
test_failing_example(void)
{
	g_autofree char *dir = copy_patterns();
	replace_in(dir, "units.ini", "match=共计25.2万元;", "match=共计25.2万;");
	guint line = line_of(dir, "units.ini", "match=共计25.2万;");
	g_autoptr(GError) error = NULL;
	g_autoptr(CfLexicon) lex = cf_lexicon_load(dir, &error);
	g_assert_no_error(error);
	g_assert_false(cf_lexicon_self_test(lex, &error));
	g_assert_error(error, CF_ERROR, CF_ERROR_PATTERN);
	g_autofree char *want = g_strdup_printf("units.ini:%u: '共计25.2万' must match [万元]", line);
	g_assert_cmpstr(error->message, ==, want);
	remove_tree(dir);
}

static GPtrArray *
extract(const CfLexicon *lex, const char *text)
{
	g_autoptr(CfDocument) doc = cf_document_new("t.txt");
	gsize n = strlen(text);
	cf_document_set_text(doc, g_strndup(text, n), n, g_strndup(text, n), n, NULL);
	GPtrArray *claims = cf_extract_document(lex, doc);
	for (guint i = 0; i < claims->len; i++)
		((CfClaim *)claims->pdata[i])->document = NULL;
	return claims;
}

static void
test_add_unit(void)
{
	const char *text = "全年引进良种马300匹。";
	g_autoptr(GError) error = NULL;
	g_autoptr(CfLexicon) before = cf_lexicon_load(patterns_dir(), &error);
	g_assert_no_error(error);
	g_autoptr(GPtrArray) old_claims = extract(before, text);
	g_assert_cmpuint(old_claims->len, ==, 1);
	g_assert_cmpint(((CfClaim *)old_claims->pdata[0])->kind, ==, CF_CLAIM_NUMBER);

	g_autofree char *dir = copy_patterns();
	append_to(dir, "measures.ini", "\n[匹]\nkind=count\nmatch=引进良种马300匹\nno-match=引进骆驼300峰\n");
	g_autoptr(CfLexicon) lex = cf_lexicon_load(dir, &error);
	g_assert_no_error(error);
	cf_lexicon_self_test(lex, &error);
	g_assert_no_error(error);
	g_autoptr(GPtrArray) claims = extract(lex, text);
	g_assert_cmpuint(claims->len, ==, 1);
	const CfClaim *c = claims->pdata[0];
	g_assert_cmpint(c->kind, ==, CF_CLAIM_COUNT);
	g_assert_cmpstr(c->unit, ==, "匹");
	g_assert_cmpstr(c->text, ==, "300匹");
	g_autofree char *value = cf_decimal_to_string(c->value);
	g_assert_cmpstr(value, ==, "300");
	g_assert_cmpstr(c->label, ==, "全年引进良种马");
	remove_tree(dir);
}

int
main(int argc, char **argv)
{
	setlocale(LC_ALL, "");
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/lexicon/load/default", test_load_default);
	g_test_add_func("/lexicon/load/broken-regex", test_broken_regex);
	g_test_add_func("/lexicon/load/broken-group", test_broken_group);
	g_test_add_func("/lexicon/load/bad-key", test_bad_key);
	g_test_add_func("/lexicon/load/bad-value", test_bad_value);
	g_test_add_func("/lexicon/load/missing-file", test_missing_file);
	g_test_add_func("/lexicon/self-test/failing-example", test_failing_example);
	g_test_add_func("/lexicon/add-unit", test_add_unit);
	return g_test_run();
}
