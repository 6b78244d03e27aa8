// The desktop's outputs and help: the manual (F1), File > Restore driven through its real dialogs, and the report's
// PDF export to a full disk.
#include "../setup/SetupFixture.h"
#include "Desktop.h"
#include "MainWindow.h"
#include "ReportDialog.h"
#include "help/ManualDock.h"
#include "import/ImportDialog.h"
#include "setup/FormDialog.h"
#include "setup/SetupDialogs.h"
#include "storage/Demo.h"
#include "storage/UnitEditor.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>

#include <gtest/gtest.h>

using namespace par;
using namespace par::ui;

namespace {

QByteArray bytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString writeDemo(const QString& path)
{
    auto db = Database::open(path);
    EXPECT_TRUE(db.ok());
    Catalog catalog(*db.value());
    EXPECT_TRUE(Demo::load(catalog).ok());
    return path;
}

// Every anchor name Qt found in a document: the places scrollToAnchor can reach.
QSet<QString> documentAnchors(const QTextDocument* document)
{
    QSet<QString> names;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            for (const QString& name : it.fragment().charFormat().anchorNames())
                names.insert(name);
    return names;
}

QString resourceText(const QString& path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    return QString::fromUtf8(f.readAll());
}

QSet<QString> matches(const QString& text, const QString& pattern)
{
    QSet<QString> found;
    auto it = QRegularExpression(pattern).globalMatch(text);
    while (it.hasNext())
        found.insert(it.next().captured(1));
    return found;
}

class OutputsGui : public ::testing::Test
{
protected:
    void SetUp() override { installLanguage(QStringLiteral("en")); }
    void TearDown() override { installLanguage(QStringLiteral("en")); }

    // A window on a fresh demo database, shown and active so that its shortcuts work.
    std::unique_ptr<MainWindow> window()
    {
        auto w = std::make_unique<MainWindow>();
        EXPECT_TRUE(w->openDatabase(writeDemo(dir.filePath(QStringLiteral("demo.db")))));
        w->show();
        QApplication::setActiveWindow(w.get());
        EXPECT_TRUE(QTest::qWaitForWindowActive(w.get()));
        return w;
    }
    QTemporaryDir dir;
};

const QStringList pageAnchors {QStringLiteral("overview"), QStringLiteral("entry"), QStringLiteral("rankings"),
                               QStringLiteral("trends"),   QStringLiteral("setup"), QStringLiteral("history")};

TEST_F(OutputsGui, F1OnEachPageOpensThatPagesSectionOfTheManual)
{
    auto w = window();
    ASSERT_EQ(w->pageCount(), pageAnchors.size());
    for (int i = 0; i < w->pageCount(); ++i) {
        w->showPage(i);
        QTest::keyClick(w.get(), Qt::Key_F1);
        ASSERT_NE(w->manual(), nullptr) << "F1 opened no manual";
        EXPECT_TRUE(w->manual()->isVisible());
        const QUrl source = w->manual()->browser()->source();
        EXPECT_EQ(source.fragment(), pageAnchors[i]) << i;
        EXPECT_EQ(source.path(), QStringLiteral("/manual/manual_en.html"));
        EXPECT_TRUE(documentAnchors(w->manual()->browser()->document()).contains(pageAnchors[i])) << i;
        if (i == 0) {
            w->resize(1366, 768);
            w->manual()->browser()->scrollToAnchor(QStringLiteral("cycle"));
            QApplication::processEvents();
            QDir().mkpath(QStringLiteral(PARINDEX_SCREENSHOTS));
            EXPECT_TRUE(w->grab().save(QStringLiteral(PARINDEX_SCREENSHOTS "/manual-en.png")));
        }
    }
    // The Help menu holds the same command.
    auto* action = w->findChild<QAction*>(QStringLiteral("manualAction"));
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->shortcut(), QKeySequence(Qt::Key_F1));
}

