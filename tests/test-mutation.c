/* Mutation tests: take relations that hold, change one number, and assert the checker
 * reports it at that line.
 *
 * For every relation the check families form on a text (cf_check_document_relations) that
 * holds, every number taking part is edited at every digit position with a fixed set of
 * edits — a digit plus one (9 → 0), a digit dropped, a digit doubled — and the real
 * pipeline re-runs on the edited text.  A finding of the relation's rule must then appear
 * at the edited number's line or the relation's result line, with a message the unedited
 * text does not produce there.
 *
 * Edits the rule cannot see by design are skipped by construction, never by a list:
 *   - the relation, evaluated with the edited number on the widest reading of it (its new
 *     stated precision joined with its old effective interval moved by the change), still
 *     holds: the edit is inside the tolerance (8.30 → 8.3, a digit below the rounding);
 *   - the edited number is not a plausible figure (leading zero, zero, an empty number);
 *   - a number with thousands separators only gets digit changes: dropping or doubling a
 *     digit there makes it malformed, which is the malformed-number rule's own test;
 *   - numbers with a qualifier (约, 余 …) or written without Arabic digits are not edited.
 * Year consistency and heading numbering are not relations: their generators edit the
 * years and the heading numbers of texts where they hold, under the same edits.
 *
 * The texts: the seeds (with the holding relations issue 3 names, which must be found), and
 * small synthetic texts, one or more per rule family. */
#include "cf-test-pipeline.h"

#include <string.h>

#include "check/cf-relation.h"

typedef enum {
	EDIT_PLUS_ONE,
	EDIT_DROP,
	EDIT_DOUBLE,
	N_EDITS
} Edit;

static const char *const edit_names[] = {"+1", "drop", "double"};

static const char *const kind_names[] = {"SUM", "EQUAL", "RATIO", "DIFFERENCE", "AT_MOST",
					 "WHOLE_SHARE"};

typedef struct {
	GString *failures;
	guint failed;
	guint checked;
	guint invisible; /* skipped: inside the relation's tolerance */
	guint implausible;
} Tally;

#define MAX_REPORTED_FAILURES 25

static void
tally_init(Tally *t)
{
	*t = (Tally){g_string_new(NULL), 0, 0, 0, 0};
}

static void
tally_fail(Tally *t, const char *format, ...) G_GNUC_PRINTF(2, 3);

static void
tally_fail(Tally *t, const char *format, ...)
{
	t->failed++;
	if (t->failed > MAX_REPORTED_FAILURES)
		return;
	va_list args;
	va_start(args, format);
	g_string_append_vprintf(t->failures, format, args);
	va_end(args);
	g_string_append_c(t->failures, '\n');
}

/* Ends the case: prints the counts, fails with the first failures when any. */
static void
tally_finish(Tally *t, guint minimum_checked)
{
	g_test_message("%u edits checked, %u inside tolerance, %u implausible, %u failed", t->checked,
		       t->invisible, t->implausible, t->failed);
	if (t->failed) {
		g_test_message("%s", t->failures->str);
		g_test_fail_printf("%u of %u edits were not reported, first ones:\n%s", t->failed,
				   t->checked, t->failures->str);
	} else if (t->checked < minimum_checked) {
		g_test_fail_printf("only %u edits checked, expected at least %u", t->checked,
				   minimum_checked);
	}
	g_string_free(t->failures, TRUE);
}

/* ---- editing text ---- */

/* Byte offset in doc->text of the 1-based character @column of line @line. */
static gsize
text_offset(const CfDocument *doc, guint line, guint column)
{
	const CfLine *l = cf_document_get_line(doc, line);
	g_assert_nonnull(l);
	const char *p = doc->text + l->text_offset;
	return g_utf8_offset_to_pointer(p, column - 1) - doc->text;
}

/* @text with the digit at byte @at edited; NULL when the edit does not apply. */
static char *
apply_edit(const char *text, gsize at, Edit edit)
{
	GString *out = g_string_new_len(text, at);
	char d = text[at];
	switch (edit) {
	case EDIT_PLUS_ONE:
		g_string_append_c(out, d == '9' ? '0' : d + 1);
		break;
	case EDIT_DROP:
		break;
	case EDIT_DOUBLE:
		g_string_append_c(out, d);
		g_string_append_c(out, d);
		break;
	default:
		g_assert_not_reached();
	}
	g_string_append(out, text + at + 1);
	return g_string_free(out, FALSE);
}

