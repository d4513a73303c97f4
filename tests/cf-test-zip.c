/* cf-test-zip.c — ZIP archives built byte by byte for the tests of .docx and .xlsx input. */
#include "cf-test-zip.h"

#include <string.h>
#include <zlib.h>

static void
put16(GByteArray *out, guint v)
{
	guint8 b[2] = {v & 0xFF, (v >> 8) & 0xFF};
	g_byte_array_append(out, b, 2);
}

static void
put32(GByteArray *out, guint32 v)
{
	guint8 b[4] = {v & 0xFF, (v >> 8) & 0xFF, (v >> 16) & 0xFF, (v >> 24) & 0xFF};
	g_byte_array_append(out, b, 4);
}

static GByteArray *
deflate_raw(const char *data, gsize length)
{
	z_stream stream = {0};
	g_assert_cmpint(deflateInit2(&stream, 9, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY), ==,
			Z_OK);
	GByteArray *out = g_byte_array_sized_new((guint)deflateBound(&stream, length));
	g_byte_array_set_size(out, (guint)deflateBound(&stream, length));
	stream.next_in = (Bytef *)data;
	stream.avail_in = (uInt)length;
	stream.next_out = out->data;
	stream.avail_out = out->len;
	g_assert_cmpint(deflate(&stream, Z_FINISH), ==, Z_STREAM_END);
	g_byte_array_set_size(out, (guint)stream.total_out);
	deflateEnd(&stream);
	return out;
}

GByteArray *
zip_of(const Member *members)
{
	GByteArray *out = g_byte_array_new();
	g_autoptr(GByteArray) directory = g_byte_array_new();
	guint n = 0;
	for (const Member *m = members; m->name; m++, n++) {
		gsize length = strlen(m->data);
		g_autoptr(GByteArray) body = NULL;
		if (m->method == 8) {
			body = deflate_raw(m->data, length);
		} else {
			body = g_byte_array_new();
			g_byte_array_append(body, (const guint8 *)m->data, (guint)length);
		}
		guint32 crc = (guint32)crc32(0L, (const Bytef *)m->data, (uInt)length);
		if (m->bad_crc)
			crc ^= 1;
		guint32 offset = out->len;
		put32(out, 0x04034b50);
		put16(out, 20);
		put16(out, m->flags);
		put16(out, m->method);
		put32(out, 0); /* time, date */
		put32(out, crc);
		put32(out, body->len);
		put32(out, (guint32)length);
		put16(out, (guint)strlen(m->name));
		put16(out, 0);
		g_byte_array_append(out, (const guint8 *)m->name, (guint)strlen(m->name));
		g_byte_array_append(out, body->data, body->len);

		put32(directory, 0x02014b50);
		put16(directory, 20);
		put16(directory, 20);
		put16(directory, m->flags);
		put16(directory, m->method);
		put32(directory, 0);
		put32(directory, crc);
		put32(directory, body->len);
		put32(directory, (guint32)length);
		put16(directory, (guint)strlen(m->name));
		put16(directory, 0); /* extra */
		put16(directory, 0); /* comment */
		put16(directory, 0); /* disk */
		put16(directory, 0); /* internal attributes */
		put32(directory, 0); /* external attributes */
		put32(directory, offset);
		g_byte_array_append(directory, (const guint8 *)m->name, (guint)strlen(m->name));
	}
	guint32 directory_offset = out->len;
	g_byte_array_append(out, directory->data, directory->len);
	put32(out, 0x06054b50);
	put16(out, 0);
	put16(out, 0);
	put16(out, n);
	put16(out, n);
	put32(out, directory->len);
	put32(out, directory_offset);
	put16(out, 0);
	return out;
}
