#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "offercalc/money.hpp"

namespace offercalc {

/// An absolute amount as a person writes it: "200000", "200000.50", "200k", "1.2M",
/// "$200,000" (commas in groups of three). Exact to the cent; nullopt otherwise.
std::optional<Money> parse_amount(std::string_view text);

/// A what-if value: set to an amount, add a signed amount, or scale by a percent.
struct Adjustment {
    enum class Kind { Set, Add, Scale };
    Kind kind = Kind::Set;
    std::int64_t value = 0;  ///< cents (money) or ppm (percent fields); for Scale, ppm
};

/// Parses a money what-if value: "200k" (set), "+30k" / "-10k" (add), "+5%" / "-2.5%"
/// (scale). Throws a usage Error quoting the text and listing the accepted forms.
Adjustment parse_money_adjustment(std::string_view text, std::string_view flag);
/// Parses a percent what-if value: "15" (set to 15%), "+2" / "-2.5" (add points).
Adjustment parse_percent_adjustment(std::string_view text, std::string_view flag);

/// Applies an adjustment to a current amount; a negative result is a usage Error.
Money apply(const Adjustment& a, Money current, std::string_view flag);
/// Applies a percent adjustment (value in ppm) to a current rate.
Rate apply(const Adjustment& a, Rate current);

/// The accepted forms, for help and error text.
inline constexpr const char* kMoneyForms =
    "200000, 200k, 1.2M, $200,000, +30k, -10k, +5%";
inline constexpr const char* kPercentForms = "15, 12.5, +2, -2.5";

}  // namespace offercalc
