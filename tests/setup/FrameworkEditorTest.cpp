#include "SetupFixture.h"

#include "storage/AuditLog.h"
#include "storage/FrameworkEditor.h"

using namespace par;

namespace {

Decimal dec(const char* text)
{
    return Decimal::parse(QString::fromUtf8(text)).value();
}

CriterionFields fields(const QString& code, const QString& title, const char* max, const QString& lead = QString())
{
    return {code, title, dec(max), Aggregation::Sum, lead};
}

// An index "T" whose 2020 framework comes from tests/setup/data/framework.csv: 1 (1.1 = 6, 1.2 = 4), 2 (2.1 = 5,
// 2.2 = 5); total 20. No scores.
class FrameworkEditorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto index = editor.createIndex(QStringLiteral("T"), QStringLiteral("Chỉ số thử"), Aggregation::Sum, 2020);
        ASSERT_TRUE(index.ok()) << str(index.error().message);
        auto imported = editor.importFile(index.value(), 2020, QStringLiteral(PARSETUP_TEST_DATA "/framework.csv"));
        ASSERT_TRUE(imported.ok()) << str(imported.error().message);
    }

    Framework t() { return db.framework(QStringLiteral("T"), 2020); }
    Decimal max(const QString& code)
    {
        const Framework f = t();
        return f.criteria[f.find(code)].maxPoints;
    }
    QStringList childCodes(const QString& code)
    {
        const Framework f = t();
        QStringList out;
        for (int child : f.criteria[f.find(code)].children)
            out << f.criteria[child].code;
        return out;
    }
    qint64 id(const QString& code) { return db.criterion(QStringLiteral("T"), 2020, code); }

    SetupDatabase db {true};
    FrameworkEditor editor {*db.catalog};
};

} // namespace

TEST_F(FrameworkEditorTest, ImportedFrameworkTakesParentsMaximaFromChildren)
{
    EXPECT_EQ(max(QStringLiteral("1")), dec("10"));
    EXPECT_EQ(max(QStringLiteral("")), dec("20"));
    EXPECT_EQ(t().bands.size(), 5); // the common bands for a first year
}

TEST_F(FrameworkEditorTest, AddsSiblingAfterTheSelectedCriterionAndParentsFollow)
{
    auto added = editor.addSibling(id(QStringLiteral("1.1")),
                                   fields(QStringLiteral("1.3"), QStringLiteral("Tuyên truyền"), "2.5"));
    ASSERT_TRUE(added.ok()) << str(added.error().message);
    EXPECT_EQ(childCodes(QStringLiteral("1")),
              (QStringList {QStringLiteral("1.1"), QStringLiteral("1.3"), QStringLiteral("1.2")}));
    EXPECT_EQ(max(QStringLiteral("1")), dec("12.5"));
    EXPECT_EQ(max(QStringLiteral("")), dec("22.5"));
    EXPECT_EQ(t().criteria[t().find(QStringLiteral("1.3"))].id, added.value());
}

