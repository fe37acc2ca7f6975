#pragma once

#include <span>
#include <string_view>

namespace offercalc {

/// The version of the JSON that offercalc prints: the first key of every document
/// and of every JSON Lines row, "schema_version": 1. It goes up when a field is
/// removed or renamed or changes meaning; a new field may appear without it.
inline constexpr int kOutputSchemaVersion = 1;

/// A JSON Schema (draft 2020-12) that offercalc ships: what `offercalc schema NAME`
/// prints and share/offercalc/schemas/NAME.schema.json holds.
struct Schema {
    std::string_view name;  ///< "offer", "defs" or a command with JSON output
    std::string_view text;
};

/// Every shipped schema, by name: "offer" for the offer file, one per command with
/// JSON output ("show", "compare", ...), and "defs" for the definitions they share.
std::span<const Schema> schemas();

}  // namespace offercalc
