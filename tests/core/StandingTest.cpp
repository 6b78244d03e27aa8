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

TEST_F(StandingTest, ANoteWithoutAValueIsStillAMissingValue)
{
    // A cohort-year is read without its empty cells (scores.recorded_framework, on a server recorded_pairs): a row that
    // holds only a note must stay "missing", never become a zero or a value.
    ASSERT_TRUE(t.scores(QStringLiteral("P"), 2018, "u,1.1,1.2,2.1,B,C\nU1,10,20,30,20,20\nU2,5,5,,5,5\nU3,1,1,1,1,1\n")
                    .isEmpty());
    ASSERT_TRUE(
        t.db->execScript(
                QStringLiteral("INSERT INTO scores (unit_id, criterion_id, stage, value_micro, note) "
                               "SELECT u.id, c.id, 'final', NULL, 'chờ minh chứng' FROM units u, criteria c "
                               "JOIN frameworks f ON f.id = c.framework_id WHERE u.name = 'U2' AND c.code = '2.1' "
                               "AND f.year = 2018"))
            .ok());
    EXPECT_EQ(t.count(QStringLiteral("SELECT count(*) FROM scores WHERE value_micro IS NULL AND note IS NOT NULL")), 1);
    auto r = Analysis(*t.catalog).ranking(QStringLiteral("P"), 2018, QString(), Stage::Final);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->completeness.incomplete, QStringList {QStringLiteral("U2")});
    ASSERT_EQ(r->rows.size(), 3);
    EXPECT_EQ(r->rows[1].name, QStringLiteral("U2"));
    EXPECT_EQ(r->rows[1].total.toString(), QStringLiteral("20"));
    EXPECT_FALSE(r->complete.value(r->rows[1].unitId));
    EXPECT_EQ(r->rows[2].total.toString(), QStringLiteral("5"));
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

TEST(Standing, ACohortYearFindsEachUnitByItsIndexAsTheScanWould)
{
    // CohortYear::standing looks a unit up in rankedAt (made with the ranking) instead of scanning the ranking for
    // each unit: the answers must be the scan's, for ranked, tied, published and unranked units alike.
    CohortYear year;
    for (int i = 0; i < 40; ++i) {
        RankedUnit r;
        r.unitId = 1000 - 7 * i;
        r.rank = i < 3 ? 1 : i + 1 - (i % 5 == 4 ? 1 : 0);
        r.tied = i < 3 || i % 5 == 4 || i % 5 == 3;
        year.ranked << r;
    }
    year.completeness.members = 45;
    year.completeness.scored = 40;
    year.published.insert(1000 - 7 * 9, PublishedRank {3, 63, QStringLiteral("QĐ 1")});
    year.published.insert(5, PublishedRank {60, 63, QStringLiteral("QĐ 1")}); // published, not ranked here
    auto same = [](const Standing& a, const Standing& b) {
        return a.rank == b.rank && a.of == b.of && a.computedRank == b.computedRank && a.computedOf == b.computedOf
            && a.tied == b.tied && a.published == b.published && a.provisional == b.provisional && a.note == b.note
            && a.source == b.source;
    };
    const CohortYear scanned = year; // no index: standing() scans
    for (qsizetype i = 0; i < year.ranked.size(); ++i)
        year.rankedAt.insert(year.ranked[i].unitId, i);
    for (qint64 id :
         {qint64(1000), qint64(1000 - 7 * 3), qint64(1000 - 7 * 9), qint64(1000 - 7 * 39), qint64(5), qint64(6)}) {
        const Standing indexed = year.standing(id);
        EXPECT_TRUE(same(indexed, scanned.standing(id))) << id;
        const auto found = year.published.constFind(id);
        EXPECT_TRUE(
            same(indexed,
                 standingOf(year.ranked, year.completeness, id,
                            found == year.published.cend() ? std::nullopt : std::optional<PublishedRank>(*found))))
            << id;
    }
    EXPECT_EQ(year.standing(1000 - 7 * 2).computedRank, 1);
    EXPECT_EQ(year.standing(1000 - 7 * 3).computedRank, 4);
    EXPECT_TRUE(year.standing(1000 - 7 * 3).tied);
    EXPECT_FALSE(year.standing(6).computedRank);
    EXPECT_EQ(year.standing(5).rank, 60);
}

TEST_F(StandingTest, TheNewestYearWithScoresIsWhereTheProgramOpens)
{
    t.framework(QStringLiteral("P"), 2019, Tree); // set up, nothing entered
    auto index = t.catalog->index(QStringLiteral("P"));
    auto newest = Standings(*t.catalog).newestYearWithScores(index->id);
    ASSERT_TRUE(newest.ok());
    EXPECT_EQ(newest.value(), 2017);
    ASSERT_TRUE(t.scores(QStringLiteral("P"), 2018, "u,1.1\nU1,1\n").isEmpty());
    EXPECT_EQ(Standings(*t.catalog).newestYearWithScores(index->id).value(), 2018);
}
