#include "TestDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace par;

namespace {

QString text(Database& db, const QString& sql)
{
    QSqlQuery q(db.sql());
    EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace

TEST(Storage, OpensWithForeignKeysWalAndTheNewestSchema)
{
    TestDatabase t;
    EXPECT_EQ(t.db->schemaVersion(), Database::latestVersion());
    EXPECT_GE(Database::latestVersion(), 2);
    EXPECT_TRUE(t.db->integrityCheck().ok());
    SKIP_ON_SERVER("PRAGMA foreign_keys, journal_mode and busy_timeout");
    EXPECT_EQ(text(*t.db, QStringLiteral("PRAGMA foreign_keys")), QStringLiteral("1"));
    EXPECT_EQ(text(*t.db, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
    EXPECT_EQ(text(*t.db, QStringLiteral("PRAGMA busy_timeout")), QStringLiteral("5000"));
}

// A write that breaks a foreign key gets past the program's own checks only when another program changed the file
// meanwhile: it is refused in plain words (exit code 2), on every path into SQLite, and changes nothing. (The server's
// sentences, which can name what is missing: ServerMessages.ABrokenForeignKey...)
TEST(Storage, ABrokenForeignKeyIsRefusedInPlainWordsAndChangesNothing)
{
    SKIP_ON_SERVER("SQLite's own foreign-key message");
    TestDatabase t;
    t.framework(QStringLiteral("PAR"), 2019, "code,title,max_points\nA,a,10\n");
    ASSERT_TRUE(t.scores(QStringLiteral("PAR"), 2019, "u,A\nX,5\n").isEmpty());
    const QString before = text(*t.db, QStringLiteral("SELECT count(*) || '/' || sum(value_micro) FROM scores"));
    const QString expected
        = QStringLiteral("the change refers to a record that does not exist, or removes one that other records still "
                         "refer to (another program may have changed the database meanwhile); nothing was changed");
    auto plain = [&expected](const Status& s) {
        ASSERT_FALSE(s.ok());
        EXPECT_EQ(s.error().kind, Error::Input);
        EXPECT_EQ(s.error().message, expected);
    };
    // The raw executor (scripts), QtSql, and a statement that removes what scores refer to.
    plain(t.db->execScript(QStringLiteral("INSERT INTO scores (unit_id, criterion_id, stage, value_micro) "
                                          "VALUES (999999, 999999, 'final', 1)")));
    auto added = t.db->exec(QStringLiteral("INSERT INTO scores (unit_id, criterion_id, stage, value_micro) "
                                           "VALUES (?, ?, 'final', 1)"),
                            {999999, 999999});
    plain(added ? success() : Status(added.error()));
    plain(t.db->execScript(QStringLiteral("DELETE FROM units")));
    EXPECT_EQ(text(*t.db, QStringLiteral("SELECT count(*) || '/' || sum(value_micro) FROM scores")), before);
    EXPECT_EQ(text(*t.db, QStringLiteral("SELECT count(*) FROM units")), QStringLiteral("1"));
}

TEST(Storage, NoPointsAreStoredAsReal)
{
    TestDatabase t;
    QSqlQuery q(t.db->sql());
    // On the server, no floating point and no numeric either: points are whole micro-points (bigint).
    ASSERT_TRUE(q.exec(
        testbackend::onServer()
            ? QStringLiteral("SELECT table_name, column_name, CASE WHEN data_type IN ('real', 'double precision', "
                             "'numeric') THEN 'REAL' ELSE data_type END FROM information_schema.columns "
                             "WHERE table_schema = 'public'")
            : QStringLiteral("SELECT m.name, p.name, p.type FROM sqlite_master m, pragma_table_info(m.name) p "
                             "WHERE m.type = 'table'")));
    int columns = 0;
    while (q.next()) {
        ++columns;
        EXPECT_NE(q.value(2).toString().toUpper(), QStringLiteral("REAL"))
            << q.value(0).toString().toStdString() << "." << q.value(1).toString().toStdString();
    }
    EXPECT_GT(columns, 50);
}

TEST(Storage, UpgradesADatabaseOfAnOlderVersionKeepingItsData)
{
    SKIP_ON_SERVER("a file of schema 1 (a server database starts whole at the baseline)");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    {
        auto old = Database::open(path, 1);
        ASSERT_TRUE(old.ok());
        EXPECT_EQ(old.value()->schemaVersion(), 1);
        Catalog catalog(*old.value());
        Database::Transaction tx(*old.value());
        ASSERT_TRUE(catalog.saveUnit(makeUnit(QStringLiteral("BK"), QStringLiteral("Bắc Kạn"))).ok());
        ASSERT_TRUE(tx.commit().ok());
        QSqlQuery q(old.value()->sql());
        EXPECT_FALSE(q.exec(QStringLiteral("SELECT decision FROM frameworks"))); // a version 2 column
    }
    auto upgraded = Database::open(path);
    ASSERT_TRUE(upgraded.ok()) << upgraded.error().message.toStdString();
    EXPECT_EQ(upgraded.value()->schemaVersion(), Database::latestVersion());
    EXPECT_EQ(text(*upgraded.value(), QStringLiteral("SELECT name FROM units WHERE code = 'BK'")),
              QStringLiteral("Bắc Kạn"));
    QSqlQuery q(upgraded.value()->sql());
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT decision FROM frameworks")));
    // Every script the program holds is recorded once (a number not merged yet is skipped, see latestVersion).
    EXPECT_EQ(text(*upgraded.value(), QStringLiteral("SELECT count(*) FROM schema_migrations")),
              QString::number(QDir(QStringLiteral(":/sql")).entryList({QStringLiteral("*.sql")}, QDir::Files).size()));
}

TEST(Storage, RefusesAFileThatIsNotADatabaseOrIsNewer)
{
    SKIP_ON_SERVER("a file of junk, and a newer file (the server's: Server.InitCreatesTheSchemaOnceAndRefuses...)");
    QTemporaryDir dir;
    const QString junk = dir.filePath(QStringLiteral("junk.db"));
    QFile file(junk);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    auto opened = Database::open(junk);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind, Error::Storage);

    const QString newer = dir.filePath(QStringLiteral("newer.db"));
    {
        auto db = Database::open(newer);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(db.value()->execScript(QStringLiteral("INSERT INTO schema_migrations VALUES (99, 'x')")).ok());
    }
    auto reopened = Database::open(newer);
    ASSERT_FALSE(reopened.ok());
    EXPECT_TRUE(reopened.error().message.contains(QStringLiteral("newer parindex")));
}

TEST(Storage, AuditLogRecordsWhoWhatOldNewAndWhy)
{
    SKIP_ON_SERVER("the actor is the OS user (PARINDEX_USER) and new values go in the change set; the server logs "
                   "session_user and every value (Server.TheLogsActorIsTheSessionUserWhateverTheClientClaims)");
    qputenv("PARINDEX_USER", "chuyenvien.snv");
    TestDatabase t;
    t.framework(QStringLiteral("PAR"), 2018, "code,title,max_points\nA,Lĩnh vực,64.5\nB,SIPAS,12\n");
    ASSERT_TRUE(t.scores(QStringLiteral("PAR"), 2018, "u,A\nBắc Kạn,47.4299\n").isEmpty());
    ASSERT_TRUE(t.scores(QStringLiteral("PAR"), 2018, "u,A\nBắc Kạn,47.43\n").isEmpty());
    ASSERT_TRUE(t.scores(QStringLiteral("PAR"), 2018, "u,A\nBắc Kạn,\n").isEmpty());
    QSqlQuery q(t.db->sql());
    ASSERT_TRUE(
        q.exec(QStringLiteral("SELECT actor, action, index_code, year, unit, criterion, stage, old_value, new_value, "
                              "reason FROM audit_log WHERE entity = 'score' ORDER BY id")));
    QStringList rows;
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < 10; ++i)
            cells << q.value(i).toString();
        rows << cells.join(u'|');
    }
    EXPECT_EQ(rows,
              (QStringList {
                  QStringLiteral("chuyenvien.snv|update|PAR|2018|Bắc Kạn|A|final|47.4299|47.43|import scores.csv"),
                  QStringLiteral("chuyenvien.snv|delete|PAR|2018|Bắc Kạn|A|final|47.43||import scores.csv"),
              }));
    // A value new to the database is counted in its import's change set, not logged one row each.
    EXPECT_EQ(t.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import' AND entity = 'scores' "
                                     "AND actor = 'chuyenvien.snv' AND new_value LIKE 'scores.csv (sha256 %'")),
              3);
    EXPECT_EQ(
        t.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'criterion' AND action = 'insert'")), 3);
    EXPECT_EQ(t.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'unit'")), 1);
    EXPECT_EQ(t.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE at NOT LIKE '20__-__-__T__:__:__.___Z'")),
              0);
    qunsetenv("PARINDEX_USER");
}

TEST(Storage, UnitEditsAreLoggedWithOldAndNew)
{
    TestDatabase t;
    Database::Transaction tx(*t.db, QStringLiteral("merger 2025"));
    auto tn = t.catalog->saveUnit(makeUnit(QStringLiteral("TN"), QStringLiteral("Thái Nguyên")));
    auto bk = t.catalog->saveUnit(makeUnit(QStringLiteral("BK"), QStringLiteral("Bắc Kạn")));
    Unit merged = bk.value();
    merged.validTo = 2025;
    merged.successorId = tn->id;
    ASSERT_TRUE(t.catalog->saveUnit(merged).ok());
    ASSERT_TRUE(tx.commit().ok());
    EXPECT_EQ(
        text(*t.db, QStringLiteral("SELECT new_value FROM audit_log WHERE entity = 'unit' AND action = 'update'")),
        QStringLiteral("BK / Bắc Kạn / other / -2025 > Thái Nguyên"));
    EXPECT_EQ(text(*t.db, QStringLiteral("SELECT reason FROM audit_log WHERE entity = 'unit' AND action = 'update'")),
              QStringLiteral("merger 2025"));
}

TEST(Storage, FinalisedScoresCannotBeChangedByAnyPath)
{
    TestDatabase t;
    t.framework(QStringLiteral("PAR"), 2018, "code,title,max_points\nA,a,10\n");
    ASSERT_TRUE(t.scores(QStringLiteral("PAR"), 2018, "u,A\nX,5\n").isEmpty());
    auto index = t.catalog->index(QStringLiteral("PAR"));
    auto cohort = t.catalog->defaultCohort(index.value());
    {
        Database::Transaction tx(*t.db, QStringLiteral("QĐ 1/QĐ-UBND"));
        ASSERT_TRUE(t.catalog->finalise(cohort->id, 2018).ok());
        ASSERT_TRUE(tx.commit().ok());
    }
    EXPECT_TRUE(t.catalog->isFinalised(cohort->id, 2018).value());
    // Even a raw statement is stopped by the database itself.
    EXPECT_FALSE(t.db->execScript(QStringLiteral("UPDATE scores SET value_micro = 1")).ok());
    EXPECT_FALSE(t.db->execScript(QStringLiteral("DELETE FROM scores")).ok());
    EXPECT_EQ(t.count(QStringLiteral("SELECT value_micro FROM scores")), 5'000'000);
    EXPECT_EQ(
        t.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'finalise' AND reason = 'QĐ 1/QĐ-UBND'")),
        1);
}

TEST(Storage, CohortMembershipAndCriterionMovesAreLogged)
{
    TestDatabase t;
    t.framework(QStringLiteral("PAR"), 2018, "code,title,max_points\nA,a,10\nB,b,10\n");
    ASSERT_TRUE(t.scores(QStringLiteral("PAR"), 2018, "u,A\nBắc Kạn,5\n").isEmpty());
    EXPECT_EQ(
        t.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'cohort-member' AND action = 'insert' "
                               "AND unit = 'Bắc Kạn' AND year = 2018")),
        1);
    ASSERT_TRUE(t.db->execScript(QStringLiteral("UPDATE criteria SET position = 7 WHERE code = 'B'")).ok());
    EXPECT_EQ(t.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'criterion' AND criterion = 'B' "
                                     "AND new_value = 'position 7'")),
              1);
}

