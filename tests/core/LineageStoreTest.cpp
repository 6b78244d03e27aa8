#include "TestDatabase.h"

#include "storage/Finalisation.h"
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

Unit newUnit(const QString& name)
{
    Unit unit;
    unit.name = name;
    unit.kind = QStringLiteral("department");
    return unit;
}

LineageEvent merger(QList<qint64> from, QList<qint64> to = {})
{
    LineageEvent e;
    e.kind = LineageEvent::Merge;
    e.year = 2025;
    e.predecessors = std::move(from);
    e.successors = std::move(to);
    e.basis = QStringLiteral("Quyết định 123/QĐ-UBND");
    return e;
}

} // namespace

TEST(LineageStore, AMergerEndsThePredecessorsMovesTheirPlacesAndIsLogged)
{
    TestDatabase t;
    t.framework(QStringLiteral("P"), 2024, TwoCriteria);
    t.framework(QStringLiteral("P"), 2025, TwoCriteria);
    ASSERT_TRUE(
        t.scores(QStringLiteral("P"), 2024, "u,1,2\nNông nghiệp,10,20\nTài nguyên,5,5\nTư pháp,1,1\n").isEmpty());
    const qint64 agriculture = idOf(t, QStringLiteral("Nông nghiệp"));
    const qint64 environment = idOf(t, QStringLiteral("Tài nguyên"));
    auto index = t.catalog->index(QStringLiteral("P"));
    auto cohort = t.catalog->defaultCohort(index.value());
    // The 2025 list of members was copied before the merger was recorded.
    ASSERT_TRUE(t.catalog->addMembers(cohort->id, 2025, {agriculture, environment}).ok());

    LineageStore store(*t.catalog);
    auto recorded
        = store.record(merger({agriculture, environment}), {newUnit(QStringLiteral("Nông nghiệp và Môi trường"))});
    ASSERT_TRUE(recorded.ok()) << recorded.error().message.toStdString();
    const qint64 merged = idOf(t, QStringLiteral("Nông nghiệp và Môi trường"));
    EXPECT_EQ(recorded->successors, QList<qint64> {merged});
    EXPECT_GT(recorded->id, 0);

    auto ended = t.catalog->unitById(agriculture);
    EXPECT_EQ(ended.value()->validTo, 2024);
    EXPECT_EQ(ended.value()->successorId, merged);
    EXPECT_EQ(t.catalog->unitById(merged).value()->validFrom, 2025);
    auto members = t.catalog->members(cohort->id, 2025);
    ASSERT_EQ(members->size(), 1);
    EXPECT_EQ(members->constFirst().id, merged);
    EXPECT_EQ(t.catalog->members(cohort->id, 2024)->size(), 3);

    auto events = store.events();
    ASSERT_EQ(events->size(), 1);
    EXPECT_EQ(events->constFirst().predecessors, (QList<qint64> {agriculture, environment}));
    EXPECT_EQ(events->constFirst().basis, QStringLiteral("Quyết định 123/QĐ-UBND"));
    auto lineage = store.lineage();
    EXPECT_EQ(lineage->predecessorsIn(merged, 2024), (QList<qint64> {agriculture, environment}));
    EXPECT_EQ(t.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'unit-event' AND "
                                     "reason = 'Quyết định 123/QĐ-UBND'")),
              4); // the event and its three units
}

TEST(LineageStore, ARefusedEventChangesNothing)
{
    TestDatabase t;
    t.framework(QStringLiteral("P"), 2025, TwoCriteria);
    ASSERT_TRUE(t.scores(QStringLiteral("P"), 2025, "u,1,2\nA,10,20\nB,5,5\n").isEmpty());
    const qint64 a = idOf(t, QStringLiteral("A"));
    const qint64 b = idOf(t, QStringLiteral("B"));
    const qint64 log = t.count(QStringLiteral("SELECT count(*) FROM audit_log"));
    LineageStore store(*t.catalog);
    // A has scores for 2025, so it cannot end in 2024.
    auto refused = store.record(merger({a, b}), {newUnit(QStringLiteral("AB"))});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, Error::Input);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("2025"))) << refused.error().message.toStdString();
    EXPECT_EQ(t.count(QStringLiteral("SELECT count(*) FROM units WHERE name = 'AB'")), 0);
    EXPECT_EQ(t.count(QStringLiteral("SELECT count(*) FROM unit_events")), 0);
    EXPECT_FALSE(t.catalog->unitById(a).value()->validTo.has_value());
    EXPECT_EQ(t.count(QStringLiteral("SELECT count(*) FROM audit_log")), log);

    EXPECT_FALSE(store.record(merger({a}, {a}), {}).ok()); // into itself
    EXPECT_FALSE(store.record(merger({a}), {newUnit(QStringLiteral("x\x1b[2J"))}).ok()); // hostile name
}

