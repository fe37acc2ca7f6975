#pragma once
// Internal: the ask solver's searches for the smallest number of --round steps.

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>
#include <limits>
#include <map>
#include <vector>

#include "offercalc/money.hpp"

namespace offercalc::detail {

/// The fewest steps k in lo+1..max_k for which `ok(k)` holds, assuming that once it
/// holds it holds for every larger k and that it fails at lo; nullopt when even max_k
/// fails. Starts at `guess`: from there it steps out, doubling, until it brackets the
/// answer, then bisects. Never tries a k above max_k.
template <typename F>
std::optional<std::int64_t> min_steps_from(F&& ok, std::int64_t lo, std::int64_t guess, std::int64_t max_k) {
    if (lo >= max_k) return std::nullopt;
    std::int64_t hi = std::clamp(guess, lo + 1, max_k);
    if (ok(hi)) {
        for (std::int64_t step = 1; hi - step > lo; step *= 2) {
            if (!ok(hi - step)) {
                lo = hi - step;
                break;
            }
            hi -= step;
        }
    } else {
        lo = hi;
        for (std::int64_t step = 1;; step *= 2) {
            if (lo == max_k) return std::nullopt;
            const std::int64_t next = lo + std::min(step, max_k - lo);
            if (ok(next)) {
                hi = next;
                break;
            }
            lo = next;
        }
    }
    while (hi - lo > 1) {
        const std::int64_t mid = lo + (hi - lo) / 2;
        (ok(mid) ? hi : lo) = mid;
    }
    return hi;
}

/// The fewest steps k in 0..max_k for which `ok(k)` holds (as above, with no guess).
template <typename F>
std::optional<std::int64_t> min_steps(F&& ok, std::int64_t max_k) {
    if (ok(0)) return 0;
    return min_steps_from(ok, 0, 1, max_k);
}

inline std::int64_t amount(Money m) { return m.in_cents(); }
inline std::int64_t amount(std::int64_t n) { return n; }

/// The fewest steps k in 0..max_k with measure(k) >= target, for a measure that
/// never falls as k grows (pay with an ask, paths won). Pay grows nearly in
/// proportion to an ask, so the first guess comes from the measure's change over one
/// step: when it is right, four evaluations find the answer instead of a bisection's
/// twenty, and the answer is the same.
template <typename F, typename T>
std::optional<std::int64_t> min_steps_to(F&& measure, T target, std::int64_t max_k) {
    const T at0 = measure(0);
    if (at0 >= target) return 0;
    if (max_k <= 0) return std::nullopt;
    const T at1 = measure(1);
    if (at1 >= target) return 1;
    std::int64_t guess = 2;
    if (amount(at1) > amount(at0)) {
        const long double steps = 1 + static_cast<long double>(amount(target) - amount(at1)) /
                                          static_cast<long double>(amount(at1) - amount(at0));
        guess = steps < static_cast<long double>(max_k) ? static_cast<std::int64_t>(std::ceil(steps)) : max_k;
    }
    return min_steps_from([&](std::int64_t k) { return measure(k) >= target; }, 1, guess, max_k);
}

/// Paths on which `mine` pays more than `theirs`.
inline std::int64_t paths_won(const std::vector<std::int64_t>& mine, const std::vector<std::int64_t>& theirs) {
    std::int64_t n = 0;
    for (std::size_t i = 0; i < mine.size(); ++i) n += mine[i] > theirs[i];
    return n;
}

/// The fewest steps k in 0..max_k at which `pay(k)` (the pay on each path) wins on at
/// least `needed` paths against `theirs`, for pay that never falls as k grows, with
/// the paths it wins there. Each path's pay grows nearly in proportion to an ask, so
/// the pay at 0 and 1 step gives every path the steps it needs to win; the needed-th
/// fewest is the first guess. From there the search is exact, so the answer is the
/// bisection's.
struct StepsWon {
    std::int64_t steps, wins;
};
template <typename F>
std::optional<StepsWon> min_steps_to_win(F&& pay, const std::vector<std::int64_t>& theirs, std::int64_t needed,
                                         std::int64_t max_k) {
    std::map<std::int64_t, std::int64_t> won;  // steps -> paths won, each simulated once
    const std::vector<std::int64_t> at0 = pay(0);
    if ((won[0] = paths_won(at0, theirs)) >= needed) return StepsWon{0, won[0]};
    if (max_k <= 0) return std::nullopt;
    const std::vector<std::int64_t> at1 = pay(1);
    if ((won[1] = paths_won(at1, theirs)) >= needed) return StepsWon{1, won[1]};
    std::vector<double> steps(at0.size(), std::numeric_limits<double>::infinity());
    for (std::size_t i = 0; i < at0.size(); ++i) {
        const auto rise = static_cast<double>(at1[i] - at0[i]);
        if (at0[i] > theirs[i]) steps[i] = 0;
        else if (rise > 0) steps[i] = (static_cast<double>(theirs[i] - at0[i]) + 1) / rise;
    }
    const auto nth = steps.begin() + (needed - 1);
    std::nth_element(steps.begin(), nth, steps.end());
    const std::int64_t guess = *nth < static_cast<double>(max_k)
                                   ? std::max<std::int64_t>(2, static_cast<std::int64_t>(std::ceil(*nth)))
                                   : max_k;
    const auto k = min_steps_from(
        [&](std::int64_t s) {
            const auto [at, fresh] = won.try_emplace(s, 0);
            if (fresh) at->second = paths_won(pay(s), theirs);
            return at->second >= needed;
        },
        1, guess, max_k);
    if (!k) return std::nullopt;
    return StepsWon{*k, won.at(*k)};
}

}  // namespace offercalc::detail
