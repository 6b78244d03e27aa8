// Issue 11: Setup records a merger the clear way ("these N units became this one from year Y"), through the real
// widgets: the action's button, the checkable list, typed text and Enter; a refusal leaves the form open with the
// reason.
#include "SetupFixture.h"

#include "Session.h"
#include "pages/SetupPage.h"
#include "pages/TrendsPage.h"
#include "setup/LineageDialog.h"
#include "setup/UnitsModel.h"
#include "setup/UnitsTab.h"
#include "storage/LineageStore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QMessageBox>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <functional>

using namespace par;
using namespace par::ui;

namespace {

void saveShot(QWidget& widget, const QString& name)
{
    QDir().mkpath(QStringLiteral(PARSETUP_SCREENSHOTS));
    EXPECT_TRUE(widget.grab().save(QDir(QStringLiteral(PARSETUP_SCREENSHOTS)).filePath(name + QStringLiteral(".png"))));
}

// Runs `act` once a modal widget of type T is open (the forms and message boxes are shown with exec()).
template <typename T> void whenModal(const std::function<void(T&)>& act)
{
    auto* poll = new QTimer;
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, act] {
        auto* modal = qobject_cast<T*>(QApplication::activeModalWidget());
        if (!modal || !modal->isVisible())
            return;
        poll->stop();
        poll->deleteLater();
        QApplication::processEvents();
        act(*modal);
    });
    poll->start();
}

// QTest::keyClicks cannot type characters above U+00FF: each character is sent as a key event with its text.
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &release);
    }
}

QString errorShown(QDialog& dialog)
{
    for (QLabel* label : dialog.findChildren<QLabel*>()) {
        if (label->isVisible() && label->styleSheet().contains(QStringLiteral("color")))
            return label->text();
    }
    return QString();
}

// Ticks the visible unit of the list whose text starts with `name`.
bool tick(QListWidget* list, const QString& name)
{
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem* item = list->item(i);
        if (!item->isHidden() && item->text().startsWith(name)) {
            list->setCurrentItem(item);
            item->setCheckState(Qt::Checked);
            return true;
        }
    }
    return false;
}

class LineageGuiTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = dir.filePath(QStringLiteral("lineage.db"));
        {
            auto db = Database::open(path);
            ASSERT_TRUE(db.ok()) << str(db.error().message);
            Catalog catalog(*db.value());
            ASSERT_TRUE(Demo::load(catalog).ok());
        }
        ASSERT_TRUE(session.open(path).ok());
        const Index bk = session.catalog().index(QStringLiteral("BKCCHC")).value();
        const Cohort cohort = session.catalog().resolveCohort(bk, QStringLiteral("Sở, ban, ngành")).value();
        session.setContext(QStringLiteral("BKCCHC"), 2025, cohort.id, 0);
        page = std::make_unique<SetupPage>(session);
        page->resize(1366, 768);
        page->show();
        page->tabs()->setCurrentWidget(page->unitsTab());
        QApplication::processEvents();
    }

    UnitsTab& tab() { return *page->unitsTab(); }

    // Chooses a unit in the units table, as a click on its row does.
    void choose(const QString& name)
    {
        const auto unit = session.catalog().findUnit(name);
        ASSERT_TRUE(unit.ok() && unit.value()) << str(name);
        const int row = tab().unitsModel()->rowOfId(unit.value()->id);
        ASSERT_GE(row, 0);
        auto* proxy = tab().unitsView()->model();
        for (int r = 0; r < proxy->rowCount(); ++r) {
            const QModelIndex at = proxy->index(r, UnitsModel::Name);
            if (at.data(UnitsModel::IdRole).toLongLong() == unit.value()->id) {
                QTest::mouseClick(tab().unitsView()->viewport(), Qt::LeftButton, {},
                                  tab().unitsView()->visualRect(at).center());
                break;
            }
        }
        ASSERT_EQ(tab().unitsView()->currentIndex().data(UnitsModel::IdRole).toLongLong(), unit.value()->id);
    }

    QToolButton* buttonOf(QAction* action)
    {
        for (QToolButton* b : tab().findChildren<QToolButton*>())
            if (b->defaultAction() == action)
                return b;
        return nullptr;
    }

    // What the units table shows in a column for a unit.
    QString shown(const QString& name, int column)
    {
        auto* proxy = tab().unitsView()->model();
        for (int r = 0; r < proxy->rowCount(); ++r)
            if (proxy->index(r, UnitsModel::Name).data().toString() == name)
                return proxy->index(r, column).data().toString();
        return QStringLiteral("(not shown)");
    }

    qint64 count(const QString& sql)
    {
        auto q = session.catalog().database().exec(sql);
        EXPECT_TRUE(q.ok());
        return q.ok() && q.value().next() ? q.value().value(0).toLongLong() : -1;
    }

    QTemporaryDir dir;
    QString path;
    Session session;
    std::unique_ptr<SetupPage> page;
};

} // namespace

