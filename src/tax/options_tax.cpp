// Tax on stock options: the spread, the ISO limit, the federal AMT and the words. The
// year's wages are taxed by tax.cpp's own machinery (tax_year, federal_return); this
// file only adds the exercise to them.

#include "offercalc/options_tax.hpp"

#include <algorithm>
#include <tuple>

#include <fmt/format.h>

#include "core/wide.hpp"
#include "tax/federal.hpp"
#include "tax/table.hpp"

namespace offercalc {

namespace {

using detail::idx;
using detail::kRateOne;

/// Millionths of a dollar in a cent.
constexpr std::int64_t kMicrosPerCent = 10'000;

/// An exact amount in cents x kRateOne, rounded once to the cent.
Money rounded(i128 x) { return Money::cents(round_half_away(x, kRateOne)); }

/// The exemption after its phase-out: less the phase-out rate of AMTI above the
/// threshold (the reduction rounded once to the cent), never below zero.
std::int64_t phased_exemption(const detail::AmtRules& a, std::size_t i, std::int64_t amti) {
    const std::int64_t above = std::max<std::int64_t>(0, amti - a.phase_out_over[i]);
    const std::int64_t cut = rounded(static_cast<i128>(above) * a.phase_out_rate).in_cents();
    return std::max<std::int64_t>(0, a.exemption[i] - cut);
}

Components plus_wages(Components w, Money extra) {
    w.other += extra;
    w.sum_parts();
    return w;
}

}  // namespace

Money exercise_spread(std::int64_t shares, SharePrice strike, SharePrice fmv) {
    const std::int64_t per_share = std::max<std::int64_t>(0, fmv.micros - strike.micros);
    return Money::cents(round_half_away(static_cast<i128>(shares) * per_share, kMicrosPerCent));
}

std::vector<IsoSplit> split_iso_limit(const std::vector<IsoLot>& lots) {
    // In millionths of a dollar, exact.
    i128 left = static_cast<i128>(kIsoYearLimit.in_cents()) * kMicrosPerCent;
    std::vector<IsoSplit> out;
    for (const IsoLot& lot : lots) {
        const std::int64_t shares = std::max<std::int64_t>(0, lot.shares);
        std::int64_t iso = shares;
        if (lot.grant_fmv.micros > 0)
            iso = static_cast<std::int64_t>(std::min<i128>(shares, left / lot.grant_fmv.micros));
        left -= static_cast<i128>(iso) * std::max<std::int64_t>(0, lot.grant_fmv.micros);
        out.push_back({iso, shares - iso});
    }
    return out;
}

AmtFigures federal_amt(const TaxProfile& p, const Components& wages, Money preference, int year) {
    const detail::Table& t = detail::built_in_table();
    const std::size_t i = idx(p.filing);
    const detail::FederalReturn fed = detail::federal_return(p, wages, year);
    AmtFigures a;
    // Form 6251 line 1 is taxable income (negative when the deduction is larger): with
    // the standard deduction added back, AMTI is the return's income plus the preference.
    const std::int64_t amti = fed.income + preference.in_cents();
    const std::int64_t exemption = phased_exemption(t.amt, i, amti);
    const std::int64_t excess = std::max<std::int64_t>(0, amti - exemption);
    a.amti = Money::cents(amti);
    a.exemption = Money::cents(exemption);
    a.taxable_excess = Money::cents(excess);
    a.tentative = rounded(detail::schedule_tax(excess, t.amt.rates[i]));
    a.regular = Money::cents(fed.tax);
    a.amt = max(Money(), a.tentative - a.regular);
    return a;
}

ExerciseTax exercise_tax(const TaxProfile& p, const Components& wages, Money nso_spread, Money iso_spread, int year) {
    ExerciseTax out;
    out.nso_spread = nso_spread;
    out.iso_spread = iso_spread;
    const Components with_nso = plus_wages(wages, nso_spread);
    const YearTax before = tax_year(p, wages, year), after = tax_year(p, with_nso, year);
    for (const TaxPart& part : kTaxParts) out.wages.*part.amount = after.tax.*part.amount - before.tax.*part.amount;
    out.wages.total = after.tax.total - before.tax.total;
    if (!iso_spread.is_zero())
        out.amt = federal_amt(p, with_nso, iso_spread, year).amt - federal_amt(p, with_nso, Money(), year).amt;
    out.total = out.wages.total + out.amt;
    return out;
}

ExerciseTax exercise_tax(const TaxProfile& p, const Components& wages, IsoSplit shares, SharePrice strike,
                         SharePrice fmv, int year) {
    return exercise_tax(p, wages, exercise_spread(shares.nso, strike, fmv), exercise_spread(shares.iso, strike, fmv),
                        year);
}

namespace {

/// A grant of options: the initial one (month 0) or a refresher.
struct OptionGrant {
    int month = 0;
    std::int64_t shares = 0;
    SharePrice strike;
    const Schedule* schedule = nullptr;
};

/// The employment year of a month after the start (month 0, the start, is in year 1).
int year_of(int month) { return month <= 0 ? 1 : (month - 1) / 12 + 1; }

std::vector<OptionGrant> grants_of(const Options& o) {
    std::vector<OptionGrant> out{{0, o.shares, o.strike, &o.schedule}};
    for (const OptionRefresher& r : o.refreshers) out.push_back({r.month, r.shares, r.strike, &r.schedule});
    return out;
}

/// Each grant's ISO shares when every share is exercisable in the grant's year (early
/// exercise): the limit applied to the grants of each year together, earlier first.
std::vector<std::int64_t> early_iso_pools(const std::vector<OptionGrant>& grants) {
    std::vector<std::int64_t> pools(grants.size());
    std::vector<std::size_t> order(grants.size());
    for (std::size_t g = 0; g < grants.size(); ++g) order[g] = g;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return grants[a].month < grants[b].month; });
    for (std::size_t i = 0; i < order.size();) {
        std::size_t j = i;
        std::vector<IsoLot> lots;
        for (; j < order.size() && year_of(grants[order[j]].month) == year_of(grants[order[i]].month); ++j)
            lots.push_back({grants[order[j]].shares, grants[order[j]].strike});
        const std::vector<IsoSplit> split = split_iso_limit(lots);
        for (std::size_t k = i; k < j; ++k) pools[order[k]] = split[k - i].iso;
        i = j;
    }
    return pools;
}

