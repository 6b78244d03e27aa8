// Results that follow lineage (issue 11): a unit's trend shows its predecessors' results before the event, each as
// its own (never summed or averaged); a ranking shows a new unit's predecessors' ranks instead of a change; a cohort
// that changed shape gives each rank its own "of" and no change of rank; the template carries the unit's code, and
// the code names the unit after a rename.
#include "TestDatabase.h"

#include "io/Export.h"
#include "scoring/Analysis.h"
#include "storage/LineageStore.h"

#include <gtest/gtest.h>

using namespace par;

namespace {

const QByteArray TwoCriteria = "code,title,max_points\n1,a,50\n2,b,50\n";

qint64 idOf(TestDatabase& t, const QString& name)
{
    auto unit = t.catalog->findUnit(name);
    EXPECT_TRUE(unit.ok() && unit.value()) << name.toStdString();
    return unit.ok() && unit.value() ? unit.value()->id : 0;
}

LineageEvent event(LineageEvent::Kind kind, int year, QList<qint64> from, QList<qint64> to = {})
{
    LineageEvent e;
    e.kind = kind;
    e.year = year;
    e.predecessors = std::move(from);
    e.successors = to.isEmpty() && kind == LineageEvent::Rename ? e.predecessors : std::move(to);
    e.basis = QStringLiteral("NQ 190/2025/QH15");
    return e;
}

QList<Unit> named(const QStringList& names)
{
    QList<Unit> units;
    for (const QString& name : names) {
        Unit u;
        u.name = name;
        u.kind = QStringLiteral("department");
        units.append(u);
    }
    return units;
}

void record(TestDatabase& t, const LineageEvent& e, const QStringList& newUnits = {})
{
    auto recorded = LineageStore(*t.catalog).record(e, named(newUnits));
    ASSERT_TRUE(recorded.ok()) << recorded.error().message.toStdString();
}

QString describe(const TrendPoint& p)
{
    return QStringLiteral("%1 %2%3 %4 %5/%6")
        .arg(p.year)
        .arg(p.predecessor ? QStringLiteral("pred ") : QString(), p.unitName,
             p.total ? p.total->toString() : QStringLiteral("-"))
        .arg(p.rank ? QString::number(*p.rank) : QStringLiteral("-"))
        .arg(p.of ? QString::number(*p.of) : QStringLiteral("-"));
}

QStringList describe(const QList<TrendPoint>& points)
{
    QStringList out;
    for (const TrendPoint& p : points)
        out << describe(p);
    return out;
}

// 2024: A 30, B 10, C 2 (ranked 1, 2, 3 of 3). A and B merge into AB from 2025; 2025: AB 40, C 6.
class MergedCohort : public ::testing::Test
{
protected:
    void SetUp() override
    {
        t.framework(QStringLiteral("P"), 2024, TwoCriteria);
        t.framework(QStringLiteral("P"), 2025, TwoCriteria);
        ASSERT_TRUE(t.scores(QStringLiteral("P"), 2024, "u,1,2\nA,10,20\nB,5,5\nC,1,1\n").isEmpty());
        record(t, event(LineageEvent::Merge, 2025, {idOf(t, QStringLiteral("A")), idOf(t, QStringLiteral("B"))}),
               {QStringLiteral("AB")});
        ASSERT_TRUE(t.scores(QStringLiteral("P"), 2025, "u,1,2\nAB,20,20\nC,3,3\n").isEmpty());
    }
    TestDatabase t;
};

} // namespace

