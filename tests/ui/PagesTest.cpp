// The result pages (Overview, Rankings, Trends, History) and their charts: one truth, honest provisional ranks, text
// that stays text and nothing cut at 1366x768.
#include "ContextBar.h"
#include "Desktop.h"
#include "MainWindow.h"
#include "models/RankingModel.h"
#include "pages/EntryPage.h"
#include "pages/HistoryPage.h"
#include "pages/OverviewPage.h"
#include "pages/RankingsPage.h"
#include "pages/TrendsPage.h"
#include "storage/Demo.h"
#include "storage/UnitEditor.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTimer>

#include <gtest/gtest.h>

using namespace par;
using namespace par::ui;

namespace {

class PagesTest : public ::testing::Test
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

    static void show(QWidget& widget, const QString& name, QSize size = QSize(1366, 768))
    {
        QDir().mkpath(QStringLiteral(PARINDEX_SCREENSHOTS));
        widget.resize(size);
        widget.show();
        for (int i = 0; i < 3; ++i)
            QApplication::processEvents();
        EXPECT_TRUE(widget.grab().save(QStringLiteral(PARINDEX_SCREENSHOTS "/") + name + QStringLiteral(".png")));
    }

    static int pageNamed(MainWindow& window, const char* className)
    {
        for (int i = 0; i < window.pageCount(); ++i) {
            if (window.page(i)->inherits(className))
                return i;
        }
        return -1;
    }

    // The text items of a chart (title, axis labels, value labels), in the view's coordinates.
    static QList<std::pair<QString, QRectF>> chartTexts(QChartView* view, QStringList* html = nullptr)
    {
        QList<std::pair<QString, QRectF>> out;
        for (QGraphicsItem* item : view->scene()->items()) {
            if (auto* text = dynamic_cast<QGraphicsTextItem*>(item); text && text->isVisible()) {
                out.append({text->toPlainText().replace(QChar::LineSeparator, u' ').replace(u'\n', u' '),
                            view->mapFromScene(text->sceneBoundingRect()).boundingRect()});
                if (html)
                    html->append(text->toHtml());
            }
        }
        return out;
    }

    QTemporaryDir dir;
    QString path;
};

} // namespace

TEST_F(PagesTest, RankingsAgreesWithOverviewOnThePublishedRank)
{
    MainWindow window;
    ASSERT_TRUE(window.openDatabase(path));
    window.contextBar()->reload(QStringLiteral("PAR"), 2018, QStringLiteral("Bắc Kạn"));
    window.showPage(pageNamed(window, "par::ui::OverviewPage"));
    show(window, QStringLiteral("pages-par-overview"));
    auto* overview = window.findChild<OverviewPage*>();
    EXPECT_TRUE(overview->figure(QStringLiteral("rank")).contains(QStringLiteral("49")));
    const int at = pageNamed(window, "par::ui::RankingsPage");
    window.showPage(at);
    show(window, QStringLiteral("pages-par-rankings"));
    auto* rankings = window.findChild<RankingsPage*>();
    ASSERT_EQ(rankings->model()->rowCount(), 1);
    EXPECT_EQ(rankings->model()->index(0, RankingModel::Rank).data().toString(), QStringLiteral("49/63"));
    EXPECT_EQ(rankings->model()->index(0, RankingModel::PreviousRank).data().toString(), QStringLiteral("49/63"));
    EXPECT_TRUE(
        rankings->findChild<QLabel*>(QStringLiteral("rankingNote"))->text().contains(QStringLiteral("published")));
}

