#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include <fmt/format.h>

namespace offercalc {

/// An exact amount of US dollars, held as integer cents. Arithmetic is checked:
/// a result that does not fit in 64 bits throws a data Error ("amount too large").
class Money {
public:
    constexpr Money() = default;
    static constexpr Money cents(std::int64_t c) { return Money(c); }
    /// Whole dollars; throws when out of range.
    static Money dollars(std::int64_t d);

    constexpr std::int64_t in_cents() const { return cents_; }
    constexpr bool is_zero() const { return cents_ == 0; }
    constexpr bool is_negative() const { return cents_ < 0; }

    // Wrapping unsigned arithmetic (C++20 converts back modulo 2^64), then the sign
    // test for overflow: as cheap as a compiler builtin, in standard C++.
    Money operator+(Money o) const {
        const auto r =
            static_cast<std::int64_t>(static_cast<std::uint64_t>(cents_) + static_cast<std::uint64_t>(o.cents_));
        if (((cents_ ^ r) & (o.cents_ ^ r)) < 0) overflow();
        return Money(r);
    }
    Money operator-(Money o) const {
        const auto r =
            static_cast<std::int64_t>(static_cast<std::uint64_t>(cents_) - static_cast<std::uint64_t>(o.cents_));
        if (((cents_ ^ o.cents_) & (cents_ ^ r)) < 0) overflow();
        return Money(r);
    }
    Money operator-() const;
    Money& operator+=(Money o) { return *this = *this + o; }
    Money& operator-=(Money o) { return *this = *this - o; }
    /// Multiplies by an integer count (checked).
    Money times(std::int64_t k) const;

    friend constexpr auto operator<=>(Money, Money) = default;

    /// "1234.50", "-0.05": plain decimal with exactly two decimals (JSON, CSV).
    std::string plain() const;
    /// Writes plain() into out (at least 24 chars) without allocating; returns the end.
    char* write_plain(char* out) const;
    /// Appends plain() to out, without a string in between.
    void append_plain(std::string& out) const;
    /// "$1,234.50", "-$0.05": human form with thousands separators.
    std::string pretty() const;

    /// Throws the data Error for a result that does not fit.
    [[noreturn]] static void overflow();

private:
    constexpr explicit Money(std::int64_t c) : cents_(c) {}
    std::int64_t cents_ = 0;
};

constexpr Money max(Money a, Money b) { return a < b ? b : a; }
/// The amount without its sign (as operator-, an error at the most negative amount).
inline Money abs(Money m) { return m.is_negative() ? -m : m; }

/// The largest amount an input may carry: $1,000,000,000,000 (10^14 cents). Larger
/// inputs are rejected so that totals over ten years stay far from the int64 limit.
inline constexpr std::int64_t kMaxInputCents = 100'000'000'000'000;

/// a x b / den rounded to the nearest integer, halves away from zero ("round half
/// away"), exactly; den must be positive. A data Error ("amount too large") when the
/// result does not fit in 64 bits.
std::int64_t mul_div_round(std::int64_t a, std::int64_t b, std::int64_t den);

/// Rounds a positive amount up to a whole multiple of unit ("round up"); zero for an
/// amount at or below zero. A unit at or below zero is a usage Error.
Money round_up_to(Money amount, Money unit);

/// A percentage held exactly in millionths of a whole (ppm): 5% is 50'000, 0.0001% is 1.
struct Rate {
    std::int64_t ppm = 0;
    friend constexpr auto operator<=>(Rate, Rate) = default;
    static constexpr std::int64_t kOne = 1'000'000;  ///< 100%
    /// The percent as text with no trailing zeros: "5", "12.5", "-3.25".
    std::string percent() const;
    double fraction() const { return static_cast<double>(ppm) / kOne; }
};

/// amount x rate, rounded half away from zero to the cent.
Money apply_rate(Money amount, Rate rate);

/// Parses a plain decimal ("123", "-4.5", "1e3", "2.5E-1") into an integer scaled by
/// 10^scale, exactly. Returns false when the text is not a decimal number, has more
/// precision than scale allows, or does not fit in int64.
bool parse_scaled_decimal(std::string_view text, int scale, std::int64_t& out);

}  // namespace offercalc

/// Money prints as "$1,234.50" and honours width and alignment: fmt::format("{:>12}", m).
template <>
struct fmt::formatter<offercalc::Money> : fmt::formatter<std::string_view> {
    template <typename Ctx>
    auto format(const offercalc::Money& m, Ctx& ctx) const {
        const std::string s = m.pretty();
        return fmt::formatter<std::string_view>::format(std::string_view(s), ctx);
    }
};
