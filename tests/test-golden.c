/* test-golden.c — every corpus report against its reviewed expected output.
 *
 * For each report corpus/…/<name>.txt (or .docx, .xlsx) and each row of golden_kinds[], the built binary
 * ($CROSSFOOT_BIN) runs as `crossfoot <args> corpus/…/<name>.txt` from the source root and its
 * standard output must equal corpus/…/<name><suffix> byte for byte.  Any difference fails and
 * prints the first differing lines.
 *
 * CROSSFOOT_UPDATE_GOLDEN=1 rewrites the expected files from the current output instead.  The
 * files are reviewed expectations, not snapshots: read the diff (git diff corpus/) before
 * committing them.
 *
 * Adding a golden kind (e.g. `check` findings) is one row in golden_kinds[]. */
#include <stdarg.h>
#include <string.h>
#include <sys/wait.h>

#include <glib.h>
#include <glib/gstdio.h>

typedef struct {
	const char *name;    /* test path: /golden/<name>/<report> */
	const char *args[8]; /* crossfoot's arguments before the report's path */
	const char *suffix;  /* expected output: <report without .txt><suffix> */
	gboolean required;   /* every report must have one (else: only where present) */
	int exit_status;     /* expected exit status, or -1 for any */
} GoldenKind;

static const GoldenKind golden_kinds[] = {
	{"extract", {"extract", "--format", "jsonl"}, ".expected-claims.jsonl", TRUE, 0},
	/* the default format is made without the metadata (cf_segment_document_blocks()) */
	{"extract-text", {"extract", "--color", "never"}, ".expected-claims.out", TRUE, 0},
	{"check", {"check", "--color", "never"}, ".expected-findings.out", TRUE, -1},
	{"check-json", {"check", "--format", "json"}, ".expected-findings.json", TRUE, -1},
};

typedef struct {
	const GoldenKind *kind;
	char *report;   /* relative to the source root: corpus/001_….txt */
	char *expected; /* corpus/001_….expected-claims.jsonl */
} GoldenCase;

static void
golden_case_free(gpointer data)
{
	GoldenCase *c = data;
	g_free(c->report);
	g_free(c->expected);
	g_free(c);
}

static guint n_failed; /* with --keep-going GLib's exit status does not count failures */

/* Prints why the current test fails and marks it failed. */
G_GNUC_PRINTF(1, 2)
static void
fail(const char *format, ...)
{
	va_list args;
	va_start(args, format);
	g_autofree char *message = g_strdup_vprintf(format, args);
	va_end(args);
	g_printerr("%s", message);
	g_test_fail();
	n_failed++;
}

static const char *
source_root(void)
{
	const char *root = g_getenv("CROSSFOOT_SOURCE_ROOT");
	return root != NULL ? root : ".";
}

static gboolean
update_mode(void)
{
	return g_strcmp0(g_getenv("CROSSFOOT_UPDATE_GOLDEN"), "1") == 0;
}

