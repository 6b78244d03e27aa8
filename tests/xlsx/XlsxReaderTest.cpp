// The XLSX reader: what it reads from a sheet, and what it refuses, with messages naming file, sheet and cell.
#include "XlsxTestSupport.h"

#include "io/SheetReader.h"
#include "io/XlsxReader.h"
#include "model/Decimal.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace xlsxtest;
using par::XlsxLimits;
using par::XlsxReader;

namespace {

par::Result<par::CsvTable> read(const QByteArray& bytes, const QString& sheet = QString(),
                                const XlsxLimits& limits = XlsxLimits())
{
    return XlsxReader::read(bytes, QStringLiteral("book.xlsx"), sheet, limits);
}

// The refusal message, or a failure when the workbook was accepted.
std::string refusal(const par::Result<par::CsvTable>& result)
{
    EXPECT_FALSE(result.ok()) << "accepted";
    return result.ok() ? std::string() : result.error().message.toStdString();
}

QByteArray repeated(const QByteArray& unit, int times)
{
    QByteArray out;
    out.reserve(unit.size() * times);
    for (int i = 0; i < times; ++i)
        out += unit;
    return out;
}

} // namespace

TEST(XlsxReader, ReadsStringsNumbersBooleansAndBlanks)
{
    const QByteArray strings = sharedStrings({
        "Đơn vị",
        "<r><rPr><b/></rPr><t>Sở </t></r><r><t xml:space=\"preserve\">Nội vụ</t></r>"
        "<rPh sb=\"0\" eb=\"1\"><t>PHONETIC</t></rPh>",
        "1.1",
        "Sở Tư pháp",
    });
    const QByteArray rows = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>2</v></c>"
                            "<c r=\"C1\" t=\"inlineStr\"><is><t>total</t></is></c></row>"
                            // A formatted but empty row is no row at all, like a blank CSV line.
                            "<row r=\"2\"><c r=\"A2\" s=\"0\"/><c r=\"B2\" s=\"0\"/></row>"
                            "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>1</v></c><c r=\"B3\"><v>2.75</v></c>"
                            "<c r=\"C3\" t=\"b\"><v>1</v></c><c r=\"E3\" s=\"0\"/></row>"
                            // Cells without references follow one another.
                            "<row r=\"7\"><c t=\"s\"><v>3</v></c><c/><c><v>3</v></c></row>";
    auto table = read(oneSheet(rows, strings));
    ASSERT_TRUE(table.ok()) << table.error().message.toStdString();
    EXPECT_EQ(table->fileName, QStringLiteral("book.xlsx, sheet \"Sheet1\""));
    ASSERT_EQ(table->rows.size(), 3);
    EXPECT_EQ(table->lines, (QList<int> {1, 3, 7}));
    EXPECT_EQ(table->rows[0], (QStringList {QStringLiteral("Đơn vị"), QStringLiteral("1.1"), QStringLiteral("total")}));
    EXPECT_EQ(table->rows[1],
              (QStringList {QStringLiteral("Sở Nội vụ"), QStringLiteral("2.75"), QStringLiteral("TRUE")}));
    EXPECT_EQ(table->rows[2], (QStringList {QStringLiteral("Sở Tư pháp"), QString(), QStringLiteral("3")}));
}

