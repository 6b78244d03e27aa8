#pragma once

#include "scoring/Analysis.h"

#include <QAbstractTableModel>

namespace par::ui {

// The criteria where a unit lost points, or fell against the previous year, each with its lead unit.
class LostPointsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Code,
        Title,
        Max,
        Value,
        Lost,
        LeadUnit,
        ColumnCount
    };
    enum class Mode
    {
        Lost,
        Fell,
    };

    explicit LostPointsModel(Mode mode, QObject* parent = nullptr);
    void load(const LostPointsResult& result);
    void clear();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Mode m_mode;
    LostPointsResult m_result;
};

} // namespace par::ui
