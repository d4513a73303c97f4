/* Tests of encoding detection, decoding, line indexing and normalisation (the ingest stage
 * on bytes in memory).  GB18030 and UTF-16 inputs are produced here with g_convert from
 * UTF-8 text taken from the corpus, so the expected text is known exactly. */
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "ingest/cf-ingest-private.h"
#include "ingest/cf-ingest.h"
#include "model/cf-error.h"

/* Lines of corpus/001 (a table cell with ASCII digits, full-width punctuation, a TAB). */
static const char sample[] = "2020年重点项目绩效评价结果情况说明\n"
			     "项目支出基本情况\n"
			     "\t预算金额    （单位：万元）\n"
			     "\t离退休干部报刊费\n"
			     "\t28.8\n";
/* sample without its final line end: what doc->text holds */
#define SAMPLE_TEXT_LENGTH (sizeof sample - 2)

static CfDocument *
ingest_ok(const void *bytes, gsize length, const char *forced)
{
	CfIngestOptions options = {forced};
	g_autoptr(GError) error = NULL;
	CfDocument *doc = cf_ingest_bytes("mem.txt", bytes, length, &options, &error);
	g_assert_no_error(error);
	g_assert_nonnull(doc);
	return doc;
}

static GBytes *
convert(const char *utf8, gssize length, const char *to, const char *prefix, gsize prefix_length)
{
	gsize written = 0;
	g_autoptr(GError) error = NULL;
	g_autofree char *converted = g_convert(utf8, length, to, "UTF-8", NULL, &written, &error);
	g_assert_no_error(error);
	GByteArray *bytes = g_byte_array_new();
	g_byte_array_append(bytes, (const guint8 *)prefix, (guint)prefix_length);
	g_byte_array_append(bytes, (const guint8 *)converted, (guint)written);
	return g_byte_array_free_to_bytes(bytes);
}

/* Byte length of @utf8[0, length) once converted to @to (the expected line offsets). */
static gsize
converted_length(const char *utf8, gsize length, const char *to)
{
	gsize written = 0;
	g_autofree char *converted =
		g_convert(utf8, (gssize)length, to, "UTF-8", NULL, &written, NULL);
	g_assert_nonnull(converted);
	return written;
}

static void
assert_lines_match_columns(const CfDocument *doc)
{
	for (guint i = 0; i < doc->lines->len; i++) {
		const CfLine *l = &g_array_index(doc->lines, CfLine, i);
		g_assert_cmpuint(l->number, ==, i + 1);
		g_assert_cmpint(g_utf8_strlen(doc->text + l->text_offset, (gssize)l->text_length),
				==,
				g_utf8_strlen(doc->norm + l->norm_offset, (gssize)l->norm_length));
	}
}

/* The document decoded from @bytes is @sample, and line k starts at
 * @prefix + (bytes of lines before k in @encoding). */
static void
assert_sample(const CfDocument *doc, const char *encoding, gsize prefix, const char *iconv_to)
{
	g_assert_cmpstr(doc->encoding, ==, encoding);
	g_assert_cmpuint(doc->text_length, ==, SAMPLE_TEXT_LENGTH);
	g_assert_cmpmem(doc->text, doc->text_length, sample, SAMPLE_TEXT_LENGTH);
	g_assert_cmpuint(doc->lines->len, ==, 5);
	g_assert_cmpuint(doc->diagnostics->len, ==, 0);
	for (guint i = 0; i < doc->lines->len; i++) {
		const CfLine *l = &g_array_index(doc->lines, CfLine, i);
		gsize expected =
			prefix + (iconv_to ? converted_length(sample, l->text_offset, iconv_to)
					   : l->text_offset);
		g_assert_cmpuint(l->byte_offset, ==, expected);
	}
	assert_lines_match_columns(doc);
}

static void
test_utf8_plain(void)
{
	g_autoptr(CfDocument) doc = ingest_ok(sample, sizeof sample - 1, NULL);
	assert_sample(doc, "UTF-8", 0, NULL);
	/* norm differs only where a number needs it: nothing here */
	g_assert_cmpstr(doc->norm, ==, doc->text);
	g_assert_cmpuint(g_array_index(doc->lines, CfLine, 1).byte_offset, ==,
			 50); /* "2020" + 15 characters of 3 bytes + LF */
}

static void
test_utf8_bom(void)
{
	g_autoptr(GBytes) bytes = convert(sample, -1, "UTF-8", "\xEF\xBB\xBF", 3);
	gsize length = 0;
	const guint8 *data = g_bytes_get_data(bytes, &length);
	g_autoptr(CfDocument) doc = ingest_ok(data, length, NULL);
	assert_sample(doc, "UTF-8 (BOM)", 3, NULL);
	g_assert_cmpuint(g_array_index(doc->lines, CfLine, 0).byte_offset, ==, 3);
}

typedef struct {
	const char *name;
	const char *iconv_to;
	const char *bom;
	gsize bom_length;
	const char *forced;
	const char *expected_encoding;
} SampleCase;

