/* test-report.c — the renderers: JSON escaping and the exact shape of claim lines. */
#include <string.h>

#include "cf-test-random.h"
#include "model/cf-claim.h"
#include "model/cf-document.h"
#include "model/cf-finding.h"
#include "report/cf-buffer.h"
#include "report/cf-report.h"
#include "report/cf-report-findings.h"

/* ---- JSON strings ---- */

typedef struct {
	const char *name;
	const char *input;
	gssize length; /* -1: NUL-ended */
	const char *expected;
} JsonCase;

static const JsonCase json_cases[] = {
	{"ascii", "公用经费 25.2", -1, "\"公用经费 25.2\""},
	{"empty", "", -1, "\"\""},
	{"quote-backslash", "a\"b\\c", -1, "\"a\\\"b\\\\c\""},
	{"short-escapes", "\n\t\r\b\f", -1, "\"\\n\\t\\r\\b\\f\""},
	{"control-u00xx", "\x01\x1f\x7f", -1, "\"\\u0001\\u001f\x7f\""},
	{"embedded-nul", "a\0b", 3, "\"a\\u0000b\""},
	{"length-limits", "25.2万元", 4, "\"25.2\""},
	{"cjk-passthrough", "干部工作专项经费支出", -1, "\"干部工作专项经费支出\""},
	{"four-byte-passthrough", "\xf0\x9f\x98\x80", -1, "\"\xf0\x9f\x98\x80\""},
	{"line-separator-passthrough", "\xe2\x80\xa8", -1, "\"\xe2\x80\xa8\""},
	{"invalid-byte",
	 "a\xff"
	 "b",
	 -1, "\"a\\ufffdb\""},
	{"truncated-sequence", "\xe4\xb8", -1, "\"\\ufffd\\ufffd\""},
	{"overlong", "\xc0\x80", -1, "\"\\ufffd\\ufffd\""},
	{"overlong-three-byte", "\xe0\x80\xaf", -1, "\"\\ufffd\\ufffd\\ufffd\""},
	{"surrogate", "\xed\xa0\x80", -1, "\"\\ufffd\\ufffd\\ufffd\""},
	{"past-max", "\xf4\x90\x80\x80", -1, "\"\\ufffd\\ufffd\\ufffd\\ufffd\""},
	{"lone-continuation", "\x80万", -1, "\"\\ufffd万\""},
	{"mixed-runs", "万\x01元\xff万\"a\\", -1, "\"万\\u0001元\\ufffd万\\\"a\\\\\""},
};

static void
test_json_string(gconstpointer data)
{
	const JsonCase *c = data;
	g_autoptr(GString) out = g_string_new("x");
	cf_json_append_string(out, c->input, c->length);
	/* appends, never replaces */
	g_autofree char *expected = g_strconcat("x", c->expected, NULL);
	g_assert_cmpstr(out->str, ==, expected);
}

static void
test_json_string_null(void)
{
	g_autoptr(GString) out = g_string_new(NULL);
	cf_json_append_string(out, NULL, -1);
	g_assert_cmpstr(out->str, ==, "null");
}

static void
test_json_numbers(void)
{
	g_autoptr(GString) out = g_string_new(NULL);
	cf_json_append_uint(out, 0);
	g_string_append_c(out, ' ');
	cf_json_append_uint(out, G_MAXUINT64);
	g_string_append_c(out, ' ');
	cf_json_append_int(out, -1, TRUE);
	g_string_append_c(out, ' ');
	cf_json_append_int(out, -1, FALSE);
	g_string_append_c(out, ' ');
	cf_json_append_int(out, G_MININT64, FALSE);
	g_string_append_c(out, ' ');
	cf_json_append_int(out, 42, TRUE);
	g_string_append_c(out, ' ');
	cf_json_append_decimal(out, (CfDecimal){2520, 2});
	g_assert_cmpstr(out->str, ==,
			"0 18446744073709551615 null -1 -9223372036854775808 42 \"25.20\"");
}

/* the renderer's own decimal formatting gives exactly the model's text */
static void
test_json_decimal_digits(void)
{
	static const CfDecimal values[] = {
		{0, 0},          {0, 2},          {5, 3},           {-5, 3},          {2520, 2},
		{2520, 0},       {-1, 0},         {123456, 2},      {100, 2},         {1, 18},
		{G_MAXINT64, 0}, {G_MININT64, 0}, {G_MAXINT64, 18}, {G_MININT64, 18},
	};
	for (gsize i = 0; i < G_N_ELEMENTS(values); i++) {
		g_autofree char *expected = cf_decimal_to_string(values[i]);
		g_autoptr(GString) out = g_string_new(NULL);
		cf_json_append_decimal_digits(out, values[i]);
		g_assert_cmpstr(out->str, ==, expected);
	}
}

/* the digits two at a time (cf-json.c) give printf's text for every number of digits, every
 * last pair and every scale */
static void
test_json_digits_many(void)
{
	GRand *rand = g_rand_new_with_seed(7);
	for (guint i = 0; i < 20000; i++) {
		/* 1 to 20 digits, often ending in 0, 9, 10, 99 or 100 */
		guint64 value = ((guint64)g_rand_int(rand) << 32 | g_rand_int(rand)) >>
				g_rand_int_range(rand, 0, 64);
		if (i % 5 == 0)
			value = value / 100 * 100 + (guint64)g_rand_int_range(rand, 0, 101) % 100;
		g_autofree char *expected = g_strdup_printf("%" G_GUINT64_FORMAT, value);
		g_autoptr(GString) out = g_string_new(NULL);
		cf_json_append_uint(out, value);
		g_assert_cmpstr(out->str, ==, expected);

		CfDecimal d = {(gint64)(value >> 1) * (i % 2 ? -1 : 1),
			       g_rand_int_range(rand, 0, CF_DECIMAL_MAX_SCALE + 1)};
		g_autofree char *decimal = cf_decimal_to_string(d);
		g_string_truncate(out, 0);
		cf_json_append_decimal_digits(out, d);
		g_assert_cmpstr(out->str, ==, decimal);
	}
	g_rand_free(rand);
}

