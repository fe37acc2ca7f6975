#!/usr/bin/env bash
# compare --confidence 75 on the shipped pair, gross and after tax: the median wall and
# user time of ROUNDS runs of each binary given, the binaries taking turns so that the
# machine's drift falls on all alike. Usage:
#   bench/confidence.sh [ROUNDS] OFFERCALC [OFFERCALC...]   (docs/benchmarks.md)
set -euo pipefail
rounds=${1:-9}
shift
[ $# -ge 1 ] || set -- build/offercalc
src=$(cd "$(dirname "$0")/.." && pwd)
pair=("$src/examples/amazon-l5-pm.json" "$src/examples/meta-ic5-pm.json")
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for ((r = 0; r < rounds; r++)); do
  for ((b = 1; b <= $#; b++)); do
    bin=${!b}
    for form in gross after-tax; do
      extra=()
      [ $form = after-tax ] && extra=(--after-tax)
      /usr/bin/time -a -o "$out/$b-$form" -f "%e %U" \
        "$bin" compare "${pair[@]}" --today 2026-11-23 --confidence 75 "${extra[@]}" --json >/dev/null
    done
  done
done
median() { sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
for ((b = 1; b <= $#; b++)); do
  for form in gross after-tax; do
    wall=$(awk '{print $1}' "$out/$b-$form" | median)
    user=$(awk '{print $2}' "$out/$b-$form" | median)
    echo "${!b} $form: median of $rounds: ${wall} s wall, ${user} s user"
  done
done
