// The desktop on the ctest PostgreSQL cluster (tests/server/server.cmake): the demo written into a database of the
// test's own, opened through File > Connect to server... as a user does it, its Overview shown, the title naming
// user@host/db, the address remembered without a password and reopened from the welcome page's recent list.
#include "ContextBar.h"
#include "MainWindow.h"
#include "pages/OverviewPage.h"
#include "server/ConnectDialog.h"
#include "storage/Catalog.h"
#include "storage/Demo.h"
#include "storage/ServerAddress.h"
#include "welcome/WelcomePage.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QTimer>

#include <libpq-fe.h>

#include "../TestBackend.h"

#include <gtest/gtest.h>

using namespace par;
using namespace par::ui;

namespace {

using testbackend::clusterUri;

bool run(const QString& uri, const QString& sql)
{
    PGconn* conn = PQconnectdb(uri.toUtf8().constData());
    PGresult* r = PQexec(conn, sql.toUtf8().constData());
    const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    PQclear(r);
    PQfinish(conn);
    return ok;
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
        ASSERT_TRUE(run(m_cluster, QStringLiteral("CREATE DATABASE %1").arg(m_name)));
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
        if (m_created)
            run(m_cluster, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    }

    QString m_cluster;
    QString m_name;
    QString m_uri;
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
