/* test-history.c — the history database (store, load, replace, forget, interrupted stores,
 * bad files) and the claims JSON lines loader (extract → load gives the same records). */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "cf-test-files.h"
#include "cf-test-pipeline.h"
#include "cf-test-record.h"
#include "history/cf-history.h"
#include "model/cf-error.h"
#include "model/cf-record.h"

static const char *const CORPUS[] = {
	"corpus/000_6a5162211be4bb34.txt", "corpus/001_076bbd6f4c7b8808.txt",
	"corpus/002_6b5b2d02b175c98d.txt", "corpus/003_df0ca8b0b5b2e082.txt",
	"corpus/004_430475d196af1e11.txt",
};

/* A record of a corpus report, built by the real pipeline. */
static CfRecord *
record_of(const char *path)
{
	g_autoptr(CfDocument) doc = cf_test_document_from_file(path);
	g_autoptr(GPtrArray) claims = cf_extract_document(cf_test_lexicon(), doc);
	return cf_record_new_from_document(doc, claims, NULL);
}

/* The tests' temporary folder, removed when they have run. */
static TempDir scratch;

/* The path of a fresh file named after @name in the temporary folder. */
static char *
temp_path(const char *name)
{
	if (scratch.path == NULL)
		temp_dir_init(&scratch);
	static guint serial;
	g_autofree char *unique = g_strdup_printf("%u-%s", ++serial, name);
	return g_build_filename(scratch.path, unique, NULL);
}

static CfHistory *
open_ok(const char *path)
{
	g_autoptr(GError) error = NULL;
	CfHistory *h = cf_history_open(path, &error);
	g_assert_no_error(error);
	g_assert_nonnull(h);
	return h;
}

static void
store_ok(CfHistory *h, const CfRecord *r)
{
	g_autoptr(GError) error = NULL;
	g_assert_true(cf_history_store(h, r, &error));
	g_assert_no_error(error);
}

static GPtrArray *
load_ok(CfHistory *h)
{
	g_autoptr(GError) error = NULL;
	GPtrArray *records = cf_history_load(h, &error);
	g_assert_no_error(error);
	g_assert_nonnull(records);
	return records;
}

static void
assert_decimal_identical(CfDecimal a, CfDecimal b)
{
	/* identical, not just equal: the stated scale ("25.20") is part of the value */
	g_assert_cmpint(a.mantissa, ==, b.mantissa);
	g_assert_cmpint(a.scale, ==, b.scale);
}

/* @a and @b hold the same record.  @exact: every field, including the values of claims
 * without a value (the database keeps them; JSON lines print null for them). */
static void
assert_records_equal(const CfRecord *a, const CfRecord *b, gboolean exact)
{
	g_assert_cmpstr(a->path, ==, b->path);
	g_assert_cmpstr(a->digest, ==, b->digest);
	g_assert_cmpstr(a->title, ==, b->title);
	g_assert_cmpuint(a->title_line, ==, b->title_line);
	g_assert_cmpint(a->year, ==, b->year);
	g_assert_cmpuint(a->year_line, ==, b->year_line);
	g_assert_cmpstr(a->unit, ==, b->unit);
	g_assert_cmpuint(a->unit_line, ==, b->unit_line);
	g_assert_cmpstr(a->kind, ==, b->kind);
	g_assert_cmpuint(a->kind_line, ==, b->kind_line);
	g_assert_cmpuint(a->claims->len, ==, b->claims->len);
	for (guint i = 0; i < a->claims->len; i++) {
		const CfRecordClaim *x = g_ptr_array_index(a->claims, i);
		const CfRecordClaim *y = g_ptr_array_index(b->claims, i);
		g_assert_cmpint(x->kind, ==, y->kind);
		g_assert_cmpint(x->has_value, ==, y->has_value);
		if (exact || x->has_value) {
			assert_decimal_identical(x->stated, y->stated);
			assert_decimal_identical(x->value, y->value);
			g_assert_cmpint(x->interval.low_unbounded, ==, y->interval.low_unbounded);
			g_assert_cmpint(x->interval.high_unbounded, ==, y->interval.high_unbounded);
			if (exact || !x->interval.low_unbounded)
				assert_decimal_identical(x->interval.low, y->interval.low);
			if (exact || !x->interval.high_unbounded)
				assert_decimal_identical(x->interval.high, y->interval.high);
		}
		g_assert_cmpstr(x->unit, ==, y->unit);
		g_assert_cmpstr(x->label, ==, y->label);
		g_assert_cmpstr(x->text, ==, y->text);
		g_assert_cmpstr(x->cues, ==, y->cues);
		cf_test_assert_same_claim_place(x, y);
	}
	if (exact) { /* JSON lines carry no sentence fingerprints */
		g_assert_cmpuint(a->sentences->len, ==, b->sentences->len);
		for (guint i = 0; i < a->sentences->len; i++) {
			const CfRecordSentence *x = &g_array_index(a->sentences, CfRecordSentence, i);
			const CfRecordSentence *y = &g_array_index(b->sentences, CfRecordSentence, i);
			g_assert_cmpuint(x->text_hash, ==, y->text_hash);
			g_assert_cmpuint(x->numbers_hash, ==, y->numbers_hash);
			g_assert_cmpuint(x->line, ==, y->line);
			g_assert_cmpuint(x->chars, ==, y->chars);
			g_assert_cmpuint(x->numbers, ==, y->numbers);
		}
	}
	g_assert_cmpuint(g_hash_table_size(a->lines), ==, g_hash_table_size(b->lines));
	GHashTableIter iter;
	gpointer key, value;
	g_hash_table_iter_init(&iter, a->lines);
	while (g_hash_table_iter_next(&iter, &key, &value))
		g_assert_cmpstr(value, ==, g_hash_table_lookup(b->lines, key));
}

