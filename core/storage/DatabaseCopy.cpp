#include "storage/DatabaseCopy.h"

#include "storage/CopyText.h"
#include "storage/Database.h"
#include "storage/Sha256.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <algorithm>
#include <memory>

namespace par {

namespace {

// Every table of the schema that holds data, parents first, each with the key its rows are ordered by and the column
// that points at another row of the same table (written in a second pass on a server, whose keys are checked at once).
struct TableSpec
{
    const char* name;
    const char* key;
    const char* selfReference;
};

const TableSpec Tables[] = {
    {"units", "id", "successor_id"},
    {"indices", "id", nullptr},
    {"cohorts", "id", nullptr},
    {"cohort_members", "cohort_id, year, unit_id", nullptr},
    {"frameworks", "id", nullptr},
    {"criteria", "id", "parent_id"},
    {"bands", "id", nullptr},
    {"scores", "criterion_id, unit_id, stage", nullptr},
    {"published_ranks", "cohort_id, year, unit_id", nullptr},
    {"finalisations", "cohort_id, year", nullptr},
    {"report_settings", "key", nullptr},
    {"illustrative_criteria", "index_id, year, code", nullptr},
    {"unit_events", "id", nullptr},
    {"unit_event_units", "event_id, side, unit_id", nullptr},
    {"audit_log", "id", nullptr},
};

// Tables each backend keeps for itself: the schema's version, the transaction's audit context, the id counters, and a
// server's accounts (par_accounts, migration 010: they name the server's own logins, which a file has not and another
// server may not have; the secretariat adds them again there with "parindex user add").
bool isInternal(const QString& table)
{
    return table == QLatin1String("schema_migrations") || table == QLatin1String("audit_context")
        || table == QLatin1String("audit_sequence") || table == QLatin1String("par_accounts")
        || table.startsWith(QLatin1String("sqlite_"));
}

const char* const SequenceTable = "audit_sequence";

char unescaped(char e)
{
    switch (e) {
    case 'b':
        return '\b';
    case 'f':
        return '\f';
    case 'n':
        return '\n';
    case 'r':
        return '\r';
    case 't':
        return '\t';
    case 'v':
        return '\v';
    default:
        return e;
    }
}

// The values of one row of COPY text; a null is reported through `nulls`.
void splitRow(const QByteArray& line, QList<QByteArray>* values, QList<bool>* nulls)
{
    values->clear();
    nulls->clear();
    for (const QByteArray& field : line.split('\t')) {
        const bool null = field == "\\N";
        nulls->append(null);
        QByteArray value;
        value.reserve(field.size());
        for (qsizetype i = 0; i < field.size() && !null; ++i) {
            if (field[i] == '\\' && i + 1 < field.size())
                value += unescaped(field[++i]);
            else
                value += field[i];
        }
        values->append(value);
    }
}

TableDigest digestOf(const QString& table, const QByteArray& text)
{
    return {table, text.count('\n'), Sha256::hexHash(text)};
}

// One side of a copy: a SQLite file or a server database, read as COPY text and written from it.
class Side
{
public:
    virtual ~Side() = default;
    virtual Status beginRead() = 0;
    virtual Status beginWrite() = 0;
    virtual Status commit() = 0;
    virtual void rollback() = 0;
    virtual Result<QStringList> tables() = 0;
    virtual Result<QStringList> columns(const QString& table) = 0;
    virtual Result<QByteArray> read(const TableSpec& table, const QStringList& columns) = 0;
    virtual Result<bool> hasRows(const char* table) = 0;
    virtual Status write(const TableSpec& table, const QStringList& columns, const QByteArray& text) = 0;
    virtual Result<qint64> auditSequence() = 0;
    virtual Status setAuditSequence(qint64 last) = 0;
    // After the rows: the id counters moved past them, the triggers on again.
    virtual Status finishWrite() = 0;
};

QString selectText(const TableSpec& table, const QStringList& columns)
{
    return QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
        .arg(columns.join(QStringLiteral(", ")), QLatin1String(table.name), QLatin1String(table.key));
}

// ---- SQLite ----

class SqliteSide : public Side
{
public:
    explicit SqliteSide(Database& db)
        : m_db(db)
        , m_h(db.handle())
    {
    }
    ~SqliteSide() override
    {
        if (m_triggersOff)
            sqlite3_db_config(m_h, SQLITE_DBCONFIG_ENABLE_TRIGGER, 1, nullptr);
    }

