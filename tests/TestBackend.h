#pragma once

// Which backend a test binary runs on: a SQLite file (the default), or, with PARINDEX_TEST_BACKEND=pg (set by ctest
// for the ".pg" runs, whose fixture starts the throwaway cluster of scripts/pg-test-cluster.sh in this build's
// PARINDEX_TEST_PG_DIR), a fresh database on the PostgreSQL server for every test, dropped after it.
//
// The same test sources run on both; what only a SQLite file can do is skipped on the server with the reason
// (SKIP_ON_SERVER), never passed as if it had run.
#include <QAtomicInt>
#include <QFile>
#include <QRegularExpression>
#include <QString>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <libpq-fe.h>

#include <unistd.h>

namespace testbackend {

inline bool onServer()
{
    return qEnvironmentVariable("PARINDEX_TEST_BACKEND") == QLatin1String("pg");
}

// The cluster's URI (its maintenance database), or empty with the reason it is not there.
inline QString clusterUri(QString* why)
{
    QString dir = qEnvironmentVariable("PARINDEX_TEST_PG_DIR");
#ifdef PARINDEX_TEST_PG_DIR
    // The build's own cluster folder: ctest gives the tests one environment variable only (a list would be split).
    if (dir.isEmpty())
        dir = QStringLiteral(PARINDEX_TEST_PG_DIR);
#endif
    if (dir.isEmpty()) {
        *why = QStringLiteral("PARINDEX_TEST_PG_DIR is not set: run the server tests through ctest, whose fixture "
                              "starts a throwaway PostgreSQL cluster (scripts/pg-test-cluster.sh)");
        return {};
    }
    QFile unavailable(dir + QStringLiteral("/unavailable"));
    if (unavailable.open(QIODevice::ReadOnly)) {
        *why = QStringLiteral("no PostgreSQL server for the tests: ")
            + QString::fromUtf8(unavailable.readAll()).trimmed();
        return {};
    }
    QFile uri(dir + QStringLiteral("/uri"));
    if (!uri.open(QIODevice::ReadOnly)) {
        *why = QStringLiteral("the test cluster in %1 was not started (see scripts/pg-test-cluster.sh)").arg(dir);
        return {};
    }
    return QString::fromUtf8(uri.readAll()).trimmed();
}

// postgresql://AUTHORITY/DBNAME?QUERY with another DBNAME: the path right after the authority, not a socket folder
// in the query.
inline QString withDatabase(const QString& uri, const QString& database)
{
    const qsizetype slash = uri.indexOf(u'/', uri.indexOf(QLatin1String("://")) + 3);
    const qsizetype query = uri.indexOf(u'?', slash);
    return uri.left(slash + 1) + database + (query < 0 ? QString() : uri.mid(query));
}

// The same address with another login (the user name before the '@').
inline QString withUser(const QString& uri, const QString& user)
{
    QString out = uri;
    out.replace(QRegularExpression(QStringLiteral("^postgresql://[^@/]*@")),
                QStringLiteral("postgresql://") + user + QStringLiteral("@"));
    return out;
}

// Runs one statement on the cluster's maintenance database; the server's message if it failed, else empty.
inline QString adminExec(const QString& cluster, const QString& sql)
{
    PGconn* conn = PQconnectdb(cluster.toUtf8().constData());
    QString error;
    if (PQstatus(conn) != CONNECTION_OK) {
        error = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    } else {
        PGresult* r = PQexec(conn, sql.toUtf8().constData());
        if (PQresultStatus(r) != PGRES_COMMAND_OK && PQresultStatus(r) != PGRES_TUPLES_OK)
            error = QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
        PQclear(r);
    }
    PQfinish(conn);
    return error;
}

// A test's own databases dropped, then the logins it made, then each database's group roles (schema 10), which
// outlive a dropped database.
inline void dropDatabasesAndRoles(const QString& cluster, const QStringList& databases, const QStringList& logins)
{
    for (const QString& database : databases)
        adminExec(cluster, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database));
    for (const QString& login : logins)
        adminExec(cluster, QStringLiteral("DROP ROLE IF EXISTS %1").arg(login));
    for (const QString& database : databases)
        for (const char* group : {"secretariat", "appraiser", "unit", "viewer"})
            adminExec(cluster, QStringLiteral("DROP ROLE IF EXISTS %1_%2").arg(database, QLatin1String(group)));
}

