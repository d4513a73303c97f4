/* Tests of reading Excel workbooks (.xlsx): values written as their number formats show them
 * (exactly, from the stored decimal text), the text written from SpreadsheetML (sheets in
 * order, shared and inline strings, gaps, captions, merged cells), and the errors a user
 * sees.  The archives are built byte by byte (cf-test-zip.c). */
#include <string.h>

#include "cf-test-zip.h"
#include "ingest/cf-ingest-private.h"
#include "ingest/cf-ingest.h"
#include "model/cf-error.h"

/* ---- number formats ---- */

typedef struct {
	const char *stored;
	const char *format;
	const char *shown;
} FormatCase;

#define ACCOUNTING "_ * #,##0.00_ ;_ * \\-#,##0.00_ ;_ * \"-\"??_ ;_ @_ "

static const FormatCase format_cases[] = {
	/* General: Excel's 15 significant digits, no binary tail */
	{"1234.5", "General", "1234.5"},
	{"0.30000000000000004", "General", "0.3"},
	{"1.2345E-2", "General", "0.012345"},
	{"1E+3", NULL, "1000"},
	{"-7", "General", "-7"},
	{"123456789012345678", "General", "123456789012346000"},
	{"0", "General", "0"},
	/* fixed places, rounded half away from zero on the digits */
	{"288", "0.00", "288.00"},
	{"99.995", "0.00", "100.00"},
	{"-99.995", "0.00", "-100.00"},
	{"2.675", "0.00", "2.68"}, /* 2.675 as a double is 2.67499…; Excel shows 2.68 */
	{"-0.001", "0.00", "0.00"},
	{"1234.5", "#,##0.00", "1,234.50"},
	{"-1234567.891", "#,##0", "-1,234,568"},
	{"0.5", "#,##0.00", "0.50"},
	{"0.5", "#.00", ".50"},
	{"0.125", "0.0#", "0.13"},
	{"0.1", "0.0#", "0.1"},
	{"12345678", "#,##0,", "12,346"},
	/* percentages: the stored fraction times 100 */
	{"0.925", "0.00%", "92.50%"},
	{"0.92500000000000004", "0.00%", "92.50%"},
	{"0.84999999999999998", "0%", "85%"},
	{"0.005", "0%", "1%"},
	{"1", "0%", "100%"},
	/* literal text, currency, colours, padding */
	{"320", "0.00\"万元\"", "320.00万元"},
	{"320", "0.00万元", "320.00万元"},
	{"5", "[$¥-804]#,##0.00", "¥5.00"},
	{"5", "[Red]0.00_);[Red]\\(0.00\\)", "5.00"},
	{"-5", "#,##0.00;(#,##0.00)", "(5.00)"},
	{"-5", "0.00_);[红色]\\(0.00\\)", "(5.00)"},
	/* 会计专用: a dash for zero, the minus as a literal */
	{"0", ACCOUNTING, "-"},
	{"1234.5", ACCOUNTING, "1,234.50"},
	{"-1234.5", ACCOUNTING, "-1,234.50"},
	/* sections: an empty one shows nothing; @ shows the value */
	{"0", "0;-0;;@", ""},
	{"42", "@", "42"},
	/* scientific and fractions: as General */
	{"1", "0.00E+00", "1"},
	{"3.5", "# ?/?", "3.5"},
	/* dates and times from the serial number (1900 system) */
	{"45672", "yyyy\"年\"m\"月\"d\"日\"", "2025年1月15日"},
	{"45672", "yyyy年m月", "2025年1月"},
	{"45672", "yyyy-mm-dd", "2025-01-15"},
	{"45672.5", "yyyy/m/d h:mm", "2025/1/15 12:00"},
	{"45672.999999", "yyyy/m/d hh:mm:ss", "2025/1/16 00:00:00"},
	{"0.75", "h:mm AM/PM", "6:00 PM"},
	{"0.5", "h:mm", "12:00"},
	{"0", "yyyy-mm-dd", "0"}, /* Excel's 1900-01-00: no day */
	{"0.0104166666666667", "h:mm:ss", "0:15:00"},
	{"1", "yyyy-mm-dd", "1900-01-01"},
	{"59", "yyyy-mm-dd", "1900-02-28"},
	{"61", "yyyy-mm-dd", "1900-03-01"},
	{"60", "yyyy-mm-dd", "60"}, /* 1900-02-29, which never was */
	{"-1", "yyyy-mm-dd", "-1"},
	{"3000000", "yyyy-mm-dd", "3000000"},
	/* not a number: as stored */
	{"abc", "0.00", "abc"},
	{"1e400", "0.00", "1e400"},
	{"", "0.00", ""},
};

