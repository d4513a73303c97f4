#!/usr/bin/env python3
"""Writes corpus/synthetic/2024-yunfeng-sports-self-evaluation.xlsx, a SYNTHETIC 自评表 (see
README.md), the Excel companion of 2024-yunfeng-sports-project.docx.

The .xlsx is committed; this script is how it was made, so that it can be read and remade:
    python3 corpus/synthetic/make-xlsx.py
It writes SpreadsheetML as Excel does where crossfoot's reader has something to get right:
text in the shared string table (one string in two formatted runs, one with a phonetic
reading that is not shown), an inline string, numbers stored bare and shown through their
number format (#,##0.00; 0.00% and 0% on fractions; 会计专用 with a dash for zero; a date
serial in yyyy年m月d日), formulas with their cached results, merged ranges, a line break and an
_x000D_ escape inside a cell, a hidden column, and an empty sheet.
The zip entries carry a fixed date, so the file is the same on every run."""
import os
import zipfile
from xml.sax.saxutils import escape, quoteattr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "2024-yunfeng-sports-self-evaluation.xlsx")
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

# cell styles (cellXfs, by index): the number format each shows
GENERAL, AMOUNT, PERCENT2, PERCENT0, ACCOUNTING, DATE = range(6)
CELL_FORMATS = [0, 4, 10, 9, 43, 31]  # General, #,##0.00, 0.00%, 0%, 会计专用, yyyy年m月d日

strings = []  # the shared string table: plain text, or a tuple of runs


class Stored(str):
    """A number as Excel stores the double it computed: 0.9 may be 0.90000000000000002."""


def shared(text):
    if text not in strings:
        strings.append(text)
    return strings.index(text)


def cell(ref, value, style=GENERAL, formula=None, inline=False):
    """A cell: a str is text (shared, or inline); a number is stored bare, shown through
    its style's number format; a formula keeps its cached value."""
    s = ' s="%d"' % style if style else ""
    f = "<f>%s</f>" % escape(formula) if formula else ""
    if isinstance(value, Stored):
        return '<c r="%s"%s>%s<v>%s</v></c>' % (ref, s, f, value)
    if isinstance(value, (str, tuple)) and inline:
        return '<c r="%s"%s t="inlineStr"><is><t>%s</t></is></c>' % (ref, s, escape(value))
    if isinstance(value, (str, tuple)):
        return '<c r="%s"%s t="s">%s<v>%d</v></c>' % (ref, s, f, shared(value))
    return '<c r="%s"%s>%s<v>%s</v></c>' % (ref, s, f, value)


def sheet(rows, merges=(), cols=""):
    """rows: {row number: [cells]}, written in order."""
    data = "".join('<row r="%d">%s</row>' % (r, "".join(cells)) for r, cells in sorted(rows.items()))
    merge = ('<mergeCells count="%d">%s</mergeCells>'
             % (len(merges), "".join('<mergeCell ref="%s"/>' % m for m in merges))) if merges else ""
    return (HEAD + '<worksheet %s %s>%s<sheetData>%s</sheetData>%s</worksheet>'
            % (NS, R_NS, cols, data, merge))


DASH = "—"
self_evaluation = sheet({
    1: [cell("A1", "示例市云峰区体育局2024年度项目支出绩效自评表")],
    2: [cell("A2", "（2024年度）")],
    3: [cell("A3", "项目名称"), cell("B3", "全民健身设施建设项目")],
    4: [cell("A4", "主管部门"), cell("B4", "示例市云峰区体育局"), cell("E4", "实施单位"),
        cell("F4", "示例市云峰区体育局")],
    5: [cell("A5", "项目资金（万元）"), cell("C5", "年初预算数"), cell("D5", "全年预算数"),
        cell("E5", "全年执行数"), cell("F5", "分值"), cell("G5", "执行率"), cell("H5", "得分")],
    6: [cell("B6", "年度资金总额"), cell("C6", 320, AMOUNT, "C7+C8+C9"),
        cell("D6", 320, AMOUNT, "D7+D8+D9"), cell("E6", 288, AMOUNT, "E7+E8+E9"), cell("F6", 10),
        cell("G6", Stored("0.90000000000000002"), PERCENT2, "E6/D6"), cell("H6", 9, GENERAL, "F6*G6")],
    7: [cell("B7", "其中：当年财政拨款"), cell("C7", 320, AMOUNT), cell("D7", 320, AMOUNT),
        cell("E7", 288, AMOUNT), cell("F7", DASH), cell("G7", DASH), cell("H7", DASH)],
    8: [cell("B8", "上年结转资金"), cell("C8", 0, ACCOUNTING), cell("D8", 0, ACCOUNTING),
        cell("E8", 0, ACCOUNTING), cell("F8", DASH), cell("G8", DASH), cell("H8", DASH)],
    9: [cell("B9", "其他资金"), cell("C9", 0, ACCOUNTING), cell("D9", 0, ACCOUNTING),
        cell("E9", 0, ACCOUNTING), cell("F9", DASH), cell("G9", DASH), cell("H9", DASH)],
    10: [cell("A10", "年度总体目标"), cell("B10", "预期目标"), cell("F10", "实际完成情况")],
    11: [cell("B11", "新建社区健身路径40条，改造健身场地12处。"),
         cell("F11", "新建社区健身路径40条，改造健身场地12处，已全部完成。")],
    12: [cell("A12", "绩效指标"), cell("B12", "一级指标"), cell("C12", "二级指标"),
         cell("D12", "三级指标"), cell("E12", "年度指标值"), cell("F12", "实际完成值"),
         cell("G12", "分值"), cell("H12", "得分"), cell("I12", "偏差原因分析及改进措施")],
    13: [cell("B13", "产出指标"), cell("C13", "数量指标"), cell("D13", "新建社区健身路径"),
         cell("E13", "40条"), cell("F13", "40条"), cell("G13", 20), cell("H13", 20)],
    14: [cell("D14", "改造健身场地"), cell("E14", "12处"), cell("F14", "12处"),
         cell("G14", 20), cell("H14", 20)],
    15: [cell("C15", "时效指标"), cell("D15", "按期完工率"), cell("E15", 1, PERCENT0),
         cell("F15", Stored("0.84999999999999998"), PERCENT0), cell("G15", 20), cell("H15", 16),
         cell("I15", "部分场地建设进度滞后_x000D_\n将加强施工调度", inline=True)],
    16: [cell("B16", "效益指标"), cell("C16", "社会效益指标"),
         cell("D16", "健身设施覆盖行政村（社区）比例"), cell("E16", "≥90%"),
         cell("F16", 0.95, PERCENT0), cell("G16", 20), cell("H16", 20)],
    17: [cell("B17", ("满意度", "指标")), cell("C17", "服务对象满意度指标"),
         cell("D17", "群众满意度"), cell("E17", "≥90%"), cell("F17", 0.96, PERCENT0),
         cell("G17", 10), cell("H17", 10)],
    18: [cell("A18", "总分"), cell("G18", 100, GENERAL, "F6+SUM(G13:G17)"), cell("H18", 96)],
    20: [cell("A20", "填报日期"), cell("B20", 45672, DATE)],
}, merges=("A1:I1", "A2:I2", "B3:I3", "B4:D4", "F4:I4", "A5:A9", "A5:B5", "A10:A11", "B10:E10",
           "F10:I10", "B11:E11", "F11:I11", "A12:A17", "B13:B15", "C13:C14", "A18:F18"),
   cols='<cols><col min="10" max="10" width="0" hidden="1"/></cols>')

