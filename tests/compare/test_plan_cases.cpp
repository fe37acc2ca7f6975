// The plan, case by case: two offers built here, and the asks, dates and key sentences
// each should give, worked out by hand (the arithmetic beside each case). Unless a case
// says otherwise: 4 years, asks in $1,000 steps, no raise, no bonus, no stock growth,
// US holidays, and the offer
//   Acme "Senior" Engineer, offer_date Monday 2027-03-01, base $150,000,
//   RSU grant $200,000 vesting 25/25/25/25 (even-annual)
// which pays $150,000 + $50,000 = $200,000 a year: $200,000 in year one, $800,000 over
// 4 years. Acme and Globex are on the generic ladder (Senior = rank 3, Staff = rank 4).
// The timeline without a close in the way, today 2027-03-01: counter by the next
// business day, Tuesday 2027-03-02; the answer window is 3 to 5 business days after it,
// Friday 2027-03-05 to Tuesday 2027-03-09 (no US holiday between).

#include "catch.hpp"

#include <string>
#include <vector>

#include <fmt/format.h>

#include "offercalc/compare.hpp"
#include "offercalc/error.hpp"
#include "offercalc/parse.hpp"

using namespace offercalc;

namespace {

const char* kOffer = R"("name": "Acme", "company": "Acme", "level": "Senior", "role": "Engineer",
  "offer_date": "2027-03-01", "base": 150000, "rsu": {"grant": 200000, "vesting": "even-annual"})";

/// The default offer with `extra` fields appended (", \"fixed\": [\"rsu\"]").
std::string offer(const std::string& extra = "") { return "{" + std::string(kOffer) + extra + "}"; }

/// A written Globex Senior offer closing 2027-03-31, with `fields` for its pay and the rest.
std::string rival(const std::string& fields, const std::string& name = "Rival") {
    return fmt::format(R"({{"name": "{}", "company": "Globex", "level": "Senior", "close_date": "2027-03-31", {}}})",
                       name, fields);
}

struct Run {
    std::vector<std::string> texts;  ///< offers[0] first
    std::string today = "2027-03-01";
    int years = 4;
    bool net = false;
};

Comparison run(const Run& r) {
    std::vector<Projected> offers;
    for (std::size_t i = 0; i < r.texts.size(); ++i) {
        Projected p;
        p.offer = parse_offer(r.texts[i], fmt::format("o{}.json", i));
        p.projection = project(p.offer, r.years);
        offers.push_back(std::move(p));
    }
    CompareOptions o;
    o.today = *Date::parse(r.today);
    o.after_tax = r.net;
    return compare(offers, o);
}

Date day(const char* iso) { return *Date::parse(iso); }
Money usd(std::int64_t d) { return Money::dollars(d); }
bool says(const std::string& s, const std::string& what) { return s.find(what) != std::string::npos; }
bool warned(const Comparison& c, const std::string& what) {
    for (const auto* list : {&c.warnings, &c.timeline.warnings})
        for (const std::string& w : *list)
            if (says(w, what)) return true;
    return false;
}

/// One expected ask: its lever and changes (zero where none).
struct Want {
    AskLever lever;
    bool feasible;
    std::int64_t rsu = 0, sign_on_y1 = 0, sign_on_y2 = 0, base = 0;
};

void check_asks(const Comparison& c, const std::vector<Want>& want) {
    REQUIRE(c.asks.size() == want.size());
    for (std::size_t i = 0; i < want.size(); ++i) {
        const Ask& a = c.asks[i];
        INFO("ask " << i << ": " << to_string(a.lever));
        CHECK(a.lever == want[i].lever);
        CHECK(a.feasible == want[i].feasible);
        CHECK(a.rsu == usd(want[i].rsu));
        CHECK(a.sign_on_y1 == usd(want[i].sign_on_y1));
        CHECK(a.sign_on_y2 == usd(want[i].sign_on_y2));
        CHECK(a.base == usd(want[i].base));
    }
}

const std::string& long_script(const Comparison& c) {
    REQUIRE(c.script);
    return c.script->long_ask;
}
const std::string& short_script(const Comparison& c) {
    REQUIRE(c.script);
    return c.script->short_ask;
}

}  // namespace

TEST_CASE("plan case 1: RSUs first, closing year one with the total", "[compare][plan][cases]") {
    // Rival: base $210,000 a year: $210,000 in year one, $840,000 over 4 years.
    // Gap 840,000 - 800,000 = $40,000; year-one gap 210,000 - 200,000 = $10,000.
    // RSU: +$40,000 of grant adds $10,000 a year (25%) = $40,000: closes; year one
    //   200,000 + 10,000 = 210,000 = Rival's, so no year-one sign-on is needed with it.
    // Sign-on: year one +$10,000 (to 210,000); the rest, 40,000 - 10,000 = $30,000, in year two.
    // Base last (no band): +$10,000 a year x 4 = $40,000.
    const Comparison c = run({{offer(), rival(R"("base": 210000)")}});
    check_asks(c, {{AskLever::Rsu, true, 40000},
                   {AskLever::SignOn, true, 0, 10000, 30000},
                   {AskLever::Base, true, 0, 0, 0, 10000}});
    CHECK(c.gap == usd(40000));
    CHECK(c.timeline.counter_by == day("2027-03-02"));
    CHECK(c.timeline.window_start == day("2027-03-05"));
    CHECK(c.timeline.answer_by == day("2027-03-09"));
    CHECK(c.timeline.warnings.empty());
    const std::string& l = long_script(c);
    CHECK(says(l,
               "I have a written offer from Globex at Senior worth $840,000 over 4 years, against $800,000 "
               "here."));
    CHECK(says(l, "raise the RSU grant by $40,000."));
    CHECK(says(l, "year one comes to $210,000 and the 4 years to $840,000"));
    // One date to answer by, in both scripts, following from the comparator's deadline.
    for (const std::string& s : {l, short_script(c)})
        CHECK(says(s, "Globex needs my answer by Wednesday, March 31, so could you let me know by Tuesday, March 9?"));
    // The offer file does not say it is the first choice: the script never does.
    CHECK_FALSE(says(l, "first choice"));
    CHECK_FALSE(says(short_script(c), "first choice"));
    CHECK_FALSE(says(l, "Before"));
}

TEST_CASE("plan case 2: first_choice in the offer file, and only then, is said", "[compare][plan][cases]") {
    // The same offers as case 1, the offer file saying first_choice: true.
    const Comparison yes = run({{offer(R"(, "first_choice": true)"), rival(R"("base": 210000)")}});
    CHECK(says(long_script(yes), "Acme is my first choice."));
    CHECK_FALSE(says(short_script(yes), "first choice"));
    // first_choice: false (or null) is the same as leaving it out.
    for (const char* v : {"false", "null"}) {
        const Comparison no = run({{offer(fmt::format(R"(, "first_choice": {})", v)), rival(R"("base": 210000)")}});
        CHECK_FALSE(says(long_script(no), "first choice"));
    }
    // A comparator's first_choice is not the offer's: nothing is said.
    const Comparison theirs = run({{offer(), rival(R"("base": 210000, "first_choice": true)")}});
    CHECK_FALSE(says(long_script(theirs), "first choice"));
}

TEST_CASE("plan case 3: a level gap is asked first, then the cash", "[compare][plan][cases]") {
    // Rival at Staff (rank 4) against Senior (rank 3): the level ask first, for Staff on
    // Acme's (generic) ladder; then case 1's cash asks, the pay being the same.
    const std::string staff = R"({"name": "Rival", "company": "Globex", "level": "Staff", "close_date": "2027-03-31",
  "base": 210000})";
    const Comparison c = run({{offer(), staff}});
    check_asks(c, {{AskLever::Level, true},
                   {AskLever::Rsu, true, 40000},
                   {AskLever::SignOn, true, 0, 10000, 30000},
                   {AskLever::Base, true, 0, 0, 0, 10000}});
    CHECK(c.asks[0].level_to == "Staff");
    // Staff at Globex maps to Staff here: "Staff, which compares with Staff" would say nothing.
    CHECK(says(short_script(c),
               "Before the numbers, the level: Globex's offer is at Staff. Could you consider me "
               "for Staff?"));
    CHECK(says(short_script(c),
               "If the level stays at Senior and you can raise the RSU grant by $40,000, I am "
               "ready to accept."));
}

TEST_CASE("plan case 4: the sign-on is the bridge when the grant vests back-loaded", "[compare][plan][cases]") {
    // The offer's grant on Amazon's 5/15/40/40: year one 150,000 + 5% x 200,000 = $160,000;
    // 4 years still $800,000. Rival: base $205,000: $205,000 / $820,000.
    // Gap $20,000; year-one gap $45,000.
    // RSU alone: +$20,000 closes the total, but adds 5% x 20,000 = $1,000 to year one:
    //   161,000, $44,000 short.
    // Sign-on: year one +$45,000 makes year one 205,000 and the total 845,000 >= 820,000:
    //   it closes both, so it is the bridge, ranked before the RSUs; year two +$0.
    //   (RSUs with a sign-on: the smallest sign-on that makes year one whole is $45,000,
    //   with which no RSU is needed, so there is no RSU+sign-on ask.)
    // Base: +$5,000 a year x 4 = $20,000.
    const std::string me = R"({"name": "Acme", "company": "Acme", "level": "Senior", "offer_date": "2027-03-01",
  "base": 150000, "rsu": {"grant": 200000, "vesting": "amazon"}})";
    const Comparison c = run({{me, rival(R"("base": 205000)")}});
    check_asks(
        c, {{AskLever::SignOn, true, 0, 45000}, {AskLever::Rsu, true, 20000}, {AskLever::Base, true, 0, 0, 0, 5000}});
    CHECK(c.asks[0].bridge);
    CHECK(c.asks[1].year1_short == usd(44000));
    CHECK(says(c.asks[0].reason, "Sign-on is the bridge"));
    const std::string& l = long_script(c);
    CHECK(says(l, "raise the year-one sign-on by $45,000."));
    CHECK(says(l,
               "Year one is where the difference shows, because the grant vests back-loaded: $160,000 in year "
               "one here"));
}