static void
test_format(gconstpointer data)
{
	const FormatCase *c = data;
	g_autoptr(GString) out = g_string_new(NULL);
	cf_ingest_xlsx_format_value(c->stored, c->format, FALSE, out);
	g_assert_cmpstr(out->str, ==, c->shown);
}

static void
test_format_1904(void)
{
	g_autoptr(GString) out = g_string_new(NULL);
	cf_ingest_xlsx_format_value("0", "yyyy-mm-dd", TRUE, out);
	g_assert_cmpstr(out->str, ==, "1904-01-01");
	g_string_truncate(out, 0);
	cf_ingest_xlsx_format_value("44210", "yyyy-mm-dd", TRUE, out);
	g_assert_cmpstr(out->str, ==, "2025-01-15");
}

static void
test_builtin_formats(void)
{
	g_assert_cmpstr(cf_ingest_xlsx_builtin_format(0), ==, "General");
	g_assert_cmpstr(cf_ingest_xlsx_builtin_format(4), ==, "#,##0.00");
	g_assert_cmpstr(cf_ingest_xlsx_builtin_format(10), ==, "0.00%");
	g_assert_cmpstr(cf_ingest_xlsx_builtin_format(31), ==, "yyyy\"年\"m\"月\"d\"日\"");
	g_assert_cmpstr(cf_ingest_xlsx_builtin_format(23), ==, "General");
	g_assert_cmpstr(cf_ingest_xlsx_builtin_format(100000), ==, "General");
	g_autoptr(GString) out = g_string_new(NULL);
	cf_ingest_xlsx_format_value("0", cf_ingest_xlsx_builtin_format(43), FALSE, out);
	g_assert_cmpstr(out->str, ==, "-");
}

/* ---- building workbooks ---- */

#define HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
#define NS "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
#define R_NS "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
#define REL "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

/* A workbook of the sheets @sheets (sheetData content each, NULL-ended, named Sheet1 …),
 * with the shared strings @strings (<si> elements) and cell styles of number formats
 * @styles (<xf> elements, after the General one at index 0). */
