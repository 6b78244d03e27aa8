#include "storage/Sql.h"

#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QLoggingCategory>
#include <QVarLengthArray>

#include <sqlite3.h>

Q_DECLARE_LOGGING_CATEGORY(lcSql)

namespace par {
namespace sql {

namespace {

using Library = std::map<std::string, QByteArray, std::less<>>;

// Every statement of a folder of .sql files: "REPOSITORY.STATEMENT" -> SQL.
Library readLibrary(const QString& folder)
{
    Library out;
    const QDir dir(folder);
    for (const QString& fileName : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(fileName));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const std::string repository = QFileInfo(fileName).completeBaseName().toStdString();
        std::string name;
        QByteArray body;
        auto flush = [&] {
            if (!name.empty())
                out[repository + '.' + name] = body.trimmed();
            body.clear();
        };
        for (const QByteArray& line : file.readAll().split('\n')) {
            const QByteArray trimmed = line.trimmed();
            if (trimmed.startsWith("-- name:")) {
                flush();
                name = trimmed.mid(8).trimmed().toStdString();
            } else if (!name.empty()) {
                body += line + '\n';
            }
        }
        flush();
    }
    return out;
}

// Every statement of :/sql/queries, read once.
const Library& library()
{
    static const Library statements = readLibrary(QStringLiteral(":/sql/queries"));
    return statements;
}

// The server's own versions of some of them, read once.
const Library& serverLibrary()
{
    static const Library statements = readLibrary(QStringLiteral(":/sql/pg/queries"));
    return statements;
}

QString shown(const QVariant& v)
{
    return v.isNull() ? QStringLiteral("NULL") : v.toString().left(200);
}

int bind(sqlite3_stmt* stmt, int index, const QVariant& v)
{
    // As QtSql binds them: a null string is NULL.
    if (v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isNull())
        || (v.typeId() == QMetaType::QByteArray && v.toByteArray().isNull()))
        return sqlite3_bind_null(stmt, index);
    switch (v.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::Char:
        return sqlite3_bind_int64(stmt, index, v.toLongLong());
    case QMetaType::ULongLong:
        return sqlite3_bind_int64(stmt, index, qint64(v.toULongLong()));
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(stmt, index, v.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray bytes = v.toByteArray();
        return sqlite3_bind_blob64(stmt, index, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
    }
    default: {
        const QByteArray text = v.toString().toUtf8();
        return sqlite3_bind_text64(stmt, index, text.constData(), sqlite3_uint64(text.size()), SQLITE_TRANSIENT,
                                   SQLITE_UTF8);
    }
    }
}

} // namespace

QByteArray text(std::string_view name)
{
    const auto& all = library();
    const auto found = all.find(name);
    return found == all.end() ? QByteArray() : found->second;
}

QByteArray serverText(std::string_view name)
{
    const auto& own = serverLibrary();
    const auto found = own.find(name);
    return found == own.end() ? text(name) : found->second;
}

QStringList serverNames()
{
    QStringList out;
    for (const auto& [name, body] : serverLibrary())
        out << QString::fromStdString(name);
    return out;
}

QStringList names()
{
    QStringList out;
    for (const auto& [name, body] : library())
        out << QString::fromStdString(name);
    return out;
}

// The server's side of a result and a bound statement (ServerBackend.cpp).
void releaseServer(pg_result* result);
void releaseServer(ServerBound* bound);
int serverSlot(const ServerBound* bound, const char* placeholder);
void serverBind(ServerBound* bound, int slot, const QByteArray& text, bool isInteger);
void serverBindNull(ServerBound* bound, int slot);

Cache::~Cache()
{
    clear();
}

void Cache::clear()
{
    for (auto& [name, entry] : m_entries)
        sqlite3_finalize(entry.stmt);
    m_entries.clear();
}

const sqlite3_stmt* Cache::prepared(std::string_view name) const
{
    const auto found = m_entries.find(name);
    return found == m_entries.end() ? nullptr : found->second.stmt;
}

Query::Query(Database* db, sqlite3_stmt* stmt, Cache::Entry* entry, std::string name)
    : m_db(db)
    , m_stmt(stmt)
    , m_entry(entry)
    , m_name(std::move(name))
{
}

Query::Query(Query&& other) noexcept
    : m_result(std::exchange(other.m_result, nullptr))
    , m_row(other.m_row)
    , m_rows(other.m_rows)
    , m_db(other.m_db)
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_entry(std::exchange(other.m_entry, nullptr))
    , m_name(std::move(other.m_name))
    , m_state(other.m_state)
    , m_firstRow(other.m_firstRow)
    , m_error(std::move(other.m_error))
{
}

Query::~Query()
{
    if (m_result)
        releaseServer(m_result);
    if (!m_stmt)
        return;
    if (m_entry) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        m_entry->inUse = false;
    } else {
        sqlite3_finalize(m_stmt);
    }
}

