#include "model/cf-record.h"
#include "model/cf-utf8.h"

#include <stdlib.h>
#include <string.h>

void
cf_record_claim_free(CfRecordClaim *claim)
{
	if (claim == NULL)
		return;
	g_free(claim->unit);
	g_free(claim->label);
	g_free(claim->text);
	g_free(claim->cues);
	g_free(claim);
}

CfRecord *
cf_record_new(const char *path)
{
	CfRecord *r = g_new0(CfRecord, 1);
	r->path = g_strdup(path);
	r->claims = g_ptr_array_new_with_free_func((GDestroyNotify)cf_record_claim_free);
	r->lines = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, g_free);
	r->sentences = g_array_new(FALSE, FALSE, sizeof(CfRecordSentence));
	return r;
}

void
cf_record_free(CfRecord *record)
{
	if (record == NULL)
		return;
	if (!record->compact) {
		g_free(record->path);
		g_free(record->digest);
		g_free(record->unit);
	}
	g_free(record->title);
	g_free(record->kind);
	g_clear_pointer(&record->claims, g_ptr_array_unref);
	g_clear_pointer(&record->lines, g_hash_table_unref);
	g_clear_pointer(&record->sentences, g_array_unref);
	if (record->packed != NULL)
		g_string_free(record->packed, TRUE);
	if (record->packed_strings != NULL)
		g_string_free(record->packed_strings, TRUE);
	g_free(record->marked_keys);
	g_free(record);
}

void
cf_record_add_claim(CfRecord *record, const CfRecordClaim *claim, const char *source,
		    gssize source_length)
{
	CfRecordClaim *c = g_new(CfRecordClaim, 1);
	*c = *claim;
	c->index = record->claims->len;
	c->unit = g_strdup(claim->unit);
	c->label = g_strdup(claim->label);
	c->text = g_strdup(claim->text);
	c->cues = g_strdup(claim->cues ? claim->cues : "");
	g_ptr_array_add(record->claims, c);
	gpointer key = GUINT_TO_POINTER(claim->line);
	if (source != NULL && !g_hash_table_contains(record->lines, key))
		g_hash_table_insert(record->lines, key,
				    g_strndup(source, source_length < 0 ? strlen(source)
									: (gsize)source_length));
}

const char *
cf_record_get_line(const CfRecord *record, guint line)
{
	const char *text = record->lines != NULL
				   ? g_hash_table_lookup(record->lines, GUINT_TO_POINTER(line))
				   : NULL;
	return text ? text : "";
}

static gint
compare_uint(gconstpointer a, gconstpointer b)
{
	guint x = *(const guint *)a, y = *(const guint *)b;
	return x < y ? -1 : x > y;
}

static gint
compare_spilled_line(gconstpointer a, gconstpointer b)
{
	guint x = ((const CfRecordSpilledLine *)a)->line,
	      y = ((const CfRecordSpilledLine *)b)->line;
	return x < y ? -1 : x > y;
}

/* Where a compact record's sentences, line index and lines start in its spill. */
static guint64
sentences_offset(const CfRecord *record)
{
	return record->spill_offset + record->spilled_claims_bytes;
}

static guint64
index_offset(const CfRecord *record)
{
	return sentences_offset(record) +
	       (guint64)record->n_spilled_sentences * sizeof(CfRecordSentence);
}

static guint64
lines_offset(const CfRecord *record)
{
	return index_offset(record) +
	       (guint64)record->n_spilled_lines * sizeof(CfRecordSpilledLine);
}

/* Where the text of @line is in the lines after a compact record's line @index (@n of them):
 * *@start, *@end; FALSE when the record keeps no such line. */
static gboolean
find_spilled_line(const CfRecordSpilledLine *index, guint n, guint line, guint *start,
		  guint *end)
{
	CfRecordSpilledLine key = {.line = line};
	const CfRecordSpilledLine *found =
		n ? bsearch(&key, index, n, sizeof key, compare_spilled_line) : NULL;
	if (found == NULL)
		return FALSE;
	*start = found > index ? found[-1].end : 0;
	*end = found->end;
	return TRUE;
}

char *
cf_record_dup_line(const CfRecord *record, guint line)
{
	if (!record->compact)
		return g_strdup(cf_record_get_line(record, line));
	if (record->n_spilled_lines == 0)
		return g_strdup("");
	g_autoptr(GError) error = NULL;
	gsize index_bytes = record->n_spilled_lines * sizeof(CfRecordSpilledLine);
	/* the index with the lines that follow it up to CF_RECORD_LINE_READ_BYTES in one read:
	 * a line among them needs no second one */
	gsize first = MIN(index_bytes + record->spilled_lines_bytes,
			  MAX(index_bytes, CF_RECORD_LINE_READ_BYTES));
	g_autofree char *index = cf_spill_read(record->spill, index_offset(record), first, &error);
	if (index == NULL) {
		g_warning("%s", error->message);
		return g_strdup("");
	}
	guint start, end;
	if (!find_spilled_line((const CfRecordSpilledLine *)index, record->n_spilled_lines, line,
			       &start, &end))
		return g_strdup("");
	if (index_bytes + end <= first)
		return g_strndup(index + index_bytes + start, end - start);
	char *text = cf_spill_read(record->spill, lines_offset(record) + start, end - start,
				   &error);
	if (text == NULL) {
		g_warning("%s", error->message);
		return g_strdup("");
	}
	return text;
}

