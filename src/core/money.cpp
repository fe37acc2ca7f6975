#include "offercalc/money.hpp"

#include <array>
#include <bit>

#include <algorithm>
#include <cmath>
#include <limits>

#include "offercalc/error.hpp"
#include "core/wide.hpp"

namespace offercalc {

namespace {

[[noreturn]] void too_large() { throw data_error("amount too large: a total does not fit in 64-bit cents"); }

std::int64_t checked(i128 v) {
    if (v > std::numeric_limits<std::int64_t>::max() || v < std::numeric_limits<std::int64_t>::min()) too_large();
    return static_cast<std::int64_t>(v);
}

}  // namespace

Money Money::dollars(std::int64_t d) { return Money(checked(static_cast<i128>(d) * 100)); }

void Money::overflow() { too_large(); }

Money Money::operator-() const { return Money(checked(-static_cast<i128>(cents_))); }

Money Money::times(std::int64_t k) const { return Money(checked(static_cast<i128>(cents_) * k)); }

char* Money::write_plain(char* out) const {
    // Hot in sweep and batch: digits are written in place, two at a time, last first.
    static constexpr char kPairs[] =
        "0001020304050607080910111213141516171819202122232425262728293031323334353637383940414243444546474849"
        "5051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899";
    auto pair = [](char* at, std::uint64_t two_digits) {
        at[0] = kPairs[2 * two_digits];
        at[1] = kPairs[2 * two_digits + 1];
    };
    const std::uint64_t mag = cents_ < 0 ? 0 - static_cast<std::uint64_t>(cents_) : static_cast<std::uint64_t>(cents_);
    if (cents_ < 0) *out++ = '-';
    std::uint64_t whole = mag / 100;
    // The number of digits from the bit width: log10(2) is about 1233/4096.
    static constexpr auto kPow10 = [] {
        std::array<std::uint64_t, 20> p{1};
        for (std::size_t k = 1; k < p.size(); ++k) p[k] = p[k - 1] * 10;
        return p;
    }();
    const auto t = static_cast<int>((std::bit_width(whole | 1) * 1233) >> 12);
    const int digits = t + 1 - ((whole | 1) < kPow10[static_cast<std::size_t>(t)]);  // 0 has one digit
    char* end = out + digits;
    char* at = end;
    for (; whole >= 100; whole /= 100) {
        at -= 2;
        pair(at, whole % 100);
    }
    if (whole >= 10) pair(at - 2, whole);
    else at[-1] = static_cast<char>('0' + whole);
    end[0] = '.';
    pair(end + 1, mag % 100);
    return end + 3;
}

void Money::append_plain(std::string& out) const {
    char buf[24];
    out.append(buf, static_cast<std::size_t>(write_plain(buf) - buf));  // not append(first, last): a replace
}

std::string Money::plain() const {
    char buf[24];
    return std::string(buf, write_plain(buf));
}

std::string Money::pretty() const {
    // Written backwards into a buffer: cents, the point, then digits in groups of three.
    char buf[40];
    char* at = buf + sizeof buf;
    std::uint64_t mag = cents_ < 0 ? 0 - static_cast<std::uint64_t>(cents_) : static_cast<std::uint64_t>(cents_);
    *--at = static_cast<char>('0' + mag % 10);
    *--at = static_cast<char>('0' + mag / 10 % 10);
    *--at = '.';
    mag /= 100;
    for (int digits = 0; digits == 0 || mag != 0; ++digits) {
        if (digits > 0 && digits % 3 == 0) *--at = ',';
        *--at = static_cast<char>('0' + mag % 10);
        mag /= 10;
    }
    *--at = '$';
    if (cents_ < 0) *--at = '-';
    return std::string(at, buf + sizeof buf);
}

std::int64_t round_half_away_wide(i128 num, std::int64_t den) {
    const bool neg = num < 0;
    const u128 mag = neg ? -num : num;
    const auto d = static_cast<u128>(den);
    u128 q = mag / d;
    if ((mag % d) * 2 >= d) ++q;
    return checked(neg ? -static_cast<i128>(q) : static_cast<i128>(q));
}

std::int64_t mul_div_round(std::int64_t a, std::int64_t b, std::int64_t den) {
    return round_half_away(static_cast<i128>(a) * b, den);
}

Money round_up_to(Money amount, Money unit) {
    if (unit.in_cents() <= 0) throw usage_error(fmt::format("round_up_to: the unit must be positive, found {}", unit));
    if (amount.in_cents() <= 0) return Money();
    const std::int64_t u = unit.in_cents();
    const std::int64_t n = (amount.in_cents() + u - 1) / u;
    return unit.times(n);
}

std::string Rate::percent() const {
    // ppm / 10'000 = percent, up to four decimals, trailing zeros dropped.
    char buf[40];
    char* at = buf;
    if (ppm < 0) *at++ = '-';
    const u128 mag = ppm < 0 ? -static_cast<i128>(ppm) : ppm;
    at = fmt::format_to(at, "{}", static_cast<std::uint64_t>(mag / 10'000));
    if (auto frac = static_cast<unsigned>(mag % 10'000); frac != 0) {
        *at++ = '.';
        for (unsigned digit = 1000; frac != 0; digit /= 10) {
            *at++ = static_cast<char>('0' + frac / digit);
            frac %= digit;
        }
    }
    return std::string(buf, at);
}

Money apply_rate(Money amount, Rate rate) {
    if (rate.ppm == 0) return Money();
    return Money::cents(round_half_away(static_cast<i128>(amount.in_cents()) * rate.ppm, Rate::kOne));
}

bool parse_scaled_decimal(std::string_view text, int scale, std::int64_t& out) {
    std::size_t i = 0;
    bool neg = false;
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) neg = text[i++] == '-';
    std::string digits;  // all significant digits, integer part then fraction
    int frac_digits = 0;
    bool any = false, dot = false;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (c >= '0' && c <= '9') {
            any = true;
            if (!(digits.empty() && c == '0')) digits += c;
            if (dot) ++frac_digits;
            if (digits.size() > 40) return false;
        } else if (c == '.' && !dot) {
            dot = true;
        } else {
            break;
        }
    }
    if (!any) return false;
    long exponent = 0;
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        bool eneg = false;
        if (i < text.size() && (text[i] == '-' || text[i] == '+')) eneg = text[i++] == '-';
        if (i == text.size()) return false;
        for (; i < text.size(); ++i) {
            if (text[i] < '0' || text[i] > '9') return false;
            exponent = exponent * 10 + (text[i] - '0');
            if (exponent > 1000) return false;
        }
        if (eneg) exponent = -exponent;
    }
    if (i != text.size()) return false;
    if (digits.empty()) {
        out = 0;
        return true;
    }
    // value = digits * 10^(exponent - frac_digits); scaled = value * 10^scale
    long shift = exponent - frac_digits + scale;
    while (shift < 0 && !digits.empty() && digits.back() == '0') {
        digits.pop_back();
        ++shift;
    }
    if (shift < 0) return false;  // more precision than allowed
    if (static_cast<long>(digits.size()) + shift > 19) return false;
    i128 v = 0;
    for (char c : digits) v = v * 10 + (c - '0');
    for (long k = 0; k < shift; ++k) v *= 10;
    if (neg) v = -v;
    if (v > std::numeric_limits<std::int64_t>::max() || v < std::numeric_limits<std::int64_t>::min()) return false;
    out = static_cast<std::int64_t>(v);
    return true;
}

}  // namespace offercalc