TEST_F(LineageGuiTest, TheUnitsTableShowsLifeSpansAndTheDemosMergers)
{
    EXPECT_EQ(shown(QStringLiteral("Sở Tài nguyên và Môi trường"), UnitsModel::ValidTo), QStringLiteral("2024"));
    EXPECT_EQ(shown(QStringLiteral("Sở Tài nguyên và Môi trường"), UnitsModel::Events),
              QStringLiteral("→ Sở Nông nghiệp và Môi trường (2025, Nghị định 45/2025/NĐ-CP)"));
    EXPECT_EQ(shown(QStringLiteral("Sở Nông nghiệp và Môi trường"), UnitsModel::ValidFrom), QStringLiteral("2025"));
    EXPECT_EQ(shown(QStringLiteral("Sở Nông nghiệp và Môi trường"), UnitsModel::Events),
              QStringLiteral("← Sở Nông nghiệp và Phát triển nông thôn, Sở Tài nguyên và Môi trường (2025, Nghị định "
                             "45/2025/NĐ-CP)"));
    EXPECT_EQ(shown(QStringLiteral("Bắc Kạn"), UnitsModel::Events),
              QStringLiteral("→ Thái Nguyên (2025, Nghị quyết 202/2025/QH15)"));
    // Events are recorded through the actions, never typed into the cell.
    auto* proxy = tab().unitsView()->model();
    EXPECT_FALSE(proxy->flags(proxy->index(0, UnitsModel::Events)).testFlag(Qt::ItemIsEditable));
    EXPECT_TRUE(proxy->flags(proxy->index(0, UnitsModel::ValidTo)).testFlag(Qt::ItemIsEditable));
    saveShot(*page, QStringLiteral("setup-units-lineage-1366x768"));
}

