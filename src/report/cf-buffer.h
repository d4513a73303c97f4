/* cf-buffer.h — appending to a GString without a function call per piece.
 *
 * Renderers write hundreds of megabytes in small pieces (a key, a digit run, a quote); GLib's
 * g_string_append_len() is an out-of-line call each time.  These inline helpers copy straight
 * into the string's buffer and only call GLib to grow it.  Private to src/report/. */
#pragma once

#include <string.h>

#include <glib.h>

#include "model/cf-decimal.h"

/* Makes room for @n more bytes (plus the NUL) without changing out->len. */
static inline void
cf_buffer_reserve(GString *out, gsize n)
{
	if (G_UNLIKELY(out->len + n >= out->allocated_len)) {
		gsize len = out->len;
		g_string_set_size(out, len + n); /* grows the allocation geometrically */
		g_string_truncate(out, len);
	}
}

static inline void
cf_buffer_put(GString *out, const char *bytes, gsize n)
{
	cf_buffer_reserve(out, n);
	memcpy(out->str + out->len, bytes, n);
	out->len += n;
	out->str[out->len] = '\0';
}

static inline void
cf_buffer_put_c(GString *out, char c)
{
	cf_buffer_reserve(out, 1);
	out->str[out->len++] = c;
	out->str[out->len] = '\0';
}

static inline void
cf_buffer_put_str(GString *out, const char *text)
{
	cf_buffer_put(out, text, strlen(text));
}

/* Writing through a cursor: cf_buffer_begin() makes room for at most @n bytes and returns
 * where they go; cf_buffer_end() takes the cursor past the last byte written.  For a record
 * of many small pieces whose size is bounded in advance: one check for all of them. */
static inline char *
cf_buffer_begin(GString *out, gsize n)
{
	cf_buffer_reserve(out, n);
	return out->str + out->len;
}

static inline void
cf_buffer_end(GString *out, char *cursor)
{
	out->len = (gsize)(cursor - out->str);
	out->str[out->len] = '\0';
}

/* Copies @n bytes to @cursor; returns the cursor past them. */
static inline char *
cf_cursor_put(char *cursor, const char *bytes, gsize n)
{
	memcpy(cursor, bytes, n);
	return cursor + n;
}

#define CF_CURSOR_PUT_LITERAL(cursor, literal) \
	cf_cursor_put((cursor), "" literal, sizeof(literal) - 1)

/* Bounds of what the cf_json_write_* functions (cf-json.c) write. */
#define CF_JSON_STRING_MAX(n) (6 * (gsize)(n) + 2) /* every byte \u00XX, and the quotes */
/* digits are copied 24 bytes at a time (cf-json.c): a number writes up to 24 bytes past
 * where its digits start, and leaves the cursor after its own text */
#define CF_JSON_UINT_MAX 24
#define CF_JSON_DECIMAL_MAX 48 /* sign, "0.", 17 zeros, 24 bytes of digits, quotes; or sign,
				* 20 digits, '.', 24 bytes of digits, quote */

/* A JSON string literal of @text[0, n) (NULL: null) at @cursor; returns the cursor after. */
char *cf_json_write_string(char *cursor, const char *text, gsize n);
/* The same for @text known to be valid UTF-8, faster: the same output. */
char *cf_json_write_valid_string(char *cursor, const char *text, gsize n);
char *cf_json_write_uint(char *cursor, guint64 value);
/* At most CF_JSON_UINT_MAX + 1 bytes. */
char *cf_json_write_int(char *cursor, gint64 value, gboolean negative_is_null);
/* Without quotes (cf_json_append_decimal_digits()), and as a JSON string. */
char *cf_json_write_decimal_digits(char *cursor, CfDecimal value);
char *cf_json_write_decimal(char *cursor, CfDecimal value);

/* A string literal, its length known at compile time. */
#define CF_BUFFER_PUT_LITERAL(out, literal) cf_buffer_put((out), "" literal, sizeof(literal) - 1)
