/* cf-ingest-decode.c — bytes in a known encoding to UTF-8 lines.
 *
 * The input is cut into code units (bytes, or 2-/4-byte units for UTF-16/32).  Line ends
 * (LF, CR, CRLF) and control characters are found on the units themselves: in every
 * encoding this stage accepts, a unit below 0x20 or equal to 0x7F is never part of a longer
 * character (GB18030 trail bytes are 0x30-0x39 and 0x40-0xFE without 0x7F).  So the original
 * byte offset of every line start and every replaced character is exact, and the text between
 * two such units ("a segment") is converted on its own, by a validating copy for UTF-8 or by
 * iconv otherwise.  Everything is one pass over the input: no per-character allocation. */
#include "ingest/cf-ingest-private.h"

#include <errno.h>
#include <iconv.h>
#include <string.h>

#include "model/cf-error.h"

#define REPLACEMENT "\xEF\xBF\xBD" /* U+FFFD */
#define SCRATCH_BYTES ((gsize)64 * 1024)

typedef struct {
	CfDocument *doc;
	const CfEncoding *encoding;
	GString *out;
	GArray *line_offsets; /* gsize per line */
	guint line;           /* current line, 1-based */
	gsize line_start;     /* where the current line starts in out */
	gsize counted_upto;   /* out offset up to which counted_chars is known */
	guint counted_chars;  /* characters in out[line_start, counted_upto) */
	gboolean newline_pending;
	gsize newline_source; /* byte offset where the pending line starts */
	gboolean in_run;      /* a run of invalid bytes is open */
	gsize run_start, run_end;
	guint8 run_bytes[4];
	guint n_diagnostics;
	guint n_suppressed;
} Decoder;

void
cf_encoding_clear(CfEncoding *encoding)
{
	g_clear_pointer(&encoding->iconv_name, g_free);
	g_clear_pointer(&encoding->label, g_free);
}

/* 1-based character column of the end of out, counted incrementally so that many
 * diagnostics on one long line stay linear. */
static guint
current_column(Decoder *d)
{
	const char *s = d->out->str;
	for (gsize i = d->counted_upto; i < d->out->len; i++)
		if (((guchar)s[i] & 0xC0) != 0x80)
			d->counted_chars++;
	d->counted_upto = d->out->len;
	return d->counted_chars + 1;
}

static void
add_diagnostic(Decoder *d, gsize byte_offset, const char *message)
{
	if (d->n_diagnostics >= CF_INGEST_MAX_DIAGNOSTICS) {
		d->n_suppressed++;
		return;
	}
	d->n_diagnostics++;
	cf_document_add_diagnostic(d->doc, d->line, current_column(d), byte_offset, message);
}

static void
flush_newline(Decoder *d)
{
	if (!d->newline_pending)
		return;
	d->newline_pending = FALSE;
	g_string_append_c(d->out, '\n');
	d->line++;
	d->line_start = d->out->len;
	d->counted_upto = d->out->len;
	d->counted_chars = 0;
	g_array_append_val(d->line_offsets, d->newline_source);
}

static void
flush_run(Decoder *d)
{
	if (!d->in_run)
		return;
	d->in_run = FALSE;
	gsize n = d->run_end - d->run_start;
	g_autoptr(GString) message = g_string_new(NULL);
	g_string_append_printf(message, "invalid %s %s", d->encoding->label,
			       n == 1 ? "byte" : "bytes");
	for (gsize i = 0; i < MIN(n, G_N_ELEMENTS(d->run_bytes)); i++)
		g_string_append_printf(message, " 0x%02x", d->run_bytes[i]);
	if (n > G_N_ELEMENTS(d->run_bytes))
		g_string_append_printf(message, " ... (%" G_GSIZE_FORMAT " bytes)", n);
	g_string_append_printf(message, " at byte %" G_GSIZE_FORMAT ", replaced by U+FFFD",
			       d->run_start);
	add_diagnostic(d, d->run_start, message->str);
	g_string_append(d->out, REPLACEMENT);
}

