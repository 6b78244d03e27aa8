#include "storage/Database.h"

#include "io/SafeFile.h"

#include "storage/AuditLog.h"
#include "storage/ImportArray.h"
#include "storage/RecordedSink.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QUrl>
#include <QtEndian>

#include <sqlite3.h>

#include <filesystem>
#include <system_error>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

// Failed statements with their bound values: QT_LOGGING_RULES="parindex.sql.debug=true" shows them.
Q_LOGGING_CATEGORY(lcSql, "parindex.sql", QtWarningMsg)

namespace par {

namespace {

// May this process write the file (or create files in the folder)? access() also sees a read-only mount.
bool writable(const QString& path)
{
#ifdef Q_OS_UNIX
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
#else
    return QFileInfo(path).isWritable();
#endif
}

// How to name a file SQLite may only read. A WAL file in a folder nobody may write cannot get its -shm index, and
// SQLite then reads it only as immutable; that is safe when no -wal lies beside it (no writer has it open).
QString readOnlyName(const QString& path, bool* uri)
{
    *uri = !writable(QFileInfo(path).absolutePath()) && !QFileInfo::exists(path + QStringLiteral("-wal"));
    if (!*uri)
        return path;
    return QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
        + QStringLiteral("?immutable=1");
}

// A raw SQLite connection, closed when it goes out of scope.
struct RawDb
{
    sqlite3* handle = nullptr;
    ~RawDb() { sqlite3_close(handle); }
    int open(const QString& path, int flags)
    {
        if (flags & SQLITE_OPEN_READONLY) {
            bool uri = false;
            const QString name = readOnlyName(path, &uri);
            return sqlite3_open_v2(name.toUtf8().constData(), &handle, flags | (uri ? SQLITE_OPEN_URI : 0), nullptr);
        }
        return sqlite3_open_v2(QFile::encodeName(path).constData(), &handle, flags, nullptr);
    }
    QString message() const { return QString::fromUtf8(sqlite3_errmsg(handle)); }
    // The first column of the first row, or an error.
    Result<QString> value(const char* sql) const
    {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(handle, sql, -1, &stmt, nullptr) != SQLITE_OK)
            return Error::storage(message());
        const int rc = sqlite3_step(stmt);
        QString text;
        if (rc == SQLITE_ROW)
            text = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            return Error::storage(message());
        return text;
    }
};

// Copies a whole database (its -wal content included) with SQLite's backup API into target, which must be new.
Status copyDatabase(sqlite3* source, const QString& target)
{
    RawDb out;
    if (out.open(target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) != SQLITE_OK)
        return Error::storage(out.message());
    sqlite3_backup* backup = sqlite3_backup_init(out.handle, "main", source, "main");
    if (!backup)
        return Error::storage(out.message());
    const int rc = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return Error::storage(rc == SQLITE_FULL ? Database::tr("the disk is full") : out.message());
    // The copy must read back whole before it replaces anything.
    auto check = out.value("PRAGMA quick_check");
    if (!check)
        return check.error();
    if (check.value() != QLatin1String("ok"))
        return Error::storage(check.value());
    return success();
}

// A new, empty temporary file beside target (same folder, so that the final rename is atomic).
Result<QString> temporaryBeside(const QString& target)
{
    const QFileInfo info(target);
    QTemporaryFile file(info.absoluteDir().filePath(QStringLiteral(".") + info.fileName() + QStringLiteral(".XXXXXX")));
    file.setAutoRemove(false);
    if (!file.open())
        return Error::storage(Database::tr("cannot write in %1: %2")
                                  .arg(QDir::toNativeSeparators(info.absolutePath()), file.errorString()));
    return file.fileName();
}

// Replaces target by source in one step.
Status renameOver(const QString& source, const QString& target)
{
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(source).constData(), QFile::encodeName(target).constData(), error);
    if (error)
        return Error::storage(Database::tr("cannot write %1: %2")
                                  .arg(QDir::toNativeSeparators(target), QString::fromLocal8Bit(error.message())));
    return success();
}

