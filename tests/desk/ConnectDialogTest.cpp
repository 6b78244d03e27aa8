// File > Connect to server... and the sign-in dialog, driven through the real widgets: an address pasted and typed,
// the fields following it and the other way round, a password inside an address refused, a server that cannot be
// reached named plainly, and a server that asks for a password (a small stand-in that speaks the first messages of
// PostgreSQL's protocol, as a server with password authentication does).
#include "server/ConnectDialog.h"
#include "MainWindow.h"
#include "server/SignInDialog.h"
#include "storage/Database.h"
#include "storage/ServerAddress.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QtEndian>

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

using namespace par;
using namespace par::ui;

namespace {

void type(QWidget* widget, const QString& text)
{
    for (QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &release);
    }
}

void retype(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    type(edit, text);
}

QString errorShown(QDialog& dialog)
{
    for (QLabel* label : dialog.findChildren<QLabel*>()) {
        if (!label->isHidden() && label->styleSheet().contains(QLatin1String("#a40000")))
            return label->text();
    }
    return QString();
}

void pressConnect(FormDialog& dialog)
{
    QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QApplication::processEvents();
}

// A stand-in for a server with password authentication: answers libpq's SSL and GSS requests with "no", asks for a
// clear-text password, and lets in only "secret" (then says it is ready), refusing any other with SQLSTATE 28P01.
class PasswordServer
{
public:
    PasswordServer()
    {
        m_thread = std::thread([this] { run(); });
        while (m_port.load() == 0)
            std::this_thread::yield();
    }
    ~PasswordServer()
    {
        m_stop = true;
        m_thread.join();
    }
    int port() const { return m_port.load(); }
    int passwordsTried() const { return m_tried.load(); }

private:
    void run()
    {
        QTcpServer server;
        if (!server.listen(QHostAddress::LocalHost)) {
            m_port = -1;
            return;
        }
        m_port = server.serverPort();
        while (!m_stop) {
            if (!server.waitForNewConnection(50))
                continue;
            std::unique_ptr<QTcpSocket> socket(server.nextPendingConnection());
            serve(*socket);
        }
    }

    static bool readExactly(QTcpSocket& socket, QByteArray& out, qsizetype n)
    {
        out.clear();
        while (out.size() < n) {
            if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(3000))
                return false;
            out += socket.read(n - out.size());
        }
        return true;
    }

    static QByteArray message(char type, const QByteArray& body)
    {
        QByteArray out(1, type);
        char length[4];
        qToBigEndian<quint32>(quint32(body.size() + 4), length);
        return out + QByteArray(length, 4) + body;
    }

    static QByteArray int32(quint32 value)
    {
        char bytes[4];
        qToBigEndian<quint32>(value, bytes);
        return QByteArray(bytes, 4);
    }

    void serve(QTcpSocket& socket)
    {
        QByteArray head;
        QByteArray body;
        // SSLRequest and GSSENCRequest come first, as startup packets with a special code; each gets "N".
        for (;;) {
            if (!readExactly(socket, head, 4))
                return;
            const quint32 length = qFromBigEndian<quint32>(head.constData());
            if (length < 8 || !readExactly(socket, body, length - 4))
                return;
            const quint32 code = qFromBigEndian<quint32>(body.constData());
            if (code == 80877103 || code == 80877104) {
                socket.write("N");
                socket.waitForBytesWritten(1000);
                continue;
            }
            break; // the startup message
        }
        socket.write(message('R', int32(3))); // AuthenticationCleartextPassword
        socket.waitForBytesWritten(1000);
        if (!readExactly(socket, head, 5) || head[0] != 'p')
            return; // a ping, or libpq without a password: it hangs up here
        if (!readExactly(socket, body, qFromBigEndian<quint32>(head.constData() + 1) - 4))
            return;
        ++m_tried;
        if (body == QByteArray("secret", 7)) {
            socket.write(message('R', int32(0)) + message('Z', QByteArray("I")));
        } else {
            static const char refusal[] = "SFATAL\0VFATAL\0C28P01\0Mpassword authentication failed\0";
            socket.write(message('E', QByteArray(refusal, sizeof(refusal)))); // the literal's own NUL ends the fields
        }
        socket.waitForBytesWritten(1000);
        socket.waitForReadyRead(500); // libpq's Terminate, or its hang-up
    }

    std::thread m_thread;
    std::atomic<int> m_port {0};
    std::atomic<int> m_tried {0};
    std::atomic<bool> m_stop {false};
};

} // namespace

