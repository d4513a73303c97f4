/* cf-crossdoc-values.c — one figure stated in two documents: crossdoc-mismatch (same unit,
 * year, item and meaning), crossdoc-previous-year (a figure quoted from the previous year's
 * report), crossdoc-consolidated (a consolidated table's row for a unit against that unit's
 * own report).
 *
 * A claim is an item when its label names what it is about beyond the meaning words: the
 * label (a table claim's row item) with its meaning word (预算, 支出 …), years, the unit's
 * own name and filler words taken out must leave a specific name (干部工作专项经费), not a
 * generic one (项目, 资金).  Chinese noun phrases are head-final, so the meaning is the
 * meaning word that ends last (项目支出预算 is a budget).  A key one document states with two
 * different values is ambiguous there and not compared. */
#include "crossdoc/cf-crossdoc-private.h"
#include "model/cf-utf8.h"

#include <string.h>

typedef enum {
	MEANING_NONE,
	MEANING_BUDGET,
	MEANING_INITIAL_BUDGET,
	MEANING_SPENDING,
	MEANING_CARRY_OVER,
	MEANING_COUNT,
} Meaning;

static const char *const meaning_names[] = {
	[MEANING_NONE] = "",
	[MEANING_BUDGET] = "budget",
	[MEANING_INITIAL_BUDGET] = "initial budget",
	[MEANING_SPENDING] = "spending",
	[MEANING_CARRY_OVER] = "carry-over",
	[MEANING_COUNT] = "count",
};

typedef struct {
	const CfCrossdocDoc *doc;
	const CfRecordClaim *claim; /* the record's while the figure is built, then `own` */
	Meaning meaning;
	int year;        /* the year the figure is about */
	gboolean quoted; /* stated by a later year's report (上年 …) */
	char *item;      /* normalised item, "" when generic */
	char *key;       /* unit key, year, meaning, item (and measure word for counts) */
	CfRecordClaim own;   /* the claim, copied once the figure is kept */
	CfRecordClaim *next; /* copies of the claims after it on its line, the next two of the
	                      * document at most: where a change against last year is stated */
	guint n_next;
	struct _LabelFacts *facts; /* its label's, in the Memo, while figure_read() gives it;
	                            * NULL in a figure of its own (figure_of) */
} Figure;

static void
figure_free(Figure *f)
{
	g_free(f->item);
	g_free(f->key);
	if (f->claim == &f->own)
		cf_crossdoc_clear_claim(&f->own);
	for (guint k = 0; k < f->n_next; k++)
		cf_crossdoc_clear_claim(&f->next[k]);
	g_free(f->next);
	g_free(f);
}

typedef struct {
	const char *word;
	Meaning meaning;
} MeaningWord;

/* 年初预算 = the budget at the start of the year; 追加/调整 = supplements (not a budget of
 * their own); 执行率 = execution rate (not an amount) */
static const MeaningWord meaning_words[] = {
	{"年初预算", MEANING_INITIAL_BUDGET},
	{"预算", MEANING_BUDGET},
	{"指标", MEANING_BUDGET},
	{"支出", MEANING_SPENDING},
	{"执行数", MEANING_SPENDING},
	{"决算", MEANING_SPENDING},
	{"支付", MEANING_SPENDING},
	{"追加", MEANING_NONE},
	{"调整", MEANING_NONE},
	{"执行率", MEANING_NONE},
};

/* strstr(@text, @word), told @set = cf_utf8_byte_set() of @text (or of a text @text
 * was cut from): most words looked for are in no label, and most are ruled out by their
 * bytes. */
static const char *
find(guint64 set, const char *text, const char *word)
{
	return cf_utf8_may_contain(set, word) ? strstr(text, word) : NULL;
}

/* The meaning word of @text that ends last (the longer one on a tie); @set: its bytes. */
static Meaning
head_meaning(guint64 set, const char *text, gboolean *found)
{
	gsize best_end = 0, best_len = 0;
	Meaning best = MEANING_NONE;
	*found = FALSE;
	for (gsize k = 0; k < G_N_ELEMENTS(meaning_words); k++) {
		gsize len = strlen(meaning_words[k].word);
		for (const char *p = find(set, text, meaning_words[k].word); p;
		     p = strstr(p + len, meaning_words[k].word)) {
			gsize end = (gsize)(p - text) + len;
			if (!*found || end > best_end || (end == best_end && len > best_len)) {
				best_end = end;
				best_len = len;
				best = meaning_words[k].meaning;
				*found = TRUE;
			}
		}
	}
	return best;
}

/* Takes every @word out of @s; @set: the bytes of what @s was before anything was taken out. */
static void
remove_all(guint64 set, GString *s, const char *word)
{
	if (!cf_utf8_may_contain(set, word))
		return;
	gsize len = strlen(word);
	for (char *p = strstr(s->str, word); p; p = strstr(s->str, word))
		g_string_erase(s, p - s->str, len);
}

static gboolean
strip_prefix(GString *s, const char *word)
{
	if (!g_str_has_prefix(s->str, word))
		return FALSE;
	g_string_erase(s, 0, strlen(word));
	return TRUE;
}

static gboolean
strip_suffix(GString *s, const char *word)
{
	if (!g_str_has_suffix(s->str, word) || s->len == strlen(word))
		return FALSE;
	g_string_truncate(s, s->len - strlen(word));
	return TRUE;
}

/* Takes out years (2022年, 2022年度) and returns the first one, 0 if none. */
int
cf_crossdoc_remove_years(GString *s)
{
	int first = 0;
	for (gsize i = 0; i + 4 <= s->len;) {
		if (g_ascii_isdigit(s->str[i]) && g_ascii_isdigit(s->str[i + 1]) &&
		    g_ascii_isdigit(s->str[i + 2]) && g_ascii_isdigit(s->str[i + 3]) &&
		    (i == 0 || !g_ascii_isdigit(s->str[i - 1])) &&
		    g_str_has_prefix(s->str + i + 4, "年")) {
			int year = (int)g_ascii_strtoll(s->str + i, NULL, 10);
			gsize len = 4 + strlen("年");
			if (g_str_has_prefix(s->str + i + len, "度"))
				len += strlen("度");
			if (first == 0 && year >= 1900 && year <= 2199)
				first = year;
			g_string_erase(s, i, len);
			continue;
		}
		i++;
	}
	return first;
}

/* The first year cf_crossdoc_remove_years() would return for @text, without taking anything
 * out (what follows a year it takes out is preceded by a non-digit either way: 年 or 度
 * here, the character before the year there). */
int
cf_crossdoc_first_year(const char *text)
{
	gsize n = strlen(text);
	for (gsize i = 0; i + 4 <= n;) {
		const char *p = text + i;
		if (g_ascii_isdigit(p[0]) && g_ascii_isdigit(p[1]) && g_ascii_isdigit(p[2]) &&
		    g_ascii_isdigit(p[3]) && (i == 0 || !g_ascii_isdigit(p[-1])) &&
		    g_str_has_prefix(p + 4, "年")) {
			int year = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 +
				   (p[3] - '0');
			if (year >= 1900 && year <= 2199)
				return year;
			i += 4 + strlen("年");
			if (g_str_has_prefix(text + i, "度"))
				i += strlen("度");
			continue;
		}
		i++;
	}
	return 0;
}

static void
remove_punctuation(GString *s)
{
	static const char *const marks[] = {"，", "、", "：", "；", "（", "）", "“",
					    "”",  "《", "》", "　", "。", NULL};
	GString *out = g_string_sized_new(s->len);
	for (const char *p = s->str; *p;) {
		if (g_ascii_isspace(*p) || g_ascii_ispunct(*p) || g_ascii_isdigit(*p)) {
			p++;
			continue;
		}
		gboolean mark = FALSE;
		/* every mark is a 3-byte character led by 0xE2, 0xE3 or 0xEF */
		guchar lead = (guchar)*p;
		for (guint k = 0; (lead == 0xE2 || lead == 0xE3 || lead == 0xEF) && marks[k]; k++)
			if (memcmp(p, marks[k], 3) == 0) {
				p += strlen(marks[k]);
				mark = TRUE;
				break;
			}
		if (mark)
			continue;
		const char *next = g_utf8_next_char(p);
		g_string_append_len(out, p, next - p);
		p = next;
	}
	g_string_assign(s, out->str);
	g_string_free(out, TRUE);
}

/* Items too generic to name one figure of a report. */
static gboolean
generic_item(const char *item)
{
	static const char *const generic[] = {
		"项目",     "资金",     "经费",     "专项", "专项资金", "专项经费", "项目资金",
		"项目经费", "财政拨款", "财政资金", "合计", "总计",     "小计",     "本年",
		"当年",     "本级",     "部门",     "单位", "总",       "年",       "全年",
		"实际",     "项目总",   "部门整体", "整体", "金额",     NULL};
	if (g_utf8_strlen(item, -1) < 2)
		return TRUE;
	for (guint k = 0; generic[k]; k++)
		if (strcmp(item, generic[k]) == 0)
			return TRUE;
	return FALSE;
}

static char *
normalise_item(const CfCrossdocDoc *doc, const char *text)
{
	GString *s = g_string_new(text);
	guint64 set = cf_utf8_byte_set(text);
	cf_crossdoc_remove_years(s);
	if (doc->record->unit)
		remove_all(set, s, doc->record->unit);
	if (doc->unit_key)
		remove_all(set, s, doc->unit_key);
	for (gsize k = 0; k < G_N_ELEMENTS(meaning_words); k++)
		remove_all(set, s, meaning_words[k].word);
	static const char *const filler[] = {"我单位",   "本单位",   "我部", "本部门",   "我部门",
					     "上年结转", "上年",     "去年", "结转下年", "年末结转",
					     "年末结余", "结余结转", "结转", NULL};
	for (guint k = 0; filler[k]; k++)
		remove_all(set, s, filler[k]);
	remove_punctuation(s);
	static const char *const heads[] = {"其中", "包括",   "合计",   "共计", "实际",
					    "全年", "本年度", "当年度", "累计", "主要",
					    "年度", "本年",   "当年",   NULL};
	static const char *const tails[] = {"金额", "总额", "合计", "共计", "数",   "额",
					    "共",   "为",   "是",   "达",   "情况", NULL};
	for (gboolean again = TRUE; again;) {
		again = FALSE;
		for (guint k = 0; heads[k]; k++)
			again |= strip_prefix(s, heads[k]);
		for (guint k = 0; tails[k]; k++)
			again |= strip_suffix(s, tails[k]);
	}
	return g_string_free(s, FALSE);
}

