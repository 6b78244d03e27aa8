#include "model/Lineage.h"

#include <gtest/gtest.h>

using par::Lineage;
using par::LineageEvent;
using par::Unit;

namespace {

Unit unit(qint64 id, const QString& name, std::optional<int> from = {}, std::optional<int> to = {})
{
    Unit u;
    u.id = id;
    u.name = name;
    u.validFrom = from;
    u.validTo = to;
    return u;
}

LineageEvent event(LineageEvent::Kind kind, int year, QList<qint64> before, QList<qint64> after)
{
    LineageEvent e;
    e.kind = kind;
    e.year = year;
    e.predecessors = std::move(before);
    e.successors = std::move(after);
    e.basis = QStringLiteral("QĐ 1/2025");
    return e;
}

// The 2025 merger of the departments: agriculture (1) with natural resources and environment (2) into a new
// Department of Agriculture and Environment (3); a department that goes on unchanged (4); a new unit (5).
QList<Unit> departments()
{
    return {unit(1, QStringLiteral("Sở Nông nghiệp và PTNT"), 2015),
            unit(2, QStringLiteral("Sở Tài nguyên và Môi trường"), 2015),
            unit(3, QStringLiteral("Sở Nông nghiệp và Môi trường"), 2025), unit(4, QStringLiteral("Sở Tư pháp"), 2015),
            unit(5, QStringLiteral("Sở Mới"), 2027)};
}

QString reason(const par::Status& status)
{
    return status ? QString() : status.error().message;
}

} // namespace

TEST(Lineage, AMergerEndsItsPredecessorsTheYearBeforeAndBeginsTheNewUnit)
{
    const Lineage lineage(departments(), {});
    const LineageEvent merger = event(LineageEvent::Merge, 2025, {1, 2}, {3});
    ASSERT_TRUE(lineage.check(merger)) << reason(lineage.check(merger)).toStdString();

    const QList<Unit> after = lineage.spansAfter(merger);
    ASSERT_EQ(after.size(), 3);
    EXPECT_EQ(after[0].validTo, 2024);
    EXPECT_EQ(after[1].validTo, 2024);
    EXPECT_EQ(after[2].id, 3);
    EXPECT_EQ(after[2].validFrom, 2025);
}

TEST(Lineage, AUnitThatAbsorbsOthersKeepsItsOwnLifeSpan)
{
    const Lineage lineage(departments(), {});
    const LineageEvent absorption = event(LineageEvent::Merge, 2025, {2}, {1});
    ASSERT_TRUE(lineage.check(absorption));
    const QList<Unit> after = lineage.spansAfter(absorption);
    ASSERT_EQ(after.size(), 1);
    EXPECT_EQ(after[0].id, 2);
    EXPECT_EQ(after[0].validTo, 2024);

    const Lineage recorded(departments(), {absorption});
    EXPECT_EQ(recorded.predecessorsIn(1, 2024), QList<qint64> {2});
    EXPECT_TRUE(recorded.predecessorsIn(1, 2025).isEmpty());
}

TEST(Lineage, ShapesThatAreNotAMergerOrASplitAreRefused)
{
    const Lineage lineage(departments(), {});
    EXPECT_TRUE(
        reason(lineage.check(event(LineageEvent::Merge, 2025, {1, 3}, {3}))).contains(QStringLiteral("into itself")));
    EXPECT_FALSE(lineage.check(event(LineageEvent::Merge, 2025, {}, {3})));
    EXPECT_FALSE(lineage.check(event(LineageEvent::Merge, 2025, {1}, {3, 4})));
    EXPECT_FALSE(lineage.check(event(LineageEvent::Split, 2025, {1}, {3})));
    EXPECT_FALSE(lineage.check(event(LineageEvent::Split, 2025, {1, 2}, {3, 4})));
    EXPECT_FALSE(lineage.check(event(LineageEvent::Merge, 2025, {1, 1}, {3})));
    EXPECT_FALSE(lineage.check(event(LineageEvent::Merge, 2025, {1, 99}, {3})));
    EXPECT_FALSE(lineage.check(event(LineageEvent::Merge, 0, {1, 2}, {3})));
}

TEST(Lineage, LifeSpansThatWouldOverlapOrLeaveAGapAreRefused)
{
    QList<Unit> units = departments();
    units[0].validTo = 2020; // ended long before
    const Lineage lineage(units, {});
    // A predecessor must exist the year before and end there.
    EXPECT_FALSE(lineage.check(event(LineageEvent::Merge, 2025, {1, 2}, {3})));
    EXPECT_FALSE(lineage.check(event(LineageEvent::Merge, 2025, {3, 2}, {4}))); // 3 begins in 2025
    // A successor must exist in the event's year.
    EXPECT_TRUE(reason(lineage.check(event(LineageEvent::Merge, 2025, {2, 4}, {5}))).contains(QStringLiteral("2027")));
    units[3].validTo = 2023;
    EXPECT_FALSE(Lineage(units, {}).check(event(LineageEvent::Merge, 2025, {2}, {4})));
}

TEST(Lineage, AUnitEndsOnlyOnce)
{
    const LineageEvent merger = event(LineageEvent::Merge, 2025, {1, 2}, {3});
    QList<Unit> units = departments();
    units[0].validTo = 2024;
    units[1].validTo = 2024;
    const Lineage lineage(units, {merger});
    EXPECT_TRUE(
        reason(lineage.check(event(LineageEvent::Split, 2025, {1}, {4, 5}))).contains(QStringLiteral("already ended")));
}

