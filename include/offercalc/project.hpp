#pragma once

#include "offercalc/model.hpp"
#include "offercalc/whatif.hpp"

namespace offercalc {

/// An offer with the what-if changes applied (their descriptions kept) and projected
/// over `years`.
Projected project_offer(Offer offer, const WhatIf& whatif, int years);

}  // namespace offercalc
