#include "scoring/Analysis.h"

#include "scoring/YearAhead.h"
#include "storage/LineageStore.h"
#include "storage/Permissions.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace par {

QList<int> missingCriteria(const Framework& framework, const Evaluation& evaluation)
{
    QList<int> out;
    if (evaluation.value.isEmpty() || !evaluation.total())
        return out;
    for (int i = 1; i < framework.criteria.size(); ++i) {
        if (!framework.criteria[i].isLeaf() || evaluation.value[i])
            continue;
        bool covered = false;
        for (int p = framework.criteria[i].parent; p >= 0 && !covered; p = framework.criteria[p].parent)
            covered = evaluation.recorded[p];
        if (!covered)
            out.append(i);
    }
    return out;
}

Decimal missingMax(const Framework& framework, const QList<int>& missing)
{
    Decimal sum;
    for (int i : missing)
        sum += framework.criteria[i].maxPoints;
    return sum;
}

Result<Unit> Analysis::requireUnit(const QString& nameOrCode)
{
    auto unit = m_catalog.findUnit(nameOrCode);
    if (!unit)
        return unit.error();
    if (!unit.value())
        return Error::usage(tr("there is no unit \"%1\"").arg(nameOrCode));
    return *unit.value();
}

Result<Evaluation> Analysis::evaluateUnit(const Framework& framework, qint64 unitId, Stage stage)
{
    auto recorded = m_catalog.recorded(framework, stage, {unitId});
    if (!recorded)
        return recorded.error();
    return evaluate(framework, recorded->value(unitId));
}

Result<CohortYear> Analysis::rankCohort(const Framework& framework, const Cohort& cohort, Stage stage)
{
    return Standings(m_catalog).cohortYear(framework, cohort, stage);
}

Result<QString> Analysis::unreadable(const Cohort& cohort, int year, Stage stage)
{
    const Permissions account = Permissions::of(m_catalog.database());
    if (account.role() != Permissions::Role::Unit)
        return QString();
    if (stage == Stage::Self)
        return tr("your account (%1) reads the self-assessments of its own unit only, so it cannot rank \"%2\"")
            .arg(account.describe(), cohort.name);
    auto final = m_catalog.isFinalised(cohort.id, year);
    if (!final)
        return final.error();
    if (final.value())
        return QString();
    return tr("the %1 results of \"%2\" are not published yet: your account (%3) reads other units' final results "
              "once their year is finalised")
        .arg(year)
        .arg(cohort.name, account.describe());
}

// One snapshot for the whole ranking, so that this year and last come from one state of the database. Last year is
// read beside this year on a second connection (YearAhead); if the file changed before that read began, everything is
// read once more, here, in the new state.
Result<RankingResult> Analysis::ranking(const QString& indexCode, int year, const QString& cohortName, Stage stage)
{
    Database::ReadSnapshot snapshot(m_catalog.database());
    bool startAgain = false;
    auto out = rankingIn(snapshot, true, &startAgain, indexCode, year, cohortName, stage);
    if (!startAgain)
        return out;
    return rankingIn(snapshot, false, nullptr, indexCode, year, cohortName, stage);
}

