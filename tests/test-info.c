/* test-info.c — document metadata (title, year, unit with its evidence, kind, each with its
 * line), the unit key that matches a unit written differently, and `crossfoot info`.
 *
 * Seeds are read through the whole pipeline (cf_ingest_file, cf_segment_document); synthetic
 * texts are built here.  The CLI tests spawn $CROSSFOOT_BIN in CROSSFOOT_SOURCE_ROOT. */
#include <string.h>
#include <sys/wait.h>

#include <glib/gstdio.h>

#include "ingest/cf-ingest.h"
#include "segment/cf-segment-private.h"
#include "segment/cf-segment.h"

#include "cf-test-files.h"
#include "cf-test-pipeline.h"
#include "cf-test-random.h"
#include "cf-test-spawn.h"

/* ---- helpers ---- */

static CfDocument *
document_from_string(const char *text)
{
	gsize length = strlen(text);
	CfDocument *doc = cf_document_new("test.txt");
	cf_document_set_text(doc, g_strndup(text, length), length, g_strndup(text, length), length,
			     NULL);
	cf_segment_document(doc);
	return doc;
}

typedef struct {
	const char *name;
	const char *text; /* for synthetic cases; NULL for a seed (name is its prefix) */
	const char *title;
	guint title_line;
	int year;
	guint year_line;
	const char *unit;
	guint unit_line;
	CfUnitSource source;
	const char *evidence;
	const char *key;
	const char *kind;
	guint kind_line;
} MetadataCase;

static void
assert_metadata(const CfDocument *doc, const MetadataCase *c)
{
	const CfMetadata *m = &doc->metadata;
	g_assert_cmpstr(m->title, ==, c->title);
	g_assert_cmpuint(m->title_line, ==, c->title_line);
	g_assert_cmpint(m->year, ==, c->year);
	g_assert_cmpuint(m->year_line, ==, c->year_line);
	g_assert_cmpstr(m->unit, ==, c->unit);
	g_assert_cmpuint(m->unit_line, ==, c->unit_line);
	g_assert_cmpint(m->unit_source, ==, c->source);
	g_assert_cmpstr(m->unit_evidence, ==, c->evidence);
	g_autofree char *key = cf_metadata_unit_key(m->unit);
	g_assert_cmpstr(key, ==, c->key);
	g_assert_cmpstr(m->kind, ==, c->kind);
	g_assert_cmpuint(m->kind_line, ==, c->kind_line);
}

/* ---- the seeds ---- */

static const MetadataCase seed_cases[] = {
	{"000", NULL, "2022年重点项目绩效自评结果情况说明", 3, 2022, 3, "开福区", 51,
	 CF_UNIT_SOURCE_INFERRED,
	 "开福区 named 3 times (first at line 51), 我区/本区 2 times; no department named for itself",
	 "开福区", "项目支出绩效自评", 3},
	{"001", NULL, "2020年重点项目绩效评价结果情况说明", 2, 2020, 2, "开福区组织部", 132,
	 CF_UNIT_SOURCE_INFERRED,
	 "开福区 named 8 times (first at line 341), 我区/本区 3 times; 组织部 named for itself at "
	 "line 132",
	 "开福区/组织部", "重点项目绩效评价", 2},
	{"002", NULL, "2022年度区委组织部部门整体支出绩效评价报告", 1, 2022, 1,
	 "中共长沙市雨花区委组织部", 6, CF_UNIT_SOURCE_STATEMENT, "named as the subject of a sentence",
	 "雨花区/组织部", "部门整体支出绩效评价", 1},
	{"003", NULL, "2022年度中共益阳市委组织部业务工作开展专项资金绩效自评报告", 1, 2022, 1,
	 "中共益阳市委组织部", 1, CF_UNIT_SOURCE_TITLE, "named in the title", "益阳市/组织部",
	 "专项资金绩效自评", 2},
	/* no title: the year from 本单位2024年度, the kind from the outline's first heading, the
	 * place from the documents it issued (《屈原管理区…》) */
	{"004", NULL, NULL, 0, 2024, 2, "屈原管理区委组织部", 3, CF_UNIT_SOURCE_INFERRED,
	 "屈原管理区 named 4 times (first at line 18); 组织部 named for itself at line 3, written "
	 "区委组织部 at line 11",
	 "屈原管理区/组织部", "项目支出绩效自评", 1},
};

