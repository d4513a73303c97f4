/* cf-check-table.h — the table model shared by the table families (table, score,
 * prose-table, sibling, restated).  Not for use outside src/check/.
 *
 * A CfTableModel reads one segmented CfTable with its claims: what each column means (from
 * its header words and the kind of the numbers under it), which rows are items, totals
 * (合计/总计/小计/总分) or 其中 details, the item name and category of every row.  A
 * CfTableSet holds the models of one document, the consecutive-table groups (a 自评表 cut in
 * several tables), the sibling pairs (two tables keyed by the same item names) and the
 * paragraphs that introduce a table (具体情况如下, 明细见后表 …).
 *
 * Invariants: columns has table->n_columns entries and rows table->rows->len; a row's
 * parent (其中 rows) is a lower index; every sibling pair has a < b.
 *
 * Ownership: a set owns its models, pairs and strings; claims, tables and blocks are
 * borrowed from the check context, which outlives the set. */
#pragma once

#include "check/cf-check-private.h"

G_BEGIN_DECLS

typedef enum {
	CF_COLUMN_TEXT,      /* no numbers: names, descriptions, categories */
	CF_COLUMN_OTHER,     /* numbers of mixed or unknown meaning: never summed */
	CF_COLUMN_AMOUNT,    /* money whose role the header does not say */
	CF_COLUMN_BUDGET,    /* 预算, 指标, 计划 … */
	CF_COLUMN_SPENDING,  /* 支出, 执行数, 决算 … */
	CF_COLUMN_COUNT,     /* 人数, 个数 … */
	CF_COLUMN_MAX_SCORE, /* 分值: the points an item is worth */
	CF_COLUMN_SCORE,     /* 得分: the points it got */
	CF_COLUMN_RATE,      /* 执行率, 完成率, 比例: percentages, never summed */
} CfColumnRole;

typedef struct {
	CfColumnRole role;
	gboolean part;      /* a 其中 column: a part of @parent */
	gint parent;        /* the column a 其中 column is part of, or -1 */
	gboolean initial;   /* 年初 (the budget as first approved), not 全年/调整后 */
	char *key;          /* the meaning compared across tables: "budget", "budget/part" … */
	const char *label;  /* the header text (borrowed from the table) */
} CfColumnInfo;

typedef enum {
	CF_ROW_ITEM,     /* an item row */
	CF_ROW_HEADER,   /* column titles */
	CF_ROW_TOTAL,    /* 合计/总计/总分: covers the item rows (or the 小计 rows) */
	CF_ROW_SUBTOTAL, /* 小计: covers the item rows since the previous total */
	CF_ROW_DETAIL,   /* 其中 …: a part of the row @parent, not an item of its own */
	CF_ROW_EMPTY,    /* no text and no number */
} CfRowKind;

typedef struct {
	CfRowKind kind;
	gint parent;      /* CF_ROW_DETAIL: the row detailed, else -1 */
	char *name;       /* normalised item name, or NULL */
	char *category;   /* normalised category (项目类型), or NULL */
	gboolean open;    /* its 其中 rows may go on in unmarked rows: totals over it are unsure */
	gboolean whole;   /* a first row named as a whole (年度资金总额) followed by 其中 rows:
	                   * a TOTAL over the rows after it, yet an item in other respects
	                   * (its 分值 in a 自评表) */
	gboolean grand;   /* a 总计 row: covers a 合计 row above it and the rows after that (a
	                   * 决算's 总计 = 本年收入合计 + 年初结转和结余) */
	gint up;          /* an item row whose subject code (科目编码) extends an earlier item
	                   * row's: that row (20805 under 208, 2080505 under 20805), else -1.
	                   * A total covers only the rows without one; a row is the sum of the
	                   * rows just under it */
	guint line;
	CfHeadingStyle style; /* the numbering its first text opens with (二、收入合计), or NONE */
} CfRowInfo;

typedef struct {
	guint index;            /* among the context's tables (CfClaim.table) */
	const CfTable *table;
	const CfBlock *block;
	guint block_index;      /* in document->blocks */
	CfColumnInfo *columns;  /* n_columns */
	CfRowInfo *rows;        /* table->rows->len */
	gint name_column;       /* the column holding item names, or -1 */
	gint category_column;   /* the 类型/类别 column, or -1 */
	char *item_noun;        /* what the rows are, from the name header: "项目", or NULL */
	guint n_items;          /* CF_ROW_ITEM rows */
	gboolean coded;         /* some item row is under another by subject code (CfRowInfo.up) */
	gboolean averages;      /* its caption or its rows above the figures say the figures are
	                         * averages (院均总收入情况, 人均): a 合计 row is no sum of the rows */
	const char *funds;      /* the funds its caption limits it to ("财政拨款", "一般公共预算"
	                         * …), "" for all funds, NULL when it has no caption: tables of
	                         * other funds are no siblings (static) */
} CfTableModel;

/* Two tables keyed by the same item names: rows_b[i] is the row of b matching row i of a,
 * or -1.  complete when every item of each table has its match in the other. */
typedef struct {
	guint a, b;
	gint *rows_b;
	guint n_matched;
	gboolean complete;
} CfSiblingPair;

/* A paragraph introducing a table, and the claims it states (borrowed). */
typedef struct {
	guint table;
	GPtrArray *claims; /* const CfClaim*, the prose claims of the introducing paragraphs */
} CfTableIntro;

