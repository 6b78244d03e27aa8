// Finding one's way (issue 8): a new year where a clerk looks for it, the actor in the log, Qt's own dialogs in
// Vietnamese, --lang for one run only, charts and copied tables that read well, a report preview that fits 768 pixels.
#include "ContextBar.h"
#include "Desktop.h"
#include "MainWindow.h"
#include "ReportDialog.h"
#include "Session.h"
#include "charts/Charts.h"
#include "models/RankingModel.h"
#include "pages/EntryPage.h"
#include "pages/OverviewPage.h"
#include "pages/RankingsPage.h"
#include "pages/TrendsPage.h"
#include "setup/FormDialog.h"
#include "storage/Demo.h"
#include "storage/FrameworkEditor.h"

#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QValueAxis>

#include <gtest/gtest.h>

using namespace par;
using namespace par::ui;

namespace {

class FindingTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        installLanguage(QStringLiteral("en"));
        path = dir.filePath(QStringLiteral("demo.db"));
        auto db = Database::open(path);
        ASSERT_TRUE(db.ok());
        Catalog catalog(*db.value());
        ASSERT_TRUE(Demo::load(catalog).ok());
    }
    void TearDown() override { installLanguage(QStringLiteral("en")); }

    static int pageNamed(MainWindow& window, const char* className)
    {
        for (int i = 0; i < window.pageCount(); ++i) {
            if (window.page(i)->inherits(className))
                return i;
        }
        return -1;
    }

    // Runs action on the next modal dialog that opens (within a minute), other than a progress dialog.
    static void onNextDialog(std::function<void(QWidget*)> action)
    {
        auto* timer = new QTimer;
        auto* clock = new QElapsedTimer;
        clock->start();
        QObject::connect(timer, &QTimer::timeout, [timer, clock, action] {
            QWidget* modal = QApplication::activeModalWidget();
            // A progress dialog is not the dialog awaited; on a loaded machine (CI, parallel builds) the awaited one
            // may take seconds to appear, and a timer that gave up would leave it open and the test hanging.
            if (qobject_cast<QProgressDialog*>(modal))
                modal = nullptr;
            if (!modal && clock->elapsed() < 60000)
                return;
            timer->stop();
            timer->deleteLater();
            delete clock;
            if (modal)
                action(modal);
        });
        timer->start(20);
    }

    static void waitFor(const std::function<bool()>& done, int ms = 3000)
    {
        QElapsedTimer clock;
        clock.start();
        while (!done() && clock.elapsed() < ms)
            QApplication::processEvents(QEventLoop::AllEvents, 20);
    }

    QTemporaryDir dir;
    QString path;
};

} // namespace

TEST_F(FindingTest, TheYearListAndAnEmptyEntryPageOfferANewYearAndTheContextMovesToIt)
{
    MainWindow window;
    ASSERT_TRUE(window.openDatabase(path));
    window.resize(1366, 768);
    window.show();
    auto* years = window.findChild<QComboBox*>(QStringLiteral("contextYear"));
    ASSERT_NE(years, nullptr);
    ASSERT_GT(years->count(), 1);
    EXPECT_EQ(years->itemText(years->count() - 1), QStringLiteral("New year..."));
    const int newest = years->itemData(0).toInt();
    const int before = window.session().year();
    ASSERT_GT(before, 0);

    // Choosing "New year..." opens the Setup page's dialog (copy last year's framework), and the context follows.
    int offered = 0;
    onNextDialog([&offered](QWidget* modal) {
        auto* form = qobject_cast<FormDialog*>(modal);
        ASSERT_NE(form, nullptr);
        offered = form->findChild<QSpinBox*>()->value();
        form->buttons()->button(QDialogButtonBox::Ok)->click();
    });
    years->setCurrentIndex(years->count() - 1);
    EXPECT_EQ(window.session().year(), before); // never the "New year..." item itself
    waitFor([&] { return window.session().year() == newest + 1; });
    EXPECT_EQ(offered, newest + 1);
    EXPECT_EQ(window.session().year(), newest + 1);
    EXPECT_EQ(years->currentData().toInt(), newest + 1);

    // The new year's Score entry is empty and offers the new year too; cancelling changes nothing.
    window.showPage(pageNamed(window, "par::ui::EntryPage"));
    QApplication::processEvents();
    auto* button = window.findChild<QPushButton*>(QStringLiteral("entryNewYear"));
    ASSERT_NE(button, nullptr);
    EXPECT_TRUE(button->isVisible());
    bool asked = false;
    onNextDialog([&asked](QWidget* modal) {
        asked = qobject_cast<FormDialog*>(modal) != nullptr;
        qobject_cast<QDialog*>(modal)->reject();
    });
    button->click();
    EXPECT_TRUE(asked);
    EXPECT_EQ(window.session().year(), newest + 1);

    // A year with the unit's scores does not offer it.
    years->setCurrentIndex(years->findData(newest));
    QApplication::processEvents();
    EXPECT_FALSE(button->isVisible());
}

