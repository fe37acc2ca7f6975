#pragma once

// Internal: the parts `compare()` is built from, one concern each.
//   analysis.cpp  gaps, overtaking, break-even growth
//   asks.cpp      the ask solver: facts only, no words
//   timeline.cpp  the calendar and the timeline
//   words.cpp     reasons, warnings and the ask scripts
//   compare_render.cpp  text, chart and JSON

#include "offercalc/compare.hpp"

namespace offercalc::detail {

Gap make_gap(const Projected& offer, const Projected& other);

/// The level ask when a comparator's level maps above the offer's; nullopt otherwise.
std::optional<Ask> level_ask(const Comparison& c);
/// The cash asks, ranked by the lever order applied to their outcome.
std::vector<Ask> cash_asks(const Comparison& c);

Timeline make_timeline(const Comparison& c, const CompareOptions& opts);

/// Fills each ask's reason, the warnings about comparators and levels, and the script.
void add_words(Comparison& c);

}  // namespace offercalc::detail
