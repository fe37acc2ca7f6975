#include "offercalc/project.hpp"

#include <utility>

namespace offercalc {

Projected project_offer(Offer offer, const WhatIf& whatif, int years) {
    Projected p;
    p.adjustments = apply(whatif, offer, &p.brief_adjustments);
    p.projection = project(offer, years);
    p.offer = std::move(offer);
    return p;
}

}  // namespace offercalc
