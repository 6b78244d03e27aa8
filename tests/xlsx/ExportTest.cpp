// Exports: what the files hold, and the round trip through the importers (demo database -> files -> an empty
// database -> identical values).
#include "XlsxTestSupport.h"

#include "io/Export.h"
#include "io/ExportWriter.h"
#include "io/FrameworkImport.h"
#include "io/ScoreImport.h"
#include "io/SheetReader.h"
#include "io/XlsxReader.h"
#include "scoring/Analysis.h"
#include "storage/Demo.h"

#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <gtest/gtest.h>

#include <locale.h>
#include <memory>

using namespace par;
using namespace xlsxtest;

namespace {

struct TestDb
{
    TestDb()
    {
        auto opened = Database::open(dir.filePath(QStringLiteral("test.db")));
        EXPECT_TRUE(opened.ok()) << opened.error().message.toStdString();
        if (opened) {
            db = std::move(opened).value();
            catalog = std::make_unique<Catalog>(*db);
        }
    }
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<Catalog> catalog;
};

// Every recorded value of a cohort-year at one stage, as "unit | criterion" -> value.
QMap<QString, QString> snapshot(Catalog& catalog, const QString& code, int year, const QString& cohortName, Stage stage)
{
    QMap<QString, QString> out;
    auto index = catalog.index(code);
    EXPECT_TRUE(index.ok());
    auto framework = catalog.requireFramework(index.value(), year);
    auto cohort = catalog.resolveCohort(index.value(), cohortName);
    EXPECT_TRUE(framework.ok() && cohort.ok());
    if (!framework || !cohort)
        return out;
    auto members = catalog.members(cohort->id, year);
    QList<qint64> ids;
    for (const Unit& u : members.value())
        ids.append(u.id);
    auto recorded = catalog.recorded(framework.value(), stage, ids);
    for (const Unit& u : members.value()) {
        const Recorded values = recorded->value(u.id);
        for (int i = 0; i < values.size(); ++i) {
            if (values[i]) {
                const QString criterion = i == 0 ? QStringLiteral("total") : framework->criteria[i].code;
                out.insert(u.name + QStringLiteral(" | ") + criterion, values[i]->toString());
            }
        }
    }
    return out;
}

QString writeBook(const Result<ExportBook>& book, const QString& path)
{
    EXPECT_TRUE(book.ok()) << book.error().message.toStdString();
    if (!book)
        return path;
    const Status written = ExportWriter::write(book.value(), path);
    EXPECT_TRUE(written.ok()) << written.error().message.toStdString();
    return path;
}

Status importFramework(Catalog& catalog, const QString& path, const Index& like, int year,
                       const std::optional<QList<Band>>& bands, QStringList* warnings = nullptr)
{
    auto table = SheetReader::readFile(path);
    if (!table)
        return table.error();
    Index index = like;
    index.id = 0;
    if (auto found = catalog.findIndex(like.code); found.ok() && found.value())
        index = *found.value();
    auto parsed = FrameworkImport::parse(table.value(), index);
    if (!parsed)
        return parsed.error();
    if (warnings)
        *warnings = parsed->warnings;
    Database::Transaction t(catalog.database());
    auto saved = catalog.saveIndex(index);
    if (!saved)
        return saved.error();
    auto stored = FrameworkImport::store(catalog, saved.value(), year, parsed->framework, bands);
    if (!stored)
        return stored.error();
    return t.commit();
}

Result<ScoreImportPlan> planScores(Catalog& catalog, const QString& path, const QString& code, int year,
                                   const QString& cohort, Stage stage)
{
    auto table = SheetReader::readFile(path);
    if (!table)
        return table.error();
    return ScoreImport::prepare(catalog, table.value(), code, year, cohort, stage);
}

class DemoExport : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(Demo::load(*source.catalog).ok()); }
    QString file(const QString& name) const { return files.filePath(name); }

    // Every framework, then every cohort-year and stage of the demo, out as files and into `target`.
    void roundTrip(const QString& suffix)
    {
        TestDb target;
        int compared = 0;
        const QList<Index> indexes = source.catalog->indexes().value();
        for (const Index& index : indexes) {
            const QList<int> years = source.catalog->years(index.id).value();
            for (int year : years) {
                ExportRequest request;
                request.indexCode = index.code;
                request.year = year;
                const QString frameworkFile
                    = writeBook(Export::framework(*source.catalog, request),
                                file(QStringLiteral("%1_%2_framework.%3").arg(index.code).arg(year).arg(suffix)));
                const Framework original = source.catalog->requireFramework(index, year).value();
                const Status imported = importFramework(*target.catalog, frameworkFile, index, year, original.bands);
                ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
                const Framework copy
                    = target.catalog->requireFramework(target.catalog->index(index.code).value(), year).value();
                ASSERT_EQ(copy.criteria.size(), original.criteria.size());
                for (int i = 0; i < original.criteria.size(); ++i) {
                    const Criterion& a = original.criteria[i];
                    const Criterion& b = copy.criteria[i];
                    EXPECT_EQ(a.code, b.code);
                    EXPECT_EQ(a.title, b.title);
                    EXPECT_EQ(a.maxPoints, b.maxPoints) << a.code.toStdString();
                    EXPECT_EQ(a.aggregation, b.aggregation) << a.code.toStdString();
                    EXPECT_EQ(a.leadUnit, b.leadUnit);
                    EXPECT_EQ(a.parent, b.parent);
                }

                const QList<Cohort> cohorts = source.catalog->cohorts(index.id).value();
                for (const Cohort& cohort : cohorts) {
                    if (source.catalog->members(cohort.id, year).value().isEmpty())
                        continue;
                    for (Stage stage : {Stage::Self, Stage::Final}) {
                        request.cohort = cohort.name;
                        request.stage = stage;
                        const QString scoreFile = writeBook(Export::scores(*source.catalog, request),
                                                            file(QStringLiteral("%1_%2_%3_%4.%5")
                                                                     .arg(index.code)
                                                                     .arg(year)
                                                                     .arg(cohort.id)
                                                                     .arg(stageName(stage), suffix)));
                        auto plan = planScores(*target.catalog, scoreFile, index.code, year, cohort.name, stage);
                        ASSERT_TRUE(plan.ok()) << plan.error().message.toStdString();
                        ASSERT_TRUE(plan->acceptable()) << plan->errors.join(u'\n').toStdString();
                        ASSERT_TRUE(ScoreImport::apply(*target.catalog, plan.value()).ok());

                        const auto before = snapshot(*source.catalog, index.code, year, cohort.name, stage);
                        const auto after = snapshot(*target.catalog, index.code, year, cohort.name, stage);
                        EXPECT_EQ(before, after) << index.code.toStdString() << " " << year << " "
                                                 << cohort.name.toStdString() << " " << stageName(stage).toStdString();
                        compared += int(before.size());

                        auto ranked = Analysis(*source.catalog).ranking(index.code, year, cohort.name, stage);
                        auto again = Analysis(*target.catalog).ranking(index.code, year, cohort.name, stage);
                        ASSERT_TRUE(ranked.ok() && again.ok());
                        ASSERT_EQ(ranked->rows.size(), again->rows.size());
                        for (int r = 0; r < ranked->rows.size(); ++r) {
                            EXPECT_EQ(ranked->rows[r].name, again->rows[r].name);
                            EXPECT_EQ(ranked->rows[r].rank, again->rows[r].rank);
                            EXPECT_EQ(ranked->rows[r].total, again->rows[r].total);
                            EXPECT_EQ(ranked->rows[r].band, again->rows[r].band);
                        }
                    }
                }
            }
        }
        // Every value of the demo: PAR, SIPAS and both BKCCHC cohorts, both years and stages.
        EXPECT_GT(compared, 2000);
    }

    TestDb source;
    QTemporaryDir files;
};

} // namespace

