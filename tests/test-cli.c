/* test-cli.c — the crossfoot binary as a user runs it: exact stdout, stderr and exit status.
 *
 * Each test spawns $CROSSFOOT_BIN with g_spawn_sync.  Inputs that are not in corpus/ are
 * written to a fresh temporary folder that the test removes again. */
#include <stdarg.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "model/cf-finding.h"

#include "cf-test-files.h"
#include "cf-test-spawn.h"

#define CORPUS_000 "corpus/000_6a5162211be4bb34.txt"
#define CORPUS_001 "corpus/001_076bbd6f4c7b8808.txt"
#define CORPUS_002 "corpus/002_6b5b2d02b175c98d.txt"
#define CORPUS_003 "corpus/003_df0ca8b0b5b2e082.txt"

/* The 50 MB single-line input must be done within this time (seconds), sanitizers included. */
#define HUGE_LINE_BYTES ((gsize)50 * 1000 * 1000)
#define HUGE_LINE_SECONDS 120

/* ---- running crossfoot ---- */

/* run(&r, cwd, "extract", "x.txt", NULL) */
G_GNUC_NULL_TERMINATED
static void
run(Run *result, const char *cwd, ...)
{
	va_list ap;
	va_start(ap, cwd);
	run_va(result, cwd, ap);
	va_end(ap);
}

static guint
count_lines(const char *text)
{
	guint n = 0;
	for (const char *p = text; *p != '\0'; p++)
		n += *p == '\n';
	return n;
}

/* ---- temporary inputs ---- */


static char *
read_corpus(const char *name, gsize *length)
{
	g_autofree char *path = g_build_filename(source_root(), name, NULL);
	char *bytes = NULL;
	g_autoptr(GError) error = NULL;
	g_assert_true(g_file_get_contents(path, &bytes, length, &error));
	g_assert_no_error(error);
	return bytes;
}

static void
copy_corpus(const TempDir *dir, const char *corpus_name, const char *name)
{
	gsize length;
	g_autofree char *bytes = read_corpus(corpus_name, &length);
	write_file(dir, name, bytes, length);
}

/* The claims of @name (in @cwd) on their own: what a batch must reproduce for that file. */
static char *
claims_of(const char *cwd, const char *name, const char *format)
{
	g_auto(Run) r = {0};
	run(&r, cwd, "extract", "--format", format, name, NULL);
	g_assert_cmpstr(r.err, ==, "");
	g_assert_cmpint(r.status, ==, 0);
	return g_steal_pointer(&r.out);
}

/* ---- version and help ---- */

static void
test_version(void)
{
	g_auto(Run) r = {0};
	run(&r, NULL, "--version", NULL);
	g_assert_cmpstr(r.out, ==, "crossfoot 0.1.0\n");
	g_assert_cmpstr(r.err, ==, "");
	g_assert_cmpint(r.status, ==, 0);
}

static void
test_help(void)
{
	g_auto(Run) main_help = {0};
	run(&main_help, NULL, "--help", NULL);
	g_assert_cmpstr(main_help.err, ==, "");
	g_assert_cmpint(main_help.status, ==, 0);
	g_assert_true(
		g_str_has_prefix(main_help.out, "Usage:\n  crossfoot COMMAND [OPTION…] PATH…\n"));
	g_assert_nonnull(strstr(main_help.out, "\n  extract    Print every numeric claim"));
	g_assert_nonnull(strstr(main_help.out, "\n  text       Print each report's text"));
	g_assert_nonnull(strstr(main_help.out, "crossfoot help COMMAND"));

	g_auto(Run) bare_help = {0};
	run(&bare_help, NULL, "help", NULL);
	assert_same_output(bare_help.out, main_help.out);
	g_assert_cmpint(bare_help.status, ==, 0);

	g_auto(Run) extract_help = {0};
	run(&extract_help, NULL, "help", "extract", NULL);
	g_assert_cmpstr(extract_help.err, ==, "");
	g_assert_cmpint(extract_help.status, ==, 0);
	g_assert_true(g_str_has_prefix(extract_help.out,
				       "Usage:\n  crossfoot extract [OPTION…] PATH…\n"));
	const char *const mentions[] = {"--format=FORMAT", "--encoding=ENC", "--patterns=DIR",
					"--color=WHEN",    "Examples:",      "Exit status:"};
	for (gsize i = 0; i < G_N_ELEMENTS(mentions); i++)
		g_assert_nonnull(strstr(extract_help.out, mentions[i]));

	/* `extract --help` prints the same text */
	g_auto(Run) option_help = {0};
	run(&option_help, NULL, "extract", "--help", NULL);
	assert_same_output(option_help.out, extract_help.out);
	g_assert_cmpint(option_help.status, ==, 0);
}

/* ---- usage errors: one line on stderr, nothing on stdout, exit status 2 ---- */

typedef struct {
	const char *name;
	const char *args[8];
	const char *err;
} UsageCase;

