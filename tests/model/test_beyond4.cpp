// Past four years (issue 28): assumed refreshers, the vest-end drop, promotions as
// expected pay, guaranteed against at-risk pay and a dollar grant's conversion. Every
// expected value is worked by hand in the comment above it.
#include "catch.hpp"

#include "support.hpp"

#include <cmath>

#include "offercalc/compare.hpp"
#include "offercalc/model.hpp"
#include "offercalc/odds.hpp"
#include "offercalc/scenarios.hpp"
#include "offercalc/parse.hpp"

using namespace offercalc;

namespace {

Money d(std::int64_t dollars) { return Money::dollars(dollars); }

Offer parse(const std::string& text) { return parse_offer(text, "o.json"); }

}  // namespace

TEST_CASE("assumed refreshers: Amazon 5/15/40/40 granted yearly, years 1-8", "[model][beyond4]") {
    // Initial grant 100,000 and a refresher of 100,000 at the start of each year from
    // year 2, each 5/15/40/40 by its own year. Year n gets, from the refresher made in
    // year k (k = 2..n), the percent of its (n - k + 1)th year:
    //   y1 0; y2 5; y3 5+15 = 20; y4 5+15+40 = 60; y5..y8 5+15+40+40 = 100 (thousands).
    //   sum 0+5+20+60+100x4 = 485,000. The initial grant: 5, 15, 40, 40, then 0.
    const Offer o = parse(R"({"base": 100000, "rsu": {"grant": 100000, "vesting": [5, 15, 40, 40]},
                             "refresh": {"yearly": 100000, "from_year": 2}})");
    const Projection p = project(o, 8);
    const std::int64_t assumed[] = {0, 5000, 20000, 60000, 100000, 100000, 100000, 100000};
    const std::int64_t rsu[] = {5000, 15000, 40000, 40000, 0, 0, 0, 0};
    for (int n = 1; n <= 8; ++n) {
        CAPTURE(n);
        CHECK(p.assumed_refresh[static_cast<std::size_t>(n - 1)] == d(assumed[n - 1]));
        CHECK(p.y(n).rsu == d(rsu[n - 1]));
        // Not in the total: base 100,000 + the initial grant only.
        CHECK(p.y(n).total == d(100000 + rsu[n - 1]));
        CHECK(p.with_assumptions(n) == d(100000 + rsu[n - 1] + assumed[n - 1]));
    }
    CHECK(p.assumed_refresh_sum == d(485000));
    CHECK(p.sum.total == d(900000));
}

TEST_CASE("a refresher as a percent of the initial grant", "[model][beyond4]") {
    // 25% of 240,000 = 60,000 a year from year 3, even-annual (25% a year):
    // y3 15,000; y4 30,000; y5 45,000; y6 60,000.
    const Offer o = parse(R"({"base": 1, "rsu": {"grant": 240000, "vesting": "amazon"},
                             "refresh": {"yearly_pct_of_grant": 25, "from_year": 3, "vesting": "even-annual"}})");
    CHECK(refresh_grant(o) == d(60000));
    const Projection p = project(o, 6);
    CHECK(p.assumed_refresh[1] == d(0));
    CHECK(p.assumed_refresh[2] == d(15000));
    CHECK(p.assumed_refresh[3] == d(30000));
    CHECK(p.assumed_refresh[4] == d(45000));
    CHECK(p.assumed_refresh[5] == d(60000));
}

TEST_CASE("the year-five drop, with and without the refresher assumption", "[model][beyond4]") {
    // Amazon L5: year 4 = 175,000 + 96,000 = 271,000; year 5 = 175,000: a drop of 96,000.
    // With a 60,000 refresher from year 2 at 5/15/40/40: year 4 gets 60,000 x (5+15+40)% =
    // 36,000, year 5 gets 60,000 x 100% = 60,000: 307,000 against 235,000, a drop of 72,000.
    const Offer o = parse(R"({"base": 175000, "sign_on": {"year1": 65000, "year2": 52000},
                             "rsu": {"grant": 240000, "vesting": "amazon"},
                             "refresh": {"yearly": 60000}})");
    const Projection p = project(o, 6);
    const VestEndDrop v = vest_end_drop(o, p);
    CHECK(v.year == 5);
    CHECK(v.drop == d(96000));
    CHECK(v.drop_assumed == d(72000));
    // Four years do not reach past the last vest (month 48): nothing to say.
    CHECK(vest_end_drop(o, project(o, 4)).year == 0);
}

