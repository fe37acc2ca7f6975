#!/usr/bin/env bash
# Installs the built tree into a scratch prefix, then configures, builds and runs
# tests/consumer against it: another project's find_package(offercalc 0.2).
#   run.sh BUILD_DIR SOURCE_DIR
set -eu
build=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cmake --install "$build" --prefix "$tmp/prefix" >/dev/null
for header in "$tmp"/prefix/include/offercalc/*.hpp; do
  if grep -En '__int128|__extension__|__builtin_|__attribute__' "$header"; then
    echo "run.sh: $header uses a compiler extension" >&2
    exit 1
  fi
done
cmake -S "$src/tests/consumer" -B "$tmp/consumer" -DCMAKE_PREFIX_PATH="$tmp/prefix" >/dev/null
cmake --build "$tmp/consumer" >/dev/null
got=$("$tmp/consumer/consumer" "$src/examples/amazon-l5-pm.json")
# 175,000 x 4 + 65,000 + 52,000 + 240,000 of RSUs vesting within the 4 years.
expected="Amazon L5 PM 1057000.00"
if [ "$got" != "$expected" ]; then
  echo "run.sh: expected [$expected], got [$got]" >&2
  exit 1
fi
echo "consumer: find_package(offercalc 0.2) and offercalc::core work from the installed tree: $got"