static const UsageCase usage_cases[] = {
	{"unknown-subcommand",
	 {"frobnicate", CORPUS_000},
	 "crossfoot: unknown command 'frobnicate' (try 'crossfoot --help')\n"},
	{"no-command", {NULL}, "crossfoot: no command given (try 'crossfoot --help')\n"},
	{"unknown-global-option",
	 {"--frobnicate"},
	 "crossfoot: unknown option '--frobnicate' (try 'crossfoot --help')\n"},
	{"unknown-option",
	 {"extract", "--frobnicate", CORPUS_000},
	 "crossfoot: unknown option '--frobnicate' (try 'crossfoot --help')\n"},
	{"no-path", {"extract"}, "crossfoot: no PATH given (try 'crossfoot --help')\n"},
	{"no-path-after-options",
	 {"extract", "--format", "jsonl"},
	 "crossfoot: no PATH given (try 'crossfoot --help')\n"},
	{"bad-format",
	 {"extract", "--format", "xml", CORPUS_000},
	 "crossfoot: unknown format 'xml', expected text or jsonl (try 'crossfoot --help')\n"},
	{"missing-argument",
	 {"extract", CORPUS_000, "--format"},
	 "crossfoot: missing argument for --format (try 'crossfoot --help')\n"},
	{"bad-color",
	 {"extract", "--color", "sometimes", CORPUS_000},
	 "crossfoot: unknown --color value 'sometimes', expected auto, always or never "
	 "(try 'crossfoot --help')\n"},
	{"bad-encoding",
	 {"extract", "--encoding", "NO-SUCH-CHARSET-42", CORPUS_000},
	 "crossfoot: unknown encoding 'NO-SUCH-CHARSET-42' (try 'crossfoot --help')\n"},
	{"help-unknown-command",
	 {"help", "frobnicate"},
	 "crossfoot: unknown command 'frobnicate' (try 'crossfoot --help')\n"},
};

static void
test_usage(gconstpointer data)
{
	const UsageCase *c = data;
	g_auto(Run) r = {0};
	run_argv(&r, NULL, c->args);
	g_assert_cmpstr(r.err, ==, c->err);
	g_assert_cmpstr(r.out, ==, "");
	g_assert_cmpint(r.status, ==, 2);
}

/* ---- exit status and output of a clean run ---- */

static void
test_exit_code_clean(void)
{
	g_auto(Run) r = {0};
	run(&r, NULL, "extract", CORPUS_000, NULL);
	g_assert_cmpstr(r.err, ==, "");
	g_assert_cmpint(r.status, ==, 0);
	g_assert_cmpuint(count_lines(r.out), >, 10);
	/* every line is one claim of that file */
	g_auto(GStrv) lines = g_strsplit(r.out, "\n", -1);
	for (guint i = 0; lines[i] != NULL && lines[i][0] != '\0'; i++)
		g_assert_true(g_str_has_prefix(lines[i], CORPUS_000 ":"));
}

/* text and jsonl describe the same claims, one line each */
static void
test_formats_agree(void)
{
	g_autofree char *text = claims_of(NULL, "corpus", "text");
	g_autofree char *jsonl = claims_of(NULL, "corpus", "jsonl");
	g_assert_cmpuint(count_lines(text), >, 100);
	/* jsonl adds one {"document":…} line before each document's claims (--claims) */
	guint n_claims = 0, n_documents = 0;
	g_auto(GStrv) lines = g_strsplit(jsonl, "\n", -1);
	for (guint i = 0; lines[i] != NULL && lines[i][0] != '\0'; i++) {
		if (g_str_has_prefix(lines[i], "{\"document\":{\"file\":\"corpus/"))
			n_documents++;
		else if (g_str_has_prefix(lines[i], "{\"file\":\"corpus/"))
			n_claims++;
		else
			g_assert_not_reached();
		g_assert_true(g_str_has_suffix(lines[i], "}"));
	}
	g_assert_cmpuint(count_lines(text), ==, n_claims);
	g_assert_cmpuint(n_documents, ==, 23); /* 5 seeds, 18 synthetic (corpus/synthetic/) */
}

/* The lines of @out that are findings of @rule (they end with "[rule]"), joined. */
static char *
findings_of_rule(const char *out, const char *rule)
{
	g_autofree char *tag = g_strdup_printf("[%s]", rule);
	g_autoptr(GString) lines = g_string_new(NULL);
	g_auto(GStrv) split = g_strsplit(out, "\n", -1);
	for (guint i = 0; split[i]; i++)
		if (g_str_has_suffix(split[i], tag))
			g_string_append_printf(lines, "%s\n", split[i]);
	return g_string_free(g_steal_pointer(&lines), FALSE);
}

/* --rule R reports exactly the findings of R that a run of every rule reports: the families
 * read the same relations whichever rules are asked for. */
static void
test_rule_alone(void)
{
	g_auto(Run) full = {0}, list = {0};
	run(&full, NULL, "check", "corpus", NULL);
	run(&list, NULL, "check", "--list-rules", NULL);
	g_assert_cmpint(list.status, ==, 0);
	g_auto(GStrv) lines = g_strsplit(list.out, "\n", -1);
	guint rules = 0, found = 0;
	for (guint i = 0; lines[i]; i++) {
		if (lines[i][0] == '\0' || lines[i][0] == ' ')
			continue;
		g_autofree char *rule = g_strndup(lines[i], strcspn(lines[i], " "));
		g_auto(Run) one = {0};
		run(&one, NULL, "check", "--rule", rule, "corpus", NULL);
		g_autofree char *alone = findings_of_rule(one.out, rule);
		g_autofree char *among = findings_of_rule(full.out, rule);
		g_assert_cmpstr(alone, ==, among);
		rules++;
		found += *among != '\0';
	}
	g_assert_cmpuint(rules, >=, 30);
	g_assert_cmpuint(found, >=, 10); /* (the corpus shows most rules) */
}

/* A directory's output is its files' outputs, in sorted path order, whatever the argument
 * order or the file system's listing order. */
