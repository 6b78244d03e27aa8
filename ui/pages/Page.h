#pragma once

#include "Session.h"

#include <QWidget>

namespace par::ui {

// One page of the main window. Pages present the session's data and send edits back through it; they refresh
// when the database, the context or the data change, but only while visible (a hidden page refreshes when shown).
class Page : public QWidget
{
    Q_OBJECT

public:
    explicit Page(Session& session, QWidget* parent = nullptr);

    virtual QString title() const = 0;
    virtual QString iconName() const = 0; // a freedesktop theme icon name, e.g. "go-home"

    // Re-reads everything from the session; called when visible and stale.
    virtual void refresh() = 0;
    void markStale();

signals:
    // A short message for the status bar.
    void status(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;
    Session& m_session;

private:
    bool m_stale = true;
};

} // namespace par::ui