TEST_F(MergedCohort, TheTrendShowsEachPredecessorAsItsOwnNeverASum)
{
    auto trend = Analysis(*t.catalog).trend(QStringLiteral("P"), QStringLiteral("AB"), QString(), Stage::Final);
    ASSERT_TRUE(trend.ok()) << trend.error().message.toStdString();
    // Two predecessor points for 2024, each its own figure and rank: not 40 (a sum), not 20 (an average).
    EXPECT_EQ(describe(trend->rows()),
              (QStringList {QStringLiteral("2024 pred A 30 1/3"), QStringLiteral("2024 pred B 10 2/3"),
                            QStringLiteral("2025 AB 40 1/2")}));
    EXPECT_EQ(trend->predecessorIds(), (QList<qint64> {idOf(t, QStringLiteral("A")), idOf(t, QStringLiteral("B"))}));
    // The unit's own line: nothing in 2024, and no change in 2025 against a predecessor's figure.
    ASSERT_EQ(trend->points.size(), 2);
    EXPECT_FALSE(trend->points[0].total);
    EXPECT_FALSE(trend->points[1].change);
    ASSERT_EQ(trend->origins.size(), 1);
    EXPECT_EQ(trend->origins[0].basis, QStringLiteral("NQ 190/2025/QH15"));
    // A unit that was not merged keeps its one line, its change against itself.
    auto other = Analysis(*t.catalog).trend(QStringLiteral("P"), QStringLiteral("C"), QString(), Stage::Final);
    ASSERT_TRUE(other.ok());
    EXPECT_TRUE(other->predecessorPoints.isEmpty());
    EXPECT_EQ(describe(other->rows()), (QStringList {QStringLiteral("2024 C 2 3/3"), QStringLiteral("2025 C 6 2/2")}));
    EXPECT_EQ(other->points[1].change, Decimal::fromInt(4));
}

TEST_F(MergedCohort, TheRankingShowsEachPredecessorsRankInsteadOfAChange)
{
    auto r = Analysis(*t.catalog).ranking(QStringLiteral("P"), 2025, QString(), Stage::Final);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    ASSERT_EQ(r->rows.size(), 2);
    const RankedUnit& merged = r->rows[0];
    EXPECT_EQ(merged.name, QStringLiteral("AB"));
    EXPECT_FALSE(merged.previousRank);
    EXPECT_FALSE(merged.previousTotal); // no change against a single number
    EXPECT_FALSE(merged.places);
    ASSERT_EQ(merged.predecessors.size(), 2);
    EXPECT_EQ(merged.predecessors[0].text(), QStringLiteral("A: 1/3 (30.00%)"));
    EXPECT_EQ(merged.predecessors[1].text(), QStringLiteral("B: 2/3 (10.00%)"));
    EXPECT_EQ(merged.predecessors[1].total, Decimal::fromInt(10));
}

TEST_F(MergedCohort, ACohortThatChangedShapeGivesEachRankItsOfAndNoChangeOfRank)
{
    auto r = Analysis(*t.catalog).ranking(QStringLiteral("P"), 2025, QString(), Stage::Final);
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->cohortChanged);
    EXPECT_EQ(r->previousRankedOf, 3);
    const RankedUnit& c = r->rows[1];
    EXPECT_EQ(c.name, QStringLiteral("C"));
    // 3rd of 3, now 2nd of 2: shown side by side, not "up one place".
    EXPECT_EQ(c.rank, 2);
    EXPECT_EQ(c.previousRank, 3);
    EXPECT_EQ(c.previousOf, 3);
    EXPECT_FALSE(c.places);
    EXPECT_EQ(c.previousTotal, Decimal::fromInt(2)); // its own total still compares with its own
}

TEST(LineageResults, AnUnchangedCohortStillGivesTheChangeOfRank)
{
    TestDatabase t;
    t.framework(QStringLiteral("P"), 2024, TwoCriteria);
    t.framework(QStringLiteral("P"), 2025, TwoCriteria);
    ASSERT_TRUE(t.scores(QStringLiteral("P"), 2024, "u,1,2\nA,10,20\nB,5,5\n").isEmpty());
    ASSERT_TRUE(t.scores(QStringLiteral("P"), 2025, "u,1,2\nA,1,1\nB,5,5\n").isEmpty());
    auto r = Analysis(*t.catalog).ranking(QStringLiteral("P"), 2025, QString(), Stage::Final);
    ASSERT_TRUE(r.ok());
    EXPECT_FALSE(r->cohortChanged);
    EXPECT_EQ(r->rows[0].name, QStringLiteral("B"));
    EXPECT_EQ(r->rows[0].places, 1);
    EXPECT_EQ(r->rows[0].previousOf, 2);
    EXPECT_EQ(r->rows[1].places, -1);
    EXPECT_TRUE(r->rows[0].predecessors.isEmpty());
}