struct _CfRecordLines {
	const CfRecord *record;
	char *block;    /* a compact record's line index, then its lines (NULL: none read) */
	guint n;        /* lines in the index */
	const char *texts; /* in block, after the index */
};

CfRecordLines *
cf_record_lines_new(const CfRecord *record)
{
	CfRecordLines *lines = g_new0(CfRecordLines, 1);
	lines->record = record;
	if (!record->compact || record->n_spilled_lines == 0)
		return lines;
	gsize index_bytes = record->n_spilled_lines * sizeof(CfRecordSpilledLine);
	g_autoptr(GError) error = NULL;
	lines->block = cf_spill_read(record->spill, index_offset(record),
				     index_bytes + record->spilled_lines_bytes, &error);
	if (lines->block == NULL) {
		g_warning("%s", error->message);
		return lines;
	}
	lines->n = record->n_spilled_lines;
	lines->texts = lines->block + index_bytes;
	return lines;
}

char *
cf_record_lines_dup(const CfRecordLines *lines, guint line)
{
	if (!lines->record->compact)
		return g_strdup(cf_record_get_line(lines->record, line));
	guint start, end;
	if (!find_spilled_line((const CfRecordSpilledLine *)lines->block, lines->n, line, &start,
			       &end))
		return g_strdup("");
	return g_strndup(lines->texts + start, end - start);
}

void
cf_record_lines_free(CfRecordLines *lines)
{
	if (lines == NULL)
		return;
	g_free(lines->block);
	g_free(lines);
}
GArray *
cf_record_ref_sentences(const CfRecord *record)
{
	if (!record->compact)
		return g_array_ref(record->sentences);
	guint n = record->n_spilled_sentences;
	GArray *sentences = g_array_sized_new(FALSE, FALSE, sizeof(CfRecordSentence), n);
	if (n == 0)
		return sentences;
	g_autoptr(GError) error = NULL;
	g_autofree char *block = cf_spill_read(record->spill, sentences_offset(record),
					       n * sizeof(CfRecordSentence), &error);
	if (block == NULL) {
		g_warning("%s", error->message);
		return sentences;
	}
	g_array_append_vals(sentences, block, n);
	return sentences;
}

/* A string of a CfRecordStrings, in its slot. */
typedef struct {
	guint64 hash;     /* cf_hash_bytes() */
	const char *text; /* in the chunk; NULL: an empty slot */
	gsize length;
} StringSlot;

struct _CfRecordStrings {
	GStringChunk *chunk;
	StringSlot *slots; /* open-addressed, linear probing, at most half full */
	guint mask;        /* slots - 1 (a power of two) */
	guint n;           /* strings in slots */
};

/* Slots a CfRecordStrings starts with. */
#define STRINGS_FIRST_SLOTS 1024

CfRecordStrings *
cf_record_strings_new(void)
{
	CfRecordStrings *strings = g_new0(CfRecordStrings, 1);
	strings->chunk = g_string_chunk_new(64 * 1024);
	strings->slots = g_new0(StringSlot, STRINGS_FIRST_SLOTS);
	strings->mask = STRINGS_FIRST_SLOTS - 1;
	return strings;
}

void
cf_record_strings_free(CfRecordStrings *strings)
{
	if (strings == NULL)
		return;
	g_string_chunk_free(strings->chunk);
	g_free(strings->slots);
	g_free(strings);
}

static StringSlot *
strings_slot(StringSlot *slots, guint mask, const char *text, gsize length, guint64 hash)
{
	for (guint i = (guint)hash & mask;; i = (i + 1) & mask) {
		StringSlot *slot = &slots[i];
		if (slot->text == NULL || (slot->hash == hash && slot->length == length &&
					   memcmp(slot->text, text, length) == 0))
			return slot;
	}
}

static void
strings_grow(CfRecordStrings *strings)
{
	guint mask = 2 * strings->mask + 1;
	StringSlot *slots = g_new0(StringSlot, (gsize)mask + 1);
	for (guint i = 0; i <= strings->mask; i++) {
		const StringSlot *old = &strings->slots[i];
		if (old->text != NULL)
			*strings_slot(slots, mask, old->text, old->length, old->hash) = *old;
	}
	g_free(strings->slots);
	strings->slots = slots;
	strings->mask = mask;
}

