// `offercalc report`: one HTML page.

#include <unistd.h>

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
#include "offercalc/error.hpp"
#include "offercalc/html_report.hpp"
#include "offercalc/odds.hpp"

namespace offercalc::cli {

namespace {

/// Without -o the page goes to standard output, unless that is a terminal, where a
/// page of HTML is no use.
int run_report(const CompareFlags& f, const std::optional<std::string>& given) {
    if (!given && isatty(STDOUT_FILENO))
        throw usage_error("report: the page is HTML; give -o FILE to write it to a file (or -o - to print it here)");
    const std::string output = given.value_or("-");
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
    auto output = std::make_shared<std::optional<std::string>>();
    sub.add_option("-o,--output", *output,
                   "write the page to this file; - for standard output, the default unless that is a terminal");
    add_compare_flags(sub, *f);
    sub.callback([f, output, &action] { action = [f, output] { return run_report(*f, *output); }; });
}

}  // namespace offercalc::cli