    Status beginRead() override { return exec("BEGIN"); }
    Status beginWrite() override
    {
        if (Status s = exec("BEGIN IMMEDIATE"); !s)
            return s;
        // Units and criteria point at rows of their own table that may come later; checked at COMMIT.
        if (Status s = exec("PRAGMA defer_foreign_keys = ON"); !s)
            return s;
        sqlite3_db_config(m_h, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
        m_triggersOff = true;
        return success();
    }
    Status commit() override { return exec("COMMIT"); }
    void rollback() override
    {
        if (!sqlite3_get_autocommit(m_h))
            sqlite3_exec(m_h, "ROLLBACK", nullptr, nullptr, nullptr);
    }

    Result<QStringList> tables() override
    {
        return strings("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", {});
    }
    Result<QStringList> columns(const QString& table) override
    {
        return strings("SELECT name FROM pragma_table_info(?) ORDER BY name", table.toUtf8());
    }

    Result<QByteArray> read(const TableSpec& table, const QStringList& columns) override
    {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(m_h, selectText(table, columns).toUtf8().constData(), -1, &stmt, nullptr) != SQLITE_OK)
            return failure();
        std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> owned(stmt, sqlite3_finalize);
        QByteArray out;
        const int n = int(columns.size());
        int rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            for (int i = 0; i < n; ++i) {
                if (i)
                    out += '\t';
                if (sqlite3_column_type(stmt, i) == SQLITE_NULL) {
                    out += "\\N";
                    continue;
                }
                const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, i));
                appendCopyField(out, text, sqlite3_column_bytes(stmt, i));
            }
            out += '\n';
        }
        if (rc != SQLITE_DONE)
            return failure();
        return out;
    }

    // Every value bound as text: the columns' affinity stores whole numbers as integers, as the program writes them.
    Status write(const TableSpec& table, const QStringList& columns, const QByteArray& text) override
    {
        QStringList marks;
        for (qsizetype i = 0; i < columns.size(); ++i)
            marks << QStringLiteral("?");
        const QString sql
            = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                  .arg(QLatin1String(table.name), columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(m_h, sql.toUtf8().constData(), -1, &stmt, nullptr) != SQLITE_OK)
            return failure().error();
        std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> owned(stmt, sqlite3_finalize);
        QList<QByteArray> values;
        QList<bool> nulls;
        for (const QByteArray& line : text.split('\n')) {
            if (line.isEmpty())
                continue;
            splitRow(line, &values, &nulls);
            if (values.size() != columns.size())
                return Error::storage(DatabaseCopy::tr("a row of %1 has %2 values, not %3")
                                          .arg(QLatin1String(table.name))
                                          .arg(values.size())
                                          .arg(columns.size()));
            for (int i = 0; i < int(values.size()); ++i) {
                if (nulls[i])
                    sqlite3_bind_null(stmt, i + 1);
                else
                    sqlite3_bind_text(stmt, i + 1, values[i].constData(), int(values[i].size()), SQLITE_TRANSIENT);
            }
            if (sqlite3_step(stmt) != SQLITE_DONE)
                return failure().error();
            sqlite3_reset(stmt);
        }
        return success();
    }

    Result<bool> hasRows(const char* table) override
    {
        auto rows = strings(QByteArray("SELECT 1 FROM ") + table + " LIMIT 1", {});
        if (!rows)
            return rows.error();
        return !rows->isEmpty();
    }

    Result<qint64> auditSequence() override
    {
        auto rows = strings("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'", {});
        if (!rows)
            return rows.error();
        return rows->isEmpty() ? qint64(0) : rows->first().toLongLong();
    }
    Status setAuditSequence(qint64 last) override
    {
        if (Status s = exec("DELETE FROM sqlite_sequence WHERE name = 'audit_log'"); !s)
            return s;
        if (last == 0)
            return success();
        return exec(QByteArray("INSERT INTO sqlite_sequence (name, seq) VALUES ('audit_log', ")
                    + QByteArray::number(last) + ')');
    }
    // SQLite moves a table's next id past the largest one by itself.
    Status finishWrite() override { return success(); }

