/* Family: sum — a stated total vs the parts listed with it in prose (其中 / 包括 / 分别 after
 * the total, 共计 / 合计 / 总计 after the parts), and the passage reading that the prose
 * families share (cf-check-prose.h).
 *
 * Breakdowns nest: 全年实际支出3027.51万元。其中基本支出1589.25万元，主要包括人员经费共1459.39万元，
 * 公用经费129.86万元 lists 1589.25 and its own two parts in one run.  When the flat list does
 * not add up, a part that is itself the sum of the parts right after it is folded over them
 * (and that inner sum becomes a relation of its own).  A 其中 list may name only some parts:
 * it is taken as partial (only a sum above the total contradicts) when it has one part, says
 * 主要 or 等, names two parts that cover less than CF_PROSE_COMPLETE_PERCENT of the total
 * (three or more parts read as the breakdown itself), or a few parts that cover less than
 * half (EXAMPLE_PARTS). */
#include "check/cf-check-prose.h"
#include "check/cf-check-rates.h"
#include "check/cf-check-words.h"

#include <string.h>

/* 16 bytes a step where SSE2 (and a count-trailing-zeros builtin) is there */
#if defined(__SSE2__) && defined(__GNUC__)
#define MARKER_BLOCKS 1
#include <emmintrin.h>
#endif

/* A list of at most this many parts reaching less than half of its total names some of it;
 * a longer one is the breakdown itself. */
#define EXAMPLE_PARTS 8
/* A 其中 list whose parts reach less than this share of its total may be a partial list. */
#define CF_PROSE_COMPLETE_PERCENT 90
/* At most this many characters of a count's noun phrase are compared with a per-unit
 * phrase (124个站点 … 每个站点). */
#define NOUN_WINDOW_CHARS 8
/* Lists longer than this are not read as one breakdown (and keep the work linear on
 * pathological input). */
#define MAX_LIST_PARTS 100
/* Characters a part's label and its whole's must end with alike for the whole to be taken
 * over a nearer amount: the measure a subject's name comes before (资产总额). */
#define MEASURE_TAIL_CHARS 4
/* Emptied atom arrays a thread keeps for its next passages. */
#define SPARE_ATOM_ARRAYS 1024
/* Passages of at most this many atoms are analysed without allocating. */
#define ANALYSIS_STACK_ATOMS 64

gboolean
cf_prose_contains(const CfDocument *doc, gsize start, gsize end, const char *needle)
{
	if (end <= start)
		return FALSE;
	/* as g_strstr_len() finds it (not past a NUL), with the C library's fast search */
	const char *text = doc->norm + start;
	return memmem(text, strnlen(text, end - start), needle, strlen(needle)) != NULL;
}

gboolean
cf_prose_interval_intersect(CfInterval a, CfInterval b, CfInterval *out)
{
	if (!cf_interval_overlaps(a, b))
		return FALSE;
	CfInterval r = a;
	if (!b.low_unbounded && (a.low_unbounded || cf_decimal_compare(b.low, a.low) > 0)) {
		r.low = b.low;
		r.low_unbounded = FALSE;
	}
	if (!b.high_unbounded && (a.high_unbounded || cf_decimal_compare(b.high, a.high) < 0)) {
		r.high = b.high;
		r.high_unbounded = FALSE;
	}
	*out = r;
	return TRUE;
}

void
cf_prose_interval_at_scale(const CfClaim *c, int scale, int unit_exponent, CfInterval *interval)
{
	if (c->qualifier != CF_QUALIFIER_NONE || c->unit_exponent != unit_exponent ||
	    c->stated.scale >= scale || c->kind != CF_CLAIM_AMOUNT)
		return;
	CfDecimal precise;
	CfInterval at, narrow;
	if (cf_decimal_rescale(c->stated, scale, &precise) &&
	    cf_interval_shift(cf_interval_stated(precise), unit_exponent, &at) &&
	    cf_prose_interval_intersect(*interval, at, &narrow))
		*interval = narrow;
}

/* ---- passages ---- */

static gboolean
is_separator(gunichar c)
{
	switch (c) {
	case 0xFF0C: /* ， */
	case 0xFF1B: /* ； */
	case 0x3002: /* 。 */
	case 0xFF01: /* ！ */
	case 0xFF1F: /* ？ */
	case 0x3001: /* 、 */
	case ',':
	case ';':
	case '!':
	case '?':
	case '\n':
		return TRUE;
	default:
		return FALSE;
	}
}

static gboolean
ends_sentence(gunichar c)
{
	return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == '!' || c == '?';
}

static gboolean
ends_unit(gunichar c)
{
	return ends_sentence(c) || c == 0xFF1B || c == ';';
}

/* A numbered item marker at @p: 1、 2. （3） — preceded by the start or a separator.  (The
 * form is read first: most digits are numbers, which fail it at once.) */
static gboolean
marker_at(const char *norm, gsize start, gsize p, gsize end, int *number)
{
	gsize q = p;
	gboolean paren = FALSE;
	if (q + 3 <= end && memcmp(norm + q, "（", 3) == 0) {
		paren = TRUE;
		q += 3;
	} else if (q < end && norm[q] == '(') {
		paren = TRUE;
		q++;
	}
	int n = 0, digits = 0;
	while (q < end && g_ascii_isdigit(norm[q]) && digits < 3) {
		n = n * 10 + (norm[q] - '0');
		q++;
		digits++;
	}
	if (digits == 0 || n == 0 || (q < end && g_ascii_isdigit(norm[q])))
		return FALSE;
	if (paren) {
		if (!((q + 3 <= end && memcmp(norm + q, "）", 3) == 0) || (q < end && norm[q] == ')')))
			return FALSE;
	} else if (q + 3 <= end && memcmp(norm + q, "、", 3) == 0) {
		/* 1、 */
	} else if (q < end && norm[q] == '.') {
		if (q + 1 < end && g_ascii_isdigit(norm[q + 1]))
			return FALSE;
	} else {
		return FALSE;
	}
	if (p > start) {
		const char *prev = g_utf8_find_prev_char(norm + start, norm + p);
		gunichar c = prev ? g_utf8_get_char(prev) : 0;
		if (!is_separator(c) && c != 0xFF1A && c != ':' && c != ' ' && c != '\t' &&
		    c != 0x3000 && c != '\n')
			return FALSE;
	}
	*number = n;
	return TRUE;
}

/* TRUE when norm[@from, @to) holds only spaces, tabs and line ends. */
static gboolean
only_blanks(const char *norm, gsize from, gsize to)
{
	for (gsize p = from; p < to; p++)
		if (norm[p] != ' ' && norm[p] != '\t' && norm[p] != '\n' && norm[p] != '\r')
			return FALSE;
	return TRUE;
}

/* The bytes of the marker marker_at() read at @p: its parenthesis, digits and closing mark. */
static gsize
marker_length(const char *norm, gsize p, gsize end)
{
	gsize q = p;
	if (q + 3 <= end && memcmp(norm + q, "（", 3) == 0)
		q += 3;
	else if (q < end && norm[q] == '(')
		q++;
	while (q < end && g_ascii_isdigit(norm[q]))
		q++;
	if (q + 3 <= end && (memcmp(norm + q, "）", 3) == 0 || memcmp(norm + q, "、", 3) == 0))
		q += 3;
	else if (q < end && (norm[q] == ')' || norm[q] == '.'))
		q++;
	return q - p;
}

/* TRUE when a numbered item marker can begin at norm[p]: a digit, ( or （ (before @end). */
static inline gboolean
marker_lead(const char *norm, gsize p, gsize end)
{
	guchar b = (guchar)norm[p];
	return (b >= '0' && b <= '9') || b == '(' ||
	       (b == 0xEF && p + 3 <= end && memcmp(norm + p, "（", 3) == 0);
}

/* The first offset in norm[p, end) that is a marker_lead(), or @end.  In valid UTF-8 such an
 * offset always begins a character.  (Inline in the passage reading, which calls it for every
 * number.) */
static inline gsize
next_marker_lead(const char *norm, gsize p, gsize end)
{
#ifdef MARKER_BLOCKS
	const __m128i zero = _mm_set1_epi8('0'), nine = _mm_set1_epi8(9);
	const __m128i paren = _mm_set1_epi8('(');
	/* （ is EF BC 88: its three bytes compared at once, from three loads a byte apart (the
	 * other characters that begin with EF, ， ： ）…, are no marker) */
	const __m128i wide0 = _mm_set1_epi8((char)0xEF), wide1 = _mm_set1_epi8((char)0xBC);
	const __m128i wide2 = _mm_set1_epi8((char)0x88);
	for (; p + 18 <= end; p += 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(norm + p));
		__m128i v1 = _mm_loadu_si128((const __m128i *)(norm + p + 1));
		__m128i v2 = _mm_loadu_si128((const __m128i *)(norm + p + 2));
		__m128i digit = _mm_sub_epi8(v, zero); /* a digit: 0…9 unsigned */
		__m128i hit = _mm_cmpeq_epi8(_mm_min_epu8(digit, nine), digit);
		hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, paren));
		__m128i wide = _mm_and_si128(_mm_cmpeq_epi8(v, wide0), _mm_cmpeq_epi8(v1, wide1));
		hit = _mm_or_si128(hit, _mm_and_si128(wide, _mm_cmpeq_epi8(v2, wide2)));
		int mask = _mm_movemask_epi8(hit);
		if (mask)
			return p + (gsize)__builtin_ctz((unsigned)mask);
	}
#endif
	for (; p < end; p++)
		if (marker_lead(norm, p, end))
			return p;
	return end;
}

gsize
cf_prose_next_marker_lead(const char *norm, gsize p, gsize end)
{
	return next_marker_lead(norm, p, end);
}

static gboolean
atom_kind(const CfClaim *c)
{
	if (!c->has_value)
		return FALSE;
	switch (c->kind) {
	case CF_CLAIM_AMOUNT:
	case CF_CLAIM_EXPRESSION:
	case CF_CLAIM_RATE:
	case CF_CLAIM_COUNT:
		return TRUE;
	case CF_CLAIM_QUANTITY:
		return cf_claim_is_additive_quantity(c);
	default:
		return FALSE;
	}
}

static gboolean
text_equals_cue_only(const CfDocument *doc, gsize start, gsize end)
{
#define CUE_WORD(text) {text, sizeof text - 1}
	static const struct {
		const char *text;
		gsize length;
	} words[] = {CUE_WORD("主要"), CUE_WORD("其中"), CUE_WORD("包括"), CUE_WORD("包含"),
		     CUE_WORD("分别"), CUE_WORD("："),   CUE_WORD(":"),    CUE_WORD(" "),
		     CUE_WORD("\t"),   CUE_WORD("　"),   CUE_WORD("\n")};
#undef CUE_WORD
	gboolean cue = FALSE;
	gsize p = start;
	while (p < end) {
		gboolean matched = FALSE;
		for (gsize w = 0; w < G_N_ELEMENTS(words); w++) {
			gsize n = words[w].length;
			/* the first byte first: most clauses fail there */
			if (doc->norm[p] == words[w].text[0] && p + n <= end &&
			    memcmp(doc->norm + p, words[w].text, n) == 0) {
				if (w >= 1 && w <= 4)
					cue = TRUE;
				p += n;
				matched = TRUE;
				break;
			}
		}
		if (!matched)
			return FALSE;
	}
	return cue;
}

/* TRUE when norm[start, end) is @word with at most spaces and a colon around it. */
static gboolean
text_is_only(const CfDocument *doc, gsize start, gsize end, const char *word)
{
	while (start < end && (doc->norm[start] == ' ' || doc->norm[start] == '\t'))
		start++;
	gsize n = strlen(word);
	if (start + n > end || memcmp(doc->norm + start, word, n) != 0)
		return FALSE;
	start += n;
	while (start < end && (doc->norm[start] == ' ' || doc->norm[start] == ':'))
		start++;
	if (start + 3 <= end && memcmp(doc->norm + start, "：", 3) == 0)
		start += 3;
	return start == end;
}

static gboolean
starts_with_skipping_space(const CfDocument *doc, gsize start, gsize end, const char *word)
{
	while (start < end && (doc->norm[start] == ' ' || doc->norm[start] == '\t'))
		start++;
	gsize n = strlen(word);
	return start + n <= end && memcmp(doc->norm + start, word, n) == 0;
}

/* TRUE when the last sentence that starts in norm[@from, @to) opens with 其中 (after spaces). */
static gboolean
opens_with_qizhong(const CfDocument *doc, gsize from, gsize to)
{
	static const char *const stops[] = {"。", "！", "？", NULL};
	gsize start = G_MAXSIZE;
	for (guint i = 0; stops[i]; i++) {
		gsize n = strlen(stops[i]);
		for (const char *p = doc->norm + from;
		     (p = memmem(p, to - (gsize)(p - doc->norm), stops[i], n)); p += n)
			if (start == G_MAXSIZE || (gsize)(p - doc->norm) + n > start)
				start = (gsize)(p - doc->norm) + n;
	}
	return start != G_MAXSIZE && starts_with_skipping_space(doc, start, to, "其中");
}

/* The cue words a lead is read for, and the flags each gives (PART and MAJOR count only as
 * described in lead_flags()). */
typedef struct {
	const char *text;
	gsize length;
	guint flags;
	const char *const *not_before; /* words after which it is not the cue, or NULL */
} LeadWord;

#define LEAD_WORD(text, flags)                     \
	{                                          \
		text, sizeof text - 1, flags, NULL \
	}
#define LEAD_WORD_NOT_BEFORE(text, flags, words)    \
	{                                           \
		text, sizeof text - 1, flags, words \
	}

/* 标准 of a norm met, not of an amount each (水质达到或优于…Ⅲ类标准的断面有61个, 标准化建设) */
static const char *const standard_met[] = {"的", "化", NULL};
/* 增收节支 and 已减少财政拨款或补贴 name what an audit achieved (为国家增收节支492亿元，其中已上交
 * 财政267亿元，已减少财政拨款或补贴33亿元，已归还原渠道资金192亿元): a whole and a part, no
 * change */
static const char *const saved_for_state[] = {"节支", NULL};
static const char *const grants_reduced[] = {"财政拨款或补贴", NULL};
/* 增加值 is value added, a level (市属国有工业企业累计增加值66.97亿元), not an increase */
static const char *const value_added[] = {"值", NULL};

static const LeadWord lead_words[] = {
	LEAD_WORD("每", CF_PROSE_EACH),
	LEAD_WORD_NOT_BEFORE("标准", CF_PROSE_EACH, standard_met),
	LEAD_WORD("人均", CF_PROSE_EACH | CF_PROSE_DERIVED),
	LEAD_WORD("单价", CF_PROSE_EACH),
	LEAD_WORD("成本", CF_PROSE_DERIVED),
	LEAD_WORD("平均", CF_PROSE_DERIVED),
	LEAD_WORD("合计", CF_PROSE_CLOSING),
	LEAD_WORD("共计", CF_PROSE_CLOSING),
	LEAD_WORD("总计", CF_PROSE_CLOSING),
	LEAD_WORD("总共", CF_PROSE_CLOSING),
	LEAD_WORD("小计", CF_PROSE_CLOSING),
	LEAD_WORD("累计", CF_PROSE_CLOSING),
	LEAD_WORD("其中", CF_PROSE_PART),
	LEAD_WORD("包括", CF_PROSE_PART),
	LEAD_WORD("包含", CF_PROSE_PART),
	LEAD_WORD("分别", CF_PROSE_PART),
	LEAD_WORD("具体是", CF_PROSE_PART),
	LEAD_WORD("具体为", CF_PROSE_PART),
	LEAD_WORD("主要", CF_PROSE_MAJOR),
	LEAD_WORD_NOT_BEFORE("增加", CF_PROSE_CHANGE, value_added),
	LEAD_WORD_NOT_BEFORE("减少", CF_PROSE_CHANGE, grants_reduced),
	LEAD_WORD("增长", CF_PROSE_CHANGE),
	LEAD_WORD("下降", CF_PROSE_CHANGE),
	LEAD_WORD("比上年", CF_PROSE_CHANGE),
	LEAD_WORD("同比", CF_PROSE_CHANGE),
	LEAD_WORD("较上年", CF_PROSE_CHANGE),
	LEAD_WORD("比上一年", CF_PROSE_CHANGE),
	LEAD_WORD("较上一年", CF_PROSE_CHANGE),
	LEAD_WORD("上升", CF_PROSE_CHANGE),
	LEAD_WORD("降低", CF_PROSE_CHANGE),
	LEAD_WORD("节约", CF_PROSE_CHANGE),
	LEAD_WORD_NOT_BEFORE("增收", CF_PROSE_CHANGE, saved_for_state),
	LEAD_WORD("减收", CF_PROSE_CHANGE),
	LEAD_WORD("增支", CF_PROSE_CHANGE),
	LEAD_WORD("减支", CF_PROSE_CHANGE),
	/* a budget variance (完成预算46508万元的100.8%，超收392万元) is no part either */
	LEAD_WORD("超收", CF_PROSE_CHANGE),
	LEAD_WORD("短收", CF_PROSE_CHANGE),
	LEAD_WORD("欠收", CF_PROSE_CHANGE),
	LEAD_WORD("超支", CF_PROSE_CHANGE),
	/* nor is a budget's adjustment (调增39,710万元) */
	LEAD_WORD("调增", CF_PROSE_CHANGE),
	LEAD_WORD("调减", CF_PROSE_CHANGE),
};

/* A character's UTF-8 bytes (up to the first three) as one number, to compare characters
 * with one comparison. */
static inline guint32
char_key(const char *p)
{
	const guchar *u = (const guchar *)p;
	return (guint32)u[0] << 16 | (guint32)u[1] << 8 | u[2];
}

/* A character key's low six bits of its second and third bytes: what tells most characters
 * of three bytes apart (a filter of 4096 bits rules out almost every other character). */
static inline guint
char_filter_bit(guint32 key)
{
	return (key >> 2 & 0xFC0) | (key & 0x3F);
}

typedef struct {
	guint32 first[G_N_ELEMENTS(lead_words)]; /* char_key() of each word's first character */
	guint64 any[64]; /* bit char_filter_bit() of every first character */
	guint64 words[64]; /* for each key % 64: the words (bit k: lead_words[k]) it stands for */
} LeadIndex;

G_STATIC_ASSERT(G_N_ELEMENTS(lead_words) <= 64);

static const LeadIndex *
lead_index(void)
{
	static LeadIndex index;
	static gsize ready = 0;
	if (g_once_init_enter(&ready)) {
		for (gsize k = 0; k < G_N_ELEMENTS(lead_words); k++) {
			/* every word begins with a character of three bytes */
			g_assert(lead_words[k].length >= 3);
			index.first[k] = char_key(lead_words[k].text);
			guint bit = char_filter_bit(index.first[k]);
			index.any[bit / 64] |= G_GUINT64_CONSTANT(1) << (bit % 64);
			index.words[index.first[k] % 64] |= G_GUINT64_CONSTANT(1) << k;
		}
		g_once_init_leave(&ready, 1);
	}
	return &index;
}

/* The flags of every lead word norm[start, end) contains, in one pass over it (a word of
 * valid UTF-8 can only begin where a character does; every word begins with a character of
 * three bytes, so only those are compared, first by their bytes at once). */
static guint
lead_words_found(const CfDocument *doc, gsize start, gsize end)
{
	const LeadIndex *index = lead_index();
	guint found = 0;
	for (gsize p = start; p + 3 <= end;) {
		if (((guchar)doc->norm[p] & 0xF0) != 0xE0) {
			p++;
			continue;
		}
		/* a character of three bytes: the next can begin only after it */
		guint32 key = char_key(doc->norm + p);
		p += 3;
		guint bit = char_filter_bit(key);
		if (!(index->any[bit / 64] & (G_GUINT64_CONSTANT(1) << (bit % 64))))
			continue;
		/* only the words whose first character falls on the same bit */
		for (guint64 words = index->words[key % 64]; words; words &= words - 1) {
			const guint k = (guint)__builtin_ctzll(words);
			const LeadWord *w = &lead_words[k];
			const gsize at = p - 3;
			if (key == index->first[k] && at + w->length <= end &&
			    memcmp(doc->norm + at, w->text, w->length) == 0 &&
			    !(w->not_before && at + w->length < end &&
			      cf_rates_first_of(doc->norm + at + w->length, end - at - w->length,
						w->not_before) == 0))
				found |= w->flags;
		}
	}
	return found;
}

/* TRUE when the lead norm[@s, @e) names owners' equity's total (所有者权益合计, 净资产合计):
 * assets less liabilities, no sum of the figures before it. */
static gboolean
names_equity(const CfDocument *doc, gsize s, gsize e)
{
	static const char *const equity[] = {"权益合计", "权益总计",   "权益共计",
					     "净资产",   "所有者权益", NULL};
	for (guint i = 0; equity[i]; i++)
		if (cf_utf8_find(doc->norm + s, e - s, equity[i], strlen(equity[i])))
			return TRUE;
	return FALSE;
}

/* The words that close a list on its total (共计 …), 累计 and 小计 aside. */
static const char *const closing_words[] = {"合计", "共计", "总计", "总共", NULL};

/* Characters of a name before 累计 that make it the named thing's figure to date. */
#define CUMULATIVE_SUBJECT_CHARS 4

/* TRUE when the closing word of the lead norm[@s, @e) is 累计 with a verb after it (支出累计完成
 * 397641万元, 累计实现), or after the name of what it is of (学校和社会投入资金累计达0.29万亿元,
 * a part like its siblings, 财政投入资金累计达1.45万亿元): a figure to date, not the total of
 * the figures before it (…，累计150万元, 累计为 and 两项累计 are). */
static gboolean
cumulative_only(const CfDocument *doc, gsize s, gsize e)
{
	static const char cumulative[] = "累计";
	static const char *const fillers[] = {"为", "达", "共", "约", "了", " ", NULL};
	static const char *const summing[] = {"以上", "上述", "两", "各", "这", "合", "总", NULL};
	const char *text = doc->norm + s, *at = NULL;
	gsize n = e - s;
	for (const char *p = text;
	     (p = memmem(p, n - (gsize)(p - text), cumulative, sizeof cumulative - 1));
	     p += sizeof cumulative - 1)
		at = p;
	if (at == NULL)
		return FALSE;
	if (cf_rates_first_of(text, n, closing_words) < n)
		return FALSE;
	gsize named = (gsize)(at - text);
	if (g_utf8_strlen(text, (gssize)named) >= CUMULATIVE_SUBJECT_CHARS &&
	    cf_rates_first_of(text, named, summing) == named)
		return TRUE;
	gsize from = (gsize)(at - text) + sizeof cumulative - 1;
	while (cf_rates_skip_word(text, n, &from, fillers))
		;
	return from < n;
}

/* Where the text after the last opening parenthesis of norm[@start, @end) begins, or @end
 * when there is none (or it is closed again). */
static gsize
paren_opened_at_end(const CfDocument *doc, gsize start, gsize end)
{
	for (gsize p = end; p > start;) {
		gsize width;
		int paren = cf_rates_paren_at(doc->norm, end, --p, &width);
		if (paren < 0)
			return end;
		if (paren > 0)
			return p + width;
	}
	return end;
}

/* TRUE when the lead norm[@s, @e) names two things or more (和, 及, 与, 、), then 共计 (合计,
 * 总计, 总共), after 其中 or 包括 in it or earlier in its sentence (from @sentence_start): the
 * total is of what its own words name, a part of the list (其中县政府门户网站概况类信息和政务
 * 动态信息共计1495条; 包括:人事信息12条,…,解读及回应信息共计110条,其他类信息1827条); a name
 * with 合计 in it alone (包括本年收入合计6925.14万元) stays a total, and so do the words that
 * sum up what came before (以上, 上述); a name of the rest (其他信息共计2004条) is a part. */
static gboolean
totals_after_cue(const CfDocument *doc, gsize s, gsize e, gsize sentence_start)
{
	static const char *const cues[] = {"其中", "包括", NULL};
	static const char *const joints[] = {"和", "及", "与", "、", NULL};
	static const char *const summing_up[] = {"以上", "上述", NULL};
	static const char *const others[] = {"其他", "其它", NULL};
	gsize total = cf_rates_first_of(doc->norm + s, e - s, closing_words);
	if (total >= e - s)
		return FALSE;
	gsize cue = cf_rates_first_of(doc->norm + s, total, cues);
	if (cue < total) {
		s += cue, total -= cue; /* (the things named after the cue) */
	} else if (sentence_start >= s ||
		   cf_rates_first_of(doc->norm + sentence_start, s - sentence_start, cues) ==
			   s - sentence_start ||
		   cf_rates_first_of(doc->norm + s, total, summing_up) < total) {
		return FALSE;
	}
	/* (…其他信息共计2004条: the rest of the list, by its name) */
	return cf_rates_first_of(doc->norm + s, total, joints) < total ||
	       cf_rates_first_of(doc->norm + s, total, others) < total;
}

static guint
lead_flags(const CfDocument *doc, const CfClaim *c, gsize lead, gsize clause_before,
	   gsize clause_before_end, gboolean clause_before_free, gsize sentence_start)
{
	gsize s = lead, e = c->range.start;
	/* the words of a percentage in the lead are its own (非税收入49406万元，增长67.1%上级补助
	 * 405490万元: 上级补助 is no change) */
	const char *percent = memrchr(doc->norm + s, '%', e - s);
	if (percent)
		s = (gsize)(percent - doc->norm) + 1;
	guint found = lead_words_found(doc, s, e);
	if ((found & CF_PROSE_CLOSING) &&
	    (cumulative_only(doc, s, e) || names_equity(doc, s, e) ||
	     totals_after_cue(doc, s, e, sentence_start)))
		found &= ~(guint)CF_PROSE_CLOSING;
	/* what is left out is no part (统计数据不包含…项目款639万元) */
	static const char *const excluded[] = {"不包含", "不包括", "未包含", "未包括", NULL};
	if ((found & CF_PROSE_PART) && cf_rates_first_of(doc->norm + s, e - s, excluded) < e - s)
		found &= ~(guint)CF_PROSE_PART;
	guint f = found & (CF_PROSE_EACH | CF_PROSE_DERIVED | CF_PROSE_CLOSING | CF_PROSE_CHANGE);
	if (c->kind == CF_CLAIM_RATE)
		f |= CF_PROSE_EACH;
	if (!(found & CF_PROSE_CLOSING) && text_is_only(doc, s, e, "共"))
		f |= CF_PROSE_CLOSING; /* "，共5万元"; not 共认定人才288名 (a count of its own) */
	gboolean in_lead = (found & CF_PROSE_PART) != 0, before = FALSE;
	if (!in_lead && clause_before_free && clause_before < clause_before_end &&
	    text_equals_cue_only(doc, clause_before, clause_before_end))
		before = TRUE;
	/* the clause before ends with a parenthesis opened on the cue alone: 11167万元(其中，…)
	 * (asked only of a clause ending with 其中: most end otherwise) */
	if (!in_lead && !before && clause_before + strlen("(其中") <= clause_before_end &&
	    memcmp(doc->norm + clause_before_end - strlen("其中"), "其中", strlen("其中")) == 0) {
		gsize open = paren_opened_at_end(doc, clause_before, clause_before_end);
		if (open < clause_before_end &&
		    text_equals_cue_only(doc, open, clause_before_end)) {
			before = TRUE;
			clause_before = open;
		}
	}
	if (!in_lead && !before && (found & CF_PROSE_MAJOR))
		f |= CF_PROSE_EXPLAINS;
	if (in_lead || before) {
		f |= CF_PROSE_PART;
		gsize cs = in_lead ? s : clause_before, ce = in_lead ? e : clause_before_end;
		if (in_lead ? (found & CF_PROSE_MAJOR) != 0 : cf_prose_contains(doc, cs, ce, "主要"))
			f |= CF_PROSE_MAJOR;
		if (cs >= sentence_start && only_blanks(doc->norm, sentence_start, cs) &&
		    (starts_with_skipping_space(doc, cs, ce, "其中") ||
		     starts_with_skipping_space(doc, cs, ce, "包括")))
			f |= CF_PROSE_SENTENCE_CUE;
	}
	return f;
}

/* Scratch arrays for reading a passage, one set per thread, emptied (not freed) for each
 * passage: what a passage keeps is copied out of them at the end in blocks of its size. */
typedef struct {
	/* the atoms' claims: n_claims of them in room for claims_capacity */
	const CfClaim **claims;
	guint n_claims, claims_capacity;
	/* atom arrays of cleared passages, emptied, for the next passages to fill (at most
	 * SPARE_ATOM_ARRAYS: a document's passages are read and cleared together) */
	GPtrArray *spare_atoms;
	/* the markers, then the unit starts: n_offsets of them in room for capacity */
	gsize *offsets;
	guint n_offsets, capacity;
} PassageScratch;

static void
passage_scratch_free(gpointer data)
{
	PassageScratch *scratch = data;
	g_free(scratch->claims);
	g_ptr_array_unref(scratch->spare_atoms);
	g_free(scratch->offsets);
	g_free(scratch);
}

static GPrivate passage_scratch_key = G_PRIVATE_INIT(passage_scratch_free);

static PassageScratch *
passage_scratch(void)
{
	PassageScratch *scratch = g_private_get(&passage_scratch_key);
	if (scratch == NULL) {
		scratch = g_new(PassageScratch, 1);
		scratch->claims_capacity = 64;
		scratch->claims = g_new(const CfClaim *, scratch->claims_capacity);
		scratch->spare_atoms = g_ptr_array_new_with_free_func((GDestroyNotify)g_array_unref);
		scratch->capacity = 64;
		scratch->offsets = g_new(gsize, scratch->capacity);
		g_private_set(&passage_scratch_key, scratch);
	}
	scratch->n_claims = 0;
	scratch->n_offsets = 0;
	return scratch;
}

/* Appends @claim to @scratch's claims (in place, as the offsets below). */
static inline void
scratch_push_claim(PassageScratch *scratch, const CfClaim *claim)
{
	if (scratch->n_claims == scratch->claims_capacity) {
		scratch->claims_capacity *= 2;
		scratch->claims = g_renew(const CfClaim *, scratch->claims, scratch->claims_capacity);
	}
	scratch->claims[scratch->n_claims++] = claim;
}