/* Where a key is built: a string (when `str` is set), else only g_str_hash() of the string
 * it would be (the first pass hashes many keys it keeps none of: no string is built). */
typedef struct {
	GString *str;
	guint hash;
} KeyBuilder;

#define KEY_HASH_START 5381u /* g_str_hash()'s */

static void
key_put_len(KeyBuilder *k, const char *s, gsize len)
{
	if (k->str != NULL) {
		g_string_append_len(k->str, s, (gssize)len);
		return;
	}
	/* as g_str_hash(): h = h * 33 + c, of each byte as a signed char */
	guint h = k->hash;
	for (gsize i = 0; i < len; i++)
		h = (h << 5) + h + (guint)(gint)(signed char)s[i];
	k->hash = h;
}

static void
key_put(KeyBuilder *k, const char *s)
{
	key_put_len(k, s, strlen(s));
}

static void
key_put_c(KeyBuilder *k, char c)
{
	key_put_len(k, &c, 1);
}

/* Appends @value in decimal, as printf's %d writes it (keys are built often: no printf). */
static void
key_put_int(KeyBuilder *k, int value)
{
	char digits[12];
	gsize n = sizeof digits;
	guint u = value < 0 ? 0u - (guint)value : (guint)value;
	do {
		digits[--n] = (char)('0' + u % 10);
		u /= 10;
	} while (u != 0);
	if (value < 0)
		digits[--n] = '-';
	key_put_len(k, digits + n, sizeof digits - n);
}

/* What follows the unit key in key_start(). */
static void
key_start_after_unit(KeyBuilder *k, int year, Meaning meaning)
{
	key_put_c(k, '\x1f');
	key_put_int(k, year);
	key_put_c(k, '\x1f');
	key_put_int(k, (int)meaning);
}

/* "unit key\x1fyear\x1fmeaning", the start of every key of a unit's figures. */
static void
key_start(KeyBuilder *k, const char *unit_key, int year, Meaning meaning)
{
	key_put(k, unit_key);
	key_start_after_unit(k, year, meaning);
}

/* The hash of the keys of a document's figures after their unit key: the same for all of
 * them, worked out once. */
static guint
unit_key_hash(const CfCrossdocDoc *doc)
{
	KeyBuilder k = {NULL, KEY_HASH_START};
	key_put(&k, doc->unit_key ? doc->unit_key : "");
	return k.hash;
}

/* What key_put() of a string does to a hash: g_str_hash()'s h * 33 + c is linear, so its
 * bytes take h to h * pow + sum (worked out once for a string hashed often). */
typedef struct {
	guint pow, sum;
} HashStep;

static HashStep
hash_step(const char *s)
{
	HashStep step = {1, 0};
	for (; *s; s++) {
		step.pow *= 33;
		step.sum = step.sum * 33 + (guint)(gint)(signed char)*s;
	}
	return step;
}

/* The hash_step()s of key_start_after_unit()'s text for the (year, meaning) pairs last
 * hashed (a document's figures have few): direct-mapped, zeroed to start. */
enum { START_STEPS = 8 };
typedef struct {
	struct {
		gboolean known;
		int year;
		Meaning meaning;
		HashStep step;
	} at[START_STEPS];
} StartSteps;

/* key_start_after_unit() of a hashing @k, by its step in @steps (worked out when first asked:
 * g_str_hash()'s step is linear, so hashing the text from 0 gives its sum, from 1 its power
 * plus that). */
static void
key_start_after_unit_hash(KeyBuilder *k, StartSteps *steps, int year, Meaning meaning)
{
	g_assert(k->str == NULL);
	guint slot = ((guint)year * 7u + (guint)meaning) % START_STEPS;
	if (!steps->at[slot].known || steps->at[slot].year != year ||
	    steps->at[slot].meaning != meaning) {
		KeyBuilder from0 = {NULL, 0}, from1 = {NULL, 1};
		key_start_after_unit(&from0, year, meaning);
		key_start_after_unit(&from1, year, meaning);
		steps->at[slot].known = TRUE;
		steps->at[slot].year = year;
		steps->at[slot].meaning = meaning;
		steps->at[slot].step = (HashStep){from1.hash - from0.hash, from0.hash};
	}
	k->hash = k->hash * steps->at[slot].step.pow + steps->at[slot].step.sum;
}

/* Test hook (cf-crossdoc-private.h): the tail key_start_after_unit() writes for @year and
 * @meaning, hashed on from @start by its cached step (*@cached: one StartSteps kept across
 * calls, so repeated and clashing pairs are met) and byte by byte (*@direct), and the text
 * itself (*@text). */
void
cf_crossdoc_key_tail_hashes(guint start, int year, guint meaning, guint *cached, guint *direct,
			    char **text)
{
	static StartSteps steps;
	KeyBuilder a = {NULL, start}, b = {NULL, start}, t = {g_string_new(NULL), 0};
	key_start_after_unit_hash(&a, &steps, year, (Meaning)meaning);
	key_start_after_unit(&b, year, (Meaning)meaning);
	key_start_after_unit(&t, year, (Meaning)meaning);
	*cached = a.hash;
	*direct = b.hash;
	*text = g_string_free(t.str, FALSE);
}

/* What follows key_start() in a figure's key; @step: hash_step() of @item, or NULL. */
static void
key_rest(KeyBuilder *k, const char *item, const HashStep *step, const char *unit)
{
	key_put_c(k, '\x1f');
	if (step != NULL && k->str == NULL)
		k->hash = k->hash * step->pow + step->sum;
	else
		key_put(k, item);
	key_put_c(k, '\x1f');
	key_put(k, unit ? unit : "");
}

static void
figure_key_build(KeyBuilder *k, const CfCrossdocDoc *doc, int year, Meaning meaning,
		 const char *item, const char *unit)
{
	key_start(k, doc->unit_key ? doc->unit_key : "", year, meaning);
	key_rest(k, item, NULL, unit);
}

static char *
figure_key(const CfCrossdocDoc *doc, int year, Meaning meaning, const char *item, const char *unit)
{
	KeyBuilder k = {g_string_sized_new(96), 0};
	figure_key_build(&k, doc, year, meaning, item, unit);
	return g_string_free(k.str, FALSE);
}


/* The years written on one line and where its sentences end, by character offset, read in
 * one pass over the line as far as its claims ask (a paragraph line holds many claims). */
typedef struct {
	GArray *years; /* guint pairs: character offset, year */
	GArray *stops; /* guint: character offset just after 。；！？ */
	/* what is left to read: the line (NULL once read, or when it has no year), its length,
	 * the byte to read next and its character offset */
	char *text;
	gsize length, next;
	guint offset;
} LineYears;

/* The LineYears of every line with no year (may_state_year()): nothing to read, nothing
 * allocated (most lines). */
static LineYears no_years;

static void
line_years_free(LineYears *l)
{
	if (l == &no_years)
		return;
	g_array_unref(l->years);
	g_array_unref(l->stops);
	g_free(l->text);
	g_free(l);
}

/* Whether @line has a 年 after four digits (most lines have none): a quick pass before
 * line_years_read() reads the line. */
static gboolean
may_state_year(const char *line)
{
	/* from digit run to digit run (strcspn() is vectorised): a run of four or more, then
	 * 年.  A strstr() for 年 fell back to its slow path on Chinese text, whose lead bytes
	 * recur, and was 1.6 % of a check over 1,000 reports. */
	for (const char *p = line + strcspn(line, "0123456789"); *p != '\0';
	     p += strcspn(p, "0123456789")) {
		const char *q = p;
		while (g_ascii_isdigit(*q))
			q++;
		if (q - p >= 4 && strncmp(q, "年", strlen("年")) == 0)
			return TRUE;
		p = q;
	}
	return FALSE;
}

/* The LineYears of @line (taken), none read yet; &no_years when it has no year (then
 * sentence_year() reads no stops either). */
static LineYears *
line_years_new(char *line)
{
	if (!may_state_year(line)) {
		g_free(line);
		return &no_years;
	}
	LineYears *l = g_new0(LineYears, 1);
	l->years = g_array_new(FALSE, FALSE, 2 * sizeof(guint));
	l->stops = g_array_new(FALSE, FALSE, sizeof(guint));
	l->text = line;
	l->length = strlen(line);
	return l;
}

/* Whether @p starts with the three-byte character @c (no byte of it NUL: a compare stops at
 * the text's end), with no call as memcmp() or g_str_has_prefix() make. */
static inline gboolean
starts_with3(const char *p, const char *c)
{
	return p[0] == c[0] && p[1] == c[1] && p[2] == c[2];
}

/* Reads @l's line on to its character @at: then its years and stops hold every one written
 * before that character. */
static void
line_years_read(LineYears *l, guint at)
{
	const char *line = l->text;
	if (line == NULL)
		return;
	/* only digits and the bytes leading 。；！？ (0xE3, 0xEF) matter: the characters between
	 * them are counted sixteen bytes a step */
	gsize length = l->length, i = l->next;
	guint offset = l->offset;
	while ((i = cf_utf8_skip_to(line, i, length, 0xE3, 0xEF, 0xEF, 0xEF, &offset)) < length) {
		if (offset >= at) {
			l->next = i;
			l->offset = offset;
			return;
		}
		const char *p = line + i;
		i++;
		offset++;
		if (!g_ascii_isdigit(p[0])) {
			if (starts_with3(p, "。") || starts_with3(p, "；") ||
			    starts_with3(p, "！") || starts_with3(p, "？"))
				g_array_append_val(l->stops, offset);
			continue;
		}
		if (g_ascii_isdigit(p[1]) && g_ascii_isdigit(p[2]) && g_ascii_isdigit(p[3]) &&
		    (p == line || !g_ascii_isdigit(p[-1])) && starts_with3(p + 4, "年") &&
		    !starts_with3(p + 4 + strlen("年"), "以")) {
			guint y = (guint)((p[0] - '0') * 1000 + (p[1] - '0') * 100 +
					  (p[2] - '0') * 10 + (p[3] - '0'));
			if (y >= 1900 && y <= 2199) {
				guint pair[2] = {offset - 1, y};
				g_array_append_vals(l->years, pair, 1);
			}
		}
	}
	g_clear_pointer(&l->text, g_free);
}

