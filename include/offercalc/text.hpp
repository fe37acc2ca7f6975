#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace offercalc {

/// Columns a UTF-8 string takes on a terminal: one per character, two for East Asian
/// wide characters and emoji, none for combining marks. Bytes that are not valid
/// UTF-8 count one column each (as the U+FFFD that visible() puts for each).
int display_width(std::string_view s);

/// Whether s is valid UTF-8 without control characters (C0, DEL, C1 U+0080-U+009F)
/// or bidirectional controls (U+061C, U+200E-U+200F, U+202A-U+202E, U+2066-U+2069):
/// text that visible() leaves as it is.
bool is_plain_text(std::string_view s);

/// Why s is no label of at most `max_columns` columns, "" when it is one: "it is not
/// valid UTF-8", "it holds a control character", "it holds a bidirectional control,
/// ...", "it is empty" (only when `required`), "it is only blank space" (spaces, no-break
/// and zero-width spaces alone), "it is 85 columns wide".
std::string label_problem(std::string_view s, int max_columns, bool required);

/// s as it may be shown on a terminal or a page, in offercalc's one escape style: ESC
/// as "\e", the other C0 controls and DEL as "\x" and two hex digits ("\x07",
/// "\x0a"), C1 and bidirectional controls as "\u" and four ("\u009b", "\u202e"), and
/// each byte that is not part of valid UTF-8 as U+FFFD. Everything else is kept, a
/// backslash included, so plain text is unchanged.
std::string visible(std::string_view s);

/// The longest prefix of s that fits in `columns`, never cut inside a character.
std::string cut_to_width(std::string_view s, int columns);

/// s when it fits in `columns`; otherwise its longest prefix that fits in columns - 3
/// followed by "...".
std::string shorten_to_width(std::string_view s, int columns);

/// Labels for `names` in at most `columns` each (columns >= 8), told apart: a name
/// that fits stays as it is; a longer one is cut with "..." ("Google L5 PM (Se..."),
/// and names whose cuts would match keep their tails instead ("Google ...attle)",
/// "Google ... View)"); labels still alike are numbered ("Acme... #1", "Acme... #2").
std::vector<std::string> short_labels(const std::vector<std::string>& names, int columns);

/// s padded with spaces on the right (left = false) or left to `columns`; longer
/// text is cut first.
std::string pad_to_width(std::string_view s, int columns, bool left = false);

/// Words of s in lines of at most `columns` (a longer word stands alone), each line
/// after the first starting with `indent`; columns <= 0 leaves s on one line. `start`:
/// the columns the first line already takes before s.
std::string wrap(std::string_view s, int columns, std::string_view indent, int start = 0);

/// A whole number with thousands separators: 1234567 as "1,234,567", -1000 as "-1,000".
std::string grouped_count(std::int64_t n);

/// The closest candidate within a small edit distance, or "" when none is close.
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace offercalc
