#include "TestDatabase.h"

#include "scoring/Analysis.h"
#include "storage/ImportKeys.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace par;

namespace {

const QByteArray Framework2018
    = "code,title,max_points,lead_unit\n"
      "1,Chỉ đạo điều hành,10,Sở Nội vụ\n1.1,Kế hoạch,4,Sở Nội vụ\n1.2,Báo cáo,6,Văn phòng UBND tỉnh\n"
      "2,Thủ tục hành chính,20,Văn phòng UBND tỉnh\n";

// Two hundred new units, then a value that is not a number on the last row (line 202).
QByteArray manyUnitsAndABadLastValue()
{
    QByteArray csv = "u,1.1,1.2,2\n";
    for (int i = 0; i < 200; ++i)
        csv += "Xã " + QByteArray::number(i) + ",1,2,3\n";
    return csv + "A,2,2,x\n";
}

class ScoreImportTest : public ::testing::Test
{
protected:
    void SetUp() override { t.framework(QStringLiteral("DDCI"), 2018, Framework2018); }

    QString refusal(const QByteArray& csv)
    {
        const QStringList errors = t.scores(QStringLiteral("DDCI"), 2018, csv);
        EXPECT_FALSE(errors.isEmpty()) << csv.toStdString();
        return errors.join(u'\n');
    }

    Decimal total(const QString& unit)
    {
        auto ranking = Analysis(*t.catalog).ranking(QStringLiteral("DDCI"), 2018, QString(), Stage::Final);
        EXPECT_TRUE(ranking.ok());
        for (const RankedUnit& r : ranking->rows) {
            if (r.name == unit)
                return r.total;
        }
        ADD_FAILURE() << "not ranked: " << unit.toStdString();
        return Decimal();
    }

    TestDatabase t;
};

} // namespace

TEST_F(ScoreImportTest, ImportsAWideTableAndCreatesUnits)
{
    ASSERT_TRUE(
        t.scores(QStringLiteral("DDCI"), 2018, "Đơn vị,1.1,1.2,2\nSở Tư pháp,3.5,5,18.25\nSở Y tế,4,6,\n").isEmpty());
    EXPECT_EQ(t.count(QStringLiteral("SELECT count(*) FROM units")), 2);
    EXPECT_EQ(t.count(QStringLiteral("SELECT count(*) FROM scores")), 5);
    EXPECT_EQ(t.count(QString::fromLatin1(
                  testbackend::onServer() ? "SELECT count(*) FROM scores WHERE pg_typeof(value_micro)::text <> 'bigint'"
                                          : "SELECT count(*) FROM scores WHERE typeof(value_micro) <> 'integer'")),
              0);
    EXPECT_EQ(total(QStringLiteral("Sở Tư pháp")).toString(), QStringLiteral("26.75"));
    EXPECT_EQ(total(QStringLiteral("Sở Y tế")).toString(), QStringLiteral("10"));
}

TEST_F(ScoreImportTest, AcceptsSemicolonsDecimalCommasBomAndDecomposedNames)
{
    // "Bắc Kạn" typed on a Mac arrives decomposed (NFD); it must match the composed name.
    ASSERT_TRUE(t.scores(QStringLiteral("DDCI"), 2018, "Đơn vị,1.1\nBắc Kạn,1\n").isEmpty());
    const QByteArray nfd = QStringLiteral("Bắc Kạn").normalized(QString::NormalizationForm_D).toUtf8();
    ASSERT_TRUE(
        t.scores(QStringLiteral("DDCI"), 2018, "\xEF\xBB\xBFUnit;1.1;1.2\r\n" + nfd + ";3,25;\"5,5\"\r\n").isEmpty());
    EXPECT_EQ(t.count(QStringLiteral("SELECT count(*) FROM units")), 1);
    EXPECT_EQ(total(QStringLiteral("Bắc Kạn")).toString(), QStringLiteral("8.75"));
}

TEST_F(ScoreImportTest, UnitsMayBeNamedByCode)
{
    Unit u;
    u.code = QStringLiteral("STP");
    u.name = QStringLiteral("Sở Tư pháp");
    ASSERT_TRUE(t.catalog->saveUnit(u).ok());
    ASSERT_TRUE(t.scores(QStringLiteral("DDCI"), 2018, "Mã,2\nSTP,12\n").isEmpty());
    EXPECT_EQ(t.count(QStringLiteral("SELECT count(*) FROM units")), 1);
    EXPECT_EQ(total(QStringLiteral("Sở Tư pháp")).toString(), QStringLiteral("12"));
}

