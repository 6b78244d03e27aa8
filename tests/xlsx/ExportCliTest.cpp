// `parindex export`, and `index import` / `scores import` of workbooks, run as a real process.
#include "XlsxTestSupport.h"

#include "storage/Database.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include "../RunParindex.h"

using namespace xlsxtest;

namespace {

Outcome run(const QStringList& arguments)
{
    return runParindex(arguments);
}

class ExportCli : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_EQ(run({QStringLiteral("demo"), QStringLiteral("--db"), db()}).code, 0); }

    QString db() const { return dir.filePath(QStringLiteral("demo.db")); }
    QString path(const QString& name) const { return dir.filePath(name); }

    Outcome exportTo(const QStringList& more)
    {
        return run(QStringList {QStringLiteral("export"), QStringLiteral("--db"), db()} + more);
    }

    // Whether `scores import` and `index import` take workbooks yet (the --sheet option comes with them).
    static bool importsWorkbooks()
    {
        static const bool yes = run({QStringLiteral("scores"), QStringLiteral("import"), QStringLiteral("--help")})
                                    .out.contains(QStringLiteral("--sheet"));
        return yes;
    }

    // Rows of scores and of the audit log: what an import may not change when it is refused.
    static QPair<qint64, qint64> footprint(const QString& database)
    {
        auto opened = par::Database::open(database);
        EXPECT_TRUE(opened.ok());
        QSqlQuery q(opened.value()->sql());
        q.exec(QStringLiteral("SELECT (SELECT count(*) FROM scores), (SELECT count(*) FROM audit_log)"));
        q.next();
        return {q.value(0).toLongLong(), q.value(1).toLongLong()};
    }

    QTemporaryDir dir;
};

} // namespace

TEST_F(ExportCli, WritesEveryKindAsXlsxAndCsv)
{
    const QStringList common {QStringLiteral("--index"), QStringLiteral("BKCCHC"), QStringLiteral("--year"),
                              QStringLiteral("2018")};
    for (const QString& kind : {QStringLiteral("ranking"), QStringLiteral("scores"), QStringLiteral("template"),
                                QStringLiteral("framework"), QStringLiteral("audit")}) {
        for (const QString& suffix : {QStringLiteral("xlsx"), QStringLiteral("csv")}) {
            const QString out = path(kind + u'.' + suffix);
            const Outcome r
                = exportTo(common + QStringList {QStringLiteral("--") + kind, QStringLiteral("--out"), out});
            ASSERT_EQ(r.code, 0) << kind.toStdString() << ": " << r.err.toStdString();
            EXPECT_TRUE(r.out.startsWith(QStringLiteral("Wrote the "))) << r.out.toStdString();
            const QByteArray bytes = readFile(out);
            EXPECT_TRUE(suffix == QLatin1String("xlsx") ? bytes.startsWith("PK\x03\x04")
                                                        : bytes.startsWith("\xEF\xBB\xBF"))
                << out.toStdString();
        }
    }
    const Outcome english = exportTo(
        common
        + QStringList {QStringLiteral("--ranking"), QStringLiteral("--cohort"), QStringLiteral("UBND huyện, thành phố"),
                       QStringLiteral("--stage"), QStringLiteral("self"), QStringLiteral("--out"),
                       path(QStringLiteral("en.csv")), QStringLiteral("--lang"), QStringLiteral("en")});
    ASSERT_EQ(english.code, 0) << english.err.toStdString();
    EXPECT_TRUE(readFile(path(QStringLiteral("en.csv"))).startsWith("\xEF\xBB\xBFRank,Unit,Code,Total,"));
    const Outcome wholeLog
        = exportTo({QStringLiteral("--audit"), QStringLiteral("--out"), path(QStringLiteral("log.csv"))});
    ASSERT_EQ(wholeLog.code, 0) << wholeLog.err.toStdString();
}

