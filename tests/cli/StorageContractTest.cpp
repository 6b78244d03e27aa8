// The database's promises, probed from outside as another program would: the sqlite3 shell (psql on the server, in
// the ".pg" runs), parallel processes and a killed import. Runs the real executable (tests/RunParindex.h) and the
// shell.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include "../RunParindex.h"
#include "../TestBackend.h"

namespace {

QString data(const char* name)
{
    return QStringLiteral(PARINDEX_TEST_DATA "/") + QString::fromLatin1(name);
}

struct Shell
{
    int code = -1;
    QString out;
    QString err;
};

// psql: the server's own version (Debian keeps it out of PATH, one folder per major version), else the one in PATH.
QString psqlProgram()
{
    const QStringList found = QDir(QStringLiteral("/usr/lib/postgresql"))
                                  .entryList({QStringLiteral("*")}, QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (auto it = found.crbegin(); it != found.crend(); ++it) {
        const QString program = QStringLiteral("/usr/lib/postgresql/%1/bin/psql").arg(*it);
        if (QFile::exists(program))
            return program;
    }
    return QStringLiteral("psql");
}

// The shell of the database, a program that knows nothing of parindex: sqlite3 for a file, psql for a server
// database, which print rows alike (columns joined by '|'), and stop at the first error.
Shell sqlite(const QString& db, const QString& sql)
{
    QProcess process;
    if (testbackend::onServer())
        process.start(psqlProgram(),
                      {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"),
                       QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), db});
    else
        process.start(QStringLiteral("sqlite3"), {QStringLiteral("-bail"), db});
    process.write(sql.toUtf8());
    process.closeWriteChannel();
    EXPECT_TRUE(process.waitForFinished(60'000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

class Storage : public ::testing::Test
{
protected:
    QString db() const { return location.path(); }

    void SetUp() override
    {
        const Outcome r = runParindex({QStringLiteral("index"), QStringLiteral("import"), QStringLiteral("--db"), db(),
                                       QStringLiteral("--index"), QStringLiteral("DDCI"), QStringLiteral("--year"),
                                       QStringLiteral("2024"), data("ddci_2024_framework.csv")});
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
    }

    QStringList where() const
    {
        return {QStringLiteral("--db"),    db(),
                QStringLiteral("--index"), QStringLiteral("DDCI"),
                QStringLiteral("--year"),  QStringLiteral("2024")};
    }

    Outcome importScores(const QString& file, const QStringList& more = {})
    {
        return runParindex(QStringList {QStringLiteral("scores"), QStringLiteral("import")} + where() + more
                           + QStringList {file});
    }

    Outcome log()
    {
        return runParindex(
            {QStringLiteral("log"), QStringLiteral("--db"), db(), QStringLiteral("--format"), QStringLiteral("csv")});
    }

    Outcome check() { return runParindex({QStringLiteral("check"), QStringLiteral("--db"), db()}); }

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }

    // Every table's content, in a stable order (the schema is not content).
    QString content()
    {
        const Shell tables
            = sqlite(db(),
                     testbackend::onServer() ? QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = "
                                                              "'public' ORDER BY 1;")
                                             : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                                              "AND name NOT LIKE 'sqlite_stat%' ORDER BY name;"));
        QString dump;
        for (const QString& table : tables.out.split(u'\n', Qt::SkipEmptyParts))
            dump += table + u'\n'
                + sqlite(db(), QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1, 2, 3;").arg(table)).out;
        return dump;
    }

    testbackend::Location location {QStringLiteral("par.db")};
    const QTemporaryDir& dir = location.dir();
};

} // namespace

TEST_F(Storage, AShellChangeIsLoggedAsOutsideParindexNeverUnderTheLastUser)
{
    ASSERT_EQ(importScores(data("ddci_2024_scores.csv")).code, 0);
    ASSERT_EQ(runParindex(QStringList {QStringLiteral("finalise")} + where()
                          + QStringList {QStringLiteral("--reason"), QStringLiteral("approved by committee"),
                                         QStringLiteral("--allow-incomplete")})
                  .code,
              0);
    ASSERT_EQ(runParindex(QStringList {QStringLiteral("reopen")} + where()
                          + QStringList {QStringLiteral("--reason"), QStringLiteral("correction")})
                  .code,
              0);
    const Shell edit
        = sqlite(db(),
                 QStringLiteral("UPDATE scores SET value_micro = 1000000 WHERE (criterion_id, unit_id, stage) = "
                                "(SELECT criterion_id, unit_id, stage FROM scores LIMIT 1);"));
    ASSERT_EQ(edit.code, 0) << edit.err.toStdString();
    const QStringList lines = log().out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_FALSE(lines.isEmpty());
    const QString last = lines.last();
    // A file cannot know who used the shell; the server records the role it authenticated (session_user).
    if (!testbackend::onServer()) {
        EXPECT_TRUE(last.contains(QStringLiteral("outside parindex"))) << last.toStdString();
    }
    EXPECT_TRUE(last.contains(QStringLiteral("external"))) << last.toStdString();
    EXPECT_FALSE(last.contains(QStringLiteral("correction"))) << last.toStdString();
    // An unsealed entry from outside is no fault; the next parindex change seals it.
    EXPECT_EQ(check().code, 0);
}

TEST_F(Storage, InsertOrReplaceKeepsTheOldValueInTheLog)
{
    SKIP_ON_SERVER("INSERT OR REPLACE is SQLite's (a delete and an insert); the server's ON CONFLICT is an update, "
                   "logged as one");
    ASSERT_EQ(importScores(data("ddci_2024_scores.csv")).code, 0);
    const Shell replace = sqlite(
        db(),
        QStringLiteral("INSERT OR REPLACE INTO scores (unit_id, criterion_id, stage, value_micro) SELECT unit_id, "
                       "criterion_id, stage, 1000000 FROM scores WHERE value_micro = 7500000 LIMIT 1;"));
    ASSERT_EQ(replace.code, 0) << replace.err.toStdString();
    const QString out = log().out;
    EXPECT_TRUE(out.contains(QStringLiteral("replace,score,DDCI,2024,Sở Tư pháp,1.1,final,7.5,"))) << out.toStdString();
}

TEST_F(Storage, AnImportOfNewValuesIsOneChangeSetAndReplacedValuesAreLoggedOldToNew)
{
    ASSERT_EQ(importScores(data("ddci_2024_scores.csv")).code, 0);
    QString out = log().out;
    EXPECT_EQ(out.count(QStringLiteral(",import,scores,DDCI,2024,")), 1) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("sha256 "))) << out.toStdString();
    // On a server too: the test's login owns the tables (the secretariat's role), and the owner's import switches the
    // triggers off inside its transaction; another role's import is logged value by value by the server's triggers
    // (Server.AnImportByARoleThatDoesNotOwnTheScoresKeepsTheTriggers).
    EXPECT_FALSE(out.contains(QStringLiteral(",insert,score,"))) << out.toStdString();
    const QString changed = write(QStringLiteral("changed.csv"), "Đơn vị;1.1\nSở Tư pháp;6\n");
    ASSERT_EQ(importScores(changed).code, 0);
    out = log().out;
    EXPECT_TRUE(out.contains(QStringLiteral("update,score,DDCI,2024,Sở Tư pháp,1.1,final,7.5,6,")))
        << out.toStdString();
    EXPECT_EQ(check().code, 0) << check().err.toStdString();
}

