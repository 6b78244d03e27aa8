#pragma once

#include "Result.h"

#include <QList>
#include <QPair>
#include <QString>

namespace par {

// Where a PostgreSQL database is: the parts of a libpq URI (postgresql://user@host:port/dbname?key=value...). Read
// from what people paste and written back for the recent list and the command line. It never holds a password: one
// inside an address is refused, because addresses are shown, remembered and typed on command lines.
struct ServerAddress
{
    QString host; // a name, an address, or a socket folder (starting with '/')
    int port = -1; // -1: libpq's default
    QString database;
    QString user;
    QList<QPair<QString, QString>> options; // libpq's other keywords (sslmode...), in the order given

    // Reads a postgresql:// or postgres:// URI. Refuses a password, in the user part or as ?password=.
    static Result<ServerAddress> parse(const QString& uri);
    // The URI that parse() reads back to the same address: "postgresql://user@host:port/db?sslmode=require"; a socket
    // folder goes in ?host=.
    QString toUri() const;
    // What the window's title and the recent list show: "user@host/db" ("localhost" for a local socket).
    QString displayName() const;
    // The value of a libpq keyword among options ("" when absent).
    QString option(const QString& key) const;
    // Sets (or with an empty value removes) a libpq keyword among options.
    void setOption(const QString& key, const QString& value);
};

} // namespace par
