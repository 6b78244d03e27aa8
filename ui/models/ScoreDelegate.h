#pragma once

#include <QAbstractItemView>
#include <QPointer>
#include <QStyledItemDelegate>

namespace par::ui {

// Edits value cells with a line edit that shows, while typing, whether the value will be accepted (decimal comma
// or point; not negative; not above the maximum), and turns Enter and Tab into "next criterion that takes values".
// A value the model refuses keeps its editor open with the typed text; Ctrl+Z and Ctrl+Shift+Z in an editor whose
// text was not touched reach the window's undo and redo instead of the line edit's own, empty, history.
class ScoreDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum class Move
    {
        Down, // Enter: the next criterion in the same column
        Next, // Tab: self-assessed, then appraised, then the next criterion
        Previous, // Shift+Tab
    };
    Q_ENUM(Move)

    explicit ScoreDelegate(QObject* parent = nullptr);
    // The view whose column widths decide how many lines a long title needs.
    void setView(QAbstractItemView* view) { m_view = view; }
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    // Closes the open editor, if any, without writing what it holds.
    void closeOpenEditor();
    QWidget* openEditor() const { return m_editor; }

signals:
    // Enter or Tab committed a value: the page moves on from (position, column).
    void advance(int position, int column, par::ui::ScoreDelegate::Move move) const;
    // What the typed text would give: empty when acceptable.
    void typed(const QString& problem) const;

protected:
    bool eventFilter(QObject* object, QEvent* event) override;

private:
    QAbstractItemView* m_view = nullptr;
    mutable QPointer<QWidget> m_editor;
    mutable bool m_committed = true;
};

} // namespace par::ui
