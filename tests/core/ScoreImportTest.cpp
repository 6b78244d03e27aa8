#include "TestDatabase.h"

#include "scoring/Analysis.h"

#include <gtest/gtest.h>

using namespace par;

namespace {

const QByteArray Framework2018
    = "code,title,max_points,lead_unit\n"
      "1,Chỉ đạo điều hành,10,Sở Nội vụ\n1.1,Kế hoạch,4,Sở Nội vụ\n1.2,Báo cáo,6,Văn phòng UBND tỉnh\n"
      "2,Thủ tục hành chính,20,Văn phòng UBND tỉnh\n";

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
    EXPECT_EQ(t.count(QStringLiteral("SELECT count(*) FROM scores WHERE typeof(value_micro) <> 'integer'")), 0);
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
    QByteArray csv = "u,1.1,1.2,2\n";
    for (int i = 0; i < 200; ++i)
        csv += "Xã " + QByteArray::number(i) + ",1,2,3\n";
    csv += "A,2,2,x\n";
    refusal(csv);
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
