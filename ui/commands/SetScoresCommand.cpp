#include "commands/SetScoresCommand.h"

#include "Session.h"

namespace par::ui {

SetScoresCommand::SetScoresCommand(Session& session, const Framework& framework, const Cohort& cohort, qint64 unitId,
                                   QList<Change> changes, const QString& text)
    : QUndoCommand(text)
    , m_session(session)
    , m_framework(framework)
    , m_cohort(cohort)
    , m_unitId(unitId)
    , m_changes(std::move(changes))
{
}

SetScoresCommand* SetScoresCommand::apply(Session& session, const Framework& framework, const Cohort& cohort,
                                          qint64 unitId, QList<Change> changes, const QString& text, QString* error)
{
    auto* command = new SetScoresCommand(session, framework, cohort, unitId, std::move(changes), text);
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
    QList<ScoreChange> writes;
    for (const Change& c : m_changes)
        writes.append(
            {m_unitId, c.criterionId, c.stage, forward ? c.before : c.after, forward ? c.after : c.before, c.version});
    QList<VersionStep> steps;
    const Status s = m_session.editor().changeValues(m_framework, m_cohort, writes,
                                                     forward ? text() : QObject::tr("undo: %1").arg(text()), &steps);
    m_error = s ? QString() : s.error().message;
    if (s) {
        rebase(steps);
        m_session.rebaseVersions(steps, this);
    }
    // Also after a refusal: the pages show what is stored now.
    m_session.notifyScoresChanged();
    return s.ok();
}

void SetScoresCommand::rebase(const QList<VersionStep>& steps)
{
    for (const VersionStep& step : steps) {
        if (step.unitId != m_unitId || step.from == step.to)
            continue;
        for (Change& c : m_changes) {
            if (c.criterionId == step.criterionId && c.stage == step.stage && c.version == step.from)
                c.version = step.to;
        }
    }
}

void SetScoresCommand::redo()
{
    if (m_written) {
        m_written = false;
        return;
    }
    if (!write(true)) {
        setObsolete(true);
        m_session.reportRefusal(QObject::tr("Redo of \"%1\" refused: %2").arg(text(), m_error));
    }
}

void SetScoresCommand::undo()
{
    if (!write(false)) {
        setObsolete(true);
        m_session.reportRefusal(QObject::tr("Undo of \"%1\" refused: %2").arg(text(), m_error));
    }
}

} // namespace par::ui
