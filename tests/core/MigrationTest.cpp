// Migration 008: scores become one WITHOUT ROWID B-tree keyed by (criterion, unit, stage). Values, notes and evidence
// are kept, the copy writes no audit rows, and the audit and lock triggers hold as before.
#include "TestDatabase.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <gtest/gtest.h>

using namespace par;

namespace {

QString rows(Database& db, const QString& sql)
{
    QSqlQuery q(db.sql());
    EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
    QStringList out;
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
        out << cells.join(u'|');
    }
    return out.join(u'\n');
}

// PAR 2018 and 2019 (criteria A and B of 10 points) with the scores given for each year, then a raw edit if given,
// then 2018 finalised.
void twoYearsTheFirstFinal(TestDatabase& t, const QByteArray& scores2018, const QByteArray& scores2019,
                           const QString& edit = QString())
{
    t.framework(QStringLiteral("PAR"), 2018, "code,title,max_points\nA,a,10\nB,b,10\n");
    t.framework(QStringLiteral("PAR"), 2019, "code,title,max_points\nA,a,10\nB,b,10\n");
    ASSERT_TRUE(t.scores(QStringLiteral("PAR"), 2018, scores2018).isEmpty());
    ASSERT_TRUE(t.scores(QStringLiteral("PAR"), 2019, scores2019).isEmpty());
    if (!edit.isEmpty()) {
        ASSERT_TRUE(t.db->execScript(edit).ok()) << edit.toStdString();
    }
    auto index = t.catalog->index(QStringLiteral("PAR"));
    auto cohort = t.catalog->defaultCohort(index.value());
    Database::Transaction tx(*t.db, QStringLiteral("QĐ 1/QĐ-UBND"));
    ASSERT_TRUE(t.catalog->finalise(cohort->id, 2018).ok());
    ASSERT_TRUE(tx.commit().ok());
}

} // namespace

