#pragma once

#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "offercalc/layout.hpp"
#include "offercalc/model.hpp"
#include "offercalc/scenarios.hpp"

namespace offercalc {

// The text and JSON of check, leave and sweep, laid out for `columns` (see layout.hpp).

/// check's line, wrapped at words, ending in a newline.
std::string render_check(const CheckResult& r, int columns);
/// check as one JSON object, ending in a newline.
std::string check_json(const std::string& name, const CheckResult& r);

/// What leaving means for an offer: the terms, `at` (after --after months) when given,
/// then the table of kLeaveMonths; exact: cents however wide.
std::string render_leave(const Offer& o, const std::vector<std::string>& adjustments,
                         const std::optional<LeaveResult>& at, const std::vector<LeaveResult>& table, int columns,
                         bool exact);
/// leave as one JSON object, ending in a newline.
std::string leave_json(const Offer& o, const std::optional<LeaveResult>& at, const std::vector<LeaveResult>& table);

/// A sweep table's change cell: an amount, written "+$25,000.00" in the table's style,
/// or percent points, "+2 pts".
Table::Cell table_change(const SweepAxis& a, std::int64_t v);

/// The sweep table: each axis's change, the totals, the gaps to `against` (when
/// given) and, with `net`, the figures after tax. Its rows are the grid's first and
/// last, which hold the widest amounts (every total grows with each change), for
/// plan_table(); rows are then written one by one with append_row().
/// `stacked`: each word of an axis's heading on a line of its own ("year-one",
/// "sign-on", "change"), for narrow terminals.
Table sweep_sheet(const Offer& offer, const std::vector<SweepAxis>& axes, int years, const Projected* against, bool net,
                  bool stacked = false);

/// The sweep table and its plan for `columns` (plan_stream, sweep_drop_order): with
/// the axes' headings on one line each when that fits, else stacked a word a line.
struct SweepTable {
    Table full;          ///< every column (for left_out_note)
    StreamLayout sheet;  ///< the columns kept, their layout
};
SweepTable plan_sweep_table(const Offer& offer, const std::vector<SweepAxis>& axes, int years, const Projected* against,
                            bool net, int columns, bool exact);

/// The sweep table's columns in the order they are left out when it cannot fit
/// (plan_stream): the gross figures before the net ones (with `net`), year one before
/// the total, the offer's own figure before its gap: the last net (else gross) gap or
/// total is kept. The axes' columns are never left out.
std::vector<std::size_t> sweep_drop_order(std::size_t axes, bool against, bool net);

/// sweep's table: planned before the first row from the grid's widest rows, then
/// written one row at a time (rows stream: see plan_sweep_table).
class SweepTextWriter {
public:
    /// The text before the first row: what was offered, what a row adds, the rounding
    /// and left-out notes and the heading.
    std::string head(const Offer& offer, const std::vector<SweepAxis>& axes, const Projected* against, bool net,
                     int years, int columns, bool exact);
    /// Appends one row: the axes' changes, then `cells`.
    void row(fmt::memory_buffer& out, const std::vector<SweepAxis>& axes, const SweepRow& r, const Money* cells,
             std::size_t n_cells);

private:
    StreamLayout sheet_;
    std::string line_;
};

/// sweep's machine-readable rows, CSV or JSON Lines, written in place: the cells of
/// axes short enough are formatted once, and JSON Lines keys once, so that a row
/// costs a few copies (docs/benchmarks.md: sweep rows per second).
class SweepRowWriter {
public:
    enum class Format { Csv, JsonLines };
    /// `columns`: sweep_columns() and, with after-tax figures, "net_year1",
    /// "net_total" and "net_gap" (with a comparator).
    SweepRowWriter(Format format, const std::vector<SweepAxis>& axes, const std::vector<std::string>& columns);
    /// CSV's header line; nothing for JSON Lines.
    std::string head() const;
    /// Appends one row: the axes' changes (in dollars or percent points, "25000.00",
    /// "-10") and then `cells`.
    void row(fmt::memory_buffer& out, const SweepRow& r, const Money* cells, std::size_t n_cells);

private:
    Format format_;
    const std::vector<SweepAxis>& axes_;
    std::vector<std::string> columns_;
    std::vector<std::string> prefix_;               ///< before each column's value
    std::vector<std::vector<std::string>> cached_;  ///< per axis: its changes' text, when short enough
    std::vector<bool> in_place_;                    ///< per axis: a money change written straight into the row
    std::string scratch_;
};

}  // namespace offercalc
