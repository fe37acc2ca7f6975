#pragma once

// After-tax estimates: federal income tax, FICA, state and city income tax and state
// payroll programs on one calendar year of wages, from the tax table built in from
// data/tax/YEAR.json (the newest year present). Every line is computed exactly and
// rounded once, half away from zero, to the cent; net = wages - the lines' total.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "offercalc/model.hpp"
#include "offercalc/money.hpp"
#include "offercalc/offer.hpp"

namespace offercalc {

inline constexpr Filing kFilings[] = {Filing::Single, Filing::MarriedJoint, Filing::MarriedSeparate,
                                      Filing::HeadOfHousehold};
/// "single", "married_joint", "married_separate", "head_of_household"
const char* to_string(Filing f);
std::optional<Filing> filing_from(std::string_view name);
/// "single", "married filing jointly", ...: for sentences.
const char* filing_words(Filing f);

/// One year's taxes by line; total is their exact sum.
struct TaxLines {
    Money federal;        ///< federal income tax
    Money fica;           ///< Social Security, Medicare and Additional Medicare
    Money state;          ///< state income tax
    Money local;          ///< city income tax
    Money state_payroll;  ///< state payroll programs (SDI, paid leave, WA Cares...)
    Money total;
    void add(const TaxLines& o);
};

/// The parts of TaxLines, in the order reports list them.
struct TaxPart {
    const char* key;
    const char* words;
    Money TaxLines::*amount;
};
inline constexpr TaxPart kTaxParts[] = {{"federal", "federal tax", &TaxLines::federal},
                                        {"fica", "FICA", &TaxLines::fica},
                                        {"state", "state tax", &TaxLines::state},
                                        {"local", "city tax", &TaxLines::local},
                                        {"state_payroll", "state payroll", &TaxLines::state_payroll}};

/// One year's pre-tax savings through payroll, by line; total is their exact sum.
struct SavedLines {
    Money k401;   ///< 401(k) deferral, its Roth catch-up included
    Money hsa;    ///< HSA contribution
    Money other;  ///< other pre-tax deductions
    Money total;
    void add(const SavedLines& o);
};

/// The parts of SavedLines, in the order reports list them.
struct SavedPart {
    const char* key;
    const char* words;
    Money SavedLines::*amount;
};
inline constexpr SavedPart kSavedParts[] = {{"401k", "401(k)", &SavedLines::k401},
                                            {"hsa", "HSA", &SavedLines::hsa},
                                            {"other", "other pre-tax", &SavedLines::other}};

/// Where a year's savings met a limit.
struct SavingsCaps {
    bool k401 = false;  ///< the 401(k) election was above the year's IRS limit
    bool hsa = false;   ///< the HSA contribution was above the year's IRS limit
    bool pay = false;   ///< the savings were above the year's base salary
};

/// One calendar year of wages, taxed.
struct YearTax {
    Money wages;  ///< gross: base, sign-on, bonus, vested RSUs and other
    TaxLines tax;
    SavedLines saved;  ///< pre-tax savings, out of the base salary
    /// The part of saved.k401 that is a catch-up made as Roth (after tax): from 2026 a
    /// catch-up must be Roth above $150,000 of FICA wages (see tax_savings_note).
    Money roth_catch_up;
    SavingsCaps capped;
    Money match;  ///< the employer's 401(k) match: pay, but not take-home cash, not in net
    Money net;    ///< take-home: wages - tax.total - saved.total
    /// Sign-on, bonus, vested RSUs and other pay are supplemental wages: what the
    /// employer withholds on them (federal, state and city income tax).
    Money supplemental_withheld;
    /// Income tax (and Additional Medicare) owed at filing beyond what was withheld,
    /// the base being withheld as if it were the year's only pay; negative: a refund.
    Money withholding_shortfall;
};

/// Exercising stock options (options_tax.hpp): the cash and the tax it takes. Not in
/// net: exercising is a choice, paid out of pocket.
struct OptionExercise {
    std::int64_t iso_shares = 0, nso_shares = 0;  ///< split by the ISO $100,000 limit
    Money cost;                                   ///< shares x strike
    Money spread;  ///< shares x (FMV - strike): wages for NSOs, an AMT preference for ISOs
    Money tax;     ///< what the exercise adds to the year's tax, AMT included
    Money amt;     ///< of which federal alternative minimum tax
    void add(const OptionExercise& o);
};

/// An offer's projection, taxed year by year.
struct AfterTax {
    TaxProfile profile;
    std::vector<YearTax> years;
    TaxLines tax;  ///< over the years
    SavedLines saved;
    Money match, net_total, withholding_shortfall;
    /// With stock options: exercising each year's vest at today's FMV, by year, and
    /// over the years; empty without options.
    std::vector<OptionExercise> exercise;
    OptionExercise exercise_total;
};

/// The tax year of the built-in table (the latest year under data/tax/).
int tax_year();
/// The states the table holds, sorted ("AK", "CA", ...).
const std::vector<std::string>& tax_states();
/// The cities the table holds for a state ("NYC" for NY); empty for most.
std::vector<std::string> tax_cities(std::string_view state);

/// Checks a profile against the table: a usage Error with subject "tax.state" or
/// "tax.city" that names what the table holds.
void check_profile(const TaxProfile& p);

/// Taxes one calendar year of wages, employment year `year` (1-based: the age of a
/// profile's savings grows with it). The profile must pass check_profile.
YearTax tax_year(const TaxProfile& p, const Components& wages, int year = 1);
AfterTax after_tax(const TaxProfile& p, const Projection& projection);

/// tax_year(p, wages, year).net, without the withholding figures and with the profile's
/// place looked up once: for simulations that tax many years of pay (odds after tax).
class NetTax {
public:
    /// The profile must pass check_profile; it is copied.
    explicit NetTax(const TaxProfile& p);
    Money net(const Components& wages, int year) const;

private:
    TaxProfile profile_;
    const void* state_;  ///< the table's entry for the profile's state (a type private to tax.cpp)
    const void* city_;   ///< and its city, or nullptr
};

/// Attaches p.projection taxed under the offer's tax profile as p.after_tax; a usage
/// Error naming the file and "tax" when the offer has none.
void add_after_tax(Projected& p);
/// The same under a given profile, which must pass check_profile.
void add_after_tax(Projected& p, const TaxProfile& profile);
/// add_after_tax's check alone: the usage Error when the offer has no tax profile.
void require_tax_profile(const Offer& o);

/// "California, filing single; 2026 federal and payroll figures, California's 2025
/// income tax schedules (the latest in the table)".
std::string tax_place(const TaxProfile& p);
/// What every after-tax figure assumes and leaves out, in two sentences.
std::string tax_caveat();
/// How the profile's savings are treated, in one sentence ("" without savings): the
/// limits and their year, the state's exceptions, the match kept out of net.
std::string tax_savings_note(const TaxProfile& p);
/// tax_place and tax_caveat together.
std::string tax_assumptions(const TaxProfile& p);
/// "2026 federal; CA 2025 schedules", the short form for a table's footer.
std::string tax_basis(const TaxProfile& p);

}  // namespace offercalc
