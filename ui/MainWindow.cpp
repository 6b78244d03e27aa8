#include "MainWindow.h"

#include "ReportDialog.h"

#include "ContextBar.h"
#include "Dialogs.h"
#include "FinaliseActions.h"
#include "help/ManualDock.h"
#include "import/ImportDialog.h"
#include "io/Export.h"
#include "io/ExportWriter.h"
#include "pages/EntryPage.h"
#include "pages/HistoryPage.h"
#include "pages/OverviewPage.h"
#include "pages/RankingsPage.h"
#include "pages/SetupPage.h"
#include "pages/TrendsPage.h"
#include "scoring/YearGlance.h"
#include "server/ConnectDialog.h"
#include "server/CopyProcess.h"
#include "server/SignInDialog.h"
#include "setup/FrameworkTab.h"
#include "setup/UnitsTab.h"
#include "storage/Demo.h"
#include "storage/ServerAddress.h"
#include "welcome/NewDatabaseWizard.h"
#include "welcome/WelcomePage.h"
#include "welcome/YearGlancePanel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QCommandLinkButton>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHash>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>

namespace par::ui {

namespace {

const int MaxRecent = 8;

QStringList recentFiles()
{
    return QSettings().value(QStringLiteral("recentFiles")).toStringList();
}

void addRecent(const QString& path)
{
    QStringList files = recentFiles();
    // A server's address is kept as it is: it never holds a password (ServerAddress refuses one).
    const QString absolute = Database::isServerUri(path) ? path : QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxRecent)
        files.removeLast();
    QSettings().setValue(QStringLiteral("recentFiles"), files);
}

// A server database as people name it: user@host/db.
QString serverName(const QString& uri)
{
    auto address = ServerAddress::parse(uri);
    return address ? address->displayName() : uri;
}

// How the recent lists name a database: the file and its folder, or user@host/db on a server.
QString recentLabel(const QString& path)
{
    if (Database::isServerUri(path))
        return serverName(path) + QStringLiteral("  —  ")
            + QCoreApplication::translate("par::ui::MainWindow", "server");
    return QFileInfo(path).fileName() + QStringLiteral("  —  ")
        + QDir::toNativeSeparators(QFileInfo(path).absolutePath());
}

// The name a copy of a database is suggested under: the file's, or the server database's.
QString copyBaseName(const QString& path)
{
    if (!Database::isServerUri(path))
        return QFileInfo(path).completeBaseName();
    auto address = ServerAddress::parse(path);
    return address ? address->database : QStringLiteral("parindex");
}

// The server used last, to start the connect dialogs from.
QString lastServer()
{
    for (const QString& path : recentFiles()) {
        if (Database::isServerUri(path))
            return path;
    }
    return QString();
}

// Passwords typed into the sign-in dialog, for this run only (a language change reopens the database without asking
// again); never written anywhere.
QHash<QString, QString>& signedIn()
{
    static QHash<QString, QString> passwords;
    return passwords;
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_session(new Session(this))
    , m_context(new ContextBar(*m_session, this))
    , m_nav(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_front(new QStackedWidget(this))
    , m_welcome(new WelcomePage(m_front))
{
    setObjectName(QStringLiteral("MainWindow"));
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setIconSize(QSize(22, 22));
    m_nav->setSpacing(2);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setStyleSheet(
        QStringLiteral("QListWidget#navigation { background: palette(window); border-right: 1px solid "
                       "palette(mid); padding-top: 6px; } QListWidget#navigation::item { padding: 8px "
                       "6px; } QListWidget#navigation::item:selected { background: palette(highlight); "
                       "color: palette(highlighted-text); }"));
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    m_front->addWidget(m_welcome);
    m_front->addWidget(central);
    m_front->setCurrentWidget(central);
    setCentralWidget(m_front);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemo);
    connect(m_welcome, &WelcomePage::createRequested, this, &MainWindow::newDatabase);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openDatabaseDialog);
    connect(m_welcome, &WelcomePage::serverRequested, this, &MainWindow::connectDialog);
    connect(m_welcome, &WelcomePage::recentRequested, this, &MainWindow::openDatabase);

    auto* bar = addToolBar(tr("Context"));
    m_contextToolBar = bar;
    bar->setObjectName(QStringLiteral("contextToolBar"));
    bar->setMovable(false);
    bar->addWidget(m_context);

    createPages();
    createActions();
    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_session, &Session::contextChanged, this, &MainWindow::rememberContext);
    connect(m_session, &Session::databaseChanged, this, &MainWindow::updateTitle);
    connect(m_session, &Session::databaseChanged, this, &MainWindow::updateFileActions);
    connect(m_session, &Session::dataChanged, this, &MainWindow::updateFileActions); // as setPermissions tells
    connect(m_session, &Session::databaseChanged, this, [this] {
        m_front->setCurrentIndex(1);
        m_contextToolBar->show();
    });
    // Setup and imports can add indexes, years, cohorts and units: keep the choices current.
    connect(m_session, &Session::structureChanged, m_context, [this] { m_context->reload(); });
    connect(m_context, &ContextBar::status, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    connect(m_session->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);

    QSettings settings;
    resize(1280, 760);
    m_hasGeometry = restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    showPage(settings.value(QStringLiteral("window/page"), 0).toInt());
    statusBar()->showMessage(tr("Ready"));
    updateTitle();
    updateFileActions();
}

MainWindow::~MainWindow()
{
    // The pages and the context bar hold references to the session, a child created before them and so deleted
    // before them: an editor committing as it closes would write through a session that is gone. They go first.
    delete centralWidget();
    delete m_context;
}

void MainWindow::createPages()
{
    QList<Page*> pages {new OverviewPage(*m_session, this), new EntryPage(*m_session, this),
                        new RankingsPage(*m_session, this), new TrendsPage(*m_session, this),
                        new SetupPage(*m_session, this),    new HistoryPage(*m_session, this)};
    int number = 1;
    for (Page* page : pages) {
        m_stack->addWidget(page);
        auto* item = new QListWidgetItem(QIcon::fromTheme(page->iconName()), page->title(), m_nav);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(page->title()).arg(number++));
        connect(page, &Page::status, this, [this](const QString& message) { statusBar()->showMessage(message, 8000); });
        if (auto* overview = qobject_cast<OverviewPage*>(page))
            connect(overview->glance(), &YearGlancePanel::stepRequested, this,
                    [this](CohortGlance::Step step, qint64 cohort) { goToStep(int(step), cohort); });
    }
    m_nav->setFixedWidth(qMax(170, m_nav->sizeHintForColumn(0) + 36));
}

