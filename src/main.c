/* main.c — options, subcommand and format dispatch, exit codes; nothing else.
 *
 * A subcommand is one row of `commands[]`: its name, its one-line summary, its help text with
 * examples, its option entries and the function that runs it once the options are parsed.
 * Adding `check`, `info` or `history` is one row plus its run function. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cf-config.h"
#include "extract/cf-lexicon.h"
#include "history/cf-history.h"
#include "model/cf-error.h"
#include "report/cf-report.h"
#include "report/cf-report-info.h"
#include "report/cf-report-text.h"
#include "report/cf-run.h"
#include "report/cf-run-check.h"
#include "report/cf-report-findings.h"

/* ---- usage errors ---- */

/* Prints the one-line usage error and returns the exit status for it. */
G_GNUC_PRINTF(1, 2)
static int
usage_error(const char *format, ...)
{
	va_list args;
	va_start(args, format);
	g_autofree char *message = g_strdup_vprintf(format, args);
	va_end(args);
	fprintf(stderr, "crossfoot: %s (try 'crossfoot --help')\n", message);
	return CF_EXIT_INPUT;
}

static void
write_text(FILE *stream, const char *text)
{
	fwrite(text, 1, strlen(text), stream);
}

/* ---- options shared by the subcommands ---- */

static gboolean opt_help;
static char *opt_format;
static char *opt_encoding;
static char *opt_patterns;
static char *opt_color;
static gint opt_jobs = -1; /* -1: not given (one worker per core) */

/* Options several commands share; a command lists the groups it takes. */
static const GOptionEntry input_entries[] = {
	{"encoding", 0, 0, G_OPTION_ARG_STRING, &opt_encoding,
	 "Decode every input as ENC (GB18030, UTF-16LE …), no detection", "ENC"},
	{"patterns", 0, 0, G_OPTION_ARG_FILENAME, &opt_patterns,
	 "Load the lexicon from DIR instead of patterns/", "DIR"},
	{NULL},
};

/* Options of the commands that run a batch of documents in parallel. */
static const GOptionEntry batch_entries[] = {
	{"jobs", 'j', 0, G_OPTION_ARG_INT, &opt_jobs,
	 "Work on N documents at once (default: one per core); the output is the same", "N"},
	{NULL},
};

/* The number of worker threads -j asks for; FALSE (usage error printed) when it is not a
 * positive number. */
static gboolean
resolve_jobs(guint *jobs, int *status)
{
	if (opt_jobs == -1) {
		*jobs = 0;
		return TRUE;
	}
	if (opt_jobs < 1) {
		*status = usage_error("invalid -j value '%d', expected a positive number", opt_jobs);
		return FALSE;
	}
	*jobs = (guint)opt_jobs;
	return TRUE;
}

static const GOptionEntry output_entries[] = {
	{"color", 0, 0, G_OPTION_ARG_STRING, &opt_color,
	 "Colour text output: auto (default), always, never", "WHEN"},
	{"help", 'h', 0, G_OPTION_ARG_NONE, &opt_help, "Show this help and exit", NULL},
	{NULL},
};

/* Checks --encoding against iconv before any file is read. */
static gboolean
encoding_is_known(const char *encoding)
{
	GIConv cd = g_iconv_open("UTF-8", encoding);
	if (cd == (GIConv)-1)
		return FALSE;
	g_iconv_close(cd);
	return TRUE;
}

/* --color: always, never, or auto = stdout is a terminal and NO_COLOR is unset or empty. */
static gboolean
resolve_color(const char *when, gboolean *color)
{
	if (when == NULL || g_str_equal(when, "auto")) {
		const char *no_color = g_getenv("NO_COLOR");
		const char *term = g_getenv("TERM");
		*color = isatty(STDOUT_FILENO) && (no_color == NULL || no_color[0] == '\0') &&
			 g_strcmp0(term, "dumb") != 0;
		return TRUE;
	}
	if (g_str_equal(when, "always")) {
		*color = TRUE;
		return TRUE;
	}
	if (g_str_equal(when, "never")) {
		*color = FALSE;
		return TRUE;
	}
	return FALSE;
}

/* A progress line only where a person watches: stderr is a terminal and this is not CI. */
static gboolean
progress_allowed(void)
{
	return isatty(STDERR_FILENO) && g_getenv("CI") == NULL;
}

