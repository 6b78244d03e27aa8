// Score entry as a clerk uses it: the keyboard on the real widgets, the clipboard layout of the exported template,
// undo from anywhere, a language switch after an edit, and another program writing while the page is open.
#include "../RunParindex.h"
#include "ContextBar.h"
#include "Desktop.h"
#include "MainWindow.h"
#include "models/ScoreTreeModel.h"
#include "pages/EntryPage.h"
#include "storage/Demo.h"
#include "storage/FrameworkEditor.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace par;
using namespace par::ui;

namespace {

const QString IndexCode = QStringLiteral("BKCCHC");
const QString CohortName = QStringLiteral("Sở, ban, ngành");
const QString UnitName = QStringLiteral("Sở Y tế");

// A fresh copy of the demo database with an empty 2019 (last year's framework copied, no scores yet).
class EntryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        installLanguage(QStringLiteral("en"));
        path = dir.filePath(QStringLiteral("demo.db"));
        {
            auto db = Database::open(path);
            ASSERT_TRUE(db.ok());
            Catalog catalog(*db.value());
            ASSERT_TRUE(Demo::load(catalog).ok());
            auto index = catalog.index(IndexCode);
            ASSERT_TRUE(FrameworkEditor(catalog).copyFramework(index.value(), 2018, 2019).ok());
        }
        ASSERT_TRUE(session.open(path).ok());
    }

    void select(Session& s, int year)
    {
        auto i = s.catalog().index(IndexCode);
        auto cohort = s.catalog().resolveCohort(i.value(), CohortName);
        auto unit = s.catalog().findUnit(UnitName);
        ASSERT_TRUE(cohort.ok() && unit.ok() && unit.value());
        s.setContext(IndexCode, year, cohort->id, unit.value()->id);
    }

    static std::optional<Decimal> stored(Session& s, const QString& code, Stage stage = Stage::Final)
    {
        auto framework = s.currentFramework();
        auto e = s.analysis().evaluateUnit(framework.value(), s.unitId(), stage);
        const int at = code.isEmpty() ? 0 : framework->find(code);
        return e->recorded[at] ? e->value[at] : std::nullopt;
    }
    std::optional<Decimal> stored(const QString& code, Stage stage = Stage::Final)
    {
        return stored(session, code, stage);
    }

    static QModelIndex cell(ScoreTreeModel& model, const QString& code, int column = ScoreTreeModel::Final)
    {
        return model.indexOf(model.framework().find(code), column);
    }

    static void activate(QWidget& window)
    {
        window.resize(1366, 768);
        window.show();
        QApplication::setActiveWindow(&window);
        window.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    }

    // Types as a clerk does: each key to whatever has the focus (the view, then the editor it opens).
    static void type(const QString& text)
    {
        for (QChar c : text) {
            QWidget* target = QApplication::focusWidget();
            ASSERT_NE(target, nullptr);
            QTest::keyClick(target, c.toLatin1());
        }
    }
    static void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget* target = QApplication::focusWidget();
        ASSERT_NE(target, nullptr);
        QTest::keyClick(target, Qt::Key(key), modifiers);
        QApplication::processEvents();
        QApplication::processEvents();
    }
    static void enter(const QString& text)
    {
        type(text);
        press(Qt::Key_Return);
    }

    QTemporaryDir dir;
    QString path;
    Session session;
};

[[maybe_unused]] Decimal d(const char* text)
{
    return *Decimal::parse(QString::fromLatin1(text));
}

// Qt's "closeEditor called with an editor that does not belong to this view" and the like.
struct WarningCatcher
{
    WarningCatcher()
    {
        warnings().clear();
        previous = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& message) {
            if (type != QtDebugMsg && type != QtInfoMsg)
                warnings().append(message);
        });
    }
    ~WarningCatcher() { qInstallMessageHandler(previous); }
    static QStringList& warnings()
    {
        static QStringList list;
        return list;
    }
    QtMessageHandler previous;
};

} // namespace

TEST_F(EntryTest, SwitchingTheLanguageAfterAnEditDoesNotCrash)
{
    // As the application does: the language action rebuilds the window on the same database.
    QPointer<MainWindow> window = new MainWindow;
    QPointer<MainWindow> next;
    window->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(window, &MainWindow::languageChangeRequested, window, [&](const QString& lang) {
        installLanguage(lang);
        const QString open = window->session().path();
        window->close();
        next = new MainWindow;
        next->setAttribute(Qt::WA_DeleteOnClose);
        next->openDatabase(open);
        next->show();
    });
    ASSERT_TRUE(window->openDatabase(path));
    window->contextBar()->reload(IndexCode, 2019, UnitName);
    window->showPage(1);
    activate(*window);
    auto* page = qobject_cast<EntryPage*>(window->page(1));
    page->view()->setFocus();
    page->view()->setCurrentIndex(cell(*page->model(), QStringLiteral("1.1")));
    enter(QStringLiteral("2"));
    ASSERT_NE(qobject_cast<QLineEdit*>(QApplication::focusWidget()), nullptr);
    QAction* vietnamese = nullptr;
    for (QAction* menu : window->menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction* a : menu->menu()->actions()) {
            if (a->text() == QStringLiteral("Tiếng Việt"))
                vietnamese = a;
        }
    }
    ASSERT_NE(vietnamese, nullptr);
    vietnamese->trigger();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QApplication::processEvents();
    EXPECT_TRUE(window.isNull());
    ASSERT_FALSE(next.isNull());
    next->showPage(1);
    QApplication::processEvents();
    delete next;
    installLanguage(QStringLiteral("en"));
}
