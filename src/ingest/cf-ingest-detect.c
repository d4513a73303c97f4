/* cf-ingest-detect.c — which encoding the bytes are in, and whether they are text at all. */
#include "ingest/cf-ingest-private.h"

#include <errno.h>
#include <iconv.h>
#include <string.h>

#include "model/cf-error.h"

/* A file is binary when more than 1 in BINARY_CONTROL_SHARE units of its first 64 KiB are
 * NUL or control characters, and there are more than BINARY_CONTROL_MIN of them: a text
 * file with a few stray NUL or control bytes is still read (each becomes U+FFFD with a
 * diagnostic).  Random bytes (compressed images) are about 11 % control bytes. */
#define BINARY_CONTROL_SHARE 50
#define BINARY_CONTROL_MIN 8

/* UTF-16 without a BOM: at least this share (in %) of the sampled code units must be
 * characters a report plausibly contains. */
#define UTF16_PLAUSIBLE_PERCENT 95

static void
set_encoding(CfEncoding *e, CfScheme scheme, guint width, gboolean big_endian, gsize start,
	     const char *iconv_name, const char *label, gboolean bom)
{
	cf_encoding_clear(e);
	e->scheme = scheme;
	e->unit_width = width;
	e->big_endian = big_endian;
	e->start = start;
	e->iconv_name = g_strdup(iconv_name);
	e->label = g_strdup(label);
	e->bom = bom;
}

/* "utf_16le" → "UTF16LE": the spelling differences iconv itself ignores */
static char *
canonical_name(const char *name)
{
	GString *s = g_string_new(NULL);
	for (const char *p = name; *p; p++)
		if (*p != '-' && *p != '_')
			g_string_append_c(s, g_ascii_toupper(*p));
	return g_string_free(s, FALSE);
}

/* Encodes @utf8 in @name with iconv; NULL when it cannot. */
static GBytes *
encode_probe(const char *name, const char *utf8)
{
	iconv_t cd = iconv_open(name, "UTF-8");
	if (cd == (iconv_t)-1)
		return NULL;
	char buffer[64];
	char *in = (char *)utf8, *out = buffer;
	gsize in_left = strlen(utf8), out_left = sizeof buffer;
	gsize r = iconv(cd, &in, &in_left, &out, &out_left);
	if (r != (gsize)-1)
		r = iconv(cd, NULL, NULL, &out, &out_left);
	iconv_close(cd);
	if (r == (gsize)-1)
		return NULL;
	return g_bytes_new(buffer, sizeof buffer - out_left);
}

gboolean
cf_ingest_resolve_encoding(const char *name, CfEncoding *e, GError **error)
{
	g_autofree char *canonical = canonical_name(name);
	iconv_t cd = iconv_open("UTF-8", name);
	if (cd == (iconv_t)-1) {
		g_set_error(error, CF_ERROR, CF_ERROR_ENCODING, "unknown encoding '%s'", name);
		return FALSE;
	}
	iconv_close(cd);

	if (g_str_equal(canonical, "UTF8")) {
		set_encoding(e, CF_SCHEME_UTF8, 1, FALSE, 0, NULL, "UTF-8", FALSE);
		return TRUE;
	}
	/* UTF-16 and UTF-32 in any spelling; without LE/BE a BOM decides, else big-endian */
	static const struct {
		const char *canonical;
		guint width;
		gboolean big_endian;
		const char *iconv_name;
	} units[] = {
		{"UTF16LE", 2, FALSE, "UTF-16LE"}, {"UTF16BE", 2, TRUE, "UTF-16BE"},
		{"UTF16", 2, TRUE, "UTF-16BE"},    {"UCS2LE", 2, FALSE, "UTF-16LE"},
		{"UCS2BE", 2, TRUE, "UTF-16BE"},   {"UCS2", 2, TRUE, "UTF-16BE"},
		{"UTF32LE", 4, FALSE, "UTF-32LE"}, {"UTF32BE", 4, TRUE, "UTF-32BE"},
		{"UTF32", 4, TRUE, "UTF-32BE"},    {"UCS4LE", 4, FALSE, "UTF-32LE"},
		{"UCS4BE", 4, TRUE, "UTF-32BE"},   {"UCS4", 4, TRUE, "UTF-32BE"},
	};
	for (gsize i = 0; i < G_N_ELEMENTS(units); i++) {
		if (g_str_equal(canonical, units[i].canonical)) {
			set_encoding(e, CF_SCHEME_UNITS, units[i].width, units[i].big_endian, 0,
				     units[i].iconv_name, units[i].iconv_name, FALSE);
			return TRUE;
		}
	}
	/* anything else must keep ASCII as it is, so that line ends can be found on bytes */
	static const char ascii[] = "\t\n\r 09AZaz";
	g_autoptr(GBytes) probe = encode_probe(name, ascii);
	gsize probe_length = 0;
	const char *probe_data = probe ? g_bytes_get_data(probe, &probe_length) : NULL;
	if (probe_data == NULL || probe_length != strlen(ascii) ||
	    memcmp(probe_data, ascii, probe_length) != 0) {
		g_set_error(error, CF_ERROR, CF_ERROR_ENCODING,
			    "unsupported encoding '%s': not ASCII-compatible", name);
		return FALSE;
	}
	set_encoding(e, CF_SCHEME_BYTES, 1, FALSE, 0, name, name, FALSE);
	return TRUE;
}

