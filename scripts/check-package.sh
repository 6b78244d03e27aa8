#!/usr/bin/env bash
# Builds the Debian package (cmake --build build --target package) and checks it as a distribution would: the
# desktop entry (desktop-file-validate), the AppStream metainfo (appstreamcli validate) and the package (lintian,
# errors fail), then installs it into a temporary root and runs it (the CTest "package").
# Run after scripts/test.sh, which installs the packages and builds build/ (or $PARINDEX_BUILD_DIR).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${PARINDEX_BUILD_DIR:-$root/build}"
bash "$root/scripts/build.sh" >/dev/null
rm -f "$build"/parindex_*.deb
cmake --build "$build" --target package >/dev/null
deb="$(ls "$build"/parindex_*.deb)"
echo "Package: $deb"
dpkg-deb -f "$deb" Package Version Architecture Depends

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
dpkg -x "$deb" "$tmp"
desktop-file-validate "$tmp"/usr/share/applications/*.desktop
appstreamcli validate --no-net "$tmp"/usr/share/metainfo/*.metainfo.xml
lintian --fail-on error "$deb"
(cd "$build" && ctest -R '^package$' --output-on-failure)
