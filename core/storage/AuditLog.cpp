#include "storage/AuditLog.h"
#include "storage/CopyText.h"
#include "storage/Permissions.h"
#include "storage/Sha256.h"

#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <vector>

namespace par {

namespace {

// The schema version that keeps the context per transaction and the log chained.
constexpr int ChainedSchema = 5;

const char* const EntryColumns = "id, at, actor, source, action, entity, index_code, year, unit, criterion, stage, "
                                 "old_value, new_value, reason";
constexpr int EntryColumnCount = 14;

class Stmt
{
public:
    Stmt(sqlite3* db, const char* sql) { m_ok = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) == SQLITE_OK; }
    ~Stmt() { sqlite3_finalize(m_stmt); }
    Stmt(const Stmt&) = delete;
    Stmt& operator=(const Stmt&) = delete;
    bool ok() const { return m_ok; }
    sqlite3_stmt* get() const { return m_stmt; }

private:
    sqlite3_stmt* m_stmt = nullptr;
    bool m_ok = false;
};

// One field of an entry as the chain sees it, after the field before it: its text, or NUL for NULL (told apart from the
// empty text). Every entry's content, read from either backend or about to be written, is made of these.
void addChainField(QByteArray& content, int index, const char* text, qsizetype size)
{
    if (index)
        content += '\x1f';
    if (text)
        content.append(text, size);
    else
        content += '\x00';
}

// One entry as the chain sees it: every column.
QByteArray content(sqlite3_stmt* row)
{
    QByteArray out;
    for (int i = 0; i < EntryColumnCount; ++i) {
        const bool null = sqlite3_column_type(row, i) == SQLITE_NULL;
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(row, i));
        addChainField(out, i, null ? nullptr : text ? text : "", sqlite3_column_bytes(row, i));
    }
    return out;
}

QByteArray chained(Sha256& hash, const QByteArray& previous, const QByteArray& entry)
{
    hash.addData(previous);
    hash.addData(QByteArrayView("\x1e", 1));
    hash.addData(entry);
    return hash.hexResult();
}

bool chainedSchema(Database& db)
{
    return db.schemaVersion() >= ChainedSchema;
}

// An entry read through the executor (a server database), as content() reads one from SQLite: a whole number and a
// text read back as the same characters on both.
QByteArray content(const sql::Query& row)
{
    QByteArray out;
    for (int i = 0; i < EntryColumnCount; ++i) {
        const bool null = row.isNull(i);
        const QByteArray text = null ? QByteArray() : row.value(i).toString().toUtf8();
        addChainField(out, i, null ? nullptr : text.constData(), text.size());
    }
    return out;
}

// From this many entries the owner's seal is worth switching a trigger off (a DDL statement and its lock) for.
constexpr size_t OwnerSealFrom = 256;

// Seals a server database's new entries: the same chain as SQLite's, through the executor. Writers take turns
// (Database::Transaction), so the entries without a hash are this transaction's and those another program left.
Status sealOnServer(Database& db)
{
    struct Pending
    {
        qint64 id;
        QByteArray content;
    };
    std::vector<Pending> pending;
    {
        auto read = db.run("audit.unsealed");
        if (!read)
            return read.error();
        while (read.value().next())
            pending.push_back({read.value().integer(0), content(read.value())});
    }
    if (pending.empty())
        return success();
    Sha256 hash;
    QByteArray previous;
    {
        auto prev = db.run("audit.previous_hash", {{"id", pending.front().id}});
        if (!prev)
            return prev.error();
        if (prev.value().next() && !prev.value().isNull(0))
            previous = prev.value().value(0).toString().toUtf8();
    }
    // Hashes are hexadecimal and ids whole numbers: array literals need no quoting.
    QByteArray hashes = "{";
    QByteArray ids = "{";
    for (const Pending& p : pending) {
        previous = chained(hash, previous, p.content);
        if (hashes.size() > 1) {
            hashes += ',';
            ids += ',';
        }
        hashes += previous;
        ids += QByteArray::number(p.id);
    }
    hashes += '}';
    ids += '}';
    // A bulk change by the owner (an import's thousands of entries) seals by one UPDATE with the append-only trigger
    // off for it; others, and a save's few entries, through the owner's function (and the trigger) per entry.
    bool direct = false;
    if (pending.size() >= OwnerSealFrom) {
        auto off = db.suspendTriggers("audit_log", "audit_log_append_only");
        if (!off)
            return off.error();
        direct = off.value();
    }
    auto sealed = db.run(direct ? "audit.seal_all_owner" : "audit.seal_all",
                         {{"hashes", QString::fromLatin1(hashes)}, {"ids", QString::fromLatin1(ids)}});
    if (!sealed)
        return sealed.error();
    return direct ? db.resumeTriggers("audit_log", "audit_log_append_only") : success();
}

