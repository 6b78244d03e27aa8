// Hostile text in every column the importers (CSV and XLSX) and the forms accept: refused with file, line, column and
// reason (TextRules), and nothing stored.
#include "../core/TestDatabase.h"
#include "../xlsx/XlsxTestSupport.h"
#include "io/SheetReader.h"
#include "storage/FrameworkEditor.h"
#include "storage/ScoreEditor.h"
#include "storage/UnitEditor.h"

#include <gtest/gtest.h>

using namespace par;

namespace {

struct Hostile
{
    const char* what;
    QString text;
    const char* reason; // a part of the message that says why
};

// What every text column must refuse (a name column also refuses line breaks and more than 255 characters).
QList<Hostile> hostileNames()
{
    return {
        {"NUL", QStringLiteral("Sở A") + QChar(0) + QStringLiteral("B"), "NUL"},
        {"ESC", QStringLiteral("Sở \x1b[2J"), "U+001B"},
        {"C1", QStringLiteral("Sở ") + QChar(0x9b) + QStringLiteral("2J"), "U+009B"},
        {"unclosed RLO", QStringLiteral("Sở \u202Eabc"), "override"},
        {"unopened PDI", QStringLiteral("Sở \u2069abc"), "override"},
        {"line break", QStringLiteral("Sở\nTư pháp"), "U+000A"},
        {"256 characters", QString(256, u'x'), "255"},
    };
}

QByteArray csvOf(const QList<QStringList>& rows)
{
    QByteArray csv;
    for (const QStringList& row : rows) {
        QStringList cells;
        for (QString cell : row)
            cells << u'"' + cell.replace(u'"', QStringLiteral("\"\"")) + u'"';
        csv += cells.join(u',').toUtf8() + "\r\n";
    }
    return csv;
}

// OOXML text: XML escaping, and characters XML cannot hold written _xHHHH_, as Excel writes them.
QByteArray ooxmlText(const QString& text)
{
    QString out;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0xfffe || u == 0xffff)
            out += QStringLiteral("_x%1_")
                       .arg(int(u), 4, 16, QChar(u'0'))
                       .toUpper()
                       .replace(QStringLiteral("_X"), QStringLiteral("_x"));
        else
            out += c;
    }
    return out.toHtmlEscaped().toUtf8();
}

QByteArray xlsxOf(const QList<QStringList>& rows)
{
    QByteArray xml;
    for (int r = 0; r < rows.size(); ++r) {
        xml += "<row r=\"" + QByteArray::number(r + 1) + "\">";
        for (int c = 0; c < rows[r].size(); ++c) {
            const QByteArray ref = QByteArray(1, char('A' + c)) + QByteArray::number(r + 1);
            xml += "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" + ooxmlText(rows[r][c])
                + "</t></is></c>";
        }
        xml += "</row>";
    }
    return xlsxtest::oneSheet(xml);
}

enum class Format
{
    Csv,
    Xlsx
};

Result<CsvTable> table(const QList<QStringList>& rows, Format format)
{
    return format == Format::Csv ? SheetReader::read(csvOf(rows), QStringLiteral("hostile.csv"))
                                 : SheetReader::read(xlsxOf(rows), QStringLiteral("hostile.xlsx"));
}

QString fileName(Format format)
{
    return format == Format::Csv ? QStringLiteral("hostile.csv") : QStringLiteral("hostile.xlsx");
}

// The message names the file, the line and the column, and says why.
void expectPlace(const QString& message, Format format, int line, int column, const char* reason, const char* what)
{
    EXPECT_TRUE(message.contains(fileName(format))) << what << ": " << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("line %1").arg(line))) << what << ": " << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("column %1").arg(column))) << what << ": " << message.toStdString();
    EXPECT_TRUE(message.contains(QLatin1String(reason))) << what << ": " << message.toStdString();
}

Index ddci()
{
    Index index;
    index.code = QStringLiteral("DDCI");
    index.name = QStringLiteral("Chỉ số DDCI");
    return index;
}

class HostileText : public ::testing::TestWithParam<Format>
{
};

