/* cf-hash.h — one fast hash of bytes for the tables in memory (memos, string pools, keys):
 * eight bytes a step.  Not stable across versions: never stored (history keeps its own,
 * fixed, fingerprints). */
#pragma once

#include <string.h>

#include <glib.h>

G_BEGIN_DECLS

/* A 64-bit hash of @length bytes at @s. */
static inline guint64
cf_hash_bytes(const char *s, gsize length)
{
	guint64 h = 0x9e3779b97f4a7c15u ^ length, w, tail = 0;
	gsize n = length;
	for (const char *p = s; n >= 8; p += 8, n -= 8) {
		memcpy(&w, p, 8);
		h = (h ^ w) * 0xff51afd7ed558ccdu;
		h ^= h >> 32;
	}
	if (length >= 8)
		memcpy(&tail, s + length - 8, 8);
	else
		for (gsize i = 0; i < length; i++)
			tail |= (guint64)(guchar)s[i] << (8 * i);
	h = (h ^ tail) * 0xc4ceb9fe1a85ec53u;
	return h ^ (h >> 29);
}

/* cf_hash_bytes() of a NUL-terminated string, as a GHashFunc (with g_str_equal). */
static inline guint
cf_hash_str(gconstpointer key)
{
	const char *s = key;
	return (guint)cf_hash_bytes(s, strlen(s));
}

G_END_DECLS
