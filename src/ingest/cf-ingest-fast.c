/* cf-ingest-fast.c — the common case in one pass: clean UTF-8.
 *
 * Most reports are valid UTF-8 with LF or CRLF line ends and no stray control characters.
 * For them detect → decode → normalize → line index (cf-ingest-private.h) is four passes
 * over the text and two copies; this file does the same work in one pass that validates each
 * character, records every line and notes where norm differs from the source (the rules of
 * cf-ingest-normalize.c, applied to the source bytes).  text and norm are the source bytes
 * except at a CR (written as '\n', or dropped before an LF) and, in norm, at a normalised
 * character: the runs between those are copied whole, when such a place or the end is
 * reached.  The first thing it cannot handle alone — an invalid byte, NUL or another control
 * character — makes it give up, and the caller runs the general path from the start, which
 * then reports that byte exactly as before.  So the fast path changes no output, only how
 * soon it is ready. */
#include "ingest/cf-ingest-private.h"

#include <string.h>

#include "model/cf-simd.h"

/* ０-９ (U+FF10-U+FF19) is EF BC 90-99 in UTF-8. */
static inline gboolean
is_wide_digit(const guchar *p, const guchar *end)
{
	return end - p >= 3 && p[0] == 0xEF && p[1] == 0xBC && p[2] >= 0x90 && p[2] <= 0x99;
}

/* Bytes of the digit (0-9 or ０-９) at @p, 0 when there is none. */
static inline gsize
digit_length(const guchar *p, const guchar *end)
{
	if (p < end && *p >= '0' && *p <= '9')
		return 1;
	return is_wide_digit(p, end) ? 3 : 0;
}

/* The full-width comma at @p is a thousands separator after @digit_run digits: exactly three
 * digits follow it, then no further digit (cf-ingest-normalize.c). */
static gboolean
is_thousands_comma(const guchar *p, const guchar *end, guint digit_run)
{
	if (digit_run < 1 || digit_run > 3)
		return FALSE;
	p += 3;
	for (int i = 0; i < 3; i++) {
		gsize n = digit_length(p, end);
		if (n == 0)
			return FALSE;
		p += n;
	}
	return digit_length(p, end) == 0;
}

/* Length of the valid UTF-8 sequence of two or more bytes at @p (lead byte >= 0x80), or 0:
 * the same rules as g_utf8_validate() (no overlong forms, no surrogates, at most U+10FFFF). */
static inline gsize
sequence_length(const guchar *p, const guchar *end)
{
	guchar c = p[0];
	gsize left = (gsize)(end - p);
	if (c >= 0xE1 && c <= 0xEC) {
		/* most CJK text: checked first */
		return left >= 3 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80 ? 3 : 0;
	}
	if (c >= 0xC2 && c <= 0xDF)
		return left >= 2 && (p[1] & 0xC0) == 0x80 ? 2 : 0;
	if (c >= 0xE0 && c <= 0xEF) {
		if (left < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80)
			return 0;
		if (c == 0xE0 && p[1] < 0xA0)
			return 0;
		if (c == 0xED && p[1] >= 0xA0)
			return 0;
		return 3;
	}
	if (c >= 0xF0 && c <= 0xF4) {
		if (left < 4 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 ||
		    (p[3] & 0xC0) != 0x80)
			return 0;
		if (c == 0xF0 && p[1] < 0x90)
			return 0;
		if (c == 0xF4 && p[1] >= 0x90)
			return 0;
		return 4;
	}
	return 0;
}

/* Digits (0-9, ０-９) in the source right before @p, at most four; @src is where the text
 * starts.  Everything before @p is valid UTF-8 and @p starts a character, so EF BC 9x
 * ending right before it is a whole full-width digit. */
static inline guint
digits_before(const guchar *src, const guchar *p)
{
	guint k = 0;
	while (k < 4 && p > src) {
		if (p[-1] >= '0' && p[-1] <= '9')
			p--;
		else if (p - src >= 3 && p[-3] == 0xEF && p[-2] == 0xBC && p[-1] >= 0x90 &&
			 p[-1] <= 0x99)
			p -= 3;
		else
			break;
		k++;
	}
	return k;
}

/* What norm holds for the valid character of @k bytes at @p (the rules of
 * cf-ingest-normalize.c), or 0 when it is copied as it is. */
