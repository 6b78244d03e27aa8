#include "scoring/Evaluation.h"

namespace par {

namespace {

std::optional<Decimal> combine(Aggregation aggregation, Decimal sum, qint64 count)
{
    if (count == 0)
        return std::nullopt;
    return aggregation == Aggregation::Mean ? Decimal::mean(sum, count) : sum;
}

// The aggregate of a criterion's children's values (values: by position, children already done).
template <typename Values> std::optional<Decimal> aggregateOf(const Criterion& c, const Values& values)
{
    Decimal sum;
    qint64 count = 0;
    for (int child : c.children) {
        if (values[child]) {
            sum += *values[child];
            ++count;
        }
    }
    return combine(c.aggregation, sum, count);
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
        e.aggregate[i] = aggregateOf(framework.criteria[i], e.value);
        const bool has = i < recorded.size() && recorded[i].has_value();
        e.recorded[i] = has;
        e.value[i] = has ? recorded[i] : e.aggregate[i];
    }
    return e;
}

std::optional<Decimal> evaluatedTotal(const Framework& framework, const Recorded& recorded,
                                      std::vector<std::optional<Decimal>>& scratch)
{
    const qsizetype n = framework.criteria.size();
    scratch.assign(size_t(n), std::nullopt);
    for (qsizetype i = n - 1; i >= 0; --i) {
        const size_t at = size_t(i);
        scratch[at] = i < recorded.size() && recorded[i] ? recorded[i] : aggregateOf(framework.criteria[i], scratch);
    }
    return n == 0 ? std::nullopt : scratch.front();
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
