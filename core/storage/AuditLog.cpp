#include "storage/AuditLog.h"

#include <QSqlQuery>

namespace par {

Result<QList<AuditEntry>> AuditLog::read(Database& db, const AuditFilter& filter)
{
    QString sql
        = QStringLiteral("SELECT id, at, actor, action, entity, index_code, year, unit, criterion, stage, old_value, "
                         "new_value, reason FROM audit_log WHERE 1 = 1");
    QVariantList values;
    auto match = [&](const char* column, const QVariant& value) {
        sql += QStringLiteral(" AND %1 = ?").arg(QLatin1String(column));
        values << value;
    };
    if (!filter.indexCode.isEmpty())
        match("index_code", filter.indexCode);
    if (filter.year)
        match("year", filter.year);
    if (!filter.unit.isEmpty())
        match("unit", filter.unit.normalized(QString::NormalizationForm_C));
    if (!filter.criterion.isEmpty())
        match("criterion", filter.criterion);
    if (!filter.actor.isEmpty())
        match("actor", filter.actor);
    sql += filter.limit > 0 ? QStringLiteral(" ORDER BY id DESC LIMIT %1").arg(filter.limit)
                            : QStringLiteral(" ORDER BY id");
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    if (!q.exec())
        return Error::storage(tr("cannot read the audit log of %1").arg(db.path()));
    QList<AuditEntry> out;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = q.value(1).toString();
        e.actor = q.value(2).toString();
        e.action = q.value(3).toString();
        e.entity = q.value(4).toString();
        e.indexCode = q.value(5).toString();
        e.year = q.value(6).toInt();
        e.unit = q.value(7).toString();
        e.criterion = q.value(8).toString();
        e.stage = q.value(9).toString();
        e.oldValue = q.value(10).toString();
        e.newValue = q.value(11).toString();
        e.reason = q.value(12).toString();
        out.append(e);
    }
    if (filter.limit > 0)
        std::reverse(out.begin(), out.end());
    return out;
}

Result<QStringList> AuditLog::actors(Database& db)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT DISTINCT actor FROM audit_log ORDER BY actor")))
        return Error::storage(tr("cannot read the audit log of %1").arg(db.path()));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace par