static void
test_order(void)
{
	g_autofree char *whole = claims_of(NULL, "corpus", "jsonl");
	g_autoptr(GString) parts = g_string_new(NULL);
	const char *const files[] = {
		CORPUS_000,
		CORPUS_001,
		CORPUS_002,
		CORPUS_003,
		"corpus/004_430475d196af1e11.txt",
		"corpus/synthetic/2021-hongshan-final-accounts.txt",
		"corpus/synthetic/2021-xinghu-project.txt",
		"corpus/synthetic/2021-zhuxi-sangong-final-accounts.txt",
		"corpus/synthetic/2022-city-summary.txt",
		"corpus/synthetic/2022-lanwan-library-final-accounts.txt",
		"corpus/synthetic/2022-qingshi-project.txt",
		"corpus/synthetic/2022-xinghu-department.txt",
		"corpus/synthetic/2022-xinghu-project.txt",
		"corpus/synthetic/2023-baisha-final-accounts.txt",
		"corpus/synthetic/2023-lanwan-culture-center-final-accounts.txt",
		"corpus/synthetic/2023-lanwan-project.txt",
		"corpus/synthetic/2023-linhai-forestry-project.txt",
		"corpus/synthetic/2023-qinghe-final-accounts.txt",
		"corpus/synthetic/2023-songlin-agriculture-bureau-final-accounts.txt",
		"corpus/synthetic/2024-qingping-finance-bureau-procurement.txt",
		"corpus/synthetic/2024-qingping-review-center.txt",
		"corpus/synthetic/2024-yunfeng-sports-project.docx",
		"corpus/synthetic/2024-yunfeng-sports-self-evaluation.xlsx"};
	for (gsize i = 0; i < G_N_ELEMENTS(files); i++) {
		g_autofree char *one = claims_of(NULL, files[i], "jsonl");
		g_assert_cmpuint(strlen(one), >, 0);
		g_string_append(parts, one);
	}
	assert_same_output(whole, parts->str);
}

/* @text with every @from replaced by @to. */
static char *
replace_all(const char *text, const char *from, const char *to)
{
	g_auto(GStrv) pieces = g_strsplit(text, from, -1);
	return g_strjoinv(to, pieces);
}

/* A short option's value may be written against it, as in other tools (-j2, -fjsonl): the
 * same output as when it is a word of its own.  After "--" nothing is an option, and the
 * "--" itself is no path. */
static void
test_attached_values(void)
{
	g_autofree char *spaced = claims_of(NULL, CORPUS_003, "jsonl");
	g_auto(Run) r = {0};
	run(&r, NULL, "extract", "-j1", "-fjsonl", CORPUS_003, NULL);
	g_assert_cmpstr(r.err, ==, "");
	g_assert_cmpint(r.status, ==, 0);
	assert_same_output(r.out, spaced);

	g_auto(Run) zero = {0};
	run(&zero, NULL, "extract", "-j0", CORPUS_003, NULL);
	g_assert_cmpstr(zero.err, ==,
			"crossfoot: invalid -j value '0', expected a positive number "
			"(try 'crossfoot --help')\n");
	g_assert_cmpint(zero.status, ==, 2);

	g_auto(TempDir) dir = {0};
	temp_dir_init(&dir);
	copy_corpus(&dir, CORPUS_003, "-j2");
	g_autofree char *expected = claims_of(dir.path, "./-j2", "jsonl");
	g_auto(Run) dashed = {0};
	run(&dashed, dir.path, "extract", "--format", "jsonl", "--", "-j2", NULL);
	g_assert_cmpstr(dashed.err, ==, "");
	g_assert_cmpint(dashed.status, ==, 0);
	g_autofree char *renamed = replace_all(expected, "./-j2", "-j2");
	assert_same_output(dashed.out, renamed);
}

static void
test_color(void)
{
	g_auto(Run) always = {0};
	run(&always, NULL, "extract", "--color=always", CORPUS_000, NULL);
	g_assert_cmpint(always.status, ==, 0);
	g_assert_true(g_str_has_prefix(always.out, "\033[1m" CORPUS_000 ":"));

	/* auto: stdout is a pipe here, so no colour */
	g_auto(Run) automatic = {0};
	run(&automatic, NULL, "extract", CORPUS_000, NULL);
	g_assert_null(strchr(automatic.out, '\033'));

	g_auto(Run) never = {0};
	run(&never, NULL, "extract", "--color", "never", CORPUS_000, NULL);
	assert_same_output(never.out, automatic.out);

	/* jsonl never carries colour */
	g_auto(Run) json = {0};
	run(&json, NULL, "extract", "--color=always", "--format=jsonl", CORPUS_000, NULL);
	g_assert_null(strchr(json.out, '\033'));
}

/* ---- the lexicon ---- */

static void
test_lexicon_missing(void)
{
	g_auto(TempDir) dir = {0};
	temp_dir_init(&dir);
	g_autofree char *missing = g_build_filename(dir.path, "no-such-patterns", NULL);
	g_auto(Run) r = {0};
	run(&r, NULL, "extract", "--patterns", missing, CORPUS_000, NULL);
	g_assert_cmpstr(r.out, ==, "");
	g_assert_cmpint(r.status, ==, 2);
	g_assert_true(g_str_has_prefix(r.err, "crossfoot: "));
	g_assert_nonnull(strstr(r.err, missing));
	g_assert_cmpuint(count_lines(r.err), ==, 1);
}