/* Every number of digits around each power of ten, at every scale, as printf and
 * cf_decimal_to_string() give it: the eight-digits-at-once path (cf-buffer.h) and the
 * general one, where one hands over to the other, and the general one alone. */
static void
test_json_digits_edges(void)
{
	guint64 power = 1;
	for (int k = 0; k < 20; k++, power *= 10) {
		guint64 values[] = {power - 1, power, power + 1, power / 3 * 7, power * 9 / 10 + 5};
		for (gsize i = 0; i < G_N_ELEMENTS(values); i++) {
			guint64 value = values[i];
			g_autofree char *expected = g_strdup_printf("%" G_GUINT64_FORMAT, value);
			g_autoptr(GString) out = g_string_new(NULL);
			cf_json_append_uint(out, value);
			g_assert_cmpstr(out->str, ==, expected);
			char general[CF_JSON_DECIMAL_MAX];
			char *end = cf_json_write_uint_general(general, value);
			g_assert_cmpmem(general, end - general, expected, strlen(expected));
			for (int scale = 0; scale <= CF_DECIMAL_MAX_SCALE; scale++) {
				for (int sign = -1; sign <= 1; sign += 2) {
					CfDecimal d = {
						(gint64)(value > G_MAXINT64 ? value >> 1 : value) *
							sign,
						scale};
					g_autofree char *decimal = cf_decimal_to_string(d);
					g_string_truncate(out, 0);
					cf_json_append_decimal_digits(out, d);
					g_assert_cmpstr(out->str, ==, decimal);
					end = cf_json_write_decimal_digits_general(general, d);
					g_assert_cmpmem(general, end - general, decimal,
							strlen(decimal));
				}
			}
		}
	}
}

/* a long string grows the buffer many times over and stays intact */
static void
test_json_string_long(void)
{
	g_autoptr(GString) input = g_string_new(NULL);
	g_autoptr(GString) expected = g_string_new("\"");
	for (int i = 0; i < 10000; i++) {
		g_string_append(input, "预算1900万元\t");
		g_string_append(expected, "预算1900万元\\t");
	}
	g_string_append_c(expected, '"');
	g_autoptr(GString) out = g_string_sized_new(1);
	cf_json_append_string(out, input->str, input->len);
	g_assert_cmpuint(out->len, ==, expected->len);
	g_assert_cmpstr(out->str, ==, expected->str);
}

/* A long string is escaped in chunks (cf-json.c): every piece that can sit across a chunk's
 * end — a CJK character, a four-byte one, an escape, an invalid or truncated sequence —
 * comes out as the escaping of the string in one piece gives it, at every offset. */
static void
test_json_string_chunks(void)
{
	static const char *const pieces[] = {"万", "\xf0\x9f\x98\x80", "\"", "\n", "\x01", "\xff",
					     "\xe4\xb8", "a", "\xe0\x80\xaf"};
	for (guint shift = 0; shift < 8; shift++) {
		g_autoptr(GString) input = g_string_new(NULL);
		for (guint k = 0; k < shift; k++)
			g_string_append_c(input, 'x');
		for (guint i = 0; input->len < 3 * 4096; i++)
			g_string_append(input, pieces[(i * 7 + i / 5) % G_N_ELEMENTS(pieces)]);
		g_autofree char *whole = g_malloc(CF_JSON_STRING_MAX(input->len) + 1);
		char *end = cf_json_write_string(whole, input->str, input->len);
		*end = '\0';
		g_autoptr(GString) out = g_string_new(NULL);
		cf_json_append_string(out, input->str, input->len);
		g_assert_cmpuint(out->len, ==, (gsize)(end - whole));
		g_assert_cmpstr(out->str, ==, whole);
	}
}

/* The valid-UTF-8 path (document lines) gives what the general one gives, for valid text
 * of every mix and length: pieces of one to four bytes, escapes, and strings long enough to
 * be escaped in chunks, at every shift against the eight-byte words. */
static void
test_json_string_valid(void)
{
	static const char *const pieces[] = {"万", "元", "\xf0\x9f\x98\x80", "\"", "\\", "\n",
					     "\t", "\x01", "\x1f", "a", "1", " ", "\xc2\xa0",
					     "\xef\xbc\x8c", "\xe3\x80\x80", "\x7f", "\xed\x9f\xbf"};
	for (guint size = 0; size < 3 * 4096 + 40; size = size < 64 ? size + 1 : size * 3 + 7) {
		for (guint shift = 0; shift < 8; shift++) {
			g_autoptr(GString) input = g_string_new(NULL);
			for (guint k = 0; k < shift; k++)
				g_string_append_c(input, 'x');
			for (guint i = 0; input->len < size; i++)
				g_string_append(input,
						pieces[(i * 7 + i / 3 + size) % G_N_ELEMENTS(pieces)]);
			g_assert_true(g_utf8_validate(input->str, input->len, NULL));
			g_autoptr(GString) general = g_string_new("x");
			g_autoptr(GString) valid = g_string_new("x");
			cf_json_append_string(general, input->str, input->len);
			cf_json_append_valid_string(valid, input->str, input->len);
			g_assert_cmpstr(valid->str, ==, general->str);
			/* and through a cursor, as claims are written */
			g_autofree char *a = g_malloc(CF_JSON_STRING_MAX(input->len) + 1);
			g_autofree char *b = g_malloc(CF_JSON_STRING_MAX(input->len) + 1);
			char *a_end = cf_json_write_string(a, input->str, input->len);
			char *b_end = cf_json_write_valid_string(b, input->str, input->len);
			g_assert_cmpmem(b, b_end - b, a, a_end - a);
		}
	}
	/* and for runs of one piece, where the words keep cutting the same character */
	for (guint i = 0; i < G_N_ELEMENTS(pieces); i++) {
		g_autoptr(GString) input = g_string_new(NULL);
		while (input->len < 2 * 4096 + 5)
			g_string_append(input, pieces[i]);
		g_autoptr(GString) general = g_string_new(NULL);
		g_autoptr(GString) valid = g_string_new(NULL);
		cf_json_append_string(general, input->str, input->len);
		cf_json_append_valid_string(valid, input->str, input->len);
		g_assert_cmpstr(valid->str, ==, general->str);
	}
}

