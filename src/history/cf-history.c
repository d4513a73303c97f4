/* cf-history.c — the history database on SQLite.
 *
 * Schema, version 1 (PRAGMA user_version = 1):
 *
 *   CREATE TABLE document (
 *     id INTEGER PRIMARY KEY,
 *     path TEXT NOT NULL UNIQUE,          -- as given on the command line
 *     digest TEXT NOT NULL,               -- hex SHA-256 identifying the file's version
 *     title TEXT, title_line INTEGER NOT NULL,
 *     year INTEGER NOT NULL, year_line INTEGER NOT NULL,   -- 0 when unknown
 *     unit TEXT, unit_line INTEGER NOT NULL,
 *     kind TEXT, kind_line INTEGER NOT NULL,
 *     stored_at INTEGER NOT NULL          -- seconds since the epoch, UTC
 *   );
 *   CREATE INDEX document_unit_year ON document (unit, year);
 *   CREATE TABLE line (                   -- source text of the lines claims sit on
 *     document INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
 *     number INTEGER NOT NULL, text TEXT NOT NULL,
 *     PRIMARY KEY (document, number)
 *   ) WITHOUT ROWID;
 *   CREATE TABLE claim (
 *     document INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
 *     seq INTEGER NOT NULL,               -- order within the document
 *     kind TEXT NOT NULL,                 -- "amount", "percent" … (cf_claim_kind_to_string)
 *     stated TEXT NOT NULL, value TEXT NOT NULL,   -- exact decimals, scale kept ("25.20")
 *     low TEXT NOT NULL, high TEXT NOT NULL,
 *     low_unbounded INTEGER NOT NULL, high_unbounded INTEGER NOT NULL,
 *     has_value INTEGER NOT NULL, unit_exponent INTEGER NOT NULL,
 *     qualifier TEXT NOT NULL, unit TEXT, label TEXT, text TEXT NOT NULL, cues TEXT NOT NULL,
 *     line INTEGER NOT NULL, col INTEGER NOT NULL, length INTEGER NOT NULL,
 *     tbl INTEGER NOT NULL, row INTEGER NOT NULL, cell_column INTEGER NOT NULL,
 *     PRIMARY KEY (document, seq)
 *   ) WITHOUT ROWID;
 *   CREATE TABLE sentence (               -- number-masked fingerprints (CfRecordSentence)
 *     document INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
 *     seq INTEGER NOT NULL, text_hash INTEGER NOT NULL, numbers_hash INTEGER NOT NULL,
 *     line INTEGER NOT NULL, chars INTEGER NOT NULL, numbers INTEGER NOT NULL,
 *     PRIMARY KEY (document, seq)
 *   ) WITHOUT ROWID;
 *
 * The 64-bit hashes are stored as SQLite's signed integers, bit for bit.
 * Decimals are stored as text, never as REAL: money is exact.  The journal is a write-ahead
 * log (synchronous=NORMAL: a crash may lose the last committed documents, never half of
 * one), foreign keys are on so deleting a document deletes its rows. */
#include "history/cf-history.h"

#include <string.h>

#include <sqlite3.h>

#include "history/cf-history-private.h"
#include "model/cf-error.h"

/* How long a store waits for another process holding the database. */
#define HISTORY_BUSY_TIMEOUT_MSEC 10000

