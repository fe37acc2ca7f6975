#include "catch.hpp"
#include <algorithm>
#include <cmath>
#include <optional>
#include <random>
#include <vector>

#include "offercalc/compare.hpp"
#include "offercalc/error.hpp"
#include "offercalc/levels.hpp"
#include "offercalc/parse.hpp"
#include "offercalc/whatif.hpp"
#include "compare/search.hpp"
#include "support.hpp"

using namespace offercalc;

namespace {

/// Each generated text is whole: not empty, no template hole, no trailing space.
void check_no_holes(const std::vector<std::string>& texts, const std::vector<std::string>& holes) {
    for (const std::string& t : texts) {
        INFO(t);
        CHECK(!t.empty());
        for (const std::string& h : holes) CHECK(t.find(h) == std::string::npos);
        CHECK(t.back() != ' ');
    }
}

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
        if (to_string(a.lever) == lever) return a;
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
    CHECK(c.year1_gap == d(78750));   // 330,750 - 252,000
    CHECK(c.year1_need == d(78750));  // transition 40,000 is covered by the 65,000 sign-on
    REQUIRE(c.asks.size() == 5);
    CHECK(c.asks[0].lever == AskLever::Level);  // Meta IC5 (senior) sits above Amazon L5 (mid)
    // RSUs alone close the total with no stretch; RSUs with a year-one sign-on (they
    // leave year one short alone) end with a sign-on above half of base, a stretch, and
    // follow; base does not close the gap within the band: last.
    CHECK(c.asks[1].lever == AskLever::Rsu);
    CHECK(c.asks[2].lever == AskLever::RsuSignOn);
    CHECK(c.asks[3].lever == AskLever::SignOn);
    CHECK(c.asks[4].lever == AskLever::Base);
    // The smallest year-one sign-on S (in $1,000s) with RSUs R = 191,000 - S for the rest:
    // 252,000 + S + 5% x R >= 330,750  <=>  0.95 S >= 69,200  <=>  S >= 72,842.11 -> 73,000.
    const Ask& both = c.asks[2];
    CHECK(both.stretch == kSignOnOverHalfBase);  // 65,000 + 73,000 = 138,000 > 87,500
    CHECK(both.sign_on_y1 == d(73000));
    CHECK(both.rsu == d(118000));
    CHECK(both.year1_total == d(330900));  // 252,000 + 73,000 + 5,900
    CHECK(both.year1_short == Money());
}

TEST_CASE("RSUs alone first when they close year one too (regression: sign-on attached anyway)", "[compare]") {
    // Google-style offer: 180,000 base + 400,000 at 33/33/22/12: 312,000, 312,000, 268,000, 228,000 = 1,120,000.
    // Competitor: 200,000 base + 20,000 sign-on + 400,000 even-annual: 320,000 then 300,000 x 3 = 1,220,000.
    // RSUs alone: +100,000 closes the total and adds 33,000 to year one, more than its 8,000 gap.
    const Projected offer = load(R"({"name": "G", "base": 180000, "rsu": {"grant": 400000, "vesting": "google"}})");
    const Projected other = load(R"({"name": "K", "base": 200000, "sign_on": {"year1": 20000},
        "rsu": {"grant": 400000, "vesting": "even-annual"}})");
    const Comparison c = compare({offer, other}, on("2026-11-23"));
    CHECK(c.gap == d(100000));
    CHECK(c.year1_gap == d(8000));
    REQUIRE(c.asks.size() == 3);
    CHECK(c.asks[0].lever == AskLever::Rsu);
    CHECK(c.asks[0].rsu == d(100000));
    CHECK(c.asks[0].sign_on_y1 == Money());
    CHECK(c.asks[0].year1_total == d(345000));  // 312,000 + 33,000
    // Base (+25,000 a year, no band) closes with no stretch; the sign-on (8,000 in year
    // one, 92,000 in year two: above half of base) is a stretch, yet year one is short by
    // 8,000: the sign-on, the bridge, comes before base, which moves last.
    CHECK(c.asks[1].lever == AskLever::SignOn);
    CHECK(c.asks[1].sign_on_y1 == d(8000));
    CHECK(c.asks[1].sign_on_y2 == d(92000));
    CHECK(c.asks[2].lever == AskLever::Base);
    CHECK(c.asks[2].base == d(25000));
    CHECK(c.asks[0].reason == "RSUs first: +$100,000.00 of grant closes the 4-year gap to K, and year one with it.");
}

TEST_CASE("a front-loaded offer: RSUs close the gap and year one needs no bridge", "[compare]") {
    // 200,000 base + 200,000 front-loaded (38/32/20/10): 276k, 264k, 240k, 220k = 1,000,000.
    // Competitor: 260,000 base only = 1,040,000; year one the offer leads by 16,000.
    const Projected offer =
        load(R"({"name": "F", "base": 200000, "rsu": {"grant": 200000, "vesting": "front-loaded"}})");
    const Projected other = load(R"({"name": "C", "company": "C", "level": "5", "base": 260000})");
    const Comparison c = compare({offer, other}, on("2026-11-23"));
    CHECK(c.gap == d(40000));
    CHECK(c.year1_gap == Money());  // no comparator leads in year one
    CHECK(c.year1_need == Money());
    CHECK(c.asks[0].lever == AskLever::Rsu);
    CHECK(c.asks[0].rsu == d(40000));
    CHECK(c.asks[0].year1_total == d(291200));  // 276,000 + 38% of 40,000
    CHECK(c.asks[1].lever == AskLever::SignOn);
    // No year-one part: the year-two part closes the gap by itself, not "for the rest".
    CHECK(c.asks[1].reason == "Sign-on only, for when the grant is stuck: $40,000.00 in year 2 closes the 4-year gap.");
}

TEST_CASE("year one is bridged against every comparator that leads in it", "[compare]") {
    // A pays 1,000,000 flat over 4 years (250,000 a year). B: 400,000 in year 1 then 200,000 (1,000,000).
    // C: 260,000 a year (1,040,000), the strongest in total but not in year one.
    const Projected a = load(R"({"name": "A", "base": 250000})");
    const Projected b = load(R"({"name": "B", "base": 200000, "sign_on": {"year1": 200000}})");
    const Projected cc = load(R"({"name": "C", "base": 260000})");
    const Comparison c = compare({a, b, cc}, on("2026-11-23"));
    CHECK(c.goal_label == "C");
    CHECK(c.year1_gap == d(150000));  // B: 400,000 - 250,000
    CHECK(c.year1_against == "B");
    const Ask& s = ask(c, "sign_on");
    CHECK(s.sign_on_y1 == d(150000));  // 40,000 of C's gap is inside it
    CHECK(s.sign_on_y2 == Money());
}