/* Whether @label (whose cf_utf8_byte_set() is @set) states a change up (增加, 增长 …) or
 * down (减少, 下降 …): FALSE when it is neither, or both. */
static gboolean
label_change(const char *label, guint64 set, gboolean *up)
{
	*up = find(set, label, "增加") || find(set, label, "增长") || find(set, label, "上升");
	gboolean down = find(set, label, "减少") || find(set, label, "下降") ||
			find(set, label, "降低");
	return *up != down;
}

/* What a claim's label alone says of the figure it states (claim_meaning_of and figure_of read
 * nothing else of it): worked out once per distinct label by a Memo. */
typedef struct _LabelFacts {
	gboolean not_a_figure; /* a change (比上年 …) or a part of a row (其中): never a figure */
	Meaning meaning;       /* an amount's meaning, MEANING_NONE when it names none */
	gboolean carried_over; /* an amount carried over from last year (上年结转) */
	gboolean last_year;    /* 上年 or 去年 in the label */
	int stated_year;       /* cf_crossdoc_first_year() of the item part */
	gboolean change;       /* label_change() */
	guint64 item_set;      /* cf_utf8_byte_set() of the item part */
	/* a table label's row_item_unit_key(), worked out when first asked (label_row_unit) */
	gboolean row_unit_known;
	char *row_unit;
	/* the item part normalised when it cannot name a document's unit (the same for every
	 * document: see memo_item), worked out when first asked; NULL until then */
	char *item;
	HashStep item_step; /* hash_step() of `item` */
} LabelFacts;

static void
label_facts_free(LabelFacts *facts)
{
	g_free(facts->row_unit);
	g_free(facts->item);
	g_free(facts);
}

/* The facts of @label (of a table claim when @table). */
static LabelFacts
label_facts(const char *label, gboolean table)
{
	LabelFacts facts = {0};
	guint64 set = cf_utf8_byte_set(label);
	/* 比上年/较上年/同比 = compared with last year: a change, not a figure */
	static const char *const changes[] = {"比上年", "较上年", "同比", "增加",   "减少",
					      "增长",   "下降",   "节约", "结余率", NULL};
	for (guint k = 0; changes[k]; k++)
		if (find(set, label, changes[k]))
			facts.not_a_figure = TRUE;
	const char *meaning_text = label;
	const char *slash = table ? strchr(label, '/') : NULL;
	if (slash) {
		meaning_text = slash + 1;
		if (find(set, meaning_text, "其中"))
			facts.not_a_figure = TRUE; /* a part of the row's amount */
	}
	if (find(set, label, "上年结转")) {
		/* 上年结转 = carried over from last year: what last year's report carried forward */
		facts.carried_over = TRUE;
		facts.meaning = MEANING_CARRY_OVER;
	} else if (find(set, label, "结转下年") || find(set, label, "年末结转") ||
		   find(set, label, "年末结余")) {
		facts.meaning = MEANING_CARRY_OVER;
	} else {
		gboolean found;
		Meaning meaning = head_meaning(set, meaning_text, &found);
		facts.meaning = found || slash != NULL ? meaning : MEANING_NONE;
	}
	facts.last_year = find(set, label, "上年") || find(set, label, "去年");
	gboolean up;
	facts.change = label_change(label, set, &up);
	g_autofree char *item_part = slash ? g_strndup(label, slash - label) : NULL;
	facts.stated_year = cf_crossdoc_first_year(slash ? item_part : label);
	facts.item_set = cf_utf8_byte_set(slash ? item_part : label);
	return facts;
}

enum { MEMO_ENTRIES = 1u << 14 };

/* A memo's map from strings (copied) to values (freed by `value_free`): open addressing, each
 * slot with its key's hash and length, so a lookup (once per claim) hashes its key once,
 * eight bytes a step, and compares only keys of the same hash and length.  Bounded: cleared
 * when it holds MEMO_ENTRIES and another is added. */
typedef struct {
	guint64 hash;
	gsize length;
	char *key; /* NULL: an empty slot */
	gpointer value;
} MemoSlot;

typedef struct {
	MemoSlot *slots;
	guint mask; /* the number of slots (a power of two) - 1 */
	guint size;
	GDestroyNotify value_free;
} MemoMap;

enum { MEMO_MAP_START = 64 };

static void
memo_map_init(MemoMap *map, GDestroyNotify value_free)
{
	*map = (MemoMap){g_new0(MemoSlot, MEMO_MAP_START), MEMO_MAP_START - 1, 0, value_free};
}

static void
memo_map_remove_all(MemoMap *map)
{
	for (guint i = 0; i <= map->mask && map->size > 0; i++) {
		MemoSlot *slot = &map->slots[i];
		if (slot->key == NULL)
			continue;
		g_free(slot->key);
		map->value_free(slot->value);
		*slot = (MemoSlot){0};
		map->size--;
	}
}

static void
memo_map_release(MemoMap *map)
{
	memo_map_remove_all(map);
	g_free(map->slots);
}

/* The hash of the @length bytes of @s: labels are long, so eight bytes a step (the last
 * eight, overlapping, as the tail). */
static guint64
memo_hash(const char *s, gsize length)
{
	return cf_hash_bytes(s, length);
}

/* The slot of @key (@length bytes, memo_hash() @hash) in @map: its own, or the empty one
 * where it would go. */
static MemoSlot *
memo_map_slot(const MemoMap *map, const char *key, gsize length, guint64 hash)
{
	for (guint i = (guint)hash & map->mask;; i = (i + 1) & map->mask) {
		MemoSlot *slot = &map->slots[i];
		if (slot->key == NULL ||
		    (slot->hash == hash && slot->length == length &&
		     memcmp(slot->key, key, length) == 0))
			return slot;
	}
}

/* Adds @value for @key (not in @map: @slot is memo_map_slot()'s empty one). */
static void
memo_map_add(MemoMap *map, MemoSlot *slot, const char *key, gsize length, guint64 hash,
	     gpointer value)
{
	if (map->size >= MEMO_ENTRIES) {
		memo_map_remove_all(map);
		slot = memo_map_slot(map, key, length, hash);
	}
	if (2 * (map->size + 1) > map->mask + 1) {
		/* at most half full: twice the slots */
		MemoMap grown = {g_new0(MemoSlot, 2 * ((gsize)map->mask + 1)), 2 * map->mask + 1,
				 map->size, map->value_free};
		for (guint i = 0; i <= map->mask; i++)
			if (map->slots[i].key != NULL)
				*memo_map_slot(&grown, map->slots[i].key, map->slots[i].length,
					       map->slots[i].hash) = map->slots[i];
		g_free(map->slots);
		*map = grown;
		slot = memo_map_slot(map, key, length, hash);
	}
	*slot = (MemoSlot){hash, length, g_strndup(key, length), value};
	map->size++;
}

/* What a thread building figures remembers from one document to the next: the facts of each
 * label, and each item normalised for the unit of the documents it last read (documents of a
 * unit come together in a batch, and state their items in the same words).  Bounded: each
 * map is cleared when it grows past MEMO_ENTRIES. */
typedef struct {
	MemoMap labels[2]; /* label → LabelFacts: [0] prose, [1] table claims */
	/* item part → normalised item ("" when generic): of items in which neither the unit
	 * nor its key can be (by their bytes), the same for every document; of the others, for
	 * the unit of the documents last read (documents of a unit come together) */
	MemoMap items, unit_items;
	char *unit, *unit_key; /* whose items `unit_items` holds */
} Memo;

static Memo *
memo_new(void)
{
	Memo *m = g_new0(Memo, 1);
	for (guint t = 0; t < 2; t++)
		memo_map_init(&m->labels[t], (GDestroyNotify)label_facts_free);
	memo_map_init(&m->items, g_free);
	memo_map_init(&m->unit_items, g_free);
	return m;
}

static void
memo_free(Memo *m)
{
	for (guint t = 0; t < 2; t++)
		memo_map_release(&m->labels[t]);
	memo_map_release(&m->items);
	memo_map_release(&m->unit_items);
	g_free(m->unit);
	g_free(m->unit_key);
	g_free(m);
}

static LabelFacts *
memo_label(Memo *m, const char *label, gboolean table)
{
	MemoMap *labels = &m->labels[table ? 1 : 0];
	gsize length = strlen(label);
	guint64 hash = memo_hash(label, length);
	MemoSlot *slot = memo_map_slot(labels, label, length, hash);
	if (slot->key != NULL)
		return slot->value;
	LabelFacts *facts = g_new(LabelFacts, 1);
	*facts = label_facts(label, table);
	memo_map_add(labels, slot, label, length, hash, facts);
	return facts;
}

/* What one document's figures share while they are built. */
typedef struct {
	Memo *memo;
	GHashTable *lines; /* line → LineYears* */
	CfRecordLines *texts; /* the record's source lines, read when first needed, or NULL */
	/* cf_utf8_byte_set() of the document's unit and unit key (0 when it has none): a text
	 * may contain one only if their bits are in its set (cf_utf8_may_contain) */
	guint64 unit_set, unit_key_set;
	/* the line sentence_year() last read, and its LineYears (NULL before the first) */
	guint last_line;
	LineYears *last_years;
} DocCache;

static DocCache
doc_cache(const CfCrossdocDoc *doc, Memo *memo, GHashTable *lines)
{
	const char *unit = doc->record->unit, *unit_key = doc->unit_key;
	return (DocCache){memo, lines, NULL, unit ? cf_utf8_byte_set(unit) : 0,
			  unit_key ? cf_utf8_byte_set(unit_key) : 0, 0, NULL};
}

/* The last year written before @claim in its sentence (2021年我单位项目支出预算共1900万元:
 * a 2022 report stating a 2021 figure), 0 if none.  @cache keeps each line's LineYears and
 * the record's lines (read at once, for all of them). */
