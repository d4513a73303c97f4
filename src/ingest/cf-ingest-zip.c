/* cf-ingest-zip.c — one member of a ZIP archive (the container of .docx and .xlsx), inflated.
 *
 * Only what an office document needs is read: the end-of-central-directory record, the
 * central directory's entries (name, method, sizes, local header offset) and the member's
 * local header; members are stored or deflated.  ZIP64, encryption, spanned archives and
 * other methods are refused with a message that says which.  Every offset and size is
 * checked against the bytes at hand before it is used, and inflating stops at @limit
 * bytes, so a damaged or hostile archive gives an error, never a read out of bounds or an
 * unbounded allocation.  cf_ingest_zip_parse_member() hands a member's XML to GMarkup, as
 * the .docx and .xlsx readers read every part. */
#include "ingest/cf-ingest-private.h"
#include "ingest/cf-ingest.h"

#include <string.h>
#include <zlib.h>

#include "model/cf-error.h"

#define EOCD_SIGNATURE 0x06054b50u
#define CENTRAL_SIGNATURE 0x02014b50u
#define LOCAL_SIGNATURE 0x04034b50u
/* end-of-central-directory record without its comment, and the comment's largest size */
#define EOCD_BYTES 22
#define EOCD_COMMENT_MAX 0xFFFF
#define CENTRAL_BYTES 46
#define LOCAL_BYTES 30

static guint16
u16_at(const guint8 *p)
{
	return (guint16)(p[0] | p[1] << 8);
}

static guint32
u32_at(const guint8 *p)
{
	return (guint32)p[0] | (guint32)p[1] << 8 | (guint32)p[2] << 16 | (guint32)p[3] << 24;
}

gboolean
cf_ingest_is_zip(const guint8 *bytes, gsize length)
{
	return length >= 4 && u32_at(bytes) == LOCAL_SIGNATURE;
}

/* The offset of the end-of-central-directory record, or -1: searched from the end, where a
 * comment of up to 64 KiB may follow it. */
static gssize
find_eocd(const guint8 *bytes, gsize length)
{
	if (length < EOCD_BYTES)
		return -1;
	gsize last = length - EOCD_BYTES;
	gsize first = last > EOCD_COMMENT_MAX ? last - EOCD_COMMENT_MAX : 0;
	for (gsize at = last + 1; at-- > first;)
		if (u32_at(bytes + at) == EOCD_SIGNATURE &&
		    at + EOCD_BYTES + u16_at(bytes + at + 20) == length)
			return (gssize)at;
	/* a comment length that does not reach the end: take the last signature anyway */
	for (gsize at = last + 1; at-- > first;)
		if (u32_at(bytes + at) == EOCD_SIGNATURE)
			return (gssize)at;
	return -1;
}

typedef struct {
	guint16 flags;
	guint16 method;
	guint32 crc;
	guint32 compressed;
	guint32 size;
	guint32 local_offset;
} Member;

/* Finds @name in the central directory.  Returns FALSE with @error set when the directory is
 * damaged; TRUE with *@found telling whether the name is there. */
static gboolean
find_member(const guint8 *bytes, gsize length, const char *name, Member *member,
	    gboolean *found, GError **error)
{
	*found = FALSE;
	gssize eocd = find_eocd(bytes, length);
	if (eocd < 0) {
		g_set_error_literal(error, CF_ERROR, CF_ERROR_DAMAGED,
				    "no end of the ZIP directory (the file is cut short)");
		return FALSE;
	}
	const guint8 *e = bytes + eocd;
	guint16 disk = u16_at(e + 4), entries = u16_at(e + 10);
	guint32 directory_size = u32_at(e + 12), directory_offset = u32_at(e + 16);
	if (disk != 0 || u16_at(e + 6) != 0) {
		g_set_error_literal(error, CF_ERROR, CF_ERROR_DAMAGED,
				    "a ZIP archive spanning several files is not read");
		return FALSE;
	}
	if (entries == 0xFFFF || directory_offset == 0xFFFFFFFFu) {
		g_set_error_literal(error, CF_ERROR, CF_ERROR_DAMAGED,
				    "a ZIP64 archive is not read");
		return FALSE;
	}
	if ((guint64)directory_offset + directory_size > (guint64)eocd) {
		g_set_error_literal(error, CF_ERROR, CF_ERROR_DAMAGED,
				    "the ZIP directory lies outside the file");
		return FALSE;
	}
	gsize name_length = strlen(name);
	gsize at = directory_offset, end = directory_offset + directory_size;
	for (guint i = 0; i < entries; i++) {
		if (end - at < CENTRAL_BYTES || u32_at(bytes + at) != CENTRAL_SIGNATURE) {
			g_set_error(error, CF_ERROR, CF_ERROR_DAMAGED,
				    "ZIP directory entry %u is damaged", i + 1);
			return FALSE;
		}
		const guint8 *c = bytes + at;
		gsize entry = CENTRAL_BYTES + (gsize)u16_at(c + 28) + u16_at(c + 30) + u16_at(c + 32);
		if (end - at < entry) {
			g_set_error(error, CF_ERROR, CF_ERROR_DAMAGED,
				    "ZIP directory entry %u is damaged", i + 1);
			return FALSE;
		}
		if (u16_at(c + 28) == name_length && memcmp(c + CENTRAL_BYTES, name, name_length) == 0) {
			member->flags = u16_at(c + 8);
			member->method = u16_at(c + 10);
			member->crc = u32_at(c + 16);
			member->compressed = u32_at(c + 20);
			member->size = u32_at(c + 24);
			member->local_offset = u32_at(c + 42);
			*found = TRUE;
			return TRUE;
		}
		at += entry;
	}
	return TRUE;
}

