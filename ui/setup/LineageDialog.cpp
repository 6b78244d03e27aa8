#include "setup/LineageDialog.h"

#include "Dialogs.h"
#include "scoring/Ranking.h"
#include "setup/CollatingProxyModel.h"
#include "setup/UnitsModel.h"
#include "storage/LineageStore.h"
#include "storage/UnitEditor.h"

#include <QComboBox>
#include <QCompleter>
#include <QDate>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace par::ui {

namespace {

QString titleOf(LineageEvent::Kind kind)
{
    switch (kind) {
    case LineageEvent::Merge:
        return LineageDialog::tr("Merge units");
    case LineageEvent::Split:
        return LineageDialog::tr("Split a unit");
    case LineageEvent::Rename:
        return LineageDialog::tr("Rename a unit from a year");
    }
    return QString();
}

QComboBox* unitCombo(QWidget* parent, const QList<Unit>& units, const std::optional<Unit>& current)
{
    auto* combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    for (const Unit& u : units)
        combo->addItem(u.name, u.id);
    const int at = current ? combo->findData(current->id) : -1;
    combo->setCurrentIndex(at);
    if (at < 0)
        combo->setCurrentText(QString());
    return combo;
}

} // namespace

LineageDialog::LineageDialog(LineageEvent::Kind kind, LineageStore& store, const QList<Unit>& units,
                             const std::optional<Unit>& current, int year, QWidget* parent)
    : FormDialog(titleOf(kind), parent)
    , m_kind(kind)
    , m_store(store)
    , m_units(units)
    , m_current(current)
{
    std::sort(m_units.begin(), m_units.end(),
              [](const Unit& a, const Unit& b) { return vietnameseLess(a.name, b.name); });
    setObjectName(QStringLiteral("lineage-dialog"));
    m_year = new QSpinBox(this);
    m_year->setRange(1990, 2100);
    m_year->setValue(year ? year : QDate::currentDate().year());
    m_basis = new QLineEdit(this);
    m_basis->setObjectName(QStringLiteral("basis"));
    m_basis->setPlaceholderText(tr("Required: for example Nghị quyết 190/2025/QH15"));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(tr("Optional: without one, the legal basis is logged"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTextFormat(Qt::PlainText); // names are data, never markup
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    // Room for two lines from the start: a sentence that grows while the user types must not run over the note.
    m_summaryLines = 2 * QFontMetrics(bold).lineSpacing() + 2;
    m_summary->setMinimumHeight(m_summaryLines);

    // The checkable, filterable list: predecessors of a merger, existing successors of a split.
    auto listBox = [this] {
        auto* box = new QWidget(this);
        auto* layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        m_filter = new QLineEdit(box);
        m_filter->setObjectName(QStringLiteral("filter"));
        m_filter->setPlaceholderText(tr("Filter by name or code"));
        m_filter->setClearButtonEnabled(true);
        m_list = new QListWidget(box);
        m_list->setObjectName(QStringLiteral("units"));
        m_list->setMinimumHeight(200);
        for (const Unit& u : std::as_const(m_units)) {
            auto* item = new QListWidgetItem(u.code.isEmpty() ? u.name : tr("%1 (%2)").arg(u.name, u.code), m_list);
            item->setData(Qt::UserRole, u.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(m_kind == LineageEvent::Merge && m_current && m_current->id == u.id ? Qt::Checked
                                                                                                    : Qt::Unchecked);
        }
        layout->addWidget(m_filter);
        layout->addWidget(m_list, 1);
        connect(m_filter, &QLineEdit::textChanged, this, &LineageDialog::fillList);
        connect(m_list, &QListWidget::itemChanged, this, &LineageDialog::updateSummary);
        connect(m_list, &QListWidget::itemDoubleClicked, this, [](QListWidgetItem* item) {
            item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
        });
        return box;
    };
    auto kindBox = [this] {
        m_newKind = new QComboBox(this);
        m_newKind->setObjectName(QStringLiteral("kind"));
        for (const QString& k : UnitEditor::kinds())
            m_newKind->addItem(UnitsModel::kindText(k), k);
        const QString kind = m_current ? m_current->kind : QStringLiteral("department");
        m_newKind->setCurrentIndex(std::max(0, m_newKind->findData(kind)));
        return m_newKind;
    };

    switch (kind) {
    case LineageEvent::Merge: {
        form()->addRow(tr("&From (tick the units):"), listBox());
        auto* into = new QWidget(this);
        auto* grid = new QFormLayout(into);
        grid->setContentsMargins(0, 0, 0, 0);
        m_intoExisting = new QRadioButton(tr("An e&xisting unit:"), into);
        m_intoNew = new QRadioButton(tr("A ne&w unit named:"), into);
        m_unit = unitCombo(into, m_units, std::nullopt);
        m_unit->setObjectName(QStringLiteral("into"));
        m_newNames = new QLineEdit(into);
        m_newNames->setObjectName(QStringLiteral("new-name"));
        m_newNames->setPlaceholderText(tr("For example Sở Nông nghiệp và Môi trường"));
        auto* newRow = new QWidget(into);
        auto* newLayout = new QHBoxLayout(newRow);
        newLayout->setContentsMargins(0, 0, 0, 0);
        newLayout->addWidget(m_newNames, 1);
        newLayout->addWidget(kindBox());
        grid->addRow(m_intoExisting, m_unit);
        grid->addRow(m_intoNew, newRow);
        m_intoExisting->setChecked(true);
        form()->addRow(tr("&Into:"), into);
        auto choose = [this] {
            m_unit->setEnabled(m_intoExisting->isChecked());
            m_newNames->setEnabled(m_intoNew->isChecked());
            m_newKind->setEnabled(m_intoNew->isChecked());
            updateSummary();
        };
        connect(m_intoExisting, &QRadioButton::toggled, this, choose);
        // Typing a new name chooses a new unit.
        connect(m_newNames, &QLineEdit::textEdited, this, [this] { m_intoNew->setChecked(true); });
        choose();
        connect(m_unit, &QComboBox::currentTextChanged, this, &LineageDialog::updateSummary);
        connect(m_newNames, &QLineEdit::textChanged, this, &LineageDialog::updateSummary);
        break;
    }
    case LineageEvent::Split: {
        m_unit = unitCombo(this, m_units, m_current);
        m_unit->setObjectName(QStringLiteral("from"));
        form()->addRow(tr("&Unit that splits:"), m_unit);
        form()->addRow(tr("I&nto existing units:"), listBox());
        m_newNames = new QLineEdit(this);
        m_newNames->setObjectName(QStringLiteral("new-name"));
        m_newNames->setPlaceholderText(tr("Names separated by semicolons: Xã Chợ Mới; Xã Thanh Mai"));
        auto* newRow = new QWidget(this);
        auto* newLayout = new QHBoxLayout(newRow);
        newLayout->setContentsMargins(0, 0, 0, 0);
        newLayout->addWidget(m_newNames, 1);
        newLayout->addWidget(kindBox());
        form()->addRow(tr("And ne&w units:"), newRow);
        connect(m_unit, &QComboBox::currentTextChanged, this, &LineageDialog::updateSummary);
        connect(m_newNames, &QLineEdit::textChanged, this, &LineageDialog::updateSummary);
        break;
    }
    case LineageEvent::Rename:
        m_unit = unitCombo(this, m_units, m_current);
        m_unit->setObjectName(QStringLiteral("unit"));
        m_newNames = new QLineEdit(this);
        m_newNames->setObjectName(QStringLiteral("new-name"));
        form()->addRow(tr("&Unit:"), m_unit);
        form()->addRow(tr("&New name:"), m_newNames);
        connect(m_unit, &QComboBox::currentTextChanged, this, &LineageDialog::updateSummary);
        connect(m_newNames, &QLineEdit::textChanged, this, &LineageDialog::updateSummary);
        break;
    }
    form()->addRow(tr("From &year:"), m_year);
    form()->addRow(tr("Legal &basis:"), m_basis);
    form()->addRow(tr("&Reason for the log:"), m_reason);
    body()->insertWidget(1, m_summary);
    connect(m_year, &QSpinBox::valueChanged, this, [this] {
        fillList();
        updateSummary();
    });
    setNote(tr("The units that end keep their results up to the year before; the units after the change are ranked "
               "from the year on, and their predecessors' results are shown beside theirs, never added together. "
               "Recording a change is not undone with Edit > Undo: you are asked to confirm it, and it stays in the "
               "History page."));
    setOkText(kind == LineageEvent::Merge       ? tr("Record merger")
                  : kind == LineageEvent::Split ? tr("Record split")
                                                : tr("Record rename"));
    setMinimumWidth(640);
    setApply([this] { return apply(); });
    fillList();
    updateSummary();
    if (m_filter)
        m_filter->setFocus();
    else
        m_newNames->setFocus();
}

// Shows the units that can take part in the year (a merger's predecessors exist the year before, a split's existing
// successors in the year) and match the filter; a ticked unit always stays in sight.
void LineageDialog::fillList()
{
    if (!m_list)
        return;
    const QString wanted = CollatingProxyModel::fold(m_filter->text().trimmed());
    const int year = m_kind == LineageEvent::Merge ? m_year->value() - 1 : m_year->value();
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        const auto unit = std::find_if(m_units.cbegin(), m_units.cend(), [id](const Unit& u) { return u.id == id; });
        const bool exists = unit != m_units.cend() && unit->activeIn(year);
        const bool matches = CollatingProxyModel::fold(item->text()).contains(wanted);
        item->setHidden(item->checkState() != Qt::Checked && !(exists && matches));
    }
}

QList<qint64> LineageDialog::checked() const
{
    QList<qint64> ids;
    for (int i = 0; m_list && i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            ids.append(m_list->item(i)->data(Qt::UserRole).toLongLong());
    return ids;
}

qint64 LineageDialog::chosen(const QComboBox* combo) const
{
    const int at = combo->findText(combo->currentText().trimmed());
    return at >= 0 ? combo->itemData(at).toLongLong() : 0;
}

QStringList LineageDialog::typedNames() const
{
    QStringList names;
    if (m_kind == LineageEvent::Rename)
        return names;
    for (const QString& part : m_newNames->text().split(u';')) {
        if (!part.trimmed().isEmpty())
            names.append(part.trimmed());
    }
    return names;
}

QString LineageDialog::nameOf(qint64 id) const
{
    for (const Unit& u : m_units)
        if (u.id == id)
            return u.name;
    return QString();
}

QString LineageDialog::describe(LineageEvent& event, QList<Unit>& newUnits) const
{
    event = LineageEvent();
    event.kind = m_kind;
    event.year = m_year->value();
    event.basis = m_basis->text().trimmed();
    newUnits.clear();
    auto newUnit = [this](const QString& name) {
        Unit u;
        u.name = name;
        u.kind = m_newKind->currentData().toString();
        return u;
    };
    switch (m_kind) {
    case LineageEvent::Merge:
        event.predecessors = checked();
        if (event.predecessors.isEmpty())
            return tr("Tick the units that merge.");
        if (m_intoExisting->isChecked()) {
            const qint64 into = chosen(m_unit);
            if (!into)
                return tr("Choose from the list the unit they become, or name a new one.");
            event.successors = {into};
        } else {
            if (m_newNames->text().trimmed().isEmpty())
                return tr("Give the name of the new unit.");
            newUnits.append(newUnit(m_newNames->text().trimmed()));
        }
        break;
    case LineageEvent::Split: {
        const qint64 from = chosen(m_unit);
        if (!from)
            return tr("Choose from the list the unit that splits.");
        event.predecessors = {from};
        event.successors = checked();
        for (const QString& name : typedNames())
            newUnits.append(newUnit(name));
        if (event.successors.size() + newUnits.size() < 2)
            return tr("Tick the existing units or name the new units it becomes: at least two.");
        break;
    }
    case LineageEvent::Rename: {
        const qint64 unit = chosen(m_unit);
        if (!unit)
            return tr("Choose from the list the unit to rename.");
        event.predecessors = {unit};
        event.successors = {unit};
        event.newName = m_newNames->text().trimmed();
        if (event.newName.isEmpty())
            return tr("Give the new name.");
        break;
    }
    }
    return QString();
}

void LineageDialog::updateSummary()
{
    LineageEvent event;
    QList<Unit> newUnits;
    if (!describe(event, newUnits).isEmpty() && m_kind != LineageEvent::Merge) {
        m_summary->clear();
        return;
    }
    QStringList before;
    for (qint64 id : event.predecessors)
        before.append(nameOf(id));
    QStringList after;
    for (qint64 id : event.successors)
        after.append(nameOf(id));
    for (const Unit& u : newUnits)
        after.append(u.name);
    const QString year = QString::number(event.year);
    switch (m_kind) {
    case LineageEvent::Merge:
        if (after.isEmpty() || before.isEmpty())
            m_summary->setText(tr("Ticked: %1.").arg(before.size()));
        else if (before.size() == 1)
            m_summary->setText(tr("%1 becomes part of %2 from %3.").arg(before.constFirst(), after.constFirst(), year));
        else
            m_summary->setText(
                tr("These %1 units become %2 from %3: %4.")
                    .arg(QString::number(before.size()), after.constFirst(), year, before.join(QStringLiteral(", "))));
        break;
    case LineageEvent::Split:
        m_summary->setText(tr("%1 becomes %2 from %3.").arg(before.value(0), after.join(QStringLiteral(", ")), year));
        break;
    case LineageEvent::Rename:
        m_summary->setText(tr("%1 is named %2 from %3.").arg(before.value(0), event.newName, year));
        break;
    }
    // A longer sentence takes more lines: the form grows rather than drawing the lines over each other.
    m_summary->setMinimumHeight(
        std::max(m_summaryLines, m_summary->heightForWidth(std::max(m_summary->width(), minimumWidth() - 40))));
}

QString LineageDialog::apply()
{
    LineageEvent event;
    QList<Unit> newUnits;
    if (const QString missing = describe(event, newUnits); !missing.isEmpty())
        return missing;
    if (event.basis.isEmpty())
        return tr("Give the legal basis of the change: the decision or resolution that made it.");
    // The core's refusal (a cycle, overlapping life spans, a unit merged into itself) before the user confirms.
    if (Status s = m_store.check(event, newUnits); !s)
        return s.error().message;
    updateSummary();
    if (!Dialogs::confirm(this, windowTitle(),
                          m_summary->text() + u'\n' + u'\n'
                              + tr("This cannot be undone with Edit > Undo: the units' life spans and their places in "
                                   "cohorts change with it. It stays in the History page."),
                          tr("Record")))
        return tr("Nothing was recorded.");
    auto recorded = m_store.record(event, newUnits, m_reason->text().trimmed());
    if (!recorded)
        return recorded.error().message;
    m_recorded = recorded.value();
    return QString();
}

} // namespace par::ui