Result<RankingResult> Analysis::rankingIn(Database::ReadSnapshot& snapshot, bool readAhead, bool* startAgain,
                                          const QString& indexCode, int year, const QString& cohortName, Stage stage)
{
    RankingResult out;
    out.year = year;
    out.stage = stage;
    auto index = m_catalog.index(indexCode);
    if (!index)
        return index.error();
    out.index = index.value();
    auto framework = m_catalog.requireFramework(out.index, year);
    if (!framework)
        return framework.error();
    auto cohort = m_catalog.resolveCohort(out.index, cohortName);
    if (!cohort)
        return cohort.error();
    out.cohort = cohort.value();
    auto hidden = unreadable(out.cohort, year, stage);
    if (!hidden)
        return hidden.error();
    if (!hidden->isEmpty())
        return Error::input(hidden.value());
    out.max = framework->root().maxPoints;
    auto before = previousFramework(out.index, year);
    if (!before)
        return before.error();
    std::unique_ptr<YearAhead> ahead;
    if (readAhead && before.value())
        ahead = YearAhead::start(m_catalog.database(), snapshot, *before.value(), out.cohort, stage);
    auto ranked = rankCohort(framework.value(), out.cohort, stage);
    if (!ranked)
        return ranked.error();
    out.rows = ranked->ranked;
    out.completeness = ranked->completeness;
    out.complete = ranked->complete;
    out.unranked = ranked->completeness.missing;
    for (const RankedUnit& r : std::as_const(out.rows))
        out.standing.insert(r.unitId, ranked->standing(r.unitId));
    // Which criteria the incomplete members lack, for the report's marks.
    {
        QList<qint64> partial;
        for (const RankedUnit& r : std::as_const(out.rows)) {
            if (!ranked->complete.value(r.unitId, true))
                partial.append(r.unitId);
        }
        if (!partial.isEmpty()) {
            auto recorded = m_catalog.recorded(framework.value(), stage, partial);
            if (!recorded)
                return recorded.error();
            for (const RankedUnit& r : std::as_const(out.rows)) {
                if (!partial.contains(r.unitId))
                    continue;
                const QList<int> missing
                    = missingCriteria(framework.value(), evaluate(framework.value(), recorded->value(r.unitId)));
                if (missing.isEmpty())
                    continue;
                MissingScores m {out.index.code, year, stageName(stage),
                                 r.name,         {},   missingMax(framework.value(), missing)};
                for (int i : missing)
                    m.criteria.append(framework->criteria[i].code);
                out.incomplete.insert(r.unitId, m);
            }
        }
    }

    if (!before.value())
        return out;
    CohortYear previous;
    const YearAhead::Outcome outcome = ahead ? ahead->take(snapshot, previous) : YearAhead::Outcome::ReadItYourself;
    if (outcome == YearAhead::Outcome::StartAgain) {
        *startAgain = true;
        return out;
    }
    if (outcome == YearAhead::Outcome::ReadItYourself) {
        auto read = rankCohort(*before.value(), out.cohort, stage);
        if (!read)
            return read.error();
        previous = std::move(read).value();
    }
    if (Status s = previousYear(out, ranked.value(), previous); !s)
        return s.error();
    return out;
}

namespace {

QSet<qint64> memberIds(const QList<Unit>& members)
{
    QSet<qint64> ids;
    for (const Unit& u : members)
        ids.insert(u.id);
    return ids;
}

} // namespace

// The framework of the year before `year` that has one (years may be skipped), or nothing for the first.
Result<std::optional<Framework>> Analysis::previousFramework(const Index& index, int year)
{
    auto years = m_catalog.years(index.id);
    if (!years)
        return years.error();
    const auto before = std::find_if(years->crbegin(), years->crend(), [year](int y) { return y < year; });
    if (before == years->crend())
        return std::optional<Framework>();
    auto framework = m_catalog.requireFramework(index, *before);
    if (!framework)
        return framework.error();
    return std::optional<Framework>(std::move(framework).value());
}

// Last year's ranks in the same cohort, where there was a framework then.
//
// The rule for comparing ranks: a change of rank (places) is a change within the same race, so it is computed only
// where the cohort has the same members in both years and both ranks are of the same kind (both computed; or both
// published, out of the same pool size); a "1/1" among members still unscored is marked provisional. Where units
// merged, split, joined or left, last year's "5/18" and this year's "3/12" are shown side by side (previousOf) and
// nothing is subtracted: 12th of 12 after a merger is not a fall from 11th of 18. A unit made from others (merge,
// split), or one that took others in, has no change against a single number: the ranks and percentages of its
// predecessors are listed instead (addPredecessors), and its own total of last year, where it had one, is not
// subtracted either.
Status Analysis::previousYear(RankingResult& out, const CohortYear& current, const CohortYear& previous)
{
    out.previousYear = previous.year;
    out.previousCompleteness = previous.completeness;
    out.previousRankedOf = int(previous.ranked.size());
    out.cohortChanged = memberIds(previous.members) != memberIds(current.members);
    QHash<qint64, const RankedUnit*> byUnit;
    for (const RankedUnit& r : previous.ranked)
        byUnit.insert(r.unitId, &r);
    for (RankedUnit& r : out.rows) {
        const Standing standing = previous.standing(r.unitId);
        if (standing.rank) {
            out.previousStanding.insert(r.unitId, standing);
            r.previousOf = standing.of;
        }
        r.previousRank = standing.rank;
        if (const RankedUnit* p = byUnit.value(r.unitId))
            r.previousTotal = p->total;
    }
    if (Status s = addPredecessors(out, previous); !s)
        return s;
    for (RankedUnit& r : out.rows) {
        const Standing now = out.standing.value(r.unitId);
        const Standing then = out.previousStanding.value(r.unitId);
        const bool sameKind = then.published == now.published && (!now.published || then.of == now.of);
        if (!out.cohortChanged && r.predecessors.isEmpty() && then.rank && now.rank && sameKind)
            r.places = *then.rank - *now.rank;
    }
    return Done {};
}