/* The run of digits, points and commas around byte @at of @text: [*start, *end). */
static void
numeral_run(const char *text, gsize at, gsize *start, gsize *end)
{
	gsize a = at, b = at;
	while (a > 0 && (g_ascii_isdigit(text[a - 1]) || text[a - 1] == '.' || text[a - 1] == ','))
		a--;
	while (text[b] && (g_ascii_isdigit(text[b]) || text[b] == '.' || text[b] == ','))
		b++;
	*start = a;
	*end = b;
}

/* Parses a numeral run "1,900.5" (commas dropped).  FALSE when it is not a plausible figure:
 * empty, a leading or trailing point, a leading zero before another digit. */
static gboolean
parse_run(const char *run, gsize length, CfDecimal *out)
{
	g_autoptr(GString) plain = g_string_new(NULL);
	for (gsize i = 0; i < length; i++)
		if (run[i] != ',')
			g_string_append_c(plain, run[i]);
	const char *s = plain->str;
	if (plain->len == 0 || s[0] == '.' || s[plain->len - 1] == '.' || s[0] == ',')
		return FALSE;
	if (s[0] == '0' && plain->len > 1 && s[1] != '.')
		return FALSE;
	return cf_decimal_parse(s, plain->len, out);
}

/* Where the digits of @claim's stated number are in doc->text: the first numeral run in the
 * claim's span whose value is the stated one (the last for an expression: its result). */
static gboolean
claim_numeral(const CfDocument *doc, const CfClaim *claim, gsize *start, gsize *end)
{
	gsize from = text_offset(doc, claim->line, claim->column);
	const char *stop = g_utf8_offset_to_pointer(doc->text + from, claim->length);
	gboolean found = FALSE;
	for (const char *p = doc->text + from; p < stop;) {
		if (!g_ascii_isdigit(*p)) {
			p = g_utf8_next_char(p);
			continue;
		}
		gsize a, b;
		numeral_run(doc->text, p - doc->text, &a, &b);
		CfDecimal v;
		if (parse_run(doc->text + a, b - a, &v) && cf_decimal_compare(v, claim->stated) == 0) {
			*start = a;
			*end = b;
			found = TRUE;
			if (claim->kind != CF_CLAIM_EXPRESSION)
				return TRUE;
		}
		p = doc->text + b;
	}
	return found;
}

/* ---- relations ---- */

static const CfTerm *
find_term(const CfTerm *term, const CfClaim *claim)
{
	if (term == NULL)
		return NULL;
	if (term->kind == CF_TERM_CLAIM)
		return term->claim == claim ? term : NULL;
	for (guint i = 0; term->children && i < term->children->len; i++) {
		const CfTerm *found = find_term(g_ptr_array_index(term->children, i), claim);
		if (found)
			return found;
	}
	return NULL;
}

static const CfTerm *
relation_term(const CfRelation *r, const CfClaim *claim)
{
	const CfTerm *t = find_term(r->result, claim);
	for (guint i = 0; t == NULL && i < r->terms->len; i++)
		t = find_term(g_ptr_array_index(r->terms, i), claim);
	return t;
}

static GPtrArray *
relation_claims(const CfRelation *r)
{
	GPtrArray *out = g_ptr_array_new();
	cf_term_collect_claims(r->result, out);
	for (guint i = 0; i < r->terms->len; i++)
		cf_term_collect_claims(g_ptr_array_index(r->terms, i), out);
	return out;
}

static guint
result_line(const CfRelation *r)
{
	g_autoptr(GPtrArray) claims = g_ptr_array_new();
	cf_term_collect_claims(r->result, claims);
	return claims->len ? ((const CfClaim *)g_ptr_array_index(claims, 0))->line : 0;
}

static gboolean
relation_holds(const CfRelation *r, const CfOverrides *overrides)
{
	CfOutcome o = cf_relation_evaluate(r, overrides, NULL, NULL, NULL);
	return cf_outcome_holds(o) || o == CF_OUTCOME_UNKNOWN;
}

