#pragma once

#include <array>
#include <memory>
#include <string>
#include <type_traits>
#include <vector>

#include "offercalc/money.hpp"
#include "offercalc/offer.hpp"

namespace offercalc {

struct AfterTax;  // tax.hpp: the model knows it only as an attachment

inline constexpr int kDefaultYears = 4;
inline constexpr int kMaxYears = 10;

/// Pay split by component. `total` is always the exact sum of the six parts. `options`
/// is the paper value of the stock options vesting (options.hpp): not cash.
struct Components {
    Money base, sign_on, bonus, rsu, options, other, total;
    void add(const Components& o);
    void sum_parts();  ///< sets total to the sum of the parts
};

/// The pay components, in the order every report lists them; the total is their sum.
struct PayPart {
    const char* key;  ///< its name in JSON and in tables
    Money Components::*amount;
    bool when_held = false;  ///< a text table shows it only when some offer has it (JSON always does)
};
inline constexpr PayPart kPayParts[] = {
    {"base", &Components::base}, {"sign_on", &Components::sign_on},       {"bonus", &Components::bonus},
    {"rsu", &Components::rsu},   {"options", &Components::options, true}, {"other", &Components::other}};

/// An offer's pay by employment year (year n = months (12(n-1), 12n]).
struct Projection {
    int years = kDefaultYears;
    std::array<Components, kMaxYears> year{};  ///< year[0] is year 1; past `years` unused
    Components sum;                            ///< over the `years` shown
    Money equity_after;   ///< grant value (at the grant price) that vests after the last year shown
    Money options_after;  ///< paper value (at the options' price, no growth) of options vesting later
    /// Assumptions, never in `total` or `sum` (DOMAIN.md, "Past four years"): the value of
    /// the assumed refreshers vesting each year, and the promotions' expected extra pay
    /// (base, bonus on it, and grant), each year and over the years shown.
    std::array<Money, kMaxYears> assumed_refresh{}, promotion{};
    Money assumed_refresh_sum, promotion_sum;
    /// Year n's total with the assumptions added.
    Money with_assumptions(int n) const {
        const auto i = static_cast<std::size_t>(n - 1);
        return year[i].total + assumed_refresh[i] + promotion[i];
    }
    bool has_assumptions() const { return !assumed_refresh_sum.is_zero() || !promotion_sum.is_zero(); }
    const Components& y(int n) const { return year[static_cast<std::size_t>(n - 1)]; }
};

/// Guaranteed cash (base, sign-on, other items) and pay at risk (bonus at its expected
/// payout, equity at its price assumption); they add up to the total.
inline Money guaranteed(const Components& c) { return c.base + c.sign_on + c.other; }
inline Money at_risk(const Components& c) { return c.bonus + c.rsu + c.options; }

/// The yearly assumed refresher grant: refresh.yearly, or its percent of the initial grant.
Money refresh_grant(const Offer& offer);
/// The year-five drop: when the years shown reach past the last vest of the initial
/// grant (month L), the first year after it (n = ceil(L/12) + 1) against the year before.
struct VestEndDrop {
    int year = 0;        ///< the first year after the initial grant's last vest; 0: none shown
    Money drop;          ///< year - 1's total minus this year's (negative: a rise)
    Money drop_assumed;  ///< the same with the assumptions (refreshers, promotions)
};
VestEndDrop vest_end_drop(const Offer& offer, const Projection& p);

/// amount x (1+g)^(months/12), correctly rounded to the cent, halves away from zero
/// ("round half away"), on every platform: a fast double value, settled with exact
/// integer arithmetic when it lies too near a half cent to trust.
Money grow(Money amount, Rate g, int months);

/// An offer with its projection: what every report is built from.
struct Projected {
    Offer offer;
    Projection projection;
    std::vector<std::string> adjustments;        ///< what-if changes applied, for the record
    std::vector<std::string> brief_adjustments;  ///< the same, short: "rsu +$30k"
    /// With --after-tax: the projection taxed, attached by add_after_tax (tax.hpp). Shared
    /// and immutable, so a Projected copies cheaply without knowing the type.
    std::shared_ptr<const AfterTax> after_tax;
};

/// Projects an offer over 1..10 years. Throws a data Error when a total overflows.
Projection project(const Offer& offer, int years = kDefaultYears);

/// project() in parts, for a caller that changes one part and keeps the others (a
/// sweep). project_cash sets `years` and the base, bonus, sign-on and other of each
/// year; add_grant adds one grant's vests to the RSU of their years (and what vests
/// later to equity_after); finish_projection sums each year and the years. Unlike
/// project(), they do not name the offer's file in an overflow Error.
void project_cash(const Offer& offer, int years, Projection& p);
void add_grant(const Grant& grant, const Offer& offer, Projection& p);
void finish_projection(Projection& p);

/// One grant's schedule under one offer's growth, with each tranche's growth factor
/// computed once: vests the grant at any value, as add_grant would, without the setup.
/// For a sweep over the grant's value. Keeps a pointer to the grant's schedule.
class GrantVester {
public:
    GrantVester(const Grant& grant, const Offer& offer, int years);
    /// The grant at `value`: what vests in year one and in all the years shown.
    void vest(Money value, Money& year1, Money& total) const;

private:
    struct Step {
        int year;  ///< 0-based year of the vest, -1 past the years shown
        int exponent_months;
        double factor;
        bool flat;  ///< no growth applies
    };
    const Schedule* schedule_;
    Rate growth_;
    std::vector<Step> steps_;
};

/// Pay month by month, months 1..months: base in 12 instalments per year (cumulative
/// rounding), sign-on in 12 instalments (or, paid as a lump sum, in the year's
/// first month), bonus in the year's last month, equity at each vest month,
/// other items in their year's first month. Sums per year equal project()'s. months
/// is 1 to 120; a usage Error otherwise.
std::vector<Components> monthly(const Offer& offer, int months);

/// The value of the equity vesting at each month, initial grant and refreshers,
/// under the offer's growth and convention: calls f(month_since_start, value).
/// With zero growth each value is the tranche itself; otherwise each tranche's
/// value is rounded half away from zero to the cent.
/// The callback also receives the month the tranche's grant was made.
void for_each_vest(const Offer& offer, int last_month, void (*f)(void*, int, int, Money), void* ctx);

template <typename F>
void for_each_vest(const Offer& offer, int last_month, F&& f) {
    for_each_vest(
        offer, last_month,
        [](void* c, int grant_month, int m, Money v) {
            if constexpr (std::is_invocable_v<F, int, int, Money>)
                (*static_cast<std::remove_reference_t<F>*>(c))(grant_month, m, v);
            else (*static_cast<std::remove_reference_t<F>*>(c))(m, v);
        },
        static_cast<void*>(&f));
}

}  // namespace offercalc
