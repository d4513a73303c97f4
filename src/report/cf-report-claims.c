/* cf-report-claims.c — claims as readable lines or as JSON lines.  Formatting only: every
 * value printed here was decided by the extract stage. */
#include "report/cf-report.h"

#include <string.h>

#include "report/cf-buffer.h"

#define SGR_RESET "\033[0m"
#define SGR_BOLD "\033[1m"
#define SGR_KIND "\033[36m"
#define SGR_MALFORMED "\033[1;31m"

static const char *
document_path(const CfClaim *claim)
{
	return claim->document != NULL && claim->document->path != NULL ? claim->document->path
									: "";
}

/* The byte length of a claim's string field, its stored length when known (CfClaim). */
#define CLAIM_LENGTH(claim, field) cf_claim_string_length((claim)->field, (claim)->field##_length)

/* The byte length of a string, 0 for NULL. */
static inline gsize
field_length(const char *text)
{
	return text != NULL ? strlen(text) : 0;
}

/* The unit a value is printed in: amounts are in 元 and percentages in percent points
 * whatever the text said (the claim's invariant); the rest in the unit as written, unless
 * that unit carries a multiplier (13.2万个 is 132000, not 132000 万个): then none, and the
 * source text in parentheses shows it. */
static char *
put_base_unit(char *c, const CfClaim *claim, gsize unit_length)
{
	switch (claim->kind) {
	case CF_CLAIM_AMOUNT:
		return CF_CURSOR_PUT_LITERAL(c, " 元");
	case CF_CLAIM_PERCENT:
		*c++ = '%';
		return c;
	default:
		if (unit_length > 0 && claim->unit_exponent == 0) {
			*c++ = ' ';
			c = cf_cursor_copy(c, claim->unit, unit_length);
		}
		return c;
	}
}

#define PUT_STYLE(c, color, sgr) ((color) ? CF_CURSOR_PUT_LITERAL((c), sgr) : (c))

/* The text of everything but the claim's strings and file: numbers, colours, constants. */
#define CLAIM_TEXT_FIXED_MAX 512

/* @path: the claim's file, @path_length bytes.  One reservation for the line (and one more
 * after an interval, written by the model), its size bounded from the strings' lengths. */
