#include "catch.hpp"

#include "offercalc/amount.hpp"
#include "offercalc/error.hpp"
#include "offercalc/whatif.hpp"
#include "support.hpp"

using namespace offercalc;

namespace {
std::string usage_message(std::string_view text) {
    const Error e = testing::error_of([&] { parse_money_adjustment(text, Field::Rsu); });
    CHECK(e.status() == kExitUsage);
    CHECK(e.subject().kind() == Subject::Kind::Field);  // the field, never a command-line flag
    CHECK(e.subject().field() == Field::Rsu);
    CHECK(e.subject().text() == "rsu.grant");
    return e.what();
}
}  // namespace

TEST_CASE("absolute amounts in every accepted form", "[amount]") {
    CHECK(parse_amount("200000") == Money::dollars(200000));
    CHECK(parse_amount("200000.50") == Money::cents(20000050));
    CHECK(parse_amount("200k") == Money::dollars(200000));
    CHECK(parse_amount("200K") == Money::dollars(200000));
    CHECK(parse_amount("1.2M") == Money::dollars(1200000));
    CHECK(parse_amount("1.5m") == Money::dollars(1500000));
    CHECK(parse_amount("$200,000") == Money::dollars(200000));
    CHECK(parse_amount("$1,234,567.89") == Money::cents(123456789));
    CHECK(parse_amount("$12k") == Money::dollars(12000));
    CHECK(parse_amount("0.01k") == Money::dollars(10));
    CHECK(parse_amount("1.23456k") == Money::cents(123456));
}

TEST_CASE("bad amounts are refused", "[amount]") {
    for (const char* bad :
         {"",      "$",         "k",   "abc", "12x", "1,00", "1,0000", ",100",          "100,", "1.2.3",
          "1.234", "1.234567k", "1e5", "-5",  "+5",  "$-5",  "1 000",  "2000000000000", "NaN",  "inf"})
        CHECK_FALSE(parse_amount(bad).has_value());
}

TEST_CASE("money adjustments: set, add and scale", "[amount][whatif]") {
    const Money now = Money::dollars(100000);
    auto run = [&](const char* t) { return apply(parse_money_adjustment(t, Field::Rsu), now, Field::Rsu); };
    CHECK(run("200k") == Money::dollars(200000));
    CHECK(run("+30k") == Money::dollars(130000));
    CHECK(run("-10k") == Money::dollars(90000));
    CHECK(run("+5%") == Money::dollars(105000));
    CHECK(run("-2.5%") == Money::dollars(97500));
    CHECK(run("+$1,000.50") == Money::cents(10100050));
    CHECK_THROWS_AS(run("-200k"), Error);
}

TEST_CASE("bad what-if values quote the value and list the forms", "[amount][whatif]") {
    CHECK(usage_message("lots") ==
          "rsu.grant: invalid value \"lots\"; accepted forms: 200000, 200k, 1.2M, $200,000, +30k, -10k, +5%");
    for (const char* bad : {"", "+", "-", "+%", "5%", "++5", "+5%%", "+x%", "+1.2.3k", "1e3"})
        CHECK(usage_message(bad).rfind("rsu.grant: invalid value", 0) == 0);
}

TEST_CASE("percent adjustments: set and add points", "[amount][whatif]") {
    const Rate now{150000};  // 15%
    CHECK(apply(parse_percent_adjustment("20", Field::BonusPct), now, Field::BonusPct).ppm == 200000);
    CHECK(apply(parse_percent_adjustment("+2", Field::BonusPct), now, Field::BonusPct).ppm == 170000);
    CHECK(apply(parse_percent_adjustment("-2.5", Field::BonusPct), now, Field::BonusPct).ppm == 125000);
    CHECK(apply(parse_percent_adjustment("12.5", Field::BonusPct), now, Field::BonusPct).ppm == 125000);
    for (const char* bad : {"", "x", "+", "5%", "1.23456", "2000", "1,5"})
        CHECK_THROWS_AS(parse_percent_adjustment(bad, Field::Growth), Error);
}

TEST_CASE("a percent out of range says so and gives the range, too many decimals say that", "[amount][whatif]") {
    auto message = [](const char* text, Field f) {
        return std::string(testing::error_of([&] { parse_percent_adjustment(text, f); }).what());
    };
    CHECK(message("1001", Field::Growth) ==
          std::string("stock_growth_pct: \"1001\" is out of range; expected a result that is a percent greater than "
                      "-100 and at most 1000"));
    CHECK(message("99999999999999999999", Field::BonusPct) ==
          std::string("bonus_pct: \"99999999999999999999\" is out of range; expected a result that is a percent from 0 "
                      "to 1000"));
    CHECK(message("12.34567", Field::Growth) ==
          std::string("stock_growth_pct: \"12.34567\" has more than four decimals"));
    CHECK(message("abc", Field::Growth).rfind("stock_growth_pct: invalid value \"abc\"", 0) == 0);
    CHECK(std::string(testing::error_of([] { parse_money_adjustment("+10001%", Field::Rsu); }).what()) ==
          "rsu.grant: \"+10001%\" is out of range; expected a change of at most 10000%");
    CHECK(parse_money_adjustment("+10000%", Field::Rsu).value == 100 * Rate::kOne);
}

TEST_CASE("WhatIf applies flags and records each change", "[whatif]") {
    Offer o;
    o.name = "x";
    o.base = Money::dollars(100000);
    o.rsu = Grant{Money::dollars(50000), *find_preset("amazon"), 0};
    WhatIf w;
    w[Field::Rsu] = parse_money_adjustment("+10k", Field::Rsu);
    w[Field::Growth] = parse_percent_adjustment("15", Field::Growth);
    w.convention = Convention::Recruiter;
    const auto notes = apply(w, o);
    CHECK(o.rsu->value == Money::dollars(60000));
    CHECK(o.growth.ppm == 150000);
    CHECK(notes == std::vector<std::string>{"RSU grant $50,000.00 -> $60,000.00", "stock growth 0% -> 15%",
                                            "growth convention vest_date -> recruiter"});
    WhatIf bad;
    bad[Field::Growth] = parse_percent_adjustment("-120", Field::Growth);  // 15% - 120 points = -105%
    CHECK_THROWS_AS(apply(bad, o), Error);
    Offer none;
    none.base = Money::dollars(1);
    CHECK_THROWS_AS(apply(w, none), Error);
}
