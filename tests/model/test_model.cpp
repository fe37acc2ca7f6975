#include "catch.hpp"

#include "support.hpp"
#include <cmath>

#include "offercalc/error.hpp"
#include "offercalc/model.hpp"

using namespace offercalc;

namespace {

Offer amazon() {
    Offer o;
    o.name = "amazon";
    o.base = Money::dollars(175000);
    o.sign_on_y1 = Money::dollars(65000);
    o.sign_on_y2 = Money::dollars(52000);
    o.rsu = Grant{Money::dollars(240000), *find_preset("amazon"), 0};
    return o;
}

Money d(std::int64_t dollars) { return Money::dollars(dollars); }

}  // namespace

TEST_CASE("the Amazon L5 example by year", "[model]") {
    // base 175,000; sign-on 65,000 / 52,000; RSU 240,000 at 5/15/40/40
    // y1 = 175,000 + 65,000 + 12,000 = 252,000; y2 = 175,000 + 52,000 + 36,000 = 263,000
    // y3 = y4 = 175,000 + 96,000 = 271,000; four years = 1,057,000
    const Projection p = project(amazon());
    CHECK(p.y(1).total == d(252000));
    CHECK(p.y(2).total == d(263000));
    CHECK(p.y(3).total == d(271000));
    CHECK(p.y(4).total == d(271000));
    CHECK(p.sum.total == d(1057000));
    CHECK(p.sum.rsu == d(240000));
    CHECK(p.sum.sign_on == d(117000));
}

TEST_CASE("raises compound on the rounded previous base, bonus is a percent of it", "[model]") {
    Offer o;
    o.base = d(160000);
    o.raise = Rate{30000};   // 3%
    o.bonus = Rate{100000};  // 10%
    const Projection p = project(o);
    // 160,000 -> 164,800 -> 169,744 -> 174,836.32
    CHECK(p.y(2).base == d(164800));
    CHECK(p.y(3).base == d(169744));
    CHECK(p.y(4).base == Money::cents(17483632));
    // 10% bonus: 17,483.632 -> 17,483.63
    CHECK(p.y(4).bonus == Money::cents(1748363));
    CHECK(p.sum.total == Money::cents(66938032 + 6693803));
}

TEST_CASE("vest_date growth values each tranche at (1+g)^(m/12)", "[model][growth]") {
    Offer o;
    o.base = d(1);
    o.rsu = Grant{d(100000), *find_preset("even-annual"), 0};
    o.growth = Rate{100000};  // 10%
    const Projection p = project(o);
    // 25,000 x 1.1 = 27,500; x 1.21 = 30,250; x 1.331 = 33,275; x 1.4641 = 36,602.50
    CHECK(p.y(1).rsu == d(27500));
    CHECK(p.y(2).rsu == d(30250));
    CHECK(p.y(3).rsu == d(33275));
    CHECK(p.y(4).rsu == Money::cents(3660250));
}

TEST_CASE("vest_date growth uses fractional years for mid-year tranches", "[model][growth]") {
    Offer o = amazon();
    o.growth = Rate{100000};
    const Projection p = project(o);
    // year 3: 48,000 x 1.1^2.5 + 48,000 x 1.1^3; 1.1^2.5 = sqrt(1.61051)
    const double t30 = 48000.0 * std::sqrt(1.61051);
    const double t36 = 48000.0 * 1.331;
    CHECK(p.y(1).rsu == d(13200));
    CHECK(p.y(2).rsu == d(43560));
    CHECK(p.y(3).rsu.in_cents() == std::llround(t30 * 100) + std::llround(t36 * 100));
    CHECK(p.y(3).rsu == Money::cents(6091482 + 6388800));
}

TEST_CASE("recruiter growth values a whole year at (1+g)^(n-1)", "[model][growth]") {
    Offer o = amazon();
    o.growth = Rate{100000};
    o.convention = Convention::Recruiter;
    const Projection p = project(o);
    // 12,000 x 1; 36,000 x 1.1 = 39,600; 96,000 x 1.21 = 116,160; 96,000 x 1.331 = 127,776
    CHECK(p.y(1).rsu == d(12000));
    CHECK(p.y(2).rsu == d(39600));
    CHECK(p.y(3).rsu == d(116160));
    CHECK(p.y(4).rsu == d(127776));
}