static const SampleCase sample_cases[] = {
	{"/decode/utf16le/bom", "UTF-16LE", "\xFF\xFE", 2, NULL, "UTF-16LE (BOM)"},
	{"/decode/utf16be/bom", "UTF-16BE", "\xFE\xFF", 2, NULL, "UTF-16BE (BOM)"},
	{"/decode/utf16le/no-bom", "UTF-16LE", "", 0, NULL, "UTF-16LE"},
	{"/decode/utf16be/no-bom", "UTF-16BE", "", 0, NULL, "UTF-16BE"},
	{"/decode/gb18030/no-bom", "GB18030", "", 0, NULL, "GB18030"},
	{"/decode/forced/gbk", "GBK", "", 0, "GBK", "GBK"},
	{"/decode/forced/gb2312", "GB2312", "", 0, "gb2312", "gb2312"},
	{"/decode/forced/utf-16-follows-bom", "UTF-16LE", "\xFF\xFE", 2, "UTF-16",
	 "UTF-16LE (BOM)"},
	{"/decode/forced/utf-16-default-be", "UTF-16BE", "", 0, "utf16", "UTF-16BE"},
	{"/decode/forced/utf-16le", "UTF-16LE", "", 0, "UTF-16LE", "UTF-16LE"},
	{"/decode/forced/utf-32le", "UTF-32LE", "", 0, "UTF-32LE", "UTF-32LE"},
	{"/decode/forced/utf-8-bom", "UTF-8", "\xEF\xBB\xBF", 3, "utf-8", "UTF-8 (BOM)"},
};

static void
test_sample_case(gconstpointer data)
{
	const SampleCase *c = data;
	g_autoptr(GBytes) bytes = convert(sample, -1, c->iconv_to, c->bom, c->bom_length);
	gsize length = 0;
	const guint8 *p = g_bytes_get_data(bytes, &length);
	g_autoptr(CfDocument) doc = ingest_ok(p, length, c->forced);
	assert_sample(doc, c->expected_encoding, c->bom_length, c->iconv_to);
}

static void
test_forced_latin1(void)
{
	g_autoptr(CfDocument) doc = ingest_ok("caf\xe9 12\xa0%", 9, "ISO-8859-1");
	g_assert_cmpstr(doc->encoding, ==, "ISO-8859-1");
	g_assert_cmpstr(doc->text, ==, "caf\xc3\xa9 12\xc2\xa0%");
	g_assert_cmpstr(doc->norm, ==, "caf\xc3\xa9 12 %");
}

typedef struct {
	const char *name;
	const char *encoding;
	CfErrorCode code;
	const char *message;
} ForcedErrorCase;

static const ForcedErrorCase forced_error_cases[] = {
	{"/decode/forced/unknown", "NO-SUCH-ENCODING", CF_ERROR_ENCODING,
	 "unknown encoding 'NO-SUCH-ENCODING'"},
	{"/decode/forced/not-ascii-compatible", "EBCDIC-US", CF_ERROR_ENCODING,
	 "unsupported encoding 'EBCDIC-US': not ASCII-compatible"},
};

static void
test_forced_error(gconstpointer data)
{
	const ForcedErrorCase *c = data;
	CfIngestOptions options = {c->encoding};
	g_autoptr(GError) error = NULL;
	g_autoptr(CfDocument) doc =
		cf_ingest_bytes("x.txt", (const guint8 *)"abc", 3, &options, &error);
	g_assert_null(doc);
	g_assert_error(error, CF_ERROR, (gint)c->code);
	g_assert_cmpstr(error->message, ==, c->message);
	g_clear_error(&error);
	g_assert_false(cf_ingest_check_encoding(c->encoding, &error));
	g_assert_cmpstr(error->message, ==, c->message);
}

static void
test_forced_utf8_on_gb18030(void)
{
	/* forcing the wrong encoding still gives a document, with every bad run reported */
	g_autoptr(GBytes) bytes = convert("金额\n", -1, "GB18030", "", 0);
	gsize length = 0;
	const guint8 *p = g_bytes_get_data(bytes, &length);
	g_autoptr(CfDocument) doc = ingest_ok(p, length, "UTF-8");
	g_assert_cmpstr(doc->encoding, ==, "UTF-8");
	g_assert_cmpstr(doc->text, ==, "\xEF\xBF\xBD");
	g_assert_cmpuint(doc->diagnostics->len, ==, 1);
	const CfDiagnostic *d = doc->diagnostics->pdata[0];
	g_assert_cmpstr(d->message, ==,
			"invalid UTF-8 bytes 0xbd 0xf0 0xb6 0xee at byte 0, "
			"replaced by U+FFFD");
}

/* ---- invalid bytes ---- */

typedef struct {
	guint line, column;
	gsize byte_offset;
	const char *message;
} ExpectedDiagnostic;

typedef struct {
	const char *name;
	const char *input; /* bytes; length by strlen */
	const char *encoding;
	const char *text;
	ExpectedDiagnostic diagnostics[3];
} InvalidCase;

