#pragma once

#include "model/Framework.h"
#include "model/Index.h"
#include "model/Unit.h"
#include "scoring/Evaluation.h"
#include "scoring/Ranking.h"
#include "storage/Catalog.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace par {

// The one place that decides what a rank, a change against last year, a cohort's completeness and a unit's field
// breakdown are. Overview, Rankings, Trends, the report and the command line all read these, so they cannot
// disagree.

// A unit's values cover the framework when every criterion is scored: recorded, or made of parts that all are.
// A recorded value stands over unscored parts (a published total). Missing is not zero: a leaf without a value
// leaves the unit incomplete.
bool isComplete(const Framework& framework, const Recorded& recorded);

// How much of a cohort-year is in the database.
struct Completeness
{
    int members = 0; // units in the cohort that year, in the database
    int scored = 0; // members whose every criterion is scored
    QStringList missing; // members with no value at all, in Vietnamese order
    QStringList incomplete; // members with some criteria unscored, in Vietnamese order
    // The size of the pool as a decision gives it (a published "49th of 63"), where larger than the members here.
    std::optional<int> publishedOf;

    // Every unit of the pool is in the database and fully scored: computed ranks are final.
    bool complete() const { return members > 0 && scored == members && !publishedOf; }
    // Ranks computed now may still change.
    bool provisional() const { return !complete(); }
    // "12 of 18 units scored; ranks provisional", or empty when complete.
    QString describe() const;
};

// The rank shown for one unit in one cohort-year.
struct Standing
{
    std::optional<int> rank; // shown
    std::optional<int> of;
    bool tied = false;
    bool published = false; // rank/of come from a decision, not from the database
    QString source; // of the published rank
    std::optional<int> computedRank;
    int computedOf = 0;
    bool provisional = false; // computed while the cohort is incomplete; may still change
    QString note; // a published rank that disagrees with a complete computed one

    // "49/63", "3/18 (provisional)", "49/63 (published)"; empty without a rank.
    QString text() const;
};

// The rule: where a decision published the unit's rank and the database does not hold the whole pool scored, the
// published rank stands (with its source); otherwise the computed one, provisional while units lack scores.
Standing standingOf(const QList<RankedUnit>& ranked, const Completeness& completeness, qint64 unitId,
                    const std::optional<PublishedRank>& published);

// A unit against the previous year that has a value.
struct Change
{
    int previousYear = 0;
    std::optional<Decimal> previousTotal;
    std::optional<Decimal> total; // change in points: total - previousTotal, where both exist
    Standing previous;
    // Places gained (positive: moved up), where both years have a rank of the same kind.
    std::optional<int> places;
    // Either year is provisional: the change may still move.
    bool provisional = false;
};
Change changeBetween(const std::optional<Decimal>& previousTotal, const Standing& previous,
                     const std::optional<Decimal>& total, const Standing& current, int previousYear);

// The fields of a framework: the criteria just below the total. Where the total is made of parts and a part is made
// of fields (PAR INDEX: A = the 8 reform fields, beside B = SIPAS and C = the survey), the fields are the children
// of those parts, and the other parts are not fields.
QList<int> fieldPositions(const Framework& framework);

// A cohort-year ranked once, with what is needed to present it honestly.
struct CohortYear
{
    Cohort cohort;
    int year = 0;
    QList<Unit> members;
    QList<RankedUnit> ranked; // members with a total, in rank order
    QHash<qint64, qsizetype> rankedAt; // by unit: its row in ranked (a national cohort asks for every unit's standing)
    QHash<qint64, bool> complete; // by unit: every criterion scored
    QHash<qint64, PublishedRank> published; // by unit
    Completeness completeness;

    Standing standing(qint64 unitId) const;
};

// Reads what the rules need from the catalogue.
class Standings
{
    Q_DECLARE_TR_FUNCTIONS(par::Standings)

public:
    explicit Standings(Catalog& catalog)
        : m_catalog(catalog)
    {
    }

    Result<CohortYear> cohortYear(const Framework& framework, const Cohort& cohort, Stage stage);
    Result<QHash<qint64, PublishedRank>> publishedRanks(qint64 cohortId, int year);
    // The newest year of an index with any value recorded: where the program opens (a new year set up but not
    // yet entered is not the place to start).
    Result<std::optional<int>> newestYearWithScores(qint64 indexId);

private:
    Catalog& m_catalog;
};

} // namespace par
