/* cf-ingest-xlsx-format.c — a cell's stored value written as Excel shows it.
 *
 * A workbook stores a number as the shortest decimal text that reads back as the same binary
 * double ("0.925", "1234.5", "0.92500000000000004", "1.2345E-2") and a number format that
 * says how it is shown ("0.00%", "#,##0.00", "yyyy\"年\"m\"月\""). A reviewer compares what
 * Excel shows, so that is what is written: 92.50%, 1,234.50, 2024年3月.
 *
 * Nothing here uses binary floating point. The stored text is read as a decimal (sign,
 * significant digits, position of the point), cut to Excel's 15 significant digits, then
 * rounded half away from zero to the places the format shows, on the digits themselves.
 * A date's serial number is split into days and seconds with integer arithmetic.
 *
 * Formats handled: General; digit placeholders 0 # ? with a point, thousands separators and
 * trailing commas (scaling by 1000); % (scaling by 100); literal text ("元", \x, unquoted
 * characters, [$¥-804]); _x padding and *x fills (not written); sections for positive,
 * negative and zero values; @; dates and times (y, m, d, h, m, s, AM/PM). Scientific notation
 * and fractions are written as General. */
#include "ingest/cf-ingest-private.h"

#include <string.h>

/* a stored number: value = 0.digits × 10^point, digits without leading zeros ("" is zero) */
#define MAX_DIGITS 40
#define EXCEL_DIGITS 15
/* a point further out than this is written as stored (Excel would show 1E+45 anyway) */
#define MAX_POINT 30

typedef struct {
	gboolean negative;
	char digits[MAX_DIGITS + 1];
	int length;
	int point;
} Number;

static gboolean
parse_number(const char *text, Number *n)
{
	memset(n, 0, sizeof *n);
	const char *p = text;
	if (*p == '-' || *p == '+')
		n->negative = *p++ == '-';
	gboolean any = FALSE, seen_point = FALSE;
	int point = 0;
	for (; (*p >= '0' && *p <= '9') || (*p == '.' && !seen_point); p++) {
		if (*p == '.') {
			seen_point = TRUE;
			continue;
		}
		any = TRUE;
		if (n->length == 0 && *p == '0') {
			if (seen_point)
				point--;
			continue;
		}
		if (!seen_point)
			point++;
		if (n->length < MAX_DIGITS)
			n->digits[n->length++] = *p;
	}
	if (!any)
		return FALSE;
	if (*p == 'e' || *p == 'E') {
		p++;
		gboolean minus = *p == '-';
		if (*p == '-' || *p == '+')
			p++;
		int exponent = 0;
		if (*p < '0' || *p > '9')
			return FALSE;
		for (; *p >= '0' && *p <= '9'; p++)
			if (exponent < 10000)
				exponent = exponent * 10 + (*p - '0');
		point += minus ? -exponent : exponent;
	}
	if (*p != '\0')
		return FALSE;
	n->point = n->length ? point : 0;
	if (n->length == 0)
		n->negative = FALSE;
	return TRUE;
}

static void
strip_zeros(Number *n)
{
	while (n->length > 0 && n->digits[n->length - 1] == '0')
		n->length--;
	n->digits[n->length] = '\0';
	if (n->length == 0) {
		n->point = 0;
		n->negative = FALSE;
	}
}

/* Keeps @keep significant digits, rounding half away from zero. */
static void
round_digits(Number *n, int keep)
{
	if (keep >= n->length) {
		strip_zeros(n);
		return;
	}
	if (keep < 0) {
		n->length = 0;
		strip_zeros(n);
		return;
	}
	gboolean up = n->digits[keep] >= '5';
	n->length = keep;
	if (up) {
		int i = keep - 1;
		while (i >= 0 && n->digits[i] == '9')
			n->digits[i--] = '0';
		if (i >= 0) {
			n->digits[i]++;
		} else {
			n->digits[0] = '1';
			n->length = 1;
			n->point++;
		}
	}
	strip_zeros(n);
}

/* Writes @n (already rounded to the decimals shown) with at least @min decimals, in groups
 * of three when @group; an integer part of zero is written when @zero ("0.50", not ".50"). */
