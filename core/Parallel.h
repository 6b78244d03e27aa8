#pragma once

#include <future>

namespace par {

// The launch policy for work that runs on a thread of its own beside the caller's (std::async): on a new thread where
// one can be started, else (the system refuses one: EAGAIN) when its result is asked for, on the caller's thread,
// rather than the program stopping on the exception. libstdc++ takes the thread whenever it can.
inline constexpr std::launch Parallel = std::launch::async | std::launch::deferred;

} // namespace par
