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

// Issue 11: a merger is an event of the lineage (LineageStore), the one way to name a successor. An edit of the unit in
// Setup keeps the successor the events set, and a last year typed without an event is only a plan.
TEST(UnitEditorTest, AnEditKeepsTheSuccessorThatTheEventsSet)
{
    SetupDatabase db;
    UnitEditor editor(*db.catalog);
    // The demo records Bắc Kạn's merger into Thái Nguyên (2025): Bắc Kạn ends in 2024.
    Unit bacKan = *db.catalog->findUnit(QStringLiteral("Bắc Kạn")).value();
    const Unit thaiNguyen = *db.catalog->findUnit(QStringLiteral("Thái Nguyên")).value();
    EXPECT_EQ(bacKan.successorId, thaiNguyen.id);
    EXPECT_EQ(bacKan.validTo, 2024);

    // A unit passed without its successor (a form that does not know of it) does not clear it.
    bacKan.code = QStringLiteral("BK-CU");
    bacKan.successorId = 0;
    auto saved = editor.save(bacKan, QStringLiteral("mã mới"));
    ASSERT_TRUE(saved.ok()) << str(saved.error().message);
    EXPECT_EQ(db.catalog->unitById(bacKan.id).value()->successorId, thaiNguyen.id);
    EXPECT_EQ(db.catalog->unitById(bacKan.id).value()->code, QStringLiteral("BK-CU"));

    // Nor does one that names another: only an event changes what a unit became.
    bacKan.successorId = db.catalog->findUnit(QStringLiteral("Sở Nội vụ")).value()->id;
    ASSERT_TRUE(editor.save(bacKan).ok());
    EXPECT_EQ(db.catalog->unitById(bacKan.id).value()->successorId, thaiNguyen.id);

    // Bắc Kạn has scores for 2017 and 2018, so it cannot have ended in 2016.
    bacKan.validTo = 2016;
    auto early = editor.save(bacKan);
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
    // A successor is not set here (only a merger recorded as an event names one): it is ignored.
    Unit successor = renamed;
    successor.successorId = db.catalog->findUnit(QStringLiteral("Thái Nguyên")).value()->id;
    ASSERT_TRUE(editor.save(successor).ok());
    EXPECT_EQ(db.catalog->unitById(saved->id).value()->successorId, 0);
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
