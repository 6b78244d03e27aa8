#include "storage/UnitStore.h"

#include "storage/AuditLog.h"
#include "storage/CopyText.h"
#include "storage/Permissions.h"
#include "storage/StoreSupport.h"

#include <functional>

namespace par {

using namespace store;

namespace {

Unit readUnit(const sql::Query& q)
{
    Unit u;
    u.id = q.value(0).toLongLong();
    u.code = q.value(1).toString();
    u.name = q.value(2).toString();
    u.kind = q.value(3).toString();
    if (!q.isNull(4))
        u.validFrom = q.value(4).toInt();
    if (!q.isNull(5))
        u.validTo = q.value(5).toInt();
    u.successorId = q.value(6).toLongLong();
    return u;
}

Cohort readCohort(const sql::Query& q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toBool()};
}

bool duplicateName(const Error& error)
{
    return error.message.contains(QLatin1String("UNIQUE constraint failed: units.name"));
}

} // namespace

Result<std::optional<Unit>> UnitStore::unitById(qint64 id)
{
    return readOne<Unit>(m_db.run("units.by_id", {{"id", id}}), readUnit);
}

Result<std::optional<Unit>> UnitStore::unitByCode(const QString& code)
{
    return readOne<Unit>(m_db.run("units.by_code", {{"code", code}}), readUnit);
}

Result<QList<Unit>> UnitStore::unitsNamed(const QString& name)
{
    return readAll<Unit>(m_db.run("units.named", {{"name", name}}), readUnit);
}

Result<QList<Unit>> UnitStore::units()
{
    return readAll<Unit>(m_db.run("units.all"), readUnit);
}

Result<std::optional<Unit>> UnitStore::findUnit(const QString& nameOrCode)
{
    const QString key = nameOrCode.trimmed().normalized(QString::NormalizationForm_C);
    auto byCode = unitByCode(key);
    if (!byCode || byCode.value())
        return byCode;
    auto named = unitsNamed(key);
    if (!named)
        return named.error();
    if (named.value().size() > 1)
        return Error::usage(
            tr("%1 units are named \"%2\"; give the unit's code instead").arg(named.value().size()).arg(key));
    if (named.value().isEmpty())
        return std::optional<Unit>();
    return std::optional<Unit>(named.value().first());
}

Result<Unit> UnitStore::saveUnit(Unit unit)
{
    const QVariant successor = nullableId(unit.successorId);
    if (unit.id == 0) {
        auto id = scalar(m_db.run("units.insert",
                                  {{"code", nullable(unit.code)},
                                   {"name", unit.name},
                                   {"kind", unit.kind},
                                   {"valid_from", nullable(unit.validFrom)},
                                   {"valid_to", nullable(unit.validTo)},
                                   {"successor", successor}}));
        if (!id && duplicateName(id.error()))
            return Error::input(
                tr("a unit named \"%1\" without a code already exists; give the new one a code").arg(unit.name));
        if (!id)
            return id.error();
        unit.id = id.value().toLongLong();
        return unit;
    }
    if (Status s = done(m_db.run("units.update",
                                 {{"code", nullable(unit.code)},
                                  {"name", unit.name},
                                  {"kind", unit.kind},
                                  {"valid_from", nullable(unit.validFrom)},
                                  {"valid_to", nullable(unit.validTo)},
                                  {"successor", successor},
                                  {"id", unit.id}}));
        !s)
        return s.error();
    return unit;
}

Result<std::optional<Cohort>> UnitStore::cohort(qint64 indexId, const QString& name)
{
    return readOne<Cohort>(m_db.run("units.cohort", {{"index", indexId}, {"name", name}}), readCohort);
}

Result<std::optional<Cohort>> UnitStore::findDefaultCohort(const Index& index)
{
    return readOne<Cohort>(m_db.run("units.default_cohort", {{"index", index.id}}), readCohort);
}

Result<Cohort> UnitStore::defaultCohort(const Index& index)
{
    auto found = findDefaultCohort(index);
    if (!found)
        return found.error();
    if (found.value())
        return *found.value();
    // An index always has a pool to rank in; the first one is named after the index.
    return ensureCohort(index.id, index.code, QString(), true);
}