TEST_F(ExportCli, RefusesUsageErrors)
{
    const QStringList common {QStringLiteral("--index"), QStringLiteral("PAR"), QStringLiteral("--year"),
                              QStringLiteral("2018")};
    const QString out = path(QStringLiteral("x.xlsx"));
    const Outcome none = exportTo(common + QStringList {QStringLiteral("--out"), out});
    EXPECT_EQ(none.code, 1);
    EXPECT_TRUE(none.err.contains(QStringLiteral("exactly one of --ranking"))) << none.err.toStdString();
    EXPECT_EQ(
        exportTo(common
                 + QStringList {QStringLiteral("--scores"), QStringLiteral("--ranking"), QStringLiteral("--out"), out})
            .code,
        1);
    EXPECT_EQ(exportTo(common + QStringList {QStringLiteral("--scores")}).code, 1);
    const Outcome pdf = exportTo(
        common + QStringList {QStringLiteral("--scores"), QStringLiteral("--out"), path(QStringLiteral("x.pdf"))});
    EXPECT_EQ(pdf.code, 1);
    EXPECT_TRUE(pdf.err.contains(QStringLiteral(".xlsx (Excel) or .csv"))) << pdf.err.toStdString();
    EXPECT_EQ(exportTo(common
                       + QStringList {QStringLiteral("--ranking"), QStringLiteral("--unit"), QStringLiteral("Bắc Kạn"),
                                      QStringLiteral("--out"), out})
                  .code,
              1);
    EXPECT_EQ(exportTo({QStringLiteral("--index"), QStringLiteral("PAR"), QStringLiteral("--scores"),
                        QStringLiteral("--out"), out})
                  .code,
              1);
    EXPECT_EQ(exportTo(common
                       + QStringList {QStringLiteral("--scores"), QStringLiteral("--cohort"),
                                      QStringLiteral("Không có"), QStringLiteral("--out"), out})
                  .code,
              1);
    EXPECT_EQ(exportTo({QStringLiteral("--index"), QStringLiteral("NOPE"), QStringLiteral("--year"),
                        QStringLiteral("2018"), QStringLiteral("--scores"), QStringLiteral("--out"), out})
                  .code,
              1);
    EXPECT_FALSE(QFile::exists(out));
    const Outcome unwritable = exportTo(common
                                        + QStringList {QStringLiteral("--scores"), QStringLiteral("--out"),
                                                       path(QStringLiteral("missing/dir/x.xlsx"))});
    EXPECT_EQ(unwritable.code, 3) << unwritable.err.toStdString();
    const Outcome help = run({QStringLiteral("export"), QStringLiteral("--help")});
    EXPECT_EQ(help.code, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("--template"))) << help.out.toStdString();
}