TEST_CASE("a promotion at probability P is expected pay, apart from the total", "[model][beyond4]") {
    // Base 150,000, bonus 10%; promotion in year 3 to 200,000 with a 100,000 grant
    // (even-annual from month 24), probability 0.4.
    // Base and bonus: 0.4 x (200,000 - 150,000) x 1.1 = 22,000 a year from year 3.
    // Grant: 0.4 x 25,000 = 10,000 in each of years 3, 4, 5 and 6.
    // Expected extra: y1 0, y2 0, y3..y6 32,000; over six years 128,000.
    const Offer o = parse(R"({"base": 150000, "bonus_pct": 10, "rsu": {"grant": 80000, "vesting": "even-annual"},
                             "promotion": [{"year": 3, "base": 200000, "grant": 100000, "probability": 0.4}]})");
    const Projection p = project(o, 6);
    CHECK(p.promotion[0] == d(0));
    CHECK(p.promotion[1] == d(0));
    for (std::size_t i = 2; i < 6; ++i) CHECK(p.promotion[i] == d(32000));
    CHECK(p.promotion_sum == d(128000));
    // The total keeps the offer: 150,000 + 15,000 + 20,000 (y1..y4), 165,000 (y5, y6).
    CHECK(p.sum.total == d(185000 * 4 + 165000 * 2));
}

TEST_CASE("two promotions: the later one wins when it happens", "[model][beyond4]") {
    // Base 100,000. Year 2 to 120,000 (p = 0.5); year 4 to 150,000 (p = 0.2).
    // Year 2, 3: 0.5 x 20,000 = 10,000.
    // Year 4, 5: latest promotion 2 with 0.2 -> +50,000; promotion 1 only with
    // 0.5 x 0.8 = 0.4 -> +20,000: 0.2 x 50,000 + 0.4 x 20,000 = 18,000.
    const Offer o = parse(R"({"base": 100000, "promotion": [{"year": 2, "base": 120000, "probability": 0.5},
                                                           {"year": 4, "base": 150000, "probability": 0.2}]})");
    const Projection p = project(o, 5);
    CHECK(p.promotion[0] == d(0));
    CHECK(p.promotion[1] == d(10000));
    CHECK(p.promotion[2] == d(10000));
    CHECK(p.promotion[3] == d(18000));
    CHECK(p.promotion[4] == d(18000));
}

TEST_CASE("guaranteed cash and pay at risk, the bonus at its expected payout", "[model][beyond4]") {
    // Base 200,000, sign-on 30,000, relocation 10,000 (year 1), bonus 15% paid at 80%,
    // RSU 100,000 even-annual.
    // Bonus: 200,000 x 15% = 30,000 target, x 80% = 24,000.
    // Year 1: guaranteed 200,000 + 30,000 + 10,000 = 240,000; at risk 24,000 + 25,000 = 49,000.
    // Year 2: guaranteed 200,000; at risk 49,000.
    const Offer o = parse(R"({"base": 200000, "sign_on": {"year1": 30000}, "bonus_pct": 15, "bonus_payout_pct": 80,
                             "other": [{"name": "relocation", "amount": 10000, "year": 1}],
                             "rsu": {"grant": 100000, "vesting": "even-annual"}})");
    const Projection p = project(o, 4);
    CHECK(p.y(1).bonus == d(24000));
    CHECK(guaranteed(p.y(1)) == d(240000));
    CHECK(at_risk(p.y(1)) == d(49000));
    CHECK(guaranteed(p.y(2)) == d(200000));
    CHECK(at_risk(p.y(2)) == d(49000));
    CHECK(guaranteed(p.y(1)) + at_risk(p.y(1)) == p.y(1).total);
    // Four years: guaranteed 800,000 + 40,000 = 840,000; at risk 4 x 49,000 = 196,000.
    CHECK(guaranteed(p.sum) == d(840000));
    CHECK(at_risk(p.sum) == d(196000));
}

TEST_CASE("a dollar grant at a conversion price, valued at today's price", "[model][beyond4]") {
    // 200,000 / 180 = 1,111.1 -> 1,111 shares; today 150: 1,111 x 150 = 166,650,
    // 33,350 less than the dollar figure.
    const Offer o = parse(R"({"base": 1, "rsu": {"grant": 200000, "conversion_price": 180, "price": 150,
                                                 "vesting": "even-annual"}})");
    REQUIRE(o.rsu_conversion);
    CHECK(o.rsu_conversion->shares == 1111);
    CHECK(o.rsu->value == Money::cents(16665000));
    CHECK(o.rsu_conversion->promised == d(200000));
    // A share floor of 1,300: 1,300 x 150 = 195,000.
    const Offer f = parse(R"({"base": 1, "rsu": {"grant": 200000, "conversion_price": 180, "price": 150,
                                                 "min_shares": 1300, "vesting": "even-annual"}})");
    CHECK(f.rsu_conversion->shares == 1300);
    CHECK(f.rsu->value == d(195000));
    // Without today's price, the conversion price: 1,111 x 180 = 199,980.
    const Offer n =
        parse(R"({"base": 1, "rsu": {"grant": 200000, "conversion_price": 180, "vesting": "even-annual"}})");
    CHECK(n.rsu->value == d(199980));
}

