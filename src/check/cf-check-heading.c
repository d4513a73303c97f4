/* Family: heading numbering.  Rule heading-numbering (a warning at the heading's marker).
 *
 * The segment stage marks every line that opens with a numbering marker (一、 （一） 1、 1.
 * （1） ①) with its style and the number written.  The level a style stands for is a
 * convention documents do not keep (a top-level heading written 1、 after 一、 is the
 * commonest slip: Word's list numbering restarts in Arabic), so levels are inferred here
 * from the sequence of numbers, with the style only as evidence.
 *
 * Sequences.  The headings are read in order with a stack of open sequences, the outermost
 * (top level) first; each sequence is the run of headings that number one level under one
 * parent.  A heading is placed by the first rule that applies:
 *   A. it continues an open sequence that already uses its style with the next number
 *      (the deepest such sequence; the sequences nested deeper are closed);
 *   B. it is numbered 1 in a style no open sequence uses, and the deepest open heading is a
 *      section title: it opens that title's sub-sequence;
 *   C. it gives the next number of an open sequence, in a style no open sequence uses: it is
 *      that sequence's heading in the wrong style (2、 after 一、) — unless it could also be
 *      the misnumbered first sub-heading of the deepest title (its style is of an inner
 *      level by convention: （二） right under 一、) and the headings after it do not go on
 *      counting from it (一、 2、 3、 四、 does, 一、 （二） （三） 二、 does not): then it
 *      opens that sub-sequence, reported for not starting at 1;
 *   D. its number skips ahead in an open sequence of its style by exactly the length of an
 *      orphan sequence opened since (see below): that orphan's headings were this sequence's
 *      headings restarted in another style (一、 … 1、 2、 四、: 1、 2、 stand for 二、 三、);
 *      they move into the sequence and the heading continues it;
 *   E. its style is used by an open sequence but its number does not follow (a skip, a
 *      repeat): it belongs to that sequence with a wrong number — except a heading numbered
 *      1, which restarts a list legitimately and is placed as in F;
 *   F. otherwise it opens a new sequence under the deepest heading (numbered other than 1,
 *      its first heading is reported).  When that heading is a list item the sequence is an
 *      orphan: nothing says where it belongs, so it is never reported on its own, only
 *      repaired by D.
 * A section title is short (at most TITLE_MAX_CHARS after the marker) and holds no sentence
 * end (。；！？) but a 。 that ends it after a word naming a section (（二）具体情况说明。); anything else is a numbered list item, which has no sub-headings: the
 * （一）（二）（三） or 1. 2. 3. items under each parent then restart legitimately.
 *
 * Expected style.  Once every heading is placed, each sequence is checked against one style:
 * the top-level sequence's is 一、 whenever one of its headings uses it (the outermost style
 * of official documents), a nested sequence's the style most of its headings use (ties: the
 * first heading's).  Walking a sequence, a heading in the expected style is trusted for its
 * number (a skip or repeat is reported once, then counting goes on from it); a heading in
 * another style is counted by position, and reported as written in the wrong style, or as
 * standing where another number belongs.  The top-level sequence may start at any number
 * (an excerpt); a sub-sequence starts at 1.
 *
 * Items numbered inline.  Inside one paragraph, heading line or table cell, a marker at its
 * start, after a sentence end or after a colon (主要职能：1.…。2.…；3.…) numbers an item.
 * Each style counts apart, in runs that open at 1 or at the marker the line opens with; an
 * item that repeats the number before it or skips one is reported (…4.完成考评。4.处理投诉。),
 * unless the missing item's marker, or a restart at 1, is written between the two where no
 * item was looked for (after a comma; after a space, where lines were run together). */
#include "check/cf-check-private.h"
#include "segment/cf-segment.h"

#include <string.h>

/* A section title has at most this many characters after its marker. */
#define TITLE_MAX_CHARS 30

typedef struct {
	const CfBlock *block;
	CfHeadingStyle style;
	int ordinal;   /* as written */
	int effective; /* the number it counts as in its sequence */
	gboolean title;
	gboolean has_children;
	const char *marker; /* the marker as written, trimmed (in the run's marker buffer) */
} Heading;

typedef struct {
	GArray *members; /* guint indexes into the headings */
	gboolean orphan;
	gboolean top;
	gboolean inline_open; /* its first item is written inside its parent's line */
	guint styles; /* bit set of the written styles */
} Sequence;

typedef struct {
	CfCheckContext *ctx;
	GArray *headings;  /* Heading */
	GPtrArray *all;    /* Sequence*, owned */
	GPtrArray *stack;  /* Sequence*, borrowed, outermost first */
} Numbering;

static void
sequence_free(gpointer data)
{
	Sequence *s = data;
	g_array_unref(s->members);
	g_free(s);
}

static Heading *
heading_at(const Numbering *n, guint index)
{
	return &g_array_index(n->headings, Heading, index);
}

static Heading *
last_member(const Numbering *n, const Sequence *s)
{
	return heading_at(n, g_array_index(s->members, guint, s->members->len - 1));
}

static int
current(const Numbering *n, const Sequence *s)
{
	return last_member(n, s)->effective;
}

static guint
style_bit(CfHeadingStyle style)
{
	return 1u << style;
}

