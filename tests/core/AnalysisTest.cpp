#include "TestDatabase.h"

#include "scoring/Analysis.h"

#include <gtest/gtest.h>

using namespace par;

namespace {

class AnalysisTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        t.framework(
            QStringLiteral("P"), 2017,
            "code,title,max_points,lead_unit\n1,a,50,\n1.1,x,20,Sở Nội vụ\n1.2,y,30,Sở Tư pháp\n2,b,50,Văn phòng\n");
        t.framework(
            QStringLiteral("P"), 2018,
            "code,title,max_points,lead_unit\n1,a,50,\n1.1,x,20,Sở Nội vụ\n1.2,y,30,Sở Tư pháp\n3,c,50,Sở Y tế\n");
        ASSERT_TRUE(t.scores(QStringLiteral("P"), 2017, "u,1.1,1.2,2\nA,20,25,40\nB,10,10,10\nC,15,15,15\n").isEmpty());
        ASSERT_TRUE(
            t.scores(QStringLiteral("P"), 2018, "u,1.1,1.2,3\nA,12,29,30\nB,20,30,50\nC,15,15,15\nD,,,\n").isEmpty());
    }
    TestDatabase t;
};

} // namespace

TEST_F(AnalysisTest, RankingCarriesLastYearsRankAndTheUnranked)
{
    auto r = Analysis(*t.catalog).ranking(QStringLiteral("P"), 2018, QString(), Stage::Final);
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r->rows.size(), 3);
    EXPECT_EQ(r->rows[0].name, QStringLiteral("B"));
    EXPECT_EQ(r->rows[0].previousRank, 3);
    EXPECT_EQ(r->rows[0].previousTotal, Decimal::fromInt(30));
    EXPECT_EQ(r->rows[1].name, QStringLiteral("A"));
    EXPECT_EQ(r->rows[1].previousRank, 1);
    EXPECT_EQ(r->unranked, QStringList {QStringLiteral("D")});
}

TEST_F(AnalysisTest, TrendComputesRanksWhenTheCohortIsComplete)
{
    auto trend = Analysis(*t.catalog).trend(QStringLiteral("P"), QStringLiteral("A"), QString(), Stage::Final);
    ASSERT_TRUE(trend.ok());
    ASSERT_EQ(trend->points.size(), 2);
    EXPECT_EQ(trend->points[0].total, Decimal::fromInt(85));
    EXPECT_EQ(trend->points[0].rank, 1);
    EXPECT_EQ(trend->points[0].of, 3);
    EXPECT_EQ(trend->points[1].total, Decimal::fromInt(71));
    EXPECT_EQ(trend->points[1].rank, 2);
    EXPECT_EQ(trend->points[1].change, Decimal::fromInt(-14));
    EXPECT_EQ(trend->points[1].percent->toString(2), QStringLiteral("71.00"));
    EXPECT_FALSE(trend->points[1].rankPublished);
}

TEST_F(AnalysisTest, PublishedRanksStandForIncompleteCohortsAndDisagreementsAreReported)
{
    auto index = t.catalog->index(QStringLiteral("P"));
    auto cohort = t.catalog->defaultCohort(index.value());
    auto a = t.catalog->findUnit(QStringLiteral("A"));
    {
        Database::Transaction tx(*t.db);
        ASSERT_TRUE(
            t.catalog->setPublishedRank(index.value(), cohort->id, 2017, a.value()->id, {49, 63, QStringLiteral("QĐ")})
                .ok());
        ASSERT_TRUE(
            t.catalog->setPublishedRank(index.value(), cohort->id, 2018, a.value()->id, {1, 3, QStringLiteral("QĐ")})
                .ok());
        ASSERT_TRUE(tx.commit().ok());
    }
    auto trend = Analysis(*t.catalog).trend(QStringLiteral("P"), QStringLiteral("A"), QString(), Stage::Final);
    ASSERT_TRUE(trend.ok());
    EXPECT_EQ(trend->points[0].rank, 49); // 3 of 63 provinces in the database: the decision stands
    EXPECT_EQ(trend->points[0].of, 63);
    EXPECT_TRUE(trend->points[0].rankPublished);
    EXPECT_TRUE(trend->points[0].note.isEmpty());
    EXPECT_EQ(trend->points[1].rank, 1); // D has no score yet: the pool is not all scored, the decision stands
    EXPECT_TRUE(trend->points[1].rankPublished);
    ASSERT_TRUE(t.scores(QStringLiteral("P"), 2018, "u,1.1,1.2,3\nD,1,1,1\n").isEmpty());
    trend = Analysis(*t.catalog).trend(QStringLiteral("P"), QStringLiteral("A"), QString(), Stage::Final);
    ASSERT_TRUE(trend.ok());
    EXPECT_EQ(trend->points[1].rank, 2); // the whole cohort is scored: computed, and the disagreement is said
    EXPECT_FALSE(trend->points[1].rankPublished);
    EXPECT_EQ(trend->points[1].note, QStringLiteral("published rank 1 of 3 differs from the computed 2 of 4"));
}

TEST_F(AnalysisTest, LostPointsLargestFirstWithLeadUnitsAndFallsMatchedByCode)
{
    auto lost = Analysis(*t.catalog).lostPoints(QStringLiteral("P"), 2018, QStringLiteral("A"), Stage::Final);
    ASSERT_TRUE(lost.ok());
    ASSERT_EQ(lost->lost.size(), 3);
    EXPECT_EQ(lost->lost[0].code, QStringLiteral("3"));
    EXPECT_EQ(lost->lost[0].lost, Decimal::fromInt(20));
    EXPECT_EQ(lost->lost[0].leadUnit, QStringLiteral("Sở Y tế"));
    EXPECT_EQ(lost->lost[1].code, QStringLiteral("1.1"));
    EXPECT_EQ(lost->lost[1].leadUnit, QStringLiteral("Sở Nội vụ"));
    EXPECT_EQ(lost->lost[2].code, QStringLiteral("1.2"));
    // 1.1 fell 8; its part 1 (fell 4) is not listed beside it: one level at a time. 1.2 rose; 3 did not exist in
    // 2017 and 2 no longer exists.
    ASSERT_EQ(lost->falls.size(), 1);
    EXPECT_EQ(lost->falls[0].code, QStringLiteral("1.1"));
    EXPECT_EQ(lost->falls[0].change, Decimal::fromInt(-8));
    EXPECT_FALSE(lost->falls[0].maxChanged);
}

