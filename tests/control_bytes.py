#!/usr/bin/env python3
"""No control byte from input reaches a terminal: every C0 and C1 control, DEL and
invalid UTF-8, put in each label of an offer file and in the file's name, through every
command, and Unicode's bidirectional controls (U+202E and its kin) and blank-only labels
too. Labels with them are refused (exit 65) with a message that shows them escaped;
a file name with them is shown escaped (U+FFFD for invalid UTF-8). Every output, stdout
and stderr, text, HTML and JSON, must be valid UTF-8 with no control character but
newline (and tab nowhere).

usage: control_bytes.py OFFERCALC SOURCE_DIR
"""
import json
import os
import subprocess
import sys
import tempfile

EXE, SRC = sys.argv[1], sys.argv[2]
BASE = os.path.join(SRC, "examples", "amazon-l5-pm.json")
OTHER = os.path.join(SRC, "examples", "meta-ic5-pm.json")

# What goes into a label (as JSON text: controls are escaped in JSON, raw bytes for invalid UTF-8).
CONTROLS = [chr(c) for c in range(0x20)] + ["\x7f"] + [chr(c) for c in range(0x80, 0xA0)]
# Unicode's Bidi_Control characters: refused in labels, shown escaped in file names.
BIDI = [chr(c) for c in [0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]]
# Blank space alone: refused in labels.
BLANKS = ["   ", "\u00a0", "\u200b\u2003", "\u3000 "]
BAD_UTF8 = [b"\x80", b"\xff", b"\xc3", b"\xc0\xaf", b"\xed\xa0\x80", b"\xf4\x90\x80\x80"]
LABELS = ["name", "company", "level", "role", "location"]


def commands(path, out_dir):
    return [
        ["show", path], ["show", path, "--json"], ["summary", path], ["summary", path, "--format", "{name} {total}"],
        ["compare", path, OTHER], ["compare", OTHER, path, "--json"], ["odds", path, OTHER, "--paths", "200"],
        ["check", path, "--floor", "1"], ["leave", path, "--after", "13"],
        ["sweep", path, "--rsu", "0..100k/50k"], ["validate", path], ["validate", path, "--json"],
        ["report", path, OTHER, "-o", os.path.join(out_dir, "r.html")],
    ]


def clean(data, where):
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        return f"{where}: invalid UTF-8 ({e})"
    for ch in text:
        o = ord(ch)
        if (o < 0x20 and ch != "\n") or 0x7F <= o <= 0x9F or ch in BIDI:
            return f"{where}: control character U+{o:04X} in {text[:200]!r}"
    return None


def run(args, where):
    p = subprocess.run([EXE, *args], capture_output=True, timeout=60)
    problems = [x for x in (clean(p.stdout, where + " stdout"), clean(p.stderr, where + " stderr")) if x]
    return p.returncode, problems


def main():
    failures, runs = [], 0
    base = json.load(open(BASE))
    with tempfile.TemporaryDirectory() as tmp:
        tmpb = tmp.encode()
        # Each control in each label: refused with exit 65, one clean message per file.
        for label in LABELS:
            paths = []
            for i, ch in enumerate(CONTROLS):
                paths.append(os.path.join(tmp, f"{label}-{i}.json"))
                with open(paths[-1], "w") as f:
                    json.dump(dict(base, **{label: "A" + ch + "B"}), f, ensure_ascii=True)
            for i, text in enumerate(["A" + ch + "B" for ch in BIDI] + BLANKS):
                paths.append(os.path.join(tmp, f"{label}-bidi-or-blank-{i}.json"))
                with open(paths[-1], "w") as f:
                    json.dump(dict(base, **{label: text}), f, ensure_ascii=False)
            for j, bad in enumerate(BAD_UTF8):
                paths.append(os.path.join(tmp, f"{label}-bad{j}.json"))
                raw = json.dumps(dict(base, **{label: "AXB"})).encode().replace(b"AXB", b"A" + bad + b"B")
                with open(paths[-1], "wb") as f:
                    f.write(raw)
            p = subprocess.run([EXE, "validate", *paths], capture_output=True, timeout=60)
            runs += 1
            failures += [x for x in (clean(p.stdout, label + " stdout"), clean(p.stderr, label + " stderr")) if x]
            lines = p.stderr.decode("utf-8", "replace").splitlines()
            if p.returncode != 65 or len(lines) != len(paths):
                failures.append(f"{label}: exit {p.returncode} and {len(lines)} error lines, expected 65 and {len(paths)}")
            # One of them through every command: refused the same way.
            for args in commands(paths[0x1B], tmp):
                code, problems = run(args, f"{label} ESC {args[0]}")
                runs += 1
                failures += problems
                if code != 65:
                    failures.append(f"{label} ESC {args[0]}: exit {code}, expected 65")
        # Each control and bad byte in a file's name (show and validate take them all at
        # once), then all of them in one name through every command: output clean.
        names = [bytes([c]) for c in range(1, 0x20) if c != 0x2F] + [b"\x7f"] + \
                [chr(c).encode() for c in range(0x80, 0xA0)] + [ch.encode() for ch in BIDI] + BAD_UTF8
        good = json.dumps(base).encode()
        paths = []
        for n in names + [b"".join(names)]:
            paths.append(os.path.join(tmpb, b"o" + n + b"x.json"))
            with open(paths[-1], "wb") as f:
                f.write(good)
        spaths = [os.fsdecode(x) for x in paths]
        for args in [["show", *spaths[:-1]], ["validate", "--json", *spaths[:-1]]] + commands(spaths[-1], tmp):
            code, problems = run(args, f"file names {args[0]}")
            runs += 1
            failures += problems
            if code not in (0, 1):  # check exits 1 when a condition is not met
                failures.append(f"file names {args[0]}: exit {code}")
            elif args[0] == "report":
                failures += [x for x in [clean(open(args[-1], "rb").read(), "file name: report page")] if x]
        # batch: a bad line's error, and a label with a control.
        lines = (json.dumps(dict(base, name="A\u001b]0;X\u0007B")) + "\n" + "{\"base\": 1,\u0007}\n").encode()
        p = subprocess.run([EXE, "batch"], input=lines, capture_output=True, timeout=60)
        runs += 1
        failures += [x for x in (clean(p.stdout, "batch stdout"), clean(p.stderr, "batch stderr")) if x]
        # A control in a flag's value is shown escaped too.
        code, problems = run(["show", BASE, "--base", "1\x1b[2J"], "--base flag")
        runs += 1
        failures += problems
    for f in failures[:40]:
        print(f)
    print(f"{runs} runs, {len(failures)} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