TEST(XlsxReader, NumbersBecomeTheDecimalThatWasTyped)
{
    // Excel writes the shortest text that gives back the double, sometimes with 17 digits.
    EXPECT_EQ(XlsxReader::decimalText(u"74.620000000000005"), QStringLiteral("74.62"));
    EXPECT_EQ(XlsxReader::decimalText(u"17.51922"), QStringLiteral("17.51922"));
    EXPECT_EQ(XlsxReader::decimalText(u"17.519220000000001"), QStringLiteral("17.51922"));
    EXPECT_EQ(XlsxReader::decimalText(u"47.429900000000004"), QStringLiteral("47.4299"));
    // A formula's binary noise is not what Excel shows.
    EXPECT_EQ(XlsxReader::decimalText(u"0.30000000000000004"), QStringLiteral("0.3"));
    EXPECT_EQ(XlsxReader::decimalText(u"7.4801999999999991"), QStringLiteral("7.4802"));
    // libxlsxwriter and others use exponents for small and large numbers.
    EXPECT_EQ(XlsxReader::decimalText(u"1E-05"), QStringLiteral("0.00001"));
    EXPECT_EQ(XlsxReader::decimalText(u"1.5E+2"), QStringLiteral("150"));
    EXPECT_EQ(XlsxReader::decimalText(u"12"), QStringLiteral("12"));
    EXPECT_EQ(XlsxReader::decimalText(u"-0"), QStringLiteral("0"));
    EXPECT_EQ(XlsxReader::decimalText(u"-3.25"), QStringLiteral("-3.25"));
    EXPECT_EQ(XlsxReader::decimalText(u"999999999.999999"), QStringLiteral("999999999.999999"));
    // A percentage shown as 79.87% is stored as 0.7987 (nearest double 0.79869999999999997).
    EXPECT_EQ(XlsxReader::decimalText(u"0.79869999999999997", true), QStringLiteral("79.87"));
    EXPECT_EQ(XlsxReader::decimalText(u"1", true), QStringLiteral("100"));
    // Not a number, or beyond any score: left for the importer to refuse with the file's own text.
    EXPECT_EQ(XlsxReader::decimalText(u"1E+300"), QStringLiteral("1E+300"));
    EXPECT_EQ(XlsxReader::decimalText(u"abc"), QStringLiteral("abc"));
    EXPECT_EQ(XlsxReader::decimalText(u"inf"), QStringLiteral("inf"));
    EXPECT_EQ(XlsxReader::decimalText(u"1,5"), QStringLiteral("1,5"));

    // Every value a Decimal holds survives double and back: 9 integer and 6 fraction digits are 15 digits.
    QRandomGenerator random(20190701);
    for (int i = 0; i < 20000; ++i) {
        const qint64 micro = qint64(random.bounded(1'000'000'000)) * 1'000'000 + random.bounded(1'000'000);
        const par::Decimal d = par::Decimal::fromMicro(micro);
        const double v = double(micro) / 1e6;
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, "%.17g", v);
        const auto back = par::Decimal::parse(XlsxReader::decimalText(QString::fromLatin1(buffer)));
        ASSERT_TRUE(back.ok()) << buffer;
        ASSERT_EQ(back->micro(), micro) << buffer << " from " << d.toString().toStdString();
    }

    auto table = read(oneSheet("<row r=\"1\"><c r=\"A1\"><v>74.620000000000005</v></c><c r=\"B1\"><v>1E-05</v></c>"
                               "<c r=\"C1\" t=\"n\"><v>17.51922</v></c></row>"));
    ASSERT_TRUE(table.ok()) << table.error().message.toStdString();
    EXPECT_EQ(table->rows[0],
              (QStringList {QStringLiteral("74.62"), QStringLiteral("0.00001"), QStringLiteral("17.51922")}));
}

TEST(XlsxReader, PercentagesAreReadAsShown)
{
    const QByteArray styles
        = "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
          "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"0.0%\"/>"
          "<numFmt numFmtId=\"165\" formatCode=\"0.00&quot; %&quot;\"/></numFmts>"
          "<cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"10\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/>"
          "</cellXfs></styleSheet>";
    auto table = read(oneSheet("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>0.79869999999999997</v></c>"
                               "<c r=\"B1\" s=\"2\"><v>0.904</v></c><c r=\"C1\" s=\"3\"><v>62.21</v></c>"
                               "<c r=\"D1\" s=\"0\"><v>9.6697</v></c><c r=\"E1\" s=\"99\"><v>1</v></c></row>",
                               {}, styles));
    ASSERT_TRUE(table.ok()) << table.error().message.toStdString();
    // A '%' inside quotes is literal text, not a percentage format.
    EXPECT_EQ(table->rows[0],
              (QStringList {QStringLiteral("79.87"), QStringLiteral("90.4"), QStringLiteral("62.21"),
                            QStringLiteral("9.6697"), QStringLiteral("1")}));
}

TEST(XlsxReader, TextWithADecimalCommaStaysTextForTheImporter)
{
    auto table = read(oneSheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
                               "<c r=\"B1\" t=\"inlineStr\"><is><t>17,51922</t></is></c></row>",
                               sharedStrings({"74,62"})));
    ASSERT_TRUE(table.ok()) << table.error().message.toStdString();
    EXPECT_EQ(table->rows[0], (QStringList {QStringLiteral("74,62"), QStringLiteral("17,51922")}));
    EXPECT_EQ(par::Decimal::parse(table->rows[0][0])->toString(), QStringLiteral("74.62"));
    EXPECT_EQ(par::Decimal::parse(table->rows[0][1])->toString(), QStringLiteral("17.51922"));
}