QString migrationPath(int version)
{
    const QDir dir(QStringLiteral(":/sql"));
    const QString prefix = QStringLiteral("%1_").arg(version, 3, 10, QChar(u'0'));
    const QStringList found = dir.entryList({prefix + QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    return found.isEmpty() ? QString() : dir.filePath(found.first());
}

QString describe(const QString& sql, std::initializer_list<QVariant> values)
{
    QStringList shown;
    for (const QVariant& v : values)
        shown << (v.isNull() ? QStringLiteral("NULL") : v.toString());
    return QStringLiteral("%1 [%2]").arg(sql.simplified(), shown.join(QStringLiteral(", ")));
}

} // namespace

Database::Database()
    : m_statements(std::make_unique<sql::Cache>())
{
}

Database::~Database()
{
    m_statements->clear();
    m_heldQueries.clear();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

int Database::latestVersion()
{
    // The highest numbered script. Numbers are handed out to work done in parallel, so a branch may hold a later
    // number before an earlier one is merged; migrate skips the gap.
    int latest = 0;
    const QStringList scripts = QDir(QStringLiteral(":/sql")).entryList({QStringLiteral("*.sql")}, QDir::Files);
    for (const QString& name : scripts)
        latest = qMax(latest, name.section(u'_', 0, 0).toInt());
    return latest;
}

Status Database::probe(const QString& path, bool mayCreate)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!info.exists()) {
        if (!mayCreate)
            return Error::storage(tr("the database %1 does not exist").arg(shown));
        if (!info.absoluteDir().exists())
            return Error::storage(
                tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(info.absolutePath())));
        return success();
    }
    if (!info.isFile())
        return Error::storage(tr("%1 is not a file").arg(shown));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::storage(tr("cannot read %1: %2").arg(shown, file.errorString()));
    const QByteArray header = file.read(100);
    file.close();
    if (header.isEmpty())
        return Error::storage(tr("%1 is empty, not a parindex database").arg(shown));
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return Error::storage(tr("%1 is not a parindex database").arg(shown));
    const qint32 applicationId = qFromBigEndian<qint32>(header.constData() + 68);
    if (applicationId == ApplicationId)
        return success();
    const Error foreign = Error::storage(
        tr("%1 is another program's database, not a parindex database; it was left as it was").arg(shown));
    if (applicationId != 0)
        return foreign;
    // Files written before the application id: ours if they hold our schema; an empty SQLite file is harmless.
    RawDb raw;
    if (raw.open(path, SQLITE_OPEN_READONLY) != SQLITE_OK)
        return Error::storage(tr("cannot read %1: %2").arg(shown, raw.message()));
    auto tables = raw.value("SELECT count(*) || ',' || count(CASE WHEN name = 'schema_migrations' THEN 1 END) "
                            "FROM sqlite_master");
    if (!tables)
        return Error::storage(tr("%1 is not a parindex database: %2").arg(shown, tables.error().message));
    const QStringList counts = tables->split(u',');
    if (counts.value(0) == QLatin1String("0") || counts.value(1) != QLatin1String("0"))
        return success();
    return foreign;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, int maxVersion)
{
    return openPath(path, true, maxVersion);
}

Result<std::unique_ptr<Database>> Database::openExisting(const QString& path, const QString& password)
{
    return openPath(path, false, -1, password);
}

Result<std::unique_ptr<Database>> Database::openPath(const QString& path, bool mayCreate, int maxVersion,
                                                     const QString& password)
{
    if (isServerUri(path))
        return openServer(path, mayCreate, maxVersion, password);
    // Nothing is written to a file until it is known to be ours (or new).
    if (Status s = probe(path, mayCreate); !s)
        return s.error();
    static QAtomicInt counter;
    std::unique_ptr<Database> db(new Database);
    db->m_path = path;
    db->m_connection = QStringLiteral("parindex-%1").arg(counter.fetchAndAddRelaxed(1));
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connection);
    if (!db->m_db.isValid())
        return Error::storage(tr("the SQLite driver for Qt is not installed (package libqt6sql6-sqlite)"));
    const QFileInfo info(path);
    // A file or folder we may not write is opened read-only: it can be read and checked, and writes are refused.
    db->m_readOnly = info.exists() && (!writable(path) || !writable(info.absolutePath()));
    bool uri = false;
    db->m_db.setDatabaseName(db->m_readOnly ? readOnlyName(path, &uri) : path);
    if (db->m_readOnly)
        db->m_db.setConnectOptions(uri ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI")
                                       : QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db->m_db.open())
        return Error::storage(
            tr("cannot open %1: %2").arg(QDir::toNativeSeparators(path), db->m_db.lastError().databaseText()));
    const QVariant handle = db->m_db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        db->m_handle = *static_cast<sqlite3* const*>(handle.constData());
    if (!db->m_handle)
        return Error::storage(tr("cannot reach the SQLite handle of %1").arg(path));
    if (registerImportArray(db->m_handle) != SQLITE_OK || registerRecordedInto(db->m_handle) != SQLITE_OK)
        return Error::storage(
            tr("cannot open %1: %2")
                .arg(QDir::toNativeSeparators(path), QString::fromUtf8(sqlite3_errmsg(db->m_handle))));
    if (Status s = db->configure(); !s)
        return s.error();
    if (Status s = db->migrate(maxVersion); !s)
        return s.error();
    return db;
}

