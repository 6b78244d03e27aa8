#pragma once

#include "model/Index.h"
#include "scoring/Standing.h"
#include "storage/Catalog.h"

#include <QCoreApplication>
#include <QList>

namespace par {

// Where the yearly cycle of one cohort stands: criteria set up, units self-assessed, units appraised, results final.
// Only what the database can tell: a template sent to the units is not recorded, so it is not claimed.
struct CohortGlance
{
    enum class Step
    {
        SetUpCriteria, // no framework for the year yet
        AddUnits, // the cohort has no members in the year
        ImportScores, // self-assessments still to come in
        Appraise, // the council's figures still to enter
        Finalise, // every member appraised, results still open
        Report, // final: the committee's meeting report
    };

    Cohort cohort;
    int year = 0;
    bool framework = false;
    int criteria = 0; // criteria in the year's framework, the total excluded
    int members = 0;
    Completeness self; // self-assessed scores (tự đánh giá)
    Completeness final; // appraised, final scores (thẩm định)
    bool finalised = false;
    Step next = Step::SetUpCriteria;

    // Members with at least one value at a stage (complete or not).
    int started(Stage stage) const;
    // Members with no final value at all, in Vietnamese order.
    QStringList missing() const { return final.missing; }
};

class YearGlance
{
    Q_DECLARE_TR_FUNCTIONS(par::YearGlance)

public:
    // One line per cohort of the index, in the catalogue's order. A year without a framework still lists the cohorts,
    // with SetUpCriteria as their next step.
    static Result<QList<CohortGlance>> of(Catalog& catalog, const Index& index, int year);
    // The step that follows from the counts (the rule, apart, so that it is tested apart).
    static CohortGlance::Step nextStep(const CohortGlance& glance);
};

} // namespace par
