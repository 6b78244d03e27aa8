// The PostgreSQL server as a second backend, tested for real: the ctest fixture starts a throwaway cluster
// (scripts/pg-test-cluster.sh) and gives its folder in PARINDEX_TEST_PG_DIR; each test gets a database of its own on
// it. The real executable runs against a SQLite file and the server alike; a plain libpq connection plays psql, the
// other program that must not get past the lock or forge the log.
//
// Without PostgreSQL every test here is skipped with the reason (never passed as if it had run).
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include "../QtPrintTo.h"

#include <libpq-fe.h>

#include <unistd.h>

namespace {

struct Outcome
{
    int code = -1;
    QString out;
    QString err;
};

Outcome runParindex(const QStringList& arguments, const QMap<QString, QString>& extraEnv = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    for (auto it = extraEnv.begin(); it != extraEnv.end(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PARINDEX_EXE), arguments);
    EXPECT_TRUE(process.waitForFinished(180'000)) << arguments.join(u' ').toStdString();
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString data(const char* name)
{
    return QStringLiteral(PARINDEX_TEST_DATA "/") + QString::fromLatin1(name);
}

// The cluster's URI (its maintenance database), or empty with the reason it is not there.
QString clusterUri(QString* why)
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

QString withDatabase(const QString& uri, const QString& database)
{
    // postgresql://AUTHORITY/DBNAME?QUERY: the path right after the authority, not a socket folder in the query.
    const qsizetype slash = uri.indexOf(u'/', uri.indexOf(QLatin1String("://")) + 3);
    const qsizetype query = uri.indexOf(u'?', slash);
    return uri.left(slash + 1) + database + (query < 0 ? QString() : uri.mid(query));
}

QString withUser(const QString& uri, const QString& user)
{
    QString out = uri;
    out.replace(QRegularExpression(QStringLiteral("^postgresql://[^@/]*@")),
                QStringLiteral("postgresql://") + user + QStringLiteral("@"));
    return out;
}

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

    QString value(const QString& sql)
    {
        QStringList rows;
        const QString error = exec(sql, &rows);
        return error.isEmpty() ? rows.value(0) : QStringLiteral("ERROR: ") + error;
    }

private:
    PGconn* m_conn;
};

// Everything a result rests on, and the log: a refused change must leave all of it as it was.
const char* const Tables[] = {"units",           "indices",          "cohorts",         "cohort_members",
                              "frameworks",      "criteria",         "bands",           "scores",
                              "published_ranks", "finalisations",    "report_settings", "illustrative_criteria",
                              "unit_events",     "unit_event_units", "audit_log",       "audit_sequence"};

QString contentDigest(Session& s)
{
    QStringList parts;
    for (const char* table : Tables)
        parts << s.value(QStringLiteral("SELECT '%1:' || count(*) || ':' || md5(coalesce(string_agg(x::text, '|' "
                                        "ORDER BY x::text), '')) FROM %1 x")
                             .arg(QLatin1String(table)));
    return parts.join(u'\n');
}

class Server : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString why;
        m_cluster = clusterUri(&why);
        if (m_cluster.isEmpty())
            GTEST_SKIP() << why.toStdString();
        static int counter = 0;
        m_name = QStringLiteral("t%1_%2").arg(::getpid()).arg(++counter);
        Session admin(m_cluster);
        ASSERT_TRUE(admin.connected()) << admin.connectionError().toStdString();
        ASSERT_EQ(admin.exec(QStringLiteral("CREATE DATABASE %1").arg(m_name)), QString());
        m_created = true;
    }

    void TearDown() override
    {
        if (!m_created)
            return;
        Session admin(m_cluster);
        admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
        for (const QString& role : m_roles)
            admin.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
    }

    QString uri() const { return withDatabase(m_cluster, m_name); }
    QString file() const { return m_dir.filePath(QStringLiteral("par.db")); }

    // A login role of the test's own, with the rights a clerk's program needs on this database.
    QString addRole(const QString& suffix)
    {
        const QString role = m_name + u'_' + suffix;
        Session admin(m_cluster);
        EXPECT_EQ(admin.exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(role)), QString());
        m_roles << role;
        Session db(uri());
        EXPECT_EQ(db.exec(QStringLiteral("GRANT ALL ON ALL TABLES IN SCHEMA public TO %1; "
                                         "GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO %1")
                              .arg(role)),
                  QString());
        return role;
    }

    Outcome on(const QString& db, const QStringList& command, const QStringList& more = {},
               const QMap<QString, QString>& env = {})
    {
        return runParindex(command + QStringList {QStringLiteral("--db"), db} + more, env);
    }

