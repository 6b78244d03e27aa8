#!/usr/bin/env bash
# CTest "package": makes the Debian package from a built tree with CPack, unpacks it into a temporary root with
# dpkg -x and runs the installed program from there. Usage: test-package.sh BUILD_DIR [CPACK]
set -euo pipefail
build="$(cd "$1" && pwd)"
cpack="${2:-cpack}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

"$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$tmp/out" >"$tmp/cpack.log" 2>&1 || { cat "$tmp/cpack.log"; fail "cpack"; }
debs=("$tmp"/out/*.deb)
[ -f "${debs[0]}" ] || fail "no .deb made"
dpkg-deb -f "${debs[0]}" Depends | grep -q "libqt6widgets6" || fail "Depends lacks the Qt libraries (dpkg-shlibdeps)"
dpkg-deb -f "${debs[0]}" Depends | grep -q "libqt6sql6-sqlite" || fail "Depends lacks the Qt SQLite driver"
root="$tmp/root"
dpkg -x "${debs[0]}" "$root"

for f in bin/parindex libexec/parindex/parindex-desktop share/applications/vn.parindex.Parindex.desktop share/metainfo/vn.parindex.Parindex.metainfo.xml \
    share/icons/hicolor/scalable/apps/vn.parindex.Parindex.svg share/man/man1/parindex.1.gz \
    share/doc/parindex/copyright share/doc/parindex/LiberationSerif-OFL.txt share/doc/parindex/changelog.gz; do
    [ -s "$root/usr/$f" ] || fail "the package lacks /usr/$f"
done
for size in 16 22 24 32 48 64 128 256; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/vn.parindex.Parindex.png"
    file -b "$png" | grep -q "PNG image data, $size x $size" || fail "$png is not a ${size}x${size} PNG"
done

# The manual's pictures, rendered by the build from the demo, in both languages.
for language in vi en; do
    for name in overview entry rankings trends setup report; do
        png="$root/usr/share/parindex/screenshots/$language/$name.png"
        file -b "$png" | grep -q "PNG image data, 1280 x 800" || fail "$png is not a 1280x800 PNG"
    done
done

# The installed program runs from the temporary root: no file of the build tree or the source is needed.
# The command line starts without Qt's GUI libraries; the desktop part (handed over to for reports and the window)
# has them.
# (Read whole first: grep -q stops reading at its match, and objdump's SIGPIPE would fail the pipe under pipefail.)
if command -v objdump >/dev/null; then
    console="$(objdump -p "$root/usr/bin/parindex")"
    desktop="$(objdump -p "$root/usr/libexec/parindex/parindex-desktop")"
    grep -q "NEEDED.*libQt6Gui" <<<"$console" && fail "/usr/bin/parindex links Qt's GUI libraries"
    grep -q "NEEDED.*libQt6Widgets" <<<"$desktop" || fail "parindex-desktop lacks Qt Widgets"
fi

export HOME="$tmp/home"
mkdir -p "$HOME"
version="$("$root/usr/bin/parindex" --version)"
[ "$version" = "parindex $(dpkg-deb -f "${debs[0]}" Version)" ] || fail "parindex --version says '$version'"
"$root/usr/bin/parindex" demo --db "$tmp/demo.db" || fail "parindex demo"
"$root/usr/bin/parindex" ranking --db "$tmp/demo.db" --index PAR --year 2018 --format csv --lang en >"$tmp/ranking.csv" \
    || fail "parindex ranking on the demo"
grep -q "Bắc Kạn" "$tmp/ranking.csv" || fail "the demo's ranking lacks Bắc Kạn"
# The report's fonts travel inside the program: the PDF embeds Liberation Serif whatever the machine has.
"$root/usr/bin/parindex" report --db "$tmp/demo.db" --index PAR --year 2018 --out "$tmp/report.pdf" >/dev/null \
    || fail "parindex report on the demo"
if command -v pdffonts >/dev/null; then
    pdffonts "$tmp/report.pdf" | grep -q "^LiberationSerif .* yes" || fail "the report does not embed Liberation Serif"
fi
echo "package $(basename "${debs[0]}") installs and runs: $version"