static void
test_seed(gconstpointer data)
{
	const MetadataCase *c = data;
	g_autoptr(CfDocument) doc = cf_test_document_from_seed(c->name);
	assert_metadata(doc, c);
}

/* The two 开福区 reports, two years apart, are one unit's; the others are not. */
static void
test_seed_units_match(void)
{
	const char *seeds[] = {"000", "001", "002", "003", "004"};
	char *keys[G_N_ELEMENTS(seeds)];
	for (guint i = 0; i < G_N_ELEMENTS(seeds); i++) {
		g_autoptr(CfDocument) doc = cf_test_document_from_seed(seeds[i]);
		keys[i] = cf_metadata_unit_key(doc->metadata.unit);
	}
	for (guint i = 0; i < G_N_ELEMENTS(seeds); i++)
		for (guint j = 0; j < G_N_ELEMENTS(seeds); j++)
			g_assert_cmpint(cf_metadata_unit_keys_match(keys[i], keys[j]), ==,
					i == j || (i < 2 && j < 2));
	for (guint i = 0; i < G_N_ELEMENTS(seeds); i++)
		g_free(keys[i]);
}

/* ---- synthetic texts ---- */

#define NO_UNIT NULL, 0, CF_UNIT_SOURCE_NONE, NULL, NULL

static const MetadataCase text_cases[] = {
	/* a report that names no unit: unknown, however clear the rest is */
	{"no-unit", "2023年度项目支出绩效自评报告\n一、项目支出基本情况\n本单位2023年度项目支出100万元。\n",
	 "2023年度项目支出绩效自评报告", 1, 2023, 1, NO_UNIT, "项目支出绩效自评", 1},
	/* the department above the report's unit: written with the level, but the report never
	 * calls itself 本部/我部 */
	{"department-above",
	 "我区出台《望城区人才新政》。\n望城区人才工作在区委组织部的指导下推进。\n", NULL, 0, 0, 0,
	 "望城区", 1, CF_UNIT_SOURCE_INFERRED,
	 "望城区 named 2 times (first at line 1), 我区/本区 1 times; no department named for itself",
	 "望城区", NULL, 0},
	/* a department with no place names no one unit */
	{"department-without-place", "区委组织部是区委的职能部门。我区组织工作…\n", NULL, 0, 0, 0,
	 NO_UNIT, NULL, 0},
	/* the place of the report's own level, named in 《…》 and counted everywhere */
	{"place-only",
	 "一、概况\n我区出台《望城区人才新政》。\n望城区人才工作成效明显，在省委组织部指导下推进。\n",
	 NULL, 0, 0, 0, "望城区", 2, CF_UNIT_SOURCE_INFERRED,
	 "望城区 named 2 times (first at line 2), 我区/本区 1 times; no department named for itself",
	 "望城区", NULL, 0},
	/* the department of the report's level (区委宣传部) joins the place; 省委组织部 does not */
	{"place-and-department",
	 "我区制定《长沙市望城区宣传工作办法》。\n望城区宣传工作…省委组织部指导。\n本部项目由区委宣传部具体实施。\n",
	 NULL, 0, 0, 0, "望城区委宣传部", 3, CF_UNIT_SOURCE_INFERRED,
	 "望城区 named 2 times (first at line 1), 我区/本区 1 times; 宣传部 named for itself at line 3, "
	 "written 区委宣传部 at line 3",
	 "望城区/宣传部", NULL, 0},
	/* a place named once is not enough */
	{"place-once", "我区出台《望城区人才新政》。\n", NULL, 0, 0, 0, NO_UNIT, NULL, 0},
	/* two places of the level named as often: no reading wins */
	{"place-tie", "我区学习《望城区办法》《岳麓区办法》。\n望城区、岳麓区共同推进。\n", NULL, 0, 0, 0,
	 NO_UNIT, NULL, 0},
	/* words of a level that name no one place */
	{"generic-place", "我区出台《高新区办法》。\n高新区建设…高新区。\n", NULL, 0, 0, 0, NO_UNIT, NULL,
	 0},
	/* 我县 but only a 区 named: the levels disagree */
	{"level-mismatch", "我县出台《望城区办法》。\n望城区…\n", NULL, 0, 0, 0, NO_UNIT, NULL, 0},
	/* titles and their kinds */
	{"kind-final-accounts", "2022年部门决算说明\n", "2022年部门决算说明", 1, 2022, 1, NO_UNIT,
	 "决算说明", 1},
	{"kind-budget", "2023年部门预算公开说明\n", "2023年部门预算公开说明", 1, 2023, 1, NO_UNIT,
	 "预算说明", 1},
	{"kind-self-evaluation-table", "2023年度项目支出绩效自评表\n", "2023年度项目支出绩效自评表", 1,
	 2023, 1, NO_UNIT, "绩效自评表", 1},
	{"kind-department-self", "中共某某县委宣传部2023年度部门整体支出绩效自评报告\n",
	 "中共某某县委宣传部2023年度部门整体支出绩效自评报告", 1, 2023, 1, "中共某某县委宣传部", 1,
	 CF_UNIT_SOURCE_TITLE, "named in the title", "某某县/宣传部", "部门整体支出绩效自评", 1},
	{"kind-special-fund-evaluation", "益阳市人才专项资金绩效评价报告\n",
	 "益阳市人才专项资金绩效评价报告", 1, 0, 0, NO_UNIT, "专项资金绩效评价", 1},
	/* a title with none of the kinds' words: unknown, and no outline fallback */
	{"kind-unknown-title", "关于加强管理的报告\n一、项目支出基本情况\n", "关于加强管理的报告", 1, 0,
	 0, NO_UNIT, NULL, 0},
	/* the kind's words on the second line of a two-line title */
	{"kind-two-line-title", "2022年度中共某某市委组织部\n干部教育专项资金绩效自评报告\n",
	 "2022年度中共某某市委组织部干部教育专项资金绩效自评报告", 1, 2022, 1, "中共某某市委组织部",
	 1, CF_UNIT_SOURCE_TITLE, "named in the title", "某某市/组织部", "专项资金绩效自评", 2},
	/* no title, an outline that is no template's */
	{"kind-no-title", "一、部门概况\n内容。\n", NULL, 0, 0, 0, NO_UNIT, NULL, 0},
	{"empty", "", NULL, 0, 0, 0, NO_UNIT, NULL, 0},
};

