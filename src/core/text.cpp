#include "offercalc/text.hpp"

#include <algorithm>
#include <climits>
#include <cstdint>
#include <vector>

namespace offercalc {

namespace {

/// Decodes the character at s[i]: its code point and length in bytes. UTF-8 as RFC
/// 3629 has it (no overlong forms, no surrogates, nothing past U+10FFFF); a byte that
/// does not start such a character is one byte, code point U+FFFD, and kBad.
constexpr char32_t kBad = 0xFFFFFFFF;
std::pair<char32_t, std::size_t> decode(std::string_view s, std::size_t i) {
    const auto at = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
    const unsigned char b = at(0);
    if (b < 0x80) return {b, 1};
    const std::size_t len = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
    if (len == 0 || i + len > s.size()) return {kBad, 1};
    char32_t cp = b & (0x7F >> len);
    for (std::size_t k = 1; k < len; ++k) {
        if ((at(k) >> 6) != 0x2) return {kBad, 1};
        cp = (cp << 6) | (at(k) & 0x3F);
    }
    // Overlong forms, surrogates and code points past U+10FFFF.
    if ((len == 3 && cp < 0x800) || (cp >= 0xD800 && cp <= 0xDFFF) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
        return {kBad, 1};
    return {cp, len};
}

bool is_control(char32_t c) { return c < 0x20 || (c >= 0x7F && c <= 0x9F); }

int char_width(char32_t c) {
    if ((c >= 0x0300 && c <= 0x036F) || (c >= 0x200B && c <= 0x200F) || (c >= 0xFE00 && c <= 0xFE0F)) return 0;
    const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
                      (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                      (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
                      (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
    return wide ? 2 : 1;
}

/// The longest prefix of s that fits in `columns` (its length in bytes) and its
/// width. ASCII, most of what is measured, takes a column a byte without decoding.
std::pair<std::size_t, int> fit(std::string_view s, int columns) {
    int w = 0;
    std::size_t i = 0;
    while (i < s.size()) {
        int cw = 1;
        std::size_t len = 1;
        if (static_cast<unsigned char>(s[i]) >= 0x80) {
            const auto [cp, n] = decode(s, i);
            cw = cp == kBad ? 1 : char_width(cp);
            len = n;
        }
        if (cw > columns - w) break;  // w + cw > columns, without overflow
        w += cw;
        i += len;
    }
    return {i, w};
}

}  // namespace

int display_width(std::string_view s) { return fit(s, INT_MAX).second; }

std::string cut_to_width(std::string_view s, int columns) { return std::string(s.substr(0, fit(s, columns).first)); }

std::string shorten_to_width(std::string_view s, int columns) {
    if (display_width(s) <= columns) return std::string(s);
    return cut_to_width(s, std::max(0, columns - 3)) + "...";
}

bool is_plain_text(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const auto [cp, len] = decode(s, i);
        if (cp == kBad || is_control(cp)) return false;
        i += len;
    }
    return true;
}

std::string visible(std::string_view s) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const auto [cp, len] = decode(s, i);
        if (cp == kBad) {
            out += "\xEF\xBF\xBD";
        } else if (cp == 0x1B) {
            out += "\\e";
        } else if (cp < 0x20 || cp == 0x7F) {
            out += "\\x";
            out += kHex[cp >> 4];
            out += kHex[cp & 0xF];
        } else if (cp >= 0x80 && cp <= 0x9F) {
            out += "\\u00";
            out += kHex[cp >> 4];
            out += kHex[cp & 0xF];
        } else {
            out.append(s, i, len);
        }
        i += len;
    }
    return out;
}

std::string pad_to_width(std::string_view s, int columns, bool left) {
    const auto [len, w] = fit(s, columns);
    const auto pad = static_cast<std::size_t>(std::max(0, columns - w));
    std::string out;
    out.reserve(len + pad);
    if (left) out.append(pad, ' ');
    out.append(s.substr(0, len));
    if (!left) out.append(pad, ' ');
    return out;
}

std::string wrap(std::string_view s, int columns, std::string_view indent, int start) {
    if (columns <= 0) return std::string(s);
    std::string out;
    int line = start;
    bool fresh = true;  // no word on this line yet
    const int indent_width = display_width(indent);
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && s[i] == ' ') ++i;
        const std::size_t end = std::min(s.find(' ', i), s.size());
        if (i == end) break;
        const std::string_view word = s.substr(i, end - i);
        const int w = display_width(word);
        if (!fresh && line + 1 + w > columns) {
            out += '\n';
            out += indent;
            line = indent_width;
        } else if (!fresh) {
            out += ' ';
            ++line;
        }
        out += word;
        line += w;
        fresh = false;
        i = end;
    }
    return out;
}

namespace {

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diag = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diag = up;
        }
    }
    return row[b.size()];
}

}  // namespace

std::string closest_match(std::string_view word, const std::vector<std::string>& candidates) {
    std::string best;
    std::size_t best_d = 3;  // at most two edits away
    for (const std::string& c : candidates) {
        const std::size_t d = edit_distance(word, c);
        if (d < best_d && d < std::max<std::size_t>(c.size(), 2)) {
            best_d = d;
            best = c;
        }
    }
    return best;
}

std::string grouped_count(std::int64_t n) {
    const std::string digits = std::to_string(n);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0 && digits[i - 1] != '-') out += ',';
        out += digits[i];
    }
    return out;
}

}  // namespace offercalc