// The units each row came from (merges and splits up to this year) that were members of this cohort last year, with
// their rank and percentage of last year, each its own.
Status Analysis::addPredecessors(RankingResult& out, const CohortYear& previous)
{
    auto lineage = LineageStore(m_catalog).lineage();
    if (!lineage)
        return lineage.error();
    const QSet<qint64> members = memberIds(previous.members);
    QHash<qint64, const RankedUnit*> ranked;
    for (const RankedUnit& r : previous.ranked)
        ranked.insert(r.unitId, &r);
    for (RankedUnit& row : out.rows) {
        for (qint64 id : lineage->predecessorsIn(row.unitId, out.previousYear, out.year)) {
            if (!members.contains(id))
                continue;
            PredecessorRank p;
            p.unitId = id;
            p.name = lineage->nameIn(id, out.previousYear);
            const Standing s = previous.standing(id);
            p.rank = s.rank;
            p.of = s.of;
            p.tied = s.tied;
            p.published = s.published;
            p.provisional = s.provisional;
            if (const RankedUnit* u = ranked.value(id)) {
                p.total = u->total;
                p.percent = u->percent;
            }
            row.predecessors.append(p);
        }
        if (!row.predecessors.isEmpty())
            row.previousTotal.reset();
    }
    return Done {};
}

// The point of one unit (the trend's own, or a predecessor's) in one year. Its cohort: the one asked for, else the
// unit's own pool that year, else the index's default; each cohort-year is ranked once per year (`ranked`).
Result<TrendPoint> Analysis::trendPoint(const Index& index, const Framework& framework, qint64 unitId,
                                        const QString& cohortName, Stage stage, QHash<qint64, CohortYear>& ranked)
{
    TrendPoint point;
    point.year = framework.year;
    point.unitId = unitId;
    point.max = framework.root().maxPoints;
    auto evaluation = evaluateUnit(framework, unitId, stage);
    if (!evaluation)
        return evaluation.error();
    point.total = evaluation->total();
    Result<Cohort> cohort = Error::usage(QString());
    if (!cohortName.isEmpty()) {
        cohort = m_catalog.resolveCohort(index, cohortName);
    } else {
        auto pools = m_catalog.cohortsOf(index.id, unitId, point.year);
        if (!pools)
            return pools.error();
        cohort = pools->isEmpty() ? m_catalog.defaultCohort(index) : Result<Cohort>(pools->first());
    }
    if (!cohort)
        return cohort.error();
    point.cohort = cohort->name;
    if (point.total) {
        point.percent = Decimal::percent(*point.total, point.max);
        point.band = classify(framework.bands, *point.total, point.max);
    }
    // Its total without a rank where the account reads only part of the cohort-year.
    auto hidden = unreadable(cohort.value(), point.year, stage);
    if (!hidden)
        return hidden.error();
    if (!hidden->isEmpty()) {
        point.complete = missingCriteria(framework, evaluation.value()).isEmpty();
        // A rank published by a decision (the ministry's) is the account's to read, as its own final results are.
        auto published = stage == Stage::Final ? m_catalog.publishedRank(cohort->id, point.year, unitId)
                                               : Result<std::optional<PublishedRank>>(std::nullopt);
        if (!published)
            return published.error();
        // Standing's rule with nothing ranked here: the published rank stands, or no rank.
        const Standing standing = standingOf({}, Completeness(), unitId, published.value());
        point.standing = standing;
        point.published = published.value();
        point.rank = standing.rank;
        point.of = standing.of;
        point.rankPublished = standing.published;
        if (!standing.rank && point.total)
            point.note = hidden.value();
        return point;
    }
    auto found = ranked.find(cohort->id);
    if (found == ranked.end()) {
        auto cohortYear = rankCohort(framework, cohort.value(), stage);
        if (!cohortYear)
            return cohortYear.error();
        found = ranked.insert(cohort->id, std::move(cohortYear).value());
    }
    const Standing standing = found->standing(unitId);
    point.standing = standing;
    point.completeness = found->completeness;
    point.complete = found->complete.value(unitId, false);
    point.provisional = standing.provisional;
    point.computedOf = standing.computedOf;
    point.computedRank = standing.computedRank;
    if (const auto p = found->published.constFind(unitId); p != found->published.cend())
        point.published = *p;
    point.rank = standing.rank;
    point.of = standing.of;
    point.rankPublished = standing.published;
    point.note = standing.note;
    return point;
}