/* Every field of every corpus record comes back as stored, marked as from history. */
static void
test_round_trip(void)
{
	g_autofree char *db = temp_path("round-trip.db");
	g_autoptr(CfHistory) h = open_ok(db);
	g_autoptr(GPtrArray) stored = g_ptr_array_new_with_free_func((GDestroyNotify)cf_record_free);
	/* stored in reverse: load returns them sorted by path */
	for (gsize i = G_N_ELEMENTS(CORPUS); i-- > 0;) {
		CfRecord *r = record_of(CORPUS[i]);
		store_ok(h, r);
		g_ptr_array_insert(stored, 0, r);
	}
	/* a hand-made claim exercises the fields the corpus may not: unbounded sides, a value
	 * kept on a claim without one, a negative exponent, NULL strings */
	CfRecord *odd = cf_record_new("zz/odd.txt");
	odd->digest = g_strdup("00ff");
	CfRecordClaim c = {
		.kind = CF_CLAIM_MALFORMED,
		.stated = {.mantissa = -2520, .scale = 3},
		.value = {.mantissa = 7, .scale = 0},
		.interval = {.low = {.mantissa = 15, .scale = 1}, .high = {.mantissa = 0, .scale = 0},
			     .low_unbounded = 0, .high_unbounded = 1},
		.has_value = FALSE,
		.unit_exponent = -2,
		.qualifier = CF_QUALIFIER_AT_LEAST,
		.text = (char *)"4,95",
		.cues = (char *)"其中,合计",
		.line = 3, .column = 9, .length = 4,
		.table = 2, .row = 5, .cell_column = 1,
	};
	cf_record_add_claim(odd, &c, "行 4,95 元", -1);
	CfRecordSentence sentence = {.text_hash = G_MAXUINT64 - 1, .numbers_hash = 1,
				     .line = 3, .chars = G_MAXUINT16, .numbers = 2};
	g_array_append_val(odd->sentences, sentence);
	store_ok(h, odd);
	g_ptr_array_add(stored, odd);

	g_autoptr(GPtrArray) loaded = load_ok(h);
	g_assert_cmpuint(loaded->len, ==, stored->len);
	for (guint i = 0; i < loaded->len; i++) {
		const CfRecord *r = g_ptr_array_index(loaded, i);
		g_assert_true(r->from_history);
		assert_records_equal(g_ptr_array_index(stored, i), r, TRUE);
	}
	const CfRecord *first = g_ptr_array_index(loaded, 0);
	g_assert_cmpuint(first->claims->len, >, 10);
	g_assert_cmpuint(g_hash_table_size(first->lines), >, 5);
	g_assert_cmpuint(first->sentences->len, >, 0);
}

/* Storing a path again replaces all its rows: no duplicate document, claim or line. */
static void
test_replace(void)
{
	g_autofree char *db = temp_path("replace.db");
	g_autoptr(CfHistory) h = open_ok(db);
	g_autoptr(CfRecord) v1 = record_of(CORPUS[1]);
	g_autoptr(CfRecord) v2 = record_of(CORPUS[2]);
	g_free(v2->path);
	v2->path = g_strdup(v1->path); /* the same file, changed: another text, other claims */
	store_ok(h, v1);
	store_ok(h, v1);
	store_ok(h, v2);

	g_autoptr(GError) error = NULL;
	g_autoptr(GPtrArray) list = cf_history_list(h, NULL, &error);
	g_assert_no_error(error);
	g_assert_cmpuint(list->len, ==, 1);
	const CfHistoryEntry *e = g_ptr_array_index(list, 0);
	g_assert_cmpstr(e->path, ==, CORPUS[1]);
	g_assert_cmpstr(e->digest, ==, v2->digest);
	g_assert_cmpstr(e->unit, ==, v2->unit);
	g_assert_cmpint(e->year, ==, v2->year);
	g_assert_cmpstr(e->kind, ==, v2->kind);
	g_assert_cmpuint(e->n_claims, ==, v2->claims->len);
	gint64 now = g_get_real_time() / G_USEC_PER_SEC;
	g_assert_cmpint(e->stored_at, <=, now);
	g_assert_cmpint(e->stored_at, >=, now - 600);

	g_autoptr(GPtrArray) loaded = load_ok(h);
	g_assert_cmpuint(loaded->len, ==, 1);
	assert_records_equal(v2, g_ptr_array_index(loaded, 0), TRUE);
}

