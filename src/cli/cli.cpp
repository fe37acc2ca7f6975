#include "cli.hpp"

#include <algorithm>
#include <cstdio>
#include <exception>
#include <sstream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "errors.hpp"
#include "flags.hpp"
#include "input.hpp"
#include "output.hpp"
#include "terminal.hpp"
#include "offercalc/error.hpp"
#include "offercalc/parse.hpp"
#include "offercalc/text.hpp"

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
  66 input file missing or unreadable, 70 internal error, 74 output write error.)";

/// "unknown option '--jsn', did you mean '--json'? (see 'offercalc show --help')".
std::string unknown_option_text(const CLI::App& cmd, const CLI::ExtrasError& e) {
    const std::string where = cmd.get_parent() ? "offercalc " + cmd.get_name() : "offercalc";
    const std::string what = e.what();
    // CLI11 lists the extras after a colon: "The following argument was not expected: --jsn"
    const auto colon = what.rfind(": ");
    std::string arg = colon == std::string::npos ? "" : what.substr(colon + 2);
    if (arg.find(' ') != std::string::npos) arg = arg.substr(0, arg.find(' '));
    if (arg.size() < 2 || arg[0] != '-') return fmt::format("{} (see '{} --help')", what, where);
    std::string name = arg.substr(0, arg.find('='));
    std::vector<std::string> flags;
    for (const CLI::Option* o : cmd.get_options())
        for (const std::string& l : o->get_lnames()) flags.push_back("--" + l);
    std::string near;
    if (name.rfind("--", 0) == 0) {
        near = closest_match(name, flags);
    } else {  // "-v": the one long flag that starts with its letters, if only one does
        int starts = 0;
        for (const std::string& f : flags)
            if (f.rfind("-" + name, 0) == 0) near = f, ++starts;
        if (starts != 1) near.clear();
    }
    return fmt::format("unknown option '{}'{} (see '{} --help')", name,
                       near.empty() ? "" : fmt::format(", did you mean '{}'?", near), where);
}

}  // namespace