/* Inflates the raw deflate stream @data into at most @limit bytes. */
static guint8 *
inflate_member(const guint8 *data, gsize compressed, gsize size_hint, gsize limit, gsize *length,
	       GError **error)
{
	z_stream stream = {0};
	if (inflateInit2(&stream, -MAX_WBITS) != Z_OK) {
		g_set_error_literal(error, CF_ERROR, CF_ERROR_FAILED, "cannot start inflating");
		return NULL;
	}
	gsize capacity = MIN(MAX(size_hint, (gsize)4096), limit) + 1;
	g_autofree guint8 *out = g_malloc(capacity);
	gsize have = 0, read = 0;
	int status = Z_OK;
	while (status != Z_STREAM_END) {
		if (have == capacity) {
			if (capacity > limit) {
				inflateEnd(&stream);
				g_set_error(error, CF_ERROR, CF_ERROR_TOO_LARGE,
					    "its text is over %" G_GSIZE_FORMAT " MiB inflated",
					    limit / (1024 * 1024));
				return NULL;
			}
			capacity = MIN(capacity * 2, limit + 1);
			out = g_realloc(out, capacity);
		}
		/* zlib counts in uInt: feed and drain at most 1 GiB a step */
		gsize in_step = MIN(compressed - read, (gsize)1 << 30);
		gsize out_step = MIN(capacity - have, (gsize)1 << 30);
		stream.next_in = (Bytef *)(data + read);
		stream.avail_in = (uInt)in_step;
		stream.next_out = out + have;
		stream.avail_out = (uInt)out_step;
		status = inflate(&stream, Z_NO_FLUSH);
		read += in_step - stream.avail_in;
		have += out_step - stream.avail_out;
		if (status == Z_BUF_ERROR && stream.avail_out > 0)
			status = Z_DATA_ERROR; /* no progress with room to write: the input ran out */
		if (status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR) {
			inflateEnd(&stream);
			g_set_error_literal(error, CF_ERROR, CF_ERROR_DAMAGED,
					    "its compressed data is damaged");
			return NULL;
		}
	}
	inflateEnd(&stream);
	*length = have;
	return g_steal_pointer(&out);
}

guint8 *
cf_ingest_zip_member(const guint8 *bytes, gsize length, const char *name, gsize limit,
		     gboolean *found, gsize *member_length, GError **error)
{
	Member member;
	if (!find_member(bytes, length, name, &member, found, error))
		return NULL;
	if (!*found)
		return NULL;
	if (member.flags & 0x1) {
		g_set_error(error, CF_ERROR, CF_ERROR_DAMAGED, "'%s' in the archive is encrypted",
			    name);
		return NULL;
	}
	if (member.method != 0 && member.method != 8) {
		g_set_error(error, CF_ERROR, CF_ERROR_DAMAGED,
			    "'%s' in the archive is compressed by method %u, not deflate", name,
			    member.method);
		return NULL;
	}
	gsize at = member.local_offset;
	if (at > length || length - at < LOCAL_BYTES || u32_at(bytes + at) != LOCAL_SIGNATURE) {
		g_set_error(error, CF_ERROR, CF_ERROR_DAMAGED, "the header of '%s' is damaged",
			    name);
		return NULL;
	}
	gsize data = at + LOCAL_BYTES + u16_at(bytes + at + 26) + u16_at(bytes + at + 28);
	if (data > length || length - data < member.compressed) {
		g_set_error(error, CF_ERROR, CF_ERROR_DAMAGED, "'%s' is cut short", name);
		return NULL;
	}
	g_autofree guint8 *contents = NULL;
	if (member.method == 0) {
		if (member.compressed > limit) {
			g_set_error(error, CF_ERROR, CF_ERROR_TOO_LARGE,
				    "its text is over %" G_GSIZE_FORMAT " MiB",
				    limit / (1024 * 1024));
			return NULL;
		}
		*member_length = member.compressed;
		contents = g_malloc(member.compressed + 1);
		memcpy(contents, bytes + data, member.compressed);
	} else {
		contents = inflate_member(bytes + data, member.compressed, member.size, limit,
					  member_length, error);
		if (contents == NULL)
			return NULL;
	}
	/* the checksum catches what inflating alone lets through (a stored member's damage) */
	uLong crc = crc32(0L, Z_NULL, 0);
	for (gsize done = 0; done < *member_length;) {
		uInt step = (uInt)MIN(*member_length - done, (gsize)1 << 30);
		crc = crc32(crc, contents + done, step);
		done += step;
	}
	if ((guint32)crc != member.crc) {
		g_set_error(error, CF_ERROR, CF_ERROR_DAMAGED, "'%s' fails its checksum", name);
		return NULL;
	}
	return g_steal_pointer(&contents);
}

gboolean
cf_ingest_zip_parse_member(const guint8 *bytes, gsize length, const char *name,
			   const GMarkupParser *parser, gpointer data, gboolean *found,
			   GError **error)
{
	gsize xml_length = 0;
	g_autoptr(GError) local = NULL;
	g_autofree guint8 *xml = cf_ingest_zip_member(bytes, length, name, CF_MAX_FILE_BYTES, found,
						      &xml_length, &local);
	if (local != NULL) {
		g_propagate_error(error, g_steal_pointer(&local));
		return FALSE;
	}
	if (xml == NULL)
		return TRUE; /* no such member */
	g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new(parser, 0, data, NULL);
	if (!g_markup_parse_context_parse(context, (const char *)xml, (gssize)xml_length, error) ||
	    !g_markup_parse_context_end_parse(context, error)) {
		g_prefix_error(error, "%s: ", name);
		return FALSE;
	}
	return TRUE;
}