Result<TrendResult> Analysis::trend(const QString& indexCode, const QString& unitName, const QString& cohortName,
                                    Stage stage)
{
    TrendResult out;
    out.stage = stage;
    auto index = m_catalog.index(indexCode);
    if (!index)
        return index.error();
    out.index = index.value();
    auto unit = requireUnit(unitName);
    if (!unit)
        return unit.error();
    out.unit = unit.value();
    auto years = m_catalog.years(out.index.id);
    if (!years)
        return years.error();
    auto lineage = LineageStore(m_catalog).lineage();
    if (!lineage)
        return lineage.error();
    out.origins = lineage->origins(out.unit.id);

    // Each line's change is against its own previous total: never from a predecessor's figure to the unit's.
    QHash<qint64, std::pair<Decimal, int>> lastTotal; // the total and its year
    for (int year : years.value()) {
        auto framework = m_catalog.requireFramework(out.index, year);
        if (!framework)
            return framework.error();
        QHash<qint64, CohortYear> ranked;
        const QList<qint64> ids = QList<qint64> {out.unit.id} + lineage->predecessorsIn(out.unit.id, year);
        for (qint64 id : ids) {
            auto made = trendPoint(out.index, framework.value(), id, cohortName, stage, ranked);
            if (!made)
                return made.error();
            TrendPoint point = made.value();
            point.unitName = lineage->nameIn(id, year);
            point.predecessor = id != out.unit.id;
            if (point.total) {
                if (const auto last = lastTotal.constFind(id); last != lastTotal.cend()) {
                    point.change = *point.total - last->first;
                    point.changeFrom = last->second;
                }
                lastTotal.insert(id, {*point.total, year});
            }
            (point.predecessor ? out.predecessorPoints : out.points).append(point);
        }
    }
    return out;
}

QList<TrendPoint> TrendResult::rows() const
{
    QList<TrendPoint> out;
    for (const TrendPoint& own : points) {
        QList<TrendPoint> before;
        for (const TrendPoint& p : predecessorPoints)
            if (p.year == own.year)
                before.append(p);
        if (own.total || before.isEmpty() || unit.activeIn(own.year))
            out.append(own);
        out += before;
    }
    return out;
}

QList<qint64> TrendResult::predecessorIds() const
{
    QList<qint64> ids;
    for (const TrendPoint& p : predecessorPoints)
        if (!ids.contains(p.unitId))
            ids.append(p.unitId);
    return ids;
}

