#include "pages/RankingsPage.h"

#include "PlainText.h"
#include "charts/Charts.h"
#include "models/RankingModel.h"
#include "models/TableCopy.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace par::ui {

namespace {

const int ChartBars = 30; // more bars than this are unreadable; the table has them all

} // namespace

RankingsPage::RankingsPage(Session& session, QWidget* parent)
    : Page(session, parent)
    , m_model(new RankingModel(this))
    , m_proxy(new RankingProxyModel(this))
    , m_view(new QTableView(this))
    , m_chart(new QChartView(this))
    , m_heading(new QLabel(this))
    , m_note(new QLabel(this))
    , m_filter(new QLineEdit(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    m_heading->setStyleSheet(QStringLiteral("font-size: 16px; font-weight: 600;"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    layout->addWidget(m_heading);

    auto* tools = new QHBoxLayout;
    auto* filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_filter);
    m_filter->setPlaceholderText(tr("Part of a unit's name"));
    m_filter->setClearButtonEnabled(true);
    auto* copy = new QPushButton(tr("&Copy table"), this);
    copy->setToolTip(tr("Copy the visible rows to the clipboard, to paste into a spreadsheet (Ctrl+Shift+C)"));
    tools->addWidget(filterLabel);
    tools->addWidget(m_filter, 1);
    tools->addWidget(copy);
    layout->addLayout(tools);

    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RankingModel::Rank, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Every column as wide as its content, unit names whole; the table is given that width (see fitTable).
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideNone);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumWidth(320);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_chart);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setObjectName(QStringLiteral("rankingNote"));
    layout->addWidget(m_note);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        drawChart();
    });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &RankingsPage::drawChart);
    connect(copy, &QPushButton::clicked, this, &RankingsPage::copy);
    TableCopy::install(m_view, RankingModel::CopyRole); // Ctrl+C: the selected rows, numbers as numbers
    auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this);
    connect(shortcut, &QShortcut::activated, this, &RankingsPage::copy);
}

QString RankingsPage::title() const
{
    return tr("Rankings");
}

QString RankingsPage::iconName() const
{
    return QStringLiteral("view-sort-ascending");
}

void RankingsPage::refresh()
{
    auto index = m_session.currentIndex();
    auto cohort = m_session.currentCohort();
    if (!index || !cohort) {
        m_model->load(RankingResult());
        m_heading->setText(tr("Choose an index and a year in the bar above."));
        m_note->clear();
        m_chart->setChart(new QChart);
        return;
    }
    auto result = m_session.analysis().ranking(index->code, m_session.year(), cohort->name, m_session.stage());
    if (!result) {
        m_model->load(RankingResult());
        m_heading->setText(startOfSentence(result.error().message));
        m_note->clear();
        m_chart->setChart(new QChart);
        return;
    }
    m_model->load(result.value());
    m_heading->setText(
        tr("%1 %2 — %3 (%4)")
            .arg(index->name)
            .arg(m_session.year())
            .arg(cohort->name,
                 m_session.stage() == Stage::Final ? tr("appraised scores") : tr("self-assessed scores")));
    QStringList notes;
    notes << tr("%n unit(s) ranked.", nullptr, int(result->rows.size()));
    if (result->provisional() && !result->rows.isEmpty())
        notes << startOfSentence(result->completeness.describe()) + u'.';
    if (!result->unranked.isEmpty())
        notes << tr("Not ranked, no score yet: %1.").arg(result->unranked.join(QStringLiteral(", ")));
    if (!result->completeness.incomplete.isEmpty())
        notes << tr("Some criteria unscored: %1.").arg(result->completeness.incomplete.join(QStringLiteral(", ")));
    for (const Standing& s : std::as_const(result->standing)) {
        if (s.published) {
            notes << tr("Ranks shown as n/N are published (%1); the rest of the pool is not in the database.")
                         .arg(s.source.isEmpty() ? tr("no source given") : s.source);
            break;
        }
    }
    if (result->previousYear && result->cohortChanged)
        notes << tr("The cohort's members changed between %1 and %2 (%3 ranked then, %4 now): each rank of %1 is "
                    "shown with its own \"of\" and no change of rank is computed.")
                     .arg(result->previousYear)
                     .arg(result->year)
                     .arg(result->previousRankedOf)
                     .arg(result->rows.size());
    // Each unit formed by or grown from a merger on a line of its own: read one by one, not as a paragraph.
    QStringList formed;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (const QString sentence = m_model->predecessorsSentence(row); !sentence.isEmpty())
            formed << sentence;
    m_note->setText((QStringList {notes.join(u' ')} + formed).join(u'\n'));
    fitTable();
    drawChart();
}

void RankingsPage::fitTable()
{
    // The table takes the width its columns need (unit names are never cut); the chart the rest.
    m_view->resizeColumnsToContents();
    int width = 2 * m_view->frameWidth() + 2;
    for (int c = 0; c < m_proxy->columnCount(); ++c)
        width += m_view->columnWidth(c);
    if (m_view->verticalScrollBar()->isVisible() || m_proxy->rowCount() > 12)
        width += m_view->verticalScrollBar()->sizeHint().width();
    m_view->setMinimumWidth(width);
    const int total = m_splitter->width();
    if (total > 0)
        m_splitter->setSizes({width, std::max(m_chart->minimumWidth(), total - width - m_splitter->handleWidth())});
}

void RankingsPage::resizeEvent(QResizeEvent* event)
{
    Page::resizeEvent(event);
    fitTable();
}

void RankingsPage::drawChart()
{
    // The rows the table shows, in its order: the chart follows the filter and the sort, ties read "2=".
    const RankingResult& result = m_model->result();
    QList<Bar> bars;
    for (int r = 0; r < m_proxy->rowCount() && bars.size() < ChartBars; ++r) {
        const int row = m_proxy->mapToSource(m_proxy->index(r, 0)).row();
        const RankedUnit& u = result.rows[row];
        // "3. Sở Y tế", a tie "2= Sở Nội vụ", a published rank "49/63 Bắc Kạn".
        const QString rank = m_model->rankText(row);
        const bool plainRank = !rank.isEmpty() && rank.back().isDigit() && !rank.contains(u'/');
        const QString label = rank.isEmpty() ? u.name
            : plainRank                      ? QStringLiteral("%1. %2").arg(rank, u.name)
                                             : QStringLiteral("%1 %2").arg(rank, u.name);
        bars.append({label, u.total, u.name});
    }
    const QString chartTitle
        = m_proxy->rowCount() > ChartBars ? tr("Total, first %1 units").arg(ChartBars) : tr("Total");
    m_chart->setChart(Charts::bars(chartTitle, bars, tr("Points"),
                                   result.max.isZero() ? 100.0 : double(result.max.micro()) / Decimal::One));
}

QString RankingsPage::tableText() const
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < m_proxy->columnCount(); ++c)
        header << m_proxy->headerData(c, Qt::Horizontal).toString();
    lines << header.join(u'\t');
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < m_proxy->columnCount(); ++c)
            cells << m_proxy->index(r, c).data(RankingModel::CopyRole).toString();
        lines << cells.join(u'\t');
    }
    return lines.join(u'\n') + u'\n';
}

void RankingsPage::copy()
{
    QApplication::clipboard()->setText(tableText());
    emit status(tr("Copied %n row(s) to the clipboard.", nullptr, m_proxy->rowCount()));
}

} // namespace par::ui