TEST_F(PagesTest, OneDepartmentOfEighteenIsProvisionalEverywhere)
{
    // A new year with one department entered: not "rank 1/1" and "18 -> 1" as fact.
    {
        auto db = Database::open(path);
        Catalog catalog(*db.value());
        auto index = catalog.index(QStringLiteral("BKCCHC"));
        auto cohort = catalog.resolveCohort(index.value(), QStringLiteral("Sở, ban, ngành"));
        auto framework = catalog.requireFramework(index.value(), 2018);
        auto members = catalog.members(cohort->id, 2018);
        Database::Transaction tx(*db.value());
        auto copy = framework.value();
        ASSERT_TRUE(catalog.saveFramework(index.value(), 2019, copy).ok());
        for (const Unit& u : members.value())
            ASSERT_TRUE(catalog.addMember(cohort->id, 2019, u.id).ok());
        ASSERT_TRUE(tx.commit().ok());
        auto f2019 = catalog.requireFramework(index.value(), 2019);
        auto ban = catalog.findUnit(QStringLiteral("Ban Dân tộc"));
        QList<ScoreWrite> writes;
        for (const Criterion& c : f2019->criteria) {
            if (c.isLeaf())
                writes.append({ban.value()->id, c.id, c.maxPoints});
        }
        Database::Transaction tx2(*db.value());
        ASSERT_TRUE(catalog.writeScores(Stage::Final, writes).ok());
        ASSERT_TRUE(tx2.commit().ok());
    }
    MainWindow window;
    ASSERT_TRUE(window.openDatabase(path));
    window.contextBar()->reload(QStringLiteral("BKCCHC"), 2019, QStringLiteral("Ban Dân tộc"));
    window.showPage(pageNamed(window, "par::ui::OverviewPage"));
    show(window, QStringLiteral("pages-provisional-overview"));
    auto* overview = window.findChild<OverviewPage*>();
    EXPECT_TRUE(overview->figure(QStringLiteral("rank")).contains(QStringLiteral("provisional")))
        << overview->figure(QStringLiteral("rank")).toStdString();
    EXPECT_TRUE(overview->figure(QStringLiteral("change")).contains(QStringLiteral("provisional")))
        << overview->figure(QStringLiteral("change")).toStdString();
    const QString note = overview->findChild<QLabel*>(QStringLiteral("standingNote"))->text();
    EXPECT_TRUE(note.contains(QStringLiteral("1 of 18 units scored; ranks provisional"))) << note.toStdString();

    window.showPage(pageNamed(window, "par::ui::RankingsPage"));
    auto* rankings = window.findChild<RankingsPage*>();
    EXPECT_EQ(rankings->model()->headerData(RankingModel::Rank, Qt::Horizontal).toString(),
              QStringLiteral("Rank (provisional)"));
    EXPECT_TRUE(rankings->findChild<QLabel*>(QStringLiteral("rankingNote"))
                    ->text()
                    .contains(QStringLiteral("1 of 18 units scored; ranks provisional")));

    window.showPage(pageNamed(window, "par::ui::TrendsPage"));
    const QString trendNote = window.findChild<TrendsPage*>()->findChild<QLabel*>(QStringLiteral("trendNote"))->text();
    EXPECT_TRUE(trendNote.contains(QStringLiteral("2019: 1 of 18 units scored; ranks provisional")))
        << trendNote.toStdString();
}

// Issue 11: a department formed by the demo's 2025 merger shows its predecessors' ranks of 2024, each with its own
// "of" and percentage, instead of a change; a department that stayed shows 2024's rank out of 18 (13 ranked in 2025).
TEST_F(PagesTest, RankingsShowsAMergedDepartmentsPredecessorsInsteadOfAChange)
{
    MainWindow window;
    ASSERT_TRUE(window.openDatabase(path));
    window.contextBar()->reload(QStringLiteral("BKCCHC"), 2025, QStringLiteral("Sở Nông nghiệp và Môi trường"));
    window.showPage(pageNamed(window, "par::ui::RankingsPage"));
    show(window, QStringLiteral("pages-rankings-merged-2025"));
    auto* rankings = window.findChild<RankingsPage*>();
    const RankingModel* model = rankings->model();
    QString merged;
    QString mergedChange = QStringLiteral("(not shown)");
    QString stayed;
    QString tookIn;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString name = model->index(r, RankingModel::Unit).data().toString();
        const QString previous = model->index(r, RankingModel::PreviousRank).data().toString();
        if (name == QStringLiteral("Sở Nông nghiệp và Môi trường")) {
            merged = previous;
            mergedChange = model->index(r, RankingModel::Change).data().toString();
        } else if (name == QStringLiteral("Sở Tư pháp")) {
            stayed = previous;
        } else if (name == QStringLiteral("Sở Nội vụ")) {
            tookIn = previous;
        }
    }
    EXPECT_EQ(merged, QStringLiteral("predecessors 17=/18, 12=/18"));
    EXPECT_EQ(mergedChange, QString()); // no change against a single number
    EXPECT_EQ(stayed, QStringLiteral("2/18"));
    EXPECT_EQ(tookIn, QStringLiteral("1/18; merged in 12=/18"));
    EXPECT_EQ(model->headerData(RankingModel::PreviousRank, Qt::Horizontal).toString(), QStringLiteral("Rank in 2024"));
    const QString note = rankings->findChild<QLabel*>(QStringLiteral("rankingNote"))->text();
    EXPECT_TRUE(note.contains(QStringLiteral(
        "Sở Nông nghiệp và Môi trường: in 2024 its predecessors ranked 17=/18 (Sở Nông nghiệp và Phát triển nông "
        "thôn, 78.50%) and 12=/18 (Sở Tài nguyên và Môi trường, 81.50%).")))
        << note.toStdString();
    EXPECT_TRUE(note.contains(QStringLiteral("(18 ranked then, 13 now)"))) << note.toStdString();
}

