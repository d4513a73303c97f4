/* Tests of reading Word documents (.docx): the ZIP container (stored and deflated members,
 * checksums, damaged, encrypted, ZIP64 and oversized archives), the text written from
 * WordprocessingML (paragraphs, runs, breaks, tables with merged cells, tracked changes, text
 * boxes) and the errors a user sees.  The archives are built byte by byte (cf-test-zip.c). */
#include <string.h>

#include "cf-test-zip.h"
#include "ingest/cf-ingest-private.h"
#include "ingest/cf-ingest.h"
#include "model/cf-error.h"

#define W_NS "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""

/* A .docx whose body is @body (WordprocessingML between <w:body> and </w:body>). */
static GByteArray *
docx_of(const char *body, guint16 method)
{
	g_autofree char *xml =
		g_strconcat("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
			    "<w:document " W_NS " xmlns:mc=\"urn:mc\"><w:body>",
			    body, "<w:sectPr/></w:body></w:document>", NULL);
	const Member members[] = {
		{"[Content_Types].xml", "<Types/>", 8, 0, FALSE},
		{"word/document.xml", xml, method, 0, FALSE},
		{NULL, NULL, 0, 0, FALSE},
	};
	return zip_of(members);
}

/* The text cf_ingest_docx_text() writes for @body. */
static char *
text_of(const char *body)
{
	g_autoptr(GByteArray) zip = docx_of(body, 8);
	gboolean is_docx = FALSE;
	gsize length = 0;
	g_autoptr(GError) error = NULL;
	char *text = cf_ingest_docx_text(zip->data, zip->len, &is_docx, &length, &error);
	g_assert_no_error(error);
	g_assert_true(is_docx);
	g_assert_nonnull(text);
	g_assert_cmpuint(strlen(text), ==, length);
	return text;
}

/* ---- the text ---- */

typedef struct {
	const char *name;
	const char *body;
	const char *text;
} TextCase;

#define P(runs) "<w:p>" runs "</w:p>"
#define R(text) "<w:r><w:t xml:space=\"preserve\">" text "</w:t></w:r>"
#define TC(props, paragraphs) "<w:tc><w:tcPr>" props "</w:tcPr>" paragraphs "</w:tc>"