static GByteArray *
workbook_of(const char *const *sheets, const char *strings, const char *styles, guint16 method)
{
	g_autoptr(GString) book = g_string_new(HEAD "<workbook " NS " " R_NS "><sheets>");
	g_autoptr(GString) rels =
		g_string_new(HEAD "<Relationships xmlns=\"http://schemas.openxmlformats.org/"
				  "package/2006/relationships\">"
				  "<Relationship Id=\"rIdS\" Type=\"" REL "sharedStrings\" "
				  "Target=\"sharedStrings.xml\"/>"
				  "<Relationship Id=\"rIdY\" Type=\"" REL "styles\" "
				  "Target=\"styles.xml\"/>");
	g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func(g_free);
	g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func(g_free);
	guint n = 0;
	for (; sheets[n]; n++) {
		g_string_append_printf(book,
				       "<sheet name=\"Sheet%u\" sheetId=\"%u\" r:id=\"rId%u\"/>",
				       n + 1, n + 1, n + 1);
		g_string_append_printf(rels,
				       "<Relationship Id=\"rId%u\" Type=\"" REL "worksheet\" "
				       "Target=\"worksheets/sheet%u.xml\"/>",
				       n + 1, n + 1);
		g_ptr_array_add(names, g_strdup_printf("xl/worksheets/sheet%u.xml", n + 1));
		g_ptr_array_add(texts, g_strconcat(HEAD "<worksheet " NS "><sheetData>", sheets[n],
						   "</sheetData></worksheet>", NULL));
	}
	g_string_append(book, "</sheets></workbook>");
	g_string_append(rels, "</Relationships>");
	g_autofree char *sst =
		g_strconcat(HEAD "<sst " NS ">", strings ? strings : "", "</sst>", NULL);
	g_autofree char *style_sheet =
		g_strconcat(HEAD "<styleSheet " NS "><cellXfs><xf numFmtId=\"0\"/>",
			    styles ? styles : "", "</cellXfs></styleSheet>", NULL);
	g_autofree Member *members = g_new0(Member, n + 6);
	guint m = 0;
	members[m++] = (Member){"xl/workbook.xml", book->str, method, 0, FALSE};
	members[m++] = (Member){"xl/_rels/workbook.xml.rels", rels->str, method, 0, FALSE};
	members[m++] = (Member){"xl/sharedStrings.xml", sst, method, 0, FALSE};
	members[m++] = (Member){"xl/styles.xml", style_sheet, method, 0, FALSE};
	for (guint i = 0; i < n; i++)
		members[m++] = (Member){g_ptr_array_index(names, i), g_ptr_array_index(texts, i),
					method, 0, FALSE};
	return zip_of(members);
}

/* The text cf_ingest_xlsx_text() writes for a workbook of one sheet. */
static char *
text_of(const char *sheet, const char *strings, const char *styles)
{
	const char *sheets[] = {sheet, NULL};
	g_autoptr(GByteArray) zip = workbook_of(sheets, strings, styles, 8);
	gboolean is_xlsx = FALSE;
	gsize length = 0;
	g_autoptr(GError) error = NULL;
	char *text = cf_ingest_xlsx_text(zip->data, zip->len, &is_xlsx, &length, NULL, &error);
	g_assert_no_error(error);
	g_assert_true(is_xlsx);
	g_assert_nonnull(text);
	g_assert_cmpuint(strlen(text), ==, length);
	return text;
}

/* ---- the text of a sheet ---- */

typedef struct {
	const char *name;
	const char *sheet;
	const char *strings;
	const char *styles;
	const char *text;
} SheetCase;

#define ROW(r, cells) "<row r=\"" #r "\">" cells "</row>"
#define S(ref, index) "<c r=\"" ref "\" t=\"s\"><v>" #index "</v></c>"
#define N(ref, value) "<c r=\"" ref "\"><v>" value "</v></c>"
#define SI(text) "<si><t>" text "</t></si>"

