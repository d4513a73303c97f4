/* cf-spill.h — an unlinked temporary file that a batch moves its bulky data to (each
 * document's findings until the end of the run, the source lines of the records the checks
 * across documents keep), so memory does not grow with the batch.
 *
 * Data is appended (buffered) and read back by offset; a read sees everything appended
 * before it.  The file is unlinked as soon as it is created: nothing is left behind, even
 * when the process is killed.  A CfSpill is used by one thread at a time (but see
 * cf_spill_flush: reads of what was flushed may run in several).
 *
 * Errors name the temporary file or its folder: "cannot write temporary file
 * '/tmp/crossfoot-3F1A2B': No space left on device", "cannot create a temporary file in
 * '/nonexistent': No such file or directory" ($TMPDIR, else /tmp). */
#pragma once

#include <glib.h>
#include <string.h>

G_BEGIN_DECLS

typedef struct _CfSpill CfSpill;

/* Appended data is written to the file in chunks of this many bytes. */
#define CF_SPILL_BUFFER_BYTES (256 * 1024)

/* An append this large is written with what the buffer holds rather than copied to it. */
#define CF_SPILL_DIRECT_BYTES (16 * 1024)

/* A new spill on a temporary file in g_get_tmp_dir(); NULL when it cannot be created.
 * Free with cf_spill_free(). */
CfSpill *cf_spill_new(GError **error);
void cf_spill_free(CfSpill *spill);

/* Appends @length bytes of @data; *@offset (may be NULL) gets where they start.  FALSE when
 * the file cannot be written (the spill is then unusable: every later call fails too). */
gboolean cf_spill_append(CfSpill *spill, const void *data, gsize length, guint64 *offset,
			 GError **error);

/* Appends @length bytes of @data to @out, as g_string_append_len() does but without its checks
 * for @data inside @out (which it must not be): a spilled form is written in many small
 * pieces. */
static inline void
cf_spill_put(GString *out, const void *data, gsize length)
{
	gsize at = out->len;
	if (G_LIKELY(at + length < out->allocated_len)) {
		/* room for it and the NUL: no call to grow */
		memcpy(out->str + at, data, length);
		out->len = at + length;
		out->str[out->len] = '\0';
		return;
	}
	g_string_set_size(out, at + length);
	memcpy(out->str + at, data, length);
}

/* The @length bytes at @offset, NUL-terminated, new string; NULL when they cannot be read. */
char *cf_spill_read(CfSpill *spill, guint64 offset, gsize length, GError **error);

/* cf_spill_read() into the caller's @out (room for @length bytes and the NUL); FALSE when
 * they cannot be read. */
gboolean cf_spill_read_into(CfSpill *spill, guint64 offset, gsize length, char *out,
			    GError **error);

/* Writes everything appended so far to the file.  After it, and until the next append,
 * cf_spill_read() of what was appended only reads the file (pread): several threads may read
 * at once.  FALSE when the file cannot be written. */
gboolean cf_spill_flush(CfSpill *spill, GError **error);

/* Bytes appended so far. */
guint64 cf_spill_get_size(const CfSpill *spill);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(CfSpill, cf_spill_free)

G_END_DECLS
