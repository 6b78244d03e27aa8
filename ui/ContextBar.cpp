#include "ContextBar.h"

#include "scoring/Ranking.h"
#include "scoring/Standing.h"
#include "setup/SetupDialogs.h"
#include "storage/FrameworkEditor.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyleOptionComboBox>
#include <QStylePainter>

#include <algorithm>

namespace par::ui {

namespace {

// A closed combo box whose text is longer than the box ends in "…" instead of being cut mid-word
// ("PAR — Chỉ số cải các"): the style clips the label, so the text is elided before it is drawn.
class ElidingComboBox : public QComboBox
{
public:
    using QComboBox::QComboBox;

protected:
    void paintEvent(QPaintEvent*) override
    {
        QStylePainter painter(this);
        QStyleOptionComboBox option;
        initStyleOption(&option);
        painter.drawComplexControl(QStyle::CC_ComboBox, option);
        const QRect field = style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, this);
        option.currentText = fontMetrics().elidedText(option.currentText, Qt::ElideRight, field.width());
        painter.drawControl(QStyle::CE_ComboBoxLabel, option);
    }
};

QComboBox* addCombo(QHBoxLayout* layout, const QString& label, int minimumWidth, QWidget* parent)
{
    auto* caption = new QLabel(label, parent);
    auto* combo = new ElidingComboBox(parent);
    combo->setMinimumWidth(minimumWidth);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    caption->setBuddy(combo);
    layout->addWidget(caption);
    layout->addWidget(combo);
    layout->addSpacing(8);
    return combo;
}

} // namespace

ContextBar::ContextBar(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    // The tool bar gives the bar the width of the window, so the index's name can use what is spare.
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    m_index = addCombo(layout, tr("&Index"), 150, this);
    m_index->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_index->setMinimumContentsLength(22);
    m_index->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    layout->setStretchFactor(m_index, 4);
    m_year = addCombo(layout, tr("&Year"), 70, this);
    m_cohort = addCombo(layout, tr("&Cohort"), 150, this);
    m_unit = addCombo(layout, tr("U&nit"), 190, this);
    m_stage = addCombo(layout, tr("S&tage"), 110, this);

    m_stage->addItem(tr("Appraised (final)"), int(Stage::Final));
    m_stage->addItem(tr("Self-assessed"), int(Stage::Self));
    layout->addStretch(1);
    m_index->setObjectName(QStringLiteral("contextIndex"));
    m_year->setObjectName(QStringLiteral("contextYear"));
    m_cohort->setObjectName(QStringLiteral("contextCohort"));
    m_unit->setObjectName(QStringLiteral("contextUnit"));

    connect(m_index, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        m_filling = true;
        fillYears(m_year->currentData().toInt());
        fillCohorts();
        fillUnits(m_unit->currentText());
        m_filling = false;
        apply();
    });
    // A new year or cohort changes which units can be chosen; keep the selected one where it still can.
    for (QComboBox* combo : {m_year, m_cohort}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (m_filling)
                return;
            if (m_year->currentData().toInt() == NewYearItem) {
                // "New year...": the list shows the year in use again, and the dialog opens once the list has closed.
                m_filling = true;
                m_year->setCurrentIndex(m_year->findData(m_session.year()));
                m_filling = false;
                QMetaObject::invokeMethod(this, &ContextBar::newYear, Qt::QueuedConnection);
                return;
            }
            m_filling = true;
            fillUnits(m_unit->currentText());
            m_filling = false;
            apply();
        });
    }
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            apply();
    });
    connect(m_stage, &QComboBox::currentIndexChanged, this,
            [this] { m_session.setStage(Stage(m_stage->currentData().toInt())); });
    connect(&m_session, &Session::newYearRequested, this, &ContextBar::newYear);
}

