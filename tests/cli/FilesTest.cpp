// Database files from outside: missing, foreign, empty, read-only; backup and restore; tests run the executable.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include "../RunParindex.h"
#include "../TestBackend.h"

namespace {

QByteArray bytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Runs SQL through SQLite directly, as another program would.
void sql(const QString& path, const char* script)
{
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    char* error = nullptr;
    const int rc = sqlite3_exec(db, script, nullptr, nullptr, &error);
    EXPECT_EQ(rc, SQLITE_OK) << (error ? error : "");
    sqlite3_free(error);
    sqlite3_close(db);
}

class Files : public ::testing::Test
{
protected:
    void SetUp() override
    {
        SKIP_ON_SERVER(
            "a missing, foreign, empty, read-only or full file, and backup and restore of a file (a server's "
            "are pg_dump and pg_restore)");
    }
    QString file(const char* name) const { return dir.filePath(QString::fromLatin1(name)); }
    QString demo()
    {
        const QString path = file("par.db");
        const Outcome r = runParindex({QStringLiteral("demo"), QStringLiteral("--db"), path});
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        return path;
    }
    // Hostile's database, on the server in the ".pg" runs; Files' own tests are of files.
    testbackend::Location location {QStringLiteral("par.db")};
    const QTemporaryDir& dir = location.dir();
};

TEST_F(Files, CommandsThatReadRefuseAMissingDatabaseAndCreateNothing)
{
    const QString missing = file("typo.db");
    for (const QStringList& args :
         {QStringList {QStringLiteral("check")}, QStringList {QStringLiteral("log")},
          QStringList {QStringLiteral("ranking"), QStringLiteral("--index"), QStringLiteral("PAR"),
                       QStringLiteral("--year"), QStringLiteral("2018")},
          QStringList {QStringLiteral("scores"), QStringLiteral("import"), QStringLiteral("--index"),
                       QStringLiteral("PAR"), QStringLiteral("--year"), QStringLiteral("2018"),
                       QStringLiteral(PARINDEX_TEST_DATA "/ddci_2024_scores.csv")}}) {
        const Outcome r = runParindex(args + QStringList {QStringLiteral("--db"), missing});
        EXPECT_EQ(r.code, 3) << args.join(u' ').toStdString() << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("does not exist"))) << r.err.toStdString();
        EXPECT_FALSE(r.out.contains(QStringLiteral("integrity ok")));
        EXPECT_FALSE(QFile::exists(missing)) << args.join(u' ').toStdString();
    }
}

TEST_F(Files, InitCreatesAMarkedDatabaseOnce)
{
    const QString path = file("new.db");
    const Outcome created = runParindex({QStringLiteral("init"), QStringLiteral("--db"), path});
    ASSERT_EQ(created.code, 0) << created.err.toStdString();
    // PRAGMA application_id "PARI", at offset 68 of the header.
    EXPECT_EQ(bytes(path).mid(68, 4), QByteArrayLiteral("PARI"));
    EXPECT_EQ(runParindex({QStringLiteral("check"), QStringLiteral("--db"), path}).code, 0);
    const Outcome again = runParindex({QStringLiteral("init"), QStringLiteral("--db"), path});
    EXPECT_EQ(again.code, 2);
    EXPECT_TRUE(runParindex({QStringLiteral("--help")}).out.contains(QStringLiteral("init")));
    EXPECT_EQ(runParindex({QStringLiteral("init"), QStringLiteral("--help")}).code, 0);
}

TEST_F(Files, OlderDatabasesGetTheApplicationId)
{
    const QString path = demo();
    sql(path, "PRAGMA application_id = 0");
    ASSERT_EQ(bytes(path).mid(68, 4), QByteArray(4, '\0'));
    EXPECT_EQ(runParindex({QStringLiteral("check"), QStringLiteral("--db"), path}).code, 0);
    EXPECT_EQ(bytes(path).mid(68, 4), QByteArrayLiteral("PARI"));
}