/* A JSON string of @text[0, n) written the plain way, a byte or a character a step: the
 * reference the general writer's fast paths are compared with. */
static void
append_string_by_characters(GString *out, const char *text, gsize n)
{
	g_string_append_c(out, '"');
	for (const char *p = text, *end = text + n; p < end;) {
		guchar c = (guchar)*p;
		if (c >= 0x80) {
			gunichar u = g_utf8_get_char_validated(p, end - p);
			if (u == (gunichar)-1 || u == (gunichar)-2) {
				g_string_append(out, "\\ufffd");
				p++;
			} else {
				gsize k = (gsize)(g_utf8_next_char(p) - p);
				g_string_append_len(out, p, k);
				p += k;
			}
			continue;
		}
		if (c == '"')
			g_string_append(out, "\\\"");
		else if (c == '\\')
			g_string_append(out, "\\\\");
		else if (c == '\n')
			g_string_append(out, "\\n");
		else if (c == '\t')
			g_string_append(out, "\\t");
		else if (c == '\r')
			g_string_append(out, "\\r");
		else if (c == '\b')
			g_string_append(out, "\\b");
		else if (c == '\f')
			g_string_append(out, "\\f");
		else if (c < 0x20)
			g_string_append_printf(out, "\\u%04x", c);
		else
			g_string_append_c(out, (char)c);
		p++;
	}
	g_string_append_c(out, '"');
}

/* The general writer (fast paths for ASCII words and runs of three-byte characters) gives
 * what a character-by-character one gives, on random text: CJK runs of every length broken by
 * ASCII, escapes, other sequence lengths, and invalid bytes (overlong E0, surrogate ED, cut
 * sequences, lone continuation bytes, bytes that never occur) at every place. */
static void
test_json_string_random(void)
{
	static const char *const pieces[] = {"万",
					     "元",
					     "东",
					     "湖",
					     "，",
					     "（",
					     "a",
					     "12",
					     "\xee\x80\x80",
					     "\xe1\x80\x80",
					     "\xec\xbf\xbf",
					     "\xe0\xa0\x80",
					     "\xe0\x80\x80",
					     "\xed\x9f\xbf",
					     "\xed\xa0\x80",
					     "\xe4\xb8",
					     "\xe4",
					     "\x80",
					     "\xbf",
					     "\xff",
					     "\xc2\xa0",
					     "\xc0\x80",
					     "\xf0\x9f\x98\x80",
					     "\xf4\x90\x80\x80",
					     "a",
					     "1",
					     " ",
					     "\"",
					     "\\",
					     "\n",
					     "\x01",
					     "\x7f",
					     "row 2 of table 3 (sum)"};
	g_autoptr(GRand) rand = g_rand_new_with_seed(11);
	for (guint round = 0; round < 3000; round++) {
		g_autoptr(GString) input = g_string_new(NULL);
		/* now and then long enough to be escaped in chunks */
		guint n = (guint)g_rand_int_range(rand, 0, round % 10 == 0 ? 2000 : 120);
		/* mostly CJK (and ASCII), so that long runs of it occur */
		guint cjk = (guint)g_rand_int_range(rand, 0, 5);
		for (guint i = 0; i < n; i++) {
			guint k = g_rand_int_range(rand, 0, 5) < (gint32)cjk
					  ? (guint)g_rand_int_range(rand, 0, 8)
					  : (guint)g_rand_int_range(rand, 0, G_N_ELEMENTS(pieces));
			g_string_append(input, pieces[k]);
		}
		g_autoptr(GString) expected = g_string_new(NULL);
		append_string_by_characters(expected, input->str, input->len);
		g_autoptr(GString) out = g_string_new(NULL);
		cf_json_append_string(out, input->str, input->len);
		g_assert_cmpstr(out->str, ==, expected->str);
		/* the same text cut at every length, so that it ends inside runs and characters */
		gsize cut = (gsize)g_rand_int_range(rand, 0, (gint32)input->len + 1);
		g_string_truncate(expected, 0);
		append_string_by_characters(expected, input->str, cut);
		g_string_truncate(out, 0);
		cf_json_append_string(out, input->str, cut);
		g_assert_cmpstr(out->str, ==, expected->str);
	}
}

/* The whole-word copy of strings with nothing to escape (cf_cursor_put_plain()) sees a byte
 * to escape at every place of every length (first, last and overlapping words), copies
 * exactly the bytes when there is none, and writes nothing past them either way; the string
 * writer built on it gives what the general one gives. */
