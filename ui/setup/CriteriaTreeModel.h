#pragma once

#include "model/Framework.h"

#include <QAbstractItemModel>

#include <functional>

namespace par::ui {

// A year's criteria tree for the Setup page: the total on top, its parts below. Formats only: edits are handed to
// the page's edit handler, which writes them through the core and reloads the model.
class CriteriaTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        Code,
        Title,
        MaxPoints,
        Aggregation,
        LeadUnit,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 2;

    // Takes the criterion's id, the column and the value typed (EditRole); true when the edit was taken up.
    using EditHandler = std::function<bool(qint64 criterionId, Column column, const QVariant& value)>;

    explicit CriteriaTreeModel(QObject* parent = nullptr);

    // Keeps the rows (and so the view's expansion and selection) when only values changed.
    void setFramework(const Framework& framework);
    const Framework& framework() const { return m_framework; }
    // What may be edited: a year with scores keeps its codes and aggregations; a final year also its maxima.
    void setLocks(bool scored, bool final);
    void setEditHandler(EditHandler handler);

    // The criterion's position in framework().criteria, or -1.
    int positionOf(const QModelIndex& index) const;
    QModelIndex indexOfId(qint64 criterionId, int column = 0) const;
    QModelIndex indexOfPosition(int position, int column = 0) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    static QString aggregationText(par::Aggregation aggregation);

private:
    bool sameShape(const Framework& other) const;
    bool editable(const Criterion& criterion, int column) const;

    Framework m_framework;
    bool m_scored = false;
    bool m_final = false;
    EditHandler m_edit;
};

} // namespace par::ui