TEST_CASE("plan case 5: base within the band when RSUs and sign-on are fixed", "[compare][plan][cases]") {
    // Case 1's gap ($40,000) with RSUs and sign-on fixed and a band to $170,000 (room
    // 20,000): base +$10,000 a year closes it within the room. The fixed levers' asks
    // are infeasible, listed after, with null totals in the JSON.
    const Comparison c = run({{offer(R"(, "fixed": ["rsu", "sign_on"], "band": {"base_min": 140000,
  "base_max": 170000})"),
                               rival(R"("base": 210000)")}});
    check_asks(c, {{AskLever::Base, true, 0, 0, 0, 10000},
                   {AskLever::RsuSignOn, false},
                   {AskLever::Rsu, false},
                   {AskLever::SignOn, false}});
    CHECK(c.asks[0].band_room == usd(20000));
    // The only ask that can be made comes first: not "Base last".
    CHECK(says(c.asks[0].reason,
               "Base: +$10,000.00 a year closes the gap, within the band's room of "
               "$20,000.00 (top $170,000.00)."));
    CHECK(says(c.asks[2].reason, "The recruiter said rsu will not move (fixed)."));
    const std::string json = compare_json(c);
    CHECK(says(json, R"("total": null)"));
    CHECK(says(json, R"("year1_total": null)"));
    CHECK(says(json, R"("remaining_gap": null)"));
    CHECK(says(short_script(c), "If you can raise the base by $10,000 a year, I am ready to accept."));
}

TEST_CASE("plan case 6: a base above the band is not called at the band's top", "[compare][plan][cases]") {
    // Base 150,000 against a band topping at $140,000: no room, and every other lever fixed:
    // no feasible cash ask, so no script; the reason says "above".
    const Comparison c = run({{offer(R"(, "fixed": ["rsu", "sign_on"], "band": {"base_min": 120000,
  "base_max": 140000})"),
                               rival(R"("base": 210000)")}});
    REQUIRE(c.asks.size() == 4);
    for (const Ask& a : c.asks) CHECK_FALSE(a.feasible);
    const Ask& base = c.asks.back();
    CHECK(base.lever == AskLever::Base);
    CHECK(base.reason == "Base ($150,000.00) is already above the band's top ($140,000.00): no room.");
    CHECK_FALSE(c.script);
}

TEST_CASE("plan case 7: a gap under one step is a tie, with nothing to ask", "[compare][plan][cases]") {
    // Rival: base $200,000 and a year-two sign-on of $500: year one $200,000 (the same as
    // the offer's), 4 years $800,500: a $500 gap, under the $1,000 step: a tie.
    // Nothing is short, so no ask and no script; decide by the end of the 72-hour review,
    // 3 business days after Monday 2027-03-01: Thursday 2027-03-04 (before Rival's close).
    const Comparison c = run({{offer(), rival(R"("base": 200000, "sign_on": {"year2": 500})")}});
    CHECK(c.situation.tie);
    CHECK(c.gap == usd(500));
    CHECK(c.asks.empty());
    CHECK_FALSE(c.script);
    CHECK_FALSE(c.timeline.counter);
    CHECK(c.timeline.decide_by == day("2027-03-04"));
}

TEST_CASE("plan case 8: nothing short, nothing asked", "[compare][plan][cases]") {
    // Rival: base $180,000: year one 180,000 < 200,000; 4 years 720,000 < 800,000.
    // The offer leads by $80,000; decide by Thursday 2027-03-04 as in case 7.
    const Comparison c = run({{offer(), rival(R"("base": 180000)")}});
    CHECK(c.gap == usd(-80000));
    CHECK(c.goal_year1_gap == usd(-20000));
    CHECK(c.asks.empty());
    CHECK_FALSE(c.script);
    CHECK(c.timeline.decide_by == day("2027-03-04"));
    CHECK(says(compare_json(c), R"("year1_gap": -20000.00)"));
}

TEST_CASE("plan case 9: the total leads, year one is short: a year-one sign-on", "[compare][plan][cases]") {
    // Rival: base $150,000 and a year-one sign-on of $90,000: year one $240,000, 4 years
    // $690,000. The offer leads the total by $110,000 but trails year one by $40,000:
    // a year-one sign-on of +$40,000 (to 240,000), nothing in year two.
    const Comparison c = run({{offer(), rival(R"("base": 150000, "sign_on": {"year1": 90000})")}});
    check_asks(c, {{AskLever::SignOn, true, 0, 40000}});
    CHECK(c.asks[0].year_one_only);
    CHECK(c.asks[0].reason ==
          "The 4-year total already leads, but year one is short: a year-one sign-on of "
          "$40,000.00 brings year one up to Rival (year-one gap $40,000.00).");
    // The grant is even, not back-loaded: the script does not say it is.
    CHECK(says(long_script(c), "Year one is where the difference shows: $200,000 in year one here"));
}

TEST_CASE("plan case 10: transition cost the sign-on leaves uncovered", "[compare][plan][cases]") {
    // The offer with a $20,000 year-one sign-on and $50,000 of unvested equity to leave:
    // $30,000 uncovered. Rival: base $180,000 (year one 180,000 < 220,000; 4 years
    // 720,000 < 820,000). Only the transition is short: a year-one sign-on of +$30,000.
    const Comparison c = run(
        {{offer(R"(, "sign_on": {"year1": 20000}, "transition": {"unvested": 50000})"), rival(R"("base": 180000)")}});
    CHECK(c.situation.uncovered == usd(30000));
    check_asks(c, {{AskLever::SignOn, true, 0, 30000}});
    CHECK(says(long_script(c),
               "Moving also costs me $50,000 in unvested equity; the sign-on here covers $20,000 "
               "of it, which leaves $30,000."));
    CHECK_FALSE(says(long_script(c), "Year one is where the difference shows"));
    // Year one leads (220,000 against 180,000): only the transition cost is short, and
    // nothing says year one is. Rival pays less and has no level to raise: its deadline
    // is no leverage, and is not said.
    CHECK(c.headline ==
          "Acme already leads Rival by $100,000.00 over 4 years, but is still short on the transition "
          "cost; counter-asks:");
    CHECK(c.asks[0].reason ==
          "The 4-year total already leads, but the transition cost is not covered: a year-one "
          "sign-on of $30,000.00 covers the $30,000.00 of transition cost (unvested equity) that the "
          "offer's sign-on leaves uncovered.");
    CHECK_FALSE(says(short_script(c), "needs my answer"));
    CHECK_FALSE(says(long_script(c), "Globex"));
}

TEST_CASE("plan case 11: a live close before the window ends bounds the answer", "[compare][plan][cases]") {
    // Case 1's offers, Rival closing Friday 2027-03-05, before the window's end (Tuesday
    // 2027-03-09): ask for an answer by the last business day before the close,
    // Thursday 2027-03-04. The asks are case 1's.
    const Comparison c = run({{offer(), R"({"name": "Rival", "company": "Globex", "level": "Senior",
  "close_date": "2027-03-05", "base": 210000})"}});
    check_asks(c, {{AskLever::Rsu, true, 40000},
                   {AskLever::SignOn, true, 0, 10000, 30000},
                   {AskLever::Base, true, 0, 0, 0, 10000}});
    CHECK(c.timeline.answer_by == day("2027-03-04"));
    // The window ends there too: it shows no date after the close.
    CHECK(c.timeline.window_start == day("2027-03-04"));
    CHECK(c.timeline.window_end == day("2027-03-04"));
    CHECK(warned(c,
                 "Rival closes on 2027-03-05, before the usual answer window (3 to 5 business days) ends on "
                 "2027-03-09: ask for an answer by 2027-03-04"));
    CHECK(says(long_script(c),
               "Globex needs my answer by Friday, March 5, so could you let me know by Thursday, "
               "March 4?"));
}

TEST_CASE("plan case 12: a close on the window's last day is said once", "[compare][plan][cases]") {
    // Rival closing Tuesday 2027-03-09, the window's last day: answer by Monday 2027-03-08.
    const Comparison c = run({{offer(), R"({"name": "Rival", "company": "Globex", "level": "Senior",
  "close_date": "2027-03-09", "base": 210000})"}});
    CHECK(c.timeline.answer_by == day("2027-03-08"));
    CHECK(c.timeline.window_start == day("2027-03-05"));
    CHECK(c.timeline.window_end == day("2027-03-08"));
    CHECK(warned(c,
                 "Rival closes on 2027-03-09, the day the usual answer window (3 to 5 business days) ends: ask "
                 "for an answer by 2027-03-08"));
}

TEST_CASE("plan case 13: a passed close: the scripts wait on an extension", "[compare][plan][cases]") {
    // Rival closed Friday 2027-02-26, before today (2027-03-01), and it is the only
    // comparator: the asks stay sized to it (case 1's); the scripts are what to say once
    // it is extended, and their condition says so. The closure is never said to the
    // recruiter, and there is no "needs my answer".
    const std::string closed = R"({"name": "Rival", "company": "Globex", "level": "Staff",
  "close_date": "2027-02-26", "base": 210000})";
    const Comparison c = run({{offer(), closed}});
    check_asks(c, {{AskLever::Level, true},
                   {AskLever::Rsu, true, 40000},
                   {AskLever::SignOn, true, 0, 10000, 30000},
                   {AskLever::Base, true, 0, 0, 0, 10000}});
    CHECK(warned(c, "Rival closed on 2027-02-26"));
    CHECK(c.timeline.answer_by == day("2027-03-09"));
    for (const std::string* s : {&c.script->short_ask, &c.script->long_ask}) {
        INFO(*s);
        CHECK(says(*s,
                   "I have a written offer from Globex at Staff worth $840,000 over 4 years, against $800,000 "
                   "here."));
        CHECK_FALSE(says(*s, "closed"));
        CHECK_FALSE(says(*s, "needs my answer"));
        CHECK(says(*s, "Globex's offer is at Staff"));
    }
    CHECK(c.script->condition ==
          "Rival closed on Friday, February 26: say this only once it is extended (ask "
          "Globex first); until then it is not leverage.");
}

