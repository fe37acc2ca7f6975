#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <unistd.h>

#include <fmt/format.h>

#include "batch.hpp"
#include "commands.hpp"
#include "io.hpp"
#include "offercalc/compare.hpp"
#include "offercalc/error.hpp"
#include "offercalc/odds.hpp"
#include "offercalc/html_report.hpp"

namespace offercalc::cli {

namespace {

/// The flags of the simulation, shared by `odds` and `compare --odds`.
struct SimFlags {
    std::int64_t paths = kDefaultPaths;
    std::uint64_t seed = kDefaultSeed;
    double correlation = kDefaultCorrelation;
    unsigned jobs = 0;  ///< 0: the CPUs this process may use

    OddsOptions options(bool after_tax) const {
        OddsOptions o;
        o.paths = paths;
        o.seed = seed;
        o.correlation = correlation;
        o.threads = jobs > 0 ? jobs : default_workers();
        o.after_tax = after_tax;
        return o;
    }
};

void add_sim_flags(CLI::App& sub, SimFlags& f, WhatIfFlags& whatif) {
    const char* g = "Stock risk";
    sub.add_option("--volatility", whatif.values[static_cast<std::size_t>(Field::Volatility)],
                   "the first file's annual stock volatility percent (overrides volatility_pct; 40, +10)")
        ->group(g);
    sub.add_option("--paths", f.paths, "simulated price paths, 1 to 10,000,000 (default 100,000)")->group(g);
    sub.add_option("--seed", f.seed, "the draws' seed: the same seed gives the same figures (default 1)")->group(g);
    sub.add_option("--correlation", f.correlation,
                   "correlation of different companies' monthly price shocks, -1 to 1 (default 0.3)")
        ->group(g);
    sub.add_option("-j,--jobs", f.jobs, "threads (default: the CPUs this process may use); figures do not change")
        ->group(g);
}

struct CompareFlags {
    std::vector<std::string> files;
    bool json = false, no_chart = false, no_script = false;
    std::string color = "auto";
    int years = kDefaultYears;
    std::optional<std::string> floor, target, round, today;
    std::string holidays = "us";
    WhatIfFlags whatif;
    TaxFlags tax;
    bool odds = false;
    std::optional<int> confidence;
    SimFlags sim;
};

/// Today's date in the local time zone: the one input that depends on the clock.
Date local_today() {
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    localtime_r(&now, &tm);
    return Date::from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

CompareOptions compare_options(const CompareFlags& f) {
    CompareOptions opts;
    if (f.floor) opts.floor = amount_flag(*f.floor, "--floor");
    if (f.target) opts.target = amount_flag(*f.target, "--target");
    if (f.round) {
        opts.round = amount_flag(*f.round, "--round");
        if (opts.round.in_cents() <= 0) throw usage_error("--round: expected a positive amount");
    }
    if (f.today) {
        const auto d = Date::parse(*f.today);
        if (!d) throw usage_error(fmt::format("--today: invalid date \"{}\"; expected YYYY-MM-DD", *f.today));
        opts.today = *d;
    } else {
        opts.today = local_today();
    }
    opts.holidays = f.holidays == "none" ? HolidayBase::None : HolidayBase::Us;
    opts.after_tax = f.tax.after_tax;
    if (f.odds || f.confidence) opts.odds = f.sim.options(f.tax.after_tax);
    opts.confidence = f.confidence;
    return opts;
}

std::vector<Projected> compared_offers(const CompareFlags& f) {
    auto offers = load_offers(f.files, f.whatif.resolve(), f.years, true);
    f.tax.apply(offers);
    return offers;
}

int run_compare(const CompareFlags& f) {
    const Comparison c = compare(compared_offers(f), compare_options(f));
    if (f.json) {
        emit(compare_json(c));
    } else {
        emit(render_compare(c, {!f.no_chart, use_color(f.color), !f.no_script, terminal_columns()}));
    }
    return 0;
}

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
    write_page(output, report_html(c, spread ? &*spread : nullptr));
    return 0;
}

struct OddsFlags {
    std::vector<std::string> files;
    bool json = false;
    int years = kDefaultYears;
    WhatIfFlags whatif;
    TaxFlags tax;
    SimFlags sim;
};

int run_odds(const OddsFlags& f) {
    auto offers = load_offers(f.files, f.whatif.resolve(), f.years, true);
    f.tax.apply(offers);
    const Odds o = odds(offers, f.sim.options(f.tax.after_tax));
    emit(f.json ? odds_json(o) : render_odds(o, terminal_columns()));
    return 0;
}

}  // namespace

void setup_odds(CLI::App& sub, Action& action) {
    auto f = std::make_shared<OddsFlags>();
    sub.add_option("files", f->files, "the offer under negotiation, then the competing offers")->required();
    sub.add_flag("--json", f->json, "print the stable JSON form instead");
    sub.add_option("--years", f->years, "years to compare (1 to 10)")->check(CLI::Range(1, kMaxYears));
    add_sim_flags(sub, f->sim, f->whatif);
    add_whatif_flags(sub, f->whatif, "applied to the first file only");
    add_tax_flags(sub, f->tax);
    sub.callback([f, &action] { action = [f] { return run_odds(*f); }; });
}

namespace {

/// The flags `compare` and `report` share: inputs, what-if, after tax and odds.
void add_compare_flags(CLI::App& sub, CompareFlags& f) {
    sub.add_option("files", f.files, "the offer under negotiation, then the competing offers")->required();
    sub.add_option("--years", f.years, "years to compare (1 to 10)")->check(CLI::Range(1, kMaxYears));
    sub.add_option("--floor", f.floor, "your minimum over the years (default: the offer file's floor)");
    sub.add_option("--target", f.target, "aim the asks at this total instead of the strongest comparator");
    sub.add_option("--round", f.round, "round asks up to a multiple of this amount (default 1000)");
    sub.add_option("--today", f.today, "today's date for the timeline, YYYY-MM-DD (default: the local date)");
    sub.add_option("--holidays", f.holidays,
                   "business-day calendar: us (federal holidays and the day after Thanksgiving) or none")
        ->check(CLI::IsMember(std::vector<std::string>{"us", "none"}));
    add_whatif_flags(sub, f.whatif, "applied to the first file only");
    add_tax_flags(sub, f.tax);
    sub.add_flag("--odds", f.odds, "the chance, under stock risk, that the offer with each ask beats the strongest "
                                   "comparator")
        ->group("Stock risk");
    sub.add_option("--confidence", f.confidence,
                   "also size the RSU, sign-on and base asks to win with at least this percent chance (1 to 99; "
                   "implies --odds)")
        ->group("Stock risk");
    add_sim_flags(sub, f.sim, f.whatif);
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
    add_compare_flags(sub, *f);
    sub.callback([f, &action] { action = [f] { return run_compare(*f); }; });
}

void setup_report(CLI::App& sub, Action& action) {
    auto f = std::make_shared<CompareFlags>();
    auto output = std::make_shared<std::string>();
    sub.add_option("-o,--output", *output, "write the page to this file (default: standard output)");
    add_compare_flags(sub, *f);
    sub.callback([f, output, &action] { action = [f, output] { return run_report(*f, *output); }; });
}

}  // namespace offercalc::cli
