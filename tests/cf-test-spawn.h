/* cf-test-spawn.h — running the built crossfoot ($CROSSFOOT_BIN) from a test and comparing
 * long outputs.  Header-only: include it once per test binary. */
#pragma once

#include <stdarg.h>
#include <sys/wait.h>

#include <glib.h>

/* What one run printed and how it ended. */
typedef struct {
	char *out;
	char *err;
	int status; /* exit status; -1 when the process did not exit normally */
} Run;

static G_GNUC_UNUSED void
run_clear(Run *run)
{
	g_clear_pointer(&run->out, g_free);
	g_clear_pointer(&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(Run, run_clear)

/* Where the tests run from: $CROSSFOOT_SOURCE_ROOT, else the current folder. */
static G_GNUC_UNUSED const char *
source_root(void)
{
	const char *root = g_getenv("CROSSFOOT_SOURCE_ROOT");
	return root != NULL ? root : ".";
}

/* Runs crossfoot with the NULL-terminated @args in @cwd (NULL: the source root). */
static G_GNUC_UNUSED void
run_argv(Run *run, const char *cwd, const char *const *args)
{
	const char *bin = g_getenv("CROSSFOOT_BIN");
	g_assert_nonnull(bin);
	g_autoptr(GPtrArray) argv = g_ptr_array_new();
	g_ptr_array_add(argv, (gpointer)bin);
	for (; *args != NULL; args++)
		g_ptr_array_add(argv, (gpointer)*args);
	g_ptr_array_add(argv, NULL);

	int wait_status = 0;
	g_autoptr(GError) error = NULL;
	g_assert_true(g_spawn_sync(cwd != NULL ? cwd : source_root(), (char **)argv->pdata, NULL,
				   G_SPAWN_DEFAULT, NULL, NULL, &run->out, &run->err, &wait_status,
				   &error));
	g_assert_no_error(error);
	run->status = WIFEXITED(wait_status) ? WEXITSTATUS(wait_status) : -1;
}

/* run_argv() with the arguments after @cwd, up to a NULL, from @ap. */
static G_GNUC_UNUSED void
run_va(Run *run, const char *cwd, va_list ap)
{
	g_autoptr(GPtrArray) args = g_ptr_array_new();
	const char *arg;
	while ((arg = va_arg(ap, const char *)) != NULL)
		g_ptr_array_add(args, (gpointer)arg);
	g_ptr_array_add(args, NULL);
	run_argv(run, cwd, (const char *const *)args->pdata);
}

/* Like g_assert_cmpstr, but a difference in long outputs shows only the first differing
 * lines of each, not megabytes of findings. */
#define assert_same_output(actual, expected) \
	assert_same_output_at(__FILE__, __LINE__, #actual, (actual), (expected))

static G_GNUC_UNUSED void
assert_same_output_at(const char *file, int line, const char *what, const char *actual,
		      const char *expected)
{
	if (g_str_equal(actual, expected))
		return;
	g_auto(GStrv) got = g_strsplit(actual, "\n", -1);
	g_auto(GStrv) want = g_strsplit(expected, "\n", -1);
	guint i = 0;
	while (got[i] != NULL && want[i] != NULL && g_str_equal(got[i], want[i]))
		i++;
	g_autofree char *message = g_strdup_printf(
		"%s differs from the expected output at line %u (%u vs %u lines):\n-%s\n+%s", what,
		i + 1, g_strv_length(want), g_strv_length(got), want[i] != NULL ? want[i] : "(end)",
		got[i] != NULL ? got[i] : "(end)");
	g_assertion_message(G_LOG_DOMAIN, file, line, G_STRFUNC, message);
}