TEST_F(DemoExport, ScoresRoundTripThroughXlsx)
{
    roundTrip(QStringLiteral("xlsx"));
}

TEST_F(DemoExport, ScoresRoundTripThroughCsv)
{
    roundTrip(QStringLiteral("csv"));
}

TEST_F(DemoExport, ScoreSheetHoldsCodesDecimalsAndNotes)
{
    ExportRequest request;
    request.indexCode = QStringLiteral("PAR");
    request.year = 2018;
    const QString xlsx = writeBook(Export::scores(*source.catalog, request), file(QStringLiteral("par.xlsx")));
    const QString csv = writeBook(Export::scores(*source.catalog, request), file(QStringLiteral("par.csv")));

    const QByteArray text = readFile(csv);
    ASSERT_TRUE(text.startsWith("\xEF\xBB\xBF"
                                "Đơn vị,A,1,1.1,1.2,"));
    EXPECT_TRUE(text.contains(",B,C,total\r\nBắc Kạn,47.4299,"));
    EXPECT_TRUE(text.endsWith(",9.6697,17.51922,74.62\r\n"));

    auto table = XlsxReader::readFile(xlsx);
    ASSERT_TRUE(table.ok()) << table.error().message.toStdString();
    EXPECT_EQ(table->fileName, QStringLiteral("par.xlsx, sheet \"Điểm\""));
    EXPECT_EQ(table->rows[0].first(), QStringLiteral("Đơn vị"));
    EXPECT_EQ(table->rows[0].last(), QStringLiteral("total"));
    EXPECT_EQ(table->rows[1].mid(table->rows[1].size() - 3),
              (QStringList {QStringLiteral("9.6697"), QStringLiteral("17.51922"), QStringLiteral("74.62")}));

    const QByteArray book = readFile(xlsx);
    // 17.51922 is shown in full; the header row (and the unit column) stay in view.
    EXPECT_TRUE(entry(book, QStringLiteral("xl/styles.xml")).contains("formatCode=\"0.00###\""));
    const QByteArray sheet = entry(book, QStringLiteral("xl/worksheets/sheet1.xml"));
    EXPECT_TRUE(sheet.contains("xSplit=\"1\" ySplit=\"1\" topLeftCell=\"B2\" activePane=\"bottomRight\" "
                               "state=\"frozen\""));
    const QByteArray comments = entry(book, QStringLiteral("xl/comments1.xml"));
    EXPECT_TRUE(comments.contains(QStringLiteral("Tối đa: 23,5").toUtf8())) << comments.left(400).toStdString();
    // The criteria sheet, with titles and maxima.
    auto criteria = XlsxReader::readFile(xlsx, QStringLiteral("Tiêu chí"));
    ASSERT_TRUE(criteria.ok());
    EXPECT_EQ(
        criteria->rows[0],
        (QStringList {QStringLiteral("Mã"), QStringLiteral("Tiêu chí"), QStringLiteral("Điểm tối đa"),
                      QStringLiteral("Thuộc"), QStringLiteral("Cách tổng hợp"), QStringLiteral("Đơn vị chủ trì")}));
}

