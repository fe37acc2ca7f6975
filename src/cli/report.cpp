// `offercalc report`: one HTML page.

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

int run_report(const CompareFlags& f, const std::string& output) {
    const CompareOptions opts = compare_options(f);
    std::vector<Projected> offers = compared_offers(f);
    std::optional<Odds> spread;
    if (opts.odds && offers.size() > 1) {
        OddsOptions o = *opts.odds;
        o.by_year = true;  // for the fan chart
        spread = odds(offers, o);
    }
    const Comparison c = compare(std::move(offers), opts);
    write_page(output, report_html(c, spread ? &*spread : nullptr), f.files);
    return 0;
}

}  // namespace

void setup_report(CLI::App& sub, Action& action) {
    auto f = std::make_shared<CompareFlags>();
    auto output = std::make_shared<std::string>("-");
    sub.add_option("-o,--output", *output, "write the page to this file (default -, standard output)");
    add_compare_flags(sub, *f);
    sub.callback([f, output, &action] { action = [f, output] { return run_report(*f, *output); }; });
}

}  // namespace offercalc::cli