TEST_F(FindingTest, AChangeWithNoActorSetIsLoggedUnderTheSystemsUserName)
{
    const QByteArray saved[]
        = {qgetenv("PARINDEX_USER"), qgetenv("USER"), qgetenv("USERNAME"), qgetenv("LOGNAME"), qgetenv("HOME")};
    const char* names[] = {"PARINDEX_USER", "USER", "USERNAME", "LOGNAME", "HOME"};
    for (const char* name : names)
        qunsetenv(name);
    auto actorOfAChange = [this](const QString& reason) {
        auto db = Database::open(path);
        Database::Transaction tx(*db.value(), reason);
        EXPECT_TRUE(db.value()->execScript(QStringLiteral("UPDATE units SET name = name || ' ' WHERE id = 1")).ok());
        EXPECT_TRUE(tx.commit().ok());
        QSqlQuery q(db.value()->sql());
        q.exec(QStringLiteral("SELECT actor FROM audit_log ORDER BY id DESC LIMIT 1"));
        return q.next() ? q.value(0).toString() : QString();
    };
    qputenv("USER", "nguyenvana");
    EXPECT_EQ(actorOfAChange(QStringLiteral("one")), QStringLiteral("nguyenvana"));
    qunsetenv("USER");
    qputenv("USERNAME", "tranthib"); // Windows
    EXPECT_EQ(actorOfAChange(QStringLiteral("two")), QStringLiteral("tranthib"));
    qunsetenv("USERNAME");
    qputenv("LOGNAME", "levanc");
    EXPECT_EQ(actorOfAChange(QStringLiteral("three")), QStringLiteral("levanc"));
    qunsetenv("LOGNAME");
    // None of them (a service, a bare environment): the home folder's name, which is the user's on every system.
    qputenv("HOME", QFile::encodeName(dir.filePath(QStringLiteral("phamthid"))));
    EXPECT_EQ(actorOfAChange(QStringLiteral("four")), QStringLiteral("phamthid"));
    for (int i = 0; i < 5; ++i) {
        if (saved[i].isNull())
            qunsetenv(names[i]);
        else
            qputenv(names[i], saved[i]);
    }
}

namespace {

QString plain(QString text)
{
    return text.remove(u'&');
}

QStringList buttonTexts(QWidget* widget)
{
    QStringList out;
    for (QAbstractButton* b : widget->findChildren<QAbstractButton*>()) {
        if (b->isVisibleTo(widget) && !b->text().isEmpty())
            out << plain(b->text());
    }
    out.sort();
    return out;
}

} // namespace

