#pragma once

// The throwaway PostgreSQL cluster the ctest fixture starts (scripts/pg-test-cluster.sh, folder in
// PARINDEX_TEST_PG_DIR), shared by the server test programs.
#include <QFile>
#include <QString>

// The cluster's URI (its maintenance database), or empty with the reason it is not there.
inline QString clusterUri(QString* why)
{
    const QString dir = qEnvironmentVariable("PARINDEX_TEST_PG_DIR");
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

inline QString withDatabase(const QString& uri, const QString& database)
{
    // postgresql://AUTHORITY/DBNAME?QUERY: the path right after the authority, not a socket folder in the query.
    const qsizetype slash = uri.indexOf(u'/', uri.indexOf(QLatin1String("://")) + 3);
    const qsizetype query = uri.indexOf(u'?', slash);
    return uri.left(slash + 1) + database + (query < 0 ? QString() : uri.mid(query));
}
