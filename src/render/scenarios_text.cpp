// check and leave as text and JSON.

#include "offercalc/json_writer.hpp"
#include "offercalc/scenarios_text.hpp"

#include "offercalc/options_text.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>  // fmt::join (fmt 10 and later)

#include "offercalc/fields.hpp"
#include "offercalc/layout.hpp"
#include "offercalc/schema.hpp"
#include "offercalc/show.hpp"
#include "offercalc/text.hpp"

namespace offercalc {

std::string render_check(const CheckResult& r, int columns) { return wrap(r.line, prose_width(columns), "  ") + "\n"; }

std::string check_json(const std::string& name, const CheckResult& r) {
    std::string s;
    JsonWriter w(s);
    w.document().field("name", name).field("held", r.held).field("years", r.years).field("year1", r.year1);
    w.field("total", r.total).key("conditions").list(r.conditions, [&](const CheckResult::Condition& k) {
        w.object().field("what", k.what).field("need", k.need).field("have", k.have).field("held", k.held);
        w.end_object();
    });
    w.end_object();
    return s + "\n";
}

namespace {

void write_leave_row(JsonWriter& w, const LeaveResult& r) {
    w.object().field("month", r.month).key("paid").object().field("base", r.base).field("sign_on", r.sign_on);
    w.field("bonus", r.bonus).field("other", r.other).end_object().field("vested", r.vested);
    w.key("forfeited").object().field("equity", r.forfeited_equity).field("sign_on", r.forfeited_sign_on);
    w.field("bonus", r.forfeited_bonus).end_object().field("repaid", r.repaid).field("kept", r.kept());
    w.field_if("options", r.options.has_value(), [&] {
        const LeaveOptions& o = *r.options;
        w.object().field("vested_shares", o.vested).field("iso_shares", o.iso).field("nso_shares", o.nso);
        w.field("forfeited_shares", o.forfeited).field("window_days", o.window_days).field("cost", o.cost);
        w.field("spread", o.spread).field("tax", o.tax).field("amt", o.amt).end_object();
    });
    w.end_object();
}

/// Leaving with options: what to exercise, its cash and tax, and what is forfeited.
std::string leave_options_text(const Offer& offer, const LeaveOptions& o) {
    const Options& op = *offer.options;
    if (o.vested == 0) return fmt::format("none vested yet; {} unvested shares forfeited", grouped_count(o.forfeited));
    std::string s = fmt::format(
        "{} vested shares, lost unless exercised within {} days of leaving: {} to exercise at "
        "the strike",
        grouped_count(o.vested), grouped_count(o.window_days), o.cost);
    if (o.tax) {
        s += fmt::format(", and {} of tax at today's 409A fair market value ({})", *o.tax, op.fmv.text());
        if (o.amt && !o.amt->is_zero())
            s += *o.amt == *o.tax ? ", all of it AMT" : fmt::format(", {} of it AMT", *o.amt);
    } else {
        s += " (the tax it takes needs the offer's tax block)";
    }
    s += fmt::format("; {} unvested shares forfeited", grouped_count(o.forfeited));
    std::string more;
    if (op.type == OptionType::Iso && o.nso > 0)
        more += fmt::format(" {} of the vested shares are past the $100,000 ISO limit and taxed as NSOs.",
                            grouped_count(o.nso));
    if (op.type == OptionType::Iso && o.window_days > 90)
        more += o.tax ? " ISOs exercised more than three months after leaving are taxed as NSOs; the tax assumes you "
                        "exercise within three months."
                      : " ISOs exercised more than three months after leaving are taxed as NSOs.";
    return more.empty() ? s : s + "." + more;
}

}  // namespace

std::string leave_json(const Offer& o, const std::optional<LeaveResult>& at, const std::vector<LeaveResult>& table) {
    std::string s;
    JsonWriter w(s);
    w.document().field("name", o.name).field("sign_on_paid", to_string(o.sign_on_paid));
    w.field("clawback", o.sign_on_clawback);
    w.field_if("after", at.has_value(), [&] { write_leave_row(w, *at); });
    w.key("table").list(table, [&](const LeaveResult& r) { write_leave_row(w, r); }).end_object();
    return s + "\n";
}

std::string render_leave(const Offer& o, const std::vector<std::string>& adjustments,
                         const std::optional<LeaveResult>& at, const std::vector<LeaveResult>& table, int columns,
                         bool exact) {
    const int width = prose_width(columns);
    const bool lump = o.sign_on_paid == SignOnPaid::Lump;
    std::string s =
        wrap(fmt::format("{}: leaving early (sign-on paid {}; {})", o.name,
                         lump ? "as a lump sum at the start of its year" : "in 12 monthly instalments a year",
                         !o.sign_on_clawback ? (lump ? "kept if you leave" : "unpaid instalments stop")
                         : lump              ? "repaid pro rata by month if you leave inside its year"
                                             : "unpaid instalments stop, so the clawback takes nothing back"),
             width, "  ") +
        "\n";
    for (const std::string& a : adjustments) s += hang("adjusted: ", a, width);
    if (at) {
        const LeaveResult& r = *at;
        s += fmt::format("\nLeaving after {} months:\n", r.month);
        s += hang("  paid:      ",
                  fmt::format("base {}, sign-on {}, bonus {}, other {}", r.base, r.sign_on, r.bonus, r.other), width);
        const char* equity = o.options ? "RSUs" : "equity";  // the options have their own line
        s += hang("  vested:    ", fmt::format("{} of {}", r.vested, equity), width);
        s += hang("  forfeited: ",
                  fmt::format("{} of unvested {}, {} of unpaid sign-on, {} of this year's bonus", r.forfeited_equity,
                              equity, r.forfeited_sign_on, r.forfeited_bonus),
                  width);
        if (r.options) s += hang("  options:   ", leave_options_text(o, *r.options), width);
        s += hang("  repaid:    ", r.repaid.pretty(), width);
        s += hang("  kept:      ", r.kept().pretty(), width);
    }
    Table t;
    t.corner = "month";
    t.labels_right = true;
    t.headings = {"cash paid", "vested", o.options ? "lost RSUs" : "lost equity", "lost sign-on", "lost bonus",
                  "repaid",    "kept"};
    for (const LeaveResult& r : table)
        t.rows.push_back({std::to_string(r.month),
                          {r.base + r.sign_on + r.bonus + r.other, r.vested, r.forfeited_equity, r.forfeited_sign_on,
                           r.forfeited_bonus, r.repaid, r.kept()}});
    return s + "\n" + fit_table(t, columns, exact, "--exact");
}

Table::Cell table_change(const SweepAxis& a, std::int64_t v) {
    if (!spec(a.field).percent) return Money::cents(v);
    return fmt::format("{}{} pts", v > 0 ? "+" : "", Rate{v}.percent());
}

Table sweep_sheet(const Offer& offer, const std::vector<SweepAxis>& axes, int years, const Projected* against, bool net,
                  bool stacked) {
    Table t;
    t.label_cap = 0;
    for (const SweepAxis& a : axes) {
        std::string words = spec(a.field).words;
        if (stacked) std::replace(words.begin(), words.end(), ' ', '\n');
        t.headings.push_back(words + "\nchange");
        t.plus.push_back(true);
    }
    // Headings in two lines: the amounts, not the words, set the columns' widths.
    t.headings.push_back("year 1");
    t.headings.push_back(fmt::format("{}-year\ntotal", years));
    if (against) {
        t.headings.push_back("gap\nyear 1");
        t.headings.push_back(fmt::format("{}-year\ngap", years));
    }
    if (net) {
        t.headings.push_back("net\nyear 1");
        t.headings.push_back(fmt::format("{}-year\nnet", years));
        if (against) t.headings.push_back("net\ngap");
    }
    const bool assumed = sweep_assumes(offer, axes);
    if (assumed) t.headings.push_back(fmt::format("{}-year with\nassumptions", years));
    // The first and the last point of the grid, each swept alone.
    for (const bool last : {false, true}) {
        std::vector<SweepAxis> corner = axes;
        for (SweepAxis& a : corner) a.from = a.to = last ? a.to : a.from;
        sweep(
            offer, corner, years,
            [&](const SweepRow& r) {
                Table::Row row;
                for (std::size_t i = 0; i < axes.size(); ++i) row.cells.push_back(table_change(axes[i], r.values[i]));
                row.cells.emplace_back(r.year1_total);
                row.cells.emplace_back(r.total);
                if (against) {
                    row.cells.emplace_back(r.gap_year1);
                    row.cells.emplace_back(r.gap);
                }
                if (net) {
                    const AfterTax a = sweep_row_after_tax(offer, corner, r.values, years);
                    row.cells.emplace_back(a.years.front().net);
                    row.cells.emplace_back(a.net_total);
                    if (against) row.cells.emplace_back(against->after_tax->net_total - a.net_total);
                }
                if (assumed) row.cells.emplace_back(r.with_assumptions);
                t.rows.push_back(std::move(row));
            },
            against ? &against->projection : nullptr);
    }
    return t;
}

namespace {

/// A change in CSV and JSON: "25000.00", "-10" (a table writes "+$25,000.00", "-10 pts").
std::string change_text(const SweepAxis& a, std::int64_t v) {
    return spec(a.field).percent ? Rate{v}.percent() : Money::cents(v).plain();
}

}  // namespace

SweepRowWriter::SweepRowWriter(Format format, const std::vector<SweepAxis>& axes,
                               const std::vector<std::string>& columns)
    : format_(format), axes_(axes), columns_(columns), cached_(axes.size()), in_place_(axes.size()) {
    constexpr std::int64_t kCachedPoints = 4096;
    for (std::size_t i = 0; i < axes.size(); ++i) {
        if (axes[i].count() <= kCachedPoints)
            for (std::int64_t k = 0; k < axes[i].count(); ++k)
                cached_[i].push_back(change_text(axes[i], axes[i].at(k)));
        in_place_[i] = cached_[i].empty() && !spec(axes[i].field).percent;
    }
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (format == Format::Csv) {
            prefix_.push_back(i == 0 ? "" : ",");
            continue;
        }
        // Compact rows: {"schema_version":1,"rsu_change":...}
        std::string p = i == 0 ? fmt::format("{{\"schema_version\":{},", kOutputSchemaVersion) : ",";
        append_json_string(p, columns[i]);
        prefix_.push_back(p + ":");
    }
}

