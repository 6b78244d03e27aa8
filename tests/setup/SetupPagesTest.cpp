#include "SetupFixture.h"

#include "Desktop.h"
#include "Session.h"
#include "history/AuditModel.h"
#include "io/CsvReader.h"
#include "io/ScoreImport.h"
#include "pages/HistoryPage.h"
#include "pages/SetupPage.h"
#include "setup/CriteriaTreeModel.h"
#include "setup/FrameworkTab.h"
#include "setup/UnitsModel.h"
#include "setup/UnitsTab.h"
#include "storage/FrameworkEditor.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QTreeView>

using namespace par;
using namespace par::ui;

namespace {

// The page area of a maximised 1366x768 window: less the navigation list, the menu, context and status bars.
const QSize SmallPageArea(1190, 640);

QString screenshot(QWidget& widget, const QString& name)
{
    QDir().mkpath(QStringLiteral(PARSETUP_SCREENSHOTS));
    const QString path = QDir(QStringLiteral(PARSETUP_SCREENSHOTS)).filePath(name + QStringLiteral(".png"));
    EXPECT_TRUE(widget.grab().save(path)) << str(path);
    return path;
}

void showAt(QWidget& widget, const QSize& size)
{
    widget.resize(size);
    widget.show();
    QApplication::processEvents();
    QApplication::processEvents();
}

// Labels and buttons narrower than their text, word-wrapped labels shorter than their lines, tool bars whose
// actions spill into an overflow menu.
QStringList cutOff(QWidget& root)
{
    QStringList out;
    for (QWidget* w : root.findChildren<QWidget*>()) {
        if (!w->isVisibleTo(&root) || w->width() == 0)
            continue;
        if (auto* label = qobject_cast<QLabel*>(w); label && !label->text().isEmpty()) {
            if (label->wordWrap() ? label->height() < label->heightForWidth(label->width())
                                  : label->width() < label->sizeHint().width())
                out << QStringLiteral("label \"%1\"").arg(label->text().left(40));
        } else if (auto* button = qobject_cast<QAbstractButton*>(w); button && !button->text().isEmpty()) {
            if (button->width() < button->sizeHint().width())
                out << QStringLiteral("button \"%1\"").arg(button->text());
        }
        if (w->objectName() == QLatin1String("qt_toolbar_ext_button"))
            out << QStringLiteral("tool bar overflow in %1").arg(w->parentWidget()->objectName());
    }
    return out;
}

class PagesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = dir.filePath(QStringLiteral("pages.db"));
        {
            auto db = Database::open(path);
            ASSERT_TRUE(db.ok()) << str(db.error().message);
            Catalog catalog(*db.value());
            ASSERT_TRUE(Demo::load(catalog).ok());
        }
        ASSERT_TRUE(session.open(path).ok());
        const Index bk = session.catalog().index(QStringLiteral("BKCCHC")).value();
        const Cohort cohort = session.catalog().resolveCohort(bk, QStringLiteral("Sở, ban, ngành")).value();
        const Unit unit = *session.catalog().unitByCode(QStringLiteral("SNV")).value();
        session.setContext(QStringLiteral("BKCCHC"), 2018, cohort.id, unit.id);
    }

    QTemporaryDir dir;
    QString path;
    Session session;
};

} // namespace

TEST_F(PagesTest, SetupPageShowsTheFrameworkAndLooksTidy)
{
    SetupPage page(session);
    EXPECT_EQ(page.title(), QStringLiteral("Setup"));
    showAt(page, QSize(1366, 768));
    CriteriaTreeModel* model = page.frameworkTab()->model();
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->rowCount(model->index(0, 0)), 6);
    EXPECT_EQ(model->framework().year, 2018);
    EXPECT_EQ(page.frameworkTab()->bandsModel()->rowCount(), 5);
    page.frameworkTab()->tree()->setCurrentIndex(model->index(2, 0, model->index(0, 0)));
    EXPECT_TRUE(cutOff(page).isEmpty()) << str(cutOff(page).join(QStringLiteral("; ")));
    screenshot(page, QStringLiteral("setup-criteria-1366x768"));

    page.tabs()->setCurrentWidget(page.unitsTab());
    QApplication::processEvents();
    EXPECT_GT(page.unitsTab()->unitsModel()->rowCount(), 20);
    EXPECT_GT(page.unitsTab()->membersModel()->rowCount(), 10);
    page.unitsTab()->unitsView()->setCurrentIndex(page.unitsTab()->unitsView()->model()->index(3, UnitsModel::Name));
    EXPECT_TRUE(cutOff(page).isEmpty()) << str(cutOff(page).join(QStringLiteral("; ")));
    screenshot(page, QStringLiteral("setup-units-1366x768"));

    showAt(page, QSize(1920, 1080));
    EXPECT_TRUE(cutOff(page).isEmpty()) << str(cutOff(page).join(QStringLiteral("; ")));
    screenshot(page, QStringLiteral("setup-units-1920x1080"));
    page.tabs()->setCurrentWidget(page.frameworkTab());
    QApplication::processEvents();
    screenshot(page, QStringLiteral("setup-criteria-1920x1080"));

    // In a 1366x768 window the page has less room: nothing may be cut off there either.
    showAt(page, SmallPageArea);
    EXPECT_TRUE(cutOff(page).isEmpty()) << str(cutOff(page).join(QStringLiteral("; ")));
    screenshot(page, QStringLiteral("setup-criteria-in-window-1366x768"));
    page.tabs()->setCurrentWidget(page.unitsTab());
    QApplication::processEvents();
    EXPECT_TRUE(cutOff(page).isEmpty()) << str(cutOff(page).join(QStringLiteral("; ")));
    screenshot(page, QStringLiteral("setup-units-in-window-1366x768"));
}

