#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace par::ui {

class Session;

// The desktop's side of finalising and reopening: ask the user (naming the units still missing final scores), then
// call the core operation (par::Finalisation), which runs in one transaction. Pages call these; none opens a
// transaction itself.
namespace FinaliseActions {

// The question asked before finalising; lists the units without complete final scores.
QString question(int year, const QString& cohort, const QStringList& unscored);
// Asks and finalises the session's cohort-year; true when it was finalised (the undo stack is then cleared).
bool finalise(QWidget* parent, Session& session);
// Asks for a reason and reopens; true when reopened, with the reason in *reason.
bool reopen(QWidget* parent, Session& session, QString* reason = nullptr);

} // namespace FinaliseActions

} // namespace par::ui
