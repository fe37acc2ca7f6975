// `offercalc check`: exit 0 when every condition holds, 1 when one does not.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "commands.hpp"
#include "flags.hpp"
#include "input.hpp"
#include "output.hpp"
#include "terminal.hpp"
#include "offercalc/error.hpp"
#include "offercalc/scenarios_text.hpp"

namespace offercalc::cli {

namespace {

struct CheckFlags {
    std::string file;
    std::optional<std::string> against, floor, target, year1;
    bool json = false;
    int years = kDefaultYears;
    WhatIfFlags whatif;
    TaxFlags tax;
};

int run_check(const CheckFlags& f) {
    // The what-ifs change the offer only; an option price counts both files' options.
    std::vector<std::string> files = {f.file};
    if (f.against) files.push_back(*f.against);
    std::vector<Projected> loaded = load_offers(files, f.whatif.resolve(), f.years, true);
    Projected& me = loaded.front();
    f.tax.apply(me);
    CheckConditions c;
    // Conditions given as flags are what is checked; the file's floor and target only
    // when no condition flag is given.
    const bool flags_given = f.floor || f.target || f.year1 || f.against;
    c.floor = f.floor ? amount_flag(*f.floor, "--floor") : flags_given ? std::nullopt : me.offer.floor;
    c.target = f.target ? amount_flag(*f.target, "--target") : flags_given ? std::nullopt : me.offer.target;
    if (f.year1) c.year1_at_least = amount_flag(*f.year1, "--year1-at-least");
    if (f.against) {
        Projected& other = loaded.back();
        f.tax.apply(other);
        c.against_total = other.after_tax ? other.after_tax->net_total : other.projection.sum.total;
        c.against_name = other.offer.name;
    }
    c.after_tax = me.after_tax ? &*me.after_tax : nullptr;
    const CheckResult r = check(me.offer, me.projection, c);
    emit(f.json ? check_json(me.offer.name, r) : render_check(r, terminal_columns()));
    return r.held ? kExitOk : kExitCheckFailed;
}

}  // namespace

void setup_check(CLI::App& sub, Action& action) {
    auto ck = std::make_shared<CheckFlags>();
    sub.add_option("file", ck->file, "the offer file")->required();
    sub.add_option("--against", ck->against, "holds when the offer's total is at least this offer's");
    sub.add_option(
        "--floor", ck->floor,
        "holds when the total is at least this; with no condition flag, the file's floor and target are checked");
    sub.add_option("--target", ck->target, "holds when the total is at least this");
    sub.add_option("--year1-at-least", ck->year1,
                   "holds when year one pays at least this (with --after-tax every condition weighs net pay)");
    sub.add_flag("--json", ck->json, "one JSON object instead of the line (same exit code)");
    sub.add_option("--years", ck->years, "years to project (1 to 10)")->check(whole_range(1, kMaxYears));
    add_whatif_flags(sub, ck->whatif, "applied to the offer");
    add_tax_flags(sub, ck->tax);
    sub.callback([ck, &action] { action = [ck] { return run_check(*ck); }; });
}

}  // namespace offercalc::cli