TEST_CASE("plan case 14: a closed comparator and a live one: asks sized to the live one", "[compare][plan][cases]") {
    // Rival (closed 2027-02-26): base $210,000, $840,000. Beta (live, closes 2027-03-31):
    // base $205,000: $205,000 / $820,000.
    // Against Beta: gap $20,000, year-one gap $5,000.
    // RSU +$20,000: +$5,000 a year, total 820,000, year one 205,000: closes both.
    // Sign-on: year one +$5,000, year two 20,000 - 5,000 = $15,000. Base +$5,000 a year.
    // Break-even growth against Beta: the 4 tranches of $50,000 at months 12..48 must
    // reach 820,000 - 600,000 = 220,000: x + x^2 + x^3 + x^4 >= 4.4 with x = 1 + g:
    // at g = 3.85% the sum is 4.40011, at 3.84% 4.39903: 3.85%. (Against Rival's
    // $840,000 it would take x + ... + x^4 >= 4.8, near 7.6%.)
    const std::string closed = R"({"name": "Rival", "company": "Globex", "level": "Senior",
  "close_date": "2027-02-26", "base": 210000})";
    const std::string live = R"({"name": "Beta", "company": "Initech", "level": "Senior",
  "close_date": "2027-03-31", "base": 205000})";
    const Comparison c = run({{offer(), closed, live}});
    REQUIRE(c.cited);
    CHECK(c.offers[*c.cited].offer.name == "Beta");
    CHECK(c.gap == usd(20000));
    CHECK(c.year1_gap == usd(5000));
    check_asks(c, {{AskLever::Rsu, true, 20000},
                   {AskLever::SignOn, true, 0, 5000, 15000},
                   {AskLever::Base, true, 0, 0, 0, 5000}});
    REQUIRE(c.breakeven_growth);
    CHECK(c.breakeven_growth->ppm == 38500);
    const std::string& l = long_script(c);
    CHECK(says(l, "I have a written offer from Initech at Senior worth $820,000 over 4 years"));
    CHECK_FALSE(says(l, "Globex"));
    CHECK(says(l, "Initech needs my answer by Wednesday, March 31, so could you let me know by"));
}

TEST_CASE("plan case 15: answer day is today: 'today'", "[compare][plan][cases]") {
    // Offer dated Thursday 2027-02-25: its counter date, Friday 2027-02-26, has passed on
    // Monday 2027-03-01: counter today. Rival closes today (live to the end of the day):
    // the answer is asked for today, and said so.
    const std::string me = R"({"name": "Acme", "company": "Acme", "level": "Senior", "offer_date": "2027-02-25",
  "base": 150000, "rsu": {"grant": 200000, "vesting": "even-annual"}})";
    const Comparison c = run({{me, R"({"name": "Rival", "company": "Globex", "level": "Senior",
  "close_date": "2027-03-01", "base": 210000})"}});
    CHECK(warned(c, "the counter date 2027-02-26 has passed: send the counter today"));
    CHECK(c.timeline.counter_by == day("2027-03-01"));
    CHECK(c.timeline.answer_by == day("2027-03-01"));
    const std::string& l = long_script(c);
    CHECK(says(l, "Globex needs my answer today, so could you let me know today?"));
    CHECK(says(short_script(c), "Globex needs my answer today, so could you let me know today?"));
    CHECK_FALSE(says(l, "by Monday, March 1"));
}

TEST_CASE("plan case 16: an answer window over New Year is warned of", "[compare][plan][cases]") {
    // Offer dated Monday 2026-12-28, today the same: counter Tuesday 2026-12-29; business
    // days after it: Dec 30, Dec 31, (Jan 1 a holiday), Jan 4 (window start), Jan 5,
    // Jan 6 (window end). The window meets the slow weeks (Dec 18 to Jan 3).
    const std::string me = R"({"name": "Acme", "company": "Acme", "level": "Senior", "offer_date": "2026-12-28",
  "base": 150000, "rsu": {"grant": 200000, "vesting": "even-annual"}})";
    Run r{{me, rival(R"("base": 210000)")}};
    r.today = "2026-12-28";
    const Comparison c = run(r);
    CHECK(c.timeline.counter_by == day("2026-12-29"));
    CHECK(c.timeline.window_start == day("2027-01-04"));
    CHECK(c.timeline.answer_by == day("2027-01-06"));
    CHECK(warned(c, "the answer window falls in the last two weeks of December or the first days of January"));
    CHECK(says(long_script(c), "so could you let me know by Wednesday, January 6?"));
}

TEST_CASE("plan case 17: today before the offer date, and an offer long past", "[compare][plan][cases]") {
    // --today 2027-02-26, three days before the offer date: warned.
    Run early{{offer(), rival(R"("base": 210000)")}};
    early.today = "2027-02-26";
    CHECK(warned(run(early),
                 "today (2027-02-26) is before the offer date (2027-03-01): check --today and "
                 "offer_date"));
    // Offer dated 2025-12-01, today 2027-03-01 (15 months on): not within the 72-hour
    // review; its counter date (2025-12-02) has passed: counter today, answer window
    // from today: Thursday 2027-03-04 to Monday 2027-03-08.
    const std::string old = R"({"name": "Acme", "company": "Acme", "level": "Senior", "offer_date": "2025-12-01",
  "base": 150000, "rsu": {"grant": 200000, "vesting": "even-annual"}})";
    const Comparison c = run({{old, rival(R"("base": 210000)")}});
    CHECK_FALSE(c.timeline.reviewing);
    CHECK(warned(c, "the counter date 2025-12-02 has passed: send the counter today"));
    CHECK(c.timeline.answer_by == day("2027-03-08"));
    const std::string text = render_compare(c, RenderOptions{false, false, true, 0});
    CHECK_FALSE(says(text, "24-72 hours"));
    CHECK_FALSE(says(text, "72-hour review"));
    // 2025-12-01 to 2027-03-01: 31 + 365 + 31 + 28 = 455 days, with no close still to
    // come: it may have lapsed, and is warned of.
    CHECK(warned(c,
                 "Acme was made on 2025-12-01, 455 days ago: ask the recruiter whether it still stands before "
                 "any counter"));
    // Thirty days on (2027-03-31) it is not; 31 days on (2027-04-01) it is; an offer
    // whose own close is still to come never is.
    Run month{{offer(), rival(R"("base": 210000)")}};
    month.today = "2027-03-31";
    CHECK_FALSE(warned(run(month), "days ago"));
    month.today = "2027-04-01";
    CHECK(warned(run(month), "Acme was made on 2027-03-01, 31 days ago"));
    month.texts[0] = offer(R"(, "close_date": "2027-04-30")");
    CHECK_FALSE(warned(run(month), "days ago"));
}

TEST_CASE("plan case 35: a date more than half a year away is said with its year", "[compare][plan][cases]") {
    // Rival closed 2027-03-31; today 2028-06-01, 428 days on: the condition names the
    // year. The offer itself, made 2027-03-01 with no close, is 366 (to 2028-03-01, a
    // leap year) + 31 + 30 + 31 = 458 days old: its own condition comes first (case 43).
    // The answer date, Thursday 2028-06-08 (3 to 5 business days after today's
    // counter), is near: said without it.
    Run r{{offer(), rival(R"("base": 210000)")}};
    r.today = "2028-06-01";
    const Comparison c = run(r);
    REQUIRE(c.script);
    CHECK(c.script->condition ==
          "Acme was made on Monday, March 1, 2027, 458 days ago, and may have lapsed: confirm with the recruiter "
          "that it still stands; the counter and answer dates hold only once it does. Rival closed on Wednesday, "
          "March 31, 2027: say this only once it is extended (ask Globex first); until then it is not leverage.");
    CHECK(says(short_script(c), "Could you let me know by Thursday, June 8?"));
    CHECK(spoken_from(day("2027-09-30"), day("2027-03-31")) == "Thursday, September 30");   // 183 days
    CHECK(spoken_from(day("2027-10-01"), day("2027-03-31")) == "Friday, October 1, 2027");  // 184 days
}

TEST_CASE("plan case 18: --years 1: no RSU ask of 20x the gap ranked first", "[compare][plan][cases]") {
    // The grant on Amazon's 5/15/40/40: year one 150,000 + 5% x 200,000 = $160,000.
    // Rival: base $170,000. One year: gap $10,000.
    // RSU alone: 5% of the increase must reach 10,000: +$200,000, 20x the gap: not an
    // ask a recruiter grants for it; the year-one sign-on of +$10,000 closes it and comes
    // first. Base: +$10,000 (no band; under 15% of base: no stretch) closes the gap too,
    // and comes before an RSU ask of 20x the gap, which goes with the doubled grants.
    const std::string me = R"({"name": "Acme", "company": "Acme", "level": "Senior", "offer_date": "2027-03-01",
  "base": 150000, "rsu": {"grant": 200000, "vesting": "amazon"}})";
    Run r{{me, rival(R"("base": 170000)")}};
    r.years = 1;
    const Comparison c = run(r);
    check_asks(
        c, {{AskLever::SignOn, true, 0, 10000}, {AskLever::Base, true, 0, 0, 0, 10000}, {AskLever::Rsu, true, 200000}});
    CHECK(says(c.asks[2].reason, "that is 20x the gap, not an ask a recruiter grants for it"));
    CHECK(says(short_script(c), "If you can raise the year-one sign-on by $10,000, I am ready to accept."));
    CHECK(says(long_script(c), "the year comes to $170,000"));
    CHECK_FALSE(says(long_script(c), "$200,000 a"));
}

