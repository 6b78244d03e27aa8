#include "pages/TrendsPage.h"

#include "charts/Charts.h"
#include "models/TableCopy.h"
#include "scoring/Ranking.h"

#include <QChart>
#include <QChartView>
#include <QColor>
#include <QComboBox>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace par::ui {

TrendsPage::TrendsPage(Session& session, QWidget* parent)
    : Page(session, parent)
    , m_units(new QListWidget(this))
    , m_criterion(new QComboBox(this))
    , m_chart(new QChartView(this))
    , m_ranks(new QChartView(this))
    , m_table(new QTableWidget(this))
    , m_heading(new QLabel(this))
    , m_note(new QLabel(this))
    , m_legend(new QLabel(this))
{
    for (QLabel* label : {m_heading})
        label->setTextFormat(Qt::PlainText); // data is text, never markup
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    m_heading->setStyleSheet(QStringLiteral("font-size: 16px; font-weight: 600;"));
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);

    m_note->setObjectName(QStringLiteral("trendNote"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: #8a5300;"));
    layout->addWidget(m_note);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* criterionLabel = new QLabel(tr("C&riterion:"), left);
    criterionLabel->setBuddy(m_criterion);
    m_criterion->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_criterion->setMinimumContentsLength(18);
    auto* unitsLabel = new QLabel(tr("&Units to compare:"), left);
    unitsLabel->setBuddy(m_units);
    leftLayout->addWidget(criterionLabel);
    leftLayout->addWidget(m_criterion);
    leftLayout->addWidget(unitsLabel);
    leftLayout->addWidget(m_units, 1);
    splitter->addWidget(left);

    auto* right = new QSplitter(Qt::Vertical, splitter);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_ranks->setRenderHint(QPainter::Antialiasing);
    auto* chartsAndLegend = new QWidget(right);
    auto* chartsLayout = new QVBoxLayout(chartsAndLegend);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    auto* charts = new QSplitter(Qt::Horizontal, chartsAndLegend);
    charts->addWidget(m_chart);
    charts->addWidget(m_ranks);
    charts->setStretchFactor(0, 3);
    charts->setStretchFactor(1, 2);
    chartsLayout->addWidget(charts, 1);
    // One legend for both charts, under them, wrapping: Qt Charts' own legend cuts long unit names short.
    m_legend->setObjectName(QStringLiteral("trendLegend"));
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);
    chartsLayout->addWidget(m_legend);
    right->addWidget(chartsAndLegend);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    TableCopy::install(m_table); // Ctrl+C: numbers a spreadsheet takes as numbers, ranks without their marks
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    right->addWidget(m_table);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);
    right->setSizes({2400, 1000});
    charts->setSizes({3000, 2000});
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setSizes({1000, 4000});
    layout->addWidget(splitter, 1);

    connect(m_criterion, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            draw();
    });
    connect(m_units, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (m_filling)
            return;
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        if (item->checkState() == Qt::Checked)
            m_checked.insert(id);
        else
            m_checked.remove(id);
        draw();
    });
}

QString TrendsPage::title() const
{
    return tr("Trends");
}

QString TrendsPage::iconName() const
{
    return QStringLiteral("office-chart-line");
}

