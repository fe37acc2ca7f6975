#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "flags.hpp"
#include "offercalc/compare.hpp"
#include "offercalc/odds.hpp"

namespace offercalc::cli {

// The flags `compare`, `report` and `odds` share.

/// The flags of the simulation, shared by `odds` and `compare --odds`.
/// Numbers are kept as typed and checked by options(), so each error quotes the text.
struct SimFlags {
    std::optional<std::string> paths, seed, correlation;
    unsigned jobs = 0;  ///< 0: the CPUs this process may use

    /// Usage errors for a value out of its range or not in its form.
    OddsOptions options(bool after_tax) const;
};
void add_sim_flags(CLI::App& sub, SimFlags& f, WhatIfFlags& whatif);

struct CompareFlags {
    std::vector<std::string> files;
    bool json = false, no_chart = false, no_script = false, full = false, exact = false;
    std::string color = "auto";
    int years = kDefaultYears;
    std::optional<std::string> floor, target, round, today;
    std::string holidays = "us";
    WhatIfFlags whatif;
    TaxFlags tax;
    bool odds = false;
    std::optional<std::string> confidence;  ///< as typed; compare_options checks it
    SimFlags sim;
};
/// The flags `compare` and `report` share: inputs, what-if, after tax and odds.
void add_compare_flags(CLI::App& sub, CompareFlags& f);
/// The options the flags ask for; usage errors for bad amounts and dates.
CompareOptions compare_options(const CompareFlags& f);
/// The files read, adjusted, projected and taxed as the flags ask.
std::vector<Projected> compared_offers(const CompareFlags& f);

}  // namespace offercalc::cli