TEST(ConnectDialog, PastedAddressFillsTheFields)
{
    ConnectDialog dialog;
    dialog.show();
    dialog.uriEdit()->setFocus();
    type(dialog.uriEdit(), QStringLiteral("postgresql://thu.ky@csdl.backan.gov.vn:5433/ccch?sslmode=require"));
    EXPECT_EQ(dialog.hostEdit()->text(), QStringLiteral("csdl.backan.gov.vn"));
    EXPECT_EQ(dialog.portEdit()->value(), 5433);
    EXPECT_EQ(dialog.databaseEdit()->text(), QStringLiteral("ccch"));
    EXPECT_EQ(dialog.userEdit()->text(), QStringLiteral("thu.ky"));
    EXPECT_EQ(dialog.sslModeBox()->currentData().toString(), QStringLiteral("require"));
    EXPECT_EQ(dialog.uri(), QStringLiteral("postgresql://thu.ky@csdl.backan.gov.vn:5433/ccch?sslmode=require"));
    EXPECT_EQ(dialog.problem(), QString());
}

TEST(ConnectDialog, FieldsMakeTheAddress)
{
    ConnectDialog dialog;
    dialog.show();
    retype(dialog.hostEdit(), QStringLiteral("10.0.0.5"));
    dialog.portEdit()->setFocus();
    QTest::keyClick(dialog.portEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(dialog.portEdit(), QStringLiteral("6543"));
    retype(dialog.databaseEdit(), QStringLiteral("chỉ số cchc"));
    retype(dialog.userEdit(), QStringLiteral("thẩm_định"));
    dialog.sslModeBox()->setFocus();
    dialog.sslModeBox()->setCurrentIndex(dialog.sslModeBox()->findData(QStringLiteral("verify-full")));
    const QString uri = dialog.uriEdit()->text();
    EXPECT_EQ(uri, dialog.uri());
    EXPECT_TRUE(uri.startsWith(QLatin1String("postgresql://"))) << uri.toStdString();
    EXPECT_TRUE(uri.contains(QLatin1String("@10.0.0.5:6543/"))) << uri.toStdString();
    EXPECT_TRUE(uri.endsWith(QLatin1String("?sslmode=verify-full"))) << uri.toStdString();
    // Read back, the address is the one the fields say, accents and spaces included.
    auto back = ServerAddress::parse(uri);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->user, QStringLiteral("thẩm_định"));
    EXPECT_EQ(back->database, QStringLiteral("chỉ số cchc"));
    EXPECT_EQ(back->host, QStringLiteral("10.0.0.5"));
    EXPECT_EQ(back->port, 6543);
    EXPECT_EQ(back->displayName(), QStringLiteral("thẩm_định@10.0.0.5/chỉ số cchc"));
}

TEST(ConnectDialog, LocalSocketAndOtherOptionsSurviveTheFields)
{
    ConnectDialog dialog;
    dialog.setUri(QStringLiteral("postgresql://clerk@/par?host=/run/postgresql&connect_timeout=5"));
    EXPECT_EQ(dialog.hostEdit()->text(), QStringLiteral("/run/postgresql"));
    EXPECT_EQ(dialog.portEdit()->value(), 0);
    EXPECT_EQ(dialog.portEdit()->text(), dialog.portEdit()->specialValueText());
    dialog.show();
    retype(dialog.databaseEdit(), QStringLiteral("par2"));
    EXPECT_EQ(dialog.uri(), QStringLiteral("postgresql://clerk@/par2?host=/run/postgresql&connect_timeout=5"));
    EXPECT_EQ(ServerAddress::parse(dialog.uri())->displayName(), QStringLiteral("clerk@localhost/par2"));
}

