// Fitting text to a terminal's width: tables of amounts and the width of prose.

#include "offercalc/layout.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>

#include <fmt/format.h>
#include <fmt/ranges.h>  // fmt::join (fmt 10 and later)

#include "offercalc/summary.hpp"
#include "offercalc/text.hpp"

namespace offercalc {

int prose_width(int columns) { return columns > 0 ? std::min(columns, kMaxProseWidth) : 0; }

std::string hang(std::string_view prefix, std::string_view text, int columns) {
    const int w = display_width(prefix);
    // Too little room beside the prefix, and room enough under it: the text goes under.
    if (columns >= kMinHangWidth + 4 && w > columns - kMinHangWidth) {
        const std::string_view head = prefix.substr(0, prefix.find_last_not_of(' ') + 1);
        return std::string(head) + "\n    " + wrap(text, columns, "    ", 4) + "\n";
    }
    return std::string(prefix) + wrap(text, columns, std::string(static_cast<std::size_t>(w), ' '), w) + "\n";
}

std::string amount_text(Money m, AmountStyle style) {
    switch (style) {
        case AmountStyle::Cents: return m.pretty();
        case AmountStyle::Dollars: {
            // Whole dollars, halves away from zero; pretty() of a whole amount ends in ".00".
            const std::string s = Money::cents(mul_div_round(m.in_cents(), 1, 100) * 100).pretty();
            return s.substr(0, s.size() - 3);
        }
        case AmountStyle::Compact: return compact(m, 0);
    }
    return m.pretty();
}

namespace {

std::string cell_text(const Table& t, std::size_t column, const Table::Cell& cell, AmountStyle style) {
    if (const auto* text = std::get_if<std::string>(&cell)) return *text;
    const Money m = std::get<Money>(cell);
    const bool plus = column < t.plus.size() && t.plus[column] && m > Money();
    return (plus ? "+" : "") + amount_text(m, style);
}

/// Line k of a heading of one or more lines ("4-year\ntotal"), bottom-aligned over
/// `lines` lines: "" above a shorter heading.
std::string_view heading_line(std::string_view h, std::size_t k, std::size_t lines) {
    const auto count = static_cast<std::size_t>(std::count(h.begin(), h.end(), '\n')) + 1;
    if (k + count < lines) return "";
    for (std::size_t skip = k + count - lines; skip > 0; --skip) h.remove_prefix(h.find('\n') + 1);
    return h.substr(0, h.find('\n'));
}

int heading_width(std::string_view h) {
    int w = 0;
    for (std::size_t k = 0;; ++k) {
        const std::size_t end = h.find('\n');
        w = std::max(w, display_width(h.substr(0, end)));
        if (end == std::string_view::npos) return w;
        h.remove_prefix(end + 1);
    }
}

/// The layout of the whole table in one band, in one style and gap.
Layout measure(const Table& t, AmountStyle style, int gap) {
    Layout l;
    l.style = style;
    l.gap = gap;
    l.band_starts = {0};
    l.label_width = display_width(t.corner);
    for (const std::string& h : t.headings) l.widths.push_back(heading_width(h));
    for (const Table::Row& r : t.rows) {
        if (r.cells.empty()) continue;
        l.label_width = std::max(l.label_width, display_width(r.label));
        for (std::size_t i = 0; i < r.cells.size() && i < l.widths.size(); ++i) {
            l.widths[i] = std::max(l.widths[i], display_width(cell_text(t, i, r.cells[i], style)));
            if (const auto* m = std::get_if<Money>(&r.cells[i])) {
                l.rounded = l.rounded || (style == AmountStyle::Dollars && m->in_cents() % 100 != 0) ||
                            (style == AmountStyle::Compact && !m->is_zero());
                const std::int64_t c = m->in_cents();
                l.largest = std::max(l.largest, c < 0 ? (c == std::numeric_limits<std::int64_t>::min()
                                                             ? std::numeric_limits<std::int64_t>::max()
                                                             : -c)
                                                      : c);
            }
        }
    }
    l.label_width = std::min(l.label_width, t.label_cap);
    return l;
}

/// Columns [begin, end) take: the labels, then each column with its gap (none before
/// the first column when there are no labels).
int band_width(const Layout& l, std::size_t begin, std::size_t end) {
    int w = l.label_width;
    for (std::size_t i = begin; i < end; ++i) w += (i == begin && l.label_width == 0 ? 0 : l.gap) + l.widths[i];
    return w;
}

std::size_t band_end(const Layout& l, std::size_t band) {
    return band + 1 < l.band_starts.size() ? l.band_starts[band + 1] : l.widths.size();
}

void append_right(std::string& out, std::string_view s, int width, int gap) {
    out.append(static_cast<std::size_t>(std::max(gap, width + gap - display_width(s))), ' ');
    out.append(s);
}

void append_label(std::string& out, const Table& t, const Layout& l, std::string_view label) {
    if (l.label_width > 0) out += pad_to_width(label, l.label_width, t.labels_right);
}

}  // namespace

Layout plan_table(const Table& t, int columns, bool exact) {
    const AmountStyle kStyles[] = {AmountStyle::Cents, AmountStyle::Dollars, AmountStyle::Compact};
    const std::size_t styles = exact ? 1 : std::size(kStyles);
    for (std::size_t s = 0; s < styles; ++s)
        for (int gap : {2, 1}) {
            Layout l = measure(t, kStyles[s], gap);
            if (columns <= 0 || band_width(l, 0, l.widths.size()) <= columns) return l;
        }
    // Not even compact amounts fit in one band: as many columns to a band as fit.
    Layout l = measure(t, kStyles[styles - 1], 2);
    for (std::size_t i = 1; i < l.widths.size(); ++i)
        if (band_width(l, l.band_starts.back(), i + 1) > columns) l.band_starts.push_back(i);
    return l;
}

int layout_width(const Layout& l) { return band_width(l, 0, band_end(l, 0)); }

Table::Row kept_cells(const Table::Row& row, const std::vector<std::size_t>& kept) {
    Table::Row out{row.label, {}};
    for (const std::size_t i : kept)
        if (i < row.cells.size()) out.cells.push_back(row.cells[i]);
    return out;
}

StreamLayout plan_stream(const Table& t, int columns, bool exact, const std::vector<std::size_t>& drop) {
    StreamLayout s;
    for (std::size_t i = 0; i < t.headings.size(); ++i) s.kept.push_back(i);
    auto cut = [&] {
        s.table = Table{t.corner, {}, {}, {}, t.label_cap, t.labels_right};
        for (const std::size_t i : s.kept) {
            s.table.headings.push_back(t.headings[i]);
            if (i < t.plus.size()) s.table.plus.push_back(t.plus[i]);
        }
        for (const Table::Row& r : t.rows) s.table.rows.push_back(r.cells.empty() ? r : kept_cells(r, s.kept));
        s.layout = plan_table(s.table, columns, exact);
        return s.layout.band_starts.size() == 1;  // it fits in one band
    };
    for (std::size_t k = 0; !cut() && !exact && k < drop.size() && s.kept.size() > 1; ++k)
        s.kept.erase(std::remove(s.kept.begin(), s.kept.end(), drop[k]), s.kept.end());
    s.layout.band_starts = {0};  // rows stream: one band, however wide
    s.table.rows.clear();
    return s;
}

std::string left_out_note(const Table& t, const std::vector<std::size_t>& kept, int columns,
                          std::string_view all_hint) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < t.headings.size(); ++i)
        if (std::find(kept.begin(), kept.end(), i) == kept.end()) {
            std::string h = t.headings[i];
            std::replace(h.begin(), h.end(), '\n', ' ');
            out.push_back(std::move(h));
        }
    if (out.empty()) return "";
    return wrap(fmt::format("To fit {} columns, left out: {}; {}.", columns, fmt::join(out, ", "), all_hint),
                prose_width(columns), "  ") +
           "\n";
}

