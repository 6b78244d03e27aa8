#include "TestDatabase.h"

#include "scoring/Analysis.h"
#include "scoring/Standing.h"

#include <gtest/gtest.h>

using namespace par;

namespace {

const QByteArray Tree = "code,title,max_points,parent\n"
                        "A,Part A,60,\n1,Field 1,30,A\n1.1,x,10,1\n1.2,y,20,1\n2,Field 2,30,A\n2.1,z,30,2\n"
                        "B,Part B,20,\nC,Part C,20,\n";

class StandingTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        t.framework(QStringLiteral("P"), 2017, Tree);
        t.framework(QStringLiteral("P"), 2018, Tree);
        ASSERT_TRUE(
            t.scores(QStringLiteral("P"), 2017, "u,1.1,1.2,2.1,B,C\nU1,10,20,30,20,20\nU2,5,5,5,5,5\nU3,1,1,1,1,1\n")
                .isEmpty());
    }

    Completeness completeness2018()
    {
        auto r = Analysis(*t.catalog).ranking(QStringLiteral("P"), 2018, QString(), Stage::Final);
        EXPECT_TRUE(r.ok());
        return r.ok() ? r->completeness : Completeness();
    }

    void publish(const QString& unit, int year, int rank, int of)
    {
        auto index = t.catalog->index(QStringLiteral("P"));
        auto cohort = t.catalog->defaultCohort(index.value());
        auto u = t.catalog->findUnit(unit);
        Database::Transaction tx(*t.db);
        ASSERT_TRUE(t.catalog
                        ->setPublishedRank(index.value(), cohort->id, year, u.value()->id,
                                           {rank, of, QStringLiteral("QĐ 1/2019")})
                        .ok());
        ASSERT_TRUE(tx.commit().ok());
    }

    TestDatabase t;
};

} // namespace

TEST(Standing, FieldsAreThePartsFieldsNotThePartsBesideThem)
{
    TestDatabase t;
    const Framework stored = t.framework(QStringLiteral("P"), 2018, Tree);
    const QList<int> fields = fieldPositions(stored);
    QStringList codes;
    for (int p : fields)
        codes << stored.criteria[p].code;
    EXPECT_EQ(codes, (QStringList {QStringLiteral("1"), QStringLiteral("2")})); // not B and C

    const Framework flat
        = t.framework(QStringLiteral("Q"), 2018, "code,title,max_points,parent\n1,a,50,\n1.1,b,50,1\n2,c,50,\n");
    QStringList flatCodes;
    for (int p : fieldPositions(flat))
        flatCodes << flat.criteria[p].code;
    EXPECT_EQ(flatCodes, (QStringList {QStringLiteral("1"), QStringLiteral("2")}));
}

TEST_F(StandingTest, AnalysisFieldsUseTheSameFields)
{
    auto u1 = t.catalog->findUnit(QStringLiteral("U1"));
    auto fields = Analysis(*t.catalog).fields(QStringLiteral("P"), 2017, u1.value()->id, Stage::Final);
    ASSERT_TRUE(fields.ok());
    ASSERT_EQ(fields->size(), 2);
    EXPECT_EQ(fields->at(0).code, QStringLiteral("1"));
    EXPECT_EQ(fields->at(1).code, QStringLiteral("2"));
}

TEST_F(StandingTest, MissingLeavesMakeAUnitIncompleteAndTheCohortProvisional)
{
    // U2 has no 2.1 (missing, not zero); U3 nothing at all this year; a recorded total stands over missing parts.
    ASSERT_TRUE(
        t.scores(QStringLiteral("P"), 2018, "u,1.1,1.2,2.1,B,C\nU1,10,20,30,20,20\nU2,5,5,,5,5\nU3,,,,,\n").isEmpty());
    auto r = Analysis(*t.catalog).ranking(QStringLiteral("P"), 2018, QString(), Stage::Final);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->completeness.members, 3);
    EXPECT_EQ(r->completeness.scored, 1);
    EXPECT_EQ(r->completeness.missing, QStringList {QStringLiteral("U3")});
    EXPECT_EQ(r->completeness.incomplete, QStringList {QStringLiteral("U2")});
    EXPECT_TRUE(r->provisional());
    EXPECT_EQ(r->completeness.describe(), QStringLiteral("1 of 3 units scored; ranks provisional"));
    EXPECT_FALSE(r->complete.value(r->rows[1].unitId));
    const Standing s = r->standing.value(r->rows[0].unitId);
    EXPECT_EQ(s.rank, 1);
    EXPECT_EQ(s.of, 2);
    EXPECT_TRUE(s.provisional);
    EXPECT_EQ(s.text(), QStringLiteral("1/2 (provisional)"));

    ASSERT_TRUE(t.scores(QStringLiteral("P"), 2018, "u,2.1,total\nU2,0,\nU3,,50\n").isEmpty());
    auto done = Analysis(*t.catalog).ranking(QStringLiteral("P"), 2018, QString(), Stage::Final);
    ASSERT_TRUE(done.ok());
    EXPECT_TRUE(done->completeness.complete()) << done->completeness.describe().toStdString();
    EXPECT_TRUE(done->completeness.describe().isEmpty());
    EXPECT_FALSE(done->standing.value(done->rows[0].unitId).provisional);
}