TEST_F(ScoreImportTest, ReimportReplacesAndBlankRemoves)
{
    ASSERT_TRUE(t.scores(QStringLiteral("DDCI"), 2018, "u,1.1,1.2\nA,1,2\n").isEmpty());
    auto p = t.plan(QStringLiteral("DDCI"), 2018, "u,1.1,1.2\nA,3,\n");
    ASSERT_TRUE(p.ok() && p->acceptable());
    ASSERT_EQ(p->replacements.size(), 2);
    EXPECT_EQ(p->replacements[0].after, Decimal::fromInt(3));
    EXPECT_FALSE(p->replacements[1].after.has_value());
    ASSERT_TRUE(ScoreImport::apply(*t.catalog, p.value()).ok());
    EXPECT_EQ(total(QStringLiteral("A")).toString(), QStringLiteral("3"));
    EXPECT_EQ(t.count(QStringLiteral("SELECT count(*) FROM scores")), 1);
    // Self-assessed values are a separate stage and untouched by final ones.
    ASSERT_TRUE(t.scores(QStringLiteral("DDCI"), 2018, "u,1.1\nA,4\n", QString(), Stage::Self).isEmpty());
    EXPECT_EQ(total(QStringLiteral("A")).toString(), QStringLiteral("3"));
}

TEST_F(ScoreImportTest, RefusalsNameFileLineColumnAndReason)
{
    EXPECT_TRUE(
        refusal("u,1.1,9.9\nA,1,2\n").contains(QStringLiteral("scores.csv: line 1, column 3: 9.9 is not a criterion")));
    EXPECT_TRUE(refusal("u,1.1\nA,1\nB,2\nA,3\n")
                    .contains(QStringLiteral("scores.csv: line 4, column 1: A is already on line 2")));
    EXPECT_TRUE(refusal("u,1.1\nA,abc\n")
                    .contains(QStringLiteral("scores.csv: line 2, column 2 (1.1): \"abc\" is not a number")));
    EXPECT_TRUE(refusal("u,1.1\nA,-1\n").contains(QStringLiteral("line 2, column 2 (1.1): -1 is negative")));
    EXPECT_TRUE(refusal("u,1.1\nA,4.000001\n").contains(QStringLiteral("above the maximum of 4")));
    EXPECT_TRUE(refusal("u,1.1\nA,1,2\n")
                    .contains(QStringLiteral("line 2, column 3: this row has 3 cells but the header has 2")));
    EXPECT_TRUE(refusal("u,1.1,1.1\nA,1,2\n").contains(QStringLiteral("also in column 2")));
    EXPECT_TRUE(refusal("u,1.1\n,3\n").contains(QStringLiteral("no unit")));
    EXPECT_TRUE(refusal("u,1.1\n").contains(QStringLiteral("no unit rows")));
    EXPECT_TRUE(refusal("u\nA\n").contains(QStringLiteral("names no criterion")));
    EXPECT_TRUE(refusal("u,total\nA,31\n").contains(QStringLiteral("above the maximum of 30")));
}

TEST_F(ScoreImportTest, ABadValueOnTheLastRowLeavesTheDatabaseUntouched)
{
    ASSERT_TRUE(t.scores(QStringLiteral("DDCI"), 2018, "u,1.1\nA,1\n").isEmpty());
    const qint64 audit = t.count(QStringLiteral("SELECT count(*) FROM audit_log"));
    refusal(manyUnitsAndABadLastValue());
    EXPECT_EQ(t.count(QStringLiteral("SELECT count(*) FROM units")), 1);
    EXPECT_EQ(t.count(QStringLiteral("SELECT count(*) FROM scores")), 1);
    EXPECT_EQ(t.count(QStringLiteral("SELECT count(*) FROM cohort_members")), 1);
    EXPECT_EQ(t.count(QStringLiteral("SELECT count(*) FROM audit_log")), audit);
}

