// The command line is a contract: these tests run the real executable as a user or a script would.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "../QtPrintTo.h"
#include "../RunParindex.h"
#include "../TestBackend.h"
#include "storage/Database.h"

#include <sqlite3.h>

namespace {

Outcome run(const QStringList& arguments)
{
    return runParindex(arguments);
}

QString data(const char* name)
{
    return QStringLiteral(PARINDEX_TEST_DATA "/") + QString::fromLatin1(name);
}

class Cli : public ::testing::Test
{
protected:
    QString db() const { return location.path(); }

    void importFramework()
    {
        const Outcome r = run({QStringLiteral("index"), QStringLiteral("import"), QStringLiteral("--db"), db(),
                               QStringLiteral("--index"), QStringLiteral("DDCI"), QStringLiteral("--name"),
                               QStringLiteral("Chỉ số CCHC các sở"), QStringLiteral("--year"), QStringLiteral("2024"),
                               data("ddci_2024_framework.csv")});
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
    }

    Outcome importScores(const QString& file, const QStringList& more = {})
    {
        return run(QStringList {QStringLiteral("scores"), QStringLiteral("import"), QStringLiteral("--db"), db(),
                                QStringLiteral("--index"), QStringLiteral("DDCI"), QStringLiteral("--year"),
                                QStringLiteral("2024")}
                   + more + QStringList {file});
    }

    Outcome ranking(const QString& format)
    {
        return run({QStringLiteral("ranking"), QStringLiteral("--db"), db(), QStringLiteral("--index"),
                    QStringLiteral("DDCI"), QStringLiteral("--year"), QStringLiteral("2024"),
                    QStringLiteral("--format"), format});
    }

    QString write(const char* name, const QByteArray& bytes)
    {
        const QString path = dir.filePath(QString::fromLatin1(name));
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }

    testbackend::Location location {QStringLiteral("par.db")};
    const QTemporaryDir& dir = location.dir();
};

} // namespace

TEST_F(Cli, DemoReproducesTheSeedTrend)
{
    ASSERT_EQ(run({QStringLiteral("demo"), QStringLiteral("--db"), db()}).code, 0);
    const Outcome r
        = run({QStringLiteral("trend"), QStringLiteral("--db"), db(), QStringLiteral("--index"), QStringLiteral("PAR"),
               QStringLiteral("--unit"), QStringLiteral("Bắc Kạn"), QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(r.out,
              QStringLiteral("year,total,max,percent,rank,of,provisional,unit,predecessor\n"
                             "2017,73.92,100,73.92,49,63,0,Bắc Kạn,0\n2018,74.62,100,74.62,49,63,0,Bắc Kạn,0\n"));
    const Outcome vi
        = run({QStringLiteral("trend"), QStringLiteral("--db"), db(), QStringLiteral("--index"), QStringLiteral("PAR"),
               QStringLiteral("--unit"), QStringLiteral("Bắc Kạn"), QStringLiteral("--lang"), QStringLiteral("vi")});
    EXPECT_TRUE(vi.out.contains(QStringLiteral("74,62"))) << vi.out.toStdString();
    EXPECT_TRUE(vi.out.contains(QStringLiteral("49/63"))) << vi.out.toStdString();
    EXPECT_TRUE(vi.out.contains(QStringLiteral("+0,70"))) << vi.out.toStdString();
    // A second demo into the same file would mix data: refused unless asked to replace.
    EXPECT_EQ(run({QStringLiteral("demo"), QStringLiteral("--db"), db()}).code, 2);
    const Outcome replaced = run({QStringLiteral("demo"), QStringLiteral("--db"), db(), QStringLiteral("--replace")});
    // A server database is not replaced: its administrator creates a new empty one.
    EXPECT_EQ(replaced.code, testbackend::onServer() ? 1 : 0) << replaced.err.toStdString();
}

TEST_F(Cli, ImportsAndRanksWithTies)
{
    importFramework();
    const Outcome imported = importScores(data("ddci_2024_scores.csv"));
    ASSERT_EQ(imported.code, 0) << imported.err.toStdString();
    const Outcome csv = ranking(QStringLiteral("csv"));
    ASSERT_EQ(csv.code, 0) << csv.err.toStdString();
    const QStringList lines = csv.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 6);
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("rank,unit,total,max,percent,band")));
    EXPECT_TRUE(lines[1].startsWith(QStringLiteral("1,Sở Tư pháp,92.75,100,92.75,Xuất sắc")));
    EXPECT_TRUE(lines[2].startsWith(QStringLiteral("2,Sở Nội vụ,90.25,100,90.25,Xuất sắc")));
    EXPECT_TRUE(lines[3].startsWith(QStringLiteral("2,Sở Y tế,90.25,100,90.25,Xuất sắc")));
    EXPECT_TRUE(lines[4].startsWith(QStringLiteral("4,\"Sở Văn hóa, Thể thao và Du lịch\",81.5,100,81.50,Tốt")));
    EXPECT_TRUE(lines[5].startsWith(QStringLiteral("5,Ban Dân tộc,56,100,56.00,Trung bình")));
    const Outcome json = ranking(QStringLiteral("json"));
    EXPECT_TRUE(json.out.contains(QStringLiteral("\"total\": 92.75"))) << json.out.toStdString();
    const Outcome table = ranking(QStringLiteral("table"));
    EXPECT_TRUE(table.out.contains(QStringLiteral("2=  Sở Nội vụ"))) << table.out.toStdString();
}