Result<LostPointsResult> Analysis::lostPoints(const QString& indexCode, int year, const QString& unitName, Stage stage)
{
    LostPointsResult out;
    out.year = year;
    auto index = m_catalog.index(indexCode);
    if (!index)
        return index.error();
    out.index = index.value();
    auto unit = requireUnit(unitName);
    if (!unit)
        return unit.error();
    out.unit = unit.value();
    auto framework = m_catalog.requireFramework(out.index, year);
    if (!framework)
        return framework.error();
    auto current = evaluateUnit(framework.value(), out.unit.id, stage);
    if (!current)
        return current.error();
    for (int i = 1; i < framework->criteria.size(); ++i) {
        const Criterion& c = framework->criteria[i];
        if (!c.isLeaf() || !current->value[i])
            continue;
        const Decimal lost = c.maxPoints - *current->value[i];
        if (lost > Decimal()) {
            out.lost.append({c.code, c.title, c.depth, c.maxPoints, *current->value[i], lost, c.leadUnit});
            out.lostTotal += lost;
        }
    }
    for (int i : missingCriteria(framework.value(), current.value())) {
        const Criterion& c = framework->criteria[i];
        out.missing.append({c.code, c.title, c.depth, c.maxPoints, Decimal(), c.maxPoints, c.leadUnit});
        out.missingTotal += c.maxPoints;
    }
    std::stable_sort(out.lost.begin(), out.lost.end(),
                     [](const LostPoint& a, const LostPoint& b) { return a.lost > b.lost; });

    // Against the previous year, criteria matched by code: the trees of two years may differ.
    auto years = m_catalog.years(out.index.id);
    if (!years)
        return years.error();
    const auto before = std::find_if(years->crbegin(), years->crend(), [year](int y) { return y < year; });
    if (before == years->crend())
        return out;
    auto previousFramework = m_catalog.requireFramework(out.index, *before);
    if (!previousFramework)
        return previousFramework.error();
    auto previous = evaluateUnit(previousFramework.value(), out.unit.id, stage);
    if (!previous)
        return previous.error();
    // A criterion with unscored parts in either year has a partial value: its change would blame its lead unit for
    // what was never scored.
    auto partial = [](const Framework& f, const Evaluation& e) {
        QSet<int> out;
        for (int i : missingCriteria(f, e)) {
            for (int p = i; p >= 0; p = f.criteria[p].parent)
                out.insert(p);
        }
        return out;
    };
    const QSet<int> partialNow = partial(framework.value(), current.value());
    const QSet<int> partialBefore = partial(previousFramework.value(), previous.value());
    for (int i = 1; i < framework->criteria.size(); ++i) {
        const Criterion& c = framework->criteria[i];
        const int p = previousFramework->find(c.code);
        if (!c.isLeaf() || p <= 0 || !current->value[i] || !previous->value[p] || partialNow.contains(i)
            || partialBefore.contains(p))
            continue;
        Fall fall;
        fall.code = c.code;
        fall.title = c.title;
        fall.previous = *previous->value[p];
        fall.current = *current->value[i];
        fall.change = fall.current - fall.previous;
        fall.leadUnit = c.leadUnit;
        fall.previousMax = previousFramework->criteria[p].maxPoints;
        fall.currentMax = c.maxPoints;
        fall.maxChanged = fall.previousMax != fall.currentMax;
        if (fall.maxChanged) {
            if (fall.previousMax.isZero() || fall.currentMax.isZero())
                continue;
            fall.shareChange = Decimal::percent(fall.current, fall.currentMax, 4)
                - Decimal::percent(fall.previous, fall.previousMax, 4);
            fall.change = Decimal::fromMicro(qint64(std::llround(
                double(fall.shareChange.micro()) * double(fall.currentMax.micro()) / 100.0 / double(Decimal::One))));
        }
        if (fall.change < Decimal())
            out.falls.append(fall);
    }
    std::stable_sort(out.falls.begin(), out.falls.end(),
                     [](const Fall& a, const Fall& b) { return a.change < b.change; });
    return out;
}

// Every unit in any of these cohorts in a year, once, in Vietnamese alphabetical order.
Result<QList<Unit>> Analysis::unitsOfCohorts(const QList<Cohort>& cohorts, int year)
{
    QList<Unit> units;
    QSet<qint64> seen;
    for (const Cohort& cohort : cohorts) {
        auto members = m_catalog.members(cohort.id, year);
        if (!members)
            return members.error();
        for (const Unit& u : members.value()) {
            if (!seen.contains(u.id)) {
                seen.insert(u.id);
                units.append(u);
            }
        }
    }
    std::sort(units.begin(), units.end(), [](const Unit& a, const Unit& b) { return vietnameseLess(a.name, b.name); });
    return units;
}

Result<QList<ConsistencyIssue>> Analysis::consistency()
{
    QList<ConsistencyIssue> out;
    auto indexes = m_catalog.indexes();
    if (!indexes)
        return indexes.error();
    for (const Index& index : indexes.value()) {
        auto years = m_catalog.years(index.id);
        if (!years)
            return years.error();
        for (int year : years.value()) {
            auto framework = m_catalog.requireFramework(index, year);
            if (!framework)
                return framework.error();
            auto cohorts = m_catalog.cohorts(index.id);
            if (!cohorts)
                return cohorts.error();
            auto yearUnits = unitsOfCohorts(cohorts.value(), year);
            if (!yearUnits)
                return yearUnits.error();
            const QList<Unit>& units = yearUnits.value();
            QList<qint64> ids;
            for (const Unit& u : units)
                ids.append(u.id);
            for (Stage stage : {Stage::Self, Stage::Final}) {
                auto recorded = m_catalog.recorded(framework.value(), stage, ids);
                if (!recorded)
                    return recorded.error();
                for (const Unit& u : units) {
                    for (const Discrepancy& d : discrepancies(evaluate(framework.value(), recorded->value(u.id))))
                        out.append({index.code, year, stageName(stage), u.name, framework->criteria[d.criterion].code,
                                    d.recorded, d.aggregate});
                }
            }
        }
    }
    return out;
}