static int
sentence_year(const CfRecord *r, const CfRecordClaim *claim, DocCache *cache)
{
	/* a line's claims come together: the last line's LineYears without a lookup */
	LineYears *l = cache->last_years;
	if (l == NULL || cache->last_line != claim->line) {
		l = g_hash_table_lookup(cache->lines, GUINT_TO_POINTER(claim->line));
		if (l == NULL) {
			if (cache->texts == NULL)
				cache->texts = cf_record_lines_new(r);
			l = line_years_new(cf_record_lines_dup(cache->texts, claim->line));
			g_hash_table_insert(cache->lines, GUINT_TO_POINTER(claim->line), l);
		}
		cache->last_line = claim->line;
		cache->last_years = l;
	}
	if (claim->column < 1)
		return 0;
	guint at = claim->column - 1, start = 0;
	line_years_read(l, at);
	if (l == &no_years || l->years->len == 0)
		return 0;
	for (guint k = 0; k < l->stops->len; k++) {
		guint stop = g_array_index(l->stops, guint, k);
		if (stop > at)
			break;
		start = stop;
	}
	int year = 0;
	for (guint k = 0; k < l->years->len; k++) {
		const guint *pair = (const guint *)l->years->data + 2 * k;
		if (pair[0] >= at)
			break;
		if (pair[0] >= start)
			year = (int)pair[1];
	}
	return year;
}

/* Whether a text whose cf_utf8_byte_set() is @set may contain @doc's unit or unit key
 * (cf_utf8_may_contain(), by their sets in @cache). */
static gboolean
may_name_unit(const DocCache *cache, const CfCrossdocDoc *doc, guint64 set)
{
	return (doc->record->unit && (cache->unit_set & ~set) == 0) ||
	       (doc->unit_key && (cache->unit_key_set & ~set) == 0);
}

/* @item_part normalised for @doc's unit, generic items as ""; @set: its bytes; @cache: of
 * @doc, with the memo. */
static const char *
memo_item(const DocCache *cache, const CfCrossdocDoc *doc, const char *item_part, guint64 set)
{
	Memo *m = cache->memo;
	MemoMap *items = &m->items;
	/* normalise_item() takes the unit out only where its bytes are (cf_utf8_may_contain()
	 * of the unit and its key, by their sets) */
	const char *unit = doc->record->unit, *unit_key = doc->unit_key;
	if (may_name_unit(cache, doc, set)) {
		items = &m->unit_items;
		if (g_strcmp0(m->unit, unit) != 0 || g_strcmp0(m->unit_key, unit_key) != 0) {
			memo_map_remove_all(items);
			g_free(m->unit);
			g_free(m->unit_key);
			m->unit = g_strdup(unit);
			m->unit_key = g_strdup(unit_key);
		}
	}
	gsize length = strlen(item_part);
	guint64 hash = memo_hash(item_part, length);
	MemoSlot *slot = memo_map_slot(items, item_part, length, hash);
	if (slot->key != NULL)
		return slot->value;
	char *item = normalise_item(doc, item_part);
	if (generic_item(item))
		item[0] = '\0';
	memo_map_add(items, slot, item_part, length, hash, item);
	return item;
}


/* What @claim of @r states, decided by the claim and its record alone (so a record can be
 * compacted to the claims that state something): its meaning, MEANING_NONE when it is not one
 * figure another report could state; *@carried_over: a carry-over from last year (上年结转).
 * @facts: label_facts() of its label, when it has one. */
static Meaning
claim_meaning_of(const CfRecord *r, const CfRecordClaim *claim, const LabelFacts *facts,
		 gboolean *carried_over)
{
	*carried_over = FALSE;
	if (!claim->has_value || claim->label == NULL || r->year == 0 ||
	    claim->qualifier == CF_QUALIFIER_RANGE)
		return MEANING_NONE;
	if (claim->kind != CF_CLAIM_AMOUNT && claim->kind != CF_CLAIM_COUNT)
		return MEANING_NONE;
	if (facts->not_a_figure)
		return MEANING_NONE;
	if (claim->kind == CF_CLAIM_COUNT)
		return MEANING_COUNT;
	*carried_over = facts->carried_over;
	return facts->meaning;
}

/* Whether claim_meaning_of() can say anything but MEANING_NONE before reading the label. */
static gboolean
may_be_figure(const CfRecord *r, const CfRecordClaim *claim)
{
	return claim->has_value && claim->label != NULL && r->year != 0 &&
	       claim->qualifier != CF_QUALIFIER_RANGE &&
	       (claim->kind == CF_CLAIM_AMOUNT || claim->kind == CF_CLAIM_COUNT);
}

/* @claim's item (of @doc, whose label's facts are @facts), normalised as memo_item() does:
 * borrowed from the Memo. */
static char *
figure_item(const CfCrossdocDoc *doc, const CfRecordClaim *claim, DocCache *cache,
	    LabelFacts *facts)
{
	/* a table row's item is the same in each of its columns: normalised once; one that
	 * cannot name the unit is the same for every document, kept with its label's facts */
	gboolean of_unit = may_name_unit(cache, doc, facts->item_set);
	if (!of_unit && facts->item != NULL)
		return facts->item;
	const char *label = claim->label;
	const char *slash = claim->table >= 0 ? strchr(label, '/') : NULL;
	g_autofree char *item_copy = slash ? g_strndup(label, slash - label) : NULL;
	const char *item = memo_item(cache, doc, slash ? item_copy : label, facts->item_set);
	if (of_unit)
		return (char *)item;
	facts->item = g_strdup(item);
	facts->item_step = hash_step(facts->item);
	return facts->item;
}

/* What @claim of @doc states, into @f (cleared first), FALSE when it is not one figure another
 * report could state, or when @named_only and it names no item (generic, not a carry-over:
 * told before its year is read).  @f's item is borrowed from the Memo (until it is next used)
 * and its key is NULL, its `own` unset: figure_of() makes a figure of its own. */
static gboolean
figure_read(const CfCrossdocDoc *doc, const CfRecordClaim *claim, DocCache *cache,
	    gboolean named_only, Figure *f)
{
	const CfRecord *r = doc->record;
	if (!may_be_figure(r, claim))
		return FALSE;
	LabelFacts *facts = memo_label(cache->memo, claim->label, claim->table >= 0);
	gboolean carried_over;
	Meaning meaning = claim_meaning_of(r, claim, facts, &carried_over);
	if (meaning == MEANING_NONE)
		return FALSE;
	char *item = figure_item(doc, claim, cache, facts);
	if (named_only && item[0] == '\0' && meaning != MEANING_CARRY_OVER)
		return FALSE;
	/* every field but `own` (large, set only once the figure is kept: keep_figure) */
	f->doc = doc;
	f->facts = facts;
	f->claim = claim;
	f->item = item;
	f->key = NULL;
	f->next = NULL;
	f->n_next = 0;
	f->year = carried_over ? r->year - 1 : r->year;
	f->quoted = carried_over;
	f->meaning = meaning;
	if (f->meaning != MEANING_CARRY_OVER && facts->last_year) {
		f->year = r->year - 1;
		f->quoted = TRUE;
	}
	int stated_year = facts->stated_year;
	if (stated_year == 0 && claim->table < 0)
		stated_year = sentence_year(r, claim, cache);
	if (stated_year && !f->quoted) {
		f->year = stated_year;
		/* a figure of another year's report, quoted in this one */
		f->quoted = stated_year != r->year;
	}
	return TRUE;
}

/* The measure word a figure's key carries (counts only). */
static const char *
key_unit(const Figure *f)
{
	return f->meaning == MEANING_COUNT ? f->claim->unit : NULL;
}

/* hash_step() of @f's item when its label's facts know it, else NULL. */
static const HashStep *
item_step(const Figure *f)
{
	return f->facts != NULL && f->item == f->facts->item ? &f->facts->item_step : NULL;
}

/* g_str_hash() of @f's key, and in *@own that of own_key() of its unit when it has one (the
 * start of its key): hashed together.  @unit_hash: unit_key_hash() of its document; @steps:
 * its StartSteps. */
static guint
figure_key_hash(const Figure *f, guint unit_hash, StartSteps *steps, guint *own)
{
	KeyBuilder k = {NULL, unit_hash};
	key_start_after_unit_hash(&k, steps, f->year, f->meaning);
	*own = k.hash;
	key_rest(&k, f->item, item_step(f), key_unit(f));
	return k.hash;
}

/* What @claim of @doc states (a figure of its own), or NULL when it is not one figure another
 * report could state. */
static Figure *
figure_of(const CfCrossdocDoc *doc, const CfRecordClaim *claim, DocCache *cache)
{
	Figure read;
	if (!figure_read(doc, claim, cache, FALSE, &read))
		return NULL;
	Figure *f = g_new(Figure, 1);
	*f = read;
	f->facts = NULL;
	f->item = g_strdup(read.item);
	f->key = figure_key(doc, f->year, f->meaning, f->item, key_unit(f));
	return f;
}

static gboolean
figures_agree(const Figure *a, const Figure *b)
{
	return cf_interval_overlaps(a->claim->interval, b->claim->interval);
}

static void
report_pair(CfCrossdoc *cd, const Figure *a, const Figure *b)
{
	const Figure *p = cf_crossdoc_a_is_primary(a->doc, b->doc) ? a : b;
	const Figure *o = p == a ? b : a;
	gboolean quoted = p->quoted || o->quoted;
	const char *rule = quoted ? "crossdoc-previous-year" : "crossdoc-mismatch";
	if (!cf_crossdoc_rule_enabled(cd, rule))
		return;
	g_autofree char *p_stated = cf_crossdoc_claim_stated(p->claim);
	g_autofree char *o_stated = cf_crossdoc_claim_stated(o->claim);
	g_autofree char *note =
		g_strdup_printf("%s %s in %s", o->claim->label, o_stated, o->doc->record->path);
	CfCrossdocPlace pp = cf_crossdoc_claim_place(p->doc, p->claim, NULL);
	CfCrossdocPlace op = cf_crossdoc_claim_place(o->doc, o->claim, note);
	CfFinding *f = cf_crossdoc_add_finding(cd, rule, CF_SEVERITY_ERROR, &pp, &op);
	if (f == NULL)
		return;
	if (quoted) {
		const Figure *q = p->quoted ? p : o, *s = q == p ? o : p;
		g_autofree char *q_stated = cf_crossdoc_claim_stated(q->claim);
		g_autofree char *s_stated = cf_crossdoc_claim_stated(s->claim);
		if (s->quoted)
			cf_finding_take_text(
				f, &f->message,
				g_strdup_printf("%s %s quotes %d's %s, but %s:%u quotes %s for it",
						p->claim->label, p_stated, p->year,
						meaning_names[p->meaning], o->doc->record->path,
						o->claim->line, o_stated));
		else if (q == p)
			cf_finding_take_text(
				f, &f->message,
				g_strdup_printf(
					"%s %s quotes %d's %s, but the %d report %s:%u states %s",
					q->claim->label, q_stated, q->year,
					meaning_names[q->meaning], s->year, s->doc->record->path,
					s->claim->line, s_stated));
		else
			cf_finding_take_text(
				f, &f->message,
				g_strdup_printf("%s %s is %d's %s, but the %d report %s:%u quotes "
						"%s for it",
						p->claim->label, p_stated, p->year,
						meaning_names[p->meaning], q->doc->record->year,
						q->doc->record->path, q->claim->line, q_stated));
	} else {
		cf_finding_take_text(
			f, &f->message,
			g_strdup_printf("%s (%s, %d) is %s here but %s in %s:%u, a report of "
					"the same unit (%s) and "
					"year",
					p->claim->label, meaning_names[p->meaning], p->year,
					p_stated, o_stated, o->doc->record->path, o->claim->line,
					p->doc->record->unit));
	}
	cf_finding_set_text(f, &f->stated, p_stated, -1);
	cf_finding_set_text(f, &f->computed, o_stated, -1);
}

