#include <string>

#include <fmt/format.h>

#include "core/wide.hpp"
#include "offercalc/offer.hpp"

namespace offercalc {

Money SharePrice::times(std::int64_t shares) const {
    constexpr std::int64_t kMicrosPerCent = 10'000;
    const i128 product = static_cast<i128>(micros) * shares;
    const i128 limit = static_cast<i128>(INT64_MAX) * kMicrosPerCent;
    if (product > limit || product < -limit) Money::overflow();
    return Money::cents(round_half_away(product, kMicrosPerCent));
}

std::string SharePrice::text() const {
    const std::int64_t frac = micros % 1'000'000;
    std::string whole = Money::cents(micros / 1'000'000 * 100).pretty();  // "$1,234.00"
    whole.resize(whole.size() - 3);
    if (frac == 0) return whole;
    std::string digits = fmt::format("{:06}", frac);
    while (digits.size() > 2 && digits.back() == '0') digits.pop_back();
    return whole + "." + digits;
}

const char* to_string(OptionType t) { return t == OptionType::Iso ? "iso" : "nso"; }

}  // namespace offercalc
