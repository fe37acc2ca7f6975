#pragma once

// The subcommands: each has an options struct, a setup function that binds its
// flags with CLI11 and returns the action to run after parsing.

#include <array>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "offercalc/error.hpp"
#include "offercalc/model.hpp"
#include "offercalc/whatif.hpp"

namespace offercalc::cli {

/// Runs a parsed command; returns the exit status.
using Action = std::function<int()>;

/// The command line's name for each field (fields.hpp) and what it means in help.
struct FieldFlag {
    Field field;
    const char* flag;
    const char* help;  ///< its what-if help
};
inline constexpr FieldFlag kFieldFlags[] = {
    {Field::Base, "--base", "annual base"},
    {Field::SignOnY1, "--sign-on-y1", "year-one sign-on"},
    {Field::SignOnY2, "--sign-on-y2", "year-two sign-on"},
    {Field::Rsu, "--rsu", "RSU grant value"},
    {Field::RaisePct, "--raise-pct", "yearly raise percent"},
    {Field::BonusPct, "--bonus-pct", "target bonus percent"},
    {Field::Growth, "--growth", "stock growth percent per year"},
};

/// A library error in the command line's words: an error about a field (or an
/// override, or the leave month) names the flag that set it.
std::string error_text(const Error& e);

/// The what-if flags as typed, resolved after parsing (so bad values are usage errors).
struct WhatIfFlags {
    std::array<std::optional<std::string>, kFieldCount> values;  ///< indexed by Field
    std::optional<std::string> convention;
    std::vector<std::string> sets;
    WhatIf resolve() const;
};
void add_whatif_flags(CLI::App& sub, WhatIfFlags& f, const char* group_note);

/// --after-tax and the flags that override the offer files' "tax" block.
struct TaxFlags {
    bool after_tax = false;
    std::optional<std::string> filing, state, city;
    /// Applies --filing, --state and --city to the offer's tax profile, and with
    /// --after-tax taxes its projection.
    void apply(Projected& p) const;
    void apply(std::vector<Projected>& offers) const {
        for (Projected& p : offers) apply(p);
    }
};
void add_tax_flags(CLI::App& sub, TaxFlags& f);

/// An absolute amount flag (--floor, --target, --round, --year1-at-least); a usage
/// Error quoting the text otherwise.
Money amount_flag(const std::string& text, const char* flag);

/// Writes text to standard output in one piece (no partial output on error).
void emit(const std::string& text);

/// Binds a command's flags on its subcommand and sets `action` to run it.
using Setup = void (*)(CLI::App& sub, Action& action);

/// A subcommand: its name, its one-line help and its setup. A run of one command sets
/// up only that command; the top-level help and its errors set up every one.
struct Command {
    const char* name;
    const char* help;
    Setup setup;
    const char* examples;  ///< the end of the command's --help: two or three real uses
};

/// Every command, in the order `--help` lists them.
const std::vector<Command>& commands();

void setup_show(CLI::App& sub, Action& action);
void setup_summary(CLI::App& sub, Action& action);
void setup_presets(CLI::App& sub, Action& action);
void setup_validate(CLI::App& sub, Action& action);
void setup_compare(CLI::App& sub, Action& action);
void setup_odds(CLI::App& sub, Action& action);
void setup_report(CLI::App& sub, Action& action);
void setup_manpage(CLI::App& sub, Action& action);
void setup_schema(CLI::App& sub, Action& action);
void setup_init(CLI::App& sub, Action& action);
void setup_completion(CLI::App& sub, Action& action);
void setup_sweep(CLI::App& sub, Action& action);
void setup_check(CLI::App& sub, Action& action);
void setup_leave(CLI::App& sub, Action& action);
void setup_batch(CLI::App& sub, Action& action);

}  // namespace offercalc::cli
