#include "storage/Demo.h"
#include "storage/LineageStore.h"
#include "storage/ReportSettings.h"

#include "io/FrameworkImport.h"
#include "io/ScoreImport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace par {

namespace {

Result<CsvTable> readDemoFile(const QString& name)
{
    return CsvReader::readFile(QStringLiteral(":/demo/") + name);
}

Result<qint64> unitId(Catalog& catalog, const QString& nameOrCode)
{
    auto unit = catalog.findUnit(nameOrCode);
    if (!unit)
        return unit.error();
    if (!unit.value())
        return Error::storage(QStringLiteral("demo: unknown unit %1").arg(nameOrCode));
    return unit.value()->id;
}

Status loadUnits(Catalog& catalog, const QJsonArray& units)
{
    for (const QJsonValue& v : units) {
        const QJsonObject o = v.toObject();
        Unit unit;
        unit.code = o.value(QLatin1String("code")).toString();
        unit.name = o.value(QLatin1String("name")).toString();
        unit.kind = o.value(QLatin1String("kind")).toString();
        if (o.value(QLatin1String("valid_from")).isDouble())
            unit.validFrom = o.value(QLatin1String("valid_from")).toInt();
        if (o.value(QLatin1String("valid_to")).isDouble())
            unit.validTo = o.value(QLatin1String("valid_to")).toInt();
        if (auto saved = catalog.saveUnit(unit); !saved)
            return saved.error();
    }
    return success();
}

// The 2025 reorganisation, recorded as the user records it (LineageStore): who merged into whom, from which year,
// on which legal basis. The predecessors' ends and the new units' beginnings follow from the events.
Status loadEvents(Catalog& catalog, const QJsonArray& events)
{
    LineageStore store(catalog);
    for (const QJsonValue& v : events) {
        const QJsonObject o = v.toObject();
        LineageEvent event;
        event.kind = LineageEvent::kindFrom(o.value(QLatin1String("kind")).toString());
        event.year = o.value(QLatin1String("year")).toInt();
        event.basis = o.value(QLatin1String("basis")).toString();
        for (const char* side : {"from", "into"}) {
            for (const QJsonValue& name : o.value(QLatin1String(side)).toArray()) {
                auto id = unitId(catalog, name.toString());
                if (!id)
                    return id.error();
                (qstrcmp(side, "from") == 0 ? event.predecessors : event.successors).append(id.value());
            }
        }
        QList<Unit> newUnits;
        for (const QJsonValue& n : o.value(QLatin1String("new_units")).toArray()) {
            const QJsonObject u = n.toObject();
            Unit unit;
            unit.code = u.value(QLatin1String("code")).toString();
            unit.name = u.value(QLatin1String("name")).toString();
            unit.kind = u.value(QLatin1String("kind")).toString();
            if (u.value(QLatin1String("valid_to")).isDouble())
                unit.validTo = u.value(QLatin1String("valid_to")).toInt();
            newUnits.append(unit);
        }
        if (auto recorded = store.recordWithin(event, newUnits); !recorded)
            return Error::storage(
                QStringLiteral("demo: event of %1: %2").arg(event.year).arg(recorded.error().message));
    }
    return success();
}

Status loadIndexes(Catalog& catalog, const QJsonObject& demo)
{
    for (const QJsonValue& v : demo.value(QLatin1String("indexes")).toArray()) {
        const QJsonObject o = v.toObject();
        Index index;
        index.code = o.value(QLatin1String("code")).toString();
        index.name = o.value(QLatin1String("name")).toString();
        parseAggregation(o.value(QLatin1String("aggregation")).toString(), &index.aggregation);
        index.illustrative = o.value(QLatin1String("illustrative")).toBool();
        const QString main = o.value(QLatin1String("main_unit")).toString();
        if (!main.isEmpty()) {
            auto id = unitId(catalog, main);
            if (!id)
                return id.error();
            index.mainUnitId = id.value();
        }
        auto saved = catalog.saveIndex(index);
        if (!saved)
            return saved.error();
    }
    for (const QJsonValue& v : demo.value(QLatin1String("cohorts")).toArray()) {
        const QJsonObject o = v.toObject();
        auto index = catalog.index(o.value(QLatin1String("index")).toString());
        if (!index)
            return index.error();
        const QString name = o.value(QLatin1String("name")).toString();
        bool isDefault = false;
        for (const QJsonValue& i : demo.value(QLatin1String("indexes")).toArray()) {
            const QJsonObject io = i.toObject();
            isDefault = isDefault
                || (io.value(QLatin1String("code")).toString() == index->code
                    && io.value(QLatin1String("default_cohort")).toString() == name);
        }
        if (auto c = catalog.ensureCohort(index->id, name, o.value(QLatin1String("unit_kind")).toString(), isDefault);
            !c)
            return c.error();
    }
    return success();
}

Result<QList<Band>> bandsOf(const QJsonObject& demo, const QString& indexCode)
{
    for (const QJsonValue& v : demo.value(QLatin1String("indexes")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("code")).toString() != indexCode)
            continue;
        QStringList spec;
        for (const QJsonValue& b : o.value(QLatin1String("bands")).toArray())
            spec << b.toObject().value(QLatin1String("min_percent")).toString() + u'='
                    + b.toObject().value(QLatin1String("label")).toString();
        return parseBands(spec.join(u';'));
    }
    return defaultBands();
}