/* @text (@length bytes, cf_hash_bytes() @hash) kept once in @strings. */
static char *
strings_insert_hashed(CfRecordStrings *strings, const char *text, gsize length, guint64 hash)
{
	StringSlot *slot = strings_slot(strings->slots, strings->mask, text, length, hash);
	if (slot->text != NULL)
		return (char *)slot->text;
	*slot = (StringSlot){hash, g_string_chunk_insert_len(strings->chunk, text, (gssize)length),
			     length};
	char *kept = (char *)slot->text;
	if (++strings->n > strings->mask / 2)
		strings_grow(strings);
	return kept;
}

char *
cf_record_strings_insert(CfRecordStrings *strings, const char *text)
{
	if (text == NULL)
		return NULL;
	gsize length = strlen(text);
	return strings_insert_hashed(strings, text, length, cf_hash_bytes(text, length));
}

char *
cf_record_strings_add(CfRecordStrings *strings, const char *text)
{
	return g_string_chunk_insert(strings->chunk, text);
}


/* A kept claim as a compact record's spill holds it: every field of its CfRecordClaim but
 * the cue words (dropped), in 96 bytes rather than 160 (the spill is written once and read
 * by each pass across documents).  Its text is an offset (+ 1, 0: none) into the texts after
 * the claims (a number's text is seldom repeated, not worth keeping in memory); its unit and
 * label are as the packed or compact record has them.  No padding: its bytes are all set. */
typedef struct {
	gint64 stated, value, low, high; /* mantissas */
	char *unit, *label;
	guint32 text;
	guint32 line, column, length;
	gint32 table, row, cell_column;
	guint32 index;
	gint32 unit_exponent;
	guint32 spare; /* 0 */
	guint8 stated_scale, value_scale, low_scale, high_scale; /* 0 … CF_DECIMAL_MAX_SCALE */
	guint8 kind, qualifier, has_value, unbounded; /* unbounded: 1 low, 2 high */
} SpilledClaim;

G_STATIC_ASSERT(sizeof(SpilledClaim) == CF_RECORD_SPILLED_CLAIM_BYTES);
G_STATIC_ASSERT(CF_CLAIM_N_KINDS <= 256 && CF_QUALIFIER_N <= 256);
G_STATIC_ASSERT(CF_DECIMAL_MAX_SCALE <= G_MAXUINT8);

/* @c in the spill's form, its text at @text (the offset + 1 of the texts, 0: none). */
static SpilledClaim
spilled_claim(const CfRecordClaim *c, guint32 text)
{
	return (SpilledClaim){
		.stated = c->stated.mantissa,
		.value = c->value.mantissa,
		.low = c->interval.low.mantissa,
		.high = c->interval.high.mantissa,
		.unit = c->unit,
		.label = c->label,
		.text = text,
		.line = c->line,
		.column = c->column,
		.length = c->length,
		.table = c->table,
		.row = c->row,
		.cell_column = c->cell_column,
		.index = c->index,
		.unit_exponent = c->unit_exponent,
		.stated_scale = (guint8)c->stated.scale,
		.value_scale = (guint8)c->value.scale,
		.low_scale = (guint8)c->interval.low.scale,
		.high_scale = (guint8)c->interval.high.scale,
		.kind = (guint8)c->kind,
		.qualifier = (guint8)c->qualifier,
		.has_value = c->has_value != FALSE,
		.unbounded = (guint8)((c->interval.low_unbounded ? 1 : 0) |
				      (c->interval.high_unbounded ? 2 : 0)),
	};
}

/* The cue words of every claim read back from a spill: packing drops them. */
static char no_cues[] = "";

/* The claim @s (of the spill's form) stands for, its text in @texts. */
static CfRecordClaim
claim_of_spilled(const SpilledClaim *s, char *texts)
{
	return (CfRecordClaim){
		.kind = (CfClaimKind)s->kind,
		.stated = {s->stated, s->stated_scale},
		.value = {s->value, s->value_scale},
		.interval = {.low = {s->low, s->low_scale},
			     .high = {s->high, s->high_scale},
			     .low_unbounded = (s->unbounded & 1) != 0,
			     .high_unbounded = (s->unbounded & 2) != 0},
		.has_value = s->has_value,
		.unit_exponent = s->unit_exponent,
		.qualifier = (CfQualifier)s->qualifier,
		.unit = s->unit,
		.label = s->label,
		.text = s->text ? texts + s->text - 1 : NULL,
		.cues = no_cues,
		.line = s->line,
		.column = s->column,
		.length = s->length,
		.table = s->table,
		.row = s->row,
		.cell_column = s->cell_column,
		.index = s->index,
	};
}

CfRecordClaim *
cf_record_dup_claims(const CfRecord *record, guint *n_claims)
{
	return cf_record_dup_claims_and_sentences(record, n_claims, NULL);
}