TEST(ConnectDialog, RefusesAPasswordInsideTheAddress)
{
    for (const QString& pasted : {QStringLiteral("postgresql://clerk:hunter2@db.local/par"),
                                  QStringLiteral("postgresql://clerk@db.local/par?password=hunter2")}) {
        ConnectDialog dialog;
        bool tried = false;
        dialog.setConnect([&tried](const QString&) {
            tried = true;
            return QString();
        });
        dialog.show();
        dialog.uriEdit()->setFocus();
        type(dialog.uriEdit(), pasted);
        EXPECT_TRUE(errorShown(dialog).contains(QLatin1String("password does not belong")))
            << errorShown(dialog).toStdString();
        EXPECT_EQ(dialog.uri(), QString());
        pressConnect(dialog);
        EXPECT_FALSE(tried) << "an address with a password must never be used";
        EXPECT_TRUE(dialog.isVisible());
        EXPECT_EQ(dialog.result(), QDialog::Rejected);
        EXPECT_FALSE(dialog.uriEdit()->text().isEmpty()); // what was pasted stays, to be corrected
    }
}

TEST(ConnectDialog, NamesAServerItCannotReachPlainly)
{
    QSettings().remove(QStringLiteral("recentFiles"));
    MainWindow window;
    ConnectDialog dialog(&window);
    dialog.setConnect([&window](const QString& uri) { return window.connectServer(uri); });
    dialog.show();
    // Port 1 on this machine: nothing listens there.
    dialog.setUri(QStringLiteral("postgresql://clerk@127.0.0.1:1/par"));
    pressConnect(dialog);
    const QString shown = errorShown(dialog);
    EXPECT_TRUE(shown.startsWith(QLatin1String("Could not reach the server at 127.0.0.1:1"))) << shown.toStdString();
    EXPECT_FALSE(shown.contains(QLatin1String("Connection refused"))) << "no driver text: " << shown.toStdString();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(window.session().isOpen());
    EXPECT_TRUE(QSettings().value(QStringLiteral("recentFiles")).toStringList().isEmpty());
    // Without a database name the dialog says so before trying anything.
    retype(dialog.databaseEdit(), QString());
    pressConnect(dialog);
    EXPECT_EQ(errorShown(dialog), QStringLiteral("Name the database on the server."));
}

TEST(SignIn, AsksForThePasswordOnlyWhenTheServerWantsOne)
{
    PasswordServer server;
    ASSERT_GT(server.port(), 0);
    const QString uri = QStringLiteral("postgresql://clerk@127.0.0.1:%1/par?sslmode=disable").arg(server.port());
    const auto first = Database::checkServer(uri);
    EXPECT_EQ(first.access, Database::ServerAccess::PasswordNeeded) << first.message.toStdString();
    EXPECT_EQ(first.message,
              QStringLiteral("the server at 127.0.0.1:%1 asks for the password of clerk").arg(server.port()));
    const auto wrong = Database::checkServer(uri, QStringLiteral("guess"));
    EXPECT_EQ(wrong.access, Database::ServerAccess::WrongPassword) << wrong.message.toStdString();
    EXPECT_TRUE(wrong.message.startsWith(QLatin1String("wrong user name or password"))) << wrong.message.toStdString();
    EXPECT_EQ(Database::checkServer(uri, QStringLiteral("secret")).access, Database::ServerAccess::Ready);
}

TEST(SignIn, AWrongPasswordKeepsTheDialogOpenAndClearsIt)
{
    PasswordServer server;
    ASSERT_GT(server.port(), 0);
    const QString uri = QStringLiteral("postgresql://clerk@127.0.0.1:%1/par?sslmode=disable").arg(server.port());
    SignInDialog dialog(ServerAddress::parse(uri).value(), Database::checkServer(uri).message);
    dialog.show();
    EXPECT_EQ(dialog.userEdit()->text(), QStringLiteral("clerk"));
    EXPECT_EQ(dialog.passwordEdit()->echoMode(), QLineEdit::Password);
    dialog.passwordEdit()->setFocus();
    type(dialog.passwordEdit(), QStringLiteral("guess"));
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    QApplication::processEvents();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(errorShown(dialog).startsWith(QLatin1String("Wrong user name or password")))
        << errorShown(dialog).toStdString();
    EXPECT_EQ(dialog.passwordEdit()->text(), QString());
    type(dialog.passwordEdit(), QStringLiteral("secret"));
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    QApplication::processEvents();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.password(), QStringLiteral("secret"));
    EXPECT_EQ(dialog.uri(), uri); // the address carries no password
    EXPECT_GE(server.passwordsTried(), 2);
}
