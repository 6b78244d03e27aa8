#include "setup/YearDelegate.h"

#include <QSpinBox>

namespace par::ui {

YearDelegate::YearDelegate(QObject* parent)
    : PaddedItemDelegate(parent)
{
}

QWidget* YearDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* spin = new QSpinBox(parent);
    spin->setRange(FirstYear - 1, LastYear);
    spin->setSpecialValueText(tr("none"));
    spin->setGroupSeparatorShown(false);
    return spin;
}

void YearDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* spin = static_cast<QSpinBox*>(editor);
    const int year = index.data(Qt::EditRole).toInt();
    spin->setValue(year ? year : spin->minimum());
}

void YearDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* spin = static_cast<QSpinBox*>(editor);
    spin->interpretText();
    model->setData(index, spin->value() == spin->minimum() ? 0 : spin->value(), Qt::EditRole);
}

} // namespace par::ui