static const InvalidCase invalid_cases[] = {
	{"/decode/invalid/utf8-stray-byte",
	 "第一行\n金额12\xff万元\n",
	 "UTF-8",
	 "第一行\n金额12\xEF\xBF\xBD万元",
	 {{2, 5, 18, "invalid UTF-8 byte 0xff at byte 18, replaced by U+FFFD"}}},
	{"/decode/invalid/utf8-truncated",
	 "预算\xe4\xb8 100\n",
	 "UTF-8",
	 "预算\xEF\xBF\xBD 100",
	 {{1, 3, 6, "invalid UTF-8 bytes 0xe4 0xb8 at byte 6, replaced by U+FFFD"}}},
	{"/decode/invalid/utf8-two-runs",
	 "ab\xc0x预算\n\xfe\xfe\xfe\xfe\xfe合计\n",
	 "UTF-8",
	 "ab\xEF\xBF\xBDx预算\n\xEF\xBF\xBD合计",
	 {{1, 3, 2, "invalid UTF-8 byte 0xc0 at byte 2, replaced by U+FFFD"},
	  {2, 1, 11,
	   "invalid UTF-8 bytes 0xfe 0xfe 0xfe 0xfe ... (5 bytes) at byte 11, "
	   "replaced by U+FFFD"}}},
	/* 金额 in GB18030 is bd f0 b6 ee; 0xff is never valid there */
	{"/decode/invalid/gb18030",
	 "\xbd\xf0\xb6\xee\xff\xd4\xaa\n\xbd\xf0\xb6\xee",
	 "GB18030",
	 "金额\xEF\xBF\xBD元\n金额",
	 {{1, 3, 4, "invalid GB18030 byte 0xff at byte 4, replaced by U+FFFD"}}},
	{"/decode/invalid/gb18030-cut-lead",
	 "\xbd\xf0\xb6\xee\xd4\n\xbd\xf0\xb6\xee",
	 "GB18030",
	 "金额\xEF\xBF\xBD\n金额",
	 {{1, 3, 4, "invalid GB18030 byte 0xd4 at byte 4, replaced by U+FFFD"}}},
};

static void
test_invalid(gconstpointer data)
{
	const InvalidCase *c = data;
	g_autoptr(CfDocument) doc = ingest_ok(c->input, strlen(c->input), NULL);
	g_assert_cmpstr(doc->encoding, ==, c->encoding);
	g_assert_cmpstr(doc->text, ==, c->text);
	guint expected = 0;
	while (expected < G_N_ELEMENTS(c->diagnostics) && c->diagnostics[expected].message)
		expected++;
	g_assert_cmpuint(doc->diagnostics->len, ==, expected);
	for (guint i = 0; i < expected; i++) {
		const CfDiagnostic *d = doc->diagnostics->pdata[i];
		g_assert_cmpuint(d->line, ==, c->diagnostics[i].line);
		g_assert_cmpuint(d->column, ==, c->diagnostics[i].column);
		g_assert_cmpuint(d->byte_offset, ==, c->diagnostics[i].byte_offset);
		g_assert_cmpstr(d->message, ==, c->diagnostics[i].message);
	}
	assert_lines_match_columns(doc);
}

/* A corpus report with one stray byte is still UTF-8, not GB18030 mojibake, and a GB18030
 * copy with one stray byte is still GB18030. */
static char *
read_corpus(const char *name, gsize *length)
{
	const char *root = g_getenv("CROSSFOOT_SOURCE_ROOT");
	g_autofree char *path = g_build_filename(root ? root : ".", "corpus", name, NULL);
	char *contents = NULL;
	g_autoptr(GError) error = NULL;
	g_assert_true(g_file_get_contents(path, &contents, length, &error));
	g_assert_no_error(error);
	return contents;
}

