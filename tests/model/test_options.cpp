// Stock options: vesting in whole shares, paper value at a price, exercise cost, the
// preference waterfall and exits. Every expectation is worked by hand in its comment.

#include "catch.hpp"

#include "offercalc/error.hpp"
#include "offercalc/model.hpp"
#include "offercalc/options.hpp"
#include "offercalc/parse.hpp"
#include "offercalc/tax.hpp"
#include "support.hpp"

using namespace offercalc;

namespace {

Money d(std::int64_t dollars) { return Money::dollars(dollars); }
SharePrice usd(double dollars) { return SharePrice{static_cast<std::int64_t>(dollars * 1e6 + 0.5)}; }

/// 48,000 options at a $1 strike, $5 preferred, on `preset`.
Offer startup(const char* preset, std::int64_t shares = 48000) {
    Offer o;
    o.name = "startup";
    o.base = d(150000);
    Options op;
    op.shares = shares;
    op.strike = op.fmv = usd(1);
    op.preferred = usd(5);
    op.schedule = *find_preset(preset);
    o.options = op;
    return o;
}

std::vector<Money> option_years(const Offer& o, int years = 4) {
    const Projection p = project(o, years);
    std::vector<Money> out;
    for (int n = 1; n <= years; ++n) out.push_back(p.y(n).options);
    return out;
}

}  // namespace

TEST_CASE("options vest in whole shares and are worth the spread, for every preset", "[options]") {
    // Spread $5 - $1 = $4 a share on 48,000 shares.
    // cliff-monthly: 12/48 at month 12 (12,000), then 1,000 a month: 12,000 a year -> $48,000.
    CHECK(option_years(startup("cliff-monthly")) == std::vector<Money>{d(48000), d(48000), d(48000), d(48000)});
    CHECK(option_years(startup("even-annual")) == std::vector<Money>{d(48000), d(48000), d(48000), d(48000)});
    CHECK(option_years(startup("quarterly")) == std::vector<Money>{d(48000), d(48000), d(48000), d(48000)});
    // amazon 5/15/40/40: 2,400, 7,200, 19,200, 19,200 shares x $4.
    CHECK(option_years(startup("amazon")) == std::vector<Money>{d(9600), d(28800), d(76800), d(76800)});
    // google 33/33/22/12: 15,840, 15,840, 10,560, 5,760 shares x $4.
    CHECK(option_years(startup("google")) == std::vector<Money>{d(63360), d(63360), d(42240), d(23040)});
    // front-loaded 38/32/20/10: 18,240, 15,360, 9,600, 4,800 shares x $4.
    CHECK(option_years(startup("front-loaded")) == std::vector<Money>{d(72960), d(61440), d(38400), d(19200)});
}

TEST_CASE("a share count that does not divide evenly rounds down until the last tranche", "[options]") {
    // 1,001 shares even-annual: floor(250.25) = 250, floor(500.5) = 500, floor(750.75) = 750,
    // 1,001: tranches 250, 250, 250, 251.
    std::vector<std::int64_t> shares;
    for (const OptionVest& v : option_vests(startup("even-annual", 1001).options.value(), 48))
        shares.push_back(v.shares);
    CHECK(shares == std::vector<std::int64_t>{250, 250, 250, 251});
    // 1,000 shares cliff-monthly: 250 at the cliff; month 13: floor(1000 x 13/48) = 270 -> 20.
    const auto v = option_vests(startup("cliff-monthly", 1000).options.value(), 13);
    REQUIRE(v.size() == 2);
    CHECK(v[0].shares == 250);
    CHECK(v[1].shares == 20);
}

TEST_CASE("options count in the year's total, and later vests in options_after", "[options]") {
    const Projection p = project(startup("cliff-monthly"), 2);
    CHECK(p.y(1).total == d(150000 + 48000));
    CHECK(p.sum.options == d(96000));
    // Years 3-4 vest 24,000 shares x $4 = $96,000, counted at the price without growth.
    CHECK(p.options_after == d(96000));
    CHECK(p.equity_after.is_zero());
}

