#pragma once

#include "setup/PaddedItemDelegate.h"
#include <QList>
#include <QVariant>

namespace par::ui {

// Edits a cell with a list of choices: aggregation, kind of unit, successor, lead unit. The model's EditRole holds
// the value; each choice shows a text. An editable delegate also accepts text typed beside the list.
class ChoiceDelegate : public PaddedItemDelegate
{
    Q_OBJECT

public:
    struct Choice
    {
        QString text;
        QVariant value;
    };

    explicit ChoiceDelegate(QObject* parent = nullptr);

    void setChoices(const QList<Choice>& choices);
    void setEditable(bool editable);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    QList<Choice> m_choices;
    bool m_editable = false;
};

} // namespace par::ui
