/* test-crossdoc.c — checks across documents (src/crossdoc/).
 *
 * Records are built the way a batch builds them (ingest, segment, extract,
 * cf_record_new_from_document) from the seeds in corpus/ and the synthetic reports in
 * corpus/synthetic/ (see its README), or from a seed's text edited in memory.  The findings
 * over the whole synthetic folder are compared with corpus/synthetic/crossdoc-expected.out
 * and `crossfoot check corpus/synthetic/` (the batch, which runs the checks across documents
 * after the per-document ones) with corpus/synthetic/check-folder-expected.out
 * (CROSSFOOT_UPDATE_GOLDEN=1 rewrites both: review the diff). */
#include <string.h>
#include <sys/wait.h>

#include "crossdoc/cf-crossdoc-private.h"
#include "extract/cf-extract.h"
#include "ingest/cf-ingest.h"
#include "model/cf-utf8.h"
#include "report/cf-report-findings.h"
#include "segment/cf-segment.h"

#include "cf-test-files.h"
#include "cf-test-random.h"
#include "cf-test-record.h"

#define SEED_000 "corpus/000_6a5162211be4bb34.txt" /* 2022, 开福区, 连续第8年 */
#define SEED_001 "corpus/001_076bbd6f4c7b8808.txt" /* 2020, 开福区, 连续6年 */
#define SYNTHETIC "corpus/synthetic"
#define EXPECTED SYNTHETIC "/crossdoc-expected.out"
#define EXPECTED_CHECK SYNTHETIC "/check-folder-expected.out"

static CfLexicon *lexicon;

static CfRecord *
record_of_bytes(const char *path, const char *bytes, gsize length)
{
	g_autoptr(GError) error = NULL;
	CfIngestOptions options = {0};
	g_autoptr(CfDocument) doc =
		cf_ingest_bytes(path, (const guint8 *)bytes, length, &options, &error);
	g_assert_no_error(error);
	cf_segment_document(doc);
	g_autoptr(GPtrArray) claims = cf_extract_document(lexicon, doc);
	return cf_record_new_from_document(doc, claims, NULL);
}

static CfRecord *
record_of_file(const char *path)
{
	g_autofree char *bytes = NULL;
	gsize length;
	g_autoptr(GError) error = NULL;
	g_file_get_contents(path, &bytes, &length, &error);
	g_assert_no_error(error);
	return record_of_bytes(path, bytes, length);
}

/* A seed's record with @from replaced by @to (which must occur once). */
static CfRecord *
record_of_edited(const char *path, const char *from, const char *to)
{
	g_autofree char *bytes = NULL;
	g_assert_true(g_file_get_contents(path, &bytes, NULL, NULL));
	char *at = strstr(bytes, from);
	g_assert_nonnull(at);
	g_assert_null(strstr(at + 1, from));
	g_autoptr(GString) text = g_string_new_len(bytes, at - bytes);
	g_string_append(text, to);
	g_string_append(text, at + strlen(from));
	return record_of_bytes(path, text->str, text->len);
}

static GPtrArray *
new_records(void)
{
	return g_ptr_array_new_with_free_func((GDestroyNotify)cf_record_free);
}

/* The *.txt reports of the synthetic folder and (with @with_corpus) of corpus/, sorted. */
static GPtrArray *
report_paths(gboolean with_corpus)
{
	const char *const folders[] = {SYNTHETIC, "corpus"};
	return cf_test_report_paths(folders, with_corpus ? 2 : 1);
}

/* Every line of every report of the synthetic folder and of corpus/. */
static GPtrArray *
report_lines(void)
{
	GPtrArray *lines = g_ptr_array_new_with_free_func(g_free);
	g_autoptr(GPtrArray) paths = report_paths(TRUE);
	for (guint p = 0; p < paths->len; p++) {
		g_autofree char *bytes = NULL;
		g_assert_true(g_file_get_contents(paths->pdata[p], &bytes, NULL, NULL));
		g_auto(GStrv) split = g_strsplit(bytes, "\n", -1);
		for (guint i = 0; split[i]; i++)
			g_ptr_array_add(lines, g_strdup(split[i]));
	}
	return lines;
}

static GPtrArray *
synthetic_records(void)
{
	GPtrArray *records = new_records();
	g_autoptr(GPtrArray) names = report_paths(FALSE);
	g_assert_cmpuint(names->len, ==, 16);
	for (guint i = 0; i < names->len; i++)
		g_ptr_array_add(records, record_of_file(g_ptr_array_index(names, i)));
	return records;
}

static char *
render(GPtrArray *findings)
{
	GString *out = g_string_new(NULL);
	for (guint i = 0; i < findings->len; i++) {
		const CfFinding *f = g_ptr_array_index(findings, i);
		g_string_append_printf(out, "%s:%u:%u: %s: %s [%s]\n", f->primary.file,
				       f->primary.line, f->primary.column,
				       cf_severity_to_string(f->severity), f->message, f->rule);
		for (guint k = 0; k < f->related->len; k++) {
			const CfLocation *l = &g_array_index(f->related, CfLocation, k);
			g_string_append_printf(out, "    %s:%u:%u: %s\n", l->file, l->line,
					       l->column, l->note ? l->note : "");
		}
	}
	return g_string_free(out, FALSE);
}

/* The findings of @rule whose primary place is @file:@line (a file's basename suffices). */
static guint
count_at(GPtrArray *findings, const char *rule, const char *file, guint line)
{
	guint n = 0;
	for (guint i = 0; i < findings->len; i++) {
		const CfFinding *f = g_ptr_array_index(findings, i);
		if (strcmp(f->rule, rule) == 0 && g_str_has_suffix(f->primary.file, file) &&
		    (line == 0 || f->primary.line == line))
			n++;
	}
	return n;
}

static guint
count_rule(GPtrArray *findings, const char *rule)
{
	return count_at(findings, rule, "", 0);
}

/* ---- unit keys ---- */

typedef struct {
	const char *unit;
	const char *key; /* NULL: no key */
} UnitKeyCase;

static const UnitKeyCase unit_key_cases[] = {
	{"中共长沙市雨花区委组织部", "雨花区/组织部"},
	{"雨花区委组织部", "雨花区/组织部"},
	{"雨花区组织部", "雨花区/组织部"},
	{"中共益阳市委组织部", "益阳市/组织部"},
	{"中国共产党益阳市委员会组织部", "益阳市/组织部"},
	{"湖南省长沙市开福区委组织部", "开福区/组织部"},
	{"开福区", "开福区"},
	{"屈原管理区委组织部", "屈原管理区/组织部"},
	{"区委组织部", NULL},
	{"雨花区人民政府", "雨花区/政府"},
	{"", NULL},
	{NULL, NULL},
};

static void
test_unit_key(void)
{
	for (gsize i = 0; i < G_N_ELEMENTS(unit_key_cases); i++) {
		g_autofree char *key = cf_crossdoc_unit_key(unit_key_cases[i].unit);
		g_assert_cmpstr(key, ==, unit_key_cases[i].key);
	}
}

/* ---- fingerprints ---- */

static void
test_fingerprint(void)
{
	const char *a = "全年组织开展培训班12期，培训党员干部1500人次，满意度95%以上";
	const char *b = "全年组织开展培训班15期，培训党员干部 1500 人次，满意度95%以上";
	const char *c = "全年组织开展培训班12期，培训党员干部1500人次，满意度95%以上";
	CfRecordSentence fa, fb, fc;
	g_assert_true(cf_record_sentence_fingerprint(a, strlen(a), &fa));
	g_assert_true(cf_record_sentence_fingerprint(b, strlen(b), &fb));
	g_assert_true(cf_record_sentence_fingerprint(c, strlen(c), &fc));
	/* same words (spaces dropped), other numbers */
	g_assert_cmphex(fa.text_hash, ==, fb.text_hash);
	g_assert_cmphex(fa.numbers_hash, !=, fb.numbers_hash);
	g_assert_cmphex(fa.numbers_hash, ==, fc.numbers_hash);
	g_assert_cmpuint(fa.numbers, ==, 3);
	g_assert_cmpuint(fa.chars, ==,
			 29); /* 全年组织开展培训班#期，培训党员干部#人次，满意度#%以上 */
	/* a year is wording, not a figure */
	const char *y1 = "2021年度我部认真组织开展了项目支出绩效自评工作";
	const char *y2 = "2022年度我部认真组织开展了项目支出绩效自评工作";
	CfRecordSentence f1, f2;
	g_assert_true(cf_record_sentence_fingerprint(y1, strlen(y1), &f1));
	g_assert_true(cf_record_sentence_fingerprint(y2, strlen(y2), &f2));
	g_assert_cmphex(f1.text_hash, ==, f2.text_hash);
	g_assert_cmpuint(f1.numbers, ==, 0);
	g_assert_cmphex(f1.numbers_hash, ==, 0);
	/* too short to mean anything */
	CfRecordSentence s;
	g_assert_false(
		cf_record_sentence_fingerprint("具体情况如下：", strlen("具体情况如下："), &s));
}

