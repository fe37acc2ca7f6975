#include <catch2/catch.hpp>

#include "offercalc/date.hpp"

using namespace offercalc;

TEST_CASE("Date parses only real YYYY-MM-DD dates", "[date]") {
    CHECK(Date::parse("2024-02-29").has_value());
    CHECK_FALSE(Date::parse("2025-02-29").has_value());
    CHECK_FALSE(Date::parse("2026-13-01").has_value());
    CHECK_FALSE(Date::parse("2026-04-31").has_value());
    CHECK_FALSE(Date::parse("2026-1-01").has_value());
    CHECK_FALSE(Date::parse("2026-01-01T00").has_value());
    CHECK_FALSE(Date::parse("1899-12-31").has_value());
    CHECK(Date::parse("2026-11-20")->iso() == "2026-11-20");
}

TEST_CASE("Date counts days like Python's datetime", "[date]") {
    // Expected values from Python: (date(y,m,d) - date(1970,1,1)).days
    CHECK(Date::from_ymd(1970, 1, 1).days() == 0);
    CHECK(Date::from_ymd(2000, 3, 1).days() == 11017);
    CHECK(Date::from_ymd(2026, 11, 23).days() == 20780);
    CHECK(Date::from_ymd(1900, 1, 1).days() == -25567);
    CHECK(Date::from_ymd(2000, 2, 29).plus_days(1).iso() == "2000-03-01");
}

TEST_CASE("Weekdays and business days skip weekends", "[date]") {
    const Date fri = *Date::parse("2026-11-20");
    CHECK(fri.weekday() == 4);  // Friday (Monday = 0)
    CHECK(fri.plus_business_days(1).iso() == "2026-11-23");  // Monday
    const Date mon = *Date::parse("2026-11-23");
    CHECK(mon.plus_business_days(3).iso() == "2026-11-26");  // Thursday
    CHECK(mon.plus_business_days(5).iso() == "2026-11-30");  // next Monday
    CHECK(Date::parse("2026-11-21")->plus_business_days(1).iso() == "2026-11-23");  // Saturday -> Monday
    CHECK(Date::parse("2026-11-22")->is_weekend());
    CHECK(mon.plus_business_days(0).iso() == "2026-11-23");
}
