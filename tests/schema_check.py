#!/usr/bin/env python3
"""offercalc's JSON Schemas (data/schemas: the offer file's, and each command's JSON
output) against offercalc itself, with a real validator (python3-jsonschema, draft
2020-12):
- each schema is a valid schema, and `offercalc schema NAME` prints exactly it;
- every shipped example is a valid offer, and so are 400 seeded random offers that
  `offercalc batch` accepts; `offercalc init`'s output is one too;
- every bad-input catalogue file that is JSON is rejected by the offer schema,
  except those whose fault a schema cannot express (listed below with the reason);
- every golden JSON output, batch's output for the random offers, and the output
  variants the golden cases leave out follow their command's schema, and every
  output schema is exercised;
- the output schemas are closed: an unknown key, a missing one or a wrong value is
  rejected.
    schema_check.py OFFERCALC SOURCE_DIR"""
import glob
import json
import os
import random
import subprocess
import sys

import jsonschema

binary, src = sys.argv[1], sys.argv[2]
problems = []
schemas = {os.path.basename(f)[:-len(".schema.json")]: json.load(open(f))
           for f in sorted(glob.glob(os.path.join(src, "data/schemas/*.schema.json")))}
for name, schema in schemas.items():
    jsonschema.Draft202012Validator.check_schema(schema)
    printed = subprocess.run([binary, "schema", name], capture_output=True, text=True, check=True).stdout
    if printed != open(os.path.join(src, f"data/schemas/{name}.schema.json")).read():
        problems.append(f"offercalc schema {name} differs from data/schemas/{name}.schema.json")


def make_validator(name):
    """The output schemas refer to defs.schema.json by its $id: newer jsonschema
    resolves through a `referencing` registry, Debian 12's 4.10 through a RefResolver."""
    by_id = {s["$id"]: s for s in schemas.values()}
    try:
        import referencing
    except ImportError:
        resolver = jsonschema.RefResolver.from_schema(schemas[name], store=by_id)
        return jsonschema.Draft202012Validator(schemas[name], resolver=resolver)
    registry = referencing.Registry().with_resources(
        (i, referencing.Resource.from_contents(s)) for i, s in by_id.items())
    return jsonschema.Draft202012Validator(schemas[name], registry=registry)


validators = {name: make_validator(name) for name in schemas}
validator = validators["offer"]

for f in sorted(glob.glob(os.path.join(src, "examples/*.json"))):
    for e in validator.iter_errors(json.load(open(f))):
        problems.append(f"{f}: {e.message}")

# Seeded random offers over every field the schema describes.
rng = random.Random(2026)
presets = ["amazon", "even-annual", "cliff-monthly", "quarterly", "google", "front-loaded"]


def money():
    return rng.choice([0, 1, 99.5, 1234.56, 65000, 240000, 1000000])