TEST_F(Cli, RefusedImportChangesNothingAndNamesTheCell)
{
    importFramework();
    ASSERT_EQ(importScores(data("ddci_2024_scores.csv")).code, 0);
    const QByteArray before = ranking(QStringLiteral("csv")).out.toUtf8();
    const Outcome refused = importScores(data("ddci_2024_bad_last_row.csv"));
    EXPECT_EQ(refused.code, 2);
    EXPECT_TRUE(refused.err.contains(
        QStringLiteral("ddci_2024_bad_last_row.csv: line 5, column 5 (2.2): 16 is above the maximum of 15")))
        << refused.err.toStdString();
    EXPECT_EQ(ranking(QStringLiteral("csv")).out.toUtf8(), before);
}

TEST_F(Cli, EveryKindOfBadFileIsRefusedWithExitCode2)
{
    importFramework();
    const QList<std::pair<QByteArray, QString>> cases {
        {QByteArray("\xEF\xBB\xBF"), QStringLiteral("empty")},
        {QByteArray("u,1.1\nS\xFF,1\n"), QStringLiteral("line 2, column 2: invalid UTF-8")},
        {QByteArray("u,1.1\n\"Sở,1\n"), QStringLiteral("line 2, column 1: a quoted field is never closed")},
        {QByteArray("u,1.1\nA,1,2\n"), QStringLiteral("line 2, column 3: this row has 3 cells")},
        {QByteArray("u,9\nA,1\n"), QStringLiteral("line 1, column 2: 9 is not a criterion")},
        {QByteArray("u,1.1\nA,1\nA,2\n"), QStringLiteral("line 3, column 1: A is already on line 2")},
        {QByteArray("u,1.1\nA,bảy\n"), QStringLiteral("line 2, column 2 (1.1): \"bảy\" is not a number")},
        {QByteArray("u,1.1\nA,-0.5\n"), QStringLiteral("line 2, column 2 (1.1): -0.5 is negative")},
        {QByteArray("u,1.1\nA,8.01\n"), QStringLiteral("line 2, column 2 (1.1): 8.01 is above the maximum of 8")},
    };
    int i = 0;
    for (const auto& [bytes, expected] : cases) {
        const QString name = QStringLiteral("bad%1.csv").arg(i++);
        const Outcome r = importScores(write(name.toLatin1().constData(), bytes));
        EXPECT_EQ(r.code, 2) << expected.toStdString();
        EXPECT_TRUE(r.err.contains(name)) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(expected)) << r.err.toStdString();
    }
    const Outcome audit
        = run({QStringLiteral("log"), QStringLiteral("--db"), db(), QStringLiteral("--format"), QStringLiteral("csv")});
    EXPECT_FALSE(audit.out.contains(QStringLiteral(",score,"))) << "a refused import wrote a score";
}

// A score file that cannot be opened is refused before the database is: an older file is not upgraded for it (nor a
// server connected to and waited for).
TEST_F(Cli, AFileThatCannotBeOpenedIsRefusedBeforeTheDatabaseIsTouched)
{
    SKIP_ON_SERVER("a file of an older schema (a server database starts whole at the baseline)");
    const QString older = dir.filePath(QStringLiteral("older.db"));
    ASSERT_TRUE(par::Database::open(older, 6).ok());
    for (const QString& file : {dir.filePath(QStringLiteral("missing.csv")), dir.path()}) {
        const Outcome refused = run({QStringLiteral("scores"), QStringLiteral("import"), QStringLiteral("--db"), older,
                                     QStringLiteral("--index"), QStringLiteral("DDCI"), QStringLiteral("--year"),
                                     QStringLiteral("2024"), file});
        EXPECT_EQ(refused.code, 2) << refused.err.toStdString();
        EXPECT_TRUE(refused.err.contains(QStringLiteral("cannot read the file"))) << refused.err.toStdString();
    }
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open_v2(older.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    sqlite3_stmt* version = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(raw, "SELECT max(version) FROM schema_migrations", -1, &version, nullptr), SQLITE_OK);
    ASSERT_EQ(sqlite3_step(version), SQLITE_ROW);
    EXPECT_EQ(sqlite3_column_int(version, 0), 6) << "the refused import upgraded the file";
    sqlite3_finalize(version);
    sqlite3_close(raw);
}

