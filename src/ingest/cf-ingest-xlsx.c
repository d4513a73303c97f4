/* cf-ingest-xlsx.c — an Excel workbook (.xlsx) to the text the later stages read.
 *
 * A 自评表 (self-evaluation table) is often submitted as a workbook. Its parts are read with
 * GLib's GMarkup, as the .docx body is: xl/workbook.xml (the sheets, in order), its
 * relationships (where each sheet is), xl/sharedStrings.xml (the text of text cells),
 * xl/styles.xml (each cell's number format) and each sheet.
 *
 * Each sheet that holds anything is written as a line with its name, then one line per row
 * from row 1 to its last row with a value: cells between `|` as in a .docx table, from the
 * sheet's first used column to its last, so each figure stays under its header; a row with
 * nothing in it is an empty line. Row r of a sheet is thus r lines below its name. A blank
 * line ends the sheet.
 *
 * A cell is written as Excel shows it: numbers in their number format (92.50%, 1,234.50,
 * 2024年3月: cf-ingest-xlsx-format.c), a formula by its last computed value (one never
 * computed is empty, and a warning names it), TRUE/FALSE, an error value (#DIV/0!) as it is. The text of a merged range is in its first cell; the
 * others are empty, as Excel keeps them. A line end inside a cell is a space and a `|`
 * becomes `/`. Hidden sheets, rows and columns are written too: their figures are part of
 * what was submitted. */
#include "ingest/cf-ingest-private.h"
#include "ingest/cf-ingest.h"

#include <string.h>

#include "model/cf-error.h"

#define WORKBOOK_MEMBER "xl/workbook.xml"
#define RELATIONSHIPS_MEMBER "xl/_rels/workbook.xml.rels"
#define STRINGS_MEMBER "xl/sharedStrings.xml"
#define STYLES_MEMBER "xl/styles.xml"
/* the grid's bounds (Excel 2007 and later: XFD1048576) */
#define MAX_COLUMN 16384u
#define MAX_ROW 1048576u
/* formulas without a stored result named one by one per sheet, then counted */
#define MAX_FORMULA_WARNINGS 20

/* The name after an element's or attribute's namespace prefix (x:row → row). */
static const char *
local_name(const char *name)
{
	const char *colon = strchr(name, ':');
	return colon ? colon + 1 : name;
}

static const char *
attribute(const char **names, const char **values, const char *wanted)
{
	for (guint i = 0; names[i]; i++)
		if (strcmp(local_name(names[i]), wanted) == 0)
			return values[i];
	return NULL;
}

/* The relationship id of a sheet: r:id, under whatever prefix the relationships namespace
 * has (the sheet's own sheetId is not it). */
static const char *
relationship_id(const char **names, const char **values)
{
	for (guint i = 0; names[i]; i++)
		if (strchr(names[i], ':') != NULL && strcmp(local_name(names[i]), "id") == 0)
			return values[i];
	return NULL;
}

/* Appends a cell's text: OOXML's _xHHHH_ escapes decoded, line ends and other control
 * characters as spaces, `|` as `/`. */
static void
append_cell_text(GString *out, const char *text, gsize length)
{
	for (gsize i = 0; i < length; i++) {
		guchar c = (guchar)text[i];
		if (c == '_' && i + 6 < length && text[i + 1] == 'x' && text[i + 6] == '_' &&
		    g_ascii_isxdigit(text[i + 2]) && g_ascii_isxdigit(text[i + 3]) &&
		    g_ascii_isxdigit(text[i + 4]) && g_ascii_isxdigit(text[i + 5])) {
			gunichar u = (gunichar)g_ascii_strtoull(
				(char[]){text[i + 2], text[i + 3], text[i + 4], text[i + 5], 0},
				NULL, 16);
			i += 6;
			if (u < 0x20 || u == 0x7F || !g_unichar_validate(u))
				g_string_append_c(out, ' ');
			else if (u == '|')
				g_string_append_c(out, '/');
			else
				g_string_append_unichar(out, u);
		} else if (c < 0x20 || c == 0x7F) {
			g_string_append_c(out, ' ');
		} else {
			g_string_append_c(out, c == '|' ? '/' : (char)c);
		}
	}
}

