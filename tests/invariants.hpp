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
        if (c.total != c.base + c.sign_on + c.bonus + c.rsu + c.other) return false;
        sum.base += c.base;
        sum.sign_on += c.sign_on;
        sum.bonus += c.bonus;
        sum.rsu += c.rsu;
        sum.other += c.other;
        sum.total += c.total;
    }
    if (sum.total != p.sum.total || sum.rsu != p.sum.rsu || sum.base != p.sum.base || sum.bonus != p.sum.bonus)
        return false;
    Money months;
    for (const Components& m : monthly(offer, 12 * p.years)) months += m.total;
    return months == p.sum.total;
}

inline bool same_tree(const detail::JNode& a, const detail::JNode& b) {
    if (a.kind != b.kind || a.boolean != b.boolean || a.text != b.text || a.keys != b.keys ||
        a.items.size() != b.items.size())
        return false;
    for (std::size_t i = 0; i < a.items.size(); ++i)
        if (!same_tree(a.items[i], b.items[i])) return false;
    return true;
}

/// Wherever the quick JSON parser answers, nlohmann's parser accepts the text too and
/// builds the same tree.
inline bool quick_parse_agrees(std::string_view text) {
    detail::JNode quick, full;
    std::string error;
    return !detail::parse_json_quick(text, quick) ||
           (detail::parse_json_full(text, full, error) && same_tree(quick, full));
}

}  // namespace offercalc::testing
