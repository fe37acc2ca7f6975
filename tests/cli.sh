#!/usr/bin/env bash
# Command-line conduct that golden files cannot show: write errors, closed pipes,
# batch output order across worker counts, colour.
#   cli.sh OFFERCALC SOURCE_DIR
set -u
bin=$1
cd "$2"
fail=0
check() {  # NAME EXPECTED ACTUAL
  if [ "$2" != "$3" ]; then echo "cli.sh: $1: expected [$2], got [$3]" >&2; fail=1; fi
}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# A full disk: exit 74 and one line naming the failed write, for every kind of output.
if [ -w /dev/full ]; then
  for args in "show examples/amazon-l5-pm.json" "summary examples/amazon-l5-pm.json" \
              "compare examples/amazon-l5-pm.json examples/meta-ic5-pm.json" \
              "sweep examples/amazon-l5-pm.json --rsu 0..100k/1 --csv" "presets"; do
    # shellcheck disable=SC2086
    "$bin" $args >/dev/full 2>"$tmp/err"
    check "$args > /dev/full: exit" 74 $?
    check "$args > /dev/full: message" "offercalc: error: write: No space left on device" "$(cat "$tmp/err")"
  done
  echo '{"base": 1}' | "$bin" batch >/dev/full 2>/dev/null
  check "batch > /dev/full: exit" 74 $?
fi

# A reader that goes away with SIGPIPE ignored: the writer stops at once, quietly.
# (The grid has 10^11 rows: finishing it would take hours.)
start=$SECONDS
( trap '' PIPE; "$bin" sweep examples/amazon-l5-pm.json --rsu 0..1000000k/0.01 --max-rows 1000000000000 --csv 2>"$tmp/err" | head -1 >/dev/null
  echo "${PIPESTATUS[0]}" >"$tmp/status" )
check "sweep | head with SIGPIPE ignored: exit" 141 "$(cat "$tmp/status")"
check "sweep | head with SIGPIPE ignored: stderr" "" "$(cat "$tmp/err")"
[ $((SECONDS - start)) -lt 20 ] || { echo "cli.sh: sweep kept running after its reader left" >&2; fail=1; }

# batch: the same bytes, in input order, whatever the number of workers (1,500 lines
# is three chunks of 512 and a part).
for i in $(seq 1 1500); do
  if [ $((i % 97)) = 0 ]; then echo '{"base": "bad"}'
  else echo "{\"name\": \"o$i\", \"base\": $((100000 + i)), \"rsu\": {\"grant\": $((i * 1000)), \"vesting\": \"amazon\"}, \"stock_growth_pct\": $((i % 20))}"
  fi
done >"$tmp/in.jsonl"
"$bin" batch -j 1 "$tmp/in.jsonl" >"$tmp/j1" 2>/dev/null; check "batch -j 1: exit" 65 $?
"$bin" batch -j 2 <"$tmp/in.jsonl" >"$tmp/j2" 2>/dev/null; check "batch -j 2: exit" 65 $?
cmp -s "$tmp/j1" "$tmp/j2" || { echo "cli.sh: batch -j 1 and -j 2 differ" >&2; fail=1; }
check "batch: one output line per input line" 1500 "$(wc -l <"$tmp/j1")"
check "batch: output in input order" '"name": "o1498"' "$(sed -n 1498p "$tmp/j1" | grep -o '"name": "o1498"')"
check "batch: a bad line keeps its number" '{"schema_version": 1, "line": 970,' "$(sed -n 970p "$tmp/j1" | cut -c1-34)"

# odds: the same bytes on one thread and on two, text and JSON.
three="examples/amazon-l5-pm.json examples/meta-ic5-pm.json examples/current-job.json"
for form in "" --json; do
  # shellcheck disable=SC2086
  "$bin" odds $form $three --paths 30000 -j 1 >"$tmp/o1"
  # shellcheck disable=SC2086
  "$bin" odds $form $three --paths 30000 -j 2 >"$tmp/o2"
  cmp -s "$tmp/o1" "$tmp/o2" || { echo "cli.sh: odds $form -j 1 and -j 2 differ" >&2; fail=1; }
