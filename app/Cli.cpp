#include "Cli.h"

#include "CliOutput.h"
#include "CliSupport.h"
#include "Parallel.h"
#include "io/FrameworkImport.h"
#include "io/ScoreImport.h"
#include "io/SheetReader.h"
#include "scoring/Analysis.h"
#include "storage/AuditLog.h"
#include "storage/DatabaseCopy.h"
#include "storage/Demo.h"
#include "storage/Finalisation.h"
#include "storage/LineageStore.h"
#include "storage/Permissions.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSet>
#include <QSqlQuery>
#include <QTextStream>
#include <QTranslator>

#include <functional>

namespace par::cli {

namespace {

// The stage as people say it, for table headings (machine formats keep "self" and "final").
QString stageLabel(Stage stage)
{
    return stage == Stage::Self ? tr("self-assessed") : tr("appraised");
}

// ---- commands ----

int demo(Context& c)
{
    auto path = required(c, "db");
    if (!path)
        return fail(path.error());
    if (c.parser.isSet(QStringLiteral("replace"))) {
        // A server database is never emptied from here: that is the server administrator's DROP DATABASE.
        if (Database::isServerUri(path.value()))
            return fail(Error::usage(tr("--replace works on a file; on a server, create a new empty database")));
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path.value() + suffix);
    }
    auto db = Database::open(path.value());
    if (!db)
        return fail(db.error());
    Catalog catalog(*db.value());
    auto existing = catalog.indexes();
    if (!existing)
        return fail(existing.error());
    if (!existing->isEmpty())
        return fail(
            Error::input(tr("%1 already holds data; give a new file, or --replace to overwrite it").arg(path.value())));
    if (Status s = Demo::load(catalog); !s)
        return fail(s.error());
    out() << tr("Wrote the demo database %1").arg(path.value()) << Qt::endl;
    return Cli::Done;
}

int indexImport(Context& c)
{
    auto code = required(c, "index");
    auto year = requiredYear(c);
    auto file = onePositional(c, tr("framework file"));
    if (!code || !year || !file)
        return fail(!code ? code.error() : !year ? year.error() : file.error());
    std::optional<QList<Band>> bands;
    if (c.parser.value(QStringLiteral("bands")).trimmed().compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
        bands = QList<Band> {}; // an index that defines no bands (the national PAR INDEX): none is shown
    } else if (c.parser.isSet(QStringLiteral("bands"))) {
        auto parsed = parseBands(c.parser.value(QStringLiteral("bands")));
        if (!parsed)
            return fail(parsed.error());
        bands = parsed.value();
    }
    auto table = SheetReader::readFile(file.value(), c.parser.value(QStringLiteral("sheet")));
    if (!table)
        return fail(table.error());
    auto db = openDb(c, true);
    if (!db)
        return fail(db.error());
    Catalog catalog(*db.value());
    // One writer: the index is looked up, created and given its framework inside one transaction.
    Database::Transaction transaction(*db.value(), tr("import %1").arg(table->fileName));
    if (!transaction.ok())
        return fail(transaction.error());
    auto found = catalog.findIndex(code.value());
    if (!found)
        return fail(found.error());
    Index index = found.value().value_or(Index {});
    index.code = code.value();
    if (c.parser.isSet(QStringLiteral("name")) || index.name.isEmpty())
        index.name = c.parser.isSet(QStringLiteral("name")) ? c.parser.value(QStringLiteral("name")) : code.value();
    if (c.parser.isSet(QStringLiteral("aggregation"))
        && !parseAggregation(c.parser.value(QStringLiteral("aggregation")), &index.aggregation))
        return fail(Error::usage(tr("--aggregation must be sum or mean")));

    auto parsed = FrameworkImport::parse(table.value(), index);
    if (!parsed)
        return fail(parsed.error());
    auto saved = catalog.saveIndex(index);
    if (!saved)
        return fail(saved.error());
    if (!found.value()) {
        if (auto cohort = catalog.defaultCohort(saved.value()); !cohort)
            return fail(cohort.error());
    }
    auto stored = FrameworkImport::store(catalog, saved.value(), year.value(), parsed->framework, bands);
    if (!stored)
        return fail(stored.error());
    if (Status s = transaction.commit(); !s)
        return fail(s.error());
    for (const QString& warning : parsed->warnings)
        err() << tr("warning: %1").arg(warning) << Qt::endl;
    out() << tr("Imported the %1 %2 framework: %3 criteria, maximum %4")
                 .arg(index.code)
                 .arg(year.value())
                 .arg(stored->criteria.size() - 1)
                 .arg(stored->root().maxPoints.toString(c.locale))
          << Qt::endl;
    return Cli::Done;
}

int scoresImport(Context& c)
{
    auto code = required(c, "index");
    auto year = requiredYear(c);
    auto stage = stageOption(c);
    auto file = onePositional(c, tr("score file"));
    if (!code || !year || !stage || !file)
        return fail(!code ? code.error() : !year ? year.error() : !stage ? stage.error() : file.error());
    // A file that cannot be opened is refused before the database is touched: nothing opened, upgraded, or waited for.
    if (Status s = SheetReader::openable(file.value()); !s)
        return fail(s.error());
    // The file is read while the database opens: a server's connection and first look take as long as a national
    // file's reading. A file that cannot be read is still the first refusal.
    auto reading = inParallel([path = file.value(), sheet = c.parser.value(QStringLiteral("sheet"))] {
        return SheetReader::readFile(path, sheet);
    });
    auto db = openDb(c);
    auto table = reading.get();
    if (!table)
        return fail(table.error());
    if (!db)
        return fail(db.error());
    Catalog catalog(*db.value());
    // Planned and written in one transaction: names are resolved and the lock checked by the one writer.
    // The table is the import's: it lets the cells go on its own thread once they are read.
    auto plan = ScoreImport::importTable(catalog, std::move(table.value()), code.value(), year.value(),
                                         c.parser.value(QStringLiteral("cohort")), stage.value(), file.value());
    if (!plan)
        return fail(plan.error());
    if (!plan->acceptable()) {
        for (const QString& e : plan->errors)
            err() << tr("parindex: %1").arg(e) << Qt::endl;
        err() << tr("parindex: nothing was imported from %1").arg(plan->fileName) << Qt::endl;
        return Cli::Refused;
    }
    // Reported, not refused: a recorded value stands even where its parts disagree.
    for (const QString& w : plan->warnings)
        err() << tr("warning: %1").arg(w) << Qt::endl;
    out() << tr("Imported %1 units (%2 new) into %3 %4 \"%5\", stage %6; %7 values replaced")
                 .arg(plan->units.size())
                 .arg(plan->newUnits)
                 .arg(plan->index.code)
                 .arg(plan->year)
                 .arg(plan->cohort.name, stageName(plan->stage))
                 .arg(plan->replacements.size())
          << Qt::endl;
    return Cli::Done;
}

// Last year's rank with the size of the ranking it was in: "5/18" ("5=/18" tied, "49/63*" published).
QString previousPlace(const RankingResult& r, const RankedUnit& u)
{
    if (!u.previousRank)
        return QString();
    const Standing s = r.previousStanding.value(u.unitId);
    return QStringLiteral("%1%2/%3%4")
        .arg(*u.previousRank)
        .arg(s.tied ? QStringLiteral("=") : QString())
        .arg(optional(u.previousOf))
        .arg(s.published ? QStringLiteral("*") : QString());
}

// "+1.20", or "+1.20 (vs 2022)" where the total it is against is years back (a year without one lies between).
QString changeText(const TrendPoint& p, const QLocale& locale)
{
    const QString change = signedChange(p.change, locale);
    return p.change && changeAcrossGap(p.year, p.changeFrom) ? tr("%1 (vs %2)").arg(change).arg(p.changeFrom) : change;
}

// "Sở A: 5/18 (82.10%); Sở B: 11/18 (76.85%)": each predecessor's own rank and percentage of last year.
QString predecessorsText(const RankedUnit& u, const QLocale& locale = QLocale::c())
{
    QStringList parts;
    for (const PredecessorRank& p : u.predecessors)
        parts << p.text(locale);
    return parts.join(QStringLiteral("; "));
}

QString predecessorsJson(const RankedUnit& u)
{
    QStringList parts;
    for (const PredecessorRank& p : u.predecessors)
        parts << QStringLiteral("{\"unit\": %1, \"rank\": %2, \"of\": %3, \"total\": %4, \"percent\": %5, "
                                "\"rank_source\": %6}")
                     .arg(CliOutput::jsonString(p.name), CliOutput::jsonNumber(optional(p.rank)),
                          CliOutput::jsonNumber(optional(p.of)),
                          CliOutput::jsonNumber(p.total ? p.total->toString() : QString()),
                          CliOutput::jsonNumber(p.percent ? p.percent->toString(2) : QString()),
                          CliOutput::jsonString(!p.rank           ? QString()
                                                    : p.published ? QStringLiteral("published")
                                                                  : QStringLiteral("computed")));
    return QStringLiteral("[%1]").arg(parts.join(QStringLiteral(", ")));
}

// What the table says under a ranking whose cohort changed shape since last year.
void printCohortChange(const RankingResult& r)
{
    if (!r.previousYear || !r.cohortChanged)
        return;
    out() << tr("Note: the cohort's members changed between %1 and %2 (%3 ranked then, %4 now): each rank is shown "
                "with its own \"of\" and no change of rank is computed.")
                 .arg(r.previousYear)
                 .arg(r.year)
                 .arg(r.previousRankedOf)
                 .arg(r.rows.size())
          << u'\n';
}

int ranking(Context& c)
{
    auto code = required(c, "index");
    auto year = requiredYear(c);
    auto stage = stageOption(c);
    auto format = formatOption(c);
    if (!code || !year || !stage || !format)
        return fail(!code ? code.error() : !year ? year.error() : !stage ? stage.error() : format.error());
    auto db = openDb(c);
    if (!db)
        return fail(db.error());
    Catalog catalog(*db.value());
    auto result = Analysis(catalog).ranking(code.value(), year.value(), c.parser.value(QStringLiteral("cohort")),
                                            stage.value());
    if (!result)
        return fail(result.error());
    const RankingResult& r = result.value();
    // The rank shown is the one every page shows: published where the database does not hold the whole pool scored.
    const auto shown = [&r](const RankedUnit& u) { return r.standing.value(u.unitId); };
    const auto source
        = [](const Standing& s) { return s.published ? QStringLiteral("published") : QStringLiteral("computed"); };
    if (format.value() == QLatin1String("csv")) {
        out() << CliOutput::csvLine(
            {QStringLiteral("rank"), QStringLiteral("unit"), QStringLiteral("total"), QStringLiteral("max"),
             QStringLiteral("percent"), QStringLiteral("band"), QStringLiteral("code"), QStringLiteral("tied"),
             QStringLiteral("previous_rank"), QStringLiteral("change"), QStringLiteral("rank_source"),
             QStringLiteral("of"), QStringLiteral("complete"), QStringLiteral("provisional"),
             QStringLiteral("previous_of"), QStringLiteral("places"), QStringLiteral("predecessors")});
        for (const RankedUnit& u : r.rows) {
            const std::optional<Decimal> change
                = u.previousTotal ? std::optional<Decimal>(u.total - *u.previousTotal) : std::nullopt;
            const Standing s = shown(u);
            out() << CliOutput::csvLine({optional(s.rank), u.name, u.total.toString(), r.max.toString(),
                                         u.percent.toString(2), u.band, u.code,
                                         s.tied ? QStringLiteral("1") : QStringLiteral("0"), optional(u.previousRank),
                                         change ? change->toString() : QString(), source(s), optional(s.of),
                                         r.complete.value(u.unitId) ? QStringLiteral("1") : QStringLiteral("0"),
                                         s.provisional ? QStringLiteral("1") : QStringLiteral("0"),
                                         optional(u.previousOf), optional(u.places), predecessorsText(u)});
        }
    } else if (format.value() == QLatin1String("json")) {
        QStringList rows;
        for (const RankedUnit& u : r.rows) {
            const QString change = u.previousTotal ? (u.total - *u.previousTotal).toString() : QString();
            const Standing s = shown(u);
            rows << QStringLiteral(
                        "    {\"rank\": %1, \"unit\": %2, \"code\": %3, \"total\": %4, \"max\": %5, "
                        "\"percent\": %6, \"band\": %7, \"tied\": %8, \"previous_rank\": %9, \"change\": %10, "
                        "\"rank_source\": %11, \"of\": %12, \"complete\": %13, \"provisional\": %14, "
                        "\"previous_of\": %15, \"places\": %16, \"predecessors\": %17}")
                        .arg(CliOutput::jsonNumber(optional(s.rank)))
                        .arg(CliOutput::jsonString(u.name), CliOutput::jsonString(u.code), u.total.toString(),
                             r.max.toString(), u.percent.toString(2), CliOutput::jsonString(u.band),
                             u.tied ? QStringLiteral("true") : QStringLiteral("false"),
                             CliOutput::jsonNumber(optional(u.previousRank)), CliOutput::jsonNumber(change))
                        .arg(CliOutput::jsonString(source(s)), CliOutput::jsonNumber(optional(s.of)),
                             r.complete.value(u.unitId) ? QStringLiteral("true") : QStringLiteral("false"),
                             s.provisional ? QStringLiteral("true") : QStringLiteral("false"))
                        .arg(CliOutput::jsonNumber(optional(u.previousOf)), CliOutput::jsonNumber(optional(u.places)),
                             predecessorsJson(u));
        }
        QStringList unranked;
        for (const QString& name : r.unranked)
            unranked << CliOutput::jsonString(name);
        out() << QStringLiteral(
                     "{\n  \"index\": %1,\n  \"year\": %2,\n  \"cohort\": %3,\n  \"stage\": %4,\n  \"max\": %5,\n"
                     "  \"rows\": [\n%6\n  ],\n  \"unranked\": [%7],\n  \"members\": %8,\n  \"scored\": %9,\n"
                     "  \"provisional\": %10,\n  \"previous_year\": %11,\n  \"previous_of\": %12,\n"
                     "  \"cohort_changed\": %13\n}\n")
                     .arg(CliOutput::jsonString(r.index.code))
                     .arg(r.year)
                     .arg(CliOutput::jsonString(r.cohort.name), CliOutput::jsonString(stageName(r.stage)),
                          r.max.toString(), rows.join(QStringLiteral(",\n")), unranked.join(QStringLiteral(", ")))
                     .arg(r.completeness.members)
                     .arg(r.completeness.scored)
                     .arg(r.provisional() ? QStringLiteral("true") : QStringLiteral("false"))
                     .arg(r.previousYear ? QString::number(r.previousYear) : QStringLiteral("null"))
                     .arg(r.previousYear ? QString::number(r.previousRankedOf) : QStringLiteral("null"))
                     .arg(r.cohortChanged ? QStringLiteral("true") : QStringLiteral("false"));
    } else {
        out() << QStringLiteral("%1 %2 - %3 (%4)\n")
                     .arg(r.index.name)
                     .arg(r.year)
                     .arg(r.cohort.name, stageLabel(r.stage));
        const bool lineage = std::any_of(r.rows.cbegin(), r.rows.cend(),
                                         [](const RankedUnit& u) { return !u.predecessors.isEmpty(); });
        QList<QStringList> rows;
        for (const RankedUnit& u : r.rows) {
            const std::optional<Decimal> change
                = u.previousTotal ? std::optional<Decimal>(u.total - *u.previousTotal) : std::nullopt;
            const Standing s = shown(u);
            QString rank = s.rank ? QString::number(*s.rank) + (s.tied ? QStringLiteral("=") : QString()) : QString();
            if (s.published)
                rank += QStringLiteral("/%1*").arg(*s.of);
            rows << QStringList {rank,
                                 r.complete.value(u.unitId) ? u.name : tr("%1 (incomplete)").arg(u.name),
                                 u.total.toString(c.locale),
                                 r.max.toString(c.locale),
                                 u.percent.toString(c.locale, 2),
                                 u.band,
                                 previousPlace(r, u),
                                 signedChange(change, c.locale)};
            if (lineage)
                rows.last() << predecessorsText(u, c.locale);
        }
        QStringList header {tr("Rank"), tr("Unit"), tr("Total"),     tr("Max"),
                            tr("%"),    tr("Band"), tr("Last year"), tr("Change")};
        if (lineage)
            header << tr("Predecessors last year");
        out() << CliOutput::table(header, rows, {0, 2, 3, 4, 6, 7});
        printCohortChange(r);
        if (!r.unranked.isEmpty())
            out() << tr("Not ranked (no value): %1").arg(r.unranked.join(QStringLiteral("; "))) << u'\n';
        for (const RankedUnit& u : r.rows) {
            if (const Standing s = shown(u); s.published) {
                out() << tr("* rank as published (%1); the rest of the cohort is not in the database")
                             .arg(s.source.isEmpty() ? tr("no source given") : s.source)
                      << u'\n';
                break;
            }
        }
        if (r.provisional())
            out() << tr("Note: %1.").arg(r.completeness.describe()) << u'\n';
    }
    out().flush();
    return Cli::Done;
}

// The merges and splits that made the unit, oldest first: "Merged in 2025 from A; B (NQ 190/2025/QH15)".
void printOrigins(Catalog& catalog, const TrendResult& t)
{
    if (t.origins.isEmpty())
        return;
    auto lineage = LineageStore(catalog).lineage();
    if (!lineage)
        return;
    for (const LineageEvent& e : t.origins) {
        QStringList names;
        for (qint64 id : e.predecessors)
            names << lineage->nameIn(id, e.year - 1);
        const QString from = names.join(QStringLiteral("; "));
        const QString basis = e.basis.isEmpty() ? tr("no basis given") : e.basis;
        out() << (e.kind == LineageEvent::Split ? tr("Split in %1 from %2 (%3)") : tr("Merged in %1 from %2 (%3)"))
                     .arg(e.year)
                     .arg(from, basis)
              << u'\n';
    }
}

int trend(Context& c)
{
    auto code = required(c, "index");
    auto unit = required(c, "unit");
    auto stage = stageOption(c);
    auto format = formatOption(c);
    if (!code || !unit || !stage || !format)
        return fail(!code ? code.error() : !unit ? unit.error() : !stage ? stage.error() : format.error());
    auto db = openDb(c);
    if (!db)
        return fail(db.error());
    Catalog catalog(*db.value());
    auto result
        = Analysis(catalog).trend(code.value(), unit.value(), c.parser.value(QStringLiteral("cohort")), stage.value());
    if (!result)
        return fail(result.error());
    const TrendResult& t = result.value();
    // The unit's own points and, before the events that made it, its predecessors', each marked as theirs.
    const QList<TrendPoint> points = t.rows();
    for (const TrendPoint& p : points) {
        if (!p.note.isEmpty())
            err() << tr("warning: %1 %2: %3").arg(p.unitName).arg(p.year).arg(p.note) << Qt::endl;
    }
    if (format.value() == QLatin1String("csv")) {
        out() << CliOutput::csvLine({QStringLiteral("year"), QStringLiteral("total"), QStringLiteral("max"),
                                     QStringLiteral("percent"), QStringLiteral("rank"), QStringLiteral("of"),
                                     QStringLiteral("provisional"), QStringLiteral("unit"),
                                     QStringLiteral("predecessor")});
        for (const TrendPoint& p : points)
            out() << CliOutput::csvLine({QString::number(p.year), optional(p.total, QLocale::c()), p.max.toString(),
                                         optional(p.percent, QLocale::c(), 2), optional(p.rank), optional(p.of),
                                         p.provisional ? QStringLiteral("1") : QStringLiteral("0"), p.unitName,
                                         p.predecessor ? QStringLiteral("1") : QStringLiteral("0")});
    } else if (format.value() == QLatin1String("json")) {
        QStringList rows;
        for (const TrendPoint& p : points) {
            rows << QStringLiteral(
                        "    {\"year\": %1, \"total\": %2, \"max\": %3, \"percent\": %4, \"rank\": %5, \"of\": %6, "
                        "\"rank_source\": %7, \"change\": %8, \"band\": %9, \"cohort\": %10, \"note\": %11, "
                        "\"provisional\": %12, \"complete\": %13, \"unit\": %14, \"predecessor\": %15, "
                        "\"change_from\": %16}")
                        .arg(p.year)
                        .arg(CliOutput::jsonNumber(optional(p.total, QLocale::c())), p.max.toString(),
                             CliOutput::jsonNumber(optional(p.percent, QLocale::c(), 2)),
                             CliOutput::jsonNumber(optional(p.rank)), CliOutput::jsonNumber(optional(p.of)),
                             CliOutput::jsonString(!p.rank               ? QString()
                                                       : p.rankPublished ? QStringLiteral("published")
                                                                         : QStringLiteral("computed")),
                             CliOutput::jsonNumber(p.change ? p.change->toString() : QString()),
                             CliOutput::jsonString(p.band))
                        .arg(CliOutput::jsonString(p.cohort), CliOutput::jsonString(p.note),
                             p.provisional ? QStringLiteral("true") : QStringLiteral("false"),
                             p.complete ? QStringLiteral("true") : QStringLiteral("false"))
                        .arg(CliOutput::jsonString(p.unitName),
                             p.predecessor ? QStringLiteral("true") : QStringLiteral("false"),
                             p.change ? QString::number(p.changeFrom) : QStringLiteral("null"));
        }
        out() << QStringLiteral("{\n  \"index\": %1,\n  \"unit\": %2,\n  \"stage\": %3,\n  \"years\": [\n%4\n  ]\n}\n")
                     .arg(CliOutput::jsonString(t.index.code), CliOutput::jsonString(t.unit.name),
                          CliOutput::jsonString(stageName(t.stage)), rows.join(QStringLiteral(",\n")));
    } else {
        out() << QStringLiteral("%1 - %2 (%3)\n").arg(t.index.name, t.unit.name, stageLabel(t.stage));
        printOrigins(catalog, t);
        // A unit column where the rows are not all the unit under its present name: predecessors, or former names.
        const bool named = std::any_of(points.cbegin(), points.cend(), [&t](const TrendPoint& p) {
            return p.predecessor || p.unitName != t.unit.name;
        });
        QList<QStringList> rows;
        for (const TrendPoint& p : points) {
            QString rank = p.rank ? QStringLiteral("%1/%2").arg(*p.rank).arg(*p.of) : QString();
            if (p.rankPublished)
                rank += u'*';
            else if (p.provisional && p.rank)
                rank += u'?';
            rows << QStringList {QString::number(p.year),
                                 optional(p.total, c.locale),
                                 p.max.toString(c.locale),
                                 optional(p.percent, c.locale, 2),
                                 rank,
                                 changeText(p, c.locale),
                                 p.band};
            if (named)
                rows.last() << (p.predecessor ? tr("(predecessor: %1)").arg(p.unitName) : p.unitName);
        }
        QStringList header {tr("Year"), tr("Total"), tr("Max"), tr("%"), tr("Rank"), tr("Change"), tr("Band")};
        if (named)
            header << tr("Unit");
        out() << CliOutput::table(header, rows, {0, 1, 2, 3, 4, 5});
        if (!t.predecessorPoints.isEmpty())
            out() << tr("Predecessors' results are their own, each against its own previous year; none is added to "
                        "another or to the unit's.")
                  << u'\n';
        for (const TrendPoint& p : points) {
            if (p.rankPublished) {
                out() << tr("* rank as published (%1); the rest of the cohort is not in the database")
                             .arg(p.published->source.isEmpty() ? tr("no source given") : p.published->source)
                      << u'\n';
                break;
            }
        }
        QSet<int> described;
        for (const TrendPoint& p : points) {
            if (p.provisional && p.rank && !described.contains(p.year)) {
                described.insert(p.year);
                out() << tr("? %1: %2").arg(p.year).arg(p.completeness.describe()) << u'\n';
            }
        }
    }
    out().flush();
    return Cli::Done;
}

int lost(Context& c)
{
    auto code = required(c, "index");
    auto year = requiredYear(c);
    auto unit = required(c, "unit");
    auto stage = stageOption(c);
    auto format = formatOption(c);
    if (!code || !year || !unit || !stage || !format)
        return fail(!code        ? code.error()
                        : !year  ? year.error()
                        : !unit  ? unit.error()
                        : !stage ? stage.error()
                                 : format.error());
    auto db = openDb(c);
    if (!db)
        return fail(db.error());
    Catalog catalog(*db.value());
    auto result = Analysis(catalog).lostPoints(code.value(), year.value(), unit.value(), stage.value());
    if (!result)
        return fail(result.error());
    const LostPointsResult& r = result.value();
    if (format.value() == QLatin1String("csv")) {
        out() << CliOutput::csvLine({QStringLiteral("kind"), QStringLiteral("code"), QStringLiteral("title"),
                                     QStringLiteral("max"), QStringLiteral("value"), QStringLiteral("lost"),
                                     QStringLiteral("previous"), QStringLiteral("change"),
                                     QStringLiteral("lead_unit")});
        for (const LostPoint& l : r.lost)
            out() << CliOutput::csvLine({QStringLiteral("lost"), l.code, l.title, l.max.toString(),
                                         l.achieved.toString(), l.lost.toString(), QString(), QString(), l.leadUnit});
        for (const LostPoint& l : r.missing)
            out() << CliOutput::csvLine({QStringLiteral("missing"), l.code, l.title, l.max.toString(), QString(),
                                         QString(), QString(), QString(), l.leadUnit});
        for (const Fall& f : r.falls)
            out() << CliOutput::csvLine({QStringLiteral("fell"), f.code, f.title, QString(), f.current.toString(),
                                         QString(), f.previous.toString(), f.change.toString(), f.leadUnit});
    } else {
        QList<QStringList> lostRows;
        for (const LostPoint& l : r.lost)
            lostRows << QStringList {
                l.code,    l.title, l.max.toString(c.locale), l.achieved.toString(c.locale), l.lost.toString(c.locale),
                l.leadUnit};
        out() << tr("Points lost: %1, %2 %3").arg(r.unit.name, r.index.code).arg(r.year) << u'\n'
              << CliOutput::table({tr("Code"), tr("Criterion"), tr("Max"), tr("Value"), tr("Lost"), tr("Lead unit")},
                                  lostRows, {2, 3, 4});
        if (!r.missing.isEmpty()) {
            // Not scored is not lost: reported apart, so lost + unscored + total = maximum.
            QList<QStringList> missingRows;
            for (const LostPoint& l : r.missing)
                missingRows << QStringList {l.code, l.title, l.max.toString(c.locale), l.leadUnit};
            out() << u'\n' << tr("Not scored (%1 points; not counted as lost)").arg(r.missingTotal.toString(c.locale))
                  << u'\n'
                  << CliOutput::table({tr("Code"), tr("Criterion"), tr("Max"), tr("Lead unit")}, missingRows, {2});
        }
        QList<QStringList> fallRows;
        for (const Fall& f : r.falls)
            fallRows << QStringList {f.code,
                                     f.title,
                                     f.previous.toString(c.locale),
                                     f.current.toString(c.locale),
                                     f.change.toString(c.locale),
                                     f.leadUnit};
        out() << u'\n' << tr("Fell against the previous year") << u'\n'
              << CliOutput::table({tr("Code"), tr("Criterion"), tr("Before"), tr("Now"), tr("Change"), tr("Lead unit")},
                                  fallRows, {2, 3, 4});
    }
    out().flush();
    return Cli::Done;
}

int check(Context& c)
{
    auto db = openDb(c);
    if (!db)
        return fail(db.error());
    if (Status s = db.value()->integrityCheck(); !s)
        return fail(s.error());
    auto chain = AuditLog::verify(*db.value());
    if (!chain)
        return fail(chain.error());
    if (!chain->problems.isEmpty()) {
        for (const QString& problem : chain->problems)
            err() << tr("parindex: %1").arg(problem) << Qt::endl;
        err() << tr("parindex: the audit log of %1 was altered outside parindex").arg(db.value()->path()) << Qt::endl;
        return Cli::StorageFailure;
    }
    Catalog catalog(*db.value());
    auto issues = Analysis(catalog).consistency();
    if (!issues)
        return fail(issues.error());
    auto missing = Analysis(catalog).missingScores();
    if (!missing)
        return fail(missing.error());
    out() << tr("Database %1: schema %2, integrity ok").arg(db.value()->path()).arg(db.value()->schemaVersion())
          << u'\n';
    out() << tr("Audit log: %1 entries, hash chain intact").arg(chain->entries);
    if (chain->unsealed)
        out() << tr("; the newest %1 made outside parindex are sealed at the next change").arg(chain->unsealed);
    out() << u'\n';
    // Missing scores: a unit scored on part of its framework is incomplete; its total is not comparable.
    if (missing->isEmpty()) {
        out() << tr("No unit has unscored criteria.") << u'\n';
    } else {
        out() << tr("%n unit-year-stage(s) have unscored criteria (totals over the scored criteria only, ranks "
                    "provisional):",
                    nullptr, int(missing->size()))
              << u'\n';
        QList<QStringList> missingRows;
        for (const MissingScores& m : missing.value())
            missingRows << QStringList {m.indexCode,
                                        QString::number(m.year),
                                        m.stage,
                                        m.unit,
                                        m.criteria.join(QStringLiteral(", ")),
                                        m.maxPoints.toString(c.locale)};
        out() << CliOutput::table(
            {tr("Index"), tr("Year"), tr("Stage"), tr("Unit"), tr("Unscored criteria"), tr("Their maximum")},
            missingRows, {1, 5});
    }
    if (issues->isEmpty()) {
        out() << tr("Every recorded value agrees with its parts.") << Qt::endl;
        return Cli::Done;
    }
    out() << tr("%n recorded value(s) differ from their parts (recorded values stand):", nullptr, int(issues->size()))
          << u'\n';
    QList<QStringList> rows;
    for (const ConsistencyIssue& i : issues.value())
        rows << QStringList {i.indexCode,
                             QString::number(i.year),
                             i.stage,
                             i.unit,
                             i.criterion.isEmpty() ? tr("total") : i.criterion,
                             i.recorded.toString(c.locale),
                             i.aggregate.toString(c.locale),
                             (i.recorded - i.aggregate).toString(c.locale)};
    out() << CliOutput::table({tr("Index"), tr("Year"), tr("Stage"), tr("Unit"), tr("Code"), tr("Recorded"),
                               tr("Aggregate"), tr("Difference")},
                              rows, {1, 5, 6, 7});
    out().flush();
    return Cli::Done;
}

int finaliseOrReopen(Context& c, bool finalise)
{
    auto code = required(c, "index");
    auto year = requiredYear(c);
    const QString reason = c.parser.value(QStringLiteral("reason")).trimmed();
    if (!code || !year)
        return fail(!code ? code.error() : year.error());
    if (!finalise && reason.isEmpty())
        return fail(Error::usage(tr("reopen needs --reason: why the final results must change")));
    auto db = openDb(c);
    if (!db)
        return fail(db.error());
    Catalog catalog(*db.value());
    auto index = catalog.index(code.value());
    if (!index)
        return fail(index.error());
    auto cohort = catalog.resolveCohort(index.value(), c.parser.value(QStringLiteral("cohort")));
    if (!cohort)
        return fail(cohort.error());
    // Said plainly before anything is tried; the server would refuse it anyway (not as a list of missing units).
    if (const Permissions may = Permissions::of(*db.value()); !may.canFinalise())
        return fail(Error::input(
            tr("your account (%1) may not finalise or reopen results; the secretariat does").arg(may.describe())));
    // One core operation each, in one BEGIN IMMEDIATE transaction: finalising refuses while units miss final scores
    // (exit 2, the units listed) unless --allow-incomplete says the user knows.
    Finalisation finalisation(catalog);
    const Status s = finalise ? finalisation.finalise(index.value(), cohort.value(), year.value(),
                                                      c.parser.isSet(QStringLiteral("allow-incomplete")), reason)
                              : finalisation.reopen(index.value(), cohort.value(), year.value(), reason);
    if (!s && !(finalise && s.error().kind == Error::Input))
        return fail(s.error());
    if (!s) {
        err() << tr("parindex: %1").arg(s.error().message) << Qt::endl
              << tr("parindex: nothing was finalised; score those units, or give --allow-incomplete to finalise "
                    "without them")
              << Qt::endl;
        return Cli::Refused;
    }
    out() << (finalise ? tr("%1 %2 \"%3\" is final; edits are refused until it is reopened")
                       : tr("%1 %2 \"%3\" is reopened for changes"))
                 .arg(index->code)
                 .arg(year.value())
                 .arg(cohort->name)
          << Qt::endl;
    return Cli::Done;
}

int auditLog(Context& c)
{
    auto format = formatOption(c);
    if (!format)
        return fail(format.error());
    auto db = openDb(c);
    if (!db)
        return fail(db.error());
    AuditFilter filter;
    filter.indexCode = c.parser.value(QStringLiteral("index"));
    filter.year = c.parser.value(QStringLiteral("year")).toInt();
    filter.unit = c.parser.value(QStringLiteral("unit"));
    filter.criterion = c.parser.value(QStringLiteral("criterion"));
    filter.actor = c.parser.value(QStringLiteral("actor"));
    auto entries = AuditLog::read(*db.value(), filter);
    if (!entries)
        return fail(entries.error());
    const QStringList header {QStringLiteral("at"),     QStringLiteral("actor"),     QStringLiteral("action"),
                              QStringLiteral("entity"), QStringLiteral("index"),     QStringLiteral("year"),
                              QStringLiteral("unit"),   QStringLiteral("criterion"), QStringLiteral("stage"),
                              QStringLiteral("old"),    QStringLiteral("new"),       QStringLiteral("reason"),
                              QStringLiteral("source")};
    QList<QStringList> rows;
    for (const AuditEntry& e : entries.value())
        rows << QStringList {
            e.at,    e.actor,     e.action, e.entity,   e.indexCode, e.year ? QString::number(e.year) : QString(),
            e.unit,  e.criterion, e.stage,  e.oldValue, e.newValue,  e.reason,
            e.source};
    if (format.value() == QLatin1String("table")) {
        out() << CliOutput::table(header, rows, {5});
    } else if (format.value() == QLatin1String("csv")) {
        out() << CliOutput::csvLine(header);
        for (const QStringList& row : rows)
            out() << CliOutput::csvLine(row);
    } else {
        QStringList objects;
        for (const QStringList& row : rows) {
            QStringList fields;
            for (int i = 0; i < header.size(); ++i)
                fields << CliOutput::jsonString(header[i]) + QStringLiteral(": ") + CliOutput::jsonString(row[i]);
            objects << QStringLiteral("  {") + fields.join(QStringLiteral(", ")) + u'}';
        }
        out() << QStringLiteral("[\n") << objects.join(QStringLiteral(",\n")) << QStringLiteral("\n]\n");
    }
    out().flush();
    return Cli::Done;
}

int backup(Context& c)
{
    auto target = required(c, "out");
    if (!target)
        return fail(target.error());
    const bool force = c.parser.isSet(QStringLiteral("force"));
    if (QFileInfo::exists(target.value()) && !force)
        return fail(Error::input(tr("%1 already exists; give --force to replace it").arg(target.value())));
    auto db = openDb(c);
    if (!db)
        return fail(db.error());
    if (Status s = db.value()->backupTo(target.value(), force); !s)
        return fail(s.error());
    out() << tr("Backed up %1 to %2").arg(db.value()->path(), target.value()) << Qt::endl;
    return Cli::Done;
}

int restore(Context& c)
{
    auto path = required(c, "db");
    auto from = required(c, "from");
    if (!path || !from)
        return fail(!path ? path.error() : from.error());
    auto aside = Database::restore(path.value(), from.value());
    if (!aside)
        return fail(aside.error());
    // The restored file opens (and is upgraded if the backup is older) like any other.
    auto db = Database::openExisting(path.value());
    if (!db)
        return fail(db.error());
    out() << tr("Restored %1 from %2").arg(path.value(), from.value()) << Qt::endl;
    if (!aside->isEmpty())
        out() << tr("The previous file is kept as %1").arg(aside.value()) << Qt::endl;
    return Cli::Done;
}

void printDigests(const CopyReport& report)
{
    out() << QStringLiteral("%1 %2 %3 %4")
                 .arg(tr("table").leftJustified(24), tr("rows").rightJustified(9),
                      tr("source sha256").leftJustified(16), tr("copy sha256"))
          << Qt::endl;
    for (qsizetype i = 0; i < report.source.size(); ++i) {
        const TableDigest& s = report.source[i];
        const TableDigest d = report.destination.value(i);
        const bool same = d.rows == s.rows && d.sha256 == s.sha256;
        QString rows = QString::number(s.rows);
        if (d.rows != s.rows)
            rows += QStringLiteral(" / ") + QString::number(d.rows);
        out() << QStringLiteral("%1 %2 %3 %4 %5")
                     .arg(s.table.leftJustified(24), rows.rightJustified(9),
                          QString::fromLatin1(s.sha256.left(16)).leftJustified(16),
                          QString::fromLatin1(d.sha256.left(16)), same ? tr("same") : tr("DIFFERENT"))
              << Qt::endl;
    }
}

int copyDatabase(Context& c)
{
    auto from = required(c, "from");
    auto to = required(c, "to");
    if (!from || !to)
        return fail(!from ? from.error() : to.error());
    // For the desktop, which shows how far the copy has got: one line a step on the error stream, the same in every
    // language ("progress 3/19 units"), before the step begins.
    DatabaseCopy::Progress progress;
    if (c.parser.isSet(QStringLiteral("progress"))) {
        progress = [](int done, int total, const QString& step) {
            err() << QStringLiteral("progress %1/%2 %3").arg(done).arg(total).arg(step) << Qt::endl;
        };
    }
    auto report = DatabaseCopy::copy(from.value(), to.value(), progress);
    if (!report)
        return fail(report.error());
    printDigests(report.value());
    if (!report->matches())
        return fail(
            Error::storage(tr("the copy differs from %1; it was rolled back and nothing was kept").arg(from.value())));
    out() << tr("Copied %1 to %2: every table has the same rows and checksum").arg(from.value(), to.value())
          << Qt::endl;
    return Cli::Done;
}

int init(Context& c)
{
    auto path = required(c, "db");
    if (!path)
        return fail(path.error());
    if (!Database::isServerUri(path.value()) && QFileInfo::exists(path.value()))
        return fail(Error::input(tr("%1 already exists; init creates a new database").arg(path.value())));
    // On a server, init creates the schema in an existing, empty database (the administrator creates the database).
    if (Database::isServerUri(path.value())) {
        auto existing = Database::openExisting(path.value());
        if (existing)
            return fail(Error::input(tr("%1 already holds a parindex database").arg(path.value())));
    }
    auto db = Database::open(path.value());
    if (!db)
        return fail(db.error());
    out() << tr("Created the empty database %1").arg(path.value()) << Qt::endl;
    return Cli::Done;
}

} // namespace

