#include "models/TableCopy.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QTableView>

#include <algorithm>

namespace par::ui {

TableCopy::TableCopy(QAbstractItemView* view, int copyRole)
    : QObject(view)
    , m_view(view)
    , m_role(copyRole)
{
}

void TableCopy::install(QAbstractItemView* view, int copyRole)
{
    view->installEventFilter(new TableCopy(view, copyRole));
}

QString TableCopy::text(const QAbstractItemView* view, int copyRole)
{
    const QAbstractItemModel* model = view->model();
    if (!model)
        return QString();
    QList<int> rows;
    if (view->selectionModel()) {
        for (const QModelIndex& index : view->selectionModel()->selectedIndexes()) {
            if (!rows.contains(index.row()))
                rows << index.row();
        }
    }
    std::sort(rows.begin(), rows.end());
    if (rows.isEmpty()) {
        for (int r = 0; r < model->rowCount(); ++r)
            rows << r;
    }
    const auto* table = qobject_cast<const QTableView*>(view);
    QList<int> columns;
    for (int c = 0; c < model->columnCount(); ++c) {
        if (!table || !table->isColumnHidden(c))
            columns << c;
    }
    QStringList lines;
    QStringList header;
    for (int c : std::as_const(columns))
        header << model->headerData(c, Qt::Horizontal).toString();
    lines << header.join(u'\t');
    for (int r : std::as_const(rows)) {
        QStringList cells;
        for (int c : std::as_const(columns)) {
            const QModelIndex index = model->index(r, c);
            const QVariant copy = index.data(copyRole);
            cells << (copy.isValid() ? copy.toString() : index.data(Qt::DisplayRole).toString());
        }
        lines << cells.join(u'\t');
    }
    return lines.join(u'\n') + u'\n';
}

bool TableCopy::eventFilter(QObject* object, QEvent* event)
{
    if (object == m_view && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent*>(event)->matches(QKeySequence::Copy)) {
        QApplication::clipboard()->setText(text(m_view, m_role));
        return true;
    }
    return QObject::eventFilter(object, event);
}

} // namespace par::ui