TEST_CASE("fixed levers are dropped and listed last with the reason", "[compare]") {
    const Comparison c = compare({load(kAmazon, {{"fixed", R"(["rsu"])"}}), load(kMeta)}, on("2026-11-23"));
    REQUIRE(c.asks.size() == 5);
    CHECK(c.asks[0].lever == AskLever::Level);
    CHECK(c.asks[1].lever == AskLever::SignOn);
    CHECK(c.asks[1].feasible);
    CHECK(c.asks[2].lever == AskLever::Base);
    CHECK(c.asks[3].lever == AskLever::RsuSignOn);
    CHECK_FALSE(c.asks[3].feasible);
    CHECK(c.asks[3].reason == "The recruiter said rsu will not move (fixed).");
    CHECK(c.asks[4].lever == AskLever::Rsu);
    CHECK_FALSE(c.asks[4].feasible);
    CHECK(c.asks[4].rsu == Money());
}

TEST_CASE("base with no room in the band is infeasible", "[compare]") {
    const Comparison c = compare({load(kAmazon, {{"band.base_max", "175000"}}), load(kMeta)}, on("2026-11-23"));
    const Ask& b = ask(c, "base");
    CHECK_FALSE(b.feasible);
    CHECK(b.reason == "Base is already at the band's top ($175,000.00): no room.");
}

TEST_CASE("a base ask never passes the band's top (regression: +$1,000 asked with $500 of room)", "[compare]") {
    const Comparison c = compare({load(kAmazon, {{"band.base_max", "175500"}}), load(kMeta)}, on("2026-11-23"));
    const Ask& b = ask(c, "base");
    CHECK(b.base == d(500));
    CHECK_FALSE(b.closes);
    CHECK(b.total == d(1059000));  // 1,057,000 + 4 x 500
}

TEST_CASE("a target instead of a comparator", "[compare]") {
    CompareOptions o = on("2026-11-23");
    o.target = d(1150000);
    const Comparison c = compare({load(kAmazon)}, o);
    CHECK(c.goal_kind == GoalKind::Target);
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
    // 252,000 + S + 5% x (191,000 - S) >= 337,000  <=>  0.95 S >= 75,450  <=>  S >= 79,421.05 -> 80,000.
    const Comparison c = compare({load(kAmazon, {{"transition.unvested", "150000"}}), load(kMeta)}, on("2026-11-23"));
    CHECK(c.year1_need == d(85000));
    CHECK(ask(c, "rsu+sign_on").sign_on_y1 == d(80000));
    CHECK(ask(c, "rsu+sign_on").rsu == d(111000));
    CHECK(ask(c, "rsu+sign_on").reason.find("covers the $85,000.00 of transition cost") != std::string::npos);
}

TEST_CASE("asks round up to --round and still close", "[compare][rounding]") {
    CompareOptions o = on("2026-11-23");
    o.round = d(5000);
    const Comparison c = compare({load(kAmazon), load(kMeta)}, o);
    CHECK(ask(c, "rsu").rsu == d(195000));  // 190,000 falls 1,000 short
    CHECK(ask(c, "rsu").total == d(1252000));
    // S = 70,000: R = 125,000, year one 252,000 + 70,000 + 6,250 = 328,250 < 330,750.
    // S = 75,000: R = 120,000, year one 252,000 + 75,000 + 6,000 = 333,000.
    CHECK(ask(c, "rsu+sign_on").sign_on_y1 == d(75000));
    CHECK(ask(c, "rsu+sign_on").rsu == d(120000));
}

