#include "history/AuditModel.h"

#include "models/TableIndex.h"
#include "setup/CollatingProxyModel.h"

#include <QDateTime>

namespace par::ui {

AuditModel::AuditModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

QString AuditModel::actionText(const QString& action)
{
    if (action == QLatin1String("insert"))
        return tr("Added");
    if (action == QLatin1String("update"))
        return tr("Changed");
    if (action == QLatin1String("delete"))
        return tr("Removed");
    if (action == QLatin1String("finalise"))
        return tr("Finalised");
    if (action == QLatin1String("reopen"))
        return tr("Reopened");
    if (action == QLatin1String("replace"))
        return tr("Replaced");
    if (action == QLatin1String("import"))
        return tr("Imported");
    return action;
}

QString AuditModel::entityText(const QString& entity)
{
    if (entity == QLatin1String("score"))
        return tr("Score");
    if (entity == QLatin1String("criterion"))
        return tr("Criterion");
    if (entity == QLatin1String("framework"))
        return tr("Framework");
    if (entity == QLatin1String("band"))
        return tr("Band");
    if (entity == QLatin1String("unit"))
        return tr("Unit");
    if (entity == QLatin1String("cohort-year"))
        return tr("Cohort results");
    if (entity == QLatin1String("cohort-member"))
        return tr("Cohort member");
    if (entity == QLatin1String("cohort"))
        return tr("Cohort");
    if (entity == QLatin1String("index"))
        return tr("Index");
    if (entity == QLatin1String("published-rank"))
        return tr("Published rank");
    if (entity == QLatin1String("scores"))
        return tr("Scores from a file");
    return entity;
}

QString AuditModel::stageText(const QString& stage)
{
    if (stage == QLatin1String("self"))
        return tr("Self-assessed");
    if (stage == QLatin1String("final"))
        return tr("Appraised");
    return stage;
}

QString AuditModel::localTime(const QString& isoUtc)
{
    QDateTime at = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    if (!at.isValid())
        return isoUtc;
    return at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"));
}

void AuditModel::setEntries(const QList<AuditEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int AuditModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex& index, int role) const
{
    if (!isTableCell(this, index))
        return QVariant();
    const AuditEntry& e = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case When:
            return localTime(e.at);
        case Who:
            return e.actor;
        case Action:
            return actionText(e.action);
        case What:
            return entityText(e.entity);
        case IndexCode:
            return e.indexCode;
        case Year:
            return e.year ? QString::number(e.year) : QString();
        case Unit:
            return e.unit;
        case Criterion:
            return e.criterion;
        case Stage:
            return stageText(e.stage);
        case OldValue:
            return e.oldValue;
        case NewValue:
            return e.newValue;
        case Reason:
            return e.reason;
        }
        break;
    case CollatingProxyModel::SortRole:
        if (index.column() == When)
            return e.id; // the log's own order: several changes share a millisecond
        if (index.column() == Year)
            return e.year ? QVariant(e.year) : QVariant();
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        if (index.column() == Year)
            return int(Qt::AlignCenter);
        break;
    case IdRole:
        return e.id;
    }
    return QVariant();
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Action:
        return tr("Action");
    case What:
        return tr("What");
    case IndexCode:
        return tr("Index");
    case Year:
        return tr("Year");
    case Unit:
        return tr("Unit");
    case Criterion:
        return tr("Criterion");
    case Stage:
        return tr("Stage");
    case OldValue:
        return tr("Old value");
    case NewValue:
        return tr("New value");
    case Reason:
        return tr("Reason");
    }
    return QVariant();
}

Qt::ItemFlags AuditModel::flags(const QModelIndex& index) const
{
    if (!isTableCell(this, index))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace par::ui
