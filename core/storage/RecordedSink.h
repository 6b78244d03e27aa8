#pragma once

#include "model/Decimal.h"

#include <QHash>
#include <QList>

#include <optional>
#include <vector>

struct sqlite3;

namespace par {

// Finds the place of an id among a set of ids: through a dense table where the ids are compact (units and criteria
// are numbered as they are created, so they nearly always are), else through a hash. A national read asks a third of
// a million times.
class IdPlaces
{
public:
    explicit IdPlaces(const QList<qint64>& ids);
    // The id's place in the list given (the first, for an id listed twice), or -1.
    int find(qint64 id) const
    {
        if (!m_dense.empty())
            return id >= m_min && id - m_min < qint64(m_dense.size()) ? m_dense[size_t(id - m_min)] : -1;
        return m_sparse.value(id, -1);
    }

private:
    qint64 m_min = 0;
    std::vector<int> m_dense;
    QHash<qint64, int> m_sparse;
};

// Where the aggregate recorded_into(:sink, criterion_id, unit_id, value_micro) of every SQLite connection puts a
// cohort-year's values: each row goes straight into the caller's per-unit arrays, inside the one sqlite3_step of the
// statement (scores.recorded_framework), instead of a step and two column reads per value in the caller. Reached
// only through a pointer the program binds (sqlite3_bind_pointer, type recordedSinkType); SQL text cannot forge one,
// and the function cannot be used from triggers or views. Without a bound sink it collects nothing.
struct RecordedSink
{
    RecordedSink(const QList<qint64>& criterionIds, const QList<qint64>& unitIds)
        : criteria(criterionIds)
        , units(unitIds)
        , values(size_t(unitIds.size()), nullptr)
    {
    }

    void put(qint64 criterionId, qint64 unitId, qint64 micro)
    {
        const int position = criteria.find(criterionId);
        const int unit = units.find(unitId);
        if (position >= 0 && unit >= 0)
            values[size_t(unit)][position] = Decimal::fromMicro(micro);
    }

    IdPlaces criteria; // by position in the framework
    IdPlaces units; // by place in the unit list
    // Each listed unit's values by criterion position, by their first element: the caller's arrays, detached.
    std::vector<std::optional<Decimal>*> values;
};

inline constexpr char recordedSinkType[] = "parindex.recorded_sink";

// Registers recorded_into on a connection; SQLITE_OK or SQLite's error code.
int registerRecordedInto(sqlite3* db);

} // namespace par
