/* cf-finding.h — one reported discrepancy.
 *
 * A finding is data: a rule id, a severity, a message a reviewer understands in one read,
 * the stated and computed values, the primary place and every related place, and a
 * suggestion when one single edit to one number would reconcile the numbers.
 *
 * Invariants: rule and message are never NULL; primary.file is never NULL; line/column are
 * 1-based; every location carries a copy of its original source line so a finding outlives
 * its document (batches free documents as they go): the whole line, or of a line longer than
 * CF_FINDING_SOURCE_MAX_BYTES an excerpt around the place (so that n findings on one huge
 * line do not hold n copies of it).
 *
 * Ownership: a CfFinding owns its strings and locations; cf_finding_free() releases it.  All
 * its strings are kept in space allocated with it: set them only through the functions below
 * (cf_finding_set_text for message, stated, computed, suggestion), never g_free them. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
	CF_SEVERITY_NOTE,
	CF_SEVERITY_WARNING,
	CF_SEVERITY_ERROR,
} CfSeverity;

typedef struct {
	char *file;
	guint line;
	guint column;  /* 1-based, in characters */
	guint length;  /* in characters, 0 when unknown */
	char *source;  /* the original line's text, without line end (or an excerpt of it) */
	guint source_column;   /* the line's column source starts at: 1 unless cut before */
	gboolean source_cut_end; /* source stops before the line's end */
	char *note;    /* what this place is ("stated total", "row 关工委经费 in table 2"), or NULL */
} CfLocation;

/* A source line longer than this (bytes) is kept as an excerpt: the place with up to
 * CF_FINDING_SOURCE_CONTEXT_BYTES on either side, cut at characters. */
#define CF_FINDING_SOURCE_MAX_BYTES 4096
#define CF_FINDING_SOURCE_CONTEXT_BYTES 512

/* TRUE when @l's source is an excerpt of its line, not all of it. */
static inline gboolean
cf_location_source_is_excerpt(const CfLocation *l)
{
	return l->source_column > 1 || l->source_cut_end;
}

typedef struct {
	char *rule;         /* kebab-case rule id, e.g. "sum-mismatch" */
	CfSeverity severity;
	char *message;
	char *stated;       /* the stated value as written with its unit ("663.58万元"), or NULL */
	char *computed;     /* the recomputed value or interval ("562.616万元"), or NULL */
	CfLocation primary;
	GArray *related;    /* CfLocation */
	char *suggestion;   /* "30000 → 3000 would reconcile …", or NULL */
	GHashTable *places; /* private (cf_finding_add_related): the related places' lines and
	                     * columns once there are many, or NULL */
} CfFinding;

/* Where excerpts of a long line were cut (cf_finding_set_source_near()). */
typedef struct _CfSourceCursor CfSourceCursor;

CfFinding *cf_finding_new(const char *rule, CfSeverity severity);
void cf_finding_free(CfFinding *finding);

/* Sets the primary location (strings copied). */
void cf_finding_set_primary(CfFinding *finding, const char *file, guint line, guint column,
			    guint length, const char *source, gssize source_length);

/* Sets @finding's text @field (&finding->message, ->stated, ->computed or ->suggestion) to a
 * copy of @text (@length bytes, -1: NUL-ended; NULL: NULL). */
void cf_finding_set_text(CfFinding *finding, char **field, const char *text, gssize length);
/* The same, taking @text (a new string, freed here), e.g. from g_strdup_printf(). */
void cf_finding_take_text(CfFinding *finding, char **field, char *text);

/* Sets @location's (the primary or a related one of @finding) source line to a copy of
 * @source (@source_length bytes, -1: NUL-ended; NULL: ""), the whole line, or an excerpt
 * around the location's column and length when it is longer than
 * CF_FINDING_SOURCE_MAX_BYTES (source_column and source_cut_end say where it was cut). */
void cf_finding_set_source(CfFinding *finding, CfLocation *location, const char *source,
			   gssize source_length);

/* Where the last excerpt of a long line was cut: the first @chars characters of @line
 * (@length bytes) take @byte bytes.  Zero-initialised; kept by a caller that sets many
 * places on the same lines (a document's checks), so that each excerpt counts characters
 * from the last place rather than from the line's start. */
struct _CfSourceCursor {
	const char *line;
	gsize length, byte, chars;
};

/* cf_finding_set_source(), counting from @cursor (updated) when it is on @source; @source
 * must stay unchanged while @cursor is used with it. */
void cf_finding_set_source_near(CfFinding *finding, CfLocation *location, const char *source,
				gssize source_length, CfSourceCursor *cursor);

/* Adds a related location (strings copied) unless the same file:line:column is already the
 * primary or a related one. */
void cf_finding_add_related(CfFinding *finding, const char *file, guint line, guint column,
			    guint length, const char *source, gssize source_length,
			    const char *note);

/* cf_finding_set_primary() and cf_finding_add_related() with their source set by
 * cf_finding_set_source_near() from @cursor. */
void cf_finding_set_primary_near(CfFinding *finding, const char *file, guint line, guint column,
				 guint length, const char *source, gssize source_length,
				 CfSourceCursor *cursor);
void cf_finding_add_related_near(CfFinding *finding, const char *file, guint line, guint column,
				 guint length, const char *source, gssize source_length,
				 const char *note, CfSourceCursor *cursor);

/* A copy of @from, related places as they are (not de-duplicated again). */
CfFinding *cf_finding_copy(const CfFinding *from);

/* "error", "warning", "note". */
const char *cf_severity_to_string(CfSeverity severity);
/* Parses "error", "warning", "note"; FALSE on anything else. */
gboolean cf_severity_from_string(const char *text, CfSeverity *out);

/* Orders findings by (file, line, column, rule, message): the order every renderer uses. */
int cf_finding_compare(const CfFinding *a, const CfFinding *b);
/* A GCompareFunc for g_ptr_array_sort over CfFinding*. */
gint cf_finding_compare_ptr(gconstpointer a, gconstpointer b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(CfFinding, cf_finding_free)

G_END_DECLS