done
if [ -w /dev/full ]; then
  # shellcheck disable=SC2086
  "$bin" odds $three --paths 100 >/dev/full 2>/dev/null
  check "odds > /dev/full: exit" 74 $?
fi

# init on a terminal asks for each field; empty answers keep the defaults. The
# answers, in order: name, kind, company, level, role, location, state, [filing],
# offer date, [close date], base, sign-on, bonus, raise, grant, [vesting, growth], option
# shares, [option type, strike, preferred price, options vesting].
if command -v script >/dev/null; then
  printf 'Test offer\n\nAcme\n\n\n\n\n\n\n150k\n20k\n\n\n100k\namazn\neven-annual\n\n\n' |
    script -qec "$bin init -o $tmp/init.json" /dev/null | tr -d '\r' >"$tmp/asked"
  check "init on a terminal: valid" 0 "$("$bin" validate "$tmp/init.json" >/dev/null 2>&1; echo $?)"
  check "init on a terminal: answers" 'Test offer: $150k base, $20k sign-on, $100k RSU 25%/y' \
    "$("$bin" summary "$tmp/init.json" | cut -d';' -f1)"
  check "init: a portable \$schema" '"$schema": "offer.schema.json",' "$(grep -o '"\$schema.*' "$tmp/init.json")"
  check "init: a preset typo lists the presets" yes \
    "$(grep -q 'unknown vesting preset "amazn" (did you mean amazon?); the presets: .*even-annual' "$tmp/asked" && echo yes)"
  check "init: the next step" "wrote $tmp/init.json; next: offercalc show $tmp/init.json" \
    "$(grep -o 'wrote .*' "$tmp/asked")"
  # Location and tax, dates, 15% and 0.15 (a warning), no grant: no vesting asked;
  # options: 60,000 shares, the type by default, no strike (asked again), 2.10, 7.50.
  printf 'Verbal\nverbal\nAcme\nL5\nPM\nSeattle\nwa\n\n2026-11-20\n2026-12-01\n200k\n\n15%%\n0.15\n0\n60000\n\n\n2.10\n7.50\n\n' |
    script -qec "$bin init -o $tmp/init2.json" /dev/null | tr -d '\r' >"$tmp/asked2"
  check "init: location, tax, dates, percents" \
    '"kind": "verbal"|"location": "Seattle"|"offer_date": "2026-11-20"|"close_date": "2026-12-01"|"raise_pct": 0.15|"bonus_pct": 15|"tax": {"filing": "single", "state": "WA"}' \
    "$(grep -o '"kind.*"verbal"\|"location.*"Seattle"\|"offer_date.*20"\|"close_date.*01"\|"raise_pct.*15\|"bonus_pct.*15\|"tax.*}' "$tmp/init2.json" | paste -sd'|')"
  check "init: options asked" \
    '"options": {"type": "iso", "shares": 60000, "strike": 2.10, "preferred_price": 7.50, "vesting": "cliff-monthly"},' \
    "$(grep -o '"options.*' "$tmp/init2.json")"
  check "init: a strike is needed with options" yes \
    "$(grep -q 'a price per share is needed with options' "$tmp/asked2" && echo yes)"
  check "init: 0.15 is warned about" yes "$(grep -q 'raise: 0.15 is read as 0.15%, not 15%' "$tmp/asked2" && echo yes)"
  check "init: no grant, no vesting question" no "$(grep -q 'Vesting' "$tmp/asked2" && echo yes || echo no)"
  check "init: after tax works on what it wrote" 0 "$("$bin" show --after-tax "$tmp/init2.json" >/dev/null 2>&1; echo $?)"
