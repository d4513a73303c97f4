/* cf-check.h — runs every check family on one document and returns its findings.
 *
 * Check families find relations between claims (a total and its parts, a rate and its base,
 * a row and its sibling) and add them to a relation graph; the graph is evaluated with
 * interval arithmetic, and each relation that does not hold becomes a finding.  Findings that
 * are not relations (heading numbering, a year against the title) are reported directly. */
#pragma once

#include <glib.h>

#include "extract/cf-lexicon.h"
#include "model/cf-claim.h"
#include "model/cf-document.h"
#include "model/cf-finding.h"

G_BEGIN_DECLS

/* A rule: one kind of finding, with a stable kebab-case id. */
typedef struct {
	const char *id;
	CfSeverity severity; /* the severity of a clear violation; softer cases may be lower */
	const char *summary; /* one line for --list-rules and README */
	const char *example; /* one example from a real report */
} CfRule;

typedef struct {
	GHashTable *only;     /* rule ids to run (char* set), or NULL for all */
	GHashTable *disabled; /* rule ids not to report (char* set), or NULL */
} CfCheckOptions;

/* TRUE when @options (NULL: all rules) select @rule: in `only` when that is set, and not in
 * `disabled`. */
gboolean cf_check_options_select(const CfCheckOptions *options, const char *rule);

/* Every rule, in a stable order; @n_rules receives the count. */
const CfRule *cf_check_rules(guint *n_rules);

/* The rule with @id, or NULL. */
const CfRule *cf_check_find_rule(const char *id);

/* Checks one segmented document with its claims (as returned by cf_extract_document).
 * Returns a new array of CfFinding*, sorted (cf_finding_compare), owning its findings. */
GPtrArray *cf_check_document(const CfLexicon *lexicon, const CfDocument *doc, GPtrArray *claims,
			     const CfCheckOptions *options);

/* For tests: the relations every family forms on @doc and @claims, before
 * evaluation.  Returns a new array of CfRelation* (check/cf-relation.h) owning them; their
 * terms borrow @claims, which must outlive the array. */
GPtrArray *cf_check_document_relations(const CfLexicon *lexicon, const CfDocument *doc,
				       GPtrArray *claims);

G_END_DECLS
