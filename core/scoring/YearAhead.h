#pragma once

#include "scoring/Standing.h"
#include "storage/Database.h"

#include <functional>
#include <future>
#include <memory>
#include <optional>

namespace par {

// A cohort's standing in another year (last year's, for a ranking's change) read beside the caller's own reads: on a
// second connection to the same SQLite file, in a thread of its own, while the caller reads this year on its own
// connection. A national year is a third of a million values; side by side, two years take about the time of one on
// a machine with two cores. What the thread read is used only when the caller's snapshot proves that both saw one
// state of the file (Database::ReadSnapshot::renew); otherwise the caller reads that year itself.
class YearAhead
{
public:
    // Starts the read, or returns null where it cannot help or its state cannot be proved the caller's: a server, a
    // database that is not a file, a snapshot the caller does not own (inside a transaction, whose writes only its
    // connection sees), a file of an older schema (the second connection must not upgrade it).
    static std::unique_ptr<YearAhead> start(Database& db, const Database::ReadSnapshot& snapshot,
                                            const Framework& framework, const Cohort& cohort, Stage stage);

    enum class Outcome
    {
        Read, // out holds the standing, read in the caller's state
        ReadItYourself, // the caller's state is unchanged: it reads the year on its own connection
        StartAgain, // the file changed after the caller's first read: everything read so far must be read again
    };
    // Waits for the thread, then renews the caller's snapshot to compare states (see above).
    Outcome take(Database::ReadSnapshot& snapshot, CohortYear& out);

    // For tests: runs in the thread just before the second connection takes its snapshot (a test commits a change
    // there), and how many standings have been taken from a thread.
    static void setBeforeSnapshotHook(std::function<void()> hook);
    static int takenCount();

private:
    explicit YearAhead(std::future<std::optional<CohortYear>> result);

    std::future<std::optional<CohortYear>> m_result;
};

} // namespace par
