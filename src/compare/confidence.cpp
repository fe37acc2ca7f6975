// compare --odds: the chance each ask wins under stock risk, and asks sized for a chance.

#include "compare/parts.hpp"
#include "odds/engine.hpp"
#include "offercalc/error.hpp"

namespace offercalc::detail {

void add_odds(Comparison& c, const CompareOptions& opts) {
    OddsOptions options = *opts.odds;
    options.after_tax = c.after_tax;
    if (opts.confidence && (*opts.confidence < 1 || *opts.confidence > 99))
        throw usage_error("confidence", fmt::format("expected a whole percent from 1 to 99, found {}", *opts.confidence));
    check_odds(c.offers, options);
    const Market market(c.offers, options);
    const auto paths = static_cast<std::size_t>(options.paths);
    const Projected& me = c.offers.front();
    const int years = me.projection.years;
    CompareOdds o;
    o.options = options;
    // Against the comparator the asks aim at (the strongest live one) on each path, or
    // the fixed target without one.
    std::vector<std::int64_t> theirs(paths, c.goal.in_cents());
    if (c.cited) {
        theirs = std::move(market.simulate({&c.offers[*c.cited]}).front().total);
        o.against = c.offers[*c.cited].offer.name;
    } else {
        o.against = c.goal_label;
    }
    // The offer's own company is drawn first, so each candidate costs one company's draws.
    auto wins = [&](const Offer& offer) {
        Projected p;
        p.offer = offer;
        p.projection = project(offer, years);
        const std::vector<std::int64_t> mine = std::move(market.simulate({&p}).front().total);
        std::int64_t n = 0;
        for (std::size_t i = 0; i < paths; ++i) n += mine[i] > theirs[i];
        return n;
    };
    o.wins_now = wins(me.offer);
    for (Ask& a : c.asks)
        if (a.feasible && a.lever != AskLever::Level) a.wins = wins(with_changes(me.offer, a));
    if (opts.confidence) {
        o.confidence = opts.confidence;
        o.needed = (static_cast<std::int64_t>(*opts.confidence) * options.paths + 99) / 100;
        o.confident = confident_asks(c, wins, o.needed);
    }
    c.odds = std::move(o);
}

}  // namespace offercalc::detail
