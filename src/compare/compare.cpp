// compare(): the analysis, the asks, the timeline and the words, in that order.

#include <algorithm>

#include "compare/parts.hpp"
#include "offercalc/error.hpp"

namespace offercalc {

const char* to_string(AskLever l) {
    switch (l) {
        case AskLever::Level: return "level";
        case AskLever::Rsu: return "rsu";
        case AskLever::RsuSignOn: return "rsu+sign_on";
        case AskLever::SignOn: return "sign_on";
        case AskLever::Base: return "base";
    }
    return "?";
}

AskLever ask_lever(Lever l) {
    switch (l) {
        case Lever::Rsu: return AskLever::Rsu;
        case Lever::SignOn: return AskLever::SignOn;
        case Lever::Base: return AskLever::Base;
    }
    return AskLever::Rsu;
}

Comparison compare(std::vector<Projected> offers, const CompareOptions& opts) {
    if (offers.empty() || (offers.size() < 2 && !opts.target))
        throw usage_error("compare needs the offer and at least one competing offer, or a target");
    if (opts.round.in_cents() <= 0) throw usage_error("round: the asks' rounding must be a positive amount");
    if (opts.after_tax && opts.target)
        throw usage_error("target", "a target is a gross package figure; after tax, the asks aim at the competing "
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
    using detail::worth_year;
    for (std::size_t i = 1; i < c.offers.size(); ++i) {
        const Projected& x = c.offers[i];
        c.gaps.push_back(detail::make_gap(me, x, net));
        if (!c.strongest || worth_total(x, net) > worth_total(c.offers[*c.strongest], net)) c.strongest = i;
        // Year one is bridged against every comparator that leads in it.
        const Money y1 = worth_year(x, 1, net) - worth_year(me, 1, net);
        if (y1 > c.year1_gap) {
            c.year1_gap = y1;
            c.year1_against = x.offer.name;
        }
    }
    c.floor = opts.floor ? opts.floor : me.offer.floor;
    c.target = opts.target ? opts.target : me.offer.target;
    if (opts.target) {
        c.goal = *opts.target;
        c.goal_kind = GoalKind::Target;
        c.goal_label = "your target";
    } else {
        c.goal = worth_total(c.offers[*c.strongest], net);
        c.goal_label = c.offers[*c.strongest].offer.name;
    }
    if (c.strongest)
        c.breakeven_growth = breakeven_growth(me.offer, years, worth_total(c.offers[*c.strongest], net), net);
    c.gap = c.goal - worth_total(me, net);
    const Money uncovered = max(Money(), me.offer.transition_cost() - me.offer.sign_on_y1);
    c.year1_need = max(c.year1_gap, uncovered);
    if (c.gap.in_cents() > 0) {
        if (auto level = detail::level_ask(c)) c.asks.push_back(std::move(*level));
        for (Ask& a : detail::cash_asks(c)) c.asks.push_back(std::move(a));
    }
    if (opts.confidence && !opts.odds) throw usage_error("confidence", "sizing asks for a chance needs the odds options");
    if (opts.odds) detail::add_odds(c, opts);
    c.timeline = detail::make_timeline(c, opts);
    detail::add_words(c);
    return c;
}

}  // namespace offercalc