/* The text written would pass the limit a file has (a small archive can make much text). */
static void
set_text_too_large(GError **error)
{
	g_set_error(error, CF_ERROR, CF_ERROR_TOO_LARGE,
		    "its text is larger than the limit of %" G_GSIZE_FORMAT " MiB",
		    CF_MAX_FILE_BYTES / (1024 * 1024));
}

/* ---- the workbook: its sheets, in order ---- */

typedef struct {
	char *name;
	char *relationship;
} Sheet;

static void
sheet_clear(gpointer data)
{
	Sheet *s = data;
	g_free(s->name);
	g_free(s->relationship);
}

typedef struct {
	GArray *sheets; /* Sheet */
	gboolean date1904;
} Workbook;

static void
workbook_start_cb(GMarkupParseContext *context, const char *element, const char **names,
		  const char **values, gpointer data, GError **error)
{
	(void)context;
	(void)error;
	Workbook *w = data;
	const char *name = local_name(element);
	if (strcmp(name, "sheet") == 0) {
		const char *id = relationship_id(names, values);
		const char *title = attribute(names, values, "name");
		if (id == NULL)
			return; /* no part to read */
		Sheet s = {g_strdup(title ? title : ""), g_strdup(id)};
		g_array_append_val(w->sheets, s);
	} else if (strcmp(name, "workbookPr") == 0) {
		const char *date1904 = attribute(names, values, "date1904");
		w->date1904 =
			date1904 && (strcmp(date1904, "1") == 0 || strcmp(date1904, "true") == 0);
	}
}

static const GMarkupParser workbook_parser = {workbook_start_cb, NULL, NULL, NULL, NULL};

/* ---- relationships: where each part is ---- */

typedef struct {
	GHashTable *targets; /* id → member name */
	char *strings;       /* the shared strings' member, if named */
	char *styles;
} Relationships;

/* The member a relationship of xl/workbook.xml points at: relative to xl/, or absolute. */
static char *
resolve_target(const char *target)
{
	g_autoptr(GPtrArray) parts = g_ptr_array_new();
	g_auto(GStrv) pieces = g_strsplit(target[0] == '/' ? target + 1 : target, "/", -1);
	if (target[0] != '/')
		g_ptr_array_add(parts, (gpointer) "xl");
	for (guint i = 0; pieces[i]; i++) {
		if (strcmp(pieces[i], "..") == 0) {
			if (parts->len)
				g_ptr_array_remove_index(parts, parts->len - 1);
		} else if (pieces[i][0] != '\0' && strcmp(pieces[i], ".") != 0) {
			g_ptr_array_add(parts, pieces[i]);
		}
	}
	g_ptr_array_add(parts, NULL);
	return g_strjoinv("/", (char **)parts->pdata);
}

static gboolean
ends_with(const char *text, const char *suffix)
{
	gsize n = strlen(text), m = strlen(suffix);
	return n >= m && strcmp(text + n - m, suffix) == 0;
}

static void
relationships_start_cb(GMarkupParseContext *context, const char *element, const char **names,
		       const char **values, gpointer data, GError **error)
{
	(void)context;
	(void)error;
	Relationships *r = data;
	if (strcmp(local_name(element), "Relationship") != 0)
		return;
	const char *id = attribute(names, values, "Id");
	const char *target = attribute(names, values, "Target");
	const char *type = attribute(names, values, "Type");
	const char *mode = attribute(names, values, "TargetMode");
	if (id == NULL || target == NULL || (mode && strcmp(mode, "External") == 0))
		return;
	char *member = resolve_target(target);
	if (type && ends_with(type, "/sharedStrings") && r->strings == NULL)
		r->strings = g_strdup(member);
	else if (type && ends_with(type, "/styles") && r->styles == NULL)
		r->styles = g_strdup(member);
	g_hash_table_replace(r->targets, g_strdup(id), member);
}

static const GMarkupParser relationships_parser = {relationships_start_cb, NULL, NULL, NULL, NULL};

/* ---- rich text: the <t> of a shared or inline string, its runs' too ---- */

typedef struct {
	guint text;     /* depth inside <t> */
	guint phonetic; /* depth inside <rPh>, a reading aid that is not shown */
} RichText;

