// compare --odds: the chance each ask wins under stock risk, and asks sized for a chance.

#include <array>
#include <map>

#include "compare/parts.hpp"
#include "compare/search.hpp"
#include "odds/engine.hpp"
#include "offercalc/error.hpp"

namespace offercalc::detail {

void add_odds(Comparison& c, const CompareOptions& opts) {
    OddsOptions options = *opts.odds;
    options.after_tax = c.after_tax;
    if (opts.confidence && (*opts.confidence < 1 || *opts.confidence > 99))
        throw usage_error(Subject::Kind::Confidence,
                          fmt::format("expected a whole percent from 1 to 99, found {}", *opts.confidence));
    check_odds(c.offers, options);
    Market market(c.offers, options);
    market.keep_first_draws();  // the offer's own company: each candidate ask reuses them
    const auto paths = static_cast<std::size_t>(options.paths);
    const Projected& me = c.offers.front();
    const int years = me.projection.years;
    CompareOdds o;
    o.options = options;
    o.options.progress = nullptr;
    // Against the comparator the asks aim at (the strongest live one) on each path, or
    // the fixed target without one.
    std::vector<std::int64_t> theirs(paths, c.goal.in_cents());
    // Promotions are expected pay, not offered: no ask counts on them, so the paths here
    // leave them out on both sides (odds draws them).
    if (c.cited) {
        Projected cited = c.offers[*c.cited];
        cited.offer.promotions.clear();
        theirs = std::move(market.simulate({&cited}).front().total);
        o.against = c.offers[*c.cited].offer.name;
    } else {
        o.against = c.goal_label;
    }
    // The offer's own company is drawn first, so each candidate costs one company's draws.
    // Every offer simulated here is the offer with changes to its grant, sign-on and
    // base only, or to its options' shares (an ask), so those five amounts tell candidates
    // apart: one tried twice (the offer itself, a search's start) is simulated once.
    std::map<std::array<std::int64_t, 5>, std::vector<std::int64_t>> simulated;
    const PathPay pay = [&](const Offer& offer) {
        const std::array<std::int64_t, 5> key{offer.rsu ? offer.rsu->value.in_cents() : -1, offer.sign_on_y1.in_cents(),
                                              offer.sign_on_y2.in_cents(), offer.base.in_cents(),
                                              offer.options ? offer.options->shares : -1};
        if (const auto it = simulated.find(key); it != simulated.end()) return it->second;
        Projected p;
        p.offer = offer;
        p.offer.promotions.clear();
        p.projection = project(p.offer, years);
        return simulated[key] = std::move(market.simulate({&p}).front().total);
    };
    o.wins_now = paths_won(pay(me.offer), theirs);
    for (Ask& a : c.asks)
        if (a.feasible && a.lever != AskLever::Level && !option_term(a.lever))
            a.wins = paths_won(pay(with_changes(me.offer, a)), theirs);
    if (opts.confidence) {
        o.confidence = opts.confidence;
        o.needed = (static_cast<std::int64_t>(*opts.confidence) * options.paths + 99) / 100;
        o.confident = confident_asks(c, pay, theirs, o.needed);
    }
    c.odds = std::move(o);
}

}  // namespace offercalc::detail
