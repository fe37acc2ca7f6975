#pragma once

// After-tax estimates: federal income tax, FICA, state and city income tax and state
// payroll programs on one calendar year of wages, from the tax table built in from
// data/tax/YEAR.json (the newest year present). Every line is computed exactly and
// rounded once, half away from zero, to the cent; net = wages - the lines' total.

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

/// One calendar year of wages, taxed.
struct YearTax {
    Money wages;  ///< gross: base, sign-on, bonus, vested RSUs and other
    TaxLines tax;
    Money net;  ///< wages - tax.total
    /// Sign-on, bonus, vested RSUs and other pay are supplemental wages: what the
    /// employer withholds on them (federal, state and city income tax).
    Money supplemental_withheld;
    /// Income tax (and Additional Medicare) owed at filing beyond what was withheld,
    /// the base being withheld as if it were the year's only pay; negative: a refund.
    Money withholding_shortfall;
};

/// An offer's projection, taxed year by year.
struct AfterTax {
    TaxProfile profile;
    std::vector<YearTax> years;
    TaxLines tax;  ///< over the years
    Money net_total, withholding_shortfall;
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

/// Taxes one calendar year of wages. The profile must pass check_profile.
YearTax tax_year(const TaxProfile& p, const Components& wages);
AfterTax after_tax(const TaxProfile& p, const Projection& projection);

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
/// tax_place and tax_caveat together.
std::string tax_assumptions(const TaxProfile& p);
/// "2026 federal; CA 2025 schedules", the short form for a table's footer.
std::string tax_basis(const TaxProfile& p);

}  // namespace offercalc