CfRecordClaim *
cf_record_dup_claims_and_sentences(const CfRecord *record, guint *n_claims, GArray **sentences)
{
	*n_claims = 0;
	if (!record->compact) {
		guint n = record->claims->len;
		CfRecordClaim *claims = g_new(CfRecordClaim, MAX(n, 1));
		for (guint i = 0; i < n; i++)
			claims[i] = *(const CfRecordClaim *)g_ptr_array_index(record->claims, i);
		*n_claims = n;
		if (sentences != NULL)
			*sentences = g_array_ref(record->sentences);
		return claims;
	}
	guint n = record->n_spilled_claims;
	/* the sentences follow the claims in the spill: read with them */
	gsize sentences_bytes =
		sentences != NULL ? record->n_spilled_sentences * sizeof(CfRecordSentence) : 0;
	if (sentences != NULL)
		*sentences = g_array_sized_new(FALSE, FALSE, sizeof(CfRecordSentence),
					       record->n_spilled_sentences);
	if (n == 0 && sentences_bytes == 0)
		return g_new0(CfRecordClaim, 1);
	g_autoptr(GError) error = NULL;
	/* one allocation: the claims, then their spilled form read after them, whose texts
	 * they point at */
	gsize head = MAX(n, 1) * sizeof(CfRecordClaim);
	CfRecordClaim *claims = g_malloc(head + record->spilled_claims_bytes + sentences_bytes + 1);
	char *block = (char *)claims + head;
	if (!cf_spill_read_into(record->spill, record->spill_offset,
				record->spilled_claims_bytes + sentences_bytes, block, &error)) {
		g_warning("%s", error->message);
		g_free(claims);
		return g_new0(CfRecordClaim, 1);
	}
	/* copied out: after the claims' texts they need not be aligned */
	if (sentences_bytes > 0)
		g_array_append_vals(*sentences, block + record->spilled_claims_bytes,
				    record->n_spilled_sentences);
	/* (the block starts n × 160 bytes after malloc's: aligned for the spilled claims) */
	const SpilledClaim *spilled = (const SpilledClaim *)block;
	char *texts = block + n * sizeof(SpilledClaim);
	for (guint i = 0; i < n; i++)
		claims[i] = claim_of_spilled(&spilled[i], texts);
	*n_claims = n;
	return claims;
}

GPtrArray *
cf_record_ref_claims(const CfRecord *record)
{
	if (!record->compact)
		return g_ptr_array_ref(record->claims);
	guint n;
	g_autofree CfRecordClaim *block = cf_record_dup_claims(record, &n);
	GPtrArray *claims = g_ptr_array_new_full(n, g_free);
	for (guint i = 0; i < n; i++) {
		const CfRecordClaim *c = &block[i];
		gsize text_size = c->text ? strlen(c->text) + 1 : 0;
		/* one allocation each: the claim, then its text */
		CfRecordClaim *copy = g_malloc(sizeof(CfRecordClaim) + text_size);
		*copy = *c;
		copy->text = c->text ? memcpy((char *)(copy + 1), c->text, text_size) : NULL;
		g_ptr_array_add(claims, copy);
	}
	return claims;
}

/* One field's string of the claim packed (or compacted) last, and what it became: the next
 * claim's is often the same (a unit, a label in prose), then packed (or kept) once. */
typedef struct {
	const char *from;
	char *to;
} LastString;

/* What precedes each string in packed_strings: so that compacting, on a batch's calling
 * thread, looks it up in the shared CfRecordStrings without reading it for its length and
 * hash (packing, in a worker, does). */
typedef struct {
	guint64 hash; /* cf_hash_bytes() */
	guint64 length;
} PackedHead;

/* In a packed record, a claim's unit or label is an offset (+ 1, 0: none) into
 * packed_strings, of its PackedHead (the string, NUL-ended, right after it). */
static char *
pack_string(GString *strings, const char *text, LastString *last)
{
	if (text == NULL)
		return NULL;
	if (last->from != NULL && strcmp(last->from, text) == 0)
		return last->to;
	guintptr offset = strings->len + 1;
	gsize length = strlen(text);
	PackedHead head = {cf_hash_bytes(text, length), length};
	cf_spill_put(strings, &head, sizeof head);
	cf_spill_put(strings, text, length + 1);
	*last = (LastString){text, (char *)offset};
	return (char *)offset;
}

/* The string packed at @packed (pack_string()), with its head in *@head. */
static const char *
unpack_string(const GString *strings, const char *packed, PackedHead *head)
{
	const char *at = strings->str + (guintptr)packed - 1;
	memcpy(head, at, sizeof *head);
	return at + sizeof *head;
}

/* A source line a record keeps, as packing reads it: @length bytes at @text (up to a NUL). */
typedef struct {
	guint line;
	const char *text;
	gsize length;
} PackLine;

/* cf_record_pack() with the source lines @lines (@n_lines, in line order, each once) in place
 * of record->lines. */
