#include "storage/Permissions.h"

#include "storage/Database.h"

namespace par {

Permissions::Permissions(Role role, qint64 unitId, const QString& unitName)
    : m_role(role)
    , m_unitId(unitId)
    , m_unitName(unitName)
{
}

Permissions Permissions::of(const Database& db)
{
    if (!db.isServer())
        return {};
    const Database::Account& account = db.account();
    return Permissions(roleFromName(account.role).value_or(Role::None), account.unitId, account.unitName);
}

QString Permissions::roleName(Role role)
{
    switch (role) {
    case Role::Secretariat:
        return QStringLiteral("secretariat");
    case Role::Appraiser:
        return QStringLiteral("appraiser");
    case Role::Unit:
        return QStringLiteral("unit");
    case Role::Viewer:
        return QStringLiteral("viewer");
    case Role::None:
        break;
    }
    return QString();
}

std::optional<Permissions::Role> Permissions::roleFromName(const QString& name)
{
    for (Role role : {Role::Secretariat, Role::Appraiser, Role::Unit, Role::Viewer})
        if (name == roleName(role))
            return role;
    return std::nullopt;
}

QStringList Permissions::roleNames()
{
    return {roleName(Role::Secretariat), roleName(Role::Appraiser), roleName(Role::Unit), roleName(Role::Viewer)};
}

QString Permissions::describe() const
{
    switch (m_role) {
    case Role::Secretariat:
        return tr("secretariat");
    case Role::Appraiser:
        return tr("appraiser");
    case Role::Unit:
        return tr("unit %1").arg(m_unitName);
    case Role::Viewer:
        return tr("viewer");
    case Role::None:
        break;
    }
    return tr("no role in this database");
}

bool Permissions::canWriteScores(Stage stage) const
{
    switch (m_role) {
    case Role::Secretariat:
        return true;
    case Role::Appraiser:
        return stage == Stage::Final;
    case Role::Unit:
        return stage == Stage::Self;
    default:
        return false;
    }
}

bool Permissions::canWriteScore(qint64 unitId, Stage stage) const
{
    return canWriteScores(stage) && (m_role != Role::Unit || unitId == m_unitId);
}

Error Permissions::scoreRefusal(const QString& unitName, Stage stage) const
{
    if (!canWriteAnything())
        return Error::input(tr("your account (%1) may not change scores").arg(describe()));
    if (m_role == Role::Unit && unitName != m_unitName)
        return Error::input(tr("your account (%1) may not change the scores of %2").arg(describe(), unitName));
    if (stage == Stage::Final)
        return Error::input(tr("your account (%1) may not change the final (appraised) scores").arg(describe()));
    return Error::input(tr("your account (%1) may not change the self-assessed scores").arg(describe()));
}

} // namespace par
