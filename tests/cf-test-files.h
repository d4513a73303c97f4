/* cf-test-files.h — temporary folders and files for the tests that run crossfoot on inputs
 * they write.  Header-only: include it once per test binary. */
#pragma once

#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>

/* Removes @path and everything below it (read-only and mode-000 entries too; symlinks are
 * removed, never followed). */
static G_GNUC_UNUSED void
remove_tree(const char *path)
{
	if (g_file_test(path, G_FILE_TEST_IS_DIR) && !g_file_test(path, G_FILE_TEST_IS_SYMLINK)) {
		g_autoptr(GDir) dir = g_dir_open(path, 0, NULL);
		const char *name;
		while (dir != NULL && (name = g_dir_read_name(dir)) != NULL) {
			g_autofree char *child = g_build_filename(path, name, NULL);
			g_chmod(child, 0600);
			remove_tree(child);
		}
		g_rmdir(path);
	} else {
		g_unlink(path);
	}
}

/* A temporary folder removed with everything in it when it goes out of scope
 * (g_auto(TempDir)). */
typedef struct {
	char *path;
} TempDir;

static G_GNUC_UNUSED void
temp_dir_clear(TempDir *dir)
{
	if (dir->path != NULL)
		remove_tree(dir->path);
	g_clear_pointer(&dir->path, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(TempDir, temp_dir_clear)

static G_GNUC_UNUSED void
temp_dir_init(TempDir *dir)
{
	g_autoptr(GError) error = NULL;
	dir->path = g_dir_make_tmp("crossfoot-test-XXXXXX", &error);
	g_assert_no_error(error);
}

/* Writes @length bytes (-1: NUL-ended) to @dir/@name, creating the folders on the way, and
 * returns the file's path (caller frees). */
static G_GNUC_UNUSED char *
write_file_path(const TempDir *dir, const char *name, const char *bytes, gssize length)
{
	char *path = g_build_filename(dir->path, name, NULL);
	g_autofree char *parent = g_path_get_dirname(path);
	g_assert_cmpint(g_mkdir_with_parents(parent, 0700), ==, 0);
	g_autoptr(GError) error = NULL;
	g_assert_true(g_file_set_contents(path, bytes, length, &error));
	g_assert_no_error(error);
	return path;
}

/* The same when the path is not needed. */
static G_GNUC_UNUSED void
write_file(const TempDir *dir, const char *name, const char *bytes, gssize length)
{
	g_free(write_file_path(dir, name, bytes, length));
}

static gint
cf_test_compare_paths(gconstpointer a, gconstpointer b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The *.txt reports directly in each of the @n folders @folders (relative to the source root,
 * where the tests run), sorted by path. */
static G_GNUC_UNUSED GPtrArray *
cf_test_report_paths(const char *const *folders, gsize n)
{
	GPtrArray *paths = g_ptr_array_new_with_free_func(g_free);
	for (gsize f = 0; f < n; f++) {
		g_autoptr(GDir) dir = g_dir_open(folders[f], 0, NULL);
		g_assert_nonnull(dir);
		for (const char *name; (name = g_dir_read_name(dir)) != NULL;)
			if (g_str_has_suffix(name, ".txt"))
				g_ptr_array_add(paths, g_build_filename(folders[f], name, NULL));
	}
	g_ptr_array_sort(paths, cf_test_compare_paths);
	return paths;
}