TEST_F(DemoExport, RankingAndAuditLogInBothLanguages)
{
    ExportRequest request;
    request.indexCode = QStringLiteral("BKCCHC");
    request.year = 2018;
    const QString vi = writeBook(Export::ranking(*source.catalog, request), file(QStringLiteral("r.xlsx")));
    auto table = XlsxReader::readFile(vi);
    ASSERT_TRUE(table.ok());
    ASSERT_EQ(table->rows[0].size(), 11); // then last year's "of" and the predecessors (issue 11)
    EXPECT_EQ(table->rows[0].mid(0, 9),
              (QStringList {QStringLiteral("Hạng"), QStringLiteral("Đơn vị"), QStringLiteral("Mã đơn vị"),
                            QStringLiteral("Tổng điểm"), QStringLiteral("Điểm tối đa"), QStringLiteral("Tỷ lệ (%)"),
                            QStringLiteral("Xếp loại"), QStringLiteral("Hạng năm trước"),
                            QStringLiteral("Tăng, giảm điểm")}));
    // Ties share a rank: Sở Nội vụ and Sở Thông tin và Truyền thông at 90.47, the next unit 4th.
    EXPECT_EQ(
        table->rows[2].mid(0, 7),
        (QStringList {QStringLiteral("2"), QStringLiteral("Sở Nội vụ"), QStringLiteral("SNV"), QStringLiteral("90.47"),
                      QStringLiteral("100"), QStringLiteral("90.47"), QStringLiteral("Xuất sắc")}));
    EXPECT_EQ(table->rows[3][0], QStringLiteral("2"));
    EXPECT_EQ(table->rows[4][0], QStringLiteral("4"));
    EXPECT_EQ(table->rows[2][8], QStringLiteral("-0.88"));
    EXPECT_TRUE(entry(readFile(vi), QStringLiteral("xl/styles.xml")).contains("formatCode=\"+0.00;-0.00;0.00\""));

    request.language = ExportLanguage::English;
    const QString en = writeBook(Export::ranking(*source.catalog, request), file(QStringLiteral("r.csv")));
    EXPECT_TRUE(readFile(en).startsWith(
        "\xEF\xBB\xBFRank,Unit,Code,Total,Maximum,Percent,Band,Last year's rank,Change,Last year's rank out of,"
        "Predecessors last year\r\n1,Sở Tư pháp,STP,93.12,"));

    request = ExportRequest();
    request.indexCode = QStringLiteral("PAR");
    const QString audit = writeBook(Export::auditLog(*source.catalog, request), file(QStringLiteral("audit.xlsx")));
    auto log = XlsxReader::readFile(audit);
    ASSERT_TRUE(log.ok());
    EXPECT_EQ(log->rows[0][0], QStringLiteral("Thời điểm (UTC)"));
    EXPECT_GT(log->rows.size(), 50);
    for (int r = 1; r < log->rows.size(); ++r)
        ASSERT_EQ(log->rows[r][4], QStringLiteral("PAR"));
}

