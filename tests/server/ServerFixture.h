#pragma once

// What the server tests share: a plain libpq session playing psql, and a fixture that gives each test a database of
// its own on the throwaway cluster (tests/TestBackend.h), dropped with the logins and databases the test made.
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

#include "../TestBackend.h"

#include <libpq-fe.h>

#include <unistd.h>

namespace servertest {

// A libpq session, as psql would open one.
class Session
{
public:
    explicit Session(const QString& uri)
        : m_conn(PQconnectdb(uri.toUtf8().constData()))
    {
    }
    ~Session() { PQfinish(m_conn); }
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    bool connected() const { return PQstatus(m_conn) == CONNECTION_OK; }
    QString connectionError() const { return QString::fromUtf8(PQerrorMessage(m_conn)); }

    // Runs sql; the error message if it failed, else empty. rows gets the first column of every row.
    QString exec(const QString& sql, QStringList* rows = nullptr)
    {
        PGresult* r = PQexec(m_conn, sql.toUtf8().constData());
        const ExecStatusType status = PQresultStatus(r);
        QString error;
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
            error = QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
            if (error.isEmpty())
                error = QStringLiteral("failed");
        } else if (rows) {
            rows->clear();
            for (int i = 0; i < PQntuples(r); ++i)
                *rows << QString::fromUtf8(PQgetvalue(r, i, 0));
        }
        PQclear(r);
        return error;
    }

    // The first value of the first row (empty for none), or "ERROR: " and the message.
    QString value(const QString& sql)
    {
        QStringList rows;
        const QString error = exec(sql, &rows);
        return error.isEmpty() ? rows.value(0) : QStringLiteral("ERROR: ") + error;
    }

private:
    PGconn* m_conn;
};

// A test with a database of its own on the cluster, named PREFIX<pid>_<n>; skipped with the reason where there is no
// cluster.
class DatabaseTest : public ::testing::Test
{
protected:
    explicit DatabaseTest(const char* prefix)
        : m_prefix(QString::fromLatin1(prefix))
    {
    }

    void SetUp() override
    {
        QString why;
        m_cluster = testbackend::clusterUri(&why);
        if (m_cluster.isEmpty())
            GTEST_SKIP() << why.toStdString();
        static int counter = 0;
        m_name = m_prefix + QStringLiteral("%1_%2").arg(::getpid()).arg(++counter);
        Session admin(m_cluster);
        ASSERT_TRUE(admin.connected()) << admin.connectionError().toStdString();
        ASSERT_EQ(admin.exec(QStringLiteral("CREATE DATABASE %1").arg(m_name)), QString());
        m_created = true;
    }

    void TearDown() override
    {
        if (!m_created)
            return;
        testbackend::dropDatabasesAndRoles(m_cluster, QStringList {m_name} + m_databases, m_roles);
    }

    QString uri() const { return testbackend::withDatabase(m_cluster, m_name); }

    QString m_prefix;
    QString m_cluster;
    QString m_name;
    QStringList m_roles; // logins the test made, dropped after it
    QStringList m_databases; // more databases of the test's own, dropped after it
    bool m_created = false;
};

} // namespace servertest