/* The start of the character before @p, not before @start (NULL when none): what
 * g_utf8_find_prev_char(@start, @p) gives, without a call per atom. */
static inline const char *
prev_char_from(const char *start, const char *p)
{
	while (p > start)
		if (((guchar)*--p & 0xC0) != 0x80)
			return p;
	return NULL;
}

/* Appends @offset to @scratch's offsets (in place: most passages add a few dozen). */
static inline void
scratch_push_offset(PassageScratch *scratch, gsize offset)
{
	if (scratch->n_offsets == scratch->capacity) {
		scratch->capacity *= 2;
		scratch->offsets = g_renew(gsize, scratch->offsets, scratch->capacity);
	}
	scratch->offsets[scratch->n_offsets++] = offset;
}

/* An opening (@open) or closing parenthesis: *@depth of them open, *@paren the number of the
 * outermost one open (0 when none), *@parens how many the passage has opened. */
static inline void
paren_step(gboolean open, guint *depth, guint *paren, guint *parens)
{
	if (open) {
		if ((*depth)++ == 0)
			*paren = ++*parens;
	} else if (*depth > 0 && --*depth == 0) {
		*paren = 0;
	}
}

/* TRUE when norm[@p, @end) opens with the words of a figure that replaces the one before
 * (调整为, 增加到 …): what precedes is the old value (由年初的76138万元调整为89138万元), no part
 * beside the new one. */
static gboolean
replaced_after(const char *norm, gsize p, gsize end)
{
	static const char *const words[] = {"调整为", "调整到", "调整至", "调增为", "调增至",
					    "调减为", "调减至", "变更为", "增加到", "增加至",
					    "减少到", "减少至", "增长到", "下降到", "增至",
					    "降至",   "减至",   NULL};
	while (p < end && norm[p] == ' ')
		p++;
	for (guint i = 0; words[i]; i++) {
		gsize n = strlen(words[i]);
		if (end - p >= n && memcmp(norm + p, words[i], n) == 0)
			return TRUE;
	}
	return FALSE;
}

/* TRUE when norm[@p, @end) opens with 的 and a percentage (的67.2%): what precedes is the
 * percentage's base. */
static gboolean
percentage_after_de(const char *norm, gsize p, gsize end)
{
	static const char de[] = "的";
	while (p < end && norm[p] == ' ')
		p++;
	if (end - p < sizeof de || memcmp(norm + p, de, sizeof de - 1) != 0)
		return FALSE;
	p += sizeof de - 1;
	gsize digits = p;
	while (p < end && (g_ascii_isdigit(norm[p]) || norm[p] == '.'))
		p++;
	while (p < end && norm[p] == ' ')
		p++;
	return p > digits && p < end && norm[p] == '%';
}

/* cf_prose_passage_init(), with @items (@n_items of them, at least two; or NULL) the norm
 * offsets where the passage's items start when they are named, not numbered (其中：/人员经费
 * …/公用经费…): they open units as numbered items do, and no numbered marker is looked for. */
static void
passage_init(CfProsePassage *passage, const CfCheckContext *context, CfRange range, gint table,
	     gint row, gint column, const gsize *items, guint n_items)
{
	const CfDocument *doc = context->document;
	memset(passage, 0, sizeof *passage);
	passage->context = context;
	passage->range = range;
	passage->table = table;
	passage->row = row;
	passage->column = column;
	PassageScratch *scratch = passage_scratch();

	/* the claims of the passage; those inside an expression are its operands */
	gsize expression_end = 0;
	for (guint i = cf_rates_first_claim_at(context, range.start); i < context->claims->len; i++) {
		const CfClaim *c = g_ptr_array_index(context->claims, i);
		if (c->range.start >= range.end)
			break;
		if (c->range.end > range.end || !atom_kind(c))
			continue;
		if (table >= 0 && (c->table != table || c->row != row || c->cell_column != column))
			continue;
		if (c->kind == CF_CLAIM_EXPRESSION) {
			/* drop operands already taken (they start where the expression does) */
			while (scratch->n_claims &&
			       scratch->claims[scratch->n_claims - 1]->range.start >= c->range.start)
				scratch->n_claims--;
			scratch_push_claim(scratch, c);
			expression_end = MAX(expression_end, c->range.end);
			continue;
		}
		if (c->range.start < expression_end)
			continue;
		scratch_push_claim(scratch, c);
	}

	/* one atom per claim, each written in place below */
	passage->atoms = scratch->spare_atoms->len
				 ? g_ptr_array_steal_index_fast(scratch->spare_atoms,
								scratch->spare_atoms->len - 1)
				 : g_array_sized_new(FALSE, FALSE, sizeof(CfProseAtom), scratch->n_claims);
	g_array_set_size(passage->atoms, scratch->n_claims);

	/* numbered item markers: the chain 1, 2, 3 … in order (a marker numbered otherwise
	 * is passed over) */
	int expected = 1;
	for (guint i = 0; i < n_items; i++)
		scratch_push_offset(scratch, items[i]);
	for (gsize p = items ? range.end : next_marker_lead(doc->norm, range.start, range.end);
	     p < range.end; p = next_marker_lead(doc->norm, p + 1, range.end)) {
		int n;
		if (marker_at(doc->norm, range.start, p, range.end, &n) && n == expected) {
			scratch_push_offset(scratch, p);
			expected++;
		}
		/* a digit after a digit is no marker (a marker follows a separator): on past the
		 * run of digits of a number */
		while (p + 1 < range.end && g_ascii_isdigit(doc->norm[p]) &&
		       g_ascii_isdigit(doc->norm[p + 1]))
			p++;
	}
	if (scratch->n_offsets < 2)
		scratch->n_offsets = 0;
	const guint n_markers = scratch->n_offsets;

	/* one pass: clauses, sentences, units and the leads of the claims */
	gsize last_sep_end = range.start, prev_sep_end = range.start, sentence_start = range.start;
	guint sentence = 0, unit = 0, next_marker = 0, k = 0;
	guint depth = 0, paren = 0, parens = 0; /* open parentheses, the outermost one's number */
	gsize previous_claim_end = range.start;
	gsize unit_start = range.start;
	gsize marker_end = 0; /* the end of the last numbered item marker passed */
	scratch_push_offset(scratch, unit_start);
	gsize p = range.start;
	while (k < scratch->n_claims) {
		const CfClaim *c = scratch->claims[k];
		if (p >= c->range.start || p >= range.end) {
			CfProseAtom a = {0};
			a.claim = c;
			a.lead_start = MAX(last_sep_end, previous_claim_end);
			if (a.lead_start > c->range.start)
				a.lead_start = c->range.start;
			a.sentence = sentence;
			a.unit = unit;
			a.paren = paren;
			gsize before_end = last_sep_end > prev_sep_end ? last_sep_end : prev_sep_end;
			/* the clause before the lead, without its closing separator */
			if (before_end > prev_sep_end) {
				const char *sep = prev_char_from(doc->norm + prev_sep_end,
								 doc->norm + before_end);
				if (sep)
					before_end = sep - doc->norm;
			}
			a.flags = lead_flags(doc, c, a.lead_start, prev_sep_end, before_end,
					     previous_claim_end <= prev_sep_end, sentence_start);
			g_array_index(passage->atoms, CfProseAtom, k) = a;
			previous_claim_end = MAX(previous_claim_end, c->range.end);
			k++;
			/* continue scanning after the claim */
			if (p < c->range.end)
				p = c->range.end;
			continue;
		}
		/* an ideograph (U+4000–U+9FFF, lead byte E4–E9) is no separator, no sentence or
		 * unit end and no marker (those begin with a digit or a parenthesis) */
		if ((guchar)doc->norm[p] >= 0xE4 && (guchar)doc->norm[p] <= 0xE9) {
			/* the run of ideographs, up to the claim or the end */
			gsize limit = MIN(c->range.start, range.end);
			do
				p += 3;
			while (p < limit && (guchar)doc->norm[p] >= 0xE4 && (guchar)doc->norm[p] <= 0xE9);
			continue;
		}
		if (next_marker < n_markers && p == scratch->offsets[next_marker]) {
			/* a numbered item opens a unit, unless one just began */
			if (!only_blanks(doc->norm, unit_start, p)) {
				unit++;
				unit_start = p;
				scratch_push_offset(scratch, unit_start);
			}
			next_marker++;
			marker_end = p + marker_length(doc->norm, p, range.end);
		}
		guchar b = (guchar)doc->norm[p];
		if (b < 0x80 && !is_separator(b)) {
			/* ASCII ends a unit or a sentence only where it separates (! ? ;) */
			if (b == '(' || b == ')')
				paren_step(b == '(', &depth, &paren, &parens);
			p++;
			continue;
		}
		gunichar ch = cf_utf8_char_at(doc->norm + p);
		gsize next = g_utf8_next_char(doc->norm + p) - doc->norm;
		if (ch == 0xFF08 || ch == 0xFF09) /* （ ） */
			paren_step(ch == 0xFF08, &depth, &paren, &parens);
		/* (not the 、 of a marker: the words of its item's first figure go on from before
		 * it, 其中：1、档案保护经费36万元) */
		if (is_separator(ch) && next > marker_end) {
			/* (a run of separators, blanks between, is one: 其中：\n\n1、… keeps 其中：
			 * as the clause before) */
			if (!only_blanks(doc->norm, last_sep_end, p))
				prev_sep_end = last_sep_end;
			last_sep_end = next;
		}
		if (ends_unit(ch)) {
			unit++;
			unit_start = next;
			scratch_push_offset(scratch, unit_start);
		}
		if (ends_sentence(ch)) {
			sentence++;
			sentence_start = next;
			depth = paren = 0; /* a parenthesis left open ends with its sentence */
		}
		p = next;
	}
	/* the bases of the percentages right after them (…预算50.74万元的67.2%), and the
	 * values a figure after them replaces (由年初的76138万元调整为89138万元) */
	for (guint i = 0; i < scratch->n_claims; i++)
		if (percentage_after_de(doc->norm, scratch->claims[i]->range.end, range.end) ||
		    replaced_after(doc->norm, scratch->claims[i]->range.end, range.end))
			g_array_index(passage->atoms, CfProseAtom, i).flags |= CF_PROSE_BASE;
	/* the thresholds a figure next to them passes */
	for (guint i = 0; i < scratch->n_claims; i++)
		if ((i > 0 && cf_claim_passes_threshold(scratch->claims[i - 1], scratch->claims[i],
							doc->norm)) ||
		    (i + 1 < scratch->n_claims &&
		     cf_claim_passes_threshold(scratch->claims[i + 1], scratch->claims[i],
					       doc->norm)))
			g_array_index(passage->atoms, CfProseAtom, i).flags |= CF_PROSE_BOUND;
	passage->markers = g_memdup2(scratch->offsets, scratch->n_offsets * sizeof(gsize));
	passage->n_markers = n_markers;
	passage->unit_starts = passage->markers + n_markers;
	passage->n_unit_starts = scratch->n_offsets - n_markers;
}

void
cf_prose_passage_init(CfProsePassage *passage, const CfCheckContext *context, CfRange range,
		      gint table, gint row, gint column)
{
	passage_init(passage, context, range, table, row, column, NULL, 0);
}

void
cf_prose_passage_clear(CfProsePassage *passage)
{
	if (passage->atoms) {
		/* kept for the next passage of this thread (no one else holds it) */
		PassageScratch *scratch = g_private_get(&passage_scratch_key);
		if (scratch && scratch->spare_atoms->len < SPARE_ATOM_ARRAYS) {
			g_array_set_size(passage->atoms, 0);
			g_ptr_array_add(scratch->spare_atoms, g_steal_pointer(&passage->atoms));
		} else {
			g_clear_pointer(&passage->atoms, g_array_unref);
		}
	}
	g_clear_pointer(&passage->markers, g_free);
	g_clear_pointer(&passage->narrow, g_hash_table_unref);
	passage->narrow_known = FALSE;
	passage->unit_starts = NULL;
	passage->n_markers = passage->n_unit_starts = 0;
}

static gboolean
range_has_letters(const CfDocument *doc, CfRange r)
{
	for (gsize p = r.start; p < r.end; p = g_utf8_next_char(doc->norm + p) - doc->norm)
		if ((guchar)doc->norm[p] >= 0xE4 && (guchar)doc->norm[p] <= 0xE9)
			return TRUE; /* a CJK ideograph */
	return FALSE;
}

/* TRUE when norm[range] holds a claim that would be an atom of a passage over it. */
static gboolean
range_has_atom(const CfCheckContext *ctx, CfRange range)
{
	for (guint i = cf_rates_first_claim_at(ctx, range.start); i < ctx->claims->len; i++) {
		const CfClaim *c = g_ptr_array_index(ctx->claims, i);
		if (c->range.start >= range.end)
			break;
		if (c->range.end <= range.end && atom_kind(c))
			return TRUE;
	}
	return FALSE;
}

/* Blocks a numbered list after its opening paragraph may run to, at most. */
#define LIST_ITEM_BLOCKS 32

/* Characters an unnumbered item's name may have before its amount, at most. */
#define ITEM_NAME_CHARS 12

/* The amount norm[@p, @end) opens with after a name of ideographs (at most ITEM_NAME_CHARS;
 * blanks before it and a space after it aside): 人员经费489.18万元，主要包括…; else NULL. */
static const CfClaim *
named_amount_at(const CfCheckContext *ctx, gsize p, gsize end)
{
	const char *norm = ctx->document->norm;
	while (p < end && (norm[p] == ' ' || norm[p] == '\t'))
		p++;
	guint chars = 0;
	while (p < end && chars <= ITEM_NAME_CHARS && (guchar)norm[p] >= 0xE4 &&
	       (guchar)norm[p] <= 0xE9) { /* U+4000…U+9FFF: the ideographs, three bytes each */
		p += 3;
		chars++;
	}
	if (chars == 0 || chars > ITEM_NAME_CHARS)
		return NULL;
	while (p < end && norm[p] == ' ')
		p++;
	guint i = cf_rates_first_claim_at(ctx, p);
	if (i >= ctx->claims->len)
		return NULL;
	const CfClaim *c = g_ptr_array_index(ctx->claims, i);
	return c->range.start == p && c->kind == CF_CLAIM_AMOUNT && c->has_value ? c : NULL;
}

/* TRUE when paragraph @block ends (blanks aside) where a list item may: after a sentence or
 * a ；.  One that does not (津贴补⏎贴、…, a line the layout cut) goes on in the next. */
static gboolean
ends_item(const CfDocument *doc, const CfBlock *block)
{
	const char *norm = doc->norm;
	gsize end = block->range.end;
	while (end > block->range.start && (norm[end - 1] == ' ' || norm[end - 1] == '\n'))
		end--;
	if (end == block->range.start)
		return TRUE;
	const char *last = g_utf8_find_prev_char(norm + block->range.start, norm + end);
	return last == NULL || ends_unit(g_utf8_get_char(last));
}

static gboolean names_a_total(const char *label);

/* A list's items, each a paragraph of its own (or several, where the layout cut one). */
typedef struct {
	guint items;  /* two at least, or 0 */
	guint blocks; /* the paragraphs they take */
	gboolean named; /* the items after a 其中： that ends its paragraph open with their names,
			 * not numbers: @starts holds where */
	gsize starts[LIST_ITEM_BLOCKS];
} ListItems;

/* The paragraphs after paragraph @b that go on a list: the items after it when @b ends with
 * 其中：or 包括：, numbered 1、2、3 … or each opening with its name and amount (其中：/人员
 * 经费489.18万元，…/公用经费46.89万元，…); or, @b naming the first item after its 其中： (a
 * paragraph the layout wrapped: …其中：人员经费809961.19元，…。/公用经费71339.2元，…).  Named
 * items are named alike, a measure word in common (经费), and name no total.  @list->items
 * is 0 when none. */
static void
items_after(const CfCheckContext *ctx, guint b, ListItems *list)
{
	const CfDocument *doc = ctx->document;
	const CfBlock *block = g_ptr_array_index(doc->blocks, b);
	list->items = list->blocks = 0;
	list->named = FALSE;
	/* (a heading with its body too: （一）2023年收入预算3814.61万元，其中：) */
	if (block->kind == CF_BLOCK_TABLE)
		return;
	static const char *const openers[] = {"其中：", "其中:", "包括：", "包括:", NULL};
	const char *norm = doc->norm;
	gsize end = block->range.end;
	while (end > block->range.start && (norm[end - 1] == ' ' || norm[end - 1] == '\n'))
		end--;
	gboolean opens = FALSE;
	for (guint i = 0; openers[i] && !opens; i++) {
		gsize n = strlen(openers[i]);
		opens = end - block->range.start >= n && memcmp(norm + end - n, openers[i], n) == 0;
	}
	/* the first item named in @b after its 其中： */
	const CfClaim *first = NULL;
	if (!opens && block->kind == CF_BLOCK_PARAGRAPH) {
		/* (其中 and a colon, the first of each: one search for 其中) */
		const char *q = memmem(norm + block->range.start, end - block->range.start, "其中",
				       strlen("其中"));
		for (; q && first == NULL;
		     q = memmem(q + 1, end - (gsize)(q + 1 - norm), "其中", strlen("其中"))) {
			gsize after = (gsize)(q - norm) + strlen("其中");
			if (after < end && norm[after] == ':')
				first = named_amount_at(ctx, after + 1, end);
			else if (end - after >= 3 && memcmp(norm + after, "：", 3) == 0)
				first = named_amount_at(ctx, after + 3, end);
		}
		if (first == NULL || first->label == NULL)
			return;
		list->items = 1;
	} else if (!opens) {
		return;
	}
	const CfBlock *previous = block;
	for (guint k = b + 1; k < doc->blocks->len && list->items < LIST_ITEM_BLOCKS; k++) {
		/* (an item may have been read as a heading with its body: 1、档案…36万元，用于…；) */
		const CfBlock *item = g_ptr_array_index(doc->blocks, k);
		if (item->kind == CF_BLOCK_TABLE)
			break;
		gsize p = item->range.start;
		while (p < item->range.end && (norm[p] == ' ' || norm[p] == '\t'))
			p++;
		int number;
		gboolean numbered = marker_at(norm, p, p, item->range.end, &number);
		if (list->items > 0 && !ends_item(doc, previous) && !numbered &&
		    item->kind == CF_BLOCK_PARAGRAPH) {
			/* the item before goes on */
			previous = item;
			list->blocks = k - b;
			continue;
		}
		previous = item;
		if (list->items == 0 || first == NULL) {
			if (numbered && number == (int)list->items + 1) {
				list->items++;
				list->blocks = k - b;
				continue;
			}
			if (list->items > 0)
				break;
		}
		/* (a named item is named alike the first, and no total: 基本支出…/项目支出…, not
		 * 年末结转和结余… or 支出合计… after them) */
		const CfClaim *c = item->kind == CF_BLOCK_PARAGRAPH
					   ? named_amount_at(ctx, item->range.start, item->range.end)
					   : NULL;
		if (c == NULL || c->label == NULL || names_a_total(c->label) ||
		    (first && cf_check_label_common_tail(first->label, c->label) < 2))
			break;
		if (first == NULL)
			first = c;
		list->starts[list->items++] = c->range.start;
		list->blocks = k - b;
	}
	/* (items after a first in @b go on its list as the sum family reads a list over a 。:
	 * while the parts stay below the whole, list_goes_on(); they mark no item) */
	list->named = opens && first != NULL;
	if (list->items < 2)
		list->items = list->blocks = 0;
}

/* TRUE when @block is a paragraph whose text opens with 其中 (spaces aside). */
static gboolean
opens_with_qizhong_paragraph(const CfDocument *doc, const CfBlock *block)
{
	if (block->kind != CF_BLOCK_PARAGRAPH)
		return FALSE;
	static const char qizhong[] = "其中";
	gsize p = block->range.start;
	while (p < block->range.end && (doc->norm[p] == ' ' || doc->norm[p] == '\t'))
		p++;
	return block->range.end - p >= sizeof qizhong - 1 &&
	       memcmp(doc->norm + p, qizhong, sizeof qizhong - 1) == 0;
}

static GArray *
passages_new(CfCheckContext *context)
{
	const CfDocument *doc = context->document;
	GArray *passages = g_array_new(FALSE, FALSE, sizeof(CfProsePassage));
	guint table_index = 0;
	for (guint b = 0; b < doc->blocks->len; b++) {
		const CfBlock *block = g_ptr_array_index(doc->blocks, b);
		CfProsePassage passage;
		if (block->kind == CF_BLOCK_TABLE) {
			const CfTable *t = block->table;
			for (guint r = 0; t && r < t->rows->len; r++) {
				const CfRow *row = g_ptr_array_index(t->rows, r);
				if (row->header)
					continue;
				for (guint k = 0; k < row->n_cells; k++) {
					const CfCell *cell = &row->cells[k];
					guint n_claims;
					cf_check_cell_claims(context, table_index, r, cell->column,
							     &n_claims);
					if (n_claims == 0 || !range_has_letters(doc, cell->range))
						continue;
					cf_prose_passage_init(&passage, context, cell->range, table_index, r,
							      cell->column);
					g_array_append_val(passages, passage);
				}
			}
			if (t)
				table_index++;
			continue;
		}
		/* a paragraph that ends with 其中： or 包括： and the items after it, one paragraph
		 * each (…总额为84万元，其中：/1、…36万元…；/2、…16万元…；): one passage */
		CfRange range = block->range;
		ListItems list;
		items_after(context, b, &list);
		if (list.items > 0) {
			range.end = ((const CfBlock *)g_ptr_array_index(doc->blocks, b + list.blocks))
					    ->range.end;
			b += list.blocks;
		}
		/* a paragraph that opens with 其中 goes on from the one before (收入4669万元，…。
		 * / 其中，税收208万元，…；补助收入4461万元，…): one passage */
		while (block->kind == CF_BLOCK_PARAGRAPH && b + 1 < doc->blocks->len &&
		       opens_with_qizhong_paragraph(doc, g_ptr_array_index(doc->blocks, b + 1))) {
			range.end =
				((const CfBlock *)g_ptr_array_index(doc->blocks, b + 1))->range.end;
			b++;
		}
		/* a block without an atom gives an empty passage, which no family reads */
		if (!range_has_atom(context, range))
			continue;
		passage_init(&passage, context, range, -1, -1, -1,
			     list.items && list.named ? list.starts : NULL,
			     list.items && list.named ? list.items : 0);
		passage.list = list.items > 0;
		if (passage.atoms->len)
			g_array_append_val(passages, passage);
		else
			cf_prose_passage_clear(&passage);
	}
	return passages;
}

void
cf_prose_passages_free(GArray *passages)
{
	for (guint i = 0; i < passages->len; i++)
		cf_prose_passage_clear(&g_array_index(passages, CfProsePassage, i));
	g_array_unref(passages);
}

static guint
cell_passage_hash(gconstpointer key)
{
	const CfProsePassage *p = key;
	return (guint)p->table * 2654435761u ^ (guint)p->row * 40503u ^ (guint)p->column;
}

static gboolean
cell_passage_equal(gconstpointer a, gconstpointer b)
{
	const CfProsePassage *p = a, *q = b;
	return p->table == q->table && p->row == q->row && p->column == q->column;
}

const CfProsePassage *
cf_prose_kept_cell_passage(CfCheckContext *context, gint table, gint row, gint column,
			   CfRange range)
{
	if (context->passages == NULL)
		return NULL;
	if (context->cell_passages == NULL) {
		context->cell_passages = g_hash_table_new(cell_passage_hash, cell_passage_equal);
		for (guint i = 0; i < context->passages->len; i++) {
			CfProsePassage *p = &g_array_index(context->passages, CfProsePassage, i);
			if (p->table >= 0)
				g_hash_table_add(context->cell_passages, p);
		}
	}
	CfProsePassage probe = {.table = table, .row = row, .column = column};
	const CfProsePassage *found = g_hash_table_lookup(context->cell_passages, &probe);
	if (found == NULL || found->range.start != range.start || found->range.end != range.end)
		return NULL;
	return found;
}

void
cf_prose_foreach_passage(CfCheckContext *context, CfProsePassageFunc func, gpointer data)
{
	if (context->passages == NULL)
		context->passages = passages_new(context);
	for (guint i = 0; i < context->passages->len; i++)
		func(context, &g_array_index(context->passages, CfProsePassage, i), data);
}

gboolean
cf_prose_in_one_list(CfCheckContext *context, gsize a, gsize b)
{
	if (context->passages == NULL)
		context->passages = passages_new(context);
	/* the last passage that starts at or before @a (they are in document order) */
	GArray *passages = context->passages;
	guint low = 0, high = passages->len;
	while (low < high) {
		guint mid = low + (high - low) / 2;
		if (g_array_index(passages, CfProsePassage, mid).range.start <= a)
			low = mid + 1;
		else
			high = mid;
	}
	if (low == 0)
		return FALSE;
	const CfProsePassage *p = &g_array_index(passages, CfProsePassage, low - 1);
	return p->list && a < p->range.end && b >= p->range.start && b < p->range.end;
}

/* ---- atoms ---- */

static const CfProseAtom *
atom_at(const CfProsePassage *passage, guint i)
{
	return &g_array_index(passage->atoms, CfProseAtom, i);
}

static gboolean
is_money(const CfClaim *c)
{
	if (c->kind == CF_CLAIM_AMOUNT)
		return TRUE;
	return c->kind == CF_CLAIM_EXPRESSION && c->unit && strstr(c->unit, "元");
}

/* TRUE when @c is a count of things with a fraction: a ratio (万人发明专利拥有量55.18件). */
static inline gboolean
is_fractional_count(const CfClaim *c)
{
	return c->kind == CF_CLAIM_COUNT && cf_decimal_trim(c->value).scale > 0;
}

/* TRUE when @c is a count or a quantity that adds up (not 平均年龄45岁, 380公斤/亩, nor a
 * fractional count). */
static gboolean
is_measured(const CfClaim *c)
{
	return (c->kind == CF_CLAIM_QUANTITY || c->kind == CF_CLAIM_COUNT) &&
	       !is_fractional_count(c) && !c->intensive;
}

/* What figures like @c are called in a finding: amounts, counts or quantities. */
static const char *
kind_noun(const CfClaim *c, gboolean plural)
{
	if (is_money(c))
		return plural ? "amounts" : "amount";
	if (c->kind == CF_CLAIM_QUANTITY)
		return plural ? "quantities" : "quantity";
	return plural ? "counts" : "count";
}

/* TRUE when @c counts visits of people (人次), not people. */
static gboolean
is_visits(const CfClaim *c)
{
	gsize n;
	const char *measure = cf_claim_measure(c, &n);
	return n == strlen("人次") && memcmp(measure, "人次", n) == 0;
}

/* TRUE when @c counts people (人, 名, 位, in any magnitude: 万人) or visits of people (人次:
 * 4200余人次 among 6.99万人次 and 4.97万人次). */
static gboolean
counts_people(const CfClaim *c)
{
	gsize n;
	const char *measure = cf_claim_measure(c, &n);
	return cf_rates_names_people(measure, n) || is_visits(c);
}

/* TRUE when @a and @b can be parts of one sum: both money, counts of one measure word, or
 * quantities of one unit in any magnitude (亿立方米 and 万立方米), each adding up.  A count of
 * people may be written in another magnitude (1209.26万人 and its part 10199人, r51-20), and
 * people and their visits (人, 人次) are counted in one list (资助94人 … 合计资助3723人次);
 * other counts may not, as a list of things in 万个 then one in 个 is more often another
 * list (595.8万个住户 after 28536个村级组织，其中28171个村). */
static gboolean
compatible(const CfClaim *a, const CfClaim *b)
{
	if (is_money(a) || is_money(b))
		return is_money(a) && is_money(b);
	if (!is_measured(a) || !is_measured(b) || a->kind != b->kind)
		return FALSE;
	if (a->kind == CF_CLAIM_QUANTITY)
		return cf_claim_same_unit(a, b);
	return g_strcmp0(a->unit, b->unit) == 0 ||
	       (counts_people(a) && counts_people(b) &&
		(cf_claim_same_unit(a, b) || is_visits(a) != is_visits(b)));
}

/* Bytes after a figure and 至 in which 之间 closes a range (至400万人之间) at most. */
#define RANGE_BOUND_BYTES 24

/* TRUE when @c bounds a range (在300万人至400万人之间的有5个): no figure of its own. */
static gboolean
is_range_bound(const CfClaim *c)
{
	static const char between[] = "之间";
	static const char *const to[] = {"至", "到", "~", "-", "－", NULL};
	const char *norm = c->document->norm;
	gsize p = c->range.end, end = c->document->norm_length;
	while (p < end && norm[p] == ' ')
		p++;
	if (end - p >= sizeof between - 1 && memcmp(norm + p, between, sizeof between - 1) == 0)
		return TRUE;
	gsize word = 0;
	if (!cf_rates_skip_word(norm + p, end - p, &word, to))
		return FALSE;
	gsize limit = MIN(end, p + RANGE_BOUND_BYTES);
	static const char *const stops[] = {"，", ",", "。", "；", ";", NULL};
	gsize stop = p + cf_rates_first_of(norm + p, limit - p, stops);
	return cf_utf8_find(norm + p, MIN(stop, limit) - p, between, sizeof between - 1) != NULL;
}

/* An atom that can be a part or a total of a sum. */
static gboolean
summable(const CfProseAtom *a)
{
	if (a->flags & (CF_PROSE_EACH | CF_PROSE_CHANGE | CF_PROSE_BASE | CF_PROSE_BOUND))
		return FALSE;
	if (a->claim->document && is_range_bound(a->claim))
		return FALSE;
	return is_money(a->claim) || is_measured(a->claim);
}

/* ---- counts for per-unit amounts ---- */

