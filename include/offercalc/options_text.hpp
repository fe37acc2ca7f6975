#pragma once

// Stock options shown: the price their paper value is counted at and where it comes
// from, the exercise cost, the value at multiples of the preferred price, and the
// exits, as text (show, compare) and JSON. DOMAIN.md "Startup equity".

#include <cstdint>
#include <string>
#include <vector>

#include "offercalc/json_writer.hpp"
#include "offercalc/model.hpp"
#include "offercalc/offer.hpp"

namespace offercalc {

/// The multiples of the preferred price every options table shows, in hundredths:
/// 0x, 1x, 3x and 10x (the framing of a large cap-table provider).
inline constexpr std::int64_t kOptionMultiples[] = {0, 100, 300, 1000};

/// The offer counted with its options at one multiple of the preferred price.
struct OptionMultiple {
    std::int64_t hundredths = 0;  ///< 300 is 3x
    SharePrice price;             ///< preferred x multiple
    Money options;                ///< the options' paper value over the years shown
    Money total;                  ///< the offer's total over the years shown
};

/// The offer projected over `years` at each of kOptionMultiples; empty without options.
std::vector<OptionMultiple> option_multiples(const Offer& offer, int years);

/// "3x", "0.5x", "0x".
std::string multiple_text(std::int64_t hundredths);

/// Where the price options are counted at comes from: "the last preferred price of
/// $7.50", "3x the last preferred price of $7.50, $22.50", "a chosen price of $12 (the
/// last preferred price is $7.50)".
std::string price_basis_text(const Options& o);
/// "30,000 NSOs (20,000 and later grants of 10,000) at strikes of $2 to $6".
std::string grant_words(const Options& o);
/// "its 60,000 ISOs", or "the 40,000 of its 80,000 ISOs that vest in 2 years".
std::string vesting_words(const Options& o, int years);

/// "preferred", "multiple" or "price": price_basis_text() for JSON.
const char* price_basis_key(const Options& o);

/// show's words and tables on an offer's options, each line ending in a newline: the
/// grant and its price, the paper-value line, shares vesting and exercise cost by year,
/// the multiples table and the exits. "" without options.
std::string render_options(const Projected& p, int columns, bool exact);

/// compare's part on options: for each offer with options, its paper value, the price
/// it is counted at, the exercise cost and its exits; then the multiples table: each
/// offer's total at each multiple (an offer without options the same in each, for
/// reference). Starts with a blank line; "" when no offer has options.
std::string render_compare_options(const std::vector<Projected>& offers, int columns, bool exact);

/// The "options" object of an offer with options (README "JSON output").
void write_options(JsonWriter& w, const Projected& p);

/// A price in a table: "$7.50", "$75.00", "$18.119043" (cents always written).
std::string price_cell(SharePrice p);

/// An exit as given: "$20 a share", "$2B valuation".
std::string exit_text(const ExitScenario& s);

/// A price per share as a JSON number: 7.50, 0.0125, 20.00.
std::string price_json(SharePrice p);

}  // namespace offercalc