TEST_CASE("refreshers count their months from the grant", "[model]") {
    Offer o;
    o.base = d(100000);
    o.refreshers.push_back(Grant{d(40000), *find_preset("even-annual"), 12});
    // vests 10,000 at months 24, 36, 48, 60: years 2, 3, 4 and 5
    const Projection p4 = project(o);
    CHECK(p4.y(1).rsu == Money());
    CHECK(p4.y(2).rsu == d(10000));
    CHECK(p4.y(4).rsu == d(10000));
    CHECK(p4.sum.rsu == d(30000));
    CHECK(project(o, 5).y(5).rsu == d(10000));
    // recruiter: year n valued at (1+g)^(n-1-1) for a grant made in year 2
    o.growth = Rate{100000};
    o.convention = Convention::Recruiter;
    const Projection r = project(o);
    CHECK(r.y(2).rsu == d(10000));
    CHECK(r.y(3).rsu == d(11000));
    CHECK(r.y(4).rsu == d(12100));
}

TEST_CASE("years past a schedule's end carry no equity, never garbage", "[model]") {
    const Projection p = project(amazon(), 10);
    for (int n = 5; n <= 10; ++n) {
        CHECK(p.y(n).rsu == Money());
        CHECK(p.y(n).total == d(175000));
    }
    CHECK(p.sum.total == d(1057000 + 6 * 175000));
    CHECK_THROWS_AS(project(amazon(), 11), Error);
    CHECK_THROWS_AS(project(amazon(), 0), Error);
}

TEST_CASE("other items: one-off in their year, yearly in every year", "[model]") {
    Offer o;
    o.base = d(100000);
    o.other.push_back({"relocation", d(15000), 1, false});
    o.other.push_back({"401k match", Money::cents(450050), 1, true});
    const Projection p = project(o);
    CHECK(p.y(1).other == Money::cents(1500000 + 450050));
    CHECK(p.y(2).other == Money::cents(450050));
    CHECK(p.sum.other == Money::cents(1500000 + 4 * 450050));
}

TEST_CASE("each year's total is the sum of its parts", "[model]") {
    Offer o = amazon();
    o.bonus = Rate{123456};
    o.raise = Rate{31234};
    o.growth = Rate{71234};
    o.other.push_back({"x", Money::cents(12345), 2, false});
    const Projection p = project(o, 6);
    Money sum;
    for (int n = 1; n <= 6; ++n) {
        const Components& c = p.y(n);
        CHECK(c.total == c.base + c.sign_on + c.bonus + c.rsu + c.other);
        sum += c.total;
    }
    CHECK(sum == p.sum.total);
}

TEST_CASE("monthly pay adds up to the yearly projection", "[model]") {
    Offer o = amazon();
    o.bonus = Rate{150000};
    o.raise = Rate{40000};
    o.other.push_back({"relocation", d(7001), 1, false});
    const auto months = monthly(o, 48);
    const Projection p = project(o);
    for (int n = 1; n <= 4; ++n) {
        Components y;
        for (int m = 12 * (n - 1); m < 12 * n; ++m) y.add(months[static_cast<std::size_t>(m)]);
        CHECK(y.total == p.y(n).total);
        CHECK(y.base == p.y(n).base);
        CHECK(y.sign_on == p.y(n).sign_on);
    }
    // 65,000 over 12 months: cumulative rounding 5,416.67, 5,416.66, 5,416.67, ...
    CHECK(months[0].sign_on == Money::cents(541667));
    CHECK(months[1].sign_on == Money::cents(541666));
    CHECK(months[11].bonus == apply_rate(d(175000), Rate{150000}));
    CHECK(months[0].other == d(7001));
    CHECK(months[11].rsu == d(12000));
}