/* The measure word and noun of a per-unit phrase: 每个站点 → 个, 站点; 标准1400/人 → 人. */
static void
per_unit_phrase(const CfDocument *doc, const CfProseAtom *a, char measure[8], char noun[64])
{
	measure[0] = noun[0] = '\0';
	const CfClaim *c = a->claim;
	if (c->kind == CF_CLAIM_RATE && c->unit) {
		const char *slash = strrchr(c->unit, '/');
		if (slash && slash[1]) {
			gsize n = g_utf8_next_char(slash + 1) - (slash + 1);
			if (n < 8) {
				memcpy(measure, slash + 1, n);
				measure[n] = '\0';
			}
		}
		return;
	}
	const char *lead = doc->norm + a->lead_start;
	gsize len = c->range.start - a->lead_start;
	const char *each = g_strstr_len(lead, (gssize)len, "每");
	if (each == NULL)
		return;
	const char *p = each + strlen("每");
	const char *end = lead + len;
	if (p >= end)
		return;
	const char *after = g_utf8_next_char(p);
	gsize n = after - p;
	if (n >= 8)
		return;
	memcpy(measure, p, n);
	measure[n] = '\0';
	/* the noun: what follows the measure word, up to the number */
	gsize m = MIN((gsize)(end - after), 63);
	memcpy(noun, after, m);
	noun[m] = '\0';
}

static gboolean
measure_matches(const char *wanted, const char *unit)
{
	if (unit == NULL || wanted[0] == '\0')
		return FALSE;
	if (g_str_has_prefix(unit, wanted))
		return TRUE;
	gboolean a = cf_rates_names_people(wanted, strlen(wanted));
	gboolean b = *unit && cf_rates_names_people(unit, (gsize)(g_utf8_next_char(unit) - unit));
	return a && b;
}

/* TRUE when the words after @count (its noun) name what @noun names: they share the noun's
 * first two characters within NOUN_WINDOW_CHARS characters. */
static gboolean
noun_matches(const CfDocument *doc, const CfClaim *count, const char *noun, gsize limit)
{
	if (noun[0] == '\0')
		return TRUE;
	/* the first two characters of the noun */
	const char *second = g_utf8_next_char(noun);
	const char *third = *second ? g_utf8_next_char(second) : second;
	gsize key = third - noun;
	gsize start = count->range.end;
	gsize end = start;
	for (guint k = 0; k < NOUN_WINDOW_CHARS && end < limit && doc->norm[end]; k++) {
		gunichar ch = cf_utf8_char_at(doc->norm + end);
		if (is_separator(ch) || ch == 0xFF1A)
			break;
		end = g_utf8_next_char(doc->norm + end) - doc->norm;
	}
	char head[16];
	if (key == 0 || key >= sizeof head)
		return FALSE;
	memcpy(head, noun, key);
	head[key] = '\0';
	if (end > start && g_strstr_len(doc->norm + start, (gssize)(end - start), head) != NULL)
		return TRUE;
	/* or the words right before it: 共建设站点50个 */
	gsize before = count->range.start;
	for (guint k = 0; k < NOUN_WINDOW_CHARS && before > 0; k++) {
		const char *prev = g_utf8_find_prev_char(doc->norm, doc->norm + before);
		if (prev == NULL || is_separator(g_utf8_get_char(prev)))
			break;
		before = prev - doc->norm;
	}
	return before < count->range.start &&
	       g_strstr_len(doc->norm + before, (gssize)(count->range.start - before), head) != NULL;
}

CfTerm *
cf_prose_count_term(const CfCheckContext *context, const CfProsePassage *passage, guint index,
		    gsize floor)
{
	const CfDocument *doc = context->document;
	const CfProseAtom *a = atom_at(passage, index);
	char measure[8], noun[64];
	per_unit_phrase(doc, a, measure, noun);
	if (measure[0] == '\0')
		return NULL;
	const CfClaim *found = NULL;
	/* the same sentence (or item) first, nearest first */
	for (guint j = index; j-- > 0 && found == NULL;) {
		const CfProseAtom *b = atom_at(passage, j);
		if (b->sentence != a->sentence || b->claim->range.start < floor)
			break;
		if (b->claim->kind == CF_CLAIM_COUNT && measure_matches(measure, b->claim->unit) &&
		    noun_matches(doc, b->claim, noun, passage->range.end))
			found = b->claim;
	}
	/* then the passage, and the row of a cell, when the phrase names what it counts */
	if (found == NULL && noun[0]) {
		for (guint j = index; j-- > 0 && found == NULL;) {
			const CfProseAtom *b = atom_at(passage, j);
			if (b->claim->kind == CF_CLAIM_COUNT && measure_matches(measure, b->claim->unit) &&
			    noun_matches(doc, b->claim, noun, passage->range.end))
				found = b->claim;
		}
		const CfTable *table = passage->table >= 0 && (guint)passage->table < context->tables->len
					       ? g_ptr_array_index(context->tables, passage->table)
					       : NULL;
		const CfRow *row = table && (guint)passage->row < table->rows->len
					   ? g_ptr_array_index(table->rows, passage->row)
					   : NULL;
		for (guint k = 0; found == NULL && row && k < row->n_cells; k++) {
			guint column = row->cells[k].column;
			guint n_claims = 0;
			const CfClaim *const *claims =
				(gint)column == passage->column
					? NULL
					: cf_check_cell_claims(context, passage->table, passage->row,
							       column, &n_claims);
			for (guint i = 0; found == NULL && i < n_claims; i++) {
				const CfClaim *c = claims[i];
				if (c->kind == CF_CLAIM_COUNT && c->has_value &&
				    measure_matches(measure, c->unit) &&
				    noun_matches(doc, c, noun, doc->norm_length))
					found = c;
			}
		}
	}
	if (found == NULL || found->qualifier != CF_QUALIFIER_NONE)
		return NULL;
	CfDecimal whole = cf_decimal_trim(found->value);
	if (whole.scale != 0 || cf_decimal_sign(whole) <= 0)
		return NULL;
	/* a count of things is an exact whole number */
	return cf_term_new_claim_with_interval(found, cf_interval_point(found->value));
}

CfTerm *
cf_prose_narrowed_term(const CfCheckContext *context, const CfClaim *claim, GHashTable *narrow)
{
	const CfInterval *n = narrow ? g_hash_table_lookup(narrow, claim) : NULL;
	if (n == NULL)
		return cf_check_term(context, claim);
	return cf_term_new_claim_with_interval(claim, *n);
}

static void
record_narrow(GHashTable *narrow, const CfClaim *claim, CfTerm *computed)
{
	if (narrow == NULL)
		return;
	CfDecimal point;
	CfInterval interval, both;
	if (!cf_term_evaluate(computed, NULL, &point, &interval))
		return;
	if (!cf_prose_interval_intersect(claim->interval, interval, &both))
		return;
	CfInterval *stored = g_new(CfInterval, 1);
	*stored = both;
	g_hash_table_replace(narrow, (gpointer)claim, stored);
}

/* ---- relations ---- */

typedef struct {
	CfCheckContext *context;
	const CfProsePassage *passage;
	guint want;
	GArray *found; /* when not NULL: every relation goes here (CfProseFound), whatever want */
	GHashTable *narrow;     /* where to record what results narrow to, or NULL */
	gboolean narrow_terms;  /* the relations' terms read @narrow (else as stated) */
	gboolean *result;  /* per atom: a checked result (a restatement may follow it) */
	gboolean *product; /* per atom: that result came from a product or an expression */
	gboolean *part;    /* per atom: a part of a breakdown (其中…) read before */
	/* per atom, once rate() first asks (else NULL): the nearest atom before it in its
	 * sentence that is a summable amount, and a count of heads (人, 名, 位); G_MAXUINT when
	 * none (in one block, owned) */
	guint *amount_before, *heads_before;
	/* breakdown() reads the parts in step with another list's (companion_of()): each named
	 * as the total is */
	gboolean in_step;
	/* the last flat list summed (add_sum()): its total and its parts' atoms, in order, for
	 * a structure of shares after it (structure_ratios()); G_MAXUINT and NULL when none */
	guint last_total;
	GArray *last_parts;
} Analysis;

static void
add(Analysis *an, CfRelation *relation, guint kind)
{
	/* a statistical bulletin's quantities (播种面积, 产量, 水资源量) are broken down several
	 * ways at once, nested and overlapping: only a near miss says its list was meant whole */
	const CfClaim *result = relation->result->kind == CF_TERM_CLAIM ? relation->result->claim
									 : NULL;
	if (relation->kind == CF_RELATION_SUM && result && result->kind == CF_CLAIM_QUANTITY)
		relation->small_gaps_only = TRUE;
	if (an->found) {
		CfProseFound f = {relation, kind};
		g_array_append_val(an->found, f);
		return;
	}
	if (an->context == NULL || !(an->want & kind)) {
		cf_relation_free(relation);
		return;
	}
	cf_check_add_relation(an->context, relation);
}

static CfTerm *
atom_term(Analysis *an, guint i)
{
	return cf_prose_narrowed_term(an->passage->context, atom_at(an->passage, i)->claim,
				      an->narrow_terms ? an->narrow : NULL);
}

/* TRUE when @c states none (上级补助收入0万元, no 约): zero exactly, not a figure rounded to
 * half a unit. */
static gboolean
states_none(const CfClaim *c)
{
	return cf_decimal_is_zero(c->value) && c->qualifier == CF_QUALIFIER_NONE;
}

/* Whether the figure @c stated agrees with @bp (within @bi): exactly, or within the interval
 * of its rounding — which a whole count of people or things (62人, 12个) and a stated 0 have
 * not. */
static gboolean
agrees(const CfClaim *c, CfDecimal bp, CfInterval bi)
{
	if (cf_decimal_compare(c->value, bp) == 0)
		return TRUE;
	gboolean whole_count = c->kind == CF_CLAIM_COUNT && c->stated.scale == 0 &&
			       c->unit_exponent == 0 && c->qualifier == CF_QUALIFIER_NONE;
	return !whole_count && !states_none(c) && cf_interval_overlaps(c->interval, bi);
}

/* The index of the first numbered item marker of @passage at or after @from (by bisection:
 * the markers are in order), or n_markers when none. */
static guint
first_marker_from(const CfProsePassage *passage, gsize from)
{
	guint low = 0, high = passage->n_markers;
	while (low < high) {
		guint mid = low + (high - low) / 2;
		if (passage->markers[mid] < from)
			low = mid + 1;
		else
			high = mid;
	}
	return low;
}

/* TRUE when a numbered item starts in norm[@from, @to) of @passage. */
static gboolean
item_marker_between(const CfProsePassage *passage, gsize from, gsize to)
{
	guint m = first_marker_from(passage, from);
	return m < passage->n_markers && passage->markers[m] < to;
}

/* Where the numbered item of @passage that norm[@at] stands in ends: the next marker, or
 * G_MAXSIZE when @at is in no item or in the last. */
static gsize
item_end_of(const CfProsePassage *passage, gsize at)
{
	guint m = first_marker_from(passage, at + 1);
	return m > 0 && m < passage->n_markers ? passage->markers[m] : G_MAXSIZE;
}

typedef struct Node Node;
struct Node {
	guint atom;
	GPtrArray *children; /* Node*, or NULL */
	gboolean partial;    /* the children may be only some parts (主要包括) */
	gboolean negated;    /* counts against the total (a gap on the other side of a column
			      * of gaps) */
	guint times; /* the figure is each of this many items' (平安区、循化县各100万元:
			      * 2), or 0 for once */
};

/* The atom of node @k of @nodes. */
static inline const CfProseAtom *
node_atom(const CfProsePassage *passage, GPtrArray *nodes, guint k)
{
	return atom_at(passage, ((Node *)g_ptr_array_index(nodes, k))->atom);
}

static void
node_free(Node *n)
{
	if (n->children)
		g_ptr_array_unref(n->children);
	g_free(n);
}

static gboolean
sum_nodes(const CfProsePassage *passage, GPtrArray *nodes, guint from, guint to, CfDecimal *point,
	  CfInterval *interval)
{
	CfDecimal p = cf_decimal_from_int(0);
	CfInterval i = cf_interval_point(p);
	for (guint k = from; k < to; k++) {
		const Node *n = g_ptr_array_index(nodes, k);
		const CfClaim *c = atom_at(passage, n->atom)->claim;
		CfInterval ci = states_none(c) ? cf_interval_point(c->value) : c->interval;
		for (guint t = 0; t < MAX(n->times, 1); t++)
			if (!cf_decimal_add(p, c->value, &p) || !cf_interval_add(i, ci, &i))
				return FALSE;
	}
	*point = p;
	*interval = i;
	return TRUE;
}

/* TRUE when the parts' sum @p (within @in) makes @head: as stated, rounding to the head
 * (a match only within the rounding of parts written without decimals is no nesting — 16万元
 * over 12万元 and 5万元; nor is 18.5 one of 18: 18万元 over 2.5万元 and 16万元). */
static gboolean
sums_to(const CfClaim *head, CfDecimal p, CfInterval in)
{
	/* (rounding to it: its interval's upper end rounds up, 2.5万元 + 16万元 is no 18万元) */
	return agrees(head, p, in) && cf_interval_contains(head->interval, p) &&
	       (head->interval.high_unbounded || cf_decimal_compare(p, head->interval.high) < 0);
}

/* TRUE when parts summing to @in are already more than @head can be (parts are positive). */
static gboolean
past(const CfClaim *head, CfInterval in)
{
	return !in.low_unbounded && !head->interval.high_unbounded &&
	       cf_decimal_compare(in.low, head->interval.high) > 0;
}

/* Moves nodes [@from, @to) of @nodes into @head's children. */
static void
adopt(Node *head, GPtrArray *nodes, guint from, guint to)
{
	head->children = g_ptr_array_new_with_free_func((GDestroyNotify)node_free);
	for (guint m = from; m < to; m++)
		g_ptr_array_add(head->children, g_ptr_array_index(nodes, m));
	g_ptr_array_set_free_func(nodes, NULL);
	g_ptr_array_remove_range(nodes, from, to - from);
	g_ptr_array_set_free_func(nodes, (GDestroyNotify)node_free);
}

/* TRUE when the label of node @i of @nodes ends as each of nodes (@i, @to) do, by three
 * characters or more (…支出预算). */
static gboolean
named_as_siblings(const CfProsePassage *passage, GPtrArray *nodes, guint i, guint to)
{
	const char *head = node_atom(passage, nodes, i)->claim->label;
	if (head == NULL)
		return FALSE;
	for (guint k = i + 1; k < to; k++) {
		const char *label = node_atom(passage, nodes, k)->claim->label;
		if (label == NULL || cf_check_label_common_tail(head, label) < 3)
			return FALSE;
	}
	return TRUE;
}

/* Folds, right to left, every node that is the sum of two or more nodes right after it (a
 * first part as much as @total, when not NULL, only when named otherwise than they are). */
static gboolean
fold(const CfProsePassage *passage, GPtrArray *nodes, const CfClaim *total)
{
	gboolean folded = FALSE;
	for (guint i = nodes->len; i-- > 0;) {
		Node *head = g_ptr_array_index(nodes, i);
		const CfClaim *hc = atom_at(passage, head->atom)->claim;
		for (guint j = i + 3; j <= nodes->len; j++) {
			CfDecimal p;
			CfInterval in;
			if (!sum_nodes(passage, nodes, i + 1, j, &p, &in))
				break;
			/* (the first part, as much as the whole, named as the parts after it are —
			 * 其中:一般公共服务支出预算1,196.3万元,教育支出预算894.1万元,… of 1,196.3 — is
			 * their sibling stated wrong, not their whole) */
			if (i == 0 && total && cf_decimal_compare(hc->value, total->value) == 0 &&
			    named_as_siblings(passage, nodes, i, j))
				break;
			/* (the parts as stated must come within the head's own rounding: a match
			 * only within the rounding of parts written without decimals is no nesting
			 * — 16万元 over 12万元 and 5万元; 科学技术支出6.35亿元 over …资金6亿元 and
			 * 环境保护支出0.32亿元) */
			if (sums_to(hc, p, in)) {
				adopt(head, nodes, i + 1, j);
				folded = TRUE;
				break;
			}
			/* parts are positive: once past the head, stop */
			if (past(hc, in))
				break;
		}
	}
	return folded;
}

/* Folds, left to right, every node that is the sum of two or more nodes right before it: a
 * subtotal stated after its parts (…收入46900万元，加上级补助收入403127万元，…18195万元，全县
 * 一般预算总收入468222万元，加上年结余11080万元，…收入总计481342万元: the 468222 stands for the
 * three before it), within the subtotal's own rounding as fold() asks. */
static void
fold_subtotals(const CfProsePassage *passage, GPtrArray *nodes)
{
	for (guint k = 2; k < nodes->len; k++) {
		Node *head = g_ptr_array_index(nodes, k);
		const CfClaim *hc = atom_at(passage, head->atom)->claim;
		for (guint i = k - 1; i-- > 0;) {
			CfDecimal p;
			CfInterval in;
			if (!sum_nodes(passage, nodes, i, k, &p, &in))
				break;
			if (sums_to(hc, p, in)) {
				adopt(head, nodes, i, k);
				k = i;
				break;
			}
			/* parts are positive: once past the subtotal, stop */
			if (past(hc, in))
				break;
		}
	}
}

/* A term for a figure of a list whose figures are written to @scale decimals in one unit: like
 * a table column, 4万元 among 19.77万元 and 6.15万元 means 4.00万元. */
static CfTerm *
list_term(Analysis *an, guint atom, int scale, int unit_exponent)
{
	CfTerm *term = atom_term(an, atom);
	const CfClaim *c = term->claim;
	if (c->kind == CF_CLAIM_COUNT && c->qualifier == CF_QUALIFIER_NONE &&
	    c->unit_exponent == 0 && cf_decimal_trim(c->value).scale == 0) {
		/* a count of things is exact (12.4万人 is not) */
		term->interval = cf_interval_point(c->value);
		return term;
	}
	cf_prose_interval_at_scale(c, scale, unit_exponent, &term->interval);
	return term;
}

/* The number of characters @a (@na bytes) and @b (@nb bytes) begin with alike. */
static guint
common_head_len(const char *a, gsize na, const char *b, gsize nb)
{
	const char *a_end = a + na, *b_end = b + nb;
	guint n = 0;
	while (a < a_end && b < b_end) {
		const char *next_a = g_utf8_next_char(a), *next_b = g_utf8_next_char(b);
		if (next_a - a != next_b - b || next_a > a_end || next_b > b_end ||
		    memcmp(a, b, (gsize)(next_a - a)) != 0)
			break;
		a = next_a, b = next_b, n++;
	}
	return n;
}

/* The number of characters @a and @b begin with alike. */
static guint
common_head_chars(const char *a, const char *b)
{
	return common_head_len(a, strlen(a), b, strlen(b));
}

/* A part whose own words open a breakdown (…基本支出1589.25万元，主要包括人员经费共1459.39万元，
 * 公用经费129.86万元) makes the part before it a total: it takes the parts from there on, up to
 * the shortest run that adds up to it, else all of them up to the next numbered item. */
static void
nest_by_cues(const CfProsePassage *passage, GPtrArray *nodes)
{
	for (guint k = nodes->len; k-- > 1;) {
		Node *n = g_ptr_array_index(nodes, k);
		const CfProseAtom *a = atom_at(passage, n->atom);
		/* (a figure each of several names is an item: 自治区级和盟市级分别入库1.21亿元) */
		if (!(a->flags & CF_PROSE_PART) || n->times > 1)
			continue;
		Node *head = g_ptr_array_index(nodes, k - 1);
		if (head->children)
			continue;
		const CfClaim *hc = atom_at(passage, head->atom)->claim;
		/* the head in a numbered item (1、基本支出173.89万元，包括：…；2、项目支出…): its
		 * parts end where the next item starts */
		guint limit = k;
		gsize item_end = item_end_of(passage, hc->range.start);
		while (limit < nodes->len &&
		       node_atom(passage, nodes, limit)->claim->range.start < item_end)
			limit++;
		if (limit == k)
			continue;
		/* when no run adds up, the parts end with the part's clause: after a ； the list
		 * it is a part of goes on (其中一般债务1.39亿元，其中外债转贷0.01亿元；专项债务1亿元) */
		guint end = limit;
		for (guint j = k + 1; j < limit && end == limit; j++)
			if (node_atom(passage, nodes, j)->unit != a->unit)
				end = j;
		for (guint j = k + 1; j <= limit; j++) {
			CfDecimal p;
			CfInterval in;
			if (sum_nodes(passage, nodes, k, j, &p, &in) && sums_to(hc, p, in)) {
				end = j;
				break;
			}
		}
		/* (and the parts after a ； named as the head and its first part begin: 公务用车
		 * 购置及运行维护费为0万元…其中:公务用车购置费0万元…;公务用车运行维护费5.98万元) */
		while (end < limit && hc->label && a->claim->label &&
		       node_atom(passage, nodes, end)->claim->label &&
		       common_head_chars(hc->label, a->claim->label) >= 2 &&
		       common_head_chars(hc->label, node_atom(passage, nodes, end)->claim->label) >=
			       2)
			end++;
		adopt(head, nodes, k, end);
		head->partial = (a->flags & CF_PROSE_MAJOR) || end - k == 1;
	}
}

/* Nests under a part of a government's budget revenue (一般公共预算收入, 公共财政预算收入) the
 * parts right after it that are of its kinds (税收收入, 非税收入): 全年实现一般公共预算总收入
 * 15.02亿元，其中：地方一般公共预算收入12.16亿元…；地方税收收入8.79亿元 — the 8.79 is of the
 * 12.16, not beside it.  The nested parts may be only some (partial). */
static void
nest_revenue_kinds(const CfProsePassage *passage, GPtrArray *nodes)
{
	static const char *const revenues[] = {"一般公共预算收入", "公共财政预算收入", NULL};
	static const char *const kinds[] = {"税收收入", "非税收入", NULL};
	for (guint k = 0; k + 1 < nodes->len; k++) {
		Node *head = g_ptr_array_index(nodes, k);
		const char *label = atom_at(passage, head->atom)->claim->label;
		if (head->children || label == NULL || !cf_rates_contains_any(label, revenues) ||
		    cf_rates_contains_any(label, kinds))
			continue;
		guint end = k + 1;
		while (end < nodes->len) {
			const char *l = node_atom(passage, nodes, end)->claim->label;
			if (l == NULL || !cf_rates_contains_any(l, kinds))
				break;
			end++;
		}
		if (end == k + 1)
			continue;
		adopt(head, nodes, k + 1, end);
		head->partial = TRUE;
	}
}

static void
add_sum(Analysis *an, guint total, GPtrArray *nodes, gboolean partial, const char *what)
{
	const CfClaim *total_claim = atom_at(an->passage, total)->claim;
	/* (a range's bound is no whole: 在300万人至400万人之间的有5个) */
	if (total_claim->document && is_range_bound(total_claim))
		return;
	GPtrArray *terms = cf_term_array_new();
	/* the parts as stated, for what they give the total (only kept when narrowing) */
	GPtrArray *plain = an->narrow ? cf_term_array_new() : NULL;
	/* a list is read at the decimals of its finest part, the others' trailing zeros left
	 * unwritten (1800万元 beside 2192.58万元 is 1800.00); at the total's only when the parts
	 * are whole numbers (债务10.0亿元，其中：甲债务3亿元…: 3.0), parts with decimals of their
	 * own being rounded to them (5372.5833万元 over 1800 + 2192.58 + 1380 holds by rounding,
	 * no 2192.5800) */
	int scale = 0;
	/* (output and its sectors are each rounded from unrounded accounts: 地区生产总值275.5亿元
	 * over 36.75 + 111.02 + 127.70 holds as written, no total read at the parts' decimals) */
	const gboolean rounded_apart = cf_rates_names_value_added(total_claim->label);
	for (guint k = 0; k < nodes->len && !rounded_apart; k++) {
		const CfClaim *c = node_atom(an->passage, nodes, k)->claim;
		if (c->qualifier == CF_QUALIFIER_NONE && c->unit_exponent == total_claim->unit_exponent)
			scale = MAX(scale, c->stated.scale);
	}
	if (scale == 0 && total_claim->qualifier == CF_QUALIFIER_NONE)
		scale = total_claim->stated.scale;
	for (guint k = 0; k < nodes->len; k++) {
		Node *n = g_ptr_array_index(nodes, k);
		if (n->children) {
			add_sum(an, n->atom, n->children, n->partial, "the amounts listed after it");
		}
		CfTerm *term = list_term(an, n->atom, scale, total_claim->unit_exponent);
		if (n->times > 1) {
			g_autofree char *label = g_strdup_printf("%u", n->times);
			GPtrArray *factors = cf_term_array_new();
			g_ptr_array_add(factors,
					cf_term_new_constant(cf_decimal_from_int(n->times), label));
			g_ptr_array_add(factors, term);
			term = cf_term_new_product(factors);
			g_autoptr(GString) name = g_string_new(NULL);
			g_string_printf(name, "%u × ", n->times);
			cf_check_append_claim(name, atom_at(an->passage, n->atom)->claim);
			term->label = g_string_free(g_steal_pointer(&name), FALSE);
		}
		g_ptr_array_add(terms, n->negated ? cf_term_new_negated(term) : term);
		if (plain) {
			term = cf_term_new_claim(atom_at(an->passage, n->atom)->claim);
			g_ptr_array_add(plain, n->negated ? cf_term_new_negated(term) : term);
		}
	}
	if (plain) {
		CfTerm *computed = cf_term_new_sum(plain);
		if (!partial)
			record_narrow(an->narrow, total_claim, computed);
		cf_term_free(computed);
	}
	CfRelation *r = cf_relation_new(CF_RELATION_SUM, "sum-mismatch", CF_SEVERITY_ERROR,
					list_term(an, total, scale, total_claim->unit_exponent), terms,
					what);
	r->partial = partial;
	an->result[total] = TRUE;
	/* (a flat list, for a structure of shares after it) */
	gboolean flat = !partial;
	for (guint k = 0; k < nodes->len && flat; k++) {
		const Node *n = g_ptr_array_index(nodes, k);
		flat = n->children == NULL && n->times <= 1 && !n->negated;
	}
	if (flat) {
		if (an->last_parts == NULL)
			an->last_parts = g_array_new(FALSE, FALSE, sizeof(guint));
		g_array_set_size(an->last_parts, 0);
		for (guint k = 0; k < nodes->len; k++)
			g_array_append_val(an->last_parts, ((Node *)g_ptr_array_index(nodes, k))->atom);
		an->last_total = total;
	}
	add(an, r, CF_PROSE_WANT_SUM);
}

static GPtrArray *
nodes_new(void)
{
	return g_ptr_array_new_with_free_func((GDestroyNotify)node_free);
}

static Node *
nodes_add(GPtrArray *nodes, guint atom)
{
	Node *n = g_new0(Node, 1);
	n->atom = atom;
	g_ptr_array_add(nodes, n);
	return n;
}

/* The sign of @a − @b as stated, and whether @gap agrees with its size; 0 when the two are
 * equal or the difference overflows. */
static int
signed_gap(const CfClaim *a, const CfClaim *b, const CfClaim *gap, gboolean *agrees_gap)
{
	*agrees_gap = FALSE;
	int sign = cf_decimal_compare(a->value, b->value);
	if (sign == 0) {
		*agrees_gap = gap && cf_interval_contains(gap->interval, cf_decimal_from_int(0));
		return 0;
	}
	if (sign < 0) {
		const CfClaim *swap = a;
		a = b;
		b = swap;
	}
	CfDecimal point;
	CfInterval interval;
	if (!cf_decimal_sub(a->value, b->value, &point) ||
	    !cf_interval_sub(a->interval, b->interval, &interval))
		return 0;
	*agrees_gap = gap && agrees(gap, point, interval);
	return sign;
}

/* The atom of row @r (0: the total's clause) in column @c of a parallel list of @k figures
 * a row, and its claim. */
static guint
cell_atom(const guint *heads, guint k, GPtrArray *cells, guint r, guint c)
{
	return r == 0 ? heads[c] : ((Node *)g_ptr_array_index(cells, (r - 1) * k + c))->atom;
}

static const CfClaim *
cell_claim(const CfProsePassage *passage, const guint *heads, guint k, GPtrArray *cells, guint r,
	   guint c)
{
	return atom_at(passage, cell_atom(heads, k, cells, r, c))->claim;
}

/* A column of a parallel list that is the gap between two others (支出2.05万元，年初预算为2.95
 * 万元，差值为0.9万元: 0.9 = 2.95 − 2.05) holds each row's gap as a size, whichever side the row
 * is on (公务接待费支出2.05万元，年初预算为2万元，差值为0.05万元 is over budget where the total
 * is under).  A column is taken for the gap of columns @a and @b when more than half of the
 * rows, the total's included, and at least two, say so: one wrong gap does not hide it, one
 * gap that agrees by chance does not make it.  FALSE when @column is no such column. */
static gboolean
gap_column(const CfProsePassage *passage, const guint *heads, guint k, guint column,
	   GPtrArray *cells, guint *a_out, guint *b_out)
{
	guint rows = cells->len / k + 1;
	for (guint a = 0; a < k; a++)
		for (guint b = a + 1; b < k; b++) {
			if (a == column || b == column)
				continue;
			guint agreeing = 0;
			for (guint r = 0; r < rows; r++) {
				gboolean holds;
				signed_gap(cell_claim(passage, heads, k, cells, r, a),
					   cell_claim(passage, heads, k, cells, r, b),
					   cell_claim(passage, heads, k, cells, r, column), &holds);
				agreeing += holds;
			}
			if (agreeing >= 2 && 2 * agreeing > rows) {
				*a_out = a;
				*b_out = b;
				return TRUE;
			}
		}
	return FALSE;
}

/* For the gap column of a parallel list (gap_column()), if it has one: each row's gap
 * against its two figures (the larger less the smaller), and the rows whose gap lies on the
 * other side from the total's marked as counting against it in the column's sum
 * (0.9 = 0.95 − 0.05). */