TEST_CASE("one year shown (years 1): labels and reasons are true", "[compare]") {
    Projected me = load(kAmazon), meta = load(kMeta);
    me.projection = project(me.offer, 1);
    meta.projection = project(meta.offer, 1);
    const Comparison c = compare({me, meta}, on("2026-11-23"));
    CHECK(c.gap == d(78750));
    for (const Ask& a : c.asks) {
        CHECK(a.lever != AskLever::RsuSignOn);  // RSUs alone close the one year shown (with a stretch)
        CHECK(a.reason.find("$0.00") == std::string::npos);
    }
    // RSUs alone: 5% of R >= 78,750 -> R = 1,575,000, more than double the grant.
    CHECK(ask(c, "rsu").rsu == d(1575000));
    CHECK((ask(c, "rsu").stretch & kGrantDoubled) != 0);
    CHECK(ask(c, "sign_on").sign_on_y1 == d(79000));
    CHECK(ask(c, "sign_on").sign_on_y2 == Money());
    // 1,575,000 is 20x the gap: not an ask a recruiter grants for it, so the sign-on
    // (79,000 >= 78,750) is the bridge and comes first after the level.
    CHECK(c.asks[1].lever == AskLever::SignOn);
    CHECK(ask(c, "sign_on").reason ==
          "Sign-on is the bridge: $79,000.00 in year 1, and closes the first-year gap "
          "with it. Stretch: a sign-on above half of base; expect pushback.");
    CHECK(ask(c, "rsu").reason.find("that is 20x the gap") != std::string::npos);
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

TEST_CASE("timeline: counter next business day, answer in 3-5 business days, holidays skipped", "[compare][timeline]") {
    const Comparison c = compare({load(kAmazon), load(kMeta)}, on("2026-11-23"));
    CHECK(c.timeline.offer_date.iso() == "2026-11-20");    // Friday
    CHECK(c.timeline.counter_by.iso() == "2026-11-23");    // Monday, the weekend skipped
    CHECK(c.timeline.window_start.iso() == "2026-11-30");  // Tue, Wed, then Thanksgiving and the day after
    // The usual window would end Wednesday 2026-12-02, but Meta closes Tuesday 2026-12-01:
    // ask for an answer the business day before, where the window ends too.
    CHECK(c.timeline.window_end.iso() == "2026-11-30");
    CHECK(c.timeline.answer_by.iso() == "2026-11-30");
    CHECK(c.timeline.warnings ==
          std::vector<std::string>{"Meta closes on 2026-12-01, before the usual answer window (3 to 5 business "
                                   "days) ends on 2026-12-02: ask for an answer by 2026-11-30"});
    CHECK(c.script->long_ask.find(
              "Meta needs my answer by Tuesday, December 1, so could you let me know by Monday, November 30?") !=
          std::string::npos);
    CompareOptions none = on("2026-11-23");
    none.holidays = HolidayBase::None;
    CHECK(compare({load(kAmazon), load(kMeta)}, none).timeline.window_start.iso() == "2026-11-26");
}

TEST_CASE("timeline warnings", "[compare][timeline]") {
    SECTION("comparator closes before the answer window ends") {
        const Comparison c = compare({load(kAmazon), load(kMeta, {{"close_date", "2026-11-27"}})}, on("2026-11-23"));
        CHECK(c.timeline.warnings ==
              std::vector<std::string>{"Meta closes on 2026-11-27, before the usual answer window (3 to 5 "
                                       "business days) ends on 2026-12-02: ask for an answer by 2026-11-25"});
    }
    SECTION("comparator already closed, counter date passed (regression: a passed deadline cited)") {
        const Comparison c = compare({load(kAmazon), load(kMeta)}, on("2026-12-02"));
        CHECK(c.timeline.warnings ==
              std::vector<std::string>{"the counter date 2026-11-23 has passed: send the counter today",
                                       "Meta closed on 2026-12-01: it is not current leverage; ask whether it can be "
                                       "extended"});
        CHECK(c.timeline.window_start.iso() == "2026-12-07");  // Wednesday + 3 business days
        CHECK(c.timeline.window_end.iso() == "2026-12-09");
        CHECK(c.script->short_ask.find("needs my answer") == std::string::npos);
        CHECK(c.script->long_ask.find("Could you let me know by Wednesday, December 9?") != std::string::npos);
    }
    SECTION("--today on a weekend after the counter date: send it on the next business day") {
        const Comparison c = compare({load(kAmazon), load(kMeta)}, on("2026-11-28"));
        CHECK(c.timeline.counter_by.iso() == "2026-11-30");
        CHECK(c.timeline.warnings.front() == "the counter date 2026-11-23 has passed: send the counter on 2026-11-30");
        // The usual window would end 2026-12-07; it ends at the answer, never after Meta's
        // close on 2026-12-01.
        CHECK(c.timeline.window_start.iso() == "2026-11-30");
        CHECK(c.timeline.window_end.iso() == "2026-11-30");
        CHECK(c.timeline.answer_by.iso() == "2026-11-30");
    }
    SECTION("no close date, no offer date") {
        const Projected me = load(R"({"name": "A", "base": 100000, "rsu": {"grant": 1000, "vesting": "amazon"}})");
        const Comparison c = compare({me, load(kMeta, {{"close_date", "null"}})}, on("2026-11-21"));
        CHECK(c.timeline.warnings ==
              std::vector<std::string>{"A has no offer_date: the timeline starts today",
                                       "Meta has no close_date: weak leverage; ask Meta for its deadline"});
        CHECK(c.timeline.counter_by.iso() == "2026-11-23");  // Saturday -> Monday
    }
    SECTION("the offer already leads: no counter, a date to decide by") {
        const Comparison c =
            compare({load(kAmazon), load(R"({"name": "N", "kind": "current", "base": 100000})")}, on("2026-11-23"));
        CHECK_FALSE(c.timeline.counter);
        CHECK(c.timeline.decide_by.iso() == "2026-11-25");  // 2026-11-20 + 3 business days
        CHECK(c.asks.empty());
        CHECK_FALSE(c.script.has_value());
    }
}

TEST_CASE("level before cash, a vague comparator is flagged", "[compare][level]") {
    const Comparison c =
        compare({load(kAmazon), load(kMeta, {{"level", "\"E6\""}}), load(R"({"name": "V", "base": 300000})")},
                on("2026-11-23"));
    CHECK(c.warnings == std::vector<std::string>{"V has no company or level: a comparator counts when it is concrete"});
    REQUIRE_FALSE(c.asks.empty());
    CHECK(c.asks[0].lever == AskLever::Level);
    CHECK(c.asks[0].level_from == "L5");
    CHECK(c.asks[0].level_to == "L7");  // Meta E6 is staff, Amazon's L7
    CHECK(c.script->short_ask.find("Could you consider me for L7?") != std::string::npos);
    // An unknown ladder is said to be unknown, never guessed.
    const Comparison u = compare({load(kAmazon), load(kMeta, {{"level", "\"Band 9\""}})}, on("2026-11-23"));
    CHECK(u.asks.front().lever != AskLever::Level);
    CHECK(u.warnings == std::vector<std::string>{"Meta: level \"Band 9\" is on no ladder offercalc knows at Meta: "
                                                 "levels are not compared; give level_rank to place it "
                                                 "(docs/levels.md)"});
    // level_rank overrides the ladder.
    const Comparison r = compare({load(kAmazon, {{"level_rank", "3"}}), load(kMeta)}, on("2026-11-23"));
    CHECK(r.asks.front().lever != AskLever::Level);
}

TEST_CASE("who the comparator is: current job and verbal offer (regression: a current job called a written offer)",
          "[compare][script]") {
    const Comparison cur =
        compare({load(kAmazon), load(R"({"name": "Now", "kind": "current", "company": "Northwind", "base": 300000})")},
                on("2026-11-23"));
    CHECK(cur.script->short_ask.find("written offer") == std::string::npos);
    CHECK(cur.script->short_ask.find("Staying in my current role at Northwind is worth $1,200,000 over 4 years, "
                                     "against $1,057,000 here.") != std::string::npos);
    CHECK(cur.warnings ==
          std::vector<std::string>{"Now is your current job: leverage only as a reason to stay, never an offer"});
    const Comparison verbal = compare({load(kAmazon), load(kMeta, {{"kind", "verbal"}})}, on("2026-11-23"));
    CHECK(verbal.script->short_ask.find("I have a verbal offer from Meta at IC5 worth about $1,248,000") !=
          std::string::npos);
    CHECK(verbal.warnings == std::vector<std::string>{"Meta is a verbal offer: weak leverage; ask for it in writing"});
}

TEST_CASE("spoken amounts are whole dollars to the nearest $1,000", "[compare][script]") {
    CHECK(spoken_amount(Money::cents(81631835)) == "$816,000");  // 816,318.35
    CHECK(spoken_amount(d(1248000)) == "$1,248,000");
    CHECK(spoken_amount(d(1500)) == "$2,000");  // halves up
    CHECK(spoken_amount(Money::cents(149999)) == "$1,000");
    CHECK(spoken_amount(d(300)) == "$300");  // never "$0"
}

TEST_CASE("scripts are always sentences: every combination, no template holes", "[compare][script][words]") {
    // Fixed levers x years x target-or-comparator x missing facts x comparator kind.
    const char* fixed_sets[] = {"[]",
                                R"(["rsu"])",
                                R"(["sign_on"])",
                                R"(["base"])",
                                R"(["rsu","sign_on"])",
                                R"(["rsu","base"])",
                                R"(["sign_on","base"])",
                                R"(["rsu","sign_on","base"])"};
    const std::vector<std::string> holes = {
        "  ",  " .",  " ,",  "..", "{}", "1 years", "-$", "the role at the team", "If you can the",
        "$0 ", "$0,", "$0.", "()", ", ,"};
    int scripts = 0;
    for (const char* fixed : fixed_sets)
        for (int years : {1, 2, 4, 10})
            for (bool bare : {false, true})
                for (const char* kind : {"offer", "verbal", "current"})
                    for (bool target : {false, true}) {
                        std::vector<Override> ov = {{"fixed", fixed}};
                        if (bare) ov.insert(ov.end(), {{"company", "null"}, {"role", "null"}, {"level", "null"}});
                        Projected me = load(kAmazon, ov);
                        std::vector<Override> them = {{"kind", kind}};
                        if (bare) them.insert(them.end(), {{"company", "null"}, {"level", "null"}});
                        Projected other = load(kMeta, them);
                        me.projection = project(me.offer, years);
                        other.projection = project(other.offer, years);
                        CompareOptions o = on("2026-11-23");
                        if (target) o.target = d(2000000);
                        const Comparison c = compare({me, other}, o);
                        std::vector<std::string> texts = c.warnings;
                        for (const Ask& a : c.asks) texts.push_back(a.reason);
                        if (c.script) {
                            ++scripts;
                            texts.push_back(c.script->short_ask);
                            texts.push_back(c.script->long_ask);
                            for (const std::string* s : {&c.script->short_ask, &c.script->long_ask}) {
                                INFO(*s);
                                CHECK(s->find(".00") == std::string::npos);  // no cents in speech
                                const bool written = s->find("written offer from") != std::string::npos;
                                CHECK((!written || std::string(kind) == "offer"));
                                for (std::size_t at = s->find("If you can "); at != std::string::npos;
                                     at = s->find("If you can ", at + 1))
                                    CHECK((s->compare(at + 11, 6, "raise ") == 0 ||
                                           s->compare(at + 11, 9, "get there") == 0));
                            }
                        }
                        check_no_holes(texts, holes);
                    }
    CHECK(scripts > 300);
}

TEST_CASE("no ask needed, but under the file's own target: say by how much and how to aim at it", "[compare][words]") {
    // The Amazon offer: 4 x 175,000 + 65,000 + 52,000 + 240,000 = 1,057,000, against
    // its file's target of 1,150,000: 93,000 short, while a current job of 150,000 a
    // year (600,000) is far behind.
    const Projected now = load(R"({"name": "Now", "kind": "current", "base": 150000})");
    const Comparison c = compare({load(kAmazon), now}, on("2026-11-23"));
    CHECK(c.asks.empty());
    CHECK(
        c.below_target ==
        "Its 4-year total is $93,000.00 below your target of $1,150,000.00; --target 1150000.00 aims the asks at it.");
    CHECK(render_compare(c, {false, false, true, 0})
              .find("Amazon already leads Now by $457,000.00 over 4 years: no counter-ask needed. Its 4-year total") !=
          std::string::npos);
    // Not said when the target is met, when the asks already aim at it, or after tax
    // (the target is a gross figure there).
    CHECK(compare({load(kAmazon, {{"target", "1057000"}}), now}, on("2026-11-23")).below_target.empty());
    CompareOptions aimed = on("2026-11-23");
    aimed.target = d(1150000);
    CHECK(compare({load(kAmazon), now}, aimed).below_target.empty());
    CompareOptions net = on("2026-11-23");
    net.after_tax = true;
    const Comparison taxed = compare({load(kAmazon, {{"tax", R"({"filing": "single", "state": "WA"})"}}),
                                      load(R"({"name": "Now", "kind": "current", "base": 150000,
                                               "tax": {"filing": "single", "state": "WA"}})")},
                                     net);
    CHECK(taxed.asks.empty());
    CHECK(taxed.below_target.empty());
}

TEST_CASE("the step searches find the smallest k, whatever their first guess") {
    // Against a brute force over random non-decreasing measures: linear ones (the
    // guess is right), curved ones and flat runs (it is not), and targets past max_k.
    std::mt19937_64 rng(3);
    for (int round = 0; round < 3000; ++round) {
        const std::int64_t max_k = static_cast<std::int64_t>(rng() % 400);
        std::vector<std::int64_t> m(static_cast<std::size_t>(max_k) + 1);
        const int shape = static_cast<int>(rng() % 3);
        for (std::int64_t k = 0; k <= max_k; ++k) {
            const auto prev = k ? m[static_cast<std::size_t>(k - 1)] : static_cast<std::int64_t>(rng() % 1000);
            const std::int64_t rise = shape == 0 ? 1000 : shape == 1 ? k * k % 97 : (rng() % 4 == 0 ? 5000 : 0);
            m[static_cast<std::size_t>(k)] = prev + rise;
        }
        const std::int64_t target = static_cast<std::int64_t>(rng() % static_cast<std::uint64_t>(m.back() + 2000));
        std::optional<std::int64_t> expected;
        for (std::int64_t k = 0; k <= max_k && !expected; ++k)
            if (m[static_cast<std::size_t>(k)] >= target) expected = k;
        int calls = 0;
        auto measure = [&](std::int64_t k) {
            REQUIRE(k >= 0);
            REQUIRE(k <= max_k);
            ++calls;
            return m[static_cast<std::size_t>(k)];
        };
        CHECK(detail::min_steps_to(measure, target, max_k) == expected);
        if (shape == 0 && expected && *expected > 1) CHECK(calls <= 4);
        CHECK(detail::min_steps([&](std::int64_t k) { return measure(k) >= target; }, max_k) == expected);
    }
}

TEST_CASE("the comparison tables: cents with no limit, compact amounts to fit, columns never run together",
          "[compare]") {
    // Base only, no raise: 100,000 a year against 1,000,000,000,000 a year; over 4
    // years 400,000 against 4,000,000,000,000.
    const Comparison c = compare(
        {load(R"({"name": "A", "base": 100000})"), load(R"({"name": "B", "base": 1000000000000})")}, on("2026-11-23"));
    RenderOptions full{false, false, false, 0, true, false};
    const std::string text = render_compare(c, full);
    // --full's parts table: labels "year 1   base" and "         total" (14 columns),
    // then a gap of 2 and "$100,000.00" (11, the column's widest), a gap of 2 and
    // "$1,000,000,000,000.00" (21).
    CHECK(text.find("\nyear 1   base   $100,000.00  $1,000,000,000,000.00\n") != std::string::npos);
    CHECK(text.find("\n4-year   base   $400,000.00  $4,000,000,000,000.00\n") != std::string::npos);
    CHECK(text.find("\n         total  $400,000.00  $4,000,000,000,000.00\n") != std::string::npos);
    // In 40 columns: cents take 14 + 2 + 11 + 2 + 21 = 50, whole dollars 14 + 2 + 8 +
    // 2 + 18 = 44 (42 a space apart); compact amounts fit: "$100k", "$1T".
    full.columns = 40;
    const std::string narrow = render_compare(c, full);
    CHECK(narrow.find("\nyear 1   base   $100k  $1T\n") != std::string::npos);
    CHECK(narrow.find("Rounded to fit 40 columns") != std::string::npos);
    // The default view: one row per offer, year one marked; B - A = 999,999,900,000
    // a year, 3,999,999,600,000 over 4 years, as the gap row.
    const std::string brief = render_compare(c, {false, false, false, 0});
    CHECK(brief.find("[year 1]") != std::string::npos);
    CHECK(brief.find("\nB  $1,000,000,000,000.00  $1,000,000,000,000.00") != std::string::npos);
    CHECK(brief.find("$999,999,900,000.00  $3,999,999,600,000.00\n") != std::string::npos);
    CHECK(brief.find("year 1   base") == std::string::npos);  // the parts are --full's
}

TEST_CASE("Every rung of docs/levels.md's table is placed at its rank", "[levels]") {
    // Transcribed from the table in docs/levels.md, column by column.
    struct Row {
        const char* company;
        std::vector<std::vector<const char*>> by_rank;  ///< index 0 is rank 1
        const char* ladder;
    };
    const std::vector<Row> table = {
        {"Amazon", {{"L4"}, {"L5"}, {"L6"}, {"L7"}, {"L8"}, {}}, "Amazon"},
        {"Meta", {{"E3", "IC3"}, {"E4", "IC4"}, {"E5", "IC5"}, {"E6", "IC6"}, {"E7", "IC7"}, {"E8", "IC8"}}, "Meta"},
        {"Google", {{"L3"}, {"L4"}, {"L5"}, {"L6"}, {"L7"}, {"L8"}}, "Google"},
        {"Microsoft", {{"59", "60"}, {"61", "62"}, {"63", "64"}, {"65", "66"}, {"67"}, {"68"}}, "Microsoft"},
        {"Apple", {{"ICT2"}, {"ICT3"}, {"ICT4"}, {"ICT5"}, {"ICT6"}, {}}, "Apple"},
        {"Netflix", {{}, {"L4"}, {"L5"}, {"L6"}, {"L7"}, {}}, "Netflix"},
        {"Stripe", {{"L1"}, {"L2"}, {"L3"}, {"L4"}, {"L5"}, {}}, "Stripe"},
        {"Uber", {{"L3"}, {"L4"}, {"L5A"}, {"L5B", "L6"}, {"L7"}, {}}, "Uber"},
        {"Acme", {{"Entry", "Junior"}, {"Mid"}, {"Senior"}, {"Staff"}, {"Senior Staff"}, {"Principal"}}, "generic"},
    };
    int placed = 0;
    for (const Row& row : table) {
        for (std::size_t rank = 1; rank <= row.by_rank.size(); ++rank) {
            for (const char* level : row.by_rank[rank - 1]) {
                INFO(row.company << " " << level);
                const auto p = place_level(row.company, level);
                REQUIRE(p);
                CHECK(p->rank == static_cast<int>(rank));
                CHECK(p->ladder == row.ladder);
                ++placed;
            }
            // The level at this rank is the table's first there (none: nullopt).
            const auto want = row.by_rank[rank - 1];
            INFO(row.company << " at rank " << rank);
            const auto at = level_at(row.company, want.empty() ? "" : want.front(), static_cast<int>(rank));
            CHECK(at == (want.empty() ? std::nullopt : std::optional<std::string>(want.front())));
        }
    }
    CHECK(placed == 60);
    // Company names match case-insensitively, with the aliases the page lists.
    CHECK(place_level("aws", "l6")->rank == 3);
    CHECK(place_level("FACEBOOK", "ic5")->ladder == "Meta");
    CHECK(place_level("Alphabet", "L5")->ladder == "Google");
    // Unknown levels are unknown: never a guess.
    CHECK_FALSE(place_level("Amazon", "L9"));
    CHECK_FALSE(place_level("Acme", "Senior PM"));
    // The level ask keeps the offer's own spelling family: IC at Meta, not E.
    CHECK(level_at("Meta", "IC4", 3) == "IC5");
    CHECK(level_at("Meta", "E4", 3) == "E5");
}

TEST_CASE("overtake names the decisive crossing: who leads at the end and since when", "[compare][overtake]") {
    // A: $10,000 a month and a $5,000 lump sign-on in month 1; $100,000 of RSU vests in
    // months 12, 24, 36, 48. B: $12,000 a month. Cumulative B minus A, by hand:
    // month 1 -3,000, 2 -1,000 (A leads), 3 +1,000 (B leads), 11 +17,000,
    // 12 +24,000 - 5,000 - 100,000 = -81,000 (A leads), and A never falls back: B gains
    // $24,000 a year against a $100,000 vest each year.
    const Projected a =
        load(R"({"name": "A", "company": "Acme", "base": 120000, "sign_on": {"year1": 5000, "paid": "lump"},
      "rsu": {"grant": 400000, "vesting": "even-annual"}})");
    const Projected b = load(R"({"name": "B", "company": "Bolt", "base": 144000})");
    const Comparison c = compare({a, b}, on("2026-12-06"));
    REQUIRE(c.gaps.size() == 1);
    const Gap& g = c.gaps.front();
    CHECK(g.lead_changes == std::vector<int>{3, 12});
    REQUIRE(g.overtake_month.has_value());
    CHECK(*g.overtake_month == 12);
    CHECK(g.overtaker == "A");
    // The other way round: the same crossings, and A (now the comparator) still leads at the end.
    const Comparison back = compare({b, a}, on("2026-12-06"));
    CHECK(back.gaps.front().lead_changes == std::vector<int>{3, 12});
    CHECK(back.gaps.front().overtaker == "A");
}