Result<Cohort> UnitStore::resolveCohort(const Index& index, const QString& name)
{
    if (name.isEmpty())
        return defaultCohort(index);
    auto found = cohort(index.id, name.normalized(QString::NormalizationForm_C));
    if (!found)
        return found.error();
    if (!found.value())
        return Error::usage(tr("index %1 has no cohort \"%2\"").arg(index.code, name));
    return *found.value();
}

Result<Cohort> UnitStore::ensureCohort(qint64 indexId, const QString& name, const QString& unitKind, bool makeDefault)
{
    if (makeDefault) {
        if (Status s = done(m_db.run("units.undefault_cohorts", {{"index", indexId}, {"name", name}})); !s)
            return s.error();
    }
    const std::initializer_list<sql::Binding> values {
        {"index", indexId}, {"name", name}, {"unit_kind", nullable(unitKind)}, {"is_default", makeDefault ? 1 : 0}};
    auto updated = readOne<Cohort>(m_db.run("units.update_cohort", values), readCohort);
    if (!updated)
        return updated.error();
    if (updated.value())
        return *updated.value();
    auto inserted = readOne<Cohort>(m_db.run("units.insert_cohort", values), readCohort);
    if (!inserted)
        return inserted.error();
    if (!inserted.value())
        return Error::storage(tr("cannot create cohort %1").arg(name));
    return *inserted.value();
}

Result<QList<Cohort>> UnitStore::cohorts(qint64 indexId)
{
    return readAll<Cohort>(m_db.run("units.cohorts", {{"index", indexId}}), readCohort);
}

Result<QList<Unit>> UnitStore::members(qint64 cohortId, int year)
{
    return readAll<Unit>(m_db.run("units.members", {{"cohort", cohortId}, {"year", year}}), readUnit);
}

Result<QList<Unit>> UnitStore::membersAnyYear(qint64 cohortId)
{
    return readAll<Unit>(m_db.run("units.members_any_year", {{"cohort", cohortId}}), readUnit);
}

Status UnitStore::addMember(qint64 cohortId, int year, qint64 unitId)
{
    // A save keeps its unit in the cohort. An account that may not change cohorts (a unit's, an appraiser's) is
    // refused any INSERT into cohort_members by the server, even one that would add nothing: it asks first, and
    // only a unit that is not a member yet meets the refusal.
    if (!Permissions::of(m_db).canSetup()) {
        auto member = scalar(m_db.run("units.is_member", {{"cohort", cohortId}, {"year", year}, {"unit", unitId}}));
        if (!member)
            return member.error();
        if (member.value().toBool())
            return success();
    }
    return done(m_db.run("units.add_member", {{"cohort", cohortId}, {"year", year}, {"unit", unitId}}));
}

Result<QList<Cohort>> UnitStore::cohortsOf(qint64 indexId, qint64 unitId, int year)
{
    return readAll<Cohort>(m_db.run("units.cohorts_of", {{"index", indexId}, {"unit", unitId}, {"year", year}}),
                           readCohort);
}