TEST_F(LineageGuiTest, AMergerIsRecordedFromTheFormAndShownInTheTableAndTheDatabase)
{
    choose(QStringLiteral("Sở Văn hóa, Thể thao và Du lịch"));
    QToolButton* merge = buttonOf(tab().mergeAction());
    ASSERT_NE(merge, nullptr);
    ASSERT_TRUE(merge->isEnabled());
    const qint64 eventsBefore = count(QStringLiteral("SELECT count(*) FROM unit_events"));
    bool confirmed = false;
    whenModal<LineageDialog>([&](LineageDialog& dialog) {
        // The chosen unit is ticked already; the filter finds the other without its diacritics.
        QStringList ticked;
        for (int i = 0; i < dialog.list()->count(); ++i)
            if (dialog.list()->item(i)->checkState() == Qt::Checked)
                ticked << dialog.list()->item(i)->text();
        EXPECT_EQ(ticked, QStringList {QStringLiteral("Sở Văn hóa, Thể thao và Du lịch (SVHTTDL)")});
        dialog.year()->selectAll();
        QTest::keyClicks(dialog.year(), QStringLiteral("2026"));
        QTest::keyClicks(dialog.filter(), QStringLiteral("ban dan"));
        EXPECT_TRUE(tick(dialog.list(), QStringLiteral("Ban Dân tộc")));
        QTest::mouseClick(dialog.intoNew(), Qt::LeftButton);
        EXPECT_TRUE(dialog.intoNew()->isChecked());
        dialog.newNames()->setFocus();
        typeText(dialog.newNames(), QStringLiteral("Sở Văn hóa và Dân tộc"));
        QTest::keyClicks(dialog.basis(), QStringLiteral("NQ 12/2025/NQ-HDND"));
        QTest::keyClicks(dialog.reason(), QStringLiteral("Sap xep theo nghi quyet"));
        EXPECT_EQ(dialog.summary()->text(),
                  QStringLiteral("These 2 units become Sở Văn hóa và Dân tộc from 2026: Ban Dân tộc, Sở Văn hóa, "
                                 "Thể thao và Du lịch."));
        saveShot(dialog, QStringLiteral("dialog-lineage-merge"));
        // Recording is not undoable: the user confirms it.
        whenModal<QMessageBox>([&](QMessageBox& box) {
            confirmed = box.text().contains(QStringLiteral("Edit > Undo"));
            saveShot(box, QStringLiteral("dialog-lineage-confirm"));
            for (QAbstractButton* b : box.buttons())
                if (box.buttonRole(b) == QMessageBox::AcceptRole)
                    QTest::mouseClick(b, Qt::LeftButton);
        });
        QTest::keyClick(dialog.basis(), Qt::Key_Return);
        EXPECT_EQ(errorShown(dialog), QString());
    });
    QTest::mouseClick(merge, Qt::LeftButton);
    EXPECT_TRUE(confirmed);

    // The table: the new unit from 2026 with where it came from, the predecessors ending in 2025 into it.
    const QString basis = QStringLiteral("2026, NQ 12/2025/NQ-HDND");
    EXPECT_EQ(shown(QStringLiteral("Sở Văn hóa và Dân tộc"), UnitsModel::ValidFrom), QStringLiteral("2026"));
    EXPECT_EQ(shown(QStringLiteral("Sở Văn hóa và Dân tộc"), UnitsModel::Events),
              QStringLiteral("← Ban Dân tộc, Sở Văn hóa, Thể thao và Du lịch (%1)").arg(basis));
    EXPECT_EQ(shown(QStringLiteral("Ban Dân tộc"), UnitsModel::Events),
              QStringLiteral("→ Sở Văn hóa và Dân tộc (%1)").arg(basis));
    EXPECT_EQ(shown(QStringLiteral("Ban Dân tộc"), UnitsModel::ValidTo), QStringLiteral("2025"));
    EXPECT_EQ(tab().unitsView()->currentIndex().data().toString(), QStringLiteral("Sở Văn hóa và Dân tộc"));
    saveShot(*page, QStringLiteral("setup-units-after-merger"));

    // The database: one event with its basis, logged with the reason typed.
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM unit_events")), eventsBefore + 1);
    auto events = LineageStore(session.catalog()).events();
    ASSERT_TRUE(events.ok());
    const LineageEvent& e = events->last();
    EXPECT_EQ(e.kind, LineageEvent::Merge);
    EXPECT_EQ(e.year, 2026);
    EXPECT_EQ(e.basis, QStringLiteral("NQ 12/2025/NQ-HDND"));
    EXPECT_EQ(e.predecessors.size(), 2);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'unit-event' AND reason = 'Sap xep "
                                   "theo nghi quyet'")),
              4); // the event, its two predecessors and its successor
    EXPECT_EQ(session.catalog().findUnit(QStringLiteral("Ban Dân tộc")).value()->validTo, 2025);
}