// Where the system refuses every new thread (a process limit reached), the work of the program's threads (the file's
// reading while the database opens, its second half's parsing, the values' checking while the units are written, on a
// server their ordering, and the ranking's read of last year) runs on the calling thread: files large enough to be
// parsed in two halves import, and rank against last year, as they do with threads.
TEST_F(Cli, ImportsTheSameWhereNoThreadCanBeStarted)
{
    const auto scores = [this](int year) {
        QByteArray csv("u,1.1,1.2,2.1,2.2,3\n");
        for (int i = year; i < year + 20000; ++i) {
            csv += "\"Đơn vị " + QByteArray::number(i - year) + "\"," + QByteArray::number(i % 8) + ".5,"
                + QByteArray::number(i % 13) + "," + QByteArray::number(i % 16) + "," + QByteArray::number(i % 7)
                + ".25," + QByteArray::number(i % 51) + "\n";
        }
        return write(QStringLiteral("scores%1.csv").arg(year).toLatin1().constData(), csv);
    };
    const QStringList years {QStringLiteral("2023"), QStringLiteral("2024")};
    const QStringList files {scores(2023), scores(2024)};
    testbackend::Location threadless {QStringLiteral("threadless.db")};
    QProcessEnvironment refusing;
    refusing.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(PARINDEX_NO_THREADS));
    // An ASan build's runtime wants to come first; the preloaded library only replaces pthread_create.
    refusing.insert(QStringLiteral("ASAN_OPTIONS"),
                    qEnvironmentVariable("ASAN_OPTIONS") + QStringLiteral(":verify_asan_link_order=0"));
    QStringList rankings;
    for (const QString& database : {db(), threadless.path()}) {
        const bool refused = database != db();
        const auto on = [&](const QStringList& command, const QString& year, const QStringList& more) {
            const Outcome r
                = runParindex(command
                                  + QStringList {QStringLiteral("--db"), database, QStringLiteral("--index"),
                                                 QStringLiteral("DDCI"), QStringLiteral("--year"), year}
                                  + more,
                              refused ? refusing : QProcessEnvironment());
            EXPECT_EQ(r.code, 0) << r.err.toStdString();
            if (refused) {
                EXPECT_TRUE(r.err.contains(QStringLiteral("nothreads: refused")))
                    << "the library was not preloaded: " << r.err.toStdString();
            }
            return r;
        };
        for (int y = 0; y < 2; ++y) {
            on({QStringLiteral("index"), QStringLiteral("import")}, years[y], {data("ddci_2024_framework.csv")});
            const Outcome imported = on({QStringLiteral("scores"), QStringLiteral("import")}, years[y], {files[y]});
            EXPECT_TRUE(imported.out.contains(QStringLiteral("Imported 20000 units"))) << imported.out.toStdString();
            const QRegularExpressionMatch count
                = QRegularExpression(QStringLiteral("nothreads: refused (\\d+) new threads")).match(imported.err);
            if (refused) {
                EXPECT_GE(count.captured(1).toInt(), 3) << imported.err.toStdString();
            }
        }
        rankings << on({QStringLiteral("ranking")}, years[1], {QStringLiteral("--format"), QStringLiteral("csv")}).out;
    }
    ASSERT_EQ(rankings[0].count(u'\n'), 20001);
    EXPECT_TRUE(rankings[0].contains(QStringLiteral(",-"))) << "no change against last year";
    EXPECT_EQ(rankings[1], rankings[0]);
}

TEST_F(Cli, RecordedParentDifferencesAreReportedByImportAndCheck)
{
    importFramework();
    const Outcome r = importScores(write("parent.csv", "u,1,1.1,1.2\nSở Nội vụ,7.4801,3.4802,4\n"));
    EXPECT_EQ(r.code, 0);
    EXPECT_TRUE(r.err.contains(QStringLiteral("recorded 7.4801 but its parts give 7.4802"))) << r.err.toStdString();
    const Outcome check = run({QStringLiteral("check"), QStringLiteral("--db"), db()});
    EXPECT_EQ(check.code, 0);
    EXPECT_TRUE(check.out.contains(QStringLiteral("7.4801"))) << check.out.toStdString();
    EXPECT_TRUE(check.out.contains(QStringLiteral("7.4802")));
}

