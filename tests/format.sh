#!/usr/bin/env bash
# The C++ sources follow .clang-format: lists every file clang-format would change.
# Usage: format.sh SOURCE_ROOT CLANG_FORMAT
set -euo pipefail
cd "$1"
bad=0
while IFS= read -r f; do
  if ! "$2" --dry-run --Werror "$f" >/dev/null 2>&1; then
    echo "not formatted: $f (run: $2 -i $f)" >&2
    bad=1
  fi
done < <(git ls-files '*.cpp' '*.hpp' 2>/dev/null || find src include tests fuzz bench -name '*.[ch]pp')
exit $bad
