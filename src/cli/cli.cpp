#include "cli.hpp"

#include <algorithm>
#include <cstdio>
#include <exception>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "offercalc/error.hpp"
#include "offercalc/parse.hpp"

#ifndef OFFERCALC_VERSION
#define OFFERCALC_VERSION "0.0.0"
#endif

namespace offercalc::cli {

namespace {

constexpr const char* kFooter = R"(Conventions:
  Employment year n covers months (12(n-1), 12n]; a tranche vesting at month 12
  belongs to year 1. Money is exact integer cents; a grant's tranches are
  differences of rounded cumulative amounts, so they add up to the grant.
  Rounding is half away from zero. Stock growth g: vest_date values a tranche at
  month m by (1+g)^(m/12); recruiter values everything vesting in year n by
  (1+g)^(n-1).
Exit codes:
  0 success, 1 a check did not hold, 2 usage error, 65 invalid offer data,
  66 input file missing or unreadable, 70 internal error.)";

}  // namespace

const std::vector<Command>& commands() {
    static const std::vector<Command> all = {
        {"show", "Per offer: pay by component and year, with the multi-year total.", setup_show},
        {"summary", "One line per offer: base, sign-on, grant, each year's total.", setup_summary},
        {"compare", "Compare the offer (first file) with competing offers: gaps, counter-asks, timeline, script.",
         setup_compare},
        {"sweep", "Every combination of what-if ranges: year-one and multi-year totals.", setup_sweep},
        {"check", "Exit 0 when every condition holds, 1 when one does not; prints one line.", setup_check},
        {"leave", "What you keep, forfeit and repay if you leave after N months.", setup_leave},
        {"batch", "JSON Lines in (one offer per line), one show --json object per line out.", setup_batch},
        {"presets", "List the vesting presets and their tranches.", setup_presets},
        {"validate", "Check offer files; silent when they are valid.", setup_validate},
    };
    return all;
}

void emit(const std::string& text) {
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);
}

int run(int argc, char** argv) {
    CLI::App app{"offercalc: what a job offer pays, year by year, and which counter-ask closes the gap.",
                 "offercalc"};
    app.set_version_flag("--version", std::string("offercalc ") + OFFERCALC_VERSION);
    app.footer(kFooter);
    app.require_subcommand(1, 1);
    Action action;
    const std::string_view wanted = argc > 1 ? argv[1] : "";
    std::vector<std::string> names;
    for (const Command& c : commands()) {
        CLI::App* sub = app.add_subcommand(c.name, c.help);
        if (wanted == c.name) c.setup(sub, action);
        names.push_back(c.name);
    }
    // "offercalc shw": name the unknown command and suggest the nearest one.
    if (argc > 1 && argv[1][0] != '-') {
        if (std::find(names.begin(), names.end(), argv[1]) == names.end()) {
            const std::string near = closest_match(argv[1], names);
            std::fprintf(stderr, "offercalc: error: unknown command '%s'%s (see 'offercalc --help')\n",
                         argv[1], near.empty() ? "" : fmt::format(", did you mean '{}'?", near).c_str());
            return kExitUsage;
        }
    }
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        std::fprintf(stderr, "offercalc: error: %s (see 'offercalc --help')\n", e.what());
        return kExitUsage;
    }
    try {
        return action();
    } catch (const Error& e) {
        std::fflush(stdout);
        std::fprintf(stderr, "offercalc: error: %s\n", error_text(e).c_str());
        return e.status();
    } catch (const std::exception& e) {
        std::fprintf(stderr, "offercalc: internal error: %s\n", e.what());
        return kExitSoftware;
    }
}

}  // namespace offercalc::cli