static void
rich_text_start(RichText *r, const char *name)
{
	if (strcmp(name, "t") == 0)
		r->text++;
	else if (strcmp(name, "rPh") == 0)
		r->phonetic++;
}

static void
rich_text_end(RichText *r, const char *name)
{
	if (strcmp(name, "t") == 0 && r->text)
		r->text--;
	else if (strcmp(name, "rPh") == 0 && r->phonetic)
		r->phonetic--;
}

/* TRUE inside shown text. */
static gboolean
rich_text_shown(const RichText *r)
{
	return r->text && !r->phonetic;
}

/* ---- shared strings: the text of text cells ---- */

typedef struct {
	GPtrArray *strings; /* char *, cleaned by append_cell_text() */
	GString *current;   /* the open <si>, NULL outside one */
	RichText rich;
} Strings;

static void
strings_start_cb(GMarkupParseContext *context, const char *element, const char **names,
		 const char **values, gpointer data, GError **error)
{
	(void)context;
	(void)names;
	(void)values;
	(void)error;
	Strings *s = data;
	const char *name = local_name(element);
	if (strcmp(name, "si") == 0) {
		if (s->current == NULL)
			s->current = g_string_new(NULL);
	} else {
		rich_text_start(&s->rich, name);
	}
}

static void
strings_end_cb(GMarkupParseContext *context, const char *element, gpointer data, GError **error)
{
	(void)context;
	(void)error;
	Strings *s = data;
	const char *name = local_name(element);
	if (strcmp(name, "si") == 0 && s->current != NULL) {
		g_ptr_array_add(s->strings, g_string_free(s->current, FALSE));
		s->current = NULL;
	} else {
		rich_text_end(&s->rich, name);
	}
}

static void
strings_text_cb(GMarkupParseContext *context, const char *text, gsize length, gpointer data,
		GError **error)
{
	(void)context;
	(void)error;
	Strings *s = data;
	if (s->current != NULL && rich_text_shown(&s->rich))
		append_cell_text(s->current, text, length);
}

static const GMarkupParser strings_parser = {strings_start_cb, strings_end_cb, strings_text_cb,
					     NULL, NULL};

/* ---- styles: each cell style's number format ---- */

typedef struct {
	GHashTable *formats;  /* numFmtId → format code, the workbook's own */
	GArray *cell_formats; /* guint numFmtId of each cellXfs entry (a cell's s) */
	guint num_fmts;       /* depth inside <numFmts> (a conditional format's dxf has its own) */
	guint cell_xfs;       /* depth inside <cellXfs> */
} Styles;

static guint
unsigned_value(const char *text, guint64 max, guint fallback)
{
	guint64 n = 0;
	if (text == NULL || !g_ascii_string_to_unsigned(text, 10, 0, max, &n, NULL))
		return fallback;
	return (guint)n;
}

static void
styles_start_cb(GMarkupParseContext *context, const char *element, const char **names,
		const char **values, gpointer data, GError **error)
{
	(void)context;
	(void)error;
	Styles *s = data;
	const char *name = local_name(element);
	if (strcmp(name, "numFmts") == 0) {
		s->num_fmts++;
	} else if (strcmp(name, "numFmt") == 0 && s->num_fmts) {
		const char *id = attribute(names, values, "numFmtId");
		const char *code = attribute(names, values, "formatCode");
		if (id && code)
			g_hash_table_replace(s->formats,
					     GUINT_TO_POINTER(unsigned_value(id, G_MAXUINT, 0)),
					     g_strdup(code));
	} else if (strcmp(name, "cellXfs") == 0) {
		s->cell_xfs++;
	} else if (strcmp(name, "xf") == 0 && s->cell_xfs) {
		guint id = unsigned_value(attribute(names, values, "numFmtId"), G_MAXUINT, 0);
		g_array_append_val(s->cell_formats, id);
	}
}

static void
styles_end_cb(GMarkupParseContext *context, const char *element, gpointer data, GError **error)
{
	(void)context;
	(void)error;
	Styles *s = data;
	const char *name = local_name(element);
	if (strcmp(name, "cellXfs") == 0 && s->cell_xfs)
		s->cell_xfs--;
	else if (strcmp(name, "numFmts") == 0 && s->num_fmts)
		s->num_fmts--;
}