TEST(XlsxReader, MergedCellsKeepOnlyTheirFirstCell)
{
    // LibreOffice can keep hidden content in the covered cells of a merge; Excel shows only the first.
    const QByteArray rows
        = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Đơn vị</t></is></c>"
          "<c r=\"B1\" t=\"inlineStr\"><is><t>1.1</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>hidden</t></is></c>"
          "<c r=\"D1\" t=\"inlineStr\"><is><t>1.2</t></is></c></row>"
          "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>Sở Nội vụ</t></is></c><c r=\"B2\"><v>2</v></c>"
          "<c r=\"D2\"><v>3</v></c></row>"
          "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>also hidden</t></is></c><c r=\"B3\"><v>1</v></c></row>";
    auto table = read(oneSheet(rows, {}, {},
                               "<mergeCells count=\"3\"><mergeCell ref=\"B1:C1\"/><mergeCell ref=\"A2:A3\"/>"
                               "<mergeCell ref=\"Z9\"/></mergeCells>"));
    ASSERT_TRUE(table.ok()) << table.error().message.toStdString();
    ASSERT_EQ(table->rows.size(), 3);
    EXPECT_EQ(table->rows[0],
              (QStringList {QStringLiteral("Đơn vị"), QStringLiteral("1.1"), QString(), QStringLiteral("1.2")}));
    EXPECT_EQ(table->rows[1],
              (QStringList {QStringLiteral("Sở Nội vụ"), QStringLiteral("2"), QString(), QStringLiteral("3")}));
    EXPECT_EQ(table->rows[2], (QStringList {QString(), QStringLiteral("1")}));
}

TEST(XlsxReader, DecodesEscapesAndNormalisesText)
{
    // "Sở" written decomposed (o + horn + hook) must match the composed name stored in the database.
    const QString decomposed = QStringLiteral("So\u031B\u0309 Nội vụ");
    auto table
        = read(oneSheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Dòng_x000A_hai</t></is></c>"
                        "<c r=\"B1\" t=\"inlineStr\"><is><t>_x005F_x0041_</t></is></c>"
                        "<c r=\"C1\" t=\"inlineStr\"><is><t>"
                        + decomposed.toUtf8() + "</t></is></c><c r=\"D1\" t=\"str\"><f>A1</f><v>x</v></c></row>"));
    ASSERT_TRUE(table.ok()) << table.error().message.toStdString();
    EXPECT_EQ(table->rows[0],
              (QStringList {QStringLiteral("Dòng\nhai"), QStringLiteral("_x0041_"), QStringLiteral("Sở Nội vụ"),
                            QStringLiteral("x")}));
}

