#include "setup/UnitsModel.h"

#include "models/TableIndex.h"
#include "setup/CollatingProxyModel.h"

#include <algorithm>

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

void UnitsModel::setUnits(const QList<Unit>& units, const QList<LineageEvent>& events,
                          const QHash<qint64, QString>& names)
{
    beginResetModel();
    m_units = units;
    m_events = events;
    std::stable_sort(m_events.begin(), m_events.end(),
                     [](const LineageEvent& a, const LineageEvent& b) { return a.year < b.year; });
    m_names = names;
    for (const Unit& u : units)
        m_names.insert(u.id, u.name);
    endResetModel();
}

void UnitsModel::setEditHandler(EditHandler handler)
{
    m_edit = std::move(handler);
}

QString UnitsModel::eventsText(qint64 unitId) const
{
    auto names = [this](const QList<qint64>& ids) {
        QStringList out;
        for (qint64 id : ids)
            out.append(m_names.value(id, QString::number(id)));
        return out.join(QStringLiteral(", "));
    };
    QStringList lines;
    for (const LineageEvent& e : m_events) {
        const QString when = e.basis.trimmed().isEmpty() ? QString::number(e.year)
                                                         : tr("%1, %2").arg(QString::number(e.year), e.basis);
        if (e.kind == LineageEvent::Rename) {
            if (e.predecessors.contains(unitId))
                lines.append(tr("Renamed from %1 (%2)").arg(e.oldName, when));
            continue;
        }
        if (e.predecessors.contains(unitId))
            lines.append(tr("→ %1 (%2)").arg(names(e.successors), when));
        else if (e.successors.contains(unitId))
            lines.append(tr("← %1 (%2)").arg(names(e.predecessors), when));
    }
    return lines.join(u'\n');
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
        case Events:
            // One line in the table (rows keep one height), every event on its own line in the tooltip.
            return role == Qt::ToolTipRole ? eventsText(u.id) : eventsText(u.id).replace(u'\n', QStringLiteral("; "));
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
        case Events:
            return eventsText(u.id);
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
    case Events:
        return tr("Mergers, splits, renames");
    }
    return QVariant();
}

Qt::ItemFlags UnitsModel::flags(const QModelIndex& index) const
{
    if (!isTableCell(this, index))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    // Events are recorded with their legal basis through the Merge, Split and Rename actions, never typed in a cell.
    if (m_edit && index.column() != Events)
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
