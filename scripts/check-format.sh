#!/usr/bin/env bash
# Fails when a C++ file differs from .clang-format; fix with: clang-format -i FILE
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mapfile -t files < <(git ls-files '*.cpp' '*.h' 2>/dev/null || find app core tests bench ui -name '*.cpp' -o -name '*.h')
bad=()
for f in "${files[@]}"; do
    [ -f "$f" ] || continue
    clang-format --dry-run -Werror "$f" >/dev/null 2>&1 || bad+=("$f")
done
if [ ${#bad[@]} -gt 0 ]; then
    echo "clang-format would change: ${bad[*]}" >&2
    exit 1
fi
echo "format: ${#files[@]} files ok"