/* The figures each check groups: the first pass of cf_crossdoc_check_values notes them by
 * the same conditions, so each is written once here. */
static gboolean
same_items_uses(const Figure *f)
{
	return (f->item[0] != '\0' || f->meaning == MEANING_CARRY_OVER) && f->doc->unit_key;
}

static gboolean
changes_uses(const Figure *f)
{
	return !f->quoted && f->doc->unit_key && f->item[0] != '\0';
}

/* A figure check_changes reads a stated change after (prose, not a count). */
static gboolean
changes_source(const Figure *f)
{
	return changes_uses(f) && f->meaning != MEANING_COUNT && f->claim->table < 0;
}

static gboolean
consolidated_uses(const Figure *f)
{
	return f->doc->unit_key && !f->quoted && f->meaning != MEANING_COUNT;
}

/* "unit key\x1fyear\x1fmeaning": the key of a unit's own figures of @f's year and meaning. */
static char *
own_key(const char *unit_key, const Figure *f)
{
	KeyBuilder k = {g_string_sized_new(96), 0};
	key_start(&k, unit_key, f->year, f->meaning);
	return g_string_free(k.str, FALSE);
}

/* cf_crossdoc_unit_key() of the row item of a table claim's @label ("<item>/<column>"): new
 * string, NULL when it has none. */
static char *
row_item_unit_key(const char *label)
{
	const char *slash = strchr(label, '/');
	if (slash == NULL)
		return NULL;
	g_autofree char *row_item = g_strndup(label, slash - label);
	return cf_crossdoc_unit_key(row_item);
}

/* row_item_unit_key() of @label, whose facts @facts are, worked out once. */
static const char *
facts_row_unit(LabelFacts *facts, const char *label)
{
	if (!facts->row_unit_known) {
		facts->row_unit = row_item_unit_key(label);
		facts->row_unit_known = TRUE;
	}
	return facts->row_unit;
}

/* The unit key of the other unit a consolidated table row names ("<unit>/<column>"), or NULL
 * when @f is no such row: its label's facts' (worked out once per label while the first pass
 * reads figures), or one worked out now in *@owned (free it). */
static const char *
row_unit(const Figure *f, char **owned)
{
	*owned = NULL;
	const CfRecordClaim *c = f->claim;
	if (c->table < 0 || f->quoted || f->meaning == MEANING_COUNT || c->label == NULL)
		return NULL;
	const char *unit;
	if (f->facts != NULL) {
		unit = facts_row_unit(f->facts, c->label);
	} else {
		unit = *owned = row_item_unit_key(c->label);
	}
	if (unit == NULL || (f->doc->unit_key && strcmp(unit, f->doc->unit_key) == 0))
		return NULL;
	return unit;
}

/* crossdoc-mismatch and crossdoc-previous-year: one key, two documents, two values. */
static void
check_same_items(CfCrossdoc *cd, GPtrArray *figures)
{
	/* key → Figure* (the first of each document; NULL value: ambiguous in a document) */
	g_autoptr(GHashTable) by_key = g_hash_table_new_full(g_str_hash, g_str_equal, NULL,
							     (GDestroyNotify)g_ptr_array_unref);
	for (guint i = 0; i < figures->len; i++) {
		Figure *f = g_ptr_array_index(figures, i);
		if (!same_items_uses(f))
			continue;
		GPtrArray *list = g_hash_table_lookup(by_key, f->key);
		if (list == NULL) {
			list = g_ptr_array_new();
			g_hash_table_insert(by_key, f->key, list);
		}
		g_ptr_array_add(list, f);
	}
	GHashTableIter it;
	gpointer value;
	g_hash_table_iter_init(&it, by_key);
	while (g_hash_table_iter_next(&it, NULL, &value)) {
		GPtrArray *list = value;
		/* one figure per document; a document stating the key twice differently is
		 * ambiguous and left out */
		g_autoptr(GPtrArray) firsts = g_ptr_array_new();
		for (guint i = 0; i < list->len;) {
			const Figure *first = g_ptr_array_index(list, i);
			gboolean ambiguous = FALSE;
			guint j = i + 1;
			for (; j < list->len; j++) {
				const Figure *g = g_ptr_array_index(list, j);
				if (g->doc != first->doc)
					break;
				if (!figures_agree(first, g))
					ambiguous = TRUE;
			}
			if (!ambiguous)
				g_ptr_array_add(firsts, (gpointer)first);
			i = j;
		}
		/* bounded: a key shared by very many documents is compared along a chain */
		const guint limit = 32;
		for (guint i = 0; i < firsts->len; i++)
			for (guint j = i + 1; j < firsts->len && (j < limit || j == i + 1); j++) {
				const Figure *a = g_ptr_array_index(firsts, i);
				const Figure *b = g_ptr_array_index(firsts, j);
				if (!figures_agree(a, b))
					report_pair(cd, a, b);
			}
	}
}

/* crossdoc-consolidated: a table row naming another unit, against that unit's own report. */
static void
check_consolidated(CfCrossdoc *cd, GPtrArray *figures)
{
	if (!cf_crossdoc_rule_enabled(cd, "crossdoc-consolidated"))
		return;
	/* "unit key\x1fyear\x1fmeaning" → GPtrArray of that unit's own figures */
	g_autoptr(GHashTable) own = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
							  (GDestroyNotify)g_ptr_array_unref);
	for (guint i = 0; i < figures->len; i++) {
		Figure *f = g_ptr_array_index(figures, i);
		if (!consolidated_uses(f))
			continue;
		char *key = own_key(f->doc->unit_key, f);
		GPtrArray *list = g_hash_table_lookup(own, key);
		if (list == NULL) {
			list = g_ptr_array_new();
			g_hash_table_insert(own, key, list);
		} else {
			g_free(key);
		}
		g_ptr_array_add(list, f);
	}
	for (guint i = 0; i < figures->len; i++) {
		const Figure *f = g_ptr_array_index(figures, i);
		const CfRecordClaim *c = f->claim;
		g_autofree char *owned = NULL;
		const char *unit = row_unit(f, &owned);
		if (unit == NULL)
			continue;
		g_autofree char *key = own_key(unit, f);
		GPtrArray *list = g_hash_table_lookup(own, key);
		if (list == NULL)
			continue;
		/* the unit's report may state the figure anywhere (a total, a table, prose): the
		 * row holds when any of its figures of that meaning agrees */
		const Figure *largest = NULL;
		gboolean agrees = FALSE;
		for (guint k = 0; k < list->len && !agrees; k++) {
			const Figure *g = g_ptr_array_index(list, k);
			if (g->doc == f->doc)
				continue;
			if (figures_agree(f, g))
				agrees = TRUE;
			else if (largest == NULL ||
				 cf_decimal_compare(g->claim->value, largest->claim->value) > 0)
				largest = g;
		}
		if (agrees || largest == NULL)
			continue;
		g_autofree char *f_stated = cf_crossdoc_claim_stated(c);
		g_autofree char *g_stated = cf_crossdoc_claim_stated(largest->claim);
		const char *unit_name =
			largest->doc->record->unit ? largest->doc->record->unit : unit;
		g_autofree char *note = g_strdup_printf("%s's own report: %s %s", unit_name,
							largest->claim->label, g_stated);
		CfCrossdocPlace fp = cf_crossdoc_claim_place(f->doc, c, NULL);
		CfCrossdocPlace gp = cf_crossdoc_claim_place(largest->doc, largest->claim, note);
		gboolean f_primary =
			!f->doc->record->from_history || largest->doc->record->from_history;
		if (!f_primary) {
			gp.note = NULL;
			fp.note = "the consolidated table's row";
		}
		CfFinding *finding =
			cf_crossdoc_add_finding(cd, "crossdoc-consolidated", CF_SEVERITY_ERROR,
						f_primary ? &fp : &gp, f_primary ? &gp : &fp);
		if (finding == NULL)
			continue;
		cf_finding_take_text(
			finding, &finding->message,
			g_strdup_printf("%s (%s, %d) is %s in the consolidated table of %s, but "
					"%s's own report %s "
					"states no such %s (its largest: %s, line %u)",
					c->label, meaning_names[f->meaning], f->year, f_stated,
					f->doc->record->path, unit_name, largest->doc->record->path,
					meaning_names[f->meaning], g_stated, largest->claim->line));
		cf_finding_set_text(finding, &finding->stated, f_primary ? f_stated : g_stated, -1);
		cf_finding_set_text(finding, &finding->computed, f_primary ? g_stated : f_stated,
				    -1);
	}
}

/* The change a claim after @f on its line states against last year (比上年增加11.5万元,
 * 较上年增长9.7%), turned into the interval last year's figure must lie in; FALSE when the
 * claim is no such change. */
/* Whether @c states a change up (增加, 增长 …) or down (减少, 下降 …), by its label alone:
 * FALSE when it is neither, or both. */
static gboolean
change_direction(const CfRecordClaim *c, gboolean *up)
{
	if (!c->has_value || c->label == NULL || c->qualifier == CF_QUALIFIER_RANGE)
		return FALSE;
	return label_change(c->label, cf_utf8_byte_set(c->label), up);
}

