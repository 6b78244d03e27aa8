#include "Cli.h"
#include "CliSupport.h"
#include "io/Export.h"
#include "io/ExportWriter.h"
#include "storage/Catalog.h"

#include <QDir>

namespace par::cli {

namespace {

const QStringList& exportKinds()
{
    static const QStringList kinds {QStringLiteral("ranking"), QStringLiteral("scores"), QStringLiteral("template"),
                                    QStringLiteral("framework"), QStringLiteral("audit")};
    return kinds;
}

int exportFile(Context& c)
{
    QStringList chosen;
    for (const QString& kind : exportKinds()) {
        if (c.parser.isSet(kind))
            chosen << kind;
    }
    if (chosen.size() != 1)
        return fail(Error::usage(tr("export needs exactly one of --ranking, --scores, --template, --framework or "
                                    "--audit (see parindex export --help)")));
    const QString kind = chosen.first();
    auto target = required(c, "out");
    if (!target)
        return fail(target.error());
    if (auto format = ExportWriter::formatOf(target.value()); !format)
        return fail(format.error());

    ExportRequest request;
    request.language = c.lang == QLatin1String("en") ? ExportLanguage::English : ExportLanguage::Vietnamese;
    request.cohort = c.parser.value(QStringLiteral("cohort"));
    request.unit = c.parser.value(QStringLiteral("unit"));
    if (!request.unit.isEmpty() && kind != QLatin1String("scores") && kind != QLatin1String("template"))
        return fail(Error::usage(tr("--unit goes with --scores or --template")));
    auto stage = stageOption(c);
    if (!stage)
        return fail(stage.error());
    request.stage = stage.value();
    if (kind == QLatin1String("audit")) {
        // Both optional here: the whole log, or one index, or one index's year.
        request.indexCode = c.parser.value(QStringLiteral("index"));
        if (c.parser.isSet(QStringLiteral("year"))) {
            auto year = requiredYear(c);
            if (!year)
                return fail(year.error());
            request.year = year.value();
        }
    } else {
        auto code = required(c, "index");
        auto year = requiredYear(c);
        if (!code || !year)
            return fail(!code ? code.error() : year.error());
        request.indexCode = code.value();
        request.year = year.value();
    }

    auto db = openDb(c);
    if (!db)
        return fail(db.error());
    Catalog catalog(*db.value());
    const Result<ExportBook> book = kind == QLatin1String("ranking") ? Export::ranking(catalog, request)
        : kind == QLatin1String("scores")                            ? Export::scores(catalog, request)
        : kind == QLatin1String("template")                          ? Export::scoreTemplate(catalog, request)
        : kind == QLatin1String("framework")                         ? Export::framework(catalog, request)
                                                                     : Export::auditLog(catalog, request);
    if (!book)
        return fail(book.error());
    if (Status s = ExportWriter::write(book.value(), target.value()); !s)
        return fail(s.error());
    out() << tr("Wrote %1 to %2 (%n row(s))", nullptr, int(book->sheets.first().rows.size()))
                 .arg(book->what, QDir::toNativeSeparators(target.value()))
          << Qt::endl;
    return Cli::Done;
}

} // namespace

// The export commands; registered in parindex --help through this list.
QList<Command> exportCommands()
{
    return {
        {QStringLiteral("export"),
         tr("Write a ranking, score sheet, score template, framework or the audit log as XLSX or CSV."),
         [](QCommandLineParser& p) {
             addDb(p);
             addIndexYear(p);
             addCohortStage(p);
             p.addOption(option("ranking", tr("The cohort's ranking: rank, total, percent, band, last year's rank.")));
             p.addOption(option("scores", tr("The score sheet, in the format scores import reads back.")));
             p.addOption(option("template", tr("An empty score sheet for the cohort's units to fill in.")));
             p.addOption(option("framework", tr("The year's criteria, in the format index import reads back.")));
             p.addOption(option("audit", tr("The audit log (of --index and --year when given).")));
             p.addOption(option("unit", tr("With --scores or --template: only this unit's row."), "NAME"));
             p.addOption(option("out",
                                tr("The file to write: .xlsx (Excel; headers in Vietnamese unless --lang en) or "
                                   ".csv (UTF-8 with BOM)."),
                                "FILE"));
         },
         QString(), exportFile},
    };
}

} // namespace par::cli
