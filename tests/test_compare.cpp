#include <catch2/catch.hpp>
#include <cmath>

#include "offercalc/compare.hpp"
#include "offercalc/error.hpp"
#include "offercalc/parse.hpp"
#include "offercalc/whatif.hpp"
#include "support.hpp"

using namespace offercalc;

namespace {

const char* kAmazon = R"({"name": "Amazon", "company": "Amazon", "level": "L5", "role": "Product Manager",
  "offer_date": "2026-11-20", "base": 175000, "sign_on": {"year1": 65000, "year2": 52000},
  "rsu": {"grant": 240000, "vesting": "amazon"}, "band": {"base_min": 150000, "base_max": 200000},
  "floor": 1000000, "target": 1150000, "transition": {"unvested": 40000}})";
const char* kMeta = R"({"name": "Meta", "company": "Meta", "level": "IC5", "close_date": "2026-12-01",
  "base": 205000, "bonus_pct": 15, "sign_on": {"year1": 25000}, "rsu": {"grant": 280000, "vesting": "quarterly"}})";

Projected load(const std::string& text, const std::vector<Override>& ov = {}) {
    Projected p;
    p.offer = parse_offer(text, "t.json", ov);
    p.projection = project(p.offer);
    return p;
}

CompareOptions on(const char* today) {
    CompareOptions o;
    o.today = *Date::parse(today);
    return o;
}

Money d(std::int64_t dollars) { return Money::dollars(dollars); }

const Ask& ask(const Comparison& c, const std::string& lever) {
    for (const Ask& a : c.asks)
        if (a.lever == lever) return a;
    FAIL("no ask " << lever);
    return c.asks.front();
}

}  // namespace

TEST_CASE("back-loaded offer against a front-weighted competitor", "[compare]") {
    const Comparison c = compare({load(kAmazon), load(kMeta)}, on("2026-11-23"));
    // Meta: 205,000 + 30,750 bonus + 70,000 RSU a year, + 25,000 in year 1
    // = 330,750 then 305,750 x 3 = 1,248,000. Amazon: 1,057,000.
    CHECK(c.goal == d(1248000));
    CHECK(c.gap == d(191000));
    CHECK(c.year1_gap == d(78750));  // 330,750 - 252,000
    CHECK(c.year1_need == d(78750));  // transition 40,000 is covered by the 65,000 sign-on
    REQUIRE(c.asks.size() == 4);
    CHECK(c.asks[0].lever == "rsu+sign_on");  // year one needs a bridge
    CHECK(c.asks[1].lever == "rsu");
    CHECK(c.asks[2].lever == "sign_on");
    CHECK(c.asks[3].lever == "base");

    const Ask& both = c.asks[0];
    CHECK(both.sign_on_y1 == d(79000));  // 78,750 rounded up to $1,000
    CHECK(both.rsu == d(112000));        // 191,000 - 79,000, all of it vests within 4 years
    CHECK(both.year1_total == d(336600));  // 252,000 + 79,000 + 5% of 112,000
    CHECK(both.total == d(1248000));
    CHECK(both.closes);

    const Ask& rsu = c.asks[1];
    CHECK(rsu.rsu == d(191000));
    CHECK(rsu.year1_total == d(261550));  // 252,000 + 5% of 191,000
    // 78,750 / 5% = 1,575,000 of grant: twenty times the year-one gap
    CHECK(rsu.reason.find("+$1,575,000.00 of grant (20x the gap)") != std::string::npos);

    const Ask& sign = c.asks[2];
    CHECK(sign.sign_on_y1 == d(79000));
    CHECK(sign.sign_on_y2 == d(112000));
    CHECK(sign.year1_total == d(331000));

    const Ask& base = c.asks[3];
    CHECK(base.feasible);
    CHECK_FALSE(base.closes);
    CHECK(base.base == d(25000));  // the band's whole room: 200,000 - 175,000
    CHECK(base.total == d(1157000));
    CHECK(base.remaining == d(91000));
    REQUIRE(c.script.has_value());
    CHECK(c.script->short_ask.find("raise the RSU grant by $112,000 and raise the year-one sign-on by $79,000") !=
          std::string::npos);
}

TEST_CASE("cumulative pay: the month one offer overtakes the other", "[compare]") {
    const Comparison c = compare({load(kAmazon), load(kMeta)}, on("2026-11-23"));
    // Month 1: Amazon 14,583.33 + 5,416.67 = 20,000; Meta 17,083.33 + 2,083.33 = 19,166.66.
    // Month 3: Meta's first quarterly tranche (17,500) puts it ahead.
    REQUIRE(c.gaps.size() == 1);
    CHECK(c.gaps[0].overtake_month == 3);
    CHECK(c.gaps[0].overtaker == "Meta");
    CHECK(c.gaps[0].years == std::vector<Money>{d(78750), d(42750), d(34750), d(34750)});
}