static const SheetCase sheet_cases[] = {
	{"table", ROW(1, S("A1", 0) S("B1", 1)) ROW(2, S("A2", 2) N("B2", "100")),
	 SI("项目") SI("金额") SI("合计"), NULL, "| 项目 | 金额 |\n| 合计 | 100 |\n\n"},
	/* an empty cell between, a row skipped: each figure keeps its column and row */
	{"gaps", ROW(1, S("A1", 0) S("C1", 1)) ROW(3, N("B3", "5") N("C3", "7")), SI("甲") SI("乙"),
	 NULL, "| 甲 |  | 乙 |\n\n|  | 5 | 7 |\n\n"},
	/* the sheet's first used column starts each row */
	{"first-column", ROW(2, S("C2", 0) S("D2", 1)) ROW(3, N("C3", "1") N("D3", "2")),
	 SI("甲") SI("乙"), NULL, "\n| 甲 | 乙 |\n| 1 | 2 |\n\n"},
	/* cells without references follow the one before; rows without numbers too */
	{"no-references",
	 "<row><c t=\"s\"><v>0</v></c><c><v>1</v></c></row><row><c/><c><v>2</v></c></row>",
	 SI("甲"), NULL, "| 甲 | 1 |\n|  | 2 |\n\n"},
	/* captions above and notes below a table are lines; a row of one cell inside stays */
	{"captions",
	 ROW(1, S("B1", 0)) ROW(2, S("A2", 1)) ROW(3, S("A3", 2) S("B3", 3)) ROW(4, S("A4", 4))
		 ROW(5, S("A5", 2) N("B5", "5")) ROW(7, S("A7", 5)),
	 SI("示例表") SI("单位：万元") SI("项目") SI("金额") SI("一、基本支出") SI("注：无"), NULL,
	 "示例表\n单位：万元\n| 项目 | 金额 |\n| 一、基本支出 |  |\n| 项目 | 5 |\n\n注：无\n\n"},
	/* a row of one cell under an empty row starts a new caption */
	{"caption-between-tables",
	 ROW(1, S("A1", 0) N("B1", "1")) ROW(3, S("A3", 1)) ROW(4, S("A4", 0) N("B4", "2")),
	 SI("甲") SI("表2"), NULL, "| 甲 | 1 |\n\n表2\n| 甲 | 2 |\n\n"},
	/* rich text runs are one string; a phonetic reading is not shown; escapes decoded */
	{"shared-strings", ROW(1, S("A1", 0) S("B1", 1) S("C1", 2)),
	 "<si><r><rPr><b/></rPr><t>满意</t></r><r><t>度</t></r><rPh><t>マン</t></rPh></si>" SI(
		 "a|b") SI("一_x000D_\n二_x005F_"),
	 NULL, "| 满意度 | a/b | 一  二_ |\n\n"},
	/* inline strings, booleans, errors, a formula's text, an ISO date */
	{"cell-types",
	 ROW(1, "<c r=\"A1\" t=\"inlineStr\"><is><t>内联</t></is></c>"
		"<c r=\"B1\" t=\"b\"><v>1</v></c><c r=\"C1\" t=\"b\"><v>0</v></c>"
		"<c r=\"D1\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"
		"<c r=\"E1\" t=\"str\"><f>A1</f><v>公式</v></c>"
		"<c r=\"F1\" t=\"d\"><v>2025-01-15</v></c>"),
	 NULL, NULL, "| 内联 | TRUE | FALSE | #DIV/0! | 公式 | 2025-01-15 |\n\n"},
	/* a formula is shown by its cached value; one never computed is empty */
	{"formulas",
	 ROW(1, "<c r=\"A1\"><f>B1+C1</f><v>3</v></c><c r=\"B1\"><f>C1</f></c><c "
		"r=\"C1\"><v>1</v></c>"),
	 NULL, NULL, "| 3 |  | 1 |\n\n"},
	/* number formats by cell style: built-in ids and the workbook's own */
	{"number-formats",
	 ROW(1, "<c r=\"A1\" s=\"1\"><v>0.925</v></c><c r=\"B1\" s=\"2\"><v>1234.5</v></c>"
		"<c r=\"C1\" s=\"3\"><v>45672</v></c><c r=\"D1\" s=\"9\"><v>0.5</v></c>"),
	 NULL, "<xf numFmtId=\"10\"/><xf numFmtId=\"4\"/><xf numFmtId=\"31\"/>",
	 "| 92.50% | 1,234.50 | 2025年1月15日 | 0.5 |\n\n"},
	/* the same cell twice: the first is kept */
	{"duplicate-cell", ROW(1, N("A1", "1") N("A1", "2") N("B1", "3")), NULL, NULL,
	 "| 1 | 3 |\n\n"},
	/* cells out of order are written in order */
	{"out-of-order", ROW(2, N("B2", "4") N("A2", "3")) ROW(1, N("A1", "1") N("B1", "2")), NULL,
	 NULL, "| 1 | 2 |\n| 3 | 4 |\n\n"},
	/* empty and blank cells are nothing */
	{"blank-cells", ROW(1, N("A1", "1") "<c r=\"B1\" t=\"s\"><v>0</v></c>" N("C1", "2")),
	 "<si><t xml:space=\"preserve\">  </t></si>", NULL, "| 1 |  | 2 |\n\n"},
};