static void
sign_gap_column(Analysis *an, const guint *heads, guint k, GPtrArray *cells)
{
	const CfProsePassage *passage = an->passage;
	/* in A = B + C each column is the gap of the other two but the largest: the gap is the
	 * one stated last (支出, 年初预算, 差值) */
	guint a = 0, b = 0, column = k;
	while (column-- > 0 && !gap_column(passage, heads, k, column, cells, &a, &b))
		;
	if (column >= k)
		return;
	guint rows = cells->len / k + 1;
	int total_sign = 0;
	for (guint r = 0; r < rows; r++) {
		guint at = cell_atom(heads, k, cells, r, a), bt = cell_atom(heads, k, cells, r, b);
		guint gap_atom = cell_atom(heads, k, cells, r, column);
		gboolean holds;
		int sign = signed_gap(atom_at(passage, at)->claim, atom_at(passage, bt)->claim, NULL,
				      &holds);
		const CfClaim *gap = atom_at(passage, gap_atom)->claim;
		/* a gap written with its sign (当年收支结余-245.07万元) is the first figure less
		 * the second as it stands, and counts with its own sign */
		gboolean stated_sign = cf_decimal_sign(gap->value) < 0;
		if (stated_sign)
			sign = 1;
		if (r == 0)
			total_sign = sign;
		else if (sign != 0 && sign == -total_sign)
			((Node *)g_ptr_array_index(cells, (r - 1) * k + column))->negated = TRUE;
		if (sign == 0)
			continue;
		g_autofree char *what = g_strconcat("the gap", gap->label ? " " : "",
						    gap->label ? gap->label : "", NULL);
		GPtrArray *terms = cf_term_array_new();
		g_ptr_array_add(terms, atom_term(an, sign > 0 ? at : bt));
		g_ptr_array_add(terms, atom_term(an, sign > 0 ? bt : at));
		add(an,
		    cf_relation_new(CF_RELATION_DIFFERENCE, "sum-mismatch", CF_SEVERITY_ERROR,
				    atom_term(an, gap_atom), terms, what),
		    CF_PROSE_WANT_SUM);
	}
}

/* Figures a total's clause may state side by side (支出, 年初预算, 差值) for a parallel list. */
#define PARALLEL_MAX_COLUMNS 8

/* TRUE when @c is one of the two main incomes of a social insurance fund
 * (保险费收入, 财政补贴收入 or 政府资助收入), or of its two main expenditures (待遇支出,
 * 转移支出): such a fund has 利息收入, 委托投资收益, 转移收入 and 其他收入 as
 * well, which a 其中 list of the two leaves out (中央社会保险基金收入预算数676.34亿元…其中，
 * 保险费收入预算数318.61亿元…；财政补贴收入预算数352.90亿元). */
static gboolean
is_main_fund_flow(const CfClaim *c)
{
	/* (a fund spends on 其他支出, 上解上级支出 and 补助下级支出 besides) */
	static const char *const main_incomes[] = {"保险费收入",
						   "财政补贴收入",
						   "政府补贴收入",
						   "政府资助收入",
						   "待遇支出",
						   "转移支出",
						   NULL};
	return c->label != NULL && cf_rates_contains_any(c->label, main_incomes);
}

/* TRUE when every part of @nodes is_main_fund_flow(). */
static gboolean
names_main_fund_flows_only(const CfProsePassage *passage, GPtrArray *nodes)
{
	for (guint k = 0; k < nodes->len; k++)
		if (!is_main_fund_flow(node_atom(passage, nodes, k)->claim))
			return FALSE;
	return nodes->len > 0;
}

/* TRUE when @total names the whole of one of identities.ini's breakdowns and no part of @nodes
 * its remainder: the list is partial (农林牧渔业总产值2081.83亿元，其中农业…林业…牧业…渔业…:
 * 1996.85, without 农林牧渔服务业; 到位资金25143亿元。其中,国内贷款…个人按揭贷款…: 24020,
 * without 其他资金). */
static gboolean
leaves_out_remainder(const CfProsePassage *passage, const CfClaim *total, GPtrArray *nodes)
{
	if (total->label == NULL)
		return FALSE;
	/* NULL when the file is bad: the identity family says so */
	const CfIdentities *identities = cf_identities_of(passage->context->lexicon, NULL);
	GPtrArray *breakdowns = identities ? cf_identities_get_breakdowns(identities) : NULL;
	for (guint r = 0; breakdowns && r < breakdowns->len; r++) {
		const CfBreakdown *b = g_ptr_array_index(breakdowns, r);
		if (!cf_rates_contains_any(total->label, (const char *const *)b->wholes))
			continue;
		for (guint k = 0; k < nodes->len; k++) {
			const char *label = node_atom(passage, nodes, k)->claim->label;
			if (label && cf_rates_contains_any(label, (const char *const *)b->remainders))
				return FALSE;
		}
		return TRUE;
	}
	return FALSE;
}

/* TRUE when each part of @nodes names one of a government's budgets (一般公共预算, 政府性基金,
 * 国有资本经营, 社会保险基金), not all four, and the whole @total none: the whole of a
 * government's finances has the others too (地方财政支出完成962,934万元…。其中:一般公共预算
 * 支出完成835,943万元…。政府性基金预算支出完成124,417万元: no 国有资本经营). */
static gboolean
names_some_budgets_only(const CfProsePassage *passage, const CfClaim *total, GPtrArray *nodes)
{
	if (total->label == NULL || cf_rates_fund_named(total->label) != 0)
		return FALSE;
	guint named = 0; /* the budgets named, a bit each */
	for (guint k = 0; k < nodes->len; k++) {
		guint fund = cf_rates_fund_named(node_atom(passage, nodes, k)->claim->label);
		if (fund == 0)
			return FALSE;
		named |= 1u << (fund - 1);
	}
	return nodes->len > 0 && named != 15;
}

/* Characters after a figure read as the rest of its name (2个省重点专科), at most. */
#define NAME_AFTER_CHARS 12

/* TRUE when the name of @c, its label or the words right after it up to a separator
 * (2个省重点专科,), holds one of @words. */
static gboolean
named_with_any(const CfDocument *doc, const CfClaim *c, gsize end, const char *const *words)
{
	if (c->label && cf_rates_contains_any(c->label, words))
		return TRUE;
	gsize q = c->range.end;
	for (guint n = 0; q < end && n < NAME_AFTER_CHARS; n++) {
		gunichar ch = cf_utf8_char_at(doc->norm + q);
		if (ends_unit(ch) || ch == 0xFF0C || ch == ',' || ch == 0x3001 || ch == '(' ||
		    ch == 0xFF08)
			break;
		q = g_utf8_next_char(doc->norm + q) - doc->norm;
	}
	for (guint k = 0; words[k]; k++)
		if (cf_prose_contains(doc, c->range.end, q, words[k]))
			return TRUE;
	return FALSE;
}

/* TRUE when most parts of @nodes name a distinction held (专家, 学者, 人才, 工匠, 重点专科,
 * 领先学科 …), counts all: honours and designations overlap and cover only some, no breakdown
 * (研究生208人,其中,国务院政府特殊津贴专家3人,国外访问学者1人,…长寿工匠2人; 医技科室12个。
 * 其中:2个省重点专科(…);3个市领先学科(…);11个省市共建学科(…)). */
static gboolean
names_distinctions(const CfProsePassage *passage, GPtrArray *nodes)
{
	static const char *const distinctions[] = {
		"专家",     "学者",     "人才", "带头人",   "英才",     "工匠",     "名医",
		"名师",     "骨干教师", "学科", "重点专科", "特色专科", "劳动模范", "劳模",
		"先进个人", "先进集体", "标兵", "称号",     "荣誉",     "津贴",     NULL};
	const CfDocument *doc = passage->context->document;
	guint named = 0;
	for (guint k = 0; k < nodes->len; k++) {
		const CfClaim *c = node_atom(passage, nodes, k)->claim;
		/* (counts only: 人才培养经费, 学科建设经费 are a budget's parts) */
		if (is_money(c))
			return FALSE;
		if (named_with_any(doc, c, passage->range.end, distinctions))
			named++;
	}
	return nodes->len >= 2 && 2 * named > nodes->len;
}

/* A parallel list: the total's clause states k ≥ 2 figures side by side (…经费支出2.05万元，
 * 年初预算为2.95万元，差值为0.9万元) and each clause of the list after it states k figures for one
 * item in the same order (因公出国（境）支出0万元，年初预算为0万元，差值为0万元；…).  Each of the
 * k figures is then the total of the figures in its place, one per item: k sums, not one sum
 * of every figure.  An item may state fewer than k, in order, when more than half of the
 * items state all k and each of its figures ends as its place's total does (…批复指标39.41亿
 * 元，已用指标33.79亿元，预算结余5.62亿元；…；实拨单位资金预算指标20.58亿元，已用指标20.36亿元:
 * no 结余): a place some item leaves out is summed as a partial list.  Adds them and returns
 * TRUE when @nodes (the list's figures in order) is such a list. */
static gboolean
parallel_breakdown(Analysis *an, guint total, GPtrArray *nodes)
{
	const CfProsePassage *passage = an->passage;
	const CfProseAtom *t = atom_at(passage, total);
	guint heads[PARALLEL_MAX_COLUMNS];
	guint k = 0;
	/* the total's clause-unit only, before the list (units only grow along the atoms; from
	 * the passage's first atom, a passage of n units cost n²); the total may be its first
	 * figure, the one the parts name (当年预算批复指标71.48亿元，已用指标62.09亿元，…) */
	guint first = total;
	while (first > 0 && atom_at(passage, first - 1)->unit == t->unit)
		first--;
	const guint list_start =
		nodes->len ? ((const Node *)g_ptr_array_index(nodes, 0))->atom : total + 1;
	for (guint j = first; j < list_start; j++) {
		const CfProseAtom *b = atom_at(passage, j);
		if (b->unit != t->unit)
			break;
		if (!summable(b) || !compatible(b->claim, t->claim))
			continue;
		if (k == PARALLEL_MAX_COLUMNS)
			return FALSE;
		heads[k++] = j;
	}
	guint n = nodes->len;
	if (k < 2 || n < 2)
		return FALSE;
	/* the items: runs of figures in one clause-unit, each figure's place among the k; each
	 * named by its first figure (保险费收入预算数318.61亿元，决算数308.33亿元) */
	g_autofree guint *place = g_new(guint, n);
	guint rows = 0, full = 0;
	gboolean main_incomes_only = TRUE;
	for (guint start = 0, end; start < n; start = end) {
		guint unit = node_atom(passage, nodes, start)->unit;
		main_incomes_only = main_incomes_only &&
				    is_main_fund_flow(node_atom(passage, nodes, start)->claim);
		for (end = start + 1; end < n && node_atom(passage, nodes, end)->unit == unit;
		     end++)
			;
		if (end - start > k)
			return FALSE;
		rows++;
		if (end - start == k) {
			full++;
			for (guint c = 0; c < k; c++)
				place[start + c] = c;
			continue;
		}
		for (guint m = start, c = 0; m < end; m++, c++) {
			const char *label = node_atom(passage, nodes, m)->claim->label;
			while (c < k &&
			       (label == NULL ||
				cf_check_label_common_tail(
					label, atom_at(passage, heads[c])->claim->label) < 2))
				c++;
			if (c == k)
				return FALSE;
			place[m] = c;
		}
	}
	/* one item stating all k figures, one of them named as its place's total is, is that
	 * item's figure of each (国资系统监管企业实现营业收入59.5万亿元,实现利润总额3.5万亿元…。
	 * 其中中央企业实现营收30.3万亿元,实现利润总额1.9万亿元): each no more than its total */
	gboolean one_item = rows == 1 && full == 1 && k >= 2;
	if (one_item) {
		/* (each named as its own place's total at least as well as any other's, one better
		 * than any other's: 行政单位资产总额, 事业单位资产总额 after 资产总额…，负债总额… are
		 * two parts of one) */
		guint named = 0;
		for (guint c = 0; c < k; c++) {
			const char *label = node_atom(passage, nodes, c)->claim->label;
			guint tails[PARALLEL_MAX_COLUMNS] = {0};
			for (guint h = 0; h < k && label; h++) {
				const char *head = atom_at(passage, heads[h])->claim->label;
				tails[h] = head ? cf_check_label_common_tail(label, head) : 0;
			}
			gboolean strict = tails[c] >= 2;
			for (guint h = 0; h < k; h++) {
				if (tails[h] > tails[c])
					return FALSE;
				strict = strict && (h == c || tails[h] < tails[c]);
			}
			named += strict;
		}
		if (named == 0)
			return FALSE;
	} else if (rows < 2 || 2 * full <= rows) {
		return FALSE;
	}
	g_autofree char *what =
		one_item ? g_strdup("the same figure of the item listed after it")
			 : g_strdup_printf("the same figure of the %u items listed after it", rows);
	if (full == rows)
		sign_gap_column(an, heads, k, nodes);
	for (guint c = 0; c < k; c++) {
		g_autoptr(GPtrArray) column = nodes_new();
		for (guint m = 0; m < n; m++) {
			if (place[m] != c)
				continue;
			const Node *cell = g_ptr_array_index(nodes, m);
			nodes_add(column, cell->atom)->negated = cell->negated;
		}
		if (column->len >= 2 || one_item)
			add_sum(an, heads[c], column,
				one_item || column->len < rows || main_incomes_only, what);
	}
	return TRUE;
}

/* The core of a figure's label: after its last 中 or 的, without a closing 人数, 数量, 总数 or
 * 数 (我校专任教师中教授人数: 教授); its length in *@n. */
static const char *
label_core(const char *label, gsize *n)
{
	static const char *const openers[] = {"中", "的", NULL};
	static const char *const closers[] = {"人数", "数量", "总数", "数", NULL};
	const char *core = label;
	for (guint i = 0; openers[i]; i++)
		for (const char *q = strstr(core, openers[i]); q; q = strstr(core, openers[i]))
			core = q + strlen(openers[i]);
	*n = strlen(core);
	for (guint i = 0; closers[i]; i++) {
		gsize m = strlen(closers[i]);
		if (*n > m && memcmp(core + *n - m, closers[i], m) == 0) {
			*n -= m;
			break;
		}
	}
	return core;
}

/* How far @label names @name: the characters their ends share, when more than one. */
static guint
score_by_tail(const char *label, const char *name)
{
	guint tail = cf_check_label_common_tail(label, name);
	return tail > 1 ? tail : 0;
}

/* How far @label names @name: the bytes of @name's core (label_core()) when @label holds
 * it and it has two characters or more. */
static guint
score_by_core(const char *label, const char *name)
{
	gsize n;
	const char *core = label_core(name, &n);
	return n >= 2 * 3 && memmem(label, strlen(label), core, n) ? (guint)n : 0;
}

/* The figure of the whole's sentence, up to the whole @total, that @label names best by
 * @score (not a part of another list: 旗本级 and 开发区 of a breakdown before); G_MAXUINT when
 * none does, or two do as well. */
static guint
named_figure(const Analysis *an, guint total, const char *label,
	     guint (*score)(const char *label, const char *name))
{
	const CfProsePassage *passage = an->passage;
	const CfProseAtom *t = atom_at(passage, total);
	guint best = G_MAXUINT, best_score = 0;
	gboolean tie = FALSE;
	for (guint j = total + 1; j-- > 0;) {
		const CfProseAtom *b = atom_at(passage, j);
		if (b->sentence != t->sentence)
			break;
		if (b->claim->label == NULL || !summable(b) || !compatible(b->claim, t->claim) ||
		    (j != total && an->part[j]))
			continue;
		guint s = score(label, b->claim->label);
		if (s > best_score) {
			best = j;
			best_score = s;
			tie = FALSE;
		} else if (s > 0 && s == best_score) {
			tie = TRUE;
		}
	}
	return tie ? G_MAXUINT : best;
}

/* TRUE when the parts of @nodes are named as two or more figures of the whole's sentence
 * before them are, one of them not the whole @total, each part as the figure whose name
 * ends as its own for longest: one item's figures in several measures, no breakdown of the
 * whole (全省国资系统监管企业资产总额达到21050亿元,实现利润195亿元…;创造税收217亿元…。其中,
 * 省属监管企业资产规模达到7000亿元,累计实现营业收入4250亿元,…实现利润129亿元).  Parts all
 * named as one other figure are its own (…中央直达资金10.53亿元,支出9.4亿元…。其中…奖补资金
 * 0.15亿元…转移支付资金1.08亿元). */
static gboolean
parts_of_other_figures(const Analysis *an, guint total, GPtrArray *nodes)
{
	const CfProsePassage *passage = an->passage;
	guint found = G_MAXUINT; /* a figure other than the whole that parts are named as */
	gboolean whole_too = FALSE;
	for (guint k = 0; k < nodes->len; k++) {
		const char *label = node_atom(passage, nodes, k)->claim->label;
		if (label == NULL)
			continue;
		/* (by the ends of the names, else, where two tie, by their cores: 为本科生授课
		 * 教授人数 is of 教授人数143人, not of 副教授人数247人) */
		guint best = named_figure(an, total, label, score_by_tail);
		if (best == G_MAXUINT)
			best = named_figure(an, total, label, score_by_core);
		if (best == G_MAXUINT)
			continue;
		if (best == total)
			whole_too = TRUE;
		else if (found == G_MAXUINT)
			found = best;
		else if (found != best)
			return TRUE;
	}
	return found != G_MAXUINT && whole_too;
}

/* Bytes an intro line holds at most: 40 characters (主要税种收入完成情况：). */
#define INTRO_MAX_BYTES (40 * 3)

/* TRUE when the line before prose @passage (blank lines passed over) is a short intro that
 * ends with a colon and says its items are the main ones (主要税种收入完成情况：): the lists
 * under it name some items, not all. */
static gboolean
intro_names_main_items(const CfProsePassage *passage)
{
	if (passage->table >= 0)
		return FALSE;
	const CfDocument *doc = passage->context->document;
	/* or the passage opens with such a title of its own, no figure in it: ——主要税种收入情况。
	 * 1-5月全市税收收入完成… */
	gsize limit = MIN(passage->range.end, passage->range.start + INTRO_MAX_BYTES);
	static const char *const title_ends[] = {"。", "：", ":", NULL};
	gsize at = passage->range.start;
	gsize title_end = at + cf_rates_first_of(doc->norm + at, limit - at, title_ends);
	if (title_end < limit && cf_prose_contains(doc, at, title_end, "主要")) {
		gboolean figure = FALSE;
		for (gsize p = at; p < title_end && !figure; p++)
			figure = g_ascii_isdigit(doc->norm[p]);
		if (!figure)
			return TRUE;
	}
	guint number = cf_document_paragraph_line(
		doc, cf_document_line_at(doc, passage->range.start)->number);
	while (number-- > 1) {
		const CfLine *line = cf_document_get_line(doc, number);
		gsize start = line->norm_offset, end = start + line->norm_length;
		while (end > start && g_ascii_isspace(doc->norm[end - 1]))
			end--;
		if (end == start)
			continue; /* a blank line */
		if (end - start > INTRO_MAX_BYTES || line->joined)
			return FALSE;
		gboolean colon = doc->norm[end - 1] == ':' ||
				 (end - start >= 3 && memcmp(doc->norm + end - 3, "：", 3) == 0);
		return colon && cf_prose_contains(doc, start, end, "主要");
	}
	return FALSE;
}

/* The direction the lead of atom @a ends with: 1 up (增加), 2 down (减少), 0 none. */
static int
lead_direction(const CfProsePassage *passage, const CfProseAtom *a)
{
	const char *norm = passage->context->document->norm;
	gsize s = a->lead_start, e = a->claim->range.start;
	return cf_check_change_ending_direction(norm + s, e - s, FALSE);
}

/* TRUE when the lead of atom @i names the budget (较预算数增加): a change from it. */
static gboolean
lead_names_budget(const CfProsePassage *passage, guint i)
{
	const CfProseAtom *a = atom_at(passage, i);
	return cf_prose_contains(passage->context->document, a->lead_start, a->claim->range.start,
				 "预算");
}

#define CHANGE_NONE G_MAXUINT      /* nothing says how it changed */
#define CHANGE_ZERO (G_MAXUINT - 1) /* 较上年无增减 */

/* How atom @i changed from last year, as its clause-unit says before atom @until: the change
 * atom (compatible with @i; *@down when its verb is 减少 or the like), CHANGE_ZERO or
 * CHANGE_NONE. */
static guint
change_of(const CfProsePassage *passage, guint i, guint until, gboolean *down)
{
	const CfDocument *doc = passage->context->document;
	const CfProseAtom *a = atom_at(passage, i);
	gsize end = a->unit + 1 < passage->n_unit_starts ? passage->unit_starts[a->unit + 1]
							 : passage->range.end;
	guint j = i + 1;
	for (; j < until && j < passage->atoms->len; j++) {
		const CfProseAtom *b = atom_at(passage, j);
		if (b->unit != a->unit)
			break;
		if (!(b->flags & CF_PROSE_CHANGE) || !compatible(b->claim, a->claim))
			continue;
		int direction = lead_direction(passage, b);
		if (direction == 0)
			return CHANGE_NONE;
		*down = direction == 2;
		return j;
	}
	if (j < passage->atoms->len && atom_at(passage, j)->claim->range.start < end)
		end = atom_at(passage, j)->claim->range.start;
	for (guint k = 0; cf_check_unchanged_words[k]; k++)
		if (end > a->claim->range.end &&
		    cf_prose_contains(doc, a->claim->range.end, end, cf_check_unchanged_words[k]))
			return CHANGE_ZERO;
	return CHANGE_NONE;
}

/* The changes of a breakdown: when the total and every part say how they changed from last
 * year (三公经费预算6.50万元，比上年减少0.50万元。其中：因公出国(境)费用0万元，较上年无增减；
 * …；公务用车运行维护费6.00万元，比上年减少1.00万元), the parts' changes make up the total's,
 * each counted with its direction. */
static void
change_breakdown(Analysis *an, guint total, GPtrArray *nodes, const char *cue)
{
	const CfProsePassage *passage = an->passage;
	guint first = ((Node *)g_ptr_array_index(nodes, 0))->atom;
	gboolean total_down = FALSE;
	guint total_change = change_of(passage, total, first, &total_down);
	if (total_change == CHANGE_NONE || total_change == CHANGE_ZERO)
		return;
	/* (against the budget, 较预算数增加, or against last year: all against the same) */
	const gboolean from_budget = lead_names_budget(passage, total_change);
	g_autoptr(GPtrArray) changes = nodes_new();
	for (guint k = 0; k < nodes->len; k++) {
		guint atom = ((Node *)g_ptr_array_index(nodes, k))->atom;
		guint next = k + 1 < nodes->len ? ((Node *)g_ptr_array_index(nodes, k + 1))->atom
						: G_MAXUINT;
		gboolean down = FALSE;
		guint change = change_of(passage, atom, next, &down);
		if (change == CHANGE_NONE ||
		    (change != CHANGE_ZERO && lead_names_budget(passage, change) != from_budget))
			return;
		if (change != CHANGE_ZERO)
			nodes_add(changes, change)->negated = down != total_down;
	}
	if (changes->len == 0)
		return;
	g_autofree char *what =
		g_strdup_printf("the changes from %s of the %u items listed after %s",
				from_budget ? "the budget" : "last year", nodes->len, cue);
	add_sum(an, total_change, changes, FALSE, what);
}

/* TRUE when the parts @nodes are the levels of one hierarchy, each named by its level and
 * one noun (其中一级指标3个，二级指标9个，三级指标12个: the 12 indicators are the third
 * level's, the others the groups they stand in), not a breakdown. */
static gboolean
levels_of_one_hierarchy(const CfProsePassage *passage, GPtrArray *nodes)
{
	static const char *const levels[] = {"一级", "二级", "三级", "四级", "五级", "1级",
					     "2级",  "3级",  "4级",  "5级",  NULL};
	if (nodes->len < 2)
		return FALSE;
	const char *noun = NULL;
	for (guint k = 0; k < nodes->len; k++) {
		const CfClaim *c = node_atom(passage, nodes, k)->claim;
		gsize at = 0, n = c->label ? strlen(c->label) : 0;
		if (n == 0 || !cf_rates_skip_word(c->label, n, &at, levels) || at == n)
			return FALSE;
		if (noun != NULL && strcmp(noun, c->label + at) != 0)
			return FALSE;
		/* (each level holds at least as many as the one above it: 3, 9, 12; grades of one
		 * kind, 一级所1个，二级所7个，三级所4个, are classes, and sum) */
		if (k > 0 && cf_decimal_compare(c->value,
						node_atom(passage, nodes, k - 1)->claim->value) < 0)
			return FALSE;
		noun = c->label + at;
	}
	return TRUE;
}

/* The flow a part's label names (cf_rates_flow_named()), 0 without a label. */
static int
flow_of(const CfClaim *c)
{
	return c->label ? cf_rates_flow_named(c->label, strlen(c->label)) : 0;
}

/* TRUE when norm[@start, @end), a figure's lead, says how far the whole has got (目前, 截至,
 * 已拨付, 已支付, 已完成, 已支出 …): a figure of progress, not a part. */
static gboolean
says_progress(const CfDocument *doc, gsize start, gsize end)
{
	static const char *const progress_words[] = {
		"目前",   "截至",   "截止",   "至今",   "已拨付", "已支付", "已下达",
		"已到位", "已使用", "已完成", "已支出", "已发放", "已兑付", NULL};
	static CfWordBytes progress;
	return end > start && cf_word_bytes_in(cf_word_bytes_get(&progress, progress_words,
								 G_N_ELEMENTS(progress_words) - 1),
					       doc->norm + start, end - start);
}

/* TRUE when @total is a government's whole spending (一般公共预算支出, 公共财政预算支出, 财政
 * 支出) and every part of @nodes a spending category (…支出): such a list names the main
 * categories, seldom all twenty-odd. */
static gboolean
spending_categories_of_government(const CfProsePassage *passage, guint total, GPtrArray *nodes)
{
	/* (and its 民生支出, the categories that serve people's livelihood) */
	static const char *const wholes[] = {"一般公共预算支出", "公共财政预算支出", "一般预算支出",
					     "财政支出",         "民生支出",         NULL};
	static const char spending[] = "支出";
	const CfClaim *t = atom_at(passage, total)->claim;
	if (t->label == NULL || !cf_rates_contains_any(t->label, wholes))
		return FALSE;
	for (guint k = 0; k < nodes->len; k++) {
		const char *label = node_atom(passage, nodes, k)->claim->label;
		if (label == NULL || !g_str_has_suffix(label, spending) ||
		    strlen(label) <= sizeof spending - 1)
			return FALSE;
	}
	return nodes->len >= 2;
}

/* Drops from @nodes a part whose name an earlier part says it includes (职工基本医疗保险基金
 * (含生育保险)支出6520.54亿元，同比增长23%，生育保险基金待遇支出431.91亿元: the 431.91 is
 * in the 6520.54), or that names itself within an earlier part (中长期贷款935.7亿元，…，中长期
 * 贷款中个人消费贷款414.2亿元). */
static void
drop_included(const CfProsePassage *passage, GPtrArray *nodes)
{
	static const char *const closers[] = {")", "）", NULL};
	for (guint k = 1; k < nodes->len;) {
		const char *label = node_atom(passage, nodes, k)->claim->label;
		gboolean included = FALSE;
		for (guint j = 0; j < k && label && !included; j++) {
			const char *earlier = node_atom(passage, nodes, j)->claim->label;
			/* named within an earlier part: 中长期贷款中个人消费贷款 after 中长期贷款 */
			gsize m = earlier ? strlen(earlier) : 0;
			if (m >= 6 && g_str_has_prefix(label, earlier) &&
			    g_str_has_prefix(label + m, "中") && label[m + strlen("中")] != '\0') {
				included = TRUE;
				break;
			}
			const char *has = earlier ? strstr(earlier, "含") : NULL;
			if (has == NULL)
				continue;
			has += strlen("含");
			gsize n = cf_rates_first_of(has, strlen(has), closers);
			/* (a name of two characters at least: 含生育保险) */
			included = n >= 6 && n < strlen(has) &&
				   memmem(label, strlen(label), has, n) != NULL;
		}
		if (included)
			g_ptr_array_remove_index(nodes, k);
		else
			k++;
	}
}

/* Verb characters between 分别 and the one figure it gives each name, at most (分别入库). */
#define RESPECTIVE_VERB_CHARS 3

/* Where 分别 stands when @a is the one figure it gives each of the names before it, a verb
 * at most between (自治区级和盟市级分别入库1.21亿元、旗县级入库2.43亿元: the next figure has a
 * name of its own), not the first of a list of figures (分别为1.21亿元、2.43亿元); 0 when it
 * is none.  @s: where @a's lead starts. */
static gsize
respective_one(const CfDocument *doc, const CfProseAtom *a, gsize s)
{
	static const char respective[] = "分别";
	const char *norm = doc->norm;
	gsize e = a->claim->range.start, p = e;
	for (guint n = 0; n <= RESPECTIVE_VERB_CHARS && p > s; n++) {
		gsize k = sizeof respective - 1;
		if (p - s >= k && memcmp(norm + p - k, respective, k) == 0) {
			p -= k;
			break;
		}
		if (n == RESPECTIVE_VERB_CHARS)
			return 0;
		gsize q = (gsize)(g_utf8_find_prev_char(norm + s, norm + p) - norm);
		gunichar ch = g_utf8_get_char(norm + q);
		if (ch < 0x4E00 || ch > 0x9FFF)
			return 0;
		p = q;
	}
	if (p == e || p < s || memcmp(norm + p, respective, sizeof respective - 1) != 0)
		return 0;
	/* the next figure after only separators and joiners is the list's next */
	gsize q = a->claim->range.end, end = MIN(doc->norm_length, q + 15);
	gboolean named = FALSE;
	while (q < end && !g_ascii_isdigit(norm[q]) && !named) {
		gunichar ch = g_utf8_get_char(norm + q);
		if (ch == 0x3002 || ch == 0xFF1B || ch == ';' || ch == '\n')
			return p;
		named = ch >= 0x4E00 && ch <= 0x9FFF && ch != 0x548C /* 和 */ &&
			ch != 0x53CA /* 及 */;
		q = (gsize)(g_utf8_next_char(norm + q) - norm);
	}
	return named || q >= end ? p : 0;
}

/* How many items a part's figure is each of, by its lead: the names joined by 、 (和, 及)
 * right before 各 (另安排平安区、循化县各100万元: 2), or before 分别 and one figure for them all
 * (respective_one()); 0 when it is no such figure. */