/* The checks every batch command makes last — --encoding, -j, at least one PATH — and the
 * batch options they give.  FALSE with the usage error printed and *status set. */
static gboolean
batch_options(char **paths, CfRunOptions *options, int *status)
{
	*status = CF_EXIT_INPUT;
	if (opt_encoding != NULL && !encoding_is_known(opt_encoding)) {
		*status = usage_error("unknown encoding '%s'", opt_encoding);
		return FALSE;
	}
	guint jobs = 0;
	if (!resolve_jobs(&jobs, status))
		return FALSE;
	if (paths[0] == NULL) {
		*status = usage_error("no PATH given");
		return FALSE;
	}
	*options = (CfRunOptions){
		.encoding = opt_encoding,
		.out = stdout,
		.err = stderr,
		.progress = progress_allowed(),
		.jobs = jobs,
	};
	return TRUE;
}

/* The lexicon of --patterns (or the default folder); NULL with its error printed. */
static CfLexicon *
load_lexicon(void)
{
	g_autoptr(GError) error = NULL;
	const char *directory =
		opt_patterns != NULL ? opt_patterns : cf_lexicon_default_directory();
	CfLexicon *lexicon = cf_lexicon_load(directory, &error);
	if (lexicon == NULL)
		fprintf(stderr, "crossfoot: %s\n", error->message);
	return lexicon;
}

/* ---- batches ---- */

/* cf_run_batch() over @paths; FALSE with the error printed when the output cannot be
 * written. */
static gboolean
run_batch(char **paths, const CfRunOptions *options, CfRunDocumentFunc func,
	  CfRunCollectFunc collect, gpointer user_data, CfRunSummary *summary)
{
	g_autoptr(GError) error = NULL;
	if (!cf_run_batch((const char *const *)paths, options, func, collect, user_data, summary,
			  &error)) {
		fprintf(stderr, "crossfoot: %s\n", error->message);
		return FALSE;
	}
	return TRUE;
}

/* The exit status of a batch whose output was written: every input read, or not. */
static int
input_status(const CfRunSummary *summary)
{
	return summary->n_unreadable > 0 || summary->n_degraded > 0 ? CF_EXIT_INPUT : CF_EXIT_CLEAN;
}

/* ---- extract ---- */

static void
render_claims_text(GPtrArray *claims, const CfReportStyle *style, GString *out)
{
	cf_report_claims_text_styled(claims, style, out);
}

static void
render_claims_jsonl(GPtrArray *claims, const CfReportStyle *style, GString *out)
{
	cf_report_claims_jsonl(claims, out);
}

static const struct {
	const char *name;
	CfClaimsRenderFunc render;
	gboolean metadata; /* shows the documents' metadata */
} claims_formats[] = {
	{"text", render_claims_text, FALSE},
	{"jsonl", render_claims_jsonl, TRUE},
};

static const GOptionEntry extract_entries[] = {
	{"format", 'f', 0, G_OPTION_ARG_STRING, &opt_format,
	 "Output format: text (default) or jsonl", "FORMAT"},
	{NULL},
};

static int
run_extract(char **paths)
{
	CfClaimsRenderFunc render = NULL;
	gboolean metadata = FALSE;
	const char *format = opt_format != NULL ? opt_format : "text";
	for (gsize i = 0; i < G_N_ELEMENTS(claims_formats); i++) {
		if (g_str_equal(format, claims_formats[i].name)) {
			render = claims_formats[i].render;
			metadata = claims_formats[i].metadata;
		}
	}
	if (render == NULL)
		return usage_error("unknown format '%s', expected text or jsonl", format);

	CfRunExtract extract = {.render = render};
	if (!resolve_color(opt_color, &extract.style.color))
		return usage_error("unknown --color value '%s', expected auto, always or never",
				   opt_color);
	CfRunOptions options;
	int status;
	if (!batch_options(paths, &options, &status))
		return status;
	/* finding the issuing unit reads the whole text again: not for output without it */
	options.no_metadata = !metadata;
	g_autoptr(CfLexicon) lexicon = load_lexicon();
	if (lexicon == NULL)
		return CF_EXIT_INPUT;
	extract.lexicon = lexicon;

	CfRunSummary summary;
	if (!run_batch(paths, &options, cf_run_extract_cb, NULL, &extract, &summary))
		return CF_EXIT_INPUT;
	return input_status(&summary);
}