static const char SCHEMA[] =
	"CREATE TABLE document ("
	" id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, digest TEXT NOT NULL,"
	" title TEXT, title_line INTEGER NOT NULL, year INTEGER NOT NULL,"
	" year_line INTEGER NOT NULL, unit TEXT, unit_line INTEGER NOT NULL, kind TEXT,"
	" kind_line INTEGER NOT NULL, stored_at INTEGER NOT NULL);"
	"CREATE INDEX document_unit_year ON document (unit, year);"
	"CREATE TABLE line ("
	" document INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,"
	" number INTEGER NOT NULL, text TEXT NOT NULL, PRIMARY KEY (document, number))"
	" WITHOUT ROWID;"
	"CREATE TABLE claim ("
	" document INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,"
	" seq INTEGER NOT NULL, kind TEXT NOT NULL, stated TEXT NOT NULL, value TEXT NOT NULL,"
	" low TEXT NOT NULL, high TEXT NOT NULL, low_unbounded INTEGER NOT NULL,"
	" high_unbounded INTEGER NOT NULL, has_value INTEGER NOT NULL,"
	" unit_exponent INTEGER NOT NULL, qualifier TEXT NOT NULL, unit TEXT, label TEXT,"
	" text TEXT NOT NULL, cues TEXT NOT NULL, line INTEGER NOT NULL, col INTEGER NOT NULL,"
	" length INTEGER NOT NULL, tbl INTEGER NOT NULL, row INTEGER NOT NULL,"
	" cell_column INTEGER NOT NULL, PRIMARY KEY (document, seq)) WITHOUT ROWID;"
	"CREATE TABLE sentence ("
	" document INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,"
	" seq INTEGER NOT NULL, text_hash INTEGER NOT NULL, numbers_hash INTEGER NOT NULL,"
	" line INTEGER NOT NULL, chars INTEGER NOT NULL, numbers INTEGER NOT NULL,"
	" PRIMARY KEY (document, seq)) WITHOUT ROWID;"
	"PRAGMA user_version = 1;";

/* The prepared statements, compiled once per CfHistory and reused. */
typedef enum {
	STMT_BEGIN,
	STMT_COMMIT,
	STMT_ROLLBACK,
	STMT_DELETE_PATH,
	STMT_INSERT_DOCUMENT,
	STMT_INSERT_LINE,
	STMT_INSERT_CLAIM,
	STMT_INSERT_SENTENCE,
	STMT_SELECT_DOCUMENTS,
	STMT_SELECT_LINES,
	STMT_SELECT_CLAIMS,
	STMT_SELECT_SENTENCES,
	STMT_LIST,
	STMT_FORGET_PATH,
	STMT_FORGET_GLOB,
	N_STMTS
} Stmt;

static const char *const STMT_SQL[N_STMTS] = {
	[STMT_BEGIN] = "BEGIN IMMEDIATE",
	[STMT_COMMIT] = "COMMIT",
	[STMT_ROLLBACK] = "ROLLBACK",
	[STMT_DELETE_PATH] = "DELETE FROM document WHERE path = ?1",
	[STMT_INSERT_DOCUMENT] =
		"INSERT INTO document (path, digest, title, title_line, year, year_line, unit,"
		" unit_line, kind, kind_line, stored_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8,"
		" ?9, ?10, ?11)",
	[STMT_INSERT_LINE] = "INSERT INTO line (document, number, text) VALUES (?1, ?2, ?3)",
	[STMT_INSERT_CLAIM] =
		"INSERT INTO claim (document, seq, kind, stated, value, low, high, low_unbounded,"
		" high_unbounded, has_value, unit_exponent, qualifier, unit, label, text, cues,"
		" line, col, length, tbl, row, cell_column) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7,"
		" ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22)",
	[STMT_INSERT_SENTENCE] =
		"INSERT INTO sentence (document, seq, text_hash, numbers_hash, line, chars, numbers)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
	[STMT_SELECT_SENTENCES] = "SELECT text_hash, numbers_hash, line, chars, numbers"
				  " FROM sentence WHERE document = ?1 ORDER BY seq",
	[STMT_SELECT_DOCUMENTS] =
		"SELECT id, path, digest, title, title_line, year, year_line, unit, unit_line,"
		" kind, kind_line FROM document ORDER BY path",
	[STMT_SELECT_LINES] = "SELECT number, text FROM line WHERE document = ?1",
	[STMT_SELECT_CLAIMS] =
		"SELECT kind, stated, value, low, high, low_unbounded, high_unbounded, has_value,"
		" unit_exponent, qualifier, unit, label, text, cues, line, col, length, tbl, row,"
		" cell_column FROM claim WHERE document = ?1 ORDER BY seq",
	[STMT_LIST] = "SELECT path, digest, unit, year, kind, stored_at,"
		      " (SELECT count(*) FROM claim WHERE claim.document = document.id)"
		      " FROM document WHERE ?1 IS NULL OR (?2 AND path GLOB ?1) OR path = ?1"
		      " ORDER BY path",
	[STMT_FORGET_PATH] = "DELETE FROM document WHERE path = ?1",
	[STMT_FORGET_GLOB] = "DELETE FROM document WHERE path GLOB ?1",
};

