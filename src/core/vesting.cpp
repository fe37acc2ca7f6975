#include "offercalc/vesting.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>  // fmt::join (fmt 10 and later)
#include "core/wide.hpp"

namespace offercalc {

namespace {

Schedule yearly(std::string name, std::vector<std::int64_t> percents) {
    Schedule s{std::move(name), {}, 100};
    s.tranches.reserve(percents.size());
    for (std::size_t y = 0; y < percents.size(); ++y)
        s.tranches.push_back({static_cast<int>(12 * (y + 1)), percents[y]});
    return s;
}

std::vector<Schedule> make_presets() {
    std::vector<Schedule> v;
    v.reserve(6);
    v.push_back({"amazon", {{12, 5}, {24, 15}, {30, 20}, {36, 20}, {42, 20}, {48, 20}}, 100});
    v.push_back(yearly("even-annual", {25, 25, 25, 25}));
    Schedule cliff{"cliff-monthly", {{12, 12}}, 48};  // 12/48 = 25% at the cliff
    cliff.tranches.reserve(37);
    for (int m = 13; m <= 48; ++m) cliff.tranches.push_back({m, 1});
    v.push_back(std::move(cliff));
    Schedule quarterly{"quarterly", {}, 16};
    quarterly.tranches.reserve(16);
    for (int m = 3; m <= 48; m += 3) quarterly.tranches.push_back({m, 1});
    v.push_back(std::move(quarterly));
    // Google: monthly, 33% / 33% / 22% / 12% by year; in 1/1200ths each month
    // carries its year's percent.
    Schedule google{"google", {}, 1200};
    google.tranches.reserve(48);
    const std::int64_t per_year[] = {33, 33, 22, 12};
    for (int m = 1; m <= 48; ++m) google.tranches.push_back({m, per_year[(m - 1) / 12]});
    v.push_back(std::move(google));
    v.push_back(yearly("front-loaded", {38, 32, 20, 10}));
    return v;
}

}  // namespace

const std::vector<Schedule>& vesting_presets() {
    static const std::vector<Schedule> presets = make_presets();
    return presets;
}

const Schedule* find_preset(std::string_view name) {
    for (const Schedule& s : vesting_presets())
        if (s.name == name) return &s;
    return nullptr;
}

std::vector<std::string> Schedule::yearly_percents() const {
    std::vector<std::int64_t> by_year;
    int last = 0;
    for (const Tranche& t : tranches) last = std::max(last, t.month);
    by_year.reserve(static_cast<std::size_t>(last + 11) / 12);
    for (const Tranche& t : tranches) {
        const auto y = static_cast<std::size_t>((t.month - 1) / 12);
        if (by_year.size() <= y) by_year.resize(y + 1, 0);
        by_year[y] += t.weight;
    }
    std::vector<std::string> out;
    out.reserve(by_year.size());
    for (std::int64_t w : by_year) {
        // percent with two decimals, rounded half away; trailing zeros dropped
        const std::int64_t hundredths = round_half_away(static_cast<i128>(w) * 10'000, denominator);
        std::string p = fmt::format_int(hundredths / 100).str();
        if (const std::int64_t frac = hundredths % 100; frac != 0) {
            p += '.';
            p += static_cast<char>('0' + frac / 10);
            if (frac % 10 != 0) p += static_cast<char>('0' + frac % 10);
        }
        out.push_back(std::move(p));
    }
    return out;
}

std::string Schedule::describe() const {
    return fmt::format("{} ({} by year)", name, fmt::join(yearly_percents(), "/"));
}

}  // namespace offercalc
