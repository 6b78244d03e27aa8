#include "TestDatabase.h"

#include "scoring/Analysis.h"
#include "storage/Demo.h"
#include "storage/LineageStore.h"

#include <algorithm>

#include <gtest/gtest.h>

using namespace par;

namespace {

class DemoTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(Demo::load(*t.catalog).ok()); }
    TestDatabase t;
};

} // namespace

TEST_F(DemoTest, ReproducesTheSeedTrend)
{
    auto trend = Analysis(*t.catalog).trend(QStringLiteral("PAR"), QStringLiteral("Bắc Kạn"), QString(), Stage::Final);
    ASSERT_TRUE(trend.ok());
    ASSERT_EQ(trend->points.size(), 2);
    EXPECT_EQ(trend->points[0].year, 2017);
    EXPECT_EQ(trend->points[0].total->toString(), QStringLiteral("73.92"));
    EXPECT_EQ(trend->points[1].total->toString(), QStringLiteral("74.62"));
    EXPECT_EQ(trend->points[1].change->toString(2), QStringLiteral("0.70"));
    for (const TrendPoint& p : trend->points) {
        EXPECT_EQ(p.rank, 49);
        EXPECT_EQ(p.of, 63);
        EXPECT_TRUE(p.rankPublished);
    }
}

TEST_F(DemoTest, ReproducesThe2018PartsAndTheirMaxima)
{
    auto index = t.catalog->index(QStringLiteral("PAR"));
    auto framework = t.catalog->requireFramework(index.value(), 2018);
    auto unit = t.catalog->findUnit(QStringLiteral("Bắc Kạn"));
    auto e = Analysis(*t.catalog).evaluateUnit(framework.value(), unit.value()->id, Stage::Final);
    ASSERT_TRUE(e.ok());
    const QList<std::pair<const char*, std::pair<const char*, const char*>>> parts {
        {"A", {"47.4299", "64.5"}}, {"B", {"9.6697", "12"}}, {"C", {"17.51922", "23.5"}}};
    for (const auto& [code, figures] : parts) {
        const int at = framework->find(QString::fromLatin1(code));
        ASSERT_GT(at, 0) << code;
        EXPECT_EQ(e->value[at]->toString(), QString::fromLatin1(figures.first)) << code;
        EXPECT_EQ(framework->criteria[at].maxPoints.toString(), QString::fromLatin1(figures.second)) << code;
    }
    EXPECT_EQ(e->total()->toString(), QStringLiteral("74.62"));
    EXPECT_EQ(e->aggregate[0]->toString(), QStringLiteral("74.61882")); // the report's rounding, kept visible
}

TEST_F(DemoTest, SipasHasTheSeedPercentages)
{
    auto index = t.catalog->index(QStringLiteral("SIPAS"));
    auto framework = t.catalog->requireFramework(index.value(), 2018);
    auto unit = t.catalog->findUnit(QStringLiteral("Bắc Kạn"));
    auto e = Analysis(*t.catalog).evaluateUnit(framework.value(), unit.value()->id, Stage::Final);
    ASSERT_TRUE(e.ok());
    EXPECT_EQ(e->total()->toString(), QStringLiteral("79.87"));
    EXPECT_EQ(e->aggregate[0]->toString(), QStringLiteral("79.87"));
    Decimal best = Decimal::fromInt(0);
    Decimal worst = Decimal::fromInt(100);
    for (int i = 1; i < framework->criteria.size(); ++i) {
        if (framework->criteria[i].isLeaf() && e->value[i]) {
            best = std::max(best, *e->value[i]);
            worst = std::min(worst, *e->value[i]);
        }
    }
    EXPECT_EQ(best.toString(2), QStringLiteral("90.40"));
    EXPECT_EQ(worst.toString(2), QStringLiteral("62.21"));
}

TEST_F(DemoTest, DepartmentRankingHasATieAtSecondAndIsIllustrative)
{
    auto r = Analysis(*t.catalog).ranking(QStringLiteral("BKCCHC"), 2018, QString(), Stage::Final);
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->index.illustrative);
    EXPECT_TRUE(r->index.name.contains(QStringLiteral("minh hoạ")));
    ASSERT_GE(r->rows.size(), 4);
    EXPECT_EQ((QList<int> {r->rows[0].rank, r->rows[1].rank, r->rows[2].rank, r->rows[3].rank}),
              (QList<int> {1, 2, 2, 4}));
    EXPECT_EQ(r->rows[1].total, r->rows[2].total);
}

TEST_F(DemoTest, TheOnlyDiscrepanciesAreTheDeliberateOnes)
{
    auto issues = Analysis(*t.catalog).consistency();
    ASSERT_TRUE(issues.ok());
    ASSERT_EQ(issues->size(), 2);
}

