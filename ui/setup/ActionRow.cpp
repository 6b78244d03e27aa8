#include "setup/ActionRow.h"

#include <QAction>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QToolButton>

namespace par::ui {

ActionRow::ActionRow(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
    m_layout->addStretch(1);
}

void ActionRow::add(QAction* action)
{
    auto* button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setIconSize(QSize(16, 16));
    button->setAutoRaise(true);
    m_layout->insertWidget(m_layout->count() - 1, button);
}

void ActionRow::addSeparator()
{
    auto* line = new QFrame(this);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    m_layout->insertWidget(m_layout->count() - 1, line);
}

QAction* ActionRow::makeAction(QWidget* owner, const QString& icon, const QString& text, const QKeySequence& key,
                               const QString& tip)
{
    auto* action = new QAction(QIcon::fromTheme(icon), text, owner);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(key.isEmpty() ? tip
                                     : QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
    owner->addAction(action);
    return action;
}

} // namespace par::ui
