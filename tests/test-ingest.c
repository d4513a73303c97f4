/* Tests of reading files: bad input (missing, empty, binary, NUL bytes, too large), a 50 MB
 * single line, path expansion over a directory mixing good and bad entries, and the corpus. */
#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "cf-test-files.h"
#include "cf-test-random.h"
#include "ingest/cf-ingest.h"
#include "model/cf-error.h"

typedef struct {
	char *dir;
} Fixture;

static void
fixture_set_up(Fixture *f, gconstpointer data)
{
	g_autoptr(GError) error = NULL;
	f->dir = g_dir_make_tmp("crossfoot-ingest-XXXXXX", &error);
	g_assert_no_error(error);
}


static void
fixture_tear_down(Fixture *f, gconstpointer data)
{
	remove_tree(f->dir);
	g_free(f->dir);
}

static char *
fixture_write(const char *dir, const char *name, const void *contents, gsize length)
{
	char *path = g_build_filename(dir, name, NULL);
	g_autofree char *parent = g_path_get_dirname(path);
	g_assert_cmpint(g_mkdir_with_parents(parent, 0700), ==, 0);
	g_autoptr(GError) error = NULL;
	g_assert_true(g_file_set_contents(path, contents, (gssize)length, &error));
	g_assert_no_error(error);
	return path;
}

static void
assert_ingest_error(const char *path, CfErrorCode code, const char *message_format)
{
	g_autoptr(GError) error = NULL;
	g_autoptr(CfDocument) doc = cf_ingest_file(path, NULL, &error);
	g_assert_null(doc);
	g_assert_error(error, CF_ERROR, (gint)code);
	g_autofree char *expected = g_strdup_printf(message_format, path);
	g_assert_cmpstr(error->message, ==, expected);
	g_assert_null(strchr(error->message, '\n'));
}

static void
test_missing(Fixture *f, gconstpointer data)
{
	g_autofree char *path = g_build_filename(f->dir, "x.txt", NULL);
	assert_ingest_error(path, CF_ERROR_IO, "cannot read '%s': No such file or directory");
}

static void
test_directory(Fixture *f, gconstpointer data)
{
	assert_ingest_error(f->dir, CF_ERROR_IO, "cannot read '%s': Is a directory");
}

static void
test_unreadable(Fixture *f, gconstpointer data)
{
	g_autofree char *path = fixture_write(f->dir, "secret.txt", "text", 4);
	g_assert_cmpint(g_chmod(path, 0), ==, 0);
	if (access(path, R_OK) == 0) {
		g_test_skip("running as root: permissions are not enforced");
		return;
	}
	assert_ingest_error(path, CF_ERROR_IO, "cannot read '%s': Permission denied");
}

typedef struct {
	const char *name;
	const char *contents;
	gsize length;
	CfErrorCode code;
	const char *message; /* %s is the path */
} BadFileCase;

