#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace offercalc {

/// A calendar date (proleptic Gregorian), held as days since 1970-01-01.
class Date {
public:
    constexpr Date() = default;
    /// A usage Error when it is not a date of the years 1 to 9999.
    static Date from_ymd(int year, int month, int day);
    /// Parses exactly "YYYY-MM-DD" with a real day of that month, from kFirstYear to
    /// kLastYear (the one range every command accepts); nullopt otherwise.
    static std::optional<Date> parse(std::string_view text);
    static constexpr int kFirstYear = 1900;
    static constexpr int kLastYear = 2199;
    /// What parse() accepts, for messages: "a date YYYY-MM-DD from 1900-01-01 to 2199-12-31".
    static constexpr const char* kExpected = "a date YYYY-MM-DD from 1900-01-01 to 2199-12-31";
    /// Why a text of the form YYYY-MM-DD, in the range, is still no date, to follow the
    /// text in a message: ": there is no such day (February 2026 has 28 days)" or
    /// ": there is no month 13 (months run 01 to 12)"; "" for any other text.
    static std::string why_not(std::string_view text);

    int year() const;
    int month() const;
    int day() const;
    /// 0 = Monday ... 6 = Sunday.
    int weekday() const;
    bool is_weekend() const { return weekday() >= 5; }

    Date plus_days(long n) const { return Date(days_ + n); }
    long days() const { return days_; }
    std::string iso() const;  ///< "YYYY-MM-DD"
    /// "Tuesday, December 1" (the year is left out: speech, not a record).
    std::string spoken() const;

    friend constexpr auto operator<=>(Date, Date) = default;

private:
    constexpr explicit Date(long d) : days_(d) {}
    long days_ = 0;
};

}  // namespace offercalc
