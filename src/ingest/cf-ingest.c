/* cf-ingest.c — a file (or bytes in memory) to a decoded, normalised, line-indexed document. */
#include "ingest/cf-ingest.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ingest/cf-ingest-private.h"
#include "model/cf-error.h"

static gboolean
is_blank(const char *text, gsize length)
{
	const char *p = text, *end = text + length;
	while (p < end) {
		gunichar c = g_utf8_get_char(p);
		if (!g_unichar_isspace(c) && c != 0xFEFF && c != 0x200B)
			return FALSE;
		p = g_utf8_next_char(p);
	}
	return TRUE;
}

static void
set_too_large(const char *path, guint64 size, GError **error)
{
	g_set_error(error, CF_ERROR, CF_ERROR_TOO_LARGE,
		    "'%s' is too large (%" G_GUINT64_FORMAT " bytes, the limit is %" G_GSIZE_FORMAT
		    " MiB)",
		    path, size, CF_MAX_FILE_BYTES / (1024 * 1024));
}

static CfDocument *ingest(const char *path, const guint8 *bytes, gsize length, guint8 **buffer,
			  const CfIngestOptions *options, GError **error);

/* A ZIP archive: the text of a .docx or a .xlsx, read as UTF-8 (its XML's encoding)
 * whatever --encoding says; any other archive is no text. */
static CfDocument *
ingest_archive(const char *path, const guint8 *bytes, gsize length, GError **error)
{
	gboolean found = FALSE, workbook = FALSE;
	gsize text_length = 0;
	g_autoptr(GError) local = NULL;
	g_autoptr(GArray) warnings = g_array_new(FALSE, FALSE, sizeof(CfIngestWarning));
	g_array_set_clear_func(warnings, cf_ingest_warning_clear);
	g_autofree char *text = cf_ingest_docx_text(bytes, length, &found, &text_length, &local);
	if (local == NULL && !found) {
		workbook = TRUE;
		text = cf_ingest_xlsx_text(bytes, length, &found, &text_length, warnings, &local);
	}
	/* what it is: by the part it has, or by its name when it is too damaged to tell */
	const char *kind = workbook ? "Excel workbook" : "Word document";
	if (local != NULL && !found)
		kind = cf_ingest_has_suffix_ci(path, ".xlsx")   ? "Excel workbook"
		       : cf_ingest_has_suffix_ci(path, ".docx") ? "Word document"
								: "Office document";
	if (local != NULL) {
		g_set_error(error, CF_ERROR,
			    g_error_matches(local, CF_ERROR, CF_ERROR_TOO_LARGE)
				    ? CF_ERROR_TOO_LARGE
				    : CF_ERROR_DAMAGED,
			    "cannot read the %s '%s': %s", kind, path, local->message);
		return NULL;
	}
	if (!found) {
		g_set_error(error, CF_ERROR, CF_ERROR_BINARY,
			    "'%s' is not a text file (ZIP archive without word/document.xml or "
			    "xl/workbook.xml: only .docx and .xlsx are read)",
			    path);
		return NULL;
	}
	g_autoptr(CfDocument) doc =
		ingest(path, (const guint8 *)text, text_length, (guint8 **)&text, NULL, error);
	if (doc == NULL)
		return NULL;
	g_free(doc->encoding);
	doc->encoding = g_strdup(workbook ? "UTF-8 (.xlsx)" : "UTF-8 (.docx)");
	for (guint i = 0; i < warnings->len; i++) {
		const CfIngestWarning *w = &g_array_index(warnings, CfIngestWarning, i);
		cf_document_add_diagnostic(doc, w->line, w->column, G_MAXSIZE, w->message);
	}
	return g_steal_pointer(&doc);
}

/* cf_ingest_bytes(), where @buffer may give the heap buffer holding @bytes (with room for
 * a NUL after them) to the document (cf_ingest_decode_utf8_fast()). */
