// Tax on stock options, checked against arithmetic done by hand from the published
// figures: ../shared/TAX.md (2026 federal brackets, standard deduction, FICA) and the
// 2026 AMT figures of data/tax/2026.json ("federal" -> "amt": exemption $90,100 single,
// $140,200 jointly; phase-out at 50% above $500,000 / $1,000,000; 26% up to $244,500 of
// taxable excess, 28% above). Texas has no income tax and no payroll program, so only the
// federal lines move. Every expected value is worked out in the comment above it.

#include "catch.hpp"

#include "offercalc/model.hpp"
#include "offercalc/options_tax.hpp"
#include "offercalc/parse.hpp"
#include "offercalc/scenarios.hpp"
#include "offercalc/tax.hpp"

using namespace offercalc;

namespace {

Money usd(double d) { return Money::cents(static_cast<std::int64_t>(d * 100 + (d < 0 ? -0.5 : 0.5))); }

Components base_pay(double base) {
    Components c;
    c.base = usd(base);
    c.sum_parts();
    return c;
}

/// A price per share in dollars, exact to the millionth.
SharePrice price(double d) { return SharePrice::dollars(static_cast<std::int64_t>(d * 1e6 + 0.5)); }

const TaxProfile kTexas{Filing::Single, "TX"};

}  // namespace

TEST_CASE("options tax: the spread, rounded once to the cent") {
    // 10,000 x (3.00 - 1.00) = 20,000.00
    CHECK(exercise_spread(10000, price(1), price(3)) == usd(20000));
    // 2 x (0.0125 - 0.01) = 0.005: half a cent, rounded away from zero to 0.01
    CHECK(exercise_spread(2, price(0.01), price(0.0125)) == usd(0.01));
    // 1 x 0.0025 = 0.0025: a quarter cent, rounds to 0
    CHECK(exercise_spread(1, price(0.01), price(0.0125)) == Money());
    // An FMV under the strike: no spread (the option would not be exercised at a loss)
    CHECK(exercise_spread(1000, price(2), price(1.5)) == Money());
}

TEST_CASE("options tax: NSO spread under the Social Security wage base") {
    // Base 100,000, spread 10,000 x (3 - 1) = 20,000: wages 120,000, under 184,500.
    const ExerciseTax t = exercise_tax(kTexas, base_pay(100000), IsoSplit{0, 10000}, price(1), price(3));
    // Federal: taxable 83,900 -> 103,900, all in the 22% bracket (50,400 to 105,700):
    //   22% x 20,000 = 4,400
    CHECK(t.wages.federal == usd(4400));
    // FICA: 6.2% x 20,000 = 1,240 + 1.45% x 20,000 = 290 -> 1,530
    CHECK(t.wages.fica == usd(1530));
    CHECK(t.wages.state == Money());
    CHECK(t.wages.state_payroll == Money());
    CHECK(t.wages.total == usd(5930));
    CHECK(t.amt == Money());
    CHECK(t.total == usd(5930));
    CHECK(t.nso_spread == usd(20000));
    CHECK(t.iso_spread == Money());
}

TEST_CASE("options tax: NSO spread crossing the Social Security wage base") {
    // Base 170,000, spread 5,000 x (6 - 2) = 20,000: wages 190,000.
    const ExerciseTax t = exercise_tax(kTexas, base_pay(170000), IsoSplit{0, 5000}, price(2), price(6));
    // Federal: taxable 153,900 -> 173,900, inside the 24% bracket (105,700 to 201,775):
    //   24% x 20,000 = 4,800
    CHECK(t.wages.federal == usd(4800));
    // Social Security only up to 184,500: 6.2% x (184,500 - 170,000 = 14,500) = 899;
    // Medicare 1.45% x 20,000 = 290; no Additional Medicare (190,000 < 200,000) -> 1,189
    CHECK(t.wages.fica == usd(1189));
    CHECK(t.total == usd(5989));
}

