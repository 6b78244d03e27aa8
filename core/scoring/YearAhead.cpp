#include "scoring/YearAhead.h"

#include "storage/Catalog.h"

#include <sqlite3.h>

#include <atomic>
#include <mutex>
#include <system_error>

namespace par {

namespace {

std::mutex hookMutex;
std::function<void()> beforeSnapshot;
std::atomic<int> taken {0};

// In the thread: its own connection, its own snapshot, begun after the caller's. Nothing when anything fails; the
// caller then reads the year itself.
std::optional<CohortYear> readYear(const QString& path, const Framework& framework, const Cohort& cohort, Stage stage)
{
    auto db = Database::openExisting(path);
    if (!db)
        return std::nullopt;
    {
        const std::lock_guard<std::mutex> lock(hookMutex);
        if (beforeSnapshot)
            beforeSnapshot();
    }
    Database::ReadSnapshot snapshot(*db.value());
    if (!snapshot.isOwn())
        return std::nullopt;
    Catalog catalog(*db.value());
    auto year = Standings(catalog).cohortYear(framework, cohort, stage);
    if (!year)
        return std::nullopt;
    return std::move(year).value();
}

bool inFile(const Database& db)
{
    const char* file = db.handle() ? sqlite3_db_filename(db.handle(), "main") : nullptr;
    return file && *file;
}

} // namespace

YearAhead::YearAhead(std::future<std::optional<CohortYear>> result)
    : m_result(std::move(result))
{
}

std::unique_ptr<YearAhead> YearAhead::start(Database& db, const Database::ReadSnapshot& snapshot,
                                            const Framework& framework, const Cohort& cohort, Stage stage)
{
    if (!snapshot.isOwn() || !inFile(db) || db.schemaVersion() != Database::latestVersion())
        return nullptr;
    // Copies for the thread: the caller's objects may change while it runs.
    try {
        return std::unique_ptr<YearAhead>(new YearAhead(
            std::async(std::launch::async, readYear, db.path(), Framework(framework), Cohort(cohort), stage)));
    } catch (const std::system_error&) {
        return nullptr; // the system refuses a new thread (EAGAIN): the caller reads the year itself
    }
}

YearAhead::Outcome YearAhead::take(Database::ReadSnapshot& snapshot, CohortYear& out)
{
    std::optional<CohortYear> year = m_result.get();
    switch (snapshot.renew()) {
    case Database::ReadSnapshot::Renewal::Kept:
        return Outcome::ReadItYourself;
    case Database::ReadSnapshot::Renewal::Moved:
        return Outcome::StartAgain;
    case Database::ReadSnapshot::Renewal::Same:
        break;
    }
    if (!year)
        return Outcome::ReadItYourself;
    out = std::move(*year);
    ++taken;
    return Outcome::Read;
}

void YearAhead::setBeforeSnapshotHook(std::function<void()> hook)
{
    const std::lock_guard<std::mutex> lock(hookMutex);
    beforeSnapshot = std::move(hook);
}

int YearAhead::takenCount()
{
    return taken.load();
}

} // namespace par
