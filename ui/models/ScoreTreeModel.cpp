#include "models/ScoreTreeModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace par::ui {

ScoreTreeModel::ScoreTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

void ScoreTreeModel::load(const Framework& framework, const Evaluation& self, const Evaluation& final,
                          const QHash<int, ScoreNote>& selfNotes, const QHash<int, ScoreNote>& finalNotes,
                          bool readOnly)
{
    beginResetModel();
    m_framework = framework;
    m_self = self;
    m_final = final;
    m_selfNotes = selfNotes;
    m_finalNotes = finalNotes;
    m_readOnly = readOnly;
    m_rowInParent = QList<int>(framework.criteria.size(), 0);
    for (const Criterion& c : m_framework.criteria) {
        for (int row = 0; row < c.children.size(); ++row)
            m_rowInParent[c.children[row]] = row;
    }
    endResetModel();
}

void ScoreTreeModel::clear()
{
    beginResetModel();
    m_framework = Framework();
    m_self = Evaluation();
    m_final = Evaluation();
    m_rowInParent.clear();
    endResetModel();
}

QModelIndex ScoreTreeModel::indexOf(int position, int column) const
{
    if (position < 0 || position >= m_framework.criteria.size())
        return QModelIndex();
    return createIndex(m_rowInParent[position], column, quintptr(position));
}

int ScoreTreeModel::positionOf(const QModelIndex& index) const
{
    return index.isValid() ? int(index.internalId()) : -1;
}

QModelIndex ScoreTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (m_framework.criteria.isEmpty() || column < 0 || column >= ColumnCount || row < 0)
        return QModelIndex();
    if (!parent.isValid())
        return row == 0 ? createIndex(0, column, quintptr(0)) : QModelIndex(); // the total is the one top row
    const Criterion& p = m_framework.criteria[positionOf(parent)];
    if (row >= p.children.size())
        return QModelIndex();
    return createIndex(row, column, quintptr(p.children[row]));
}

QModelIndex ScoreTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return QModelIndex();
    const int parentPosition = m_framework.criteria[positionOf(child)].parent;
    return parentPosition < 0 ? QModelIndex() : indexOf(parentPosition, 0);
}

int ScoreTreeModel::rowCount(const QModelIndex& parent) const
{
    if (m_framework.criteria.isEmpty())
        return 0;
    if (!parent.isValid())
        return 1;
    if (parent.column() != 0)
        return 0;
    return int(m_framework.criteria[positionOf(parent)].children.size());
}

int ScoreTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QString ScoreTreeModel::valueText(int position, Stage stage) const
{
    const Evaluation& e = evaluation(stage);
    if (position >= e.value.size() || !e.value[position])
        return QString();
    return e.value[position]->toString(QLocale());
}

QString ScoreTreeModel::differenceText(int position, Stage stage) const
{
    const Evaluation& e = evaluation(stage);
    if (position >= e.value.size() || !e.recorded[position] || !e.aggregate[position]
        || *e.value[position] == *e.aggregate[position])
        return QString();
    const Decimal difference = *e.value[position] - *e.aggregate[position];
    return (difference > Decimal() ? QStringLiteral("+") : QString()) + difference.toString(QLocale());
}

