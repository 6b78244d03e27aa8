// Migration 011 on SQLite: every score row has a version that any change moves (this program's edits, an import with
// its triggers off, another program's raw UPDATE), and the score editor refuses an edit based on a version that has
// moved since, naming who changed the cell and when, without writing anything.
#include "TestDatabase.h"

#include "storage/ScoreEditor.h"

#include <gtest/gtest.h>

using namespace par;

namespace {

const QByteArray FrameworkCsv = "code,title,max_points\nA,a,10\nB,b,10\n";

class ScoreVersionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        qputenv("PARINDEX_USER", "clerk-a");
        t.framework(QStringLiteral("PAR"), 2019, FrameworkCsv);
        ASSERT_TRUE(t.scores(QStringLiteral("PAR"), 2019, "u,A,B\nX,5,7\n").isEmpty());
        auto index = t.catalog->index(QStringLiteral("PAR"));
        framework = t.catalog->requireFramework(index.value(), 2019).value();
        cohort = t.catalog->defaultCohort(index.value()).value();
        unit = t.catalog->findUnit(QStringLiteral("X")).value()->id;
        a = framework.criteria[framework.find(QStringLiteral("A"))].id;
        b = framework.criteria[framework.find(QStringLiteral("B"))].id;
    }
    void TearDown() override { qputenv("PARINDEX_USER", "tester"); }

    qint64 version(qint64 criterion)
    {
        return t.count(QStringLiteral("SELECT coalesce(max(version), 0) FROM scores WHERE unit_id = %1 AND "
                                      "criterion_id = %2 AND stage = 'final'")
                           .arg(unit)
                           .arg(criterion));
    }

    // Another program on the same file: its own connection, as the sqlite3 shell would open one.
    void outside(const QString& sql)
    {
        auto other = Database::openExisting(t.path);
        ASSERT_TRUE(other.ok()) << other.error().message.toStdString();
        ASSERT_TRUE(other.value()->execScript(sql).ok()) << sql.toStdString();
    }

    Decimal d(const char* text) { return Decimal::parse(QString::fromLatin1(text)).value(); }

    TestDatabase t;
    Framework framework;
    Cohort cohort;
    qint64 unit = 0;
    qint64 a = 0;
    qint64 b = 0;
};

} // namespace

TEST_F(ScoreVersionTest, EveryChangeMovesTheVersionWhoeverMakesIt)
{
    ScoreEditor editor(*t.catalog);
    EXPECT_EQ(version(a), 1);
    QList<VersionStep> steps;
    ASSERT_TRUE(
        editor.changeValues(framework, cohort, {{unit, a, Stage::Final, d("5"), d("6"), qint64(1)}}, {}, &steps).ok());
    EXPECT_EQ(version(a), 2);
    ASSERT_EQ(steps.size(), 1);
    EXPECT_EQ(steps[0].from, 1);
    EXPECT_EQ(steps[0].to, 2);

    // The sqlite3 shell: the trigger moves it.
    outside(QStringLiteral("UPDATE scores SET value_micro = 4000000 WHERE unit_id = %1 AND criterion_id = %2")
                .arg(unit)
                .arg(a));
    EXPECT_EQ(version(a), 3);
    // A write that changes nothing leaves it; a note moves it.
    outside(QStringLiteral("UPDATE scores SET value_micro = 4000000 WHERE unit_id = %1 AND criterion_id = %2")
                .arg(unit)
                .arg(a));
    EXPECT_EQ(version(a), 3);
    ASSERT_TRUE(editor.setNote(framework, cohort, unit, a, Stage::Final, {QStringLiteral("ghi chú"), QString()}).ok());
    EXPECT_EQ(version(a), 4);
    // Nor can the shell move it back to let a stale edit through.
    outside(QStringLiteral("UPDATE scores SET value_micro = 3000000, version = 1 WHERE unit_id = %1 AND "
                           "criterion_id = %2")
                .arg(unit)
                .arg(a));
    EXPECT_EQ(version(a), 5);

    // The import writes with its triggers off and moves the versions of what it replaces, and only those.
    ASSERT_TRUE(t.scores(QStringLiteral("PAR"), 2019, "u,A,B\nX,8,7\n").isEmpty());
    EXPECT_EQ(version(a), 6);
    EXPECT_EQ(version(b), 1);
}

