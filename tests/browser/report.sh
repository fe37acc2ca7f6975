#!/usr/bin/env bash
# The HTML report as a browser sees it: Debian's headless Chromium opens the page for
# the shipped examples at a desktop and a phone width. The page must be
# self-contained and small, pass tidy with no errors, load with no console errors,
# hold every chart and table in the rendered DOM, and not render blank. The
# screenshots are kept in OUT_DIR for a person to look at.
#   report.sh OFFERCALC SOURCE_DIR CHROMIUM TIDY OUT_DIR
set -u
bin=$1
cd "$2"
chromium=$3
tidy=$4
out=$5
mkdir -p "$out"
fail=0
say() { echo "report.sh: $*" >&2; fail=1; }
page="$out/report.html"
"$bin" report examples/amazon-l5-pm.json examples/meta-ic5-pm.json examples/current-job.json \
  --today 2026-11-23 --after-tax --odds -o "$page" || say "offercalc report failed"

size=$(wc -c <"$page")
[ "$size" -lt 200000 ] || say "the page is $size bytes, over 200 KB"
if grep -Eqi '<script|https?://|@import|<link|<img| src=' "$page"; then say "the page refers to something outside it"; fi

"$tidy" -e -q "$page" >"$out/tidy.txt" 2>&1
[ $? -lt 2 ] || say "tidy found errors: $(grep -c Error "$out/tidy.txt") (see $out/tidy.txt)"

browse() {  # ARGS...: headless Chromium on the page, a fresh profile each time
  "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
    --user-data-dir="$(mktemp -d "$out/profile.XXXXXX")" --enable-logging=stderr --v=0 "$@" "file://$page"
}
browse --dump-dom >"$out/dom.html" 2>"$out/console.txt" || say "chromium --dump-dom failed"
if grep -E 'CONSOLE|Failed to load|Uncaught|net::ERR' "$out/console.txt" | grep -v 'dbus' >"$out/errors.txt"; then
  say "the page logged errors: $(head -3 "$out/errors.txt")"
fi
python3 - "$out/dom.html" <<'PY' || fail=1
import sys
from html.parser import HTMLParser

class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.tables, self.charts, self.stack, self.chart_parts = set(), 0, 0, [], []
        self.titles, self.captions = [], []
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a: self.ids.add(a["id"])
        if tag == "table": self.tables += 1
        if tag == "svg" and "chart" in (a.get("class") or ""):
            self.charts += 1
            self.chart_parts.append(set())
            self.stack.append(True)
        elif tag == "svg":
            self.stack.append(False)
        if tag in ("title", "desc") and self.stack and self.stack[-1]: self.chart_parts[-1].add(tag)
        self.open = tag
    def handle_data(self, data):
        # a chart's own title (the first in it), not its bars' tooltips
        if getattr(self, "open", "") == "title" and self.stack and self.stack[-1] and len(self.titles) < self.charts:
            self.titles.append(data)
        if getattr(self, "open", "") in ("caption", "h2"): self.captions.append(data)
    def handle_endtag(self, tag):
        if tag == "svg" and self.stack: self.stack.pop()

p = Page()
p.feed(open(sys.argv[1]).read())
want = {"packages", "by-year", "cumulative", "gaps", "asks", "timeline", "script", "assumptions", "tax", "odds"}
problems = []
if want - p.ids: problems.append(f"sections missing from the DOM: {sorted(want - p.ids)}")
if p.charts < 14: problems.append(f"expected at least 14 charts (by year, cumulative, 3 asks, timeline, fan, each wide "
                                  f"and narrow), found {p.charts}")
if any(parts != {"title", "desc"} for parts in p.chart_parts): problems.append("a chart without a title or a description")
# The page is after tax: every chart of money and every table of pay says gross or net.
money = [t for t in p.titles if t != "Timeline"] + [c for c in p.captions if c.startswith(("Pay", "Net pay", "Cumulative", "The gaps", "Under stock"))]
unnamed = [t for t in money if "gross" not in t.lower() and "net" not in t.lower()]
if unnamed: problems.append(f"neither gross nor net named: {unnamed}")
if p.tables < 9: problems.append(f"expected at least 9 tables, found {p.tables}")
for m in problems: print("report.sh:", m, file=sys.stderr)
print(f"report.sh: DOM: {len(p.ids)} ids, {p.charts} charts, {p.tables} tables")
sys.exit(1 if problems else 0)
PY

for size in 1280,4000 500,2400; do
  shot="$out/report-${size%,*}.png"
  browse --screenshot="$shot" --window-size="$size" 2>/dev/null || say "no screenshot at $size"
  python3 tests/browser/png_ink.py "$shot" 0.03 16 || say "the screenshot at $size is blank"
done