std::string SweepRowWriter::head() const {
    return format_ == Format::Csv ? fmt::format("{}\n", fmt::join(columns_, ",")) : "";
}

void SweepRowWriter::row(fmt::memory_buffer& b, const SweepRow& r, const Money* cells, std::size_t n_cells) {
    // Written in place: a row is at most 7 cells of 40 characters and 4 of 40.
    const std::size_t start = b.size();
    b.try_resize(start + 512);
    char* at = b.data() + start;
    for (std::size_t i = 0; i < axes_.size() + n_cells; ++i) {
        at = std::copy(prefix_[i].begin(), prefix_[i].end(), at);
        if (i >= axes_.size()) {
            at = cells[i - axes_.size()].write_plain(at);
        } else if (in_place_[i]) {
            at = Money::cents(r.values[i]).write_plain(at);
        } else {
            if (cached_[i].empty()) scratch_ = change_text(axes_[i], r.values[i]);
            const std::string& c = cached_[i].empty() ? scratch_ : cached_[i][static_cast<std::size_t>(r.index[i])];
            at = std::copy(c.begin(), c.end(), at);
        }
    }
    if (format_ == Format::JsonLines) *at++ = '}';
    *at++ = '\n';
    b.try_resize(static_cast<std::size_t>(at - b.data()));
}