/* ---- sniffing ---- */

typedef struct {
	const char *magic;
	gsize length;
	const char *what;
} Magic;

static const Magic magics[] = {
	{"\x89PNG\r\n\x1a\n", 8, "PNG image"},
	{"\xff\xd8\xff", 3, "JPEG image"},
	{"GIF87a", 6, "GIF image"},
	{"GIF89a", 6, "GIF image"},
	{"%PDF-", 5, "PDF document"},
	{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8, "OLE2 document, e.g. .doc or .xls"},
	{"\177ELF", 4, "ELF executable"},
	{"\x1f\x8b", 2, "gzip archive"},
	{"7z\xbc\xaf\x27\x1c", 6, "7-Zip archive"},
	{"Rar!\x1a\x07", 6, "RAR archive"},
};

const char *
cf_ingest_binary_magic(const guint8 *bytes, gsize length)
{
	for (gsize i = 0; i < G_N_ELEMENTS(magics); i++)
		if (length >= magics[i].length &&
		    memcmp(bytes, magics[i].magic, magics[i].length) == 0)
			return magics[i].what;
	return NULL;
}

static guint32
unit_at(const guint8 *p, guint width, gboolean big_endian)
{
	if (width == 1)
		return p[0];
	if (width == 2)
		return big_endian ? (guint32)p[0] << 8 | p[1] : (guint32)p[1] << 8 | p[0];
	return big_endian ? (guint32)p[0] << 24 | (guint32)p[1] << 16 | (guint32)p[2] << 8 | p[3]
			  : (guint32)p[3] << 24 | (guint32)p[2] << 16 | (guint32)p[1] << 8 | p[0];
}

/* TRUE when the first 64 KiB after @start hold too many NUL or control units. */
static gboolean
too_many_controls(const guint8 *bytes, gsize length, const CfEncoding *e)
{
	gsize end = MIN(length, e->start + CF_INGEST_SNIFF_BYTES);
	gsize units = 0, controls = 0;
	for (gsize i = e->start; i + e->unit_width <= end; i += e->unit_width) {
		guint32 v = unit_at(bytes + i, e->unit_width, e->big_endian);
		units++;
		if ((v < 0x20 && v != '\t' && v != '\n' && v != '\r' && v != '\f') || v == 0x7F)
			controls++;
	}
	return controls > BINARY_CONTROL_MIN && controls * BINARY_CONTROL_SHARE > units;
}

