// The words: each ask's reason, the warnings about comparators and levels, and the
// ask scripts a candidate reads to a recruiter. Built from the solver's facts only.

#include <fmt/format.h>
#include <fmt/ranges.h>  // fmt::join (fmt 10 and later)

#include "compare/parts.hpp"
#include "offercalc/levels.hpp"
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

/// An ask amount as said aloud: whole dollars, rounded up (asks are whole --round steps).
std::string said(Money m) {
    std::string s = Money::cents((m.in_cents() + 99) / 100 * 100).pretty();
    return s.substr(0, s.size() - 3);
}

/// "over 4 years" or "in the first year".
std::string span(int years) { return years == 1 ? "in the first year" : fmt::format("over {} years", years); }
/// "4-year" or "first-year", for "the 4-year gap".
std::string span_adj(int years) { return years == 1 ? "first-year" : fmt::format("{}-year", years); }

std::string join_and(const std::vector<std::string>& parts) {
    if (parts.empty()) return "";
    if (parts.size() == 1) return parts[0];
    std::string s;
    for (std::size_t i = 0; i + 1 < parts.size(); ++i) s += (i ? ", " : "") + parts[i];
    return s + " and " + parts.back();
}

/// Less than a quarter of the initial grant vests in year one.
bool back_loaded(const Offer& o) {
    if (!o.rsu) return false;
    std::int64_t year1 = 0;
    for (const Tranche& t : o.rsu->schedule.tranches)
        if (t.month <= 12) year1 += t.weight;
    return year1 * 4 < o.rsu->schedule.denominator;
}

std::string year1_percent(const Offer& o) {
    const auto p = o.rsu ? o.rsu->schedule.yearly_percents() : std::vector<std::string>{};
    return p.empty() ? "none" : p.front() + "%";
}

std::string stretch_text(unsigned s) {
    std::vector<std::string> why;
    if (s & kGrantDoubled) why.push_back("the grant more than doubles");
    if (s & kSignOnOverHalfBase) why.push_back("a sign-on above half of base");
    if (s & kBaseOver15Pct) why.push_back("base up more than 15% with no band to show room");
    return why.empty() ? "" : fmt::format(" Stretch: {}; expect pushback.", join_and(why));
}

/// "RSU", "sign-on", "base".
std::string to_words(AskLever lever) {
    return lever == AskLever::Rsu ? "RSU" : lever == AskLever::SignOn ? "sign-on" : to_string(lever);
}