TEST_CASE("plan case 19: --after-tax: net money lines say 'after tax'", "[compare][plan][cases]") {
    // Both in Texas (no state income or payroll tax), single, no RSU: each year is taxed alike.
    // 2026 federal: standard deduction $16,100; 10% to 12,400, 12% to 50,400, 22% to
    // 105,700, 24% to 201,775; Social Security 6.2% (under the $184,500 base), Medicare 1.45%.
    // Offer, base 150,000: taxable 133,900: 1,240 + 4,560 + 12,166 + 24% x 28,200 (6,768)
    //   = 24,734; FICA 11,475; net 113,791 a year, 455,164 over 4 years.
    // Rival, base 160,300: taxable 144,200: 1,240 + 4,560 + 12,166 + 24% x 38,500 (9,240)
    //   = 27,206; FICA 12,262.95; net 120,831.05 a year, 483,324.20 over 4 years.
    // Net gap 28,160.20 (year one 7,040.05), at the margin 1 - 24% - 7.65% = 68.35% of gross.
    // No grant: no RSU ask. Sign-on: year one must gain 7,040.05 net: 10,000 gives 6,835,
    //   11,000 gives 7,518.50: +$11,000; the rest, 28,160.20 - 7,518.50 = 20,641.70 net:
    //   30,000 gives 20,505, 31,000 gives 21,188.50: +$31,000 in year two.
    // Base: 4 x 68.35% x B >= 28,160.20: B >= 10,300: +$11,000 a year.
    const std::string tax = R"(, "tax": {"filing": "single", "state": "TX"})";
    const std::string me = R"({"name": "Acme", "company": "Acme", "level": "Senior", "offer_date": "2027-03-01",
  "base": 150000)" + tax + "}";
    Run r{{me, rival(R"("base": 160300)" + tax)}};
    r.net = true;
    const Comparison c = run(r);
    CHECK(c.gap == Money::cents(2816020));
    check_asks(c, {{AskLever::SignOn, true, 0, 11000, 31000},
                   {AskLever::Base, true, 0, 0, 0, 11000},
                   {AskLever::RsuSignOn, false},
                   {AskLever::Rsu, false}});
    const std::string& l = long_script(c);
    CHECK(says(l,
               "I have a written offer from Globex at Senior worth $483,000 after tax over 4 years, against "
               "$455,000 after tax here."));
    // Both in Texas, single: taxed alike, so nothing says they are taxed differently.
    CHECK(says(l,
               "I have compared the two after tax: the difference is $28,000 over 4 years and $7,000 in year "
               "one."));
    CHECK_FALSE(says(l, "taxed differently"));
    CHECK(says(short_script(c), "after tax"));
}

TEST_CASE("plan case 20: numeric levels are said as levels", "[compare][plan][cases]") {
    // Amazon L6 (rank 3) against Microsoft 65 (rank 4): ask for L7 (Amazon's rank 4).
    // Microsoft pays $210,000 base; the offer is the default's pay: the cash asks of case 1.
    const std::string me = R"({"name": "Acme", "company": "Amazon", "level": "L6", "offer_date": "2027-03-01",
  "base": 150000, "rsu": {"grant": 200000, "vesting": "even-annual"}})";
    const std::string ms = R"({"name": "MS", "company": "Microsoft", "level": "65", "close_date": "2027-03-31",
  "base": 210000})";
    const Comparison c = run({{me, ms}});
    check_asks(c, {{AskLever::Level, true},
                   {AskLever::Rsu, true, 40000},
                   {AskLever::SignOn, true, 0, 10000, 30000},
                   {AskLever::Base, true, 0, 0, 0, 10000}});
    CHECK(c.asks[0].level_to == "L7");
    const std::string& s = short_script(c);
    CHECK(says(s, "Microsoft's offer is at level 65, which compares with L7 here."));
    CHECK(says(s, "a written offer from Microsoft at level 65 worth $840,000"));
    CHECK_FALSE(says(s, "at 65"));
    // The offer's own numeric level in the ask's condition: "the level" is said already,
    // so "stays at 63", not "stays at level 63". Microsoft 63 (rank 3) against Amazon L7
    // (rank 4): a level ask, then the cash asks.
    const std::string mine = R"({"name": "MS", "company": "Microsoft", "level": "63", "offer_date": "2027-03-01",
  "base": 150000, "rsu": {"grant": 200000, "vesting": "even-annual"}})";
    const std::string amazon = R"({"name": "Amazon", "company": "Amazon", "level": "L7", "close_date": "2027-03-31",
  "base": 210000})";
    const Comparison own = run({{mine, amazon}});
    const std::string& t = short_script(own);
    CHECK(says(t, "If the level stays at 63 and"));
    CHECK_FALSE(says(t, "stays at level 63"));
}

TEST_CASE("plan case 21: a comparator at the same company is another team", "[compare][plan][cases]") {
    // An internal offer from another Acme team (company spelt in another case): not a
    // competitor. The asks are case 1's.
    const std::string team = R"({"name": "Acme Cloud", "company": "ACME", "level": "Senior",
  "close_date": "2027-03-31", "base": 210000})";
    const Comparison c = run({{offer(), team}});
    check_asks(c, {{AskLever::Rsu, true, 40000},
                   {AskLever::SignOn, true, 0, 10000, 30000},
                   {AskLever::Base, true, 0, 0, 0, 10000}});
    REQUIRE(c.situation.comparators.size() == 1);
    CHECK(c.situation.comparators[0].same_company);
    // The company is said as the offer spells it: one company, one name.
    CHECK(says(long_script(c), "I have a written offer from another team at Acme at Senior worth $840,000"));
    CHECK_FALSE(says(long_script(c), "ACME"));
}

TEST_CASE("plan case 22: a comparator with no company is never named by its file", "[compare][plan][cases]") {
    const std::string bare = R"({"name": "bare-comp", "level": "Senior", "close_date": "2027-03-31",
  "base": 210000})";
    const Comparison c = run({{offer(), bare}});
    check_asks(c, {{AskLever::Rsu, true, 40000},
                   {AskLever::SignOn, true, 0, 10000, 30000},
                   {AskLever::Base, true, 0, 0, 0, 10000}});
    for (const std::string* s : {&c.script->short_ask, &c.script->long_ask}) {
        CHECK_FALSE(says(*s, "bare-comp"));
        CHECK(says(*s, "from another company at Senior worth $840,000"));
    }
    CHECK(warned(c, "bare-comp has no company"));
}

TEST_CASE("plan case 23: RSUs fixed: the RSU asks are null in the JSON", "[compare][plan][cases]") {
    // Case 1 with "fixed": ["rsu"]: sign-on (year one +$10,000, year two +$30,000) first,
    // then base +$10,000; the two RSU asks cannot be made.
    const Comparison c = run({{offer(R"(, "fixed": ["rsu"])"), rival(R"("base": 210000)")}});
    check_asks(c, {{AskLever::SignOn, true, 0, 10000, 30000},
                   {AskLever::Base, true, 0, 0, 0, 10000},
                   {AskLever::RsuSignOn, false},
                   {AskLever::Rsu, false}});
    const std::string json = compare_json(c);
    CHECK(says(json, R"("total": null)"));
    CHECK(says(json, R"("remaining_gap": null)"));
    CHECK(says(short_script(c),
               "If you can raise the year-one sign-on by $10,000 and the year-two sign-on by "
               "$30,000, I am ready to accept."));
}

TEST_CASE("plan case 24: a verbal comparator and the current job", "[compare][plan][cases]") {
    // The pay of case 1 ($840,000, the same asks), as a verbal offer and as the current job.
    const Comparison v = run({{offer(), rival(R"("kind": "verbal", "base": 210000)")}});
    check_asks(v, {{AskLever::Rsu, true, 40000},
                   {AskLever::SignOn, true, 0, 10000, 30000},
                   {AskLever::Base, true, 0, 0, 0, 10000}});
    CHECK(says(long_script(v), "I have a verbal offer from Globex at Senior worth about $840,000 over 4 years"));
    CHECK(warned(v, "Rival is a verbal offer"));
    const std::string current = R"({"name": "Now", "kind": "current", "company": "Globex", "level": "Senior",
  "base": 210000})";
    const Comparison k = run({{offer(), current}});
    check_asks(k, {{AskLever::Rsu, true, 40000},
                   {AskLever::SignOn, true, 0, 10000, 30000},
                   {AskLever::Base, true, 0, 0, 0, 10000}});
    CHECK(says(long_script(k),
               "Staying in my current role at Globex is worth $840,000 over 4 years, against "
               "$800,000 here."));
    CHECK_FALSE(says(long_script(k), "needs my answer"));
    CHECK_FALSE(says(long_script(k), "offer from Globex"));
}

