#pragma once

#include "model/Framework.h"
#include "model/Index.h"
#include "storage/Catalog.h"
#include "storage/ScoreEditor.h"

#include <QUndoCommand>

namespace par::ui {

class Session;

// Sets one or more values of one unit (a typed cell, a pasted block over one or both stages, a published value on a
// parent) and can put the old ones back. Ownership: the QUndoStack owns the command; the command keeps a reference
// to the Session, which owns the stack and so outlives it. apply() writes first and returns a command only when the
// write succeeded, so that a refused edit never enters the undo history; the stack's first redo() then does nothing.
// Every write, undo and redo included, states the values it expects to replace; when another program or window has
// changed a cell since, the core refuses the whole write, the command reports who and when through the Session and
// marks itself obsolete, so that the stack drops it rather than keep a step that can only write blindly. Each change
// also carries the row version its next write must find (migration 011); a write of this program's own moves it on
// in every command of the stack that expected the version the write replaced (rebase), so that undoing one's own
// steps in order is never taken for a conflict.
class SetScoresCommand : public QUndoCommand
{
public:
    struct Change
    {
        qint64 criterionId = 0;
        Stage stage = Stage::Final;
        std::optional<Decimal> before;
        std::optional<Decimal> after;
        std::optional<qint64> version; // the row version the next write expects (0: no row; nullopt: values only)
    };

    // Writes the changes; the command to push, or nullptr with the reason in *error.
    static SetScoresCommand* apply(Session& session, const Framework& framework, const Cohort& cohort, qint64 unitId,
                                   QList<Change> changes, const QString& text, QString* error);

    void undo() override;
    void redo() override;
    QString error() const { return m_error; }
    const QList<Change>& changes() const { return m_changes; }
    // After a write of this program's own: a change that expected a cell's version before it expects the one after.
    void rebase(const QList<VersionStep>& steps);

private:
    SetScoresCommand(Session& session, const Framework& framework, const Cohort& cohort, qint64 unitId,
                     QList<Change> changes, const QString& text);
    bool write(bool forward);

    Session& m_session;
    Framework m_framework;
    Cohort m_cohort;
    qint64 m_unitId;
    QList<Change> m_changes;
    QString m_error;
    bool m_written = false; // apply() has written; the first redo() must not write again
};

} // namespace par::ui