SweepTable plan_sweep_table(const Offer& offer, const std::vector<SweepAxis>& axes, int years, const Projected* against,
                            bool net, int columns, bool exact) {
    const std::vector<std::size_t> drop = sweep_drop_order(axes.size(), against != nullptr, net);
    SweepTable flat{sweep_sheet(offer, axes, years, against, net), {}};
    flat.sheet = plan_stream(flat.full, columns, exact, drop);
    if (columns <= 0 || exact) return flat;
    // Stacked headings only when they keep more columns, or the same in a more exact
    // style, or are narrower where one line does not fit.
    SweepTable stacked{sweep_sheet(offer, axes, years, against, net, true), {}};
    stacked.sheet = plan_stream(stacked.full, columns, exact, drop);
    const bool flat_fits = layout_width(flat.sheet.layout) <= columns;
    const bool same = stacked.sheet.kept.size() == flat.sheet.kept.size();
    return stacked.sheet.kept.size() > flat.sheet.kept.size() ||
                   (same && stacked.sheet.layout.style < flat.sheet.layout.style) ||
                   (!flat_fits && layout_width(stacked.sheet.layout) < layout_width(flat.sheet.layout))
               ? stacked
               : flat;
}

std::vector<std::size_t> sweep_drop_order(std::size_t axes, bool against, bool net) {
    // After the axes: year 1, total, [gap year 1, gap], [net year 1, net total, [net gap]].
    const std::size_t y1 = axes, total = axes + 1, gap_y1 = axes + 2, gap = axes + 3;
    std::vector<std::size_t> order =
        against ? std::vector<std::size_t>{y1, gap_y1, total, gap} : std::vector<std::size_t>{y1, total};
    if (net) {
        const std::size_t n = axes + (against ? 4 : 2);
        order.insert(order.end(), {n, n + 1});
        if (against) order.push_back(n + 2);
    }
    order.pop_back();  // the last stays
    return order;
}