struct CfTableSet {
	CfCheckContext *context;
	GPtrArray *models;   /* CfTableModel*, one per context table */
	GArray *groups;      /* guint per table: tables of one group (consecutive blocks) share it */
	GPtrArray *siblings; /* CfSiblingPair* */
	GPtrArray *intros;   /* CfTableIntro* */
};

/* Reads every table of @context.  Never fails; free with cf_table_set_free(). */
CfTableSet *cf_table_set_new(CfCheckContext *context);
void cf_table_set_free(CfTableSet *set);

/* The table set of @context, read on first use and kept until the context is cleared: the
 * table families share one (borrowed).  The set only reads what context_init() indexed
 * before the families run, so every family sees the same models. */
CfTableSet *cf_check_table_set(CfCheckContext *context);

/* The role a header gives a column, before looking at its numbers: "预算金额/指标总额" →
 * BUDGET, "执行率" → RATE; @part receives whether it is a 其中 column, @initial whether 年初.
 * Exposed for tests. */
CfColumnRole cf_column_role_from_label(const char *label, gboolean *part, gboolean *initial);

/* cf_column_role_from_label() of a non-NULL @label, remembered per thread (at most
 * CF_CHECK_ROLE_MEMO_MAX_LABELS labels, then started over): the table set's reading of a
 * column header.  A test holds it against the function it remembers. */
#define CF_CHECK_ROLE_MEMO_MAX_LABELS 65536
CfColumnRole cf_check_table_column_role_cached(const char *label, gboolean *part,
					       gboolean *initial);

/* @text without spaces, line breaks and surrounding punctuation: the key rows are matched
 * by across tables.  Returns a new string (possibly empty). */
char *cf_table_normalise_name(const char *text);

/* TRUE when cf_table_normalise_name() of the first @length bytes of @text (to a NUL) is not
 * empty: when a character that is neither a space nor punctuation is there.  Without
 * copying. */
gboolean cf_table_text_has_name(const char *text, gsize length);

/* Whether cell column @column of @row is blank: no cell, spaces, or a dash or slash (— - /),
 * which a table prints for zero or for "does not apply". */
gboolean cf_table_cell_is_blank(const CfDocument *doc, const CfRow *row, guint column);

/* The claim of a numeric cell: a value claim, or a malformed one; NULL when the cell holds
 * no number (or several). */
const CfClaim *cf_table_cell_claim(const CfTableSet *set, guint table, guint row, guint column);

/* A term for the number in a cell, with its column's precision.  A malformed cell (4,95)
 * is read as its sibling's figure when the sibling table has the same item in a column of
 * the same meaning and that figure is one of its readings (495); otherwise NULL, and so is
 * a cell without a number.  @sibling receives the sibling claim that resolved it (or NULL). */
CfTerm *cf_table_cell_term(const CfTableSet *set, guint table, guint row, guint column,
			   const CfClaim **sibling);

/* Whether @info is a column of 执行率 (a rate whose label says 执行率: 执行率, 预算执行率（%）). */
gboolean cf_table_column_is_execution_rate(const CfColumnInfo *info);

/* The first non-part column of @role in @model, or -1. */
gint cf_table_model_find_column(const CfTableModel *model, CfColumnRole role);

/* The row of @model's item rows covered by total row @row: an array of guint (new).  Rows
 * under another by subject code are left out: their sum is in the row they are under. */
GArray *cf_table_model_covered_rows(const CfTableModel *model, guint row);

/* How many item rows total row @row of @model covers: with those of the 小计 rows it covers,
 * and of the 合计 a 总计 covers. */
guint cf_table_model_covered_items(const CfTableModel *model, guint row);

/* TRUE when row @row of @model is an item not under another item by subject code: what a
 * total of the whole table adds up. */
gboolean cf_table_model_is_top_item(const CfTableModel *model, guint row);

/* How a message names row @r of @model: its item name, else "row at line N" written into
 * @fallback (@size bytes). */
const char *cf_table_model_row_label(const CfTableModel *model, guint r, char *fallback,
				     gsize size);

/* The introduction of table @table, or NULL. */
const CfTableIntro *cf_table_set_intro(const CfTableSet *set, guint table);

/* The sibling pair holding @table as a or b, or NULL; the first one when several. */
const CfSiblingPair *cf_table_set_sibling(const CfTableSet *set, guint table);

/* The role a prose label names ("项目支出预算" → BUDGET, "实际支出" → SPENDING): the
 * keyword that ends last decides.  CF_COLUMN_TEXT when none. */
CfColumnRole cf_table_role_of_words(const char *label);

/* The text of a cell, normalised (cf_table_normalise_name), or NULL when absent. */
char *cf_table_cell_text(const CfTableSet *set, guint table, guint row, guint column);

/* A short human name of a column for messages: its header's last part ("指标总额"). */
const char *cf_table_column_name(const CfTableModel *model, guint column);

/* The prose amount introducing @table that states the total of its column of @role
 * (BUDGET or SPENDING), and that column.  Defined in cf-check-prose-table.c. */
gboolean cf_prose_table_total_claim(const CfTableSet *set, guint table, CfColumnRole role,
				    const CfClaim **claim, gint *column);

G_END_DECLS