Result<AuditChainReport> verifyOnServer(Database& db);

Status sqliteError(Database& db, const QString& what)
{
    return Error::storage(QStringLiteral("%1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(db.handle()))));
}

} // namespace

Status AuditLog::beginChange(Database& db, const QString& actor, const QString& reason, const QString& source)
{
    const QVariant why = reason.isEmpty() ? QVariant() : QVariant(reason);
    if (!chainedSchema(db)) {
        // An older schema (tests of upgrades) keeps its one permanent row.
        auto set = db.run("audit.set_context_unchained", {{"actor", actor}, {"reason", why}});
        return set ? success() : Status(set.error());
    }
    auto set = db.run("audit.set_context", {{"actor", actor}, {"reason", why}, {"source", source}});
    return set ? success() : Status(set.error());
}

Status AuditLog::sealSoFar(Database& db)
{
    return db.isServer() ? sealOnServer(db) : success();
}

Status AuditLog::permitReopen(Database& db)
{
    auto set = db.run("audit.permit_reopen");
    return set ? success() : Status(set.error());
}

Status AuditLog::endChange(Database& db)
{
    if (!chainedSchema(db))
        return success();
    if (db.isServer()) {
        if (Status s = sealOnServer(db); !s)
            return s;
        auto clear = db.run("audit.clear_context");
        return clear ? success() : Status(clear.error());
    }
    sqlite3* h = db.handle();
    struct Pending
    {
        qint64 id;
        QByteArray content;
    };
    std::vector<Pending> pending;
    {
        Stmt read(h,
                  QByteArray(QByteArray("SELECT ") + EntryColumns + " FROM audit_log WHERE hash IS NULL ORDER BY id")
                      .constData());
        if (!read.ok())
            return sqliteError(db, tr("cannot seal the audit log"));
        while (sqlite3_step(read.get()) == SQLITE_ROW)
            pending.push_back({sqlite3_column_int64(read.get(), 0), content(read.get())});
    }
    if (!pending.empty()) {
        Sha256 hash;
        QByteArray previous;
        {
            Stmt prev(h, "SELECT hash FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT 1");
            if (!prev.ok())
                return sqliteError(db, tr("cannot seal the audit log"));
            sqlite3_bind_int64(prev.get(), 1, pending.front().id);
            if (sqlite3_step(prev.get()) == SQLITE_ROW && sqlite3_column_type(prev.get(), 0) != SQLITE_NULL)
                previous = QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(prev.get(), 0)));
        }
        Stmt seal(h, "UPDATE audit_log SET hash = ? WHERE id = ?");
        if (!seal.ok())
            return sqliteError(db, tr("cannot seal the audit log"));
        for (const Pending& p : pending) {
            previous = chained(hash, previous, p.content);
            sqlite3_bind_text(seal.get(), 1, previous.constData(), int(previous.size()), SQLITE_TRANSIENT);
            sqlite3_bind_int64(seal.get(), 2, p.id);
            if (sqlite3_step(seal.get()) != SQLITE_DONE)
                return sqliteError(db, tr("cannot seal the audit log"));
            sqlite3_reset(seal.get());
        }
    }
    auto clear = db.run("audit.clear_context");
    return clear ? success() : Status(clear.error());
}

Status AuditLog::append(Database& db, const AuditEntry& e)
{
    auto text = [](const QString& value) { return value.isEmpty() ? QVariant() : QVariant(value); };
    auto q = db.run("audit.append",
                    {{"action", e.action},
                     {"entity", e.entity},
                     {"index_code", text(e.indexCode)},
                     {"year", e.year ? QVariant(e.year) : QVariant()},
                     {"unit", text(e.unit)},
                     {"criterion", text(e.criterion)},
                     {"stage", text(e.stage)},
                     {"old_value", text(e.oldValue)},
                     {"new_value", text(e.newValue)}});
    return q ? success() : Status(q.error());
}

namespace {

// The schema from which a server's owner writes its bulk entries itself (appendSealed): the bulk import's, 13.
constexpr int SelfSealedLog = 13;

// From this many entries a server's owner logs them by one COPY: below, the round trips it saves cost less than
// switching the trigger off and on.
constexpr qsizetype BulkEntries = 32;

// One field of an entry as the chain sees it (as content() reads it back) and as COPY sends it: an empty text is NULL,
// as append sends it.
void addField(QByteArray& content, QByteArray& row, int index, const QByteArray& utf8)
{
    addChainField(content, index, utf8.isEmpty() ? nullptr : utf8.constData(), utf8.size());
    if (utf8.isEmpty()) {
        row += "\\N\t";
        return;
    }
    appendCopyField(row, utf8.constData(), utf8.size());
    row += '\t';
}

} // namespace

