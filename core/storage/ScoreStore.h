#pragma once

#include "model/Framework.h"
#include "model/Index.h"
#include "scoring/Evaluation.h"
#include "storage/Database.h"
#include "storage/ImportArray.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>
#include <vector>

namespace par {

// A cell of a score import or form edit: one unit, one criterion, one stage.
struct ScoreWrite
{
    qint64 unitId = 0;
    qint64 criterionId = 0;
    std::optional<Decimal> value; // nullopt: remove the value
};

// The values among writes, in the key order of scores (criterion, then unit). Writes come a unit at a time, each with
// the same criteria: counted and placed by criterion (a framework's ids lie close together), and each criterion's units
// sorted only where they are not in order already (units the import made are numbered in the file's order). Sorting
// all of a national import's third of a million values took 20 ms.
std::vector<ImportValue> importValuesInKeyOrder(const QList<ScoreWrite>& writes);

// Score values with their notes and evidence (statements in :/sql/queries/scores.sql).
class ScoreStore
{
    Q_DECLARE_TR_FUNCTIONS(par::Catalog)

public:
    explicit ScoreStore(Database& db)
        : m_db(db)
    {
    }

    Result<QHash<qint64, Recorded>> recorded(const Framework& framework, Stage stage, const QList<qint64>& unitIds);
    Status writeScores(Stage stage, const QList<ScoreWrite>& writes);
    // An import's bulk write: checks the finalisation lock itself, once, and writes without the per-value
    // triggers; the caller logs the import as one change set plus the values it replaces (old -> new). ownsTable: on
    // a server, the caller owns the scores and holds them for its transaction (their triggers and foreign keys off,
    // ScoreImport::write); then a first import at least as large as the table rebuilds its indexes once.
    Status importScores(Stage stage, const QList<ScoreWrite>& writes, bool ownsTable = false);
    Status setNote(qint64 unitId, qint64 criterionId, Stage stage, const QString& note, const QString& evidence);

private:
    Database& m_db;
};

} // namespace par
