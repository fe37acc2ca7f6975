#include "compare_parts.hpp"

namespace offercalc {

namespace detail {

Gap make_gap(const Projected& offer, const Projected& other) {
    Gap g;
    g.against = other.offer.name;
    const int years = offer.projection.years;
    for (int n = 1; n <= years; ++n) g.years.push_back(other.projection.y(n).total - offer.projection.y(n).total);
    g.total = other.projection.sum.total - offer.projection.sum.total;
    const auto a = monthly(offer.offer, 12 * years);
    const auto b = monthly(other.offer, 12 * years);
    Money cum;       // other minus offer
    int leader = 0;  // +1 other leads, -1 offer leads
    for (std::size_t m = 0; m < a.size(); ++m) {
        cum += b[m].total - a[m].total;
        const int now = cum.in_cents() > 0 ? 1 : cum.in_cents() < 0 ? -1 : 0;
        if (leader == 0) {
            leader = now;
        } else if (now == -leader) {
            g.overtake_month = static_cast<int>(m + 1);
            g.overtaker = now > 0 ? other.offer.name : offer.offer.name;
            break;
        }
    }
    return g;
}

}  // namespace detail

std::optional<Rate> breakeven_growth(const Offer& offer, int years, Money goal) {
    // In hundredths of a percent: -5000 is -50%, 20000 is +200%.
    auto total_at = [&](std::int64_t hundredths) {
        Offer o = offer;
        o.growth = Rate{hundredths * 100};
        return project(o, years).sum.total;
    };
    std::int64_t lo = -5000, hi = 20000;
    if (total_at(lo) >= goal || total_at(hi) < goal) return std::nullopt;
    while (hi - lo > 1) {
        const std::int64_t mid = lo + (hi - lo) / 2;
        (total_at(mid) >= goal ? hi : lo) = mid;
    }
    return Rate{hi * 100};
}

}  // namespace offercalc