struct _CfHistory {
	char *path;
	sqlite3 *db;
	sqlite3_stmt *stmts[N_STMTS];
	CfHistoryRowHook row_hook;
	gpointer row_hook_data;
};

gboolean
cf_history_kind_from_string(const char *name, CfClaimKind *out)
{
	for (int k = 0; name != NULL && k < CF_CLAIM_N_KINDS; k++) {
		if (strcmp(name, cf_claim_kind_to_string((CfClaimKind)k)) == 0) {
			*out = (CfClaimKind)k;
			return TRUE;
		}
	}
	return FALSE;
}

gboolean
cf_history_qualifier_from_string(const char *name, CfQualifier *out)
{
	for (int q = 0; name != NULL && q < CF_QUALIFIER_N; q++) {
		if (strcmp(name, cf_qualifier_to_string((CfQualifier)q)) == 0) {
			*out = (CfQualifier)q;
			return TRUE;
		}
	}
	return FALSE;
}

/* Sets @error from the database's last error: "<what> history '<path>': <sqlite message>". */
static void
set_db_error(CfHistory *h, GError **error, const char *what)
{
	g_set_error(error, CF_ERROR, CF_ERROR_IO, "%s history '%s': %s", what, h->path,
		    h->db != NULL ? sqlite3_errmsg(h->db) : "out of memory");
}

static gboolean
exec(CfHistory *h, const char *sql, const char *what, GError **error)
{
	if (sqlite3_exec(h->db, sql, NULL, NULL, NULL) != SQLITE_OK) {
		set_db_error(h, error, what);
		return FALSE;
	}
	return TRUE;
}

/* A single-integer query (PRAGMA user_version, count(*)) while opening. */
static gboolean
query_int(CfHistory *h, const char *sql, gint64 *out, GError **error)
{
	sqlite3_stmt *stmt = NULL;
	if (sqlite3_prepare_v2(h->db, sql, -1, &stmt, NULL) != SQLITE_OK) {
		set_db_error(h, error, "cannot open");
		return FALSE;
	}
	int rc = sqlite3_step(stmt);
	if (rc != SQLITE_ROW) {
		set_db_error(h, error, "cannot open");
		sqlite3_finalize(stmt);
		return FALSE;
	}
	*out = sqlite3_column_int64(stmt, 0);
	sqlite3_finalize(stmt);
	return TRUE;
}

static gboolean
check_schema(CfHistory *h, GError **error)
{
	gint64 version, n_objects;
	/* the first read: a file that is not a database fails here */
	if (!query_int(h, "SELECT count(*) FROM sqlite_master", &n_objects, error) ||
	    !query_int(h, "PRAGMA user_version", &version, error))
		return FALSE;
	if (version == 0 && n_objects == 0) {
		if (!exec(h, "BEGIN IMMEDIATE", "cannot create", error))
			return FALSE;
		if (!exec(h, SCHEMA, "cannot create", error)) {
			sqlite3_exec(h->db, "ROLLBACK", NULL, NULL, NULL);
			return FALSE;
		}
		return exec(h, "COMMIT", "cannot create", error);
	}
	if (version == 0) {
		g_set_error(error, CF_ERROR, CF_ERROR_FAILED,
			    "not a crossfoot history: '%s' is another program's database", h->path);
		return FALSE;
	}
	if (version != CF_HISTORY_SCHEMA_VERSION) {
		g_set_error(error, CF_ERROR, CF_ERROR_FAILED,
			    "unknown history schema version %" G_GINT64_FORMAT
			    " in '%s' (this crossfoot reads version %d)",
			    version, h->path, CF_HISTORY_SCHEMA_VERSION);
		return FALSE;
	}
	return TRUE;
}