static const GMarkupParser styles_parser = {styles_start_cb, styles_end_cb, NULL, NULL, NULL};

/* The number format of the cell style @style. */
static const char *
cell_format(const Styles *styles, guint style)
{
	guint id = style < styles->cell_formats->len
			   ? g_array_index(styles->cell_formats, guint, style)
			   : 0;
	const char *own = g_hash_table_lookup(styles->formats, GUINT_TO_POINTER(id));
	return own ? own : cf_ingest_xlsx_builtin_format(id);
}

/* ---- a sheet: its cells ---- */

typedef struct {
	guint32 row, column;
	char *text;
	gboolean number; /* a number cell (whatever its format shows) */
} Cell;

static void
cell_clear(gpointer data)
{
	g_free(((Cell *)data)->text);
}

typedef struct {
	const Strings *strings;
	const Styles *styles;
	gboolean date1904;
	GArray *cells; /* Cell, with text */
	gsize bytes;   /* text of the cells so far */
	guint32 row;   /* the open row */
	guint32 column;
	gboolean in_cell;
	char type[16]; /* the open cell's t: s, str, inlineStr, b, e, n, d */
	guint style;
	guint value;         /* depth inside <v> */
	guint inline_string; /* depth inside <is> */
	RichText rich;       /* of the inline string */
	gboolean formula;    /* the open cell has an <f> */
	GString *content;    /* <v>, or an inline string's text */
	GArray *uncomputed;  /* Cell without text: formulas with no stored result */
} SheetReader;

/* Column and row of a reference such as "AB12" (FALSE when it is none). */
static gboolean
parse_reference(const char *ref, guint32 *column, guint32 *row)
{
	guint32 c = 0, r = 0;
	const char *p = ref;
	for (; g_ascii_isalpha(*p); p++) {
		c = c * 26 + (guint32)(g_ascii_toupper(*p) - 'A' + 1);
		if (c > MAX_COLUMN)
			return FALSE;
	}
	for (; g_ascii_isdigit(*p); p++) {
		r = r * 10 + (guint32)(*p - '0');
		if (r > MAX_ROW)
			return FALSE;
	}
	if (*p != '\0' || c == 0)
		return FALSE;
	*column = c;
	*row = r;
	return TRUE;
}

static void
sheet_start_cb(GMarkupParseContext *context, const char *element, const char **names,
	       const char **values, gpointer data, GError **error)
{
	(void)context;
	SheetReader *s = data;
	const char *name = local_name(element);
	if (strcmp(name, "row") == 0) {
		const char *r = attribute(names, values, "r");
		guint32 row = s->row + 1;
		if (r != NULL && (row = unsigned_value(r, MAX_ROW, 0)) == 0) {
			g_set_error(error, CF_ERROR, CF_ERROR_DAMAGED, "a row numbered '%s'", r);
			return;
		}
		s->row = row;
		s->column = 0;
	} else if (strcmp(name, "c") == 0) {
		const char *r = attribute(names, values, "r");
		const char *t = attribute(names, values, "t");
		guint32 column = s->column + 1, row = s->row;
		if (r != NULL && !parse_reference(r, &column, &row)) {
			g_set_error(error, CF_ERROR, CF_ERROR_DAMAGED, "a cell named '%s'", r);
			return;
		}
		if (row == 0 || column > MAX_COLUMN) {
			g_set_error(error, CF_ERROR, CF_ERROR_DAMAGED, "a cell outside any row");
			return;
		}
		s->row = row;
		s->column = column;
		s->in_cell = TRUE;
		s->formula = FALSE;
		g_strlcpy(s->type, t ? t : "n", sizeof s->type);
		s->style = unsigned_value(attribute(names, values, "s"), G_MAXUINT, 0);
		g_string_truncate(s->content, 0);
	} else if (s->in_cell && strcmp(name, "f") == 0) {
		s->formula = TRUE;
	} else if (s->in_cell && strcmp(name, "v") == 0) {
		s->value++;
	} else if (s->in_cell && strcmp(name, "is") == 0) {
		s->inline_string++;
	} else if (s->inline_string) {
		rich_text_start(&s->rich, name);
	}
}