int MainWindow::pageCount() const
{
    return m_stack->count();
}

Page* MainWindow::page(int index) const
{
    return qobject_cast<Page*>(m_stack->widget(index));
}

void MainWindow::showPage(int index)
{
    if (index < 0 || index >= m_stack->count())
        index = 0;
    m_nav->setCurrentRow(index);
    m_stack->setCurrentIndex(index);
}

int MainWindow::currentPage() const
{
    return m_stack->currentIndex();
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newDb = file->addAction(tr("&New database..."), this, &MainWindow::newDatabase);
    newDb->setShortcut(QKeySequence::New);
    QAction* open = file->addAction(tr("&Open database..."), this, &MainWindow::openDatabaseDialog);
    open->setShortcut(QKeySequence::Open);
    QAction* server = file->addAction(tr("Connect to &server..."), this, &MainWindow::connectDialog);
    server->setObjectName(QStringLiteral("connectServerAction"));
    server->setToolTip(tr("Open a parindex database on the province's PostgreSQL server"));
    m_recent = file->addMenu(tr("Open &recent"));
    updateRecentMenu();
    file->addAction(tr("Open the &demo database"), this, &MainWindow::openDemo);
    file->addSeparator();
    QAction* importScores = file->addAction(tr("&Import scores..."), this, &MainWindow::importScores);
    importScores->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    importScores->setToolTip(tr("Import a score table (CSV or Excel) into the selected index, with a preview"));
    QAction* report = file->addAction(tr("Meeting &report..."), this, [this] {
        if (m_session->indexCode().isEmpty())
            return;
        ReportDialog dialog(*m_session, this);
        dialog.exec();
    });
    report->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    QMenu* exports = file->addMenu(tr("&Export"));
    exports->addAction(tr("&Ranking..."), this, [this] { exportFile(ExportKind::Ranking); });
    exports->addAction(tr("&Score sheet..."), this, [this] { exportFile(ExportKind::Scores); });
    exports->addAction(tr("&Template for units to fill in..."), this, [this] { exportFile(ExportKind::Template); });
    exports->addAction(tr("&Framework..."), this, [this] { exportFile(ExportKind::Framework); });
    exports->addAction(tr("&History..."), this, [this] { exportFile(ExportKind::AuditLog); });
    file->addSeparator();
    m_backUp = file->addAction(tr("&Back up to a file..."), this, &MainWindow::backUp);
    m_backUp->setObjectName(QStringLiteral("backUpAction"));
    m_backUp->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_restore = file->addAction(tr("&Restore from a backup..."), this, &MainWindow::restoreBackup);
    m_restore->setObjectName(QStringLiteral("restoreAction"));
    m_copyToServer = file->addAction(tr("Copy to a ser&ver..."), this, &MainWindow::copyToServer);
    m_copyToServer->setObjectName(QStringLiteral("copyToServerAction"));
    // Why an action is disabled (Restore on a server) is said where the user looks: its tooltip and the status bar.
    file->setToolTipsVisible(true);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_session->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_session->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_stack->count(); ++i) {
        QAction* go = view->addAction(m_nav->item(i)->icon(), m_nav->item(i)->text(), this, [this, i] { showPage(i); });
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }

    QMenu* language = menuBar()->addMenu(tr("&Language"));
    auto* group = new QActionGroup(this);
    // The language this window speaks, which --lang may have chosen for this run only (not the saved one).
    const QString current = QLocale().language() == QLocale::Vietnamese ? QStringLiteral("vi") : QStringLiteral("en");
    for (const auto& [code, name] : {std::pair {"vi", "Tiếng Việt"}, std::pair {"en", "English"}}) {
        QAction* a = language->addAction(QString::fromUtf8(name));
        a->setCheckable(true);
        a->setChecked(current == QLatin1String(code));
        group->addAction(a);
        const QString lang = QString::fromLatin1(code);
        connect(a, &QAction::triggered, this, [this, lang] { emit languageChangeRequested(lang); });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* manual = help->addAction(tr("&Manual"), this, [this] { showManual(); });
    manual->setObjectName(QStringLiteral("manualAction"));
    manual->setShortcut(QKeySequence(Qt::Key_F1));
    help->addAction(tr("&About parindex"), this, &MainWindow::about);
}

