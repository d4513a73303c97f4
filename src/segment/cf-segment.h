/* cf-segment.h — finds the structure of a document's text: headings with their numbering,
 * paragraphs and sentences, tables rebuilt from their flattened form, and metadata
 * (title, report year, issuing unit).
 *
 * The flattened table form (design.md): a cell line starts with a TAB; a line without a
 * leading TAB continues the previous cell; a blank line ends a row (unless the row is
 * incomplete and the next lines continue its cell); merged cells show up as empty or missing
 * cells (numeric cells of short rows align from the right); header rows may span two lines;
 * a unit line (金额单位：万元) above a table, or （单位：万元） in a header, states the unit. */
#pragma once

#include "model/cf-document.h"

G_BEGIN_DECLS

/* Fills doc->blocks and doc->metadata from doc->norm.  Never fails: text that fits no
 * structure becomes paragraphs. */
void cf_segment_document(CfDocument *doc);

G_END_DECLS