def offer(i):
    o = {"name": f"offer {i}", "base": rng.choice([1, 90000, 175000.25, 400000])}
    maybe = lambda p: rng.random() < p
    if maybe(0.5): o["kind"] = rng.choice(["offer", "verbal", "current"])
    if maybe(0.5): o.update(company=rng.choice(["Amazon", "Meta", "Acme"]), level="L5", role="PM", location="Seattle")
    if maybe(0.3): o["offer_date"], o["start_date"] = "2026-11-20", "2027-01-11"
    if maybe(0.5): o["bonus_pct"] = rng.choice([0, 10, 15.5])
    if maybe(0.5): o["raise_pct"] = rng.choice([0, 3, 4.25])
    if maybe(0.6): o["sign_on"] = {"year1": money(), "year2": money(), "paid": rng.choice(["monthly", "lump"])}
    if maybe(0.7):
        vest = rng.choice([rng.choice(presets), [25, 25, 25, 25], [{"month": 6, "pct": 50}, {"month": 18, "pct": 50}]])
        o["rsu"] = {"grant": money(), "vesting": vest} if maybe(0.7) else {"shares": 100, "price": 123.456789, "vesting": vest}
    if maybe(0.2): o["refreshers"] = [{"month": 12, "grant": 50000, "vesting": "even-annual"}]
    if maybe(0.4): o["stock_growth_pct"] = rng.choice([-50, 0, 10])
    if maybe(0.3): o["growth_convention"] = rng.choice(["vest_date", "recruiter"])
    if maybe(0.4): o["volatility_pct"] = rng.choice([0, 30, 80])
    if maybe(0.2): o["other"] = [{"name": "relocation", "amount": 10000, "year": 1}, {"name": "stipend", "amount": 1200, "every_year": True}]
    if maybe(0.2): o["band"] = {"base_min": 1, "base_max": 500000}
    if maybe(0.2): o["fixed"] = ["base"]
    if maybe(0.3): o["floor"], o["target"] = 900000, 1200000
    if maybe(0.2): o["transition"] = {"unvested": 40000, "relocation": 0}
    if maybe(0.4): o["tax"] = rng.choice([{"filing": "single", "state": "WA"}, {"filing": "married_joint", "state": "NY", "city": "NYC"}])
    if maybe(0.2): o["notes"] = "recruiter: Dana"
    if maybe(0.2): o["$schema"] = "offer.schema.json"
    if maybe(0.2):  # stock options, with exits as prices or (through the cap table) valuations
        op = {"type": rng.choice(["iso", "nso"]), "shares": rng.choice([1, 1001, 60000]),
              "strike": rng.choice([0.01, 2.1, 6]), "preferred_price": rng.choice([0.5, 7.5]),
              "vesting": rng.choice(presets)}
        if maybe(0.5):
            op["company"] = {"fully_diluted_shares": 80000000, "preferences": 150000000, "dilution_pct_per_year": 5}
            op["exits"] = [{"year": 5, "valuation": 2000000000, "probability": 0.1},
                           {"year": 3, "valuation": 100000000, "probability": 0.2}]
        elif maybe(0.5):
            op["exits"] = [{"year": 4, "price": 20, "probability": 0.1}]
        o["options"] = op
    return o


offers = [offer(i) for i in range(400)]
out = subprocess.run([binary, "batch"], input="\n".join(json.dumps(o) for o in offers) + "\n", capture_output=True,
                     text=True).stdout.splitlines()
for o, line in zip(offers, out):
    if '"error"' in line:
        problems.append(f"offercalc rejects a random offer: {line}")
    for e in validator.iter_errors(o):
        problems.append(f"the schema rejects a random offer: {e.message}: {json.dumps(o)}")

# What `offercalc init` writes follows the schema.
for flags in (["--base", "175k"],
              ["--company", "Amazon", "--level", "L5", "--base", "175k", "--sign-on", "65k/52k", "--rsu", "240k",
               "--vesting", "amazon", "--state", "WA", "--bonus-pct", "10", "--volatility", "30"],
              ["--base", "185k", "--options-shares", "60000", "--strike", "2.10", "--preferred-price", "7.50",
               "--option-type", "nso", "--options-vesting", "quarterly"]):
    written = subprocess.run([binary, "init", *flags], capture_output=True, text=True, check=True).stdout
    for e in validator.iter_errors(json.loads(written)):
        problems.append(f"init {' '.join(flags)}: {e.message}")

