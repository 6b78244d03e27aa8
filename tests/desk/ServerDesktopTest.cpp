// The desktop on the ctest PostgreSQL cluster (tests/server/server.cmake): the demo written into a database of the
// test's own, opened through File > Connect to server... as a user does it, its Overview shown, the title naming
// user@host/db, the address remembered without a password and reopened from the welcome page's recent list.
#include "ContextBar.h"
#include "MainWindow.h"
#include "models/ScoreTreeModel.h"
#include "pages/EntryPage.h"
#include "pages/OverviewPage.h"
#include "server/ConnectDialog.h"
#include "storage/Accounts.h"
#include "storage/Catalog.h"
#include "storage/Demo.h"
#include "storage/ServerAddress.h"
#include "welcome/WelcomePage.h"
#include "welcome/YearGlancePanel.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QTreeView>

#include <libpq-fe.h>

#include "../TestBackend.h"
#include "../server/Relay.h"

#include <gtest/gtest.h>

using namespace par;
using namespace par::ui;

namespace {

using testbackend::adminExec;
using testbackend::clusterUri;

// The score entry page, shown.
EntryPage* showEntry(MainWindow& window)
{
    window.showPage(1);
    QApplication::processEvents();
    return qobject_cast<EntryPage*>(window.page(1));
}

// The form's cell of the criterion `code` in `column` (ScoreTreeModel's); invalid where there is none.
QModelIndex cellOf(const EntryPage* entry, const char* code, int column)
{
    return entry->model()->indexOf(entry->model()->framework().find(QString::fromLatin1(code)), column);
}

// A clerk's keys into the cell: made current in the focused tree, then each character typed in turn; Enter is left to
// the test.
void typeInto(EntryPage* entry, const QModelIndex& cell, const char* keys)
{
    entry->view()->setFocus();
    entry->view()->setCurrentIndex(cell);
    for (const char* key = keys; *key; ++key)
        QTest::keyClick(QApplication::focusWidget(), *key);
}

// A cell's stored value in millionths and the actor of the log's last entry, "value actor", read as the owner.
QString savedWithActor(const QString& uri, const char* unit, const char* index, const char* stage)
{
    PGconn* owner = PQconnectdb(uri.toUtf8().constData());
    const QByteArray sql
        = QByteArray("SELECT s.value_micro || ' ' || (SELECT actor FROM audit_log ORDER BY id DESC LIMIT 1) "
                     "FROM scores s JOIN units u ON u.id = s.unit_id JOIN criteria c ON c.id = s.criterion_id "
                     "JOIN frameworks f ON f.id = c.framework_id JOIN indices i ON i.id = f.index_id "
                     "WHERE c.code = '1.1' AND f.year = 2018 AND u.name = '")
        + unit + "' AND i.code = '" + index + "' AND s.stage = '" + stage + "'";
    PGresult* r = PQexec(owner, sql.constData());
    const QString saved = PQntuples(r) == 1 ? QString::fromUtf8(PQgetvalue(r, 0, 0)) : QString();
    PQclear(r);
    PQfinish(owner);
    return saved;
}

class DesktopServer : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString why;
        m_cluster = clusterUri(&why);
        if (m_cluster.isEmpty())
            GTEST_SKIP() << why.toStdString();
        m_name = QStringLiteral("desk_%1").arg(QCoreApplication::applicationPid());
        ASSERT_EQ(adminExec(m_cluster, QStringLiteral("CREATE DATABASE %1").arg(m_name)), QString());
        m_created = true;
        auto address = ServerAddress::parse(m_cluster);
        ASSERT_TRUE(address.ok());
        address.value().database = m_name;
        m_uri = address->toUri();
        auto db = Database::open(m_uri);
        ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
        Catalog catalog(*db.value());
        Status loaded = Demo::load(catalog);
        ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
        QSettings().remove(QStringLiteral("recentFiles"));
        QSettings().remove(QStringLiteral("context"));
    }
    void TearDown() override
    {
        if (!m_created)
            return;
        testbackend::dropDatabasesAndRoles(m_cluster, {m_name}, m_logins);
    }

    // A login with a role in the test's database, dropped with it.
    QString addLogin(const QString& suffix, Permissions::Role role, const QString& unit = QString())
    {
        const QString login = m_name + u'_' + suffix;
        auto db = Database::open(m_uri);
        EXPECT_TRUE(db.ok());
        if (!db)
            return login;
        auto added = Accounts(*db.value()).add(login, role, unit, QStringLiteral("mật khẩu"));
        EXPECT_TRUE(added.ok()) << added.error().message.toStdString();
        m_logins << login;
        return login;
    }

    QString m_cluster;
    QString m_name;
    QString m_uri;
    QStringList m_logins;
    bool m_created = false;
};

} // namespace

