#pragma once

#include "model/Lineage.h"
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
    // The cohort's membership differs between the two years (units merged, split, joined or left): ranks are shown
    // each with its own "of" and no rank change is computed (RankedUnit::places stays empty).
    bool cohortChanged = false;
    int previousRankedOf = 0; // units ranked last year

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
    int changeFrom = 0; // that year: below year - 1 where years without a total lie between (say "vs 2022")
    QString cohort;
    QString note; // a disagreement between the published and the computed rank
    Standing standing; // rank, of, published, computed, note above are copied from it
    Completeness completeness; // of the cohort that year
    bool complete = false; // the unit's every criterion is scored
    bool provisional = false; // the rank is computed from an incomplete cohort
    qint64 unitId = 0; // whose result: the unit itself, or one of its predecessors
    QString unitName; // that unit's name in that year (renames followed)
    bool predecessor = false; // a predecessor's own result, before the event that made the unit
};

// A unit over the years. Its own line, and before the merges and splits that made it, its predecessors' results,
// each as that predecessor's: two predecessors give two points for a year, never their sum or average. A renamed
// unit is one line (the same unit) whose points carry the name of each year.
struct TrendResult
{
    Index index;
    Unit unit;
    Stage stage = Stage::Final;
    QList<TrendPoint> points; // the unit's own line: one point per year of the index (change: against its own)
    // Each predecessor's point in each year it existed before the event, chained events followed back (A became B
    // in 2020, B and C became D in 2025: D's 2019 is A's, its 2022 are B's and C's); change against its own line.
    QList<TrendPoint> predecessorPoints;
    QList<LineageEvent> origins; // the merges and splits that made the unit, oldest first

    // For tables: every point in year order, the unit's own first, then its predecessors'; an own point with no
    // value in a year the unit did not exist in while predecessors stand for it is left out.
    QList<TrendPoint> rows() const;
    // For charts: the predecessors in the order they first appear; one line each (predecessorPoints of that unitId).
    QList<qint64> predecessorIds() const;
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
    std::optional<Decimal> change; // against the line's previous value
    int changeFrom = 0; // the year of that value: below year - 1 across a gap
    QString unitName; // the name that year (renames followed)
};

// One line of a criterion over the years for the Trends page: the unit's own, or one predecessor's before the event
// that made the unit (never summed into the unit's). A renamed unit is one line.
struct SeriesLine
{
    qint64 unitId = 0;
    QString name; // the unit's present name; a predecessor's last name
    bool predecessor = false;
    QList<SeriesPoint> points; // the unit's own: every year of the index; a predecessor's: the years it stands in
};

// True where a change is against a value more than one year back: it must be read "vs 2022", not "since last year".
inline bool changeAcrossGap(int year, int changeFrom)
{
    return changeFrom > 0 && changeFrom < year - 1;
}

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
    // The unit's line of a criterion (the empty code: the total, with ranks) and, before the events that made it,
    // one line per predecessor, as TrendResult has them.
    Result<QList<SeriesLine>> lines(const QString& indexCode, qint64 unitId, const QString& criterionCode, Stage stage);

    // The evaluated tree of one unit (for forms and reports).
    Result<Evaluation> evaluateUnit(const Framework& framework, qint64 unitId, Stage stage);
    // Why the account cannot rank the cohort-year, or "": a unit's account reads its own unit's scores and the final
    // results of finalised years only (the server's row-level security), and a ranking of the part it reads is false.
    Result<QString> unreadable(const Cohort& cohort, int year, Stage stage);

private:
    Result<CohortYear> rankCohort(const Framework& framework, const Cohort& cohort, Stage stage);
    Result<TrendPoint> trendPoint(const Index& index, const Framework& framework, qint64 unitId,
                                  const QString& cohortName, Stage stage, QHash<qint64, CohortYear>& ranked);
    Result<RankingResult> rankingIn(Database::ReadSnapshot& snapshot, bool readAhead, bool* startAgain,
                                    const QString& indexCode, int year, const QString& cohortName, Stage stage);
    Result<std::optional<Framework>> previousFramework(const Index& index, int year);
    Status previousYear(RankingResult& out, const CohortYear& current, const CohortYear& previous);
    Status addPredecessors(RankingResult& out, const CohortYear& previous);
    Result<Unit> requireUnit(const QString& nameOrCode);
    SeriesPoint seriesPoint(const TrendPoint& p) const;
    Result<SeriesPoint> criterionPoint(const Framework& framework, int at, qint64 unitId, Stage stage);
    Result<QList<Unit>> unitsOfCohorts(const QList<Cohort>& cohorts, int year);

    Catalog& m_catalog;
};

} // namespace par