TEST_CASE("options grow with the stock under each convention", "[options]") {
    // 1,000 shares at $10, strike $8, even-annual, 10% growth.
    Offer o = startup("even-annual", 1000);
    o.options->preferred = usd(10);
    o.options->strike = usd(8);
    o.growth = Rate{100000};
    // vest_date: year 1 (month 12): 250 x $10 x 1.1 = $2,750 - $2,000 = $750;
    //            year 2 (month 24): $2,500 x 1.21 = $3,025 - $2,000 = $1,025.
    CHECK(option_years(o, 2) == std::vector<Money>{d(750), d(1025)});
    // recruiter: year n grows (n - 1) years: $500, then $2,750 - $2,000 = $750.
    o.convention = Convention::Recruiter;
    CHECK(option_years(o, 2) == std::vector<Money>{d(500), d(750)});
}

TEST_CASE("options under water are worth nothing, until growth lifts the price past the strike", "[options]") {
    Offer o = startup("even-annual", 1000);
    o.options->preferred = usd(1.9);
    o.options->strike = usd(2);
    CHECK(option_years(o, 2) == std::vector<Money>{Money(), Money()});
    o.growth = Rate{100000};
    // Year 1: 250 x $1.90 x 1.1 = $522.50 - $500 = $22.50; year 2: $475 x 1.21 = $574.75 - $500 = $74.75.
    CHECK(option_years(o, 2) == std::vector<Money>{Money::cents(2250), Money::cents(7475)});
}

TEST_CASE("a paper value is priced at the chosen price", "[options]") {
    Offer o = startup("even-annual");
    o.options->valued_at = price_at_multiple(o.options->preferred, 300);  // 3 x $5 = $15
    // 12,000 shares x ($15 - $1) = $168,000 a year.
    CHECK(option_years(o, 1) == std::vector<Money>{d(168000)});
    o.options->valued_at = price_at_multiple(o.options->preferred, 0);
    CHECK(option_years(o, 1) == std::vector<Money>{Money()});
    // 1.5x of $0.0125 is $0.01875.
    CHECK(price_at_multiple(usd(0.0125), 150).micros == 18750);
}

TEST_CASE("the exercise cost is shares x strike, by year and in all", "[options]") {
    const Options op = startup("amazon").options.value();
    // 2,400, 7,200, 19,200, 19,200 shares at $1.
    CHECK(exercise_cost_by_year(op, 4) == std::vector<Money>{d(2400), d(7200), d(19200), d(19200)});
    CHECK(exercise_cost(op, 240) == d(48000));
    // A strike finer than a cent: 10,000 x $0.0125 = $125.00; 3 x $0.005 = $0.015 -> $0.02 (half away).
    CHECK(usd(0.0125).times(10000) == d(125));
    CHECK(usd(0.005).times(3) == Money::cents(2));
}

