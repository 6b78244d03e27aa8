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
    // Appends the entries of one change in their order (an import's replaced values). On a server, for the log's
    // owner, they are written by appendSealed (see beginBulk), where a round trip each took 10 s for the 20,000 values
    // of a tenth of a national year.
    static Status appendAll(Database& db, const QList<AuditEntry>& entries);
    // Inside beginBulk/endBulk: the entries numbered at once from audit_sequence, given what the numbering trigger
    // would write (the time, the session's account, the source and the reason, read from the server, not sent), sealed
    // by the program in the chain after the entries before them, and written by one COPY. Half the time the server took
    // to chain them itself in one statement (par_audit_chain): 0.12 s instead of 0.22 s for a national import's 6,642.
    static Status appendSealed(Database& db, const QList<AuditEntry>& entries);
    // A server's, for the owner's bulk statements that log themselves: the log's numbering trigger off inside the open
    // transaction and the entries so far sealed, so that those of appendSealed, numbered and sealed by the program,
    // follow on. False, and nothing changed, for another role, a file or a schema older than the bulk import's (13).
    // endBulk switches the trigger back on before COMMIT (a ROLLBACK does too).
    static Result<bool> beginBulk(Database& db);
    // Whether this database's bulk statements may log themselves at all (a server, from schema 13).
    static bool logsInBulk(Database& db);
    static Status endBulk(Database& db);
    // Recomputes the hash chain: a gap, an edited entry or a deleted one is a problem.
    static Result<AuditChainReport> verify(Database& db);

    static Result<QList<AuditEntry>> read(Database& db, const AuditFilter& filter);
    static Result<QStringList> actors(Database& db);
};

} // namespace par