TEST_F(FindingTest, QtsOwnDialogsSpeakTheProgramsLanguage)
{
    auto look = [](QStringList* box, QStringList* input, QStringList* chooser, QString* lookIn, QString* nameHeader) {
        QMessageBox question(QMessageBox::Question, QStringLiteral("t"), QStringLiteral("q"),
                             QMessageBox::Yes | QMessageBox::No);
        *box = buttonTexts(&question);
        QInputDialog ask;
        ask.show();
        *input = buttonTexts(&ask);
        ask.hide();
        QFileDialog files(nullptr, QStringLiteral("t"), QDir::tempPath());
        files.setOption(QFileDialog::DontUseNativeDialog);
        files.setAcceptMode(QFileDialog::AcceptSave);
        files.show();
        QApplication::processEvents();
        *chooser = QStringList();
        for (auto* buttons : files.findChildren<QDialogButtonBox*>()) {
            for (QAbstractButton* b : buttons->buttons())
                *chooser << plain(b->text());
        }
        chooser->sort();
        *lookIn = files.findChild<QLabel*>(QStringLiteral("lookInLabel"))->text();
        auto* tree = files.findChild<QTreeView*>(QStringLiteral("treeView"));
        *nameHeader = tree->model()->headerData(0, Qt::Horizontal).toString();
        files.hide();
    };
    QStringList box, input, chooser;
    QString lookIn, nameHeader;
    installLanguage(QStringLiteral("vi"));
    look(&box, &input, &chooser, &lookIn, &nameHeader);
    EXPECT_EQ(box, (QStringList {QStringLiteral("Có"), QStringLiteral("Không")}));
    EXPECT_EQ(input, (QStringList {QStringLiteral("Hủy"), QStringLiteral("Đồng ý")}));
    EXPECT_EQ(chooser, (QStringList {QStringLiteral("Hủy"), QStringLiteral("Lưu")}));
    EXPECT_EQ(lookIn, QStringLiteral("Tìm trong:"));
    EXPECT_EQ(nameHeader, QStringLiteral("Tên"));

    installLanguage(QStringLiteral("en"));
    look(&box, &input, &chooser, &lookIn, &nameHeader);
    EXPECT_EQ(box, (QStringList {QStringLiteral("No"), QStringLiteral("Yes")}));
    EXPECT_EQ(input, (QStringList {QStringLiteral("Cancel"), QStringLiteral("OK")}));
    EXPECT_EQ(chooser, (QStringList {QStringLiteral("Cancel"), QStringLiteral("Save")}));
    EXPECT_EQ(lookIn, QStringLiteral("Look in:"));
    EXPECT_EQ(nameHeader, QStringLiteral("Name"));
}

TEST_F(FindingTest, LangOnTheCommandLineIsForThisRunOnly)
{
    QSettings().setValue(QStringLiteral("language"), QStringLiteral("vi"));
    bool english = false;
    QString checked;
    QObject thisTest; // its timers end with the test, so none quits the next test's event loop
    QTimer::singleShot(2000, &thisTest, &QApplication::quit); // never hang the suite
    QTimer::singleShot(300, &thisTest, [&] {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            auto* window = qobject_cast<MainWindow*>(w);
            if (!window || !window->isVisible())
                continue;
            english = QLocale().language() == QLocale::English;
            for (QAction* menu : window->menuBar()->actions()) {
                if (plain(menu->text()) != QLatin1String("Language") || !menu->menu())
                    continue;
                for (QAction* a : menu->menu()->actions()) {
                    if (a->isChecked())
                        checked = a->text();
                }
            }
            window->close();
        }
        QApplication::quit();
    });
    runDesktop(
        {QStringLiteral("parindex"), QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), path});
    EXPECT_TRUE(english);
    EXPECT_EQ(checked, QStringLiteral("English")); // the menu shows the language in use
    EXPECT_EQ(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("vi"));
}

TEST_F(FindingTest, ALanguageSwitchKeepsThePageAndTheDatabase)
{
    QSettings().setValue(QStringLiteral("language"), QStringLiteral("vi"));
    int pageAfter = -1;
    QString titleAfter;
    bool english = false;
    QObject thisTest; // its timers end with the test, so none quits the next test's event loop
    QTimer::singleShot(5000, &thisTest, &QApplication::quit); // never hang the suite
    QTimer::singleShot(300, &thisTest, [] {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (auto* window = qobject_cast<MainWindow*>(w); window && window->isVisible()) {
                window->showPage(1); // Score entry
                emit window->languageChangeRequested(QStringLiteral("en"));
                return;
            }
        }
    });
    QTimer::singleShot(1200, &thisTest, [&] {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            auto* window = qobject_cast<MainWindow*>(w);
            if (!window || !window->isVisible())
                continue;
            pageAfter = window->currentPage();
            titleAfter = window->page(pageAfter)->objectName() + u' ' + window->session().path();
            english = QLocale().language() == QLocale::English;
            window->close();
        }
        QApplication::quit();
    });
    runDesktop({QStringLiteral("parindex"), QStringLiteral("--db"), path});
    EXPECT_TRUE(english);
    EXPECT_EQ(pageAfter, 1) << titleAfter.toStdString();
    EXPECT_TRUE(titleAfter.endsWith(path)) << titleAfter.toStdString();
    QSettings().setValue(QStringLiteral("language"), QStringLiteral("vi"));
}

namespace {

QStringList barLabels(QChartView* view)
{
    for (QAbstractAxis* axis : view->chart()->axes(Qt::Vertical)) {
        if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis))
            return categories->categories();
    }
    return {};
}

