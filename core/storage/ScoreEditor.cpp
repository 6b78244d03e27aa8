#include "storage/ScoreEditor.h"

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

Status ScoreEditor::setNote(const Framework& framework, const Cohort& cohort, qint64 unitId, qint64 criterionId,
                            Stage stage, const ScoreNote& note)
{
    Database::Transaction transaction(m_catalog.database());
    if (!transaction.ok())
        return transaction.error();
    if (Status s = refuseIfFinal(cohort, framework.year); !s)
        return s;
    if (Status s = m_catalog.setNote(unitId, criterionId, stage, note.note, note.evidence); !s)
        return s;
    return transaction.commit();
}

Result<QHash<int, ScoreNote>> ScoreEditor::notes(const Framework& framework, qint64 unitId, Stage stage)
{
    QHash<qint64, int> positionOf;
    for (int i = 0; i < framework.criteria.size(); ++i)
        positionOf.insert(framework.criteria[i].id, i);
    auto q
        = m_catalog.database().exec(QStringLiteral("SELECT s.criterion_id, s.note, s.evidence FROM scores s "
                                                   "JOIN criteria c ON c.id = s.criterion_id WHERE c.framework_id = ? "
                                                   "AND s.unit_id = ? AND s.stage = ? "
                                                   "AND (s.note IS NOT NULL OR s.evidence IS NOT NULL)"),
                                    {framework.id, unitId, stageName(stage)});
    if (!q)
        return q.error();
    QHash<int, ScoreNote> out;
    while (q.value().next())
        out.insert(positionOf.value(q.value().value(0).toLongLong(), -1),
                   {q.value().value(1).toString(), q.value().value(2).toString()});
    out.remove(-1);
    return out;
}

} // namespace par