/* The text of the closed cell, as Excel shows it, appended to @out. */
static gboolean
write_cell(SheetReader *s, GString *out, GError **error)
{
	const char *content = s->content->str;
	if (strcmp(s->type, "s") == 0) {
		guint index = unsigned_value(content, G_MAXUINT, G_MAXUINT);
		if (s->content->len == 0)
			return TRUE;
		if (index >= s->strings->strings->len) {
			g_set_error(error, CF_ERROR, CF_ERROR_DAMAGED,
				    "cell at row %u, column %u names shared string '%s' of %u",
				    s->row, s->column, content, s->strings->strings->len);
			return FALSE;
		}
		g_string_append(out, g_ptr_array_index(s->strings->strings, index));
	} else if (strcmp(s->type, "b") == 0) {
		if (s->content->len)
			g_string_append(out, strcmp(content, "0") == 0 ? "FALSE" : "TRUE");
	} else if (strcmp(s->type, "n") == 0) {
		if (s->content->len)
			cf_ingest_xlsx_format_value(content, cell_format(s->styles, s->style),
						    s->date1904, out);
	} else {
		/* str (a formula's text), inlineStr, e (#DIV/0!), d (an ISO date) */
		append_cell_text(out, content, s->content->len);
	}
	return TRUE;
}

static void
sheet_end_cb(GMarkupParseContext *context, const char *element, gpointer data, GError **error)
{
	(void)context;
	SheetReader *s = data;
	const char *name = local_name(element);
	if (strcmp(name, "c") == 0 && s->in_cell) {
		s->in_cell = FALSE;
		s->value = s->inline_string = 0;
		s->rich = (RichText){0, 0};
		if (s->formula && s->content->len == 0 && strcmp(s->type, "inlineStr") != 0) {
			Cell missing = {s->row, s->column, NULL, FALSE};
			g_array_append_val(s->uncomputed, missing);
			return;
		}
		GString *text = g_string_new(NULL);
		if (!write_cell(s, text, error)) {
			g_string_free(text, TRUE);
			return;
		}
		g_strstrip(text->str);
		text->len = strlen(text->str);
		if (text->len == 0) {
			g_string_free(text, TRUE);
			return;
		}
		s->bytes += text->len + 3;
		if (s->bytes > CF_MAX_FILE_BYTES) {
			g_string_free(text, TRUE);
			set_text_too_large(error);
			return;
		}
		Cell cell = {s->row, s->column, g_string_free(text, FALSE),
			     strcmp(s->type, "n") == 0};
		g_array_append_val(s->cells, cell);
	} else if (strcmp(name, "v") == 0 && s->value) {
		s->value--;
	} else if (strcmp(name, "is") == 0 && s->inline_string) {
		s->inline_string--;
	} else if (s->inline_string) {
		rich_text_end(&s->rich, name);
	}
}

static void
sheet_text_cb(GMarkupParseContext *context, const char *text, gsize length, gpointer data,
	      GError **error)
{
	(void)context;
	(void)error;
	SheetReader *s = data;
	if (s->value || rich_text_shown(&s->rich))
		g_string_append_len(s->content, text, (gssize)length);
}

static const GMarkupParser sheet_parser = {sheet_start_cb, sheet_end_cb, sheet_text_cb, NULL, NULL};

void
cf_ingest_warning_clear(gpointer warning)
{
	g_free(((CfIngestWarning *)warning)->message);
}

/* The letters of column @column (1 → A, 28 → AB), into @buffer. */
static const char *
column_letters(guint32 column, char buffer[8])
{
	char reversed[8];
	guint n = 0;
	for (; column > 0 && n < 7; column = (column - 1) / 26)
		reversed[n++] = (char)('A' + (column - 1) % 26);
	for (guint i = 0; i < n; i++)
		buffer[i] = reversed[n - 1 - i];
	buffer[n] = '\0';
	return buffer;
}

/* Warns of the formulas of sheet @name that have no stored result, row r being line
 * @base + r: their cells are read as empty, a loss the reader must hear of. */
