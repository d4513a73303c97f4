#include "model/cf-document.h"

#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "cf-config.h"
#include "model/cf-utf8.h"
#if CF_HAVE_NETTLE
#include <nettle/sha2.h>
#endif

static void
diagnostic_free(gpointer data)
{
	CfDiagnostic *d = data;
	g_free(d->message);
	g_free(d);
}

/* cf_document_alloc()'s memory: chunks in a list, newest first, each filled from its start.
 * The header is a multiple of ARENA_ALIGN, so every piece is aligned like g_malloc()'s. */
#define ARENA_CHUNK_BYTES (8 * 1024 - 64)
#define ARENA_ALIGN 16

typedef struct ArenaChunk {
	struct ArenaChunk *next;
	gsize used;
	gsize size;
	gsize padding; /* the header is ARENA_ALIGN bytes times two */
} ArenaChunk;

G_STATIC_ASSERT(sizeof(ArenaChunk) % ARENA_ALIGN == 0);

void
cf_table_release(CfTable *table)
{
	g_ptr_array_unref(table->rows);
	g_strfreev(table->column_labels);
	if (table->column_units) {
		for (guint i = 0; i < table->n_columns; i++)
			g_free(table->column_units[i]);
		g_free(table->column_units);
	}
	g_free(table->unit_text);
}

/* doc->blocks' free function: the blocks, their tables and rows are the document's memory
 * (the segment stage allocates them with cf_document_alloc()); only what a table holds on
 * the heap is freed with the block. */
static void
block_release(gpointer data)
{
	CfBlock *block = data;
	if (block->table != NULL)
		cf_table_release(block->table);
}

CfDocument *
cf_document_new(const char *path)
{
	CfDocument *doc = g_new0(CfDocument, 1);
	doc->path = g_strdup(path);
	/* not cleared when grown: every line is written whole (ingest's one-pass path sizes
	 * the array first and writes the lines in place) */
	doc->lines = g_array_new(FALSE, FALSE, sizeof(CfLine));
	doc->diagnostics = g_ptr_array_new_with_free_func(diagnostic_free);
	doc->blocks = g_ptr_array_new_with_free_func(block_release);
	return doc;
}

void
cf_document_free(CfDocument *doc)
{
	if (doc == NULL)
		return;
	g_free(doc->path);
	g_free(doc->encoding);
	if (doc->norm != doc->text)
		g_free(doc->norm);
	g_free(doc->text);
	g_array_unref(doc->lines);
	g_ptr_array_unref(doc->diagnostics);
	g_ptr_array_unref(doc->blocks);
	g_free(doc->metadata.title);
	g_free(doc->metadata.unit);
	g_free(doc->metadata.kind);
	g_free(doc->metadata.unit_evidence);
	for (ArenaChunk *chunk = doc->arena, *next; chunk != NULL; chunk = next) {
		next = chunk->next;
		g_free(chunk);
	}
	g_free(doc);
}

gpointer
cf_document_alloc(CfDocument *doc, gsize size)
{
	size = (size + ARENA_ALIGN - 1) & ~(gsize)(ARENA_ALIGN - 1);
	ArenaChunk *chunk = doc->arena;
	if (chunk == NULL || chunk->size - chunk->used < size) {
		gsize capacity = MAX(ARENA_CHUNK_BYTES, size);
		chunk = g_malloc(sizeof(ArenaChunk) + capacity);
		chunk->next = doc->arena;
		chunk->used = 0;
		chunk->size = capacity;
		doc->arena = chunk;
	}
	gpointer memory = (char *)(chunk + 1) + chunk->used;
	chunk->used += size;
	return memory;
}

void
cf_document_set_text(CfDocument *doc, char *text, gsize text_length, char *norm,
		     gsize norm_length, const gsize *byte_offsets)
{
	cf_document_take_text(doc, text, text_length, norm, norm_length);
	g_array_set_size(doc->lines, 0);

	gsize t = 0, n = 0;
	guint number = 1;
	for (;;) {
		const char *te = memchr(text + t, '\n', text_length - t);
		const char *ne = memchr(norm + n, '\n', norm_length - n);
		CfLine line = {0};
		line.number = number;
		line.text_offset = t;
		line.text_length = te ? (gsize)(te - text) - t : text_length - t;
		line.norm_offset = n;
		line.norm_length = ne ? (gsize)(ne - norm) - n : norm_length - n;
		line.byte_offset = byte_offsets ? byte_offsets[number - 1] : 0;
		g_array_append_val(doc->lines, line);
		/* both buffers have the same line structure by contract */
		g_warn_if_fail((te == NULL) == (ne == NULL));
		if (te == NULL || ne == NULL)
			break;
		t = (gsize)(te - text) + 1;
		n = (gsize)(ne - norm) + 1;
		number++;
	}
}

