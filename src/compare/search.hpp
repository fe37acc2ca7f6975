#pragma once
// Internal: the ask solver's searches for the smallest number of --round steps.

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>

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
        const long double steps =
            1 + static_cast<long double>(amount(target) - amount(at1)) / static_cast<long double>(amount(at1) - amount(at0));
        guess = steps < static_cast<long double>(max_k) ? static_cast<std::int64_t>(std::ceil(steps)) : max_k;
    }
    return min_steps_from([&](std::int64_t k) { return measure(k) >= target; }, 1, guess, max_k);
}

}  // namespace offercalc::detail
