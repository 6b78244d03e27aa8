#include "scoring/Evaluation.h"

namespace par {

namespace {

std::optional<Decimal> combine(Aggregation aggregation, Decimal sum, qint64 count)
{
    if (count == 0)
        return std::nullopt;
    return aggregation == Aggregation::Mean ? Decimal::mean(sum, count) : sum;
}

} // namespace

Evaluation evaluate(const Framework& framework, const Recorded& recorded)
{
    const qsizetype n = framework.criteria.size();
    Evaluation e;
    e.value.resize(n);
    e.aggregate.resize(n);
    e.recorded.resize(n);
    // Criteria are stored parents first, so walking backwards finishes every child before its parent.
    for (qsizetype i = n - 1; i >= 0; --i) {
        const Criterion& c = framework.criteria[i];
        Decimal sum;
        qint64 count = 0;
        for (int child : c.children) {
            if (e.value[child]) {
                sum += *e.value[child];
                ++count;
            }
        }
        e.aggregate[i] = combine(c.aggregation, sum, count);
        const bool has = i < recorded.size() && recorded[i].has_value();
        e.recorded[i] = has;
        e.value[i] = has ? recorded[i] : e.aggregate[i];
    }
    return e;
}

Decimal aggregateMax(const Framework& framework, int position)
{
    const Criterion& c = framework.criteria[position];
    if (c.children.isEmpty())
        return c.maxPoints;
    Decimal sum;
    for (int child : c.children)
        sum += aggregateMax(framework, child);
    return c.aggregation == Aggregation::Mean ? Decimal::mean(sum, c.children.size()) : sum;
}

QList<Discrepancy> discrepancies(const Evaluation& evaluation)
{
    QList<Discrepancy> out;
    for (int i = 0; i < evaluation.value.size(); ++i) {
        if (evaluation.recorded[i] && evaluation.aggregate[i] && *evaluation.value[i] != *evaluation.aggregate[i])
            out.append({i, *evaluation.value[i], *evaluation.aggregate[i]});
    }
    return out;
}

} // namespace par