TEST_CASE("break-even growth between two offers of one company grows both grants", "[compare][breakeven]") {
    auto one_year = [](const char* text) {
        Projected p;
        p.offer = parse_offer(text, "t.json", {});
        p.projection = project(p.offer, 1);
        return p;
    };
    // One year, even-annual: the year-one tranche is a quarter of the grant, grown by (1+g).
    // A = 200,000 + 25,000(1+g); B = 185,000 + 50,000(1+g). A >= B when 15,000 >= 25,000(1+g),
    // i.e. g <= -40%: A matches B at -40%/yr or less. Growing A's grant alone against B's
    // 235,000 would need 25,000(1+g) = 35,000, g = +40% (the old, false answer).
    // 25,000(1+g) = 35,000 + 25,000, g = +140% (the old, false answer).
    const Projected a = one_year(R"({"name": "A", "company": "Acme", "base": 200000,
      "rsu": {"grant": 100000, "vesting": "even-annual"}})");
    const Projected b = one_year(R"({"name": "B", "company": "ACME", "base": 185000,
      "rsu": {"grant": 200000, "vesting": "even-annual"}})");
    const Comparison c = compare({a, b}, on("2026-12-06"));
    CHECK(c.breakeven_shared);
    REQUIRE(c.breakeven_growth.has_value());
    CHECK(c.breakeven_growth->ppm == -400000);
    CHECK(c.breakeven_leads_low);
    // The other way round, B matches A at -40%/yr or more.
    const Comparison r = compare({b, a}, on("2026-12-06"));
    REQUIRE(r.cited.has_value());
    REQUIRE(r.breakeven_growth.has_value());
    CHECK(r.breakeven_growth->ppm == -400000);
    CHECK_FALSE(r.breakeven_leads_low);
    // Another company's stock: only the offer's grant grows, as before (g = +40%).
    const Projected other = one_year(R"({"name": "B", "company": "Bolt", "base": 185000,
      "rsu": {"grant": 200000, "vesting": "even-annual"}})");
    const Comparison x = compare({a, other}, on("2026-12-06"));
    CHECK_FALSE(x.breakeven_shared);
    REQUIRE(x.breakeven_growth.has_value());
    CHECK(x.breakeven_growth->ppm == 400000);
}