static inline char
normalised(const guchar *src, const guchar *p, gsize k, const guchar *end)
{
	if (k == 3 && p[0] == 0xEF && p[1] == 0xBC) {
		/* U+FF00-U+FF3F: full-width digits and signs */
		guchar last = p[2];
		if (last >= 0x90 && last <= 0x99)
			return (char)('0' + (last - 0x90));
		switch (last) {
		case 0x85: /* ％ */
			return '%';
		case 0x8B: /* ＋ */
			return '+';
		case 0x8D: /* －: next to a digit */
			return digits_before(src, p) > 0 || digit_length(p + 3, end) > 0 ? '-' : 0;
		case 0x8E: /* ．: between two digits */
			return digits_before(src, p) > 0 && digit_length(p + 3, end) > 0 ? '.' : 0;
		case 0x8C: /* ，: as a thousands separator */
			return is_thousands_comma(p, end, digits_before(src, p)) ? ',' : 0;
		default:
			return 0;
		}
	}
	if (k == 3 && p[0] == 0xEF && p[1] == 0xBD && p[2] == 0x9C)
		return '|'; /* ｜ */
	if ((k == 3 && p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x80) ||
	    (k == 2 && p[0] == 0xC2 && p[1] == 0xA0))
		return ' '; /* U+3000, NBSP */
	return 0;
}

/* Lines doc->lines has room for at first: a line for every LINE_BYTES_GUESS source bytes,
 * at most LINE_ROOM_MAX (a huge file of few lines takes no room for lines it does not
 * have); the room doubles when that is too few. */
#define LINE_BYTES_GUESS 48
#define LINE_ROOM_MAX 4096

/* The pass's state.  Source bytes from text_from (norm_from) on are still to be copied to
 * text (norm) after the text_written (norm_written) bytes there: where nothing changes, they
 * are copied in one run later.  text and norm are allocated when first written to: a text
 * without CR is the source as it is, and norm without a normalised character is text. */
typedef struct {
	const guchar *bytes, *src, *end;
	const guchar *stop; /* where the text ends: before a final line end, else end */
	char *text, *norm;  /* NULL until written to */
	gsize text_written, norm_written;
	const guchar *text_from, *norm_from;
	CfLine line; /* the line being read */
	GArray *lines;  /* written in place: its length is its room until the pass is done */
	guint n_lines;  /* lines written to it */
} Pass;

static inline gsize
text_position(const Pass *pass, const guchar *p)
{
	return pass->text_written + (gsize)(p - pass->text_from);
}

static inline gsize
norm_position(const Pass *pass, const guchar *p)
{
	return pass->norm_written + (gsize)(p - pass->norm_from);
}

/* Copies the source from *@from up to @p to @buffer (allocated for the whole source
 * when NULL) after its @written bytes. */
static inline void
copy_run(const Pass *pass, char **buffer, gsize *written, const guchar **from, const guchar *p)
{
	if (*buffer == NULL)
		*buffer = g_malloc((gsize)(pass->end - pass->src) + 1);
	gsize k = (gsize)(p - *from);
	memcpy(*buffer + *written, *from, k);
	*written += k;
	*from = p;
}

/* The line end (LF, CR or CRLF) at @p: closes the line and returns where the next begins,
 * or end when it is the final one (which opens no empty line). */
G_ALWAYS_INLINE static inline const guchar *
line_end(Pass *pass, const guchar *p)
{
	const guchar *next = p + 1;
	if (*p == '\r' && next < pass->end && *next == '\n')
		next++;
	pass->line.text_length = text_position(pass, p) - pass->line.text_offset;
	pass->line.norm_length = norm_position(pass, p) - pass->line.norm_offset;
	if (next >= pass->end) {
		pass->stop = p;
		return pass->end;
	}
	if (G_UNLIKELY(pass->n_lines == pass->lines->len))
		g_array_set_size(pass->lines, 2 * pass->lines->len);
	g_array_index(pass->lines, CfLine, pass->n_lines++) = pass->line;
	if (*p == '\r') {
		/* CR or CRLF: one '\n' in both buffers */
		copy_run(pass, &pass->text, &pass->text_written, &pass->text_from, p);
		copy_run(pass, &pass->norm, &pass->norm_written, &pass->norm_from, p);
		pass->text[pass->text_written++] = '\n';
		pass->norm[pass->norm_written++] = '\n';
		pass->text_from = pass->norm_from = next;
	}
	pass->line.number++;
	pass->line.text_offset = text_position(pass, next);
	pass->line.norm_offset = norm_position(pass, next);
	pass->line.byte_offset = (gsize)(next - pass->bytes);
	return next;
}

/* The valid character of @k bytes at @p: written to norm normalised where it must be. */
static inline void
character(Pass *pass, const guchar *p, gsize k)
{
	char mapped = normalised(pass->src, p, k, pass->end);
	if (mapped == 0)
		return;
	copy_run(pass, &pass->norm, &pass->norm_written, &pass->norm_from, p);
	pass->norm[pass->norm_written++] = mapped;
	pass->norm_from = p + k;
}

/* The character at @p, whatever it is; returns where the next one starts, or NULL when the
 * general path must read the text (an invalid byte, NUL, another control character). */
