// The report command's painting half, linked into parindex-desktop only: it needs Qt's GUI libraries (fonts, the PDF
// writer, charts). The command itself is declared in CliReport.cpp, which the console program shares.
#include "Cli.h"
#include "CliSupport.h"
#include "io/SafeFile.h"
#include "report/ReportBuilder.h"
#include "report/ReportOdt.h"
#include "report/ReportPainter.h"
#include "storage/Catalog.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace par::cli {

namespace {

Result<QDate> dateOption(Context& c)
{
    const QString text = c.parser.value(QStringLiteral("date"));
    if (text.isEmpty())
        return QDate::currentDate();
    for (const QString& format :
         {QStringLiteral("dd/MM/yyyy"), QStringLiteral("d/M/yyyy"), QStringLiteral("yyyy-MM-dd")}) {
        const QDate date = QDate::fromString(text, format);
        if (date.isValid())
            return date;
    }
    return Error::usage(tr("--date %1 is not a date (dd/MM/yyyy or yyyy-MM-dd)").arg(text));
}

int paint(Context& c)
{
    auto code = required(c, "index");
    auto year = requiredYear(c);
    auto target = required(c, "out");
    auto date = dateOption(c);
    if (!code || !year || !target || !date)
        return fail(!code ? code.error() : !year ? year.error() : !target ? target.error() : date.error());
    auto path = required(c, "db");
    if (!path)
        return fail(path.error());
    // A report reads; a mistyped database name must not silently create an empty one (a server database without our
    // schema is refused when it is opened).
    if (!Database::isServerUri(path.value()) && !QFileInfo::exists(path.value()))
        return fail(Error::input(tr("there is no database %1").arg(path.value())));
    auto db = openDb(c);
    if (!db)
        return fail(db.error());
    Catalog catalog(*db.value());

    ReportOptions options;
    options.indexCode = code.value();
    options.year = year.value();
    options.cohort = c.parser.value(QStringLiteral("cohort"));
    options.unit = c.parser.value(QStringLiteral("unit"));
    // The report is Vietnamese unless English is asked for, whatever the system's language.
    options.language = c.lang == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("vi");
    options.date = date.value();
    // Without --unit: the committee's results announcement of the cohort (--cohort) or of every cohort, where the
    // index has no main unit (a province's own index) or a cohort is named; else the main unit's report.
    if (options.unit.trimmed().isEmpty()) {
        auto index = catalog.index(options.indexCode);
        if (!index)
            return fail(index.error());
        options.cohortReport = !index->mainUnitId || !options.cohort.isEmpty();
    }
    auto built = ReportBuilder(catalog).build(options);
    if (!built)
        return fail(built.error());

    // An editable copy (ODF text) of the same content, for the committee to add its own paragraphs.
    if (target.value().endsWith(QLatin1String(".odt"), Qt::CaseInsensitive)) {
        if (Status s = ui::ReportOdt(built.value()).write(target.value()); !s)
            return fail(s.error());
        out() << tr("Wrote %1: %2 %3 %4, editable text (ODF)")
                     .arg(target.value(), built->indexCode)
                     .arg(built->year)
                     .arg(built->unitName.isEmpty() ? tr("cohort results") : built->unitName)
              << Qt::endl;
        return Cli::Done;
    }
    ui::ReportPainter painter(std::move(built).value());
    const bool pdfA = c.parser.isSet(QStringLiteral("pdfa"));
    const QString creator = QStringLiteral("parindex ") + QCoreApplication::applicationVersion();
    if (Status s = SafeFile::write(
            target.value(), [&](const QString& partial) { return painter.writePdf(partial, pdfA, creator); },
            SafeFile::wholePdf);
        !s)
        return fail(s.error());
    out() << tr("Wrote %1: %2 %3 %4, %5, %n page(s)", nullptr, painter.pageCount())
                 .arg(target.value(), painter.report().indexCode)
                 .arg(painter.report().year)
                 .arg(painter.report().unitName.isEmpty() ? tr("cohort results") : painter.report().unitName,
                      painter.report().draft ? tr("draft (results not finalised)") : tr("final"))
          << Qt::endl;
    return Cli::Done;
}

} // namespace

void installPainting()
{
    setReportHandler(paint);
}

} // namespace par::cli