static guint
each_of_items(const CfDocument *doc, const CfProseAtom *a, gsize from)
{
	const char *norm = doc->norm;
	/* (from the figure before: a lead stops at a 、) */
	gsize s = MIN(from, a->lead_start), e = a->claim->range.start;
	static const char *const tails[] = {"各安排", "各为", "各", NULL};
	gsize at = e;
	for (guint i = 0; tails[i] && at == e; i++) {
		gsize n = strlen(tails[i]);
		if (e - s >= n && memcmp(norm + e - n, tails[i], n) == 0)
			at = e - n;
	}
	if (at == e)
		at = respective_one(doc, a, s);
	if (at == e || at == 0)
		return 0;
	guint items = 1;
	static const char *const joins[] = {"、", "和", "及", NULL};
	static const char *const stops[] = {"，", ",", "；", ";", "。", "：", ":", NULL};
	/* (not the 、 that ends the figure before: 中央级入库3.24亿元、自治区级和盟市级分别…) */
	for (gsize k = 0; s < at && cf_rates_skip_word(norm + s, at - s, &k, joins);)
		s += k, k = 0;
	for (gsize p = at; p > s;) {
		p = (gsize)(g_utf8_find_prev_char(norm + s, norm + p) - norm);
		gsize k = 0;
		if (cf_rates_skip_word(norm + p, at - p, &k, stops))
			break;
		for (guint i = 0; joins[i]; i++)
			if (strncmp(norm + p, joins[i], strlen(joins[i])) == 0)
				items++;
	}
	return items >= 2 ? items : 0;
}


/* TRUE when @nodes are all subsidies (补助, 奖补, 补贴) and @total an investment (投入, 投资):
 * the rest of it is raised otherwise (共投入资金4065.35万元(其中省级补助869万元、区级补助429
 * 万元、乡镇补助431万元): villagers' and others' money besides). */
static gboolean
subsidies_of_investment(const CfProsePassage *passage, const CfClaim *total, GPtrArray *nodes)
{
	static const char *const invested[] = {"投入", "投资", NULL};
	static const char *const subsidies[] = {"补助", "奖补", "补贴", NULL};
	if (total->label == NULL || !cf_rates_contains_any(total->label, invested))
		return FALSE;
	for (guint k = 0; k < nodes->len; k++) {
		const char *label = node_atom(passage, nodes, k)->claim->label;
		if (label == NULL || !cf_rates_contains_any(label, subsidies))
			return FALSE;
	}
	return TRUE;
}

/* TRUE when a figure after node @k of @nodes, in @k's clause-unit, opens with a cue of its
 * own (其中, 包括): node @k is the whole of a breakdown of its own. */
static gboolean
opens_own_breakdown(const CfProsePassage *passage, GPtrArray *nodes, guint k)
{
	guint i = ((Node *)g_ptr_array_index(nodes, k))->atom;
	guint unit = atom_at(passage, i)->unit;
	for (guint j = i + 1; j < passage->atoms->len; j++) {
		const CfProseAtom *b = atom_at(passage, j);
		if (b->unit != unit)
			break;
		if (b->flags & CF_PROSE_PART)
			return TRUE;
	}
	return FALSE;
}

/* TRUE when @c, a figure with a breakdown of its own after a ；, is no part of @total whose
 * list opened with @first: it is larger, in the same unit (52个课题…，其中50个…；78个课题…，
 * 其中54个…), or named by another measure (基金支出10081.15亿元，其中…；期末基金累计结余
 * 9769.38亿元，其中…), or named as the total is rather than as the first part (落实义务教育
 * 阶段学生资助328158人次，其中资助建卡贫困户学生6956人次；落实普通高中家庭经济困难学生资助
 * 10079人次，其中…: another whole of the same kind). */
static gboolean
is_other_whole(const CfClaim *total, const CfClaim *first, const CfClaim *c)
{
	if (c->unit_exponent == total->unit_exponent &&
	    cf_decimal_compare(c->value, total->value) > 0)
		return TRUE;
	if (total->label == NULL || c->label == NULL)
		return FALSE;
	guint with_total = cf_check_label_common_tail(total->label, c->label);
	if (with_total == 0)
		return TRUE;
	return with_total >= 2 && first->label &&
	       with_total > cf_check_label_common_tail(first->label, c->label);
}

/* TRUE when two characters in a row of @a stand in a row in @b too (资金 of 省级资金 in
 * 资金转移支付). */
static gboolean
shares_two_characters(const char *a, const char *b)
{
	for (const char *p = a; *p; p = g_utf8_next_char(p)) {
		const char *q = g_utf8_next_char(p);
		if (*q == '\0')
			break;
		const char *end = g_utf8_next_char(q);
		if (cf_utf8_find(b, strlen(b), p, (gsize)(end - p)) != NULL)
			return TRUE;
	}
	return FALSE;
}

/* TRUE when the first @k parts of @nodes, adding up to their whole exactly, may be all of it:
 * the first part after them that is not none is not the list's 其他 (…事业收入986.92万元,事业
 * 单位经营收入0万元,其他收入0.10万元: the 0.10 is of the list, whatever it makes). */
static gboolean
run_ends_list(const CfProsePassage *passage, GPtrArray *nodes, guint k)
{
	for (guint m = k; m < nodes->len; m++) {
		const CfClaim *c = node_atom(passage, nodes, m)->claim;
		if (states_none(c))
			continue;
		return c->label == NULL || !g_str_has_prefix(c->label, "其他");
	}
	return TRUE;
}

/* The words of the clause before atom @k of @nodes (its figure's clause: from the figure
 * before, or @total, on), past the marks and the cue that open it: norm[*@from, return). */
static gsize
clause_words(const CfProsePassage *passage, GPtrArray *nodes, guint k, const CfClaim *total,
	     gsize *from)
{
	const char *norm = passage->context->document->norm;
	const CfClaim *c = node_atom(passage, nodes, k)->claim;
	gsize p = k > 0 ? node_atom(passage, nodes, k - 1)->claim->range.end : total->range.end;
	static const char *const skips[] = {"，", ",", "、", "；", ";", "：", ":", "其中", NULL};
	for (gboolean again = TRUE; again && p < c->range.start;) {
		again = FALSE;
		for (guint i = 0; skips[i]; i++) {
			gsize n = strlen(skips[i]);
			if (p + n <= c->range.start && memcmp(norm + p, skips[i], n) == 0) {
				p += n;
				again = TRUE;
			}
		}
	}
	*from = p;
	return c->range.start;
}

/* TRUE when @a and @b (of @na and @nb bytes) begin alike: with the same two characters or
 * more, or each with a digit (brackets of one scale: 35岁及以下, 36岁至54岁, 55岁及以上). */
static gboolean
begin_alike(const char *a, gsize na, const char *b, gsize nb)
{
	if (na > 0 && nb > 0 && g_ascii_isdigit(a[0]) && g_ascii_isdigit(b[0]))
		return TRUE;
	return common_head_len(a, na, b, nb) >= 2;
}

/* TRUE when the parts of @nodes after the first, two or more, add up to @total exactly, and
 * their clauses begin alike (begin_alike()), the first's otherwise (年龄…, 女性…). */
static gboolean
other_cut_first(const CfProsePassage *passage, GPtrArray *nodes, const CfClaim *total)
{
	if (nodes->len < 3)
		return FALSE;
	const char *norm = passage->context->document->norm;
	gsize f, f_end = clause_words(passage, nodes, 0, total, &f);
	gsize s, s_end = clause_words(passage, nodes, 1, total, &s);
	if (f == f_end || common_head_len(norm + f, f_end - f, norm + s, s_end - s) > 0 ||
	    (s < s_end && g_ascii_isdigit(norm[f]) && g_ascii_isdigit(norm[s])))
		return FALSE;
	for (guint k = 2; k < nodes->len; k++) {
		gsize o, o_end = clause_words(passage, nodes, k, total, &o);
		if (!begin_alike(norm + s, s_end - s, norm + o, o_end - o))
			return FALSE;
	}
	CfDecimal p;
	CfInterval in;
	return sum_nodes(passage, nodes, 1, nodes->len, &p, &in) &&
	       cf_decimal_compare(p, total->value) == 0;
}

/* TRUE when @label names a total of its own: 总 before its measure (财政总收入, 总产值, 总
 * 支出), 各项 (各项贷款余额) or a total word after it (…总额, …总量, …合计). */
static gboolean
names_a_total(const char *label)
{
	static const char *const totals[] = {"总收入", "总支出", "总产值", "总额", "总量",
					     "总计",   "合计",   "总数",   "各项", NULL};
	return label != NULL && cf_rates_contains_any(label, totals);
}

/* TRUE when a part of @nodes bears the name and the figure of @b. */
static gboolean
restates_part(const CfProsePassage *passage, GPtrArray *nodes, const CfProseAtom *b)
{
	if (b->claim->label == NULL)
		return FALSE;
	for (guint k = 0; k < nodes->len; k++) {
		const CfClaim *c = node_atom(passage, nodes, k)->claim;
		if (c->label && strcmp(c->label, b->claim->label) == 0 &&
		    cf_decimal_compare(c->value, b->claim->value) == 0 &&
		    c->unit_exponent == b->claim->unit_exponent)
			return TRUE;
	}
	return FALSE;
}

/* TRUE when the list @nodes of @total, opened by 其中 and a colon, goes on past its 。 at
 * atom @j, the first of the next sentence: the parts so far stay below the total, and that
 * sentence opens with @j's name, a sibling of the first part's — ending alike, naming no total
 * (“三公”经费支出合计9.75万元…。其中:因公出国(境)费为0万元,…团组0个。公务接待费为3.77万元,
 * …。公务用车购置及运行维护费为0万元…). */
static gboolean
list_goes_on(const CfProsePassage *passage, GPtrArray *nodes, guint total, guint j)
{
	const CfDocument *doc = passage->context->document;
	const CfProseAtom *b = atom_at(passage, j), *before = atom_at(passage, j - 1);
	const CfClaim *tc = atom_at(passage, total)->claim;
	const CfClaim *f0 = node_atom(passage, nodes, 0)->claim;
	if (before->sentence + 1 != b->sentence || b->paren != 0 || b->claim->label == NULL ||
	    f0->label == NULL || names_a_total(b->claim->label) ||
	    (tc->label && strstr(b->claim->label, tc->label)) ||
	    cf_check_label_common_tail(f0->label, b->claim->label) == 0)
		return FALSE;
	/* the sentence opens with the lead: only blanks back to its 。 (a line end too, in a
	 * paragraph wrapped by hand) */
	gsize q = b->lead_start;
	while (q > passage->range.start && (doc->norm[q - 1] == ' ' || doc->norm[q - 1] == '\n'))
		q--;
	const char *prev =
		q > passage->range.start ? g_utf8_find_prev_char(doc->norm, doc->norm + q) : NULL;
	if (prev == NULL || !ends_sentence(cf_utf8_char_at(prev)))
		return FALSE;
	CfDecimal p;
	CfInterval in;
	return sum_nodes(passage, nodes, 0, nodes->len, &p, &in) &&
	       cf_decimal_compare(p, tc->value) < 0 && !cf_interval_overlaps(tc->interval, in);
}

/* TRUE when the figure before atom @total in its sentence, of its measure, and the total
 * add up to @sum exactly, with only a 、 or a comma and words between them. */
static gboolean
sum_of_pair_before(const CfProsePassage *passage, guint total, CfDecimal sum)
{
	const CfProseAtom *t = atom_at(passage, total), *b = atom_at(passage, total - 1);
	if (b->sentence != t->sentence || !summable(b) || !summable(t) ||
	    !compatible(b->claim, t->claim) || b->claim->kind != t->claim->kind ||
	    b->paren != t->paren)
		return FALSE;
	CfDecimal both;
	return cf_decimal_add(b->claim->value, t->claim->value, &both) &&
	       cf_decimal_compare(both, sum) == 0;
}

/* TRUE when a part of @nodes is stated as none (0万元). */
static gboolean
states_some_none(const CfProsePassage *passage, GPtrArray *nodes)
{
	for (guint k = 0; k < nodes->len; k++)
		if (states_none(node_atom(passage, nodes, k)->claim))
			return TRUE;
	return FALSE;
}

/* TRUE when an amount after atom @j in its sentence may be a part of @t's list: summable()
 * (no change, no amount each) and of its measure. */
static gboolean
part_after(const CfProsePassage *passage, guint j, const CfProseAtom *t)
{
	const CfProseAtom *a = atom_at(passage, j);
	for (guint k = j + 1; k < passage->atoms->len; k++) {
		const CfProseAtom *b = atom_at(passage, k);
		if (b->sentence != a->sentence)
			break;
		if (summable(b) && compatible(b->claim, t->claim))
			return TRUE;
	}
	return FALSE;
}

/* TRUE when the words of the whole @total count its items, right before it in its clause
 * (13项民生相关支出合计138966万元), and @nodes are fewer: the rest are not listed. */
static gboolean
counts_more_items(const CfProsePassage *passage, guint total, GPtrArray *nodes)
{
	if (total == 0)
		return FALSE;
	const CfProseAtom *t = atom_at(passage, total), *c = atom_at(passage, total - 1);
	const CfDocument *doc = passage->context->document;
	if (c->sentence != t->sentence || c->claim->kind != CF_CLAIM_COUNT || !c->claim->has_value ||
	    c->claim->qualifier != CF_QUALIFIER_NONE)
		return FALSE;
	static const char *const breaks[] = {"，", ",", "；", ";", "：", ":", NULL};
	gsize from = c->claim->range.end, length = t->claim->range.start - from;
	if (cf_rates_first_of(doc->norm + from, length, breaks) < length)
		return FALSE;
	CfDecimal n = cf_decimal_trim(c->claim->value);
	return n.scale == 0 && cf_decimal_compare(cf_decimal_from_int((gint64)nodes->len), n) < 0;
}

/* TRUE when labels @a and @b are the same but for one numeral in one place (第二产业完成 and
 * 第三产业完成): siblings in a numbered series. */
static gboolean
named_but_for_numeral(const char *a, const char *b)
{
	static const char numerals[] = "一二三四五六七八九十";
	gsize n = strlen(a);
	if (n != strlen(b))
		return FALSE;
	gsize k = 0;
	while (k < n && a[k] == b[k])
		k++;
	if (k == n)
		return FALSE;
	/* the differing character: back to its start, three bytes in each */
	while (k > 0 && ((guchar)a[k] & 0xC0) == 0x80)
		k--;
	if (k + 3 > n || memcmp(a + k + 3, b + k + 3, n - k - 3) != 0)
		return FALSE;
	gboolean na = FALSE, nb = FALSE;
	for (gsize i = 0; i + 3 <= sizeof numerals - 1; i += 3) {
		na = na || memcmp(a + k, numerals + i, 3) == 0;
		nb = nb || memcmp(b + k, numerals + i, 3) == 0;
	}
	return na && nb;
}

/* Lines of a numbered list read back to its intro, at most. */
#define AVERAGE_INTRO_LINES 12

/* Line @number of @doc without its blanks at both ends, into *@start and *@end. */
static void
line_trimmed(const CfDocument *doc, guint number, gsize *start, gsize *end)
{
	const CfLine *line = cf_document_get_line(doc, number);
	*start = line->norm_offset;
	*end = *start + line->norm_length;
	while (*start < *end && doc->norm[*start] == ' ')
		(*start)++;
	while (*end > *start && doc->norm[*end - 1] == ' ')
		(*end)--;
}

/* TRUE when atom @t is an average: its words say so (全国按在校学生人数平均的一般公共预算教育
 * 经费为15731.97元), or the intro of its passage does — the line before it, or before the
 * numbered items it is one of, a title (【…】) or a line ending with a colon: …生均一般公共预算
 * 教育经费增长情况是: / 1.全省幼儿园为7977.88元… / 2.全省普通小学为11128.87元…。其中,农村为
 * 11227.42元… (the rural average may exceed the province's). */
static gboolean
states_averages(const CfProsePassage *passage, const CfProseAtom *t)
{
	const CfDocument *doc = passage->context->document;
	const CfClaim *c = t->claim;
	if (c->label && cf_rates_contains_any(c->label, cf_check_average_words))
		return TRUE;
	if (passage->table >= 0)
		return FALSE;
	guint number = cf_document_paragraph_line(doc, c->line);
	gsize start, end;
	int n;
	line_trimmed(doc, number, &start, &end);
	const gboolean item = marker_at(doc->norm, start, start, end, &n);
	for (guint lines = 0; number > 1 && lines < AVERAGE_INTRO_LINES; lines++) {
		line_trimmed(doc, --number, &start, &end);
		if (start == end || (item && marker_at(doc->norm, start, start, end, &n)))
			continue; /* a blank line, an item before */
		gboolean title = doc->norm[end - 1] == ':' ||
				 (end - start >= 3 && (memcmp(doc->norm + end - 3, "：", 3) == 0 ||
						       memcmp(doc->norm + end - 3, "】", 3) == 0));
		return title && cf_rates_first_of(doc->norm + start, end - start,
						  cf_check_average_words) < end - start;
	}
	return FALSE;
}

/* Items of this many figures each at most, for column_that_adds_up(). */
#define ITEM_FIGURES_MAX 4

/* The figures of one measure of a list whose items each state the same measures in order
 * (福利彩票机构销售1765.28亿元,…,筹集公益金510亿多元;体育彩票机构销售1327.97亿元,…,筹集
 * 公益金351亿多元): when exactly one such column adds up to @whole, a new array of its nodes;
 * else NULL.  The items are the clause-units of @nodes, two or more, each of the same number
 * of figures, two or more, named alike down each column. */
static GPtrArray *
column_that_adds_up(const CfProsePassage *passage, GPtrArray *nodes, const CfClaim *whole)
{
	guint n = nodes->len, width = 0;
	for (guint k = 0;
	     k < n && node_atom(passage, nodes, k)->unit == node_atom(passage, nodes, 0)->unit; k++)
		width++;
	if (width < 2 || width > ITEM_FIGURES_MAX || n % width != 0 || n / width < 2)
		return NULL;
	for (guint k = 0; k < n; k++) {
		const CfProseAtom *a = node_atom(passage, nodes, k);
		/* each item one clause-unit of its own, its figures named as the first item's */
		if (k % width > 0 && a->unit != node_atom(passage, nodes, k - 1)->unit)
			return NULL;
		if (k % width == 0 && k > 0 && a->unit == node_atom(passage, nodes, k - 1)->unit)
			return NULL;
		const char *label = a->claim->label;
		const char *first = node_atom(passage, nodes, k % width)->claim->label;
		if (k >= width && (label == NULL || first == NULL ||
				   cf_check_label_common_tail(label, first) < 2))
			return NULL;
	}
	GPtrArray *found = NULL;
	for (guint c = 0; c < width; c++) {
		g_autoptr(GPtrArray) column = nodes_new();
		for (guint k = c; k < n; k += width)
			nodes_add(column, ((Node *)g_ptr_array_index(nodes, k))->atom);
		CfDecimal p;
		CfInterval in;
		if (!sum_nodes(passage, column, 0, column->len, &p, &in) || !agrees(whole, p, in))
			continue;
		if (found) {
			g_ptr_array_unref(found);
			return NULL;
		}
		found = g_steal_pointer(&column);
	}
	return found;
}

/* TRUE when @label names a unit's staff (教职工, 职工, 员工, 工作人员). */
static gboolean
names_staff(const char *label)
{
	static const char *const staff[] = {"教职工", "职工", "员工", "工作人员", NULL};
	return label && cf_rates_contains_any(label, staff);
}

/* TRUE when @label counts people by a title, a degree or an honour, which overlap (教授,
 * 副高职以上职称, 硕士, 博士, 双师, 名师, 人才, 专家, 带头人). */
static gboolean
names_qualification(const char *label)
{
	static const char *const words[] = {"教授",   "职称",   "工程师", "硕士", "博士",
					    "学位",   "双师",   "名师",   "人才", "专家",
					    "带头人", "研究员", NULL};
	return label && cf_rates_contains_any(label, words);
}

/* What @label counts people by: 1 a title (职称, 教授, 研究员, 工程师), 2 a degree (博士, 硕士,
 * 学位), 0 neither.  One staff broken down by title and then by degree is two breakdowns. */
static guint
qualification_dimension(const char *label)
{
	static const char *const titles[] = {"职称", "教授", "研究员", "工程师",
					     "正高", "副高", NULL};
	static const char *const degrees[] = {"博士", "硕士", "学士", "学位", NULL};
	if (label == NULL)
		return 0;
	gboolean title = cf_rates_contains_any(label, titles);
	gboolean degree = cf_rates_contains_any(label, degrees);
	return title == degree ? 0 : title ? 1 : 2;
}

/* A breakdown: @total, then the parts from @first on (其中 / 包括 / 分别). Returns the last
 * atom taken. */
