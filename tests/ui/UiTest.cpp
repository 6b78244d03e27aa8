#include "ContextBar.h"
#include "Desktop.h"
#include "MainWindow.h"
#include "import/ImportDialog.h"
#include "models/LostPointsModel.h"
#include "models/RankingModel.h"
#include "models/ScoreTreeModel.h"
#include "pages/EntryPage.h"
#include "pages/OverviewPage.h"
#include "pages/RankingsPage.h"
#include "pages/TrendsPage.h"
#include "storage/Demo.h"
#include "storage/FrameworkEditor.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace par;
using namespace par::ui;

namespace {

// A session on a fresh copy of the demo database.
class UiTest : public ::testing::Test
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
        }
        ASSERT_TRUE(session.open(path).ok());
    }

    // Selects an index, year, cohort and unit as the context bar would.
    void select(const QString& index, int year, const QString& cohortName, const QString& unitName)
    {
        auto i = session.catalog().index(index);
        auto cohort = session.catalog().resolveCohort(i.value(), cohortName);
        auto unit = session.catalog().findUnit(unitName);
        ASSERT_TRUE(cohort.ok() && unit.ok() && unit.value());
        session.setContext(index, year, cohort->id, unit.value()->id);
    }

    std::optional<Decimal> stored(const QString& code, Stage stage)
    {
        auto framework = session.currentFramework();
        auto e = session.analysis().evaluateUnit(framework.value(), session.unitId(), stage);
        const int at = code.isEmpty() ? 0 : framework->find(code);
        return e->recorded[at] ? e->value[at] : std::nullopt;
    }

    static void screenshot(QWidget& widget, const QString& name, QSize size = QSize(1366, 768))
    {
        QDir().mkpath(QStringLiteral(PARINDEX_SCREENSHOTS));
        widget.resize(size);
        widget.show();
        QApplication::processEvents();
        EXPECT_TRUE(widget.grab().save(QStringLiteral(PARINDEX_SCREENSHOTS "/") + name + QStringLiteral(".png")));
    }

    QTemporaryDir dir;
    QString path;
    Session session;
};

QModelIndex find(ScoreTreeModel& model, const QString& code, int column)
{
    return model.indexOf(model.framework().find(code), column);
}

} // namespace

