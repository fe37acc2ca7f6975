#pragma once

// The one JSON writer. Every --json output is written through it, on one
// line, with ", " between items and ": " after keys (README "JSON output"). It adds
// the commas; callers say what comes next.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "offercalc/date.hpp"
#include "offercalc/money.hpp"

namespace offercalc {

class JsonWriter {
public:
    explicit JsonWriter(std::string& out) : out_(out) {}

    /// The top-level object of a command's output, opened, with its schema_version.
    JsonWriter& document();
    JsonWriter& object();
    JsonWriter& end_object();
    JsonWriter& array();
    JsonWriter& end_array();
    JsonWriter& key(std::string_view k);

    JsonWriter& value(std::string_view s);
    JsonWriter& value(const char* s) { return value(std::string_view(s)); }
    JsonWriter& value(const std::string& s) { return value(std::string_view(s)); }
    JsonWriter& value(Money m);
    JsonWriter& value(bool b);
    JsonWriter& value(int n) { return value(static_cast<long long>(n)); }
    JsonWriter& value(long n) { return value(static_cast<long long>(n)); }
    JsonWriter& value(long long n);
    JsonWriter& value(unsigned long n) { return value(static_cast<unsigned long long>(n)); }
    JsonWriter& value(unsigned long long n);
    JsonWriter& value(Date d);
    JsonWriter& value(Rate r);  ///< as a percent: 12.5
    JsonWriter& value(std::nullptr_t);
    /// The value, or null when there is none.
    template <class T>
    JsonWriter& value(const std::optional<T>& v) {
        return v ? value(*v) : value(nullptr);
    }
    /// A value already written as JSON text (a number's exact digits, a nested document).
    JsonWriter& raw(std::string_view json);

    /// key(k).value(v).
    template <class T>
    JsonWriter& field(std::string_view k, const T& v) {
        return key(k).value(v);
    }
    /// key(k), then put() when `there`, else null.
    template <class F>
    JsonWriter& field_if(std::string_view k, bool there, F&& put) {
        key(k);
        if (there) put();
        else value(nullptr);
        return *this;
    }
    /// An array with put(item) for each item.
    template <class Range, class F>
    JsonWriter& list(const Range& items, F&& put) {
        array();
        for (const auto& item : items) put(item);
        return end_array();
    }
    /// An array of plain values.
    template <class Range>
    JsonWriter& values(const Range& items) {
        return list(items, [&](const auto& v) { value(v); });
    }

    /// An array of values already written as JSON text.
    template <class Range>
    JsonWriter& raws(const Range& items) {
        return list(items, [this](const auto& v) { raw(v); });
    }

private:
    void next();  ///< ", " before every item of a container but its first
    std::string& out_;
    std::vector<bool> first_;  ///< per open container: no item yet
    bool after_key_ = false;
};

/// Appends `s` as a JSON string: quoted, with exact escapes (DEL and the C1 controls
/// as \u escapes too, invalid UTF-8 as U+FFFD).
void append_json_string(std::string& out, std::string_view s);
/// The same, as a new string.
std::string json_string(std::string_view s);

}  // namespace offercalc
