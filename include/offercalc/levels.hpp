#pragma once

#include <optional>
#include <string>

namespace offercalc {

/// A level placed on offercalc's common scale (approximate; docs/levels.md):
/// 1 entry, 2 mid, 3 senior, 4 staff, 5 senior staff, 6 principal.
struct LevelPlace {
    int rank = 0;
    std::string ladder;  ///< "Amazon", "Meta", ..., "generic", or "level_rank" when given
};

/// Places `level` on the common scale by the company's ladder (matched on the company
/// name, case-insensitively) or, for any company, the generic ladder ("Senior",
/// "Staff", ...). nullopt when the ladder or the level is unknown: never a guess.
std::optional<LevelPlace> place_level(const std::string& company, const std::string& level);

/// The level on `company`'s ladder at `rank` ("L6" for Amazon at 3); nullopt when that
/// ladder has no level at that rank or is unknown.
std::optional<std::string> level_at(const std::string& company, const std::string& level, int rank);

}  // namespace offercalc
