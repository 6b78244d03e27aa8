#pragma once

#include <QWidget>

class QAction;
class QHBoxLayout;

namespace par::ui {

// A row of flat buttons for a panel's actions. Unlike a QToolBar it never hides actions in an overflow menu: its
// minimum width is that of all its buttons, so a longer translation widens the panel instead of hiding a command.
class ActionRow : public QWidget
{
    Q_OBJECT

public:
    explicit ActionRow(QWidget* parent = nullptr);

    void add(QAction* action);
    void addSeparator();

    // An action with its shortcut shown in the tooltip, active while the owner has the focus.
    static QAction* makeAction(QWidget* owner, const QString& icon, const QString& text, const QKeySequence& key,
                               const QString& tip);

private:
    QHBoxLayout* m_layout;
};

} // namespace par::ui
