#!/usr/bin/env bash
# Fault tests for every write path: a file-size limit, /dev/full, a closed pipe and
# a full filesystem (a small tmpfs, when root and mount works; skipped otherwise).
#   faults.sh OFFERCALC SOURCE_DIR
set -u
bin=$1
cd "$2" || exit 2
tmp=$(mktemp -d)
trap 'umount "$tmp/small" 2>/dev/null; rm -rf "$tmp"' EXIT
fail=0
pair="examples/amazon-l5-pm.json examples/meta-ic5-pm.json"
check() {  # WHAT EXPECTED ACTUAL
  if [ "$2" != "$3" ]; then echo "FAIL $1: expected $2, got $3"; fail=1; else echo "ok   $1"; fi
}
temps() { find "$1" -maxdepth 1 -name '.*.tmp-*' | wc -l; }

# A file-size limit mid-write: the old report stays whole, no temporary file is left.
echo "old report" >"$tmp/report.html"
(ulimit -f 8; trap '' XFSZ; "$bin" report $pair -o "$tmp/report.html" 2>/dev/null); code=$?
check "file-size limit: exit" 74 $code
check "file-size limit: old report kept" "old report" "$(cat "$tmp/report.html")"
check "file-size limit: no temporary file" 0 "$(temps "$tmp")"
(ulimit -f 8; trap '' XFSZ; "$bin" report $pair -o "$tmp/new.html" 2>/dev/null); code=$?
check "file-size limit, new file: exit" 74 $code
check "file-size limit, new file: nothing left" no "$([ -e "$tmp/new.html" ] && echo yes || echo no)"
# Without SIGXFSZ ignored by the caller, offercalc ignores it itself.
(ulimit -f 8; "$bin" report $pair -o "$tmp/report.html" 2>/dev/null); code=$?
check "file-size limit, SIGXFSZ default: exit" 74 $code
check "file-size limit, SIGXFSZ default: no temporary file" 0 "$(temps "$tmp")"

# A complete write replaces the file, keeping its mode.
chmod 600 "$tmp/report.html"
"$bin" report $pair -o "$tmp/report.html"; code=$?
check "complete write: exit" 0 $code
check "complete write: page ends" "</html>" "$(tail -n 1 "$tmp/report.html")"
check "complete write: mode kept" 600 "$(stat -c %a "$tmp/report.html")"

# /dev/full: every writer, standard output and -o.
for args in "show $pair" "report $pair -o /dev/full" "init --base 175k -o /dev/full" "--help" "show --help" \
  "help" "help show" "--version" "presets"; do
  eval "\"\$bin\" $args" >/dev/full 2>/dev/null; code=$?
  check "/dev/full: $args" 74 $code
done

# A closed pipe: no crash; offercalc ends as SIGPIPE does (141 from the shell) or 0
# when it finished before the reader left.
for i in $(seq 2000); do tr -d '\n' <examples/amazon-l5-pm.json; echo; done >"$tmp/offers.jsonl"
for args in "show $pair" "report $pair" "batch $tmp/offers.jsonl" "--help"; do
  status=$( (eval "\"\$bin\" $args" 2>"$tmp/err"; echo $? >"$tmp/code") | head -c1 >/dev/null; cat "$tmp/code")
  case $status in 0|141) check "closed pipe: $args" ok ok ;; *) check "closed pipe: $args" "0 or 141" "$status" ;; esac
  check "closed pipe, quiet: $args" "" "$(cat "$tmp/err")"
done

# Bounded reads: an endless line ends batch with that line's error within a second.
for how in "batch /dev/zero" "batch - </dev/zero"; do
  start=$(date +%s%N)
  out=$(eval "timeout 10 \"\$bin\" $how" 2>/dev/null); code=$?
  ms=$((($(date +%s%N) - start) / 1000000))
  check "endless line: $how: exit" 65 $code
  check "endless line: $how: error" 1 "$(grep -c 'line is longer than 1 MiB' <<<"$out")"
  check "endless line: $how: under a second" yes "$([ $ms -lt 1000 ] && echo yes || echo "no (${ms} ms)")"
done

# A full filesystem: a 64 KiB tmpfs holding an old report and filler.
mkdir "$tmp/small"
if [ "$(id -u)" = 0 ] && mount -t tmpfs -o size=64k tmpfs "$tmp/small" 2>/dev/null; then
  echo "old report" >"$tmp/small/report.html"
  head -c 40000 /dev/zero >"$tmp/small/filler" 2>/dev/null
  "$bin" report $pair -o "$tmp/small/report.html" 2>/dev/null; code=$?
  check "full disk: exit" 74 $code
  check "full disk: old report kept" "old report" "$(cat "$tmp/small/report.html")"
  check "full disk: no temporary file" 0 "$(temps "$tmp/small")"
  umount "$tmp/small"
else
  echo "skip full disk: needs root and a tmpfs mount"
fi
exit $fail
