#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "offercalc/fields.hpp"
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

/// Parses a money what-if value for `field`: "200k" (set), "+30k" / "-10k" (add),
/// "+5%" / "-2.5%" (scale). Throws a usage Error about the field quoting the text and
/// listing the accepted forms.
Adjustment parse_money_adjustment(std::string_view text, Field field);
/// Parses a percent what-if value: "15" (set to 15%), "+2" / "-2.5" (add points).
Adjustment parse_percent_adjustment(std::string_view text, Field field);

/// Applies an adjustment to a money field's amount; a result outside the field's range
/// (negative, above kMaxInputCents, a zero base) is a usage Error about the field.
Money apply(const Adjustment& a, Money current, Field field);
/// Applies a percent adjustment (value in ppm) to a percent field's rate; a result
/// outside the field's range is a usage Error about the field.
Rate apply(const Adjustment& a, Rate current, Field field);

/// The accepted forms, for help and error text.
inline constexpr const char* kMoneyForms = "200000, 200k, 1.2M, $200,000, +30k, -10k, +5%";
inline constexpr const char* kPercentForms = "15, 12.5, +2, -2.5";

}  // namespace offercalc
