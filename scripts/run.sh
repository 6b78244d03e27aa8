#!/usr/bin/env bash
# Installs what is missing, builds parindex and runs it on the demo database (build/demo.db, made anew).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${PARINDEX_BUILD_DIR:-$root/build}"
bash "$root/scripts/install-deps.sh"
bash "$root/scripts/build.sh"
parindex="$build/app/parindex"
db="$build/demo.db"
"$parindex" demo --db "$db" --replace
# Until the desktop pages exist, show what the steering committee's meeting starts from.
"$parindex" trend --db "$db" --index PAR --unit "Bắc Kạn" --lang vi
echo
"$parindex" ranking --db "$db" --index BKCCHC --year 2018 --lang vi
echo
"$parindex" lost --db "$db" --index PAR --year 2018 --unit "Bắc Kạn" --lang vi
echo
"$parindex" check --db "$db" --lang vi
echo
echo "Demo database: $db   (try: $parindex --help)"