static void
pack_with_lines(CfRecord *record, const gboolean *keep, const PackLine *lines, guint n_lines)
{
	/* what goes to the spill, in one piece: the claims, their texts, the sentences, the line
	 * index, the lines (allocated once for all but the texts) */
	guint n_kept = 0;
	for (guint i = 0; i < record->claims->len; i++)
		n_kept += keep[i] != FALSE;
	gsize lines_size = 0;
	for (guint i = 0; i < n_lines; i++)
		lines_size += lines[i].length == G_MAXSIZE ? 0 : lines[i].length;
	GString *data = g_string_sized_new(n_kept * (sizeof(SpilledClaim) + 16) +
					   record->sentences->len * sizeof(CfRecordSentence) +
					   n_lines * sizeof(CfRecordSpilledLine) + lines_size);
	/* room for what a record's units and labels (~50 bytes a claim kept) and texts (~8)
	 * take as a rule: grown seldom */
	GString *strings = g_string_sized_new(n_kept * 64);
	g_autoptr(GString) texts = g_string_sized_new(n_kept * 16);
	guint n = 0;
	LastString unit = {NULL, NULL}, label = {NULL, NULL};
	for (guint i = 0; i < record->claims->len; i++) {
		if (!keep[i])
			continue;
		/* the claim read in place (no copy of it first), its unit and label packed */
		const CfRecordClaim *c = g_ptr_array_index(record->claims, i);
		guint32 text = 0;
		if (c->text != NULL) {
			text = (guint32)texts->len + 1;
			cf_spill_put(texts, c->text, strlen(c->text) + 1);
		}
		SpilledClaim spilled = spilled_claim(c, text);
		spilled.unit = pack_string(strings, c->unit, &unit);
		spilled.label = pack_string(strings, c->label, &label);
		cf_spill_put(data, &spilled, sizeof spilled);
		n++;
	}
	cf_spill_put(data, texts->str, texts->len);
	guint claims_bytes = (guint)data->len;
	g_string_append_len(data, record->sentences->data,
			    (gssize)(record->sentences->len * sizeof(CfRecordSentence)));
	/* the line index, then the lines right after it */
	gsize index_at = data->len, lines_at = index_at + n_lines * sizeof(CfRecordSpilledLine);
	g_string_set_size(data, lines_at);
	guint end = 0;
	for (guint i = 0; i < n_lines; i++) {
		gsize length = strnlen(lines[i].text, lines[i].length);
		cf_spill_put(data, lines[i].text, length);
		end += (guint)length;
		CfRecordSpilledLine l = {.line = lines[i].line, .end = end};
		memcpy(data->str + index_at + i * sizeof l, &l, sizeof l);
	}

	record->packed = data;
	record->packed_strings = strings;
	record->n_spilled_claims = n;
	record->spilled_claims_bytes = claims_bytes;
	record->n_spilled_sentences = record->sentences->len;
	record->n_spilled_lines = n_lines;
	record->spilled_lines_bytes = end;
	g_clear_pointer(&record->claims, g_ptr_array_unref);
	g_clear_pointer(&record->lines, g_hash_table_unref);
	g_clear_pointer(&record->sentences, g_array_unref);
	g_clear_pointer(&record->title, g_free);
	g_clear_pointer(&record->kind, g_free);
}

/* Line numbers, in a caller's array. */
typedef struct {
	guint *at;
	guint n;
} LineList;

/* Appends @line to @list unless it is the last one there already. */
static inline void
append_line_once(LineList *list, guint line)
{
	if (list->n == 0 || list->at[list->n - 1] != line)
		list->at[list->n++] = line;
}

/* @list in order, each once (sorted first only when out of order). */
static void
sort_lines(LineList *list)
{
	for (guint i = 1; i < list->n; i++) {
		if (list->at[i - 1] > list->at[i]) {
			qsort(list->at, list->n, sizeof *list->at, compare_uint);
			break;
		}
	}
	guint n = 0;
	for (guint i = 0; i < list->n; i++)
		if (n == 0 || list->at[n - 1] != list->at[i])
			list->at[n++] = list->at[i];
	list->n = n;
}

/* The lines of @a and @b (each in order, each once) appended to @out in order, each once. */
static void
merge_lines(const LineList *a, const LineList *b, LineList *out)
{
	guint i = 0, k = 0;
	while (i < a->n || k < b->n)
		append_line_once(out, k == b->n || (i < a->n && a->at[i] <= b->at[k]) ? a->at[i++]
										    : b->at[k++]);
}

/* The lines a compact @record keeps (in order, each once; *@n of them; g_free() them): those
 * of the claims @keep marks, of its metadata and of its sentences that state a number.  No
 * check across documents reads another: they see only the claims kept, the sentences and the
 * metadata.  The claims' lines and the sentences' are each in order already (as a rule):
 * merged, not sorted together. */