TEST_CASE("share prices print with the decimals they have", "[options]") {
    CHECK(usd(20).text() == "$20");
    CHECK(usd(1.25).text() == "$1.25");
    CHECK(usd(0.0125).text() == "$0.0125");
    CHECK(SharePrice{1234567'891234}.text() == "$1,234,567.891234");
    CHECK(usd(0.5).text() == "$0.50");
}

TEST_CASE("common's price after the preferences, below, at and above them", "[options]") {
    const CapTable c{10'000'000, d(50'000'000), Rate{}};
    CHECK(common_price(c, d(40'000'000), 5).micros == 0);  // below: common gets nothing
    CHECK(common_price(c, d(50'000'000), 5).micros == 0);  // at: nothing left
    // above: ($150M - $50M) / 10M shares = $10.
    CHECK(common_price(c, d(150'000'000), 5) == usd(10));
    // 10% dilution a year: 10M -> 11M -> 12.1M shares by the end of year 2;
    // $100M / 12.1M = $8.2644628... -> $8.264463.
    const CapTable diluted{10'000'000, d(50'000'000), Rate{100000}};
    CHECK(shares_outstanding(diluted, 2) == 12'100'000);
    CHECK(common_price(diluted, d(150'000'000), 2).micros == 8'264'463);
}

TEST_CASE("exits weigh each outcome by its probability, and the rest is worth nothing", "[options]") {
    // The issue's case: 48,000 shares at $1, exits in year 5 at $20 (10%) and $5 (30%):
    // 48,000 x (0.1 x 19 + 0.3 x 4) = 48,000 x 3.1 = $148,800; nothing with 60%.
    Options op = startup("cliff-monthly").options.value();
    op.exits = {{5, usd(20), std::nullopt, Rate{100000}}, {5, usd(5), std::nullopt, Rate{300000}}};
    const ExitOutlook out = exit_outlook(op);
    CHECK(out.expected == d(148800));
    CHECK(out.chance_of_nothing == Rate{600000});
    REQUIRE(out.exits.size() == 2);
    CHECK(out.exits[0].vested == 48000);
    CHECK(out.exits[0].value == d(912000));  // 48,000 x $19
    CHECK(out.exits[0].cost == d(48000));
    // An exit in year 2 finds half the shares vested: 24,000 x $19 = $456,000, x 0.5 = $228,000.
    op.exits = {{2, usd(20), std::nullopt, Rate{500000}}};
    CHECK(exit_outlook(op).expected == d(228000));
}

TEST_CASE("an exit at a valuation goes through the waterfall, and one under the preferences is worth nothing",
          "[options]") {
    Options op = startup("cliff-monthly").options.value();
    op.company = CapTable{10'000'000, d(50'000'000), Rate{}};
    // $250M: ($250M - $50M) / 10M = $20 a share: 48,000 x $19 = $912,000, at 25%: $228,000.
    // $40M: under the preferences: $0, at 50%. Unassigned 25% + 50% = 75% of nothing.
    op.exits = {{4, std::nullopt, d(250'000'000), Rate{250000}}, {4, std::nullopt, d(40'000'000), Rate{500000}}};
    const ExitOutlook out = exit_outlook(op);
    CHECK(out.exits[0].price == usd(20));
    CHECK(out.expected == d(228000));
    CHECK(out.chance_of_nothing == Rate{750000});
}

TEST_CASE("month by month, options vest at their months and add up to the years", "[options]") {
    const Offer o = startup("cliff-monthly");
    const auto m = monthly(o, 24);
    CHECK(m[11].options == d(48000));  // month 12: the cliff, 12,000 x $4
    CHECK(m[12].options == d(4000));   // month 13: 1,000 x $4
    Money y2;
    for (int i = 12; i < 24; ++i) y2 += m[static_cast<std::size_t>(i)].options;
    CHECK(y2 == project(o, 2).y(2).options);
}

TEST_CASE("the options' paper value is not taxed as wages", "[options][tax]") {
    Offer o = startup("even-annual");
    const Projection p = project(o, 1);
    const YearTax with = tax_year(TaxProfile(Filing::Single, "WA"), p.y(1), 1);
    o.options.reset();
    const YearTax without = tax_year(TaxProfile(Filing::Single, "WA"), project(o, 1).y(1), 1);
    CHECK(with.wages == d(150000));
    CHECK(with.tax.total == without.tax.total);
}

TEST_CASE("an options block reads into exact values", "[options][parse]") {
    const Offer o = parse_offer(R"({"base": 150000, "options": {"type": "nso", "shares": 48000, "strike": 0.0125,
        "fmv": 0.5, "preferred_price": 2.75, "vesting": "cliff-monthly", "exercise_window_days": 3650,
        "early_exercise": true, "refreshers": [{"month": 24, "shares": 1000, "vesting": "even-annual"}],
        "company": {"fully_diluted_shares": 10000000, "preferences": 30000000, "dilution_pct_per_year": 5},
        "exits": [{"year": 5, "price": 20, "probability": 0.1}, {"year": 6, "valuation": 5e8, "probability": 0.25}]}})",
                                "s.json");
    REQUIRE(o.options);
    const Options& op = *o.options;
    CHECK(op.type == OptionType::Nso);
    CHECK(op.shares == 48000);
    CHECK(op.strike.micros == 12500);
    CHECK(op.fmv.micros == 500000);
    CHECK(op.preferred.micros == 2750000);
    CHECK(op.exercise_window_days == 3650);
    CHECK(op.early_exercise);
    REQUIRE(op.refreshers.size() == 1);
    CHECK(op.refreshers[0].strike.micros == 12500);  // the initial grant's strike
    CHECK(op.company->preferences == d(30000000));
    CHECK(op.company->dilution_per_year == Rate{50000});
    REQUIRE(op.exits.size() == 2);
    CHECK(op.exits[1].valuation == d(500000000));
    CHECK(op.exits[1].probability == Rate{250000});
    CHECK(o.warnings.empty());
}

