#include "setup/UnitsModel.h"

#include "models/TableIndex.h"
#include "setup/CollatingProxyModel.h"

namespace par::ui {

UnitsModel::UnitsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

QString UnitsModel::kindText(const QString& kind)
{
    if (kind == QLatin1String("province"))
        return tr("Province");
    if (kind == QLatin1String("department"))
        return tr("Department");
    if (kind == QLatin1String("district"))
        return tr("District");
    if (kind == QLatin1String("commune"))
        return tr("Commune");
    if (kind == QLatin1String("other"))
        return tr("Other");
    return kind;
}

void UnitsModel::setUnits(const QList<Unit>& units, const QHash<qint64, QString>& names)
{
    beginResetModel();
    m_units = units;
    m_names = names;
    for (const Unit& u : units)
        m_names.insert(u.id, u.name);
    endResetModel();
}

void UnitsModel::setEditHandler(EditHandler handler)
{
    m_edit = std::move(handler);
}

int UnitsModel::rowOfId(qint64 unitId) const
{
    for (int i = 0; i < m_units.size(); ++i) {
        if (m_units[i].id == unitId)
            return i;
    }
    return -1;
}

int UnitsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_units.size());
}

int UnitsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnitsModel::data(const QModelIndex& index, int role) const
{
    if (!isTableCell(this, index))
        return QVariant();
    const Unit& u = m_units[index.row()];
    auto year = [](const std::optional<int>& y) { return y ? QVariant(*y) : QVariant(); };
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Code:
            return u.code;
        case Name:
            return u.name;
        case Kind:
            return kindText(u.kind);
        case ValidFrom:
            return u.validFrom ? QString::number(*u.validFrom) : QString();
        case ValidTo:
            return u.validTo ? QString::number(*u.validTo) : QString();
        case Successor:
            return u.successorId ? m_names.value(u.successorId) : QString();
        }
        break;
    case Qt::EditRole:
        switch (index.column()) {
        case Code:
            return u.code;
        case Name:
            return u.name;
        case Kind:
            return u.kind;
        case ValidFrom:
            return u.validFrom.value_or(0);
        case ValidTo:
            return u.validTo.value_or(0);
        case Successor:
            return u.successorId;
        }
        break;
    case CollatingProxyModel::SortRole:
        switch (index.column()) {
        case ValidFrom:
            return year(u.validFrom);
        case ValidTo:
            return year(u.validTo);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        if (index.column() == ValidFrom || index.column() == ValidTo)
            return int(Qt::AlignCenter);
        break;
    case IdRole:
        return u.id;
    }
    return QVariant();
}

QVariant UnitsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case ValidFrom:
        return tr("From");
    case ValidTo:
        return tr("Until");
    case Successor:
        return tr("Succeeded by");
    }
    return QVariant();
}

Qt::ItemFlags UnitsModel::flags(const QModelIndex& index) const
{
    if (!isTableCell(this, index))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (m_edit)
        f |= Qt::ItemIsEditable;
    return f;
}

bool UnitsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!m_edit || role != Qt::EditRole || !isTableCell(this, index))
        return false;
    if (value == data(index, Qt::EditRole))
        return false;
    return m_edit(m_units[index.row()].id, Column(index.column()), value);
}

} // namespace par::ui
