#include "storage/RankStore.h"

#include "storage/AuditLog.h"
#include "storage/StoreSupport.h"

#include <QDateTime>

namespace par {

using namespace store;

Result<std::optional<PublishedRank>> RankStore::publishedRank(qint64 cohortId, int year, qint64 unitId)
{
    return readOne<PublishedRank>(
        m_db.run("ranks.published", {{"cohort", cohortId}, {"year", year}, {"unit", unitId}}), [](const sql::Query& q) {
            return PublishedRank {q.value(0).toInt(), q.value(1).toInt(), q.value(2).toString()};
        });
}

Status RankStore::setPublishedRank(const Index& index, qint64 cohortId, int year, qint64 unitId,
                                   const PublishedRank& rank)
{
    const std::initializer_list<sql::Binding> values {{"index", index.id},
                                                      {"year", year},
                                                      {"cohort", cohortId},
                                                      {"unit", unitId},
                                                      {"rank", rank.rank},
                                                      {"of", rank.of},
                                                      {"source", nullable(rank.source)}};
    if (Status s = done(m_db.run("ranks.update_published", values)); !s)
        return s;
    return done(m_db.run("ranks.insert_published", values));
}

Result<bool> RankStore::isFinalised(qint64 cohortId, int year)
{
    auto q = scalar(m_db.run("ranks.is_finalised", {{"cohort", cohortId}, {"year", year}}));
    if (!q)
        return q.error();
    return q.value().toBool();
}

Status RankStore::finalise(qint64 cohortId, int year)
{
    return done(m_db.run("ranks.finalise",
                         {{"cohort", cohortId},
                          {"year", year},
                          {"at", QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                          {"by", Database::currentActor()}}));
}

Status RankStore::reopen(qint64 cohortId, int year)
{
    // The triggers refuse to remove a finalisation unless the transaction says it is a reopen.
    if (Status s = AuditLog::permitReopen(m_db); !s)
        return s;
    return done(m_db.run("ranks.reopen", {{"cohort", cohortId}, {"year", year}}));
}

} // namespace par