static void
test_invalid_corpus_stray_byte(void)
{
	gsize length = 0;
	g_autofree char *utf8 = read_corpus("001_076bbd6f4c7b8808.txt", &length);
	/* insert 0xff right after the first "6462.78" */
	const char *at = strstr(utf8, "6462.78");
	g_assert_nonnull(at);
	gsize offset = (gsize)(at - utf8) + 7;
	g_autoptr(GByteArray) bytes = g_byte_array_new();
	g_byte_array_append(bytes, (const guint8 *)utf8, (guint)offset);
	g_byte_array_append(bytes, (const guint8 *)"\xff", 1);
	g_byte_array_append(bytes, (const guint8 *)utf8 + offset, (guint)(length - offset));

	g_autoptr(CfDocument) doc = ingest_ok(bytes->data, bytes->len, NULL);
	g_assert_cmpstr(doc->encoding, ==, "UTF-8");
	g_assert_cmpuint(doc->diagnostics->len, ==, 1);
	const CfDiagnostic *d = doc->diagnostics->pdata[0];
	/* line 5: "2020年重点项目23个，预算数为6462.78万元" — 6462.78 ends at column 24 */
	g_assert_cmpuint(d->line, ==, 5);
	g_assert_cmpuint(d->column, ==, 25);
	g_assert_cmpuint(d->byte_offset, ==, offset);
	g_autofree char *message = g_strdup_printf(
		"invalid UTF-8 byte 0xff at byte %" G_GSIZE_FORMAT ", replaced by U+FFFD", offset);
	g_assert_cmpstr(d->message, ==, message);
	g_assert_cmpuint(doc->lines->len, ==, 354);

	/* the same for a GB18030 copy */
	g_autoptr(GBytes) gb = convert(utf8, (gssize)offset, "GB18030", "", 0);
	g_autoptr(GBytes) gb_tail =
		convert(utf8 + offset, (gssize)(length - offset), "GB18030", "", 0);
	g_autoptr(GByteArray) gb_bytes = g_byte_array_new();
	g_byte_array_append(gb_bytes, g_bytes_get_data(gb, NULL), (guint)g_bytes_get_size(gb));
	g_byte_array_append(gb_bytes, (const guint8 *)"\xff", 1);
	g_byte_array_append(gb_bytes, g_bytes_get_data(gb_tail, NULL),
			    (guint)g_bytes_get_size(gb_tail));
	g_autoptr(CfDocument) gb_doc = ingest_ok(gb_bytes->data, gb_bytes->len, NULL);
	g_assert_cmpstr(gb_doc->encoding, ==, "GB18030");
	g_assert_cmpuint(gb_doc->diagnostics->len, ==, 1);
	d = gb_doc->diagnostics->pdata[0];
	g_assert_cmpuint(d->line, ==, 5);
	g_assert_cmpuint(d->column, ==, 25);
	g_assert_cmpuint(d->byte_offset, ==, g_bytes_get_size(gb));
	g_assert_cmpmem(gb_doc->text, gb_doc->text_length, doc->text, doc->text_length);
}

static void
test_invalid_utf16_lone_surrogate(void)
{
	/* BOM, "金", an unpaired high surrogate, "a", a line end, "1" */
	static const guint8 bytes[] = {0xFF, 0xFE, 0xD1, 0x91, 0x00, 0xD8,
				       'a',  0x00, '\n', 0x00, '1',  0x00};
	g_autoptr(CfDocument) doc = ingest_ok(bytes, sizeof bytes, NULL);
	g_assert_cmpstr(doc->encoding, ==, "UTF-16LE (BOM)");
	g_assert_cmpstr(doc->text, ==,
			"金\xEF\xBF\xBD"
			"a\n1");
	g_assert_cmpuint(doc->diagnostics->len, ==, 1);
	const CfDiagnostic *d = doc->diagnostics->pdata[0];
	g_assert_cmpuint(d->line, ==, 1);
	g_assert_cmpuint(d->column, ==, 2);
	g_assert_cmpuint(d->byte_offset, ==, 4);
	g_assert_cmpstr(d->message, ==,
			"invalid UTF-16LE bytes 0x00 0xd8 at byte 4, replaced by U+FFFD");
	g_assert_cmpuint(g_array_index(doc->lines, CfLine, 1).byte_offset, ==, 10);
}

static void
test_utf8_stray_nul(void)
{
	/* NUL bytes in UTF-8 text do not make it UTF-16: they are replaced where they are */
	gsize length = 0;
	g_autofree char *utf8 = read_corpus("003_df0ca8b0b5b2e082.txt", &length);
	/* the first two ASCII digits of the report become NUL */
	gsize at[2], found = 0;
	for (gsize i = 0; i < length && found < 2; i++)
		if (g_ascii_isdigit(utf8[i]))
			at[found++] = i;
	g_assert_cmpuint(found, ==, 2);
	utf8[at[0]] = utf8[at[1]] = '\0';
	g_autoptr(CfDocument) doc = ingest_ok(utf8, length, NULL);
	g_assert_cmpstr(doc->encoding, ==, "UTF-8");
	g_assert_cmpuint(doc->diagnostics->len, ==, 2);
	for (guint i = 0; i < 2; i++) {
		const CfDiagnostic *d = doc->diagnostics->pdata[i];
		g_autofree char *message = g_strdup_printf(
			"NUL byte at byte %" G_GSIZE_FORMAT ", replaced by U+FFFD", at[i]);
		g_assert_cmpuint(d->byte_offset, ==, at[i]);
		g_assert_cmpstr(d->message, ==, message);
	}
	g_assert_cmpuint(doc->lines->len, ==, 245);
}

/* ---- the same report in other encodings ---- */

typedef struct {
	const char *name;
	const char *file;
	const char *iconv_to;
	const char *bom;
	gsize bom_length;
	const char *encoding;
} RoundTripCase;

