#include "model/cf-finding.h"
#include "model/cf-utf8.h"

#include <string.h>

/* A finding and all its strings (rule, texts, places), laid out one after another in the
 * space allocated with it, then (long source lines) in further blocks of its own: one
 * allocation for most findings where there were three per place and one per text.  A text
 * set again leaves the old one unused there until the finding is freed. */
typedef struct StringBlock StringBlock;
struct StringBlock {
	StringBlock *next;
	gsize used, size;
	char data[];
};

typedef struct {
	CfFinding finding; /* first: a CfFinding* is a FindingWithStrings* */
	StringBlock *more; /* the further blocks, the newest first */
	gsize used, size;  /* of data */
	char data[];
} FindingWithStrings;

/* Allocations up to about 1 KB come from the allocator's per-thread caches. */
#define FINDING_ALLOCATION 1024
#define MORE_ALLOCATION 1024

/* A copy of @text[0, @n) (NUL-ended) in @finding's string space. */
static char *
finding_strndup(CfFinding *finding, const char *text, gsize n)
{
	FindingWithStrings *fw = (FindingWithStrings *)finding;
	char *to;
	if (fw->size - fw->used > n) {
		to = fw->data + fw->used;
		fw->used += n + 1;
	} else if (fw->more != NULL && fw->more->size - fw->more->used > n) {
		to = fw->more->data + fw->more->used;
		fw->more->used += n + 1;
	} else {
		gsize size = MAX(n + 1, MORE_ALLOCATION - sizeof(StringBlock));
		StringBlock *b = g_malloc(sizeof(StringBlock) + size);
		b->next = fw->more;
		b->used = n + 1;
		b->size = size;
		fw->more = b;
		to = b->data;
	}
	memcpy(to, text, n);
	to[n] = '\0';
	return to;
}

static char *
finding_strdup(CfFinding *finding, const char *text)
{
	return text != NULL ? finding_strndup(finding, text, strlen(text)) : NULL;
}

CfFinding *
cf_finding_new(const char *rule, CfSeverity severity)
{
	FindingWithStrings *fw = g_malloc(FINDING_ALLOCATION);
	memset(fw, 0, sizeof *fw);
	fw->size = FINDING_ALLOCATION - sizeof *fw;
	CfFinding *f = &fw->finding;
	f->rule = finding_strdup(f, rule);
	f->severity = severity;
	f->message = finding_strndup(f, "", 0);
	f->related = g_array_new(FALSE, TRUE, sizeof(CfLocation));
	return f;
}

void
cf_finding_free(CfFinding *finding)
{
	if (finding == NULL)
		return;
	FindingWithStrings *fw = (FindingWithStrings *)finding;
	g_array_unref(finding->related);
	g_clear_pointer(&finding->places, g_hash_table_unref);
	for (StringBlock *b = fw->more, *next; b != NULL; b = next) {
		next = b->next;
		g_free(b);
	}
	g_free(fw);
}

void
cf_finding_set_text(CfFinding *finding, char **field, const char *text, gssize length)
{
	*field = text != NULL
			 ? finding_strndup(finding, text, length < 0 ? strlen(text) : (gsize)length)
			 : NULL;
}

void
cf_finding_take_text(CfFinding *finding, char **field, char *text)
{
	cf_finding_set_text(finding, field, text, -1);
	g_free(text);
}

static void
location_set(CfFinding *finding, CfLocation *l, const char *file, guint line, guint column,
	     guint length, const char *source, gssize source_length, const char *note,
	     CfSourceCursor *cursor)
{
	l->file = finding_strdup(finding, file);
	l->line = line;
	l->column = column;
	l->length = length;
	cf_finding_set_source_near(finding, l, source, source_length, cursor);
	l->note = finding_strdup(finding, note);
}

/* The byte offset of character @chars (0-based) of @source (@n bytes), from @cursor when it
 * is on @source (forward, or back when that is nearer than the start), else from the start;
 * *@found gets the characters before it (fewer than @chars at the end of the line). */
