// Layout for a terminal's width: amount styles, width thresholds, bands, wrapping.
// Every expected width and string below is counted by hand in the comments.

#include <sstream>

#include "catch.hpp"

#include "offercalc/layout.hpp"
#include "offercalc/text.hpp"

using namespace offercalc;

namespace {

/// One label "a", columns "x" and "y" of $100,000.00 and $100,000.49 (11 characters
/// each); whole dollars "$100,000" (8), compact "$100k" (5).
Table two_columns() {
    Table t;
    t.headings = {"x", "y"};
    t.rows.push_back({"a", {Money::cents(10'000'000), Money::cents(10'000'049)}});
    return t;
}

std::vector<std::string> lines_of(const std::string& s) {
    std::vector<std::string> out;
    std::istringstream in(s);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

std::vector<std::string> words_of(const std::string& line) {
    std::vector<std::string> out;
    std::istringstream in(line);
    for (std::string w; in >> w;) out.push_back(w);
    return out;
}

}  // namespace

TEST_CASE("prose wraps at the terminal's width, at most 100 columns", "[layout]") {
    CHECK(prose_width(0) == 0);  // no limit
    CHECK(prose_width(60) == 60);
    CHECK(prose_width(100) == 100);
    CHECK(prose_width(200) == 100);
}

TEST_CASE("amounts in each style", "[layout]") {
    CHECK(amount_text(Money::cents(123'456), AmountStyle::Cents) == "$1,234.56");
    CHECK(amount_text(Money::cents(123'456), AmountStyle::Dollars) == "$1,235");  // .56 rounds up
    CHECK(amount_text(Money::cents(123'449), AmountStyle::Dollars) == "$1,234");
    CHECK(amount_text(Money::cents(-50), AmountStyle::Dollars) == "-$1");  // a half, away from zero
    CHECK(amount_text(Money::cents(49), AmountStyle::Dollars) == "$0");
    // $1,234,567 to the nearest $1,000 in millions: 1.235M.
    CHECK(amount_text(Money::cents(123'456'700), AmountStyle::Compact) == "$1.235M");
}

TEST_CASE("the style is the most exact that fits: cents, then whole dollars, then compact", "[layout]") {
    // Widths: label 1, then per column the gap and the widest of heading and cells.
    // cents 1 + 2 x (2 + 11) = 27, gap 1: 25; dollars 1 + 2 x 10 = 21, gap 1: 19;
    // compact 1 + 2 x 7 = 15, gap 1: 13; below 13, one column to a band.
    const Table t = two_columns();
    struct Case {
        int columns;
        AmountStyle style;
        int gap;
        std::size_t bands;
    };
    const Case cases[] = {
        {27, AmountStyle::Cents, 2, 1},   {26, AmountStyle::Cents, 1, 1},   {25, AmountStyle::Cents, 1, 1},
        {24, AmountStyle::Dollars, 2, 1}, {21, AmountStyle::Dollars, 2, 1}, {20, AmountStyle::Dollars, 1, 1},
        {19, AmountStyle::Dollars, 1, 1}, {18, AmountStyle::Compact, 2, 1}, {15, AmountStyle::Compact, 2, 1},
        {14, AmountStyle::Compact, 1, 1}, {13, AmountStyle::Compact, 1, 1}, {12, AmountStyle::Compact, 2, 2}};
    for (const Case& c : cases) {
        INFO("columns " << c.columns);
        const Layout l = plan_table(t, c.columns, false);
        CHECK(l.style == c.style);
        CHECK(l.gap == c.gap);
        CHECK(l.band_starts.size() == c.bands);
        CHECK(l.rounded == (c.style != AmountStyle::Cents));  // $100,000.49 loses its cents
    }
    CHECK(plan_table(t, 0, false).style == AmountStyle::Cents);  // no limit
    // --exact keeps cents, in bands when they do not fit: 1 + 2 + 11 = 14 a band.
    const Layout exact = plan_table(t, 20, true);
    CHECK(exact.style == AmountStyle::Cents);
    CHECK(exact.band_starts == std::vector<std::size_t>{0, 1});
    CHECK_FALSE(exact.rounded);
}

TEST_CASE("a table's text: right-aligned columns, bands with the labels repeated", "[layout]") {
    const Table t = two_columns();
    // 27 columns: " " (the empty corner), then 2 + 10 spaces and "x", 2 + 10 and "y".
    CHECK(fit_table(t, 27, false, "--exact") == " " + std::string(12, ' ') + "x" + std::string(12, ' ') +
                                                    "y\n"
                                                    "a  $100,000.00  $100,000.49\n");
    // 12 columns: compact, one column a band; "x" right-aligned in 5 after a gap of 2.
    const Layout l = plan_table(t, 12, false);
    CHECK(render_table(t, l) ==
          "       x\n"
          "a  $100k\n"
          "\n"
          "       y\n"
          "a  $100k\n");
    CHECK(rounding_note(l, 80, "--exact") ==
          "Rounded to fit 80 columns (k: thousands, M: millions); --exact for cents.\n");
    CHECK(rounding_note(plan_table(t, 24, false), 24, "--exact") ==
          "Whole dollars to fit 24\n  columns; --exact for\n  cents.\n");
    CHECK(rounding_note(plan_table(t, 27, false), 27, "--exact").empty());
}

TEST_CASE("whole dollars with no cents to drop say so (regression: compare --full's gap table said nothing)",
          "[layout]") {
    Table t;
    t.headings = {"x", "y"};
    t.rows = {{"a", {Money::dollars(24950), Money::dollars(-129700)}}};
    // Cents: " " + 2 + "$24,950.00" (10) + 2 + "-$129,700.00" (12) = 27; whole dollars fit 21.
    const Layout l = plan_table(t, 21, false);
    REQUIRE(l.style == AmountStyle::Dollars);
    CHECK_FALSE(l.rounded);
    CHECK(rounding_note(l, 80, "--exact") == "Whole dollars to fit 80 columns; no cents dropped.\n");
    CHECK(rounding_note(plan_table(t, 27, false), 27, "--exact").empty());  // cents shown: nothing to say
}

TEST_CASE("the rounding note names billions and trillions when the table holds them", "[layout]") {
    Table t;
    t.headings = {"x"};
    t.rows = {{"a", {Money::cents(99'949'999'999)}}};  // $999,499,999.99: "$999.5M"
    CHECK(rounding_note(plan_table(t, 8, false), 80, "--exact") ==
          "Rounded to fit 80 columns (k: thousands, M: millions); --exact for cents.\n");
    t.rows = {{"a", {Money::cents(99'950'000'000)}}};  // $999,500,000: "$1B"
    CHECK(rounding_note(plan_table(t, 8, false), 80, "--exact") ==
          "Rounded to fit 80 columns (k: thousands, M: millions, B: billions); --exact for\n  cents.\n");
    t.rows = {{"a", {Money::cents(-200'000'000'000'000)}}};  // -$2T
    CHECK(render_table(t, plan_table(t, 8, false)).find("a  -$2T\n") != std::string::npos);
    CHECK(rounding_note(plan_table(t, 8, false), 80, "--exact") ==
          "Rounded to fit 80 columns (k: thousands, M: millions, B: billions, T:\n"
          "  trillions); --exact for cents.\n");
}

TEST_CASE("columns stay apart for the largest amounts, at every width", "[layout]") {
    // $1,023,000,000,000,000.00: a $1e12 base doubling for ten years sums to about
    // this (1e12 x (2^10 - 1)); 25 characters in cents, "$1,023T" compact.
    const Money huge = Money::cents(102'300'000'000'000'000);
    CHECK(amount_text(huge, AmountStyle::Compact) == "$1,023T");
    Table t;
    for (int n = 1; n <= 11; ++n) t.headings.push_back(n == 11 ? "10-year" : "year " + std::to_string(n));
    t.rows.push_back({"huge", std::vector<Table::Cell>(11, huge)});
    t.rows.push_back({"negative", std::vector<Table::Cell>(11, -huge)});
    for (const bool exact : {false, true})
        for (const int columns : {40, 60, 80, 100, 120}) {
            INFO("columns " << columns << (exact ? ", exact" : ""));
            std::size_t cells = 0;
            for (const std::string& line : lines_of(render_table(t, plan_table(t, columns, exact)))) {
                CHECK(display_width(line) <= columns);
                const std::vector<std::string> words = words_of(line);
                if (!words.empty() && (words[0] == "huge" || words[0] == "negative")) {
                    cells += words.size() - 1;  // each amount a word of its own: never run together
                    for (std::size_t i = 1; i < words.size(); ++i) CHECK(words[i].find('$') != std::string::npos);
                }
            }
            CHECK(cells == 22);
        }
    // A cell wider than the plan (a streamed row) still keeps a space before it.
    Table narrow;
    narrow.headings = {"a", "b"};
    Layout l = plan_table(narrow, 80, false);
    std::string row;
    append_row(row, narrow, l, {"", {huge, huge}}, 0, 2);
    CHECK(words_of(row).size() == 2);
}

TEST_CASE("prose wraps at words and hangs under its first line", "[layout]") {
    // "  1. " takes 5 columns: "aaa bbb" ends at 12; "ccc" starts a line under "aaa".
    CHECK(hang("  1. ", "aaa bbb ccc", 12) == "  1. aaa bbb\n     ccc\n");
    // A first line already 3 columns in: "aaa" reaches 6, "bbb" goes below.
    CHECK(wrap("aaa bbb", 6, "", 3) == "aaa\nbbb");
    // A word longer than the line stands alone, never split.
    CHECK(wrap("a $1,248,000.00 b", 8, "  ") == "a\n  $1,248,000.00\n  b");
    CHECK(hang("x ", "one two", 0) == "x one two\n");  // no limit
    // A prefix of 22 columns leaves 18 of 40, under 20: the text goes under it, 4 in,
    // the prefix's trailing spaces dropped; the text, 34 columns, fits in 4 + 34 = 38.
    CHECK(hang("  " + std::string(18, 'p') + "  ", "aaaa bbbb cccc dddd eeee ffff gggg", 40) ==
          "  " + std::string(18, 'p') + "\n    aaaa bbbb cccc dddd eeee ffff gggg\n");
    // 21 columns leave 19: under; 20 leave 20: beside.
    CHECK(hang(std::string(21, 'p'), "x", 40) == std::string(21, 'p') + "\n    x\n");
    CHECK(hang(std::string(20, 'p'), "x", 40) == std::string(20, 'p') + "x\n");
}

TEST_CASE("a streamed table leaves columns out, in the order given, until it fits one band", "[layout]") {
    const Table t = two_columns();
    // 27 columns: everything fits in cents (1 + 2 x (2 + 11) = 27).
    const StreamLayout all = plan_stream(t, 27, false, {0});
    CHECK(all.kept == std::vector<std::size_t>{0, 1});
    CHECK(all.layout.style == AmountStyle::Cents);
    CHECK(left_out_note(t, all.kept, 27, "--csv has every column").empty());
    // 12 columns: both columns need 13 even in compact amounts with gap 1, so "x"
    // goes; "y" alone fits in whole dollars with gap 2: 1 + 2 + 8 ("$100,000") = 11.
    const StreamLayout one = plan_stream(t, 12, false, {0});
    CHECK(one.kept == std::vector<std::size_t>{1});
    CHECK(one.table.headings == std::vector<std::string>{"y"});
    CHECK(one.layout.style == AmountStyle::Dollars);
    CHECK(one.layout.band_starts == std::vector<std::size_t>{0});
    std::string row;
    append_row(row, one.table, one.layout, kept_cells(t.rows.front(), one.kept), 0, one.kept.size());
    CHECK(row == "a  $100,000\n");  // $100,000.49 to the dollar, right-aligned in 8
    CHECK(left_out_note(t, one.kept, 80, "--csv has every column") ==
          "To fit 80 columns, left out: x; --csv has every column.\n");
    // --exact keeps every column, in one band however wide; so does no limit (0).
    const StreamLayout exact = plan_stream(t, 12, true, {0});
    CHECK(exact.kept == std::vector<std::size_t>{0, 1});
    CHECK(exact.layout.band_starts == std::vector<std::size_t>{0});
    CHECK(plan_stream(t, 0, false, {0}).kept == std::vector<std::size_t>{0, 1});
    // The last column left is kept, however narrow: "y" at 5 columns, in bands no more.
    const StreamLayout narrow = plan_stream(t, 5, false, {0, 1});
    CHECK(narrow.kept == std::vector<std::size_t>{1});
    CHECK(narrow.layout.band_starts == std::vector<std::size_t>{0});
}