static guint
breakdown(Analysis *an, guint total, guint first)
{
	const CfProsePassage *passage = an->passage;
	const CfDocument *doc = passage->context->document;
	const CfProseAtom *t = atom_at(passage, total);
	const CfProseAtom *f = atom_at(passage, first);
	g_autoptr(GPtrArray) nodes = nodes_new();
	guint last = first;
	/* a total inside a numbered item (1、基本支出173.89万元，包括：…；2、项目支出…): its list
	 * ends where the next item starts */
	const gsize item_end = item_end_of(passage, t->claim->range.start);
	const gboolean first_says_progress =
		says_progress(doc, f->lead_start, f->claim->range.start);
	/* parts in numbered items (…，其中：/ 1.…100万元。/ 2.…150万元。): the list goes on
	 * over the items' 。, each sentence opening an item */
	const gboolean in_items =
		item_marker_between(passage, t->claim->range.end, f->claim->range.start);
	guint sentence = f->sentence;
	/* (a list opened by 其中 and a colon may go on over a 。, and any list to its 其他
	 * part: list_goes_on(); …国债利息收入6.08亿元。其他收入3.77亿元。) */
	const gboolean colon_list =
		!in_items &&
		(cf_prose_contains(doc, t->claim->range.end, f->claim->range.start, "其中:") ||
		 cf_prose_contains(doc, t->claim->range.end, f->claim->range.start, "其中："));
	guint closed_in = G_MAXUINT;
	gsize previous_end = f->claim->range.start;
	/* (an item's first amount is its part, the others its details: 1.福利彩票公益金498万元，
	 * 安排用于…286万元；结余68万元) */
	gboolean item_taken = FALSE, item_nested = FALSE;
	/* the last explanation passed, or an item joined to it by 、 */
	const CfProseAtom *explained = NULL;
	static const char *const commas[] = {"，", ",", NULL};
	for (guint j = first; j < passage->atoms->len; j++) {
		const CfProseAtom *b = atom_at(passage, j);
		gboolean new_item = in_items && item_marker_between(passage, previous_end,
								    b->claim->range.start);
		if (b->sentence != sentence && new_item)
			sentence = b->sentence;
		else if (b->sentence != sentence &&
			 (colon_list ||
			  (!in_items && b->claim->label && g_str_has_prefix(b->claim->label, "其他"))) &&
			 nodes->len > 0 && b->claim->range.start < item_end &&
			 compatible(b->claim, t->claim) && list_goes_on(passage, nodes, total, j))
			sentence = b->sentence;
		if (new_item)
			item_taken = item_nested = FALSE;
		const gsize gap_start = previous_end;
		previous_end = b->claim->range.end;
		if (b->sentence != sentence || b->claim->range.start >= item_end)
			break;
		if (b->sentence == closed_in)
			continue;
		if (j > first && (b->flags & CF_PROSE_CLOSING)) {
			/* (a closing count of another measure ends only its sentence's run: 共计安排
			 * 因公出国(境)团组0个。公务接待费…) */
			if (colon_list && !compatible(b->claim, t->claim)) {
				closed_in = b->sentence;
				continue;
			}
			break;
		}
		/* …其中地方收入271630万元…；加上级补助收入120846万元: the list has ended, a sum of
		 * the whole and more goes on */
		if (j > first &&
		    starts_with_skipping_space(doc, b->lead_start, b->claim->range.start, "加上"))
			break;
		/* …总产值53.76亿元,其中,…农业总产值32.65亿元,…畜牧业总产值16.97亿元;全年实现农林牧渔业
		 * 增加值33.08亿元: value added is no part of output (nor output of value added) */
		if (j > first && t->claim->label && b->claim->label &&
		    cf_rates_names_value_added(t->claim->label) !=
			    cf_rates_names_value_added(b->claim->label))
			break;
		/* …第二产业完成43.5亿元，…，其中工业完成37.7亿元…；第三产业完成59.7亿元: the whole's
		 * sibling, named as it is but for a numeral, ends the list */
		if (j > first && t->claim->label && b->claim->label &&
		    named_but_for_numeral(t->claim->label, b->claim->label))
			break;
		/* …其中项目管理费3万元，目前项目资金已拨付270万元: where the whole stands now, when
		 * the first part says nothing of the kind (其中：已拨付200万元，未拨付103万元 is a
		 * list), ends the list */
		if (j > first && !first_says_progress &&
		    (says_progress(doc, b->lead_start, b->claim->range.start) ||
		     /* (…；截至10月底,全市有效发明专利42673件: the stock at a date, after a ；) */
		     ((cf_prose_contains(doc, gap_start, b->claim->range.start, "；") ||
		       cf_prose_contains(doc, gap_start, b->claim->range.start, ";")) &&
		      says_progress(doc, gap_start, b->claim->range.start))))
			break;
		/* a breakdown inside a parenthesis ends with it (3374.3万元(其中建筑工程3292万元)，
		 * 二批…2069.51万元); one outside passes over the asides of its parts */
		if (b->paren != f->paren) {
			if (f->paren != 0)
				break;
			continue;
		}
		/* a ratio of the whole's measure (每万人口发明专利拥有量3.11件) ends the list, as a
		 * per-unit amount may */
		if (j > first && t->claim->kind == CF_CLAIM_COUNT && is_fractional_count(b->claim))
			break;
		if (!compatible(b->claim, t->claim))
			continue;
		/* a per-unit amount among the parts: not a plain list; after a ； and two parts,
		 * named unlike the first, of another subject, ending the list (…服务业投入16360万元，
		 * 同比增长18%；…；农民人均纯收入10786元) */
		if (b->flags & CF_PROSE_EACH) {
			const CfProseAtom *l =
				nodes->len > 0 ? node_atom(passage, nodes, nodes->len - 1) : NULL;
			if (nodes->len >= 2 && l->unit != b->unit && f->claim->label &&
			    b->claim->label &&
			    cf_check_label_common_tail(f->claim->label, b->claim->label) < 2 &&
			    !part_after(passage, j, t))
				break;
			return j;
		}
		if (b->flags & (CF_PROSE_CHANGE | CF_PROSE_BASE | CF_PROSE_BOUND))
			continue;
		/* (what the part before is mostly is no part beside it, nor are the items joined
		 * to it in its clause: 主要用于…贷款贴息5000万元、…补贴4260万元、…3375万元等) */
		if (j > first && (b->flags & CF_PROSE_EXPLAINS)) {
			explained = b;
			continue;
		}
		if (explained && b->unit == explained->unit &&
		    cf_rates_first_of(doc->norm + explained->claim->range.end,
				      b->claim->range.start - explained->claim->range.end,
				      commas) ==
			    b->claim->range.start - explained->claim->range.end) {
			explained = b;
			continue;
		}
		explained = NULL;
		/* (details, unless they break the item's amount down: 1、基本支出173.89万元，
		 * 包括：人员经费…，公用经费…) */
		if (in_items && item_taken && (b->flags & CF_PROSE_PART))
			item_nested = TRUE;
		if (in_items && item_taken && !item_nested)
			continue;
		/* the retired are no part of the staff in post (在职教职工7687人，其中专任教师7394人，
		 * 离退休人员3498人), nor of the posts (编制数为59人，其中在职在编教职工人数为53人，
		 * 退休人员23人) */
		if (t->claim->label &&
		    (strstr(t->claim->label, "在职") || strstr(t->claim->label, "编制")) &&
		    b->claim->label && strstr(b->claim->label, "退休"))
			break;
		const char *first_part =
			nodes->len > 0 ? node_atom(passage, nodes, 0)->claim->label : NULL;
		/* the staff's titles and degrees after a post are of its holders, and of each
		 * other (现有教职工382人,其中专任教师262人,教授、副教授…94人,硕(博)士学位以上教师162人,
		 * "双师素质"教师193人): no further parts of the staff */
		if (nodes->len > 0 && names_staff(t->claim->label) &&
		    names_qualification(b->claim->label) && !names_qualification(first_part))
			break;
		/* the staff by title, then by degree (现有专任教师1438人,其中正高职称112人、副高职称
		 * 341人,博士83人、硕士1137人): the second breakdown overlaps the first */
		guint first_dimension = qualification_dimension(first_part);
		guint dimension = qualification_dimension(b->claim->label);
		if (first_dimension && dimension && dimension != first_dimension)
			break;
		/* the part that is all of the whole, stated again by its name and figure, is no
		 * other part (20万元…其中专项资金20万元…全部到位,2.项目资金执行情况分析,专项资金20万元) */
		if (cf_decimal_compare(b->claim->value, t->claim->value) == 0 &&
		    cf_decimal_sign(b->claim->value) > 0 && restates_part(passage, nodes, b))
			continue;
		item_taken = TRUE;
		nodes_add(nodes, j);
		((Node *)g_ptr_array_index(nodes, nodes->len - 1))->times = each_of_items(
			doc, b,
			j > 0 ? atom_at(passage, j - 1)->claim->range.end : passage->range.start);
		last = j;
		if (nodes->len > MAX_LIST_PARTS)
			return j;
	}
	if (nodes->len == 0)
		return first;
	drop_included(passage, nodes);
	if (parallel_breakdown(an, total, nodes) || levels_of_one_hierarchy(passage, nodes) ||
	    names_distinctions(passage, nodes) || parts_of_other_figures(an, total, nodes))
		return last;
	const CfClaim *tc = t->claim;
	CfDecimal p;
	CfInterval in;
	/* A list that runs over a ； may have moved on to another subject (…其中8万…，12万元…；
	 * 革命干部…10.8万): take the shortest run of whole clauses that adds up, else only the
	 * first clause — exactly, when a run does: one that agrees only within the rounding of
	 * coarse parts may stop short (10.0亿元，其中：甲3亿元；乙6亿元；丙1亿元 is of three). */
	guint take = 0, first_unit_end = 0, rounded = 0;
	for (guint k = 0; k <= nodes->len; k++) {
		gboolean boundary = k == nodes->len ||
				    (k > 0 && node_atom(passage, nodes, k)->unit !=
						      node_atom(passage, nodes, k - 1)->unit);
		if (!boundary || k == 0)
			continue;
		if (first_unit_end == 0)
			first_unit_end = k;
		g_autoptr(GPtrArray) trial = nodes_new();
		for (guint m = 0; m < k; m++)
			nodes_add(trial, ((Node *)g_ptr_array_index(nodes, m))->atom);
		if (!sum_nodes(passage, trial, 0, trial->len, &p, &in))
			break;
		if (!agrees(tc, p, in)) {
			fold(passage, trial, tc);
			if (!sum_nodes(passage, trial, 0, trial->len, &p, &in) ||
			    !agrees(tc, p, in))
				continue;
		}
		if (cf_decimal_compare(p, tc->value) != 0) {
			if (rounded == 0)
				rounded = k;
			continue;
		}
		take = k;
		break;
	}
	if (take == 0)
		take = rounded;
	/* (a part stated as none after the run that adds up is of it still: 其中：基本支出756.20
	 * 万元…；项目支出0万元，比2022年减少2.16万元 — its change counts) */
	while (take > 0 && take < nodes->len && states_none(node_atom(passage, nodes, take)->claim))
		take++;
	/* each part followed by its share of the total, the shares making up the whole
	 * (…财政拨款收入1008.64万元，占26.79%；事业收入2148.69万元，占57.06%；…: 100%): the list is
	 * the total's complete breakdown, whatever its clauses */
	gboolean complete = FALSE;
	if (take == 0 && nodes->len >= 2 && nodes->len <= MAX_LIST_PARTS) {
		const CfClaim *shares[MAX_LIST_PARTS];
		complete = TRUE;
		for (guint k = 0; k < nodes->len && complete; k++) {
			const CfClaim *c = node_atom(passage, nodes, k)->claim;
			shares[k] = cf_rates_share_after(passage->context, c);
			complete = shares[k] != NULL;
		}
		complete = complete && cf_rates_shares_complete(shares, nodes->len);
		if (complete)
			take = nodes->len;
	}
	/* a later part that names the other flow than the first (基本养老保险费收入17002亿元，
	 * 增长13%；支出16090亿元): income and spending are no parts of one whole — the list has
	 * ended before it */
	if (take == 0 && !complete && (tc->label == NULL || strstr(tc->label, "收支") == NULL)) {
		int first_flow = flow_of(node_atom(passage, nodes, 0)->claim);
		for (guint k = 1; k < nodes->len && take == 0 && first_flow != 0; k++) {
			int flow = flow_of(node_atom(passage, nodes, k)->claim);
			if (flow != 0 && flow != first_flow)
				take = k;
		}
	}
	/* the first part is named as the total is, by a measure of MEASURE_TAIL_CHARS or more
	 * (转移支付收入 of 上级转移支付收入), and a later one shares nothing of that name, not
	 * even two characters within it (上年结转结余, but not 省级资金 after 资金转移支付755.19
	 * 万元。其中:中央级资金转移支付…), nor joined to the part before by a 、 alone (二级医疗
	 * 机构1家、村卫生室678家): the list has ended before it */
	if (take == 0 && !complete && tc->label != NULL) {
		const CfClaim *f0 = node_atom(passage, nodes, 0)->claim;
		static const char *const breaks[] = {"，", ",", "；", ";", NULL};
		if (f0->label &&
		    cf_check_label_common_tail(tc->label, f0->label) >= MEASURE_TAIL_CHARS)
			for (guint k = 1; k < nodes->len && take == 0; k++) {
				const CfClaim *c = node_atom(passage, nodes, k)->claim;
				gsize from = node_atom(passage, nodes, k - 1)->claim->range.end;
				if (c->label &&
				    cf_check_label_common_tail(tc->label, c->label) == 0 &&
				    !shares_two_characters(c->label, tc->label) &&
				    cf_rates_first_of(doc->norm + from, c->range.start - from,
						      breaks) < c->range.start - from)
					take = k;
			}
	}
	/* the first parts add up to the total exactly, the rest not: those are outside it
	 * (實際正式教職工62人，其中副高級職稱4人，…，中級工1人，退休職工28人: 62 without the 28),
	 * unless all are none (共有公务用车0辆,其中:轿车0辆、越野车0辆、载客汽车1辆: 1 is not 0) */
	for (guint k = nodes->len; take == 0 && !complete && k-- > 2;)
		if (sum_nodes(passage, nodes, 0, k, &p, &in) &&
		    cf_decimal_compare(p, tc->value) == 0 && !cf_decimal_is_zero(p) &&
		    run_ends_list(passage, nodes, k))
			take = k;
	/* the parts after the first add up to the total exactly and begin alike, the first
	 * otherwise: it is a cut by another classification, no part beside them (…12633人,其中
	 * 女性5104人,年龄35岁及以下的1718人,年龄在36至54岁之间的7491人,年龄55岁及以上的3424人) */
	if (take == 0 && !complete && other_cut_first(passage, nodes, tc)) {
		g_ptr_array_remove_index(nodes, 0);
		take = nodes->len;
	}
	if (take == 0) {
		/* nothing adds up: the whole list, unless its parts are shares of the total
		 * (…59人，占85.5%；…23人，占比33.3%: groups that may overlap) */
		/* a figure after a ； with a 其中 of its own that cannot be a part of the total —
		 * larger than it, or named by another measure — is another whole (基金支出10081.15
		 * 亿元，其中…；期末基金累计结余9769.38亿元，其中…; 52个课题…，其中50个…；78个课题…，
		 * 其中54个…): the list ends before its clause */
		/* (and one larger than the total alone, not named as the first part ends, is of
		 * something else: 主动公开信息497条,其中网站发布新闻类165条,…;“…教育局”微信公众号发布
		 * 1135条 — but not 非税收入49406万元 after 税收收入39029元, a unit misread) */
		const char *first_name = node_atom(passage, nodes, 0)->claim->label;
		for (guint k = 1; k < nodes->len && take == 0 && !in_items && first_name; k++) {
			const CfProseAtom *a = node_atom(passage, nodes, k);
			if (a->unit != node_atom(passage, nodes, k - 1)->unit &&
			    cf_decimal_sign(tc->value) > 0 &&
			    cf_decimal_compare(a->claim->value, tc->value) > 0 &&
			    (a->claim->label == NULL ||
			     cf_check_label_common_tail(first_name, a->claim->label) < 2))
				take = k;
		}
		for (guint k = 1; k < nodes->len && take == 0; k++) {
			const CfProseAtom *a = node_atom(passage, nodes, k);
			if (a->unit == node_atom(passage, nodes, k - 1)->unit ||
			    !opens_own_breakdown(passage, nodes, k))
				continue;
			if (is_other_whole(tc, node_atom(passage, nodes, 0)->claim, a->claim))
				take = k;
		}
		/* a figure after a ； named a total of its own (财政总收入, …总额, 各项…), when the
		 * first part is not, or of another measure than the whole, is another headline
		 * figure (工农业总产值108.23亿元,…,其中工业总产值突破百亿大关;财政总收入4.02亿元,…;
		 * …各项存款余额266.89亿元,…其中住户存款余额209.29亿元,…;…各项贷款余额140.92亿元):
		 * the list ends before it */
		const gboolean first_names_total =
			names_a_total(node_atom(passage, nodes, 0)->claim->label);
		for (guint k = 1; k < nodes->len && take == 0 && tc->label; k++) {
			const CfProseAtom *a = node_atom(passage, nodes, k);
			if (a->unit != node_atom(passage, nodes, k - 1)->unit &&
			    names_a_total(a->claim->label) &&
			    (!first_names_total ||
			     cf_check_label_common_tail(tc->label, a->claim->label) == 0))
				take = k;
		}
		if (take == 0)
			take = nodes->len;
		/* a part after a ； that carries the total's own name is another whole (在岗在编11人，
		 * 其中…4人；代管…中心，…在岗在编事业人员10人): the list ends before its clause —
		 * unless the first part carries it too (赔款和给付21.6亿元。其中,财产险业务赔款和给付
		 * 20.6亿元;人身险业务赔款和给付7亿元: each part is named so) */
		const char *first_label = node_atom(passage, nodes, 0)->claim->label;
		if (tc->label != NULL && g_utf8_strlen(tc->label, -1) >= 2 && !an->in_step &&
		    !(first_label && strstr(first_label, tc->label)))
			for (guint k = 1; k < nodes->len; k++) {
				const CfProseAtom *a = atom_at(
					passage, ((Node *)g_ptr_array_index(nodes, k))->atom);
				const CfProseAtom *b = atom_at(
					passage, ((Node *)g_ptr_array_index(nodes, k - 1))->atom);
				if (a->unit != b->unit && a->claim->label != NULL &&
				    strstr(a->claim->label, tc->label) != NULL) {
					take = k;
					break;
				}
			}
		for (guint k = 0; k < take; k++) {
			const CfClaim *c = node_atom(passage, nodes, k)->claim;
			gsize q = c->range.end;
			while (q < passage->range.end) {
				gunichar ch = cf_utf8_char_at(doc->norm + q);
				if (ends_unit(ch))
					break;
				q = g_utf8_next_char(doc->norm + q) - doc->norm;
			}
			if (cf_prose_contains(doc, c->range.end, q, "占"))
				take = first_unit_end;
		}
	}
	if (take < nodes->len)
		g_ptr_array_remove_range(nodes, take, nodes->len - take);
	last = ((Node *)g_ptr_array_index(nodes, nodes->len - 1))->atom;
	for (guint k = 0; k < nodes->len; k++)
		an->part[((Node *)g_ptr_array_index(nodes, k))->atom] = TRUE;
	nest_by_cues(passage, nodes);
	if (!sum_nodes(passage, nodes, 0, nodes->len, &p, &in))
		return last;
	if (!agrees(tc, p, in))
		nest_revenue_kinds(passage, nodes);
	if (!sum_nodes(passage, nodes, 0, nodes->len, &p, &in))
		return last;
	if (!agrees(tc, p, in))
		fold(passage, nodes, tc);
	if (!sum_nodes(passage, nodes, 0, nodes->len, &p, &in))
		return last;
	/* may the list be partial? */
	gboolean partial = !complete && (nodes->len == 1 || (f->flags & CF_PROSE_MAJOR) ||
					 intro_names_main_items(passage));
	const CfClaim *lc = atom_at(passage, last)->claim;
	if (!complete && starts_with_skipping_space(doc, lc->range.end, passage->range.end, "等"))
		partial = TRUE;
	if (!complete && (names_main_fund_flows_only(passage, nodes) ||
			  leaves_out_remainder(passage, tc, nodes)))
		partial = TRUE;
	if (!complete && names_some_budgets_only(passage, tc, nodes))
		partial = TRUE;
	if (!complete && subsidies_of_investment(passage, tc, nodes))
		partial = TRUE;
	if (!complete && counts_more_items(passage, total, nodes))
		partial = TRUE;
	gboolean spread = cf_prose_contains(doc, f->lead_start, f->claim->range.start, "分别");
	CfDecimal scaled_sum, scaled_total;
	/* two parts far below the total read as examples; three or more as the breakdown */
	/* (and so do a government's spending categories, 教育支出…, under its whole spending:
	 * 全年地方一般公共预算支出1241.49亿元…其中，教育支出…, nine of them at 75%) */
	if (!spread && !complete &&
	    (nodes->len == 2 || spending_categories_of_government(passage, total, nodes)) &&
	    cf_decimal_mul(p, cf_decimal_from_int(100), &scaled_sum) &&
	    cf_decimal_mul(tc->value, cf_decimal_from_int(CF_PROSE_COMPLETE_PERCENT),
			   &scaled_total) &&
	    cf_decimal_compare(scaled_sum, scaled_total) < 0)
		partial = TRUE;
	/* numbered items reaching less than half of it describe some of its uses (机关商品和服务
	 * 支出3179.58亿元…其中：(1)办公经费…(5)委托业务费…: 1112.33), and a few parts
	 * (EXAMPLE_PARTS at most) so far below it name some of it: the kinds a bulletin or a report highlights (发布政府动态类信息1464条,
	 * 其中文件15条,政策解读10条,…: 33; 接待游客1475.08万人次。其中,团队游客38.87万人次;…:
	 * 685.07; 税收收入完成46,980万元…其中:个人所得税1,350万元,…: the taxes over budget),
	 * unless one is stated as none: a list of every kind, the empty ones too (“三公”经费支出
	 * 9.75万元。其中:因公出国(境)费为0万元…公务接待费为3.77万元…公务用车…为0万元) */
	CfDecimal doubled;
	if (!complete &&
	    (in_items || (nodes->len <= EXAMPLE_PARTS && !states_some_none(passage, nodes))) &&
	    cf_decimal_mul(p, cf_decimal_from_int(2), &doubled) &&
	    cf_decimal_compare(doubled, tc->value) < 0)
		partial = TRUE;
	static const char *const cues[] = {"分别", "包括", "具体是", "具体为"};
	const char *cue = "其中";
	for (guint k = 0; k < G_N_ELEMENTS(cues); k++)
		if (cf_prose_contains(doc, f->lead_start, f->claim->range.start, cues[k])) {
			cue = cues[k];
			break;
		}
	/* a profit is net of losses: some of its parts may exceed it (利润总额10.31亿元…。其中，
	 * 市国资委系统企业累计利润总额24.15亿元) */
	if (partial && tc->label && strstr(tc->label, "利润"))
		return last;
	/* numbered items after a sentence of several amounts ending with 其中： (收入1237万元，
	 * 安排支出1169万元，结转下年使用68万元。其中：/ 1.福利彩票公益金498万元…/ 2.体育彩票
	 * 公益金739万元…): of the amount of that sentence they add up to, when not the last; and
	 * so are parts after amounts of one clause run (全区共收到中央直达资金10.53亿元,支出9.4
	 * 亿元,支出进度89.3%。其中…9.31亿元,…0.15亿元…,…1.08亿元: 10.53, not 9.4) */
	if (!agrees(tc, p, in)) {
		for (guint j = total; j-- > 0;) {
			const CfProseAtom *b = atom_at(passage, j);
			if (b->sentence != t->sentence ||
			    (!in_items &&
			     (cf_prose_contains(doc, b->claim->range.end, tc->range.start, "；") ||
			      cf_prose_contains(doc, b->claim->range.end, tc->range.start, ";"))))
				break;
			if (summable(b) && compatible(b->claim, tc) && b->paren == t->paren &&
			    agrees(b->claim, p, in)) {
				total = j;
				t = b;
				tc = b->claim;
				break;
			}
		}
	}
	/* the parts of two figures the cue follows, new and carried over, make both exactly
	 * (共收到申请公开件92件、上一年度结转2件。其中,予以公开19件,…结转下年度继续办理9件: 94) */
	if (!agrees(tc, p, in) && total > 0 && sum_of_pair_before(passage, total, p))
		return last;
	/* an average's breakdown gives the averages of some of its kinds, no parts */
	if (states_averages(passage, t))
		return last;
	/* items stating several measures each: the one that adds up to the whole is its
	 * breakdown */
	if (!agrees(tc, p, in)) {
		g_autoptr(GPtrArray) column = column_that_adds_up(passage, nodes, tc);
		if (column) {
			g_autofree char *what =
				g_strdup_printf("the same figure of the %u items listed after %s",
						column->len, cue);
			add_sum(an, total, column, partial, what);
			return last;
		}
	}
	/* (one part: "the amount listed after 其中", not "the 1 amounts") */
	g_autofree char *what =
		nodes->len == 1
			? g_strdup_printf("the %s listed after %s", kind_noun(tc, FALSE),
					  cue)
			: g_strdup_printf("the %u %s listed after %s", nodes->len,
					  kind_noun(tc, TRUE), cue);
	add_sum(an, total, nodes, partial, what);
	if (!partial)
		change_breakdown(an, total, nodes, cue);
	return last;
}

/* The per-unit atoms before @closing in its scope, each times its count, plus the plain parts,
 * into @terms, and the same as stated into @plain (unless NULL).  Returns FALSE when a
 * per-unit amount has no count. */
static gboolean
product_terms(Analysis *an, guint scope, guint closing, GPtrArray *terms, GPtrArray *plain)
{
	const CfProsePassage *passage = an->passage;
	const CfClaim *tc = atom_at(passage, closing)->claim;
	guint products = 0;
	for (guint j = scope; j < closing; j++) {
		const CfProseAtom *b = atom_at(passage, j);
		if (!is_money(b->claim) && b->claim->kind != CF_CLAIM_RATE)
			continue;
		if (b->paren != atom_at(passage, closing)->paren)
			continue;
		/* an amount each added for some of the items (每个贫困村增加1万元): their count
		 * is not stated here */
		if ((b->flags & CF_PROSE_CHANGE) && (b->flags & CF_PROSE_EACH))
			return FALSE;
		if (b->flags & CF_PROSE_CHANGE)
			continue;
		if (!(b->flags & CF_PROSE_EACH)) {
			if (!compatible(b->claim, tc))
				continue;
			g_ptr_array_add(terms, atom_term(an, j));
			if (plain)
				g_ptr_array_add(plain, cf_term_new_claim(b->claim));
			continue;
		}
		CfTerm *count = cf_prose_count_term(passage->context, passage, j,
						    atom_at(passage, scope)->lead_start);
		if (count == NULL)
			return FALSE;
		GPtrArray *factors = cf_term_array_new();
		g_ptr_array_add(factors, count);
		g_ptr_array_add(factors, cf_term_new_claim(b->claim));
		CfTerm *product = cf_term_new_product(factors);
		GString *label = g_string_new(NULL);
		cf_decimal_append(cf_decimal_trim(count->claim->value), label);
		cf_check_append(label, " × ");
		cf_check_append_claim(label, b->claim);
		product->label = g_string_free(label, FALSE);
		g_ptr_array_add(terms, product);
		products++;
		if (plain) {
			GPtrArray *factors2 = cf_term_array_new();
			g_ptr_array_add(factors2, cf_term_new_claim_with_interval(count->claim,
										   count->interval));
			g_ptr_array_add(factors2, cf_term_new_claim(b->claim));
			g_ptr_array_add(plain, cf_term_new_product(factors2));
		}
	}
	/* (amounts alone, no count × amount: no product) */
	return products > 0;
}

/* TRUE when norm[@start, @end) names items in a list, one name 、 another (进口货物增值税、消费
 * 税和关税合计): a 、 after a letter that is no numeral (一、 and 1、 are item markers). */
static gboolean
names_a_list(const CfDocument *doc, gsize start, gsize end)
{
	static const char mark[] = "、";
	const char *p = doc->norm + start, *stop = doc->norm + end;
	for (const char *q; p < stop && (q = memmem(p, (gsize)(stop - p), mark, sizeof mark - 1));
	     p = q + sizeof mark - 1) {
		const char *before = g_utf8_find_prev_char(doc->norm + start, q);
		if (before == NULL)
			continue;
		gunichar c = g_utf8_get_char(before);
		if (c >= 0x4E00 && c <= 0x9FFF &&
		    g_utf8_strchr("一二三四五六七八九十", -1, c) == NULL)
			return TRUE;
	}
	return FALSE;
}

/* Bytes of a name that opens a sentence before its 加上, at most. */
#define NAMED_BASE_BYTES 90

/* The amount the sentence of atom @scope adds its amounts to when it opens with that
 * amount's name and 加上, the amount stated earlier (县级一般公共预算收入73220万元…。县级一般
 * 公共预算收入加上预计上级各类补助收入124392万元…，收入合计231838万元); G_MAXUINT when none. */
static guint
named_base(const Analysis *an, guint scope, const CfProseAtom *total)
{
	const CfProsePassage *passage = an->passage;
	const char *norm = passage->context->document->norm;
	const CfProseAtom *first = atom_at(passage, scope);
	gsize from = atom_at(passage, scope - 1)->claim->range.end, to = first->claim->range.start;
	const char *stop = NULL;
	for (const char *p = norm + from;
	     (p = memmem(p, (gsize)(norm + to - p), "。", strlen("。"))) != NULL; p += strlen("。"))
		stop = p;
	if (stop == NULL)
		return G_MAXUINT;
	gsize at = (gsize)(stop - norm) + strlen("。");
	while (at < to && norm[at] == ' ')
		at++;
	const char *plus = memmem(norm + at, to - at, "加上", strlen("加上"));
	if (plus == NULL || plus == norm + at || (gsize)(plus - (norm + at)) > NAMED_BASE_BYTES)
		return G_MAXUINT;
	gsize n = (gsize)(plus - (norm + at));
	for (gsize k = 0; k < n; k++)
		if (g_ascii_isdigit(norm[at + k]) || norm[at + k] == ',')
			return G_MAXUINT;
	for (guint j = scope; j-- > 0;) {
		const CfProseAtom *b = atom_at(passage, j);
		const char *label = b->claim->label;
		if (label && strlen(label) == n && memcmp(label, norm + at, n) == 0)
			return summable(b) && compatible(b->claim, total->claim) &&
					       !(b->flags & CF_PROSE_CHANGE)
				       ? j
				       : G_MAXUINT;
	}
	return G_MAXUINT;
}

/* The amount the sentence of atom @scope adds its amounts to, when it opens with 加上 (…支出
 * 1436.2亿元。加上节省支出46.5亿元，…，调出资金14.4亿元后，全市支出总计1604.8亿元): the last
 * amount of the sentence before, of the measure of @total and no change; else G_MAXUINT. */
static guint
added_to(const Analysis *an, guint scope, const CfProseAtom *total)
{
	const CfProsePassage *passage = an->passage;
	if (scope == 0)
		return G_MAXUINT;
	guint named = named_base(an, scope, total);
	if (named != G_MAXUINT)
		return named;
	const CfProseAtom *first = atom_at(passage, scope), *before = atom_at(passage, scope - 1);
	if (before->sentence + 1 != first->sentence || before->paren != total->paren ||
	    (before->flags & (CF_PROSE_CHANGE | CF_PROSE_EACH)) || !summable(before) ||
	    !compatible(before->claim, total->claim))
		return G_MAXUINT;
	/* the words from the sentence end after it to the first amount start with 加上 */
	const char *norm = passage->context->document->norm;
	gsize from = before->claim->range.end, to = first->claim->range.start;
	const char *end = memmem(norm + from, to - from, "。", strlen("。"));
	if (end == NULL)
		return G_MAXUINT;
	gsize at = (gsize)(end - norm) + strlen("。");
	while (at < to && norm[at] == ' ')
		at++;
	static const char *const plus[] = {"再加上", "加上", NULL};
	gsize k = 0;
	if (!cf_rates_skip_word(norm + at, to - at, &k, plus))
		return G_MAXUINT;
	/* the last part of a breakdown stands for its whole (…收入完成16.75亿元，增长23%。其中：
	 * 税收收入8.37亿元…；非税收入8.38亿元，增长64.8%。加上上级补助收入45.54亿元…: 16.75) */
	if (an->part[scope - 1])
		for (guint j = scope - 1; j-- > 0;) {
			const CfProseAtom *b = atom_at(passage, j);
			if (an->part[j] || !summable(b) || !compatible(b->claim, total->claim) ||
			    b->paren != total->paren)
				continue;
			return an->result[j] ? j : scope - 1;
		}
	return scope - 1;
}

/* TRUE when the words from @before to @claim say @claim is @before's figure on another basis,
 * something taken out or put back (剔除…后, 扣除…后, 还原…后): 支出168.23亿元，与执行数一致，
 * 剔除疫情防控保障等一次性因素后，为165.61亿元. */
static gboolean
adjusted_restatement(const CfProsePassage *passage, const CfClaim *before, const CfClaim *claim)
{
	static const char *const adjusts[] = {"剔除", "扣除", "还原", "還原", NULL};
	g_autofree char *words = cf_rates_text_between(passage->context, before, claim);
	return words != NULL && cf_rates_contains_any(words, adjusts) && strstr(words, "后") &&
	       !strstr(words, "。");
}

/* A chain 'X…，加上A、B…，合计T' adds its parts to one base, the figure right before its
 * first 加: the figures before that one are the base's own story (收入预算数为15.39亿元，实际
 * 完成15.39亿元，…，加上上级补助收入13.36亿元…，收入合计32.39亿元: the 实际完成), dropped from
 * @nodes. */
static void
chain_from_its_base(const CfProsePassage *passage, GPtrArray *nodes)
{
	const CfDocument *doc = passage->context->document;
	static const char *const plus[] = {"再加上", "加上", "再加", "加", NULL};
	for (guint k = 1; k < nodes->len; k++) {
		const CfClaim *before = node_atom(passage, nodes, k - 1)->claim;
		/* the clause of the figure opens with 加 (not 增加 inside it) */
		gsize at, to;
		cf_rates_range_before(passage->context, before, node_atom(passage, nodes, k)->claim,
				      TRUE, &at, &to);
		if (at == before->range.end)
			continue;
		while (at < to && doc->norm[at] == ' ')
			at++;
		gsize skipped = 0;
		if (!cf_rates_skip_word(doc->norm + at, to - at, &skipped, plus))
			continue;
		/* (the base restated on another basis, for its rate, is not it: 支出168.23亿元，…，
		 * 剔除疫情防控保障等一次性因素后，为165.61亿元，增长5.2%；加上…: the 168.23) */
		guint base = k - 1;
		while (base >= 1 &&
		       adjusted_restatement(passage, node_atom(passage, nodes, base - 1)->claim,
					    node_atom(passage, nodes, base)->claim))
			base--;
		if (base >= 1)
			g_ptr_array_remove_range(nodes, 0, base);
		/* (the restatements between the base and the chain are none of its parts) */
		if (base + 1 < k)
			g_ptr_array_remove_range(nodes, 1, k - 1 - base);
		return;
	}
}

/* When the amounts since the scope of closing total @closing do not add up to it, but the
 * sentence's amounts outside any breakdown do, exactly, those (…收入4402万元，加上级转移支付
 * 收入1884万元，其中：一般转移支付收入1478万元(…)，上年结转结余60万元，基金调入103万元，收入合计
 * 为6449万元: the 1884, not its part 1478): replaces @nodes with them. */
static void
whole_sentence_terms(Analysis *an, guint closing, GPtrArray *nodes)
{
	const CfProsePassage *passage = an->passage;
	const CfProseAtom *t = atom_at(passage, closing);
	CfDecimal p;
	CfInterval in;
	if (sum_nodes(passage, nodes, 0, nodes->len, &p, &in) && agrees(t->claim, p, in))
		return;
	guint from = closing;
	while (from > 0 && atom_at(passage, from - 1)->sentence == t->sentence)
		from--;
	g_autoptr(GPtrArray) outside = nodes_new();
	for (guint j = from; j < closing; j++) {
		const CfProseAtom *b = atom_at(passage, j);
		if (b->paren == t->paren && summable(b) && compatible(b->claim, t->claim) &&
		    !an->part[j])
			nodes_add(outside, j);
	}
	if (outside->len < 2 || outside->len == nodes->len ||
	    !sum_nodes(passage, outside, 0, outside->len, &p, &in) ||
	    cf_decimal_compare(p, t->claim->value) != 0)
		return;
	g_ptr_array_set_size(nodes, 0);
	for (guint k = 0; k < outside->len; k++)
		nodes_add(nodes, ((Node *)g_ptr_array_index(outside, k))->atom);
}

/* When the amounts since the scope of closing total @closing (@nodes) do not add up to it and
 * the scope opens with the parts of a breakdown, the breakdown's whole may stand for them, with
 * what it is added to (…收入5.25亿元…。加上转移性收入38.18亿元，其中：税收返还收入4650万元、…，
 * 收入合计43.43亿元: 5.25 + 38.18): those terms replace @nodes when they add up. */
static void
whole_for_its_parts(Analysis *an, guint scope, guint closing, GPtrArray *nodes)
{
	const CfProsePassage *passage = an->passage;
	const CfProseAtom *t = atom_at(passage, closing);
	CfDecimal p;
	CfInterval in;
	if (scope == 0 || !an->part[scope] || !an->result[scope - 1] ||
	    (sum_nodes(passage, nodes, 0, nodes->len, &p, &in) && agrees(t->claim, p, in)))
		return;
	guint whole = scope - 1;
	const CfProseAtom *w = atom_at(passage, whole);
	if (w->paren != t->paren || !summable(w) || !compatible(w->claim, t->claim))
		return;
	g_autoptr(GPtrArray) alt = nodes_new();
	guint base = added_to(an, whole, t);
	if (base != G_MAXUINT)
		nodes_add(alt, base);
	nodes_add(alt, whole);
	for (guint j = scope; j < closing; j++) {
		const CfProseAtom *b = atom_at(passage, j);
		if (!an->part[j] && b->paren == t->paren && summable(b) &&
		    compatible(b->claim, t->claim))
			nodes_add(alt, j);
	}
	if (!sum_nodes(passage, alt, 0, alt->len, &p, &in) || !agrees(t->claim, p, in))
		return;
	g_ptr_array_set_size(nodes, 0);
	for (guint k = 0; k < alt->len; k++)
		nodes_add(nodes, ((Node *)g_ptr_array_index(alt, k))->atom);
}

/* TRUE when figures @a and @b are of two budgets (cf_rates_of_other_budgets()) or name two
 * flows (收入, 支出). */
static gboolean
of_another_statement(const CfCheckContext *ctx, const CfClaim *a, const CfClaim *b)
{
	int fa = flow_of(a), fb = flow_of(b);
	return (fa && fb && fa != fb) || cf_rates_of_other_budgets(ctx, a, b);
}

/* The word that closes the list before @t, as its message names it (共 and 共计: 共计). */
static const char *
closing_cue(const CfDocument *doc, const CfProseAtom *t)
{
	static const char *const cues[] = {"合计", "总计", "小计", "累计", NULL};
	for (guint i = 0; cues[i]; i++)
		if (cf_prose_contains(doc, t->lead_start, t->claim->range.start, cues[i]))
			return cues[i];
	return "共计";
}

/* TRUE when the closing atom @closing is a count and the counts before it in its scope (from
 * @scope) say what it reaches (涉及, 覆盖, 惠及, 辐射) in their clause: 涉及全县14个镇区68个村,
 * 共72个项目 counts projects, not the towns and villages they are in. */