static const guchar *
one_character(Pass *pass, const guchar *p)
{
	guchar b = *p;
	if (b == '\n' || b == '\r')
		return line_end(pass, p);
	if (b == '\t' || b == '\f' || (b >= 0x20 && b < 0x7F))
		return p + 1;
	if (b < 0x80)
		return NULL; /* NUL, DEL or another control character: the general path reports it */
	gsize k = sequence_length(p, pass->end);
	if (k == 0)
		return NULL;
	character(pass, p, k);
	return p + k;
}

#ifdef CF_SIMD
/* What the bytes of one block (16 or 32 bytes) are, a bit per byte (bit i: byte i). */
typedef struct {
	guint events; /* LF, CR, and E3 (U+3000) or EF (U+FF00-U+FF3F): the leads of the
		       * characters norm may change */
	guint fine; /* printable ASCII, TAB, line ends, continuation bytes, leads E1-EF but ED */
	guint cont; /* continuation bytes, 0x80-0xBF */
	guint lead; /* leads E1-EF but ED: of valid three-byte characters when followed by two
		     * continuation bytes (no range checks needed for those) */
} BlockMasks;

/* The masks of the block at @p, written once for both widths: @Bytes is the vector type
 * (cf-simd.h), @movemask its byte-sign mask. */
#define BLOCK_MASKS(Bytes, movemask, p)                                                         \
	({                                                                                      \
		Bytes v;                                                                        \
		memcpy(&v, (p), sizeof v);                                                      \
		Bytes eol = (Bytes)((v == '\n') | (v == '\r'));                                  \
		Bytes printable = (Bytes)((v > 0x1F) & (v < 0x7F));                             \
		Bytes cont = (Bytes)(v < (signed char)0xC0);                                    \
		/* E1-EF but ED (ED 80-9F is valid, ED A0-BF a surrogate: the general rules) */ \
		Bytes lead = (Bytes)(~(v == (signed char)0xED) &                                \
				     ((v > (signed char)0xE0) & (v < (signed char)0xF0)));      \
		Bytes fine = (Bytes)(eol | (v == '\t') | printable | cont | lead);              \
		Bytes wide = (Bytes)((v == (signed char)0xE3) | (v == (signed char)0xEF));      \
		(BlockMasks){                                                                   \
			.events = (guint)movemask(eol | wide),                                  \
			.fine = (guint)movemask(fine),                                          \
			.cont = (guint)movemask(cont),                                          \
			.lead = (guint)movemask(lead),                                          \
		};                                                                              \
	})

static inline BlockMasks
block_masks(const guchar *p)
{
	return BLOCK_MASKS(CfBytes16, cf_simd_movemask16, p);
}

/* Bytes to read one by one (CHUNK_BYTES at most, a bit each). */
typedef guint64 Events;

/* How many of the @n bytes (16 or 64) described by the masks (BlockMasks), from the first
 * (a character boundary), are whole characters of the common kinds; @events receives
 * @event_bytes among those (the only places the pass must look at one by one).  0 when the
 * first character is of another kind. */
static inline guint
whole_characters(guint64 event_bytes, guint64 fine, guint64 cont, guint64 lead, guint n,
		 Events *events)
{
	guint64 all = n == 64 ? ~(guint64)0 : ((guint64)1 << n) - 1;
	guint64 wanted = (lead << 1) | (lead << 2); /* continuation bytes the leads ask for */
	/* a byte of another kind, or a continuation byte where none is asked for or none where
	 * one is */
	guint64 bad = ((fine ^ all) | (cont ^ wanted)) & all;
	guint whole = bad ? (guint)__builtin_ctzll(bad) : n;
	/* a character begun in the last two of those bytes may go on past them */
	if (whole >= 1 && (lead >> (whole - 1)) & 1)
		whole -= 1;
	else if (whole >= 2 && (lead >> (whole - 2)) & 1)
		whole -= 2;
	*events = event_bytes & (whole == 64 ? ~(guint64)0 : ((guint64)1 << whole) - 1);
	return whole;
}

/* The 16 bytes at @p (a character boundary) in one step (whole_characters()). */
static inline guint
scan_block(const guchar *p, Events *events)
{
	BlockMasks m = block_masks(p);
	return whole_characters(m.events, m.fine, m.cont, m.lead, 16, events);
}

/* The same for the CHUNK_BYTES bytes at @p: the blocks' masks joined, @block_bytes bytes a
 * block (16, or 32 with AVX2). */
#define CHUNK_BYTES 64

