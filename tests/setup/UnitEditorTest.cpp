#include "SetupFixture.h"

#include "storage/AuditLog.h"
#include "storage/UnitEditor.h"

using namespace par;

namespace {

Unit unit(const QString& code, const QString& name, const QString& kind, std::optional<int> from,
          std::optional<int> to = std::nullopt)
{
    Unit u;
    u.code = code;
    u.name = name;
    u.kind = kind;
    u.validFrom = from;
    u.validTo = to;
    return u;
}

} // namespace

TEST(UnitEditorTest, MergeSetsTheLastYearAndTheSuccessorAndIsLogged)
{
    SetupDatabase db;
    UnitEditor editor(*db.catalog);
    auto a = editor.save(unit(QStringLiteral("HG"), QStringLiteral("Hà Giang"), QStringLiteral("province"), 1991));
    auto b = editor.save(unit(QStringLiteral("TQ"), QStringLiteral("Tuyên Quang"), QStringLiteral("province"), 1991));
    ASSERT_TRUE(a.ok() && b.ok());
    auto merged = editor.merge(a->id, b->id, 2025, QStringLiteral("Nghị quyết 202/2025/QH15"));
    ASSERT_TRUE(merged.ok()) << str(merged.error().message);
    const Unit stored = *db.catalog->unitById(a->id).value();
    EXPECT_EQ(stored.validTo, 2025);
    EXPECT_EQ(stored.successorId, b->id);
    EXPECT_TRUE(stored.activeIn(2025));
    EXPECT_FALSE(stored.activeIn(2026));

    AuditFilter filter;
    filter.unit = QStringLiteral("Hà Giang");
    auto log = AuditLog::read(*db.db, filter);
    ASSERT_TRUE(log.ok());
    ASSERT_EQ(log->size(), 2); // added, then merged
    const AuditEntry& entry = log->last();
    EXPECT_EQ(entry.action, QStringLiteral("update"));
    EXPECT_EQ(entry.entity, QStringLiteral("unit"));
    EXPECT_EQ(entry.actor, QStringLiteral("tester"));
    EXPECT_EQ(entry.reason, QStringLiteral("Nghị quyết 202/2025/QH15"));
    EXPECT_TRUE(entry.newValue.contains(QStringLiteral("1991-2025 > Tuyên Quang"))) << str(entry.newValue);
}

TEST(UnitEditorTest, MergeRefusesImpossibleSuccessors)
{
    SetupDatabase db;
    UnitEditor editor(*db.catalog);
    auto a = editor.save(unit(QStringLiteral("A"), QStringLiteral("Huyện A"), QStringLiteral("district"), 2000));
    auto b = editor.save(unit(QStringLiteral("B"), QStringLiteral("Huyện B"), QStringLiteral("district"), 2000, 2020));
    auto c = editor.save(unit(QStringLiteral("C"), QStringLiteral("Huyện C"), QStringLiteral("district"), 2000));
    ASSERT_TRUE(a.ok() && b.ok() && c.ok());
    EXPECT_FALSE(editor.merge(a->id, a->id, 2024).ok()); // itself
    EXPECT_FALSE(editor.merge(a->id, 0, 2024).ok()); // nobody
    auto ended = editor.merge(a->id, b->id, 2024); // B ended in 2020
    ASSERT_FALSE(ended.ok());
    EXPECT_TRUE(ended.error().message.contains(QStringLiteral("does not exist in 2025"))) << str(ended.error().message);
    EXPECT_FALSE(editor.merge(a->id, c->id, 1999).ok()); // before it started
    ASSERT_TRUE(editor.merge(a->id, c->id, 2024).ok());
    auto loop = editor.merge(c->id, a->id, 2030);
    EXPECT_FALSE(loop.ok());

    // Bắc Kạn has scores for 2017 and 2018, so it cannot have ended in 2016.
    const Unit bacKan = *db.catalog->findUnit(QStringLiteral("Bắc Kạn")).value();
    const Unit thaiNguyen = *db.catalog->findUnit(QStringLiteral("Thái Nguyên")).value();
    EXPECT_EQ(bacKan.successorId, thaiNguyen.id);
    auto early = editor.merge(bacKan.id, thaiNguyen.id, 2016);
    ASSERT_FALSE(early.ok());
    EXPECT_TRUE(early.error().message.contains(QStringLiteral("has scores for 2018"))) << str(early.error().message);
}