TEST_CASE("break-even growth agrees with a closed-form valuation", "[compare][growth]") {
    const Comparison c = compare({load(kAmazon), load(kMeta)}, on("2026-11-23"));
    REQUIRE(c.breakeven_growth.has_value());
    // Amazon's four years at growth g, vest_date: tranches at months 12, 24, 30, 36, 42, 48.
    auto value = [](double g) {
        const double x = 1 + g;
        return 700000 + 117000 + 12000 * x + 36000 * x * x +
               48000 * (std::pow(x, 2.5) + std::pow(x, 3) + std::pow(x, 3.5) + std::pow(x, 4));
    };
    const double g = c.breakeven_growth->fraction();
    CHECK(value(g) >= 1248000 - 0.05);
    CHECK(value(g - 0.0001) < 1248000);
    CHECK(c.breakeven_growth->percent() == "21.47");
}

TEST_CASE("an offer already ahead gets no ask", "[compare]") {
    const Comparison c = compare({load(kMeta), load(kAmazon)}, on("2026-11-23"));
    CHECK(c.gap == d(-191000));
    CHECK(c.asks.empty());
    CHECK_FALSE(c.script.has_value());
    CHECK(render_compare(c, false, false, true).find("Meta already leads Amazon by $191,000.00 over 4 years") !=
          std::string::npos);
}

TEST_CASE("a front-loaded offer: RSUs close the gap and year one needs no bridge", "[compare]") {
    // 200,000 base + 200,000 front-loaded (38/32/20/10): 276k, 264k, 240k, 220k = 1,000,000.
    // Competitor: 260,000 base only = 1,040,000; year one the offer leads by 16,000.
    const Projected offer = load(R"({"name": "F", "base": 200000, "rsu": {"grant": 200000, "vesting": "front-loaded"}})");
    const Projected other = load(R"({"name": "C", "company": "C", "level": "5", "base": 260000})");
    const Comparison c = compare({offer, other}, on("2026-11-23"));
    CHECK(c.gap == d(40000));
    CHECK(c.year1_gap == d(-16000));
    CHECK(c.year1_need == Money());
    CHECK(c.asks[0].lever == "rsu");
    CHECK(c.asks[0].rsu == d(40000));
    CHECK(c.asks[0].year1_total == d(291200));  // 276,000 + 38% of 40,000
    CHECK(c.asks[1].lever == "rsu+sign_on");
    CHECK(c.asks[1].reason == "No year-one need: the same as rsu.");
}

TEST_CASE("fixed levers are dropped and listed last with the reason", "[compare]") {
    const Comparison c = compare({load(kAmazon, {{"fixed", R"(["rsu"])"}}), load(kMeta)}, on("2026-11-23"));
    REQUIRE(c.asks.size() == 4);
    CHECK(c.asks[0].lever == "sign_on");
    CHECK(c.asks[0].feasible);
    CHECK(c.asks[1].lever == "base");
    CHECK(c.asks[2].lever == "rsu+sign_on");
    CHECK_FALSE(c.asks[2].feasible);
    CHECK(c.asks[2].reason == "the recruiter said rsu will not move (fixed)");
    CHECK(c.asks[3].lever == "rsu");
    CHECK_FALSE(c.asks[3].feasible);
    CHECK(c.asks[3].rsu == Money());
}

TEST_CASE("base with no room in the band is infeasible", "[compare]") {
    const Comparison c = compare({load(kAmazon, {{"band.base_max", "175000"}}), load(kMeta)}, on("2026-11-23"));
    const Ask& b = ask(c, "base");
    CHECK_FALSE(b.feasible);
    CHECK(b.reason == "base is already at the band's top ($175,000.00): no room");
}

TEST_CASE("a target instead of a comparator", "[compare]") {
    CompareOptions o = on("2026-11-23");
    o.target = d(1150000);
    const Comparison c = compare({load(kAmazon)}, o);
    CHECK(c.goal_label == "your target");
    CHECK(c.gap == d(93000));
    CHECK(c.year1_need == Money());
    CHECK_FALSE(c.breakeven_growth.has_value());
    CHECK(ask(c, "rsu").rsu == d(93000));
    CHECK(ask(c, "sign_on").sign_on_y2 == d(93000));
    // base: 23,000 x 4 = 92,000 falls short; 24,000 x 4 = 96,000 closes
    CHECK(ask(c, "base").base == d(24000));
    CHECK(ask(c, "base").closes);
    CHECK_THROWS_AS(compare({load(kAmazon)}, on("2026-11-23")), Error);
}

