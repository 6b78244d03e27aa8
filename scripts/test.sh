#!/usr/bin/env bash
# Installs what is missing, checks the formatting, builds and runs every test.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${PARINDEX_BUILD_DIR:-$root/build}"
bash "$root/scripts/install-deps.sh"
bash "$root/scripts/check-format.sh"
bash "$root/scripts/build.sh"
bash "$root/scripts/check-packages.sh" "$build"
cd "$build"
ctest --output-on-failure -j2 --timeout 600
