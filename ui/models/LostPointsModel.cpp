#include "models/LostPointsModel.h"

#include <QLocale>

namespace par::ui {

LostPointsModel::LostPointsModel(Mode mode, QObject* parent)
    : QAbstractTableModel(parent)
    , m_mode(mode)
{
}

void LostPointsModel::load(const LostPointsResult& result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
}

void LostPointsModel::clear()
{
    load(LostPointsResult());
}

int LostPointsModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_mode == Mode::Lost ? m_result.lost.size() : m_result.falls.size());
}

int LostPointsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LostPointsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return QVariant();
    const int column = index.column();
    if (role == Qt::TextAlignmentRole)
        return column >= Max && column <= Lost ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QVariant();
    const QLocale locale;
    if (m_mode == Mode::Lost) {
        const LostPoint& l = m_result.lost[index.row()];
        switch (column) {
        case Code:
            return l.code;
        case Title:
            return l.title;
        case Max:
            return l.max.toString(locale);
        case Value:
            return l.achieved.toString(locale);
        case Lost:
            return l.lost.toString(locale);
        case LeadUnit:
            return l.leadUnit;
        }
        return QVariant();
    }
    const Fall& f = m_result.falls[index.row()];
    switch (column) {
    case Code:
        return f.code;
    case Title:
        return f.title;
    case Max:
        return f.previous.toString(locale);
    case Value:
        return f.current.toString(locale);
    case Lost:
        return f.change.toString(locale);
    case LeadUnit:
        return f.leadUnit;
    }
    return QVariant();
}

QVariant LostPointsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Code:
        return tr("Code");
    case Title:
        return tr("Criterion");
    case Max:
        return m_mode == Mode::Lost ? tr("Max") : tr("Last year");
    case Value:
        return m_mode == Mode::Lost ? tr("Score") : tr("This year");
    case Lost:
        return m_mode == Mode::Lost ? tr("Lost") : tr("Change");
    case LeadUnit:
        return tr("Lead unit");
    }
    return QVariant();
}

} // namespace par::ui