void choose(MainWindow& window, const QString& indexCode, int year)
{
    auto* index = window.findChild<QComboBox*>(QStringLiteral("contextIndex"));
    index->setCurrentIndex(index->findData(indexCode));
    auto* years = window.findChild<QComboBox*>(QStringLiteral("contextYear"));
    years->setCurrentIndex(years->findData(year));
    QApplication::processEvents();
}

} // namespace

TEST_F(FindingTest, LineChartsLabelValuesAboveTheMarkersAndRankAxesCountWholeRanksWithOneOnTop)
{
    installLanguage(QStringLiteral("vi"));
    const YearSeries totals {
        QStringLiteral("Bắc Kạn"), {2017, 2018}, {Decimal::parse(u"73.92").value(), Decimal::parse(u"70.5").value()}};
    std::unique_ptr<QChart> values(Charts::lines(QStringLiteral("t"), {totals}, QStringLiteral("Điểm"), 100.0));
    int labelled = 0;
    for (QAbstractSeries* series : values->series()) {
        // The labels belong to the markers' series, which draws them above the marker; a line's labels sit on the
        // point, where the marker hides their lower half ("73,92" read "73 92").
        if (auto* points = qobject_cast<QScatterSeries*>(series)) {
            EXPECT_TRUE(points->pointLabelsVisible());
            EXPECT_FALSE(points->pointLabelsClipping());
            ++labelled;
        } else if (auto* line = qobject_cast<QLineSeries*>(series)) {
            EXPECT_FALSE(line->pointLabelsVisible());
        }
    }
    EXPECT_EQ(labelled, 1);
    EXPECT_TRUE(values->localizeNumbers()); // 73,92 in Vietnamese

    const YearSeries ranks {QStringLiteral("Sở Y tế"),
                            {2016, 2017, 2018},
                            {Decimal::fromInt(1), Decimal::fromInt(7), Decimal::fromInt(12)}};
    std::unique_ptr<QChart> chart(
        Charts::lines(QStringLiteral("r"), {ranks}, QStringLiteral("Hạng"), std::nullopt, true));
    auto* y = qobject_cast<QValueAxis*>(chart->axes(Qt::Vertical).value(0));
    ASSERT_NE(y, nullptr);
    EXPECT_TRUE(y->isReverse()); // rank 1 on top
    EXPECT_EQ(y->min(), 1.0);
    EXPECT_GE(y->max(), 12.0);
    // Whole ranks only, labelled at 1 and at round steps: 1, 2, 4, ... 12 (for 49: 1, 10, ... 50), never 1, 11, 21.
    auto* labels = qobject_cast<QCategoryAxis*>(y);
    ASSERT_NE(labels, nullptr);
    EXPECT_EQ(labels->categoriesLabels(),
              (QStringList {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("4"), QStringLiteral("6"),
                            QStringLiteral("8"), QStringLiteral("10"), QStringLiteral("12")}));
    EXPECT_EQ(labels->labelsPosition(), QCategoryAxis::AxisLabelsPositionOnValue);
    const YearSeries low {QStringLiteral("Bắc Kạn"), {2017, 2018}, {Decimal::fromInt(49), Decimal::fromInt(49)}};
    std::unique_ptr<QChart> published(
        Charts::lines(QStringLiteral("r"), {low}, QStringLiteral("Hạng"), std::nullopt, true));
    auto* fifty = qobject_cast<QCategoryAxis*>(published->axes(Qt::Vertical).value(0));
    ASSERT_NE(fifty, nullptr);
    EXPECT_EQ(fifty->categoriesLabels().join(u' '), QStringLiteral("1 10 20 30 40 50"));
    EXPECT_EQ(fifty->max(), 50.0);
}

