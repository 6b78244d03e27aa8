// Many people at once on the server (migration 011): two program connections and a psql session on one database.
// Every change moves the row's version, whoever makes it; an edit based on a version that has moved is refused with
// the server's session user who made the change, and writes nothing; the other connection hears of each committed
// change (LISTEN/NOTIFY, payload COHORT_ID:YEAR) and never of its own.
#include "../QtPrintTo.h"
#include "../TestBackend.h"
#include "../core/TestDatabase.h"
#include "Relay.h"
#include "ServerFixture.h"
#include "storage/Accounts.h"
#include "storage/ScoreEditor.h"
#include "storage/ServerChanges.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QThread>

#include <gtest/gtest.h>

#include <libpq-fe.h>

#include <algorithm>

using servertest::Relay;
using servertest::Session;
using testbackend::clusterUri;
using testbackend::withDatabase;

using namespace par;

namespace {

class ServerConcurrency : public servertest::DatabaseTest
{
protected:
    ServerConcurrency()
        : DatabaseTest("c")
    {
    }

    // The notifications the connection has had within a few seconds (they arrive after the other's COMMIT).
    static QStringList heard(Database& db, int waitMs = 5000)
    {
        QStringList out;
        for (int waited = 0; waited <= waitMs && out.isEmpty(); waited += 50) {
            out = ServerChanges::take(db);
            if (out.isEmpty())
                QThread::msleep(50);
        }
        return out;
    }

    // The set-up of the tests that edit one cell: index PAR 2019 with criteria A and B of 10 points, unit X scored 5
    // and 7, all through the connection a; the tests work on the cell (X, A).
    struct OneUnit
    {
        Framework framework;
        Cohort cohort;
        qint64 unit = 0;
        int position = -1; // of A in the framework
        qint64 criterion = 0;
    };
    static void seedOneUnit(TestDatabase& a, OneUnit* x)
    {
        ASSERT_TRUE(a.db && a.db->isServer());
        a.framework(QStringLiteral("PAR"), 2019, "code,title,max_points\nA,a,10\nB,b,10\n");
        ASSERT_TRUE(a.scores(QStringLiteral("PAR"), 2019, "u,A,B\nX,5,7\n").isEmpty());
        auto index = a.catalog->index(QStringLiteral("PAR"));
        x->framework = a.catalog->requireFramework(index.value(), 2019).value();
        x->cohort = a.catalog->defaultCohort(index.value()).value();
        x->unit = a.catalog->findUnit(QStringLiteral("X")).value()->id;
        x->position = x->framework.find(QStringLiteral("A"));
        x->criterion = x->framework.criteria[x->position].id;
    }

    static Decimal d(const char* text) { return Decimal::parse(QString::fromLatin1(text)).value(); }
};

} // namespace

