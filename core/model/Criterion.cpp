#include "model/Criterion.h"

namespace par {

QString aggregationName(Aggregation aggregation)
{
    return aggregation == Aggregation::Mean ? QStringLiteral("mean") : QStringLiteral("sum");
}

bool parseAggregation(const QString& text, Aggregation* out)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1String("sum")) {
        *out = Aggregation::Sum;
        return true;
    }
    if (t == QLatin1String("mean") || t == QLatin1String("average") || t == QLatin1String("avg")) {
        *out = Aggregation::Mean;
        return true;
    }
    return false;
}

} // namespace par