static CfDecimal
decimal_min(CfDecimal a, CfDecimal b)
{
	return cf_decimal_compare(a, b) <= 0 ? a : b;
}

static CfDecimal
decimal_max(CfDecimal a, CfDecimal b)
{
	return cf_decimal_compare(a, b) >= 0 ? a : b;
}

/* The widest reading of @claim rewritten as @stated: its new stated precision joined with
 * the term's old effective interval moved by the change.  FALSE on overflow. */
static gboolean
widest_reading(const CfClaim *claim, const CfTerm *term, CfDecimal stated, CfTermValue *out)
{
	CfDecimal value, delta, low, high;
	CfInterval fresh;
	if (!cf_decimal_shift(stated, claim->unit_exponent, &value) ||
	    !cf_interval_shift(cf_interval_stated(stated), claim->unit_exponent, &fresh) ||
	    !cf_decimal_sub(value, term->point, &delta) ||
	    !cf_decimal_add(term->interval.low, delta, &low) ||
	    !cf_decimal_add(term->interval.high, delta, &high))
		return FALSE;
	out->point = value;
	out->interval = cf_interval_make(decimal_min(low, fresh.low), decimal_max(high, fresh.high));
	return TRUE;
}

/* ---- running the pipeline ---- */

static GPtrArray *
check_text(const char *name, const char *text)
{
	g_autoptr(CfDocument) doc = cf_test_document_from_text(name, text);
	return cf_test_check(doc, NULL);
}

/* Whether the edited text's own relations of @rule give the number at @line:@column a
 * reading that holds: a partial list (其中 … may list only some of the whole), or a list
 * that now runs on to another clause and adds up (8 + 1 + 10.8 = 20 within rounding).  The
 * rule then cannot see the edit by design: the edited text is consistent as it reads. */
static gboolean
consistent_reading(const char *name, const char *text, const char *rule, guint line, guint column)
{
	g_autoptr(CfDocument) doc = cf_test_document_from_text(name, text);
	g_autoptr(GPtrArray) claims = cf_extract_document(cf_test_lexicon(), doc);
	g_autoptr(GPtrArray) relations =
		cf_check_document_relations(cf_test_lexicon(), doc, claims);
	for (guint i = 0; i < relations->len; i++) {
		const CfRelation *r = g_ptr_array_index(relations, i);
		if (r->tie || !g_str_equal(r->rule, rule) || !relation_holds(r, NULL))
			continue;
		g_autoptr(GPtrArray) parts = relation_claims(r);
		for (guint k = 0; k < parts->len; k++) {
			const CfClaim *c = g_ptr_array_index(parts, k);
			if (c->line == line && c->column == column)
				return TRUE;
		}
	}
	return FALSE;
}

/* Whether @after has a finding of @rule (or any finding at warning or above) at one of
 * @lines, as its place or a related place, that @before has not there. */
static gboolean
newly_reported(GPtrArray *before, GPtrArray *after, const char *rule, const guint *lines,
	       guint n_lines)
{
	for (guint i = 0; i < after->len; i++) {
		const CfFinding *f = g_ptr_array_index(after, i);
		/* the relation's own rule, or another finding that catches the same edit (a
		 * figure stated twice becomes a restatement, not an identity) at warning or above */
		if (!g_str_equal(f->rule, rule) && f->severity < CF_SEVERITY_WARNING)
			continue;
		gboolean at_line = FALSE;
		for (guint k = 0; k < n_lines; k++) {
			at_line |= f->primary.line == lines[k];
			for (guint r = 0; r < f->related->len; r++)
				at_line |= g_array_index(f->related, CfLocation, r).line == lines[k];
		}
		if (!at_line)
			continue;
		gboolean old = FALSE;
		for (guint j = 0; j < before->len && !old; j++) {
			const CfFinding *b = g_ptr_array_index(before, j);
			old = g_str_equal(b->rule, f->rule) && b->primary.line == f->primary.line &&
			      g_str_equal(b->message, f->message);
		}
		if (!old)
			return TRUE;
	}
	return FALSE;
}

