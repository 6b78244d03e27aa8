// Score entry as a clerk uses it: the keyboard on the real widgets, the clipboard layout of the exported template,
// undo from anywhere, a language switch after an edit, and another program writing while the page is open.
#include "../RunParindex.h"
#include "ContextBar.h"
#include "Desktop.h"
#include "MainWindow.h"
#include "models/ScoreTreeModel.h"
#include "pages/EntryPage.h"
#include "pages/SetupPage.h"
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

Decimal d(const char* text)
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

TEST_F(EntryTest, EnterWalksTheLeavesAcrossAFieldBoundary)
{
    WarningCatcher catcher;
    select(session, 2019);
    EntryPage page(session);
    activate(page);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ScoreTreeModel& model = *page.model();
    page.view()->setFocus();
    page.view()->setCurrentIndex(cell(model, QStringLiteral("1.1")));
    for (const char* value : {"1", "2", "3", "2,5", "4"})
        enter(QString::fromLatin1(value));
    EXPECT_EQ(stored(QStringLiteral("1.1")), d("1"));
    EXPECT_EQ(stored(QStringLiteral("1.4")), d("2.5"));
    EXPECT_EQ(stored(QStringLiteral("2.1")), d("4"));
    EXPECT_FALSE(stored(QStringLiteral("2")).has_value()); // the field stays the sum of its parts
    EXPECT_FALSE(stored(QStringLiteral("1")).has_value());
    auto framework = session.currentFramework();
    auto e = session.analysis().evaluateUnit(framework.value(), session.unitId(), Stage::Final);
    EXPECT_EQ(e->total(), d("12.5"));
    // The next value goes to 2.2, and the page shows it: the current cell, with its editor open.
    const QModelIndex current = page.view()->currentIndex();
    EXPECT_EQ(current, cell(model, QStringLiteral("2.2")));
    EXPECT_TRUE(page.view()->visualRect(current).intersects(page.view()->viewport()->rect()));
    EXPECT_NE(qobject_cast<QLineEdit*>(QApplication::focusWidget()), nullptr);
    EXPECT_EQ(session.undoStack()->count(), 5);
    for (const QString& w : WarningCatcher::warnings())
        EXPECT_FALSE(w.contains(QStringLiteral("closeEditor"))) << w.toStdString();
    QDir().mkpath(QStringLiteral(PARINDEX_SCREENSHOTS));
    page.grab().save(QStringLiteral(PARINDEX_SCREENSHOTS "/entry-typing.png"));

    // Tab walks the value cells of the leaves too: 2.2 appraised, then 2.3 self-assessed.
    press(Qt::Key_Escape);
    page.view()->setCurrentIndex(cell(model, QStringLiteral("1.4")));
    press(Qt::Key_Tab);
    EXPECT_EQ(page.view()->currentIndex(), cell(model, QStringLiteral("2.1"), ScoreTreeModel::Self));
    // From an editor: self-assessed, appraised, then the next leaf; over the end of field 2 into 3.1.
    page.view()->setCurrentIndex(cell(model, QStringLiteral("2.3"), ScoreTreeModel::Self));
    type(QStringLiteral("1"));
    press(Qt::Key_Tab);
    EXPECT_EQ(page.view()->currentIndex(), cell(model, QStringLiteral("2.3"), ScoreTreeModel::Final));
    type(QStringLiteral("2"));
    press(Qt::Key_Tab);
    EXPECT_EQ(page.view()->currentIndex(), cell(model, QStringLiteral("3.1"), ScoreTreeModel::Self));
    EXPECT_EQ(stored(QStringLiteral("2.3"), Stage::Self), d("1"));
    EXPECT_EQ(stored(QStringLiteral("2.3")), d("2"));
    EXPECT_FALSE(stored(QStringLiteral("3"), Stage::Self).has_value());
}