static gboolean
counts_of_reach(const CfProsePassage *passage, guint scope, guint closing)
{
	static const char *const reach[] = {"涉及", "覆盖", "惠及", "辐射", NULL};
	static const char *const marks[] = {"，", ",", "；", ";", "。", NULL};
	const CfDocument *doc = passage->context->document;
	if (atom_at(passage, closing)->claim->kind != CF_CLAIM_COUNT)
		return FALSE;
	for (guint j = scope; j < closing; j++) {
		const CfProseAtom *b = atom_at(passage, j);
		if (b->claim->kind != CF_CLAIM_COUNT)
			continue;
		/* its clause: from the last mark before it */
		gsize from = j > 0 ? atom_at(passage, j - 1)->lead_start : passage->range.start;
		from = MIN(from, b->lead_start);
		gsize end = b->claim->range.start;
		for (guint k = 0; marks[k]; k++) {
			gsize n = strlen(marks[k]);
			for (const char *p = doc->norm + from;
			     (p = memmem(p, end - (gsize)(p - doc->norm), marks[k], n)); p += n)
				from = MAX(from, (gsize)(p - doc->norm) + n);
		}
		if (cf_rates_first_of(doc->norm + from, end - from, reach) < end - from)
			return TRUE;
	}
	return FALSE;
}

/* TRUE when the closing atom @closing says 累计 alone (no 合计, 共计 …), or where things stand
 * now (目前, 现有, 年末 …), right after a figure of what is new (新增, 新培育 …) or of what was
 * closed (注销, 关停 …) in its sentence: the stock to date, not the sum of the figures before
 * it (新培育省级科技型中小企业147家,累计692家; 新增政务新媒体1个,注销3个,目前共计6个). */
static gboolean
stock_after_new(const CfProsePassage *passage, guint closing)
{
	static const char *const totals[] = {"合计", "共计", "总计", "总共", "小计", NULL};
	static const char *const now[] = {"目前", "现有", "现共有", "年末", "年底", "期末", NULL};
	static const char *const new_words[] = {
		"新增", "新培育", "新建", "新认定", "新引进", "新发展", "新签", "新开工", "新注册",
		"新招", "注销", "撤销", "关停", "关闭", "撤并", NULL};
	const CfDocument *doc = passage->context->document;
	const CfProseAtom *t = atom_at(passage, closing);
	gsize s = t->lead_start, e = t->claim->range.start;
	if (closing == 0)
		return FALSE;
	if (cf_rates_first_of(doc->norm + s, e - s, now) == e - s &&
	    (!cf_prose_contains(doc, s, e, "累计") ||
	     cf_rates_first_of(doc->norm + s, e - s, totals) < e - s))
		return FALSE;
	const CfProseAtom *b = atom_at(passage, closing - 1);
	return b->sentence == t->sentence &&
	       cf_rates_first_of(doc->norm + b->lead_start, b->claim->range.start - b->lead_start,
				 new_words) < b->claim->range.start - b->lead_start;
}

/* TRUE when the sentence of closing total @total, after the sentence of @before, holds a
 * comma before it, and neither 以上 nor 上述: it names what it is of in clauses of its own
 * (对接受的定向捐助资金,均按捐赠者的意愿使用,共计支出1.11万元). */
static gboolean
names_own_subject(const CfCheckContext *ctx, const CfClaim *before, const CfClaim *total)
{
	static const char *const stops[] = {"。", "；", ";", "！", "？", "\n", NULL};
	static const char *const commas[] = {"，", ",", NULL};
	static const char *const back[] = {"以上", "上述", NULL};
	const char *norm = ctx->document->norm;
	gsize from = before->range.end, to = total->range.start;
	if (to <= from)
		return FALSE;
	/* the sentence's start: after the last stop between them */
	gsize start = from;
	for (gsize p = from; p < to;) {
		gsize k = 0;
		if (cf_rates_skip_word(norm + p, to - p, &k, stops)) {
			p += k;
			start = p;
			continue;
		}
		p++;
	}
	gsize n = to - start;
	return start > from && cf_rates_first_of(norm + start, n, commas) < n &&
	       cf_rates_first_of(norm + start, n, back) == n;
}

/* TRUE when closing total @closing names after its cue a measure none of the parts before it
 * ends as (…成交额5.42亿元,共计溢价48.86万元: 溢价 of 交易额 and 成交额) and is less than one
 * of them: a figure of another measure summing something else, no total of theirs. */
static gboolean
names_other_measure(const CfProsePassage *passage, guint scope, guint closing)
{
	static const char *const cues[] = {"共计", "合计", "总计", "总共", "累计", "共", NULL};
	const CfProseAtom *t = atom_at(passage, closing);
	const char *label = t->claim->label;
	if (label == NULL)
		return FALSE;
	gsize at = 0;
	while (cf_rates_skip_word(label, strlen(label), &at, cues))
		;
	const char *measure = label + at;
	if (*measure == '\0')
		return FALSE;
	gboolean larger = FALSE;
	for (guint j = scope; j < closing; j++) {
		const CfProseAtom *b = atom_at(passage, j);
		if (b->paren != t->paren || !summable(b) || !compatible(b->claim, t->claim))
			continue;
		if (b->claim->label && cf_check_label_common_tail(b->claim->label, measure) > 0)
			return FALSE;
		larger = larger || cf_decimal_compare(b->claim->value, t->claim->value) > 0;
	}
	return larger;
}

/* A total after its parts (共计 / 合计 / 总计).  A total whose own words name its items
 * (进口货物增值税、消费税和关税合计21628.75亿元) is of those items, not of the amounts stated
 * before it (国内增值税…；国内消费税…): it is left alone. */
static void
closing_total(Analysis *an, guint closing, guint scope)
{
	const CfProsePassage *passage = an->passage;
	const CfProseAtom *t = atom_at(passage, closing);
	/* its words: from its clause's start or the figure before, whichever is later (the
	 * lead stops at a 、) */
	gsize words = closing > 0 ? atom_at(passage, closing - 1)->claim->range.end
				  : passage->range.start;
	if (t->unit < passage->n_unit_starts)
		words = MAX(words, passage->unit_starts[t->unit]);
	if (names_a_list(passage->context->document, MIN(words, t->lead_start),
			 t->claim->range.start))
		return;
	if (stock_after_new(passage, closing) || counts_of_reach(passage, scope, closing))
		return;
	gboolean each = FALSE;
	guint plain_parts = 0;
	for (guint j = scope; j < closing; j++) {
		const CfProseAtom *b = atom_at(passage, j);
		if (b->paren != t->paren)
			continue; /* an aside: 一批…3374.3万元(其中建筑工程3292万元) */
		if ((b->flags & CF_PROSE_EACH) && (is_money(b->claim) || b->claim->kind == CF_CLAIM_RATE))
			each = TRUE;
		else if (summable(b) && compatible(b->claim, t->claim))
			plain_parts++;
	}
	if (each && is_money(t->claim)) {
		if (t->claim->kind == CF_CLAIM_EXPRESSION)
			return; /* the expression states its own arithmetic */
		GPtrArray *terms = cf_term_array_new();
		GPtrArray *plain = an->narrow ? cf_term_array_new() : NULL;
		if (!product_terms(an, scope, closing, terms, plain)) {
			g_ptr_array_set_free_func(terms, (GDestroyNotify)cf_term_free);
			g_ptr_array_unref(terms);
			if (plain)
				g_ptr_array_unref(plain);
			return;
		}
		if (plain) {
			g_ptr_array_set_free_func(plain, NULL);
			CfTerm *computed = cf_term_new_sum(plain);
			record_narrow(an->narrow, t->claim, computed);
			cf_term_free(computed);
		}
		CfRelation *r = cf_relation_new(CF_RELATION_SUM, "product-mismatch", CF_SEVERITY_ERROR,
						atom_term(an, closing), terms,
						"count × amount each");
		an->result[closing] = TRUE;
		an->product[closing] = TRUE;
		add(an, r, CF_PROSE_WANT_PRODUCT);
		return;
	}
	if (each)
		return;
	if (plain_parts > MAX_LIST_PARTS)
		return;
	if (plain_parts >= 2 && names_other_measure(passage, scope, closing))
		return;
	if (plain_parts >= 2) {
		g_autoptr(GPtrArray) nodes = nodes_new();
		guint base = added_to(an, scope, t);
		if (base != G_MAXUINT)
			nodes_add(nodes, base);
		for (guint j = scope; j < closing; j++) {
			const CfProseAtom *b = atom_at(passage, j);
			if (b->paren == t->paren && summable(b) && compatible(b->claim, t->claim))
				nodes_add(nodes, j);
		}
		CfDecimal p;
		CfInterval in;
		if (!sum_nodes(passage, nodes, 0, nodes->len, &p, &in) ||
		    !agrees(t->claim, p, in)) {
			fold_subtotals(passage, nodes);
			chain_from_its_base(passage, nodes);
		}
		whole_for_its_parts(an, scope, closing, nodes);
		whole_sentence_terms(an, closing, nodes);
		const char *cue = closing_cue(passage->context->document, t);
		g_autofree char *what = g_strdup_printf("the %u %s listed before %s", nodes->len,
							kind_noun(t->claim, TRUE), cue);
		add_sum(an, closing, nodes, FALSE, what);
		return;
	}
	if (plain_parts > 0)
		return; /* one part in the same sentence: not clearly a sum */

	/* after subtotals of its sentence (…，小计10万元；…，小计10万元；…，小计15万元；共计45万元):
	 * their sum */
	{
		g_autoptr(GPtrArray) subtotals = nodes_new();
		guint start = closing;
		while (start > 0 && atom_at(passage, start - 1)->sentence == t->sentence)
			start--;
		for (guint j = start; j < closing; j++) {
			const CfProseAtom *b = atom_at(passage, j);
			if ((b->flags & CF_PROSE_CLOSING) && an->result[j] &&
			    b->paren == t->paren && compatible(b->claim, t->claim))
				nodes_add(subtotals, j);
		}
		if (subtotals->len >= 2) {
			g_autofree char *what =
				g_strdup_printf("the %u subtotals before it", subtotals->len);
			add_sum(an, closing, subtotals, FALSE, what);
			return;
		}
	}
	/* nothing before it in its sentence: a restatement of the result just before, or the sum
	 * of the one-amount clauses before it (工资：约800万。…：100000元。合计：820万元) */
	guint previous = G_MAXUINT;
	for (guint j = closing; j-- > 0;) {
		const CfProseAtom *b = atom_at(passage, j);
		if (compatible(b->claim, t->claim) && !(b->flags & CF_PROSE_CHANGE)) {
			previous = j;
			break;
		}
	}
	if (previous == G_MAXUINT || (atom_at(passage, previous)->flags & CF_PROSE_EACH))
		return;
	const CfProseAtom *pa = atom_at(passage, previous);
	if (pa->sentence + 1 != t->sentence && pa->unit + 1 != t->unit)
		return;
	/* a total of another budget or flow than the figure before it is no restatement nor sum
	 * of it (…支出总计6506.4亿元，…。省级政府性基金预算收入总计2385.3亿元: each fund's own) */
	if (of_another_statement(passage->context, t->claim, pa->claim))
		return;
	/* a stock at a date (截至2023年末,…资金和股票累计11440.71亿元) after the year's flows
	 * stated before it restates none and sums none */
	if (says_progress(passage->context->document, pa->claim->range.end, t->claim->range.start))
		return;
	/* (a total in a sentence that opens with 其中 is a part's own: …资金合计671037万元。其中，
	 * 安排…8项约束性任务资金合计575218万元，安排指导性任务资金合计95819万元) */
	if ((an->result[previous] || pa->claim->kind == CF_CLAIM_EXPRESSION) &&
	    !opens_with_qizhong(passage->context->document, pa->claim->range.end,
				t->claim->range.start)) {
		gboolean product = an->product[previous] || pa->claim->kind == CF_CLAIM_EXPRESSION;
		GPtrArray *terms = cf_term_array_new();
		g_ptr_array_add(terms, atom_term(an, previous));
		if (an->narrow) {
			/* what the result before narrowed to, whether the terms read it or not */
			CfTerm *computed = cf_prose_narrowed_term(
				passage->context, atom_at(passage, previous)->claim, an->narrow);
			record_narrow(an->narrow, t->claim, computed);
			cf_term_free(computed);
		}
		CfRelation *r = cf_relation_new(CF_RELATION_EQUAL,
						product ? "product-mismatch" : "sum-mismatch",
						CF_SEVERITY_ERROR, atom_term(an, closing), terms,
						"the total restated");
		an->result[closing] = TRUE;
		an->product[closing] = product;
		add(an, r, product ? CF_PROSE_WANT_PRODUCT : CF_PROSE_WANT_SUM);
		return;
	}
	/* (a total whose sentence says first, in clauses of its own, what it is of sums nothing
	 * before: …援助资金5.00万元。对接受的定向捐助资金,均按捐赠者的意愿使用,共计支出1.11万元,
	 * unless it says it sums what was said above: 以上, 上述) */
	if (names_own_subject(passage->context, pa->claim, t->claim))
		return;
	/* walk back over units holding one amount each, up to the start of a numbered item */
	g_autoptr(GPtrArray) nodes = nodes_new();
	guint expect = t->unit;
	guint j = closing;
	while (j > 0) {
		guint u = atom_at(passage, j - 1)->unit;
		if (u + 1 != expect)
			break;
		guint first = j - 1;
		while (first > 0 && atom_at(passage, first - 1)->unit == u)
			first--;
		guint part = G_MAXUINT, found = 0;
		gboolean bad = FALSE;
		for (guint k = first; k < j; k++) {
			const CfProseAtom *x = atom_at(passage, k);
			if (x->claim->kind == CF_CLAIM_RATE || (x->flags & CF_PROSE_EACH))
				bad = TRUE;
			else if (compatible(x->claim, t->claim)) {
				found++;
				part = k;
				if (!summable(x))
					bad = TRUE;
			}
		}
		if (found != 1 || bad)
			break;
		Node *node = g_new0(Node, 1);
		node->atom = part;
		g_ptr_array_insert(nodes, 0, node);
		expect = u;
		j = first;
		gsize from = u < passage->n_unit_starts ? passage->unit_starts[u] : passage->range.start;
		if (item_marker_between(passage, from, atom_at(passage, first)->claim->range.start))
			break;
	}
	if (nodes->len < 2)
		return;
	const char *cue = cf_prose_contains(passage->context->document, t->lead_start,
					    t->claim->range.start, "合计") ? "合计" : "共计";
	g_autofree char *what = g_strdup_printf("the %u amounts stated before %s", nodes->len, cue);
	add_sum(an, closing, nodes, FALSE, what);
}

/* Operands of an expression: "35人*600元/月*12月＝252000元" → sum of products. */
static void
expression(Analysis *an, guint index)
{
	const CfProsePassage *passage = an->passage;
	const CfCheckContext *ctx = passage->context;
	const CfClaim *e = atom_at(passage, index)->claim;
	const char *text = ctx->document->norm + e->range.start;
	gsize len = e->range.end - e->range.start;
	const char *eq = NULL;
	gsize eq_len = 0;
	for (gsize p = 0; p < len; p++) {
		if (text[p] == '=') {
			eq = text + p;
			eq_len = 1;
			break;
		}
		if (p + 3 <= len && memcmp(text + p, "＝", 3) == 0) {
			eq = text + p;
			eq_len = 3;
			break;
		}
	}
	if (eq == NULL)
		return;
	/* the result: the claim standing after the equals sign, else the expression itself */
	const CfClaim *result = e;
	gsize result_start = (eq - ctx->document->norm) + eq_len;
	for (guint i = cf_rates_first_claim_at(ctx, result_start); i < ctx->claims->len; i++) {
		const CfClaim *c = g_ptr_array_index(ctx->claims, i);
		if (c->range.start != result_start)
			break;
		if (c->kind == CF_CLAIM_AMOUNT || c->kind == CF_CLAIM_NUMBER) {
			result = c;
			break;
		}
	}
	GPtrArray *addends = g_ptr_array_new();
	GPtrArray *factors = g_ptr_array_new();
	gboolean money = FALSE, ok = TRUE;
	const char *p = text, *end = eq;
	GString *label = g_string_new(NULL);
	while (p < end && ok) {
		/* one operand: a number, then its unit up to the next operator */
		const char *q = p;
		while (q < end && (g_ascii_isdigit(*q) || *q == '.' || *q == ','))
			q++;
		if (q == p) {
			ok = FALSE;
			break;
		}
		CfDecimal value;
		g_autofree char *digits = g_strndup(p, q - p);
		if (!cf_decimal_parse(digits, -1, &value)) {
			ok = FALSE;
			break;
		}
		const char *op = q;
		while (op < end && *op != '*' && *op != 'x' && *op != 'X' && *op != '+' &&
		       !(op + 2 < end + 1 && (memcmp(op, "×", 2) == 0 || memcmp(op, "＊", 3) == 0 ||
					      memcmp(op, "＋", 3) == 0)))
			op = g_utf8_next_char(op);
		/* the unit's power of ten: 万 = 10^4, 亿 = 10^8 */
		if (g_strstr_len(q, op - q, "元")) {
			money = TRUE;
			int exponent = g_strstr_len(q, op - q, "亿") ? 8 : g_strstr_len(q, op - q, "万") ? 4 : 0;
			if (!cf_decimal_shift(value, exponent, &value)) {
				ok = FALSE;
				break;
			}
		}
		g_autofree char *operand = g_strndup(p, op - p);
		g_ptr_array_add(factors, cf_term_new_constant(value, operand));
		if (label->len)
			cf_check_append(label, factors->len > 1 ? " × " : " + ");
		cf_check_append(label, operand);
		gboolean plus = op < end && (*op == '+' || memcmp(op, "＋", MIN(3, (gsize)(end - op))) == 0);
		if (op >= end || plus) {
			g_ptr_array_add(addends, cf_term_new_product(factors));
			factors = g_ptr_array_new();
		}
		if (op < end)
			op = g_utf8_next_char(op);
		p = op;
	}
	if (factors->len)
		g_ptr_array_add(addends, cf_term_new_product(factors));
	else
		g_ptr_array_unref(factors);
	if (!ok || addends->len == 0) {
		g_ptr_array_set_free_func(addends, (GDestroyNotify)cf_term_free);
		g_ptr_array_unref(addends);
		g_string_free(label, TRUE);
		return;
	}
	/* operands without a money unit are in the result's unit: 3×6=18万元 */
	if (!money && result->unit_exponent != 0) {
		GPtrArray *scaled = g_ptr_array_new();
		g_ptr_array_add(scaled, cf_term_new_sum(addends));
		CfDecimal unit;
		cf_decimal_shift(cf_decimal_from_int(1), result->unit_exponent, &unit);
		g_ptr_array_add(scaled, cf_term_new_constant(unit, NULL));
		addends = g_ptr_array_new();
		g_ptr_array_add(addends, cf_term_new_product(scaled));
	}
	CfTerm *computed = cf_term_new_sum(addends);
	computed->label = g_string_free(label, FALSE);
	record_narrow(an->narrow, e, computed);
	if (result != e)
		record_narrow(an->narrow, result, computed);
	GPtrArray *terms = cf_term_array_new();
	g_ptr_array_add(terms, computed);
	CfRelation *r = cf_relation_new(CF_RELATION_EQUAL, "product-mismatch", CF_SEVERITY_ERROR,
					cf_term_new_claim(result), terms, "the arithmetic written");
	an->result[index] = TRUE;
	an->product[index] = TRUE;
	add(an, r, CF_PROSE_WANT_PRODUCT);
}

/* Fills an->amount_before and an->heads_before in one pass over the atoms. */
static void
nearest_before(Analysis *an)
{
	const CfProsePassage *passage = an->passage;
	guint n = passage->atoms->len;
	an->amount_before = g_new(guint, 2 * (gsize)n);
	an->heads_before = an->amount_before + n;
	guint amount = G_MAXUINT, heads = G_MAXUINT;
	for (guint i = 0; i < n; i++) {
		const CfProseAtom *b = atom_at(passage, i);
		if (i > 0 && b->sentence != atom_at(passage, i - 1)->sentence)
			amount = heads = G_MAXUINT;
		an->amount_before[i] = amount;
		an->heads_before[i] = heads;
		if (is_money(b->claim) && summable(b))
			amount = i;
		if (b->claim->kind == CF_CLAIM_COUNT && measure_matches("人", b->claim->unit))
			heads = i;
	}
}

/* A per-capita rate: 费用102.18万元 … 582人 … 成本为1756元/人. */
static void
rate(Analysis *an, guint index)
{
	const CfProsePassage *passage = an->passage;
	const CfProseAtom *a = atom_at(passage, index);
	char measure[8], noun[64];
	if (a->claim->kind == CF_CLAIM_RATE) {
		per_unit_phrase(passage->context->document, a, measure, noun);
	} else if (is_money(a->claim)) {
		strcpy(measure, "人"); /* 人均 */
	} else {
		return;
	}
	if (!g_str_equal(measure, "人") && !g_str_equal(measure, "名"))
		return;
	/* the nearest amount and count of heads before it in its sentence (measure_matches()
	 * of 人 and of 名 takes the same units), read once per passage (looked for back from
	 * each rate, a sentence of n rates cost n²) */
	if (an->amount_before == NULL)
		nearest_before(an);
	guint amount = an->amount_before[index], count = an->heads_before[index];
	if (amount == G_MAXUINT || count == G_MAXUINT)
		return;
	const CfClaim *n = atom_at(passage, count)->claim;
	if (n->qualifier != CF_QUALIFIER_NONE || cf_decimal_sign(n->value) <= 0)
		return;
	GPtrArray *terms = cf_term_array_new();
	g_ptr_array_add(terms, atom_term(an, amount));
	g_ptr_array_add(terms, cf_term_new_claim_with_interval(n, cf_interval_point(n->value)));
	CfRelation *r = cf_relation_new(CF_RELATION_RATIO, "rate-mismatch", CF_SEVERITY_ERROR,
					cf_term_new_claim(a->claim), terms, "the rate per head");
	r->ratio_exponent = 0;
	add(an, r, CF_PROSE_WANT_RATE);
}

/* TRUE when amount @j may be what part @part breaks down, wherever it stands: summable, of
 * the part's measure, not a figure compared with nor one a reason names. */
static gboolean
may_stand_whole(const CfProsePassage *passage, guint part, guint j)
{
	const CfProseAtom *b = atom_at(passage, j);
	return summable(b) && compatible(b->claim, atom_at(passage, part)->claim) &&
	       !cf_rates_is_compared_figure(passage->context, b->claim) &&
	       !cf_prose_contains(passage->context->document, b->lead_start, b->claim->range.start,
				  "原因");
}

/* The whole of part @part when it opens a parenthesis right after a change (增加60000万元(其中
 * 旗本级58800万元…): that change; else @whole. */
static guint
changed_by_aside(const CfProsePassage *passage, guint part, guint whole)
{
	const CfProseAtom *a = atom_at(passage, part);
	if (part == 0 || a->paren == 0)
		return whole;
	const CfProseAtom *c = atom_at(passage, part - 1);
	const char *norm = passage->context->document->norm;
	gsize p = c->claim->range.end;
	if (!(c->flags & CF_PROSE_CHANGE) || c->paren != 0 || !compatible(c->claim, a->claim) ||
	    c->sentence != a->sentence ||
	    !(norm[p] == '(' || strncmp(norm + p, "（", strlen("（")) == 0))
		return whole;
	return part - 1;
}

/* The sentences before part @i's (its cue opening it) its whole may stand in: the one before,
 * or the one before that when the one before holds no atom and names kinds (…实际支出共计
 * 5353.48万元。扶持项目主要包括三大类：一是…。其中支持…1650万元、…: 包括, 分为, 类, 以下). */
static guint
whole_reach(const CfProsePassage *passage, guint i)
{
	const CfProseAtom *a = atom_at(passage, i);
	if (!(a->flags & CF_PROSE_SENTENCE_CUE))
		return 0;
	if (i == 0 || atom_at(passage, i - 1)->sentence + 2 != a->sentence)
		return 1;
	static const char *const kinds[] = {"包括", "分为", "类", "以下", NULL};
	const CfDocument *doc = passage->context->document;
	for (guint w = 0; kinds[w]; w++)
		if (cf_prose_contains(doc, atom_at(passage, i - 1)->claim->range.end,
				      a->claim->range.start, kinds[w]))
			return 2;
	return 1;
}

/* An amount the part @part (after 其中) may break down: the last before it in its sentence
 * (or, when the cue opens the sentence, in the one before: whole_reach()) that
 * may_stand_whole() (…下降12.5%，主要原因是2022年有疫情防控经费29.01万元。其中：…: not the
 * 29.01). */
static gboolean
may_be_whole(const CfProsePassage *passage, guint part, guint j)
{
	const CfProseAtom *a = atom_at(passage, part), *b = atom_at(passage, j);
	if (b->sentence + whole_reach(passage, part) < a->sentence)
		return FALSE;
	/* (an aside is no whole of a part outside it: 年初预算数761.21万元(含上年结转5.01万元)，
	 * 其中：… breaks down the 761.21) */
	if (b->paren != 0 && a->paren == 0)
		return FALSE;
	return may_stand_whole(passage, part, j);
}

/* Sentences back a whole of the part's own scope may be (全县基金收入…。县本级…，高新区…。其中，
 * 全县土地基金收入…). */
#define SCOPE_SENTENCES 2

/* TRUE when labels @a and @b open with the same two characters (the scope they name: 全县, 高新). */
static gboolean
same_scope(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return FALSE;
	const char *ea = g_utf8_offset_to_pointer(a, MIN(2, g_utf8_strlen(a, -1)));
	gsize n = (gsize)(ea - a);
	return n > 0 && strlen(b) >= n && memcmp(a, b, n) == 0;
}

/* Words that name a measure's total after it (资产总额, 支出合计). */
static const char *const total_closers[] = {"总额", "合计", "总计", "总数", NULL};

/* An amount before @nearest (up to SCOPE_SENTENCES back, at its level) whose name ends with
 * the measure @label ends with (@tail characters) and a total word (国有资产总额 for …资产),
 * when it may stand whole of @part; G_MAXUINT when none. */
static guint
measure_total_before(const CfProsePassage *passage, guint part, guint nearest, const char *label,
		     guint tail)
{
	const char *measure = label + strlen(label);
	for (guint k = 0; k < tail; k++)
		measure = g_utf8_prev_char(measure);
	gsize n = strlen(measure);
	guint sentence = atom_at(passage, part)->sentence;
	for (guint j = nearest; j-- > 0;) {
		const CfProseAtom *b = atom_at(passage, j);
		if (b->sentence + SCOPE_SENTENCES < sentence)
			break;
		const char *name = b->claim->label;
		if (name == NULL || b->paren != atom_at(passage, nearest)->paren)
			continue;
		gsize length = strlen(name);
		for (guint w = 0; total_closers[w]; w++) {
			gsize closer = strlen(total_closers[w]);
			if (length >= n + closer &&
			    memcmp(name + length - closer, total_closers[w], closer) == 0 &&
			    memcmp(name + length - closer - n, measure, n) == 0 &&
			    may_stand_whole(passage, part, j))
				return j;
		}
	}
	return G_MAXUINT;
}

/* How many characters @label and @name end with in common, @name read without a total word
 * it ends with (累计可用财力 in 全区累计可用财力合计 for 区本级累计可用财力: 6). */
static guint
common_tail_of_total(const char *label, const char *name)
{
	guint common = cf_check_label_common_tail(label, name);
	gsize length = strlen(name);
	for (guint w = 0; total_closers[w]; w++) {
		gsize closer = strlen(total_closers[w]);
		if (length > closer &&
		    memcmp(name + length - closer, total_closers[w], closer) == 0) {
			g_autofree char *measure = g_strndup(name, length - closer);
			return MAX(common, cf_check_label_common_tail(label, measure));
		}
	}
	return common;
}

/* TRUE when @whole is less than half of @part. */
static gboolean
less_than_half(CfDecimal whole, CfDecimal part)
{
	CfDecimal twice;
	return cf_decimal_add(whole, whole, &twice) && cf_decimal_compare(twice, part) < 0;
}

/* The whole of part @part, @nearest or an amount before it: when the part names a measure the
 * nearest amount does not, the one before that names it (…资产总额30.0万亿元，…净资产20.5万亿
 * 元。其中，行政单位资产总额8.9万亿元，事业单位资产总额21.1万亿元: 30.0, not 20.5); when it
 * names the measure but opens with another scope, the one of its scope and measure up to
 * SCOPE_SENTENCES back (全县土地基金收入 after 高新区基金收入: 全县基金收入). */
