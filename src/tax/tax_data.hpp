#pragma once
// The tax table built into the library (generated from data/tax/YEAR.json).

#include <span>
#include <string_view>

namespace offercalc::detail {

/// The whole table, as JSON text.
std::string_view tax_table_json();

/// Its tax_year.
int tax_table_year();

/// A state's code, its cities' codes (separated by spaces; empty when none) and its name.
struct TaxPlaceCodes {
    std::string_view state, cities, name;
};
/// Every state in the table, in code order.
std::span<const TaxPlaceCodes> tax_place_codes();

}  // namespace offercalc::detail
