#pragma once

#include "Result.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>

struct sqlite3;
struct pg_conn;

namespace par {

// One open parindex database: a SQLite file with foreign keys on, WAL and a busy timeout, whose schema is
// created and upgraded by the numbered scripts in :/sql when it is opened; or, for a libpq URI
// (postgresql://user@host:port/dbname), a database on a PostgreSQL server, opened through Qt's QPSQL driver, whose
// schema comes from :/sql/pg (see ServerBackend.cpp). What is SQLite's own (application_id, WAL, the backup API,
// restore by file) stays on the SQLite side; the server answers those with a clear refusal.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(par::Database)

public:
    // A refusal by the finalisation lock's triggers (resources/sql/**: the same English text on both backends, which
    // only a race with another program lets through the program's own checks), said in the user's language; a text
    // it does not know (a newer schema's) as it came. The bulk writes that check the lock once for a statement, in
    // place of the triggers, refuse through it too.
    static Error lockRefusal(const QString& text);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (creating if missing) and upgrades to the newest schema. maxVersion limits the upgrade, for tests
    // that need a database of an older version. Only what creates a database on purpose (init, demo, index import,
    // File > New) calls this; everything else calls openExisting.
    static Result<std::unique_ptr<Database>> open(const QString& path, int maxVersion = -1);
    // Opens a database that must already exist; password, for a server that asks for one (the desktop's sign-in).
    static Result<std::unique_ptr<Database>> openExisting(const QString& path, const QString& password = QString());

    // What stands between the desktop and a server database, found with libpq before QPSQL opens it, so that the
    // sign-in dialog asks for a password only when the server wants one and says plainly what went wrong (the
    // driver's own text goes to the debug log only).
    enum class ServerAccess
    {
        Ready,
        PasswordNeeded,
        WrongPassword,
        Unreachable,
        Refused,
        Invalid,
    };
    struct ServerCheck
    {
        ServerAccess access = ServerAccess::Invalid;
        QString message; // empty when Ready
    };
    static ServerCheck checkServer(const QString& uri, const QString& password = QString());
    // Checks, without writing a byte, that path can be opened as a parindex database: a SQLite file carrying our
    // application id or our schema, or (when allowed) a file that does not exist yet. Refuses a 0-byte file, a file
    // that is not SQLite, and another program's SQLite file.
    static Status probe(const QString& path, bool mayCreate);
    // A PostgreSQL connection URI (postgresql:// or postgres://) rather than a file name.
    static bool isServerUri(const QString& path);
    // The server's schema starts whole at this version (:/sql/pg/baseline.sql); later versions are migrated one by
    // one, from :/sql/pg/NNN_*.sql where the dialects differ, else from the shared :/sql/NNN_*.sql.
    static int serverBaseline();

    // "PARI": marks a file as ours (PRAGMA application_id).
    static constexpr int ApplicationId = 0x50415249;

    static int latestVersion();
    int schemaVersion() const;
    QString path() const { return m_path; }
    // Opened read-only because the file or its folder cannot be written: reading and checking work, writes are
    // refused with "the database is read-only".
    bool isReadOnly() const { return m_readOnly; }
    // A database on a PostgreSQL server rather than a SQLite file.
    bool isServer() const { return m_server != nullptr; }
    // How many times the server connection was lost and made again (serverReconnectIfLost): what others changed in
    // between was announced to no one.
    int serverReconnects() const { return m_reconnects; }
    QSqlDatabase& sql() { return m_db; }
    // The raw handle for bulk writes, scripts and backup, where QtSql's per-row overhead would dominate. Null for a
    // server database.
    sqlite3* handle() const { return m_handle; }
    // The libpq handle of a server database, for COPY (bulk import, parindex copy); null for a SQLite file.
    pg_conn* serverHandle() const { return m_server; }
    // A server's bulk write: the rows, in COPY's text form, sent through "COPY table (columns) FROM STDIN".
    Status serverCopyIn(const QByteArray& copyStatement, const QByteArray& rows);
    // The same, the rows made a chunk at a time while the server takes in the previous one: next() returns the next
    // chunk of whole rows, and an empty one at the end.
    Status serverCopyIn(const QByteArray& copyStatement, const std::function<QByteArray()>& next);
    // A server's bulk read in one round trip, in PostgreSQL's binary form (no number printed by the server nor parsed
    // here): each row of the named statement is a key (bigint) and two bytea of big-endian bigints (both NULL for
    // none); visit gets each place of the two as a pair, with its row's key. Server databases only.
    Status serverPairs(std::string_view name, std::initializer_list<sql::Binding> values,
                       const std::function<void(qint64 key, qint64 first, qint64 second)>& visit);
    // Switches a table's own triggers off inside the open transaction (ALTER TABLE ... DISABLE TRIGGER USER), which
    // only the table's owner may do: false, and nothing changed, for another role or outside a transaction. Back on at
    // ROLLBACK, or by resumeTriggers before COMMIT. Every other session waits for the table until then. With a
    // trigger's name, only that one (the audit trigger of a table whose lock trigger stays on).
    Result<bool> suspendTriggers(const char* table, const char* trigger = "USER");
    Status resumeTriggers(const char* table, const char* trigger = "USER");

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