TEST_F(EntryTest, TypingOnAFieldRowRecordsNothing)
{
    select(session, 2019);
    EntryPage page(session);
    activate(page);
    ScoreTreeModel& model = *page.model();
    page.view()->setFocus();
    page.view()->setCurrentIndex(cell(model, QStringLiteral("2")));
    type(QStringLiteral("7"));
    press(Qt::Key_Return);
    EXPECT_FALSE(stored(QStringLiteral("2")).has_value());
    EXPECT_EQ(session.undoStack()->count(), 0);
    EXPECT_FALSE(model.flags(cell(model, QStringLiteral("2"))) & Qt::ItemIsEditable);
    EXPECT_TRUE(page.message().contains(QStringLiteral("published value"))) << page.message().toStdString();
}

TEST_F(EntryTest, APublishedValueOnAFieldIsADeliberateCommandWithAMark)
{
    select(session, 2019);
    EntryPage page(session);
    activate(page);
    ScoreTreeModel& model = *page.model();
    // Offered where the current row is a field or the total, never on a leaf.
    auto* published = page.findChild<QPushButton*>();
    for (QPushButton* b : page.findChildren<QPushButton*>()) {
        if (b->text().contains(QStringLiteral("Published")))
            published = b;
    }
    ASSERT_TRUE(published && published->text().contains(QStringLiteral("Published")));
    page.view()->setCurrentIndex(cell(model, QStringLiteral("2.1")));
    EXPECT_FALSE(published->isEnabled());
    page.view()->setCurrentIndex(cell(model, QStringLiteral("2")));
    EXPECT_TRUE(published->isEnabled());
    ASSERT_TRUE(page.recordParent(model.framework().find(QStringLiteral("2")), Stage::Final, d("9.5")));
    EXPECT_EQ(stored(QStringLiteral("2")), d("9.5"));
    EXPECT_TRUE(cell(model, QStringLiteral("2")).data(ScoreTreeModel::RecordedParentRole).toBool());
    EXPECT_FALSE(cell(model, QStringLiteral("2")).data(Qt::DecorationRole).isNull());
    EXPECT_TRUE(
        cell(model, QStringLiteral("2")).data(Qt::ToolTipRole).toString().contains(QStringLiteral("published")));
    EXPECT_FALSE(cell(model, QStringLiteral("3")).data(ScoreTreeModel::RecordedParentRole).toBool());
    ASSERT_TRUE(page.removeParentValue(model.framework().find(QStringLiteral("2")), Stage::Final));
    EXPECT_FALSE(stored(QStringLiteral("2")).has_value());
    session.undoStack()->undo();
    EXPECT_EQ(stored(QStringLiteral("2")), d("9.5"));

    // The demo's recorded fields keep their mark, and a value typed under one says that the total does not move.
    select(session, 2018);
    EXPECT_TRUE(cell(model, QStringLiteral("3")).data(ScoreTreeModel::RecordedParentRole).toBool());
    EXPECT_TRUE(cell(model, QString()).data(ScoreTreeModel::RecordedParentRole).toBool());
    ASSERT_TRUE(model.setData(cell(model, QStringLiteral("1.1")), QStringLiteral("0,5")));
    EXPECT_TRUE(page.message().contains(QStringLiteral("stands over its parts"))) << page.message().toStdString();
}