CfHistory *
cf_history_open(const char *path, GError **error)
{
	g_return_val_if_fail(path != NULL, NULL);
	g_autoptr(CfHistory) h = g_new0(CfHistory, 1);
	h->path = g_strdup(path);

	if (g_file_test(path, G_FILE_TEST_IS_DIR)) {
		g_set_error(error, CF_ERROR, CF_ERROR_IO,
			    "cannot open history '%s': is a directory", path);
		return NULL;
	}
	/* one thread at a time (cf-history.h): no connection mutex, taken and released on every
	 * call (3.7 % of a --history run) */
	if (sqlite3_open_v2(path, &h->db,
			    SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
			    NULL) != SQLITE_OK) {
		set_db_error(h, error, "cannot open");
		return NULL;
	}
	sqlite3_extended_result_codes(h->db, 1);
	sqlite3_busy_timeout(h->db, HISTORY_BUSY_TIMEOUT_MSEC);
	if (!check_schema(h, error))
		return NULL;
	if (!exec(h, "PRAGMA journal_mode = WAL", "cannot open", error) ||
	    !exec(h, "PRAGMA synchronous = NORMAL", "cannot open", error) ||
	    !exec(h, "PRAGMA foreign_keys = ON", "cannot open", error))
		return NULL;
	for (int i = 0; i < N_STMTS; i++) {
		if (sqlite3_prepare_v3(h->db, STMT_SQL[i], -1, SQLITE_PREPARE_PERSISTENT,
				       &h->stmts[i], NULL) != SQLITE_OK) {
			set_db_error(h, error, "cannot open");
			return NULL;
		}
	}
	return g_steal_pointer(&h);
}

const char *
cf_history_get_path(const CfHistory *history)
{
	return history->path;
}

void
cf_history_close(CfHistory *history)
{
	if (history == NULL)
		return;
	for (int i = 0; i < N_STMTS; i++)
		sqlite3_finalize(history->stmts[i]);
	if (history->db != NULL)
		sqlite3_close(history->db);
	g_free(history->path);
	g_free(history);
}

void
cf_history_set_row_hook(CfHistory *history, CfHistoryRowHook hook, gpointer user_data)
{
	history->row_hook = hook;
	history->row_hook_data = user_data;
}

void
cf_history_entry_free(CfHistoryEntry *entry)
{
	if (entry == NULL)
		return;
	g_free(entry->path);
	g_free(entry->digest);
	g_free(entry->unit);
	g_free(entry->kind);
	g_free(entry);
}

/* The statement @which, reset and unbound for a new use. */
static sqlite3_stmt *
stmt_get(CfHistory *h, Stmt which)
{
	sqlite3_stmt *stmt = h->stmts[which];
	sqlite3_reset(stmt);
	sqlite3_clear_bindings(stmt);
	return stmt;
}

/* Runs a statement that returns no rows. */
static gboolean
stmt_run(CfHistory *h, sqlite3_stmt *stmt, const char *what, GError **error)
{
	int rc = sqlite3_step(stmt);
	if (rc != SQLITE_DONE) {
		set_db_error(h, error, what);
		sqlite3_reset(stmt);
		return FALSE;
	}
	sqlite3_reset(stmt);
	return TRUE;
}

static void
bind_text(sqlite3_stmt *stmt, int index, const char *text)
{
	if (text == NULL)
		sqlite3_bind_null(stmt, index);
	else
		sqlite3_bind_text(stmt, index, text, -1, SQLITE_STATIC);
}

/* Binds a decimal as its exact text, in @buffer (which must outlive the step). */
static void
bind_decimal(sqlite3_stmt *stmt, int index, CfDecimal value, GString *buffer)
{
	g_string_truncate(buffer, 0);
	cf_decimal_append(value, buffer);
	sqlite3_bind_text(stmt, index, buffer->str, (int)buffer->len, SQLITE_STATIC);
}

static gboolean
row_written(CfHistory *h, guint *n_rows, GError **error)
{
	(*n_rows)++;
	if (h->row_hook != NULL && !h->row_hook(*n_rows, h->row_hook_data)) {
		g_set_error(error, CF_ERROR, CF_ERROR_IO,
			    "cannot write history '%s': simulated failure after %u rows", h->path,
			    *n_rows);
		return FALSE;
	}
	return TRUE;
}

