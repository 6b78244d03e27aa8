#include "storage/IndexStore.h"

#include "storage/StoreSupport.h"

namespace par {

using namespace store;

namespace {

Index readIndex(const sql::Query& q)
{
    Index i;
    i.id = q.value(0).toLongLong();
    i.code = q.value(1).toString();
    i.name = q.value(2).toString();
    parseAggregation(q.value(3).toString(), &i.aggregation);
    i.mainUnitId = q.value(4).toLongLong();
    i.illustrative = q.value(5).toBool();
    return i;
}

} // namespace

Result<std::optional<Index>> IndexStore::findIndex(const QString& code)
{
    return readOne<Index>(m_db.run("indices.by_code", {{"code", code}}), readIndex);
}

Result<Index> IndexStore::index(const QString& code)
{
    auto found = findIndex(code);
    if (!found)
        return found.error();
    if (!found.value())
        return Error::usage(tr("there is no index %1 in %2").arg(code, m_db.path()));
    return *found.value();
}

Result<QList<Index>> IndexStore::indexes()
{
    return readAll<Index>(m_db.run("indices.all"), readIndex);
}

Result<Index> IndexStore::saveIndex(const Index& index)
{
    const std::initializer_list<sql::Binding> values {{"code", index.code},
                                                      {"name", index.name},
                                                      {"aggregation", aggregationName(index.aggregation)},
                                                      {"main_unit", nullableId(index.mainUnitId)},
                                                      {"illustrative", index.illustrative ? 1 : 0}};
    auto updated = scalar(m_db.run("indices.update", values));
    if (!updated)
        return updated.error();
    Index saved = index;
    if (!updated.value().isNull()) {
        saved.id = updated.value().toLongLong();
        return saved;
    }
    auto inserted = scalar(m_db.run("indices.insert", values));
    if (!inserted)
        return inserted.error();
    saved.id = inserted.value().toLongLong();
    return saved;
}

} // namespace par