namespace {

// Fills the scratch table of an import's new units or members (units.create_staged), one held statement.
Status stage(Database& db, const char* placeholder, const char* statement, int count,
             const std::function<void(sql::Prepared&, int)>& bind, const std::function<QByteArray(int)>& text)
{
    for (const char* name : {"units.create_staged", "units.empty_staged"}) {
        if (Status s = done(db.run(name)); !s)
            return s;
    }
    // A server takes them all in one COPY: a statement each is a round trip each, 3,321 for a national import.
    if (db.isServer()) {
        QByteArray rows;
        for (int i = 0; i < count; ++i) {
            const QByteArray value = text(i);
            rows += QByteArray::number(i) + '\t';
            appendCopyField(rows, value.constData(), value.size());
            rows += '\n';
        }
        const char* column = qstrcmp(placeholder, "unit") == 0 ? "unit_id" : placeholder;
        return db.serverCopyIn(QByteArray("COPY staged_units (seq, ") + column + ") FROM STDIN", rows);
    }
    auto add = db.prepare(statement);
    if (!add)
        return add.error();
    const int seq = add->slot("seq"), value = add->slot(placeholder);
    if (!seq || !value)
        return Error::storage(QStringLiteral("%1 needs :seq and :%2").arg(add->name(), QLatin1String(placeholder)));
    for (int i = 0; i < count; ++i) {
        add.value().bind(seq, qint64(i));
        bind(add.value(), value);
        if (auto r = add.value().run(); !r)
            return r.error();
    }
    return success();
}

// On a server, whether the owner's bulk statement logs itself (the *_logged statements of
// resources/sql/pg/queries/units.sql): the table's audit trigger and the log's numbering trigger switched off for it
// (AuditLog::beginBulk), both back on by endSelfLog. Another role keeps the triggers, which log row by row, as does a
// schema older than the chain's functions (migration 013).
Result<bool> beginSelfLog(Database& db, const char* table, const char* auditTrigger)
{
    if (!AuditLog::logsInBulk(db))
        return false;
    auto tableOff = db.suspendTriggers(table, auditTrigger);
    if (!tableOff || !tableOff.value())
        return tableOff;
    auto bulk = AuditLog::beginBulk(db);
    if (bulk && !bulk.value()) {
        if (Status s = db.resumeTriggers(table, auditTrigger); !s)
            return s.error();
    }
    return bulk;
}

Status endSelfLog(Database& db, const char* table, const char* auditTrigger)
{
    if (Status s = AuditLog::endBulk(db); !s)
        return s;
    return db.resumeTriggers(table, auditTrigger);
}

// The owner's bulk memberships (an import's): the lock trigger and the two foreign keys check each row, 0.03 s and
// 0.05 s of a national import's 3,321. Where the rows added are many beside those the table holds, the lock is
// checked once for the statement (its rows are all of one cohort-year) and the keys are dropped and added back, which
// checks the whole table, set by set; true if so. Back on by bulkMembersEnd before COMMIT, or by a ROLLBACK.
Result<bool> bulkMembersBegin(Database& db, qint64 cohortId, int year, int count)
{
    auto many = scalar(db.run("units.members_outnumbered", {{"count", count}}));
    if (!many || !many.value().toBool())
        return many ? Result<bool>(false) : Result<bool>(many.error());
    auto lockOff = db.suspendTriggers("cohort_members", "cohort_members_locked");
    if (!lockOff || !lockOff.value())
        return lockOff;
    auto final = scalar(db.run("units.cohort_year_final", {{"cohort", cohortId}, {"year", year}}));
    if (!final)
        return final.error();
    // The lock trigger's refusal, checked once for the statement, in the same words.
    if (final.value().toBool())
        return Database::lockRefusal(QStringLiteral("finalised: reopen the cohort-year before changing its members"));
    if (Status s = done(db.run("units.member_keys_off")); !s)
        return s.error();
    return true;
}

Status bulkMembersEnd(Database& db)
{
    if (Status s = done(db.run("units.member_keys_on")); !s)
        return s;
    return db.resumeTriggers("cohort_members", "cohort_members_locked");
}

// The entry the audit trigger of units writes for a new unit (resources/sql/pg/baseline.sql's par_audit_units).
AuditEntry unitInserted(const QString& name, const QString& text)
{
    AuditEntry e;
    e.action = QStringLiteral("insert");
    e.entity = QStringLiteral("unit");
    e.unit = name;
    e.newValue = text;
    return e;
}

// add_members for the owner whose bulk statement logs itself (a server): the entries the audit trigger of
// cohort_members writes for the rows added (par_audit_cohort_members), in their order.
Status addMembersLogged(Database& db, qint64 cohortId, int year, const QString& units)
{
    auto q = db.run("units.add_members_listed", {{"cohort", cohortId}, {"year", year}, {"units", units}});
    if (!q)
        return q.error();
    QList<AuditEntry> entries;
    while (q.value().next()) {
        AuditEntry e;
        e.action = QStringLiteral("insert");
        e.entity = QStringLiteral("cohort-member");
        e.indexCode = q.value().value(0).toString();
        e.year = year;
        e.unit = q.value().value(1).toString();
        e.newValue = q.value().value(2).toString();
        entries.append(e);
    }
    if (!q.value().error().message.isEmpty())
        return q.value().error();
    return AuditLog::appendSealed(db, entries);
}

} // namespace