const std::vector<Command>& commands() {
    static const std::vector<Command> all = {
        {"show", "Per offer: pay by component and year, with the multi-year total.", setup_show,
         "  offercalc show examples/amazon-l5-pm.json\n"
         "  offercalc show examples/amazon-l5-pm.json --rsu +50k --growth 10\n"
         "  offercalc show --json --years 6 examples/*.json"},
        {"summary", "One line per offer: base, sign-on, grant, each year's total.", setup_summary,
         "  offercalc summary examples/*.json\n"
         "  offercalc summary --exact examples/meta-ic5-pm.json\n"
         "  offercalc summary examples/amazon-l5-pm.json --rsu +100k --format '{total:raw}'"},
        {"compare", "Compare the offer (first file) with competing offers: gaps, counter-asks, timeline, script.",
         setup_compare,
         "  offercalc compare examples/amazon-l5-pm.json examples/meta-ic5-pm.json\n"
         "  offercalc compare examples/amazon-l5-pm.json --target 1.2M --no-chart\n"
         "  offercalc compare --json examples/amazon-l5-pm.json examples/meta-ic5-pm.json"},
        {"odds", "Under stock risk: each offer's spread, and the chance the offer pays more than each competing one.",
         setup_odds,
         "  offercalc odds examples/amazon-l5-pm.json examples/meta-ic5-pm.json examples/current-job.json\n"
         "  offercalc odds examples/amazon-l5-pm.json examples/meta-ic5-pm.json --volatility 60 --paths 1000000\n"
         "  offercalc odds --json --seed 7 --correlation 0.5 examples/amazon-l5-pm.json examples/meta-ic5-pm.json"},
        {"report", "One HTML page with charts: the packages, pay by year, cumulative pay, asks, timeline, script.",
         setup_report,
         "  offercalc report examples/amazon-l5-pm.json examples/meta-ic5-pm.json -o report.html\n"
         "  offercalc report examples/*.json --after-tax --odds -o report.html\n"
         "  offercalc report examples/amazon-l5-pm.json --target 1.2M > report.html"},
        {"sweep", "Every combination of what-if ranges: year-one and multi-year totals.", setup_sweep,
         "  offercalc sweep examples/amazon-l5-pm.json --rsu 0..100k/25k\n"
         "  offercalc sweep examples/amazon-l5-pm.json --growth -10..20/5 --against examples/meta-ic5-pm.json\n"
         "  offercalc sweep examples/amazon-l5-pm.json --rsu 0..200k/1k --sign-on-y1 0..50k/5k --csv > grid.csv"},
        {"check", "Exit 0 when every condition holds, 1 when one does not; prints one line.", setup_check,
         "  offercalc check examples/amazon-l5-pm.json --floor 1M\n"
         "  offercalc check examples/amazon-l5-pm.json --rsu +200k --against examples/meta-ic5-pm.json"},
        {"leave", "What you keep, forfeit and repay if you leave after N months.", setup_leave,
         "  offercalc leave examples/amazon-l5-pm.json --after 18\n"
         "  offercalc leave --json examples/meta-ic5-pm.json"},
        {"batch", "JSON Lines in (one offer per line), one show --json object per line out.", setup_batch,
         "  offercalc batch offers.jsonl > projections.jsonl\n"
         "  generate-offers | offercalc batch -j 4 --growth 10"},
        {"presets", "List the vesting presets and their tranches.", setup_presets, "  offercalc presets"},
        {"validate", "Check offer files; silent when they are valid.", setup_validate,
         "  offercalc validate examples/*.json\n"
         "  offercalc validate --strict my-offer.json"},
        {"init", "Write a new offer file from flags, or by asking for each field on a terminal.", setup_init,
         "  offercalc init --company Amazon --level L5 --base 175k --sign-on 65k/52k --rsu 240k --vesting amazon "
         "> offer.json\n"
         "  offercalc init -o offer.json    (on a terminal: asks for each field)"},
        {"schema", "Print a JSON Schema: the offer file's, or a command's --json output (for editors and validators).",
         setup_schema,
         "  offercalc schema offer > offer.schema.json\n"
         "  offercalc schema compare > compare.schema.json"},
        {"completion", "Print shell completion for bash, zsh or fish.", setup_completion,
         "  offercalc completion bash > ~/.local/share/bash-completion/completions/offercalc\n"
         "  offercalc completion fish > ~/.config/fish/completions/offercalc.fish"},
        {"manpage", "Print the offercalc(1) manual page (roff).", setup_manpage,
         "  offercalc manpage > offercalc.1 && man ./offercalc.1"},
    };
    return all;
}

namespace {

/// A shell command too wide for `columns`, broken at words: each line but the last
/// ends in " \\" and the later lines are indented, so the lines still paste as one. A
/// note after it, set off by spaces ("    (on a terminal: ...)"), goes on lines of its
/// own, under the command and without backslashes.
std::string fit_command(std::string_view line, int columns) {
    const auto indent = line.find_first_not_of(' ');
    const std::size_t note = line.find("  (", indent);
    const std::string_view command = line.substr(indent, note == std::string_view::npos ? note : note - indent);
    const std::string pad(indent + 4, ' ');
    const std::string lines = wrap(command, columns - 2, pad, static_cast<int>(indent));
    std::string out(indent, ' ');
    for (const char c : lines) out += c == '\n' ? std::string(" \\\n") : std::string(1, c);
    out += "\n";
    if (note != std::string_view::npos) {
        const std::string_view text = line.substr(line.find_first_not_of(' ', note));
        out += pad + wrap(text, columns, pad, static_cast<int>(pad.size())) + "\n";
    }
    return out;
}

/// Lines of help text fitted to `columns`: a paragraph (lines of one indent) with a
/// line too wide is wrapped again at words; a shell example ("  offercalc ...") stands
/// alone and is broken with backslashes. Text that fits is kept as written.
std::string fit_lines(std::string_view text, int columns) {
    std::string out;
    std::vector<std::string_view> para;
    std::size_t para_indent = 0;
    auto flush = [&] {
        bool wide = false;
        for (std::string_view l : para) wide = wide || display_width(l) > columns;
        std::string joined;
        for (std::string_view l : para) {
            if (!wide) out += std::string(l) + "\n";
            else joined += (joined.empty() ? "" : " ") + std::string(l.substr(para_indent));
        }
        if (wide)
            out += std::string(para_indent, ' ') +
                   wrap(joined, columns, std::string(para_indent, ' '), static_cast<int>(para_indent)) + "\n";
        para.clear();
    };
    for (std::size_t start = 0; start < text.size();) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        const std::string_view line = text.substr(start, end - start);
        start = end + 1;
        const std::size_t indent = std::min(line.find_first_not_of(' '), line.size());
        const bool command = line.substr(indent).rfind("offercalc ", 0) == 0 && indent > 0;
        if (command || indent != para_indent || indent == line.size()) flush();
        if (command) {
            out += display_width(line) > columns ? fit_command(line, columns) : std::string(line) + "\n";
            continue;
        }
        para_indent = indent;
        para.push_back(line);
    }
    flush();
    return out;
}