TEST_F(UiTest, ModelsPassTheModelTester)
{
    select(QStringLiteral("PAR"), 2018, QString(), QStringLiteral("Bắc Kạn"));
    EntryPage entry(session);
    entry.show();
    QAbstractItemModelTester treeTester(entry.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(entry.model()->rowCount(), 1); // the total
    EXPECT_GT(entry.model()->rowCount(entry.model()->index(0, 0)), 0);

    RankingsPage rankings(session);
    select(QStringLiteral("BKCCHC"), 2018, QString(), QStringLiteral("Sở Nội vụ"));
    rankings.show();
    QAbstractItemModelTester rankingTester(rankings.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(rankings.model()->rowCount(), 18);

    LostPointsModel lost(LostPointsModel::Mode::Lost);
    QAbstractItemModelTester lostTester(&lost, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto result = session.analysis().lostPoints(QStringLiteral("PAR"), 2018, QStringLiteral("Bắc Kạn"), Stage::Final);
    ASSERT_TRUE(result.ok());
    lost.load(result.value());
    EXPECT_GT(lost.rowCount(), 5);
}

TEST_F(UiTest, EntryRefusesBadValuesWithAVisibleReason)
{
    select(QStringLiteral("BKCCHC"), 2018, QString(), QStringLiteral("Sở Nội vụ"));
    EntryPage page(session);
    page.show();
    ScoreTreeModel& model = *page.model();
    const QModelIndex cell = find(model, QStringLiteral("1.1"), ScoreTreeModel::Final);
    ASSERT_TRUE(cell.isValid());
    const std::optional<Decimal> before = stored(QStringLiteral("1.1"), Stage::Final);
    for (const QString& bad :
         {QStringLiteral("abc"), QStringLiteral("-1"), QStringLiteral("1,1234567"), QStringLiteral("999")}) {
        EXPECT_FALSE(model.setData(cell, bad)) << bad.toStdString();
        EXPECT_FALSE(page.message().isEmpty()) << bad.toStdString();
    }
    EXPECT_TRUE(page.message().contains(QStringLiteral("above the maximum"))) << page.message().toStdString();
    EXPECT_EQ(stored(QStringLiteral("1.1"), Stage::Final), before);
    EXPECT_EQ(session.undoStack()->count(), 0);
}

TEST_F(UiTest, EntryWritesAcceptsDecimalCommaAndUndoes)
{
    select(QStringLiteral("BKCCHC"), 2018, QString(), QStringLiteral("Sở Nội vụ"));
    EntryPage page(session);
    page.show();
    const std::optional<Decimal> before = stored(QStringLiteral("1.1"), Stage::Final);
    const QModelIndex cell = find(*page.model(), QStringLiteral("1.1"), ScoreTreeModel::Final);
    ASSERT_TRUE(page.model()->setData(cell, QStringLiteral("1,25")));
    EXPECT_EQ(stored(QStringLiteral("1.1"), Stage::Final), *Decimal::parse(u"1.25"));
    // The parent and the total follow at once.
    const QModelIndex total = page.model()->indexOf(0, ScoreTreeModel::Final);
    EXPECT_FALSE(total.data().toString().isEmpty());
    session.undoStack()->undo();
    EXPECT_EQ(stored(QStringLiteral("1.1"), Stage::Final), before);
    session.undoStack()->redo();
    EXPECT_EQ(stored(QStringLiteral("1.1"), Stage::Final), *Decimal::parse(u"1.25"));
    // Clearing a value is an edit too.
    ASSERT_TRUE(page.model()->setData(find(*page.model(), QStringLiteral("1.1"), ScoreTreeModel::Final), QString()));
    EXPECT_FALSE(stored(QStringLiteral("1.1"), Stage::Final).has_value());
    session.undoStack()->undo();
    EXPECT_EQ(stored(QStringLiteral("1.1"), Stage::Final), *Decimal::parse(u"1.25"));
}

TEST_F(UiTest, NotesAndEvidenceAreSavedAndUndone)
{
    select(QStringLiteral("BKCCHC"), 2018, QString(), QStringLiteral("Sở Nội vụ"));
    EntryPage page(session);
    page.show();
    auto framework = session.currentFramework();
    const int at = framework->find(QStringLiteral("1.2"));
    ASSERT_TRUE(
        page.model()->setData(page.model()->indexOf(at, ScoreTreeModel::Note), QStringLiteral("Thiếu báo cáo quý II")));
    ASSERT_TRUE(
        page.model()->setData(page.model()->indexOf(at, ScoreTreeModel::Evidence), QStringLiteral("Số 123/BC-SNV")));
    auto notes = [&](Stage stage) {
        return session.editor().notes(framework.value(), session.unitId(), stage).value().value(at);
    };
    EXPECT_EQ(notes(Stage::Final).note, QStringLiteral("Thiếu báo cáo quý II"));
    EXPECT_EQ(notes(Stage::Self).evidence, QStringLiteral("Số 123/BC-SNV"));
    EXPECT_EQ(page.model()->indexOf(at, ScoreTreeModel::Note).data().toString(),
              QStringLiteral("Thiếu báo cáo quý II"));
    session.undoStack()->undo();
    EXPECT_TRUE(notes(Stage::Self).evidence.isEmpty());
    session.undoStack()->undo();
    EXPECT_TRUE(notes(Stage::Final).note.isEmpty());
    session.undoStack()->redo();
    EXPECT_EQ(notes(Stage::Final).note, QStringLiteral("Thiếu báo cáo quý II"));
}

TEST_F(UiTest, PasteFillsABlockAsOneUndoStepOrNothing)
{
    select(QStringLiteral("BKCCHC"), 2018, QString(), QStringLiteral("Sở Y tế"));
    EntryPage page(session);
    page.show();
    ScoreTreeModel& model = *page.model();
    const int first = model.framework().find(QStringLiteral("1.1"));
    const QString second = model.framework().criteria[first + 1].code;
    page.view()->setCurrentIndex(model.indexOf(first, ScoreTreeModel::Self));
    const std::optional<Decimal> untouched = stored(second, Stage::Final);

    // A bad cell refuses the whole block.
    EXPECT_FALSE(page.paste(QStringLiteral("1\t1\nx\t2\n")));
    EXPECT_TRUE(page.message().contains(QStringLiteral("Nothing was pasted"))) << page.message().toStdString();
    EXPECT_EQ(stored(second, Stage::Final), untouched);

    page.view()->setCurrentIndex(model.indexOf(first, ScoreTreeModel::Self));
    ASSERT_TRUE(page.paste(QStringLiteral("1,5\t1\r\n2\t1,75\r\n"))) << page.message().toStdString();
    EXPECT_EQ(stored(QStringLiteral("1.1"), Stage::Self), *Decimal::parse(u"1.5"));
    EXPECT_EQ(stored(QStringLiteral("1.1"), Stage::Final), Decimal::fromInt(1));
    EXPECT_EQ(stored(second, Stage::Self), Decimal::fromInt(2));
    EXPECT_EQ(stored(second, Stage::Final), *Decimal::parse(u"1.75"));
    session.undoStack()->undo();
    EXPECT_EQ(stored(second, Stage::Final), untouched);
}

TEST_F(UiTest, FinalisedYearsAreReadOnlyUntilReopened)
{
    select(QStringLiteral("BKCCHC"), 2017, QStringLiteral("Sở, ban, ngành"), QStringLiteral("Sở Nội vụ"));
    EntryPage page(session);
    page.show();
    const QModelIndex cell = find(*page.model(), QStringLiteral("1.1"), ScoreTreeModel::Final);
    EXPECT_FALSE(page.model()->flags(cell) & Qt::ItemIsEditable);
    EXPECT_FALSE(page.model()->setData(cell, QStringLiteral("1")));
    auto* banner = page.findChild<QFrame*>(QStringLiteral("finalBanner"));
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(banner->isVisible());
    EXPECT_FALSE(page.paste(QStringLiteral("1\n")));

    auto cohort = session.currentCohort();
    {
        Database::Transaction tx(session.database(), QStringLiteral("correction"));
        ASSERT_TRUE(session.catalog().reopen(cohort->id, 2017).ok());
        ASSERT_TRUE(tx.commit().ok());
    }
    session.notifyDataChanged();
    EXPECT_FALSE(banner->isVisible());
    EXPECT_TRUE(page.model()->flags(find(*page.model(), QStringLiteral("1.1"), ScoreTreeModel::Final))
                & Qt::ItemIsEditable);
}

TEST_F(UiTest, RecordedParentsShowTheirDifference)
{
    select(QStringLiteral("BKCCHC"), 2018, QString(), QStringLiteral("Sở Kế hoạch và Đầu tư"));
    EntryPage page(session);
    page.show();
    const QModelIndex field = find(*page.model(), QStringLiteral("3"), ScoreTreeModel::Final);
    EXPECT_TRUE(field.data(ScoreTreeModel::RecordedDifferenceRole).toBool());
    EXPECT_TRUE(field.data().toString().contains(QStringLiteral("-0.0001"))) << field.data().toString().toStdString();
    EXPECT_FALSE(find(*page.model(), QStringLiteral("1"), ScoreTreeModel::Final)
                     .data(ScoreTreeModel::RecordedDifferenceRole)
                     .toBool());
}

TEST_F(UiTest, RankingsShowTiesSortByCollationAndCopy)
{
    select(QStringLiteral("BKCCHC"), 2018, QString(), QStringLiteral("Sở Nội vụ"));
    RankingsPage page(session);
    page.show();
    QTableView* view = page.view();
    EXPECT_EQ(view->model()->index(1, RankingModel::Rank).data().toString(), QStringLiteral("2="));
    EXPECT_EQ(view->model()->index(2, RankingModel::Rank).data().toString(), QStringLiteral("2="));
    EXPECT_EQ(view->model()->index(3, RankingModel::Rank).data().toString(), QStringLiteral("4"));
    view->sortByColumn(RankingModel::Unit, Qt::AscendingOrder);
    EXPECT_EQ(view->model()->index(0, RankingModel::Unit).data().toString(), QStringLiteral("Ban Dân tộc"));
    EXPECT_EQ(view->model()->index(17, RankingModel::Unit).data().toString(), QStringLiteral("Văn phòng UBND tỉnh"));
    const QString text = page.tableText();
    EXPECT_TRUE(text.startsWith(QStringLiteral("Rank\tUnit\tTotal"))) << text.toStdString();
    EXPECT_EQ(text.count(u'\n'), 19);
}

TEST_F(UiTest, OverviewShowsTheSeedFigures)
{
    select(QStringLiteral("PAR"), 2018, QString(), QStringLiteral("Bắc Kạn"));
    OverviewPage page(session);
    page.show();
    EXPECT_TRUE(page.figure(QStringLiteral("total")).contains(QStringLiteral("74.62")))
        << page.figure(QStringLiteral("total")).toStdString();
    EXPECT_TRUE(page.figure(QStringLiteral("rank")).contains(QStringLiteral("49")))
        << page.figure(QStringLiteral("rank")).toStdString();
    EXPECT_TRUE(page.figure(QStringLiteral("rank")).contains(QStringLiteral("63")));
    EXPECT_TRUE(page.figure(QStringLiteral("change")).contains(QStringLiteral("+0.70")))
        << page.figure(QStringLiteral("change")).toStdString();
    EXPECT_TRUE(page.figure(QStringLiteral("change")).contains(QStringLiteral("▲")));
}

TEST_F(UiTest, LanguageSwitchTranslatesAndFormatsNumbers)
{
    ASSERT_TRUE(installLanguage(QStringLiteral("vi")));
    EXPECT_EQ(QLocale().toString(74.62, 'f', 2), QStringLiteral("74,62"));
    EXPECT_NE(QCoreApplication::translate("par::ui::OverviewPage", "Total"), QStringLiteral("Total"));
    select(QStringLiteral("PAR"), 2018, QString(), QStringLiteral("Bắc Kạn"));
    OverviewPage page(session);
    page.show();
    EXPECT_TRUE(page.figure(QStringLiteral("total")).contains(QStringLiteral("74,62")));
    ASSERT_TRUE(installLanguage(QStringLiteral("en")));
    EXPECT_EQ(QCoreApplication::translate("par::ui::OverviewPage", "Total"), QStringLiteral("Total"));
}

TEST_F(UiTest, EveryPageOpensOnTheDemoInBothLanguages)
{
    for (const QString& language : {QStringLiteral("vi"), QStringLiteral("en")}) {
        installLanguage(language);
        MainWindow window;
        ASSERT_TRUE(window.openDatabase(path));
        window.contextBar()->reload(QStringLiteral("PAR"), 2018, QStringLiteral("Bắc Kạn"));
        EXPECT_EQ(window.session().indexCode(), QStringLiteral("PAR"));
        for (int i = 0; i < window.pageCount(); ++i) {
            window.showPage(i);
            screenshot(window,
                       QStringLiteral("%1-page%2-%3")
                           .arg(language)
                           .arg(i + 1)
                           .arg(window.page(i)->title().replace(u' ', u'-')));
        }
        if (language == QLatin1String("vi")) {
            for (int i = 0; i < window.pageCount(); ++i) {
                window.showPage(i);
                screenshot(window, QStringLiteral("vi-1920-page%1").arg(i + 1), QSize(1920, 1080));
            }
        }
        window.contextBar()->reload(QStringLiteral("BKCCHC"), 2018, QStringLiteral("Sở Nội vụ"));
        window.showPage(2);
        screenshot(window, QStringLiteral("%1-rankings-departments").arg(language));
        window.showPage(1);
        screenshot(window, QStringLiteral("%1-entry-departments").arg(language));
        window.close();
    }
    installLanguage(QStringLiteral("en"));
}

TEST_F(UiTest, ANewYearCanBeEnteredAndRankedAndTrended)
{
    // Setup copies last year's framework; the unit's scores for the new year are typed in; ranking and trend follow.
    auto index = session.catalog().index(QStringLiteral("BKCCHC"));
    ASSERT_TRUE(FrameworkEditor(session.catalog()).copyFramework(index.value(), 2018, 2019).ok());
    select(QStringLiteral("BKCCHC"), 2019, QStringLiteral("Sở, ban, ngành"), QStringLiteral("Sở Y tế"));
    EntryPage entry(session);
    entry.show();
    ScoreTreeModel& model = *entry.model();
    for (const QString& code : {QStringLiteral("1.1"), QStringLiteral("2.1"), QStringLiteral("3.1")})
        ASSERT_TRUE(model.setData(find(model, code, ScoreTreeModel::Final), QStringLiteral("2,5")))
            << code.toStdString();
    EXPECT_EQ(session.undoStack()->count(), 3);

    RankingsPage rankings(session);
    rankings.show();
    ASSERT_EQ(rankings.model()->rowCount(), 1);
    EXPECT_EQ(rankings.model()->index(0, RankingModel::Unit).data().toString(), QStringLiteral("Sở Y tế"));
    EXPECT_EQ(rankings.model()->index(0, RankingModel::Total).data().toString(), QStringLiteral("7.5"));

    auto series = session.analysis().series(QStringLiteral("BKCCHC"), session.unitId(), QString(), Stage::Final);
    ASSERT_TRUE(series.ok());
    // 2017, 2018, the new 2019, and the demo's illustrative 2024 and 2025 (issue 11).
    ASSERT_EQ(series->size(), 5);
    EXPECT_EQ(series->at(2).year, 2019);
    EXPECT_EQ(series->at(2).value, *Decimal::parse(u"7.5"));

    // A mistake is undone, and the ranking follows.
    session.undoStack()->undo();
    EXPECT_EQ(rankings.model()->index(0, RankingModel::Total).data().toString(), QStringLiteral("5"));
}

TEST_F(UiTest, ImportPreviewShowsWhatWillChangeAndWritesAllOrNothing)
{
    select(QStringLiteral("BKCCHC"), 2018, QStringLiteral("Sở, ban, ngành"), QStringLiteral("Sở Nội vụ"));
    auto write = [this](const char* name, const QByteArray& bytes) {
        const QString file = dir.filePath(QString::fromLatin1(name));
        QFile f(file);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return file;
    };
    const qint64 before = session.catalog().units()->size();
    const QString bad = write("bad.csv", "Đơn vị,1.1,1.2\nSở Nội vụ,2,9\nSở Mới,1,x\n");
    ImportDialog refused(session, bad);
    ASSERT_TRUE(refused.plan().has_value());
    EXPECT_EQ(refused.errorLines().size(), 2);
    EXPECT_TRUE(refused.errorLines().join(u'\n').contains(
        QStringLiteral("bad.csv: line 2, column 3 (1.2): 9 is above the maximum of 3")))
        << refused.errorLines().join(u'\n').toStdString();
    EXPECT_FALSE(refused.importNow());
    EXPECT_EQ(session.catalog().units()->size(), before);

    const QString good = write("good.csv", "Đơn vị,1.1\nSở Nội vụ,2\nSở Mới,\"1,5\"\n");
    ImportDialog preview(session, good);
    screenshot(preview, QStringLiteral("import-preview"), QSize(860, 600));
    ASSERT_TRUE(preview.plan().has_value());
    ASSERT_TRUE(preview.plan()->acceptable()) << preview.errorLines().join(u'\n').toStdString();
    EXPECT_EQ(preview.plan()->newUnits, 1);
    ASSERT_EQ(preview.plan()->replacements.size(), 1);
    EXPECT_EQ(preview.plan()->replacements.first().before, *Decimal::parse(u"2.5"));
    EXPECT_EQ(session.catalog().units()->size(), before); // a preview writes nothing
    ASSERT_TRUE(preview.importNow());
    EXPECT_EQ(session.catalog().units()->size(), before + 1);
    EXPECT_EQ(stored(QStringLiteral("1.1"), Stage::Final), Decimal::fromInt(2));
}
