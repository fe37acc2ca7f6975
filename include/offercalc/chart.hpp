#pragma once

// Chart geometry for the HTML report: scales, ticks at round amounts and label
// placement, as numbers (tested as numbers, drawn by report_html.cpp).

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "offercalc/money.hpp"

namespace offercalc::chart {

/// Axis ticks from 0 to at least `top`, a round step apart: 1, 2 or 5 times a power of
/// ten whole dollars, the smallest step that needs at most `max_steps` steps. A top at
/// or below zero gives {0, $1}.
std::vector<Money> ticks(Money top, int max_steps = 5);

/// A linear map of [lo, hi] onto [from, to] (pixels; to may be below from).
struct Scale {
    double lo = 0, hi = 1, from = 0, to = 1;
    double operator()(double v) const { return hi == lo ? from : from + (v - lo) * (to - from) / (hi - lo); }
    double operator()(Money m) const { return (*this)(static_cast<double>(m.in_cents()) / 100); }
};

/// Positions for labels along one axis that would overlap: each wants its centre at
/// want[i] and takes `size`. The result keeps the labels' order, puts each at least
/// `size` from its neighbours and inside [lo, hi] when they fit there: from the lowest
/// wish up, each label stays where it wants unless the one below pushes it along, and
/// labels pushed past hi are pushed back down from it.
std::vector<double> spread_labels(const std::vector<double>& want, double size, double lo, double hi);

/// Rows for labels that run along a line, each over [start, end): each label takes
/// the first row where it starts at least `gap` after the previous label in that row
/// ends, in the given order. Labels in the same row never overlap.
std::vector<int> label_rows(const std::vector<std::pair<double, double>>& spans, double gap);

/// The width of text in the report's monospace font: 0.6 em per column.
double text_width(std::string_view s, double font_size);

/// Whole dollars, rounded half away from zero, grouped: "$252,000", "-$1,250".
std::string whole_dollars(Money m);

}  // namespace offercalc::chart