TEST(XlsxReader, ChoosesTheSheetByNameOrTheFirstVisible)
{
    const QByteArray book = workbook({
        {QStringLiteral("Ẩn"), worksheet("<row r=\"1\"><c t=\"inlineStr\"><is><t>hidden</t></is></c></row>"),
         QStringLiteral("hidden")},
        {QStringLiteral("Điểm"), worksheet("<row r=\"1\"><c t=\"inlineStr\"><is><t>scores</t></is></c></row>"),
         QString()},
        {QStringLiteral("Tiêu chí"), worksheet("<row r=\"1\"><c t=\"inlineStr\"><is><t>criteria</t></is></c></row>"),
         QString()},
    });
    auto first = read(book);
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    EXPECT_EQ(first->rows[0][0], QStringLiteral("scores"));
    auto named = read(book, QStringLiteral("TIÊU CHÍ"));
    ASSERT_TRUE(named.ok()) << named.error().message.toStdString();
    EXPECT_EQ(named->rows[0][0], QStringLiteral("criteria"));
    EXPECT_EQ(named->fileName, QStringLiteral("book.xlsx, sheet \"Tiêu chí\""));
    auto hidden = read(book, QStringLiteral("Ẩn"));
    ASSERT_TRUE(hidden.ok());
    EXPECT_EQ(hidden->rows[0][0], QStringLiteral("hidden"));

    EXPECT_EQ(refusal(read(book, QStringLiteral("Scores"))),
              "book.xlsx: there is no sheet named \"Scores\"; the workbook has \"Ẩn\", \"Điểm\", \"Tiêu chí\"");
    auto names = XlsxReader::sheetNames(book, QStringLiteral("book.xlsx"));
    ASSERT_TRUE(names.ok());
    EXPECT_EQ(names.value(), (QStringList {QStringLiteral("Ẩn"), QStringLiteral("Điểm"), QStringLiteral("Tiêu chí")}));
}