namespace {

/// A startup offer: 150,000 a year and 40,000 options at a $1 strike, preferred $4,
/// cliff-monthly (25% at month 12, then 1/48 a month). Paper value over 4 years:
/// 40,000 x 3 = 120,000; year one 10,000 x 3 = 30,000. `extra` adds fields.
std::string startup(const std::string& options_extra = "", const std::string& extra = "") {
    return fmt::format(R"({{"name": "Start", "company": "Tiny", "role": "Product Manager", "offer_date": "2026-11-20",
        "base": 150000, "options": {{"type": "iso", "shares": 40000, "strike": 1.00, "preferred_price": 4.00,
        "vesting": "cliff-monthly"{}}}{}}})",
                       options_extra, extra);
}
const char* kBig = R"({"name": "Big", "company": "BigCo", "base": 200000})";

}  // namespace

TEST_CASE("startup asks: shares in whole steps, with their paper value, and year one bridged in cash",
          "[compare][options]") {
    // Start: 600,000 + 120,000 = 720,000 against Big's 800,000: a gap of 80,000. Each
    // option adds 4 - 1 = 3 over 4 years (all vest by month 48): 80,000 / 3 = 26,666.7,
    // up to the step of 100 (1% of 40,000 is 400; the power of ten at or below: 100):
    // 26,700 options, paper value 80,100. Year one in cash: Start 150,000 (its 30,000 of
    // options are paper), Big 200,000: a year-one gap of 50,000 that no option closes.
    const Comparison c = compare({load(startup()), load(kBig)}, on("2026-11-23"));
    CHECK(c.gap == d(80000));
    CHECK(c.year1_gap == d(50000));
    REQUIRE(c.asks.size() == 6);
    // The sign-on bridges year one and closes the gap: 50,000 then 80,000 - 50,000 = 30,000.
    CHECK(c.asks[0].lever == AskLever::SignOn);
    CHECK(c.asks[0].sign_on_y1 == d(50000));
    CHECK(c.asks[0].sign_on_y2 == d(30000));
    // Shares with that year-one sign-on: (80,000 - 50,000) / 3 = 10,000 options, $30,000 on paper.
    CHECK(c.asks[1].lever == AskLever::SharesSignOn);
    CHECK(c.asks[1].shares == 10000);
    CHECK(c.asks[1].shares_value == d(30000));
    CHECK(c.asks[1].sign_on_y1 == d(50000));
    CHECK(c.asks[2].lever == AskLever::Shares);
    CHECK(c.asks[2].shares == 26700);
    CHECK(c.asks[2].shares_value == d(80100));
    CHECK(c.asks[2].total == d(800100));
    CHECK(c.asks[2].year1_total == Money::dollars(200025));  // 150,000 + 66,700 x 25% x 3
    CHECK(c.asks[2].year1_short == d(50000));
    CHECK(c.asks[2].closes);
    CHECK(c.asks[2].reason ==
          "Shares: +26,700 options (paper value $80,100.00 at the last preferred price of $4) close the 4-year gap to "
          "Big. Options are no cash in year one, so year one stays $50,000.00 short.");
    CHECK(c.asks[3].lever == AskLever::Base);
    CHECK(c.asks[3].base == d(20000));
    // The option terms come after the asks that close the gap, and close nothing.
    CHECK(c.asks[4].lever == AskLever::ExerciseWindow);
    CHECK(c.asks[4].window_days == 3650);
    CHECK(c.asks[5].lever == AskLever::EarlyExercise);
    for (int i : {4, 5}) {
        CHECK(!c.asks[i].closes);
        CHECK(c.asks[i].remaining == d(80000));
        CHECK(c.asks[i].total == d(720000));  // no change in pay
        CHECK(c.asks[i].reason.find("closes no gap in dollars") != std::string::npos);
    }
    CHECK(c.asks[4].reason ==
          "Exercise window: the vested options must be bought within 90 days of leaving (shares x strike, plus tax), "
          "or they are lost. Ask for 10 years (an ISO exercised more than 3 months after leaving is taxed as an NSO). "
          "It costs the company no cash and is often granted, but it closes no gap in dollars.");
    CHECK(c.asks[5].reason ==
          "Early exercise: exercising options before they vest, with an 83(b) election, starts the holding period "
          "then; with the strike at the 409A value, the election taxes nothing. It costs the company no cash and is "
          "often granted, but it closes no gap in dollars.");
    REQUIRE(c.script);
    CHECK(c.script->short_ask.find("If you can raise the year-one sign-on by $50,000 and the year-two sign-on by "
                                   "$30,000, I am ready to accept. I would also ask for two terms that cost the "
                                   "company no cash: an exercise window of 10 years after leaving instead of 90 days, "
                                   "and early exercise of the options.") != std::string::npos);
    // Big pays more, with no options: the figure said for the startup names its paper part.
    CHECK(c.script->short_ask.find("against $720,000 here, $120,000 of it options on paper at the last preferred "
                                   "price of $4.") != std::string::npos);
    CHECK(c.paper_note ==
          "Paper value, not cash: $120,000.00 of Start's $720,000.00 over 4 years is options valued at the last "
          "preferred price of $4.");
    const std::string json = compare_json(c);
    CHECK(json.find(R"("lever": "shares", "feasible": true)") != std::string::npos);
    CHECK(json.find(R"("shares": 26700, "shares_value": 80100.00)") != std::string::npos);
    CHECK(json.find(R"("exercise_window_days": 3650)") != std::string::npos);
    CHECK(json.find(R"("early_exercise": true)") != std::string::npos);
}