TEST_F(Files, ForeignEmptyAndJunkFilesAreRefusedBeforeAnythingIsWritten)
{
    const QString foreign = file("other.db");
    sql(foreign, "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x');");
    const QString marked = file("marked.db");
    sql(marked, "PRAGMA application_id = 42; CREATE TABLE t (x);");
    const QString empty = file("empty.db");
    QFile(empty).open(QIODevice::WriteOnly);
    const QString junk = file("junk.db");
    {
        QFile f(junk);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'j'));
    }
    for (const QString& path : {foreign, marked, empty, junk}) {
        const QByteArray before = bytes(path);
        for (const QStringList& args :
             {QStringList {QStringLiteral("check")},
              QStringList {QStringLiteral("index"), QStringLiteral("import"), QStringLiteral("--index"),
                           QStringLiteral("X"), QStringLiteral("--year"), QStringLiteral("2020"),
                           QStringLiteral(PARINDEX_TEST_DATA "/ddci_2024_framework.csv")},
              QStringList {QStringLiteral("demo")}}) {
            const Outcome r = runParindex(args + QStringList {QStringLiteral("--db"), path});
            EXPECT_NE(r.code, 0) << path.toStdString() << " " << args.join(u' ').toStdString();
            EXPECT_TRUE(r.err.contains(QStringLiteral("not a parindex database"))) << r.err.toStdString();
        }
        EXPECT_EQ(bytes(path), before) << path.toStdString();
        EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal"))) << path.toStdString();
    }
}

TEST_F(Files, BackupNeverOverwritesWithoutForceNorFromAMissingDatabase)
{
    const QString path = demo();
    const QString target = file("good-backup.db");
    ASSERT_EQ(
        runParindex({QStringLiteral("backup"), QStringLiteral("--db"), path, QStringLiteral("--out"), target}).code, 0);
    const QByteArray good = bytes(target);
    ASSERT_FALSE(good.isEmpty());

    const Outcome typo = runParindex({QStringLiteral("backup"), QStringLiteral("--db"), file("typo.db"),
                                      QStringLiteral("--out"), target, QStringLiteral("--force")});
    EXPECT_NE(typo.code, 0);
    EXPECT_EQ(bytes(target), good);
    EXPECT_FALSE(QFile::exists(file("typo.db")));

    const Outcome again
        = runParindex({QStringLiteral("backup"), QStringLiteral("--db"), path, QStringLiteral("--out"), target});
    EXPECT_EQ(again.code, 2) << again.err.toStdString();
    EXPECT_TRUE(again.err.contains(QStringLiteral("--force")));
    EXPECT_EQ(bytes(target), good);

    EXPECT_EQ(runParindex({QStringLiteral("backup"), QStringLiteral("--db"), path, QStringLiteral("--out"), target,
                           QStringLiteral("--force")})
                  .code,
              0);
    EXPECT_EQ(runParindex({QStringLiteral("check"), QStringLiteral("--db"), target}).code, 0);
    // No temporary file is left behind.
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral(".good-backup")).size(), 0);
}

