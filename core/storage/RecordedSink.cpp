#include "storage/RecordedSink.h"

#include <sqlite3.h>

#include <algorithm>

namespace par {

IdPlaces::IdPlaces(const QList<qint64>& ids)
{
    if (ids.isEmpty())
        return;
    const auto [low, high] = std::minmax_element(ids.cbegin(), ids.cend());
    m_min = *low;
    // Compact enough: a table of ints at most eight times the list (and a little over for short lists).
    if (*high - *low < 8 * qint64(ids.size()) + 64) {
        m_dense.assign(size_t(*high - *low + 1), -1);
        for (int i = int(ids.size()) - 1; i >= 0; --i)
            m_dense[size_t(ids[i] - m_min)] = i;
        return;
    }
    m_sparse.reserve(ids.size());
    for (int i = int(ids.size()) - 1; i >= 0; --i)
        m_sparse.insert(ids[i], i);
}

namespace {

// The aggregate's state: the sink, looked up once (sqlite3_value_pointer compares the type name on every call), and
// how many values it took.
struct Collecting
{
    RecordedSink* sink;
    sqlite3_int64 count;
    bool looked;
};

void step(sqlite3_context* context, int, sqlite3_value** argv)
{
    auto* state = static_cast<Collecting*>(sqlite3_aggregate_context(context, sizeof(Collecting)));
    if (!state) {
        sqlite3_result_error_nomem(context);
        return;
    }
    if (!state->looked) {
        state->sink = static_cast<RecordedSink*>(sqlite3_value_pointer(argv[0], recordedSinkType));
        state->looked = true;
    }
    if (!state->sink)
        return;
    state->sink->put(sqlite3_value_int64(argv[1]), sqlite3_value_int64(argv[2]), sqlite3_value_int64(argv[3]));
    ++state->count;
}

// The number of values taken (0 without a sink).
void finish(sqlite3_context* context)
{
    auto* state = static_cast<Collecting*>(sqlite3_aggregate_context(context, 0));
    sqlite3_result_int64(context, state ? state->count : 0);
}

} // namespace

int registerRecordedInto(sqlite3* db)
{
    return sqlite3_create_function_v2(db, "recorded_into", 4, SQLITE_UTF8 | SQLITE_DIRECTONLY, nullptr, nullptr, step,
                                      finish, nullptr);
}

} // namespace par
