#pragma once

#include "model/Index.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace par {

// The indexes (statements in :/sql/queries/indices.sql).
class IndexStore
{
    Q_DECLARE_TR_FUNCTIONS(par::Catalog)

public:
    explicit IndexStore(Database& db)
        : m_db(db)
    {
    }

    Result<std::optional<Index>> findIndex(const QString& code);
    Result<Index> index(const QString& code); // refuses an unknown code with a usage error
    Result<QList<Index>> indexes();
    Result<Index> saveIndex(const Index& index); // insert or update by code

private:
    Database& m_db;
};

} // namespace par
