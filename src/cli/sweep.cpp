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

std::vector<SweepAxis> parse_axes(const SweepFlags& f) {
    std::vector<SweepAxis> axes;
    for (const FieldFlag& ff : kFieldFlags)
        if (const auto& text = f.ranges[static_cast<std::size_t>(ff.field)])
            axes.push_back(parse_axis(ff.field, *text));
    if (axes.empty())
        throw usage_error(
            "sweep: give at least one range: --base, --sign-on-y1, --sign-on-y2, --rsu, "
            "--raise-pct, --bonus-pct or --growth");
    return axes;
}

/// The grid's row count; a usage error past --max-rows.
std::int64_t count_rows(const std::vector<SweepAxis>& axes, std::int64_t max_rows) {
    std::int64_t rows = 1;
    for (const SweepAxis& a : axes) rows = a.count() > max_rows / rows ? max_rows + 1 : rows * a.count();
    if (rows <= max_rows) return rows;
    long double exact = 1;
    for (const SweepAxis& a : axes) exact *= static_cast<long double>(a.count());
    throw usage_error(fmt::format(
        "sweep: the grid has {} rows, more than --max-rows {}; narrow a range or "
        "raise --max-rows",
        exact < 9e18L ? grouped_count(static_cast<std::int64_t>(exact)) : "over 9e18", grouped_count(max_rows)));
}

int run_sweep(const SweepFlags& f) {
    const std::vector<SweepAxis> axes = parse_axes(f);
    const WhatIf none;
    Projected as_offered = load_offers({f.file}, none, f.years).front();
    f.tax.apply(as_offered);  // checks the tax profile before any output
    for (const SweepAxis& a : axes)
        if (a.field == Field::Refresh) assume_refresh_amount(as_offered.offer);  // a refresher axis needs an amount
    const Offer& offer = as_offered.offer;
    std::optional<Projected> other;
    if (f.against) {
        other = load_offers({*f.against}, none, f.years).front();
        f.tax.apply(*other);
    }
    const bool net = f.tax.after_tax;
    validate_axes(offer, axes);  // before any output
    Progress progress("rows", count_rows(axes, f.max_rows));
    std::int64_t done = 0;

    auto cols = sweep_columns(axes, other.has_value());
    if (net) {
        cols.push_back("net_year1");
        cols.push_back("net_total");
        if (other) cols.push_back("net_gap");
    }
    const bool assumed = sweep_assumes(offer, axes);
    if (assumed) cols.push_back("total_with_assumptions");
    const bool table = !f.csv && !f.jsonl;
    SweepTextWriter text;
    std::optional<SweepRowWriter> rows;  // CSV or JSON Lines only: its cached cells are not the table's
    if (!table) rows.emplace(f.csv ? SweepRowWriter::Format::Csv : SweepRowWriter::Format::JsonLines, axes, cols);
    Out out;
    auto& b = out.buf();
    const std::string head =
        table ? text.head(offer, axes, other ? &*other : nullptr, net, f.years, f.columns, f.exact) : rows->head();
    b.append(head.data(), head.data() + head.size());
    sweep(
        offer, axes, f.years,
        [&](const SweepRow& r) {
            Money cells[8] = {r.year1_total, r.total, r.gap_year1, r.gap};
            std::size_t n_cells = other ? 4 : 2;
            if (net) {
                const AfterTax a = sweep_row_after_tax(offer, axes, r.values, f.years);
                cells[n_cells++] = a.years.front().net;
                cells[n_cells++] = a.net_total;
                if (other) cells[n_cells++] = other->after_tax->net_total - a.net_total;
            }
            if (assumed) cells[n_cells++] = r.with_assumptions;
            if (table) text.row(b, axes, r, cells, n_cells);
            else rows->row(b, r, cells, n_cells);
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
