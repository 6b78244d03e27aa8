// The welcome page, the new-database wizard and the Overview's year at a glance, driven as a user drives them: mouse
// clicks on the real buttons, text typed key by key, lists pasted with Ctrl+V.
#include "ContextBar.h"
#include "Desktop.h"
#include "MainWindow.h"
#include "pages/EntryPage.h"
#include "pages/OverviewPage.h"
#include "pages/SetupPage.h"
#include "storage/Demo.h"
#include "welcome/NewDatabaseWizard.h"
#include "welcome/WelcomePage.h"
#include "welcome/YearGlancePanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDir>
#include <QFile>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace par;
using namespace par::ui;

namespace {

// QTest::keyClicks cannot type above U+00FF: each character goes as a key event carrying its text, as an input method
// sends it.
void type(QWidget* widget, const QString& text)
{
    for (QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &release);
    }
}

void paste(QPlainTextEdit* edit, const QString& text, bool replace)
{
    QApplication::clipboard()->setText(text);
    edit->setFocus();
    if (replace)
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_V, Qt::ControlModifier);
}

void click(QAbstractButton* button)
{
    ASSERT_NE(button, nullptr);
    ASSERT_TRUE(button->isVisible());
    ASSERT_TRUE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QApplication::processEvents();
}

template <typename T> T* child(QWidget* parent, const char* name)
{
    T* found = parent->findChild<T*>(QString::fromLatin1(name));
    EXPECT_NE(found, nullptr) << name;
    return found;
}

void screenshot(QWidget* widget, const QString& name)
{
    QDir().mkpath(QStringLiteral(PARINDEX_SCREENSHOTS));
    QApplication::processEvents();
    EXPECT_TRUE(widget->grab().save(QStringLiteral(PARINDEX_SCREENSHOTS "/") + name + QStringLiteral(".png")));
}

class WelcomeTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        installLanguage(QStringLiteral("en"));
        QSettings settings;
        settings.remove(QStringLiteral("lastDatabase"));
        settings.remove(QStringLiteral("recentFiles"));
        settings.remove(QStringLiteral("window"));
        settings.remove(QStringLiteral("context"));
    }
    void TearDown() override { installLanguage(QStringLiteral("en")); }

    // The clean lists of the wizard's tests.
    static QString departments() { return QStringLiteral("Sở Nội vụ\nSở Tư pháp\n\nSở Tài chính\n"); }
    static QString districts() { return QStringLiteral("Huyện Bảo Lạc\nHuyện Hà Quảng\nThành phố Cao Bằng"); }

    // Walks the wizard from the first page to the file page with a clean province.
    static void fillUpToFile(NewDatabaseWizard& wizard)
    {
        type(child<QLineEdit>(&wizard, "wizardProvince"), QStringLiteral("Cao Bằng"));
        click(wizard.button(QWizard::NextButton));
        ASSERT_EQ(wizard.currentId(), NewDatabaseWizard::UnitsPage);
        paste(child<QPlainTextEdit>(&wizard, "wizardDepartments"), departments(), true);
        paste(child<QPlainTextEdit>(&wizard, "wizardLocals"), districts(), true);
        click(wizard.button(QWizard::NextButton));
        ASSERT_EQ(wizard.currentId(), NewDatabaseWizard::IndexesPage);
        click(wizard.button(QWizard::NextButton));
        ASSERT_EQ(wizard.currentId(), NewDatabaseWizard::CohortsPage);
        click(wizard.button(QWizard::NextButton));
        ASSERT_EQ(wizard.currentId(), NewDatabaseWizard::FilePage);
    }

    static void setFile(NewDatabaseWizard& wizard, const QString& path)
    {
        auto* file = child<QLineEdit>(&wizard, "wizardFile");
        file->setFocus();
        QTest::keyClick(file, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(file, path); // a temporary folder: ASCII
    }
};

} // namespace

