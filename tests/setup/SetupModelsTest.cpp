#include "SetupFixture.h"

#include "history/AuditModel.h"
#include "scoring/Ranking.h"
#include "setup/BandsModel.h"
#include "setup/CollatingProxyModel.h"
#include "setup/CriteriaTreeModel.h"
#include "setup/UnitsModel.h"
#include "storage/AuditLog.h"
#include "storage/LineageStore.h"

#include <QAbstractItemModelTester>
#include <QDateTime>

using namespace par;
using namespace par::ui;

namespace {

const auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

QModelIndex childByCode(const CriteriaTreeModel& model, const QModelIndex& parent, const QString& code)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex at = model.index(row, CriteriaTreeModel::Code, parent);
        if (at.data().toString() == code)
            return at;
    }
    return QModelIndex();
}

} // namespace

TEST(CriteriaTreeModelTest, PassesTheModelTesterAndShowsTheTree)
{
    SetupDatabase db;
    CriteriaTreeModel model;
    QAbstractItemModelTester tester(&model, Fatal);
    model.setFramework(db.framework(QStringLiteral("BKCCHC"), 2018));
    ASSERT_EQ(model.rowCount(), 1);
    const QModelIndex total = model.index(0, 0);
    EXPECT_EQ(total.data().toString(), QStringLiteral("Total"));
    EXPECT_EQ(model.index(0, CriteriaTreeModel::MaxPoints).data().toString(), QStringLiteral("100"));
    EXPECT_EQ(model.rowCount(total), 6);
    const QModelIndex three = childByCode(model, total, QStringLiteral("3"));
    ASSERT_TRUE(three.isValid());
    EXPECT_EQ(model.rowCount(three), 4);
    const QModelIndex threeThree = childByCode(model, three, QStringLiteral("3.3"));
    ASSERT_TRUE(threeThree.isValid());
    EXPECT_EQ(model.parent(threeThree), three);
    EXPECT_EQ(threeThree.siblingAtColumn(CriteriaTreeModel::LeadUnit).data().toString(),
              QStringLiteral("Văn phòng UBND tỉnh"));
    EXPECT_EQ(model.indexOfId(threeThree.data(CriteriaTreeModel::IdRole).toLongLong()), threeThree);

    // The same tree with new values keeps its rows; another tree resets.
    model.setFramework(db.framework(QStringLiteral("BKCCHC"), 2018));
    model.setFramework(db.framework(QStringLiteral("PAR"), 2018));
    model.setFramework(db.framework(QStringLiteral("SIPAS"), 2018));
    EXPECT_EQ(model.index(0, CriteriaTreeModel::Aggregation).data().toString(), QStringLiteral("Mean"));
    model.setFramework(Framework());
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(CriteriaTreeModelTest, LocksFollowScoresAndFinalResults)
{
    SetupDatabase db;
    CriteriaTreeModel model;
    QAbstractItemModelTester tester(&model, Fatal);
    model.setFramework(db.framework(QStringLiteral("BKCCHC"), 2018));
    const QModelIndex total = model.index(0, 0);
    const QModelIndex field = childByCode(model, total, QStringLiteral("1"));
    auto editable = [&](const QModelIndex& at, int column) {
        return bool(model.flags(at.siblingAtColumn(column)) & Qt::ItemIsEditable);
    };
    EXPECT_FALSE(editable(field, CriteriaTreeModel::Title)); // no handler: read only
    QList<std::pair<qint64, QVariant>> edits;
    model.setEditHandler([&](qint64 id, CriteriaTreeModel::Column, const QVariant& value) {
        edits.append({id, value});
        return true;
    });
    EXPECT_TRUE(editable(field, CriteriaTreeModel::Code));
    EXPECT_TRUE(editable(field, CriteriaTreeModel::Aggregation));
    EXPECT_FALSE(editable(total, CriteriaTreeModel::MaxPoints));
    EXPECT_FALSE(editable(total, CriteriaTreeModel::Code));
    model.setLocks(true, false);
    EXPECT_FALSE(editable(field, CriteriaTreeModel::Code));
    EXPECT_FALSE(editable(field, CriteriaTreeModel::Aggregation));
    EXPECT_TRUE(editable(field, CriteriaTreeModel::MaxPoints));
    model.setLocks(true, true);
    EXPECT_FALSE(editable(field, CriteriaTreeModel::MaxPoints));
    EXPECT_TRUE(editable(field, CriteriaTreeModel::Title));
    EXPECT_TRUE(editable(field, CriteriaTreeModel::LeadUnit));

    EXPECT_TRUE(model.setData(field.siblingAtColumn(CriteriaTreeModel::Title), QStringLiteral("Chỉ đạo, điều hành")));
    ASSERT_EQ(edits.size(), 1);
    EXPECT_EQ(edits.first().first, field.data(CriteriaTreeModel::IdRole).toLongLong());
    // An unchanged value is no edit.
    EXPECT_FALSE(model.setData(field.siblingAtColumn(CriteriaTreeModel::Title), field.siblingAtColumn(1).data()));
    EXPECT_EQ(edits.size(), 1);
}

TEST(CriteriaTreeModelTest, MarksAParentWhoseMaximumDiffersFromItsParts)
{
    Framework f;
    Criterion root;
    root.title = QStringLiteral("Tổng");
    Criterion field;
    field.code = QStringLiteral("1");
    field.title = QStringLiteral("Lĩnh vực");
    field.maxPoints = Decimal::fromInt(10);
    field.parent = 0;
    Criterion leaf;
    leaf.code = QStringLiteral("1.1");
    leaf.title = QStringLiteral("Tiêu chí");
    leaf.maxPoints = Decimal::fromInt(4);
    leaf.parent = 1;
    root.maxPoints = Decimal::fromInt(10);
    f.criteria = {root, field, leaf};
    f.link();
    CriteriaTreeModel model;
    QAbstractItemModelTester tester(&model, Fatal);
    model.setFramework(f);
    const QModelIndex one = model.index(0, CriteriaTreeModel::MaxPoints, model.index(0, 0));
    EXPECT_FALSE(one.data(Qt::DecorationRole).isNull());
    EXPECT_TRUE(one.data(Qt::ToolTipRole).toString().contains(QStringLiteral("parts give 4")));
    EXPECT_TRUE(model.index(0, CriteriaTreeModel::MaxPoints).data(Qt::DecorationRole).isNull());
}

TEST(BandsModelTest, PassesTheModelTester)
{
    BandsModel model;
    QAbstractItemModelTester tester(&model, Fatal);
    model.setBands(defaultBands());
    ASSERT_EQ(model.rowCount(), 5);
    EXPECT_EQ(model.index(0, BandsModel::MinPercent).data().toString(), QStringLiteral("90"));
    EXPECT_EQ(model.index(1, BandsModel::Label).data().toString(), QStringLiteral("Tốt"));
    EXPECT_TRUE(model.index(1, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("under 90")));
    int edits = 0;
    model.setEditHandler([&](int, BandsModel::Column, const QVariant&) { return ++edits > 0; });
    EXPECT_TRUE(model.setData(model.index(1, BandsModel::MinPercent), QStringLiteral("85")));
    EXPECT_EQ(edits, 1);
    model.setBands({});
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(UnitsModelTest, PassesTheModelTesterAndSortsTheVietnameseWay)
{
    SetupDatabase db;
    UnitsModel model;
    CollatingProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, Fatal);
    QAbstractItemModelTester proxyTester(&proxy, Fatal);
    model.setUnits(db.catalog->units().value(), LineageStore(*db.catalog).events().value());
    ASSERT_GT(model.rowCount(), 20);
    const int bk = model.rowOfId(db.catalog->findUnit(QStringLiteral("Bắc Kạn")).value()->id);
    ASSERT_GE(bk, 0);
    EXPECT_EQ(model.index(bk, UnitsModel::Kind).data().toString(), QStringLiteral("Province"));
    // The demo records Bắc Kạn's merger into Thái Nguyên as an event of 2025: its last year as a province is 2024.
    EXPECT_EQ(model.index(bk, UnitsModel::ValidTo).data().toString(), QStringLiteral("2024"));
    EXPECT_EQ(model.index(bk, UnitsModel::Events).data().toString(),
              QStringLiteral("→ Thái Nguyên (2025, Nghị quyết 202/2025/QH15)"));
    const int tn = model.rowOfId(db.catalog->findUnit(QStringLiteral("Thái Nguyên")).value()->id);
    EXPECT_EQ(model.index(tn, UnitsModel::Events).data().toString(),
              QStringLiteral("← Bắc Kạn (2025, Nghị quyết 202/2025/QH15)"));
    EXPECT_EQ(model.index(bk, UnitsModel::Kind).data(Qt::EditRole).toString(), QStringLiteral("province"));

    proxy.sort(UnitsModel::Name);
    QStringList names;
    for (int row = 0; row < proxy.rowCount(); ++row)
        names << proxy.index(row, UnitsModel::Name).data().toString();
    // Đ comes after D and before E; "Sở Y tế" after "Sở Xây dựng".
    for (int i = 1; i < names.size(); ++i)
        EXPECT_FALSE(vietnameseLess(names[i], names[i - 1])) << str(names[i - 1]) << " / " << str(names[i]);

    proxy.setSearchText(QStringLiteral("bac kan"));
    EXPECT_GE(proxy.rowCount(), 1);
    // Any column: Thái Nguyên is found too, by its event "← Bắc Kạn (2025, ...)".
    for (int row = 0; row < proxy.rowCount(); ++row)
        EXPECT_TRUE(CollatingProxyModel::fold(proxy.index(row, UnitsModel::Name).data().toString() + u' '
                                              + proxy.index(row, UnitsModel::Events).data().toString())
                        .contains(QStringLiteral("bac kan")));
    proxy.setSearchText(QString());
    EXPECT_EQ(proxy.rowCount(), model.rowCount());

    proxy.sort(UnitsModel::ValidTo, Qt::AscendingOrder); // years as numbers, empty last
    EXPECT_TRUE(proxy.index(proxy.rowCount() - 1, UnitsModel::ValidTo).data().toString().isEmpty());
}

TEST(CollatingProxyModelTest, FoldsCaseAndDiacritics)
{
    EXPECT_EQ(CollatingProxyModel::fold(QStringLiteral("Đắk Lắk")), QStringLiteral("dak lak"));
    EXPECT_EQ(CollatingProxyModel::fold(QStringLiteral("Sở Tư pháp")), QStringLiteral("so tu phap"));
}

TEST(AuditModelTest, PassesTheModelTesterAndSpeaksTheUsersWords)
{
    SetupDatabase db;
    AuditModel model;
    CollatingProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, Fatal);
    QAbstractItemModelTester proxyTester(&proxy, Fatal);
    AuditFilter filter;
    filter.indexCode = QStringLiteral("BKCCHC");
    filter.limit = 500;
    auto entries = AuditLog::read(*db.db, filter);
    ASSERT_TRUE(entries.ok());
    model.setEntries(entries.value());
    // Imports of new values are one change-set entry each, so the demo's log is short.
    ASSERT_GT(model.rowCount(), 100);
    ASSERT_LE(model.rowCount(), 500);
    EXPECT_EQ(model.columnCount(), AuditModel::ColumnCount);
    EXPECT_EQ(model.index(0, AuditModel::Action).data().toString(), QStringLiteral("Added"));
    EXPECT_EQ(AuditModel::actionText(QStringLiteral("update")), QStringLiteral("Changed"));
    EXPECT_EQ(AuditModel::actionText(QStringLiteral("delete")), QStringLiteral("Removed"));
    EXPECT_EQ(AuditModel::entityText(QStringLiteral("criterion")), QStringLiteral("Criterion"));
    EXPECT_EQ(AuditModel::stageText(QStringLiteral("self")), QStringLiteral("Self-assessed"));
    const QString when = model.index(0, AuditModel::When).data().toString();
    EXPECT_TRUE(QDateTime::fromString(when, QStringLiteral("dd/MM/yyyy HH:mm:ss")).isValid()) << str(when);
    EXPECT_EQ(AuditModel::localTime(QStringLiteral("2019-07-12T08:30:00.000Z")),
              QDateTime(QDate(2019, 7, 12), QTime(8, 30), Qt::UTC)
                  .toLocalTime()
                  .toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")));

    // Newest first through the proxy: the log's own order, descending.
    proxy.sort(AuditModel::When, Qt::DescendingOrder);
    EXPECT_GT(proxy.index(0, 0).data(AuditModel::IdRole).toLongLong(),
              proxy.index(1, 0).data(AuditModel::IdRole).toLongLong());
    EXPECT_EQ(proxy.index(0, 0).data(AuditModel::IdRole).toLongLong(), entries->last().id);
    model.setEntries({});
    EXPECT_EQ(proxy.rowCount(), 0);
}