/* The fingerprint as first written, byte by byte: the values history stores. */
static gboolean
fingerprint_by_byte(const char *text, gsize length, CfRecordSentence *out)
{
	guint64 text_hash = 0xcbf29ce484222325u, numbers_hash = 0xcbf29ce484222325u;
	const guint64 prime = 0x100000001b3u;
	guint chars = 0, numbers = 0;
	gsize i = 0;
	while (i < length) {
		guchar c = (guchar)text[i];
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
			i++;
			continue;
		}
		if (c >= '0' && c <= '9') {
			gsize start = i;
			while (i < length && ((text[i] >= '0' && text[i] <= '9') ||
					      ((text[i] == '.' || text[i] == ',') && i + 1 < length &&
					       text[i + 1] >= '0' && text[i + 1] <= '9')))
				i++;
			gboolean year = i - start == 4 && (text[start] == '1' || text[start] == '2') &&
					length - i >= 3 && memcmp(text + i, "年", 3) == 0;
			if (!year) {
				for (gsize k = start; k < i; k++)
					numbers_hash = (numbers_hash ^ (guchar)text[k]) * prime;
				numbers_hash = (numbers_hash ^ '|') * prime;
				numbers++;
			}
			text_hash = (text_hash ^ '#') * prime;
			chars++;
			continue;
		}
		text_hash = (text_hash ^ c) * prime;
		if ((c & 0xC0) != 0x80)
			chars++;
		i++;
	}
	if (chars < CF_RECORD_SENTENCE_MIN_CHARS)
		return FALSE;
	out->text_hash = text_hash;
	out->numbers_hash = numbers ? numbers_hash : 0;
	out->line = 0;
	out->chars = (guint16)MIN(chars, G_MAXUINT16);
	out->numbers = (guint16)MIN(numbers, G_MAXUINT16);
	return TRUE;
}

static void
assert_fingerprint_as_by_byte(const char *text, gsize length)
{
	CfRecordSentence fast = {0}, slow = {0};
	gboolean kept = cf_record_sentence_fingerprint(text, length, &fast);
	g_assert_cmpint(kept, ==, fingerprint_by_byte(text, length, &slow));
	if (!kept)
		return;
	g_assert_cmphex(fast.text_hash, ==, slow.text_hash);
	g_assert_cmphex(fast.numbers_hash, ==, slow.numbers_hash);
	g_assert_cmpuint(fast.chars, ==, slow.chars);
	g_assert_cmpuint(fast.numbers, ==, slow.numbers);
}

/* The fingerprint (blank and digit runs found sixteen bytes a step) gives the values history
 * stores, on every corpus line, every tail of it, and random texts. */
/* The first pass hashes a key's "\x1fyear\x1fmeaning" tail by a cached step: the same hash
 * as byte by byte, and as g_str_hash() of the text, for every meaning, years near and far
 * (in an order that makes pairs clash in the cache and come back), from varied starts. */
static void
test_key_tail_hashes(void)
{
	g_autoptr(GRand) rand = g_rand_new_with_seed(20261123);
	const int far[] = {G_MININT, -1, 0, 9, 10, 99999, G_MAXINT};
	for (guint round = 0; round < 3; round++) {
		for (int i = -(int)G_N_ELEMENTS(far); i <= 2 * 150; i++) {
			int year = i < 0 ? far[-i - 1] : 1950 + (round == 1 ? 150 - i / 2 : i / 2);
			for (guint meaning = 0; meaning < 7; meaning++) {
				guint start = round == 0 ? 5381u : g_rand_int(rand);
				guint cached, direct;
				g_autofree char *text = NULL;
				cf_crossdoc_key_tail_hashes(start, year, meaning, &cached, &direct, &text);
				g_assert_cmpuint(cached, ==, direct);
				if (start == 5381u)
					g_assert_cmpuint(direct, ==, g_str_hash(text));
			}
		}
	}
}

static void
test_fingerprint_values(void)
{
	g_autoptr(GPtrArray) lines = report_lines();
	for (guint i = 0; i < lines->len; i++) {
		const char *line = lines->pdata[i];
		gsize length = strlen(line);
		for (gsize from = 0; from < length; from += 1 + from / 8)
			assert_fingerprint_as_by_byte(line + from, length - from);
	}
	static const char *const pieces[] = {
		"全年", "组织", "，", "。", " ", "\t", "\r\n", "12", "2021年", "1999", "年",
		"4,95", "1.5", ".", ",", "a", "%", "（", "）", "０", "é", "𝄞",   "\xff",  "9",
	};
	guint32 state = 11;
	for (guint n = 0; n < 3000; n++) {
		g_autoptr(GString) text = g_string_new(NULL);
		cf_test_append_random_pieces(text, pieces, G_N_ELEMENTS(pieces), n % 60, &state);
		assert_fingerprint_as_by_byte(text->str, text->len);
	}
}

/* cf_utf8_skip_to() stops where a byte-by-byte scan stops, having counted the same
 * characters, from every start of random texts. */
static void
test_skip_to(void)
{
	static const char *const pieces[] = {"全年", "。", "；", "？", " ", "\t", "12", "年",
					     "a",    ".",  "０", "é", "𝄞", "\x80", "\xff"};
	guint32 state = 5;
	for (guint n = 0; n < 2000; n++) {
		g_autoptr(GString) text = g_string_new(NULL);
		cf_test_append_random_pieces(text, pieces, G_N_ELEMENTS(pieces), n % 50, &state);
		for (gsize from = 0; from <= text->len; from++) {
			const guchar stops[2][4] = {{' ', '\t', '\n', '\r'},
						    {0xE3, 0xEF, 0xEF, 0xEF}};
			for (guint k = 0; k < 2; k++) {
				const guchar *st = stops[k];
				guint chars = 0, expected_chars = 0;
				gsize at = cf_utf8_skip_to(text->str, from, text->len, st[0], st[1],
							   st[2], st[3], &chars);
				gsize expected = from;
				for (; expected < text->len; expected++) {
					guchar u = (guchar)text->str[expected];
					if (g_ascii_isdigit(u) || memchr(st, u, 4) != NULL)
						break;
					expected_chars += (u & 0xC0) != 0x80;
				}
				g_assert_cmpuint(at, ==, expected);
				g_assert_cmpuint(chars, ==, expected_chars);
			}
		}
	}
}

/* ---- the seeds ---- */

/* The five real reports: three units, 开福区 twice (2020, 2022).  Nothing holds between them
 * that a reviewer would call wrong; in particular 2020's 连续6年 and 2022's 连续第8年 hold. */
static void
test_seeds_clean(void)
{
	g_autoptr(GPtrArray) records = new_records();
	g_autoptr(GDir) dir = g_dir_open("corpus", 0, NULL);
	g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func(g_free);
	const char *name;
	while ((name = g_dir_read_name(dir)) != NULL)
		if (g_str_has_suffix(name, ".txt"))
			g_ptr_array_add(names, g_build_filename("corpus", name, NULL));
	g_ptr_array_sort(names, cf_test_compare_paths);
	g_assert_cmpuint(names->len, ==, 5);
	for (guint i = 0; i < names->len; i++)
		g_ptr_array_add(records, record_of_file(g_ptr_array_index(names, i)));
	g_autoptr(GPtrArray) findings = cf_crossdoc_check(records, NULL);
	g_autofree char *text = render(findings);
	g_assert_cmpstr(text, ==, "");
}