static void
test_text(gconstpointer data)
{
	const MetadataCase *c = data;
	g_autoptr(CfDocument) doc = document_from_string(c->text);
	assert_metadata(doc, c);
}

/* ---- the unit key ---- */

static const struct {
	const char *unit;
	const char *key;
} key_cases[] = {
	{"中共长沙市雨花区委组织部", "雨花区/组织部"},
	{"雨花区委组织部", "雨花区/组织部"},
	{"雨花区组织部", "雨花区/组织部"},
	{"中国共产党益阳市委员会组织部", "益阳市/组织部"},
	{"中共 益阳市委 组织部", "益阳市/组织部"},
	{"中共益阳市委", "益阳市/委"},
	{"开福区", "开福区"},
	{"区委组织部", "/区委组织部"},
	{"长沙市市场监督管理局", "长沙市/市场监督管理局"},
	{"湖南省长沙市人民政府办公厅", "长沙市/政府办公厅"},
	{"屈原管理区委组织部", "屈原管理区/组织部"},
	{"长沙市委政法委", "长沙市/政法委"},
	/* every kind of space or line end is compacted away; other bytes are kept as they are */
	{"雨花区委\n组织部", "雨花区/组织部"},
	{"雨花区\xC2\xA0组织部\r", "雨花区/组织部"},
	{"雨花区\xE3\x80\x80委组织部\t", "雨花区/组织部"},
	{"雨花区委组织部\xE3\x80\x81", "雨花区/组织部\xE3\x80\x81"},
	{"Abc Def局", "/Abc Def局"},
	{"", "/"},
};

static void
test_key(void)
{
	for (guint i = 0; i < G_N_ELEMENTS(key_cases); i++) {
		g_autofree char *key = cf_metadata_unit_key(key_cases[i].unit);
		g_assert_cmpstr(key, ==, key_cases[i].key);
	}
	g_assert_null(cf_metadata_unit_key(NULL));
}

static void
test_key_match(void)
{
	g_assert_true(cf_metadata_unit_keys_match("开福区", "开福区/组织部"));
	g_assert_true(cf_metadata_unit_keys_match("开福区/组织部", "开福区"));
	g_assert_true(cf_metadata_unit_keys_match("雨花区/组织部", "雨花区/组织部"));
	g_assert_false(cf_metadata_unit_keys_match("开福区", "雨花区/组织部"));
	g_assert_false(cf_metadata_unit_keys_match("开福区/组织部", "开福区/宣传部"));
	g_assert_false(cf_metadata_unit_keys_match("开福区", "雨花区"));
	g_assert_false(cf_metadata_unit_keys_match("区委组织部", "/区委组织部"));
	g_assert_false(cf_metadata_unit_keys_match("开福", "开福区/组织部"));
	g_assert_false(cf_metadata_unit_keys_match(NULL, "开福区"));
	g_assert_false(cf_metadata_unit_keys_match(NULL, NULL));
}

