#include <cstdio>

#include <fmt/format.h>
#include <fmt/ranges.h>  // fmt::join (fmt 10 and later)

#include "commands.hpp"
#include "io.hpp"
#include "offercalc/error.hpp"
#include "offercalc/summary.hpp"
#include "offercalc/parse.hpp"
#include "offercalc/show.hpp"
#include "offercalc/schema.hpp"
#include "offercalc/tax.hpp"

namespace offercalc::cli {

namespace {

/// "PATH=VALUE" for --set; a usage error when there is no '='.
Override parse_set(const std::string& text) {
    const auto eq = text.find('=');
    if (eq == std::string::npos || eq == 0)
        throw usage_error(fmt::format("--set: invalid value \"{}\"; expected PATH=VALUE, e.g. rsu.vesting=even-annual",
                                      text));
    return {text.substr(0, eq), text.substr(eq + 1)};
}

}  // namespace

std::string error_text(const Error& e) {
    const std::string& subject = e.subject();
    if (subject.empty()) return e.what();
    for (const FieldFlag& f : kFieldFlags)
        if (subject == spec(f.field).path) return fmt::format("{}: {}", f.flag, e.detail());
    if (subject == spec(Field::Volatility).path) return "--volatility: " + e.detail();
    if (subject == "paths" || subject == "correlation" || subject == "confidence")
        return fmt::format("--{}: {}", subject, e.detail());
    if (subject == "leave month") return "--after: " + e.detail();
    if (subject == "format") return "--format: " + e.detail();
    if (subject == "target") return "--target: " + e.detail();
    if (subject == "tax.filing" || subject == "tax.state" || subject == "tax.city")
        return fmt::format("--{}: {}", subject.substr(4), e.detail());
    if (subject.rfind("override ", 0) == 0) return fmt::format("--set {}: {}", subject.substr(9), e.detail());
    return e.what();
}

WhatIf WhatIfFlags::resolve() const {
    WhatIf w;
    for (const FieldSpec& f : kFields) {
        const std::optional<std::string>& text = values[static_cast<std::size_t>(f.field)];
        if (text) w[f.field] = f.percent ? parse_percent_adjustment(*text, f.field) : parse_money_adjustment(*text, f.field);
    }
    if (convention) {
        if (*convention == "vest_date") w.convention = Convention::VestDate;
        else if (*convention == "recruiter") w.convention = Convention::Recruiter;
        else throw usage_error(fmt::format("--convention: invalid value \"{}\"; expected vest_date or recruiter",
                                           *convention));
    }
    for (const std::string& s : sets) w.sets.push_back(parse_set(s));
    return w;
}

Money amount_flag(const std::string& text, const char* flag) {
    const auto m = parse_amount(text);
    if (!m) throw usage_error(fmt::format("{}: invalid amount \"{}\"; accepted forms: 1000000, 1M, $1,000,000",
                                          flag, text));
    return *m;
}

void add_whatif_flags(CLI::App& sub, WhatIfFlags& f, const char* group_note) {
    const std::string g = fmt::format("What-if ({})", group_note);
    for (const FieldFlag& ff : kFieldFlags)
        sub.add_option(ff.flag, f.values[static_cast<std::size_t>(ff.field)],
                       fmt::format("{} ({})", ff.help, spec(ff.field).percent ? kPercentForms : kMoneyForms))
            ->group(g);
    sub.add_option("--convention", f.convention, "growth convention: vest_date or recruiter")->group(g);
    sub.add_option("--set", f.sets, "set any offer field: PATH=VALUE, e.g. rsu.vesting=even-annual")->group(g);
}

void add_tax_flags(CLI::App& sub, TaxFlags& f) {
    const char* g = "After tax";
    sub.add_flag("--after-tax", f.after_tax,
                 "net figures beside gross: federal, FICA, state, city and state payroll taxes (estimates)")
        ->group(g);
    sub.add_option("--filing", f.filing,
                   "filing status: single, married_joint, married_separate or head_of_household")
        ->group(g);
    sub.add_option("--state", f.state, "state whose taxes apply, two letters (WA, CA, NY...)")->group(g);
    sub.add_option("--city", f.city, "city tax (NYC); --city '' for none")->group(g);
}

void TaxFlags::apply(Projected& p) const {
    if (filing || state || city) {
        TaxProfile t = p.offer.tax.value_or(TaxProfile{});
        if (filing) {
            const auto f = filing_from(*filing);
            if (!f)
                throw usage_error(fmt::format("--filing: invalid value \"{}\"; expected single, married_joint, "
                                              "married_separate or head_of_household",
                                              *filing));
            t.filing = *f;
        }
        if (state && *state != t.state) {
            t.state = *state;
            t.city.clear();  // a city belongs to its state
        }
        if (city) t.city = *city;
        check_profile(t);  // its errors name the flag (error_text)
        p.offer.tax = t;
    }
    if (after_tax) add_after_tax(p);
}

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
enum class Report { Show, Summary };

void setup_report(CLI::App& sub, Action& action, Report report) {
    auto o = std::make_shared<ShowOptions>();
    sub.add_option("files", o->files, "offer files (JSON); - reads standard input")->required();
    CLI::Option* json = sub.add_flag("--json", o->json,
                                  report == Report::Summary ? "one JSON object per offer per line instead"
                                                            : "print the stable JSON form instead");
    CLI::Option* format = sub.add_option("--format", o->format,
                                      "one line per offer from a template, e.g. '{name}: {total:raw}' "
                                      "(fields in the README, 'summary --format')");
    format->excludes(json);
    if (report == Report::Summary)
        sub.add_flag("--exact", o->exact, "amounts to the cent instead of compact ($175,000.00, not $175k)")
            ->excludes(json);
    sub.add_option("--years", o->years, "years to project (1 to 10)")->check(CLI::Range(1, kMaxYears));
    add_whatif_flags(sub, o->whatif, "applied to every file");
    add_tax_flags(sub, o->tax);
    sub.callback([o, report, &action] {
        action = [o, report] {
            std::optional<LineFormat> line;
            if (o->format) line.emplace(*o->format);  // a bad template fails before any file is read
            auto offers = load_offers(o->files, o->whatif.resolve(), o->years);
            o->tax.apply(offers);
            std::string out;
            if (o->json && report == Report::Summary) {
                for (const Projected& p : offers) out += summary_json(p);
            } else if (o->json) {
                out = offers_json(offers);
            } else {
                for (std::size_t i = 0; i < offers.size(); ++i) {
                    if (line) out += line->apply(offers[i]);
                    else if (report == Report::Summary) out += render_summary_line(offers[i], o->exact);
                    else out += (i ? "\n" : "") + render_show(offers[i]);
                }
            }
            emit(out);
            return 0;
        };
    });
}

}  // namespace

