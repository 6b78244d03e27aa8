#include "setup/UnitsTab.h"

#include "Dialogs.h"
#include "scoring/Ranking.h"
#include "setup/ActionRow.h"
#include "setup/ChoiceDelegate.h"
#include "setup/CollatingProxyModel.h"
#include "setup/LineageDialog.h"
#include "setup/PaddedItemDelegate.h"
#include "setup/SetupDialogs.h"
#include "setup/YearDelegate.h"
#include "storage/LineageStore.h"
#include "storage/UnitEditor.h"

#include <QAction>
#include <QComboBox>
#include <QDate>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace par::ui {

namespace {

void setUpTable(QTableView* view)
{
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setSortingEnabled(true);
    view->setWordWrap(false);
    view->horizontalHeader()->setHighlightSections(false);
    view->verticalHeader()->setDefaultSectionSize(PaddedItemDelegate::rowHeight(view->fontMetrics()));
}

} // namespace

UnitsTab::UnitsTab(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_filter(new QLineEdit(this))
    , m_units(new QTableView(this))
    , m_unitsModel(new UnitsModel(this))
    , m_unitsProxy(new CollatingProxyModel(this))
    , m_kindDelegate(new ChoiceDelegate(this))
    , m_unitsCount(new QLabel(this))
    , m_cohortBox(new QGroupBox(this))
    , m_cohort(new QComboBox(this))
    , m_members(new QTableView(this))
    , m_membersModel(new UnitsModel(this))
    , m_membersProxy(new CollatingProxyModel(this))
    , m_membersCount(new QLabel(this))
{
    for (QLabel* label : {m_unitsCount, m_membersCount})
        label->setTextFormat(Qt::PlainText); // data is text, never markup
    // ---- Units ----
    auto* unitsBox = new QGroupBox(tr("Units"), this);
    m_filter->setPlaceholderText(tr("Filter by name, code or kind"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_unitsProxy->setSearchText(text);
        m_unitsCount->setText(tr("%n unit(s) shown", nullptr, m_unitsProxy->rowCount()));
    });
    auto* unitsBar = new ActionRow(unitsBox);
    m_newUnit
        = ActionRow::makeAction(m_units, QStringLiteral("list-add"), tr("New unit..."), QKeySequence(Qt::Key_Insert),
                                tr("Add a province, department, district or commune"));
    m_merge = ActionRow::makeAction(m_units, QStringLiteral("go-next"), tr("Merge units..."), QKeySequence(),
                                    tr("Record that several units became one from a year, with its legal basis"));
    m_split = ActionRow::makeAction(m_units, QStringLiteral("split"), tr("Split unit..."), QKeySequence(),
                                    tr("Record that the selected unit became several from a year, with its legal "
                                       "basis"));
    m_rename
        = ActionRow::makeAction(m_units, QStringLiteral("edit-rename"), tr("Rename from a year..."), QKeySequence(),
                                tr("Record the selected unit's new name from a year; its results stay one line"));
    unitsBar->add(m_newUnit);
    unitsBar->add(m_merge);
    unitsBar->add(m_split);
    unitsBar->add(m_rename);
    connect(m_newUnit, &QAction::triggered, this, &UnitsTab::newUnit);
    connect(m_merge, &QAction::triggered, this, [this] { recordEvent(LineageEvent::Merge); });
    connect(m_split, &QAction::triggered, this, [this] { recordEvent(LineageEvent::Split); });
    connect(m_rename, &QAction::triggered, this, [this] { recordEvent(LineageEvent::Rename); });

    m_unitsProxy->setSourceModel(m_unitsModel);
    m_units->setModel(m_unitsProxy);
    setUpTable(m_units);
    m_units->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_units->sortByColumn(UnitsModel::Name, Qt::AscendingOrder);
    QHeaderView* header = m_units->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(UnitsModel::Code, QHeaderView::ResizeToContents);
    // The name whole; the events take what is left (each in full in its tooltip).
    header->setSectionResizeMode(UnitsModel::Name, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(UnitsModel::Kind, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(UnitsModel::ValidFrom, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(UnitsModel::ValidTo, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(UnitsModel::Events, QHeaderView::Stretch);
    auto* years = new YearDelegate(this);
    m_units->setItemDelegateForColumn(UnitsModel::ValidFrom, years);
    m_units->setItemDelegateForColumn(UnitsModel::ValidTo, years);
    m_units->setItemDelegateForColumn(UnitsModel::Kind, m_kindDelegate);
    QList<ChoiceDelegate::Choice> kinds;
    for (const QString& kind : UnitEditor::kinds())
        kinds.append({UnitsModel::kindText(kind), kind});
    m_kindDelegate->setChoices(kinds);
    m_unitsModel->setEditHandler([this](qint64 id, UnitsModel::Column column, const QVariant& value) {
        QMetaObject::invokeMethod(
            this, [this, id, column, value] { applyUnitEdit(id, column, value); }, Qt::QueuedConnection);
        return true;
    });
    connect(m_units->selectionModel(), &QItemSelectionModel::currentChanged, this, &UnitsTab::updateActions);

    auto* unitsTop = new QHBoxLayout;
    unitsTop->addWidget(m_filter, 1);
    unitsTop->addWidget(unitsBar);
    auto* unitsLayout = new QVBoxLayout(unitsBox);
    unitsLayout->addLayout(unitsTop);
    unitsLayout->addWidget(m_units, 1);
    auto* unitsHint = new QLabel(tr("Double-click a cell to change it. Record mergers, splits and renames with the "
                                    "buttons above: a merged unit keeps its history up to its last year."),
                                 unitsBox);
    unitsHint->setWordWrap(true);
    unitsHint->setForegroundRole(QPalette::PlaceholderText);
    unitsLayout->addWidget(m_unitsCount);
    unitsLayout->addWidget(unitsHint);

    // ---- Cohorts ----
    auto* cohortLabel = new QLabel(tr("C&ohort:"), m_cohortBox);
    cohortLabel->setBuddy(m_cohort);
    m_cohort->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_cohort->setMinimumContentsLength(12);
    m_newCohort = ActionRow::makeAction(m_cohortBox, QStringLiteral("list-add"), tr("New cohort..."), QKeySequence(),
                                        tr("Create a group of units ranked together"));
    connect(m_newCohort, &QAction::triggered, this, &UnitsTab::newCohort);
    connect(m_cohort, &QComboBox::currentIndexChanged, this, &UnitsTab::loadMembers);

    auto* membersBar = new ActionRow(m_cohortBox);
    m_addMembers = ActionRow::makeAction(m_members, QStringLiteral("list-add"), tr("Add units..."),
                                         QKeySequence(Qt::Key_Insert), tr("Add units to this cohort for the year"));
    m_removeMember = ActionRow::makeAction(m_members, QStringLiteral("list-remove"), tr("Remove from cohort"),
                                           QKeySequence(Qt::Key_Delete),
                                           tr("Take the selected unit out of this cohort for the year"));
    membersBar->add(m_addMembers);
    membersBar->add(m_removeMember);
    membersBar->addSeparator();
    membersBar->add(m_newCohort);
    connect(m_addMembers, &QAction::triggered, this, &UnitsTab::addMembers);
    connect(m_removeMember, &QAction::triggered, this, &UnitsTab::removeMember);

    m_membersProxy->setSourceModel(m_membersModel);
    m_members->setModel(m_membersProxy);
    setUpTable(m_members);
    m_members->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_members->sortByColumn(UnitsModel::Name, Qt::AscendingOrder);
    for (int column : {int(UnitsModel::ValidFrom), int(UnitsModel::ValidTo), int(UnitsModel::Events)})
        m_members->hideColumn(column);
    QHeaderView* membersHeader = m_members->horizontalHeader();
    membersHeader->setStretchLastSection(false);
    membersHeader->setSectionResizeMode(UnitsModel::Code, QHeaderView::ResizeToContents);
    membersHeader->setSectionResizeMode(UnitsModel::Name, QHeaderView::Stretch);
    membersHeader->setSectionResizeMode(UnitsModel::Kind, QHeaderView::ResizeToContents);
    membersHeader->moveSection(UnitsModel::Name, 0);
    connect(m_members->selectionModel(), &QItemSelectionModel::currentChanged, this, &UnitsTab::updateActions);

    auto* cohortTop = new QHBoxLayout;
    cohortTop->addWidget(cohortLabel);
    cohortTop->addWidget(m_cohort, 1);
    auto* cohortLayout = new QVBoxLayout(m_cohortBox);
    cohortLayout->addLayout(cohortTop);
    cohortLayout->addWidget(membersBar);
    cohortLayout->addWidget(m_members, 1);
    cohortLayout->addWidget(m_membersCount);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(unitsBox);
    splitter->addWidget(m_cohortBox);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({700, 400});
    // At least wide enough for their buttons in the user's language.
    unitsBox->setMinimumWidth(qMax(480, unitsBox->minimumSizeHint().width()));
    m_cohortBox->setMinimumWidth(qMax(340, m_cohortBox->minimumSizeHint().width()));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);

    setTabOrder(m_filter, m_units);
    setTabOrder(m_units, m_cohort);
    setTabOrder(m_cohort, m_members);
    updateActions();
}

void UnitsTab::load(const std::optional<Index>& index, int year)
{
    const qint64 selectedUnit = currentUnit() ? currentUnit()->id : 0;
    const qint64 selectedCohort = currentCohort() ? currentCohort()->id : 0;
    const bool sameIndex = m_index && index && m_index->id == index->id;
    m_index = index;
    m_year = year;

    QList<Unit> units;
    if (auto all = m_session.catalog().units(); all)
        units = all.value();
    else
        emit status(all.error().message);
    QList<LineageEvent> events;
    if (auto recorded = LineageStore(m_session.catalog()).events(); recorded)
        events = recorded.value();
    else
        emit status(recorded.error().message);
    m_unitsModel->setUnits(units, events);
    m_unitsCount->setText(tr("%n unit(s) shown", nullptr, m_unitsProxy->rowCount()));
    if (selectedUnit) {
        const int row = m_unitsModel->rowOfId(selectedUnit);
        if (row >= 0)
            m_units->setCurrentIndex(m_unitsProxy->mapFromSource(m_unitsModel->index(row, UnitsModel::Name)));
    }

    m_cohortBox->setTitle(index && year ? tr("Cohorts of %1 in %2").arg(index->code).arg(year)
                              : index   ? tr("Cohorts of %1").arg(index->code)
                                        : tr("Cohorts"));
    m_cohorts.clear();
    if (index) {
        if (auto cohorts = m_session.catalog().cohorts(index->id); cohorts)
            m_cohorts = cohorts.value();
    }
    const QSignalBlocker block(m_cohort);
    m_cohort->clear();
    for (const Cohort& c : m_cohorts)
        m_cohort->addItem(c.isDefault ? tr("%1 (default)").arg(c.name) : c.name, c.id);
    int at = sameIndex ? m_cohort->findData(selectedCohort) : -1;
    if (at < 0 && index && index->code == m_session.indexCode())
        at = m_cohort->findData(m_session.cohortId());
    m_cohort->setCurrentIndex(at >= 0 ? at : 0);
    loadMembers();
}

void UnitsTab::loadMembers()
{
    const std::optional<Cohort> cohort = currentCohort();
    QList<Unit> members;
    if (cohort && m_year) {
        if (auto found = m_session.catalog().members(cohort->id, m_year); found)
            members = found.value();
    }
    m_membersModel->setUnits(members);
    // A cohort of one kind of unit need not repeat the kind on every row.
    m_members->setColumnHidden(UnitsModel::Kind, cohort && !cohort->unitKind.isEmpty());
    if (!cohort)
        m_membersCount->setText(m_index ? tr("%1 has no cohort yet.").arg(m_index->code) : QString());
    else
        m_membersCount->setText(tr("%n unit(s) ranked in this cohort in %1", nullptr, int(members.size())).arg(m_year));
    updateActions();
}

std::optional<Unit> UnitsTab::currentUnit() const
{
    const QModelIndex at = m_units->currentIndex();
    if (!at.isValid())
        return std::nullopt;
    const int row = m_unitsProxy->mapToSource(at).row();
    if (row < 0 || row >= m_unitsModel->units().size())
        return std::nullopt;
    return m_unitsModel->units()[row];
}

std::optional<Cohort> UnitsTab::currentCohort() const
{
    const qint64 id = m_cohort->currentData().toLongLong();
    for (const Cohort& c : m_cohorts) {
        if (c.id == id)
            return c;
    }
    return std::nullopt;
}

void UnitsTab::updateActions()
{
    // A merger may start from nothing chosen (tick its units in the form); a split or a rename is of the chosen unit.
    m_split->setEnabled(currentUnit().has_value());
    m_rename->setEnabled(currentUnit().has_value());
    m_newCohort->setEnabled(m_index.has_value());
    const bool cohort = currentCohort().has_value() && m_year;
    m_addMembers->setEnabled(cohort);
    m_removeMember->setEnabled(cohort && m_members->currentIndex().isValid());
}

void UnitsTab::written(const QString& message)
{
    m_session.notifyDataChanged();
    load(m_index, m_year);
    emit status(message);
}

void UnitsTab::newUnit()
{
    UnitEditor editor(m_session.catalog());
    if (auto made = SetupDialogs::newUnit(this, editor, m_year)) {
        written(tr("%1 added.").arg(made->name));
        const int row = m_unitsModel->rowOfId(made->id);
        if (row >= 0) {
            const QModelIndex at = m_unitsProxy->mapFromSource(m_unitsModel->index(row, UnitsModel::Name));
            m_units->setCurrentIndex(at);
            m_units->scrollTo(at);
        }
    }
}

void UnitsTab::recordEvent(LineageEvent::Kind kind)
{
    const std::optional<Unit> unit = currentUnit();
    if (kind != LineageEvent::Merge && !unit)
        return;
    LineageStore store(m_session.catalog());
    // The year chosen on the page is the usual year of the change (the first year of the new units).
    LineageDialog dialog(kind, store, m_unitsModel->units(), unit, m_year, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.recorded())
        return;
    const LineageEvent& e = *dialog.recorded();
    const qint64 shown = e.successors.value(0);
    written(kind == LineageEvent::Merge       ? tr("Merger of %1 recorded.").arg(e.year)
                : kind == LineageEvent::Split ? tr("Split of %1 recorded.").arg(e.year)
                                              : tr("Rename of %1 recorded.").arg(e.year));
    const int row = m_unitsModel->rowOfId(shown);
    if (row >= 0) {
        const QModelIndex at = m_unitsProxy->mapFromSource(m_unitsModel->index(row, UnitsModel::Name));
        m_units->setCurrentIndex(at);
        m_units->scrollTo(at);
    }
}

void UnitsTab::applyUnitEdit(qint64 unitId, UnitsModel::Column column, const QVariant& value)
{
    const int row = m_unitsModel->rowOfId(unitId);
    if (row < 0)
        return;
    Unit unit = m_unitsModel->units()[row];
    auto year = [](const QVariant& v) { return v.toInt() ? std::optional<int>(v.toInt()) : std::nullopt; };
    switch (column) {
    case UnitsModel::Code:
        unit.code = value.toString();
        break;
    case UnitsModel::Name:
        unit.name = value.toString();
        break;
    case UnitsModel::Kind:
        unit.kind = value.toString();
        break;
    case UnitsModel::ValidFrom:
        unit.validFrom = year(value);
        break;
    case UnitsModel::ValidTo:
        unit.validTo = year(value);
        break;
    default:
        return;
    }
    UnitEditor editor(m_session.catalog());
    if (auto saved = editor.save(unit); !saved) {
        Dialogs::showError(this, tr("Cannot change %1").arg(m_unitsModel->units()[row].name), saved.error().message);
        load(m_index, m_year);
        return;
    }
    written(tr("%1 saved.").arg(unit.name));
}

void UnitsTab::newCohort()
{
    if (!m_index)
        return;
    UnitEditor editor(m_session.catalog());
    if (auto made = SetupDialogs::newCohort(this, editor, *m_index)) {
        written(tr("Cohort %1 created.").arg(made->name));
        const int at = m_cohort->findData(made->id);
        if (at >= 0)
            m_cohort->setCurrentIndex(at);
    }
}

void UnitsTab::addMembers()
{
    const std::optional<Cohort> cohort = currentCohort();
    if (!cohort || !m_year)
        return;
    QSet<qint64> already;
    for (const Unit& u : m_membersModel->units())
        already.insert(u.id);
    QList<Unit> candidates;
    for (const Unit& u : m_unitsModel->units()) {
        if (!already.contains(u.id) && u.activeIn(m_year))
            candidates.append(u);
    }
    const QList<qint64> chosen = SetupDialogs::chooseMembers(this, cohort->name, m_year, candidates, cohort->unitKind);
    if (chosen.isEmpty())
        return;
    UnitEditor editor(m_session.catalog());
    if (Status s = editor.addMembers(*cohort, m_year, chosen); !s) {
        Dialogs::showError(this, tr("Cannot add the units"), s.error().message);
        return;
    }
    written(tr("%n unit(s) added to %1.", nullptr, int(chosen.size())).arg(cohort->name));
}

void UnitsTab::removeMember()
{
    const std::optional<Cohort> cohort = currentCohort();
    const QModelIndex at = m_members->currentIndex();
    if (!cohort || !at.isValid() || !m_index)
        return;
    const Unit unit = m_membersModel->units()[m_membersProxy->mapToSource(at).row()];
    UnitEditor editor(m_session.catalog());
    auto scores = editor.scoreCount(*m_index, m_year, unit.id);
    QString text = tr("Take %1 out of \"%2\" for %3?").arg(unit.name, cohort->name).arg(m_year);
    if (scores && scores.value() > 0)
        text += u'\n'
            + tr("It has %n score(s) for %1; they stay recorded, but the unit is no longer ranked in this cohort.",
                 nullptr, scores.value())
                  .arg(m_year);
    if (!Dialogs::confirm(this, tr("Remove from cohort"), text, tr("Remove")))
        return;
    if (Status s = editor.removeMember(*cohort, m_year, unit.id); !s) {
        Dialogs::showError(this, tr("Cannot remove the unit from the cohort"), s.error().message);
        return;
    }
    written(tr("%1 removed from %2.").arg(unit.name, cohort->name));
}

} // namespace par::ui