    QString m_cluster;
    QString m_name;
    QStringList m_roles;
    bool m_created = false;
    QTemporaryDir m_dir;
};

const QStringList Districts {QStringLiteral("--index"),  QStringLiteral("BKCCHC"),
                             QStringLiteral("--year"),   QStringLiteral("2018"),
                             QStringLiteral("--cohort"), QStringLiteral("UBND huyện, thành phố")};

} // namespace

TEST_F(Server, DemoGivesSqlitesResultsToTheLastByte)
{
    const Outcome local = on(file(), {QStringLiteral("demo")});
    ASSERT_EQ(local.code, 0) << local.err.toStdString();
    const Outcome server = on(uri(), {QStringLiteral("demo")});
    ASSERT_EQ(server.code, 0) << server.err.toStdString();

    const QString csv = QStringLiteral("csv"), json = QStringLiteral("json"), table = QStringLiteral("table");
    QList<QStringList> commands;
    for (const QString& format : {table, csv, json}) {
        const QStringList f {QStringLiteral("--format"), format};
        commands << QStringList {QStringLiteral("ranking"), QStringLiteral("--index"), QStringLiteral("PAR"),
                                 QStringLiteral("--year"), QStringLiteral("2018")}
                + f;
        commands << QStringList {QStringLiteral("ranking")} + Districts + f;
        commands << QStringList {QStringLiteral("ranking"),       QStringLiteral("--index"), QStringLiteral("BKCCHC"),
                                 QStringLiteral("--year"),        QStringLiteral("2017"),    QStringLiteral("--cohort"),
                                 QStringLiteral("Sở, ban, ngành")}
                + f;
        commands << QStringList {QStringLiteral("trend"), QStringLiteral("--index"), QStringLiteral("PAR"),
                                 QStringLiteral("--unit"), QStringLiteral("Bắc Kạn")}
                + f;
        commands << QStringList {QStringLiteral("trend"), QStringLiteral("--index"), QStringLiteral("BKCCHC"),
                                 QStringLiteral("--unit"), QStringLiteral("Huyện Pác Nặm")}
                + f;
        commands << QStringList {QStringLiteral("trend"),  QStringLiteral("--index"),   QStringLiteral("BKCCHC"),
                                 QStringLiteral("--unit"), QStringLiteral("Sở Nội vụ"), QStringLiteral("--lang"),
                                 QStringLiteral("vi")}
                + f;
    }
    for (const QString& format : {table, csv})
        commands << QStringList {QStringLiteral("lost"),    QStringLiteral("--index"),  QStringLiteral("PAR"),
                                 QStringLiteral("--year"),  QStringLiteral("2018"),     QStringLiteral("--unit"),
                                 QStringLiteral("Bắc Kạn"), QStringLiteral("--format"), format};
    for (const QStringList& command : commands) {
        const Outcome a = on(file(), command.mid(0, 1), command.mid(1));
        const Outcome b = on(uri(), command.mid(0, 1), command.mid(1));
        const std::string shown = command.join(u' ').toStdString();
        EXPECT_EQ(a.code, 0) << shown << ": " << a.err.toStdString();
        EXPECT_EQ(b.code, a.code) << shown << ": " << b.err.toStdString();
        EXPECT_FALSE(a.out.isEmpty()) << shown;
        EXPECT_EQ(b.out, a.out) << shown; // byte for byte
        EXPECT_EQ(b.err, a.err) << shown;
    }

    // check: the same findings; the first lines name the database and count the log.
    const Outcome a = on(file(), {QStringLiteral("check")});
    const Outcome b = on(uri(), {QStringLiteral("check")});
    ASSERT_EQ(a.code, 0) << a.err.toStdString();
    ASSERT_EQ(b.code, 0) << b.err.toStdString();
    EXPECT_TRUE(b.out.contains(QStringLiteral("integrity ok"))) << b.out.toStdString();
    EXPECT_TRUE(b.out.contains(QStringLiteral("hash chain intact"))) << b.out.toStdString();
    auto findings = [](const QString& text) { return text.section(u'\n', 2); };
    EXPECT_FALSE(findings(a.out).trimmed().isEmpty());
    EXPECT_EQ(findings(b.out), findings(a.out));
}