TEST_F(ScoreImportTest, AFailedWriteRollsBackEverything)
{
    // A plan made before the cohort-year was finalised: the database's own lock must stop the write midway.
    auto p = t.plan(QStringLiteral("DDCI"), 2018, "u,1.1\nA,1\nB,2\n");
    ASSERT_TRUE(p.ok() && p->acceptable());
    {
        Database::Transaction tx(*t.db);
        // The preview wrote nothing, not even the default cohort it planned to create.
        EXPECT_EQ(p->cohort.id, 0);
        auto cohort = t.catalog->defaultCohort(t.catalog->index(QStringLiteral("DDCI")).value());
        ASSERT_TRUE(cohort.ok());
        ASSERT_TRUE(
            t.catalog
                ->addMember(cohort->id, 2018, t.catalog->saveUnit(makeUnit(QString(), QStringLiteral("B"))).value().id)
                .ok());
        ASSERT_TRUE(t.catalog->finalise(cohort->id, 2018).ok());
        ASSERT_TRUE(tx.commit().ok());
    }
    const qint64 units = t.count(QStringLiteral("SELECT count(*) FROM units"));
    const Status s = ScoreImport::apply(*t.catalog, p.value());
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().kind, Error::Input);
    EXPECT_EQ(t.count(QStringLiteral("SELECT count(*) FROM scores")), 0);
    EXPECT_EQ(t.count(QStringLiteral("SELECT count(*) FROM units")), units);
}

TEST_F(ScoreImportTest, RecordedParentsThatDifferAreReportedNotRefused)
{
    auto p = t.plan(QStringLiteral("DDCI"), 2018, "u,1,1.1,1.2,2,total\nA,7.4801,3.4802,4,20,27.4801\n");
    ASSERT_TRUE(p.ok() && p->acceptable());
    ASSERT_EQ(p->warnings.size(), 1);
    EXPECT_TRUE(p->warnings.first().contains(QStringLiteral("recorded 7.4801 but its parts give 7.4802")))
        << p->warnings.first().toStdString();
    ASSERT_TRUE(ScoreImport::apply(*t.catalog, p.value()).ok());
    EXPECT_EQ(total(QStringLiteral("A")).toString(), QStringLiteral("27.4801"));
}

TEST_F(ScoreImportTest, FinalisedCohortYearsRefuseImports)
{
    ASSERT_TRUE(t.scores(QStringLiteral("DDCI"), 2018, "u,1.1\nA,1\n").isEmpty());
    auto index = t.catalog->index(QStringLiteral("DDCI"));
    auto cohort = t.catalog->defaultCohort(index.value());
    {
        Database::Transaction tx(*t.db, QStringLiteral("QĐ 123/QĐ-UBND"));
        ASSERT_TRUE(t.catalog->finalise(cohort->id, 2018).ok());
        ASSERT_TRUE(tx.commit().ok());
    }
    EXPECT_TRUE(refusal("u,1.1\nA,2\n").contains(QStringLiteral("are final")));
    {
        Database::Transaction tx(*t.db, QStringLiteral("appraisal council corrected 1.1"));
        ASSERT_TRUE(t.catalog->reopen(cohort->id, 2018).ok());
        ASSERT_TRUE(tx.commit().ok());
    }
    EXPECT_TRUE(t.scores(QStringLiteral("DDCI"), 2018, "u,1.1\nA,2\n").isEmpty());
    EXPECT_EQ(t.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'reopen' "
                                     "AND reason = 'appraisal council corrected 1.1'")),
              1);
}

TEST_F(ScoreImportTest, UnknownIndexOrYearIsAUsageError)
{
    auto noIndex = t.plan(QStringLiteral("NOPE"), 2018, "u,1\nA,1\n");
    ASSERT_FALSE(noIndex.ok());
    EXPECT_EQ(noIndex.error().kind, Error::Usage);
    auto noYear = t.plan(QStringLiteral("DDCI"), 2030, "u,1\nA,1\n");
    ASSERT_FALSE(noYear.ok());
    EXPECT_TRUE(noYear.error().message.contains(QStringLiteral("no framework for 2030")));
}