static void
append_claim_text(GString *out, const CfClaim *claim, const CfReportStyle *style, const char *path,
		  gsize path_length)
{
	gboolean color = style != NULL && style->color;
	const char *kind = cf_claim_kind_to_string(claim->kind);
	const char *qualifier = claim->qualifier != CF_QUALIFIER_NONE
					? cf_qualifier_to_string(claim->qualifier)
					: NULL;
	gsize kind_length = field_length(kind), text_length = CLAIM_LENGTH(claim, text),
	      unit_length = CLAIM_LENGTH(claim, unit), qualifier_length = field_length(qualifier),
	      qualifier_text_length = CLAIM_LENGTH(claim, qualifier_text),
	      label_length = CLAIM_LENGTH(claim, label),
	      reason_length = CLAIM_LENGTH(claim, reason);
	gsize bound = CLAIM_TEXT_FIXED_MAX + path_length + kind_length + text_length + unit_length +
		      qualifier_length + qualifier_text_length + label_length + reason_length;
	guint n_cues = claim->cues != NULL ? claim->cues->len : 0;
	for (guint i = 0; i < n_cues; i++)
		bound += strlen(g_ptr_array_index(claim->cues, i)) + 1;
	char *c = cf_buffer_begin(out, bound);

	c = PUT_STYLE(c, color, SGR_BOLD);
	c = cf_cursor_copy(c, path, path_length);
	*c++ = ':';
	c = cf_json_write_uint(c, claim->line);
	*c++ = ':';
	c = cf_json_write_uint(c, claim->column);
	*c++ = ':';
	c = PUT_STYLE(c, color, SGR_RESET);
	*c++ = ' ';

	if (color)
		c = claim->kind == CF_CLAIM_MALFORMED ? CF_CURSOR_PUT_LITERAL(c, SGR_MALFORMED)
						      : CF_CURSOR_PUT_LITERAL(c, SGR_KIND);
	c = cf_cursor_copy(c, kind, kind_length);
	c = PUT_STYLE(c, color, SGR_RESET);

	if (claim->has_value) {
		*c++ = ' ';
		c = cf_json_write_decimal_digits(c, claim->value);
		c = put_base_unit(c, claim, unit_length);
	}
	c = CF_CURSOR_PUT_LITERAL(c, " (");
	if (claim->text != NULL)
		c = cf_cursor_copy(c, claim->text, text_length);
	*c++ = ')';

	if (qualifier != NULL) {
		c = CF_CURSOR_PUT_LITERAL(c, " qualifier=");
		c = cf_cursor_copy(c, qualifier, qualifier_length);
		if (claim->qualifier_text != NULL) {
			*c++ = '(';
			c = cf_cursor_copy(c, claim->qualifier_text, qualifier_text_length);
			*c++ = ')';
		}
		if (claim->has_value) {
			c = CF_CURSOR_PUT_LITERAL(c, " interval=");
			cf_buffer_end(out, c);
			cf_interval_append(claim->interval, out);
			c = cf_buffer_begin(out, bound);
		}
	}
	if (claim->label != NULL) {
		c = CF_CURSOR_PUT_LITERAL(c, " label=");
		c = cf_cursor_copy(c, claim->label, label_length);
	}
	if (n_cues > 0) {
		c = CF_CURSOR_PUT_LITERAL(c, " cues=");
		for (guint i = 0; i < n_cues; i++) {
			const char *cue = g_ptr_array_index(claim->cues, i);
			if (i > 0)
				*c++ = ',';
			c = cf_cursor_copy(c, cue, strlen(cue));
		}
	}
	if (claim->table >= 0) {
		c = CF_CURSOR_PUT_LITERAL(c, " table=");
		c = cf_json_write_int(c, claim->table, FALSE);
		c = CF_CURSOR_PUT_LITERAL(c, " row=");
		c = cf_json_write_int(c, claim->row, FALSE);
		c = CF_CURSOR_PUT_LITERAL(c, " col=");
		c = cf_json_write_int(c, claim->cell_column, FALSE);
	}
	if (claim->reason != NULL) {
		c = CF_CURSOR_PUT_LITERAL(c, " reason=");
		c = cf_cursor_copy(c, claim->reason, reason_length);
	}
	*c++ = '\n';
	cf_buffer_end(out, c);
}

void
cf_report_claims_text_styled(GPtrArray *claims, const CfReportStyle *style, GString *out)
{
	const char *path = NULL;
	gsize path_length = 0;
	for (guint i = 0; i < claims->len; i++) {
		const CfClaim *claim = g_ptr_array_index(claims, i);
		if (document_path(claim) != path) {
			path = document_path(claim);
			path_length = strlen(path);
		}
		append_claim_text(out, claim, style, path, path_length);
	}
}

void
cf_report_claims_text(GPtrArray *claims, GString *out)
{
	cf_report_claims_text_styled(claims, NULL, out);
}

/* ,"key": — keys are fixed ASCII identifiers, joined at compile time */
#define APPEND_KEY(out, key) CF_BUFFER_PUT_LITERAL(out, ",\"" key "\":")

/* the same through a cursor */
#define PUT_KEY(cursor, key) CF_CURSOR_PUT_LITERAL(cursor, ",\"" key "\":")

/* @valid: the claim's strings are known to be valid UTF-8 (see append_claim_json()). */
G_ALWAYS_INLINE static inline char *
put_string(char *cursor, const char *text, gsize length, gboolean valid)
{
	return valid ? cf_json_write_valid_string(cursor, text, length)
		     : cf_json_write_string(cursor, text, length);
}

G_ALWAYS_INLINE static inline char *
put_decimal_or_null(char *cursor, gboolean has, CfDecimal value)
{
	return has ? cf_json_write_decimal(cursor, value) : CF_CURSOR_PUT_LITERAL(cursor, "null");
}

/* A claim's JSON line is about this long (file path included). */
#define CLAIM_JSON_TYPICAL 512

/* The JSON text of everything but the claim's strings and file: keys, numbers, constants. */
#define CLAIM_JSON_FIXED_MAX 1024

