#include "storage/Finalisation.h"

namespace par {

Result<QStringList> Finalisation::unscored(const Index& index, const Cohort& cohort, int year)
{
    auto framework = m_catalog.requireFramework(index, year);
    if (!framework)
        return framework.error();
    auto standing = Standings(m_catalog).cohortYear(framework.value(), cohort, Stage::Final);
    if (!standing)
        return standing.error();
    QStringList out = standing->completeness.missing + standing->completeness.incomplete;
    std::sort(out.begin(), out.end(), vietnameseLess);
    return out;
}

Status Finalisation::finalise(const Index& index, const Cohort& cohort, int year, bool allowIncomplete,
                              const QString& reason)
{
    Database::Transaction transaction(m_catalog.database(), reason);
    if (!transaction.ok())
        return transaction.error();
    // Checked inside the transaction: a score removed since the user was asked is seen.
    auto missing = unscored(index, cohort, year);
    if (!missing)
        return missing.error();
    if (!missing->isEmpty() && !allowIncomplete)
        return Error::input(
            tr("%n unit(s) of %1 %2 \"%3\" have no complete final scores: %4", nullptr, int(missing->size()))
                .arg(index.code)
                .arg(year)
                .arg(cohort.name, missing->join(QStringLiteral("; "))));
    if (Status s = m_catalog.finalise(cohort.id, year); !s)
        return s;
    return transaction.commit();
}

Status Finalisation::reopen(const Index& index, const Cohort& cohort, int year, const QString& reason)
{
    Q_UNUSED(index)
    if (reason.trimmed().isEmpty())
        return Error::usage(tr("reopening final results needs a reason"));
    Database::Transaction transaction(m_catalog.database(), reason.trimmed());
    if (!transaction.ok())
        return transaction.error();
    if (Status s = m_catalog.reopen(cohort.id, year); !s)
        return s;
    return transaction.commit();
}

} // namespace par
