#pragma once

#include "model/Framework.h"
#include "model/Index.h"
#include "storage/ScoreEditor.h"

#include <QUndoCommand>

namespace par::ui {

class Session;

// Sets the note or evidence reference of one cell and can put the old one back. Ownership and the apply-first rule
// are those of SetScoresCommand: the stack owns the command, the Session outlives the stack, a refused write never
// enters the history, and a write over a note changed elsewhere since it was shown is refused (the step is dropped).
class SetNoteCommand : public QUndoCommand
{
public:
    static SetNoteCommand* apply(Session& session, const Framework& framework, const Cohort& cohort, qint64 unitId,
                                 qint64 criterionId, Stage stage, const ScoreNote& before, const ScoreNote& after,
                                 qint64 version, const QString& text, QString* error);

    void undo() override;
    void redo() override;
    // After another write of this program's own: the cell's version this command expects moves with it.
    void rebase(const QList<VersionStep>& steps);

private:
    SetNoteCommand(Session& session, const Framework& framework, const Cohort& cohort, qint64 unitId,
                   qint64 criterionId, Stage stage, const ScoreNote& before, const ScoreNote& after, qint64 version,
                   const QString& text);
    QString write(const ScoreNote& expected, const ScoreNote& note);

    Session& m_session;
    Framework m_framework;
    Cohort m_cohort;
    qint64 m_unitId;
    qint64 m_criterionId;
    Stage m_stage;
    ScoreNote m_before;
    ScoreNote m_after;
    qint64 m_version; // the row's version the next write expects (0: no row)
    bool m_written = false;
};

} // namespace par::ui