/* The counter is compared (an edited 2022 report breaks it) and holds as written. */
static void
test_seeds_counter(void)
{
	g_autoptr(GPtrArray) records = new_records();
	g_ptr_array_add(records, record_of_edited(SEED_000, "连续第8年", "连续第9年"));
	g_ptr_array_add(records, record_of_file(SEED_001));
	g_autoptr(GPtrArray) findings = cf_crossdoc_check(records, NULL);
	g_assert_cmpuint(findings->len, ==, 1);
	const CfFinding *f = g_ptr_array_index(findings, 0);
	g_assert_cmpstr(f->rule, ==, "crossdoc-counter");
	g_assert_cmpint(f->severity, ==, CF_SEVERITY_WARNING);
	/* primary: the later report, at 第9年 */
	g_assert_cmpstr(f->primary.file, ==, SEED_000);
	g_assert_cmpuint(f->primary.line, ==, 50);
	g_assert_cmpuint(f->primary.column, ==, 344);
	g_assert_cmpuint(f->primary.length, ==, 3);
	g_assert_nonnull(strstr(f->primary.source, "连续第9年公开招聘专职党务工作者"));
	g_assert_cmpstr(f->stated, ==, "第9年");
	g_assert_cmpstr(f->computed, ==, "8年");
	g_assert_cmpuint(f->related->len, ==, 1);
	const CfLocation *r = &g_array_index(f->related, CfLocation, 0);
	g_assert_cmpstr(r->file, ==, SEED_001);
	g_assert_cmpuint(r->line, ==, 339);
	g_assert_cmpuint(r->column, ==, 985);
	g_assert_nonnull(strstr(r->source, "连续6年公开招聘专职党务工作者"));
	g_assert_cmpstr(r->note, ==, "the 2020 report: 6年");

	/* another activity is another counter: not compared */
	g_autoptr(GPtrArray) other = new_records();
	g_ptr_array_add(other,
			record_of_edited(SEED_000, "连续第8年公开招聘", "连续第9年公开选拔"));
	g_ptr_array_add(other, record_of_file(SEED_001));
	g_autoptr(GPtrArray) none = cf_crossdoc_check(other, NULL);
	g_assert_cmpuint(none->len, ==, 0);
}

/* A report naming only its place (seed 000: 开福区) is the one unit of that place in the batch
 * (seed 001: 开福区/组织部), its counter compared with that unit's; with two units of that
 * place in the batch it is neither. */
static void
test_place_resolved(void)
{
	g_autoptr(GPtrArray) records = new_records();
	g_ptr_array_add(records, record_of_edited(SEED_000, "连续第8年", "连续第9年"));
	g_ptr_array_add(records, record_of_file(SEED_001));
	g_autoptr(GPtrArray) one = cf_crossdoc_check(records, NULL);
	g_assert_cmpuint(count_rule(one, "crossdoc-counter"), ==, 1);

	g_autofree char *bytes = NULL;
	g_assert_true(g_file_get_contents(SEED_001, &bytes, NULL, NULL));
	g_autoptr(GString) text = g_string_new(bytes);
	g_assert_cmpuint(g_string_replace(text, "组织部", "宣传部", 0), >, 0);
	CfRecord *other = record_of_bytes("other/001.txt", text->str, text->len);
	g_assert_nonnull(strstr(other->unit, "宣传部"));
	g_ptr_array_add(records, other);
	for (guint jobs = 1; jobs <= 2; jobs++) {
		g_autoptr(GPtrArray) none =
			cf_crossdoc_check_jobs(records, NULL, TRUE, NULL, NULL, jobs);
		g_assert_cmpuint(count_rule(none, "crossdoc-counter"), ==, 0);
	}
}

/* Findings between history records only were reported before; with one side read in this
 * run, the finding is reported and its primary place is in the run. */
static void
test_history(void)
{
	g_autoptr(GPtrArray) records = new_records();
	CfRecord *later = record_of_edited(SEED_000, "连续第8年", "连续第9年");
	CfRecord *earlier = record_of_file(SEED_001);
	g_ptr_array_add(records, later);
	g_ptr_array_add(records, earlier);
	later->from_history = TRUE;
	earlier->from_history = TRUE;
	g_autoptr(GPtrArray) none = cf_crossdoc_check(records, NULL);
	g_assert_cmpuint(none->len, ==, 0);
	later->from_history = TRUE;
	earlier->from_history = FALSE;
	g_autoptr(GPtrArray) one = cf_crossdoc_check(records, NULL);
	g_assert_cmpuint(one->len, ==, 1);
	const CfFinding *f = g_ptr_array_index(one, 0);
	g_assert_cmpstr(f->primary.file, ==, SEED_001);
	g_assert_cmpuint(f->primary.line, ==, 339);
	const CfLocation *r = &g_array_index(f->related, CfLocation, 0);
	g_assert_cmpstr(r->file, ==, SEED_000);
	g_assert_cmpuint(r->line, ==, 50);
	g_assert_nonnull(strstr(r->source, "连续第9年"));
	/* a history copy of a path read in this run is replaced by it */
	CfRecord *copy = record_of_file(SEED_000);
	copy->from_history = FALSE;
	later->from_history = TRUE;
	g_ptr_array_add(records, copy);
	g_autoptr(GPtrArray) replaced = cf_crossdoc_check(records, NULL);
	g_assert_cmpuint(replaced->len, ==, 0);
}

/* ---- the synthetic folder ---- */

static void
test_synthetic_expected(void)
{
	g_autoptr(GPtrArray) records = synthetic_records();
	g_autoptr(GPtrArray) findings = cf_crossdoc_check(records, NULL);
	g_autofree char *actual = render(findings);
	if (g_getenv("CROSSFOOT_UPDATE_GOLDEN")) {
		g_autoptr(GError) error = NULL;
		g_file_set_contents(EXPECTED, actual, -1, &error);
		g_assert_no_error(error);
	}
	g_autofree char *expected = NULL;
	g_assert_true(g_file_get_contents(EXPECTED, &expected, NULL, NULL));
	g_assert_cmpstr(actual, ==, expected);
}

/* The command a user runs on the folder: every finding, per-document and across documents,
 * in path and line order; exit status 1 (errors found). */
static void
test_synthetic_command(void)
{
	const char *argv[] = {g_getenv("CROSSFOOT_BIN"),
			      "check",
			      "--color",
			      "never",
			      "-j",
			      "2",
			      SYNTHETIC "/",
			      NULL};
	g_assert_nonnull(argv[0]);
	g_autofree char *out = NULL;
	g_autofree char *err = NULL;
	int status = 0;
	g_autoptr(GError) error = NULL;
	g_spawn_sync(NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status,
		     &error);
	g_assert_no_error(error);
	g_assert_cmpstr(err, ==, "");
	g_assert_true(WIFEXITED(status));
	g_assert_cmpint(WEXITSTATUS(status), ==, 1);
	if (g_getenv("CROSSFOOT_UPDATE_GOLDEN")) {
		g_file_set_contents(EXPECTED_CHECK, out, -1, &error);
		g_assert_no_error(error);
	}
	g_autofree char *expected = NULL;
	g_assert_true(g_file_get_contents(EXPECTED_CHECK, &expected, NULL, NULL));
	g_assert_cmpstr(out, ==, expected);
}

typedef struct {
	const char *rule;
	const char *file; /* the primary place's file in corpus/synthetic/ */
	guint line;
	guint count; /* findings expected there: 1 must fire, 0 must not */
	const char *why;
} RuleCase;

static const RuleCase synthetic_cases[] = {
	{"crossdoc-mismatch", "2022-xinghu-project.txt", 14, 1,
	 "党员教育培训经费 spending 118.5 vs 125 in the department report of the same unit/year"},
	{"crossdoc-mismatch", "2022-xinghu-project.txt", 18, 0,
	 "人才工作专项经费 78 agrees with the department report"},
	{"crossdoc-mismatch", "2022-xinghu-department.txt", 0, 0,
	 "primary is the later path of two run records of one year"},
	{"crossdoc-mismatch", "2022-qingshi-project.txt", 0, 0,
	 "another unit's items of the same name are not compared"},
	{"crossdoc-mismatch", "2022-xinghu-project.txt", 0, 1,
	 "one only: 2021's figures of the same items are another year"},
	{"crossdoc-previous-year", "2022-xinghu-project.txt", 26, 1,
	 "上年结转4.2万元 vs 2021's 年末结转3.2万元"},
	{"crossdoc-counter", "2022-xinghu-project.txt", 28, 1, "连续第7年 after 2021's 连续5年"},
	{"crossdoc-counter", "2022-xinghu-project.txt", 29, 0,
	 "连续第4年 after 2021's 连续3年 holds"},
	{"crossdoc-counter", "2022-qingshi-project.txt", 0, 0, "another unit's counter"},
	{"crossdoc-consolidated", "2022-city-summary.txt", 17, 1,
	 "青石区 支出数 148 vs its own 146"},
	{"crossdoc-consolidated", "2022-city-summary.txt", 16, 0, "青石区 预算数 150 agrees"},
	{"crossdoc-consolidated", "2022-city-summary.txt", 12, 0, "星湖区 预算数 200 agrees"},
	{"crossdoc-consolidated", "2022-city-summary.txt", 13, 0, "星湖区 支出数 196.5 agrees"},
	{"reused-text", "2022-xinghu-project.txt", 0, 2,
	 "the template of 2021 (same unit, other year) and of 青石区 (other unit)"},
	{"reused-text", "2022-qingshi-project.txt", 0, 1, "the template of 星湖区 2021"},
	{"reused-text", "2022-xinghu-department.txt", 0, 0, "no passage shared"},
	{"reused-text", "2021-xinghu-project.txt", 0, 0, "the earlier report is the related place"},
};

