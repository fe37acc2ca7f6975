// State income taxes added for issue 26, checked against arithmetic done by hand from
// the schedules each block of data/tax/2026.json names. Every expected value is worked
// out in the comment above it. (tests/reference/tax.py sweeps every state; these pin
// the rules with a case each.)

#include "catch.hpp"

#include "offercalc/model.hpp"
#include "offercalc/tax.hpp"

using namespace offercalc;

namespace {

Money usd(double d) { return Money::cents(static_cast<std::int64_t>(d * 100 + (d < 0 ? -0.5 : 0.5))); }

Money state_tax(const char* state, double base, Filing f = Filing::Single) {
    Components c;
    c.base = usd(base);
    c.sum_parts();
    return tax_year(TaxProfile{f, state, ""}, c).tax.state;
}

}  // namespace

TEST_CASE("tax: a credit phased out at a rate of income (Utah's taxpayer credit)") {
    // 4.45% x 60,000 = 2,670; credit 6% x 16,100 = 966 less 1.3% x (60,000 - 18,213 =
    // 41,787) = 543.231 -> 422.769; 2,670 - 422.769 = 2,247.231.
    CHECK(state_tax("UT", 60000) == usd(2247.23));
    // At 180,000 the credit is gone: 966 - 1.3% x 161,787 < 0; 4.45% x 180,000 = 8,010.
    CHECK(state_tax("UT", 180000) == usd(8010));
    // Jointly at 60,000: credit 1,932 - 1.3% x (60,000 - 36,426) = 1,932 - 306.462 =
    // 1,625.538; 2,670 - 1,625.538 = 1,044.462.
    CHECK(state_tax("UT", 60000, Filing::MarriedJoint) == usd(1044.46));
}

TEST_CASE("tax: new states' brackets, deductions, exemptions and credits") {
    // Mississippi: 60,000 - 2,300 - 6,000 = 51,700; 4% x (51,700 - 10,000) = 1,668.
    CHECK(state_tax("MS", 60000) == usd(1668));
    // Virginia: 60,000 - 8,750 - 930 = 50,320; 60 + 60 + 600 + 5.75% x 33,320 (1,915.90).
    CHECK(state_tax("VA", 60000) == usd(2635.90));
    // Kansas: 60,000 - 3,605 - 9,160 = 47,235; 5.2% x 23,000 = 1,196 + 5.58% x 24,235
    // (1,352.313) = 2,548.313.
    CHECK(state_tax("KS", 60000) == usd(2548.31));
    // Iowa: federal taxable 60,000 - 16,100 = 43,900; 3.8% = 1,668.20, less the $40 credit.
    CHECK(state_tax("IA", 60000) == usd(1628.20));
    // Delaware: 60,000 - 3,250 = 56,750; 66 + 195 + 480 + 260 + 5.55% x 31,750 (1,762.125)
    // = 2,763.125, less the $110 credit = 2,653.125.
    CHECK(state_tax("DE", 60000) == usd(2653.13));
}
