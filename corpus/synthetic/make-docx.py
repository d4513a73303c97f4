#!/usr/bin/env python3
"""Writes corpus/synthetic/2024-yunfeng-sports-project.docx, a SYNTHETIC report (see README.md).

The .docx is committed; this script is how it was made, so that it can be read and remade:
    python3 corpus/synthetic/make-docx.py
It writes WordprocessingML as Word does where crossfoot's reader has something to get right:
a figure split over several runs (Word cuts runs at every edit), a tracked deletion holding an
old figure, a line break inside a paragraph, a tab, an entity (&amp;), a table whose title row
spans the grid (w:gridSpan), a label merged down two rows (w:vMerge), a row that leaves out its
first cell (w:gridBefore), and a drawing's text box with its fallback copy (mc:Fallback).
The zip entries carry a fixed date, so the file is the same on every run."""
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "2024-yunfeng-sports-project.docx")

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
WPS = 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'


def run(text):
    return '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % escape(text)


def para(*parts):
    """A paragraph of runs: a string is a run; ("del", s) a tracked deletion; ("ins", s) a
    tracked insertion; ("br",) a line break; ("tab",) a tab; ("box", s) a text box."""
    xml = []
    for p in parts:
        if isinstance(p, str):
            xml.append(run(p))
        elif p[0] == "del":
            xml.append('<w:del w:id="1" w:author="审核"><w:r><w:delText>%s</w:delText></w:r></w:del>'
                       % escape(p[1]))
        elif p[0] == "ins":
            xml.append('<w:ins w:id="2" w:author="审核">%s</w:ins>' % run(p[1]))
        elif p[0] == "br":
            xml.append("<w:r><w:br/></w:r>")
        elif p[0] == "tab":
            xml.append("<w:r><w:tab/></w:r>")
        elif p[0] == "box":
            box = '<w:txbxContent><w:p>%s</w:p></w:txbxContent>' % run(p[1])
            xml.append('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
                       '<wps:txbx>%s</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict>'
                       '<v:textbox xmlns:v="urn:schemas-microsoft-com:vml">%s</v:textbox>'
                       '</w:pict></mc:Fallback></mc:AlternateContent></w:r>' % (box, box))
    return "<w:p>%s</w:p>" % "".join(xml)


def cell(text, span=1, vmerge=None):
    props = ""
    if span > 1:
        props += '<w:gridSpan w:val="%d"/>' % span
    if vmerge == "restart":
        props += '<w:vMerge w:val="restart"/>'
    elif vmerge == "continue":
        props += "<w:vMerge/>"
    paragraphs = text if isinstance(text, list) else [text]
    body = "".join(para(*(t if isinstance(t, tuple) else (t,))) for t in paragraphs)
    return "<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>" % (props, body)


def row(*cells, before=0):
    props = '<w:trPr><w:gridBefore w:val="%d"/></w:trPr>' % before if before else ""
    return "<w:tr>%s%s</w:tr>" % (props, "".join(cells))


def table(*rows):
    return "<w:tbl><w:tblGrid/>%s</w:tbl>" % "".join(rows)


body = [
    para("示例市云峰区体育局2024年度项目支出绩效自评报告"),
    para("（全民健身设施建设项目）"),
    para("一、项目基本情况"),
    para("（一）项目概况"),
    para("全民健身设施建设项目由示例市云峰区体育局实施，", ("br",),
         "2024年在全区新建和改造健身场地。"),
    para("（二）项目资金情况"),
    # 年初预算 splits over runs; a tracked deletion holds the old figure
    para("2024年项目年初预算", "3", "20", ".00万元，全年预算",
         ("del", "300.00"), ("ins", "320.00"), "万元，全年执行", "288.00", "万元，预算执行率为",
         "92.50%。资金来源：财政拨款320.00万元。"),
    para("二、绩效目标完成情况"),
    para("（一）产出指标"),
    para("1.", ("tab",), "新建社区健身路径40条，改造健身场地12处，共计完成场地建设52个。"),
    para("2.新建篮球场8片，占新建场地的20%。"),
    para("（二）效益指标"),
    para("健身设施覆盖行政村（社区）比例达到95%，群众满意度为96%。"),
    para("三、资金使用情况"),
    para("资金使用明细表"),
    para("单位：万元"),
    table(
        row(cell("全民健身设施建设项目资金使用明细", span=4)),
        row(cell("类别"), cell("子项目"), cell("预算数"), cell("执行数")),
        row(cell("场地建设", vmerge="restart"), cell("社区健身路径"), cell("160.00"),
            cell("150.00")),
        row(cell("", vmerge="continue"), cell("篮球场"), cell("96.00"), cell("90.00")),
        row(cell("设施改造"), cell("健身场地改造"), cell("64.00"), cell("58.00")),
        row(cell("合计", span=2), cell("320.00"), cell("296.00")),
    ),
    para("绩效自评表"),
    table(
        row(cell("一级指标"), cell("分值"), cell("得分")),
        row(cell("决策"), cell("15"), cell("15")),
        row(cell("过程"), cell("25"), cell("23")),
        row(cell("产出"), cell("40"), cell("38")),
        row(cell("效益"), cell("20"), cell("19")),
        row(cell(["合", "计"]), cell("100"), cell("95")),
    ),
    para("四、自评结论"),
    para(("box", "云峰区体育局"), "项目自评得分95分，评价等级为“优”。",
         "管理 & 监督到位。"),
    para("五、存在的问题"),
    para("部分场地建设进度滞后于计划。"),
]

DOCUMENT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:document %s %s %s><w:body>%s<w:sectPr/></w:body></w:document>'
            % (W, MC, WPS, "".join(body)))

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')

RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>')

with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in (("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS),
                       ("word/document.xml", DOCUMENT)):
        info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, data.encode("utf-8"))
print(OUT)
