// The plan's scenario matrix: offers built here over every dimension of the situation,
// and a claims checker that pairs each sentence of the scripts with a predicate
// computed from project() and the offer files, never from compare's own words.

#include "catch.hpp"

#include <algorithm>
#include <regex>
#include <string>
#include <vector>

#include "compare/parts.hpp"
#include "offercalc/compare.hpp"
#include "offercalc/parse.hpp"
#include "offercalc/tax.hpp"
#include "support.hpp"

using namespace offercalc;

namespace {

struct Case {
    OfferKind kind;
    bool closed;
    int lead;  // 0: comparator ahead; 1: offer ahead over the years, behind in year one; 2: offer ahead
    bool level_gap, transition, rsu_fixed, net;
    int years;
    bool own_close = false;  // the offer itself closes (2026-11-25) before the comparator (2026-12-01)
};

std::string offer_text(const Case& k) {
    return std::string(R"({"name": "Amazon", "company": "Amazon", "level": "L5", "role": "Product Manager",
  "offer_date": "2026-11-20", "base": 175000, "sign_on": {"year1": 65000, "year2": 52000},
  "rsu": {"grant": 240000, "vesting": "amazon"}, "band": {"base_min": 150000, "base_max": 200000},
  "tax": {"filing": "single", "state": "WA"})") +
           (k.transition ? R"(, "transition": {"unvested": 100000})" : "") +
           (k.rsu_fixed ? R"(, "fixed": ["rsu"])" : "") + (k.own_close ? R"(, "close_date": "2026-11-25")" : "") + "}";
}

std::string comparator_text(const Case& k) {
    const char* kind = k.kind == OfferKind::Current ? "current" : k.kind == OfferKind::Verbal ? "verbal" : "offer";
    const char* pay = k.lead == 0   ? R"("base": 205000, "bonus_pct": 15, "sign_on": {"year1": 25000},
  "rsu": {"grant": 280000, "vesting": "quarterly"})"
                      : k.lead == 1 ? R"("base": 150000, "sign_on": {"year1": 150000})"
                                    : R"("base": 120000)";
    return fmt::format(
        R"({{"name": "Rival", "company": "Meta", "kind": "{}", "level": "{}", {}, "close_date": "2026-12-01",
  "tax": {{"filing": "single", "state": "CA"}}}})",
        kind, k.level_gap ? "IC6" : "IC4", pay);
}

Projected load(const std::string& text, int years) {
    Projected p;
    p.offer = parse_offer(text, "t.json");
    p.projection = project(p.offer, years);
    return p;
}

Money year1(const Offer& o, int years, bool net) {
    const Projection p = project(o, years);
    return net ? tax_year(*o.tax, p.y(1)).net : p.y(1).total;
}
Money total(const Offer& o, int years, bool net) {
    const Projection p = project(o, years);
    return net ? after_tax(*o.tax, p).net_total : p.sum.total;
}

bool says(const std::string& s, const char* what) { return s.find(what) != std::string::npos; }

