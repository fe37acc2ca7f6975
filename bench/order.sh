#!/usr/bin/env bash
# Writes bench/startup.order: the functions that everyday commands run, in the order
# they first run, one mangled name per line. The static binary is linked with lld's
# --symbol-ordering-file over this list, so that those functions sit side by side:
# a short command then maps a few dozen pages of code instead of nearly all of them
# (docs/benchmarks.md). Names that no longer exist are skipped by the linker, and a
# function missing from the list still works, only from a page of its own: rerun
# this after changes to the paths below. Needs valgrind.
#   bench/order.sh BUILD_DIR
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=$(cd "${1:?usage: bench/order.sh BUILD_DIR}" && pwd)/offercalc
ex=$root/examples
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

a=$ex/amazon-l5-pm.json m=$ex/meta-ic5-pm.json c=$ex/current-job.json
for i in $(seq 1 50); do  # a few batch lines, varied as bench.cpp's are
  echo "{\"name\": \"o$i\", \"base\": $((120000 + i * 997)), \"bonus_pct\": $((i % 20)), \"sign_on\": {\"year1\": $((i * 1000))}, \"rsu\": {\"grant\": $((50000 + i * 7919)), \"vesting\": \"amazon\"}, \"stock_growth_pct\": $((i % 25))}"
done >"$work/batch.jsonl"
runs=(
  "compare $a $m --today 2026-11-23"
  "compare $a $m --json --today 2026-11-23"
  "compare $a $m $c --today 2026-11-23"
  "show $a"
  "show --json $a"
  "summary $a $m"
  "check $a --floor 1000000"
  "leave $c --after 14"
  "presets"
  "validate $a $m"
  "sweep $a --rsu 0..200/100 --against $m --csv"
  "batch -j 1 $work/batch.jsonl"
  "report $a $m --today 2026-11-23"
  "show $work/missing.json"
  "--help"
)
n=0
for r in "${runs[@]}"; do
  n=$((n + 1))
  # shellcheck disable=SC2086  # each run is a list of words
  valgrind --tool=callgrind --demangle=no --callgrind-out-file="$work/$n.out" "$bin" $r \
    >/dev/null 2>&1 </dev/null || true
done
# Callgrind names a function the first time it mentions it: "fn=(12) _ZN..." or
# "cfn=(12) _ZN...". Keep real names without recursion marks ('2): each run adds the
# functions no earlier run used, sorted, so that compare's come first and the file
# changes only where the code did.
for i in $(seq 1 "$n"); do
  sed -n -E "s/^c?fn=\([0-9]+\) ([^' ]+)('[0-9]+)?$/\1/p" "$work/$i.out" | grep -v -E '^(0x|\(below)' | sort -u
done | awk '!seen[$0]++' >"$root/bench/startup.order"
echo "bench/startup.order: $(wc -l <"$root/bench/startup.order") functions"