# The catalogue. Faults that need arithmetic, dates or the parser's own rules:
not_expressible = {
    "band-inverted": "base_max below base_min compares two values",
    "base-sub-cent": "JSON Schema's multipleOf on binary numbers cannot say at most two decimals",
    "fraction-percent": "a warning under --strict, not invalid",
    "vesting-percent-too-precise": "at most four decimals (as base-sub-cent)",
    "close-before-offer": "compares two dates",
    "date-impossible": "a calendar check (2026-02-30)",
    "name-wide": "a width in terminal columns, where a wide character counts two",
    "name-blank": "blank space alone (a lookahead over Unicode's spaces, left out of the pattern to keep it readable)",
    "duplicate-key": "JSON parsers keep one of two equal keys; offercalc refuses both",
    "duplicate-nested-key": "as duplicate-key",
    "rsu-shares-times-price-too-large": "a product of two fields",
    "tax-none": "valid; the error is --after-tax without a tax block",
    "too-large": "a size limit on the file, not its content",
    "total-overflow": "a sum over the years",
    "vesting-not-100": "percents adding up to 100",
    "vesting-over-100": "percents adding up to 100",
    "vesting-out-of-order": "tranche months in increasing order",
    "options-exits-over-100": "probabilities adding up to at most 1",
    "options-strike-above-preferred": "valid, with a warning: a strike above the preferred price compares two fields",
    "options-valuation-no-company": "an exit's valuation needs options.company, a field two levels up",
    "refresh-both": "either yearly or yearly_pct_of_grant, where null is the same as leaving one out",
    "refresh-pct-no-grant": "a percent of the rsu grant needs another field",
    "conversion-too-many-shares": "a quotient of two fields",
}


def strict(text):
    def pairs(items):
        keys = [k for k, _ in items]
        if len(keys) != len(set(keys)):
            raise ValueError("duplicate key")
        return dict(items)

    def nan(name):
        raise ValueError(name)

    return json.loads(text, object_pairs_hook=pairs, parse_constant=nan)


checked = 0
for f in sorted(glob.glob(os.path.join(src, "tests/bad/*.json"))):
    name = os.path.basename(f)[:-5]
    try:
        doc = strict(open(f, encoding="utf-8").read())
    except (ValueError, UnicodeDecodeError):
        continue  # not JSON: no schema applies
    checked += 1
    valid = validator.is_valid(doc)
    if valid and name not in not_expressible:
        problems.append(f"the schema accepts tests/bad/{name}.json, which offercalc rejects")
    if not valid and name in not_expressible:
        problems.append(f"tests/bad/{name}.json is listed as not expressible, but the schema rejects it")

# Each command's JSON output. summary, sweep and batch print one object per line.
LINES = {"summary", "sweep", "batch"}
used = set()


def check_output(name, text, where):
    used.add(name)
    docs = text.splitlines() if name in LINES else [text]
    if not docs:
        problems.append(f"{where}: no output")
    for d in docs:
        for e in validators[name].iter_errors(json.loads(d)):
            problems.append(f"{where}: {name} schema: {e.message} at {list(e.absolute_path)}")


golden = 0
for cmd in sorted(glob.glob(os.path.join(src, "tests/golden/cases/*.cmd"))):
    out = open(cmd[:-4] + ".out").read()
    if out.startswith("{"):
        words = open(cmd).read().split()
        check_output("offer" if words[0] == "init" else words[0], out, os.path.basename(cmd))
        golden += 1

# Variants no golden case prints: after tax, odds beside the asks, no --after,
# a run with nothing to counter, sweeps with gaps and net columns.
A, M, C = "examples/amazon-l5-pm.json", "examples/meta-ic5-pm.json", "examples/current-job.json"
variants = [
    ["summary", "--json", "--after-tax", A, M],
    ["compare", "--json", "--odds", "--paths", "2000", "--today", "2026-11-23", A, M, C],
    ["compare", "--json", "--today", "2026-11-23", M, A],
    ["compare", "--json", "--target", "1.2M", "--today", "2026-12-24", A],
    # asks that cannot be made (the band full): null changes and totals
    ["compare", "--json", "--today", "2026-11-23", "--base", "200k", "--confidence", "99", "--paths", "2000", A, M],
    ["odds", "--json", "--after-tax", "--paths", "2000", A, M],
    ["sweep", A, "--rsu", "0..20k/10k", "--growth", "0..10/10", "--jsonl", "--after-tax", "--against", M],
    ["sweep", A, "--base", "+0..+10k/10k", "--jsonl"],
    ["check", "--json", "--after-tax", A, "--year1-at-least", "250k"],
    ["leave", "--json", M],
    # stock options exercised, after tax (show and compare)
    ["show", "--json", "--after-tax", "tests/tax/startup-409a.json"],
    ["compare", "--json", "--after-tax", "--today", "2026-11-23", A, "tests/tax/startup-409a.json"],
    ["leave", "--json", "--after", "30", "tests/tax/startup-409a.json"],
    ["leave", "--json", "examples/startup-series-b.json", "--set", "tax=null"],
]
for v in variants:
    r = subprocess.run([binary, *v], capture_output=True, text=True, cwd=src)
    if r.returncode not in (0, 1):
        problems.append(f"offercalc {' '.join(v)}: exit {r.returncode}: {r.stderr.strip()}")
        continue
    check_output(v[0], r.stdout, "offercalc " + " ".join(v))
