#pragma once

#include "scoring/Standing.h"
#include "storage/Catalog.h"

#include <QCoreApplication>
#include <QStringList>

namespace par {

// Closing a cohort-year's final results and reopening them: core operations, each one BEGIN IMMEDIATE
// transaction that checks inside it what it is about to do, so that the desktop and the command line behave alike.
class Finalisation
{
    Q_DECLARE_TR_FUNCTIONS(par::Finalisation)

public:
    explicit Finalisation(Catalog& catalog)
        : m_catalog(catalog)
    {
    }

    // The members of the cohort whose final scores are missing or incomplete, in Vietnamese order: what a
    // finalisation would close without them. Read outside a transaction, to ask the user.
    Result<QStringList> unscored(const Index& index, const Cohort& cohort, int year);

    // Closes the final results. Refuses (an input error naming the units, nothing written) while units miss
    // scores, unless allowIncomplete: the caller has asked the user and the user agreed.
    Status finalise(const Index& index, const Cohort& cohort, int year, bool allowIncomplete,
                    const QString& reason = QString());
    // Reopens them for changes; needs a reason, which the audit log keeps.
    Status reopen(const Index& index, const Cohort& cohort, int year, const QString& reason);

private:
    Catalog& m_catalog;
};

} // namespace par