void TrendsPage::setChecked(const QList<qint64>& unitIds)
{
    m_checked = QSet<qint64>(unitIds.cbegin(), unitIds.cend());
    m_filling = true;
    for (int i = 0; i < m_units->count(); ++i) {
        QListWidgetItem* item = m_units->item(i);
        item->setCheckState(m_checked.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
    }
    m_filling = false;
    draw();
}

void TrendsPage::fillChoices()
{
    m_filling = true;
    auto framework = m_session.currentFramework();
    auto cohort = m_session.currentCohort();
    const QString previousCode = m_criterion->currentData().toString();
    m_criterion->clear();
    m_criterion->addItem(tr("Total"), QString());
    if (framework) {
        for (int i = 1; i < framework->criteria.size(); ++i) {
            const Criterion& c = framework->criteria[i];
            if (c.depth <= 2)
                m_criterion->addItem(QString(2 * (c.depth - 1), u' ') + c.code + QStringLiteral(". ") + c.title,
                                     c.code);
        }
    }
    const int at = m_criterion->findData(previousCode);
    m_criterion->setCurrentIndex(at >= 0 ? at : 0);

    // A new index or cohort starts from the selected unit alone.
    if (m_loadedIndex != m_session.indexCode() || !cohort || m_loadedCohort != cohort->id) {
        m_checked = {m_session.unitId()};
        m_loadedIndex = m_session.indexCode();
        m_loadedCohort = cohort ? cohort->id : 0;
    }
    m_checked.insert(m_session.unitId());
    m_units->clear();
    if (cohort) {
        auto units = m_session.catalog().membersAnyYear(cohort->id);
        if (units) {
            QList<Unit> sorted = units.value();
            // The unit chosen in the bar is listed even before it has a place in the cohort: a unit formed by a
            // merger from next year on shows its predecessors' years here already.
            auto chosen = m_session.catalog().unitById(m_session.unitId());
            if (chosen && chosen.value() && std::none_of(sorted.cbegin(), sorted.cend(), [&](const Unit& u) {
                    return u.id == m_session.unitId();
                }))
                sorted.append(*chosen.value());
            std::sort(sorted.begin(), sorted.end(),
                      [](const Unit& a, const Unit& b) { return vietnameseLess(a.name, b.name); });
            for (const Unit& u : sorted) {
                auto* item = new QListWidgetItem(u.name, m_units);
                item->setData(Qt::UserRole, u.id);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(m_checked.contains(u.id) ? Qt::Checked : Qt::Unchecked);
                item->setToolTip(u.name);
            }
        }
    }
    fitUnitNames();
    m_filling = false;
}

// The list is as wide as its longest name, so that no name is cut, up to about 60 characters; a longer one is
// whole in its tooltip. The charts keep the rest of the page.
void TrendsPage::fitUnitNames()
{
    const int cap = m_units->fontMetrics().averageCharWidth() * 60;
    const int wanted = m_units->sizeHintForColumn(0) + 2 * m_units->frameWidth()
        + m_units->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4;
    m_units->setMinimumWidth(std::min(wanted, cap));
}

void TrendsPage::refresh()
{
    fillChoices();
    draw();
}

namespace {

// The columns of the table: one row per line and year, the unit's own first, then its predecessors'.
enum Column
{
    YearColumn,
    UnitColumn,
    ValueColumn,
    PercentColumn,
    ChangeColumn,
    RankColumn,
};

QTableWidgetItem* numberItem(const QString& shown, const QString& copied)
{
    auto* item = new QTableWidgetItem(shown);
    item->setData(TableCopy::CopyRole, copied);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

QString TrendsPage::changeText(const SeriesPoint& p, const QLocale& locale)
{
    if (!p.change)
        return QString();
    const QString change = (*p.change > Decimal() ? QStringLiteral("+") : QString()) + p.change->toString(locale);
    // Against a value years back (a year without one lies between): say which, never pass it off as last year's.
    return changeAcrossGap(p.year, p.changeFrom) ? tr("%1 (vs %2)").arg(change).arg(p.changeFrom) : change;
}

void TrendsPage::draw()
{
    auto index = m_session.currentIndex();
    if (!index) {
        m_heading->setText(tr("Choose an index in the bar above."));
        m_chart->setChart(new QChart);
        m_ranks->setChart(new QChart);
        m_table->clear();
        m_legend->hide();
        return;
    }
    const QString code = m_criterion->currentData().toString();
    const QString criterionName = code.isEmpty() ? tr("Total") : m_criterion->currentText().trimmed();
    m_note->clear();
    m_heading->setText(tr("%1 — %2").arg(index->name, criterionName));

    // Every checked unit's line and, before the events that made it, each predecessor's own line.
    QList<SeriesLine> lines;
    QList<QString> successorOf; // by line: the checked unit a predecessor's line stands before
    for (int i = 0; i < m_units->count(); ++i) {
        const QListWidgetItem* item = m_units->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        auto found
            = m_session.analysis().lines(index->code, item->data(Qt::UserRole).toLongLong(), code, m_session.stage());
        if (!found)
            continue;
        for (const SeriesLine& line : found.value()) {
            lines.append(line);
            successorOf.append(line.predecessor ? item->text() : QString());
        }
    }

    QList<YearSeries> values;
    QList<YearSeries> ranks;
    QStringList notes;
    std::optional<Decimal> max;
    for (const SeriesLine& line : lines) {
        const QString name = line.predecessor ? tr("%1 (predecessor)").arg(line.name) : line.name;
        YearSeries v {name, {}, {}, line.predecessor};
        YearSeries r {name, {}, {}, line.predecessor};
        for (const SeriesPoint& p : line.points) {
            const QString note = p.rank && !p.rankNote.isEmpty()
                ? tr("%1 %2: %3")
                      .arg(p.rankPublished ? QStringLiteral("*") : QStringLiteral("?"))
                      .arg(p.year)
                      .arg(p.rankNote)
                : QString();
            if (!note.isEmpty() && !notes.contains(note))
                notes << note;
            v.years.append(p.year);
            v.values.append(p.value);
            r.years.append(p.year);
            r.values.append(p.rank ? std::optional<Decimal>(Decimal::fromInt(*p.rank)) : std::nullopt);
            max = max ? std::max(*max, p.max) : p.max;
        }
        values.append(v);
        ranks.append(r);
    }
    m_chart->setChart(Charts::lines(criterionName, values, tr("Points"),
                                    max ? std::optional<double>(double(max->micro()) / Decimal::One) : std::nullopt));
    const bool anyRank
        = code.isEmpty() && std::any_of(ranks.cbegin(), ranks.cend(), [](const YearSeries& s) {
              return std::any_of(s.values.cbegin(), s.values.cend(), [](const auto& v) { return v.has_value(); });
          });
    m_ranks->setVisible(anyRank);
    if (anyRank)
        m_ranks->setChart(Charts::lines(tr("Rank (1 at the top)"), ranks, tr("Rank"), std::nullopt, true));
    showLegend(values);

    notes.sort();
    if (!code.isEmpty())
        notes.clear(); // ranks are the total's
    if (std::any_of(lines.cbegin(), lines.cend(), [](const SeriesLine& l) { return l.predecessor; }))
        notes.prepend(tr("Dashed lines and rows marked \"(predecessor)\" are the results of the units a unit was "
                         "formed from, before it existed: each is that unit's own, none is added to another."));
    m_note->setText(notes.join(u'\n'));
    m_note->setVisible(!m_note->text().isEmpty());
    fillTable(lines, successorOf, code.isEmpty());
}

void TrendsPage::showLegend(const QList<YearSeries>& values)
{
    // The lines in the order drawn, each with its colour (the rank chart draws the same lines in the same colours).
    QList<QColor> colours;
    for (QAbstractSeries* series : m_chart->chart()->series())
        if (auto* line = qobject_cast<QLineSeries*>(series))
            colours.append(line->color());
    m_chart->chart()->legend()->hide();
    if (m_ranks->chart())
        m_ranks->chart()->legend()->hide();
    QStringList entries;
    for (int i = 0; i < values.size() && i < colours.size(); ++i) {
        // A dashed line for a predecessor, as drawn; names are data, escaped. Lines wrap between entries only: Qt's
        // rich text breaks inside a nowrap span at spaces and after a hyphen, so the spaces are non-breaking and the
        // dashed sample is drawn with heavy box-drawing dashes (U+2505), which never break.
        const QString sample
            = values[i].dashed ? QStringLiteral("&#x2505;&#x2505;") : QStringLiteral("&#x2014;&#x2014;");
        const QString name = values[i].name.toHtmlEscaped().replace(u' ', QStringLiteral("&nbsp;"));
        entries << QStringLiteral("<span style='white-space:nowrap'><b style='color:%1'>%2</b>&nbsp;%3</span>")
                       .arg(colours[i].name(), sample, name);
    }
    m_legend->setText(values.size() > 1 ? entries.join(QStringLiteral(" &nbsp; ")) : QString());
    m_legend->setVisible(values.size() > 1);
}

void TrendsPage::fillTable(const QList<SeriesLine>& lines, const QList<QString>& successorOf, bool withRanks)
{
    // One row per line and year, in year order; within a year the lines in the order of the list.
    QList<std::pair<int, int>> rows; // line, point
    std::set<int> years;
    for (const SeriesLine& line : lines)
        for (const SeriesPoint& p : line.points)
            years.insert(p.year);
    for (int year : years)
        for (int l = 0; l < lines.size(); ++l)
            for (int k = 0; k < lines[l].points.size(); ++k)
                if (lines[l].points[k].year == year)
                    rows.append({l, k});

    QStringList header {tr("Year"), tr("Unit"), tr("Points"), tr("%"), tr("Change")};
    if (withRanks)
        header << tr("Rank");
    m_table->clear();
    m_table->setColumnCount(int(header.size()));
    m_table->setRowCount(int(rows.size()));
    m_table->setHorizontalHeaderLabels(header);
    m_table->verticalHeader()->hide();
    const QLocale locale;
    QLocale plain; // copied numbers: the decimal separator of the language, no thousands separators
    plain.setNumberOptions(QLocale::OmitGroupSeparator);
    for (int r = 0; r < rows.size(); ++r) {
        const SeriesLine& line = lines[rows[r].first];
        const SeriesPoint& p = line.points[rows[r].second];
        const QString name = p.unitName.isEmpty() ? line.name : p.unitName;
        auto* unit = new QTableWidgetItem(line.predecessor ? tr("%1 (predecessor)").arg(name) : name);
        if (line.predecessor) {
            // Set apart from the units' own rows: in italics, grey, with whose predecessor it is on hover.
            QFont italic = unit->font();
            italic.setItalic(true);
            unit->setFont(italic);
            unit->setForeground(QColor(0x5f, 0x5f, 0x5f));
            unit->setToolTip(tr("A predecessor of %1: its own result in %2, before the event that formed %1.")
                                 .arg(successorOf[rows[r].first])
                                 .arg(p.year));
        }
        m_table->setItem(r, YearColumn, new QTableWidgetItem(QString::number(p.year)));
        m_table->setItem(r, UnitColumn, unit);
        m_table->setItem(r, ValueColumn,
                         numberItem(p.value ? p.value->toString(locale) : QString(),
                                    p.value ? p.value->toString(plain, 0, false) : QString()));
        m_table->setItem(r, PercentColumn,
                         numberItem(p.percent ? p.percent->toString(locale, 2) : QString(),
                                    p.percent ? p.percent->toString(plain, 2, false) : QString()));
        m_table->setItem(r, ChangeColumn,
                         numberItem(changeText(p, locale), p.change ? p.change->toString(plain, 0, false) : QString()));
        if (withRanks) {
            const QString mark = p.rank && p.rankPublished ? QStringLiteral("*")
                : p.rank && p.provisional                  ? QStringLiteral("?")
                                                           : QString();
            m_table->setItem(
                r, RankColumn,
                numberItem(p.rank ? QStringLiteral("%1/%2%3").arg(*p.rank).arg(p.of.value_or(0)).arg(mark) : QString(),
                           p.rank ? QString::number(*p.rank) : QString()));
        }
    }
}

} // namespace par::ui