int ContextBar::newYear()
{
    if (!m_session.isOpen())
        return 0;
    auto index = m_session.catalog().index(m_index->currentData().toString());
    if (!index)
        return 0;
    auto years = m_session.catalog().years(index->id);
    FrameworkEditor editor(m_session.catalog());
    const int year = SetupDialogs::newYear(window(), editor, index.value(), years ? years.value() : QList<int>());
    if (!year)
        return 0;
    reload(index->code, year);
    m_session.notifyDataChanged();
    emit status(tr("The %1 framework of %2 is ready: choose a unit and enter its scores.").arg(year).arg(index->code));
    return year;
}

void ContextBar::selectCohort(qint64 cohortId)
{
    const int at = m_cohort->findData(cohortId);
    if (at >= 0)
        m_cohort->setCurrentIndex(at);
}

void ContextBar::selectStage(Stage stage)
{
    const int at = m_stage->findData(int(stage));
    if (at >= 0)
        m_stage->setCurrentIndex(at);
}

void ContextBar::reload(const QString& indexCode, int year, const QString& unitName)
{
    m_filling = true;
    const QString wanted = indexCode.isEmpty() ? m_index->currentData().toString() : indexCode;
    m_index->clear();
    if (m_session.isOpen()) {
        auto indexes = m_session.catalog().indexes();
        if (indexes) {
            // Names, not only codes: "PAR — Chỉ số cải cách hành chính (PAR INDEX)"; the closed box stays compact
            // and the list opens wide enough for the whole names.
            for (const Index& i : indexes.value())
                m_index->addItem(i.name.isEmpty() ? i.code : tr("%1 — %2").arg(i.code, i.name), i.code);
            for (int i = 0; i < m_index->count(); ++i)
                m_index->setItemData(i, indexes->at(i).name, Qt::ToolTipRole);
            m_index->view()->setMinimumWidth(m_index->view()->sizeHintForColumn(0) + 24);
            // Where the window is wide (1920) the closed box takes the room it needs for the whole name; at 1366 it
            // keeps its compact width and the list and tooltip carry the name.
            int widest = 0;
            for (int i = 0; i < m_index->count(); ++i)
                widest = std::max(widest, m_index->fontMetrics().horizontalAdvance(m_index->itemText(i)));
            m_index->setMaximumWidth(std::max(m_index->minimumSizeHint().width(), widest + 48));
        }
    }
    int at = m_index->findData(wanted);
    // Nothing remembered on a unit's account: where its own unit is.
    const Place own = at < 0 ? ownUnitsPlace() : Place();
    at = at < 0 ? own.index : at;
    // Nothing remembered: start on an index about the province itself (PAR INDEX), not the first code.
    for (int i = 0; at < 0 && i < m_index->count(); ++i) {
        auto candidate = m_session.catalog().findIndex(m_index->itemData(i).toString());
        if (candidate && candidate.value() && candidate.value()->mainUnitId)
            at = i;
    }
    m_index->setCurrentIndex(at >= 0 ? at : 0);
    fillYears(year ? year : own.year ? own.year : m_year->currentData().toInt());
    fillCohorts(own.cohort);
    fillUnits(!unitName.isEmpty() ? unitName : !own.unit.isEmpty() ? own.unit : m_unit->currentText());
    m_filling = false;
    apply();
}

namespace {

// The newest year the unit is a member of the cohort in, or 0.
int newestMembership(Catalog& catalog, const Index& index, qint64 cohortId, qint64 unitId)
{
    auto years = catalog.years(index.id);
    if (!years)
        return 0;
    for (auto y = years->crbegin(); y != years->crend(); ++y) {
        auto cohorts = catalog.cohortsOf(index.id, unitId, *y);
        if (cohorts && std::any_of(cohorts->begin(), cohorts->end(), [&](const Cohort& c) { return c.id == cohortId; }))
            return *y;
    }
    return 0;
}

} // namespace

