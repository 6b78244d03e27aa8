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
#include "../RunParindex.h"
#include "../TestBackend.h"
#include "../report/Poppler.h"
#include "ServerFixture.h"

using servertest::Session;
using testbackend::clusterUri;
using testbackend::withDatabase;
using testbackend::withUser;

namespace {

// Variables to set for a run of the executable, besides those of the tests' own environment.
QProcessEnvironment environment(const QMap<QString, QString>& variables)
{
    QProcessEnvironment out;
    for (auto it = variables.begin(); it != variables.end(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

QString data(const char* name)
{
    return QStringLiteral(PARINDEX_TEST_DATA "/") + QString::fromLatin1(name);
}

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

// How many transactions of the database ended in an error or a ROLLBACK, once parindex's sessions on it have closed:
// a closing session has given the server its counts before it leaves pg_stat_activity. A statement that fails on the
// server (a missing table's) also leaves an ERROR in the server's log.
QString rolledBack(Session& s, const QString& database)
{
    for (int i = 0; i < 100; ++i) {
        if (s.value(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = '%1' "
                                   "AND application_name = 'parindex'")
                        .arg(database))
            == QLatin1String("0"))
            break;
        QThread::msleep(50);
    }
    return s.value(QStringLiteral("SELECT xact_rollback FROM pg_stat_database WHERE datname = '%1'").arg(database));
}

class Server : public servertest::DatabaseTest
{
protected:
    Server()
        : DatabaseTest("t")
    {
    }

    QString file() const { return m_dir.filePath(QStringLiteral("par.db")); }

    Outcome on(const QString& db, const QStringList& command, const QStringList& more = {},
               const QMap<QString, QString>& env = {}, const QByteArray& input = {})
    {
        return runParindex(command + QStringList {QStringLiteral("--db"), db} + more, environment(env), input);
    }

    // The departments' index DDCI with its 2024 framework, on the test's database, as the owner.
    Outcome importDdciFramework()
    {
        return on(uri(), {QStringLiteral("index"), QStringLiteral("import")},
                  {QStringLiteral("--index"), QStringLiteral("DDCI"), QStringLiteral("--name"),
                   QStringLiteral("Chỉ số CCHC các sở"), QStringLiteral("--year"), QStringLiteral("2024"),
                   data("ddci_2024_framework.csv")});
    }

    // A login made by "parindex user add" (the password from the environment), removed with the test.
    QString addAccount(const QString& suffix, const QString& role, const QString& unit = QString())
    {
        const QString login = m_name + u'_' + suffix;
        QStringList options {QStringLiteral("--role"), role};
        if (!unit.isEmpty())
            options << QStringLiteral("--unit") << unit;
        const Outcome added = on(uri(), {QStringLiteral("user"), QStringLiteral("add")}, options + QStringList {login},
                                 {{QStringLiteral("PARINDEX_NEW_PASSWORD"), QStringLiteral("mật khẩu 1")}});
        EXPECT_EQ(added.code, 0) << added.err.toStdString();
        m_roles << login;
        return login;
    }

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
    // A secretariat's login: table rights alone give a login nothing since version 10.
    const QString clerk = addAccount(QStringLiteral("clerk"), QStringLiteral("secretariat"));
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

// Waits until a parindex session on the database waits for a lock another session holds (up to 30 s).
bool waitsForALock(Session& watcher)
{
    for (int waited = 0; waited < 30'000; waited += 50) {
        if (watcher.value(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                         "AND application_name = 'parindex' AND wait_event_type = 'Lock'"))
            == QLatin1String("1"))
            return true;
        QThread::msleep(50);
    }
    return false;
}

TEST_F(Server, AnImportWhoseUnitIsRemovedMeanwhileSaysWhatIsMissing)
{
    const QStringList where {QStringLiteral("--index"), QStringLiteral("DDCI"), QStringLiteral("--year"),
                             QStringLiteral("2024")};
    ASSERT_EQ(
        on(uri(), {QStringLiteral("index"), QStringLiteral("import")},
           where + QStringList {QStringLiteral("--name"), QStringLiteral("Chỉ số"), data("ddci_2024_framework.csv")})
            .code,
        0);
    Session psql(uri());
    ASSERT_EQ(psql.exec(QStringLiteral("INSERT INTO units (name, kind) VALUES ('Sở Tạm', 'department')")), QString());
    QFile scores(m_dir.filePath(QStringLiteral("one.csv")));
    ASSERT_TRUE(scores.open(QIODevice::WriteOnly));
    scores.write("Đơn vị;1.1;1.2;2.1;2.2;3\nSở Tạm;7,5;11;14;15;45,25\n");
    scores.close();
    // Another session removes the unit (its triggers and keys off, as only a superuser can) after the import has
    // found it and before the import writes it: the import's write waits for that session, which then commits.
    Session remover(uri());
    ASSERT_EQ(remover.exec(QStringLiteral("SET session_replication_role = replica; BEGIN; "
                                          "DELETE FROM units WHERE name = 'Sở Tạm'")),
              QString());
    QProcess import;
    import.start(QStringLiteral(PARINDEX_EXE),
                 QStringList {QStringLiteral("scores"), QStringLiteral("import"), QStringLiteral("--db"), uri()} + where
                     + QStringList {scores.fileName()});
    ASSERT_TRUE(import.waitForStarted());
    ASSERT_TRUE(waitsForALock(psql));
    ASSERT_EQ(remover.exec(QStringLiteral("COMMIT")), QString());
    const QString digest = contentDigest(psql);
    ASSERT_TRUE(import.waitForFinished(60'000));
    const QString err = QString::fromUtf8(import.readAllStandardError());
    EXPECT_EQ(import.exitCode(), 2) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("a unit this change refers to does not exist"))) << err.toStdString();
    for (const char* raw : {"violates", "fkey", "cohort_members", "statement"})
        EXPECT_FALSE(err.contains(QLatin1String(raw))) << err.toStdString();
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
    // Looked at and created without a statement failing on the server (schema_migrations is asked for only once
    // the database holds it).
    EXPECT_EQ(rolledBack(psql, m_name), QStringLiteral("0"));
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
    EXPECT_EQ(rolledBack(admin, other), QStringLiteral("0"));
    {
        Session foreign(withDatabase(m_cluster, other));
        EXPECT_EQ(foreign.value(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")),
                  QStringLiteral("1"));
    }
    admin.exec(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(other));
}

TEST_F(Server, AnOwnerWithoutCreateRoleIsToldWhatInitNeeds)
{
    const QString owner = m_name + QStringLiteral("_plain");
    const QString database = m_name + QStringLiteral("_plaindb");
    Session admin(m_cluster);
    ASSERT_EQ(admin.exec(QStringLiteral("CREATE ROLE %1 LOGIN NOSUPERUSER NOCREATEROLE").arg(owner)), QString());
    m_roles << owner;
    ASSERT_EQ(admin.exec(QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(database, owner)), QString());
    m_databases << database;
    const QString target = withUser(withDatabase(m_cluster, database), owner);
    // Migration 010 creates the database's group roles: what the owner lacks is said, not "no role".
    const Outcome refused = on(target, {QStringLiteral("init")});
    EXPECT_EQ(refused.code, 3);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("%1 may not create the database's group roles").arg(owner)))
        << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("ALTER ROLE %1 CREATEROLE").arg(owner)))
        << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("a superuser runs parindex init on it once")))
        << refused.err.toStdString();
    EXPECT_FALSE(refused.err.contains(QStringLiteral("no role"))) << refused.err.toStdString();
    // As the message says: with CREATEROLE the owner's next command finishes the schema and its roles.
    ASSERT_EQ(admin.exec(QStringLiteral("ALTER ROLE %1 CREATEROLE").arg(owner)), QString());
    const Outcome done = on(target, {QStringLiteral("check")});
    EXPECT_EQ(done.code, 0) << done.err.toStdString();
    EXPECT_EQ(admin.value(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname LIKE '%1\\_%'").arg(database)),
              QStringLiteral("4"));
    admin.exec(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(database));
}

