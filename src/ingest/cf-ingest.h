/* cf-ingest.h — bytes on disk to a CfDocument (decoded, normalised, line-indexed).
 *
 * Encoding is decided in this order: options->encoding if set; a BOM (UTF-8, UTF-16LE/BE);
 * UTF-16 without BOM recognised by its NUL-byte pattern; strict UTF-8; otherwise GB18030
 * (covers GBK and GB2312).  Invalid bytes are never dropped silently: each run of them becomes
 * U+FFFD and a CfDiagnostic naming its byte offset, and the document is still returned.
 *
 * Policies (decided here, relied on by later stages):
 * - Lines: LF, CRLF and CR each end a line.  A final line end closes the last line and does
 *   not open an empty one, so a file has as many lines as `wc -l` counts, plus one when its
 *   last line has no line end.  doc->text and doc->norm hold no final '\n'.
 * - A BOM is not part of the text; line 1's CfLine.byte_offset is then 3 (UTF-8) or 2.
 * - A stray NUL or other control character (below U+0020 or U+007F; TAB and form feed are
 *   kept) becomes U+FFFD with a diagnostic.  When more than 1 in 50 code units of the first
 *   64 KiB are such characters (and more than 8), or the file starts with the signature of a
 *   known binary format (PNG, JPEG, PDF, OLE2/.doc, ELF …), it is CF_ERROR_BINARY.
 * - A ZIP archive is read as a Word document (.docx, cf-ingest-docx.c) or an Excel workbook
 *   (.xlsx, cf-ingest-xlsx.c): its text is UTF-8 whatever options->encoding says,
 *   doc->encoding "UTF-8 (.docx)" or "UTF-8 (.xlsx)".  An archive with neither
 *   word/document.xml nor xl/workbook.xml is CF_ERROR_BINARY; a damaged one
 *   CF_ERROR_DAMAGED.
 * - An empty file, or one holding only white space, is CF_ERROR_EMPTY.
 * - Not strict UTF-8: the reading with fewer invalid bytes wins (ties to UTF-8), so UTF-8 with a
 *   stray byte stays UTF-8 and GB18030/GBK text is read as GB18030.
 * - Forced encodings: UTF-8, UTF-16/32 (LE/BE, or BOM-decided) and any ASCII-compatible iconv
 *   encoding (GBK, BIG5, …); others are CF_ERROR_ENCODING.
 * - At most 100 diagnostics per document, then one summing up the rest (line 0).
 * - doc->encoding: "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE (BOM)", "GB18030", or the
 *   forced name. */
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

/* Checks a name for CfIngestOptions.encoding before any file is read.  Fails with
 * CF_ERROR_ENCODING ("unknown encoding 'X'") when iconv does not know it or it cannot be read
 * line by line (not ASCII-compatible and not UTF-16/32). */
gboolean cf_ingest_check_encoding(const char *name, GError **error);

/* Expands files and directories into the list of files to read, in a stable sorted order.
 * Directories are walked recursively for *.txt, *.docx and *.xlsx files, skipping hidden
 * entries, backup files (~, .bak, .orig, #…#) and Office's lock files (~$…); files named
 * directly are always taken (see cf-ingest-walk.c).  Paths that do not exist or
 * cannot be listed are appended to @errors as GError* (CF_ERROR_IO) and skipped.
 * Returns a new array of newly allocated strings. */
GPtrArray *cf_ingest_expand_paths(const char *const *paths, GPtrArray *errors);

G_END_DECLS