TEST_F(ServerConcurrency, TwoConnectionsAndPsqlVersionsNotificationsAndStaleEdits)
{
    TestDatabase a(uri());
    OneUnit x;
    ASSERT_NO_FATAL_FAILURE(seedOneUnit(a, &x));

    auto opened = Database::openExisting(uri());
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    Database& other = *opened.value();
    Catalog otherCatalog(other);
    ScoreEditor mine(*a.catalog);
    ScoreEditor theirs(otherCatalog);
    ASSERT_TRUE(ServerChanges::subscribe(*a.db));
    ASSERT_TRUE(ServerChanges::subscribe(other));

    Session psql(uri());
    ASSERT_TRUE(psql.connected());
    const QString cellSql = QStringLiteral("SELECT value_micro || '@' || version FROM scores WHERE unit_id = %1 AND "
                                           "criterion_id = %2 AND stage = 'final'")
                                .arg(x.unit)
                                .arg(x.criterion);
    ASSERT_EQ(psql.value(cellSql), QStringLiteral("5000000@1"));
    const QString actor = psql.value(QStringLiteral("SELECT session_user"));

    // One connection writes on version 1; the other hears of it, with the cohort-year; the writer hears nothing.
    QList<VersionStep> steps;
    ASSERT_TRUE(mine.changeValues(x.framework, x.cohort,
                                  {{x.unit, x.criterion, Stage::Final, d("5"), d("6"), qint64(1)}}, {}, &steps)
                    .ok());
    ASSERT_EQ(steps.size(), 1);
    EXPECT_EQ(steps[0].from, 1);
    EXPECT_EQ(steps[0].to, 2);
    EXPECT_EQ(psql.value(cellSql), QStringLiteral("6000000@2"));
    EXPECT_EQ(heard(other), QStringList {QStringLiteral("%1:2019").arg(x.cohort.id)});
    EXPECT_EQ(heard(*a.db, 300), QStringList());

    // The other, still on version 1, is refused with who and when, and nothing is written or logged.
    const QString logged = psql.value(QStringLiteral("SELECT count(*) FROM audit_log"));
    Status s
        = theirs.changeValues(x.framework, x.cohort, {{x.unit, x.criterion, Stage::Final, d("5"), d("7"), qint64(1)}});
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().kind, Error::Input);
    EXPECT_TRUE(s.error().message.contains(actor)) << s.error().message.toStdString();
    EXPECT_EQ(psql.value(cellSql), QStringLiteral("6000000@2"));
    EXPECT_EQ(psql.value(QStringLiteral("SELECT count(*) FROM audit_log")), logged);

    // psql changes the value and tries to put the version back: the trigger gives the next one; both connections
    // hear it. Then psql changes the value back: same value as the form shows, but a moved version.
    EXPECT_EQ(psql.value(QStringLiteral("UPDATE scores SET value_micro = 3000000, version = 1 WHERE unit_id = %1 AND "
                                        "criterion_id = %2 AND stage = 'final'")
                             .arg(x.unit)
                             .arg(x.criterion)),
              QString());
    EXPECT_EQ(psql.value(cellSql), QStringLiteral("3000000@3"));
    EXPECT_EQ(heard(other).size(), 1);
    EXPECT_EQ(heard(*a.db).size(), 1);
    EXPECT_EQ(psql.value(QStringLiteral("UPDATE scores SET value_micro = 6000000 WHERE unit_id = %1 AND "
                                        "criterion_id = %2 AND stage = 'final'")
                             .arg(x.unit)
                             .arg(x.criterion)),
              QString());
    EXPECT_EQ(psql.value(cellSql), QStringLiteral("6000000@4"));
    s = mine.changeValues(x.framework, x.cohort, {{x.unit, x.criterion, Stage::Final, d("6"), d("8"), qint64(2)}});
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().message.contains(actor)) << s.error().message.toStdString();
    EXPECT_EQ(psql.value(cellSql), QStringLiteral("6000000@4"));

    // Redone on the version shown now, it is written.
    ASSERT_TRUE(
        mine.changeValues(x.framework, x.cohort, {{x.unit, x.criterion, Stage::Final, d("6"), d("8"), qint64(4)}})
            .ok());
    EXPECT_EQ(psql.value(cellSql), QStringLiteral("8000000@5"));
    auto versions = theirs.versions(x.framework, x.unit, Stage::Final);
    ASSERT_TRUE(versions.ok());
    EXPECT_EQ(versions->value(x.position), 5);
}

TEST_F(ServerConcurrency, AStaleNoteEditIsRefusedByTheRowsVersionWithWhoAndWhen)
{
    TestDatabase a(uri());
    OneUnit x;
    ASSERT_NO_FATAL_FAILURE(seedOneUnit(a, &x));
    ScoreEditor editor(*a.catalog);
    const qint64 shown = editor.versions(x.framework, x.unit, Stage::Final).value().value(x.position);
    ASSERT_EQ(shown, 1);

    // psql writes a note and takes it back: the text is what the form shows, the version is not.
    Session psql(uri());
    ASSERT_TRUE(psql.connected());
    const QString actor = psql.value(QStringLiteral("SELECT session_user"));
    const QString where
        = QStringLiteral(" WHERE unit_id = %1 AND criterion_id = %2 AND stage = 'final'").arg(x.unit).arg(x.criterion);
    ASSERT_EQ(psql.value(QStringLiteral("UPDATE scores SET note = 'tạm'") + where), QString());
    ASSERT_EQ(psql.value(QStringLiteral("UPDATE scores SET note = NULL") + where), QString());
    const QString cell = QStringLiteral("SELECT coalesce(note, '-') || '@' || version FROM scores") + where;
    ASSERT_EQ(psql.value(cell), QStringLiteral("-@3"));
    const QString logged = psql.value(QStringLiteral("SELECT count(*) FROM audit_log"));

    const ScoreNote note {QStringLiteral("Đã thẩm định"), QString()};
    Status s = editor.changeNote(x.framework, x.cohort, x.unit, x.criterion, Stage::Final, ScoreNote(), shown, note);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().kind, Error::Input);
    EXPECT_TRUE(s.error().message.contains(QStringLiteral(" by %1 at ").arg(actor))) << s.error().message.toStdString();
    EXPECT_EQ(psql.value(cell), QStringLiteral("-@3"));
    EXPECT_EQ(psql.value(QStringLiteral("SELECT count(*) FROM audit_log")), logged);

    // psql changes the value: a note edit on the version before is refused too, and says what the value is now.
    ASSERT_EQ(psql.value(QStringLiteral("UPDATE scores SET value_micro = 6000000") + where), QString());
    s = editor.changeNote(x.framework, x.cohort, x.unit, x.criterion, Stage::Final, ScoreNote(), 3, note);
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().message.startsWith(QStringLiteral("A was changed to 6 by %1").arg(actor)))
        << s.error().message.toStdString();

    // On the version stored now it is written, and the step says from which version to which.
    VersionStep step;
    ASSERT_TRUE(
        editor.changeNote(x.framework, x.cohort, x.unit, x.criterion, Stage::Final, ScoreNote(), 4, note, &step).ok());
    EXPECT_EQ(psql.value(cell), QStringLiteral("Đã thẩm định@5"));
    EXPECT_EQ(step.from, 4);
    EXPECT_EQ(step.to, 5);
}

