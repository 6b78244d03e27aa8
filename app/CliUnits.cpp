// parindex unit merge | split | rename | events: the lineage of units (the 2025 reorganisation) from the command line.
#include "Cli.h"
#include "CliOutput.h"
#include "CliSupport.h"
#include "storage/LineageStore.h"
#include "storage/UnitEditor.h"

namespace par::cli {

namespace {

// Every name given with --NAME (repeatable, or one value with ";" between names), resolved to existing units.
// Names that no unit has are returned in missing when the caller may create them, else refused.
Result<QList<qint64>> unitsOf(Catalog& catalog, const QStringList& names, QStringList* missing = nullptr)
{
    QList<qint64> ids;
    for (const QString& name : names) {
        auto unit = catalog.findUnit(name);
        if (!unit)
            return unit.error();
        if (unit.value())
            ids.append(unit.value()->id);
        else if (missing)
            missing->append(name.trimmed().normalized(QString::NormalizationForm_C));
        else
            return Error::usage(tr("there is no unit \"%1\"").arg(name));
    }
    return ids;
}

QStringList names(Context& c, const char* option)
{
    QStringList all;
    for (const QString& value : c.parser.values(QString::fromLatin1(option)))
        for (const QString& name : value.split(u';', Qt::SkipEmptyParts))
            if (!name.trimmed().isEmpty())
                all.append(name.trimmed());
    return all;
}

// What merge, split and rename share: --year and --basis, the database, and the report of what was recorded.
int recordEvent(Context& c, LineageEvent::Kind kind)
{
    auto year = requiredYear(c);
    auto basis = required(c, "basis");
    if (!year || !basis)
        return fail(!year ? year.error() : basis.error());
    const QStringList from = names(c, kind == LineageEvent::Rename ? "unit" : "from");
    const QStringList into = names(c, kind == LineageEvent::Rename ? "to" : "into");
    if (from.isEmpty() || into.isEmpty())
        return fail(Error::usage(kind == LineageEvent::Rename
                                     ? tr("rename needs --unit NAME and --to NEWNAME")
                                     : tr("%1 needs --from and --into").arg(LineageEvent::kindName(kind))));
    const QString unitKind = kind == LineageEvent::Rename ? QString() : c.parser.value(QStringLiteral("kind"));
    if (!unitKind.isEmpty() && !UnitEditor::kinds().contains(unitKind))
        return fail(Error::usage(tr("--kind must be one of %1").arg(UnitEditor::kinds().join(QStringLiteral(", ")))));
    auto db = openDb(c);
    if (!db)
        return fail(db.error());
    Catalog catalog(*db.value());

    LineageEvent event;
    event.kind = kind;
    event.year = year.value();
    event.basis = basis.value();
    auto before = unitsOf(catalog, from);
    if (!before)
        return fail(before.error());
    event.predecessors = before.value();
    QList<Unit> created;
    if (kind == LineageEvent::Rename) {
        if (from.size() != 1 || into.size() != 1)
            return fail(Error::usage(tr("rename takes one --unit and one --to")));
        event.successors = event.predecessors;
        event.newName = into.constFirst();
    } else {
        QStringList missing;
        auto after = unitsOf(catalog, into, &missing);
        if (!after)
            return fail(after.error());
        event.successors = after.value();
        auto first = catalog.unitById(event.predecessors.constFirst());
        for (const QString& name : std::as_const(missing)) {
            Unit unit;
            unit.name = name;
            unit.kind = !unitKind.isEmpty() ? unitKind : first && first.value() ? first.value()->kind : unit.kind;
            created.append(unit);
        }
    }
    auto recorded = LineageStore(catalog).record(event, created, c.parser.value(QStringLiteral("reason")));
    if (!recorded)
        return fail(recorded.error());
    auto lineage = LineageStore(catalog).lineage();
    if (!lineage)
        return fail(lineage.error());
    QStringList before_, after_;
    for (qint64 id : recorded->predecessors)
        before_ << lineage->nameIn(id, recorded->year - 1);
    for (qint64 id : recorded->successors)
        after_ << lineage->nameIn(id, recorded->year);
    out() << tr("Recorded: from %1, %2 became %3 (%4)")
                 .arg(recorded->year)
                 .arg(before_.join(QStringLiteral(" + ")), after_.join(QStringLiteral(" + ")), recorded->basis)
          << Qt::endl;
    for (const Unit& unit : std::as_const(created))
        out() << tr("New unit: %1 (%2), from %3").arg(unit.name, unit.kind).arg(recorded->year) << Qt::endl;
    return Cli::Done;
}

int listEvents(Context& c)
{
    auto format = formatOption(c);
    if (!format)
        return fail(format.error());
    auto db = openDb(c);
    if (!db)
        return fail(db.error());
    Catalog catalog(*db.value());
    auto lineage = LineageStore(catalog).lineage();
    auto events = LineageStore(catalog).events();
    if (!lineage || !events)
        return fail(!lineage ? lineage.error() : events.error());
    const int onlyYear = c.parser.value(QStringLiteral("year")).toInt();
    QList<QStringList> rows;
    for (const LineageEvent& e : events.value()) {
        if (onlyYear && e.year != onlyYear)
            continue;
        QStringList before, after;
        for (qint64 id : e.predecessors)
            before << lineage->nameIn(id, e.year - 1);
        for (qint64 id : e.successors)
            after << lineage->nameIn(id, e.year);
        rows << QStringList {QString::number(e.year), LineageEvent::kindName(e.kind), before.join(QStringLiteral("; ")),
                             after.join(QStringLiteral("; ")), e.basis};
    }
    if (format.value() == QLatin1String("csv")) {
        out() << CliOutput::csvLine({QStringLiteral("year"), QStringLiteral("kind"), QStringLiteral("from"),
                                     QStringLiteral("to"), QStringLiteral("basis")});
        for (const QStringList& row : std::as_const(rows))
            out() << CliOutput::csvLine(row);
    } else if (format.value() == QLatin1String("json")) {
        QStringList items;
        for (const QStringList& row : std::as_const(rows))
            items << QStringLiteral("  {\"year\": %1, \"kind\": %2, \"from\": %3, \"to\": %4, \"basis\": %5}")
                         .arg(row[0], CliOutput::jsonString(row[1]), CliOutput::jsonString(row[2]),
                              CliOutput::jsonString(row[3]), CliOutput::jsonString(row[4]));
        out() << QStringLiteral("[\n%1\n]\n").arg(items.join(QStringLiteral(",\n")));
    } else if (rows.isEmpty()) {
        out() << tr("No mergers, splits or renames are recorded.") << Qt::endl;
    } else {
        out() << CliOutput::table({tr("Year"), tr("Event"), tr("From"), tr("To"), tr("Basis")}, rows, {0});
    }
    out().flush();
    return Cli::Done;
}

void addEventOptions(QCommandLineParser& p, bool rename)
{
    addDb(p);
    p.addOption(option("year", tr("The first year of the new form (the predecessors end the year before)."), "YEAR"));
    if (rename) {
        p.addOption(option("unit", tr("The unit's name or code."), "NAME"));
        p.addOption(option("to", tr("Its name from YEAR on."), "NEWNAME"));
    } else {
        p.addOption(option("from", tr("A unit that ends (repeat, or separate names with \";\")."), "NAME"));
        p.addOption(option("into",
                           tr("A unit that results; a name no unit has creates it (repeat, or separate "
                              "names with \";\")."),
                           "NAME"));
        p.addOption(option("kind", tr("The kind of a created unit (default: that of the first --from)."), "KIND"));
    }
    p.addOption(option("basis", tr("The legal basis, e.g. the decision's number."), "TEXT"));
    p.addOption(option("reason", tr("Why, for the audit log (default: the basis)."), "TEXT"));
}

} // namespace

QList<Command> unitCommands()
{
    return {
        {QStringLiteral("unit merge"), tr("Record that units merged into one from a year."),
         [](QCommandLineParser& p) { addEventOptions(p, false); }, QString(),
         [](Context& c) { return recordEvent(c, LineageEvent::Merge); }},
        {QStringLiteral("unit split"), tr("Record that a unit split into several from a year."),
         [](QCommandLineParser& p) { addEventOptions(p, false); }, QString(),
         [](Context& c) { return recordEvent(c, LineageEvent::Split); }},
        {QStringLiteral("unit rename"), tr("Record a unit's new name from a year (the same unit)."),
         [](QCommandLineParser& p) { addEventOptions(p, true); }, QString(),
         [](Context& c) { return recordEvent(c, LineageEvent::Rename); }},
        {QStringLiteral("unit events"), tr("List the recorded mergers, splits and renames."),
         [](QCommandLineParser& p) {
             addDb(p);
             p.addOption(option("year", tr("Only the events of this year."), "YEAR"));
             addFormat(p);
         },
         QString(), listEvents},
    };
}

} // namespace par::cli