TEST_F(EntryTest, ALeafColumnFromTheTemplateFillsTheLeavesOrIsRefusedAsAWhole)
{
    select(session, 2019);
    EntryPage page(session);
    activate(page);
    ScoreTreeModel& model = *page.model();
    page.view()->setCurrentIndex(cell(model, QStringLiteral("1.1")));

    // 2.3's maximum is 3: the whole block is refused, naming the criterion, not a row of the block.
    EXPECT_FALSE(page.paste(QStringLiteral("1\n2\n3\n2,5\n4\n3\n9\n")));
    EXPECT_TRUE(page.message().contains(QStringLiteral("2.3"))) << page.message().toStdString();
    EXPECT_TRUE(page.message().contains(QStringLiteral("Theo dõi tình hình thi hành pháp luật")))
        << page.message().toStdString();
    EXPECT_TRUE(page.message().contains(QStringLiteral("above the maximum"))) << page.message().toStdString();
    EXPECT_FALSE(page.message().contains(QStringLiteral("Row"))) << page.message().toStdString();
    EXPECT_FALSE(stored(QStringLiteral("1.1")).has_value());
    EXPECT_EQ(session.undoStack()->count(), 0);

    page.view()->setCurrentIndex(cell(model, QStringLiteral("1.1")));
    ASSERT_TRUE(page.paste(QStringLiteral("1\r\n2\r\n3\r\n2,5\r\n4\r\n3\r\n2\r\n"))) << page.message().toStdString();
    EXPECT_EQ(stored(QStringLiteral("1.4")), d("2.5"));
    EXPECT_EQ(stored(QStringLiteral("2.1")), d("4"));
    EXPECT_EQ(stored(QStringLiteral("2.3")), d("2"));
    EXPECT_FALSE(stored(QStringLiteral("2")).has_value());
    EXPECT_FALSE(stored(QStringLiteral("3.1")).has_value());
    EXPECT_EQ(session.undoStack()->count(), 1);
    session.undoStack()->undo();
    for (const char* code : {"1.1", "1.4", "2.1", "2.3"})
        EXPECT_FALSE(stored(QString::fromLatin1(code)).has_value()) << code;

    // Pasted on a field row, the block starts at its first part.
    page.view()->setCurrentIndex(cell(model, QStringLiteral("2")));
    ASSERT_TRUE(page.paste(QStringLiteral("3\n")));
    EXPECT_EQ(stored(QStringLiteral("2.1")), d("3"));
    EXPECT_FALSE(stored(QStringLiteral("2")).has_value());
    session.undoStack()->undo();

    // A unit's row of the template (leaves across) fills the leaves in order too.
    page.view()->setCurrentIndex(cell(model, QStringLiteral("1.1")));
    ASSERT_TRUE(page.paste(QStringLiteral("1\t2\t3\t2,5\t4\n"))) << page.message().toStdString();
    EXPECT_EQ(stored(QStringLiteral("2.1")), d("4"));
    EXPECT_FALSE(stored(QStringLiteral("2")).has_value());
}