fi
# init refuses to replace a file without --force.
"$bin" init --base 100k -o "$tmp/init.json" 2>"$tmp/err"
check "init over a file: exit" 2 $?
check "init over a file: message" "offercalc: error: init: $tmp/init.json exists; give --force to replace it" \
  "$(cat "$tmp/err")"
"$bin" init --base 100k --force -o "$tmp/init.json" 2>/dev/null
check "init --force replaces it" '"base": 100000.00' "$(grep -o '"base.*' "$tmp/init.json")"

# report on a terminal asks for -o instead of printing the page; -o - prints it.
if command -v script >/dev/null; then
  script -qec "$bin report examples/amazon-l5-pm.json examples/meta-ic5-pm.json" /dev/null </dev/null |
    tr -d '\r' >"$tmp/report-tty"
  check "report on a terminal" \
    "offercalc: error: report: the page is HTML; give -o FILE to write it to a file (or -o - to print it here)" \
    "$(cat "$tmp/report-tty")"
  check "report -o - on a terminal" yes \
    "$(script -qec "$bin report examples/amazon-l5-pm.json examples/meta-ic5-pm.json -o -" /dev/null </dev/null |
       grep -q '<!DOCTYPE html>' && echo yes)"
fi

# what-if.sh says so when it cannot run offercalc, instead of "not met".
bash examples/what-if.sh /nonexistent/offercalc >"$tmp/out" 2>"$tmp/err"
check "what-if.sh without offercalc: exit" 2 $?
check "what-if.sh without offercalc: message" \
  "what-if.sh: cannot run '/nonexistent/offercalc'; build it, or give its path: examples/what-if.sh PATH" \
  "$(cat "$tmp/err")"

# Colour: --color always colours the chart, never and a pipe do not.
pair="compare examples/amazon-l5-pm.json examples/meta-ic5-pm.json --full"  # --full: with the chart
# shellcheck disable=SC2086
check "--color always" yes "$("$bin" $pair --color always | grep -q $'\x1b\[' && echo yes || echo no)"
# shellcheck disable=SC2086
check "--color never" no "$("$bin" $pair --color never | grep -q $'\x1b\[' && echo yes || echo no)"
# shellcheck disable=SC2086
check "--color auto in a pipe" no "$("$bin" $pair | grep -q $'\x1b\[' && echo yes || echo no)"
if command -v script >/dev/null; then  # a terminal: colour, unless NO_COLOR or TERM=dumb
  on_tty() { script -qec "$*" /dev/null </dev/null | grep -q $'\x1b\[3' && echo yes || echo no; }
  check "--color auto on a terminal" yes "$(on_tty env -u NO_COLOR TERM=xterm "$bin" $pair)"
  check "NO_COLOR on a terminal" no "$(on_tty env NO_COLOR=1 TERM=xterm "$bin" $pair)"
  check "TERM=dumb on a terminal" no "$(on_tty env -u NO_COLOR TERM=dumb "$bin" $pair)"
  # NO_COLOR changes only the default: an explicit --color always still colours.
  check "NO_COLOR with --color always" yes "$(on_tty env NO_COLOR=1 TERM=xterm "$bin" $pair --color always)"
  check "NO_COLOR with --color always, in a pipe" yes \
    "$(NO_COLOR=1 "$bin" $pair --color always | grep -q $'\x1b\[3' && echo yes || echo no)"
  # A message on a terminal wraps at words within the width; in a pipe it is one line.
  printf '{"name": "x", "base": "150k"}' >"$tmp/bad.json"
  script -qec "cd $tmp && env COLUMNS=40 $bin validate bad.json" /dev/null </dev/null | tr -d '\r' >"$tmp/msg"
  check "a message on a 40-column terminal" 0 "$(awk 'length($0) > 40' "$tmp/msg" | wc -l)"
  check "a message on a 40-column terminal: rows" yes "$([ "$(wc -l <"$tmp/msg")" -ge 3 ] && echo yes)"
  check "a message in a pipe: one line" 1 "$(COLUMNS=40 "$bin" validate "$tmp/bad.json" 2>&1 | wc -l)"