TEST_F(ServerConcurrency, TheOwnersImportWithItsTriggersOffStillTellsTheOpenWindowsOnce)
{
    TestDatabase a(uri());
    ASSERT_TRUE(a.db && a.db->isServer());
    a.framework(QStringLiteral("PAR"), 2019, "code,title,max_points\nA,a,10\nB,b,10\n");
    ASSERT_TRUE(a.scores(QStringLiteral("PAR"), 2019, "u,A,B\nX,5,7\n").isEmpty());
    auto opened = Database::openExisting(uri());
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    Database& other = *opened.value();
    ASSERT_TRUE(ServerChanges::subscribe(other));
    ASSERT_TRUE(ServerChanges::subscribe(*a.db));
    const Cohort cohort = a.catalog->defaultCohort(a.catalog->index(QStringLiteral("PAR")).value()).value();

    // The owner of the scores imports (the triggers off for its transaction): one notice for the cohort-year, to
    // the other connection only, however many units and values the file holds.
    Session psql(uri());
    ASSERT_EQ(psql.value(QStringLiteral("SELECT relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user) "
                                        "FROM pg_class WHERE oid = 'scores'::regclass")),
              QStringLiteral("t"));
    ASSERT_TRUE(a.scores(QStringLiteral("PAR"), 2019, "u,A,B\nX,6,7\nY,1,2\nZ,3,4\n").isEmpty());
    EXPECT_EQ(psql.value(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'insert' AND entity = 'score'")),
              QStringLiteral("0")); // the triggers were off: the import is one change set
    QStringList notices = heard(other);
    QThread::msleep(300);
    notices += ServerChanges::take(other);
    EXPECT_EQ(notices, QStringList {QStringLiteral("%1:2019").arg(cohort.id)});
    EXPECT_EQ(heard(*a.db, 300), QStringList());

    // A refused import announces nothing.
    EXPECT_FALSE(a.scores(QStringLiteral("PAR"), 2019, "u,A,B\nX,60,7\n").isEmpty());
    EXPECT_EQ(heard(other, 500), QStringList());

    // Nor does one that changes no value: the file holds what is stored.
    ASSERT_TRUE(a.scores(QStringLiteral("PAR"), 2019, "u,A,B\nX,6,7\nY,1,2\nZ,3,4\n").isEmpty());
    EXPECT_EQ(heard(other, 500), QStringList());

    // One value changed among the same file's others: the cohort-year hears once.
    ASSERT_TRUE(a.scores(QStringLiteral("PAR"), 2019, "u,A,B\nX,6,7\nY,1,3\nZ,3,4\n").isEmpty());
    EXPECT_EQ(heard(other), QStringList {QStringLiteral("%1:2019").arg(cohort.id)});
    EXPECT_EQ(heard(other, 300), QStringList());
}

namespace {
// The server's refusals as the user reads them, on the same throwaway databases.
class ServerMessages : public ServerConcurrency
{
};
} // namespace

TEST_F(ServerMessages, ABrokenForeignKeySaysWhatIsMissingOrWhatStillRefersToIt)
{
    TestDatabase a(uri());
    ASSERT_TRUE(a.db && a.db->isServer());
    a.framework(QStringLiteral("PAR"), 2019, "code,title,max_points\nA,a,10\n");
    ASSERT_TRUE(a.scores(QStringLiteral("PAR"), 2019, "u,A\nX,5\n").isEmpty());
    const qint64 unit = a.catalog->findUnit(QStringLiteral("X")).value()->id;
    const Framework framework
        = a.catalog->requireFramework(a.catalog->index(QStringLiteral("PAR")).value(), 2019).value();
    const qint64 criterion = framework.criteria[framework.find(QStringLiteral("A"))].id;
    Session psql(uri());
    const QString before = psql.value(QStringLiteral("SELECT count(*) FROM units")) + u'/'
        + psql.value(QStringLiteral("SELECT count(*) FROM criteria"));
    auto plain = [](const Status& s, const QString& expected) {
        ASSERT_FALSE(s.ok());
        EXPECT_EQ(s.error().kind, Error::Input);
        EXPECT_EQ(s.error().message, expected);
        for (const char* raw : {"violates", "fkey", "constraint", "table", "DELETE"})
            EXPECT_FALSE(s.error().message.contains(QLatin1String(raw))) << s.error().message.toStdString();
    };
    // Removing what scores still refer to, through libpq (the executor) and through QPSQL.
    plain(a.db->execScript(QStringLiteral("DELETE FROM units WHERE id = %1").arg(unit)),
          QStringLiteral("the unit cannot be removed: scores are still recorded for it; nothing was changed"));
    auto removed = a.db->exec(QStringLiteral("DELETE FROM criteria WHERE id = ?"), {criterion});
    plain(removed ? success() : Status(removed.error()),
          QStringLiteral("the criterion cannot be removed: scores are still recorded for it; nothing was changed"));
    // Writing what refers to a row that is not there.
    auto added = a.db->exec(QStringLiteral("INSERT INTO scores (unit_id, criterion_id, stage, value_micro) "
                                           "VALUES (?, ?, 'final', 1)"),
                            {unit + 1000, criterion});
    plain(added ? success() : Status(added.error()),
          QStringLiteral("a unit this change refers to does not exist (another program may have removed it "
                         "meanwhile); nothing was changed"));
    plain(a.db->execScript(QStringLiteral("INSERT INTO cohort_members (cohort_id, year, unit_id) VALUES (%1, 2019, %2)")
                               .arg(987654)
                               .arg(unit)),
          QStringLiteral("a cohort this change refers to does not exist (another program may have removed it "
                         "meanwhile); nothing was changed"));
    EXPECT_EQ(psql.value(QStringLiteral("SELECT count(*) FROM units")) + u'/'
                  + psql.value(QStringLiteral("SELECT count(*) FROM criteria")),
              before);
}

namespace {
QStringList g_warnings;
void keepWarnings(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtWarningMsg)
        g_warnings << message;
}
} // namespace

