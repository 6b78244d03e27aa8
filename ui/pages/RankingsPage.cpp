#include "pages/RankingsPage.h"

#include "charts/Charts.h"
#include "models/RankingModel.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

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
    m_view->horizontalHeader()->setSectionResizeMode(RankingModel::Unit, QHeaderView::Stretch);
    m_chart->setRenderHint(QPainter::Antialiasing);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({1000, 1000});
    layout->addWidget(splitter, 1);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(copy, &QPushButton::clicked, this, &RankingsPage::copy);
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
        m_chart->setChart(new QChart);
        return;
    }
    auto result = m_session.analysis().ranking(index->code, m_session.year(), cohort->name, m_session.stage());
    if (!result) {
        m_model->load(RankingResult());
        m_heading->setText(result.error().message);
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
    if (!result->unranked.isEmpty())
        notes << tr("Not ranked, no score yet: %1.").arg(result->unranked.join(QStringLiteral(", ")));
    m_note->setText(notes.join(u' '));

    QList<Bar> bars;
    for (const RankedUnit& r : result->rows) {
        if (bars.size() == ChartBars)
            break;
        bars.append({QStringLiteral("%1. %2").arg(r.rank).arg(r.name), r.total, r.name});
    }
    const QString chartTitle
        = result->rows.size() > ChartBars ? tr("Total, first %1 units").arg(ChartBars) : tr("Total");
    m_chart->setChart(Charts::bars(chartTitle, bars, tr("Points"), double(result->max.micro()) / Decimal::One));
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
            cells << m_proxy->index(r, c).data().toString();
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