static void
test_synthetic_case(gconstpointer data)
{
	const RuleCase *c = data;
	g_autoptr(GPtrArray) records = synthetic_records();
	g_autoptr(GPtrArray) findings = cf_crossdoc_check(records, NULL);
	guint n = count_at(findings, c->rule, c->file, c->line);
	if (n != c->count) {
		g_autofree char *text = render(findings);
		g_test_message("%s\n%s", c->why, text);
	}
	g_assert_cmpuint(n, ==, c->count);
}

/* A 2023 report stating figures with their change against last year (比上年增加, 较上年增长):
 * last year's figure they imply is checked against the 2022 report. */
static const char report_2023[] =
	"2023年度中共示例市星湖区委组织部\n项目支出绩效自评报告\n"
	"一、项目支出情况\n"
	"2023年党员教育培训经费支出130万元，比上年增加11.5万元，增长9.7%。"
	"人才工作专项经费支出90万元，较上年增长15.4%。\n";

static GPtrArray *
changes_against_2022(const char *from, const char *to)
{
	GPtrArray *records = new_records();
	g_ptr_array_add(records, record_of_file(SYNTHETIC "/2022-xinghu-project.txt"));
	g_autoptr(GString) text = g_string_new(report_2023);
	if (from)
		g_string_replace(text, from, to, 1);
	g_ptr_array_add(records, record_of_bytes("2023-xinghu.txt", text->str, text->len));
	GPtrArray *findings = cf_crossdoc_check(records, NULL);
	g_ptr_array_unref(records);
	return findings;
}

static void
test_changes(void)
{
	/* 130 - 11.5 = 118.5, 130 / 1.097 = 118.5, 90 / 1.154 = 78.0: all hold */
	g_autoptr(GPtrArray) holds = changes_against_2022(NULL, NULL);
	g_assert_cmpuint(holds->len, ==, 0);

	g_autoptr(GPtrArray) amount = changes_against_2022("增加11.5万元", "增加21.5万元");
	g_assert_cmpuint(amount->len, ==, 1);
	const CfFinding *f = g_ptr_array_index(amount, 0);
	g_assert_cmpstr(f->rule, ==, "crossdoc-previous-year");
	g_assert_cmpstr(f->primary.file, ==, "2023-xinghu.txt");
	g_assert_cmpuint(f->primary.line, ==, 4);
	g_assert_cmpuint(f->primary.column, ==, 27);
	g_assert_cmpstr(f->stated, ==, "21.5万元");
	g_assert_cmpstr(f->computed, ==, "107.95-109.05万元");
	const CfLocation *r = &g_array_index(f->related, CfLocation, 0);
	g_assert_cmpstr(r->file, ==, SYNTHETIC "/2022-xinghu-project.txt");
	g_assert_cmpuint(r->line, ==, 14);

	g_autoptr(GPtrArray) rate = changes_against_2022("增长15.4%", "增长25.4%");
	g_assert_cmpuint(rate->len, ==, 1);
	f = g_ptr_array_index(rate, 0);
	g_assert_cmpuint(f->primary.column, ==, 61);
	g_assert_cmpstr(f->computed, ==, "71.34-72.2万元");
	r = &g_array_index(f->related, CfLocation, 0);
	g_assert_cmpuint(r->line, ==, 18);

	/* a change against something else than last year is not one */
	g_autoptr(GPtrArray) other =
		changes_against_2022("比上年增加21.5万元", "比预算增加21.5万元");
	g_assert_cmpuint(other->len, ==, 0);
}

/* A figure dated with another year in its sentence is that year's: checked against that
 * year's report, whatever the report it is written in. */
static void
test_dated(void)
{
	const char *from = "已全部用于党员教育培训。";
	for (guint wrong = 0; wrong < 2; wrong++) {
		g_autofree char *to = g_strdup_printf(
			"已全部用于党员教育培训。2021年党员教育培训经费支出%s万元。",
			wrong ? "98" : "108");
		g_autoptr(GPtrArray) records = new_records();
		g_ptr_array_add(records, record_of_file(SYNTHETIC "/2021-xinghu-project.txt"));
		g_ptr_array_add(records,
				record_of_edited(SYNTHETIC "/2022-xinghu-project.txt", from, to));
		g_autoptr(GHashTable) only = g_hash_table_new(g_str_hash, g_str_equal);
		g_hash_table_add(only, (gpointer) "crossdoc-previous-year");
		g_hash_table_add(only, (gpointer) "crossdoc-mismatch");
		CfCheckOptions options = {.only = only};
		g_autoptr(GPtrArray) findings = cf_crossdoc_check(records, &options);
		/* the 上年结转 4.2 vs 3.2 of the file itself, and the dated figure when wrong */
		g_assert_cmpuint(count_rule(findings, "crossdoc-mismatch"), ==, 0);
		g_assert_cmpuint(
			count_at(findings, "crossdoc-previous-year", "2022-xinghu-project.txt", 26),
			==, 1 + wrong);
		if (wrong) {
			g_autofree char *text = render(findings);
			g_assert_nonnull(strstr(text, "党员教育培训经费支出 98万元 quotes 2021's "
						      "spending, but the 2021 report "
						      "corpus/synthetic/2021-xinghu-project.txt:14 "
						      "states 108万元"));
		}
	}
}

/* -r/-d select cross-document rules as they select the others. */
static void
test_options(void)
{
	g_autoptr(GPtrArray) records = synthetic_records();
	g_autoptr(GHashTable) disabled = g_hash_table_new(g_str_hash, g_str_equal);
	g_hash_table_add(disabled, (gpointer) "reused-text");
	g_hash_table_add(disabled, (gpointer) "crossdoc-counter");
	CfCheckOptions options = {.disabled = disabled};
	g_autoptr(GPtrArray) some = cf_crossdoc_check(records, &options);
	g_assert_cmpuint(count_rule(some, "reused-text"), ==, 0);
	g_assert_cmpuint(count_rule(some, "crossdoc-counter"), ==, 0);
	g_assert_cmpuint(count_rule(some, "crossdoc-mismatch"), ==, 1);
	g_autoptr(GHashTable) only = g_hash_table_new(g_str_hash, g_str_equal);
	g_hash_table_add(only, (gpointer) "crossdoc-consolidated");
	CfCheckOptions just = {.only = only};
	g_autoptr(GPtrArray) one = cf_crossdoc_check(records, &just);
	g_assert_cmpuint(one->len, ==, 1);
	g_assert_cmpuint(count_rule(one, "crossdoc-consolidated"), ==, 1);
}

/* A report saved twice (same digest) is one report: nothing between the copies. */
static void
test_copies(void)
{
	g_autoptr(GPtrArray) records = new_records();
	g_ptr_array_add(records, record_of_file(SYNTHETIC "/2022-xinghu-project.txt"));
	g_ptr_array_add(records, record_of_file(SYNTHETIC "/2022-xinghu-project.txt"));
	g_autoptr(GPtrArray) findings = cf_crossdoc_check(records, NULL);
	g_assert_cmpuint(findings->len, ==, 0);
	g_autoptr(GPtrArray) empty = new_records();
	g_autoptr(GPtrArray) nothing = cf_crossdoc_check(empty, NULL);
	g_assert_cmpuint(nothing->len, ==, 0);
}

/* A key one report states twice with different values is ambiguous there: not compared. */
static void
test_ambiguous(void)
{
	g_autoptr(GPtrArray) records = new_records();
	g_ptr_array_add(records, record_of_file(SYNTHETIC "/2022-xinghu-project.txt"));
	const char *from = "党员教育培训经费支出125万元，";
	const char *to = "党员教育培训经费支出125万元。党员教育培训经费支出118.5万元，";
	g_ptr_array_add(records,
			record_of_edited(SYNTHETIC "/2022-xinghu-department.txt", from, to));
	g_autoptr(GPtrArray) findings = cf_crossdoc_check(records, NULL);
	g_assert_cmpuint(count_rule(findings, "crossdoc-mismatch"), ==, 0);
}

/* Every cross-document rule is registered (--list-rules, -r) and documented in README. */
static void
test_rules_registered(void)
{
	static const char *const ids[] = {"crossdoc-mismatch", "crossdoc-previous-year",
					  "crossdoc-counter", "crossdoc-consolidated",
					  "reused-text"};
	g_autofree char *readme = NULL;
	g_assert_true(g_file_get_contents("README.md", &readme, NULL, NULL));
	for (gsize i = 0; i < G_N_ELEMENTS(ids); i++) {
		g_assert_nonnull(cf_check_find_rule(ids[i]));
		g_autofree char *row = g_strdup_printf("| `%s` |", ids[i]);
		g_assert_nonnull(strstr(readme, row));
	}
}