bool Query::next()
{
    if (m_result) {
        m_state = ++m_row < m_rows ? State::Row : State::Done;
        return m_state == State::Row;
    }
    if (m_firstRow) {
        m_firstRow = false;
        return true;
    }
    if (m_state != State::Row || !m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    m_state = State::Done;
    if (rc != SQLITE_DONE) {
        const QString text = QString::fromUtf8(sqlite3_errmsg(m_db->handle()));
        m_error = m_db->failure(QString::fromStdString(m_name), rc, text);
        if (m_error.message == text)
            m_error.message = Database::tr("%1 (statement %2)").arg(text, QString::fromStdString(m_name));
    }
    return false;
}

qint64 Query::integer(int column) const
{
    if (m_result)
        return serverInteger(column);
    return m_state == State::Row ? sqlite3_column_int64(m_stmt, column) : 0;
}

bool Query::isNull(int column) const
{
    if (m_result)
        return m_state != State::Row || serverValue(column).isNull();
    return m_state != State::Row || sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QVariant Query::value(int column) const
{
    if (m_state != State::Row)
        return {};
    if (m_result)
        return serverValue(column);
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(m_stmt, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_stmt, column));
    case SQLITE_TEXT:
        return QVariant(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column)),
                                          sqlite3_column_bytes(m_stmt, column)));
    case SQLITE_BLOB:
        return QVariant(QByteArray(static_cast<const char*>(sqlite3_column_blob(m_stmt, column)),
                                   sqlite3_column_bytes(m_stmt, column)));
    default:
        return {};
    }
}

Prepared::Prepared(Database* db, sqlite3_stmt* stmt, Cache::Entry* entry, std::string name)
    : m_db(db)
    , m_stmt(stmt)
    , m_entry(entry)
    , m_name(std::move(name))
{
}

Prepared::Prepared(Prepared&& other) noexcept
    : m_bound(std::exchange(other.m_bound, nullptr))
    , m_db(other.m_db)
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_entry(std::exchange(other.m_entry, nullptr))
    , m_name(std::move(other.m_name))
{
}

Prepared::~Prepared()
{
    if (m_bound)
        releaseServer(m_bound);
    if (!m_stmt)
        return;
    if (m_entry) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        m_entry->inUse = false;
    } else {
        sqlite3_finalize(m_stmt);
    }
}

int Prepared::slot(const char* placeholder) const
{
    if (m_bound)
        return serverSlot(m_bound, placeholder);
    char key[64] = ":";
    qstrncpy(key + 1, placeholder, sizeof key - 1);
    return sqlite3_bind_parameter_index(m_stmt, key);
}

void Prepared::bind(int slot, qint64 value)
{
    if (m_bound)
        return serverBind(m_bound, slot, QByteArray::number(value), true);
    sqlite3_bind_int64(m_stmt, slot, value);
}

void Prepared::bind(int slot, const QByteArray& utf8)
{
    if (m_bound)
        return serverBind(m_bound, slot, utf8, false);
    sqlite3_bind_text64(m_stmt, slot, utf8.constData(), sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
}

void Prepared::bindNull(int slot)
{
    if (m_bound)
        return serverBindNull(m_bound, slot);
    sqlite3_bind_null(m_stmt, slot);
}

Result<qint64> Prepared::run()
{
    if (m_bound)
        return serverRun();
    int rc = sqlite3_step(m_stmt);
    qint64 first = 0;
    if (rc == SQLITE_ROW) {
        first = sqlite3_column_int64(m_stmt, 0);
        while ((rc = sqlite3_step(m_stmt)) == SQLITE_ROW) { }
    }
    if (rc != SQLITE_DONE) {
        const QString text = QString::fromUtf8(sqlite3_errmsg(m_db->handle()));
        sqlite3_reset(m_stmt);
        if (text.startsWith(QLatin1String("finalised")))
            return Database::lockRefusal(text);
        Error error = m_db->failure(QString::fromStdString(m_name), rc, text);
        if (error.message == text)
            error.message = Database::tr("%1 (statement %2)").arg(text, QString::fromStdString(m_name));
        return error;
    }
    sqlite3_reset(m_stmt);
    return first;
}

} // namespace sql

