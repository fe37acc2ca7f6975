// The tax table (data/tax/YEAR.json, built in) and the arithmetic on it. Amounts are
// held in cents and rates in hundred-millionths (1% = 1,000,000), so a wage times a
// rate is exact in 128 bits; each tax line is rounded once, half away from zero.

#include "offercalc/tax.hpp"

#include <algorithm>
#include <cctype>
#include <array>
#include <cmath>
#include <map>
#include <memory>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "offercalc/error.hpp"
#include "offercalc/options_tax.hpp"
#include "offercalc/text.hpp"
#include "tax/federal.hpp"
#include "tax/table.hpp"
#include "tax/tax_data.hpp"
#include "core/wide.hpp"

namespace offercalc {

namespace {

using namespace detail;

const Table& table() {
    static const Table t = read_table(tax_table_json());
    return t;
}

/// Exact amounts: cents x rate, in units of a hundred-millionth of a cent.
using Exact = i128;

Money rounded(Exact x) { return Money::cents(round_half_away(x, kRateOne)); }
Exact exact(std::int64_t cents_amount) { return static_cast<Exact>(cents_amount) * kRateOne; }

Exact bracket_tax(std::int64_t taxable, const std::vector<Bracket>& brackets) {
    Exact sum = 0;
    for (std::size_t i = 0; i < brackets.size() && taxable > brackets[i].from; ++i) {
        const std::int64_t top = i + 1 < brackets.size() ? std::min(taxable, brackets[i + 1].from) : taxable;
        sum += static_cast<Exact>(top - brackets[i].from) * brackets[i].rate;
    }
    return sum;
}

/// New York's tax computation worksheets: above the recapture threshold of income, the
/// benefit of the brackets below the one taxable income falls in is taken back over
/// the next $50,000 of income (the fraction rounded to four places), until the whole
/// income is taxed at that bracket's rate. The first bracket recaptured is the one
/// income just above the threshold falls in (the 6% bracket for head of household,
/// whose 6% bracket starts at the threshold); the benefit already taken back below a
/// higher bracket (the worksheets' recapture base) is in whole dollars, as they print it.
Exact recaptured_tax(std::int64_t taxable, std::int64_t income, const IncomeTax& t, const std::vector<Bracket>& b) {
    const Exact regular = bracket_tax(taxable, b);
    if (!t.recapture_over || income <= *t.recapture_over || taxable <= 0) return regular;
    std::size_t first = 0;
    while (first + 1 < b.size() && *t.recapture_over >= b[first + 1].from) ++first;
    std::size_t k = first;  // the bracket taxable income falls in, from the first recaptured on
    while (k + 1 < b.size() && taxable > b[k + 1].from) ++k;
    Exact base = 0;
    std::int64_t phase_from = *t.recapture_over;
    if (k > first) {
        constexpr std::int64_t dollar = 100 * kRateOne;
        base = static_cast<Exact>(dollar) *
               round_half_away(static_cast<Exact>(b[k].from) * b[k - 1].rate - bracket_tax(b[k].from, b), dollar);
        phase_from = b[k].from;
    }
    const Exact flat = static_cast<Exact>(taxable) * b[k].rate;
    const std::int64_t into = std::max<std::int64_t>(0, income - phase_from);
    const std::int64_t frac =
        into >= t.recapture_width ? 10'000 : round_half_away(static_cast<i128>(into) * 10'000, t.recapture_width);
    if (frac >= 10'000) return flat;
    // Inside the phase-in taxable income is under $25,050,000, so this fits 64 bits.
    const Exact extra = flat - regular - base;
    return regular + base + round_half_away(extra * frac, 10'000);
}

/// The credit after a phase-out at a rate of income, exact; never below zero.
Exact phased_credit(const IncomeTax& t, std::size_t i, std::int64_t wages, std::int64_t credit) {
    if (!t.credit_phase_rate || wages <= t.credit_over[i]) return exact(credit);
    const Exact cut = static_cast<Exact>(wages - t.credit_over[i]) * *t.credit_phase_rate;
    return std::max<Exact>(0, exact(credit) - cut);
}

struct IncomeResult {
    Exact tax = 0;
    std::int64_t taxable = 0;
};

/// What a state's income starts from beyond wages (cents): the federal return's
/// figures and the Social Security and Medicare paid.
struct FederalFigures {
    std::int64_t taxable = 0, deduction = 0, tax = 0, fica = 0;
};

/// The amount of a step schedule at `income`.
std::int64_t step_at(const std::vector<Step>& steps, std::int64_t income) {
    std::int64_t out = 0;
    for (const Step& s : steps)
        if (income >= s.from) out = s.amount;
    return out;
}

/// What the state subtracts from income beyond its standard deduction and exemption
/// (negative: an addition).
std::int64_t state_adjustments(const IncomeTax& t, std::size_t i, std::int64_t wages, const FederalFigures& fed) {
    std::int64_t out = 0;
    if (t.federal_tax_subtraction) {
        std::int64_t sub = fed.tax;
        if (!t.federal_tax_share[i].empty())
            sub = rounded(static_cast<Exact>(fed.tax) * step_at(t.federal_tax_share[i], wages)).in_cents();
        if (!t.federal_tax_cap[i].empty()) sub = std::min(sub, step_at(t.federal_tax_cap[i], wages));
        out += sub;
    }
    if (t.addback_from && wages >= *t.addback_from) out -= std::max<std::int64_t>(0, fed.deduction - t.addback_over[i]);
    if (t.fica_deduction_max) out += std::min(fed.fica, *t.fica_deduction_max);
    return out;
}

/// `amount` after its phase-out at `income`, in cents.
std::int64_t phased(std::int64_t amount, const PhaseOut& p, std::size_t i, std::int64_t income) {
    using K = PhaseOut::Kind;
    const std::int64_t excess = std::max<std::int64_t>(0, income - p.over[i]);
    Exact cut = 0;
    switch (p.kind) {
        case K::None: return amount;
        case K::Schedule: cut = bracket_tax(income, p.schedule[i]); break;
        case K::Width:
            cut = exact(round_half_away(static_cast<i128>(amount) * std::min(excess, p.width[i]), p.width[i]));
            break;
        case K::Steps: {
            const std::int64_t n = p.round_up ? (excess + p.step[i] - 1) / p.step[i] : excess / p.step[i];
            cut = p.step_rate
                      ? static_cast<Exact>(amount) * std::min<i128>(static_cast<i128>(n) * p.step_rate, kRateOne)
                      : exact(n * p.per_step[i]);
            break;
        }
    }
    return std::max(p.floor[i], amount - rounded(cut).in_cents());
}

/// Amounts added to the tax as income rises (TaxAddition), in cents.
std::int64_t tax_additions(const IncomeTax& t, std::size_t i, std::int64_t wages, std::int64_t taxable) {
    std::int64_t sum = 0;
    for (const TaxAddition& a : t.additions) {
        const std::int64_t base = a.on_taxable ? taxable : wages;
        if (base <= a.over[i]) continue;
        std::int64_t add = a.max[i];
        if (a.step[i] > 0) add = std::min(add, (base - a.over[i] + a.step[i] - 1) / a.step[i] * a.per_step[i]);
        sum += add;
    }
    return sum;
}

std::int64_t credit_of(const IncomeTax& t, std::size_t i, std::int64_t wages) {
    if (t.credit_none_over[i] && wages > *t.credit_none_over[i]) return 0;
    std::int64_t credit = t.credit[i];
    if (t.credit_phases_out && wages > t.credit_over[i]) {
        const std::int64_t steps = (wages - t.credit_over[i] + t.credit_step[i] - 1) / t.credit_step[i];
        credit = std::max<std::int64_t>(0, credit - steps * t.credit_per_step[i]);
    }
    return credit;
}

/// An income tax on wages; `fed` holds the federal figures a state may start from.
IncomeResult income_tax(const IncomeTax& t, Filing f, std::int64_t wages, const FederalFigures& fed) {
    IncomeResult r;
    if (t.none) return r;
    const std::size_t i = idx(f);
    const std::int64_t income = t.from_federal_taxable ? fed.taxable : wages;
    std::int64_t deduction =
        phased(t.deduction[i], t.deduction_phase_out, i, wages) + state_adjustments(t, i, wages, fed);
    const std::int64_t exemption =
        t.exemption_by_income[i].empty() ? t.exemption[i] : step_at(t.exemption_by_income[i], wages);
    if (!t.exemption_none_over[i] || wages <= *t.exemption_none_over[i])
        deduction += phased(exemption, t.exemption_phase_out, i, wages);
    r.taxable = std::max<std::int64_t>(0, income - deduction);
    r.tax = recaptured_tax(r.taxable, wages, t, t.brackets[i]) + exact(tax_additions(t, i, wages, r.taxable));
    if (t.surtax_rate && r.taxable > t.surtax_over[i])
        r.tax += static_cast<Exact>(r.taxable - t.surtax_over[i]) * t.surtax_rate;
    if (!t.credit_share[i].empty())
        r.tax -= exact(round_half_away(r.tax * step_at(t.credit_share[i], wages), kRateOne * kRateOne));
    r.tax = std::max<Exact>(0, r.tax - phased_credit(t, i, wages, credit_of(t, i, wages)));
    return r;
}

/// Income tax on a city's brackets, applied to the state's taxable income, to wages
/// or to the state's tax (Yonkers' surcharge).
Exact city_tax(const Place& city, Filing f, std::int64_t wages, const IncomeResult& state) {
    if (city.income.none) return 0;
    const auto& b = city.income.brackets[idx(f)];
    switch (city.base) {
        case CityBase::Wages: return bracket_tax(wages, b);
        case CityBase::StateTax: return bracket_tax(round_half_away(state.tax, kRateOne), b);
        case CityBase::StateTaxable: break;
    }
    return bracket_tax(state.taxable, b);
}

std::string upper(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

const Place& state_of(const TaxProfile& p) {
    const auto it = table().states.find(upper(p.state));
    if (it == table().states.end()) check_profile(p);  // throws
    return it->second;
}
const Place* city_of(const Place& state, const TaxProfile& p) {
    if (p.city.empty()) return nullptr;
    const auto it = state.cities.find(upper(p.city));
    if (it == state.cities.end()) check_profile(p);
    return &it->second;
}

/// Income taxes (federal, state, city) on `wages`, each rounded.
struct IncomeTaxes {
    Money federal, state, local;
};
/// Social Security and Medicare (without Additional Medicare) on wages, in cents.
std::int64_t fica_paid(std::int64_t wages) {
    const Table& t = table();
    return rounded(static_cast<Exact>(std::clamp<std::int64_t>(wages, 0, t.ss_base)) * t.ss_rate).in_cents() +
           rounded(static_cast<Exact>(std::max<std::int64_t>(0, wages)) * t.medicare_rate).in_cents();
}

/// A year's pre-tax savings and match, in cents.
struct YearSavings {
    std::int64_t k401 = 0, roth = 0, hsa = 0, other = 0, match = 0;
    SavingsCaps capped;
};

/// The savings out of a year's `base` (cents) of `gross` wages, in employment year
/// `year`: each capped at its IRS limit and at what is left of the base, the 401(k)
/// first; percents of base up to the plan compensation limit.
YearSavings savings_of(const std::optional<Savings>& s, std::int64_t base, std::int64_t gross, int year) {
    YearSavings out;
    if (!s) return out;
    const SavingsRules& r = table().savings;
    const std::optional<int> age = s->age ? std::optional<int>(*s->age + year - 1) : std::nullopt;
    const Money plan_pay = Money::cents(std::clamp<std::int64_t>(base, 0, r.compensation_limit));
    std::int64_t left = std::max<std::int64_t>(0, base);
    auto take = [&](std::int64_t want, std::int64_t limit, bool& over_limit) {
        over_limit = want > limit;
        std::int64_t v = std::min(want, limit);
        if (v > left) v = left, out.capped.pay = true;
        left -= v;
        return v;
    };
    const std::int64_t catch_up = age ? step_at(r.catch_up, *age) : 0;
    out.k401 = take(s->k401_pct ? apply_rate(plan_pay, *s->k401_pct).in_cents() : s->k401.in_cents(),
                    r.k401_limit + catch_up, out.capped.k401);
    const bool older = age && *age >= r.hsa_catch_up_age;
    out.hsa = take(s->hsa.in_cents(),
                   (s->hsa_coverage == HsaCoverage::Self ? r.hsa_self : r.hsa_family) + (older ? r.hsa_catch_up : 0),
                   out.capped.hsa);
    bool never = false;
    out.other = take(s->other.in_cents(), INT64_MAX, never);
    // From 2026 a catch-up is Roth for those whose FICA wages of the year before passed
    // the threshold: this year's FICA wages stand in for them.
    if (gross - out.hsa - out.other > r.roth_catch_up_over)
        out.roth = std::max<std::int64_t>(0, out.k401 - r.k401_limit);
    const Money matched = std::min(Money::cents(out.k401), apply_rate(plan_pay, s->match_up_to_pct));
    out.match = apply_rate(matched, s->match_pct).in_cents();
    return out;
}

/// The wages each tax applies to, in cents: gross less the savings each excludes.
struct WageBases {
    std::int64_t federal = 0, state = 0, fica = 0;
};
WageBases wage_bases(const Place& st, std::int64_t gross, const YearSavings& s) {
    const std::int64_t pre_tax_401k = s.k401 - s.roth;
    WageBases w;
    w.fica = gross - s.hsa - s.other;
    w.federal = w.fica - pre_tax_401k;
    w.state =
        w.federal + (st.taxes.k401 ? pre_tax_401k : 0) + (st.taxes.hsa ? s.hsa : 0) + (st.taxes.other ? s.other : 0);
    return w;
}

IncomeTaxes income_taxes(const TaxProfile& p, const Place& st, const Place* city, const WageBases& w) {
    const Table& t = table();
    const IncomeResult fed = income_tax(t.federal, p.filing, w.federal, FederalFigures{});
    const Money fed_tax = rounded(fed.tax);
    // A state that starts from federal taxable income adds back the savings it taxes.
    const FederalFigures figures{fed.taxable + (w.state - w.federal), t.federal.deduction[idx(p.filing)],
                                 fed_tax.in_cents(), fica_paid(w.fica)};
    const IncomeResult state = income_tax(st.income, p.filing, w.state, figures);
    IncomeTaxes out{fed_tax, rounded(state.tax), Money()};
    if (city) out.local = rounded(city_tax(*city, p.filing, w.state, state));
    return out;
}

/// State or city payroll programs on a year's wages (FICA wages: a 401(k) deferral is
/// in them, an HSA contribution and other cafeteria-plan deductions are not).
Money payroll_tax(const std::vector<PayrollProgram>& programs, std::int64_t wages) {
    Money sum;
    for (const PayrollProgram& g : programs) {
        const std::int64_t covered = std::max<std::int64_t>(0, g.wage_base ? std::min(wages, *g.wage_base) : wages);
        Money m = rounded(static_cast<Exact>(covered) * g.rate) + (wages > 0 ? Money::cents(g.amount) : Money());
        if (g.max) m = std::min(m, Money::cents(*g.max));
        sum += m;
    }
    return sum;
}

/// What is withheld on supplemental pay at a flat rate, or nullopt when the place has
/// none (then supplemental pay is withheld with the regular pay, at the schedule).
/// `other` is the part of `supplemental` that is neither a bonus nor equity.
std::optional<Money> flat_withholding(const IncomeTax& t, std::int64_t supplemental, std::int64_t other) {
    if (t.none) return Money();
    if (!t.supplemental_rate) return std::nullopt;
    if (!t.other_supplemental_rate) return rounded(static_cast<Exact>(supplemental) * *t.supplemental_rate);
    return rounded(static_cast<Exact>(supplemental - other) * *t.supplemental_rate +
                   static_cast<Exact>(other) * *t.other_supplemental_rate);
}

const char* kFilingWords[] = {"single", "married filing jointly", "married filing separately", "head of household"};

/// ": Ohio's code is OH" when `typed` is a state's name (case aside), else "".
std::string code_hint(std::string_view typed) {
    for (const detail::TaxPlaceCodes& p : detail::tax_place_codes())
        if (upper(typed) == upper(p.name)) return fmt::format(": {}'s code is {}", p.name, p.state);
    return "";
}

std::string list_codes(const std::vector<std::string>& codes) {
    std::string out;
    for (const auto& c : codes) out += (out.empty() ? "" : ", ") + c;
    return out;
}

}  // namespace

const char* filing_words(Filing f) { return kFilingWords[idx(f)]; }

std::optional<Filing> filing_from(std::string_view name) {
    for (Filing f : kFilings)
        if (name == to_string(f)) return f;
    return std::nullopt;
}

void SavedLines::add(const SavedLines& o) {
    k401 += o.k401;
    hsa += o.hsa;
    other += o.other;
    total += o.total;
}

void TaxLines::add(const TaxLines& o) {
    federal += o.federal;
    fica += o.fica;
    state += o.state;
    local += o.local;
    state_payroll += o.state_payroll;
    total += o.total;
}

int tax_year() { return detail::tax_table_year(); }

const std::vector<std::string>& tax_states() {
    static const std::vector<std::string> codes = [] {
        std::vector<std::string> out;
        for (const detail::TaxPlaceCodes& p : detail::tax_place_codes()) out.emplace_back(p.state);
        return out;
    }();
    return codes;
}

std::vector<std::string> tax_cities(std::string_view state) {
    std::vector<std::string> out;
    for (const detail::TaxPlaceCodes& p : detail::tax_place_codes())
        if (p.state == state)
            for (std::string_view rest = p.cities; !rest.empty();) {
                const std::size_t space = std::min(rest.find(' '), rest.size());
                out.emplace_back(rest.substr(0, space));
                rest.remove_prefix(std::min(space + 1, rest.size()));
            }
    return out;
}

// Checked against the generated place codes: an offer's tax block is checked without
// parsing the table, which only after-tax figures need.
void check_profile(const TaxProfile& p) {
    const std::vector<std::string>& states = tax_states();
    if (!std::binary_search(states.begin(), states.end(), upper(p.state)))
        throw usage_error(Subject::Kind::TaxState,
                          fmt::format("expected a state's two-letter code in the {} tax table ({}), "
                                      "found \"{}\"{}",
                                      tax_year(), list_codes(states), visible(p.state), code_hint(p.state)));
    if (const auto cities = tax_cities(upper(p.state));
        !p.city.empty() && std::find(cities.begin(), cities.end(), upper(p.city)) == cities.end()) {
        throw usage_error(Subject::Kind::TaxCity,
                          fmt::format("expected {} for {}, found \"{}\"",
                                      cities.empty() ? std::string("no city")
                                                     : "a city in the tax table (" + list_codes(cities) + ")",
                                      visible(p.state), visible(p.city)));
    }
}

namespace {

/// Additional Medicare at its rate on FICA wages over `over` cents.
Money additional_medicare(std::int64_t fica_wages, std::int64_t over) {
    return rounded(static_cast<Exact>(std::max<std::int64_t>(0, fica_wages - over)) * table().addl_rate);
}

/// A year's taxes, savings and net: every YearTax figure but the two withholding ones,
/// with what those start from.
struct YearCore {
    YearTax y;
    YearSavings s;
    IncomeTaxes all;
    std::int64_t fica_wages = 0;
    Money addl;
};

YearCore year_core(const TaxProfile& p, const Place& st, const Place* city, const Components& w, int year) {
    YearCore out;
    YearTax& y = out.y;
    y.wages = w.total - w.options;  // the options' paper value is not pay until exercised (options_tax.hpp)
    const std::int64_t wages = y.wages.in_cents();
    const YearSavings& s = out.s = savings_of(p.savings, w.base.in_cents(), wages, year);
    const WageBases bases = wage_bases(st, wages, s);
    out.fica_wages = bases.fica;

    const IncomeTaxes& all = out.all = income_taxes(p, st, city, bases);
    y.tax.federal = all.federal;
    y.tax.state = all.state;
    y.tax.local = all.local;

    out.addl = additional_medicare(bases.fica, table().addl_over[idx(p.filing)]);
    y.tax.fica = Money::cents(fica_paid(bases.fica)) + out.addl;
    y.tax.state_payroll = payroll_tax(st.payroll, bases.fica);
    if (city) y.tax.local += payroll_tax(city->payroll, bases.fica);
    y.tax.total = y.tax.federal + y.tax.fica + y.tax.state + y.tax.local + y.tax.state_payroll;
    y.saved = {Money::cents(s.k401), Money::cents(s.hsa), Money::cents(s.other),
               Money::cents(s.k401 + s.hsa + s.other)};
    y.roth_catch_up = Money::cents(s.roth);
    y.capped = s.capped;
    y.match = Money::cents(s.match);
    y.net = y.wages - y.tax.total - y.saved.total;
    return out;
}

}  // namespace

YearTax tax_year(const TaxProfile& p, const Components& w, int year) {
    const Table& t = table();
    const Place& st = state_of(p);
    const Place* city = city_of(st, p);
    YearCore core = year_core(p, st, city, w, year);
    YearTax& y = core.y;
    const IncomeTaxes& all = core.all;
    const std::int64_t base = w.base.in_cents();

    // Withholding: the base as if it were the year's only pay (the percentage method),
    // supplemental pay at the flat rates (or with the base where a place has none).
    const IncomeTaxes on_base = income_taxes(p, st, city, wage_bases(st, base, core.s));
    const std::int64_t supp = std::max<std::int64_t>(0, y.wages.in_cents() - base);
    const std::int64_t high = std::max<std::int64_t>(0, supp - t.supp_high_over);
    const Money fed_supp =
        rounded(static_cast<Exact>(supp - high) * t.supp_rate + static_cast<Exact>(high) * t.supp_high_rate);
    const std::int64_t other = std::clamp<std::int64_t>(w.other.in_cents(), 0, supp);
    const auto state_flat = flat_withholding(st.income, supp, other);
    const auto city_flat = city ? flat_withholding(city->income, supp, other) : std::optional<Money>(Money());
    const Money state_supp = state_flat ? *state_flat : all.state - on_base.state;
    const Money city_supp = city_flat ? *city_flat : all.local - on_base.local;
    y.supplemental_withheld = fed_supp + state_supp + city_supp;
    const Money withheld = on_base.federal + on_base.state + on_base.local + y.supplemental_withheld +
                           additional_medicare(core.fica_wages, t.addl_withheld_over);
    y.withholding_shortfall = y.tax.federal + y.tax.state + y.tax.local + core.addl - withheld;
    return y;
}

namespace detail {

const Table& built_in_table() { return table(); }

i128 schedule_tax(std::int64_t amount, const std::vector<Bracket>& brackets) { return bracket_tax(amount, brackets); }

FederalReturn federal_return(const TaxProfile& p, const Components& w, int year) {
    const Place& st = state_of(p);
    const std::int64_t gross = (w.total - w.options).in_cents();  // as year_core: paper value is not wages
    const WageBases bases = wage_bases(st, gross, savings_of(p.savings, w.base.in_cents(), gross, year));
    const IncomeResult fed = income_tax(table().federal, p.filing, bases.federal, FederalFigures{});
    return {bases.federal, fed.taxable, rounded(fed.tax).in_cents()};
}

}  // namespace detail

NetTax::NetTax(const TaxProfile& p) : profile_(p) {
    const Place& st = state_of(p);
    state_ = &st;
    city_ = city_of(st, p);
}

Money NetTax::net(const Components& w, int year) const {
    return year_core(profile_, *static_cast<const Place*>(state_), static_cast<const Place*>(city_), w, year).y.net;
}

AfterTax after_tax(const TaxProfile& p, const Projection& projection) {
    check_profile(p);
    AfterTax a;
    a.profile = p;
    for (int n = 1; n <= projection.years; ++n) {
        a.years.push_back(tax_year(p, projection.y(n), n));
        a.tax.add(a.years.back().tax);
        a.saved.add(a.years.back().saved);
        a.match += a.years.back().match;
        a.net_total += a.years.back().net;
        a.withholding_shortfall += a.years.back().withholding_shortfall;
    }
    return a;
}

void require_tax_profile(const Offer& o) {
    if (!o.tax)
        throw usage_error(
            fmt::format("{}: tax: expected {{\"filing\": ..., \"state\": ...}} for after-tax figures "
                        "(or --state), found none",
                        o.file));
}

void add_after_tax(Projected& p, const TaxProfile& profile) {
    AfterTax a = after_tax(profile, p.projection);
    a.exercise = exercise_by_year(profile, p.offer, p.projection);
    for (const OptionExercise& e : a.exercise) a.exercise_total.add(e);
    p.after_tax = std::make_shared<const AfterTax>(std::move(a));
}

void add_after_tax(Projected& p) {
    require_tax_profile(p.offer);
    add_after_tax(p, *p.offer.tax);
}

namespace {
/// A city whose figures are for a year other than the table's (Philadelphia's rate
/// from July 2025), or nullptr.
const Place* dated_city(const Place* city) {
    return city && city->figures_year && city->figures_year != tax_year() ? city : nullptr;
}
}  // namespace

std::string tax_basis(const TaxProfile& p) {
    const Place& st = state_of(p);
    std::string out = fmt::format("{} federal", tax_year());
    if (!st.income.none && st.figures_year != tax_year())
        out += fmt::format("; {} {} schedules", st.code, st.figures_year);
    if (const Place* city = dated_city(city_of(st, p)))
        out += fmt::format("; {} {} rates", city->code, city->figures_year);
    return out;
}

std::string tax_place(const TaxProfile& p) {
    const Place& st = state_of(p);
    const Place* city = city_of(st, p);
    std::string out = fmt::format("{}{}, filing {}; {} federal and payroll figures", st.name,
                                  city ? " (" + city->name + ")" : "", filing_words(p.filing), tax_year());
    if (!st.income.none && st.figures_year != tax_year())
        out += fmt::format(", {}'s {} income tax schedules (the latest in the table)", st.name, st.figures_year);
    if (const Place* c = dated_city(city))
        out += fmt::format(", the {} local rates (the latest in the table)", c->figures_year);
    return out;
}

std::string tax_caveat() {
    return "Estimates of the main taxes, not tax advice: each employment year is taxed as one calendar year of "
           "wages, with the standard deduction and no other income (filing jointly: no wages of a spouse). Left "
           "out: itemized deductions, credits, AMT (except on exercising ISOs, when an offer has them), pre-tax "
           "savings not in the offer's tax.savings, and local taxes "
           "other than the cities and counties of the table (given as tax.city; the README lists them).";
}

std::string tax_savings_note(const TaxProfile& p) {
    if (!p.savings) return "";
    const Place& st = state_of(p);
    const SavingsRules& r = table().savings;
    const Savings& s = *p.savings;
    std::vector<std::string> taxed;
    if (st.taxes.k401) taxed.emplace_back("401(k) deferrals");
    if (st.taxes.hsa) taxed.emplace_back("HSA contributions");
    if (st.taxes.other) taxed.emplace_back("other pre-tax deductions");
    std::string out = fmt::format(
        "Savings come out of the base salary, capped at the {} IRS limits (401(k) {}, with a catch-up from age 50; "
        "HSA {} {}, {} more from age {}; a 401(k) percent applies to base up to {}); they lower federal{} taxable "
        "wages, and the HSA and other pre-tax deductions FICA wages too",
        r.figures_year, Money::cents(r.k401_limit).pretty(),
        s.hsa_coverage == HsaCoverage::Self ? "self-only" : "family",
        Money::cents(s.hsa_coverage == HsaCoverage::Self ? r.hsa_self : r.hsa_family).pretty(),
        Money::cents(r.hsa_catch_up).pretty(), r.hsa_catch_up_age, Money::cents(r.compensation_limit).pretty(),
        st.income.none ? "" : " and state");
    if (!taxed.empty()) out += fmt::format("; {} taxes {}", st.name, fmt::format("{}", fmt::join(taxed, " and ")));
    out += ".";
    if (s.age)
        out += fmt::format(
            " A 401(k) catch-up is Roth (taxed now) in a year whose FICA wages pass {} (the law looks "
            "at the year before).",
            Money::cents(r.roth_catch_up_over).pretty());
    if (s.match_pct.ppm > 0) out += " The employer match is pay, but not take-home: it is not in net.";
    return out;
}

std::string tax_assumptions(const TaxProfile& p) {
    const std::string savings = tax_savings_note(p);
    return tax_place(p) + ". " + tax_caveat() + (savings.empty() ? "" : " " + savings);
}

}  // namespace offercalc