static void
test_forget(void)
{
	g_autofree char *db = temp_path("forget.db");
	g_autoptr(CfHistory) h = open_ok(db);
	const char *paths[] = {"a/x.txt", "a/y.txt", "a/sub/z.txt", "b/x.txt", "b/[1].txt"};
	for (gsize i = 0; i < G_N_ELEMENTS(paths); i++) {
		g_autoptr(CfRecord) r = record_of(CORPUS[i]);
		g_free(r->path);
		r->path = g_strdup(paths[i]);
		store_ok(h, r);
	}
	static const struct {
		const char *what;
		guint n_forgotten;
		guint n_left;
	} cases[] = {
		{"nothing.txt", 0, 5},
		{"a/x", 0, 5},        /* exact path: no prefix match */
		{"b/x.txt", 1, 4},
		{"a/*", 3, 1},        /* * crosses '/' (a/sub/z.txt) */
		{"b/[[]1].txt", 1, 0}, /* a glob's brackets match a literal '[' */
		{"*", 0, 0},
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autoptr(GError) error = NULL;
		guint n = 99;
		/* list matches as forget does */
		g_autoptr(GPtrArray) matching = cf_history_list(h, cases[i].what, &error);
		g_assert_no_error(error);
		g_assert_cmpuint(matching->len, ==, cases[i].n_forgotten);
		g_assert_true(cf_history_forget(h, cases[i].what, &n, &error));
		g_assert_no_error(error);
		g_assert_cmpuint(n, ==, cases[i].n_forgotten);
		g_autoptr(GPtrArray) list = cf_history_list(h, NULL, &error);
		g_assert_no_error(error);
		g_assert_cmpuint(list->len, ==, cases[i].n_left);
	}
	/* the claims and lines went with their documents (foreign keys cascade) */
	g_autoptr(CfRecord) again = record_of(CORPUS[0]);
	store_ok(h, again);
	g_autoptr(GPtrArray) loaded = load_ok(h);
	g_assert_cmpuint(loaded->len, ==, 1);
	assert_records_equal(again, g_ptr_array_index(loaded, 0), TRUE);
}

static gboolean
fail_at_cb(guint n_rows, gpointer user_data)
{
	return n_rows < GPOINTER_TO_UINT(user_data);
}

static gboolean
exit_at_cb(guint n_rows, gpointer user_data)
{
	if (n_rows >= GPOINTER_TO_UINT(user_data))
		_exit(3); /* the process dies mid-transaction: no rollback, no close */
	return TRUE;
}

/* A store that fails, or a process that dies, in the middle of a document leaves the
 * database as it was before that document. */
static void
test_interrupted(void)
{
	g_autofree char *db = temp_path("interrupted.db");
	g_autoptr(CfRecord) v1 = record_of(CORPUS[1]);
	g_autoptr(CfRecord) v2 = record_of(CORPUS[2]);
	g_autoptr(CfRecord) other = record_of(CORPUS[3]);
	g_free(v2->path);
	v2->path = g_strdup(v1->path);
	g_assert_cmpuint(v2->claims->len, >, 20);
	{
		g_autoptr(CfHistory) h = open_ok(db);
		store_ok(h, v1);

		/* a failure after 20 rows of v2 (the old rows already deleted in the transaction) */
		cf_history_set_row_hook(h, fail_at_cb, GUINT_TO_POINTER(20));
		g_autoptr(GError) error = NULL;
		g_assert_false(cf_history_store(h, v2, &error));
		g_autofree char *expected = g_strdup_printf(
			"%s: cannot write history '%s': simulated failure after 20 rows", v1->path, db);
		g_assert_error(error, CF_ERROR, CF_ERROR_IO);
		g_assert_cmpstr(error->message, ==, expected);
		cf_history_set_row_hook(h, NULL, NULL);

		g_autoptr(GPtrArray) loaded = load_ok(h);
		g_assert_cmpuint(loaded->len, ==, 1);
		assert_records_equal(v1, g_ptr_array_index(loaded, 0), TRUE);
		/* and the database still works */
		store_ok(h, other);
	}

	/* a process killed mid-store */
	fflush(NULL);
	pid_t pid = fork();
	g_assert_cmpint(pid, >=, 0);
	if (pid == 0) {
		CfHistory *h = cf_history_open(db, NULL);
		if (h == NULL)
			_exit(2);
		cf_history_set_row_hook(h, exit_at_cb, GUINT_TO_POINTER(30));
		cf_history_store(h, v2, NULL);
		_exit(4); /* not reached */
	}
	int status = 0;
	g_assert_cmpint(waitpid(pid, &status, 0), ==, pid);
	g_assert_true(WIFEXITED(status));
	g_assert_cmpint(WEXITSTATUS(status), ==, 3);

	g_autoptr(CfHistory) h = open_ok(db);
	g_autoptr(GPtrArray) loaded = load_ok(h);
	g_assert_cmpuint(loaded->len, ==, 2);
	assert_records_equal(v1, g_ptr_array_index(loaded, 0), TRUE);
	assert_records_equal(other, g_ptr_array_index(loaded, 1), TRUE);
}