TEST(Storage, TransactionsRollBackUnlessCommitted)
{
    TestDatabase t;
    {
        Database::Transaction tx(*t.db);
        ASSERT_TRUE(t.catalog->saveUnit(makeUnit(QStringLiteral("A"), QStringLiteral("A"))).ok());
    }
    EXPECT_EQ(t.count(QStringLiteral("SELECT count(*) FROM units")), 0);
    EXPECT_EQ(t.count(QStringLiteral("SELECT count(*) FROM audit_log")), 0);
}

TEST(Storage, BackupCopiesEverything)
{
    SKIP_ON_SERVER("SQLite's backup API (a server's backup is pg_dump)");
    TestDatabase t;
    t.framework(QStringLiteral("PAR"), 2018, "code,title,max_points\nA,a,10\n");
    const QString copy = t.dir.filePath(QStringLiteral("copy.db"));
    ASSERT_TRUE(t.db->backupTo(copy).ok());
    auto reopened = Database::open(copy);
    ASSERT_TRUE(reopened.ok());
    EXPECT_EQ(text(*reopened.value(), QStringLiteral("SELECT count(*) FROM criteria")), QStringLiteral("2"));
}

TEST(Storage, UnitsWithoutACodeCannotShareANameAndOldTwinsAreToldApart)
{
    SKIP_ON_SERVER("a file of schema 5 upgraded (a server database starts whole at the baseline)");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("twins.db"));
    {
        auto old = Database::open(path, 5);
        ASSERT_TRUE(old.ok());
        // What two imports at once used to leave behind.
        ASSERT_TRUE(old.value()
                        ->execScript(QStringLiteral("INSERT INTO units (name) VALUES ('Xã A'), ('Xã A'), ('Xã B'); "
                                                    "INSERT INTO units (code, name) VALUES ('X1', 'Xã B')"))
                        .ok());
    }
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    EXPECT_EQ(text(*db.value(),
                   QStringLiteral("SELECT group_concat(name, '|') FROM (SELECT name FROM units ORDER BY "
                                  "id)")),
              QStringLiteral("Xã A|Xã A (#2)|Xã B|Xã B"));
    EXPECT_EQ(
        text(*db.value(), QStringLiteral("SELECT actor || ' ' || action FROM audit_log WHERE unit = 'Xã A (#2)'")),
        QStringLiteral("parindex update"));
    Catalog catalog(*db.value());
    Database::Transaction tx(*db.value());
    auto twin = catalog.saveUnit(makeUnit(QString(), QStringLiteral("Xã B")));
    ASSERT_FALSE(twin.ok());
    EXPECT_EQ(twin.error().kind, Error::Input);
    EXPECT_TRUE(catalog.saveUnit(makeUnit(QStringLiteral("X2"), QStringLiteral("Xã B"))).ok());
}