TEST_CASE("plan case 25: the offer's own close bounds the answer", "[compare][plan][cases]") {
    // Case 1's offers, the offer closing Friday 2027-03-05 (Rival on 2027-03-31). The
    // usual window, Friday 2027-03-05 to Tuesday 2027-03-09, meets the offer's own close:
    // ask for an answer by the last business day before it, Thursday 2027-03-04, and the
    // window ends there too.
    const Comparison c = run({{offer(R"(, "close_date": "2027-03-05")"), rival(R"("base": 210000)")}});
    CHECK(c.timeline.counter_by == day("2027-03-02"));
    CHECK(c.timeline.answer_by == day("2027-03-04"));
    CHECK(c.timeline.window_start == day("2027-03-04"));
    CHECK(c.timeline.window_end == day("2027-03-04"));
    CHECK(warned(c,
                 "Acme closes on 2027-03-05, before the usual answer window (3 to 5 business days) ends on "
                 "2027-03-09: ask for an answer by 2027-03-04"));
    // The offer's own close comes first and sets the one date to answer by: Globex's
    // later deadline would name a second one, and is not said.
    for (const std::string& s : {long_script(c), short_script(c)}) {
        CHECK(says(s, "I am ready to accept. Could you let me know by Thursday, March 4?"));
        CHECK_FALSE(says(s, "needs my answer"));
    }
    // Offered Monday 2027-02-22, closing Friday 2027-02-26, today Monday 2027-03-01: the
    // offer's own close passed, and is warned of. The counter goes today; the window, 3
    // to 5 business days on, is Thursday 2027-03-04 to Monday 2027-03-08 (Rival's close
    // is after it).
    const std::string lapsed = R"({"name": "Acme", "company": "Acme", "level": "Senior", "offer_date": "2027-02-22",
  "close_date": "2027-02-26", "base": 150000, "rsu": {"grant": 200000, "vesting": "even-annual"}})";
    const Comparison gone = run({{lapsed, rival(R"("base": 210000)")}});
    CHECK(warned(gone,
                 "Acme itself closed on 2027-02-26: ask the recruiter whether it still stands before any "
                 "counter"));
    CHECK(gone.timeline.answer_by == day("2027-03-08"));
}

TEST_CASE("plan case 26: what a recruiter can grant comes first", "[compare][plan][cases]") {
    // The offer: base $150,000 (band to $200,000), a grant of $20,000 (25% a year): $155,000
    // a year, $620,000 over 4 years. Rival: base $200,000: $800,000; gap $180,000, year one
    // $45,000.
    // RSU: 4 x 25% x R >= 180,000: +$180,000 (grant 20,000 -> 200,000, more than doubled);
    //   year one gains 45,000: whole, so no RSU-and-sign-on ask.
    // Sign-on: year one +$45,000, year two 180,000 - 45,000 = +$135,000; 135,000 x 2 =
    //   270,000 > base 150,000: a stretch.
    // Base: 4 x B >= 180,000: +$45,000 a year, within the band's room of $50,000: no stretch.
    // Order: year one is short, so the sign-on, its stretch notwithstanding, comes before
    // the base (base moves last); the doubled grant, rarely granted, after the base.
    const std::string me = R"({"name": "Acme", "company": "Acme", "level": "Senior", "offer_date": "2027-03-01",
  "base": 150000, "rsu": {"grant": 20000, "vesting": "even-annual"}, "band": {"base_max": 200000}})";
    const Comparison c = run({{me, rival(R"("base": 200000)")}});
    check_asks(c, {{AskLever::SignOn, true, 0, 45000, 135000},
                   {AskLever::Base, true, 0, 0, 0, 45000},
                   {AskLever::Rsu, true, 180000}});
    CHECK(says(c.asks[1].reason, "Base last: +$45,000.00 a year closes the gap"));
    CHECK(says(short_script(c),
               "If you can raise the year-one sign-on by $45,000 and the year-two sign-on by $135,000, I am ready "
               "to accept."));
    // With the band's top at $160,000 the base ask (+$10,000, room $10,000) leaves 180,000 -
    // 40,000 = $140,000 of the gap: an ask that does not close comes after those that do.
    std::string narrow = me;
    narrow.replace(narrow.find("200000"), 6, "160000");
    const Comparison n = run({{narrow, rival(R"("base": 200000)")}});
    check_asks(n, {{AskLever::SignOn, true, 0, 45000, 135000},
                   {AskLever::Rsu, true, 180000},
                   {AskLever::Base, true, 0, 0, 0, 10000}});
    CHECK(n.asks[2].remaining == usd(140000));
}

TEST_CASE("plan case 27: a weaker comparator's deadline is said only with its level", "[compare][plan][cases]") {
    // Case 10's offers, Rival at Staff (rank 4, above Senior): the level is asked, so Rival
    // is brought up, and its deadline with it.
    const Comparison c = run({{offer(R"(, "sign_on": {"year1": 20000}, "transition": {"unvested": 50000})"),
                               R"({"name": "Rival", "company": "Globex", "level": "Staff",
  "close_date": "2027-03-31", "base": 180000})"}});
    check_asks(c, {{AskLever::Level, true}, {AskLever::SignOn, true, 0, 30000}});
    CHECK(c.headline ==
          "Acme already leads Rival by $100,000.00 over 4 years, but is still short on the level and "
          "the transition cost; counter-asks:");
    CHECK(says(short_script(c), "Globex's offer is at Staff"));
    CHECK(says(short_script(c), "Globex needs my answer by Wednesday, March 31, so could you let me know by"));
}

TEST_CASE("plan case 28: after tax, 'taxed differently' only when they are", "[compare][plan][cases]") {
    // Case 19's Texas offers (net gap $28,160.20, taxed alike: case 19). With a third Texas
    // offer the script speaks of the offers, not "the two"; with Rival taxed in California
    // they are taxed differently, and it says so.
    const std::string tx = R"(, "tax": {"filing": "single", "state": "TX"})";
    const std::string me = R"({"name": "Acme", "company": "Acme", "level": "Senior", "offer_date": "2027-03-01",
  "base": 150000)" + tx + "}";
    Run r{{me, rival(R"("base": 160300)" + tx), rival(R"("base": 155000)" + tx, "Beta")}};
    r.net = true;
    CHECK(says(long_script(run(r)), "I have compared the offers after tax: the difference is $28,000"));
    Run ca{{me, rival(R"("base": 200000, "tax": {"filing": "single", "state": "CA"})")}};
    ca.net = true;
    CHECK(says(long_script(run(ca)), "I have compared the two after tax, since they are taxed differently:"));
}

TEST_CASE("plan case 29: likely mistakes are warned of", "[compare][plan][cases]") {
    // The offer compared with itself (the same name twice).
    CHECK(warned(run({{offer(), offer()}}),
                 "Acme is given twice (the offer is compared with itself): check the "
                 "files"));
    // A base under $20,000 is probably a month's: the reader warns of it, for every
    // command, so compare does not say it again.
    const Comparison low = run({{offer(), rival(R"("base": 15000)")}});
    const auto& read = low.offers[1].offer.warnings;
    CHECK(std::any_of(read.begin(), read.end(), [](const std::string& w) {
        return w.find("base: $15,000.00 is under $20,000.00: base is a year's salary; is this a month's?") !=
               std::string::npos;
    }));
    CHECK(!warned(low, "is this a month's?"));
    // The file's floor and target are 4-year figures: at --years 1 they are warned of.
    Run one{{offer(R"(, "floor": 700000, "target": 900000)"), rival(R"("base": 210000)")}};
    one.years = 1;
    CHECK(warned(run(one),
                 "the floor and target in Acme's file are usually 4-year figures; they are shown "
                 "unchanged against 1-year totals"));
    // Every change of lead is listed. Rival: base $192,000, $16,000 a month against the
    // offer's $12,500, and the offer's $50,000 vests at months 12, 24, 36 and 48. Rival's
    // cumulative lead is 3,500 m - 50,000 floor(m / 12): +3,500 at month 1; -8,000 at 12;
    // -1,000 at 14, +2,500 at 15; -16,000 at 24; -2,000 at 28, +1,500 at 29; -24,000 at 36;
    // -500 at 42, +500 at 43; -32,000 at 48: it changes sides at 12, 15, 24, 29, 36, 43, 48.
    const Comparison c = run({{offer(), rival(R"("base": 192000)")}});
    CHECK(c.gaps[0].lead_changes == std::vector<int>{12, 15, 24, 29, 36, 43, 48});
    CHECK(warned(c,
                 "cumulative pay changes lead 7 times between Acme and Rival (months 12, 15, 24, 29, 36, 43, "
                 "48)"));
}

TEST_CASE("plan case 30: JSON: no gap to a target's year one, no changes for an ask not made",
          "[compare][plan][cases]") {
    // Case 23's offers (RSUs fixed) with --target 900000: the goal is the target, which has
    // no year one: goal.year1_gap is null, not 0 (nor Rival's year-one lead of $10,000).
    // The two RSU asks cannot be made: their changes are null, not zeros.
    Run r{{offer(R"(, "fixed": ["rsu"])"), rival(R"("base": 210000)")}};
    std::vector<Projected> offers;
    for (std::size_t i = 0; i < r.texts.size(); ++i) {
        Projected p;
        p.offer = parse_offer(r.texts[i], fmt::format("o{}.json", i));
        p.projection = project(p.offer, 4);
        offers.push_back(std::move(p));
    }
    CompareOptions o;
    o.today = day("2027-03-01");
    o.target = usd(900000);
    const std::string json = compare_json(compare(offers, o));
    CHECK(says(json, R"("gap": 100000.00, "year1_gap": null)"));
    CHECK(says(json, R"("lever": "rsu", "feasible": false)"));
    CHECK(says(json, R"("changes": null, "year1_total": null, "total": null, "remaining_gap": null)"));
    // Against a comparator it is its year-one lead: 210,000 - 200,000.
    CHECK(says(compare_json(run(r)), R"("gap": 40000.00, "year1_gap": 10000.00)"));
    // A target of $900,000 is above Rival's $840,000: nothing to warn of. One of $820,000
    // is under the offer the script cites: warned.
    CHECK_FALSE(warned(compare(offers, o), "your target"));
    o.target = usd(820000);
    CHECK(warned(compare(offers, o),
                 "your target ($820,000.00) is below Rival's total ($840,000.00): the asks aim under the offer the "
                 "script cites; leave out --target to aim at it"));
}