TEST_F(OutputsGui, TheManualsLanguageFollowsTheWindows)
{
    installLanguage(QStringLiteral("vi"));
    auto w = window();
    w->showPage(1);
    QTest::keyClick(w.get(), Qt::Key_F1);
    ASSERT_NE(w->manual(), nullptr);
    EXPECT_EQ(w->manual()->browser()->source().path(), QStringLiteral("/manual/manual_vi.html"));
    EXPECT_EQ(w->manual()->browser()->source().fragment(), QStringLiteral("entry"));
    const QString text = w->manual()->browser()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Thẩm định: trang Nhập điểm")));
    EXPECT_TRUE(text.contains(QStringLiteral("Tệp > Nhập điểm từ tệp")));
    EXPECT_FALSE(text.contains(QStringLiteral("Import what comes back")));
    w->resize(1366, 768);
    QApplication::processEvents();
    QDir().mkpath(QStringLiteral(PARINDEX_SCREENSHOTS));
    EXPECT_TRUE(w->grab().save(QStringLiteral(PARINDEX_SCREENSHOTS "/manual-vi.png")));
}

// Every link inside a manual leads to an anchor of that manual, both manuals have the same sections, and every page
// has its section.
TEST_F(OutputsGui, EveryInternalLinkOfTheManualsResolves)
{
    QSet<QString> anchorsOfFirst;
    for (const QString& path : {QStringLiteral(":/manual/manual_en.html"), QStringLiteral(":/manual/manual_vi.html")}) {
        const QString html = resourceText(path);
        const QSet<QString> anchors = matches(html, QStringLiteral("<a name=\"([^\"]+)\""));
        const QSet<QString> links = matches(html, QStringLiteral("href=\"#([^\"]+)\""));
        EXPECT_GT(links.size(), 15) << path.toStdString();
        for (const QString& link : links)
            EXPECT_TRUE(anchors.contains(link)) << path.toStdString() << " #" << link.toStdString();
        for (const QString& page : pageAnchors)
            EXPECT_TRUE(anchors.contains(page)) << path.toStdString() << " " << page.toStdString();
        EXPECT_TRUE(anchors.contains(QStringLiteral("cycle")));
        // Nothing outside: every href is internal (the manual works without a network).
        EXPECT_EQ(matches(html, QStringLiteral("href=\"([^#][^\"]*)\"")), QSet<QString>()) << path.toStdString();
        // As Qt parses it, too.
        QTextBrowser browser;
        browser.setSource(QUrl(QStringLiteral("qrc") + path));
        const QSet<QString> parsed = documentAnchors(browser.document());
        for (const QString& link : links)
            EXPECT_TRUE(parsed.contains(link)) << path.toStdString() << " #" << link.toStdString();
        if (anchorsOfFirst.isEmpty())
            anchorsOfFirst = anchors;
        else
            EXPECT_EQ(anchors, anchorsOfFirst);
    }
}

// Answers the modal dialogs of one action as a user would: the file dialog chooses file, the question is answered
// with the button labelled yes; an error box is recorded and closed.
class DialogDriver : public QObject
{
public:
    DialogDriver(QString file, QString yes)
        : m_file(std::move(file))
        , m_yes(std::move(yes))
    {
        connect(&m_timer, &QTimer::timeout, this, &DialogDriver::answer);
        m_timer.start(20);
    }
    QStringList errors;
    QStringList questions;

private:
    void answer()
    {
        QWidget* modal = QApplication::activeModalWidget();
        if (auto* files = qobject_cast<QFileDialog*>(modal)) {
            // Typed into the file name box, as a user does (the dialog's folder view fills in later); accepted once,
            // and again only if the dialog is still open half a second later.
            if (files != m_dialog) {
                m_dialog = files;
                m_ticks = 0;
            }
            if (m_ticks++ % 25 != 0)
                return;
            auto* name = files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
            if (!name)
                return;
            name->setText(m_file);
            // QFileDialog's own accept(), as its button calls it; queued, since it may open a question of its own
            // ("replace it?") that this timer must answer.
            QMetaObject::invokeMethod(
                files, [files] { static_cast<QDialog*>(files)->accept(); }, Qt::QueuedConnection);
        } else if (auto* box = qobject_cast<QMessageBox*>(modal)) {
            for (QAbstractButton* button : box->buttons()) {
                // The yes of our question, or the Yes of the file dialog's "replace it?".
                if (button->text() == m_yes || box->buttonRole(button) == QMessageBox::YesRole) {
                    questions << box->text();
                    button->click();
                    return;
                }
            }
            errors << box->text() + u' ' + box->informativeText();
            box->close();
        }
    }
    QString m_file;
    QString m_yes;
    QTimer m_timer;
    QPointer<QFileDialog> m_dialog;
    int m_ticks = 0;
};