private:
    Status exec(const QByteArray& sql)
    {
        if (sqlite3_exec(m_h, sql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
            return failure().error();
        return success();
    }
    Result<QByteArray> failure() const
    {
        return Error::storage(QStringLiteral("%1: %2").arg(m_db.path(), QString::fromUtf8(sqlite3_errmsg(m_h))));
    }
    Result<QStringList> strings(const QByteArray& sql, const QByteArray& parameter)
    {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(m_h, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK)
            return failure().error();
        std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> owned(stmt, sqlite3_finalize);
        if (!parameter.isNull())
            sqlite3_bind_text(stmt, 1, parameter.constData(), int(parameter.size()), SQLITE_TRANSIENT);
        QStringList out;
        while (sqlite3_step(stmt) == SQLITE_ROW)
            out << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
        return out;
    }

    Database& m_db;
    sqlite3* m_h;
    bool m_triggersOff = false;
};

// ---- a PostgreSQL server ----

class ServerSide : public Side
{
public:
    explicit ServerSide(Database& db)
        : m_db(db)
        , m_conn(db.serverHandle())
    {
    }

    // One snapshot of the whole database, however long the copy takes.
    Status beginRead() override { return exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"); }
    // The triggers that log and lock are switched off by their owner inside this transaction only (ALTER TABLE is
    // transactional): no other session sees them off, a ROLLBACK or a killed client brings them back, and the locks
    // it takes keep every other writer out until the copy is whole. Only the owner of the tables may do it, who could
    // drop them anyway; a role that may only write rows gets the server's refusal.
    Status beginWrite() override
    {
        if (Status s = exec("BEGIN"); !s)
            return s;
        if (Status s = exec("SET LOCAL lock_timeout = '30s'"); !s)
            return s;
        for (const TableSpec& t : Tables) {
            if (Status s = switchTriggers(t.name, "DISABLE"); !s)
                return s;
        }
        if (Status s = switchTriggers(SequenceTable, "DISABLE"); !s)
            return s;
        // The scores' keys are checked once, set by set, when they are added back (as an import does).
        auto off = m_db.run("scores.keys_off");
        return off ? success() : Status(off.error());
    }
    Status commit() override { return exec("COMMIT"); }
    void rollback() override { PQclear(PQexec(m_conn, "ROLLBACK")); }

    Result<QStringList> tables() override
    {
        return strings("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                       "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') ORDER BY 1",
                       {});
    }
    Result<QStringList> columns(const QString& table) override
    {
        return strings("SELECT column_name::text FROM information_schema.columns WHERE table_schema = "
                       "current_schema() AND table_name = $1 ORDER BY column_name COLLATE \"C\"",
                       table.toUtf8());
    }

    Result<QByteArray> read(const TableSpec& table, const QStringList& columns) override
    {
        const QByteArray sql = QByteArray("COPY (") + selectText(table, columns).toUtf8() + ") TO STDOUT";
        PGresult* r = PQexec(m_conn, sql.constData());
        const bool started = PQresultStatus(r) == PGRES_COPY_OUT;
        if (!started)
            return failed(r).error();
        PQclear(r);
        QByteArray out;
        char* buffer = nullptr;
        int size;
        while ((size = PQgetCopyData(m_conn, &buffer, 0)) > 0) {
            out.append(buffer, size);
            PQfreemem(buffer);
        }
        if (Status s = finished(); !s)
            return s.error();
        return out;
    }

    Status write(const TableSpec& table, const QStringList& columns, const QByteArray& text) override
    {
        const QString list = columns.join(QStringLiteral(", "));
        if (!table.selfReference)
            return copyIn(QStringLiteral("COPY %1 (%2) FROM STDIN").arg(QLatin1String(table.name), list), text);
        // Rows that point at a later row of their own table: written without that column, then given it.
        const QString stage = QStringLiteral("par_copy_%1").arg(QLatin1String(table.name));
        const QString self = QLatin1String(table.selfReference);
        if (Status s = exec(QStringLiteral("CREATE TEMP TABLE %1 (LIKE %2) ON COMMIT DROP")
                                .arg(stage, QLatin1String(table.name))
                                .toUtf8());
            !s)
            return s;
        if (Status s = copyIn(QStringLiteral("COPY %1 (%2) FROM STDIN").arg(stage, list), text); !s)
            return s;
        QStringList firstPass = columns;
        firstPass.replaceInStrings(QRegularExpression(QStringLiteral("^") + self + QStringLiteral("$")),
                                   QStringLiteral("NULL"));
        if (Status s = exec(QStringLiteral("INSERT INTO %1 (%2) SELECT %3 FROM %4")
                                .arg(QLatin1String(table.name), list, firstPass.join(QStringLiteral(", ")), stage)
                                .toUtf8());
            !s)
            return s;
        return exec(QStringLiteral("UPDATE %1 t SET %2 = s.%2 FROM %3 s WHERE t.id = s.id AND s.%2 IS NOT NULL")
                        .arg(QLatin1String(table.name), self, stage)
                        .toUtf8());
    }

    Result<bool> hasRows(const char* table) override
    {
        auto rows = strings(QByteArray("SELECT 1 FROM ") + table + " LIMIT 1", {});
        if (!rows)
            return rows.error();
        return !rows->isEmpty();
    }

    Result<qint64> auditSequence() override
    {
        auto rows = strings("SELECT last FROM audit_sequence", {});
        if (!rows)
            return rows.error();
        return rows->isEmpty() ? qint64(0) : rows->first().toLongLong();
    }
    Status setAuditSequence(qint64 last) override
    {
        return exec(QByteArray("UPDATE audit_sequence SET last = ") + QByteArray::number(last));
    }

    Status finishWrite() override
    {
        for (const TableSpec& t : Tables) {
            if (qstrcmp(t.key, "id") != 0)
                continue;
            // An identity column hands out the next id after the largest copied, as SQLite's rowid does.
            const QByteArray name(t.name);
            if (Status s = exec("SELECT setval(pg_get_serial_sequence('" + name + "', 'id'), max(id)) FROM " + name
                                + " HAVING max(id) IS NOT NULL");
                !s)
                return s;
        }
        if (auto on = m_db.run("scores.keys_on"); !on)
            return on.error();
        for (const TableSpec& t : Tables) {
            if (Status s = switchTriggers(t.name, "ENABLE"); !s)
                return s;
        }
        return switchTriggers(SequenceTable, "ENABLE");
    }

private:
    Status switchTriggers(const char* table, const char* how)
    {
        Status s = exec(QByteArray("ALTER TABLE ") + table + ' ' + how + " TRIGGER USER");
        if (!s && s.error().message.contains(QLatin1String("owner")))
            return Error::storage(DatabaseCopy::tr("%1: the copy switches the database's triggers off for its own "
                                                   "transaction, which only the owner of its tables may do (%2)")
                                      .arg(m_db.path(), s.error().message));
        return s;
    }
    Status exec(const QByteArray& sql)
    {
        PGresult* r = PQexec(m_conn, sql.constData());
        const ExecStatusType status = PQresultStatus(r);
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
            return failed(r).error();
        PQclear(r);
        return success();
    }
    Status copyIn(const QString& sql, const QByteArray& text)
    {
        PGresult* r = PQexec(m_conn, sql.toUtf8().constData());
        if (PQresultStatus(r) != PGRES_COPY_IN)
            return failed(r).error();
        PQclear(r);
        constexpr qsizetype Chunk = 1 << 20;
        for (qsizetype at = 0; at < text.size(); at += Chunk) {
            if (PQputCopyData(m_conn, text.constData() + at, int(std::min(Chunk, text.size() - at))) != 1)
                break;
        }
        PQputCopyEnd(m_conn, nullptr);
        return finished();
    }
    // The result of a COPY, once its data has gone through.
    Status finished()
    {
        Status out = success();
        while (PGresult* r = PQgetResult(m_conn)) {
            if (PQresultStatus(r) != PGRES_COMMAND_OK && out)
                out = failed(r).error();
            else
                PQclear(r);
        }
        return out;
    }
    Result<QStringList> failed(PGresult* r)
    {
        const char* primary = r ? PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
        const QString text = QString::fromUtf8(primary ? primary : PQerrorMessage(m_conn)).trimmed();
        PQclear(r);
        return Error::storage(QStringLiteral("%1: %2").arg(m_db.path(), text));
    }
    Result<QStringList> strings(const QByteArray& sql, const QByteArray& parameter)
    {
        const char* values[1] = {parameter.constData()};
        PGresult* r
            = PQexecParams(m_conn, sql.constData(), parameter.isNull() ? 0 : 1, nullptr, values, nullptr, nullptr, 0);
        if (PQresultStatus(r) != PGRES_TUPLES_OK)
            return failed(r);
        QStringList out;
        for (int i = 0; i < PQntuples(r); ++i)
            out << QString::fromUtf8(PQgetvalue(r, i, 0));
        PQclear(r);
        return out;
    }

    Database& m_db;
    PGconn* m_conn;
};

std::unique_ptr<Side> sideOf(Database& db)
{
    if (db.isServer())
        return std::make_unique<ServerSide>(db);
    return std::make_unique<SqliteSide>(db);
}

// Every table holding data that this program knows, with its columns, the same on both sides.
struct Layout
{
    const TableSpec* table;
    QStringList columns;
};

Result<QList<Layout>> layoutOf(Side& side, const QString& path)
{
    auto tables = side.tables();
    if (!tables)
        return tables.error();
    for (const QString& name : tables.value()) {
        const bool known = std::any_of(std::begin(Tables), std::end(Tables),
                                       [&name](const TableSpec& t) { return name == QLatin1String(t.name); });
        if (!known && !isInternal(name))
            return Error::storage(DatabaseCopy::tr("%1 holds a table this program does not know (%2); it cannot be "
                                                   "copied exactly")
                                      .arg(path, name));
    }
    QList<Layout> out;
    for (const TableSpec& t : Tables) {
        auto columns = side.columns(QLatin1String(t.name));
        if (!columns)
            return columns.error();
        if (columns->isEmpty())
            return Error::storage(DatabaseCopy::tr("%1 has no table %2").arg(path, QLatin1String(t.name)));
        out.append({&t, columns.value()});
    }
    return out;
}

Result<QList<TableDigest>> digestAll(Side& side, const QList<Layout>& layout)
{
    QList<TableDigest> out;
    for (const Layout& l : layout) {
        auto text = side.read(*l.table, l.columns);
        if (!text)
            return text.error();
        out.append(digestOf(QLatin1String(l.table->name), text.value()));
    }
    auto last = side.auditSequence();
    if (!last)
        return last.error();
    out.append(digestOf(QLatin1String(SequenceTable), QByteArray::number(last.value()) + '\n'));
    return out;
}

// A file is written beside its name and renamed once verified, so that no half database ever bears it.
QString partialPath(const QString& to)
{
    return to + QStringLiteral(".partial");
}

void removeFile(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

Result<std::unique_ptr<Database>> openDestination(const QString& to)
{
    if (Database::isServerUri(to))
        return Database::open(to);
    if (QFileInfo::exists(to))
        return Error::input(DatabaseCopy::tr("%1 already exists; copy writes a new database, never into one that "
                                             "holds data")
                                .arg(to));
    removeFile(partialPath(to)); // left by a copy that was killed
    return Database::open(partialPath(to));
}

// A server database may be new or hold an empty schema (parindex init); anything in it is refused.
Status checkEmpty(Side& side, const QList<Layout>& layout, const QString& to)
{
    QStringList holding;
    for (const Layout& l : layout) {
        auto rows = side.hasRows(l.table->name);
        if (!rows)
            return rows.error();
        if (rows.value())
            holding << QLatin1String(l.table->name);
    }
    auto last = side.auditSequence();
    if (!last)
        return last.error();
    if (last.value() != 0 && !holding.contains(QLatin1String("audit_log")))
        holding << QStringLiteral("audit_log");
    if (holding.isEmpty())
        return success();
    return Error::input(DatabaseCopy::tr("%1 is not empty (it holds rows in %2); copy writes only into a new, empty "
                                         "database, and nothing was changed")
                            .arg(to, holding.join(QStringLiteral(", "))));
}

Status writeAll(Side& from, Side& to, const QList<Layout>& layout, QList<TableDigest>* source,
                const DatabaseCopy::Progress& progress)
{
    const int total = int(layout.size()) + 1;
    for (const Layout& l : layout) {
        if (progress)
            progress(int(source->size()), total, QLatin1String(l.table->name));
        auto text = from.read(*l.table, l.columns);
        if (!text)
            return text.error();
        source->append(digestOf(QLatin1String(l.table->name), text.value()));
        if (Status s = to.write(*l.table, l.columns, text.value()); !s)
            return s;
    }
    auto last = from.auditSequence();
    if (!last)
        return last.error();
    source->append(digestOf(QLatin1String(SequenceTable), QByteArray::number(last.value()) + '\n'));
    if (Status s = to.setAuditSequence(last.value()); !s)
        return s;
    return to.finishWrite();
}

Status sameLayout(const QList<Layout>& a, const QList<Layout>& b, const QString& to)
{
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].columns != b[i].columns)
            return Error::storage(DatabaseCopy::tr("the table %1 of %2 has other columns than the source's")
                                      .arg(QLatin1String(a[i].table->name), to));
    }
    return success();
}

