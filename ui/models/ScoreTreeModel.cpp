#include "models/ScoreTreeModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

namespace par::ui {

ScoreTreeModel::ScoreTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

namespace {

// The mark of a published value recorded over a parent's parts: a small dark-blue pin head, theme-independent.
QIcon publishedMark()
{
    static const QIcon icon = [] {
        QPixmap pixmap(12, 12);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0x1f, 0x4e, 0x9a));
        painter.drawEllipse(QRectF(1, 1, 10, 10));
        painter.setBrush(Qt::white);
        painter.drawEllipse(QRectF(4, 4, 4, 4));
        return QIcon(pixmap);
    }();
    return icon;
}

bool sameTree(const Framework& a, const Framework& b)
{
    if (a.id != b.id || a.criteria.size() != b.criteria.size())
        return false;
    for (int i = 0; i < a.criteria.size(); ++i) {
        if (a.criteria[i].id != b.criteria[i].id || a.criteria[i].parent != b.criteria[i].parent)
            return false;
    }
    return true;
}

} // namespace

bool ScoreTreeModel::load(const Framework& framework, const Evaluation& self, const Evaluation& final,
                          const QHash<int, ScoreNote>& selfNotes, const QHash<int, ScoreNote>& finalNotes,
                          bool readOnly)
{
    if (!m_framework.criteria.isEmpty() && sameTree(m_framework, framework)) {
        m_framework = framework;
        m_self = self;
        m_final = final;
        m_selfNotes = selfNotes;
        m_finalNotes = finalNotes;
        m_readOnly = readOnly;
        // One range per parent: dataChanged needs both corners under the same parent.
        emit dataChanged(index(0, 0), index(0, ColumnCount - 1));
        for (int p = 0; p < m_framework.criteria.size(); ++p) {
            const Criterion& c = m_framework.criteria[p];
            if (!c.children.isEmpty())
                emit dataChanged(indexOf(c.children.first(), 0), indexOf(c.children.last(), ColumnCount - 1));
        }
        return false;
    }
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
    return true;
}

bool ScoreTreeModel::takesValues(int position) const
{
    return position > 0 && position < m_framework.criteria.size() && m_framework.criteria[position].isLeaf();
}

int ScoreTreeModel::entryAtOrAfter(int position) const
{
    for (int p = std::max(position, 0); p < m_framework.criteria.size(); ++p) {
        if (takesValues(p))
            return p;
    }
    return -1;
}

int ScoreTreeModel::nextEntry(int position) const
{
    return entryAtOrAfter(position + 1);
}

int ScoreTreeModel::previousEntry(int position) const
{
    for (int p = std::min(position - 1, int(m_framework.criteria.size()) - 1); p > 0; --p) {
        if (takesValues(p))
            return p;
    }
    return -1;
}

QString ScoreTreeModel::label(int position) const
{
    if (position < 0 || position >= m_framework.criteria.size())
        return QString();
    const Criterion& c = m_framework.criteria[position];
    if (c.isRoot())
        return tr("the total");
    return tr("%1 \"%2\"").arg(c.code, c.title);
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
    case Qt::DecorationRole:
        if (value && recorded && !c.isLeaf())
            return publishedMark();
        break;
    case Qt::ToolTipRole:
        if (value && !c.isLeaf()) {
            const QString aggregate = position < e.aggregate.size() && e.aggregate[position]
                ? e.aggregate[position]->toString(QLocale())
                : tr("none");
            if (recorded)
                return tr("A published value is recorded for this row: %1. Its parts give %2; the recorded value "
                          "stands over them. To go back to the parts, use \"Remove the published value of this "
                          "row...\" in the "
                          "context menu.")
                    .arg(valueText(position, stage), aggregate);
            return tr("The %1 of its parts: %2. Computed: type the values of its parts. To record a published "
                      "value over them, use \"Record a published value for this row...\" in the context menu.")
                .arg(c.aggregation == Aggregation::Mean ? tr("mean") : tr("sum"), aggregate);
        }
        if (column == Title)
            return c.title;
        break;
    case PositionRole:
        return position;
    case RecordedDifferenceRole:
        return !difference.isEmpty();
    case RecordedParentRole:
        return value && recorded && !c.isLeaf();
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

bool ScoreTreeModel::writable(int column) const
{
    const bool self = column == Self || column == Evidence;
    return !m_readOnly && (self ? m_selfWritable : m_finalWritable);
}

Qt::ItemFlags ScoreTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const int column = index.column();
    // Typing reaches only the criteria that take values; a parent's published value is a command of its own.
    if (writable(column)
        && ((isValueColumn(column) && takesValues(positionOf(index))) || column == Note || column == Evidence))
        f |= Qt::ItemIsEditable;
    return f;
}

bool ScoreTreeModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !writable(index.column()))
        return false;
    const int position = positionOf(index);
    const int column = index.column();
    if (isValueColumn(column)) {
        if (!takesValues(position)) {
            emit refused(tr("%1 is computed from its parts: type the values of its parts. To record a published "
                            "value over them, use \"Record a published value for this row...\" in the context menu.")
                             .arg(label(position)));
            return false;
        }
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
        if (before == parsed)
            return true;
        // The write may still be refused (a cell changed elsewhere): the editor then stays open with the text.
        return m_writer ? m_writer(position, stage, parsed) : false;
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
