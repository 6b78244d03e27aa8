#pragma once

#include "Result.h"

#include <QtGlobal>

struct sqlite3;

namespace par {

class Database;

// A national import is a third of a million values, and with foreign keys on SQLite looks up both parents of every
// value (a cursor opened, searched and closed per value and key: about 60% of the bulk insert's time); only a
// connection-wide switch, which SQLite ignores inside a transaction, turns that off. An import holds this around its
// whole transaction (made before the transaction, destroyed after its COMMIT or ROLLBACK) and proves the same
// guarantee with checkImportKeys before it commits. Outside an import the keys are on: the destructor restores the
// connection's setting however the import leaves. Inside a transaction the caller already holds, it does nothing
// (the keys stay on). SQLite's own: a PostgreSQL backend checks its keys at COMMIT (DEFERRABLE) instead.
class ImportKeys
{
public:
    explicit ImportKeys(Database& db);
    ~ImportKeys();
    ImportKeys(const ImportKeys&) = delete;
    ImportKeys& operator=(const ImportKeys&) = delete;

private:
    sqlite3* m_handle = nullptr;
    bool m_restore = false;
};

// The foreign keys of what an import wrote, proved inside its transaction before COMMIT: every unit and criterion it
// wrote a value for (the sets ScoreStore::importScores stages), every member of the cohort-year it fills, the cohort
// and its index. Refuses (the caller rolls back) if any parent is missing. The import's transaction deletes and
// renumbers no parent row (no unit, criterion, cohort or index), so no ON DELETE action is skipped while the keys are
// off. Cheap with the keys on or off: one look-up per distinct unit, criterion and member, not two per value.
Status checkImportKeys(Database& db, qint64 cohortId, int year);

} // namespace par