Status Database::configure()
{
    // A file that is not a database fails here, at the first read.
    // temp_store: statement journals and the import's scratch table stay in memory, not in /var/tmp.
    for (const char* pragma : {"PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 5000", "PRAGMA journal_mode = WAL",
                               "PRAGMA synchronous = NORMAL", "PRAGMA temp_store = MEMORY"}) {
        // A read-only file keeps its journal mode (SQLite reads a WAL file read-only as it is).
        if (m_readOnly && qstrcmp(pragma, "PRAGMA journal_mode = WAL") == 0)
            continue;
        if (Status s = execScript(QString::fromLatin1(pragma)); !s)
            return Error::storage(
                tr("%1 is not a parindex database: %2").arg(QDir::toNativeSeparators(m_path), s.error().message));
    }
    if (m_readOnly)
        return success();
    return execScript(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                                     "applied_at TEXT NOT NULL)"));
}

int Database::schemaVersion() const
{
    // A server's, known since it was opened: a round trip saved on every save (the audit log asks).
    if (m_server && m_serverVersion >= 0)
        return m_serverVersion;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Status Database::migrate(int maxVersion)
{
    if (m_server)
        return serverMigrate(maxVersion);
    const int latest = latestVersion();
    const int target = maxVersion < 0 ? latest : qMin(maxVersion, latest);
    const int current = schemaVersion();
    if (m_readOnly) {
        if (current < 0 || current < target)
            return Error::storage(tr("the database %1 is read-only and needs an upgrade that writes to it; copy it to "
                                     "a folder you may write to")
                                      .arg(QDir::toNativeSeparators(m_path)));
        return success();
    }
    if (current > latest)
        return Error::storage(tr("%1 was written by a newer parindex (schema %2, this program knows %3)")
                                  .arg(m_path)
                                  .arg(current)
                                  .arg(latest));
    for (int version = current + 1; version <= target; ++version) {
        const QString path = migrationPath(version);
        if (path.isEmpty())
            continue; // a number not merged into this build yet (see latestVersion)
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error::storage(tr("migration %1 is missing from the program").arg(version));
        // Each version is applied whole or not at all, and records itself in the same transaction.
        const QString script = QStringLiteral("BEGIN IMMEDIATE;\n%1\nINSERT INTO schema_migrations VALUES (%2, "
                                              "strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));\nCOMMIT;")
                                   .arg(QString::fromUtf8(file.readAll()))
                                   .arg(version);
        if (Status s = execScript(script); !s) {
            execScript(QStringLiteral("ROLLBACK"));
            return Error::storage(
                tr("upgrading %1 to schema %2 failed: %3").arg(m_path).arg(version).arg(s.error().message));
        }
    }
    // The mark that tells our files from other programs' (see probe), on new files and older ones alike.
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA application_id")) && q.next() && q.value(0).toInt() != ApplicationId)
        return execScript(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
    return success();
}

Error Database::failure(const QString& what, int code, const QString& databaseText) const
{
    qCDebug(lcSql).noquote() << QDir::toNativeSeparators(m_path) << what << code << databaseText;
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error::storage(tr("another program is writing to the database; try again"));
    case SQLITE_READONLY:
        return Error::storage(tr("the database is read-only"));
    case SQLITE_FULL:
        return Error::storage(tr("the disk is full"));
    case SQLITE_CONSTRAINT:
        // SQLite names neither the key nor the table; the program's own checks come first, so this is a change made
        // meanwhile by another program, said as the server says it (foreignKeyMessage), exit code 2.
        if (code == SQLITE_CONSTRAINT_FOREIGNKEY || databaseText.contains(QLatin1String("FOREIGN KEY constraint")))
            return Error::input(tr("the change refers to a record that does not exist, or removes one that other "
                                   "records still refer to (another program may have changed the database "
                                   "meanwhile); nothing was changed"));
        return Error::storage(databaseText);
    default:
        return Error::storage(databaseText);
    }
}

Status Database::execScript(const QString& script)
{
    if (m_server)
        return serverExecScript(script);
    char* message = nullptr;
    const int rc = sqlite3_exec(m_handle, script.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return success();
    const QString text = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_free(message);
    return failure(script.left(2000), rc, text);
}

namespace {

// The server's own message in QPSQL's text of an error, which is libpq's whole report ("ERROR:  message\nCONTEXT:
// ...\n(SQLSTATE)"): the first line, after its severity (in the server's language). The finalisation lock's and the
// roles' refusals start their message with words the program knows.
QString qpsqlMessage(const QString& text)
{
    const QString first = text.trimmed().section(u'\n', 0, 0);
    const qsizetype at = first.indexOf(QLatin1String(":  "));
    return at < 0 ? first : first.mid(at + 3);
}

// Its detail line, which the roles' refusals fill (role|own unit|unit|stage); empty where the server speaks another
// language than English.
QString qpsqlDetail(const QString& text)
{
    for (const QString& line : text.split(u'\n')) {
        if (line.startsWith(QLatin1String("DETAIL:  ")))
            return line.mid(9);
    }
    return QString();
}

} // namespace

Result<QSqlQuery> Database::exec(const QString& sql, std::initializer_list<QVariant> values)
{
    serverReconnectIfLost();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const bool prepared = q.prepare(sql);
    int i = 0;
    for (const QVariant& v : values)
        q.bindValue(i++, v);
    const bool ran = prepared && q.exec();
    // QPSQL prepares a named statement and frees it (DEALLOCATE) when the query's last copy goes; inside a transaction
    // that is once the transaction has ended, so that a failure, which aborts it until ROLLBACK, cannot make the
    // DEALLOCATE fail. Held after exec: prepare and exec detach a shared query.
    if (m_server && m_inTransaction)
        m_heldQueries.append(q);
    if (!prepared)
        return failure(describe(sql, values), q.lastError().nativeErrorCode().toInt(), q.lastError().databaseText());
    if (!ran) {
        // The finalisation lock speaks for itself; other failures carry the statement for the log.
        const QString text = q.lastError().databaseText();
        // QPSQL gives the SQLSTATE as the native code: an account's refusal reads as on the executor's path.
        if (m_server) {
            const QByteArray state = q.lastError().nativeErrorCode().toLatin1();
            if (auto refused = serverRefusal(state, qpsqlMessage(text), qpsqlDetail(text)))
                return *refused;
            return serverFailure(describe(sql, values), state, text.trimmed());
        }
        if (text.startsWith(QLatin1String("finalised")))
            return lockRefusal(text);
        return failure(describe(sql, values), q.lastError().nativeErrorCode().toInt(), text);
    }
    return q;
}

QString Database::currentActor()
{
    for (const char* name : {"PARINDEX_USER", "USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
    // None set (a service, a bare environment): the home folder is named after the user on every system.
    const QString home = QDir::home().dirName();
    return home.isEmpty() ? QStringLiteral("unknown") : home;
}

Database::Transaction::Transaction(Database& db, const QString& reason)
    : m_db(db)
{
    if (db.isReadOnly()) {
        m_error = Error::storage(tr("the database %1 is read-only").arg(QDir::toNativeSeparators(db.m_path)));
        return;
    }
    if (db.m_server) {
        // One writer at a time, as BEGIN IMMEDIATE gives SQLite: names are resolved and units created inside the
        // transaction, and the audit chain grows in one line. Waits as long as SQLite's busy timeout.
        if (Status s = db.execScript(QStringLiteral("BEGIN; SET LOCAL lock_timeout = '5s'; "
                                                    "SELECT pg_advisory_xact_lock(5041524900000001)"));
            !s) {
            db.execScript(QStringLiteral("ROLLBACK"));
            // The writer's turn not come within the timeout: the same words as a busy file.
            m_error = s.error().message == tr("another program is writing to the database; try again")
                ? Error::storage(tr("%1: another program is writing; try again").arg(db.m_path))
                : Error::storage(tr("cannot start a transaction on %1: %2").arg(db.m_path, s.error().message));
            return;
        }
    } else if (Status s = db.execScript(QStringLiteral("BEGIN IMMEDIATE")); !s) {
        const int code = sqlite3_errcode(db.m_handle) & 0xff;
        m_error = code == SQLITE_BUSY || code == SQLITE_LOCKED
            ? Error::storage(tr("%1: another program is writing; try again").arg(db.m_path))
            : Error::storage(tr("cannot start a transaction on %1: %2").arg(db.m_path, s.error().message));
        return;
    }
    m_open = true;
    db.m_inTransaction = true;
    // Who and why live only for this transaction (see AuditLog).
    if (Status set = AuditLog::beginChange(db, currentActor(), reason, QStringLiteral("parindex")); !set)
        m_error = set.error();
}

Database::Transaction::~Transaction()
{
    if (m_open)
        m_db.execScript(QStringLiteral("ROLLBACK"));
    m_db.endTransaction();
}

void Database::endTransaction()
{
    m_inTransaction = false;
    m_serverIdle = true;
    m_heldQueries.clear();
}

Status Database::Transaction::commit()
{
    if (!ok())
        return m_error;
    if (Status sealed = AuditLog::endChange(m_db); !sealed)
        return sealed;
    if (Status s = m_db.execScript(QStringLiteral("COMMIT")); !s)
        return Error::storage(tr("cannot save the changes to %1: %2").arg(m_db.m_path, s.error().message));
    m_open = false;
    m_db.endTransaction();
    return success();
}

Database::ReadSnapshot::ReadSnapshot(Database& db)
    : m_db(db)
{
    if (db.m_handle && sqlite3_get_autocommit(db.m_handle))
        m_open = begin();
}

Database::ReadSnapshot::~ReadSnapshot()
{
    if (m_open)
        end();
}

// BEGIN alone takes no snapshot (it is deferred): the first read does, so one follows at once.
bool Database::ReadSnapshot::begin()
{
    if (sqlite3_exec(m_db.m_handle, "BEGIN; SELECT 1 FROM sqlite_schema LIMIT 1", nullptr, nullptr, nullptr)
        != SQLITE_OK) {
        if (!sqlite3_get_autocommit(m_db.m_handle))
            sqlite3_exec(m_db.m_handle, "ROLLBACK", nullptr, nullptr, nullptr);
        return false;
    }
    m_version = dataVersion();
    if (m_version >= 0)
        return true;
    // Without the count nothing can be proved: the transaction is not left open behind a snapshot said to be closed.
    sqlite3_exec(m_db.m_handle, "ROLLBACK", nullptr, nullptr, nullptr);
    return false;
}

void Database::ReadSnapshot::end()
{
    sqlite3_exec(m_db.m_handle, "COMMIT", nullptr, nullptr, nullptr);
    m_open = false;
}

// PRAGMA data_version is the connection's count of the changes it found others had committed when it began a read
// (the wal-index header or the file's change counter moved): the same count at two starts means no commit between.
qint64 Database::ReadSnapshot::dataVersion() const
{
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(m_db.m_handle, "PRAGMA data_version", -1, &stmt, nullptr) != SQLITE_OK)
        return -1;
    const qint64 version = sqlite3_step(stmt) == SQLITE_ROW ? sqlite3_column_int64(stmt, 0) : -1;
    sqlite3_finalize(stmt);
    return version;
}

Database::ReadSnapshot::Renewal Database::ReadSnapshot::renew()
{
    if (!m_open)
        return Renewal::Kept;
    // A statement still being stepped would hold the old read open past COMMIT, and the "new" snapshot would be the
    // old one: nothing could be proved.
    for (sqlite3_stmt* s = sqlite3_next_stmt(m_db.m_handle, nullptr); s; s = sqlite3_next_stmt(m_db.m_handle, s)) {
        if (sqlite3_stmt_busy(s))
            return Renewal::Kept;
    }
    const qint64 before = m_version;
    end();
    m_open = begin();
    return m_open && m_version == before ? Renewal::Same : Renewal::Moved;
}

Status Database::integrityCheck()
{
    // The server keeps its own pages; its keys are proved again, as foreign_key_check proves a file's.
    if (m_server)
        return serverCheckKeys();
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return Error::storage(q.lastError().text());
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return Error::storage(q.lastError().text());
    while (q.next())
        problems << tr("row %1 of %2 refers to a missing %3")
                        .arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString());
    if (!problems.isEmpty())
        return Error::storage(problems.join(u'\n'));
    return success();
}

Status Database::backupTo(const QString& targetPath, bool overwrite)
{
    if (m_server)
        return Error::usage(tr("a server database is backed up on the server, with pg_dump"));
    const QString shown = QDir::toNativeSeparators(targetPath);
    if (QFileInfo(targetPath).absoluteFilePath() == QFileInfo(m_path).absoluteFilePath())
        return Error::input(tr("a backup cannot overwrite the database it copies"));
    if (QFileInfo::exists(targetPath) && !overwrite)
        return Error::input(tr("%1 already exists").arg(shown));
    // Written beside the target and renamed when whole: a failed backup leaves any earlier one as it was.
    const Status copied
        = SafeFile::write(targetPath, [this](const QString& partial) { return copyDatabase(m_handle, partial); });
    if (!copied)
        return Error::storage(tr("backup to %1 failed: %2").arg(shown, copied.error().message));
    return success();
}

Result<QString> Database::restore(const QString& path, const QString& backupPath)
{
    if (isServerUri(path) || isServerUri(backupPath))
        return Error::usage(tr("a server database is restored on the server, with pg_restore or psql"));
    const QString shown = QDir::toNativeSeparators(backupPath);
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(backupPath).absoluteFilePath())
        return Error::usage(tr("the backup and the database are the same file"));
    if (!QFileInfo::exists(backupPath))
        return Error::input(tr("the backup %1 does not exist").arg(shown));
    if (Status s = probe(backupPath, false); !s)
        return Error::input(s.error().message);
    RawDb source;
    if (source.open(backupPath, SQLITE_OPEN_READONLY) != SQLITE_OK)
        return Error::input(tr("cannot read %1: %2").arg(shown, source.message()));
    auto integrity = source.value("PRAGMA integrity_check");
    if (!integrity || integrity.value() != QLatin1String("ok"))
        return Error::input(
            tr("the backup %1 is damaged: %2").arg(shown, integrity ? integrity.value() : integrity.error().message));
    auto version = source.value("SELECT max(version) FROM schema_migrations");
    if (!version || version->isEmpty())
        return Error::input(tr("%1 is not a parindex database").arg(shown));

    // The backup, whole and checked, beside the database before anything of the current file moves.
    auto temporary = temporaryBeside(path);
    if (!temporary)
        return temporary.error();
    if (Status s = copyDatabase(source.handle, temporary.value()); !s) {
        QFile::remove(temporary.value());
        return Error::storage(tr("cannot restore %1: %2").arg(QDir::toNativeSeparators(path), s.error().message));
    }

    // The current file is kept aside with its -wal and -shm, after folding the log into it where it can be
    // (a damaged file is kept as it is). No -wal of the old file may stay beside the restored one: SQLite would
    // apply it to the wrong database.
    QString aside;
    if (QFileInfo::exists(path)) {
        {
            RawDb current;
            if (current.open(path, SQLITE_OPEN_READWRITE) == SQLITE_OK)
                sqlite3_exec(current.handle, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
        }
        aside = path + QStringLiteral(".before-restore-")
            + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QString()}) {
            if (!QFileInfo::exists(path + suffix))
                continue;
            if (Status s = renameOver(path + suffix, aside + suffix); !s) {
                QFile::remove(temporary.value());
                return s.error();
            }
        }
    }
    if (Status s = renameOver(temporary.value(), path); !s) {
        QFile::remove(temporary.value());
        return s.error();
    }
    return aside;
}

