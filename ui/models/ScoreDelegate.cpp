#include "models/ScoreDelegate.h"

#include "models/ScoreTreeModel.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QTreeView>

#include <algorithm>

namespace par::ui {

namespace {

// The cell that receives the next value stands out, also while empty; a refused value turns it red.
const char* const EditingStyle = "QLineEdit { border: 2px solid #1f6feb; background: #eef5ff; }";
const char* const RefusedStyle = "QLineEdit { border: 2px solid #b3261e; background: #fde2e1; }";

} // namespace

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
    m_editor = editor;
    if (line && model && ScoreTreeModel::isValueColumn(index.column())) {
        line->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        line->setStyleSheet(QLatin1String(EditingStyle));
        const Criterion criterion = model->framework().criteria[model->positionOf(index)];
        connect(line, &QLineEdit::textEdited, this, [this, line, criterion](const QString& text) {
            std::optional<Decimal> value;
            const QString problem = ScoreEditor::validate(criterion, text, &value);
            line->setStyleSheet(QLatin1String(problem.isEmpty() ? EditingStyle : RefusedStyle));
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
    // A refresh (another program's write, an undo) must not overwrite what is being typed.
    if (auto* line = qobject_cast<QLineEdit*>(editor); line && line->isModified())
        return;
    QStyledItemDelegate::setEditorData(editor, index);
    if (auto* line = qobject_cast<QLineEdit*>(editor))
        line->selectAll();
}

void ScoreDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* line = qobject_cast<QLineEdit*>(editor);
    if (!line || !ScoreTreeModel::isValueColumn(index.column())) {
        QStyledItemDelegate::setModelData(editor, model, index);
        m_committed = true;
        return;
    }
    m_committed = model->setData(index, line->text(), Qt::EditRole);
    line->setStyleSheet(QLatin1String(m_committed ? EditingStyle : RefusedStyle));
    if (m_committed)
        line->setModified(false);
}

void ScoreDelegate::closeOpenEditor()
{
    if (m_editor)
        emit closeEditor(m_editor, QAbstractItemDelegate::NoHint);
    m_editor.clear();
}

bool ScoreDelegate::eventFilter(QObject* object, QEvent* event)
{
    auto* editor = qobject_cast<QWidget*>(object);
    if (!editor)
        return QStyledItemDelegate::eventFilter(object, event);
    const int column = editor->property("parindexColumn").toInt();
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        auto* line = qobject_cast<QLineEdit*>(editor);
        // Nothing typed yet (the editor Enter opened on the next cell): the keys belong to the window's undo stack.
        if ((key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)
             || key->keyCombination() == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_Z))
            && line && !line->isModified()) {
            if (event->type() == QEvent::ShortcutOverride) {
                closeOpenEditor();
                event->ignore();
            }
            return true;
        }
    }
    if (event->type() == QEvent::KeyPress && ScoreTreeModel::isValueColumn(column)) {
        const auto* key = static_cast<QKeyEvent*>(event);
        std::optional<Move> move;
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            move = Move::Down;
        else if (key->key() == Qt::Key_Tab && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier)))
            move = (key->modifiers() & Qt::ShiftModifier) ? Move::Previous : Move::Next;
        else if (key->key() == Qt::Key_Backtab)
            move = Move::Previous;
        if (move) {
            const int position = editor->property("parindexPosition").toInt();
            emit commitData(editor);
            if (!m_committed)
                return true; // refused: the typed text stays, with the reason shown by the page
            emit closeEditor(editor, QAbstractItemDelegate::NoHint);
            if (m_editor == editor)
                m_editor.clear();
            emit advance(position, column, *move);
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace par::ui