TEST_F(ServerMessages, AStatementRefusedInsideATransactionLeavesNoDriverNoise)
{
    TestDatabase a(uri());
    ASSERT_TRUE(a.db && a.db->isServer());
    a.framework(QStringLiteral("PAR"), 2019, "code,title,max_points\nA,a,10\n");
    ASSERT_TRUE(a.scores(QStringLiteral("PAR"), 2019, "u,A\nX,5\n").isEmpty());
    g_warnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(keepWarnings);
    {
        // QPSQL's statements (Database::exec): one read, then one the server refuses, which aborts the transaction.
        Database::Transaction transaction(*a.db);
        ASSERT_TRUE(transaction.ok());
        auto read = a.db->exec(QStringLiteral("SELECT id FROM units WHERE name = ?"), {QStringLiteral("X")});
        ASSERT_TRUE(read.ok());
        auto refused = a.db->exec(QStringLiteral("INSERT INTO cohort_members (cohort_id, year, unit_id) "
                                                 "VALUES (?, 2019, ?)"),
                                  {987654, 1});
        EXPECT_FALSE(refused.ok());
    }
    // After the rollback the connection is as good as new.
    auto after = a.db->exec(QStringLiteral("SELECT count(*) FROM units WHERE name = ?"), {QStringLiteral("X")});
    qInstallMessageHandler(previous);
    ASSERT_TRUE(after.ok());
    ASSERT_TRUE(after.value().next());
    EXPECT_EQ(after.value().value(0).toInt(), 1);
    EXPECT_EQ(g_warnings, QStringList());
}

