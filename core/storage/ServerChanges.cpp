#include "storage/ServerChanges.h"

#include "storage/Database.h"

#include <QSqlDriver>

#include <libpq-fe.h>

namespace par {

namespace {

// The QPSQL connection's own libpq handle; null for a file.
PGconn* connectionOf(Database& db)
{
    if (!db.isServer() || !db.sql().driver())
        return nullptr;
    const QVariant handle = db.sql().driver()->handle();
    // Qt 6 names the type after the struct behind libpq's typedef (as Database::openServer reads it).
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn* const*>(handle.constData());
}

} // namespace

bool ServerChanges::subscribe(Database& db)
{
    if (!db.isServer() || !db.sql().driver())
        return false;
    QSqlDriver* driver = db.sql().driver();
    return driver->subscribedToNotifications().contains(QLatin1String(Channel))
        || driver->subscribeToNotification(QLatin1String(Channel));
}

QStringList ServerChanges::take(Database& db)
{
    QStringList out;
    PGconn* conn = connectionOf(db);
    if (!conn)
        return out;
    PQconsumeInput(conn);
    const int self = PQbackendPID(conn);
    while (PGnotify* n = PQnotifies(conn)) {
        if (n->be_pid != self && qstrcmp(n->relname, Channel) == 0)
            out << QString::fromUtf8(n->extra);
        PQfreemem(n);
    }
    return out;
}

} // namespace par
