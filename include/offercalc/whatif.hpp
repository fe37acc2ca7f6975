#pragma once

#include <optional>
#include <string>
#include <vector>

#include "offercalc/amount.hpp"
#include "offercalc/offer.hpp"
#include "offercalc/parse.hpp"

namespace offercalc {

/// What-if changes to an offer, as given by the flags --base, --sign-on-y1,
/// --sign-on-y2, --rsu, --bonus-pct, --growth, --convention and --set.
struct WhatIf {
    std::optional<Adjustment> base, sign_on_y1, sign_on_y2, rsu, bonus_pct, growth;
    std::optional<Convention> convention;
    std::vector<Override> sets;  ///< applied to the document before it is read

    bool empty() const;
};

/// Applies the flag changes (not `sets`) to an offer and returns one line per change,
/// e.g. "rsu grant $240,000.00 -> $352,000.00". A change that makes an amount
/// negative, a rate out of range or needs a missing RSU grant is a usage Error.
std::vector<std::string> apply(const WhatIf& w, Offer& offer);

/// Parses "PATH=VALUE" for --set; a usage Error when there is no '='.
Override parse_set(const std::string& text);

}  // namespace offercalc