/// Each sentence type, with the predicate that licenses it.
void check_claims(const Case& k, const Comparison& c, const Offer& me, const Offer& them) {
    const Date today = c.timeline.today;
    const bool live = them.kind != OfferKind::Current && !k.closed;
    const Money y1_gap = year1(them, k.years, k.net) - year1(me, k.years, k.net);
    const Money gap = total(them, k.years, k.net) - total(me, k.years, k.net);
    const Money uncovered = max(Money(), me.transition_cost() - me.sign_on_y1);
    const Money step = Money::dollars(1000);
    // Less than one step is a tie: no ask can be that small.
    const bool short_somewhere = gap >= step || y1_gap >= step || k.level_gap || uncovered >= step;
    // The comparator's figures are said only where it pays more: over the years, or in year one.
    const bool ahead = gap >= step || (k.years > 1 && y1_gap >= step);
    // "Nothing to ask" only when nothing is short.
    CHECK(c.asks.empty() == !short_somewhere);
    CHECK(c.script.has_value() == short_somewhere);
    if (!c.script) return;
    // A closed offer is never cited as live: the words wait on its extension.
    CHECK(c.script->condition.empty() == !k.closed);
    for (const std::string& s : {c.script->short_ask, c.script->long_ask}) {
        INFO(s);
        // The closure is never said to the recruiter; a current job is never an offer.
        CHECK_FALSE(says(s, "closed"));
        CHECK(says(s, "I have a written offer") == (ahead && k.kind == OfferKind::Offer));
        CHECK(says(s, "I have a verbal offer") == (ahead && k.kind == OfferKind::Verbal));
        CHECK(says(s, "Staying in my current role") == (ahead && k.kind == OfferKind::Current));
        // A deadline is cited only of a comparator the script has brought up: its
        // figures (it pays more) or its level.
        // The offer's own close coming first sets the answer date: no second date is said.
        const bool own_first = me.close_date && *me.close_date >= today && *me.close_date < *them.close_date;
        CHECK(says(s, "needs my answer") == (live && (ahead || k.level_gap) && !own_first));
        CHECK(says(s, "Could you consider me for") == k.level_gap);
        // "Before the numbers" only when numbers follow.
        if (says(s, "Before")) CHECK(s.find('$', s.find("Before")) != std::string::npos);
        if (!k.net) CHECK_FALSE(says(s, "after tax"));
        if (k.net && ahead) CHECK(says(s, "after tax"));
        // Spoken amounts are whole dollars.
        CHECK_FALSE(std::regex_search(s, std::regex(R"(\$[0-9,]+\.[0-9])")));
        // Levels are never read as ages, nor past a ladder's top.
        CHECK_FALSE(says(s, "the next level"));
    }
    const std::string& l = c.script->long_ask;
    INFO(l);
    // With one year shown, year one is the whole horizon: no sentence sets it apart.
    // The script's cash ask (the first that can be made) and whether it makes year one
    // whole: the year-one and transition sentences are the case for it, said only then.
    const Ask* cash = nullptr;
    for (const Ask& a : c.asks)
        if (!cash && a.feasible && a.lever != AskLever::Level) cash = &a;
    const bool covers =
        !cash || year1(detail::with_changes(me, *cash), k.years, k.net) >= year1(me, k.years, k.net) + c.year1_need;
    if (says(l, "Year one is where the difference shows")) CHECK((y1_gap >= step && k.years > 1 && covers));
    // The transition cost is said only where the offer's sign-on leaves some uncovered.
    CHECK(says(l, "Moving also costs me") == (uncovered >= step && covers));
    if (uncovered >= step && covers) CHECK(says(l, ("which leaves " + spoken_amount(uncovered)).c_str()));
    // No date after a live close: not the answer, not the window's end.
    if (live) {
        const Date close = *them.close_date;
        if (c.timeline.counter) CHECK(std::max(c.timeline.answer_by, c.timeline.window_end) <= close);
        else CHECK(c.timeline.decide_by <= close);
    }
    if (c.timeline.answer_by == today) CHECK(says(l, "let me know today"));
    // The counter goes before every live close, the offer's own included; both scripts
    // name one date to answer by, the timeline's, once.
    const bool own_live = me.close_date && *me.close_date >= today;
    if (c.timeline.counter) {
        if (live) CHECK(c.timeline.counter_by <= *them.close_date);
        if (own_live) CHECK(std::max(c.timeline.answer_by, c.timeline.counter_by) <= *me.close_date);
        const std::string when = by_day(c.timeline.answer_by, today);
        for (const std::string& s : {c.script->short_ask, l}) {
            INFO(s);
            CHECK(std::count(s.begin(), s.end(), '?') >= 1);
            const auto at = s.find("let me know ");
            REQUIRE(at != std::string::npos);
            CHECK(s.find("let me know ", at + 1) == std::string::npos);
            CHECK((s.compare(at + 12, when.size(), when) == 0 || s.compare(at + 12, 8, "by then?") == 0));
            // A comparator's later deadline is not said when the offer's own close comes first.
            if (own_live && *me.close_date < *them.close_date) CHECK_FALSE(says(s, "needs my answer"));
        }
    }
    // After tax, an asked change is said to be gross, with what it comes to after tax.
    for (const std::string& s : {c.script->short_ask, l})
        CHECK(says(s, "before-tax: after tax") == (k.net && std::regex_search(s, std::regex("(can|this:) raise the"))));
    // What the headline and the reasons say is short, is.
    if (says(c.headline, "still short on")) {
        CHECK(says(c.headline, "year one") == (y1_gap >= step));
        CHECK(says(c.headline, "the transition cost") == (uncovered >= step));
        CHECK(says(c.headline, "the level") == k.level_gap);
    }
    // Words of order hold of the ranking: "first" for the first cash ask that can be
    // made, "last" behind another, "stuck" behind an RSU ask.
    bool cash_before = false, rsu_before = false, other_before = false;
    for (const Ask& a : c.asks) {
        INFO(a.reason);
        if (says(a.reason, "RSUs first")) CHECK_FALSE(cash_before);
        if (says(a.reason, "Base last")) CHECK(other_before);
        if (says(a.reason, "Base: ")) CHECK_FALSE(other_before);
        if (says(a.reason, "for when the grant is stuck")) CHECK(rsu_before);
        if (a.feasible && a.lever != AskLever::Level) {
            cash_before = true;
            rsu_before = rsu_before || a.lever == AskLever::Rsu || a.lever == AskLever::RsuSignOn;
            other_before = other_before || a.lever != AskLever::Base;
        }
    }
    for (const Ask& a : c.asks) {
        INFO(a.reason);
        if (says(a.reason, "year one is short")) CHECK(y1_gap >= step);
        if (says(a.reason, "the transition cost is not covered")) CHECK(uncovered >= step);
    }
}