namespace {

Outcome copy(const QString& from, const QString& to, const QMap<QString, QString>& env = {})
{
    return runParindex({QStringLiteral("copy"), QStringLiteral("--from"), from, QStringLiteral("--to"), to},
                       environment(env));
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

// The owner's DDCI 2024 import of a file, started while shell holds a transaction open: the shell commits once the
// import waits for a lock (seen by watcher).
Outcome importOnceTheShellCommits(const QString& db, const QString& file, Session& shell, Session& watcher)
{
    QProcess import;
    import.start(QStringLiteral(PARINDEX_EXE),
                 {QStringLiteral("scores"), QStringLiteral("import"), QStringLiteral("--db"), db,
                  QStringLiteral("--index"), QStringLiteral("DDCI"), QStringLiteral("--year"), QStringLiteral("2024"),
                  file});
    const bool waited = import.waitForStarted() && waitsForALock(watcher);
    EXPECT_TRUE(waited) << "the import did not wait for the shell";
    EXPECT_EQ(shell.exec(QStringLiteral("COMMIT")), QString());
    EXPECT_TRUE(import.waitForFinished(60'000));
    return {import.exitCode(), QString::fromUtf8(import.readAllStandardOutput()),
            QString::fromUtf8(import.readAllStandardError())};
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
    // An office's owner: no superuser, but CREATEROLE, which the schema's migration 010 needs for the database's four
    // group roles (the README's server set-up says so).
    ASSERT_EQ(admin.exec(QStringLiteral("CREATE ROLE %1 LOGIN NOSUPERUSER CREATEROLE").arg(owner)), QString());
    m_roles << owner;
    ASSERT_EQ(admin.exec(QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(database, owner)), QString());
    const QString target = withUser(withDatabase(m_cluster, database), owner);
    const Outcome done = copy(file(), target);
    EXPECT_EQ(done.code, 0) << done.err.toStdString();
    EXPECT_EQ(on(target, Outputs[4].mid(0, 1), Outputs[4].mid(1)).out,
              on(file(), Outputs[4].mid(0, 1), Outputs[4].mid(1)).out);
    // A role that may write rows but does not own the tables cannot switch the log off: refused, nothing written.
    ASSERT_EQ(on(uri(), {QStringLiteral("init")}).code, 0);
    const QString clerk = addAccount(QStringLiteral("clerk"), QStringLiteral("secretariat"));
    Session db(uri());
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
    // The values replaced, logged by one statement on the server (AuditLog::appendAll), sealed into the chain.
    const Outcome check = on(uri(), {QStringLiteral("check")});
    EXPECT_EQ(check.code, 0) << check.err.toStdString();
    EXPECT_TRUE(check.out.contains(QStringLiteral("hash chain intact"))) << check.out.toStdString();
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

// The owner's import logs its new units and members a statement at a time, numbering the entries itself with the
// log's numbering trigger off: the log must still be numbered without a gap up to audit_sequence, sealed, and every
// trigger back on after COMMIT, and a later change (by the triggers) numbered after it.
TEST_F(Server, AnOwnersImportLeavesTheLogNumberedSealedAndEveryTriggerOn)
{
    ASSERT_EQ(importDdciFramework().code, 0);
    // The row triggers BEFORE INSERT of scores are dropped for the COPY and made again from their definitions.
    const QString triggers
        = QStringLiteral("SELECT count(*) FILTER (WHERE tgtype & 7 = 7) || E'\\n' || string_agg(tgname::text || ' ' || "
                         "tgenabled::text || ' ' || pg_get_triggerdef(oid), E'\\n' ORDER BY tgname) FROM pg_trigger "
                         "WHERE tgrelid = 'scores'::regclass AND NOT tgisinternal");
    const QString triggersBefore = Session(uri()).value(triggers);
    ASSERT_TRUE(triggersBefore.startsWith(QStringLiteral("2\n"))) << triggersBefore.toStdString();
    const Outcome done = on(uri(), {QStringLiteral("scores"), QStringLiteral("import")},
                            {QStringLiteral("--index"), QStringLiteral("DDCI"), QStringLiteral("--year"),
                             QStringLiteral("2024"), bigScores(m_dir, 500)});
    ASSERT_EQ(done.code, 0) << done.err.toStdString();
    Session psql(uri());
    EXPECT_EQ(psql.value(triggers), triggersBefore);
    EXPECT_EQ(psql.value(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'unit' AND action = 'insert' "
                                        "AND unit LIKE 'Đơn vị %' AND new_value LIKE ' / Đơn vị % / other / - > '")),
              QStringLiteral("500"));
    EXPECT_EQ(psql.value(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'cohort-member' AND action = "
                                        "'insert' AND index_code = 'DDCI' AND year = 2024 AND new_value = 'DDCI'")),
              QStringLiteral("500"));
    // The units' entries in the file's order, then the members' in the same order.
    EXPECT_EQ(psql.value(QStringLiteral("SELECT string_agg(unit, '|' ORDER BY id) FROM audit_log WHERE entity = 'unit' "
                                        "AND unit IN ('Đơn vị 0', 'Đơn vị 1', 'Đơn vị 10')")),
              QStringLiteral("Đơn vị 0|Đơn vị 1|Đơn vị 10"));
    EXPECT_EQ(psql.value(QStringLiteral("SELECT max(u.id) < min(m.id) FROM audit_log u, audit_log m WHERE u.entity = "
                                        "'unit' AND m.entity = 'cohort-member'")),
              QStringLiteral("t"));
    const Outcome check = on(uri(), {QStringLiteral("check")});
    EXPECT_EQ(check.code, 0) << check.err.toStdString();
    EXPECT_TRUE(check.out.contains(QStringLiteral("hash chain intact"))) << check.out.toStdString();
    // A later entry by the triggers follows on.
    ASSERT_EQ(psql.exec(QStringLiteral("UPDATE units SET kind = 'commune' WHERE name = 'Đơn vị 7'")), QString());
    EXPECT_EQ(psql.value(QStringLiteral("SELECT (SELECT count(*) FROM audit_log) || ' ' || (SELECT min(id) FROM "
                                        "audit_log) || ' ' || (SELECT max(id) FROM audit_log) || ' ' || (SELECT last "
                                        "FROM audit_sequence)")),
              psql.value(QStringLiteral("SELECT (SELECT max(id) FROM audit_log) || ' 1 ' || (SELECT max(id) FROM "
                                        "audit_log) || ' ' || (SELECT max(id) FROM audit_log)")));
    EXPECT_EQ(psql.value(QStringLiteral("SELECT id = (SELECT max(id) FROM audit_log) FROM audit_log WHERE entity = "
                                        "'unit' AND action = 'update'")),
              QStringLiteral("t"));
    EXPECT_EQ(psql.value(QStringLiteral("SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal AND tgenabled = 'D'")),
              QStringLiteral("0"));
    // Sealed by one UPDATE with the log's append-only trigger off for it: on again, it refuses the owner's edits.
    EXPECT_NE(psql.exec(QStringLiteral("UPDATE audit_log SET reason = 'x' WHERE entity = 'unit'")), QString());
    // (Only the shell's edit above waits for its seal.)
    EXPECT_EQ(psql.value(QStringLiteral("SELECT count(*) FILTER (WHERE hash IS NULL) || ' ' || count(*) FILTER (WHERE "
                                        "reason = 'x') FROM audit_log")),
              QStringLiteral("1 0"));
}

// The owner's import writes the entries of its new units and memberships sealed, chained to the entry before them. A
// shell's change committed while the import runs comes before them in the log, and the chain runs through it: the shell
// holds the log's sequence (its open transaction has an entry) when the import starts, and commits once the import
// waits for it.
TEST_F(Server, AnEntryCommittedByAShellWhileAnImportWaitsStaysInTheChain)
{
    ASSERT_EQ(importDdciFramework().code, 0);
    Session psql(uri());
    Session shell(uri());
    ASSERT_EQ(
        shell.exec(QStringLiteral("BEGIN; UPDATE indices SET name = 'Chỉ số sửa trong psql' WHERE code = 'DDCI'")),
        QString());
    const Outcome done = importOnceTheShellCommits(uri(), bigScores(m_dir, 300), shell, psql);
    EXPECT_EQ(done.code, 0) << done.err.toStdString();
    EXPECT_EQ(psql.value(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'unit' AND action = 'insert'")),
              QStringLiteral("300"));
    EXPECT_EQ(psql.value(QStringLiteral("SELECT max(id) FILTER (WHERE source = 'external') < min(id) FILTER (WHERE "
                                        "entity = 'unit') FROM audit_log")),
              QStringLiteral("t"));
    const Outcome check = on(uri(), {QStringLiteral("check")});
    EXPECT_EQ(check.code, 0) << check.out.toStdString() << check.err.toStdString();
    EXPECT_TRUE(check.out.contains(QStringLiteral("hash chain intact"))) << check.out.toStdString();
}

// The owner's import adds the scores' foreign keys back NOT VALID, having proved every parent of what it wrote itself
// (import_dangling; ScoreImportTest.ADanglingUnitOrCriterionIsRefusedWithNothingChanged runs on the server too): they
// still refuse a shell's dangling row and a referenced unit's removal. "check" proves the whole table and validates
// them, and finds a row a superuser slipped past them.
TEST_F(Server, AnImportsKeysStillHoldAndCheckProvesThemAgain)
{
    ASSERT_EQ(importDdciFramework().code, 0);
    const Outcome done = on(uri(), {QStringLiteral("scores"), QStringLiteral("import")},
                            {QStringLiteral("--index"), QStringLiteral("DDCI"), QStringLiteral("--year"),
                             QStringLiteral("2024"), data("ddci_2024_scores.csv")});
    ASSERT_EQ(done.code, 0) << done.err.toStdString();
    Session psql(uri());
    const QString keys = QStringLiteral("SELECT string_agg(conname || ' ' || convalidated, ', ' ORDER BY conname) FROM "
                                        "pg_constraint WHERE conrelid = 'scores'::regclass AND contype = 'f'");
    EXPECT_EQ(psql.value(keys), QStringLiteral("scores_criterion_id_fkey false, scores_unit_id_fkey false"));
    const QString criterion = psql.value(QStringLiteral("SELECT min(criterion_id) FROM scores"));
    EXPECT_TRUE(psql.exec(QStringLiteral("INSERT INTO scores (unit_id, criterion_id, stage, value_micro) VALUES "
                                         "(987654, %1, 'final', 1)")
                              .arg(criterion))
                    .contains(QStringLiteral("scores_unit_id_fkey")));
    EXPECT_TRUE(psql.exec(QStringLiteral("DELETE FROM units WHERE name = 'Sở Tư pháp'"))
                    .contains(QStringLiteral("scores_unit_id_fkey")));
    // The members' keys, dropped for the import's new memberships, are back and validated.
    EXPECT_EQ(psql.value(QStringLiteral("SELECT string_agg(conname || ' ' || convalidated, ', ' ORDER BY conname) FROM "
                                        "pg_constraint WHERE conrelid = 'cohort_members'::regclass AND contype = 'f'")),
              QStringLiteral("cohort_members_cohort_id_fkey true, cohort_members_unit_id_fkey true"));
    // A read-only session (a standby's) checks the values and leaves the keys as they are.
    const QString readOnly = uri() + (uri().contains(u'?') ? u'&' : u'?')
        + QStringLiteral("options=-c%20default_transaction_read_only%3Don");
    const Outcome looked = on(readOnly, {QStringLiteral("check")});
    EXPECT_EQ(looked.code, 0) << looked.err.toStdString();
    EXPECT_EQ(psql.value(keys), QStringLiteral("scores_criterion_id_fkey false, scores_unit_id_fkey false"));
    const Outcome check = on(uri(), {QStringLiteral("check")});
    EXPECT_EQ(check.code, 0) << check.err.toStdString();
    EXPECT_EQ(psql.value(keys), QStringLiteral("scores_criterion_id_fkey true, scores_unit_id_fkey true"));

    ASSERT_EQ(psql.exec(QStringLiteral("SET session_replication_role = replica; INSERT INTO scores (unit_id, "
                                       "criterion_id, stage, value_micro) VALUES (987654, %1, 'final', 1); "
                                       "RESET session_replication_role")
                            .arg(criterion)),
              QString());
    const Outcome found = on(uri(), {QStringLiteral("check")});
    EXPECT_EQ(found.code, 3) << found.out.toStdString();
    EXPECT_TRUE(found.err.contains(QStringLiteral("1 value refers to a unit that does not exist")))
        << found.err.toStdString();
}

// The owner's import drops the CHECK constraints of scores for its COPY, having proved them of every row it copies, and
// adds them back NOT VALID, unchanged (ScoreImportTest.AValueThatFailsTheTablesChecksIsRefusedByThem: an unproved row
// keeps them): they still refuse a shell's row that fails them, and "check" validates them, or finds a row that got
// past them while one was dropped.
TEST_F(Server, AnImportsChecksStillHoldAndCheckValidatesThem)
{
    ASSERT_EQ(importDdciFramework().code, 0);
    Session psql(uri());
    const QString checks = QStringLiteral("SELECT string_agg(conname || ' ' || convalidated || ' ' || "
                                          "pg_get_constraintdef(oid), E'\n' ORDER BY conname) FROM pg_constraint "
                                          "WHERE conrelid = 'scores'::regclass AND contype = 'c'");
    const QString before = psql.value(checks);
    ASSERT_EQ(before.count(QStringLiteral(" true CHECK ")), 3) << before.toStdString();
    QString notValid = before;
    notValid.replace(QStringLiteral(" true CHECK "), QStringLiteral(" false CHECK "))
        .replace(u'\n', QStringLiteral(" NOT VALID\n"));
    notValid += QStringLiteral(" NOT VALID");
    const auto import = [&](const QString& stage) {
        return on(uri(), {QStringLiteral("scores"), QStringLiteral("import")},
                  {QStringLiteral("--index"), QStringLiteral("DDCI"), QStringLiteral("--year"), QStringLiteral("2024"),
                   QStringLiteral("--stage"), stage, data("ddci_2024_scores.csv")});
    };
    const Outcome done = import(QStringLiteral("final"));
    ASSERT_EQ(done.code, 0) << done.err.toStdString();
    EXPECT_EQ(psql.value(checks), notValid);
    // The next import's COPY finds them NOT VALID and leaves them so, with their definitions.
    const Outcome self = import(QStringLiteral("self"));
    ASSERT_EQ(self.code, 0) << self.err.toStdString();
    EXPECT_EQ(psql.value(checks), notValid);
    EXPECT_EQ(psql.value(QStringLiteral("SELECT count(DISTINCT stage) FROM scores")), QStringLiteral("2"));
    // A unit with no values yet: each row below is new to the primary key.
    ASSERT_EQ(psql.exec(QStringLiteral("INSERT INTO units (name, kind) VALUES ('Đơn vị thử', 'other')")), QString());
    const QString unit = psql.value(QStringLiteral("SELECT id FROM units WHERE name = 'Đơn vị thử'"));
    const QString criterion = psql.value(QStringLiteral("SELECT min(criterion_id) FROM scores"));
    const auto shellRow = [&](const char* stage, const char* value, const char* version) {
        return psql.exec(
            QStringLiteral("INSERT INTO scores (unit_id, criterion_id, stage, value_micro, version) VALUES "
                           "(%1, %2, '%3', %4, %5)")
                .arg(unit, criterion, QLatin1String(stage), QLatin1String(value), QLatin1String(version)));
    };
    EXPECT_TRUE(shellRow("draft", "1", "1").contains(QStringLiteral("scores_stage_check")));
    EXPECT_TRUE(shellRow("final", "-1", "1").contains(QStringLiteral("scores_value_micro_check")));
    EXPECT_TRUE(shellRow("final", "1", "0").contains(QStringLiteral("scores_version_check")));
    const Outcome check = on(uri(), {QStringLiteral("check")});
    EXPECT_EQ(check.code, 0) << check.err.toStdString();
    EXPECT_EQ(psql.value(checks), before);

    ASSERT_EQ(psql.exec(QStringLiteral("ALTER TABLE scores DROP CONSTRAINT scores_value_micro_check")), QString());
    ASSERT_EQ(shellRow("final", "-1", "1"), QString());
    ASSERT_EQ(psql.exec(QStringLiteral("ALTER TABLE scores ADD CONSTRAINT scores_value_micro_check CHECK (value_micro "
                                       "IS NULL OR value_micro >= 0) NOT VALID")),
              QString());
    const Outcome found = on(uri(), {QStringLiteral("check")});
    EXPECT_EQ(found.code, 3) << found.out.toStdString();
    EXPECT_TRUE(found.err.contains(QStringLiteral("1 value fails the table's checks"))) << found.err.toStdString();
}

// The owner's import of many new units checks the finalisation lock of their memberships once, with the members' row
// trigger off for the statement: a finalisation a shell commits after the import has planned, while the import waits
// for it, still stops the memberships, and nothing is changed.
TEST_F(Server, AFinalisationCommittedWhileAnImportWaitsStopsItsMemberships)
{
    ASSERT_EQ(importDdciFramework().code, 0);
    ASSERT_EQ(on(uri(), {QStringLiteral("scores"), QStringLiteral("import")},
                 {QStringLiteral("--index"), QStringLiteral("DDCI"), QStringLiteral("--year"), QStringLiteral("2024"),
                  data("ddci_2024_scores.csv")})
                  .code,
              0);
    Session psql(uri());
    Session shell(uri());
    ASSERT_EQ(shell.exec(QStringLiteral("BEGIN; LOCK TABLE cohort_members IN SHARE MODE; INSERT INTO finalisations "
                                        "(cohort_id, year, finalised_at, finalised_by) SELECT id, 2024, 'now', 'shell' "
                                        "FROM cohorts")),
              QString());
    const Outcome refused = importOnceTheShellCommits(uri(), bigScores(m_dir, 300), shell, psql);
    EXPECT_EQ(refused.code, 2) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("finalised: reopen the cohort-year before changing its members")))
        << refused.err.toStdString();
    EXPECT_EQ(psql.value(QStringLiteral("SELECT count(*) FROM units WHERE name LIKE 'Đơn vị %'")), QStringLiteral("0"));
    EXPECT_EQ(psql.value(QStringLiteral("SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal AND tgenabled = 'D'")),
              QStringLiteral("0"));
}

TEST_F(Server, AnImportByARoleThatDoesNotOwnTheScoresKeepsTheTriggers)
{
    ASSERT_EQ(importDdciFramework().code, 0);
    const QString clerk = addAccount(QStringLiteral("clerk"), QStringLiteral("secretariat"));
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

// ---- accounts and roles (resources/sql/pg/010_roles.sql), as the server enforces them ----

namespace {

const QString Home = QStringLiteral("Sở Nội vụ");
const QString Health = QStringLiteral("Sở Y tế");

// "unit_id = X AND criterion_id = Y AND stage = 'S'" of a 2018 department score, read by the owner (who sees all).
QString scoreRow(Session& owner, const QString& unit, const char* stage)
{
    const QString ids = owner.value(
        QStringLiteral("SELECT s.unit_id || ',' || s.criterion_id FROM scores s JOIN score_context sc ON "
                       "sc.criterion_id = s.criterion_id JOIN units u ON u.id = s.unit_id WHERE sc.index_code = "
                       "'BKCCHC' AND sc.year = 2018 AND u.name = '%1' AND s.stage = '%2' AND s.value_micro > 0 "
                       "ORDER BY s.criterion_id LIMIT 1")
            .arg(unit, QLatin1String(stage)));
    EXPECT_TRUE(ids.contains(u',')) << ids.toStdString();
    return QStringLiteral("unit_id = %1 AND criterion_id = %2 AND stage = '%3'")
        .arg(ids.section(u',', 0, 0), ids.section(u',', 1), QLatin1String(stage));
}

QString valueOf(Session& owner, const QString& row)
{
    return owner.value(QStringLiteral("SELECT value_micro FROM scores WHERE ") + row);
}

} // namespace

TEST_F(Server, AUnitAccountWithPsqlChangesOnlyItsOwnSelfAssessedScores)
{
    ASSERT_EQ(on(uri(), {QStringLiteral("demo")}).code, 0);
    const QString home = addAccount(QStringLiteral("home"), QStringLiteral("unit"), Home);
    Session owner(uri());
    const QString ownSelf = scoreRow(owner, Home, "self");
    const QString ownFinal = scoreRow(owner, Home, "final");
    const QString otherSelf = scoreRow(owner, Health, "self");
    const QString before = valueOf(owner, otherSelf);
    const QString finalBefore = valueOf(owner, ownFinal);

    Session psql(withUser(uri(), home));
    ASSERT_TRUE(psql.connected()) << psql.connectionError().toStdString();
    // Another unit's row: not even visible to change (row-level security), so nothing changes.
    EXPECT_EQ(psql.exec(QStringLiteral("UPDATE scores SET value_micro = 1 WHERE ") + otherSelf), QString());
    EXPECT_EQ(valueOf(owner, otherSelf), before);
    EXPECT_EQ(psql.value(QStringLiteral("SELECT count(*) FROM scores WHERE ") + otherSelf), QStringLiteral("0"));
    // Nor written anew, nor moved there from its own row.
    EXPECT_TRUE(psql.exec(QStringLiteral("INSERT INTO scores (unit_id, criterion_id, stage, value_micro) SELECT "
                                         "(SELECT id FROM units WHERE name = '%1'), c.id, 'self', 1 FROM criteria c "
                                         "ORDER BY c.id DESC LIMIT 1")
                              .arg(Health))
                    .contains(QStringLiteral("may not change the self-assessed scores of %1").arg(Health)));
    EXPECT_TRUE(psql.exec(QStringLiteral("UPDATE scores SET unit_id = unit_id + 1 WHERE ") + ownSelf)
                    .contains(QStringLiteral("permission denied")));
    // Its own final (appraised) score: refused, by name.
    EXPECT_TRUE(psql.exec(QStringLiteral("UPDATE scores SET value_micro = 1 WHERE ") + ownFinal)
                    .contains(QStringLiteral("may not change the final scores")));
    EXPECT_EQ(valueOf(owner, ownFinal), finalBefore);
    // Its own self-assessed score and note: done, and logged under its login.
    EXPECT_EQ(psql.exec(QStringLiteral("UPDATE scores SET value_micro = 1234567, note = 'xem' WHERE ") + ownSelf),
              QString());
    EXPECT_EQ(valueOf(owner, ownSelf), QStringLiteral("1234567"));
    EXPECT_EQ(owner.value(QStringLiteral("SELECT actor || ' ' || new_value FROM audit_log WHERE entity = 'score' "
                                         "ORDER BY id DESC LIMIT 1")),
              home + QStringLiteral(" 1.234567 [xem | ]"));
    // The log is the triggers' alone; it reads its own unit's entries only.
    EXPECT_TRUE(psql.exec(QStringLiteral("INSERT INTO audit_log (at, actor, action, entity) VALUES ('x', 'y', 'z', "
                                         "'w')"))
                    .contains(QStringLiteral("permission denied")));
    EXPECT_TRUE(psql.exec(QStringLiteral("UPDATE audit_sequence SET last = 0")).contains(QStringLiteral("permission")));
    EXPECT_EQ(psql.value(QStringLiteral("SELECT count(*) FROM audit_log WHERE unit = '%1'").arg(Health)),
              QStringLiteral("0"));
    EXPECT_NE(psql.value(QStringLiteral("SELECT count(*) FROM audit_log WHERE unit = '%1'").arg(Home)),
              QStringLiteral("0"));
    // The chain still holds: the entry was sealed through the owner's function.
    const Outcome check = on(uri(), {QStringLiteral("check")});
    EXPECT_EQ(check.code, 0) << check.err.toStdString();
    EXPECT_TRUE(check.out.contains(QStringLiteral("hash chain intact"))) << check.out.toStdString();
}

TEST_F(Server, AppraisersAndViewersAreHeldToTheirRolesByTheServer)
{
    ASSERT_EQ(on(uri(), {QStringLiteral("demo")}).code, 0);
    const QString appraiser = addAccount(QStringLiteral("council"), QStringLiteral("appraiser"));
    const QString viewer = addAccount(QStringLiteral("reader"), QStringLiteral("viewer"));
    Session owner(uri());
    const QString digestBefore = contentDigest(owner);
    const QString final = scoreRow(owner, Health, "final");
    const QString self = scoreRow(owner, Health, "self");

    Session council(withUser(uri(), appraiser));
    ASSERT_TRUE(council.connected()) << council.connectionError().toStdString();
    for (const char* sql : {"UPDATE units SET code = 'X' WHERE name = 'Sở Y tế'", "DELETE FROM frameworks",
                            "INSERT INTO indices (code, name) VALUES ('X', 'X')", "DELETE FROM finalisations",
                            "INSERT INTO cohort_members SELECT cohort_id, 2030, unit_id FROM cohort_members LIMIT 1",
                            "DELETE FROM par_accounts"})
        EXPECT_TRUE(council.exec(QString::fromUtf8(sql)).contains(QStringLiteral("permission denied"))) << sql;
    EXPECT_TRUE(council.exec(QStringLiteral("UPDATE scores SET value_micro = 1 WHERE ") + self)
                    .contains(QStringLiteral("may not change the self-assessed scores")));
    EXPECT_EQ(council.value(QStringLiteral("SELECT count(*) > 0 FROM scores WHERE stage = 'self'")),
              QStringLiteral("t")); // reads everything
    EXPECT_EQ(contentDigest(owner), digestBefore);
    EXPECT_EQ(council.exec(QStringLiteral("UPDATE scores SET value_micro = 2500000 WHERE ") + final), QString());
    EXPECT_EQ(valueOf(owner, final), QStringLiteral("2500000"));

    Session reader(withUser(uri(), viewer));
    ASSERT_TRUE(reader.connected());
    const QString digest = contentDigest(owner);
    for (const char* sql : {"UPDATE scores SET value_micro = 1", "DELETE FROM scores",
                            "INSERT INTO report_settings VALUES ('place', 'x')", "UPDATE units SET code = NULL",
                            "DELETE FROM published_ranks", "SELECT par_user_remove('x')"})
        EXPECT_TRUE(reader.exec(QString::fromUtf8(sql)).contains(QStringLiteral("permission denied"))) << sql;
    EXPECT_EQ(contentDigest(owner), digest);
    EXPECT_EQ(reader.value(QStringLiteral("SELECT count(*) FROM scores")),
              owner.value(QStringLiteral("SELECT count(*) FROM scores")));
}

TEST_F(Server, ParindexCommandsSucceedOrAreRefusedByRole)
{
    ASSERT_EQ(on(uri(), {QStringLiteral("demo")}).code, 0);
    const QString clerk = addAccount(QStringLiteral("clerk"), QStringLiteral("secretariat"));
    const QString council = addAccount(QStringLiteral("council"), QStringLiteral("appraiser"));
    const QString home = addAccount(QStringLiteral("home"), QStringLiteral("unit"), Home);
    const QString reader = addAccount(QStringLiteral("reader"), QStringLiteral("viewer"));
    const QStringList finalise = Districts
        + QStringList {QStringLiteral("--allow-incomplete"), QStringLiteral("--reason"), QStringLiteral("QĐ 12")};
    const QStringList rename {
        QStringLiteral("--year"), QStringLiteral("2025"),        QStringLiteral("--unit"),  Health,
        QStringLiteral("--to"),   QStringLiteral("Sở Y tế mới"), QStringLiteral("--basis"), QStringLiteral("QĐ 1")};
    Session owner(uri());
    const QString digest = contentDigest(owner);

    // Refusals: a sentence naming the account and what it may not change, exit 2, nothing changed.
    struct Refusal
    {
        QString login;
        QStringList command;
        QStringList options;
        QString message;
    };
    const QList<Refusal> refusals {
        {home,
         {QStringLiteral("finalise")},
         finalise,
         QStringLiteral("your account (unit %1) may not finalise or reopen results").arg(Home)},
        {council,
         {QStringLiteral("unit"), QStringLiteral("rename")},
         rename,
         QStringLiteral("your account (appraiser) may not change the units")},
        {reader,
         {QStringLiteral("settings")},
         {QStringLiteral("--place"), QStringLiteral("Bắc Kạn")},
         QStringLiteral("your account (viewer) may not change the report settings")},
        {home,
         {QStringLiteral("user"), QStringLiteral("list")},
         {},
         QStringLiteral("your account (unit %1) may not manage accounts").arg(Home)},
        {council,
         {QStringLiteral("user"), QStringLiteral("remove")},
         {home},
         QStringLiteral("your account (appraiser) may not manage accounts")},
        {home, {QStringLiteral("check")}, {}, QStringLiteral("reads only its own unit's part of the audit log")},
    };
    for (const Refusal& r : refusals) {
        const Outcome refused = on(withUser(uri(), r.login), r.command, r.options);
        const std::string shown = QString(r.login + u' ' + r.command.join(u' ')).toStdString();
        EXPECT_EQ(refused.code, 2) << shown << ": " << refused.err.toStdString();
        EXPECT_TRUE(refused.err.contains(r.message)) << shown << ": " << refused.err.toStdString();
        EXPECT_FALSE(refused.err.contains(QStringLiteral("permission denied"))) << refused.err.toStdString();
        // The sentence is the last word (the driver may warn about the aborted statement before it).
        EXPECT_TRUE(refused.err.trimmed().section(u'\n', -1).startsWith(QStringLiteral("parindex: your account")))
            << refused.err.toStdString();
    }
    EXPECT_EQ(contentDigest(owner), digest);

    // Reading a finalised year works for everyone (of an open one a unit reads its own part only, and is not shown a
    // ranking of it: AUnitAccountIsNotShownARankingOfThePartItReads); the secretariat's login finalises, and the
    // log names it.
    for (const QString& login : {home, council, reader}) {
        const Outcome read
            = on(withUser(uri(), login), {QStringLiteral("ranking")},
                 {QStringLiteral("--index"), QStringLiteral("BKCCHC"), QStringLiteral("--year"), QStringLiteral("2017"),
                  QStringLiteral("--cohort"), QStringLiteral("UBND huyện, thành phố")});
        EXPECT_EQ(read.code, 0) << login.toStdString() << ": " << read.err.toStdString();
        EXPECT_TRUE(read.out.contains(QStringLiteral("Thành phố Bắc Kạn"))) << read.out.toStdString();
        EXPECT_FALSE(read.out.contains(QStringLiteral("Not ranked"))) << read.out.toStdString();
    }
    const QString lastBefore = owner.value(QStringLiteral("SELECT max(id) FROM audit_log"));
    const Outcome done = on(withUser(uri(), clerk), {QStringLiteral("finalise")}, finalise);
    EXPECT_EQ(done.code, 0) << done.err.toStdString();
    const Outcome renamed = on(withUser(uri(), clerk), {QStringLiteral("unit"), QStringLiteral("rename")}, rename);
    EXPECT_EQ(renamed.code, 0) << renamed.err.toStdString();
    EXPECT_EQ(owner.value(QStringLiteral("SELECT string_agg(DISTINCT actor, ',') FROM audit_log WHERE (action = "
                                         "'finalise' OR entity = 'unit-event') AND id > %1")
                              .arg(lastBefore)),
              clerk);
}

// The province's own account prints its meeting report for an open year: its own results, with the rank the ministry
// published (a decision it may read), and in place of the pools it may not rank yet, a line saying when they come.
// The secretariat's report of the same year ranks those pools.
TEST_F(Server, AUnitAccountsReportOfAnOpenYearHasItsOwnResultsAndSaysWhichRankingsWait)
{
    ASSERT_EQ(on(uri(), {QStringLiteral("demo")}).code, 0);
    const QString province = addAccount(QStringLiteral("home"), QStringLiteral("unit"), QStringLiteral("Bắc Kạn"));
    const auto report = [&](const QString& address, const QString& name) {
        const QString pdf = m_dir.filePath(name);
        const Outcome made = on(address, {QStringLiteral("report")},
                                {QStringLiteral("--index"), QStringLiteral("PAR"), QStringLiteral("--year"),
                                 QStringLiteral("2018"), QStringLiteral("--out"), pdf});
        EXPECT_EQ(made.code, 0) << made.err.toStdString();
        return poppler::text(pdf).simplified();
    };
    const QString own = report(withUser(uri(), province), QStringLiteral("own.pdf"));
    EXPECT_TRUE(own.contains(QStringLiteral("đạt 74,62/100 điểm"))) << own.toStdString();
    EXPECT_TRUE(own.contains(QStringLiteral("Xếp thứ 49/63 (theo công bố)"))) << own.toStdString();
    EXPECT_TRUE(own.contains(QStringLiteral("Chưa hiển thị cho đến khi kết quả năm 2018 được chốt: bảng xếp hạng "
                                            "“Sở, ban, ngành”, “UBND huyện, thành phố”.")))
        << own.toStdString();
    EXPECT_FALSE(own.contains(QStringLiteral("Huyện Ba Bể"))) << own.toStdString();

    const QString secretariat = report(uri(), QStringLiteral("secretariat.pdf"));
    EXPECT_TRUE(secretariat.contains(QStringLiteral("Huyện Ba Bể"))) << secretariat.toStdString();
    EXPECT_FALSE(secretariat.contains(QStringLiteral("Chưa hiển thị"))) << secretariat.toStdString();
}

// A unit's account reads its own unit's scores and the final results of finalised years. Of an open year it reads one
// unit's part: ranking that part would rank it "1 of 1" and call the others unscored. It is refused in plain words; a
// trend shows that year's total without a rank; a finalised year ranks every unit, as for the secretariat.
TEST_F(Server, AUnitAccountIsNotShownARankingOfThePartItReads)
{
    ASSERT_EQ(on(uri(), {QStringLiteral("demo")}).code, 0);
    const QString district = QStringLiteral("Huyện Ba Bể");
    const QString home = addAccount(QStringLiteral("home"), QStringLiteral("unit"), district);
    const auto ranking = [&](const QString& address, const char* year) {
        return on(address, {QStringLiteral("ranking")},
                  {QStringLiteral("--index"), QStringLiteral("BKCCHC"), QStringLiteral("--year"),
                   QString::fromLatin1(year), QStringLiteral("--cohort"), QStringLiteral("UBND huyện, thành phố")});
    };
    const Outcome open = ranking(withUser(uri(), home), "2018");
    EXPECT_EQ(open.code, 2) << open.out.toStdString();
    EXPECT_TRUE(
        open.err.contains(QStringLiteral("the 2018 results of \"UBND huyện, thành phố\" are not published yet")))
        << open.err.toStdString();
    EXPECT_EQ(open.out, QString());
    const Outcome secretariat = ranking(uri(), "2018");
    EXPECT_EQ(secretariat.code, 0) << secretariat.err.toStdString();
    EXPECT_TRUE(secretariat.out.contains(QStringLiteral("Thành phố Bắc Kạn"))) << secretariat.out.toStdString();
    const Outcome closed = ranking(withUser(uri(), home), "2017");
    EXPECT_EQ(closed.code, 0) << closed.err.toStdString();
    EXPECT_TRUE(closed.out.contains(QStringLiteral("Thành phố Bắc Kạn"))) << closed.out.toStdString();
    EXPECT_FALSE(closed.out.contains(QStringLiteral("Not ranked"))) << closed.out.toStdString();

    const Outcome trend = on(withUser(uri(), home), {QStringLiteral("trend")},
                             {QStringLiteral("--index"), QStringLiteral("BKCCHC"), QStringLiteral("--unit"), district,
                              QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(trend.code, 0) << trend.err.toStdString();
    const QStringList lines = trend.out.split(u'\n');
    const auto row = [&](const QString& year) {
        for (const QString& l : lines)
            if (l.startsWith(year + u','))
                return l;
        return QString();
    };
    EXPECT_TRUE(row(QStringLiteral("2017")).contains(QStringLiteral(",5,8,"))) << trend.out.toStdString();
    EXPECT_TRUE(row(QStringLiteral("2018")).contains(QStringLiteral("80.58"))) << trend.out.toStdString();
    EXPECT_FALSE(row(QStringLiteral("2018")).contains(QStringLiteral(",1,1,"))) << trend.out.toStdString();
    EXPECT_TRUE(trend.err.contains(QStringLiteral("2018: the 2018 results"))) << trend.err.toStdString();
}

TEST_F(Server, UserAddListAndRemove)
{
    // A file has no accounts.
    ASSERT_EQ(on(file(), {QStringLiteral("demo")}).code, 0);
    const Outcome onFile = on(file(), {QStringLiteral("user"), QStringLiteral("list")});
    EXPECT_EQ(onFile.code, 1);
    EXPECT_TRUE(onFile.err.contains(QStringLiteral("PostgreSQL server"))) << onFile.err.toStdString();

    ASSERT_EQ(on(uri(), {QStringLiteral("demo")}).code, 0);
    const QString login = m_name + QStringLiteral("_home");
    m_roles << login;
    const QStringList add {QStringLiteral("user"), QStringLiteral("add")};
    const QMap<QString, QString> none;
    struct Refusal
    {
        QStringList options;
        int code;
        QString message;
    };
    const QList<Refusal> refusals {
        {{QStringLiteral("--role"), QStringLiteral("boss"), login}, 1, QStringLiteral("--role must be one of")},
        {{QStringLiteral("--role"), QStringLiteral("unit"), login}, 1, QStringLiteral("needs its unit")},
        {{QStringLiteral("--role"), QStringLiteral("viewer"), QStringLiteral("--unit"), Home, login},
         1,
         QStringLiteral("only a unit account has a unit")},
        {{QStringLiteral("--role"), QStringLiteral("unit"), QStringLiteral("--unit"), QStringLiteral("Sở Không Có"),
          login},
         2,
         QStringLiteral("there is no unit \"Sở Không Có\"")},
        {{QStringLiteral("--role"), QStringLiteral("unit"), QStringLiteral("--unit"), Home, login},
         1,
         QStringLiteral("give its password on standard input")},
        {{QStringLiteral("--role"), QStringLiteral("viewer"), QStringLiteral("pg_x")}, 1, QStringLiteral("reserved")},
    };
    Session owner(uri());
    const QString digest = contentDigest(owner);
    for (const Refusal& r : refusals) {
        const Outcome refused = on(uri(), add, r.options, none);
        EXPECT_EQ(refused.code, r.code) << r.options.join(u' ').toStdString() << ": " << refused.err.toStdString();
        EXPECT_TRUE(refused.err.contains(r.message)) << refused.err.toStdString();
    }
    EXPECT_EQ(contentDigest(owner), digest);
    EXPECT_EQ(owner.value(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = '%1'").arg(login)),
              QStringLiteral("0"));

    // The password from standard input; the server keeps only its SCRAM verifier, made by the client.
    const Outcome added
        = on(uri(), add, {QStringLiteral("--role"), QStringLiteral("unit"), QStringLiteral("--unit"), Home, login},
             none, QByteArrayLiteral("bí mật\n"));
    ASSERT_EQ(added.code, 0) << added.err.toStdString();
    EXPECT_TRUE(added.out.contains(QStringLiteral("Created the login"))) << added.out.toStdString();
    EXPECT_TRUE(owner.value(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = '%1'").arg(login))
                    .startsWith(QStringLiteral("SCRAM-SHA-256$")));
    const QStringList list {QStringLiteral("user"), QStringLiteral("list")};
    const QStringList csv {QStringLiteral("--format"), QStringLiteral("csv")};
    EXPECT_TRUE(on(uri(), list, csv).out.contains(login + QStringLiteral(",unit,") + Home));

    // The same login again, now a viewer: no password needed, one role only.
    const Outcome again = on(uri(), add, {QStringLiteral("--role"), QStringLiteral("viewer"), login});
    ASSERT_EQ(again.code, 0) << again.err.toStdString();
    EXPECT_FALSE(again.out.contains(QStringLiteral("Created"))) << again.out.toStdString();
    EXPECT_TRUE(on(uri(), list, csv).out.contains(login + QStringLiteral(",viewer,\n")));
    EXPECT_EQ(owner.value(QStringLiteral("SELECT count(*) FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member "
                                         "WHERE r.rolname = '%1'")
                              .arg(login)),
              QStringLiteral("1"));

    // Another parindex database uses the login too: removing it here keeps the login.
    const QString other = m_name + QStringLiteral("_b");
    Session admin(m_cluster);
    ASSERT_EQ(admin.exec(QStringLiteral("CREATE DATABASE %1").arg(other)), QString());
    m_databases << other;
    const QString otherUri = withDatabase(m_cluster, other);
    ASSERT_EQ(on(otherUri, {QStringLiteral("init")}).code, 0);
    ASSERT_EQ(on(otherUri, add, {QStringLiteral("--role"), QStringLiteral("appraiser"), login}).code, 0);
    const QStringList remove {QStringLiteral("user"), QStringLiteral("remove")};
    const Outcome kept = on(uri(), remove, {login});
    EXPECT_EQ(kept.code, 0) << kept.err.toStdString();
    EXPECT_TRUE(kept.out.contains(QStringLiteral("stays"))) << kept.out.toStdString();
    EXPECT_FALSE(on(uri(), list, csv).out.contains(login));
    EXPECT_TRUE(on(otherUri, list, csv).out.contains(login + QStringLiteral(",appraiser,")));
    // Removed from the last database: the login parindex created is dropped.
    const Outcome dropped = on(otherUri, remove, {login});
    EXPECT_EQ(dropped.code, 0) << dropped.err.toStdString();
    EXPECT_TRUE(dropped.out.contains(QStringLiteral("dropped"))) << dropped.out.toStdString();
    EXPECT_EQ(owner.value(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = '%1'").arg(login)),
              QStringLiteral("0"));
    admin.exec(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(other));
    EXPECT_EQ(on(uri(), remove, {login}).code, 2);

    // Every change is in the log, under the account that made it.
    EXPECT_EQ(owner.value(QStringLiteral("SELECT string_agg(action || ' ' || coalesce(old_value, '-') || ' > ' || "
                                         "coalesce(new_value, '-'), '; ' ORDER BY id) FROM audit_log WHERE entity = "
                                         "'account'")),
              QStringLiteral("insert - > %1 / unit / %2; update %1 / unit / %2 > %1 / viewer; delete %1 / viewer > -")
                  .arg(login, Home));
    EXPECT_EQ(owner.value(QStringLiteral("SELECT string_agg(DISTINCT actor, ',') FROM audit_log WHERE entity = "
                                         "'account'")),
              owner.value(QStringLiteral("SELECT session_user")));
}