// The rows of queries on a server database, every cell followed by '|' (what CliLineage's snapshot gives of a file).
inline QString serverRows(const QString& uri, const QStringList& queries)
{
    PGconn* conn = PQconnectdb(uri.toUtf8().constData());
    EXPECT_EQ(PQstatus(conn), CONNECTION_OK) << PQerrorMessage(conn);
    QString text;
    for (const QString& query : queries) {
        PGresult* r = PQexec(conn, query.toUtf8().constData());
        EXPECT_EQ(PQresultStatus(r), PGRES_TUPLES_OK) << query.toStdString() << ": " << PQresultErrorMessage(r);
        for (int row = 0; row < PQntuples(r); ++row)
            for (int column = 0; column < PQnfields(r); ++column)
                text += QString::fromUtf8(PQgetvalue(r, row, column)) + u'|';
        PQclear(r);
    }
    PQfinish(conn);
    return text;
}

// Ends the sessions of pg_stat_activity that `which` (an SQL condition: "datname = 'x'", "usename = 'y'") finds, as
// an administrator or a restarting server would, and waits until they have gone (pg_terminate_backend only signals).
inline void endSessions(const QString& cluster, const QString& which)
{
    const QString sessions = QStringLiteral("FROM pg_stat_activity WHERE %1 AND pid <> pg_backend_pid()").arg(which);
    EXPECT_EQ(adminExec(cluster, QStringLiteral("SELECT pg_terminate_backend(pid) ") + sessions), QString());
    for (int waited = 0;
         waited < 100 && serverRows(cluster, {QStringLiteral("SELECT count(*) ") + sessions}) != QLatin1String("0|");
         ++waited)
        QThread::msleep(50);
}

// The place of one test's database: a file in a temporary folder, or a database of its own on the test cluster,
// created empty (as `parindex init` wants it) and dropped, with whoever is still connected, when the test ends.
class Location
{
public:
    explicit Location(const QString& fileName = QStringLiteral("test.db"))
    {
        if (!onServer()) {
            m_path = m_dir.filePath(fileName);
            return;
        }
        m_cluster = clusterUri(&m_why);
        if (m_cluster.isEmpty())
            return;
        static QAtomicInt counter;
        m_name = QStringLiteral("t%1_%2").arg(::getpid()).arg(counter.fetchAndAddRelaxed(1) + 1);
        if (const QString error = adminExec(m_cluster, QStringLiteral("CREATE DATABASE %1").arg(m_name));
            !error.isEmpty()) {
            m_why = QStringLiteral("cannot create a test database on the cluster: ") + error;
            m_name.clear();
            return;
        }
        m_path = withDatabase(m_cluster, m_name);
    }
    ~Location()
    {
        if (!m_name.isEmpty())
            adminExec(m_cluster, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    }
    Location(const Location&) = delete;
    Location& operator=(const Location&) = delete;

    // What --db takes: the file's path or the server database's URI. Empty when the server is not there.
    QString path() const { return m_path; }
    // Why there is no database (no cluster): the test is skipped with this.
    QString unavailable() const { return m_why; }
    // The temporary folder, for the files a test writes beside its database.
    const QTemporaryDir& dir() const { return m_dir; }

private:
    QTemporaryDir m_dir;
    QString m_cluster;
    QString m_name;
    QString m_path;
    QString m_why;
};

} // namespace testbackend

// Skips the rest of a test on the server, saying what of a SQLite file it is about.
#define SKIP_ON_SERVER(reason)                                                                                         \
    do {                                                                                                               \
        if (testbackend::onServer())                                                                                   \
            GTEST_SKIP() << "SQLite file only: " << (reason);                                                          \
    } while (false)

// Skips a test whose database could not be had on the server (no cluster), with the reason.
#define SKIP_WITHOUT_DATABASE(location)                                                                                \
    do {                                                                                                               \
        if ((location).path().isEmpty())                                                                               \
            GTEST_SKIP() << (location).unavailable().toStdString();                                                    \
    } while (false)