static const RoundTripCase round_trip_cases[] = {
	{"/decode/round-trip/001-gb18030", "001_076bbd6f4c7b8808.txt", "GB18030", "", 0, "GB18030"},
	{"/decode/round-trip/001-utf16le", "001_076bbd6f4c7b8808.txt", "UTF-16LE", "", 0,
	 "UTF-16LE"},
	{"/decode/round-trip/001-utf16le-bom", "001_076bbd6f4c7b8808.txt", "UTF-16LE", "\xFF\xFE",
	 2, "UTF-16LE (BOM)"},
	{"/decode/round-trip/001-utf16be", "001_076bbd6f4c7b8808.txt", "UTF-16BE", "", 0,
	 "UTF-16BE"},
	{"/decode/round-trip/002-gb18030", "002_6b5b2d02b175c98d.txt", "GB18030", "", 0, "GB18030"},
	{"/decode/round-trip/003-gb18030", "003_df0ca8b0b5b2e082.txt", "GB18030", "", 0, "GB18030"},
	{"/decode/round-trip/003-utf16le", "003_df0ca8b0b5b2e082.txt", "UTF-16LE", "", 0,
	 "UTF-16LE"},
	{"/decode/round-trip/004-gb18030", "004_430475d196af1e11.txt", "GB18030", "", 0, "GB18030"},
};

static void
test_round_trip(gconstpointer data)
{
	const RoundTripCase *c = data;
	gsize length = 0;
	g_autofree char *utf8 = read_corpus(c->file, &length);
	g_autoptr(CfDocument) reference = ingest_ok(utf8, length, NULL);
	g_assert_cmpstr(reference->encoding, ==, "UTF-8");

	g_autoptr(GBytes) bytes = convert(utf8, (gssize)length, c->iconv_to, c->bom, c->bom_length);
	gsize n = 0;
	const guint8 *p = g_bytes_get_data(bytes, &n);
	g_autoptr(CfDocument) doc = ingest_ok(p, n, NULL);
	g_assert_cmpstr(doc->encoding, ==, c->encoding);
	g_assert_cmpuint(doc->diagnostics->len, ==, 0);
	g_assert_cmpmem(doc->text, doc->text_length, reference->text, reference->text_length);
	g_assert_cmpmem(doc->norm, doc->norm_length, reference->norm, reference->norm_length);
	g_assert_cmpuint(doc->lines->len, ==, reference->lines->len);
	for (guint i = 0; i < doc->lines->len; i++) {
		const CfLine *l = &g_array_index(doc->lines, CfLine, i);
		const CfLine *r = &g_array_index(reference->lines, CfLine, i);
		g_assert_cmpuint(l->text_offset, ==, r->text_offset);
		g_assert_cmpuint(l->norm_offset, ==, r->norm_offset);
		g_assert_cmpuint(l->byte_offset, ==,
				 c->bom_length +
					 converted_length(utf8, r->byte_offset, c->iconv_to));
	}
}

/* ---- line ends ---- */

typedef struct {
	const char *name;
	const char *input;
	const char *text;
	guint n_lines;
	gsize byte_offsets[6];
} LineCase;

static const LineCase line_cases[] = {
	{"/decode/crlf", "a\r\nbb\r\nc", "a\nbb\nc", 3, {0, 3, 7}},
	{"/decode/cr", "a\rb\r\rc\r", "a\nb\n\nc", 4, {0, 2, 4, 5}},
	{"/decode/mixed-line-ends", "a\r\n\nb\rc\n", "a\n\nb\nc", 4, {0, 3, 4, 6}},
	{"/decode/final-newline/none", "a\nb", "a\nb", 2, {0, 2}},
	{"/decode/final-newline/one", "a\nb\n", "a\nb", 2, {0, 2}},
	{"/decode/final-newline/blank-line", "a\nb\n\n", "a\nb\n", 3, {0, 2, 4}},
	{"/decode/final-newline/crlf", "a\r\nb\r\n", "a\nb", 2, {0, 3}},
	{"/decode/leading-blank-lines", "\n\nx", "\n\nx", 3, {0, 1, 2}},
};

static void
test_lines(gconstpointer data)
{
	const LineCase *c = data;
	g_autoptr(CfDocument) doc = ingest_ok(c->input, strlen(c->input), NULL);
	g_assert_cmpstr(doc->text, ==, c->text);
	g_assert_cmpstr(doc->norm, ==, c->text);
	g_assert_cmpuint(doc->lines->len, ==, c->n_lines);
	for (guint i = 0; i < c->n_lines; i++)
		g_assert_cmpuint(g_array_index(doc->lines, CfLine, i).byte_offset, ==,
				 c->byte_offsets[i]);
}

/* ---- normalisation ---- */

typedef struct {
	const char *name;
	const char *text;
	const char *norm;
} NormalizeCase;