static void
test_sheet(gconstpointer data)
{
	const SheetCase *c = data;
	g_autofree char *text = text_of(c->sheet, c->strings, c->styles);
	g_assert_cmpstr(text, ==, c->text);
}

/* Sheets in the workbook's order; the first starts at line 1, each further one under its
 * name; an empty sheet is left out. */
static void
test_sheets(void)
{
	const char *sheets[] = {ROW(1, N("A1", "1") N("B1", "2")), "", ROW(2, N("A2", "3")), NULL};
	g_autoptr(GByteArray) zip = workbook_of(sheets, NULL, NULL, 0);
	g_autoptr(GError) error = NULL;
	g_autoptr(CfDocument) doc = cf_ingest_bytes("book.xlsx", zip->data, zip->len, NULL, &error);
	g_assert_no_error(error);
	g_assert_cmpstr(doc->encoding, ==, "UTF-8 (.xlsx)");
	g_assert_cmpstr(doc->text, ==, "| 1 | 2 |\n\nSheet3\n\n| 3 |\n");
}

/* Prefixed element names (x:row), an absolute relationship target, a sheet name that needs
 * escaping, a workbook counting dates from 1904, and a conditional format's number format
 * under an id the cells' own format has (not the cells' format). */
static void
test_producer_variants(void)
{
	const Member members[] = {
		{"xl/workbook.xml",
		 HEAD
		 "<x:workbook xmlns:x=\"urn:x\" xmlns:rel=\"urn:r\"><x:workbookPr date1904=\"1\"/>"
		 "<x:sheets><x:sheet name=\"A &amp; B\" sheetId=\"1\" rel:id=\"s1\"/>"
		 "<x:sheet name=\"表2\" sheetId=\"2\" rel:id=\"s2\"/></x:sheets></x:workbook>",
		 8, 0, FALSE},
		{"xl/_rels/workbook.xml.rels",
		 "<Relationships><Relationship Id=\"s1\" Target=\"/xl/worksheets/a.xml\"/>"
		 "<Relationship Id=\"s2\" Target=\"./sheets/../worksheets/b.xml\"/>"
		 "<Relationship Id=\"x\" Target=\"http://example.org/\" TargetMode=\"External\"/>"
		 "<Relationship Id=\"y\" Type=\"" REL "styles\" Target=\"styles/s.xml\"/>"
		 "</Relationships>",
		 8, 0, FALSE},
		{"xl/styles/s.xml",
		 "<x:styleSheet xmlns:x=\"urn:x\"><x:numFmts><x:numFmt numFmtId=\"164\" "
		 "formatCode=\"yyyy-mm-dd\"/></x:numFmts><x:cellXfs><x:xf numFmtId=\"0\"/>"
		 "<x:xf numFmtId=\"164\"/></x:cellXfs><x:dxfs><x:dxf><x:numFmt numFmtId=\"164\" "
		 "formatCode=\"0.00%\"/></x:dxf></x:dxfs></x:styleSheet>",
		 8, 0, FALSE},
		{"xl/worksheets/a.xml",
		 "<x:worksheet xmlns:x=\"urn:x\"><x:sheetData><x:row r=\"1\"><x:c r=\"A1\" s=\"1\">"
		 "<x:v>44210</x:v></x:c><x:c r=\"B1\" t=\"inlineStr\"><x:is><x:t>日</x:t></x:is>"
		 "</x:c></x:row></x:sheetData></x:worksheet>",
		 8, 0, FALSE},
		{"xl/worksheets/b.xml",
		 "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>7</v></c><c "
		 "r=\"B1\"><v>8</v></c>"
		 "</row></sheetData></worksheet>",
		 0, 0, FALSE},
		{NULL, NULL, 0, 0, FALSE},
	};
	g_autoptr(GByteArray) zip = zip_of(members);
	gboolean is_xlsx = FALSE;
	gsize length = 0;
	g_autoptr(GError) error = NULL;
	g_autofree char *text =
		cf_ingest_xlsx_text(zip->data, zip->len, &is_xlsx, &length, NULL, &error);
	g_assert_no_error(error);
	g_assert_cmpstr(text, ==, "| 2025-01-15 | 日 |\n\n表2\n| 7 | 8 |\n\n");
}