static void
describe_edit(GString *out, const CfDocument *doc, gsize start, gsize end, const char *edited,
	      gsize edited_end)
{
	g_string_append_printf(out, "'%.*s' -> '%.*s'", (int)(end - start), doc->text + start,
			       (int)(edited_end - start), edited + start);
}

/* Edits every number of every holding relation of @doc; returns how many relations held. */
static guint
mutate_relations(const char *name, const CfDocument *doc, GPtrArray *relations, GPtrArray *baseline, Tally *tally)
{
	guint holding = 0;
	for (guint i = 0; i < relations->len; i++) {
		const CfRelation *r = g_ptr_array_index(relations, i);
		if (r->tie || !relation_holds(r, NULL))
			continue;
		holding++;
		g_autoptr(GPtrArray) parts = relation_claims(r);
		guint result = result_line(r);
		for (guint k = 0; k < parts->len; k++) {
			const CfClaim *c = g_ptr_array_index(parts, k);
			const CfTerm *term = relation_term(r, c);
			gsize start, end;
			if (term == NULL || c->qualifier != CF_QUALIFIER_NONE || !c->has_value ||
			    !claim_numeral(doc, c, &start, &end))
				continue;
			gboolean grouped = memchr(doc->text + start, ',', end - start) != NULL;
			/* doubling either of two equal digits gives one text: edited once */
			g_autoptr(GHashTable) seen = g_hash_table_new_full(g_str_hash, g_str_equal,
									  g_free, NULL);
			for (gsize at = start; at < end; at++) {
				if (!g_ascii_isdigit(doc->text[at]))
					continue;
				for (Edit e = 0; e < N_EDITS; e++) {
					if (grouped && e != EDIT_PLUS_ONE)
						continue;
					char *edited = apply_edit(doc->text, at, e);
					if (!g_hash_table_add(seen, edited))
						continue;
					gsize edited_end = end + (e == EDIT_DROP ? -1 : e == EDIT_DOUBLE ? 1 : 0);
					CfDecimal stated;
					CfTermValue value;
					if (!parse_run(edited + start, edited_end - start, &stated) ||
					    cf_decimal_is_zero(stated) || !widest_reading(c, term, stated, &value)) {
						tally->implausible++;
						continue;
					}
					const CfClaim *edited_claims[] = {c};
					CfOverrides overrides = {edited_claims, 1, value};
					if (relation_holds(r, &overrides)) {
						tally->invisible++;
						if (g_getenv("CF_MUTATION_VERBOSE"))
							g_test_message("inside tolerance: %s %.*s -> %.*s",
								       r->rule, (int)(end - start),
								       doc->text + start,
								       (int)(edited_end - start),
								       edited + start);
						continue;
					}
					tally->checked++;
					g_autoptr(GPtrArray) after = check_text(name, edited);
					guint lines[2] = {c->line, result};
					if (newly_reported(baseline, after, r->rule, lines, 2))
						continue;
					if (consistent_reading(name, edited, r->rule, c->line, c->column)) {
						tally->invisible++;
						continue;
					}
					g_autoptr(GString) what = g_string_new(NULL);
					describe_edit(what, doc, start, end, edited, edited_end);
					tally_fail(tally,
						   "%s:%u: %s (%s) in %s relation '%s' not reported as %s "
						   "at line %u or %u",
						   name, c->line, what->str, edit_names[e],
						   kind_names[r->kind], r->what ? r->what : "",
						   r->rule, c->line, result);
				}
			}
		}
	}
	return holding;
}

/* ---- relation texts: synthetic, one or more per family ---- */

typedef struct {
	const char *name;
	const char *rules[3]; /* a holding relation of each must be found */
	const char *text;
} RelationCase;

#define UNIT_LINE "金额单位：万元\n"