TEST_F(EntryTest, CtrlZStraightAfterEnterUndoesFromTheNextEditor)
{
    MainWindow window;
    ASSERT_TRUE(window.openDatabase(path));
    window.contextBar()->reload(IndexCode, 2019, UnitName);
    window.showPage(1);
    activate(window);
    auto* page = qobject_cast<EntryPage*>(window.page(1));
    ASSERT_NE(page, nullptr);
    Session& s = window.session();
    page->view()->setFocus();
    page->view()->setCurrentIndex(cell(*page->model(), QStringLiteral("1.1")));
    enter(QStringLiteral("2"));
    enter(QStringLiteral("3"));
    ASSERT_EQ(stored(s, QStringLiteral("1.2")), d("3"));
    ASSERT_NE(qobject_cast<QLineEdit*>(QApplication::focusWidget()), nullptr); // 1.3's editor is open
    press(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_FALSE(stored(s, QStringLiteral("1.2")).has_value());
    EXPECT_EQ(stored(s, QStringLiteral("1.1")), d("2"));
    press(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_FALSE(stored(s, QStringLiteral("1.1")).has_value());
    EXPECT_EQ(page->view()->currentIndex(), cell(*page->model(), QStringLiteral("1.1"))); // the undone cell is shown
    press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(stored(s, QStringLiteral("1.1")), d("2"));

    // A refused value keeps what was typed, with the reason beside it.
    page->view()->setCurrentIndex(cell(*page->model(), QStringLiteral("1.3")));
    page->view()->setFocus();
    enter(QStringLiteral("9"));
    auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    ASSERT_NE(editor, nullptr);
    EXPECT_EQ(editor->text(), QStringLiteral("9"));
    EXPECT_TRUE(page->message().contains(QStringLiteral("above the maximum"))) << page->message().toStdString();
    EXPECT_TRUE(editor->toolTip().contains(QStringLiteral("above the maximum"))) << editor->toolTip().toStdString();
    EXPECT_FALSE(stored(s, QStringLiteral("1.3")).has_value());
    // Corrected in place, it is written and Enter moves on.
    editor->selectAll();
    enter(QStringLiteral("2,5"));
    EXPECT_EQ(stored(s, QStringLiteral("1.3")), d("2.5"));
    EXPECT_EQ(page->view()->currentIndex(), cell(*page->model(), QStringLiteral("1.4")));
    // Buttons never take the focus, so Space or Enter cannot finalise by accident.
    for (QPushButton* button : page->findChildren<QPushButton*>())
        EXPECT_EQ(button->focusPolicy(), Qt::NoFocus) << button->text().toStdString();
}

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

TEST_F(EntryTest, AnotherProgramsWriteRefreshesThePageAndRefusesAStaleUndo)
{
    select(session, 2019);
    EntryPage page(session);
    activate(page);
    ScoreTreeModel& model = *page.model();
    ASSERT_TRUE(model.setData(cell(model, QStringLiteral("1.1")), QStringLiteral("2")));
    ASSERT_EQ(stored(QStringLiteral("1.1")), d("2"));

    // The command line imports 1.1 = 1 while the page is open.
    const QString csv = dir.filePath(QStringLiteral("scores.csv"));
    {
        QFile f(csv);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("Đơn vị,1.1,1.2\nSở Y tế,1,3\n").toUtf8());
    }
    qputenv("PARINDEX_USER", "import-clerk");
    const Outcome outcome = runParindex({QStringLiteral("scores"), QStringLiteral("import"), QStringLiteral("--db"),
                                         path, QStringLiteral("--index"), IndexCode, QStringLiteral("--year"),
                                         QStringLiteral("2019"), QStringLiteral("--cohort"), CohortName, csv});
    qputenv("PARINDEX_USER", "tester");
    ASSERT_EQ(outcome.code, 0) << outcome.err.toStdString();

    // Within a few seconds the page shows it.
    QTRY_COMPARE_WITH_TIMEOUT(cell(model, QStringLiteral("1.2")).data().toString(), QStringLiteral("3"), 5000);
    EXPECT_EQ(cell(model, QStringLiteral("1.1")).data().toString(), QStringLiteral("1"));

    // Undo would put "nothing" over the import: refused, saying who changed the cell and when.
    session.undoStack()->undo();
    EXPECT_EQ(stored(QStringLiteral("1.1")), d("1"));
    EXPECT_TRUE(page.message().contains(QStringLiteral("import-clerk"))) << page.message().toStdString();
    EXPECT_TRUE(page.message().contains(QStringLiteral("1.1"))) << page.message().toStdString();
    EXPECT_TRUE(page.message().contains(QDate::currentDate().toString(QStringLiteral("dd/MM/yyyy"))))
        << page.message().toStdString();
    EXPECT_EQ(session.undoStack()->count(), 0);
}

TEST_F(EntryTest, AnEditOverAValueChangedElsewhereIsRefused)
{
    select(session, 2019);
    EntryPage page(session);
    activate(page);
    ScoreTreeModel& model = *page.model();
    session.setRefreshInterval(0); // no polling: the page still shows the old value when the edit comes
    {
        auto other = Database::open(path);
        ASSERT_TRUE(other.ok());
        Catalog catalog(*other.value());
        ScoreEditor editor(catalog);
        auto framework = session.currentFramework();
        auto cohort = session.currentCohort();
        qputenv("PARINDEX_USER", "second-window");
        const Status s = editor.setValues(
            framework.value(), cohort.value(), Stage::Final,
            {{session.unitId(), framework->criteria[framework->find(QStringLiteral("1.1"))].id, d("3")}});
        qputenv("PARINDEX_USER", "tester");
        ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
    }
    EXPECT_TRUE(cell(model, QStringLiteral("1.1")).data().toString().isEmpty());
    EXPECT_FALSE(model.setData(cell(model, QStringLiteral("1.1")), QStringLiteral("2")));
    EXPECT_EQ(stored(QStringLiteral("1.1")), d("3"));
    EXPECT_TRUE(page.message().contains(QStringLiteral("second-window"))) << page.message().toStdString();
    EXPECT_EQ(session.undoStack()->count(), 0);
    // And the page now shows the other program's value.
    EXPECT_EQ(cell(model, QStringLiteral("1.1")).data().toString(), QStringLiteral("3"));
}

TEST_F(EntryTest, ANoteChangedElsewhereIsNotOverwrittenByUndo)
{
    select(session, 2019);
    EntryPage page(session);
    activate(page);
    ScoreTreeModel& model = *page.model();
    ASSERT_TRUE(
        model.setData(cell(model, QStringLiteral("1.2"), ScoreTreeModel::Note), QStringLiteral("Thiếu báo cáo")));
    {
        auto other = Database::open(path);
        ASSERT_TRUE(other.ok());
        Catalog catalog(*other.value());
        qputenv("PARINDEX_USER", "second-window");
        Database::Transaction tx(*other.value());
        auto framework = session.currentFramework();
        ASSERT_TRUE(catalog
                        .setNote(session.unitId(), framework->criteria[framework->find(QStringLiteral("1.2"))].id,
                                 Stage::Final, QStringLiteral("Đã bổ sung"), QString())
                        .ok());
        ASSERT_TRUE(tx.commit().ok());
        qputenv("PARINDEX_USER", "tester");
    }
    session.checkForOutsideChanges();
    EXPECT_EQ(cell(model, QStringLiteral("1.2"), ScoreTreeModel::Note).data().toString(), QStringLiteral("Đã bổ sung"));
    session.undoStack()->undo();
    EXPECT_EQ(cell(model, QStringLiteral("1.2"), ScoreTreeModel::Note).data().toString(), QStringLiteral("Đã bổ sung"));
    EXPECT_TRUE(page.message().contains(QStringLiteral("second-window"))) << page.message().toStdString();
    EXPECT_EQ(session.undoStack()->count(), 0);
}

TEST_F(EntryTest, TheCoreRefusesAWholeWriteWhenOneCellIsNotWhatTheFormShowed)
{
    select(session, 2019);
    auto framework = session.currentFramework();
    auto cohort = session.currentCohort();
    const qint64 a = framework->criteria[framework->find(QStringLiteral("1.1"))].id;
    const qint64 b = framework->criteria[framework->find(QStringLiteral("1.2"))].id;
    const qint64 unit = session.unitId();
    ScoreEditor& editor = session.editor();
    ASSERT_TRUE(editor
                    .changeValues(framework.value(), cohort.value(),
                                  {{unit, b, Stage::Self, std::nullopt, d("1"), std::nullopt}})
                    .ok());
    // 1.2 self-assessed is 1 now, not empty: nothing of the block is written, 1.1 included.
    const Status s = editor.changeValues(framework.value(), cohort.value(),
                                         {{unit, a, Stage::Final, std::nullopt, d("2"), std::nullopt},
                                          {unit, b, Stage::Self, std::nullopt, d("3"), std::nullopt}});
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().kind, Error::Input);
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("1.2"))) << s.error().message.toStdString();
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("tester"))) << s.error().message.toStdString();
    EXPECT_FALSE(stored(QStringLiteral("1.1")).has_value());
    EXPECT_EQ(stored(QStringLiteral("1.2"), Stage::Self), d("1"));
    // With the right expectations, both stages in one write.
    ASSERT_TRUE(editor
                    .changeValues(framework.value(), cohort.value(),
                                  {{unit, a, Stage::Final, std::nullopt, d("2"), std::nullopt},
                                   {unit, b, Stage::Self, d("1"), d("3"), std::nullopt}})
                    .ok());
    EXPECT_EQ(stored(QStringLiteral("1.1")), d("2"));
    EXPECT_EQ(stored(QStringLiteral("1.2"), Stage::Self), d("3"));
}

