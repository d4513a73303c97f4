/* test-batch.c — batches checked in parallel: the output does not depend on the number of
 * threads or on their timing, a bad file in the middle of a parallel batch does not stop the
 * others, and the summary at the end has its exact format.
 *
 * The in-process tests drive cf_run_batch() with their own document function; the others
 * spawn $CROSSFOOT_BIN on corpus/ and on a generated folder of 200 reports (the seeds with
 * their digits varied, written to a temporary folder the test removes again). */
#include <stdarg.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "cf-test-files.h"
#include "cf-test-spawn.h"
#include "model/cf-finding.h"
#include "report/cf-run-check.h"
#include "report/cf-run.h"

/* The generated batch: this many files, from the seeds in corpus/. */
#define GENERATED_FILES 200
/* Runs of the same parallel batch that must all give the same bytes. */
#define DETERMINISM_RUNS 5

/* ---- running crossfoot ---- */

/* run(&r, "check", "-j", "4", "corpus", NULL), in the source root. */
G_GNUC_NULL_TERMINATED
static void
run(Run *result, ...)
{
	va_list ap;
	va_start(ap, result);
	run_va(result, NULL, ap);
	va_end(ap);
}

static void
assert_same_run(const Run *actual, const Run *expected)
{
	assert_same_output(actual->out, expected->out);
	assert_same_output(actual->err, expected->err);
	g_assert_cmpint(actual->status, ==, expected->status);
}

/* ---- temporary inputs ---- */


