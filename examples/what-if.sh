#!/usr/bin/env bash
# Loop over RSU asks and find the smallest one that beats the competing offer.
# Run from the repository root: examples/what-if.sh [path/to/offercalc]
# Exit 0: an ask found; 1: none up to +250k; anything else: offercalc could not run.
set -u
offercalc=${1:-./build/offercalc}
offer=examples/amazon-l5-pm.json
rival=examples/meta-ic5-pm.json
if ! "$offercalc" --version >/dev/null 2>&1; then
  echo "what-if.sh: cannot run '$offercalc'; build it, or give its path: examples/what-if.sh PATH" >&2
  exit 2
fi
for extra in 100k 150k 200k 250k; do
  # check exits 0 when the condition holds, 1 when it does not, and 2 or more on an error.
  "$offercalc" check "$offer" --rsu "+$extra" --against "$rival" >/dev/null
  status=$?
  case $status in
    0)
      echo "an RSU grant $extra larger beats $(basename "$rival" .json):"
      "$offercalc" summary "$offer" --rsu "+$extra"
      exit 0
      ;;
    1) echo "+$extra is not enough" ;;
    *)
      echo "what-if.sh: offercalc check failed (exit $status)" >&2
      exit "$status"
      ;;
  esac
done
echo "no RSU ask up to +250k beats the competing offer"
exit 1
