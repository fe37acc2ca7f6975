#!/usr/bin/env python3
"""An independent reference for offercalc's yearly figures, written from the
conventions in README.md (not from the C++ code): exact rationals for everything,
and stock growth (1+g)^(m/12) at 60 significant digits, with a tie settled
exactly by comparing twelfth powers.

    model.py OFFERCALC [COUNT] [SEED]

generates COUNT seeded random offers, runs `OFFERCALC batch --years 10` over them
and compares every component of every year, to the cent. Exit 1 on any mismatch.
"""
import json
import random
import subprocess
import sys
from decimal import Decimal, getcontext
from fractions import Fraction

getcontext().prec = 60

PRESETS = {  # month: weight, over a denominator (README "Vesting presets")
    "amazon": ([(12, 5), (24, 15), (30, 20), (36, 20), (42, 20), (48, 20)], 100),
    "even-annual": ([(12, 25), (24, 25), (36, 25), (48, 25)], 100),
    "cliff-monthly": ([(12, 12)] + [(m, 1) for m in range(13, 49)], 48),
    "quarterly": ([(m, 1) for m in range(3, 49, 3)], 16),
    "google": ([(m, (33, 33, 22, 12)[(m - 1) // 12]) for m in range(1, 49)], 1200),
    "front-loaded": ([(12, 38), (24, 32), (36, 20), (48, 10)], 100),
}


def round_half_away(x: Fraction) -> int:
    """Nearest integer, halves away from zero."""
    n = abs(x)
    q = int(n)
    if n - q >= Fraction(1, 2):
        q += 1
    return q if x >= 0 else -q


def grow(cents: int, ppm: int, months: int) -> int:
    """cents x (1 + ppm/10^6)^(months/12), rounded half away from zero."""
    if cents == 0 or months == 0 or ppm == 0:
        return cents
    rate = Fraction(10**6 + ppm, 10**6)
    if months % 12 == 0:
        return round_half_away(cents * rate ** (months // 12))
    v = Decimal(cents) * (Decimal(10**6 + ppm) / Decimal(10**6)) ** (Decimal(months) / Decimal(12))
    low = int(v)
    frac = v - low
    if abs(frac - Decimal("0.5")) > Decimal("1e-40"):
        return low + 1 if frac > Decimal("0.5") else low
    # Too near a half cent to trust 60 digits: compare twelfth powers exactly.
    half = Fraction(2 * low + 1, 2)
    return low + 1 if Fraction(cents) ** 12 * rate**months >= half**12 else low


def tranches(value: int, schedule):
    """(month, cents) by cumulative rounding: tranches add up to the grant."""
    items, den = schedule
    done, before, out = 0, 0, []
    for month, weight in items:
        done += weight
        after = round_half_away(Fraction(value * done, den))
        out.append((month, after - before))
        before = after
    return out


def schedule_of(spec):
    if isinstance(spec, str):
        return PRESETS[spec]
    if isinstance(spec[0], dict):  # explicit tranches, percents with up to 4 decimals
        return ([(t["month"], round(Decimal(str(t["pct"])) * 10000)) for t in spec], 100 * 10000)
    return ([(12 * (i + 1), round(Decimal(str(p)) * 10000)) for i, p in enumerate(spec)], 100 * 10000)


def share_tranches(shares: int, schedule):
    """(month, shares): whole shares, each cumulative count rounded down, so the last
    tranche completes the grant (README "Startup equity")."""
    items, den = schedule
    done, before, out = 0, 0, []
    for month, weight in items:
        done += weight
        after = shares * done // den
        out.append((month, after - before))
        before = after
    return out


def micros(x) -> int:
    return int(Decimal(str(x)) * 10**6)


def times(price_micros: int, shares: int) -> int:
    """shares x a price in micros, in cents, rounded half away from zero."""
    return round_half_away(Fraction(price_micros * shares, 10**4))


def cents(x) -> int:
    return int(Decimal(str(x)) * 100)


def ppm(x) -> int:
    return int(Decimal(str(x)) * 10000)


def apply_ppm(c: int, p: int) -> int:
    """c x p/10^6, rounded half away from zero."""
    return round_half_away(Fraction(c * p, 10**6))


def bonus_on(base, bonus_ppm, payout_ppm):
    """The bonus: the target (a percent of base, rounded), times the expected payout (rounded)."""
    return apply_ppm(apply_ppm(base, bonus_ppm), payout_ppm)


def vests_by_year(value, start, spec, growth, recruiter, years):
    """A grant's value vesting in each year shown, as the model values every grant."""
    out = [0] * years
    for rel, amount in tranches(value, schedule_of(spec)):
        month = start + rel
        if month > 12 * years:
            continue
        year = (month - 1) // 12 + 1
        exponent = 12 * (year - 1 - start // 12) if recruiter else rel
        out[year - 1] += grow(amount, growth, exponent)
    return out


def assumed(offer, rows, years, growth, recruiter, payout_ppm):
    """README "Past four years": the assumed refreshers' value by year, and the promotions'
    expected extra pay by year (each promotion's share rounded to the cent, then added)."""
    refresh = [0] * years
    r = offer.get("refresh")
    if r:
        yearly = cents(r["yearly"]) if "yearly" in r else apply_ppm(cents(offer["rsu"]["grant"]), ppm(r["yearly_pct_of_grant"]))
        spec = r.get("vesting", offer.get("rsu", {}).get("vesting"))
        for y in range(r.get("from_year", 2), years + 1):
            for n, v in enumerate(vests_by_year(yearly, 12 * (y - 1), spec, growth, recruiter, years)):
                refresh[n] += v
    promo = [0] * years
    ps = offer.get("promotion", [])
    raise_ppm, bonus_ppm = ppm(offer.get("raise_pct", 0)), ppm(offer.get("bonus_pct", 0))
    for i, p in enumerate(ps):
        prob = Fraction(Decimal(str(p["probability"])))
        b = cents(p["base"])
        for n in range(p["year"], years + 1):
            if n > p["year"]:
                b += apply_ppm(b, raise_ppm)
            # i sets the base in year n when it happened and no later one (due by n) did.
            w = prob
            for j, q in enumerate(ps):
                if j != i and q["year"] <= n and (q["year"] > p["year"] or (q["year"] == p["year"] and j > i)):
                    w *= 1 - Fraction(Decimal(str(q["probability"])))
            base = rows[n - 1]["base"]
            diff = b + bonus_on(b, bonus_ppm, payout_ppm) - base - bonus_on(base, bonus_ppm, payout_ppm)
            promo[n - 1] += round_half_away(diff * w)
        if p.get("grant"):
            spec = offer["rsu"]["vesting"] if "rsu" in offer else "even-annual"
            for n, v in enumerate(vests_by_year(cents(p["grant"]), 12 * (p["year"] - 1), spec, growth, recruiter, years)):
                promo[n] += round_half_away(v * prob)
    return refresh, promo


def project(offer, years):
    base = cents(offer["base"])
    raise_ppm, bonus_ppm = ppm(offer.get("raise_pct", 0)), ppm(offer.get("bonus_pct", 0))
    payout_ppm = ppm(offer.get("bonus_payout_pct", 100))
    growth = ppm(offer.get("stock_growth_pct", 0))
    recruiter = offer.get("growth_convention") == "recruiter"
    sign = offer.get("sign_on", {})
    rows = []
    for n in range(1, years + 1):
        if n > 1:
            base += round_half_away(Fraction(base * raise_ppm, 10**6))
        rows.append({
            "base": base,
            "bonus": bonus_on(base, bonus_ppm, payout_ppm),
            "sign_on": cents(sign.get("year1", 0)) if n == 1 else cents(sign.get("year2", 0)) if n == 2 else 0,
            "rsu": 0,
            "options": 0,
            "other": 0,
        })
    grants = []
    if "rsu" in offer:
        grants.append((cents(offer["rsu"]["grant"]), 0, offer["rsu"]["vesting"]))
    for r in offer.get("refreshers", []):
        grants.append((cents(r["grant"]), r["month"], r["vesting"]))
    for value, start, spec in grants:
        for row, amount in zip(rows, vests_by_year(value, start, spec, growth, recruiter, years)):
            row["rsu"] += amount
    add_options(offer.get("options"), growth, recruiter, rows, years)
    refresh, promo = assumed(offer, rows, years, growth, recruiter, payout_ppm)
    for r, a, p in zip(rows, refresh, promo):
        r["total"] = sum(r[k] for k in ("base", "bonus", "sign_on", "rsu", "options", "other"))
        r["assumed_refreshers"], r["promotion_expected"] = a, p
    return rows


def add_options(o, growth, recruiter, rows, years):
    """Each vest's paper value at the preferred price: max(0, grow(at(price)) - at(strike)),
    where at(p) is the grant's cumulative shares x p after the vest less that before it,
    each product rounded to the cent; grown like an RSU tranche."""
    if not o:
        return
    price = micros(o["preferred_price"])
    grants = [(0, o["shares"], micros(o["strike"]), o["vesting"])]
    for r in o.get("refreshers", []):
        grants.append((r["month"], r["shares"], micros(r.get("strike", o["strike"])), r["vesting"]))
    for start, shares, strike, spec in grants:
        before = 0  # the grant's shares vested so far
        for rel, n in share_tranches(shares, schedule_of(spec)):
            month = start + rel
            # cumulative products, each to the cent, less those before this vest
            paper, cost = times(price, before + n) - times(price, before), times(strike, before + n) - times(strike, before)
            before += n
            if n == 0 or month > 12 * years:
                continue
            year = (month - 1) // 12 + 1
            exponent = 12 * (year - 1 - start // 12) if recruiter else rel
            worth = grow(paper, growth, exponent)
            rows[year - 1]["options"] += max(0, worth - cost)


def money(rng, top):
    return Decimal(rng.randrange(0, top * 100)) / 100


def pct(rng, lo, hi):
    return Decimal(rng.randrange(lo * 10000, hi * 10000 + 1)) / 10000


def vesting(rng):
    kind = rng.randrange(3)
    if kind == 0:
        return rng.choice(sorted(PRESETS))
    if kind == 1:  # yearly percents with up to two decimals, adding up to 100
        cuts = sorted(rng.sample(range(1, 10000), rng.randrange(0, 4)))
        edges = [0] + cuts + [10000]
        return [float(Decimal(b - a) / 100) for a, b in zip(edges, edges[1:])]
    months = sorted(rng.sample(range(1, 121), rng.randrange(1, 8)))
    cuts = sorted(rng.sample(range(1, 1000000), len(months) - 1))
    edges = [0] + cuts + [1000000]
    return [{"month": m, "pct": float(Decimal(b - a) / 10000)} for m, (a, b) in zip(months, zip(edges, edges[1:]))]


def random_offer(rng):
    o = {"base": float(money(rng, 900000) + 1)}
    if rng.random() < 0.5:
        o["raise_pct"] = float(pct(rng, 0, 12))
    if rng.random() < 0.5:
        o["bonus_pct"] = float(pct(rng, 0, 40))
    if rng.random() < 0.6:
        o["sign_on"] = {"year1": float(money(rng, 200000)), "year2": float(money(rng, 100000))}
    if rng.random() < 0.9:
        o["rsu"] = {"grant": float(money(rng, 3000000)), "vesting": vesting(rng)}
        o["refreshers"] = [
            {"grant": float(money(rng, 500000)), "month": rng.randrange(0, 100), "vesting": vesting(rng)}
            for _ in range(rng.randrange(0, 3))
        ]
        if rng.random() < 0.3:
            o["refresh"] = ({"yearly": float(money(rng, 400000))} if rng.random() < 0.5
                            else {"yearly_pct_of_grant": float(pct(rng, 0, 50))})
            o["refresh"]["from_year"] = rng.randrange(1, 11)
            if rng.random() < 0.5:
                o["refresh"]["vesting"] = vesting(rng)
    if rng.random() < 0.2:
        o["bonus_payout_pct"] = float(pct(rng, 0, 200))
    if rng.random() < 0.3:  # probabilities to the hundredth: their products stay exact in millionths
        o["promotion"] = [
            {"year": rng.randrange(2, 11), "base": float(money(rng, 900000) + 1),
             "grant": float(money(rng, 500000)), "probability": rng.randrange(0, 101) / 100}
            for _ in range(rng.randrange(1, 4))
        ]
    if rng.random() < 0.2:  # stock options, about one offer in five
        strike = Decimal(rng.randrange(1, 20 * 10**6)) / 10**6
        o["options"] = {
            "type": rng.choice(["iso", "nso"]),
            "shares": rng.randrange(1, 2000000),
            "strike": float(strike),
            "preferred_price": float(Decimal(rng.randrange(1, 100 * 10**6)) / 10**6),
            "vesting": vesting(rng),
            "refreshers": [
                {"month": rng.randrange(0, 100), "shares": rng.randrange(1, 500000), "vesting": vesting(rng)}
                for _ in range(rng.randrange(0, 2))
            ],
        }
    o["stock_growth_pct"] = float(pct(rng, -60, 80)) if rng.random() < 0.9 else 21
    if rng.random() < 0.3:
        o["growth_convention"] = "recruiter"
    return o


def main():
    binary = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 20261123
    rng = random.Random(seed)
    offers = [random_offer(rng) for _ in range(count)]
    text = "".join(json.dumps(o) + "\n" for o in offers)
    out = subprocess.run([binary, "batch", "--years", "10"], input=text, capture_output=True, text=True)
    lines = out.stdout.splitlines()
    if out.returncode != 0 or len(lines) != count:
        print(f"batch failed (exit {out.returncode}, {len(lines)} lines): {out.stderr[:500]}")
        return 1
    mismatches = 0
    for i, (offer, line) in enumerate(zip(offers, lines), 1):
        got = json.loads(line, parse_float=Decimal)
        want = project(offer, 10)
        for n, (g, w) in enumerate(zip(got["years"], want), 1):
            for key in ("base", "bonus", "sign_on", "rsu", "options", "other", "total", "assumed_refreshers", "promotion_expected"):
                if cents(g[key]) != w[key]:
                    mismatches += 1
                    if mismatches <= 10:
                        print(f"offer {i} year {n} {key}: offercalc {g[key]}, reference {Decimal(w[key]) / 100}")
                        print(f"  {json.dumps(offer)}")
    print(f"reference: {count} offers x 10 years compared; {mismatches} mismatches")
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