# Widths as laid out: Chromium lays no window out narrower than 500 px, so a phone's
# 390 px is an iframe in a wrapper page whose script measures the report inside it
# (the report itself has no script). Nothing may be wider than the frame, and every
# chart shown must draw its 12-unit text at 9 px or more.
measure() {  # WIDTH [PAGE]: one line per fact, from the wrapper's DOM (PAGE: report by default)
  local page=${2:-report}
  cat >"$out/frame-$page-$1.html" <<HTML
<!DOCTYPE html><html><head><title>frame</title></head><body style="margin:0">
<iframe id="f" src="$page.html" style="width:$1px;height:3000px;border:0"></iframe><pre id="out"></pre>
<script>
addEventListener('load', () => {
  const d = document.getElementById('f').contentDocument, lines = ['page ' + d.documentElement.scrollWidth];
  for (const s of d.querySelectorAll('svg.chart')) {
    const r = s.getBoundingClientRect();
    if (r.width > 0) lines.push('chart ' + r.width.toFixed(0) + ' ' + (12 * r.width / s.viewBox.baseVal.width).toFixed(1) +
                                ' ' + s.querySelector('title').textContent);
  }
  for (const t of d.querySelectorAll('p.legend span')) lines.push('legend ' + getComputedStyle(t).fontSize);
  for (const b of d.querySelectorAll('.wide')) {
    const t = b.querySelector('caption') || b.closest('section').querySelector('h2');
    if (b.clientWidth > 0) lines.push('box ' + b.scrollWidth + ' ' + b.clientWidth + ' ' + (t ? t.textContent : ''));
  }
  document.getElementById('out').textContent = lines.join('\\n');
});
</script></body></html>
HTML
  "$chromium" --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$(mktemp -d "$out/profile.XXXXXX")" \
    --allow-file-access-from-files --virtual-time-budget=5000 --window-size=1400,3200 --dump-dom \
    "file://$out/frame-$page-$1.html" 2>/dev/null | sed -n '/<pre id="out">/,/<\/pre>/p' | sed 's/<[^>]*>//g'
}
for width in 390 1280; do
  measure $width >"$out/widths-$width.txt"
  read -r _ laid_out <"$out/widths-$width.txt"
  [ -n "${laid_out:-}" ] || { say "no measurements at $width px"; continue; }
  [ "$laid_out" -le "$width" ] || say "at $width px the page is $laid_out px wide: it scrolls sideways"
  charts=$(grep -c '^chart ' "$out/widths-$width.txt")
  [ "$charts" -ge 7 ] || say "at $width px only $charts charts are shown"
  awk -v w="$width" '$1 == "chart" && ($2 > w || $3 < 9) {print "report.sh: at " w " px a chart is " $2 " px wide with " $3 " px text: " $0; bad=1} END {exit bad}' \
    "$out/widths-$width.txt" >&2 || fail=1
  awk '$1 == "legend" && $2 + 0 < 12 {bad=1} END {exit bad}' "$out/widths-$width.txt" || say "a legend under 12 px at $width px"
  # A table wider than its box scrolls sideways inside it: its right-hand columns are cut off.
  awk -v w="$width" '$1 == "box" && $2 > $3 {print "report.sh: at " w " px a table scrolls sideways in its box (" $2 " px in " $3 "): " $0; bad=1} END {exit bad}' \
    "$out/widths-$width.txt" >&2 || fail=1
done
# The phone's view, for a person to look at: the 390 px frame, screenshotted.
"$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --user-data-dir="$(mktemp -d "$out/profile.XXXXXX")" \
  --allow-file-access-from-files --virtual-time-budget=5000 --window-size=500,3000 \
  --screenshot="$out/report-390.png" "file://$out/frame-report-390.html" 2>/dev/null || say "no screenshot at 390 px"

# Printed to PDF, as a person sending it to a mentor might: letter pages (the page's
# @page rule), at most 5 for the three shipped offers.
browse --print-to-pdf="$out/report.pdf" --no-pdf-header-footer 2>/dev/null || say "no PDF"
[ "$(head -c 4 "$out/report.pdf" 2>/dev/null)" = "%PDF" ] && [ "$(wc -c <"$out/report.pdf")" -gt 20000 ] ||
  say "the PDF is missing or nearly empty"
if command -v pdfinfo >/dev/null; then
  pages=$(pdfinfo "$out/report.pdf" | awk '/^Pages:/ {print $2}')
  size=$(pdfinfo "$out/report.pdf" | awk '/^Page size:/ {print $3 "x" $5}')
  echo "report.sh: printed: $pages pages of $size pt"
  [ "${pages:-99}" -le 5 ] || say "printed, the report takes $pages pages (at most 5)"
  [ "$size" = 612x792 ] || say "printed pages are $size pt, not letter (612x792)"
fi
# A startup's stock options beside the Amazon offer: the Stock options section is there, the page
# validates, and no table scrolls sideways at a phone's or a desktop's width.
"$bin" report examples/amazon-l5-pm.json examples/startup-series-b.json --today 2026-11-23 \
  -o "$out/options.html" || say "offercalc report with options failed"
grep -q '<section id="options">' "$out/options.html" || say "the options page has no Stock options section"
"$tidy" -e -q "$out/options.html" >"$out/tidy-options.txt" 2>&1
[ $? -lt 2 ] || say "tidy found errors in the options page (see $out/tidy-options.txt)"
for width in 390 1280; do
  measure $width options >"$out/widths-options-$width.txt"
  read -r _ laid_out <"$out/widths-options-$width.txt"
  [ -n "${laid_out:-}" ] || { say "no measurements of the options page at $width px"; continue; }
  [ "$laid_out" -le "$width" ] || say "at $width px the options page is $laid_out px wide: it scrolls sideways"
  awk -v w="$width" '$1 == "box" && $2 > $3 {print "report.sh: at " w " px an options page table scrolls sideways (" $2 " px in " $3 "): " $0; bad=1} END {exit bad}' \
    "$out/widths-options-$width.txt" >&2 || fail=1
done
"$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --user-data-dir="$(mktemp -d "$out/profile.XXXXXX")" \
  --allow-file-access-from-files --virtual-time-budget=5000 --window-size=500,3000 \
  --screenshot="$out/options-390.png" "file://$out/frame-options-390.html" 2>/dev/null || say "no options screenshot at 390 px"

rm -rf "$out"/profile.*
[ $fail = 0 ] && echo "report.sh: the page loads, validates and renders (screenshots in $out)"
exit $fail