TEST_F(Storage, TheAuditLogIsAppendOnlyAndCheckSeesADeletionOrAnEditEvenWithTriggersDropped)
{
    ASSERT_EQ(importScores(data("ddci_2024_scores.csv")).code, 0);
    const Outcome clean = check();
    ASSERT_EQ(clean.code, 0) << clean.err.toStdString();
    EXPECT_TRUE(clean.out.contains(QStringLiteral("hash chain intact"))) << clean.out.toStdString();
    EXPECT_NE(sqlite(db(), QStringLiteral("DELETE FROM audit_log WHERE id = 2;")).code, 0);
    EXPECT_NE(sqlite(db(), QStringLiteral("UPDATE audit_log SET actor = 'someone' WHERE id = 2;")).code, 0);

    SKIP_ON_SERVER("a copy of the file with its triggers dropped (on the server, only the owner can disable them: "
                   "Server.CheckSeesAnEntryDeletedBehindTheTriggers)");
    const QString copy = dir.filePath(QStringLiteral("copy.db"));
    ASSERT_EQ(sqlite(db(), QStringLiteral("VACUUM INTO '%1';").arg(copy)).code, 0);

    ASSERT_EQ(
        sqlite(db(), QStringLiteral("DROP TRIGGER audit_log_append_only_delete; DELETE FROM audit_log WHERE id = 2;"))
            .code,
        0);
    Outcome deleted = check();
    EXPECT_EQ(deleted.code, 3);
    EXPECT_TRUE(deleted.err.contains(QStringLiteral("audit entry 2 is missing"))) << deleted.err.toStdString();

    ASSERT_EQ(sqlite(copy,
                     QStringLiteral("DROP TRIGGER audit_log_append_only_update; UPDATE audit_log SET actor = "
                                    "'someone' WHERE id = 3;"))
                  .code,
              0);
    const Outcome edited = runParindex({QStringLiteral("check"), QStringLiteral("--db"), copy});
    EXPECT_EQ(edited.code, 3);
    EXPECT_TRUE(edited.err.contains(QStringLiteral("audit entry 3 was changed"))) << edited.err.toStdString();

    // The newest entry deleted: the sequence still remembers it.
    ASSERT_EQ(sqlite(copy,
                     QStringLiteral("DROP TRIGGER audit_log_append_only_delete; UPDATE audit_log SET actor = "
                                    "(SELECT actor FROM audit_log WHERE id = 2) WHERE id = 3; "
                                    "DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log);"))
                  .code,
              0);
    const Outcome tail = runParindex({QStringLiteral("check"), QStringLiteral("--db"), copy});
    EXPECT_EQ(tail.code, 3);
    EXPECT_TRUE(tail.err.contains(QStringLiteral("is missing"))) << tail.err.toStdString();
}

