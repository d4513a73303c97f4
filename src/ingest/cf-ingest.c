#include "ingest/cf-ingest.h"

#include "model/cf-error.h"

/* placeholder until the ingest stage lands */
CfDocument *
cf_ingest_bytes(const char *path, const guint8 *bytes, gsize length, const CfIngestOptions *options,
		GError **error)
{
	g_set_error(error, CF_ERROR, CF_ERROR_FAILED, "cannot read '%s': not implemented", path);
	return NULL;
}

CfDocument *
cf_ingest_file(const char *path, const CfIngestOptions *options, GError **error)
{
	return cf_ingest_bytes(path, NULL, 0, options, error);
}

GPtrArray *
cf_ingest_expand_paths(const char *const *paths, GPtrArray *errors)
{
	GPtrArray *files = g_ptr_array_new_with_free_func(g_free);
	for (; paths && *paths; paths++)
		g_ptr_array_add(files, g_strdup(*paths));
	return files;
}
