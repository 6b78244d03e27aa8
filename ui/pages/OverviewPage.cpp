#include "pages/OverviewPage.h"

#include "PlainText.h"
#include "charts/Charts.h"
#include "models/LostPointsModel.h"
#include "scoring/YearGlance.h"
#include "welcome/YearGlancePanel.h"

#include <QChart>
#include <QChartView>
#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace par::ui {

namespace {

QTableView* tableFor(QAbstractItemModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(LostPointsModel::Title, QHeaderView::Stretch);
    view->setWordWrap(false);
    return view;
}

} // namespace

OverviewPage::OverviewPage(Session& session, QWidget* parent)
    : Page(session, parent)
    , m_glance(new YearGlancePanel(this))
    , m_heading(new QLabel(this))
    , m_note(new QLabel(this))
    , m_trend(new QChartView(this))
    , m_fields(new QChartView(this))
    , m_tabs(new QTabWidget(this))
    , m_lost(new LostPointsModel(LostPointsModel::Mode::Lost, this))
    , m_fell(new LostPointsModel(LostPointsModel::Mode::Fell, this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->addWidget(m_glance);
    m_heading->setStyleSheet(QStringLiteral("font-size: 16px; font-weight: 600;"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    layout->addWidget(m_heading);

    auto* cards = new QGridLayout;
    cards->setHorizontalSpacing(10);
    m_total = addCard(cards, 0, tr("Total"), QStringLiteral("total"));
    m_percent = addCard(cards, 1, tr("Percent of maximum"), QStringLiteral("percent"));
    m_rank = addCard(cards, 2, tr("Rank"), QStringLiteral("rank"));
    m_band = addCard(cards, 3, tr("Classification"), QStringLiteral("band"));
    m_change = addCard(cards, 4, tr("Against last year"), QStringLiteral("change"));
    m_band->setTextFormat(Qt::PlainText); // a band's name is data
    layout->addLayout(cards);
    m_note->setObjectName(QStringLiteral("standingNote"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: #8a5300;"));
    m_note->hide();
    layout->addWidget(m_note);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    auto* charts = new QSplitter(Qt::Horizontal, splitter);
    for (QChartView* view : {m_trend, m_fields}) {
        view->setParent(charts);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(220);
    }
    charts->addWidget(m_trend);
    charts->addWidget(m_fields);
    charts->setStretchFactor(0, 2);
    charts->setStretchFactor(1, 3);
    splitter->addWidget(charts);
    m_tabs->addTab(tableFor(m_lost, m_tabs), tr("Most points lost"));
    m_tabs->addTab(tableFor(m_fell, m_tabs), tr("Fell most since last year"));
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({3000, 2000}); // proportions: the tables' own size hints would take most of the height
    charts->setSizes({2000, 3000});
    layout->addWidget(splitter, 1);
}

QLabel* OverviewPage::addCard(QGridLayout* grid, int column, const QString& caption, const QString& name)
{
    auto* frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("card"));
    frame->setStyleSheet(QStringLiteral("QFrame#card { background: palette(base); border: 1px solid palette(mid); "
                                        "border-radius: 6px; }"));
    auto* box = new QVBoxLayout(frame);
    box->setContentsMargins(12, 8, 12, 8);
    auto* title = new QLabel(caption, frame);
    title->setStyleSheet(QStringLiteral("color: palette(dark);"));
    auto* value = new QLabel(frame);
    value->setObjectName(name);
    value->setStyleSheet(QStringLiteral("font-size: 20px; font-weight: 600;"));
    value->setTextFormat(Qt::RichText);
    box->addWidget(title);
    box->addWidget(value);
    grid->addWidget(frame, 0, column);
    grid->setColumnStretch(column, 1);
    return value;
}

QString OverviewPage::title() const
{
    return tr("Overview");
}

QString OverviewPage::iconName() const
{
    return QStringLiteral("go-home");
}

QString OverviewPage::figure(const QString& name) const
{
    const auto* label = findChild<QLabel*>(name);
    return label ? label->text() : QString();
}

void OverviewPage::clearAll(const QString& why)
{
    m_heading->setText(why);
    for (QLabel* l : {m_total, m_percent, m_rank, m_band, m_change}) {
        l->setText(QStringLiteral("—"));
        l->setToolTip(QString());
    }
    m_note->clear();
    m_note->hide();
    m_trend->setChart(new QChart);
    m_fields->setChart(new QChart);
    m_lost->clear();
    m_fell->clear();
}

void OverviewPage::refreshGlance()
{
    auto index = m_session.currentIndex();
    if (!index) {
        m_glance->showMessage(
            m_session.isOpen() ? tr("Choose an index in the bar above, or create one on the Setup page.") : QString());
        return;
    }
    auto cohorts = YearGlance::of(m_session.catalog(), index.value(), m_session.year());
    if (!cohorts)
        m_glance->showMessage(cohorts.error().message);
    else
        m_glance->load(index->code, m_session.year(), cohorts.value(), m_session.permissions());
}

// Why there is no result to show. A unit's account reads another unit's final results once their year is finalised,
// and no other unit's self-assessment: it is not told that a unit has no results when it may not read them.
QString OverviewPage::noResults(const Unit& unit, const QString& indexCode) const
{
    const Permissions& account = m_session.permissions();
    const int year = m_session.year();
    if (account.role() == Permissions::Role::Unit && unit.id != account.unitId()) {
        if (m_session.stage() == Stage::Self)
            return tr("Your account (%1) reads the self-assessments of its own unit only.").arg(account.describe());
        auto cohort = m_session.currentCohort();
        auto final = cohort ? m_session.catalog().isFinalised(cohort->id, year) : Result<bool>(true);
        if (final && !final.value())
            return tr("The %1 results of %2 for %3 are not published yet: your account (%4) reads other units' final "
                      "results once their year is finalised.")
                .arg(indexCode, unit.name)
                .arg(year)
                .arg(account.describe());
    }
    return tr("%1 has no %2 results for %3 yet.").arg(unit.name, indexCode).arg(year);
}

void OverviewPage::refresh()
{
    refreshGlance();
    auto index = m_session.currentIndex();
    auto unit = m_session.isOpen() ? m_session.catalog().unitById(m_session.unitId())
                                   : Result<std::optional<Unit>>(std::nullopt);
    if (!index || !unit || !unit.value()) {
        clearAll(tr("Choose an index, a year and a unit in the bar above."));
        return;
    }
    if (m_session.year() <= 0) {
        // A new database or index: no year yet, and the glance above says what to do.
        clearAll(tr("%1 has no year yet.").arg(index->code));
        return;
    }
    const Stage stage = m_session.stage();
    const QString unitKey = unit.value()->code.isEmpty() ? unit.value()->name : unit.value()->code;
    auto cohort = m_session.currentCohort();
    auto trend = m_session.analysis().trend(index->code, unitKey, cohort ? cohort->name : QString(), stage);
    if (!trend) {
        clearAll(startOfSentence(trend.error().message));
        return;
    }
    const QLocale locale;
    m_heading->setText(tr("%1 — %2, %3").arg(unit.value()->name, index->name).arg(m_session.year()));
    const TrendPoint* now = nullptr;
    const TrendPoint* before = nullptr;
    for (const TrendPoint& p : trend->points) {
        if (p.year == m_session.year())
            now = &p;
        else if (p.year < m_session.year() && p.total)
            before = &p;
    }
    const QString small = QStringLiteral("<span style='font-size:13px; font-weight:400;'>%1</span>");
    if (!now || !now->total) {
        clearAll(noResults(*unit.value(), index->code));
    } else {
        const Standing& standing = now->standing;
        m_total->setText(QStringLiteral("%1 %2").arg(now->total->toString(locale),
                                                     small.arg(tr("/ %1").arg(now->max.toString(locale)))));
        m_percent->setText(now->percent->toString(locale, 2) + u'%');
        if (standing.rank) {
            QString detail = tr("of %1").arg(*standing.of);
            if (standing.published)
                detail += tr(" (published)");
            else if (standing.provisional)
                detail += tr(" · provisional");
            m_rank->setText(QStringLiteral("%1%2 %3")
                                .arg(*standing.rank)
                                .arg(standing.tied ? QStringLiteral("=") : QString(), small.arg(esc(detail))));
            m_rank->setToolTip(plainTip(standing.published
                                            ? tr("Published rank. Source: %1")
                                                  .arg(standing.source.isEmpty() ? tr("not given") : standing.source)
                                            : standing.provisional ? startOfSentence(now->completeness.describe())
                                                                   : QString()));
        } else {
            m_rank->setText(QStringLiteral("—"));
            m_rank->setToolTip(QString());
        }
        m_band->setText(now->band.isEmpty() ? QStringLiteral("—") : now->band);
        if (before && now->change) {
            const Change change
                = changeBetween(before->total, before->standing, now->total, now->standing, before->year);
            const bool up = *now->change > Decimal();
            const bool same = now->change->isZero();
            const QString arrow = same ? QStringLiteral("=") : up ? QStringLiteral("▲") : QStringLiteral("▼");
            const QString colour = same ? QStringLiteral("#555")
                : up                    ? QStringLiteral("#1b7f3b")
                                        : QStringLiteral("#b3261e");
            QString rankChange;
            if (change.places)
                rankChange = tr("rank %1 → %2").arg(*before->standing.rank).arg(*now->standing.rank);
            if (change.provisional)
                rankChange += (rankChange.isEmpty() ? QString() : QStringLiteral(" ")) + tr("(provisional)");
            m_change->setText(
                QStringLiteral("<span style='color:%1'>%2 %3%4</span> %5")
                    .arg(colour, arrow, up ? QStringLiteral("+") : QString(), now->change->toString(locale, 2),
                         small.arg(esc(
                             tr("vs %1 (%2) %3").arg(before->year).arg(before->total->toString(locale), rankChange)))));
            m_change->setToolTip(change.provisional ? plainTip(tr("A year with units still missing scores: the "
                                                                  "rank and its change may still move."))
                                                    : QString());
        } else {
            m_change->setText(small.arg(esc(tr("no earlier year"))));
            m_change->setToolTip(QString());
        }
        QStringList notes;
        if (!now->complete)
            notes << tr("%1 has criteria without a score: its total is incomplete.").arg(unit.value()->name);
        if (now->provisional)
            notes << tr("%1 %2, \"%3\": %4.")
                         .arg(index->code)
                         .arg(now->year)
                         .arg(now->cohort, now->completeness.describe());
        if (standing.published)
            notes << tr("Rank %1 of %2 as published (%3); the rest of the pool is not in the database.")
                         .arg(*standing.rank)
                         .arg(*standing.of)
                         .arg(standing.source.isEmpty() ? tr("no source given") : standing.source);
        m_note->setText(notes.join(u' '));
        m_note->setVisible(!notes.isEmpty());
    }

    YearSeries line {unit.value()->name, {}, {}};
    for (const TrendPoint& p : trend->points) {
        line.years.append(p.year);
        line.values.append(p.total);
    }
    const double max = trend->points.isEmpty() ? 100.0 : double(trend->points.last().max.micro()) / Decimal::One;
    m_trend->setChart(Charts::lines(tr("Total over the years"), {line}, tr("Points"), max));

    auto fields = m_session.analysis().fields(index->code, m_session.year(), unit.value()->id, stage);
    QList<Bar> bars;
    if (fields) {
        for (const FieldShare& f : fields.value()) {
            if (f.percent)
                // The whole name: the chart shortens it to the room it has (more at 1920 than at 1366).
                bars.append(
                    {f.code + QStringLiteral(". ") + f.title, *f.percent, f.code + QStringLiteral(". ") + f.title});
        }
    }
    m_fields->setChart(Charts::bars(tr("Each field as percent of its maximum"), bars, tr("% of maximum"), 100));

    auto lost = m_session.analysis().lostPoints(index->code, m_session.year(), unitKey, stage);
    if (lost) {
        m_lost->load(lost.value());
        m_fell->load(lost.value());
    }
}

} // namespace par::ui