fi

# Width: on a 60-column terminal the chart and the scripts fit; in a pipe COLUMNS, else
# 80 columns.
if command -v script >/dev/null; then
  script -qec "env COLUMNS=60 $bin $pair examples/current-job.json --today 2026-11-23 --color never" /dev/null </dev/null 2>/dev/null |
    tr -d '\r' >"$tmp/narrow"
  long=$(awk '/^Pay by year/{c=1} /^Ask, short/{a=1} c&&/^$/{c=0} (c||a)&&length($0)>60' "$tmp/narrow" | wc -l)
  check "chart and scripts within 60 columns" 0 "$long"
  check "scripts wrapped on a terminal" yes "$(grep -A2 '^Ask, short' "$tmp/narrow" | tail -1 | grep -q '^  [A-Za-z$]' && echo yes)"
fi
# shellcheck disable=SC2086
check "COLUMNS in a pipe" 0 "$(COLUMNS=60 "$bin" $pair | awk 'length($0) > 60' | wc -l)"
# shellcheck disable=SC2086
check "80 columns in a pipe without COLUMNS" 0 "$(env -u COLUMNS "$bin" $pair | awk 'length($0) > 80' | wc -l)"

# A read error on standard input is reported, not taken for an empty offer.
"$bin" show - </ 2>"$tmp/err"; check "show - < a directory: exit" 66 $?
check "show - < a directory: message" "offercalc: error: <stdin>: cannot read: Is a directory" "$(cat "$tmp/err")"
"$bin" batch </ >/dev/null 2>"$tmp/err"; check "batch < a directory: exit" 66 $?

# Over 1 MiB (2^20 = 1,048,576 bytes): a file is refused by its size before it is read;
# a stream is read to just past the limit, so its size is not claimed.
head -c 1048577 /dev/zero >"$tmp/big.json"
"$bin" validate "$tmp/big.json" 2>"$tmp/err"; check "a file of 2^20+1 bytes: exit" 65 $?
check "a file of 2^20+1 bytes: message" "offercalc: error: $tmp/big.json: file is larger than 1 MiB (1048577 bytes)" \
  "$(cat "$tmp/err")"
head -c 3000000 /dev/zero | "$bin" validate - 2>"$tmp/err"; check "3 MB on standard input: exit" 65 $?
check "3 MB on standard input: message" "offercalc: error: <stdin>: input is larger than 1 MiB" "$(cat "$tmp/err")"
mkfifo "$tmp/fifo"; (head -c 3000000 /dev/zero >"$tmp/fifo" 2>/dev/null &)
"$bin" validate "$tmp/fifo" 2>"$tmp/err"; check "3 MB from a named pipe: exit" 65 $?
check "3 MB from a named pipe: message" "offercalc: error: $tmp/fifo: input is larger than 1 MiB" "$(cat "$tmp/err")"
head -c 1048576 /dev/zero | tr '\0' ' ' | "$bin" validate - 2>"$tmp/err"
check "exactly 1 MiB of spaces is not too large, only empty" \
  "offercalc: error: <stdin>: empty file; expected a JSON object" "$(cat "$tmp/err")"

# Progress: on a terminal after two seconds, never in a pipe.
huge="sweep examples/amazon-l5-pm.json --rsu 0..1000000k/0.01 --max-rows 1000000000000 --csv"
if command -v script >/dev/null; then
  # shellcheck disable=SC2086
  shown=$(timeout 5 script -qec "$bin $huge >/dev/null" /dev/null </dev/null 2>/dev/null | tr '\r' '\n' | grep -c 'rows .* of 100,000,000,001 ([0-9]*%), .* M/s, .* left')
  [ "$shown" -ge 1 ] || { echo "cli.sh: no progress line on a terminal" >&2; fail=1; }