static void
write_plain(const Number *n, int min, gboolean group, gboolean zero, GString *out)
{
	if (n->point <= 0) {
		if (zero)
			g_string_append_c(out, '0');
	} else {
		for (int i = 0; i < n->point; i++) {
			if (group && i > 0 && (n->point - i) % 3 == 0)
				g_string_append_c(out, ',');
			g_string_append_c(out, i < n->length ? n->digits[i] : '0');
		}
	}
	int decimals = n->length - n->point;
	if (decimals < 0)
		decimals = 0;
	if (decimals < min)
		decimals = min;
	if (decimals == 0)
		return;
	g_string_append_c(out, '.');
	for (int i = n->point; i < n->point + decimals; i++)
		g_string_append_c(out, i >= 0 && i < n->length ? n->digits[i] : '0');
}

/* ---- number formats ---- */

/* The formats Excel numbers itself (ECMA-376 §18.8.30), as a Chinese installation shows
 * them; ids without an entry are General. */
static const char *const builtin_formats[] = {
	[0] = "General",
	[1] = "0",
	[2] = "0.00",
	[3] = "#,##0",
	[4] = "#,##0.00",
	[5] = "\"¥\"#,##0;\"¥\"\\-#,##0",
	[6] = "\"¥\"#,##0;[Red]\"¥\"\\-#,##0",
	[7] = "\"¥\"#,##0.00;\"¥\"\\-#,##0.00",
	[8] = "\"¥\"#,##0.00;[Red]\"¥\"\\-#,##0.00",
	[9] = "0%",
	[10] = "0.00%",
	[11] = "0.00E+00",
	[12] = "# ?/?",
	[13] = "# ?\?/?\?", /* not a trigraph */
	[14] = "yyyy/m/d",
	[15] = "d-mmm-yy",
	[16] = "d-mmm",
	[17] = "mmm-yy",
	[18] = "h:mm AM/PM",
	[19] = "h:mm:ss AM/PM",
	[20] = "h:mm",
	[21] = "h:mm:ss",
	[22] = "yyyy/m/d h:mm",
	[27] = "yyyy\"年\"m\"月\"",
	[28] = "m\"月\"d\"日\"",
	[29] = "m\"月\"d\"日\"",
	[30] = "m-d-yy",
	[31] = "yyyy\"年\"m\"月\"d\"日\"",
	[32] = "h\"时\"mm\"分\"",
	[33] = "h\"时\"mm\"分\"ss\"秒\"",
	[34] = "h\"时\"mm\"分\"",
	[35] = "h\"时\"mm\"分\"ss\"秒\"",
	[36] = "yyyy\"年\"m\"月\"",
	[37] = "#,##0 ;(#,##0)",
	[38] = "#,##0 ;[Red](#,##0)",
	[39] = "#,##0.00;(#,##0.00)",
	[40] = "#,##0.00;[Red](#,##0.00)",
	/* 会计专用 (accounting): a dash for zero */
	[41] = "_ * #,##0_ ;_ * \\-#,##0_ ;_ * \"-\"_ ;_ @_ ",
	[42] = "_ \"¥\"* #,##0_ ;_ \"¥\"* \\-#,##0_ ;_ \"¥\"* \"-\"_ ;_ @_ ",
	[43] = "_ * #,##0.00_ ;_ * \\-#,##0.00_ ;_ * \"-\"??_ ;_ @_ ",
	[44] = "_ \"¥\"* #,##0.00_ ;_ \"¥\"* \\-#,##0.00_ ;_ \"¥\"* \"-\"??_ ;_ @_ ",
	[45] = "mm:ss",
	[46] = "[h]:mm:ss",
	[47] = "mm:ss.0",
	[48] = "##0.0E+0",
	[49] = "@",
	[50] = "yyyy\"年\"m\"月\"",
	[51] = "m\"月\"d\"日\"",
	[52] = "yyyy\"年\"m\"月\"",
	[53] = "m\"月\"d\"日\"",
	[54] = "m\"月\"d\"日\"",
	[55] = "h\"时\"mm\"分\"",
	[56] = "h\"时\"mm\"分\"ss\"秒\"",
	[57] = "yyyy\"年\"m\"月\"",
	[58] = "m\"月\"d\"日\"",
};