namespace {

// Everything an import may change, as one text: a refused import must leave it as it was.
QString contents(TestDatabase& t)
{
    QString out;
    if (testbackend::onServer()) {
        for (const char* sql :
             {"SELECT string_agg(id || '/' || name, ';' ORDER BY id) FROM units",
              "SELECT string_agg(cohort_id || '/' || year || '/' || unit_id, ';' ORDER BY 1) FROM cohort_members",
              "SELECT string_agg(unit_id || '/' || criterion_id || '/' || stage || '/' || coalesce(value_micro::text, "
              "'-'), ';' ORDER BY unit_id, criterion_id, stage) FROM scores",
              "SELECT count(*) || '/' || coalesce(max(id), 0) FROM audit_log"}) {
            QSqlQuery q(t.db->sql());
            EXPECT_TRUE(q.exec(QString::fromLatin1(sql))) << sql;
            out += (q.next() ? q.value(0).toString() : QStringLiteral("?")) + u'\n';
        }
        return out;
    }
    for (const char* sql : {"SELECT group_concat(id || '/' || name, ';') FROM (SELECT * FROM units ORDER BY id)",
                            "SELECT group_concat(cohort_id || '/' || year || '/' || unit_id, ';') FROM "
                            "(SELECT * FROM cohort_members ORDER BY 1, 2, 3)",
                            "SELECT group_concat(unit_id || '/' || criterion_id || '/' || stage || '/' || "
                            "coalesce(value_micro, '-'), ';') FROM (SELECT * FROM scores ORDER BY 1, 2, 3)",
                            "SELECT count(*) || '/' || coalesce(max(id), 0) FROM audit_log"}) {
        QSqlQuery q(t.db->sql());
        EXPECT_TRUE(q.exec(QString::fromLatin1(sql)));
        out += (q.next() ? q.value(0).toString() : QStringLiteral("?")) + u'\n';
    }
    return out;
}

// The connection's switch of SQLite's foreign keys. A server's keys cannot be switched off: always 1 there.
int foreignKeys(TestDatabase& t)
{
    return testbackend::onServer() ? 1 : int(t.count(QStringLiteral("PRAGMA foreign_keys")));
}

} // namespace

// The import writes its values with the connection's foreign keys off and proves them itself before COMMIT
// (ImportKeys, checkImportKeys): the keys are on again afterwards, whether it was written or refused, and
// SQLite's own check finds nothing.
TEST_F(ScoreImportTest, ForeignKeysAreOnAgainAfterAnImportAndNothingDangles)
{
    SKIP_ON_SERVER("the connection's switch of foreign keys, and pragma_foreign_key_check");
    ASSERT_EQ(foreignKeys(t), 1);
    ASSERT_TRUE(t.scores(QStringLiteral("DDCI"), 2018, "u,1.1,1.2,2\nA,1,2,3\nB,4,5,6\n").isEmpty());
    EXPECT_EQ(foreignKeys(t), 1);
    EXPECT_EQ(t.count(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), 0);
    // Refused in the plan, inside the transaction.
    EXPECT_FALSE(t.scores(QStringLiteral("DDCI"), 2018, "u,1.1\nA,99\n").isEmpty());
    EXPECT_EQ(foreignKeys(t), 1);
    // A transaction the caller already holds keeps the keys on (SQLite ignores the switch inside one).
    {
        Database::Transaction outer(*t.db);
        ASSERT_TRUE(outer.ok());
        ImportKeys keys(*t.db);
        EXPECT_EQ(foreignKeys(t), 1);
    }
    EXPECT_EQ(foreignKeys(t), 1);
}