Status UnitStore::addMembers(qint64 cohortId, int year, const QList<qint64>& unitIds)
{
    if (unitIds.size() < 2) {
        for (qint64 unitId : unitIds) {
            if (Status s = addMember(cohortId, year, unitId); !s)
                return s;
        }
        return success();
    }
    // A server takes the units as one array in the statement; a file stages them, a statement each.
    QString units;
    if (m_db.isServer()) {
        units = idArray(unitIds);
    } else {
        int i = 0;
        if (Status s = stage(
                m_db, "unit", "units.stage_id", int(unitIds.size()),
                [&](sql::Prepared& add, int slot) { add.bind(slot, unitIds[i++]); },
                [&](int n) { return QByteArray::number(unitIds[n]); });
            !s)
            return s;
    }
    auto selfLog = beginSelfLog(m_db, "cohort_members", "cohort_members_audit");
    if (!selfLog)
        return selfLog.error();
    auto bulk = selfLog.value() ? bulkMembersBegin(m_db, cohortId, year, int(unitIds.size())) : Result<bool>(false);
    if (!bulk)
        return bulk.error();
    const auto addAll = [&] {
        return units.isNull()
            ? done(m_db.run("units.add_staged_members", {{"cohort", cohortId}, {"year", year}}))
            : done(m_db.run("units.add_members", {{"cohort", cohortId}, {"year", year}, {"units", units}}));
    };
    if (Status s = selfLog.value() ? addMembersLogged(m_db, cohortId, year, units) : addAll(); !s)
        return s;
    if (bulk.value()) {
        if (Status s = bulkMembersEnd(m_db); !s)
            return s;
    }
    if (selfLog.value()) {
        if (Status s = endSelfLog(m_db, "cohort_members", "cohort_members_audit"); !s)
            return s;
    }
    return units.isNull() ? done(m_db.run("units.empty_staged")) : success();
}

Result<QList<qint64>> UnitStore::createUnits(const QStringList& names, const QString& kind)
{
    QList<qint64> ids;
    ids.reserve(names.size());
    if (names.isEmpty())
        return ids;
    int i = 0;
    if (Status s = stage(
            m_db, "name", "units.stage_name", int(names.size()),
            [&](sql::Prepared& add, int slot) { add.bind(slot, names[i++].toUtf8()); },
            [&](int n) { return names[n].toUtf8(); });
        !s)
        return s.error();
    const QString kindText = kind.isNull() ? QStringLiteral("") : kind;
    auto selfLog = beginSelfLog(m_db, "units", "units_audit");
    if (!selfLog)
        return selfLog.error();
    if (auto inserted = m_db.run("units.insert_staged", {{"kind", kindText}}); !inserted) {
        if (!duplicateName(inserted.error()))
            return inserted.error();
        auto taken = scalar(m_db.run("units.staged_taken"));
        return Error::input(tr("a unit named \"%1\" without a code already exists; give the new one a code")
                                .arg(taken ? taken.value().toString() : names.first()));
    }
    QList<AuditEntry> entries;
    auto q = m_db.run(selfLog.value() ? "units.staged_ids_logged" : "units.staged_ids");
    if (!q)
        return q.error();
    while (q.value().next()) {
        ids.append(q.value().integer(0));
        if (selfLog.value())
            entries.append(unitInserted(q.value().value(1).toString(), q.value().value(2).toString()));
    }
    if (!q.value().error().message.isEmpty())
        return q.value().error();
    if (selfLog.value()) {
        if (Status s = AuditLog::appendSealed(m_db, entries); !s)
            return s.error();
        if (Status s = endSelfLog(m_db, "units", "units_audit"); !s)
            return s.error();
    }
    if (ids.size() != names.size())
        return Error::storage(tr("cannot create the import's %1 new units").arg(names.size()));
    if (Status s = done(m_db.run("units.empty_staged")); !s)
        return s.error();
    return ids;
}

} // namespace par
