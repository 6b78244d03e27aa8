#pragma once

// Shared by the repositories behind Catalog: reading rows of the executor's queries, and values for nullable columns.

#include "Result.h"
#include "storage/Sql.h"

#include <QList>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace par::store {

inline QVariant nullable(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

inline QVariant nullable(const std::optional<int>& value)
{
    return value ? QVariant(*value) : QVariant();
}

inline QVariant nullableId(qint64 id)
{
    return id ? QVariant(id) : QVariant();
}

template <typename T, typename Read> Result<QList<T>> readAll(Result<sql::Query> q, Read read)
{
    if (!q)
        return q.error();
    QList<T> out;
    while (q.value().next())
        out.append(read(q.value()));
    if (!q.value().error().message.isEmpty())
        return q.value().error();
    return out;
}

template <typename T, typename Read> Result<std::optional<T>> readOne(Result<sql::Query> q, Read read)
{
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<T>();
    return std::optional<T>(read(q.value()));
}

// The first column of the first row (a count, an EXISTS, a RETURNING id), or def when there is no row.
inline Result<QVariant> scalar(Result<sql::Query> q, const QVariant& def = QVariant())
{
    if (!q)
        return q.error();
    if (!q.value().next())
        return def;
    return q.value().value(0);
}

// Items as a PostgreSQL array's text, "{1,2,NULL}": numbers and NULL need no quoting.
inline QString arrayText(const QStringList& items)
{
    return u'{' + items.join(u',') + u'}';
}

// Ids as an array's text, bound to a server's statement in place of staged rows.
inline QString idArray(const QList<qint64>& ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts << QString::number(id);
    return arrayText(parts);
}

inline Status done(const Result<sql::Query>& q)
{
    if (!q)
        return q.error();
    return success();
}

} // namespace par::store