/* ---- check ---- */

static char *opt_fail_on;
static char **opt_rules;
static char **opt_disabled;
static gboolean opt_list_rules;
static gboolean opt_summary;
static char *opt_history;  /* --history FILE (check and history) */
static char **opt_claims;  /* --claims FILE, repeatable */

static const GOptionEntry check_entries[] = {
	{"format", 'f', 0, G_OPTION_ARG_STRING, &opt_format,
	 "Output format: text (default) or json", "FORMAT"},
	{"fail-on", 0, 0, G_OPTION_ARG_STRING, &opt_fail_on,
	 "Exit 1 when a finding is at or above LEVEL: error (default), warning, note", "LEVEL"},
	{"rule", 'r', 0, G_OPTION_ARG_STRING_ARRAY, &opt_rules,
	 "Run only RULE (repeatable; see --list-rules)", "RULE"},
	{"disable", 'd', 0, G_OPTION_ARG_STRING_ARRAY, &opt_disabled,
	 "Do not report RULE (repeatable)", "RULE"},
	{"list-rules", 0, 0, G_OPTION_ARG_NONE, &opt_list_rules,
	 "List every rule with its severity and an example, then exit", NULL},
	{"summary", 0, 0, G_OPTION_ARG_NONE, &opt_summary,
	 "Print a summary on stderr at the end (default: when stderr is a terminal)", NULL},
	{"history", 0, 0, G_OPTION_ARG_FILENAME, &opt_history,
	 "Also check against the documents stored in the SQLite database FILE (created when "
	 "missing), and store this run's documents in it",
	 "FILE"},
	{"claims", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &opt_claims,
	 "Add the documents of FILE (output of 'extract --format jsonl') to the checks across "
	 "documents (repeatable)",
	 "FILE"},
	{NULL},
};

static void
list_rules(void)
{
	guint n;
	const CfRule *rules = cf_check_rules(&n);
	for (guint i = 0; i < n; i++)
		fprintf(stdout, "%-24s %-8s %s\n%-24s %-8s e.g. %s\n", rules[i].id,
			cf_severity_to_string(rules[i].severity), rules[i].summary, "", "",
			rules[i].example);
}

/* Fills @set with the rule ids of @ids; FALSE (usage error printed) on an unknown one. */
static gboolean
collect_rules(char **ids, GHashTable *set, int *status)
{
	for (gsize i = 0; ids && ids[i]; i++) {
		if (cf_check_find_rule(ids[i]) == NULL) {
			*status = usage_error("unknown rule '%s' (see 'crossfoot check --list-rules')",
					      ids[i]);
			return FALSE;
		}
		g_hash_table_add(set, ids[i]);
	}
	return TRUE;
}

/* Each document read in this run is stored in the --history database as the batch goes, one
 * transaction per document (src/history). */
static gboolean
history_store_cb(const CfRecord *record, gpointer data, GError **error)
{
	return cf_history_store(data, record, error);
}

/* After the batch: the documents of --claims files and of the --history database join this
 * run's records, compacted as they are read (src/history). */
static gboolean
history_after_batch_cb(CfRunCheck *run, gpointer data, GError **error)
{
	return cf_history_merge_loaded(data, (const char *const *)opt_claims, run->records,
				       cf_run_check_prepare_record, run, error);
}

/* The batch, the checks across documents, the findings written in order, the summary; the
 * exit status. */
static int
run_check_batch(char **paths, const CfRunOptions *options, CfRunCheck *check, const char *format,
		const CfReportStyle *style, CfSeverity fail_on)
{
	g_autoptr(GError) error = NULL;
	CfRunSummary summary;
	if (!cf_run_batch((const char *const *)paths, options, cf_run_check_cb,
			  cf_run_check_collect_cb, check, &summary, &error) ||
	    !cf_run_check_finish(check, &error)) {
		fprintf(stderr, "crossfoot: %s\n", error->message);
		return CF_EXIT_INPUT;
	}
	g_auto(CfRunCheckTally) tally;
	cf_run_check_tally_init(&tally);
	CfRunCheckFormat run_format =
		g_str_equal(format, "json") ? CF_RUN_CHECK_JSON : CF_RUN_CHECK_TEXT;
	if (!cf_run_check_write(check, run_format, style, stdout, &tally, &error)) {
		fprintf(stderr, "crossfoot: %s\n", error->message);
		return CF_EXIT_INPUT;
	}
	if (opt_summary || isatty(STDERR_FILENO)) {
		g_autoptr(GString) text = g_string_new(NULL);
		cf_run_check_summary_tally(&summary, &tally, text);
		fwrite(text->str, 1, text->len, stderr);
	}
	if (input_status(&summary) != CF_EXIT_CLEAN)
		return CF_EXIT_INPUT;
	for (int level = fail_on; level <= CF_SEVERITY_ERROR; level++)
		if (tally.per_severity[level] > 0)
			return CF_EXIT_FINDINGS;
	return CF_EXIT_CLEAN;
}