void setup_show(CLI::App& sub, Action& action) { setup_report(sub, action, Report::Show); }

void setup_summary(CLI::App& sub, Action& action) { setup_report(sub, action, Report::Summary); }

void setup_presets(CLI::App& sub, Action& action) {
    auto json = std::make_shared<bool>(false);
    sub.add_flag("--json", *json, "print JSON instead: each preset's yearly percents and tranches");
    sub.callback([json, &action] {
        action = [json] {
            emit(*json ? presets_json() : render_presets());
            return 0;
        };
    });
}

void setup_validate(CLI::App& sub, Action& action) {
    auto files = std::make_shared<std::vector<std::string>>();
    auto strict = std::make_shared<bool>(false), json = std::make_shared<bool>(false);
    sub.add_option("files", *files, "offer files (JSON); - reads standard input")->required();
    sub.add_flag("--strict", *strict, "treat warnings (a percent between 0 and 1) as errors");
    sub.add_flag("--json", *json, "one JSON object with a verdict per file, on standard output");
    sub.callback([files, strict, json, &action] {
        action = [files, strict, json] {
            // Every file is checked; each bad one gets its error line (or JSON entry),
            // and the exit code is the worst (highest) of them.
            int status = kExitOk;
            std::vector<std::string> items;
            for (const std::string& f : *files) {
                std::string error;
                std::vector<std::string> warnings;
                try {
                    const Offer o = read_offer_file(f, {}, !*strict && !*json);
                    project(o, kMaxYears);
                    warnings = o.warnings;
                    if (*strict && !o.warnings.empty())  // one line: the first warning, as the error
                        throw data_error(o.warnings.front() + " (validate --strict)");
                } catch (const Error& e) {
                    error = error_text(e);
                    if (!*json) std::fprintf(stderr, "offercalc: error: %s\n", error.c_str());
                    status = std::max<int>(status, e.status());
                }
                std::vector<std::string> quoted;
                for (const std::string& w : warnings) quoted.push_back(json_string(w));
                items.push_back(fmt::format("{{\"file\": {}, \"valid\": {}, \"error\": {}, \"warnings\": [{}]}}",
                                            json_string(f), error.empty(), error.empty() ? "null" : json_string(error),
                                            fmt::join(quoted, ", ")));
            }
            if (*json) emit(fmt::format("{}\"files\": [{}]}}\n", json_head(), fmt::join(items, ", ")));
            return status;
        };
    });
}

}  // namespace offercalc::cli