TEST(LineageResults, ChainedEventsAreFollowedBack)
{
    TestDatabase t;
    for (int year : {2019, 2020, 2025})
        t.framework(QStringLiteral("P"), year, TwoCriteria);
    ASSERT_TRUE(t.scores(QStringLiteral("P"), 2019, "u,1,2\nA,10,10\nC,5,5\n").isEmpty());
    record(t, event(LineageEvent::Merge, 2020, {idOf(t, QStringLiteral("A"))}), {QStringLiteral("B")});
    ASSERT_TRUE(t.scores(QStringLiteral("P"), 2020, "u,1,2\nB,11,11\nC,6,6\n").isEmpty());
    record(t, event(LineageEvent::Merge, 2025, {idOf(t, QStringLiteral("B")), idOf(t, QStringLiteral("C"))}),
           {QStringLiteral("D")});
    ASSERT_TRUE(t.scores(QStringLiteral("P"), 2025, "u,1,2\nD,30,30\n").isEmpty());

    auto trend = Analysis(*t.catalog).trend(QStringLiteral("P"), QStringLiteral("D"), QString(), Stage::Final);
    ASSERT_TRUE(trend.ok()) << trend.error().message.toStdString();
    EXPECT_EQ(describe(trend->rows()),
              (QStringList {QStringLiteral("2019 pred C 10 2/2"), QStringLiteral("2019 pred A 20 1/2"),
                            QStringLiteral("2020 pred B 22 1/2"), QStringLiteral("2020 pred C 12 2/2"),
                            QStringLiteral("2025 D 60 1/1")}));
    // (A is found through B, so after C.) Each predecessor's change is against its own previous year: C +2; B has none
    // (A was another unit).
    EXPECT_EQ(trend->predecessorPoints[3].change, Decimal::fromInt(2));
    EXPECT_FALSE(trend->predecessorPoints[2].change);
    EXPECT_EQ(trend->origins.size(), 1);

    // The 2020 ranking: B's predecessor A; the 2019 ranking is not told of the later events.
    auto r2020 = Analysis(*t.catalog).ranking(QStringLiteral("P"), 2020, QString(), Stage::Final);
    ASSERT_TRUE(r2020.ok());
    ASSERT_EQ(r2020->rows[0].name, QStringLiteral("B"));
    ASSERT_EQ(r2020->rows[0].predecessors.size(), 1);
    EXPECT_EQ(r2020->rows[0].predecessors[0].text(), QStringLiteral("A: 1/2 (20.00%)"));
    EXPECT_TRUE(r2020->rows[1].predecessors.isEmpty()); // C continued: no predecessor of its own
    EXPECT_TRUE(r2020->cohortChanged);
    EXPECT_FALSE(r2020->rows[1].places);
}