/* ---- compact records ---- */

/* @path's text with about one digit in three changed (deterministic for @seed), as
 * tests/bench varies the seeds: most relations across documents break. */
static CfRecord *
record_of_varied(const char *path, const char *as, guint32 seed)
{
	g_autofree char *bytes = NULL;
	gsize length;
	g_assert_true(g_file_get_contents(path, &bytes, &length, NULL));
	g_autoptr(GRand) rand = g_rand_new_with_seed(seed);
	for (gsize i = 0; i < length; i++)
		if (g_ascii_isdigit(bytes[i]) && g_rand_int_range(rand, 0, 3) == 0)
			bytes[i] = (char)('0' + g_rand_int_range(rand, 0, 10));
	return record_of_bytes(as, bytes, length);
}

/* Records of every kind the checks across documents meet: the synthetic reports (every rule
 * fires there), the seeds, varied copies of both under other paths (so the same units and
 * years state other numbers) and a report whose changes against last year do not hold; one
 * is a history record. */
static GPtrArray *
varied_records(void)
{
	g_autoptr(GPtrArray) paths = report_paths(TRUE);
	GPtrArray *records = new_records();
	for (guint i = 0; i < paths->len; i++) {
		const char *path = g_ptr_array_index(paths, i);
		g_ptr_array_add(records, record_of_file(path));
		for (guint32 k = 1; k <= 2; k++) {
			g_autofree char *as = g_strdup_printf("varied-%u/%s", k, path);
			g_ptr_array_add(records, record_of_varied(path, as, k * 1000 + i));
		}
	}
	/* changes against last year that do not hold (比上年增加, 较上年增长) */
	g_autoptr(GString) text = g_string_new(report_2023);
	g_string_replace(text, "增加11.5万元", "增加21.5万元", 1);
	g_string_replace(text, "增长15.4%", "增长25.4%", 1);
	g_ptr_array_add(records, record_of_bytes("2023-xinghu.txt", text->str, text->len));
	((CfRecord *)g_ptr_array_index(records, records->len - 2))->from_history = TRUE;
	return records;
}

static char *
render_json(GPtrArray *findings)
{
	g_autoptr(GString) out = g_string_new(NULL);
	cf_report_findings_json(findings, out);
	return g_strdup(out->str);
}

/* A CfRecordStrings keeps each string once, as a GStringChunk's insert_const does, also when
 * it grows and for strings of every length around the hash's 8-byte steps; add() copies
 * without looking up. */
static void
test_record_strings(void)
{
	g_autoptr(CfRecordStrings) strings = cf_record_strings_new();
	GStringChunk *reference = g_string_chunk_new(4096);
	g_autoptr(GHashTable) kept = g_hash_table_new(g_direct_hash, g_direct_equal);
	GRand *rand = g_rand_new_with_seed(5);
	const char *pieces[] = {"万元", "合计", "a", "", "/", "其中：", "0"};
	for (guint round = 0; round < 2; round++) {
		g_rand_set_seed(rand, 5);
		for (guint i = 0; i < 6000; i++) {
			g_autoptr(GString) s = g_string_new(NULL);
			guint n = (guint)g_rand_int_range(rand, 0, 6);
			for (guint k = 0; k < n; k++)
				g_string_append(
					s, pieces[g_rand_int_range(rand, 0, G_N_ELEMENTS(pieces))]);
			g_string_append_printf(s, "%u", (guint)g_rand_int_range(rand, 0, 1500));
			char *a = cf_record_strings_insert(strings, s->str);
			g_assert_cmpstr(a, ==, s->str);
			g_assert_true(a != s->str);
			/* the same string always gives the same copy; different strings, others */
			char *r = g_string_chunk_insert_const(reference, s->str);
			char *first = g_hash_table_lookup(kept, r);
			if (first == NULL)
				g_hash_table_insert(kept, r, a);
			else
				g_assert_true(first == a);
		}
	}
	GHashTableIter it;
	gpointer key, value;
	g_autoptr(GHashTable) copies = g_hash_table_new(g_direct_hash, g_direct_equal);
	g_hash_table_iter_init(&it, kept);
	while (g_hash_table_iter_next(&it, &key, &value))
		g_assert_true(g_hash_table_add(copies, value));
	g_assert_cmpuint(g_hash_table_size(kept), >, 1024);
	g_assert_null(cf_record_strings_insert(strings, NULL));
	char *empty = cf_record_strings_insert(strings, "");
	g_assert_true(cf_record_strings_insert(strings, "") == empty);
	char *added = cf_record_strings_add(strings, "万元");
	g_assert_cmpstr(added, ==, "万元");
	g_assert_true(added != cf_record_strings_insert(strings, "万元"));
	g_rand_free(rand);
	g_string_chunk_free(reference);
}

/* cf_crossdoc_compact_record keeps what the checks read: the same findings, sources and all,
 * from compact records as from full ones, on reports where every rule fires. */
static void
test_compact_same_findings(void)
{
	g_autoptr(GPtrArray) full = varied_records();
	g_autoptr(GPtrArray) found_full = cf_crossdoc_check(full, NULL);
	g_autofree char *expected = render_json(found_full);

	g_autoptr(GPtrArray) compact = varied_records();
	CfRecordStrings *strings = cf_record_strings_new();
	g_autoptr(GError) error = NULL;
	g_autoptr(CfSpill) spill = cf_spill_new(&error);
	g_assert_no_error(error);
	guint kept = 0, all = 0, marked_keys = 0;
	for (guint i = 0; i < compact->len; i++) {
		CfRecord *r = g_ptr_array_index(compact, i);
		all += r->claims->len;
		g_assert_false(r->marked_keys_known);
		g_assert_true(cf_crossdoc_compact_record(r, strings, spill, &error));
		g_assert_no_error(error);
		kept += r->n_spilled_claims;
		/* the consolidated rows' units come from the marking, the full records' from
		 * their claims: the same findings below */
		g_assert_true(r->marked_keys_known);
		marked_keys += r->n_marked_keys;
		g_assert_true(r->compact);
		g_assert_null(r->claims);
		g_assert_null(r->lines);
		g_assert_null(r->sentences);
		g_assert_null(r->title);
	}
	g_assert_cmpuint(kept, <, all);
	g_assert_cmpuint(marked_keys, >, 0);
	g_autoptr(GPtrArray) found_compact = cf_crossdoc_check(compact, NULL);
	g_autofree char *actual = render_json(found_compact);
	/* every rule is exercised */
	const char *rules[] = {"crossdoc-mismatch", "crossdoc-previous-year", "crossdoc-counter",
			       "crossdoc-consolidated", "reused-text"};
	for (gsize k = 0; k < G_N_ELEMENTS(rules); k++)
		g_assert_cmpuint(count_rule(found_full, rules[k]), >, 0);
	g_assert_cmpuint(found_full->len, ==, found_compact->len);
	g_assert_cmpstr(actual, ==, expected);

	/* a compact record's claims and lines come back from the spill */
	const CfRecord *first = g_ptr_array_index(full, 0);
	const CfRecord *first_compact = g_ptr_array_index(compact, 0);
	g_autoptr(GPtrArray) claims = cf_record_ref_claims(first_compact);
	g_assert_cmpuint(claims->len, ==, first_compact->n_spilled_claims);
	const CfRecordClaim *c = g_ptr_array_index(claims, claims->len - 1);
	const CfRecordClaim *original = g_ptr_array_index(first->claims, c->index);
	g_assert_cmpstr(c->label, ==, original->label);
	g_assert_cmpstr(c->text, ==, original->text);
	g_assert_cmpuint(c->column, ==, original->column);
	g_autofree char *line = cf_record_dup_line(first_compact, c->line);
	g_assert_cmpstr(line, ==, cf_record_get_line(first, c->line));
	g_assert_cmpstr(cf_record_get_line(first_compact, c->line), ==, "");
	g_autofree char *missing = cf_record_dup_line(first_compact, G_MAXUINT);
	g_assert_cmpstr(missing, ==, "");
	g_assert_cmpstr(first_compact->unit, ==, first->unit);
	g_assert_cmpstr(first_compact->digest, ==, first->digest);
	/* and their sentence fingerprints, exactly */
	g_autoptr(GArray) sentences = cf_record_ref_sentences(first_compact);
	g_assert_cmpuint(sentences->len, >, 0);
	g_assert_cmpuint(sentences->len, ==, first->sentences->len);
	g_assert_cmpmem(sentences->data, sentences->len * sizeof(CfRecordSentence),
			first->sentences->data, first->sentences->len * sizeof(CfRecordSentence));
	g_clear_pointer(&compact, g_ptr_array_unref);
	cf_record_strings_free(strings);
}

