#pragma once

#include <string>
#include <vector>

#include "offercalc/date.hpp"

namespace offercalc {

/// Which holidays a calendar starts from: US federal holidays at their observed
/// dates plus the day after Thanksgiving, or none (weekends only).
enum class HolidayBase { Us, None };

/// Business days: not a Saturday, a Sunday or a holiday.
class Calendar {
public:
    /// The base holidays of the years from-1 to to+1 (so a window that crosses a new
    /// year is covered), plus `extra` dates.
    Calendar(HolidayBase base, int from_year, int to_year, const std::vector<Date>& extra = {});

    bool is_business_day(Date d) const { return !d.is_weekend() && !is_holiday(d); }
    bool is_holiday(Date d) const;
    /// The holiday's name ("Thanksgiving", "a holiday from the offer file"); empty when none.
    std::string holiday_name(Date d) const;
    /// The date n business days after d (n >= 0; d itself for n = 0).
    Date plus_business_days(Date d, int n) const;
    /// d when it is a business day, else the next one.
    Date on_or_after(Date d) const;
    /// The last business day strictly before d.
    Date before(Date d) const;
    /// Holidays from `from` to `to`, inclusive, in order.
    std::vector<Date> holidays_between(Date from, Date to) const;

private:
    struct Holiday {
        Date date;
        const char* name;  ///< a string literal
    };
    const char* find(Date d) const;  ///< the holiday's name, or null
    std::vector<Holiday> holidays_;  ///< sorted by date
};

/// The US federal holidays of a year at their observed dates (a Saturday holiday is
/// observed on the Friday before, a Sunday one on the Monday after) and the day after
/// Thanksgiving, as (date, name) pairs in date order.
std::vector<std::pair<Date, std::string>> us_holidays(int year);

}  // namespace offercalc
