#include "scoring/YearGlance.h"

namespace par {

int CohortGlance::started(Stage stage) const
{
    const Completeness& c = stage == Stage::Self ? self : final;
    return c.members - int(c.missing.size());
}

CohortGlance::Step YearGlance::nextStep(const CohortGlance& g)
{
    using Step = CohortGlance::Step;
    if (!g.framework)
        return Step::SetUpCriteria;
    if (g.members == 0)
        return Step::AddUnits;
    if (g.finalised)
        return Step::Report;
    if (g.final.scored == g.members)
        return Step::Finalise;
    // Appraisal starts once every unit has assessed itself, or as soon as the council has entered any figure (the
    // national indexes arrive as final figures only).
    if (g.self.scored == g.members || g.started(Stage::Final) > 0)
        return Step::Appraise;
    return Step::ImportScores;
}

Result<QList<CohortGlance>> YearGlance::of(Catalog& catalog, const Index& index, int year)
{
    auto cohorts = catalog.cohorts(index.id);
    if (!cohorts)
        return cohorts.error();
    auto framework = year > 0 ? catalog.framework(index, year) : Result<std::optional<Framework>>(std::nullopt);
    if (!framework)
        return framework.error();
    Standings standings(catalog);
    QList<CohortGlance> out;
    for (const Cohort& cohort : cohorts.value()) {
        CohortGlance g;
        g.cohort = cohort;
        g.year = year;
        g.framework = framework.value().has_value();
        if (year > 0) {
            auto members = catalog.members(cohort.id, year);
            if (!members)
                return members.error();
            g.members = int(members->size());
        }
        if (g.framework) {
            const Framework& f = *framework.value();
            g.criteria = int(f.criteria.size()) - 1;
            auto self = standings.cohortYear(f, cohort, Stage::Self);
            auto final = standings.cohortYear(f, cohort, Stage::Final);
            if (!self || !final)
                return !self ? self.error() : final.error();
            g.self = self->completeness;
            g.final = final->completeness;
            g.members = g.final.members;
        } else {
            g.self.members = g.final.members = g.members;
        }
        if (year > 0) {
            auto finalised = catalog.isFinalised(cohort.id, year);
            if (!finalised)
                return finalised.error();
            g.finalised = finalised.value();
        }
        g.next = nextStep(g);
        out.append(g);
    }
    return out;
}

} // namespace par