void MainWindow::updateRecentMenu()
{
    m_recent->clear();
    const QStringList files = recentFiles();
    for (const QString& path : files)
        m_recent->addAction(recentLabel(path), this, [this, path] { openDatabase(path); });
    m_recent->setEnabled(!files.isEmpty());
}

bool MainWindow::openDatabase(const QString& path)
{
    if (Database::isServerUri(path)) {
        bool cancelled = false;
        const QString why = connectServer(path, &cancelled);
        if (!why.isEmpty() && !cancelled)
            Dialogs::showError(this, tr("Cannot connect to the server"), why,
                               tr("Check the address with File > Connect to server..., or ask the server's "
                                  "administrator."));
        return why.isEmpty();
    }
    if (Status s = m_session->open(path); !s) {
        Dialogs::showError(this, tr("Cannot open the database"), s.error().message,
                           tr("Check that the file is a parindex database and that you may write to its folder, or "
                              "open another one from the File menu."));
        return false;
    }
    opened(path);
    return true;
}

void MainWindow::opened(const QString& path)
{
    addRecent(path);
    updateRecentMenu();
    restoreContext();
    statusBar()->showMessage(
        tr("Opened %1").arg(Database::isServerUri(path) ? recentLabel(path) : QDir::toNativeSeparators(path)), 5000);
}

QString MainWindow::signIn(const QString& uri, QString* target, QString* password, bool* cancelled)
{
    *target = uri;
    *password = signedIn().value(uri);
    const auto check = Database::checkServer(*target, *password);
    if (check.access == Database::ServerAccess::PasswordNeeded
        || check.access == Database::ServerAccess::WrongPassword) {
        auto address = ServerAddress::parse(uri);
        SignInDialog dialog(address.value(), check.message, this);
        if (dialog.exec() != QDialog::Accepted) {
            if (cancelled)
                *cancelled = true;
            return tr("Not signed in.");
        }
        *target = dialog.uri();
        *password = dialog.password();
    } else if (check.access != Database::ServerAccess::Ready) {
        return check.message;
    }
    return QString();
}

