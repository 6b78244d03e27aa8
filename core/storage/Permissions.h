#pragma once

#include "Result.h"
#include "model/Index.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace par {

class Database;

// What the connected account may do. A SQLite file has no accounts: whoever opens it may do everything. On a server
// the account's role and unit come from the server (Database::account), which enforces the same rules with grants,
// row-level security and triggers (resources/sql/pg/010_roles.sql); the screens and commands use this only to hide
// or refuse early what the server would refuse anyway.
class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(par::Permissions)

public:
    enum class Role
    {
        Secretariat, // indexes, frameworks, units, cohorts, finalise and reopen, settings, accounts, all scores
        Appraiser, // the final (appraised) scores; reads everything
        Unit, // its own unit's self-assessed scores; reads its own results and the published ones
        Viewer, // reads only
        None, // a login with no role in this database
    };

    // Everything: a SQLite file, the server database's owner.
    Permissions() = default;
    Permissions(Role role, qint64 unitId = 0, const QString& unitName = QString());
    static Permissions of(const Database& db);

    // "secretariat", "appraiser", "unit", "viewer" (the names the command line and the server use).
    static QString roleName(Role role);
    static std::optional<Role> roleFromName(const QString& name);
    static QStringList roleNames();

    Role role() const { return m_role; }
    qint64 unitId() const { return m_unitId; }
    // The account as a sentence names it: "unit Sở Nội vụ", "appraiser".
    QString describe() const;

    bool canSetup() const { return m_role == Role::Secretariat; }
    bool canFinalise() const { return m_role == Role::Secretariat; }
    bool canManageUsers() const { return m_role == Role::Secretariat; }
    bool canWriteScores(Stage stage) const;
    bool canWriteScore(qint64 unitId, Stage stage) const;
    bool canWriteAnything() const { return m_role != Role::Viewer && m_role != Role::None; }
    // The refusal for a score this account may not change, in the words the server's refusal is shown in.
    Error scoreRefusal(const QString& unitName, Stage stage) const;

private:
    Role m_role = Role::Secretariat;
    qint64 m_unitId = 0;
    QString m_unitName;
};

} // namespace par
