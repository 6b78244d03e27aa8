#pragma once

#include "model/Framework.h"
#include "model/Index.h"
#include "model/Unit.h"
#include "scoring/Evaluation.h"
#include "storage/Database.h"

#include <QHash>
#include <QList>

#include <optional>

namespace par {

// A cell of a score import or form edit: one unit, one criterion, one stage.
struct ScoreWrite
{
    qint64 unitId = 0;
    qint64 criterionId = 0;
    std::optional<Decimal> value; // nullopt: remove the value
};

struct PublishedRank
{
    int rank = 0;
    int of = 0;
    QString source;
};

// Reads and writes the catalogue of indexes, frameworks, units, cohorts and scores. Plain queries through QtSql;
// the bulk score write goes straight to SQLite. Writers expect the caller to hold a Database::Transaction.
class Catalog
{
    Q_DECLARE_TR_FUNCTIONS(par::Catalog)

public:
    explicit Catalog(Database& db)
        : m_db(db)
    {
    }

    Database& database() { return m_db; }

    // Indexes
    Result<std::optional<Index>> findIndex(const QString& code);
    Result<Index> index(const QString& code); // refuses an unknown code with a usage error
    Result<QList<Index>> indexes();
    Result<Index> saveIndex(const Index& index); // insert or update by code

    // Frameworks
    Result<QList<int>> years(qint64 indexId);
    Result<std::optional<Framework>> framework(const Index& index, int year);
    Result<Framework> requireFramework(const Index& index, int year);
    Result<bool> frameworkHasScores(qint64 frameworkId);
    // Stores a framework (criteria[0] the root) for index and year, replacing the criteria of an existing one.
    Result<Framework> saveFramework(const Index& index, int year, Framework framework);

    // Units and cohorts
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

    // Scores
    Result<QHash<qint64, Recorded>> recorded(const Framework& framework, Stage stage, const QList<qint64>& unitIds);
    Status writeScores(Stage stage, const QList<ScoreWrite>& writes);
    // An import's bulk write: checks the finalisation lock itself, once, and writes without the per-value
    // triggers; the caller logs the import as one change set plus the values it replaces (old -> new).
    Status importScores(Stage stage, const QList<ScoreWrite>& writes);
    // Bulk forms of saveUnit and addMember for imports: one prepared statement, the triggers still fire.
    Result<QList<qint64>> createUnits(const QStringList& names, const QString& kind);
    Status addMembers(qint64 cohortId, int year, const QList<qint64>& unitIds);
    Status setNote(qint64 unitId, qint64 criterionId, Stage stage, const QString& note, const QString& evidence);

    // Published ranks and finalisation
    Result<std::optional<PublishedRank>> publishedRank(qint64 cohortId, int year, qint64 unitId);
    Status setPublishedRank(const Index& index, qint64 cohortId, int year, qint64 unitId, const PublishedRank& rank);
    Result<bool> isFinalised(qint64 cohortId, int year);
    Status finalise(qint64 cohortId, int year);
    Status reopen(qint64 cohortId, int year);

private:
    Result<Framework> loadFramework(const Index& index, qint64 frameworkId, int year);

    Database& m_db;
};

} // namespace par