bool windowShows(QWidget& window, const QString& text)
{
    for (QAbstractItemView* view : window.findChildren<QAbstractItemView*>()) {
        QAbstractItemModel* model = view->model();
        if (!model)
            continue;
        if (!model->match(model->index(0, 0), Qt::DisplayRole, text, 1, Qt::MatchContains | Qt::MatchRecursive)
                 .isEmpty())
            return true;
        for (int c = 1; c < model->columnCount(); ++c)
            if (!model->match(model->index(0, c), Qt::DisplayRole, text, 1, Qt::MatchContains).isEmpty())
                return true;
    }
    return false;
}

TEST_F(OutputsGui, FileRestoreReplacesTheDatabaseKeepsTheOldFileAndShowsTheRestoredData)
{
    auto w = window();
    const QString path = w->session().path();
    const QString backup = dir.filePath(QStringLiteral("backup.db"));
    ASSERT_TRUE(w->session().database().backupTo(backup, false).ok());

    // After the backup: a unit that the backup does not have, shown on the Setup page.
    const QString added = QStringLiteral("Sở Thử nghiệm sau sao lưu");
    Unit unit;
    unit.name = added;
    unit.kind = QStringLiteral("department");
    ASSERT_TRUE(UnitEditor(w->session().catalog()).save(unit, QStringLiteral("test")).ok());
    emit w->session().structureChanged();
    w->showPage(4);
    QApplication::processEvents();
    ASSERT_TRUE(w->session().catalog().findUnit(added).value());
    const bool shownBefore = windowShows(*w, added);

    QAction* restore = nullptr;
    for (QAction* action : w->findChildren<QAction*>())
        if (action->text() == MainWindow::tr("&Restore from a backup..."))
            restore = action;
    ASSERT_NE(restore, nullptr);
    DialogDriver driver(backup, MainWindow::tr("Restore"));
    restore->trigger();
    QApplication::processEvents();

    EXPECT_EQ(driver.errors, QStringList());
    ASSERT_EQ(driver.questions.size(), 1);
    EXPECT_TRUE(w->session().isOpen());
    EXPECT_EQ(w->session().path(), path);
    EXPECT_FALSE(w->session().catalog().findUnit(added).value()) << "the database was not replaced";
    const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("demo.db.before-restore-*")}, QDir::Files);
    ASSERT_EQ(aside.size(), 1) << QDir(dir.path()).entryList().join(u' ').toStdString();
    {
        auto old = Database::open(dir.filePath(aside.first()));
        ASSERT_TRUE(old.ok());
        Catalog catalog(*old.value());
        EXPECT_TRUE(catalog.findUnit(added).value()) << "the file kept aside is not the old database";
    }
    w->showPage(0);
    w->showPage(4);
    QApplication::processEvents();
    if (shownBefore) {
        EXPECT_FALSE(windowShows(*w, added)) << "the window still shows the replaced database";
    }
    EXPECT_TRUE(windowShows(*w, QStringLiteral("Sở Tư pháp")));
    EXPECT_TRUE(shownBefore) << "the Setup page did not show the unit added before the restore";
}