TEST_F(DesktopServer, ConnectsThroughTheDialogAndShowsTheDemosOverview)
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    window.showWelcome();
    // File > Connect to server... is modal: the address is pasted and Connect pressed once it is up.
    bool filled = false;
    QTimer::singleShot(0, &window, [&] {
        auto* dialog = qobject_cast<ConnectDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        dialog->uriEdit()->setFocus();
        QTest::keyClicks(dialog->uriEdit(), m_uri);
        EXPECT_EQ(dialog->databaseEdit()->text(), m_name);
        filled = true;
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    QTest::mouseClick(window.welcome()->serverButton(), Qt::LeftButton);
    ASSERT_TRUE(filled);
    ASSERT_TRUE(window.session().isOpen());
    EXPECT_TRUE(window.session().database().isServer());
    EXPECT_FALSE(window.welcomeShown());

    const QString user = ServerAddress::parse(m_uri)->user;
    EXPECT_EQ(window.windowTitle(), QStringLiteral("%1@localhost/%2 - parindex").arg(user, m_name));

    // The demo's province on its Overview: PAR INDEX 2018, 74.62 of 100.
    window.contextBar()->reload(QStringLiteral("PAR"), 2018, QStringLiteral("Bắc Kạn"));
    window.showPage(0);
    QApplication::processEvents();
    auto* overview = qobject_cast<OverviewPage*>(window.page(0));
    ASSERT_NE(overview, nullptr);
    EXPECT_TRUE(overview->figure(QStringLiteral("total")).contains(QStringLiteral("74.62")))
        << overview->figure(QStringLiteral("total")).toStdString();

    // Remembered without a password, and reopened from the welcome page's recent list.
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    ASSERT_FALSE(recent.isEmpty());
    EXPECT_EQ(recent.first(), m_uri);
    EXPECT_FALSE(recent.first().contains(QLatin1String("password")));
    EXPECT_FALSE(ServerAddress::parse(recent.first())->user.contains(u':'));

    MainWindow again;
    again.show();
    again.showWelcome();
    QListWidget* list = again.welcome()->recentList();
    ASSERT_GE(list->count(), 1);
    EXPECT_EQ(list->item(0)->text(), QStringLiteral("%1@localhost/%2  —  server").arg(user, m_name));
    list->setFocus();
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Return);
    QApplication::processEvents();
    ASSERT_TRUE(again.session().isOpen());
    EXPECT_EQ(again.session().path(), m_uri);
    EXPECT_FALSE(again.welcomeShown());
}