TEST_F(WelcomeTest, WithNoDatabaseTheWindowWelcomesAndOpensTheDemo)
{
    QFile::remove(MainWindow::demoDatabasePath());
    QSettings().setValue(QStringLiteral("lastDatabase"), QStringLiteral("/nowhere/gone.db"));
    bool welcomed = false;
    bool toldMissing = false;
    bool pagesHidden = false;
    bool opened = false;
    QString openedPath;
    QTimer::singleShot(60000, qApp, &QApplication::quit); // never hang the suite
    QTimer::singleShot(200, qApp, [&] {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            auto* window = qobject_cast<MainWindow*>(w);
            if (!window || !window->isVisible())
                continue;
            welcomed = window->welcomeShown() && window->welcome()->isVisible();
            toldMissing = window->findChild<QLabel*>(QStringLiteral("welcomeMissing"))->isVisible();
            pagesHidden = !window->findChild<QWidget*>(QStringLiteral("navigation"))->isVisible();
            QTest::mouseClick(window->welcome()->demoButton(), Qt::LeftButton);
            opened = window->session().isOpen() && !window->welcomeShown();
            openedPath = window->session().path();
            window->close();
        }
        QApplication::quit();
    });
    runDesktop({QStringLiteral("parindex")});
    EXPECT_TRUE(welcomed);
    EXPECT_TRUE(toldMissing);
    EXPECT_TRUE(pagesHidden);
    EXPECT_TRUE(opened);
    EXPECT_EQ(openedPath, MainWindow::demoDatabasePath());
    EXPECT_TRUE(QFile::exists(MainWindow::demoDatabasePath()));
    // Closed on the demo, the next start opens it again, without the welcome.
    EXPECT_EQ(QSettings().value(QStringLiteral("lastDatabase")).toString(), MainWindow::demoDatabasePath());
}

TEST_F(WelcomeTest, TheWelcomePageListsTheRecentDatabasesThatStillExist)
{
    QTemporaryDir dir;
    const QString kept = dir.filePath(QStringLiteral("kept.db"));
    {
        auto db = Database::open(kept);
        ASSERT_TRUE(db.ok());
    }
    QSettings().setValue(QStringLiteral("recentFiles"), QStringList {dir.filePath(QStringLiteral("gone.db")), kept});
    MainWindow window;
    window.showWelcome();
    window.show();
    QApplication::processEvents();
    QListWidget* recent = window.welcome()->recentList();
    ASSERT_TRUE(recent->isVisible());
    ASSERT_EQ(recent->count(), 1);
    recent->setFocus();
    recent->setCurrentRow(0);
    QTest::keyClick(recent, Qt::Key_Return);
    EXPECT_TRUE(window.session().isOpen());
    EXPECT_EQ(window.session().path(), kept);
    EXPECT_FALSE(window.welcomeShown());
}

