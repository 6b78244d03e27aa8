#include "scoring/Standing.h"

#include <QSqlQuery>

#include <algorithm>
#include <vector>

namespace par {

namespace {

// Each message in the context lupdate gives it (the class of the function it is in, "par" outside one): with one
// context for all, the catalogue's translations were never found and a Vietnamese page showed them in English.
QString tr(const char* text)
{
    return QCoreApplication::translate("par", text);
}

bool covered(const Framework& framework, const Recorded& recorded, int position)
{
    if (position < recorded.size() && recorded[position])
        return true;
    const Criterion& c = framework.criteria[position];
    if (c.children.isEmpty())
        return false;
    return std::all_of(c.children.cbegin(), c.children.cend(),
                       [&](int child) { return covered(framework, recorded, child); });
}

} // namespace

bool isComplete(const Framework& framework, const Recorded& recorded)
{
    return !framework.criteria.isEmpty() && covered(framework, recorded, 0);
}

QString Completeness::describe() const
{
    if (complete())
        return QString();
    if (publishedOf)
        return QCoreApplication::translate("par::Completeness",
                                           "%1 of %2 units in the database; published ranks shown where there are any")
            .arg(members)
            .arg(*publishedOf);
    return QCoreApplication::translate("par::Completeness", "%1 of %2 units scored; ranks provisional")
        .arg(scored)
        .arg(members);
}

QString Standing::text() const
{
    if (!rank || !of)
        return QString();
    QString out = QStringLiteral("%1%2/%3").arg(*rank).arg(tied ? QStringLiteral("=") : QString()).arg(*of);
    if (published)
        out += u' ' + QCoreApplication::translate("par::Standing", "(published)");
    else if (provisional)
        out += u' ' + QCoreApplication::translate("par::Standing", "(provisional)");
    return out;
}

namespace {

// The standing of a unit whose computed row is row (null: not ranked) among computedOf ranked units.
Standing standingFrom(const RankedUnit* row, int computedOf, const Completeness& completeness,
                      const std::optional<PublishedRank>& published)
{
    Standing s;
    s.computedOf = computedOf;
    if (row) {
        s.computedRank = row->rank;
        s.tied = row->tied;
    }
    if (published && !completeness.complete()) {
        s.rank = published->rank;
        s.of = published->of;
        s.tied = false;
        s.published = true;
        s.source = published->source;
        return s;
    }
    if (!s.computedRank)
        return s;
    s.rank = s.computedRank;
    s.of = s.computedOf;
    s.provisional = completeness.provisional();
    if (published && (published->rank != *s.computedRank || published->of != s.computedOf))
        s.note = tr("published rank %1 of %2 differs from the computed %3 of %4")
                     .arg(published->rank)
                     .arg(published->of)
                     .arg(*s.computedRank)
                     .arg(s.computedOf);
    return s;
}

} // namespace

Standing standingOf(const QList<RankedUnit>& ranked, const Completeness& completeness, qint64 unitId,
                    const std::optional<PublishedRank>& published)
{
    const auto row
        = std::find_if(ranked.cbegin(), ranked.cend(), [unitId](const RankedUnit& r) { return r.unitId == unitId; });
    return standingFrom(row == ranked.cend() ? nullptr : &*row, int(ranked.size()), completeness, published);
}

Change changeBetween(const std::optional<Decimal>& previousTotal, const Standing& previous,
                     const std::optional<Decimal>& total, const Standing& current, int previousYear)
{
    Change c;
    c.previousYear = previousYear;
    c.previousTotal = previousTotal;
    c.previous = previous;
    if (previousTotal && total)
        c.total = *total - *previousTotal;
    if (previous.rank && current.rank)
        c.places = *previous.rank - *current.rank;
    c.provisional = previous.provisional || current.provisional;
    return c;
}

QList<int> fieldPositions(const Framework& framework)
{
    if (framework.criteria.isEmpty())
        return {};
    const QList<int>& top = framework.root().children;
    QList<int> parts;
    for (int p : top) {
        const Criterion& c = framework.criteria[p];
        const bool madeOfFields = std::any_of(c.children.cbegin(), c.children.cend(),
                                              [&](int child) { return !framework.criteria[child].isLeaf(); });
        if (madeOfFields)
            parts.append(p);
    }
    if (parts.isEmpty())
        return top;
    QList<int> out;
    for (int p : parts)
        out += framework.criteria[p].children;
    return out;
}

Standing CohortYear::standing(qint64 unitId) const
{
    const auto found = published.constFind(unitId);
    const std::optional<PublishedRank> publishedRank
        = found == published.cend() ? std::nullopt : std::optional<PublishedRank>(*found);
    // The row by its index, where the index is whole (Standings::cohortYear makes it); else by a scan.
    if (rankedAt.size() != ranked.size())
        return standingOf(ranked, completeness, unitId, publishedRank);
    const qsizetype at = rankedAt.value(unitId, -1);
    return standingFrom(at >= 0 ? &ranked[at] : nullptr, int(ranked.size()), completeness, publishedRank);
}

Result<QHash<qint64, PublishedRank>> Standings::publishedRanks(qint64 cohortId, int year)
{
    auto q = m_catalog.database().run("ranks.published_all", {{"cohort", cohortId}, {"year", year}});
    if (!q)
        return q.error();
    QHash<qint64, PublishedRank> out;
    while (q.value().next())
        out.insert(
            q.value().value(0).toLongLong(),
            PublishedRank {q.value().value(1).toInt(), q.value().value(2).toInt(), q.value().value(3).toString()});
    return out;
}

Result<std::optional<int>> Standings::newestYearWithScores(qint64 indexId)
{
    auto q = m_catalog.database().run("frameworks.newest_year_with_scores", {{"index", indexId}});
    if (!q)
        return q.error();
    if (!q.value().next() || q.value().value(0).isNull())
        return std::optional<int>();
    return std::optional<int>(q.value().value(0).toInt());
}

Result<CohortYear> Standings::cohortYear(const Framework& framework, const Cohort& cohort, Stage stage)
{
    CohortYear out;
    out.cohort = cohort;
    out.year = framework.year;
    auto members = m_catalog.members(cohort.id, framework.year);
    if (!members)
        return members.error();
    out.members = std::move(members).value();
    QList<qint64> ids;
    ids.reserve(out.members.size());
    for (const Unit& u : out.members)
        ids.append(u.id);
    auto recorded = m_catalog.recorded(framework, stage, ids);
    if (!recorded)
        return recorded.error();
    QList<RankInput> inputs;
    inputs.reserve(out.members.size());
    out.completeness.members = int(out.members.size());
    std::vector<std::optional<Decimal>> scratch;
    for (const Unit& u : out.members) {
        const Recorded values = recorded->value(u.id);
        const std::optional<Decimal> total = evaluatedTotal(framework, values, scratch);
        inputs.append({u.id, u.name, u.code, total});
        const bool complete = isComplete(framework, values);
        out.complete.insert(u.id, complete);
        if (complete)
            ++out.completeness.scored;
        else if (!total)
            out.completeness.missing.append(u.name);
        else
            out.completeness.incomplete.append(u.name);
    }
    std::sort(out.completeness.missing.begin(), out.completeness.missing.end(), vietnameseLess);
    std::sort(out.completeness.incomplete.begin(), out.completeness.incomplete.end(), vietnameseLess);
    out.ranked = rankUnits(inputs, framework.root().maxPoints, framework.bands);
    out.rankedAt.reserve(out.ranked.size());
    for (qsizetype i = 0; i < out.ranked.size(); ++i)
        out.rankedAt.insert(out.ranked[i].unitId, i);

    auto published = publishedRanks(cohort.id, framework.year);
    if (!published)
        return published.error();
    out.published = std::move(published).value();
    for (const PublishedRank& p : std::as_const(out.published)) {
        if (p.of > out.completeness.members)
            out.completeness.publishedOf = std::max(out.completeness.publishedOf.value_or(0), p.of);
    }
    return out;
}

} // namespace par
