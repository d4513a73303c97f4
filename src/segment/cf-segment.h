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

/* Fills doc->blocks and doc->metadata from doc->norm (replacing any earlier result).
 * Never fails: text that fits no structure becomes paragraphs.  What the blocks hold:
 *  - one CF_BLOCK_HEADING or CF_BLOCK_PARAGRAPH per non-blank line outside tables; its range
 *    starts after leading spaces and exporter artefacts ([bookmark: _GoBack]); a heading's
 *    sentences cover the text after its marker, a paragraph's the whole line; heading_level
 *    is by convention (一、 1, （一） 2, 1、/1. 3, （1） 4, ① 5), not by nesting;
 *  - one CF_BLOCK_TABLE per table section: a flattened table holding several tables one under
 *    the other (a 自评表's funds, goals and indicators parts) gives several blocks, each with
 *    its own header rows; label rows that fit no header become a block without header;
 *  - cells of short rows are placed by cf-segment-table.c's rules (numbers align from the
 *    right onto the numeric columns); merged or missing cells are absent from CfRow.cells;
 *  - unit_text is the raw unit word ("万元"); resolving it is the extract stage's work.
 * Runs in time linear in the text. */
void cf_segment_document(CfDocument *doc);

/* cf_segment_document() without the metadata: doc->metadata is left empty.  For output that
 * shows none (extract's text), as finding the issuing unit reads the whole text once more. */
void cf_segment_document_blocks(CfDocument *doc);

/* The level of a numbering style by convention: 一、 1, （一） 2, 1、 and 1. 3, （1） 4, ① 5
 * (0 for none). */
int cf_segment_heading_level(CfHeadingStyle style);

/* Whether norm[start, end) starts with a numbering marker as a heading's is read (一、 （一）
 * 1、 1. （1） ①; not 1.5, but 1. before 2021年): fills @style, @ordinal (the number written)
 * and @marker. */
gboolean cf_segment_numbering_marker(const char *norm, gsize start, gsize end,
				     CfHeadingStyle *style, int *ordinal, CfRange *marker);

/* The issuing unit (CfMetadata.unit) written one way, to compare units across documents;
 * caller frees, NULL for NULL.  Whitespace, 中共/中国共产党 and every place but the innermost
 * are dropped, 委员会 → 委, 人民政府 → 政府, and the 委 that joins a place to its party
 * department: "place/department".  中共长沙市雨花区委组织部, 雨花区委组织部 and 雨花区组织部 all
 * give "雨花区/组织部"; 中国共产党益阳市委员会组织部 gives "益阳市/组织部"; a unit that is a
 * place alone gives the place ("开福区"); one without a place "/department" ("/区委组织部").
 * Places of the same name in different cities (鼓楼区) give the same key. */
char *cf_metadata_unit_key(const char *unit);

/* Whether two unit keys may name the same unit: equal, or one is a place alone and the other a
 * unit of that place ("开福区" and "开福区/组织部": a report that names only its place, and
 * the department's report of another year).  FALSE when either is NULL. */
gboolean cf_metadata_unit_keys_match(const char *a, const char *b);

G_END_DECLS