// The desktop's PDF export goes through the same safe writer as the command line: a full disk (a small tmpfs)
// gives the reason and leaves the earlier file byte for byte.
TEST_F(OutputsGui, TheReportDialogsPdfExportToAFullDiskKeepsTheEarlierFile)
{
    const auto sh = [](const QString& command) {
        return QProcess::execute(QStringLiteral("sh"),
                                 {QStringLiteral("-c"), command + QStringLiteral(" 2>/dev/null")});
    };
    auto w = window();
    const QString full = dir.filePath(QStringLiteral("full"));
    QDir().mkpath(full);
    if (sh(QStringLiteral("mount -t tmpfs -o size=64k tmpfs '%1'").arg(full)) != 0)
        GTEST_SKIP() << "cannot mount a small tmpfs here (needs root)";
    const QString target = full + QStringLiteral("/report.pdf");
    {
        QFile old(target);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("earlier file");
    }
    sh(QStringLiteral("dd if=/dev/zero of='%1/filler' bs=1k count=200").arg(full));
    ReportDialog dialog(w->session(), w.get());
    const bool written = dialog.exportPdf(target);
    const QByteArray after = bytes(target);
    const QStringList left = QDir(full).entryList(QDir::Files | QDir::Hidden);
    sh(QStringLiteral("umount '%1'").arg(full));
    EXPECT_FALSE(written);
    EXPECT_EQ(after, QByteArray("earlier file"));
    EXPECT_EQ(left.size(), 2) << left.join(u' ').toStdString();

    // And where there is room, the same call writes a whole PDF over the earlier file.
    const QString roomy = dir.filePath(QStringLiteral("report.pdf"));
    {
        QFile old(roomy);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("earlier file");
    }
    EXPECT_TRUE(dialog.exportPdf(roomy));
    EXPECT_TRUE(bytes(roomy).startsWith("%PDF"));
}

// The Setup page's forms show the text rules' refusal in the form, as typed (or pasted), and save nothing.
TEST_F(OutputsGui, TheSetupFormsRefuseHostileTextInTheFormAndSaveNothing)
{
    SetupDatabase db;
    UnitEditor units(*db.catalog);
    const auto fill = [](const QList<std::pair<int, QString>>& fields, QString* shown) {
        auto* poll = new QTimer;
        poll->setInterval(10);
        QObject::connect(poll, &QTimer::timeout, poll, [poll, fields, shown] {
            auto* dialog = qobject_cast<FormDialog*>(QApplication::activeModalWidget());
            if (!dialog || !dialog->isVisible())
                return;
            poll->stop();
            poll->deleteLater();
            for (const auto& [row, text] : fields) {
                auto* edit = qobject_cast<QLineEdit*>(dialog->form()->itemAt(row, QFormLayout::FieldRole)->widget());
                ASSERT_NE(edit, nullptr);
                edit->setFocus();
                edit->selectAll();
                // Typed: each character as a key event with its text, as a paste or an input method delivers it.
                for (QChar c : text) {
                    QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
                    QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
                    QApplication::sendEvent(edit, &press);
                    QApplication::sendEvent(edit, &release);
                }
                if (edit->text() != text)
                    edit->setText(text); // a line edit takes no control character from a key: pasted
            }
            dialog->accept();
            for (QLabel* label : dialog->findChildren<QLabel*>())
                if (label->isVisible() && label->styleSheet().contains(QStringLiteral("color")))
                    *shown = label->text();
            if (dialog->isVisible())
                dialog->reject();
        });
        poll->start();
    };

    QString shown;
    fill({{0, QStringLiteral("Sở Tư pháp\x1b[2J")}}, &shown);
    EXPECT_FALSE(SetupDialogs::newUnit(nullptr, units, 2024).has_value());
    EXPECT_TRUE(shown.contains(QStringLiteral("U+001B"))) << shown.toStdString();

    shown.clear();
    fill({{0, QStringLiteral("Sở Tư pháp")}, {1, QString(256, u'c')}}, &shown);
    EXPECT_FALSE(SetupDialogs::newUnit(nullptr, units, 2024).has_value());
    EXPECT_TRUE(shown.contains(QStringLiteral("255"))) << shown.toStdString();
    EXPECT_EQ(db.count(QStringLiteral("SELECT count(*) FROM units WHERE length(code) > 255 OR instr(name, char(27))")),
              0);

    auto index = db.catalog->index(QStringLiteral("BKCCHC"));
    ASSERT_TRUE(index.ok());
    shown.clear();
    fill({{0, QStringLiteral("Nhóm \u202Eabc")}}, &shown);
    EXPECT_FALSE(SetupDialogs::newCohort(nullptr, units, index.value()).has_value());
    EXPECT_TRUE(shown.contains(QStringLiteral("override"))) << shown.toStdString();
    EXPECT_EQ(db.count(QStringLiteral("SELECT count(*) FROM cohorts WHERE instr(name, char(8238))")), 0);
}

