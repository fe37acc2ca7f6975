#pragma once

// Shared by the tests: applying a compare ask the way a user would, through the
// what-if flags typed as text ("--rsu +112000.00").

#include "offercalc/compare.hpp"
#include "offercalc/whatif.hpp"

namespace offercalc::testing {

/// The offer after `--rsu +X --sign-on-y1 +Y --sign-on-y2 +Z --base +W` for the ask's
/// changes (a zero change is not passed, as a user would leave the flag out).
inline Offer apply_ask_flags(Offer offer, const Ask& a) {
    WhatIf w;
    auto plus = [](Money m) -> std::optional<Adjustment> {
        if (m.is_zero()) return std::nullopt;
        return parse_money_adjustment("+" + m.plain(), "--flag");
    };
    w.rsu = plus(a.rsu);
    w.sign_on_y1 = plus(a.sign_on_y1);
    w.sign_on_y2 = plus(a.sign_on_y2);
    w.base = plus(a.base);
    apply(w, offer);
    return offer;
}

}  // namespace offercalc::testing