TEST(LineageResults, ARenamedUnitIsOneLineWithTheNameOfEachYear)
{
    TestDatabase t;
    t.framework(QStringLiteral("P"), 2024, TwoCriteria);
    t.framework(QStringLiteral("P"), 2025, TwoCriteria);
    ASSERT_TRUE(t.scores(QStringLiteral("P"), 2024, "u,1,2\nSở Cũ,10,20\nB,5,5\n").isEmpty());
    LineageEvent rename = event(LineageEvent::Rename, 2025, {idOf(t, QStringLiteral("Sở Cũ"))});
    rename.newName = QStringLiteral("Sở Mới");
    record(t, rename);
    ASSERT_TRUE(t.scores(QStringLiteral("P"), 2025, "u,1,2\nSở Mới,20,20\nB,5,5\n").isEmpty());
    auto trend = Analysis(*t.catalog).trend(QStringLiteral("P"), QStringLiteral("Sở Mới"), QString(), Stage::Final);
    ASSERT_TRUE(trend.ok());
    EXPECT_TRUE(trend->predecessorPoints.isEmpty());
    EXPECT_EQ(describe(trend->rows()),
              (QStringList {QStringLiteral("2024 Sở Cũ 30 1/2"), QStringLiteral("2025 Sở Mới 40 1/2")}));
    EXPECT_EQ(trend->points[1].change, Decimal::fromInt(10)); // the same unit: its change stands
    // The Trends page: one line, each point with the name of its year.
    auto lines = Analysis(*t.catalog).lines(QStringLiteral("P"), trend->unit.id, QString(), Stage::Final);
    ASSERT_TRUE(lines.ok());
    ASSERT_EQ(lines->size(), 1);
    ASSERT_EQ(lines->at(0).points.size(), 2);
    EXPECT_EQ(lines->at(0).points[0].unitName, QStringLiteral("Sở Cũ"));
    EXPECT_EQ(lines->at(0).points[1].unitName, QStringLiteral("Sở Mới"));
    EXPECT_EQ(lines->at(0).points[1].change, Decimal::fromInt(10));
    auto r = Analysis(*t.catalog).ranking(QStringLiteral("P"), 2025, QString(), Stage::Final);
    ASSERT_TRUE(r.ok());
    EXPECT_FALSE(r->cohortChanged);
    EXPECT_EQ(r->rows[0].places, 0);
    EXPECT_TRUE(r->rows[0].predecessors.isEmpty());
}

TEST(LineageResults, ASplitGivesEachSuccessorThePredecessorsResults)
{
    TestDatabase t;
    t.framework(QStringLiteral("P"), 2024, TwoCriteria);
    t.framework(QStringLiteral("P"), 2025, TwoCriteria);
    ASSERT_TRUE(t.scores(QStringLiteral("P"), 2024, "u,1,2\nA,10,20\nB,5,5\n").isEmpty());
    record(t, event(LineageEvent::Split, 2025, {idOf(t, QStringLiteral("A"))}),
           {QStringLiteral("A1"), QStringLiteral("A2")});
    ASSERT_TRUE(t.scores(QStringLiteral("P"), 2025, "u,1,2\nA1,20,20\nA2,1,1\nB,5,5\n").isEmpty());
    for (const QString& name : {QStringLiteral("A1"), QStringLiteral("A2")}) {
        auto trend = Analysis(*t.catalog).trend(QStringLiteral("P"), name, QString(), Stage::Final);
        ASSERT_TRUE(trend.ok());
        ASSERT_EQ(trend->predecessorPoints.size(), 1);
        EXPECT_EQ(describe(trend->predecessorPoints[0]), QStringLiteral("2024 pred A 30 1/2"));
    }
    auto r = Analysis(*t.catalog).ranking(QStringLiteral("P"), 2025, QString(), Stage::Final);
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r->rows.size(), 3);
    EXPECT_EQ(r->rows[0].predecessors[0].text(), QStringLiteral("A: 1/2 (30.00%)"));
    EXPECT_EQ(r->rows[2].name, QStringLiteral("A2"));
    EXPECT_EQ(r->rows[2].predecessors[0].text(), QStringLiteral("A: 1/2 (30.00%)"));
    EXPECT_EQ(r->rows[1].name, QStringLiteral("B"));
    EXPECT_EQ(r->rows[1].previousOf, 2); // 2nd of 2, now 2nd of 3: no change of rank computed
    EXPECT_FALSE(r->rows[1].places);
}