TEST(XlsxReader, RefusesWhatIsNotAWorkbook)
{
    EXPECT_EQ(refusal(read(QByteArrayLiteral("Đơn vị,1.1\nSở Nội vụ,2\n"))),
              "book.xlsx: this is not an Excel workbook (.xlsx): it is not a zip container");
    EXPECT_NE(refusal(read(QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") + QByteArray(600, '\0')))
                  .find("Excel 97-2003 (.xls)"),
              std::string::npos);
    EXPECT_NE(refusal(read(zipOf({{QStringLiteral("mimetype"),
                                   QByteArrayLiteral("application/vnd.oasis.opendocument.spreadsheet"), true},
                                  {QStringLiteral("content.xml"), QByteArrayLiteral("<office:document-content/>")}})))
                  .find("OpenDocument spreadsheet (.ods)"),
              std::string::npos);
    EXPECT_NE(refusal(read(zipOf({{QStringLiteral("readme.txt"), QByteArrayLiteral("hello")}})))
                  .find("holds no Excel workbook"),
              std::string::npos);
    EXPECT_NE(refusal(read(QByteArrayLiteral("PK\x05\x06") + QByteArray(18, '\0'))).find("holds no Excel workbook"),
              std::string::npos);
}

TEST(XlsxReader, RefusesEveryTruncationWithoutCrashing)
{
    const QByteArray book
        = oneSheet("<row r=\"1\"><c t=\"inlineStr\"><is><t>Đơn vị</t></is></c>"
                   "<c t=\"inlineStr\"><is><t>1.1</t></is></c></row>"
                   "<row r=\"2\"><c t=\"inlineStr\"><is><t>Sở Nội vụ</t></is></c><c><v>2.5</v></c></row>");
    ASSERT_TRUE(read(book).ok());
    for (qsizetype length = 0; length < book.size(); ++length) {
        auto table = read(book.left(length));
        ASSERT_FALSE(table.ok()) << "accepted a workbook cut at " << length << " of " << book.size();
        EXPECT_TRUE(table.error().message.startsWith(QStringLiteral("book.xlsx")));
        EXPECT_EQ(table.error().kind, par::Error::Input);
    }
    EXPECT_NE(refusal(read(book.left(book.size() - 30))).find("damaged or truncated"), std::string::npos);
}

TEST(XlsxReader, RefusesMissingAndBrokenParts)
{
    QList<Entry> entries = workbookEntries({{QStringLiteral("Điểm"), worksheet("<row r=\"1\"/>"), QString()}});
    entries.removeIf([](const Entry& e) { return e.name == QLatin1String("xl/worksheets/sheet1.xml"); });
    EXPECT_EQ(refusal(read(zipOf(entries))),
              "book.xlsx, sheet \"Điểm\": the sheet's part xl/worksheets/sheet1.xml is missing (damaged file)");

    const std::string xmlError = refusal(read(oneSheet("<row r=\"1\"><c r=\"A1\"><v>1</v></row>")));
    EXPECT_NE(xmlError.find("book.xlsx, sheet \"Sheet1\": the part xl/worksheets/sheet1.xml is not well-formed XML"),
              std::string::npos)
        << xmlError;
    EXPECT_NE(xmlError.find("line 2"), std::string::npos) << xmlError;

    const std::string dtd = refusal(read(workbook({{QStringLiteral("Sheet1"),
                                                    "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY a "
                                                    "\"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                                                    "<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>&b;</t>"
                                                    "</is></c></row></sheetData></worksheet>",
                                                    QString()}})));
    EXPECT_NE(dtd.find("declares a DTD"), std::string::npos) << dtd;

    QList<Entry> badWorkbook = workbookEntries({{QStringLiteral("S"), worksheet("<row r=\"1\"/>"), QString()}});
    badWorkbook[1].data = "<workbook><sheets><sheet name=\"S\"";
    EXPECT_NE(refusal(read(zipOf(badWorkbook))).find("book.xlsx: the part xl/workbook.xml is not well-formed XML"),
              std::string::npos);

    QList<Entry> noRelation = workbookEntries({{QStringLiteral("S"), worksheet("<row r=\"1\"/>"), QString()}});
    noRelation[2].data = "<Relationships/>";
    EXPECT_EQ(refusal(read(zipOf(noRelation))),
              "book.xlsx, sheet \"S\": the workbook does not say where the sheet is (damaged file)");
}

TEST(XlsxReader, RefusesBadCellsNamingTheCell)
{
    EXPECT_EQ(refusal(read(oneSheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"
                                    "<row r=\"7\"><c r=\"B7\" t=\"e\"><v>#N/A</v></c></row>"))),
              "book.xlsx, sheet \"Sheet1\", cell B7: the cell holds the error value #N/A; correct the formula or "
              "clear the cell");
    EXPECT_NE(refusal(read(oneSheet("<row r=\"2\"><c r=\"C2\"><f>SUM(A2:B2)</f></c></row>")))
                  .find("cell C2: the cell holds a formula whose result was never computed"),
              std::string::npos);
    EXPECT_NE(refusal(read(oneSheet("<row r=\"2\"><c r=\"C2\"><f>SUM(A2:B2)</f><v></v></c></row>")))
                  .find("cell C2: the cell holds a formula whose result was never computed"),
              std::string::npos);
    EXPECT_EQ(refusal(read(oneSheet("<row r=\"3\"><c r=\"AA3\" t=\"s\"><v>5</v></c></row>", sharedStrings({"x"})))),
              "book.xlsx, sheet \"Sheet1\", cell AA3: the cell refers to shared text 5, but the workbook has 1 "
              "(damaged file)");
    EXPECT_NE(refusal(read(oneSheet("<row r=\"3\"><c r=\"A3\" t=\"s\"><v>0</v></c></row>")))
                  .find("cell A3: the cell refers to shared text 0, but the workbook has 0"),
              std::string::npos);
    EXPECT_EQ(refusal(read(oneSheet("<row r=\"4\"><c r=\"B4\"><v>1</v></c><c r=\"B4\"><v>2</v></c></row>"))),
              "book.xlsx, sheet \"Sheet1\", cell B4: the cell appears twice or out of order");
    EXPECT_EQ(refusal(read(oneSheet("<row r=\"4\"><c r=\"B5\"><v>1</v></c></row>"))),
              "book.xlsx, sheet \"Sheet1\": row 4 holds a cell named \"B5\" (damaged file)");
    EXPECT_EQ(refusal(read(oneSheet("<row r=\"4\"><c r=\"XFE4\"><v>1</v></c></row>"))),
              "book.xlsx, sheet \"Sheet1\": row 4 holds a cell named \"XFE4\" (damaged file)");
    EXPECT_EQ(refusal(read(oneSheet("<row r=\"5\"/><row r=\"5\"/>"))),
              "book.xlsx, sheet \"Sheet1\": row 5 comes after row 5 (damaged file)");
    EXPECT_EQ(refusal(read(oneSheet("<row r=\"1048577\"><c><v>1</v></c></row>"))),
              "book.xlsx, sheet \"Sheet1\": row number \"1048577\" is not valid (damaged file)");
    EXPECT_EQ(refusal(read(oneSheet("<row r=\"1\"><c r=\"A1\" t=\"x\"><v>1</v></c></row>"))),
              "book.xlsx, sheet \"Sheet1\", cell A1: the cell has an unknown type \"x\"");
    EXPECT_EQ(refusal(read(oneSheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>", {}, {},
                                    "<mergeCells><mergeCell ref=\"A1:ZZZZ2\"/></mergeCells>"))),
              "book.xlsx, sheet \"Sheet1\": the merged range \"A1:ZZZZ2\" is not valid (damaged file)");
    EXPECT_EQ(refusal(read(oneSheet("<row r=\"1\"/>"))), "book.xlsx, sheet \"Sheet1\": the sheet is empty");
}