TEST_F(DemoExport, TemplateGoesOutAndComesBackFilledIn)
{
    // A new year with the same criteria: the 2018 framework imported again as 2019.
    const Index index = source.catalog->index(QStringLiteral("BKCCHC")).value();
    ExportRequest request;
    request.indexCode = index.code;
    request.year = 2018;
    const QString framework = writeBook(Export::framework(*source.catalog, request), file(QStringLiteral("f.csv")));
    ASSERT_TRUE(importFramework(*source.catalog, framework, index, 2019, std::nullopt).ok());

    const QString cohort = QStringLiteral("UBND huyện, thành phố");
    request.year = 2019;
    request.cohort = cohort;
    const QString xlsx = writeBook(Export::scoreTemplate(*source.catalog, request), file(QStringLiteral("t.xlsx")));
    const QString csv = writeBook(Export::scoreTemplate(*source.catalog, request), file(QStringLiteral("t.csv")));

    // Unchanged, it imports: the units of 2018 (all still active in 2019), the leaves, no value.
    auto plan = planScores(*source.catalog, xlsx, index.code, 2019, cohort, Stage::Self);
    ASSERT_TRUE(plan.ok()) << plan.error().message.toStdString();
    ASSERT_TRUE(plan->acceptable()) << plan->errors.join(u'\n').toStdString();
    EXPECT_EQ(plan->newUnits, 0);
    EXPECT_EQ(plan->units.size(),
              source.catalog->members(source.catalog->resolveCohort(index, cohort)->id, 2018)->size());
    EXPECT_GT(plan->units.size(), 3);
    EXPECT_EQ(plan->columns.size(), 20); // the leaves of the BKCCHC framework
    for (const auto& v : plan->values)
        EXPECT_FALSE(v.has_value());
    auto table = SheetReader::readFile(xlsx);
    EXPECT_EQ(
        table->rows[0].mid(0, 4),
        (QStringList {QStringLiteral("Đơn vị"), QStringLiteral("1.1"), QStringLiteral("1.2"), QStringLiteral("1.3")}));
    const QString firstUnit = table->rows[1][0];
    const QString secondUnit = table->rows[2][0];

    // Filled in as Excel writes it: a number, and text with a decimal comma typed into a cell formatted as text.
    QByteArray sheet = entry(readFile(xlsx), QStringLiteral("xl/worksheets/sheet1.xml"));
    const QRegularExpression b2(QStringLiteral("<c r=\"B2\" s=\"(\\d+)\"/>"));
    const QRegularExpression c3(QStringLiteral("<c r=\"C3\" s=\"(\\d+)\"/>"));
    ASSERT_TRUE(b2.match(QString::fromUtf8(sheet)).hasMatch()) << sheet.left(2000).toStdString();
    QString edited = QString::fromUtf8(sheet);
    edited.replace(b2, QStringLiteral("<c r=\"B2\" s=\"\\1\"><v>2.75</v></c>"));
    edited.replace(c3, QStringLiteral("<c r=\"C3\" s=\"\\1\" t=\"inlineStr\"><is><t>2,5</t></is></c>"));
    writeFile(xlsx, replaceEntry(readFile(xlsx), QStringLiteral("xl/worksheets/sheet1.xml"), edited.toUtf8()));

    plan = planScores(*source.catalog, xlsx, index.code, 2019, cohort, Stage::Self);
    ASSERT_TRUE(plan.ok());
    ASSERT_TRUE(plan->acceptable()) << plan->errors.join(u'\n').toStdString();
    ASSERT_TRUE(ScoreImport::apply(*source.catalog, plan.value()).ok());
    auto values = snapshot(*source.catalog, index.code, 2019, cohort, Stage::Self);
    EXPECT_EQ(values,
              (QMap<QString, QString> {{firstUnit + QStringLiteral(" | 1.1"), QStringLiteral("2.75")},
                                       {secondUnit + QStringLiteral(" | 1.2"), QStringLiteral("2.5")}}));

    // The CSV template the same way, with a value above the maximum refused first.
    QStringList lines = QString::fromUtf8(readFile(csv)).split(QStringLiteral("\r\n"));
    ASSERT_TRUE(lines[1].startsWith(firstUnit + u','));
    lines[1] = firstUnit + QStringLiteral(",2.75,4") + lines[1].mid(firstUnit.size() + 2);
    writeFile(csv, lines.join(QStringLiteral("\r\n")).toUtf8());
    plan = planScores(*source.catalog, csv, index.code, 2019, cohort, Stage::Final);
    ASSERT_TRUE(plan.ok());
    ASSERT_EQ(plan->errors.size(), 1);
    EXPECT_EQ(plan->errors.first().toStdString(), "t.csv: line 2, column 3 (1.2): 4 is above the maximum of 3");
    lines[1].replace(QStringLiteral(",2.75,4,"), QStringLiteral(",2.75,3,"));
    writeFile(csv, lines.join(QStringLiteral("\r\n")).toUtf8());
    plan = planScores(*source.catalog, csv, index.code, 2019, cohort, Stage::Final);
    ASSERT_TRUE(plan.ok() && plan->acceptable());
    ASSERT_TRUE(ScoreImport::apply(*source.catalog, plan.value()).ok());
    EXPECT_EQ(snapshot(*source.catalog, index.code, 2019, cohort, Stage::Final).size(), 2);

    // Excel refuses values out of range while the unit types them.
    const QByteArray written = entry(readFile(xlsx), QStringLiteral("xl/worksheets/sheet1.xml"));
    EXPECT_TRUE(written.contains("<dataValidation type=\"decimal\""));
}