TEST(LineageResults, TheTemplateCarriesTheCodeWhichNamesTheUnitAfterARename)
{
    TestDatabase t;
    t.framework(QStringLiteral("P"), 2024, TwoCriteria);
    t.framework(QStringLiteral("P"), 2025, TwoCriteria);
    ASSERT_TRUE(t.scores(QStringLiteral("P"), 2024, "u,1,2\nSở Cũ,10,20\nB,5,5\n").isEmpty());
    {
        Database::Transaction transaction(*t.db);
        Unit unit = *t.catalog->unitById(idOf(t, QStringLiteral("Sở Cũ"))).value();
        unit.code = QStringLiteral("SC");
        ASSERT_TRUE(t.catalog->saveUnit(unit).ok());
        ASSERT_TRUE(transaction.commit().ok());
    }
    ExportRequest request;
    request.indexCode = QStringLiteral("P");
    request.year = 2024;
    auto book = Export::scoreTemplate(*t.catalog, request);
    ASSERT_TRUE(book.ok()) << book.error().message.toStdString();
    const ExportSheet& sheet = book->sheets[0];
    ASSERT_EQ(sheet.columns.size(), 4);
    EXPECT_EQ(sheet.columns[1].header, QStringLiteral("1")); // the criteria keep their places
    EXPECT_EQ(sheet.columns[3].header, QStringLiteral("code"));
    ASSERT_EQ(sheet.rows.size(), 2);
    EXPECT_EQ(sheet.rows[1][0].text, QStringLiteral("Sở Cũ"));
    EXPECT_EQ(sheet.rows[1][3].text, QStringLiteral("SC"));
    EXPECT_EQ(sheet.rows[0][3].kind, ExportCell::Kind::Empty); // B has no code

    // Renamed in 2025: a file still naming it by its old name, with its code, goes to the same unit.
    LineageEvent rename = event(LineageEvent::Rename, 2025, {idOf(t, QStringLiteral("Sở Cũ"))});
    rename.newName = QStringLiteral("Sở Mới");
    record(t, rename);
    auto plan = t.plan(QStringLiteral("P"), 2025, "Đơn vị,1,2,code\nSở Cũ,1,2,SC\nB,3,3,\n");
    ASSERT_TRUE(plan.ok());
    ASSERT_TRUE(plan->acceptable()) << plan->errors.join(u'\n').toStdString();
    EXPECT_EQ(plan->columns.size(), 2);
    EXPECT_EQ(plan->newUnits, 0);
    EXPECT_EQ(plan->units[0].unitId, idOf(t, QStringLiteral("Sở Mới")));
    EXPECT_EQ(plan->units[0].name, QStringLiteral("Sở Mới"));
    // A code nobody has, or one that is another unit's than the row names, is refused.
    plan = t.plan(QStringLiteral("P"), 2025, "Đơn vị,1,2,code\nSở Cũ,1,2,XX\n");
    ASSERT_TRUE(plan.ok());
    EXPECT_EQ(plan->errors, QStringList {QStringLiteral("scores.csv: line 2, column 4: no unit has the code XX")});
    plan = t.plan(QStringLiteral("P"), 2025, "Đơn vị,1,2,code\nB,1,2,SC\n");
    ASSERT_TRUE(plan.ok());
    EXPECT_EQ(
        plan->errors,
        QStringList {QStringLiteral("scores.csv: line 2, column 4: the code SC is Sở Mới's, but the row names B")});
}

namespace {

QStringList describe(const QList<SeriesLine>& lines)
{
    QStringList out;
    for (const SeriesLine& line : lines) {
        QStringList points;
        for (const SeriesPoint& p : line.points)
            points << QStringLiteral("%1:%2").arg(p.year).arg(p.value ? p.value->toString() : QStringLiteral("-"));
        out << QStringLiteral("%1%2 %3").arg(line.predecessor ? QStringLiteral("pred ") : QString(), line.name,
                                             points.join(u' '));
    }
    return out;
}

} // namespace