// A district signs in with its own account (a unit's). The window starts on its own unit; where the account reads only
// its own part of an open year it shows no rank, and no step it may not take; and its self-assessment, typed as a
// clerk types it, is saved (a save keeps the unit in its cohort, which such an account may not change: the server
// refused every save of a unit's account until it asked first).
TEST_F(DesktopServer, AUnitAccountStartsOnItsOwnUnitRanksNothingItCannotReadAndSavesByKeys)
{
    const QString login = addLogin(QStringLiteral("home"), Permissions::Role::Unit, QStringLiteral("Huyện Ba Bể"));
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(window.openDatabase(testbackend::withUser(m_uri, login)));
    QApplication::processEvents();
    Session& session = window.session();
    ASSERT_TRUE(session.currentIndex());
    EXPECT_EQ(session.currentIndex()->code, QStringLiteral("BKCCHC"));
    EXPECT_EQ(session.year(), 2018);
    auto unit = session.catalog().unitById(session.unitId());
    ASSERT_TRUE(unit.ok() && unit.value());
    EXPECT_EQ(unit.value()->name, QStringLiteral("Huyện Ba Bể"));

    window.showPage(0);
    QApplication::processEvents();
    auto* overview = qobject_cast<OverviewPage*>(window.page(0));
    ASSERT_NE(overview, nullptr);
    EXPECT_TRUE(overview->figure(QStringLiteral("total")).contains(QStringLiteral("80.58")))
        << overview->figure(QStringLiteral("total")).toStdString();
    // 2018 is open: the account reads its own unit only, and "1 of 1" would be false.
    EXPECT_EQ(overview->figure(QStringLiteral("rank")), QStringLiteral("—"));
    EXPECT_FALSE(overview->figure(QStringLiteral("change")).contains(QStringLiteral("→")))
        << overview->figure(QStringLiteral("change")).toStdString();
    YearGlancePanel* glance = overview->glance();
    ASSERT_GE(glance->rows(), 1);
    for (int r = 0; r < glance->rows(); ++r) {
        const QString step = glance->cell(r, YearGlancePanel::StepColumn);
        EXPECT_EQ(glance->stepButton(r)->isEnabled(), step == YearGlancePanel::stepText(CohortGlance::Step::Report))
            << step.toStdString();
    }

    auto* entry = showEntry(window);
    ASSERT_NE(entry, nullptr);
    const QModelIndex cell = cellOf(entry, "1.1", ScoreTreeModel::Self);
    ASSERT_TRUE(cell.isValid());
    typeInto(entry, cell, "2.5");
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QApplication::processEvents();
    EXPECT_TRUE(entry->message().startsWith(QStringLiteral("Saved: 1.1 = 2.5"))) << entry->message().toStdString();
    EXPECT_EQ(savedWithActor(m_uri, "Huyện Ba Bể", "BKCCHC", "self"), QStringLiteral("2500000 ") + login);
}

// The server drops the desktop's connection (an administrator ends the session, the server restarts, the network is
// cut) while a clerk has the form open. While the server cannot be reached again, the value typed is not saved and
// the page says why, beside the value kept in its editor; once it can, Enter saves it on a new connection, and the
// log names the clerk.
TEST_F(DesktopServer, ALostConnectionIsSaidThenMadeAgainAndTheTypedValueSaved)
{
    const QString login = addLogin(QStringLiteral("desk"), Permissions::Role::Secretariat);
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(window.openDatabase(testbackend::withUser(m_uri, login)));
    auto* entry = showEntry(window);
    ASSERT_NE(entry, nullptr);
    const QModelIndex cell = cellOf(entry, "1.1", ScoreTreeModel::Final);
    ASSERT_TRUE(cell.isValid());
    ASSERT_EQ(adminExec(m_cluster, QStringLiteral("ALTER ROLE %1 NOLOGIN").arg(login)), QString());
    testbackend::endSessions(m_cluster, QStringLiteral("usename = '%1'").arg(login));
    typeInto(entry, cell, "1,75");
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QApplication::processEvents();
    EXPECT_TRUE(entry->message().startsWith(QStringLiteral("Not saved: ")) && entry->message().contains(login))
        << entry->message().toStdString();
    auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    ASSERT_NE(editor, nullptr);
    EXPECT_EQ(editor->text(), QStringLiteral("1,75"));

    ASSERT_EQ(adminExec(m_cluster, QStringLiteral("ALTER ROLE %1 LOGIN").arg(login)), QString());
    QSignalSpy outside(&window.session(), &Session::outsideChange);
    QTest::keyClick(editor, Qt::Key_Return);
    QApplication::processEvents();
    EXPECT_TRUE(entry->message().startsWith(QStringLiteral("Saved: 1.1 = 1"))) << entry->message().toStdString();
    // What others saved while the window was cut off was announced to no one: the window reads everything again.
    for (int waited = 0; waited < 40 && outside.isEmpty(); ++waited)
        QTest::qWait(100);
    EXPECT_FALSE(outside.isEmpty());
    EXPECT_EQ(savedWithActor(m_uri, "Bắc Kạn", "PAR", "final"), QStringLiteral("1750000 ") + login);
}