static int
run_check(char **paths)
{
	if (opt_list_rules) {
		list_rules();
		return CF_EXIT_CLEAN;
	}
	const char *format = opt_format != NULL ? opt_format : "text";
	if (!g_str_equal(format, "text") && !g_str_equal(format, "json"))
		return usage_error("unknown format '%s', expected text or json", format);
	CfSeverity fail_on = CF_SEVERITY_ERROR;
	if (opt_fail_on != NULL && !cf_severity_from_string(opt_fail_on, &fail_on))
		return usage_error("unknown --fail-on level '%s', expected error, warning or note",
				   opt_fail_on);
	CfReportStyle style = {0};
	if (!resolve_color(opt_color, &style.color))
		return usage_error("unknown --color value '%s', expected auto, always or never",
				   opt_color);
	g_autoptr(GHashTable) only = g_hash_table_new(g_str_hash, g_str_equal);
	g_autoptr(GHashTable) disabled = g_hash_table_new(g_str_hash, g_str_equal);
	int status = CF_EXIT_INPUT;
	if (!collect_rules(opt_rules, only, &status) || !collect_rules(opt_disabled, disabled, &status))
		return status;
	CfRunOptions options;
	if (!batch_options(paths, &options, &status))
		return status;
	g_autoptr(CfLexicon) lexicon = load_lexicon();
	if (lexicon == NULL)
		return CF_EXIT_INPUT;

	g_autoptr(GError) error = NULL;
	CfCheckOptions check_options = {
		.only = g_hash_table_size(only) ? only : NULL,
		.disabled = g_hash_table_size(disabled) ? disabled : NULL,
	};
	CfRunCheck check = {.lexicon = lexicon, .options = &check_options, .jobs = options.jobs};
	/* --history and --claims: documents read elsewhere join the checks across documents */
	g_autoptr(CfHistory) history = NULL;
	if (opt_history != NULL && (history = cf_history_open(opt_history, &error)) == NULL) {
		fprintf(stderr, "crossfoot: %s\n", error->message);
		return CF_EXIT_INPUT;
	}
	if (history != NULL) {
		check.each_record = history_store_cb;
		check.each_record_data = history;
	}
	if (history != NULL || opt_claims != NULL) {
		check.after_batch = history_after_batch_cb;
		check.after_batch_data = history;
	}
	if (!cf_run_check_init(&check, &error)) {
		fprintf(stderr, "crossfoot: %s\n", error->message);
		return CF_EXIT_INPUT;
	}
	status = run_check_batch(paths, &options, &check, format, &style, fail_on);
	cf_run_check_clear(&check);
	return status;
}

/* ---- history ---- */

static const GOptionEntry history_entries[] = {
	{"history", 0, 0, G_OPTION_ARG_FILENAME, &opt_history,
	 "The history database (default: $CROSSFOOT_HISTORY)", "FILE"},
	{"help", 'h', 0, G_OPTION_ARG_NONE, &opt_help, "Show this help and exit", NULL},
	{NULL},
};