TEST_F(Files, RestoreOverADatabaseWithAWalFileGivesACleanDatabase)
{
    const QString path = demo();
    const QString backup = file("backup.db");
    ASSERT_EQ(
        runParindex({QStringLiteral("backup"), QStringLiteral("--db"), path, QStringLiteral("--out"), backup}).code, 0);
    // A -wal beside the database, as a crash or a running program leaves it: copy it while a writer holds it.
    const QString wal = path + QStringLiteral("-wal");
    {
        sqlite3* db = nullptr;
        ASSERT_EQ(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
        ASSERT_EQ(sqlite3_exec(db,
                               "PRAGMA wal_autocheckpoint = 0; CREATE TABLE after_backup (x); "
                               "INSERT INTO after_backup VALUES (1);",
                               nullptr, nullptr, nullptr),
                  SQLITE_OK);
        ASSERT_TRUE(QFile::exists(wal));
        ASSERT_TRUE(QFile::copy(wal, file("kept-wal")));
        sqlite3_close(db);
    }
    QFile::remove(wal);
    ASSERT_TRUE(QFile::copy(file("kept-wal"), wal));

    const Outcome restored
        = runParindex({QStringLiteral("restore"), QStringLiteral("--db"), path, QStringLiteral("--from"), backup});
    ASSERT_EQ(restored.code, 0) << restored.err.toStdString();
    EXPECT_TRUE(restored.out.contains(QStringLiteral("before-restore-"))) << restored.out.toStdString();
    const Outcome check = runParindex({QStringLiteral("check"), QStringLiteral("--db"), path});
    EXPECT_EQ(check.code, 0) << check.err.toStdString();
    const Outcome ranking
        = runParindex({QStringLiteral("ranking"), QStringLiteral("--db"), path, QStringLiteral("--index"),
                       QStringLiteral("PAR"), QStringLiteral("--year"), QStringLiteral("2018")});
    EXPECT_EQ(ranking.code, 0) << ranking.err.toStdString();
    // The restored file is the backup's: the table written after the backup is gone; the old file is kept aside.
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    EXPECT_NE(sqlite3_exec(db, "SELECT * FROM after_backup", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
    const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("par.db.before-restore-*")}, QDir::Files);
    ASSERT_FALSE(aside.isEmpty());
    sqlite3* old = nullptr;
    ASSERT_EQ(sqlite3_open(QFile::encodeName(dir.filePath(aside.first())).constData(), &old), SQLITE_OK);
    EXPECT_EQ(sqlite3_exec(old, "SELECT * FROM after_backup", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(old);
}

TEST_F(Files, RestoreRefusesADamagedOrForeignBackupAndKeepsTheDatabase)
{
    const QString path = demo();
    const QByteArray before = bytes(path);
    const QString foreign = file("other.db");
    sql(foreign, "CREATE TABLE contacts (name TEXT);");
    for (const QString& from : {foreign, file("missing.db")}) {
        const Outcome r
            = runParindex({QStringLiteral("restore"), QStringLiteral("--db"), path, QStringLiteral("--from"), from});
        EXPECT_EQ(r.code, 2) << r.err.toStdString();
    }
    EXPECT_EQ(bytes(path), before);
}

// A read-only mount stands for a read-only folder (permissions do not stop root, who runs CI here).
TEST_F(Files, ReadOnlyFilesCanBeReadAndCheckedButNotWritten)
{
    const QString path = demo();
    const QString mount = file("ro");
    QDir().mkpath(mount);
    const auto sh = [](const QString& command) {
        return QProcess::execute(QStringLiteral("sh"),
                                 {QStringLiteral("-c"), command + QStringLiteral(" 2>/dev/null")});
    };
    if (sh(QStringLiteral("mount --bind '%1' '%2' && mount -o remount,ro,bind '%2'").arg(dir.path(), mount)) != 0) {
        sh(QStringLiteral("umount '%1'").arg(mount));
        GTEST_SKIP() << "cannot mount a read-only folder here";
    }
    const QString readOnly = mount + QStringLiteral("/par.db");
    const Outcome check = runParindex({QStringLiteral("check"), QStringLiteral("--db"), readOnly});
    const Outcome ranking
        = runParindex({QStringLiteral("ranking"), QStringLiteral("--db"), readOnly, QStringLiteral("--index"),
                       QStringLiteral("PAR"), QStringLiteral("--year"), QStringLiteral("2018")});
    const Outcome write = runParindex({QStringLiteral("finalise"), QStringLiteral("--db"), readOnly,
                                       QStringLiteral("--index"), QStringLiteral("PAR"), QStringLiteral("--year"),
                                       QStringLiteral("2018"), QStringLiteral("--reason"), QStringLiteral("test")});
    sh(QStringLiteral("umount '%1'").arg(mount));
    EXPECT_EQ(check.code, 0) << check.err.toStdString();
    EXPECT_EQ(ranking.code, 0) << ranking.err.toStdString();
    EXPECT_EQ(write.code, 3) << write.err.toStdString();
    EXPECT_TRUE(write.err.contains(QStringLiteral("read-only"))) << write.err.toStdString();
    for (const char* raw : {"SELECT", "INSERT", "UPDATE", "attempt to write"})
        EXPECT_FALSE(write.err.contains(QLatin1String(raw))) << write.err.toStdString();
    Q_UNUSED(path);
}

// A full disk (a small tmpfs) and a folder nobody may write: every output exits 3 and leaves the earlier file.
TEST_F(Files, OutputsToAFullDiskOrAReadOnlyFolderExit3AndKeepTheEarlierFile)
{
    const QString path = demo();
    const auto sh = [](const QString& command) {
        return QProcess::execute(QStringLiteral("sh"),
                                 {QStringLiteral("-c"), command + QStringLiteral(" 2>/dev/null")});
    };
    const QString full = file("full");
    const QString readOnly = file("ro");
    QDir().mkpath(full);
    QDir().mkpath(readOnly);
    if (sh(QStringLiteral("mount -t tmpfs -o size=64k tmpfs '%1'").arg(full)) != 0)
        GTEST_SKIP() << "cannot mount a small tmpfs here (needs root)";
    const QStringList names {QStringLiteral("report.pdf"), QStringLiteral("ranking.xlsx"),
                             QStringLiteral("ranking.csv"), QStringLiteral("backup.db")};
    for (const QString& name : names) {
        QFile old(full + u'/' + name);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("earlier file");
    }
    // Fill what is left.
    sh(QStringLiteral("dd if=/dev/zero of='%1/filler' bs=1k count=200").arg(full));
    sh(QStringLiteral("mkdir -p '%1/sub' && mount --bind '%1/sub' '%2' && mount -o remount,ro,bind '%2'")
           .arg(dir.path(), readOnly));
    const bool haveReadOnly = sh(QStringLiteral("touch '%1/x'").arg(readOnly)) != 0;
    const auto outputs = [&](const QString& folder) {
        QList<Outcome> results;
        results << runParindex({QStringLiteral("report"), QStringLiteral("--db"), path, QStringLiteral("--index"),
                                QStringLiteral("PAR"), QStringLiteral("--year"), QStringLiteral("2018"),
                                QStringLiteral("--out"), folder + QStringLiteral("/report.pdf")});
        for (const char* name : {"/ranking.xlsx", "/ranking.csv"})
            results << runParindex({QStringLiteral("export"), QStringLiteral("--db"), path, QStringLiteral("--index"),
                                    QStringLiteral("PAR"), QStringLiteral("--year"), QStringLiteral("2018"),
                                    QStringLiteral("--ranking"), QStringLiteral("--out"),
                                    folder + QString::fromLatin1(name)});
        results << runParindex({QStringLiteral("backup"), QStringLiteral("--db"), path, QStringLiteral("--out"),
                                folder + QStringLiteral("/backup.db"), QStringLiteral("--force")});
        return results;
    };
    const QList<Outcome> onFull = outputs(full);
    QList<QByteArray> after;
    for (const QString& name : names)
        after << bytes(full + u'/' + name);
    const QStringList left = QDir(full).entryList(QDir::Files | QDir::Hidden);
    const QList<Outcome> onReadOnly = haveReadOnly ? outputs(readOnly) : QList<Outcome>();
    sh(QStringLiteral("umount '%1'").arg(readOnly));
    sh(QStringLiteral("umount '%1'").arg(full));
    for (int i = 0; i < onFull.size(); ++i) {
        EXPECT_EQ(onFull[i].code, 3) << names[i].toStdString() << onFull[i].out.toStdString()
                                     << onFull[i].err.toStdString();
        EXPECT_EQ(after[i], QByteArray("earlier file")) << names[i].toStdString();
    }
    EXPECT_EQ(left.size(), names.size() + 1) << left.join(u' ').toStdString(); // no temporary file left
    for (int i = 0; i < onReadOnly.size(); ++i)
        EXPECT_EQ(onReadOnly[i].code, 3) << names[i].toStdString() << onReadOnly[i].err.toStdString();
}

class Hostile : public Files
{
protected:
    QString db() const { return location.path(); }
    void SetUp() override
    {
        const Outcome r
            = runParindex({QStringLiteral("index"), QStringLiteral("import"), QStringLiteral("--db"), db(),
                           QStringLiteral("--index"), QStringLiteral("DDCI"), QStringLiteral("--year"),
                           QStringLiteral("2024"), QStringLiteral(PARINDEX_TEST_DATA "/ddci_2024_framework.csv")});
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
    }
    Outcome importNames(const QList<QByteArray>& names)
    {
        QByteArray csv = "Đơn vị;1.1;1.2;2.1;2.2;3\n";
        for (const QByteArray& name : names)
            csv += '"' + name + "\";7,5;11;14;15;45,25\n";
        const QString path = file("scores.csv");
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(csv);
        f.close();
        return runParindex({QStringLiteral("scores"), QStringLiteral("import"), QStringLiteral("--db"), db(),
                            QStringLiteral("--index"), QStringLiteral("DDCI"), QStringLiteral("--year"),
                            QStringLiteral("2024"), path});
    }
};

TEST_F(Hostile, NamesWithControlOrOpenBidiCharactersOrHugeAreRefusedWithWhere)
{
    const QByteArray rlo = QStringLiteral("Sở \u202Eabc").toUtf8();
    for (const QByteArray& name : {QByteArray(1 << 20, 'x'), QByteArray("a\0b", 3),
                                   QByteArray("Sở \x1b"
                                              "[2J"),
                                   rlo,
                                   QByteArray("Sở \xc2\x9b"
                                              "31m")}) {
        const QByteArray before = bytes(db());
        const Outcome r = importNames({QByteArrayLiteral("Sở Tư pháp"), name});
        EXPECT_EQ(r.code, 2) << name.left(20).toHex().toStdString() << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("scores.csv, line 3, column 1"))) << r.err.left(300).toStdString();
        EXPECT_FALSE(r.err.contains(QChar(0x1b)));
        EXPECT_LT(r.err.size(), 1000);
    }
    // Balanced bidirectional text and tabs are fine.
    const Outcome fine = importNames({QStringLiteral("Sở \u202Babc\u202C").toUtf8()});
    EXPECT_EQ(fine.code, 0) << fine.err.toStdString();
}

TEST_F(Hostile, FormulasAreNeutralisedInCsvAndTablesShowNoEscapes)
{
    const QList<QByteArray> formulas {"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")", "=1+1", "@SUM(1)", "+cmd|' /C calc'!A0",
                                      "-2+3"};
    const Outcome imported = importNames(formulas);
    ASSERT_EQ(imported.code, 0) << imported.err.toStdString();
    const QString csv = file("ranking.csv");
    ASSERT_EQ(runParindex({QStringLiteral("export"), QStringLiteral("--db"), db(), QStringLiteral("--index"),
                           QStringLiteral("DDCI"), QStringLiteral("--year"), QStringLiteral("2024"),
                           QStringLiteral("--ranking"), QStringLiteral("--out"), csv})
                  .code,
              0);
    const Outcome table = runParindex({QStringLiteral("ranking"), QStringLiteral("--db"), db(),
                                       QStringLiteral("--index"), QStringLiteral("DDCI"), QStringLiteral("--year"),
                                       QStringLiteral("2024"), QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(table.code, 0);
    for (const QString& text : {QString::fromUtf8(bytes(csv)), table.out}) {
        for (QString line : text.split(QStringLiteral("\n"))) {
            if (line.endsWith(u'\r'))
                line.chop(1);
            for (const QString& cell : line.split(u',')) {
                const QString bare = cell.startsWith(u'"') ? cell.mid(1) : cell;
                if (bare.isEmpty())
                    continue;
                EXPECT_FALSE(QStringLiteral("=+@\t\r").contains(bare[0])) << "[" << line.toStdString() << "]";
                if (bare[0] == u'-') {
                    EXPECT_TRUE(bare.size() > 1 && bare[1].isDigit() && !bare.contains(u'+')) << line.toStdString();
                }
            }
        }
        EXPECT_TRUE(text.contains(QStringLiteral("'=1+1"))) << text.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("'@SUM(1)")));
        EXPECT_TRUE(text.contains(QStringLiteral("'-2+3")));
    }
}

TEST(CliOutputEscapes, TerminalTablesShowControlCharactersInsteadOfObeyingThem)
{
    // A name stored before these rules (or by another program) must still not reach the terminal raw.
    SKIP_ON_SERVER("the names are edited with SQLite's recursive triggers off");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("par.db"));
    ASSERT_EQ(runParindex({QStringLiteral("demo"), QStringLiteral("--db"), path}).code, 0);
    sql(path,
        "PRAGMA recursive_triggers = 0; UPDATE units SET name = name || char(27) || '[2J' || char(8238) "
        "WHERE id IN (SELECT id FROM units LIMIT 3)");
    const Outcome r = runParindex({QStringLiteral("ranking"), QStringLiteral("--db"), path, QStringLiteral("--index"),
                                   QStringLiteral("PAR"), QStringLiteral("--year"), QStringLiteral("2018")});
    if (r.code != 0)
        GTEST_SKIP() << "the demo's units cannot be renamed here: " << r.err.toStdString();
    EXPECT_FALSE(r.out.contains(QChar(0x1b)));
    EXPECT_FALSE(r.out.contains(QChar(0x202e)));
}

} // namespace