// The audit log's hash chain in its documented form, computed here without the program's code: each entry's hash is
// SHA-256 (hexadecimal) of the hash before it, 0x1E, and its fourteen columns joined by 0x1F, a NULL as one NUL byte.
// Logs sealed by earlier versions are verified against this form, so it may not drift.
TEST(Storage, EachAuditHashIsTheDocumentedSha256OfItsEntry)
{
    TestDatabase t;
    t.framework(QStringLiteral("P"), 2024, "code,title,max_points\n1,a,50\n2,b,50\n");
    ASSERT_TRUE(t.scores(QStringLiteral("P"), 2024, "u,1,2\nA,10,\nB,5,7.25\n").isEmpty());
    auto rows = t.db->exec(QStringLiteral("SELECT id, at, actor, source, action, entity, index_code, year, unit, "
                                          "criterion, stage, old_value, new_value, reason, hash FROM audit_log "
                                          "ORDER BY id"));
    ASSERT_TRUE(rows.ok()) << rows.error().message.toStdString();
    QByteArray previous;
    int entries = 0;
    while (rows.value().next()) {
        QByteArray content;
        for (int i = 0; i < 14; ++i) {
            if (i)
                content += '\x1f';
            content += rows.value().isNull(i) ? QByteArray(1, '\0') : rows.value().value(i).toString().toUtf8();
        }
        const QByteArray expected
            = QCryptographicHash::hash(QByteArray(previous + '\x1e' + content), QCryptographicHash::Sha256).toHex();
        const QByteArray stored = rows.value().value(14).toString().toUtf8();
        EXPECT_EQ(stored.toStdString(), expected.toStdString()) << "entry " << rows.value().value(0).toLongLong();
        previous = stored;
        ++entries;
    }
    EXPECT_GT(entries, 3);
}
