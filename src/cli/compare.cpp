// `offercalc compare`: gaps, counter-asks, timeline and script.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "commands.hpp"
#include "compare_flags.hpp"
#include "input.hpp"
#include "output.hpp"
#include "terminal.hpp"
#include "offercalc/compare.hpp"
#include "offercalc/html_report.hpp"
#include "offercalc/odds.hpp"

namespace offercalc::cli {

namespace {

int run_compare(const CompareFlags& f) {
    CompareOptions options = compare_options(f);
    const Comparison c = [&] {
        // The odds' paths, over all the simulations the asks take (their number is not
        // known ahead); erased before the output.
        Progress progress("paths simulated", 0);
        if (options.odds) options.odds->progress = [&progress](std::int64_t done) { progress.show(done); };
        return compare(compared_offers(f), options);
    }();
    if (f.json) {
        emit(compare_json(c));
    } else {
        emit(render_compare(c, {!f.no_chart, use_color(f.color), !f.no_script, terminal_columns(), f.full, f.exact}));
    }
    return 0;
}

}  // namespace

void setup_compare(CLI::App& sub, Action& action) {
    auto f = std::make_shared<CompareFlags>();
    sub.add_flag("--json", f->json, "print the stable JSON form instead");
    sub.add_flag("--no-chart", f->no_chart, "leave out the bar chart");
    sub.add_option("--color", f->color,
                   "colour the chart: auto (a terminal, unless NO_COLOR is set or TERM is dumb), always or never")
        ->check(CLI::IsMember(std::vector<std::string>{"auto", "always", "never"}));
    sub.add_flag("--no-script", f->no_script, "leave out the ask script");
    sub.add_flag(
        "--full", f->full,
        "everything: each pay part, gaps by year, floor and target, the chart, why each ask, the longer script");
    sub.add_flag("--exact", f->exact, "amounts to the cent in tables, however wide (else rounded to fit the terminal)");
    add_compare_flags(sub, *f);
    sub.callback([f, &action] { action = [f] { return run_compare(*f); }; });
}

}  // namespace offercalc::cli