// The demo's merged department on Trends at 1366x768 in both languages: its predecessors' rows, marked, and no
// column cut.
TEST_F(PagesTest, TrendsShowsTheDemosMergedDepartmentWithItsPredecessorsInBothLanguages)
{
    for (const QString& language : {QStringLiteral("vi"), QStringLiteral("en")}) {
        installLanguage(language);
        MainWindow window;
        ASSERT_TRUE(window.openDatabase(path));
        window.contextBar()->reload(QStringLiteral("BKCCHC"), 2025, QStringLiteral("Sở Nông nghiệp và Môi trường"));
        window.showPage(pageNamed(window, "par::ui::TrendsPage"));
        show(window, language + QStringLiteral("-pages-trends-merged-1366"));
        QTableWidget* table = window.findChild<TrendsPage*>()->table();
        // The marker in the window's language (its Vietnamese comes with the next merge of the translations).
        const QString marker = QCoreApplication::translate("par::ui::TrendsPage", "%1 (predecessor)").arg(QString());
        int predecessorRows = 0;
        int ownRows = 0;
        for (int r = 0; r < table->rowCount(); ++r) {
            const QString unit = table->item(r, 1)->text();
            if (unit.endsWith(marker))
                ++predecessorRows;
            else if (unit == QStringLiteral("Sở Nông nghiệp và Môi trường"))
                ++ownRows;
        }
        EXPECT_EQ(ownRows, 1) << language.toStdString(); // 2025 only
        EXPECT_GE(predecessorRows, 4) << language.toStdString(); // two predecessors, 2018 and 2024 at least
        for (int c = 0; c < table->columnCount(); ++c)
            EXPECT_LE(static_cast<QAbstractItemView*>(table)->sizeHintForColumn(c), table->columnWidth(c))
                << language.toStdString() << " column " << c;
        // The units to compare: every name whole, none scrolled sideways ("Sở Lao động - Thương binh và Xã hội").
        auto* units = window.findChild<TrendsPage*>()->findChild<QListWidget*>();
        ASSERT_NE(units, nullptr);
        EXPECT_LE(units->sizeHintForColumn(0), units->viewport()->width()) << language.toStdString();
        EXPECT_EQ(units->horizontalScrollBar()->maximum(), 0) << language.toStdString();
    }
}

