#include "compare/parts.hpp"
#include "offercalc/error.hpp"

namespace offercalc {

namespace detail {

Money worth_year(const Projected& p, int n, bool net) {
    return net ? p.after_tax->years[static_cast<std::size_t>(n - 1)].net : p.projection.y(n).total;
}

Money cash_year(const Projected& p, int n, bool net) {
    return net ? worth_year(p, n, net) : p.projection.y(n).total - p.projection.y(n).options;
}

Money worth_total(const Projected& p, bool net) { return net ? p.after_tax->net_total : p.projection.sum.total; }

Money year1_worth(const Offer& o, int years, bool net) {
    const Projection p = project(o, years);
    return net ? tax_year(*o.tax, p.y(1), 1).net : p.y(1).total - p.y(1).options;
}

Money total_worth(const Offer& o, int years, bool net) {
    const Projection p = project(o, years);
    return net ? after_tax(*o.tax, p).net_total : p.sum.total;
}

Gap make_gap(const Projected& offer, const Projected& other, bool net) {
    Gap g;
    g.against = other.offer.name;
    const int years = offer.projection.years;
    for (int n = 1; n <= years; ++n) g.years.push_back(worth_year(other, n, net) - worth_year(offer, n, net));
    g.total = worth_total(other, net) - worth_total(offer, net);
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
            // The decisive crossing is the last: who leads at the end, and since when.
            g.overtake_month = static_cast<int>(m + 1);
            g.overtaker = now > 0 ? other.offer.name : offer.offer.name;
            g.lead_changes.push_back(static_cast<int>(m + 1));
            leader = now;
        }
    }
    return g;
}

}  // namespace detail

std::optional<Rate> breakeven_growth(const Offer& offer, int years, Money goal, bool after_tax) {
    if (after_tax && !offer.tax)
        throw usage_error(Subject::Kind::Tax, "after-tax break-even growth needs the offer's tax profile");
    // In hundredths of a percent: -5000 is -50%, 20000 is +200%.
    Offer o = offer;  // one copy, its growth changed for each try
    auto total_at = [&](std::int64_t hundredths) {
        o.growth = Rate{hundredths * 100};
        return detail::total_worth(o, years, after_tax);
    };
    std::int64_t lo = -5000, hi = 20000;
    if (total_at(lo) >= goal || total_at(hi) < goal) return std::nullopt;
    while (hi - lo > 1) {
        const std::int64_t mid = lo + (hi - lo) / 2;
        (total_at(mid) >= goal ? hi : lo) = mid;
    }
    return Rate{hi * 100};
}

SharedBreakeven shared_breakeven_growth(const Offer& offer, const Offer& other, int years, bool after_tax) {
    if (after_tax && (!offer.tax || !other.tax))
        throw usage_error(Subject::Kind::Tax, "after-tax break-even growth needs both offers' tax profiles");
    Offer a = offer, b = other;  // one stock: both grants grow at the same rate
    auto ahead = [&](std::int64_t hundredths) {
        a.growth = b.growth = Rate{hundredths * 100};
        return detail::total_worth(a, years, after_tax) >= detail::total_worth(b, years, after_tax);
    };
    std::int64_t lo = -5000, hi = 20000;
    const bool low = ahead(lo), high = ahead(hi);
    if (low == high) return SharedBreakeven{std::nullopt, low};  // one side leads at every growth in range
    // Bisect on the side that reaches the other's total: hi holds it when growth helps the
    // offer, lo holds it when growth helps the other grant more.
    while (hi - lo > 1) {
        const std::int64_t mid = lo + (hi - lo) / 2;
        (ahead(mid) == high ? hi : lo) = mid;
    }
    return SharedBreakeven{Rate{(high ? hi : lo) * 100}, low};
}

}  // namespace offercalc