/// Why an ask cannot be made; empty when it can.
std::string blocked_reason(const Comparison& c, const Ask& a) {
    const Offer& o = c.offers.front().offer;
    const int years = c.offers.front().projection.years;
    switch (a.blocked) {
        case Blocked::Fixed: return fmt::format("The recruiter said {} will not move (fixed).", to_string(a.fixed_lever));
        case Blocked::NoGrant: return "The offer has no RSU grant to raise.";
        case Blocked::NoRsuCloses:
            return fmt::format("No RSU increase closes the gap: too little of the grant vests {}.", span(years));
        case Blocked::SignOnOutOfRange: return "The sign-on needed is beyond the accepted range.";
        case Blocked::BandFull: return fmt::format("Base is already at the band's top ({}): no room.", *o.band_max);
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

std::string reason(const Comparison& c, const Ask& a) {
    const Offer& o = c.offers.front().offer;
    const int years = c.offers.front().projection.years;
    // After tax, every gap and shortfall here is net; the changes stay gross.
    const std::string net = c.after_tax ? "after-tax " : "";
    const std::string after = c.after_tax ? " after tax" : "";
    if (a.blocked != Blocked::None) return blocked_reason(c, a);
    const auto y1_why = [&] {  // what a year-one sign-on is for
        const Money left_behind = max(Money(), o.transition_cost() - o.sign_on_y1);
        return left_behind > c.year1_gap
                   ? fmt::format("covers the {} you leave behind (unvested equity and relocation)", left_behind)
                   : fmt::format("brings year one up to {} ({}year-one gap {})", c.year1_against, net, c.year1_gap);
    };
    std::string r;
    if (a.lever == AskLever::Level) {
        const std::string to = a.level_to.empty() ? "the next level up" : a.level_to;
        return fmt::format("Level first: {} is at {}, above {} on a common scale (approximate; docs/levels.md). A "
                           "level gap is not fixed with cash: ask for {} before any package ask.",
                           a.level_against, a.their_level, o.level.empty() ? "the offer's level" : o.level, to);
    } else if (a.lever == AskLever::Rsu) {
        r = fmt::format("RSUs first: +{} of grant closes the {} {}gap to {}", a.rsu, span_adj(years), net,
                        c.goal_label);
        if (!c.year1_need.is_zero() && a.year1_short.is_zero()) r += ", and year one with it";
        r += ".";
        if (!a.year1_short.is_zero()) {
            r += fmt::format(" Only {} of the grant vests in year 1, so year one stays {} short{}", year1_percent(o),
                             a.year1_short, after);
            if (a.rsu_for_year1 && c.year1_need.in_cents() > 0)
                r += fmt::format("; closing year one with RSUs alone would take +{} of grant ({}x the {}year-one "
                                 "need)",
                                 *a.rsu_for_year1, a.rsu_for_year1->in_cents() / c.year1_need.in_cents(), net);
            r += ".";
        }
    } else if (a.lever == AskLever::RsuSignOn) {
        r = fmt::format("RSUs carry the {} {}gap; a year-one sign-on of {} {}.", span_adj(years), net, a.sign_on_y1,
                        y1_why());
    } else if (a.lever == AskLever::SignOn) {
        std::vector<std::string> parts;
        if (!a.sign_on_y1.is_zero())
            parts.push_back(c.year1_need.is_zero() || years == 1
                                ? fmt::format("{} in year 1", a.sign_on_y1)
                                : fmt::format("{} in year 1 {}", a.sign_on_y1, y1_why()));
        if (!a.sign_on_y2.is_zero()) parts.push_back(fmt::format("{} in year 2 for the rest", a.sign_on_y2));
        r = a.bridge ? fmt::format("Sign-on is the bridge: {}, and closes the {} {}gap with it.", join_and(parts),
                                   span_adj(years), net)
                     : fmt::format("Sign-on only, for when the grant is stuck: {}.", join_and(parts));
    } else {  // base
        if (!a.band_room)
            r = fmt::format("Base last: +{} a year closes the {}gap; the offer gives no band, so ask whether the "
                            "band has that room.",
                            a.base, net);
        else if (a.closes)
            r = fmt::format("Base last: +{} a year closes the {}gap, within the band's room of {} (top {}).", a.base,
                            net, *a.band_room, *o.band_max);
        else
            r = fmt::format("Base last: up to the band's top ({}, room {}) is not enough; {} of the {}gap remains.",
                            *o.band_max, *a.band_room, a.remaining, net);
    }
    return r + stretch_text(a.stretch);
}

std::vector<std::string> comparator_warnings(const Comparison& c) {
    std::vector<std::string> w;
    // A level that is given but maps to no ladder is said to be unknown, never guessed.
    auto unknown_level = [&w](const Offer& x) {
        if (x.level.empty() || x.level_rank || place_level(x.company, x.level)) return;
        w.push_back(fmt::format("{}: level \"{}\" is on no ladder offercalc knows{}: levels are not compared; "
                                "give level_rank to place it (docs/levels.md)",
                                x.name, x.level, x.company.empty() ? "" : " at " + x.company));
    };
    unknown_level(c.offers.front().offer);
    for (std::size_t i = 1; i < c.offers.size(); ++i) {
        const Offer& x = c.offers[i].offer;
        if (x.kind == OfferKind::Current)
            w.push_back(fmt::format("{} is your current job: leverage only as a reason to stay, never an offer",
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

/// "raise the RSU grant by $118,000 and the year-one sign-on by $73,000".
std::string spoken_changes(const Ask& a) {
    std::vector<std::string> parts;
    if (!a.rsu.is_zero()) parts.push_back("the RSU grant by " + said(a.rsu));
    if (!a.sign_on_y1.is_zero()) parts.push_back("the year-one sign-on by " + said(a.sign_on_y1));
    if (!a.sign_on_y2.is_zero()) parts.push_back("the year-two sign-on by " + said(a.sign_on_y2));
    if (!a.base.is_zero()) parts.push_back("the base by " + said(a.base) + " a year");
    return "raise " + join_and(parts);
}

Script make_script(const Comparison& c, const Ask* level, const Ask* cash) {
    const Projected& me = c.offers.front();
    const Offer& o = me.offer;
    const int years = me.projection.years;
    const std::string role = o.role.empty() ? "this role" : "the " + o.role + " role";
    const std::string at = o.company.empty() ? "" : " at " + o.company;
    const std::string place = o.company.empty() ? "this team" : o.company;
    const std::string mine = spoken_amount(me.projection.sum.total);

    std::string fact, deadline;
    const Offer* cited = c.goal_kind == GoalKind::Target || !c.strongest ? nullptr : &c.offers[*c.strongest].offer;
    if (cited) {
        const std::string who = cited->company.empty() ? cited->name : cited->company;
        const std::string lvl = cited->level.empty() ? "" : " at " + cited->level;
        const std::string worth = spoken_amount(c.offers[*c.strongest].projection.sum.total);
        if (cited->kind == OfferKind::Current)
            fact = fmt::format("Staying in my current role{} is worth {} {}, against {} here.",
                               cited->company.empty() ? "" : " at " + cited->company, worth, span(years), mine);
        else
            fact = fmt::format("I have a {} offer from {}{} worth {}{} {}, against {} here.",
                               cited->kind == OfferKind::Verbal ? "verbal" : "written", who, lvl,
                               cited->kind == OfferKind::Verbal ? "about " : "", worth, span(years), mine);
        if (cited->kind != OfferKind::Current && cited->close_date && *cited->close_date >= c.timeline.today)
            deadline = fmt::format(" {} needs my answer by {}.", who, cited->close_date->spoken());
    } else {
        fact = fmt::format("{} this offer comes to {}, and the package I am aiming for is {}.",
                           years == 1 ? "In the first year" : fmt::format("Over {} years", years), mine,
                           spoken_amount(c.goal));
    }

    std::string level_short, level_long;
    if (level) {
        const Offer* x = nullptr;
        for (const Projected& p : c.offers)
            if (p.offer.name == level->level_against) x = &p.offer;
        const std::string who = x && !x->company.empty() ? x->company : level->level_against;
        const std::string to = level->level_to.empty() ? "the next level" : level->level_to;
        const std::string theirs =
            x && x->kind == OfferKind::Current
                ? fmt::format("I am at {} today at {}", level->their_level, who)
                : fmt::format("{}'s {}offer is at {}", who, x && x->kind == OfferKind::Verbal ? "verbal " : "",
                              level->their_level);
        level_short = fmt::format(" Before the numbers, the level: {}, which compares with {} here. Could you "
                                  "consider me for {}?",
                                  theirs, to, to);
        level_long = fmt::format(" Before we talk numbers, I would like to raise the level. {}, which compares with "
                                 "{} here. Could you consider me for {}?",
                                 theirs, to, to);
    }
    const std::string stays =
        level ? fmt::format("If the level stays at {}, ", o.level.empty() ? "where it is" : o.level) : "";
    Script s;
    s.short_ask = fmt::format("Thank you for the offer: I am excited about {}{} and I want to make this work.{} {}",
                              role, at, level_short, fact);
    if (cash)
        s.short_ask += fmt::format(" {} {}, I am ready to accept.",
                                   level ? fmt::format("If the level stays at {} and you can",
                                                       o.level.empty() ? "where it is" : o.level)
                                         : "If you can",
                                   spoken_changes(*cash));
    s.short_ask += deadline;

    std::string year1, transition;
    if (cash && !cash->sign_on_y1.is_zero() && !c.year1_need.is_zero())
        year1 = fmt::format(" Year one is where the difference shows{}: {} in year one here, so the year-one sign-on "
                            "is what makes it whole.",
                            back_loaded(o) ? ", because the grant vests back-loaded" : "",
                            spoken_amount(me.projection.y(1).total));
    if (!o.transition_cost().is_zero()) {
        const char* what = o.transition_relocation.is_zero() ? "unvested equity"
                           : o.transition_unvested.is_zero() ? "relocation"
                                                             : "unvested equity and relocation";
        transition = fmt::format(" Moving also costs me {} in {}.", spoken_amount(o.transition_cost()), what);
    }
    std::string net;
    if (c.after_tax && cited)
        net = fmt::format(" I have compared the two after tax, since they are taxed differently: the difference is {} "
                          "{}{}, and the change I am asking for is sized to close it after tax.",
                          spoken_amount(c.gap), span(years),
                          years > 1 && c.year1_gap.in_cents() > 0
                              ? fmt::format(" and {} in year one", spoken_amount(c.year1_gap))
                              : "");
    s.long_ask = fmt::format("Thank you again for the offer and for the time the team has spent with me. I am "
                             "excited about {}{}: the scope is what I want to do next, and {} is my first choice. I "
                             "want to be open about where I stand.{} {}{}{}{}",
                             role, at, place, level_long, fact, net, year1, transition);
    if (cash)
        s.long_ask += fmt::format(
            " I am not asking you to match everything line by line. {} that would let me sign is this: "
            "{}. With that, year one comes to {} and {} to {}. If you can get there, I am ready to accept.",
            stays.empty() ? "The one change" : stays + "the one change", spoken_changes(*cash), spoken_amount(cash->year1_total),
            years == 1 ? "the year" : fmt::format("the {} years", years), spoken_amount(cash->total));
    s.long_ask += fmt::format("{} Could you let me know by {}?", deadline, c.timeline.answer_by.spoken());
    return s;
}

/// Why a confidence-sized ask is what it is.
std::string confident_reason(const Comparison& c, const Ask& a) {
    if (!a.feasible) return reason(c, a);
    const CompareOdds& o = *c.odds;
    const std::string& me = c.offers.front().offer.name;
    const std::string chance = percent_text(*a.wins, o.options.paths);
    if (a.rsu.is_zero() && a.sign_on_y1.is_zero() && a.sign_on_y2.is_zero() && a.base.is_zero())
        return fmt::format("{} already pays more than {} on {} of the paths: no {} ask is needed for a {}% chance.", me,
                           o.against, chance, to_words(a.lever), *o.confidence);
    return fmt::format("The smallest {} ask, in {} steps, with which {} pays more than {} on at least {}% of the "
                       "paths ({}); one step less falls short.{}",
                       to_words(a.lever), c.round, me, o.against, *o.confidence, chance, stretch_text(a.stretch));
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
    for (const Ask& a : c.asks) {
        if (a.lever == AskLever::Level) level = &a;
        else if (a.feasible && !cash) cash = &a;
    }
    if (level || cash) c.script = make_script(c, level, cash);
    // A goal met, but not the candidate's own: the file's target is only shown until
    // asked for (gross: after tax the asks cannot aim at it).
    const Money total = c.offers.front().projection.sum.total;
    const bool nothing_to_ask = c.gap.is_zero() || c.gap.is_negative();
    const bool aimed_at_target = c.goal_kind == GoalKind::Target;
    if (nothing_to_ask && !aimed_at_target && !c.after_tax && c.target && total < *c.target)
        c.below_target = fmt::format("Its {}-year total is {} below your target of {}; --target {} aims the asks at it.",
                                     c.offers.front().projection.years, *c.target - total, *c.target,
                                     c.target->plain());
}

}  // namespace detail

}  // namespace offercalc
