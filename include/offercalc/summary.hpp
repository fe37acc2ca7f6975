#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "offercalc/model.hpp"

namespace offercalc {

// ------------------------------------------------------------------ compact amounts

/// How precisely a compact amount is written. Each amount is rounded half away from
/// zero to its unit's step, and written in the unit of the rounded value, so that
/// $999.50 is "$1k" and $999,950 is "$1M":
///
/// | level | under $1k | $1k to $1M (k) | $1M to $1B (M) | $1B to $1T (B) | $1T and up (T) |
/// |---|---|---|---|---|---|
/// | 0 | $1 ("$650") | 3 significant digits ("$5.25k", "$52.5k", "$525k") | $1,000 ("$1.057M") | $1M ("$1.2B") | $1B |
/// | 1 | 1 cent ("$650.25") | 4 ("$52.51k") | $100 | $100k | $100M |
/// | 2 | 1 cent | 5, at most to the dollar ("$52.513k") | $10 | $10k | $10M |
/// | 3 (exact) | the full amount in cents ("$52,513.40") | | | |
///
/// Trailing zeros after a unit's decimal point are dropped ("$263k", not "$263.0k");
/// cents under $1k are written as two digits ("$999.50").
inline constexpr int kExactLevel = 3;
std::string compact(Money m, int level = 0);

/// The lowest level at which amounts that differ are written differently; figures that
/// are equal may read the same.
int distinct_level(const std::vector<Money>& figures);

// ------------------------------------------------------------------ summary and --format

/// One line per offer: the package and what it pays, compact unless exact, ending in
/// a newline: "Amazon L5 PM: $175k base, $65k/$52k sign-on, $240k RSU 5/15/40/40;
/// $252k $263k $271k $271k = $1.057M" (years, then their total).
std::string render_summary_line(const Projected& p, bool exact);

/// The summary as one JSON object on one line: {"name", "base", "bonus_pct",
/// "sign_on_y1", "sign_on_y2", "rsu_grant", "vesting", "options" (their paper value over
/// the years), "years": [each year's total], "total", "guaranteed", "at_risk",
/// "total_with_assumptions", "adjusted": ["rsu +$30k", ...]}, ending in a newline.
std::string summary_json(const Projected& p);

/// A line template in the spirit of `git log --format`: text with fields in braces,
/// "{total}", "{total:raw}"; "{{" and "}}" are literal braces. Parsed once, applied to
/// each offer.
class LineFormat {
public:
    /// A usage Error about "format" names an unknown field or spec and lists them.
    explicit LineFormat(std::string_view text);
    /// The line for one offer, ending in a newline. A year past the projection is a
    /// usage Error about "format".
    std::string apply(const Projected& p) const;

private:
    struct Piece {
        std::string text;  ///< literal text, or the field's name
        std::string spec;  ///< "", "k", "exact" or "raw"
        bool field = false;
        int year = 0;  ///< for y1..y10, the year; else 0
    };
    std::vector<Piece> pieces_;
};

/// The field names a format may use, for help and errors.
const std::vector<std::string>& format_fields();

}  // namespace offercalc