static void
append_member(Numbering *n, Sequence *s, guint index, int effective)
{
	Heading *h = heading_at(n, index);
	h->effective = effective;
	g_array_append_val(s->members, index);
	s->styles |= style_bit(h->style);
}

/* Closes every sequence nested deeper than stack position @depth. */
static void
close_deeper(Numbering *n, guint depth)
{
	g_ptr_array_set_size(n->stack, depth + 1);
}

static void
open_sequence(Numbering *n, guint index, gboolean orphan)
{
	Sequence *s = g_new0(Sequence, 1);
	s->members = g_array_new(FALSE, FALSE, sizeof(guint));
	s->orphan = orphan;
	s->top = n->stack->len == 0;
	if (n->stack->len)
		last_member(n, g_ptr_array_index(n->stack, n->stack->len - 1))->has_children = TRUE;
	Heading *h = heading_at(n, index);
	append_member(n, s, index, h->ordinal);
	g_ptr_array_add(n->all, s);
	g_ptr_array_add(n->stack, s);
}

static gboolean
style_open(const Numbering *n, CfHeadingStyle style)
{
	for (guint i = 0; i < n->stack->len; i++)
		if (((const Sequence *)g_ptr_array_index(n->stack, i))->styles & style_bit(style))
			return TRUE;
	return FALSE;
}

/* Rule D: an orphan sequence above stack position @depth whose length fills the gap. */
static gboolean
repair_gap(Numbering *n, guint depth, int ordinal)
{
	Sequence *s = g_ptr_array_index(n->stack, depth);
	int gap = ordinal - current(n, s) - 1;
	if (gap <= 0)
		return FALSE;
	for (guint j = depth + 1; j < n->stack->len; j++) {
		Sequence *o = g_ptr_array_index(n->stack, j);
		if (!o->orphan || o->members->len != (guint)gap)
			continue;
		int next = current(n, s);
		for (guint k = 0; k < o->members->len; k++)
			append_member(n, s, g_array_index(o->members, guint, k), ++next);
		g_array_set_size(o->members, 0);
		close_deeper(n, depth);
		return TRUE;
	}
	return FALSE;
}

/* Whether the headings after @index confirm that it continues @s: the run of headings in its
 * style that follow it keeps counting, and the next heading in a style of @s goes on from
 * there (一、 2、 3、 四、), rather than from @s's own last number. */
static gboolean
continued_later(const Numbering *n, const Sequence *s, guint index)
{
	const Heading *h = heading_at(n, index);
	int expected = h->ordinal;
	for (guint j = index + 1; j < n->headings->len; j++) {
		const Heading *g = heading_at(n, j);
		if (s->styles & style_bit(g->style))
			return g->ordinal == expected + 1;
		if (g->style == h->style) {
			if (g->ordinal != expected + 1)
				return FALSE;
			expected++;
		}
	}
	return FALSE;
}

/* TRUE when the next heading after @index in a style of @s has the number of @index: that
 * one is the sequence's, not @index. */
static gboolean
numbered_again_later(const Numbering *n, const Sequence *s, guint index)
{
	const Heading *h = heading_at(n, index);
	for (guint j = index + 1; j < n->headings->len; j++) {
		const Heading *g = heading_at(n, j);
		if (s->styles & style_bit(g->style))
			return g->ordinal == h->ordinal;
	}
	return FALSE;
}

static const char *marker_written_in(const CfDocument *doc, gsize start, gsize end,
				     const Heading *template, int ordinal);

/* TRUE when the item before @h (its marker numbered one less) is written inside the line of
 * @parent, after its marker: a list whose first item shares the heading's line, as a table
 * scraped into text gives it (一、收入支出情况对比 (一) 收入总计 58596771.09 …, then (二) 支出总计
 * on a line of its own). */
static gboolean
opened_in_parent(const Numbering *n, const Heading *parent, const Heading *h)
{
	if (h->ordinal < 2)
		return FALSE;
	const CfDocument *doc = n->ctx->document;
	gsize start = parent->block->heading_marker.end;
	const CfLine *line = cf_document_line_at(doc, start);
	gsize end = MIN(parent->block->range.end, line->norm_offset + line->norm_length);
	return marker_written_in(doc, start, end, h, h->ordinal - 1) != NULL;
}