TEST_CASE("startup asks: the terms are asked only when short or off", "[compare][options]") {
    const auto levers = [](const Comparison& c) {
        std::string s;
        for (const Ask& a : c.asks) s += std::string(to_string(a.lever)) + " ";
        return s;
    };
    // A window of a year or more and early exercise on: neither term is asked.
    CHECK(levers(compare({load(startup(R"(, "exercise_window_days": 365, "early_exercise": true)")), load(kBig)},
                         on("2026-11-23"))) == "sign_on shares+sign_on shares base ");
    // 364 days is under a year: asked; early exercise on: not.
    CHECK(levers(compare({load(startup(R"(, "exercise_window_days": 364, "early_exercise": true)")), load(kBig)},
                         on("2026-11-23"))) == "sign_on shares+sign_on shares base exercise_window ");
    // The offer leads on the total (Big at 170,000: 680,000 against 720,000) but only on
    // paper (cash: 600,000 against 680,000), and year one is 20,000 short in cash
    // (150,000 against 170,000): a year-one sign-on, then the terms.
    const Comparison paper =
        compare({load(startup()), load(R"({"name": "Big", "company": "BigCo", "base": 170000})")}, on("2026-11-23"));
    CHECK(levers(paper) == "sign_on exercise_window early_exercise ");
    CHECK(paper.asks[0].sign_on_y1 == d(20000));
    CHECK(paper.paper_note ==
          "Start leads only on paper: $120,000.00 of Start's $720,000.00 over 4 years is options valued at the "
          "last preferred price of $4. Without the options, Big pays $80,000.00 more.");
    // The offer leads in cash too (Big at 140,000: 560,000 against 600,000 in cash, 150,000
    // against 140,000 in year one): the terms alone, said as costing no cash.
    const Comparison lead =
        compare({load(startup()), load(R"({"name": "Big", "company": "BigCo", "base": 140000})")}, on("2026-11-23"));
    CHECK(levers(lead) == "exercise_window early_exercise ");
    CHECK(lead.headline ==
          "Start already leads Big by $160,000.00 over 4 years: no cash ask needed; option terms that cost the "
          "company no cash:");
    CHECK(lead.paper_note ==
          "Paper value, not cash: $120,000.00 of Start's $720,000.00 over 4 years is options valued at the last "
          "preferred price of $4.");
    REQUIRE(lead.script);
    CHECK(lead.script->short_ask.find("I would ask for two terms that cost the company no cash") != std::string::npos);
    CHECK(lead.script->short_ask.find("With them, I am ready to accept.") != std::string::npos);
}