TEST(Lineage, AnEndSetWithoutAnEventMovesToTheEvent)
{
    // The demo's departments are set to end in 2025 (the reorganisation); the merger of 2025 ends them in 2024.
    QList<Unit> units = departments();
    units[0].validTo = 2025;
    units[1].validTo = 2025;
    const Lineage lineage(units, {});
    const LineageEvent merger = event(LineageEvent::Merge, 2025, {1, 2}, {3});
    ASSERT_TRUE(lineage.check(merger));
    EXPECT_EQ(lineage.spansAfter(merger)[0].validTo, 2024);
}

TEST(Lineage, EventsThatWouldFormACycleAreRefused)
{
    // Data from before the life spans were kept: 1 became 4 in 2020, and someone now says 4 became 1 in 2022.
    const Lineage lineage(departments(), {event(LineageEvent::Merge, 2020, {1}, {4})});
    EXPECT_TRUE(reason(lineage.check(event(LineageEvent::Merge, 2022, {4}, {1}))).contains(QStringLiteral("cycle")));
}

TEST(Lineage, ASplitGivesEachSuccessorTheSamePredecessor)
{
    QList<Unit> units = departments();
    units[2].validFrom = 2025;
    units[4].validFrom = 2025;
    const LineageEvent split = event(LineageEvent::Split, 2025, {1}, {3, 5});
    const Lineage lineage(units, {});
    ASSERT_TRUE(lineage.check(split)) << reason(lineage.check(split)).toStdString();
    const Lineage recorded(units, {split});
    EXPECT_EQ(recorded.predecessorsIn(3, 2024), QList<qint64> {1});
    EXPECT_EQ(recorded.predecessorsIn(5, 2024), QList<qint64> {1});
    EXPECT_EQ(recorded.origins(5).size(), 1);
}

TEST(Lineage, PredecessorsAreFollowedBackThroughSeveralEvents)
{
    // 1 and 2 became 3 in 2020; 3 and 4 became 5 in 2025.
    QList<Unit> units = {unit(1, QStringLiteral("A"), 2010, 2019), unit(2, QStringLiteral("B"), 2010, 2019),
                         unit(3, QStringLiteral("C"), 2020, 2024), unit(4, QStringLiteral("D"), 2010, 2024),
                         unit(5, QStringLiteral("E"), 2025)};
    const Lineage lineage(
        units, {event(LineageEvent::Merge, 2020, {1, 2}, {3}), event(LineageEvent::Merge, 2025, {3, 4}, {5})});
    EXPECT_EQ(lineage.predecessorsIn(5, 2024), (QList<qint64> {3, 4}));
    EXPECT_EQ(lineage.predecessorsIn(5, 2018), (QList<qint64> {4, 1, 2}));
    EXPECT_TRUE(lineage.predecessorsIn(5, 2025).isEmpty());
    EXPECT_TRUE(lineage.predecessorsIn(4, 2018).isEmpty());
    EXPECT_EQ(lineage.origins(5).constFirst().year, 2025);
    EXPECT_EQ(lineage.eventsIn(2020).size(), 1);
}

TEST(Lineage, ARenameKeepsTheUnitAndChangesItsNameFromTheYear)
{
    LineageEvent rename = event(LineageEvent::Rename, 2025, {4}, {4});
    rename.oldName = QStringLiteral("Sở Tư pháp");
    rename.newName = QStringLiteral("Sở Tư pháp tỉnh Thái Nguyên");
    const Lineage lineage(departments(), {});
    ASSERT_TRUE(lineage.check(rename)) << reason(lineage.check(rename)).toStdString();
    const QList<Unit> after = lineage.spansAfter(rename);
    ASSERT_EQ(after.size(), 1);
    EXPECT_EQ(after[0].name, rename.newName);

    QList<Unit> units = departments();
    units[3].name = rename.newName;
    const Lineage recorded(units, {rename});
    EXPECT_EQ(recorded.nameIn(4, 2024), QStringLiteral("Sở Tư pháp"));
    EXPECT_EQ(recorded.nameIn(4, 2025), rename.newName);
    EXPECT_TRUE(recorded.predecessorsIn(4, 2024).isEmpty()); // one line, not a predecessor

    LineageEvent again = rename;
    again.newName = QStringLiteral("Khác");
    EXPECT_FALSE(recorded.check(again)); // renamed twice in one year
    again.year = 2026;
    again.newName = rename.newName;
    EXPECT_FALSE(recorded.check(again)); // already has that name
    EXPECT_FALSE(lineage.check(event(LineageEvent::Rename, 2025, {4}, {3})));
    LineageEvent notYet = rename;
    notYet.predecessors = notYet.successors = {3}; // begins in 2025: nothing to rename yet
    EXPECT_FALSE(lineage.check(notYet));
}

TEST(Lineage, EventsOfAYearListMergersAndSplitsBeforeRenames)
{
    LineageEvent rename = event(LineageEvent::Rename, 2025, {4}, {4});
    rename.newName = QStringLiteral("X");
    const Lineage lineage(departments(), {rename, event(LineageEvent::Merge, 2025, {1, 2}, {3})});
    const QList<LineageEvent> events = lineage.eventsIn(2025);
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(events[0].kind, LineageEvent::Merge);
    EXPECT_EQ(events[1].kind, LineageEvent::Rename);
}