TEST(Migration008, ScoresKeepTheirValuesNotesAuditTrailAndLock)
{
    SKIP_ON_SERVER("migration 008 of a file of schema 6 (a server database starts whole at the baseline)");
    TestDatabase t(6);
    ASSERT_EQ(t.db->schemaVersion(), 6);
    twoYearsTheFirstFinal(t, "u,A,B\nX,5,7\nY,3,\n", "u,A,B\nX,6,8\nY,4,2\n",
                          QStringLiteral("UPDATE scores SET note = 'ghi chú', evidence = 'QĐ 5' "
                                         "WHERE value_micro = 7000000"));
    if (::testing::Test::HasFatalFailure())
        return;
    const QString allScores = QStringLiteral(
        "SELECT unit_id, criterion_id, stage, value_micro, note, evidence FROM scores ORDER BY 1, 2, 3");
    const QString before = rows(*t.db, allScores);
    const QString auditBefore = rows(*t.db, QStringLiteral("SELECT * FROM audit_log ORDER BY id"));
    ASSERT_EQ(before.count(u'\n'), 6); // 7 values
    t.catalog.reset();
    t.db.reset();

    auto opened = Database::open(t.path);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    Database& db = *opened.value();
    ASSERT_GE(db.schemaVersion(), 8);
    EXPECT_EQ(rows(db, allScores), before);
    EXPECT_EQ(rows(db, QStringLiteral("SELECT * FROM audit_log ORDER BY id")), auditBefore);
    EXPECT_TRUE(rows(db, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'scores'"))
                    .contains(QLatin1String("WITHOUT ROWID")));
    EXPECT_EQ(rows(db,
                   QStringLiteral("SELECT count(*) FROM sqlite_master WHERE tbl_name = 'scores' AND type = 'index' "
                                  "AND sql IS NOT NULL")),
              QStringLiteral("0"));
    EXPECT_EQ(rows(db,
                   QStringLiteral("SELECT count(*) FROM sqlite_master WHERE tbl_name = 'scores' AND type = "
                                  "'trigger' AND name <> 'scores_versioned'")), // 011's own
              QStringLiteral("8"));
    EXPECT_EQ(rows(db, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    EXPECT_EQ(rows(db, QStringLiteral("PRAGMA foreign_key_check")), QString());

    // The lock: the finalised 2018 refuses every raw change; 2019 is open.
    EXPECT_FALSE(db.execScript(QStringLiteral("UPDATE scores SET value_micro = 1 WHERE value_micro = 5000000")).ok());
    EXPECT_FALSE(db.execScript(QStringLiteral("DELETE FROM scores WHERE value_micro = 3000000")).ok());
    EXPECT_EQ(rows(db, allScores), before);

    // The audit trail: a change from another program is logged with old and new, a replacement as a replacement.
    ASSERT_TRUE(
        db.execScript(QStringLiteral("UPDATE scores SET value_micro = 9000000 WHERE value_micro = 6000000")).ok());
    EXPECT_EQ(rows(db,
                   QStringLiteral("SELECT action, entity, old_value, new_value, actor, source FROM audit_log "
                                  "WHERE entity = 'score' ORDER BY id DESC LIMIT 1")),
              QStringLiteral("update|score|6|9|outside parindex|external"));
    ASSERT_TRUE(
        db.execScript(QStringLiteral("INSERT OR REPLACE INTO scores (unit_id, criterion_id, stage, value_micro) "
                                     "SELECT unit_id, criterion_id, stage, 1000000 FROM scores "
                                     "WHERE value_micro = 8000000"))
            .ok());
    EXPECT_EQ(rows(db,
                   QStringLiteral("SELECT action, old_value FROM audit_log WHERE entity = 'score' "
                                  "ORDER BY id DESC LIMIT 2")),
              QStringLiteral("insert|NULL\nreplace|8"));

    // The application still reads and writes through the new key.
    Catalog catalog(db);
    auto framework = catalog.requireFramework(catalog.index(QStringLiteral("PAR")).value(), 2019);
    ASSERT_TRUE(framework.ok());
    auto x = catalog.findUnit(QStringLiteral("X"));
    ASSERT_TRUE(x.ok() && x.value());
    auto recorded = catalog.recorded(framework.value(), Stage::Final, {x.value()->id});
    ASSERT_TRUE(recorded.ok());
    EXPECT_EQ(recorded->value(x.value()->id).size(), framework->criteria.size());
}

// Migration 011: an older file's score rows all start at version 1, keep their values, notes and log, and from then on
// every change moves the version, a raw one from another program included.
TEST(Migration011, OldScoresGetAVersionThatEveryChangeMoves)
{
    TestDatabase t(9);
    ASSERT_EQ(t.db->schemaVersion(), 9);
    t.framework(QStringLiteral("PAR"), 2019, "code,title,max_points\nA,a,10\nB,b,10\n");
    ASSERT_TRUE(t.scores(QStringLiteral("PAR"), 2019, "u,A,B\nX,6,8\nY,4,\n").isEmpty());
    ASSERT_TRUE(
        t.db->execScript(QStringLiteral("UPDATE scores SET note = 'ghi chú' WHERE value_micro = 8000000")).ok());
    const QString allScores = QStringLiteral(
        "SELECT unit_id, criterion_id, stage, value_micro, note, evidence FROM scores ORDER BY 1, 2, 3");
    const QString before = rows(*t.db, allScores);
    const QString auditBefore = rows(*t.db, QStringLiteral("SELECT * FROM audit_log ORDER BY id"));
    t.catalog.reset();
    t.db.reset();

    auto opened = Database::open(t.path);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    Database& db = *opened.value();
    ASSERT_GE(db.schemaVersion(), 11);
    EXPECT_EQ(rows(db, allScores), before);
    EXPECT_EQ(rows(db, QStringLiteral("SELECT * FROM audit_log ORDER BY id")), auditBefore);
    EXPECT_EQ(rows(db, QStringLiteral("SELECT DISTINCT version FROM scores")), QStringLiteral("1"));
    EXPECT_EQ(rows(db, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));

    ASSERT_TRUE(
        db.execScript(QStringLiteral("UPDATE scores SET value_micro = 9000000 WHERE value_micro = 6000000")).ok());
    ASSERT_TRUE(db.execScript(QStringLiteral("UPDATE scores SET evidence = 'QĐ 5' WHERE value_micro = 8000000")).ok());
    EXPECT_EQ(rows(db, QStringLiteral("SELECT value_micro, version FROM scores ORDER BY value_micro")),
              QStringLiteral("4000000|1\n8000000|2\n9000000|2"));
    // The trigger's own write is not logged as a change: one entry per raw change (the note before the upgrade too).
    EXPECT_EQ(rows(db,
                   QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'score' AND action = 'update' "
                                  "AND source = 'external'")),
              QStringLiteral("3"));
}

// Migration 012: on a server, the finalisation lock's and the account's checks become PL/pgSQL with one plan per
// session (a LANGUAGE sql function was planned again in every transaction: 10-14 ms a saved cell, bench/README.md);
// on a file nothing changes. Either way the lock and the role answer as before the upgrade.
TEST(Migration012, TheRowChecksKeepTheirAnswersAndAServerPlansThemOncePerSession)
{
    TestDatabase t(11);
    ASSERT_EQ(t.db->schemaVersion(), 11);
    twoYearsTheFirstFinal(t, "u,A,B\nX,5,7\nY,3,4\n", "u,A,B\nX,6,8\nY,4,2\n");
    if (::testing::Test::HasFatalFailure())
        return;
    const QString allScores = QStringLiteral(
        "SELECT unit_id, criterion_id, stage, value_micro, note, evidence FROM scores ORDER BY 1, 2, 3");
    const QString before = rows(*t.db, allScores);
    const QString role = t.db->isServer() ? rows(*t.db, QStringLiteral("SELECT par_account_role()")) : QString();
    t.catalog.reset();
    t.db.reset();

    auto opened = Database::open(t.path);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    Database& db = *opened.value();
    ASSERT_GE(db.schemaVersion(), 12);
    EXPECT_EQ(rows(db, allScores), before);
    // The closed year refuses, in one transaction or the next; the open one takes the change.
    const QString closed = QStringLiteral("UPDATE scores SET value_micro = 1000000 WHERE value_micro = 5000000");
    EXPECT_FALSE(db.execScript(closed).ok());
    EXPECT_FALSE(db.execScript(closed).ok());
    EXPECT_TRUE(
        db.execScript(QStringLiteral("UPDATE scores SET value_micro = 9000000 WHERE value_micro = 6000000")).ok());
    EXPECT_EQ(rows(db, QStringLiteral("SELECT count(*) FROM scores WHERE value_micro IN (1000000, 9000000)")),
              QStringLiteral("1"));
    if (!db.isServer())
        return;
    EXPECT_EQ(rows(db, QStringLiteral("SELECT par_account_role()")), role);
    EXPECT_EQ(rows(db,
                   QStringLiteral("SELECT p.proname, l.lanname, coalesce(array_to_string(p.proconfig, ','), '') "
                                  "FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang WHERE p.proname IN "
                                  "('par_score_final', 'par_framework_final', 'par_account_role') ORDER BY 1")),
              QStringLiteral("par_account_role|plpgsql|\n"
                             "par_framework_final|plpgsql|plan_cache_mode=force_generic_plan\n"
                             "par_score_final|plpgsql|plan_cache_mode=force_generic_plan"));
}

// Migration 013: on a server, scores keep one B-tree, their primary key, as a file's since 008 (the index by unit cost
// a national import a second sort); on a file nothing changes. Either way the values stay, a unit with scores still
// cannot be removed, one without can, and a unit's values are read as before.
TEST(Migration013, ScoresKeepOneBTreeAndAUnitWithScoresStillCannotBeRemoved)
{
    TestDatabase t(12);
    ASSERT_EQ(t.db->schemaVersion(), 12);
    twoYearsTheFirstFinal(t, "u,A,B\nX,5,7\nY,3,4\n", "u,A,B\nX,6,8\nY,4,2\n");
    if (::testing::Test::HasFatalFailure())
        return;
    ASSERT_TRUE(t.db->execScript(QStringLiteral("INSERT INTO units (name, kind) VALUES ('Z', 'province')")).ok());
    const QString allScores = QStringLiteral(
        "SELECT unit_id, criterion_id, stage, value_micro, note, evidence FROM scores ORDER BY 1, 2, 3");
    const QString before = rows(*t.db, allScores);
    const QString indexes = QStringLiteral("SELECT indexname FROM pg_indexes WHERE tablename = 'scores' ORDER BY 1");
    if (t.db->isServer()) {
        EXPECT_EQ(rows(*t.db, indexes), QStringLiteral("scores_pkey\nscores_unit"));
    }
    t.catalog.reset();
    t.db.reset();

    auto opened = Database::open(t.path);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    Database& db = *opened.value();
    ASSERT_GE(db.schemaVersion(), 13);
    EXPECT_EQ(rows(db, allScores), before);
    if (db.isServer()) {
        EXPECT_EQ(rows(db, indexes), QStringLiteral("scores_pkey"));
    }
    EXPECT_FALSE(db.execScript(QStringLiteral("DELETE FROM units WHERE name = 'X'")).ok());
    EXPECT_TRUE(db.execScript(QStringLiteral("DELETE FROM units WHERE name = 'Z'")).ok());
    EXPECT_EQ(rows(db, QStringLiteral("SELECT count(*) FROM units WHERE name IN ('X', 'Z')")), QStringLiteral("1"));
    EXPECT_EQ(rows(db,
                   QStringLiteral("SELECT s.value_micro FROM scores s JOIN units u ON u.id = s.unit_id "
                                  "JOIN criteria c ON c.id = s.criterion_id JOIN frameworks f ON f.id = "
                                  "c.framework_id WHERE u.name = 'Y' AND f.year = 2019 ORDER BY c.code")),
              QStringLiteral("4000000\n2000000"));
}