// What an account may do shapes the page (the server refuses the rest anyway): a unit account types its own
// self-assessed values and evidence, never the appraised column or another unit's scores; no Finalise, no Setup.
TEST_F(EntryTest, AUnitAccountsFinalColumnIsReadOnly)
{
    select(session, 2019);
    session.setPermissions(Permissions(Permissions::Role::Unit, session.unitId(), UnitName));
    EntryPage page(session);
    activate(page);
    ScoreTreeModel& model = *page.model();
    EXPECT_FALSE(model.flags(cell(model, QStringLiteral("1.1"))) & Qt::ItemIsEditable);
    EXPECT_FALSE(model.flags(cell(model, QStringLiteral("1.1"), ScoreTreeModel::Note)) & Qt::ItemIsEditable);
    EXPECT_TRUE(model.flags(cell(model, QStringLiteral("1.1"), ScoreTreeModel::Self)) & Qt::ItemIsEditable);
    EXPECT_TRUE(model.flags(cell(model, QStringLiteral("1.1"), ScoreTreeModel::Evidence)) & Qt::ItemIsEditable);

    // Typed on the appraised column: no editor opens, nothing is stored.
    page.view()->setFocus();
    page.view()->setCurrentIndex(cell(model, QStringLiteral("1.1")));
    press(Qt::Key_F2);
    EXPECT_EQ(qobject_cast<QLineEdit*>(QApplication::focusWidget()), nullptr);
    enter(QStringLiteral("5"));
    EXPECT_FALSE(stored(QStringLiteral("1.1")).has_value());
    // The self-assessed column takes the value.
    page.view()->setCurrentIndex(cell(model, QStringLiteral("1.1"), ScoreTreeModel::Self));
    press(Qt::Key_F2);
    ASSERT_NE(qobject_cast<QLineEdit*>(QApplication::focusWidget()), nullptr);
    enter(QStringLiteral("3"));
    EXPECT_EQ(stored(QStringLiteral("1.1"), Stage::Self), d("3"));
    EXPECT_FALSE(stored(QStringLiteral("1.1")).has_value());
    QPushButton* finalise = nullptr;
    for (QPushButton* b : page.findChildren<QPushButton*>())
        if (b->text() == EntryPage::tr("&Finalise..."))
            finalise = b;
    ASSERT_NE(finalise, nullptr);
    EXPECT_FALSE(finalise->isVisible());

    // Another unit's page: read-only throughout.
    auto other = session.catalog().findUnit(QStringLiteral("Sở Nội vụ"));
    ASSERT_TRUE(other.ok() && other.value());
    session.setContext(IndexCode, 2019, session.cohortId(), other.value()->id);
    for (int column : {ScoreTreeModel::Self, ScoreTreeModel::Final, ScoreTreeModel::Note, ScoreTreeModel::Evidence})
        EXPECT_FALSE(model.flags(cell(model, QStringLiteral("1.1"), column)) & Qt::ItemIsEditable) << column;

    // An appraiser: the other way round. The secretariat (and a file's user): everything.
    session.setPermissions(Permissions(Permissions::Role::Appraiser));
    EXPECT_TRUE(model.flags(cell(model, QStringLiteral("1.1"))) & Qt::ItemIsEditable);
    EXPECT_FALSE(model.flags(cell(model, QStringLiteral("1.1"), ScoreTreeModel::Self)) & Qt::ItemIsEditable);
    EXPECT_FALSE(finalise->isVisible());
    session.setPermissions(Permissions());
    EXPECT_TRUE(model.flags(cell(model, QStringLiteral("1.1"), ScoreTreeModel::Self)) & Qt::ItemIsEditable);
    EXPECT_TRUE(finalise->isVisible());

    // Setup is for the secretariat only: a viewer may look but not change.
    session.setPermissions(Permissions(Permissions::Role::Viewer));
    SetupPage setup(session);
    setup.refresh();
    for (QPushButton* b : setup.findChildren<QPushButton*>())
        EXPECT_FALSE(b->isEnabled()) << b->text().toStdString();
}