TEST_F(ScoreVersionTest, AStaleEditIsRefusedWithWhoAndWhenAndChangesNothing)
{
    ScoreEditor editor(*t.catalog);
    // Shown: A = 5 at version 1. Meanwhile a colleague changes it to 9 and back to 5: the value alone looks the same.
    qputenv("PARINDEX_USER", "clerk-b");
    ASSERT_TRUE(editor.changeValues(framework, cohort, {{unit, a, Stage::Final, d("5"), d("9"), qint64(1)}}).ok());
    ASSERT_TRUE(editor.changeValues(framework, cohort, {{unit, a, Stage::Final, d("9"), d("5"), qint64(2)}}).ok());
    qputenv("PARINDEX_USER", "clerk-a");
    const qint64 logged = t.count(QStringLiteral("SELECT count(*) FROM audit_log"));

    // The edit of A and B together, based on version 1: refused as a whole, naming clerk-b.
    const Status s = editor.changeValues(
        framework, cohort,
        {{unit, b, Stage::Final, d("7"), d("1"), qint64(1)}, {unit, a, Stage::Final, d("5"), d("2"), qint64(1)}});
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().kind, Error::Input);
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("clerk-b"))) << s.error().message.toStdString();
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("A was changed"))) << s.error().message.toStdString();
    EXPECT_EQ(t.count(QStringLiteral("SELECT count(*) FROM audit_log")), logged);
    EXPECT_EQ(version(a), 3);
    EXPECT_EQ(version(b), 1);
    EXPECT_EQ(t.count(QStringLiteral("SELECT value_micro FROM scores WHERE criterion_id = %1").arg(b)), 7000000);

    // Redone on what is stored now, it is written.
    ASSERT_TRUE(editor
                    .changeValues(framework, cohort,
                                  {{unit, b, Stage::Final, d("7"), d("1"), qint64(1)},
                                   {unit, a, Stage::Final, d("5"), d("2"), qint64(3)}})
                    .ok());
    EXPECT_EQ(version(a), 4);
    EXPECT_EQ(version(b), 2);
}

TEST_F(ScoreVersionTest, AStaleNoteEditIsRefusedByTheVersionWithWhoAndWhen)
{
    ScoreEditor editor(*t.catalog);
    // Shown: A with no note at version 1. Meanwhile a colleague writes a note and takes it back: the text looks the
    // same, the version does not.
    qputenv("PARINDEX_USER", "clerk-b");
    ASSERT_TRUE(
        editor.changeNote(framework, cohort, unit, a, Stage::Final, ScoreNote(), 1, {QStringLiteral("x"), {}}).ok());
    ASSERT_TRUE(
        editor.changeNote(framework, cohort, unit, a, Stage::Final, {QStringLiteral("x"), {}}, 2, ScoreNote()).ok());
    qputenv("PARINDEX_USER", "clerk-a");
    const qint64 logged = t.count(QStringLiteral("SELECT count(*) FROM audit_log"));
    const ScoreNote note {QStringLiteral("Đã thẩm định"), QStringLiteral("QĐ 12")};
    const Status s = editor.changeNote(framework, cohort, unit, a, Stage::Final, ScoreNote(), 1, note);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().kind, Error::Input);
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("by clerk-b at"))) << s.error().message.toStdString();
    EXPECT_EQ(t.count(QStringLiteral("SELECT count(*) FROM audit_log")), logged);
    EXPECT_EQ(version(a), 3);
    // On the version stored now it is written.
    ASSERT_TRUE(editor.changeNote(framework, cohort, unit, a, Stage::Final, ScoreNote(), 3, note).ok());
    EXPECT_EQ(version(a), 4);
}

TEST_F(ScoreVersionTest, AnEmptyCellHasVersionZeroAndARemovedRowStartsAgain)
{
    ScoreEditor editor(*t.catalog);
    // Self-assessed A has no row: a form shows version 0, and an edit based on 0 is refused once someone wrote it.
    qputenv("PARINDEX_USER", "clerk-b");
    ASSERT_TRUE(editor.changeValues(framework, cohort, {{unit, a, Stage::Self, std::nullopt, d("3"), qint64(0)}}).ok());
    qputenv("PARINDEX_USER", "clerk-a");
    const Status s = editor.changeValues(framework, cohort, {{unit, a, Stage::Self, std::nullopt, d("4"), qint64(0)}});
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("clerk-b"))) << s.error().message.toStdString();

    auto versions = editor.versions(framework, unit, Stage::Self);
    ASSERT_TRUE(versions.ok());
    EXPECT_EQ(versions->value(framework.find(QStringLiteral("A"))), 1);
    EXPECT_FALSE(versions->contains(framework.find(QStringLiteral("B"))));
    // A removed value takes its row with it: the step says so (version 0).
    QList<VersionStep> steps;
    ASSERT_TRUE(
        editor.changeValues(framework, cohort, {{unit, a, Stage::Self, d("3"), std::nullopt, qint64(1)}}, {}, &steps)
            .ok());
    ASSERT_EQ(steps.size(), 1);
    EXPECT_EQ(steps[0].from, 1);
    EXPECT_EQ(steps[0].to, 0);
}