/* A formula with no stored result (a workbook saved by a program that never computed it) is
 * read as empty, and the reader is told where: line, cell and sheet; after 20 per sheet,
 * how many more. */
static void
test_uncomputed_formulas(void)
{
	g_autoptr(GString) many = g_string_new("<row r=\"1\">");
	for (guint i = 1; i <= 25; i++)
		g_string_append_printf(many, "<c r=\"%c1\"><f>1+1</f></c>", 'A' + i);
	g_string_append(many, "<c r=\"A1\"><v>7</v></c></row>");
	const char *sheets[] = {ROW(1, N("A1", "1") "<c r=\"B1\"><f>A1*2</f></c>"),
				ROW(3, "<c r=\"AB3\"><f>1</f><v></v></c>" N("AC3", "5")), many->str,
				NULL};
	g_autoptr(GByteArray) zip = workbook_of(sheets, NULL, NULL, 8);
	g_autoptr(GError) error = NULL;
	g_autoptr(CfDocument) doc = cf_ingest_bytes("book.xlsx", zip->data, zip->len, NULL, &error);
	g_assert_no_error(error);
	g_assert_cmpstr(doc->text, ==, "| 1 |\n\nSheet2\n\n\n| 5 |\n\nSheet3\n| 7 |\n");
	g_assert_cmpuint(doc->diagnostics->len, ==, 2 + 20 + 1);
	const CfDiagnostic *first = g_ptr_array_index(doc->diagnostics, 0);
	g_assert_cmpuint(first->line, ==, 1);
	g_assert_cmpstr(
		first->message, ==,
		"cell B1 of sheet 'Sheet1' is a formula without a stored result (the program "
		"that saved the workbook did not compute it), read as empty: open and save "
		"the workbook in Excel or LibreOffice to store its results");
	const CfDiagnostic *second = g_ptr_array_index(doc->diagnostics, 1);
	g_assert_cmpuint(second->line, ==, 6);
	g_assert_true(g_str_has_prefix(second->message, "cell AB3 of sheet 'Sheet2' "));
	const CfDiagnostic *third = g_ptr_array_index(doc->diagnostics, 2);
	g_assert_cmpuint(third->line, ==, 9);
	g_assert_true(g_str_has_prefix(third->message, "cell B1 of sheet 'Sheet3' "));
	const CfDiagnostic *last = g_ptr_array_index(doc->diagnostics, 22);
	g_assert_cmpuint(last->line, ==, 0);
	g_assert_cmpstr(
		last->message, ==,
		"sheet 'Sheet3' has 5 more formulas without a stored result, read as empty");
}

/* ---- errors ---- */

static void
assert_error(GByteArray *zip, CfErrorCode code, const char *message)
{
	g_autoptr(GError) error = NULL;
	g_autoptr(CfDocument) doc = cf_ingest_bytes("book.xlsx", zip->data, zip->len, NULL, &error);
	g_assert_null(doc);
	g_assert_error(error, CF_ERROR, (gint)code);
	g_assert_cmpstr(error->message, ==, message);
}

typedef struct {
	const char *name;
	const char *sheet;
	const char *strings;
	CfErrorCode code;
	const char *message;
} ErrorCase;

