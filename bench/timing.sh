# Timing helpers of the benchmarks (run_national.sh, run_server.sh), sourced by both. Each run's wall time goes to
# times_NAME.txt in the current folder; median and spread read such a file on their standard input.
now() { date +%s.%N; }
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
spread() { sort -g | awk 'NR == 1 { lo = $1 } { hi = $1 } END { printf "%.3f-%.3f", lo, hi }'; }
time_one() { # name reset-script-or-empty command...: appends one wall time to times_NAME.txt
    local name=$1 reset=$2 start end
    shift 2
    if [[ -n $reset ]]; then bash "$reset"; fi
    start=$(now)
    "$@" >/dev/null
    end=$(now)
    awk -v a="$start" -v b="$end" 'BEGIN { printf "%.4f\n", b - a }' >>"times_$name.txt"
}