/* @n invalid bytes at @offset: they join the open run when adjacent to it. */
static void
emit_invalid(Decoder *d, const guint8 *bytes, gsize offset, gsize n)
{
	if (d->in_run && d->run_end == offset) {
		for (gsize i = 0; i < n; i++) {
			gsize k = d->run_end - d->run_start + i;
			if (k < G_N_ELEMENTS(d->run_bytes))
				d->run_bytes[k] = bytes[offset + i];
		}
		d->run_end += n;
		return;
	}
	flush_run(d);
	flush_newline(d);
	d->in_run = TRUE;
	d->run_start = offset;
	d->run_end = offset + n;
	for (gsize i = 0; i < MIN(n, G_N_ELEMENTS(d->run_bytes)); i++)
		d->run_bytes[i] = bytes[offset + i];
}

static void
emit_text(Decoder *d, const char *text, gsize n)
{
	if (n == 0)
		return;
	flush_run(d);
	flush_newline(d);
	g_string_append_len(d->out, text, n);
}

static void
emit_line_end(Decoder *d, gsize next_line_offset)
{
	flush_run(d);
	flush_newline(d);
	d->newline_pending = TRUE;
	d->newline_source = next_line_offset;
}

/* A control character that is neither a line end, TAB nor form feed: U+FFFD in the text,
 * because it would garble a terminal and means nothing in a report. */
static void
emit_control(Decoder *d, guint32 value, gsize offset)
{
	flush_run(d);
	flush_newline(d);
	g_autofree char *message = NULL;
	if (value == 0)
		message = g_strdup_printf("NUL %s at byte %" G_GSIZE_FORMAT ", replaced by U+FFFD",
					  d->encoding->unit_width == 1 ? "byte" : "character",
					  offset);
	else
		message = g_strdup_printf("control character U+%04X at byte %" G_GSIZE_FORMAT
					  ", replaced by U+FFFD",
					  value, offset);
	add_diagnostic(d, offset, message);
	g_string_append(d->out, REPLACEMENT);
}

/* ---- segment converters: the text between two line ends or control units ---- */

static void
convert_utf8(Decoder *d, const guint8 *bytes, gsize start, gsize end)
{
	gsize i = start;
	while (i < end) {
		const char *valid_end = NULL;
		g_utf8_validate_len((const char *)bytes + i, end - i, &valid_end);
		gsize n = (gsize)((const guint8 *)valid_end - (bytes + i));
		emit_text(d, (const char *)bytes + i, n);
		i += n;
		if (i < end) {
			emit_invalid(d, bytes, i, 1);
			i++;
		}
	}
}

static void
convert_iconv(Decoder *d, iconv_t cd, char *scratch, const guint8 *bytes, gsize start, gsize end)
{
	gsize width = d->encoding->unit_width;
	char *in = (char *)bytes + start;
	gsize in_left = end - start;

	iconv(cd, NULL, NULL, NULL, NULL);
	while (in_left > 0) {
		char *out = scratch;
		gsize out_left = SCRATCH_BYTES;
		gsize r = iconv(cd, &in, &in_left, &out, &out_left);
		int saved = errno;
		emit_text(d, scratch, SCRATCH_BYTES - out_left);
		if (r != (gsize)-1 || saved == E2BIG)
			continue;
		/* EILSEQ or EINVAL (a sequence cut by the segment end): skip one unit */
		gsize skip = MIN(width, in_left);
		emit_invalid(d, bytes, (gsize)((guint8 *)in - bytes), skip);
		in += skip;
		in_left -= skip;
		iconv(cd, NULL, NULL, NULL, NULL);
	}
}

static guint32
read_unit(const guint8 *p, guint width, gboolean big_endian)
{
	guint32 v = 0;
	for (guint k = 0; k < width; k++) {
		guint shift = big_endian ? 8 * (width - 1 - k) : 8 * k;
		v |= (guint32)p[k] << shift;
	}
	return v;
}