static guint *
needed_lines(const CfRecord *record, const gboolean *keep, guint *n)
{
	guint n_claims = record->claims->len, n_sentences = record->sentences->len;
	g_autofree guint *parts = g_new(guint, n_claims + n_sentences + 4);
	LineList claims = {parts, 0}, sentences = {parts + n_claims, 0},
		 meta = {parts + n_claims + n_sentences, 0};
	for (guint i = 0; i < n_claims; i++)
		if (keep[i])
			append_line_once(&claims, ((const CfRecordClaim *)g_ptr_array_index(
							   record->claims, i))->line);
	sort_lines(&claims);
	for (guint i = 0; i < n_sentences; i++) {
		const CfRecordSentence *s = &g_array_index(record->sentences, CfRecordSentence, i);
		if (s->numbers)
			append_line_once(&sentences, s->line);
	}
	sort_lines(&sentences);
	guint meta_lines[] = {record->title_line, record->year_line, record->unit_line,
			      record->kind_line};
	for (gsize i = 0; i < G_N_ELEMENTS(meta_lines); i++)
		if (meta_lines[i] != 0)
			meta.at[meta.n++] = meta_lines[i];
	sort_lines(&meta);
	g_autofree guint *text_at = g_new(guint, claims.n + sentences.n + 1);
	LineList text = {text_at, 0};
	merge_lines(&claims, &sentences, &text);
	LineList all = {g_new(guint, text.n + meta.n + 1), 0};
	merge_lines(&text, &meta, &all);
	*n = all.n;
	return all.at;
}

void
cf_record_pack(CfRecord *record, const gboolean *keep)
{
	g_return_if_fail(!record->compact && record->packed == NULL);
	guint n_numbers;
	g_autofree guint *numbers = needed_lines(record, keep, &n_numbers);
	g_autofree PackLine *lines = g_new(PackLine, MAX(n_numbers, 1));
	guint n = 0;
	for (guint i = 0; i < n_numbers; i++) {
		guint line = numbers[i];
		const char *text = g_hash_table_lookup(record->lines, GUINT_TO_POINTER(line));
		if (text != NULL)
			lines[n++] = (PackLine){line, text, G_MAXSIZE};
	}
	pack_with_lines(record, keep, lines, n);
}

/* The packed string @packed (an offset into @packed_strings) kept in @strings; equal offsets
 * one after the other (pack_string packs a repeated string once) are looked up once. */
static char *
keep_packed(CfRecordStrings *strings, const GString *packed_strings, char *packed, LastString *last)
{
	if (packed == NULL)
		return NULL;
	if (last->from == packed)
		return last->to;
	PackedHead head;
	const char *text = unpack_string(packed_strings, packed, &head);
	char *kept = strings_insert_hashed(strings, text, head.length, head.hash);
	*last = (LastString){packed, kept};
	return kept;
}

gboolean
cf_record_compact(CfRecord *record, const gboolean *keep, CfRecordStrings *strings, CfSpill *spill,
		  GError **error)
{
	g_return_val_if_fail(!record->compact, FALSE);
	if (record->packed == NULL)
		cf_record_pack(record, keep);
	/* the claims with their units and labels kept once for the whole batch, then the rest
	 * as it was laid out */
	GString *data = record->packed;
	/* the packed claims become the compact ones in place (the packed form goes after this;
	 * a GString's buffer is aligned as malloc's): no copy of them */
	SpilledClaim *claims = (SpilledClaim *)data->str;
	LastString last_unit = {NULL, NULL}, last_label = {NULL, NULL};
	for (guint i = 0; i < record->n_spilled_claims; i++) {
		SpilledClaim *c = &claims[i];
		c->unit = keep_packed(strings, record->packed_strings, c->unit, &last_unit);
		c->label = keep_packed(strings, record->packed_strings, c->label, &last_label);
	}
	guint64 offset;
	if (!cf_spill_append(spill, data->str, data->len, &offset, error))
		return FALSE;
	record->compact = TRUE;
	record->spill = spill;
	record->spill_offset = offset;
	g_string_free(g_steal_pointer(&record->packed), TRUE);
	g_string_free(g_steal_pointer(&record->packed_strings), TRUE);
	/* kept once for the whole batch: a unit is shared by its reports, and a chunk has no
	 * allocation overhead per string */
	char *path = record->path, *unit = record->unit, *digest = record->digest;
	record->path = cf_record_strings_add(strings, path); /* unique, not looked up */
	record->unit = cf_record_strings_insert(strings, unit);
	record->digest = digest ? cf_record_strings_add(strings, digest) : NULL;
	g_free(path);
	g_free(unit);
	g_free(digest);
	return TRUE;
}

#define FNV_OFFSET G_GUINT64_CONSTANT(0xcbf29ce484222325)
#define FNV_PRIME G_GUINT64_CONSTANT(0x100000001b3)

static inline guint64
fnv_byte(guint64 hash, guchar byte)
{
	return (hash ^ byte) * FNV_PRIME;
}