// Opening a server database asks once for what it must know (its tables, schema version and account, in one round
// trip) and sets the session up in the start-up message: the address's own options still hold beside the program's.
TEST_F(ServerConcurrency, ASessionKeepsTheAddresssOptionsAndKnowsItsSchemaAndAccountAtOnce)
{
    TestDatabase made(uri());
    ASSERT_TRUE(made.db && made.db->isServer());
    auto opened = Database::openExisting(uri() + QStringLiteral("&options=-c%20statement_timeout%3D4321")
                                         + QStringLiteral("&tcp_user_timeout=4000"));
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    Database& db = *opened.value();
    const auto setting = [&db](const char* name) {
        auto q = db.exec(QStringLiteral("SELECT current_setting(?)"), {QString::fromLatin1(name)});
        return q.ok() && q.value().next() ? q.value().value(0).toString() : QStringLiteral("(not read)");
    };
    EXPECT_EQ(setting("statement_timeout"), QStringLiteral("4321ms"));
    EXPECT_EQ(setting("client_min_messages"), QStringLiteral("warning"));
    EXPECT_EQ(setting("jit"), QStringLiteral("off"));
    // Connecting again after the network was cut (or first connecting) gives up after seconds, not the system's
    // minutes.
    const QVariant handle = db.sql().driver()->handle();
    ASSERT_TRUE(handle.isValid());
    PQconninfoOption* options = PQconninfo(*static_cast<PGconn* const*>(handle.constData()));
    QStringList timeouts;
    for (PQconninfoOption* o = options; o && o->keyword; ++o) {
        if ((QByteArray(o->keyword).endsWith("timeout") || QByteArray(o->keyword).startsWith("keepalives_")) && o->val)
            timeouts << QStringLiteral("%1=%2").arg(QString::fromUtf8(o->keyword), QString::fromUtf8(o->val));
    }
    PQconninfoFree(options);
    // So does a statement over a network that was cut (see AStatementOnACutNetworkFails...), unless the address says
    // otherwise.
    timeouts.sort();
    EXPECT_EQ(timeouts.join(u' '),
              QStringLiteral("connect_timeout=10 keepalives_count=3 keepalives_idle=15 "
                             "keepalives_interval=5 tcp_user_timeout=4000"));
    EXPECT_EQ(db.schemaVersion(), Database::latestVersion());
    // The account read with the first look is the one the server gives when asked on its own.
    auto account = db.run("audit.account");
    ASSERT_TRUE(account.ok()) << account.error().message.toStdString();
    ASSERT_TRUE(account.value().next());
    EXPECT_EQ(db.account().role, QStringLiteral("secretariat")); // the cluster's superuser
    EXPECT_EQ(db.account().role, account.value().value(0).toString());
    EXPECT_EQ(db.account().unitId, account.value().integer(1));
    EXPECT_EQ(db.account().unitName, account.value().value(2).toString());
}

// A form's save on a server sends its cells as arrays to the four statements of a write (scores.*_from_arrays): one
// save that changes a value, adds one, removes one and removes one whose row keeps its note writes each as a file
// would, and logs each value once.
TEST_F(ServerConcurrency, ASaveOfManyCellsChangesAddsAndRemovesEachAsAFileWould)
{
    TestDatabase a(uri());
    OneUnit x;
    ASSERT_NO_FATAL_FAILURE(seedOneUnit(a, &x));
    ASSERT_TRUE(a.scores(QStringLiteral("PAR"), 2019, "u,A,B\nY,1,\n").isEmpty());
    const qint64 y = a.catalog->findUnit(QStringLiteral("Y")).value()->id;
    const qint64 b = x.framework.criteria[x.framework.find(QStringLiteral("B"))].id;
    ScoreEditor editor(*a.catalog);
    ASSERT_TRUE(editor.setNote(x.framework, x.cohort, x.unit, b, Stage::Final, {QStringLiteral("còn thiếu"), {}}).ok());
    Session psql(uri());
    const QString logged = psql.value(QStringLiteral("SELECT count(*) FROM audit_log"));

    const Status saved = editor.changeValues(x.framework, x.cohort,
                                             {{x.unit, x.criterion, Stage::Final, d("5"), d("6"), std::nullopt},
                                              {x.unit, b, Stage::Final, d("7"), std::nullopt, std::nullopt},
                                              {y, x.criterion, Stage::Final, d("1"), std::nullopt, std::nullopt},
                                              {y, b, Stage::Final, std::nullopt, d("2.5"), std::nullopt}});
    ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
    EXPECT_EQ(psql.value(QStringLiteral(
                  "SELECT string_agg(u.name || ':' || c.code || '=' || coalesce(s.value_micro::text, '-') "
                  "|| coalesce('+' || s.note, ''), ' ' ORDER BY u.name, c.code) FROM scores s "
                  "JOIN units u ON u.id = s.unit_id JOIN criteria c ON c.id = s.criterion_id WHERE s.stage = 'final'")),
              QStringLiteral("X:A=6000000 X:B=-+còn thiếu Y:B=2500000"));
    EXPECT_EQ(psql.value(QStringLiteral("SELECT count(*) - %1 FROM audit_log").arg(logged)), QStringLiteral("4"));
}