TEST_F(Cli, CheckListsUnitsWithUnscoredCriteria)
{
    importFramework();
    ASSERT_EQ(importScores(write("partial.csv", "u,1.1\nSở Nội vụ,3\n")).code, 0);
    const Outcome check = run({QStringLiteral("check"), QStringLiteral("--db"), db()});
    EXPECT_EQ(check.code, 0);
    // In English as in the window: one, not "(s)".
    EXPECT_TRUE(check.out.contains(QStringLiteral("1 unit-year-stage has unscored criteria")))
        << check.out.toStdString();
    EXPECT_TRUE(check.out.contains(QStringLiteral("Sở Nội vụ")));
    EXPECT_TRUE(check.out.contains(QStringLiteral("1.2")));
}

TEST_F(Cli, FinaliseRefusesEditsUntilReopenedWithAReason)
{
    importFramework();
    ASSERT_EQ(importScores(data("ddci_2024_scores.csv")).code, 0);
    const QStringList where {QStringLiteral("--db"),    db(),
                             QStringLiteral("--index"), QStringLiteral("DDCI"),
                             QStringLiteral("--year"),  QStringLiteral("2024")};
    ASSERT_EQ(run(QStringList {QStringLiteral("finalise")} + where
                  + QStringList {QStringLiteral("--reason"), QStringLiteral("QĐ 12/QĐ-UBND"),
                                 QStringLiteral("--allow-incomplete")}) // Ban Dân tộc has no 1.2
                  .code,
              0);
    const Outcome locked = importScores(data("ddci_2024_scores.csv"));
    EXPECT_EQ(locked.code, 2);
    EXPECT_TRUE(locked.err.contains(QStringLiteral("final"))) << locked.err.toStdString();
    EXPECT_EQ(run(QStringList {QStringLiteral("reopen")} + where).code, 1); // no reason
    ASSERT_EQ(run(QStringList {QStringLiteral("reopen")} + where
                  + QStringList {QStringLiteral("--reason"), QStringLiteral("sửa điểm 2.1")})
                  .code,
              0);
    EXPECT_EQ(importScores(data("ddci_2024_scores.csv")).code, 0);
    const Outcome log
        = run({QStringLiteral("log"), QStringLiteral("--db"), db(), QStringLiteral("--format"), QStringLiteral("csv")});
    EXPECT_TRUE(log.out.contains(QStringLiteral("reopen,cohort-year,DDCI,2024"))) << log.out.toStdString();
    EXPECT_TRUE(log.out.contains(QStringLiteral("sửa điểm 2.1")));
}

TEST_F(Cli, UsageAndStorageErrorsHaveTheirExitCodes)
{
    EXPECT_EQ(run({QStringLiteral("ranking"), QStringLiteral("--db"), db()}).code, 1);
    EXPECT_EQ(run({QStringLiteral("nonsense")}).code, 1);
    EXPECT_EQ(
        run({QStringLiteral("ranking"), QStringLiteral("--db"), db(), QStringLiteral("--index"), QStringLiteral("X"),
             QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--format"), QStringLiteral("xml")})
            .code,
        1);
    const QString junk = write("junk.db", QByteArray(8192, 'j'));
    const Outcome storage = run({QStringLiteral("check"), QStringLiteral("--db"), junk});
    EXPECT_EQ(storage.code, 3) << storage.err.toStdString();
    EXPECT_EQ(run({QStringLiteral("check"), QStringLiteral("--db"), dir.path()}).code, 3);
}

TEST_F(Cli, EveryCommandHasHelp)
{
    const Outcome top = run({QStringLiteral("--help")});
    EXPECT_EQ(top.code, 0);
    for (const QString& command :
         {QStringLiteral("demo"), QStringLiteral("index import"), QStringLiteral("scores import"),
          QStringLiteral("ranking"), QStringLiteral("trend"), QStringLiteral("check"), QStringLiteral("lost"),
          QStringLiteral("finalise"), QStringLiteral("reopen"), QStringLiteral("log"), QStringLiteral("backup")}) {
        EXPECT_TRUE(top.out.contains(command)) << command.toStdString();
        const Outcome help = run(command.split(u' ') + QStringList {QStringLiteral("--help")});
        EXPECT_EQ(help.code, 0) << command.toStdString();
        EXPECT_TRUE(help.out.contains(QStringLiteral("--db"))) << command.toStdString() << help.out.toStdString();
        EXPECT_TRUE(help.out.contains(QStringLiteral("Usage: parindex ") + command)) << help.out.toStdString();
    }
}
