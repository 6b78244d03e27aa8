#!/usr/bin/env bash
# Builds a second tree with Clang, AddressSanitizer and UndefinedBehaviorSanitizer (build-asan/, or
# $PARINDEX_ASAN_BUILD_DIR) and runs every test in it; any sanitizer report or Clang warning fails the run.
# So CI's second build is both the second compiler (scripts/test.sh builds with GCC) and the sanitizers.
# Run after scripts/test.sh, which installs the packages (clang, libclang-rt-14-dev).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${PARINDEX_ASAN_BUILD_DIR:-$root/build-asan}"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER="${CXX:-clang++}" \
    -DCMAKE_BUILD_TYPE=Debug -DPARINDEX_WERROR=ON -DPARINDEX_SANITIZE=ON \
    -DPARINDEX_BUILD_BENCH=OFF "$@" >/dev/null
cmake --build "$build" -j2
# Leak checking is off: at exit Qt leaves only "indirect" leaks of its own (text documents, connections), no
# direct leak of ours (checked when this was set up), and LeakSanitizer cannot tell them apart without Qt symbols.
export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
cd "$build"
ctest --output-on-failure -j2 --timeout 600