QList<Command> coreCommands()
{
    auto withDb = [](std::function<void(QCommandLineParser&)> more) {
        return [more](QCommandLineParser& p) {
            addDb(p);
            if (more)
                more(p);
        };
    };
    return {
        {QStringLiteral("init"), tr("Create a new, empty database (FILE must not exist)."), withDb(nullptr), QString(),
         init},
        {QStringLiteral("demo"), tr("Write the demo database (Bắc Kạn, PAR INDEX 2017-2018)."),
         withDb([](QCommandLineParser& p) { p.addOption(option("replace", tr("Overwrite FILE if it exists."))); }),
         QString(), demo},
        {QStringLiteral("index import"), tr("Import an index's criteria framework for one year from CSV or XLSX."),
         withDb([](QCommandLineParser& p) {
             addIndexYear(p);
             p.addOption(option("name", tr("The index's full name (for a new index)."), "TEXT"));
             p.addOption(option("aggregation", tr("How the top-level criteria make the total: sum or mean."), "HOW"));
             p.addOption(option(
                 "bands",
                 tr("Classification bands, e.g. \"90=Xuất sắc;80=Tốt;70=Khá;50=Trung bình;0=Yếu\", or \"none\" for an "
                    "index that defines none (default: last year's, else those most provinces use)."),
                 "SPEC"));
             p.addOption(option("sheet", tr("The sheet of an .xlsx file (default: the first visible)."), "NAME"));
         }),
         QStringLiteral("FRAMEWORK.csv|.xlsx"), indexImport},
        {QStringLiteral("scores import"), tr("Import a wide score table (one row per unit, one column per criterion)."),
         withDb([](QCommandLineParser& p) {
             addIndexYear(p);
             addCohortStage(p);
             p.addOption(option("sheet", tr("The sheet of an .xlsx file (default: the first visible)."), "NAME"));
         }),
         QStringLiteral("SCORES.csv|.xlsx"), scoresImport},
        {QStringLiteral("ranking"), tr("Rank a cohort for one index and year."), withDb([](QCommandLineParser& p) {
             addIndexYear(p);
             addCohortStage(p);
             addFormat(p);
         }),
         QString(), ranking},
        {QStringLiteral("trend"), tr("A unit's totals, percents and ranks over the years."),
         withDb([](QCommandLineParser& p) {
             addIndexYear(p, false);
             p.addOption(option("unit", tr("The unit's name or code."), "NAME"));
             addCohortStage(p);
             addFormat(p);
         }),
         QString(), trend},
        {QStringLiteral("lost"), tr("Where a unit lost points, with each criterion's lead unit."),
         withDb([](QCommandLineParser& p) {
             addIndexYear(p);
             p.addOption(option("unit", tr("The unit's name or code."), "NAME"));
             p.addOption(option("stage", tr("self or final. Default: final."), "STAGE"));
             addFormat(p);
         }),
         QString(), lost},
        {QStringLiteral("check"), tr("Check the database and list recorded values that differ from their parts."),
         withDb(nullptr), QString(), check},
        {QStringLiteral("finalise"), tr("Close a cohort-year's final results against edits."),
         withDb([](QCommandLineParser& p) {
             addIndexYear(p);
             p.addOption(option("cohort", tr("The ranking pool (default: the index's own)."), "NAME"));
             p.addOption(option("allow-incomplete",
                                tr("Finalise even though some units have no or incomplete final scores (they are "
                                   "listed, and refused without this option).")));
             p.addOption(option("reason", tr("Why, for the audit log (e.g. the decision's number)."), "TEXT"));
         }),
         QString(), [](Context& c) { return finaliseOrReopen(c, true); }},
        {QStringLiteral("reopen"), tr("Reopen finalised results for changes; needs a reason."),
         withDb([](QCommandLineParser& p) {
             addIndexYear(p);
             p.addOption(option("cohort", tr("The ranking pool (default: the index's own)."), "NAME"));
             p.addOption(option("reason", tr("Why the final results must change."), "TEXT"));
         }),
         QString(), [](Context& c) { return finaliseOrReopen(c, false); }},
        {QStringLiteral("log"), tr("Show the audit log: who changed what, when and why."),
         withDb([](QCommandLineParser& p) {
             addIndexYear(p);
             p.addOption(option("unit", tr("Only changes of this unit's scores."), "NAME"));
             p.addOption(option("criterion", tr("Only changes of this criterion code."), "CODE"));
             p.addOption(option("actor", tr("Only changes by this person (OS user)."), "USER"));
             addFormat(p);
         }),
         QString(), auditLog},
        {QStringLiteral("backup"), tr("Copy the database safely, even while it is in use."),
         withDb([](QCommandLineParser& p) {
             p.addOption(option("out", tr("The backup file to write."), "FILE"));
             p.addOption(option("force", tr("Replace FILE if it exists.")));
         }),
         QString(), backup},
        {QStringLiteral("copy"),
         tr("Copy a whole database, audit log included, to a new SQLite file or an empty server database."),
         [](QCommandLineParser& p) {
             p.addOption(option("from", tr("The database to copy: a file or postgresql://USER@HOST/DB."), "SOURCE"));
             p.addOption(option(
                 "to", tr("The new database: a file that does not exist yet, or an empty server database."), "DEST"));
             p.addOption(option("progress",
                                tr("Tell each step on the error stream as it begins: progress DONE/TOTAL "
                                   "STEP (a table's name, or check).")));
         },
         QString(), copyDatabase},
        {QStringLiteral("restore"), tr("Replace the database by a checked backup; the current file is kept beside it."),
         withDb(
             [](QCommandLineParser& p) { p.addOption(option("from", tr("The backup file to restore."), "BACKUP")); }),
         QString(), restore},
    };
}