// The form's own path (ScoreEditor, as the desktop saves a cell) under a unit's account and an appraiser's: each saves
// what its role may, although neither may add a unit to a cohort (a save keeps its unit a member, which it already
// is); each is refused the other's stage in plain words; the log names each account.
TEST_F(ServerConcurrency, AUnitAndAnAppraiserSaveTheirOwnCellsThroughTheForm)
{
    TestDatabase a(uri());
    OneUnit x;
    seedOneUnit(a, &x);
    if (HasFatalFailure())
        return;
    const QString unit = m_name + QStringLiteral("_home"); // not "_unit": the database's group role for units
    const QString council = m_name + QStringLiteral("_council");
    Accounts accounts(*a.db);
    for (const auto& [login, role, of] : {std::tuple(unit, Permissions::Role::Unit, QStringLiteral("X")),
                                          std::tuple(council, Permissions::Role::Appraiser, QString())}) {
        auto added = accounts.add(login, role, of, QStringLiteral("mật khẩu"));
        ASSERT_TRUE(added.ok()) << added.error().message.toStdString();
        m_roles << login;
    }
    const auto save = [&](const QString& login, Stage stage, const char* shown, const char* value) -> Status {
        auto opened = Database::openExisting(testbackend::withUser(uri(), login));
        if (!opened)
            return opened.error();
        Catalog catalog(*opened.value());
        const std::optional<Decimal> expected = shown ? std::optional<Decimal>(d(shown)) : std::nullopt;
        return ScoreEditor(catalog).changeValues(x.framework, x.cohort,
                                                 {{x.unit, x.criterion, stage, expected, d(value), std::nullopt}});
    };

    const Status selfSaved = save(unit, Stage::Self, nullptr, "4.5");
    EXPECT_TRUE(selfSaved.ok()) << selfSaved.error().message.toStdString();
    const Status finalSaved = save(council, Stage::Final, "5", "6.25");
    EXPECT_TRUE(finalSaved.ok()) << finalSaved.error().message.toStdString();
    const Status unitOnFinal = save(unit, Stage::Final, "6.25", "9");
    ASSERT_FALSE(unitOnFinal.ok());
    EXPECT_TRUE(unitOnFinal.error().message.contains(QStringLiteral("(unit X) may not change the final (appraised)")))
        << unitOnFinal.error().message.toStdString();
    const Status councilOnSelf = save(council, Stage::Self, "4.5", "1");
    ASSERT_FALSE(councilOnSelf.ok());
    EXPECT_TRUE(councilOnSelf.error().message.contains(QStringLiteral("(appraiser) may not change the self-assessed")))
        << councilOnSelf.error().message.toStdString();
    // A statement of the program's own (Database::exec, through QPSQL, whose error text is libpq's whole report)
    // is refused in the same words.
    {
        auto opened = Database::openExisting(testbackend::withUser(uri(), unit));
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        auto raw = opened.value()->exec(
            QStringLiteral("UPDATE scores SET value_micro = 1 WHERE unit_id = %1 AND criterion_id = %2 AND stage = "
                           "'final'")
                .arg(x.unit)
                .arg(x.criterion));
        ASSERT_FALSE(raw.ok());
        EXPECT_EQ(raw.error().kind, Error::Input);
        EXPECT_TRUE(raw.error().message.contains(QStringLiteral("(unit X) may not change the final (appraised)")))
            << raw.error().message.toStdString();
    }

    Session owner(uri());
    EXPECT_EQ(owner.value(QStringLiteral("SELECT string_agg(stage || '=' || value_micro, ' ' ORDER BY stage) FROM "
                                         "scores WHERE unit_id = %1 AND criterion_id = %2")
                              .arg(x.unit)
                              .arg(x.criterion)),
              QStringLiteral("final=6250000 self=4500000"));
    EXPECT_EQ(owner.value(QStringLiteral("SELECT string_agg(actor || ':' || stage, ' ' ORDER BY id) FROM audit_log "
                                         "WHERE entity = 'score' AND actor <> current_user")),
              unit + QStringLiteral(":self ") + council + QStringLiteral(":final"));
}

