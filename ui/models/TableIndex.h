#pragma once

#include <QAbstractItemModel>

namespace par::ui {

// Whether index is a cell of this flat table model. Unlike checkIndex(), it does not log a warning for every invalid
// index a view or the model tester asks about.
inline bool isTableCell(const QAbstractItemModel* model, const QModelIndex& index)
{
    return index.isValid() && index.model() == model && !index.parent().isValid() && index.row() < model->rowCount()
        && index.column() < model->columnCount();
}

} // namespace par::ui
