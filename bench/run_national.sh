#!/usr/bin/env bash
# National-scale benchmark: `parindex scores import` and `parindex ranking` against SQLite's own speed, measured in
# the same run: the sqlite3 shell's `.import` of the same values into a bare table, and a window-function ranking
# query on that table with an index. Also reports the database size against the bare table's.
#
#   bash bench/run_national.sh [OPTIONS] BUILD_DIR
#   bash bench/run_national.sh [OPTIONS] PARINDEX [GENERATOR]
#
# BUILD_DIR is a CMake build folder (uses BUILD_DIR/app/parindex and BUILD_DIR/bench/parindex_gen_national).
# The goal (issue: national scale is the normal case) is that each operation takes no more than GOAL (2.0) times the
# sqlite3 shell's time. Results are ratios against the baseline of the same run: machines are shared and noisy, so
# absolute times mean little.
#
# Options:
#   --report-only    print the table but exit 0 even when a ratio is above the goal (checks must still pass)
#   --runs N         timed import runs per side (default 7); ranking uses 2N (default 14). The two sides run in
#                    turn (parindex, bare, parindex, bare...), so that a change in the machine's load falls on both
#                    (timed with date(1); no hyperfine needed)
#   --units N        communes (default 3321)
#   --criteria N     leaf criteria (default 96)
#   --years N        the multi-year form: both databases already hold N-1 earlier years of the same communes when
#                    the last year (2024) is imported and ranked (default 1)
#   --seed N         generator seed (default 20240101)
#   --goal X         the ratio to meet for import and ranking (default 2.0; the size goal is 3.0)
#   --keep           keep the work folder (data, databases, timings) and print where it is
#   --work DIR       use DIR as the work folder (created; kept)
#
# Prints, per goal (import, ranking, size), both sides' medians with their spread, the ratio and PASS or FAIL.
# Exit codes: 0 goals met (or --report-only), 1 a ratio is above its goal, 2 usage error, missing tool or a check that
# the two sides did the same work failed.
set -euo pipefail
here=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)

INDEX=XA
YEAR=2024
COHORT='Xã, phường, thị trấn'

report_only=0
runs=7
years=1
units=3321
criteria=96
seed=20240101
goal=2.0
keep=0
work=

die() {
    echo "run_national.sh: $*" >&2
    exit 2
}

positional=()
while (($#)); do
    case "$1" in
    --report-only) report_only=1 ;;
    --runs) runs=${2:?--runs needs a number}; shift ;;
    --units) units=${2:?--units needs a number}; shift ;;
    --criteria) criteria=${2:?--criteria needs a number}; shift ;;
    --years) years=${2:?--years needs a number}; shift ;;
    --seed) seed=${2:?--seed needs a number}; shift ;;
    --goal) goal=${2:?--goal needs a number}; shift ;;
    --keep) keep=1 ;;
    --work) work=${2:?--work needs a folder}; keep=1; shift ;;
    -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    --) shift; positional+=("$@"); break ;;
    -*) die "unknown option $1 (see --help)" ;;
    *) positional+=("$1") ;;
    esac
    shift
