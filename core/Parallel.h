#pragma once

#include <future>
#include <memory>
#include <system_error>
#include <type_traits>

namespace par {

// Runs work on a thread of its own beside the caller's, as std::async(std::launch::async) does: the future gives its
// result, and its destructor waits for the work. Where the system refuses a new thread (EAGAIN: a process limit
// reached), the work runs on the caller's thread when its result is asked for, rather than the program stopping on
// the exception. Not std::async(async | deferred), which means the same: libstdc++ 12 moves the work into the refused
// thread's state before it falls back, and so ran a moved-from copy (an import read the file name as empty; the test
// Cli.ImportsTheSameWhereNoThreadCanBeStarted).
template <typename Work> auto inParallel(Work&& work) -> std::future<std::invoke_result_t<std::decay_t<Work>&>>
{
    const auto shared = std::make_shared<std::decay_t<Work>>(std::forward<Work>(work));
    const auto run = [shared] { return (*shared)(); };
    try {
        return std::async(std::launch::async, run);
    } catch (const std::system_error&) {
        return std::async(std::launch::deferred, run);
    }
}

} // namespace par