/* A copy of the lexicon in @dir/patterns (the files are flat: *.ini and README.md). */
static char *
copy_patterns(const TempDir *dir)
{
	const char *from = g_getenv("CROSSFOOT_PATTERNS");
	g_autofree char *fallback = g_build_filename(source_root(), "patterns", NULL);
	if (from == NULL)
		from = fallback;
	g_autoptr(GError) error = NULL;
	g_autoptr(GDir) handle = g_dir_open(from, 0, &error);
	g_assert_no_error(error);
	const char *name;
	while ((name = g_dir_read_name(handle)) != NULL) {
		g_autofree char *path = g_build_filename(from, name, NULL);
		g_autofree char *bytes = NULL;
		gsize length;
		g_assert_true(g_file_get_contents(path, &bytes, &length, &error));
		g_autofree char *target = g_build_filename("patterns", name, NULL);
		write_file(dir, target, bytes, length);
	}
	return g_build_filename(dir->path, "patterns", NULL);
}

/* Appends @text to the lexicon file @name in @patterns; returns its new line count. */
static guint
append_to_lexicon(const char *patterns, const char *name, const char *text)
{
	g_autofree char *path = g_build_filename(patterns, name, NULL);
	g_autofree char *bytes = NULL;
	g_autoptr(GError) error = NULL;
	g_assert_true(g_file_get_contents(path, &bytes, NULL, &error));
	g_assert_true(g_str_has_suffix(bytes, "\n"));
	g_autofree char *joined = g_strconcat(bytes, text, NULL);
	g_assert_true(g_file_set_contents(path, joined, -1, &error));
	return count_lines(joined);
}

/* A broken lexicon stops the run before any file, with the file and line at fault. */
static void
test_lexicon_broken(void)
{
	g_auto(TempDir) dir = {0};
	temp_dir_init(&dir);
	g_autofree char *patterns = copy_patterns(&dir);
	guint last = append_to_lexicon(patterns, "units.ini", "\n[十元]\nexponent=1\nbogus=1\n");
	g_auto(Run) r = {0};
	run(&r, NULL, "extract", "--patterns", patterns, CORPUS_000, NULL);
	g_autofree char *expected =
		g_strdup_printf("crossfoot: units.ini:%u: unknown key 'bogus' in [十元]\n", last);
	g_assert_cmpstr(r.err, ==, expected);
	g_assert_cmpstr(r.out, ==, "");
	g_assert_cmpint(r.status, ==, 2);
}

/* A new measure word is an edit to patterns/, no C change: 3峰 becomes a count.  (Should the
 * lexicon ever list 峰, pick another word.) */
static void
test_lexicon_new_measure_word(void)
{
	g_auto(TempDir) dir = {0};
	temp_dir_init(&dir);
	g_autofree char *patterns = copy_patterns(&dir);
	write_file(&dir, "ship.txt", "本年购置骆驼3峰，共计45万元。\n", -1);

	g_auto(Run) before = {0};
	run(&before, dir.path, "extract", "--patterns", patterns, "ship.txt", NULL);
	g_assert_cmpint(before.status, ==, 0);
	g_assert_true(g_str_has_prefix(before.out, "ship.txt:1:7: number 3 (3)"));

	append_to_lexicon(patterns, "measures.ini", "\n[峰]\nkind=count\nmatch=购置骆驼3峰\n");
	g_auto(Run) after = {0};
	run(&after, dir.path, "extract", "--patterns", patterns, "ship.txt", NULL);
	g_assert_cmpstr(after.err, ==, "");
	g_assert_cmpint(after.status, ==, 0);
	g_assert_true(g_str_has_prefix(after.out, "ship.txt:1:7: count 3 峰 (3峰)"));
	g_assert_cmpuint(count_lines(after.out), ==, 2);
}

/* ---- bad input: one clear line per file, the rest goes on, exit status 2 ---- */

static void
test_input_missing_path(void)
{
	g_auto(Run) r = {0};
	run(&r, NULL, "extract", "no-such-report.txt", CORPUS_000, NULL);
	g_assert_cmpstr(r.err, ==,
			"crossfoot: cannot read 'no-such-report.txt': No such file or directory\n");
	g_autofree char *good = claims_of(NULL, CORPUS_000, "text");
	assert_same_output(r.out, good);
	g_assert_cmpint(r.status, ==, 2);
}

static void
test_input_empty_file(void)
{
	g_auto(TempDir) dir = {0};
	temp_dir_init(&dir);
	write_file(&dir, "empty.txt", "", 0);
	g_auto(Run) r = {0};
	run(&r, dir.path, "extract", "empty.txt", NULL);
	g_assert_cmpstr(r.err, ==, "crossfoot: 'empty.txt' is empty\n");
	g_assert_cmpstr(r.out, ==, "");
	g_assert_cmpint(r.status, ==, 2);
}

static void
test_input_binary_file(void)
{
	g_auto(TempDir) dir = {0};
	temp_dir_init(&dir);
	/* a PNG header and the start of its first chunk */
	static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0";
	write_file(&dir, "image.txt", png, sizeof png - 1);
	g_auto(Run) r = {0};
	run(&r, dir.path, "extract", "image.txt", NULL);
	g_assert_cmpstr(r.err, ==, "crossfoot: 'image.txt' is not a text file (PNG image)\n");
	g_assert_cmpstr(r.out, ==, "");
	g_assert_cmpint(r.status, ==, 2);
}

#define DOCX "corpus/synthetic/2024-yunfeng-sports-project.docx"

/* A Word document is read as its text: `text` prints the lines a finding's line counts, and
 * a folder walk takes *.docx but Word's lock files (~$…); a damaged one is one line, exit 2,
 * and the rest of the batch goes on. */
