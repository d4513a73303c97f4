/* cf-ingest-private.h — the pieces of the ingest stage, shared only inside src/ingest/.
 *
 * The stage runs in three steps over bytes already in memory:
 *   detect     choose how to read the bytes (forced name, BOM, UTF-16 pattern, strict UTF-8
 *              or GB18030) and refuse what is not text (binary, unknown encoding);
 *   decode     turn the bytes into UTF-8 text, one line end '\n' per line, each run of invalid
 *              bytes and each stray control character replaced by U+FFFD with a diagnostic,
 *              and each line's byte offset in the original file recorded;
 *   normalize  the one-for-one normalised copy (see cf-document.h). */
#pragma once

#include <glib.h>

#include "model/cf-document.h"

G_BEGIN_DECLS

/* How much of a file the binary and UTF-16 sniffers look at: 64 KiB. */
#define CF_INGEST_SNIFF_BYTES ((gsize)64 * 1024)

/* At most this many U+FFFD diagnostics per document; the rest are summed up in one more. */
#define CF_INGEST_MAX_DIAGNOSTICS 100

/* How the bytes are cut into code units and converted. */
typedef enum {
	CF_SCHEME_UTF8,  /* 1-byte units, validated and copied (no iconv) */
	CF_SCHEME_BYTES, /* 1-byte units of an ASCII-compatible encoding, converted by iconv */
	CF_SCHEME_UNITS, /* 2- or 4-byte units (UTF-16, UTF-32), converted by iconv */
} CfScheme;

typedef struct {
	CfScheme scheme;
	guint unit_width;    /* 1, 2 or 4 bytes */
	gboolean big_endian; /* for 2- and 4-byte units */
	gsize start;         /* bytes to skip first (a BOM) */
	char *iconv_name;    /* what iconv reads the bytes as; NULL for CF_SCHEME_UTF8 */
	char *label;         /* the name used in messages: "UTF-8", "GB18030", "UTF-16LE" */
	gboolean bom;        /* a BOM was found (and skipped) */
} CfEncoding;

void cf_encoding_clear(CfEncoding *encoding);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(CfEncoding, cf_encoding_clear)

/* Chooses the encoding of @bytes (see cf-ingest.h for the order) and checks that they are
 * text.  Fails with CF_ERROR_ENCODING for an unknown or unusable forced name and with
 * CF_ERROR_BINARY for a binary file; messages name @path. */
gboolean cf_ingest_detect(const char *path, const guint8 *bytes, gsize length, const char *forced,
			  CfEncoding *encoding, GError **error);

/* Resolves a forced encoding name without looking at any bytes (BOM handling aside). */
gboolean cf_ingest_resolve_encoding(const char *name, CfEncoding *encoding, GError **error);

/* Decodes @bytes with @encoding into a new UTF-8 string (returned, NUL-terminated, length in
 * @text_length) and the byte offset of each line in @line_offsets (a new GArray of gsize).
 * Adds a diagnostic to @doc for every replaced run.  A final line end does not open another
 * line.  Fails only when iconv cannot be opened for @encoding. */
char *cf_ingest_decode(CfDocument *doc, const guint8 *bytes, gsize length,
		       const CfEncoding *encoding, gsize *text_length, GArray **line_offsets,
		       GError **error);

/* Invalid bytes in @bytes when read as strict UTF-8 (NUL bytes are not counted). */
gsize cf_ingest_count_invalid_utf8(const guint8 *bytes, gsize length);

/* The signature of a binary format at the start of @bytes ("PNG image"), or NULL. */
const char *cf_ingest_binary_magic(const guint8 *bytes, gsize length);

/* The common case in one pass (cf-ingest-fast.c): @bytes from @start on (after a UTF-8 BOM,
 * if any) as strict UTF-8 without NUL or control characters other than line ends, TAB and
 * form feed.  Fills doc's text, norm and lines exactly as decode + normalize would and
 * returns TRUE; returns FALSE, leaving doc without text, at the first byte that needs the
 * general path (invalid UTF-8, NUL, a control character).  @buffer, when not NULL, points
 * to the caller's heap buffer holding @bytes (*@buffer == @bytes) with room for at least
 * @length + 1 bytes: when the text is the bytes as they are, the document takes the buffer
 * (*@buffer becomes NULL) instead of a copy.  norm is text when nothing is normalised. */
