#include "catch.hpp"

#include "support.hpp"
#include <limits>

#include "offercalc/error.hpp"
#include "offercalc/money.hpp"
#include "core/wide.hpp"

using namespace offercalc;

TEST_CASE("Money prints plain and pretty forms", "[money]") {
    CHECK(Money().plain() == "0.00");
    CHECK(Money().pretty() == "$0.00");
    CHECK(Money::cents(123456789).plain() == "1234567.89");
    CHECK(Money::cents(123456789).pretty() == "$1,234,567.89");
    CHECK(Money::cents(-5).plain() == "-0.05");
    CHECK(Money::cents(-5).pretty() == "-$0.05");
    CHECK(Money::cents(100000).pretty() == "$1,000.00");
    CHECK(Money::cents(99999).pretty() == "$999.99");
    CHECK(Money::cents(std::numeric_limits<std::int64_t>::min()).plain() == "-92233720368547758.08");
    CHECK(Money::cents(std::numeric_limits<std::int64_t>::max()).pretty() == "$92,233,720,368,547,758.07");
    CHECK(Money::cents(std::numeric_limits<std::int64_t>::min()).pretty() == "-$92,233,720,368,547,758.08");
    CHECK(Money::cents(100).pretty() == "$1.00");
    CHECK(Money::cents(-100'000'00).pretty() == "-$100,000.00");
}

TEST_CASE("plain is right at every digit-count boundary", "[money]") {
    // Expected text built from std::to_string, an independent formatter.
    auto expected = [](std::int64_t cents) {
        const std::uint64_t mag = cents < 0 ? 0 - static_cast<std::uint64_t>(cents) : static_cast<std::uint64_t>(cents);
        const std::string frac = std::to_string(mag % 100);
        return (cents < 0 ? "-" : "") + std::to_string(mag / 100) + "." + (frac.size() == 1 ? "0" : "") + frac;
    };
    std::int64_t p = 1;
    for (int k = 0; k <= 18; ++k) {  // p = 10^k
        for (std::int64_t c : {p - 1, p, p + 1, 99 * (p / 100 + 1), -p, -(p - 1)}) {
            CHECK(Money::cents(c).plain() == expected(c));
            std::string after = "x: ";  // append_plain adds to what is there
            Money::cents(c).append_plain(after);
            CHECK(after == "x: " + expected(c));
        }
        if (k < 18) p *= 10;
    }
    CHECK(Money::cents(std::numeric_limits<std::int64_t>::max()).plain() == "92233720368547758.07");
}

TEST_CASE("Money formats with width through fmt", "[money]") {
    CHECK(fmt::format("{:>10}", Money::cents(100)) == "     $1.00");
    CHECK(fmt::format("{:<7}|", Money::cents(100)) == "$1.00  |");
}

TEST_CASE("Money arithmetic is checked", "[money]") {
    const Money big = Money::cents(std::numeric_limits<std::int64_t>::max());
    CHECK((Money::cents(1) + Money::cents(2)).in_cents() == 3);
    CHECK_THROWS_AS(big + Money::cents(1), Error);
    CHECK_THROWS_AS(-big - Money::cents(2), Error);
    CHECK_THROWS_AS(big.times(2), Error);
    const Error e = testing::error_of([&] { (void)(big + big); });
    CHECK(e.status() == kExitDataErr);
    CHECK(std::string(e.what()) == "amount too large: a total does not fit in 64-bit cents");
    CHECK(Money::dollars(185000).in_cents() == 18500000);
    // The edges, each side: the sum or difference that just fits, and the one that does not.
    const Money least = Money::cents(std::numeric_limits<std::int64_t>::min());
    CHECK((big + Money::cents(-1)).in_cents() == std::numeric_limits<std::int64_t>::max() - 1);
    CHECK((least + Money::cents(0)) == least);
    CHECK_THROWS_AS(least + Money::cents(-1), Error);
    CHECK((least - Money::cents(-1)).in_cents() == std::numeric_limits<std::int64_t>::min() + 1);
    CHECK_THROWS_AS(least - Money::cents(1), Error);
    CHECK_THROWS_AS(Money() - least, Error);  // 2^63 does not fit
    CHECK((Money::cents(-1) - big) == least);
    CHECK_THROWS_AS(big - Money::cents(-1), Error);
    CHECK((big + least).in_cents() == -1);
}