static const RelationCase relation_cases[] = {
	{"sum/qizhong", {"sum-mismatch"},
	 "实际支出100.5万元，其中：培训经费30.2万元、会议经费50.1万元、印刷经费20.2万元。\n"},
	{"sum/gongji", {"sum-mismatch"},
	 "培训经费30万元，会议经费50万元，印刷经费20万元，共计100万元。\n"},
	{"product/per-unit", {"product-mismatch"}, "124个站点，每个站点1200元，共计14.88万元。\n"},
	{"product/expression", {"product-mismatch"}, "误餐补助35人*600元/月*12月＝252000元。\n"},
	{"rate/per-capita", {"rate-mismatch"},
	 "全市共录用公务员582人，公务员面试招录费用102.18万元，招录公务员成本为1756元/人。\n"},
	{"description/row", {"description-mismatch"},
	 UNIT_LINE "\t项目名称\n\t资金用途\n\t预算金额\n\n\t特派员补助\n"
		   "\t用于工作补助10万元、交通补贴3万元、生活补贴12万元\n\t25\n\n"},
	{"table/total-row", {"table-total-mismatch"},
	 UNIT_LINE "\t项目名称\n\t预算金额\n\n\t党建经费\n\t120.5\n\n\t人才经费\n\t80.3\n\n"
		   "\t干部经费\n\t45.2\n\n\t合计\n\t246\n\n"},
	{"table/qizhong-column", {"table-part-exceeds"},
	 UNIT_LINE "\t项目名称\n\t预算金额\n\t\n\n\t\n\t指标总额\n\t其中：区级资金\n\n"
		   "\t党建经费\n\t1900\n\t1500\n\n\t人才经费\n\t800\n\t600\n\n"},
	{"table/execution-rate", {"execution-rate-mismatch"},
	 UNIT_LINE "\t项目名称\n\t全年预算数\n\t全年执行数\n\t执行率\n\n\t业务经费\n\t261.46\n"
		   "\t235.31\n\t90%\n\n"},
	{"score/total", {"score-total-mismatch", "score-exceeds-max"},
	 "\t指标\n\t分值\n\t得分\n\n\t产出指标\n\t50\n\t48.5\n\n\t效益指标\n\t30\n\t28.63\n\n"
	 "\t满意度指标\n\t20\n\t20\n\n\t总分\n\t100\n\t97.13\n\n"},
	{"prose-table/count-and-total", {"prose-table-mismatch"},
	 "重点项目3个，预算数为246万元，具体情况如下：\n" UNIT_LINE
	 "\t项目名称\n\t预算金额\n\n\t党建经费\n\t120.5\n\n\t人才经费\n\t80.3\n\n"
	 "\t干部经费\n\t45.2\n\n"},
	{"sibling/tables", {"sibling-mismatch"},
	 UNIT_LINE "\t项目名称\n\t预算金额\n\n\t关工委经费\n\t25\n\n\t党建经费\n\t495\n\n"
		   "\t人才经费\n\t120\n\n"
		   "绩效目标如下：\n" UNIT_LINE
		   "\t项目名称\n\t预算金额\n\t绩效目标\n\n\t关工委经费\n\t25\n\t完成\n\n"
		   "\t党建经费\n\t495\n\t完成\n\n\t人才经费\n\t120\n\t完成\n\n"},
	{"percent/share", {"percent-mismatch"}, "提拔重用干部69人，其中35岁以下59人，占85.5%。\n"},
	{"percent/completion", {"percent-mismatch"}, "预算1.2万元，决算0.25万元，完成预算的21%。\n"},
	{"percent/grim", {"percent-unreachable"}, "共有干部69人，其中参加培训的占33.3%。\n"},
	{"enumeration/count", {"count-mismatch"},
	 "内设机构6个，分别是办公室、组织科、干部科、人才科、党建科、考核科。\n"},
	{"budget/at-most", {"over-budget"}, "2022年预算1900万元，实际支出1800万元。\n"},
	{"change/year-over-year", {"change-mismatch"},
	 "2022年支出120万元，比上年增加20万元，增长20%。\n"},
	{"identity/basic", {"identity-mismatch"},
	 "一、收支概况\n本年基本支出200万元。\n二、支出明细\n人员经费150万元；公用经费50万元。\n"},
	{"restated/twice", {"restated-mismatch"},
	 "一、基本情况\n项目支出预算数为6462.78万元。\n二、绩效目标\n项目支出预算数为6462.78万元。\n"},
};