static gboolean
implied_previous(const Figure *f, const CfRecordClaim *c, const char *line, CfInterval *out)
{
	gboolean up;
	if (!change_direction(c, &up))
		return FALSE;
	/* the comparison must be with last year (比上年/较上年/同比), written between the two */
	glong from = f->claim->column - 1 + f->claim->length, to = c->column - 1;
	glong chars = g_utf8_strlen(line, -1);
	if (from < 0 || to < from || to > chars)
		return FALSE;
	const char *a = g_utf8_offset_to_pointer(line, from);
	const char *b = g_utf8_offset_to_pointer(line, to);
	g_autofree char *between = g_strndup(a, b - a);
	if (!strstr(between, "上年") && !strstr(between, "去年") && !strstr(between, "同比"))
		return FALSE;
	if (strstr(between, "；") || strstr(between, "。"))
		return FALSE;
	CfInterval now = f->claim->interval;
	if (c->kind == CF_CLAIM_AMOUNT && f->claim->kind == CF_CLAIM_AMOUNT) {
		return up ? cf_interval_sub(now, c->interval, out)
			  : cf_interval_add(now, c->interval, out);
	}
	if (c->kind != CF_CLAIM_PERCENT || now.low_unbounded || now.high_unbounded ||
	    c->interval.low_unbounded || c->interval.high_unbounded)
		return FALSE;
	/* last = now / (1 ± p/100) = now × 100 / (100 ± p), widened by a cent each side */
	CfDecimal hundred = cf_decimal_from_int(100), base_low, base_high, n_low, n_high;
	if (up ? !cf_decimal_add(hundred, c->interval.low, &base_low) ||
			    !cf_decimal_add(hundred, c->interval.high, &base_high)
	       : !cf_decimal_sub(hundred, c->interval.high, &base_low) ||
			    !cf_decimal_sub(hundred, c->interval.low, &base_high))
		return FALSE;
	if (cf_decimal_sign(base_low) <= 0 || cf_decimal_sign(base_high) <= 0)
		return FALSE;
	if (!cf_decimal_mul(now.low, hundred, &n_low) ||
	    !cf_decimal_mul(now.high, hundred, &n_high))
		return FALSE;
	CfDecimal low, high, cent = {1, 2};
	if (!cf_decimal_div(n_low, base_high, 2, &low) ||
	    !cf_decimal_div(n_high, base_low, 2, &high))
		return FALSE;
	if (!cf_decimal_sub(low, cent, &low) || !cf_decimal_add(high, cent, &high))
		return FALSE;
	*out = cf_interval_make(low, high);
	return TRUE;
}

/* "107.95-109.05万元": @last in @claim's unit, two decimals. */
static GString *
implied_text(CfInterval last, const CfRecordClaim *claim)
{
	GString *out = g_string_new(NULL);
	CfInterval shown;
	CfDecimal low, high, one = cf_decimal_from_int(1);
	if (!cf_interval_shift(last, -claim->unit_exponent, &shown) ||
	    !cf_decimal_div(shown.low, one, 2, &low) ||
	    !cf_decimal_div(shown.high, one, 2, &high)) {
		cf_interval_append(last, out);
		g_string_append(out, "元");
		return out;
	}
	cf_decimal_append(cf_decimal_trim(low), out);
	g_string_append_c(out, '-');
	cf_decimal_append(cf_decimal_trim(high), out);
	g_string_append(out, claim->unit ? claim->unit : "");
	return out;
}

/* crossdoc-previous-year for changes: a figure stated with its change against last year
 * implies last year's figure, which last year's report states. */
static void
check_changes(CfCrossdoc *cd, GPtrArray *figures)
{
	if (!cf_crossdoc_rule_enabled(cd, "crossdoc-previous-year"))
		return;
	g_autoptr(GHashTable) by_key = g_hash_table_new_full(g_str_hash, g_str_equal, NULL,
							     (GDestroyNotify)g_ptr_array_unref);
	for (guint i = 0; i < figures->len; i++) {
		Figure *f = g_ptr_array_index(figures, i);
		if (!changes_uses(f))
			continue;
		GPtrArray *list = g_hash_table_lookup(by_key, f->key);
		if (list == NULL) {
			list = g_ptr_array_new();
			g_hash_table_insert(by_key, f->key, list);
		}
		g_ptr_array_add(list, f);
	}
	for (guint i = 0; i < figures->len; i++) {
		const Figure *f = g_ptr_array_index(figures, i);
		if (!changes_source(f))
			continue;
		g_autofree char *line = NULL;
		for (guint k = 0; k < f->n_next; k++) {
			const CfRecordClaim *c = &f->next[k];
			if (line == NULL)
				line = cf_record_dup_line(f->doc->record, f->claim->line);
			CfInterval last;
			if (!implied_previous(f, c, line, &last))
				continue;
			g_autofree char *key =
				figure_key(f->doc, f->year - 1, f->meaning, f->item, NULL);
			const GPtrArray *list = g_hash_table_lookup(by_key, key);
			for (guint j = 0; list && j < list->len;) {
				const Figure *g = g_ptr_array_index(list, j);
				gboolean agrees = FALSE;
				guint end = j;
				for (; end < list->len; end++) {
					const Figure *h = g_ptr_array_index(list, end);
					if (h->doc != g->doc)
						break;
					agrees |= cf_interval_overlaps(last, h->claim->interval);
				}
				j = end;
				if (agrees)
					continue;
				g_autofree char *f_stated = cf_crossdoc_claim_stated(f->claim);
				g_autofree char *c_stated = cf_crossdoc_claim_stated(c);
				g_autofree char *g_stated = cf_crossdoc_claim_stated(g->claim);
				g_autoptr(GString) implied = implied_text(last, f->claim);
				g_autofree char *note = g_strdup_printf(
					"the %d report: %s %s", g->year, g->claim->label, g_stated);
				CfCrossdocPlace cp = cf_crossdoc_claim_place(f->doc, c, NULL);
				CfCrossdocPlace gp =
					cf_crossdoc_claim_place(g->doc, g->claim, note);
				CfFinding *finding = cf_crossdoc_add_finding(
					cd, "crossdoc-previous-year", CF_SEVERITY_ERROR, &cp, &gp);
				if (finding == NULL)
					continue;
				cf_finding_take_text(
					finding, &finding->message,
					g_strdup_printf("%s %s with a change of %s against last "
							"year puts %d at "
							"%s, but the %d report %s:%u states %s",
							f->claim->label, f_stated, c_stated,
							f->year - 1, implied->str, g->year,
							g->doc->record->path, g->claim->line,
							g_stated));
				cf_finding_set_text(finding, &finding->stated, c_stated, -1);
				cf_finding_set_text(finding, &finding->computed, implied->str, -1);
			}
		}
	}
}

/* A Memo for one document's pass from @memos, one no other pass is using (a worker's last,
 * most likely). */
static Memo *
memo_take(GAsyncQueue *memos)
{
	Memo *memo = g_async_queue_try_pop(memos);
	return memo != NULL ? memo : memo_new();
}

typedef struct {
	GHashTable *named;
	GAsyncQueue *memos; /* Memo*: those no map is using */
} Named;

/* The unit key @c names as the first labelled claim of its table row (the unit of a
 * consolidated table's row "<unit>/<column>"), or NULL: worked out once per label in its
 * @facts (memo_label(…, TRUE): rows repeat across a batch's reports). */
static const char *
row_named_unit(LabelFacts *facts, const CfRecordClaim *c)
{
	const char *key = facts_row_unit(facts, c->label);
	return key && strchr(key, '/') && key[0] != '/' ? key : NULL;
}

/* The unit keys the table rows of one document name (char*, owned): those its record kept
 * when it was marked, or read from its claims. */
static gpointer
named_in_tables_map(const CfCrossdoc *cd, guint doc, gpointer data)
{
	const Named *named = data;
	const CfRecord *r = cd->docs[doc].record;
	GPtrArray *keys = g_ptr_array_new_with_free_func(g_free);
	if (r->marked_keys_known) {
		const char *key = r->marked_keys;
		for (guint k = 0; k < r->n_marked_keys; k++, key += strlen(key) + 1)
			g_ptr_array_add(keys, g_strdup(key));
		return keys;
	}
	Memo *memo = memo_take(named->memos);
	guint n;
	g_autofree CfRecordClaim *claims = cf_record_dup_claims(r, &n);
	gint table = -1, row = -1;
	for (guint i = 0; i < n; i++) {
		const CfRecordClaim *c = &claims[i];
		if (c->table < 0 || c->label == NULL || (c->table == table && c->row == row))
			continue;
		table = c->table;
		row = c->row;
		const char *key = row_named_unit(memo_label(memo, c->label, TRUE), c);
		if (key != NULL)
			g_ptr_array_add(keys, g_strdup(key));
	}
	g_async_queue_push(named->memos, memo);
	return keys;
}

static void
named_in_tables_reduce(CfCrossdoc *cd, guint doc, gpointer result, gpointer data)
{
	(void)cd;
	(void)doc;
	Named *named = data;
	g_autoptr(GPtrArray) keys = result;
	for (guint i = 0; i < keys->len; i++)
		g_hash_table_add(named->named, g_steal_pointer(&keys->pdata[i]));
}

/* The unit keys some table row names (a consolidated table's units), over all documents;
 * @memos (Memo*) lend the maps their labels' facts (and take them back). */
static GHashTable *
units_named_in_tables(CfCrossdoc *cd, GAsyncQueue *memos)
{
	GHashTable *named = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	Named data = {named, memos};
	cf_crossdoc_each_doc(cd, named_in_tables_map, named_in_tables_reduce, &data);
	return named;
}

/* ---- which figures are kept ----
 *
 * A batch states about one figure per claim; the checks compare only those that share a key
 * with another document's, or that a change or a consolidated row looks up.  So the figures
 * are built twice, one document at a time (a compact record's claims come back from the
 * spill for each pass): the first pass notes only the hashes of their keys (8 bytes a figure
 * and check, sorted in bounded memory by a CfKeyLog), the second keeps the figures whose
 * hash a check can use, each with a copy of its claim.  A hash shared by
 * two keys keeps a figure for nothing, never loses one: the checks compare the keys
 * themselves. */

/* A document's claims (cf_record_dup_claims()). */
typedef struct {
	const CfRecordClaim *at;
	guint len;
} Claims;

/* Hands a figure of a document to its pass, with the claims it was built from and its
 * claim's position in them: @f (figure_read(), no key) lasts until the function returns. */
