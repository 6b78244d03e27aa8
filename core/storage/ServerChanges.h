#pragma once

#include <QStringList>

namespace par {

class Database;

// Other programs' committed score changes on a PostgreSQL server, as migration 011's triggers announce them
// (NOTIFY parindex_scores, payload "COHORT_ID:YEAR"). A SQLite file has no such thing: its changes are seen through
// PRAGMA data_version instead, and both calls do nothing there.
class ServerChanges
{
public:
    static constexpr const char* Channel = "parindex_scores";

    // LISTEN through QSqlDriver::subscribeToNotification, whose notification signal the caller may connect to for an
    // immediate refresh. False for a file.
    static bool subscribe(Database& db);
    // The payloads of other connections' notifications not yet taken, including those libpq read while the program
    // ran its own statements (the driver's signal misses those until more arrive). Never this connection's own.
    static QStringList take(Database& db);
};

} // namespace par
