#include "offercalc/amount.hpp"

#include <fmt/format.h>

#include "offercalc/error.hpp"

namespace offercalc {

namespace {

/// Removes thousands separators when they group digits by three before any point.
bool strip_commas(std::string_view in, std::string& out) {
    out.clear();
    const auto point = in.find('.');
    const std::string_view whole = in.substr(0, point);
    if (whole.find(',') != std::string_view::npos) {
        std::size_t group = 0;
        bool first = true;
        for (char c : whole) {
            if (c == ',') {
                if ((first && (group == 0 || group > 3)) || (!first && group != 3)) return false;
                first = false;
                group = 0;
            } else {
                ++group;
            }
        }
        if (group != 3) return false;
    }
    for (char c : in)
        if (c != ',') out += c;
    return point == std::string_view::npos || in.substr(point).find(',') == std::string_view::npos;
}

bool only_plain_decimal(std::string_view s) {
    if (s.empty()) return false;
    bool digit = false, dot = false;
    for (char c : s) {
        if (c >= '0' && c <= '9') digit = true;
        else if (c == '.' && !dot) dot = true;
        else return false;
    }
    return digit;
}

[[noreturn]] void bad_value(Field field, std::string_view text, const char* forms) {
    throw usage_error(field, fmt::format("invalid value \"{}\"; accepted forms: {}", text, forms));
}

/// A percent typed as a plain decimal, in ppm, of at most `max_pct`: a malformed text
/// gets the accepted forms, a larger one `range` (what is expected instead).
std::int64_t typed_percent(std::string_view num, std::string_view text, Field field, const char* forms, int max_pct,
                           const std::string& range) {
    if (!only_plain_decimal(num)) bad_value(field, text, forms);
    std::int64_t ppm = 0;
    const bool fits = parse_scaled_decimal(num, 4, ppm);
    const auto dot = num.find('.');
    if (!fits && dot != std::string_view::npos && num.size() - dot - 1 > 4)
        throw usage_error(field, fmt::format("\"{}\" has more than four decimals", text));
    if (!fits || ppm > std::int64_t{max_pct} * Rate::kOne / 100)
        throw usage_error(field, fmt::format("\"{}\" is out of range; expected {}", text, range));
    return ppm;
}

}  // namespace

std::optional<Money> parse_amount(std::string_view text) {
    std::string_view s = text;
    if (!s.empty() && s.front() == '$') s.remove_prefix(1);
    int scale_digits = 0;
    if (!s.empty() && (s.back() == 'k' || s.back() == 'K')) scale_digits = 3;
    else if (!s.empty() && (s.back() == 'm' || s.back() == 'M')) scale_digits = 6;
    if (scale_digits != 0) s.remove_suffix(1);
    std::string plain;
    if (!strip_commas(s, plain) || !only_plain_decimal(plain)) return std::nullopt;
    std::int64_t cents = 0;
    if (!parse_scaled_decimal(plain, 2 + scale_digits, cents) || cents > kMaxInputCents) return std::nullopt;
    return Money::cents(cents);
}

Adjustment parse_money_adjustment(std::string_view text, Field field) {
    if (text.empty()) bad_value(field, text, kMoneyForms);
    const char sign = text.front();
    if (sign != '+' && sign != '-') {
        const auto m = parse_amount(text);
        if (!m) bad_value(field, text, kMoneyForms);
        return {Adjustment::Kind::Set, m->in_cents()};
    }
    const std::string_view rest = text.substr(1);
    if (!rest.empty() && rest.back() == '%') {
        const std::int64_t ppm = typed_percent(rest.substr(0, rest.size() - 1), text, field, kMoneyForms, 10000,
                                               "a change of at most 10000%");
        return {Adjustment::Kind::Scale, sign == '-' ? -ppm : ppm};
    }
    const auto m = parse_amount(rest);
    if (!m) bad_value(field, text, kMoneyForms);
    return {Adjustment::Kind::Add, sign == '-' ? -m->in_cents() : m->in_cents()};
}

Adjustment parse_percent_adjustment(std::string_view text, Field field) {
    std::string_view num = text;
    const bool relative = !num.empty() && (num.front() == '+' || num.front() == '-');
    if (relative) num.remove_prefix(1);
    const std::int64_t ppm =
        typed_percent(num, text, field, kPercentForms, 1000, "a result that is " + range_text(spec(field).range));
    if (!relative) return {Adjustment::Kind::Set, ppm};
    return {Adjustment::Kind::Add, text.front() == '-' ? -ppm : ppm};
}

Money apply(const Adjustment& a, Money current, Field field) {
    Money r;
    switch (a.kind) {
        case Adjustment::Kind::Set: r = Money::cents(a.value); break;
        case Adjustment::Kind::Add: r = current + Money::cents(a.value); break;
        case Adjustment::Kind::Scale: r = current + apply_rate(current, Rate{a.value}); break;
    }
    if (r.is_negative())
        throw usage_error(field, fmt::format("the change would make the amount negative ({})", r.pretty()));
    if (r.in_cents() > kMaxInputCents)
        throw usage_error(field, "the change makes the amount larger than $1,000,000,000,000");
    if (field == Field::Base && r.is_zero()) throw usage_error(field, "the base must stay above zero");
    return r;
}

Rate apply(const Adjustment& a, Rate current, Field field) {
    const Rate r = a.kind == Adjustment::Kind::Set ? Rate{a.value} : Rate{current.ppm + a.value};
    const FieldSpec& f = spec(field);
    if (!in_range(f.range, r))
        throw usage_error(f.field, fmt::format("the change gives {}%; expected {}", r.percent(), range_text(f.range)));
    return r;
}

}  // namespace offercalc