/* ---- crossfoot info ---- */

/* Runs crossfoot with @args in the source root; returns its exit status (it must exit). */
static int
run_cli(const char *const *args, char **out, char **err)
{
	Run r = {0};
	run_argv(&r, NULL, args);
	g_assert_cmpint(r.status, !=, -1);
	*out = r.out;
	*err = r.err;
	return r.status;
}

#define SEED_000 "corpus/000_6a5162211be4bb34.txt"
#define SEED_003 "corpus/003_df0ca8b0b5b2e082.txt"

static void
test_cli_text(void)
{
	/* the order of the arguments does not matter: the output is sorted by path */
	const char *args[] = {"info", SEED_003, SEED_000, NULL};
	g_autofree char *out = NULL, *err = NULL;
	g_assert_cmpint(run_cli(args, &out, &err), ==, 0);
	g_assert_cmpstr(err, ==, "");
	g_assert_cmpstr(out, ==,
			SEED_000 "\n"
			"  encoding: UTF-8\n"
			"  title: 2022年重点项目绩效自评结果情况说明 (line 3)\n"
			"  year: 2022 (line 3)\n"
			"  unit: 开福区 (line 51, inferred: 开福区 named 3 times (first at line 51), "
			"我区/本区 2 times; no department named for itself; key 开福区)\n"
			"  kind: 项目支出绩效自评 (line 3)\n"
			"\n" SEED_003 "\n"
			"  encoding: UTF-8\n"
			"  title: 2022年度中共益阳市委组织部业务工作开展专项资金绩效自评报告 (line 1)\n"
			"  year: 2022 (line 1)\n"
			"  unit: 中共益阳市委组织部 (line 1, named in the title; key 益阳市/组织部)\n"
			"  kind: 专项资金绩效自评 (line 2)\n"
			"\n");
}

static void
test_cli_json(void)
{
	const char *args[] = {"info", "--format", "json", SEED_000, SEED_003, NULL};
	g_autofree char *out = NULL, *err = NULL;
	g_assert_cmpint(run_cli(args, &out, &err), ==, 0);
	g_assert_cmpstr(err, ==, "");
	g_assert_cmpstr(
		out, ==,
		"[\n"
		"  {\"path\":\"" SEED_000 "\",\"encoding\":\"UTF-8\","
		"\"title\":\"2022年重点项目绩效自评结果情况说明\",\"title_line\":3,\"year\":2022,"
		"\"year_line\":3,\"unit\":\"开福区\",\"unit_line\":51,\"unit_source\":\"inferred\","
		"\"unit_evidence\":\"开福区 named 3 times (first at line 51), 我区/本区 2 times; no "
		"department named for itself\",\"unit_key\":\"开福区\",\"kind\":\"项目支出绩效自评\","
		"\"kind_line\":3},\n"
		"  {\"path\":\"" SEED_003 "\",\"encoding\":\"UTF-8\","
		"\"title\":\"2022年度中共益阳市委组织部业务工作开展专项资金绩效自评报告\","
		"\"title_line\":1,\"year\":2022,\"year_line\":1,\"unit\":\"中共益阳市委组织部\","
		"\"unit_line\":1,\"unit_source\":\"title\",\"unit_evidence\":\"named in the title\","
		"\"unit_key\":\"益阳市/组织部\",\"kind\":\"专项资金绩效自评\",\"kind_line\":2}\n"
		"]\n");
}