funds = sheet({
    1: [cell("A1", "全民健身设施建设项目资金使用明细")],
    2: [cell("A2", "单位：万元")],
    3: [cell("A3", "类别"), cell("B3", "子项目"), cell("C3", "预算数"), cell("D3", "执行数")],
    4: [cell("A4", "场地建设"), cell("B4", "社区健身路径"), cell("C4", 160, AMOUNT),
        cell("D4", 150, AMOUNT)],
    5: [cell("B5", "篮球场"), cell("C5", 96, AMOUNT), cell("D5", 90, AMOUNT)],
    6: [cell("A6", "设施改造"), cell("B6", "健身场地改造"), cell("C6", 64, AMOUNT),
        cell("D6", 48, AMOUNT)],
    7: [cell("A7", "合计"), cell("C7", 320, AMOUNT, "SUM(C4:C6)"),
        cell("D7", 288, AMOUNT, "SUM(D4:D6)")],
}, merges=("A1:D1", "A4:A5", "A7:B7"))

empty = sheet({})


def string_item(value):
    if isinstance(value, tuple):  # formatted runs, the last with a phonetic reading
        runs = "".join('<r><rPr><b/></rPr><t>%s</t></r>' % escape(v) for v in value)
        return '<si>%s<rPh sb="0" eb="2"><t>マンゾクド</t></rPh></si>' % runs
    space = ' xml:space="preserve"' if value != value.strip() else ""
    return "<si><t%s>%s</t></si>" % (space, escape(value))


def shared_strings():
    return (HEAD + '<sst %s count="%d" uniqueCount="%d">%s</sst>'
            % (NS, len(strings), len(strings), "".join(string_item(s) for s in strings)))


STYLES = (HEAD + '<styleSheet %s><numFmts count="0"/><fonts count="1"><font/></fonts>'
          '<fills count="1"><fill/></fills><borders count="1"><border/></borders>'
          '<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="%d">%s'
          '</cellXfs></styleSheet>'
          % (NS, len(CELL_FORMATS),
             "".join('<xf numFmtId="%d" applyNumberFormat="1"/>' % f for f in CELL_FORMATS)))

WORKBOOK = (HEAD + '<workbook %s %s><workbookPr/><sheets>'
            '<sheet name="自评表" sheetId="1" r:id="rId1"/>'
            '<sheet name="资金明细" sheetId="2" r:id="rId2"/>'
            '<sheet name="Sheet3" sheetId="3" r:id="rId3"/></sheets></workbook>' % (NS, R_NS))

REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
WORKBOOK_RELS = (
    HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    + "".join('<Relationship Id="%s" Type="%s%s" Target=%s/>' % (i, REL, t, quoteattr(target))
              for i, t, target in (("rId1", "worksheet", "worksheets/sheet1.xml"),
                                   ("rId2", "worksheet", "/xl/worksheets/sheet2.xml"),
                                   ("rId3", "worksheet", "worksheets/sheet3.xml"),
                                   ("rId4", "styles", "styles.xml"),
                                   ("rId5", "sharedStrings", "sharedStrings.xml")))
    + "</Relationships>")

CONTENT_TYPES = (
    HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>')

RELS = (
    HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="%sofficeDocument" Target="xl/workbook.xml"/></Relationships>'
    % REL)

# the sheets are written first: they fill the shared string table
parts = [("xl/worksheets/sheet1.xml", self_evaluation), ("xl/worksheets/sheet2.xml", funds),
         ("xl/worksheets/sheet3.xml", empty)]
parts = [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS),
         ("xl/workbook.xml", WORKBOOK), ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS),
         ("xl/styles.xml", STYLES), ("xl/sharedStrings.xml", shared_strings())] + parts

with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in parts:
        info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, data.encode("utf-8"))
print(OUT)
