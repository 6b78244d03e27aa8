#!/usr/bin/env bash
# Installs what is missing, builds parindex and runs it on a fresh demo database (build/demo.db).
# With a display it opens the desktop application; without one it writes the demo meeting report
# (build/demo-report.pdf) and prints the seed figures.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${PARINDEX_BUILD_DIR:-$root/build}"
bash "$root/scripts/install-deps.sh"
bash "$root/scripts/build.sh"
parindex="$build/app/parindex"
db="$build/demo.db"
"$parindex" demo --db "$db" --replace

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${PARINDEX_HEADLESS:-}" ]; then
    exec "$parindex" --db "$db"
fi

report="$build/demo-report.pdf"
if "$parindex" report --help >/dev/null 2>&1; then
    "$parindex" report --db "$db" --index PAR --year 2018 --out "$report"
    echo "Wrote the demo meeting report: $report"
fi
"$parindex" trend --db "$db" --index PAR --unit "Bắc Kạn" --lang vi
echo
"$parindex" ranking --db "$db" --index BKCCHC --year 2018 --lang vi
echo
echo "Demo database: $db   (desktop: $parindex --db $db; commands: $parindex --help)"
