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

/// A price per share in millionths of a dollar: a startup's strike or 409A value is
/// often finer than a cent ($0.0125).
struct SharePrice {
    std::int64_t micros = 0;
    friend constexpr auto operator<=>(SharePrice, SharePrice) = default;
    static constexpr SharePrice dollars(std::int64_t micros_per_share) { return SharePrice{micros_per_share}; }
    /// shares x price, rounded once, half away from zero, to the cent.
    Money times(std::int64_t shares) const;
    /// "$1.25", "$0.0125", "$20" (at least two decimals when not whole; no trailing zeros past them).
    std::string text() const;
};

/// Incentive stock options (ISO: no regular tax at exercise, AMT) or non-qualified ones
/// (NSO: the spread at exercise is wages).
enum class OptionType { Iso, Nso };
const char* to_string(OptionType t);

/// A later grant of options, `month` months after the start.
struct OptionRefresher {
    int month = 0;
    std::int64_t shares = 0;
    SharePrice strike;
    Schedule schedule;
};

/// The startup's capitalisation: what turns a company valuation into the price of a
/// common share (options.hpp).
struct CapTable {
    std::int64_t fully_diluted_shares = 0;
    Money preferences;       ///< liquidation preferences ahead of common, in dollars
    Rate dilution_per_year;  ///< new shares issued each year, as a fraction of those outstanding
};

/// One way the company may end: in employment year `year`, at a price per common share
/// or at a company valuation (turned into a price through the cap table), with its
/// probability. The probabilities of an offer's exits add up to at most 1; the rest is
/// an outcome where the options are worth nothing.
struct ExitScenario {
    int year = 0;
    std::optional<SharePrice> price;
    std::optional<Money> valuation;
    Rate probability;
};

/// A grant of stock options: the right to buy `shares` at `strike`.
struct Options {
    OptionType type = OptionType::Iso;
    std::int64_t shares = 0;
    SharePrice strike;
    SharePrice fmv;        ///< the 409A fair market value today (what tax uses); the strike by default
    SharePrice preferred;  ///< the last round's preferred price (what recruiters quote)
    Schedule schedule;
    int exercise_window_days = 90;  ///< after leaving, to exercise what vested
    bool early_exercise = false;    ///< unvested shares may be exercised (with an 83(b) election)
    std::vector<OptionRefresher> refreshers;
    std::optional<CapTable> company;
    std::vector<ExitScenario> exits;
    /// The price the paper value is counted at (--option-price, --option-multiple); the
    /// preferred price when empty.
    std::optional<SharePrice> valued_at;
    /// When valued_at is a multiple of the preferred price: the multiple in hundredths
    /// (300 is 3x); empty when it is a price of its own or the preferred price.
    std::optional<std::int64_t> valued_multiple;
    SharePrice price() const { return valued_at ? *valued_at : preferred; }
};

/// An assumed refresher (DOMAIN.md, "Past four years"): a grant made at the start of each
/// year from `from_year` on (month 12(from_year - 1), then every 12 months), each vesting
/// by `schedule`. An expectation, never an offer term: the model keeps its value apart
/// from the total, and no ask counts on it.
struct RefreshAssumption {
    Money yearly;                      ///< each year's grant, or ...
    std::optional<Rate> pct_of_grant;  ///< ... this percent of the initial RSU grant
    int from_year = 2;
    Schedule schedule;
};

/// A possible promotion: from employment year `year`, base `base` (raised from then on
/// at the offer's raise) and a grant `grant` made at the year's start on the initial
/// grant's schedule, with probability `probability`. Valued as expected pay, apart from
/// the total.
struct Promotion {
    int year = 2;
    Money base;
    Money grant;
    Rate probability;
};

/// A dollar grant turned into shares (rsu.conversion_price): shares =
/// floor(promised / conversion_price), at least min_shares; the grant's value is those
/// shares at today's price (rsu.price).
struct RsuConversion {
    Money promised;  ///< the dollar figure in the offer
    SharePrice conversion_price, price_today;
    std::int64_t shares = 0;
    std::optional<std::int64_t> min_shares;
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
    Rate bonus_payout{Rate::kOne};  ///< expected payout, percent of the target bonus (100%)

    std::optional<Grant> rsu;
    std::optional<std::int64_t> rsu_shares;  ///< when the grant was given as shares
    std::optional<Money> rsu_price;
    std::vector<Grant> refreshers;
    std::optional<RsuConversion> rsu_conversion;  ///< the grant was given in dollars at a conversion price
    std::optional<RefreshAssumption> refresh;     ///< assumed yearly refreshers (not offered)
    std::vector<Promotion> promotions;            ///< possible promotions (expected pay, not offered)
    std::optional<Options> options;               ///< stock options (a startup's equity), beside or instead of RSUs
    Rate growth;
    Convention convention = Convention::VestDate;
    Rate volatility;  ///< annual volatility of the company's stock, for odds (odds.hpp); 0: certain

    std::vector<OtherItem> other;
    std::optional<Money> band_min, band_max;
    std::vector<Lever> fixed;
    std::optional<Money> floor, target;
    Money transition_unvested, transition_relocation;
    /// The part of transition_unvested that is the current job's unvested stock options
    /// (transition.unvested_options): max(0, price - strike) x shares.
    Money transition_options;
    std::optional<TaxProfile> tax;
    bool first_choice = false;  ///< the candidate said this offer is their first choice (the long script may say so)
    std::vector<std::string> warnings;  ///< likely mistakes that are still valid input

    bool is_fixed(Lever l) const;
    Money transition_cost() const { return transition_unvested + transition_relocation; }
};

}  // namespace offercalc