TEST_CASE("options tax: ISO, no AMT") {
    // Base 150,000; regular tax on taxable 133,900: 1,240 + 4,560 + 12,166 + 24% x 28,200
    // (6,768) = 24,734. ISO spread 4,000 x (6 - 1) = 20,000: AMTI 150,000 + 20,000 =
    // 170,000 (the standard deduction added back), exemption 90,100, excess 79,900;
    // 26% x 79,900 = 20,774 < 24,734: no AMT.
    const AmtFigures a = federal_amt(kTexas, base_pay(150000), usd(20000));
    CHECK(a.amti == usd(170000));
    CHECK(a.exemption == usd(90100));
    CHECK(a.taxable_excess == usd(79900));
    CHECK(a.tentative == usd(20774));
    CHECK(a.regular == usd(24734));
    CHECK(a.amt == Money());
    const ExerciseTax t = exercise_tax(kTexas, base_pay(150000), IsoSplit{4000, 0}, price(1), price(6));
    CHECK(t.iso_spread == usd(20000));
    CHECK(t.wages.total == Money());  // no regular tax, no FICA
    CHECK(t.total == Money());
}

TEST_CASE("options tax: ISO, AMT due") {
    // Base 150,000 (regular tax 24,734, above); spread 10,000 x (6 - 1) = 50,000:
    // AMTI 200,000, excess 200,000 - 90,100 = 109,900; 26% = 28,574; AMT 28,574 - 24,734
    // = 3,840. Without the spread: 26% x 59,900 = 15,574 < 24,734, no AMT: it all is the ISO's.
    const AmtFigures a = federal_amt(kTexas, base_pay(150000), usd(50000));
    CHECK(a.tentative == usd(28574));
    CHECK(a.amt == usd(3840));
    const ExerciseTax t = exercise_tax(kTexas, base_pay(150000), IsoSplit{10000, 0}, price(1), price(6));
    CHECK(t.amt == usd(3840));
    CHECK(t.wages.fica == Money());
    CHECK(t.total == usd(3840));
}

TEST_CASE("options tax: ISO, the exemption partly phased out") {
    // Base 200,000: regular tax on taxable 183,900: 17,966 + 24% x 78,200 (18,768) = 36,734.
    // Spread 40,000 x (11 - 1) = 400,000: AMTI 600,000; exemption 90,100 - 50% x (600,000 -
    // 500,000) = 40,100; excess 559,900; 26% x 244,500 = 63,570 + 28% x 315,400 = 88,312
    // -> 151,882; AMT 151,882 - 36,734 = 115,148 (none without the spread: 26% x 109,900 =
    // 28,574 < 36,734).
    const AmtFigures a = federal_amt(kTexas, base_pay(200000), usd(400000));
    CHECK(a.amti == usd(600000));
    CHECK(a.exemption == usd(40100));
    CHECK(a.taxable_excess == usd(559900));
    CHECK(a.tentative == usd(151882));
    CHECK(a.regular == usd(36734));
    CHECK(a.amt == usd(115148));
    CHECK(exercise_tax(kTexas, base_pay(200000), IsoSplit{40000, 0}, price(1), price(11)).amt == usd(115148));
}

TEST_CASE("options tax: ISO, the exemption gone") {
    // Base 200,000 (regular 36,734); spread 60,000 x (11 - 1) = 600,000: AMTI 800,000;
    // 90,100 - 50% x 300,000 < 0: no exemption (gone from 500,000 + 2 x 90,100 = 680,200).
    // Excess 800,000: 63,570 + 28% x 555,500 (155,540) = 219,110; AMT 219,110 - 36,734 = 182,376
    const AmtFigures a = federal_amt(kTexas, base_pay(200000), usd(600000));
    CHECK(a.exemption == Money());
    CHECK(a.tentative == usd(219110));
    CHECK(a.amt == usd(182376));
    // At the edge: AMTI 680,200 leaves 90,100 - 50% x 180,200 = 0.
    CHECK(federal_amt(kTexas, base_pay(200000), usd(480200)).exemption == Money());
    // 2 cents more than that edge's other side: AMTI 680,199.98 leaves 0.01
    CHECK(federal_amt(kTexas, base_pay(200000), usd(480199.98)).exemption == usd(0.01));
}