/* A key log gives back every key in order whatever its budget: all in memory, or in many
 * sorted runs of a temporary file merged as they are read. */
static void
test_key_log(void)
{
	const gsize budgets[] = {2, 3, 7, 64, 1000, CF_CROSSDOC_KEY_BUDGET};
	const guint counts[] = {0, 1, 2, 7, 63, 64, 100, 999, 5000};
	for (gsize b = 0; b < G_N_ELEMENTS(budgets); b++)
		for (gsize c = 0; c < G_N_ELEMENTS(counts); c++) {
			g_autoptr(GRand) rand = g_rand_new_with_seed((guint32)(b * 31 + c));
			g_autoptr(GArray) expected = g_array_new(FALSE, FALSE, sizeof(guint64));
			g_autoptr(CfKeyLog) log = cf_key_log_new(budgets[b]);
			for (guint i = 0; i < counts[c]; i++) {
				/* few distinct high halves, as hashes of equal keys; extremes too */
				guint64 key = ((guint64)g_rand_int_range(rand, 0, 5) << 32) |
					      g_rand_int(rand);
				if (i % 10 == 3)
					key = i % 20 == 3 ? 0 : G_MAXUINT64;
				/* any high half too (the radix sort's every byte differs) */
				if (i % 5 == 4)
					key = ((guint64)g_rand_int(rand) << 32) | g_rand_int(rand);
				if (i % 7 == 1 && expected->len > 0)
					key = g_array_index(expected, guint64, i / 2);
				g_array_append_val(expected, key);
				cf_key_log_add(log, key);
			}
			g_assert_cmpuint(cf_key_log_get_size(log), ==, counts[c]);
			g_array_sort(expected, cf_key_compare);
			cf_key_log_sort(log);
			guint64 key;
			guint n = 0;
			while (cf_key_log_next(log, &key)) {
				g_assert_cmpuint(n, <, expected->len);
				g_assert_cmpuint(key, ==, g_array_index(expected, guint64, n));
				n++;
			}
			g_assert_cmpuint(n, ==, expected->len);
			g_assert_false(cf_key_log_next(log, &key));
		}
}

/* The checks across documents find the same with their keys sorted in many small runs as all
 * in memory. */
static void
test_key_budget_same_findings(void)
{
	g_autoptr(GPtrArray) records = varied_records();
	g_autoptr(GPtrArray) found = cf_crossdoc_check(records, NULL);
	g_autofree char *expected = render_json(found);
	g_assert_cmpuint(found->len, >, 0);
	const gsize budgets[] = {2, 5, 64};
	for (gsize b = 0; b < G_N_ELEMENTS(budgets); b++) {
		cf_crossdoc_set_key_budget(budgets[b]);
		g_autoptr(GPtrArray) small = cf_crossdoc_check(records, NULL);
		g_autofree char *actual = render_json(small);
		g_assert_cmpstr(actual, ==, expected);
	}
	cf_crossdoc_set_key_budget(0);
}

/* cf_record_dup_claims() gives the claims cf_record_ref_claims() does, field by field (the
 * strings but texts the very same pointers). */
static void
assert_dup_claims(const CfRecord *record)
{
	g_autoptr(GPtrArray) ref = cf_record_ref_claims(record);
	guint n = G_MAXUINT;
	g_autofree CfRecordClaim *dup = cf_record_dup_claims(record, &n);
	g_assert_cmpuint(n, ==, ref->len);
	for (guint k = 0; k < n; k++) {
		const CfRecordClaim *x = g_ptr_array_index(ref, k), *y = &dup[k];
		g_assert_cmpstr(x->text, ==, y->text);
		g_assert_true(x->label == y->label && x->unit == y->unit && x->cues == y->cues);
		g_assert_cmpint(x->kind, ==, y->kind);
		g_assert_true(cf_decimal_compare(x->stated, y->stated) == 0);
		g_assert_true(cf_decimal_compare(x->value, y->value) == 0);
		g_assert_true(cf_decimal_compare(x->interval.low, y->interval.low) == 0);
		g_assert_true(cf_decimal_compare(x->interval.high, y->interval.high) == 0);
		g_assert_cmpint(x->has_value, ==, y->has_value);
		cf_test_assert_same_claim_place(x, y);
		g_assert_cmpuint(x->index, ==, y->index);
	}
}

/* Two compact records hold the same: metadata, claims (their strings kept once in the same
 * chunk), and every byte of their spilled texts, sentences, line index and lines. */
static void
assert_same_compact(const CfRecord *a, const CfRecord *b)
{
	assert_dup_claims(a);
	assert_dup_claims(b);
	g_assert_true(a->compact && b->compact);
	g_assert_cmpstr(a->path, ==, b->path);
	g_assert_cmpstr(a->digest, ==, b->digest);
	g_assert_true(a->unit == b->unit);
	g_assert_cmpint(a->year, ==, b->year);
	g_assert_cmpuint(a->n_spilled_claims, ==, b->n_spilled_claims);
	g_assert_cmpuint(a->spilled_claims_bytes, ==, b->spilled_claims_bytes);
	g_assert_cmpuint(a->n_spilled_sentences, ==, b->n_spilled_sentences);
	g_assert_cmpuint(a->n_spilled_lines, ==, b->n_spilled_lines);
	/* the unit keys their table rows name, worked out while marking */
	g_assert_true(a->marked_keys_known && b->marked_keys_known);
	g_assert_cmpuint(a->n_marked_keys, ==, b->n_marked_keys);
	const char *ka = a->marked_keys, *kb = b->marked_keys;
	for (guint k = 0; k < a->n_marked_keys; k++, ka += strlen(ka) + 1, kb += strlen(kb) + 1)
		g_assert_cmpstr(ka, ==, kb);
	g_autoptr(GPtrArray) ca = cf_record_ref_claims(a);
	g_autoptr(GPtrArray) cb = cf_record_ref_claims(b);
	g_assert_cmpuint(ca->len, ==, cb->len);
	for (guint k = 0; k < ca->len; k++) {
		const CfRecordClaim *x = g_ptr_array_index(ca, k), *y = g_ptr_array_index(cb, k);
		g_assert_true(x->label == y->label && x->unit == y->unit && x->cues == y->cues);
		g_assert_cmpstr(x->text, ==, y->text);
		g_assert_cmpuint(x->index, ==, y->index);
		g_assert_cmpuint(x->line, ==, y->line);
		g_assert_cmpuint(x->column, ==, y->column);
		g_assert_cmpuint(x->length, ==, y->length);
		g_assert_cmpint(x->kind, ==, y->kind);
		g_assert_cmpint(x->table, ==, y->table);
		g_assert_cmpint(x->row, ==, y->row);
		g_assert_true(cf_decimal_compare(x->value, y->value) == 0);
	}
	/* what follows the claims has no padding: compared byte for byte (texts, sentences,
	 * line index, then lines up to the last line's end) */
	guint64 from_a = a->spill_offset + a->n_spilled_claims * CF_RECORD_SPILLED_CLAIM_BYTES;
	guint64 from_b = b->spill_offset + b->n_spilled_claims * CF_RECORD_SPILLED_CLAIM_BYTES;
	gsize index_at = a->spilled_claims_bytes -
			 a->n_spilled_claims * CF_RECORD_SPILLED_CLAIM_BYTES +
			 a->n_spilled_sentences * sizeof(CfRecordSentence);
	gsize size = index_at + a->n_spilled_lines * sizeof(CfRecordSpilledLine);
	if (a->n_spilled_lines > 0) {
		g_autofree char *index = cf_spill_read(
			a->spill, from_a + size - sizeof(CfRecordSpilledLine),
			sizeof(CfRecordSpilledLine), NULL);
		size += ((const CfRecordSpilledLine *)index)->end;
	}
	g_autoptr(GError) error = NULL;
	g_autofree char *rest_a = cf_spill_read(a->spill, from_a, size, &error);
	g_assert_no_error(error);
	g_autofree char *rest_b = cf_spill_read(b->spill, from_b, size, &error);
	g_assert_no_error(error);
	g_assert_cmpmem(rest_a, size, rest_b, size);
}

/* A batch's record made packed directly is the compact record of the full one: every report
 * of the corpus and the synthetic folder. */
/* Every line 0 … @n_lines + 1 of @record read through CfRecordLines (at once) is the line
 * cf_record_dup_line() reads by itself; returns how many are not "". */
