#include "offercalc/model.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>
#include <optional>

#include "core/bignum.hpp"
#include "offercalc/error.hpp"
#include "offercalc/options.hpp"
#include "core/wide.hpp"

namespace offercalc {

namespace {

/// (1+g)^(months/12) = (1+g)^k x (1+g)^(r/12) with months = 12k + r, in doubles. Per
/// rate, the whole-year powers are products of (1+g) and the twelve month parts come
/// from pow; both tables fill lazily and are rebuilt when the rate changes, so a batch
/// of offers with different rates costs a few pow calls each, not one per tranche.
/// Each factor is within 45 units in the last place (2^-53 each) of the true one.
double growth_factor(Rate g, int months) {
    constexpr int kWholeYears = 2 * kMaxVestMonth / 12 + 1;
    thread_local std::int64_t cached_ppm = 0;
    thread_local std::array<double, kWholeYears> whole{1.0};
    thread_local int whole_known = 1;
    thread_local std::array<double, 12> part{1.0};
    thread_local std::array<bool, 12> part_known{true};
    const double base = 1.0 + static_cast<double>(g.ppm) / Rate::kOne;
    if (g.ppm != cached_ppm) {
        cached_ppm = g.ppm;
        whole_known = 1;
        part_known.fill(false);
        part_known[0] = true;
    }
    const int k = months / 12, r = months % 12;
    for (; whole_known <= k; ++whole_known) whole[whole_known] = whole[whole_known - 1] * base;
    if (!part_known[r]) {
        part[r] = std::pow(base, r / 12.0);
        part_known[r] = true;
    }
    return whole[k] * part[r];
}

/// Whether a x (N/D)^(m/12) >= c + 1/2, where N/D = 1 + g and D = 10^6: decided
/// exactly by comparing twelfth powers, a^12 N^m 2^12 >= (2c+1)^12 D^m.
bool at_least_half_above(std::int64_t a, Rate g, int m, std::int64_t c) {
    using detail::BigUint;
    const auto u = static_cast<unsigned>(m);
    const BigUint lhs = BigUint(static_cast<std::uint64_t>(a)).pow(12) *
                        BigUint(static_cast<std::uint64_t>(Rate::kOne + g.ppm)).pow(u) * BigUint(4096);
    const BigUint rhs =
        BigUint(2 * static_cast<std::uint64_t>(c) + 1).pow(12) * BigUint(static_cast<std::uint64_t>(Rate::kOne)).pow(u);
    return compare(lhs, rhs) >= 0;
}

/// a x ((10^6 + ppm) / 10^6)^k rounded half away from zero, in 128-bit integers with
/// the rate's fraction in lowest terms (10% is 11/10); nullopt when that overflows.
std::optional<std::int64_t> grow_whole_years(std::int64_t a, Rate g, int k) {
    const std::int64_t common = std::gcd(Rate::kOne + g.ppm, Rate::kOne);
    const u128 n = static_cast<u128>((Rate::kOne + g.ppm) / common), d = static_cast<u128>(Rate::kOne / common);
    constexpr u128 kMax = ~static_cast<u128>(0);
    u128 num = static_cast<u128>(a), den = 1;
    for (int i = 0; i < k; ++i) {
        if (num > kMax / n || den > kMax / d) return std::nullopt;  // plain checks: no 128-bit overflow builtins
        num *= n;
        den *= d;
    }
    u128 q = num / den;
    const u128 rem = num % den;
    if (rem >= den - rem) ++q;
    if (q > static_cast<u128>(INT64_MAX)) Money::overflow();
    return static_cast<std::int64_t>(q);
}

}  // namespace

namespace {

/// The exact answer for a value too near a half cent: c or c + 1 cents.
[[gnu::noinline]] Money settle(Money amount, Rate g, int months, std::int64_t c) {
    if (months % 12 == 0)
        if (const auto exact = grow_whole_years(amount.in_cents(), g, months / 12)) return Money::cents(*exact);
    return Money::cents(at_least_half_above(amount.in_cents(), g, months, c) ? c + 1 : c);
}

Money grow_by(Money amount, Rate g, int months, double factor);

[[gnu::noinline]] Money grow_negative(Money amount, Rate g, int months, double factor) {
    return -grow_by(-amount, g, months, factor);
}

/// grow() given the factor growth_factor(g, months), for g != 0 and months != 0.
inline Money grow_by(Money amount, Rate g, int months, double factor) {
    if (amount.in_cents() <= 0) return amount.is_zero() ? amount : grow_negative(amount, g, months, factor);
    const double v = static_cast<double>(amount.in_cents()) * factor;
    if (!(v < 9.2e18)) Money::overflow();
    const auto c = static_cast<std::int64_t>(v);  // v > 0: truncation is the floor
    const double frac = v - static_cast<double>(c);
    // The fast value is within about 2^-47 (relative) of the true one; 2^-44 is a wide
    // margin. Inside it, the value may be a half cent exactly (60,000 x 1.05^4, or
    // 1.21^(6/12) = 1.1) or just either side of one: settle it exactly.
    if (std::fabs(frac - 0.5) > v * 0x1p-44) return Money::cents(frac > 0.5 ? c + 1 : c);
    return settle(amount, g, months, c);
}

}  // namespace

Money grow(Money amount, Rate g, int months) {
    if (amount.is_zero() || months == 0 || g.ppm == 0) return amount;
    return grow_by(amount, g, months, growth_factor(g, months));
}

namespace {

/// The months of growth a tranche gets: vest_date, the months since the grant;
/// recruiter, the whole years from the grant's year to its vest year.
int growth_months(const Grant& grant, const Offer& offer, int rel_month) {
    const int month = grant.month + rel_month;
    return offer.convention == Convention::Recruiter ? 12 * ((month - 1) / 12 - grant.month / 12) : rel_month;
}

/// A tranche's value under the offer's growth.
Money tranche_value(const Grant& grant, const Offer& offer, int rel_month, Money amount) {
    return grow(amount, offer.growth, growth_months(grant, offer, rel_month));
}

void vest_grant(const Grant& grant, const Offer& offer, int last_month, void (*f)(void*, int, int, Money), void* ctx) {
    for_each_tranche(grant.value, grant.schedule, [&](int rel_month, Money amount) {
        const int month = grant.month + rel_month;
        if (month <= last_month) f(ctx, grant.month, month, tranche_value(grant, offer, rel_month, amount));
    });
}

}  // namespace

namespace {

/// The bonus on a base: the target, times the expected payout.
Money bonus_on(Money base, const Offer& offer) {
    const Money target = apply_rate(base, offer.bonus);
    return offer.bonus_payout.ppm == Rate::kOne ? target : apply_rate(target, offer.bonus_payout);
}

}  // namespace

void project_cash(const Offer& offer, int years, Projection& p) {
    p.years = years;
    Money base = offer.base;
    for (int n = 1; n <= years; ++n) {
        Components& c = p.year[static_cast<std::size_t>(n - 1)];
        if (n > 1) base += apply_rate(base, offer.raise);
        c.base = base;
        c.bonus = bonus_on(base, offer);
        c.sign_on = n == 1 ? offer.sign_on_y1 : n == 2 ? offer.sign_on_y2 : Money();
        c.other = Money();
        for (const OtherItem& o : offer.other)
            if (o.every_year || o.year == n) c.other += o.amount;
    }
}

void add_grant(const Grant& grant, const Offer& offer, Projection& p) {
    // One pass: a tranche inside the years shown adds its value to its year's RSU; a
    // later one adds its grant-price amount to equity_after.
    const int last = 12 * p.years;
    for_each_tranche(grant.value, grant.schedule, [&](int rel_month, Money amount) {
        const int month = grant.month + rel_month;
        if (month > last) p.equity_after += amount;
        else p.year[static_cast<std::size_t>((month - 1) / 12)].rsu += tranche_value(grant, offer, rel_month, amount);
    });
}

GrantVester::GrantVester(const Grant& grant, const Offer& offer, int years)
    : schedule_(&grant.schedule), growth_(offer.growth) {
    steps_.reserve(grant.schedule.tranches.size());
    for (const Tranche& t : grant.schedule.tranches) {
        const int month = grant.month + t.month;
        const int exponent_months = growth_months(grant, offer, t.month);
        const bool flat = growth_.ppm == 0 || exponent_months == 0;
        steps_.push_back({month <= 12 * years ? (month - 1) / 12 : -1, exponent_months,
                          flat ? 1.0 : growth_factor(growth_, exponent_months), flat});
    }
}

void GrantVester::vest(Money value, Money& year1, Money& total) const {
    std::int64_t cum = 0;
    Money before;
    year1 = total = Money();
    for (std::size_t i = 0; i < steps_.size(); ++i) {
        const Step& s = steps_[i];
        cum += schedule_->tranches[i].weight;
        const Money after =
            Money::cents(round_half_away(static_cast<i128>(value.in_cents()) * cum, schedule_->denominator));
        if (s.year >= 0) {
            const Money v = s.flat ? after - before : grow_by(after - before, growth_, s.exponent_months, s.factor);
            total += v;
            if (s.year == 0) year1 += v;
        }
        before = after;
    }
}

void finish_projection(Projection& p) {
    p.sum = Components{};
    p.assumed_refresh_sum = p.promotion_sum = Money();
    for (int n = 1; n <= p.years; ++n) {
        const auto i = static_cast<std::size_t>(n - 1);
        Components& c = p.year[i];
        c.sum_parts();
        p.sum.add(c);
        p.assumed_refresh_sum += p.assumed_refresh[i];
        p.promotion_sum += p.promotion[i];
    }
}

Money refresh_grant(const Offer& offer) {
    if (!offer.refresh) return Money();
    if (!offer.refresh->pct_of_grant) return offer.refresh->yearly;
    return offer.rsu ? apply_rate(offer.rsu->value, *offer.refresh->pct_of_grant) : Money();
}

namespace {

/// The grant's value vesting in each of the years shown (under the offer's growth).
std::array<Money, kMaxYears> vests_by_year(const Grant& grant, const Offer& offer, int years) {
    std::array<Money, kMaxYears> out{};
    for_each_tranche(grant.value, grant.schedule, [&](int rel_month, Money amount) {
        const int month = grant.month + rel_month;
        if (month <= 12 * years)
            out[static_cast<std::size_t>((month - 1) / 12)] += tranche_value(grant, offer, rel_month, amount);
    });
    return out;
}

/// The assumed refreshers: one grant at the start of each year from from_year on.
void add_refresh_assumption(const Offer& offer, Projection& p) {
    const Money yearly = refresh_grant(offer);
    if (yearly.is_zero()) return;
    for (int y = offer.refresh->from_year; y <= p.years; ++y) {
        const Grant g{yearly, offer.refresh->schedule, 12 * (y - 1)};
        const auto v = vests_by_year(g, offer, p.years);
        for (int n = 1; n <= p.years; ++n) p.assumed_refresh[static_cast<std::size_t>(n - 1)] += v[n - 1];
    }
}

/// The promotions' expected extra pay. In year n, the base is that of the latest
/// promotion that happened by then (promotions are independent events; a later one in
/// the list wins a tie), so promotion i sets it with probability P_i x the product of
/// (1 - P_j) over the promotions after it that are due by year n (rounded to the
/// millionth at each step). Each promotion's grant adds P_i x its vests.
void add_promotions(const Offer& offer, Projection& p) {
    const auto& ps = offer.promotions;
    std::vector<Money> promoted(ps.size());  // each promotion's base path, year by year
    for (int n = 1; n <= p.years; ++n) {
        const auto yi = static_cast<std::size_t>(n - 1);
        const Money base = p.year[yi].base;
        Money extra;
        for (std::size_t i = 0; i < ps.size(); ++i) {
            if (ps[i].year > n) continue;
            promoted[i] = ps[i].year == n ? ps[i].base : promoted[i] + apply_rate(promoted[i], offer.raise);
            std::int64_t w = ps[i].probability.ppm;
            for (std::size_t j = 0; j < ps.size(); ++j)
                if (j != i && ps[j].year <= n && (ps[j].year > ps[i].year || (ps[j].year == ps[i].year && j > i)))
                    w = mul_div_round(w, Rate::kOne - ps[j].probability.ppm, Rate::kOne);
            const Money pay = promoted[i] + bonus_on(promoted[i], offer) - base - bonus_on(base, offer);
            extra += apply_rate(pay, Rate{w});
        }
        p.promotion[yi] = extra;
    }
    for (const Promotion& pr : ps) {
        if (pr.grant.is_zero() || pr.year > p.years) continue;
        const Schedule& s = offer.rsu ? offer.rsu->schedule : *find_preset("even-annual");
        const auto v = vests_by_year(Grant{pr.grant, s, 12 * (pr.year - 1)}, offer, p.years);
        for (int n = 1; n <= p.years; ++n)
            p.promotion[static_cast<std::size_t>(n - 1)] += apply_rate(v[n - 1], pr.probability);
    }
}

}  // namespace

VestEndDrop vest_end_drop(const Offer& offer, const Projection& p) {
    VestEndDrop d;
    // The initial grant: the RSUs, the options, or the later of the two to end.
    int last = 0;
    if (offer.rsu && !offer.rsu->schedule.tranches.empty())
        last = offer.rsu->month + offer.rsu->schedule.tranches.back().month;
    if (offer.options && !offer.options->schedule.tranches.empty())
        last = std::max(last, offer.options->schedule.tranches.back().month);
    if (last == 0) return d;
    const int n = (last + 11) / 12 + 1;
    if (n > p.years || n < 2) return d;
    d.year = n;
    d.drop = p.y(n - 1).total - p.y(n).total;
    d.drop_assumed = p.with_assumptions(n - 1) - p.with_assumptions(n);
    return d;
}

namespace {

Projection project_unchecked(const Offer& offer, int years) {
    Projection p;
    project_cash(offer, years, p);
    if (offer.rsu) add_grant(*offer.rsu, offer, p);
    for (const Grant& g : offer.refreshers) add_grant(g, offer, p);
    add_options(offer, p);
    add_refresh_assumption(offer, p);
    if (!offer.promotions.empty()) add_promotions(offer, p);
    finish_projection(p);
    return p;
}

}  // namespace

// Written out rather than looped over kPayParts: the searches project an offer some
// seventy times a compare, and the loop through member pointers took twice as long.
static_assert(std::size(kPayParts) == 6, "add a new pay part below too");

void Components::add(const Components& o) {
    base += o.base;
    sign_on += o.sign_on;
    bonus += o.bonus;
    rsu += o.rsu;
    options += o.options;
    other += o.other;
    total += o.total;
}

void Components::sum_parts() { total = base + sign_on + bonus + rsu + options + other; }

const char* to_string(Convention c) { return c == Convention::VestDate ? "vest_date" : "recruiter"; }

const char* to_string(SignOnPaid p) { return p == SignOnPaid::Monthly ? "monthly" : "lump"; }
const char* to_string(HsaCoverage c) { return c == HsaCoverage::Self ? "self" : "family"; }

const char* to_string(OfferKind k) {
    switch (k) {
        case OfferKind::Offer: return "offer";
        case OfferKind::Verbal: return "verbal";
        case OfferKind::Current: return "current";
    }
    return "?";
}

const char* to_string(Lever l) {
    switch (l) {
        case Lever::Rsu: return "rsu";
        case Lever::SignOn: return "sign_on";
        case Lever::Base: return "base";
    }
    return "?";
}

bool Offer::is_fixed(Lever l) const {
    for (Lever f : fixed)
        if (f == l) return true;
    return false;
}

void for_each_vest(const Offer& offer, int last_month, void (*f)(void*, int, int, Money), void* ctx) {
    if (offer.rsu) vest_grant(*offer.rsu, offer, last_month, f, ctx);
    for (const Grant& g : offer.refreshers) vest_grant(g, offer, last_month, f, ctx);
}

Projection project(const Offer& offer, int years) {
    if (years < 1 || years > kMaxYears) throw usage_error("years must be between 1 and 10");
    try {
        return project_unchecked(offer, years);
    } catch (const Error& e) {
        if (offer.file.empty()) throw;
        throw Error(e.status(), offer.file + ": " + e.what());  // name the file, as every data error does
    }
}

std::vector<Components> monthly(const Offer& offer, int months) {
    if (months < 1 || months > 12 * kMaxYears)
        throw usage_error(fmt::format("months must be between 1 and {}, found {}", 12 * kMaxYears, months));
    std::vector<Components> out(static_cast<std::size_t>(months));
    auto at = [&](int m) -> Components& { return out[static_cast<std::size_t>(m - 1)]; };
    // Splits a yearly amount over the 12 months of year n by cumulative rounding.
    auto spread = [&](Money amount, int n, Money Components::*part) {
        Money before;
        for (int k = 1; k <= 12; ++k) {
            const int m = 12 * (n - 1) + k;
            if (m > months) return;
            const Money after = Money::cents(round_half_away(static_cast<i128>(amount.in_cents()) * k, 12));
            at(m).*part += after - before;
            before = after;
        }
    };
    const int years = (months + 11) / 12;
    const Projection p = project(offer, std::min(years, kMaxYears));
    for (int n = 1; n <= years; ++n) {
        const Components& y = p.y(n);
        const int first = 12 * (n - 1) + 1, last = 12 * n;
        spread(y.base, n, &Components::base);
        if (offer.sign_on_paid == SignOnPaid::Lump) at(first).sign_on += y.sign_on;
        else spread(y.sign_on, n, &Components::sign_on);
        if (last <= months) at(last).bonus += y.bonus;
        at(first).other += y.other;
    }
    for_each_vest(offer, months, [&](int month, Money v) { at(month).rsu += v; });
    if (offer.options)
        for (const OptionVest& v : option_vests(*offer.options, months))
            at(v.month).options += option_value(v, offer.options->price(), offer);
    for (Components& c : out) c.sum_parts();
    return out;
}

}  // namespace offercalc
