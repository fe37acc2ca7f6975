#pragma once

// Shared by the tests: applying a compare ask the way a user would, through the
// what-if flags typed as text ("--rsu +112000.00").

#include "catch.hpp"

#include "offercalc/compare.hpp"
#include "offercalc/error.hpp"
#include "offercalc/whatif.hpp"

namespace offercalc::testing {

/// The offercalc::Error that f throws; a test failure when it throws none.
template <typename F>
Error error_of(F&& f) {
    try {
        f();
    } catch (const Error& e) {
        return e;
    }
    FAIL("expected an offercalc::Error; nothing was thrown");
    throw;  // not reached: FAIL throws
}

/// The offer after `--rsu +X --sign-on-y1 +Y --sign-on-y2 +Z --base +W` for the ask's
/// changes (a zero change is not passed, as a user would leave the flag out), and its
/// shares added to the option grant.
inline Offer apply_ask_flags(Offer offer, const Ask& a) {
    WhatIf w;
    auto plus = [&](Field f, Money m) {
        if (!m.is_zero()) w[f] = parse_money_adjustment("+" + m.plain(), f);
    };
    plus(Field::Rsu, a.rsu);
    plus(Field::SignOnY1, a.sign_on_y1);
    plus(Field::SignOnY2, a.sign_on_y2);
    plus(Field::Base, a.base);
    apply(w, offer);
    // No flag adds options: a shares ask is `--set options.shares=N`, its grant plus the shares.
    if (a.shares != 0 && offer.options) offer.options->shares += a.shares;
    return offer;
}

}  // namespace offercalc::testing
