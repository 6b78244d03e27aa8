#pragma once

#include "Result.h"

#include <QStringList>
#include <QVariant>

#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;
struct pg_result;

namespace par {

class Database;

// The one executor every query goes through.
//
// The SQL lives in resources, one file per repository: :/sql/queries/REPOSITORY.sql holds that repository's
// statements, each after a "-- name: STATEMENT" line, and is run by the name "REPOSITORY.STATEMENT" (for example
// "units.by_code"). Values are bound by named placeholders (":code"); every placeholder must be given a value and
// every value must have a placeholder. The SQL stays portable (placeholders, INSERT ... RETURNING, ON CONFLICT);
// what is SQLite's own (PRAGMAs, application_id, WAL, data_version, the bulk paths that switch triggers off) stays
// in Database.cpp and the score repository's import, the places a PostgreSQL backend replaces.
//
// Each connection prepares a statement once, the first time it runs, and keeps it: a national import runs the same
// statement a third of a million times. A failure becomes an Error naming the statement; the SQL and the bound
// values go to the debug log (category parindex.sql), never to the people using the program.
namespace sql {

// A value for a named placeholder, without its colon: {"code", code}.
using Binding = std::pair<const char*, QVariant>;

// The text of a statement by name, or an empty string if the program has none of that name. A server database
// (PostgreSQL) takes the statement of the same name from :/sql/pg/queries/REPOSITORY.sql where one is there: the few
// statements whose SQL differs between the dialects.
QByteArray text(std::string_view name);
QByteArray serverText(std::string_view name);
// Every statement's name that the server overrides, in order.
QStringList serverNames();
// Every statement's name, in order.
QStringList names();

// The statements one connection has prepared, by name. Owned by the Database; finalised before it closes.
class Cache
{
public:
    Cache() = default;
    ~Cache();
    Cache(const Cache&) = delete;
    Cache& operator=(const Cache&) = delete;

    // How many statements this connection has prepared, and the prepared handle of one (for tests).
    int size() const { return int(m_entries.size()); }
    const sqlite3_stmt* prepared(std::string_view name) const;
    void clear();

private:
    friend class Query;
    friend class Prepared;
    friend class par::Database;
    struct Entry
    {
        sqlite3_stmt* stmt = nullptr;
        bool inUse = false;
    };
    std::map<std::string, Entry, std::less<>> m_entries;

public:
    // A server's statements, placeholders numbered once: "$1" for ":code" (see ServerBackend.cpp).
    struct ServerText
    {
        QByteArray text;
        std::vector<std::string> names;
    };

private:
    std::map<std::string, ServerText, std::less<>> m_server;
};

struct ServerBound;

// One run of a named statement, like a forward-only QSqlQuery: next() moves to the first row, then the following
// ones. The statement has already run to its first row (a write has run whole) when Database::run returns it.
// Hands the prepared statement back to its connection's cache when destroyed.
class Query
{
public:
    Query(Query&& other) noexcept;
    Query& operator=(Query&&) = delete;
    Query(const Query&) = delete;
    ~Query();

    bool next();
    QVariant value(int column) const;
    // The column as a whole number, without a QVariant (0 for NULL): for the bulk reads.
    qint64 integer(int column) const;
    bool isNull(int column) const;
    // The error that stopped a later row, if any (the first row's is returned by Database::run).
    const Error& error() const { return m_error; }

private:
    friend class par::Database;
    Query(Database* db, sqlite3_stmt* stmt, Cache::Entry* entry, std::string name);
    // A server's result, all rows at once (ServerBackend.cpp).
    Query(Database* db, pg_result* result, std::string name);
    QVariant serverValue(int column) const;
    qint64 serverInteger(int column) const;

    pg_result* m_result = nullptr;
    int m_row = -1;
    int m_rows = 0;
    Database* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    Cache::Entry* m_entry = nullptr; // null: a statement of its own, finalised here
    std::string m_name;
    enum class State
    {
        Pending,
        Row,
        Done
    } m_state
        = State::Done;
    bool m_firstRow = false;
    Error m_error;
};

// A named statement held for a bulk write: placeholders resolved once, values bound by slot without QVariant, run
// again and again (Database::prepare). Hands the statement back to the cache when destroyed.
class Prepared
{
public:
    Prepared(Prepared&& other) noexcept;
    Prepared& operator=(Prepared&&) = delete;
    Prepared(const Prepared&) = delete;
    ~Prepared();

    // The slot of a placeholder (without its colon), 0 if the statement has none of that name.
    int slot(const char* placeholder) const;
    void bind(int slot, qint64 value);
    void bind(int slot, const QByteArray& utf8); // copied
    void bindNull(int slot);
    // Runs the statement with the values bound (they stay bound for the next run); the first column of the row it
    // returns, if any (an id from RETURNING), else 0.
    Result<qint64> run();
    QString name() const { return QString::fromStdString(m_name); }

private:
    friend class par::Database;
    Prepared(Database* db, sqlite3_stmt* stmt, Cache::Entry* entry, std::string name);
    Prepared(Database* db, ServerBound* bound, std::string name);
    Result<qint64> serverRun();

    ServerBound* m_bound = nullptr; // a server's statement and its values, owned (ServerBackend.cpp)
    Database* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    Cache::Entry* m_entry = nullptr;
    std::string m_name;
};

} // namespace sql
} // namespace par