static const TextCase text_cases[] = {
	/* Word cuts runs anywhere, even inside a figure; the runs of a paragraph are one line */
	{"runs-of-a-paragraph", P(R("预算") R("3") R("20.5") R("万元")) P(R("第二段")),
	 "预算320.5万元\n第二段\n"},
	{"empty-paragraph", P(R("一")) "<w:p/>" P(R("二")), "一\n\n二\n"},
	{"entities", P(R("A &amp; B &lt;1&gt; &#x4E00;")), "A & B <1> 一\n"},
	/* a line break ends a line; a page break is no text; a tab is a space */
	{"breaks-and-tabs",
	 P(R("一、概况") "<w:r><w:br/></w:r>" R("正文") "<w:r><w:br w:type=\"page\"/></w:r>"
	       "<w:r><w:tab/></w:r>" R("续")),
	 "一、概况\n正文 续\n"},
	/* a tab stop of the paragraph's properties is no tab */
	{"tab-stops-are-no-tabs",
	 "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"420\"/></w:tabs></w:pPr>" R("合计")
	 "</w:p>",
	 "合计\n"},
	/* tracked changes: what is shown, not what was deleted or moved away; no field code */
	{"tracked-changes",
	 P(R("预算") "<w:del w:id=\"1\"><w:r><w:delText>300</w:delText></w:r></w:del>"
	       "<w:ins w:id=\"2\">" R("320") "</w:ins>"
	       "<w:moveFrom w:id=\"3\">" R("旧") "</w:moveFrom>"
	       "<w:r><w:instrText> PAGE </w:instrText></w:r>" R("万元")),
	 "预算320万元\n"},
	/* a drawing's text box once, not again from its fallback copy */
	{"text-box-once",
	 P("<w:r><mc:AlternateContent><mc:Choice><w:txbxContent>" P(R("框")) "</w:txbxContent>"
	   "</mc:Choice><mc:Fallback><w:txbxContent>" P(R("框")) "</w:txbxContent>"
	   "</mc:Fallback></mc:AlternateContent></w:r>" R("后")),
	 "框\n后\n"},
	{"table",
	 P(R("表1")) "<w:tbl><w:tr>" TC("", P(R("项目"))) TC("", P(R("金额"))) "</w:tr>"
	 "<w:tr>" TC("", P(R("合计"))) TC("", P(R("100"))) "</w:tr></w:tbl>" P(R("后文")),
	 "表1\n| 项目 | 金额 |\n| 合计 | 100 |\n\n后文\n"},
	/* a cell spanning columns is followed by empty ones; a row may leave out its first
	 * cells; a continued vertical merge is empty */
	{"merged-cells",
	 "<w:tbl><w:tr>" TC("<w:gridSpan w:val=\"3\"/>", P(R("资金表"))) "</w:tr>"
	 "<w:tr>" TC("<w:vMerge w:val=\"restart\"/>", P(R("建设"))) TC("", P(R("路径")))
	     TC("", P(R("150"))) "</w:tr>"
	 "<w:tr>" TC("<w:vMerge/>", P(R("建设"))) TC("", P(R("球场"))) TC("", P(R("90"))) "</w:tr>"
	 "<w:tr><w:trPr><w:gridBefore w:val=\"2\"/></w:trPr>" TC("", P(R("240"))) "</w:tr>"
	 "</w:tbl>",
	 "| 资金表 |  |  |\n| 建设 | 路径 | 150 |\n|  | 球场 | 90 |\n|  |  | 240 |\n\n"},
	/* a cell's paragraphs and breaks are joined by spaces; its bars would split the row */
	{"cell-text",
	 "<w:tbl><w:tr>" TC("", P(R("合")) P(R("计"))) TC("", P(R("a|b") "<w:r><w:br/></w:r>" R("c")))
	 "</w:tr></w:tbl>",
	 "| 合 计 | a/b c |\n\n"},
	/* a table inside a cell is written into that cell */
	{"nested-table",
	 "<w:tbl><w:tr>" TC("", P(R("外")))
	 TC("", "<w:tbl><w:tr>" TC("", P(R("内1"))) TC("", P(R("内2"))) "</w:tr></w:tbl>" P(R("尾")))
	 "</w:tr></w:tbl>",
	 "| 外 | 内1 内2 尾 |\n\n"},
};

static void
test_text(gconstpointer data)
{
	const TextCase *c = data;
	g_autofree char *text = text_of(c->body);
	g_assert_cmpstr(text, ==, c->text);
}

/* ---- documents and errors ---- */

static CfDocument *
ingest_zip(GByteArray *zip, GError **error)
{
	return cf_ingest_bytes("report.docx", zip->data, zip->len, NULL, error);
}

static void
assert_error(GByteArray *zip, CfErrorCode code, const char *message)
{
	g_autoptr(GError) error = NULL;
	g_autoptr(CfDocument) doc = ingest_zip(zip, &error);
	g_assert_null(doc);
	g_assert_error(error, CF_ERROR, (gint)code);
	g_assert_cmpstr(error->message, ==, message);
}

static void
test_document(gconstpointer data)
{
	guint16 method = GPOINTER_TO_UINT(data);
	g_autoptr(GByteArray) zip = docx_of(P(R("一、概况")) P(R("合计100万元")), method);
	g_autoptr(GError) error = NULL;
	g_autoptr(CfDocument) doc = ingest_zip(zip, &error);
	g_assert_no_error(error);
	g_assert_cmpstr(doc->encoding, ==, "UTF-8 (.docx)");
	g_assert_cmpstr(doc->text, ==, "一、概况\n合计100万元");
	g_assert_cmpuint(doc->lines->len, ==, 2);
	/* --encoding is about text files: a .docx is read as its XML says */
	CfIngestOptions options = {.encoding = "GB18030"};
	g_autoptr(CfDocument) forced =
		cf_ingest_bytes("report.docx", zip->data, zip->len, &options, &error);
	g_assert_no_error(error);
	g_assert_cmpstr(forced->text, ==, doc->text);
}

