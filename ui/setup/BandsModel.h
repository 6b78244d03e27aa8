#pragma once

#include "model/Band.h"

#include <QAbstractTableModel>

#include <functional>

namespace par::ui {

// The classification bands of a framework, highest minimum first. Edits go to the page's handler.
class BandsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        MinPercent,
        Label,
        ColumnCount
    };
    using EditHandler = std::function<bool(int row, Column column, const QVariant& value)>;

    explicit BandsModel(QObject* parent = nullptr);

    void setBands(const QList<Band>& bands);
    const QList<Band>& bands() const { return m_bands; }
    void setEditHandler(EditHandler handler);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

private:
    QList<Band> m_bands;
    EditHandler m_edit;
};

} // namespace par::ui
