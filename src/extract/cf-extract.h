/* cf-extract.h — every numeric claim of a segmented document. */
#pragma once

#include <glib.h>

#include "extract/cf-lexicon.h"
#include "model/cf-claim.h"
#include "model/cf-document.h"

G_BEGIN_DECLS

/* All claims of @doc (which must be segmented) in document order (line, column).
 * Returns a new array of CfClaim* that owns its claims; each claim borrows @doc. */
GPtrArray *cf_extract_document(const CfLexicon *lexicon, const CfDocument *doc);

G_END_DECLS