TEST_CASE("the new keys' errors name the path", "[parse][beyond4]") {
    using testing::error_of;
    CHECK_THAT(error_of([] { parse(R"({"base": 1, "refresh": {"yearly": 1, "yearly_pct_of_grant": 5}})"); }).what(),
               Catch::Matchers::Contains("refresh: expected either yearly or yearly_pct_of_grant, found both"));
    CHECK_THAT(error_of([] { parse(R"({"base": 1, "refresh": {"yearly_pct_of_grant": 5}})"); }).what(),
               Catch::Matchers::Contains("refresh.yearly_pct_of_grant: expected an rsu grant"));
    CHECK_THAT(error_of([] { parse(R"({"base": 1, "promotion": [{"year": 3, "base": 5}]})"); }).what(),
               Catch::Matchers::Contains("promotion[0].probability: missing"));
}

TEST_CASE("odds draws a promotion as an event: against the closed form", "[odds][beyond4]") {
    // A: base 100,000; in year 2 a promotion to 150,000 with probability 0.3. B: 120,000.
    // Over two years A pays 200,000 without it (loses to B's 240,000) and 250,000 with it
    // (wins): P(win) = 0.3 exactly, and the mean total 200,000 + 0.3 x 50,000 = 215,000.
    // With N = 100,000 paths the win share has standard error sqrt(0.3 x 0.7 / N) =
    // 0.00145 and the mean 50,000 x 0.00145 = $72.46: both checked within four of them.
    std::vector<Projected> offers(2);
    offers[0].offer = parse(R"({"name": "A", "company": "A", "base": 100000,
                               "promotion": [{"year": 2, "base": 150000, "probability": 0.3}]})");
    offers[1].offer = parse(R"({"name": "B", "company": "B", "base": 120000})");
    for (Projected& p : offers) p.projection = project(p.offer, 2);
    OddsOptions opts;
    opts.paths = 100'000;
    const Odds r = odds(offers, opts);
    REQUIRE(r.vs.size() == 1);
    CHECK(std::abs(r.vs[0].p_win - 0.3) < 4 * 0.00145);
    CHECK(std::abs(static_cast<double>(r.offers[0].total.mean.in_cents()) / 100 - 215000) < 4 * 72.46);
    // Every path pays one of the two totals.
    CHECK(r.offers[0].total.p10 == d(200000));
    CHECK(r.offers[0].total.p90 == d(250000));
    CHECK(r.vs[0].expected_shortfall == d(40000));
}

namespace {

Projected load(const std::string& text, int years) {
    Projected p;
    p.offer = parse(text);
    p.projection = project(p.offer, years);
    return p;
}

CompareOptions on_day() {
    CompareOptions o;
    o.today = *Date::parse("2026-11-23");
    return o;
}

}  // namespace

TEST_CASE("compare: a back-loaded grant leads in years 3-4 and trails from year 5", "[compare][beyond4]") {
    // A: base 150,000, RSU 400,000 at 5/15/40/40: 170,000, 210,000, 310,000, 310,000, then
    // 150,000. B: base 200,000, RSU 200,000 even-annual: 250,000 a year, then 200,000.
    // B - A: 80,000, 40,000, -60,000, -60,000, 50,000, 50,000: A leads in years 3-4, B from 5.
    // Guaranteed year one: B 200,000 - A 150,000 = 50,000.
    const Comparison c = compare({load(R"({"name": "A", "base": 150000, "rsu": {"grant": 400000, "vesting": "amazon"},
                                           "offer_date": "2026-11-20"})",
                                       6),
                                  load(R"({"name": "B", "base": 200000, "rsu": {"grant": 200000,
                                           "vesting": "even-annual"}})",
                                       6)},
                                 on_day());
    const ComparatorFacts& f = c.situation.comparators.at(0);
    CHECK(f.past_four_change == 5);
    CHECK(f.guaranteed_year1_gap == d(50000));
    const std::string text = render_compare(c, {false, false, false, 0});
    CHECK(text.find("past year 4: A leads B in years 3-4 and trails from year 5.") != std::string::npos);
    CHECK(text.find("grant ends: A: year 5 pays $160,000.00 less than year 4") != std::string::npos);
    CHECK(text.find("guaranteed: B guarantees $50,000.00 more cash in year one than A") != std::string::npos);
}

