/* cf-test-pipeline.h — runs the real pipeline (ingest → segment → extract → check) on a
 * text or a corpus file, for tests of the later stages.  Header-only: include it once per
 * test binary. */
#pragma once

#include <string.h>

#include "check/cf-check.h"
#include "extract/cf-extract.h"
#include "extract/cf-lexicon.h"
#include "ingest/cf-ingest.h"
#include "segment/cf-segment.h"

/* The lexicon of the source tree, loaded once per test binary. */
static G_GNUC_UNUSED const CfLexicon *
cf_test_lexicon(void)
{
	static CfLexicon *lexicon;
	if (lexicon == NULL) {
		g_autoptr(GError) error = NULL;
		lexicon = cf_lexicon_load(cf_lexicon_default_directory(), &error);
		g_assert_no_error(error);
	}
	return lexicon;
}

/* A segmented document from UTF-8 @text, named @name. */
static G_GNUC_UNUSED CfDocument *
cf_test_document_from_text(const char *name, const char *text)
{
	g_autoptr(GError) error = NULL;
	CfDocument *doc = cf_ingest_bytes(name, (const guint8 *)text, strlen(text), NULL, &error);
	g_assert_no_error(error);
	cf_segment_document(doc);
	return doc;
}

/* A segmented document from a file of the source tree (e.g. "corpus/001_….txt"). */
static G_GNUC_UNUSED CfDocument *
cf_test_document_from_file(const char *relative_path)
{
	g_autoptr(GError) error = NULL;
	CfDocument *doc = cf_ingest_file(relative_path, NULL, &error);
	g_assert_no_error(error);
	cf_segment_document(doc);
	return doc;
}

/* The seed report corpus/<prefix>_*.txt (e.g. "003"), read and segmented as the tool does. */
static G_GNUC_UNUSED CfDocument *
cf_test_document_from_seed(const char *prefix)
{
	g_autoptr(GDir) listing = g_dir_open("corpus", 0, NULL);
	g_assert_nonnull(listing);
	g_autofree char *start = g_strconcat(prefix, "_", NULL);
	for (const char *name; (name = g_dir_read_name(listing)) != NULL;) {
		if (g_str_has_prefix(name, start) && g_str_has_suffix(name, ".txt")) {
			g_autofree char *path = g_build_filename("corpus", name, NULL);
			return cf_test_document_from_file(path);
		}
	}
	g_assert_not_reached();
	return NULL;
}

/* The findings of @doc, with only @rule enabled when @rule is not NULL. */
static G_GNUC_UNUSED GPtrArray *
cf_test_check(const CfDocument *doc, const char *rule)
{
	g_autoptr(GPtrArray) claims = cf_extract_document(cf_test_lexicon(), doc);
	g_autoptr(GHashTable) only = g_hash_table_new(g_str_hash, g_str_equal);
	CfCheckOptions options = {0};
	if (rule != NULL) {
		g_hash_table_add(only, (gpointer)rule);
		options.only = only;
	}
	return cf_check_document(cf_test_lexicon(), doc, claims, &options);
}

/* The first finding of @rule at @line (any rule when NULL), or NULL. */
static G_GNUC_UNUSED const CfFinding *
cf_test_find(GPtrArray *findings, const char *rule, guint line)
{
	for (guint i = 0; i < findings->len; i++) {
		const CfFinding *f = g_ptr_array_index(findings, i);
		if ((rule == NULL || g_str_equal(f->rule, rule)) && f->primary.line == line)
			return f;
	}
	return NULL;
}

/* The first finding of @rule at @line whose message holds @message (any when NULL), or NULL:
 * for a line with several findings of one rule. */
static G_GNUC_UNUSED const CfFinding *
cf_test_find_message(GPtrArray *findings, const char *rule, guint line, const char *message)
{
	for (guint i = 0; i < findings->len; i++) {
		const CfFinding *f = g_ptr_array_index(findings, i);
		if ((rule == NULL || g_str_equal(f->rule, rule)) && f->primary.line == line &&
		    (message == NULL || strstr(f->message, message) != NULL))
			return f;
	}
	return NULL;
}

/* Number of findings at or above @severity. */
static G_GNUC_UNUSED guint
cf_test_count(GPtrArray *findings, CfSeverity severity)
{
	guint n = 0;
	for (guint i = 0; i < findings->len; i++)
		if (((const CfFinding *)g_ptr_array_index(findings, i))->severity >= severity)
			n++;
	return n;
}

/* Prints every finding to the test log (for failing tests). */
static G_GNUC_UNUSED void
cf_test_dump(GPtrArray *findings)
{
	for (guint i = 0; i < findings->len; i++) {
		const CfFinding *f = g_ptr_array_index(findings, i);
		g_test_message("%s:%u:%u: %s: %s [%s]%s%s", f->primary.file, f->primary.line,
			       f->primary.column, cf_severity_to_string(f->severity), f->message, f->rule,
			       f->suggestion ? " suggestion: " : "", f->suggestion ? f->suggestion : "");
	}
}