/* `crossfoot history list [PATH|GLOB]` and `crossfoot history forget PATH|GLOB`. */
static int
run_history(char **args)
{
	const char *action = args[0];
	if (action == NULL)
		return usage_error("no action given, expected list or forget");
	gboolean list = g_str_equal(action, "list");
	if (!list && !g_str_equal(action, "forget"))
		return usage_error("unknown history action '%s', expected list or forget", action);
	const char *what = args[1];
	if (what != NULL && args[2] != NULL)
		return usage_error("more than one PATH or GLOB given");
	if (!list && what == NULL)
		return usage_error("no PATH or GLOB given: what should be forgotten");
	const char *path = opt_history != NULL ? opt_history : g_getenv("CROSSFOOT_HISTORY");
	if (path == NULL || path[0] == '\0')
		return usage_error("no --history FILE given (or $CROSSFOOT_HISTORY)");
	/* listing or forgetting never creates a database */
	if (!g_file_test(path, G_FILE_TEST_EXISTS)) {
		fprintf(stderr, "crossfoot: cannot open history '%s': %s\n", path, g_strerror(ENOENT));
		return CF_EXIT_INPUT;
	}
	g_autoptr(GError) error = NULL;
	g_autoptr(CfHistory) history = cf_history_open(path, &error);
	if (history == NULL) {
		fprintf(stderr, "crossfoot: %s\n", error->message);
		return CF_EXIT_INPUT;
	}
	g_autoptr(GString) out = g_string_new(NULL);
	if (list) {
		g_autoptr(GPtrArray) entries = cf_history_list(history, what, &error);
		if (entries == NULL) {
			fprintf(stderr, "crossfoot: %s\n", error->message);
			return CF_EXIT_INPUT;
		}
		for (guint i = 0; i < entries->len; i++) {
			const CfHistoryEntry *e = g_ptr_array_index(entries, i);
			g_autoptr(GDateTime) at = g_date_time_new_from_unix_utc(e->stored_at);
			g_autofree char *stored = at ? g_date_time_format(at, "%Y-%m-%dT%H:%M:%SZ")
						     : g_strdup("-");
			g_autofree char *year = e->year > 0 ? g_strdup_printf("%d", e->year)
							    : g_strdup("-");
			g_string_append_printf(out, "%s\t%s\t%s\t%s\t%u claims\t%s\t%s\n", e->path,
					       year, e->unit ? e->unit : "-", e->kind ? e->kind : "-",
					       e->n_claims, stored, e->digest);
		}
	} else {
		guint n = 0;
		if (!cf_history_forget(history, what, &n, &error)) {
			fprintf(stderr, "crossfoot: %s\n", error->message);
			return CF_EXIT_INPUT;
		}
		g_string_append_printf(out, "forgot %u document%s\n", n, n == 1 ? "" : "s");
	}
	if (fwrite(out->str, 1, out->len, stdout) != out->len || fflush(stdout) != 0) {
		fprintf(stderr, "crossfoot: cannot write output: %s\n", g_strerror(errno));
		return CF_EXIT_INPUT;
	}
	return CF_EXIT_CLEAN;
}

/* ---- info ---- */

/* info and text read no lexicon and write no colour: --encoding and --help of their own, not
 * the groups that carry --patterns and --color */
static const GOptionEntry plain_input_entries[] = {
	{"encoding", 0, 0, G_OPTION_ARG_STRING, &opt_encoding,
	 "Decode every input as ENC (GB18030, UTF-16LE …), no detection", "ENC"},
	{"help", 'h', 0, G_OPTION_ARG_NONE, &opt_help, "Show this help and exit", NULL},
	{NULL},
};

static const GOptionEntry info_entries[] = {
	{"format", 'f', 0, G_OPTION_ARG_STRING, &opt_format,
	 "Output format: text (default) or json", "FORMAT"},
	{NULL},
};

static int
run_info(char **paths)
{
	const char *format = opt_format != NULL ? opt_format : "text";
	if (!g_str_equal(format, "text") && !g_str_equal(format, "json"))
		return usage_error("unknown format '%s', expected text or json", format);
	CfRunOptions options;
	int status;
	if (!batch_options(paths, &options, &status))
		return status;

	g_autoptr(GString) items = g_string_new(NULL);
	CfRunInfo info = {.json = g_str_equal(format, "json"), .items = items};
	CfRunSummary summary;
	if (!run_batch(paths, &options, cf_run_info_cb, cf_run_info_collect, &info, &summary))
		return CF_EXIT_INPUT;
	if (info.json) {
		g_autofree char *array = g_strdup_printf(
			info.n_items ? "[\n%s\n]\n" : "[%s]\n", items->str);
		if (fputs(array, stdout) == EOF || fflush(stdout) != 0) {
			fprintf(stderr, "crossfoot: cannot write output: %s\n", g_strerror(errno));
			return CF_EXIT_INPUT;
		}
	}
	return input_status(&summary);
}