static const NormalizeCase normalize_cases[] = {
	{"/normalize/full-width-digits", "２０２２年完成１２３项", "2022年完成123项"},
	{"/normalize/percent", "占８５．５％，", "占85.5%，"},
	{"/normalize/plus", "＋３人", "+3人"},
	{"/normalize/minus-before-digit", "－５", "-5"},
	{"/normalize/minus-between-digits", "１０００－２０００元", "1000-2000元"},
	{"/normalize/minus-after-digit", "3－", "3-"},
	{"/normalize/minus-alone", "甲－乙", "甲－乙"},
	{"/normalize/dot-between-digits", "1．5", "1.5"},
	{"/normalize/dot-heading", "1．产出指标完成情况。", "1．产出指标完成情况。"},
	{"/normalize/dot-after-text", "为．5", "为．5"},
	{"/normalize/comma-thousands", "１，１００万", "1,100万"},
	{"/normalize/comma-thousands-decimal", "1，100.9亿", "1,100.9亿"},
	{"/normalize/comma-thousands-chain", "1，100，200元", "1,100,200元"},
	{"/normalize/comma-thousands-at-end", "共2，300", "共2,300"},
	{"/normalize/comma-month-list", "5，6月份", "5，6月份"},
	{"/normalize/comma-list", "2，3", "2，3"},
	{"/normalize/comma-four-after", "1，1000", "1，1000"},
	{"/normalize/comma-two-after", "12，30", "12，30"},
	{"/normalize/comma-after-year", "2019，100万元", "2019，100万元"},
	{"/normalize/comma-after-text", "其中，100万", "其中，100万"},
	{"/normalize/circled-digits", "①②③", "①②③"},
	/* traditional script read as simplified, one character for one (the text as written) */
	{"/normalize/traditional", "全年預算數２０８９萬元，其中中央資金1777萬元，佔比85.06%，增長5%。",
	 "全年预算数2089万元，其中中央资金1777万元，占比85.06%，增长5%。"},
	/* characters that are simplified ones too stay (著, 乾), and so does a simplified text */
	{"/normalize/traditional-dual-use", "顯著提高，乾燥", "显著提高，乾燥"},
	{"/normalize/simplified-stays", "显著提高，预算数2089万元", "显著提高，预算数2089万元"},
	{"/normalize/ideographic-space-in-cell",
	 "\t\xe3\x80\x80"
	 "7.13",
	 "\t 7.13"},
	{"/normalize/ideographic-space-trailing", "\t业务工作专项经费\xe3\x80\x80",
	 "\t业务工作专项经费 "},
	{"/normalize/nbsp", "管理。\xc2\xa0", "管理。 "},
	{"/normalize/full-width-letters-kept", "ＡＢＣ：１", "ＡＢＣ：1"},
	{"/normalize/full-width-bar", "｜项目｜金额｜\n｜甲｜５｜", "|项目|金额|\n|甲|5|"},
	{"/normalize/full-width-tilde-kept", "１～２", "1～2"},
	{"/normalize/ascii-kept", "4,95 and 99.85 %", "4,95 and 99.85 %"},
	{"/normalize/chinese-numerals-kept", "三个，一千九百万元", "三个，一千九百万元"},
};

static void
test_normalize(gconstpointer data)
{
	const NormalizeCase *c = data;
	g_autoptr(CfDocument) doc = ingest_ok(c->text, strlen(c->text), NULL);
	g_assert_cmpstr(doc->text, ==, c->text);
	g_assert_cmpstr(doc->norm, ==, c->norm);
	g_assert_cmpuint(doc->norm_length, ==, strlen(c->norm));
	assert_lines_match_columns(doc);
}

static void
test_normalize_columns(void)
{
	/* every norm offset locates to the same column as the character it came from */
	const char *input = "预算１，１００万元\n\t\xe3\x80\x80"
			    "合计：８５．５％，５，６月份\n";
	g_autoptr(CfDocument) doc = ingest_ok(input, strlen(input), NULL);
	g_assert_cmpstr(doc->norm, ==, "预算1,100万元\n\t 合计：85.5%，5，6月份");
	guint line = 0, column = 0;
	const char *at = strstr(doc->norm, "85.5%");
	cf_document_locate(doc, (gsize)(at - doc->norm), &line, &column);
	g_assert_cmpuint(line, ==, 2);
	g_assert_cmpuint(column, ==, 6);
	at = strstr(doc->norm, "1,100");
	cf_document_locate(doc, (gsize)(at - doc->norm), &line, &column);
	g_assert_cmpuint(line, ==, 1);
	g_assert_cmpuint(column, ==, 3);
	/* a traditional text keeps its columns too */
	const char *traditional = "預算數\n合計：８５．５％，萬元";
	g_autoptr(CfDocument) t = ingest_ok(traditional, strlen(traditional), NULL);
	g_assert_cmpstr(t->norm, ==, "预算数\n合计：85.5%，万元");
	g_assert_cmpstr(t->text, ==, traditional);
	cf_document_locate(t, (gsize)(strstr(t->norm, "万元") - t->norm), &line, &column);
	g_assert_cmpuint(line, ==, 2);
	g_assert_cmpuint(column, ==, 10);
	/* the character at that column in the original is the full-width １ */
	gsize length = 0;
	const char *text = cf_document_line_text(doc, 1, &length);
	g_assert_true(g_str_has_prefix(g_utf8_offset_to_pointer(text, 2), "１，１００"));
}

/* ---- the one-pass path for clean UTF-8 against the general path ---- */

