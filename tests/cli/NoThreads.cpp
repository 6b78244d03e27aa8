// Preloaded into parindex by Cli.ImportsTheSameWhereNoThreadCanBeStarted: a system that refuses every new thread, as
// one whose process limit is reached does (RLIMIT_NPROC, for a user that is not root). std::async with the policy of
// core/Parallel.h then runs the work on the caller's thread when its result is needed. How many were refused is said
// on stderr at exit, so that the test knows the refusal took effect.
#include <atomic>
#include <cerrno>
#include <cstdio>

#include <pthread.h>

namespace {

std::atomic<int> refused {0};

struct Report
{
    ~Report() { std::fprintf(stderr, "nothreads: refused %d new threads\n", refused.load()); }
} report;

} // namespace

extern "C" int pthread_create(pthread_t*, const pthread_attr_t*, void* (*)(void*), void*) noexcept
{
    ++refused;
    return EAGAIN;
}