/* A UTF-16 code unit a Chinese report plausibly holds (surrogates are judged in pairs). */
static gboolean
plausible_utf16(guint32 u)
{
	return u == '\t' || u == '\n' || u == '\r' || u == '\f' || (u >= 0x20 && u < 0x7F) ||
	       (u >= 0xA0 && u < 0x250) ||    /* Latin-1, Latin Extended */
	       (u >= 0x370 && u < 0x500) ||   /* Greek, Cyrillic */
	       (u >= 0x2000 && u < 0x2C00) || /* punctuation, symbols, ① */
	       (u >= 0x3000 && u < 0xA000) || /* CJK punctuation, kana, CJK */
	       (u >= 0xF900 && u < 0xFB00) || /* CJK compatibility */
	       (u >= 0xFE30 && u < 0xFE50) || /* CJK compatibility forms */
	       (u >= 0xFF00 && u < 0xFFF0) || /* full-width forms */
	       u == 0xFEFF;
}

/* Share (in %) of plausible units when the sample is read as UTF-16 of @big_endian,
 * and how many of its units are ASCII (high byte NUL). */
static guint
utf16_plausibility(const guint8 *bytes, gsize n, gboolean big_endian, gsize *ascii)
{
	gsize units = n / 2, good = 0;
	*ascii = 0;
	for (gsize i = 0; i + 1 < n; i += 2) {
		guint32 u = unit_at(bytes + i, 2, big_endian);
		if (u < 0x80)
			(*ascii)++;
		if (u >= 0xD800 && u < 0xDC00 && i + 3 < n) {
			guint32 low = unit_at(bytes + i + 2, 2, big_endian);
			if (low >= 0xDC00 && low < 0xE000) {
				good += 2;
				i += 2;
			}
			continue;
		}
		if (plausible_utf16(u))
			good++;
	}
	return units ? (guint)(good * 100 / units) : 0;
}

/* UTF-16 without a BOM: NUL bytes (the high half of ASCII characters) and nearly all units
 * plausible in one byte order, better than in the other. */
static gboolean
looks_like_utf16(const guint8 *bytes, gsize length, gboolean *big_endian)
{
	gsize n = MIN(length, CF_INGEST_SNIFF_BYTES) & ~(gsize)1;
	if (n < 2 || memchr(bytes, 0, n) == NULL)
		return FALSE;
	gsize ascii_le = 0, ascii_be = 0;
	guint le = utf16_plausibility(bytes, n, FALSE, &ascii_le);
	guint be = utf16_plausibility(bytes, n, TRUE, &ascii_be);
	if (le >= UTF16_PLAUSIBLE_PERCENT && le > be && ascii_le > 0) {
		*big_endian = FALSE;
		return TRUE;
	}
	if (be >= UTF16_PLAUSIBLE_PERCENT && be > le && ascii_be > 0) {
		*big_endian = TRUE;
		return TRUE;
	}
	return FALSE;
}

/* How badly @bytes read as GB18030: invalid bytes, plus characters outside GB2312 (both
 * bytes 0xA1-0xF7 / 0xA1-0xFE: symbols, full-width forms and the 6763 common hanzi).  Real
 * simplified-Chinese GB text is nearly all GB2312; UTF-8 read as GB18030 pairs a lead byte
 * 0xE4-0xE9 with a continuation byte 0x80-0xBF and lands outside it most of the time. */
static gsize
gb18030_errors(const guint8 *b, gsize length)
{
	gsize errors = 0, i = 0;
	while (i < length) {
		guint8 c = b[i];
		if (c < 0x80) {
			i++;
			continue;
		}
		if (c == 0x80 || c == 0xFF || i + 1 >= length) {
			errors++;
			i++;
			continue;
		}
		guint8 t = b[i + 1];
		if (t >= 0x30 && t <= 0x39) {
			if (i + 3 < length && b[i + 2] >= 0x81 && b[i + 2] <= 0xFE &&
			    b[i + 3] >= 0x30 && b[i + 3] <= 0x39) {
				errors++; /* valid, but a four-byte character is rare */
				i += 4;
			} else {
				errors++;
				i++;
			}
			continue;
		}
		if (t < 0x40 || t == 0x7F || t == 0xFF) {
			errors++;
			i++;
			continue;
		}
		if (!(c >= 0xA1 && c <= 0xF7 && t >= 0xA1))
			errors++; /* valid GBK/GB18030, outside GB2312 */
		i += 2;
	}
	return errors;
}