TEST_F(LineageGuiTest, ARefusedMergerLeavesTheFormOpenWithTheReason)
{
    choose(QStringLiteral("Sở Y tế"));
    const qint64 eventsBefore = count(QStringLiteral("SELECT count(*) FROM unit_events"));
    QString refusal;
    bool stillOpen = false;
    whenModal<LineageDialog>([&](LineageDialog& dialog) {
        // Sở Y tế (ticked, the unit chosen in the table) into itself.
        dialog.unit()->setCurrentIndex(dialog.unit()->findText(QStringLiteral("Sở Y tế")));
        QTest::keyClicks(dialog.basis(), QStringLiteral("QD 1"));
        QTest::keyClick(dialog.basis(), Qt::Key_Return);
        refusal = errorShown(dialog);
        stillOpen = dialog.isVisible();
        saveShot(dialog, QStringLiteral("dialog-lineage-refused"));

        // Without a basis, the form asks for it.
        dialog.basis()->clear();
        QTest::keyClick(dialog.basis(), Qt::Key_Return);
        EXPECT_TRUE(errorShown(dialog).contains(QStringLiteral("legal basis"))) << str(errorShown(dialog));
        EXPECT_TRUE(dialog.isVisible());
        QTest::keyClick(&dialog, Qt::Key_Escape);
    });
    QTest::mouseClick(buttonOf(tab().mergeAction()), Qt::LeftButton);
    EXPECT_TRUE(stillOpen);
    EXPECT_TRUE(refusal.contains(QStringLiteral("into itself"))) << str(refusal);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM unit_events")), eventsBefore);
}

TEST_F(LineageGuiTest, ASplitAndARenameGoThroughTheirForms)
{
    choose(QStringLiteral("Thanh tra tỉnh"));
    whenModal<LineageDialog>([&](LineageDialog& dialog) {
        EXPECT_EQ(dialog.unit()->currentText(), QStringLiteral("Thanh tra tỉnh"));
        dialog.year()->selectAll();
        QTest::keyClicks(dialog.year(), QStringLiteral("2026"));
        dialog.newNames()->setFocus();
        typeText(dialog.newNames(), QStringLiteral("Thanh tra tỉnh (mới); Ban Tiếp công dân"));
        QTest::keyClicks(dialog.basis(), QStringLiteral("QD 2"));
        whenModal<QMessageBox>([](QMessageBox& box) {
            for (QAbstractButton* b : box.buttons())
                if (box.buttonRole(b) == QMessageBox::AcceptRole)
                    QTest::mouseClick(b, Qt::LeftButton);
        });
        QTest::keyClick(dialog.basis(), Qt::Key_Return);
        EXPECT_EQ(errorShown(dialog), QString());
    });
    QTest::mouseClick(buttonOf(tab().splitAction()), Qt::LeftButton);
    EXPECT_EQ(shown(QStringLiteral("Thanh tra tỉnh"), UnitsModel::Events),
              QStringLiteral("→ Thanh tra tỉnh (mới), Ban Tiếp công dân (2026, QD 2)"));

    // A rename needs the unit in the year before and the year itself: Sở Y tế ends in 2025.
    choose(QStringLiteral("Sở Y tế"));
    whenModal<LineageDialog>([&](LineageDialog& dialog) {
        EXPECT_EQ(dialog.year()->value(), 2025);
        dialog.newNames()->setFocus();
        typeText(dialog.newNames(), QStringLiteral("Sở Y tế và Dân số"));
        QTest::keyClicks(dialog.basis(), QStringLiteral("QD 3"));
        whenModal<QMessageBox>([](QMessageBox& box) {
            for (QAbstractButton* b : box.buttons())
                if (box.buttonRole(b) == QMessageBox::AcceptRole)
                    QTest::mouseClick(b, Qt::LeftButton);
        });
        QTest::keyClick(dialog.basis(), Qt::Key_Return);
        EXPECT_EQ(errorShown(dialog), QString());
    });
    QTest::mouseClick(buttonOf(tab().renameAction()), Qt::LeftButton);
    EXPECT_EQ(shown(QStringLiteral("Sở Y tế và Dân số"), UnitsModel::Events),
              QStringLiteral("Renamed from Sở Y tế (2025, QD 3)"));
}