/* unknown fields are null in JSON and "unknown" in text */
static void
test_cli_unknown(void)
{
	g_autofree char *dir = g_dir_make_tmp("crossfoot-info-XXXXXX", NULL);
	g_assert_nonnull(dir);
	g_autofree char *path = g_build_filename(dir, "plain.txt", NULL);
	g_assert_true(g_file_set_contents(path, "正文没有标题。\n", -1, NULL));
	const char *text_args[] = {"info", path, NULL};
	g_autofree char *out = NULL, *err = NULL;
	g_assert_cmpint(run_cli(text_args, &out, &err), ==, 0);
	g_autofree char *want = g_strdup_printf("%s\n  encoding: UTF-8\n  title: unknown\n"
						"  year: unknown\n  unit: unknown\n  kind: unknown\n\n",
						path);
	g_assert_cmpstr(out, ==, want);
	const char *json_args[] = {"info", "-f", "json", path, NULL};
	g_autofree char *json = NULL, *json_err = NULL;
	g_assert_cmpint(run_cli(json_args, &json, &json_err), ==, 0);
	g_autofree char *json_want = g_strdup_printf(
		"[\n  {\"path\":\"%s\",\"encoding\":\"UTF-8\",\"title\":null,\"title_line\":null,"
		"\"year\":null,\"year_line\":null,\"unit\":null,\"unit_line\":null,"
		"\"unit_source\":null,\"unit_evidence\":null,\"unit_key\":null,\"kind\":null,"
		"\"kind_line\":null}\n]\n",
		path);
	g_assert_cmpstr(json, ==, json_want);
	g_remove(path);
	g_rmdir(dir);
}

/* a path that cannot be read is one line on stderr, exit 2, and the others are still listed */
static void
test_cli_errors(void)
{
	const char *args[] = {"info", "-f", "json", "corpus/missing.txt", NULL};
	g_autofree char *out = NULL, *err = NULL;
	g_assert_cmpint(run_cli(args, &out, &err), ==, 2);
	g_assert_cmpstr(out, ==, "[]\n");
	g_assert_true(g_str_has_prefix(err, "crossfoot: cannot read 'corpus/missing.txt'"));
	const char *format_args[] = {"info", "--format", "xml", SEED_000, NULL};
	g_autofree char *out2 = NULL, *err2 = NULL;
	g_assert_cmpint(run_cli(format_args, &out2, &err2), ==, 2);
	g_assert_cmpstr(out2, ==, "");
	g_assert_cmpstr(err2, ==,
			"crossfoot: unknown format 'xml', expected text or json (try 'crossfoot "
			"--help')\n");
	/* info reads no lexicon and writes no colour: those options are not taken */
	const char *color_args[] = {"info", "--color", "always", SEED_000, NULL};
	g_autofree char *out3 = NULL, *err3 = NULL;
	g_assert_cmpint(run_cli(color_args, &out3, &err3), ==, 2);
	g_assert_cmpstr(err3, ==, "crossfoot: unknown option '--color' (try 'crossfoot --help')\n");
}

/* the same report saved as GB18030 gives the same metadata, and says how it was decoded */
static void
test_cli_gb18030(void)
{
	g_autofree char *source = g_build_filename(source_root(), SEED_003, NULL);
	g_autofree char *utf8 = NULL;
	gsize length = 0;
	g_assert_true(g_file_get_contents(source, &utf8, &length, NULL));
	gsize written = 0;
	g_autofree char *gb = g_convert(utf8, (gssize)length, "GB18030", "UTF-8", NULL, &written,
					NULL);
	g_assert_nonnull(gb);
	g_autofree char *dir = g_dir_make_tmp("crossfoot-info-XXXXXX", NULL);
	g_autofree char *path = g_build_filename(dir, "gb.txt", NULL);
	g_assert_true(g_file_set_contents(path, gb, (gssize)written, NULL));
	const char *args[] = {"info", path, NULL};
	g_autofree char *out = NULL, *err = NULL;
	g_assert_cmpint(run_cli(args, &out, &err), ==, 0);
	g_autofree char *want = g_strdup_printf(
		"%s\n"
		"  encoding: GB18030\n"
		"  title: 2022年度中共益阳市委组织部业务工作开展专项资金绩效自评报告 (line 1)\n"
		"  year: 2022 (line 1)\n"
		"  unit: 中共益阳市委组织部 (line 1, named in the title; key 益阳市/组织部)\n"
		"  kind: 专项资金绩效自评 (line 2)\n"
		"\n",
		path);
	g_assert_cmpstr(out, ==, want);
	g_remove(path);
	g_rmdir(dir);
}

/* ---- pathological text: no crash, time linear in the text ---- */