static void
place(Numbering *n, guint index)
{
	const Heading *h = heading_at(n, index);
	guint depth = n->stack->len;
	if (depth == 0) {
		open_sequence(n, index, FALSE);
		return;
	}
	/* A: the next number of a sequence in its style */
	for (guint i = depth; i-- > 0;) {
		Sequence *s = g_ptr_array_index(n->stack, i);
		if ((s->styles & style_bit(h->style)) && h->ordinal == current(n, s) + 1) {
			close_deeper(n, i);
			append_member(n, s, index, h->ordinal);
			return;
		}
	}
	gboolean used = style_open(n, h->style);
	const Heading *parent = last_member(n, g_ptr_array_index(n->stack, depth - 1));
	/* B: a sub-sequence of a section title */
	gboolean child = !used && parent->title && !parent->has_children;
	if (child && h->ordinal == 1) {
		open_sequence(n, index, FALSE);
		return;
	}
	/* B': the second item of a list whose first item is written on the line of an open
	 * heading (the items under it since were the first item's) */
	for (guint i = depth; i-- > 0 && !used;) {
		if (!opened_in_parent(n, last_member(n, g_ptr_array_index(n->stack, i)), h))
			continue;
		close_deeper(n, i);
		open_sequence(n, index, FALSE);
		((Sequence *)g_ptr_array_index(n->stack, n->stack->len - 1))->inline_open = TRUE;
		return;
	}
	/* C: the next number of a sequence, in a style of its own; a sequence whose headings
	 * are of the same kind (titles, list items) first */
	for (int pass = 0; pass < 2 && !used; pass++) {
		for (guint i = depth; i-- > 0;) {
			Sequence *s = g_ptr_array_index(n->stack, i);
			if (pass == 0 && last_member(n, s)->title != h->title)
				continue;
			if (h->ordinal != current(n, s) + 1)
				continue;
			/* or a misnumbered sub-sequence (（二） under 一、)? what follows decides;
			 * under a heading that is no title, only the sequence's own next heading
			 * numbered as this one (一、… (二)… 二、: the (一) run into the line of 一、) */
			if (parent->block->heading_level < h->block->heading_level &&
			    ((child && !continued_later(n, s, index)) ||
			     (!used && numbered_again_later(n, s, index))))
				break;
			close_deeper(n, i);
			append_member(n, s, index, h->ordinal);
			return;
		}
	}
	/* B again: a sub-sequence that does not start at 1, in a style of an inner level */
	if (child && parent->block->heading_level < h->block->heading_level) {
		open_sequence(n, index, FALSE);
		return;
	}
	for (guint i = depth; i-- > 0;) {
		Sequence *s = g_ptr_array_index(n->stack, i);
		if (!(s->styles & style_bit(h->style)))
			continue;
		/* D: headings restarted in another style fill the gap */
		if (repair_gap(n, i, h->ordinal)) {
			append_member(n, s, index, h->ordinal);
			return;
		}
		/* E: a skip or a repeat */
		if (h->ordinal != 1) {
			close_deeper(n, i);
			append_member(n, s, index, h->ordinal);
			return;
		}
		break;
	}
	/* F */
	open_sequence(n, index, !parent->title);
}

/* ---- expected style and messages ---- */

static CfHeadingStyle
expected_style(const Numbering *n, const Sequence *s)
{
	guint count[CF_HEADING_CIRCLED + 1] = {0};
	for (guint k = 0; k < s->members->len; k++)
		count[heading_at(n, g_array_index(s->members, guint, k))->style]++;
	if (s->top && count[CF_HEADING_CHINESE] > 0)
		return CF_HEADING_CHINESE;
	CfHeadingStyle best = heading_at(n, g_array_index(s->members, guint, 0))->style;
	for (guint style = 0; style < G_N_ELEMENTS(count); style++)
		if (count[style] > count[best])
			best = style;
	return best;
}

/* Appends @value as %d writes it. */
static void
append_int(GString *out, int value)
{
	char digits[12];
	g_string_append_len(out, digits, cf_check_put_int(digits, value) - digits);
}