static void
test_relation_case(gconstpointer data)
{
	const RelationCase *c = data;
	g_autoptr(CfDocument) doc = cf_test_document_from_text(c->name, c->text);
	g_autoptr(GPtrArray) claims = cf_extract_document(cf_test_lexicon(), doc);
	g_autoptr(GPtrArray) relations =
		cf_check_document_relations(cf_test_lexicon(), doc, claims);
	g_autoptr(GPtrArray) baseline = cf_test_check(doc, NULL);
	for (guint k = 0; k < G_N_ELEMENTS(c->rules) && c->rules[k]; k++) {
		gboolean found = FALSE;
		for (guint i = 0; i < relations->len && !found; i++) {
			const CfRelation *r = g_ptr_array_index(relations, i);
			found = g_str_equal(r->rule, c->rules[k]) && relation_holds(r, NULL);
		}
		if (!found) {
			cf_test_dump(baseline);
			for (guint i = 0; i < relations->len; i++) {
				const CfRelation *r = g_ptr_array_index(relations, i);
				g_test_message("formed: %s (%s)%s", r->rule, r->what ? r->what : "",
					       relation_holds(r, NULL) ? "" : ", broken");
			}
			g_test_fail_printf("no holding relation of rule %s formed on:\n%s", c->rules[k],
					   c->text);
			return;
		}
	}
	Tally tally;
	tally_init(&tally);
	mutate_relations(c->name, doc, relations, baseline, &tally);
	tally_finish(&tally, 1);
}

/* ---- the seeds: every holding relation, and those issue 3 names must be among them ---- */

typedef struct {
	const char *file;
	guint lines[8]; /* lines where a holding relation must have a number (0-terminated) */
} SeedCase;

static const SeedCase seed_cases[] = {
	{"corpus/000_6a5162211be4bb34.txt", {0}},
	{"corpus/001_076bbd6f4c7b8808.txt", {108, 341, 21, 26, 46, 0}},
	{"corpus/002_6b5b2d02b175c98d.txt", {28, 37, 0}},
	{"corpus/003_df0ca8b0b5b2e082.txt", {14, 17, 23, 0}},
	{"corpus/004_430475d196af1e11.txt", {0}},
};

static void
test_seed_case(gconstpointer data)
{
	const SeedCase *c = data;
	g_autoptr(CfDocument) doc = cf_test_document_from_file(c->file);
	g_autoptr(GPtrArray) claims = cf_extract_document(cf_test_lexicon(), doc);
	g_autoptr(GPtrArray) relations =
		cf_check_document_relations(cf_test_lexicon(), doc, claims);
	g_autoptr(GPtrArray) baseline = cf_test_check(doc, NULL);
	for (guint k = 0; c->lines[k]; k++) {
		gboolean found = FALSE;
		for (guint i = 0; i < relations->len && !found; i++) {
			const CfRelation *r = g_ptr_array_index(relations, i);
			if (!relation_holds(r, NULL))
				continue;
			g_autoptr(GPtrArray) parts = relation_claims(r);
			for (guint j = 0; j < parts->len && !found; j++)
				found = ((const CfClaim *)g_ptr_array_index(parts, j))->line == c->lines[k];
		}
		if (!found)
			g_test_fail_printf("%s: no holding relation at line %u", c->file, c->lines[k]);
	}
	Tally tally;
	tally_init(&tally);
	guint holding = mutate_relations(c->file, doc, relations, baseline, &tally);
	g_test_message("%s: %u relations, %u hold", c->file, relations->len, holding);
	tally_finish(&tally, c->lines[0] ? 1 : 0);
}

/* ---- year consistency: the body's own-funds year against the title's ---- */

static const char *const year_texts[] = {
	"2022年重点项目绩效自评结果情况说明\n一、基本情况\n2022年我单位项目支出预算共1900万元，实际支出1800万元。\n",
	"2022年度部门整体支出绩效自评报告\n本部门2022年度财政拨款支出212.93万元。\n",
};

/* Whether the edited text still reads @claim's place as the year @year: the extract stage
 * and the title's metadata decide what a year is (2122年 is no year to them). */
