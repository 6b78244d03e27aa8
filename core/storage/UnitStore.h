#pragma once

#include "model/Index.h"
#include "model/Unit.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace par {

// Units, cohorts and their members (statements in :/sql/queries/units.sql).
class UnitStore
{
    Q_DECLARE_TR_FUNCTIONS(par::Catalog)

public:
    explicit UnitStore(Database& db)
        : m_db(db)
    {
    }

    Result<std::optional<Unit>> unitById(qint64 id);
    Result<std::optional<Unit>> unitByCode(const QString& code);
    Result<QList<Unit>> unitsNamed(const QString& name);
    Result<QList<Unit>> units();
    Result<Unit> saveUnit(Unit unit); // insert when id is 0, else update
    // A unit named by code or by name; the name must not be ambiguous.
    Result<std::optional<Unit>> findUnit(const QString& nameOrCode);

    Result<std::optional<Cohort>> cohort(qint64 indexId, const QString& name);
    Result<Cohort> defaultCohort(const Index& index);
    // The index's default cohort if it has one; writes nothing (for previews).
    Result<std::optional<Cohort>> findDefaultCohort(const Index& index);
    // The named cohort, or the index's default when name is empty; refuses an unknown name.
    Result<Cohort> resolveCohort(const Index& index, const QString& name);
    Result<Cohort> ensureCohort(qint64 indexId, const QString& name, const QString& unitKind, bool makeDefault);
    Result<QList<Cohort>> cohorts(qint64 indexId);
    Result<QList<Unit>> members(qint64 cohortId, int year);
    Result<QList<Unit>> membersAnyYear(qint64 cohortId);
    Status addMember(qint64 cohortId, int year, qint64 unitId);
    // The cohorts of an index that the unit belongs to in a year.
    Result<QList<Cohort>> cohortsOf(qint64 indexId, qint64 unitId, int year);

    // Bulk forms of saveUnit and addMember for imports: one prepared statement, the triggers still fire.
    Result<QList<qint64>> createUnits(const QStringList& names, const QString& kind);
    Status addMembers(qint64 cohortId, int year, const QList<qint64>& unitIds);

private:
    Database& m_db;
};

} // namespace par