static gboolean
store_rows(CfHistory *h, const CfRecord *r, GError **error)
{
	guint n_rows = 0;
	sqlite3_stmt *stmt = stmt_get(h, STMT_DELETE_PATH);
	bind_text(stmt, 1, r->path);
	if (!stmt_run(h, stmt, "cannot write", error))
		return FALSE;

	stmt = stmt_get(h, STMT_INSERT_DOCUMENT);
	bind_text(stmt, 1, r->path);
	bind_text(stmt, 2, r->digest != NULL ? r->digest : "");
	bind_text(stmt, 3, r->title);
	sqlite3_bind_int64(stmt, 4, r->title_line);
	sqlite3_bind_int64(stmt, 5, r->year);
	sqlite3_bind_int64(stmt, 6, r->year_line);
	bind_text(stmt, 7, r->unit);
	sqlite3_bind_int64(stmt, 8, r->unit_line);
	bind_text(stmt, 9, r->kind);
	sqlite3_bind_int64(stmt, 10, r->kind_line);
	sqlite3_bind_int64(stmt, 11, g_get_real_time() / G_USEC_PER_SEC);
	if (!stmt_run(h, stmt, "cannot write", error) || !row_written(h, &n_rows, error))
		return FALSE;
	sqlite3_int64 id = sqlite3_last_insert_rowid(h->db);

	GHashTableIter iter;
	gpointer key, value;
	g_hash_table_iter_init(&iter, r->lines);
	while (g_hash_table_iter_next(&iter, &key, &value)) {
		stmt = stmt_get(h, STMT_INSERT_LINE);
		sqlite3_bind_int64(stmt, 1, id);
		sqlite3_bind_int64(stmt, 2, GPOINTER_TO_UINT(key));
		bind_text(stmt, 3, value);
		if (!stmt_run(h, stmt, "cannot write", error) || !row_written(h, &n_rows, error))
			return FALSE;
	}

	g_autoptr(GString) stated = g_string_new(NULL), val = g_string_new(NULL);
	g_autoptr(GString) low = g_string_new(NULL), high = g_string_new(NULL);
	for (guint i = 0; i < r->claims->len; i++) {
		const CfRecordClaim *c = g_ptr_array_index(r->claims, i);
		stmt = stmt_get(h, STMT_INSERT_CLAIM);
		sqlite3_bind_int64(stmt, 1, id);
		sqlite3_bind_int64(stmt, 2, i);
		bind_text(stmt, 3, cf_claim_kind_to_string(c->kind));
		bind_decimal(stmt, 4, c->stated, stated);
		bind_decimal(stmt, 5, c->value, val);
		bind_decimal(stmt, 6, c->interval.low, low);
		bind_decimal(stmt, 7, c->interval.high, high);
		sqlite3_bind_int(stmt, 8, c->interval.low_unbounded);
		sqlite3_bind_int(stmt, 9, c->interval.high_unbounded);
		sqlite3_bind_int(stmt, 10, c->has_value ? 1 : 0);
		sqlite3_bind_int(stmt, 11, c->unit_exponent);
		bind_text(stmt, 12, cf_qualifier_to_string(c->qualifier));
		bind_text(stmt, 13, c->unit);
		bind_text(stmt, 14, c->label);
		bind_text(stmt, 15, c->text != NULL ? c->text : "");
		bind_text(stmt, 16, c->cues != NULL ? c->cues : "");
		sqlite3_bind_int64(stmt, 17, c->line);
		sqlite3_bind_int64(stmt, 18, c->column);
		sqlite3_bind_int64(stmt, 19, c->length);
		sqlite3_bind_int(stmt, 20, c->table);
		sqlite3_bind_int(stmt, 21, c->row);
		sqlite3_bind_int(stmt, 22, c->cell_column);
		if (!stmt_run(h, stmt, "cannot write", error) || !row_written(h, &n_rows, error))
			return FALSE;
	}

	for (guint i = 0; r->sentences != NULL && i < r->sentences->len; i++) {
		const CfRecordSentence *sentence = &g_array_index(r->sentences, CfRecordSentence, i);
		stmt = stmt_get(h, STMT_INSERT_SENTENCE);
		sqlite3_bind_int64(stmt, 1, id);
		sqlite3_bind_int64(stmt, 2, i);
		sqlite3_bind_int64(stmt, 3, (sqlite3_int64)sentence->text_hash);
		sqlite3_bind_int64(stmt, 4, (sqlite3_int64)sentence->numbers_hash);
		sqlite3_bind_int64(stmt, 5, sentence->line);
		sqlite3_bind_int(stmt, 6, sentence->chars);
		sqlite3_bind_int(stmt, 7, sentence->numbers);
		if (!stmt_run(h, stmt, "cannot write", error) || !row_written(h, &n_rows, error))
			return FALSE;
	}
	return TRUE;
}