TEST_F(FindingTest, TheFieldChartNamesItsFieldsAndTheRankingsChartFollowsTheFilterWithTies)
{
    MainWindow window;
    ASSERT_TRUE(window.openDatabase(path));
    window.resize(1366, 768);
    window.show();
    choose(window, QStringLiteral("PAR"), 2018);
    window.showPage(pageNamed(window, "par::ui::OverviewPage"));
    QApplication::processEvents();
    QStringList fields;
    for (QChartView* view : window.findChild<OverviewPage*>()->findChildren<QChartView*>()) {
        if (!barLabels(view).isEmpty())
            fields = barLabels(view);
    }
    ASSERT_FALSE(fields.isEmpty());
    for (const QString& label : std::as_const(fields)) // "1. Công tác chỉ đạo…", never a bare code
        EXPECT_TRUE(QRegularExpression(QStringLiteral("^\\d+\\. \\S+ \\S")).match(label).hasMatch())
            << label.toStdString();

    choose(window, QStringLiteral("BKCCHC"), 2018);
    window.showPage(pageNamed(window, "par::ui::RankingsPage"));
    auto* rankings = window.findChild<RankingsPage*>();
    QApplication::processEvents();
    auto* chart = rankings->findChild<QChartView*>();
    const QStringList all = barLabels(chart);
    EXPECT_EQ(all.size(), rankings->view()->model()->rowCount());
    EXPECT_TRUE(all.last().startsWith(QStringLiteral("1. "))) << all.last().toStdString(); // first bar on top
    EXPECT_EQ(all.filter(QRegularExpression(QStringLiteral("^2= \\S"))).size(), 2) << all.join(u'|').toStdString();
    rankings->findChild<QLineEdit*>()->setText(QStringLiteral("Sở T"));
    QApplication::processEvents();
    const QStringList some = barLabels(chart);
    EXPECT_EQ(some.size(), rankings->view()->model()->rowCount());
    EXPECT_LT(some.size(), all.size());
    for (const QString& label : some)
        EXPECT_TRUE(label.contains(QStringLiteral("Sở T"))) << label.toStdString();
}

TEST_F(FindingTest, CtrlCOnTheResultTablesCopiesNumbersASpreadsheetTakesAsNumbers)
{
    installLanguage(QStringLiteral("vi"));
    MainWindow window;
    ASSERT_TRUE(window.openDatabase(path));
    window.resize(1366, 768);
    window.show();
    choose(window, QStringLiteral("BKCCHC"), 2018);
    window.showPage(pageNamed(window, "par::ui::RankingsPage"));
    auto* rankings = window.findChild<RankingsPage*>();
    QApplication::processEvents();
    QApplication::clipboard()->clear();
    rankings->view()->setFocus();
    QTest::keyClick(rankings->view(), Qt::Key_C, Qt::ControlModifier);
    QStringList lines = QApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), rankings->view()->model()->rowCount() + 1); // nothing selected: every row
    const QRegularExpression number(QStringLiteral("^-?\\d+(,\\d+)?$"));
    const QRegularExpression wholeOrEmpty(QStringLiteral("^\\d*$"));
    bool sawTie = false;
    for (int r = 1; r < lines.size(); ++r) {
        const QStringList cells = lines[r].split(u'\t');
        ASSERT_EQ(cells.size(), RankingModel::ColumnCount);
        EXPECT_TRUE(wholeOrEmpty.match(cells[RankingModel::Rank]).hasMatch()) << lines[r].toStdString();
        EXPECT_TRUE(number.match(cells[RankingModel::Total]).hasMatch()) << lines[r].toStdString();
        EXPECT_TRUE(number.match(cells[RankingModel::Percent]).hasMatch()) << lines[r].toStdString();
        sawTie = sawTie || rankings->view()->model()->index(r - 1, RankingModel::Rank).data().toString().endsWith(u'=');
    }
    EXPECT_TRUE(sawTie); // shown as "2=", copied as 2
    // Two selected rows: those two only.
    rankings->view()->selectRow(0);
    rankings->view()->selectionModel()->select(rankings->view()->model()->index(2, 0),
                                               QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTest::keyClick(rankings->view(), Qt::Key_C, Qt::ControlModifier);
    EXPECT_EQ(QApplication::clipboard()->text().count(u'\n'), 3);

    // Trends: the table's values and ranks, without the marks of published or provisional ranks.
    choose(window, QStringLiteral("PAR"), 2018);
    window.showPage(pageNamed(window, "par::ui::TrendsPage"));
    auto* trends = window.findChild<TrendsPage*>();
    QApplication::processEvents();
    QApplication::clipboard()->clear();
    QTest::keyClick(trends->table(), Qt::Key_C, Qt::ControlModifier);
    lines = QApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), trends->table()->rowCount() + 1);
    int marked = 0;
    for (int r = 0; r < trends->table()->rowCount(); ++r) {
        for (int c = 0; c < trends->table()->columnCount(); ++c) {
            if (auto* item = trends->table()->item(r, c);
                item && !item->text().isEmpty() && !item->text().back().isDigit())
                ++marked;
        }
    }
    EXPECT_GT(marked, 0); // the published ranks show their mark on the page
    for (int r = 1; r < lines.size(); ++r) {
        const QStringList cells = lines[r].split(u'\t');
        for (int c = 0; c < cells.size(); ++c) // every column a number but the unit's name (the second)
            EXPECT_TRUE(c == 1 || cells[c].isEmpty() || number.match(cells[c]).hasMatch()) << lines[r].toStdString();
    }
}

