#include "Cli.h"
#include "CliSupport.h"

namespace par::cli {

namespace {

std::function<int(Context&)>& reportHandler()
{
    static std::function<int(Context&)> handler;
    return handler;
}

int runReport(Context& c)
{
    // parindex hands a painting command to parindex-desktop before it gets here (main.cpp); only a program built
    // without the painting half could reach this.
    if (!reportHandler())
        return fail(Error::storage(tr("this program cannot paint a report; run parindex report")));
    return reportHandler()(c);
}

} // namespace

void setReportHandler(std::function<int(Context&)> handler)
{
    reportHandler() = std::move(handler);
}

Command settingsCommand(); // CliSettings.cpp

// The report commands; registered in parindex --help through this list.
QList<Command> reportCommands()
{
    Command command {
        QStringLiteral("report"),
        tr("Write the meeting report of the province, a unit or the cohorts for one index and year, as an A4 PDF or an "
           "editable ODT."),
        [](QCommandLineParser& p) {
            // Not addDb: a report reads, and refuses a database file that does not exist.
            p.addOption(option("db", tr("The parindex database file."), "FILE"));
            addIndexYear(p);
            p.addOption(option("cohort", tr("The ranking pool (default: the unit's own that year)."), "NAME"));
            p.addOption(option("unit", tr("The unit the report is about (default: the index's main unit)."), "NAME"));
            p.addOption(option("out", tr("The file to write: FILE.pdf, or FILE.odt for an editable copy."), "FILE"));
            p.addOption(option("pdfa", tr("Write PDF/A-1b, for archiving.")));
            p.addOption(option("date", tr("The report's date, dd/MM/yyyy (default: today)."), "DATE"));
        },
        QString(), runReport};
    command.needsGui = true;
    return {command, settingsCommand()};
}

} // namespace par::cli