static void
warn_uncomputed(const char *name, GArray *uncomputed, guint base, GArray *warnings)
{
	for (guint i = 0; i < uncomputed->len && i < MAX_FORMULA_WARNINGS; i++) {
		const Cell *c = &g_array_index(uncomputed, Cell, i);
		char letters[8];
		CfIngestWarning w = {
			base + c->row, 1,
			g_strdup_printf(
				"cell %s%u of sheet '%s' is a formula without a stored "
				"result (the program that saved the workbook did not compute "
				"it), read as empty: open and save the workbook in Excel or "
				"LibreOffice to store its results",
				column_letters(c->column, letters), c->row, name)};
		g_array_append_val(warnings, w);
	}
	if (uncomputed->len > MAX_FORMULA_WARNINGS) {
		CfIngestWarning w = {0, 0,
				     g_strdup_printf("sheet '%s' has %u more formulas without a "
						     "stored result, read as empty",
						     name, uncomputed->len - MAX_FORMULA_WARNINGS)};
		g_array_append_val(warnings, w);
	}
}

static int
compare_cells(gconstpointer a, gconstpointer b)
{
	const Cell *x = a, *y = b;
	if (x->row != y->row)
		return x->row < y->row ? -1 : 1;
	return x->column < y->column ? -1 : x->column > y->column;
}

/* Cells of the row starting at @cells[@i]. */
static guint
row_cells(GArray *cells, guint i)
{
	guint n = 0;
	guint32 row = g_array_index(cells, Cell, i).row;
	while (i + n < cells->len && g_array_index(cells, Cell, i + n).row == row)
		n++;
	return n;
}

/* Writes the sheet @name (unless NULL) and its @cells (sorted here) to @out.  A row of one
 * text cell above the sheet's first row of several, below its last one, or under an empty
 * row or another such line, is a caption or a note (the title, （2024年度）, 单位：万元, 注：…)
 * and is written as a line of text, as a document has it above or below its table; one in
 * the midst of a table (一、基本支出), or a lone number, stays a row. */
static void
write_sheet(const char *name, GArray *cells, GString *out)
{
	g_array_sort(cells, compare_cells);
	guint32 first = MAX_COLUMN, last = 0, first_table_row = MAX_ROW + 1, last_table_row = 0;
	for (guint i = 0; i < cells->len;) {
		guint n = row_cells(cells, i);
		for (guint k = i; k < i + n; k++) {
			first = MIN(first, g_array_index(cells, Cell, k).column);
			last = MAX(last, g_array_index(cells, Cell, k).column);
		}
		if (n > 1) {
			first_table_row = MIN(first_table_row, g_array_index(cells, Cell, i).row);
			last_table_row = g_array_index(cells, Cell, i).row;
		}
		i += n;
	}
	if (name != NULL) {
		append_cell_text(out, name, strlen(name));
		g_string_append_c(out, '\n');
	}
	guint32 row = 1;
	gboolean line_above = TRUE; /* the row above is empty or was written as a line */
	for (guint i = 0; i < cells->len;) {
		guint n = row_cells(cells, i);
		guint32 this_row = g_array_index(cells, Cell, i).row;
		if (this_row > row)
			line_above = TRUE;
		for (; row < this_row; row++)
			g_string_append_c(out, '\n');
		if (n == 1 && !g_array_index(cells, Cell, i).number &&
		    (this_row < first_table_row || this_row > last_table_row || line_above)) {
			g_string_append(out, g_array_index(cells, Cell, i).text);
			g_string_append_c(out, '\n');
			i++;
			row++;
			continue;
		}
		line_above = FALSE;
		guint32 column = first;
		g_string_append(out, "|");
		for (; n > 0; n--, i++) {
			const Cell *c = &g_array_index(cells, Cell, i);
			if (c->column < column)
				continue; /* the same cell twice: the first is kept */
			for (; column < c->column; column++)
				g_string_append(out, "  |");
			g_string_append_printf(out, " %s |", c->text);
			column++;
		}
		for (; column <= last; column++)
			g_string_append(out, "  |");
		g_string_append_c(out, '\n');
		row++;
	}
	g_string_append_c(out, '\n'); /* a blank line ends the sheet */
}