/* fnv_byte() of each of the @n bytes at @p in turn, eight a step (no loop test per byte) */
static inline guint64
fnv_bytes(guint64 hash, const char *p, gsize n)
{
	const guchar *u = (const guchar *)p;
	for (; n >= 8; u += 8, n -= 8)
		for (guint k = 0; k < 8; k++)
			hash = fnv_byte(hash, u[k]);
	for (; n > 0; u++, n--)
		hash = fnv_byte(hash, *u);
	return hash;
}

gboolean
cf_record_sentence_fingerprint(const char *text, gsize length, CfRecordSentence *out)
{
	guint64 text_hash = FNV_OFFSET, numbers_hash = FNV_OFFSET;
	guint chars = 0, numbers = 0;
	gsize i = 0;
	while (i < length) {
		guchar c = (guchar)text[i];
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
			i++;
			continue;
		}
		if (c >= '0' && c <= '9') {
			gsize start = i;
			while (i < length && ((text[i] >= '0' && text[i] <= '9') ||
					      ((text[i] == '.' || text[i] == ',') && i + 1 < length &&
					       text[i + 1] >= '0' && text[i + 1] <= '9')))
				i++;
			/* 年 = year: a year is part of the template's wording, not one of its figures */
			gboolean year = i - start == 4 && (text[start] == '1' || text[start] == '2') &&
					length - i >= 3 && memcmp(text + i, "年", 3) == 0;
			if (!year) {
				numbers_hash = fnv_bytes(numbers_hash, text + start, i - start);
				numbers_hash = fnv_byte(numbers_hash, '|');
				numbers++;
			}
			text_hash = fnv_byte(text_hash, '#');
			chars++;
			continue;
		}
		/* the run of other bytes up to the next blank or digit, hashed in a tight loop */
		gsize end = cf_utf8_skip_to(text, i, length, ' ', '\t', '\n', '\r', &chars);
		text_hash = fnv_bytes(text_hash, text + i, end - i);
		i = end;
	}
	if (chars < CF_RECORD_SENTENCE_MIN_CHARS)
		return FALSE;
	out->text_hash = text_hash;
	out->numbers_hash = numbers ? numbers_hash : 0;
	out->line = 0;
	out->chars = (guint16)MIN(chars, G_MAXUINT16);
	out->numbers = (guint16)MIN(numbers, G_MAXUINT16);
	return TRUE;
}

/* Where the source lines a record of a document keeps go: into its `lines`, or (a record
 * packed directly, @lines FALSE) nowhere: packing reads the lines it keeps from the document
 * (needed_lines). */
typedef struct {
	CfRecord *record;
	const CfDocument *doc;
	gboolean lines;
} LineSink;

/* Keeps the source text of @line of the document, unless it is kept already. */
static void
add_line(LineSink *sink, guint line)
{
	if (!sink->lines)
		return;
	GHashTable *lines = sink->record->lines;
	if (g_hash_table_contains(lines, GUINT_TO_POINTER(line)))
		return;
	gsize n;
	const char *src = cf_document_line_text(sink->doc, line, &n);
	g_hash_table_insert(lines, GUINT_TO_POINTER(line), g_strndup(src, n));
}

/* The number of the line @offset (in doc->norm) is on, as cf_document_locate() gives it (the
 * last line starting at or before it), found from the line *@at forward, or from the first
 * when @offset is before that one; *@at is left at it.  A document's sentences come in order:
 * each a step or two on from the last, not a binary search each. */
static guint
line_from(const CfDocument *doc, gsize offset, guint *at)
{
	const CfLine *lines = (const CfLine *)doc->lines->data;
	guint n = doc->lines->len, i = *at;
	if (n == 0) {
		guint line;
		cf_document_locate(doc, offset, &line, NULL);
		return line;
	}
	if (i >= n || lines[i].norm_offset > offset)
		i = 0;
	while (i + 1 < n && lines[i + 1].norm_offset <= offset)
		i++;
	*at = i;
	return lines[i].number;
}

static void
add_sentences(LineSink *sink)
{
	CfRecord *r = sink->record;
	const CfDocument *doc = sink->doc;
	/* room for every paragraph sentence first, each one fingerprinted written in place (no
	 * call to append it), the array cut to those written after */
	guint room = r->sentences->len, n = room;
	for (guint b = 0; doc->blocks && b < doc->blocks->len; b++) {
		const CfBlock *block = g_ptr_array_index(doc->blocks, b);
		if (block->kind == CF_BLOCK_PARAGRAPH && block->sentences != NULL)
			room += block->n_sentences;
	}
	g_array_set_size(r->sentences, room);
	CfRecordSentence *at = (CfRecordSentence *)r->sentences->data;
	guint line_at = 0;
	for (guint b = 0; doc->blocks && b < doc->blocks->len; b++) {
		const CfBlock *block = g_ptr_array_index(doc->blocks, b);
		if (block->kind != CF_BLOCK_PARAGRAPH || block->sentences == NULL)
			continue;
		for (guint k = 0; k < block->n_sentences; k++) {
			CfRange range = block->sentences[k];
			CfRecordSentence *s = &at[n];
			if (range.end <= range.start ||
			    !cf_record_sentence_fingerprint(doc->norm + range.start,
							    range.end - range.start, s))
				continue;
			/* the line only: the column is not kept (no counting up to it) */
			s->line = line_from(doc, range.start, &line_at);
			n++;
			if (s->numbers)
				add_line(sink, s->line);
		}
	}
	g_array_set_size(r->sentences, n);
}

