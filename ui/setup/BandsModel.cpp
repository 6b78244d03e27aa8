#include "setup/BandsModel.h"

#include "models/TableIndex.h"

#include <QLocale>

namespace par::ui {

BandsModel::BandsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void BandsModel::setBands(const QList<Band>& bands)
{
    beginResetModel();
    m_bands = bands;
    endResetModel();
}

void BandsModel::setEditHandler(EditHandler handler)
{
    m_edit = std::move(handler);
}

int BandsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_bands.size());
}

int BandsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BandsModel::data(const QModelIndex& index, int role) const
{
    if (!isTableCell(this, index))
        return QVariant();
    const Band& band = m_bands[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == MinPercent ? band.minPercent.toString(QLocale()) : band.label;
    case Qt::EditRole:
        return index.column() == MinPercent ? band.minPercent.toString(QLocale(), 0, false) : band.label;
    case Qt::ToolTipRole: {
        const QString from = band.minPercent.toString(QLocale());
        if (index.row() == 0)
            return tr("%1: from %2% of the maximum").arg(band.label, from);
        return tr("%1: from %2% to under %3% of the maximum")
            .arg(band.label, from, m_bands[index.row() - 1].minPercent.toString(QLocale()));
    }
    case Qt::TextAlignmentRole:
        if (index.column() == MinPercent)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return QVariant();
}

QVariant BandsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QVariant();
    if (role == Qt::TextAlignmentRole && section == MinPercent)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return QVariant();
    return section == MinPercent ? tr("From (%)") : tr("Band");
}

Qt::ItemFlags BandsModel::flags(const QModelIndex& index) const
{
    if (!isTableCell(this, index))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (m_edit)
        f |= Qt::ItemIsEditable;
    return f;
}

bool BandsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!m_edit || role != Qt::EditRole || !isTableCell(this, index))
        return false;
    if (value == data(index, Qt::EditRole))
        return false;
    return m_edit(index.row(), Column(index.column()), value);
}

} // namespace par::ui