TEST_F(Storage, AFinalisedYearRefusesTheShellIncludingTheMemberSwap)
{
    ASSERT_EQ(importScores(data("ddci_2024_scores.csv")).code, 0);
    ASSERT_EQ(runParindex(QStringList {QStringLiteral("finalise")} + where()
                          + QStringList {QStringLiteral("--allow-incomplete")})
                  .code,
              0);
    const QString before = content();
    const QString swap = QStringLiteral("BEGIN;\n"
                                        "CREATE TEMP TABLE saved AS SELECT * FROM cohort_members;\n"
                                        "DELETE FROM cohort_members;\n"
                                        "UPDATE scores SET value_micro = 0;\n"
                                        "INSERT INTO cohort_members SELECT * FROM saved;\n"
                                        "COMMIT;\n");
    const Shell swapped = sqlite(db(), swap);
    EXPECT_NE(swapped.code, 0);
    EXPECT_TRUE(swapped.err.contains(QStringLiteral("finalised"))) << swapped.err.toStdString();
    for (const char* sql : {"DELETE FROM finalisations;", "UPDATE finalisations SET year = 2023;",
                            "UPDATE scores SET value_micro = 0;", "DELETE FROM cohort_members;",
                            "INSERT INTO published_ranks (index_id, year, cohort_id, unit_id, rank, of_count) SELECT "
                            "co.index_id, 2024, co.id, m.unit_id, 1, 9 FROM cohorts co JOIN cohort_members m ON "
                            "m.cohort_id = co.id LIMIT 1;",
                            "UPDATE criteria SET max_micro = max_micro + 1;", "DELETE FROM bands;",
                            "DELETE FROM frameworks;", "DELETE FROM units;", "DELETE FROM cohorts;",
                            "DELETE FROM indices;", "UPDATE indices SET aggregation = 'mean';"}) {
        const Shell refused = sqlite(db(), QString::fromLatin1(sql));
        EXPECT_NE(refused.code, 0) << sql;
        EXPECT_TRUE(refused.err.contains(QStringLiteral("finalised"))) << sql << refused.err.toStdString();
    }
    EXPECT_EQ(content(), before);
    // reopen, with its reason, still removes the finalisation.
    const Outcome reopened = runParindex(QStringList {QStringLiteral("reopen")} + where()
                                         + QStringList {QStringLiteral("--reason"), QStringLiteral("correction")});
    EXPECT_EQ(reopened.code, 0) << reopened.err.toStdString();
}