std::string SweepTextWriter::head(const Offer& offer, const std::vector<SweepAxis>& axes, const Projected* against,
                                  bool net, int years, int columns, bool exact) {
    const SweepTable planned = plan_sweep_table(offer, axes, years, against, net, columns, exact);
    sheet_ = planned.sheet;
    std::vector<std::string> offered;
    for (const SweepAxis& a : axes) {
        const FieldSpec& fs = spec(a.field);
        offered.push_back(fs.percent ? fmt::format("{} {}%", fs.words, rate_of(offer, a.field)->percent())
                                     : fmt::format("{} {}", fs.words, *money_of(offer, a.field)));
    }
    const int width = prose_width(columns);
    // Totals that hold options count their paper value: say so, as every other output does.
    std::vector<std::string> paper;
    for (const Offer* o : {&offer, against ? &against->offer : nullptr})
        if (o && o->options) paper.push_back(fmt::format("{}'s options at {}", o->name, price_basis_text(*o->options)));
    const std::string paper_note =
        paper.empty()
            ? ""
            : wrap(fmt::format("Paper value, not cash: the totals count {}.", fmt::join(paper, " and ")), width, "  ") +
                  "\n";
    return wrap(fmt::format("{} as offered: {}.", offer.name, fmt::join(offered, ", ")), width, "  ") + "\n" +
           wrap(fmt::format("Each row adds the changes shown{}.",
                            against ? fmt::format("; a gap is {} minus the row", against->offer.name) : ""),
                width, "  ") +
           "\n" + paper_note + rounding_note(sheet_.layout, columns, "--exact") +
           left_out_note(planned.full, sheet_.kept, columns, "--csv has every column") + "\n" +
           render_table(sheet_.table, sheet_.layout);
}

void SweepTextWriter::row(fmt::memory_buffer& b, const std::vector<SweepAxis>& axes, const SweepRow& r,
                          const Money* cells, std::size_t n_cells) {
    Table::Row row;
    for (std::size_t i = 0; i < axes.size(); ++i) row.cells.push_back(table_change(axes[i], r.values[i]));
    for (std::size_t i = 0; i < n_cells; ++i) row.cells.emplace_back(cells[i]);
    line_.clear();
    append_row(line_, sheet_.table, sheet_.layout, kept_cells(row, sheet_.kept), 0, sheet_.kept.size());
    b.append(line_.data(), line_.data() + line_.size());
}

}  // namespace offercalc