TEST_F(Server, TheLogsActorIsTheSessionUserWhateverTheClientClaims)
{
    ASSERT_EQ(on(uri(), {QStringLiteral("demo")}).code, 0);
    const QString clerk = addRole(QStringLiteral("clerk"));
    // The program says who it thinks the user is; the server records who it authenticated.
    const Outcome done = on(withUser(uri(), clerk), {QStringLiteral("finalise")},
                            Districts
                                + QStringList {QStringLiteral("--allow-incomplete"), QStringLiteral("--reason"),
                                               QStringLiteral("QĐ 12/QĐ-UBND")},
                            {{QStringLiteral("PARINDEX_USER"), QStringLiteral("director")},
                             {QStringLiteral("USER"), QStringLiteral("director")}});
    ASSERT_EQ(done.code, 0) << done.err.toStdString();
    Session admin(uri());
    EXPECT_EQ(admin.value(QStringLiteral("SELECT actor || ' ' || source || ' ' || reason FROM audit_log "
                                         "WHERE action = 'finalise' AND year = 2018")),
              clerk + QStringLiteral(" parindex QĐ 12/QĐ-UBND"));
    EXPECT_EQ(admin.value(QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = 'director'")),
              QStringLiteral("0"));

    // psql, as the clerk, claiming to be parindex and someone else: the actor is still the clerk.
    Session psql(withUser(uri(), clerk));
    ASSERT_TRUE(psql.connected()) << psql.connectionError().toStdString();
    EXPECT_EQ(psql.exec(QStringLiteral("SET parindex.source = 'parindex'; SET parindex.actor = 'director'; "
                                       "SET ROLE NONE; UPDATE units SET code = 'PN' WHERE name = 'Huyện Pác Nặm'")),
              QString());
    EXPECT_EQ(admin.value(QStringLiteral("SELECT actor FROM audit_log WHERE entity = 'unit' AND action = 'update' "
                                         "ORDER BY id DESC LIMIT 1")),
              clerk);

    // The log shows it, and the chain still holds: the outside entry is sealed at the next change by parindex.
    const Outcome log = on(uri(), {QStringLiteral("log")}, {QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(log.code, 0) << log.err.toStdString();
    EXPECT_TRUE(log.out.contains(clerk)) << log.out.toStdString();
    const Outcome check = on(uri(), {QStringLiteral("check")});
    EXPECT_EQ(check.code, 0) << check.err.toStdString();
    EXPECT_TRUE(check.out.contains(QStringLiteral("hash chain intact"))) << check.out.toStdString();
}

TEST_F(Server, AFinalisedCohortYearRefusesPsql)
{
    ASSERT_EQ(on(uri(), {QStringLiteral("demo")}).code, 0);
    ASSERT_EQ(on(uri(), {QStringLiteral("finalise")},
                 Districts
                     + QStringList {QStringLiteral("--allow-incomplete"), QStringLiteral("--reason"),
                                    QStringLiteral("QĐ 12")})
                  .code,
              0);
    const Outcome before = on(uri(), {QStringLiteral("ranking")}, Districts);
    Session psql(uri());
    ASSERT_TRUE(psql.connected()) << psql.connectionError().toStdString();
    const QString digest = contentDigest(psql);
    const QString oneScore = QStringLiteral(
        "(unit_id, criterion_id) IN (SELECT m.unit_id, c.id FROM cohort_members m JOIN cohorts co ON co.id = "
        "m.cohort_id "
        "JOIN frameworks f ON f.index_id = co.index_id AND f.year = m.year JOIN criteria c ON c.framework_id = f.id "
        "WHERE co.name = 'UBND huyện, thành phố' AND m.year = 2018 LIMIT 1)");
    EXPECT_TRUE(psql.exec(QStringLiteral("UPDATE scores SET value_micro = value_micro + 1 WHERE stage = 'final' AND ")
                          + oneScore)
                    .contains(QStringLiteral("finalised")));
    EXPECT_TRUE(
        psql.exec(QStringLiteral("DELETE FROM scores WHERE ") + oneScore).contains(QStringLiteral("finalised")));
    // The member-swap trick and a plain removal of the finalisation are refused too.
    EXPECT_TRUE(psql.exec(QStringLiteral("DELETE FROM cohort_members WHERE year = 2018 AND cohort_id = (SELECT id FROM "
                                         "cohorts WHERE name = 'UBND huyện, thành phố')"))
                    .contains(QStringLiteral("finalised")));
    EXPECT_TRUE(psql.exec(QStringLiteral("DELETE FROM finalisations")).contains(QStringLiteral("finalised")));
    EXPECT_TRUE(psql.exec(QStringLiteral("DELETE FROM audit_log")).contains(QStringLiteral("append-only")));
    EXPECT_TRUE(psql.exec(QStringLiteral("UPDATE audit_log SET actor = 'x'")).contains(QStringLiteral("append-only")));
    EXPECT_EQ(contentDigest(psql), digest);
    EXPECT_EQ(on(uri(), {QStringLiteral("ranking")}, Districts).out, before.out);

    // reopen, with a reason, lifts it; the change from psql is then logged as made outside parindex.
    ASSERT_EQ(on(uri(), {QStringLiteral("reopen")},
                 Districts + QStringList {QStringLiteral("--reason"), QStringLiteral("sửa điểm")})
                  .code,
              0);
    EXPECT_EQ(psql.exec(QStringLiteral("UPDATE scores SET value_micro = value_micro + 1 WHERE stage = 'final' AND ")
                        + oneScore),
              QString());
    EXPECT_EQ(psql.value(QStringLiteral("SELECT source FROM audit_log ORDER BY id DESC LIMIT 1")),
              QStringLiteral("external"));
    EXPECT_EQ(
        psql.value(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'reopen' AND reason = 'sửa điểm'")),
        QStringLiteral("1"));
}

TEST_F(Server, ARefusedImportChangesNothing)
{
    const Outcome framework = on(uri(), {QStringLiteral("index"), QStringLiteral("import")},
                                 {QStringLiteral("--index"), QStringLiteral("DDCI"), QStringLiteral("--name"),
                                  QStringLiteral("Chỉ số CCHC các sở"), QStringLiteral("--year"),
                                  QStringLiteral("2024"), data("ddci_2024_framework.csv")});
    ASSERT_EQ(framework.code, 0) << framework.err.toStdString();
    const QStringList where {QStringLiteral("--index"), QStringLiteral("DDCI"), QStringLiteral("--year"),
                             QStringLiteral("2024")};
    Session psql(uri());
    ASSERT_TRUE(psql.connected());
    QString digest = contentDigest(psql);
    // A bad last row: nothing of the rows before it, no unit, no cohort, no log entry.
    const Outcome bad = on(uri(), {QStringLiteral("scores"), QStringLiteral("import")},
                           where
                               + QStringList {QStringLiteral("--cohort"), QStringLiteral("Các sở mới"),
                                              data("ddci_2024_bad_last_row.csv")});
    EXPECT_EQ(bad.code, 2) << bad.err.toStdString();
    EXPECT_EQ(contentDigest(psql), digest);

    const Outcome good = on(uri(), {QStringLiteral("scores"), QStringLiteral("import")},
                            where + QStringList {data("ddci_2024_scores.csv")});
    ASSERT_EQ(good.code, 0) << good.err.toStdString();
    ASSERT_EQ(
        on(uri(), {QStringLiteral("finalise")},
           where + QStringList {QStringLiteral("--allow-incomplete"), QStringLiteral("--reason"), QStringLiteral("x")})
            .code,
        0);
    digest = contentDigest(psql);
    // The same values again into the finalised year: refused, nothing changed.
    const Outcome locked = on(uri(), {QStringLiteral("scores"), QStringLiteral("import")},
                              where + QStringList {data("ddci_2024_scores.csv")});
    EXPECT_EQ(locked.code, 2) << locked.err.toStdString();
    EXPECT_TRUE(locked.err.contains(QStringLiteral("final"))) << locked.err.toStdString();
    EXPECT_EQ(contentDigest(psql), digest);
}

TEST_F(Server, CheckSeesAnEntryDeletedBehindTheTriggers)
{
    ASSERT_EQ(on(uri(), {QStringLiteral("demo")}).code, 0);
    const Outcome clean = on(uri(), {QStringLiteral("check")});
    ASSERT_EQ(clean.code, 0) << clean.err.toStdString();
    EXPECT_TRUE(clean.out.contains(QStringLiteral("hash chain intact"))) << clean.out.toStdString();
    // Only the database's owner can do this, and it still shows.
    Session owner(uri());
    ASSERT_EQ(
        owner.exec(QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER; DELETE FROM audit_log WHERE id = 5; "
                                  "UPDATE audit_log SET reason = 'edited' WHERE id = 9; "
                                  "ALTER TABLE audit_log ENABLE TRIGGER USER")),
        QString());
    const Outcome check = on(uri(), {QStringLiteral("check")});
    EXPECT_NE(check.code, 0);
    const QString all = check.out + check.err;
    EXPECT_TRUE(all.contains(QStringLiteral("audit entry 5 is missing"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("audit entry 9 was changed"))) << all.toStdString();
}

TEST_F(Server, InitCreatesTheSchemaOnceAndRefusesAnotherProgramsDatabase)
{
    // Reading an empty database: refused, nothing written.
    const Outcome empty = on(uri(), {QStringLiteral("ranking")}, Districts);
    EXPECT_EQ(empty.code, 3);
    EXPECT_TRUE(empty.err.contains(QStringLiteral("parindex init"))) << empty.err.toStdString();
    Session psql(uri());
    EXPECT_EQ(psql.value(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")),
              QStringLiteral("0"));

    const Outcome init = on(uri(), {QStringLiteral("init")});
    ASSERT_EQ(init.code, 0) << init.err.toStdString();
    // Every version up to the newest is recorded (the baseline records those it builds at once).
    EXPECT_EQ(psql.value(QStringLiteral("SELECT count(*) = max(version) AND max(version) >= 9 FROM schema_migrations")),
              QStringLiteral("t"));
    EXPECT_EQ(on(uri(), {QStringLiteral("init")}).code, 2);
    const Outcome check = on(uri(), {QStringLiteral("check")});
    EXPECT_EQ(check.code, 0) << check.err.toStdString();
    EXPECT_TRUE(check.out.contains(QStringLiteral("Audit log: 0 entries"))) << check.out.toStdString();

    Session admin(m_cluster);
    const QString other = m_name + QStringLiteral("_other");
    ASSERT_EQ(admin.exec(QStringLiteral("CREATE DATABASE %1").arg(other)), QString());
    {
        Session foreign(withDatabase(m_cluster, other));
        ASSERT_EQ(foreign.exec(QStringLiteral("CREATE TABLE invoices (id int)")), QString());
    }
    const Outcome refused = on(withDatabase(m_cluster, other), {QStringLiteral("init")});
    EXPECT_EQ(refused.code, 3);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("another program"))) << refused.err.toStdString();
    {
        Session foreign(withDatabase(m_cluster, other));
        EXPECT_EQ(foreign.value(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")),
                  QStringLiteral("1"));
    }
    admin.exec(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(other));
}

namespace {

Outcome copy(const QString& from, const QString& to, const QMap<QString, QString>& env = {})
{
    return runParindex({QStringLiteral("copy"), QStringLiteral("--from"), from, QStringLiteral("--to"), to}, env);
}

// The digests copy printed, without the last line (which names the two databases).
QString digestTable(const Outcome& o)
{
    QStringList lines = o.out.split(u'\n', Qt::SkipEmptyParts);
    if (!lines.isEmpty())
        lines.removeLast();
    return lines.join(u'\n');
}

const QStringList Outputs[] = {
    QStringList {QStringLiteral("ranking"), QStringLiteral("--format"), QStringLiteral("csv")} + Districts,
    {QStringLiteral("ranking"), QStringLiteral("--index"), QStringLiteral("PAR"), QStringLiteral("--year"),
     QStringLiteral("2018")},
    {QStringLiteral("trend"), QStringLiteral("--index"), QStringLiteral("PAR"), QStringLiteral("--unit"),
     QStringLiteral("Bắc Kạn"), QStringLiteral("--format"), QStringLiteral("csv")},
    {QStringLiteral("trend"), QStringLiteral("--index"), QStringLiteral("BKCCHC"), QStringLiteral("--unit"),
     QStringLiteral("Huyện Pác Nặm"), QStringLiteral("--format"), QStringLiteral("json")},
    {QStringLiteral("log"), QStringLiteral("--format"), QStringLiteral("csv")},
};

QString bigScores(const QTemporaryDir& dir, int units = 20000)
{
    QByteArray big = "unit;1.1;1.2;2.1;2.2\n";
    for (int i = 0; i < units; ++i)
        big += "Đơn vị " + QByteArray::number(i) + ";1;2.5;3;4.12345\n";
    QFile file(dir.filePath(QStringLiteral("big.csv")));
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(big);
    return file.fileName();
}

} // namespace

TEST_F(Server, CopyToTheServerAndBackKeepsEveryValueAndTheLog)
{
    ASSERT_EQ(on(file(), {QStringLiteral("demo")}).code, 0);
    // History beyond the demo's: a finalisation reopened with its reason.
    ASSERT_EQ(on(file(), {QStringLiteral("finalise")},
                 Districts
                     + QStringList {QStringLiteral("--allow-incomplete"), QStringLiteral("--reason"),
                                    QStringLiteral("QĐ 12")})
                  .code,
              0);
    ASSERT_EQ(on(file(), {QStringLiteral("reopen")},
                 Districts + QStringList {QStringLiteral("--reason"), QStringLiteral("sửa điểm")})
                  .code,
              0);
    const QString back = m_dir.filePath(QStringLiteral("back.db"));
    const Outcome there = copy(file(), uri());
    ASSERT_EQ(there.code, 0) << there.err.toStdString();
    const Outcome home = copy(uri(), back);
    ASSERT_EQ(home.code, 0) << home.err.toStdString();
    EXPECT_FALSE(there.out.contains(QStringLiteral("DIFFERENT"))) << there.out.toStdString();
    // The same checksums both ways: file, server and file hold the same values, row for row.
    EXPECT_EQ(digestTable(home), digestTable(there));
    EXPECT_TRUE(there.out.contains(QStringLiteral("audit_log"))) << there.out.toStdString();

    for (const QStringList& command : Outputs) {
        const Outcome a = on(file(), command.mid(0, 1), command.mid(1));
        const Outcome b = on(uri(), command.mid(0, 1), command.mid(1));
        const Outcome c = on(back, command.mid(0, 1), command.mid(1));
        const std::string shown = command.join(u' ').toStdString();
        EXPECT_EQ(a.code, 0) << shown << ": " << a.err.toStdString();
        EXPECT_FALSE(a.out.isEmpty()) << shown;
        EXPECT_EQ(b.out, a.out) << shown;
        EXPECT_EQ(c.out, a.out) << shown;
    }

    // The log came as it was (its actors and reasons, not the copying role) and nothing was added to it.
    Session psql(uri());
    EXPECT_EQ(psql.value(QStringLiteral("SELECT count(*) FROM audit_log WHERE reason = 'sửa điểm'")),
              QStringLiteral("1"));
    EXPECT_EQ(psql.value(QStringLiteral("SELECT count(*) = max(id) AND max(id) = (SELECT last FROM audit_sequence) "
                                        "FROM audit_log")),
              QStringLiteral("t"));
    // The triggers are back on: the next change is logged, numbered after the copied entries, and chained to them.
    ASSERT_EQ(on(uri(), {QStringLiteral("finalise")},
                 Districts
                     + QStringList {QStringLiteral("--allow-incomplete"), QStringLiteral("--reason"),
                                    QStringLiteral("QĐ 13")})
                  .code,
              0);
    EXPECT_EQ(psql.value(QStringLiteral("SELECT reason FROM audit_log ORDER BY id DESC LIMIT 1")),
              QStringLiteral("QĐ 13"));
    EXPECT_TRUE(psql.exec(QStringLiteral("DELETE FROM finalisations")).contains(QStringLiteral("finalised")));
    for (const QString& db : {uri(), back}) {
        const Outcome check = on(db, {QStringLiteral("check")});
        EXPECT_EQ(check.code, 0) << check.err.toStdString();
        EXPECT_TRUE(check.out.contains(QStringLiteral("hash chain intact"))) << check.out.toStdString();
    }
}

TEST_F(Server, CopyByTheDatabasesOwnerNeedsNoSuperuser)
{
    ASSERT_EQ(on(file(), {QStringLiteral("demo")}).code, 0);
    const QString owner = m_name + QStringLiteral("_owner");
    const QString database = m_name + QStringLiteral("_owned");
    Session admin(m_cluster);
    ASSERT_EQ(admin.exec(QStringLiteral("CREATE ROLE %1 LOGIN NOSUPERUSER").arg(owner)), QString());
    m_roles << owner;
    ASSERT_EQ(admin.exec(QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(database, owner)), QString());
    const QString target = withUser(withDatabase(m_cluster, database), owner);
    const Outcome done = copy(file(), target);
    EXPECT_EQ(done.code, 0) << done.err.toStdString();
    EXPECT_EQ(on(target, Outputs[4].mid(0, 1), Outputs[4].mid(1)).out,
              on(file(), Outputs[4].mid(0, 1), Outputs[4].mid(1)).out);
    // A role that may write rows but does not own the tables cannot switch the log off: refused, nothing written.
    const QString clerk = addRole(QStringLiteral("clerk"));
    ASSERT_EQ(on(uri(), {QStringLiteral("init")}).code, 0);
    Session db(uri());
    EXPECT_EQ(db.exec(QStringLiteral("GRANT ALL ON ALL TABLES IN SCHEMA public TO %1; "
                                     "GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO %1")
                          .arg(clerk)),
              QString());
    const QString digest = contentDigest(db);
    const Outcome refused = copy(file(), withUser(uri(), clerk));
    EXPECT_EQ(refused.code, 3);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("owner"))) << refused.err.toStdString();
    EXPECT_EQ(contentDigest(db), digest);
    admin.exec(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(database));
}

TEST_F(Server, CopyRefusesADestinationThatHoldsDataAndChangesNothing)
{
    ASSERT_EQ(on(file(), {QStringLiteral("demo")}).code, 0);
    ASSERT_EQ(on(uri(), {QStringLiteral("demo")}).code, 0);
    Session psql(uri());
    const QString digest = contentDigest(psql);
    const Outcome refused = copy(file(), uri());
    EXPECT_EQ(refused.code, 2);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("not empty"))) << refused.err.toStdString();
    EXPECT_EQ(contentDigest(psql), digest);

    // A file that exists, whatever it holds, is refused too, and left as it was.
    const QString existing = m_dir.filePath(QStringLiteral("existing.db"));
    {
        QFile f(existing);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("mine");
    }
    EXPECT_EQ(copy(uri(), existing).code, 2);
    QFile f(existing);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("mine"));
}

