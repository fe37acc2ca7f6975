// `offercalc leave`: what you keep, forfeit and repay if you leave after N months.

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

struct LeaveFlags {
    std::string file;
    std::optional<int> after;
    bool json = false, exact = false;
    WhatIfFlags whatif;
};

int run_leave(const LeaveFlags& f) {
    const Projected p = load_offers({f.file}, f.whatif.resolve(), kDefaultYears).front();
    std::optional<LeaveResult> at;
    if (f.after) at = leave(p.offer, *f.after);
    std::vector<LeaveResult> table;
    for (int m : kLeaveMonths) table.push_back(leave(p.offer, m));
    emit(f.json ? leave_json(p.offer, at, table)
                : render_leave(p.offer, p.adjustments, at, table, terminal_columns(), f.exact));
    return 0;
}

}  // namespace

void setup_leave(CLI::App& sub, Action& action) {
    auto lv = std::make_shared<LeaveFlags>();
    sub.add_option("file", lv->file, "the offer file")->required();
    sub.add_option("--after", lv->after, "months worked before leaving (1 to 120)")->check(whole_range(1, 120));
    sub.add_flag("--json", lv->json, "print JSON instead");
    sub.add_flag("--exact", lv->exact, "amounts to the cent, however wide (else rounded to fit the terminal)");
    add_whatif_flags(sub, lv->whatif, "applied to the offer");
    sub.callback([lv, &action] { action = [lv] { return run_leave(*lv); }; });
}

}  // namespace offercalc::cli