// The server stops answering while a clerk has the form open (it hangs, or a firewall swallows new connections): the
// first save waits connect_timeout once, and says why; the window does not freeze again for each statement the page
// runs after it, nor for a second Enter straight after. Once the server answers and as long again has passed, Enter
// saves the value kept in the editor.
TEST_F(DesktopServer, AnUnansweringServerFreezesTheWindowOnceNotForEveryStatement)
{
    const QString login = addLogin(QStringLiteral("wait"), Permissions::Role::Secretariat);
    servertest::Relay relay(testbackend::withUser(m_uri, login));
    ASSERT_TRUE(relay.listening()) << m_uri.toStdString();
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QApplication::setActiveWindow(&window);
    // libpq's shortest connect_timeout, for a short test (the program's own is 10 s).
    ASSERT_TRUE(window.openDatabase(relay.uri(QStringLiteral("connect_timeout=2"))));
    auto* entry = showEntry(window);
    ASSERT_NE(entry, nullptr);
    const QModelIndex cell = cellOf(entry, "1.1", ScoreTreeModel::Final);
    ASSERT_TRUE(cell.isValid());

    relay.silence(true);
    testbackend::endSessions(m_cluster, QStringLiteral("usename = '%1'").arg(login));
    typeInto(entry, cell, "1,25");
    QElapsedTimer frozen;
    frozen.start();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QApplication::processEvents();
    const qint64 first = frozen.elapsed();
    EXPECT_TRUE(entry->message().startsWith(QStringLiteral("Not saved: ")) && entry->message().contains(u"timeout"))
        << entry->message().toStdString();
    EXPECT_LT(first, 3500) << "the window waited for more than one connection";
    auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    ASSERT_NE(editor, nullptr);
    EXPECT_EQ(editor->text(), QStringLiteral("1,25"));
    frozen.restart();
    QTest::keyClick(editor, Qt::Key_Return);
    QApplication::processEvents();
    EXPECT_LT(frozen.elapsed(), 500) << "a second Enter waited again";
    EXPECT_TRUE(entry->message().startsWith(QStringLiteral("Not saved: "))) << entry->message().toStdString();

    relay.silence(false);
    QTest::qWait(int(first) + 200);
    QTest::keyClick(editor, Qt::Key_Return);
    QApplication::processEvents();
    EXPECT_TRUE(entry->message().startsWith(QStringLiteral("Saved: 1.1 = 1"))) << entry->message().toStdString();
    EXPECT_EQ(savedWithActor(m_uri, "Bắc Kạn", "PAR", "final"), QStringLiteral("1250000 ") + login);
}

// Another desk saves while this window runs a statement of its own: libpq reads the server's notice with that
// statement's answer, so the driver, which waits for the socket, never hears it. The window still learns of the change
// within its polling interval, and refreshes.
TEST_F(DesktopServer, AChangeNoticedDuringTheWindowsOwnStatementStillRefreshesIt)
{
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    ASSERT_TRUE(window.openDatabase(m_uri));
    QApplication::processEvents();
    Session& session = window.session();
    QSignalSpy outside(&session, &Session::outsideChange);
    ASSERT_EQ(adminExec(m_uri,
                        QStringLiteral("UPDATE scores SET note = 'từ bàn khác' WHERE (criterion_id, unit_id, stage) = "
                                       "(SELECT s.criterion_id, s.unit_id, s.stage FROM scores s "
                                       "JOIN criteria c ON c.id = s.criterion_id "
                                       "JOIN frameworks f ON f.id = c.framework_id "
                                       "JOIN indices i ON i.id = f.index_id "
                                       "WHERE i.code = 'PAR' AND f.year = 2018 LIMIT 1)")),
              QString());
    // No events meanwhile: the notice waits on the socket until the window's next statement reads it.
    QThread::msleep(300);
    ASSERT_TRUE(session.catalog().index(QStringLiteral("PAR")).ok());
    for (int waited = 0; waited < 40 && outside.isEmpty(); ++waited)
        QTest::qWait(100);
    EXPECT_FALSE(outside.isEmpty());
}
