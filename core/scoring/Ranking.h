#pragma once

#include "model/Band.h"
#include "model/Decimal.h"

#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace par {

struct RankInput
{
    qint64 unitId = 0;
    QString name;
    QString code;
    std::optional<Decimal> total; // units with no value are not ranked
};

// Last year's standing of a unit that merged or split into one of this year's units, in the same cohort: shown as
// its own, beside the others, never summed or averaged into a figure for the new unit.
struct PredecessorRank
{
    qint64 unitId = 0;
    QString name; // its name that year
    std::optional<int> rank; // shown rank (published where the pool is not all here); none: no value that year
    std::optional<int> of;
    bool tied = false;
    bool published = false;
    bool provisional = false;
    std::optional<Decimal> total;
    std::optional<Decimal> percent; // of that year's maximum, two decimals

    // "Sở A: 5/18 (82.10%)" ("5/18*" published); "Sở B: no value" without a rank. The C locale: machine formats.
    QString text(const QLocale& locale = QLocale::c()) const;
};

struct RankedUnit
{
    qint64 unitId = 0;
    QString name;
    QString code;
    int rank = 0;
    Decimal total;
    Decimal percent; // of the maximum, two decimals, for display
    QString band;
    bool tied = false;
    // Against the previous year, where the unit was ranked then.
    std::optional<int> previousRank;
    // Last year's total; none where the unit took in others since (no change against a single number).
    std::optional<Decimal> previousTotal;
    std::optional<int> previousOf; // the size of the ranking previousRank is out of ("5/18")
    // Places gained (positive: up) only where the two ranks are of the same race: see Analysis::ranking.
    std::optional<int> places;
    // The units it came from (merge, split) that were in this cohort last year, in the event's order.
    QList<PredecessorRank> predecessors;
};

// Competition ranking on exact totals: equal totals share a rank and the next rank skips (1, 2, 2, 4).
// Tied units are listed by name in Vietnamese collation order. Bands are decided on the exact ratio, not on the
// rounded percent, so 89.996% is not "90%" for classification.
QList<RankedUnit> rankUnits(const QList<RankInput>& inputs, Decimal max, const QList<Band>& bands);

// Vietnamese alphabetical comparison (Ă, Â, Đ, Ê, Ô, Ơ, Ư in their own places).
bool vietnameseLess(const QString& a, const QString& b);

} // namespace par