static void
test_json_string_plain(void)
{
	static const char specials[] = {'"', '\\', '\n', '\t', '\x01', '\x1f'};
	static const char *const pieces[] = {"a", "\x7f", " ", "万", "元", "，", "\xf0\x9f\x98\x80",
					     "~"};
	for (gsize n = 0; n < 80; n++) {
		char input[80] = {0}, out[96], general[6 * 80 + 2], fast[6 * 80 + 2];
		/* valid UTF-8 of whole pieces, padded with ASCII */
		gsize length = 0;
		for (gsize i = 0;; i++) {
			const char *piece = pieces[(i * 5 + n) % G_N_ELEMENTS(pieces)];
			if (length + strlen(piece) > n)
				break;
			memcpy(input + length, piece, strlen(piece));
			length += strlen(piece);
		}
		memset(input + length, 'b', n - length);
		g_assert_true(g_utf8_validate(input, n, NULL));
		memset(out, '#', sizeof out);
		char *end = cf_cursor_put_plain(out, input, n);
		g_assert_true(end == out + n);
		g_assert_cmpmem(out, n, input, n);
		g_assert_cmpint(out[n], ==, '#');
		for (gsize at = 0; at < n; at++) {
			for (gsize k = 0; k < G_N_ELEMENTS(specials); k++) {
				char saved = input[at];
				input[at] = specials[k];
				memset(out, '#', sizeof out);
				g_assert_null(cf_cursor_put_plain(out, input, n));
				g_assert_cmpint(out[n], ==, '#');
				if (g_utf8_validate(input, n, NULL)) {
					char *a = cf_json_write_string(general, input, n);
					char *b = cf_json_write_valid_string(fast, input, n);
					g_assert_cmpmem(fast, b - fast, general, a - general);
				}
				input[at] = saved;
			}
		}
	}
}

/* The same two without the 32-byte steps of CPUs with AVX2 (on others the same path twice). */
static void
test_json_string_valid_sse2(void)
{
	cf_json_use_avx2(FALSE);
	test_json_string_valid();
	test_json_string_plain();
	cf_json_use_avx2(TRUE);
}

/* ---- claims ---- */

static CfDecimal
decimal(const char *text)
{
	CfDecimal d;
	g_assert_true(cf_decimal_parse(text, -1, &d));
	return d;
}

/* 19.77万元 in prose, line 14 column 28, a part of a 其中 list */
static CfClaim *
amount_claim(const CfDocument *doc)
{
	CfClaim *c = cf_claim_new(CF_CLAIM_AMOUNT);
	c->document = doc;
	c->stated = decimal("19.77");
	c->value = decimal("197700");
	c->interval = cf_interval_make(decimal("197650"), decimal("197750"));
	c->unit_exponent = 4;
	c->unit = g_strdup("万元");
	c->label = g_strdup("干部工作专项经费支出");
	cf_claim_add_cue(c, "其中");
	c->text = g_strdup("19.77万元");
	c->line = 14;
	c->column = 28;
	c->length = 7;
	c->sentence = 3;
	return c;
}

/* 二百余万元: at least 2000000 元, no upper bound */
static CfClaim *
at_least_claim(const CfDocument *doc)
{
	CfClaim *c = cf_claim_new(CF_CLAIM_AMOUNT);
	c->document = doc;
	c->stated = decimal("200");
	c->value = decimal("2000000");
	c->interval = cf_interval_point(decimal("2000000"));
	c->interval.high_unbounded = TRUE;
	c->unit_exponent = 4;
	c->unit = g_strdup("万元");
	c->qualifier = CF_QUALIFIER_AT_LEAST;
	c->qualifier_text = g_strdup("余");
	c->text = g_strdup("二百余万元");
	c->line = 3;
	c->column = 1;
	c->length = 5;
	c->sentence = 0;
	return c;
}

/* 4,95 in a table cell */
static CfClaim *
malformed_claim(const CfDocument *doc)
{
	CfClaim *c = cf_claim_new(CF_CLAIM_MALFORMED);
	c->document = doc;
	c->has_value = FALSE;
	c->text = g_strdup("4,95");
	c->reason = g_strdup("digit group of 2 after a thousands separator");
	c->label = g_strdup("关工委经费/预算金额");
	c->line = 119;
	c->column = 2;
	c->length = 4;
	c->table = 1;
	c->row = 5;
	c->cell_column = 3;
	return c;
}

static GPtrArray *
claims_of(const CfDocument *doc)
{
	GPtrArray *claims = g_ptr_array_new_with_free_func((GDestroyNotify)cf_claim_free);
	g_ptr_array_add(claims, amount_claim(doc));
	g_ptr_array_add(claims, at_least_claim(doc));
	g_ptr_array_add(claims, malformed_claim(doc));
	return claims;
}

static void
test_claims_jsonl(void)
{
	g_autoptr(CfDocument) doc = cf_document_new("corpus/x \"1\".txt");
	g_autoptr(GPtrArray) claims = claims_of(doc);
	g_autoptr(GString) out = g_string_new(NULL);
	cf_report_claims_jsonl(claims, out);
	g_assert_cmpstr(
		out->str, ==,
		/* the document line first: metadata unknown, no text (SHA-256 of nothing), the
		 * claims' lines in line order */
		"{\"document\":{\"file\":\"corpus/x \\\"1\\\".txt\",\"digest\":"
		"\"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\","
		"\"title\":null,\"title_line\":null,\"year\":null,\"year_line\":null,"
		"\"unit\":null,\"unit_line\":null,\"kind\":null,\"kind_line\":null,"
		"\"lines\":{\"3\":\"\",\"14\":\"\",\"119\":\"\"}}}\n"
		"{\"file\":\"corpus/x \\\"1\\\".txt\",\"line\":14,\"column\":28,\"length\":7,"
		"\"kind\":\"amount\",\"text\":\"19.77万元\",\"value\":\"197700\","
		"\"low\":\"197650\",\"high\":\"197750\",\"stated\":\"19.77\",\"unit\":\"万元\","
		"\"unit_exponent\":4,\"qualifier\":\"none\",\"qualifier_text\":null,"
		"\"label\":\"干部工作专项经费支出\",\"cues\":[\"其中\"],\"table\":null,\"row\":"
		"null,"
		"\"column_in_table\":null,\"sentence\":3,\"reason\":null,\"has_value\":true}\n"
		"{\"file\":\"corpus/x \\\"1\\\".txt\",\"line\":3,\"column\":1,\"length\":5,"
		"\"kind\":\"amount\",\"text\":\"二百余万元\",\"value\":\"2000000\","
		"\"low\":\"2000000\",\"high\":null,\"stated\":\"200\",\"unit\":\"万元\","
		"\"unit_exponent\":4,\"qualifier\":\"at-least\",\"qualifier_text\":\"余\","
		"\"label\":null,\"cues\":[],\"table\":null,\"row\":null,"
		"\"column_in_table\":null,\"sentence\":0,\"reason\":null,\"has_value\":true}\n"
		"{\"file\":\"corpus/x \\\"1\\\".txt\",\"line\":119,\"column\":2,\"length\":4,"
		"\"kind\":\"malformed\",\"text\":\"4,95\",\"value\":null,"
		"\"low\":null,\"high\":null,\"stated\":null,\"unit\":null,"
		"\"unit_exponent\":0,\"qualifier\":\"none\",\"qualifier_text\":null,"
		"\"label\":\"关工委经费/预算金额\",\"cues\":[],\"table\":1,\"row\":5,"
		"\"column_in_table\":3,\"sentence\":null,"
		"\"reason\":\"digit group of 2 after a thousands "
		"separator\",\"has_value\":false}\n");
}