TEST_F(PagesTest, RankingsCutsNoUnitNameNorChartLabelAt1366InBothLanguages)
{
    for (const QString& language : {QStringLiteral("vi"), QStringLiteral("en")}) {
        installLanguage(language);
        MainWindow window;
        ASSERT_TRUE(window.openDatabase(path));
        window.contextBar()->reload(QStringLiteral("BKCCHC"), 2018, QStringLiteral("Sở Nội vụ"));
        window.showPage(pageNamed(window, "par::ui::RankingsPage"));
        show(window, language + QStringLiteral("-pages-rankings-1366"));
        auto* rankings = window.findChild<RankingsPage*>();
        QTableView* view = rankings->view();
        ASSERT_EQ(view->model()->rowCount(), 18);
        int used = 0;
        for (int c = 0; c < view->model()->columnCount(); ++c) {
            EXPECT_LE(static_cast<QAbstractItemView*>(view)->sizeHintForColumn(c), view->columnWidth(c))
                << language.toStdString() << " column " << c;
            EXPECT_LE(view->horizontalHeader()->sectionSizeHint(c), view->columnWidth(c))
                << language.toStdString() << " header " << c;
            used += view->columnWidth(c);
        }
        EXPECT_LE(used, view->viewport()->width()) << language.toStdString() << ": the table scrolls sideways";
        QChartView* chart = rankings->chartView();
        const QRectF area = chart->mapFromScene(chart->chart()->plotArea()).boundingRect();
        QStringList labels;
        for (const auto& [text, rect] : chartTexts(chart)) {
            EXPECT_GE(rect.left(), 0) << language.toStdString() << ": " << text.toStdString();
            EXPECT_LE(rect.right(), chart->width()) << language.toStdString() << ": " << text.toStdString();
            if (rect.right() <= area.left() + 1
                && (text.contains(QStringLiteral(". ")) || text.contains(QStringLiteral("= "))))
                labels << text; // a category label, left of the plot area
        }
        // Every unit has its label, beginning with its whole rank ("12. ", a tie "2= "), and the start of its name.
        ASSERT_EQ(labels.size(), 18) << language.toStdString() << ": " << labels.join(u'|').toStdString();
        for (int r = 0; r < 18; ++r) {
            const QString rank = view->model()->index(r, RankingModel::Rank).data().toString();
            const QString name = view->model()->index(r, RankingModel::Unit).data().toString();
            const QString prefix
                = rank + (rank.endsWith(u'=') ? QStringLiteral(" ") : QStringLiteral(". ")) + name.left(6);
            EXPECT_TRUE(
                std::any_of(labels.cbegin(), labels.cend(), [&](const QString& l) { return l.startsWith(prefix); }))
                << language.toStdString() << ": no label starts with " << prefix.toStdString();
        }
        window.close();
    }
}

TEST_F(PagesTest, DataIsShownAsTextNeverAsMarkup)
{
    const QString evil = QStringLiteral("<b>x</b><img src=/etc/passwd>");
    {
        auto db = Database::open(path);
        Catalog catalog(*db.value());
        auto unit = catalog.findUnit(QStringLiteral("Sở Nội vụ"));
        Unit renamed = *unit.value();
        renamed.name = evil;
        Database::Transaction tx(*db.value());
        ASSERT_TRUE(catalog.saveUnit(renamed).ok());
        ASSERT_TRUE(tx.commit().ok());
    }
    MainWindow window;
    ASSERT_TRUE(window.openDatabase(path));
    window.contextBar()->reload(QStringLiteral("BKCCHC"), 2018, evil);
    for (int i = 0; i < window.pageCount(); ++i) {
        window.showPage(i);
        show(window, QStringLiteral("pages-markup-page%1").arg(i + 1));
        for (QLabel* label : window.findChildren<QLabel*>()) {
            const bool rich = label->textFormat() == Qt::RichText
                || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
            if (rich) {
                EXPECT_FALSE(label->text().contains(QStringLiteral("<img")))
                    << "page " << i << " label " << label->objectName().toStdString() << ": "
                    << label->text().toStdString();
            }
            const QString tip = label->toolTip();
            if (Qt::mightBeRichText(tip)) {
                EXPECT_FALSE(tip.contains(QStringLiteral("<img"))) << tip.toStdString();
            }
        }
        for (QChartView* chart : window.page(i)->findChildren<QChartView*>()) {
            QStringList html;
            chartTexts(chart, &html);
            for (const QString& h : html)
                EXPECT_FALSE(h.contains(QStringLiteral("<img"))) << "page " << i << " chart text read as markup";
        }
    }
    window.showPage(pageNamed(window, "par::ui::RankingsPage"));
    auto* rankings = window.findChild<RankingsPage*>();
    bool shown = false;
    for (const auto& [text, rect] : chartTexts(rankings->chartView()))
        shown = shown || text.contains(QStringLiteral("<b>x</b><img"));
    EXPECT_TRUE(shown) << "the unit's name is shown as typed in the rankings chart";
}

