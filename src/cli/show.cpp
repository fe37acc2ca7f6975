// `offercalc show` and `offercalc summary`: one flag set, two ways to list each offer.

#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "commands.hpp"
#include "flags.hpp"
#include "input.hpp"
#include "output.hpp"
#include "terminal.hpp"
#include "offercalc/show.hpp"
#include "offercalc/summary.hpp"

namespace offercalc::cli {

namespace {

struct ShowOptions {
    std::vector<std::string> files;
    bool json = false, exact = false;
    std::optional<std::string> format;
    int years = kDefaultYears;
    WhatIfFlags whatif;
    TaxFlags tax;
};

/// show and summary share their flags; they differ in how one offer is rendered.
enum class Listing { Show, Summary };

void setup_listing(CLI::App& sub, Action& action, Listing listing) {
    auto o = std::make_shared<ShowOptions>();
    sub.add_option("files", o->files, "offer files (JSON); - reads standard input")->required();
    CLI::Option* json = sub.add_flag("--json", o->json,
                                     listing == Listing::Summary ? "one JSON object per offer per line instead"
                                                                 : "print the stable JSON form instead");
    CLI::Option* format = sub.add_option("--format", o->format,
                                         "one line per offer from a template, e.g. '{name}: {total:raw}' "
                                         "(fields in the README, 'summary --format')");
    format->excludes(json);
    sub.add_flag("--exact", o->exact,
                 listing == Listing::Summary ? "amounts to the cent instead of compact ($175,000.00, not $175k)"
                                             : "amounts to the cent, however wide (else rounded to fit the terminal)")
        ->excludes(json);
    sub.add_option("--years", o->years, "years to project (1 to 10)")->check(whole_range(1, kMaxYears));
    add_whatif_flags(sub, o->whatif, "applied to every file");
    add_tax_flags(sub, o->tax);
    sub.callback([o, listing, &action] {
        action = [o, listing] {
            std::optional<LineFormat> line;
            if (o->format) line.emplace(*o->format);  // a bad template fails before any file is read
            auto offers = load_offers(o->files, o->whatif.resolve(), o->years);
            o->tax.apply(offers);
            std::string out;
            if (o->json && listing == Listing::Summary) {
                for (const Projected& p : offers) out += summary_json(p);
            } else if (o->json) {
                out = offers_json(offers);
            } else {
                for (std::size_t i = 0; i < offers.size(); ++i) {
                    if (line) out += line->apply(offers[i]);
                    else if (listing == Listing::Summary) out += render_summary_line(offers[i], o->exact);
                    else out += (i ? "\n" : "") + render_show(offers[i], terminal_columns(), o->exact);
                }
            }
            emit(out);
            return 0;
        };
    });
}

}  // namespace

void setup_show(CLI::App& sub, Action& action) { setup_listing(sub, action, Listing::Show); }

void setup_summary(CLI::App& sub, Action& action) { setup_listing(sub, action, Listing::Summary); }

}  // namespace offercalc::cli
