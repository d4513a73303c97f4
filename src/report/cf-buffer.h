/* cf-buffer.h — appending to a GString without a function call per piece.
 *
 * Renderers write hundreds of megabytes in small pieces (a key, a digit run, a quote); GLib's
 * g_string_append_len() is an out-of-line call each time.  These inline helpers copy straight
 * into the string's buffer and only call GLib to grow it.  Private to src/report/. */
#pragma once

#include <string.h>

#include <glib.h>

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

/* A string literal, its length known at compile time. */
#define CF_BUFFER_PUT_LITERAL(out, literal) cf_buffer_put((out), "" literal, sizeof(literal) - 1)