TEST_F(WelcomeTest, TheWizardRefusesAHostileLineByItsNumberThenCreatesTheDatabase)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cao-bang.db"));
    NewDatabaseWizard wizard;
    wizard.show();
    QApplication::processEvents();
    // No name: refused on the first page.
    click(wizard.button(QWizard::NextButton));
    EXPECT_EQ(wizard.currentId(), NewDatabaseWizard::ProvincePage);
    EXPECT_TRUE(child<QLabel>(&wizard, "wizardProvinceProblem")->isVisible());
    type(child<QLineEdit>(&wizard, "wizardProvince"), QStringLiteral("Cao Bằng"));
    click(wizard.button(QWizard::NextButton));
    ASSERT_EQ(wizard.currentId(), NewDatabaseWizard::UnitsPage);

    // Line 3 opens a right-to-left override and never closes it; line 5 repeats line 1 in another case.
    auto* list = child<QPlainTextEdit>(&wizard, "wizardDepartments");
    paste(list, QStringLiteral("Sở Nội vụ\nSở Tư pháp\nSở Tài\u202Echính\n\nsở nội vụ\n"), false);
    click(wizard.button(QWizard::NextButton));
    EXPECT_EQ(wizard.currentId(), NewDatabaseWizard::UnitsPage);
    auto* problems = child<QLabel>(&wizard, "wizardUnitProblems");
    ASSERT_TRUE(problems->isVisible());
    EXPECT_TRUE(
        problems->text().contains(QStringLiteral("Line 3: leaves a right-to-left or left-to-right override open")))
        << problems->text().toStdString();
    EXPECT_TRUE(problems->text().contains(QStringLiteral("Line 5: repeats line 1"))) << problems->text().toStdString();
    screenshot(&wizard, QStringLiteral("welcome-wizard-refused"));

    // The clean list, and the districts: accepted.
    paste(list, departments(), true);
    paste(child<QPlainTextEdit>(&wizard, "wizardLocals"), districts(), true);
    EXPECT_EQ(child<QLabel>(&wizard, "wizardUnitCount")->text(),
              QStringLiteral("3 departments, 3 districts (UBND huyện)"));
    click(wizard.button(QWizard::NextButton));
    ASSERT_EQ(wizard.currentId(), NewDatabaseWizard::IndexesPage);
    // PAPI is not tracked here.
    click(child<QCheckBox>(&wizard, "wizardIndex_PAPI"));
    click(wizard.button(QWizard::NextButton));
    ASSERT_EQ(wizard.currentId(), NewDatabaseWizard::CohortsPage);
    EXPECT_EQ(child<QLineEdit>(&wizard, "wizardLocalCohort")->text(), QStringLiteral("UBND huyện, thành phố"));
    click(wizard.button(QWizard::NextButton));
    ASSERT_EQ(wizard.currentId(), NewDatabaseWizard::FilePage);
    setFile(wizard, path);
    EXPECT_FALSE(QFile::exists(path)); // nothing is written before Create
    click(wizard.button(QWizard::FinishButton));
    EXPECT_EQ(wizard.result(), QDialog::Accepted);
    EXPECT_EQ(wizard.createdPath(), path);

    auto db = Database::openExisting(path);
    ASSERT_TRUE(db.ok());
    Catalog catalog(*db.value());
    QStringList codes;
    auto indexes = catalog.indexes(); // held: a range over a temporary's value would dangle
    ASSERT_TRUE(indexes.ok());
    for (const Index& i : indexes.value())
        codes << i.code;
    codes.sort();
    EXPECT_EQ(codes, (QStringList {QStringLiteral("CCHC"), QStringLiteral("PAR"), QStringLiteral("SIPAS")}));
    auto own = catalog.index(QStringLiteral("CCHC"));
    ASSERT_TRUE(own.ok());
    auto cohorts = catalog.cohorts(own->id);
    ASSERT_TRUE(cohorts.ok());
    ASSERT_EQ(cohorts->size(), 2);
    const int year = child<QSpinBox>(&wizard, "wizardYear")->value();
    int members = 0;
    for (const Cohort& c : cohorts.value())
        members += int(catalog.members(c.id, year)->size());
    EXPECT_EQ(members, 6);
    EXPECT_EQ(catalog.units()->size(), 7); // the province and its six units
    auto bidi = catalog.findUnit(QStringLiteral("Sở Tài chính"));
    ASSERT_TRUE(bidi.ok() && bidi.value());
}

TEST_F(WelcomeTest, ACancelledWizardLeavesNoFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("never.db"));
    NewDatabaseWizard wizard;
    wizard.show();
    QApplication::processEvents();
    fillUpToFile(wizard);
    setFile(wizard, path);
    click(wizard.button(QWizard::CancelButton));
    EXPECT_EQ(wizard.result(), QDialog::Rejected);
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
}

