#include "offercalc/options.hpp"

#include <algorithm>

#include "core/wide.hpp"

namespace offercalc {

namespace {

constexpr std::int64_t kMicrosPerCent = 10'000;  // a price in micros x shares, to cents

/// The months of growth a vest gets, as for an RSU tranche (model.cpp): vest_date, the
/// months since its grant; recruiter, whole years from the grant's year to the vest's.
int growth_months(const OptionVest& v, Convention c) {
    return c == Convention::Recruiter ? 12 * ((v.month - 1) / 12 - v.grant_month / 12) : v.month - v.grant_month;
}

template <typename F>
void for_each_share_tranche(std::int64_t shares, const Schedule& s, F&& f) {
    std::int64_t cum = 0, before = 0;
    for (const Tranche& t : s.tranches) {
        cum += t.weight;
        const auto after = static_cast<std::int64_t>(static_cast<i128>(shares) * cum / s.denominator);
        f(t.month, after - before);
        before = after;
    }
}

}  // namespace

std::vector<OptionVest> option_vests(const Options& o, int last_month) {
    std::vector<OptionVest> out;
    auto add = [&](int grant_month, std::int64_t shares, SharePrice strike, const Schedule& s) {
        std::int64_t vested = 0;
        for_each_share_tranche(shares, s, [&](int rel, std::int64_t n) {
            if (grant_month + rel <= last_month && n > 0)
                out.push_back({grant_month, grant_month + rel, n, strike, vested});
            vested += n;
        });
    };
    add(0, o.shares, o.strike, o.schedule);
    for (const OptionRefresher& r : o.refreshers) add(r.month, r.shares, r.strike, r.schedule);
    return out;
}

Money option_value(const OptionVest& v, SharePrice price, const Offer& offer) {
    const Money worth = grow(v.at(price), offer.growth, growth_months(v, offer.convention));
    const Money cost = v.cost();
    return worth > cost ? worth - cost : Money();
}

void add_options(const Offer& offer, Projection& p) {
    if (!offer.options) return;
    const Options& o = *offer.options;
    const int last = 12 * p.years;
    for (const OptionVest& v : option_vests(o, kMaxVestMonth * 2)) {
        if (v.month <= last) {
            p.year[static_cast<std::size_t>((v.month - 1) / 12)].options += option_value(v, o.price(), offer);
        } else {
            const Money worth = v.at(o.price()), cost = v.cost();
            if (worth > cost) p.options_after += worth - cost;
        }
    }
}

std::vector<Money> exercise_cost_by_year(const Options& o, int years) {
    std::vector<Money> out(static_cast<std::size_t>(years));
    for (const OptionVest& v : option_vests(o, 12 * years))
        out[static_cast<std::size_t>((v.month - 1) / 12)] += v.cost();
    return out;
}

Money exercise_cost(const Options& o, int last_month) {
    Money sum;
    for (const OptionVest& v : option_vests(o, last_month)) sum += v.cost();
    return sum;
}

std::int64_t shares_outstanding(const CapTable& c, int year) {
    std::int64_t n = c.fully_diluted_shares;
    for (int y = 0; y < year; ++y) {
        const i128 grown = static_cast<i128>(n) * (Rate::kOne + c.dilution_per_year.ppm);
        n = round_half_away(grown, Rate::kOne);
    }
    return n;
}

SharePrice common_price(const CapTable& c, Money valuation, int year) {
    const Money left = valuation > c.preferences ? valuation - c.preferences : Money();
    const std::int64_t shares = shares_outstanding(c, year);
    if (shares <= 0) return {};
    return SharePrice{round_half_away(static_cast<i128>(left.in_cents()) * kMicrosPerCent, shares)};
}

SharePrice exit_price(const Options& o, const ExitScenario& s) {
    if (s.price) return *s.price;
    if (s.valuation && o.company) return common_price(*o.company, *s.valuation, s.year);
    return {};
}

ExitOutlook exit_outlook(const Options& o) {
    ExitOutlook out;
    i128 weighted = 0;  // cents x ppm
    std::int64_t assigned = 0, nothing = 0;
    for (const ExitScenario& s : o.exits) {
        ExitValue e{s, exit_price(o, s), 0, Money(), Money()};
        for (const OptionVest& v : option_vests(o, 12 * s.year)) {
            e.vested += v.shares;
            e.cost += v.cost();
            const Money worth = v.at(e.price), cost = v.cost();
            if (worth > cost) e.value += worth - cost;
        }
        weighted += static_cast<i128>(e.value.in_cents()) * s.probability.ppm;
        assigned += s.probability.ppm;
        if (e.value.is_zero()) nothing += s.probability.ppm;
        out.exits.push_back(e);
    }
    out.expected = Money::cents(round_half_away(weighted, Rate::kOne));
    out.chance_of_nothing = Rate{std::max<std::int64_t>(0, Rate::kOne - assigned) + nothing};
    return out;
}

SharePrice price_at_multiple(SharePrice preferred, std::int64_t hundredths) {
    return SharePrice{round_half_away(static_cast<i128>(preferred.micros) * hundredths, 100)};
}

}  // namespace offercalc