TEST_F(FrameworkEditorTest, AddsChildAtTheEndAndSuggestsTheNextCode)
{
    const Framework before = t();
    EXPECT_EQ(FrameworkEditor::suggestCode(before, before.find(QStringLiteral("1"))), QStringLiteral("1.3"));
    EXPECT_EQ(FrameworkEditor::suggestCode(before, 0), QStringLiteral("3"));
    auto added
        = editor.addChild(id(QStringLiteral("")), fields(QStringLiteral("3"), QStringLiteral("Tài chính công"), "8"));
    ASSERT_TRUE(added.ok()) << str(added.error().message);
    EXPECT_EQ(childCodes(QStringLiteral("")),
              (QStringList {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
    EXPECT_EQ(max(QStringLiteral("")), dec("28"));
    // A leaf that gets a first child keeps its own maximum: it was set, not derived.
    ASSERT_TRUE(editor.addChild(added.value(), fields(QStringLiteral("3.1"), QStringLiteral("Tự chủ"), "3")).ok());
    EXPECT_EQ(max(QStringLiteral("3")), dec("8"));
    EXPECT_EQ(max(QStringLiteral("")), dec("28"));
}

TEST_F(FrameworkEditorTest, RefusesBadFields)
{
    const qint64 root = id(QStringLiteral(""));
    auto duplicate = editor.addChild(root, fields(QStringLiteral("1.1"), QStringLiteral("Trùng"), "1"));
    ASSERT_FALSE(duplicate.ok());
    EXPECT_TRUE(duplicate.error().message.contains(QStringLiteral("already used"))) << str(duplicate.error().message);
    EXPECT_FALSE(editor.addChild(root, fields(QStringLiteral("total"), QStringLiteral("Tổng"), "1")).ok());
    EXPECT_FALSE(editor.addChild(root, fields(QString(), QStringLiteral("Không mã"), "1")).ok());
    EXPECT_FALSE(editor.addChild(root, fields(QStringLiteral("9"), QStringLiteral("  "), "1")).ok());
    EXPECT_FALSE(editor.addChild(root, fields(QStringLiteral("9"), QStringLiteral("Âm"), "-1")).ok());
    EXPECT_FALSE(editor.addSibling(root, fields(QStringLiteral("9"), QStringLiteral("Cạnh tổng"), "1")).ok());
    EXPECT_EQ(t().criteria.size(), 7);
}

TEST_F(FrameworkEditorTest, MovesAmongSiblings)
{
    ASSERT_TRUE(editor.move(id(QStringLiteral("1.2")), -1).ok());
    EXPECT_EQ(childCodes(QStringLiteral("1")), (QStringList {QStringLiteral("1.2"), QStringLiteral("1.1")}));
    ASSERT_TRUE(editor.move(id(QStringLiteral("1.2")), +1).ok());
    EXPECT_EQ(childCodes(QStringLiteral("1")), (QStringList {QStringLiteral("1.1"), QStringLiteral("1.2")}));
    EXPECT_FALSE(editor.move(id(QStringLiteral("1.1")), -1).ok());
    EXPECT_FALSE(editor.move(id(QStringLiteral("2")), +1).ok());
    EXPECT_FALSE(editor.move(id(QStringLiteral("")), +1).ok());
    ASSERT_TRUE(editor.move(id(QStringLiteral("2")), -1).ok());
    EXPECT_EQ(childCodes(QStringLiteral("")), (QStringList {QStringLiteral("2"), QStringLiteral("1")}));
    EXPECT_EQ(childCodes(QStringLiteral("2")), (QStringList {QStringLiteral("2.1"), QStringLiteral("2.2")}));
}

TEST_F(FrameworkEditorTest, EditsFieldsAndMaximaPropagateWhereTheyFollowed)
{
    CriterionFields f = CriterionFields::of(t().criteria[t().find(QStringLiteral("1.1"))]);
    f.title = QStringLiteral("  Kế hoạch CCHC năm  ");
    f.leadUnit = QStringLiteral("Sở Tư pháp");
    f.maxPoints = dec("7.5");
    ASSERT_TRUE(editor.update(id(QStringLiteral("1.1")), f).ok());
    const Framework after = t();
    const Criterion& c = after.criteria[after.find(QStringLiteral("1.1"))];
    EXPECT_EQ(c.title, QStringLiteral("Kế hoạch CCHC năm"));
    EXPECT_EQ(c.leadUnit, QStringLiteral("Sở Tư pháp"));
    EXPECT_EQ(max(QStringLiteral("1")), dec("11.5"));
    EXPECT_EQ(max(QStringLiteral("")), dec("21.5"));

    // A parent maximum set apart from its parts stays where it was.
    CriterionFields two = CriterionFields::of(after.criteria[after.find(QStringLiteral("2"))]);
    two.maxPoints = dec("12");
    ASSERT_TRUE(editor.update(id(QStringLiteral("2")), two).ok());
    EXPECT_EQ(max(QStringLiteral("")), dec("23.5"));
    CriterionFields leaf = CriterionFields::of(t().criteria[t().find(QStringLiteral("2.1"))]);
    leaf.maxPoints = dec("4");
    ASSERT_TRUE(editor.update(id(QStringLiteral("2.1")), leaf).ok());
    EXPECT_EQ(max(QStringLiteral("2")), dec("12"));
    EXPECT_EQ(FrameworkEditor::childrenMax(t(), t().find(QStringLiteral("2"))), dec("9"));

    // The total's maximum follows its parts and is not typed.
    CriterionFields root = CriterionFields::of(t().root());
    root.maxPoints = dec("100");
    EXPECT_FALSE(editor.update(id(QStringLiteral("")), root).ok());
}

TEST_F(FrameworkEditorTest, AggregationChangeMovesTheParentsOwnMaximum)
{
    CriterionFields f = CriterionFields::of(t().criteria[t().find(QStringLiteral("1"))]);
    f.aggregation = Aggregation::Mean;
    ASSERT_TRUE(editor.update(id(QStringLiteral("1")), f).ok());
    EXPECT_EQ(max(QStringLiteral("1")), dec("5"));
    EXPECT_EQ(max(QStringLiteral("")), dec("15"));
}

TEST_F(FrameworkEditorTest, RemovesACriterionWithItsSubCriteriaAndLogsEach)
{
    const qint64 before = db.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'criterion' AND "
                                                  "action = 'delete'"));
    ASSERT_TRUE(editor.remove(id(QStringLiteral("2"))).ok());
    EXPECT_EQ(t().criteria.size(), 4);
    EXPECT_EQ(max(QStringLiteral("")), dec("10"));
    EXPECT_EQ(
        db.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'criterion' AND action = 'delete'")),
        before + 3);
    EXPECT_FALSE(editor.remove(id(QStringLiteral(""))).ok());
}

TEST_F(FrameworkEditorTest, EveryEditIsInTheAuditLogWithItsAuthor)
{
    const qint64 start = db.count(QStringLiteral("SELECT max(id) FROM audit_log"));
    auto added
        = editor.addChild(id(QStringLiteral("2")), fields(QStringLiteral("2.3"), QStringLiteral("Một cửa"), "1"));
    ASSERT_TRUE(added.ok());
    AuditFilter filter;
    filter.indexCode = QStringLiteral("T");
    filter.criterion = QStringLiteral("2.3");
    auto entries = AuditLog::read(*db.db, filter);
    ASSERT_TRUE(entries.ok());
    ASSERT_EQ(entries->size(), 1);
    EXPECT_EQ(entries->first().action, QStringLiteral("insert"));
    EXPECT_EQ(entries->first().actor, QStringLiteral("tester"));
    EXPECT_EQ(entries->first().year, 2020);
    // The parent and the total moved with it: two more updates.
    EXPECT_EQ(db.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE id > ? AND entity = 'criterion' AND "
                                      "action = 'update'"),
                       {start}),
              2);
}

