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

// Reads the audit log that the database's triggers write.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(par::AuditLog)

public:
    static Result<QList<AuditEntry>> read(Database& db, const AuditFilter& filter);
    static Result<QStringList> actors(Database& db);
};

} // namespace par