// A value whose unit or criterion does not exist is refused with nothing changed, with the keys off as an import
// runs: the plan is made inside the transaction, so only a fault could bring such an id; this is that fault.
TEST_F(ScoreImportTest, ADanglingUnitOrCriterionIsRefusedWithNothingChanged)
{
    ASSERT_TRUE(t.scores(QStringLiteral("DDCI"), 2018, "u,1.1,1.2\nA,1,2\n").isEmpty());
    const QString before = contents(t);
    for (int fault = 0; fault < 3; ++fault) {
        auto p = t.plan(QStringLiteral("DDCI"), 2018, "u,1.1,1.2\nA,3,4\nB,1,1\n");
        ASSERT_TRUE(p.ok() && p->acceptable());
        ScoreImportPlan plan = p.value();
        ASSERT_NE(plan.units[0].unitId, 0);
        if (fault == 0)
            plan.units[0].unitId = 987654; // an existing unit's row, pointing nowhere
        else if (fault == 1)
            plan.framework.criteria[plan.columns[1]].id = 876543; // a criterion that is not there
        else
            plan.units[1].unitId = 765432; // a new unit's row, as if it had been found
        {
            ImportKeys keys(*t.db);
            Database::Transaction transaction(*t.db, QStringLiteral("fault %1").arg(fault));
            ASSERT_TRUE(transaction.ok());
            EXPECT_EQ(foreignKeys(t), testbackend::onServer() ? 1 : 0);
            const Status written = ScoreImport::write(*t.catalog, plan);
            ASSERT_FALSE(written.ok()) << "fault " << fault;
            // Known server fault, left open: the server's foreign key message reaches the user as it is.
            if (!testbackend::onServer()) {
                EXPECT_TRUE(written.error().message.contains(QStringLiteral("do not exist")))
                    << written.error().message.toStdString();
            }
        }
        EXPECT_EQ(foreignKeys(t), 1);
        EXPECT_EQ(contents(t).toStdString(), before.toStdString()) << "fault " << fault;
    }
    if (!testbackend::onServer()) {
        EXPECT_EQ(t.count(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), 0);
    }
}