// The server drops a connection. Inside a transaction nothing runs on a new one: the statements after the loss fail,
// so does COMMIT, and what the transaction wrote before it is gone. A transaction begun by BEGIN alone (as a copy
// begins one) is the same, and stays failing. Outside a transaction the next statement connects again, and the
// connection hears other connections' changes again.
TEST_F(ServerConcurrency, ALostConnectionIsMadeAgainOnlyOutsideATransaction)
{
    TestDatabase a(uri());
    ASSERT_TRUE(a.db && a.db->isServer());
    OneUnit x;
    seedOneUnit(a, &x);
    ASSERT_TRUE(ServerChanges::subscribe(*a.db));
    const auto addUnit = [&a](const char* name) {
        return a.db
            ->execScript(
                QStringLiteral("INSERT INTO units (name, kind) VALUES ('%1', 'other')").arg(QString::fromUtf8(name)))
            .ok();
    };
    {
        Database::Transaction transaction(*a.db);
        ASSERT_TRUE(transaction.ok());
        ASSERT_TRUE(addUnit("Trước"));
        testbackend::endSessions(m_cluster, QStringLiteral("datname = '%1'").arg(m_name));
        EXPECT_FALSE(addUnit("Sau"));
        EXPECT_FALSE(transaction.commit().ok());
    }
    EXPECT_TRUE(addUnit("Mới"));

    TestDatabase b(uri());
    ASSERT_TRUE(b.db);
    ASSERT_TRUE(b.db->execScript(QStringLiteral("BEGIN")).ok());
    ASSERT_TRUE(b.db->execScript(QStringLiteral("INSERT INTO units (name, kind) VALUES ('Trong', 'other')")).ok());
    testbackend::endSessions(m_cluster, QStringLiteral("datname = '%1'").arg(m_name));
    EXPECT_FALSE(b.db->execScript(QStringLiteral("INSERT INTO units (name, kind) VALUES ('Tiếp', 'other')")).ok());
    EXPECT_FALSE(b.db->execScript(QStringLiteral("COMMIT")).ok());
    EXPECT_FALSE(b.db->execScript(QStringLiteral("INSERT INTO units (name, kind) VALUES ('Rồi', 'other')")).ok());

    Session owner(uri());
    EXPECT_EQ(owner.value(QStringLiteral("SELECT string_agg(name, ',' ORDER BY name) FROM units "
                                         "WHERE name IN ('Trước', 'Sau', 'Mới', 'Trong', 'Tiếp', 'Rồi')")),
              QStringLiteral("Mới"));

    // a, connected again after each loss, listens again: an edit by another connection is heard.
    testbackend::endSessions(m_cluster, QStringLiteral("datname = '%1'").arg(m_name));
    EXPECT_TRUE(a.db->execScript(QStringLiteral("SELECT 1")).ok());
    TestDatabase c(uri());
    ScoreEditor editor(*c.catalog);
    ASSERT_TRUE(editor.setValues(x.framework, x.cohort, Stage::Final, {{x.unit, x.criterion, d("6")}}).ok());
    EXPECT_EQ(heard(*a.db), QStringList {QStringLiteral("%1:2019").arg(x.cohort.id)});
}