gboolean
cf_history_store(CfHistory *history, const CfRecord *record, GError **error)
{
	g_return_val_if_fail(history != NULL && record != NULL && record->path != NULL, FALSE);
	if (!stmt_run(history, stmt_get(history, STMT_BEGIN), "cannot write", error))
		return FALSE;
	if (!store_rows(history, record, error)) {
		/* nothing of this document stays: the database is as before the call */
		stmt_run(history, stmt_get(history, STMT_ROLLBACK), "cannot write", NULL);
		g_prefix_error(error, "%s: ", record->path);
		return FALSE;
	}
	if (!stmt_run(history, stmt_get(history, STMT_COMMIT), "cannot write", error)) {
		if (!sqlite3_get_autocommit(history->db))
			stmt_run(history, stmt_get(history, STMT_ROLLBACK), "cannot write", NULL);
		g_prefix_error(error, "%s: ", record->path);
		return FALSE;
	}
	return TRUE;
}

static char *
column_dup(sqlite3_stmt *stmt, int column)
{
	const unsigned char *text = sqlite3_column_text(stmt, column);
	return text != NULL ? g_strdup((const char *)text) : NULL;
}

/* A stored decimal; a value this crossfoot did not write is an error. */
static gboolean
column_decimal(CfHistory *h, sqlite3_stmt *stmt, int column, CfDecimal *out, GError **error)
{
	const char *text = (const char *)sqlite3_column_text(stmt, column);
	if (text == NULL || !cf_decimal_parse(text, -1, out)) {
		g_set_error(error, CF_ERROR, CF_ERROR_FAILED,
			    "invalid decimal '%s' in history '%s'", text ? text : "(null)", h->path);
		return FALSE;
	}
	return TRUE;
}

static gboolean
load_claims(CfHistory *h, sqlite3_int64 id, CfRecord *r, GError **error)
{
	sqlite3_stmt *stmt = stmt_get(h, STMT_SELECT_LINES);
	sqlite3_bind_int64(stmt, 1, id);
	int rc;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
		g_hash_table_insert(r->lines, GUINT_TO_POINTER(sqlite3_column_int64(stmt, 0)),
				    column_dup(stmt, 1));
	sqlite3_reset(stmt);
	if (rc != SQLITE_DONE) {
		set_db_error(h, error, "cannot read");
		return FALSE;
	}

	stmt = stmt_get(h, STMT_SELECT_CLAIMS);
	sqlite3_bind_int64(stmt, 1, id);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		CfRecordClaim *c = g_new0(CfRecordClaim, 1);
		c->index = r->claims->len;
		g_ptr_array_add(r->claims, c);
		const char *kind = (const char *)sqlite3_column_text(stmt, 0);
		const char *qualifier = (const char *)sqlite3_column_text(stmt, 9);
		if (!cf_history_kind_from_string(kind, &c->kind) ||
		    !cf_history_qualifier_from_string(qualifier, &c->qualifier)) {
			g_set_error(error, CF_ERROR, CF_ERROR_FAILED,
				    "unknown claim kind or qualifier '%s'/'%s' in history '%s'",
				    kind ? kind : "", qualifier ? qualifier : "", h->path);
			sqlite3_reset(stmt);
			return FALSE;
		}
		if (!column_decimal(h, stmt, 1, &c->stated, error) ||
		    !column_decimal(h, stmt, 2, &c->value, error) ||
		    !column_decimal(h, stmt, 3, &c->interval.low, error) ||
		    !column_decimal(h, stmt, 4, &c->interval.high, error)) {
			sqlite3_reset(stmt);
			return FALSE;
		}
		c->interval.low_unbounded = sqlite3_column_int(stmt, 5) != 0;
		c->interval.high_unbounded = sqlite3_column_int(stmt, 6) != 0;
		c->has_value = sqlite3_column_int(stmt, 7) != 0;
		c->unit_exponent = sqlite3_column_int(stmt, 8);
		c->unit = column_dup(stmt, 10);
		c->label = column_dup(stmt, 11);
		c->text = column_dup(stmt, 12);
		c->cues = column_dup(stmt, 13);
		c->line = (guint)sqlite3_column_int64(stmt, 14);
		c->column = (guint)sqlite3_column_int64(stmt, 15);
		c->length = (guint)sqlite3_column_int64(stmt, 16);
		c->table = sqlite3_column_int(stmt, 17);
		c->row = sqlite3_column_int(stmt, 18);
		c->cell_column = sqlite3_column_int(stmt, 19);
	}
	sqlite3_reset(stmt);
	if (rc != SQLITE_DONE) {
		set_db_error(h, error, "cannot read");
		return FALSE;
	}

	stmt = stmt_get(h, STMT_SELECT_SENTENCES);
	sqlite3_bind_int64(stmt, 1, id);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		CfRecordSentence sentence = {
			.text_hash = (guint64)sqlite3_column_int64(stmt, 0),
			.numbers_hash = (guint64)sqlite3_column_int64(stmt, 1),
			.line = (guint)sqlite3_column_int64(stmt, 2),
			.chars = (guint16)sqlite3_column_int(stmt, 3),
			.numbers = (guint16)sqlite3_column_int(stmt, 4),
		};
		g_array_append_val(r->sentences, sentence);
	}
	sqlite3_reset(stmt);
	if (rc != SQLITE_DONE) {
		set_db_error(h, error, "cannot read");
		return FALSE;
	}
	return TRUE;
}

