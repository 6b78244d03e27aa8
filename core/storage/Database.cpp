#include "storage/Database.h"

#include "storage/AuditLog.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace par {

namespace {

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

Database::~Database()
{
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

int Database::latestVersion()
{
    int version = 0;
    while (!migrationPath(version + 1).isEmpty())
        ++version;
    return version;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, int maxVersion)
{
    static QAtomicInt counter;
    std::unique_ptr<Database> db(new Database);
    db->m_path = path;
    db->m_connection = QStringLiteral("parindex-%1").arg(counter.fetchAndAddRelaxed(1));
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connection);
    if (!db->m_db.isValid())
        return Error::storage(tr("the SQLite driver for Qt is not installed (package libqt6sql6-sqlite)"));
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return Error::storage(tr("%1 is not a file").arg(path));
    if (!info.absoluteDir().exists())
        return Error::storage(tr("the folder %1 does not exist").arg(info.absolutePath()));
    db->m_db.setDatabaseName(path);
    if (!db->m_db.open())
        return Error::storage(tr("cannot open %1: %2").arg(path, db->m_db.lastError().text()));
    const QVariant handle = db->m_db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        db->m_handle = *static_cast<sqlite3* const*>(handle.constData());
    if (!db->m_handle)
        return Error::storage(tr("cannot reach the SQLite handle of %1").arg(path));
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
        if (Status s = execScript(QString::fromLatin1(pragma)); !s)
            return Error::storage(tr("%1 is not a parindex database: %2").arg(m_path, s.error().message));
    }
    return execScript(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                                     "applied_at TEXT NOT NULL)"));
}

int Database::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Status Database::migrate(int maxVersion)
{
    const int latest = latestVersion();
    const int target = maxVersion < 0 ? latest : qMin(maxVersion, latest);
    const int current = schemaVersion();
    if (current > latest)
        return Error::storage(tr("%1 was written by a newer parindex (schema %2, this program knows %3)")
                                  .arg(m_path)
                                  .arg(current)
                                  .arg(latest));
    for (int version = current + 1; version <= target; ++version) {
        QFile file(migrationPath(version));
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
    return success();
}

Status Database::execScript(const QString& script)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_handle, script.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return success();
    const QString text = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_free(message);
    return Error::storage(text);
}

Result<QSqlQuery> Database::exec(const QString& sql, std::initializer_list<QVariant> values)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Error::storage(tr("%1: %2").arg(q.lastError().text(), describe(sql, values)));
    int i = 0;
    for (const QVariant& v : values)
        q.bindValue(i++, v);
    if (!q.exec()) {
        // The finalisation lock speaks for itself; other failures carry the statement for the log.
        const QString text = q.lastError().databaseText();
        if (text.startsWith(QLatin1String("finalised")))
            return Error::input(text);
        return Error::storage(tr("%1: %2").arg(q.lastError().text(), describe(sql, values)));
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
    return QStringLiteral("unknown");
}

Database::Transaction::Transaction(Database& db, const QString& reason)
    : m_db(db)
{
    if (Status s = db.execScript(QStringLiteral("BEGIN IMMEDIATE")); !s) {
        const int code = sqlite3_errcode(db.m_handle) & 0xff;
        m_error = code == SQLITE_BUSY || code == SQLITE_LOCKED
            ? Error::storage(tr("%1: another program is writing; try again").arg(db.m_path))
            : Error::storage(tr("cannot start a transaction on %1: %2").arg(db.m_path, s.error().message));
        return;
    }
    m_open = true;
    // Who and why live only for this transaction (see AuditLog).
    if (Status set = AuditLog::beginChange(db, currentActor(), reason, QStringLiteral("parindex")); !set)
        m_error = set.error();
}

Database::Transaction::~Transaction()
{
    if (m_open)
        m_db.execScript(QStringLiteral("ROLLBACK"));
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
    return success();
}

Status Database::integrityCheck()
{
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

Status Database::backupTo(const QString& targetPath)
{
    sqlite3* target = nullptr;
    if (sqlite3_open(targetPath.toUtf8().constData(), &target) != SQLITE_OK) {
        const QString text = QString::fromUtf8(sqlite3_errmsg(target));
        sqlite3_close(target);
        return Error::storage(tr("cannot write %1: %2").arg(targetPath, text));
    }
    sqlite3_backup* backup = sqlite3_backup_init(target, "main", m_handle, "main");
    int rc = backup ? sqlite3_backup_step(backup, -1) : sqlite3_errcode(target);
    if (backup)
        sqlite3_backup_finish(backup);
    const QString text = QString::fromUtf8(sqlite3_errmsg(target));
    sqlite3_close(target);
    if (rc != SQLITE_DONE)
        return Error::storage(tr("backup to %1 failed: %2").arg(targetPath, text));
    return success();
}

} // namespace par
