#pragma once

// The subcommands: each has an options struct, a setup function that binds its
// flags with CLI11 and returns the action to run after parsing.

#include <array>
#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <CLI/CLI.hpp>

#include "offercalc/error.hpp"
#include "offercalc/model.hpp"
#include "offercalc/whatif.hpp"

namespace offercalc::cli {

/// Runs a parsed command; returns the exit status.
using Action = std::function<int()>;

/// An option as Options registered it, or nothing when it was left out; its
/// settings then do nothing, and cost nothing: a validator is built only for an
/// option that is there.
class Opt {
public:
    explicit Opt(CLI::Option* o) : o_(o) {}
    Opt required() const {
        if (o_) o_->required();
        return *this;
    }
    Opt group(std::string_view name) const {
        if (o_) o_->group(std::string(name));
        return *this;
    }
    /// A number from lo to hi, ends included.
    template <class N>
    Opt range(N lo, N hi) const {
        if (o_) o_->check(CLI::Range(lo, hi));
        return *this;
    }
    /// One of the words given.
    Opt one_of(std::initializer_list<const char*> words) const {
        if (o_) o_->check(CLI::IsMember(std::vector<std::string>(words.begin(), words.end())));
        return *this;
    }
    Opt check(const CLI::Validator& v) const {
        if (o_) o_->check(v);
        return *this;
    }
    Opt excludes(Opt other) const {
        if (o_ && other.o_) o_->excludes(other.o_);
        return *this;
    }

private:
    CLI::Option* o_;
};

/// A command's options, registered with CLI11. The first parse of a command line
/// registers only the options it names: CLI11 checks each new option against every
/// earlier one, which was a third of a `compare` (docs/benchmarks.md). A command line
/// that this parse does not accept, help included, is parsed again with every option
/// (`named` null), so messages and help do not change. A help text may be a function
/// that writes it, called only when the option is registered.
class Options {
public:
    Options(CLI::App* app, const std::vector<std::string>* named) : app_(app), named_(named) {}
    template <class T, class Help>
    Opt add_option(std::string_view names, T& target, const Help& help) {
        return Opt(wanted(names) ? app_->add_option(std::string(names), target, text(help)) : nullptr);
    }
    template <class Help>
    Opt add_flag(std::string_view names, bool& target, const Help& help) {
        return Opt(wanted(names) ? app_->add_flag(std::string(names), target, text(help)) : nullptr);
    }
    void callback(std::function<void()> f) { app_->callback(std::move(f)); }

private:
    /// A positional, or (on the first parse) a flag the command line names.
    bool wanted(std::string_view names) const;
    static std::string text(std::string_view help) { return std::string(help); }
    template <class F, class = std::enable_if_t<std::is_invocable_r_v<std::string, F>>>
    static std::string text(const F& write) {
        return write();
    }
    CLI::App* app_;
    const std::vector<std::string>* named_;
};

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
void add_whatif_flags(Options& sub, WhatIfFlags& f, const char* group_note);

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
void add_tax_flags(Options& sub, TaxFlags& f);

/// An absolute amount flag (--floor, --target, --round, --year1-at-least); a usage
/// Error quoting the text otherwise.
Money amount_flag(const std::string& text, const char* flag);

/// Writes text to standard output in one piece (no partial output on error).
void emit(const std::string& text);

/// Binds a command's flags on its subcommand and sets `action` to run it.
using Setup = void (*)(Options& sub, Action& action);

/// A subcommand: its name, its one-line help and its setup. Only the command named on
/// the command line is set up: registering every command's flags cost more than a
/// whole `compare` (docs/benchmarks.md).
struct Command {
    const char* name;
    const char* help;
    Setup setup;
    const char* examples;  ///< the end of the command's --help: two or three real uses
};

/// Every command, in the order `--help` lists them.
const std::vector<Command>& commands();

void setup_show(Options& sub, Action& action);
void setup_summary(Options& sub, Action& action);
void setup_presets(Options& sub, Action& action);
void setup_validate(Options& sub, Action& action);
void setup_compare(Options& sub, Action& action);
void setup_odds(Options& sub, Action& action);
void setup_report(Options& sub, Action& action);
void setup_manpage(Options& sub, Action& action);
void setup_schema(Options& sub, Action& action);
void setup_init(Options& sub, Action& action);
void setup_completion(Options& sub, Action& action);
void setup_sweep(Options& sub, Action& action);
void setup_check(Options& sub, Action& action);
void setup_leave(Options& sub, Action& action);
void setup_batch(Options& sub, Action& action);

}  // namespace offercalc::cli