TEST_F(LineageGuiTest, AMergerRecordedInSetupShowsThePredecessorsOnTrends)
{
    // Record "Ban Dân tộc and Sở Văn hóa, Thể thao và Du lịch became Sở Văn hóa và Dân tộc from 2026" in the form.
    choose(QStringLiteral("Sở Văn hóa, Thể thao và Du lịch"));
    whenModal<LineageDialog>([&](LineageDialog& dialog) {
        dialog.year()->selectAll();
        QTest::keyClicks(dialog.year(), QStringLiteral("2026"));
        QTest::keyClicks(dialog.filter(), QStringLiteral("ban dan"));
        EXPECT_TRUE(tick(dialog.list(), QStringLiteral("Ban Dân tộc")));
        QTest::mouseClick(dialog.intoNew(), Qt::LeftButton);
        dialog.newNames()->setFocus();
        typeText(dialog.newNames(), QStringLiteral("Sở Văn hóa và Dân tộc"));
        QTest::keyClicks(dialog.basis(), QStringLiteral("NQ 12/2025/NQ-HDND"));
        whenModal<QMessageBox>([](QMessageBox& box) {
            for (QAbstractButton* b : box.buttons())
                if (box.buttonRole(b) == QMessageBox::AcceptRole)
                    QTest::mouseClick(b, Qt::LeftButton);
        });
        QTest::keyClick(dialog.basis(), Qt::Key_Return);
        EXPECT_EQ(errorShown(dialog), QString());
    });
    QTest::mouseClick(buttonOf(tab().mergeAction()), Qt::LeftButton);
    const auto merged = session.catalog().findUnit(QStringLiteral("Sở Văn hóa và Dân tộc"));
    ASSERT_TRUE(merged.ok() && merged.value());

    // Trends for the new unit: each predecessor's own results before 2026, as recorded for it.
    session.setContext(QStringLiteral("BKCCHC"), 2025, session.currentCohort()->id, merged.value()->id);
    TrendsPage trends(session);
    trends.resize(1366, 768);
    trends.show();
    trends.refresh();
    QApplication::processEvents();
    saveShot(trends, QStringLiteral("trends-after-merger-1366x768"));
    const QLocale locale;
    for (const QString& name : {QStringLiteral("Ban Dân tộc"), QStringLiteral("Sở Văn hóa, Thể thao và Du lịch")}) {
        auto own = session.analysis().trend(QStringLiteral("BKCCHC"), name, QString(), Stage::Final);
        ASSERT_TRUE(own.ok());
        int years = 0;
        for (const TrendPoint& p : own->points) {
            if (!p.total)
                continue;
            ++years;
            bool found = false;
            for (int r = 0; r < trends.table()->rowCount(); ++r) {
                if (trends.table()->item(r, 0)->text() == QString::number(p.year)
                    && trends.table()->item(r, 1)->text() == name + QStringLiteral(" (predecessor)")) {
                    found = true;
                    EXPECT_EQ(trends.table()->item(r, 2)->text(), p.total->toString(locale)) << str(name) << p.year;
                    EXPECT_TRUE(trends.table()->item(r, 1)->font().italic());
                }
            }
            EXPECT_TRUE(found) << str(name) << " " << p.year;
        }
        EXPECT_GE(years, 2) << str(name); // the demo scores both before the merger
    }
    // Rows of the predecessors only: the new unit has no result before it existed, and nothing blended for it.
    for (int r = 0; r < trends.table()->rowCount(); ++r)
        EXPECT_TRUE(trends.table()->item(r, 1)->text().endsWith(QStringLiteral("(predecessor)")))
            << str(trends.table()->item(r, 1)->text());
    // The chart: a dashed line of each predecessor with its legend entry, beside the unit's own line.
    QStringList dashed;
    for (QAbstractSeries* series : trends.chart()->chart()->series())
        if (auto* line = qobject_cast<QLineSeries*>(series); line && line->pen().style() == Qt::DashLine)
            dashed << line->name();
    dashed.sort();
    EXPECT_EQ(dashed,
              (QStringList {QStringLiteral("Ban Dân tộc (predecessor)"),
                            QStringLiteral("Sở Văn hóa, Thể thao và Du lịch (predecessor)")}));
    const QString note = trends.findChild<QLabel*>(QStringLiteral("trendNote"))->text();
    EXPECT_TRUE(note.contains(QStringLiteral("(predecessor)"))) << str(note);
}