static gboolean
check_text(const char *path, const guint8 *bytes, gsize length, const CfEncoding *e, GError **error)
{
	if (too_many_controls(bytes, length, e)) {
		g_set_error(error, CF_ERROR, CF_ERROR_BINARY,
			    "'%s' is not a text file (NUL or control bytes)", path);
		return FALSE;
	}
	return TRUE;
}

gboolean
cf_ingest_detect(const char *path, const guint8 *bytes, gsize length, const char *forced,
		 CfEncoding *e, GError **error)
{
	const char *magic = cf_ingest_binary_magic(bytes, length);
	if (magic != NULL) {
		g_set_error(error, CF_ERROR, CF_ERROR_BINARY, "'%s' is not a text file (%s)", path,
			    magic);
		return FALSE;
	}

	if (forced != NULL) {
		if (!cf_ingest_resolve_encoding(forced, e, error))
			return FALSE;
		/* a BOM of the forced encoding is skipped; UTF-16/32 without LE/BE follow it */
		g_autofree char *canonical = canonical_name(forced);
		if (e->scheme == CF_SCHEME_UTF8 && length >= 3 &&
		    memcmp(bytes, "\xEF\xBB\xBF", 3) == 0) {
			set_encoding(e, CF_SCHEME_UTF8, 1, FALSE, 3, NULL, "UTF-8", TRUE);
		} else if (e->scheme == CF_SCHEME_UNITS && length >= e->unit_width) {
			gboolean either = !g_str_has_suffix(canonical, "LE") &&
					  !g_str_has_suffix(canonical, "BE");
			guint w = e->unit_width;
			for (int be = 1; be >= 0; be--) {
				if (unit_at(bytes, w, be) != 0xFEFF ||
				    (!either && be != e->big_endian))
					continue;
				const char *name = w == 2 ? (be ? "UTF-16BE" : "UTF-16LE")
							  : (be ? "UTF-32BE" : "UTF-32LE");
				set_encoding(e, CF_SCHEME_UNITS, w, be, w, name, name, TRUE);
				break;
			}
		}
		return check_text(path, bytes, length, e, error);
	}

	if (length >= 3 && memcmp(bytes, "\xEF\xBB\xBF", 3) == 0) {
		set_encoding(e, CF_SCHEME_UTF8, 1, FALSE, 3, NULL, "UTF-8", TRUE);
		return check_text(path, bytes, length, e, error);
	}
	if (length >= 2 &&
	    (memcmp(bytes, "\xFF\xFE", 2) == 0 || memcmp(bytes, "\xFE\xFF", 2) == 0)) {
		gboolean be = bytes[0] == 0xFE;
		set_encoding(e, CF_SCHEME_UNITS, 2, be, 2, be ? "UTF-16BE" : "UTF-16LE",
			     be ? "UTF-16BE" : "UTF-16LE", TRUE);
		return check_text(path, bytes, length, e, error);
	}
	gboolean be = FALSE;
	if (looks_like_utf16(bytes, length, &be)) {
		set_encoding(e, CF_SCHEME_UNITS, 2, be, 0, be ? "UTF-16BE" : "UTF-16LE",
			     be ? "UTF-16BE" : "UTF-16LE", FALSE);
		return check_text(path, bytes, length, e, error);
	}

	set_encoding(e, CF_SCHEME_UTF8, 1, FALSE, 0, NULL, "UTF-8", FALSE);
	if (!check_text(path, bytes, length, e, error))
		return FALSE;
	/* Strict UTF-8 wins outright.  Otherwise the reading with fewer errors wins, ties to
	 * UTF-8: UTF-8 with a stray byte has one invalid byte as UTF-8 but, read as GB18030,
	 * many characters outside GB2312 or invalid, while GB18030 text is invalid UTF-8
	 * almost everywhere. */
	gsize invalid_utf8 = cf_ingest_count_invalid_utf8(bytes, length);
	if (invalid_utf8 == 0)
		return TRUE;
	if (gb18030_errors(bytes, length) < invalid_utf8)
		set_encoding(e, CF_SCHEME_BYTES, 1, FALSE, 0, "GB18030", "GB18030", FALSE);
	return TRUE;
}