TEST_F(StandingTest, OneOfManyEnteredIsNotRankOneAsFact)
{
    ASSERT_TRUE(t.scores(QStringLiteral("P"), 2018, "u,1.1,1.2,2.1,B,C\nU3,1,1,1,1,1\nU1,,,,,\nU2,,,,,\n").isEmpty());
    auto trend = Analysis(*t.catalog).trend(QStringLiteral("P"), QStringLiteral("U3"), QString(), Stage::Final);
    ASSERT_TRUE(trend.ok());
    ASSERT_EQ(trend->points.size(), 2);
    EXPECT_FALSE(trend->points[0].provisional);
    EXPECT_EQ(trend->points[0].rank, 3);
    EXPECT_TRUE(trend->points[1].provisional);
    EXPECT_EQ(trend->points[1].rank, 1);
    EXPECT_EQ(trend->points[1].completeness.describe(), QStringLiteral("1 of 3 units scored; ranks provisional"));
    const Change c = changeBetween(trend->points[0].total, trend->points[0].standing, trend->points[1].total,
                                   trend->points[1].standing, 2017);
    EXPECT_EQ(c.places, 2);
    EXPECT_TRUE(c.provisional);
}

TEST_F(StandingTest, APublishedRankStandsOnEveryViewWhileThePoolIsNotHere)
{
    ASSERT_TRUE(t.scores(QStringLiteral("P"), 2018, "u,1.1,1.2,2.1,B,C\nU1,10,20,30,20,20\n").isEmpty());
    publish(QStringLiteral("U1"), 2017, 49, 63);
    publish(QStringLiteral("U1"), 2018, 47, 63);
    auto r = Analysis(*t.catalog).ranking(QStringLiteral("P"), 2018, QString(), Stage::Final);
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r->rows.size(), 1);
    const qint64 u1 = r->rows[0].unitId;
    EXPECT_EQ(r->rows[0].rank, 1); // computed, kept for sorting
    EXPECT_EQ(r->standing.value(u1).rank, 47); // shown
    EXPECT_EQ(r->standing.value(u1).of, 63);
    EXPECT_TRUE(r->standing.value(u1).published);
    EXPECT_EQ(r->standing.value(u1).source, QStringLiteral("QĐ 1/2019"));
    EXPECT_EQ(r->rows[0].previousRank, 49); // last year: the published rank too, not "1st"
    EXPECT_TRUE(r->previousStanding.value(u1).published);
    EXPECT_EQ(r->completeness.publishedOf, 63);

    auto trend = Analysis(*t.catalog).trend(QStringLiteral("P"), QStringLiteral("U1"), QString(), Stage::Final);
    ASSERT_TRUE(trend.ok());
    EXPECT_EQ(trend->points[1].rank, 47);
    EXPECT_EQ(trend->points[1].of, 63);
    EXPECT_TRUE(trend->points[1].rankPublished);
    EXPECT_EQ(trend->points[0].rank, 49);
}

TEST_F(StandingTest, AWholeScoredPoolIsComputedAndADisagreementSaid)
{
    publish(QStringLiteral("U2"), 2017, 1, 3);
    auto trend = Analysis(*t.catalog).trend(QStringLiteral("P"), QStringLiteral("U2"), QString(), Stage::Final);
    ASSERT_TRUE(trend.ok());
    EXPECT_EQ(trend->points[0].rank, 2);
    EXPECT_FALSE(trend->points[0].rankPublished);
    EXPECT_FALSE(trend->points[0].provisional);
    EXPECT_EQ(trend->points[0].note, QStringLiteral("published rank 1 of 3 differs from the computed 2 of 3"));
}

TEST(Standing, RuleWithoutADatabase)
{
    QList<RankedUnit> ranked(2);
    ranked[0].unitId = 7;
    ranked[0].rank = 1;
    ranked[1].unitId = 8;
    ranked[1].rank = 1;
    ranked[1].tied = true;
    ranked[0].tied = true;
    Completeness partial;
    partial.members = 18;
    partial.scored = 2;
    const Standing s = standingOf(ranked, partial, 8, std::nullopt);
    EXPECT_EQ(s.rank, 1);
    EXPECT_EQ(s.of, 2);
    EXPECT_TRUE(s.tied);
    EXPECT_TRUE(s.provisional);
    EXPECT_EQ(s.text(), QStringLiteral("1=/2 (provisional)"));
    EXPECT_FALSE(standingOf(ranked, partial, 9, std::nullopt).rank);
    const Standing p = standingOf(ranked, partial, 8, PublishedRank {12, 18, QStringLiteral("QĐ")});
    EXPECT_EQ(p.rank, 12);
    EXPECT_TRUE(p.published);
    EXPECT_FALSE(p.provisional);
    EXPECT_EQ(p.text(), QStringLiteral("12/18 (published)"));
}
