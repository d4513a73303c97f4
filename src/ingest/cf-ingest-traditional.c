/* cf-ingest-traditional.c — traditional characters read as simplified ones.
 *
 * Reports reposted on mirror sites, and some portals' 繁體 pages, are in traditional script:
 * 萬元, 億元, 個, 項, 合計, 佔, 增長.  The lexicon (patterns/) is written in simplified
 * characters, so in such a text no unit, cue or label word was read.  When the opening of a
 * document holds a traditional character, every traditional character of its norm is
 * replaced by its simplified form (cf-ingest-traditional-table.h, from Unihan): one
 * character of three bytes for one of three bytes, so that every offset, line and column
 * stays as it was (cf-document.h).  The text, which findings quote, is left as written. */
#include "ingest/cf-ingest-private.h"

#include <stdlib.h>
#include <string.h>

#include "ingest/cf-ingest-traditional-table.h"

/* Characters of three bytes read from a document's start to tell its script, at most. */
#define OPENING_CHARACTERS 1000

/* A bit for each character of the Basic Multilingual Plane: set for those of the table. */
static guint8 mapped_bits[0x10000 / 8];

static gpointer
init_bits(gpointer data)
{
	(void)data;
	for (guint i = 0; i < CF_TRADITIONAL_COUNT; i++) {
		guint c = cf_traditional[i][0];
		mapped_bits[c >> 3] |= (guint8)(1u << (c & 7));
	}
	return NULL;
}

static inline gboolean
is_mapped(guint c)
{
	return (mapped_bits[c >> 3] >> (c & 7)) & 1;
}

/* The character of the three bytes at @p. */
static inline guint
three_byte_char(const guchar *p)
{
	return ((guint)(p[0] & 0x0F) << 12) | ((guint)(p[1] & 0x3F) << 6) | (guint)(p[2] & 0x3F);
}

static int
compare_traditional(const void *key, const void *entry)
{
	guint k = *(const guint *)key, e = ((const guint16 *)entry)[0];
	return k < e ? -1 : k > e;
}

/* TRUE when the first OPENING_CHARACTERS characters of three bytes of [@s, @end) hold a
 * traditional one. */
static gboolean
opens_traditional(const guchar *s, const guchar *end)
{
	guint seen = 0;
	for (const guchar *p = s; p < end && seen < OPENING_CHARACTERS;) {
		gsize n = (gsize)g_utf8_skip[*p];
		if (n == 3 && end - p >= 3) {
			if (is_mapped(three_byte_char(p)))
				return TRUE;
			seen++;
		}
		p += n;
	}
	return FALSE;
}

void
cf_ingest_simplify(CfDocument *doc)
{
	static GOnce once = G_ONCE_INIT;
	g_once(&once, init_bits, NULL);
	const guchar *s = (const guchar *)doc->norm, *end = s + doc->norm_length;
	if (!opens_traditional(s, end))
		return;
	if (doc->norm == doc->text)
		doc->norm = g_memdup2(doc->text, doc->text_length + 1);
	guchar *p = (guchar *)doc->norm;
	end = p + doc->norm_length;
	while (p < end) {
		gsize n = (gsize)g_utf8_skip[*p];
		if (n == 3 && end - p >= 3) {
			guint c = three_byte_char(p);
			const guint16 *entry = NULL;
			if (is_mapped(c))
				entry = bsearch(&c, cf_traditional, CF_TRADITIONAL_COUNT,
						sizeof cf_traditional[0], compare_traditional);
			if (entry) {
				guint to = entry[1];
				p[0] = (guchar)(0xE0 | (to >> 12));
				p[1] = (guchar)(0x80 | ((to >> 6) & 0x3F));
				p[2] = (guchar)(0x80 | (to & 0x3F));
			}
		}
		p += n;
	}
}