void
cf_document_take_text(CfDocument *doc, char *text, gsize text_length, char *norm,
		      gsize norm_length)
{
	if (doc->norm != doc->text)
		g_free(doc->norm);
	g_free(doc->text);
	doc->text = text;
	doc->text_length = text_length;
	doc->norm = norm;
	doc->norm_length = norm_length;
	doc->text_valid_utf8 = FALSE;
}

void
cf_document_add_diagnostic(CfDocument *doc, guint line, guint column, gsize byte_offset,
			   const char *message)
{
	CfDiagnostic *d = g_new0(CfDiagnostic, 1);
	d->line = line;
	d->column = column;
	d->byte_offset = byte_offset;
	d->message = g_strdup(message);
	g_ptr_array_add(doc->diagnostics, d);
}

const CfLine *
cf_document_line_at(const CfDocument *doc, gsize offset)
{
	g_return_val_if_fail(doc->lines->len > 0, NULL);
	guint lo = 0, hi = doc->lines->len - 1;
	while (lo < hi) {
		guint mid = lo + (hi - lo + 1) / 2;
		if (g_array_index(doc->lines, CfLine, mid).norm_offset <= offset)
			lo = mid;
		else
			hi = mid - 1;
	}
	return &g_array_index(doc->lines, CfLine, lo);
}

const CfLine *
cf_document_get_line(const CfDocument *doc, guint number)
{
	if (number == 0 || number > doc->lines->len)
		return NULL;
	return &g_array_index(doc->lines, CfLine, number - 1);
}

guint
cf_document_char_count(const CfDocument *doc, gsize start, gsize end)
{
	guint count = 0;
	gsize i = start, stop = MIN(end, doc->norm_length);
	const guchar *s = (const guchar *)doc->norm;
#ifdef __SSE2__
	/* sixteen bytes at a time: continuation bytes (0x80-0xBF, the signed bytes below
	 * -64) summed per byte position in at most 255 steps, then added up */
	while (i < stop && stop - i >= 16) {
		gsize blocks = MIN((stop - i) / 16, 255);
		__m128i sum = _mm_setzero_si128();
		for (gsize b = 0; b < blocks; b++, i += 16) {
			__m128i v = _mm_loadu_si128((const __m128i *)(s + i));
			sum = _mm_sub_epi8(sum, _mm_cmplt_epi8(v, _mm_set1_epi8((char)0xC0)));
		}
		__m128i total = _mm_sad_epu8(sum, _mm_setzero_si128());
		guint continuation =
			(guint)_mm_cvtsi128_si32(total) + (guint)_mm_extract_epi16(total, 4);
		count += (guint)(blocks * 16) - continuation;
	}
#endif
	/* eight bytes at a time, then byte by byte */
	if (i < stop)
		count += cf_utf8_char_count((const char *)s + i, stop - i);
	return count;
}

void
cf_document_locate(const CfDocument *doc, gsize offset, guint *line, guint *column)
{
	const CfLine *l = cf_document_line_at(doc, offset);
	gsize end = MIN(offset, l->norm_offset + l->norm_length);
	if (line)
		*line = l->number;
	if (column)
		*column = 1 + cf_document_char_count(doc, l->norm_offset, end);
}

const char *
cf_document_line_text(const CfDocument *doc, guint number, gsize *length)
{
	const CfLine *l = cf_document_get_line(doc, number);
	if (l == NULL) {
		if (length)
			*length = 0;
		return "";
	}
	if (length)
		*length = l->text_length;
	return doc->text + l->text_offset;
}

char *
cf_document_dup_range(const CfDocument *doc, CfRange range)
{
	g_return_val_if_fail(range.start <= range.end && range.end <= doc->norm_length, NULL);
	return g_strndup(doc->norm + range.start, range.end - range.start);
}

char *
cf_document_dup_digest(const CfDocument *doc)
{
	const guchar *text = (const guchar *)(doc->text != NULL ? doc->text : "");
#if CF_HAVE_NETTLE
	/* GLib's SHA-256 is portable C, a quarter of extract's time on large batches */
	static const char hex[] = "0123456789abcdef";
	struct sha256_ctx context;
	guint8 digest[SHA256_DIGEST_SIZE];
	sha256_init(&context);
	sha256_update(&context, doc->text_length, text);
	sha256_digest(&context, sizeof digest, digest);
	char *out = g_malloc(2 * sizeof digest + 1);
	for (gsize i = 0; i < sizeof digest; i++) {
		out[2 * i] = hex[digest[i] >> 4];
		out[2 * i + 1] = hex[digest[i] & 0xF];
	}
	out[2 * sizeof digest] = '\0';
	return out;
#else
	return g_compute_checksum_for_data(G_CHECKSUM_SHA256, text, doc->text_length);
#endif
}