TEST_F(FrameworkEditorTest, BandsAreCheckedSortedAndLogged)
{
    const qint64 frameworkId = t().id;
    QList<Band> bands {{dec("0"), QStringLiteral("D")},
                       {dec("90"), QStringLiteral("A")},
                       {dec("80"), QStringLiteral("B")},
                       {dec("70"), QStringLiteral("C")}};
    const qint64 start = db.count(QStringLiteral("SELECT max(id) FROM audit_log"));
    ASSERT_TRUE(editor.setBands(frameworkId, bands).ok());
    const QList<Band> stored = t().bands;
    ASSERT_EQ(stored.size(), 4);
    EXPECT_EQ(stored[0].label, QStringLiteral("A"));
    EXPECT_EQ(stored[3].minPercent, dec("0"));
    EXPECT_GT(db.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE id > ? AND entity = 'band'"), {start}), 0);

    // Relabelling one band touches only that band.
    const qint64 mid = db.count(QStringLiteral("SELECT max(id) FROM audit_log"));
    bands[1].label = QStringLiteral("Xuất sắc");
    ASSERT_TRUE(editor.setBands(frameworkId, bands).ok());
    EXPECT_EQ(db.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE id > ? AND entity = 'band'"), {mid}), 2);

    QList<Band> twice = bands;
    twice.append({dec("80"), QStringLiteral("B again")});
    EXPECT_FALSE(editor.setBands(frameworkId, twice).ok());
    EXPECT_FALSE(editor.setBands(frameworkId, {{dec("100.5"), QStringLiteral("Above")}}).ok());
    EXPECT_FALSE(editor.setBands(frameworkId, {{dec("-1"), QStringLiteral("Below")}}).ok());
    EXPECT_FALSE(editor.setBands(frameworkId, {{dec("50"), QStringLiteral(" ")}}).ok());
    EXPECT_EQ(t().bands.size(), 4);
}

TEST_F(FrameworkEditorTest, ImportShowsTheFileAndLineOfAnError)
{
    auto bad = editor.importFile(db.index(QStringLiteral("T")), 2021,
                                 QStringLiteral(PARSETUP_TEST_DATA "/bad_framework.csv"));
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("bad_framework.csv"))) << str(bad.error().message);
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("line 4"))) << str(bad.error().message);
    EXPECT_FALSE(db.catalog->framework(db.index(QStringLiteral("T")), 2021).value().has_value());
}

TEST_F(FrameworkEditorTest, CreatesAndRemovesAnEmptyYear)
{
    const Index index = db.index(QStringLiteral("T"));
    auto created = editor.createFramework(index, 2022);
    ASSERT_TRUE(created.ok()) << str(created.error().message);
    EXPECT_EQ(created->criteria.size(), 1);
    EXPECT_EQ(created->bands.size(), 5); // those of 2020
    EXPECT_FALSE(editor.createFramework(index, 2022).ok());
    ASSERT_TRUE(editor.removeFramework(index, 2022).ok());
    EXPECT_EQ(db.catalog->years(index.id).value(), QList<int> {2020});
}