static void
test_input_docx(void)
{
	g_auto(Run) text = {0};
	run(&text, NULL, "text", DOCX, NULL);
	g_assert_cmpstr(text.err, ==, "");
	g_assert_cmpint(text.status, ==, 0);
	g_assert_true(g_str_has_prefix(
		text.out, DOCX ":1:示例市云峰区体育局2024年度项目支出绩效自评报告\n"));
	g_assert_nonnull(strstr(text.out, "\n" DOCX ":23:| 合计 |  | 320.00 | 296.00 |\n"));
	/* the finding at 23:20 quotes that line */
	g_auto(Run) check = {0};
	run(&check, NULL, "check", "-r", "table-total-mismatch", DOCX, NULL);
	g_assert_cmpint(check.status, ==, 1);
	g_assert_true(g_str_has_prefix(check.out, DOCX ":23:20: error: "));
	g_assert_nonnull(strstr(check.out, "\n    | 合计 |  | 320.00 | 296.00 |\n"));

	g_auto(TempDir) dir = {0};
	temp_dir_init(&dir);
	g_autofree char *bytes = NULL;
	gsize length = 0;
	g_assert_true(g_file_get_contents(DOCX, &bytes, &length, NULL));
	write_file(&dir, "batch/a.docx", bytes, (gssize)length);
	write_file(&dir, "batch/~$a.docx", "\x05owner", 6);
	write_file(&dir, "batch/b.docx", bytes, (gssize)length / 2);
	write_file(&dir, "batch/c.txt", "合计：100万元\n", -1);
	g_auto(Run) r = {0};
	run(&r, dir.path, "text", "batch", NULL);
	g_assert_cmpstr(r.err, ==,
			"crossfoot: cannot read the Word document 'batch/b.docx': no end of the "
			"ZIP directory (the file is cut short)\n");
	g_assert_cmpint(r.status, ==, 2);
	g_assert_true(g_str_has_prefix(r.out, "batch/a.docx:1:示例市云峰区体育局"));
	g_assert_true(g_str_has_suffix(r.out, "\nbatch/c.txt:1:合计：100万元\n"));
	g_assert_null(strstr(r.out, "~$"));
}

#define XLSX "corpus/synthetic/2024-yunfeng-sports-self-evaluation.xlsx"

/* An Excel workbook is read sheet by sheet, each cell as Excel shows it (92.50% from 0.925);
 * a folder walk takes *.xlsx but Excel's lock files; a workbook and a Word document of one
 * unit and year are checked against each other; a damaged one is one line, exit 2. */
static void
test_input_xlsx(void)
{
	g_auto(Run) text = {0};
	run(&text, NULL, "text", XLSX, NULL);
	g_assert_cmpstr(text.err, ==, "");
	g_assert_cmpint(text.status, ==, 0);
	g_assert_true(g_str_has_prefix(text.out,
				       XLSX ":1:示例市云峰区体育局2024年度项目支出绩效自评表\n"));
	g_assert_nonnull(strstr(text.out, "\n" XLSX ":6:|  | 年度资金总额 | 320.00 | 320.00 | "
					  "288.00 | 10 | 90.00% | 9 |  |\n"));
	g_assert_nonnull(strstr(text.out, "\n" XLSX ":22:资金明细\n"));
	g_auto(Run) info = {0};
	run(&info, NULL, "info", XLSX, NULL);
	g_assert_nonnull(strstr(info.out, "  encoding: UTF-8 (.xlsx)\n"));
	g_assert_nonnull(strstr(info.out, "  year: 2024 (line 1)\n"));

	g_auto(TempDir) dir = {0};
	temp_dir_init(&dir);
	g_autofree char *bytes = NULL, *docx = NULL;
	gsize length = 0, docx_length = 0;
	g_assert_true(g_file_get_contents(XLSX, &bytes, &length, NULL));
	g_assert_true(g_file_get_contents(DOCX, &docx, &docx_length, NULL));
	write_file(&dir, "batch/a.xlsx", bytes, (gssize)length);
	write_file(&dir, "batch/a.docx", docx, (gssize)docx_length);
	write_file(&dir, "batch/~$a.xlsx", "\x05owner", 6);
	write_file(&dir, "batch/b.XLSX", bytes, (gssize)length - 30);
	g_auto(Run) r = {0};
	run(&r, dir.path, "check", "-r", "crossdoc-mismatch", "batch", NULL);
	g_assert_cmpstr(r.err, ==,
			"crossfoot: cannot read the Excel workbook 'batch/b.XLSX': no end of the "
			"ZIP directory (the file is cut short)\n");
	g_assert_cmpint(r.status, ==, 2);
	g_assert_true(g_str_has_prefix(r.out,
				       "batch/a.xlsx:28:27: error: 设施改造/执行数 (spending, "
				       "2024) is 48.00万元 here but 58.00万元 in "
				       "batch/a.docx:22"));
	g_assert_null(strstr(r.out, "~$"));
}

/* NUL bytes inside text (a damaged file): each is a warning, the text around them counts */
static void
test_input_nul_bytes(void)
{
	g_auto(TempDir) dir = {0};
	temp_dir_init(&dir);
	static const char text[] = "预算资金100万元，\0\0\0\0实际支出90万元。\n";
	write_file(&dir, "nul.txt", text, sizeof text - 1);
	g_auto(Run) r = {0};
	run(&r, dir.path, "extract", "nul.txt", NULL);
	g_assert_cmpstr(r.err, ==,
			"nul.txt:1:11: warning: NUL byte at byte 24, replaced by U+FFFD\n"
			"nul.txt:1:12: warning: NUL byte at byte 25, replaced by U+FFFD\n"
			"nul.txt:1:13: warning: NUL byte at byte 26, replaced by U+FFFD\n"
			"nul.txt:1:14: warning: NUL byte at byte 27, replaced by U+FFFD\n");
	g_assert_cmpint(r.status, ==, 2);
	g_assert_true(g_str_has_prefix(r.out, "nul.txt:1:5: amount 1000000 元 (100万元)"));
	g_assert_nonnull(strstr(r.out, "\nnul.txt:1:19: amount 900000 元 (90万元)"));
	g_assert_cmpuint(count_lines(r.out), ==, 2);
}