/* ---- text ---- */

static int
run_text(char **paths)
{
	CfRunOptions options;
	int status;
	if (!batch_options(paths, &options, &status))
		return status;
	options.no_metadata = TRUE;
	CfRunSummary summary;
	if (!run_batch(paths, &options, cf_run_text_cb, NULL, NULL, &summary))
		return CF_EXIT_INPUT;
	return input_status(&summary);
}

/* ---- the dispatch table ---- */

typedef struct {
	const char *name;
	const char *parameters;         /* after [OPTION…] in the usage line */
	const char *summary;            /* one line, for `crossfoot --help` */
	const char *description;        /* what it prints, examples, exit status */
	const GOptionEntry *entries[5]; /* option groups, NULL-terminated: own, then shared */
	int (*run)(char **paths);       /* the options are parsed; @paths is NULL-terminated */
} Command;

static const Command commands[] = {
	{
		"check",
		"PATH…",
		"Report every number that disagrees with another",
		"Reads each PATH (a text file, a Word .docx or an Excel .xlsx, or a directory\n"
		"searched recursively for them), finds the relations between the numbers\n"
		"of each report (totals and their parts, rates and their bases, table rows\n"
		"and their totals, sibling tables, counts and the lists they count, years,\n"
		"heading numbers …) and reports every one that does not hold, compiler\n"
		"style, with the source line (of a .docx or .xlsx: see 'crossfoot help text').\n"
		"Stated values are intervals at their stated precision: a relation holds\n"
		"when the intervals can agree; a gap of one unit in the last place is a note.\n"
		"\n"
		"Examples:\n"
		"  crossfoot check corpus/\n"
		"  crossfoot check --format json --fail-on warning report.txt\n"
		"  crossfoot check --rule sum-mismatch --rule percent-mismatch submissions/\n"
		"  crossfoot check --list-rules\n"
		"\n"
		"Exit status: 0 when no finding is at or above --fail-on (default: error),\n"
		"1 when one is, 2 when some input could not be (fully) read or on a usage error.",
		{check_entries, batch_entries, input_entries, output_entries, NULL},
		run_check,
	},
	{
		"extract",
		"PATH…",
		"Print every numeric claim of each report",
		"Reads each PATH (a text file, a Word .docx or an Excel .xlsx, or a directory\n"
		"searched recursively for them) and prints every number the reports\n"
		"state: amounts (exactly, in 元), percentages, counts, scores, rates, years,\n"
		"ranges, explicit arithmetic and malformed numbers, each with its place\n"
		"(file:line:column), the label it is about and the cue words near it.  The\n"
		"encoding of a text file is detected (BOM, UTF-16, UTF-8, else GB18030)\n"
		"unless --encoding is given.\n"
		"\n"
		"Examples:\n"
		"  crossfoot extract report.txt\n"
		"  crossfoot extract --format jsonl corpus/ > claims.jsonl\n"
		"  crossfoot extract --encoding GB18030 old-report.txt\n"
		"\n"
		"Exit status: 0 when every input was read, 2 when some input could not be read\n"
		"or was decoded with replacement characters, or on a usage error.",
		{extract_entries, batch_entries, input_entries, output_entries, NULL},
		run_extract,
	},
	{
		"history",
		"list [PATH|GLOB] | forget PATH|GLOB",
		"List or forget the documents stored in a history database",
		"'check --history FILE' keeps every checked document's metadata and claims\n"
		"in the SQLite database FILE, so a later batch is checked against them.\n"
		"'list' prints one line per stored document (all, or those matching PATH or\n"
		"GLOB), tab-separated: path, year, unit, kind, claims, when stored (UTC),\n"
		"digest; '-' for what is unknown.  'forget' removes the documents whose path\n"
		"is PATH or matches GLOB (* also matches '/').\n"
		"\n"
		"Examples:\n"
		"  crossfoot history list --history audit.db\n"
		"  crossfoot history list --history audit.db 'submissions/2021/*'\n"
		"  crossfoot history forget --history audit.db submissions/2021/old.txt\n"
		"\n"
		"Exit status: 0 on success, 2 when the database cannot be read or on a usage\n"
		"error.",
		{history_entries, NULL},
		run_history,
	},
	{
		"info",
		"PATH…",
		"Print what each report says about itself: title, year, unit, kind",
		"Reads each PATH (a text file, a Word .docx or an Excel .xlsx, or a directory\n"
		"searched recursively for them) and prints, for each report, its\n"
		"encoding, title, report year, issuing unit and kind (项目支出绩效自评,\n"
		"部门整体支出绩效评价, 决算说明 …), each with the line it came from; what\n"
		"the report does not state reads 'unknown'.  The unit says how it was found:\n"
		"named in the title, the subject of a sentence, or inferred from the place\n"
		"the report calls its own and the department it names for itself (with the\n"
		"evidence), and the key that matches it across documents.\n"
		"\n"
		"Examples:\n"
		"  crossfoot info corpus/\n"
		"  crossfoot info --format json submissions/ > units.json\n"
		"\n"
		"Exit status: 0 when every input was read, 2 when some input could not be read\n"
		"or was decoded with replacement characters, or on a usage error.",
		{info_entries, plain_input_entries, batch_entries, NULL},
		run_info,
	},
	{
		"text",
		"PATH…",
		"Print each report's text as crossfoot reads it, line by line",
		"Reads each PATH (a file, or a directory searched recursively for *.txt,\n"
		"*.docx and *.xlsx) and prints every line of its text as 'path:line:text',\n"
		"the lines a finding's line number counts.  A .docx is read as Word saves it\n"
		"as text: each paragraph a line, each table row a line of cells between '|'.\n"
		"A .xlsx is read sheet by sheet, each cell as Excel shows it: row r of the\n"
		"first sheet is line r; each further sheet starts with a line naming it, its\n"
		"row r r lines below; a caption row of one cell (the title, 单位：万元) is a\n"
		"line of text.  A file in another encoding is printed decoded, as UTF-8.\n"
		"\n"
		"Examples:\n"
		"  crossfoot text report.docx\n"
		"  crossfoot text report.docx | grep ':57:'\n"
		"  crossfoot text self-evaluation.xlsx\n"
		"\n"
		"Exit status: 0 when every input was read, 2 when some input could not be read\n"
		"or was decoded with replacement characters, or on a usage error.",
		{plain_input_entries, batch_entries, NULL},
		run_text,
	},
};

