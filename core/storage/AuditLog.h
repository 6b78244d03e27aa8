#pragma once

#include "storage/Database.h"

#include <QList>
#include <QString>

namespace par {

struct AuditEntry
{
    qint64 id = 0;
    QString at; // ISO 8601, UTC
    QString actor;
    QString action; // insert, update, delete, finalise, reopen
    QString entity; // score, criterion, framework, band, unit, cohort-year
    QString indexCode;
    int year = 0;
    QString unit;
    QString criterion;
    QString stage;
    QString oldValue;
    QString newValue;
    QString reason;
    QString source; // parindex, or external for a change made by another program
};

// What "parindex check" found in the log's hash chain; empty problems: the chain holds.
struct AuditChainReport
{
    qint64 entries = 0;
    qint64 unsealed = 0; // newest entries, made by another program, that parindex has not sealed yet
    QStringList problems; // gaps, edits and deletions
};

// Filters of the History page and of "parindex log"; empty fields match everything.
struct AuditFilter
{
    QString indexCode;
    int year = 0;
    QString unit;
    QString criterion;
    QString actor;
    int limit = 0; // 0: no limit; otherwise the newest entries
};

// Reads the audit log that the database's triggers write, and keeps its context and its hash chain.
//
// Who, why and from where (actor, reason, source) live in the one row of audit_context only for the write
// transaction that makes the change: beginChange() inserts it right after BEGIN IMMEDIATE, endChange() seals the new
// entries and deletes it before COMMIT. Database::Transaction calls both; any other program finds no row and its
// changes are logged as "outside parindex".
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(par::AuditLog)

public:
    static Status beginChange(Database& db, const QString& actor, const QString& reason, const QString& source);
    // Lets the current transaction remove a finalisation (the triggers refuse it otherwise). Only reopen calls it.
    static Status permitReopen(Database& db);
    // Seals the entries written since the last seal and clears the context; call just before COMMIT.
    static Status endChange(Database& db);
    // A server's: seals the entries written so far in the open transaction, before a bulk statement of the owner
    // writes its own entries already sealed (UnitStore, migration 013's par_audit_chain), chained to the last of them.
    static Status sealSoFar(Database& db);
    // Appends one entry written by the program itself (an import's change set).
    static Status append(Database& db, const AuditEntry& entry);
    // Recomputes the hash chain: a gap, an edited entry or a deleted one is a problem.
    static Result<AuditChainReport> verify(Database& db);

    static Result<QList<AuditEntry>> read(Database& db, const AuditFilter& filter);
    static Result<QStringList> actors(Database& db);
};

} // namespace par
