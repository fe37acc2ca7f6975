// Display width, cutting and wrapping of UTF-8 text for terminals.
#include <random>
#include <string>
#include <vector>

#include "catch.hpp"

#include "offercalc/text.hpp"

using namespace offercalc;

TEST_CASE("display width counts characters, wide ones twice, marks not at all", "[text]") {
    CHECK(display_width("Amazon") == 6);
    CHECK(display_width("Acme Robotique \xC3\xA9"
                        "clair") == 21);                    // é is two bytes, one column
    CHECK(display_width("e\xCC\x81") == 1);                 // e + combining acute
    CHECK(display_width("\xE6\x9D\xB1\xE4\xBA\xAC") == 4);  // 東京: two wide characters
    CHECK(display_width("\xFF") == 1);                      // a stray byte counts one
    // East Asian Width W in Unicode's EastAsianWidth.txt: emoji with emoji presentation.
    CHECK(display_width("\xF0\x9F\x9A\x80") == 2);  // U+1F680 rocket
    CHECK(display_width("\xE2\x9C\x85") == 2);      // U+2705 check mark button
    CHECK(display_width("\xE2\x8C\x9A") == 2);      // U+231A watch
    CHECK(display_width("\xE2\xAD\x90") == 2);      // U+2B50 star
    CHECK(display_width("\xF0\x9F\x80\x84") == 2);  // U+1F004 mahjong red dragon
    CHECK(display_width("\xE2\x98\xBA") == 1);      // U+263A smiling face: neutral, one column
    CHECK(display_width("\xE2\x82\xAC") == 1);      // U+20AC euro sign
}

TEST_CASE("names are cut by width, never inside a character", "[text]") {
    // "Acme Robotique éclair" cut to 16 columns keeps "Acme Robotique é" whole.
    CHECK(cut_to_width("Acme Robotique \xC3\xA9"
                       "clair",
                       16) == "Acme Robotique \xC3\xA9");
    CHECK(cut_to_width("Acme Robotique \xC3\xA9"
                       "clair",
                       15) == "Acme Robotique ");
    CHECK(cut_to_width("\xE6\x9D\xB1\xE4\xBA\xAC", 3) == "\xE6\x9D\xB1");  // the second wide one does not fit
    CHECK(pad_to_width("\xC3\xA9t\xC3\xA9", 5) == "\xC3\xA9t\xC3\xA9  ");
    CHECK(pad_to_width("ab", 4, true) == "  ab");
}

TEST_CASE("width, cut and pad agree with a string's pieces, whatever they are", "[text]") {
    // Strings built from pieces whose widths are known: each piece is one character
    // (or one stray byte), so the longest prefix that fits ends between pieces.
    struct Piece {
        const char* bytes;
        int width;
    };
    const Piece pieces[] = {
        {"a", 1},
        {" ", 1},
        {"\x01", 1},
        {"\xC3\xA9", 1},  // é
        {"\xCC\x81", 0},
        {"\xE2\x80\x8B", 0},  // a combining acute, a zero-width space
        {"\xE6\x9D\xB1", 2},
        {"\xF0\x9F\x98\x80", 2},  // 東, an emoji
        {"\xFF", 1},              // a stray byte
    };
    std::mt19937_64 rng(11);
    for (int n = 0; n < 3000; ++n) {
        std::vector<const Piece*> chosen;
        for (std::size_t k = rng() % 8; k > 0; --k) chosen.push_back(&pieces[rng() % std::size(pieces)]);
        std::string s;
        int width = 0;
        for (const Piece* p : chosen) s += p->bytes, width += p->width;
        INFO(s);
        CHECK(display_width(s) == width);
        const int columns = static_cast<int>(rng() % 12);
        std::string cut;
        int used = 0;
        for (const Piece* p : chosen) {
            if (used + p->width > columns) break;
            cut += p->bytes, used += p->width;
        }
        CHECK(cut_to_width(s, columns) == cut);
        CHECK(pad_to_width(s, columns) == cut + std::string(static_cast<std::size_t>(columns - used), ' '));
        CHECK(pad_to_width(s, columns, true) == std::string(static_cast<std::size_t>(columns - used), ' ') + cut);
    }
}

TEST_CASE("wrap breaks at spaces within the width, one line when there is none", "[text]") {
    CHECK(wrap("one two three four", 9, "  ") == "one two\n  three\n  four");
    CHECK(wrap("one two three four", 0, "  ") == "one two three four");
    CHECK(wrap("averyveryverylongword and more", 8, "") == "averyveryverylongword\nand more");
    CHECK(wrap("", 10, "  ") == "");
}

TEST_CASE("whole numbers with thousands separators", "[text]") {
    CHECK(grouped_count(0) == "0");
    CHECK(grouped_count(999) == "999");
    CHECK(grouped_count(1000) == "1,000");
    CHECK(grouped_count(1234567) == "1,234,567");
    CHECK(grouped_count(-1000) == "-1,000");
    CHECK(grouped_count(-100000) == "-100,000");
}