/* A copy of @corpus_name with @bytes inserted at the end of line @line. */
static char *
with_bytes_at_line_end(const char *corpus_name, guint line, const char *bytes, gsize *length,
		       gsize *offset, guint *column)
{
	gsize n;
	g_autofree char *text = read_corpus(corpus_name, &n);
	const char *p = text;
	for (guint i = 1; i < line; i++) {
		p = strchr(p, '\n');
		g_assert_nonnull(p);
		p++;
	}
	const char *end = strchr(p, '\n');
	g_assert_nonnull(end);
	*offset = end - text;
	*column = g_utf8_strlen(p, end - p) + 1;
	GString *out = g_string_new_len(text, *offset);
	g_string_append(out, bytes);
	g_string_append_len(out, end, n - *offset);
	*length = out->len;
	return g_string_free(out, FALSE);
}

static void
test_input_invalid_utf8(void)
{
	g_auto(TempDir) dir = {0};
	temp_dir_init(&dir);
	gsize length, offset;
	guint column;
	g_autofree char *bytes =
		with_bytes_at_line_end(CORPUS_001, 5, "\xff", &length, &offset, &column);
	write_file(&dir, "bad/report.txt", bytes, length);
	copy_corpus(&dir, CORPUS_001, "good/report.txt");

	g_autofree char *bad_path = g_build_filename(dir.path, "bad", NULL);
	g_autofree char *good_path = g_build_filename(dir.path, "good", NULL);
	g_auto(Run) r = {0};
	run(&r, bad_path, "extract", "report.txt", NULL);
	g_autofree char *warning = g_strdup_printf(
		"report.txt:5:%u: warning: invalid UTF-8 byte 0xff at byte %" G_GSIZE_FORMAT
		", replaced by U+FFFD\n",
		column, offset);
	g_assert_cmpstr(r.err, ==, warning);
	g_assert_cmpint(r.status, ==, 2);
	/* the bad byte stands at a line end: every claim is as in the clean copy (in text form:
	 * the U+FFFD after a 。 is a sentence of its own, so sentence indices shift) */
	g_autofree char *good = claims_of(good_path, "report.txt", "text");
	assert_same_output(r.out, good);
}

static void
test_input_mixed_dir(void)
{
	g_auto(TempDir) dir = {0};
	temp_dir_init(&dir);
	copy_corpus(&dir, CORPUS_000, "mixed/a.txt");
	write_file(&dir, "mixed/b.txt", "", 0);
	write_file(&dir, "mixed/c.txt",
		   "\x7f"
		   "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0",
		   16);
	copy_corpus(&dir, CORPUS_002, "mixed/d/e.txt");
	gsize length, offset;
	guint column;
	g_autofree char *bytes =
		with_bytes_at_line_end(CORPUS_003, 3, "\xfe", &length, &offset, &column);
	write_file(&dir, "mixed/f.txt", bytes, length);
	write_file(&dir, "mixed/notes.md", "预算100万元\n", -1);

	g_auto(Run) r = {0};
	run(&r, dir.path, "extract", "--format", "jsonl", "mixed", NULL);
	g_autofree char *expected_err = g_strdup_printf(
		"crossfoot: 'mixed/b.txt' is empty\n"
		"crossfoot: 'mixed/c.txt' is not a text file (ELF executable)\n"
		"mixed/f.txt:3:%u: warning: invalid UTF-8 byte 0xfe at byte %" G_GSIZE_FORMAT
		", replaced by U+FFFD\n",
		column, offset);
	g_assert_cmpstr(r.err, ==, expected_err);
	g_assert_cmpint(r.status, ==, 2);

	/* the good files' claims, all of them, in path order */
	g_auto(Run) good = {0};
	run(&good, dir.path, "extract", "--format", "jsonl", "mixed/a.txt", "mixed/d/e.txt",
	    "mixed/f.txt", NULL);
	assert_same_output(r.out, good.out);
	g_assert_cmpuint(count_lines(r.out), >, 100);
}

static void
test_input_huge_line(void)
{
	g_auto(TempDir) dir = {0};
	temp_dir_init(&dir);
	/* one line: a clause with three claims, padded with number-free text, repeated */
	static const char clause[] =
		"本年度项目支出共计12.5万元，其中公用经费3.4万元，执行率98.5%；";
	static const char filler[] = "按照有关规定认真组织实施并加强监督管理，";
	GString *text = g_string_sized_new(HUGE_LINE_BYTES + 1024);
	guint n_clauses = 0;
	while (text->len < HUGE_LINE_BYTES) {
		g_string_append(text, clause);
		n_clauses++;
		for (int i = 0; i < 16; i++)
			g_string_append(text, filler);
	}
	g_string_append_c(text, '\n');
	write_file(&dir, "huge.txt", text->str, text->len);
	g_string_free(text, TRUE);

	gint64 start = g_get_monotonic_time();
	g_auto(Run) r = {0};
	run(&r, dir.path, "extract", "huge.txt", NULL);
	gint64 seconds = (g_get_monotonic_time() - start) / G_USEC_PER_SEC;
	g_assert_cmpstr(r.err, ==, "");
	g_assert_cmpint(r.status, ==, 0);
	g_assert_cmpint(seconds, <, HUGE_LINE_SECONDS);
	g_assert_cmpuint(count_lines(r.out), ==, 3 * n_clauses);
	g_assert_true(g_str_has_prefix(r.out, "huge.txt:1:10: amount 125000 元 (12.5万元)"));
}