static gsize
char_offset(const char *source, gsize n, gsize chars, CfSourceCursor *cursor, gsize *found)
{
	gsize byte = 0, before = 0;
	if (cursor != NULL && cursor->line == source && cursor->length == n &&
	    (cursor->chars <= chars || cursor->chars - chars < chars)) {
		byte = cursor->byte;
		before = cursor->chars;
		/* back, character by character, when the cursor is past it */
		while (before > chars) {
			byte--;
			before -= ((guchar)source[byte] & 0xC0) != 0x80;
		}
	}
	gsize more;
	byte += cf_utf8_skip_chars(source + byte, n - byte, chars - before, &more);
	before += more;
	if (cursor != NULL)
		*cursor = (CfSourceCursor){source, n, byte, before};
	*found = before;
	return byte;
}

void
cf_finding_set_source(CfFinding *finding, CfLocation *location, const char *source,
		      gssize source_length)
{
	cf_finding_set_source_near(finding, location, source, source_length, NULL);
}

void
cf_finding_set_source_near(CfFinding *finding, CfLocation *location, const char *source,
			   gssize source_length, CfSourceCursor *cursor)
{
	if (source == NULL)
		source = "", source_length = 0;
	gsize n = source_length < 0 ? strlen(source) : (gsize)source_length;
	location->source_column = 1;
	location->source_cut_end = FALSE;
	if (n <= CF_FINDING_SOURCE_MAX_BYTES) {
		location->source = finding_strndup(finding, source, n);
		return;
	}
	/* the place (clamped to the line), then some context on either side, cut where a
	 * character starts */
	gsize chars_before;
	gsize at = char_offset(source, n, location->column > 1 ? location->column - 1 : 0, cursor,
			       &chars_before);
	gsize place_end = at + cf_utf8_skip_chars(source + at, n - at, location->length, NULL);
	gsize from = at > CF_FINDING_SOURCE_CONTEXT_BYTES ? at - CF_FINDING_SOURCE_CONTEXT_BYTES
							  : 0;
	while (from < at && ((guchar)source[from] & 0xC0) == 0x80)
		from++;
	gsize to = MIN(n, place_end + CF_FINDING_SOURCE_CONTEXT_BYTES);
	while (to > place_end && to < n && ((guchar)source[to] & 0xC0) == 0x80)
		to--;
	location->source_column = 1 + (guint)(chars_before - cf_utf8_char_count(source + from,
										at - from));
	location->source_cut_end = to < n;
	location->source = finding_strndup(finding, source + from, to - from);
}

void
cf_finding_set_primary(CfFinding *finding, const char *file, guint line, guint column,
		       guint length, const char *source, gssize source_length)
{
	cf_finding_set_primary_near(finding, file, line, column, length, source, source_length,
				    NULL);
}

void
cf_finding_set_primary_near(CfFinding *finding, const char *file, guint line, guint column,
			    guint length, const char *source, gssize source_length,
			    CfSourceCursor *cursor)
{
	location_set(finding, &finding->primary, file, line, column, length, source,
		     source_length, NULL, cursor);
}

static gboolean
same_place(const CfLocation *l, const char *file, guint line, guint column)
{
	return l->line == line && l->column == column && g_strcmp0(l->file, file) == 0;
}

/* Related places a finding holds before it keeps their lines and columns in a table. */
#define PLACES_TABLE_MIN 32

/* A key of (@line, @column) for finding->places, hashed as g_direct_hash() reads it (its low
 * 32 bits); two places may share one: the related places are then searched, as without the
 * table. */
static gpointer
place_key(guint line, guint column)
{
	return GUINT_TO_POINTER(line * 2654435761u + column);
}