QVariant ScoreTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return QVariant();
    const int position = positionOf(index);
    const Criterion& c = m_framework.criteria[position];
    const int column = index.column();
    const bool value = isValueColumn(column);
    const Stage stage = stageOf(column);
    const Evaluation& e = evaluation(stage);
    const bool recorded = value && position < e.recorded.size() && e.recorded[position];
    const QString difference = value ? differenceText(position, stage) : QString();

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Code:
            return c.isRoot() ? QString() : c.code;
        case Title:
            return c.isRoot() ? tr("Total") : c.title;
        case Max:
            return c.maxPoints.toString(QLocale());
        case Self:
        case Final: {
            const QString text = valueText(position, stage);
            if (!difference.isEmpty())
                return tr("%1 (parts %2)").arg(text, difference);
            return text;
        }
        case Note:
            return m_finalNotes.value(position).note;
        case Evidence:
            return m_selfNotes.value(position).evidence;
        case LeadUnit:
            return c.leadUnit;
        }
        break;
    case Qt::EditRole:
        if (value)
            return recorded ? e.value[position]->toString(QLocale()) : QString();
        if (column == Note)
            return m_finalNotes.value(position).note;
        if (column == Evidence)
            return m_selfNotes.value(position).evidence;
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        if (value || column == Max)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::FontRole:
        if (c.isRoot() || c.depth == 1 || (value && !recorded && !c.isLeaf())) {
            QFont font;
            font.setBold(c.isRoot() || c.depth == 1);
            font.setItalic(value && !recorded && !c.isLeaf());
            return font;
        }
        break;
    case Qt::ForegroundRole:
        if (value && !recorded && !c.isLeaf())
            return QBrush(QColor(0x55, 0x5f, 0x6b)); // an aggregate, not a recorded figure
        break;
    case Qt::BackgroundRole:
        if (!difference.isEmpty())
            return QBrush(QColor(0xff, 0xf1, 0xc2));
        if (value && recorded && !c.isLeaf())
            return QBrush(QColor(0xe8, 0xf1, 0xfb));
        break;
    case Qt::ToolTipRole:
        if (value && !c.isLeaf()) {
            const QString aggregate = position < e.aggregate.size() && e.aggregate[position]
                ? e.aggregate[position]->toString(QLocale())
                : tr("none");
            if (recorded)
                return tr("Recorded value %1; its parts give %2. A recorded value stands.")
                    .arg(valueText(position, stage), aggregate);
            return tr("The %1 of its parts: %2")
                .arg(c.aggregation == Aggregation::Mean ? tr("mean") : tr("sum"), aggregate);
        }
        if (column == Title)
            return c.title;
        break;
    case PositionRole:
        return position;
    case RecordedDifferenceRole:
        return !difference.isEmpty();
    }
    return QVariant();
}

QVariant ScoreTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Code:
        return tr("Code");
    case Title:
        return tr("Criterion");
    case Max:
        return tr("Max");
    case Self:
        return tr("Self-assessed");
    case Final:
        return tr("Appraised");
    case Note:
        return tr("Note");
    case Evidence:
        return tr("Evidence");
    case LeadUnit:
        return tr("Lead unit");
    }
    return QVariant();
}

Qt::ItemFlags ScoreTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const int column = index.column();
    if (!m_readOnly && (isValueColumn(column) || column == Note || column == Evidence))
        f |= Qt::ItemIsEditable;
    return f;
}

bool ScoreTreeModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || m_readOnly)
        return false;
    const int position = positionOf(index);
    const int column = index.column();
    if (isValueColumn(column)) {
        std::optional<Decimal> parsed;
        const QString problem = ScoreEditor::validate(m_framework.criteria[position], value.toString(), &parsed);
        if (!problem.isEmpty()) {
            const Criterion& c = m_framework.criteria[position];
            emit refused(tr("%1: %2").arg(c.isRoot() ? tr("Total") : c.code, problem));
            return false;
        }
        const Stage stage = stageOf(column);
        const Evaluation& e = evaluation(stage);
        const std::optional<Decimal> before = e.recorded[position] ? e.value[position] : std::nullopt;
        if (before != parsed)
            emit valueEdited(position, stage, parsed);
        return true;
    }
    if (column == Note || column == Evidence) {
        const Stage stage = column == Note ? Stage::Final : Stage::Self;
        ScoreNote note = (stage == Stage::Final ? m_finalNotes : m_selfNotes).value(position);
        (column == Note ? note.note : note.evidence) = value.toString().trimmed();
        emit noteEdited(position, stage, note);
        return true;
    }
    return false;
}

} // namespace par::ui