/* ---- worst cases: what a check costs must grow with the input, not its square ---- */

/* Each shape: a title, then @n repeats of a clause (printf format of the repeat's number
 * and two derived values), on one line, or @per_line repeats a line. */
typedef struct {
	const char *name;
	const char *clause;
	guint per_line; /* 0: all on one line */
} WorstShape;

static const WorstShape worst_shapes[] = {
	/* a year against the title's in every clause: a finding each on one line */
	{"years", "%u年预算%u万元，较上年增长%u%%，连续3年，", 0},
	/* sentences with a broken 其中 each, on one line */
	{"sentences", "项目预算%u万元，其中基本支出%u万元，项目支出%u万元。", 0},
	/* one sentence of restated figures */
	{"one-sentence", "预算%u万元，其中人员%u万元，其中工资%u万元，", 0},
	/* arithmetic after arithmetic */
	{"products", "%u人*600元/月*12月＝%u元，合计%u元；", 0},
	/* a compared year before every figure */
	{"compared-years", "与2021年相比增加%u万元，增长%u%%，达到%u万元，", 0},
	/* the same amount restated on many lines, 50 a line */
	{"restated-lines", "预算%u万元，其中基本支出%u万元，项目支出%u万元，", 50},
};

#define WORST_REPEATS 10000
/* Seconds the worst cases may take, sanitizers included (each took minutes, with gigabytes,
 * when a part of the checks was quadratic). */
#define WORST_SECONDS 120
/* Peak RSS of one check of them all (KB), sanitizers included (years alone took 11 GB). */
#define WORST_MAX_RSS_KB (1024 * 1024)

static void
test_input_worst_shapes(void)
{
	g_auto(TempDir) dir = {0};
	temp_dir_init(&dir);
	for (gsize k = 0; k < G_N_ELEMENTS(worst_shapes); k++) {
		const WorstShape *shape = &worst_shapes[k];
		g_autoptr(GString) text =
			g_string_new("2022年度中共某某区委组织部部门整体支出绩效评价报告\n");
		for (guint i = 0; i < WORST_REPEATS; i++) {
			guint year = 2000 + i % 30;
			g_string_append_printf(text, shape->clause,
					       g_str_equal(shape->name, "years") ? year : 10 + i % 97,
					       i % 89 + 1, i % 13 + 1);
			if (shape->per_line && (i + 1) % shape->per_line == 0)
				g_string_append(text, "。\n");
		}
		g_string_append_c(text, '\n');
		g_autofree char *name = g_strdup_printf("%s.txt", shape->name);
		write_file(&dir, name, text->str, text->len);
	}
	/* seed 000's table (lines 8-37: its head, one row, the 合计 row) with its row repeated:
	 * a 合计 over all of them, broken */
	gsize length;
	g_autofree char *seed = read_corpus(CORPUS_000, &length);
	g_auto(GStrv) lines = g_strsplit(seed, "\n", -1);
	g_assert_cmpuint(g_strv_length(lines), >, 37);
	g_assert_true(g_str_has_prefix(lines[23], "\t基层党建经费"));
	g_assert_cmpstr(lines[26], ==, "\t1900");
	g_assert_cmpstr(lines[30], ==, "");
	g_assert_true(g_str_has_suffix(lines[31], "合计"));
	g_autoptr(GString) table = g_string_new(NULL);
	for (guint i = 0; i < 23; i++)
		g_string_append_printf(table, "%s\n", lines[i]);
	for (guint i = 0; i < WORST_REPEATS; i++) {
		/* the row's item, its two text cells, four amounts, the blank line after it */
		g_string_append_printf(table, "\t经费项目%u\n%s\n%s\n", i, lines[24], lines[25]);
		for (guint k = 0; k < 4; k++)
			g_string_append_printf(table, "\t%u\n", i % 97 + 1);
		g_string_append_c(table, '\n');
	}
	for (guint i = 31; i < 37; i++)
		g_string_append_printf(table, "%s\n", lines[i]);
	write_file(&dir, "long-table.txt", table->str, table->len);

	gint64 start = g_get_monotonic_time();
	g_auto(Run) r = {0};
	run(&r, dir.path, "check", "--format", "json", ".", NULL);
	gint64 seconds = (g_get_monotonic_time() - start) / G_USEC_PER_SEC;
	struct rusage usage;
	g_assert_cmpint(getrusage(RUSAGE_CHILDREN, &usage), ==, 0);
	g_assert_cmpint(r.status, ==, 1);
	g_assert_cmpstr(r.err, ==, "");
	g_assert_cmpint(seconds, <, WORST_SECONDS);
	g_assert_cmpint(usage.ru_maxrss, <, WORST_MAX_RSS_KB);
	/* a finding per year of "years" at least, each with an excerpt of its line (not all of
	 * it, 600 KB): a few KB per finding, read off the output's lines (one per finding; by
	 * length, not strstr(), which a sanitizer makes read the whole output each time) */
	guint n = 0, excerpts = 0;
	gsize longest = 0;
	gboolean table_total = FALSE;
	const char *out_end = r.out + strlen(r.out);
	for (const char *p = r.out; p < out_end;) {
		const char *nl = memchr(p, '\n', (gsize)(out_end - p));
		const char *end = nl ? nl : out_end;
		gsize len = (gsize)(end - p);
		if (len > 8 && memcmp(p, "{\"file\":", 8) == 0) {
			n++;
			excerpts += g_strstr_len(p, (gssize)len, ",\"source_column\":") != NULL;
			/* (but the 合计's over all the rows, each a related place) */
			if (!g_str_has_prefix(p, "{\"file\":\"./long-table.txt\""))
				longest = MAX(longest, len);
			else if (g_strstr_len(p, (gssize)len,
					      "\"rule\":\"table-total-mismatch\"") != NULL)
				table_total = TRUE;
		}
		p = nl ? nl + 1 : out_end;
	}
	g_assert_cmpuint(n, >, WORST_REPEATS / 2);
	g_assert_cmpuint(excerpts, >, WORST_REPEATS / 2);
	g_assert_cmpuint(longest, <, 4 * CF_FINDING_SOURCE_MAX_BYTES);
	/* the table's 合计 is checked against all its rows */
	g_assert_true(table_total);
}

