// Tax on stock options: the spread, the ISO limit, the federal AMT and the words. The
// year's wages are taxed by tax.cpp's own machinery (tax_year, federal_return); this
// file only adds the exercise to them.

#include "offercalc/options_tax.hpp"

#include <algorithm>

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
            "Sold sooner, it is a disqualifying disposition: the spread at exercise (or the gain, when smaller) is "
            "ordinary income, without Social Security or Medicare tax, and the rest a capital gain, long-term only "
            "if the shares were held more than a year.");
        out.emplace_back(
            "Alternative minimum tax paid on the exercise may come back in later years as a credit (Form 8801).");
    }
    out.emplace_back(
        "Not modelled: the tax on the sale itself (capital gains rates, the 3.8% net investment income tax, state tax "
        "on the gain), that credit, and the exclusion for qualified small business stock (IRC 1202).");
    return out;
}

std::string option_tax_caveat() {
    return "Options are taxed when exercised, not as their paper value: an NSO's spread as wages of that year, under "
           "the same rules as the year's pay; an ISO's spread only through the federal alternative minimum tax (the "
           "2026 exemption, its 50% phase-out and the 26%/28% rates), with no state tax at exercise. Left out: state "
           "alternative minimum tax (California has one), other AMT preferences, married filing separately's addition "
           "to AMT income above the exemption's phase-out, and the credit that may return AMT in later years. The "
           "$100,000 ISO limit is applied by employment year, each taken as a calendar year.";
}

}  // namespace offercalc
