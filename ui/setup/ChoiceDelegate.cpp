#include "setup/ChoiceDelegate.h"

#include <QComboBox>
#include <QCompleter>

namespace par::ui {

ChoiceDelegate::ChoiceDelegate(QObject* parent)
    : PaddedItemDelegate(parent)
{
}

void ChoiceDelegate::setChoices(const QList<Choice>& choices)
{
    m_choices = choices;
}

void ChoiceDelegate::setEditable(bool editable)
{
    m_editable = editable;
}

QWidget* ChoiceDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* combo = new QComboBox(parent);
    combo->setEditable(m_editable);
    combo->setInsertPolicy(QComboBox::NoInsert);
    for (const Choice& choice : m_choices)
        combo->addItem(choice.text, choice.value);
    if (m_editable && combo->completer()) {
        combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
        combo->completer()->setFilterMode(Qt::MatchContains);
        combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    }
    // The choices are committed as soon as one is picked, like a spreadsheet's list cell.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto* self = const_cast<ChoiceDelegate*>(this);
        emit self->commitData(combo);
        emit self->closeEditor(combo);
    });
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    const QVariant value = index.data(Qt::EditRole);
    const int at = combo->findData(value);
    if (at >= 0)
        combo->setCurrentIndex(at);
    else if (m_editable)
        combo->setEditText(value.toString());
}

void ChoiceDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    if (m_editable) {
        const QString text = combo->currentText();
        const int at = combo->findText(text);
        model->setData(index, at >= 0 ? combo->itemData(at) : QVariant(text), Qt::EditRole);
        return;
    }
    model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace par::ui
