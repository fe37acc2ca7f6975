// The tax table's reader: JSON to exact figures, each checked.

#include "tax/table.hpp"

#include <cmath>

#include <nlohmann/json.hpp>

#include "offercalc/error.hpp"
#include "core/wide.hpp"

namespace offercalc {

namespace {
const char* kFilingNames[] = {"single", "married_joint", "married_separate", "head_of_household"};
}  // namespace

const char* to_string(Filing f) { return kFilingNames[detail::idx(f)]; }

namespace detail {

namespace {

using json = nlohmann::json;

[[noreturn]] void bad_table(const std::string& what) { throw Error(kExitSoftware, "built-in tax table: " + what); }

/// A figure of the table as an exact integer: dollars as cents, percents as rates.
std::int64_t scaled(const json& v, double scale, const std::string& where) {
    if (!v.is_number()) bad_table(where + " is not a number");
    const double x = v.get<double>() * scale;
    const double r = std::round(x);
    if (std::fabs(x - r) > 1e-6 || std::fabs(r) > 9e15) bad_table(where + " is not exact");
    return static_cast<std::int64_t>(r);
}
std::int64_t cents(const json& v, const std::string& where) { return scaled(v, 100.0, where); }
std::int64_t rate(const json& v, const std::string& where) { return scaled(v, 1e6, where); }

/// A value per filing status: {"single": x, ...} (all four) or {"all": x}.
template <typename F>
auto by_filing(const json& v, const std::string& where, F&& read) {
    ByFiling<decltype(read(v, where))> out{};
    if (!v.is_object()) bad_table(where + " is not an object");
    if (v.contains("all")) {
        out.fill(read(v.at("all"), where + ".all"));
        return out;
    }
    for (Filing f : kFilings) {
        const char* key = to_string(f);
        if (!v.contains(key)) bad_table(where + " has no " + key);
        out[idx(f)] = read(v.at(key), where + "." + key);
    }
    return out;
}

/// [[from, value], ...] starting at 0 and rising; value read by `second`.
template <typename F>
std::vector<Bracket> read_brackets_as(const json& v, const std::string& where, F&& second) {
    std::vector<Bracket> out;
    if (!v.is_array() || v.empty()) bad_table(where + " is not a list of brackets");
    for (const json& b : v) {
        if (!b.is_array() || b.size() != 2) bad_table(where + " has a bracket that is not [from, value]");
        out.push_back({cents(b[0], where), second(b[1], where)});
        if (out.size() == 1 ? out.back().from != 0 : out.back().from <= out[out.size() - 2].from)
            bad_table(where + ": brackets must start at 0 and rise");
    }
    return out;
}
std::vector<Bracket> read_brackets(const json& v, const std::string& where) { return read_brackets_as(v, where, rate); }
std::vector<Step> read_steps(const json& v, const std::string& where) {
    std::vector<Step> out;
    for (const Bracket& b : read_brackets_as(v, where, cents)) out.push_back({b.from, b.rate});
    return out;
}

std::vector<Step> read_rate_steps(const json& v, const std::string& where) {
    std::vector<Step> out;
    for (const Bracket& b : read_brackets(v, where)) out.push_back({b.from, b.rate});
    return out;
}

/// {"schedule": brackets} | {"over", "width"} | {"over", "step", "per_step" or
/// "step_percent", "round": "up" or "down"}, each with an optional "floor".
PhaseOut read_phase_out(const json& v, const std::string& where) {
    PhaseOut p;
    using K = PhaseOut::Kind;
    if (v.contains("schedule")) {
        p.kind = K::Schedule;
        p.schedule = by_filing(v["schedule"], where + ".schedule", read_brackets);
    } else {
        p.over = by_filing(v.at("over"), where + ".over", cents);
        if (v.contains("width")) {
            p.kind = K::Width;
            p.width = by_filing(v["width"], where + ".width", cents);
        } else {
            p.kind = K::Steps;
            p.step = by_filing(v.at("step"), where + ".step", cents);
            if (v.contains("step_percent")) p.step_rate = rate(v["step_percent"], where + ".step_percent");
            else p.per_step = by_filing(v.at("per_step"), where + ".per_step", cents);
            const std::string round = v.value("round", "up");
            if (round != "up" && round != "down") bad_table(where + ".round is not up or down");
            p.round_up = round == "up";
        }
    }
    if (v.contains("floor")) p.floor = by_filing(v["floor"], where + ".floor", cents);
    for (std::size_t i = 0; i < 4; ++i)
        if ((p.kind == K::Width && p.width[i] <= 0) || (p.kind == K::Steps && p.step[i] <= 0))
            bad_table(where + ": a width or step must be above 0");
    return p;
}

std::vector<TaxAddition> read_additions(const json& v, const std::string& where) {
    std::vector<TaxAddition> out;
    for (const json& a : v) {
        TaxAddition t;
        t.on_taxable = a.value("on", "income") == "taxable";
        t.over = by_filing(a.at("over"), where + ".over", cents);
        t.max = by_filing(a.at("max"), where + ".max", cents);
        if (a.contains("step")) {
            t.step = by_filing(a["step"], where + ".step", cents);
            t.per_step = by_filing(a.at("per_step"), where + ".per_step", cents);
        }
        out.push_back(t);
    }
    return out;
}

/// The states' own additions to and subtractions from income.
void read_adjustments(const json& v, const std::string& where, IncomeTax& t) {
    if (v.contains("federal_tax_subtraction")) {
        const json& f = v["federal_tax_subtraction"];
        const std::string w = where + ".federal_tax_subtraction";
        t.federal_tax_subtraction = true;
        if (f.contains("cap_by_agi")) t.federal_tax_cap = by_filing(f["cap_by_agi"], w, read_steps);
        if (f.contains("share_by_agi")) t.federal_tax_share = by_filing(f["share_by_agi"], w, read_rate_steps);
    }
    if (v.contains("deduction_addback")) {
        const json& a = v["deduction_addback"];
        t.addback_from = cents(a.at("agi_at_least"), where + ".deduction_addback");
        t.addback_over = by_filing(a.at("over"), where + ".deduction_addback.over", cents);
    }
    if (v.contains("fica_deduction"))
        t.fica_deduction_max = cents(v["fica_deduction"].at("max"), where + ".fica_deduction");
}

/// A credit that shrinks by a rate of income above a threshold (Utah's taxpayer credit:
/// 1.3% of income over the threshold), instead of in steps.
void read_rate_phase_out(const json& p, IncomeTax& t, const std::string& where) {
    t.credit_over = by_filing(p.at("over"), where + ".over", cents);
    t.credit_phase_rate = rate(p.at("rate"), where + ".rate");
}

IncomeTax read_income(const json& v, const std::string& where) {
    IncomeTax t;
    if (v.value("no_income_tax", false)) return t;
    t.none = false;
    t.from_federal_taxable = v.value("start", "") == "federal_taxable";
    t.brackets = by_filing(v.at("brackets"), where + ".brackets", read_brackets);
    if (v.contains("standard_deduction")) {
        const json& d = v["standard_deduction"];
        t.deduction = by_filing(d.contains("amount") ? d["amount"] : d, where + ".standard_deduction", cents);
        if (d.contains("phase_out"))
            t.deduction_phase_out = read_phase_out(d["phase_out"], where + ".standard_deduction.phase_out");
    }
    if (v.contains("exemption")) {
        const json& e = v["exemption"];
        if (e.contains("by_income"))
            t.exemption_by_income = by_filing(e["by_income"], where + ".exemption.by_income", read_steps);
        else t.exemption = by_filing(e.at("amount"), where + ".exemption", cents);
        if (e.contains("phase_out"))
            t.exemption_phase_out = read_phase_out(e["phase_out"], where + ".exemption.phase_out");
        if (e.contains("none_over")) {
            const auto over = by_filing(e["none_over"], where + ".exemption.none_over", cents);
            for (Filing f : kFilings) t.exemption_none_over[idx(f)] = over[idx(f)];
        }
    }
    if (v.contains("surtax")) {
        t.surtax_rate = rate(v["surtax"].at("rate"), where + ".surtax");
        const json& over = v["surtax"].at("over");
        t.surtax_over = over.is_object() ? by_filing(over, where + ".surtax.over", cents) : ByFiling<std::int64_t>{};
        if (!over.is_object()) t.surtax_over.fill(cents(over, where + ".surtax.over"));
    }
    if (v.contains("tax_additions")) t.additions = read_additions(v["tax_additions"], where + ".tax_additions");
    if (v.contains("credit")) {
        const json& c = v["credit"];
        if (c.contains("share_by_income"))
            t.credit_share = by_filing(c["share_by_income"], where + ".credit.share_by_income", read_rate_steps);
        else t.credit = by_filing(c.at("amount"), where + ".credit", cents);
        if (c.contains("none_over")) {
            const auto over = by_filing(c["none_over"], where + ".credit.none_over", cents);
            for (Filing f : kFilings) t.credit_none_over[idx(f)] = over[idx(f)];
        }
        if (c.contains("phase_out") && c["phase_out"].contains("rate")) {
            read_rate_phase_out(c["phase_out"], t, where + ".credit.phase_out");
        } else if (c.contains("phase_out")) {
            const json& p = c["phase_out"];
            t.credit_phases_out = true;
            t.credit_over = by_filing(p.at("over"), where + ".credit.over", cents);
            t.credit_step = by_filing(p.at("step"), where + ".credit.step", cents);
            t.credit_per_step = by_filing(p.at("per_step"), where + ".credit.per_step", cents);
        }
    }
    if (v.contains("recapture")) {
        t.recapture_over = cents(v["recapture"].at("over"), where + ".recapture");
        t.recapture_width = cents(v["recapture"].at("width"), where + ".recapture");
    }
    read_adjustments(v, where, t);
    if (v.contains("supplemental")) {
        const json& s = v["supplemental"];
        t.supplemental_rate = rate(s.at("rate"), where + ".supplemental");
        if (s.contains("other_rate")) t.other_supplemental_rate = rate(s["other_rate"], where + ".supplemental");
    }
    return t;
}

Place read_place(const std::string& code, const json& v, const std::string& where) {
    Place p;
    p.code = code;
    p.name = v.at("name").get<std::string>();
    p.source = v.at("source").get<std::string>();
    p.figures_year = v.value("figures_year", 0);
    p.income = read_income(v, where);
    const std::string base = v.value("base", "state_taxable");
    if (base == "wages") p.base = CityBase::Wages;
    else if (base == "state_tax") p.base = CityBase::StateTax;
    else if (base != "state_taxable") bad_table(where + ".base is not state_taxable, wages or state_tax");
    const json payroll = v.value("payroll", json::array());
    for (const json& prog : payroll) {
        PayrollProgram g;
        const std::string w = where + ".payroll";
        g.name = prog.at("name").get<std::string>();
        g.rate = rate(prog.value("rate", json(0)), w);
        if (prog.contains("amount")) g.amount = cents(prog["amount"], w);
        // A share of a premium: 1.13% x 71.43% is 0.807159%, exact in hundred-millionths.
        if (prog.contains("share")) {
            const i128 r = static_cast<i128>(g.rate) * rate(prog["share"], w);
            if (r % kRateOne != 0) bad_table(w + ": rate x share is not exact");
            g.rate = static_cast<std::int64_t>(r / kRateOne);
        }
        if (prog.contains("wage_base")) g.wage_base = cents(prog["wage_base"], w);
        if (prog.contains("max")) g.max = cents(prog["max"], w);
        if (!prog.contains("source")) bad_table(w + ": " + g.name + " has no source");
        p.payroll.push_back(std::move(g));
    }
    const json cities = v.value("cities", json::object());
    for (const auto& [city, c] : cities.items()) p.cities.emplace(city, read_place(city, c, where + ".cities." + city));
    return p;
}

SavingsRules read_savings(const json& v) {
    SavingsRules r;
    r.figures_year = v.at("figures_year").get<int>();
    const json& k = v.at("401k");
    r.k401_limit = cents(k.at("limit"), "savings.401k.limit");
    r.compensation_limit = cents(k.at("compensation_limit"), "savings.401k.compensation_limit");
    r.roth_catch_up_over = cents(k.at("roth_catch_up_over"), "savings.401k.roth_catch_up_over");
    for (const json& c : k.at("catch_up")) {
        if (!c.is_array() || c.size() != 2 || !c[0].is_number_integer())
            bad_table("savings.401k.catch_up: expected [age, amount]");
        r.catch_up.push_back({c[0].get<std::int64_t>(), cents(c[1], "savings.401k.catch_up")});
    }
    const json& h = v.at("hsa");
    r.hsa_self = cents(h.at("self"), "savings.hsa.self");
    r.hsa_family = cents(h.at("family"), "savings.hsa.family");
    r.hsa_catch_up = cents(h.at("catch_up"), "savings.hsa.catch_up");
    r.hsa_catch_up_age = h.at("catch_up_age").get<int>();
    if (!k.contains("source") || !h.contains("source")) bad_table("savings: a limit has no source");
    return r;
}

/// The states that tax savings the federal return excludes (savings.states_taxing).
void read_states_taxing(const json& v, Table& t) {
    for (const auto& [code, rule] : v.items()) {
        const auto it = t.states.find(code);
        if (it == t.states.end()) bad_table("savings.states_taxing." + code + " is not a state of the table");
        if (!rule.contains("source")) bad_table("savings.states_taxing." + code + " has no source");
        for (const json& kind : rule.at("kinds")) {
            const std::string k = kind.get<std::string>();
            if (k == "401k") it->second.taxes.k401 = true;
            else if (k == "hsa") it->second.taxes.hsa = true;
            else if (k == "other") it->second.taxes.other = true;
            else bad_table("savings.states_taxing." + code + ": \"" + k + "\" is not 401k, hsa or other");
        }
    }
}

AmtRules read_amt(const json& v) {
    AmtRules a;
    if (!v.contains("source")) bad_table("federal.amt has no source");
    a.exemption = by_filing(v.at("exemption"), "federal.amt.exemption", cents);
    const json& p = v.at("phase_out");
    a.phase_out_over = by_filing(p.at("over"), "federal.amt.phase_out.over", cents);
    a.phase_out_rate = rate(p.at("rate"), "federal.amt.phase_out.rate");
    a.rates = by_filing(v.at("rates"), "federal.amt.rates", read_brackets);
    return a;
}

}  // namespace

Table read_table(std::string_view text) {
    Table t;
    json j;
    try {
        j = json::parse(text);
        t.year = j.at("tax_year").get<int>();
        const json& fed = j.at("federal");
        t.federal = read_income(fed, "federal");
        const json& pay = fed.at("payroll");
        t.ss_rate = rate(pay.at("social_security").at("rate"), "social_security");
        t.ss_base = cents(pay.at("social_security").at("wage_base"), "social_security");
        t.medicare_rate = rate(pay.at("medicare").at("rate"), "medicare");
        const json& addl = pay.at("additional_medicare");
        t.addl_rate = rate(addl.at("rate"), "additional_medicare");
        t.addl_over = by_filing(addl.at("threshold"), "additional_medicare", cents);
        t.addl_withheld_over = cents(addl.at("withheld_over"), "additional_medicare");
        const json& supp = fed.at("supplemental");
        t.supp_rate = rate(supp.at("rate"), "supplemental");
        t.supp_high_rate = rate(supp.at("high_rate"), "supplemental");
        t.supp_high_over = cents(supp.at("high_over"), "supplemental");
        t.amt = read_amt(fed.at("amt"));
        for (const auto& [code, s] : j.at("states").items()) {
            t.states.emplace(code, read_place(code, s, "states." + code));
            t.codes.push_back(code);
        }
        t.savings = read_savings(j.at("savings"));
        read_states_taxing(j.at("savings").at("states_taxing"), t);
    } catch (const json::exception& e) {
        bad_table(e.what());
    }
    std::sort(t.codes.begin(), t.codes.end());
    return t;
}

}  // namespace detail

}  // namespace offercalc