TEST_F(Server, ACopyKilledMidwayLeavesNoHalfDatabase)
{
    ASSERT_EQ(on(file(), {QStringLiteral("demo")}).code, 0);
    ASSERT_EQ(on(file(), {QStringLiteral("index"), QStringLiteral("import")},
                 {QStringLiteral("--index"), QStringLiteral("DDCI"), QStringLiteral("--year"), QStringLiteral("2024"),
                  data("ddci_2024_framework.csv")})
                  .code,
              0);
    ASSERT_EQ(on(file(), {QStringLiteral("scores"), QStringLiteral("import")},
                 {QStringLiteral("--index"), QStringLiteral("DDCI"), QStringLiteral("--year"), QStringLiteral("2024"),
                  bigScores(m_dir)})
                  .code,
              0);
    // What a whole copy holds, and what an empty database holds.
    ASSERT_EQ(copy(file(), uri()).code, 0);
    Session reference(uri());
    const QString whole = contentDigest(reference);
    Session admin(m_cluster);
    int killedWhileRunning = 0;
    int attempt = 0;
    for (int delay : {150, 400, 700, 1000, 1500, 2500}) {
        const QString name = QStringLiteral("%1_k%2").arg(m_name).arg(++attempt);
        ASSERT_EQ(admin.exec(QStringLiteral("CREATE DATABASE %1").arg(name)), QString());
        QProcess process;
        process.start(QStringLiteral(PARINDEX_EXE),
                      {QStringLiteral("copy"), QStringLiteral("--from"), file(), QStringLiteral("--to"),
                       withDatabase(m_cluster, name)});
        ASSERT_TRUE(process.waitForStarted());
        QThread::msleep(delay);
        const bool running = process.state() == QProcess::Running;
        process.kill();
        process.waitForFinished();
        QString state;
        {
            Session target(withDatabase(m_cluster, name));
            const bool schema = target.value(QStringLiteral("SELECT count(*) FROM pg_tables WHERE tablename = "
                                                            "'audit_sequence'"))
                == QLatin1String("1");
            state = !schema ? QStringLiteral("none")
                : target.value(QStringLiteral("SELECT count(*) FROM units")) == QLatin1String("0")
                ? QStringLiteral("empty")
                : contentDigest(target) == whole ? QStringLiteral("whole")
                                                 : QStringLiteral("HALF");
            // An empty schema left behind takes the next copy (it checks for rows, not for tables).
        }
        admin.exec(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(name));
        EXPECT_NE(state, QStringLiteral("HALF")) << "killed after " << delay << " ms";
        if (running)
            ++killedWhileRunning;
        if (!running || state == QLatin1String("whole"))
            break;
    }
    EXPECT_GT(killedWhileRunning, 0);
}

