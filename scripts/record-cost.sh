#!/usr/bin/env bash
# What recording costs: N runs of the same review, alternating plain and --record, each a fresh JVM of the packaged
# jar; prints the median and the spread (min-max) of wall and CPU (user + system) time for each, the difference,
# the machine's cores and the load average before and after. Receipts go to a temporary database (XDG_DATA_HOME),
# never the user's. Rule cache as usual (warmed by one untimed run of each first).
# Usage: scripts/record-cost.sh [runs] [case-file] [review options...]   (build first: mvn -q -B -DskipTests package)
set -euo pipefail
runs="${1:-10}"
case_file="${2:-cases/demo/demo-authority.json}"
shift $(( $# > 2 ? 2 : $# ))
options=("$@")
[ ${#options[@]} -eq 0 ] && options=(--format json)
jar=target/placement-review.jar
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT
export XDG_DATA_HOME="$data"
unset PLACEMENT_REVIEW_DB

run() { # prints "wall cpu" in seconds for one run of the review (plain or --record)
  local TIMEFORMAT='%R %U %S'
  local t
  t=$( { time java -jar "$jar" review "$case_file" "${options[@]}" "$@" >/dev/null 2>"$data/stderr"; } 2>&1 ) \
    || { cat "$data/stderr" >&2; exit 2; }
  awk '{ printf "%.2f %.2f\n", $1, $2 + $3 }' <<<"$t"
}

summary() { # name, file of "wall cpu" lines: median and spread
  sort -n -k1,1 "$2" | awk -v name="$1" '{ w[NR] = $1 } END { m = (NR % 2) ? w[(NR + 1) / 2] : (w[NR / 2] + w[NR / 2 + 1]) / 2;
    printf "%-12s wall median %.2f s (%.2f-%.2f)", name, m, w[1], w[NR] }'
  sort -n -k2,2 "$2" | awk '{ c[NR] = $2 } END { m = (NR % 2) ? c[(NR + 1) / 2] : (c[NR / 2] + c[NR / 2 + 1]) / 2;
    printf "   cpu median %.2f s (%.2f-%.2f)\n", m, c[1], c[NR] }'
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "cores: $(nproc)   load average before: $(cut -d' ' -f1-3 /proc/loadavg)   runs: $runs each, alternating"
echo "java -jar $jar review $case_file ${options[*]} [--record]"
run >/dev/null
run --record >/dev/null
: >"$data/plain"; : >"$data/record"
for ((i = 1; i <= runs; i++)); do
  run >>"$data/plain"
  run --record >>"$data/record"
done
summary plain "$data/plain"
summary "--record" "$data/record"
wall_plain=$(cut -d' ' -f1 "$data/plain" | median); wall_record=$(cut -d' ' -f1 "$data/record" | median)
cpu_plain=$(cut -d' ' -f2 "$data/plain" | median); cpu_record=$(cut -d' ' -f2 "$data/record" | median)
awk -v a="$wall_plain" -v b="$wall_record" -v c="$cpu_plain" -v d="$cpu_record" 'BEGIN {
  printf "recording adds: wall %+.2f s (%+.0f%%), cpu %+.2f s (%+.0f%%) (medians)\n", b - a, 100 * (b - a) / a, d - c, 100 * (d - c) / c }'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "database after $((runs + 1)) receipts: $(du -b "$data"/placement-review/placement-review.mv.db | cut -f1) bytes"