TEST_F(Storage, RefusedAndKilledImportsLeaveEveryTableAsItWas)
{
    ASSERT_EQ(importScores(data("ddci_2024_scores.csv")).code, 0);
    const QString before = content();
    const Outcome refused
        = importScores(data("ddci_2024_bad_last_row.csv"), {QStringLiteral("--cohort"), QStringLiteral("Nhóm mới")});
    EXPECT_EQ(refused.code, 2);
    EXPECT_EQ(content(), before) << "a refused import changed the database";

    // A large file, killed while it works: nothing or everything, never a part.
    QByteArray big = "unit;1.1;1.2;2.1;2.2\n";
    for (int i = 0; i < 20000; ++i)
        big += "Đơn vị " + QByteArray::number(i) + ";1;2;3;4\n";
    const QString file = write(QStringLiteral("big.csv"), big);
    int killedWhileRunning = 0;
    for (int delay : {150, 400, 800, 1500}) {
        QProcess process;
        QStringList arguments = QStringList {QStringLiteral("scores"), QStringLiteral("import")} + where()
            + QStringList {QStringLiteral("--cohort"), QStringLiteral("Nhóm lớn"), file};
        process.start(QStringLiteral(PARINDEX_EXE), arguments);
        ASSERT_TRUE(process.waitForStarted());
        QThread::msleep(delay);
        if (process.state() == QProcess::Running) {
            process.kill();
            process.waitForFinished();
            ++killedWhileRunning;
            // Killed after its COMMIT (while it closed the file) the import is whole, the other allowed outcome.
            const Shell imported
                = sqlite(db(), QStringLiteral("SELECT count(*) FROM units WHERE name LIKE 'Đơn vị %';"));
            if (imported.out.trimmed() == QLatin1String("20000"))
                break;
            EXPECT_EQ(imported.out.trimmed(), QStringLiteral("0")) << "killed after " << delay << " ms: a part";
            EXPECT_EQ(content(), before) << "killed after " << delay << " ms";
        } else {
            process.waitForFinished();
            break; // it finished: the database now holds all of it, which is the other allowed outcome
        }
    }
    EXPECT_GT(killedWhileRunning, 0);
}

TEST_F(Storage, TwoImportsAtOnceNeverCreateAUnitTwice)
{
    for (int run = 0; run < 50; ++run) {
        // 50 new units a file: on the old code (names looked up before the transaction) nearly every run doubled them.
        QByteArray csv = "unit;1.1;1.2;2.1\n";
        for (int i = 0; i < 50; ++i)
            csv += "Xã " + QByteArray::number(run) + "-" + QByteArray::number(i) + ";1;2;3\n";
        const QString file = write(QStringLiteral("run%1.csv").arg(run), csv);
        QProcess a;
        QProcess b;
        const QStringList arguments
            = QStringList {QStringLiteral("scores"), QStringLiteral("import")} + where() + QStringList {file};
        a.start(QStringLiteral(PARINDEX_EXE), arguments);
        b.start(QStringLiteral(PARINDEX_EXE), arguments);
        ASSERT_TRUE(a.waitForFinished(60'000));
        ASSERT_TRUE(b.waitForFinished(60'000));
        EXPECT_EQ(a.exitCode(), 0) << a.readAllStandardError().toStdString();
        EXPECT_EQ(b.exitCode(), 0) << b.readAllStandardError().toStdString();
    }
    const Shell duplicates = sqlite(
        db(), QStringLiteral("SELECT count(*) - count(DISTINCT name), (SELECT count(*) FROM cohorts) FROM units;"));
    EXPECT_EQ(duplicates.out.trimmed(), QStringLiteral("0|1")) << duplicates.out.toStdString();
}

TEST_F(Storage, ABusyDatabaseSaysAnotherProgramIsWriting)
{
    // The shell holds the writer's turn: SQLite's write lock, or the server's lock that parindex's writers take.
    QProcess holder;
    if (testbackend::onServer()) {
        holder.start(psqlProgram(),
                     {QStringLiteral("-X"), QStringLiteral("-A"), QStringLiteral("-t"), QStringLiteral("-d"), db()});
        ASSERT_TRUE(holder.waitForStarted());
        holder.write("BEGIN;\nSELECT pg_advisory_xact_lock(5041524900000001);\nSELECT 'held';\n");
    } else {
        holder.start(QStringLiteral("sqlite3"), {db()});
        ASSERT_TRUE(holder.waitForStarted());
        holder.write("BEGIN IMMEDIATE;\nSELECT 'held';\n");
    }
    ASSERT_TRUE(holder.waitForReadyRead(10'000));
    const Outcome busy = importScores(data("ddci_2024_scores.csv"));
    holder.write(".quit\n");
    holder.closeWriteChannel();
    holder.waitForFinished();
    EXPECT_EQ(busy.code, 3);
    EXPECT_TRUE(busy.err.contains(QStringLiteral("another program is writing; try again"))) << busy.err.toStdString();
    EXPECT_FALSE(busy.err.contains(QStringLiteral("SQL"))) << busy.err.toStdString();
}
