#include "storage/FrameworkStore.h"

#include "storage/StoreSupport.h"

#include <QHash>

namespace par {

using namespace store;

Result<QList<int>> FrameworkStore::years(qint64 indexId)
{
    return readAll<int>(m_db.run("frameworks.years", {{"index", indexId}}),
                        [](const sql::Query& q) { return q.value(0).toInt(); });
}

Result<std::optional<Framework>> FrameworkStore::framework(const Index& index, int year)
{
    auto id = scalar(m_db.run("frameworks.id", {{"index", index.id}, {"year", year}}));
    if (!id)
        return id.error();
    if (id.value().isNull())
        return std::optional<Framework>();
    auto loaded = loadFramework(index, id.value().toLongLong(), year);
    if (!loaded)
        return loaded.error();
    return std::optional<Framework>(std::move(loaded).value());
}

Result<Framework> FrameworkStore::requireFramework(const Index& index, int year)
{
    auto found = framework(index, year);
    if (!found)
        return found.error();
    if (!found.value())
        return Error::usage(tr("index %1 has no framework for %2; import one with \"parindex index import\"")
                                .arg(index.code)
                                .arg(year));
    return *found.value();
}

Result<Framework> FrameworkStore::loadFramework(const Index& index, qint64 frameworkId, int year)
{
    Framework f;
    f.id = frameworkId;
    f.indexId = index.id;
    f.indexCode = index.code;
    f.year = year;
    auto q = m_db.run("frameworks.criteria", {{"framework", frameworkId}});
    if (!q)
        return q.error();
    QHash<qint64, int> positionOf;
    while (q.value().next()) {
        const sql::Query& r = q.value();
        Criterion c;
        c.id = r.value(0).toLongLong();
        c.parent = r.isNull(1) ? -1 : positionOf.value(r.value(1).toLongLong(), -1);
        c.code = r.value(2).toString();
        c.title = r.value(3).toString();
        c.maxPoints = Decimal::fromMicro(r.value(4).toLongLong());
        parseAggregation(r.value(5).toString(), &c.aggregation);
        c.leadUnit = r.value(6).toString();
        positionOf.insert(c.id, int(f.criteria.size()));
        f.criteria.append(c);
    }
    if (!q.value().error().message.isEmpty())
        return q.value().error();
    if (f.criteria.isEmpty() || !f.criteria.first().isRoot())
        return Error::storage(tr("the %1 framework of %2 has no root criterion").arg(year).arg(index.code));
    f.link();
    auto bands = readAll<Band>(m_db.run("frameworks.bands", {{"framework", frameworkId}}), [](const sql::Query& r) {
        return Band {Decimal::fromMicro(r.value(0).toLongLong()), r.value(1).toString()};
    });
    if (!bands)
        return bands.error();
    f.bands = bands.value();
    return f;
}

Result<bool> FrameworkStore::frameworkHasScores(qint64 frameworkId)
{
    auto q = scalar(m_db.run("frameworks.has_scores", {{"framework", frameworkId}}));
    if (!q)
        return q.error();
    return q.value().toBool();
}

Result<Framework> FrameworkStore::saveFramework(const Index& index, int year, Framework framework)
{
    auto existing = scalar(m_db.run("frameworks.id", {{"index", index.id}, {"year", year}}));
    if (!existing)
        return existing.error();
    qint64 frameworkId = 0;
    if (!existing.value().isNull()) {
        frameworkId = existing.value().toLongLong();
        for (const char* name : {"frameworks.delete_criteria", "frameworks.delete_bands"}) {
            if (Status s = done(m_db.run(name, {{"framework", frameworkId}})); !s)
                return s.error();
        }
    } else {
        auto inserted = scalar(m_db.run("frameworks.insert", {{"index", index.id}, {"year", year}}));
        if (!inserted)
            return inserted.error();
        frameworkId = inserted.value().toLongLong();
    }
    framework.id = frameworkId;
    framework.indexId = index.id;
    framework.indexCode = index.code;
    framework.year = year;
    for (int i = 0; i < framework.criteria.size(); ++i) {
        Criterion& c = framework.criteria[i];
        const QVariant parentId = c.parent < 0 ? QVariant() : QVariant(framework.criteria[c.parent].id);
        auto id = scalar(m_db.run("frameworks.insert_criterion",
                                  {{"framework", frameworkId},
                                   {"parent", parentId},
                                   {"code", c.code.isNull() ? QStringLiteral("") : c.code},
                                   {"title", c.title},
                                   {"max_micro", c.maxPoints.micro()},
                                   {"aggregation", aggregationName(c.aggregation)},
                                   {"lead_unit", nullable(c.leadUnit)},
                                   {"position", i}}));
        if (!id)
            return id.error();
        c.id = id.value().toLongLong();
    }
    for (const Band& band : framework.bands) {
        if (Status s = done(m_db.run(
                "frameworks.insert_band",
                {{"framework", frameworkId}, {"min_percent", band.minPercent.micro()}, {"label", band.label}}));
            !s)
            return s.error();
    }
    framework.link();
    return framework;
}

} // namespace par