/* A name of an enumeration (kind, qualifier) as a JSON member with the key after it
 * (,"kind":"amount","text":), escaped once for the process rather than once per claim, and
 * copied in one fixed-size move. */
#define NAME_JSON_MAX 48
typedef struct {
	char json[NAME_JSON_MAX];
	guint length; /* 0: not kept (too long), written with each claim */
} NameJson;

/* The names of the enumerations as JSON: constants, escaped once for the process. */
typedef struct {
	NameJson kinds[CF_CLAIM_N_KINDS];
	NameJson qualifiers[CF_QUALIFIER_N];
} NamesJson;

/* What the claims of one call share: the start of their lines ({"file":<file>,"line":) and
 * the names, as JSON. */
typedef struct {
	GString *head;
	const NameJson *kinds;      /* CF_CLAIM_N_KINDS, names_json() */
	const NameJson *qualifiers; /* CF_QUALIFIER_N */
} ClaimJsonShared;

/* @before and @after: fixed ASCII keys and separators around the escaped name @text. */
static void
name_json_init(NameJson *name, const char *before, const char *text, const char *after)
{
	/* escaped in full, then kept when it fits: the bound for any bytes would keep none of
	 * "amount", "percent" … */
	gsize n = strlen(text), n_before = strlen(before), n_after = strlen(after);
	g_autofree char *json = g_malloc(n_before + CF_JSON_STRING_MAX(n) + n_after);
	char *c = cf_cursor_put(json, before, n_before);
	c = cf_json_write_string(c, text, n);
	c = cf_cursor_put(c, after, n_after);
	gsize length = (gsize)(c - json);
	name->length = 0;
	memset(name->json, 0, NAME_JSON_MAX);
	if (length <= NAME_JSON_MAX) {
		memcpy(name->json, json, length);
		name->length = (guint)length;
	}
}

/* ,"kind":<kind>,"text": and ,"qualifier":<qualifier>,"qualifier_text": — the keys the
 * writer puts around the names, whether kept or not */
#define KIND_BEFORE ",\"kind\":"
#define KIND_AFTER ",\"text\":"
#define QUALIFIER_BEFORE ",\"qualifier\":"
#define QUALIFIER_AFTER ",\"qualifier_text\":"

/* Built by the first caller, then shared by every call and thread (a document's claims
 * are written by one call: escaping the names for each was a tenth of the writer's work). */
static const NamesJson *
names_json(void)
{
	static NamesJson names;
	static gsize ready = 0;
	if (g_once_init_enter(&ready)) {
		for (guint i = 0; i < CF_CLAIM_N_KINDS; i++)
			name_json_init(&names.kinds[i], KIND_BEFORE,
				       cf_claim_kind_to_string((CfClaimKind)i), KIND_AFTER);
		for (guint i = 0; i < CF_QUALIFIER_N; i++)
			name_json_init(&names.qualifiers[i], QUALIFIER_BEFORE,
				       cf_qualifier_to_string((CfQualifier)i), QUALIFIER_AFTER);
		g_once_init_leave(&ready, 1);
	}
	return &names;
}

static void
claim_json_shared_init(ClaimJsonShared *shared)
{
	const NamesJson *names = names_json();
	shared->head = g_string_new(NULL);
	shared->kinds = names->kinds;
	shared->qualifiers = names->qualifiers;
}

/* The start of the lines of the claims of file @path. */
static void
claim_json_shared_set_file(ClaimJsonShared *shared, const char *path)
{
	g_string_assign(shared->head, "{\"file\":");
	cf_json_append_string(shared->head, path, -1);
	CF_BUFFER_PUT_LITERAL(shared->head, ",\"line\":");
}

/* The kept JSON of name @value of @names, or NULL (out of range or not kept). */
static inline const NameJson *
name_json_get(const NameJson *names, guint n_names, guint value)
{
	return value < n_names && names[value].length > 0 ? &names[value] : NULL;
}

/* @json: kept, or NULL: then @before, @text of @length bytes and @after are written here. */
#define PUT_NAME(cursor, json, before, text, length, after, valid)                             \
	((json) != NULL ? put_name_kept((cursor), (json))                                       \
			: CF_CURSOR_PUT_LITERAL(                                                \
				  put_string(CF_CURSOR_PUT_LITERAL((cursor), before), (text),   \
					     (length), (valid)),                                \
				  after))

