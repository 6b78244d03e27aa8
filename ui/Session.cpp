#include "Session.h"

#include "commands/SetNoteCommand.h"
#include "commands/SetScoresCommand.h"
#include "storage/ServerChanges.h"

#include <QSqlQuery>

namespace par::ui {

Session::Session(QObject* parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
{
    // PRAGMA data_version changes only when another connection commits, so polling it costs one tiny statement
    // and never fires on the session's own writes.
    m_poll.setInterval(1500);
    connect(&m_poll, &QTimer::timeout, this, &Session::checkForOutsideChanges);
    m_soon.setSingleShot(true);
    m_soon.setInterval(150);
    connect(&m_soon, &QTimer::timeout, this, &Session::refreshForOthers);
}

Session::~Session()
{
    // The stack is a child, so QObject would delete it after the members below; emptying it emits cleanChanged, and
    // whoever listens (the window's title) would read a database already closed. It goes first, and silently.
    m_undo->blockSignals(true);
    delete m_undo;
    m_undo = nullptr;
}

Status Session::open(const QString& path, const QString& password)
{
    auto db = Database::openExisting(path, password);
    if (!db)
        return db.error();
    m_undo->clear();
    m_editor.reset();
    m_analysis.reset();
    m_catalog.reset();
    m_db = std::move(db).value();
    m_permissions = Permissions::of(*m_db);
    m_catalog = std::make_unique<Catalog>(*m_db);
    m_analysis = std::make_unique<Analysis>(*m_catalog);
    m_editor = std::make_unique<ScoreEditor>(*m_catalog);
    m_indexCode.clear();
    m_year = 0;
    m_cohortId = 0;
    m_unitId = 0;
    m_dataVersion = -1;
    m_serverReconnects = 0;
    if (ServerChanges::subscribe(*m_db))
        connect(m_db->sql().driver(), &QSqlDriver::notification, this, &Session::notified);
    checkForOutsideChanges(); // the starting point
    if (m_poll.interval() > 0)
        m_poll.start();
    emit databaseChanged();
    return success();
}

void Session::setPermissions(const Permissions& permissions)
{
    m_permissions = permissions;
    emit dataChanged();
}

void Session::setRefreshInterval(int milliseconds)
{
    m_poll.stop();
    m_poll.setInterval(milliseconds);
    if (milliseconds > 0 && m_db)
        m_poll.start();
}

bool Session::checkForOutsideChanges()
{
    if (!m_db)
        return false;
    // A server's notices come by LISTEN/NOTIFY, the driver's signal when they reach the socket. Those libpq read
    // while the program ran its own statements no longer make the socket readable: the signal would miss them until
    // another came. Taking them costs no statement.
    if (m_db->isServer()) {
        const QStringList payloads = ServerChanges::take(*m_db);
        for (const QString& payload : payloads)
            emit serverNotified(payload);
        // Connected again since: what others saved meanwhile was announced to no one, so everything is read again.
        const bool reconnected = m_db->serverReconnects() != m_serverReconnects;
        m_serverReconnects = m_db->serverReconnects();
        if (payloads.isEmpty() && !reconnected)
            return false;
        m_soon.stop();
        refreshForOthers();
        return true;
    }
    auto q = m_db->exec(QStringLiteral("PRAGMA data_version"));
    if (!q || !q.value().next())
        return false;
    const qint64 version = q.value().value(0).toLongLong();
    const bool changed = m_dataVersion >= 0 && version != m_dataVersion;
    m_dataVersion = version;
    if (changed) {
        emit outsideChange();
        notifyDataChanged();
    }
    return changed;
}

void Session::rebaseVersions(const QList<VersionStep>& steps, const QUndoCommand* skip)
{
    for (int i = 0; i < m_undo->count(); ++i) {
        auto* command = const_cast<QUndoCommand*>(m_undo->command(i));
        if (command == skip)
            continue;
        if (auto* scores = dynamic_cast<SetScoresCommand*>(command))
            scores->rebase(steps);
        else if (auto* note = dynamic_cast<SetNoteCommand*>(command))
            note->rebase(steps);
    }
}

void Session::notified(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload)
{
    // Our own commits come back too; the pages have already refreshed after them.
    if (name != QLatin1String(ServerChanges::Channel) || source == QSqlDriver::SelfSource)
        return;
    emit serverNotified(payload.toString());
    if (!m_soon.isActive())
        m_soon.start();
}

void Session::refreshForOthers()
{
    if (!m_db)
        return;
    emit outsideChange();
    notifyDataChanged();
}

void Session::close()
{
    m_poll.stop();
    m_soon.stop();
    m_undo->clear();
    m_editor.reset();
    m_analysis.reset();
    m_catalog.reset();
    m_db.reset();
}

QString Session::path() const
{
    return m_db ? m_db->path() : QString();
}

void Session::setContext(const QString& indexCode, int year, qint64 cohortId, qint64 unitId)
{
    if (indexCode == m_indexCode && year == m_year && cohortId == m_cohortId && unitId == m_unitId)
        return;
    m_indexCode = indexCode;
    m_year = year;
    m_cohortId = cohortId;
    m_unitId = unitId;
    emit contextChanged();
}

void Session::setStage(Stage stage)
{
    if (stage == m_stage)
        return;
    m_stage = stage;
    emit contextChanged();
}

Result<Index> Session::currentIndex()
{
    if (!m_db || m_indexCode.isEmpty())
        return Error::usage(tr("No index is selected."));
    return m_catalog->index(m_indexCode);
}

Result<Framework> Session::currentFramework()
{
    auto index = currentIndex();
    if (!index)
        return index.error();
    return m_catalog->requireFramework(index.value(), m_year);
}

Result<Cohort> Session::currentCohort()
{
    auto index = currentIndex();
    if (!index)
        return index.error();
    auto cohorts = m_catalog->cohorts(index->id);
    if (!cohorts)
        return cohorts.error();
    for (const Cohort& c : cohorts.value()) {
        if (c.id == m_cohortId)
            return c;
    }
    return m_catalog->defaultCohort(index.value());
}

Result<bool> Session::currentFinalised()
{
    auto cohort = currentCohort();
    if (!cohort)
        return cohort.error();
    return m_catalog->isFinalised(cohort->id, m_year);
}

void Session::notifyDataChanged()
{
    emit dataChanged();
    emit structureChanged();
}

void Session::notifyScoresChanged()
{
    emit dataChanged();
}

} // namespace par::ui