/* Every stored record but those whose path is in @skip (may be NULL), each passed to
 * @prepare (may be NULL) as soon as it is read. */
static GPtrArray *
history_load(CfHistory *history, GHashTable *skip, CfRecordFunc prepare, gpointer prepare_data,
	     GError **error)
{
	g_autoptr(GPtrArray) records =
		g_ptr_array_new_with_free_func((GDestroyNotify)cf_record_free);
	/* one read transaction: a consistent snapshot even while another process stores */
	if (!exec(history, "BEGIN", "cannot read", error))
		return NULL;
	sqlite3_stmt *stmt = stmt_get(history, STMT_SELECT_DOCUMENTS);
	int rc;
	gboolean ok = TRUE;
	while (ok && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		const char *path = (const char *)sqlite3_column_text(stmt, 1);
		if (skip != NULL && g_hash_table_contains(skip, path))
			continue;
		CfRecord *r = cf_record_new(path);
		g_ptr_array_add(records, r);
		r->digest = column_dup(stmt, 2);
		r->title = column_dup(stmt, 3);
		r->title_line = (guint)sqlite3_column_int64(stmt, 4);
		r->year = sqlite3_column_int(stmt, 5);
		r->year_line = (guint)sqlite3_column_int64(stmt, 6);
		r->unit = column_dup(stmt, 7);
		r->unit_line = (guint)sqlite3_column_int64(stmt, 8);
		r->kind = column_dup(stmt, 9);
		r->kind_line = (guint)sqlite3_column_int64(stmt, 10);
		r->from_history = TRUE;
		ok = load_claims(history, sqlite3_column_int64(stmt, 0), r, error);
		if (ok && prepare != NULL)
			prepare(r, prepare_data);
	}
	if (ok && rc != SQLITE_DONE) {
		set_db_error(history, error, "cannot read");
		ok = FALSE;
	}
	sqlite3_reset(stmt);
	sqlite3_exec(history->db, ok ? "COMMIT" : "ROLLBACK", NULL, NULL, NULL);
	if (!ok)
		return NULL;
	return g_steal_pointer(&records);
}

GPtrArray *
cf_history_load(CfHistory *history, GError **error)
{
	g_return_val_if_fail(history != NULL, NULL);
	return history_load(history, NULL, NULL, NULL, error);
}

/* A path or a glob: globs hold one of the characters SQLite's GLOB treats specially. */
static gboolean
is_glob(const char *path_or_glob)
{
	return strpbrk(path_or_glob, "*?[") != NULL;
}