TEST_F(FrameworkEditorTest, NewIndexHasAFirstYearAndACohort)
{
    EXPECT_EQ(db.catalog->cohorts(db.index(QStringLiteral("T")).id)->size(), 1);
    EXPECT_FALSE(editor.createIndex(QStringLiteral("T"), QStringLiteral("Lần hai"), Aggregation::Sum, 2020).ok());
    EXPECT_FALSE(editor.createIndex(QStringLiteral("A B"), QStringLiteral("Có dấu cách"), Aggregation::Sum, 2020).ok());
    EXPECT_FALSE(editor.createIndex(QStringLiteral("DDCI"), QString(), Aggregation::Sum, 2020).ok());
    auto ddci = editor.createIndex(QStringLiteral("DDCI"), QStringLiteral("Năng lực cạnh tranh cấp sở"),
                                   Aggregation::Mean, 2024, QStringLiteral("Sở, ngành"));
    ASSERT_TRUE(ddci.ok()) << str(ddci.error().message);
    auto cohorts = db.catalog->cohorts(ddci->id);
    ASSERT_EQ(cohorts->size(), 1);
    EXPECT_EQ(cohorts->first().name, QStringLiteral("Sở, ngành"));
    EXPECT_TRUE(cohorts->first().isDefault);
    const Framework f = db.framework(QStringLiteral("DDCI"), 2024);
    EXPECT_EQ(f.root().aggregation, Aggregation::Mean);
}

// ---- On the demo's scored years ----

TEST(FrameworkEditorScoredTest, RefusesRemovingACriterionWithScoresAndSaysWhy)
{
    SetupDatabase db;
    FrameworkEditor editor(*db.catalog);
    const qint64 id = db.criterion(QStringLiteral("BKCCHC"), 2018, QStringLiteral("3.1"));
    EXPECT_GT(editor.scoreCount(id).value(), 0);
    Status removed = editor.remove(id);
    ASSERT_FALSE(removed.ok());
    EXPECT_TRUE(removed.error().message.contains(QStringLiteral("cannot be removed"))) << str(removed.error().message);
    EXPECT_TRUE(removed.error().message.contains(QStringLiteral("scores"))) << str(removed.error().message);
    EXPECT_GE(db.framework(QStringLiteral("BKCCHC"), 2018).find(QStringLiteral("3.1")), 0);
    // A field whose parts have scores is refused the same way.
    EXPECT_FALSE(editor.remove(db.criterion(QStringLiteral("BKCCHC"), 2018, QStringLiteral("3"))).ok());
}

TEST(FrameworkEditorScoredTest, AScoredYearKeepsCodesAndAggregationsButTakesTitlesAndHigherMaxima)
{
    SetupDatabase db;
    FrameworkEditor editor(*db.catalog);
    const QString bk = QStringLiteral("BKCCHC");
    const Framework f = db.framework(bk, 2018);
    const Criterion c = f.criteria[f.find(QStringLiteral("3.3"))];

    CriterionFields code = CriterionFields::of(c);
    code.code = QStringLiteral("3.9");
    EXPECT_FALSE(editor.update(c.id, code).ok());
    CriterionFields aggregation = CriterionFields::of(f.criteria[f.find(QStringLiteral("3"))]);
    aggregation.aggregation = Aggregation::Mean;
    EXPECT_FALSE(editor.update(f.criteria[f.find(QStringLiteral("3"))].id, aggregation).ok());

    CriterionFields title = CriterionFields::of(c);
    title.title = QStringLiteral("Tỷ lệ hồ sơ giải quyết đúng hạn");
    title.leadUnit = QStringLiteral("Sở Nội vụ");
    ASSERT_TRUE(editor.update(c.id, title).ok());

    // 3.3 has a recorded 9 (Sở Thông tin và Truyền thông): its maximum of 9 cannot go to 8.5.
    CriterionFields lower = CriterionFields::of(db.framework(bk, 2018).criteria[f.find(QStringLiteral("3.3"))]);
    lower.maxPoints = Decimal::parse(u"8.5").value();
    Status refused = editor.update(c.id, lower);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("cannot go below"))) << str(refused.error().message);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("Sở Thông tin và Truyền thông")))
        << str(refused.error().message);

    CriterionFields higher = lower;
    higher.maxPoints = Decimal::fromInt(10);
    ASSERT_TRUE(editor.update(c.id, higher).ok());
    const Framework after = db.framework(bk, 2018);
    EXPECT_EQ(after.criteria[after.find(QStringLiteral("3"))].maxPoints, Decimal::fromInt(27));
    EXPECT_EQ(after.root().maxPoints, Decimal::fromInt(101));
}