TEST_CASE("visible text shows control characters as escapes and bad bytes as U+FFFD", "[text]") {
    CHECK(visible("Amazon L5 PM") == "Amazon L5 PM");
    CHECK(visible("C:\\tmp \xC3\xA9 \xE6\x9D\xB1 \xF0\x9F\x98\x80") ==
          "C:\\tmp \xC3\xA9 \xE6\x9D\xB1 \xF0\x9F\x98\x80");
    CHECK(visible("\x1b]0;PWNED\x07\x1b[2J") == "\\e]0;PWNED\\x07\\e[2J");
    // Bidirectional controls as \u and four hex digits: a right-to-left override, an isolate, a mark.
    CHECK(visible("a\xE2\x80\xAEgnp.exe \xE2\x81\xA6x\xE2\x81\xA9 \xE2\x80\x8F") ==
          "a\\u202egnp.exe \\u2066x\\u2069 \\u200f");
    CHECK(!is_plain_text("a\xE2\x80\xAE"));
    CHECK(is_plain_text("a\xE2\x80\xAF"));  // U+202F, a narrow no-break space, is text
    CHECK(visible("\r\x1b[2K") == "\\x0d\\e[2K");
    CHECK(visible(std::string("a\0b\n\t\x7f", 6)) == "a\\x00b\\x0a\\x09\\x7f");
    CHECK(visible("\xC2\x80 \xC2\x9B \xC2\x9F \xC2\xA0") == "\\u0080 \\u009b \\u009f \xC2\xA0");  // C1; NBSP is kept
    CHECK(visible("n\xFFq") == "n\xEF\xBF\xBDq");
    CHECK(visible("\xC3") == "\xEF\xBF\xBD");                                                  // cut short
    CHECK(visible("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");                                  // overlong '/'
    CHECK(visible("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");                  // a surrogate
    CHECK(visible("\xF4\x90\x80\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // past U+10FFFF
    for (int b = 0; b < 256; ++b) {
        const std::string out = visible(std::string(1, static_cast<char>(b)));
        INFO(b);
        CHECK(is_plain_text(out));
        CHECK(is_plain_text(std::string(1, static_cast<char>(b))) == (b >= 0x20 && b < 0x7f));
    }
    for (int b = 0x80; b < 0xC0; ++b) {
        const std::string c1{'\xC2', static_cast<char>(b)};
        CHECK(is_plain_text(c1) == (b >= 0xA0));
    }
}

TEST_CASE("a long name is shortened to the width with three dots", "[text]") {
    CHECK(shorten_to_width("offer", 80) == "offer");
    CHECK(shorten_to_width(std::string(80, 'a'), 80) == std::string(80, 'a'));
    CHECK(shorten_to_width(std::string(81, 'a'), 80) == std::string(77, 'a') + "...");
    std::string wide;  // 41 times 東, 82 columns: 38 of them (76 columns) and the dots
    for (int i = 0; i < 41; ++i) wide += "\xE6\x9D\xB1";
    std::string want;
    for (int i = 0; i < 38; ++i) want += "\xE6\x9D\xB1";
    CHECK(shorten_to_width(wide, 80) == want + "...");
    CHECK(display_width(shorten_to_width(wide, 80)) == 79);
}

TEST_CASE("labels are cut with three dots and told apart", "[text]") {
    // Names that fit in 16 columns stay as they are.
    CHECK(short_labels({"Amazon L5 PM", "Meta IC5 PM"}, 16) == std::vector<std::string>{"Amazon L5 PM", "Meta IC5 PM"});
    // A 22-column name alone: its first 13 columns and "..." (13 + 3 = 16).
    CHECK(short_labels({"Google L5 PM (Seattle)", "Meta"}, 16) == std::vector<std::string>{"Google L5 PM ...", "Meta"});
    // Two names alike in their first 13 columns keep their tails: (16 - 3) / 2 = 6
    // columns of tail, 16 - 3 - 6 = 7 of head: "Google " + "..." + "attle)" / " View)".
    CHECK(short_labels({"Google L5 PM (Seattle)", "Google L5 PM (Mountain View)", "Meta"}, 16) ==
          std::vector<std::string>{"Google ...attle)", "Google ... View)", "Meta"});
    // Alike in head and tail ("e (WA)"): numbered, " #1" after 13 columns: 10 ("Google L5 ")
    // and "...".
    CHECK(short_labels({"Google L5 PM in Seattle (WA)", "Google L5 PM in Bellevue (WA)"}, 16) ==
          std::vector<std::string>{"Google L5 ... #1", "Google L5 ... #2"});
    // The same name twice: numbered, the name kept when it fits in 16 - 3 columns.
    CHECK(short_labels({"Acme", "Acme"}, 16) == std::vector<std::string>{"Acme #1", "Acme #2"});
    // A tail never starts inside a wide character: 10 times 東 (20 columns) and "x"
    // vs "y": tails of 6 columns are "東東x" (5) and "東東y", heads 7 columns: 3 東 (6).
    std::string e, f;
    for (int i = 0; i < 10; ++i) e += "\xE6\x9D\xB1";
    f = e + "y";
    e += "x";
    const std::string three = "\xE6\x9D\xB1\xE6\x9D\xB1\xE6\x9D\xB1", two = "\xE6\x9D\xB1\xE6\x9D\xB1";
    CHECK(short_labels({e, f}, 16) == std::vector<std::string>{three + "..." + two + "x", three + "..." + two + "y"});
    for (const std::string& l : short_labels({e, f}, 16)) CHECK(display_width(l) <= 16);
}