TEST_CASE("startup asks: the RSU offer against a startup says the lead is on paper", "[compare][options]") {
    // Big at 170,000 (680,000) under negotiation; Start pays 720,000, 120,000 of it options.
    // Big: 680,000 + a 40,000 RSU grant = 720,000. The startup with 60,000 options: 180,000
    // on paper, 780,000 in all; in cash 600,000 against Big's 720,000.
    std::string bigger = startup();
    bigger.replace(bigger.find("40000"), 5, "60000");
    const Comparison more = compare({load(R"({"name": "Big", "company": "BigCo", "base": 170000, "rsu": {"grant": 40000,
                   "vesting": "even-annual"}})"),
                                     load(bigger)},
                                    on("2026-11-23"));
    CHECK(more.gap == d(60000));
    CHECK(more.paper_note ==
          "Start leads only on paper: $180,000.00 of Start's $780,000.00 over 4 years is options valued at the "
          "last preferred price of $4. Without the options, Big pays $120,000.00 more.");
    REQUIRE(more.script);
    CHECK(more.script->short_ask.find("worth $780,000 over 4 years, $180,000 of it options on paper at the last "
                                      "preferred price of $4, against $720,000 here.") != std::string::npos);
}

TEST_CASE("startup asks: blocked shares, and the options left behind at a current job", "[compare][options]") {
    // The grant fixed: no shares ask.
    const Comparison fixed = compare({load(startup("", R"(, "fixed": ["rsu"])")), load(kBig)}, on("2026-11-23"));
    CHECK(fixed.asks[0].lever == AskLever::SignOn);
    const auto blocked =
        std::find_if(fixed.asks.begin(), fixed.asks.end(), [](const Ask& a) { return a.lever == AskLever::Shares; });
    REQUIRE(blocked != fixed.asks.end());
    CHECK(!blocked->feasible);
    CHECK(blocked->reason == "The recruiter said the grant will not move (fixed: rsu), options included.");
    // A strike of $5 above the preferred $4: the options are worth nothing on paper, and
    // more of them close nothing.
    std::string under = startup();
    under.replace(under.find("1.00"), 4, "5.00");
    const Comparison water = compare({load(under), load(kBig)}, on("2026-11-23"));
    const auto none =
        std::find_if(water.asks.begin(), water.asks.end(), [](const Ask& a) { return a.lever == AskLever::Shares; });
    REQUIRE(none != water.asks.end());
    CHECK(none->reason ==
          "No share increase closes the gap: at the last preferred price of $4 the options are worth nothing above "
          "their strike of $5.");
    // A current job with 20,000 options at $1, preferred $4: 20,000 x 3 = 60,000 left behind.
    const Projected now = load(R"({"name": "Now", "kind": "current", "company": "Acme", "base": 210000,
        "options": {"type": "nso", "shares": 20000, "strike": 1.00, "preferred_price": 4.00, "vesting": "cliff-monthly"}})");
    const Comparison c = compare({load(startup()), now}, on("2026-11-23"));
    REQUIRE(c.script);
    const std::string left =
        "Leaving Acme means giving up 20,000 unvested options, worth $60,000 on paper at the "
        "last preferred price of $4.";
    CHECK(c.script->long_ask.find(left) != std::string::npos);
    CHECK(c.script->short_ask.find(left) != std::string::npos);  // the current job is the one cited
}

TEST_CASE("startup scripts are sentences: every option variant, no template holes", "[compare][options][words]") {
    const std::vector<std::string> holes = {"  ",  " .",  " ,",  "..", "{}",  "1 years",  "-$",
                                            "$0 ", "$0,", "$0.", "()", ", ,", "1 shares", "1 options"};
    int scripts = 0;
    // Fixed levers x terms (under water or not) x years x comparator's pay x kind x which
    // offer is the startup x gross or after tax.
    for (const char* fixed : {"[]", R"(["rsu"])", R"(["sign_on","base"])"})
        for (const char* terms :
             {"", R"(, "exercise_window_days": 3650)", R"(, "early_exercise": true)",
              R"(, "exercise_window_days": 3650, "early_exercise": true, "fmv": 1.5)", R"(, "strike": 5.0)"})
            for (int years : {1, 4})
                for (int big : {150000, 200000, 260000})
                    for (const char* kind : {"offer", "verbal", "current"})
                        for (bool startup_first : {true, false})
                            for (bool net : {false, true}) {
                                std::string text = startup(
                                    std::string(terms).find("strike") != std::string::npos ? "" : terms,
                                    fmt::format(R"(, "fixed": {}, "tax": {{"filing": "single", "state": "WA"}})",
                                                fixed));
                                if (std::string(terms).find("strike") != std::string::npos)
                                    text.replace(text.find("1.00"), 4, "5.00");
                                Projected s = load(text);
                                Projected b = load(fmt::format(
                                    R"({{"name": "Big", "company": "BigCo", "base": {},
                                   "options": {{"type": "nso", "shares": 1000, "strike": 1, "preferred_price": 2,
                                   "vesting": "cliff-monthly"}}, "tax": {{"filing": "single", "state": "WA"}}}})",
                                    big));
                                const OfferKind k = std::string(kind) == "offer"    ? OfferKind::Offer
                                                    : std::string(kind) == "verbal" ? OfferKind::Verbal
                                                                                    : OfferKind::Current;
                                if (startup_first) b.offer.kind = k;
                                if (!startup_first) {
                                    b.offer.options.reset();  // an RSU-less public offer against the startup
                                    s.offer.kind = k;
                                }
                                s.projection = project(s.offer, years);
                                b.projection = project(b.offer, years);
                                CompareOptions opts = on("2026-11-23");
                                opts.after_tax = net;
                                const Comparison c =
                                    compare(startup_first ? std::vector{s, b} : std::vector{b, s}, opts);
                                std::vector<std::string> texts = c.warnings;
                                texts.push_back(c.headline);
                                if (!c.paper_note.empty()) texts.push_back(c.paper_note);
                                for (const Ask& a : c.asks) {
                                    texts.push_back(a.reason);
                                    if (option_term(a.lever)) {
                                        INFO(a.reason);
                                        CHECK(a.reason.find("closes the") == std::string::npos);
                                        CHECK(!a.closes);
                                    }
                                }
                                if (c.script) {
                                    ++scripts;
                                    for (const std::string* t : {&c.script->short_ask, &c.script->long_ask}) {
                                        INFO(*t);
                                        CHECK(t->find(".00") == std::string::npos);  // no cents in speech
                                        texts.push_back(*t);
                                    }
                                }
                                check_no_holes(texts, holes);
                            }
    CHECK(scripts > 300);
}

