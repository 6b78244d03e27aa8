#include "storage/ScoreEditor.h"

#include "model/TextRules.h"

#include <QDateTime>
#include <QLocale>
#include <QSqlQuery>

namespace par {

QString ScoreEditor::validate(const Criterion& criterion, const QString& text, std::optional<Decimal>* value)
{
    value->reset();
    if (text.trimmed().isEmpty())
        return QString();
    auto parsed = Decimal::parse(text);
    if (!parsed)
        return parsed.error().message;
    if (parsed->isNegative())
        return tr("a score cannot be negative");
    if (*parsed > criterion.maxPoints)
        return tr("above the maximum of %1").arg(criterion.maxPoints.toString());
    *value = *parsed;
    return QString();
}

Status ScoreEditor::refuseIfFinal(const Cohort& cohort, int year)
{
    auto final = m_catalog.isFinalised(cohort.id, year);
    if (!final)
        return final.error();
    if (final.value())
        return Error::input(
            tr("the %1 results of \"%2\" are final; reopen them with a reason first").arg(year).arg(cohort.name));
    return success();
}

Status ScoreEditor::setValues(const Framework& framework, const Cohort& cohort, Stage stage,
                              const QList<ScoreWrite>& writes, const QString& reason)
{
    QHash<qint64, const Criterion*> byId;
    for (const Criterion& c : framework.criteria)
        byId.insert(c.id, &c);
    for (const ScoreWrite& w : writes) {
        const Criterion* c = byId.value(w.criterionId);
        if (!c)
            return Error::usage(tr("criterion %1 is not in the %2 framework").arg(w.criterionId).arg(framework.year));
        if (w.value && (w.value->isNegative() || *w.value > c->maxPoints))
            return Error::input(
                tr("%1: %2 is outside 0 to %3")
                    .arg(c->isRoot() ? tr("total") : c->code, w.value->toString(), c->maxPoints.toString()));
    }
    Database::Transaction transaction(m_catalog.database(), reason);
    if (!transaction.ok())
        return transaction.error();
    if (Status s = refuseIfFinal(cohort, framework.year); !s)
        return s;
    QSet<qint64> units;
    for (const ScoreWrite& w : writes) {
        if (!units.contains(w.unitId)) {
            units.insert(w.unitId);
            if (Status s = m_catalog.addMember(cohort.id, framework.year, w.unitId); !s)
                return s;
        }
    }
    if (Status s = m_catalog.writeScores(stage, writes); !s)
        return s;
    return transaction.commit();
}

Status ScoreEditor::checkLimits(const Framework& framework, qint64 criterionId, const std::optional<Decimal>& value)
{
    for (const Criterion& c : framework.criteria) {
        if (c.id != criterionId)
            continue;
        if (value && (value->isNegative() || *value > c.maxPoints))
            return Error::input(tr("%1: %2 is outside 0 to %3")
                                    .arg(c.isRoot() ? tr("total") : c.code, value->toString(), c.maxPoints.toString()));
        return success();
    }
    return Error::usage(tr("criterion %1 is not in the %2 framework").arg(criterionId).arg(framework.year));
}

QString ScoreEditor::codeOf(const Framework& framework, qint64 criterionId)
{
    for (const Criterion& criterion : framework.criteria) {
        if (criterion.id == criterionId)
            return criterion.isRoot() ? tr("the total") : criterion.code;
    }
    return QString::number(criterionId);
}

// The refusal of a write over a cell changed since it was shown: who and when, from the newest audit entry of the cell.
Status ScoreEditor::refuseStale(const Framework& framework, qint64 unitId, qint64 criterionId, Stage stage,
                                const QString& what, const QString& now)
{
    auto who = m_catalog.database().run("scores.cell_last_change",
                                        {{"index_code", framework.indexCode},
                                         {"year", framework.year},
                                         {"unit", unitId},
                                         {"criterion", criterionId},
                                         {"stage", stageName(stage)}});
    if (who && who.value().next()) {
        const QString actor = who.value().value(0).toString();
        QDateTime at = QDateTime::fromString(who.value().value(1).toString(), Qt::ISODateWithMs);
        if (!at.isValid())
            at = QDateTime::fromString(who.value().value(1).toString(), Qt::ISODate);
        const QString when = at.isValid() ? at.toLocalTime().toString(QStringLiteral("HH:mm:ss dd/MM/yyyy"))
                                          : who.value().value(1).toString();
        return Error::input(tr("%1 was changed to %2 by %3 at %4, after it was shown here; nothing was written")
                                .arg(what, now, actor, when));
    }
    return Error::input(
        tr("%1 was changed to %2 by another program after it was shown here; nothing was written").arg(what, now));
}

Result<std::pair<std::optional<Decimal>, qint64>> ScoreEditor::cell(qint64 unitId, qint64 criterionId, Stage stage)
{
    auto q = m_catalog.database().run("scores.cell_value",
                                      {{"unit", unitId}, {"criterion", criterionId}, {"stage", stageName(stage)}});
    if (!q)
        return q.error();
    std::pair<std::optional<Decimal>, qint64> out {std::nullopt, 0};
    if (q.value().next()) {
        if (!q.value().value(0).isNull())
            out.first = Decimal::fromMicro(q.value().value(0).toLongLong());
        out.second = q.value().value(1).toLongLong();
    }
    return out;
}

// Inside the write transaction, so that nobody can change a cell between this check and the write. A cell is stale
// when its value or its row's version is not what the form showed; steps gets the versions the check saw.
Status ScoreEditor::checkValues(const Framework& framework, const QList<ScoreChange>& changes,
                                QList<VersionStep>* steps)
{
    for (const ScoreChange& c : changes) {
        auto now = cell(c.unitId, c.criterionId, c.stage);
        if (!now)
            return now.error();
        const auto& [value, version] = now.value();
        if (steps)
            steps->append({c.unitId, c.criterionId, c.stage, version, version});
        if (value == c.expected && (!c.version || *c.version == version))
            continue;
        const QString shown = value ? value->toString(QLocale()) : tr("no value");
        return refuseStale(framework, c.unitId, c.criterionId, c.stage, codeOf(framework, c.criterionId), shown);
    }
    return success();
}

// After the write, still inside its transaction: the version each cell has now.
Status ScoreEditor::finishSteps(QList<VersionStep>* steps)
{
    if (!steps)
        return success();
    for (VersionStep& step : *steps) {
        auto now = cell(step.unitId, step.criterionId, step.stage);
        if (!now)
            return now.error();
        step.to = now.value().second;
    }
    return success();
}

Status ScoreEditor::changeValues(const Framework& framework, const Cohort& cohort, const QList<ScoreChange>& changes,
                                 const QString& reason, QList<VersionStep>* steps)
{
    QList<VersionStep> seen;
    for (const ScoreChange& c : changes) {
        if (Status s = checkLimits(framework, c.criterionId, c.value); !s)
            return s;
    }
    Database::Transaction transaction(m_catalog.database(), reason);
    if (!transaction.ok())
        return transaction.error();
    if (Status s = refuseIfFinal(cohort, framework.year); !s)
        return s;
    if (Status s = checkValues(framework, changes, &seen); !s)
        return s;
    QSet<qint64> units;
    for (const ScoreChange& c : changes) {
        if (!units.contains(c.unitId)) {
            units.insert(c.unitId);
            if (Status s = m_catalog.addMember(cohort.id, framework.year, c.unitId); !s)
                return s;
        }
    }
    for (Stage stage : {Stage::Self, Stage::Final}) {
        QList<ScoreWrite> writes;
        for (const ScoreChange& c : changes) {
            if (c.stage == stage)
                writes.append({c.unitId, c.criterionId, c.value});
        }
        if (writes.isEmpty())
            continue;
        if (Status s = m_catalog.writeScores(stage, writes); !s)
            return s;
    }
    if (Status s = finishSteps(steps ? &seen : nullptr); !s)
        return s;
    if (Status s = transaction.commit(); !s)
        return s;
    if (steps)
        *steps = seen;
    return success();
}

namespace {

// Notes and evidence: several lines, tabs, up to 10,000 characters; no NUL, control characters or open overrides.
Status checkNote(const ScoreNote& note)
{
    if (const QString problem = TextRules::problem(note.note, TextRules::Kind::Note); !problem.isEmpty())
        return Error::input(ScoreEditor::tr("The note %1.").arg(problem));
    if (const QString problem = TextRules::problem(note.evidence, TextRules::Kind::Note); !problem.isEmpty())
        return Error::input(ScoreEditor::tr("The evidence %1.").arg(problem));
    return success();
}

} // namespace

Status ScoreEditor::setNote(const Framework& framework, const Cohort& cohort, qint64 unitId, qint64 criterionId,
                            Stage stage, const ScoreNote& note)
{
    if (Status s = checkNote(note); !s)
        return s;
    Database::Transaction transaction(m_catalog.database());
    if (!transaction.ok())
        return transaction.error();
    if (Status s = refuseIfFinal(cohort, framework.year); !s)
        return s;
    if (Status s = m_catalog.setNote(unitId, criterionId, stage, note.note, note.evidence); !s)
        return s;
    return transaction.commit();
}

Status ScoreEditor::changeNote(const Framework& framework, const Cohort& cohort, qint64 unitId, qint64 criterionId,
                               Stage stage, const ScoreNote& expected, std::optional<qint64> version,
                               const ScoreNote& note, VersionStep* step)
{
    if (Status s = checkNote(note); !s)
        return s;
    Database::Transaction transaction(m_catalog.database());
    if (!transaction.ok())
        return transaction.error();
    if (Status s = refuseIfFinal(cohort, framework.year); !s)
        return s;
    // The row first: on a server this locks it until the write, so the note read next stays as read.
    auto before = cell(unitId, criterionId, stage);
    if (!before)
        return before.error();
    auto q = m_catalog.database().run("scores.cell_note",
                                      {{"unit", unitId}, {"criterion", criterionId}, {"stage", stageName(stage)}});
    if (!q)
        return q.error();
    ScoreNote now;
    if (q.value().next())
        now = {q.value().value(0).toString(), q.value().value(1).toString()};
    const bool sameText = now.note == expected.note && now.evidence == expected.evidence;
    // As for values: the version also catches a note changed and changed back, or the cell's value changed, since
    // it was shown. The refusal names what differs now.
    if (!sameText || (version && *version != before.value().second)) {
        const QString code = codeOf(framework, criterionId);
        if (now.evidence != expected.evidence && now.note == expected.note)
            return refuseStale(framework, unitId, criterionId, stage, tr("The evidence of %1").arg(code), now.evidence);
        if (!sameText)
            return refuseStale(framework, unitId, criterionId, stage, tr("The note on %1").arg(code), now.note);
        const auto& value = before.value().first;
        return refuseStale(framework, unitId, criterionId, stage, code,
                           value ? value->toString(QLocale()) : tr("no value"));
    }
    if (Status s = m_catalog.setNote(unitId, criterionId, stage, note.note, note.evidence); !s)
        return s;
    auto after = cell(unitId, criterionId, stage);
    if (!after)
        return after.error();
    if (Status s = transaction.commit(); !s)
        return s;
    if (step)
        *step = {unitId, criterionId, stage, before.value().second, after.value().second};
    return success();
}

Result<QHash<int, ScoreNote>> ScoreEditor::notes(const Framework& framework, qint64 unitId, Stage stage)
{
    QHash<qint64, int> positionOf;
    for (int i = 0; i < framework.criteria.size(); ++i)
        positionOf.insert(framework.criteria[i].id, i);
    auto q = m_catalog.database().run("scores.notes",
                                      {{"framework", framework.id}, {"unit", unitId}, {"stage", stageName(stage)}});
    if (!q)
        return q.error();
    QHash<int, ScoreNote> out;
    while (q.value().next())
        out.insert(positionOf.value(q.value().value(0).toLongLong(), -1),
                   {q.value().value(1).toString(), q.value().value(2).toString()});
    out.remove(-1);
    return out;
}

Result<QHash<int, qint64>> ScoreEditor::versions(const Framework& framework, qint64 unitId, Stage stage)
{
    QHash<qint64, int> positionOf;
    for (int i = 0; i < framework.criteria.size(); ++i)
        positionOf.insert(framework.criteria[i].id, i);
    auto q = m_catalog.database().run("scores.versions",
                                      {{"framework", framework.id}, {"unit", unitId}, {"stage", stageName(stage)}});
    if (!q)
        return q.error();
    QHash<int, qint64> out;
    while (q.value().next())
        out.insert(positionOf.value(q.value().value(0).toLongLong(), -1), q.value().value(1).toLongLong());
    out.remove(-1);
    return out;
}

} // namespace par