/// CLI11's help fitted to the terminal: descriptions wrap at words in their column
/// (under the name when the name is wide), and the text around them by fit_lines().
class FittedHelp : public CLI::Formatter {
public:
    explicit FittedHelp(int columns) : columns_(std::max(columns, 40)) {
        column_width(columns_ >= 80 ? 30 : columns_ >= 60 ? 24 : 12);
    }
    std::string make_option(const CLI::Option* opt, bool positional) const override {
        return row(make_option_name(opt, positional) + make_option_opts(opt), make_option_desc(opt));
    }
    std::string make_subcommand(const CLI::App* sub) const override {
        return row(sub->get_display_name(true), sub->get_description());
    }
    std::string make_description(const CLI::App* app) const override {
        return fit_lines(Formatter::make_description(app), prose_width());
    }
    std::string make_usage(const CLI::App* app, std::string name) const override {
        return fit_lines(Formatter::make_usage(app, std::move(name)), prose_width());
    }
    std::string make_group(std::string group, bool positional, std::vector<const CLI::Option*> opts) const override {
        return fit_lines(Formatter::make_group(std::move(group), positional, std::move(opts)), columns_);
    }
    std::string make_footer(const CLI::App* app) const override {
        return fit_lines(Formatter::make_footer(app), prose_width());
    }

private:
    int prose_width() const { return std::min(columns_, 100); }
    std::string row(const std::string& name, const std::string& desc) const {
        const int w = static_cast<int>(column_width_);
        std::string out = "  " + name;
        if (desc.empty()) return out + "\n";
        const int used = display_width(out);
        if (used >= w) out += "\n" + std::string(static_cast<std::size_t>(w), ' ');
        else out.append(static_cast<std::size_t>(w - used), ' ');
        return out + wrap(desc, columns_, std::string(static_cast<std::size_t>(w), ' '), w) + "\n";
    }
    int columns_;
};

/// The command line's parser: the top level and, when the command line names one,
/// only that command; every command otherwise (the top-level help and its errors).
struct Parser {
    CLI::App app{"offercalc: what a job offer pays, year by year, and which counter-ask closes the gap.", "offercalc"};
    CLI::App* command = &app;  ///< the command being parsed, or the top level
    Action action;             ///< set when the parse succeeds

    Parser(std::string_view wanted, bool known) {
        app.formatter(std::make_shared<FittedHelp>(terminal_columns()));
        app.set_version_flag("-V,--version", std::string("offercalc ") + OFFERCALC_VERSION);
        app.footer(kFooter);
        app.require_subcommand(1, 1);
        for (const Command& c : commands()) {
            if (known && wanted != c.name) continue;
            CLI::App* sub = app.add_subcommand(c.name, c.help);
            // Examples end a command's help; the conventions and exit codes, the top level's.
            sub->footer(std::string("Examples:\n") + c.examples);
            if (wanted == c.name) {
                c.setup(*sub, action);
                command = sub;
            }
        }
    }
};