namespace {

QList<Command> allCommands()
{
    return coreCommands() + unitCommands() + userCommands() + reportCommands() + exportCommands();
}

QString usage()
{
    QString text = tr("Usage: parindex [--db FILE] [--lang vi|en]\n"
                      "       parindex COMMAND [OPTIONS]   (parindex COMMAND --help for its options)\n\n"
                      "Records and analyses administrative reform index results (PAR INDEX, SIPAS, PAPI and the\n"
                      "province's own indexes).\n\nCommands:\n");
    for (const Command& c : allCommands())
        text += QStringLiteral("  %1%2\n").arg(c.name.leftJustified(16), c.summary);
    text += tr("\nExit codes: 0 done, 1 usage error, 2 input refused (nothing changed), 3 storage error.\n");
    return text;
}

QLocale localeFor(const QString& lang)
{
    if (lang == QLatin1String("vi"))
        return QLocale(QLocale::Vietnamese, QLocale::Vietnam);
    if (lang == QLatin1String("en"))
        return QLocale::c();
    return QLocale::system().language() == QLocale::Vietnamese ? QLocale(QLocale::Vietnamese, QLocale::Vietnam)
                                                               : QLocale::c();
}

} // namespace

} // namespace par::cli

namespace par {

using namespace cli;

namespace {

const Command* findCommand(const QStringList& args, qsizetype* words)
{
    static const QList<Command> all = allCommands();
    for (const Command& command : all) {
        const QStringList name = command.name.split(u' ');
        if (args.mid(0, name.size()) == name) {
            *words = name.size();
            return &command;
        }
    }
    return nullptr;
}

// Arguments without --lang, which may stand anywhere.
QStringList withoutLang(QStringList args, QString* lang)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size()) {
            *lang = args[i + 1];
            args.remove(i, 2);
            break;
        }
        if (args[i].startsWith(QLatin1String("--lang="))) {
            *lang = args[i].mid(7);
            args.remove(i);
            break;
        }
    }
    return args;
}

