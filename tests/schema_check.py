#!/usr/bin/env python3
"""The offer file's JSON Schema against offercalc itself, with a real validator
(python3-jsonschema, draft 2020-12):
- the schema is a valid schema, and `offercalc schema offer` prints exactly it;
- every shipped example is valid, and so are 400 seeded random offers that
  `offercalc batch` accepts;
- every bad-input catalogue file that is JSON is rejected by the schema too, except
  those whose fault a schema cannot express (listed below with the reason).
    schema_check.py OFFERCALC SOURCE_DIR"""
import glob
import json
import os
import random
import subprocess
import sys

import jsonschema

binary, src = sys.argv[1], sys.argv[2]
path = os.path.join(src, "data/schemas/offer.schema.json")
schema = json.load(open(path))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
problems = []

printed = subprocess.run([binary, "schema", "offer"], capture_output=True, text=True, check=True).stdout
if printed != open(path).read():
    problems.append("offercalc schema offer differs from data/schemas/offer.schema.json")

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
               "--vesting", "amazon", "--state", "WA", "--bonus-pct", "10", "--volatility", "30"]):
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
    "duplicate-key": "JSON parsers keep one of two equal keys; offercalc refuses both",
    "duplicate-nested-key": "as duplicate-key",
    "rsu-shares-times-price-too-large": "a product of two fields",
    "tax-none": "valid; the error is --after-tax without a tax block",
    "too-large": "a size limit on the file, not its content",
    "total-overflow": "a sum over the years",
    "vesting-not-100": "percents adding up to 100",
    "vesting-over-100": "percents adding up to 100",
    "vesting-out-of-order": "tranche months in increasing order",
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
for p in problems:
    print("schema_check:", p, file=sys.stderr)
print(f"schema_check: {len(offers)} random offers, {checked} catalogue files, {len(not_expressible)} not expressible")
sys.exit(1 if problems else 0)
