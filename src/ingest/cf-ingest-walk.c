/* cf-ingest-walk.c — command-line paths to the list of files to read.
 *
 * Policy: a path named directly is always taken (whatever its extension), unless it cannot be
 * read.  Directories are walked recursively, following symbolic links, each directory at
 * most once (by device and inode, so link loops end).  Inside directories only *.txt, *.docx
 * and *.xlsx files (any letter case) are taken; hidden entries (.name), backup files (name~,
 * *.bak, *.orig, #name#) and the lock files Office keeps beside an open document
 * (~$name.docx, ~$name.xlsx) are skipped, as are other files.  A wanted entry that cannot
 * be read (a
 * dangling link, a FIFO) is reported, never skipped in silence.  The result is sorted by the
 * bytes of the path, without duplicates, so runs are reproducible. */
#include "ingest/cf-ingest.h"
#include "ingest/cf-ingest-private.h"

#include <dirent.h>
#include <errno.h>
#include <string.h>
#include <sys/stat.h>

#include "model/cf-error.h"

static void
add_error(GPtrArray *errors, const char *path, const char *reason)
{
	if (errors == NULL)
		return;
	g_ptr_array_add(errors,
			g_error_new(CF_ERROR, CF_ERROR_IO, "cannot read '%s': %s", path, reason));
}

gboolean
cf_ingest_has_suffix_ci(const char *name, const char *suffix)
{
	gsize n = strlen(name), k = strlen(suffix);
	return n >= k && g_ascii_strcasecmp(name + n - k, suffix) == 0;
}

static gboolean
is_skipped_name(const char *name)
{
	gsize n = strlen(name);
	return name[0] == '.' || name[n - 1] == '~' || strncmp(name, "~$", 2) == 0 ||
	       cf_ingest_has_suffix_ci(name, ".bak") || cf_ingest_has_suffix_ci(name, ".orig") ||
	       (n >= 2 && name[0] == '#' && name[n - 1] == '#');
}

static guint
dir_key_hash(gconstpointer key)
{
	const guint64 *k = key;
	return g_int64_hash(&k[0]) ^ g_int64_hash(&k[1]);
}

static gboolean
dir_key_equal(gconstpointer a, gconstpointer b)
{
	return memcmp(a, b, 2 * sizeof(guint64)) == 0;
}

/* TRUE the first time the directory @st is seen. */
static gboolean
mark_visited(GHashTable *visited, const struct stat *st)
{
	guint64 *key = g_new(guint64, 2);
	key[0] = (guint64)st->st_dev;
	key[1] = (guint64)st->st_ino;
	if (g_hash_table_contains(visited, key)) {
		g_free(key);
		return FALSE;
	}
	g_hash_table_add(visited, key);
	return TRUE;
}

static int
compare_names(gconstpointer a, gconstpointer b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* A directory entry: its name and, where the file system tells, its type (readdir's d_type:
 * a plain file needs no stat of its own; a stat per file was ~3 % of extract on 8,382 files). */
typedef struct {
	char *name;
	unsigned char type;
} Entry;

static int
compare_entries(gconstpointer a, gconstpointer b)
{
	return strcmp(((const Entry *)a)->name, ((const Entry *)b)->name);
}

static void
entry_clear(gpointer data)
{
	g_free(((Entry *)data)->name);
}

static void
walk_directory(const char *path, GHashTable *visited, GPtrArray *files, GPtrArray *errors)
{
	DIR *dir = opendir(path);
	if (dir == NULL) {
		add_error(errors, path, g_strerror(errno));
		return;
	}
	g_autoptr(GArray) entries = g_array_new(FALSE, FALSE, sizeof(Entry));
	g_array_set_clear_func(entries, entry_clear);
	struct dirent *d;
	errno = 0;
	while ((d = readdir(dir)) != NULL) {
		if (!is_skipped_name(d->d_name)) {
			Entry e = {g_strdup(d->d_name), d->d_type};
			g_array_append_val(entries, e);
		}
		errno = 0;
	}
	int saved = errno;
	closedir(dir);
	if (saved != 0)
		add_error(errors, path, g_strerror(saved));
	g_array_sort(entries, compare_entries);

	for (guint i = 0; i < entries->len; i++) {
		const Entry *e = &g_array_index(entries, Entry, i);
		gboolean wanted = cf_ingest_has_suffix_ci(e->name, ".txt") ||
				  cf_ingest_has_suffix_ci(e->name, ".docx") ||
				  cf_ingest_has_suffix_ci(e->name, ".xlsx");
		/* other plain files are passed over without a look; links and what the file
		 * system does not type are looked at through stat, which follows links */
		if (e->type == DT_REG && !wanted)
			continue;
		g_autofree char *child = g_build_filename(path, e->name, NULL);
		if (e->type == DT_REG) {
			g_ptr_array_add(files, g_steal_pointer(&child));
			continue;
		}
		struct stat st;
		if (stat(child, &st) != 0) {
			if (wanted)
				add_error(errors, child, g_strerror(errno));
			continue;
		}
		if (S_ISDIR(st.st_mode)) {
			if (mark_visited(visited, &st))
				walk_directory(child, visited, files, errors);
		} else if (wanted && S_ISREG(st.st_mode)) {
			g_ptr_array_add(files, g_steal_pointer(&child));
		} else if (wanted) {
			add_error(errors, child, "not a regular file");
		}
	}
}

GPtrArray *
cf_ingest_expand_paths(const char *const *paths, GPtrArray *errors)
{
	g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func(g_free);
	g_autoptr(GHashTable) visited =
		g_hash_table_new_full(dir_key_hash, dir_key_equal, g_free, NULL);
	for (; paths != NULL && *paths != NULL; paths++) {
		const char *path = *paths;
		struct stat st;
		if (stat(path, &st) != 0) {
			add_error(errors, path, g_strerror(errno));
			continue;
		}
		if (!S_ISDIR(st.st_mode)) {
			g_ptr_array_add(files, g_strdup(path));
			continue;
		}
		if (mark_visited(visited, &st))
			walk_directory(path, visited, files, errors);
	}

	g_ptr_array_sort(files, compare_names);
	GPtrArray *unique = g_ptr_array_new_with_free_func(g_free);
	for (guint i = 0; i < files->len; i++) {
		const char *f = files->pdata[i];
		if (unique->len == 0 || strcmp(g_ptr_array_index(unique, unique->len - 1), f) != 0)
			g_ptr_array_add(unique, g_strdup(f));
	}
	return unique;
}