static void
write_at(const char *path, const char *contents, gssize length)
{
	g_autoptr(GError) error = NULL;
	g_assert_true(g_file_set_contents(path, contents, length, &error));
	g_assert_no_error(error);
}

/* Runs @sql on the SQLite database @path directly, as another program would. */
static void
sql_exec(const char *path, const char *sql)
{
	sqlite3 *db = NULL;
	g_assert_cmpint(sqlite3_open(path, &db), ==, SQLITE_OK);
	g_assert_cmpint(sqlite3_exec(db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
	sqlite3_close(db);
}

static void
assert_open_fails(const char *path, const char *expected)
{
	g_autoptr(GError) error = NULL;
	g_autoptr(CfHistory) h = cf_history_open(path, &error);
	g_assert_null(h);
	g_assert_nonnull(error);
	g_assert_cmpstr(error->message, ==, expected);
}

/* Files that are not our database give one clear line naming the file. */
static void
test_bad_files(void)
{
	g_autofree char *garbage = temp_path("garbage.db");
	g_autoptr(GString) text = g_string_new(NULL);
	for (int i = 0; i < 200; i++)
		g_string_append(text, "this is not a database\n");
	write_at(garbage, text->str, (gssize)text->len);
	g_autofree char *m1 =
		g_strdup_printf("cannot open history '%s': file is not a database", garbage);
	assert_open_fails(garbage, m1);

	/* a real history whose pages were overwritten in the middle */
	g_autofree char *damaged = temp_path("damaged.db");
	{
		g_autoptr(CfHistory) h = open_ok(damaged);
		for (gsize i = 0; i < G_N_ELEMENTS(CORPUS); i++) {
			g_autoptr(CfRecord) r = record_of(CORPUS[i]);
			store_ok(h, r);
		}
	}
	g_autofree char *bytes = NULL;
	gsize length;
	g_assert_true(g_file_get_contents(damaged, &bytes, &length, NULL));
	g_assert_cmpuint(length, >, 16384);
	memset(bytes + 100, 0xA5, length - 100);
	write_at(damaged, bytes, (gssize)length);
	g_autoptr(GError) error = NULL;
	g_autoptr(CfHistory) h = cf_history_open(damaged, &error);
	g_autoptr(GPtrArray) loaded = h != NULL ? cf_history_load(h, &error) : NULL;
	g_assert_null(loaded);
	g_assert_nonnull(error);
	g_autofree char *prefix = g_strdup_printf("history '%s': ", damaged);
	g_assert_nonnull(strstr(error->message, prefix));
	g_assert_true(g_str_has_prefix(error->message, "cannot "));

	/* another program's SQLite database, and a newer crossfoot's */
	g_autofree char *foreign = temp_path("foreign.db");
	g_autofree char *future = temp_path("future.db");
	{
		g_autoptr(CfHistory) made = open_ok(future);
	}
	sql_exec(foreign, "CREATE TABLE t (x)");
	sql_exec(future, "PRAGMA user_version = 7");
	g_autofree char *m2 = g_strdup_printf(
		"not a crossfoot history: '%s' is another program's database", foreign);
	assert_open_fails(foreign, m2);
	g_autofree char *m3 = g_strdup_printf(
		"unknown history schema version 7 in '%s' (this crossfoot reads version 1)", future);
	assert_open_fails(future, m3);

	g_autofree char *dir = g_path_get_dirname(garbage);
	g_autofree char *m4 = g_strdup_printf("cannot open history '%s': is a directory", dir);
	assert_open_fails(dir, m4);
}

/* `crossfoot extract --format jsonl` read back gives the records built in-process. */
typedef struct {
	GPtrArray *expected; /* what cf_claims_load_jsonl read */
	guint n;             /* records handed over so far */
	guint fail_at;       /* the callback fails on this record */
} StreamedClaims;

static gboolean
streamed_claim_cb(CfRecord *record, gpointer data, GError **error)
{
	StreamedClaims *s = data;
	g_autoptr(CfRecord) r = record;
	g_assert_cmpuint(s->n, <, s->expected->len);
	assert_records_equal(g_ptr_array_index(s->expected, s->n), r, FALSE);
	if (s->n++ == s->fail_at) {
		g_set_error(error, CF_ERROR, CF_ERROR_FAILED, "stopped at record %u", s->fail_at);
		return FALSE;
	}
	return TRUE;
}

static void
test_claims_round_trip(void)
{
	const char *bin = g_getenv("CROSSFOOT_BIN");
	g_assert_nonnull(bin);
	g_autofree char *jsonl = temp_path("claims.jsonl");
	g_autoptr(GString) cmd = g_string_new(NULL);
	g_string_append_printf(cmd, "'%s' extract --format jsonl", bin);
	for (gsize i = 0; i < G_N_ELEMENTS(CORPUS); i++)
		g_string_append_printf(cmd, " '%s'", CORPUS[i]);
	g_string_append_printf(cmd, " > '%s'", jsonl);
	g_assert_cmpint(system(cmd->str), ==, 0);

	g_autoptr(GError) error = NULL;
	g_autoptr(GPtrArray) loaded = cf_claims_load_jsonl(jsonl, &error);
	g_assert_no_error(error);
	g_assert_cmpuint(loaded->len, ==, G_N_ELEMENTS(CORPUS));
	for (gsize i = 0; i < G_N_ELEMENTS(CORPUS); i++) {
		g_autoptr(CfRecord) expected = record_of(CORPUS[i]);
		const CfRecord *r = g_ptr_array_index(loaded, i);
		g_assert_false(r->from_history);
		assert_records_equal(expected, r, FALSE);
	}

	/* one record at a time, the same records in the same order; a callback that fails stops
	 * the reading with its error */
	StreamedClaims streamed = {loaded, 0, G_MAXUINT};
	g_assert_true(cf_claims_load_jsonl_each(jsonl, streamed_claim_cb, &streamed, &error));
	g_assert_no_error(error);
	g_assert_cmpuint(streamed.n, ==, loaded->len);
	streamed = (StreamedClaims){loaded, 0, 1};
	g_assert_false(cf_claims_load_jsonl_each(jsonl, streamed_claim_cb, &streamed, &error));
	g_assert_error(error, CF_ERROR, CF_ERROR_FAILED);
	g_assert_cmpstr(error->message, ==, "stopped at record 1");
	g_assert_cmpuint(streamed.n, ==, 2);
}

/* Claim lines of another engine (no document line) still load; bad lines name file and
 * line. */
static void
test_claims_errors(void)
{
	static const struct {
		const char *contents;
		const char *expected; /* after "<path>:" ; NULL: loads */
	} cases[] = {
		{"{\"file\":\"a.txt\",\"line\":3,\"column\":2,\"length\":5,\"kind\":\"amount\","
		 "\"text\":\"25.2万元\",\"value\":\"252000\",\"low\":\"251500\",\"high\":null,"
		 "\"stated\":\"25.2\",\"unit\":\"万元\",\"unit_exponent\":4,\"qualifier\":\"at-least\","
		 "\"label\":\"经费\",\"cues\":[\"其中\",\"合计\"],\"table\":null,\"has_value\":true}\n"
		 "\n",
		 NULL},
		{"{\"file\":\"a.txt\"}\n", "1: missing field 'kind'"},
		{"\n{\"document\":{\"file\":\"a.txt\"}}\n{\"file\":\"a.txt\",\"kind\":\"money\"}\n",
		 "3: unknown claim kind 'money'"},
		{"{\"document\":{\"file\":\"a.txt\",\"year\":\"2022\"}}\n", "1: not an integer: 'year'"},
		{"{\"document\":{\"file\":\"a.txt\",\"lines\":{\"x\":\"t\"}}}\n",
		 "1: not a line number: 'x'"},
		{"[1,2]\n", "1: not a claim or document object"},
		{"{\"file\":\"a.txt\",\"line\":1,\"column\":1,\"kind\":\"amount\",\"text\":\"1\","
		 "\"value\":1.5,\"has_value\":true}\n",
		 "1: not a string: 'value'"},
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *path = temp_path("case.jsonl");
		write_at(path, cases[i].contents, -1);
		g_autoptr(GError) error = NULL;
		g_autoptr(GPtrArray) records = cf_claims_load_jsonl(path, &error);
		if (cases[i].expected == NULL) {
			g_assert_no_error(error);
			g_assert_cmpuint(records->len, ==, 1);
			const CfRecord *r = g_ptr_array_index(records, 0);
			g_assert_cmpstr(r->path, ==, "a.txt");
			g_assert_null(r->title);
			g_assert_cmpint(r->year, ==, 0);
			g_assert_cmpuint(r->claims->len, ==, 1);
			const CfRecordClaim *c = g_ptr_array_index(r->claims, 0);
			g_assert_cmpint(c->kind, ==, CF_CLAIM_AMOUNT);
			assert_decimal_identical(c->value, (CfDecimal){252000, 0});
			assert_decimal_identical(c->stated, (CfDecimal){252, 1});
			assert_decimal_identical(c->interval.low, (CfDecimal){251500, 0});
			g_assert_false(c->interval.low_unbounded);
			g_assert_true(c->interval.high_unbounded);
			g_assert_cmpint(c->qualifier, ==, CF_QUALIFIER_AT_LEAST);
			g_assert_cmpstr(c->cues, ==, "其中,合计");
			g_assert_cmpint(c->table, ==, -1);
			g_assert_cmpuint(c->line, ==, 3);
			g_assert_cmpstr(cf_record_get_line(r, 3), ==, "");
			continue;
		}
		g_assert_null(records);
		g_autofree char *expected = g_strdup_printf("%s:%s", path, cases[i].expected);
		g_assert_cmpstr(error->message, ==, expected);
	}
	g_autoptr(GError) error = NULL;
	g_assert_null(cf_claims_load_jsonl("no/such.jsonl", &error));
	g_assert_cmpstr(error->message, ==,
			"cannot read claims 'no/such.jsonl': No such file or directory");
	g_clear_error(&error);
	g_assert_null(cf_claims_load_jsonl("corpus", &error));
	g_assert_cmpstr(error->message, ==, "cannot read claims 'corpus': Is a directory");
	g_clear_error(&error);
	g_autofree char *bad = temp_path("bad.jsonl");
	write_at(bad, "{\"file\":\"a.txt\",\n", -1);
	g_assert_null(cf_claims_load_jsonl(bad, &error));
	g_autofree char *prefix = g_strdup_printf("%s:1: not JSON: ", bad);
	g_assert_true(g_str_has_prefix(error->message, prefix));
}

/* --claims and --history around a batch: this run's reading wins, claims fill in, history
 * adds what is missing, and everything read this run is stored. */
static void
test_merge_batch(void)
{
	const char *bin = g_getenv("CROSSFOOT_BIN");
	g_assert_nonnull(bin);
	g_autofree char *jsonl = temp_path("merge.jsonl");
	g_autofree char *cmd = g_strdup_printf("'%s' extract --format jsonl '%s' '%s' > '%s'", bin,
					       CORPUS[1], CORPUS[2], jsonl);
	g_assert_cmpint(system(cmd), ==, 0);

	g_autofree char *db = temp_path("merge.db");
	g_autoptr(CfHistory) h = open_ok(db);
	g_autoptr(CfRecord) stale = record_of(CORPUS[4]); /* an old version of CORPUS[0] */
	g_free(stale->path);
	stale->path = g_strdup(CORPUS[0]);
	store_ok(h, stale);
	g_autoptr(CfRecord) last_year = record_of(CORPUS[3]);
	store_ok(h, last_year);

	g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func((GDestroyNotify)cf_record_free);
	g_ptr_array_add(records, record_of(CORPUS[0]));
	g_ptr_array_add(records, record_of(CORPUS[1]));
	const char *claims[] = {jsonl, NULL};
	g_autoptr(GError) error = NULL;
	g_assert_true(cf_history_merge_batch(h, claims, records, &error));
	g_assert_no_error(error);

	g_assert_cmpuint(records->len, ==, 4);
	static const gboolean from_history[] = {FALSE, FALSE, FALSE, TRUE};
	for (guint i = 0; i < records->len; i++) {
		const CfRecord *r = g_ptr_array_index(records, i);
		g_autoptr(CfRecord) expected = record_of(CORPUS[i]);
		g_assert_cmpint(r->from_history, ==, from_history[i]);
		assert_records_equal(expected, r, FALSE);
	}
	/* the history now holds this run's reading of CORPUS[0], not the stale one */
	g_autoptr(GPtrArray) stored = load_ok(h);
	g_assert_cmpuint(stored->len, ==, 4);
	for (guint i = 0; i < stored->len; i++) {
		g_autoptr(CfRecord) expected = record_of(CORPUS[i]);
		assert_records_equal(expected, g_ptr_array_index(stored, i), FALSE);
	}

	/* an unreadable claims file stops it, named */
	const char *missing[] = {"no/such.jsonl", NULL};
	g_assert_false(cf_history_merge_batch(h, missing, records, &error));
	g_assert_cmpstr(error->message, ==,
			"cannot read claims 'no/such.jsonl': No such file or directory");
}

/* Runs the built binary with @argv (NULL-terminated, after "crossfoot"); returns its exit
 * status and fills @out/@err. */
static int
run_crossfoot(char **out, char **err, ...)
{
	g_autoptr(GPtrArray) argv = g_ptr_array_new();
	g_ptr_array_add(argv, (gpointer)g_getenv("CROSSFOOT_BIN"));
	va_list args;
	va_start(args, err);
	for (const char *a; (a = va_arg(args, const char *)) != NULL;)
		g_ptr_array_add(argv, (gpointer)a);
	va_end(args);
	g_ptr_array_add(argv, NULL);
	int status = -1;
	g_autoptr(GError) error = NULL;
	g_assert_true(g_spawn_sync(NULL, (char **)argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
				   out, err, &status, &error));
	g_assert_no_error(error);
	g_assert_true(WIFEXITED(status));
	return WEXITSTATUS(status);
}

/* `crossfoot history list|forget` as a user runs it. */
static void
test_cli(void)
{
	g_autofree char *db = temp_path("cli.db");
	{
		g_autoptr(CfHistory) h = open_ok(db);
		for (gsize i = 0; i < 3; i++) {
			g_autoptr(CfRecord) r = record_of(CORPUS[i]);
			store_ok(h, r);
		}
	}
	g_autoptr(CfRecord) r0 = record_of(CORPUS[0]);
	g_autofree char *out = NULL, *err = NULL;
	g_assert_cmpint(run_crossfoot(&out, &err, "history", "list", "--history", db,
				      "corpus/000_*", NULL), ==, 0);
	g_assert_cmpstr(err, ==, "");
	g_auto(GStrv) fields = g_strsplit(out, "\t", -1);
	g_assert_cmpuint(g_strv_length(fields), ==, 7);
	g_assert_cmpstr(fields[0], ==, CORPUS[0]);
	g_autofree char *year = g_strdup_printf("%d", r0->year);
	g_assert_cmpstr(fields[1], ==, r0->year > 0 ? year : "-");
	g_assert_cmpstr(fields[2], ==, r0->unit ? r0->unit : "-");
	g_assert_cmpstr(fields[3], ==, r0->kind ? r0->kind : "-");
	g_autofree char *n_claims = g_strdup_printf("%u claims", r0->claims->len);
	g_assert_cmpstr(fields[4], ==, n_claims);
	g_assert_true(g_regex_match_simple("^20[0-9][0-9]-[01][0-9]-[0-3][0-9]T[0-9:]{8}Z$",
					   fields[5], 0, 0));
	g_autofree char *digest = g_strconcat(r0->digest, "\n", NULL);
	g_assert_cmpstr(fields[6], ==, digest);
	g_clear_pointer(&out, g_free);
	g_clear_pointer(&err, g_free);

	g_assert_cmpint(run_crossfoot(&out, &err, "history", "forget", "--history", db,
				      "corpus/00[01]_*", NULL), ==, 0);
	g_assert_cmpstr(out, ==, "forgot 2 documents\n");
	g_clear_pointer(&out, g_free);
	g_clear_pointer(&err, g_free);
	g_assert_cmpint(run_crossfoot(&out, &err, "history", "list", "--history", db, NULL), ==, 0);
	g_assert_true(g_str_has_prefix(out, CORPUS[2]));
	g_assert_cmpuint(strlen(out), ==, (gsize)(strchr(out, '\n') - out) + 1); /* one line */

	static const struct {
		const char *args[4];
		const char *err;
	} errors[] = {
		{{"history", NULL}, "crossfoot: no action given, expected list or forget"},
		{{"history", "drop", NULL}, "crossfoot: unknown history action 'drop', expected list "
					    "or forget"},
		{{"history", "forget", NULL}, "crossfoot: no PATH or GLOB given: what should be "
					      "forgotten"},
		{{"history", "list", "a", "b"}, "crossfoot: more than one PATH or GLOB given"},
	};
	for (gsize i = 0; i < G_N_ELEMENTS(errors); i++) {
		g_clear_pointer(&out, g_free);
		g_clear_pointer(&err, g_free);
		const char *const *a = errors[i].args;
		int status = a[1] == NULL   ? run_crossfoot(&out, &err, a[0], "--history", db, NULL)
			     : a[2] == NULL ? run_crossfoot(&out, &err, a[0], a[1], "--history", db,
							    NULL)
					    : run_crossfoot(&out, &err, a[0], a[1], a[2], a[3],
							    "--history", db, NULL);
		g_assert_cmpint(status, ==, 2);
		g_autofree char *expected =
			g_strconcat(errors[i].err, " (try 'crossfoot --help')\n", NULL);
		g_assert_cmpstr(err, ==, expected);
	}
	g_clear_pointer(&out, g_free);
	g_clear_pointer(&err, g_free);
	g_autofree char *missing = temp_path("missing.db");
	g_assert_cmpint(run_crossfoot(&out, &err, "history", "list", "--history", missing, NULL),
			==, 2);
	g_autofree char *expected = g_strdup_printf(
		"crossfoot: cannot open history '%s': No such file or directory\n", missing);
	g_assert_cmpstr(err, ==, expected);
	g_assert_false(g_file_test(missing, G_FILE_TEST_EXISTS)); /* list never creates one */
}

static gint
compare_strings(gconstpointer a, gconstpointer b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

#define SYNTHETIC "corpus/synthetic/"
#define CROSS_RULES                                                                           \
	"-r", "crossdoc-mismatch", "-r", "crossdoc-previous-year", "-r", "crossdoc-counter", "-r", \
		"crossdoc-consolidated"

/* The checks across documents find the same with a year's documents read from extract's
 * JSON lines (--claims) as with all of them read, and with them stored in a history
 * (--history), each finding then shown from the document read in this run. */
static void
test_cli_check(void)
{
	if (!g_file_test(SYNTHETIC "2021-xinghu-project.txt", G_FILE_TEST_EXISTS)) {
		g_test_skip("no corpus/synthetic/");
		return;
	}
	g_autofree char *direct = NULL, *err = NULL;
	g_assert_cmpint(run_crossfoot(&direct, &err, "check", CROSS_RULES,
				      SYNTHETIC "2021-xinghu-project.txt",
				      SYNTHETIC "2022-city-summary.txt",
				      SYNTHETIC "2022-qingshi-project.txt",
				      SYNTHETIC "2022-xinghu-department.txt",
				      SYNTHETIC "2022-xinghu-project.txt", NULL),
			==, 1);
	g_assert_nonnull(strstr(direct, "[crossdoc-previous-year]"));
	g_assert_nonnull(strstr(direct, "[crossdoc-consolidated]"));

	/* --claims: the earlier year and the summary extracted elsewhere */
	g_autofree char *jsonl = temp_path("elsewhere.jsonl");
	g_autofree char *out = NULL;
	g_clear_pointer(&err, g_free);
	g_assert_cmpint(run_crossfoot(&out, &err, "extract", "--format", "jsonl",
				      SYNTHETIC "2021-xinghu-project.txt",
				      SYNTHETIC "2022-city-summary.txt", NULL),
			==, 0);
	write_at(jsonl, out, -1);
	g_clear_pointer(&out, g_free);
	g_clear_pointer(&err, g_free);
	g_assert_cmpint(run_crossfoot(&out, &err, "check", CROSS_RULES, "--claims", jsonl,
				      SYNTHETIC "2022-qingshi-project.txt",
				      SYNTHETIC "2022-xinghu-department.txt",
				      SYNTHETIC "2022-xinghu-project.txt", NULL),
			==, 1);
	g_assert_cmpstr(err, ==, "");
	g_assert_cmpstr(out, ==, direct);

	/* --history: last run stored them; each finding is the same rule at the same places */
	g_autofree char *db = temp_path("check.db");
	for (int run = 0; run < 2; run++) { /* twice: stored again, not duplicated */
		g_clear_pointer(&out, g_free);
		g_clear_pointer(&err, g_free);
		g_assert_cmpint(run_crossfoot(&out, &err, "check", "--history", db,
					      SYNTHETIC "2021-xinghu-project.txt",
					      SYNTHETIC "2022-city-summary.txt", NULL),
				==, 0);
	}
	g_clear_pointer(&out, g_free);
	g_clear_pointer(&err, g_free);
	g_assert_cmpint(run_crossfoot(&out, &err, "check", CROSS_RULES, "--history", db,
				      SYNTHETIC "2022-qingshi-project.txt",
				      SYNTHETIC "2022-xinghu-department.txt",
				      SYNTHETIC "2022-xinghu-project.txt", NULL),
			==, 1);
	g_assert_cmpstr(err, ==, "");
	/* the same rules fire between the same places (file:line:column), whichever is primary */
	g_auto(GStrv) a = g_strsplit(direct, "\n", -1), b = g_strsplit(out, "\n", -1);
	g_autoptr(GPtrArray) want = g_ptr_array_new_with_free_func(g_free);
	g_autoptr(GPtrArray) got = g_ptr_array_new_with_free_func(g_free);
	GStrv sides[] = {a, b};
	GPtrArray *places[] = {want, got};
	for (int side = 0; side < 2; side++)
		for (guint i = 0; sides[side][i] != NULL; i++)
			if (g_str_has_prefix(sides[side][i], SYNTHETIC)) /* a place, not a caret */
				g_ptr_array_add(places[side],
						g_strndup(sides[side][i],
							  strcspn(sides[side][i], " ")));
	g_ptr_array_sort(want, compare_strings);
	g_ptr_array_sort(got, compare_strings);
	g_assert_cmpuint(want->len, ==, got->len);
	g_assert_cmpuint(want->len, >=, 6);
	for (guint i = 0; i < want->len; i++)
		g_assert_cmpstr(g_ptr_array_index(want, i), ==, g_ptr_array_index(got, i));

	/* the history holds all five, once */
	g_clear_pointer(&out, g_free);
	g_clear_pointer(&err, g_free);
	g_assert_cmpint(run_crossfoot(&out, &err, "history", "list", "--history", db, NULL), ==, 0);
	g_auto(GStrv) listed = g_strsplit(out, "\n", -1);
	g_assert_cmpuint(g_strv_length(listed), ==, 6); /* 5 lines and the empty rest */

	/* unusable --history or --claims: one line naming the file, exit 2, no findings */
	g_autofree char *garbage = temp_path("garbage.db");
	write_at(garbage, "not a database, not at all, no: just text long enough\n", -1);
	g_clear_pointer(&out, g_free);
	g_clear_pointer(&err, g_free);
	g_assert_cmpint(run_crossfoot(&out, &err, "check", "--history", garbage,
				      SYNTHETIC "2022-qingshi-project.txt", NULL),
			==, 2);
	g_autofree char *expected = g_strdup_printf(
		"crossfoot: cannot open history '%s': file is not a database\n", garbage);
	g_assert_cmpstr(err, ==, expected);
	g_assert_cmpstr(out, ==, "");
	g_clear_pointer(&out, g_free);
	g_clear_pointer(&err, g_free);
	g_assert_cmpint(run_crossfoot(&out, &err, "check", "--claims", "no/such.jsonl",
				      SYNTHETIC "2022-qingshi-project.txt", NULL),
			==, 2);
	g_assert_cmpstr(err, ==,
			"crossfoot: cannot read claims 'no/such.jsonl': No such file or directory\n");
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/history/store/round-trip", test_round_trip);
	g_test_add_func("/history/store/replace", test_replace);
	g_test_add_func("/history/forget/path-and-glob", test_forget);
	g_test_add_func("/history/store/interrupted", test_interrupted);
	g_test_add_func("/history/open/bad-files", test_bad_files);
	g_test_add_func("/history/claims/round-trip", test_claims_round_trip);
	g_test_add_func("/history/claims/errors", test_claims_errors);
	g_test_add_func("/history/merge/batch", test_merge_batch);
	g_test_add_func("/history/cli/list-and-forget", test_cli);
	g_test_add_func("/history/cli/check-claims-and-history", test_cli_check);
	int status = g_test_run();
	temp_dir_clear(&scratch);
	return status;
}