static gint
compare_strings(gconstpointer a, gconstpointer b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The seed reports of corpus/ (*.txt), sorted, as "corpus/<name>". */
static GPtrArray *
corpus_seeds(void)
{
	g_autofree char *corpus = g_build_filename(source_root(), "corpus", NULL);
	g_autoptr(GError) error = NULL;
	g_autoptr(GDir) dir = g_dir_open(corpus, 0, &error);
	g_assert_no_error(error);
	GPtrArray *seeds = g_ptr_array_new_with_free_func(g_free);
	const char *name;
	while ((name = g_dir_read_name(dir)) != NULL)
		if (g_str_has_suffix(name, ".txt"))
			g_ptr_array_add(seeds, g_build_filename("corpus", name, NULL));
	g_ptr_array_sort(seeds, compare_strings);
	g_assert_cmpuint(seeds->len, >=, 1);
	return seeds;
}

/* Copy @k of a seed: every ASCII digit at a position picked by @k's own random sequence is
 * replaced by another one, so the copies have different numbers (and different findings) in
 * the seeds' structure.  Deterministic: the same @k always gives the same bytes. */
static GString *
vary_digits(const char *bytes, gsize length, guint k)
{
	g_autoptr(GRand) rand = g_rand_new_with_seed(k + 1);
	GString *copy = g_string_new_len(bytes, (gssize)length);
	for (gsize i = 0; i < copy->len; i++)
		if (g_ascii_isdigit(copy->str[i]) && g_rand_int_range(rand, 0, 5) == 0)
			copy->str[i] = (char)('0' + g_rand_int_range(rand, 0, 10));
	return copy;
}

/* A folder of GENERATED_FILES reports made from the seeds. */
static void
generate_batch(TempDir *dir)
{
	temp_dir_init(dir);
	g_autoptr(GPtrArray) seeds = corpus_seeds();
	g_autoptr(GPtrArray) contents = g_ptr_array_new_with_free_func(g_free);
	g_autoptr(GArray) lengths = g_array_new(FALSE, FALSE, sizeof(gsize));
	for (guint i = 0; i < seeds->len; i++) {
		g_autofree char *path =
			g_build_filename(source_root(), g_ptr_array_index(seeds, i), NULL);
		char *bytes = NULL;
		gsize length = 0;
		g_autoptr(GError) error = NULL;
		g_assert_true(g_file_get_contents(path, &bytes, &length, &error));
		g_assert_no_error(error);
		g_ptr_array_add(contents, bytes);
		g_array_append_val(lengths, length);
	}
	for (guint k = 0; k < GENERATED_FILES; k++) {
		guint seed = k % seeds->len;
		g_autoptr(GString) copy = vary_digits(g_ptr_array_index(contents, seed),
						      g_array_index(lengths, gsize, seed), k);
		g_autofree char *name = g_strdup_printf("report-%03u.txt", k);
		g_autofree char *path = write_file_path(dir, name, copy->str, copy->len);
	}
}

/* ---- in process: cf_run_batch ---- */

/* What the test's document function hands over: the path and the line count it saw. */
typedef struct {
	char *path;
	guint lines;
} Seen;

static gpointer
count_lines_cb(CfDocument *doc, GString *out, gpointer user_data)
{
	Seen *seen = g_new0(Seen, 1);
	seen->path = g_strdup(doc->path);
	seen->lines = doc->lines->len;
	g_string_append_printf(out, "%s %u\n", doc->path, doc->lines->len);
	return seen;
}

static void
collect_seen_cb(const char *path, gpointer result, gpointer user_data)
{
	GPtrArray *collected = user_data;
	Seen *seen = result;
	/* the result handed over belongs to the path it is handed over with */
	g_assert_cmpstr(seen->path, ==, path);
	g_ptr_array_add(collected, g_strdup(path));
	g_free(seen->path);
	g_free(seen);
}

/* Every document's result reaches the calling thread in input order, whatever -j; the
 * output file has every document's output in that order too. */
static void
test_collect_order(void)
{
	g_auto(TempDir) dir = {0};
	generate_batch(&dir);
	g_autofree char *single = NULL;
	for (guint jobs = 1; jobs <= 8; jobs *= 2) {
		g_autofree char *out_path = g_build_filename(dir.path, "out.log", NULL);
		FILE *out = fopen(out_path, "w+");
		FILE *err = tmpfile();
		g_assert_nonnull(out);
		g_assert_nonnull(err);
		CfRunOptions options = {.out = out, .err = err, .jobs = jobs};
		g_autoptr(GPtrArray) collected = g_ptr_array_new_with_free_func(g_free);
		const char *paths[] = {dir.path, NULL};
		CfRunSummary summary;
		g_autoptr(GError) error = NULL;
		g_assert_true(cf_run_batch(paths, &options, count_lines_cb, collect_seen_cb,
					   collected, &summary, &error));
		g_assert_no_error(error);
		g_assert_cmpuint(summary.n_files, ==, GENERATED_FILES);
		g_assert_cmpuint(summary.n_unreadable, ==, 0);
		g_assert_cmpuint(summary.n_degraded, ==, 0);
		g_assert_cmpuint(collected->len, ==, GENERATED_FILES);
		for (guint k = 0; k < GENERATED_FILES; k++) {
			g_autofree char *name = g_strdup_printf("report-%03u.txt", k);
			g_autofree char *want = g_build_filename(dir.path, name, NULL);
			g_assert_cmpstr(g_ptr_array_index(collected, k), ==, want);
		}
		g_assert_cmpint(ftell(err), ==, 0);
		fclose(err);
		fclose(out);
		g_autofree char *text = NULL;
		g_assert_true(g_file_get_contents(out_path, &text, NULL, NULL));
		g_unlink(out_path);
		if (single == NULL)
			single = g_steal_pointer(&text);
		else
			assert_same_output(text, single);
	}
	/* one line per document, the first is report-000 */
	g_autofree char *first = g_strdup_printf("%s/report-000.txt ", dir.path);
	g_assert_true(g_str_has_prefix(single, first));
}

/* The summary of known findings, byte for byte: counts per severity, the documents with the
 * most errors (most first, ties by path, at most CF_RUN_SUMMARY_TOP of them). */
static void
test_summary_format(void)
{
	g_autoptr(GPtrArray) findings =
		g_ptr_array_new_with_free_func((GDestroyNotify)cf_finding_free);
	static const struct {
		const char *file;
		CfSeverity severity;
	} made[] = {
		{"b.txt", CF_SEVERITY_ERROR},   {"b.txt", CF_SEVERITY_ERROR},
		{"b.txt", CF_SEVERITY_ERROR},   {"a.txt", CF_SEVERITY_ERROR},
		{"c.txt", CF_SEVERITY_ERROR},   {"c.txt", CF_SEVERITY_WARNING},
		{"d.txt", CF_SEVERITY_NOTE},    {"e.txt", CF_SEVERITY_ERROR},
		{"f.txt", CF_SEVERITY_ERROR},   {"g.txt", CF_SEVERITY_ERROR},
		{"g.txt", CF_SEVERITY_ERROR},   {"b.txt", CF_SEVERITY_WARNING},
		{"h.txt", CF_SEVERITY_ERROR},   {"h.txt", CF_SEVERITY_ERROR},
		{"h.txt", CF_SEVERITY_ERROR},   {"h.txt", CF_SEVERITY_ERROR},
		{"h.txt", CF_SEVERITY_ERROR},   {"h.txt", CF_SEVERITY_ERROR},
		{"h.txt", CF_SEVERITY_ERROR},   {"h.txt", CF_SEVERITY_ERROR},
		{"h.txt", CF_SEVERITY_ERROR},   {"h.txt", CF_SEVERITY_ERROR},
	};
	for (gsize i = 0; i < G_N_ELEMENTS(made); i++) {
		CfFinding *f = cf_finding_new("sum-mismatch", made[i].severity);
		cf_finding_set_primary(f, made[i].file, 1, 1, 1, "x", -1);
		g_ptr_array_add(findings, f);
	}
	CfRunSummary summary = {.n_files = 9, .n_unreadable = 2, .n_degraded = 1};
	g_autoptr(GString) out = g_string_new(NULL);
	cf_run_check_summary(&summary, findings, out);
	g_assert_cmpstr(out->str, ==,
			"summary\n"
			"  documents checked  9\n"
			"  input errors       3 (unreadable 2, repaired 1)\n"
			"  findings           22 (error 19, warning 2, note 1)\n"
			"  most errors        10 h.txt\n"
			"                      3 b.txt\n"
			"                      2 g.txt\n"
			"                      1 a.txt\n"
			"                      1 c.txt\n");

	/* no error anywhere */
	g_ptr_array_set_size(findings, 0);
	CfRunSummary clean = {.n_files = 1};
	g_string_truncate(out, 0);
	cf_run_check_summary(&clean, findings, out);
	g_assert_cmpstr(out->str, ==,
			"summary\n"
			"  documents checked  1\n"
			"  input errors       0 (unreadable 0, repaired 0)\n"
			"  findings           0 (error 0, warning 0, note 0)\n"
			"  most errors        none\n");
}

/* ---- the binary ---- */

/* The generated batch is made once and shared by the tests (checking 200 reports is the
 * expensive part, under sanitizers on a loaded machine too), with the single-threaded
 * outputs every parallel run is compared with. */
static TempDir generated;
static char *baseline_text; /* check -j 1 */
static char *baseline_json; /* check --format json -j 1 */

static const char *
generated_path(void)
{
	if (generated.path == NULL)
		generate_batch(&generated);
	return generated.path;
}

static const char *
baseline(const char *format)
{
	char **cached = g_str_equal(format, "json") ? &baseline_json : &baseline_text;
	if (*cached == NULL) {
		g_auto(Run) r = {0};
		run(&r, "check", "--format", format, "-j", "1", generated_path(), NULL);
		g_assert_cmpstr(r.err, ==, "");
		g_assert_cmpint(r.status, ==, 1);
		g_assert_cmpuint(strlen(r.out), >, 0);
		*cached = g_steal_pointer(&r.out);
	}
	return *cached;
}

/* -j 1 and -j 4 give the same bytes on both streams and the same status. */
static void
assert_jobs_agree(const char *command, const char *format, const char *path)
{
	g_auto(Run) one = {0};
	g_auto(Run) four = {0};
	run(&one, command, "--format", format, "-j", "1", path, NULL);
	run(&four, command, "--format", format, "-j", "4", path, NULL);
	g_assert_cmpuint(strlen(one.out), >, 0);
	assert_same_run(&four, &one);
}

static void
test_jobs_corpus(void)
{
	assert_jobs_agree("check", "text", "corpus");
	assert_jobs_agree("check", "json", "corpus");
	assert_jobs_agree("extract", "jsonl", "corpus");
	assert_jobs_agree("extract", "text", "corpus");
}

/* extract on the generated batch; check's text output is compared by /batch/jobs/repeatable,
 * its JSON by /batch/summary/option. */
static void
test_jobs_generated(void)
{
	assert_jobs_agree("extract", "jsonl", generated_path());
}

/* The same parallel batch run DETERMINISM_RUNS times gives the bytes of the single-threaded
 * run every time. */
static void
test_jobs_repeatable(void)
{
	const char *want = baseline("text");
	for (guint i = 0; i < DETERMINISM_RUNS; i++) {
		g_auto(Run) again = {0};
		run(&again, "check", "-j", "4", generated_path(), NULL);
		assert_same_output(again.out, want);
		g_assert_cmpstr(again.err, ==, "");
		g_assert_cmpint(again.status, ==, 1);
	}
}

/* check keeps a batch's findings in a temporary file ($TMPDIR, else /tmp): when none can be
 * made, one line says where, nothing is checked, and the status is 2. */
static void
test_no_temporary_folder(void)
{
	const char *missing = "/nonexistent-crossfoot-tmp";
	g_autofree char *saved = g_strdup(g_getenv("TMPDIR"));
	g_setenv("TMPDIR", missing, TRUE);
	g_auto(Run) r = {0};
	run(&r, "check", "corpus", NULL);
	if (saved != NULL)
		g_setenv("TMPDIR", saved, TRUE);
	else
		g_unsetenv("TMPDIR");
	g_assert_cmpint(r.status, ==, 2);
	g_assert_cmpstr(r.out, ==, "");
	g_autofree char *expected = g_strdup_printf(
		"crossfoot: cannot create a temporary file in '%s': No such file or directory\n",
		missing);
	g_assert_cmpstr(r.err, ==, expected);
}

static gboolean
across_documents(const char *rule)
{
	return g_str_has_prefix(rule, "crossdoc-") || g_str_equal(rule, "reused-text");
}

/* The findings across documents (found after the batch) are merged into the documents' own
 * (spilled as the batch goes) in the order of one sort of them all: path, line, column,
 * rule, message; on the generated batch some sit between two of a document's own. */
static void
test_order_across_documents(void)
{
	const char *json = baseline("json");
	g_autoptr(JsonParser) parser = json_parser_new();
	g_autoptr(GError) error = NULL;
	g_assert_true(json_parser_load_from_data(parser, json, -1, &error));
	g_assert_no_error(error);
	JsonArray *findings = json_object_get_array_member(
		json_node_get_object(json_parser_get_root(parser)), "findings");
	guint n = json_array_get_length(findings), across = 0, interleaved = 0;
	g_assert_cmpuint(n, >, 1000);
	for (guint i = 0; i < n; i++) {
		JsonObject *f = json_array_get_object_element(findings, i);
		const char *rule = json_object_get_string_member(f, "rule");
		if (!across_documents(rule))
			continue;
		across++;
		if (i == 0 || i + 1 == n)
			continue;
		JsonObject *before = json_array_get_object_element(findings, i - 1);
		JsonObject *after = json_array_get_object_element(findings, i + 1);
		const char *file = json_object_get_string_member(f, "file");
		if (!across_documents(json_object_get_string_member(before, "rule")) &&
		    !across_documents(json_object_get_string_member(after, "rule")) &&
		    g_str_equal(json_object_get_string_member(before, "file"), file) &&
		    g_str_equal(json_object_get_string_member(after, "file"), file))
			interleaved++;
	}
	g_assert_cmpuint(across, >, 100);
	g_assert_cmpuint(interleaved, >, 10);
	for (guint i = 1; i < n; i++) {
		JsonObject *a = json_array_get_object_element(findings, i - 1);
		JsonObject *b = json_array_get_object_element(findings, i);
		int c = strcmp(json_object_get_string_member(a, "file"),
			       json_object_get_string_member(b, "file"));
		if (c == 0 &&
		    json_object_get_int_member(a, "line") != json_object_get_int_member(b, "line"))
			c = json_object_get_int_member(a, "line") <
					    json_object_get_int_member(b, "line")
				    ? -1
				    : 1;
		if (c == 0 && json_object_get_int_member(a, "column") !=
				      json_object_get_int_member(b, "column"))
			c = json_object_get_int_member(a, "column") <
					    json_object_get_int_member(b, "column")
				    ? -1
				    : 1;
		if (c == 0)
			c = strcmp(json_object_get_string_member(a, "rule"),
				   json_object_get_string_member(b, "rule"));
		if (c == 0)
			c = strcmp(json_object_get_string_member(a, "message"),
				   json_object_get_string_member(b, "message"));
		if (c > 0)
			g_test_fail_printf("finding %u is out of order", i);
	}
}

/* Unreadable files among readable ones in a parallel batch: each is one line on stderr in
 * path order, every other file is still checked (the output is the batch's without them),
 * and the status is 2. */
static void
test_unreadable_in_batch(void)
{
	const char *clean = baseline("text");
	g_autofree char *empty = write_file_path(&generated, "report-050.5-empty.txt", "", 0);
	static const char elf[] = "\177ELF\2\1\1\0\0\0\0\0\0\0\0\0";
	g_autofree char *binary =
		write_file_path(&generated, "report-120.5-binary.txt", elf, sizeof elf);
	g_autofree char *locked = write_file_path(&generated, "report-150.5-locked.txt", "x", 1);
	g_assert_cmpint(g_chmod(locked, 0), ==, 0);
	/* root reads a file whatever its mode: then it is left out */
	gboolean can_lock = access(locked, R_OK) != 0;
	if (!can_lock)
		g_unlink(locked);

	g_auto(Run) four = {0};
	run(&four, "check", "-j", "4", generated.path, NULL);
	g_unlink(empty);
	g_unlink(binary);
	g_unlink(locked);
	g_assert_cmpint(four.status, ==, 2);
	assert_same_output(four.out, clean);
	g_autofree char *want = g_strdup_printf(
		"crossfoot: '%s' is empty\n"
		"crossfoot: '%s' is not a text file (ELF executable)\n"
		"%s%s%s",
		empty, binary, can_lock ? "crossfoot: cannot read '" : "", can_lock ? locked : "",
		can_lock ? "': Permission denied\n" : "");
	g_assert_cmpstr(four.err, ==, want);
}

/* The summary of a JSON findings document (one finding per line, starting with its file;
 * the file names of the test have no characters JSON escapes). */
static char *
expected_summary(const char *json, guint documents, guint unreadable)
{
	g_autoptr(GPtrArray) findings =
		g_ptr_array_new_with_free_func((GDestroyNotify)cf_finding_free);
	static const char file_key[] = "{\"file\":\"";
	static const char severity_key[] = "\"severity\":\"";
	/* line by line with memchr: strstr and g_strsplit over megabytes are quadratic under
	 * AddressSanitizer, which measures the whole haystack on every call */
	const char *end = json + strlen(json);
	for (const char *p = json; p < end;) {
		const char *eol = memchr(p, '\n', (gsize)(end - p));
		if (eol == NULL)
			eol = end;
		g_autofree char *line = g_strndup(p, (gsize)(eol - p));
		p = eol + 1;
		if (!g_str_has_prefix(line, file_key))
			continue;
		const char *file = line + strlen(file_key);
		const char *file_end = strchr(file, '"');
		const char *severity = strstr(line, severity_key);
		g_assert_nonnull(file_end);
		g_assert_nonnull(severity);
		severity += strlen(severity_key);
		g_autofree char *severity_text = g_strndup(severity, strcspn(severity, "\""));
		CfSeverity level;
		g_assert_true(cf_severity_from_string(severity_text, &level));
		CfFinding *f = cf_finding_new("any", level);
		g_autofree char *path = g_strndup(file, (gsize)(file_end - file));
		cf_finding_set_primary(f, path, 1, 1, 1, "", 0);
		g_ptr_array_add(findings, f);
	}
	g_assert_cmpuint(findings->len, >, 0);
	CfRunSummary summary = {.n_files = documents, .n_unreadable = unreadable};
	GString *out = g_string_new(NULL);
	cf_run_check_summary(&summary, findings, out);
	return g_string_free(out, FALSE);
}

/* --summary on a pipe, in parallel: stdout is the single-threaded run's, stderr ends with the
 * summary of exactly those findings (the unreadable file counted). */
static void
test_summary_option(void)
{
	const char *plain = baseline("json");
	g_autofree char *empty = write_file_path(&generated, "report-100.5-empty.txt", "", 0);
	g_auto(Run) with = {0};
	run(&with, "check", "--format", "json", "--summary", "-j", "2", generated.path, NULL);
	g_unlink(empty);
	g_assert_cmpint(with.status, ==, 2);
	assert_same_output(with.out, plain);
	g_autofree char *summary = expected_summary(plain, GENERATED_FILES, 1);
	g_autofree char *want = g_strdup_printf("crossfoot: '%s' is empty\n%s", empty, summary);
	assert_same_output(with.err, want);
	/* the generated reports have errors: the top list is full */
	const char *top = strstr(with.err, "\n  most errors        ");
	g_assert_nonnull(top);
	g_auto(GStrv) lines = g_strsplit(top + 1, "\n", -1);
	g_assert_cmpuint(g_strv_length(lines), ==, CF_RUN_SUMMARY_TOP + 1);
	g_assert_cmpstr(lines[CF_RUN_SUMMARY_TOP], ==, "");
}

/* -j takes a positive number. */
static void
test_jobs_usage(void)
{
	static const char *const bad[] = {"0", "-3"};
	for (gsize i = 0; i < G_N_ELEMENTS(bad); i++) {
		g_auto(Run) r = {0};
		run(&r, "check", "-j", bad[i], "corpus", NULL);
		g_autofree char *want = g_strdup_printf(
			"crossfoot: invalid -j value '%s', expected a positive number (try "
			"'crossfoot --help')\n",
			bad[i]);
		g_assert_cmpstr(r.err, ==, want);
		g_assert_cmpstr(r.out, ==, "");
		g_assert_cmpint(r.status, ==, 2);
	}
	/* more threads than files is fine */
	g_auto(Run) many = {0};
	g_auto(Run) one = {0};
	run(&many, "extract", "-j", "64", "corpus/000_6a5162211be4bb34.txt", NULL);
	run(&one, "extract", "-j", "1", "corpus/000_6a5162211be4bb34.txt", NULL);
	assert_same_run(&many, &one);
	g_assert_cmpint(one.status, ==, 0);
}

/* Pieces smaller and larger than the spill's buffer come back from their offsets exactly,
 * whether still buffered or written (a large one straight to the file). */
static void
test_spill_pieces(void)
{
	g_autoptr(GError) error = NULL;
	g_autoptr(CfSpill) spill = cf_spill_new(&error);
	g_assert_no_error(error);
	/* pieces copied to the buffer, written with it (CF_SPILL_DIRECT_BYTES and more) and
	 * larger than it, after an empty buffer and after one holding something */
	const gsize sizes[] = {10,
			       CF_SPILL_BUFFER_BYTES - 5,
			       3 * CF_SPILL_BUFFER_BYTES + 7,
			       1,
			       0,
			       CF_SPILL_BUFFER_BYTES,
			       CF_SPILL_BUFFER_BYTES + 1,
			       20,
			       CF_SPILL_DIRECT_BYTES - 1,
			       CF_SPILL_DIRECT_BYTES,
			       CF_SPILL_DIRECT_BYTES + 1,
			       CF_SPILL_DIRECT_BYTES,
			       3};
	guint64 offsets[G_N_ELEMENTS(sizes)];
	guint64 total = 0;
	for (gsize i = 0; i < G_N_ELEMENTS(sizes); i++) {
		g_autofree char *piece = g_malloc(sizes[i] + 1);
		for (gsize k = 0; k < sizes[i]; k++)
			piece[k] = (char)('a' + (i * 7 + k) % 26);
		g_assert_true(cf_spill_append(spill, piece, sizes[i], &offsets[i], &error));
		g_assert_no_error(error);
		g_assert_cmpuint(offsets[i], ==, total);
		total += sizes[i];
		g_assert_cmpuint(cf_spill_get_size(spill), ==, total);
	}
	for (gsize i = G_N_ELEMENTS(sizes); i-- > 0;) {
		g_autofree char *back = cf_spill_read(spill, offsets[i], sizes[i], &error);
		g_assert_no_error(error);
		g_assert_cmpuint(strlen(back), ==, sizes[i]);
		for (gsize k = 0; k < sizes[i]; k++)
			g_assert_cmpint(back[k], ==, (char)('a' + (i * 7 + k) % 26));
	}
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/batch/run/collect-order", test_collect_order);
	g_test_add_func("/batch/summary/format", test_summary_format);
	g_test_add_func("/batch/jobs/corpus", test_jobs_corpus);
	g_test_add_func("/batch/jobs/generated", test_jobs_generated);
	g_test_add_func("/batch/jobs/repeatable", test_jobs_repeatable);
	g_test_add_func("/batch/order/across-documents", test_order_across_documents);
	g_test_add_func("/batch/spill/no-temporary-folder", test_no_temporary_folder);
	g_test_add_func("/batch/spill/pieces", test_spill_pieces);
	g_test_add_func("/batch/jobs/usage", test_jobs_usage);
	g_test_add_func("/batch/unreadable/middle", test_unreadable_in_batch);
	g_test_add_func("/batch/summary/option", test_summary_option);
	int status = g_test_run();
	temp_dir_clear(&generated);
	g_free(baseline_text);
	g_free(baseline_json);
	return status;
}