// Migration 011 in the form: a colleague changes 1.1 and changes it back (same value, moved version) while the clerk is
// typing in 1.2. The refresh keeps the clerk's open editor and its text; the clerk's edit of 1.1 based on the old
// version is refused with the colleague's name, the row is reloaded, and typed again it is written; undo still works.
TEST_F(EntryTest, AnotherConnectionsChangeRefreshesTheFormAndAStaleVersionIsRefused)
{
    MainWindow window;
    ASSERT_TRUE(window.openDatabase(path));
    window.contextBar()->reload(IndexCode, 2019, UnitName);
    window.showPage(1);
    activate(window);
    auto* page = qobject_cast<EntryPage*>(window.page(1));
    ASSERT_NE(page, nullptr);
    Session& s = window.session();
    s.setRefreshInterval(0); // the test says when the form looks
    page->view()->setFocus();
    page->view()->setCurrentIndex(cell(*page->model(), QStringLiteral("1.1")));
    enter(QStringLiteral("2"));
    ASSERT_EQ(stored(s, QStringLiteral("1.1")), d("2"));
    type(QStringLiteral("1,2")); // 1.2's editor is open with a value not yet entered

    auto other = Database::openExisting(path);
    ASSERT_TRUE(other.ok());
    Catalog catalog(*other.value());
    ScoreEditor editor(catalog);
    auto framework = s.currentFramework();
    auto cohort = s.currentCohort();
    const qint64 criterion = framework->criteria[framework->find(QStringLiteral("1.1"))].id;
    qputenv("PARINDEX_USER", "colleague-b");
    const Status first = editor.changeValues(framework.value(), cohort.value(),
                                             {{s.unitId(), criterion, Stage::Final, d("2"), d("1"), qint64(1)}});
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    qputenv("PARINDEX_USER", "tester");

    // The form looks: 1.1 shows 1, and the clerk's typing in 1.2 is still there.
    EXPECT_TRUE(s.checkForOutsideChanges());
    EXPECT_EQ(cell(*page->model(), QStringLiteral("1.1")).data().toString(), QStringLiteral("1"));
    auto* open = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    ASSERT_NE(open, nullptr);
    EXPECT_EQ(open->text(), QStringLiteral("1,2"));
    press(Qt::Key_Return);
    EXPECT_EQ(stored(s, QStringLiteral("1.2")), d("1.2"));

    // Now the colleague puts 2 back and the form has not looked yet: same value, moved version.
    qputenv("PARINDEX_USER", "colleague-b");
    ASSERT_TRUE(editor
                    .changeValues(framework.value(), cohort.value(),
                                  {{s.unitId(), criterion, Stage::Final, d("1"), d("2"), qint64(2)}})
                    .ok());
    qputenv("PARINDEX_USER", "tester");
    const int steps = s.undoStack()->count();
    press(Qt::Key_Escape);
    page->view()->setCurrentIndex(cell(*page->model(), QStringLiteral("1.1")));
    page->view()->setFocus();
    enter(QStringLiteral("3"));
    EXPECT_EQ(stored(s, QStringLiteral("1.1")), d("2"));
    EXPECT_TRUE(page->message().contains(QStringLiteral("colleague-b"))) << page->message().toStdString();
    EXPECT_EQ(s.undoStack()->count(), steps);
    EXPECT_EQ(cell(*page->model(), QStringLiteral("1.1")).data().toString(), QStringLiteral("2")); // reloaded

    // The editor kept the 3: Enter again is based on what the form shows now.
    auto* retry = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    ASSERT_NE(retry, nullptr);
    EXPECT_EQ(retry->text(), QStringLiteral("3"));
    press(Qt::Key_Return);
    EXPECT_EQ(stored(s, QStringLiteral("1.1")), d("3"));
    EXPECT_EQ(s.undoStack()->count(), steps + 1);
    // Undo of one's own steps is never taken for a conflict: 1.1 back to 2, then 1.2 back to nothing.
    press(Qt::Key_Escape);
    press(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(stored(s, QStringLiteral("1.1")), d("2"));
    press(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_FALSE(stored(s, QStringLiteral("1.2")).has_value());
    EXPECT_EQ(stored(s, QStringLiteral("1.1")), d("2"));
}
