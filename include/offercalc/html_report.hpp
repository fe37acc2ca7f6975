#pragma once

#include <string>

#include "offercalc/compare.hpp"
#include "offercalc/odds.hpp"

namespace offercalc {

/// The page `offercalc report` writes: one self-contained HTML document (inline CSS and
/// SVG, no scripts, nothing fetched) with the packages, pay by year, cumulative pay,
/// the gaps, the asks, the timeline, the scripts and the assumptions; the tax lines
/// when the comparison is after tax; the spread under stock risk when `odds` is given.
/// Every chart has a title and a description, and its numbers are in a table too.
std::string report_html(const Comparison& c, const Odds* odds = nullptr);

/// Text escaped for HTML content and attribute values (& < > " ').
std::string html_escape(std::string_view s);

}  // namespace offercalc