Error Database::lockRefusal(const QString& text)
{
    static const char* const refusals[] = {
        QT_TR_NOOP("finalised: reopen the cohort-year before changing its scores"),
        QT_TR_NOOP("finalised: reopen the cohort-year before changing its members"),
        QT_TR_NOOP("finalised: reopen the cohort-year before changing its framework"),
        QT_TR_NOOP("finalised: reopen the cohort-year before changing its published ranks"),
        QT_TR_NOOP("finalised: reopen the cohort-year before changing how its index aggregates"),
        QT_TR_NOOP("finalised: reopen the cohort-year before moving its cohort"),
        QT_TR_NOOP("finalised: reopen the cohort-year before removing its cohort"),
        QT_TR_NOOP("finalised: reopen the cohort-year before removing its index"),
        QT_TR_NOOP("finalised: reopen the cohort-year before removing its units"),
        QT_TR_NOOP("finalised: reopen the cohort-year before renumbering its units"),
        QT_TR_NOOP("finalised: the cohort-year is already final"),
        QT_TR_NOOP("finalised: only \"parindex reopen\" with a reason changes a finalisation"),
        QT_TR_NOOP("finalised: only \"parindex reopen\" with a reason removes a finalisation"),
    };
    for (const char* source : refusals) {
        if (text == QLatin1String(source))
            return Error::input(tr(source));
    }
    return Error::input(text);
}

} // namespace par