TEST_F(Server, ABulkImportGivesSqlitesValuesAndLog)
{
    const QStringList framework {QStringLiteral("--index"),      QStringLiteral("DDCI"),
                                 QStringLiteral("--name"),       QStringLiteral("Chỉ số CCHC các sở"),
                                 QStringLiteral("--year"),       QStringLiteral("2024"),
                                 data("ddci_2024_framework.csv")};
    const QStringList where {QStringLiteral("--index"), QStringLiteral("DDCI"), QStringLiteral("--year"),
                             QStringLiteral("2024")};
    const QString big = bigScores(m_dir, 3000);
    // Half the values again, changed: the second import replaces them, and the log says which.
    QFile changed(m_dir.filePath(QStringLiteral("changed.csv")));
    ASSERT_TRUE(changed.open(QIODevice::WriteOnly));
    changed.write("unit;1.1;2.2\n");
    for (int i = 0; i < 3000; i += 2)
        changed.write("Đơn vị " + QByteArray::number(i) + ";0.99999;" + QByteArray(i % 4 ? "4.12345" : "3.5") + "\n");
    changed.close();
    for (const QString& db : {file(), uri()}) {
        ASSERT_EQ(on(db, {QStringLiteral("index"), QStringLiteral("import")}, framework).code, 0);
        const Outcome first = on(db, {QStringLiteral("scores"), QStringLiteral("import")}, where + QStringList {big});
        ASSERT_EQ(first.code, 0) << first.err.toStdString();
        const Outcome second
            = on(db, {QStringLiteral("scores"), QStringLiteral("import")}, where + QStringList {changed.fileName()});
        ASSERT_EQ(second.code, 0) << second.err.toStdString();
    }
    const QStringList ranking
        = QStringList {QStringLiteral("ranking"), QStringLiteral("--format"), QStringLiteral("csv")} + where;
    EXPECT_EQ(on(uri(), ranking.mid(0, 1), ranking.mid(1)).out, on(file(), ranking.mid(0, 1), ranking.mid(1)).out);
    // The log: the same entries (the change sets and the values replaced, old -> new), but for who and when.
    auto entries = [this](const QString& db) {
        const Outcome log = on(db, {QStringLiteral("log")}, {QStringLiteral("--format"), QStringLiteral("csv")});
        EXPECT_EQ(log.code, 0) << log.err.toStdString();
        QStringList out;
        for (const QString& line : log.out.split(u'\n', Qt::SkipEmptyParts))
            out << line.section(u',', 2); // after the time and the actor
        return out;
    };
    const QStringList local = entries(file());
    // 3,000 units and their memberships, 1,500 + 750 values replaced: fewer entries than the 12,000 values imported.
    EXPECT_GT(local.size(), 6000);
    EXPECT_LT(local.size(), 12000);
    EXPECT_EQ(entries(uri()), local);
    // Every value to the last decimal: the sums of the millionths, by stage, on both.
    const QString sums
        = QStringLiteral("SELECT stage || ' ' || count(*) || ' ' || sum(value_micro) FROM scores GROUP BY "
                         "stage ORDER BY stage");
    Session psql(uri());
    QStringList server;
    ASSERT_EQ(psql.exec(sums, &server), QString());
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {file(), sums + u';'});
    ASSERT_TRUE(shell.waitForFinished(60'000));
    EXPECT_EQ(server.join(u'\n'), QString::fromUtf8(shell.readAllStandardOutput()).trimmed());
    EXPECT_FALSE(server.isEmpty());
}

TEST_F(Server, AnImportByARoleThatDoesNotOwnTheScoresKeepsTheTriggers)
{
    ASSERT_EQ(on(uri(), {QStringLiteral("index"), QStringLiteral("import")},
                 {QStringLiteral("--index"), QStringLiteral("DDCI"), QStringLiteral("--name"),
                  QStringLiteral("Chỉ số CCHC các sở"), QStringLiteral("--year"), QStringLiteral("2024"),
                  data("ddci_2024_framework.csv")})
                  .code,
              0);
    const QString clerk = addRole(QStringLiteral("clerk"));
    const Outcome done = on(withUser(uri(), clerk), {QStringLiteral("scores"), QStringLiteral("import")},
                            {QStringLiteral("--index"), QStringLiteral("DDCI"), QStringLiteral("--year"),
                             QStringLiteral("2024"), data("ddci_2024_scores.csv")});
    ASSERT_EQ(done.code, 0) << done.err.toStdString();
    // Only the owner may switch the log off: the clerk's values are each logged by the triggers, under the clerk.
    Session psql(uri());
    EXPECT_EQ(psql.value(QStringLiteral("SELECT count(*) FROM scores WHERE value_micro IS NOT NULL")),
              psql.value(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'score' AND action = 'insert' "
                                        "AND actor = '%1'")
                             .arg(clerk)));
    EXPECT_NE(psql.value(QStringLiteral("SELECT count(*) FROM scores")), QStringLiteral("0"));
    EXPECT_EQ(psql.value(QStringLiteral("SELECT count(*) FROM pg_trigger WHERE tgrelid = 'scores'::regclass AND NOT "
                                        "tgisinternal AND tgenabled = 'D'")),
              QStringLiteral("0"));
}

TEST(ServerAddress, APasswordOnTheCommandLineIsRefused)
{
    const Outcome r
        = runParindex({QStringLiteral("ranking"), QStringLiteral("--db"),
                       QStringLiteral("postgresql://clerk:secret@127.0.0.1:1/parindex"), QStringLiteral("--index"),
                       QStringLiteral("PAR"), QStringLiteral("--year"), QStringLiteral("2018")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("pgpass"))) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(QStringLiteral("secret"))) << r.err.toStdString();
}