const char *
cf_ingest_xlsx_builtin_format(guint id)
{
	if (id < G_N_ELEMENTS(builtin_formats) && builtin_formats[id] != NULL)
		return builtin_formats[id];
	return "General";
}

/* The length of the UTF-8 character at @p (1 for a stray byte). */
static gsize
char_length(const char *p, const char *end)
{
	gsize n = 1;
	while (p + n < end && ((guchar)p[n] & 0xC0) == 0x80)
		n++;
	return n;
}

/* The sections of @format (split at ; outside quotes, escapes and brackets). */
static guint
split_sections(const char *format, const char *starts[4], const char *ends[4])
{
	guint count = 0;
	const char *p = format, *start = format;
	while (*p && count < 3) {
		if (*p == '"') {
			const char *close = strchr(p + 1, '"');
			p = close ? close + 1 : p + strlen(p);
		} else if (*p == '\\' || *p == '_' || *p == '*') {
			p += p[1] ? 2 : 1;
		} else if (*p == '[') {
			const char *close = strchr(p, ']');
			p = close ? close + 1 : p + strlen(p);
		} else if (*p == ';') {
			starts[count] = start;
			ends[count++] = p;
			start = ++p;
		} else {
			p++;
		}
	}
	starts[count] = start;
	ends[count++] = start + strlen(start);
	return count;
}

typedef enum { SECTION_NUMBER, SECTION_GENERAL, SECTION_DATE, SECTION_TEXT } SectionKind;

/* One section of a number format, read: the literal text before and after the number, and
 * how the number is written. */
typedef struct {
	SectionKind kind;
	GString *prefix, *suffix;
	int min_decimals, max_decimals;
	int shift; /* powers of ten: +2 per %, -3 per trailing comma */
	gboolean group;
	gboolean zero;   /* a 0 before the point: an integer part of zero is written */
	gboolean has_at; /* @: the value itself, as General */
} Section;

static gboolean
is_placeholder(char c)
{
	return c == '0' || c == '#' || c == '?';
}

static gboolean
is_date_letter(char c)
{
	return strchr("yYmMdDhHsS", c) != NULL && c != '\0';
}

static void
section_clear(Section *s)
{
	g_string_free(s->prefix, TRUE);
	g_string_free(s->suffix, TRUE);
}