static const Command *
find_command(const char *name)
{
	for (gsize i = 0; i < G_N_ELEMENTS(commands); i++)
		if (g_str_equal(commands[i].name, name))
			return &commands[i];
	return NULL;
}

static GOptionContext *
command_context_new(const Command *command)
{
	GOptionContext *context = g_option_context_new(command->parameters);
	g_option_context_set_summary(context, command->summary);
	g_option_context_set_description(context, command->description);
	for (gsize i = 0; command->entries[i] != NULL; i++)
		g_option_context_add_main_entries(context, command->entries[i], NULL);
	/* our own --help, printed without g_print()'s charset conversion */
	g_option_context_set_help_enabled(context, FALSE);
	return context;
}

static void
print_command_help(const Command *command)
{
	g_autofree char *prgname = g_strdup_printf("crossfoot %s", command->name);
	g_set_prgname(prgname);
	g_autoptr(GOptionContext) context = command_context_new(command);
	g_autofree char *help = g_option_context_get_help(context, TRUE, NULL);
	write_text(stdout, help);
}

static void
print_main_help(void)
{
	write_text(stdout, "Usage:\n"
			   "  crossfoot COMMAND [OPTION…] PATH…\n"
			   "  crossfoot help COMMAND\n"
			   "\n"
			   "Audit the arithmetic of Chinese public-sector reports (绩效自评报告, "
			   "决算说明 …):\n"
			   "find every number they state and every number that disagrees with "
			   "another.\n"
			   "\n"
			   "Commands:\n");
	for (gsize i = 0; i < G_N_ELEMENTS(commands); i++)
		fprintf(stdout, "  %-10s %s\n", commands[i].name, commands[i].summary);
	fprintf(stdout, "  %-10s %s\n", "help", "Show the options and examples of a command");
	write_text(stdout,
		   "\n"
		   "Options:\n"
		   "  -h, --help     Show this help and exit\n"
		   "  --version      Print the version and exit\n"
		   "\n"
		   "Run 'crossfoot help COMMAND' for a command's options and examples.\n"
		   "Exit status: 0 clean, 1 findings at or above --fail-on, 2 usage or input "
		   "error.\n");
}