static gboolean
still_a_year(const char *edited, const CfClaim *claim, CfDecimal year)
{
	g_autoptr(CfDocument) doc = cf_test_document_from_text("year.txt", edited);
	g_autoptr(GPtrArray) claims = cf_extract_document(cf_test_lexicon(), doc);
	for (guint i = 0; i < claims->len; i++) {
		const CfClaim *c = g_ptr_array_index(claims, i);
		if (c->kind == CF_CLAIM_YEAR && c->line == claim->line &&
		    c->column == claim->column && cf_decimal_compare(c->value, year) == 0)
			return claim->line != doc->metadata.title_line ||
			       cf_decimal_compare(cf_decimal_from_int(doc->metadata.year), year) == 0;
	}
	return FALSE;
}

static void
test_year_mutations(void)
{
	Tally tally;
	tally_init(&tally);
	for (guint t = 0; t < G_N_ELEMENTS(year_texts); t++) {
		const char *text = year_texts[t];
		g_autoptr(CfDocument) doc = cf_test_document_from_text("year.txt", text);
		g_autoptr(GPtrArray) claims = cf_extract_document(cf_test_lexicon(), doc);
		g_autoptr(GPtrArray) baseline = cf_test_check(doc, NULL);
		g_assert_cmpint(doc->metadata.year, >, 0);
		g_assert_null(cf_test_find(baseline, "year-mismatch", 2));
		g_assert_null(cf_test_find(baseline, "year-mismatch", 3));
		/* the body's years (the related place of a finding is the title) */
		g_autoptr(GArray) body_lines = g_array_new(FALSE, FALSE, sizeof(guint));
		for (guint i = 0; i < claims->len; i++) {
			const CfClaim *c = g_ptr_array_index(claims, i);
			if (c->kind == CF_CLAIM_YEAR && c->line != doc->metadata.title_line)
				g_array_append_val(body_lines, c->line);
		}
		g_assert_cmpuint(body_lines->len, >, 0);
		for (guint i = 0; i < claims->len; i++) {
			const CfClaim *c = g_ptr_array_index(claims, i);
			gsize start, end;
			if (c->kind != CF_CLAIM_YEAR || !claim_numeral(doc, c, &start, &end))
				continue;
			for (gsize at = start; at < end; at++) {
				for (Edit e = 0; e < N_EDITS; e++) {
					g_autofree char *edited = apply_edit(doc->text, at, e);
					gsize edited_end = end + (e == EDIT_DROP ? -1 : e == EDIT_DOUBLE ? 1 : 0);
					CfDecimal year;
					if (!parse_run(edited + start, edited_end - start, &year) ||
					    !still_a_year(edited, c, year)) {
						tally.implausible++;
						continue;
					}
					tally.checked++;
					g_autoptr(GPtrArray) after = check_text("year.txt", edited);
					if (newly_reported(baseline, after, "year-mismatch",
							   (guint *)body_lines->data, body_lines->len))
						continue;
					g_autoptr(GString) what = g_string_new(NULL);
					describe_edit(what, doc, start, end, edited, edited_end);
					tally_fail(&tally, "text %u line %u: year %s (%s) not reported", t,
						   c->line, what->str, edit_names[e]);
				}
			}
		}
	}
	tally_finish(&tally, 1);
}

/* ---- heading numbering: every heading number of a well-numbered text ---- */

static const char heading_text[] = "一、项目概况\n"
				   "（一）资金情况\n"
				   "1.做好党建工作。\n"
				   "2.做好干部工作。\n"
				   "3.做好人才工作。\n"
				   "（二）目标情况\n"
				   "（1）产出指标\n"
				   "（2）效益指标\n"
				   "二、绩效情况\n"
				   "1、党建工作\n"
				   "2、干部工作\n"
				   "①培训\n"
				   "②考核\n"
				   "三、存在问题\n"
				   "四、有关建议\n";

