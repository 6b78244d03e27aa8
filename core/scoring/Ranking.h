#pragma once

#include "model/Band.h"
#include "model/Decimal.h"

#include <QList>
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
    std::optional<Decimal> previousTotal;
};

// Competition ranking on exact totals: equal totals share a rank and the next rank skips (1, 2, 2, 4).
// Tied units are listed by name in Vietnamese collation order. Bands are decided on the exact ratio, not on the
// rounded percent, so 89.996% is not "90%" for classification.
QList<RankedUnit> rankUnits(const QList<RankInput>& inputs, Decimal max, const QList<Band>& bands);

// Vietnamese alphabetical comparison (Ă, Â, Đ, Ê, Ô, Ơ, Ư in their own places).
bool vietnameseLess(const QString& a, const QString& b);

} // namespace par
