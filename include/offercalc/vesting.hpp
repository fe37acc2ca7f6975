#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "offercalc/money.hpp"

namespace offercalc {

/// Months after the grant by which every tranche must have vested.
inline constexpr int kMaxVestMonth = 120;

/// One vesting event: at `month` after the grant, weight/denominator of the grant vests.
struct Tranche {
    int month = 0;
    std::int64_t weight = 0;
};

/// A vesting schedule: tranches in strictly increasing month order whose weights add
/// up to `denominator`. Fractions are exact (1/48 is weight 1 of 48, not 2.0833%).
struct Schedule {
    std::string name;  ///< preset name, or "custom"
    std::vector<Tranche> tranches;
    std::int64_t denominator = 1;

    /// The percent of the grant vesting in each grant year, e.g. {5, 15, 40, 40}
    /// (as text with up to two decimals).
    std::vector<std::string> yearly_percents() const;
    /// "amazon (5/15/40/40 by year)".
    std::string describe() const;
};

/// The named presets, in display order.
const std::vector<Schedule>& vesting_presets();
/// A preset by name, or nullptr.
const Schedule* find_preset(std::string_view name);

/// Calls f(month, amount) for each tranche of `grant`. The amount vested by a tranche
/// is the difference of two rounded cumulative values (grant x cumulative fraction,
/// rounded half away from zero), so the tranches add up to the grant to the cent.
template <typename F>
void for_each_tranche(Money grant, const Schedule& s, F&& f) {
    std::int64_t cum = 0;
    Money before;
    for (const Tranche& t : s.tranches) {
        cum += t.weight;
        const Money after = Money::cents(mul_div_round(grant.in_cents(), cum, s.denominator));
        f(t.month, after - before);
        before = after;
    }
}

}  // namespace offercalc
