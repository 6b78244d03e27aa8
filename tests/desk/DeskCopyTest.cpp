// Moving a database in and out of the server from the desktop (issue 13), on the ctest PostgreSQL cluster: File > Copy
// to a server... with a file open, and File > Save a copy as a file... on a server session, driven through the real
// menu actions and dialogs, with the copy run by the built parindex. Each destination must then hold what its source
// holds, table by table (DatabaseCopy::digest); a server database that holds data is refused with the reason shown in
// the dialog, and left exactly as it was; on a server, Restore is disabled and says why.
#include "MainWindow.h"
#include "server/ConnectDialog.h"
#include "server/CopyProcess.h"
#include "storage/Catalog.h"
#include "storage/DatabaseCopy.h"
#include "storage/Demo.h"
#include "storage/ServerAddress.h"
#include "storage/UnitEditor.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "../QtPrintTo.h"
#include "../TestBackend.h"

#include <gtest/gtest.h>

using namespace par;
using namespace par::ui;

namespace {

using testbackend::adminExec;
using testbackend::clusterUri;
using testbackend::withDatabase;

// The error a form dialog shows in red (FormDialog::showError).
QString errorShown(QDialog& dialog)
{
    for (QLabel* label : dialog.findChildren<QLabel*>()) {
        if (!label->isHidden() && label->styleSheet().contains(QLatin1String("#a40000")))
            return label->text();
    }
    return QString();
}

// Answers the modal dialogs of one menu action as a user does: types the address into the copy dialog and presses
// Copy (records its refusal and cancels it if it refuses), types the file name into the file dialog and accepts it
// (Yes to its "replace it?"), notes the progress dialog, and records each message box, pressing the button named
// `choice` if it has one, else closing it.
class Answerer : public QObject
{
public:
    Answerer()
    {
        connect(&m_timer, &QTimer::timeout, this, &Answerer::answer);
        m_timer.start(20);
    }
    QString address;
    QString file;
    QString choice;
    QStringList refusals;
    QStringList boxes;
    bool sawProgress = false;
    bool cancelProgress = false; // press the progress dialog's Cancel as soon as it shows

private:
    void answer()
    {
        QWidget* modal = QApplication::activeModalWidget();
        if (auto* progress = qobject_cast<QProgressDialog*>(modal)) {
            sawProgress = true;
            if (cancelProgress) {
                if (auto* cancel = progress->findChild<QPushButton*>())
                    QTest::mouseClick(cancel, Qt::LeftButton);
            }
        } else if (auto* copy = qobject_cast<ConnectDialog*>(modal)) {
            answerCopy(copy);
        } else if (auto* files = qobject_cast<QFileDialog*>(modal)) {
            answerFiles(files);
        } else if (auto* box = qobject_cast<QMessageBox*>(modal)) {
            answerBox(box);
        }
    }
    void answerCopy(ConnectDialog* dialog)
    {
        if (dialog != m_copy) {
            m_copy = dialog;
            dialog->uriEdit()->setFocus();
            QTest::keyClick(dialog->uriEdit(), Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(dialog->uriEdit(), address);
            QAbstractButton* ok = dialog->buttons()->button(QDialogButtonBox::Ok);
            // Pressed from the event loop, not from this timer's call: the copy runs a dialog of its own.
            QMetaObject::invokeMethod(
                ok, [ok] { QTest::mouseClick(ok, Qt::LeftButton); }, Qt::QueuedConnection);
            return;
        }
        if (const QString error = errorShown(*dialog); !error.isEmpty() && refusals.size() < 1) {
            refusals << error;
            QAbstractButton* cancel = dialog->buttons()->button(QDialogButtonBox::Cancel);
            QMetaObject::invokeMethod(
                cancel, [cancel] { QTest::mouseClick(cancel, Qt::LeftButton); }, Qt::QueuedConnection);
        }
    }
    void answerFiles(QFileDialog* files)
    {
        if (files == m_files)
            return;
        m_files = files;
        auto* name = files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        if (!name)
            return;
        name->setText(file);
        QMetaObject::invokeMethod(
            files, [files] { static_cast<QDialog*>(files)->accept(); }, Qt::QueuedConnection);
    }
    void answerBox(QMessageBox* box)
    {
        for (QAbstractButton* button : box->buttons()) {
            // The file dialog's own "replace it?" is answered yes.
            if (box->buttonRole(button) == QMessageBox::YesRole) {
                button->click();
                return;
            }
        }
        boxes << box->text() + u'\n' + box->informativeText();
        for (QAbstractButton* button : box->buttons()) {
            if (!choice.isEmpty() && button->text() == choice) {
                button->click();
                return;
            }
        }
        box->close();
    }

    QTimer m_timer;
    QPointer<ConnectDialog> m_copy;
    QPointer<QFileDialog> m_files;
};

QAction* action(MainWindow& window, const char* name)
{
    return window.findChild<QAction*>(QLatin1String(name));
}

QList<TableDigest> digestOf(const QString& path)
{
    auto db = Database::openExisting(path);
    if (!db) {
        ADD_FAILURE() << path.toStdString() << ": " << db.error().message.toStdString();
        return {};
    }
    auto digest = DatabaseCopy::digest(*db.value());
    if (!digest) {
        ADD_FAILURE() << digest.error().message.toStdString();
        return {};
    }
    return digest.value();
}

bool sameDigests(const QList<TableDigest>& a, const QList<TableDigest>& b)
{
    CopyReport report {a, b};
    return report.matches();
}

Status loadDemo(const QString& path)
{
    auto db = Database::open(path);
    if (!db)
        return db.error();
    Catalog catalog(*db.value());
    return Demo::load(catalog);
}

Status addUnit(const QString& path, const QString& name)
{
    auto db = Database::openExisting(path);
    if (!db)
        return db.error();
    Catalog catalog(*db.value());
    Unit unit;
    unit.name = name;
    unit.kind = QStringLiteral("department");
    auto saved = UnitEditor(catalog).save(unit, QStringLiteral("test"));
    return saved ? Status(success()) : Status(saved.error());
}

class DeskCopy : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString why;
        m_cluster = clusterUri(&why);
        if (m_cluster.isEmpty())
            GTEST_SKIP() << why.toStdString();
        m_name = QStringLiteral("deskcopy_%1").arg(QCoreApplication::applicationPid());
        ASSERT_EQ(adminExec(m_cluster, QStringLiteral("CREATE DATABASE %1").arg(m_name)), QString());
        m_created = true;
        m_uri = withDatabase(m_cluster, m_name);
        m_file = m_dir.filePath(QStringLiteral("province.db"));
        Status loaded = loadDemo(m_file);
        ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
        CopyProcess::setProgram(QStringLiteral(PARINDEX_EXE));
        QSettings().remove(QStringLiteral("recentFiles"));
        QSettings().remove(QStringLiteral("context"));
        m_window.resize(1280, 800);
        m_window.show();
    }
    void TearDown() override
    {
        if (m_created)
            adminExec(m_cluster, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    }

    QTemporaryDir m_dir;
    QString m_cluster;
    QString m_name;
    QString m_uri;
    QString m_file;
    bool m_created = false;
    MainWindow m_window;
};

} // namespace