TEST_P(HostileText, TheFrameworkImportRefusesItInEveryTextColumn)
{
    const Format format = GetParam();
    const QStringList header {QStringLiteral("code"), QStringLiteral("title"), QStringLiteral("max_points"),
                              QStringLiteral("lead_unit")};
    const QStringList good {QStringLiteral("1"), QStringLiteral("Công tác chỉ đạo"), QStringLiteral("10"),
                            QStringLiteral("Sở Nội vụ")};
    {
        auto t = table({header, good}, format);
        ASSERT_TRUE(t.ok()) << t.error().message.toStdString();
        ASSERT_TRUE(FrameworkImport::parse(t.value(), ddci()).ok());
    }
    for (const int column : {0, 1, 3}) {
        for (Hostile h : hostileNames()) {
            if (column == 1 && h.text.size() == 256) // a title may be longer: 1,000 characters
                h = {"1,001 characters", QString(1001, u'x'), "1000"};
            QStringList row = good;
            row[column] = h.text;
            auto t = table({header, row}, format);
            auto parsed = t ? FrameworkImport::parse(t.value(), ddci()) : Result<FrameworkParse>(t.error());
            ASSERT_FALSE(parsed.ok()) << h.what << " in column " << column + 1;
            EXPECT_EQ(parsed.error().kind, Error::Input);
            expectPlace(parsed.error().message, format, 2, column + 1, h.reason, h.what);
        }
    }
    // The index's own name, given on the command line.
    Index named = ddci();
    named.name = QStringLiteral("DDCI\x1b[2J");
    auto t = table({header, good}, format);
    auto parsed = FrameworkImport::parse(t.value(), named);
    ASSERT_FALSE(parsed.ok());
    EXPECT_TRUE(parsed.error().message.contains(QStringLiteral("U+001B"))) << parsed.error().message.toStdString();
}

TEST_P(HostileText, TheScoreImportRefusesItInUnitNamesAndHeadersAndStoresNothing)
{
    const Format format = GetParam();
    TestDatabase db;
    db.framework(QStringLiteral("DDCI"), 2024, "code,title,max_points\n1,Chỉ đạo,10\n2,Thể chế,10\n");
    for (const Hostile& h : hostileNames()) {
        auto t = table({{QStringLiteral("Đơn vị"), QStringLiteral("1"), QStringLiteral("2")},
                        {QStringLiteral("Sở Tư pháp"), QStringLiteral("7"), QStringLiteral("8")},
                        {h.text, QStringLiteral("5"), QStringLiteral("6")}},
                       format);
        auto plan = t
            ? ScoreImport::importTable(*db.catalog, t.value(), QStringLiteral("DDCI"), 2024, QString(), Stage::Final)
            : Result<ScoreImportPlan>(t.error());
        const QString message = plan ? plan->errors.join(u'\n') : plan.error().message;
        ASSERT_FALSE(message.isEmpty()) << h.what << " was imported";
        expectPlace(message, format, 3, 1, h.reason, h.what);
        // Nothing stored, not even the good row.
        auto found = db.catalog->findUnit(QStringLiteral("Sở Tư pháp"));
        ASSERT_TRUE(found.ok());
        EXPECT_FALSE(found.value()) << h.what;
    }
    // A header cell is a criterion code: the same rule.
    auto t = table(
        {{QStringLiteral("Đơn vị"), QStringLiteral("1\u202E")}, {QStringLiteral("Sở A"), QStringLiteral("5")}}, format);
    auto plan = t ? ScoreImport::prepare(*db.catalog, t.value(), QStringLiteral("DDCI"), 2024, QString(), Stage::Final)
                  : Result<ScoreImportPlan>(t.error());
    const QString message = plan ? plan->errors.join(u'\n') : plan.error().message;
    expectPlace(message, format, 1, 2, "override", "header");
    // The cohort named for the import.
    auto named = ScoreImport::prepare(
        *db.catalog,
        table({{QStringLiteral("Đơn vị"), QStringLiteral("1")}, {QStringLiteral("Sở A"), QStringLiteral("5")}}, format)
            .value(),
        QStringLiteral("DDCI"), 2024, QString(300, u'c'), Stage::Final);
    const QString cohortMessage = named ? named->errors.join(u'\n') : named.error().message;
    EXPECT_TRUE(cohortMessage.contains(QStringLiteral("255"))) << cohortMessage.toStdString();
}