TEST_CASE("plan case 31: after tax, the asked figures are said to be gross, with their worth after tax",
          "[compare][plan][cases]") {
    // Case 19's offers (Texas, single, no grant): the sign-on ask is +$11,000 in year one
    // and +$31,000 in year two, gross. At the margin each dollar keeps 1 - 24% - 7.65%
    // (year one 161,000 and year two 181,000 of wages stay under the $184,500 Social
    // Security base and in the 24% bracket): 42,000 x 68.35% = $28,707.00 after tax,
    // which closes the net gap of $28,160.20; said as "about $29,000".
    const std::string tax = R"(, "tax": {"filing": "single", "state": "TX"})";
    const std::string me = R"({"name": "Acme", "company": "Acme", "level": "Senior", "offer_date": "2027-03-01",
  "base": 150000)" + tax + "}";
    Run r{{me, rival(R"("base": 160300)" + tax)}};
    r.net = true;
    const Comparison c = run(r);
    REQUIRE(c.asks.front().lever == AskLever::SignOn);
    CHECK(says(c.asks.front().reason,
               "The changes are gross: they add $42,000.00 before tax and $28,707.00 after tax over 4 years."));
    // Base +$11,000 a year: 44,000 gross, 44,000 x 68.35% = 30,074 net.
    CHECK(says(c.asks[1].reason,
               "The changes are gross: they add $44,000.00 before tax and $30,074.00 after tax over 4 years."));
    const std::string gross =
        "the year-two sign-on by $31,000. Those figures are before-tax: after tax they come to about $29,000 over "
        "4 years, which closes the difference.";
    CHECK(says(long_script(c), gross));
    CHECK(says(short_script(c),
               "$31,000, I am ready to accept. Those figures are before-tax: after tax they come "
               "to about $29,000 over 4 years, which closes the difference."));
    // Gross, nothing is said of tax.
    r.net = false;
    CHECK_FALSE(says(short_script(run(r)), "before-tax"));
}

TEST_CASE("plan case 32: a close on the usual counter day moves the counter to before it", "[compare][plan][cases]") {
    // Case 1's offers, Rival closing Tuesday 2027-03-02, the usual counter day (the next
    // business day after the offer, Monday 2027-03-01, today). The counter goes today,
    // Monday 2027-03-01, the last business day before the close, and the answer is asked
    // for the same day; the usual window from today would end Monday 2027-03-08.
    const std::string soon = R"({"name": "Rival", "company": "Globex", "level": "Senior",
  "close_date": "2027-03-02", "base": 210000})";
    const Comparison c = run({{offer(), soon}});
    CHECK(c.timeline.counter_by == day("2027-03-01"));
    CHECK(c.timeline.answer_by == day("2027-03-01"));
    CHECK(c.timeline.window_start == day("2027-03-01"));
    CHECK(c.timeline.window_end == day("2027-03-01"));
    CHECK(warned(c,
                 "Rival closes on 2027-03-02, before the usual answer window (3 to 5 business days) ends on "
                 "2027-03-08: send the counter today and ask for an answer by 2027-03-01"));
    for (const std::string& s : {short_script(c), long_script(c)})
        CHECK(says(s, "Globex needs my answer by Tuesday, March 2, so could you let me know today?"));
    // Today Friday 2027-02-26 (before the offer date, warned of), the close Tuesday
    // 2027-03-02: the counter goes Monday 2027-03-01, the last business day before it.
    Run early{{offer(), soon}};
    early.today = "2027-02-26";
    const Comparison e = run(early);
    CHECK(e.timeline.counter_by == day("2027-03-01"));
    CHECK(e.timeline.answer_by == day("2027-03-01"));
    CHECK(warned(e, "send the counter on 2027-03-01 and ask for an answer by 2027-03-01"));
    CHECK(warned(e, "today (2027-02-26) is before the offer date (2027-03-01)"));
    CHECK(says(short_script(e), "so could you let me know by Monday, March 1?"));
}

TEST_CASE("plan case 33: sign-on reasons: 'for when the grant is stuck' only behind an RSU ask",
          "[compare][plan][cases]") {
    // Case 1: the RSU ask (+$40,000) comes first, the sign-on after it: stuck.
    const Comparison c = run({{offer(), rival(R"("base": 210000)")}});
    CHECK(says(c.asks[1].reason, "Sign-on only, for when the grant is stuck: $10,000.00 in year 1"));
    CHECK(says(c.asks[0].reason, "RSUs first: +$40,000.00 of grant closes the 4-year gap to Rival"));
    CHECK(says(c.asks[2].reason, "Base last: +$10,000.00 a year closes the gap"));
    // Case 23 (RSUs fixed): the sign-on comes first, as the grant will not move.
    const Comparison f = run({{offer(R"(, "fixed": ["rsu"])"), rival(R"("base": 210000)")}});
    CHECK(says(f.asks[0].reason, "Sign-on, as the grant will not move: $10,000.00 in year 1"));
    // Base behind the sign-on: last.
    CHECK(says(f.asks[1].reason, "Base last: +$10,000.00 a year"));
    // Case 18 (--years 1): the sign-on leads the RSU ask of 20x the gap as the bridge;
    // with one year shown, no sentence sets year one apart.
    const std::string me = R"({"name": "Acme", "company": "Acme", "level": "Senior", "offer_date": "2027-03-01",
  "base": 150000, "rsu": {"grant": 200000, "vesting": "amazon"}})";
    Run r{{me, rival(R"("base": 170000)")}};
    r.years = 1;
    const Comparison one = run(r);
    CHECK(says(one.asks[0].reason, "Sign-on is the bridge"));
    CHECK_FALSE(says(long_script(one), "Year one is where the difference shows"));
}

TEST_CASE("plan case 34: --confidence: each sized ask's reason says what was sized", "[compare][plan][cases]") {
    // Case 1's offers, no volatility (every path pays the same), 100 paths, 50%: a path
    // is won only when the offer pays strictly more than Rival's $840,000.
    const auto odds_run = [](const std::string& them) {
        std::vector<Projected> offers;
        for (const std::string& text : {offer(), them}) {
            Projected p;
            p.offer = parse_offer(text, "o.json");
            p.projection = project(p.offer, 4);
            offers.push_back(std::move(p));
        }
        CompareOptions o;
        o.today = day("2027-03-01");
        OddsOptions odds;
        odds.paths = 100;
        o.odds = odds;
        o.confidence = 50;
        return compare(offers, o);
    };
    const Comparison c = odds_run(rival(R"("base": 210000)"));
    REQUIRE(c.odds);
    CHECK(c.odds->wins_now == 0);
    const std::vector<Ask>& k = c.odds->confident;
    // RSUs: +$40,000 ties at $840,000 (no path won); +$41,000 wins every path.
    CHECK(k[0].rsu == usd(41000));
    CHECK(k[0].reason ==
          "The smallest RSU ask, in $1,000.00 steps, with which Acme pays more than Rival on at least 50% of the "
          "paths (100%); one step less falls short.");
    // Sign-on: the year-one bridge, +$10,000 (year one 210,000 = Rival's), is kept; year
    // two must bring 810,000 past 840,000: +$31,000.
    CHECK(k[1].sign_on_y1 == usd(10000));
    CHECK(k[1].sign_on_y2 == usd(31000));
    CHECK(k[1].reason ==
          "The year-one sign-on of $10,000.00 that makes year one whole, and the smallest year-two sign-on on top "
          "of it, in $1,000.00 steps, with which Acme pays more than Rival on at least 50% of the paths (100%); one "
          "step less falls short.");
    // Base (no band): 4 x 10,000 ties; +$11,000 a year wins.
    CHECK(k[2].base == usd(11000));
    // Rival pays $210,000 in year one ($150,000 base and a $60,000 sign-on) and $660,000
    // over 4 years: the offer wins every path as it stands; the year-one sign-on of
    // +$10,000 is for year one only, and is said so.
    const Comparison lead = odds_run(rival(R"("base": 150000, "sign_on": {"year1": 60000})"));
    CHECK(lead.odds->wins_now == 100);
    CHECK(lead.odds->confident[1].reason ==
          "Acme already pays more than Rival on 100% of the paths: no sign-on is needed for a 50% chance (the "
          "year-one sign-on of $10,000.00 is for year one, not for the chance).");
}

TEST_CASE("plan case 36: one level name on two ladders is said with each company's", "[compare][plan][cases]") {
    // docs/levels.md: Google L5 ranks with Amazon L6 (DOMAIN: L6 ~ E5 ~ L5), above Amazon
    // L5. "Google SWE is at L5, above L5" says nothing a reader can check: each company's.
    const std::string me = R"({"name": "Amazon SDE", "company": "Amazon", "level": "L5", "offer_date": "2027-03-01",
  "base": 150000, "rsu": {"grant": 200000, "vesting": "even-annual"}})";
    const Comparison c = run({{me, R"({"name": "Google SWE", "company": "Google", "level": "L5",
  "close_date": "2027-03-31", "base": 210000})"}});
    REQUIRE(c.asks.front().lever == AskLever::Level);
    CHECK(says(c.asks.front().reason, "Google SWE is at Google's L5, above Amazon's L5 on a common scale"));
    CHECK(says(c.asks.front().reason, "ask for L6 before any package ask"));
    // Different names need no company: "at IC5, above L5" (case 3's wording).
    const Comparison m = run({{me, R"({"name": "Meta", "company": "Meta", "level": "IC5",
  "close_date": "2027-03-31", "base": 210000})"}});
    CHECK(says(m.asks.front().reason, "Meta is at IC5, above L5 on a common scale"));
}

TEST_CASE("plan case 37: the transition cost is said only with an ask that covers it", "[compare][plan][cases]") {
    // Offer: base $90,000, year-one sign-on $10,000 (fixed: the recruiter will not move it),
    // no grant, $50,000 of unvested equity ($40,000 uncovered). Rival: base $100,000. Year
    // one 100,000 each (no year-one gap); over 4 years 400,000 against 370,000: a gap of
    // $30,000.
    // Base: +$7,500 a year closes it: +$8,000 in steps (8,000 / 90,000 = 8.9%, no stretch),
    //   year one 108,000, short of the 140,000 the transition cost asks.
    // The sign-on is fixed and there is no grant: base is the only ask that can be made.
    // The script asks for it: it does not say "Moving also costs me", a cost it does not
    // ask to cover. (Case 40 is this offer with the sign-on free to move.)
    const std::string me = R"({"name": "Acme", "company": "Acme", "level": "Senior", "offer_date": "2027-03-01",
  "base": 90000, "sign_on": {"year1": 10000}, "transition": {"unvested": 50000}, "fixed": ["sign_on"]})";
    const Comparison c = run({{me, rival(R"("base": 100000)")}});
    check_asks(c, {{AskLever::Base, true, 0, 0, 0, 8000},
                   {AskLever::RsuSignOn, false},
                   {AskLever::Rsu, false},
                   {AskLever::SignOn, false}});
    CHECK(c.asks[0].year1_short == usd(32000));
    CHECK(says(short_script(c), "If you can raise the base by $8,000 a year, I am ready to accept."));
    CHECK_FALSE(says(long_script(c), "Moving also costs me"));
}

