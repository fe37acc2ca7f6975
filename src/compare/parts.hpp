#pragma once

// Internal: the parts `compare()` is built from, one concern each.
//   analysis.cpp  gaps, overtaking, break-even growth
//   asks.cpp      the ask solver: facts only, no words
//   timeline.cpp  the calendar and the timeline
//   words.cpp     reasons, warnings and the ask scripts
//   compare_render.cpp  text, chart and JSON

#include <functional>

#include "offercalc/compare.hpp"
#include "offercalc/tax.hpp"
#include "offercalc/levels.hpp"

namespace offercalc::detail {

/// What compare weighs: gross pay, or net pay with --after-tax (p.after_tax set).
Money worth_year(const Projected& p, int n, bool net);
/// worth_year() without the options' paper value (net already leaves it out): what year
/// one's bridge, a cash sign-on, is sized against.
Money cash_year(const Projected& p, int n, bool net);
Money worth_total(const Projected& p, bool net);

/// An offer's year one in cash (as cash_year) or total over `years`, taxed when `net`
/// (the searches' loop).
Money year1_worth(const Offer& o, int years, bool net);
Money total_worth(const Offer& o, int years, bool net);

Gap make_gap(const Projected& offer, const Projected& other, bool net);

/// The level ask when a comparator's level maps above the offer's; nullopt otherwise.
std::optional<Ask> level_ask(const Comparison& c);
/// How readily a recruiter grants a cash ask against `gap`, 0 (closes, no stretch) to 4
/// (cannot be made): the cash asks are ranked by it, the lever order within each value.
int grant_order(const Ask& a, Money gap);
/// Where a cash ask is ranked, 0 (first) to 6: by grant_order, except that a base ask
/// that can be made comes after every other ask that closes, but an RSU-only ask of a
/// doubled grant or ten times the gap (base moves last; a sign-on always leads it).
int plan_place(const Ask& a, Money gap);
/// The cash asks, ranked by plan_place, the lever order within each place.
std::vector<Ask> cash_asks(const Comparison& c);
/// Shares per step of a shares ask: the power of ten at or below 1% of the grant, at
/// least 1 (60,000 shares: steps of 100; 1,000,000: steps of 10,000).
std::int64_t share_step(std::int64_t shares);
/// The option terms to ask for, which cost the company no cash: a 10-year exercise
/// window when the offer's is under a year, early exercise when it is off. They never
/// close a gap (closes false; remaining is the gap as it stands).
std::vector<Ask> option_term_asks(const Comparison& c);
/// With the total met: the year-one sign-on that makes year one whole (year_one_only).
Ask year_one_ask(const Comparison& c);

/// The situation: each comparator's kind, close status, level relation and gaps;
/// the uncovered transition cost, the fixed levers, the horizon, gross or net.
Situation make_situation(const Comparison& c, Date today);
/// Whether a comparator is leverage the asks may aim at: not a copy of the offer, and
/// not closed, unless every other comparator has closed (then all are, and the scripts
/// wait on an extension).
inline bool leverage(const Situation& s, const ComparatorFacts& f) {
    return !f.copy && (f.status != CloseStatus::Closed || s.all_closed);
}
/// The plan: the asks in the order a recruiter can grant them (plan.cpp), then the
/// option terms (option_term_asks). Empty only when nothing is short (not the total,
/// year one, the level or the transition cost) and no option term is to be asked.
std::vector<Ask> plan_asks(const Comparison& c);
/// A level's rank on the common scale (level_rank, else the company's ladder).
std::optional<LevelPlace> place(const Offer& o);

Timeline make_timeline(const Comparison& c, const CompareOptions& opts);

/// The offer with an ask's changes applied, exactly as the what-if flags apply them.
Offer with_changes(const Offer& offer, const Ask& a);

/// The chance figures of compare --odds (compare_odds.cpp).
void add_odds(Comparison& c, const CompareOptions& opts);
/// An offer's pay on every path of the simulation.
using PathPay = std::function<std::vector<std::int64_t>(const Offer&)>;
/// The asks sized for opts' confidence: the fewest steps with which `pay(offer)` wins
/// (pays more than `theirs`) on at least `needed` paths.
std::vector<Ask> confident_asks(const Comparison& c, const PathPay& pay, const std::vector<std::int64_t>& theirs,
                                std::int64_t needed);

/// Fills each ask's reason, the warnings about comparators and levels, and the script.
void add_words(Comparison& c);

}  // namespace offercalc::detail