TEST_CASE("options tax: ISO AMT filing jointly") {
    // Base 300,000, married filing jointly: taxable 300,000 - 32,200 = 267,800: 2,480 +
    // 12% x 76,000 (9,120) + 22% x 110,600 (24,332) + 24% x 56,400 (13,536) = 49,468.
    // Spread 200,000: AMTI 500,000, under the 1,000,000 threshold: exemption 140,200,
    // excess 359,800: 63,570 + 28% x 115,300 (32,284) = 95,854; AMT 95,854 - 49,468 = 46,386.
    const TaxProfile joint{Filing::MarriedJoint, "TX"};
    const AmtFigures a = federal_amt(joint, base_pay(300000), usd(200000));
    CHECK(a.exemption == usd(140200));
    CHECK(a.regular == usd(49468));
    CHECK(a.amt == usd(46386));
    // Married filing separately: exemption 70,100, 28% above 122,250. Base 150,000:
    // taxable 133,900, the single brackets to here: 24,734. Spread 50,000: AMTI 200,000,
    // excess 129,900: 26% x 122,250 = 31,785 + 28% x 7,650 = 2,142 -> 33,927; AMT 9,193.
    const AmtFigures s = federal_amt({Filing::MarriedSeparate, "TX"}, base_pay(150000), usd(50000));
    CHECK(s.exemption == usd(70100));
    CHECK(s.tentative == usd(33927));
    CHECK(s.amt == usd(9193));
}

TEST_CASE("options tax: the ISO $100,000 limit") {
    // 30,000 ISOs at a $5 grant-date FMV, 25% a year: 7,500 x 5 = 37,500 a year, all ISO.
    CHECK(split_iso_limit({{7500, price(5)}}) == std::vector<IsoSplit>{{7500, 0}});
    // 100,000 at $5, 25% a year: 25,000 x 5 = 125,000; 100,000 / 5 = 20,000 ISO, 5,000 NSO.
    CHECK(split_iso_limit({{25000, price(5)}}) == std::vector<IsoSplit>{{20000, 5000}});
    // Two grants in one year, earlier first: 10,000 at $4 = 40,000 (all ISO, 60,000
    // left); 30,000 at $2.50: 60,000 / 2.5 = 24,000 ISO, 6,000 NSO.
    CHECK(split_iso_limit({{10000, price(4)}, {30000, price(2.5)}}) ==
          std::vector<IsoSplit>{{10000, 0}, {24000, 6000}});
    // Whole shares: 7,000 at $15: 100,000 / 15 = 6,666.67 -> 6,666 ISO (99,990), 334 NSO;
    // the 10 dollars left take 1,000 shares of a later grant at $0.01, the rest NSO.
    CHECK(split_iso_limit({{7000, price(15)}, {2000, price(0.01)}}) ==
          std::vector<IsoSplit>{{6666, 334}, {1000, 1000}});
    // Exactly at the limit: 20,000 x 5 = 100,000, all ISO; nothing left for a later grant.
    CHECK(split_iso_limit({{20000, price(5)}, {10, price(1)}}) == std::vector<IsoSplit>{{20000, 0}, {0, 10}});
}

TEST_CASE("options tax: a year's vest split and exercised, NSO and ISO parts together") {
    // 25,000 shares vest (the 100,000-share grant at $5 above): 20,000 ISO, 5,000 NSO,
    // exercised at an FMV of $8 with the $5 strike. Base 150,000 in Texas.
    const ExerciseTax t = exercise_tax(kTexas, base_pay(150000), IsoSplit{20000, 5000}, price(5), price(8));
    // NSO spread 5,000 x 3 = 15,000: federal 24% x 15,000 = 3,600 (taxable 133,900 ->
    // 148,900); FICA 7.65% x 15,000 = 1,147.50 (wages 165,000, under the wage base)
    CHECK(t.wages.federal == usd(3600));
    CHECK(t.wages.fica == usd(1147.50));
    // ISO spread 20,000 x 3 = 60,000 on top of wages of 165,000: regular tax 24,734 + 3,600
    // = 28,334; AMTI 225,000, excess 134,900, 26% = 35,074; AMT 35,074 - 28,334 = 6,740
    // (none without the ISOs: 26% x 74,900 = 19,474 < 28,334).
    CHECK(t.iso_spread == usd(60000));
    CHECK(t.amt == usd(6740));
    CHECK(t.total == usd(11487.50));
}