/* The record's metadata from @doc. */
static CfRecord *
record_of_metadata(const CfDocument *doc, const char *digest)
{
	CfRecord *r = cf_record_new(doc->path);
	r->digest = digest ? g_strdup(digest) : cf_document_dup_digest(doc);
	const CfMetadata *m = &doc->metadata;
	r->title = g_strdup(m->title);
	r->title_line = m->title_line;
	r->year = m->year;
	r->year_line = m->year_line;
	r->unit = g_strdup(m->unit);
	r->unit_line = m->unit_line;
	r->kind = g_strdup(m->kind);
	r->kind_line = m->kind_line;
	return r;
}

/* @c as a record's claim, its strings borrowed from it (@cues too). */
static CfRecordClaim
record_claim(const CfClaim *c, const char *cues)
{
	return (CfRecordClaim){
		.kind = c->kind,
		.stated = c->stated,
		.value = c->value,
		.interval = c->interval,
		.has_value = c->has_value,
		.unit_exponent = c->unit_exponent,
		.qualifier = c->qualifier,
		.unit = (char *)c->unit,
		.label = (char *)c->label,
		.text = (char *)c->text,
		.cues = (char *)cues,
		.line = c->line,
		.column = c->column,
		.length = c->length,
		.table = c->table,
		.row = c->row,
		.cell_column = c->cell_column,
	};
}

/* The metadata lines too, so a finding about them can show them; then the sentences. */
static void
add_metadata_lines_and_sentences(LineSink *sink)
{
	const CfMetadata *m = &sink->doc->metadata;
	guint meta_lines[] = {m->title_line, m->year_line, m->unit_line, m->kind_line};
	for (gsize i = 0; i < G_N_ELEMENTS(meta_lines); i++)
		if (meta_lines[i] != 0)
			add_line(sink, meta_lines[i]);
	add_sentences(sink);
}

CfRecord *
cf_record_new_from_document(const CfDocument *doc, GPtrArray *claims, const char *digest)
{
	CfRecord *r = record_of_metadata(doc, digest);
	g_autoptr(GString) cues = g_string_new(NULL);
	for (guint i = 0; claims && i < claims->len; i++) {
		const CfClaim *c = g_ptr_array_index(claims, i);
		g_string_truncate(cues, 0);
		for (guint k = 0; c->cues && k < c->cues->len; k++) {
			if (k)
				g_string_append_c(cues, ',');
			g_string_append(cues, g_ptr_array_index(c->cues, k));
		}
		CfRecordClaim rc = record_claim(c, cues->str);
		gsize n;
		const char *src = cf_document_line_text(doc, c->line, &n);
		cf_record_add_claim(r, &rc, src, n);
	}
	LineSink sink = {r, doc, TRUE};
	add_metadata_lines_and_sentences(&sink);
	return r;
}

CfRecord *
cf_record_new_packed(const CfDocument *doc, GPtrArray *claims, const char *digest,
		     CfRecordMarkFunc mark)
{
	CfRecord *r = record_of_metadata(doc, digest);
	guint n = claims ? claims->len : 0;
	/* the claims as cf_record_new_from_document() would hold them, but borrowed: packing
	 * copies those it keeps */
	g_autofree CfRecordClaim *borrowed = g_new(CfRecordClaim, MAX(n, 1));
	g_ptr_array_set_free_func(r->claims, NULL);
	g_ptr_array_set_size(r->claims, (gint)n);
	for (guint i = 0; i < n; i++) {
		const CfClaim *c = g_ptr_array_index(claims, i);
		borrowed[i] = record_claim(c, "");
		borrowed[i].index = i;
		r->claims->pdata[i] = &borrowed[i];
	}
	LineSink sink = {r, doc, FALSE};
	add_metadata_lines_and_sentences(&sink);
	g_autofree gboolean *keep = g_new0(gboolean, MAX(n, 1));
	mark(r, keep);
	/* the lines it keeps read from the document (no copy of each first) */
	guint n_lines;
	g_autofree guint *numbers = needed_lines(r, keep, &n_lines);
	g_autofree PackLine *lines = g_new(PackLine, MAX(n_lines, 1));
	for (guint i = 0; i < n_lines; i++) {
		PackLine *l = &lines[i];
		l->line = numbers[i];
		l->text = cf_document_line_text(doc, l->line, &l->length);
	}
	pack_with_lines(r, keep, lines, n_lines);
	return r;
}
