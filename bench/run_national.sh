#!/usr/bin/env bash
# National-scale benchmark: `parindex scores import` and `parindex ranking` against the sqlite3 shell doing the same
# work on the same database schema (same tables, indexes and triggers), measured in the same run.
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
#   --runs N         timed runs per import command (default 5); ranking uses 2N (default 10)
#   --units N        communes (default 3321)
#   --criteria N     leaf criteria (default 100)
#   --seed N         generator seed (default 20240101)
#   --goal X         the ratio to meet (default 2.0)
#   --keep           keep the work folder (data, databases, hyperfine JSON) and print where it is
#   --work DIR       use DIR as the work folder (created; kept)
#
# Exit codes: 0 goal met (or --report-only), 1 a ratio is above the goal, 2 usage error, missing tool or a check that
# the two sides did the same work failed.
set -euo pipefail

INDEX=XA
YEAR=2024
COHORT='Xã, phường, thị trấn'

report_only=0
runs=5
units=3321
criteria=100
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
for tool in sqlite3 hyperfine; do
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

# Quote for hyperfine's command splitting (POSIX shell words) and for SQL string literals.
q() { printf "'%s'" "${1//\'/\'\\\'\'}"; }
sql_text() { printf "'%s'" "${1//\'/\'\'}"; }