static void
test_empty_document(void)
{
	g_autoptr(GByteArray) zip = docx_of("<w:p/>", 8);
	assert_error(zip, CF_ERROR_EMPTY, "'report.docx' is empty");
}

/* another kind of archive (an OpenDocument text) */
static void
test_not_a_docx(void)
{
	const Member members[] = {
		{"mimetype", "application/vnd.oasis.opendocument.text", 0, 0, FALSE},
		{"content.xml", "<office:document-content/>", 8, 0, FALSE},
		{NULL, NULL, 0, 0, FALSE}};
	g_autoptr(GByteArray) zip = zip_of(members);
	assert_error(zip, CF_ERROR_BINARY,
		     "'report.docx' is not a text file (ZIP archive without word/document.xml or "
		     "xl/workbook.xml: only .docx and .xlsx are read)");
}

static void
test_damaged(void)
{
	g_autoptr(GByteArray) zip = docx_of(P(R("合计100万元")), 8);
	/* cut short: the directory at the end is gone */
	g_autoptr(GByteArray) cut = g_byte_array_new();
	g_byte_array_append(cut, zip->data, zip->len / 2);
	assert_error(cut, CF_ERROR_DAMAGED,
		     "cannot read the Word document 'report.docx': no end of the ZIP directory "
		     "(the file is cut short)");
	/* the signature alone */
	g_autoptr(GByteArray) signature = g_byte_array_new();
	g_byte_array_append(signature, (const guint8 *)"PK\x03\x04\x14\0\x06\0", 8);
	assert_error(signature, CF_ERROR_DAMAGED,
		     "cannot read the Word document 'report.docx': no end of the ZIP directory "
		     "(the file is cut short)");
	/* the compressed bytes overwritten: inflating fails or the checksum does */
	g_autoptr(GByteArray) garbled = g_byte_array_new();
	g_byte_array_append(garbled, zip->data, zip->len);
	const guint8 *name = memmem(garbled->data, garbled->len, "word/document.xml", 17);
	g_assert_nonnull(name);
	guint8 *body = (guint8 *)name + 17;
	for (guint i = 0; i < 12; i++)
		body[i] ^= 0x5A;
	g_autoptr(GError) error = NULL;
	g_autoptr(CfDocument) doc = ingest_zip(garbled, &error);
	g_assert_null(doc);
	g_assert_error(error, CF_ERROR, CF_ERROR_DAMAGED);
	g_assert_true(g_str_has_prefix(error->message,
				       "cannot read the Word document 'report.docx': "));
}

/* An archive of one member that cannot be read, and what the user is told. */
typedef struct {
	const char *name;
	Member member;
	const char *message;
} ArchiveCase;

static const ArchiveCase archive_cases[] = {
	{"/docx/error/bad-checksum",
	 {"word/document.xml", "<w:document " W_NS "/>", 0, 0, TRUE},
	 "cannot read the Word document 'report.docx': 'word/document.xml' fails its checksum"},
	{"/docx/error/encrypted",
	 {"word/document.xml", "x", 0, 1, FALSE},
	 "cannot read the Word document 'report.docx': 'word/document.xml' in the archive is "
	 "encrypted"},
	{"/docx/error/other-method",
	 {"word/document.xml", "x", 12, 0, FALSE},
	 "cannot read the Word document 'report.docx': 'word/document.xml' in the archive is "
	 "compressed by method 12, not deflate"},
};

static void
test_archive(gconstpointer data)
{
	const ArchiveCase *c = data;
	const Member members[] = {c->member, {NULL, NULL, 0, 0, FALSE}};
	g_autoptr(GByteArray) zip = zip_of(members);
	assert_error(zip, CF_ERROR_DAMAGED, c->message);
}