int run_action(const Action& action) {
    try {
        const int status = action();
        flush_out();
        return status;
    } catch (const Error& e) {
        std::fflush(stdout);
        tell("error", error_text(e));
        return e.status();
    } catch (const std::exception& e) {
        tell("internal error", e.what());
        return kExitSoftware;
    }
}

bool is_top_level_flag(std::string_view arg) {
    return arg == "-h" || arg == "--help" || arg == "-V" || arg == "--version" || arg == "--";
}

/// Prints help or version text as every command prints: a write error is reported
/// and exits 74.
int print_help(CLI::App& app, const CLI::Error& e) {
    std::ostringstream out, err;
    const int status = app.exit(e, out, err);
    std::fputs(err.str().c_str(), stderr);  // CLI11 writes its help and version to out
    try {
        emit(out.str());
    } catch (const Error& failure) {
        tell("error", error_text(failure));
        return failure.status();
    }
    return status;
}

}  // namespace

int run(int argc, char** argv) {
    std::vector<std::string> names;
    for (const Command& c : commands()) names.push_back(c.name);
    // "offercalc help show" and "offercalc --help show" are "offercalc show --help".
    std::vector<char*> args(argv, argv + argc);
    static char help_flag[] = "--help";
    if (args.size() >= 2) {
        const std::string_view first = args[1];
        if (first == "help" || first == "--help" || first == "-h") {
            if (args.size() >= 3 && std::find(names.begin(), names.end(), args[2]) != names.end()) {
                args = {args[0], args[2], help_flag};
            } else if (first == "help" && args.size() >= 3) {  // "offercalc help shw"
                const std::string near = closest_match(args[2], names);
                std::fprintf(stderr, "offercalc: error: no help for '%s': not a command%s (see 'offercalc --help')\n",
                             args[2], near.empty() ? "" : fmt::format(", did you mean '{}'?", near).c_str());
                return kExitUsage;
            } else if (first == "help") {
                args = {args[0], help_flag};
            }
        }
    }
    argc = static_cast<int>(args.size());
    argv = args.data();
    const std::string_view wanted = argc > 1 ? argv[1] : "";
    const bool known = std::find(names.begin(), names.end(), wanted) != names.end();
    // "offercalc shw": name the unknown command and suggest the nearest one.
    if (!known && argc > 1 && argv[1][0] != '-') {
        const std::string near = closest_match(argv[1], names);
        tell("error", fmt::format("unknown command '{}'{} (see 'offercalc --help')", argv[1],
                                  near.empty() ? "" : fmt::format(", did you mean '{}'?", near)));
        return kExitUsage;
    }
    // "offercalc --versoin", "offercalc -v": before a command only help and version are options.
    if (!known && argc > 1 && argv[1][0] == '-' && !is_top_level_flag(wanted)) {
        const std::string name(wanted.substr(0, wanted.find('=')));
        std::string near;
        if (name.rfind("--", 0) == 0) near = closest_match(name, {"--help", "--version"});
        else if (name == "-v" || name == "-H") near = name == "-v" ? "-V" : "-h";
        std::fprintf(stderr, "offercalc: error: unknown option '%s'%s (see 'offercalc --help')\n", name.c_str(),
                     near.empty() ? "" : fmt::format(", did you mean '{}'?", near).c_str());
        return kExitUsage;
    }
    Parser parser(wanted, known);
    try {
        parser.app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return print_help(parser.app, e);
    } catch (const CLI::CallForAllHelp& e) {
        return print_help(parser.app, e);
    } catch (const CLI::CallForVersion& e) {
        return print_help(parser.app, e);
    } catch (const CLI::ExtrasError& e) {
        tell("error", unknown_option_text(*parser.command, e));
        return kExitUsage;
    } catch (const CLI::ParseError& e) {
        tell("error",
             fmt::format("{} (see '{} --help')", e.what(),
                         parser.command == &parser.app ? "offercalc" : "offercalc " + parser.command->get_name()));
        return kExitUsage;
    }
    return run_action(parser.action);
}

}  // namespace offercalc::cli
