// `offercalc leave`: what you keep, forfeit and repay if you leave after N months.

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>  // fmt::join (fmt 10 and later)

#include "commands.hpp"
#include "flags.hpp"
#include "input.hpp"
#include "output.hpp"
#include "terminal.hpp"
#include "offercalc/error.hpp"
#include "offercalc/scenarios.hpp"
#include "offercalc/schema.hpp"
#include "offercalc/show.hpp"
#include "offercalc/summary.hpp"

namespace offercalc::cli {

namespace {

struct LeaveFlags {
    std::string file;
    std::optional<int> after;
    bool json = false;
    WhatIfFlags whatif;
};

std::string leave_json(const LeaveResult& r) {
    return fmt::format("{{\"month\": {}, \"paid\": {{\"base\": {}, \"sign_on\": {}, \"bonus\": {}, \"other\": {}}}, "
                       "\"vested\": {}, \"forfeited\": {{\"equity\": {}, \"sign_on\": {}, \"bonus\": {}}}, \"repaid\": {}, "
                       "\"kept\": {}}}",
                       r.month, r.base.plain(), r.sign_on.plain(), r.bonus.plain(), r.other.plain(), r.vested.plain(),
                       r.forfeited_equity.plain(), r.forfeited_sign_on.plain(), r.forfeited_bonus.plain(),
                       r.repaid.plain(), r.kept().plain());
}

int run_leave(const LeaveFlags& f) {
    const Projected p = load_offers({f.file}, f.whatif.resolve(), kDefaultYears).front();
    const Offer& o = p.offer;
    std::optional<LeaveResult> at;
    if (f.after) at = leave(o, *f.after);
    std::vector<LeaveResult> table;
    for (int m : kLeaveMonths) table.push_back(leave(o, m));
    std::string s;
    if (f.json) {
        std::vector<std::string> rows;
        for (const LeaveResult& r : table) rows.push_back(leave_json(r));
        s = fmt::format("{}\"name\": {}, \"sign_on_paid\": \"{}\", \"clawback\": {}, \"after\": {}, \"table\": [{}]}}\n",
                        json_head(), json_string(o.name), to_string(o.sign_on_paid), o.sign_on_clawback,
                        at ? leave_json(*at) : "null", fmt::join(rows, ", "));
        emit(s);
        return 0;
    }
    const bool lump = o.sign_on_paid == SignOnPaid::Lump;
    s = fmt::format("{}: leaving early (sign-on paid {}; {})\n", o.name,
                    lump ? "as a lump sum at the start of its year" : "in 12 monthly instalments a year",
                    !o.sign_on_clawback ? (lump ? "kept if you leave" : "unpaid instalments stop")
                    : lump              ? "repaid pro rata by month if you leave inside its year"
                                        : "unpaid instalments stop, so the clawback takes nothing back");
    for (const std::string& a : p.adjustments) s += fmt::format("adjusted: {}\n", a);
    if (at) {
        const LeaveResult& r = *at;
        s += fmt::format("\nLeaving after {} months:\n", r.month);
        s += fmt::format("  paid:      base {}, sign-on {}, bonus {}, other {}\n", r.base, r.sign_on, r.bonus, r.other);
        s += fmt::format("  vested:    {} of equity\n", r.vested);
        s += fmt::format("  forfeited: {} of unvested equity, {} of unpaid sign-on, {} of this year's bonus\n",
                         r.forfeited_equity, r.forfeited_sign_on, r.forfeited_bonus);
        s += fmt::format("  repaid:    {}\n", r.repaid);
        s += fmt::format("  kept:      {}\n", r.kept());
    }
    s += fmt::format("\n{:>5}{:>14}{:>14}{:>14}{:>14}{:>14}{:>14}{:>14}\n", "month", "cash paid", "vested",
                     "lost equity", "lost sign-on", "lost bonus", "repaid", "kept");
    for (const LeaveResult& r : table)
        s += fmt::format("{:>5}{:>14}{:>14}{:>14}{:>14}{:>14}{:>14}{:>14}\n", r.month,
                         r.base + r.sign_on + r.bonus + r.other, r.vested, r.forfeited_equity, r.forfeited_sign_on,
                         r.forfeited_bonus, r.repaid, r.kept());
    emit(s);
    return 0;
}

}  // namespace

void setup_leave(CLI::App& sub, Action& action) {
    auto lv = std::make_shared<LeaveFlags>();
    sub.add_option("file", lv->file, "the offer file")->required();
    sub.add_option("--after", lv->after, "months worked before leaving (1 to 120)")->check(CLI::Range(1, 120));
    sub.add_flag("--json", lv->json, "print JSON instead");
    add_whatif_flags(sub, lv->whatif, "applied to the offer");
    sub.callback([lv, &action] { action = [lv] { return run_leave(*lv); }; });

}

}  // namespace offercalc::cli