/// ISO shares for vests each first exercisable in its own year: the lots of a year in
/// the order of their grants (then months).
void split_by_vest_year(std::vector<ClassedVest>& vests, const std::vector<std::size_t>& grant_of) {
    std::vector<std::size_t> order(vests.size());
    for (std::size_t v = 0; v < vests.size(); ++v) order[v] = v;
    auto key = [&](std::size_t v) {
        return std::tuple(year_of(vests[v].vest.month), vests[v].vest.grant_month, grant_of[v], vests[v].vest.month);
    };
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return key(a) < key(b); });
    for (std::size_t i = 0; i < order.size();) {
        std::size_t j = i;
        std::vector<IsoLot> lots;
        for (; j < order.size() && year_of(vests[order[j]].vest.month) == year_of(vests[order[i]].vest.month); ++j)
            lots.push_back({vests[order[j]].vest.shares, vests[order[j]].vest.strike});
        const std::vector<IsoSplit> split = split_iso_limit(lots);
        for (std::size_t k = i; k < j; ++k) vests[order[k]].split = split[k - i];
        i = j;
    }
}

}  // namespace

std::vector<ClassedVest> classed_vests(const Options& o, int last_month) {
    const std::vector<OptionGrant> grants = grants_of(o);
    std::vector<ClassedVest> all;
    std::vector<std::size_t> grant_of;
    for (std::size_t g = 0; g < grants.size(); ++g) {
        Options one;  // the grant alone, its vests counted from its own month
        one.shares = grants[g].shares;
        one.strike = grants[g].strike;
        one.schedule = *grants[g].schedule;
        for (OptionVest v : option_vests(one, 2 * kMaxVestMonth)) {
            v.grant_month += grants[g].month;
            v.month += grants[g].month;
            all.push_back({v, {0, v.shares}});
            grant_of.push_back(g);
        }
    }
    if (o.type == OptionType::Iso && !o.early_exercise) split_by_vest_year(all, grant_of);
    if (o.type == OptionType::Iso && o.early_exercise) {
        std::vector<std::int64_t> pools = early_iso_pools(grants);
        for (std::size_t v = 0; v < all.size(); ++v) {  // a grant's vests are in month order
            const std::int64_t iso = std::min(pools[grant_of[v]], all[v].vest.shares);
            pools[grant_of[v]] -= iso;
            all[v].split = {iso, all[v].vest.shares - iso};
        }
    }
    std::vector<ClassedVest> out;
    for (const ClassedVest& v : all)
        if (v.vest.month <= last_month) out.push_back(v);
    return out;
}

ExerciseLots exercise_lots(const std::vector<ClassedVest>& vests, SharePrice fmv) {
    ExerciseLots out;
    for (const ClassedVest& v : vests) {
        out.shares.iso += v.split.iso;
        out.shares.nso += v.split.nso;
        out.cost += v.vest.cost();
        out.iso_spread += exercise_spread(v.split.iso, v.vest.strike, fmv);
        out.nso_spread += exercise_spread(v.split.nso, v.vest.strike, fmv);
    }
    return out;
}

