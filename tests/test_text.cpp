// Display width, cutting and wrapping of UTF-8 text for terminals.
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

TEST_CASE("wrap breaks at spaces within the width, one line when there is none", "[text]") {
    CHECK(wrap("one two three four", 9, "  ") == "one two\n  three\n  four");
    CHECK(wrap("one two three four", 0, "  ") == "one two three four");
    CHECK(wrap("averyveryverylongword and more", 8, "") == "averyveryverylongword\nand more");
    CHECK(wrap("", 10, "  ") == "");
}
