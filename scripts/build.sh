#!/usr/bin/env bash
# Configures and builds parindex into build/ (or $PARINDEX_BUILD_DIR).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${PARINDEX_BUILD_DIR:-$root/build}"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPARINDEX_WERROR=ON "$@" >/dev/null
cmake --build "$build" -j2