/// The script's cash ask is the one a recruiter can most readily grant: it closes the gap
/// when any feasible ask does, and doubles the grant only when every closing ask does.
void check_top_ask(const Case& k, const Comparison& c, const Offer& me, const Offer& them) {
    const Money goal = total(them, k.years, k.net);
    const auto closes = [&](const Ask& a) { return total(detail::with_changes(me, a), k.years, k.net) >= goal; };
    const auto doubles = [&](const Ask& a) { return me.rsu && a.rsu > me.rsu->value; };
    const Ask* top = nullptr;
    bool any_closes = false, any_closes_undoubled = false;
    for (const Ask& a : c.asks) {
        if (!a.feasible || a.lever == AskLever::Level) continue;
        if (!top) top = &a;
        any_closes = any_closes || closes(a);
        // An undoubled ask that is as rarely granted (a sign-on above the base), or a base
        // ask that leaves year one short, does not keep a doubled grant with its year-one
        // sign-on from leading.
        const bool rare = (a.stretch & kSignOnOverBase) != 0 || (a.lever == AskLever::Base && !a.year1_short.is_zero());
        any_closes_undoubled = any_closes_undoubled || (closes(a) && !doubles(a) && !rare);
    }
    if (!top) return;
    INFO("top ask " << to_string(top->lever));
    if (any_closes) CHECK(closes(*top));
    if (any_closes_undoubled) CHECK_FALSE(doubles(*top));
    // An RSU ask of ten times the gap or more leads only when no sign-on closes the gap.
    const Money gap = goal - total(me, k.years, k.net);
    const bool sign_on_closes = std::any_of(c.asks.begin(), c.asks.end(), [&](const Ask& a) {
        return a.feasible && a.lever == AskLever::SignOn && closes(a);
    });
    if (top->lever == AskLever::Rsu && sign_on_closes) CHECK(top->rsu <= gap.times(10));
}

/// Base moves last (DOMAIN rule 1 and "The plan"): whenever the transition cost is
/// uncovered or year one is short (computed here from project(), not from the plan), every
/// feasible sign-on ask ranks before every base ask, and covers that need: its year-one
/// part is at least the uncovered cost, and year one reaches the comparator's. In every
/// situation, the only feasible ask ranked after a base ask is an RSU-only ask of a grant
/// more than doubled or of ten times the gap or more.
void check_base_last(const Case& k, const Comparison& c, const Offer& me, const Offer& them) {
    const Money step = c.round;
    const Money y1_gap = year1(them, k.years, k.net) - year1(me, k.years, k.net);
    const Money gap = total(them, k.years, k.net) - total(me, k.years, k.net);
    const Money uncovered = max(Money(), me.transition_cost() - me.sign_on_y1);
    const bool need = uncovered >= step || y1_gap >= step;
    const auto feasible_at = [&](AskLever lever) {
        std::vector<std::size_t> at;
        for (std::size_t i = 0; i < c.asks.size(); ++i)
            if (c.asks[i].feasible && c.asks[i].lever == lever) at.push_back(i);
        return at;
    };
    const auto base_at = feasible_at(AskLever::Base);
    for (std::size_t s : feasible_at(AskLever::SignOn)) {
        const Ask& a = c.asks[s];
        if (need)
            for (std::size_t b : base_at) CHECK(s < b);
        if (uncovered >= step) CHECK(a.sign_on_y1 >= uncovered);
        const Offer with = detail::with_changes(me, a);
        if (need) CHECK(year1(with, k.years, k.net) >= year1(me, k.years, k.net) + uncovered);
        if (y1_gap >= step) CHECK(year1(with, k.years, k.net) >= year1(them, k.years, k.net));
        if (a.closes) CHECK(total(with, k.years, k.net) >= total(them, k.years, k.net));
    }
    for (std::size_t b : base_at)
        for (std::size_t i = b + 1; i < c.asks.size(); ++i) {
            const Ask& a = c.asks[i];
            if (!a.feasible) continue;
            INFO("ranked after base: " << to_string(a.lever));
            CHECK(a.lever == AskLever::Rsu);
            CHECK(((me.rsu && a.rsu > me.rsu->value) || a.rsu >= gap.times(10)));
        }
}