char *
cf_ingest_xlsx_text(const guint8 *bytes, gsize length, gboolean *is_xlsx, gsize *text_length,
		    GArray *warnings, GError **error)
{
	g_autoptr(GArray) sheets = g_array_new(FALSE, FALSE, sizeof(Sheet));
	g_array_set_clear_func(sheets, sheet_clear);
	Workbook workbook = {sheets, FALSE};
	if (!cf_ingest_zip_parse_member(bytes, length, WORKBOOK_MEMBER, &workbook_parser, &workbook,
					is_xlsx, error) ||
	    !*is_xlsx)
		return NULL; /* @error is set, or *@is_xlsx is FALSE */

	g_autoptr(GHashTable) targets =
		g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
	Relationships relationships = {targets, NULL, NULL};
	gboolean found = FALSE;
	gboolean ok =
		cf_ingest_zip_parse_member(bytes, length, RELATIONSHIPS_MEMBER,
					   &relationships_parser, &relationships, &found, error);
	g_autofree char *strings_member = relationships.strings;
	g_autofree char *styles_member = relationships.styles;
	if (!ok)
		return NULL;
	if (!found && sheets->len > 0) {
		g_set_error(error, CF_ERROR, CF_ERROR_DAMAGED, "no %s (where the sheets are)",
			    RELATIONSHIPS_MEMBER);
		return NULL;
	}

	g_autoptr(GPtrArray) shared = g_ptr_array_new_with_free_func(g_free);
	Strings strings = {shared, NULL, {0, 0}};
	ok = cf_ingest_zip_parse_member(bytes, length,
					strings_member ? strings_member : STRINGS_MEMBER,
					&strings_parser, &strings, &found, error);
	if (strings.current)
		g_string_free(strings.current, TRUE);
	if (!ok)
		return NULL;

	g_autoptr(GHashTable) formats = g_hash_table_new_full(NULL, NULL, NULL, g_free);
	g_autoptr(GArray) cell_formats = g_array_new(FALSE, FALSE, sizeof(guint));
	Styles styles = {formats, cell_formats, 0, 0};
	if (!cf_ingest_zip_parse_member(bytes, length,
					styles_member ? styles_member : STYLES_MEMBER,
					&styles_parser, &styles, &found, error))
		return NULL;

	g_autoptr(GString) out = g_string_new(NULL);
	g_autoptr(GString) content = g_string_new(NULL);
	guint lines = 0; /* lines written so far */
	for (guint i = 0; i < sheets->len; i++) {
		const Sheet *sheet = &g_array_index(sheets, Sheet, i);
		const char *member = g_hash_table_lookup(targets, sheet->relationship);
		if (member == NULL) {
			g_set_error(error, CF_ERROR, CF_ERROR_DAMAGED,
				    "sheet '%s' names relationship '%s', which %s does not have",
				    sheet->name, sheet->relationship, RELATIONSHIPS_MEMBER);
			return NULL;
		}
		g_autoptr(GArray) cells = g_array_new(FALSE, FALSE, sizeof(Cell));
		g_array_set_clear_func(cells, cell_clear);
		g_autoptr(GArray) uncomputed = g_array_new(FALSE, FALSE, sizeof(Cell));
		SheetReader reader = {.strings = &strings,
				      .styles = &styles,
				      .date1904 = workbook.date1904,
				      .cells = cells,
				      .bytes = out->len,
				      .content = content,
				      .uncomputed = uncomputed};
		if (!cf_ingest_zip_parse_member(bytes, length, member, &sheet_parser, &reader,
						&found, error))
			return NULL;
		if (!found) {
			g_set_error(error, CF_ERROR, CF_ERROR_DAMAGED, "no %s (sheet '%s')", member,
				    sheet->name);
			return NULL;
		}
		/* the first sheet starts at line 1, as its row 1; each further one under its name */
		gboolean named = out->len > 0;
		gsize start = out->len;
		if (cells->len > 0)
			write_sheet(named ? sheet->name : NULL, cells, out);
		if (warnings != NULL)
			warn_uncomputed(sheet->name, uncomputed, lines + (named ? 1 : 0), warnings);
		for (gsize p = start; p < out->len; p++)
			lines += out->str[p] == '\n';
		if (out->len > CF_MAX_FILE_BYTES) {
			set_text_too_large(error);
			return NULL;
		}
	}
	*text_length = out->len;
	return g_string_free(g_steal_pointer(&out), FALSE);
}