/* Reads the section [@p, @end). */
static void
read_section(const char *p, const char *end, Section *s)
{
	*s = (Section){
		.kind = SECTION_NUMBER, .prefix = g_string_new(NULL), .suffix = g_string_new(NULL)};
	enum { BEFORE, IN, AFTER } state = BEFORE;
	gboolean decimal = FALSE, any_placeholder = FALSE;
	while (p < end) {
		GString *side = state == BEFORE ? s->prefix : s->suffix;
		char c = *p;
		if (c == '"') {
			const char *close = memchr(p + 1, '"', (gsize)(end - p - 1));
			const char *stop = close ? close : end;
			g_string_append_len(side, p + 1, stop - p - 1);
			p = close ? close + 1 : end;
			if (state == IN)
				state = AFTER;
		} else if (c == '\\') {
			p++;
			if (p < end) {
				gsize n = char_length(p, end);
				g_string_append_len(side, p, (gssize)n);
				p += n;
			}
			if (state == IN)
				state = AFTER;
		} else if (c == '_' || c == '*') {
			p++; /* padding to a character's width, a fill: not written */
			if (p < end)
				p += char_length(p, end);
		} else if (c == '[') {
			const char *close = memchr(p, ']', (gsize)(end - p));
			const char *stop = close ? close : end;
			if (p + 1 < stop && p[1] == '$') { /* [$¥-804]: a currency sign */
				const char *sign = p + 2,
					   *dash = memchr(sign, '-', (gsize)(stop - sign));
				g_string_append_len(side, sign, (dash ? dash : stop) - sign);
			} else if (p + 1 < stop && strchr("hHmMsS", p[1])) {
				s->kind = SECTION_DATE; /* [h]: elapsed time */
			}
			p = close ? close + 1 : end;
		} else if (g_ascii_strncasecmp(p, "General", MIN(7, (gsize)(end - p))) == 0 &&
			   end - p >= 7) {
			s->kind = SECTION_GENERAL;
			state = AFTER;
			p += 7;
		} else if (c == '@') {
			s->has_at = TRUE;
			if (s->kind == SECTION_NUMBER)
				s->kind = SECTION_TEXT;
			state = AFTER;
			p++;
		} else if (is_placeholder(c) && state != AFTER) {
			state = IN;
			any_placeholder = TRUE;
			if (decimal) {
				s->max_decimals++;
				if (c == '0')
					s->min_decimals = s->max_decimals;
			} else if (c == '0') {
				s->zero = TRUE;
			}
			p++;
		} else if (c == '.' && (state == IN ||
					(state == BEFORE && p + 1 < end && is_placeholder(p[1])))) {
			state = IN;
			decimal = TRUE;
			p++;
		} else if (c == ',' && state == IN) {
			if (p + 1 < end && is_placeholder(p[1]) && !decimal)
				s->group = TRUE;
			else if (!(p + 1 < end && is_placeholder(p[1])))
				s->shift -= 3;
			p++;
		} else if (c == '%') {
			s->shift += 2;
			if (state == IN)
				state = AFTER;
			g_string_append_c(state == BEFORE ? s->prefix : s->suffix, '%');
			p++;
		} else if ((c == 'E' || c == 'e') && state == IN && p + 1 < end &&
			   (p[1] == '+' || p[1] == '-')) {
			s->kind = SECTION_GENERAL; /* scientific: written as General */
			state = AFTER;
			p += 2;
			while (p < end && is_placeholder(*p))
				p++;
		} else if ((c == '/' && state == IN) || (is_placeholder(c) && state == AFTER)) {
			/* a fraction (# ?/?, 0/100): written as General */
			s->kind = SECTION_GENERAL;
			g_string_truncate(s->suffix, 0);
			return;
		} else if (state != IN && is_date_letter(c)) {
			s->kind = SECTION_DATE;
			return; /* dates are written by write_date(), from the section's text */
		} else {
			gsize n = char_length(p, end);
			g_string_append_len(side, p, (gssize)n);
			p += n;
			if (state == IN)
				state = AFTER;
		}
	}
	if (s->kind == SECTION_NUMBER && !any_placeholder)
		s->kind = SECTION_TEXT; /* literal text only ("-"), or empty */
}

/* ---- dates ---- */

typedef enum {
	TOKEN_LITERAL,
	TOKEN_YEAR,
	TOKEN_MONTH,
	TOKEN_DAY,
	TOKEN_HOUR,
	TOKEN_MINUTE,
	TOKEN_SECOND,
	TOKEN_AMPM
} TokenKind;

typedef struct {
	TokenKind kind;
	guint count;
	const char *text;
	gsize length;
} Token;

/* Days and seconds of the serial @n (1900 or 1904 date system); FALSE when out of range. */
static gboolean
serial_to_date(const Number *n, gboolean date1904, GDate *date, guint *seconds)
{
	if (n->negative || n->point > 7)
		return FALSE;
	guint64 days = 0;
	for (int i = 0; i < n->point; i++)
		days = days * 10 + (guint64)(i < n->length ? n->digits[i] - '0' : 0);
	/* the fraction, to 12 places: enough for a second (1/86400 of a day) */
	guint64 fraction = 0, scale = 1;
	for (int i = n->point; i < n->point + 12; i++) {
		fraction =
			fraction * 10 + (guint64)(i >= 0 && i < n->length ? n->digits[i] - '0' : 0);
		scale *= 10;
	}
	guint64 s = (fraction * 86400 + scale / 2) / scale;
	if (s >= 86400) {
		s -= 86400;
		days++;
	}
	*seconds = (guint)s;
	if (days > 2958465) /* 9999-12-31 */
		return FALSE;
	g_date_clear(date, 1);
	if (date1904) {
		g_date_set_dmy(date, 1, 1, 1904);
	} else if (days == 60) {
		return FALSE; /* 1900-02-29, a day Excel counts that never was */
	} else if (days < 60) {
		g_date_set_dmy(date, 31, 12, 1899); /* day 0 is a time alone (write_date()) */
	} else {
		g_date_set_dmy(date, 30, 12, 1899);
	}
	g_date_add_days(date, (guint)days);
	return TRUE;
}

