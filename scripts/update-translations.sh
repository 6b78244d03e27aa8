#!/usr/bin/env bash
# Refreshes translations/*.ts from every tr() in app/, core/ and ui/ (keeps existing translations; drops none).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
lupdate=/usr/lib/qt6/bin/lupdate
cd "$root"
for lang in vi en; do
    "$lupdate" -silent -locations none -no-obsolete app core ui -ts "translations/parindex_$lang.ts"
done
