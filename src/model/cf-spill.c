/* cf-spill.c — the temporary file behind a CfSpill: appends go to a buffer that is written
 * when full (or before a read that needs it), a large append straight to the file with it;
 * reads are pread()s, so they never move the write position. */
#include "model/cf-spill.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <sys/uio.h>
#include <unistd.h>

#include "model/cf-error.h"

struct _CfSpill {
	int fd;
	char *name;      /* for error messages; the file itself is already unlinked */
	GString *buffer; /* appended, not written yet: starts at `written` */
	guint64 written; /* bytes in the file */
	GError *failure; /* the first write failure: every later call fails with it */
};

CfSpill *
cf_spill_new(GError **error)
{
	g_autofree char *name = NULL;
	g_autoptr(GError) local_error = NULL;
	int fd = g_file_open_tmp("crossfoot-XXXXXX", &name, &local_error);
	if (fd < 0) {
		int saved = errno;
		g_set_error(error, CF_ERROR, CF_ERROR_IO,
			    "cannot create a temporary file in '%s': %s", g_get_tmp_dir(),
			    g_strerror(saved));
		return NULL;
	}
	g_unlink(name);
	CfSpill *spill = g_new0(CfSpill, 1);
	spill->fd = fd;
	spill->name = g_steal_pointer(&name);
	spill->buffer = g_string_sized_new(CF_SPILL_BUFFER_BYTES);
	return spill;
}

void
cf_spill_free(CfSpill *spill)
{
	if (spill == NULL)
		return;
	close(spill->fd);
	g_free(spill->name);
	g_string_free(spill->buffer, TRUE);
	g_clear_error(&spill->failure);
	g_free(spill);
}

/* Writes the @n pieces @pieces (changed: what is left of them) at the end of the file, in
 * one pwritev() when it takes them all. */
static gboolean
write_pieces(CfSpill *spill, struct iovec *pieces, int n, GError **error)
{
	if (spill->failure != NULL) {
		g_propagate_error(error, g_error_copy(spill->failure));
		return FALSE;
	}
	while (n > 0) {
		if (pieces[0].iov_len == 0) {
			pieces++;
			n--;
			continue;
		}
		ssize_t done = pwritev(spill->fd, pieces, n, (off_t)spill->written);
		if (done < 0 && errno == EINTR)
			continue;
		if (done <= 0) {
			int saved = done < 0 ? errno : ENOSPC;
			g_set_error(&spill->failure, CF_ERROR, CF_ERROR_IO,
				    "cannot write temporary file '%s': %s", spill->name,
				    g_strerror(saved));
			g_propagate_error(error, g_error_copy(spill->failure));
			return FALSE;
		}
		spill->written += (guint64)done;
		for (gsize left = (gsize)done; left > 0;) {
			gsize step = MIN(left, pieces[0].iov_len);
			pieces[0].iov_base = (char *)pieces[0].iov_base + step;
			pieces[0].iov_len -= step;
			left -= step;
			if (pieces[0].iov_len == 0) {
				pieces++;
				n--;
			}
		}
	}
	return TRUE;
}

/* Writes the buffer, then @length bytes of @data (none: NULL, 0), at the end of the file;
 * the buffer is empty after it. */
static gboolean
flush_with(CfSpill *spill, const void *data, gsize length, GError **error)
{
	struct iovec pieces[2] = {{spill->buffer->str, spill->buffer->len},
				  {(void *)data, length}};
	if (!write_pieces(spill, pieces, 2, error))
		return FALSE;
	g_string_truncate(spill->buffer, 0);
	return TRUE;
}

static gboolean
flush(CfSpill *spill, GError **error)
{
	return flush_with(spill, NULL, 0, error);
}

gboolean
cf_spill_append(CfSpill *spill, const void *data, gsize length, guint64 *offset, GError **error)
{
	if (spill->failure != NULL)
		return flush(spill, error);
	if (offset != NULL)
		*offset = cf_spill_get_size(spill);
	/* a large piece goes to the file with what the buffer holds, in one call, not copied to
	 * the buffer first (a record's spilled form is tens of KB) */
	if (length >= CF_SPILL_DIRECT_BYTES)
		return flush_with(spill, data, length, error);
	if (spill->buffer->len + length > CF_SPILL_BUFFER_BYTES && !flush(spill, error))
		return FALSE;
	cf_spill_put(spill->buffer, data, length);
	return TRUE;
}

gboolean
cf_spill_flush(CfSpill *spill, GError **error)
{
	return spill->buffer->len == 0 && spill->failure == NULL ? TRUE : flush(spill, error);
}

gboolean
cf_spill_read_into(CfSpill *spill, guint64 offset, gsize length, char *out, GError **error)
{
	g_return_val_if_fail(offset + length <= cf_spill_get_size(spill), FALSE);
	if (offset + length > spill->written && !flush(spill, error))
		return FALSE;
	gsize done = 0;
	while (done < length) {
		ssize_t n = pread(spill->fd, out + done, length - done, (off_t)(offset + done));
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			int saved = n < 0 ? errno : EIO;
			g_set_error(error, CF_ERROR, CF_ERROR_IO,
				    "cannot read temporary file '%s': %s", spill->name,
				    g_strerror(saved));
			return FALSE;
		}
		done += (gsize)n;
	}
	out[length] = '\0';
	return TRUE;
}

char *
cf_spill_read(CfSpill *spill, guint64 offset, gsize length, GError **error)
{
	g_return_val_if_fail(offset + length <= cf_spill_get_size(spill), NULL);
	char *out = g_malloc(length + 1);
	if (!cf_spill_read_into(spill, offset, length, out, error)) {
		g_free(out);
		return NULL;
	}
	return out;
}

guint64
cf_spill_get_size(const CfSpill *spill)
{
	return spill->written + spill->buffer->len;
}