TEST_CASE("the transition cost can set the year-one need", "[compare]") {
    // Year-one gap 78,750; unvested 150,000 less the 65,000 sign-on leaves 85,000 uncovered.
    const Comparison c =
        compare({load(kAmazon, {{"transition.unvested", "150000"}}), load(kMeta)}, on("2026-11-23"));
    CHECK(c.year1_need == d(85000));
    CHECK(ask(c, "rsu+sign_on").sign_on_y1 == d(85000));
    CHECK(ask(c, "rsu+sign_on").rsu == d(106000));
    CHECK(ask(c, "rsu+sign_on").reason.find("covers the $85,000.00 you leave behind") != std::string::npos);
}

TEST_CASE("asks round up to --round and still close", "[compare][rounding]") {
    CompareOptions o = on("2026-11-23");
    o.round = d(5000);
    const Comparison c = compare({load(kAmazon), load(kMeta)}, o);
    CHECK(ask(c, "rsu").rsu == d(195000));  // 190,000 falls 1,000 short
    CHECK(ask(c, "rsu").total == d(1252000));
    CHECK(ask(c, "rsu+sign_on").sign_on_y1 == d(80000));
    CHECK(ask(c, "rsu+sign_on").rsu == d(115000));  // 191,000 - 80,000 = 111,000 -> 115,000
}

TEST_CASE("every feasible ask, applied through the what-if flags, gives its totals", "[compare][whatif]") {
    for (const char* fixed : {"[]", R"(["rsu"])", R"(["sign_on"])"}) {
        const Comparison c = compare({load(kAmazon, {{"fixed", fixed}}), load(kMeta)}, on("2026-11-23"));
        for (const Ask& a : c.asks) {
            if (!a.feasible) continue;
            const Projection p = project(testing::apply_ask_flags(c.offers.front().offer, a));
            CHECK(p.y(1).total == a.year1_total);
            CHECK(p.sum.total == a.total);
            CHECK(a.closes == (p.sum.total >= c.goal));
        }
    }
}

TEST_CASE("timeline: counter next business day, answer in 3-5 business days", "[compare][timeline]") {
    const Comparison c = compare({load(kAmazon), load(kMeta)}, on("2026-11-23"));
    CHECK(c.timeline.offer_date.iso() == "2026-11-20");    // Friday
    CHECK(c.timeline.counter_by.iso() == "2026-11-23");    // Monday, the weekend skipped
    CHECK(c.timeline.window_start.iso() == "2026-11-26");  // Thursday
    CHECK(c.timeline.window_end.iso() == "2026-11-30");    // Monday
    CHECK(c.timeline.warnings.empty());
}

TEST_CASE("timeline warnings", "[compare][timeline]") {
    SECTION("comparator closes before the answer window ends") {
        const Comparison c = compare({load(kAmazon), load(kMeta, {{"close_date", "2026-11-27"}})}, on("2026-11-23"));
        CHECK(c.timeline.warnings == std::vector<std::string>{
                                         "Meta closes on 2026-11-27, before the answer window ends on 2026-11-30: ask "
                                         "for an answer by 2026-11-27"});
    }
    SECTION("comparator already closed, counter date passed") {
        const Comparison c = compare({load(kAmazon), load(kMeta)}, on("2026-12-02"));
        CHECK(c.timeline.warnings ==
              std::vector<std::string>{"the counter date 2026-11-23 has passed: send the counter today",
                                       "Meta closed on 2026-12-01: weak leverage unless it is extended"});
        CHECK(c.timeline.window_start.iso() == "2026-12-07");  // Wednesday + 3 business days
        CHECK(c.timeline.window_end.iso() == "2026-12-09");
    }
    SECTION("no close date, no offer date") {
        const Projected me = load(R"({"name": "A", "base": 100000, "rsu": {"grant": 1000, "vesting": "amazon"}})");
        const Comparison c = compare({me, load(kMeta, {{"close_date", "null"}})}, on("2026-11-21"));
        CHECK(c.timeline.warnings ==
              std::vector<std::string>{"A has no offer_date: the timeline starts today",
                                       "Meta has no close_date: weak leverage; ask that company for its deadline"});
        CHECK(c.timeline.counter_by.iso() == "2026-11-23");  // Saturday -> Monday
    }
}

TEST_CASE("a higher-level or vague comparator is flagged", "[compare]") {
    const Comparison c = compare(
        {load(kAmazon), load(kMeta, {{"level", "\"E6\""}}), load(R"({"name": "V", "base": 300000})")},
        on("2026-11-23"));
    CHECK(c.warnings == std::vector<std::string>{
                            "Meta is at level E6, the offer at L5: a level gap is not fixed with cash; ask about the "
                            "level before any package ask",
                            "V has no company or level: a comparator counts when it is concrete"});
}