TEST_CASE("options tax: early exercise with an 83(b) election") {
    // At strike = FMV ($0.50) the spread is zero: nothing to tax, ISO or NSO.
    for (OptionType type : {OptionType::Iso, OptionType::Nso}) {
        const IsoSplit split = early_exercise_split(type, 100000, price(0.5));
        CHECK(exercise_tax(kTexas, base_pay(150000), split, price(0.5), price(0.5)).total == Money());
    }
    // NSO, 40,000 shares at a $1 strike exercised when the FMV is $1.25: spread 10,000 as
    // wages: federal 24% x 10,000 = 2,400, FICA 7.65% = 765 -> 3,165.
    const IsoSplit nso = early_exercise_split(OptionType::Nso, 40000, price(1));
    CHECK(nso == IsoSplit{0, 40000});
    CHECK(exercise_tax(kTexas, base_pay(150000), nso, price(1), price(1.25)).total == usd(3165));
    // ISO: the whole grant is exercisable in the year of grant: 40,000 x $1 = 40,000, all
    // ISO; the 10,000 spread is a preference: AMTI 160,000, 26% x 69,900 = 18,174 < 24,734,
    // no AMT.
    const IsoSplit iso = early_exercise_split(OptionType::Iso, 40000, price(1));
    CHECK(iso == IsoSplit{40000, 0});
    CHECK(exercise_tax(kTexas, base_pay(150000), iso, price(1), price(1.25)).total == Money());
    // 200,000 ISOs at $1 exercisable at once: 100,000 ISO, 100,000 NSO.
    CHECK(early_exercise_split(OptionType::Iso, 200000, price(1)) == IsoSplit{100000, 100000});
}

TEST_CASE("options tax: the words") {
    const auto iso = option_sale_words(OptionType::Iso);
    REQUIRE(iso.size() == 4);
    CHECK(iso[0].find("qualifying disposition") != std::string::npos);
    CHECK(iso[1].find("disqualifying disposition") != std::string::npos);
    CHECK(iso.back().find("Not modelled") == 0);
    const auto nso = option_sale_words(OptionType::Nso);
    CHECK(nso[1].find("long-term capital gain") != std::string::npos);
    CHECK(early_exercise_words(OptionType::Iso)[0].find("83(b)") != std::string::npos);
    CHECK(option_tax_caveat().find("California") != std::string::npos);
}

namespace {

/// `shares` ISOs at `strike` (the FMV at grant) on `preset`, no early exercise.
Options iso_grant(std::int64_t shares, double strike, const char* preset) {
    Options o;
    o.type = OptionType::Iso;
    o.shares = shares;
    o.strike = o.fmv = o.preferred = price(strike);
    o.schedule = *find_preset(preset);
    return o;
}

std::vector<IsoSplit> splits(const std::vector<ClassedVest>& vests) {
    std::vector<IsoSplit> out;
    for (const ClassedVest& v : vests) out.push_back(v.split);
    return out;
}

}  // namespace