TEST_F(WelcomeTest, CreateFromTheWelcomePageOpensTheNewDatabaseAtSetup)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.db"));
    MainWindow window;
    window.showWelcome();
    window.show();
    QApplication::processEvents();
    bool driven = false;
    QTimer::singleShot(0, &window, [&] {
        auto* wizard = qobject_cast<NewDatabaseWizard*>(QApplication::activeModalWidget());
        ASSERT_NE(wizard, nullptr);
        fillUpToFile(*wizard);
        setFile(*wizard, path);
        click(wizard->button(QWizard::FinishButton));
        driven = true;
    });
    QTest::mouseClick(window.welcome()->createButton(), Qt::LeftButton);
    EXPECT_TRUE(driven);
    ASSERT_TRUE(window.session().isOpen());
    EXPECT_EQ(window.session().path(), path);
    EXPECT_FALSE(window.welcomeShown());
    auto* stack = window.findChild<QStackedWidget*>();
    ASSERT_NE(stack, nullptr);
    bool atSetup = false;
    for (int i = 0; i < window.pageCount(); ++i)
        atSetup = atSetup || (window.page(i)->isVisible() && qobject_cast<SetupPage*>(window.page(i)));
    EXPECT_TRUE(atSetup);
    // The Overview says what comes next: the year's criteria.
    window.showPage(0);
    auto* overview = qobject_cast<OverviewPage*>(window.page(0));
    ASSERT_NE(overview, nullptr);
    QApplication::processEvents();
    ASSERT_GE(overview->glance()->rows(), 1);
    EXPECT_EQ(overview->glance()->cell(0, YearGlancePanel::StepColumn), QStringLiteral("Set up the year's criteria"));
    // Its button: the Setup page, and the dialog that makes the first year (closed here without making one).
    QString dialogTitle;
    QTimer::singleShot(0, &window, [&] {
        if (QWidget* modal = QApplication::activeModalWidget()) {
            dialogTitle = modal->windowTitle();
            modal->close();
        }
    });
    click(overview->glance()->stepButton(0));
    EXPECT_FALSE(dialogTitle.isEmpty());
    atSetup = false;
    for (int i = 0; i < window.pageCount(); ++i)
        atSetup = atSetup || (window.page(i)->isVisible() && qobject_cast<SetupPage*>(window.page(i)));
    EXPECT_TRUE(atSetup);
}

TEST_F(WelcomeTest, TheOverviewShowsTheYearAtAGlanceAndItsButtonGoesToTheNextStep)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db.ok());
        Catalog catalog(*db.value());
        ASSERT_TRUE(Demo::load(catalog).ok());
    }
    MainWindow window;
    ASSERT_TRUE(window.openDatabase(path));
    window.resize(1366, 768);
    window.show();
    auto* index = window.findChild<QComboBox*>(QStringLiteral("contextIndex"));
    index->setCurrentIndex(index->findData(QStringLiteral("BKCCHC")));
    auto* years = window.findChild<QComboBox*>(QStringLiteral("contextYear"));
    years->setCurrentIndex(years->findData(2018));
    window.showPage(0);
    QApplication::processEvents();
    auto* overview = qobject_cast<OverviewPage*>(window.page(0));
    ASSERT_NE(overview, nullptr);
    YearGlancePanel* glance = overview->glance();
    ASSERT_EQ(glance->rows(), 2);
    int districts = -1;
    int departments = -1;
    for (int r = 0; r < glance->rows(); ++r) {
        if (glance->cell(r, YearGlancePanel::CohortColumn) == QStringLiteral("UBND huyện, thành phố"))
            districts = r;
        if (glance->cell(r, YearGlancePanel::CohortColumn) == QStringLiteral("Sở, ban, ngành"))
            departments = r;
    }
    ASSERT_GE(districts, 0);
    ASSERT_GE(departments, 0);
    EXPECT_EQ(glance->cell(districts, YearGlancePanel::SelfColumn), QStringLiteral("8 / 8"));
    EXPECT_EQ(glance->cell(districts, YearGlancePanel::FinalColumn), QStringLiteral("7 / 8 (+1 partly)"));
    EXPECT_EQ(glance->cell(districts, YearGlancePanel::MissingColumn), QStringLiteral("Huyện Pác Nặm (partly)"));
    EXPECT_EQ(glance->cell(districts, YearGlancePanel::StateColumn), QStringLiteral("open"));
    EXPECT_EQ(glance->cell(districts, YearGlancePanel::StepColumn), QStringLiteral("Appraise"));
    EXPECT_EQ(glance->cell(departments, YearGlancePanel::FinalColumn), QStringLiteral("18 / 18"));
    EXPECT_EQ(glance->cell(departments, YearGlancePanel::MissingColumn), QStringLiteral("none"));
    EXPECT_EQ(glance->cell(departments, YearGlancePanel::StepColumn), QStringLiteral("Finalise"));
    screenshot(&window, QStringLiteral("welcome-overview-glance"));

    // "Appraise": the score entry page, on the districts, at the appraised stage.
    click(glance->stepButton(districts));
    bool atEntry = false;
    for (int i = 0; i < window.pageCount(); ++i)
        atEntry = atEntry || (window.page(i)->isVisible() && qobject_cast<EntryPage*>(window.page(i)));
    EXPECT_TRUE(atEntry);
    auto cohort = window.session().currentCohort();
    ASSERT_TRUE(cohort.ok());
    EXPECT_EQ(cohort->name, QStringLiteral("UBND huyện, thành phố"));
    EXPECT_EQ(window.session().stage(), Stage::Final);
    EXPECT_EQ(window.findChild<QComboBox*>(QStringLiteral("contextCohort"))->currentText(),
              QStringLiteral("UBND huyện, thành phố"));

    // 2017 is final: the next step is the meeting report.
    window.showPage(0);
    years->setCurrentIndex(years->findData(2017));
    QApplication::processEvents();
    for (int r = 0; r < glance->rows(); ++r) {
        EXPECT_EQ(glance->cell(r, YearGlancePanel::StateColumn), QStringLiteral("final"));
        EXPECT_EQ(glance->cell(r, YearGlancePanel::StepColumn), QStringLiteral("Meeting report"));
    }
}