TEST_F(PagesTest, SetupPageShowsLocksAndEmptyStates)
{
    SetupPage page(session);
    showAt(page, SmallPageArea);
    // 2018 has scores: the codes are locked, the titles are not.
    CriteriaTreeModel* model = page.frameworkTab()->model();
    const QModelIndex field = model->index(0, CriteriaTreeModel::Code, model->index(0, 0));
    EXPECT_FALSE(model->flags(field).testFlag(Qt::ItemIsEditable));
    EXPECT_TRUE(model->flags(field.siblingAtColumn(CriteriaTreeModel::Title)).testFlag(Qt::ItemIsEditable));

    // A final year: maxima locked, a notice says why.
    session.setContext(QStringLiteral("BKCCHC"), 2017, session.cohortId(), session.unitId());
    QApplication::processEvents();
    EXPECT_EQ(page.frameworkTab()->model()->framework().year, 2017);
    EXPECT_TRUE(cutOff(page).isEmpty()) << str(cutOff(page).join(QStringLiteral("; ")));
    screenshot(page, QStringLiteral("setup-criteria-final-2017"));

    // A new index with an empty first year.
    FrameworkEditor editor(session.catalog());
    ASSERT_TRUE(editor
                    .createIndex(QStringLiteral("DDCI"), QStringLiteral("Chỉ số năng lực cạnh tranh cấp sở, ngành"),
                                 Aggregation::Sum, 2024)
                    .ok());
    session.notifyDataChanged();
    session.setContext(QStringLiteral("DDCI"), 2024, 0, 0);
    QApplication::processEvents();
    EXPECT_EQ(page.frameworkTab()->model()->rowCount(), 1);
    EXPECT_EQ(page.frameworkTab()->model()->rowCount(page.frameworkTab()->model()->index(0, 0)), 0);
    EXPECT_TRUE(cutOff(page).isEmpty()) << str(cutOff(page).join(QStringLiteral("; ")));
    screenshot(page, QStringLiteral("setup-criteria-new-index"));
    page.tabs()->setCurrentWidget(page.unitsTab());
    QApplication::processEvents();
    EXPECT_EQ(page.unitsTab()->membersModel()->rowCount(), 0);
    screenshot(page, QStringLiteral("setup-units-new-index"));
}

TEST_F(PagesTest, AnEditInTheTreeIsWrittenAndAppearsInTheHistory)
{
    SetupPage setup(session);
    showAt(setup, SmallPageArea);
    CriteriaTreeModel* model = setup.frameworkTab()->model();
    const Framework before = model->framework();
    const int at = before.find(QStringLiteral("3.3"));
    ASSERT_GE(at, 0);
    int refreshed = 0;
    QObject::connect(&session, &Session::dataChanged, &setup, [&] { ++refreshed; });
    const QModelIndex title = model->indexOfPosition(at, CriteriaTreeModel::Title);
    ASSERT_TRUE(model->setData(title, QStringLiteral("Tỷ lệ hồ sơ giải quyết đúng hạn")));
    QApplication::processEvents();
    EXPECT_EQ(refreshed, 1);
    const Framework after = session.catalog().requireFramework(session.currentIndex().value(), 2018).value();
    EXPECT_EQ(after.criteria[after.find(QStringLiteral("3.3"))].title,
              QStringLiteral("Tỷ lệ hồ sơ giải quyết đúng hạn"));
    EXPECT_EQ(model->indexOfPosition(at, CriteriaTreeModel::Title).data().toString(),
              QStringLiteral("Tỷ lệ hồ sơ giải quyết đúng hạn"));

    HistoryPage history(session);
    showAt(history, SmallPageArea);
    ASSERT_GT(history.view()->model()->rowCount(), 0);
    const QModelIndex newest = history.view()->model()->index(0, AuditModel::Action);
    EXPECT_EQ(newest.data().toString(), QStringLiteral("Changed"));
    EXPECT_EQ(newest.siblingAtColumn(AuditModel::What).data().toString(), QStringLiteral("Criterion"));
    EXPECT_EQ(newest.siblingAtColumn(AuditModel::Criterion).data().toString(), QStringLiteral("3.3"));
    EXPECT_EQ(newest.siblingAtColumn(AuditModel::Who).data().toString(), QStringLiteral("tester"));
}

