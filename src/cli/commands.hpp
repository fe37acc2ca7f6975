#pragma once

// The subcommands: each has an options struct, a setup function that binds its
// flags with CLI11 and returns the action to run after parsing.

#include <array>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace offercalc::cli {

/// Runs a parsed command; returns the exit status.
using Action = std::function<int()>;

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