// The pictures to look at (build/screenshots/welcome-*.png). The new texts reach parindex_vi.ts when the lead merges
// translations/new-welcome.json; until then PARINDEX_EXTRA_QM may name a catalogue compiled from it, to see the
// Vietnamese lengths now.
TEST_F(WelcomeTest, ScreenshotsInVietnameseAt1366)
{
    installLanguage(QStringLiteral("vi"));
    QTranslator extra;
    if (!qEnvironmentVariableIsEmpty("PARINDEX_EXTRA_QM") && extra.load(qEnvironmentVariable("PARINDEX_EXTRA_QM")))
        QCoreApplication::installTranslator(&extra);
    MainWindow window;
    window.resize(1366, 768);
    window.showWelcome();
    window.show();
    screenshot(&window, QStringLiteral("welcome-page-vi"));
    NewDatabaseWizard wizard(&window);
    wizard.show();
    type(child<QLineEdit>(&wizard, "wizardProvince"), QStringLiteral("Cao Bằng"));
    click(wizard.button(QWizard::NextButton));
    paste(child<QPlainTextEdit>(&wizard, "wizardDepartments"), departments(), true);
    paste(child<QPlainTextEdit>(&wizard, "wizardLocals"), districts(), true);
    screenshot(&wizard, QStringLiteral("welcome-wizard-units-vi"));
    click(wizard.button(QWizard::NextButton));
    screenshot(&wizard, QStringLiteral("welcome-wizard-indexes-vi"));
    click(wizard.button(QWizard::NextButton));
    screenshot(&wizard, QStringLiteral("welcome-wizard-cohorts-vi"));
    click(wizard.button(QWizard::NextButton));
    screenshot(&wizard, QStringLiteral("welcome-wizard-file-vi"));
    wizard.reject();
    QSettings().setValue(QStringLiteral("context/index"), QStringLiteral("BKCCHC"));
    QSettings().setValue(QStringLiteral("context/year"), 2018);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db.ok());
        Catalog catalog(*db.value());
        ASSERT_TRUE(Demo::load(catalog).ok());
    }
    ASSERT_TRUE(window.openDatabase(path));
    window.showPage(0);
    screenshot(&window, QStringLiteral("welcome-overview-vi"));
    window.close();
    QCoreApplication::removeTranslator(&extra);
}
