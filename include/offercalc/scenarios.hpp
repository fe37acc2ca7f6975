#pragma once

#include <optional>
#include <string>
#include <vector>

#include "offercalc/amount.hpp"
#include "offercalc/model.hpp"
#include "offercalc/tax.hpp"

namespace offercalc {

// ------------------------------------------------------------------ sweep

/// An inclusive range of changes "FROM..TO/STEP" ("0..100k/10k", "-2..4/0.5"); a
/// single value is a one-point range. When STEP does not divide the range, TO is
/// still the last point.
/// An axis changes one field (any but raise_pct): money axes add an amount to the
/// offer's, percent axes add points to its rate.
struct SweepAxis {
    Field field;
    std::int64_t from = 0, to = 0, step = 1;  ///< cents, or ppm for percent axes
    std::int64_t count() const;
    std::int64_t at(std::int64_t i) const;  ///< the i-th point, 0-based
};

/// Parses an axis; a usage Error about the field, quoting the text, when it is
/// malformed, empty (FROM > TO) or has a non-positive STEP.
SweepAxis parse_axis(Field field, std::string_view text);

/// One sweep row: the changes at this point and what the offer pays.
struct SweepRow {
    const std::int64_t* values;  ///< one per axis
    const std::int64_t* index;   ///< each axis's point, 0-based
    Money year1_total, total;
    Money gap_year1, gap;    ///< comparator minus this row (zero without a comparator)
    Money with_assumptions;  ///< total plus the assumed refreshers and promotions (when sweep_assumes)
};

/// Whether a sweep reports the total with assumptions: a refresher axis, or an offer
/// that assumes refreshers or promotions.
bool sweep_assumes(const Offer& offer, const std::vector<SweepAxis>& axes);

/// Streams every combination of the axes (the last axis varies fastest) to `row`,
/// with the gaps to `against` when given. One working copy of the offer is changed
/// in place: no allocation per row. Throws a usage Error when a point makes an
/// amount negative.
template <typename F>
void sweep(const Offer& offer, const std::vector<SweepAxis>& axes, int years, F&& row,
           const Projection* against = nullptr);

/// The column names of a sweep: each axis's change ("rsu_change", in dollars or
/// percent points), then the totals (then the gaps with against).
std::vector<std::string> sweep_columns(const std::vector<SweepAxis>& axes, bool against);

/// Checks that every point of every axis gives a valid offer (no negative amount, no
/// rate out of range, an RSU grant to change); a usage Error otherwise.
void validate_axes(const Offer& offer, const std::vector<SweepAxis>& axes);

/// A sweep row after tax: the offer with the row's changes (`values`, one per axis)
/// projected over `years` and taxed in full under the offer's tax profile, which must
/// be set. Slower than the row itself: each year's parts are taxed.
AfterTax sweep_row_after_tax(const Offer& offer, const std::vector<SweepAxis>& axes, const std::int64_t* values,
                             int years);

/// Applies one point of one axis to a working offer, from the original (as the
/// what-if flag "+value" would).
void apply_point(const Offer& original, Offer& work, Field field, std::int64_t value);

// ------------------------------------------------------------------ check

struct CheckConditions {
    std::optional<Money> floor, target, year1_at_least;
    /// With it, every condition weighs net pay (the offer's projection taxed).
    const AfterTax* after_tax = nullptr;
    std::optional<Money> against_total;  ///< the comparator's total over the years
    std::string against_name;
};

struct CheckResult {
    struct Condition {
        std::string what;  ///< "floor", "target", "beats NAME", "year 1 at least"
        Money need, have;
        bool held = true;
    };
    bool held = true;
    std::vector<Condition> conditions;
    Money year1, total;
    int years = 0;
    std::string line;  ///< "pass: ..." or "fail: ...", no newline
};

/// Evaluates the conditions; a usage Error when there are none.
CheckResult check(const Offer& offer, const Projection& p, const CheckConditions& c);

// ------------------------------------------------------------------ leave

/// Stock options on leaving: the vested shares must be exercised within the window or
/// are lost; the unvested ones are forfeited.
struct LeaveOptions {
    std::int64_t vested = 0;        ///< shares vested by then
    std::int64_t forfeited = 0;     ///< unvested shares of grants made by then
    std::int64_t iso = 0, nso = 0;  ///< the vested shares by the $100,000 ISO limit (all NSO for NSOs)
    int window_days = 90;           ///< to exercise them after leaving
    Money cost;                     ///< vested x strike
    Money spread;                   ///< vested x (today's FMV - strike)
    /// With the offer's tax profile: what exercising them in the year of leaving adds to
    /// that year's tax (on its pay through the month of leaving), and the AMT part.
    std::optional<Money> tax, amt;
};

/// What leaving after `month` months means: paid and vested by then, forfeited (equity
/// of grants made by then, unpaid sign-on, the bonus of the year under way), and repaid
/// under a pro-rata sign-on clawback.
struct LeaveResult {
    int month = 0;
    Money base, sign_on, bonus, other;    ///< cash paid through that month
    Money vested;                         ///< equity vested through that month, at the model's price
    Money forfeited_equity;               ///< unvested tranches of grants made by then
    Money forfeited_sign_on;              ///< sign-on not yet paid
    Money forfeited_bonus;                ///< the target bonus of the year under way, paid at its end
    Money repaid;                         ///< clawback: lump sums repaid pro rata by month
    std::optional<LeaveOptions> options;  ///< with stock options
    Money kept() const { return base + sign_on + bonus + other + vested - repaid; }
};

/// Months 1..120; a usage Error about the "leave month" otherwise.
LeaveResult leave(const Offer& offer, int month);

/// The months shown in the leave table.
inline constexpr int kLeaveMonths[] = {12, 18, 24, 30, 36, 48};

// ------------------------------------------------------------------ inline

namespace detail {

/// An offer's totals kept in three parts (cash, the initial grant, the refreshers),
/// each recomputed only after a change to a field it depends on: a sweep that moves
/// the RSU grant re-vests one grant per row and nothing else. The totals are the
/// same integers project() sums.
class PartTotals {
public:
    explicit PartTotals(int years) : years_(years) {}
    void changed(Field f);
    /// Year one's and all years' totals of `work`; a data Error naming its file on overflow.
    void totals(const Offer& work, Money& year1, Money& total);

private:
    struct Part {
        Money year1, total;
        bool stale = true;
    };
    int years_;
    Part cash_, initial_, later_;        ///< later_: explicit refreshers and stock options
    std::optional<GrantVester> vester_;  ///< the initial grant's, rebuilt when growth moves
    bool vester_stale_ = true;
};

}  // namespace detail

inline std::int64_t SweepAxis::count() const { return (to - from + step - 1) / step + 1; }

inline std::int64_t SweepAxis::at(std::int64_t i) const {
    const std::int64_t v = from + i * step;
    return v > to ? to : v;
}

template <typename F>
void sweep(const Offer& offer, const std::vector<SweepAxis>& axes, int years, F&& row, const Projection* against) {
    validate_axes(offer, axes);
    Offer work = offer;
    std::vector<std::int64_t> index(axes.size(), 0), values(axes.size(), 0);
    for (std::size_t a = 0; a < axes.size(); ++a) {
        values[a] = axes[a].at(0);
        apply_point(offer, work, axes[a].field, values[a]);
    }
    detail::PartTotals parts(years);
    const bool assumed = sweep_assumes(offer, axes);
    for (;;) {
        SweepRow r{values.data(), index.data(), Money(), Money(), Money(), Money(), Money()};
        parts.totals(work, r.year1_total, r.total);
        if (assumed) {  // the whole projection: rare, and not the fast path
            const Projection p = project(work, years);
            r.with_assumptions = p.sum.total + p.assumed_refresh_sum + p.promotion_sum;
        }
        if (against) {
            r.gap_year1 = against->y(1).total - r.year1_total;
            r.gap = against->sum.total - r.total;
        }
        row(r);
        // Advance like an odometer: the last axis fastest.
        std::size_t a = axes.size();
        while (a > 0) {
            --a;
            if (++index[a] < axes[a].count()) break;
            index[a] = 0;
            values[a] = axes[a].at(0);
            apply_point(offer, work, axes[a].field, values[a]);
            parts.changed(axes[a].field);
            if (a == 0) return;
        }
        if (axes.empty()) return;
        values[a] = axes[a].at(index[a]);
        apply_point(offer, work, axes[a].field, values[a]);
        parts.changed(axes[a].field);
    }
}

}  // namespace offercalc