// Messages in the language asked for, else the system's (Vietnamese where LANG is vi_*). English has its translation
// too, as in the window: the sources' "%n value(s)" read "1 value", "2 values" only through it.
void speak(const QString& lang)
{
    const bool vietnamese
        = lang == QLatin1String("vi") || (lang.isEmpty() && QLocale::system().language() == QLocale::Vietnamese);
    static QTranslator translator;
    if (translator.isEmpty()
        && translator.load(vietnamese ? QStringLiteral(":/i18n/parindex_vi.qm")
                                      : QStringLiteral(":/i18n/parindex_en.qm")))
        QCoreApplication::installTranslator(&translator);
}

} // namespace

Cli::Mode Cli::mode(const QStringList& arguments)
{
    QString lang;
    const QStringList args = withoutLang(arguments.mid(1), &lang);
    const bool option = !args.isEmpty() && args.first().startsWith(u'-');
    if (args.isEmpty()
        || (option && args.first() != QLatin1String("--help") && args.first() != QLatin1String("-h")
            && args.first() != QLatin1String("--version")))
        return Mode::Desktop;
    qsizetype words = 0;
    const Command* command = findCommand(args, &words);
    return command && command->needsGui ? Mode::Painting : Mode::Console;
}

int Cli::cannotHandOver(const QStringList& arguments, const QString& program, const QString& reason)
{
    QString lang;
    withoutLang(arguments.mid(1), &lang);
    speak(lang);
    return fail(
        Error::storage(tr("cannot start the part of parindex that paints reports and shows the window "
                          "(%1): %2; reinstall parindex")
                           .arg(QDir::toNativeSeparators(program), reason.isEmpty() ? tr("not found") : reason)));
}

