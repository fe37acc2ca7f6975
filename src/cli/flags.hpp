#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

#include "offercalc/fields.hpp"
#include "offercalc/model.hpp"
#include "offercalc/money.hpp"
#include "offercalc/whatif.hpp"

namespace offercalc::cli {

// The flags several commands share: the what-if flags, the tax flags, amounts.

/// The command line's name for each field (fields.hpp) and what it means in help.
struct FieldFlag {
    Field field;
    const char* flag;
    const char* help;  ///< its what-if help
};
inline constexpr FieldFlag kFieldFlags[] = {
    {Field::Base, "--base", "annual base"},
    {Field::SignOnY1, "--sign-on-y1", "year-one sign-on"},
    {Field::SignOnY2, "--sign-on-y2", "year-two sign-on"},
    {Field::Rsu, "--rsu", "RSU grant value"},
    {Field::RaisePct, "--raise-pct", "yearly raise percent"},
    {Field::BonusPct, "--bonus-pct", "target bonus percent"},
    {Field::Growth, "--growth", "stock growth percent per year"},
    {Field::Refresh, "--refresh", "assumed yearly refresher (an assumption, never in a total)"},
};

/// The what-if flags as typed, resolved after parsing (so bad values are usage errors).
struct WhatIfFlags {
    std::array<std::optional<std::string>, kFieldCount> values;  ///< indexed by Field
    std::optional<std::string> convention;
    std::vector<std::string> sets;
    std::optional<std::string> option_price, option_multiple;
    WhatIf resolve() const;
};
void add_whatif_flags(CLI::App& sub, WhatIfFlags& f, const char* group_note);

/// The option price flags named in a message: "--option-price" or "--option-multiple".
const char* option_price_flag(const OptionPricing& p);

/// --after-tax and the flags that override the offer files' "tax" block.
struct TaxFlags {
    bool after_tax = false;
    std::optional<std::string> filing, state, city;
    /// Applies --filing, --state and --city to the offer's tax profile, and with
    /// --after-tax taxes its projection.
    void apply(Projected& p) const;
    void apply(std::vector<Projected>& offers) const {
        for (Projected& p : offers) apply(p);
    }
};
void add_tax_flags(CLI::App& sub, TaxFlags& f);

/// ASCII letters in upper case ("wa" -> "WA"); other bytes as they are.
std::string upper_ascii(std::string_view s);

/// A state as typed, upper-cased when that makes it a code in the tax table ("wa" ->
/// "WA"), else as typed, so that an error quotes what the user wrote ("new york").
std::string state_code(std::string_view typed);

/// An absolute amount flag (--floor, --target, --round, --year1-at-least); a usage
/// Error quoting the text otherwise.
Money amount_flag(const std::string& text, const char* flag);

/// A whole-number flag as typed: digits only, from `lo` to `hi`. Anything else (a sign,
/// a fraction, an exponent, a value past 64 bits) is a usage error naming the flag and
/// `range` ("a whole number from 1 to 10", say) and quoting the text.
std::uint64_t whole_flag(const std::string& text, const char* flag, std::uint64_t lo, std::uint64_t hi,
                         const char* range);

/// A CLI11 check of a whole-number option from `lo` to `hi`, in offercalc's words:
/// "expected a whole number from 1 to 120, found 13.5" (CLI11's own says "Value 13.5
/// not in range 1 to 120").
CLI::Validator whole_range(std::int64_t lo, std::int64_t hi);

/// A decimal number flag as typed (12, -0.5, .25), from `lo` to `hi`; a usage error
/// naming the flag and `range` and quoting the text otherwise.
double number_flag(const std::string& text, const char* flag, double lo, double hi, const char* range);

}  // namespace offercalc::cli