static const char elf_header[] = "\177ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0\x3e\0\x01\0\0\0";
static const char png_bytes[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0"
				"\x1f\xf3\xff"
				"a\0\0\0\x19tEXtSoftware";
/* no signature, but a third of the bytes are control bytes */
static const char control_bytes[] = "ab\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11\x12\x13"
				    "cdefghijklmnopqrstuvwxyz";

static const BadFileCase bad_file_cases[] = {
	{"/ingest/file/empty", "", 0, CF_ERROR_EMPTY, "'%s' is empty"},
	{"/ingest/file/only-whitespace", " \n\t\r\n\xe3\x80\x80\n", 8, CF_ERROR_EMPTY,
	 "'%s' is empty"},
	{"/ingest/file/only-bom", "\xEF\xBB\xBF\n", 4, CF_ERROR_EMPTY, "'%s' is empty"},
	{"/ingest/file/binary", png_bytes, sizeof png_bytes - 1, CF_ERROR_BINARY,
	 "'%s' is not a text file (PNG image)"},
	{"/ingest/file/binary-elf", elf_header, sizeof elf_header - 1, CF_ERROR_BINARY,
	 "'%s' is not a text file (ELF executable)"},
	{"/ingest/file/damaged-docx", "PK\x03\x04\x14\0\x06\0", 8, CF_ERROR_DAMAGED,
	 "cannot read the Office document '%s': no end of the ZIP directory (the file is cut "
	 "short)"},
	{"/ingest/file/binary-controls", control_bytes, sizeof control_bytes - 1, CF_ERROR_BINARY,
	 "'%s' is not a text file (NUL or control bytes)"},
};

static void
test_bad_file(Fixture *f, gconstpointer data)
{
	const BadFileCase *c = data;
	g_autofree char *path = fixture_write(f->dir, "input.txt", c->contents, c->length);
	assert_ingest_error(path, c->code, c->message);
}

static void
test_too_large(Fixture *f, gconstpointer data)
{
	/* a sparse file: its size is checked before anything is read */
	g_autofree char *path = fixture_write(f->dir, "big.txt", "", 0);
	g_assert_cmpint(truncate(path, (off_t)CF_MAX_FILE_BYTES + 1), ==, 0);
	assert_ingest_error(path, CF_ERROR_TOO_LARGE,
			    "'%s' is too large (268435457 bytes, the limit is 256 MiB)");
	g_assert_cmpint(truncate(path, (off_t)CF_MAX_FILE_BYTES * 2), ==, 0);
	assert_ingest_error(path, CF_ERROR_TOO_LARGE,
			    "'%s' is too large (536870912 bytes, the limit is 256 MiB)");
}

static void
test_nul_bytes(Fixture *f, gconstpointer data)
{
	/* policy: a few stray NUL or control bytes in text are replaced, not fatal */
	static const char contents[] = "第一行\n金额\0\x1b"
				       "12万元\n\f第三行\t\x7f\n";
	g_autofree char *path = fixture_write(f->dir, "nul.txt", contents, sizeof contents - 1);
	g_autoptr(GError) error = NULL;
	g_autoptr(CfDocument) doc = cf_ingest_file(path, NULL, &error);
	g_assert_no_error(error);
	g_assert_cmpstr(doc->encoding, ==, "UTF-8");
	g_assert_cmpstr(doc->text, ==,
			"第一行\n金额\xEF\xBF\xBD\xEF\xBF\xBD"
			"12万元\n\f第三行\t\xEF\xBF\xBD");
	g_assert_cmpuint(doc->lines->len, ==, 3);
	static const struct {
		guint line, column;
		gsize byte_offset;
		const char *message;
	} expected[] = {
		{2, 3, 16, "NUL byte at byte 16, replaced by U+FFFD"},
		{2, 4, 17, "control character U+001B at byte 17, replaced by U+FFFD"},
		{3, 6, 38, "control character U+007F at byte 38, replaced by U+FFFD"},
	};
	g_assert_cmpuint(doc->diagnostics->len, ==, G_N_ELEMENTS(expected));
	for (guint i = 0; i < G_N_ELEMENTS(expected); i++) {
		const CfDiagnostic *d = doc->diagnostics->pdata[i];
		g_assert_cmpuint(d->line, ==, expected[i].line);
		g_assert_cmpuint(d->column, ==, expected[i].column);
		g_assert_cmpuint(d->byte_offset, ==, expected[i].byte_offset);
		g_assert_cmpstr(d->message, ==, expected[i].message);
	}
}

static void
test_many_invalid_bytes(Fixture *f, gconstpointer data)
{
	/* diagnostics stop at 100; one more sums up the rest, nothing goes unreported */
	g_autoptr(GString) contents = g_string_new(NULL);
	for (int i = 0; i < 250; i++)
		g_string_append(contents, "预算数为100万元\xff。\n");
	g_autofree char *path = fixture_write(f->dir, "many.txt", contents->str, contents->len);
	g_autoptr(GError) error = NULL;
	g_autoptr(CfDocument) doc = cf_ingest_file(path, NULL, &error);
	g_assert_no_error(error);
	g_assert_cmpstr(doc->encoding, ==, "UTF-8");
	g_assert_cmpuint(doc->lines->len, ==, 250);
	g_assert_cmpuint(doc->diagnostics->len, ==, 101);
	const CfDiagnostic *d = doc->diagnostics->pdata[99];
	g_assert_cmpuint(d->line, ==, 100);
	g_assert_cmpuint(d->column, ==, 10);
	d = doc->diagnostics->pdata[100];
	g_assert_cmpuint(d->line, ==, 0);
	g_assert_cmpuint(d->byte_offset, ==, G_MAXSIZE);
	g_assert_cmpstr(d->message, ==,
			"150 more runs of invalid bytes or control characters "
			"replaced by U+FFFD (only the first 100 are listed)");
}

static void
test_huge_line(Fixture *f, gconstpointer data)
{
	/* 50 MB on one line, with full-width digits so that norm is shorter than text */
	static const char unit[] = "预算数为１２３4.5万元，"; /* 27 bytes, 12 characters */
	const gsize unit_length = sizeof unit - 1;
	const gsize repeats = 50 * 1000 * 1000 / unit_length + 1;
	g_autofree char *path = g_build_filename(f->dir, "huge.txt", NULL);
	FILE *out = fopen(path, "wb");
	g_assert_nonnull(out);
	for (gsize i = 0; i < repeats; i++)
		g_assert_cmpuint(fwrite(unit, 1, unit_length, out), ==, unit_length);
	g_assert_cmpint(fclose(out), ==, 0);

	g_autoptr(GError) error = NULL;
	gint64 start = g_get_monotonic_time();
	g_autoptr(CfDocument) doc = cf_ingest_file(path, NULL, &error);
	gint64 elapsed = g_get_monotonic_time() - start;
	g_assert_no_error(error);
	g_test_message("50 MB line read in %.2f s", (double)elapsed / G_USEC_PER_SEC);
	g_assert_cmpstr(doc->encoding, ==, "UTF-8");
	g_assert_cmpuint(doc->lines->len, ==, 1);
	g_assert_cmpuint(doc->text_length, ==, repeats * unit_length);
	g_assert_cmpuint(doc->norm_length, ==, repeats * (unit_length - 3 * 2));
	g_assert_cmpuint(doc->diagnostics->len, ==, 0);
	g_assert_true(g_str_has_prefix(doc->norm, "预算数为1234.5万元，预算数为1234.5万元，"));
	const CfLine *line = cf_document_get_line(doc, 1);
	g_assert_cmpuint(line->text_length, ==, doc->text_length);
	g_assert_cmpuint(line->norm_length, ==, doc->norm_length);
	g_unlink(path);
}

/* ---- path expansion ---- */

static void
test_walk_mixed_dir(Fixture *f, gconstpointer data)
{
	static const char *const created[] = {
		"good.txt",       "bad.txt",          "notes.md",       "Upper.TXT",
		".hidden.txt",    ".git/config.txt",  "draft.txt~",     "old.txt.bak",
		"merge.txt.orig", "#autosave.txt#",   "sub/nested.txt", "sub/deeper/z.txt",
		"sub/empty.txt",  "sub/.cache/x.txt", "z-last/a.txt",     "Report.DOCX",
		"~$report.docx",
	};
	for (gsize i = 0; i < G_N_ELEMENTS(created); i++) {
		const char *contents = g_str_equal(created[i], "bad.txt") ? png_bytes
				       : g_str_equal(created[i], "sub/empty.txt")
					       ? ""
					       : "合计：100万元\n";
		gsize length = g_str_equal(created[i], "bad.txt") ? sizeof png_bytes - 1
								  : strlen(contents);
		g_autofree char *path = fixture_write(f->dir, created[i], contents, length);
	}
	g_autofree char *loop = g_build_filename(f->dir, "sub", "loop", NULL);
	g_assert_cmpint(symlink("..", loop), ==, 0);
	g_autofree char *self = g_build_filename(f->dir, "sub", "self", NULL);
	g_assert_cmpint(symlink("self", self), ==, 0);
	g_autofree char *dangling = g_build_filename(f->dir, "dangling.txt", NULL);
	g_assert_cmpint(symlink("nowhere.txt", dangling), ==, 0);
	g_autofree char *named = g_build_filename(f->dir, "notes.md", NULL);
	g_autofree char *missing = g_build_filename(f->dir, "missing.txt", NULL);
	g_autofree char *named_hidden = g_build_filename(f->dir, ".hidden.txt", NULL);

	const char *paths[] = {missing, f->dir, named, named_hidden, f->dir, NULL};
	g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func((GDestroyNotify)g_error_free);
	g_autoptr(GPtrArray) files = cf_ingest_expand_paths(paths, errors);

	static const char *const expected[] = {
		".hidden.txt",      "Report.DOCX",   "Upper.TXT",      "bad.txt",      "good.txt",
		"notes.md",
		"sub/deeper/z.txt", "sub/empty.txt", "sub/nested.txt", "z-last/a.txt",
	};
	g_assert_cmpuint(files->len, ==, G_N_ELEMENTS(expected));
	for (guint i = 0; i < files->len; i++) {
		g_autofree char *want = g_build_filename(f->dir, expected[i], NULL);
		g_assert_cmpstr(files->pdata[i], ==, want);
	}

	g_assert_cmpuint(errors->len, ==, 2);
	g_autofree char *error0 =
		g_strdup_printf("cannot read '%s': No such file or directory", missing);
	g_autofree char *error1 =
		g_strdup_printf("cannot read '%s': No such file or directory", dangling);
	const GError *e = errors->pdata[0];
	g_assert_error(e, CF_ERROR, CF_ERROR_IO);
	g_assert_cmpstr(e->message, ==, error0);
	e = errors->pdata[1];
	g_assert_error(e, CF_ERROR, CF_ERROR_IO);
	g_assert_cmpstr(e->message, ==, error1);

	/* every file is read on its own: the bad ones fail, the good ones still load */
	guint loaded = 0;
	for (guint i = 0; i < files->len; i++) {
		g_autoptr(GError) error = NULL;
		g_autoptr(CfDocument) doc = cf_ingest_file(files->pdata[i], NULL, &error);
		if (g_str_has_suffix(files->pdata[i], "bad.txt"))
			g_assert_error(error, CF_ERROR, CF_ERROR_BINARY);
		else if (g_str_has_suffix(files->pdata[i], "empty.txt"))
			g_assert_error(error, CF_ERROR, CF_ERROR_EMPTY);
		else {
			g_assert_no_error(error);
			g_assert_cmpstr(doc->text, ==, "合计：100万元");
			loaded++;
		}
	}
	g_assert_cmpuint(loaded, ==, 8);
}

static void
test_walk_empty_and_null(Fixture *f, gconstpointer data)
{
	g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func((GDestroyNotify)g_error_free);
	g_autoptr(GPtrArray) none = cf_ingest_expand_paths(NULL, errors);
	g_assert_cmpuint(none->len, ==, 0);
	const char *paths[] = {f->dir, NULL};
	g_autoptr(GPtrArray) empty = cf_ingest_expand_paths(paths, errors);
	g_assert_cmpuint(empty->len, ==, 0);
	g_assert_cmpuint(errors->len, ==, 0);
}

/* ---- the corpus ---- */

typedef struct {
	const char *name;
	const char *file;
	guint n_lines; /* `wc -l`, plus one when the file does not end with a line end */
	gboolean final_line_end;
} CorpusCase;

/* 000, 002 and 003 end with "\n " (a last line holding one space, no line end): 58 + 1 … */
static const CorpusCase corpus_cases[] = {
	{"000", "000_6a5162211be4bb34.txt", 59, FALSE},
	{"001", "001_076bbd6f4c7b8808.txt", 354, TRUE},
	{"002", "002_6b5b2d02b175c98d.txt", 69, FALSE},
	{"003", "003_df0ca8b0b5b2e082.txt", 245, FALSE},
	{"004", "004_430475d196af1e11.txt", 29, TRUE},
};

static void
test_corpus_all_seeds(void)
{
	const char *root = g_getenv("CROSSFOOT_SOURCE_ROOT");
	g_autofree char *corpus = g_build_filename(root ? root : ".", "corpus", NULL);
	const char *paths[] = {corpus, NULL};
	g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func((GDestroyNotify)g_error_free);
	g_autoptr(GPtrArray) files = cf_ingest_expand_paths(paths, errors);
	g_assert_cmpuint(errors->len, ==, 0);
	/* corpus/synthetic/ holds the synthetic reports of tests/test-crossdoc.c: seeds only here */
	for (guint i = files->len; i-- > 0;)
		if (strstr(files->pdata[i], G_DIR_SEPARATOR_S "synthetic" G_DIR_SEPARATOR_S))
			g_ptr_array_remove_index(files, i);
	g_assert_cmpuint(files->len, ==, G_N_ELEMENTS(corpus_cases));

	for (gsize i = 0; i < G_N_ELEMENTS(corpus_cases); i++) {
		const CorpusCase *c = &corpus_cases[i];
		g_autofree char *path = g_build_filename(corpus, c->file, NULL);
		g_assert_cmpstr(files->pdata[i], ==, path);
		g_autoptr(GError) error = NULL;
		g_autoptr(CfDocument) doc = cf_ingest_file(path, NULL, &error);
		g_assert_no_error(error);
		g_assert_cmpstr(doc->encoding, ==, "UTF-8");
		g_assert_cmpuint(doc->diagnostics->len, ==, 0);
		g_assert_cmpuint(doc->lines->len, ==, c->n_lines);

		/* text is the file without its final line end; line offsets are file offsets */
		g_autofree char *contents = NULL;
		gsize length = 0;
		g_assert_true(g_file_get_contents(path, &contents, &length, NULL));
		g_assert_cmpint(contents[length - 1] == '\n', ==, c->final_line_end);
		if (c->final_line_end)
			length--;
		g_assert_cmpmem(doc->text, doc->text_length, contents, length);
		for (guint k = 0; k < doc->lines->len; k++) {
			const CfLine *l = &g_array_index(doc->lines, CfLine, k);
			g_assert_cmpuint(l->byte_offset, ==, l->text_offset);
			g_assert_cmpint(
				g_utf8_strlen(doc->text + l->text_offset, (gssize)l->text_length),
				==,
				g_utf8_strlen(doc->norm + l->norm_offset, (gssize)l->norm_length));
		}
	}
}

/* ---- characters of a range ---- */

/* cf_document_char_count() against counting the bytes that are no continuation byte one by
 * one, on random bytes (valid UTF-8 or not) for ranges of every length and start. */
static void
test_char_count(void)
{
	static const char *const pieces[] = {
		"a", "1", "\n", "预", "算", "\xc2\xa0", "é", "\xf0\x9f\x98\x80", "\x80", "\xbf",
		"\xc0", "\xff", "\xe3\x80\x80",
	};
	guint32 state = 3;
	for (guint round = 0; round < 60; round++) {
		g_autoptr(GString) text = g_string_new(NULL);
		cf_test_append_random_pieces(text, pieces, G_N_ELEMENTS(pieces), 1 + round * 23,
					     &state);
		g_autoptr(CfDocument) doc = cf_document_new("count.txt");
		gsize length = text->len;
		char *buffer = g_string_free(g_steal_pointer(&text), FALSE);
		/* one buffer for text and norm, as when nothing is normalised */
		cf_document_take_text(doc, buffer, length, buffer, length);
		for (gsize start = 0; start < length; start += 1 + round) {
			for (gsize end = start; end <= length + 2; end += 1 + (end - start) / 8) {
				guint expected = 0;
				for (gsize i = start; i < MIN(end, length); i++)
					if (((guchar)doc->norm[i] & 0xC0) != 0x80)
						expected++;
				g_assert_cmpuint(cf_document_char_count(doc, start, end), ==, expected);
			}
		}
	}
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add("/ingest/file/missing", Fixture, NULL, fixture_set_up, test_missing,
		   fixture_tear_down);
	g_test_add("/ingest/file/directory", Fixture, NULL, fixture_set_up, test_directory,
		   fixture_tear_down);
	g_test_add("/ingest/file/unreadable", Fixture, NULL, fixture_set_up, test_unreadable,
		   fixture_tear_down);
	for (gsize i = 0; i < G_N_ELEMENTS(bad_file_cases); i++)
		g_test_add(bad_file_cases[i].name, Fixture, &bad_file_cases[i], fixture_set_up,
			   test_bad_file, fixture_tear_down);
	g_test_add("/ingest/file/too-large", Fixture, NULL, fixture_set_up, test_too_large,
		   fixture_tear_down);
	g_test_add("/ingest/file/nul-bytes", Fixture, NULL, fixture_set_up, test_nul_bytes,
		   fixture_tear_down);
	g_test_add("/ingest/file/many-invalid-bytes", Fixture, NULL, fixture_set_up,
		   test_many_invalid_bytes, fixture_tear_down);
	g_test_add("/ingest/file/huge-line", Fixture, NULL, fixture_set_up, test_huge_line,
		   fixture_tear_down);
	g_test_add("/ingest/walk/mixed-dir", Fixture, NULL, fixture_set_up, test_walk_mixed_dir,
		   fixture_tear_down);
	g_test_add("/ingest/walk/empty", Fixture, NULL, fixture_set_up, test_walk_empty_and_null,
		   fixture_tear_down);
	g_test_add_func("/ingest/corpus/all-seeds", test_corpus_all_seeds);
	g_test_add_func("/ingest/document/char-count", test_char_count);
	return g_test_run();
}