TEST_F(ExportCli, FilledTemplateGoesFromAttachmentToRanking)
{
    if (!importsWorkbooks())
        GTEST_SKIP() << "scores import does not read workbooks yet (the Cli.cpp change is not applied)";
    // A new year: the 2018 framework as the 2019 one, a template, one unit's filled-in copy, its ranking.
    const Outcome framework = exportTo({QStringLiteral("--index"), QStringLiteral("BKCCHC"), QStringLiteral("--year"),
                                        QStringLiteral("2018"), QStringLiteral("--framework"), QStringLiteral("--out"),
                                        path(QStringLiteral("f.xlsx"))});
    ASSERT_EQ(framework.code, 0) << framework.err.toStdString();
    const Outcome newYear = run({QStringLiteral("index"), QStringLiteral("import"), QStringLiteral("--db"), db(),
                                 QStringLiteral("--index"), QStringLiteral("BKCCHC"), QStringLiteral("--year"),
                                 QStringLiteral("2019"), path(QStringLiteral("f.xlsx"))});
    ASSERT_EQ(newYear.code, 0) << newYear.err.toStdString();
    const QString xlsx = path(QStringLiteral("mau_so_noi_vu.xlsx"));
    const Outcome made = exportTo({QStringLiteral("--index"), QStringLiteral("BKCCHC"), QStringLiteral("--year"),
                                   QStringLiteral("2019"), QStringLiteral("--template"), QStringLiteral("--unit"),
                                   QStringLiteral("Sở Nội vụ"), QStringLiteral("--out"), xlsx});
    ASSERT_EQ(made.code, 0) << made.err.toStdString();

    // Every yellow cell of the unit's row filled in with 1.25: 20 leaves, 25 points.
    QString sheet = QString::fromUtf8(entry(readFile(xlsx), QStringLiteral("xl/worksheets/sheet1.xml")));
    const QRegularExpression blank(QStringLiteral("<c r=\"([A-Z]+2)\" s=\"(\\d+)\"/>"));
    sheet.replace(blank, QStringLiteral("<c r=\"\\1\" s=\"\\2\"><v>1.25</v></c>"));
    writeFile(xlsx, replaceEntry(readFile(xlsx), QStringLiteral("xl/worksheets/sheet1.xml"), sheet.toUtf8()));
    const Outcome imported = run({QStringLiteral("scores"), QStringLiteral("import"), QStringLiteral("--db"), db(),
                                  QStringLiteral("--index"), QStringLiteral("BKCCHC"), QStringLiteral("--year"),
                                  QStringLiteral("2019"), xlsx});
    ASSERT_EQ(imported.code, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(QStringLiteral("Imported 1 units (0 new)"))) << imported.out.toStdString();
    const Outcome ranking = run({QStringLiteral("ranking"), QStringLiteral("--db"), db(), QStringLiteral("--index"),
                                 QStringLiteral("BKCCHC"), QStringLiteral("--year"), QStringLiteral("2019"),
                                 QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(ranking.code, 0) << ranking.err.toStdString();
    EXPECT_TRUE(ranking.out.contains(QStringLiteral("\n1,Sở Nội vụ,25,100,25.00,Yếu,SNV,0,2,-65.47")))
        << ranking.out.toStdString();

    // --sheet: the criteria sheet of an English score export is a framework file.
    const Outcome scores = exportTo({QStringLiteral("--index"), QStringLiteral("BKCCHC"), QStringLiteral("--year"),
                                     QStringLiteral("2018"), QStringLiteral("--scores"), QStringLiteral("--out"),
                                     path(QStringLiteral("en.xlsx")), QStringLiteral("--lang"), QStringLiteral("en")});
    ASSERT_EQ(scores.code, 0);
    const Outcome criteria = run({QStringLiteral("index"), QStringLiteral("import"), QStringLiteral("--db"),
                                  path(QStringLiteral("other.db")), QStringLiteral("--index"), QStringLiteral("X"),
                                  QStringLiteral("--year"), QStringLiteral("2018"), QStringLiteral("--sheet"),
                                  QStringLiteral("Criteria"), path(QStringLiteral("en.xlsx"))});
    EXPECT_EQ(criteria.code, 0) << criteria.err.toStdString();
    const Outcome noSuchSheet = run({QStringLiteral("index"), QStringLiteral("import"), QStringLiteral("--db"),
                                     path(QStringLiteral("other.db")), QStringLiteral("--index"), QStringLiteral("X"),
                                     QStringLiteral("--year"), QStringLiteral("2019"), QStringLiteral("--sheet"),
                                     QStringLiteral("Tiêu chí"), path(QStringLiteral("en.xlsx"))});
    EXPECT_EQ(noSuchSheet.code, 2);
    EXPECT_TRUE(noSuchSheet.err.contains(
        QStringLiteral("en.xlsx: there is no sheet named \"Tiêu chí\"; the workbook has \"Scores\", \"Criteria\"")))
        << noSuchSheet.err.toStdString();
    const Outcome csvSheet
        = run({QStringLiteral("scores"), QStringLiteral("import"), QStringLiteral("--db"), db(),
               QStringLiteral("--index"), QStringLiteral("BKCCHC"), QStringLiteral("--year"), QStringLiteral("2018"),
               QStringLiteral("--sheet"), QStringLiteral("Điểm"), path(QStringLiteral("scores.csv"))});
    EXPECT_NE(csvSheet.code, 0);
}

TEST_F(ExportCli, MalformedWorkbooksChangeNothing)
{
    if (!importsWorkbooks())
        GTEST_SKIP() << "scores import does not read workbooks yet (the Cli.cpp change is not applied)";
    const QPair<qint64, qint64> before = footprint(db());
    const QDir corpus(QStringLiteral(PARINDEX_XLSX_CORPUS));
    QStringList files = corpus.entryList({QStringLiteral("*.xlsx")}, QDir::Files, QDir::Name);
    ASSERT_GE(files.size(), 8);
    // And a workbook whose third row holds a value above the maximum: read fine, refused by the importer.
    const QByteArray overMax = oneSheet(
        "<row r=\"1\"><c t=\"inlineStr\"><is><t>Đơn vị</t></is></c><c t=\"inlineStr\"><is><t>1.1</t></is></c></row>"
        "<row r=\"2\"><c t=\"inlineStr\"><is><t>Sở Nội vụ</t></is></c><c><v>1</v></c></row>"
        "<row r=\"3\"><c t=\"inlineStr\"><is><t>Sở Tư pháp</t></is></c><c><v>30</v></c></row>");
    writeFile(path(QStringLiteral("over_max.xlsx")), overMax);
    QStringList paths;
    for (const QString& name : files)
        paths << corpus.filePath(name);
    paths << path(QStringLiteral("over_max.xlsx"));
    for (const QString& file : paths) {
        for (const QString& command : {QStringLiteral("scores"), QStringLiteral("index")}) {
            const Outcome r
                = run({command, QStringLiteral("import"), QStringLiteral("--db"), db(), QStringLiteral("--index"),
                       QStringLiteral("BKCCHC"), QStringLiteral("--year"), QStringLiteral("2018"), file});
            EXPECT_EQ(r.code, 2) << command.toStdString() << " " << file.toStdString() << ": " << r.err.toStdString();
            EXPECT_TRUE(r.err.contains(QFileInfo(file).fileName())) << r.err.toStdString();
        }
    }
    EXPECT_EQ(footprint(db()), before);
}
