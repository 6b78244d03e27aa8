#pragma once

#include "Session.h"
#include "server/CopyProcess.h"

#include <QMainWindow>

class QListWidget;
class QStackedWidget;
class QAction;
class QMenu;
class QToolBar;

namespace par::ui {

class ContextBar;
class ManualDock;
class Page;
class WelcomePage;

// The application's window: a page list on the left, the shared context in the tool bar, the pages in the middle.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    Session& session() { return *m_session; }
    // Opens a database file, or a server's database (postgresql://...: signing in if the server asks), and remembers
    // it; shows why when it cannot.
    bool openDatabase(const QString& path);
    // Opens a server's database, asking for the password when the server wants one. Returns "" when open, else the
    // reason in plain words; cancelled (if given) is set when the user closed the sign-in dialog.
    QString connectServer(const QString& uri, bool* cancelled = nullptr);
    // File > Connect to server...
    void connectDialog();
    // File > Copy to a server... (a file is open): the whole database into a new or empty server database, verified.
    void copyToServer();
    void showPage(int index);
    int currentPage() const;
    int pageCount() const;
    Page* page(int index) const;
    ContextBar* contextBar() const { return m_context; }
    // False on a first start, when the window should fill the screen.
    bool hasSavedGeometry() const { return m_hasGeometry; }

    // The demo database in the user's data folder, written on first use.
    static QString demoDatabasePath();
    void openDemo();
    // Help > Manual (F1): the manual in the window's language, at the section of the page shown.
    void showManual();
    ManualDock* manual() const { return m_manual; }

    // With no database open: the ways to start (demo, new province, a file, the recent ones). missing names the
    // database of last time when it is gone. Opening a database shows the pages again.
    void showWelcome(const QString& missing = QString());
    bool welcomeShown() const;
    WelcomePage* welcome() const { return m_welcome; }
    // File > New database: the wizard; the new database opens at Setup. Returns its path, empty when cancelled.
    QString newDatabase();
    // The Overview's next step for a cohort (CohortGlance::Step): the page or dialog that does it.
    void goToStep(int step, qint64 cohortId);

signals:
    // Asks the application to rebuild the window in another language ("vi" or "en").
    void languageChangeRequested(const QString& language);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createPages();
    void createActions();
    template <typename T> int pageIndexOf() const;
    void openDatabaseDialog();
    void opened(const QString& path);
    void backUp();
    // A server's Back up: a verified copy of the server database as a new SQLite file (DatabaseCopy).
    void saveServerCopy(const QString& target);
    // After Copy to a server: what was verified, and whether to open the server copy now.
    bool offerServerCopy(const QString& source, const QString& server, const CopyProcess::Outcome& outcome);
    void restoreBackup();
    // Which File actions the open database allows (a file, a server, the account's role), and their names.
    void updateFileActions();
    // The address and password that reach uri: the password typed before in this run, else the sign-in dialog's when
    // the server asks for one. "" when the server is ready, else why not; cancelled when the dialog was closed.
    QString signIn(const QString& uri, QString* target, QString* password, bool* cancelled = nullptr);
    void importScores();
    enum class ExportKind
    {
        Ranking,
        Scores,
        Template,
        Framework,
        AuditLog,
    };
    void exportFile(ExportKind kind);
    void about();
    void updateRecentMenu();
    void updateTitle();
    void rememberContext();
    void restoreContext();

    Session* m_session;
    ContextBar* m_context;
    QListWidget* m_nav;
    QStackedWidget* m_stack;
    QStackedWidget* m_front; // the welcome page, or the page list and the pages
    WelcomePage* m_welcome;
    QToolBar* m_contextToolBar = nullptr;
    QMenu* m_recent = nullptr;
    QAction* m_copyToServer = nullptr;
    QAction* m_backUp = nullptr;
    QAction* m_restore = nullptr;
    bool m_hasGeometry = false;
    ManualDock* m_manual = nullptr;
};

} // namespace par::ui