TEST_F(DemoExport, TemplateOfOneUnitAndOfAYearWithScores)
{
    ExportRequest request;
    request.indexCode = QStringLiteral("BKCCHC");
    request.year = 2018;
    auto all = Export::scoreTemplate(*source.catalog, request);
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->sheets.size(), 3);
    EXPECT_EQ(all->sheets[0].rows.size(), 18);
    request.unit = QStringLiteral("SNV");
    auto one = Export::scoreTemplate(*source.catalog, request);
    ASSERT_TRUE(one.ok());
    ASSERT_EQ(one->sheets[0].rows.size(), 1);
    EXPECT_EQ(one->sheets[0].rows[0][0].text, QStringLiteral("Sở Nội vụ"));
    request.unit = QStringLiteral("Sở Không Có");
    EXPECT_EQ(Export::scoreTemplate(*source.catalog, request).error().kind, Error::Usage);
    request.unit.clear();
    request.year = 2030;
    EXPECT_EQ(Export::scoreTemplate(*source.catalog, request).error().kind, Error::Usage); // no framework
}

TEST_F(DemoExport, FrameworkFileKeepsTheImportersColumnsInVietnamese)
{
    ExportRequest request;
    request.indexCode = QStringLiteral("SIPAS");
    request.year = 2018;
    const QString path = writeBook(Export::framework(*source.catalog, request), file(QStringLiteral("f.xlsx")));
    auto table = XlsxReader::readFile(path);
    ASSERT_TRUE(table.ok());
    EXPECT_EQ(table->rows[0],
              (QStringList {QStringLiteral("code"), QStringLiteral("title"), QStringLiteral("max_points"),
                            QStringLiteral("parent"), QStringLiteral("aggregation"), QStringLiteral("lead_unit")}));
    EXPECT_EQ(table->rows[1].mid(2, 3), (QStringList {QStringLiteral("100"), QString(), QStringLiteral("mean")}));
    auto about = XlsxReader::readFile(path, QStringLiteral("Thông tin"));
    ASSERT_TRUE(about.ok());
    EXPECT_EQ(about->rows[5][1],
              QStringLiteral("90=Rất hài lòng;80=Hài lòng;70=Tương đối hài lòng;50=Ít hài lòng;"
                             "0=Không hài lòng"));
}