QString MainWindow::connectServer(const QString& uri, bool* cancelled)
{
    QString target;
    QString password;
    if (const QString why = signIn(uri, &target, &password, cancelled); !why.isEmpty())
        return why;
    if (Status s = m_session->open(target, password); !s)
        return s.error().message;
    if (!password.isEmpty())
        signedIn().insert(target, password);
    opened(target);
    return QString();
}

void MainWindow::connectDialog()
{
    ConnectDialog dialog(this);
    if (const QString last = lastServer(); !last.isEmpty())
        dialog.setUri(last);
    dialog.setConnect([this](const QString& uri) { return connectServer(uri); });
    dialog.exec();
}

void MainWindow::copyToServer()
{
    if (!m_session->isOpen() || m_session->database().isServer())
        return;
    const QString source = m_session->path();
    ConnectDialog dialog(this);
    dialog.setObjectName(QStringLiteral("copyToServerDialog"));
    dialog.setWindowTitle(tr("Copy to a server"));
    dialog.setNote(tr("Copies this database whole, its history included, into a database on the server, and checks "
                      "every table of the copy against this file before keeping it. The destination must be new or "
                      "empty: a database the server's administrator has just created, or one prepared with parindex "
                      "init. One that holds anything is refused and left as it is. The password is asked for when the "
                      "server wants it."));
    dialog.setOkText(tr("&Copy"));
    if (const QString last = lastServer(); !last.isEmpty())
        dialog.setUri(last);
    QString copiedTo;
    QString copiedPassword;
    CopyProcess::Outcome outcome;
    dialog.setConnect([&](const QString& uri) -> QString {
        QString target;
        QString password;
        if (const QString why = signIn(uri, &target, &password); !why.isEmpty())
            return why;
        outcome = CopyProcess::run(&dialog, source, target, password,
                                   tr("Copying %1 to %2...").arg(QFileInfo(source).fileName(), serverName(target)));
        if (!outcome.copied)
            return outcome.message;
        copiedTo = target;
        copiedPassword = password;
        return QString();
    });
    if (dialog.exec() != QDialog::Accepted || copiedTo.isEmpty())
        return;
    if (!copiedPassword.isEmpty())
        signedIn().insert(copiedTo, copiedPassword);
    addRecent(copiedTo);
    updateRecentMenu();
    if (offerServerCopy(source, copiedTo, outcome))
        openDatabase(copiedTo);
}

bool MainWindow::offerServerCopy(const QString& source, const QString& server, const CopyProcess::Outcome& outcome)
{
    QMessageBox box(QMessageBox::Information, tr("Copy to a server"),
                    tr("Copied %1 to the server database %2.").arg(QDir::toNativeSeparators(source), serverName(server))
                        + u'\n' + u'\n' + outcome.verified(),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("copyReport"));
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(tr("Open the server copy now? This file stays as it is; changes made on the server from "
                              "now on are not in it."));
    QPushButton* open = box.addButton(tr("&Open the server copy"), QMessageBox::AcceptRole);
    box.setDefaultButton(open);
    box.addButton(tr("&Keep working on the file"), QMessageBox::RejectRole);
    box.exec();
    return box.clickedButton() == open;
}

QString MainWindow::newDatabase()
{
    NewDatabaseWizard wizard(this);
    if (wizard.exec() != QDialog::Accepted || wizard.createdPath().isEmpty())
        return QString();
    const QString path = wizard.createdPath();
    if (!openDatabase(path))
        return path;
    // The next step of a new province: the year's criteria.
    showPage(pageIndexOf<SetupPage>());
    statusBar()->showMessage(tr("Created %1. Next: set up the criteria of %2 (New year..., or import them).")
                                 .arg(QDir::toNativeSeparators(path))
                                 .arg(wizard.spec().year),
                             15000);
    return path;
}

template <typename T> int MainWindow::pageIndexOf() const
{
    for (int i = 0; i < m_stack->count(); ++i) {
        if (qobject_cast<T*>(m_stack->widget(i)))
            return i;
    }
    return 0;
}