int Cli::run(const QStringList& arguments)
{
    QString lang;
    const QStringList args = withoutLang(arguments.mid(1), &lang);
    if (!lang.isEmpty() && lang != QLatin1String("vi") && lang != QLatin1String("en"))
        return fail(Error::usage(tr("--lang must be vi or en")));
    speak(lang);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")
        || args.first() == QLatin1String("help")) {
        out() << usage();
        out().flush();
        return args.isEmpty() ? Usage : Done;
    }
    if (args.first() == QLatin1String("--version")) {
        out() << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return Done;
    }
    qsizetype commandWords = 0;
    if (const Command* found = findCommand(args, &commandWords)) {
        const Command& command = *found;
        const QStringList words = args.mid(0, commandWords);
        Context c;
        c.commandName = command.name;
        c.locale = localeFor(lang);
        c.lang = lang;
        c.parser.setApplicationDescription(command.summary);
        c.parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        c.parser.addHelpOption();
        command.declare(c.parser);
        if (!command.positional.isEmpty())
            c.parser.addPositionalArgument(command.positional,
                                           command.positional == QLatin1String("LOGIN")
                                               ? tr("The account's login (its role name on the server).")
                                               : tr("The file to import: CSV (UTF-8) or Excel (.xlsx)."));
        QStringList parserArgs {QStringLiteral("parindex ") + command.name};
        parserArgs += args.mid(words.size());
        if (!c.parser.parse(parserArgs))
            return fail(Error::usage(c.parser.errorText() + tr(" (see parindex %1 --help)").arg(command.name)));
        if (c.parser.isSet(QStringLiteral("help"))) {
            // Qt names the program by its path; the usage line should show the command as typed.
            QString help = c.parser.helpText();
            const qsizetype usageEnd = help.indexOf(QStringLiteral(" [options]"));
            if (help.startsWith(QStringLiteral("Usage: ")) && usageEnd > 0)
                help.replace(7, usageEnd - 7, QStringLiteral("parindex ") + command.name);
            out() << help;
            out().flush();
            return Done;
        }
        if (command.positional.isEmpty() && !c.parser.positionalArguments().isEmpty())
            return fail(Error::usage(tr("unexpected argument %1 (see parindex %2 --help)")
                                         .arg(c.parser.positionalArguments().first(), command.name)));
        return command.run(c);
    }
    return fail(Error::usage(tr("unknown command \"%1\"; see parindex --help").arg(args.first())));
}

} // namespace par
