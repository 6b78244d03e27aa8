#pragma once

#include "model/Framework.h"

#include <QList>

#include <optional>
#include <vector>

namespace par {

// Values recorded for one unit at one stage, by criterion position in the framework (nullopt: none recorded).
using Recorded = QList<std::optional<Decimal>>;

// A unit's values over a framework. A value recorded on a criterion stands; only where none is recorded is the
// criterion the aggregate of its children's values (sum, or mean for percentages). Children without any value
// are left out of the aggregate; a criterion with neither has no value.
struct Evaluation
{
    QList<std::optional<Decimal>> value;
    QList<std::optional<Decimal>> aggregate; // of the children, whether or not a value was recorded
    QList<bool> recorded;

    std::optional<Decimal> total() const { return value.isEmpty() ? std::nullopt : value.first(); }
};

Evaluation evaluate(const Framework& framework, const Recorded& recorded);

// evaluate(framework, recorded).total() without the per-criterion lists: a ranking evaluates every unit of a national
// cohort for two years. `scratch` holds the values between calls, so that a cohort needs no allocation per unit.
std::optional<Decimal> evaluatedTotal(const Framework& framework, const Recorded& recorded,
                                      std::vector<std::optional<Decimal>>& scratch);

// The maximum of a criterion as the framework records it; for the root and parents, the importer fills it in
// from the children when the file gives none.
Decimal aggregateMax(const Framework& framework, int position);

// A recorded value that differs from its children's aggregate: reported, never hidden, never "corrected".
struct Discrepancy
{
    int criterion = 0;
    Decimal recorded;
    Decimal aggregate;
};
QList<Discrepancy> discrepancies(const Evaluation& evaluation);

} // namespace par