/* TRUE when @finding has a related place at @file:@line:@column. */
static gboolean
has_related(CfFinding *finding, const char *file, guint line, guint column)
{
	GArray *related = finding->related;
	if (related->len >= PLACES_TABLE_MIN) {
		/* a table of their lines and columns: a 合计 over n rows, each a related place,
		 * searched all of them once per place (n²) */
		if (finding->places == NULL) {
			finding->places = g_hash_table_new(g_direct_hash, g_direct_equal);
			for (guint i = 0; i < related->len; i++) {
				const CfLocation *l = &g_array_index(related, CfLocation, i);
				g_hash_table_add(finding->places, place_key(l->line, l->column));
			}
		}
		if (!g_hash_table_contains(finding->places, place_key(line, column)))
			return FALSE;
	}
	for (guint i = 0; i < related->len; i++)
		if (same_place(&g_array_index(related, CfLocation, i), file, line, column))
			return TRUE;
	return FALSE;
}

void
cf_finding_add_related(CfFinding *finding, const char *file, guint line, guint column,
		       guint length, const char *source, gssize source_length, const char *note)
{
	cf_finding_add_related_near(finding, file, line, column, length, source, source_length,
				    note, NULL);
}

void
cf_finding_add_related_near(CfFinding *finding, const char *file, guint line, guint column,
			    guint length, const char *source, gssize source_length,
			    const char *note, CfSourceCursor *cursor)
{
	if (same_place(&finding->primary, file, line, column) ||
	    has_related(finding, file, line, column))
		return;
	if (finding->places != NULL)
		g_hash_table_add(finding->places, place_key(line, column));
	CfLocation l = {0};
	location_set(finding, &l, file, line, column, length, source, source_length, note,
		     cursor);
	g_array_append_val(finding->related, l);
}

static void
location_copy(CfFinding *finding, CfLocation *to, const CfLocation *from)
{
	*to = *from;
	to->file = finding_strdup(finding, from->file);
	to->source = finding_strdup(finding, from->source);
	to->note = finding_strdup(finding, from->note);
}

CfFinding *
cf_finding_copy(const CfFinding *from)
{
	CfFinding *f = cf_finding_new(from->rule, from->severity);
	cf_finding_set_text(f, &f->message, from->message, -1);
	cf_finding_set_text(f, &f->stated, from->stated, -1);
	cf_finding_set_text(f, &f->computed, from->computed, -1);
	cf_finding_set_text(f, &f->suggestion, from->suggestion, -1);
	location_copy(f, &f->primary, &from->primary);
	g_array_set_size(f->related, from->related->len);
	for (guint i = 0; i < from->related->len; i++)
		location_copy(f, &g_array_index(f->related, CfLocation, i),
			      &g_array_index(from->related, CfLocation, i));
	return f;
}

const char *
cf_severity_to_string(CfSeverity severity)
{
	switch (severity) {
	case CF_SEVERITY_ERROR:
		return "error";
	case CF_SEVERITY_WARNING:
		return "warning";
	case CF_SEVERITY_NOTE:
	default:
		return "note";
	}
}

gboolean
cf_severity_from_string(const char *text, CfSeverity *out)
{
	static const struct {
		const char *name;
		CfSeverity severity;
	} names[] = {
		{"error", CF_SEVERITY_ERROR},
		{"warning", CF_SEVERITY_WARNING},
		{"note", CF_SEVERITY_NOTE},
	};
	for (gsize i = 0; i < G_N_ELEMENTS(names); i++) {
		if (g_strcmp0(text, names[i].name) == 0) {
			*out = names[i].severity;
			return TRUE;
		}
	}
	return FALSE;
}

int
cf_finding_compare(const CfFinding *a, const CfFinding *b)
{
	int c = g_strcmp0(a->primary.file, b->primary.file);
	if (c != 0)
		return c;
	if (a->primary.line != b->primary.line)
		return a->primary.line < b->primary.line ? -1 : 1;
	if (a->primary.column != b->primary.column)
		return a->primary.column < b->primary.column ? -1 : 1;
	c = g_strcmp0(a->rule, b->rule);
	if (c != 0)
		return c;
	return g_strcmp0(a->message, b->message);
}

gint
cf_finding_compare_ptr(gconstpointer a, gconstpointer b)
{
	return cf_finding_compare(*(CfFinding *const *)a, *(CfFinding *const *)b);
}
