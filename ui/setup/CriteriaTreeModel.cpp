#include "setup/CriteriaTreeModel.h"

#include "storage/FrameworkEditor.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QStyle>

namespace par::ui {

CriteriaTreeModel::CriteriaTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

QString CriteriaTreeModel::aggregationText(par::Aggregation aggregation)
{
    return aggregation == par::Aggregation::Mean ? tr("Mean") : tr("Sum");
}

bool CriteriaTreeModel::sameShape(const Framework& other) const
{
    if (other.criteria.size() != m_framework.criteria.size())
        return false;
    for (int i = 0; i < other.criteria.size(); ++i) {
        if (other.criteria[i].id != m_framework.criteria[i].id
            || other.criteria[i].parent != m_framework.criteria[i].parent)
            return false;
    }
    return true;
}

void CriteriaTreeModel::setFramework(const Framework& framework)
{
    if (!m_framework.criteria.isEmpty() && sameShape(framework)) {
        m_framework = framework;
        // Every row, level by level: dataChanged covers siblings only.
        for (int i = 0; i < m_framework.criteria.size(); ++i)
            emit dataChanged(indexOfPosition(i, 0), indexOfPosition(i, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_framework = framework;
    endResetModel();
}

void CriteriaTreeModel::setLocks(bool scored, bool final)
{
    m_scored = scored;
    m_final = final;
}

void CriteriaTreeModel::setEditHandler(EditHandler handler)
{
    m_edit = std::move(handler);
}

int CriteriaTreeModel::positionOf(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return -1;
    const int position = int(index.internalId());
    return position < m_framework.criteria.size() ? position : -1;
}

QModelIndex CriteriaTreeModel::indexOfPosition(int position, int column) const
{
    if (position < 0 || position >= m_framework.criteria.size())
        return QModelIndex();
    const Criterion& c = m_framework.criteria[position];
    const int row = c.isRoot() ? 0 : int(m_framework.criteria[c.parent].children.indexOf(position));
    return createIndex(row, column, quintptr(position));
}

QModelIndex CriteriaTreeModel::indexOfId(qint64 criterionId, int column) const
{
    for (int i = 0; i < m_framework.criteria.size(); ++i) {
        if (m_framework.criteria[i].id == criterionId)
            return indexOfPosition(i, column);
    }
    return QModelIndex();
}

QModelIndex CriteriaTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || m_framework.criteria.isEmpty())
        return QModelIndex();
    if (!parent.isValid())
        return row == 0 ? createIndex(0, column, quintptr(0)) : QModelIndex();
    const int p = positionOf(parent);
    if (p < 0 || parent.column() != 0)
        return QModelIndex();
    const QList<int>& children = m_framework.criteria[p].children;
    if (row >= children.size())
        return QModelIndex();
    return createIndex(row, column, quintptr(children[row]));
}

QModelIndex CriteriaTreeModel::parent(const QModelIndex& child) const
{
    const int position = positionOf(child);
    if (position < 0)
        return QModelIndex();
    return indexOfPosition(m_framework.criteria[position].parent, 0);
}

int CriteriaTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return m_framework.criteria.isEmpty() ? 0 : 1;
    if (parent.column() != 0)
        return 0;
    const int p = positionOf(parent);
    return p < 0 ? 0 : int(m_framework.criteria[p].children.size());
}

int CriteriaTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

bool CriteriaTreeModel::editable(const Criterion& criterion, int column) const
{
    if (!m_edit)
        return false;
    switch (column) {
    case Title:
        return true;
    case LeadUnit:
        return !criterion.isRoot();
    case Code:
        return !criterion.isRoot() && !m_scored;
    case MaxPoints:
        return !criterion.isRoot() && !m_final;
    case Aggregation:
        return (criterion.isRoot() || !criterion.isLeaf()) && !m_scored && !m_final;
    default:
        return false;
    }
}

QVariant CriteriaTreeModel::data(const QModelIndex& index, int role) const
{
    const int position = positionOf(index);
    if (position < 0)
        return QVariant();
    const Criterion& c = m_framework.criteria[position];
    const int column = index.column();
    const std::optional<Decimal> fromChildren = FrameworkEditor::childrenMax(m_framework, position);
    const bool mismatch = column == MaxPoints && fromChildren && *fromChildren != c.maxPoints;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Code:
            return c.isRoot() ? tr("Total") : c.code;
        case Title:
            return c.title;
        case MaxPoints:
            return c.maxPoints.toString(QLocale());
        case Aggregation:
            return c.isLeaf() && !c.isRoot() ? QString() : aggregationText(c.aggregation);
        case LeadUnit:
            return c.leadUnit;
        }
        break;
    case Qt::EditRole:
        switch (column) {
        case Code:
            return c.code;
        case Title:
            return c.title;
        case MaxPoints:
            return c.maxPoints.toString(QLocale(), 0, false);
        case Aggregation:
            return aggregationName(c.aggregation);
        case LeadUnit:
            return c.leadUnit;
        }
        break;
    case Qt::ToolTipRole:
        if (mismatch)
            return tr("The maximum of %1 is %2, but its parts give %3.")
                .arg(c.isRoot() ? tr("the total") : c.code, c.maxPoints.toString(QLocale()),
                     fromChildren->toString(QLocale()));
        if (column == Title || column == LeadUnit)
            return index.data(Qt::DisplayRole);
        if (column == Aggregation && !(c.isLeaf() && !c.isRoot()))
            return c.aggregation == par::Aggregation::Mean ? tr("The mean of its parts (percentages)")
                                                           : tr("The sum of its parts (points)");
        if (!editable(c, column) && m_edit && (column == Code || column == Aggregation) && m_scored)
            return tr("Locked: this year already has scores.");
        if (!editable(c, column) && m_edit && column == MaxPoints && m_final)
            return tr("Locked: the results of this year are final.");
        break;
    case Qt::DecorationRole:
        if (mismatch)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        break;
    case Qt::FontRole:
        if (c.depth <= 1) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == MaxPoints)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IdRole:
        return c.id;
    }
    return QVariant();
}

QVariant CriteriaTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QVariant();
    if (role == Qt::TextAlignmentRole && section == MaxPoints)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Code:
        return tr("Code");
    case Title:
        return tr("Criterion");
    case MaxPoints:
        return tr("Maximum");
    case Aggregation:
        return tr("Aggregation");
    case LeadUnit:
        return tr("Lead unit");
    }
    return QVariant();
}

Qt::ItemFlags CriteriaTreeModel::flags(const QModelIndex& index) const
{
    const int position = positionOf(index);
    if (position < 0)
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (editable(m_framework.criteria[position], index.column()))
        f |= Qt::ItemIsEditable;
    return f;
}

bool CriteriaTreeModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const int position = positionOf(index);
    if (position < 0 || role != Qt::EditRole || !editable(m_framework.criteria[position], index.column()))
        return false;
    if (value == data(index, Qt::EditRole))
        return false;
    return m_edit(m_framework.criteria[position].id, Column(index.column()), value);
}

} // namespace par::ui