static const ErrorCase error_cases[] = {
	{"/xlsx/error/shared-string-out-of-range", ROW(1, S("A1", 3)), SI("甲"), CF_ERROR_DAMAGED,
	 "cannot read the Excel workbook 'book.xlsx': xl/worksheets/sheet1.xml: cell at row 1, "
	 "column 1 names shared string '3' of 1"},
	{"/xlsx/error/bad-reference", ROW(1, N("1A", "1")), NULL, CF_ERROR_DAMAGED,
	 "cannot read the Excel workbook 'book.xlsx': xl/worksheets/sheet1.xml: a cell named "
	 "'1A'"},
	{"/xlsx/error/column-past-the-grid", ROW(1, N("XFE1", "1")), NULL, CF_ERROR_DAMAGED,
	 "cannot read the Excel workbook 'book.xlsx': xl/worksheets/sheet1.xml: a cell named "
	 "'XFE1'"},
	{"/xlsx/error/bad-row", "<row r=\"0\"/>", NULL, CF_ERROR_DAMAGED,
	 "cannot read the Excel workbook 'book.xlsx': xl/worksheets/sheet1.xml: a row numbered "
	 "'0'"},
	{"/xlsx/error/cell-outside-rows", N("A0", "1"), NULL, CF_ERROR_DAMAGED,
	 "cannot read the Excel workbook 'book.xlsx': xl/worksheets/sheet1.xml: a cell outside "
	 "any row"},
	{"/xlsx/error/empty", ROW(1, "<c r=\"A1\"/>"), NULL, CF_ERROR_EMPTY,
	 "'book.xlsx' is empty"},
};

static void
test_error(gconstpointer data)
{
	const ErrorCase *c = data;
	const char *sheets[] = {c->sheet, NULL};
	g_autoptr(GByteArray) zip = workbook_of(sheets, c->strings, NULL, 8);
	assert_error(zip, c->code, c->message);
}

static void
test_bad_xml(void)
{
	const char *sheets[] = {ROW(1, N("A1", "1")) "<row>", NULL};
	g_autoptr(GByteArray) zip = workbook_of(sheets, NULL, NULL, 8);
	g_autoptr(GError) error = NULL;
	g_autoptr(CfDocument) doc = cf_ingest_bytes("book.xlsx", zip->data, zip->len, NULL, &error);
	g_assert_null(doc);
	g_assert_error(error, CF_ERROR, CF_ERROR_DAMAGED);
	g_assert_true(g_str_has_prefix(error->message,
				       "cannot read the Excel workbook 'book.xlsx': "
				       "xl/worksheets/sheet1.xml: "));
	g_assert_null(strchr(error->message, '\n'));
}

/* Parts a workbook names that are not there: each archive is the workbook naming sheet S
 * (rId1), then @relationships (NULL: none) as its relationships part. */
typedef struct {
	const char *name;
	const char *relationships;
	const char *message;
} MissingPartCase;

static const MissingPartCase missing_part_cases[] = {
	{"/xlsx/error/no-relationships", NULL,
	 "cannot read the Excel workbook 'book.xlsx': no xl/_rels/workbook.xml.rels (where the "
	 "sheets are)"},
	{"/xlsx/error/unknown-relationship", "<Relationships/>",
	 "cannot read the Excel workbook 'book.xlsx': sheet 'S' names relationship 'rId1', which "
	 "xl/_rels/workbook.xml.rels does not have"},
	{"/xlsx/error/no-sheet",
	 "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/s.xml\"/></Relationships>",
	 "cannot read the Excel workbook 'book.xlsx': no xl/worksheets/s.xml (sheet 'S')"},
};

static void
test_missing_part(gconstpointer data)
{
	const MissingPartCase *c = data;
	const Member members[] = {
		{"xl/workbook.xml",
		 "<workbook " R_NS "><sheets><sheet name=\"S\" r:id=\"rId1\"/></sheets></workbook>",
		 8, 0, FALSE},
		{c->relationships ? "xl/_rels/workbook.xml.rels" : NULL, c->relationships, 8, 0,
		 FALSE},
		{NULL, NULL, 0, 0, FALSE},
	};
	g_autoptr(GByteArray) zip = zip_of(members);
	assert_error(zip, CF_ERROR_DAMAGED, c->message);
}

