#pragma once

// Internal: the parts of tax.cpp's year that the options' tax (options_tax.cpp) builds
// on, so that it adds to the same year rather than computing its own.

#include <cstdint>
#include <vector>

#include "core/wide.hpp"
#include "offercalc/model.hpp"
#include "offercalc/offer.hpp"
#include "tax/table.hpp"

namespace offercalc::detail {

/// The built-in table, read once.
const Table& built_in_table();

/// A year's federal return, in cents: the income it starts from (gross wages less the
/// pre-tax savings the return excludes: adjusted gross income here), taxable income
/// after the standard deduction, and the regular income tax, rounded to the cent. The
/// profile must pass check_profile.
struct FederalReturn {
    std::int64_t income = 0, taxable = 0, tax = 0;
};
FederalReturn federal_return(const TaxProfile& p, const Components& wages, int year);

/// A bracket schedule's tax on `amount` cents, exact: in cents x kRateOne.
i128 schedule_tax(std::int64_t amount, const std::vector<Bracket>& brackets);

}  // namespace offercalc::detail