TEST_F(AnalysisTest, ConsistencyListsRecordedValuesThatDifferFromTheirParts)
{
    ASSERT_TRUE(t.scores(QStringLiteral("P"), 2018, "u,1\nA,41.0001\n").isEmpty());
    auto issues = Analysis(*t.catalog).consistency();
    ASSERT_TRUE(issues.ok());
    ASSERT_EQ(issues->size(), 1);
    EXPECT_EQ(issues->first().unit, QStringLiteral("A"));
    EXPECT_EQ(issues->first().criterion, QStringLiteral("1"));
    EXPECT_EQ(issues->first().year, 2018);
    EXPECT_EQ(issues->first().recorded.toString(), QStringLiteral("41.0001"));
    EXPECT_EQ(issues->first().aggregate.toString(), QStringLiteral("41"));
}

TEST_F(AnalysisTest, UnscoredCriteriaAreMissingNotLost)
{
    // E scored 1.1 only: 1.2 (30) and 3 (50) are missing, not zero; D scored nothing and is unranked, not incomplete.
    ASSERT_TRUE(t.scores(QStringLiteral("P"), 2018, "u,1.1\nE,15\n").isEmpty());
    auto lost = Analysis(*t.catalog).lostPoints(QStringLiteral("P"), 2018, QStringLiteral("E"), Stage::Final);
    ASSERT_TRUE(lost.ok());
    ASSERT_EQ(lost->lost.size(), 1);
    EXPECT_EQ(lost->lost[0].code, QStringLiteral("1.1"));
    EXPECT_EQ(lost->lostTotal, Decimal::fromInt(5));
    ASSERT_EQ(lost->missing.size(), 2);
    EXPECT_EQ(lost->missing[0].code, QStringLiteral("1.2"));
    EXPECT_EQ(lost->missing[1].code, QStringLiteral("3"));
    EXPECT_EQ(lost->missingTotal, Decimal::fromInt(80));
    // lost + missing + total = maximum
    EXPECT_EQ(lost->lostTotal + lost->missingTotal + Decimal::fromInt(15), Decimal::fromInt(100));

    auto ranking = Analysis(*t.catalog).ranking(QStringLiteral("P"), 2018, QString(), Stage::Final);
    ASSERT_TRUE(ranking.ok());
    ASSERT_EQ(ranking->incomplete.size(), 1);
    EXPECT_EQ(ranking->incomplete.cbegin()->unit, QStringLiteral("E"));
    EXPECT_EQ(ranking->incomplete.cbegin()->criteria, (QStringList {QStringLiteral("1.2"), QStringLiteral("3")}));

    auto missing = Analysis(*t.catalog).missingScores();
    ASSERT_TRUE(missing.ok());
    ASSERT_EQ(missing->size(), 1);
    EXPECT_EQ(missing->first().unit, QStringLiteral("E"));
    EXPECT_EQ(missing->first().year, 2018);
    EXPECT_EQ(missing->first().stage, QStringLiteral("final"));
    EXPECT_EQ(missing->first().maxPoints, Decimal::fromInt(80));
}

TEST_F(AnalysisTest, ARecordedParentStandsForItsUnscoredParts)
{
    ASSERT_TRUE(t.scores(QStringLiteral("P"), 2018, "u,1,3\nF,40,50\n").isEmpty());
    auto lost = Analysis(*t.catalog).lostPoints(QStringLiteral("P"), 2018, QStringLiteral("F"), Stage::Final);
    ASSERT_TRUE(lost.ok());
    EXPECT_TRUE(lost->missing.isEmpty());
}

TEST_F(AnalysisTest, WhereTheMaximumChangedFallsCompareShares)
{
    // Q: 2017 x max 3 scored 2 (66,67%); 2018 x max 2,5 scored 1,9 (76%): fewer points, a larger share, not a fall.
    // y max 4 -> 5, 3 (75%) -> 3,5 (70%): more points, a smaller share: a fall of 5 points of share.
    t.framework(QStringLiteral("Q"), 2017, "code,title,max_points\nx,x,3\ny,y,4\n");
    t.framework(QStringLiteral("Q"), 2018, "code,title,max_points\nx,x,2.5\ny,y,5\n");
    ASSERT_TRUE(t.scores(QStringLiteral("Q"), 2017, "u,x,y\nA,2,3\n").isEmpty());
    ASSERT_TRUE(t.scores(QStringLiteral("Q"), 2018, "u,x,y\nA,1.9,3.5\n").isEmpty());
    auto lost = Analysis(*t.catalog).lostPoints(QStringLiteral("Q"), 2018, QStringLiteral("A"), Stage::Final);
    ASSERT_TRUE(lost.ok());
    ASSERT_EQ(lost->falls.size(), 1);
    EXPECT_EQ(lost->falls[0].code, QStringLiteral("y"));
    EXPECT_TRUE(lost->falls[0].maxChanged);
    EXPECT_EQ(lost->falls[0].shareChange.toString(), QStringLiteral("-5"));
    EXPECT_EQ(lost->falls[0].change.toString(), QStringLiteral("-0.25"));
}
