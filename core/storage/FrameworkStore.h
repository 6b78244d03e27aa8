#pragma once

#include "model/Framework.h"
#include "model/Index.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace par {

// Frameworks with their criteria and bands (statements in :/sql/queries/frameworks.sql).
class FrameworkStore
{
    Q_DECLARE_TR_FUNCTIONS(par::Catalog)

public:
    explicit FrameworkStore(Database& db)
        : m_db(db)
    {
    }

    Result<QList<int>> years(qint64 indexId);
    Result<std::optional<Framework>> framework(const Index& index, int year);
    Result<Framework> requireFramework(const Index& index, int year);
    Result<bool> frameworkHasScores(qint64 frameworkId);
    // Stores a framework (criteria[0] the root) for index and year, replacing the criteria of an existing one.
    Result<Framework> saveFramework(const Index& index, int year, Framework framework);

private:
    Result<Framework> loadFramework(const Index& index, qint64 frameworkId, int year);

    Database& m_db;
};

} // namespace par