fi
# shellcheck disable=SC2086
check "no progress in a pipe" "" "$(timeout 3 "$bin" $huge 2>&1 >/dev/null)"
# odds and compare --confidence: the library reports paths simulated through a
# callback (OddsOptions::progress); the command line shows them on a terminal only.
odds_long="odds examples/amazon-l5-pm.json examples/meta-ic5-pm.json --paths 10000000 -j 1"
conf_long="compare examples/amazon-l5-pm.json examples/meta-ic5-pm.json --confidence 75 --after-tax --paths 2000000 -j 1"
if command -v script >/dev/null; then
  shown=$(timeout 5 script -qec "$bin $odds_long >/dev/null" /dev/null </dev/null 2>/dev/null | tr '\r' '\n' | grep -c '^.*paths [0-9,]* of 10,000,000 ([0-9]*%), .* M/s, .* left')
  [ "$shown" -ge 1 ] || { echo "cli.sh: no progress line for a long odds run on a terminal" >&2; fail=1; }
  shown=$(timeout 5 script -qec "$bin $conf_long >/dev/null" /dev/null </dev/null 2>/dev/null | tr '\r' '\n' | grep -c '^.*paths simulated [0-9,]*, [0-9,]*/s')
  [ "$shown" -ge 1 ] || { echo "cli.sh: no progress line for a long compare --confidence on a terminal" >&2; fail=1; }
fi
# shellcheck disable=SC2086
check "no odds progress in a pipe" "" "$(timeout 3 "$bin" $odds_long 2>&1 >/dev/null)"
# shellcheck disable=SC2086
check "no confidence progress in a pipe" "" "$(timeout 3 "$bin" $conf_long 2>&1 >/dev/null)"
# A short run on a terminal shows none (nothing in the first two seconds).
if command -v script >/dev/null; then
  check "no progress for a short odds run" "" \
    "$(script -qec "$bin odds examples/amazon-l5-pm.json examples/meta-ic5-pm.json --paths 1000 >/dev/null" /dev/null </dev/null 2>/dev/null | tr -d '\r')"
fi

# A run first registers only the options its command line names (Options in
# src/cli/commands.hpp); every spelling of an option must still reach it.
a=examples/amazon-l5-pm.json
check "--years=6 is --years 6" "$("$bin" show $a --years 6)" "$("$bin" show $a --years=6)"
check "--years=6 reaches the option" "year 6" "$("$bin" show $a --years=6 | grep -o 'year 6' | head -1)"
check "--base=-10k is --base -10k" "$("$bin" summary $a --base -10k)" "$("$bin" summary $a --base=-10k)"
check "--base -10k lowers the base by 10k" "\$165k base" "$("$bin" summary $a --base -10k | grep -o '\$[0-9]*k base')"
head -600 "$tmp/in.jsonl" >"$tmp/in600"
"$bin" batch -j 2 "$tmp/in600" >"$tmp/b1" 2>&1; "$bin" batch -j2 "$tmp/in600" >"$tmp/b2" 2>&1
"$bin" batch --jobs=2 "$tmp/in600" >"$tmp/b3" 2>&1
check "-j2 and --jobs=2 are -j 2" "same" "$(cmp -s "$tmp/b1" "$tmp/b2" && cmp -s "$tmp/b1" "$tmp/b3" && echo same)"
# After "--" a word is a file, not an option.
"$bin" show -- --json 2>"$tmp/err"; check "show -- --json: exit" 66 $?
check "show -- --json: message" "offercalc: error: --json: cannot open: No such file or directory" "$(cat "$tmp/err")"
# Help lists every option, named or not; an unknown one is still matched against all.
check "compare -h lists --odds" "yes" "$("$bin" compare -h | grep -q -- '--odds' && echo yes)"
"$bin" $pair --confidenc 80 2>"$tmp/err"
check "a near miss names an option not on the command line" \
  "offercalc: error: unknown option '--confidenc', did you mean '--confidence'? (see 'offercalc compare --help')" \
  "$(cat "$tmp/err")"

[ $fail = 0 ] && echo "cli: all conduct checks passed"
exit $fail
