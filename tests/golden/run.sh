#!/usr/bin/env bash
# Golden tests: each tests/golden/cases/NAME.cmd holds the arguments of one
# offercalc run (bash words, relative to the source tree); NAME.stdin, when
# present, is its standard input; NAME.env, when present, holds VAR=value lines set
# for its run (COLUMNS=60). Output is laid out for 80 columns unless a case says. The run's stdout, stderr and exit code must
# equal NAME.out, NAME.err and NAME.code byte for byte.
#   run.sh OFFERCALC SOURCE_DIR            check every case
#   UPDATE=1 run.sh OFFERCALC SOURCE_DIR   rewrite the expectations (review the diff!)
set -u
bin=$1
src=$2
cases="$src/tests/golden/cases"
cd "$src" || exit 2
# offercalc never calls setlocale and takes no date from the clock in these cases
# (compare gets --today), so locale and time zone cannot change a byte; they are
# pinned anyway.
export NO_COLOR=1 LC_ALL=C TZ=UTC COLUMNS=80
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
for cmd in "$cases"/*.cmd; do
  name=$(basename "$cmd" .cmd)
  input=/dev/null
  [ -f "$cases/$name.stdin" ] && input="$cases/$name.stdin"
  eval "set -- $(cat "$cmd")"
  vars=()
  [ -f "$cases/$name.env" ] && mapfile -t vars <"$cases/$name.env"
  env "${vars[@]}" "$bin" "$@" <"$input" >"$tmp/out" 2>"$tmp/err"
  echo $? >"$tmp/code"
  if [ "${UPDATE:-}" = 1 ]; then
    for part in out err code; do cp "$tmp/$part" "$cases/$name.$part"; done
    continue
  fi
  ok=1
  for part in out err code; do
    if ! cmp -s "$tmp/$part" "$cases/$name.$part"; then
      ok=0
      echo "FAIL $name ($part differs):"
      diff -u "$cases/$name.$part" "$tmp/$part" | head -40
    fi
  done
  if [ $ok = 1 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
done
[ "${UPDATE:-}" = 1 ] && { echo "expectations rewritten"; exit 0; }
echo "golden: $pass passed, $fail failed"
[ $fail = 0 ]
