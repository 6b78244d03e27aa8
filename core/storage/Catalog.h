#pragma once

#include "storage/Database.h"
#include "storage/FrameworkStore.h"
#include "storage/IndexStore.h"
#include "storage/RankStore.h"
#include "storage/ScoreStore.h"
#include "storage/UnitStore.h"

namespace par {

// The catalogue of indexes, frameworks, units, cohorts, scores, published ranks and finalisations: one object over
// the repositories, each a concept with its statements in :/sql/queries/REPOSITORY.sql, all run through the one
// executor (Database::run, storage/Sql.h). Writers expect the caller to hold a Database::Transaction.
class Catalog : public IndexStore, public FrameworkStore, public UnitStore, public ScoreStore, public RankStore
{
    Q_DECLARE_TR_FUNCTIONS(par::Catalog)

public:
    explicit Catalog(Database& db)
        : IndexStore(db)
        , FrameworkStore(db)
        , UnitStore(db)
        , ScoreStore(db)
        , RankStore(db)
        , m_db(db)
    {
    }

    Database& database() { return m_db; }
    using ScoreStore::tr;

private:
    Database& m_db;
};

} // namespace par