/* A small archive whose one string is used in every cell of a large sheet would make text
 * without bound: the reader stops at the limit. */
static void
test_too_large(void)
{
	g_autoptr(GString) big = g_string_new(NULL);
	for (guint i = 0; i < 1000; i++)
		g_string_append(big, "一二三四五六七八九十");
	g_autofree char *strings = g_strconcat("<si><t>", big->str, "</t></si>", NULL);
	g_autoptr(GString) sheet = g_string_new(NULL);
	for (guint r = 1; r <= 10000; r++)
		g_string_append_printf(sheet, "<row r=\"%u\"><c t=\"s\"><v>0</v></c></row>", r);
	const char *sheets[] = {sheet->str, NULL};
	g_autoptr(GByteArray) zip = workbook_of(sheets, strings, NULL, 8);
	g_autoptr(GError) error = NULL;
	g_autoptr(CfDocument) doc = cf_ingest_bytes("book.xlsx", zip->data, zip->len, NULL, &error);
	g_assert_null(doc);
	g_assert_error(error, CF_ERROR, CF_ERROR_TOO_LARGE);
}

/* Every workbook with one byte changed (its parts stored, so the XML itself is hit) gives a
 * document or an error, never a crash (the ASan build runs this too). */
static void
test_flips(void)
{
	const char *sheets[] = {ROW(1, S("A1", 0) "<c r=\"B1\" s=\"1\"><v>0.925</v></c>") ROW(
					2, "<c r=\"A2\" t=\"inlineStr\"><is><t>合计</t></is></c>"),
				NULL};
	g_autoptr(GByteArray) zip = workbook_of(sheets, SI("项目"), "<xf numFmtId=\"10\"/>", 0);
	for (guint i = 0; i < zip->len; i++) {
		for (guint bit = 0; bit < 8; bit += 3) {
			g_autoptr(GByteArray) flipped = g_byte_array_new();
			g_byte_array_append(flipped, zip->data, zip->len);
			flipped->data[i] ^= (guint8)(1u << bit);
			gboolean is_xlsx = FALSE;
			gsize length = 0;
			g_autoptr(GError) error = NULL;
			g_autofree char *text = cf_ingest_xlsx_text(
				flipped->data, flipped->len, &is_xlsx, &length, NULL, &error);
			g_assert_true(text == NULL || error == NULL);
			if (text != NULL)
				g_assert_cmpuint(strlen(text), <=, length);
		}
	}
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	for (gsize i = 0; i < G_N_ELEMENTS(format_cases); i++) {
		g_autofree char *path = g_strdup_printf("/xlsx/format/%02zu", i);
		g_test_add_data_func(path, &format_cases[i], test_format);
	}
	g_test_add_func("/xlsx/format/date1904", test_format_1904);
	g_test_add_func("/xlsx/format/builtin", test_builtin_formats);
	for (gsize i = 0; i < G_N_ELEMENTS(sheet_cases); i++) {
		g_autofree char *path = g_strdup_printf("/xlsx/text/%s", sheet_cases[i].name);
		g_test_add_data_func(path, &sheet_cases[i], test_sheet);
	}
	g_test_add_func("/xlsx/text/sheets", test_sheets);
	g_test_add_func("/xlsx/text/producer-variants", test_producer_variants);
	g_test_add_func("/xlsx/text/uncomputed-formulas", test_uncomputed_formulas);
	for (gsize i = 0; i < G_N_ELEMENTS(error_cases); i++)
		g_test_add_data_func(error_cases[i].name, &error_cases[i], test_error);
	g_test_add_func("/xlsx/error/bad-xml", test_bad_xml);
	for (gsize i = 0; i < G_N_ELEMENTS(missing_part_cases); i++)
		g_test_add_data_func(missing_part_cases[i].name, &missing_part_cases[i],
				     test_missing_part);
	g_test_add_func("/xlsx/error/too-large", test_too_large);
	g_test_add_func("/xlsx/zip/flips", test_flips);
	return g_test_run();
}