for name in sorted(set(schemas) - {"defs"} - used):
    problems.append(f"no output checked against the {name} schema")

# The random offers through batch (every line valid), with and without tax.
for extra in ([], ["--after-tax", "--state", "CA"]):
    r = subprocess.run([binary, "batch", *extra], input="\n".join(json.dumps(o) for o in offers) + "\n",
                       capture_output=True, text=True)
    check_output("batch", r.stdout, f"batch {' '.join(extra)} over the random offers")

# Closed schemas: each change below must be rejected.
def mutated(case, change):
    doc = json.loads(open(os.path.join(src, "tests/golden/cases", case + ".out")).read().splitlines()[0])
    change(doc)
    return doc


mutations = [
    ("show", "show-json", "an unknown key in an offer", lambda d: d["offers"][0].update(x=1)),
    ("show", "show-json", "an unknown key in a year", lambda d: d["offers"][0]["years"][0].update(x=1)),
    ("show", "show-json", "a year without rsu", lambda d: d["offers"][0]["years"][0].pop("rsu")),
    ("show", "show-json", "schema_version 2", lambda d: d.update(schema_version=2)),
    ("show", "after-tax-show-json", "tax without net", lambda d: d["offers"][0]["years"][0].pop("net")),
    ("compare", "compare-json", "an unknown key in an ask", lambda d: d["asks"][0].update(x=1)),
    ("compare", "compare-json", "schema_version inside an offer", lambda d: d["offers"][1].update(schema_version=1)),
    ("compare", "compare-json", "a one-day answer window", lambda d: d["timeline"].update(answer_window=["2026-11-30"])),
    ("compare", "compare-odds-json", "a level confidence ask", lambda d: d["odds"]["confidence_asks"][0].update(lever="level")),
    ("odds", "odds-json", "a probability above 1", lambda d: d["vs"][0].update(p_win=1.5)),
    ("presets", "presets-json", "a tranche of weight 0", lambda d: d["presets"][0]["tranches"][0].update(weight=0)),
    ("sweep", "sweep-jsonl", "an unknown column", lambda d: d.update(rsu_grant_change=1)),
    ("batch", "batch", "an unknown key in an offer line", lambda d: d.update(x=1)),
    ("batch", "batch", "an offer line without schema_version", lambda d: d.pop("schema_version")),
    ("validate", "validate-json", "a file without its verdict", lambda d: d["files"][0].pop("valid")),
]
for name, case, what, change in mutations:
    if validators[name].is_valid(mutated(case, change)):
        problems.append(f"the {name} schema accepts {what}")

for p in problems:
    print("schema_check:", p, file=sys.stderr)
print(f"schema_check: {len(schemas)} schemas; {len(offers)} random offers, {checked} catalogue files, "
      f"{len(not_expressible)} not expressible; {golden} golden outputs, {len(variants)} variants, "
      f"{len(mutations)} mutations rejected")
sys.exit(1 if problems else 0)