TEST_F(DemoTest, FinalisedYearsAndMergedUnits)
{
    auto index = t.catalog->index(QStringLiteral("BKCCHC"));
    auto cohort = t.catalog->defaultCohort(index.value());
    EXPECT_TRUE(t.catalog->isFinalised(cohort->id, 2017).value());
    EXPECT_FALSE(t.catalog->isFinalised(cohort->id, 2018).value());
    auto bk = t.catalog->findUnit(QStringLiteral("Bắc Kạn"));
    auto tn = t.catalog->findUnit(QStringLiteral("TN"));
    // Bắc Kạn's merger into Thái Nguyên is an event of 2025 (issue 11): its last year as a province is 2024.
    EXPECT_EQ(bk.value()->validTo, 2024);
    EXPECT_EQ(bk.value()->successorId, tn.value()->id);
}

// Issue 11: an illustrative 2025 year in which departments merge (recorded as events with their legal basis), with
// 2024 and 2025 scores so that a trend crosses the merger; the districts end in 2024, without 2025 scores.
TEST_F(DemoTest, The2025YearShowsTheDepartmentsMergers)
{
    auto events = LineageStore(*t.catalog).events();
    ASSERT_TRUE(events.ok());
    ASSERT_EQ(events->size(), 6);
    auto lineage = LineageStore(*t.catalog).lineage();
    ASSERT_TRUE(lineage.ok());
    auto id = [&](const QString& name) { return t.catalog->findUnit(name).value()->id; };
    const qint64 merged = id(QStringLiteral("Sở Nông nghiệp và Môi trường"));
    EXPECT_EQ(lineage->predecessorsIn(merged, 2024),
              (QList<qint64> {id(QStringLiteral("Sở Nông nghiệp và Phát triển nông thôn")),
                              id(QStringLiteral("Sở Tài nguyên và Môi trường"))}));
    EXPECT_EQ(lineage->predecessorsIn(id(QStringLiteral("Sở Tài chính")), 2024),
              QList<qint64> {id(QStringLiteral("Sở Kế hoạch và Đầu tư"))});
    for (const LineageEvent& e : events.value())
        EXPECT_FALSE(e.basis.isEmpty());

    auto index = t.catalog->index(QStringLiteral("BKCCHC"));
    ASSERT_TRUE(index->illustrative);
    EXPECT_EQ(t.catalog->years(index->id).value(), (QList<int> {2017, 2018, 2024, 2025}));
    auto departments = t.catalog->defaultCohort(index.value());
    EXPECT_EQ(t.catalog->members(departments->id, 2024)->size(), 18);
    EXPECT_EQ(t.catalog->members(departments->id, 2025)->size(), 13);
    EXPECT_TRUE(t.catalog->isFinalised(departments->id, 2024).value());
    EXPECT_FALSE(t.catalog->isFinalised(departments->id, 2025).value());
    auto districts = t.catalog->resolveCohort(index.value(), QStringLiteral("UBND huyện, thành phố"));
    EXPECT_TRUE(t.catalog->members(districts->id, 2025)->isEmpty());
    const auto units = t.catalog->units();
    ASSERT_TRUE(units.ok());
    for (const Unit& u : units.value()) {
        if (u.kind == QLatin1String("district")) {
            EXPECT_EQ(u.validTo, 2024) << u.name.toStdString();
        }
    }

    // The new department is ranked in 2025 with its own scores, complete.
    auto ranking
        = Analysis(*t.catalog).ranking(QStringLiteral("BKCCHC"), 2025, QStringLiteral("Sở, ban, ngành"), Stage::Final);
    ASSERT_TRUE(ranking.ok());
    EXPECT_EQ(ranking->rows.size(), 13);
    EXPECT_TRUE(ranking->incomplete.isEmpty());
    EXPECT_TRUE(std::any_of(ranking->rows.cbegin(), ranking->rows.cend(),
                            [&](const RankedUnit& u) { return u.unitId == merged; }));
}

TEST_F(DemoTest, PacNamIsIncompleteIn2018NotZero)
{
    auto missing = Analysis(*t.catalog).missingScores();
    ASSERT_TRUE(missing.ok());
    ASSERT_EQ(missing->size(), 1);
    EXPECT_EQ(missing->first().indexCode, QStringLiteral("BKCCHC"));
    EXPECT_EQ(missing->first().year, 2018);
    EXPECT_EQ(missing->first().stage, QStringLiteral("final"));
    EXPECT_EQ(missing->first().unit, QStringLiteral("Huyện Pác Nặm"));
    EXPECT_EQ(missing->first().criteria, (QStringList {QStringLiteral("6.2"), QStringLiteral("6.3")}));
    EXPECT_EQ(missing->first().maxPoints, Decimal::fromInt(13));
    auto lost = Analysis(*t.catalog)
                    .lostPoints(QStringLiteral("BKCCHC"), 2018, QStringLiteral("Huyện Pác Nặm"), Stage::Final);
    ASSERT_TRUE(lost.ok());
    EXPECT_EQ(lost->missingTotal, Decimal::fromInt(13));
    EXPECT_EQ(lost->lostTotal.toString(), QStringLiteral("24.38"));
    EXPECT_EQ(lost->lostTotal + lost->missingTotal + Decimal::parse(QStringLiteral("62.62")).value(),
              Decimal::fromInt(100));
}