namespace {

int runCommand(const QString& program, const QStringList& arguments)
{
    QProcess p;
    p.start(program, arguments);
    return p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

// The loopback link of this process's network (a namespace of its own: see the test below).
bool loopback(bool up)
{
    return runCommand(QStringLiteral("ip"),
                      {QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"),
                       up ? QStringLiteral("up") : QStringLiteral("down")})
        == 0;
}

} // namespace

// The part of the next test that runs in a network namespace of its own (unshare --net), given the database's
// address: skipped when run any other way.
TEST(ServerNetworkCut, InANetworkOfItsOwn)
{
    const QString given = qEnvironmentVariable("PARINDEX_TEST_CUT_URI");
    if (given.isEmpty())
        GTEST_SKIP() << "run by ServerConcurrency.AStatementOnACutNetworkFailsInSecondsAndTheNextOneConnectsAgain";
    ASSERT_TRUE(loopback(true));
    Relay relay(given);
    ASSERT_TRUE(relay.listening()) << given.toStdString();
    auto opened = Database::openExisting(relay.uri());
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    Database& db = *opened.value();
    ASSERT_TRUE(db.execScript(QStringLiteral("SELECT 1")).ok());

    ASSERT_TRUE(loopback(false));
    QElapsedTimer waited;
    waited.start();
    const Status cut = db.execScript(QStringLiteral("SELECT 1"));
    const qint64 seconds = waited.elapsed() / 1000;
    ASSERT_FALSE(cut.ok());
    EXPECT_TRUE(cut.error().message.contains(QStringLiteral("connection to the server was lost")))
        << cut.error().message.toStdString();
    // tcp_user_timeout's 10 s, give or take the system's last retransmission.
    EXPECT_LE(seconds, 30);

    // The network back: the next statement connects again.
    ASSERT_TRUE(loopback(true));
    const Status again = db.execScript(QStringLiteral("SELECT 1"));
    EXPECT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_EQ(db.serverReconnects(), 1);
}

// A desk whose network is cut while the program is open: its next statement fails in seconds with the reason, instead
// of freezing the window for the system's quarter of an hour of retransmissions, and the one after the network is
// back connects again. The cut needs a network of its own: this test runs the one above in a namespace (unshare
// --net, as root); skipped where the system refuses one.
TEST_F(ServerConcurrency, AStatementOnACutNetworkFailsInSecondsAndTheNextOneConnectsAgain)
{
    TestDatabase made(uri());
    ASSERT_TRUE(made.db && made.db->isServer());
    if (runCommand(QStringLiteral("unshare"), {QStringLiteral("--net"), QStringLiteral("true")}) != 0
        || runCommand(QStringLiteral("unshare"),
                      {QStringLiteral("--net"), QStringLiteral("ip"), QStringLiteral("link"), QStringLiteral("set"),
                       QStringLiteral("lo"), QStringLiteral("up")})
            != 0)
        GTEST_SKIP() << "no network namespace of its own for the test (unshare --net and ip need root)";
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PARINDEX_TEST_CUT_URI"), uri());
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QStringLiteral("unshare"),
                {QStringLiteral("--net"), QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath(),
                 QStringLiteral("--gtest_filter=ServerNetworkCut.InANetworkOfItsOwn")});
    // Without the program's timeouts the statement waits out the system's retransmissions (about 15 minutes).
    const bool ended = child.waitForFinished(90000);
    if (!ended)
        child.kill();
    child.waitForFinished();
    const QString output = QString::fromUtf8(child.readAll());
    ASSERT_TRUE(ended) << "the statement on the cut network was still waiting after 90 s\n" << output.toStdString();
    EXPECT_EQ(child.exitCode(), 0) << output.toStdString();
    EXPECT_TRUE(output.contains(QStringLiteral("[  PASSED  ] 1 test"))) << output.toStdString();
}

// A desk whose server stops answering (it hangs, or a firewall swallows the connection): the statement that finds the
// connection lost waits connect_timeout for a new one, and the action's next statements fail at once with the same
// reason instead of each waiting as long in turn on the window's thread. Once as long again has passed, the next
// statement tries again, and connects.
TEST_F(ServerConcurrency, AnUnansweringServerIsWaitedForOnceNotByEveryStatementInTurn)
{
    TestDatabase made(uri());
    ASSERT_TRUE(made.db && made.db->isServer());
    Relay relay(uri());
    ASSERT_TRUE(relay.listening()) << uri().toStdString();
    // libpq's shortest connect_timeout, for a short test.
    auto opened = Database::openExisting(relay.uri(QStringLiteral("connect_timeout=2")));
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    Database& db = *opened.value();
    const QString select = QStringLiteral("SELECT 1");
    ASSERT_TRUE(db.execScript(select).ok());

    relay.silence(true);
    testbackend::endSessions(m_cluster, QStringLiteral("datname = '%1'").arg(m_name));
    QElapsedTimer timer;
    timer.start();
    const Status first = db.execScript(select);
    const qint64 waited = timer.elapsed();
    ASSERT_FALSE(first.ok());
    EXPECT_TRUE(first.error().message.contains(QStringLiteral("connecting again failed"))
                && first.error().message.contains(QStringLiteral("timeout")))
        << first.error().message.toStdString();
    // connect_timeout once, not again to find the words for it.
    EXPECT_GE(waited, 1500);
    EXPECT_LT(waited, 3500);
    timer.restart();
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer each;
        each.start();
        const Status next = db.execScript(select);
        EXPECT_LT(each.elapsed(), 500) << "statement " << i << " waited again";
        ASSERT_FALSE(next.ok());
        EXPECT_EQ(next.error().message, first.error().message);
    }

    // Answered again, and as long again passed since the attempt: the next statement connects.
    relay.silence(false);
    QThread::msleep(ulong(std::max<qint64>(0, waited + 200 - timer.elapsed())));
    const Status again = db.execScript(select);
    EXPECT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_EQ(db.serverReconnects(), 1);
}