TEST(UnitEditorTest, SaveChecksNamesCodesAndLifeSpans)
{
    SetupDatabase db;
    UnitEditor editor(*db.catalog);
    EXPECT_FALSE(editor.save(unit(QStringLiteral("X1"), QStringLiteral("  "), QStringLiteral("commune"), 2000)).ok());
    EXPECT_FALSE(
        editor.save(unit(QStringLiteral("SNV"), QStringLiteral("Trùng mã"), QStringLiteral("department"), 2000)).ok());
    EXPECT_FALSE(
        editor.save(unit(QStringLiteral("X2"), QStringLiteral("Ngược"), QStringLiteral("commune"), 2010, 2005)).ok());
    EXPECT_FALSE(editor.save(unit(QStringLiteral("X3"), QStringLiteral("Lạ"), QStringLiteral("village"), 2000)).ok());
    // The same text rules as an import: no control characters, no open overrides, no 1 MiB names.
    for (const QString& hostile : {QString(1 << 20, u'x'), QStringLiteral("Xã \x1b[2J"), QStringLiteral("Xã \u202E"),
                                   QString(QStringLiteral("Xã ") + QChar(0) + QStringLiteral("b"))})
        EXPECT_FALSE(editor.save(unit(QStringLiteral("X5"), hostile, QStringLiteral("commune"), 2000)).ok());
    auto saved = editor.save(
        unit(QStringLiteral(" X4 "), QStringLiteral(" Xã Nông Thượng "), QStringLiteral("commune"), 2000));
    ASSERT_TRUE(saved.ok()) << str(saved.error().message);
    EXPECT_EQ(saved->code, QStringLiteral("X4"));
    EXPECT_EQ(saved->name, QStringLiteral("Xã Nông Thượng"));
    Unit renamed = saved.value();
    renamed.name = QStringLiteral("Phường Nông Thượng");
    ASSERT_TRUE(editor.save(renamed).ok());
    EXPECT_EQ(db.catalog->unitById(saved->id).value()->name, QStringLiteral("Phường Nông Thượng"));
    // A successor needs a last year.
    Unit successor = renamed;
    successor.successorId = db.catalog->findUnit(QStringLiteral("Thái Nguyên")).value()->id;
    EXPECT_FALSE(editor.save(successor).ok());
}

TEST(UnitEditorTest, CohortsAndMembers)
{
    SetupDatabase db;
    UnitEditor editor(*db.catalog);
    const Index bk = db.index(QStringLiteral("BKCCHC"));
    auto cohort = editor.createCohort(bk, QStringLiteral("Ban quản lý"), QStringLiteral("department"));
    ASSERT_TRUE(cohort.ok()) << str(cohort.error().message);
    EXPECT_FALSE(cohort->isDefault);
    EXPECT_FALSE(editor.createCohort(bk, QStringLiteral("Ban quản lý"), QString()).ok());
    EXPECT_FALSE(editor.createCohort(bk, QStringLiteral(" "), QString()).ok());

    const Unit snv = *db.catalog->unitByCode(QStringLiteral("SNV")).value();
    const Unit stp = *db.catalog->unitByCode(QStringLiteral("STP")).value();
    ASSERT_TRUE(editor.addMembers(cohort.value(), 2018, {snv.id, stp.id}).ok());
    EXPECT_EQ(db.catalog->members(cohort->id, 2018)->size(), 2);
    ASSERT_TRUE(editor.removeMember(cohort.value(), 2018, stp.id).ok());
    EXPECT_EQ(db.catalog->members(cohort->id, 2018)->size(), 1);

    // Not before a unit existed.
    auto early = editor.addMembers(cohort.value(), 1990, {snv.id});
    ASSERT_FALSE(early.ok());
    EXPECT_TRUE(early.error().message.contains(QStringLiteral("does not exist in 1990"))) << str(early.error().message);

    // The departments' 2017 results are final.
    const Cohort departments = db.catalog->resolveCohort(bk, QStringLiteral("Sở, ban, ngành")).value();
    EXPECT_FALSE(editor.removeMember(departments, 2017, snv.id).ok());
    EXPECT_FALSE(editor.addMembers(departments, 2017, {stp.id}).ok());
    EXPECT_GT(editor.scoreCount(bk, 2018, snv.id).value(), 0);
}