// Where a unit's account starts when nothing is remembered: its own unit, in the first index and cohort that have it
// as a member, in the newest year it is one there.
ContextBar::Place ContextBar::ownUnitsPlace() const
{
    const Permissions& account = m_session.permissions();
    if (account.role() != Permissions::Role::Unit || !m_session.isOpen())
        return {};
    Catalog& catalog = m_session.catalog();
    auto unit = catalog.unitById(account.unitId());
    if (!unit || !unit.value())
        return {};
    for (int i = 0; i < m_index->count(); ++i) {
        auto index = catalog.findIndex(m_index->itemData(i).toString());
        auto cohorts
            = index && index.value() ? catalog.cohorts(index.value()->id) : Result<QList<Cohort>>(QList<Cohort>());
        for (const Cohort& c : cohorts ? cohorts.value() : QList<Cohort>()) {
            if (int year = newestMembership(catalog, *index.value(), c.id, account.unitId()))
                return {i, year, c.name, unit.value()->name};
        }
    }
    return {};
}

void ContextBar::fillYears(int preferred)
{
    m_year->clear();
    if (!m_session.isOpen())
        return;
    auto index = m_session.catalog().findIndex(m_index->currentData().toString());
    if (!index || !index.value())
        return;
    auto years = m_session.catalog().years(index.value()->id);
    if (!years)
        return;
    for (auto y = years->crbegin(); y != years->crend(); ++y)
        m_year->addItem(QString::number(*y), *y);
    // Adding a year is found where a clerk looks for one: at the end of the list of years.
    if (!years->isEmpty())
        m_year->insertSeparator(m_year->count());
    m_year->addItem(tr("New year..."), NewYearItem);
    m_year->setItemData(m_year->count() - 1,
                        tr("Add a year to this index, copying last year's framework or starting empty"),
                        Qt::ToolTipRole);
    int at = preferred == NewYearItem ? -1 : m_year->findData(preferred);
    if (at < 0) {
        // Nothing remembered: the newest year with data, not a year just set up and still empty.
        auto newest = Standings(m_session.catalog()).newestYearWithScores(index.value()->id);
        if (newest && newest.value())
            at = m_year->findData(*newest.value());
    }
    // No year yet: nothing is chosen, and "New year..." is the one choice.
    m_year->setCurrentIndex(at >= 0 ? at : years->isEmpty() ? -1 : 0);
}

void ContextBar::fillCohorts(const QString& preferred)
{
    const QString previous = preferred.isEmpty() ? m_cohort->currentText() : preferred;
    m_cohort->clear();
    if (!m_session.isOpen())
        return;
    auto index = m_session.catalog().findIndex(m_index->currentData().toString());
    if (!index || !index.value())
        return;
    auto cohorts = m_session.catalog().cohorts(index.value()->id);
    if (!cohorts)
        return;
    for (const Cohort& c : cohorts.value())
        m_cohort->addItem(c.name, c.id);
    const int at = m_cohort->findText(previous);
    m_cohort->setCurrentIndex(at >= 0 ? at : 0);
}

void ContextBar::fillUnits(const QString& preferred)
{
    m_unit->clear();
    if (!m_session.isOpen() || m_cohort->count() == 0)
        return;
    auto units = m_session.catalog().membersAnyYear(m_cohort->currentData().toLongLong());
    if (!units)
        return;
    const int year = m_year->currentData().toInt();
    QList<Unit> active;
    for (const Unit& u : units.value()) {
        if (!year || u.activeIn(year))
            active.append(u);
    }
    std::sort(active.begin(), active.end(),
              [](const Unit& a, const Unit& b) { return vietnameseLess(a.name, b.name); });
    for (const Unit& u : active)
        m_unit->addItem(u.name, u.id);
    int at = m_unit->findText(preferred);
    if (at < 0) {
        // The index's own unit (the province) first, for the national indexes.
        auto index = m_session.catalog().findIndex(m_index->currentData().toString());
        if (index && index.value() && index.value()->mainUnitId)
            at = m_unit->findData(index.value()->mainUnitId);
    }
    m_unit->setCurrentIndex(at >= 0 ? at : 0);
}

void ContextBar::apply()
{
    m_session.setContext(m_index->currentData().toString(), std::max(0, m_year->currentData().toInt()),
                         m_cohort->currentData().toLongLong(), m_unit->currentData().toLongLong());
}

} // namespace par::ui