void append_row(std::string& out, const Table& t, const Layout& l, const Table::Row& row, std::size_t begin,
                std::size_t end) {
    append_label(out, t, l, row.label);
    if (row.cells.empty()) {
        if (l.label_width == 0) out += row.label;
        out += '\n';
        return;
    }
    for (std::size_t i = begin; i < end && i < row.cells.size(); ++i)
        append_right(out, cell_text(t, i, row.cells[i], l.style), l.widths[i],
                     i == begin && l.label_width == 0 ? 0 : l.gap);
    out += '\n';
}

std::string render_table(const Table& t, const Layout& l) {
    std::string out;
    for (std::size_t band = 0; band < l.band_starts.size(); ++band) {
        const std::size_t begin = l.band_starts[band], end = band_end(l, band);
        if (band > 0) out += '\n';
        std::size_t lines = 1;
        for (const std::string& h : t.headings)
            lines = std::max(lines, static_cast<std::size_t>(std::count(h.begin(), h.end(), '\n')) + 1);
        for (std::size_t k = 0; k < lines; ++k) {
            append_label(out, t, l, k + 1 == lines ? std::string_view(t.corner) : "");
            for (std::size_t i = begin; i < end; ++i)
                append_right(out, heading_line(t.headings[i], k, lines), l.widths[i],
                             i == begin && l.label_width == 0 ? 0 : l.gap);
            while (!out.empty() && out.back() == ' ') out.pop_back();  // a line of short headings
            out += '\n';
        }
        for (const Table::Row& r : t.rows) {
            if (r.cells.empty()) out += r.label + '\n';
            else append_row(out, t, l, r, begin, end);
        }
    }
    return out;
}

std::string rounding_note(const Layout& l, int columns, std::string_view exact_hint) {
    if (l.style == AmountStyle::Cents || (!l.rounded && l.style == AmountStyle::Compact)) return "";
    // Whole dollars with no cents to drop still say why the cents went, and that none were lost.
    if (!l.rounded)
        return wrap(fmt::format("Whole dollars to fit {} columns; no cents dropped.", columns), prose_width(columns),
                    "  ") +
               "\n";
    const std::string text =
        l.style == AmountStyle::Dollars
            ? fmt::format("Whole dollars to fit {} columns; {} for cents.", columns, exact_hint)
            : fmt::format("Rounded to fit {} columns (k: thousands, M: millions{}{}); {} for cents.", columns,
                          // compact() writes B from $999.5M and T from $999.5B, as rounding carries
                          l.largest >= 99'950'000'000 ? ", B: billions" : "",
                          l.largest >= 99'950'000'000'000 ? ", T: trillions" : "", exact_hint);
    return wrap(text, prose_width(columns), "  ") + "\n";
}

std::string fit_table(const Table& t, int columns, bool exact, std::string_view exact_hint) {
    const Layout l = plan_table(t, columns, exact);
    return render_table(t, l) + rounding_note(l, columns, exact_hint);
}

}  // namespace offercalc
