#pragma once

// The subcommands: each has an options struct, a setup function that binds its
// flags with CLI11 and returns the action to run after parsing.

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "offercalc/whatif.hpp"

namespace offercalc::cli {

/// Runs a parsed command; returns the exit status.
using Action = std::function<int()>;

/// The what-if flags as typed, resolved after parsing (so bad values are usage errors).
struct WhatIfFlags {
    std::optional<std::string> base, sign_on_y1, sign_on_y2, rsu, bonus_pct, growth, convention;
    std::vector<std::string> sets;
    WhatIf resolve() const;
};
void add_whatif_flags(CLI::App* sub, WhatIfFlags& f, const char* group_note);

/// Writes text to standard output in one piece (no partial output on error).
void emit(const std::string& text);

void setup_core(CLI::App& app, Action& action);       // show, summary, presets, validate
void setup_compare(CLI::App& app, Action& action);    // compare
void setup_scripting(CLI::App& app, Action& action);  // sweep, check, leave, batch

}  // namespace offercalc::cli
