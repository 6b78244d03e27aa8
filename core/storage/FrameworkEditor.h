#pragma once

#include "storage/Catalog.h"

#include <QStringList>

namespace par {

// The fields of a criterion as a form gives them.
struct CriterionFields
{
    QString code;
    QString title;
    Decimal maxPoints;
    Aggregation aggregation = Aggregation::Sum;
    QString leadUnit;

    static CriterionFields of(const Criterion& criterion)
    {
        return {criterion.code, criterion.title, criterion.maxPoints, criterion.aggregation, criterion.leadUnit};
    }
};

struct FrameworkFileImport
{
    Framework framework;
    QStringList warnings;
};

// Edits of indexes, yearly frameworks, criteria and bands from the Setup page. Each call is one transaction (the
// database's triggers log every change with its author) and re-reads what it changes, so a form that shows stale
// data cannot write stale data. Criteria are named by id.
//
// Rules: a year whose results are final (any cohort) refuses every change that moves a maximum, a band or the tree's
// shape, until it is reopened; a year with scores keeps its codes and aggregations, and no maximum may go below a
// recorded score; a criterion with scores (or whose sub-criteria have scores) cannot be removed. A parent whose
// maximum was the sum (or mean) of its children's keeps following them; one that was set apart stays as it was. The
// total always follows its parts.
class FrameworkEditor
{
    Q_DECLARE_TR_FUNCTIONS(par::FrameworkEditor)

public:
    explicit FrameworkEditor(Catalog& catalog)
        : m_catalog(catalog)
    {
    }

    // ---- Indexes and years ----
    // A new index with an empty framework for its first year and a first cohort (named after the code when empty).
    Result<Index> createIndex(const QString& code, const QString& name, Aggregation aggregation, int firstYear,
                              const QString& cohortName = QString());
    // An empty framework (the total only) with the bands of the year before, or the common ones.
    Result<Framework> createFramework(const Index& index, int year);
    // Criteria and bands of fromYear as a new framework for toYear.
    Result<Framework> copyFramework(const Index& index, int fromYear, int toYear);
    // The latest year before toYear, or 0 when there is none.
    Result<int> previousYear(const Index& index, int toYear);
    // A framework CSV (see FrameworkImport) for the year, replacing one that has no scores yet.
    Result<FrameworkFileImport> importFile(const Index& index, int year, const QString& path);
    // Removes a year's framework that has no scores.
    Status removeFramework(const Index& index, int year);

    // ---- Criteria ----
    Result<qint64> addChild(qint64 parentId, const CriterionFields& fields);
    Result<qint64> addSibling(qint64 afterId, const CriterionFields& fields);
    Status update(qint64 criterionId, const CriterionFields& fields);
    Status remove(qint64 criterionId);
    // Moves a criterion among its siblings: -1 up, +1 down.
    Status move(qint64 criterionId, int delta);

    // ---- Bands ----
    Status setBands(qint64 frameworkId, const QList<Band>& bands);
    // Sorted from the highest minimum down; refuses minima outside 0 to 100, repeated minima and empty labels.
    static Result<QList<Band>> checkBands(QList<Band> bands);

    // ---- Reads for the page ----
    // Names of the cohorts whose results for the index and year are final.
    Result<QStringList> finalisedCohorts(qint64 indexId, int year);
    // Recorded score rows (any stage) of a criterion and its sub-criteria.
    Result<int> scoreCount(qint64 criterionId);
    // A free code for a new child of the criterion at parentPosition: "3.5" after "3.1".."3.4".
    static QString suggestCode(const Framework& framework, int parentPosition);
    // The maximum a parent's children give (sum, or mean); nullopt for a leaf.
    static std::optional<Decimal> childrenMax(const Framework& framework, int position);

private:
    struct Located
    {
        Index index;
        Framework framework;
        int position = -1;
    };
    Result<Located> locate(qint64 criterionId);
    Result<Index> indexOfFramework(qint64 frameworkId, int* year);
    Status refuseIfFinal(const Index& index, int year, const QString& what);
    Status checkFields(const Framework& framework, const CriterionFields& fields, qint64 exceptId);
    Status checkAgainstScores(const Criterion& criterion, Decimal newMax);
    Result<qint64> insert(const Located& at, int parentPosition, int position, const CriterionFields& fields);
    // Lets the maxima of the ancestors that followed their children follow them again, from `fromId` up.
    Status propagate(const Framework& before, const Index& index, int year, qint64 fromId);

    Catalog& m_catalog;
};

} // namespace par