typedef void (*FigureFunc)(Figure *f, const Claims *claims, guint i, gpointer data);

/* Every figure of document @d a rule can use, in claim order, to @each: named items (and
 * carry-overs) of known units, consolidated rows, and every figure of a unit some
 * consolidated table names (@named).  *@counters: the document's counters of years
 * (cf_crossdoc_counters_find()), found in the same read of its claims; *@sentences: its
 * sentences when cd->sentence_hashes wants them (else left alone). */
static void
each_figure(const CfCrossdoc *cd, guint d, GHashTable *named, Memo *memo, FigureFunc each,
	    gpointer data, GPtrArray **counters, GArray **sentences)
{
	const CfCrossdocDoc *doc = &cd->docs[d];
	gboolean consolidated = doc->unit_key && g_hash_table_contains(named, doc->unit_key);
	g_autoptr(GHashTable) lines = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL,
							    (GDestroyNotify)line_years_free);
	DocCache cache = doc_cache(doc, memo, lines);
	guint n;
	g_autofree CfRecordClaim *block = cf_record_dup_claims_and_sentences(
		doc->record, &n, cd->sentence_hashes != NULL ? sentences : NULL);
	Claims claims = {block, n};
	for (guint i = 0; i < n; i++) {
		const CfRecordClaim *c = &block[i];
		/* unless its unit is consolidated, a figure counts only when it names an item
		 * (or is a carry-over), and is of a known unit or a table row */
		if (!consolidated && doc->unit_key == NULL && c->table < 0)
			continue;
		Figure f;
		if (figure_read(doc, c, &cache, !consolidated, &f))
			each(&f, &claims, i, data);
	}
	cf_record_lines_free(cache.texts);
	*counters = cf_crossdoc_counters_find(cd, d, block, n);
}

/* How many claims after claims[@i] check_changes reads: those on its line among the next two
 * claims of the document (by `index`: a compact record keeps every claim stating a change). */
static guint
next_on_line(const Claims *claims, guint i)
{
	const CfRecordClaim *claim = &claims->at[i];
	guint n = 0;
	for (guint k = i + 1; k < claims->len; k++, n++) {
		const CfRecordClaim *c = &claims->at[k];
		if (c->index > claim->index + 2 || c->line != claim->line)
			break;
	}
	return n;
}

/* g_str_hash(own_key()), without building the key (@steps: StartSteps). */
static guint
own_hash(const char *unit_key, const Figure *f, StartSteps *steps)
{
	KeyBuilder k = {NULL, KEY_HASH_START};
	key_put(&k, unit_key);
	key_start_after_unit_hash(&k, steps, f->year, f->meaning);
	return k.hash;
}

/* The own key a consolidated row looks up (hashed), FALSE when @f is no such row. */
static gboolean
row_target(const Figure *f, StartSteps *steps, guint *hash)
{
	g_autofree char *owned = NULL;
	const char *unit = row_unit(f, &owned);
	if (unit == NULL)
		return FALSE;
	*hash = own_hash(unit, f, steps);
	return TRUE;
}

/* A figure whose line states a change after it: check_changes looks up last year's key. */
static gboolean
states_change(const Figure *f, const Claims *claims, guint i)
{
	if (!changes_source(f))
		return FALSE;
	guint n = next_on_line(claims, i);
	for (guint k = 1; k <= n; k++) {
		gboolean up;
		if (change_direction(&claims->at[i + k], &up))
			return TRUE;
	}
	return FALSE;
}


/* What the first pass notes of a figure, as a key (its hash, then the document, then this):
 * the check that may use it. */
typedef enum {
	NOTE_SAME,       /* check_same_items groups it (by its key) */
	NOTE_CHANGE_KEY, /* check_changes may look it up (by its key) */
	NOTE_TARGET,     /* check_changes looks up last year's key */
	NOTE_OWN,        /* check_consolidated groups it (by its own key) */
	NOTE_ROW,        /* a consolidated row looks up a unit's own key */
} Note;

/* Bits of a note's key under its hash: the document, then the note. */
#define NOTE_BITS 3
#define NOTE_MAX_DOCUMENTS (G_MAXUINT32 >> NOTE_BITS)

/* What the first pass notes of one figure: the second decides by it whether to build the
 * figure again and keep it. */
typedef struct {
	guint claim;  /* its claim's position in cf_record_dup_claims() */
	guint notes;  /* 1 << Note of each note */
	guint key;    /* the hash of its key (NOTE_SAME, NOTE_CHANGE_KEY) */
	guint target; /* NOTE_TARGET: target_hash() */
	guint own;    /* NOTE_OWN: own_hash() of its unit */
	guint row;    /* NOTE_ROW: the own key's hash its row looks up */
} FigureNotes;

/* Where one document's FigureNotes are. */
typedef struct {
	guint64 offset; /* in Interest.spill */
	guint n;
	GArray *in_memory; /* FigureNotes, when the spill could not take them */
} DocNotes;

typedef struct {
	GHashTable *named; /* the unit keys a table row names (units_named_in_tables) */
	GAsyncQueue *memos; /* Memo*: those no pass is using */
	CfKeyLog *notes;   /* every figure's notes, until interest_decide */
	/* then the hashes (sorted) the second pass keeps a figure for: */
	GArray *same;    /* guint: the keys two documents or more state */
	GArray *targets; /* guint: last year's keys check_changes looks up and some figure has */
	GArray *linked;  /* guint: the own keys a consolidated row looks up and some unit has */
	GPtrArray *figures; /* Figure*, owned: those the second pass kept, in document order */
	/* what the first pass noted of each document's figures (FigureNotes), for the second */
	CfSpill *spill;  /* where they wait, NULL when it cannot be created (then in memory) */
	DocNotes *docs;  /* one per document */
} Interest;

static gint
compare_uint(gconstpointer a, gconstpointer b)
{
	guint x = *(const guint *)a, y = *(const guint *)b;
	return x < y ? -1 : x > y;
}

static gboolean
contains(GArray *sorted, guint hash)
{
	guint at;
	return g_array_binary_search(sorted, &hash, compare_uint, &at);
}

/* The hash of last year's key check_changes looks up for @f (@unit_hash: unit_key_hash()
 * of its document), g_str_hash() of figure_key() without building it. */
static guint
target_hash(const Figure *f, guint unit_hash, StartSteps *steps)
{
	KeyBuilder k = {NULL, unit_hash};
	key_start_after_unit_hash(&k, steps, f->year - 1, f->meaning);
	key_rest(&k, f->item, item_step(f), NULL);
	return k.hash;
}


enum { NOTES_PENDING = 64 };

/* What the first pass notes of one document. */
typedef struct {
	GArray *figures; /* FigureNotes */
	guint unit_hash; /* unit_key_hash() of the document */
	StartSteps steps;
	/* FigureNotes not yet in `figures`: appended NOTES_PENDING at a time (notes_flush) */
	FigureNotes pending[NOTES_PENDING];
	guint n_pending;
	GPtrArray *counters; /* the document's counters of years, for cd->counters */
	GArray *sentences;   /* its CfRecordSentence, for cd->sentence_hashes (or NULL) */
} Notes;

static void
notes_flush(Notes *notes)
{
	g_array_append_vals(notes->figures, notes->pending, notes->n_pending);
	notes->n_pending = 0;
}

/* The keys of the notes of @figure, of document @doc, into @keys: how many. */
static guint
figure_note_keys(const FigureNotes *figure, guint doc, guint64 keys[NOTE_ROW + 1])
{
	const guint hashes[] = {[NOTE_SAME] = figure->key,
				[NOTE_CHANGE_KEY] = figure->key,
				[NOTE_TARGET] = figure->target,
				[NOTE_OWN] = figure->own,
				[NOTE_ROW] = figure->row};
	guint n = 0;
	for (Note what = NOTE_SAME; what <= NOTE_ROW; what++)
		if (figure->notes & (1u << what))
			keys[n++] = ((guint64)hashes[what] << 32) | ((guint64)doc << NOTE_BITS) |
				    (guint64)what;
	return n;
}

static void
note_figure_cb(Figure *f, const Claims *claims, guint i, gpointer data)
{
	Notes *notes = data;
	guint own;
	FigureNotes figure = {.claim = i, .key = figure_key_hash(f, notes->unit_hash, &notes->steps, &own)};
	if (same_items_uses(f))
		figure.notes |= 1u << NOTE_SAME;
	if (changes_uses(f))
		figure.notes |= 1u << NOTE_CHANGE_KEY;
	if (states_change(f, claims, i)) {
		figure.notes |= 1u << NOTE_TARGET;
		figure.target = target_hash(f, notes->unit_hash, &notes->steps);
	}
	if (consolidated_uses(f)) {
		figure.notes |= 1u << NOTE_OWN;
		figure.own = own; /* consolidated_uses(): it has a unit key */
	}
	if (row_target(f, &notes->steps, &figure.row))
		figure.notes |= 1u << NOTE_ROW;
	/* its notes' keys go to the log from the FigureNotes (note_reduce) */
	if (figure.notes == 0)
		return;
	if (notes->n_pending == NOTES_PENDING)
		notes_flush(notes);
	notes->pending[notes->n_pending++] = figure;
}

/* After the first pass: of the notes, in order of hash, the hashes two documents or more
 * state; the targets of changes some figure has; the own keys some row looks up.  (A figure
 * the second pass looks up in `targets` is one of a key noted NOTE_CHANGE_KEY, and one it
 * looks up in `linked` is noted NOTE_OWN or NOTE_ROW: so these are exactly the hashes the
 * lists of all targets, own keys and rows would find for them; and a figure stating a change
 * whose target is not in `targets` has no last year to be compared with.) */
