// `offercalc odds`: each offer's spread under stock risk, and the chance it pays more.

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

struct OddsFlags {
    std::vector<std::string> files;
    bool json = false, exact = false;
    int years = kDefaultYears;
    WhatIfFlags whatif;
    TaxFlags tax;
    SimFlags sim;
};

int run_odds(const OddsFlags& f) {
    auto offers = load_offers(f.files, f.whatif.resolve(), f.years, true);
    f.tax.apply(offers);
    OddsOptions options = f.sim.options(f.tax.after_tax);
    const Odds o = [&] {
        Progress progress("paths", options.paths);  // erased before the output
        options.progress = [&progress](std::int64_t done) { progress.show(done); };
        return odds(offers, options);
    }();
    emit(f.json ? odds_json(o) : render_odds(o, terminal_columns(), f.exact));
    return 0;
}

}  // namespace

void setup_odds(CLI::App& sub, Action& action) {
    auto f = std::make_shared<OddsFlags>();
    sub.add_option("files", f->files, "the offer under negotiation, then the competing offers")->required();
    sub.add_flag("--json", f->json, "print the stable JSON form instead");
    sub.add_flag("--exact", f->exact, "amounts to the cent, however wide (else rounded to fit the terminal)");
    sub.add_option("--years", f->years, "years to compare (1 to 10)")->check(whole_range(1, kMaxYears));
    add_sim_flags(sub, f->sim, f->whatif);
    add_whatif_flags(sub, f->whatif, "applied to the first file only");
    add_tax_flags(sub, f->tax);
    sub.callback([f, &action] { action = [f] { return run_odds(*f); }; });
}

}  // namespace offercalc::cli
