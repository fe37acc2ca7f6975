#pragma once

// Internal: 128-bit intermediates for exact products of cents and fractions (a GCC and
// clang extension, kept out of the installed headers).

#include <cstdint>

namespace offercalc {

__extension__ typedef __int128 i128;
__extension__ typedef unsigned __int128 u128;

/// round_half_away for what does not fit the 64-bit path below.
std::int64_t round_half_away_wide(i128 num, std::int64_t den);

/// Rounds num/den to the nearest integer, halves away from zero ("round half away").
/// den must be positive. Exact (128-bit intermediate); most products fit in 64 bits,
/// where the division is much cheaper, so that path is inline.
inline std::int64_t round_half_away(i128 num, std::int64_t den) {
    if (num < 0 || num > INT64_MAX) return round_half_away_wide(num, den);
    const auto n = static_cast<std::uint64_t>(num), d = static_cast<std::uint64_t>(den);
    const std::uint64_t q = n / d, r = n % d;
    return static_cast<std::int64_t>(r >= d - r ? q + 1 : q);  // remainder x 2 >= den, without overflow
}

}  // namespace offercalc
