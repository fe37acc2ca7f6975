#!/usr/bin/env bash
# Keeps documentation in step with the golden tests. In a Markdown file, a block
#   <!-- golden:NAME -->
#   ...anything...
#   <!-- /golden -->
# is the command of tests/golden/cases/NAME.cmd with its recorded stdout, stderr
# and (when not 0) exit code, in a console code block.
#   docs.sh SOURCE_DIR FILE...            fail when a block is out of date
#   UPDATE=1 docs.sh SOURCE_DIR FILE...   rewrite the blocks
set -u
src=$1
shift
cases="$src/tests/golden/cases"
status=0
render() {  # NAME
  local name=$1 vars=""
  [ -f "$cases/$name.env" ] && vars="$(tr '\n' ' ' <"$cases/$name.env")"
  echo '```console'
  if [ -f "$cases/$name.stdin" ] && cmp -s "$cases/$name.stdin" "$src/examples/$name.jsonl"; then
    echo "\$ ${vars}offercalc $(cat "$cases/$name.cmd") < examples/$name.jsonl"  # a shipped input
  elif [ -f "$cases/$name.stdin" ]; then
    echo "\$ ${vars}offercalc $(cat "$cases/$name.cmd") < $name.jsonl"
  else
    echo "\$ ${vars}offercalc $(cat "$cases/$name.cmd")"
  fi
  cat "$cases/$name.out" "$cases/$name.err"
  local code
  code=$(cat "$cases/$name.code")
  [ "$code" != 0 ] && echo "[exit $code]"
  echo '```'
}
for file in "$@"; do
  path="$src/$file"
  out=$(mktemp)
  skipping=0
  while IFS= read -r line || [ -n "$line" ]; do
    if [ $skipping = 1 ]; then
      [ "$line" = "<!-- /golden -->" ] && { echo "$line"; skipping=0; }
      continue
    fi
    echo "$line"
    case "$line" in
      "<!-- golden:"*" -->")
        name=${line#<!-- golden:}
        name=${name% -->}
        if [ ! -f "$cases/$name.cmd" ]; then echo "docs.sh: $file: no golden case $name" >&2; status=1; fi
        render "$name"
        skipping=1
        ;;
    esac
  done <"$path" >"$out"
  if [ "${UPDATE:-}" = 1 ]; then
    cp "$out" "$path"
  elif ! cmp -s "$out" "$path"; then
    echo "docs.sh: $file is out of date with the golden outputs; run: UPDATE=1 tests/docs.sh . $file" >&2
    diff -u "$path" "$out" | head -40 >&2
    status=1
  fi
  rm -f "$out"
done
[ $status = 0 ] && echo "docs: $# file(s) up to date"
exit $status