/* The document line's "lines" show each line as cf_json_append_string() escapes it: a TAB
 * cell, a line with a quote, one longer than what is escaped at once, in text known to be
 * valid UTF-8 and not. */
static void
test_claims_jsonl_lines(void)
{
	g_autoptr(GString) text = g_string_new("\t9502\n前\"引\"后\n");
	for (guint i = 0; i < 2000; i++)
		g_string_append(text, i % 97 == 0 ? "\\\t" : "预算");
	g_string_append(text, "\n");
	for (int valid = 0; valid <= 1; valid++) {
		g_autoptr(CfDocument) doc = cf_document_new("x.txt");
		cf_document_set_text(doc, g_strndup(text->str, text->len), text->len,
				     g_strndup(text->str, text->len), text->len, NULL);
		doc->text_valid_utf8 = valid;
		g_autoptr(GPtrArray) claims =
			g_ptr_array_new_with_free_func((GDestroyNotify)cf_claim_free);
		g_autoptr(GString) expected = g_string_new("\"lines\":{");
		for (guint line = 1; line <= 3; line++) {
			CfClaim *claim = cf_claim_new(CF_CLAIM_NUMBER);
			claim->document = doc;
			claim->line = line;
			g_ptr_array_add(claims, claim);
			gsize n;
			const char *at = cf_document_line_text(doc, line, &n);
			g_string_append_printf(expected, "%s\"%u\":", line > 1 ? "," : "", line);
			cf_json_append_string(expected, at, (gssize)n);
		}
		g_string_append(expected, "}}}\n");
		g_autoptr(GString) out = g_string_new(NULL);
		cf_report_document_jsonl(doc, claims, out);
		g_assert_true(g_str_has_suffix(out->str, expected->str));
		g_assert_nonnull(strstr(out->str, "\"1\":\"\\t9502\""));
	}
}

static void
test_claims_text(void)
{
	g_autoptr(CfDocument) doc = cf_document_new("corpus/x.txt");
	g_autoptr(GPtrArray) claims = claims_of(doc);
	g_autoptr(GString) out = g_string_new(NULL);
	cf_report_claims_text(claims, out);
	g_assert_cmpstr(
		out->str, ==,
		"corpus/x.txt:14:28: amount 197700 元 (19.77万元) label=干部工作专项经费支出 "
		"cues=其中\n"
		"corpus/x.txt:3:1: amount 2000000 元 (二百余万元) qualifier=at-least(余) "
		"interval=≥ 2000000\n"
		"corpus/x.txt:119:2: malformed (4,95) label=关工委经费/预算金额 table=1 row=5 "
		"col=3 reason=digit group of 2 after a thousands separator\n");
}

static void
test_claims_text_units(void)
{
	g_autoptr(CfDocument) doc = cf_document_new("a.txt");
	g_autoptr(GPtrArray) claims = g_ptr_array_new_with_free_func((GDestroyNotify)cf_claim_free);
	CfClaim *percent = cf_claim_new(CF_CLAIM_PERCENT);
	percent->document = doc;
	percent->stated = percent->value = decimal("85.5");
	percent->interval = cf_interval_stated(percent->value);
	percent->unit = g_strdup("%");
	percent->text = g_strdup("85.5%");
	percent->line = percent->column = 1;
	g_ptr_array_add(claims, percent);
	CfClaim *count = cf_claim_new(CF_CLAIM_COUNT);
	count->document = doc;
	count->stated = count->value = decimal("35");
	count->interval = cf_interval_point(count->value);
	count->unit = g_strdup("名");
	count->text = g_strdup("35名");
	count->line = 2;
	count->column = 4;
	g_ptr_array_add(claims, count);
	CfClaim *year = cf_claim_new(CF_CLAIM_YEAR);
	year->document = doc;
	year->stated = year->value = decimal("2022");
	year->text = g_strdup("2022年");
	year->line = year->column = 3;
	g_ptr_array_add(claims, year);
	CfClaim *many = cf_claim_new(CF_CLAIM_COUNT);
	many->document = doc;
	many->stated = decimal("13.2");
	many->value = decimal("132000");
	many->interval = cf_interval_point(many->value);
	many->unit = g_strdup("万个");
	many->unit_exponent = 4;
	many->text = g_strdup("13.2万个");
	many->line = many->column = 4;
	g_ptr_array_add(claims, many);

	g_autoptr(GString) out = g_string_new(NULL);
	cf_report_claims_text(claims, out);
	g_assert_cmpstr(out->str, ==,
			"a.txt:1:1: percent 85.5% (85.5%)\n"
			"a.txt:2:4: count 35 名 (35名)\n"
			"a.txt:3:3: year 2022 (2022年)\n"
			"a.txt:4:4: count 132000 (13.2万个)\n");
}

