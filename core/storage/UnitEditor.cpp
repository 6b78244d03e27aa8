#include "storage/UnitEditor.h"

#include "model/TextRules.h"

#include <QSqlQuery>

namespace par {

namespace {

const int FirstYear = 1900;
const int LastYear = 2100;

QString clean(const QString& text)
{
    return text.trimmed().normalized(QString::NormalizationForm_C);
}

QString lifeSpan(const Unit& unit)
{
    return QStringLiteral("%1–%2").arg(unit.validFrom ? QString::number(*unit.validFrom) : QStringLiteral("…"),
                                       unit.validTo ? QString::number(*unit.validTo) : QStringLiteral("…"));
}

} // namespace

QStringList UnitEditor::kinds()
{
    return {QStringLiteral("province"), QStringLiteral("department"), QStringLiteral("district"),
            QStringLiteral("commune"), QStringLiteral("other")};
}

Status UnitEditor::check(const Unit& unit)
{
    if (unit.name.isEmpty())
        return Error::input(tr("A unit needs a name."));
    if (const QString problem = TextRules::problem(unit.name, TextRules::Kind::Name); !problem.isEmpty())
        return Error::input(tr("The name %1.").arg(problem));
    if (const QString problem = TextRules::problem(unit.code, TextRules::Kind::Name); !problem.isEmpty())
        return Error::input(tr("The code %1.").arg(problem));
    if (!kinds().contains(unit.kind))
        return Error::input(tr("\"%1\" is not a kind of unit.").arg(unit.kind));
    for (const std::optional<int>& year : {unit.validFrom, unit.validTo}) {
        if (year && (*year < FirstYear || *year > LastYear))
            return Error::input(
                tr("The years of %1 must be between %2 and %3.").arg(unit.name).arg(FirstYear).arg(LastYear));
    }
    if (unit.validFrom && unit.validTo && *unit.validTo < *unit.validFrom)
        return Error::input(
            tr("%1 cannot end (%2) before it starts (%3).").arg(unit.name).arg(*unit.validTo).arg(*unit.validFrom));
    if (!unit.code.isEmpty()) {
        auto other = m_catalog.unitByCode(unit.code);
        if (!other)
            return other.error();
        if (other.value() && other.value()->id != unit.id)
            return Error::input(tr("The code %1 is already used by %2.").arg(unit.code, other.value()->name));
    }
    if (unit.id && (unit.validFrom || unit.validTo)) {
        auto q = m_catalog.database().run("units.score_years", {{"unit", unit.id}});
        if (!q)
            return q.error();
        q.value().next();
        if (!q.value().value(0).isNull()) {
            const int first = q.value().value(0).toInt();
            const int last = q.value().value(1).toInt();
            if (unit.validFrom && first < *unit.validFrom)
                return Error::input(tr("%1 has scores for %2, so it cannot start in %3.")
                                        .arg(unit.name)
                                        .arg(first)
                                        .arg(*unit.validFrom));
            if (unit.validTo && last > *unit.validTo)
                return Error::input(
                    tr("%1 has scores for %2, so it cannot end in %3.").arg(unit.name).arg(last).arg(*unit.validTo));
        }
    }
    return success();
}

Result<Unit> UnitEditor::save(const Unit& unit, const QString& reason)
{
    Unit u = unit;
    u.name = clean(unit.name);
    u.code = clean(unit.code);
    Database::Transaction transaction(m_catalog.database(), reason);
    if (!transaction.ok())
        return transaction.error();
    // The successor is the lineage's (LineageStore records mergers as events): an edit of the unit keeps it.
    u.successorId = 0;
    if (u.id) {
        auto stored = m_catalog.unitById(u.id);
        if (!stored)
            return stored.error();
        if (!stored.value())
            return Error::usage(tr("The unit no longer exists; it may have been removed meanwhile."));
        u.successorId = stored.value()->successorId;
    }
    if (Status s = check(u); !s)
        return s.error();
    auto saved = m_catalog.saveUnit(u);
    if (!saved)
        return saved;
    if (Status s = transaction.commit(); !s)
        return s.error();
    return saved;
}

Result<Cohort> UnitEditor::createCohort(const Index& index, const QString& name, const QString& unitKind)
{
    const QString n = clean(name);
    if (n.isEmpty())
        return Error::input(tr("A cohort needs a name, such as \"Sở, ban, ngành\"."));
    if (const QString problem = TextRules::problem(n, TextRules::Kind::Name); !problem.isEmpty())
        return Error::input(tr("The name %1.").arg(problem));
    if (!unitKind.isEmpty() && !kinds().contains(unitKind))
        return Error::input(tr("\"%1\" is not a kind of unit.").arg(unitKind));
    Database::Transaction transaction(m_catalog.database());
    if (!transaction.ok())
        return transaction.error();
    auto existing = m_catalog.cohort(index.id, n);
    if (!existing)
        return existing.error();
    if (existing.value())
        return Error::input(tr("%1 already has a cohort named \"%2\".").arg(index.code, n));
    auto cohorts = m_catalog.cohorts(index.id);
    if (!cohorts)
        return cohorts.error();
    // The first cohort of an index is its default pool.
    auto created = m_catalog.ensureCohort(index.id, n, unitKind, cohorts->isEmpty());
    if (!created)
        return created;
    if (Status s = transaction.commit(); !s)
        return s.error();
    return created;
}

Status UnitEditor::refuseIfFinal(const Cohort& cohort, int year)
{
    auto final = m_catalog.isFinalised(cohort.id, year);
    if (!final)
        return final.error();
    if (final.value())
        return Error::input(tr("The %1 results of \"%2\" are final, so its members cannot change; reopen them with a "
                               "reason first.")
                                .arg(year)
                                .arg(cohort.name));
    return success();
}

Status UnitEditor::addMembers(const Cohort& cohort, int year, const QList<qint64>& unitIds)
{
    Database::Transaction transaction(m_catalog.database());
    if (!transaction.ok())
        return transaction.error();
    if (Status s = refuseIfFinal(cohort, year); !s)
        return s;
    for (qint64 id : unitIds) {
        auto unit = m_catalog.unitById(id);
        if (!unit)
            return unit.error();
        if (!unit.value())
            return Error::usage(tr("The unit no longer exists; it may have been removed meanwhile."));
        if (!unit.value()->activeIn(year))
            return Error::input(tr("%1 does not exist in %2 (it exists %3).")
                                    .arg(unit.value()->name)
                                    .arg(year)
                                    .arg(lifeSpan(*unit.value())));
        if (Status s = m_catalog.addMember(cohort.id, year, id); !s)
            return s;
    }
    return transaction.commit();
}

Status UnitEditor::removeMember(const Cohort& cohort, int year, qint64 unitId)
{
    Database::Transaction transaction(m_catalog.database());
    if (!transaction.ok())
        return transaction.error();
    if (Status s = refuseIfFinal(cohort, year); !s)
        return s;
    if (auto q
        = m_catalog.database().run("units.remove_member", {{"cohort", cohort.id}, {"year", year}, {"unit", unitId}});
        !q)
        return q.error();
    return transaction.commit();
}

Result<int> UnitEditor::scoreCount(const Index& index, int year, qint64 unitId)
{
    auto q = m_catalog.database().run("units.score_count", {{"index", index.id}, {"year", year}, {"unit", unitId}});
    if (!q)
        return q.error();
    q.value().next();
    return q.value().value(0).toInt();
}

} // namespace par