TEST_F(MergedCohort, TheTrendsPageLinesAreTheUnitsAndEachPredecessorsForTheTotalAndACriterion)
{
    Analysis analysis(*t.catalog);
    const qint64 ab = idOf(t, QStringLiteral("AB"));
    auto total = analysis.lines(QStringLiteral("P"), ab, QString(), Stage::Final);
    ASSERT_TRUE(total.ok()) << total.error().message.toStdString();
    // The unit's line has no point in 2024, when it did not exist; each predecessor is a line of its own.
    EXPECT_EQ(describe(total.value()),
              (QStringList {QStringLiteral("AB 2025:40"), QStringLiteral("pred A 2024:30"),
                            QStringLiteral("pred B 2024:10")}));
    ASSERT_EQ(total->size(), 3);
    EXPECT_EQ(total->at(1).unitId, idOf(t, QStringLiteral("A")));
    EXPECT_EQ(total->at(1).points[0].rank, 1);
    EXPECT_EQ(total->at(2).points[0].rank, 2);
    EXPECT_EQ(total->at(2).points[0].of, 3);
    EXPECT_FALSE(total->at(0).points[0].change); // never against a predecessor's figure

    auto criterion = analysis.lines(QStringLiteral("P"), ab, QStringLiteral("2"), Stage::Final);
    ASSERT_TRUE(criterion.ok()) << criterion.error().message.toStdString();
    EXPECT_EQ(describe(criterion.value()),
              (QStringList {QStringLiteral("AB 2025:20"), QStringLiteral("pred A 2024:20"),
                            QStringLiteral("pred B 2024:5")}));
    EXPECT_FALSE(criterion->at(0).points[0].rank); // ranks are the total's

    // A unit with no predecessors: one line, its change against its own last value.
    auto c = analysis.lines(QStringLiteral("P"), idOf(t, QStringLiteral("C")), QStringLiteral("1"), Stage::Final);
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(describe(c.value()), (QStringList {QStringLiteral("C 2024:1 2025:3")}));
    EXPECT_EQ(c->at(0).points[1].change, Decimal::fromInt(2));
    EXPECT_EQ(c->at(0).points[1].changeFrom, 2024);
    EXPECT_FALSE(changeAcrossGap(2025, c->at(0).points[1].changeFrom));
}

TEST(LineageResults, AChangeAcrossAGapYearNamesTheYearItIsAgainst)
{
    // 2022 and 2024 scored, 2023 a year of the index without a score for A: 2024's change is against 2022.
    TestDatabase t;
    for (int year : {2022, 2023, 2024})
        t.framework(QStringLiteral("P"), year, TwoCriteria);
    ASSERT_TRUE(t.scores(QStringLiteral("P"), 2022, "u,1,2\nA,10,10\nB,5,5\n").isEmpty());
    ASSERT_TRUE(t.scores(QStringLiteral("P"), 2023, "u,1,2\nB,6,6\n").isEmpty());
    ASSERT_TRUE(t.scores(QStringLiteral("P"), 2024, "u,1,2\nA,12,11\nB,7,7\n").isEmpty());
    auto trend = Analysis(*t.catalog).trend(QStringLiteral("P"), QStringLiteral("A"), QString(), Stage::Final);
    ASSERT_TRUE(trend.ok()) << trend.error().message.toStdString();
    ASSERT_EQ(trend->points.size(), 3);
    const TrendPoint& p2024 = trend->points[2];
    EXPECT_EQ(p2024.change, Decimal::fromInt(3));
    EXPECT_EQ(p2024.changeFrom, 2022);
    EXPECT_TRUE(changeAcrossGap(p2024.year, p2024.changeFrom));
    // B, scored every year: its change is last year's.
    auto b = Analysis(*t.catalog).trend(QStringLiteral("P"), QStringLiteral("B"), QString(), Stage::Final);
    ASSERT_TRUE(b.ok());
    EXPECT_EQ(b->points[2].changeFrom, 2023);
    EXPECT_FALSE(changeAcrossGap(2024, b->points[2].changeFrom));
    // The Trends page's line of a criterion says the same.
    auto lines = Analysis(*t.catalog).lines(QStringLiteral("P"), trend->unit.id, QStringLiteral("2"), Stage::Final);
    ASSERT_TRUE(lines.ok());
    ASSERT_EQ(lines->size(), 1);
    const SeriesPoint& last = lines->at(0).points.last();
    EXPECT_EQ(last.year, 2024);
    EXPECT_EQ(last.change, Decimal::fromInt(1));
    EXPECT_EQ(last.changeFrom, 2022);
}