/* a megabyte of anchors, place words and department endings, most of them broken */
static void
test_pathological(void)
{
	static const char *const pieces[] = {"《", "开福区", "我区", "区委组织部", "组织部门", "中共",
					     "市", "2020年", "部", "《2020年", "省委", "区区区"};
	GString *text = g_string_new(NULL);
	for (guint i = 0; text->len < (1u << 20); i++) {
		g_string_append(text, pieces[i % G_N_ELEMENTS(pieces)]);
		if (i % 97 == 0)
			g_string_append_c(text, '\n');
	}
	gint64 start = g_get_monotonic_time();
	g_autoptr(CfDocument) doc = document_from_string(text->str);
	gint64 elapsed = g_get_monotonic_time() - start;
	/* 开福区 is the one place written in bounds; 区委组织部 is written, but the text never
	 * calls itself 本部/我部, nor names it after a year or before its funds */
	g_assert_cmpstr(doc->metadata.unit, ==, "开福区");
	g_assert_cmpint(doc->metadata.unit_source, ==, CF_UNIT_SOURCE_INFERRED);
	/* generous: a quadratic scan takes minutes here */
	g_assert_cmpint(elapsed, <, 10 * G_USEC_PER_SEC);
	g_string_free(text, TRUE);
}

/* ---- text known to be valid UTF-8 (16 or 32 bytes a step) against text that is not ---- */

/* Every field of two readings of the same report's metadata is the same. */
static void
assert_same_metadata(const CfMetadata *a, const CfMetadata *b)
{
	g_assert_cmpstr(a->title, ==, b->title);
	g_assert_cmpuint(a->title_line, ==, b->title_line);
	g_assert_cmpint(a->year, ==, b->year);
	g_assert_cmpuint(a->year_line, ==, b->year_line);
	g_assert_cmpstr(a->unit, ==, b->unit);
	g_assert_cmpuint(a->unit_line, ==, b->unit_line);
	g_assert_cmpint(a->unit_source, ==, b->unit_source);
	g_assert_cmpstr(a->unit_evidence, ==, b->unit_evidence);
	g_assert_cmpstr(a->kind, ==, b->kind);
	g_assert_cmpuint(a->kind_line, ==, b->kind_line);
}

/* The metadata of @text read as the tool reads it (ingest marks it valid UTF-8, and the
 * scan for places and departments reads it 32 bytes a step with AVX2, else 16) and of the
 * same text not known to be valid (read byte by byte): the same. */
static void
assert_same_metadata_either_way(const char *text)
{
	g_autoptr(GError) error = NULL;
	g_autoptr(CfDocument) fast =
		cf_ingest_bytes("test.txt", (const guint8 *)text, strlen(text), NULL, &error);
	g_assert_no_error(error);
	g_assert_true(fast->text_valid_utf8);
	/* the buffers as ingest made them: segmenting may drop line ends from norm */
	g_autoptr(CfDocument) slow = cf_document_new("test.txt");
	cf_document_set_text(slow, g_strndup(fast->text, fast->text_length), fast->text_length,
			     g_strndup(fast->norm, fast->norm_length), fast->norm_length, NULL);
	g_assert_false(slow->text_valid_utf8);
	cf_segment_document(fast);
	cf_segment_document(slow);
	assert_same_metadata(&fast->metadata, &slow->metadata);
}

/* Calls @check on the text of every report in corpus/ that is valid UTF-8 (not the GB18030
 * seeds); returns how many. */
static guint
each_valid_corpus_text(void (*check)(const char *text))
{
	const char *const folders[] = {"corpus"};
	g_autoptr(GPtrArray) paths = cf_test_report_paths(folders, 1);
	guint n = 0;
	for (guint i = 0; i < paths->len; i++) {
		g_autofree char *text = NULL;
		g_assert_true(g_file_get_contents(paths->pdata[i], &text, NULL, NULL));
		if (!g_utf8_validate(text, -1, NULL))
			continue;
		check(text);
		n++;
	}
	return n;
}

static void
test_valid_utf8_corpus(void)
{
	g_assert_cmpuint(each_valid_corpus_text(assert_same_metadata_either_way), >, 0);
}

/* Random texts of places, departments, self words and their near misses, with ASCII,
 * other CJK characters (some sharing a stop's last byte: 马 E9 A9 AC … ; some the block
 * filter's stop classes let through to be read whole: 、 休 不 企) and line ends, at every
 * shift against the 32-byte blocks */