/* Splits a date section into tokens; m is minutes after an hour or before a second. */
static GArray *
date_tokens(const char *p, const char *end, gboolean *twelve_hour)
{
	GArray *tokens = g_array_new(FALSE, FALSE, sizeof(Token));
	*twelve_hour = FALSE;
	while (p < end) {
		Token t = {TOKEN_LITERAL, 1, p, 0};
		char c = g_ascii_tolower(*p);
		if (*p == '"') {
			const char *close = memchr(p + 1, '"', (gsize)(end - p - 1));
			t.text = p + 1;
			t.length = (gsize)((close ? close : end) - p - 1);
			p = close ? close + 1 : end;
		} else if (*p == '\\') {
			t.text = p + 1;
			t.length = p + 1 < end ? char_length(p + 1, end) : 0;
			p += 1 + t.length;
		} else if (*p == '_' || *p == '*') {
			p++;
			if (p < end)
				p += char_length(p, end);
			continue;
		} else if (*p == '[') {
			const char *close = memchr(p, ']', (gsize)(end - p));
			if (close && close - p >= 2 && strchr("hHmMsS", p[1])) {
				t.kind = p[1] == 'h' || p[1] == 'H'   ? TOKEN_HOUR
					 : p[1] == 's' || p[1] == 'S' ? TOKEN_SECOND
								      : TOKEN_MINUTE;
				t.count = (guint)(close - p - 1);
			} else if (close == NULL) {
				break;
			} else {
				p = close + 1;
				continue;
			}
			p = close + 1;
		} else if (g_ascii_strncasecmp(p, "AM/PM", MIN(5, (gsize)(end - p))) == 0 &&
			   end - p >= 5) {
			t.kind = TOKEN_AMPM;
			*twelve_hour = TRUE;
			p += 5;
		} else if (strchr("ymdhs", c) && c != '\0') {
			const char *start = p;
			while (p < end && g_ascii_tolower(*p) == c)
				p++;
			t.count = (guint)(p - start);
			t.kind = c == 'y'   ? TOKEN_YEAR
				 : c == 'm' ? TOKEN_MONTH
				 : c == 'd' ? TOKEN_DAY
				 : c == 'h' ? TOKEN_HOUR
					    : TOKEN_SECOND;
		} else if (*p == '.' && p + 1 < end && p[1] == '0') {
			while (++p < end && *p == '0')
				; /* fractions of a second: not written */
			continue;
		} else {
			t.length = char_length(p, end);
			p += t.length;
		}
		g_array_append_val(tokens, t);
	}
	for (guint i = 0; i < tokens->len; i++) {
		Token *t = &g_array_index(tokens, Token, i);
		if (t->kind != TOKEN_MONTH || t->count > 2)
			continue;
		for (guint j = i; j-- > 0;) {
			TokenKind k = g_array_index(tokens, Token, j).kind;
			if (k == TOKEN_LITERAL)
				continue;
			if (k == TOKEN_HOUR)
				t->kind = TOKEN_MINUTE;
			break;
		}
		for (guint j = i + 1; j < tokens->len && t->kind == TOKEN_MONTH; j++) {
			TokenKind k = g_array_index(tokens, Token, j).kind;
			if (k == TOKEN_LITERAL)
				continue;
			if (k == TOKEN_SECOND)
				t->kind = TOKEN_MINUTE;
			break;
		}
	}
	return tokens;
}

static void
append_field(GString *out, guint value, guint count)
{
	g_string_append_printf(out, count >= 2 ? "%02u" : "%u", value);
}

