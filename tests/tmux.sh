#!/usr/bin/env bash
# Text output on a real terminal: each command runs in a tmux pane 40, 60 and 80 columns
# wide, with COLUMNS unset so that the width comes from the terminal itself. Fails
# when a line is wider than the pane (tmux wrapped it) or a number is split across
# two rows. Skipped (exit 77) without tmux.
#   tmux.sh OFFERCALC SOURCE_DIR [KEEP_DIR]   KEEP_DIR: keep each capture there
set -u
bin=$(realpath "$1")
cd "$2" || exit 2
keep=${3:-}
command -v tmux >/dev/null || { echo "tmux.sh: no tmux: skipped"; exit 77; }
socket="offercalc-test-$$"
tmp=$(mktemp -d)
trap 'tmux -L "$socket" kill-server 2>/dev/null; rm -rf "$tmp"' EXIT
fail=0
three="examples/amazon-l5-pm.json examples/meta-ic5-pm.json examples/current-job.json"
# The same offers under names of 80 columns (the longest a name may be), two of them
# alike in their first 40, and a file with a bad amount for validate's message.
name80() { printf '%s' "$1" | head -c 80; }
sed "s/\"name\": \"Amazon L5 PM\"/\"name\": \"$(name80 "Amazon Web Services Senior Product Manager L6, Seattle WA, with relocation and more")\"/" \
  examples/amazon-l5-pm.json >"$tmp/long1.json"
sed "s/\"name\": \"Meta IC5 PM\"/\"name\": \"$(name80 "Amazon Web Services Senior Product Manager L6, Arlington VA, second headquarters team")\"/" \
  examples/meta-ic5-pm.json >"$tmp/long2.json"
sed "s/\"name\": \"Current job\"/\"name\": \"$(name80 "Current job: Initech Corporation staff product manager, Austin, Texas, fully remote")\"/" \
  examples/current-job.json >"$tmp/long3.json"
sed 's/"base": [0-9]*/"base": "150k"/' examples/amazon-l5-pm.json >"$tmp/bad.json"
long="$tmp/long1.json $tmp/long2.json $tmp/long3.json"
runs=(
  "compare $three --today 2026-11-23"
  "compare $three --today 2026-11-23 --full"
  "compare $three --today 2026-11-23 --after-tax"
  "show $three"
  "show examples/amazon-l5-pm.json --after-tax --years 10"
  "leave examples/amazon-l5-pm.json --after 18"
  "sweep examples/amazon-l5-pm.json --rsu 0..100k/50k --against examples/meta-ic5-pm.json"
  "sweep examples/amazon-l5-pm.json --rsu 0..100k/50k --against examples/meta-ic5-pm.json --after-tax"
  "odds $three --paths 2000"
  "check examples/amazon-l5-pm.json --against examples/meta-ic5-pm.json"
  "sweep examples/amazon-l5-pm.json --rsu 0..100k/50k --base 0..20k/10k --against examples/meta-ic5-pm.json --after-tax"
  "sweep examples/meta-ic5-pm.json --base 0..10k/10k --sign-on-y1 0..10k/10k --rsu 0..100k/100k --raise-pct 0..2/2 --against examples/amazon-l5-pm.json --after-tax"
  "compare $long --today 2026-11-23"
  "compare $long --today 2026-11-23 --full --floor 1.1M --target 1.3M"
  "compare $long --today 2026-11-23 --full --after-tax"
  "show $long --after-tax"
  "leave $tmp/long1.json --after 18"
  "sweep $tmp/long1.json --rsu 0..100k/50k --against $tmp/long2.json --after-tax"
  "odds $long --paths 2000"
  "check $tmp/long1.json --against $tmp/long2.json --year1-at-least 300k"
  "validate $tmp/bad.json examples/amazon-l5-pm.json"
  "--help"
  "help compare"
  "help sweep"
  "help init"
)
n=0
for width in 40 60 80; do
  for run in "${runs[@]}"; do
    n=$((n + 1))
    # The pane is tall enough for the whole output; the run signals when it is done.
    tmux -L "$socket" new-session -d -s "t$n" -x "$width" -y 400 \
      "env -u COLUMNS NO_COLOR=1 TERM=xterm $bin $run; tmux -L $socket wait-for -S t$n; sleep 60"
    timeout 60 tmux -L "$socket" wait-for "t$n" || { echo "tmux.sh: $run at $width: no end"; fail=1; continue; }
    tmux -L "$socket" capture-pane -p -t "t$n" -S - -E - >"$tmp/rows"      # as the screen shows it
    tmux -L "$socket" capture-pane -p -J -t "t$n" -S - -E - >"$tmp/lines"  # wrapped rows joined
    tmux -L "$socket" kill-session -t "t$n"
    sed -i -e 's/[[:space:]]*$//' "$tmp/rows" "$tmp/lines"
    if [ -n "$keep" ]; then
      mkdir -p "$keep"
      cp "$tmp/rows" "$keep/$width-$(echo "$run" | tr -c 'a-z0-9\n' '_' | cut -c1-60).txt"
    fi
    wide=$(awk -v w="$width" 'length($0) > w' "$tmp/lines" | head -3)
    if [ -n "$wide" ]; then echo "tmux.sh: $run at $width columns: lines wider than the pane:"; echo "$wide"; fail=1; fi
    # A number split across rows: a row that ends in a digit, comma or dollar sign
    # followed by a row that starts with the rest of a number ("00.00", ",000").
    split=$(awk 'prev ~ /[0-9,$.]$/ && $0 ~ /^[0-9,.]+( |$)/ {print prev " | " $0} {prev = $0}' "$tmp/rows" | head -3)
    if [ -n "$split" ]; then echo "tmux.sh: $run at $width columns: a number split:"; echo "$split"; fail=1; fi
    [ -s "$tmp/rows" ] || { echo "tmux.sh: $run at $width: nothing captured"; fail=1; }
  done
done
[ $fail = 0 ] && echo "tmux.sh: $n runs fit their panes"
exit $fail
