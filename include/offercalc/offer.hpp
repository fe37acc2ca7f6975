#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "offercalc/date.hpp"
#include "offercalc/money.hpp"
#include "offercalc/vesting.hpp"

namespace offercalc {

/// An equity grant: its value at the grant price, made `month` months after the start,
/// vesting by `schedule` with tranche months counted from the grant.
struct Grant {
    Money value;
    Schedule schedule;
    int month = 0;
};

/// A cash item outside base and bonus: one-off in `year`, or paid every year.
struct OtherItem {
    std::string name;
    Money amount;
    int year = 1;
    bool every_year = false;
};

/// How stock growth values the equity (see DOMAIN.md).
enum class Convention {
    VestDate,   ///< a tranche at month m is worth tranche x (1+g)^(m/12)
    Recruiter,  ///< everything vesting in year n is worth tranche x (1+g)^(n-1)
};

const char* to_string(Convention c);

/// The negotiation levers, in the order they are asked for.
enum class Lever { Rsu, SignOn, Base };
const char* to_string(Lever l);

/// What a comparator is (DOMAIN.md): a written offer (full leverage), a verbal one
/// (weak: ask for it in writing) or the current job (a reason to stay, never an offer).
enum class OfferKind { Offer, Verbal, Current };
const char* to_string(OfferKind k);

/// How a year's sign-on is paid: in 12 monthly instalments that stop when you leave,
/// or as one lump sum in the year's first month.
enum class SignOnPaid { Monthly, Lump };
const char* to_string(SignOnPaid p);

/// Filing status, for after-tax figures (tax.hpp).
enum class Filing { Single, MarriedJoint, MarriedSeparate, HeadOfHousehold };

/// HSA coverage, which sets the HSA limit.
enum class HsaCoverage { Self, Family };
const char* to_string(HsaCoverage c);

/// Pre-tax savings through payroll and the employer's 401(k) match (tax.savings in
/// the offer file). Percents apply to the year's base salary, up to the plan
/// compensation limit; amounts are per year. tax.hpp caps each at its limit.
struct Savings {
    std::optional<Rate> k401_pct;  ///< 401(k) deferral as a percent of base, or
    Money k401;                    ///< ... as a yearly amount (when k401_pct is empty)
    std::optional<int> age;        ///< age reached in year one's calendar year (catch-up)
    Money hsa;                     ///< HSA contribution through payroll, per year
    HsaCoverage hsa_coverage = HsaCoverage::Self;
    Money other;           ///< other pre-tax deductions (cafeteria plan: health premiums, FSA), per year
    Rate match_pct;        ///< employer match: this percent of the deferral ...
    Rate match_up_to_pct;  ///< ... on deferrals up to this percent of base
};

/// Who pays the tax: filing status, state (two letters, "WA") and city ("NYC"; empty
/// for none), and what they save before tax.
struct TaxProfile {
    Filing filing = Filing::Single;
    std::string state, city;
    std::optional<Savings> savings;

    TaxProfile() = default;
    /// Without savings: {Filing::Single, "WA", ""} reads as before savings existed.
    TaxProfile(Filing f, std::string state_code, std::string city_code = {})
        : filing(f), state(std::move(state_code)), city(std::move(city_code)) {}
};

/// One job offer (or current job), as read from an offer file.
struct Offer {
    std::string name;  ///< label; defaults to the file's stem
    std::string file;  ///< where it was read from ("-" for standard input)
    OfferKind kind = OfferKind::Offer;
    std::string company, level, role, location;
    std::string notes;              ///< free text from the file, not used in any figure
    std::optional<int> level_rank;  ///< overrides the level's place on the common scale (levels.hpp)
    std::vector<Date> holidays;     ///< added to the timeline's holiday calendar
    std::optional<Date> start_date, offer_date, close_date;

    Money base;
    Rate raise;  ///< applied from year 2, compounding on the rounded previous base
    Money sign_on_y1, sign_on_y2;
    SignOnPaid sign_on_paid = SignOnPaid::Monthly;
    bool sign_on_clawback = false;  ///< on leaving inside a year, what was paid beyond the months worked is repaid
    Rate bonus;                     ///< target bonus, percent of that year's base

    std::optional<Grant> rsu;
    std::optional<std::int64_t> rsu_shares;  ///< when the grant was given as shares
    std::optional<Money> rsu_price;
    std::vector<Grant> refreshers;
    Rate growth;
    Convention convention = Convention::VestDate;
    Rate volatility;  ///< annual volatility of the company's stock, for odds (odds.hpp); 0: certain

    std::vector<OtherItem> other;
    std::optional<Money> band_min, band_max;
    std::vector<Lever> fixed;
    std::optional<Money> floor, target;
    Money transition_unvested, transition_relocation;
    std::optional<TaxProfile> tax;
    bool first_choice = false;  ///< the candidate said this offer is their first choice (the long script may say so)
    std::vector<std::string> warnings;  ///< likely mistakes that are still valid input

    bool is_fixed(Lever l) const;
    Money transition_cost() const { return transition_unvested + transition_relocation; }
};

}  // namespace offercalc
