#pragma once

// Tax on stock options (DOMAIN.md "Startup equity"), for the table's tax year, on top of
// tax.hpp's year of wages:
// - NSO exercise: the spread (FMV - strike) x shares is wages, under every federal,
//   FICA, state and city rule of tax_year(): its tax is tax(wages + spread) - tax(wages).
// - ISO exercise: no regular tax and no FICA; the spread is a preference item of the
//   federal alternative minimum tax (IRC 56(b)(3)); its tax is the AMT it causes.
// - The ISO $100,000 limit (IRC 422(d)): options whose grant-date value first
//   exercisable in one calendar year passes $100,000 are NSOs for the excess.
// - Early exercise with an 83(b) election: the spread at exercise is taxed then.
// Sale at an exit is described in words, not modelled (option_sale_words).

#include <cstdint>
#include <string>
#include <vector>

#include "offercalc/model.hpp"
#include "offercalc/money.hpp"
#include "offercalc/offer.hpp"
#include "offercalc/options.hpp"
#include "offercalc/tax.hpp"

namespace offercalc {

/// shares x max(0, fmv - strike), rounded once, half away from zero, to the cent: the
/// spread an exercise is taxed on.
Money exercise_spread(std::int64_t shares, SharePrice strike, SharePrice fmv);

/// Options exercised in one year, split by how they are taxed.
struct IsoSplit {
    std::int64_t iso = 0;  ///< within the $100,000 limit: incentive stock options
    std::int64_t nso = 0;  ///< taxed as non-qualified options
    friend constexpr bool operator==(IsoSplit, IsoSplit) = default;
};

/// The options of one grant that first become exercisable in a calendar year, with the
/// fair market value per share on the day the grant was made.
struct IsoLot {
    std::int64_t shares = 0;
    SharePrice grant_fmv;
};

/// IRC 422(d): the yearly limit on the grant-date value of ISOs first exercisable.
inline constexpr Money kIsoYearLimit = Money::cents(10'000'000);

/// Splits one calendar year's ISOs, first exercisable in that year, into ISOs and NSOs:
/// the lots in the order their grants were made (earlier first, IRC 422(d)(2)), each
/// lot's ISOs the whole shares whose grant-date value (shares x grant_fmv, exact) fits
/// in what the earlier lots left of $100,000, the rest NSOs. One result per lot.
std::vector<IsoSplit> split_iso_limit(const std::vector<IsoLot>& lots);

/// The federal alternative minimum tax of a year of wages with a preference (an ISO
/// spread), by Form 6251's steps, each rounded once to the cent.
struct AmtFigures {
    Money amti;            ///< regular taxable income + the standard deduction + the preference
    Money exemption;       ///< the exemption less its phase-out (50% of AMTI above the threshold)
    Money taxable_excess;  ///< amti - exemption, not below 0
    Money tentative;       ///< 26% of the taxable excess up to the breakpoint, 28% above
    Money regular;         ///< the regular federal income tax
    Money amt;             ///< max(0, tentative - regular)
};
AmtFigures federal_amt(const TaxProfile& p, const Components& wages, Money preference, int year = 1);

/// What exercising options adds to a year's tax.
struct ExerciseTax {
    Money nso_spread;  ///< wages
    Money iso_spread;  ///< an AMT preference
    TaxLines wages;    ///< the NSO spread's tax by line: tax(wages + spread) - tax(wages)
    Money amt;         ///< the ISO spread's: AMT with it less AMT without it (on wages + the NSO spread)
    Money total;       ///< wages.total + amt
};

/// The tax of exercising, in employment year `year` (taxed as one calendar year), on top
/// of that year's other wages. The profile must pass check_profile.
ExerciseTax exercise_tax(const TaxProfile& p, const Components& wages, Money nso_spread, Money iso_spread,
                         int year = 1);
/// The same for `shares` exercised at `fmv` with strike `strike`.
ExerciseTax exercise_tax(const TaxProfile& p, const Components& wages, IsoSplit shares, SharePrice strike,
                         SharePrice fmv, int year = 1);

/// An early exercise of a whole grant (unvested shares, with an 83(b) election): every
/// share is first exercisable in the year of the grant, so the $100,000 limit applies to
/// the whole grant at once. NSOs: all NSO.
IsoSplit early_exercise_split(OptionType type, std::int64_t shares, SharePrice grant_fmv);

/// One vest of options with its shares split by the $100,000 limit.
struct ClassedVest {
    OptionVest vest;
    IsoSplit split;
};

/// Every vest of the options (initial grant, then refreshers) up to `last_month`, each
/// split into ISO and NSO shares. The limit counts the shares first exercisable in each
/// employment year (taken as a calendar year): each vest in its own year, or with early
/// exercise every share of a grant in the grant's year, its ISOs going to the earliest
/// vests. The grant-date value per share is taken as the grant's strike (an ISO's strike
/// is at least the FMV at grant, IRC 422(b)(4)). NSO grants: all NSO.
std::vector<ClassedVest> classed_vests(const Options& o, int last_month);

/// Exercising `vests` at `fmv`: their shares, the cash (shares x strike, each vest's
/// product rounded) and the spreads by kind.
struct ExerciseLots {
    IsoSplit shares;
    Money cost, iso_spread, nso_spread;
};
ExerciseLots exercise_lots(const std::vector<ClassedVest>& vests, SharePrice fmv);

/// ExerciseLots taxed on top of a year's `wages` as OptionExercise.
OptionExercise option_exercise(const TaxProfile& p, const Components& wages, const ExerciseLots& lots, int year);

/// Exercising each employment year's vest in that year, at the options' FMV today (no
/// growth), on top of the year's wages (projection.y(n)); empty without options. The
/// profile must pass check_profile.
std::vector<OptionExercise> exercise_by_year(const TaxProfile& p, const Offer& offer, const Projection& projection);

/// How an early exercise with an 83(b) election is taxed, in sentences.
std::vector<std::string> early_exercise_words(OptionType type);

/// How a sale of the shares at an exit is taxed (long- and short-term gains; for ISOs
/// qualifying and disqualifying dispositions), in sentences, and what is left out.
std::vector<std::string> option_sale_words(OptionType type);

/// What the options' tax figures assume and leave out, in one paragraph.
std::string option_tax_caveat();

}  // namespace offercalc
