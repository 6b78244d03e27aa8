#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources: every tr() and every QT_TRANSLATE_NOOP in app/, core/ and ui/ (the
# reports' and exports' words, contexts "Report" and "Export"), with each message's source locations. Keeps the
# existing translations, drops what the sources no longer have. The .ts files are the source of truth: translate new
# messages in them (Qt Linguist, or scripts/check-translations.py --apply translations/new-X.json), then check them
# with scripts/check-translations.py, which the tests run too.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
lupdate=/usr/lib/qt6/bin/lupdate
cd "$root"
for lang in vi en; do
    "$lupdate" -silent -locations relative -no-obsolete app core ui -ts "translations/parindex_$lang.ts"
done