OptionExercise option_exercise(const TaxProfile& p, const Components& wages, const ExerciseLots& lots, int year) {
    const ExerciseTax t = exercise_tax(p, wages, lots.nso_spread, lots.iso_spread, year);
    return {lots.shares.iso, lots.shares.nso, lots.cost, lots.iso_spread + lots.nso_spread, t.total, t.amt};
}

std::vector<OptionExercise> exercise_by_year(const TaxProfile& p, const Offer& offer, const Projection& projection) {
    std::vector<OptionExercise> out;
    if (!offer.options) return out;
    const std::vector<ClassedVest> vests = classed_vests(*offer.options, 12 * projection.years);
    for (int n = 1; n <= projection.years; ++n) {
        std::vector<ClassedVest> year;
        for (const ClassedVest& v : vests)
            if (year_of(v.vest.month) == n) year.push_back(v);
        out.push_back(option_exercise(p, projection.y(n), exercise_lots(year, offer.options->fmv), n));
    }
    return out;
}

void OptionExercise::add(const OptionExercise& o) {
    iso_shares += o.iso_shares;
    nso_shares += o.nso_shares;
    cost += o.cost;
    spread += o.spread;
    tax += o.tax;
    amt += o.amt;
}

IsoSplit early_exercise_split(OptionType type, std::int64_t shares, SharePrice grant_fmv) {
    if (type == OptionType::Nso) return {0, std::max<std::int64_t>(0, shares)};
    return split_iso_limit({{shares, grant_fmv}}).front();
}

std::vector<std::string> early_exercise_words(OptionType type) {
    const bool iso = type == OptionType::Iso;
    std::vector<std::string> out;
    out.emplace_back(
        std::string("Exercising unvested options early, with an 83(b) election filed with the IRS within 30 days, ") +
        (iso ? "makes the spread at exercise (the fair market value less the strike, times the shares) a preference "
               "for the alternative minimum tax of that year"
             : "taxes the spread at exercise (the fair market value less the strike, times the shares) as wages of "
               "that year") +
        ": nothing when the strike equals the fair market value.");
    out.emplace_back(iso ? "Nothing is taxed as the shares vest, and the year from exercise that a qualifying sale "
                           "needs starts at once (the two years from the grant run regardless)."
                         : "Nothing is taxed as the shares vest, and the holding period for a long-term gain starts "
                           "at exercise.");
    if (iso)
        out.emplace_back(
            "Every share exercisable early counts toward the $100,000 ISO limit in the year of the grant; the shares "
            "above it are taxed as NSOs.");
    out.emplace_back("Without the election, the spread is taxed as each tranche vests, at the fair market value then.");
    return out;
}

std::vector<std::string> option_sale_words(OptionType type) {
    std::vector<std::string> out;
    if (type == OptionType::Nso) {
        out.emplace_back(
            "Shares from NSOs cost the fair market value at exercise, as the spread was taxed as wages then.");
        out.emplace_back(
            "Sold more than a year after exercise, the price above that cost is a long-term capital gain; sold within "
            "a year, a short-term gain, taxed as ordinary income.");
    } else {
        out.emplace_back(
            "Shares from ISOs sold more than two years after the grant and more than a year after exercise are a "
            "qualifying disposition: the whole price above the strike is a long-term capital gain, and none of it is "
            "wages.");
        out.emplace_back(
            "A sale sooner is a disqualifying disposition: the spread at exercise (or the gain, when smaller) is "
            "ordinary income, without Social Security or Medicare tax, and the rest a capital gain, long-term only "
            "if the shares were held more than a year.");
        out.emplace_back(
            "Alternative minimum tax paid on the exercise may come back in later years as a credit (Form 8801).");
    }
    out.emplace_back(fmt::format(
        "Not modelled: the tax on the sale itself (capital gains rates, the 3.8% net investment income tax, state tax "
        "on the gain), {}the exclusion for qualified small business stock (IRC 1202).",
        type == OptionType::Iso ? "that credit, and " : "and "));
    return out;
}

std::string option_tax_caveat() {
    return "Exercising options is taxed, their paper value is not: an NSO's spread as wages of that year, under the "
           "same rules as the year's pay; an ISO's spread only through the federal alternative minimum tax, the one "
           "AMT figured here (the 2026 exemption, its 50% phase-out and the 26%/28% rates), with no state tax at "
           "exercise. Left out: state alternative minimum tax (California has one), other AMT preferences, married "
           "filing separately's addition to AMT income above the exemption's phase-out, and the credit that may "
           "return AMT in later years. The $100,000 ISO limit is applied by employment year, each taken as a calendar "
           "year, with each grant valued at its strike.";
}

}  // namespace offercalc