# The value of JSON_PATH in a hyperfine export, read with the sqlite3 shell's own JSON functions.
json() { sqlite3 :memory: "SELECT json_extract(readfile($(sql_text "$1")), $(sql_text "$2"));"; }
# Mean user + system seconds of result N in a hyperfine export.
cpu() { sqlite3 :memory: "SELECT json_extract(j, '\$.results[$2].user') + json_extract(j, '\$.results[$2].system')
                          FROM (SELECT readfile($(sql_text "$1")) AS j);"; }

echo "== parindex national-scale benchmark, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "   parindex:  $parindex"
echo "   sqlite3:   $(command -v sqlite3) ($(sqlite3 --version | cut -d' ' -f1))"
echo "   hyperfine: $(hyperfine --version | cut -d' ' -f2); $(nproc) CPUs ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n1))"
echo "   work folder: $work"

# ---- Data ----
"$generator" --units "$units" --criteria "$criteria" --seed "$seed" --out data

# The framework-only database both sides start from: the same schema, indexes and triggers.
# Folds a database's WAL (if one was left) into the file, so that the file can be copied or moved alone.
settle() {
    if [[ -e $1-wal ]]; then
        sqlite3 "$1" 'PRAGMA wal_checkpoint(TRUNCATE);' >/dev/null
    fi
    rm -f -- "$1-wal" "$1-shm"
}
"$parindex" index import --db template.db --index "$INDEX" --year "$YEAR" data/framework.csv
settle template.db

# Fresh copy of the template before every timed import run (both sides write run.db).
cat >reset.sh <<'EOF'
set -e
cd "$(dirname "$0")"
rm -f run.db run.db-wal run.db-shm
cp template.db run.db
EOF

# ---- Baseline import: the sqlite3 shell doing what `scores import` does, mirroring Catalog::ensureCohort,
# saveUnit (kind from the cohort, else 'other'), addMember and writeScores, with the program's connection settings
# (Database::configure) and its audit context, in one write transaction. ----
cohort_sql=$(sql_text "$COHORT")
index_sql=$(sql_text "$INDEX")
cat >import.sql <<EOF
.bail on
.timeout 5000
PRAGMA foreign_keys = ON;
PRAGMA synchronous = NORMAL;
CREATE TEMP TABLE long_scores (unit TEXT NOT NULL, code TEXT NOT NULL, value_micro INTEGER);
BEGIN IMMEDIATE;
UPDATE audit_context SET actor = 'bench', reason = 'import scores_long.csv' WHERE id = 1;
.import --csv --skip 1 --schema temp data/scores_long.csv long_scores
INSERT INTO cohorts (index_id, name, unit_kind, is_default)
SELECT id, $cohort_sql, NULL, 0 FROM indices WHERE code = $index_sql
ON CONFLICT (index_id, name) DO UPDATE SET unit_kind = coalesce(excluded.unit_kind, cohorts.unit_kind),
    is_default = max(cohorts.is_default, excluded.is_default);
INSERT INTO units (name, kind)
SELECT l.unit, coalesce((SELECT co.unit_kind FROM cohorts co JOIN indices i ON i.id = co.index_id
                         WHERE i.code = $index_sql AND co.name = $cohort_sql), 'other')
FROM long_scores l
WHERE NOT EXISTS (SELECT 1 FROM units u WHERE u.name = l.unit)
GROUP BY l.unit
ORDER BY min(l.rowid);
INSERT INTO cohort_members (cohort_id, year, unit_id)
SELECT co.id, $YEAR, u.id
FROM (SELECT unit FROM long_scores GROUP BY unit ORDER BY min(rowid)) l
JOIN units u ON u.name = l.unit
JOIN cohorts co ON co.name = $cohort_sql AND co.index_id = (SELECT id FROM indices WHERE code = $index_sql)
WHERE true
ON CONFLICT DO NOTHING;
INSERT INTO scores (unit_id, criterion_id, stage, value_micro)
SELECT u.id, c.id, 'final', l.value_micro
FROM long_scores l
JOIN units u ON u.name = l.unit
JOIN criteria c ON c.code = l.code
    AND c.framework_id = (SELECT f.id FROM frameworks f JOIN indices i ON i.id = f.index_id
                          WHERE i.code = $index_sql AND f.year = $YEAR)
ORDER BY l.rowid
ON CONFLICT (unit_id, criterion_id, stage) DO UPDATE SET value_micro = excluded.value_micro
WHERE scores.value_micro IS NOT excluded.value_micro;
COMMIT;
EOF

# ---- Baseline ranking: the cohort-year's members, total = sum of the final leaf values (no parent values are
# recorded in this data set, so that is the tree's aggregate), competition rank, percent of the maximum rounded
# half up to hundredths from exact millionths, the highest band reached on the exact ratio (Band::classify), the
# same CSV columns as `parindex ranking --format csv`, ordered by rank then name. ----
cat >ranking.sql <<EOF
.bail on
.headers on
.mode csv
WITH
  fw AS (SELECT f.id, f.index_id FROM frameworks f JOIN indices i ON i.id = f.index_id
         WHERE i.code = $index_sql AND f.year = $YEAR),
  co AS (SELECT c.id FROM cohorts c JOIN fw ON c.index_id = fw.index_id WHERE c.name = $cohort_sql),
  mx AS (SELECT c.max_micro AS max FROM criteria c JOIN fw ON c.framework_id = fw.id
         WHERE c.parent_id IS NULL AND c.code = ''),
  totals AS (
    SELECT m.unit_id, sum(s.value_micro) AS total
    FROM cohort_members m
    JOIN scores s ON s.unit_id = m.unit_id AND s.stage = 'final' AND s.value_micro IS NOT NULL
    JOIN criteria c ON c.id = s.criterion_id
    WHERE m.cohort_id = (SELECT id FROM co) AND m.year = $YEAR AND c.framework_id = (SELECT id FROM fw)
      AND NOT EXISTS (SELECT 1 FROM criteria ch WHERE ch.parent_id = c.id)
    GROUP BY m.unit_id),
  ranked AS (
    SELECT t.unit_id, t.total, mx.max, RANK() OVER (ORDER BY t.total DESC) AS rank,
           count(*) OVER (PARTITION BY t.total) AS same,
           ((t.total * 100000000 + mx.max / 2) / mx.max + 5000) / 10000 AS hundredths
    FROM totals t, mx)
SELECT r.rank, u.name AS unit,
       rtrim(rtrim(printf('%d.%06d', r.total / 1000000, r.total % 1000000), '0'), '.') AS total,
       rtrim(rtrim(printf('%d.%06d', r.max / 1000000, r.max % 1000000), '0'), '.') AS max,
       printf('%d.%02d', r.hundredths / 100, r.hundredths % 100) AS percent,
       b.label AS band, coalesce(u.code, '') AS code, (r.same > 1) AS tied, '' AS previous_rank, '' AS change
FROM ranked r
JOIN units u ON u.id = r.unit_id
LEFT JOIN bands b ON b.id = (SELECT b2.id FROM bands b2 JOIN fw ON b2.framework_id = fw.id
                             WHERE r.total * 100000000 >= b2.min_percent_micro * r.max
                             ORDER BY b2.min_percent_micro DESC LIMIT 1)
ORDER BY r.rank, u.name;
EOF

ours_import=("$parindex" scores import --db run.db --index "$INDEX" --year "$YEAR" --cohort "$COHORT" data/scores.csv)
base_import=(sqlite3 run.db ".read import.sql")
ours_ranking=("$parindex" ranking --db loaded.db --index "$INDEX" --year "$YEAR" --cohort "$COHORT" --format csv)
base_ranking=(sqlite3 loaded.db ".read ranking.sql")
words() { local out='' w; for w in "$@"; do out+="${out:+ }$(q "$w")"; done; printf '%s' "$out"; }

# ---- Check once that both sides did the same work ----
echo
echo "== Checking that both sides do the same work"
bash reset.sh
"${ours_import[@]}" || die "parindex scores import failed"
settle run.db
mv run.db loaded.db
bash reset.sh
"${base_import[@]}" || die "the sqlite3 shell's import failed"
settle run.db
mv run.db baseline.db
summary() {
    sqlite3 -separator ' ' "$1" "
        SELECT 'scores', count(*), coalesce(sum(value_micro), 0) FROM scores;
        SELECT 'units', count(*), (SELECT group_concat(kind) FROM (SELECT DISTINCT kind FROM units ORDER BY 1)) FROM units;
        SELECT 'cohort_members', count(*), count(DISTINCT cohort_id || '/' || year) FROM cohort_members;
        SELECT 'audit_log', count(*), (SELECT group_concat(what) FROM (SELECT DISTINCT entity || ':' || action AS what FROM audit_log ORDER BY 1)) FROM audit_log;
        SELECT 'audit_values', count(*), sum(length(new_value)) FROM audit_log WHERE entity = 'score';"
}
summary loaded.db >summary_ours.txt
summary baseline.db >summary_base.txt
paste -d '|' summary_ours.txt summary_base.txt | awk -F'|' '{ printf "   %-62s %s\n", "ours:     " $1, ($1 == $2 ? "= baseline" : "DIFFERS from baseline: " $2) }'
cmp -s summary_ours.txt summary_base.txt || die "the import check failed: the two databases differ"
expected=$((units * criteria))
read -r _ score_count _ <summary_ours.txt
((score_count == expected)) || die "the import check failed: $score_count scores, expected $expected"

"${ours_ranking[@]}" >ranking_ours.csv || die "parindex ranking failed"
"${base_ranking[@]}" >ranking_base.csv || die "the sqlite3 shell's ranking failed"
# Totals are compared as exact decimals: both files' decimal strings are turned into integer millionths.
ranking_check=$(sqlite3 :memory: <<'EOF'
.mode csv
.import ranking_ours.csv ours
.import ranking_base.csv base
.mode list
.separator ' '
CREATE TEMP VIEW o AS SELECT unit, CAST(rank AS INTEGER) AS rank, percent, band, CAST(tied AS INTEGER) AS tied,
    CAST(CASE WHEN instr(total, '.') = 0 THEN total ELSE substr(total, 1, instr(total, '.') - 1) END AS INTEGER) * 1000000
    + CASE WHEN instr(total, '.') = 0 THEN 0
           ELSE CAST(substr(substr(total, instr(total, '.') + 1) || '000000', 1, 6) AS INTEGER) END AS micro
    FROM ours;
CREATE TEMP VIEW b AS SELECT unit, CAST(rank AS INTEGER) AS rank, percent, band, CAST(tied AS INTEGER) AS tied,
    CAST(CASE WHEN instr(total, '.') = 0 THEN total ELSE substr(total, 1, instr(total, '.') - 1) END AS INTEGER) * 1000000
    + CASE WHEN instr(total, '.') = 0 THEN 0
           ELSE CAST(substr(substr(total, instr(total, '.') + 1) || '000000', 1, 6) AS INTEGER) END AS micro
    FROM base;
SELECT (SELECT count(*) FROM o), (SELECT count(*) FROM b),
       (SELECT count(*) FROM o JOIN b USING (unit) WHERE o.rank = b.rank AND o.micro = b.micro),
       (SELECT count(*) FROM o JOIN b USING (unit) WHERE o.percent = b.percent AND o.band = b.band AND o.tied = b.tied),
       (SELECT count(*) FROM o WHERE tied = 1),
       (SELECT coalesce(sum(micro), 0) FROM o);
SELECT 'differs:', o.unit, o.rank, o.micro, b.rank, b.micro FROM o LEFT JOIN b USING (unit)
WHERE b.unit IS NULL OR o.rank IS NOT b.rank OR o.micro IS NOT b.micro LIMIT 5;
EOF
)
read -r n_ours n_base same_rank_total same_rest tied total_sum <<<"$(head -n1 <<<"$ranking_check")"
echo "   ranking: ours $n_ours rows, baseline $n_base rows; (rank, total) agree for $same_rank_total," \
    "(percent, band, tied) for $same_rest; $tied tied rows; sum of totals $total_sum"
if ((n_ours != units || n_base != units || same_rank_total != units || same_rest != units)); then
    tail -n +2 <<<"$ranking_check" >&2
    die "the ranking check failed: the two rankings differ"
fi
read -r _ _ score_sum <summary_ours.txt
((total_sum == score_sum)) || die "the ranking check failed: the totals add up to $total_sum, the scores to $score_sum"
echo "   both sides agree"

# ---- Timing ----
echo
echo "== Import: $units units x $criteria criteria, fresh framework-only database each run ($runs runs)"
hyperfine -N --runs "$runs" --prepare "bash $(q "$work/reset.sh")" --export-json import.json \
    -n "parindex scores import" "$(words "${ours_import[@]}")" \
    -n "sqlite3 shell" "$(words "${base_import[@]}")"

ranking_runs=$((runs * 2))
echo
echo "== Ranking: the loaded cohort-year, CSV to /dev/null ($ranking_runs runs)"
hyperfine -N --warmup 1 --runs "$ranking_runs" --export-json ranking.json \
    -n "parindex ranking" "$(words "${ours_ranking[@]}")" \
    -n "sqlite3 shell" "$(words "${base_ranking[@]}")"

# ---- Report ----
# The verdict is on mean wall time (what an official waits for). The CPU ratio ((user + system) / (user + system))
# is shown beside it because it is less sensitive to other load on a shared machine.
failed=0
row() { # operation json
    local ours base ours_cpu base_cpu ratio cpu_ratio verdict
    ours=$(json "$2" '$.results[0].mean')
    base=$(json "$2" '$.results[1].mean')
    ours_cpu=$(cpu "$2" 0)
    base_cpu=$(cpu "$2" 1)
    ratio=$(awk -v a="$ours" -v b="$base" 'BEGIN { printf "%.2f", a / b }')
    cpu_ratio=$(awk -v a="$ours_cpu" -v b="$base_cpu" 'BEGIN { printf "%.2f", a / b }')
    if awk -v r="$ratio" -v g="$goal" 'BEGIN { exit !(r <= g) }'; then
        verdict=PASS
    else
        verdict=FAIL
        failed=1
    fi
    printf '%-10s %12.3f %12.3f %7s %9s %9s   %s\n' "$1" "$ours" "$base" "$ratio" "<= $goal" "$cpu_ratio" "$verdict"
}
echo
echo "== Result ($units units x $criteria criteria; ratio = parindex / sqlite3 shell, mean wall time)"
printf '%-10s %12s %12s %7s %9s %9s   %s\n' operation "parindex s" "sqlite3 s" ratio goal "cpu ratio" verdict
row import import.json
row ranking ranking.json

if ((failed)); then
    if ((report_only)); then
        echo "a ratio is above the goal (--report-only: not failing)"
        exit 0
    fi
    echo "a ratio is above the goal"
    exit 1
fi
