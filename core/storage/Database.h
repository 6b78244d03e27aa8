#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <memory>

struct sqlite3;

namespace par {

// One open parindex database: a SQLite file with foreign keys on, WAL and a busy timeout, whose schema is
// created and upgraded by the numbered scripts in :/sql when it is opened.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(par::Database)

public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (creating if missing) and upgrades to the newest schema. maxVersion limits the upgrade, for tests
    // that need a database of an older version.
    static Result<std::unique_ptr<Database>> open(const QString& path, int maxVersion = -1);

    static int latestVersion();
    int schemaVersion() const;
    QString path() const { return m_path; }
    QSqlDatabase& sql() { return m_db; }
    // The raw handle for bulk writes, scripts and backup, where QtSql's per-row overhead would dominate.
    sqlite3* handle() const { return m_handle; }

    // A transaction that records who makes the change and why in the audit context; rolls back unless committed.
    class Transaction
    {
    public:
        Transaction(Database& db, const QString& reason = QString());
        ~Transaction();
        Transaction(const Transaction&) = delete;
        Transaction& operator=(const Transaction&) = delete;
        bool ok() const { return m_error.message.isEmpty(); }
        const Error& error() const { return m_error; }
        Status commit();

    private:
        Database& m_db;
        bool m_open = false;
        Error m_error;
    };

    // Runs a statement with positional values; the error names the statement and the bound values.
    Result<QSqlQuery> exec(const QString& sql, std::initializer_list<QVariant> values = {});
    // Runs a script of several statements (triggers included) through SQLite directly.
    Status execScript(const QString& script);
    Status integrityCheck();
    Status backupTo(const QString& targetPath);

    // The OS user, recorded as the author of every change.
    static QString currentActor();

private:
    Database() = default;
    Status configure();
    Status migrate(int maxVersion);

    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
    sqlite3* m_handle = nullptr;
};

} // namespace par
