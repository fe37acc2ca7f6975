// Display width, cutting and wrapping of UTF-8 text for terminals.
#include <random>
#include <string>
#include <vector>

#include "catch.hpp"

#include "offercalc/text.hpp"

using namespace offercalc;

TEST_CASE("display width counts characters, wide ones twice, marks not at all", "[text]") {
    CHECK(display_width("Amazon") == 6);
    CHECK(display_width("Acme Robotique \xC3\xA9" "clair") == 21);  // é is two bytes, one column
    CHECK(display_width("e\xCC\x81") == 1);                        // e + combining acute
    CHECK(display_width("\xE6\x9D\xB1\xE4\xBA\xAC") == 4);         // 東京: two wide characters
    CHECK(display_width("\xFF") == 1);                             // a stray byte counts one
}

TEST_CASE("names are cut by width, never inside a character", "[text]") {
    // "Acme Robotique éclair" cut to 16 columns keeps "Acme Robotique é" whole.
    CHECK(cut_to_width("Acme Robotique \xC3\xA9" "clair", 16) == "Acme Robotique \xC3\xA9");
    CHECK(cut_to_width("Acme Robotique \xC3\xA9" "clair", 15) == "Acme Robotique ");
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
        {"a", 1},           {" ", 1}, {"\x01", 1},
        {"\xC3\xA9", 1},                           // é
        {"\xCC\x81", 0},    {"\xE2\x80\x8B", 0},      // a combining acute, a zero-width space
        {"\xE6\x9D\xB1", 2}, {"\xF0\x9F\x98\x80", 2},  // 東, an emoji
        {"\xFF", 1},                               // a stray byte
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