GPtrArray *
cf_history_list(CfHistory *history, const char *path_or_glob, GError **error)
{
	g_return_val_if_fail(history != NULL, NULL);
	g_autoptr(GPtrArray) entries =
		g_ptr_array_new_with_free_func((GDestroyNotify)cf_history_entry_free);
	sqlite3_stmt *stmt = stmt_get(history, STMT_LIST);
	bind_text(stmt, 1, path_or_glob);
	sqlite3_bind_int(stmt, 2, path_or_glob != NULL && is_glob(path_or_glob));
	int rc;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		CfHistoryEntry *e = g_new0(CfHistoryEntry, 1);
		e->path = column_dup(stmt, 0);
		e->digest = column_dup(stmt, 1);
		e->unit = column_dup(stmt, 2);
		e->year = sqlite3_column_int(stmt, 3);
		e->kind = column_dup(stmt, 4);
		e->stored_at = sqlite3_column_int64(stmt, 5);
		e->n_claims = (guint)sqlite3_column_int64(stmt, 6);
		g_ptr_array_add(entries, e);
	}
	sqlite3_reset(stmt);
	if (rc != SQLITE_DONE) {
		set_db_error(history, error, "cannot read");
		return NULL;
	}
	return g_steal_pointer(&entries);
}

gboolean
cf_history_forget(CfHistory *history, const char *path_or_glob, guint *n_forgotten,
		  GError **error)
{
	g_return_val_if_fail(history != NULL && path_or_glob != NULL, FALSE);
	gboolean glob = is_glob(path_or_glob);
	sqlite3_stmt *stmt = stmt_get(history, glob ? STMT_FORGET_GLOB : STMT_FORGET_PATH);
	bind_text(stmt, 1, path_or_glob);
	if (!stmt_run(history, stmt, "cannot write", error))
		return FALSE;
	if (n_forgotten != NULL)
		*n_forgotten = (guint)sqlite3_changes(history->db);
	return TRUE;
}

typedef struct {
	CfHistory *history; /* or NULL */
	GPtrArray *records;
	GHashTable *have; /* the paths in records */
	CfRecordFunc prepare;
	gpointer prepare_data;
} MergeClaims;

/* One record of a claims file: stored and appended unless its path is read already. */
static gboolean
merge_claims_cb(CfRecord *record, gpointer data, GError **error)
{
	MergeClaims *merge = data;
	g_autoptr(CfRecord) r = record;
	if (g_hash_table_contains(merge->have, r->path))
		return TRUE;
	if (merge->history != NULL && !cf_history_store(merge->history, r, error))
		return FALSE;
	if (merge->prepare != NULL)
		merge->prepare(r, merge->prepare_data);
	g_hash_table_add(merge->have, r->path);
	g_ptr_array_add(merge->records, g_steal_pointer(&r));
	return TRUE;
}

gboolean
cf_history_merge_loaded(CfHistory *history, const char *const *claims_paths, GPtrArray *records,
			CfRecordFunc prepare, gpointer prepare_data, GError **error)
{
	g_autoptr(GHashTable) have = g_hash_table_new(g_str_hash, g_str_equal);
	for (guint i = 0; i < records->len; i++)
		g_hash_table_add(have, ((CfRecord *)g_ptr_array_index(records, i))->path);

	MergeClaims merge = {history, records, have, prepare, prepare_data};
	for (gsize f = 0; claims_paths != NULL && claims_paths[f] != NULL; f++)
		if (!cf_claims_load_jsonl_each(claims_paths[f], merge_claims_cb, &merge, error))
			return FALSE;
	if (history == NULL)
		return TRUE;
	g_autoptr(GPtrArray) stored = history_load(history, have, prepare, prepare_data, error);
	if (stored == NULL)
		return FALSE;
	g_ptr_array_extend_and_steal(records, g_steal_pointer(&stored));
	return TRUE;
}

gboolean
cf_history_merge_batch(CfHistory *history, const char *const *claims_paths, GPtrArray *records,
		       GError **error)
{
	for (guint i = 0; history != NULL && i < records->len; i++) {
		const CfRecord *r = g_ptr_array_index(records, i);
		if (!r->from_history && !cf_history_store(history, r, error))
			return FALSE;
	}
	return cf_history_merge_loaded(history, claims_paths, records, NULL, NULL, error);
}
