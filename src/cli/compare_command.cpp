#include <cstdlib>
#include <ctime>
#include <unistd.h>

#include <fmt/format.h>

#include "commands.hpp"
#include "io.hpp"
#include "offercalc/compare.hpp"
#include "offercalc/error.hpp"

namespace offercalc::cli {

namespace {

struct CompareFlags {
    std::vector<std::string> files;
    bool json = false, no_chart = false, no_script = false;
    std::string color = "auto";
    int years = kDefaultYears;
    std::optional<std::string> floor, target, round, today;
    std::string holidays = "us";
    WhatIfFlags whatif;
    TaxFlags tax;
};

/// Today's date in the local time zone: the one input that depends on the clock.
Date local_today() {
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    localtime_r(&now, &tm);
    return Date::from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

int run_compare(const CompareFlags& f) {
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
    auto offers = load_offers(f.files, f.whatif.resolve(), f.years, true);
    f.tax.apply(offers);
    const Comparison c = compare(std::move(offers), opts);
    if (f.json) {
        emit(compare_json(c));
    } else {
        emit(render_compare(c, {!f.no_chart, use_color(f.color), !f.no_script, terminal_columns()}));
    }
    return 0;
}

}  // namespace

void setup_compare(CLI::App* sub, Action& action) {
    auto f = std::make_shared<CompareFlags>();
    sub->add_option("files", f->files, "the offer under negotiation, then the competing offers")->required();
    sub->add_flag("--json", f->json, "print the stable JSON form instead");
    sub->add_option("--years", f->years, "years to compare (1 to 10)")->check(CLI::Range(1, kMaxYears));
    sub->add_option("--floor", f->floor, "your minimum over the years (default: the offer file's floor)");
    sub->add_option("--target", f->target, "aim the asks at this total instead of the strongest comparator");
    sub->add_option("--round", f->round, "round asks up to a multiple of this amount (default 1000)");
    sub->add_option("--today", f->today, "today's date for the timeline, YYYY-MM-DD (default: the local date)");
    sub->add_option("--holidays", f->holidays,
                    "business-day calendar: us (federal holidays and the day after Thanksgiving) or none")
        ->check(CLI::IsMember({"us", "none"}));
    sub->add_flag("--no-chart", f->no_chart, "leave out the bar chart");
    sub->add_option("--color", f->color,
                    "colour the chart: auto (a terminal, unless NO_COLOR is set or TERM is dumb), always or never")
        ->check(CLI::IsMember({"auto", "always", "never"}));
    sub->add_flag("--no-script", f->no_script, "leave out the ask script");
    add_whatif_flags(sub, f->whatif, "applied to the first file only");
    add_tax_flags(sub, f->tax);
    sub->callback([f, &action] { action = [f] { return run_compare(*f); }; });
}

}  // namespace offercalc::cli
