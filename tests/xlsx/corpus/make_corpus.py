#!/usr/bin/env python3
"""Writes the small malformed workbooks of this folder and expected.tsv (file, part of the refusal message).

Each file is a few hundred bytes; large and hostile files (zip bombs, huge cells) are made by the tests at run time
instead. Run from anywhere: python3 tests/xlsx/corpus/make_corpus.py
"""
import io
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
REL_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
TYPES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

ROOT_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships '
             'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
             f'Type="{TYPES}officeDocument" Target="xl/workbook.xml"/></Relationships>')


def workbook_xml(sheets):
    items = "".join(f'<sheet name="{name}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, name in enumerate(sheets))
    return f'<?xml version="1.0" encoding="UTF-8"?><workbook {NS} {REL_NS}><sheets>{items}</sheets></workbook>'


def workbook_rels(kinds):
    items = "".join(f'<Relationship Id="rId{i + 1}" Type="{TYPES}{kind}" Target="{target}"/>'
                    for i, (kind, target) in enumerate(kinds))
    return ('<?xml version="1.0" encoding="UTF-8"?><Relationships '
            f'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{items}</Relationships>')


def sheet_xml(rows):
    return f'<?xml version="1.0" encoding="UTF-8"?><worksheet {NS}><sheetData>{rows}</sheetData></worksheet>'


def book(parts):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(2019, 7, 1, 0, 0, 0))  # reproducible bytes
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return buffer.getvalue()


def one_sheet(rows, name="Điểm", extra=()):
    return book([("_rels/.rels", ROOT_RELS), ("xl/workbook.xml", workbook_xml([name])),
                 ("xl/_rels/workbook.xml.rels", workbook_rels([("worksheet", "worksheets/sheet1.xml")])),
                 ("xl/worksheets/sheet1.xml", sheet_xml(rows))] + list(extra))


GOOD_ROWS = ('<row r="1"><c r="A1" t="inlineStr"><is><t>Đơn vị</t></is></c><c r="B1" t="inlineStr"><is><t>1.1</t>'
             '</is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Sở Nội vụ</t></is></c><c r="B2"><v>2.5</v>'
             '</c></row>')

files = {}
good = one_sheet(GOOD_ROWS)
files["truncated.xlsx"] = (good[: len(good) // 2], "damaged or truncated")
files["not_a_zip.xlsx"] = ("Đơn vị,1.1\nSở Nội vụ,2.5\n".encode(), "not a zip container")
files["empty.xlsx"] = (b"", "not a zip container")
files["old_excel.xlsx"] = (b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + bytes(504), "Excel 97-2003 (.xls)")
files["opendocument.xlsx"] = (book([("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
                                    ("content.xml", "<office:document-content/>")]), "OpenDocument")
files["no_workbook.xlsx"] = (book([("hello.txt", "hello")]), "holds no Excel workbook")
files["missing_sheet_part.xlsx"] = (book([("_rels/.rels", ROOT_RELS), ("xl/workbook.xml", workbook_xml(["Điểm"])),
                                          ("xl/_rels/workbook.xml.rels",
                                           workbook_rels([("worksheet", "worksheets/sheet1.xml")]))]),
                                    "is missing (damaged file)")
files["xml_error.xlsx"] = (one_sheet('<row r="1"><c r="A1"><v>1</v></row>'), "is not well-formed XML")
files["dtd_entities.xlsx"] = (book([("_rels/.rels", ROOT_RELS), ("xl/workbook.xml", workbook_xml(["S"])),
                                    ("xl/_rels/workbook.xml.rels",
                                     workbook_rels([("worksheet", "worksheets/sheet1.xml")])),
                                    ("xl/worksheets/sheet1.xml",
                                     '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
                                     '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
                                     '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
                                     f'<worksheet {NS}><sheetData><row><c t="inlineStr"><is><t>&lol3;</t></is></c>'
                                     '</row></sheetData></worksheet>')]), "declares a DTD")
files["error_value.xlsx"] = (one_sheet(GOOD_ROWS.replace('<c r="B2"><v>2.5</v></c>',
                                                         '<c r="B2" t="e"><f>1/0</f><v>#DIV/0!</v></c>')),
                             "cell B2: the cell holds the error value #DIV/0!")
files["formula_without_result.xlsx"] = (one_sheet(GOOD_ROWS.replace('<c r="B2"><v>2.5</v></c>',
                                                                    '<c r="B2"><f>SUM(C2:D2)</f></c>')),
                                        "cell B2: the cell holds a formula whose result was never computed")
files["bad_shared_string.xlsx"] = (one_sheet('<row r="1"><c r="A1" t="s"><v>7</v></c></row>'),
                                   "cell A1: the cell refers to shared text 7")
files["bad_cell_reference.xlsx"] = (one_sheet('<row r="3"><c r="A4"><v>1</v></c></row>'),
                                    "row 3 holds a cell named \"A4\"")
files["row_beyond_excel.xlsx"] = (one_sheet('<row r="2000000"><c><v>1</v></c></row>'),
                                  "row number \"2000000\" is not valid")
files["rows_out_of_order.xlsx"] = (one_sheet('<row r="5"><c><v>1</v></c></row><row r="2"><c><v>1</v></c></row>'),
                                   "row 2 comes after row 5")
files["chart_only.xlsx"] = (book([("_rels/.rels", ROOT_RELS), ("xl/workbook.xml", workbook_xml(["Biểu đồ"])),
                                  ("xl/_rels/workbook.xml.rels",
                                   workbook_rels([("chartsheet", "chartsheets/sheet1.xml")])),
                                  ("xl/chartsheets/sheet1.xml", f"<chartsheet {NS}/>")]),
                            "this sheet is a chartsheet, not a table of cells")
files["empty_sheet.xlsx"] = (one_sheet('<row r="1"><c r="A1" s="0"/></row>'), "the sheet is empty")

with open(os.path.join(HERE, "expected.tsv"), "w", encoding="utf-8") as expected:
    for name in sorted(files):
        data, message = files[name]
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
        expected.write(f"{name}\t{message}\n")