TEST_CASE("round_half_away rounds halves away from zero", "[money][rounding]") {
    CHECK(round_half_away(5, 10) == 1);    // 0.5 -> 1
    CHECK(round_half_away(-5, 10) == -1);  // -0.5 -> -1
    CHECK(round_half_away(4, 10) == 0);    // 0.4 -> 0
    CHECK(round_half_away(15, 10) == 2);   // 1.5 -> 2
    CHECK(round_half_away(25, 10) == 3);   // 2.5 -> 3 (not banker's 2)
    CHECK(round_half_away(-25, 10) == -3);
    CHECK(round_half_away(7, 3) == 2);  // 2.33 -> 2
    CHECK(round_half_away(8, 3) == 3);  // 2.67 -> 3
}

TEST_CASE("round_up_to rounds asks up to the unit", "[money][rounding]") {
    const Money k = Money::dollars(1000);
    CHECK(round_up_to(Money::dollars(78750), k) == Money::dollars(79000));
    CHECK(round_up_to(Money::dollars(191000), k) == Money::dollars(191000));
    CHECK(round_up_to(Money::cents(1), k) == Money::dollars(1000));
    CHECK(round_up_to(Money(), k) == Money());
    CHECK(round_up_to(Money::dollars(-5), k) == Money());
}

TEST_CASE("apply_rate rounds the product half away from zero", "[money][rounding]") {
    // 10% of $174,836.32 = $17,483.632 -> $17,483.63
    CHECK(apply_rate(Money::cents(17483632), Rate{100000}) == Money::cents(1748363));
    // 50% of 5 cents = 2.5 cents -> 3 cents
    CHECK(apply_rate(Money::cents(5), Rate{500000}) == Money::cents(3));
    // 3% of $160,000 = $4,800
    CHECK(apply_rate(Money::dollars(160000), Rate{30000}) == Money::dollars(4800));
}

TEST_CASE("parse_scaled_decimal is exact", "[money][parse]") {
    std::int64_t v = 0;
    CHECK((parse_scaled_decimal("123.45", 2, v) && v == 12345));
    CHECK((parse_scaled_decimal("1e3", 2, v) && v == 100000));
    CHECK((parse_scaled_decimal("1.5E-1", 2, v) && v == 15));
    CHECK((parse_scaled_decimal("1.230", 2, v) && v == 123));
    CHECK((parse_scaled_decimal("-0.5", 2, v) && v == -50));
    CHECK((parse_scaled_decimal("0", 2, v) && v == 0));
    CHECK((parse_scaled_decimal("33.3333", 4, v) && v == 333333));
    CHECK_FALSE(parse_scaled_decimal("0.001", 2, v));
    CHECK_FALSE(parse_scaled_decimal("abc", 2, v));
    CHECK_FALSE(parse_scaled_decimal("", 2, v));
    CHECK_FALSE(parse_scaled_decimal("1e400", 2, v));
    CHECK_FALSE(parse_scaled_decimal("99999999999999999999", 0, v));
    CHECK_FALSE(parse_scaled_decimal("1.2.3", 2, v));
}

TEST_CASE("Rate prints its percent without trailing zeros", "[money]") {
    CHECK(Rate{50000}.percent() == "5");
    CHECK(Rate{125000}.percent() == "12.5");
    CHECK(Rate{-32500}.percent() == "-3.25");
    CHECK(Rate{1}.percent() == "0.0001");
    CHECK(Rate{0}.percent() == "0");
    CHECK(Rate{500}.percent() == "0.05");
    CHECK(Rate{12'345'678}.percent() == "1234.5678");
    CHECK(Rate{-10'000}.percent() == "-1");
    CHECK(Rate{std::numeric_limits<std::int64_t>::min()}.percent() == "-922337203685477.5808");
}

TEST_CASE("round_up_to needs a positive unit", "[money][rounding]") {
    CHECK(round_up_to(Money::cents(100001), Money::dollars(1000)) == Money::dollars(2000));
    CHECK(round_up_to(Money::cents(-5), Money::dollars(1000)) == Money());
    CHECK(testing::error_of([] { (void)round_up_to(Money::dollars(5), Money()); }).status() == kExitUsage);
    CHECK(testing::error_of([] { (void)round_up_to(Money::dollars(5), Money::cents(-100)); }).status() == kExitUsage);
}
