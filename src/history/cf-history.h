/* cf-history.h — the history database: every checked document's record (metadata, claims,
 * the source lines they sit on) kept in an SQLite file, so a later batch is checked against
 * earlier years without re-reading them (`--history FILE`), and records read back from
 * `crossfoot extract --format jsonl` output (`--claims FILE`).
 *
 * A document is identified by its path as given.  Storing a record replaces every row of
 * that path in one transaction: a run interrupted at any point leaves the database as it was
 * before that document (SQLite's write-ahead log rolls the unfinished transaction back).
 *
 * A CfHistory is used by one thread at a time; it owns its prepared statements and reuses
 * them.  Errors name the database file: "cannot open history 'h.db': file is not a
 * database". */
#pragma once

#include <glib.h>

#include "model/cf-record.h"

G_BEGIN_DECLS

/* The schema version this crossfoot writes (PRAGMA user_version). */
#define CF_HISTORY_SCHEMA_VERSION 1

typedef struct _CfHistory CfHistory;

/* One stored document, as `crossfoot history list` shows it. */
typedef struct {
	char *path;
	char *digest;
	char *unit;      /* NULL when unknown */
	int year;        /* 0 when unknown */
	char *kind;      /* NULL when unknown */
	guint n_claims;
	gint64 stored_at; /* seconds since the epoch, UTC */
} CfHistoryEntry;

/* Opens (creating when missing) the history database at @path.  Fails when the file cannot
 * be opened or created, is not an SQLite database, is another program's database or has a
 * schema version this crossfoot does not know.  Free with cf_history_close(). */
CfHistory *cf_history_open(const char *path, GError **error);

/* The database file's path as given to cf_history_open(); owned by @history. */
const char *cf_history_get_path(const CfHistory *history);

/* Replaces every row of record->path by @record, in one transaction.  On failure the
 * database holds what it held before the call. */
gboolean cf_history_store(CfHistory *history, const CfRecord *record, GError **error);

/* Every stored record (CfRecord*, owned, sorted by path), each with from_history = TRUE. */
GPtrArray *cf_history_load(CfHistory *history, GError **error);

/* The stored documents (CfHistoryEntry*, owned, sorted by path) whose path matches
 * @path_or_glob as cf_history_forget() matches it, or all of them when it is NULL. */
GPtrArray *cf_history_list(CfHistory *history, const char *path_or_glob, GError **error);

/* Removes the documents whose path equals @path_or_glob or, when it holds one of `*?[`,
 * matches it as a glob (SQLite GLOB: `*` also matches '/', case-sensitive).  Sets
 * *@n_forgotten (may be NULL) to the number of documents removed, 0 when none matched. */
gboolean cf_history_forget(CfHistory *history, const char *path_or_glob, guint *n_forgotten,
			   GError **error);

/* What `check --claims FILE… --history FILE` does after the batch, before the checks across
 * documents, when the batch stored its own records as it went.  @records holds this run's
 * records (CfRecord*, owned); this:
 *  1. appends the records of each file of @claims_paths (NULL-terminated, may be NULL) whose
 *     path is not in @records yet (a document read in this run wins over its claims), each
 *     stored in @history (when not NULL) in its own transaction as its file is read;
 *  2. appends @history's records of the paths still missing, from_history = TRUE.
 * Each record appended is passed to @prepare (may be NULL) as soon as it is read (and
 * stored), so a large history or claims file is never in memory in full at once.
 * Fails on the first unreadable claims file (or line) or database error, naming it; what was
 * stored before the error stays stored (a claims file is read and stored one document at a
 * time, so the documents before a bad line of it are), and @records may hold part of what
 * was read. */
gboolean cf_history_merge_loaded(CfHistory *history, const char *const *claims_paths,
				 GPtrArray *records, CfRecordFunc prepare, gpointer prepare_data,
				 GError **error);

/* The same for a batch that did not store its records: first stores every record of
 * @records not loaded from history in @history (when not NULL), each document in its own
 * transaction, then cf_history_merge_loaded() without @prepare. */
gboolean cf_history_merge_batch(CfHistory *history, const char *const *claims_paths,
				GPtrArray *records, GError **error);

/* Closes the database and frees @history; NULL is allowed. */
void cf_history_close(CfHistory *history);

void cf_history_entry_free(CfHistoryEntry *entry);

/* Testing only: @hook is called after each row cf_history_store() writes, with the number of
 * rows written so far in this store; returning FALSE makes the store fail there ("simulated
 * failure"), as a full disk would.  NULL removes the hook. */
typedef gboolean (*CfHistoryRowHook)(guint n_rows, gpointer user_data);
void cf_history_set_row_hook(CfHistory *history, CfHistoryRowHook hook, gpointer user_data);

/* Reads `crossfoot extract --format jsonl` output at @path back into records (CfRecord*,
 * owned, in the order of the file), one per document: a {"document":{…}} line gives its
 * metadata and source lines, the claim lines after it (same "file") its claims.  Claim lines
 * without a document line (output of another engine) make a record with unknown metadata and
 * no source lines.  Fails on unreadable files and on any line that is not such an object,
 * naming the file and line. */
GPtrArray *cf_claims_load_jsonl(const char *path, GError **error);

/* Takes over one record of a claims file; FALSE, with @error set, stops the reading. */
typedef gboolean (*CfClaimsRecordFunc)(CfRecord *record, gpointer data, GError **error);

/* The same, one record at a time, so a claims file is never in memory in full: each record
 * is handed to @each (which owns it) as soon as it is complete, i.e. when the next one
 * starts or the file ends.  Fails as cf_claims_load_jsonl() does, or when @each fails; the
 * records before the line that failed have been handed over. */
gboolean cf_claims_load_jsonl_each(const char *path, CfClaimsRecordFunc each, gpointer data,
				   GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(CfHistory, cf_history_close)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CfHistoryEntry, cf_history_entry_free)

G_END_DECLS