TEST(XlsxReader, RefusesHugeCellsAndSheets)
{
    // A cell of 1 MiB + 1 characters, as inline text, as shared text and as a number's text. Random letters, so
    // that the part does not compress like a zip bomb.
    QByteArray huge(par::CsvReader::MaxFieldLength + 1, 'x');
    QRandomGenerator letters(1);
    for (char& c : huge)
        c = char('a' + letters.bounded(26));
    EXPECT_EQ(refusal(read(oneSheet("<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"B2\" t=\"inlineStr\"><is><t>" + huge
                                    + "</t></is></c></row>"))),
              "book.xlsx, sheet \"Sheet1\", cell B2: a cell holds more than 1048576 characters");
    EXPECT_EQ(refusal(read(oneSheet("<row r=\"9\"><c r=\"C9\"><v>" + huge + "</v></c></row>"))),
              "book.xlsx, sheet \"Sheet1\", cell C9: a cell holds more than 1048576 characters");
    EXPECT_EQ(refusal(read(oneSheet(
                  "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>",
                  sharedStrings({"<r><t>" + huge.left(600000) + "</t></r><r><t>" + huge.left(600000) + "</t></r>"})))),
              "book.xlsx: a cell holds more than 1048576 characters");
    // Exactly 1 MiB is accepted.
    auto limit = read(oneSheet("<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>" + huge.left(huge.size() - 1)
                               + "</t></is></c></row>"));
    ASSERT_TRUE(limit.ok()) << limit.error().message.toStdString();
    EXPECT_EQ(limit->rows[0][1].size(), par::CsvReader::MaxFieldLength);

    XlsxLimits small;
    small.maxRows = 100;
    QByteArray rows;
    for (int r = 1; r <= 101; ++r)
        rows += "<row r=\"" + QByteArray::number(r) + "\"><c><v>" + QByteArray::number(r) + "</v></c></row>";
    EXPECT_EQ(refusal(read(oneSheet(rows), QString(), small)),
              "book.xlsx, sheet \"Sheet1\": the sheet has more than 100 rows");
    EXPECT_TRUE(read(oneSheet(rows)).ok());

    // A value far to the right makes a row as wide as the sheet: counted, and refused past the limit.
    XlsxLimits cells;
    cells.maxCells = 100'000;
    EXPECT_EQ(refusal(read(oneSheet(repeated("<row><c r=\"XFD1\"><v>1</v></c></row>", 1)
                                    + "<row r=\"2\"><c r=\"XFD2\"><v>1</v></c></row>"
                                      "<row r=\"3\"><c r=\"XFD3\"><v>1</v></c></row>"
                                      "<row r=\"4\"><c r=\"XFD4\"><v>1</v></c></row>"
                                      "<row r=\"5\"><c r=\"XFD5\"><v>1</v></c></row>"
                                      "<row r=\"6\"><c r=\"XFD6\"><v>1</v></c></row>"
                                      "<row r=\"7\"><c r=\"XFD7\"><v>1</v></c></row>"),
                           QString(), cells)),
              "book.xlsx, sheet \"Sheet1\": the sheet has more than 100000 cells");

    // Tall merged ranges over many rows: bounded work.
    XlsxLimits merges;
    merges.maxMergeWork = 10'000;
    QByteArray many;
    for (int r = 1; r <= 2000; ++r)
        many += "<row r=\"" + QByteArray::number(r) + "\"><c><v>1</v></c></row>";
    QByteArray ranges = "<mergeCells>";
    for (int c = 0; c < 20; ++c)
        ranges += "<mergeCell ref=\"" + XlsxReader::cellName(c, 1).toLatin1() + ":"
            + XlsxReader::cellName(c, 1048576).toLatin1() + "\"/>";
    ranges += "</mergeCells>";
    EXPECT_EQ(refusal(read(oneSheet(many, {}, {}, ranges), QString(), merges)),
              "book.xlsx, sheet \"Sheet1\": the sheet's merged ranges cover too many cells");
}

