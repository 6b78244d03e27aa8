#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace par {

class Database;

// The rows of one table as a checksum sees them: how many, and the SHA-256 of their canonical text (PostgreSQL's COPY
// text form: values tab-separated in the order of their column names, NULL as \N, rows ordered by the table's key).
// "audit_sequence" stands for the highest audit entry id ever given, which a copy keeps too.
struct TableDigest
{
    QString table;
    qint64 rows = 0;
    QByteArray sha256; // hex
};

struct CopyReport
{
    QList<TableDigest> source;
    QList<TableDigest> destination;
    bool matches() const;
};

// Moves a whole parindex database from a SQLite file or a PostgreSQL server to another, exactly: every table, the
// audit log with its own ids, times, actors, reasons and chain, the lineage, the settings and the finalisations. The
// destination must be new: a file that does not exist yet, or a server database that is empty or holds an empty
// parindex schema. It is written in one transaction with its triggers off (nothing is logged or refused twice: the
// log is copied as it was); before COMMIT every table is read back and compared, by row count and checksum, with the
// source, read in one snapshot. A difference rolls the copy back (a file destination is written beside its name and
// renamed only once verified), and the report says where. Killed midway, it leaves no destination behind.
class DatabaseCopy
{
    Q_DECLARE_TR_FUNCTIONS(par::DatabaseCopy)

public:
    // Told before each step of a copy: `done` of `total` steps, and which: a table's name while it is copied, "check"
    // while every table of the copy is read back and compared.
    using Progress = std::function<void(int done, int total, const QString& step)>;

    static Result<CopyReport> copy(const QString& from, const QString& to, const Progress& progress = {});
    // The digests of every table of an open database, as copy compares them (for check and the tests).
    static Result<QList<TableDigest>> digest(Database& db);
    // What a copy into the file `to` that was killed midway leaves beside it (its unverified copy under another name),
    // removed: the desktop's Cancel stops the copy by ending its process. Nothing for a server, which rolls back.
    static void removePartial(const QString& to);
};

} // namespace par
