#include "CliSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace par::cli {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const Error& error)
{
    err() << QCoreApplication::translate("par::cli", "parindex: %1").arg(error.message) << Qt::endl;
    return int(error.kind);
}

QCommandLineOption option(const char* name, const QString& description, const char* valueName)
{
    if (valueName)
        return QCommandLineOption(QString::fromLatin1(name), description, QString::fromLatin1(valueName));
    return QCommandLineOption(QString::fromLatin1(name), description);
}

QString tr(const char* text, const char* disambiguation, int n)
{
    return QCoreApplication::translate("par::cli", text, disambiguation, n);
}

void addDb(QCommandLineParser& p)
{
    p.addOption(
        option("db",
               tr("The parindex database file (it must exist; parindex init --db FILE creates one), or a database on "
                  "a PostgreSQL server: postgresql://USER@HOST:PORT/DBNAME (password from ~/.pgpass or PGPASSWORD)."),
               "FILE"));
}

void addIndexYear(QCommandLineParser& p, bool needYear)
{
    p.addOption(option("index", tr("The index code, e.g. PAR, SIPAS."), "CODE"));
    if (needYear)
        p.addOption(option("year", tr("The year of the results."), "YEAR"));
}

void addCohortStage(QCommandLineParser& p)
{
    p.addOption(option("cohort", tr("The ranking pool (default: the index's own)."), "NAME"));
    p.addOption(option("stage", tr("self (self-assessed) or final (appraised). Default: final."), "STAGE"));
}

void addFormat(QCommandLineParser& p)
{
    p.addOption(option("format", tr("table, csv or json. Default: table."), "FORMAT"));
}

Result<QString> required(Context& c, const char* name)
{
    const QString value = c.parser.value(QString::fromLatin1(name));
    if (value.isEmpty())
        return Error::usage(tr("%1 needs --%2 (see parindex %1 --help)").arg(c.commandName, QString::fromLatin1(name)));
    return value;
}

Result<int> requiredYear(Context& c)
{
    auto text = required(c, "year");
    if (!text)
        return text.error();
    bool ok = false;
    const int year = text->toInt(&ok);
    if (!ok || year < 1900 || year > 2200)
        return Error::usage(tr("--year %1 is not a year").arg(text.value()));
    return year;
}

Result<Stage> stageOption(Context& c)
{
    const QString text = c.parser.value(QStringLiteral("stage"));
    Stage stage = Stage::Final;
    if (!text.isEmpty() && !parseStage(text, &stage))
        return Error::usage(tr("--stage must be self or final, not %1").arg(text));
    return stage;
}

Result<QString> formatOption(Context& c)
{
    const QString format = c.parser.value(QStringLiteral("format"));
    if (format.isEmpty())
        return QStringLiteral("table");
    if (format != QLatin1String("table") && format != QLatin1String("csv") && format != QLatin1String("json"))
        return Error::usage(tr("--format must be table, csv or json, not %1").arg(format));
    return format;
}

Result<std::unique_ptr<Database>> openDb(Context& c, bool create)
{
    auto path = required(c, "db");
    if (!path)
        return path.error();
    if (create)
        return Database::open(path.value());
    // A server database is checked by connecting to it (Database::openExisting refuses one without our schema).
    if (!Database::isServerUri(path.value()) && !QFileInfo::exists(path.value()))
        return Error::storage(tr("the database %1 does not exist (parindex init --db FILE creates a new one)")
                                  .arg(QDir::toNativeSeparators(path.value())));
    return Database::openExisting(path.value());
}

Result<QString> onePositional(Context& c, const QString& what)
{
    const QStringList args = c.parser.positionalArguments();
    if (args.size() != 1)
        return Error::usage(tr("%1 needs exactly one %2 (see parindex %1 --help)").arg(c.commandName, what));
    return args.first();
}

QString optional(const std::optional<Decimal>& value, const QLocale& locale, int minDecimals)
{
    return value ? value->toString(locale, minDecimals) : QString();
}

QString optional(const std::optional<int>& value)
{
    return value ? QString::number(*value) : QString();
}

QString signedChange(const std::optional<Decimal>& change, const QLocale& locale)
{
    if (!change)
        return QString();
    return (*change > Decimal() ? QStringLiteral("+") : QString()) + change->toString(locale, 2);
}

} // namespace par::cli