TEST_F(FindingTest, TheReportPreviewFitsTheScreenLessItsTaskbarAndTitleBar)
{
    MainWindow window;
    ASSERT_TRUE(window.openDatabase(path));
    choose(window, QStringLiteral("PAR"), 2018);
    ReportDialog report(window.session(), &window);
    report.show();
    // The test screen (offscreen, 800x600) is smaller than 1366x768: what fits here fits there.
    const QRect room = window.screen()->availableGeometry();
    QSize size;
    onNextDialog([&size](QWidget* modal) {
        if (auto* preview = qobject_cast<QPrintPreviewDialog*>(modal)) {
            size = preview->frameGeometry().size();
            preview->reject();
        } else {
            qobject_cast<QDialog*>(modal)->reject();
        }
    });
    QPushButton* button = nullptr;
    for (QPushButton* b : report.findChildren<QPushButton*>()) {
        if (b->text() == QStringLiteral("Pre&view..."))
            button = b;
    }
    ASSERT_NE(button, nullptr);
    button->click();
    ASSERT_TRUE(size.isValid());
    EXPECT_LE(size.height(), room.height() - 30) << "room for a title bar";
    EXPECT_LE(size.width(), room.width());
    EXPECT_GE(size.height(), room.height() / 2);
}

TEST_F(FindingTest, TheStatusBarSaysWhatWasJustDoneAndTheDatabaseOpensOnItsNewestYearWithData)
{
    {
        // A year set up but still empty must not be where the database opens.
        auto db = Database::open(path);
        Catalog catalog(*db.value());
        FrameworkEditor editor(catalog);
        auto index = catalog.index(QStringLiteral("PAR"));
        auto years = catalog.years(index->id);
        ASSERT_TRUE(editor.copyFramework(index.value(), years->last(), years->last() + 1).ok());
    }
    QSettings settings;
    settings.remove(QStringLiteral("context"));
    MainWindow window;
    ASSERT_TRUE(window.openDatabase(path));
    window.resize(1366, 768);
    window.show();
    auto* indexes = window.findChild<QComboBox*>(QStringLiteral("contextIndex"));
    EXPECT_EQ(indexes->currentData().toString(), QStringLiteral("PAR"));
    EXPECT_TRUE(indexes->currentText().startsWith(QStringLiteral("PAR — "))) << indexes->currentText().toStdString();
    EXPECT_GT(indexes->currentText().size(), 12); // the index's name, not only its code
    EXPECT_EQ(window.session().year(), 2018);

    window.showPage(pageNamed(window, "par::ui::EntryPage"));
    auto* entry = window.findChild<EntryPage*>();
    QApplication::processEvents();
    ASSERT_TRUE(entry->paste(QStringLiteral("1")));
    const QString saved = window.statusBar()->currentMessage();
    EXPECT_TRUE(saved.startsWith(QStringLiteral("Saved: "))) << saved.toStdString();
    window.session().undoStack()->undo();
    EXPECT_EQ(window.statusBar()->currentMessage(), QStringLiteral("Undone: ") + saved.mid(7));
    window.showPage(pageNamed(window, "par::ui::RankingsPage")); // from any page
    window.session().undoStack()->redo();
    EXPECT_EQ(window.statusBar()->currentMessage(), QStringLiteral("Redone: ") + saved.mid(7));
}

TEST_F(FindingTest, TheRankingsNoteIsInVietnameseInAVietnameseWindow)
{
    installLanguage(QStringLiteral("vi"));
    MainWindow window;
    ASSERT_TRUE(window.openDatabase(path));
    window.resize(1366, 768);
    window.show();
    choose(window, QStringLiteral("PAR"), 2018);
    window.showPage(pageNamed(window, "par::ui::RankingsPage"));
    QApplication::processEvents();
    const QString note = window.findChild<RankingsPage*>()->findChild<QLabel*>(QStringLiteral("rankingNote"))->text();
    EXPECT_TRUE(note.contains(QStringLiteral(". Cơ sở dữ liệu có 1/63 đơn vị"))) << note.toStdString();
    EXPECT_FALSE(note.contains(QStringLiteral("units in the database"))) << note.toStdString();
}
