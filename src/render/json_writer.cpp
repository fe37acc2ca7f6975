#include "offercalc/json_writer.hpp"

#include <array>
#include <cstdint>
#include <cstring>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "offercalc/schema.hpp"

namespace offercalc {

JsonWriter& JsonWriter::document() { return object().field("schema_version", kOutputSchemaVersion); }

JsonWriter& JsonWriter::object() {
    next();
    out_ += '{';
    first_.push_back(true);
    return *this;
}

JsonWriter& JsonWriter::end_object() {
    out_ += '}';
    first_.pop_back();
    return *this;
}

JsonWriter& JsonWriter::array() {
    next();
    out_ += '[';
    first_.push_back(true);
    return *this;
}

JsonWriter& JsonWriter::end_array() {
    out_ += ']';
    first_.pop_back();
    return *this;
}

JsonWriter& JsonWriter::key(std::string_view k) {
    next();
    append_json_string(out_, k);
    out_ += ": ";
    after_key_ = true;
    return *this;
}

void JsonWriter::next() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (first_.empty()) return;
    if (!first_.back()) out_ += ", ";
    first_.back() = false;
}

JsonWriter& JsonWriter::value(std::string_view s) {
    next();
    append_json_string(out_, s);
    return *this;
}

JsonWriter& JsonWriter::value(Money m) {
    next();
    m.append_plain(out_);
    return *this;
}

JsonWriter& JsonWriter::value(bool b) { return raw(b ? "true" : "false"); }
JsonWriter& JsonWriter::value(long long n) { return raw(fmt::format_int(n).c_str()); }
JsonWriter& JsonWriter::value(unsigned long long n) { return raw(fmt::format_int(n).c_str()); }
JsonWriter& JsonWriter::value(std::nullptr_t) { return raw("null"); }

JsonWriter& JsonWriter::value(Date d) {
    next();
    out_.append("\"").append(d.iso()).append("\"");
    return *this;
}

JsonWriter& JsonWriter::value(Rate r) { return raw(r.percent()); }

JsonWriter& JsonWriter::raw(std::string_view json) {
    next();
    out_ += json;
    return *this;
}

namespace {

/// The length of the UTF-8 character at s[i] (RFC 3629: no overlong forms, no
/// surrogates, nothing past U+10FFFF), or 0 when the bytes there are not one.
std::size_t utf8_length(std::string_view s, std::size_t i) {
    const auto at = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
    const unsigned char b = at(0);
    if (b < 0x80) return 1;
    const std::size_t len = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
    if (len == 0 || i + len > s.size()) return 0;
    for (std::size_t k = 1; k < len; ++k)
        if ((at(k) & 0xC0) != 0x80) return 0;
    // The second byte's range narrows for the leads that could spell an overlong
    // form (E0, F0), a surrogate (ED) or a code point past U+10FFFF (F4).
    if ((b == 0xE0 && at(1) < 0xA0) || (b == 0xED && at(1) > 0x9F) || (b == 0xF0 && at(1) < 0x90) ||
        (b == 0xF4 && at(1) > 0x8F))
        return 0;
    return len;
}

/// Whether all eight bytes at p are printable ASCII other than '"' and '\\', tested a
/// word at a time: a byte at or above 0x80 sets its top bit, and the classic "has a
/// byte less than n" and "has a zero byte" tests find the rest (they may misplace a
/// byte but never miss one).
bool plain_ascii8(const char* p) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    constexpr std::uint64_t kOnes = 0x0101010101010101, kTops = 0x8080808080808080;
    const auto has_zero = [](std::uint64_t x) { return (x - kOnes) & ~x & kTops; };
    const std::uint64_t below_space = (w - kOnes * 0x20) & ~w & kTops;
    return ((w & kTops) | below_space | has_zero(w ^ (kOnes * '"')) | has_zero(w ^ (kOnes * '\\')) |
            has_zero(w ^ (kOnes * 0x7F))) == 0;
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
    // Valid UTF-8 is copied in runs, but for what JSON escapes: quotes, backslashes
    // and control characters (C0 spelled as nlohmann spells them; DEL and C1 too, as
    // \u007f and \u0080-\u009f: the same string, and no control byte on a terminal). A string that is not
    // valid UTF-8 goes through nlohmann, which replaces the invalid bytes.
    const std::size_t start = out.size();
    out += '"';
    std::size_t copied = 0;  // s[0, copied) is in out
    // 0: printable ASCII, copied; 1: escaped; 2: the first byte of a longer character.
    static constexpr auto kKind = [] {
        std::array<unsigned char, 256> k{};
        for (int b = 0; b < 256; ++b) k[b] = b < 0x20 || b == 0x7F || b == '"' || b == '\\' ? 1 : b >= 0x80 ? 2 : 0;
        return k;
    }();
    for (std::size_t i = 0; i < s.size();) {
        if (i + 8 <= s.size() && plain_ascii8(s.data() + i)) {
            i += 8;
            continue;
        }
        const auto b = static_cast<unsigned char>(s[i]);
        if (kKind[b] == 0) {
            ++i;
            continue;
        }
        if (kKind[b] == 2) {
            const std::size_t len = utf8_length(s, i);
            if (len == 0) {  // invalid UTF-8: each bad byte becomes U+FFFD as nlohmann has it, then as above
                out.resize(start);
                const std::string fixed =
                    nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
                append_json_string(out, nlohmann::json::parse(fixed).get<std::string>());
                return;
            }
            const auto next = static_cast<unsigned char>(s[i + 1]);
            if (b == 0xC2 && next < 0xA0) {  // a C1 control: escaped, as a terminal could act on it
                out.append(s, copied, i - copied);
                out += fmt::format("\\u{:04x}", next);
                copied = i += 2;
                continue;
            }
            i += len;
            continue;
        }
        out.append(s, copied, i - copied);
        switch (b) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default: out += fmt::format("\\u{:04x}", b);
        }
        copied = ++i;
    }
    out.append(s, copied);
    out += '"';
}

std::string json_string(std::string_view s) {
    std::string out;
    append_json_string(out, s);
    return out;
}

}  // namespace offercalc