INSTANTIATE_TEST_SUITE_P(CsvAndXlsx, HostileText, ::testing::Values(Format::Csv, Format::Xlsx),
                         [](const auto& info) { return info.param == Format::Csv ? "Csv" : "Xlsx"; });

// The forms: what the Setup page and the score entry page send to the editors.
TEST(HostileForms, EveryTextFieldOfTheFormsIsChecked)
{
    TestDatabase db;
    const Framework framework
        = db.framework(QStringLiteral("DDCI"), 2024, "code,title,max_points\n1,Chỉ đạo,10\n2,Thể chế,10\n");
    auto index = db.catalog->index(QStringLiteral("DDCI"));
    ASSERT_TRUE(index.ok());
    auto cohort = db.catalog->defaultCohort(index.value());
    ASSERT_TRUE(cohort.ok());
    FrameworkEditor frameworks(*db.catalog);
    UnitEditor units(*db.catalog);
    ScoreEditor scores(*db.catalog);
    const qint64 first = framework.criteria[framework.find(QStringLiteral("1"))].id;

    for (const Hostile& h : hostileNames()) {
        CriterionFields fields {QStringLiteral("3"), QStringLiteral("Hiện đại hóa"), Decimal::fromInt(5),
                                Aggregation::Sum, QString()};
        CriterionFields badCode = fields;
        badCode.code = h.text;
        CriterionFields badLead = fields;
        badLead.leadUnit = h.text;
        for (const CriterionFields& bad : {badCode, badLead}) {
            auto added = frameworks.addSibling(first, bad);
            ASSERT_FALSE(added.ok()) << h.what;
            EXPECT_TRUE(added.error().message.contains(QLatin1String(h.reason)))
                << h.what << ": " << added.error().message.toStdString();
        }
        auto bands = FrameworkEditor::checkBands({Band {Decimal::fromInt(50), h.text}});
        ASSERT_FALSE(bands.ok()) << h.what;
        EXPECT_TRUE(bands.error().message.contains(QLatin1String(h.reason))) << bands.error().message.toStdString();

        Unit unit;
        unit.name = QStringLiteral("Sở Tư pháp");
        unit.code = h.text;
        unit.kind = QStringLiteral("department");
        auto saved = units.save(unit);
        ASSERT_FALSE(saved.ok()) << h.what;
        EXPECT_TRUE(saved.error().message.contains(QLatin1String(h.reason))) << saved.error().message.toStdString();
    }
    // Notes and evidence: line breaks and tabs are fine, up to 10,000 characters; NUL, control characters and open
    // overrides are not.
    auto unit = units.save([] {
        Unit u;
        u.name = QStringLiteral("Sở Tư pháp");
        u.kind = QStringLiteral("department");
        return u;
    }());
    ASSERT_TRUE(unit.ok()) << unit.error().message.toStdString();
    ASSERT_TRUE(scores
                    .setNote(framework, cohort.value(), unit->id, first, Stage::Final,
                             {QStringLiteral("Dòng 1\nDòng 2\tcột"), QString(10000, u'e')})
                    .ok());
    for (const auto& [note, reason] : {std::pair {ScoreNote {QString(10001, u'n'), QString()}, "10000"},
                                       std::pair {ScoreNote {QString(), QString(10001, u'e')}, "10000"},
                                       std::pair {ScoreNote {QStringLiteral("a") + QChar(0), QString()}, "NUL"},
                                       std::pair {ScoreNote {QString(), QStringLiteral("\x1b[2J")}, "U+001B"},
                                       std::pair {ScoreNote {QStringLiteral("\u202Eabc"), QString()}, "override"}}) {
        const Status s = scores.setNote(framework, cohort.value(), unit->id, first, Stage::Final, note);
        ASSERT_FALSE(s.ok()) << reason;
        EXPECT_TRUE(s.error().message.contains(QLatin1String(reason))) << s.error().message.toStdString();
    }
    auto stored = scores.notes(framework, unit->id, Stage::Final);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->value(framework.find(QStringLiteral("1"))).evidence, QString(10000, u'e'));
}

} // namespace
