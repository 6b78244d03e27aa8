#pragma once

#include "scoring/Analysis.h"
#include "storage/Catalog.h"
#include "storage/Permissions.h"
#include "storage/ScoreEditor.h"

#include <QObject>
#include <QSqlDriver>
#include <QTimer>
#include <QUndoStack>

#include <memory>

namespace par::ui {

// The open database and what the user is looking at: index, year, cohort, unit and stage. Every page reads the
// core through it and listens to its signals; edits go through the undo stack it owns.
class Session : public QObject
{
    Q_OBJECT

public:
    explicit Session(QObject* parent = nullptr);
    ~Session() override;

    // path: a file, or a server's postgresql:// address with its password (if the server asks for one).
    Status open(const QString& path, const QString& password = QString());
    // Lets go of the database file (for a restore); open() again before pages read anything.
    void close();
    bool isOpen() const { return m_db != nullptr; }
    QString path() const;

    Database& database() { return *m_db; }
    Catalog& catalog() { return *m_catalog; }
    Analysis& analysis() { return *m_analysis; }
    ScoreEditor& editor() { return *m_editor; }
    QUndoStack* undoStack() { return m_undo; }
    // What the connected account may do (everything in a file); pages hide or disable the rest. The server refuses
    // it anyway: this only spares the user a refusal. Set from the database at open; tests set it directly.
    const Permissions& permissions() const { return m_permissions; }
    void setPermissions(const Permissions& permissions);

    // The current context. Setting a part that changes emits contextChanged once.
    QString indexCode() const { return m_indexCode; }
    int year() const { return m_year; }
    qint64 cohortId() const { return m_cohortId; }
    qint64 unitId() const { return m_unitId; }
    Stage stage() const { return m_stage; }
    void setContext(const QString& indexCode, int year, qint64 cohortId, qint64 unitId);
    void setStage(Stage stage);

    // Convenience reads of the current context; errors come back as values for the page to show.
    Result<Index> currentIndex();
    Result<Framework> currentFramework();
    Result<Cohort> currentCohort();
    Result<bool> currentFinalised();

    // Call after any write outside the undo stack (imports, setup edits) so pages and the context's choices refresh.
    void notifyDataChanged();
    // Call after edits of values, notes or finalisation: pages refresh, but indexes, years, cohorts and units are
    // as they were, so the context's choices are not read again on every typed value.
    void notifyScoresChanged();

    // Another program or window may write the same database: the session looks every interval (milliseconds; 0
    // stops) whether it changed under it and, if so, refreshes every page as after notifyDataChanged(). A file is
    // polled (PRAGMA data_version); a server tells (LISTEN/NOTIFY), and the poll only collects what libpq read while
    // the program ran its own statements.
    void setRefreshInterval(int milliseconds);
    // Looks now; true when another connection had committed a change.
    bool checkForOutsideChanges();
    // After a write of this program's own: the undo steps that expected a row version it replaced expect the new one
    // (skip: the command that wrote, which has done so itself).
    void rebaseVersions(const QList<VersionStep>& steps, const QUndoCommand* skip = nullptr);
    // An undo, redo or edit that the core refused (a cell changed elsewhere since it was shown): pages say why.
    void reportRefusal(const QString& message) { emit editRefused(message); }
    // Asks the context bar to add a year to the current index ("New year..." wherever a page offers it); the context
    // moves to the new year when one is made.
    void requestNewYear() { emit newYearRequested(); }

signals:
    void databaseChanged();
    void contextChanged();
    void dataChanged();
    // Indexes, years, cohorts or units may have changed.
    void structureChanged();
    // The database changed under the session, written by another program or window.
    void outsideChange();
    // A server's notification of another program's change (payload "COHORT_ID:YEAR"), before the refresh it causes.
    void serverNotified(const QString& payload);
    void editRefused(const QString& message);
    void newYearRequested();

private:
    void notified(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload);
    void refreshForOthers();

    std::unique_ptr<Database> m_db;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<Analysis> m_analysis;
    std::unique_ptr<ScoreEditor> m_editor;
    QUndoStack* m_undo;
    Permissions m_permissions;
    QTimer m_poll;
    QTimer m_soon; // a burst of notifications (an import touches many cohort-years) is one refresh
    qint64 m_dataVersion = -1;
    int m_serverReconnects = 0; // the connection's count when the pages last caught up with the server
    QString m_indexCode;
    int m_year = 0;
    qint64 m_cohortId = 0;
    qint64 m_unitId = 0;
    Stage m_stage = Stage::Final;
};

} // namespace par::ui
