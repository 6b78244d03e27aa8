#include "pages/Page.h"

namespace par::ui {

Page::Page(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    connect(&session, &Session::databaseChanged, this, &Page::markStale);
    connect(&session, &Session::contextChanged, this, &Page::markStale);
    connect(&session, &Session::dataChanged, this, &Page::markStale);
}

void Page::markStale()
{
    m_stale = true;
    if (isVisible()) {
        m_stale = false;
        refresh();
    }
}

void Page::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        refresh();
    }
}

} // namespace par::ui
