// `offercalc manpage` and `offercalc completion SHELL`: the man page and the shell
// completions, generated from the same command table and flag setup as --help, so
// that the three cannot drift apart.

#include <algorithm>
#include <map>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>  // fmt::join (fmt 10 and later)

#include "cli.hpp"
#include "commands.hpp"
#include "errors.hpp"
#include "flags.hpp"
#include "input.hpp"
#include "output.hpp"
#include "terminal.hpp"
#include "offercalc/error.hpp"
#include "offercalc/schema.hpp"
#include "offercalc/summary.hpp"
#include "offercalc/tax.hpp"
#include "offercalc/vesting.hpp"

#ifndef OFFERCALC_VERSION
#define OFFERCALC_VERSION "0.0.0"
#endif
#ifndef OFFERCALC_DATE  // the newest packaging/changelog entry's date, YYYY-MM-DD
#define OFFERCALC_DATE ""
#endif

namespace offercalc::cli {

namespace {

struct OptionDoc {
    std::vector<std::string> names;  ///< "-j", "--jobs"
    std::string help;
    bool takes_value = false;
    std::vector<std::string> choices;  ///< values a shell can offer; empty for free text
    std::string group;                 ///< the help's group: "What-if (applied to ...)"
};

struct CommandDoc {
    std::string name, help, examples;
    bool files = false;              ///< takes file arguments
    std::vector<std::string> words;  ///< the values of its word argument (schema NAME), when a short list
    std::vector<OptionDoc> options;
};

/// The --set paths whose values are a short list, with the values.
const std::map<std::string, std::vector<std::string>>& set_values() {
    static const std::map<std::string, std::vector<std::string>> all = [] {
        std::map<std::string, std::vector<std::string>> m = {
            {"kind", {"offer", "verbal", "current"}},
            {"growth_convention", {"vest_date", "recruiter"}},
            {"tax.filing", {"single", "married_joint", "married_separate", "head_of_household"}},
            {"tax.state", tax_states()},
        };
        for (const Schedule& s : vesting_presets()) m["rsu.vesting"].push_back(s.name);
        return m;
    }();
    return all;
}

/// The values an option accepts, where they are a short list.
std::vector<std::string> choices_of(const std::string& flag) {
    static const std::map<std::string, std::vector<std::string>> known = {
        {"--color", {"auto", "always", "never"}},
        {"--holidays", {"us", "none"}},
        {"--convention", {"vest_date", "recruiter"}},
        {"--filing", {"single", "married_joint", "married_separate", "head_of_household"}},
    };
    if (const auto it = known.find(flag); it != known.end()) return it->second;
    if (flag == "--state") return tax_states();
    if (flag == "--kind") return {"offer", "verbal", "current"};
    if (flag == "--vesting") {
        std::vector<std::string> out;
        for (const Schedule& s : vesting_presets()) out.push_back(s.name);
        return out;
    }
    if (flag == "--set") {  // the paths most often set; their values are completed after the '='
        std::vector<std::string> out;
        for (const FieldSpec& f : kFields) out.push_back(std::string(f.path) + "=");
        for (const auto& [path, values] : set_values()) out.push_back(path + "=");
        std::sort(out.begin(), out.end());
        return out;
    }
    return {};
}

/// The values of a command's word argument (schema NAME, completion SHELL); empty for files.
std::vector<std::string> words_of(const std::string& command) {
    if (command == "completion") return {"bash", "zsh", "fish"};
    std::vector<std::string> out;
    if (command == "schema")
        for (const Schema& s : schemas()) out.emplace_back(s.name);
    return out;
}

/// Every command with its flags, as each command's setup registers them.
std::vector<CommandDoc> describe() {
    std::vector<CommandDoc> out;
    for (const Command& c : commands()) {
        CLI::App app;
        Action unused;
        CLI::App* sub = app.add_subcommand(c.name, c.help);
        c.setup(*sub, unused);
        CommandDoc d{c.name, c.help, c.examples, false, words_of(c.name), {}};
        for (const CLI::Option* o : sub->get_options()) {
            if (o->get_positional() && !o->nonpositional()) {
                if (o->get_name().find("file") != std::string::npos) d.files = true;
                continue;
            }
            OptionDoc od;
            for (const std::string& s : o->get_snames()) od.names.push_back("-" + s);
            for (const std::string& l : o->get_lnames()) od.names.push_back("--" + l);
            od.help = o->get_description();
            od.takes_value = o->get_expected_max() > 0;
            od.choices = choices_of(od.names.back());
            od.group = o->get_group();
            d.options.push_back(std::move(od));
        }
        out.push_back(std::move(d));
    }
    return out;
}

/// Text safe in roff: backslashes and hyphens escaped, no line starting with a dot.
std::string roff(std::string_view s) {
    std::string out;
    for (char ch : s) {
        if (ch == '\\') out += "\\e";
        else if (ch == '-') out += "\\-";
        else out += ch;
    }
    if (!out.empty() && (out[0] == '.' || out[0] == '\'')) out = "\\&" + out;
    return out;
}

bool what_if(const OptionDoc& o) { return o.group.rfind("What-if", 0) == 0; }

/// An option as a man page's tagged paragraph.
std::string man_option(const OptionDoc& o) {
    std::vector<std::string> names;
    for (const std::string& n : o.names) names.push_back("\\fB" + roff(n) + "\\fR");
    return fmt::format(".TP\n{}{}\n{}\n", fmt::join(names, ", "), o.takes_value ? " \\fIvalue\\fR" : "", roff(o.help));
}

/// The what-if options, once, with the commands that take them.
std::string man_what_if(const std::vector<CommandDoc>& docs) {
    std::vector<std::string> takers;
    std::string options;
    for (const CommandDoc& d : docs)
        for (const OptionDoc& o : d.options)
            if (what_if(o)) {
                if (takers.empty() || takers.back() != d.name) takers.push_back(d.name);
                if (takers.size() == 1) options += man_option(o);
            }
    return fmt::format(
               ".SH WHAT\\-IF OPTIONS\n{} take these; each changes the offer (the first file for compare and "
               "report) before it is projected.\n",
               roff(fmt::format("{}", fmt::join(takers, ", ")))) +
           options;
}

/// The offer file's fields and the --format fields.
std::string man_fields() {
    std::string out =
        ".SH OFFER FILE\nJSON, one offer per file. Money is in US dollars with at most two decimals; "
        "percents have at most four decimals; unknown keys are errors. Required: \\fBbase\\fR. Optional: "
        "\\fBname\\fR, \\fBkind\\fR (offer, verbal, current), \\fBcompany\\fR, \\fBlevel\\fR, \\fBrole\\fR, "
        "\\fBlocation\\fR, \\fBstart_date\\fR, \\fBoffer_date\\fR, \\fBclose_date\\fR, \\fBraise_pct\\fR, "
        "\\fBbonus_pct\\fR, \\fBsign_on\\fR {year1, year2, paid, clawback}, \\fBrsu\\fR {grant or shares and "
        "price, vesting}, \\fBrefreshers\\fR, \\fBoptions\\fR {type, shares, strike, fmv, preferred_price, "
        "vesting, exercise_window_days, early_exercise, refreshers, company, exits}, \\fBstock_growth_pct\\fR, "
        "\\fBgrowth_convention\\fR, "
        "\\fBvolatility_pct\\fR, \\fBother\\fR, \\fBband\\fR, \\fBfixed\\fR, \\fBfloor\\fR, \\fBtarget\\fR, "
        "\\fBtransition\\fR, \\fBfirst_choice\\fR, \\fBlevel_rank\\fR, \\fBholidays\\fR, \\fBtax\\fR {filing, "
        "state, city}. share/doc/offercalc/README.md describes each field; the examples are installed under "
        "share/doc/offercalc/examples. Ranges of the fields what\\-if changes:\n";
    for (const FieldSpec& f : kFields)
        out += fmt::format(".TP\n\\fB{}\\fR\n{}, {}\n", roff(f.path), roff(f.words),
                           f.percent ? roff(range_text(f.range)) : "an amount from 0 (base: above 0)");
    std::vector<std::string> bold;
    for (const std::string& n : format_fields()) bold.push_back("\\fB" + roff(n) + "\\fR");
    out += fmt::format(
        ".SH FORMAT FIELDS\n\\fBsummary \\-\\-format\\fR takes text with fields in braces: {}. "
        "An amount takes :k, :exact or :raw; a percent takes :raw; {{{{ and }}}} are braces.\n",
        fmt::join(bold, ", "));
    return out;
}

std::string manpage() {
    const auto docs = describe();
    std::string out =
        fmt::format(".TH OFFERCALC 1 \"{}\" \"offercalc {}\" \"User Commands\"\n", OFFERCALC_DATE, OFFERCALC_VERSION);
    out += ".SH NAME\noffercalc \\- what a job offer pays, year by year, and which counter\\-ask closes the gap\n";
    out +=
        ".SH SYNOPSIS\n.B offercalc\n.I command\n[\\fIoptions\\fR] [\\fIfiles\\fR]\n.br\n.B offercalc\n"
        "\\-\\-version | \\-V\n.br\n.B offercalc help\n.I command\n";
    out +=
        ".SH DESCRIPTION\nReads job offers from JSON offer files and reports what each pays per year and over "
        "the years, how offers differ, which counter\\-ask closes the gap (RSUs first, sign\\-on second, base last), "
        "the odds under stock risk, and after\\-tax figures. Money is exact to the cent.\n";
    out += ".SH COMMANDS\n";
    for (const CommandDoc& d : docs) {
        out += fmt::format(".SS {}{}\n{}\n", roff(d.name), d.files ? " \\fIfiles\\fR..." : "", roff(d.help));
        bool changes = false;
        for (const OptionDoc& o : d.options)
            if (what_if(o)) changes = true;
            else out += man_option(o);
        if (changes) out += ".PP\nAnd the what\\-if options (WHAT\\-IF OPTIONS).\n";
        out += ".PP\nExamples:\n.nf\n" + roff(d.examples) + "\n.fi\n";
    }
    out += man_what_if(docs) + man_fields();
    out +=
        ".SH EXIT STATUS\n.TP\n0\nsuccess\n.TP\n1\na condition given to \\fBcheck\\fR did not hold\n.TP\n2\nusage "
        "error\n.TP\n65\ninvalid offer data\n.TP\n66\ninput file missing or unreadable\n.TP\n70\ninternal "
        "error\n.TP\n74\noutput write error\n";
    out +=
        ".SH ENVIRONMENT\n.TP\n.B NO_COLOR\nset and not empty: no colour with \\fB\\-\\-color auto\\fR\n.TP\n"
        ".B TERM\n\\fBdumb\\fR: no colour with \\fB\\-\\-color auto\\fR\n.TP\n.B COLUMNS\nthe terminal's width, "
        "for the chart and the wrapped scripts (on a terminal)\n";
    out +=
        ".SH CONVENTIONS\nEmployment year n covers months (12(n\\-1), 12n]. Rounding is half away from zero. "
        "Stock growth g: \\fBvest_date\\fR values a tranche at month m by (1+g)^(m/12); \\fBrecruiter\\fR "
        "values everything vesting in year n by (1+g)^(n\\-1). Stock options are paper value, not cash: the "
        "shares vesting in a year x max(0, price \\- strike), at the last preferred price unless "
        "\\fB\\-\\-option\\-price\\fR or \\fB\\-\\-option\\-multiple\\fR says otherwise; owning them costs shares x "
        "strike to exercise, plus tax.\n";
    out +=
        ".SH SEE ALSO\nshare/doc/offercalc/README.md and share/doc/offercalc/docs/ (under /usr when installed "
        "from the package); \\fBoffercalc completion\\fR \\fIshell\\fR prints "
        "the shell completions.\n";
    return out;
}

/// All option names of a command, space-separated.
std::string flags_of(const CommandDoc& d) {
    std::vector<std::string> all;
    for (const OptionDoc& o : d.options) all.insert(all.end(), o.names.begin(), o.names.end());
    return fmt::format("{}", fmt::join(all, " "));
}

std::string bash_completion(const std::vector<CommandDoc>& docs) {
    std::vector<std::string> names;
    for (const CommandDoc& d : docs) names.push_back(d.name);
    std::string out =
        "# bash completion for offercalc, generated by 'offercalc completion bash'\n"
        "_offercalc() {\n"
        "  local cur prev cmd\n"
        "  cur=${COMP_WORDS[COMP_CWORD]}\n"
        "  prev=${COMP_WORDS[COMP_CWORD-1]}\n"
        "  cmd=${COMP_WORDS[1]}\n"
        "  if [ \"$COMP_CWORD\" -eq 1 ]; then\n";
    out +=
        fmt::format("    COMPREPLY=($(compgen -W \"{} help -V --version -h --help\" -- \"$cur\"))\n    return\n  fi\n",
                    fmt::join(names, " "));
    // "--set rsu.vesting=<Tab>": bash splits the word at '=' (COMP_WORDBREAKS).
    out +=
        "  local path=\n"
        "  if [ \"$cur\" = \"=\" ] && [ \"${COMP_WORDS[COMP_CWORD-2]}\" = --set ]; then path=$prev; cur=\n"
        "  elif [ \"$prev\" = \"=\" ] && [ \"${COMP_WORDS[COMP_CWORD-3]}\" = --set ]; then "
        "path=${COMP_WORDS[COMP_CWORD-2]}\n  fi\n"
        "  if [ -n \"$path\" ]; then\n    case \"$path\" in\n";
    for (const auto& [path, values] : set_values())
        out += fmt::format("      {}) COMPREPLY=($(compgen -W \"{}\" -- \"$cur\")) ;;\n", path, fmt::join(values, " "));
    out += "    esac\n    return\n  fi\n";
    out += "  case \"$prev\" in\n";
    // A --set path ends in '=': no space after it, and no filename quoting of the '='.
    out += "    --set) compopt +o filenames -o nospace 2>/dev/null; COMPREPLY=($(compgen -W \"" +
           fmt::format("{}", fmt::join(choices_of("--set"), " ")) + "\" -- \"$cur\")); return ;;\n";
    std::map<std::string, std::vector<std::string>> choices;
    for (const CommandDoc& d : docs)
        for (const OptionDoc& o : d.options)
            if (!o.choices.empty() && o.names.back() != "--set") choices[o.names.back()] = o.choices;
    for (const auto& [flag, values] : choices)
        out += fmt::format("    {}) COMPREPLY=($(compgen -W \"{}\" -- \"$cur\")); return ;;\n", flag,
                           fmt::join(values, " "));
    out += "    -o|--output) COMPREPLY=($(compgen -f -- \"$cur\")); return ;;\n  esac\n  case \"$cmd\" in\n";
    for (const CommandDoc& d : docs) {
        out +=
            fmt::format("    {})\n      if [[ \"$cur\" == -* ]]; then COMPREPLY=($(compgen -W \"{}\" -- \"$cur\")); ",
                        d.name, flags_of(d));
        if (d.files)
            out += "else COMPREPLY=($(compgen -f -X '!*.json' -- \"$cur\") $(compgen -d -- \"$cur\")); fi ;;\n";
        else if (!d.words.empty())
            out += fmt::format("else COMPREPLY=($(compgen -W \"{}\" -- \"$cur\")); fi ;;\n", fmt::join(d.words, " "));
        else out += "fi ;;\n";
    }
    out += "    help) COMPREPLY=($(compgen -W \"" + fmt::format("{}", fmt::join(names, " ")) +
           "\" -- \"$cur\")) ;;\n  esac\n}\ncomplete -o filenames -F _offercalc offercalc\n";
    return out;
}

/// Text for zsh's _arguments inside single quotes: brackets and colons escaped, and a
/// single quote closed, escaped and reopened.
std::string zsh_text(std::string_view s) {
    std::string out;
    for (char ch : s) {
        if (ch == '\'') out += "'\\''";
        else if (ch == '[' || ch == ']' || ch == ':' || ch == '\\') out += std::string("\\") + ch;
        else out += ch;
    }
    return out;
}

std::string zsh_completion(const std::vector<CommandDoc>& docs) {
    std::string out =
        "#compdef offercalc\n# zsh completion for offercalc, generated by 'offercalc completion zsh'\n\n"
        "_offercalc() {\n  local -a commands\n  commands=(\n";
    for (const CommandDoc& d : docs) out += fmt::format("    '{}:{}'\n", d.name, zsh_text(d.help));
    out +=
        "  )\n  if (( CURRENT == 2 )); then\n    _describe -t commands 'offercalc command' commands\n    return\n"
        "  fi\n  local cmd=${words[2]}\n  shift words\n  (( CURRENT-- ))\n  case $cmd in\n";
    for (const CommandDoc& d : docs) {
        out += fmt::format("    {})\n      _arguments -s \\\n", d.name);
        for (const OptionDoc& o : d.options) {
            const std::string names = o.names.size() == 1 ? o.names[0] : fmt::format("{{{}}}", fmt::join(o.names, ","));
            const std::string excl = o.names.size() == 1 ? "" : fmt::format("({})", fmt::join(o.names, " "));
            std::string value;
            if (o.takes_value)
                value = o.choices.empty() ? (o.names.back() == "--output" ? ":file:_files" : ":value:")
                                          : fmt::format(":value:({})", fmt::join(o.choices, " "));
            out += fmt::format("        '{}'{}'[{}]{}' \\\n", excl, names, zsh_text(o.help), value);
        }
        out += d.files ? "        '*:offer file:_files -g \"*.json\"'\n      ;;\n" : "        \n      ;;\n";
    }
    out += "  esac\n}\n\n_offercalc \"$@\"\n";
    return out;
}

/// fish's quoting: single quotes, with backslash and quote escaped.
std::string fish_text(std::string_view s) {
    std::string out = "'";
    for (char ch : s) {
        if (ch == '\'' || ch == '\\') out += '\\';
        out += ch;
    }
    return out + "'";
}

std::string fish_completion(const std::vector<CommandDoc>& docs) {
    std::vector<std::string> names;
    for (const CommandDoc& d : docs) names.push_back(d.name);
    std::string out =
        "# fish completion for offercalc, generated by 'offercalc completion fish'\ncomplete -c offercalc -f\n";
    const std::string all = fmt::format("{}", fmt::join(names, " "));
    for (const CommandDoc& d : docs)
        out += fmt::format("complete -c offercalc -n 'not __fish_seen_subcommand_from {}' -a {} -d {}\n", all, d.name,
                           fish_text(d.help));
    for (const CommandDoc& d : docs) {
        const std::string when = fmt::format("-n '__fish_seen_subcommand_from {}'", d.name);
        if (d.files) out += fmt::format("complete -c offercalc {} -F\n", when);
        for (const OptionDoc& o : d.options) {
            std::string line = "complete -c offercalc " + when;
            for (const std::string& n : o.names)
                line += n.rfind("--", 0) == 0 ? " -l " + n.substr(2) : " -s " + n.substr(1);
            if (o.takes_value)
                line += o.choices.empty()
                            ? " -r"
                            : fmt::format(" -x -a {}", fish_text(fmt::format("{}", fmt::join(o.choices, " "))));
            line += " -d " + fish_text(o.help);
            out += line + "\n";
        }
    }
    return out;
}

}  // namespace

void setup_manpage(CLI::App& sub, Action& action) {
    sub.callback([&action] {
        action = [] {
            emit(manpage());
            return 0;
        };
    });
}

void setup_completion(CLI::App& sub, Action& action) {
    auto shell = std::make_shared<std::string>();
    sub.add_option("shell", *shell, "bash, zsh or fish")
        ->required()
        ->check(CLI::IsMember(std::vector<std::string>{"bash", "zsh", "fish"}));
    sub.callback([shell, &action] {
        action = [shell] {
            const auto docs = describe();
            emit(*shell == "bash"  ? bash_completion(docs)
                 : *shell == "zsh" ? zsh_completion(docs)
                                   : fish_completion(docs));
            return 0;
        };
    });
}

}  // namespace offercalc::cli