    // One state of a SQLite file for several reads: a deferred transaction, begun with a read so that its snapshot is
    // taken now. Nothing on a server, or inside a transaction the caller already holds (whose own writes the reads
    // must see). Ended when destroyed.
    class ReadSnapshot
    {
    public:
        explicit ReadSnapshot(Database& db);
        ~ReadSnapshot();
        ReadSnapshot(const ReadSnapshot&) = delete;
        ReadSnapshot& operator=(const ReadSnapshot&) = delete;
        // Begun here: a read that another connection begins now sees the same state or a later one.
        bool isOwn() const { return m_open; }
        enum class Renewal
        {
            Same, // ended and begun again with no commit by any other connection in between
            Moved, // ended and begun again, and another connection committed in between
            Kept, // not ended (a statement is still being read, or not our snapshot): the reads go on in the old state
        };
        // Ends this snapshot and begins the next one. Same proves that the state did not change from the first
        // snapshot's start to the new one's, so a read another connection began in between saw that one state.
        Renewal renew();

    private:
        bool begin();
        void end();
        qint64 dataVersion() const;

        Database& m_db;
        bool m_open = false;
        qint64 m_version = -1;
    };

    // Runs the named statement of :/sql/queries with values bound by placeholder name, through this connection's
    // cache of prepared statements (see storage/Sql.h). The error names the statement; the log has its values.
    Result<sql::Query> run(std::string_view name, std::initializer_list<sql::Binding> values = {});
    // The named statement held for a bulk write (see sql::Prepared).
    Result<sql::Prepared> prepare(std::string_view name);
    sql::Cache& statements() { return *m_statements; }

    // Runs a statement with positional values; the error names the statement and the bound values.
    Result<QSqlQuery> exec(const QString& sql, std::initializer_list<QVariant> values = {});
    // Runs a script of several statements (triggers included) through SQLite directly.
    Status execScript(const QString& script);
    Status integrityCheck();
    // Copies the database to targetPath through a temporary file beside it; an existing file is replaced only
    // when overwrite is true, and only once the copy is whole.
    Status backupTo(const QString& targetPath, bool overwrite = false);
    // Replaces the database at path by a checked copy of backupPath (ours, integrity ok). The current file and its
    // -wal/-shm are kept aside as PATH.before-restore-<timestamp>, whose path is returned (empty if there was none).
    // No connection to path may be open.
    static Result<QString> restore(const QString& path, const QString& backupPath);

    // The account connected to a server database, as the server sees it (resources/sql/pg/010_roles.sql): its role
    // ("secretariat", "appraiser", "unit", "viewer"; empty for a login with none here) and a unit account's unit.
    // Read once when the database is opened. Empty for a SQLite file, which has no accounts.
    struct Account
    {
        QString role;
        qint64 unitId = 0;
        QString unitName;
    };
    const Account& account() const { return m_account; }
    // The password of a new login as the server stores it (SCRAM-SHA-256, encrypted here by libpq), so that the
    // password itself never travels to the server nor appears in its logs. Server databases only.
    Result<QString> encryptPassword(const QString& login, const QString& password);

