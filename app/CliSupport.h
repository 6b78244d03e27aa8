#pragma once

#include "Result.h"
#include "model/Decimal.h"
#include "model/Index.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QLocale>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

// What every subcommand of the command line shares: its parsed options, output streams, and the helpers that turn
// options into values or usage errors. Each group of commands lives in its own file (Cli.cpp, CliReport.cpp,
// CliExport.cpp) and registers itself in the list that Cli::run walks.
namespace par::cli {

struct Context
{
    QCommandLineParser parser;
    QLocale locale;
    QString lang; // "vi", "en" or empty (the system's)
    QString commandName;
};

struct Command
{
    QString name; // one or two words: "ranking", "scores import"
    QString summary; // one line for parindex --help
    std::function<void(QCommandLineParser&)> declare;
    QString positional; // name of the one positional argument, if any
    std::function<int(Context&)> run;
    bool needsGui = false; // paints (a report): runs under a QApplication on the offscreen platform
};

QList<Command> coreCommands();
QList<Command> reportCommands();
QList<Command> exportCommands();
QList<Command> unitCommands();
QList<Command> userCommands();
// The report paints with Qt's GUI libraries, which only parindex-desktop links: it installs the painting (CliPaint.cpp)
// before running the command line, and the console program hands painting commands over to it (main.cpp).
void setReportHandler(std::function<int(Context&)> handler);
void installPainting();

QTextStream& out();
QTextStream& err();
// Prints "parindex: message" to stderr and returns the error's exit code.
int fail(const Error& error);
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1);

QCommandLineOption option(const char* name, const QString& description, const char* valueName = nullptr);
void addDb(QCommandLineParser& p);
void addIndexYear(QCommandLineParser& p, bool needYear = true);
void addCohortStage(QCommandLineParser& p);
void addFormat(QCommandLineParser& p);

Result<QString> required(Context& c, const char* name);
Result<int> requiredYear(Context& c);
Result<Stage> stageOption(Context& c);
Result<QString> formatOption(Context& c);
// Opens --db, which must exist unless create is true (init, demo, index import).
Result<std::unique_ptr<Database>> openDb(Context& c, bool create = false);
Result<QString> onePositional(Context& c, const QString& what);

QString optional(const std::optional<Decimal>& value, const QLocale& locale, int minDecimals = 0);
QString optional(const std::optional<int>& value);
QString signedChange(const std::optional<Decimal>& change, const QLocale& locale);

} // namespace par::cli
