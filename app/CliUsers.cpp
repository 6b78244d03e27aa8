// parindex user add | list | remove: the accounts of a database on a PostgreSQL server (storage/Accounts.h).
#include "Cli.h"
#include "CliOutput.h"
#include "CliSupport.h"
#include "storage/Accounts.h"

#include <QFile>

#include <iostream>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace par::cli {

namespace {

// While it lives, what is typed at the terminal is not shown (a password); does nothing when input is not a terminal.
class UnseenTyping
{
public:
    UnseenTyping()
    {
#ifdef Q_OS_WIN
        m_terminal = ::_isatty(::_fileno(stdin)) && ::GetConsoleMode(::GetStdHandle(STD_INPUT_HANDLE), &m_saved);
        if (m_terminal)
            ::SetConsoleMode(::GetStdHandle(STD_INPUT_HANDLE), m_saved & ~DWORD(ENABLE_ECHO_INPUT));
#else
        m_terminal = ::isatty(STDIN_FILENO) && ::tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (m_terminal) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        }
#endif
    }
    ~UnseenTyping()
    {
        if (!m_terminal)
            return;
#ifdef Q_OS_WIN
        ::SetConsoleMode(::GetStdHandle(STD_INPUT_HANDLE), m_saved);
#else
        ::tcsetattr(STDIN_FILENO, TCSANOW, &m_saved);
#endif
    }
    UnseenTyping(const UnseenTyping&) = delete;
    UnseenTyping& operator=(const UnseenTyping&) = delete;
    bool terminal() const
    {
        return m_terminal;
    }

private:
    bool m_terminal = false;
#ifdef Q_OS_WIN
    DWORD m_saved = 0;
#else
    termios m_saved {};
#endif
};

// The new login's password: PARINDEX_NEW_PASSWORD, else one line of standard input (typed unseen at a terminal),
// never an argument that every user of the machine can read in the process list.
QString newPassword(const QString& login)
{
    if (qEnvironmentVariableIsSet("PARINDEX_NEW_PASSWORD"))
        return qEnvironmentVariable("PARINDEX_NEW_PASSWORD");
    std::string line;
    {
        UnseenTyping unseen;
        if (unseen.terminal()) {
            err() << tr("Password for the new login %1: ").arg(login);
            err().flush();
        }
        std::getline(std::cin, line);
        if (unseen.terminal())
            err() << Qt::endl;
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

int addUser(Context& c)
{
    auto login = onePositional(c, tr("LOGIN"));
    auto roleText = required(c, "role");
    if (!login || !roleText)
        return fail(!login ? login.error() : roleText.error());
    const auto role = Permissions::roleFromName(roleText.value());
    if (!role)
        return fail(Error::usage(tr("--role must be one of %1, not %2")
                                     .arg(Permissions::roleNames().join(QStringLiteral(", ")), *roleText)));
    const QString unit = c.parser.value(QStringLiteral("unit"));
    if (*role == Permissions::Role::Unit && unit.trimmed().isEmpty())
        return fail(Error::usage(tr("a unit account needs its unit (--unit NAME)")));
    if (*role != Permissions::Role::Unit && !unit.trimmed().isEmpty())
        return fail(Error::usage(tr("only a unit account has a unit; the %1 role covers every unit").arg(*roleText)));
    if (Status s = Accounts::checkLogin(login.value()); !s)
        return fail(s.error());
    auto db = openDb(c);
    if (!db)
        return fail(db.error());
    Accounts accounts(*db.value());
    // Everything is checked before the password is asked for.
    auto exists = accounts.loginExists(login.value());
    if (exists) {
        if (auto unitId = accounts.unitOf(*role, unit); !unitId)
            return fail(unitId.error());
    }
    if (!exists)
        return fail(exists.error());
    const QString password = exists.value() ? QString() : newPassword(login.value());
    auto added = accounts.add(login.value(), *role, unit, password);
    if (!added)
        return fail(added.error());
    const QString what = *role == Permissions::Role::Unit
        ? tr("%1 is now the account of the unit %2").arg(login.value(), unit)
        : tr("%1 now has the role %2 here").arg(login.value(), Permissions(*role).describe());
    out() << (added->created ? tr("Created the login %1. ").arg(login.value()) : QString()) << what << Qt::endl;
    return Cli::Done;
}

int listUsers(Context& c)
{
    auto format = formatOption(c);
    if (!format)
        return fail(format.error());
    auto db = openDb(c);
    if (!db)
        return fail(db.error());
    auto entries = Accounts(*db.value()).list();
    if (!entries)
        return fail(entries.error());
    QList<QStringList> rows;
    for (const Accounts::Entry& e : entries.value())
        rows << QStringList {e.login, e.role, e.unit};
    if (format.value() == QLatin1String("csv")) {
        out() << CliOutput::csvLine({QStringLiteral("login"), QStringLiteral("role"), QStringLiteral("unit")});
        for (const QStringList& row : std::as_const(rows))
            out() << CliOutput::csvLine(row);
    } else if (format.value() == QLatin1String("json")) {
        QStringList items;
        for (const QStringList& row : std::as_const(rows))
            items << QStringLiteral("  {\"login\": %1, \"role\": %2, \"unit\": %3}")
                         .arg(CliOutput::jsonString(row[0]), CliOutput::jsonString(row[1]),
                              row[2].isEmpty() ? QStringLiteral("null") : CliOutput::jsonString(row[2]));
        out() << QStringLiteral("[\n%1\n]\n").arg(items.join(QStringLiteral(",\n")));
    } else {
        out() << CliOutput::table({tr("Login"), tr("Role"), tr("Unit")}, rows, {});
    }
    out().flush();
    return Cli::Done;
}

int removeUser(Context& c)
{
    auto login = onePositional(c, tr("LOGIN"));
    if (!login)
        return fail(login.error());
    auto db = openDb(c);
    if (!db)
        return fail(db.error());
    auto dropped = Accounts(*db.value()).remove(login.value());
    if (!dropped)
        return fail(dropped.error());
    out() << (dropped.value()
                  ? tr("%1 has no account here any more; the login was dropped (no other database uses "
                       "it).")
                        .arg(login.value())
                  : tr("%1 has no account here any more; the login itself stays on the server.").arg(login.value()))
          << Qt::endl;
    return Cli::Done;
}

} // namespace

QList<Command> userCommands()
{
    return {
        {QStringLiteral("user add"),
         tr("Give a login a role in a server database (secretariat, appraiser, unit, viewer)."),
         [](QCommandLineParser& p) {
             addDb(p);
             p.addOption(option("role", tr("secretariat, appraiser, unit or viewer."), "ROLE"));
             p.addOption(option("unit", tr("The unit of a unit account (its name or code)."), "NAME"));
         },
         QStringLiteral("LOGIN"), addUser},
        {QStringLiteral("user list"), tr("List the accounts of a server database: login, role, unit."),
         [](QCommandLineParser& p) {
             addDb(p);
             addFormat(p);
         },
         QString(), listUsers},
        {QStringLiteral("user remove"), tr("Take a login's role in a server database away."),
         [](QCommandLineParser& p) { addDb(p); }, QStringLiteral("LOGIN"), removeUser},
    };
}

} // namespace par::cli
