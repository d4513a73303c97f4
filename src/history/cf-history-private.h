/* cf-history-private.h — helpers shared by the history database and the claims loader. */
#pragma once

#include "model/cf-claim.h"

/* The kind / qualifier named as cf_claim_kind_to_string() / cf_qualifier_to_string() name
 * them; FALSE when @name is none of them. */
gboolean cf_history_kind_from_string(const char *name, CfClaimKind *out);
gboolean cf_history_qualifier_from_string(const char *name, CfQualifier *out);