static void
test_bad_xml(void)
{
	g_autoptr(GByteArray) zip = docx_of(P(R("合计")) "<w:p>", 8);
	g_autoptr(GError) error = NULL;
	g_autoptr(CfDocument) doc = ingest_zip(zip, &error);
	g_assert_null(doc);
	g_assert_error(error, CF_ERROR, CF_ERROR_DAMAGED);
	g_assert_true(g_str_has_prefix(error->message, "cannot read the Word document "
						       "'report.docx': word/document.xml: "));
	g_assert_null(strchr(error->message, '\n'));
}

/* A member that inflates past the limit stops there: a small archive cannot make the reader
 * allocate without bound. */
static void
test_limit(void)
{
	gsize big = 4 * 1024 * 1024;
	g_autofree char *zeros = g_malloc(big + 1);
	memset(zeros, '0', big);
	zeros[big] = '\0';
	for (guint16 method = 0; method <= 8; method += 8) {
		const Member members[] = {{"word/document.xml", zeros, method, 0, FALSE},
					  {NULL, NULL, 0, 0, FALSE}};
		g_autoptr(GByteArray) zip = zip_of(members);
		if (method == 8)
			g_assert_cmpuint(zip->len, <, 64 * 1024);
		gboolean found = FALSE;
		gsize length = 0;
		g_autoptr(GError) error = NULL;
		g_autofree guint8 *out =
			cf_ingest_zip_member(zip->data, zip->len, "word/document.xml",
					     1024 * 1024, &found, &length, &error);
		g_assert_null(out);
		g_assert_true(found);
		g_assert_error(error, CF_ERROR, CF_ERROR_TOO_LARGE);
		/* within the limit it is read whole */
		g_clear_error(&error);
		g_autofree guint8 *whole = cf_ingest_zip_member(
			zip->data, zip->len, "word/document.xml", big, &found, &length, &error);
		g_assert_no_error(error);
		g_assert_cmpuint(length, ==, big);
		g_assert_cmpmem(whole, length, zeros, big);
	}
}

/* Every prefix of a good archive, and every archive with one byte changed in its directory,
 * gives a document or an error, never a crash (the ASan build runs this too). */
static void
test_truncations_and_flips(void)
{
	g_autoptr(GByteArray) zip = docx_of(P(R("合计100万元")) P(R("其中50万元")), 8);
	for (guint n = 0; n < zip->len; n++) {
		g_autoptr(GError) error = NULL;
		g_autoptr(CfDocument) doc = cf_ingest_bytes("cut.docx", zip->data, n, NULL, &error);
		g_assert_true((doc == NULL) == (error != NULL));
	}
	for (guint i = 0; i < zip->len; i++) {
		for (guint bit = 0; bit < 8; bit += 3) {
			g_autoptr(GByteArray) flipped = g_byte_array_new();
			g_byte_array_append(flipped, zip->data, zip->len);
			flipped->data[i] ^= (guint8)(1u << bit);
			g_autoptr(GError) error = NULL;
			g_autoptr(CfDocument) doc = cf_ingest_bytes(
				"flip.docx", flipped->data, flipped->len, NULL, &error);
			g_assert_true((doc == NULL) == (error != NULL));
		}
	}
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	for (gsize i = 0; i < G_N_ELEMENTS(text_cases); i++) {
		g_autofree char *path = g_strdup_printf("/docx/text/%s", text_cases[i].name);
		g_test_add_data_func(path, &text_cases[i], test_text);
	}
	g_test_add_data_func("/docx/ingest/deflated", GUINT_TO_POINTER(8), test_document);
	g_test_add_data_func("/docx/ingest/stored", GUINT_TO_POINTER(0), test_document);
	g_test_add_func("/docx/ingest/empty", test_empty_document);
	g_test_add_func("/docx/error/not-a-docx", test_not_a_docx);
	g_test_add_func("/docx/error/damaged", test_damaged);
	for (gsize i = 0; i < G_N_ELEMENTS(archive_cases); i++)
		g_test_add_data_func(archive_cases[i].name, &archive_cases[i], test_archive);
	g_test_add_func("/docx/error/bad-xml", test_bad_xml);
	g_test_add_func("/docx/zip/limit", test_limit);
	g_test_add_func("/docx/zip/truncations-and-flips", test_truncations_and_flips);
	return g_test_run();
}
