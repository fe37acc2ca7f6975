#include <cstdio>

#include "catch.hpp"

#include "support.hpp"

#include "offercalc/calendar.hpp"
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
    CHECK(Date::parse("1900-01-01").has_value());  // the one range every command accepts
    CHECK(Date::parse("2199-12-31").has_value());
    CHECK_FALSE(Date::parse("2200-01-01").has_value());
    CHECK_FALSE(Date::parse("9998-11-01").has_value());
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

TEST_CASE("iso() writes four-digit years, two-digit months and days", "[date]") {
    // Written by hand, and for every day of 1900 to 2100 checked against the fields
    // that from_ymd was given.
    CHECK(Date::from_ymd(1, 1, 1).iso() == "0001-01-01");
    CHECK(Date::from_ymd(999, 12, 31).iso() == "0999-12-31");
    CHECK(Date::from_ymd(1970, 1, 1).iso() == "1970-01-01");
    CHECK(Date::from_ymd(9999, 12, 31).iso() == "9999-12-31");
    int checked = 0;
    for (Date d = Date::from_ymd(1900, 1, 1); d.year() <= 2100; d = d.plus_days(1), ++checked) {
        char want[16];
        std::snprintf(want, sizeof want, "%04d-%02d-%02d", d.year(), d.month(), d.day());
        REQUIRE(d.iso() == want);
    }
    CHECK(checked == 73414);  // 201 years, 49 of them leap
}

TEST_CASE("Business days skip weekends only under --holidays none", "[date][calendar]") {
    const Calendar cal(HolidayBase::None, 2026, 2026);
    const Date fri = *Date::parse("2026-11-20");
    CHECK(fri.weekday() == 4);                                    // Friday (Monday = 0)
    CHECK(cal.plus_business_days(fri, 1).iso() == "2026-11-23");  // Monday
    const Date mon = *Date::parse("2026-11-23");
    CHECK(cal.plus_business_days(mon, 3).iso() == "2026-11-26");                         // Thursday
    CHECK(cal.plus_business_days(mon, 5).iso() == "2026-11-30");                         // next Monday
    CHECK(cal.plus_business_days(*Date::parse("2026-11-21"), 1).iso() == "2026-11-23");  // Saturday -> Monday
    CHECK(Date::parse("2026-11-22")->is_weekend());
    CHECK(cal.plus_business_days(mon, 0).iso() == "2026-11-23");
}

TEST_CASE("US federal holidays at their observed dates (OPM's 2026 and 2027 tables)", "[date][calendar]") {
    auto dates = [](int year) {
        std::vector<std::string> v;
        for (const auto& [d, name] : us_holidays(year)) v.push_back(d.iso());
        return v;
    };
    // 2026: July 4 is a Saturday, observed Friday July 3.
    CHECK(dates(2026) == std::vector<std::string>{"2026-01-01", "2026-01-19", "2026-02-16", "2026-05-25", "2026-06-19",
                                                  "2026-07-03", "2026-09-07", "2026-10-12", "2026-11-11", "2026-11-26",
                                                  "2026-11-27", "2026-12-25"});
    // 2027: June 19 and December 25 are Saturdays (observed on the Fridays before);
    // July 4 is a Sunday (observed Monday July 5).
    CHECK(dates(2027) == std::vector<std::string>{"2027-01-01", "2027-01-18", "2027-02-15", "2027-05-31", "2027-06-18",
                                                  "2027-07-05", "2027-09-06", "2027-10-11", "2027-11-11", "2027-11-25",
                                                  "2027-11-26", "2027-12-24"});
    // New Year's Day 2028 is a Saturday: observed Friday 2027-12-31, inside 2027.
    const Calendar cal(HolidayBase::Us, 2027, 2027);
    CHECK(cal.holiday_name(*Date::parse("2027-12-31")) == "New Year's Day");
}

TEST_CASE("Thanksgiving week: the README's answer window is 2026-11-30 to 2026-12-02", "[date][calendar]") {
    const Calendar cal(HolidayBase::Us, 2026, 2026);
    const Date mon = *Date::parse("2026-11-23");
    // Tue 24, Wed 25 count; Thu 26 (Thanksgiving) and Fri 27 (the day after) do not.
    CHECK(cal.plus_business_days(mon, 3).iso() == "2026-11-30");
    CHECK(cal.plus_business_days(mon, 5).iso() == "2026-12-02");
    CHECK(cal.on_or_after(*Date::parse("2026-11-26")).iso() == "2026-11-30");
    CHECK(cal.before(*Date::parse("2026-12-01")).iso() == "2026-11-30");
    CHECK(cal.before(*Date::parse("2026-11-30")).iso() == "2026-11-25");
    CHECK(cal.holidays_between(mon, *Date::parse("2026-12-02")) ==
          std::vector<Date>{*Date::parse("2026-11-26"), *Date::parse("2026-11-27")});
    const Calendar extra(HolidayBase::Us, 2026, 2026, {*Date::parse("2026-11-30")});
    CHECK(extra.plus_business_days(mon, 3).iso() == "2026-12-01");
    CHECK(Date::parse("2026-12-01")->spoken() == "Tuesday, December 1");
}

TEST_CASE("from_ymd refuses what is not a date", "[date]") {
    CHECK(Date::from_ymd(2028, 2, 29).iso() == "2028-02-29");
    CHECK(std::string(testing::error_of([] { (void)Date::from_ymd(2027, 2, 29); }).what()) ==
          "not a calendar date: 2027-02-29");
    CHECK(testing::error_of([] { (void)Date::from_ymd(2026, 13, 1); }).status() == kExitUsage);
    CHECK(testing::error_of([] { (void)Date::from_ymd(2026, 4, 0); }).status() == kExitUsage);
}