TEST_CASE("startup asks for a chance: shares sized on the exit paths", "[compare][options][odds]") {
    // Start with one exit (year 4 at $11, p = 0.3): 600,000 + 40,000 x 10 = 1,000,000 on
    // the exit paths, 600,000 on the others. Big pays 4 x 275,000 = 1,100,000, certain.
    // To win on 25% of the paths (under the exit's 30%) the exit paths must pay more than
    // 1,100,000: x more options with x x 10 > 100,000, so x > 10,000: 10,100 in steps of
    // 100. No number of options wins on 50%: only the exit paths can.
    const Projected s = load(startup(R"(, "exits": [{"year": 4, "price": 11.0, "probability": 0.3}])"));
    const Projected big = load(R"({"name": "Big", "company": "BigCo", "base": 275000})");
    CompareOptions o = on("2026-11-23");
    o.odds = OddsOptions{};
    o.odds->paths = 20000;
    o.confidence = 25;
    const Comparison c = compare({s, big}, o);
    REQUIRE(c.odds);
    CHECK(c.odds->wins_now == 0);
    const Ask& shares = c.odds->confident[0];
    CHECK(shares.lever == AskLever::Shares);
    CHECK(shares.shares == 10100);
    CHECK(shares.share_step == 100);
    REQUIRE(shares.wins);
    CHECK(std::abs(static_cast<double>(*shares.wins) / 20000 - 0.3) <= 3 * std::sqrt(0.3 * 0.7 / 20000));
    CHECK(shares.reason.find("The smallest shares ask, in steps of 100 shares, with which Start pays more than Big") !=
          std::string::npos);
    o.confidence = 50;
    const Comparison none = compare({s, big}, o);
    CHECK(!none.odds->confident[0].feasible);
    CHECK(none.odds->confident[0].reason == "No shares ask within the accepted range wins on 50% of the paths.");
}

TEST_CASE("startup asks after tax: the paper value is left out, and said to be", "[compare][options]") {
    // Net pay is cash: the options' 120,000 on paper is not pay until exercised (the tax
    // model leaves it out), so no number of shares moves an after-tax total.
    const char* wa = R"(, "tax": {"filing": "single", "state": "WA"})";
    CompareOptions o = on("2026-11-23");
    o.after_tax = true;
    const Comparison c = compare(
        {load(startup("", wa)), load(fmt::format(R"({{"name": "Big", "company": "BigCo", "base": 200000{}}})", wa))},
        o);
    CHECK(c.paper_note ==
          "Paper value, not cash: the after-tax totals leave out the options' paper value, which is not pay until "
          "exercised (Start's $120,000.00 at the last preferred price of $4 over 4 years).");
    const auto shares =
        std::find_if(c.asks.begin(), c.asks.end(), [](const Ask& a) { return a.lever == AskLever::Shares; });
    REQUIRE(shares != c.asks.end());
    CHECK(!shares->feasible);
    CHECK(shares->reason ==
          "No share increase closes the after-tax gap: the options' paper value is not pay until exercised, so the "
          "after-tax totals leave it out.");
    REQUIRE(c.script);
    CHECK(c.script->short_ask.find("after tax here, not counting $120,000 of options on paper at the last preferred "
                                   "price of $4.") != std::string::npos);
}

TEST_CASE("startup asks: an NSO's window, a strike under the 409A value, one term", "[compare][options]") {
    // NSO: no ISO sentence. Strike $1 under an FMV of $1.25: the 83(b) election taxes the
    // $0.25 spread a share. Early exercise on: the window is the one term, said alone.
    std::string nso = startup(R"(, "fmv": 1.25)");
    nso.replace(nso.find("\"iso\""), 5, "\"nso\"");
    const Comparison c = compare({load(nso), load(kBig)}, on("2026-11-23"));
    const auto term = [&](AskLever l) {
        return std::find_if(c.asks.begin(), c.asks.end(), [&](const Ask& a) { return a.lever == l; });
    };
    REQUIRE(term(AskLever::ExerciseWindow) != c.asks.end());
    CHECK(term(AskLever::ExerciseWindow)->reason ==
          "Exercise window: the vested options must be bought within 90 days of leaving (shares x strike, plus tax), "
          "or they are lost. Ask for 10 years. It costs the company no cash and is often granted, but it closes no "
          "gap in dollars.");
    REQUIRE(term(AskLever::EarlyExercise) != c.asks.end());
    CHECK(term(AskLever::EarlyExercise)
              ->reason.find("the election taxes the spread at exercise ($0.25 a share over "
                            "the strike)") != std::string::npos);
    const Comparison one = compare({load(startup(R"(, "early_exercise": true)")), load(kBig)}, on("2026-11-23"));
    REQUIRE(one.script);
    CHECK(one.script->short_ask.find(" I would also ask for an exercise window of 10 years after leaving instead of "
                                     "90 days, which costs the company no cash.") != std::string::npos);
}

TEST_CASE("an offer with RSUs and options: RSUs first, then shares", "[compare][options]") {
    // 600,000 + a 40,000 RSU grant + 40,000 options x 3 = 760,000 against 800,000: 40,000
    // short; year one in cash 150,000 + 10,000 = 160,000 against 200,000 (the options'
    // 30,000 is paper). A year-one sign-on of 40,000 closes both: the bridge, first. RSUs
    // +40,000 (10,000 in year one); shares 40,000 / 3 = 13,333.3, up to 13,400 (paper
    // 40,200; year one 53,400 / 4 = 13,350 x 3 = 40,050: 200,050). No term: 10 years,
    // early on.
    const Comparison c = compare({load(R"({"name": "Both", "company": "Hybrid", "base": 150000,
        "rsu": {"grant": 40000, "vesting": "even-annual"}, "options": {"type": "iso", "shares": 40000,
        "strike": 1.00, "preferred_price": 4.00, "vesting": "cliff-monthly", "exercise_window_days": 3650,
        "early_exercise": true}})"),
                                  load(kBig)},
                                 on("2026-11-23"));
    REQUIRE(c.asks.size() == 4);
    CHECK(c.asks[0].lever == AskLever::SignOn);
    CHECK(c.asks[0].sign_on_y1 == d(40000));
    CHECK(c.asks[1].lever == AskLever::Rsu);
    CHECK(c.asks[1].rsu == d(40000));
    CHECK(c.asks[2].lever == AskLever::Shares);
    CHECK(c.asks[2].shares == 13400);
    CHECK(c.asks[2].shares_value == d(40200));
    CHECK(c.asks[2].year1_total == d(200050));
    CHECK(c.asks[3].lever == AskLever::Base);
}

TEST_CASE("startup words at a named price (--option-price)", "[compare][options]") {
    // Valued at $10 a share: 40,000 x (10 - 1) = 360,000 on paper; 600,000 + 360,000 =
    // 960,000 against Big's 800,000: Start leads only on paper (cash 600,000 < 800,000).
    Projected s = load(startup());
    s.offer.options->valued_at = SharePrice{10'000'000};
    s.projection = project(s.offer);
    const Comparison c = compare({s, load(kBig)}, on("2026-11-23"));
    CHECK(c.paper_note ==
          "Start leads only on paper: $360,000.00 of Start's $960,000.00 over 4 years is options valued at an assumed "
          "price of $10 a share (the last preferred price is $4). Without the options, Big pays $200,000.00 more.");
}
