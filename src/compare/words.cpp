// The words: each ask's reason, the warnings about comparators and levels, and the
// ask scripts a candidate reads to a recruiter. Built from the solver's facts only.

#include <algorithm>
#include <cctype>
#include <functional>

#include <fmt/format.h>
#include <fmt/ranges.h>  // fmt::join (fmt 10 and later)

#include "compare/parts.hpp"
#include "offercalc/levels.hpp"
#include "offercalc/options.hpp"
#include "offercalc/text.hpp"
#include "core/wide.hpp"

namespace offercalc {

std::string spoken_amount(Money m) {
    const std::int64_t thousands = round_half_away(m.in_cents(), 100'000);
    if (thousands == 0) {  // under $500: whole dollars, never "$0"
        const std::int64_t dollars = round_half_away(m.in_cents(), 100);
        return fmt::format("${}", dollars == 0 ? 1 : dollars);
    }
    std::string s = Money::dollars(thousands).pretty();  // "$1,248.00"
    s.erase(s.size() - 3);
    return s + ",000";
}

namespace detail {
namespace {
/// A level as said: "level 65" for a number (never read as an age), else "L6".
std::string level_words(const std::string& level) {
    const bool digits = !level.empty() && std::all_of(level.begin(), level.end(), [](char ch) {
        return std::isdigit(static_cast<unsigned char>(ch)) != 0;
    });
    return digits ? "level " + level : level;
}
}  // namespace
}  // namespace detail

std::string level_target(const Ask& a) {
    return a.level_to.empty() ? "a level that matches " + detail::level_words(a.their_level) : a.level_to;
}

namespace detail {

namespace {

/// An ask amount as said aloud: whole dollars, rounded up (asks are whole --round steps).
std::string said(Money m) {
    std::string s = Money::cents((m.in_cents() + 99) / 100 * 100).pretty();
    return s.substr(0, s.size() - 3);
}

/// "over 4 years" or "in the first year".
std::string span(int years) { return years == 1 ? "in the first year" : fmt::format("over {} years", years); }
/// "the year" or "the 4 years", for "year one comes to X and the 4 years to Y".
std::string years_words(int years) { return years == 1 ? "the year" : fmt::format("the {} years", years); }
/// "4-year" or "first-year", for "the 4-year gap".
std::string span_adj(int years) { return years == 1 ? "first-year" : fmt::format("{}-year", years); }

std::string join_and(const std::vector<std::string>& parts) {
    if (parts.empty()) return "";
    if (parts.size() == 1) return parts[0];
    std::string s;
    for (std::size_t i = 0; i + 1 < parts.size(); ++i) s += (i ? ", " : "") + parts[i];
    return s + " and " + parts.back();
}

/// The schedule of the grant the asks raise: the RSUs', else the options' (a startup's).
const Schedule* grant_schedule(const Offer& o) {
    return o.rsu ? &o.rsu->schedule : o.options ? &o.options->schedule : nullptr;
}

/// Less than a quarter of the initial grant vests in year one.
bool back_loaded(const Offer& o) {
    const Schedule* s = grant_schedule(o);
    if (!s) return false;
    std::int64_t year1 = 0;
    for (const Tranche& t : s->tranches)
        if (t.month <= 12) year1 += t.weight;
    return year1 * 4 < s->denominator;
}

/// Some of the initial grant vests in year one.
bool vests_in_year_one(const Offer& o) {
    const Schedule* s = grant_schedule(o);
    return s && std::any_of(s->tranches.begin(), s->tranches.end(),
                            [](const Tranche& t) { return t.month <= 12 && t.weight > 0; });
}

/// How much of a grant vests in year one: "25%", or "none". `shares`: the options'.
std::string year1_percent(const Offer& o, bool shares = false) {
    const Schedule* s = shares && o.options ? &o.options->schedule : grant_schedule(o);
    const auto p = s ? s->yearly_percents() : std::vector<std::string>{};
    return p.empty() ? "none" : p.front() + "%";
}

/// The price options are valued at, as said: "at the last preferred price of $7.50", or
/// "at the last preferred price of $7.50"; with --option-price or --option-multiple,
/// "at an assumed price of $22.50 a share (the last preferred price is $7.50)": a price
/// the candidate chose is never passed off as the company's.
std::string price_words(const Options& o) {
    if (!o.valued_at) return fmt::format("at the last preferred price of {}", o.preferred.text());
    return fmt::format("at an assumed price of {} a share (the last preferred price is {})", o.valued_at->text(),
                       o.preferred.text());
}

/// "3,000 options (paper value $16,200.00 at the last preferred price of $7.50)".
std::string shares_text(const Ask& a, const Offer& o) {
    return fmt::format("{} options (paper value {} {})", grouped_count(a.shares), a.shares_value,
                       price_words(*o.options));
}

/// "90 days", "1 day".
std::string days_words(int days) { return fmt::format("{} day{}", days, days == 1 ? "" : "s"); }

/// The level to ask for: the one on the offer's ladder at their rank, or, where the
/// ladder has none, one that matches theirs (never "the next level" past a ladder's top).
std::string level_wanted(const Ask& a) { return a.level_to.empty() ? level_target(a) : level_words(a.level_to); }

/// Whether the year-one need is the transition cost the offer's sign-on leaves
/// uncovered (else it is year one's gap to a comparator).
bool need_is_transition(const Comparison& c) { return c.situation.uncovered > c.year1_gap; }

/// What is short when the total is not: the level, year one, the transition cost.
std::vector<std::string> short_besides_total(const Comparison& c) {
    std::vector<std::string> parts;
    if (!c.asks.empty() && c.asks.front().lever == AskLever::Level) parts.push_back("the level");
    if (c.year1_gap >= c.round) parts.push_back("year one");
    if (!c.situation.uncovered.is_zero()) parts.push_back("the transition cost");
    return parts;
}

/// The options' paper value in an offer's total, as counted (gross: not taxed as wages).
Money paper_of(const Projected& p) { return p.projection.sum.options; }

/// Comparison::paper_note: which figures are options on paper, and a lead that holds
/// only on paper (without the options, the other pays more or the same).
std::string paper_note(const Comparison& c) {
    const Projected& me = c.offers.front();
    const Projected* x = c.goal_kind == GoalKind::Comparator && c.cited ? &c.offers[*c.cited] : nullptr;
    const Money mine = paper_of(me), theirs = x ? paper_of(*x) : Money();
    if (mine.is_zero() && theirs.is_zero()) return "";
    const int years = me.projection.years;
    std::vector<std::string> parts;
    if (c.after_tax) {  // net pay is cash: the paper value is not pay until exercised
        for (const Projected* p : {&me, x})
            if (p && !paper_of(*p).is_zero())
                parts.push_back(fmt::format("{}'s {} {}", p->offer.name, paper_of(*p), price_words(*p->offer.options)));
        return fmt::format(
            "Paper value, not cash: the after-tax totals leave out the options' paper value, which is not pay "
            "until exercised ({} {}).",
            join_and(parts), span(years));
    }
    const auto of = [&](const Projected& p) {
        return fmt::format("{} of {}'s {} {} is options valued {}", paper_of(p), p.offer.name, worth_total(p, false),
                           span(years), price_words(*p.offer.options));
    };
    for (const Projected* p : {&me, x})
        if (p && !paper_of(*p).is_zero()) parts.push_back(of(*p));
    const std::string which = fmt::format("{}", fmt::join(parts, "; "));
    if (!x) return "Paper value, not cash: " + which + ".";
    const Money cash_me = worth_total(me, false) - mine, cash_x = worth_total(*x, false) - theirs;
    const auto only_on_paper = [&](const Projected& lead, const Projected& other, Money more) {
        return fmt::format(
            "{} leads only on paper: {}. Without the options, {}.", lead.offer.name, which,
            more.is_zero() ? "the two pay the same" : fmt::format("{} pays {} more", other.offer.name, more));
    };
    if (c.gap.in_cents() > 0 && !theirs.is_zero() && cash_x <= cash_me) return only_on_paper(*x, me, cash_me - cash_x);
    if (c.gap.is_negative() && !mine.is_zero() && cash_me <= cash_x) return only_on_paper(me, *x, cash_x - cash_me);
    return "Paper value, not cash: " + which + ".";
}

/// The asks are option terms only: nothing else is short.
bool terms_only(const Comparison& c) {
    return !c.asks.empty() &&
           std::all_of(c.asks.begin(), c.asks.end(), [](const Ask& a) { return option_term(a.lever); });
}

/// The line before the asks, or in their place (Comparison::headline).
std::string headline(const Comparison& c) {
    const Projected& me = c.offers.front();
    const int years = me.projection.years;
    const std::string state = c.gap.is_zero() ? fmt::format("matches {}", c.goal_label)
                              : c.situation.tie
                                  ? fmt::format("ties {} (they differ by {}, under one step)", c.goal_label, abs(c.gap))
                              : c.gap.is_negative() ? fmt::format("already leads {} by {}", c.goal_label, -c.gap)
                                                    : "";
    const std::string after = c.after_tax ? " after tax" : "";
    if (c.asks.empty())
        return fmt::format("{} {} {}{}: no counter-ask needed.{}", me.offer.name, state, span(years), after,
                           c.below_target.empty() ? "" : " " + c.below_target);
    if (terms_only(c))
        return fmt::format("{} {} {}{}: no cash ask needed; option terms that cost the company no cash:", me.offer.name,
                           state, span(years), after);
    if (c.gap.in_cents() <= 0 || c.situation.tie)
        return fmt::format("{} {} {}{}, but is still short on {}; counter-asks:", me.offer.name, state, span(years),
                           after, join_and(short_besides_total(c)));
    return fmt::format("Counter-asks to close the {} {}gap of {} to {} ({}rounded up to {}):", span_adj(years),
                       c.after_tax ? "after-tax " : "", c.gap, c.goal_label,
                       c.after_tax ? "changes in gross pay, " : "", c.round);
}

/// A comparator as named aloud: its company, else "another company" (never a file name).
std::string company_of(const Offer& x) { return x.company.empty() ? "another company" : x.company; }

/// The text with its first letter in capitals, for a name that starts a sentence.
std::string sentence(std::string s) {
    if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
    return s;
}

std::string stretch_text(unsigned s) {
    std::vector<std::string> why;
    if (s & kGrantDoubled) why.push_back("the grant more than doubles");
    if (s & kSignOnOverBase) why.push_back("a sign-on above the base itself");
    else if (s & kSignOnOverHalfBase) why.push_back("a sign-on above half of base");
    if (s & kBaseOver15Pct) why.push_back("base up more than 15% with no band to show room");
    return why.empty() ? "" : fmt::format(" Stretch: {}; expect pushback.", join_and(why));
}

/// What a cash ask adds over the horizon, gross and after tax (with --after-tax), or
/// in year one for a year-one sign-on: the changes are gross, the gaps net.
struct Gain {
    Money gross, net;
    bool year_one = false;
};
Gain gain(const Comparison& c, const Ask& a) {
    const Projected& me = c.offers.front();
    if (a.year_one_only)
        return {a.year1_total - me.projection.y(1).total, *a.net_year1_total - worth_year(me, 1, true), true};
    return {a.total - me.projection.sum.total, *a.net_total - worth_total(me, true)};
}

/// After tax, why a gross ask is the size it is: " The changes are gross: they add
/// $X before tax and $Y after tax over 4 years." (empty when gross).
std::string gross_note(const Comparison& c, const Ask& a) {
    if (!c.after_tax || !a.feasible || a.lever == AskLever::Level || option_term(a.lever) || !a.net_total) return "";
    const Gain g = gain(c, a);
    return fmt::format(" The changes are gross: they add {} before tax and {} after tax {}.", g.gross, g.net,
                       g.year_one ? "in year one" : span(c.offers.front().projection.years));
}

/// "RSU", "sign-on", "base", "shares".
std::string to_words(AskLever lever) {
    return lever == AskLever::Rsu ? "RSU" : lever == AskLever::SignOn ? "sign-on" : to_string(lever);
}

/// Why no more shares close the gap: the price is at or under the strike, the after-tax
/// totals leave paper value out, or too little vests.
std::string no_shares_close(const Comparison& c, const Ask& a) {
    const Options& o = *c.offers.front().offer.options;
    if (o.price() <= o.strike)
        return fmt::format(
            "No share increase closes the gap: {} the options are worth nothing above their strike of {}.",
            price_words(o), o.strike.text());
    if (a.blocked == Blocked::NotCounted && c.after_tax)
        return "No share increase closes the after-tax gap: the options' paper value is not pay until exercised, "
               "so the after-tax totals leave it out.";
    return fmt::format("No share increase closes the gap: too little of the grant vests {}.",
                       span(c.offers.front().projection.years));
}

/// Why an ask cannot be made; empty when it can.
std::string blocked_reason(const Comparison& c, const Ask& a) {
    const Offer& o = c.offers.front().offer;
    const int years = c.offers.front().projection.years;
    switch (a.blocked) {
        case Blocked::Fixed:
            if (adds_shares(a.lever) && a.fixed_lever == Lever::Rsu)
                return "The recruiter said the grant will not move (fixed: rsu), options included.";
            return fmt::format("The recruiter said {} will not move (fixed).", to_string(a.fixed_lever));
        case Blocked::NoGrant: return "The offer has no RSU grant to raise.";
        case Blocked::NoRsuCloses:
            if (adds_shares(a.lever)) return no_shares_close(c, a);
            return fmt::format("No RSU increase closes the gap: too little of the grant vests {}.", span(years));
        case Blocked::SignOnOutOfRange: return "The sign-on needed is beyond the accepted range.";
        case Blocked::BandFull:
            if (o.base > *o.band_max)
                return fmt::format("Base ({}) is already above the band's top ({}): no room.", o.base, *o.band_max);
            return fmt::format("Base is already at the band's top ({}): no room.", *o.band_max);
        case Blocked::NotCounted: return no_shares_close(c, a);
        case Blocked::ChanceOutOfReach:
            if (a.lever == AskLever::Base && o.band_max)
                return fmt::format("Base up to the band's top ({}) does not win on {}% of the paths.", *o.band_max,
                                   *c.odds->confidence);
            return fmt::format("No {} ask within the accepted range wins on {}% of the paths.", to_words(a.lever),
                               *c.odds->confidence);
        case Blocked::None: break;
    }
    return "";
}

std::string reason_text(const Comparison& c, const Ask& a);

/// An ask's reason, with what its gross changes come to after tax.
std::string reason(const Comparison& c, const Ask& a) { return reason_text(c, a) + gross_note(c, a); }

/// Whether a feasible ask on which `lever_is` holds is ranked before `a` (cash asks only).
template <class Pred>
bool behind(const Comparison& c, const Ask& a, Pred lever_is) {
    return std::any_of(c.asks.begin(), c.asks.end(), [&](const Ask& b) {
        return std::less<const Ask*>{}(&b, &a) && b.feasible && b.lever != AskLever::Level && !option_term(b.lever) &&
               lever_is(b.lever);
    });
}

/// The base ask's reason: "Base last" only behind another cash ask that can be made.
std::string base_reason(const Comparison& c, const Ask& a) {
    const Offer& o = c.offers.front().offer;
    const std::string net = c.after_tax ? "after-tax " : "";
    const char* base = behind(c, a, [](AskLever l) { return l != AskLever::Base; }) ? "Base last" : "Base";
    if (!a.band_room)
        return fmt::format(
            "{}: +{} a year closes the {}gap; the offer gives no band, so ask whether the band has that "
            "room.",
            base, a.base, net);
    if (a.closes)
        return fmt::format("{}: +{} a year closes the {}gap, within the band's room of {} (top {}).", base, a.base, net,
                           *a.band_room, *o.band_max);
    return fmt::format("{}: up to the band's top ({}, room {}) is not enough; {} of the {}gap remains.", base,
                       *o.band_max, *a.band_room, a.remaining, net);
}

/// The sign-on reason's opening: "the bridge" when it is; "for when the grant is stuck"
/// only behind an RSU ask that can be made; "as the grant will not move" when it is
/// fixed; else plainly "Sign-on".
std::string sign_on_opening(const Comparison& c, const Ask& a, const std::string& parts) {
    const bool behind_rsu =
        behind(c, a, [](AskLever l) { return l == AskLever::Rsu || l == AskLever::RsuSignOn || adds_shares(l); });
    if (a.bridge)
        return fmt::format("Sign-on is the bridge: {}, and closes the {} {}gap with it.", parts,
                           span_adj(c.offers.front().projection.years), c.after_tax ? "after-tax " : "");
    const char* opening = behind_rsu                                    ? "Sign-on only, for when the grant is stuck: "
                          : c.offers.front().offer.is_fixed(Lever::Rsu) ? "Sign-on, as the grant will not move: "
                                                                        : "Sign-on: ";
    return opening + parts + ".";
}

/// The level ask's reason.
std::string level_reason(const Comparison& c, const Ask& a) {
    const Offer& o = c.offers.front().offer;
    // The same name on two ladders ("L5 above L5") is said with each company's.
    std::string theirs = level_words(a.their_level),
                mine = o.level.empty() ? "the offer's level" : level_words(o.level);
    for (const Projected& p : c.offers)
        if (&p == &c.offers[a.level_index] && a.their_level == o.level && !p.offer.company.empty() &&
            !o.company.empty()) {
            theirs = p.offer.company + "'s " + theirs;
            mine = o.company + "'s " + mine;
        }
    return fmt::format(
        "Level first: {} is at {}, above {} on a common scale (approximate; docs/levels.md). A "
        "level gap is not fixed with cash: ask for {} before any package ask.",
        a.level_against, theirs, mine, level_wanted(a));
}

/// What the transition cost is made of: "unvested equity", "relocation" or both.
const char* transition_what(const Offer& o) {
    return o.transition_relocation.is_zero() ? "unvested equity"
           : o.transition_unvested.is_zero() ? "relocation"
                                             : "unvested equity and relocation";
}

/// An option term's reason: what it is for, that it costs the company no cash, and that
/// it closes no gap in dollars.
std::string term_reason(const Comparison& c, const Ask& a) {
    const Options& o = *c.offers.front().offer.options;
    const std::string no_cash = "It costs the company no cash and is often granted, but it closes no gap in dollars.";
    if (a.lever == AskLever::ExerciseWindow)
        return fmt::format(
            "Exercise window: the vested options must be bought within {} of leaving (shares x strike, plus "
            "tax), or they are lost. Ask for {} years{}. {}",
            days_words(o.exercise_window_days), a.window_days / 365,
            o.type == OptionType::Iso ? " (an ISO exercised more than 3 months after leaving is taxed as an NSO)" : "",
            no_cash);
    const std::string tax = o.strike >= o.fmv
                                ? "with the strike at the 409A value, the election taxes nothing"
                                : fmt::format("the election taxes the spread at exercise ({} a share over the strike)",
                                              SharePrice{o.fmv.micros - o.strike.micros}.text());
    return fmt::format(
        "Early exercise: exercising options before they vest, with an 83(b) election, starts the holding "
        "period then; {}. {}",
        tax, no_cash);
}

/// A shares ask's reason: the grant alone (first, or too large for the gap), or with a
/// year-one sign-on.
std::string shares_reason(const Comparison& c, const Ask& a, const std::string& y1_why) {
    const Offer& o = c.offers.front().offer;
    const int years = c.offers.front().projection.years;
    const std::string net = c.after_tax ? "after-tax " : "";
    const std::string after = c.after_tax ? " after tax" : "";
    if (a.lever == AskLever::SharesSignOn)
        // Options on paper are no year-one cash: the sign-on bridges year one alone.
        return fmt::format("More shares carry the {} {}gap: +{}; a year-one sign-on of {} {}.", span_adj(years), net,
                           shares_text(a, o), a.sign_on_y1, y1_why);
    if (a.shares_value > c.gap.times(10))
        return fmt::format(
            "Shares: +{} would close the {} {}gap to {}, but that is {}x the gap, not an ask a recruiter "
            "grants for it; the sign-on is.",
            shares_text(a, o), span_adj(years), net, c.goal_label, a.shares_value.in_cents() / c.gap.in_cents());
    std::string r = fmt::format("{}: +{} close the {} {}gap to {}",
                                behind(c, a, [](AskLever) { return true; }) ? "Shares" : "Shares first",
                                shares_text(a, o), span_adj(years), net, c.goal_label);
    r += ".";
    // Year one is bridged in cash, and options on paper are none (cash_year).
    if (!a.year1_short.is_zero())
        r += fmt::format(" Options are no cash in year one, so year one stays {} short{}{}.", a.year1_short, after,
                         need_is_transition(c) ? " of covering the transition cost" : "");
    return r;
}

std::string reason_text(const Comparison& c, const Ask& a) {
    const Offer& o = c.offers.front().offer;
    const int years = c.offers.front().projection.years;
    // After tax, every gap and shortfall here is net; the changes stay gross.
    const std::string net = c.after_tax ? "after-tax " : "";
    const std::string after = c.after_tax ? " after tax" : "";
    if (a.blocked != Blocked::None) return blocked_reason(c, a);
    const auto y1_why = [&] {  // what a year-one sign-on is for
        const Money left_behind = c.situation.uncovered;
        // The cost is gross; after tax the sign-on is sized to cover it net.
        return left_behind > c.year1_gap
                   ? fmt::format("covers{} the {} of transition cost ({}) that the offer's sign-on leaves uncovered",
                                 c.after_tax ? ", after tax," : "", left_behind, transition_what(o))
                   : fmt::format("brings year one up to {} ({}year-one gap {})", c.year1_against, net, c.year1_gap);
    };
    std::string r;
    if (a.lever == AskLever::Level) {
        return level_reason(c, a);
    } else if (option_term(a.lever)) {
        return term_reason(c, a);
    } else if (adds_shares(a.lever)) {
        r = shares_reason(c, a, y1_why());
    } else if (a.year_one_only) {
        return fmt::format("The {} total already {}{}, but {}: a year-one sign-on of {} {}.", span_adj(years),
                           c.gap.is_zero() || c.situation.tie ? "ties" : "leads", after,
                           need_is_transition(c) ? "the transition cost is not covered" : "year one is short",
                           a.sign_on_y1, y1_why()) +
               stretch_text(a.stretch);
    } else if (a.lever == AskLever::Rsu && a.rsu > c.gap.times(10)) {
        r = fmt::format(
            "RSUs: +{} of grant would close the {} {}gap to {}, but that is {}x the gap, not an ask a "
            "recruiter grants for it; the sign-on is.",
            a.rsu, span_adj(years), net, c.goal_label, a.rsu.in_cents() / c.gap.in_cents());
    } else if (a.lever == AskLever::Rsu) {
        // "First" only where no other cash ask that can be made comes before it.
        r = fmt::format("{}: +{} of grant closes the {} {}gap to {}",
                        behind(c, a, [](AskLever) { return true; }) ? "RSUs" : "RSUs first", a.rsu, span_adj(years),
                        net, c.goal_label);
        if (!c.year1_need.is_zero() && a.year1_short.is_zero()) r += ", and year one with it";
        r += ".";
        if (!a.year1_short.is_zero()) {
            r += fmt::format(" Only {} of the grant vests in year 1, so year one stays {} short{}{}", year1_percent(o),
                             a.year1_short, after, need_is_transition(c) ? " of covering the transition cost" : "");
            if (a.rsu_for_year1 && c.year1_need.in_cents() > 0)
                r += fmt::format(
                    "; closing year one with RSUs alone would take +{} of grant ({}x the {}year-one "
                    "need)",
                    *a.rsu_for_year1, a.rsu_for_year1->in_cents() / c.year1_need.in_cents(), net);
            r += ".";
        }
    } else if (a.lever == AskLever::RsuSignOn) {
        r = fmt::format("RSUs carry the {} {}gap; {}a year-one sign-on of {} {}.", span_adj(years), net,
                        vests_in_year_one(o) ? "with the grant's year-one part, " : "", a.sign_on_y1, y1_why());
    } else if (a.lever == AskLever::SignOn) {
        std::vector<std::string> parts;
        if (!a.sign_on_y1.is_zero())
            parts.push_back(c.year1_need.is_zero() || years == 1
                                ? fmt::format("{} in year 1", a.sign_on_y1)
                                : fmt::format("{} in year 1 {}", a.sign_on_y1, y1_why()));
        // "For the rest" only after a year-one part; alone, the year-two part closes the gap.
        if (!a.sign_on_y2.is_zero())
            parts.push_back(a.sign_on_y1.is_zero()
                                ? fmt::format("{} in year 2 closes the {} {}gap", a.sign_on_y2, span_adj(years), net)
                                : fmt::format("{} in year 2 for the rest", a.sign_on_y2));
        r = sign_on_opening(c, a, join_and(parts));
    } else {  // base
        r = base_reason(c, a);
    }
    return r + stretch_text(a.stretch);
}

/// Inputs that are probably a mistake: the same offer twice, a file's 4-year floor and
/// target at another horizon, a lead that changes sides more than once. (A monthly base
/// is the offer reader's warning, for every command.)
void likely_mistakes(const Comparison& c, std::vector<std::string>& w) {
    const Offer& me = c.offers.front().offer;
    for (std::size_t i = 0; i < c.offers.size(); ++i) {
        const Offer& x = c.offers[i].offer;
        for (std::size_t j = 0; j < i; ++j)
            if (c.offers[j].offer.name == x.name)
                w.push_back(fmt::format("{} is given twice{}: check the files", x.name,
                                        j == 0 ? " (the offer is compared with itself)" : ""));
    }
    // A target under the comparator the script cites: the asks would aim lower than the
    // offer the candidate names as leverage.
    if (c.goal_kind == GoalKind::Target && c.cited && worth_total(c.offers[*c.cited], c.after_tax) > c.goal)
        w.push_back(
            fmt::format("your target ({}) is below {}'s total ({}): the asks aim under the offer the script "
                        "cites; leave out --target to aim at it",
                        c.goal, c.offers[*c.cited].offer.name, worth_total(c.offers[*c.cited], c.after_tax)));
    const int years = c.offers.front().projection.years;
    if (years != 4 && ((me.floor && c.floor == me.floor) || (me.target && c.target == me.target)))
        w.push_back(
            fmt::format("the floor and target in {}'s file are usually 4-year figures; they are shown "
                        "unchanged against {}-year totals",
                        me.name, years));
    for (const Gap& g : c.gaps)
        if (g.lead_changes.size() > 1)
            w.push_back(fmt::format("cumulative pay changes lead {} times between {} and {} (months {})",
                                    g.lead_changes.size(), me.name, g.against, fmt::join(g.lead_changes, ", ")));
}

std::vector<std::string> comparator_warnings(const Comparison& c) {
    std::vector<std::string> w;
    // A level that is given but maps to no ladder is said to be unknown, never guessed.
    auto unknown_level = [&w](const Offer& x) {
        if (x.level.empty() || x.level_rank || place_level(x.company, x.level)) return;
        w.push_back(
            fmt::format("{}: level \"{}\" is on no ladder offercalc knows{}: levels are not compared; "
                        "give level_rank to place it (docs/levels.md)",
                        x.name, x.level, x.company.empty() ? "" : " at " + x.company));
    };
    const Offer& me = c.offers.front().offer;
    if (me.kind == OfferKind::Verbal)
        w.push_back(fmt::format("{} is a verbal offer: get it in writing before you counter", me.name));
    unknown_level(me);
    likely_mistakes(c, w);
    for (std::size_t i = 1; i < c.offers.size(); ++i) {
        const Offer& x = c.offers[i].offer;
        if (x.kind == OfferKind::Current)
            w.push_back(
                fmt::format("{} is your current job: leverage only as a reason to stay, never an offer", x.name));
        if (x.kind == OfferKind::Current && x.options && !x.start_date)
            w.push_back(
                fmt::format("{} has options but no start_date: the scripts count the whole grant as "
                            "unvested; give start_date to leave out what has vested",
                            x.name));
        if (x.kind == OfferKind::Verbal)
            w.push_back(fmt::format("{} is a verbal offer: weak leverage; ask for it in writing", x.name));
        unknown_level(x);
        std::vector<std::string> missing;
        if (x.company.empty()) missing.push_back("company");
        if (x.level.empty()) missing.push_back("level");
        if (!missing.empty() && x.kind != OfferKind::Current)
            w.push_back(fmt::format("{} has no {}: a comparator counts when it is concrete", x.name,
                                    fmt::join(missing, " or ")));
    }
    return w;
}

/// "raise the RSU grant by $118,000 and the year-one sign-on by $73,000"; options in
/// shares, with their paper value at the price they are counted at.
std::string spoken_changes(const Ask& a, const Offer& o) {
    std::vector<std::string> parts;
    if (!a.rsu.is_zero()) parts.push_back("the RSU grant by " + said(a.rsu));
    if (a.shares != 0)
        parts.push_back(fmt::format("the option grant by {} shares (worth {} on paper {})", grouped_count(a.shares),
                                    spoken_amount(a.shares_value), price_words(*o.options)));
    if (!a.sign_on_y1.is_zero()) parts.push_back("the year-one sign-on by " + said(a.sign_on_y1));
    if (!a.sign_on_y2.is_zero()) parts.push_back("the year-two sign-on by " + said(a.sign_on_y2));
    if (!a.base.is_zero()) parts.push_back("the base by " + said(a.base) + " a year");
    return "raise " + join_and(parts);
}

/// What the scripts may say, taken from the situation and the plan.
struct Spoken {
    const Comparison& c;
    const Offer& o;
    int years;
    const Offer* cited = nullptr;  ///< the comparator the money line names
    const ComparatorFacts* facts = nullptr;
    /// The cited comparator pays more by a step or more: over the horizon, or else in year one.
    bool total_ahead = false, year1_ahead = false;

    explicit Spoken(const Comparison& cmp)
        : c(cmp), o(cmp.offers.front().offer), years(cmp.offers.front().projection.years) {
        if (!c.cited) return;
        cited = &c.offers[*c.cited].offer;
        for (const ComparatorFacts& f : c.situation.comparators)
            if (f.index == *c.cited) facts = &f;
        total_ahead = facts->total_gap >= c.round;
        year1_ahead = !total_ahead && years > 1 && facts->gaps.front() >= c.round;
    }
    /// A total as said: net after tax when the comparison is after tax.
    std::string worth(const Projected& p) const {
        return spoken_amount(worth_total(p, c.after_tax)) + (c.after_tax ? " after tax" : "");
    }
    std::string mine() const { return worth(c.offers.front()); }
};

/// ", $324,000 of it options on paper at the last preferred price of $7.50": how much of
/// a figure said (the total, or year one's) is paper value; empty without options.
/// After tax the figure is cash, the paper value left out: "not counting ...".
std::string paper_part(const Projected& p, bool total, bool net) {
    const Money paper = total ? p.projection.sum.options : p.projection.y(1).options;
    if (paper.is_zero()) return "";
    return fmt::format("{} {} of {}options on paper {}", net ? ", not counting" : ",", spoken_amount(paper),
                       net ? "" : "it ", price_words(*p.offer.options));
}

/// The money line: what the cited comparator pays where it pays more, over the horizon
/// or else in year one; nothing where it pays less (a weaker figure is no leverage).
/// A figure with options in it says how much of it is paper value.
std::string money_fact(const Spoken& s) {
    const Comparison& c = s.c;
    if (!s.cited)
        return fmt::format("{} this offer comes to {}, and the package I am aiming for is {}.",
                           s.years == 1 ? "In the first year" : fmt::format("Over {} years", s.years), s.mine(),
                           spoken_amount(c.goal));
    const Offer& x = *s.cited;
    const Projected& theirs = c.offers[*c.cited];
    const std::string after = c.after_tax ? " after tax" : "";
    // Amounts that differ by a step can round to the same thousand (--round under
    // $1,000): then they are said to the dollar.
    const auto pair = [&](Money a, Money b) {
        return spoken_amount(a) == spoken_amount(b) ? std::pair{said(a) + after, said(b) + after}
                                                    : std::pair{spoken_amount(a) + after, spoken_amount(b) + after};
    };
    const Projected& me = c.offers.front();
    const auto [them_said, me_said] = s.total_ahead
                                          ? pair(worth_total(theirs, c.after_tax), worth_total(me, c.after_tax))
                                          : pair(worth_year(theirs, 1, c.after_tax), worth_year(me, 1, c.after_tax));
    const std::string them_paper = paper_part(theirs, s.total_ahead, c.after_tax),
                      me_paper = paper_part(me, s.total_ahead, c.after_tax);
    std::string fact;
    if (!s.total_ahead && !s.year1_ahead) {
        // nothing the comparator pays more: no figure of it is said
    } else if (x.kind == OfferKind::Current) {
        fact = fmt::format("Staying in my current role{} {}, against {} here{}.",
                           x.company.empty() ? "" : " at " + x.company,
                           s.total_ahead ? fmt::format("is worth {} {}{}", them_said, span(s.years), them_paper)
                                         : fmt::format("pays {} in the first year{}", them_said, them_paper),
                           me_said, me_paper);
    } else {
        const std::string about = x.kind == OfferKind::Verbal ? "about " : "";
        fact = fmt::format(
            "I have a {} offer from {}{} {}, against {} here{}.", x.kind == OfferKind::Verbal ? "verbal" : "written",
            s.facts->same_company ? "another team at " + s.o.company : company_of(x),
            x.level.empty() ? "" : " at " + level_words(x.level),
            s.total_ahead ? fmt::format("worth {}{} {}{}", about, them_said, span(s.years), them_paper)
                          : fmt::format("that pays {}{} in the first year{}", about, them_said, them_paper),
            me_said, me_paper);
    }
    if (c.goal_kind == GoalKind::Target)
        fact += fmt::format("{}The package I am aiming for is {}.", fact.empty() ? "" : " ", spoken_amount(c.goal));
    return fact;
}

/// Whom a comparator's words name: its company, or the other team at the same company.
std::string who(const ComparatorFacts& f, const Offer& x) { return f.same_company ? "the other team" : company_of(x); }

/// "Meta needs my answer by ...", only for a live comparator's close, and only once the
/// script has brought it up: its figures, or its level (a weaker offer never said is no
/// deadline to cite).
std::string deadline(const Spoken& s, const Ask* level) {
    if (!s.facts || s.facts->status != CloseStatus::Live || s.cited->kind == OfferKind::Current) return "";
    if (!s.total_ahead && !s.year1_ahead && !(level && level->level_index == *s.c.cited)) return "";
    // The offer's own close coming first sets the answer date: a later deadline of the
    // comparator's is then no reason for it, and would name a second date to answer by.
    const Date close = *s.cited->close_date;
    if (s.o.close_date && *s.o.close_date >= s.c.timeline.today && *s.o.close_date < close) return "";
    return fmt::format(" {} needs my answer {}", sentence(who(*s.facts, *s.cited)), by_day(close, s.c.timeline.today));
}

/// The one date to answer by, said in both scripts: with a comparator's deadline, as
/// what follows from it ("Meta needs my answer by ..., so could you let me know by ...?").
std::string answer_line(const Spoken& s, const std::string& due) {
    const Timeline& t = s.c.timeline;
    if (due.empty()) return fmt::format(" Could you let me know {}?", by_day(t.answer_by, t.today));
    const bool same_day = t.answer_by == *s.cited->close_date;
    return fmt::format("{}, so could you let me know {}?", due,
                       same_day ? (t.answer_by == t.today ? "today" : "by then") : by_day(t.answer_by, t.today));
}

/// The level sentences, short and long; "before the numbers" only when numbers follow.
std::pair<std::string, std::string> level_lines(const Spoken& s, const Ask& level, bool numbers_follow) {
    const Offer* x = nullptr;
    const ComparatorFacts* facts = nullptr;
    for (const ComparatorFacts& f : s.c.situation.comparators)
        if (f.index == level.level_index) {
            x = &s.c.offers[f.index].offer;
            facts = &f;
        }
    const std::string to = level_wanted(level), at = level_words(level.their_level);
    std::string theirs;
    if (!x) theirs = fmt::format("another company's offer is at {}", at);
    else if (x->kind == OfferKind::Current)
        theirs = fmt::format("I am at {} today{}", at, x->company.empty() ? "" : " at " + x->company);
    else
        theirs =
            fmt::format("{}'s {}offer is at {}", who(*facts, *x), x->kind == OfferKind::Verbal ? "verbal " : "", at);
    // "L7, which compares with L7 here" says nothing: the comparison only where the names differ.
    const std::string compares = to == at ? "" : fmt::format(", which compares with {} here", to);
    const std::string ask = fmt::format("{}. Could you consider me for {}?", compares, to);
    if (!numbers_follow)
        return {fmt::format(" On the level: {}{}", theirs, ask),
                fmt::format(" I would like to raise the level. {}{}", sentence(theirs), ask)};
    return {fmt::format(" Before the numbers, the level: {}{}", theirs, ask),
            fmt::format(" Before we talk numbers, I would like to raise the level. {}{}", sentence(theirs), ask)};
}

/// Year one and transition cost, said only when short.
/// The transition cost the offer's sign-on leaves uncovered, said as the case for an ask
/// that makes year one whole; empty otherwise (a covered cost is no reason to ask).
std::string transition_line(const Spoken& s, const Ask* cash) {
    const Comparison& c = s.c;
    const bool covers = cash && cash->year1_short.is_zero();
    const Money cost = s.o.transition_cost();
    if (c.situation.uncovered.is_zero() || (cash && !covers)) return "";
    std::string out = fmt::format(" Moving also costs me {} in {}", spoken_amount(cost), transition_what(s.o));
    if (!s.o.transition_options.is_zero())  // options are worth their paper value only: say which part that is
        out += fmt::format(" ({} of it stock options, on paper)", spoken_amount(s.o.transition_options));
    if (s.o.sign_on_y1.is_zero()) return out + ".";
    return out + fmt::format("; the sign-on here covers {} of it, which leaves {}.", spoken_amount(s.o.sign_on_y1),
                             spoken_amount(c.situation.uncovered));
}

/// Whether the ask's year-one sign-on is sized by the uncovered transition cost rather
/// than the year-one difference the money fact cites: then the short script says the cost.
bool sized_by_transition(const Comparison& c, const Ask* cash) {
    return cash && !cash->sign_on_y1.is_zero() && cash->year1_short.is_zero() && c.situation.uncovered > c.year1_gap;
}

std::string year1_and_transition(const Spoken& s, const Ask* cash) {
    const Comparison& c = s.c;
    std::string out;
    // Each is said as the case for the ask, so only where the ask makes year one whole.
    const bool covers = cash && cash->year1_short.is_zero();
    if (covers && !cash->sign_on_y1.is_zero() && c.year1_gap >= c.round && s.years > 1)
        out = fmt::format(
            " Year one is where the difference shows{}: {} in year one here, so the year-one sign-on "
            "is what makes it whole.",
            back_loaded(s.o) ? ", because the grant vests back-loaded" : "",
            spoken_amount(worth_year(c.offers.front(), 1, c.after_tax)) + (c.after_tax ? " after tax" : ""));
    // The cost is said only when the offer's sign-on leaves part of it uncovered.
    return out + transition_line(s, cash);
}

/// After tax, the asked changes said as what they are (gross) and what they come to
/// after tax; empty when gross.
std::string spoken_gross(const Comparison& c, const Ask& a) {
    if (!c.after_tax || !a.net_total) return "";
    const Gain g = gain(c, a);
    const int parts = !a.rsu.is_zero() + !a.sign_on_y1.is_zero() + !a.sign_on_y2.is_zero() + !a.base.is_zero();
    const std::string does =
        g.year_one ? need_is_transition(c) ? "which covers what moving costs me" : "which makes year one whole"
        : a.closes ? "which closes the difference"
                   : spoken_amount(a.remaining) + " short of the difference";
    return fmt::format(" {} before-tax: after tax {} about {} {}, {}.",
                       parts > 1 ? "Those figures are" : "That figure is", parts > 1 ? "they come to" : "it comes to",
                       spoken_amount(g.net), g.year_one ? "in year one" : span(c.offers.front().projection.years),
                       does);
}

/// Every offer has the offer's tax profile: the same filing, state and city.
bool taxed_alike(const Comparison& c) {
    const TaxProfile& me = *c.offers.front().offer.tax;
    return std::all_of(c.offers.begin(), c.offers.end(), [&](const Projected& p) {
        const TaxProfile& t = *p.offer.tax;
        return t.filing == me.filing && t.state == me.state && t.city == me.city;
    });
}

/// " Amazon is my first choice.", only when the offer file says so (first_choice).
std::string first_choice(const Offer& o) {
    if (!o.first_choice) return "";
    return fmt::format(" {} is my first choice.", o.company.empty() ? "This offer" : o.company);
}

/// The option terms asked for, said as what they are: they cost the company no cash
/// (and so are never said to close the difference). Empty without any.
std::string terms_line(const Offer& o, const std::vector<const Ask*>& terms, bool also) {
    std::vector<std::string> items;
    for (const Ask* a : terms)
        items.push_back(a->lever == AskLever::ExerciseWindow
                            ? fmt::format("an exercise window of {} years after leaving instead of {}",
                                          a->window_days / 365, days_words(o.options->exercise_window_days))
                            : "early exercise of the options");
    if (items.empty()) return "";
    const char* ask = also ? "I would also ask for" : "I would ask for";
    if (items.size() == 1) return fmt::format(" {} {}, which costs the company no cash.", ask, items[0]);
    return fmt::format(" {} two terms that cost the company no cash: {}, and {}.", ask, items[0], items[1]);
}

/// Whole months from `from` to `to` (0 when `to` is earlier): a vest at month m has
/// happened when m <= the months served.
int months_served(Date from, Date to) {
    if (to < from) return 0;
    int m = (to.year() - from.year()) * 12 + (to.month() - from.month());
    if (to.day() < from.day()) --m;
    return m;
}

/// The options the candidate leaves behind at a current job that has them, in shares and
/// on paper: those not vested by today, counted from the job's start_date (without one,
/// the whole grant, and compare warns). Empty otherwise.
std::string left_behind(const Comparison& c) {
    std::string out;
    for (const ComparatorFacts& f : c.situation.comparators) {
        const Offer& x = c.offers[f.index].offer;
        if (x.kind != OfferKind::Current || !x.options || x.options->shares == 0) continue;
        const Options& o = *x.options;
        const int served = x.start_date ? months_served(*x.start_date, c.timeline.today) : 0;
        std::int64_t shares = 0;
        Money paper;
        for (const OptionVest& v : option_vests(o, kMaxVestMonth * 2)) {
            if (v.month <= served || v.grant_month > served) continue;  // vested, or granted later
            shares += v.shares;
            const Money worth = v.at(o.price()), cost = v.cost();
            if (worth > cost) paper += worth - cost;
        }
        if (shares == 0) continue;
        out += fmt::format(" Leaving {} means giving up {} unvested options, {} {}.",
                           x.company.empty() ? "my current job" : x.company, grouped_count(shares),
                           paper.is_zero() ? "worth nothing above their strike"
                                           : fmt::format("worth {} on paper", spoken_amount(paper)),
                           price_words(o));
    }
    return out;
}

Script make_script(const Comparison& c, const Ask* level, const Ask* cash, const std::vector<const Ask*>& terms) {
    const Spoken sp(c);
    const Offer& o = sp.o;
    const std::string role = o.role.empty() ? "this role" : "the " + o.role + " role";
    const std::string at = o.company.empty() ? "" : " at " + o.company;
    const std::string money = money_fact(sp), due = answer_line(sp, deadline(sp, level));
    const std::string fact = money.empty() ? "" : " " + money;
    const auto [level_short, level_long] =
        level ? level_lines(sp, *level, !money.empty() || cash) : std::pair<std::string, std::string>{};
    const std::string stays =
        level ? fmt::format("If the level stays at {}", o.level.empty() ? "where it is" : o.level) : "";
    Script s;
    s.short_ask = fmt::format("Thank you for the offer: I am excited about {}{} and I want to make this work.{}{}",
                              role, at, level_short, fact);
    if (sized_by_transition(c, cash)) s.short_ask += transition_line(sp, cash);
    const std::string left = left_behind(c);
    // Said as the reason for a cash ask; with nothing to ask, it would hang.
    if (sp.cited && sp.cited->kind == OfferKind::Current && cash) s.short_ask += left;
    if (cash)
        s.short_ask += fmt::format(" {} {}, I am ready to accept.{}", level ? stays + " and you can" : "If you can",
                                   spoken_changes(*cash, o), spoken_gross(c, *cash));
    // Terms alone (nothing else to ask): they are what the acceptance hangs on.
    const std::string terms_said =
        terms_line(o, terms, cash || level) + (cash || level || terms.empty() ? ""
                                               : terms.size() == 1            ? " With it, I am ready to accept."
                                                                              : " With them, I am ready to accept.");
    s.short_ask += terms_said + due;
    s.long_ask = fmt::format(
        "Thank you again for the offer and for the time the team has spent with me. I am "
        "excited about {}{}: the scope is what I want to do next.{} I want to be open about "
        "where I stand.{}{}{}",
        role, at, first_choice(o), level_long, fact, left);
    if (c.after_tax && !money.empty()) {
        s.long_ask += fmt::format(" I have compared {} after tax{}", c.offers.size() == 2 ? "the two" : "the offers",
                                  taxed_alike(c) ? "" : ", since they are taxed differently");
        if (c.gap.in_cents() > 0 && !c.situation.tie)
            s.long_ask += fmt::format(": the difference is {} {}{}", spoken_amount(c.gap), span(sp.years),
                                      sp.years > 1 && c.goal_year1_gap.in_cents() > 0
                                          ? fmt::format(" and {} in year one", spoken_amount(c.goal_year1_gap))
                                          : "");
        s.long_ask += ".";
    }
    s.long_ask += year1_and_transition(sp, cash);
    if (cash) {
        const auto said_total = [&](Money gross, const std::optional<Money>& net) {
            return c.after_tax ? spoken_amount(*net) + " after tax" : spoken_amount(gross);
        };
        const std::string y1 = said_total(cash->year1_total, cash->net_year1_total);
        s.long_ask += fmt::format(
            " I am not asking you to match everything line by line. {} that would let me sign is this: {}.{} With "
            "that, {}. If you can get there, I am ready to accept.",
            level ? stays + ", the one change" : "The one change", spoken_changes(*cash, o), spoken_gross(c, *cash),
            sp.years == 1 ? "the year comes to " + y1
                          : fmt::format("year one comes to {} and {} to {}", y1, years_words(sp.years),
                                        said_total(cash->total, cash->net_total)));
    }
    s.long_ask += terms_said + due;
    if (c.situation.all_closed) {
        // Every comparator has closed: the words cite it as it would stand once extended.
        const Offer& x = *sp.cited;
        s.condition = fmt::format(
            "{} closed on {}: say this only once it is extended (ask {} first); until then "
            "it is not leverage.",
            x.name, spoken_from(*x.close_date, c.timeline.today), x.company.empty() ? "that company" : x.company);
    }
    return s;
}

/// What must hold before the words can be said about the offer itself: it is in
/// writing, and it still stands (not closed, not lapsed with no close to come).
std::string own_offer_condition(const Comparison& c) {
    const Offer& o = c.offers.front().offer;
    const Timeline& t = c.timeline;
    std::vector<std::string> parts;
    if (o.kind == OfferKind::Verbal)
        parts.push_back(fmt::format("{} is a verbal offer: get it in writing before you counter.", o.name));
    if (o.close_date && *o.close_date < t.today)
        parts.push_back(
            fmt::format("{} itself closed on {}: confirm with the recruiter that it still stands; the "
                        "counter and answer dates hold only once it does.",
                        o.name, spoken_from(*o.close_date, t.today)));
    else if (!o.close_date && t.offer_date.plus_days(30) < t.today)
        parts.push_back(
            fmt::format("{} was made on {}, {} days ago, and may have lapsed: confirm with the "
                        "recruiter that it still stands; the counter and answer dates hold only once "
                        "it does.",
                        o.name, spoken_from(t.offer_date, t.today), t.today.days() - t.offer_date.days()));
    return fmt::format("{}", fmt::join(parts, " "));
}

/// Why a confidence-sized ask is what it is.
std::string confident_reason(const Comparison& c, const Ask& a) {
    if (!a.feasible) return reason(c, a);
    const CompareOdds& o = *c.odds;
    const std::string& me = c.offers.front().offer.name;
    const std::string chance = percent_text(*a.wins, o.options.paths);
    if (a.rsu.is_zero() && a.shares == 0 && a.sign_on_y1.is_zero() && a.sign_on_y2.is_zero() && a.base.is_zero())
        return fmt::format("{} already pays more than {} on {} of the paths: no {} ask is needed for a {}% chance.", me,
                           o.against, chance, to_words(a.lever), *o.confidence);
    if (a.lever == AskLever::SignOn && !a.kept_y1.is_zero()) {
        // The year-one part is the bridge that makes year one whole, kept as it is; only
        // the rest (year two's, or year one's above the bridge at one year) is sized.
        const bool one_year = c.offers.front().projection.years == 1;
        const Money sized = one_year ? a.sign_on_y1 - a.kept_y1 : a.sign_on_y2;
        if (sized.is_zero() && o.wins_now >= o.needed)
            return fmt::format(
                "{} already pays more than {} on {} of the paths: no sign-on is needed for a {}% chance (the "
                "year-one sign-on of {} is for year one, not for the chance).",
                me, o.against, percent_text(o.wins_now, o.options.paths), *o.confidence, a.kept_y1);
        if (sized.is_zero())
            return fmt::format(
                "The year-one sign-on of {} that makes year one whole is enough: with it {} pays more "
                "than {} on at least {}% of the paths ({}).{}",
                a.kept_y1, me, o.against, *o.confidence, chance, stretch_text(a.stretch));
        return fmt::format(
            "The year-one sign-on of {} that makes year one whole, and the smallest {} on top of it, in {} "
            "steps, with which {} pays more than {} on at least {}% of the paths ({}); one step less falls "
            "short.{}",
            a.kept_y1, one_year ? "addition to it" : "year-two sign-on", c.round, me, o.against, *o.confidence, chance,
            stretch_text(a.stretch));
    }
    const std::string steps = a.share_step != 0 ? fmt::format("steps of {} shares", grouped_count(a.share_step))
                                                : c.round.pretty() + " steps";
    return fmt::format(
        "The smallest {} ask, in {}, with which {} pays more than {} on at least {}% of the "
        "paths ({}); one step less falls short.{}",
        to_words(a.lever), steps, me, o.against, *o.confidence, chance, stretch_text(a.stretch));
}

}  // namespace

void add_words(Comparison& c) {
    for (Ask& a : c.asks) a.reason = reason(c, a);
    if (c.odds)
        for (Ask& a : c.odds->confident) a.reason = confident_reason(c, a);
    auto w = comparator_warnings(c);
    c.warnings.insert(c.warnings.end(), w.begin(), w.end());
    const Ask* level = nullptr;
    const Ask* cash = nullptr;
    std::vector<const Ask*> terms;
    for (const Ask& a : c.asks) {
        if (a.lever == AskLever::Level) level = &a;
        else if (option_term(a.lever)) terms.push_back(&a);
        else if (a.feasible && !cash) cash = &a;
    }
    c.paper_note = paper_note(c);
    // Before tax, with no lead held only on paper, the note restates what the text's
    // options lines already say.
    c.paper_note_plain = !c.after_tax && c.paper_note.rfind("Paper value, not cash: ", 0) == 0;
    if (level || cash || !terms.empty()) {
        c.script = make_script(c, level, cash, terms);
        const std::string own = own_offer_condition(c);
        if (!own.empty()) c.script->condition = c.script->condition.empty() ? own : own + " " + c.script->condition;
    }
    // A goal met, but not the candidate's own: the file's target is only shown until
    // asked for (gross: after tax the asks cannot aim at it).
    const Money total = c.offers.front().projection.sum.total;
    const bool nothing_to_ask = c.gap.is_zero() || c.gap.is_negative() || c.situation.tie;
    const bool aimed_at_target = c.goal_kind == GoalKind::Target;
    if (nothing_to_ask && !aimed_at_target && !c.after_tax && c.target && total < *c.target)
        c.below_target =
            fmt::format("Its {}-year total is {} below your target of {}; --target {} aims the asks at it.",
                        c.offers.front().projection.years, *c.target - total, *c.target, c.target->plain());
    c.headline = headline(c);
}

}  // namespace detail

}  // namespace offercalc