static void
test_claims_text_color(void)
{
	g_autoptr(CfDocument) doc = cf_document_new("corpus/x.txt");
	g_autoptr(GPtrArray) claims = g_ptr_array_new_with_free_func((GDestroyNotify)cf_claim_free);
	g_ptr_array_add(claims, malformed_claim(doc));
	g_autoptr(GString) plain = g_string_new(NULL);
	g_autoptr(GString) colored = g_string_new(NULL);
	CfReportStyle style = {.color = TRUE};
	cf_report_claims_text_styled(claims, NULL, plain);
	cf_report_claims_text_styled(claims, &style, colored);
	g_assert_cmpstr(colored->str, ==,
			"\033[1mcorpus/x.txt:119:2:\033[0m \033[1;31mmalformed\033[0m (4,95) "
			"label=关工委经费/预算金额 table=1 row=5 col=3 "
			"reason=digit group of 2 after a thousands separator\n");
	g_assert_null(strchr(plain->str, '\033'));
}

static void
test_claims_empty(void)
{
	g_autoptr(GPtrArray) claims = g_ptr_array_new_with_free_func((GDestroyNotify)cf_claim_free);
	g_autoptr(GString) out = g_string_new(NULL);
	cf_report_claims_jsonl(claims, out);
	cf_report_claims_text(claims, out);
	g_assert_cmpuint(out->len, ==, 0);
}

/* Display widths: the renderer takes ASCII and the blocks of Chinese text without GLib's
 * tables; every code point must still get the width the tables give (wide 2, zero-width 0). */
static void
test_display_width(void)
{
	for (gunichar c = 1; c <= 0x10FFFF; c++) {
		if (c >= 0xD800 && c <= 0xDFFF)
			continue;
		char text[8];
		gint n = g_unichar_to_utf8(c, text);
		text[n] = '\0';
		guint expected = c == '\t' ? CF_REPORT_TAB_WIDTH
				 : g_unichar_iszerowidth(c) ? 0
				 : g_unichar_iswide(c)      ? 2
							    : 1;
		if (cf_report_display_width(text, (gsize)n) != expected)
			g_error("U+%04X: width %u, GLib says %u", c,
				cf_report_display_width(text, (gsize)n), expected);
	}
	const char *mixed = "预算\t25.2万元\xcc\x81";
	g_assert_cmpuint(cf_report_display_width(mixed, strlen(mixed)), ==, 2 + 2 + 4 + 4 + 2 + 2 + 0);
}

/* ---- the document digest ---- */

/* cf_document_dup_digest() (nettle's SHA-256 when built in) gives GLib's text for every
 * length around the 64-byte block boundaries and for a long text, with bytes of every value. */