TEST_CASE("a lump-sum sign-on is paid in the year's first month", "[model]") {
    Offer o = amazon();
    o.sign_on_paid = SignOnPaid::Lump;
    const auto months = monthly(o, 24);
    CHECK(months[0].sign_on == d(65000));
    CHECK(months[1].sign_on == Money());
    CHECK(months[12].sign_on == d(52000));
}

TEST_CASE("totals that would overflow are errors, not garbage", "[model]") {
    Offer o;
    o.base = Money::cents(kMaxInputCents);
    o.rsu = Grant{Money::cents(kMaxInputCents), Schedule{"custom", {{120, 1}}, 1}, 0};
    o.growth = Rate{1000 * 10000};  // 1000% a year: 10^14 cents x 11^10 does not fit in int64
    CHECK_THROWS_AS(project(o, 10), Error);
    CHECK_NOTHROW(project(o, 9));  // nothing vests before month 120
    // Ten years of the largest base plus many yearly items overflow the sum.
    Offer many;
    many.base = Money::cents(kMaxInputCents);
    for (int i = 0; i < 100000; ++i) many.other.push_back({"x", Money::cents(kMaxInputCents), 1, true});
    CHECK_THROWS_AS(project(many), Error);
}

TEST_CASE("growth is correctly rounded, halves away from zero (regression: long double lost cents)",
          "[model][growth][exact]") {
    // 60,000 x 1.05^4 = 72,930.375 exactly: a half cent, so 72,930.38.
    CHECK(grow(d(60000), Rate{50000}, 48) == Money::cents(7293038));
    // 1.21^(6/12) = 1.1 exactly: 5 cents -> 5.5 -> 6; 500 cents x 1.21^(18/12) = 500 x 1.331 = 665.5 -> 666.
    CHECK(grow(Money::cents(5), Rate{210000}, 6) == Money::cents(6));
    CHECK(grow(Money::cents(500), Rate{210000}, 18) == Money::cents(666));
    CHECK(grow(Money::cents(-5), Rate{210000}, 6) == Money::cents(-6));
    // Not a tie: 60,000 x 1.05^3.5 = 71,172.7583... (Python decimal, 60 digits) -> 71,172.76.
    CHECK(grow(d(60000), Rate{50000}, 42) == Money::cents(7117276));
    // Exact halves and near-halves at whole years: 3 x 1.5 = 4.5 -> 5; 1 x 0.5 -> 1; 1 x 0.49 -> 0.
    CHECK(grow(Money::cents(3), Rate{500000}, 12) == Money::cents(5));
    CHECK(grow(Money::cents(1), Rate{-500000}, 12) == Money::cents(1));  // 0.5 -> 1
    CHECK(grow(Money::cents(1), Rate{-510000}, 12) == Money::cents(0));  // 0.49 -> 0
    CHECK(grow(d(1), Rate{0}, 48) == d(1));
}

TEST_CASE("show --rsu 300000 --growth 5: year 4 is $144,103.14 (regression)", "[model][growth][exact]") {
    Offer o = amazon();
    o.rsu->value = d(300000);
    o.growth = Rate{50000};
    // Year 4 vests 60,000 at month 42 and 60,000 at month 48:
    // 71,172.7583... -> 71,172.76 and 72,930.375 -> 72,930.38; 144,103.14 in all.
    CHECK(project(o).y(4).rsu == Money::cents(14410314));
}

TEST_CASE("grant value vesting past the last year shown is counted apart", "[model]") {
    // Amazon 240,000 at 5/15/40/40: over 3 years, year 4's 40% (96,000) is left out.
    CHECK(project(amazon(), 3).equity_after == d(96000));
    CHECK(project(amazon(), 4).equity_after == Money());
}

TEST_CASE("monthly guards its month range", "[model]") {
    const Offer o = amazon();
    CHECK(monthly(o, 1).size() == 1);
    CHECK(monthly(o, 120).size() == 120);
    CHECK(testing::error_of([&] { (void)monthly(o, 0); }).status() == kExitUsage);
    CHECK(testing::error_of([&] { (void)monthly(o, 121); }).status() == kExitUsage);
}