TEST_F(DeskCopy, CopiesTheOpenFileToAnEmptyServerDatabaseReportsItAndOpensIt)
{
    ASSERT_TRUE(m_window.openDatabase(m_file));
    QAction* copy = action(m_window, "copyToServerAction");
    ASSERT_NE(copy, nullptr);
    ASSERT_TRUE(copy->isEnabled());

    Answerer answers;
    answers.address = m_uri;
    answers.choice = MainWindow::tr("&Open the server copy");
    copy->trigger();

    EXPECT_EQ(answers.refusals, QStringList());
    EXPECT_TRUE(answers.sawProgress) << "the copy ran without a progress dialog";
    ASSERT_EQ(answers.boxes.size(), 1);
    EXPECT_TRUE(answers.boxes.first().contains(QLatin1String("every checksum matches")))
        << answers.boxes.first().toStdString();
    EXPECT_TRUE(answers.boxes.first().contains(QLatin1String("15 tables"))) << answers.boxes.first().toStdString();
    EXPECT_TRUE(sameDigests(digestOf(m_file), digestOf(m_uri))) << "the server copy differs from the file";

    // The server copy is open, and remembered as Connect to server remembers it.
    ASSERT_TRUE(m_window.session().isOpen());
    EXPECT_TRUE(m_window.session().database().isServer());
    EXPECT_EQ(m_window.session().path(), m_uri);
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    ASSERT_FALSE(recent.isEmpty());
    EXPECT_EQ(recent.first(), m_uri);
    // Already on a server: nothing more to copy there.
    EXPECT_FALSE(copy->isEnabled());
}

TEST_F(DeskCopy, RefusesAServerDatabaseThatHoldsDataShowsWhyAndLeavesItAsItWas)
{
    Status loaded = loadDemo(m_uri);
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
    // The file differs from the server's database, so that a copy would show.
    ASSERT_TRUE(addUnit(m_file, QStringLiteral("Sở Chỉ có trong tệp")).ok());
    const QList<TableDigest> before = digestOf(m_uri);
    ASSERT_FALSE(before.isEmpty());
    ASSERT_TRUE(m_window.openDatabase(m_file));

    Answerer answers;
    answers.address = m_uri;
    action(m_window, "copyToServerAction")->trigger();

    ASSERT_EQ(answers.refusals.size(), 1);
    EXPECT_TRUE(answers.refusals.first().contains(QLatin1String("is not empty")))
        << answers.refusals.first().toStdString();
    EXPECT_TRUE(answers.refusals.first().contains(QLatin1String("nothing was changed")))
        << answers.refusals.first().toStdString();
    EXPECT_EQ(answers.boxes, QStringList()) << "a refused copy reported as done";
    EXPECT_TRUE(sameDigests(before, digestOf(m_uri))) << "the refused copy changed the server database";
    // Still on the file.
    EXPECT_EQ(m_window.session().path(), m_file);
    EXPECT_TRUE(
        QSettings().value(QStringLiteral("recentFiles")).toStringList().first().endsWith(QLatin1String("province.db")));
}

