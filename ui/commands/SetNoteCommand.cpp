#include "commands/SetNoteCommand.h"

#include "Session.h"

namespace par::ui {

SetNoteCommand::SetNoteCommand(Session& session, const Framework& framework, const Cohort& cohort, qint64 unitId,
                               qint64 criterionId, Stage stage, const ScoreNote& before, const ScoreNote& after,
                               qint64 version, const QString& text)
    : QUndoCommand(text)
    , m_session(session)
    , m_framework(framework)
    , m_cohort(cohort)
    , m_unitId(unitId)
    , m_criterionId(criterionId)
    , m_stage(stage)
    , m_before(before)
    , m_after(after)
    , m_version(version)
{
}

SetNoteCommand* SetNoteCommand::apply(Session& session, const Framework& framework, const Cohort& cohort, qint64 unitId,
                                      qint64 criterionId, Stage stage, const ScoreNote& before, const ScoreNote& after,
                                      qint64 version, const QString& text, QString* error)
{
    auto* command
        = new SetNoteCommand(session, framework, cohort, unitId, criterionId, stage, before, after, version, text);
    *error = command->write(before, after);
    if (!error->isEmpty()) {
        delete command;
        return nullptr;
    }
    command->m_written = true;
    return command;
}

QString SetNoteCommand::write(const ScoreNote& expected, const ScoreNote& note)
{
    VersionStep step;
    const Status s = m_session.editor().changeNote(m_framework, m_cohort, m_unitId, m_criterionId, m_stage, expected,
                                                   m_version, note, &step);
    // A note moves the row's version: this command's next step and the other steps of the same cell expect the new one.
    if (s) {
        m_version = step.to;
        m_session.rebaseVersions({step}, this);
    }
    m_session.notifyScoresChanged();
    return s ? QString() : s.error().message;
}

void SetNoteCommand::rebase(const QList<VersionStep>& steps)
{
    for (const VersionStep& step : steps) {
        if (step.unitId == m_unitId && step.criterionId == m_criterionId && step.stage == m_stage
            && step.from == m_version)
            m_version = step.to;
    }
}

void SetNoteCommand::redo()
{
    if (m_written) {
        m_written = false;
        return;
    }
    if (const QString error = write(m_before, m_after); !error.isEmpty()) {
        setObsolete(true);
        m_session.reportRefusal(QObject::tr("Redo of \"%1\" refused: %2").arg(text(), error));
    }
}

void SetNoteCommand::undo()
{
    if (const QString error = write(m_after, m_before); !error.isEmpty()) {
        setObsolete(true);
        m_session.reportRefusal(QObject::tr("Undo of \"%1\" refused: %2").arg(text(), error));
    }
}

} // namespace par::ui