done
((${#positional[@]} >= 1 && ${#positional[@]} <= 2)) || die "give a build folder, or the parindex executable and the generator (see --help)"
[[ $runs =~ ^[1-9][0-9]*$ ]] || die "--runs needs a positive whole number"
[[ $years =~ ^[1-9][0-9]?$ ]] || die "--years needs a whole number from 1 to 99"
[[ $goal =~ ^[0-9]+(\.[0-9]+)?$ ]] || die "--goal needs a number"

if [[ -d ${positional[0]} ]]; then
    parindex=${positional[0]}/app/parindex
    generator=${positional[1]:-${positional[0]}/bench/parindex_gen_national}
else
    parindex=${positional[0]}
    generator=${positional[1]:-$(dirname -- "$parindex")/../bench/parindex_gen_national}
fi
[[ -x $parindex ]] || die "$parindex is not an executable (build first: cmake --build BUILD_DIR)"
[[ -x $generator ]] || die "$generator is not an executable (build the parindex_gen_national target)"
parindex=$(realpath -- "$parindex")
generator=$(realpath -- "$generator")
for tool in sqlite3; do
    command -v "$tool" >/dev/null || die "$tool is not installed"
done

if [[ -n $work ]]; then
    mkdir -p -- "$work"
    work=$(realpath -- "$work")
else
    work=$(mktemp -d "${TMPDIR:-/tmp}/parindex-bench.XXXXXX")
fi
cleanup() {
    if ((keep)); then
        echo "work folder kept: $work"
    else
        rm -rf -- "$work"
    fi
}
trap cleanup EXIT
cd -- "$work"

echo "== parindex national-scale benchmark, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "   parindex:  $parindex"
echo "   sqlite3:   $(command -v sqlite3) ($(sqlite3 --version | cut -d' ' -f1))"
echo "   $(nproc) CPUs ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n1)), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "   work folder: $work"

# ---- Data ----
# One year: the generator's plain form. Several (--years): the same framework and communes, each year's own values,
# the long form with a year column; the years before the last are loaded into both templates, untimed.
first_year=$((YEAR - years + 1))
if ((years == 1)); then
    "$generator" --units "$units" --criteria "$criteria" --seed "$seed" --out "data/$YEAR"
else
    for ((y = first_year; y <= YEAR; y++)); do
        "$generator" --units "$units" --criteria "$criteria" --seed "$seed" --year "$y" --out "data/$y" >/dev/null
    done
    echo "wrote data/$first_year .. data/$YEAR ($years years of the same $units communes)"
fi

# Folds a database's WAL (if one was left) into the file, so that the file can be copied or moved alone.
settle() {
    if [[ -e $1-wal ]]; then
        sqlite3 "$1" 'PRAGMA wal_checkpoint(TRUNCATE);' >/dev/null
    fi
    rm -f -- "$1-wal" "$1-shm"
}
# The template parindex starts from: every year's framework, and the scores of the years before the last.
for ((y = first_year; y <= YEAR; y++)); do
    "$parindex" index import --db template.db --index "$INDEX" --year "$y" "data/$y/framework.csv" >/dev/null
done
for ((y = first_year; y < YEAR; y++)); do
    "$parindex" scores import --db template.db --index "$INDEX" --year "$y" --cohort "$COHORT" \
        "data/$y/scores.csv" >/dev/null
done
settle template.db

# Fresh copy of the template before every timed import run (both sides write run.db).
cat >reset.sh <<'EOF'
set -e
cd "$(dirname "$0")"
rm -f run.db run.db-wal run.db-shm
cp template.db run.db
EOF

# ---- Baseline: SQLite's own speed. Import: the shell's .import of the same values (unit, code, value in millionths)
# into a bare table: no constraint, no index, no trigger. Ranking: a window-function query on that table with an
# index on (unit, value_micro) (the year first in the multi-year form). ----
if ((years == 1)); then
    bare_columns='unit TEXT NOT NULL, code TEXT NOT NULL, value_micro INTEGER'
    bare_index='(unit, value_micro)'
    bare_where=''
else
    bare_columns='year INTEGER NOT NULL, unit TEXT NOT NULL, code TEXT NOT NULL, value_micro INTEGER'
    bare_index='(year, unit, value_micro)'
    bare_where="WHERE year = $YEAR"
fi
sqlite3 bare_template.db "CREATE TABLE bare_scores ($bare_columns);"
for ((y = first_year; y < YEAR; y++)); do
    sqlite3 bare_template.db ".import --csv --skip 1 data/$y/scores_long.csv bare_scores"
done
cat >reset_bare.sh <<'EOF'
set -e
cd "$(dirname "$0")"
rm -f bare.db bare.db-wal bare.db-shm
cp bare_template.db bare.db
EOF
cat >ranking.sql <<EOF
.bail on
.headers on
.mode csv
SELECT rank, unit, rtrim(rtrim(printf('%d.%06d', total / 1000000, total % 1000000), '0'), '.') AS total
FROM (SELECT unit, total, RANK() OVER (ORDER BY total DESC) AS rank
      FROM (SELECT unit, sum(value_micro) AS total FROM bare_scores $bare_where GROUP BY unit))
ORDER BY rank, unit;
EOF

ours_import=("$parindex" scores import --db run.db --index "$INDEX" --year "$YEAR" --cohort "$COHORT"
    "data/$YEAR/scores.csv")
base_import=(sqlite3 bare.db ".import --csv --skip 1 data/$YEAR/scores_long.csv bare_scores")
ours_ranking=("$parindex" ranking --db loaded.db --index "$INDEX" --year "$YEAR" --cohort "$COHORT" --format csv)
base_ranking=(sqlite3 ranked.db ".read ranking.sql")

# ---- Check once that both sides hold and rank the same values ----
echo
echo "== Checking that both sides hold and rank the same values"
bash reset.sh
"${ours_import[@]}" >/dev/null || die "parindex scores import failed"
settle run.db
mv run.db loaded.db
bash reset_bare.sh
"${base_import[@]}" || die "the sqlite3 shell's import failed"
cp bare.db ranked.db
sqlite3 ranked.db "CREATE INDEX bare_unit ON bare_scores $bare_index;"
ours_sum=$(sqlite3 loaded.db "SELECT count(*) || ' ' || sum(value_micro) FROM scores;")
base_sum=$(sqlite3 ranked.db "SELECT count(*) || ' ' || sum(value_micro) FROM bare_scores;")
echo "   scores (count, sum of millionths): ours $ours_sum, bare $base_sum"
[[ $ours_sum == "$base_sum" ]] || die "the import check failed: the two hold different values"
"${ours_ranking[@]}" >ranking_ours.csv || die "parindex ranking failed"
"${base_ranking[@]}" >ranking_base.csv || die "the sqlite3 shell's ranking failed"
agree=$(sqlite3 :memory: <<'EOF'
.mode csv
.import ranking_ours.csv ours
.import ranking_base.csv base
.mode list
SELECT count(*) FROM ours o JOIN base b ON b.unit = o.unit
WHERE CAST(o.rank AS INTEGER) = CAST(b.rank AS INTEGER) AND o.total = b.total;
EOF
)
echo "   ranking: (rank, total) agree for $agree of $units units"
((agree == units)) || die "the ranking check failed: the two rankings differ"

# ---- Timing: RUNS runs of each side in turn (ranking 2 x RUNS); the verdict is on the median wall time ----
source "$here/timing.sh"
for name in ours_import base_import ours_ranking base_ranking; do : >"times_$name.txt"; done
echo
echo "== Import: $units units x $criteria criteria, year $YEAR of $years, fresh database each run" \
    "($runs runs each, in turn)"
for ((i = 0; i < runs; i++)); do
    time_one ours_import reset.sh "${ours_import[@]}"
    time_one base_import reset_bare.sh "${base_import[@]}"
done
echo "== Ranking: the loaded cohort-year, CSV to /dev/null ($((runs * 2)) runs each, in turn)"
for ((i = 0; i < runs * 2; i++)); do
    time_one ours_ranking '' "${ours_ranking[@]}"
    time_one base_ranking '' "${base_ranking[@]}"
done

# ---- Report ----
failed=0
line() { printf '%-9s %24s %24s %6s %7s   %s\n' "$@"; }
row() { # operation ours base goal unit [ours-spread base-spread]
    local ratio verdict
    ratio=$(awk -v a="$2" -v b="$3" 'BEGIN { printf "%.2f", a / b }')
    if awk -v r="$ratio" -v g="$4" 'BEGIN { exit !(r <= g) }'; then verdict=PASS; else verdict=FAIL; failed=1; fi
    line "$1" "$2$5${6:+ ($6)}" "$3$5${7:+ ($7)}" "$ratio" "<= $4" "$verdict"
}
timed() { # operation goal: the medians (and min-max) of times_ours_OP.txt and times_base_OP.txt
    row "$1" "$(median <"times_ours_$1.txt")" "$(median <"times_base_$1.txt")" "$2" " s" \
        "$(spread <"times_ours_$1.txt")" "$(spread <"times_base_$1.txt")"
}
megabytes() { awk -v b="$(stat -c %s "$1")" 'BEGIN { printf "%.1f", b / 1048576 }'; }
echo
echo "== Result ($units units x $criteria criteria, $years year(s); ratio = parindex / bare SQLite," \
    "median wall time (min-max) of $runs import and $((runs * 2)) ranking runs)"
line operation parindex "bare SQLite" ratio goal verdict
timed import "$goal"
timed ranking "$goal"
row size "$(megabytes loaded.db)" "$(megabytes ranked.db)" 3.0 " MB"
echo "   (the bare table without its index: $(megabytes bare.db) MB; parindex's audit log:" \
    "$(sqlite3 loaded.db 'SELECT count(*) FROM audit_log;') rows, audit trail on; load now" \
    "$(cut -d' ' -f1-3 /proc/loadavg))"

if ((failed)); then
    if ((report_only)); then
        echo "a ratio is above its goal (--report-only: not failing)"
        exit 0
    fi
    echo "a ratio is above its goal"
    exit 1
fi
echo "every goal met"