Result<sqlite3_stmt*> Database::acquire(std::string_view name, sql::Cache::Entry** entry)
{
    // The statement this connection prepared before, unless a query still running holds it (a nested use of the
    // same statement gets one of its own).
    sql::Cache& cache = *m_statements;
    *entry = nullptr;
    sqlite3_stmt* stmt = nullptr;
    auto cached = cache.m_entries.find(name);
    if (cached != cache.m_entries.end() && !cached->second.inUse) {
        *entry = &cached->second;
        stmt = (*entry)->stmt;
    } else {
        const QString shownName = QString::fromUtf8(name.data(), qsizetype(name.size()));
        const QByteArray sqlText = sql::text(name);
        if (sqlText.isEmpty())
            return Error::storage(tr("the program has no statement %1").arg(shownName));
        const int rc = sqlite3_prepare_v3(m_handle, sqlText.constData(), int(sqlText.size()), SQLITE_PREPARE_PERSISTENT,
                                          &stmt, nullptr);
        if (rc != SQLITE_OK) {
            const QString text = QString::fromUtf8(sqlite3_errmsg(m_handle));
            sqlite3_finalize(stmt);
            return failure(shownName + QLatin1Char(' ') + QString::fromUtf8(sqlText).simplified(), rc, text);
        }
        if (cached == cache.m_entries.end())
            *entry = &cache.m_entries.emplace(std::string(name), sql::Cache::Entry {stmt, false}).first->second;
    }
    if (*entry)
        (*entry)->inUse = true;
    return stmt;
}

Result<sql::Prepared> Database::prepare(std::string_view name)
{
    if (m_server)
        return serverPrepare(name);
    sql::Cache::Entry* entry = nullptr;
    auto acquired = acquire(name, &entry);
    if (!acquired)
        return acquired.error();
    return sql::Prepared(this, acquired.value(), entry, std::string(name));
}

Result<sql::Query> Database::run(std::string_view name, std::initializer_list<sql::Binding> values)
{
    if (m_server)
        return serverRun(name, values);
    const QString shownName = QString::fromUtf8(name.data(), qsizetype(name.size()));
    sql::Cache::Entry* entry = nullptr;
    auto acquired = acquire(name, &entry);
    if (!acquired)
        return acquired.error();
    sqlite3_stmt* stmt = acquired.value();
    sql::Query query(this, stmt, entry, std::string(name));

    // Every value to a placeholder of its name, and every placeholder given a value.
    const int count = sqlite3_bind_parameter_count(stmt);
    QVarLengthArray<bool, 16> bound(count + 1, false);
    for (const auto& [placeholder, value] : values) {
        char key[64] = ":";
        qstrncpy(key + 1, placeholder, sizeof key - 1);
        const int index = sqlite3_bind_parameter_index(stmt, key);
        if (index == 0)
            return Error::storage(tr("statement %1 has no value named %2").arg(shownName, QLatin1String(placeholder)));
        if (const int rc = sql::bind(stmt, index, value); rc != SQLITE_OK)
            return failure(shownName, rc, QString::fromUtf8(sqlite3_errmsg(m_handle)));
        bound[index] = true;
    }
    for (int i = 1; i <= count; ++i) {
        if (!bound[i])
            return Error::storage(tr("statement %1 needs a value for %2")
                                      .arg(shownName, QString::fromUtf8(sqlite3_bind_parameter_name(stmt, i))));
    }

    const int rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW) {
        query.m_state = sql::Query::State::Row;
        query.m_firstRow = true;
        return query;
    }
    if (rc == SQLITE_DONE) {
        query.m_state = sql::Query::State::Done;
        return query;
    }
    const QString text = QString::fromUtf8(sqlite3_errmsg(m_handle));
    // The finalisation lock speaks for itself; other failures name the statement, and the log has its values.
    if (text.startsWith(QLatin1String("finalised")))
        return lockRefusal(text);
    QStringList described;
    for (const auto& [placeholder, value] : values)
        described << QStringLiteral(":%1=%2").arg(QLatin1String(placeholder), sql::shown(value));
    Error error = failure(QStringLiteral("%1 [%2]").arg(shownName, described.join(QStringLiteral(", "))), rc, text);
    if (error.message == text)
        error.message = tr("%1 (statement %2)").arg(text, shownName);
    return error;
}

} // namespace par