// The copy between two open databases, inside their transactions; the report's digests, or why it stopped.
Result<CopyReport> transfer(Database& source, Database& destination, const QString& to,
                            const DatabaseCopy::Progress& progress)
{
    if (source.schemaVersion() != destination.schemaVersion())
        return Error::storage(DatabaseCopy::tr("the source has schema %1 and the destination %2")
                                  .arg(source.schemaVersion())
                                  .arg(destination.schemaVersion()));
    auto from = sideOf(source);
    auto into = sideOf(destination);
    if (Status s = into->beginWrite(); !s)
        return s.error();
    auto intoLayout = layoutOf(*into, to);
    if (!intoLayout)
        return intoLayout.error();
    if (Status s = checkEmpty(*into, intoLayout.value(), to); !s)
        return s.error();
    if (Status s = from->beginRead(); !s)
        return s.error();
    auto fromLayout = layoutOf(*from, source.path());
    if (!fromLayout)
        return fromLayout.error();
    if (Status s = sameLayout(fromLayout.value(), intoLayout.value(), to); !s)
        return s.error();
    CopyReport report;
    if (Status s = writeAll(*from, *into, fromLayout.value(), &report.source, progress); !s)
        return s.error();
    from->rollback(); // a read: nothing to keep
    if (progress)
        progress(int(fromLayout->size()), int(fromLayout->size()) + 1, QStringLiteral("check"));
    auto written = digestAll(*into, intoLayout.value());
    if (!written)
        return written.error();
    report.destination = written.value();
    if (!report.matches())
        return report;
    if (Status s = into->commit(); !s)
        return s.error();
    return report;
}

} // namespace