TEST_CASE("options tax: each vest split by the $100,000 limit of its year") {
    // 100,000 ISOs at $5, even-annual: 25,000 at months 12, 24, 36, 48, each year's
    // 125,000 of grant-date value split 20,000 ISO / 5,000 NSO.
    const Options o = iso_grant(100000, 5, "even-annual");
    CHECK(splits(classed_vests(o, 48)) ==
          std::vector<IsoSplit>{{20000, 5000}, {20000, 5000}, {20000, 5000}, {20000, 5000}});
    // Up to month 30: the first two vests only.
    CHECK(classed_vests(o, 30).size() == 2);
    // As NSOs: all NSO.
    Options nso = o;
    nso.type = OptionType::Nso;
    CHECK(splits(classed_vests(nso, 48)) == std::vector<IsoSplit>{{0, 25000}, {0, 25000}, {0, 25000}, {0, 25000}});
    // With early exercise the whole grant is exercisable in year 1: 500,000 of value, so
    // 20,000 ISOs in all, given to the earliest vest; the rest are NSOs.
    Options early = o;
    early.early_exercise = true;
    CHECK(splits(classed_vests(early, 48)) == std::vector<IsoSplit>{{20000, 5000}, {0, 25000}, {0, 25000}, {0, 25000}});
}

TEST_CASE("options tax: a refresher shares its year's limit with the earlier grant") {
    // Initial 60,000 at $2, cliff-monthly: year 2 vests 1,250 a month (months 13-24),
    // 15,000 x 2 = 30,000, all ISO, leaving 70,000. A refresher at month 6, 120,000 at $3,
    // even-annual, vests 30,000 at month 18 (90,000 of value): 70,000 / 3 = 23,333 ISO
    // (69,999), 6,667 NSO.
    Options o = iso_grant(60000, 2, "cliff-monthly");
    o.refreshers.push_back({6, 120000, price(3), *find_preset("even-annual")});
    IsoSplit year2;
    for (const ClassedVest& v : classed_vests(o, 24))
        if (v.vest.month > 12) {
            year2.iso += v.split.iso;
            year2.nso += v.split.nso;
        }
    CHECK(year2 == IsoSplit{15000 + 23333, 6667});
}

TEST_CASE("options tax: exercising each year's vest, after tax") {
    // Base 150,000 a year in Texas; 100,000 ISOs at a $5 strike, FMV $8, even-annual:
    // each year 20,000 ISO and 5,000 NSO shares, as in "a year's vest split and exercised"
    // above: tax 3,600 + 1,147.50 + AMT 6,740 = 11,487.50; cost 25,000 x 5 = 125,000;
    // spread 25,000 x 3 = 75,000.
    Offer offer;
    offer.name = "startup";
    offer.base = Money::dollars(150000);
    offer.options = iso_grant(100000, 5, "even-annual");
    offer.options->fmv = offer.options->preferred = price(8);
    const std::vector<OptionExercise> years = exercise_by_year(kTexas, offer, project(offer, 4));
    REQUIRE(years.size() == 4);
    for (const OptionExercise& y : years) {
        CHECK(y.iso_shares == 20000);
        CHECK(y.nso_shares == 5000);
        CHECK(y.cost == usd(125000));
        CHECK(y.spread == usd(75000));
        CHECK(y.tax == usd(11487.50));
        CHECK(y.amt == usd(6740));
    }
    // Without options: nothing.
    offer.options.reset();
    CHECK(exercise_by_year(kTexas, offer, project(offer, 4)).empty());
}

TEST_CASE("options tax: tests/tax/startup-409a.json's exercise rows (the golden options-exercise-show)") {
    // 60,000 ISOs at $2.10, 409A FMV $4.50, cliff-monthly: 15,000 shares a year, 31,500 of
    // grant-date value (all ISO), cost 31,500, spread 15,000 x 2.40 = 36,000. California,
    // single: no state tax on an ISO exercise, so only AMT.
    // Year 1: wages 185,000 + 15,000 sign-on = 200,000; regular tax on 183,900: 36,734;
    //   AMTI 236,000, excess 145,900, 26% = 37,934; AMT 1,200.
    // Years 2-4: wages 185,000; regular tax on 168,900: 17,966 + 24% x 63,200 (15,168) =
    //   33,134; AMTI 221,000, excess 130,900, 26% = 34,034; AMT 900.
    Offer offer;
    offer.name = "startup";
    offer.base = Money::dollars(185000);
    offer.sign_on_y1 = Money::dollars(15000);
    offer.options = iso_grant(60000, 2.10, "cliff-monthly");
    offer.options->fmv = price(4.50);
    offer.options->preferred = price(7.50);
    const std::vector<OptionExercise> years = exercise_by_year({Filing::Single, "CA"}, offer, project(offer, 4));
    REQUIRE(years.size() == 4);
    CHECK(years[0].cost == usd(31500));
    CHECK(years[0].spread == usd(36000));
    CHECK(years[0].tax == usd(1200));
    CHECK(years[0].amt == usd(1200));
    for (int n = 1; n < 4; ++n) CHECK(years[static_cast<std::size_t>(n)].tax == usd(900));
}

