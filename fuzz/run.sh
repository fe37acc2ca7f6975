#!/usr/bin/env bash
# Runs one fuzz target for a bounded time, seeded from the shipped examples and the
# bad-input catalogue (offers) or from a few what-if values (values).
#   fuzz/run.sh build-fuzz/fuzz/fuzz_offer 60 [extra libFuzzer flags...]
set -euo pipefail
target=$1
seconds=$2
shift 2
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/corpus" "$work/seeds"
case "$(basename "$target")" in
  fuzz_offer) cp "$root"/examples/*.json "$root"/tests/bad/*.json "$work/seeds/" ;;
  fuzz_value)
    i=0
    for v in 200000 200k 1.2M '$200,000' +30k -10k +5% -2.5% 15 +2 0..100k/10k -20k..20k/5k \
             -2..4/0.5 rsu.vesting=even-annual '$1,234,567.89' 1.23456k; do
      printf '%s' "$v" >"$work/seeds/$i"
      i=$((i + 1))
    done
    ;;
  fuzz_set)
    i=0
    for v in rsu.vesting=even-annual 'other[1]={"name": "x", "amount": 5}' 'refreshers[0].month=24' \
             'sign_on=null' 'rsu.vesting[2].pct=5' 'a.b.c=1' 'other[0].amount=1e3'; do
      printf '%s' "$v" >"$work/seeds/$i"
      i=$((i + 1))
    done
    ;;
esac
status=0
"$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=8192 -print_final_stats=1 \
  -artifact_prefix="${ARTIFACTS:-$work/}" "$@" "$work/corpus" "$work/seeds" >"$work/log" 2>&1 || status=$?
if [ $status != 0 ]; then
  tail -60 "$work/log"
  echo "fuzz: $(basename "$target") FAILED (exit $status)"
else
  grep -E "^(Done|stat::number_of_executed_units)" "$work/log"
fi
exit $status
