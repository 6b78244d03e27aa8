#pragma once

#include "Result.h"

#include <QByteArray>

#include <string_view>
#include <vector>

struct sqlite3;

namespace par {

// One value of an import, in the order the scores table keys it.
struct ImportValue
{
    qint64 criterionId = 0;
    qint64 unitId = 0;
    qint64 micro = 0;
};

// The table-valued function import_array(:values) of every SQLite connection: the rows of a
// std::vector<ImportValue> bound to :values (sqlite3_bind_pointer, type importArrayType), read in place by the
// import's one INSERT ... SELECT (scores.upsert_import_array, run by runWithArray). Why: a national year is a third of
// a million values, and copying them into a scratch table first, one statement per value, cost about a quarter of the
// import; the vector is read where it lies instead. SQLite's carray extension does the same for one column but is not
// built into Debian's library. Only a pointer bound by the program reaches it (sqlite3_bind_pointer checks the type
// name; SQL text cannot forge one), it is read-only and it cannot be used from triggers or views. Without a bound
// vector it has no rows.
inline constexpr char importArrayType[] = "parindex.import_array";

// Registers import_array on a connection; SQLITE_OK or SQLite's error code.
int registerImportArray(sqlite3* db);

// Runs the named statement once with :stage and :values bound (sql::Prepared binds no pointers); an error names the
// statement, as the executor's do.
Status runWithArray(sqlite3* db, std::string_view name, const QByteArray& stage,
                    const std::vector<ImportValue>& values);

} // namespace par