/* Writes the serial @n in the date section [@p, @end); FALSE when it is no date. */
static gboolean
write_date(const Number *n, const char *p, const char *end, gboolean date1904, GString *out)
{
	GDate date;
	guint seconds = 0;
	if (!serial_to_date(n, date1904, &date, &seconds))
		return FALSE;
	gboolean twelve_hour;
	g_autoptr(GArray) tokens = date_tokens(p, end, &twelve_hour);
	guint hour = seconds / 3600;
	/* serial 0 is a time of no day (Excel's 1900-01-00): it has no date to show */
	if (!date1904 && g_date_get_year(&date) == 1899)
		for (guint i = 0; i < tokens->len; i++)
			if (g_array_index(tokens, Token, i).kind <= TOKEN_DAY &&
			    g_array_index(tokens, Token, i).kind != TOKEN_LITERAL)
				return FALSE;
	for (guint i = 0; i < tokens->len; i++) {
		const Token *t = &g_array_index(tokens, Token, i);
		switch (t->kind) {
		case TOKEN_LITERAL:
			g_string_append_len(out, t->text, (gssize)t->length);
			break;
		case TOKEN_YEAR:
			if (t->count <= 2)
				g_string_append_printf(out, "%02u", g_date_get_year(&date) % 100);
			else
				g_string_append_printf(out, "%u", g_date_get_year(&date));
			break;
		case TOKEN_MONTH:
			append_field(out, g_date_get_month(&date), t->count);
			break;
		case TOKEN_DAY:
			if (t->count <= 2)
				append_field(out, g_date_get_day(&date), t->count);
			break; /* a weekday's name is not written */
		case TOKEN_HOUR:
			append_field(out, twelve_hour ? (hour + 11) % 12 + 1 : hour, t->count);
			break;
		case TOKEN_MINUTE:
			append_field(out, seconds / 60 % 60, t->count);
			break;
		case TOKEN_SECOND:
			append_field(out, seconds % 60, t->count);
			break;
		case TOKEN_AMPM:
			g_string_append(out, hour < 12 ? "AM" : "PM");
			break;
		}
	}
	return TRUE;
}

/* ---- the value ---- */

static void
write_general(const Number *value, const char *stored, GString *out)
{
	Number n = *value;
	round_digits(&n, EXCEL_DIGITS);
	if (n.point > MAX_POINT || n.point < -MAX_POINT) {
		g_string_append(out, stored);
		return;
	}
	if (n.negative)
		g_string_append_c(out, '-');
	write_plain(&n, 0, FALSE, TRUE, out);
}

void
cf_ingest_xlsx_format_value(const char *stored, const char *format, gboolean date1904, GString *out)
{
	Number value;
	if (!parse_number(stored, &value)) {
		g_string_append(out, stored); /* not a number: as stored */
		return;
	}
	const char *starts[4], *ends[4];
	guint sections = split_sections(format ? format : "General", starts, ends);
	guint chosen = 0;
	gboolean sign = value.negative;
	if (value.negative && sections >= 2) {
		chosen = 1; /* the negative section writes its own sign, if any */
		sign = FALSE;
	} else if (value.length == 0 && sections >= 3) {
		chosen = 2;
	}
	Section s;
	read_section(starts[chosen], ends[chosen], &s);
	switch (s.kind) {
	case SECTION_DATE:
		if (!write_date(&value, starts[chosen], ends[chosen], date1904, out))
			write_general(&value, stored, out);
		break;
	case SECTION_GENERAL:
	case SECTION_TEXT: {
		/* literal text alone ("-" for zero) is written as it is, an empty section not
		 * at all */
		g_string_append(out, s.prefix->str);
		if (s.kind == SECTION_GENERAL || s.has_at) {
			Number n = value;
			n.negative = sign;
			write_general(&n, stored, out);
		}
		g_string_append(out, s.suffix->str);
		break;
	}
	case SECTION_NUMBER: {
		Number n = value;
		n.point += s.shift;
		round_digits(&n, EXCEL_DIGITS);
		if (n.point > MAX_POINT || n.point < -MAX_POINT) {
			g_string_append(out, stored);
			break;
		}
		round_digits(&n, n.point + s.max_decimals);
		g_string_append(out, s.prefix->str);
		if (sign && n.length > 0)
			g_string_append_c(out, '-');
		write_plain(&n, s.min_decimals, s.group, s.zero, out);
		g_string_append(out, s.suffix->str);
		break;
	}
	}
	section_clear(&s);
}
