#pragma once

#include <QStyledItemDelegate>

namespace par::ui {

// Gives the rows of the Setup and History views room to breathe, the same height in the tree and in the tables.
class PaddedItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit PaddedItemDelegate(QObject* parent = nullptr);

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The row height the views use: the font's line and the padding.
    static int rowHeight(const QFontMetrics& metrics);
};

} // namespace par::ui