static void
interest_decide(Interest *in)
{
	in->same = g_array_new(FALSE, FALSE, sizeof(guint));
	in->targets = g_array_new(FALSE, FALSE, sizeof(guint));
	in->linked = g_array_new(FALSE, FALSE, sizeof(guint));
	cf_key_log_sort(in->notes);
	guint64 key;
	gboolean more = cf_key_log_next(in->notes, &key);
	while (more) {
		guint hash = (guint)(key >> 32), docs = 0, last_doc = G_MAXUINT;
		guint seen = 0; /* 1 << Note of each note of this hash */
		do {
			guint doc = (guint)(key & G_MAXUINT32) >> NOTE_BITS;
			Note what = (Note)(key & ((1u << NOTE_BITS) - 1));
			seen |= 1u << what;
			if (what == NOTE_SAME && doc != last_doc) {
				docs++;
				last_doc = doc;
			}
			more = cf_key_log_next(in->notes, &key);
		} while (more && (guint)(key >> 32) == hash);
		if (docs >= 2)
			g_array_append_val(in->same, hash);
		if ((seen & (1u << NOTE_TARGET)) && (seen & (1u << NOTE_CHANGE_KEY)))
			g_array_append_val(in->targets, hash);
		if ((seen & (1u << NOTE_ROW)) && (seen & (1u << NOTE_OWN)))
			g_array_append_val(in->linked, hash);
	}
	g_clear_pointer(&in->notes, cf_key_log_free);
}

/* Keeps @f (built again by the second pass): a copy of its claim and, when @compared, of
 * the claims after it on its line that check_changes reads. */
static void
keep_figure(GPtrArray *kept, Figure *f, const Claims *claims, guint i, gboolean compared)
{
	cf_crossdoc_copy_claim(&f->own, f->claim);
	f->claim = &f->own;
	/* only check_changes reads the claims after it, and only when it can compare them */
	guint n_next = compared ? next_on_line(claims, i) : 0;
	if (n_next > 0) {
		f->next = g_new(CfRecordClaim, n_next);
		for (; f->n_next < n_next; f->n_next++)
			cf_crossdoc_copy_claim(&f->next[f->n_next], &claims->at[i + 1 + f->n_next]);
	}
	g_ptr_array_add(kept, f);
}

/* Whether the second pass keeps the figure @n notes: a check can use it.  *@compared: a
 * change stated after it can be compared with last year. */
static gboolean
figure_kept(const Interest *in, const FigureNotes *n, gboolean *compared)
{
	*compared = (n->notes & (1u << NOTE_TARGET)) && contains(in->targets, n->target);
	return *compared || ((n->notes & (1u << NOTE_SAME)) && contains(in->same, n->key)) ||
	       ((n->notes & (1u << NOTE_CHANGE_KEY)) && contains(in->targets, n->key)) ||
	       ((n->notes & (1u << NOTE_OWN)) && contains(in->linked, n->own)) ||
	       ((n->notes & (1u << NOTE_ROW)) && contains(in->linked, n->row));
}

static gpointer
note_map(const CfCrossdoc *cd, guint doc, gpointer data)
{
	const Interest *in = data;
	Notes *notes = g_new(Notes, 1);
	*notes = (Notes){.figures = g_array_new(FALSE, FALSE, sizeof(FigureNotes)),
			 .unit_hash = unit_key_hash(&cd->docs[doc])};
	Memo *memo = memo_take(in->memos);
	each_figure(cd, doc, in->named, memo, note_figure_cb, notes, &notes->counters,
		    &notes->sentences);
	notes_flush(notes);
	g_async_queue_push(in->memos, memo);
	return notes;
}

static void
note_reduce(CfCrossdoc *cd, guint doc, gpointer result, gpointer data)
{
	Interest *in = data;
	Notes *notes = result;
	if (cd->counters != NULL)
		cd->counters[doc] = notes->counters;
	if (notes->sentences != NULL) {
		const CfRecordSentence *sentences = (const CfRecordSentence *)notes->sentences->data;
		for (guint i = 0; i < notes->sentences->len; i++)
			cf_key_log_add(cd->sentence_hashes, sentences[i].text_hash);
		g_array_unref(notes->sentences);
	}
	for (guint i = 0; i < notes->figures->len; i++) {
		guint64 keys[NOTE_ROW + 1];
		guint n = figure_note_keys(&g_array_index(notes->figures, FigureNotes, i), doc,
					   keys);
		for (guint k = 0; k < n; k++)
			cf_key_log_add(in->notes, keys[k]);
	}
	DocNotes *d = &in->docs[doc];
	d->n = notes->figures->len;
	g_autoptr(GError) error = NULL;
	if (d->n > 0 && (in->spill == NULL ||
			 !cf_spill_append(in->spill, notes->figures->data,
					  d->n * sizeof(FigureNotes), &d->offset, &error)))
		d->in_memory = g_array_ref(notes->figures);
	g_array_unref(notes->figures);
	g_free(notes);
}

/* The second pass over a document: the figures the first noted a use for, built again. */
static gpointer
keep_map(const CfCrossdoc *cd, guint doc, gpointer data)
{
	const Interest *in = data;
	const DocNotes *d = &in->docs[doc];
	GPtrArray *kept = g_ptr_array_new_with_free_func((GDestroyNotify)figure_free);
	if (d->n == 0)
		return kept;
	g_autofree char *block = NULL;
	const FigureNotes *notes = NULL;
	if (d->in_memory != NULL) {
		notes = (const FigureNotes *)d->in_memory->data;
	} else {
		g_autoptr(GError) error = NULL;
		block = cf_spill_read(in->spill, d->offset, d->n * sizeof(FigureNotes), &error);
		if (block == NULL) {
			g_warning("%s", error->message);
			return kept;
		}
		notes = (const FigureNotes *)block;
	}
	g_autofree CfRecordClaim *claims_block = NULL;
	Claims claims = {NULL, 0};
	g_autoptr(GHashTable) lines = NULL;
	Memo *memo = NULL;
	DocCache cache = {NULL, NULL, NULL};
	for (guint k = 0; k < d->n; k++) {
		gboolean compared;
		if (!figure_kept(in, &notes[k], &compared))
			continue;
		if (claims_block == NULL) {
			claims_block = cf_record_dup_claims(cd->docs[doc].record, &claims.len);
			claims.at = claims_block;
			memo = memo_take(in->memos);
			lines = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL,
						      (GDestroyNotify)line_years_free);
			cache = doc_cache(&cd->docs[doc], memo, lines);
		}
		/* the same claims as the first pass read: the same figure */
		guint i = notes[k].claim;
		Figure *f = i < claims.len ? figure_of(&cd->docs[doc], &claims.at[i], &cache)
					   : NULL;
		if (f != NULL)
			keep_figure(kept, f, &claims, i, compared);
	}
	if (memo != NULL)
		g_async_queue_push(in->memos, memo);
	cf_record_lines_free(cache.texts);
	return kept;
}

static void
keep_reduce(CfCrossdoc *cd, guint doc, gpointer result, gpointer data)
{
	(void)cd;
	(void)doc;
	Interest *in = data;
	g_ptr_array_extend_and_steal(in->figures, result);
}

void
cf_crossdoc_check_values(CfCrossdoc *cd)
{
	g_return_if_fail(cd->n_docs <= NOTE_MAX_DOCUMENTS);
	GAsyncQueue *memos = g_async_queue_new_full((GDestroyNotify)memo_free);
	g_autoptr(GHashTable) named = units_named_in_tables(cd, memos);
	g_autoptr(GError) error = NULL;
	Interest interest = {
		.named = named,
		.memos = memos,
		.notes = cf_key_log_new(cf_crossdoc_get_key_budget()),
		.spill = cf_spill_new(&error),
		.docs = g_new0(DocNotes, MAX(cd->n_docs, 1)),
	};
	/* the figure notes then stay in memory: the same figures, more memory */
	if (interest.spill == NULL)
		g_warning("%s", error->message);
	cf_crossdoc_each_doc(cd, note_map, note_reduce, &interest);
	cd->sentence_hashes_added = cd->sentence_hashes != NULL;
	interest_decide(&interest);
	g_clear_error(&error);
	if (interest.spill != NULL && !cf_spill_flush(interest.spill, &error))
		g_warning("%s", error->message);
	g_autoptr(GPtrArray) figures = g_ptr_array_new_with_free_func((GDestroyNotify)figure_free);
	interest.figures = figures;
	cf_crossdoc_each_doc(cd, keep_map, keep_reduce, &interest);
	g_array_unref(interest.same);
	g_array_unref(interest.targets);
	g_array_unref(interest.linked);
	for (guint d = 0; d < cd->n_docs; d++)
		g_clear_pointer(&interest.docs[d].in_memory, g_array_unref);
	g_free(interest.docs);
	cf_spill_free(interest.spill);
	g_async_queue_unref(interest.memos);
	check_same_items(cd, figures);
	check_changes(cd, figures);
	check_consolidated(cd, figures);
}

/* The Memo of the labels each thread marking claims has read (the batch's workers). */
static GPrivate mark_memo = G_PRIVATE_INIT((GDestroyNotify)memo_free);

void
cf_crossdoc_values_mark_claims(CfRecord *record, gboolean *keep)
{
	/* the unit keys its table rows name (named_in_tables_map() reads them) */
	GString *named = NULL;
	guint n_named = 0;
	Memo *memo = g_private_get(&mark_memo);
	if (memo == NULL) {
		memo = memo_new();
		g_private_set(&mark_memo, memo);
	}
	gint table = -1, row = -1;
	for (guint i = 0; i < record->claims->len; i++) {
		const CfRecordClaim *c = g_ptr_array_index(record->claims, i);
		gboolean carried_over, up;
		LabelFacts *facts = NULL;
		if (may_be_figure(record, c)) {
			/* change_direction() as the label's facts know it */
			facts = memo_label(memo, c->label, c->table >= 0);
			if (claim_meaning_of(record, c, facts, &carried_over) != MEANING_NONE ||
			    facts->change)
				keep[i] = TRUE;
		} else if (change_direction(c, &up)) {
			keep[i] = TRUE;
		}
		/* the first labelled claim of each table row: units_named_in_tables() reads it */
		if (c->table < 0 || c->label == NULL || (c->table == table && c->row == row))
			continue;
		table = c->table;
		row = c->row;
		keep[i] = TRUE;
		/* a table claim's facts, when looked up above (no look-up since: still valid) */
		if (facts == NULL)
			facts = memo_label(memo, c->label, TRUE);
		const char *key = row_named_unit(facts, c);
		if (key != NULL) {
			if (named == NULL)
				named = g_string_new(NULL);
			g_string_append_len(named, key, (gssize)strlen(key) + 1);
			n_named++;
		}
	}
	g_free(record->marked_keys);
	record->marked_keys = named != NULL ? g_string_free(named, FALSE) : NULL;
	record->n_marked_keys = n_named;
	record->marked_keys_known = TRUE;
}