// The import preview's Save error list goes through the same safe writer: the list replaces an earlier file whole,
// and a folder that cannot be written is named with the reason, leaving the earlier file as it was.
TEST_F(OutputsGui, SaveErrorListWritesSafelyAndSaysWhyItCannot)
{
    auto w = window();
    auto index = w->session().catalog().index(QStringLiteral("BKCCHC"));
    auto cohort = w->session().catalog().resolveCohort(index.value(), QStringLiteral("Sở, ban, ngành"));
    auto unit = w->session().catalog().findUnit(QStringLiteral("Sở Nội vụ"));
    ASSERT_TRUE(cohort.ok() && unit.ok() && unit.value());
    w->session().setContext(QStringLiteral("BKCCHC"), 2018, cohort->id, unit.value()->id);
    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    {
        QFile f(bad);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("Đơn vị,1.1,1.2\nSở Nội vụ,2,9\nSở Mới,1,x\n");
    }
    ImportDialog preview(w->session(), bad, w.get());
    QPushButton* save = nullptr;
    for (QPushButton* button : preview.findChildren<QPushButton*>())
        if (button->text() == ImportDialog::tr("&Save error list..."))
            save = button;
    ASSERT_NE(save, nullptr);
    ASSERT_TRUE(save->isEnabled());

    const QString target = dir.filePath(QStringLiteral("errors.txt"));
    {
        QFile f(target);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("earlier list that was much longer than the new one, which must not keep its tail");
    }
    {
        DialogDriver driver(target, QString());
        save->click();
        QApplication::processEvents();
        EXPECT_EQ(driver.errors, QStringList());
    }
    EXPECT_EQ(QString::fromUtf8(bytes(target)), preview.errorLines().join(u'\n') + u'\n');

    // A full disk (a small tmpfs): the reason, and the earlier list stays as it was.
    const auto sh = [](const QString& command) {
        return QProcess::execute(QStringLiteral("sh"),
                                 {QStringLiteral("-c"), command + QStringLiteral(" 2>/dev/null")});
    };
    const QString full = dir.filePath(QStringLiteral("full"));
    QDir().mkpath(full);
    if (sh(QStringLiteral("mount -t tmpfs -o size=64k tmpfs '%1'").arg(full)) != 0)
        GTEST_SKIP() << "cannot mount a small tmpfs here (needs root)";
    const QString onFull = full + QStringLiteral("/errors.txt");
    {
        QFile f(onFull);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("earlier list");
    }
    sh(QStringLiteral("dd if=/dev/zero of='%1/filler' bs=1k count=200").arg(full));
    QStringList errors;
    {
        DialogDriver driver(onFull, QString());
        save->click();
        QApplication::processEvents();
        errors = driver.errors;
    }
    const QByteArray after = bytes(onFull);
    sh(QStringLiteral("umount '%1'").arg(full));
    ASSERT_EQ(errors.size(), 1);
    EXPECT_TRUE(errors.first().contains(QStringLiteral("errors.txt"))) << errors.first().toStdString();
    EXPECT_EQ(after, QByteArray("earlier list"));
}

} // namespace
