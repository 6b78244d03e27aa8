#include "storage/Accounts.h"

#include "storage/Catalog.h"
#include "storage/Database.h"

namespace par {

Status Accounts::checkLogin(const QString& login)
{
    if (login.trimmed().isEmpty())
        return Error::usage(tr("the login is empty"));
    if (login.toUtf8().size() > 63)
        return Error::usage(tr("the login %1 is longer than the server allows (63 bytes)").arg(login));
    for (const QChar c : login)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return Error::usage(tr("the login %1 contains a control character").arg(login.toHtmlEscaped()));
    if (login.startsWith(QLatin1String("pg_")))
        return Error::usage(tr("the login %1 is reserved by the server (names beginning with pg_)").arg(login));
    return success();
}

Status Accounts::allowed()
{
    if (!m_db.isServer())
        return Error::usage(tr("accounts and roles exist only in a database on a PostgreSQL server; a database file "
                               "has none (whoever may open the file may change it)"));
    const Permissions permissions = Permissions::of(m_db);
    if (!permissions.canManageUsers())
        return Error::input(
            tr("your account (%1) may not manage accounts; the secretariat does").arg(permissions.describe()));
    return success();
}

Result<qint64> Accounts::unitOf(Permissions::Role role, const QString& unitName)
{
    if (role == Permissions::Role::Unit && unitName.trimmed().isEmpty())
        return Error::usage(tr("a unit account needs its unit (--unit NAME)"));
    if (role != Permissions::Role::Unit) {
        if (!unitName.trimmed().isEmpty())
            return Error::usage(
                tr("only a unit account has a unit; the %1 role covers every unit").arg(Permissions::roleName(role)));
        return qint64(0);
    }
    Catalog catalog(m_db);
    auto unit = catalog.findUnit(unitName);
    if (!unit)
        return unit.error();
    if (!unit.value())
        return Error::input(tr("there is no unit \"%1\"").arg(unitName));
    return unit.value()->id;
}

Result<bool> Accounts::loginExists(const QString& login)
{
    if (Status s = allowed(); !s)
        return s.error();
    auto found = m_db.run("audit.user_exists", {{"login", login}});
    if (!found)
        return found.error();
    return found.value().next() && found.value().integer(0) > 0;
}

Result<Accounts::Added> Accounts::add(const QString& login, Permissions::Role role, const QString& unitName,
                                      const QString& password)
{
    if (Status s = checkLogin(login); !s)
        return s.error();
    if (Status s = allowed(); !s)
        return s.error();
    auto unitId = unitOf(role, unitName);
    if (!unitId)
        return unitId.error();
    auto exists = loginExists(login);
    if (!exists)
        return exists.error();
    QVariant verifier;
    if (!exists.value()) {
        if (password.isEmpty())
            return Error::usage(tr("the login %1 does not exist yet: give its password on standard input or in "
                                   "PARINDEX_NEW_PASSWORD")
                                    .arg(login));
        auto encrypted = m_db.encryptPassword(login, password);
        if (!encrypted)
            return encrypted.error();
        verifier = encrypted.value();
    }
    Database::Transaction transaction(m_db, tr("account %1: %2").arg(login, Permissions::roleName(role)));
    if (!transaction.ok())
        return transaction.error();
    auto done = m_db.run("audit.user_add",
                         {{"login", login},
                          {"role", Permissions::roleName(role)},
                          {"unit", unitId.value() ? QVariant(unitId.value()) : QVariant()},
                          {"verifier", verifier}});
    if (!done)
        return done.error();
    Added added;
    added.created = done.value().next() && done.value().integer(0) != 0;
    if (Status s = transaction.commit(); !s)
        return s.error();
    return added;
}

Result<QList<Accounts::Entry>> Accounts::list()
{
    if (Status s = allowed(); !s)
        return s.error();
    auto rows = m_db.run("audit.user_list");
    if (!rows)
        return rows.error();
    QList<Entry> out;
    while (rows.value().next())
        out.append(
            {rows.value().value(0).toString(), rows.value().value(1).toString(), rows.value().value(2).toString()});
    return out;
}

Result<bool> Accounts::remove(const QString& login)
{
    if (Status s = checkLogin(login); !s)
        return s.error();
    auto all = list();
    if (!all)
        return all.error();
    const auto found = std::find_if(all->begin(), all->end(), [&](const Entry& e) { return e.login == login; });
    if (found == all->end())
        return Error::input(tr("%1 has no account in this database").arg(login));
    Database::Transaction transaction(m_db, tr("account %1 removed").arg(login));
    if (!transaction.ok())
        return transaction.error();
    auto done = m_db.run("audit.user_remove", {{"login", login}});
    if (!done)
        return done.error();
    const bool dropped = done.value().next() && done.value().integer(0) != 0;
    if (Status s = transaction.commit(); !s)
        return s.error();
    return dropped;
}

} // namespace par