TEST_CASE("compare: a sign-on leads when guaranteed year-one cash is what is short", "[compare][beyond4]") {
    // A: base 100,000, RSU 120,000 at 5/15/40/40: 106,000, 118,000, 148,000, 148,000 =
    // 520,000. B: base 132,000 a year = 528,000. Gap 8,000; year one 26,000 short, all of
    // it guaranteed cash (B guarantees 32,000 more), and 4 x 26,000 > 8,000: the gap sits
    // in year one. A year-one sign-on of 26,000 closes year one and the total: it leads.
    const Comparison c = compare({load(R"({"name": "A", "base": 100000, "rsu": {"grant": 120000, "vesting": "amazon"},
                                           "offer_date": "2026-11-20"})",
                                       4),
                                  load(R"({"name": "B", "base": 132000})", 4)},
                                 on_day());
    REQUIRE_FALSE(c.asks.empty());
    CHECK(c.asks.front().lever == AskLever::SignOn);
    CHECK(c.asks.front().sign_on_y1 == d(26000));
    CHECK(c.situation.comparators.at(0).guaranteed_year1_gap == d(32000));
}

TEST_CASE("compare: a conversion price above today's asks to fix the share count", "[compare][beyond4]") {
    // 200,000 at 180 buys 1,111 shares, worth 166,650 at 150; at today's price the dollar
    // figure buys 200,000 / 150 = 1,333.3, rounded up to 1,334 shares.
    const Comparison c = compare({load(R"({"name": "A", "base": 100000, "offer_date": "2026-11-20",
                                           "rsu": {"grant": 200000, "conversion_price": 180, "price": 150,
                                                   "vesting": "even-annual"}})",
                                       4),
                                  load(R"({"name": "B", "base": 200000})", 4)},
                                 on_day());
    REQUIRE(c.share_count_ask);
    CHECK(c.share_count_ask->shares == 1334);
    CHECK(c.share_count_ask->converted == 1111);
    CHECK(c.share_count_ask->value_today == d(166650));
    REQUIRE(c.script);
    CHECK(c.script->long_ask.find("Could we fix it at 1,334 shares instead?") != std::string::npos);
}

TEST_CASE("sweep: a refresher axis moves the total with assumptions, never the total", "[scenarios][beyond4]") {
    // Amazon L5 over 8 years: 8 x 175,000 + 117,000 + 240,000 = 1,757,000. A refresher of
    // R a year from year 2 at 5/15/40/40 vests R x (0 + 5% + 20% + 60% + 100% x 4) =
    // 4.85 R over the 8 years: R = 20,000 adds 97,000 (1,854,000), 40,000 adds 194,000.
    Offer o = parse(R"({"base": 175000, "sign_on": {"year1": 65000, "year2": 52000},
                       "rsu": {"grant": 240000, "vesting": "amazon"}})");
    assume_refresh_amount(o);
    const std::vector<SweepAxis> axes = {parse_axis(Field::Refresh, "0..40k/20k")};
    REQUIRE(sweep_assumes(o, axes));
    std::vector<std::pair<Money, Money>> rows;
    sweep(o, axes, 8, [&](const SweepRow& r) { rows.emplace_back(r.total, r.with_assumptions); });
    REQUIRE(rows.size() == 3);
    for (const auto& r : rows) CHECK(r.first == d(1757000));
    CHECK(rows[0].second == d(1757000));
    CHECK(rows[1].second == d(1854000));
    CHECK(rows[2].second == d(1951000));
}

TEST_CASE("compare's odds leave promotions out: no ask counts on them", "[compare][odds][beyond4]") {
    // The offer of the closed-form case: with its promotion (p = 0.3) it would beat B on
    // about 30% of the paths; compare's odds leave it out, so it wins on none.
    std::vector<Projected> offers(2);
    offers[0] = load(R"({"name": "A", "company": "A", "base": 100000, "offer_date": "2026-11-20",
                        "promotion": [{"year": 2, "base": 150000, "probability": 0.3}]})",
                     2);
    offers[1] = load(R"({"name": "B", "company": "B", "base": 120000})", 2);
    CompareOptions opts = on_day();
    opts.odds = OddsOptions{};
    opts.odds->paths = 10'000;
    const Comparison c = compare(offers, opts);
    REQUIRE(c.odds);
    CHECK(c.odds->wins_now == 0);
}