/* ---- encodings: the same report in another encoding gives the same claims ---- */

typedef struct {
	const char *name;
	const char *iconv_name; /* what the copy is converted to */
	const char *bom;        /* bytes written before it */
	gsize bom_length;
	const char *option; /* --encoding value to pass, or NULL to detect */
} EncodingCase;

static const EncodingCase encoding_cases[] = {
	{"gb18030-equals-utf8", "GB18030", "", 0, NULL},
	{"gb18030-forced-equals-utf8", "GB18030", "", 0, "GB18030"},
	{"utf16-equals-utf8", "UTF-16LE", "\xff\xfe", 2, NULL},
	{"utf16be-equals-utf8", "UTF-16BE", "\xfe\xff", 2, NULL},
	{"utf16le-no-bom-equals-utf8", "UTF-16LE", "", 0, NULL},
	{"utf8-bom-equals-utf8", "UTF-8", "\xef\xbb\xbf", 3, NULL},
};

static void
test_encoding(gconstpointer data)
{
	const EncodingCase *c = data;
	g_auto(TempDir) dir = {0};
	temp_dir_init(&dir);
	gsize length;
	g_autofree char *utf8 = read_corpus(CORPUS_001, &length);
	gsize converted_length = 0;
	g_autoptr(GError) error = NULL;
	g_autofree char *converted =
		g_convert(utf8, length, c->iconv_name, "UTF-8", NULL, &converted_length, &error);
	g_assert_no_error(error);
	GString *bytes = g_string_new_len(c->bom, c->bom_length);
	g_string_append_len(bytes, converted, converted_length);
	write_file(&dir, "other/report.txt", bytes->str, bytes->len);
	g_string_free(bytes, TRUE);
	copy_corpus(&dir, CORPUS_001, "utf8/report.txt");

	g_autofree char *utf8_dir = g_build_filename(dir.path, "utf8", NULL);
	g_autofree char *other_dir = g_build_filename(dir.path, "other", NULL);
	g_autofree char *expected = claims_of(utf8_dir, "report.txt", "jsonl");
	g_assert_cmpuint(count_lines(expected), >, 100);
	g_auto(Run) r = {0};
	if (c->option != NULL)
		run(&r, other_dir, "extract", "--format", "jsonl", "--encoding", c->option,
		    "report.txt", NULL);
	else
		run(&r, other_dir, "extract", "--format", "jsonl", "report.txt", NULL);
	g_assert_cmpstr(r.err, ==, "");
	g_assert_cmpint(r.status, ==, 0);
	assert_same_output(r.out, expected);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);

	g_test_add_func("/cli/version", test_version);
	g_test_add_func("/cli/help", test_help);
	for (gsize i = 0; i < G_N_ELEMENTS(usage_cases); i++) {
		g_autofree char *path = g_strdup_printf("/cli/usage/%s", usage_cases[i].name);
		g_test_add_data_func(path, &usage_cases[i], test_usage);
	}
	g_test_add_func("/cli/exit-code/clean", test_exit_code_clean);
	g_test_add_func("/cli/format/text-and-jsonl-agree", test_formats_agree);
	g_test_add_func("/cli/rule/alone-as-among-all", test_rule_alone);
	g_test_add_func("/cli/format/color", test_color);
	g_test_add_func("/cli/usage/attached-values", test_attached_values);
	g_test_add_func("/cli/order/directory-equals-files", test_order);
	g_test_add_func("/cli/lexicon/missing-directory", test_lexicon_missing);
	g_test_add_func("/cli/lexicon/broken", test_lexicon_broken);
	g_test_add_func("/cli/lexicon/new-measure-word", test_lexicon_new_measure_word);
	g_test_add_func("/cli/input/missing-path", test_input_missing_path);
	g_test_add_func("/cli/input/empty-file", test_input_empty_file);
	g_test_add_func("/cli/input/binary-file", test_input_binary_file);
	g_test_add_func("/cli/input/nul-bytes", test_input_nul_bytes);
	g_test_add_func("/cli/input/invalid-utf8", test_input_invalid_utf8);
	g_test_add_func("/cli/input/mixed-dir", test_input_mixed_dir);
	g_test_add_func("/cli/input/docx", test_input_docx);
	g_test_add_func("/cli/input/xlsx", test_input_xlsx);
	g_test_add_func("/cli/input/huge-line", test_input_huge_line);
	g_test_add_func("/cli/input/worst-shapes", test_input_worst_shapes);
	for (gsize i = 0; i < G_N_ELEMENTS(encoding_cases); i++) {
		g_autofree char *path = g_strdup_printf("/cli/encoding/%s", encoding_cases[i].name);
		g_test_add_data_func(path, &encoding_cases[i], test_encoding);
	}
	return g_test_run();
}