static guint
whole_by_measure(const CfProsePassage *passage, guint part, guint nearest)
{
	const char *label = atom_at(passage, part)->claim->label;
	if (label == NULL)
		return nearest;
	guint sentence = atom_at(passage, part)->sentence;
	const char *near_label = atom_at(passage, nearest)->claim->label;
	guint tail = cf_check_label_common_tail(label, near_label);
	if (tail >= 2) {
		/* the nearest names more of the measure than the part (净资产 over 行政单位资产):
		 * the whole is an amount before it whose name is that measure's total (资产总额) */
		guint total = tail < g_utf8_strlen(near_label, -1)
				      ? measure_total_before(passage, part, nearest, label, tail)
				      : G_MAXUINT;
		if (total != G_MAXUINT)
			return total;
		/* the part names its scope first and the nearest amount another (全县土地基金收入
		 * after 高新区基金收入): the whole is the earlier amount of that scope and measure
		 * (全县基金收入) when there is one */
		if (same_scope(label, near_label))
			return nearest;
		for (guint j = nearest; j-- > 0;) {
			const CfProseAtom *b = atom_at(passage, j);
			if (b->sentence + SCOPE_SENTENCES < sentence)
				break;
			/* (an amount of the part's own name is a part of another list: 常住人口…
			 * 其中城镇人口41.4万人 before 户籍总人口…其中城镇人口25.0万人) */
			/* (not one less than half the part: 市本级发放贷款1161笔 is no whole of 市本级
			 * 累计发放贷款36046笔; a part a little over its whole is an error to report) */
			if (b->paren == atom_at(passage, nearest)->paren &&
			    may_stand_whole(passage, part, j) && b->claim->label != NULL &&
			    strcmp(b->claim->label, label) != 0 &&
			    same_scope(label, b->claim->label) &&
			    cf_check_label_common_tail(label, b->claim->label) >=
				    MEASURE_TAIL_CHARS &&
			    !less_than_half(b->claim->value, atom_at(passage, part)->claim->value))
				return j;
		}
		/* an amount before the nearest in its sentence that names the part's measure, which
		 * the nearest names only the end of (资产总额30.0万亿元，负债总额9.5万亿元。其中，
		 * 行政单位资产总额…: 资产总额, not 负债总额) */
		/* (of the sentence the nearest closes, the parts opening the next) */
		guint closed = atom_at(passage, nearest)->sentence;
		for (guint j = nearest; closed < sentence && j-- > 0;) {
			const CfProseAtom *b = atom_at(passage, j);
			if (b->sentence != closed)
				break;
			if (b->paren == atom_at(passage, nearest)->paren &&
			    b->claim->label != NULL && strcmp(b->claim->label, label) != 0 &&
			    may_stand_whole(passage, part, j)) {
				guint longer = cf_check_label_common_tail(label, b->claim->label);
				if (longer > tail && longer >= MEASURE_TAIL_CHARS)
					return j;
			}
		}
		return nearest;
	}
	/* the nearest names nothing of the part's measure (年末结转结余 before 其中，基本支出…):
	 * an amount before it whose name is that measure's total (本年支出合计) */
	static const char *const measures[] = {"支出", "收入", "资金", "经费",
					       "资产", "负债", NULL};
	gsize length = strlen(label);
	for (guint m = 0; tail == 0 && measures[m]; m++) {
		gsize n = strlen(measures[m]);
		if (length > n && memcmp(label + length - n, measures[m], n) == 0) {
			guint total = measure_total_before(passage, part, nearest, label, 2);
			if (total != G_MAXUINT)
				return total;
			break;
		}
	}
	/* the one that names the most of it, the nearest of those (累计可用财力合计121.78亿元，
	 * 主要包括：当年可用财力81.66亿元，…。其中：区本级累计可用财力98.98亿元: 121.78) */
	guint best = nearest, best_tail = MEASURE_TAIL_CHARS - 1;
	for (guint j = nearest; j-- > 0;) {
		const CfProseAtom *b = atom_at(passage, j);
		if (b->sentence + 1 < sentence)
			break;
		/* at the nearest amount's level (not in an aside), under another name: an amount
		 * of the part's own name is another part (三批…(其中建筑工程757.44万元)，合计…
		 * (其中建筑工程6025.215万元)) */
		if (b->paren != atom_at(passage, nearest)->paren || b->claim->label == NULL ||
		    strcmp(b->claim->label, label) == 0)
			continue;
		guint common = common_tail_of_total(label, b->claim->label);
		if (common > best_tail && may_be_whole(passage, part, j)) {
			best = j;
			best_tail = common;
		}
	}
	return best;
}

/* The cues a list of parts opens with, after the name of their whole (支出包括：). */
static const char *const list_cues[] = {"包括", "包含", "其中", "分别", "具体是", "具体为", NULL};

/* The whole of the list whose first part is @part, when a ； closes the clause of @nearest
 * (the amount before it) and the list names its whole before its cue (收入包括：A、B；支出包括：
 * C、D): @nearest when it bears that name as a total's (本年支出合计), else the last amount
 * before it in the sentence that does, else G_MAXUINT — 上年结转结余23,067.24元 ends the 收入
 * list and is no whole of the 支出 one. */
static guint
whole_named_by_lead(const CfProsePassage *passage, guint part, guint nearest)
{
	const CfDocument *doc = passage->context->document;
	const CfProseAtom *a = atom_at(passage, part);
	gsize from = atom_at(passage, nearest)->claim->range.end, to = a->claim->range.start;
	const char *text = doc->norm + from;
	gsize n = to - from;
	const char *after = NULL;
	static const char *const breaks[] = {"；", ";", NULL};
	for (guint w = 0; breaks[w]; w++)
		for (const char *p = text;
		     (p = memmem(p, n - (gsize)(p - text), breaks[w], strlen(breaks[w])));
		     p += strlen(breaks[w]))
			if (after == NULL || p + strlen(breaks[w]) > after)
				after = p + strlen(breaks[w]);
	if (after == NULL)
		return nearest;
	/* the name: the words from the ； to the cue */
	gsize rest = n - (gsize)(after - text), cue = cf_rates_first_of(after, rest, list_cues);
	while (cue > 0 && after[0] == ' ')
		after++, cue--;
	if (cue == rest || g_utf8_strlen(after, (gssize)cue) < 2)
		return nearest;
	g_autofree char *name = g_strndup(after, cue);
	static const char *const total_words[] = {"合计", "总计", "总额", "总数", "共计",
						  "总预算", NULL};
	for (guint j = nearest + 1; j-- > 0;) {
		const CfProseAtom *b = atom_at(passage, j);
		if (b->sentence != a->sentence)
			break;
		/* 本年支出合计, not the part 项目支出 */
		const char *label = b->claim->label;
		if (may_be_whole(passage, part, j) && label && strstr(label, name) &&
		    cf_rates_contains_any(label, total_words))
			return j;
	}
	return G_MAXUINT;
}

/* The whole of the parts from atom @part when its sentence holds none: an amount of the
 * sentence before whose name the sentence opens with (市级留用新增债券27.38亿元,…。市级留用新增
 * 债券共安排20个项目,其中,社会事业方面8.4亿元,…: 27.38); G_MAXUINT when there is none. */
static guint
whole_named_by_subject(const CfProsePassage *passage, guint part)
{
	const CfDocument *doc = passage->context->document;
	const CfProseAtom *a = atom_at(passage, part);
	guint first = part;
	while (first > 0 && atom_at(passage, first - 1)->sentence == a->sentence)
		first--;
	if (first == 0 || first == part)
		return G_MAXUINT;
	/* the sentence's opening words, from its first figure's lead */
	gsize open = atom_at(passage, first)->lead_start;
	while (open < a->claim->range.start && doc->norm[open] == ' ')
		open++;
	for (guint j = first; j-- > 0;) {
		const CfProseAtom *b = atom_at(passage, j);
		if (b->sentence + 1 != a->sentence)
			break;
		const char *label = b->claim->label;
		gsize n = label ? strlen(label) : 0;
		if (g_utf8_strlen(label ? label : "", -1) < MEASURE_TAIL_CHARS * 2 ||
		    open + n > a->claim->range.start || memcmp(doc->norm + open, label, n) != 0)
			continue;
		if (b->paren == a->paren && may_stand_whole(passage, part, j))
			return j;
	}
	return G_MAXUINT;
}

/* TRUE when the clause of atom @part names two things or more before its 分别, of the measure
 * the whole @total names (股份制企业产值1.2亿元,外商及港、澳、台商投资企业和其他经济类型企业产值
 * 分别为3.61、0.04亿元): the figures are theirs, one each, siblings of the whole, not its
 * parts. */
static gboolean
names_before_spread(const CfProsePassage *passage, guint part, guint total)
{
	static const char spread[] = "分别";
	static const char *const joins[] = {"、", "和", "及", "与", NULL};
	static const char *const clause_marks[] = {"，", ",", "；", ";", "。", "：", ":", NULL};
	const CfDocument *doc = passage->context->document;
	const CfProseAtom *a = atom_at(passage, part);
	gsize lead = a->lead_start, end = a->claim->range.start;
	const char *at = memmem(doc->norm + lead, end - lead, spread, sizeof spread - 1);
	if (at == NULL)
		return FALSE;
	/* the clause before it: back to its mark, not past the figure before */
	gsize q = (gsize)(at - doc->norm),
	      from = part > 0 ? atom_at(passage, part - 1)->claim->range.end : passage->range.start;
	for (guint k = 0; clause_marks[k]; k++) {
		gsize n = strlen(clause_marks[k]);
		for (const char *p = doc->norm + from;
		     (p = memmem(p, q - (gsize)(p - doc->norm), clause_marks[k], n)); p += n)
			from = MAX(from, (gsize)(p - doc->norm) + n);
	}
	if (from >= q || cf_rates_first_of(doc->norm + from, q - from, joins) == q - from)
		return FALSE;
	const char *label = atom_at(passage, total)->claim->label;
	if (label == NULL)
		return FALSE;
	g_autofree char *named = g_strndup(doc->norm + from, q - from);
	if (cf_check_label_common_tail(label, named) >= 2)
		return TRUE;
	/* or of another measure than the whole (地区生产总值380亿元，…，财政收入和地方财政收入
	 * 分别达到70亿元和40亿元) */
	static const char *const measures[] = {"收入", "支出", "产值", "总值", "资金", "经费",
					       "资产", "负债", "余额", "投资", NULL};
	gint whole_measure = -1, named_measure = -1;
	for (gint m = 0; measures[m]; m++) {
		if (g_str_has_suffix(label, measures[m]))
			whole_measure = m;
		if (g_str_has_suffix(named, measures[m]))
			named_measure = m;
	}
	return whole_measure >= 0 && named_measure >= 0 && whole_measure != named_measure;
}

/* The running sums of the first 2, 3 … parts from atom @part (the summable figures of its
 * measure in its sentence, at its level), into @sums; their number. */
static guint
running_sums(const CfProsePassage *passage, guint part, CfDecimal *sums)
{
	const CfProseAtom *a = atom_at(passage, part);
	CfDecimal sum = cf_decimal_from_int(0);
	guint n = 0, parts = 0;
	for (guint k = part; k < passage->atoms->len && n < MAX_LIST_PARTS; k++) {
		const CfProseAtom *b = atom_at(passage, k);
		if (b->sentence != a->sentence)
			break;
		if (b->paren != a->paren || !summable(b) || !compatible(b->claim, a->claim) ||
		    (b->flags & (CF_PROSE_CHANGE | CF_PROSE_EACH | CF_PROSE_CLOSING)))
			continue;
		if (!cf_decimal_add(sum, b->claim->value, &sum))
			break;
		if (++parts >= 2)
			sums[n++] = sum;
	}
	return n;
}

/* The whole of the parts from atom @part: @nearest, unless no run of the first parts adds up
 * to it and one adds up exactly to an amount before it in the sentence that may stand whole
 * (实有职工50人，…其中在编31人，…临聘19人，…；离退休人员23人，…；其中大学本科22人，专科21人，
 * 中专及高中以下7人: 50, not 23). */
static guint
whole_by_sum(const CfProsePassage *passage, guint part, guint nearest)
{
	CfDecimal sums[MAX_LIST_PARTS];
	guint n = running_sums(passage, part, sums);
	if (n == 0)
		return nearest;
	const CfProseAtom *t = atom_at(passage, nearest);
	for (guint m = 0; m < n; m++)
		if (cf_decimal_compare(t->claim->value, sums[m]) == 0)
			return nearest;
	for (guint j = nearest; j-- > 0;) {
		const CfProseAtom *b = atom_at(passage, j);
		if (b->sentence != t->sentence)
			break;
		if (b->paren != t->paren || !may_be_whole(passage, part, j))
			continue;
		for (guint m = 0; m < n; m++)
			if (cf_decimal_compare(b->claim->value, sums[m]) == 0)
				return j;
	}
	return nearest;
}

/* TRUE when @label names one of the two parts every spending has (基本支出, 项目支出). */
static gboolean
names_spending_part(const char *label)
{
	static const char *const parts[] = {"基本支出", "项目支出", NULL};
	return label && cf_rates_contains_any(label, parts);
}

/* A change broken down into the changes of spending's two parts, opening at atom @first
 * (支出预算较2025减少18.23万元，主要是基本支出预算增加91.32万元，项目支出预算减少73.09
 * 万元: −18.23 = +91.32 − 73.09): the change before it is the sum of theirs, each with its
 * sign.  Returns the last atom read, or @first when it is no such list. */
static guint
changes_of_parts(Analysis *an, guint first)
{
	const CfProsePassage *passage = an->passage;
	if (first == 0)
		return first;
	const CfProseAtom *f = atom_at(passage, first);
	const CfProseAtom *t = atom_at(passage, first - 1);
	int total_direction = lead_direction(passage, t);
	if (!(t->flags & CF_PROSE_CHANGE) || t->sentence != f->sentence || t->paren != f->paren ||
	    total_direction == 0 || !compatible(t->claim, f->claim))
		return first;
	guint last = first;
	GPtrArray *terms = cf_term_array_new();
	for (guint j = first; j < passage->atoms->len && terms->len < 2; j++) {
		const CfProseAtom *b = atom_at(passage, j);
		int direction = lead_direction(passage, b);
		if (b->sentence != f->sentence || b->paren != f->paren ||
		    !(b->flags & CF_PROSE_CHANGE) || direction == 0 ||
		    !compatible(b->claim, t->claim) || !names_spending_part(b->claim->label))
			break;
		CfTerm *term = atom_term(an, j);
		g_ptr_array_add(terms,
				direction == total_direction ? term : cf_term_new_negated(term));
		last = j;
	}
	/* both parts, each named (a list of one is no breakdown of the two) */
	if (terms->len < 2 || strcmp(atom_at(passage, first)->claim->label,
				     atom_at(passage, last)->claim->label) == 0) {
		g_ptr_array_unref(terms);
		return first;
	}
	CfRelation *r = cf_relation_new(CF_RELATION_SUM, "sum-mismatch", CF_SEVERITY_ERROR,
					atom_term(an, first - 1), terms,
					"the changes of its two parts, each with its sign");
	add(an, r, CF_PROSE_WANT_SUM);
	return last;
}

/* The figure of another measure stated right after the whole @total (项目共计113个,财政资金
 * 3267.28万元。其中…“优”的项目79个财政资金3038.38万元;“良”的项目11个财政资金201.9万元…)
 * when each part of @total's list, atoms @first to @last, is followed by one of that measure:
 * those are its parts, in step; G_MAXUINT when there is none. */
static guint
companion_of(const CfProsePassage *passage, guint total, guint first, guint last)
{
	if (total + 1 >= first || last >= passage->atoms->len)
		return G_MAXUINT;
	const CfProseAtom *t = atom_at(passage, total), *c = atom_at(passage, total + 1);
	if (c->sentence != t->sentence || c->paren != t->paren || !summable(c) ||
	    compatible(c->claim, t->claim) || (c->flags & (CF_PROSE_CHANGE | CF_PROSE_PART)))
		return G_MAXUINT;
	guint pairs = 0;
	for (guint j = first; j <= last; j++) {
		const CfProseAtom *b = atom_at(passage, j);
		if (!compatible(b->claim, t->claim))
			return G_MAXUINT;
		const CfProseAtom *d = j + 1 < passage->atoms->len ? atom_at(passage, j + 1) : NULL;
		if (d == NULL || d->unit != b->unit || !compatible(d->claim, c->claim) ||
		    !summable(d))
			return G_MAXUINT;
		pairs++;
		j++; /* past its companion */
	}
	return pairs >= 2 ? total + 1 : G_MAXUINT;
}

/* Characters between 按 and 分 (or the colon) of a classification, at most (按支出经济分类科目). */
#define CLASSIFICATION_CHARS 12

/* The end in norm of the classification that opens a sentence at @p, a 按 (按性别分：,
 * 按年龄分，, 按学历： — before its colon or comma), or 0 when there is none there. */
static gsize
classification_at(const CfProsePassage *passage, gsize p)
{
	const char *norm = passage->context->document->norm;
	/* it opens its sentence: only blanks back to a sentence's end or the passage's start */
	gsize q = p;
	while (q > passage->range.start && norm[q - 1] == ' ')
		q--;
	if (q > passage->range.start) {
		const char *prev = g_utf8_find_prev_char(norm + passage->range.start, norm + q);
		gunichar ch = prev ? g_utf8_get_char(prev) : 0;
		if (!ends_sentence(ch) && ch != '\n')
			return 0;
	}
	/* 按 … 分 then a mark, or 按 … and a colon, within a few characters */
	q = p + strlen("按");
	for (guint chars = 0; q < passage->range.end && chars <= CLASSIFICATION_CHARS; chars++) {
		gunichar ch = g_utf8_get_char(norm + q);
		if (ch == 0xFF1A || ch == ':')
			return q;
		if (ch == 0x5206 /* 分 */) {
			gsize r = g_utf8_next_char(norm + q) - norm;
			gunichar next = r < passage->range.end ? g_utf8_get_char(norm + r) : 0;
			if (next == 0xFF1A || next == ':' || next == 0xFF0C || next == ',')
				return r;
		}
		if (ch < 0x80 || is_separator(ch))
			return 0;
		q = g_utf8_next_char(norm + q) - norm;
	}
	return 0;
}

/* Sentences that each break a whole down by another classification (宁县县城幼儿园实有在职61人，
 * 其中：一级教师14人；…。按性别分：男职工4人，女职工57人。按年龄分：30岁以下15人；…50岁及以上4
 * 人。): each one's figures are all of the whole, the last figure a breakdown read before
 * them summed in the sentence before the first of them (61).  (Found from the passage's 按s,
 * few: most sentences open otherwise.) */
static void
classifications(Analysis *an)
{
	const CfProsePassage *passage = an->passage;
	const char *norm = passage->context->document->norm;
	const gsize end = passage->range.end;
	guint n = passage->atoms->len, i = 0;
	guint whole = G_MAXUINT, run_sentence = G_MAXUINT; /* the run's whole, its last sentence */
	for (const char *at = memmem(norm + passage->range.start, end - passage->range.start, "按",
				     strlen("按"));
	     at != NULL;
	     at = memmem(at + strlen("按"), end - (gsize)(at + strlen("按") - norm), "按",
			 strlen("按"))) {
		gsize from = (gsize)(at - norm), named = classification_at(passage, from);
		if (named == 0)
			continue;
		/* the sentence's atoms, [i, stop) */
		while (i < n && atom_at(passage, i)->claim->range.start < named)
			i++;
		if (i == n)
			break;
		/* (its first atom, in its sentence) */
		static const char *const stops[] = {"。", "！", "？", "\n", NULL};
		gsize gap = atom_at(passage, i)->claim->range.start - named;
		guint sentence = atom_at(passage, i)->sentence;
		if ((i > 0 && atom_at(passage, i - 1)->sentence == sentence) ||
		    cf_rates_first_of(norm + named, gap, stops) < gap)
			continue;
		guint stop = i;
		while (stop < n && atom_at(passage, stop)->sentence == sentence)
			stop++;
		/* the whole: the run's, else the last result of the sentence before (编制数…合计
		 * 56名；…实有在职61人，其中：…: 61) */
		if (run_sentence == G_MAXUINT || run_sentence + 1 != sentence) {
			whole = G_MAXUINT;
			for (guint j = i; j-- > 0 && atom_at(passage, j)->sentence + 1 == sentence;)
				if (an->result[j]) {
					whole = j;
					break;
				}
		}
		run_sentence = sentence;
		if (whole == G_MAXUINT)
			continue;
		const CfClaim *tc = atom_at(passage, whole)->claim;
		g_autoptr(GPtrArray) nodes = nodes_new();
		gboolean plain = TRUE;
		for (guint j = i; j < stop && plain; j++) {
			const CfProseAtom *b = atom_at(passage, j);
			if (!compatible(b->claim, tc))
				continue;
			plain = summable(b) && b->paren == 0 &&
				!(b->flags & (CF_PROSE_CHANGE | CF_PROSE_BASE | CF_PROSE_CLOSING |
					      CF_PROSE_EACH | CF_PROSE_PART));
			nodes_add(nodes, j);
		}
		if (plain && nodes->len >= 2) {
			g_autofree char *what = g_strdup_printf(
				"the %u %s listed %.*s", nodes->len, kind_noun(tc, TRUE),
				(int)(named - from), norm + from);
			add_sum(an, whole, nodes, FALSE, what);
		}
	}
}

/* Shares a structure may have (三次产业结构19.5:34.6:45.9), at most. */
#define STRUCTURE_SHARES 6

/* A structure of shares written as a ratio after the list it divides (…地区生产总值797156万元,
 * 其中第一产业增加值155864万元,第二产业增加值275605万元,第三产业增加值365687万元。三次产业结构
 * 19.5:34.6:45.9): figures joined by colons, the first named …结构, as many as the last list
 * summed before them has parts, and adding up to 100 within their rounding — each is the
 * share of its part in the list's whole, in order (155864 / 797156 = 19.55%, not 19.5). */
static void
structure_ratios(Analysis *an)
{
	const CfProsePassage *passage = an->passage;
	const CfCheckContext *ctx = passage->context;
	const char *norm = ctx->document->norm;
	if (an->last_parts == NULL || an->last_parts->len < 2 ||
	    an->last_parts->len > STRUCTURE_SHARES ||
	    !cf_prose_contains(ctx->document, passage->range.start, passage->range.end, "结构"))
		return;
	for (guint i = cf_rates_first_claim_at(ctx, passage->range.start); i < ctx->claims->len;
	     i++) {
		const CfClaim *c = g_ptr_array_index(ctx->claims, i);
		if (c->range.start >= passage->range.end)
			break;
		/* (…结构, …结构为, …结构比) */
		const char *named = c->label ? g_strrstr(c->label, "结构") : NULL;
		if (named == NULL || g_utf8_strlen(named, -1) > 4 || !c->has_value ||
		    c->kind != CF_CLAIM_NUMBER)
			continue;
		/* the chain a:b:c */
		const CfClaim *shares[STRUCTURE_SHARES];
		guint n = 0;
		shares[n++] = c;
		for (guint j = i + 1; j < ctx->claims->len && n < STRUCTURE_SHARES; j++) {
			const CfClaim *d = g_ptr_array_index(ctx->claims, j);
			const CfClaim *before = shares[n - 1];
			gsize gap = d->range.start - before->range.end;
			gboolean colon = d->range.start >= before->range.end &&
					 ((gap == 1 && norm[before->range.end] == ':') ||
					  (gap == 3 && memcmp(norm + before->range.end, "：", 3) == 0));
			if (!colon || d->kind != CF_CLAIM_NUMBER || !d->has_value)
				break;
			shares[n++] = d;
		}
		const guint total = an->last_total;
		GArray *parts = an->last_parts;
		if (n != parts->len || atom_at(passage, total)->claim->range.end > c->range.start)
			continue;
		/* they add up to 100 within their rounding */
		CfInterval sum = cf_interval_point(cf_decimal_from_int(0));
		gboolean bounded = TRUE;
		for (guint k = 0; k < n && bounded; k++)
			bounded = cf_rates_add_bounded(&sum, shares[k]->interval);
		if (!bounded || !cf_interval_contains(sum, cf_decimal_from_int(100)))
			continue;
		for (guint k = 0; k < n; k++) {
			const CfClaim *part = atom_at(passage, g_array_index(parts, guint, k))->claim;
			GPtrArray *terms = cf_term_array_new();
			g_ptr_array_add(terms, cf_check_term(ctx, part));
			g_ptr_array_add(terms, atom_term(an, total));
			g_autofree char *what = g_strdup_printf("the share of %s in %s",
								part->label ? part->label : "a part",
								c->label);
			CfRelation *r = cf_relation_new(CF_RELATION_RATIO, "percent-mismatch",
							CF_SEVERITY_ERROR,
							cf_term_new_claim(shares[k]), terms, what);
			r->ratio_exponent = 2;
			add(an, r, CF_PROSE_WANT_SUM);
		}
		return;
	}
}

/* The analysis of cf_prose_analyse(), with every relation going to @found when not NULL;
 * the relations' terms read @narrow when @narrow_terms (what is recorded in it is the same
 * either way). */
static void
analyse(CfCheckContext *context, const CfProsePassage *passage, guint want, GArray *found,
	GHashTable *narrow, gboolean narrow_terms)
{
	guint n = passage->atoms->len;
	if (n == 0)
		return;
	/* result and product in one block (on the stack for most passages) */
	gboolean small[3 * ANALYSIS_STACK_ATOMS] = {FALSE};
	gboolean *flags = n <= ANALYSIS_STACK_ATOMS ? small : g_new0(gboolean, 3 * n);
	Analysis an = {context,      passage, want,      found,        narrow,
		       narrow_terms, flags,   flags + n, flags + 2 * n};
	an.last_total = G_MAXUINT;
	/* where the scope of a closing total starts: after the last total, breakdown or item */
	guint scope = 0, scope_sentence = 0;
	for (guint i = 0; i < n; i++) {
		const CfProseAtom *a = atom_at(passage, i);
		if (a->sentence != scope_sentence) {
			scope = i;
			scope_sentence = a->sentence;
		}
		/* a numbered item opened between the atom before and this one */
		gsize from =
			i > 0 ? atom_at(passage, i - 1)->claim->range.end : passage->range.start;
		if (item_marker_between(passage, from, a->claim->range.start))
			scope = i;
		if (a->claim->kind == CF_CLAIM_EXPRESSION) {
			expression(&an, i);
			scope = i + 1;
			continue;
		}
		if ((a->flags & CF_PROSE_DERIVED) && (a->flags & CF_PROSE_EACH)) {
			rate(&an, i);
			continue;
		}
		if ((a->flags & CF_PROSE_CLOSING) && (is_money(a->claim) || is_measured(a->claim)) &&
		    !(a->flags & CF_PROSE_CHANGE)) {
			closing_total(&an, i, scope);
			scope = i + 1;
			continue;
		}
		if ((a->flags & (CF_PROSE_PART | CF_PROSE_EXPLAINS)) &&
		    (a->flags & CF_PROSE_CHANGE)) {
			guint last = changes_of_parts(&an, i);
			if (last > i) {
				i = last;
				continue;
			}
		}
		if ((a->flags & CF_PROSE_PART) && summable(a)) {
			/* the total: the last amount before, in this sentence or, when the cue opens
			 * the sentence, the one before — or the one before that, when the one before
			 * only names the kinds the list gives (…实际支出共计5353.48万元。扶持项目主要包括
			 * 三大类：一是…。其中支持…1650万元、…) */
			guint total = G_MAXUINT;
			const guint reach = whole_reach(passage, i);
			for (guint j = i; j-- > 0;) {
				const CfProseAtom *b = atom_at(passage, j);
				if (b->sentence + reach < a->sentence)
					break;
				if (may_be_whole(passage, i, j)) {
					total = j;
					break;
				}
			}
			if (total == G_MAXUINT)
				total = whole_named_by_subject(passage, i);
			/* a change broken down in a parenthesis right after it (比人代会预算数增加
			 * 60000万元(其中:旗本级58800万元,开发区1200万元)) */
			if (total == G_MAXUINT || atom_at(passage, total)->paren != a->paren)
				total = changed_by_aside(passage, i, total);
			else
				total = whole_by_measure(passage, i, total);
			if (total != G_MAXUINT)
				total = whole_named_by_lead(passage, i, total);
			if (total != G_MAXUINT)
				total = whole_by_sum(passage, i, total);
			gboolean spread = cf_prose_contains(passage->context->document,
							    a->lead_start, a->claim->range.start, "分别");
			if (total != G_MAXUINT && spread && atom_at(passage, total)->sentence != a->sentence)
				total = G_MAXUINT;
			if (total != G_MAXUINT && spread && names_before_spread(passage, i, total))
				total = G_MAXUINT;
			if (total == G_MAXUINT)
				continue;
			guint last = breakdown(&an, total, i);
			guint companion = companion_of(passage, total, i, last);
			if (companion != G_MAXUINT) {
				an.in_step = TRUE;
				last = MAX(last, breakdown(&an, companion, i));
				an.in_step = FALSE;
			}
			/* an aside's breakdown (3374.3万元(其中建筑工程3292万元)) leaves the scope of
			 * a closing total open: 3374.3万元(…)，2069.51万元(…)，合计5443.81万元 */
			if (a->paren == 0 || atom_at(passage, total)->paren == a->paren)
				scope = i;
			i = MAX(i, last);
			continue;
		}
	}
	classifications(&an);
	structure_ratios(&an);
	if (flags != small)
		g_free(flags);
	g_free(an.amount_before);
	if (an.last_parts)
		g_array_unref(an.last_parts);
}

void
cf_prose_analyse(CfCheckContext *context, const CfProsePassage *passage, guint want,
		 GHashTable *narrow)
{
	analyse(context, passage, want, NULL, narrow, TRUE);
}

gboolean
cf_prose_passage_may_narrow(const CfProsePassage *passage)
{
	/* analyse() narrows a result only where it reads an expression, a closing total
	 * (closing_total()) or a breakdown (breakdown()): none without these */
	for (guint i = 0; i < passage->atoms->len; i++) {
		const CfProseAtom *a = atom_at(passage, i);
		if (a->claim->kind == CF_CLAIM_EXPRESSION ||
		    (a->flags & (CF_PROSE_CLOSING | CF_PROSE_PART)))
			return TRUE;
	}
	return FALSE;
}

static void
find_cb(CfCheckContext *context, CfProsePassage *passage, gpointer data)
{
	/* a cell's narrowing is recorded in the same reading, for the description family */
	if (passage->table >= 0 && cf_prose_passage_may_narrow(passage))
		passage->narrow = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, g_free);
	analyse(context, passage, 0, data, passage->narrow, FALSE);
	passage->narrow_known = passage->table >= 0;
}

void
cf_prose_add_relations(CfCheckContext *context, guint want)
{
	/* what the analysis adds does not depend on what is wanted: it is done once */
	if (context->prose_found == NULL) {
		context->prose_found = g_array_new(FALSE, FALSE, sizeof(CfProseFound));
		cf_prose_foreach_passage(context, find_cb, context->prose_found);
	}
	for (guint i = 0; i < context->prose_found->len; i++) {
		CfProseFound *f = &g_array_index(context->prose_found, CfProseFound, i);
		if (f->relation && (f->kind & want))
			cf_check_add_relation(context, g_steal_pointer(&f->relation));
	}
}

void
cf_prose_found_free(GArray *found)
{
	for (guint i = 0; i < found->len; i++)
		cf_relation_free(g_array_index(found, CfProseFound, i).relation);
	g_array_unref(found);
}

/* ---- the family ---- */

static void
run(CfCheckContext *ctx)
{
	cf_prose_add_relations(ctx, CF_PROSE_WANT_SUM);
}

const CfCheckFamily cf_check_family_sum = {"sum", run};
