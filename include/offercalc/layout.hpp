#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "offercalc/money.hpp"

namespace offercalc {

// How text output fits a terminal of a given width (a plain number the caller passes;
// the library never asks the terminal). Tables of amounts keep exact cents when they
// fit, else whole dollars, else compact amounts ($1.2M), and say so in one line; prose
// wraps at words at prose_width().

/// The most columns prose takes, however wide the terminal.
inline constexpr int kMaxProseWidth = 100;

/// The width prose wraps at: min(columns, 100); 0 (no wrapping) when columns is not
/// positive, which also leaves tables their cents: no limit.
int prose_width(int columns);

/// The fewest columns hang() leaves its text beside the prefix.
inline constexpr int kMinHangWidth = 20;

/// prefix, then text wrapped at words in `columns`, its later lines indented under
/// the text's start; ends in a newline: hang("  1. ", "a long ask ...", 40). When the
/// prefix leaves fewer than kMinHangWidth columns (of 24 or more), the text goes under
/// it, 4 columns in.
std::string hang(std::string_view prefix, std::string_view text, int columns);

/// How a table writes its amounts, most exact first.
enum class AmountStyle { Cents, Dollars, Compact };

/// "$1,234.56" (Cents); "$1,235" (Dollars: rounded half away from zero to the
/// dollar); "$1.23k" (Compact: compact() at level 0).
std::string amount_text(Money m, AmountStyle style);

/// A table: a column of labels, then columns of cells with headings. A cell is an
/// amount (written in the table's style) or fixed text; both are right-aligned.
struct Table {
    using Cell = std::variant<Money, std::string>;
    struct Row {
        std::string label;
        std::vector<Cell> cells;  ///< empty: a title line, the label alone (not measured)
    };
    std::string corner;                 ///< over the labels
    std::vector<std::string> headings;  ///< one per column of cells; "\n" parts a heading's lines
    std::vector<bool> plus;             ///< per column: a positive amount written "+$5"; empty: none
    std::vector<Row> rows;
    int label_cap = 16;         ///< longer labels are cut to this many columns
    bool labels_right = false;  ///< right-align the labels (numbers such as months)
};

/// Where a table's columns go.
struct Layout {
    AmountStyle style = AmountStyle::Cents;
    int gap = 2;  ///< spaces before each column of cells (1 or 2)
    int label_width = 0;
    std::vector<int> widths;               ///< per column of cells
    std::vector<std::size_t> band_starts;  ///< the first column of each band; {0}: one band
    bool rounded = false;                  ///< some amount is not written to the cent
    std::int64_t largest = 0;              ///< the largest amount's size in cents (for the units named)
};

/// The layout of `t` in `columns`: the most exact style whose table fits, with columns
/// two spaces apart, else one; when even compact amounts do not fit, compact amounts
/// in bands of columns, each band repeating the labels. `exact` keeps cents (in bands
/// when they do not fit). Columns are never less than one space apart.
Layout plan_table(const Table& t, int columns, bool exact);

/// A table whose rows stream, so it cannot be set in bands: the layout of the table
/// made of the columns `kept`, and those columns' indices.
struct StreamLayout {
    Table table;  ///< `t` with only the kept columns (and no rows)
    Layout layout;
    std::vector<std::size_t> kept;  ///< indices into t's columns, in order
};

/// plan_table() for a table whose rows stream: one band. When the whole table does
/// not fit even in compact amounts, the columns in `drop` are left out in that order,
/// each while the rest still does not fit. `exact` (cents, however wide) keeps every
/// column; so does a width of 0 (no limit).
StreamLayout plan_stream(const Table& t, int columns, bool exact, const std::vector<std::size_t>& drop);

/// The columns a layout's first band takes: its labels, then each column with its gap.
int layout_width(const Layout& l);

/// The cells of `row` in the columns `kept`.
Table::Row kept_cells(const Table::Row& row, const std::vector<std::size_t>& kept);

/// The line naming the columns a StreamLayout left out, with its newline, or "" when
/// none: "To fit 60 columns, left out: year 1, gap year 1; --csv has every column."
/// `all_hint` names the way to every column.
std::string left_out_note(const Table& t, const std::vector<std::size_t>& kept, int columns, std::string_view all_hint);

/// The table's text, each line ending in a newline; bands are a blank line apart.
/// Headings of several lines are aligned at the bottom.
std::string render_table(const Table& t, const Layout& l);

/// One row's cells [begin, end) under `l`, ending in a newline. A cell wider than its
/// column (a row plan_table did not see) still keeps one space before it.
void append_row(std::string& out, const Table& t, const Layout& l, const Table::Row& row, std::size_t begin,
                std::size_t end);

/// plan_table then render_table, with rounding_note() after the table when it has one.
std::string fit_table(const Table& t, int columns, bool exact, std::string_view exact_hint);

/// The line saying how a layout rounded its amounts, with its newline, or "" when
/// nothing was rounded: "Whole dollars to fit 60 columns; --exact for cents."
/// `exact_hint` names the way to exact amounts ("--exact").
std::string rounding_note(const Layout& l, int columns, std::string_view exact_hint);

}  // namespace offercalc