/* g_ptr_array_sort() passes pointers to the elements */
static int
compare_names(gconstpointer a, gconstpointer b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The extensions of reports: text, a Word document, an Excel workbook. */
static const char *const report_extensions[] = {".txt", ".docx", ".xlsx"};

static gboolean
is_report_name(const char *name)
{
	for (gsize i = 0; i < G_N_ELEMENTS(report_extensions); i++)
		if (g_str_has_suffix(name, report_extensions[i]))
			return TRUE;
	return FALSE;
}

/* @report without its extension. */
static char *
report_stem(const char *report)
{
	return g_strndup(report, strrchr(report, '.') - report);
}

/* Appends every report (*.txt, *.docx, *.xlsx) under @dir (relative to the source root), sorted,
 * recursively. */
static void
collect_reports(const char *dir, GPtrArray *reports)
{
	g_autofree char *absolute = g_build_filename(source_root(), dir, NULL);
	g_autoptr(GDir) handle = g_dir_open(absolute, 0, NULL);
	if (handle == NULL)
		return;
	g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func(g_free);
	const char *name;
	while ((name = g_dir_read_name(handle)) != NULL)
		if (name[0] != '.')
			g_ptr_array_add(names, g_strdup(name));
	g_ptr_array_sort(names, compare_names);
	for (guint i = 0; i < names->len; i++) {
		const char *entry = g_ptr_array_index(names, i);
		g_autofree char *relative = g_build_filename(dir, entry, NULL);
		g_autofree char *path = g_build_filename(source_root(), relative, NULL);
		if (g_file_test(path, G_FILE_TEST_IS_DIR))
			collect_reports(relative, reports);
		else if (is_report_name(entry))
			g_ptr_array_add(reports, g_steal_pointer(&relative));
	}
}

/* "expected" vs "actual" from the first differing line: a few lines of context, then the
 * differing lines of each side, like a unified diff's first hunk. */
static char *
diff_excerpt(const char *expected, const char *actual)
{
	g_auto(GStrv) want = g_strsplit(expected, "\n", -1);
	g_auto(GStrv) got = g_strsplit(actual, "\n", -1);
	guint n_want = g_strv_length(want), n_got = g_strv_length(got);
	guint first = 0;
	while (first < n_want && first < n_got && g_str_equal(want[first], got[first]))
		first++;
	GString *out = g_string_new(NULL);
	g_string_append_printf(out,
			       "--- expected (%u lines)\n+++ actual (%u lines)\n@@ line %u @@\n",
			       n_want - 1, n_got - 1, first + 1);
	for (guint i = first >= 2 ? first - 2 : 0; i < first; i++)
		g_string_append_printf(out, " %s\n", want[i]);
	for (guint i = first; i < n_want && i < first + 4; i++)
		g_string_append_printf(out, "-%s\n", want[i]);
	for (guint i = first; i < n_got && i < first + 4; i++)
		g_string_append_printf(out, "+%s\n", got[i]);
	return g_string_free(out, FALSE);
}

static void
test_golden(gconstpointer data)
{
	const GoldenCase *c = data;
	const char *bin = g_getenv("CROSSFOOT_BIN");
	g_assert_nonnull(bin);

	g_autoptr(GPtrArray) argv = g_ptr_array_new();
	g_ptr_array_add(argv, (gpointer)bin);
	for (gsize i = 0; c->kind->args[i] != NULL; i++)
		g_ptr_array_add(argv, (gpointer)c->kind->args[i]);
	g_ptr_array_add(argv, c->report);
	g_ptr_array_add(argv, NULL);

	g_autofree char *out = NULL;
	g_autofree char *err = NULL;
	int wait_status = 0;
	g_autoptr(GError) error = NULL;
	g_assert_true(g_spawn_sync(source_root(), (char **)argv->pdata, NULL, G_SPAWN_DEFAULT, NULL,
				   NULL, &out, &err, &wait_status, &error));
	g_assert_no_error(error);
	if (!WIFEXITED(wait_status)) {
		fail("crossfoot did not exit normally on %s (wait status %d)\n", c->report,
		     wait_status);
		return;
	}
	if (c->kind->exit_status >= 0 && WEXITSTATUS(wait_status) != c->kind->exit_status) {
		fail("crossfoot %s … %s exited with %d, expected %d; stderr:\n%s", c->kind->args[0],
		     c->report, WEXITSTATUS(wait_status), c->kind->exit_status, err);
		return;
	}
	if (err[0] != '\0') {
		fail("crossfoot %s … %s wrote to stderr:\n%s", c->kind->args[0], c->report, err);
		return;
	}

	g_autofree char *expected_path = g_build_filename(source_root(), c->expected, NULL);
	if (update_mode()) {
		g_assert_true(g_file_set_contents(expected_path, out, -1, &error));
		g_assert_no_error(error);
		g_test_message("updated %s", c->expected);
		return;
	}

	g_autofree char *expected = NULL;
	if (!g_file_get_contents(expected_path, &expected, NULL, NULL)) {
		fail("missing %s: review the output and create it with "
		     "CROSSFOOT_UPDATE_GOLDEN=1 meson test -C BUILD golden\n",
		     c->expected);
		return;
	}
	if (!g_str_equal(expected, out)) {
		g_autofree char *excerpt = diff_excerpt(expected, out);
		fail("%s differs from `crossfoot %s … %s`:\n%s", c->expected, c->kind->args[0],
		     c->report, excerpt);
	}
}

/* Every expected file belongs to a report that still exists. */
static void
test_orphans(gconstpointer data)
{
	const GPtrArray *reports = data;
	g_autoptr(GPtrArray) dirs = g_ptr_array_new_with_free_func(g_free);
	g_ptr_array_add(dirs, g_strdup("corpus"));
	for (guint i = 0; i < reports->len; i++) {
		g_autofree char *dir = g_path_get_dirname(g_ptr_array_index(reports, i));
		if (!g_ptr_array_find_with_equal_func(dirs, dir, g_str_equal, NULL))
			g_ptr_array_add(dirs, g_steal_pointer(&dir));
	}
	for (guint d = 0; d < dirs->len; d++) {
		const char *dir = g_ptr_array_index(dirs, d);
		g_autofree char *absolute = g_build_filename(source_root(), dir, NULL);
		g_autoptr(GDir) handle = g_dir_open(absolute, 0, NULL);
		const char *name;
		while (handle != NULL && (name = g_dir_read_name(handle)) != NULL) {
			const char *mark = strstr(name, ".expected");
			if (mark == NULL)
				continue;
			g_autofree char *stem = g_strndup(name, mark - name);
			gboolean found = FALSE;
			for (gsize e = 0; e < G_N_ELEMENTS(report_extensions) && !found; e++) {
				g_autofree char *report =
					g_strdup_printf("%s/%s%s", dir, stem, report_extensions[e]);
				found = g_ptr_array_find_with_equal_func((GPtrArray *)reports,
									 report, g_str_equal, NULL);
			}
			if (!found)
				fail("%s/%s has no report %s/%s.txt\n", dir, name, dir, stem);
		}
	}
}

int
main(int argc, char **argv)
{
	/* report every differing report, not just the first (GLib bails out after a failure) */
	g_autofree char **args = g_new0(char *, argc + 2);
	memcpy(args, argv, sizeof(char *) * argc);
	args[argc++] = "--keep-going";
	argv = args;
	g_test_init(&argc, &argv, NULL);

	g_autoptr(GPtrArray) reports = g_ptr_array_new_with_free_func(g_free);
	collect_reports("corpus", reports);
	g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func(golden_case_free);

	for (gsize k = 0; k < G_N_ELEMENTS(golden_kinds); k++) {
		const GoldenKind *kind = &golden_kinds[k];
		for (guint i = 0; i < reports->len; i++) {
			const char *report = g_ptr_array_index(reports, i);
			g_autofree char *stem = report_stem(report);
			g_autofree char *expected = g_strconcat(stem, kind->suffix, NULL);
			g_autofree char *absolute = g_build_filename(source_root(), expected, NULL);
			if (!kind->required && !update_mode() &&
			    !g_file_test(absolute, G_FILE_TEST_EXISTS))
				continue;
			GoldenCase *c = g_new0(GoldenCase, 1);
			c->kind = kind;
			c->report = g_strdup(report);
			c->expected = g_steal_pointer(&expected);
			g_ptr_array_add(cases, c);
			/* the test path names the report without its folder and extension */
			g_autofree char *base = g_path_get_basename(stem);
			g_autofree char *path = g_strdup_printf("/golden/%s/%s", kind->name, base);
			g_test_add_data_func(path, c, test_golden);
		}
	}
	g_test_add_data_func("/golden/orphans", reports, test_orphans);
	int status = g_test_run();
	return status != 0 || n_failed > 0 ? 1 : 0;
}
