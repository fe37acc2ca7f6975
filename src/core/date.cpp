#include "offercalc/date.hpp"

#include <fmt/format.h>

#include "offercalc/error.hpp"

namespace offercalc {

namespace {

struct Ymd {
    int y, m, d;
};

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : kDays[m - 1];
}

// Day count from 1970-01-01 using 400-year eras that start in March, so that the
// leap day falls at the end of each shifted year.
long to_days(int y, int m, int d) {
    y -= m <= 2;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long yoe = y - era * 400;
    const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

Ymd from_days(long z) {
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const long doe = z - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153;
    const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const int y = static_cast<int>(yoe + era * 400 + (m <= 2));
    return {y, m, d};
}

}  // namespace

Date Date::from_ymd(int year, int month, int day) {
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > days_in_month(year, month))
        throw usage_error(fmt::format("not a calendar date: {:04}-{:02}-{:02}", year, month, day));
    return Date(to_days(year, month, day));
}

std::optional<Date> Date::parse(std::string_view t) {
    if (t.size() != 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
    auto num = [&](std::size_t from, std::size_t len, int& out) {
        out = 0;
        for (std::size_t i = from; i < from + len; ++i) {
            if (t[i] < '0' || t[i] > '9') return false;
            out = out * 10 + (t[i] - '0');
        }
        return true;
    };
    int y, m, d;
    if (!num(0, 4, y) || !num(5, 2, m) || !num(8, 2, d)) return std::nullopt;
    if (y < kFirstYear || y > kLastYear || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) return std::nullopt;
    return from_ymd(y, m, d);
}

int Date::year() const { return from_days(days_).y; }
int Date::month() const { return from_days(days_).m; }
int Date::day() const { return from_days(days_).d; }

int Date::weekday() const {
    // 1970-01-01 was a Thursday (3 when Monday is 0).
    const long w = (days_ + 3) % 7;
    return static_cast<int>(w < 0 ? w + 7 : w);
}

namespace {
constexpr const char* kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};
}  // namespace

std::string Date::why_not(std::string_view t) {
    if (t.size() != 10 || t[4] != '-' || t[7] != '-') return "";
    int v[3] = {0, 0, 0};
    const std::size_t from[3] = {0, 5, 8}, len[3] = {4, 2, 2};
    for (int k = 0; k < 3; ++k)
        for (std::size_t i = from[k]; i < from[k] + len[k]; ++i) {
            if (t[i] < '0' || t[i] > '9') return "";
            v[k] = v[k] * 10 + (t[i] - '0');
        }
    const auto [y, m, d] = v;
    if (y < kFirstYear || y > kLastYear) return "";  // the range, which the message states
    if (m < 1 || m > 12) return fmt::format(": there is no month {:02} (months run 01 to 12)", m);
    if (d < 1 || d > days_in_month(y, m))
        return fmt::format(": there is no such day ({} {} has {} days)", kMonths[m - 1], y, days_in_month(y, m));
    return "";
}

std::string Date::spoken() const {
    static constexpr const char* kDays[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                            "Friday", "Saturday", "Sunday"};
    const Ymd v = from_days(days_);
    return fmt::format("{}, {} {}", kDays[weekday()], kMonths[v.m - 1], v.d);
}

std::string Date::iso() const {
    const Ymd v = from_days(days_);
    if (v.y < 0 || v.y > 9999) return fmt::format("{:04}-{:02}-{:02}", v.y, v.m, v.d);
    // By hand for the usual four-digit years: every date a comparison prints comes
    // through here, and fmt's padded fields cost some thirty times as much.
    std::string s = "0000-00-00";
    auto put = [&s](std::size_t end, int n) {
        for (; n > 0; n /= 10) s[--end] = static_cast<char>('0' + n % 10);
    };
    put(4, v.y);
    put(7, v.m);
    put(10, v.d);
    return s;
}

}  // namespace offercalc
