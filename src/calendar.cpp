#include "offercalc/calendar.hpp"

#include <algorithm>

#include "offercalc/error.hpp"

namespace offercalc {

namespace {

/// The n-th (1-based) given weekday (0 = Monday) of a month; n = -1 for the last.
Date nth_weekday(int year, int month, int weekday, int n) {
    if (n < 0) {
        const Date next = month == 12 ? Date::from_ymd(year + 1, 1, 1) : Date::from_ymd(year, month + 1, 1);
        Date d = next.plus_days(-1);
        while (d.weekday() != weekday) d = d.plus_days(-1);
        return d;
    }
    Date d = Date::from_ymd(year, month, 1);
    while (d.weekday() != weekday) d = d.plus_days(1);
    return d.plus_days(7L * (n - 1));
}

/// A fixed-date holiday falling on a weekend is observed on the nearest weekday.
Date observed(Date d) {
    if (d.weekday() == 5) return d.plus_days(-1);
    if (d.weekday() == 6) return d.plus_days(1);
    return d;
}

constexpr int kMonday = 0, kThursday = 3;

}  // namespace

std::vector<std::pair<Date, std::string>> us_holidays(int year) {
    const Date thanksgiving = nth_weekday(year, 11, kThursday, 4);
    std::vector<std::pair<Date, std::string>> v = {
        {observed(Date::from_ymd(year, 1, 1)), "New Year's Day"},
        {nth_weekday(year, 1, kMonday, 3), "Martin Luther King Jr. Day"},
        {nth_weekday(year, 2, kMonday, 3), "Presidents' Day"},
        {nth_weekday(year, 5, kMonday, -1), "Memorial Day"},
        {observed(Date::from_ymd(year, 6, 19)), "Juneteenth"},
        {observed(Date::from_ymd(year, 7, 4)), "Independence Day"},
        {nth_weekday(year, 9, kMonday, 1), "Labor Day"},
        {nth_weekday(year, 10, kMonday, 2), "Columbus Day"},
        {observed(Date::from_ymd(year, 11, 11)), "Veterans Day"},
        {thanksgiving, "Thanksgiving"},
        {thanksgiving.plus_days(1), "the day after Thanksgiving"},
        {observed(Date::from_ymd(year, 12, 25)), "Christmas Day"},
    };
    std::sort(v.begin(), v.end());
    return v;
}

Calendar::Calendar(HolidayBase base, int from_year, int to_year, const std::vector<Date>& extra) {
    if (base == HolidayBase::Us)
        for (int y = from_year - 1; y <= to_year + 1; ++y)
            for (auto& [d, name] : us_holidays(y)) holidays_.push_back({d, std::move(name)});
    for (Date d : extra) holidays_.push_back({d, "a holiday from the offer file"});
    const auto earlier = [](const Holiday& a, const Holiday& b) { return a.date < b.date; };
    if (!std::is_sorted(holidays_.begin(), holidays_.end(), earlier))  // each year's list is in order
        std::stable_sort(holidays_.begin(), holidays_.end(), earlier);
}

bool Calendar::is_holiday(Date d) const { return !holiday_name(d).empty(); }

std::string Calendar::holiday_name(Date d) const {
    const auto it = std::lower_bound(holidays_.begin(), holidays_.end(), d,
                                     [](const Holiday& h, Date x) { return h.date < x; });
    return it != holidays_.end() && it->date == d ? it->name : std::string();
}

Date Calendar::plus_business_days(Date d, int n) const {
    if (n < 0) throw usage_error("plus_business_days: n must not be negative");
    while (n > 0) {
        d = d.plus_days(1);
        if (is_business_day(d)) --n;
    }
    return d;
}

Date Calendar::on_or_after(Date d) const {
    while (!is_business_day(d)) d = d.plus_days(1);
    return d;
}

Date Calendar::before(Date d) const {
    do d = d.plus_days(-1);
    while (!is_business_day(d));
    return d;
}

std::vector<Date> Calendar::holidays_between(Date from, Date to) const {
    std::vector<Date> out;
    for (const Holiday& h : holidays_)
        if (from <= h.date && h.date <= to && (out.empty() || out.back() != h.date)) out.push_back(h.date);
    return out;
}

}  // namespace offercalc
