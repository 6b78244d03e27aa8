#pragma once

#include "Result.h"
#include "storage/Permissions.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace par {

class Database;

// The accounts of a database on a PostgreSQL server: which login has which role here, and a unit account's unit
// (resources/sql/pg/010_roles.sql). Every change is one logged transaction, made by the server's own functions,
// which refuse anyone but the secretariat whatever program asks. A SQLite file has no accounts.
class Accounts
{
    Q_DECLARE_TR_FUNCTIONS(par::Accounts)

public:
    struct Entry
    {
        QString login;
        QString role;
        QString unit;
    };
    struct Added
    {
        bool created = false; // a new login, rather than one that existed on the server
    };

    explicit Accounts(Database& db)
        : m_db(db)
    {
    }

    // Whether the login exists on the server at all (in this database or not): a new one needs a password.
    Result<bool> loginExists(const QString& login);
    // Gives login the role here (creating the login with password when it is missing; the password is encrypted
    // before it is sent). unitName names a unit account's unit and nothing else.
    Result<Added> add(const QString& login, Permissions::Role role, const QString& unitName, const QString& password);
    Result<QList<Entry>> list();
    // Takes the login's role here away; returns whether the login itself was dropped (only when parindex created it
    // and no other database uses it).
    Result<bool> remove(const QString& login);

    // A login the server can take as a role name: not empty, at most 63 bytes, no control character, not pg_*.
    static Status checkLogin(const QString& login);
    // The unit of an account of that role: a unit account's must exist, other roles have none (0).
    Result<qint64> unitOf(Permissions::Role role, const QString& unitName);

private:
    Status allowed();

    Database& m_db;
};

} // namespace par