Status loadFrameworks(Catalog& catalog, const QJsonObject& demo)
{
    for (const QJsonValue& v : demo.value(QLatin1String("frameworks")).toArray()) {
        const QJsonObject o = v.toObject();
        auto index = catalog.index(o.value(QLatin1String("index")).toString());
        auto table = readDemoFile(o.value(QLatin1String("file")).toString());
        if (!index || !table)
            return !index ? index.error() : table.error();
        auto parsed = FrameworkImport::parse(table.value(), index.value());
        auto bands = bandsOf(demo, index->code);
        if (!parsed || !bands)
            return !parsed ? parsed.error() : bands.error();
        auto stored = FrameworkImport::store(catalog, index.value(), o.value(QLatin1String("year")).toInt(),
                                             parsed->framework, bands.value());
        if (!stored)
            return stored.error();
    }
    return success();
}

Status loadScores(Catalog& catalog, const QJsonObject& demo)
{
    for (const QJsonValue& v : demo.value(QLatin1String("scores")).toArray()) {
        const QJsonObject o = v.toObject();
        auto table = readDemoFile(o.value(QLatin1String("file")).toString());
        if (!table)
            return table.error();
        Stage stage = Stage::Final;
        parseStage(o.value(QLatin1String("stage")).toString(), &stage);
        auto plan = ScoreImport::prepare(catalog, table.value(), o.value(QLatin1String("index")).toString(),
                                         o.value(QLatin1String("year")).toInt(),
                                         o.value(QLatin1String("cohort")).toString(), stage);
        if (!plan)
            return plan.error();
        if (Status s = ScoreImport::write(catalog, plan.value()); !s)
            return s;
    }
    return success();
}

Status loadRanksAndFinalisations(Catalog& catalog, const QJsonObject& demo)
{
    for (const QJsonValue& v : demo.value(QLatin1String("published_ranks")).toArray()) {
        const QJsonObject o = v.toObject();
        auto index = catalog.index(o.value(QLatin1String("index")).toString());
        if (!index)
            return index.error();
        auto cohort = catalog.resolveCohort(index.value(), o.value(QLatin1String("cohort")).toString());
        auto unit = unitId(catalog, o.value(QLatin1String("unit")).toString());
        if (!cohort || !unit)
            return !cohort ? cohort.error() : unit.error();
        const PublishedRank rank {o.value(QLatin1String("rank")).toInt(), o.value(QLatin1String("of")).toInt(),
                                  o.value(QLatin1String("source")).toString()};
        if (Status s = catalog.setPublishedRank(index.value(), cohort->id, o.value(QLatin1String("year")).toInt(),
                                                unit.value(), rank);
            !s)
            return s;
    }
    for (const QJsonValue& v : demo.value(QLatin1String("finalised")).toArray()) {
        const QJsonObject o = v.toObject();
        auto index = catalog.index(o.value(QLatin1String("index")).toString());
        if (!index)
            return index.error();
        auto cohort = catalog.resolveCohort(index.value(), o.value(QLatin1String("cohort")).toString());
        if (!cohort)
            return cohort.error();
        if (Status s = catalog.finalise(cohort->id, o.value(QLatin1String("year")).toInt()); !s)
            return s;
    }
    return success();
}

// The demo's made-up detail under real published totals, so that reports mark it where it appears.
Status loadIllustrative(Catalog& catalog, const QJsonObject& demo)
{
    for (const QJsonValue& v : demo.value(QLatin1String("illustrative_figures")).toArray()) {
        const QJsonObject o = v.toObject();
        auto index = catalog.index(o.value(QLatin1String("index")).toString());
        if (!index)
            return index.error();
        const int year = o.value(QLatin1String("year")).toInt();
        auto framework = catalog.requireFramework(index.value(), year);
        if (!framework)
            return framework.error();
        const Framework& f = framework.value();
        QStringList codes;
        for (const QJsonValue& c : o.value(QLatin1String("codes")).toArray())
            codes << c.toString();
        if (o.contains(QLatin1String("under"))) {
            const QString under = o.value(QLatin1String("under")).toString();
            const int top = under.isEmpty() ? 0 : f.find(under);
            QStringList except;
            for (const QJsonValue& c : o.value(QLatin1String("except")).toArray())
                except << c.toString();
            for (int i = 1; i < f.criteria.size(); ++i) {
                bool below = false;
                for (int p = f.criteria[i].parent; p >= 0 && !below; p = f.criteria[p].parent)
                    below = p == top;
                if (below && !except.contains(f.criteria[i].code))
                    codes << f.criteria[i].code;
            }
        }
        if (Status s = ReportSettingsStore(catalog.database()).markIllustrative(index->id, year, codes); !s)
            return s;
    }
    return success();
}

} // namespace

Status Demo::load(Catalog& catalog)
{
    QFile file(QStringLiteral(":/demo/demo.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Error::storage(tr("the demo data is missing from the program"));
    QJsonParseError parseError;
    const QJsonObject demo = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return Error::storage(tr("the demo data is damaged: %1").arg(parseError.errorString()));

    Database::Transaction transaction(catalog.database(), tr("demo database"));
    if (!transaction.ok())
        return transaction.error();
    for (auto step : {&loadIndexes, &loadFrameworks, &loadScores, &loadRanksAndFinalisations, &loadIllustrative}) {
        if (step == &loadIndexes) {
            if (Status s = loadUnits(catalog, demo.value(QLatin1String("units")).toArray()); !s)
                return s;
            if (Status s = loadEvents(catalog, demo.value(QLatin1String("events")).toArray()); !s)
                return s;
        }
        if (Status s = step(catalog, demo); !s)
            return s;
    }
    return transaction.commit();
}

} // namespace par