Status AuditLog::appendAll(Database& db, const QList<AuditEntry>& entries)
{
    auto bulk = entries.size() >= BulkEntries ? beginBulk(db) : Result<bool>(false);
    if (!bulk)
        return bulk.error();
    if (!bulk.value()) {
        for (const AuditEntry& e : entries) {
            if (Status s = append(db, e); !s)
                return s;
        }
        return success();
    }
    if (Status s = appendSealed(db, entries); !s)
        return s;
    return endBulk(db);
}

Status AuditLog::appendSealed(Database& db, const QList<AuditEntry>& entries)
{
    if (entries.isEmpty())
        return success();
    auto head = db.run("audit.take_ids", {{"count", qint64(entries.size())}});
    if (!head)
        return head.error();
    sql::Query& h = head.value();
    if (!h.next())
        return Error::storage(tr("cannot number the audit log's new entries"));
    qint64 id = h.integer(0);
    const QByteArray at = h.value(1).toString().toUtf8(), actor = h.value(2).toString().toUtf8(),
                     source = h.value(3).toString().toUtf8(), reason = h.value(4).toString().toUtf8();
    QByteArray previous = h.value(5).toString().toUtf8();
    // Sent as they are sealed, a few hundred at a time: the server stores one part while the next is chained.
    constexpr qsizetype EntriesPerPart = 256;
    QByteArray content;
    Sha256 hash;
    qsizetype next = 0;
    return db.serverCopyIn(QByteArray("COPY audit_log (") + EntryColumns + ", hash) FROM STDIN", [&]() {
        QByteArray rows;
        const qsizetype end = std::min(entries.size(), next + EntriesPerPart);
        rows.reserve((end - next) * 200);
        for (; next < end; ++next) {
            const AuditEntry& e = entries[next];
            content.clear();
            int field = 0;
            for (const QByteArray& value :
                 {QByteArray::number(++id), at, actor, source, e.action.toUtf8(), e.entity.toUtf8(),
                  e.indexCode.toUtf8(), e.year ? QByteArray::number(e.year) : QByteArray(), e.unit.toUtf8(),
                  e.criterion.toUtf8(), e.stage.toUtf8(), e.oldValue.toUtf8(), e.newValue.toUtf8(), reason}) {
                addField(content, rows, field++, value);
            }
            previous = chained(hash, previous, content);
            rows += previous;
            rows += '\n';
        }
        return rows;
    });
}

bool AuditLog::logsInBulk(Database& db)
{
    return db.isServer() && db.schemaVersion() >= SelfSealedLog;
}

Result<bool> AuditLog::beginBulk(Database& db)
{
    if (!logsInBulk(db))
        return false;
    auto off = db.suspendTriggers("audit_log", "audit_log_numbered");
    if (!off || !off.value())
        return off;
    // Sealed only now: switching the log's trigger off locked the log against other sessions' entries until COMMIT,
    // so none can come between these and the statement's own (the test
    // Server.AnEntryCommittedByAShellWhileAnImportWaitsStaysInTheChain seals first and fails).
    if (Status s = sealSoFar(db); !s)
        return s.error();
    return true;
}

Status AuditLog::endBulk(Database& db)
{
    return db.resumeTriggers("audit_log", "audit_log_numbered");
}

