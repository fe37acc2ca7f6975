// `offercalc odds` as text (a table, the head-to-head lines and a spread chart) and JSON.

#include <algorithm>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>  // fmt::join (fmt 10 and later)

#include "offercalc/json_writer.hpp"
#include "offercalc/layout.hpp"
#include "offercalc/summary.hpp"
#include "offercalc/odds.hpp"
#include "offercalc/show.hpp"
#include "offercalc/schema.hpp"
#include "offercalc/text.hpp"
#include "core/wide.hpp"

namespace offercalc {

namespace {

void write_spread(JsonWriter& w, const Spread& s) {
    w.object().field("p10", s.p10).field("p50", s.p50).field("p90", s.p90).field("mean", s.mean).end_object();
}

std::string volatility_words(const OfferOdds& o) {
    std::string s = o.volatility.ppm == 0 ? "certain (no volatility_pct)" : o.volatility.percent() + "% a year";
    if (o.exits) s += ", its options' exits drawn";
    if (o.promotions > 0)
        s += fmt::format(", {} promotion{} drawn as an event on each path", o.promotions, o.promotions == 1 ? "" : "s");
    return s;
}

/// One offer's 10th-to-90th percentile as a bar on a shared axis: "[---|----]".
std::string spread_bar(const Spread& s, Money lo, Money hi, int width) {
    auto pos = [&](Money m) {
        if (hi <= lo) return 0;
        const i128 num = static_cast<i128>((m - lo).in_cents()) * (width - 1);
        return static_cast<int>(round_half_away(num, (hi - lo).in_cents()));
    };
    const int a = pos(s.p10), m = pos(s.p50), b = pos(s.p90);
    std::string line(static_cast<std::size_t>(b + 1), ' ');
    for (int i = a; i <= b; ++i) line[static_cast<std::size_t>(i)] = '-';
    line[static_cast<std::size_t>(a)] = '[';
    line[static_cast<std::size_t>(b)] = ']';
    line[static_cast<std::size_t>(m)] = '|';
    return line;
}

}  // namespace

std::string probability_json(std::int64_t count, std::int64_t of) {
    const std::int64_t t = round_half_away(static_cast<i128>(count) * 10'000, of);
    return fmt::format("{}.{:04}", t / 10'000, t % 10'000);
}

std::string percent_text(std::int64_t count, std::int64_t of) {
    if (count == 0) return "0%";
    if (count == of) return "100%";
    const std::int64_t tenths = round_half_away(static_cast<i128>(count) * 1000, of);
    if (tenths == 0) return "under 0.1%";
    if (tenths == 1000) return "over 99.9%";
    return fmt::format("{}.{}%", tenths / 10, tenths % 10);
}

std::string render_odds(const Odds& o, int columns, bool exact) {
    const OddsOptions& opt = o.options;
    const int text_width = prose_width(columns);
    const std::string measure = opt.after_tax ? "net pay after tax" : "gross pay";
    std::string out = wrap(fmt::format("Odds under stock risk over {} years, {}: {} paths, seed {}, correlation {}",
                                       o.years, measure, grouped_count(opt.paths), opt.seed, opt.correlation),
                           text_width, "  ") +
                      "\n";
    std::string vols = "Volatility:";
    for (std::size_t i = 0; i < o.offers.size(); ++i)
        vols += fmt::format("{} {} {}", i ? ";" : "", o.offers[i].name, volatility_words(o.offers[i]));
    out += wrap(vols, text_width, "  ") + "\n\n";

    Table t;
    std::vector<std::string> names;
    for (const OfferOdds& x : o.offers) names.push_back(x.name);
    const std::vector<std::string> labels = short_labels(names, 16);  // cut with "...", told apart
    t.headings = labels;
    const std::string years_label = fmt::format("{}-year", o.years);
    for (int part = 0; part < 2; ++part) {
        const char* rows[] = {"p10", "p50", "p90", "mean"};
        Money Spread::*fields[] = {&Spread::p10, &Spread::p50, &Spread::p90, &Spread::mean};
        for (int r = 0; r < 4; ++r) {
            Table::Row row{pad_to_width(r == 0 ? (part == 0 ? "year 1" : years_label) : "", 8) + rows[r], {}};
            for (const OfferOdds& x : o.offers) row.cells.emplace_back((part == 0 ? x.year1 : x.total).*fields[r]);
            t.rows.push_back(std::move(row));
        }
    }
    out += fit_table(t, columns, exact, "--exact");
    out += wrap("(p10, p50, p90: 10th, 50th and 90th percentiles)", text_width, " ") + "\n";
    int name_w = 13;  // the chart's labels
    for (const std::string& l : labels) name_w = std::max(name_w, display_width(l));

    const std::string& me = o.offers.front().name;
    out += "\n" +
           wrap(fmt::format("{} against each comparator (wins: pays strictly more on a path):", me), text_width, "") +
           "\n";
    for (const Versus& v : o.vs) {
        std::string line =
            fmt::format("{}: {} wins on {} of paths over {} years and on {} in year one; ", v.against, me,
                        percent_text(v.wins, opt.paths), o.years, percent_text(v.wins_year1, opt.paths));
        line += v.losses == 0 ? "it never pays less over the years."
                              : fmt::format("where it pays less over the years, it is short by {} on average.",
                                            v.expected_shortfall.pretty());
        out += hang("  ", line, text_width);
    }

    // The spread chart on one axis from the lowest 10th to the highest 90th percentile.
    Money lo = o.offers.front().total.p10, hi = o.offers.front().total.p90;
    for (const OfferOdds& x : o.offers) {
        lo = std::min(lo, x.total.p10);
        hi = std::max(hi, x.total.p90);
    }
    const int label_w = name_w;
    const int width = std::clamp(columns > 0 ? columns - label_w - 4 : 50, 12, 50);
    out += "\n" +
           wrap(fmt::format("{}-year total, 10th to 90th percentile ([ 10th, | median, ] 90th):", o.years), text_width,
                "") +
           "\n";
    for (std::size_t i = 0; i < o.offers.size(); ++i)
        out += "  " + pad_to_width(labels[i], label_w) + "  " + spread_bar(o.offers[i].total, lo, hi, width) + "\n";
    const std::string left = compact(lo), right = compact(hi);
    const int gap = std::max(1, width - display_width(left) - display_width(right));
    out += std::string(static_cast<std::size_t>(label_w + 4), ' ') + left +
           std::string(static_cast<std::size_t>(gap), ' ') + (hi > lo ? right : "") + "\n";
    const bool exits = std::any_of(o.offers.begin(), o.offers.end(), [](const OfferOdds& x) { return x.exits; });
    out += wrap(fmt::format("Model: the log share price is normal around the growth path, so the median path is the "
                            "deterministic figure; each tranche is valued at the simulated price of its vest month "
                            "(vest_date) or of the start of its year (recruiter).{} See share/doc/offercalc/README.md, "
                            "\"odds\".",
                            exits ? " Each path draws one exit by its probability: options vested by its year are "
                                    "worth its price less the strike, the rest and every option with no exit nothing."
                                  : ""),
                text_width, "") +
           "\n";
    return out;
}

std::string odds_json(const Odds& o) {
    const OddsOptions& opt = o.options;
    std::string s;
    JsonWriter w(s);
    w.document().field("years", o.years).field("measure", opt.after_tax ? "net" : "gross");
    w.key("model").object().field("paths", opt.paths).field("seed", opt.seed);
    w.key("correlation").raw(fmt::format("{}", opt.correlation)).key("volatility_pct").object();
    for (const OfferOdds& x : o.offers) w.field(x.name, x.volatility);
    w.end_object().end_object().key("offers").list(o.offers, [&](const OfferOdds& x) {
        w.object().field("name", x.name).field("volatility_pct", x.volatility);
        write_spread(w.key("year1"), x.year1);
        write_spread(w.key("total"), x.total);
        w.end_object();
    });
    w.key("vs").list(o.vs, [&](const Versus& v) {
        w.object().field("against", v.against).key("p_win").raw(probability_json(v.wins, opt.paths));
        w.key("p_win_year1").raw(probability_json(v.wins_year1, opt.paths));
        w.field("expected_shortfall", v.expected_shortfall).end_object();
    });
    w.end_object();
    return s + "\n";
}

}  // namespace offercalc