// An import is audited as one change set, plus one row per value it replaces (old > new), none per new value.
TEST_F(ScoreImportTest, AnImportIsOneChangeSetPlusTheValuesItReplaces)
{
    const qint64 start = t.count(QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_log"));
    ASSERT_TRUE(t.scores(QStringLiteral("DDCI"), 2018, "u,1.1,1.2,2\nA,1,2,3\nB,4,5,6\n").isEmpty());
    const QString after = QStringLiteral(" FROM audit_log WHERE id > %1").arg(start);
    EXPECT_EQ(t.count(QStringLiteral("SELECT count(*)") + after + QStringLiteral(" AND action = 'import'")), 1);
    // On a server too, as the test's login owns the tables (see StorageContractTest's twin of this test).
    EXPECT_EQ(t.count(QStringLiteral("SELECT count(*)") + after + QStringLiteral(" AND entity = 'score'")), 0);
    EXPECT_EQ(t.count(QStringLiteral("SELECT count(*)") + after + QStringLiteral(" AND entity = 'unit'")), 2);
    EXPECT_EQ(t.count(QStringLiteral("SELECT count(*)") + after + QStringLiteral(" AND entity = 'cohort-member'")), 2);
    const qint64 second = t.count(QStringLiteral("SELECT max(id) FROM audit_log"));
    // A changed, B's 1.2 removed, B's 2 the same: two replaced values, logged old > new.
    ASSERT_TRUE(t.scores(QStringLiteral("DDCI"), 2018, "u,1.1,1.2,2\nA,1.5,2,3\nB,4,,6\n").isEmpty());
    const QString later = QStringLiteral(" FROM audit_log WHERE id > %1").arg(second);
    EXPECT_EQ(t.count(QStringLiteral("SELECT count(*)") + later + QStringLiteral(" AND action = 'import'")), 1);
    EXPECT_EQ(t.count(QStringLiteral("SELECT count(*)") + later + QStringLiteral(" AND entity = 'score'")), 2);
    EXPECT_EQ(t.count(QStringLiteral("SELECT count(*)") + later
                      + QStringLiteral(" AND entity = 'score' AND action = 'update' AND old_value = '1' "
                                       "AND new_value = '1.5' AND unit = 'A' AND criterion = '1.1'")),
              1);
    EXPECT_EQ(t.count(QStringLiteral("SELECT count(*)") + later
                      + QStringLiteral(" AND entity = 'score' AND action = 'delete' AND old_value = '5' "
                                       "AND new_value IS NULL AND unit = 'B'")),
              1);
    EXPECT_EQ(t.count(QStringLiteral("SELECT count(*) FROM scores")), 5);
}

namespace {

// The CLI's way in: planned and written in one transaction, the values read on a thread of their own while the new
// units and their memberships are written (ScoreImport::importTable).
Result<ScoreImportPlan> importDirectly(TestDatabase& t, const QByteArray& csv)
{
    auto table = CsvReader::read(csv, QStringLiteral("scores.csv"));
    if (!table)
        return table.error();
    return ScoreImport::importTable(*t.catalog, table.value(), QStringLiteral("DDCI"), 2018, QString(), Stage::Final);
}

} // namespace

// The values are checked while the new units are written: a bad one on the last row still undoes them all.
TEST_F(ScoreImportTest, ABadValueFoundWhileTheUnitsAreWrittenUndoesThem)
{
    ASSERT_TRUE(t.scores(QStringLiteral("DDCI"), 2018, "u,1.1\nA,1\n").isEmpty());
    const qint64 audit = t.count(QStringLiteral("SELECT count(*) FROM audit_log"));
    QByteArray csv = manyUnitsAndABadLastValue();
    auto plan = importDirectly(t, csv);
    ASSERT_TRUE(plan.ok()) << plan.error().message.toStdString();
    ASSERT_EQ(plan->errors.size(), 1);
    EXPECT_TRUE(plan->errors.first().contains(QStringLiteral("line 202, column 4 (2): \"x\" is not a number")))
        << plan->errors.first().toStdString();
    EXPECT_EQ(t.count(QStringLiteral("SELECT count(*) FROM units")), 1);
    EXPECT_EQ(t.count(QStringLiteral("SELECT count(*) FROM scores")), 1);
    EXPECT_EQ(t.count(QStringLiteral("SELECT count(*) FROM cohort_members")), 1);
    EXPECT_EQ(t.count(QStringLiteral("SELECT count(*) FROM audit_log")), audit);
    // The same file mended imports, with the values the thread read.
    csv.replace("A,2,2,x", "A,2,2,3");
    auto mended = importDirectly(t, csv);
    ASSERT_TRUE(mended.ok() && mended->acceptable()) << (mended.ok() ? mended->errors.join(u'\n').toStdString() : "");
    EXPECT_EQ(mended->replacements.size(), 1); // A's 1.1: 1 -> 2
    EXPECT_EQ(t.count(QStringLiteral("SELECT count(*) FROM units")), 201);
    EXPECT_EQ(t.count(QStringLiteral("SELECT count(*) FROM scores")), 603);
    EXPECT_EQ(total(QStringLiteral("A")).toString(), QStringLiteral("7"));
}

// The units' refusals and the values' are found apart; they are reported as one pass over the rows would, in line
// order, and no more than MaxErrors of them.
TEST_F(ScoreImportTest, RefusalsOfUnitsAndValuesComeInLineOrder)
{
    const QByteArray csv = "u,1.1\nA,x\nB,1\nA,1\nC,-1\n,2\nD,1,2\n";
    const QStringList expected {
        QStringLiteral("scores.csv: line 2, column 2 (1.1): \"x\" is not a number"),
        QStringLiteral("scores.csv: line 4, column 1: A is already on line 2"),
        QStringLiteral("scores.csv: line 5, column 2 (1.1): -1 is negative"),
        QStringLiteral("scores.csv: line 6, column 1: the row has values but no unit"),
        QStringLiteral("scores.csv: line 7, column 3: this row has 3 cells but the header has 2"),
    };
    auto planned = t.plan(QStringLiteral("DDCI"), 2018, csv);
    ASSERT_TRUE(planned.ok());
    EXPECT_EQ(planned->errors, expected);
    auto imported = importDirectly(t, csv);
    ASSERT_TRUE(imported.ok());
    EXPECT_EQ(imported->errors, expected);

    QByteArray many = "u,1.1\n";
    for (int i = 0; i < 40; ++i)
        many += "E" + QByteArray::number(i) + ",x\nE" + QByteArray::number(i) + ",1\n";
    auto capped = importDirectly(t, many);
    ASSERT_TRUE(capped.ok());
    ASSERT_EQ(capped->errors.size(), ScoreImport::MaxErrors);
    EXPECT_TRUE(capped->errors[48].startsWith(QStringLiteral("scores.csv: line 50, column 2")))
        << capped->errors[48].toStdString();
    EXPECT_TRUE(capped->errors[49].contains(QStringLiteral("line 51, column 1: E24 is already on line 50")))
        << capped->errors[49].toStdString();
    EXPECT_EQ(t.count(QStringLiteral("SELECT count(*) FROM units")), 0);
}

// A final cohort-year refuses the import, but a file with bad values hears about its values first, as in a preview.
TEST_F(ScoreImportTest, AFinalYearRefusesAfterTheValuesAreChecked)
{
    ASSERT_TRUE(t.scores(QStringLiteral("DDCI"), 2018, "u,1.1\nA,1\n").isEmpty());
    auto cohort = t.catalog->defaultCohort(t.catalog->index(QStringLiteral("DDCI")).value());
    {
        Database::Transaction tx(*t.db, QStringLiteral("QĐ 123/QĐ-UBND"));
        ASSERT_TRUE(t.catalog->finalise(cohort->id, 2018).ok());
        ASSERT_TRUE(tx.commit().ok());
    }
    auto bad = importDirectly(t, "u,1.1\nA,x\nB,2\n");
    ASSERT_TRUE(bad.ok());
    ASSERT_EQ(bad->errors.size(), 1);
    EXPECT_TRUE(bad->errors.first().contains(QStringLiteral("\"x\" is not a number")));
    auto good = importDirectly(t, "u,1.1\nA,2\nB,2\n");
    ASSERT_TRUE(good.ok());
    ASSERT_EQ(good->errors.size(), 1);
    EXPECT_TRUE(good->errors.first().contains(QStringLiteral("are final")));
    EXPECT_EQ(t.count(QStringLiteral("SELECT count(*) FROM units")), 1);
}

// On a server the owner's COPY goes without the table's CHECK constraints only where it proves them of every row it
// copies: a value below zero, which the importer refuses but another writer might send, keeps them, and the table
// refuses it (the server test AnImportsChecksStillHoldAndCheckValidatesThem: a proved COPY).
TEST_F(ScoreImportTest, AValueThatFailsTheTablesChecksIsRefusedByThem)
{
    const Framework framework
        = t.catalog->requireFramework(t.catalog->index(QStringLiteral("DDCI")).value(), 2018).value();
    Database::Transaction tx(*t.db);
    auto units = t.catalog->createUnits({QStringLiteral("A"), QStringLiteral("B")}, QStringLiteral("other"));
    ASSERT_TRUE(units.ok()) << units.error().message.toStdString();
    const qint64 criterion = framework.criteria[framework.find(QStringLiteral("1.1"))].id;
    const QList<ScoreWrite> writes {{units->at(0), criterion, Decimal::parse(u"1").value()},
                                    {units->at(1), criterion, Decimal::parse(u"-1").value()}};
    const Status s = t.catalog->importScores(Stage::Final, writes, t.db->isServer());
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("value_micro"))) << s.error().message.toStdString();
}

