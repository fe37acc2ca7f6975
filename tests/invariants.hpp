#pragma once

// The model's invariants, shared by the property tests and the fuzz targets (no test
// framework here: each returns whether it holds).

#include <string>
#include <string_view>

#include "input/json_tree.hpp"
#include "offercalc/model.hpp"

namespace offercalc::testing {

/// Each year's total is the sum of its parts (computed here from the named fields,
/// independently of kPayParts); the years add up to the projection's sum, part by
/// part; and month by month the offer pays the same total.
inline bool parts_add_up(const Offer& offer, const Projection& p) {
    Components sum;
    for (int n = 1; n <= p.years; ++n) {
        const Components& c = p.y(n);
        if (c.total != c.base + c.sign_on + c.bonus + c.rsu + c.options + c.other) return false;
        sum.base += c.base;
        sum.sign_on += c.sign_on;
        sum.bonus += c.bonus;
        sum.rsu += c.rsu;
        sum.options += c.options;
        sum.other += c.other;
        sum.total += c.total;
    }
    if (sum.total != p.sum.total || sum.rsu != p.sum.rsu || sum.options != p.sum.options || sum.base != p.sum.base ||
        sum.bonus != p.sum.bonus)
        return false;
    Money months;
    for (const Components& m : monthly(offer, 12 * p.years)) months += m.total;
    return months == p.sum.total;
}

}  // namespace offercalc::testing