TEST_CASE("plan case 38: comparators are told apart by place, not by name", "[compare][plan][cases]") {
    // Two comparators both named "Rival": Globex's written offer at Staff (rank 4, above
    // Senior) and the current job at Senior, each paying $210,000 a year. The level ask is
    // against the written offer, and the level line says so; the current job's level is
    // never given as the one above.
    const Comparison c = run({{offer(), R"({"name": "Rival", "company": "Globex", "level": "Staff",
  "close_date": "2027-03-31", "base": 210000})",
                               R"({"name": "Rival", "company": "Initech", "kind": "current", "level": "Senior",
  "base": 210000})"}});
    REQUIRE(c.asks.front().lever == AskLever::Level);
    CHECK(c.asks.front().level_index == 1);
    CHECK(says(short_script(c), "Before the numbers, the level: Globex's offer is at Staff."));
    CHECK_FALSE(says(short_script(c), "I am at Staff today"));
    CHECK(warned(c, "Rival is given twice: check the files"));
}

TEST_CASE("plan case 39: words of order follow the ranking", "[compare][plan][cases]") {
    // Offer: base $150,000, grant $20,000 even-annual ($5,000 a year): $155,000 a year,
    // $620,000 over 4 years. Rival: base $165,000: gap $40,000, year one $10,000.
    // RSUs: +$40,000 (year one +$10,000: whole) more than doubles the grant: rank 3.
    // Sign-on: +$10,000 in year one (165,000, whole), +$30,000 in year two: no stretch.
    // Base: +$10,000 a year (no band, 6.7%): no stretch. Both rank before the RSU ask.
    const std::string me = R"({"name": "Acme", "company": "Acme", "level": "Senior", "offer_date": "2027-03-01",
  "base": 150000, "rsu": {"grant": 20000, "vesting": "even-annual"}})";
    const Comparison c = run({{me, rival(R"("base": 165000)")}});
    check_asks(c, {{AskLever::SignOn, true, 0, 10000, 30000},
                   {AskLever::Base, true, 0, 0, 0, 10000},
                   {AskLever::Rsu, true, 40000}});
    CHECK(c.asks[0].reason ==
          "Sign-on: $10,000.00 in year 1 brings year one up to Rival (year-one gap $10,000.00) and $30,000.00 in "
          "year 2 for the rest.");
    CHECK(c.asks[1].reason ==
          "Base last: +$10,000.00 a year closes the gap; the offer gives no band, so ask whether the band has that "
          "room.");
    CHECK(c.asks[2].reason ==
          "RSUs: +$40,000.00 of grant closes the 4-year gap to Rival, and year one with it. Stretch: the grant more "
          "than doubles; expect pushback.");
}

TEST_CASE("plan case 40: uncovered transition cost: the sign-on that covers it comes before base",
          "[compare][plan][cases]") {
    // Case 37's offer with the sign-on free to move: base $90,000, year-one sign-on $10,000,
    // no grant, $50,000 of unvested equity: 50,000 - 10,000 = $40,000 uncovered. Rival: base
    // $100,000. Year one 100,000 each; 4 years 400,000 against 90,000 x 4 + 10,000 = 370,000:
    // a gap of $30,000. The year-one need is max(0, 40,000) = $40,000: year one must reach
    // 100,000 + 40,000 = 140,000.
    // Sign-on: year one +$40,000 (140,000; +39,000 gives 139,000, short). Total 370,000 +
    //   40,000 = 410,000 >= 400,000: no year-two part. 10,000 + 40,000 = 50,000 is above
    //   half of base (45,000): a stretch.
    // Base: 4 x B >= 30,000: B = 7,500, +$8,000 in steps (4 x 7,000 = 28,000 falls short);
    //   8,000 / 90,000 = 8.9%, no band: no stretch. Year one 108,000: 32,000 short of 140,000.
    // RSUs (alone and with a sign-on): no grant, infeasible, last.
    // Base moves last: the sign-on (a stretch) comes before the base (none), and the script
    // asks for it and says what moving costs.
    const std::string me = R"({"name": "Acme", "company": "Acme", "level": "Senior", "offer_date": "2027-03-01",
  "base": 90000, "sign_on": {"year1": 10000}, "transition": {"unvested": 50000}})";
    const Comparison c = run({{me, rival(R"("base": 100000)")}});
    CHECK(c.situation.uncovered == usd(40000));
    CHECK(c.year1_need == usd(40000));
    check_asks(c, {{AskLever::SignOn, true, 0, 40000},
                   {AskLever::Base, true, 0, 0, 0, 8000},
                   {AskLever::RsuSignOn, false},
                   {AskLever::Rsu, false}});
    CHECK(c.asks[0].stretch == kSignOnOverHalfBase);
    CHECK(c.asks[0].year1_total == usd(140000));
    CHECK(c.asks[0].total == usd(410000));
    CHECK(c.asks[1].year1_short == usd(32000));
    CHECK(c.asks[0].reason ==
          "Sign-on: $40,000.00 in year 1 covers the $40,000.00 of transition cost (unvested equity) that the "
          "offer's sign-on leaves uncovered. Stretch: a sign-on above half of base; expect pushback.");
    CHECK(c.asks[1].reason ==
          "Base last: +$8,000.00 a year closes the gap; the offer gives no band, so ask whether the band has that "
          "room.");
    CHECK(says(short_script(c), "If you can raise the year-one sign-on by $40,000, I am ready to accept."));
    CHECK(says(long_script(c),
               "Moving also costs me $50,000 in unvested equity; the sign-on here covers $10,000 of it, which leaves "
               "$40,000."));
    // The $40,000 asked is more than the year-one difference (none) and the 4-year one
    // ($30,000) the short script cites: the short script gives the reason too, before
    // the ask.
    CHECK(says(short_script(c),
               "Moving also costs me $50,000 in unvested equity; the sign-on here covers $10,000 of it, which leaves "
               "$40,000. If you can raise the year-one sign-on by $40,000, I am ready to accept."));
}

TEST_CASE("plan case 41: year one short: base after every sign-on ask, a doubled grant after base",
          "[compare][plan][cases]") {
    // Offer: base $100,000 (band to $130,000), grant $20,000 vesting amazon (5/15/40/40):
    // year one 100,000 + 1,000 = 101,000; 4 years 400,000 + 20,000 = 420,000. Rival: base
    // $125,000: year one 125,000, 4 years 500,000. Gap $80,000; year-one gap $24,000, the
    // year-one need (no transition cost): year one must reach 125,000.
    // RSUs alone: 4-year +R >= 80,000: +$80,000 (more than doubles the 20,000 grant); year
    //   one gains 5% = 4,000: 105,000, $20,000 short. So an RSU-and-sign-on ask leads it.
    // RSUs and sign-on: year-one sign-on S, grant R = 80,000 - S; year one 101,000 + S +
    //   5% x (80,000 - S) = 105,000 + 0.95 S >= 125,000 -> S >= 21,052.63: S = $22,000,
    //   R = $58,000 (year one 101,000 + 22,000 + 2,900 = 125,900; S = 21,000 gives
    //   124,950, short). 58,000 > 20,000: the grant more than doubles.
    // Sign-on: year one +$24,000 (125,000), year two 80,000 - 24,000 = +$56,000; 56,000 x 2 =
    //   112,000 > base 100,000: a stretch.
    // Base: 4 x B >= 80,000: +$20,000 a year, within the band's room of $30,000: no stretch
    //   (a band shows the room).
    // Order: the sign-on (stretch), the RSU-and-sign-on ask (grant doubled), then base, then
    // the RSU ask alone (grant doubled, year one short). Before the rule, base (no stretch)
    // came first and the script asked for it, leaving year one 125,000 - (101,000 + 20,000)
    // = $4,000 short.
    const std::string me = R"({"name": "Acme", "company": "Acme", "level": "Senior", "offer_date": "2027-03-01",
  "base": 100000, "rsu": {"grant": 20000, "vesting": "amazon"}, "band": {"base_max": 130000}})";
    const Comparison c = run({{me, rival(R"("base": 125000)")}});
    CHECK(c.year1_need == usd(24000));
    check_asks(c, {{AskLever::SignOn, true, 0, 24000, 56000},
                   {AskLever::RsuSignOn, true, 58000, 22000},
                   {AskLever::Base, true, 0, 0, 0, 20000},
                   {AskLever::Rsu, true, 80000}});
    CHECK(c.asks[0].stretch == kSignOnOverHalfBase);
    CHECK(c.asks[1].stretch == kGrantDoubled);
    CHECK(c.asks[2].stretch == 0);
    CHECK(c.asks[2].year1_short == usd(4000));
    CHECK(c.asks[3].year1_short == usd(20000));
    CHECK(c.asks[2].reason ==
          "Base last: +$20,000.00 a year closes the gap, within the band's room of $30,000.00 (top $130,000.00).");
    // Closing year one with RSUs alone: 5% x R >= 24,000, R = $480,000 (20x the need).
    CHECK(says(c.asks[3].reason,
               "closing year one with RSUs alone would take +$480,000.00 of grant (20x the "
               "year-one need)"));
    CHECK(says(c.asks[0].reason,
               "Sign-on: $24,000.00 in year 1 brings year one up to Rival (year-one gap "
               "$24,000.00) and $56,000.00 in year 2 for the rest."));
    CHECK(says(short_script(c),
               "If you can raise the year-one sign-on by $24,000 and the year-two sign-on by $56,000, I am ready to "
               "accept."));
    CHECK(says(long_script(c), "Year one is where the difference shows"));
}

