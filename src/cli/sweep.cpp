// `offercalc sweep`: every combination of what-if ranges, as a table, CSV or JSON Lines.

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>  // fmt::join (fmt 10 and later)

#include "commands.hpp"
#include "flags.hpp"
#include "input.hpp"
#include "output.hpp"
#include "terminal.hpp"
#include "offercalc/error.hpp"
#include "offercalc/layout.hpp"
#include "offercalc/scenarios.hpp"
#include "offercalc/scenarios_text.hpp"
#include "offercalc/schema.hpp"
#include "offercalc/show.hpp"
#include "offercalc/summary.hpp"
#include "offercalc/text.hpp"

namespace offercalc::cli {

namespace {

/// Buffered standard output for streaming commands: rows go out in large writes.
class Out {
public:
    fmt::memory_buffer& buf() { return buf_; }
    void maybe_flush() {
        if (buf_.size() >= (1 << 16)) flush();
    }
    void flush() {
        write_out(std::string_view(buf_.data(), buf_.size()));
        buf_.clear();
    }

private:
    fmt::memory_buffer buf_;
};

struct SweepFlags {
    std::string file;
    std::optional<std::string> against;
    std::array<std::optional<std::string>, kFieldCount> ranges;  ///< indexed by Field
    bool csv = false, jsonl = false;
    int years = kDefaultYears;
    std::int64_t max_rows = 100'000'000;
    bool exact = false;
    int columns = 80;
    TaxFlags tax;
};

int run_sweep(const SweepFlags& f) {
    std::vector<SweepAxis> axes;
    for (const FieldFlag& ff : kFieldFlags)
        if (const auto& text = f.ranges[static_cast<std::size_t>(ff.field)])
            axes.push_back(parse_axis(ff.field, *text));
    if (axes.empty())
        throw usage_error(
            "sweep: give at least one range: --base, --sign-on-y1, --sign-on-y2, --rsu, "
            "--raise-pct, --bonus-pct or --growth");
    const WhatIf none;
    Projected as_offered = load_offers({f.file}, none, f.years).front();
    f.tax.apply(as_offered);  // checks the tax profile before any output
    const Offer& offer = as_offered.offer;
    std::optional<Projected> other;
    if (f.against) {
        other = load_offers({*f.against}, none, f.years).front();
        f.tax.apply(*other);
    }
    const bool net = f.tax.after_tax;
    validate_axes(offer, axes);  // before any output
    std::int64_t rows = 1;
    for (const SweepAxis& a : axes) rows = a.count() > f.max_rows / rows ? f.max_rows + 1 : rows * a.count();
    if (rows > f.max_rows) {
        long double exact = 1;
        for (const SweepAxis& a : axes) exact *= static_cast<long double>(a.count());
        throw usage_error(fmt::format(
            "sweep: the grid has {} rows, more than --max-rows {}; narrow a range or "
            "raise --max-rows",
            exact < 9e18L ? grouped_count(static_cast<std::int64_t>(exact)) : "over 9e18", grouped_count(f.max_rows)));
    }
    Progress progress("rows", rows);
    std::int64_t done = 0;

    auto cols = sweep_columns(axes, other.has_value());
    if (net) {
        cols.push_back("net_year1");
        cols.push_back("net_total");
        if (other) cols.push_back("net_gap");
    }
    const bool table = !f.csv && !f.jsonl;
    // A change in CSV and JSON: "25000.00", "-10" (a table writes "+$25,000.00", "-10 pts").
    auto change_text = [&](const SweepAxis& a, std::int64_t v) {
        return spec(a.field).percent ? Rate{v}.percent() : Money::cents(v).plain();
    };
    // Cells of axes short enough are written once, not once per row; a long money
    // axis in CSV or JSONL is written in place (see the row writer below).
    constexpr std::int64_t kCachedPoints = 4096;
    std::vector<std::vector<std::string>> cached(axes.size());
    for (std::size_t i = 0; i < axes.size() && !table; ++i)
        if (axes[i].count() <= kCachedPoints)
            for (std::int64_t k = 0; k < axes[i].count(); ++k) cached[i].push_back(change_text(axes[i], axes[i].at(k)));
    std::string scratch;
    auto cell = [&](std::size_t i, const SweepRow& r) -> std::string_view {
        if (cached[i].empty()) return scratch = change_text(axes[i], r.values[i]);
        return cached[i][static_cast<std::size_t>(r.index[i])];
    };
    std::vector<bool> in_place(axes.size());
    for (std::size_t i = 0; i < axes.size(); ++i)
        in_place[i] = !table && cached[i].empty() && !spec(axes[i].field).percent;

    Out out;
    auto& b = out.buf();
    Table sheet;  // the table's columns, planned before the first row
    Layout layout;
    std::string line;
    if (f.csv) {
        fmt::format_to(std::back_inserter(b), "{}\n", fmt::join(cols, ","));
    } else if (table) {
        sheet = sweep_sheet(offer, axes, f.years, other ? &*other : nullptr, net);
        layout = plan_table(sheet, f.columns, f.exact);
        layout.band_starts = {0};  // rows stream: one band, however wide
        std::vector<std::string> offered;
        for (const SweepAxis& a : axes) {
            const FieldSpec& fs = spec(a.field);
            offered.push_back(fs.percent ? fmt::format("{} {}%", fs.words, rate_of(offer, a.field)->percent())
                                         : fmt::format("{} {}", fs.words, *money_of(offer, a.field)));
        }
        const int width = prose_width(f.columns);
        const std::string about =
            wrap(fmt::format("{} as offered: {}.", offer.name, fmt::join(offered, ", ")), width, "  ") + "\n" +
            wrap(fmt::format("Each row adds the changes shown{}.",
                             other ? fmt::format("; a gap is {} minus the row", other->offer.name) : ""),
                 width, "  ") +
            "\n" + rounding_note(layout, f.columns, "--exact") + "\n" +
            render_table(Table{sheet.corner, sheet.headings, sheet.plus, {}}, layout);
        b.append(about.data(), about.data() + about.size());
    }
    // CSV and JSONL rows are built in a local buffer, column prefixes computed once.
    std::vector<std::string> prefix;
    for (std::size_t i = 0; i < cols.size(); ++i) {
        if (f.jsonl)  // rows are compact: {"schema_version":1,"rsu_change":...}
            prefix.push_back(i == 0 ? fmt::format("{{\"schema_version\":{},\"{}\":", kOutputSchemaVersion, cols[i])
                                    : fmt::format(",\"{}\":", cols[i]));
        else prefix.push_back(i == 0 ? "" : ",");
    }
    const std::string suffix = f.jsonl ? "}\n" : "\n";
    sweep(
        offer, axes, f.years,
        [&](const SweepRow& r) {
            Money cells[7] = {r.year1_total, r.total, r.gap_year1, r.gap};
            std::size_t n_cells = other ? 4 : 2;
            if (net) {
                const AfterTax a = sweep_row_after_tax(offer, axes, r.values, f.years);
                cells[n_cells++] = a.years.front().net;
                cells[n_cells++] = a.net_total;
                if (other) cells[n_cells++] = other->after_tax->net_total - a.net_total;
            }
            if (!table) {
                // Written in place: a row is at most 7 cells of 40 characters and 4 of 40.
                const std::size_t start = b.size();
                b.try_resize(start + 512);
                char* at = b.data() + start;
                for (std::size_t i = 0; i < axes.size() + n_cells; ++i) {
                    if (f.csv) {
                        if (i > 0) *at++ = ',';
                    } else {
                        at = std::copy(prefix[i].begin(), prefix[i].end(), at);
                    }
                    if (i >= axes.size()) {
                        at = cells[i - axes.size()].write_plain(at);
                    } else if (in_place[i]) {
                        at = Money::cents(r.values[i]).write_plain(at);
                    } else {
                        const std::string_view c = cell(i, r);
                        at = std::copy(c.begin(), c.end(), at);
                    }
                }
                at = std::copy(suffix.begin(), suffix.end(), at);
                b.try_resize(static_cast<std::size_t>(at - b.data()));
            } else {
                Table::Row row;
                for (std::size_t i = 0; i < axes.size(); ++i) row.cells.push_back(table_change(axes[i], r.values[i]));
                for (std::size_t i = 0; i < n_cells; ++i) row.cells.emplace_back(cells[i]);
                line.clear();
                append_row(line, sheet, layout, row, 0, row.cells.size());
                b.append(line.data(), line.data() + line.size());
            }
            out.maybe_flush();
            progress.update(++done);
        },
        other ? &other->projection : nullptr);
    out.flush();
    return 0;
}

}  // namespace

void setup_sweep(CLI::App& sub, Action& action) {
    auto sw = std::make_shared<SweepFlags>();
    sub.add_option("file", sw->file, "the offer file")->required();
    sub.add_option("--against", sw->against, "a competing offer: adds the gaps (comparator minus offer)");
    const std::string g = "Ranges (changes added to the offer; FROM..TO/STEP, ends inclusive)";
    for (const FieldFlag& ff : kFieldFlags)
        sub.add_option(
               ff.flag, sw->ranges[static_cast<std::size_t>(ff.field)],
               fmt::format("change to the {}{}", spec(ff.field).words,
                           spec(ff.field).percent ? " in percent points, e.g. -2..4/0.5" : ", e.g. 0..100k/10k"))
            ->group(g);
    sub.add_flag("--csv", sw->csv, "CSV with a header row");
    sub.add_flag("--jsonl", sw->jsonl, "one JSON object per row");
    sub.add_option("--years", sw->years, "years to project (1 to 10)")->check(whole_range(1, kMaxYears));
    sub.add_flag("--exact", sw->exact,
                 "the table's amounts to the cent, however wide (else rounded to fit the terminal)");
    add_tax_flags(sub, sw->tax);
    sub.add_option("--max-rows", sw->max_rows,
                   "refuse a grid larger than this, before the first row (default 100000000)")
        ->check(whole_range(1, 1'000'000'000'000'000));
    sub.callback([sw, &action] {
        if (sw->csv && sw->jsonl) throw CLI::ValidationError("--csv and --jsonl", "choose one output format");
        action = [sw] {
            sw->columns = terminal_columns();
            return run_sweep(*sw);
        };
    });
}

}  // namespace offercalc::cli
