#pragma once

// Internal: the tax table's figures, read from its JSON (data/tax/YEAR.json). Amounts
// are cents and rates hundred-millionths (1% = 1,000,000). read_table() is the one
// reader of the table: the library reads the built-in text with it, and the build
// runs it (generate_tax_data.cpp) to list the table's places for the library.

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "offercalc/tax.hpp"

namespace offercalc::detail {

constexpr std::int64_t kRateOne = 100'000'000;  ///< a rate of 100%

template <typename T>
using ByFiling = std::array<T, 4>;

inline std::size_t idx(Filing f) { return static_cast<std::size_t>(f); }

struct Bracket {
    std::int64_t from;  ///< cents
    std::int64_t rate;
};

/// An amount that steps with income: from `from` cents of income on, `amount` cents.
struct Step {
    std::int64_t from, amount;
};

/// A deduction or exemption that shrinks as income rises, by a rate schedule on income
/// (Wisconsin, Minnesota, Maine, New Mexico), linearly to nothing across a width (South
/// Carolina), or by steps of income (Alabama, Connecticut, Rhode Island); never below
/// `floor`.
struct PhaseOut {
    enum class Kind { None, Schedule, Width, Steps } kind = Kind::None;
    ByFiling<std::vector<Bracket>> schedule{};  ///< the reduction is this schedule's "tax" on income
    ByFiling<std::int64_t> over{}, width{}, step{}, per_step{}, floor{};
    std::int64_t step_rate = 0;  ///< a rate of the amount per step, instead of per_step cents
    bool round_up = true;        ///< a part of a step counts as a step
};

/// An amount added to the tax once income (or taxable income) passes `over`: `per_step`
/// for every `step` of it or part, at most `max`; without a step, `max` at once
/// (Connecticut's phase-out of its 2% bracket and its recaptures, Arkansas's, Ohio's base).
struct TaxAddition {
    bool on_taxable = false;
    ByFiling<std::int64_t> over{}, step{}, per_step{}, max{};
};

/// An income tax: brackets on income less deductions, a surtax, a credit and New
/// York's recapture of the lower brackets' benefit.
struct IncomeTax {
    bool none = true;
    bool from_federal_taxable = false;  ///< Colorado starts from federal taxable income
    ByFiling<std::int64_t> deduction{}, exemption{};
    ByFiling<std::optional<std::int64_t>> exemption_none_over{};
    ByFiling<std::vector<Bracket>> brackets{};
    PhaseOut deduction_phase_out, exemption_phase_out;
    ByFiling<std::vector<Step>> exemption_by_income{};  ///< Maryland, Ohio: the exemption steps down with income
    std::vector<TaxAddition> additions;
    std::int64_t surtax_rate = 0;
    ByFiling<std::int64_t> surtax_over{};
    ByFiling<std::int64_t> credit{}, credit_over{}, credit_step{}, credit_per_step{};
    ByFiling<std::optional<std::int64_t>> credit_none_over{};
    ByFiling<std::vector<Step>> credit_share{};  ///< Connecticut: a credit of a share of the tax, by income
    bool credit_phases_out = false;
    std::optional<std::int64_t> credit_phase_rate;  ///< a phase-out at a rate of income, not in steps
    std::optional<std::int64_t> recapture_over;
    std::int64_t recapture_width = 0;
    /// Federal income tax subtracted (Alabama: all of it; Missouri: a share that steps
    /// down with income; Oregon: at most a cap that steps down with income).
    bool federal_tax_subtraction = false;
    ByFiling<std::vector<Step>> federal_tax_cap{}, federal_tax_share{};
    /// Colorado: at income of at least `addback_from`, the federal standard deduction
    /// above `addback_over` is added back.
    std::optional<std::int64_t> addback_from;
    ByFiling<std::int64_t> addback_over{};
    std::optional<std::int64_t> fica_deduction_max;       ///< Massachusetts: Social Security and Medicare paid
    std::optional<std::int64_t> supplemental_rate;        ///< none: withheld with regular pay
    std::optional<std::int64_t> other_supplemental_rate;  ///< on supplemental pay that is not a bonus or equity
};

struct PayrollProgram {
    std::string name;
    std::int64_t rate = 0;
    std::int64_t amount = 0;  ///< a fixed yearly amount (Denver's occupational privilege tax)
    std::optional<std::int64_t> wage_base, max;
};

/// What a city's brackets apply to.
enum class CityBase { StateTaxable, Wages, StateTax };

/// The savings a state taxes although the federal return excludes them.
struct TaxedSavings {
    bool k401 = false, hsa = false, other = false;
};

struct Place {
    std::string code, name, source;
    int figures_year = 0;
    IncomeTax income;
    TaxedSavings taxes;  ///< states only; a city follows its state
    CityBase base = CityBase::StateTaxable;
    std::vector<PayrollProgram> payroll;
    std::map<std::string, Place, std::less<>> cities;
};

/// The IRS limits on pre-tax savings.
struct SavingsRules {
    int figures_year = 0;
    std::int64_t k401_limit = 0, compensation_limit = 0, roth_catch_up_over = 0;
    std::vector<Step> catch_up;  ///< from an age (`from`) on, this many cents more
    std::int64_t hsa_self = 0, hsa_family = 0, hsa_catch_up = 0;
    int hsa_catch_up_age = 0;
};

/// The federal alternative minimum tax (IRC 55): an exemption that phases out at a rate
/// of alternative minimum taxable income above a threshold, and the 26%/28% schedule on
/// the rest (the taxable excess).
struct AmtRules {
    ByFiling<std::int64_t> exemption{}, phase_out_over{};
    std::int64_t phase_out_rate = 0;
    ByFiling<std::vector<Bracket>> rates{};
};

struct Table {
    int year = 0;
    AmtRules amt;
    SavingsRules savings;
    IncomeTax federal;
    std::int64_t ss_rate = 0, ss_base = 0, medicare_rate = 0, addl_rate = 0, addl_withheld_over = 0;
    ByFiling<std::int64_t> addl_over{};
    std::int64_t supp_rate = 0, supp_high_rate = 0, supp_high_over = 0;
    std::map<std::string, Place, std::less<>> states;
    std::vector<std::string> codes;
};

/// The table in `text`; an Error (exit 70, "built-in tax table: ...") when it is not
/// one.
Table read_table(std::string_view text);

}  // namespace offercalc::detail
