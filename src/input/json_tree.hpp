#pragma once

// Internal: a small JSON document tree that keeps numbers as their source text (so
// amounts convert to cents exactly), rejects duplicate keys and deep nesting, and
// reports malformed input with line and column.

#include <string>
#include <string_view>
#include <vector>

namespace offercalc::detail {

struct JNode {
    enum class Kind { Null, Bool, Number, String, Array, Object };
    Kind kind = Kind::Null;
    bool boolean = false;
    std::string text;               ///< number text or string value
    std::vector<std::string> keys;  ///< object keys, parallel to items
    std::vector<JNode> items;       ///< array elements or object values

    /// The value of `key`; nullptr when absent or null (null means "not given").
    const JNode* find(std::string_view key) const;
    /// The value of `key` even when null; nullptr when absent.
    JNode* slot(std::string_view key);
};

/// Parses JSON text. On failure returns false and sets `error` to
/// "LINE:COL: malformed JSON: ..." or "PATH: duplicate key ..." (prefix-free).
/// Through nlohmann's SAX parser: every JSON text, every error message.
bool parse_json(std::string_view text, JNode& out, std::string& error);

/// Short description of a value for "found ..." in messages: "\"abc\"", "-5", "an array".
std::string describe(const JNode& n);

/// Joins a path: join_path("rsu", "grant") = "rsu.grant"; join_path("", "base") = "base".
std::string join_path(const std::string& parent, std::string_view key);
std::string index_path(const std::string& parent, std::size_t i);

}  // namespace offercalc::detail