gboolean cf_ingest_decode_utf8_fast(CfDocument *doc, const guint8 *bytes, gsize length, gsize start,
				    guint8 **buffer);

/* For tests: whether cf_ingest_decode_utf8_fast() may read 32 bytes a step with AVX2 where
 * the CPU has it (the default), or must keep to SSE2 (the same results either way).  Not
 * for use while documents are read in other threads. */
void cf_ingest_fast_use_avx2(gboolean use);

/* The normalised copy of @text (see cf-document.h); same lines, same characters per line. */
char *cf_ingest_normalize(const char *text, gsize length, gsize *norm_length);

/* When the opening of @doc holds a traditional character, replaces every traditional
 * character of its norm by its simplified form, one for one (cf-ingest-traditional.c). */
void cf_ingest_simplify(CfDocument *doc);

/* TRUE when the file name @name ends with @suffix in any letter case (".docx"). */
gboolean cf_ingest_has_suffix_ci(const char *name, const char *suffix);

/* TRUE when @bytes start as a ZIP archive does (the container of .docx and .xlsx). */
gboolean cf_ingest_is_zip(const guint8 *bytes, gsize length);

/* The member @name of the ZIP archive @bytes, inflated (at most @limit bytes), in a new buffer
 * with room for one byte more than *@member_length (cf-ingest-zip.c).  *@found tells whether
 * the archive has the member; NULL without an error when it has not.  Fails with
 * CF_ERROR_DAMAGED (a damaged archive, encryption, ZIP64, another method) or
 * CF_ERROR_TOO_LARGE. */
guint8 *cf_ingest_zip_member(const guint8 *bytes, gsize length, const char *name, gsize limit,
			     gboolean *found, gsize *member_length, GError **error);

/* Parses the member @name of the ZIP archive @bytes (at most CF_MAX_FILE_BYTES inflated) as
 * XML with @parser and @data.  Returns TRUE with *@found FALSE when the archive has no such
 * member; fails as cf_ingest_zip_member() does, or with the XML parser's error prefixed by
 * @name. */
gboolean cf_ingest_zip_parse_member(const guint8 *bytes, gsize length, const char *name,
				    const GMarkupParser *parser, gpointer data, gboolean *found,
				    GError **error);

/* The text of the Word document @bytes (a .docx: see cf-ingest-docx.c for how paragraphs and
 * tables are written), UTF-8, newly allocated, @text_length bytes.  Returns NULL with
 * *@is_docx FALSE and no error when the archive has no word/document.xml; fails when the
 * archive or its XML is damaged. */
char *cf_ingest_docx_text(const guint8 *bytes, gsize length, gboolean *is_docx, gsize *text_length,
			  GError **error);

/* A warning about what a workbook's text leaves out (a formula with no stored result), at
 * line @line (0: the whole file) of the text. */
typedef struct {
	guint line;
	guint column;
	char *message;
} CfIngestWarning;

/* Frees the message of a CfIngestWarning (a GArray's clear function). */
void cf_ingest_warning_clear(gpointer warning);

/* The text of the Excel workbook @bytes (a .xlsx: each sheet its name, then a line of cells
 * per row; see cf-ingest-xlsx.c), UTF-8, newly allocated, @text_length bytes.  Appends to
 * @warnings (CfIngestWarning, may be NULL) what the text leaves out.  Returns NULL with
 * *@is_xlsx FALSE and no error when the archive has no xl/workbook.xml; fails with
 * CF_ERROR_DAMAGED when a part is missing or damaged, CF_ERROR_TOO_LARGE when the text
 * would pass CF_MAX_FILE_BYTES. */
char *cf_ingest_xlsx_text(const guint8 *bytes, gsize length, gboolean *is_xlsx, gsize *text_length,
			  GArray *warnings, GError **error);

/* Appends the stored cell value @stored ("0.925", "1.2E-2") as the number format @format
 * ("0.00%", "#,##0.00", "yyyy\"年\"m\"月\"", NULL for General) shows it, exactly
 * (cf-ingest-xlsx-format.c); a value that is no number is appended as it is.  @date1904:
 * the workbook counts dates from 1904. */
void cf_ingest_xlsx_format_value(const char *stored, const char *format, gboolean date1904,
				 GString *out);

/* The code of Excel's built-in number format @id (General for ids it does not number). */
const char *cf_ingest_xlsx_builtin_format(guint id);

G_END_DECLS