TEST_CASE("options tax: leaving with options") {
    // NSOs: 48,000 at a $1 strike, FMV $3, cliff-monthly; base 120,000 (10,000 a month)
    // in Texas. Leaving after 18 months: vested 12,000 + 6 x 1,000 = 18,000 shares, cost
    // 18,000; forfeited 30,000. Spread 18,000 x 2 = 36,000 of wages in year 2, on top of
    // its 6 months of pay (60,000): federal taxable 43,900 -> 79,900: 5,020 -> 1,240 +
    // 4,560 + 22% x 29,500 (6,490) = 12,290, so 7,270; FICA 7.65% x 36,000 = 2,754;
    // tax 10,024.
    Offer offer;
    offer.name = "startup";
    offer.base = Money::dollars(120000);
    offer.tax = kTexas;
    Options o = iso_grant(48000, 1, "cliff-monthly");
    o.type = OptionType::Nso;
    o.fmv = price(3);
    offer.options = o;
    const LeaveResult r = leave(offer, 18);
    REQUIRE(r.options);
    CHECK(r.options->vested == 18000);
    CHECK(r.options->nso == 18000);
    CHECK(r.options->forfeited == 30000);
    CHECK(r.options->window_days == 90);
    CHECK(r.options->cost == usd(18000));
    CHECK(r.options->spread == usd(36000));
    CHECK(r.options->tax == usd(10024));
    CHECK(r.options->amt == Money());
    // Without a tax profile: the cash, no tax.
    offer.tax.reset();
    CHECK(!leave(offer, 18).options->tax);
    // tests/tax/startup-409a.json after 30 months (the golden options-leave): 60,000 ISOs
    // at $2.10, FMV $4.50: vested 15,000 + 18 x 1,250 = 37,500 (cost 78,750), forfeited
    // 22,500; all ISO (31,500 of value a year at most). Year 3's pay through month 30:
    // 6 x 185,000 / 12 = 92,500; regular tax on 76,400: 1,240 + 4,560 + 22% x 26,000
    // (5,720) = 11,520; AMTI 92,500 + 37,500 x 2.40 (90,000) = 182,500, excess 92,400,
    // 26% = 24,024; AMT 24,024 - 11,520 = 12,504.
    Offer s;
    s.name = "startup";
    s.base = Money::dollars(185000);
    s.sign_on_y1 = Money::dollars(15000);
    s.tax = TaxProfile{Filing::Single, "CA"};
    s.options = iso_grant(60000, 2.10, "cliff-monthly");
    s.options->fmv = price(4.50);
    const LeaveResult l = leave(s, 30);
    REQUIRE(l.options);
    CHECK(l.options->vested == 37500);
    CHECK(l.options->forfeited == 22500);
    CHECK(l.options->cost == usd(78750));
    CHECK(l.options->tax == usd(12504));
    CHECK(l.options->amt == usd(12504));
    // 400,000 shares (the golden options-leave-no-tax): vested floor(400,000 x 30/48) =
    // 250,000, cost 525,000. Grant-date value 2.10 a share, 100,000 / 2.10 = 47,619 ISOs a
    // year: year 1 (100,000 shares) and year 2 (100,000) 52,381 NSO each; year 3 (50,000
    // through month 30) 2,381 NSO: 107,143 NSO, 142,857 ISO.
    s.options->shares = 400000;
    const LeaveResult big = leave(s, 30);
    CHECK(big.options->vested == 250000);
    CHECK(big.options->cost == usd(525000));
    CHECK(big.options->nso == 107143);
    CHECK(big.options->iso == 142857);
    CHECK(big.options->forfeited == 150000);
}

