#include "offercalc/scenarios.hpp"

#include <algorithm>

#include "offercalc/options.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>  // fmt::join (fmt 10 and later)

#include "offercalc/error.hpp"
#include "offercalc/options_tax.hpp"
#include "offercalc/whatif.hpp"
#include "core/wide.hpp"

namespace offercalc {

SweepAxis parse_axis(Field field, std::string_view text) {
    const char* forms = spec(field).percent ? "FROM..TO/STEP in percent points, e.g. -2..4/0.5, or one value"
                                            : "FROM..TO/STEP, e.g. 0..100k/10k or -20k..20k/5k, or one value";
    auto bad = [&](const char* why) -> SweepAxis {
        throw usage_error(field, fmt::format("invalid range \"{}\": {}; accepted: {}", text, why, forms));
    };
    // One signed value, in the field's units.
    auto value = [&](std::string_view v, bool allow_sign) -> std::optional<std::int64_t> {
        if (v.empty()) return std::nullopt;
        bool neg = false;
        if (allow_sign && (v.front() == '-' || v.front() == '+')) {
            neg = v.front() == '-';
            v.remove_prefix(1);
        }
        std::int64_t out = 0;
        if (spec(field).percent) {
            if (v.empty() || v.find_first_not_of("0123456789.") != std::string_view::npos ||
                !parse_scaled_decimal(v, 4, out))
                return std::nullopt;
            if (out > 1000 * 10'000)
                throw usage_error(field, fmt::format("invalid range \"{}\": {} is out of range; expected "
                                                     "at most 1000 percent points",
                                                     text, v));
        } else {
            const auto m = parse_amount(v);
            if (!m) return std::nullopt;
            out = m->in_cents();
        }
        return neg ? -out : out;
    };
    SweepAxis a{field};
    const auto dots = text.find("..");
    if (dots == std::string_view::npos) {
        const auto v = value(text, true);
        if (!v) return bad("not a value");
        a.from = a.to = *v;
        a.step = 1;
        return a;
    }
    const auto slash = text.find('/', dots);
    if (slash == std::string_view::npos) return bad("missing /STEP");
    const auto from = value(text.substr(0, dots), true);
    const auto to = value(text.substr(dots + 2, slash - dots - 2), true);
    const auto step = value(text.substr(slash + 1), false);
    if (!from || !to) return bad("FROM and TO must be values");
    if (!step || *step <= 0) return bad("STEP must be a positive value");
    if (*from > *to) return bad("the range is empty (FROM is after TO)");
    a.from = *from;
    a.to = *to;
    a.step = *step;
    return a;
}

void validate_axes(const Offer& offer, const std::vector<SweepAxis>& axes) {
    for (const SweepAxis& a : axes) {
        const FieldSpec& f = spec(a.field);
        if (f.percent) {
            const std::int64_t now = rate_of(offer, a.field)->ppm;
            const Rate lo{now + a.from}, hi{now + a.to};
            if (!in_range(f.range, lo) || !in_range(f.range, hi))
                throw usage_error(f.field, fmt::format("the range gives {}%..{}%; expected {}", lo.percent(),
                                                       hi.percent(), range_text(f.range)));
        } else {
            const Money* m = money_of(offer, a.field);
            if (!m && a.field == Field::Refresh)
                throw usage_error(f.field, fmt::format("{} assumes no yearly refresher amount to change "
                                                       "(assume_refresh_amount gives it one)",
                                                       offer.name));
            if (!m) throw usage_error(f.field, fmt::format("{} has no RSU grant to change", offer.name));
            if (m->in_cents() + a.from < 0)
                throw usage_error(f.field, fmt::format("{} would make the amount negative", Money::cents(a.from)));
            if (m->in_cents() + a.to > kMaxInputCents)
                throw usage_error(f.field, "the range goes past $1,000,000,000,000");
            if (a.field == Field::Base && m->in_cents() + a.from == 0)
                throw usage_error(f.field, "the base must stay above zero");
        }
    }
}

void apply_point(const Offer& original, Offer& work, Field field, std::int64_t value) {
    if (spec(field).percent) {
        rate_of(work, field)->ppm = rate_of(original, field)->ppm + value;
        return;
    }
    *money_of(work, field) = *money_of(original, field) + Money::cents(value);
}

namespace detail {

void PartTotals::changed(Field f) {
    switch (f) {
        case Field::Base:
        case Field::SignOnY1:
        case Field::SignOnY2:
        case Field::RaisePct:
        case Field::BonusPct: cash_.stale = true; return;
        case Field::Rsu: initial_.stale = true; return;
        case Field::Growth: initial_.stale = later_.stale = vester_stale_ = true; return;
        case Field::Volatility:       // no effect on the deterministic totals
        case Field::Refresh: return;  // an assumption: in with_assumptions alone
    }
}

void PartTotals::totals(const Offer& work, Money& year1, Money& total) {
    auto refresh = [&](Part& part, auto&& fill) {
        if (!part.stale) return;
        Projection p;
        p.years = years_;
        fill(p);
        finish_projection(p);
        part = {p.y(1).total, p.sum.total, false};
    };
    try {
        refresh(cash_, [&](Projection& p) { project_cash(work, years_, p); });
        if (vester_stale_) {
            vester_.reset();
            if (work.rsu) vester_.emplace(*work.rsu, work, years_);
            vester_stale_ = false;
        }
        if (initial_.stale) {
            initial_ = Part{};
            if (vester_) vester_->vest(work.rsu->value, initial_.year1, initial_.total);
            initial_.stale = false;
        }
        refresh(later_, [&](Projection& p) {
            for (const Grant& g : work.refreshers) add_grant(g, work, p);
            add_options(work, p);
        });
        year1 = cash_.year1 + initial_.year1 + later_.year1;
        total = cash_.total + initial_.total + later_.total;
    } catch (const Error& e) {
        if (work.file.empty()) throw;
        throw Error(e.status(), work.file + ": " + e.what());
    }
}

}  // namespace detail

bool sweep_assumes(const Offer& offer, const std::vector<SweepAxis>& axes) {
    if (offer.refresh || !offer.promotions.empty()) return true;
    return std::any_of(axes.begin(), axes.end(), [](const SweepAxis& a) { return a.field == Field::Refresh; });
}

std::vector<std::string> sweep_columns(const std::vector<SweepAxis>& axes, bool against) {
    std::vector<std::string> cols;
    for (const SweepAxis& a : axes) cols.push_back(std::string(spec(a.field).key) + "_change");
    cols.push_back("year1_total");
    cols.push_back("total");
    if (against) {
        cols.push_back("gap_year1");
        cols.push_back("gap");
    }
    return cols;
}

AfterTax sweep_row_after_tax(const Offer& offer, const std::vector<SweepAxis>& axes, const std::int64_t* values,
                             int years) {
    WhatIf w;
    for (std::size_t i = 0; i < axes.size(); ++i) w[axes[i].field] = Adjustment{Adjustment::Kind::Add, values[i]};
    Offer point = offer;
    apply_quietly(w, point);
    return after_tax(*point.tax, project(point, years));
}

CheckResult check(const Offer& offer, const Projection& p, const CheckConditions& c) {
    if (!c.floor && !c.target && !c.year1_at_least && !c.against_total)
        throw usage_error(
            "check: nothing to check; give --floor, --target, --year1-at-least or --against "
            "(or floor/target in the offer file)");
    CheckResult r;
    std::vector<std::string> parts;
    const Money total = c.after_tax ? c.after_tax->net_total : p.sum.total;
    const Money y1 = c.after_tax ? c.after_tax->years.front().net : p.y(1).total;
    r.year1 = y1;
    r.total = total;
    r.years = p.years;
    auto cond = [&](const std::string& what, Money have, Money need) {
        const bool ok = have >= need;
        r.held = r.held && ok;
        r.conditions.push_back({what, need, have, ok});
        parts.push_back(ok ? fmt::format("{} {} held", what, need)
                           : fmt::format("{} {} NOT held (short {})", what, need, need - have));
    };
    if (c.floor) cond("floor", total, *c.floor);
    if (c.target) cond("target", total, *c.target);
    if (c.against_total) cond("beats " + c.against_name, total, *c.against_total);
    if (c.year1_at_least) cond("year 1 at least", y1, *c.year1_at_least);
    r.line = fmt::format("{}: {}: year 1 {}, {}-year {}{}; {}", r.held ? "pass" : "fail", offer.name, y1, p.years,
                         total, c.after_tax ? " (after tax)" : "", fmt::join(parts, "; "));
    return r;
}

namespace {

/// The options on leaving after `month` months; `months` is the pay of each month so far.
LeaveOptions leave_options(const Offer& offer, int month, const std::vector<Components>& months) {
    const Options& o = *offer.options;
    LeaveOptions out;
    out.window_days = o.exercise_window_days;
    std::vector<ClassedVest> vested;
    for (const ClassedVest& v : classed_vests(o, 2 * kMaxVestMonth)) {
        if (v.vest.month <= month) vested.push_back(v);
        else if (v.vest.grant_month <= month) out.forfeited += v.vest.shares;
    }
    const ExerciseLots lots = exercise_lots(vested, o.fmv);
    out.vested = lots.shares.iso + lots.shares.nso;
    out.iso = lots.shares.iso;
    out.nso = lots.shares.nso;
    out.cost = lots.cost;
    out.spread = lots.iso_spread + lots.nso_spread;
    if (offer.tax) {
        // Exercised in the year of leaving, on top of that year's pay through the month.
        const int year = (month - 1) / 12 + 1;
        Components wages;
        for (int m = 12 * (year - 1) + 1; m <= month; ++m) wages.add(months[static_cast<std::size_t>(m - 1)]);
        const OptionExercise e = option_exercise(*offer.tax, wages, lots, year);
        out.tax = e.tax;
        out.amt = e.amt;
    }
    return out;
}

}  // namespace

LeaveResult leave(const Offer& offer, int month) {
    if (month < 1 || month > 12 * kMaxYears)
        throw usage_error(Subject::Kind::LeaveMonth,
                          fmt::format("expected a month from 1 to {}, found {}", 12 * kMaxYears, month));
    LeaveResult r;
    r.month = month;
    const std::vector<Components> months = monthly(offer, month);
    for (const Components& m : months) {
        r.base += m.base;
        r.sign_on += m.sign_on;
        r.bonus += m.bonus;
        r.other += m.other;
        r.vested += m.rsu;
    }
    for_each_vest(offer, kMaxVestMonth * 2, [&](int grant_month, int m, Money v) {
        if (m > month && grant_month <= month) r.forfeited_equity += v;
    });
    // A year's sign-on paid so far beyond its share of the months worked is repaid
    // under a clawback (a lump sum; monthly instalments are never ahead of the months).
    const Money sign_ons[] = {offer.sign_on_y1, offer.sign_on_y2};
    int year = 1;
    for (Money amount : sign_ons) {
        const int first = 12 * (year - 1) + 1, worked = month - first + 1;
        if (offer.sign_on_clawback && worked >= 1 && worked < 12) {
            Money paid;
            for (int m = first; m <= month; ++m) paid += months[static_cast<std::size_t>(m - 1)].sign_on;
            const Money earned = Money::cents(round_half_away(static_cast<i128>(amount.in_cents()) * worked, 12));
            if (paid > earned) r.repaid += paid - earned;
        }
        ++year;
    }
    r.forfeited_sign_on = offer.sign_on_y1 + offer.sign_on_y2 - r.sign_on;
    // The bonus of the year under way is paid at its end: leaving before then loses it.
    if (month % 12 != 0) r.forfeited_bonus = project(offer, month / 12 + 1).y(month / 12 + 1).bonus;
    if (offer.options) r.options = leave_options(offer, month, months);
    return r;
}

}  // namespace offercalc
