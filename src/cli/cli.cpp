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
    setup_core(app, action);
    setup_compare(app, action);
    setup_scripting(app, action);
    // "offercalc shw": name the unknown command and suggest the nearest one.
    if (argc > 1 && argv[1][0] != '-') {
        std::vector<std::string> names;
        for (const CLI::App* sub : app.get_subcommands({})) names.push_back(sub->get_name());
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
        std::fprintf(stderr, "offercalc: error: %s\n", e.what());
        return e.status();
    } catch (const std::exception& e) {
        std::fprintf(stderr, "offercalc: internal error: %s\n", e.what());
        return kExitSoftware;
    }
}

}  // namespace offercalc::cli