TEST(ExportWriter, FormatsAndRefusals)
{
    EXPECT_EQ(ExportWriter::decimalFormat(0), QStringLiteral("0"));
    EXPECT_EQ(ExportWriter::decimalFormat(1), QStringLiteral("0.0"));
    EXPECT_EQ(ExportWriter::decimalFormat(2), QStringLiteral("0.00"));
    EXPECT_EQ(ExportWriter::decimalFormat(5), QStringLiteral("0.00###"));
    EXPECT_EQ(ExportWriter::decimalsOf(Decimal::parse(u"17.51922").value()), 5);
    EXPECT_EQ(ExportWriter::decimalsOf(Decimal::parse(u"12").value()), 0);
    EXPECT_EQ(ExportWriter::decimalsOf(Decimal::parse(u"-0.5").value()), 1);
    EXPECT_EQ(ExportWriter::formatOf(QStringLiteral("a.XLSX")).value(), ExportWriter::Format::Xlsx);
    EXPECT_EQ(ExportWriter::formatOf(QStringLiteral("a.pdf")).error().kind, Error::Usage);

    ExportSheet sheet;
    sheet.name = QStringLiteral("S");
    sheet.columns = {ExportColumn {QStringLiteral("Tên, đầy đủ"), ExportColumn::Format::Text, {}, false, {}, {}}};
    sheet.rows = {{ExportCell::ofText(QStringLiteral("Nói \"có\"\nhai dòng"))}};
    EXPECT_EQ(ExportWriter::toCsv(sheet),
              QByteArray("\xEF\xBB\xBF\"Tên, đầy đủ\"\r\n\"Nói \"\"có\"\"\nhai dòng\"\r\n"));

    QTemporaryDir dir;
    ExportBook book;
    book.sheets = {sheet};
    const Status missing = ExportWriter::write(book, dir.filePath(QStringLiteral("no/such/folder/x.xlsx")));
    EXPECT_EQ(missing.error().kind, Error::Storage);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
    sheet.rows = {{ExportCell::ofText(QString(40000, u'x'))}};
    book.sheets = {sheet};
    const QString tooLong = dir.filePath(QStringLiteral("long.xlsx"));
    EXPECT_EQ(ExportWriter::write(book, tooLong).error().kind, Error::Input);
    EXPECT_FALSE(QFile::exists(tooLong));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0); // no partial file left
}

// libxlsxwriter formats numbers with the C library, which follows LC_NUMERIC; under a Vietnamese locale that would
// write "17,51922" into the XML. Built with localedef where the locale is not installed.
TEST_F(DemoExport, NumbersStayExactUnderAVietnameseLocale)
{
    const QString localedef = QStandardPaths::findExecutable(QStringLiteral("localedef"));
    if (localedef.isEmpty())
        GTEST_SKIP() << "localedef is not installed";
    locale_t vietnamese = newlocale(LC_NUMERIC_MASK, "vi_VN.UTF-8", locale_t(nullptr));
    if (!vietnamese) {
        const QString path = files.filePath(QStringLiteral("locales"));
        QDir().mkpath(path);
        QProcess p;
        p.start(localedef,
                {QStringLiteral("-i"), QStringLiteral("vi_VN"), QStringLiteral("-f"), QStringLiteral("UTF-8"),
                 path + QStringLiteral("/vi_VN.UTF-8")});
        if (!p.waitForFinished(60'000) || p.exitCode() != 0)
            GTEST_SKIP() << "cannot build the vi_VN locale";
        qputenv("LOCPATH", path.toLocal8Bit());
        vietnamese = newlocale(LC_NUMERIC_MASK, "vi_VN.UTF-8", locale_t(nullptr));
        qunsetenv("LOCPATH");
        if (!vietnamese)
            GTEST_SKIP() << "the vi_VN locale cannot be loaded";
    }
    const locale_t previous = uselocale(vietnamese);
    char probe[32];
    std::snprintf(probe, sizeof probe, "%.2f", 74.62);
    ExportRequest request;
    request.indexCode = QStringLiteral("PAR");
    request.year = 2018;
    const QString path = writeBook(Export::scores(*source.catalog, request), file(QStringLiteral("vi.xlsx")));
    uselocale(previous);
    freelocale(vietnamese);
    EXPECT_STREQ(probe, "74,62"); // the locale was really in force
    auto table = XlsxReader::readFile(path);
    ASSERT_TRUE(table.ok()) << table.error().message.toStdString();
    EXPECT_EQ(table->rows[1].last(), QStringLiteral("74.62"));
    EXPECT_TRUE(entry(readFile(path), QStringLiteral("xl/worksheets/sheet1.xml")).contains("<v>17.51922</v>"));
}
