#include "models/ScoreDelegate.h"

#include "models/ScoreTreeModel.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QTreeView>

#include <algorithm>

namespace par::ui {

ScoreDelegate::ScoreDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

QWidget* ScoreDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                     const QModelIndex& index) const
{
    QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
    auto* line = qobject_cast<QLineEdit*>(editor);
    const auto* model = qobject_cast<const ScoreTreeModel*>(index.model());
    // Positions, not indexes: the write that Enter triggers reloads the model.
    if (editor && model) {
        editor->setProperty("parindexPosition", model->positionOf(index));
        editor->setProperty("parindexColumn", index.column());
    }
    if (line && model && ScoreTreeModel::isValueColumn(index.column())) {
        line->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        const Criterion criterion = model->framework().criteria[model->positionOf(index)];
        connect(line, &QLineEdit::textEdited, this, [this, line, criterion](const QString& text) {
            std::optional<Decimal> value;
            const QString problem = ScoreEditor::validate(criterion, text, &value);
            line->setStyleSheet(problem.isEmpty() ? QString() : QStringLiteral("QLineEdit { background: #fde2e1; }"));
            emit typed(problem.isEmpty()
                           ? QString()
                           : tr("%1: %2").arg(criterion.isRoot() ? tr("Total") : criterion.code, problem));
        });
    }
    return editor;
}

QSize ScoreDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    auto* tree = qobject_cast<QTreeView*>(m_view);
    if (!tree || index.column() != ScoreTreeModel::Title)
        return size;
    // Wrap the title inside its column: tall rows instead of titles cut short.
    QStyleOptionViewItem o = option;
    initStyleOption(&o, index);
    const int width = tree->columnWidth(ScoreTreeModel::Title) - 8;
    if (width <= 0)
        return size;
    const QRect text = QFontMetrics(o.font).boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, o.text);
    size.setHeight(std::max(size.height(), text.height() + 4));
    return size;
}

void ScoreDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    QStyledItemDelegate::setEditorData(editor, index);
    if (auto* line = qobject_cast<QLineEdit*>(editor))
        line->selectAll();
}

bool ScoreDelegate::eventFilter(QObject* object, QEvent* event)
{
    auto* editor = qobject_cast<QWidget*>(object);
    if (editor && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            const int position = editor->property("parindexPosition").toInt();
            const int column = editor->property("parindexColumn").toInt();
            emit commitData(editor);
            emit closeEditor(editor, QAbstractItemDelegate::NoHint);
            emit advance(position, column);
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace par::ui