TEST_F(PagesTest, HistoryPageFiltersAndLooksTidy)
{
    // An import logs the values it replaces, old -> new (new values go into its one change-set entry): correct one.
    auto table = CsvReader::read(QByteArrayLiteral("Đơn vị,3.3\nSở Nội vụ,8.5\n"), QStringLiteral("correction.csv"));
    ASSERT_TRUE(table.ok());
    auto corrected = ScoreImport::importTable(session.catalog(), table.value(), QStringLiteral("BKCCHC"), 2018,
                                              QStringLiteral("Sở, ban, ngành"), Stage::Final);
    ASSERT_TRUE(corrected.ok() && corrected->acceptable())
        << str(corrected.ok() ? corrected->errors.join(u'\n') : corrected.error().message);
    session.notifyDataChanged();
    HistoryPage page(session);
    EXPECT_EQ(page.title(), QStringLiteral("History"));
    showAt(page, QSize(1366, 768));
    QAbstractItemModel* shown = page.view()->model();
    ASSERT_GT(shown->rowCount(), 100);
    EXPECT_GT(shown->index(0, 0).data(AuditModel::IdRole).toLongLong(),
              shown->index(shown->rowCount() - 1, 0).data(AuditModel::IdRole).toLongLong());
    EXPECT_TRUE(cutOff(page).isEmpty()) << str(cutOff(page).join(QStringLiteral("; ")));
    screenshot(page, QStringLiteral("history-1366x768"));

    page.setUnitFilter(QStringLiteral("Sở Nội vụ"));
    ASSERT_GT(shown->rowCount(), 0);
    for (int row = 0; row < shown->rowCount(); ++row)
        ASSERT_EQ(shown->index(row, AuditModel::Unit).data().toString(), QStringLiteral("Sở Nội vụ"));
    page.setCriterionFilter(QStringLiteral("3.3"));
    ASSERT_GT(shown->rowCount(), 0);
    for (int row = 0; row < shown->rowCount(); ++row)
        ASSERT_EQ(shown->index(row, AuditModel::Criterion).data().toString(), QStringLiteral("3.3"));
    screenshot(page, QStringLiteral("history-filtered-1366x768"));

    showAt(page, SmallPageArea);
    EXPECT_TRUE(cutOff(page).isEmpty()) << str(cutOff(page).join(QStringLiteral("; ")));
    screenshot(page, QStringLiteral("history-in-window-1366x768"));
    showAt(page, QSize(1920, 1080));
    screenshot(page, QStringLiteral("history-1920x1080"));
}

TEST_F(PagesTest, BothPagesFitInVietnamese)
{
    // Vietnamese labels run longer than English ones; nothing may be cut off or hidden at the smallest size.
    ASSERT_TRUE(installLanguage(QStringLiteral("vi")));
    {
        SetupPage setup(session);
        for (const QSize& size : {SmallPageArea, QSize(1920, 1080)}) {
            showAt(setup, size);
            const QString suffix = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
            setup.tabs()->setCurrentWidget(setup.frameworkTab());
            QApplication::processEvents();
            EXPECT_TRUE(cutOff(setup).isEmpty()) << str(cutOff(setup).join(QStringLiteral("; ")));
            screenshot(setup, QStringLiteral("vi-setup-criteria-") + suffix);
            setup.tabs()->setCurrentWidget(setup.unitsTab());
            QApplication::processEvents();
            EXPECT_TRUE(cutOff(setup).isEmpty()) << str(cutOff(setup).join(QStringLiteral("; ")));
            screenshot(setup, QStringLiteral("vi-setup-units-") + suffix);
        }
        HistoryPage history(session);
        showAt(history, SmallPageArea);
        EXPECT_TRUE(cutOff(history).isEmpty()) << str(cutOff(history).join(QStringLiteral("; ")));
        screenshot(history, QStringLiteral("vi-history-1190x640"));
    }
    installLanguage(QStringLiteral("en"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}