Result<QList<MissingScores>> Analysis::missingScores()
{
    QList<MissingScores> out;
    auto indexes = m_catalog.indexes();
    if (!indexes)
        return indexes.error();
    for (const Index& index : indexes.value()) {
        auto years = m_catalog.years(index.id);
        if (!years)
            return years.error();
        auto cohorts = m_catalog.cohorts(index.id);
        if (!cohorts)
            return cohorts.error();
        for (int year : years.value()) {
            auto framework = m_catalog.requireFramework(index, year);
            if (!framework)
                return framework.error();
            auto yearUnits = unitsOfCohorts(cohorts.value(), year);
            if (!yearUnits)
                return yearUnits.error();
            const QList<Unit>& units = yearUnits.value();
            QList<qint64> ids;
            for (const Unit& u : units)
                ids.append(u.id);
            for (Stage stage : {Stage::Self, Stage::Final}) {
                auto recorded = m_catalog.recorded(framework.value(), stage, ids);
                if (!recorded)
                    return recorded.error();
                for (const Unit& u : units) {
                    const QList<int> missing
                        = missingCriteria(framework.value(), evaluate(framework.value(), recorded->value(u.id)));
                    if (missing.isEmpty())
                        continue;
                    MissingScores m {index.code, year, stageName(stage),
                                     u.name,     {},   missingMax(framework.value(), missing)};
                    for (int i : missing)
                        m.criteria.append(framework->criteria[i].code);
                    out.append(m);
                }
            }
        }
    }
    return out;
}

Result<QList<SeriesPoint>> Analysis::series(const QString& indexCode, qint64 unitId, const QString& criterionCode,
                                            Stage stage)
{
    auto index = m_catalog.index(indexCode);
    if (!index)
        return index.error();
    auto unit = m_catalog.unitById(unitId);
    if (!unit)
        return unit.error();
    if (!unit.value())
        return Error::usage(tr("there is no unit %1").arg(unitId));
    if (criterionCode.isEmpty()) {
        // The total: the trend, with its ranks.
        auto trend = this->trend(indexCode, unit.value()->code.isEmpty() ? unit.value()->name : unit.value()->code,
                                 QString(), stage);
        if (!trend)
            return trend.error();
        QList<SeriesPoint> out;
        for (const TrendPoint& p : trend->points)
            out.append(seriesPoint(p));
        return out;
    }
    auto years = m_catalog.years(index->id);
    if (!years)
        return years.error();
    QList<SeriesPoint> out;
    for (int year : years.value()) {
        auto framework = m_catalog.requireFramework(index.value(), year);
        if (!framework)
            return framework.error();
        const int at = framework->find(criterionCode);
        if (at <= 0)
            continue;
        auto point = criterionPoint(framework.value(), at, unitId, stage);
        if (!point)
            return point.error();
        out.append(point.value());
    }
    return out;
}

SeriesPoint Analysis::seriesPoint(const TrendPoint& p) const
{
    const QString note = p.rankPublished ? tr("published: %1").arg(p.standing.source)
        : p.provisional                  ? p.completeness.describe()
                                         : QString();
    SeriesPoint point;
    point.year = p.year;
    point.value = p.total;
    point.max = p.max;
    point.percent = p.percent;
    point.rank = p.rank;
    point.of = p.of;
    point.rankPublished = p.rankPublished;
    point.provisional = p.provisional;
    point.rankNote = note;
    point.change = p.change;
    point.changeFrom = p.changeFrom;
    point.unitName = p.unitName;
    return point;
}

Result<SeriesPoint> Analysis::criterionPoint(const Framework& framework, int at, qint64 unitId, Stage stage)
{
    auto evaluation = evaluateUnit(framework, unitId, stage);
    if (!evaluation)
        return evaluation.error();
    SeriesPoint p;
    p.year = framework.year;
    p.value = evaluation->value[at];
    p.max = framework.criteria[at].maxPoints;
    if (p.value && !p.max.isZero())
        p.percent = Decimal::percent(*p.value, p.max);
    return p;
}

