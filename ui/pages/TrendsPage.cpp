#include "pages/TrendsPage.h"

#include "charts/Charts.h"
#include "models/TableCopy.h"
#include "scoring/Ranking.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

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
    auto* charts = new QSplitter(Qt::Horizontal, right);
    charts->addWidget(m_chart);
    charts->addWidget(m_ranks);
    charts->setStretchFactor(0, 3);
    charts->setStretchFactor(1, 2);
    right->addWidget(charts);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    TableCopy::install(m_table); // Ctrl+C: numbers a spreadsheet takes as numbers, ranks without their marks
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    right->addWidget(m_table);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);
    right->setSizes({3000, 1000});
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
            std::sort(sorted.begin(), sorted.end(),
                      [](const Unit& a, const Unit& b) { return vietnameseLess(a.name, b.name); });
            for (const Unit& u : sorted) {
                auto* item = new QListWidgetItem(u.name, m_units);
                item->setData(Qt::UserRole, u.id);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(m_checked.contains(u.id) ? Qt::Checked : Qt::Unchecked);
            }
        }
    }
    m_filling = false;
}

void TrendsPage::refresh()
{
    fillChoices();
    draw();
}

void TrendsPage::draw()
{
    auto index = m_session.currentIndex();
    if (!index) {
        m_heading->setText(tr("Choose an index in the bar above."));
        m_chart->setChart(new QChart);
        m_ranks->setChart(new QChart);
        m_table->clear();
        return;
    }
    const QString code = m_criterion->currentData().toString();
    const QString criterionName = code.isEmpty() ? tr("Total") : m_criterion->currentText().trimmed();
    m_note->clear();
    m_heading->setText(tr("%1 — %2").arg(index->name, criterionName));

    QList<YearSeries> values;
    QList<YearSeries> ranks;
    QList<QStringList> rankMarks; // per series, per point: "", "*" published, "?" provisional
    QStringList notes;
    std::map<int, int> rowOfYear;
    std::optional<Decimal> max;
    for (int i = 0; i < m_units->count(); ++i) {
        const QListWidgetItem* item = m_units->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        auto series
            = m_session.analysis().series(index->code, item->data(Qt::UserRole).toLongLong(), code, m_session.stage());
        if (!series)
            continue;
        YearSeries v {item->text(), {}, {}};
        YearSeries r {item->text(), {}, {}};
        QStringList marks;
        for (const SeriesPoint& p : series.value()) {
            marks << (p.rank && p.rankPublished     ? QStringLiteral("*")
                          : p.rank && p.provisional ? QStringLiteral("?")
                                                    : QString());
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
            rowOfYear[p.year] = 0;
            max = max ? std::max(*max, p.max) : p.max;
        }
        values.append(v);
        ranks.append(r);
        rankMarks.append(marks);
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

    // The table: one row per year, for each unit its value (and rank for the total).
    int row = 0;
    for (auto& [year, r] : rowOfYear)
        r = row++;
    QStringList header {tr("Year")};
    for (const YearSeries& s : values)
        header << s.name << (code.isEmpty() ? tr("Rank") : QString());
    if (!code.isEmpty())
        header.removeAll(QString());
    notes.sort();
    m_note->setText(code.isEmpty() ? notes.join(u'\n') : QString());
    m_note->setVisible(!m_note->text().isEmpty());
    m_table->clear();
    m_table->setColumnCount(int(header.size()));
    m_table->setRowCount(int(rowOfYear.size()));
    m_table->setHorizontalHeaderLabels(header);
    m_table->verticalHeader()->hide();
    const QLocale locale;
    QLocale plain; // copied numbers: the decimal separator of the language, no thousands separators
    plain.setNumberOptions(QLocale::OmitGroupSeparator);
    for (const auto& [year, r] : rowOfYear)
        m_table->setItem(r, 0, new QTableWidgetItem(QString::number(year)));
    const int perUnit = code.isEmpty() ? 2 : 1;
    for (int s = 0; s < values.size(); ++s) {
        for (int k = 0; k < values[s].years.size(); ++k) {
            const int r = rowOfYear[values[s].years[k]];
            auto* value = new QTableWidgetItem(values[s].values[k] ? values[s].values[k]->toString(locale) : QString());
            value->setData(TableCopy::CopyRole,
                           values[s].values[k] ? values[s].values[k]->toString(plain, 0, false) : QString());
            value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, 1 + s * perUnit, value);
            if (perUnit == 2) {
                auto* rank = new QTableWidgetItem(ranks[s].values[k] ? ranks[s].values[k]->toString() + rankMarks[s][k]
                                                                     : QString());
                rank->setData(TableCopy::CopyRole, ranks[s].values[k] ? ranks[s].values[k]->toString() : QString());
                rank->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_table->setItem(r, 2 + s * perUnit, rank);
            }
        }
    }
}

} // namespace par::ui
