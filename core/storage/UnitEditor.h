#pragma once

#include "storage/Catalog.h"

#include <QStringList>

namespace par {

// Edits of units and cohorts from the Setup page. Each call is one transaction; the database's triggers log every
// change of a unit with its author and reason.
//
// Rules: a unit needs a name, a kind the schema knows, a code no other unit has, and a life span that does not end
// before it starts; a unit cannot end before a year in which it has scores. Mergers, splits and renames are events of
// the lineage (LineageStore), the one way to name what a unit became: an edit here keeps the unit's successor as the
// events set it, and a last year typed here without an event is a plan that a later event may move. A cohort-year whose
// results are final keeps its members until it is reopened.
class UnitEditor
{
    Q_DECLARE_TR_FUNCTIONS(par::UnitEditor)

public:
    explicit UnitEditor(Catalog& catalog)
        : m_catalog(catalog)
    {
    }

    // The kinds the schema accepts, in the order a form lists them.
    static QStringList kinds();

    // Inserts (id 0) or updates a unit.
    Result<Unit> save(const Unit& unit, const QString& reason = QString());

    Result<Cohort> createCohort(const Index& index, const QString& name, const QString& unitKind);
    Status addMembers(const Cohort& cohort, int year, const QList<qint64>& unitIds);
    Status removeMember(const Cohort& cohort, int year, qint64 unitId);
    // Recorded score rows of a unit in an index's framework for a year (a page asks before removing a member).
    Result<int> scoreCount(const Index& index, int year, qint64 unitId);

private:
    Status check(const Unit& unit);
    Status refuseIfFinal(const Cohort& cohort, int year);

    Catalog& m_catalog;
};

} // namespace par
