#!/usr/bin/env bash
# Loop over RSU asks and find the smallest one that beats the competing offer.
# Run from the repository root: examples/what-if.sh [path/to/offercalc]
set -u
offercalc=${1:-./build/offercalc}
offer=examples/amazon-l5-pm.json
rival=examples/meta-ic5-pm.json
for extra in 100k 150k 200k 250k; do
  if "$offercalc" check "$offer" --rsu "+$extra" --against "$rival" >/dev/null; then
    echo "an RSU grant $extra larger beats $(basename "$rival" .json):"
    "$offercalc" summary "$offer" --rsu "+$extra"
    exit 0
  fi
  echo "+$extra is not enough"
done
echo "no RSU ask up to +250k beats the competing offer"
exit 1