void MainWindow::showWelcome(const QString& missing)
{
    m_welcome->setRecent(recentFiles());
    m_welcome->setMissing(missing);
    m_front->setCurrentWidget(m_welcome);
    m_contextToolBar->hide();
    m_welcome->demoButton()->setFocus();
}

bool MainWindow::welcomeShown() const
{
    return m_front->currentWidget() == m_welcome;
}

void MainWindow::goToStep(int step, qint64 cohortId)
{
    if (!m_session->isOpen())
        return;
    m_context->selectCohort(cohortId);
    switch (CohortGlance::Step(step)) {
    case CohortGlance::Step::SetUpCriteria:
    case CohortGlance::Step::AddUnits: {
        auto* setup = qobject_cast<SetupPage*>(m_stack->widget(pageIndexOf<SetupPage>()));
        showPage(pageIndexOf<SetupPage>());
        if (setup && step == int(CohortGlance::Step::AddUnits))
            setup->tabs()->setCurrentWidget(setup->unitsTab());
        else if (setup)
            setup->tabs()->setCurrentWidget(setup->frameworkTab());
        // No year yet: the dialog that makes one (copying last year's criteria, or starting empty) is the next step.
        if (step == int(CohortGlance::Step::SetUpCriteria) && m_session->year() <= 0)
            m_session->requestNewYear();
        break;
    }
    case CohortGlance::Step::ImportScores:
        m_context->selectStage(Stage::Self);
        showPage(pageIndexOf<EntryPage>());
        importScores();
        break;
    case CohortGlance::Step::Appraise:
        m_context->selectStage(Stage::Final);
        showPage(pageIndexOf<EntryPage>());
        break;
    case CohortGlance::Step::Finalise:
        m_context->selectStage(Stage::Final);
        showPage(pageIndexOf<EntryPage>());
        FinaliseActions::finalise(this, *m_session);
        break;
    case CohortGlance::Step::Report: {
        ReportDialog dialog(*m_session, this);
        dialog.exec();
        break;
    }
    }
}

void MainWindow::openDatabaseDialog()
{
    QFileDialog dialog(this, tr("Open database"));
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.setNameFilter(tr("parindex databases (*.db);;All files (*)"));
    dialog.setLabelText(QFileDialog::Accept, tr("Open"));
    dialog.setLabelText(QFileDialog::Reject, tr("Cancel"));
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
        openDatabase(dialog.selectedFiles().first());
}

QString MainWindow::demoDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("demo.db"));
}

void MainWindow::openDemo()
{
    const QString path = demoDatabasePath();
    if (!QFileInfo::exists(path)) {
        auto db = Database::open(path);
        Status loaded = db ? Status(success()) : Status(db.error());
        if (db) {
            Catalog catalog(*db.value());
            loaded = Demo::load(catalog);
        }
        if (!loaded) {
            Dialogs::showError(this, tr("Cannot write the demo database"), loaded.error().message);
            return;
        }
    }
    openDatabase(path);
}