static guint
assert_lines_read_at_once(const CfRecord *record, guint n_lines)
{
	g_autoptr(CfRecordLines) lines = cf_record_lines_new(record);
	guint kept = 0;
	for (guint line = 0; line <= n_lines + 1; line++) {
		g_autofree char *at_once = cf_record_lines_dup(lines, line);
		g_autofree char *alone = cf_record_dup_line(record, line);
		g_assert_cmpstr(at_once, ==, alone);
		kept += at_once[0] != '\0';
	}
	return kept;
}

/* A compact record keeps exactly the lines a check across documents can read, as the full
 * record held them (@full_lines, by line number): those of the claims kept, of the metadata
 * and of the sentences stating a number; every other line reads "". */
static void
assert_needed_lines_kept(const CfRecord *record, GPtrArray *full_lines)
{
	g_autoptr(GHashTable) needed = g_hash_table_new(g_direct_hash, g_direct_equal);
	guint n;
	g_autofree CfRecordClaim *claims = cf_record_dup_claims(record, &n);
	for (guint i = 0; i < n; i++)
		g_hash_table_add(needed, GUINT_TO_POINTER(claims[i].line));
	g_autoptr(GArray) sentences = cf_record_ref_sentences(record);
	for (guint i = 0; i < sentences->len; i++) {
		const CfRecordSentence *s = &g_array_index(sentences, CfRecordSentence, i);
		if (s->numbers)
			g_hash_table_add(needed, GUINT_TO_POINTER(s->line));
	}
	guint meta[] = {record->title_line, record->year_line, record->unit_line,
			record->kind_line};
	for (gsize i = 0; i < G_N_ELEMENTS(meta); i++)
		g_hash_table_add(needed, GUINT_TO_POINTER(meta[i]));
	for (guint line = 0; line < full_lines->len; line++) {
		g_autofree char *text = cf_record_dup_line(record, line);
		if (line > 0 && g_hash_table_contains(needed, GUINT_TO_POINTER(line)))
			g_assert_cmpstr(text, ==, g_ptr_array_index(full_lines, line));
		else
			g_assert_cmpstr(text, ==, "");
	}
}

/* Every claim @compact keeps reads back as the full record @full held it, field by field
 * (its cue words dropped, its strings equal). */
static void
assert_claims_as_full(const CfRecord *compact, const CfRecord *full)
{
	guint n;
	g_autofree CfRecordClaim *claims = cf_record_dup_claims(compact, &n);
	for (guint i = 0; i < n; i++) {
		const CfRecordClaim *y = &claims[i];
		g_assert_cmpuint(y->index, <, full->claims->len);
		const CfRecordClaim *x = g_ptr_array_index(full->claims, y->index);
		g_assert_cmpstr(x->text, ==, y->text);
		g_assert_cmpstr(x->label, ==, y->label);
		g_assert_cmpstr(x->unit, ==, y->unit);
		g_assert_cmpstr(y->cues, ==, "");
		g_assert_cmpint(x->kind, ==, y->kind);
		g_assert_cmpint(x->has_value != FALSE, ==, y->has_value != FALSE);
		const CfDecimal xs[] = {x->stated, x->value, x->interval.low, x->interval.high};
		const CfDecimal ys[] = {y->stated, y->value, y->interval.low, y->interval.high};
		for (guint k = 0; k < G_N_ELEMENTS(xs); k++) {
			g_assert_cmpint(xs[k].mantissa, ==, ys[k].mantissa);
			g_assert_cmpint(xs[k].scale, ==, ys[k].scale);
		}
		g_assert_cmpint(x->interval.low_unbounded, ==, y->interval.low_unbounded);
		g_assert_cmpint(x->interval.high_unbounded, ==, y->interval.high_unbounded);
		cf_test_assert_same_claim_place(x, y);
		g_assert_cmpuint(x->index, ==, y->index);
	}
}

static void
test_packed_directly(void)
{
	g_autoptr(GPtrArray) paths = report_paths(TRUE);
	g_assert_cmpuint(paths->len, >, 5);
	CfRecordStrings *strings = cf_record_strings_new();
	for (guint i = 0; i < paths->len; i++) {
		g_autoptr(GError) error = NULL;
		CfIngestOptions options = {0};
		g_autoptr(CfDocument) doc =
			cf_ingest_file(g_ptr_array_index(paths, i), &options, &error);
		g_assert_no_error(error);
		cf_segment_document(doc);
		g_autoptr(GPtrArray) claims = cf_extract_document(lexicon, doc);
		g_autoptr(CfSpill) spill_a = cf_spill_new(&error);
		g_autoptr(CfSpill) spill_b = cf_spill_new(&error);
		g_assert_no_error(error);
		g_autoptr(CfRecord) a = cf_record_new_from_document(doc, claims, NULL);
		assert_dup_claims(a);
		assert_lines_read_at_once(a, doc->lines->len);
		g_autoptr(GPtrArray) full_lines = g_ptr_array_new_with_free_func(g_free);
		for (guint line = 0; line <= doc->lines->len + 1; line++)
			g_ptr_array_add(full_lines, cf_record_dup_line(a, line));
		g_assert_true(cf_crossdoc_compact_record(a, strings, spill_a, &error));
		guint kept = assert_lines_read_at_once(a, doc->lines->len);
		assert_needed_lines_kept(a, full_lines);
		g_autoptr(CfRecord) b = cf_crossdoc_new_packed_record(doc, claims);
		g_assert_nonnull(b->packed);
		g_assert_true(cf_crossdoc_compact_record(b, strings, spill_b, &error));
		g_assert_no_error(error);
		g_assert_cmpuint(b->n_spilled_lines, >, 0);
		assert_same_compact(a, b);
		g_autoptr(CfRecord) full = cf_record_new_from_document(doc, claims, NULL);
		assert_claims_as_full(b, full);
		g_assert_cmpuint(assert_lines_read_at_once(b, doc->lines->len), ==, kept);
	}
	cf_record_strings_free(strings);
}

/* The first year of a text, read without taking the years out, is the one taking them out
 * returns: every line of every corpus report, and random strings of digits, 年, 度 and
 * others. */
static void
test_first_year(void)
{
	g_autoptr(GPtrArray) texts = report_lines();
	const char *const pieces[] = {"1", "2", "0", "9", "年", "度", "以", "第", "a", "2021年",
				      "1899年", "2200年", "12021年", "2022年度", "2023年2024年"};
	g_autoptr(GRand) rand = g_rand_new_with_seed(4);
	for (guint k = 0; k < 20000; k++) {
		GString *text = g_string_new(NULL);
		guint n = (guint)g_rand_int_range(rand, 0, 14);
		cf_test_append_rand_pieces(text, pieces, G_N_ELEMENTS(pieces), n, rand);
		g_ptr_array_add(texts, g_string_free(text, FALSE));
	}
	guint with_year = 0;
	for (guint i = 0; i < texts->len; i++) {
		const char *text = g_ptr_array_index(texts, i);
		g_autoptr(GString) s = g_string_new(text);
		int expected = cf_crossdoc_remove_years(s);
		g_assert_cmpint(cf_crossdoc_first_year(text), ==, expected);
		with_year += expected != 0;
	}
	g_assert_cmpuint(with_year, >, 1000);
}

/* The byte set never rules out a word that is there: every substring (at character bounds) of
 * every corpus line may be contained in it, and it rules out strings that are not there
 * (and words strstr does not find, when it says they may be, are only looked for). */
static void
test_byte_set(void)
{
	guint ruled_out = 0, checked = 0;
	const char *words[] = {"比上年", "增加", "结余率", "上年结转", "预算", "执行率", "其中",
			       "年末结余", "组织部", "雨花区"};
	g_autoptr(GRand) rand = g_rand_new_with_seed(7);
	g_autoptr(GPtrArray) lines = report_lines();
	for (guint i = 0; i < lines->len; i++) {
		const char *line = lines->pdata[i];
		if (!g_utf8_validate(line, -1, NULL))
			continue;
		guint64 set = cf_utf8_byte_set(line);
		glong chars = g_utf8_strlen(line, -1);
		for (guint k = 0; k < 8 && chars > 0; k++) {
			glong from = g_rand_int_range(rand, 0, (gint32)chars);
			glong n = g_rand_int_range(rand, 1, 6);
			const char *a = g_utf8_offset_to_pointer(line, from);
			const char *b = g_utf8_offset_to_pointer(a, MIN(n, chars - from));
			g_autofree char *part = g_strndup(a, b - a);
			g_assert_true(cf_utf8_may_contain(set, part));
			checked++;
		}
		for (gsize w = 0; w < G_N_ELEMENTS(words); w++) {
			gboolean may = cf_utf8_may_contain(set, words[w]);
			if (strstr(line, words[w]))
				g_assert_true(may);
			ruled_out += !may;
		}
	}
	g_assert_cmpuint(checked, >, 5000);
	g_assert_cmpuint(ruled_out, >, 1000);
	g_assert_true(cf_utf8_may_contain(cf_utf8_byte_set(""), "abc"));
	g_assert_false(cf_utf8_may_contain(cf_utf8_byte_set("abc"), "预算"));
}