TEST_F(PagesTest, FinaliseNamesTheUnitsWithoutScoresAndAsks)
{
    MainWindow window;
    ASSERT_TRUE(window.openDatabase(path));
    Session& session = window.session();
    auto index = session.catalog().index(QStringLiteral("BKCCHC"));
    auto cohort = session.catalog().resolveCohort(index.value(), QStringLiteral("UBND huyện, thành phố"));
    auto unit = session.catalog().findUnit(QStringLiteral("Huyện Pác Nặm"));
    session.setContext(QStringLiteral("BKCCHC"), 2018, cohort->id, unit.value()->id);
    window.showPage(pageNamed(window, "par::ui::EntryPage"));
    show(window, QStringLiteral("pages-finalise"));
    QPushButton* finalise = nullptr;
    for (QPushButton* b : window.findChildren<QPushButton*>()) {
        if (b->text().contains(QStringLiteral("Finalise")) && b->isVisible())
            finalise = b;
    }
    ASSERT_NE(finalise, nullptr);
    for (bool accept : {false, true}) {
        QString asked;
        QTimer::singleShot(50, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            ASSERT_NE(box, nullptr);
            asked = box->text();
            for (QAbstractButton* b : box->buttons()) {
                if ((box->buttonRole(b) == QMessageBox::AcceptRole) == accept) {
                    b->click();
                    return;
                }
            }
        });
        finalise->click();
        EXPECT_TRUE(asked.contains(QStringLiteral("Huyện Pác Nặm"))) << asked.toStdString();
        EXPECT_TRUE(asked.contains(QStringLiteral("no or incomplete final scores"))) << asked.toStdString();
        EXPECT_EQ(window.session().currentFinalised().value(), accept);
    }
}

// Since schema 5 a value new to the database is counted in its change set, not logged one row each: the History row
// of a score is a change of it (2,75 -> 4,75), shown in the reader's numbers.
TEST_F(PagesTest, HistoryShowsScoresInTheReadersNumbers)
{
    {
        auto db = Database::open(path);
        Catalog catalog(*db.value());
        auto index = catalog.index(QStringLiteral("BKCCHC"));
        auto framework = catalog.requireFramework(index.value(), 2018);
        auto unit = catalog.findUnit(QStringLiteral("Sở Y tế"));
        const qint64 criterion = framework->criteria[framework->find(QStringLiteral("1.1"))].id;
        for (const char16_t* value : {u"2.75", u"4.75"}) {
            Database::Transaction tx(*db.value());
            ASSERT_TRUE(
                catalog.writeScores(Stage::Self, {{unit.value()->id, criterion, Decimal::parse(value).value()}}).ok());
            ASSERT_TRUE(tx.commit().ok());
        }
    }
    installLanguage(QStringLiteral("vi"));
    MainWindow window;
    ASSERT_TRUE(window.openDatabase(path));
    window.showPage(pageNamed(window, "par::ui::HistoryPage"));
    show(window, QStringLiteral("vi-pages-history"));
    auto* history = window.findChild<HistoryPage*>();
    ASSERT_GT(history->view()->model()->rowCount(), 0);
    QAbstractItemModel* model = history->view()->model();
    int row = -1;
    for (int r = 0; r < model->rowCount() && row < 0; ++r) {
        for (int c = 0; c < model->columnCount(); ++c) {
            if (model->index(r, c).data().toString() == QStringLiteral("4.75"))
                row = r;
        }
    }
    ASSERT_GE(row, 0);
    history->view()->setCurrentIndex(model->index(row, 0));
    QApplication::processEvents();
    const QString detail = history->findChild<QLabel*>(QStringLiteral("auditDetail"))->text();
    EXPECT_TRUE(detail.contains(QStringLiteral("4,75"))) << detail.toStdString();
    EXPECT_TRUE(detail.contains(QStringLiteral("2,75"))) << detail.toStdString();
}