// The import's change set names the file by its SHA-256 (worked out on the thread that reads the values), or, for a
// table with no file, by that of its cells: the fields of each row joined by 0x1F, each row ended by 0x1E.
TEST_F(ScoreImportTest, TheChangeSetNamesTheFileByItsSha256)
{
    const QByteArray csv = "u,1.1\nA,1\nB,2\n";
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("scores.csv"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly) && file.write(csv) == csv.size());
    file.close();
    auto table = CsvReader::read(csv, QStringLiteral("scores.csv"));
    ASSERT_TRUE(table.ok());
    auto imported = ScoreImport::importTable(*t.catalog, table.value(), QStringLiteral("DDCI"), 2018, QString(),
                                             Stage::Final, path);
    ASSERT_TRUE(imported.ok() && imported->acceptable());
    const QString fileHash = QString::fromLatin1(QCryptographicHash::hash(csv, QCryptographicHash::Sha256).toHex());
    EXPECT_EQ(t.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import' AND new_value LIKE "
                                     "'scores.csv (sha256 %1): 2 units%'")
                          .arg(fileHash)),
              1);
    auto again = importDirectly(t, "u,1.1\nA,3\nB,2\n");
    ASSERT_TRUE(again.ok() && again->acceptable());
    const QByteArray cells = "u\x1f"
                             "1.1\x1e"
                             "A\x1f"
                             "3\x1e"
                             "B\x1f"
                             "2\x1e";
    const QString cellsHash = QString::fromLatin1(QCryptographicHash::hash(cells, QCryptographicHash::Sha256).toHex());
    EXPECT_EQ(t.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import' AND new_value LIKE "
                                     "'scores.csv (sha256 cells %1): 2 units%'")
                          .arg(cellsHash)),
              1);
}