TEST_CASE("bad options get one line naming the path", "[options][parse]") {
    auto error = [](const std::string& body) {
        return std::string(
            testing::error_of([&] { parse_offer(R"({"base": 1, "options": )" + body + "}", "s.json"); }).what());
    };
    const std::string ok = R"("type": "iso", "strike": 1, "preferred_price": 5, "vesting": "cliff-monthly")";
    CHECK(error(R"({"shares": -5, )" + ok + "}") ==
          "s.json: options.shares: expected a whole number of shares from 1 to 10000000000, found -5");
    CHECK(error(R"({"shares": 5, "type": "iso", "strike": 0, "preferred_price": 5, "vesting": "quarterly"})") ==
          "s.json: options.strike: expected a price per share in dollars above 0 and at most 100000, with at most "
          "six decimals, found 0");
    CHECK(error(R"({"shares": 5, "type": "rsu", "strike": 1, "preferred_price": 5, "vesting": "quarterly"})") ==
          "s.json: options.type: expected \"iso\" or \"nso\", found \"rsu\"");
    CHECK(error(R"({"shares": 5, )" + ok + R"(, "exits": [{"year": 5, "price": 2, "probability": 0.7},
        {"year": 6, "price": 3, "probability": 0.4}]})") ==
          "s.json: options.exits: expected probabilities adding up to at most 1 (100%), found 110%");
    CHECK(error(R"({"shares": 5, )" + ok + R"(, "exits": [{"year": 5, "valuation": 1e9, "probability": 0.5}]})") ==
          "s.json: options.exits[0].valuation: expected options.company (fully_diluted_shares) to turn a valuation "
          "into a price, found none");
    CHECK(error(R"({"shares": 5, "type": "iso", "strike": 1, "vesting": "quarterly"})") ==
          "s.json: options.preferred_price: missing; expected the last round's price per preferred share");
}

TEST_CASE("a strike above the preferred price is allowed, with a warning", "[options][parse]") {
    const Offer o = parse_offer(
        R"({"base": 150000, "options": {"type": "iso", "shares": 5, "strike": 6, "preferred_price": 5, "vesting": "quarterly"}})",
        "s.json");
    REQUIRE(o.warnings.size() == 1);
    CHECK(o.warnings[0] ==
          "s.json: options.strike: $6 is above preferred_price $5: the options are under water at the price "
          "recruiters quote");
}

TEST_CASE("the year after an option grant's last vest is its drop", "[options][beyond4]") {
    // 48,000 options cliff-monthly, last vest at month 48: year 4 pays 150,000 + 12,000 x $4
    // = 198,000, year 5 150,000: a drop of $48,000 in year 5.
    const Offer o = startup("cliff-monthly");
    const VestEndDrop d = vest_end_drop(o, project(o, 6));
    CHECK(d.year == 5);
    CHECK(d.drop == Money::dollars(48000));
}
