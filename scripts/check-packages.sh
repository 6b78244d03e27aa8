#!/usr/bin/env bash
# Fails when the build uses a Debian package that scripts/install-deps.sh does not install: a package owning a CMake
# package folder the build found (the *_DIR entries of CMakeCache.txt under /usr) or a library it links
# (/usr/lib/*.so in build.ninja) must be listed, or be a hard dependency (Depends/PreDepends, recursively; not
# Recommends, which install-deps.sh does not install) of a listed package. A machine that already has the package
# builds either way; a fresh one fails at configure, which is what this check catches.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-${PARINDEX_BUILD_DIR:-$root/build}}"
cache="$build/CMakeCache.txt"
if [ ! -f "$cache" ]; then
    echo "check-packages: no $cache; build first" >&2
    exit 1
fi
if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-cache >/dev/null 2>&1; then
    echo "check-packages: not a Debian system; skipped"
    exit 0
fi

mapfile -t listed < <(bash -c 'source <(sed -n "/^packages=(/,/^)/p" "$1"); printf "%s\n" "${packages[@]}"' _ \
    "$root/scripts/install-deps.sh")
if [ ${#listed[@]} -eq 0 ]; then
    echo "check-packages: no packages=( ... ) list in scripts/install-deps.sh" >&2
    exit 1
fi

depends() {
    apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks --no-replaces \
        --no-enhances "${listed[@]}" 2>/dev/null | grep -v '^ ' | sed -e 's/:.*//' -e 's/^<\(.*\)>$/\1/' | sort -u
}
closure="$(depends)"
# An empty package cache knows no dependencies: read it once and try again.
if ! grep -qx "libc6" <<<"$closure"; then
    if [ "$(id -u)" -eq 0 ]; then apt-get update -qq; else sudo apt-get update -qq; fi
    closure="$(depends)"
fi
declare -A known=()
while read -r p; do [ -n "$p" ] && known["$p"]=1; done <<<"$closure"
for p in "${listed[@]}"; do known["$p"]=1; done

# Files the build used: a CMake config file from each package folder, and each linked library.
used_files() {
    grep -E '^[A-Za-z0-9_]+_DIR:PATH=/usr/' "$cache" | sed 's/^[^=]*=//' | while read -r dir; do
        [ -d "$dir" ] || continue
        # The folder's own config file (Qt6Gui/Qt6GuiConfig.cmake), not a plugin's that another package put there.
        name="$(basename "$dir")"
        lower="$(printf '%s' "$name" | tr '[:upper:]' '[:lower:]')"
        for c in "$dir/${name}Config.cmake" "$dir/${lower}-config.cmake"; do
            [ -f "$c" ] && echo "$c" && continue 2
        done
        find "$dir" -maxdepth 1 -type f \( -name '*Config.cmake' -o -name '*-config.cmake' \) | sort | head -n1
    done
    if [ -f "$build/build.ninja" ]; then
        grep -ohE '/usr/lib/[^ ]*\.so[0-9.]*' "$build/build.ninja" | sort -u
    fi
}

missing=()
checked=0
while read -r f; do
    [ -n "$f" ] || continue
    pkg="$(dpkg -S "$f" 2>/dev/null | head -n1 | cut -d: -f1 | cut -d, -f1)"
    if [ -z "$pkg" ]; then
        # A link the package manager does not know (e.g. an alternatives link): judge the file it points to.
        real="$(readlink -f "$f")"
        pkg="$(dpkg -S "$real" 2>/dev/null | head -n1 | cut -d: -f1 | cut -d, -f1)"
    fi
    [ -n "$pkg" ] || continue
    checked=$((checked + 1))
    if [ -z "${known[$pkg]:-}" ]; then
        missing+=("$pkg ($f)")
    fi
done < <(used_files | sort -u)

if [ ${#missing[@]} -gt 0 ]; then
    echo "check-packages: the build uses packages that scripts/install-deps.sh does not install" >&2
    echo "(nor are they hard dependencies of a listed package); a fresh machine will fail. Add them:" >&2
    printf '  %s\n' "${missing[@]}" | sort -u >&2
    exit 1
fi
echo "packages: $checked files the build uses come from listed packages or their hard dependencies"
