#include "catch.hpp"

#include "offercalc/vesting.hpp"

using namespace offercalc;

namespace {
std::vector<std::pair<int, std::int64_t>> tranches(Money grant, const Schedule& s) {
    std::vector<std::pair<int, std::int64_t>> out;
    for_each_tranche(grant, s, [&](int m, Money v) { out.emplace_back(m, v.in_cents()); });
    return out;
}
}  // namespace

TEST_CASE("every preset's weights add up to its denominator", "[vesting]") {
    for (const Schedule& s : vesting_presets()) {
        std::int64_t sum = 0;
        int last = 0;
        for (const Tranche& t : s.tranches) {
            sum += t.weight;
            CHECK(t.month > last);
            last = t.month;
        }
        CHECK(sum == s.denominator);
        CHECK(last == 48);
    }
}

TEST_CASE("amazon preset vests 5/15/40/40 with half-year tranches", "[vesting]") {
    const Schedule& s = *find_preset("amazon");
    using P = std::pair<int, std::int64_t>;
    // $240,000: 5% = 12,000 at 12; 15% = 36,000 at 24; 20% = 48,000 at 30, 36, 42, 48
    CHECK(tranches(Money::dollars(240000), s) ==
          std::vector<P>{{12, 1200000}, {24, 3600000}, {30, 4800000}, {36, 4800000}, {42, 4800000}, {48, 4800000}});
    CHECK(s.yearly_percents() == std::vector<std::string>{"5", "15", "40", "40"});
    CHECK(s.describe() == "amazon (5/15/40/40 by year)");
}

TEST_CASE("tranches are differences of rounded cumulative amounts", "[vesting][rounding]") {
    // $100.01 on amazon: cumulative 5.0005 -> 5.00, 20.002 -> 20.00, 40.004 -> 40.00,
    // 60.006 -> 60.01, 80.008 -> 80.01, 100.01 -> 100.01
    using P = std::pair<int, std::int64_t>;
    CHECK(tranches(Money::cents(10001), *find_preset("amazon")) ==
          std::vector<P>{{12, 500}, {24, 1500}, {30, 2000}, {36, 2001}, {42, 2000}, {48, 2000}});
    // $10,000 on cliff-monthly: 2,500 at the cliff, then 7,500/36 = 208.333... a month;
    // month 13 cumulative 10000*13/48 = 2708.333 -> 2708.33, month 14: 2916.67
    const auto t = tranches(Money::dollars(10000), *find_preset("cliff-monthly"));
    REQUIRE(t.size() == 37);
    CHECK(t[0] == P{12, 250000});
    CHECK(t[1] == P{13, 20833});
    CHECK(t[2] == P{14, 20834});
    std::int64_t sum = 0;
    for (const auto& p : t) sum += p.second;
    CHECK(sum == 1000000);
}

TEST_CASE("odd grants still add up to the cent on every preset", "[vesting][rounding]") {
    for (const Schedule& s : vesting_presets())
        for (std::int64_t cents : {1, 7, 99, 123457, 99999999}) {
            std::int64_t sum = 0;
            for_each_tranche(Money::cents(cents), s, [&](int, Money v) { sum += v.in_cents(); });
            CHECK(sum == cents);
        }
}

TEST_CASE("presets' yearly splits match DOMAIN.md", "[vesting]") {
    using V = std::vector<std::string>;
    CHECK(find_preset("even-annual")->yearly_percents() == V{"25", "25", "25", "25"});
    CHECK(find_preset("cliff-monthly")->yearly_percents() == V{"25", "25", "25", "25"});
    CHECK(find_preset("quarterly")->yearly_percents() == V{"25", "25", "25", "25"});
    CHECK(find_preset("google")->yearly_percents() == V{"33", "33", "22", "12"});
    CHECK(find_preset("front-loaded")->yearly_percents() == V{"38", "32", "20", "10"});
    CHECK(find_preset("quarterly")->tranches.front().month == 3);
    CHECK(find_preset("google")->tranches.front().month == 1);
    CHECK(find_preset("nope") == nullptr);
}