TEST_CASE("options tax: the current job's unvested options as transition cost") {
    // 20,000 unvested options at a $1.25 strike, worth $6 a share: 20,000 x 4.75 = 95,000,
    // added to 30,000 of other unvested equity: 125,000 unvested, 95,000 of it options.
    const Offer o = parse_offer(R"({"base": 150000, "kind": "current", "transition": {"unvested": 30000,
        "unvested_options": {"shares": 20000, "strike": 1.25, "price": 6}, "relocation": 5000}})",
                                "current.json");
    CHECK(o.transition_options == usd(95000));
    CHECK(o.transition_unvested == usd(125000));
    CHECK(o.transition_cost() == usd(130000));
    CHECK(o.warnings.empty());
    // A strike finer than a cent: 3 x (0.50 - 0.0125) = 1.4625, rounded once to 1.46.
    const Offer fine = parse_offer(
        R"({"base": 150000, "transition": {"unvested_options": {"shares": 3, "strike": 0.0125, "price": 0.5}}})",
        "fine.json");
    CHECK(fine.transition_options == usd(1.46));
    // A price at or below the strike: worth nothing, and warned.
    const Offer under = parse_offer(
        R"({"base": 150000, "transition": {"unvested_options": {"shares": 1000, "strike": 2, "price": 1.5}}})",
        "under.json");
    CHECK(under.transition_options == Money());
    CHECK(under.transition_unvested == Money());
    REQUIRE(under.warnings.size() == 1);
    CHECK(under.warnings[0] ==
          "under.json: transition.unvested_options.price: $1.50 is not above the strike $2: the options count as "
          "nothing");
}

TEST_CASE("options tax: NSOs exercised each year above the wage base (the golden options-exercise-nso)") {
    // tests/tax/startup-409a.json as NSOs in Texas: spread 15,000 x 2.40 = 36,000 a year.
    // Year 1 (wages 200,000): federal taxable 183,900 -> 219,900: 24% x 17,875 (4,290) +
    //   32% x 18,125 (5,800) = 10,090; no Social Security (past 184,500); Medicare 1.45% x
    //   36,000 = 522; Additional Medicare 0.9% x 36,000 = 324 -> 10,936.
    // Years 2-4 (wages 185,000): 168,900 -> 204,900: 24% x 32,875 (7,890) + 32% x 3,125
    //   (1,000) = 8,890; Medicare 522; Additional Medicare 0.9% x (221,000 - 200,000) = 189
    //   -> 9,601.
    Offer offer;
    offer.name = "startup";
    offer.base = Money::dollars(185000);
    offer.sign_on_y1 = Money::dollars(15000);
    offer.options = iso_grant(60000, 2.10, "cliff-monthly");
    offer.options->type = OptionType::Nso;
    offer.options->early_exercise = true;
    offer.options->fmv = price(4.50);
    const std::vector<OptionExercise> years = exercise_by_year(kTexas, offer, project(offer, 4));
    REQUIRE(years.size() == 4);
    CHECK(years[0].nso_shares == 15000);
    CHECK(years[0].tax == usd(10936));
    CHECK(years[0].amt == Money());
    for (int n = 1; n < 4; ++n) CHECK(years[static_cast<std::size_t>(n)].tax == usd(9601));
    // The paper value is not wages: a year's tax is the same with or without it.
    Components with = project(offer, 1).y(1), without = with;
    without.options = Money();
    without.sum_parts();
    CHECK(tax_year(kTexas, with).tax.total == tax_year(kTexas, without).tax.total);
    CHECK(federal_amt(kTexas, with, Money()).amti == federal_amt(kTexas, without, Money()).amti);
}