TEST_CASE("plan case 42: a copy of the offer is no leverage: the plan falls back to the closed comparator",
          "[compare][plan][cases]") {
    // Case 13's closed Rival (Staff, base $210,000: $840,000 against $800,000, a gap of
    // $40,000, year one $10,000), beside a copy of the offer: the same file again, and an
    // offer from Acme itself paying the same every year under another name. A copy is not
    // leverage: the asks are case 13's (level; RSU +$40,000; sign-on $10,000 + $30,000;
    // base +$10,000 a year), sized to Rival once it is extended, never "no counter-ask
    // needed" while Rival is $40,000 ahead.
    const std::string closed = R"({"name": "Rival", "company": "Globex", "level": "Staff",
  "close_date": "2027-02-26", "base": 210000})";
    const std::string twin = R"({"name": "Acme again", "company": "acme", "level": "Senior",
  "base": 150000, "rsu": {"grant": 200000, "vesting": "even-annual"}})";
    for (const std::string& copy : {offer(), twin}) {
        INFO(copy);
        const Comparison c = run({{offer(), closed, copy}});
        CHECK(c.situation.comparators[1].copy);
        CHECK_FALSE(c.situation.comparators[0].copy);
        REQUIRE(c.cited == std::size_t{1});
        check_asks(c, {{AskLever::Level, true},
                       {AskLever::Rsu, true, 40000},
                       {AskLever::SignOn, true, 0, 10000, 30000},
                       {AskLever::Base, true, 0, 0, 0, 10000}});
        CHECK_FALSE(says(c.headline, "no counter-ask needed"));
        REQUIRE(c.script);
        CHECK(c.script->condition ==
              "Rival closed on Friday, February 26: say this only once it is extended (ask "
              "Globex first); until then it is not leverage.");
    }
    // Only the copy: nothing else to aim at, it is a tie, said as such.
    const Comparison alone = run({{offer(), offer()}});
    CHECK(alone.asks.empty());
    CHECK(warned(alone, "Acme is given twice (the offer is compared with itself): check the files"));
}

TEST_CASE("plan case 43: the offer itself closed or lapsed: the script waits on it still standing",
          "[compare][plan][cases]") {
    // Rival (live, closes 2027-05-31): base $210,000, the case-1 gap of $40,000.
    const std::string live = R"({"name": "Rival", "company": "Globex", "level": "Senior",
  "close_date": "2027-05-31", "base": 210000})";
    // The offer closed Friday 2027-03-12 (2027-03-01 is a Monday); today 2027-03-20.
    const Comparison closed = [&] {
        Run r{{offer(R"(, "close_date": "2027-03-12")"), live}};
        r.today = "2027-03-20";
        return run(r);
    }();
    REQUIRE(closed.script);
    CHECK(closed.script->condition ==
          "Acme itself closed on Friday, March 12: confirm with the recruiter that it still stands; the counter "
          "and answer dates hold only once it does.");
    // No close, made 2027-03-01; today 2027-04-15 is 30 + 15 = 45 days on (past 30).
    const Comparison old = [&] {
        Run r{{offer(), live}};
        r.today = "2027-04-15";
        return run(r);
    }();
    REQUIRE(old.script);
    CHECK(old.script->condition ==
          "Acme was made on Monday, March 1, 45 days ago, and may have lapsed: confirm with the recruiter that "
          "it still stands; the counter and answer dates hold only once it does.");
    // Live, on the offer date: no condition.
    const Comparison fresh = run({{offer(R"(, "close_date": "2027-03-12")"), live}});
    REQUIRE(fresh.script);
    CHECK(fresh.script->condition.empty());
}

TEST_CASE("plan case 44: a verbal offer under negotiation: get it in writing first", "[compare][plan][cases]") {
    // The offer is verbal; Rival is case 13's closed comparator. The warning and the
    // condition both say so, the offer's own condition first, then the comparator's.
    const std::string closed = R"({"name": "Rival", "company": "Globex", "level": "Staff",
  "close_date": "2027-02-26", "base": 210000})";
    const Comparison c = run({{offer(R"(, "kind": "verbal")"), closed}});
    CHECK(warned(c, "Acme is a verbal offer: get it in writing before you counter"));
    REQUIRE(c.script);
    CHECK(c.script->condition ==
          "Acme is a verbal offer: get it in writing before you counter. Rival closed on Friday, February 26: "
          "say this only once it is extended (ask Globex first); until then it is not leverage.");
}

TEST_CASE("plan case 45: the current job is never the offer under negotiation", "[compare][plan][cases]") {
    // A current job first would be countered as an offer ("ready to accept", a sign-on):
    // refused as a usage error (exit 2), whatever follows it.
    const std::string current = R"({"name": "Job", "company": "Initech", "kind": "current", "base": 150000})";
    try {
        run({{current, rival(R"("base": 210000)")}});
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(e.status() == kExitUsage);
        CHECK(says(e.what(), "the offer under negotiation is your current job"));
    }
}

TEST_CASE("plan case 46: the short script says the transition cost only when it sizes the ask",
          "[compare][plan][cases]") {
    // The default offer ($200,000 a year) with $20,000 of unvested equity and no sign-on:
    // $20,000 uncovered. Rival: base $230,000, year one 30,000 ahead and 4 x 30,000 =
    // $120,000 over 4 years. The year-one need is max(30,000, 20,000) = $30,000: the
    // year-one difference sizes the asks, not the cost, so the short script cites the
    // difference alone; the long one still says what moving costs.
    const Comparison c = run({{offer(R"(, "transition": {"unvested": 20000})"), rival(R"("base": 230000)")}});
    CHECK(c.situation.uncovered == usd(20000));
    CHECK(c.year1_gap == usd(30000));
    CHECK_FALSE(says(short_script(c), "Moving also costs"));
    CHECK(says(long_script(c), "Moving also costs me $20,000 in unvested equity."));
}

TEST_CASE("plan case 60: a dollar grant converted above today's price: the RSU ask is sized through the conversion",
          "[compare][plan][cases]") {
    // Offer: base $100,000; a $300,000 grant converted at $180 buys floor(300,000 / 180) =
    // 1,666 shares, worth 1,666 x 150 = $249,900 at today's $150, even-annual: $62,475 a
    // year. Year one 162,475; 4 years 400,000 + 249,900 = 649,900. Rival: base $180,000:
    // 720,000. Gap $70,100.
    // RSUs: the company converts more dollars at $180 too. +$84,000: 384,000 / 180 =
    // 2,133 shares, 467 more x $150 = $70,050: short. +$85,000: 385,000 / 180 = 2,138,
    // 472 more x $150 = $70,800: closes. Year one: 2,138 x 150 / 4 = 80,175 + 100,000 =
    // 180,175, at least the rival's 180,000.
    const std::string me = R"({"name": "Acme", "company": "Acme", "level": "Senior", "offer_date": "2027-03-01",
  "base": 100000, "rsu": {"grant": 300000, "conversion_price": 180, "price": 150, "vesting": "even-annual"}})";
    const Comparison c = run({{me, rival(R"("base": 180000)")}});
    REQUIRE(!c.asks.empty());
    CHECK(c.asks[0].lever == AskLever::Rsu);
    CHECK(c.asks[0].rsu == usd(85000));
    CHECK(c.asks[0].total == usd(720700));  // 400,000 + 2,138 x 150
    CHECK(c.asks[0].year1_total == usd(180175));
    CHECK(c.asks[0].stretch == 0);
}

TEST_CASE("plan case 61: a sign-on larger than the base waits for a base ask that closes", "[compare][plan][cases]") {
    // Offer: base $100,000 (band to $200,000), RSUs fixed, nothing else: 400,000 over 4
    // years. Rival: base $100,000, sign-on $60,000 then $150,000: 610,000; year one 160,000.
    // Gap $210,000. Sign-on: year one +$60,000, year two +$150,000: above the $100,000 base,
    // rarely granted. Base: 4 x B >= 210,000: +$52,500, in $1,000 steps +$53,000, within the
    // band's room: it comes first (year one 153,000, $7,000 short), the sign-on after it.
    const std::string me = R"({"name": "Acme", "company": "Acme", "level": "Senior", "offer_date": "2027-03-01",
  "base": 100000, "band": {"base_max": 200000}, "fixed": ["rsu"]})";
    const Comparison c = run({{me, rival(R"("base": 100000, "sign_on": {"year1": 60000, "year2": 150000})")}});
    REQUIRE(c.asks.size() >= 2);
    CHECK(c.asks[0].lever == AskLever::Base);
    CHECK(c.asks[0].base == usd(53000));
    CHECK(c.asks[0].year1_short == usd(7000));
    CHECK(c.asks[1].lever == AskLever::SignOn);
    CHECK(c.asks[1].sign_on_y1 == usd(60000));
    CHECK(c.asks[1].sign_on_y2 == usd(150000));
    CHECK((c.asks[1].stretch & kSignOnOverBase) != 0);
}
