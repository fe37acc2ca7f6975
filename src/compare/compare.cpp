// compare(): the analysis, the asks, the timeline and the words, in that order.

#include <algorithm>

#include "compare/parts.hpp"
#include "core/wide.hpp"
#include "offercalc/error.hpp"
#include "offercalc/text.hpp"

namespace offercalc {

const char* to_string(AskLever l) {
    switch (l) {
        case AskLever::Level: return "level";
        case AskLever::Rsu: return "rsu";
        case AskLever::RsuSignOn: return "rsu+sign_on";
        case AskLever::SignOn: return "sign_on";
        case AskLever::Base: return "base";
        case AskLever::Shares: return "shares";
        case AskLever::SharesSignOn: return "shares+sign_on";
        case AskLever::ExerciseWindow: return "exercise_window";
        case AskLever::EarlyExercise: return "early_exercise";
    }
    return "?";
}

bool adds_shares(AskLever l) { return l == AskLever::Shares || l == AskLever::SharesSignOn; }
bool option_term(AskLever l) { return l == AskLever::ExerciseWindow || l == AskLever::EarlyExercise; }

std::string spoken_from(Date d, Date today) {
    // Within half a year of today the weekday and day say which date it is; further off,
    // the year is said too (a close long past is not "Friday, June 18" of this year).
    const long apart = d.days() > today.days() ? d.days() - today.days() : today.days() - d.days();
    return apart > 183 ? d.spoken() + ", " + std::to_string(d.year()) : d.spoken();
}

std::string by_day(Date d, Date today) { return d == today ? "today" : "by " + spoken_from(d, today); }

AskLever ask_lever(Lever l) {
    switch (l) {
        case Lever::Rsu: return AskLever::Rsu;
        case Lever::SignOn: return AskLever::SignOn;
        case Lever::Base: return AskLever::Base;
    }
    return AskLever::Rsu;
}

namespace {

/// The goal: the target, or the comparator the asks aim at (see Comparison::cited).
void set_goal(Comparison& c, const CompareOptions& opts) {
    const bool net = c.after_tax;
    for (const ComparatorFacts& f : c.situation.comparators) {
        const auto total = [&](std::size_t i) { return detail::worth_total(c.offers[i], net); };
        if (detail::leverage(c.situation, f) && (!c.cited || total(f.index) > total(*c.cited))) c.cited = f.index;
    }
    if (opts.target) {
        c.goal = *opts.target;
        c.goal_kind = GoalKind::Target;
        c.goal_label = "your target";
    } else {
        c.goal = detail::worth_total(c.offers[*c.cited], net);
        c.goal_label = c.offers[*c.cited].offer.name;
        c.goal_year1_gap = c.gaps[*c.cited - 1].years.front();
    }
}

/// Year one is bridged against every comparator that leads in it, except closed ones
/// while any is still live (a closed offer is not current leverage).
void set_year1_gap(Comparison& c) {
    const Projected& me = c.offers.front();
    for (const ComparatorFacts& f : c.situation.comparators) {
        if (!detail::leverage(c.situation, f)) continue;
        const Projected& x = c.offers[f.index];
        // In cash: a lead in year one that is options on paper is no case for a cash bridge.
        const Money y1 = detail::cash_year(x, 1, c.after_tax) - detail::cash_year(me, 1, c.after_tax);
        if (y1 > c.year1_gap) {
            c.year1_gap = y1;
            c.year1_against = x.offer.name;
        }
    }
}

/// A dollar grant converted above today's price is worth less than its figure: the ask
/// to fix the share count, said at the end of the longer script.
void add_share_count_ask(Comparison& c) {
    const Offer& me = c.offers.front().offer;
    if (!me.rsu_conversion || !me.rsu) return;
    const RsuConversion& r = *me.rsu_conversion;
    if (r.conversion_price <= r.price_today) return;
    ShareCountAsk a;
    a.promised = r.promised;
    a.value_today = me.rsu->value;
    a.converted = r.shares;
    a.conversion_price = r.conversion_price;
    a.price_today = r.price_today;
    const i128 cents = static_cast<i128>(r.promised.in_cents()) * 10'000;
    a.shares = static_cast<std::int64_t>((cents + r.price_today.micros - 1) / r.price_today.micros);
    if (a.shares <= a.converted) return;  // a share floor already buys it
    c.share_count_ask = a;
    if (c.script)
        c.script->long_ask += fmt::format(
            " One more thing: the RSU grant is set at {} and converted at {} a share, above today's {}, so it comes "
            "to {} today. Could we fix it at {} shares instead?",
            spoken_amount(a.promised), a.conversion_price.text(), a.price_today.text(), spoken_amount(a.value_today),
            grouped_count(a.shares));
}

}  // namespace

Comparison compare(std::vector<Projected> offers, const CompareOptions& opts) {
    if (offers.empty() || (offers.size() < 2 && !opts.target))
        throw usage_error("compare needs the offer and at least one competing offer, or a target");
    if (offers.front().offer.kind == OfferKind::Current)
        throw usage_error(offers.front().offer.name +
                          ": the offer under negotiation is your current job; the first offer must be the one "
                          "you are negotiating, with your current job after it");
    if (opts.round.in_cents() <= 0) throw usage_error("round: the asks' rounding must be a positive amount");
    if (opts.after_tax && opts.target)
        throw usage_error(Subject::Kind::Target,
                          "a target is a gross package figure; after tax, the asks aim at the competing "
                          "offers' net pay");
    Comparison c;
    c.offers = std::move(offers);
    c.round = opts.round;
    const bool net = c.after_tax = opts.after_tax;
    if (net)
        for (Projected& p : c.offers)
            if (!p.after_tax) add_after_tax(p);
    const Projected& me = c.offers.front();
    const int years = me.projection.years;
    using detail::worth_total;
    for (std::size_t i = 1; i < c.offers.size(); ++i) {
        const Projected& x = c.offers[i];
        c.gaps.push_back(detail::make_gap(me, x, net));
        if (!c.strongest || worth_total(x, net) > worth_total(c.offers[*c.strongest], net)) c.strongest = i;
    }
    c.floor = opts.floor ? opts.floor : me.offer.floor;
    c.target = opts.target ? opts.target : me.offer.target;
    c.situation = detail::make_situation(c, opts.today);
    set_goal(c, opts);
    set_year1_gap(c);
    // Against the comparator the asks aim at: a closed offer is not what the growth must match.
    if (c.cited && c.situation.comparators[*c.cited - 1].same_company) {
        // One company's stock: a growth applies to every grant of it, the comparator's too.
        c.breakeven_shared = true;
        const SharedBreakeven b = shared_breakeven_growth(me.offer, c.offers[*c.cited].offer, years, net);
        c.breakeven_growth = b.growth;
        c.breakeven_leads_low = b.leads_low;
    } else if (c.cited) {
        c.breakeven_growth = breakeven_growth(me.offer, years, worth_total(c.offers[*c.cited], net), net);
    }
    c.gap = c.goal - worth_total(me, net);
    c.situation.tie = !c.gap.is_zero() && abs(c.gap) < c.round;
    // Year one short by less than one step is a tie too: no ask can be that small.
    c.year1_need = max(c.year1_gap, c.situation.uncovered);
    if (c.year1_need < c.round) c.year1_need = Money();
    c.asks = detail::plan_asks(c);
    if (opts.confidence && !opts.odds)
        throw usage_error(Subject::Kind::Confidence, "sizing asks for a chance needs the odds options");
    if (opts.odds) detail::add_odds(c, opts);
    c.timeline = detail::make_timeline(c, opts);
    detail::add_words(c);
    add_share_count_ask(c);
    return c;
}

}  // namespace offercalc
