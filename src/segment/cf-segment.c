/* cf-segment.c — the segmenter's driver: classifies lines, then walks them once.
 *
 * Lines that each hold a table row are found first (cells between | or TABs; a cell a line,
 * a | after each; columns set apart by spaces: cf-segment-layout.c), then paragraphs
 * hard-wrapped by a layout are joined
 * (cf-segment-unwrap.c).  A blank line makes nothing; a TAB-led line starts a flattened
 * table, a row line a table a row a line (cf-segment-table.c); any other line (with the
 * lines joined to it) is one block, a heading when it opens with a numbering marker
 * (cf-segment-heading.c), else a paragraph.  Both carry their sentences
 * (cf-segment-sentence.c): a heading's cover the text after its marker.  Exporter artefacts
 * and spaces before the text are not part of a block.  Metadata comes last, from the lines
 * and the blocks (cf-segment-metadata.c). */
#include "segment/cf-segment.h"

#include "segment/cf-segment-private.h"

static CfLineKind
classify_line(const char *norm, const CfLine *line, gboolean pipes)
{
	gsize start = line->norm_offset, end = start + line->norm_length;
	const char *p = norm + start;
	if (p < norm + end && *p == '\t')
		return pipes ? cf_segment_classify_row_line(norm, start, end, pipes) : CF_LINE_CELL;
	while (p < norm + end) {
		gsize n = cf_segment_space_length(p, norm + end);
		if (n == 0 && (pipes || *p == '+'))
			return cf_segment_classify_row_line(norm, start, end, pipes);
		if (n == 0)
			return CF_LINE_TEXT;
		p += n;
	}
	return CF_LINE_BLANK;
}

/* TRUE when norm[@start, @end) (trimmed) holds two or more cell separators (|) or ends with
 * one: a row of a table, or its first cell (三、其他资金 |). */
static gboolean
cell_separators(const char *norm, gsize start, gsize end)
{
	const char *first = memchr(norm + start, '|', end - start);
	return first && (norm[end - 1] == '|' ||
			 memchr(first + 1, '|', end - (gsize)(first + 1 - norm)) != NULL);
}

/* Adds the block of the text line at @index and the lines joined to it (a paragraph
 * hard-wrapped, cf-segment-unwrap.c); returns the index of the line after them. */
static guint
add_text_block(CfSegmenter *segmenter, guint index)
{
	CfDocument *doc = segmenter->doc;
	const CfLine *line = &g_array_index(doc->lines, CfLine, index);
	guint last = index;
	while (last + 1 < segmenter->n_lines &&
	       g_array_index(doc->lines, CfLine, last + 1).joined)
		last++;
	const CfLine *last_line = &g_array_index(doc->lines, CfLine, last);
	gsize end = last_line->norm_offset + last_line->norm_length;
	gsize start = cf_segment_skip_artefacts(doc->norm, line->norm_offset, end);
	cf_segment_trim(doc->norm, &start, &end);
	if (start >= end)
		return last + 1; /* nothing but an artefact */

	CfBlock *block = cf_document_alloc(doc, sizeof(CfBlock)); /* doc->blocks' contract */
	*block = (CfBlock){0};
	block->range = (CfRange){start, end};
	block->first_line = line->number;
	block->last_line = last_line->number;
	CfHeadingMatch heading;
	gsize body = start;
	/* (a row of a table whose cells lost their line, 二、上级补助收入 | 3 | 0.62 | 三、…, opens
	 * with a row label, not a heading) */
	if (cf_segment_match_heading(doc->norm, start, end, &heading) &&
	    !cell_separators(doc->norm, start, end)) {
		block->kind = CF_BLOCK_HEADING;
		block->heading_style = heading.style;
		block->heading_level = heading.level;
		block->heading_ordinal = heading.ordinal;
		block->heading_marker = heading.marker;
		body = heading.body_start;
	} else {
		block->kind = CF_BLOCK_PARAGRAPH;
	}
	cf_segment_split_block_sentences(doc, block, body, end);
	g_ptr_array_add(doc->blocks, block);
	return last + 1;
}

static void
segment(CfDocument *doc, gboolean metadata)
{
	g_ptr_array_set_size(doc->blocks, 0);
	g_clear_pointer(&doc->metadata.title, g_free);
	g_clear_pointer(&doc->metadata.unit, g_free);
	g_clear_pointer(&doc->metadata.kind, g_free);
	g_clear_pointer(&doc->metadata.unit_evidence, g_free);
	doc->metadata = (CfMetadata){0};
	if (doc->norm == NULL || doc->lines->len == 0)
		return;

	CfSegmenter segmenter = {doc, NULL, doc->lines->len,
				 memchr(doc->norm, '|', doc->norm_length) != NULL, FALSE};
	g_autofree CfLineKind *kinds = g_new(CfLineKind, segmenter.n_lines);
	for (guint i = 0; i < segmenter.n_lines; i++)
		kinds[i] = classify_line(doc->norm, &g_array_index(doc->lines, CfLine, i),
					 segmenter.pipes);
	segmenter.kinds = kinds;
	cf_segment_settle_rows(&segmenter);
	cf_segment_settle_cell_lines(&segmenter);
	cf_segment_settle_layout(&segmenter);
	cf_segment_unwrap(&segmenter);

	guint i = 0;
	while (i < segmenter.n_lines) {
		switch (kinds[i]) {
		case CF_LINE_BLANK:
			i++;
			break;
		case CF_LINE_CELL:
		case CF_LINE_ROW:
		case CF_LINE_RULE:
		case CF_LINE_LAYOUT:
		case CF_LINE_COLUMN:
			i = cf_segment_parse_table(&segmenter, i);
			break;
		case CF_LINE_TEXT:
		default:
			i = add_text_block(&segmenter, i);
			break;
		}
	}
	if (metadata)
		cf_segment_fill_metadata(&segmenter);
}

void
cf_segment_document(CfDocument *doc)
{
	g_return_if_fail(doc != NULL);
	segment(doc, TRUE);
}

void
cf_segment_document_blocks(CfDocument *doc)
{
	g_return_if_fail(doc != NULL);
	segment(doc, FALSE);
}
