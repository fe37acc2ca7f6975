#include "offercalc/calendar.hpp"

#include <algorithm>
#include <array>

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

struct NamedDay {
    Date date;
    const char* name;
};

/// us_holidays() without building strings: the calendar only points at the names.
std::array<NamedDay, 12> us_days(int year) {
    const Date thanksgiving = nth_weekday(year, 11, kThursday, 4);
    std::array<NamedDay, 12> v = {{
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
    }};
    // In month order but for New Year's Day, observed on December 31 when January 1
    // is a Saturday.
    std::sort(v.begin(), v.end(), [](const NamedDay& a, const NamedDay& b) { return a.date < b.date; });
    return v;
}

}  // namespace

std::vector<std::pair<Date, std::string>> us_holidays(int year) {
    std::vector<std::pair<Date, std::string>> v;
    for (const NamedDay& h : us_days(year)) v.emplace_back(h.date, h.name);
    return v;
}

Calendar::Calendar(HolidayBase base, int from_year, int to_year, const std::vector<Date>& extra) {
    if (base == HolidayBase::Us) {
        holidays_.reserve(12 * static_cast<std::size_t>(to_year - from_year + 3) + extra.size());
        for (int y = from_year - 1; y <= to_year + 1; ++y)
            for (const NamedDay& h : us_days(y)) holidays_.push_back({h.date, h.name});
    }
    for (Date d : extra) holidays_.push_back({d, "a holiday from the offer file"});
    const auto earlier = [](const Holiday& a, const Holiday& b) { return a.date < b.date; };
    if (!std::is_sorted(holidays_.begin(), holidays_.end(), earlier))  // each year's list is in order
        std::stable_sort(holidays_.begin(), holidays_.end(), earlier);
}

const char* Calendar::find(Date d) const {
    const auto it =
        std::lower_bound(holidays_.begin(), holidays_.end(), d, [](const Holiday& h, Date x) { return h.date < x; });
    return it != holidays_.end() && it->date == d ? it->name : nullptr;
}

bool Calendar::is_holiday(Date d) const { return find(d) != nullptr; }

std::string Calendar::holiday_name(Date d) const {
    const char* name = find(d);
    return name ? name : "";
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
