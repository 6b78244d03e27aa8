#pragma once

#include <QAbstractItemView>
#include <QStyledItemDelegate>

namespace par::ui {

// Edits value cells with a line edit that shows, while typing, whether the value will be accepted (decimal comma
// or point; not negative; not above the maximum), and turns Enter into "next criterion".
class ScoreDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ScoreDelegate(QObject* parent = nullptr);
    // The view whose column widths decide how many lines a long title needs.
    void setView(QAbstractItemView* view) { m_view = view; }
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;

signals:
    // Enter was pressed in an editor: the page commits and moves to the next criterion.
    void advance(int position, int column) const;
    // What the typed text would give: empty when acceptable.
    void typed(const QString& problem) const;

protected:
    bool eventFilter(QObject* object, QEvent* event) override;

private:
    QAbstractItemView* m_view = nullptr;
};

} // namespace par::ui