/* TRUE when @c is the short name of one of @command's options that takes a value. */
static gboolean
short_takes_value(const Command *command, char c)
{
	for (gsize g = 0; command->entries[g] != NULL; g++)
		for (const GOptionEntry *e = command->entries[g]; e->long_name != NULL; e++)
			if (e->short_name == c && e->arg != G_OPTION_ARG_NONE)
				return TRUE;
	return FALSE;
}

/* GLib reads "-j2" as the options -j and -2: split a short option that takes a value from
 * the value written against it ("-j2" → "-j" "2", "-fjson" → "-f" "json"), as other tools
 * accept it.  @argv is the caller's; the new vector (in *@out, NULL-terminated) borrows its
 * strings but the split ones, which @keep owns. */
static int
split_attached_values(const Command *command, int argc, char **argv, GPtrArray *out,
		      GPtrArray *keep)
{
	for (int i = 0; i < argc; i++) {
		const char *a = argv[i];
		if (i > 0 && g_str_equal(a, "--")) {
			for (; i < argc; i++)
				g_ptr_array_add(out, argv[i]);
			break;
		}
		if (i > 0 && a[0] == '-' && a[1] != '-' && a[1] != '\0' && a[2] != '\0' &&
		    short_takes_value(command, a[1])) {
			char *flag = g_strndup(a, 2), *value = g_strdup(a + 2);
			g_ptr_array_add(keep, flag);
			g_ptr_array_add(keep, value);
			g_ptr_array_add(out, flag);
			g_ptr_array_add(out, value);
			continue;
		}
		g_ptr_array_add(out, argv[i]);
	}
	int n = (int)out->len;
	g_ptr_array_add(out, NULL);
	return n;
}

static int
run_command(const Command *command, int argc, char **argv)
{
	g_autofree char *prgname = g_strdup_printf("crossfoot %s", command->name);
	g_set_prgname(prgname);
	g_autoptr(GOptionContext) context = command_context_new(command);
	g_autoptr(GError) error = NULL;
	g_autoptr(GPtrArray) split = g_ptr_array_new();
	g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func(g_free);
	argc = split_attached_values(command, argc, argv, split, keep);
	argv = (char **)split->pdata;

	/* argv[0] is the subcommand's name: it stands where the program name usually does */
	if (!g_option_context_parse(context, &argc, &argv, &error)) {
		/* GLib's messages read "Unknown option --x": say it the way ours do */
		const char *prefix = "Unknown option ";
		if (g_str_has_prefix(error->message, prefix))
			return usage_error("unknown option '%s'", error->message + strlen(prefix));
		error->message[0] = g_ascii_tolower(error->message[0]);
		return usage_error("%s", error->message);
	}
	if (opt_help) {
		print_command_help(command);
		return CF_EXIT_CLEAN;
	}
	/* GLib leaves the "--" that ends the options in place: it is no path */
	for (int i = 1; i < argc; i++)
		if (g_str_equal(argv[i], "--")) {
			memmove(argv + i, argv + i + 1, (gsize)(argc - i) * sizeof *argv);
			argc--;
			break;
		}
	return command->run(argv + 1);
}

int
main(int argc, char **argv)
{
	if (argc < 2)
		return usage_error("no command given");

	const char *first = argv[1];
	if (g_str_equal(first, "--version")) {
		printf("crossfoot %s\n", CF_VERSION);
		return CF_EXIT_CLEAN;
	}
	if (g_str_equal(first, "--help") || g_str_equal(first, "-h")) {
		print_main_help();
		return CF_EXIT_CLEAN;
	}
	if (g_str_equal(first, "help")) {
		if (argc < 3) {
			print_main_help();
			return CF_EXIT_CLEAN;
		}
		const Command *command = find_command(argv[2]);
		if (command == NULL)
			return usage_error("unknown command '%s'", argv[2]);
		print_command_help(command);
		return CF_EXIT_CLEAN;
	}
	if (first[0] == '-')
		return usage_error("unknown option '%s'", first);

	const Command *command = find_command(first);
	if (command == NULL)
		return usage_error("unknown command '%s'", first);
	return run_command(command, argc - 1, argv + 1);
}