/* Forcing UTF-8 takes the general path (detect, decode, normalize, index); detecting it takes
 * the one-pass path of cf-ingest-fast.c.  Both must give the same document. */
static void
assert_same_document(const CfDocument *fast, const CfDocument *general)
{
	g_assert_cmpstr(fast->encoding, ==, general->encoding);
	g_assert_cmpmem(fast->text, fast->text_length + 1, general->text, general->text_length + 1);
	g_assert_cmpmem(fast->norm, fast->norm_length + 1, general->norm, general->norm_length + 1);
	g_assert_cmpuint(fast->lines->len, ==, general->lines->len);
	for (guint i = 0; i < fast->lines->len; i++) {
		const CfLine *f = &g_array_index(fast->lines, CfLine, i);
		const CfLine *g = &g_array_index(general->lines, CfLine, i);
		g_assert_cmpuint(f->number, ==, g->number);
		g_assert_cmpuint(f->text_offset, ==, g->text_offset);
		g_assert_cmpuint(f->text_length, ==, g->text_length);
		g_assert_cmpuint(f->norm_offset, ==, g->norm_offset);
		g_assert_cmpuint(f->norm_length, ==, g->norm_length);
		g_assert_cmpuint(f->byte_offset, ==, g->byte_offset);
	}
	g_assert_cmpuint(fast->diagnostics->len, ==, 0);
	/* what the one-pass path read is valid UTF-8, and it says so */
	if (fast->text_valid_utf8) {
		g_assert_true(g_utf8_validate(fast->text, (gssize)fast->text_length, NULL));
		g_assert_true(g_utf8_validate(fast->norm, (gssize)fast->norm_length, NULL));
	}
	/* norm shares text's buffer only when they are the same */
	if (fast->norm == fast->text)
		g_assert_cmpmem(fast->text, fast->text_length, general->norm, general->norm_length);
}

/* The same input read from a file: the document may then take the file's buffer as its
 * text (and norm), with the same result. */
static void
assert_same_from_file(const char *input, gsize length, const CfDocument *general)
{
	g_autofree char *path = NULL;
	int fd = g_file_open_tmp("crossfoot-decode-XXXXXX.txt", &path, NULL);
	g_assert_cmpint(fd, >=, 0);
	g_assert_cmpint(write(fd, input, length), ==, (gssize)length);
	close(fd);
	g_autoptr(GError) error = NULL;
	g_autoptr(CfDocument) doc = cf_ingest_file(path, NULL, &error);
	g_assert_no_error(error);
	assert_same_document(doc, general);
	g_remove(path);
}

static void
assert_same_as_general(const char *input, gsize length)
{
	g_autoptr(CfDocument) fast = ingest_ok(input, length, NULL);
	g_autoptr(CfDocument) general = ingest_ok(input, length, "UTF-8");
	assert_same_document(fast, general);
	assert_same_from_file(input, length, general);
}

static void
test_fast_path_cases(void)
{
	for (gsize i = 0; i < G_N_ELEMENTS(normalize_cases); i++)
		assert_same_as_general(normalize_cases[i].text, strlen(normalize_cases[i].text));
	for (gsize i = 0; i < G_N_ELEMENTS(line_cases); i++)
		assert_same_as_general(line_cases[i].input, strlen(line_cases[i].input));
	static const char *const more[] = {
		"\xEF\xBB\xBF预算１，１００万元\r\n", /* BOM, CRLF */
		"１，１００\n，２３４",                /* the comma's digits cut by a line end */
		"１，１０\r０",                        /* and by a CR */
		"１－\n－１．\n．５",                 /* sign and point next to line ends */
		"a\fb\tc\xc2\xa0\xe3\x80\x80"
		"d",                                    /* form feed, TAB, NBSP, U+3000 */
		"𝟘１，０００ é ü \xef\xbf\xbf",          /* 4-byte and 2-byte characters, U+FFFF */
		"２０２２，１２３\r",                  /* a four-digit run before the comma */
	};
	for (gsize i = 0; i < G_N_ELEMENTS(more); i++)
		assert_same_as_general(more[i], strlen(more[i]));
	/* more lines than the room made for them at first (the array grows as they come) */
	g_autoptr(GString) many = g_string_new(NULL);
	for (guint i = 0; i < 20000; i++)
		g_string_append(many, i % 3 == 0 ? "\n" : i % 3 == 1 ? "ab\r\n" : "１，０００\n");
	assert_same_as_general(many->str, many->len);
	/* clean UTF-8 is marked valid; a document read with a replaced byte is not */
	g_autoptr(CfDocument) clean = ingest_ok(more[0], strlen(more[0]), NULL);
	g_assert_true(clean->text_valid_utf8);
	g_autoptr(CfDocument) replaced = ingest_ok("a\xff" "b", 3, NULL);
	g_assert_false(replaced->text_valid_utf8);
}

/* Synthetic text mixing every kind of character the one-pass path treats its own way, in
 * runs long and short, at every shift against its 16-byte blocks and 64-byte chunks:
 * ideographs, other three-byte characters (、。“ and U+3000, whose bytes look alike),
 * full-width digits and signs next to digits, ASCII, line ends, TAB, NBSP, two- and
 * four-byte characters. */
