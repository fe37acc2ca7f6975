#pragma once

// Stock options (a startup's equity): whole shares vesting by a schedule, valued on
// paper at a price per share, and an offer's exit scenarios. DOMAIN.md "Startup equity".

#include <cstdint>
#include <vector>

#include "offercalc/model.hpp"
#include "offercalc/offer.hpp"

namespace offercalc {

/// One vest of options: `shares` at `strike`, `month` months after the start, of a grant
/// made `grant_month` months after the start.
struct OptionVest {
    int grant_month = 0, month = 0;
    std::int64_t shares = 0;
    SharePrice strike;
    std::int64_t before = 0;  ///< the grant's shares vested before this vest

    /// shares x price for this vest, as the difference of the grant's cumulative
    /// products (each rounded half away to the cent): a grant's vests add up to the
    /// whole grant's shares x price to the cent, and a year of them to that year's.
    Money at(SharePrice price) const { return price.times(before + shares) - price.times(before); }
    /// The cash to exercise this vest: at(strike).
    Money cost() const { return at(strike); }
};

/// Every vest of the offer's options (initial grant, then refreshers), up to `last_month`.
/// Shares vest whole: each tranche's cumulative count is rounded down, so the last one
/// completes the grant.
std::vector<OptionVest> option_vests(const Options& o, int last_month);

/// The paper value of one vest at `price` grown under the offer's growth and convention:
/// max(0, grow(at(price)) - cost()). Zero when the price (grown) is at or below the strike.
Money option_value(const OptionVest& v, SharePrice price, const Offer& offer);

/// Adds the options vesting in the years shown to each year's `options`, and the paper
/// value (at the price, no growth) of those vesting later to `options_after`.
void add_options(const Offer& offer, Projection& p);

/// Cash needed to exercise what vests in each year shown (shares x strike): index 0 is
/// year 1. The whole grant's cost is exercise_cost(o, kMaxVestMonth * 2).
std::vector<Money> exercise_cost_by_year(const Options& o, int years);
Money exercise_cost(const Options& o, int last_month);

/// Shares outstanding at the end of employment year `year`: fully diluted shares grown
/// by the dilution each year, rounded to whole shares each year.
std::int64_t shares_outstanding(const CapTable& c, int year);

/// Common's price at an exit valued at `valuation` at the end of `year`:
/// max(0, valuation - preferences) / shares_outstanding, rounded half away to a
/// millionth of a dollar. A simplification of the real waterfall (no participation,
/// no conversion choice, no per-series seniority).
SharePrice common_price(const CapTable& c, Money valuation, int year);

/// The price a scenario gives a common share: its price, or its valuation through the cap table.
SharePrice exit_price(const Options& o, const ExitScenario& s);

/// What one exit is worth: the options vested by the end of its year, at its price.
struct ExitValue {
    ExitScenario scenario;
    SharePrice price;
    std::int64_t vested = 0;  ///< shares vested by then
    Money value;              ///< max(0, price - strike) x vested, each vest at its own strike (no growth)
    Money cost;               ///< cash to exercise them: vested x strike
};

/// The exits weighed: each one's value, the expected value (the sum of probability x
/// value, rounded half away once) and the chance the options end worth nothing (the
/// probability left unassigned plus that of exits worth nothing).
struct ExitOutlook {
    std::vector<ExitValue> exits;
    Money expected;
    Rate chance_of_nothing;
};
ExitOutlook exit_outlook(const Options& o);

/// The price a multiple of the preferred gives: preferred x multiple/100 (a multiple in
/// hundredths: 300 is 3x), rounded half away to a millionth of a dollar.
SharePrice price_at_multiple(SharePrice preferred, std::int64_t hundredths);

}  // namespace offercalc