static const char *const chinese_digits[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九"};

/* The next heading of @block's sequence: same style, no heading of an outer level between. */
static const CfBlock *
next_sibling(const CfDocument *doc, guint index)
{
	const CfBlock *b = g_ptr_array_index(doc->blocks, index);
	for (guint i = index + 1; i < doc->blocks->len; i++) {
		const CfBlock *n = g_ptr_array_index(doc->blocks, i);
		if (n->kind != CF_BLOCK_HEADING)
			continue;
		if (n->heading_level < b->heading_level)
			return NULL;
		if (n->heading_style == b->heading_style)
			return n;
	}
	return NULL;
}

static void
check_heading_edit(Tally *tally, const CfDocument *doc, GPtrArray *baseline, const CfBlock *b,
		   const char *edited, const char *what)
{
	guint index = 0;
	g_assert_true(g_ptr_array_find(doc->blocks, b, &index));
	const CfBlock *next = next_sibling(doc, index);
	guint lines[2] = {b->first_line, next ? next->first_line : b->first_line};
	tally->checked++;
	g_autoptr(GPtrArray) after = check_text("heading.txt", edited);
	if (!newly_reported(baseline, after, "heading-numbering", lines, 2))
		tally_fail(tally, "line %u: %s not reported", b->first_line, what);
}

static void
test_heading_mutations(void)
{
	g_autoptr(CfDocument) doc = cf_test_document_from_text("heading.txt", heading_text);
	g_autoptr(GPtrArray) baseline = cf_test_check(doc, NULL);
	for (guint i = 0; i < baseline->len; i++)
		g_assert_cmpstr(((const CfFinding *)g_ptr_array_index(baseline, i))->rule, !=,
				"heading-numbering");
	Tally tally;
	tally_init(&tally);
	for (guint i = 0; i < doc->blocks->len; i++) {
		const CfBlock *b = g_ptr_array_index(doc->blocks, i);
		if (b->kind != CF_BLOCK_HEADING)
			continue;
		/* the marker's characters in the original text (ASCII and CJK only here) */
		guint line, column;
		cf_document_locate(doc, b->heading_marker.start, &line, &column);
		gsize start = text_offset(doc, line, column);
		guint chars = cf_document_char_count(doc, b->heading_marker.start,
						     b->heading_marker.end);
		gsize end = g_utf8_offset_to_pointer(doc->text + start, chars) - doc->text;
		gboolean has_next = next_sibling(doc, i) != NULL;
		for (gsize at = start; at < end; at++) {
			if (g_ascii_isdigit(doc->text[at])) {
				for (Edit e = 0; e < N_EDITS; e++) {
					/* a heading whose only digit is dropped is no heading any more:
					 * only its next sibling can show the gap */
					gboolean only_digit = !g_ascii_isdigit(doc->text[at + 1]) &&
							      (at == start || !g_ascii_isdigit(doc->text[at - 1]));
					if (e == EDIT_DROP && only_digit && !has_next) {
						tally.implausible++;
						continue;
					}
					g_autofree char *edited = apply_edit(doc->text, at, e);
					g_autofree char *what = g_strdup_printf("digit %c %s", doc->text[at],
										edit_names[e]);
					check_heading_edit(&tally, doc, baseline, b, edited, what);
				}
			}
			/* a Chinese numeral: the next one */
			for (guint d = 0; d + 1 < G_N_ELEMENTS(chinese_digits); d++) {
				gsize n = strlen(chinese_digits[d]);
				if (at + n > end || strncmp(doc->text + at, chinese_digits[d], n) != 0)
					continue;
				g_autoptr(GString) edited = g_string_new_len(doc->text, at);
				g_string_append(edited, chinese_digits[d + 1]);
				g_string_append(edited, doc->text + at + n);
				g_autofree char *what = g_strdup_printf("%s -> %s", chinese_digits[d],
									chinese_digits[d + 1]);
				check_heading_edit(&tally, doc, baseline, b, edited->str, what);
			}
		}
	}
	tally_finish(&tally, 20);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	for (guint i = 0; i < G_N_ELEMENTS(relation_cases); i++) {
		g_autofree char *path = g_strdup_printf("/mutation/%s", relation_cases[i].name);
		g_test_add_data_func(path, &relation_cases[i], test_relation_case);
	}
	for (guint i = 0; i < G_N_ELEMENTS(seed_cases); i++) {
		g_autofree char *path = g_strdup_printf("/mutation/seed/%.3s", seed_cases[i].file + 7);
		g_test_add_data_func(path, &seed_cases[i], test_seed_case);
	}
	g_test_add_func("/mutation/year/title-and-body", test_year_mutations);
	g_test_add_func("/mutation/heading/every-number", test_heading_mutations);
	return g_test_run();
}
