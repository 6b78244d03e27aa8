#include "commands/SetScoresCommand.h"

#include "Session.h"

namespace par::ui {

SetScoresCommand::SetScoresCommand(Session& session, const Framework& framework, const Cohort& cohort, qint64 unitId,
                                   Stage stage, QList<Change> changes, const QString& text)
    : QUndoCommand(text)
    , m_session(session)
    , m_framework(framework)
    , m_cohort(cohort)
    , m_unitId(unitId)
    , m_stage(stage)
    , m_changes(std::move(changes))
{
}

SetScoresCommand* SetScoresCommand::apply(Session& session, const Framework& framework, const Cohort& cohort,
                                          qint64 unitId, Stage stage, QList<Change> changes, const QString& text,
                                          QString* error)
{
    auto* command = new SetScoresCommand(session, framework, cohort, unitId, stage, std::move(changes), text);
    if (!command->write(true)) {
        *error = command->error();
        delete command;
        return nullptr;
    }
    command->m_written = true;
    return command;
}

bool SetScoresCommand::write(bool forward)
{
    QList<ScoreWrite> writes;
    for (const Change& c : m_changes)
        writes.append({m_unitId, c.criterionId, forward ? c.after : c.before});
    const Status s = m_session.editor().setValues(m_framework, m_cohort, m_stage, writes,
                                                  forward ? text() : QObject::tr("undo: %1").arg(text()));
    m_error = s ? QString() : s.error().message;
    m_session.notifyScoresChanged();
    return s.ok();
}

void SetScoresCommand::redo()
{
    if (m_written) {
        m_written = false;
        return;
    }
    write(true);
}

void SetScoresCommand::undo()
{
    write(false);
}

} // namespace par::ui