TEST_F(DeskCopy, SavesTheServerDatabaseAsAVerifiedFileAndReplacesAnOldCopyOnlyWhenAsked)
{
    Status loaded = loadDemo(m_uri);
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
    ASSERT_TRUE(m_window.openDatabase(m_uri));
    ASSERT_TRUE(m_window.session().database().isServer());

    // Restore is a file's action: disabled on a server, saying why where the user looks.
    QAction* restore = action(m_window, "restoreAction");
    ASSERT_NE(restore, nullptr);
    EXPECT_FALSE(restore->isEnabled());
    EXPECT_TRUE(restore->toolTip().contains(QLatin1String("restored on the server")))
        << restore->toolTip().toStdString();
    EXPECT_EQ(restore->statusTip(), restore->toolTip());
    QAction* save = action(m_window, "backUpAction");
    ASSERT_NE(save, nullptr);
    EXPECT_TRUE(save->isEnabled());
    EXPECT_EQ(save->text(), MainWindow::tr("Save a &copy as a file..."));

    const QString copy = m_dir.filePath(QStringLiteral("offline.db"));
    {
        Answerer answers;
        answers.file = copy;
        save->trigger();
        EXPECT_TRUE(answers.sawProgress);
        ASSERT_EQ(answers.boxes.size(), 1);
        EXPECT_TRUE(answers.boxes.first().contains(QLatin1String("every checksum matches")))
            << answers.boxes.first().toStdString();
    }
    EXPECT_TRUE(sameDigests(digestOf(m_uri), digestOf(copy))) << "the saved file differs from the server database";

    // The server moves on; saving over the old copy (the file dialog's "replace it?" answered yes) replaces it whole.
    ASSERT_TRUE(addUnit(m_uri, QStringLiteral("Sở Mới trên máy chủ")).ok());
    const QList<TableDigest> old = digestOf(copy);
    {
        Answerer answers;
        answers.file = copy;
        save->trigger();
        ASSERT_EQ(answers.boxes.size(), 1);
        EXPECT_TRUE(answers.boxes.first().contains(QLatin1String("every checksum matches")))
            << answers.boxes.first().toStdString();
    }
    const QList<TableDigest> now = digestOf(copy);
    EXPECT_FALSE(sameDigests(old, now)) << "the old copy was not replaced";
    EXPECT_TRUE(sameDigests(digestOf(m_uri), now));
    EXPECT_EQ(
        QDir(m_dir.path())
            .entryList({QStringLiteral(".offline.db.*"), QStringLiteral("*.partial")}, QDir::Files | QDir::Hidden),
        QStringList())
        << "the copy left a file behind";
}

TEST_F(DeskCopy, ACancelledCopyLeavesNoFileBehindAndSaysSo)
{
    Status loaded = loadDemo(m_uri);
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
    ASSERT_TRUE(m_window.openDatabase(m_uri));
    const QString copy = m_dir.filePath(QStringLiteral("cancelled.db"));
    Answerer answers;
    answers.file = copy;
    answers.cancelProgress = true;
    action(m_window, "backUpAction")->trigger();

    EXPECT_TRUE(answers.sawProgress);
    EXPECT_EQ(answers.boxes, QStringList()) << "a cancelled copy reported as done or failed";
    EXPECT_EQ(m_window.statusBar()->currentMessage(), CopyProcess::tr("Cancelled: nothing was copied."));
    EXPECT_EQ(QDir(m_dir.path()).entryList({QStringLiteral("cancelled.db*")}, QDir::Files | QDir::Hidden),
              QStringList());
}

// Row-level security shows a unit account only its own scores: its copy would not be the database, so it is not
// offered.
TEST_F(DeskCopy, AUnitAccountOnAServerIsNotOfferedACopyThatWouldBeIncomplete)
{
    Status loaded = loadDemo(m_uri);
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
    ASSERT_TRUE(m_window.openDatabase(m_uri));
    QAction* save = action(m_window, "backUpAction");
    ASSERT_TRUE(save->isEnabled());
    m_window.session().setPermissions(Permissions(Permissions::Role::Unit, 1, QStringLiteral("Sở Nội vụ")));
    EXPECT_FALSE(save->isEnabled());
    EXPECT_TRUE(save->toolTip().contains(QLatin1String("reads the whole database"))) << save->toolTip().toStdString();
    m_window.session().setPermissions(Permissions(Permissions::Role::Viewer));
    EXPECT_TRUE(save->isEnabled());
}