#define SCAN_CHUNK(block_bytes, masks_of, p, events)                                          \
	({                                                                                      \
		guint64 event_bytes = 0, fine = 0, cont = 0, lead = 0;                          \
		for (guint b = 0; b < CHUNK_BYTES / (block_bytes); b++) {                       \
			BlockMasks m = masks_of((p) + (block_bytes) * b);                       \
			event_bytes |= (guint64)m.events << ((block_bytes) * b);                \
			fine |= (guint64)m.fine << ((block_bytes) * b);                         \
			cont |= (guint64)m.cont << ((block_bytes) * b);                         \
			lead |= (guint64)m.lead << ((block_bytes) * b);                         \
		}                                                                               \
		whole_characters(event_bytes, fine, cont, lead, CHUNK_BYTES, (events));         \
	})

static inline guint
scan_chunk(const guchar *p, Events *events)
{
	return SCAN_CHUNK(16, block_masks, p, events);
}

#define CHUNK_AVX2 1 /* scan_chunk_avx2() for CPUs with AVX2: two 32-byte blocks a chunk */

__attribute__((target("avx2"))) static inline BlockMasks
block_masks_avx2(const guchar *p)
{
	return BLOCK_MASKS(CfBytes32, cf_simd_movemask32, p);
}

__attribute__((target("avx2"))) static guint
scan_chunk_avx2(const guchar *p, Events *events)
{
	return SCAN_CHUNK(32, block_masks_avx2, p, events);
}

/* cf_ingest_fast_use_avx2() */
static gboolean avx2_allowed = TRUE;
#endif

void
cf_ingest_fast_use_avx2(gboolean use)
{
#ifdef CHUNK_AVX2
	avx2_allowed = use;
#else
	(void)use;
#endif
}

gboolean
cf_ingest_decode_utf8_fast(CfDocument *doc, const guint8 *bytes, gsize length, gsize start,
			   guint8 **buffer)
{
	Pass pass = {
		.bytes = bytes,
		.src = bytes + start,
		.end = bytes + length,
		.stop = bytes + length,
		.text_from = bytes + start,
		.norm_from = bytes + start,
		.line = {.number = 1, .byte_offset = start},
		.lines = doc->lines,
	};
	/* room for the lines at once (doc->lines does not clear what it grows by) */
	g_array_set_size(pass.lines, (guint)MIN(length / LINE_BYTES_GUESS + 16, LINE_ROOM_MAX));
#ifdef CHUNK_AVX2
	const gboolean avx2 = avx2_allowed && cf_simd_cpu_avx2();
#endif

	const guchar *p = pass.src, *end = pass.end;
	while (p < end) {
#ifdef CF_SIMD
		if (end - p >= 16) {
			/* 64 bytes a step, 16 near the end */
			Events events;
			guint whole = end - p < CHUNK_BYTES ? scan_block(p, &events)
#ifdef CHUNK_AVX2
				      : avx2		    ? scan_chunk_avx2(p, &events)
#endif
							    : scan_chunk(p, &events);
			if (whole > 0) {
				/* past the events read: a CRLF's LF may be the next one, or in the
				 * next block */
				const guchar *resume = p;
				for (; events; events &= events - 1) {
					const guchar *q = p + __builtin_ctzll(events);
					if (q < resume)
						continue;
					if (*q == '\n' || *q == '\r') {
						resume = line_end(&pass, q);
						if (resume >= end)
							break; /* the final line end */
					} else {
						character(&pass, q, 3);
						resume = q + 3;
					}
				}
				p = MAX(p + whole, resume);
				continue;
			}
		}
#endif
		p = one_character(&pass, p);
		if (p == NULL) {
			g_array_set_size(pass.lines, 0);
			g_free(pass.text);
			g_free(pass.norm);
			return FALSE;
		}
	}
	const guchar *stop = pass.stop;
	if (stop == end) {
		pass.line.text_length = text_position(&pass, stop) - pass.line.text_offset;
		pass.line.norm_length = norm_position(&pass, stop) - pass.line.norm_offset;
	}
	g_array_set_size(pass.lines, pass.n_lines);
	g_array_append_val(pass.lines, pass.line);
	if (pass.text == NULL && buffer != NULL && *buffer == bytes && start == 0) {
		/* the text is the source as it is, in a buffer the caller gives away */
		pass.text = (char *)g_steal_pointer(buffer);
		pass.text_written = (gsize)(stop - pass.src);
	} else {
		copy_run(&pass, &pass.text, &pass.text_written, &pass.text_from, stop);
	}
	pass.text[pass.text_written] = '\0';
	if (pass.norm != NULL) {
		copy_run(&pass, &pass.norm, &pass.norm_written, &pass.norm_from, stop);
		pass.norm[pass.norm_written] = '\0';
	} else {
		/* nothing normalised: norm is text (cf-document.h) */
		pass.norm = pass.text;
		pass.norm_written = pass.text_written;
	}
	cf_document_take_text(doc, pass.text, pass.text_written, pass.norm, pass.norm_written);
	doc->text_valid_utf8 = TRUE; /* every sequence was checked above */
	return TRUE;
}