namespace {

// Each point's change against the line's own previous value, and that value's year (a gap year is named).
void setChanges(QList<SeriesPoint>& points)
{
    const SeriesPoint* last = nullptr;
    for (SeriesPoint& p : points) {
        if (!p.value)
            continue;
        if (last) {
            p.change = *p.value - *last->value;
            p.changeFrom = last->year;
        }
        last = &p;
    }
}

// The predecessors' points split into one line each, in the order they first appear.
QList<SeriesLine> predecessorLines(const QList<SeriesPoint>& points, const QList<qint64>& owners)
{
    QList<SeriesLine> out;
    for (int k = 0; k < points.size(); ++k) {
        auto line = std::find_if(out.begin(), out.end(), [&](const SeriesLine& l) { return l.unitId == owners[k]; });
        if (line == out.end())
            line = out.insert(out.end(), SeriesLine {owners[k], QString(), true, {}});
        line->points.append(points[k]);
        line->name = points[k].unitName;
    }
    return out;
}

} // namespace

Result<QList<SeriesLine>> Analysis::lines(const QString& indexCode, qint64 unitId, const QString& criterionCode,
                                          Stage stage)
{
    auto unit = m_catalog.unitById(unitId);
    if (!unit)
        return unit.error();
    if (!unit.value())
        return Error::usage(tr("there is no unit %1").arg(unitId));
    const Unit& u = *unit.value();
    SeriesLine own {unitId, u.name, false, {}};
    QList<SeriesPoint> before; // predecessors' points, year by year
    QList<qint64> owners; // whose each of them is
    if (criterionCode.isEmpty()) {
        auto trend = this->trend(indexCode, u.code.isEmpty() ? u.name : u.code, QString(), stage);
        if (!trend)
            return trend.error();
        for (const TrendPoint& p : trend->points)
            own.points.append(seriesPoint(p));
        for (const TrendPoint& p : trend->predecessorPoints) {
            before.append(seriesPoint(p));
            owners.append(p.unitId);
        }
    } else {
        auto index = m_catalog.index(indexCode);
        auto years = index ? m_catalog.years(index->id) : Result<QList<int>>(index.error());
        auto lineage = LineageStore(m_catalog).lineage();
        if (!years || !lineage)
            return !years ? years.error() : lineage.error();
        for (int year : years.value()) {
            auto framework = m_catalog.requireFramework(index.value(), year);
            if (!framework)
                return framework.error();
            const int at = framework->find(criterionCode);
            if (at <= 0)
                continue;
            for (qint64 id : QList<qint64> {unitId} + lineage->predecessorsIn(unitId, year)) {
                auto made = criterionPoint(framework.value(), at, id, stage);
                if (!made)
                    return made.error();
                SeriesPoint point = made.value();
                point.unitName = lineage->nameIn(id, year);
                if (id == unitId) {
                    own.points.append(point);
                } else {
                    before.append(point);
                    owners.append(id);
                }
            }
        }
        setChanges(own.points);
    }
    // A year the unit did not exist in and has no value for is no point of its line.
    own.points.removeIf([&u](const SeriesPoint& p) { return !p.value && !u.activeIn(p.year); });
    QList<SeriesLine> out {own};
    out += predecessorLines(before, owners);
    if (!criterionCode.isEmpty())
        for (SeriesLine& line : out)
            if (line.predecessor)
                setChanges(line.points);
    return out;
}

Result<QList<FieldShare>> Analysis::fields(const QString& indexCode, int year, qint64 unitId, Stage stage)
{
    auto index = m_catalog.index(indexCode);
    if (!index)
        return index.error();
    auto framework = m_catalog.requireFramework(index.value(), year);
    if (!framework)
        return framework.error();
    auto evaluation = evaluateUnit(framework.value(), unitId, stage);
    if (!evaluation)
        return evaluation.error();
    const QList<int> positions = fieldPositions(framework.value());
    QList<FieldShare> out;
    for (int p : positions) {
        const Criterion& c = framework->criteria[p];
        FieldShare share {c.code, c.title, evaluation->value[p], c.maxPoints, std::nullopt};
        if (share.value && !c.maxPoints.isZero())
            share.percent = Decimal::percent(*share.value, c.maxPoints);
        out.append(share);
    }
    return out;
}

} // namespace par