TEST(XlsxReader, RefusesZipBombs)
{
    // 20 MB of the same bytes deflate to some 20 kB: refused before it is inflated, on the sizes it claims.
    QElapsedTimer timer;
    timer.start();
    const QByteArray bomb = workbook({{QStringLiteral("Sheet1"), QByteArray(20 * 1024 * 1024, ' '), QString()}});
    ASSERT_LT(bomb.size(), 200 * 1024);
    EXPECT_EQ(refusal(read(bomb)),
              "book.xlsx, sheet \"Sheet1\": the part xl/worksheets/sheet1.xml expands more "
              "than 200 times when unpacked (a zip bomb?); refused");
    // The same when the sizes in the archive lie: bytes are counted as they are inflated. The claimed sizes are
    // patched in the local header (offset 22) and the central directory (offset 24) of the sheet's entry.
    QByteArray lying = bomb;
    const QByteArray name = "xl/worksheets/sheet1.xml";
    for (const auto& [signature, offset] :
         {std::pair {QByteArrayLiteral("PK\x03\x04"), 22}, std::pair {QByteArrayLiteral("PK\x01\x02"), 24}}) {
        for (qsizetype at = lying.indexOf(signature); at >= 0; at = lying.indexOf(signature, at + 4)) {
            const qsizetype nameAt = at + (signature[2] == 3 ? 30 : 46);
            if (lying.mid(nameAt, name.size()) == name)
                lying.replace(at + offset, 4, QByteArray("\x00\x10\x00\x00", 4)); // 1 MiB
        }
    }
    auto lied = read(lying);
    ASSERT_FALSE(lied.ok());
    EXPECT_TRUE(lied.error().message.startsWith(QStringLiteral("book.xlsx, sheet \"Sheet1\": ")))
        << lied.error().message.toStdString();

    // Many parts, each below the ratio, together above the total.
    XlsxLimits total;
    total.maxUncompressed = 2 * 1024 * 1024;
    QByteArray rows;
    QRandomGenerator random(7);
    for (int r = 1; r <= 80000; ++r)
        rows += "<row r=\"" + QByteArray::number(r) + "\"><c><v>" + QByteArray::number(random.generate())
            + "</v></c></row>";
    EXPECT_EQ(refusal(read(oneSheet(rows), QString(), total)),
              "book.xlsx, sheet \"Sheet1\": the workbook expands to more than 2 MB when unpacked (a zip bomb?); "
              "refused");
    EXPECT_LT(timer.elapsed(), 30'000);
}

TEST(XlsxReader, RandomDamageIsRefusedOrReadNeverCrashes)
{
    QByteArray rows = "<row r=\"1\"><c t=\"s\"><v>0</v></c><c t=\"s\"><v>1</v></c><c t=\"inlineStr\"><is><t>1.2</t>"
                      "</is></c></row>";
    for (int r = 2; r <= 30; ++r)
        rows += "<row r=\"" + QByteArray::number(r) + "\"><c t=\"s\"><v>2</v></c><c s=\"1\"><v>" + QByteArray::number(r)
            + ".25</v></c><c><v>1E-2</v></c></row>";
    const QByteArray styles = "<styleSheet><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"10\"/></cellXfs></styleSheet>";
    const QList<Entry> plain = workbookEntries(
        {{QStringLiteral("Sheet1"), worksheet(rows, "<mergeCells><mergeCell ref=\"A1:A2\"/></mergeCells>"), QString()}},
        sharedStrings({"Đơn vị", "1.1", "Sở Nội vụ"}), styles);
    QList<Entry> stored = plain;
    for (Entry& e : stored)
        e.store = true; // damage then hits the XML itself, not only the deflate stream
    QRandomGenerator random(42);
    int accepted = 0;
    for (const QByteArray& book : {zipOf(plain), zipOf(stored)}) {
        ASSERT_TRUE(read(book).ok());
        for (int i = 0; i < 1500; ++i) {
            QByteArray damaged = book;
            const int flips = 1 + int(random.bounded(4));
            for (int f = 0; f < flips; ++f)
                damaged[random.bounded(int(damaged.size()))] = char(random.bounded(256));
            auto table = read(damaged);
            if (table.ok())
                ++accepted;
            else
                EXPECT_TRUE(table.error().message.startsWith(QStringLiteral("book.xlsx")));
        }
    }
    // Most damage is caught by the zip's checksums; what is left is either refused or read as some table.
    EXPECT_LT(accepted, 3000);
}

TEST(XlsxReader, CorpusOfMalformedFilesIsRefused)
{
    const QDir corpus(QStringLiteral(PARINDEX_XLSX_CORPUS));
    const QStringList files = corpus.entryList({QStringLiteral("*.xlsx")}, QDir::Files, QDir::Name);
    ASSERT_GE(files.size(), 8);
    QFile expectations(corpus.filePath(QStringLiteral("expected.tsv")));
    ASSERT_TRUE(expectations.open(QIODevice::ReadOnly));
    QHash<QString, QString> expected;
    for (const QByteArray& line : expectations.readAll().split('\n')) {
        const QList<QByteArray> parts = line.split('\t');
        if (parts.size() == 2)
            expected.insert(QString::fromUtf8(parts[0]), QString::fromUtf8(parts[1]));
    }
    for (const QString& name : files) {
        auto table = par::SheetReader::readFile(corpus.filePath(name));
        ASSERT_FALSE(table.ok()) << name.toStdString() << " was accepted";
        EXPECT_EQ(table.error().kind, par::Error::Input);
        EXPECT_TRUE(table.error().message.startsWith(name)) << table.error().message.toStdString();
        ASSERT_TRUE(expected.contains(name)) << name.toStdString() << " has no line in expected.tsv";
        EXPECT_TRUE(table.error().message.contains(expected.value(name)))
            << name.toStdString() << ": " << table.error().message.toStdString();
    }
}