void MainWindow::importScores()
{
    if (!m_session->isOpen() || m_session->indexCode().isEmpty()) {
        Dialogs::showError(this, tr("Import scores"), tr("Choose an index first."),
                           tr("Select the index in the bar at the top, or create one on the Setup page."));
        return;
    }
    QFileDialog dialog(this, tr("Import scores"));
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.setNameFilter(tr("Score tables (*.xlsx *.csv *.txt);;All files (*)"));
    dialog.setLabelText(QFileDialog::Accept, tr("Preview"));
    dialog.setLabelText(QFileDialog::Reject, tr("Cancel"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    ImportDialog preview(*m_session, dialog.selectedFiles().first(), this);
    if (preview.exec() == QDialog::Accepted) {
        m_context->reload();
        statusBar()->showMessage(preview.summary(), 10000);
    }
}

void MainWindow::exportFile(ExportKind kind)
{
    auto index = m_session->currentIndex();
    auto cohort = m_session->currentCohort();
    if (!index || !cohort) {
        Dialogs::showError(this, tr("Export"), tr("Choose an index and a year first."));
        return;
    }
    const QStringList names {tr("ranking"), tr("scores"), tr("template"), tr("framework"), tr("history")};
    const QString suggested
        = QStringLiteral("%1-%2-%3.xlsx").arg(index->code).arg(m_session->year()).arg(names[int(kind)]);
    QFileDialog dialog(this, tr("Export"), QDir::home().filePath(suggested));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilter(tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"));
    dialog.setDefaultSuffix(QStringLiteral("xlsx"));
    dialog.setLabelText(QFileDialog::Accept, tr("Export"));
    dialog.setLabelText(QFileDialog::Reject, tr("Cancel"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    ExportRequest request;
    request.indexCode = index->code;
    request.year = m_session->year();
    request.cohort = cohort->name;
    request.stage = m_session->stage();
    request.language
        = QLocale().language() == QLocale::Vietnamese ? ExportLanguage::Vietnamese : ExportLanguage::English;
    Catalog& catalog = m_session->catalog();
    Result<ExportBook> book = kind == ExportKind::Ranking ? Export::ranking(catalog, request)
        : kind == ExportKind::Scores                      ? Export::scores(catalog, request)
        : kind == ExportKind::Template                    ? Export::scoreTemplate(catalog, request)
        : kind == ExportKind::Framework                   ? Export::framework(catalog, request)
                                                          : Export::auditLog(catalog, request);
    const QString target = dialog.selectedFiles().first();
    const Status written = book ? ExportWriter::write(book.value(), target) : Status(book.error());
    if (!written) {
        Dialogs::showError(this, tr("Export"), written.error().message,
                           tr("Choose another file or folder and try again."));
        return;
    }
    statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(target)), 8000);
}

void MainWindow::backUp()
{
    if (!m_session->isOpen())
        return;
    const bool server = m_session->database().isServer();
    const QString suggested = copyBaseName(m_session->path()) + QStringLiteral("-")
        + QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd")) + QStringLiteral(".db");
    const QDir folder = server ? QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                               : QFileInfo(m_session->path()).absoluteDir();
    QFileDialog dialog(this, server ? tr("Save a copy as a file") : tr("Back up to a file"),
                       folder.filePath(suggested));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("db"));
    dialog.setNameFilter(tr("parindex databases (*.db);;All files (*)"));
    dialog.setLabelText(QFileDialog::Accept, server ? tr("Save") : tr("Back up"));
    dialog.setLabelText(QFileDialog::Reject, tr("Cancel"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString target = dialog.selectedFiles().first();
    if (server) {
        saveServerCopy(target);
        return;
    }
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(m_session->path()).absoluteFilePath()) {
        Dialogs::showError(this, tr("Back up"), tr("A backup cannot overwrite the open database."));
        return;
    }
    if (Status s = m_session->database().backupTo(target, true); !s)
        Dialogs::showError(this, tr("Back up"), s.error().message, tr("Choose another folder and try again."));
    else
        statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(target)), 8000);
}

void MainWindow::saveServerCopy(const QString& target)
{
    const QString source = m_session->path();
    const QString name = serverName(source);
    const CopyProcess::Outcome outcome
        = CopyProcess::runToFile(this, source, target, signedIn().value(source),
                                 tr("Saving a copy of %1 as %2...").arg(name, QDir::toNativeSeparators(target)));
    if (outcome.cancelled) {
        statusBar()->showMessage(outcome.message, 8000);
        return;
    }
    if (!outcome.copied) {
        Dialogs::showError(this, tr("Save a copy as a file"), outcome.message,
                           tr("Choose another file or folder and try again."));
        return;
    }
    Dialogs::showInfo(this, tr("Save a copy as a file"),
                      tr("Saved a copy of %1 as %2.").arg(name, QDir::toNativeSeparators(target)) + u'\n' + u'\n'
                          + outcome.verified());
    statusBar()->showMessage(tr("Saved a copy as %1").arg(QDir::toNativeSeparators(target)), 8000);
}

void MainWindow::updateFileActions()
{
    const bool open = m_session->isOpen();
    const bool server = open && m_session->database().isServer();
    m_copyToServer->setEnabled(open && !server);
    const QString copyTip = server ? tr("The open database is already on a server")
                                   : tr("Copy this database file, whole and verified, into a new or empty database on "
                                        "the province's PostgreSQL server");
    m_copyToServer->setToolTip(copyTip);
    m_copyToServer->setStatusTip(copyTip);

    // On a server, row-level security shows a unit account only its own scores: its copy would not be the database.
    const Permissions::Role role = m_session->permissions().role();
    const bool readsAll = role != Permissions::Role::Unit && role != Permissions::Role::None;
    m_backUp->setText(server ? tr("Save a &copy as a file...") : tr("&Back up to a file..."));
    m_backUp->setEnabled(open && (!server || readsAll));
    const QString backUpTip = !server ? tr("Copy the open database file to another file")
        : readsAll ? tr("Save a verified copy of the server database as a database file, to keep or to take offline")
                   : tr("Only an account that reads the whole database (secretariat, appraiser, viewer) can save a "
                        "copy of it");
    m_backUp->setToolTip(backUpTip);
    m_backUp->setStatusTip(backUpTip);

    m_restore->setEnabled(open && !server);
    const QString restoreTip = server ? tr("A server database is restored on the server, by its administrator; "
                                           "Restore replaces a database file only")
                                      : tr("Replace the open database file by a backup");
    m_restore->setToolTip(restoreTip);
    m_restore->setStatusTip(restoreTip);
}

void MainWindow::restoreBackup()
{
    if (!m_session->isOpen() || m_session->database().isServer())
        return;
    QFileDialog dialog(this, tr("Restore from a backup"), QFileInfo(m_session->path()).absolutePath());
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.setNameFilter(tr("parindex databases (*.db);;All files (*)"));
    dialog.setLabelText(QFileDialog::Accept, tr("Restore"));
    dialog.setLabelText(QFileDialog::Reject, tr("Cancel"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = m_session->path();
    const QString from = dialog.selectedFiles().first();
    if (!Dialogs::confirm(this, tr("Restore from a backup"),
                          tr("Replace %1 by the backup %2? The current file is kept beside it.")
                              .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(from)),
                          tr("Restore")))
        return;
    // The file is replaced only with no connection of ours open on it.
    m_session->close();
    auto aside = Database::restore(path, from);
    openDatabase(path);
    if (!aside)
        Dialogs::showError(this, tr("Restore from a backup"), aside.error().message);
    else
        statusBar()->showMessage(tr("Restored from %1").arg(QDir::toNativeSeparators(from)), 8000);
}

void MainWindow::showManual()
{
    if (!m_manual) {
        m_manual = new ManualDock(this);
        addDockWidget(Qt::RightDockWidgetArea, m_manual);
        resizeDocks({m_manual}, {qMax(420, width() / 3)}, Qt::Horizontal);
    }
    // On the welcome page, the section that explains it: getting started.
    m_manual->showSection(welcomeShown() ? QStringLiteral("start") : ManualDock::anchorFor(m_stack->currentWidget()));
}

void MainWindow::about()
{
    Dialogs::showInfo(this, tr("About parindex"),
                      tr("parindex %1\n\nRecords and analyses administrative reform index results (PAR INDEX, SIPAS, "
                         "PAPI and the province's own indexes) for the steering committee's secretariat.")
                          .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::updateTitle()
{
    QString file = m_session->isOpen() ? QFileInfo(m_session->path()).fileName() : tr("no database");
    if (m_session->isOpen() && m_session->database().isServer())
        file = serverName(m_session->path());
    setWindowTitle(tr("%1 - parindex").arg(file));
}

void MainWindow::rememberContext()
{
    QSettings settings;
    settings.setValue(QStringLiteral("context/index"), m_session->indexCode());
    settings.setValue(QStringLiteral("context/year"), m_session->year());
    if (auto unit = m_session->catalog().unitById(m_session->unitId()); unit && unit.value())
        settings.setValue(QStringLiteral("context/unit"), unit.value()->name);
}

void MainWindow::restoreContext()
{
    QSettings settings;
    m_context->reload(settings.value(QStringLiteral("context/index")).toString(),
                      settings.value(QStringLiteral("context/year")).toInt(),
                      settings.value(QStringLiteral("context/unit")).toString());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/page"), m_stack->currentIndex());
    if (m_session->isOpen())
        settings.setValue(QStringLiteral("lastDatabase"), m_session->path());
    event->accept();
}

} // namespace par::ui
