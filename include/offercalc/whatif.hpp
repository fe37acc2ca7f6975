#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "offercalc/amount.hpp"
#include "offercalc/offer.hpp"
#include "offercalc/parse.hpp"

namespace offercalc {

/// The price options are counted at instead of the preferred price: a price of its
/// own, or a multiple of the preferred price in hundredths (300 is 3x).
struct OptionPricing {
    std::optional<SharePrice> price;
    std::optional<std::int64_t> multiple;
};

/// What-if changes to an offer: to its base, sign-on, RSU grant, bonus and growth, its
/// growth convention, and overrides of the offer document itself.
struct WhatIf {
    std::array<std::optional<Adjustment>, kFieldCount> changes;  ///< indexed by Field
    std::optional<Convention> convention;
    std::vector<Override> sets;                 ///< applied to the document before it is read
    std::optional<OptionPricing> option_price;  ///< for an offer with options; none ignores it

    std::optional<Adjustment>& operator[](Field f) { return changes[static_cast<std::size_t>(f)]; }
    const std::optional<Adjustment>& operator[](Field f) const { return changes[static_cast<std::size_t>(f)]; }
    bool empty() const;
};

/// Applies the changes (not `sets`) to an offer and returns one line per change, e.g.
/// "RSU grant $240,000.00 -> $352,000.00". A change that puts a value outside its
/// field's range (fields.hpp) or needs a missing RSU grant is a usage Error naming the
/// field.
/// With `brief`, also the short form of each change: "rsu +$30k", "bonus_pct 12%",
/// "recruiter convention", "sign_on.year2=60000". The option price is set quietly:
/// whatever shows the options' value says the price it is counted at.
std::vector<std::string> apply(const WhatIf& w, Offer& offer, std::vector<std::string>* brief = nullptr);
/// The same changes and errors, without the words (for the compare solver's candidates).
void apply_quietly(const WhatIf& w, Offer& offer);

}  // namespace offercalc