TEST(LineageStore, AFinalisedYearKeepsItsMembers)
{
    TestDatabase t;
    t.framework(QStringLiteral("P"), 2024, TwoCriteria);
    t.framework(QStringLiteral("P"), 2025, TwoCriteria);
    ASSERT_TRUE(t.scores(QStringLiteral("P"), 2024, "u,1,2\nA,10,20\nB,5,5\n").isEmpty());
    const qint64 a = idOf(t, QStringLiteral("A"));
    auto index = t.catalog->index(QStringLiteral("P"));
    auto cohort = t.catalog->defaultCohort(index.value());
    ASSERT_TRUE(t.catalog->addMembers(cohort->id, 2025, {a}).ok());
    ASSERT_TRUE(Finalisation(*t.catalog).finalise(index.value(), cohort.value(), 2025, true).ok());
    LineageStore store(*t.catalog);
    EXPECT_FALSE(store.record(merger({a}), {newUnit(QStringLiteral("A2"))}).ok());
    EXPECT_EQ(t.count(QStringLiteral("SELECT count(*) FROM unit_events")), 0);
}

TEST(LineageStore, ARenameKeepsTheUnitAndItsOldName)
{
    TestDatabase t;
    t.framework(QStringLiteral("P"), 2024, TwoCriteria);
    ASSERT_TRUE(t.scores(QStringLiteral("P"), 2024, "u,1,2\nSở Tư pháp,10,20\n").isEmpty());
    const qint64 id = idOf(t, QStringLiteral("Sở Tư pháp"));
    LineageEvent rename;
    rename.kind = LineageEvent::Rename;
    rename.year = 2025;
    rename.predecessors = rename.successors = {id};
    rename.newName = QStringLiteral("Sở Tư pháp tỉnh Thái Nguyên");
    LineageStore store(*t.catalog);
    auto recorded = store.record(rename, {});
    ASSERT_TRUE(recorded.ok()) << recorded.error().message.toStdString();
    EXPECT_EQ(recorded->oldName, QStringLiteral("Sở Tư pháp"));
    EXPECT_EQ(t.catalog->unitById(id).value()->name, rename.newName);
    EXPECT_FALSE(t.catalog->unitById(id).value()->validTo.has_value());
    auto lineage = store.lineage();
    EXPECT_EQ(lineage->nameIn(id, 2024), QStringLiteral("Sở Tư pháp"));
    EXPECT_EQ(lineage->nameIn(id, 2025), rename.newName);
}

TEST(LineageStore, SuccessorsSetBeforeVersion9BecomeMergers)
{
    SKIP_ON_SERVER("a file of schema 8 upgraded (a server database starts whole at the baseline)");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    {
        auto old = Database::open(path, 8);
        ASSERT_TRUE(old.ok());
        Catalog catalog(*old.value());
        Database::Transaction tx(*old.value());
        auto tn = catalog.saveUnit(makeUnit(QStringLiteral("TN"), QStringLiteral("Thái Nguyên")));
        for (const char* name : {"Bắc Kạn", "Thái Nguyên (cũ)"}) {
            Unit unit = makeUnit(QString(), QString::fromUtf8(name));
            unit.validTo = 2025;
            unit.successorId = tn->id;
            ASSERT_TRUE(catalog.saveUnit(unit).ok());
        }
        ASSERT_TRUE(tx.commit().ok());
    }
    auto upgraded = Database::open(path);
    ASSERT_TRUE(upgraded.ok()) << upgraded.error().message.toStdString();
    Catalog catalog(*upgraded.value());
    auto events = LineageStore(catalog).events();
    ASSERT_EQ(events->size(), 1);
    EXPECT_EQ(events->constFirst().year, 2026);
    EXPECT_EQ(events->constFirst().kind, LineageEvent::Merge);
    EXPECT_EQ(events->constFirst().predecessors.size(), 2);
    EXPECT_EQ(events->constFirst().successors.size(), 1);
}
