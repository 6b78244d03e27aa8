#pragma once

#include "scoring/Ranking.h"
#include "scoring/Standing.h"
#include "storage/Catalog.h"

namespace par {

// A unit-year-stage with some scores and some component criteria unscored: incomplete, never "zero".
struct MissingScores
{
    QString indexCode;
    int year = 0;
    QString stage;
    QString unit;
    QStringList criteria; // codes, in framework order
    Decimal maxPoints; // the points those criteria could have given
};

// A cohort's ranking for one index, year and stage, with last year's ranks beside it.
struct RankingResult
{
    Index index;
    Cohort cohort;
    int year = 0;
    Stage stage = Stage::Final;
    Decimal max;
    QList<RankedUnit> rows; // rank: computed; previousRank: last year's shown rank (see previousStanding)
    QStringList unranked; // members with no value
    // What every page shows: the rank by unit (published where the pool is not all here), and how complete it is.
    Completeness completeness;
    QHash<qint64, Standing> standing;
    QHash<qint64, bool> complete; // by unit: every criterion scored
    int previousYear = 0; // 0: no earlier year
    Completeness previousCompleteness;
    QHash<qint64, Standing> previousStanding;

    bool provisional() const { return completeness.provisional(); }
    // Members scored on part of the framework only, by unit id: their rank is provisional (see docs/report.md).
    QHash<qint64, MissingScores> incomplete;
};

struct TrendPoint
{
    int year = 0;
    std::optional<Decimal> total;
    Decimal max;
    std::optional<Decimal> percent;
    QString band;
    std::optional<int> rank;
    std::optional<int> of;
    bool rankPublished = false; // rank/of come from a decision, not from the database
    std::optional<PublishedRank> published;
    std::optional<int> computedRank;
    int computedOf = 0;
    std::optional<Decimal> change; // against the previous year with a total
    QString cohort;
    QString note; // a disagreement between the published and the computed rank
    Standing standing; // rank, of, published, computed, note above are copied from it
    Completeness completeness; // of the cohort that year
    bool complete = false; // the unit's every criterion is scored
    bool provisional = false; // the rank is computed from an incomplete cohort
};

struct TrendResult
{
    Index index;
    Unit unit;
    Stage stage = Stage::Final;
    QList<TrendPoint> points;
};

struct LostPoint
{
    QString code;
    QString title;
    int depth = 0;
    Decimal max;
    Decimal achieved;
    Decimal lost;
    QString leadUnit;
};

struct Fall
{
    QString code;
    QString title;
    Decimal previous;
    Decimal current;
    Decimal change; // negative: fell; where the maximum changed, shareChange scaled to this year's maximum
    QString leadUnit;
    // Where the maximum changed between the years, raw points do not compare: the share of the maximum does.
    bool maxChanged = false;
    Decimal previousMax;
    Decimal currentMax;
    Decimal shareChange; // percentage points of the maximum, four decimals
};

struct LostPointsResult
{
    Index index;
    Unit unit;
    int year = 0;
    QList<LostPoint> lost; // scored component criteria (leaves), largest loss first
    // Component criteria without a score (see missingCriteria): not lost, not zero, reported apart. Their "lost" is
    // their maximum, achieved zero. lostTotal + missingTotal + the total over the scored criteria = the maximum.
    QList<LostPoint> missing;
    Decimal lostTotal;
    Decimal missingTotal;
    // Component criteria (leaves: one level, never a part beside its own sub-criteria) that fell against the
    // previous year, largest fall first; criteria with unscored parts in either year are left out.
    QList<Fall> falls;
};

// One criterion (matched by code; the empty code is the total) of one unit over the years.
struct SeriesPoint
{
    int year = 0;
    std::optional<Decimal> value;
    Decimal max;
    std::optional<Decimal> percent;
    std::optional<int> rank; // in the unit's cohort, for the total only
    std::optional<int> of;
    bool rankPublished = false; // rank/of from a decision (rankNote gives its source)
    bool provisional = false; // computed while the cohort misses scores (rankNote says how many)
    QString rankNote;
};

// A field of the framework as a share of its maximum, for the "each field as percent of its maximum" chart.
struct FieldShare
{
    QString code;
    QString title;
    std::optional<Decimal> value;
    Decimal max;
    std::optional<Decimal> percent;
};

// The component criteria (leaves) a unit has no value for, where no criterion above them has a recorded value
// either (a recorded parent stands for its parts), in framework order. Empty where the unit has no value at all:
// a unit not scored is unranked, not incomplete.
QList<int> missingCriteria(const Framework& framework, const Evaluation& evaluation);
// The sum of the maxima of those criteria.
Decimal missingMax(const Framework& framework, const QList<int>& missing);

struct ConsistencyIssue
{
    QString indexCode;
    int year = 0;
    QString stage;
    QString unit;
    QString criterion; // empty: the total
    Decimal recorded;
    Decimal aggregate;
};

// Computes what screens and reports show from what is stored; presents nothing itself.
class Analysis
{
    Q_DECLARE_TR_FUNCTIONS(par::Analysis)

public:
    explicit Analysis(Catalog& catalog)
        : m_catalog(catalog)
    {
    }

    Result<RankingResult> ranking(const QString& indexCode, int year, const QString& cohortName, Stage stage);
    Result<TrendResult> trend(const QString& indexCode, const QString& unitName, const QString& cohortName,
                              Stage stage);
    Result<LostPointsResult> lostPoints(const QString& indexCode, int year, const QString& unitName, Stage stage);
    Result<QList<ConsistencyIssue>> consistency();
    // Every unit-year-stage of every index with missing criteria, for `parindex check`.
    Result<QList<MissingScores>> missingScores();
    // The fields of a framework (fieldPositions) with the unit's values.
    Result<QList<FieldShare>> fields(const QString& indexCode, int year, qint64 unitId, Stage stage);
    // A criterion's values for a unit over every year whose framework has that code.
    Result<QList<SeriesPoint>> series(const QString& indexCode, qint64 unitId, const QString& criterionCode,
                                      Stage stage);

    // The evaluated tree of one unit (for forms and reports).
    Result<Evaluation> evaluateUnit(const Framework& framework, qint64 unitId, Stage stage);

private:
    Result<CohortYear> rankCohort(const Framework& framework, const Cohort& cohort, Stage stage);
    Result<Unit> requireUnit(const QString& nameOrCode);
    Result<QList<Unit>> unitsOfCohorts(const QList<Cohort>& cohorts, int year);

    Catalog& m_catalog;
};

} // namespace par