G_ALWAYS_INLINE static inline char *
put_name_kept(char *cursor, const NameJson *json)
{
	memcpy(cursor, json->json, NAME_JSON_MAX);
	return cursor + json->length;
}

/* A decimal, or "null" when @has is FALSE; when @value is @last (its mantissa and scale), the
 * @last_length bytes at @last_json are what it writes: copied, not written again. */
G_ALWAYS_INLINE static inline char *
put_decimal_again(char *cursor, gboolean has, CfDecimal value, CfDecimal last,
		  const char *last_json, gsize last_length)
{
	if (has && value.mantissa == last.mantissa && value.scale == last.scale)
		return cf_cursor_copy(cursor, last_json, last_length);
	return put_decimal_or_null(cursor, has, value);
}

/* Cues of a claim whose lengths the JSON writer keeps (a claim has a few). */
#define CUES_MEASURED 8

/* One reservation for the whole line, its size bounded from the strings' lengths.  A claim
 * of a document whose text is valid UTF-8 has valid strings: pieces of that text cut at
 * character boundaries, lexicon words (checked when loaded) and ASCII.  The members most
 * claims write alike (no table place: three nulls; no reason) are one literal each. */
G_ALWAYS_INLINE static inline void
append_claim_json(GString *out, const CfClaim *claim, const ClaimJsonShared *shared)
{
	gboolean valid = claim->document != NULL && claim->document->text_valid_utf8;
	const GString *head = shared->head;
	const NameJson *kind_json = name_json_get(shared->kinds, CF_CLAIM_N_KINDS, claim->kind);
	const NameJson *qualifier_json =
		name_json_get(shared->qualifiers, CF_QUALIFIER_N, claim->qualifier);
	const char *kind = kind_json == NULL ? cf_claim_kind_to_string(claim->kind) : NULL;
	const char *qualifier =
		qualifier_json == NULL ? cf_qualifier_to_string(claim->qualifier) : NULL;
	gsize kind_length = field_length(kind), text_length = CLAIM_LENGTH(claim, text),
	      unit_length = CLAIM_LENGTH(claim, unit),
	      qualifier_length = field_length(qualifier),
	      qualifier_text_length = CLAIM_LENGTH(claim, qualifier_text),
	      label_length = CLAIM_LENGTH(claim, label),
	      reason_length = CLAIM_LENGTH(claim, reason);
	gsize strings = kind_length + text_length + unit_length + qualifier_length +
			qualifier_text_length + label_length + reason_length;
	guint n_cues = claim->cues != NULL ? claim->cues->len : 0;
	gsize cue_lengths[CUES_MEASURED]; /* measured once for the first ones */
	for (guint i = 0; i < n_cues; i++) {
		gsize n = strlen(g_ptr_array_index(claim->cues, i));
		if (i < CUES_MEASURED)
			cue_lengths[i] = n;
		strings += n + 1;
	}
	/* the fixed part includes the kept names, NAME_JSON_MAX bytes each */
	char *c = cf_buffer_begin(out, CLAIM_JSON_FIXED_MAX + head->len +
					       CF_JSON_STRING_MAX(strings) + 3 * (gsize)n_cues);

	c = cf_cursor_put(c, head->str, head->len);
	c = cf_json_write_uint(c, claim->line);
	c = PUT_KEY(c, "column");
	c = cf_json_write_uint(c, claim->column);
	c = PUT_KEY(c, "length");
	c = cf_json_write_uint(c, claim->length);
	c = PUT_NAME(c, kind_json, KIND_BEFORE, kind, kind_length, KIND_AFTER, valid);
	c = put_string(c, claim->text, text_length, valid);

	c = PUT_KEY(c, "value");
	char *value_json = c;
	c = put_decimal_or_null(c, claim->has_value, claim->value);
	gsize value_length = (gsize)(c - value_json);
	c = PUT_KEY(c, "low");
	c = put_decimal_or_null(c, claim->has_value && !claim->interval.low_unbounded,
				claim->interval.low);
	c = PUT_KEY(c, "high");
	c = put_decimal_or_null(c, claim->has_value && !claim->interval.high_unbounded,
				claim->interval.high);
	c = PUT_KEY(c, "stated");
	c = put_decimal_again(c, claim->has_value, claim->stated, claim->value, value_json,
			      value_length);

	c = PUT_KEY(c, "unit");
	c = put_string(c, claim->unit, unit_length, valid);
	c = PUT_KEY(c, "unit_exponent");
	c = cf_json_write_int(c, claim->unit_exponent, FALSE);
	c = PUT_NAME(c, qualifier_json, QUALIFIER_BEFORE, qualifier, qualifier_length,
		     QUALIFIER_AFTER, valid);
	c = put_string(c, claim->qualifier_text, qualifier_text_length, valid);
	c = PUT_KEY(c, "label");
	c = put_string(c, claim->label, label_length, valid);

	c = PUT_KEY(c, "cues");
	*c++ = '[';
	for (guint i = 0; i < n_cues; i++) {
		const char *cue = g_ptr_array_index(claim->cues, i);
		if (i > 0)
			*c++ = ',';
		c = put_string(c, cue, i < CUES_MEASURED ? cue_lengths[i] : strlen(cue), valid);
	}
	*c++ = ']';

	if ((claim->table & claim->row & claim->cell_column) < 0) {
		/* all three negative: no place in a table */
		c = CF_CURSOR_PUT_LITERAL(c, ",\"table\":null,\"row\":null,\"column_in_table\":null");
	} else {
		c = PUT_KEY(c, "table");
		c = cf_json_write_int(c, claim->table, TRUE);
		c = PUT_KEY(c, "row");
		c = cf_json_write_int(c, claim->row, TRUE);
		c = PUT_KEY(c, "column_in_table");
		c = cf_json_write_int(c, claim->cell_column, TRUE);
	}
	c = PUT_KEY(c, "sentence");
	if (claim->sentence == G_MAXUINT)
		c = CF_CURSOR_PUT_LITERAL(c, "null");
	else
		c = cf_json_write_uint(c, claim->sentence);
	if (claim->reason == NULL && claim->has_value) {
		c = CF_CURSOR_PUT_LITERAL(c, ",\"reason\":null,\"has_value\":true}\n");
	} else {
		c = PUT_KEY(c, "reason");
		c = put_string(c, claim->reason, reason_length, valid);
		c = PUT_KEY(c, "has_value");
		c = claim->has_value ? CF_CURSOR_PUT_LITERAL(c, "true")
				     : CF_CURSOR_PUT_LITERAL(c, "false");
		c = CF_CURSOR_PUT_LITERAL(c, "}\n");
	}
	cf_buffer_end(out, c);
}

