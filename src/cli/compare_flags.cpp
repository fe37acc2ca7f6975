#include "compare_flags.hpp"

#include <ctime>

#include <fmt/format.h>

#include "batch.hpp"
#include "input.hpp"
#include "offercalc/error.hpp"

namespace offercalc::cli {

namespace {

/// Today's date in the local time zone: the one input that depends on the clock.
Date local_today() {
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    localtime_r(&now, &tm);
    return Date::from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

}  // namespace

OddsOptions SimFlags::options(bool after_tax) const {
    OddsOptions o;
    if (paths)
        o.paths = static_cast<std::int64_t>(
            whole_flag(*paths, "--paths", 1, kMaxPaths, "a whole number of paths from 1 to 10,000,000"));
    if (seed)
        o.seed = whole_flag(*seed, "--seed", 0, UINT64_MAX, "a whole number from 0 to 18446744073709551615 (2^64 - 1)");
    if (correlation) o.correlation = number_flag(*correlation, "--correlation", -1, 1, "a number from -1 to 1");
    o.threads = jobs > 0 ? jobs : default_workers();
    o.after_tax = after_tax;
    return o;
}

void add_sim_flags(CLI::App& sub, SimFlags& f, WhatIfFlags& whatif) {
    const char* g = "Stock risk";
    sub.add_option("--volatility", whatif.values[static_cast<std::size_t>(Field::Volatility)],
                   "the first file's annual stock volatility percent (overrides volatility_pct; 40, +10)")
        ->group(g);
    sub.add_option("--paths", f.paths, "simulated price paths, 1 to 10,000,000 (default 100,000)")
        ->type_name("INT")
        ->group(g);
    sub.add_option("--seed", f.seed, "the draws' seed: the same seed gives the same figures (default 1)")
        ->type_name("UINT")
        ->group(g);
    sub.add_option("--correlation", f.correlation,
                   "correlation of different companies' monthly price shocks, -1 to 1 (default 0.3)")
        ->type_name("FLOAT")
        ->group(g);
    sub.add_option("-j,--jobs", f.jobs, "threads (default: the CPUs this process may use); figures do not change")
        ->group(g);
}

/// The flags `compare` and `report` share: inputs, what-if, after tax and odds.
void add_compare_flags(CLI::App& sub, CompareFlags& f) {
    sub.add_option("files", f.files, "the offer under negotiation, then the competing offers")->required();
    sub.add_option("--years", f.years, "years to compare (1 to 10)")->check(whole_range(1, kMaxYears));
    sub.add_option("--floor", f.floor, "your minimum over the years (default: the offer file's floor)");
    sub.add_option("--target", f.target, "aim the asks at this total instead of the strongest comparator");
    sub.add_option("--round", f.round, "round asks up to a multiple of this amount (default 1000)");
    sub.add_option("--today", f.today, "today's date for the timeline, YYYY-MM-DD (default: the local date)");
    sub.add_option("--holidays", f.holidays,
                   "business-day calendar: us (federal holidays and the day after Thanksgiving) or none")
        ->check(CLI::IsMember(std::vector<std::string>{"us", "none"}));
    add_whatif_flags(sub, f.whatif, "applied to the first file only");
    add_tax_flags(sub, f.tax);
    sub.add_flag("--odds", f.odds,
                 "the chance, under stock risk, that the offer with each ask beats the strongest "
                 "comparator")
        ->group("Stock risk");
    sub.add_option("--confidence", f.confidence,
                   "also size the RSU, sign-on and base asks to win with at least this percent chance (1 to 99; "
                   "implies --odds)")
        ->type_name("INT")
        ->group("Stock risk");
    add_sim_flags(sub, f.sim, f.whatif);
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
        if (!d)
            throw usage_error(fmt::format("--today: expected {}, found \"{}\"{}", Date::kExpected, *f.today,
                                          Date::why_not(*f.today)));
        opts.today = *d;
    } else {
        opts.today = local_today();
    }
    opts.holidays = f.holidays == "none" ? HolidayBase::None : HolidayBase::Us;
    opts.after_tax = f.tax.after_tax;
    if (f.confidence)
        opts.confidence =
            static_cast<int>(whole_flag(*f.confidence, "--confidence", 1, 99, "a whole percent from 1 to 99"));
    if (f.odds || f.confidence) opts.odds = f.sim.options(f.tax.after_tax);
    return opts;
}

std::vector<Projected> compared_offers(const CompareFlags& f) {
    auto offers = load_offers(f.files, f.whatif.resolve(), f.years, true);
    // The first file is the offer under negotiation: a current job there would be
    // countered as if it were an offer (sign-on, "ready to accept").
    if (!offers.empty() && offers.front().offer.kind == OfferKind::Current)
        throw usage_error(
            fmt::format("{}: kind: expected the offer you are negotiating as the first file, found your current job "
                        "(\"current\"); put your current job after the offer",
                        f.files.front()));
    f.tax.apply(offers);
    return offers;
}

}  // namespace offercalc::cli
