#pragma once

#include "model/Index.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <optional>

namespace par {

struct PublishedRank
{
    int rank = 0;
    int of = 0;
    QString source;
};

// Published ranks and finalisations (statements in :/sql/queries/ranks.sql).
class RankStore
{
    Q_DECLARE_TR_FUNCTIONS(par::Catalog)

public:
    explicit RankStore(Database& db)
        : m_db(db)
    {
    }

    Result<std::optional<PublishedRank>> publishedRank(qint64 cohortId, int year, qint64 unitId);
    Status setPublishedRank(const Index& index, qint64 cohortId, int year, qint64 unitId, const PublishedRank& rank);
    Result<bool> isFinalised(qint64 cohortId, int year);
    Status finalise(qint64 cohortId, int year);
    Status reopen(qint64 cohortId, int year);

private:
    Database& m_db;
};

} // namespace par