static void
append_line_number_or_null(GString *out, guint line)
{
	if (line == 0)
		CF_BUFFER_PUT_LITERAL(out, "null");
	else
		cf_json_append_uint(out, line);
}

/* ,"<line>": at most (a line number is at most CF_JSON_UINT_MAX bytes) */
#define LINE_KEY_MAX (CF_JSON_UINT_MAX + 4)
/* Longer lines are escaped in pieces rather than with room for six bytes each at once. */
#define LINE_TEXT_AT_ONCE_MAX 4096

void
cf_report_document_jsonl(const CfDocument *doc, GPtrArray *claims, GString *out)
{
	const CfMetadata *m = &doc->metadata;
	g_autofree char *digest = cf_document_dup_digest(doc);

	CF_BUFFER_PUT_LITERAL(out, "{\"document\":{\"file\":");
	cf_json_append_string(out, doc->path != NULL ? doc->path : "", -1);
	APPEND_KEY(out, "digest");
	cf_json_append_string(out, digest, -1);
	APPEND_KEY(out, "title");
	cf_json_append_string(out, m->title, -1);
	APPEND_KEY(out, "title_line");
	append_line_number_or_null(out, m->title_line);
	APPEND_KEY(out, "year");
	append_line_number_or_null(out, m->year > 0 ? (guint)m->year : 0);
	APPEND_KEY(out, "year_line");
	append_line_number_or_null(out, m->year_line);
	APPEND_KEY(out, "unit");
	cf_json_append_string(out, m->unit, -1);
	APPEND_KEY(out, "unit_line");
	append_line_number_or_null(out, m->unit_line);
	APPEND_KEY(out, "kind");
	cf_json_append_string(out, m->kind, -1);
	APPEND_KEY(out, "kind_line");
	append_line_number_or_null(out, m->kind_line);

	/* the source text of every line a claim or a metadata field sits on, in line order */
	guint n_claims = claims != NULL ? claims->len : 0, n_lines = 0;
	g_autofree guint *lines = g_new(guint, n_claims + 4);
	for (guint i = 0; i < n_claims; i++) {
		const CfClaim *c = g_ptr_array_index(claims, i);
		/* claims on the line just taken add nothing (claims come in line order) */
		if (c->document == doc && (n_lines == 0 || lines[n_lines - 1] != c->line))
			lines[n_lines++] = c->line;
	}
	guint meta[] = {m->title_line, m->year_line, m->unit_line, m->kind_line};
	for (gsize i = 0; i < G_N_ELEMENTS(meta); i++)
		if (meta[i] != 0)
			lines[n_lines++] = meta[i];
	/* the claims' lines come sorted: only the metadata lines appended after them move */
	for (guint i = 1; i < n_lines; i++) {
		guint line = lines[i], j = i;
		for (; j > 0 && lines[j - 1] > line; j--)
			lines[j] = lines[j - 1];
		lines[j] = line;
	}
	APPEND_KEY(out, "lines");
	cf_buffer_put_c(out, '{');
	for (guint i = 0; i < n_lines; i++) {
		guint line = lines[i];
		if (i > 0 && line == lines[i - 1])
			continue;
		gsize n;
		const char *text = cf_document_line_text(doc, line, &n);
		/* ,"<line>": and the text through one cursor, unless the line is long enough
		 * for the chunked escaping of cf_json_append_*() */
		gboolean at_once = n <= LINE_TEXT_AT_ONCE_MAX;
		char *c =
			cf_buffer_begin(out, LINE_KEY_MAX + (at_once ? CF_JSON_STRING_MAX(n) : 0));
		if (i > 0)
			*c++ = ',';
		*c++ = '"';
		c = cf_json_write_uint(c, line);
		c = CF_CURSOR_PUT_LITERAL(c, "\":");
		if (!at_once) {
			cf_buffer_end(out, c);
			if (doc->text_valid_utf8)
				cf_json_append_valid_string(out, text, n);
			else
				cf_json_append_string(out, text, (gssize)n);
			continue;
		}
		if (doc->text_valid_utf8) {
			/* in one pass: a line has a TAB between table cells more often than not */
			*c++ = '"';
			c = cf_json_write_valid_escaped(c, text, n);
			*c++ = '"';
		} else {
			c = cf_json_write_string(c, text, n);
		}
		cf_buffer_end(out, c);
	}
	CF_BUFFER_PUT_LITERAL(out, "}}}\n");
}

void
cf_report_claims_jsonl(GPtrArray *claims, GString *out)
{
	/* a document line before each document's claims (claims are given per document) */
	/* room for the usual size at once (a claim line is a few hundred bytes, the document's
	 * lines at most its text) rather than doubling a new buffer a dozen times */
	if (claims->len > 0) {
		const CfClaim *first = g_ptr_array_index(claims, 0);
		gsize text = first->document != NULL ? first->document->text_length : 0;
		cf_buffer_reserve(out, (gsize)claims->len * CLAIM_JSON_TYPICAL + text);
	}
	const CfDocument *doc = NULL;
	ClaimJsonShared shared;
	claim_json_shared_init(&shared);
	const char *file_path = NULL;
	for (guint i = 0; i < claims->len; i++) {
		const CfClaim *c = g_ptr_array_index(claims, i);
		if (c->document != NULL && c->document != doc) {
			doc = c->document;
			cf_report_document_jsonl(doc, claims, out);
		}
		if (file_path != document_path(c)) {
			file_path = document_path(c);
			claim_json_shared_set_file(&shared, file_path);
		}
		append_claim_json(out, c, &shared);
	}
	g_string_free(shared.head, TRUE);
}