static CfDocument *
ingest(const char *path, const guint8 *bytes, gsize length, guint8 **buffer,
       const CfIngestOptions *options, GError **error)
{
	g_return_val_if_fail(path != NULL, NULL);
	g_return_val_if_fail(bytes != NULL || length == 0, NULL);

	if (length > CF_MAX_FILE_BYTES) {
		set_too_large(path, length, error);
		return NULL;
	}
	if (length == 0) {
		g_set_error(error, CF_ERROR, CF_ERROR_EMPTY, "'%s' is empty", path);
		return NULL;
	}

	if (cf_ingest_is_zip(bytes, length))
		return ingest_archive(path, bytes, length, error);

	const char *forced = options ? options->encoding : NULL;
	if (forced == NULL && cf_ingest_binary_magic(bytes, length) == NULL) {
		/* clean UTF-8 (what detection would choose for it) in one pass */
		gboolean bom = length >= 3 && memcmp(bytes, "\xEF\xBB\xBF", 3) == 0;
		g_autoptr(CfDocument) doc = cf_document_new(path);
		if (cf_ingest_decode_utf8_fast(doc, bytes, length, bom ? 3 : 0, buffer)) {
			if (is_blank(doc->text, doc->text_length)) {
				g_set_error(error, CF_ERROR, CF_ERROR_EMPTY, "'%s' is empty", path);
				return NULL;
			}
			doc->encoding = g_strdup(bom ? "UTF-8 (BOM)" : "UTF-8");
			cf_ingest_simplify(doc);
			return g_steal_pointer(&doc);
		}
	}

	g_auto(CfEncoding) encoding = {0};
	if (!cf_ingest_detect(path, bytes, length, forced, &encoding, error))
		return NULL;

	g_autoptr(CfDocument) doc = cf_document_new(path);
	gsize text_length = 0;
	g_autoptr(GArray) line_offsets = NULL;
	g_autofree char *text =
		cf_ingest_decode(doc, bytes, length, &encoding, &text_length, &line_offsets, error);
	if (text == NULL)
		return NULL;
	if (is_blank(text, text_length)) {
		g_set_error(error, CF_ERROR, CF_ERROR_EMPTY, "'%s' is empty", path);
		return NULL;
	}

	doc->encoding = encoding.bom ? g_strdup_printf("%s (BOM)", encoding.label)
				     : g_strdup(encoding.label);
	gsize norm_length = 0;
	char *norm = cf_ingest_normalize(text, text_length, &norm_length);
	cf_document_set_text(doc, g_steal_pointer(&text), text_length, norm, norm_length,
			     (const gsize *)line_offsets->data);
	g_warn_if_fail(doc->lines->len == line_offsets->len);
	cf_ingest_simplify(doc);
	return g_steal_pointer(&doc);
}

CfDocument *
cf_ingest_bytes(const char *path, const guint8 *bytes, gsize length, const CfIngestOptions *options,
		GError **error)
{
	return ingest(path, bytes, length, NULL, options, error);
}

/* Reads all of @fd (at most CF_MAX_FILE_BYTES + 1 bytes, so that "too large" is noticed for
 * pipes too); @size_hint is the size fstat reported.  Unless more than CF_MAX_FILE_BYTES were
 * read, the buffer has room for at least one byte more than *@length (it grows before a
 * read whenever it is full, and the last read returns nothing). */
static guint8 *
read_all(int fd, gsize size_hint, gsize *length, int *error_number)
{
	gsize capacity = MIN(size_hint, CF_MAX_FILE_BYTES) + 1;
	g_autofree guint8 *buffer = g_malloc(capacity);
	gsize have = 0;
	for (;;) {
		if (have == capacity) {
			if (capacity > CF_MAX_FILE_BYTES)
				break;
			capacity = MIN(capacity * 2, CF_MAX_FILE_BYTES + 1);
			buffer = g_realloc(buffer, capacity);
		}
		gssize n = read(fd, buffer + have, capacity - have);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			*error_number = errno;
			return NULL;
		}
		if (n == 0)
			break;
		have += (gsize)n;
	}
	*length = have;
	return g_steal_pointer(&buffer);
}

CfDocument *
cf_ingest_file(const char *path, const CfIngestOptions *options, GError **error)
{
	g_return_val_if_fail(path != NULL, NULL);

	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		int saved = errno;
		g_set_error(error, CF_ERROR, CF_ERROR_IO, "cannot read '%s': %s", path,
			    g_strerror(saved));
		return NULL;
	}
	struct stat st;
	int error_number = 0;
	if (fstat(fd, &st) != 0)
		error_number = errno;
	else if (S_ISDIR(st.st_mode))
		error_number = EISDIR;
	if (error_number != 0) {
		close(fd);
		g_set_error(error, CF_ERROR, CF_ERROR_IO, "cannot read '%s': %s", path,
			    g_strerror(error_number));
		return NULL;
	}
	if (S_ISREG(st.st_mode) && (guint64)st.st_size > CF_MAX_FILE_BYTES) {
		close(fd);
		set_too_large(path, (guint64)st.st_size, error);
		return NULL;
	}

	gsize length = 0;
	g_autofree guint8 *bytes = read_all(fd, S_ISREG(st.st_mode) ? (gsize)st.st_size : 64 * 1024,
					    &length, &error_number);
	close(fd);
	if (bytes == NULL) {
		g_set_error(error, CF_ERROR, CF_ERROR_IO, "cannot read '%s': %s", path,
			    g_strerror(error_number));
		return NULL;
	}
	if (length > CF_MAX_FILE_BYTES) {
		set_too_large(path, length, error);
		return NULL;
	}
	/* read_all() leaves room for a NUL after the bytes: the text may take the buffer */
	return ingest(path, bytes, length, &bytes, options, error);
}

gboolean
cf_ingest_check_encoding(const char *name, GError **error)
{
	g_auto(CfEncoding) encoding = {0};
	return cf_ingest_resolve_encoding(name, &encoding, error);
}
