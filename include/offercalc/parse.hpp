#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "offercalc/error.hpp"
#include "offercalc/offer.hpp"
#include "offercalc/text.hpp"  // closest_match, for its former users

namespace offercalc {

/// The largest offer document accepted: 1 MiB.
inline constexpr std::size_t kMaxDocumentBytes = 1 << 20;
/// The error for a document of `bytes` bytes, more than kMaxDocumentBytes (exit 65).
Error too_large_error(const std::string& source, std::uint64_t bytes);
/// The deepest JSON nesting accepted.
inline constexpr int kMaxDepth = 32;
/// The widest label (name, company, level, ...) in terminal columns.
inline constexpr int kMaxLabelColumns = 80;

/// A change to the document before it is read: set the value at a JSON path
/// ("rsu.vesting", "other[0].amount") to the given text. The text is taken as JSON
/// when it is JSON, as an amount when it is one ("200k"), else as a string.
struct Override {
    std::string path;
    std::string value;
};

/// Parses and validates one offer document. `source` names it in error messages
/// (a file name, or "line 3" in a batch) and gives the default name (its stem).
/// Throws a data Error (exit 65) naming the source, the JSON path, what was expected
/// and what was found; an Override whose path cannot be set is a usage Error (exit 2).
Offer parse_offer(std::string_view text, const std::string& source, const std::vector<Override>& overrides = {});

}  // namespace offercalc