static void
test_document_digest(void)
{
	gsize lengths[] = {0, 1, 3, 55, 56, 63, 64, 65, 119, 120, 127, 128, 129, 1000, 4096,
			   1 << 20};
	for (gsize i = 0; i < G_N_ELEMENTS(lengths); i++) {
		gsize n = lengths[i];
		char *text = g_malloc(n + 1);
		for (gsize k = 0; k < n; k++)
			text[k] = (char)((k * 131 + 7) ^ (k >> 8));
		text[n] = '\0';
		g_autoptr(CfDocument) doc = cf_document_new("x.txt");
		cf_document_set_text(doc, text, n, g_memdup2(text, n + 1), n, NULL);
		g_autofree char *expected =
			g_compute_checksum_for_data(G_CHECKSUM_SHA256, (const guchar *)text, n);
		g_autofree char *digest = cf_document_dup_digest(doc);
		g_assert_cmpstr(digest, ==, expected);
	}
	g_autoptr(CfDocument) doc = cf_document_new("x.txt");
	cf_document_set_text(doc, g_strdup("abc"), 3, g_strdup("abc"), 3, NULL);
	g_autofree char *abc = cf_document_dup_digest(doc);
	g_assert_cmpstr(abc, ==,
			"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

/* A related place in the primary's file shows that file as the primary does (its JSON is
 * reused), one in another file its own, NULL files included; escapes and CJK in paths. */
static void
test_findings_json_related_files(void)
{
	g_autoptr(GPtrArray) findings =
		g_ptr_array_new_with_free_func((GDestroyNotify)cf_finding_free);
	CfFinding *f = cf_finding_new("sum-mismatch", CF_SEVERITY_ERROR);
	cf_finding_set_text(f, &f->message, "m", -1);
	cf_finding_set_primary(f, "a/\"东湖\".txt", 3, 1, 2, "src", -1);
	cf_finding_add_related(f, "a/\"东湖\".txt", 4, 1, 2, NULL, -1, "same");
	cf_finding_add_related(f, "b\\c.txt", 5, 2, 2, NULL, -1, "other");
	cf_finding_add_related(f, "a/\"东湖\".txt", 6, 1, 2, NULL, -1, NULL);
	g_ptr_array_add(findings, f);
	CfFinding *g = cf_finding_new("sum-mismatch", CF_SEVERITY_NOTE);
	cf_finding_set_primary(g, NULL, 0, 0, 0, NULL, -1);
	cf_finding_add_related(g, NULL, 1, 1, 1, NULL, -1, NULL);
	cf_finding_add_related(g, "x.txt", 2, 1, 1, NULL, -1, NULL);
	g_ptr_array_add(findings, g);
	g_autoptr(GString) out = g_string_new(NULL);
	cf_report_findings_json(findings, out);
	g_assert_cmpstr(
		out->str, ==,
		"{\"version\":1,\"findings\":[\n"
		"{\"file\":\"a/\\\"东湖\\\".txt\",\"line\":3,\"column\":1,\"length\":2,"
		"\"rule\":\"sum-mismatch\",\"severity\":\"error\",\"message\":\"m\",\"stated\":"
		"null,"
		"\"computed\":null,\"source\":\"src\",\"related\":["
		"{\"file\":\"a/\\\"东湖\\\".txt\",\"line\":4,\"column\":1,\"note\":\"same\"},"
		"{\"file\":\"b\\\\c.txt\",\"line\":5,\"column\":2,\"note\":\"other\"},"
		"{\"file\":\"a/\\\"东湖\\\".txt\",\"line\":6,\"column\":1,\"note\":null}],"
		"\"suggestion\":null},\n"
		"{\"file\":null,\"line\":0,\"column\":0,\"length\":0,\"rule\":\"sum-mismatch\","
		"\"severity\":\"note\",\"message\":\"\",\"stated\":null,\"computed\":null,"
		"\"source\":\"\",\"related\":["
		"{\"file\":null,\"line\":1,\"column\":1,\"note\":null},"
		"{\"file\":\"x.txt\",\"line\":2,\"column\":1,\"note\":null}],"
		"\"suggestion\":null}\n]}\n");
}

/* A list of findings written at once (a source line shared with the finding before escaped
 * once) is the JSON of each written by itself: random sources, often the same as the one
 * before, with escapes, CJK, broken UTF-8 and NULL among them. */
static void
test_findings_json_add_all(void)
{
	const char *const pieces[] = {"a", "\"", "\\", "\t", "\x01", "东", "湖", "\xe4\xb8",
				      "\xff", " ", "1", "，", "😀"};
	g_autoptr(GRand) rand = g_rand_new_with_seed(7);
	for (guint round = 0; round < 200; round++) {
		g_autoptr(GPtrArray) findings =
			g_ptr_array_new_with_free_func((GDestroyNotify)cf_finding_free);
		guint n = (guint)g_rand_int_range(rand, 0, 12);
		g_autoptr(GString) source = g_string_new(NULL);
		for (guint i = 0; i < n; i++) {
			CfFinding *f = cf_finding_new("sum-mismatch", CF_SEVERITY_ERROR);
			gint32 kind = g_rand_int_range(rand, 0, 4);
			if (kind == 0) {
				g_string_truncate(source, 0);
				cf_test_append_rand_pieces(source, pieces, G_N_ELEMENTS(pieces),
							   (guint)g_rand_int_range(rand, 0, 40),
							   rand);
			}
			/* kind 1, 2: the same source as the finding before (a copy) */
			cf_finding_set_primary(f, i % 3 ? "a.txt" : "b.txt", i + 1, 1, 1,
					       kind == 3 ? NULL : source->str, -1);
			if (kind == 3)
				f->primary.source = NULL; /* kept in the finding: not freed */
			g_ptr_array_add(findings, f);
		}
		guint first = (guint)g_rand_int_range(rand, 0, 2);
		g_autoptr(GString) each = g_string_new(NULL);
		for (guint i = 0; i < findings->len; i++)
			cf_report_findings_json_add(g_ptr_array_index(findings, i), first + i,
						    each);
		g_autoptr(GString) all = g_string_new(NULL);
		cf_report_findings_json_add_all(findings, first, all);
		g_assert_cmpstr(all->str, ==, each->str);
	}
}

/* ---- excerpts of long source lines ---- */

/* A line of @chars characters (ASCII, CJK, a four-byte emoji, TABs) from @rand. */
static GString *
long_line(GRand *rand, guint chars)
{
	static const char *const pieces[] = {"a", "1", "，", "支", "出", "万", "元", "😀", "\t", " "};
	GString *line = g_string_new(NULL);
	cf_test_append_rand_pieces(line, pieces, G_N_ELEMENTS(pieces), chars, rand);
	return line;
}

/* The byte where character @chars (0-based) of @text starts, by a plain walk. */
static gsize
walk_chars(const char *text, gsize chars)
{
	const char *p = text;
	for (gsize i = 0; i < chars && *p; i++)
		p = g_utf8_next_char(p);
	return (gsize)(p - text);
}

/* A long line's place keeps an excerpt: the line's characters from source_column, cut at
 * characters, holding the place with up to CF_FINDING_SOURCE_CONTEXT_BYTES either side; a
 * short line is kept whole.  With a cursor, in any order of places, the same excerpts. */
static void
test_findings_excerpt(void)
{
	g_autoptr(GRand) rand = g_rand_new_with_seed(21);
	for (guint round = 0; round < 40; round++) {
		guint chars = round % 4 == 0 ? (guint)g_rand_int_range(rand, 1, 1200)
					     : (guint)g_rand_int_range(rand, 2000, 9000);
		g_autoptr(GString) line = long_line(rand, chars);
		CfSourceCursor cursor = {0};
		for (guint k = 0; k < 60; k++) {
			guint column = (guint)g_rand_int_range(rand, 1, (gint32)chars + 3);
			guint length = (guint)g_rand_int_range(rand, 0, 12);
			CfFinding *f = cf_finding_new("sum-mismatch", CF_SEVERITY_ERROR);
			cf_finding_set_primary(f, "a.txt", 1, column, length, line->str, -1);
			CfFinding *g = cf_finding_new("sum-mismatch", CF_SEVERITY_ERROR);
			cf_finding_set_primary(g, "a.txt", 1, column, length, NULL, 0);
			cf_finding_set_source_near(g, &g->primary, line->str, (gssize)line->len,
						   &cursor);
			const CfLocation *l = &f->primary;
			g_assert_cmpstr(g->primary.source, ==, l->source);
			g_assert_cmpuint(g->primary.source_column, ==, l->source_column);
			g_assert_cmpint(g->primary.source_cut_end, ==, l->source_cut_end);
			if (line->len <= CF_FINDING_SOURCE_MAX_BYTES) {
				g_assert_cmpstr(l->source, ==, line->str);
				g_assert_false(cf_location_source_is_excerpt(l));
				cf_finding_free(f);
				cf_finding_free(g);
				continue;
			}
			g_assert_true(cf_location_source_is_excerpt(l));
			gsize from = walk_chars(line->str, l->source_column - 1);
			gsize n = strlen(l->source);
			g_assert_cmpmem(l->source, n, line->str + from, n);
			g_assert_cmpint(l->source_cut_end, ==, from + n < line->len);
			gsize at = walk_chars(line->str, column - 1);
			gsize place_end = at + walk_chars(line->str + at, length);
			g_assert_cmpuint(from, <=, at);
			g_assert_cmpuint(from + n, >=, place_end);
			g_assert_cmpuint(at - from, <=, CF_FINDING_SOURCE_CONTEXT_BYTES);
			g_assert_cmpuint(from + n - place_end, <=, CF_FINDING_SOURCE_CONTEXT_BYTES);
			/* as much context as the budget holds, short of a character's bytes */
			g_assert_true(from == 0 || at - from + 4 > CF_FINDING_SOURCE_CONTEXT_BYTES);
			g_assert_true(from + n == line->len ||
				      from + n - place_end + 4 > CF_FINDING_SOURCE_CONTEXT_BYTES);
			g_assert_true(g_utf8_validate(l->source, (gssize)n, NULL));
			cf_finding_free(f);
			cf_finding_free(g);
		}
	}
}

/* The text of a finding on a long line is the same from its excerpt as from the whole line
 * (the shown window lies inside the excerpt); its JSON gives source_column only for an
 * excerpt. */
static void
test_findings_excerpt_rendered(void)
{
	g_autoptr(GRand) rand = g_rand_new_with_seed(22);
	for (guint round = 0; round < 200; round++) {
		guint chars = (guint)g_rand_int_range(rand, 1500, 6000);
		g_autoptr(GString) line = long_line(rand, chars);
		guint column = (guint)g_rand_int_range(rand, 1, (gint32)chars + 1);
		guint length = (guint)g_rand_int_range(rand, 0, 8);
		g_autoptr(GPtrArray) kept =
			g_ptr_array_new_with_free_func((GDestroyNotify)cf_finding_free);
		g_autoptr(GPtrArray) whole =
			g_ptr_array_new_with_free_func((GDestroyNotify)cf_finding_free);
		CfFinding *f = cf_finding_new("sum-mismatch", CF_SEVERITY_ERROR);
		cf_finding_set_primary(f, "a.txt", 1, column, length, line->str, -1);
		g_ptr_array_add(kept, f);
		/* the same place with the whole line, however long */
		CfFinding *w = cf_finding_new("sum-mismatch", CF_SEVERITY_ERROR);
		cf_finding_set_primary(w, "a.txt", 1, column, length, NULL, 0);
		w->primary.source = line->str; /* borrowed: the finding frees none of its strings */
		g_ptr_array_add(whole, w);
		g_autoptr(GString) a = g_string_new(NULL), b = g_string_new(NULL);
		cf_report_findings_text(kept, NULL, a);
		cf_report_findings_text(whole, NULL, b);
		g_assert_cmpstr(a->str, ==, b->str);
		g_autoptr(GString) json = g_string_new(NULL);
		cf_report_findings_json(kept, json);
		g_assert_cmpint(strstr(json->str, "\"source_column\":") != NULL, ==,
				cf_location_source_is_excerpt(&f->primary));
		g_string_truncate(json, 0);
		cf_report_findings_json(whole, json);
		g_assert_null(strstr(json->str, "\"source_column\":"));
	}
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	for (gsize i = 0; i < G_N_ELEMENTS(json_cases); i++) {
		g_autofree char *path =
			g_strdup_printf("/report/json/string/%s", json_cases[i].name);
		g_test_add_data_func(path, &json_cases[i], test_json_string);
	}
	g_test_add_func("/report/json/string/null", test_json_string_null);
	g_test_add_func("/report/json/numbers", test_json_numbers);
	g_test_add_func("/report/json/decimal-digits", test_json_decimal_digits);
	g_test_add_func("/report/json/digits-many", test_json_digits_many);
	g_test_add_func("/report/json/digits-edges", test_json_digits_edges);
	g_test_add_func("/report/json/string/long", test_json_string_long);
	g_test_add_func("/report/json/string/chunks", test_json_string_chunks);
	g_test_add_func("/report/json/string/valid", test_json_string_valid);
	g_test_add_func("/report/json/string/plain", test_json_string_plain);
	g_test_add_func("/report/json/string/random", test_json_string_random);
	g_test_add_func("/report/json/string/valid-sse2", test_json_string_valid_sse2);
	g_test_add_func("/report/claims/jsonl/fields", test_claims_jsonl);
	g_test_add_func("/report/claims/jsonl/lines", test_claims_jsonl_lines);
	g_test_add_func("/report/claims/text/fields", test_claims_text);
	g_test_add_func("/report/claims/text/units", test_claims_text_units);
	g_test_add_func("/report/claims/text/color", test_claims_text_color);
	g_test_add_func("/report/claims/empty", test_claims_empty);
	g_test_add_func("/report/findings/display-width", test_display_width);
	g_test_add_func("/report/findings/json/related-files", test_findings_json_related_files);
	g_test_add_func("/report/findings/json/add-all", test_findings_json_add_all);
	g_test_add_func("/report/findings/excerpt", test_findings_excerpt);
	g_test_add_func("/report/findings/excerpt/rendered", test_findings_excerpt_rendered);
	g_test_add_func("/report/document/digest", test_document_digest);
	return g_test_run();
}