/// Every ask closes what it claims, and one step less does not.
void check_asks(const Case& k, const Comparison& c, const Offer& me, const Offer& them) {
    const Money bar1 = year1(me, k.years, k.net) + c.year1_need;
    const Money goal = total(them, k.years, k.net);
    const Money step = c.round;
    check_top_ask(k, c, me, them);
    check_base_last(k, c, me, them);
    for (const Ask& a : c.asks) {
        INFO(to_string(a.lever));
        if (!a.feasible || a.lever == AskLever::Level) continue;
        CHECK_FALSE((me.is_fixed(Lever::Rsu) && !a.rsu.is_zero()));
        const Offer with = detail::with_changes(me, a);
        if (a.closes) CHECK(total(with, k.years, k.net) >= goal);
        if (a.lever == AskLever::Rsu && a.closes) {
            Ask less = a;
            less.rsu -= step;
            CHECK(total(detail::with_changes(me, less), k.years, k.net) < goal);
        }
        if ((a.lever == AskLever::SignOn || a.year_one_only) && !a.sign_on_y1.is_zero()) {
            CHECK(year1(with, k.years, k.net) >= bar1);
            Ask less = a;
            less.sign_on_y1 -= step;
            less.sign_on_y2 = Money();
            CHECK(year1(detail::with_changes(me, less), k.years, k.net) < bar1);
        }
    }
}

/// The offer's own standing and the short script's reasons: the condition says the
/// offer itself closed exactly when it has; a year-one sign-on asked past the year-one
/// difference, because of the uncovered transition cost, is explained in the short script.
void check_own_offer(const Case& k, const Comparison& c, const Offer& me, const Offer& them) {
    if (!c.script) return;
    INFO(c.script->condition);
    CHECK(says(c.script->condition, "itself closed on") == (k.own_close && k.closed));
    const auto cash = std::find_if(c.asks.begin(), c.asks.end(),
                                   [](const Ask& a) { return a.feasible && a.lever != AskLever::Level; });
    if (cash == c.asks.end() || cash->sign_on_y1.is_zero() || !cash->year1_short.is_zero()) return;
    const Money y1_gap = max(Money(), year1(them, k.years, k.net) - year1(me, k.years, k.net));
    const Money uncovered = max(Money(), me.transition_cost() - me.sign_on_y1);
    INFO(c.script->short_ask);
    if (uncovered >= c.round && uncovered > y1_gap) CHECK(says(c.script->short_ask, "Moving also costs me"));
}

}  // namespace

TEST_CASE("plan: the scenario matrix holds every claim the scripts make", "[compare][plan]") {
    int combinations = 0;
    for (OfferKind kind : {OfferKind::Offer, OfferKind::Verbal, OfferKind::Current})
        for (bool closed : {false, true})
            for (int lead : {0, 1, 2})
                for (bool level_gap : {false, true})
                    for (bool transition : {false, true})
                        for (bool rsu_fixed : {false, true})
                            for (int years : {1, 4, 6})
                                for (bool net : {false, true})
                                    for (bool own_close : {false, true}) {
                                        if (kind == OfferKind::Current && closed) continue;  // no close date to pass
                                        const Case k{kind,      closed, lead,  level_gap, transition,
                                                     rsu_fixed, net,    years, own_close};
                                        std::string ct = comparator_text(k);
                                        if (kind == OfferKind::Current)
                                            ct = std::regex_replace(ct, std::regex(R"(, "close_date": "[0-9-]+")"), "");
                                        std::vector<Projected> offers{load(offer_text(k), years), load(ct, years)};
                                        CompareOptions o;
                                        o.today = *Date::parse(closed ? "2026-12-02" : "2026-11-23");
                                        o.after_tax = net;
                                        const Comparison c = compare(offers, o);
                                        INFO("kind " << to_string(kind) << " closed " << closed << " lead " << lead
                                                     << " level " << level_gap << " transition " << transition
                                                     << " fixed " << rsu_fixed << " years " << years << " net " << net
                                                     << " own close " << own_close);
                                        check_claims(k, c, offers[0].offer, offers[1].offer);
                                        check_asks(k, c, offers[0].offer, offers[1].offer);
                                        check_own_offer(k, c, offers[0].offer, offers[1].offer);
                                        ++combinations;
                                    }
    CHECK(combinations >= 1400);
}