static void
test_fast_path_mixed(void)
{
	static const char *const pieces[] = {
		"万", "元", "预算", "\xe3\x80\x81", "\xe3\x80\x82", "\xe3\x80\x80", "\xe2\x80\x9c",
		"１", "２３", "，", "．", "－", "％", "（", "1", "234", ",", ".", "abc", " ", "\t", "\n",
		"\r\n", "\xc2\xa0", "\xf0\x9f\x98\x80", "\xe1\x80\x80", "\xec\xbf\xbf", "é",
		"一二三四五六七八九十",
		/* lone CR, form feed, the leads with range rules (E0, ED), EE/EF characters
		 * norm keeps, the other full-width signs */
		"\r", "\f", "\xe0\xa0\x80", "\xed\x9f\xbf", "\xee\x80\x80", "\xef\xbf\xbd",
		"＋", "％", "０", "９", "：", "\xe3\x80\x8a", "｜", "～", "|",
	};
	guint32 state = 7;
	for (guint round = 0; round < 2000; round++) {
		g_autoptr(GString) input = g_string_new(NULL);
		for (guint k = 0; k < round % 64; k++)
			g_string_append_c(input, 'x');
		guint n = 1 + round % 97;
		for (guint i = 0; i < n; i++) {
			state = state * 1103515245 + 12345;
			guint pick = (state >> 16) % G_N_ELEMENTS(pieces);
			/* long runs of one piece too */
			guint repeat = (state >> 8) % 4 == 0 ? 1 + (state >> 20) % 12 : 1;
			for (guint r = 0; r < repeat; r++)
				g_string_append(input, pieces[pick]);
		}
		assert_same_as_general(input->str, input->len);
	}
}

static void
test_fast_path_corpus(void)
{
	static const char *const files[] = {
		"000_6a5162211be4bb34.txt", "001_076bbd6f4c7b8808.txt", "002_6b5b2d02b175c98d.txt",
		"003_df0ca8b0b5b2e082.txt", "004_430475d196af1e11.txt",
	};
	for (gsize i = 0; i < G_N_ELEMENTS(files); i++) {
		gsize length = 0;
		g_autofree char *utf8 = read_corpus(files[i], &length);
		assert_same_as_general(utf8, length);
	}
}

/* The same with the SSE2 steps only, where the CPU would take the AVX2 ones. */
static void
test_fast_path_mixed_sse2(void)
{
	cf_ingest_fast_use_avx2(FALSE);
	test_fast_path_mixed();
	test_fast_path_corpus();
	cf_ingest_fast_use_avx2(TRUE);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/decode/utf8/plain", test_utf8_plain);
	g_test_add_func("/decode/utf8/bom", test_utf8_bom);
	for (gsize i = 0; i < G_N_ELEMENTS(sample_cases); i++)
		g_test_add_data_func(sample_cases[i].name, &sample_cases[i], test_sample_case);
	g_test_add_func("/decode/forced/latin1", test_forced_latin1);
	g_test_add_func("/decode/forced/utf-8-on-gb18030", test_forced_utf8_on_gb18030);
	for (gsize i = 0; i < G_N_ELEMENTS(forced_error_cases); i++)
		g_test_add_data_func(forced_error_cases[i].name, &forced_error_cases[i],
				     test_forced_error);
	for (gsize i = 0; i < G_N_ELEMENTS(invalid_cases); i++)
		g_test_add_data_func(invalid_cases[i].name, &invalid_cases[i], test_invalid);
	g_test_add_func("/decode/invalid/corpus-stray-byte", test_invalid_corpus_stray_byte);
	g_test_add_func("/decode/invalid/utf16-lone-surrogate", test_invalid_utf16_lone_surrogate);
	g_test_add_func("/decode/utf8/stray-nul", test_utf8_stray_nul);
	for (gsize i = 0; i < G_N_ELEMENTS(round_trip_cases); i++)
		g_test_add_data_func(round_trip_cases[i].name, &round_trip_cases[i],
				     test_round_trip);
	for (gsize i = 0; i < G_N_ELEMENTS(line_cases); i++)
		g_test_add_data_func(line_cases[i].name, &line_cases[i], test_lines);
	for (gsize i = 0; i < G_N_ELEMENTS(normalize_cases); i++)
		g_test_add_data_func(normalize_cases[i].name, &normalize_cases[i], test_normalize);
	g_test_add_func("/normalize/columns", test_normalize_columns);
	g_test_add_func("/decode/utf8/one-pass-cases", test_fast_path_cases);
	g_test_add_func("/decode/utf8/one-pass-corpus", test_fast_path_corpus);
	g_test_add_func("/decode/utf8/one-pass-mixed", test_fast_path_mixed);
	g_test_add_func("/decode/utf8/one-pass-sse2", test_fast_path_mixed_sse2);
	return g_test_run();
}