static gboolean
is_special(guint32 v)
{
	return (v < 0x20 && v != '\t' && v != '\f') || v == 0x7F;
}

char *
cf_ingest_decode(CfDocument *doc, const guint8 *bytes, gsize length, const CfEncoding *encoding,
		 gsize *text_length, GArray **line_offsets, GError **error)
{
	iconv_t cd = (iconv_t)-1;
	if (encoding->scheme != CF_SCHEME_UTF8) {
		cd = iconv_open("UTF-8", encoding->iconv_name);
		if (cd == (iconv_t)-1) {
			g_set_error(error, CF_ERROR, CF_ERROR_ENCODING,
				    "cannot decode '%s' as '%s': %s", doc->path,
				    encoding->iconv_name, g_strerror(errno));
			return NULL;
		}
	}

	Decoder d = {0};
	d.doc = doc;
	d.encoding = encoding;
	/* UTF-8 copies byte for byte; CJK in GB18030 or UTF-16 grows by half */
	gsize estimate = encoding->scheme == CF_SCHEME_UTF8 ? length : length / 2 * 3;
	d.out = g_string_sized_new(estimate + 16);
	d.line_offsets = g_array_new(FALSE, FALSE, sizeof(gsize));
	d.line = 1;
	g_array_append_val(d.line_offsets, encoding->start);
	g_autofree char *scratch = cd != (iconv_t)-1 ? g_malloc(SCRATCH_BYTES) : NULL;

	guint width = encoding->unit_width;
	gsize usable = encoding->start + (length - encoding->start) / width * width;
	gsize segment = encoding->start;
	gsize i = encoding->start;
	while (i < usable) {
		guint32 v =
			width == 1 ? bytes[i] : read_unit(bytes + i, width, encoding->big_endian);
		if (!is_special(v)) {
			i += width;
			continue;
		}
		if (segment < i) {
			if (cd == (iconv_t)-1)
				convert_utf8(&d, bytes, segment, i);
			else
				convert_iconv(&d, cd, scratch, bytes, segment, i);
		}
		gsize next = i + width;
		if (v == '\r' && next < usable &&
		    read_unit(bytes + next, width, encoding->big_endian) == '\n')
			next += width;
		if (v == '\n' || v == '\r')
			emit_line_end(&d, next);
		else
			emit_control(&d, v, i);
		i = next;
		segment = next;
	}
	if (segment < usable) {
		if (cd == (iconv_t)-1)
			convert_utf8(&d, bytes, segment, usable);
		else
			convert_iconv(&d, cd, scratch, bytes, segment, usable);
	}
	if (usable < length) /* a UTF-16/32 file cut inside its last unit */
		emit_invalid(&d, bytes, usable, length - usable);
	flush_run(&d);
	/* a final line end closes the last line; it does not open an empty one */
	d.newline_pending = FALSE;

	if (d.n_suppressed > 0) {
		g_autofree char *message = g_strdup_printf(
			"%u more runs of invalid bytes or control characters replaced by U+FFFD "
			"(only the first %u are listed)",
			d.n_suppressed, (guint)CF_INGEST_MAX_DIAGNOSTICS);
		cf_document_add_diagnostic(doc, 0, 0, G_MAXSIZE, message);
	}
	if (cd != (iconv_t)-1)
		iconv_close(cd);

	*text_length = d.out->len;
	*line_offsets = d.line_offsets;
	return g_string_free(d.out, FALSE);
}

gsize
cf_ingest_count_invalid_utf8(const guint8 *bytes, gsize length)
{
	gsize invalid = 0, i = 0;
	while (i < length) {
		const char *valid_end = NULL;
		g_utf8_validate_len((const char *)bytes + i, length - i, &valid_end);
		i = (gsize)((const guint8 *)valid_end - bytes);
		if (i < length) {
			if (bytes[i] != 0)
				invalid++;
			i++;
		}
	}
	return invalid;
}