bool CopyReport::matches() const
{
    if (source.size() != destination.size())
        return false;
    for (qsizetype i = 0; i < source.size(); ++i) {
        if (source[i].table != destination[i].table || source[i].rows != destination[i].rows
            || source[i].sha256 != destination[i].sha256)
            return false;
    }
    return !source.isEmpty();
}

Result<CopyReport> DatabaseCopy::copy(const QString& from, const QString& to, const Progress& progress)
{
    if (from == to)
        return Error::usage(tr("--from and --to name the same database"));
    auto source = Database::openExisting(from);
    if (!source)
        return source.error();
    auto destination = openDestination(to);
    if (!destination)
        return destination.error();
    Result<CopyReport> report = transfer(*source.value(), *destination.value(), to, progress);
    const bool kept = report && report->matches();
    if (!kept)
        sideOf(*destination.value())->rollback();
    destination.value().reset(); // closed: a file's WAL is folded back before it is renamed or removed
    if (Database::isServerUri(to))
        return report;
    if (!kept) {
        removeFile(partialPath(to));
        return report;
    }
    if (!QFile::rename(partialPath(to), to)) {
        removeFile(partialPath(to));
        return Error::storage(tr("cannot name the copy %1 (does it exist now?); nothing was kept").arg(to));
    }
    return report;
}

void DatabaseCopy::removePartial(const QString& to)
{
    if (!Database::isServerUri(to))
        removeFile(partialPath(to));
}

Result<QList<TableDigest>> DatabaseCopy::digest(Database& db)
{
    auto side = sideOf(db);
    if (Status s = side->beginRead(); !s)
        return s.error();
    auto layout = layoutOf(*side, db.path());
    if (!layout)
        return layout.error();
    auto out = digestAll(*side, layout.value());
    side->rollback();
    return out;
}

} // namespace par
