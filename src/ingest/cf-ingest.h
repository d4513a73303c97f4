/* cf-ingest.h — bytes on disk to a CfDocument (decoded, normalised, line-indexed).
 *
 * Encoding is decided in this order: options->encoding if set; a BOM (UTF-8, UTF-16LE/BE);
 * UTF-16 without BOM recognised by its NUL-byte pattern; strict UTF-8; otherwise GB18030
 * (covers GBK and GB2312).  Invalid bytes are never dropped silently: each run of them becomes
 * U+FFFD and a CfDiagnostic naming its byte offset, and the document is still returned. */
#pragma once

#include <glib.h>

#include "model/cf-document.h"

G_BEGIN_DECLS

/* Largest file crossfoot reads: 256 MiB. */
#define CF_MAX_FILE_BYTES ((gsize)256 * 1024 * 1024)

typedef struct {
	const char *encoding; /* forced encoding (iconv name), or NULL to detect */
} CfIngestOptions;

/* Reads and decodes @path.  Returns NULL and sets @error (CF_ERROR_IO, _BINARY, _EMPTY,
 * _TOO_LARGE, _ENCODING) when the file cannot be used at all; the message names the file. */
CfDocument *cf_ingest_file(const char *path, const CfIngestOptions *options, GError **error);

/* The same for bytes already in memory; @path is only used in messages and the document. */
CfDocument *cf_ingest_bytes(const char *path, const guint8 *bytes, gsize length,
			    const CfIngestOptions *options, GError **error);

/* Expands files and directories into the list of files to read, in a stable sorted order.
 * Directories are walked recursively for *.txt files, skipping hidden entries and backup
 * files (~, .bak, .orig); files named directly are always taken.  Paths that do not exist or
 * cannot be listed are appended to @errors as GError* (CF_ERROR_IO) and skipped.
 * Returns a new array of newly allocated strings. */
GPtrArray *cf_ingest_expand_paths(const char *const *paths, GPtrArray *errors);

G_END_DECLS
