#!/usr/bin/env python3
"""Fails on an upward include or an include cycle between the folders of src/.

The layers are ARCHITECTURE.md's: core 1, input 2, model and tax 3, compare, odds and
scenarios 4, render 5, cli 6. A file may include headers of its own layer and the
layers below it; includes between folders of one layer must not form a cycle.
Usage: layers.py SOURCE_ROOT
"""
import re
import sys
from pathlib import Path

LAYER = {"core": 1, "input": 2, "model": 3, "tax": 3, "compare": 4, "odds": 4,
         "scenarios": 4, "render": 5, "cli": 6}

# The folder that owns each public header in include/offercalc/.
PUBLIC = {
    "money": "core", "date": "core", "calendar": "core", "levels": "core", "vesting": "core",
    "fields": "core", "text": "core", "offer": "core", "error": "core", "exit_status": "core",
    "parse": "input", "amount": "input", "whatif": "input",
    "model": "model", "project": "model", "options": "model", "tax": "tax",
    "options_tax": "tax",
    "compare": "compare", "odds": "odds", "scenarios": "scenarios",
    "show": "render", "options_text": "render", "json_writer": "render", "summary": "render", "layout": "render", "scenarios_text": "render", "chart": "render", "html_report": "render", "schema": "render",
}

# TEMPORARY: upward includes known when this test was written, to be removed as they
# are mended (issue 22, item 2). Nothing may be added to this list.
KNOWN = {
    ("src/input/offer_reader.cpp", "offercalc/tax.hpp"),  # filing_from, check_profile
    ("src/input/whatif.cpp", "offercalc/summary.hpp"),  # compact() belongs in core
}

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def owner_of_file(root, path):
    rel = path.relative_to(root).parts
    if rel[0] == "include":
        return PUBLIC.get(path.stem)
    if rel[0] == "src":
        return rel[1] if len(rel) > 2 else "cli"  # src/main.cpp is the command line
    return None


def owner_of_include(name):
    parts = name.split("/")
    if parts[0] == "offercalc":
        return PUBLIC.get(Path(parts[-1]).stem, "?" + name)
    if parts[0] in LAYER:
        return parts[0]
    return None  # a third-party or generated header


def main():
    root = Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
    problems, edges = [], {}
    files = [p for d in ("src", "include") for p in (root / d).rglob("*")
             if p.suffix in (".hpp", ".cpp", ".in", ".h")]
    for path in sorted(files):
        me = owner_of_file(root, path)
        if me is None:
            problems.append(f"{path.relative_to(root)}: not in the layer table")
            continue
        for name in INCLUDE.findall(path.read_text(encoding="utf-8")):
            it = owner_of_include(name)
            if it is None or it == me or (str(path.relative_to(root)), name) in KNOWN:
                continue
            if it.startswith("?"):
                problems.append(f"{path.relative_to(root)}: includes {name}, a header not in the layer table")
            elif LAYER[it] > LAYER[me]:
                problems.append(f"{path.relative_to(root)} ({me}, layer {LAYER[me]}) includes {name} "
                                f"({it}, layer {LAYER[it]})")
            else:
                edges.setdefault(me, set()).add(it)
    # cycles between folders (only possible within one layer once the above holds)
    state = {}

    def visit(node, stack):
        state[node] = 1
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 1:
                problems.append("include cycle: " + " -> ".join(stack[stack.index(nxt):] + [nxt]))
            elif nxt not in state:
                visit(nxt, stack + [nxt])
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node, [node])
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
