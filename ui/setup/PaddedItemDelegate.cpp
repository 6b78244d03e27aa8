#include "setup/PaddedItemDelegate.h"

namespace par::ui {

PaddedItemDelegate::PaddedItemDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

int PaddedItemDelegate::rowHeight(const QFontMetrics& metrics)
{
    return metrics.height() + 10;
}

QSize PaddedItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height(), rowHeight(option.fontMetrics)));
    return size;
}

} // namespace par::ui