static void
collect_cb(CfFinding *finding, gpointer user_data)
{
	g_ptr_array_add(user_data, finding);
}

/* The findings in the order they are handed over, with @jobs threads. */
static char *
emitted_with_jobs(GPtrArray *records, guint jobs)
{
	g_autoptr(GPtrArray) emitted =
		g_ptr_array_new_with_free_func((GDestroyNotify)cf_finding_free);
	g_assert_null(cf_crossdoc_check_jobs(records, NULL, TRUE, collect_cb, emitted, jobs));
	g_assert_cmpuint(emitted->len, >, 0);
	return render_json(emitted);
}

/* The work on each document spread over threads gives the same findings, handed over in the
 * same order, as one thread: on full records and on compact ones (read back from a spill
 * some of which is still unwritten), with keys sorted in memory and in runs. */
static void
test_jobs_same_findings(void)
{
	g_autoptr(GPtrArray) records = varied_records();
	g_autoptr(GPtrArray) compact = varied_records();
	CfRecordStrings *strings = cf_record_strings_new();
	g_autoptr(GError) error = NULL;
	g_autoptr(CfSpill) spill = cf_spill_new(&error);
	g_assert_no_error(error);
	for (guint i = 0; i < compact->len; i++)
		g_assert_true(cf_crossdoc_compact_record(g_ptr_array_index(compact, i), strings,
							 spill, &error));
	g_assert_cmpuint(cf_spill_get_size(spill), <, 2 * CF_SPILL_BUFFER_BYTES);
	/* packed first (as a batch's worker does), compacted after: the same compact records */
	g_autoptr(GPtrArray) packed = varied_records();
	g_autoptr(CfSpill) packed_spill = cf_spill_new(&error);
	g_assert_no_error(error);
	for (guint i = 0; i < packed->len; i++) {
		CfRecord *r = g_ptr_array_index(packed, i);
		cf_crossdoc_pack_record(r);
		g_assert_nonnull(r->packed);
		g_assert_null(r->claims);
		g_assert_false(r->compact);
		g_assert_true(cf_crossdoc_compact_record(r, strings, packed_spill, &error));
		g_assert_null(r->packed);
		g_assert_true(r->compact);
	}
	g_assert_cmpuint(cf_spill_get_size(packed_spill), ==, cf_spill_get_size(spill));
	for (guint i = 0; i < packed->len; i++)
		assert_same_compact(g_ptr_array_index(compact, i), g_ptr_array_index(packed, i));
	const gsize budgets[] = {0, 5};
	for (gsize b = 0; b < G_N_ELEMENTS(budgets); b++) {
		cf_crossdoc_set_key_budget(budgets[b]);
		g_autofree char *expected = emitted_with_jobs(records, 1);
		const guint jobs[] = {2, 3, 8, 0};
		for (gsize j = 0; j < G_N_ELEMENTS(jobs); j++) {
			g_autofree char *actual = emitted_with_jobs(records, jobs[j]);
			g_assert_cmpstr(actual, ==, expected);
			g_autofree char *from_compact = emitted_with_jobs(compact, jobs[j]);
			g_assert_cmpstr(from_compact, ==, expected);
			g_autofree char *from_packed = emitted_with_jobs(packed, jobs[j]);
			g_assert_cmpstr(from_packed, ==, expected);
		}
	}
	cf_crossdoc_set_key_budget(0);
	g_clear_pointer(&compact, g_ptr_array_unref);
	g_clear_pointer(&packed, g_ptr_array_unref);
	cf_record_strings_free(strings);
}

/* A report of 中共示例市星湖区委组织部 (@xinghu) or 中共示例市月湖区委组织部 of @year stating
 * @sentence. */
static CfRecord *
record_of_unit(const char *path, gboolean xinghu, int year, const char *sentence)
{
	g_autofree char *text = g_strdup_printf(
		"%d年度中共示例市%s\n项目支出绩效自评报告\n一、项目支出情况\n%s\n", year,
		xinghu ? "星湖区委组织部" : "月湖区委组织部", sentence);
	return record_of_bytes(path, text, strlen(text));
}

/* An item is normalised for its own report's unit, whatever reports were read before it (items
 * are remembered from one report to the next): 中共示例市星湖区委组织部党员教育培训经费 is
 * the item 党员教育培训经费 in a report of that unit, and stays whole in another unit's. */
static void
test_item_of_its_unit(void)
{
	const char *order[][4] = {{"a1", "a2", "b1", "b2"}, {"b1", "b2", "a1", "a2"},
				  {"b1", "a1", "b2", "a2"}};
	for (gsize o = 0; o < G_N_ELEMENTS(order); o++) {
		g_autoptr(GPtrArray) records = new_records();
		for (guint k = 0; k < 4; k++) {
			const char *name = order[o][k];
			gboolean xinghu = name[0] == 'a';
			gboolean first = name[1] == '1';
			const char *sentence =
				first ? (xinghu ? "中共示例市星湖区委组织部党员教育培训经费支出130万元。"
						: "中共示例市星湖区委组织部党员教育培训经费支出170万元。")
				      : (xinghu ? "上年党员教育培训经费支出150万元。"
						: "上年党员教育培训经费支出190万元。");
			g_ptr_array_add(records,
					record_of_unit(name, xinghu, first ? 2023 : 2024, sentence));
		}
		for (guint jobs = 1; jobs <= 2; jobs++) {
			g_autoptr(GPtrArray) findings =
				cf_crossdoc_check_jobs(records, NULL, TRUE, NULL, NULL, jobs);
			g_assert_cmpuint(findings->len, ==, 1);
			g_assert_cmpuint(count_at(findings, "crossdoc-previous-year", "a2", 4), ==,
					 1);
		}
	}
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_autoptr(GError) error = NULL;
	lexicon = cf_lexicon_load(g_getenv("CROSSFOOT_PATTERNS"), &error);
	g_assert_no_error(error);
	g_test_add_func("/crossdoc/unit-key/table", test_unit_key);
	g_test_add_func("/crossdoc/fingerprint/numbers-masked", test_fingerprint);
	g_test_add_func("/crossdoc/fingerprint/as-by-byte", test_fingerprint_values);
	g_test_add_func("/crossdoc/keys/tail-hash", test_key_tail_hashes);
	g_test_add_func("/crossdoc/fingerprint/skip-to", test_skip_to);
	g_test_add_func("/crossdoc/seeds/nothing-between-them", test_seeds_clean);
	g_test_add_func("/crossdoc/seeds/counter", test_seeds_counter);
	g_test_add_func("/crossdoc/history/reported-once", test_history);
	g_test_add_func("/crossdoc/unit-key/place-resolved", test_place_resolved);
	g_test_add_func("/crossdoc/synthetic/expected", test_synthetic_expected);
	g_test_add_func("/crossdoc/synthetic/command", test_synthetic_command);
	for (gsize i = 0; i < G_N_ELEMENTS(synthetic_cases); i++) {
		const RuleCase *c = &synthetic_cases[i];
		g_autofree char *path =
			g_strdup_printf("/crossdoc/synthetic/%s/%s-%u-%s", c->rule, c->file,
					c->line, c->count ? "fires" : "holds");
		g_test_add_data_func(path, c, test_synthetic_case);
	}
	g_test_add_func("/crossdoc/previous-year/changes", test_changes);
	g_test_add_func("/crossdoc/previous-year/dated", test_dated);
	g_test_add_func("/crossdoc/options/rules", test_options);
	g_test_add_func("/crossdoc/records/copies", test_copies);
	g_test_add_func("/crossdoc/mismatch/ambiguous", test_ambiguous);
	g_test_add_func("/crossdoc/rules/registered", test_rules_registered);
	g_test_add_func("/crossdoc/records/strings", test_record_strings);
	g_test_add_func("/crossdoc/records/compact-same-findings", test_compact_same_findings);
	g_test_add_func("/crossdoc/key-log/order", test_key_log);
	g_test_add_func("/crossdoc/key-log/same-findings", test_key_budget_same_findings);
	g_test_add_func("/crossdoc/jobs/same-findings", test_jobs_same_findings);
	g_test_add_func("/crossdoc/records/packed-directly", test_packed_directly);
	g_test_add_func("/crossdoc/item/first-year", test_first_year);
	g_test_add_func("/crossdoc/item/byte-set", test_byte_set);
	g_test_add_func("/crossdoc/item/of-its-unit", test_item_of_its_unit);
	int status = g_test_run();
	cf_lexicon_free(lexicon);
	return status;
}