    // The OS user, recorded as the author of every change in a SQLite file. On a server the triggers record the
    // server's session user instead, which a client cannot choose.
    static QString currentActor();

private:
    friend class sql::Query;
    friend class sql::Prepared;
    // The cached statement of that name if no one holds it, else a new one of its own (entry null).
    Result<sqlite3_stmt*> acquire(std::string_view name, sql::Cache::Entry** entry);
    Database();
    static Result<std::unique_ptr<Database>> openPath(const QString& path, bool mayCreate, int maxVersion,
                                                      const QString& password = QString());
    Status configure();
    Status migrate(int maxVersion);
    // The message people see for a failed statement: never the SQL, which goes to the debug log.
    Error failure(const QString& what, int code, const QString& databaseText) const;

    // The server backend (ServerBackend.cpp).
    static Result<std::unique_ptr<Database>> openServer(const QString& uri, bool mayCreate, int maxVersion,
                                                        const QString& password);
    Status serverConfigure(bool mayCreate);
    Status serverMigrate(int maxVersion);
    // The session's role when it may not create roles (neither superuser nor CREATEROLE), else empty.
    QString serverLacksCreateRole();
    Status serverExecScript(const QString& script);
    // check's part on a server: no score without its unit and criterion, and the keys an import added back NOT VALID
    // validated where this role owns the table.
    Status serverCheckKeys();
    Result<sql::Query> serverRun(std::string_view name, std::initializer_list<sql::Binding> values);
    // The named statement run with its values (resultFormat 1: binary columns): the result, which the caller frees.
    Result<pg_result*> serverExecute(std::string_view name, std::initializer_list<sql::Binding> values,
                                     int resultFormat = 0);
    // A named statement's failure as people see it (the server's rules, else the statement's name); frees result.
    Error serverRunFailure(pg_result* result, const QString& shownName, std::initializer_list<sql::Binding> values);
    Result<sql::Prepared> serverPrepare(std::string_view name);
    const sql::Cache::ServerText* serverStatement(std::string_view name, Error* error);
    // A server's failure as a user's sentence; constraint, the name PostgreSQL gives with a broken key (23503).
    Error serverFailure(const QString& what, const QByteArray& sqlState, const QString& databaseText,
                        const QString& constraint = QString()) const;
    // A refusal by the server's rules (the finalisation lock, an account's rights) as a sentence, or nothing.
    std::optional<Error> serverRefusal(const pg_result* result) const;
    std::optional<Error> serverRefusal(const QByteArray& sqlState, const QString& text, const QString& detail) const;
    Status serverReadAccount();
    // After COMMIT or ROLLBACK: the queries held for the transaction go (see m_heldQueries).
    void endTransaction();
    // Before a statement: a server connection found lost outside a transaction is made again (ServerBackend.cpp).
    void serverReconnectIfLost();

    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
    sqlite3* m_handle = nullptr;
    pg_conn* m_server = nullptr; // owned by the QPSQL connection
    bool m_readOnly = false;
    // A server's QSqlQuery objects made inside a transaction, kept until it ends: QPSQL frees a statement with
    // DEALLOCATE when its last copy goes, which fails inside a transaction a failed statement has aborted and prints
    // "Unable to free statement" (see exec).
    bool m_inTransaction = false;
    // Whether the server connection was outside any transaction at its last statement: only then is a lost one made
    // again (a transaction of the program's own, or one a copy begins by BEGIN, is gone with it).
    bool m_serverIdle = true;
    // Why the last attempt to connect again failed; empty while connected. Until the pause has passed, none is made.
    QString m_reconnectError;
    QDeadlineTimer m_reconnectPause {0};
    int m_reconnects = 0;
    QList<QSqlQuery> m_heldQueries;
    Account m_account;
    // A server's schema version, from the first look at the database (serverConfigure) or after migrating it, and
    // whether the account was read with it, so that neither is asked again (a file's version is read each time).
    int m_serverVersion = -1;
    bool m_accountRead = false;
    std::unique_ptr<sql::Cache> m_statements;
};

} // namespace par