static void
append_chinese_numeral(GString *out, int value)
{
	static const char *const digits[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
	if (value >= 100 || value <= 0) {
		append_int(out, value);
		return;
	}
	int tens = value / 10, units = value % 10;
	if (tens > 1)
		cf_check_append(out, digits[tens]);
	if (tens > 0)
		cf_check_append(out, "十");
	if (units > 0 || tens == 0)
		cf_check_append(out, digits[units]);
}

static gboolean
is_numeral_at(const char *p, CfHeadingStyle style, gsize *length)
{
	if (style == CF_HEADING_CHINESE || style == CF_HEADING_CHINESE_PAREN) {
		static const char *const numerals[] = {"零", "〇", "一", "二", "三", "四", "五",
						       "六", "七", "八", "九", "十", "百"};
		for (guint i = 0; i < G_N_ELEMENTS(numerals); i++) {
			*length = strlen(numerals[i]);
			if (strncmp(p, numerals[i], *length) == 0)
				return TRUE;
		}
		return FALSE;
	}
	*length = 1;
	return g_ascii_isdigit(*p);
}

/* The marker @template (a heading of the style wanted) renumbered to @ordinal. */
static char *
marker_with_ordinal(const Heading *template, int ordinal)
{
	GString *out = g_string_new(NULL);
	if (template->style == CF_HEADING_CIRCLED) {
		if (ordinal >= 1 && ordinal <= 20)
			g_string_append_unichar(out, 0x2460 + ordinal - 1);
		else
			g_string_append_printf(out, "(%d)", ordinal);
		return g_string_free(out, FALSE);
	}
	const char *p = template->marker;
	gboolean done = FALSE;
	while (*p) {
		gsize length;
		if (is_numeral_at(p, template->style, &length)) {
			if (!done) {
				if (template->style == CF_HEADING_CHINESE ||
				    template->style == CF_HEADING_CHINESE_PAREN)
					append_chinese_numeral(out, ordinal);
				else
					append_int(out, ordinal);
				done = TRUE;
			}
			p += length;
			continue;
		}
		g_string_append_len(out, p, g_utf8_next_char(p) - p);
		p = g_utf8_next_char(p);
	}
	return g_string_free(out, FALSE);
}

/* Where the marker @template (a heading of the style wanted) renumbered to @ordinal is first
 * written in norm[@start, @end), or NULL. */
static const char *
marker_written_in(const CfDocument *doc, gsize start, gsize end, const Heading *template,
		  int ordinal)
{
	if (end <= start)
		return NULL;
	g_autofree char *want = marker_with_ordinal(template, ordinal);
	return memmem(doc->norm + start, end - start, want, strlen(want));
}

/* A heading of @style to serve as template, or NULL. */
static const Heading *
template_of(const Numbering *n, const Sequence *s, CfHeadingStyle style)
{
	for (guint k = 0; k < s->members->len; k++) {
		const Heading *h = heading_at(n, g_array_index(s->members, guint, k));
		if (h->style == style)
			return h;
	}
	return NULL;
}

static void
describe_sequence(GString *out, const Numbering *n, const Sequence *s, guint upto)
{
	cf_check_append(out, s->top ? "the top-level sequence" : "the sequence");
	if (upto == 0)
		return;
	const Heading *first = heading_at(n, g_array_index(s->members, guint, 0));
	const Heading *last = heading_at(n, g_array_index(s->members, guint, upto - 1));
	cf_check_append_strings(out, " ", first->marker, NULL);
	if (upto > 2)
		cf_check_append(out, " …");
	if (upto > 1)
		cf_check_append_strings(out, " ", last->marker, NULL);
}

static void
report(Numbering *n, const Sequence *s, guint k, const char *message)
{
	const Heading *h = heading_at(n, g_array_index(s->members, guint, k));
	guint line, column;
	cf_document_locate(n->ctx->document, h->block->heading_marker.start, &line, &column);
	guint length = cf_document_char_count(n->ctx->document, h->block->heading_marker.start,
					      h->block->heading_marker.end);
	CfFinding *f = cf_check_new_finding_at(n->ctx, "heading-numbering", CF_SEVERITY_WARNING, line,
					       column, length);
	cf_finding_set_text(f, &f->message, message, -1);
	cf_finding_set_text(f, &f->stated, h->marker, -1);
	if (k > 0) {
		const Heading *previous = heading_at(n, g_array_index(s->members, guint, k - 1));
		guint pl, pc;
		cf_document_locate(n->ctx->document, previous->block->heading_marker.start, &pl, &pc);
		cf_check_add_related_line(n->ctx, f, pl, pc, "previous heading of the sequence");
	}
}

/* TRUE when the line before @h's holds the marker before @h's inline (其中：(1)公务用车运行维护费
 * 100000, then (2)公务用车购置 on a line of its own): the sequence opened there. */
static gboolean
opened_inline_before(const Numbering *n, const Heading *h)
{
	if (h->ordinal < 2)
		return FALSE;
	const CfDocument *doc = n->ctx->document;
	guint number = cf_document_line_at(doc, h->block->range.start)->number;
	const CfLine *before = number > 1 ? cf_document_get_line(doc, number - 1) : NULL;
	return before != NULL &&
	       marker_written_in(doc, before->norm_offset, before->norm_offset + before->norm_length,
				 h, h->ordinal - 1) != NULL;
}

/* TRUE when each heading missing between @previous and @h (numbered @from to @h's number less
 * one, in @template's style) has its marker written between them inside a line, not after
 * a numeral of its own (十四、 is no 四、): a table or a list whose lines were run together
 * (4四、财政专户管理资金收入70.00四、公共安全支出), not a heading left out. */
static gboolean
skipped_written_between(const Numbering *n, const Heading *template, const Heading *previous,
			const Heading *h, int from)
{
	const CfDocument *doc = n->ctx->document;
	gsize between = previous->block->heading_marker.end, end = h->block->heading_marker.start;
	for (int ordinal = from; ordinal < h->ordinal; ordinal++) {
		gboolean found = FALSE;
		for (gsize p = between; !found;) {
			const char *hit = marker_written_in(doc, p, end, template, ordinal);
			if (hit == NULL)
				break;
			const char *before = hit > doc->norm + between
						     ? g_utf8_find_prev_char(doc->norm + between, hit)
						     : NULL;
			gsize numeral;
			found = before == NULL || !is_numeral_at(before, template->style, &numeral);
			p = (gsize)(hit - doc->norm) + 1;
		}
		if (!found)
			return FALSE;
	}
	return TRUE;
}

/* TRUE when the sub-sequence @s (@index in @n->all) goes on numbering the last one of its
 * style before it (4.成本指标 under (一), then 5.社会效益指标 under (二)、). */
static gboolean
continues_previous(const Numbering *n, const Sequence *s, guint index)
{
	const Heading *first = heading_at(n, g_array_index(s->members, guint, 0));
	guint first_index = g_array_index(s->members, guint, 0);
	for (guint j = index; j-- > 0;) {
		const Sequence *p = g_ptr_array_index(n->all, j);
		if (p->top || p->orphan || p->members->len == 0)
			continue;
		guint last_index = g_array_index(p->members, guint, p->members->len - 1);
		const Heading *last = heading_at(n, last_index);
		if (last_index > first_index || last->style != first->style)
			continue;
		return first->ordinal == last->ordinal + 1;
	}
	return FALSE;
}

/* The ordinal of member @k of @s, or G_MININT when out of range or in another style than
 * member @like. */
static int
member_ordinal(const Numbering *n, const Sequence *s, guint k, guint like)
{
	if (k >= s->members->len)
		return G_MININT;
	const Heading *h = heading_at(n, g_array_index(s->members, guint, k));
	const Heading *l = heading_at(n, g_array_index(s->members, guint, like));
	return h->style == l->style ? h->ordinal : G_MININT;
}

/* TRUE when member @k of @s is in a run of two sequences interleaved, each going on by one
 * every other member — the row labels of a table of two columns exported a cell a line
 * (二、财政专户管理资金收入 / 五、科学技术支出 / 三、事业收入 / 六、文化旅游体育与传媒支出):
 * @k and the member two before it, or two after it, go on by one, and so do the members
 * between. */
static gboolean
interleaved(const Numbering *n, const Sequence *s, guint k)
{
	int here = member_ordinal(n, s, k, k), before = member_ordinal(n, s, k - 1, k);
	if (k >= 2 && here == member_ordinal(n, s, k - 2, k) + 1 && before != G_MININT &&
	    ((k >= 3 && before == member_ordinal(n, s, k - 3, k) + 1) ||
	     member_ordinal(n, s, k + 1, k) == before + 1))
		return TRUE;
	return k >= 1 && k + 2 < s->members->len && member_ordinal(n, s, k + 2, k) == here + 1 &&
	       member_ordinal(n, s, k + 1, k) == member_ordinal(n, s, k - 1, k) + 1;
}

static void
check_sequence(Numbering *n, const Sequence *s, guint index)
{
	if (s->members->len == 0)
		return;
	CfHeadingStyle style = expected_style(n, s);
	const Heading *template = template_of(n, s, style);
	int count = 0;
	for (guint k = 0; k < s->members->len; k++) {
		const Heading *h = heading_at(n, g_array_index(s->members, guint, k));
		/* an excerpt may start anywhere; a sub-sequence starts at 1 */
		int expected = k > 0 ? count + 1
			       : s->top || s->inline_open || opened_inline_before(n, h) ||
					       continues_previous(n, s, index)
				       ? h->ordinal
				       : 1;
		gboolean in_style_or_misnumbered = h->style == style || h->ordinal != expected;
		if (in_style_or_misnumbered) {
			/* a heading in the expected style is trusted for its number */
			count = h->style == style ? h->ordinal : expected;
			if (h->ordinal == expected || (h->style == style && interleaved(n, s, k)))
				continue;
			if (k > 0 && h->style == style && h->ordinal > expected &&
			    skipped_written_between(
				    n, template,
				    heading_at(n, g_array_index(s->members, guint, k - 1)), h,
				    expected))
				continue;
		} else {
			count = expected;
		}
		/* only a heading reported needs its message: most continue their sequence */
		g_autoptr(GString) msg = g_string_new(NULL);
		g_autofree char *want = marker_with_ordinal(template, expected);
		if (in_style_or_misnumbered) {
			if (k == 0) {
				cf_check_append_strings(msg, "heading '", h->marker,
							"' opens a sub-sequence: expected '", want,
							"'", NULL);
			} else {
				const Heading *previous =
					heading_at(n, g_array_index(s->members, guint, k - 1));
				cf_check_append_strings(msg, "heading '", h->marker, "' follows '",
							previous->marker, "' in ", NULL);
				describe_sequence(msg, n, s, 0);
				cf_check_append_strings(msg, ": expected '", want, "'", NULL);
			}
		} else {
			cf_check_append_strings(msg, "heading '", h->marker,
						k == 0 ? "' opens " : "' continues ", NULL);
			describe_sequence(msg, n, s, k);
			if (k == 0 && s->members->len > 1) {
				const Heading *next =
					heading_at(n, g_array_index(s->members, guint, 1));
				cf_check_append_strings(msg, " continued by ", next->marker, NULL);
			}
			cf_check_append_strings(msg, " but is written in another style: expected '",
						want, "'", NULL);
		}
		report(n, s, k, msg->str);
	}
}

/* TRUE when the text [@start, @end) ends with a word that names a section: 说明, 情况 … */
static gboolean
ends_with_section_word(const char *start, const char *end)
{
	static const char *const words[] = {"说明", "情况", "概况", "简介", NULL};
	for (guint w = 0; words[w]; w++) {
		gsize n = strlen(words[w]);
		if ((gsize)(end - start) >= n && memcmp(end - n, words[w], n) == 0)
			return TRUE;
	}
	return FALSE;
}

static gboolean
is_title(const CfDocument *doc, const CfBlock *block)
{
	static const gunichar stops[] = {0x3002 /* 。 */, 0xFF1B /* ； */, 0xFF01 /* ！ */,
					 0xFF1F /* ？ */, ';', '!', '?'};
	guint visible = 0;
	const char *end = doc->norm + block->range.end;
	for (const char *p = doc->norm + block->heading_marker.end; p < end; p = g_utf8_next_char(p)) {
		/* a lead byte E4–E9 begins an ideograph U+4000–U+9FFF: visible, and no stop */
		if ((guchar)*p >= 0xE4 && (guchar)*p <= 0xE9) {
			if (++visible > TITLE_MAX_CHARS)
				return FALSE;
			continue;
		}
		gunichar c = cf_utf8_char_at(p);
		/* (a 。 that ends the block after a word that names a section ends a title too:
		 * （二）…支出决算具体情况说明。) */
		gboolean last = c == 0x3002 && g_utf8_next_char(p) >= end &&
				ends_with_section_word(doc->norm + block->heading_marker.end, p);
		for (guint i = 0; i < G_N_ELEMENTS(stops) && !last; i++)
			if (c == stops[i])
				return FALSE;
		if (!g_unichar_isspace(c) && ++visible > TITLE_MAX_CHARS)
			return FALSE;
	}
	return TRUE;
}

/* TRUE when @b holds nothing but a number (440.55, 29, 1,234.5, 95%). */
static gboolean
is_bare_number(const CfDocument *doc, const CfBlock *b)
{
	gsize start = b->range.start, end = b->range.end;
	while (start < end && g_ascii_isspace(doc->norm[start]))
		start++;
	while (end > start && g_ascii_isspace(doc->norm[end - 1]))
		end--;
	if (start == end || !g_ascii_isdigit(doc->norm[start]))
		return FALSE;
	for (gsize p = start; p < end; p++)
		if (!g_ascii_isdigit(doc->norm[p]) && !strchr(".,-%", doc->norm[p]))
			return FALSE;
	return TRUE;
}

/* How many blocks apart two row labels of one table exported one cell a line stand, at most
 * (a label, its 行次, its amount, the next label: 3; two columns side by side: 6). */
#define CELL_LABELS_NEAR 6

/* TRUE when block @index is a numbered heading and a bare number follows it. */
static gboolean
labels_a_number(const CfDocument *doc, guint index)
{
	const CfBlock *b = g_ptr_array_index(doc->blocks, index);
	return b->kind == CF_BLOCK_HEADING && index + 1 < doc->blocks->len &&
	       is_bare_number(doc, g_ptr_array_index(doc->blocks, index + 1));
}

/* TRUE when norm[after, end), the text after a marker, opens with = (spaces passed over): the
 * marker is a term of a formula, a column header's (④ = ①+②+③, ⑥=⑤/④), not a number of
 * a heading or an item. */
static gboolean
is_formula(const char *norm, gsize after, gsize end)
{
	while (after < end && (norm[after] == ' ' || norm[after] == '\t'))
		after++;
	return after < end &&
	       (norm[after] == '=' || (end - after >= 3 && memcmp(norm + after, "＝", 3) == 0));
}

/* A heading block with a numbering marker: what the family checks — unless it is a row
 * label of a table exported one cell a line: a bare number follows it, and so it does
 * another heading near it (一、一般公共预算财政拨款收入 / 1 / 440.55 / 一、一般公共服务支出 /
 * 29 / …: its 一、 二、 label the rows of two columns, each twice).  One heading followed by
 * a number (a page number after the last line of a page) stays a heading. */
static gboolean
is_numbered_heading(const CfDocument *doc, guint index)
{
	const CfBlock *b = g_ptr_array_index(doc->blocks, index);
	if (b->kind != CF_BLOCK_HEADING || b->heading_style == CF_HEADING_NONE ||
	    b->heading_ordinal <= 0 || is_formula(doc->norm, b->heading_marker.end, b->range.end))
		return FALSE;
	if (!labels_a_number(doc, index))
		return TRUE;
	/* two bare numbers after it or more: a row's label and its cells (二、转移性支出 / 27.67 /
	 * 24.61 / 24.66), not a page number */
	if (index + 2 < doc->blocks->len &&
	    is_bare_number(doc, g_ptr_array_index(doc->blocks, index + 2)))
		return FALSE;
	guint from = index > CELL_LABELS_NEAR ? index - CELL_LABELS_NEAR : 0;
	guint to = MIN(index + CELL_LABELS_NEAR, doc->blocks->len - 1);
	for (guint j = from; j <= to; j++)
		if (j != index && labels_a_number(doc, j))
			return FALSE;
	return TRUE;
}

/* ---- items numbered inline ---- */

/* A numbering marker written inside a paragraph or a cell: at its start, or after a sentence
 * end or a colon (…工作。2.做好…；3.对…). */
typedef struct {
	CfHeadingStyle style;
	int ordinal;
	CfRange marker;
} InlineItem;

/* The items of one paragraph or cell: the last item of each style's open run (ordinal 0:
 * none open), and where the text ends. */
typedef struct {
	CfCheckContext *ctx;
	InlineItem last[CF_HEADING_CIRCLED + 1];
	gsize end;
} InlineRuns;

/* The marker @item as written, renumbered to @ordinal. */
static char *
inline_marker(const CfDocument *doc, const InlineItem *item, int ordinal)
{
	g_autofree char *written = cf_document_dup_range(doc, item->marker);
	Heading template = {.style = item->style, .marker = written};
	return marker_with_ordinal(&template, ordinal);
}

/* FALSE when norm[at, end) cannot start a numbering marker: its first byte begins neither a
 * digit, a parenthesis nor ①, and no 、 follows a Chinese numeral's three bytes (or two or
 * three numerals: 二十一、).  Most sentences start otherwise, and need no matching. */
static gboolean
may_start_marker(const char *norm, gsize at, gsize end)
{
	guchar lead = (guchar)norm[at];
	if (g_ascii_isdigit(lead) || lead == '(' || lead == 0xE2 || lead == 0xEF)
		return TRUE;
	if (lead != 0xE4 && lead != 0xE5)
		return FALSE;
	for (gsize k = at + 3; k <= at + 9 && k + 3 <= end; k += 3)
		if (memcmp(norm + k, "、", 3) == 0)
			return TRUE;
	return FALSE;
}

/* Places the marker at @at, if one is there, in its style's run.  A run opens at 1, or at the
 * marker a heading line opens with (@first), and each item goes on from the one before; an
 * item that repeats the number before or skips one (2. then 4.) is reported, unless the
 * missing item's marker, or the style's first, is written between them (after a comma, say),
 * and counting goes on from it; an item numbered lower, but for 1, leaves the run (a
 * cross-reference, a quote). */
static gsize
inline_item(InlineRuns *runs, gsize at, gboolean first)
{
	const CfDocument *doc = runs->ctx->document;
	InlineItem item;
	if (!may_start_marker(doc->norm, at, runs->end) ||
	    !cf_segment_numbering_marker(doc->norm, at, runs->end, &item.style, &item.ordinal,
					 &item.marker) ||
	    is_formula(doc->norm, item.marker.end, runs->end))
		return at;
	InlineItem *last = &runs->last[item.style];
	if (first || item.ordinal == 1) {
		*last = item;
		return item.marker.end;
	}
	if (last->ordinal == 0 || item.ordinal == last->ordinal + 1 ||
	    item.ordinal < last->ordinal) {
		*last = item.ordinal < last->ordinal ? (InlineItem){0} : item;
		return item.marker.end;
	}
	/* the missing item, or a run restarted at 1, written between the two where no item was
	 * looked for (after a comma; after a space in text whose lines were run together) */
	g_autofree char *want = inline_marker(doc, last, last->ordinal + 1);
	g_autofree char *restart = inline_marker(doc, last, 1);
	const char *between = doc->norm + last->marker.end;
	gsize length = item.marker.start - last->marker.end;
	if ((item.ordinal > last->ordinal + 1 && memmem(between, length, want, strlen(want))) ||
	    memmem(between, length, restart, strlen(restart))) {
		*last = item;
		return item.marker.end;
	}
	g_autofree char *written = cf_document_dup_range(doc, item.marker);
	g_autofree char *before = cf_document_dup_range(doc, last->marker);
	g_autoptr(GString) msg = g_string_new(NULL);
	cf_check_append_strings(msg, "item '", written, "' follows '", before,
				"' in the items numbered inline: expected '", want, "'", NULL);
	guint line, column;
	cf_document_locate(doc, item.marker.start, &line, &column);
	CfFinding *f = cf_check_new_finding_at(
		runs->ctx, "heading-numbering", CF_SEVERITY_WARNING, line, column,
		cf_document_char_count(doc, item.marker.start, item.marker.end));
	cf_finding_set_text(f, &f->message, msg->str, -1);
	cf_finding_set_text(f, &f->stated, written, -1);
	cf_document_locate(doc, last->marker.start, &line, &column);
	cf_check_add_related_line(runs->ctx, f, line, column, "previous item");
	*last = item;
	return item.marker.end;
}

/* Bytes of the sentence end or colon at @p that an inline item may follow, 0 if none. */
static gsize
item_boundary(const char *norm, gsize p, gsize end)
{
	static const char *const stops[] = {"。", "；", "：", "！", "？"};
	switch ((guchar)norm[p]) {
	case ';':
	case ':':
	case '!':
	case '?':
	case '\n':
		return 1;
	case 0xE3:
	case 0xEF:
		for (guint i = 0; i < G_N_ELEMENTS(stops); i++)
			if (end - p >= 3 && memcmp(norm + p, stops[i], 3) == 0)
				return 3;
		return 0;
	default:
		return 0;
	}
}

/* The place after the stop at @p and the spaces after it. */
static gsize
after_stop(const char *norm, gsize p, gsize stop, gsize end)
{
	p += stop;
	while (p < end && (norm[p] == ' ' || norm[p] == '\t'))
		p++; /* ingest made every other space one of these */
	return p;
}

/* The inline items of cell text norm[start, end): a byte scan, cells being short. */
static void
check_cell_items(CfCheckContext *ctx, gsize start, gsize end)
{
	const char *norm = ctx->document->norm;
	if (end - start < 8)
		return; /* two items hold at least 1.甲；2.乙 */
	InlineRuns runs = {.ctx = ctx, .end = end};
	gsize p = inline_item(&runs, start, TRUE);
	while (p < end) {
		guchar lead = (guchar)norm[p];
		if (lead >= 0xE4 && lead <= 0xE9) {
			p += 3; /* an ideograph (U+4000–U+9FFF), no stop */
			continue;
		}
		gsize stop = item_boundary(norm, p, end);
		if (stop == 0) {
			p++; /* UTF-8: a stop's lead byte is never inside another character */
			continue;
		}
		p = after_stop(norm, p, stop, end);
		if (p < end)
			p = inline_item(&runs, p, FALSE);
	}
}

/* The next colon (： or :) in norm[p, end), @end if none. */
static gsize
next_colon(const char *norm, gsize p, gsize end)
{
	const char *full = cf_utf8_find(norm + p, end - p, "：", 3);
	const char *half = memchr(norm + p, ':', end - p);
	gsize a = full ? (gsize)(full - norm) : end, b = half ? (gsize)(half - norm) : end;
	return MIN(a, b);
}

/* The inline items of a paragraph or a heading line: at its start, at each sentence's (the
 * segment stage split them after 。；！？ and the quotes closing them) and after each colon. */
static void
check_block_items(CfCheckContext *ctx, const CfBlock *b)
{
	const char *norm = ctx->document->norm;
	InlineRuns runs = {.ctx = ctx, .end = b->range.end};
	gsize p = inline_item(&runs, b->range.start, TRUE);
	CfRange whole = b->range;
	const CfRange *sentences = b->n_sentences > 0 ? b->sentences : &whole;
	guint n = MAX(b->n_sentences, 1);
	for (guint k = 0; k < n; k++) {
		gsize end = MIN(sentences[k].end, b->range.end);
		/* the first sentence's start is the block's, or a heading's text after its marker */
		if (k > 0 && sentences[k].start >= p && sentences[k].start < end)
			p = inline_item(&runs, sentences[k].start, FALSE);
		for (p = MAX(p, sentences[k].start); p < end;) {
			gsize colon = next_colon(norm, p, end);
			if (colon >= end)
				break;
			p = after_stop(norm, colon, norm[colon] == ':' ? 1 : 3, end);
			if (p < end)
				p = inline_item(&runs, p, FALSE);
		}
		p = MAX(p, end);
	}
}

static void
check_inline(CfCheckContext *ctx)
{
	const CfDocument *doc = ctx->document;
	for (guint i = 0; i < doc->blocks->len; i++) {
		const CfBlock *b = g_ptr_array_index(doc->blocks, i);
		if (b->kind != CF_BLOCK_TABLE) {
			check_block_items(ctx, b);
			continue;
		}
		for (guint r = 0; r < b->table->rows->len; r++) {
			const CfRow *row = g_ptr_array_index(b->table->rows, r);
			for (guint c = 0; c < row->n_cells; c++)
				if (!row->cells[c].numeric)
					check_cell_items(ctx, row->cells[c].range.start,
							 row->cells[c].range.end);
		}
	}
}

static void
run(CfCheckContext *ctx)
{
	if (!cf_check_rule_enabled(ctx, "heading-numbering"))
		return;
	const CfDocument *doc = ctx->document;
	/* the headings counted first: their arrays are allocated once, at their size */
	guint count = 0;
	for (guint i = 0; i < doc->blocks->len; i++)
		count += is_numbered_heading(doc, i);
	Numbering n = {ctx, g_array_sized_new(FALSE, TRUE, sizeof(Heading), count),
		       g_ptr_array_new_with_free_func(sequence_free), g_ptr_array_new()};
	g_array_set_size(n.headings, count);
	/* the markers, trimmed, one after another (each NUL-ended): one buffer, not a string
	 * per heading */
	g_autoptr(GString) markers = g_string_sized_new(count * 8);
	g_autofree gsize *marker_offsets = g_new(gsize, MAX(count, 1));
	for (guint i = 0, k = 0; i < doc->blocks->len; i++) {
		const CfBlock *b = g_ptr_array_index(doc->blocks, i);
		if (!is_numbered_heading(doc, i))
			continue;
		Heading *h = heading_at(&n, k);
		h->block = b;
		h->style = b->heading_style;
		h->ordinal = b->heading_ordinal;
		h->title = is_title(doc, b);
		marker_offsets[k++] = markers->len;
		if (b->heading_marker.start <= b->heading_marker.end &&
		    b->heading_marker.end <= doc->norm_length) {
			/* what g_strstrip(cf_document_dup_range()) gives */
			CfRange range = b->heading_marker;
			const char *text = doc->norm + range.start;
			gsize length = strnlen(text, range.end - range.start);
			while (length > 0 && g_ascii_isspace(*text)) {
				text++;
				length--;
			}
			while (length > 0 && g_ascii_isspace(text[length - 1]))
				length--;
			g_string_append_len(markers, text, (gssize)length);
		} else {
			g_free(cf_document_dup_range(doc, b->heading_marker)); /* warns */
		}
		g_string_append_c(markers, '\0');
	}
	for (guint i = 0; i < n.headings->len; i++)
		heading_at(&n, i)->marker = markers->str + marker_offsets[i];
	for (guint i = 0; i < n.headings->len; i++)
		place(&n, i);
	for (guint i = 0; i < n.all->len; i++) {
		const Sequence *s = g_ptr_array_index(n.all, i);
		if (!s->orphan)
			check_sequence(&n, s, i);
	}
	g_ptr_array_unref(n.stack);
	g_ptr_array_unref(n.all);
	g_array_unref(n.headings);
	check_inline(ctx);
}

const CfCheckFamily cf_check_family_heading = {"heading", run};
