#!/usr/bin/env bash
# odds against many companies: N offers of N distinct companies (one 4-year RSU grant
# each, 30% volatility), 1,000 paths, for N = 125, 250, 500 and 1,000; wall time and
# peak memory of each run. Usage: bench/odds-scaling.sh [OFFERCALC]  (docs/benchmarks.md)
set -euo pipefail
bin=${1:-build/offercalc}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
for i in $(seq 0 999); do
  printf '{"name": "Offer %d", "company": "Company %d", "base": %d, "rsu": {"grant": 200000, "vesting": "quarterly"}, "volatility_pct": 30}\n' \
    "$i" "$i" $((150000 + 100 * i)) >"$dir/o$i.json"
done
for n in 125 250 500 1000; do
  files=()
  for i in $(seq 0 $((n - 1))); do files+=("$dir/o$i.json"); done
  /usr/bin/time -f "$n offers: %e s, %M KB peak" "$bin" odds "${files[@]}" --paths 1000 >/dev/null
done
