// The flags several commands share, and how their values are checked.

#include "flags.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <string>

#include <fmt/format.h>

#include "offercalc/error.hpp"
#include "offercalc/parse.hpp"
#include "offercalc/tax.hpp"
#include "offercalc/text.hpp"

namespace offercalc::cli {

namespace {

/// "PATH=VALUE" for --set; a usage error when there is no '='.
Override parse_set(const std::string& text) {
    const auto eq = text.find('=');
    if (eq == std::string::npos || eq == 0)
        throw usage_error(
            fmt::format("--set: invalid value \"{}\"; expected PATH=VALUE, e.g. rsu.vesting=even-annual", text));
    return {text.substr(0, eq), text.substr(eq + 1)};
}

/// A decimal flag as typed, scaled by 10^places exactly: digits with at most one point
/// and at most `places` decimals, from 0 to `hi` (scaled); a usage error naming the flag
/// and `range` and quoting the text otherwise.
std::int64_t decimal_flag(const std::string& text, const char* flag, int places, std::int64_t hi, const char* range) {
    std::int64_t v = 0;
    const bool plain = !text.empty() && text.find_first_not_of("0123456789.") == std::string::npos;
    if (!plain || !parse_scaled_decimal(text, places, v) || v < 0 || v > hi)
        throw usage_error(fmt::format("{}: expected {}, found {}", flag, range, text.empty() ? "''" : text));
    return v;
}

}  // namespace

const char* option_price_flag(const OptionPricing& p) { return p.multiple ? "--option-multiple" : "--option-price"; }

WhatIf WhatIfFlags::resolve() const {
    WhatIf w;
    for (const FieldSpec& f : kFields) {
        const std::optional<std::string>& text = values[static_cast<std::size_t>(f.field)];
        if (text)
            w[f.field] = f.percent ? parse_percent_adjustment(*text, f.field) : parse_money_adjustment(*text, f.field);
    }
    if (convention) {
        if (*convention == "vest_date") w.convention = Convention::VestDate;
        else if (*convention == "recruiter") w.convention = Convention::Recruiter;
        else
            throw usage_error(
                fmt::format("--convention: invalid value \"{}\"; expected vest_date or recruiter", *convention));
    }
    for (const std::string& s : sets) w.sets.push_back(parse_set(s));
    if (option_price)
        w.option_price = OptionPricing{
            SharePrice{decimal_flag(*option_price, "--option-price", 6, 100'000'000'000,
                                    "a price per share in dollars from 0 to 100000, with at most six decimals")},
            std::nullopt};
    if (option_multiple)
        w.option_price = OptionPricing{
            std::nullopt, decimal_flag(*option_multiple, "--option-multiple", 2, 100'000,
                                       "a multiple of the preferred price from 0 to 1000, with at most two decimals")};
    return w;
}

Money amount_flag(const std::string& text, const char* flag) {
    const auto m = parse_amount(text);
    if (!m)
        throw usage_error(
            fmt::format("{}: invalid amount \"{}\"; accepted forms: 1000000, 1M, $1,000,000", flag, text));
    return *m;
}

namespace {

/// The text as found in a message: '' for nothing.
std::string typed(const std::string& text) { return text.empty() ? "''" : text; }

}  // namespace

std::uint64_t whole_flag(const std::string& text, const char* flag, std::uint64_t lo, std::uint64_t hi,
                         const char* range) {
    bool ok = !text.empty();
    std::uint64_t v = 0;
    for (const char ch : text) {
        if (ch < '0' || ch > '9') {
            ok = false;
            break;
        }
        const auto digit = static_cast<std::uint64_t>(ch - '0');
        if (v > (UINT64_MAX - digit) / 10) {  // past 2^64 - 1: out of every range
            ok = false;
            break;
        }
        v = v * 10 + digit;
    }
    if (!ok || v < lo || v > hi) throw usage_error(fmt::format("{}: expected {}, found {}", flag, range, typed(text)));
    return v;
}

CLI::Validator whole_range(std::int64_t lo, std::int64_t hi) {
    return CLI::Validator(
        [lo, hi](std::string& text) -> std::string {
            const std::string range = fmt::format("a whole number from {} to {}", grouped_count(lo), grouped_count(hi));
            try {
                whole_flag(text, "", static_cast<std::uint64_t>(lo), static_cast<std::uint64_t>(hi), "");
            } catch (const Error&) {
                return fmt::format("expected {}, found {}", range, typed(text));
            }
            return "";
        },
        fmt::format("INT in [{} - {}]", lo, hi));  // as CLI::Range describes itself in help
}

double number_flag(const std::string& text, const char* flag, double lo, double hi, const char* range) {
    // Digits with at most one point, after an optional minus: no exponent, no inf or nan.
    std::size_t i = !text.empty() && text[0] == '-' ? 1 : 0;
    std::size_t digits = 0, points = 0;
    for (std::size_t k = i; k < text.size(); ++k) {
        if (text[k] >= '0' && text[k] <= '9') ++digits;
        else if (text[k] == '.') ++points;
        else points = 2;
    }
    const double v = digits > 0 && points <= 1 ? std::strtod(text.c_str(), nullptr) : 0.0;
    if (digits == 0 || points > 1 || !(v >= lo && v <= hi))
        throw usage_error(fmt::format("{}: expected {}, found {}", flag, range, typed(text)));
    return v;
}

void add_whatif_flags(CLI::App& sub, WhatIfFlags& f, const char* group_note) {
    const std::string g = fmt::format("What-if ({})", group_note);
    for (const FieldFlag& ff : kFieldFlags)
        sub.add_option(ff.flag, f.values[static_cast<std::size_t>(ff.field)],
                       fmt::format("{} ({})", ff.help, spec(ff.field).percent ? kPercentForms : kMoneyForms))
            ->group(g);
    sub.add_option("--convention", f.convention, "growth convention: vest_date or recruiter")->group(g);
    sub.add_option("--set", f.sets, "set any offer field: PATH=VALUE, e.g. rsu.vesting=even-annual")->group(g);
    CLI::Option* price =
        sub.add_option(
               "--option-price", f.option_price,
               "every file's stock options counted at this price per share (dollars), not the last preferred price")
            ->type_name("DOLLARS")
            ->group(g);
    sub.add_option("--option-multiple", f.option_multiple,
                   "every file's stock options counted at K times its last preferred price (0.5, 3, 10)")
        ->type_name("K")
        ->group(g)
        ->excludes(price);
}

void add_tax_flags(CLI::App& sub, TaxFlags& f) {
    const char* g = "After tax";
    sub.add_flag("--after-tax", f.after_tax,
                 "net figures beside gross: federal, FICA, state, city and state payroll taxes (estimates)")
        ->group(g);
    sub.add_option("--filing", f.filing, "filing status: single, married_joint, married_separate or head_of_household")
        ->group(g);
    sub.add_option("--state", f.state, "state whose taxes apply, two letters (WA, CA, NY...)")->group(g);
    sub.add_option("--city", f.city, "city tax (NYC); --city '' for none")->group(g);
}

std::string upper_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return out;
}

std::string state_code(std::string_view typed) {
    const std::string code = upper_ascii(typed);
    const auto& codes = tax_states();
    return std::find(codes.begin(), codes.end(), code) != codes.end() ? code : std::string(typed);
}

void TaxFlags::apply(Projected& p) const {
    if (filing || state || city) {
        TaxProfile t = p.offer.tax.value_or(TaxProfile{});
        if (filing) {
            const auto f = filing_from(*filing);
            if (!f)
                throw usage_error(
                    fmt::format("--filing: invalid value \"{}\"; expected single, married_joint, "
                                "married_separate or head_of_household",
                                *filing));
            t.filing = *f;
        }
        if (state && upper_ascii(*state) != upper_ascii(t.state)) {
            t.state = state_code(*state);
            t.city.clear();  // a city belongs to its state
        }
        if (city) t.city = *city;
        check_profile(t);  // its errors name the flag (error_text)
        p.offer.tax = t;
    }
    if (after_tax) add_after_tax(p);
}

}  // namespace offercalc::cli
