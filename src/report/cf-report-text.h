/* cf-report-text.h — `crossfoot text`: each document's text as crossfoot reads it, a line at a
 * time with its place, so that a finding's line can be found in a .docx (whose lines are
 * its paragraphs and table rows) or in a file whose encoding was converted. */
#pragma once

#include <glib.h>

#include "model/cf-document.h"

G_BEGIN_DECLS

/* A CfRunDocumentFunc: appends `path:line:text` for each line of @doc to @out (the line as
 * decoded, before normalisation); returns NULL.  @user_data is unused. */
gpointer cf_run_text_cb(CfDocument *doc, GString *out, gpointer user_data);

G_END_DECLS