Result<AuditChainReport> AuditLog::verify(Database& db)
{
    AuditChainReport report;
    if (!chainedSchema(db))
        return report;
    if (db.isServer()) {
        // A unit account reads its own unit's entries only: the chain between them cannot be followed from there.
        if (const Permissions may = Permissions::of(db); may.role() == Permissions::Role::Unit)
            return Error::input(tr("your account (%1) reads only its own unit's part of the audit log; the whole "
                                   "chain is checked by the secretariat, an appraiser or a viewer")
                                    .arg(may.describe()));
        return verifyOnServer(db);
    }
    sqlite3* h = db.handle();
    Stmt read(h, QByteArray(QByteArray("SELECT ") + EntryColumns + ", hash FROM audit_log ORDER BY id").constData());
    if (!read.ok())
        return sqliteError(db, tr("cannot read the audit log")).error();
    Sha256 hash;
    QByteArray previous;
    qint64 expected = 1;
    qint64 firstUnsealed = 0;
    auto problem = [&report](const QString& text) {
        if (report.problems.size() < 50)
            report.problems << text;
    };
    int rc;
    while ((rc = sqlite3_step(read.get())) == SQLITE_ROW) {
        const qint64 id = sqlite3_column_int64(read.get(), 0);
        ++report.entries;
        if (id != expected)
            problem(id == expected + 1 ? tr("audit entry %1 is missing (deleted)").arg(expected)
                                       : tr("audit entries %1 to %2 are missing (deleted)").arg(expected).arg(id - 1));
        expected = id + 1;
        if (sqlite3_column_type(read.get(), EntryColumnCount) == SQLITE_NULL) {
            if (!firstUnsealed)
                firstUnsealed = id;
            ++report.unsealed;
            continue;
        }
        if (firstUnsealed) {
            problem(tr("audit entries from %1 lost their seal (edited outside parindex)").arg(firstUnsealed));
            firstUnsealed = 0;
            report.unsealed = 0;
        }
        const QByteArray stored(reinterpret_cast<const char*>(sqlite3_column_text(read.get(), EntryColumnCount)));
        if (chained(hash, previous, content(read.get())) != stored)
            problem(tr("audit entry %1 was changed, or an entry before it deleted, outside parindex").arg(id));
        previous = stored;
    }
    if (rc != SQLITE_DONE)
        return sqliteError(db, tr("cannot read the audit log")).error();
    // AUTOINCREMENT remembers the highest id ever used, so entries deleted from the end show too.
    Stmt sequence(h, "SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'");
    if (sequence.ok() && sqlite3_step(sequence.get()) == SQLITE_ROW) {
        const qint64 last = sqlite3_column_int64(sequence.get(), 0);
        if (last >= expected)
            problem(last == expected ? tr("audit entry %1 is missing (deleted)").arg(expected)
                                     : tr("audit entries %1 to %2 are missing (deleted)").arg(expected).arg(last));
    }
    return report;
}

namespace {

// The chain of a server database, checked as verify() checks SQLite's; the last id ever given is the server's
// audit_sequence, as SQLite's is sqlite_sequence.
Result<AuditChainReport> verifyOnServer(Database& db)
{
    AuditChainReport report;
    auto read = db.run("audit.chain");
    if (!read)
        return read.error();
    Sha256 hash;
    QByteArray previous;
    qint64 expected = 1;
    qint64 firstUnsealed = 0;
    auto problem = [&report](const QString& text) {
        if (report.problems.size() < 50)
            report.problems << text;
    };
    sql::Query& row = read.value();
    while (row.next()) {
        const qint64 id = row.integer(0);
        ++report.entries;
        if (id != expected)
            problem(id == expected + 1
                        ? AuditLog::tr("audit entry %1 is missing (deleted)").arg(expected)
                        : AuditLog::tr("audit entries %1 to %2 are missing (deleted)").arg(expected).arg(id - 1));
        expected = id + 1;
        if (row.isNull(EntryColumnCount)) {
            if (!firstUnsealed)
                firstUnsealed = id;
            ++report.unsealed;
            continue;
        }
        if (firstUnsealed) {
            problem(AuditLog::tr("audit entries from %1 lost their seal (edited outside parindex)").arg(firstUnsealed));
            firstUnsealed = 0;
            report.unsealed = 0;
        }
        const QByteArray stored = row.value(EntryColumnCount).toString().toUtf8();
        if (chained(hash, previous, content(row)) != stored)
            problem(
                AuditLog::tr("audit entry %1 was changed, or an entry before it deleted, outside parindex").arg(id));
        previous = stored;
    }
    if (!row.error().message.isEmpty())
        return row.error();
    auto last = db.run("audit.last_id");
    if (!last)
        return last.error();
    if (last.value().next()) {
        const qint64 highest = last.value().integer(0);
        if (highest >= expected)
            problem(highest == expected
                        ? AuditLog::tr("audit entry %1 is missing (deleted)").arg(expected)
                        : AuditLog::tr("audit entries %1 to %2 are missing (deleted)").arg(expected).arg(highest));
    }
    return report;
}

} // namespace

Result<QList<AuditEntry>> AuditLog::read(Database& db, const AuditFilter& filter)
{
    QString sql
        = QStringLiteral("SELECT id, at, actor, action, entity, index_code, year, unit, criterion, stage, old_value, "
                         "new_value, reason, %1 FROM audit_log WHERE 1 = 1")
              .arg(chainedSchema(db) ? QStringLiteral("source") : QStringLiteral("'parindex'"));
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
        e.source = q.value(13).toString();
        out.append(e);
    }
    if (filter.limit > 0)
        std::reverse(out.begin(), out.end());
    return out;
}

Result<QStringList> AuditLog::actors(Database& db)
{
    auto q = db.run("audit.actors");
    if (!q)
        return Error::storage(tr("cannot read the audit log of %1").arg(db.path()));
    QStringList out;
    while (q.value().next())
        out << q.value().value(0).toString();
    return out;
}

} // namespace par