static void
test_valid_utf8_mixed(void)
{
	static const char *const pieces[] = {
		"《", "开福区", "我区", "本区", "区委组织部", "组织部门", "中共", "中国共产党", "市",
		"2020年", "部", "《2020年度", "省委", "区区区", "长沙市", "雨花区", "财政局",
		"宣传部", "总工会", "妇联", "旗", "州", "县", "我部", "项目", "本级", "，", "。",
		"\n", "ab", "12", " ", "的", "是", "为", "马", "\xe3\x80\x80", "工作", "专项",
		"、", "休", "不", "企",
	};
	guint32 state = 11;
	for (guint round = 0; round < 300; round++) {
		g_autoptr(GString) text = g_string_new(NULL);
		for (guint k = 0; k < round % 32; k++)
			g_string_append_c(text, 'x');
		cf_test_append_random_pieces(text, pieces, G_N_ELEMENTS(pieces), 20 + round % 400,
					     &state);
		assert_same_metadata_either_way(text->str);
	}
}

/* The same 16 bytes a step, where the CPU would take 32. */
static void
test_valid_utf8_16(void)
{
	cf_segment_metadata_use_avx2(FALSE);
	test_valid_utf8_corpus();
	test_valid_utf8_mixed();
	cf_segment_metadata_use_avx2(TRUE);
}

/* The metadata of @text with sentences walked for an organisation name only where a
 * 是/为 is in reach, and with every one walked: the same. */
static void
assert_same_metadata_with_follower_filter(const char *text)
{
	g_autoptr(CfDocument) filtered = cf_test_document_from_text("test.txt", text);
	cf_segment_metadata_use_follower_filter(FALSE);
	g_autoptr(CfDocument) walked = cf_test_document_from_text("test.txt", text);
	cf_segment_metadata_use_follower_filter(TRUE);
	assert_same_metadata(&filtered->metadata, &walked->metadata);
}

/* Every corpus report in UTF-8 (the GB18030 seeds are not read here) and random sentences
 * of organisation names, places, departments and followers (是, 为, and characters ending in
 * one of their last bytes: 提 E6 8F 90 … ) at every shift against the 16-byte steps. */
static void
test_follower_filter(void)
{
	each_valid_corpus_text(assert_same_metadata_with_follower_filter);
	static const char *const pieces[] = {
		"中共", "中国共产党", "开福区", "长沙市", "雨花区", "区委组织部", "宣传部", "财政局",
		"委员会", "办公室", "中心", "是", "为", "是是", "因为", "提", "伟", "。", "，", "\n",
		"本单位", "2020年", "ab", "12", " ", "的", "工作", "县", "市", "部", "局",
	};
	guint32 state = 23;
	for (guint round = 0; round < 400; round++) {
		g_autoptr(GString) text = g_string_new(NULL);
		for (guint k = 0; k < round % 16; k++)
			g_string_append_c(text, 'x');
		cf_test_append_random_pieces(text, pieces, G_N_ELEMENTS(pieces), 10 + round % 200,
					     &state);
		assert_same_metadata_with_follower_filter(text->str);
	}
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	for (guint i = 0; i < G_N_ELEMENTS(seed_cases); i++) {
		g_autofree char *path = g_strdup_printf("/info/seed/%s", seed_cases[i].name);
		g_test_add_data_func(path, &seed_cases[i], test_seed);
	}
	g_test_add_func("/info/seed/units-match", test_seed_units_match);
	for (guint i = 0; i < G_N_ELEMENTS(text_cases); i++) {
		g_autofree char *path = g_strdup_printf("/info/text/%s", text_cases[i].name);
		g_test_add_data_func(path, &text_cases[i], test_text);
	}
	g_test_add_func("/info/key/normalise", test_key);
	g_test_add_func("/info/key/match", test_key_match);
	g_test_add_func("/info/cli/text", test_cli_text);
	g_test_add_func("/info/cli/json", test_cli_json);
	g_test_add_func("/info/cli/unknown", test_cli_unknown);
	g_test_add_func("/info/cli/errors", test_cli_errors);
	g_test_add_func("/info/cli/gb18030", test_cli_gb18030);
	g_test_add_func("/info/text/pathological", test_pathological);
	g_test_add_func("/info/statement/follower-filter", test_follower_filter);
	g_test_add_func("/info/valid-utf8/corpus", test_valid_utf8_corpus);
	g_test_add_func("/info/valid-utf8/mixed", test_valid_utf8_mixed);
	g_test_add_func("/info/valid-utf8/16-bytes", test_valid_utf8_16);
	return g_test_run();
}
