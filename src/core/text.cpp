#include "offercalc/text.hpp"

#include <algorithm>
#include <climits>
#include <cstdint>
#include <iterator>
#include <utility>
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

/// Unicode's Bidi_Control characters: marks, embeddings, overrides and isolates, which
/// reorder the text around them on a terminal or a page ("\u202e" turns "exe.txt" into
/// "txt.exe").
bool is_bidi_control(char32_t c) {
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

/// Characters that show as nothing or as blank space: the space separators (Zs),
/// zero-width space and joiners, word joiner and the byte order mark.
bool is_blank(char32_t c) {
    return c == 0x20 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200D) || c == 0x202F || c == 0x205F ||
           c == 0x2060 || c == 0x3000 || c == 0xFEFF;
}

/// The characters a terminal gives two columns: East Asian Width W and F in Unicode
/// 14.0's EastAsianWidth.txt (CJK, Hangul, kana, fullwidth forms and the emoji with
/// emoji presentation), as ranges in order; unassigned code points between two wide
/// ones are taken as wide.
constexpr std::pair<char32_t, char32_t> kWide[] = {
    {0x1100, 0x115F},   {0x231A, 0x231B},   {0x2329, 0x232A},   {0x23E9, 0x23EC},   {0x23F0, 0x23F0},
    {0x23F3, 0x23F3},   {0x25FD, 0x25FE},   {0x2614, 0x2615},   {0x2648, 0x2653},   {0x267F, 0x267F},
    {0x2693, 0x2693},   {0x26A1, 0x26A1},   {0x26AA, 0x26AB},   {0x26BD, 0x26BE},   {0x26C4, 0x26C5},
    {0x26CE, 0x26CE},   {0x26D4, 0x26D4},   {0x26EA, 0x26EA},   {0x26F2, 0x26F3},   {0x26F5, 0x26F5},
    {0x26FA, 0x26FA},   {0x26FD, 0x26FD},   {0x2705, 0x2705},   {0x270A, 0x270B},   {0x2728, 0x2728},
    {0x274C, 0x274C},   {0x274E, 0x274E},   {0x2753, 0x2755},   {0x2757, 0x2757},   {0x2795, 0x2797},
    {0x27B0, 0x27B0},   {0x27BF, 0x27BF},   {0x2B1B, 0x2B1C},   {0x2B50, 0x2B50},   {0x2B55, 0x2B55},
    {0x2E80, 0x303E},   {0x3041, 0x3247},   {0x3250, 0x4DBF},   {0x4E00, 0xA4C6},   {0xA960, 0xA97C},
    {0xAC00, 0xD7A3},   {0xF900, 0xFAD9},   {0xFE10, 0xFE19},   {0xFE30, 0xFE6B},   {0xFF01, 0xFF60},
    {0xFFE0, 0xFFE6},   {0x16FE0, 0x1B2FB}, {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF}, {0x1F18E, 0x1F18E},
    {0x1F191, 0x1F19A}, {0x1F200, 0x1F320}, {0x1F32D, 0x1F335}, {0x1F337, 0x1F37C}, {0x1F37E, 0x1F393},
    {0x1F3A0, 0x1F3CA}, {0x1F3CF, 0x1F3D3}, {0x1F3E0, 0x1F3F0}, {0x1F3F4, 0x1F3F4}, {0x1F3F8, 0x1F43E},
    {0x1F440, 0x1F440}, {0x1F442, 0x1F4FC}, {0x1F4FF, 0x1F53D}, {0x1F54B, 0x1F54E}, {0x1F550, 0x1F567},
    {0x1F57A, 0x1F57A}, {0x1F595, 0x1F596}, {0x1F5A4, 0x1F5A4}, {0x1F5FB, 0x1F64F}, {0x1F680, 0x1F6C5},
    {0x1F6CC, 0x1F6CC}, {0x1F6D0, 0x1F6D2}, {0x1F6D5, 0x1F6DF}, {0x1F6EB, 0x1F6EC}, {0x1F6F4, 0x1F6FC},
    {0x1F7E0, 0x1F7F0}, {0x1F90C, 0x1F93A}, {0x1F93C, 0x1F945}, {0x1F947, 0x1F9FF}, {0x1FA70, 0x1FAF6},
    {0x20000, 0x3134A}};

int char_width(char32_t c) {
    if ((c >= 0x0300 && c <= 0x036F) || (c >= 0x200B && c <= 0x200F) || (c >= 0xFE00 && c <= 0xFE0F)) return 0;
    if (c < kWide[0].first) return 1;
    const auto* it = std::upper_bound(std::begin(kWide), std::end(kWide), c,
                                      [](char32_t x, const std::pair<char32_t, char32_t>& r) { return x < r.first; });
    return c <= std::prev(it)->second ? 2 : 1;
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

namespace {

/// The last characters of s that fit in `columns` (a zero-width mark stays with its character).
std::string tail_to_width(std::string_view s, int columns) {
    for (std::size_t i = 0; i < s.size(); i += decode(s, i).second)
        if (display_width(s.substr(i)) <= columns && (i == 0 || fit(s.substr(i), 0).first == 0))
            return std::string(s.substr(i));
    return "";
}

/// Indices of labels equal to another.
std::vector<std::size_t> clashes(const std::vector<std::string>& labels) {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < labels.size(); ++i)
        for (std::size_t j = 0; j < labels.size(); ++j)
            if (i != j && labels[i] == labels[j]) {
                out.push_back(i);
                break;
            }
    return out;
}

}  // namespace

std::vector<std::string> short_labels(const std::vector<std::string>& names, int columns) {
    std::vector<std::string> labels;
    for (const std::string& n : names) labels.push_back(shorten_to_width(n, columns));
    // Cut names that clash keep their tails: half the label, after the "...".
    const int tail = (columns - 3) / 2;
    for (const std::size_t i : clashes(labels))
        if (display_width(names[i]) > columns)
            labels[i] = cut_to_width(names[i], columns - 3 - tail) + "..." + tail_to_width(names[i], tail);
    const std::vector<std::size_t> alike = clashes(labels);
    for (const std::size_t i : alike) {
        const std::string number = " #" + std::to_string(i + 1);
        labels[i] = shorten_to_width(names[i], columns - display_width(number)) + number;
    }
    return labels;
}

bool is_plain_text(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const auto [cp, len] = decode(s, i);
        if (cp == kBad || is_control(cp) || is_bidi_control(cp)) return false;
        i += len;
    }
    return true;
}

std::string label_problem(std::string_view s, int max_columns, bool required) {
    bool blank = true;
    for (std::size_t i = 0; i < s.size();) {
        const auto [cp, len] = decode(s, i);
        if (cp == kBad) return "it is not valid UTF-8";
        if (is_control(cp)) return "it holds a control character";
        if (is_bidi_control(cp))
            return "it holds a bidirectional control, which reorders the text around it on a screen";
        blank = blank && is_blank(cp);
        i += len;
    }
    if (s.empty()) return required ? "it is empty" : "";
    if (blank) return "it is only blank space";
    if (const int w = display_width(s); w > max_columns) return "it is " + std::to_string(w) + " columns wide";
    return "";
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
        } else if ((cp >= 0x80 && cp <= 0x9F) || is_bidi_control(cp)) {
            out += "\\u";
            for (int shift = 12; shift >= 0; shift -= 4) out += kHex[(cp >> shift) & 0xF];
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