TEST(FrameworkEditorScoredTest, AFinalYearRefusesMaximaBandsAndShapeButTakesTitles)
{
    SetupDatabase db;
    FrameworkEditor editor(*db.catalog);
    const QString bk = QStringLiteral("BKCCHC");
    const Framework f = db.framework(bk, 2017);
    EXPECT_FALSE(editor.finalisedCohorts(f.indexId, 2017)->isEmpty());
    const Criterion c = f.criteria[f.find(QStringLiteral("1.1"))];
    CriterionFields higher = CriterionFields::of(c);
    higher.maxPoints = c.maxPoints + Decimal::fromInt(1);
    Status refused = editor.update(c.id, higher);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("final"))) << str(refused.error().message);
    EXPECT_FALSE(editor.setBands(f.id, defaultBands().mid(1)).ok());
    EXPECT_FALSE(editor
                     .addChild(c.id,
                               {QStringLiteral("1.1.1"), QStringLiteral("Mới"), Decimal::fromInt(1), Aggregation::Sum,
                                QString()})
                     .ok());
    CriterionFields title = CriterionFields::of(c);
    title.title = QStringLiteral("Xây dựng kế hoạch CCHC");
    EXPECT_TRUE(editor.update(c.id, title).ok());
    EXPECT_TRUE(editor.move(c.id, +1).ok());
}

TEST(FrameworkEditorScoredTest, CopiesLastYearWithBandsInOneLoggedTransaction)
{
    SetupDatabase db;
    FrameworkEditor editor(*db.catalog);
    const Index index = db.index(QStringLiteral("BKCCHC"));
    EXPECT_EQ(editor.previousYear(index, 2019).value(), 2018);
    const qint64 start = db.count(QStringLiteral("SELECT max(id) FROM audit_log"));
    auto copied = editor.copyFramework(index, 2018, 2019);
    ASSERT_TRUE(copied.ok()) << str(copied.error().message);
    const Framework from = db.framework(QStringLiteral("BKCCHC"), 2018);
    const Framework to = db.framework(QStringLiteral("BKCCHC"), 2019);
    ASSERT_EQ(to.criteria.size(), from.criteria.size());
    for (int i = 0; i < from.criteria.size(); ++i) {
        EXPECT_EQ(to.criteria[i].code, from.criteria[i].code);
        EXPECT_EQ(to.criteria[i].title, from.criteria[i].title);
        EXPECT_EQ(to.criteria[i].maxPoints, from.criteria[i].maxPoints);
        EXPECT_EQ(to.criteria[i].leadUnit, from.criteria[i].leadUnit);
        EXPECT_EQ(to.criteria[i].parent, from.criteria[i].parent);
        EXPECT_NE(to.criteria[i].id, from.criteria[i].id);
    }
    ASSERT_EQ(to.bands.size(), from.bands.size());
    for (int i = 0; i < from.bands.size(); ++i) {
        EXPECT_EQ(to.bands[i].minPercent, from.bands[i].minPercent);
        EXPECT_EQ(to.bands[i].label, from.bands[i].label);
    }
    EXPECT_FALSE(db.catalog->frameworkHasScores(to.id).value());
    EXPECT_EQ(db.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE id > ? AND year = 2019 AND "
                                      "entity = 'criterion' AND action = 'insert' AND reason = 'Copied from the 2018 "
                                      "framework'"),
                       {start}),
              from.criteria.size());
    EXPECT_EQ(db.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE id > ? AND entity = 'band'"), {start}),
              from.bands.size());
    EXPECT_EQ(db.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE id > ? AND entity = 'framework'"), {start}),
              1);

    EXPECT_FALSE(editor.copyFramework(index, 2018, 2019).ok());
    EXPECT_FALSE(editor.copyFramework(index, 2018, 2018).ok());
    EXPECT_FALSE(editor.copyFramework(index, 2016, 2020).ok());
    EXPECT_FALSE(editor.removeFramework(index, 2018).ok());
}

TEST(FrameworkEditorScoredTest, ImportIntoAScoredYearIsRefused)
{
    SetupDatabase db;
    FrameworkEditor editor(*db.catalog);
    auto refused = editor.importFile(db.index(QStringLiteral("BKCCHC")), 2018,
                                     QStringLiteral(PARSETUP_TEST_DATA "/framework.csv"));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("already has scores"))) << str(refused.error().message);
}
