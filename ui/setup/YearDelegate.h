#pragma once

#include "setup/PaddedItemDelegate.h"

namespace par::ui {

// Edits an optional year (a unit's first or last year). The model's EditRole holds the year, or 0 for none;
// the spin box's lowest value stands for "none".
class YearDelegate : public PaddedItemDelegate
{
    Q_OBJECT

public:
    explicit YearDelegate(QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

    static constexpr int FirstYear = 1900;
    static constexpr int LastYear = 2100;
};

} // namespace par::ui
