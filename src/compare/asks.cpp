// The ask solver: sizes each lever's ask in --round steps (options in share steps) and
// returns facts. The lever order (RSUs, or shares for an offer with options and no RSU
// grant, then sign-on, then base) is applied to the outcomes; the option terms that
// cost no cash come after them (plan.cpp).

#include <algorithm>

#include <fmt/format.h>

#include "compare/parts.hpp"
#include "offercalc/levels.hpp"
#include "offercalc/whatif.hpp"
#include "compare/search.hpp"

namespace offercalc::detail {

/// Through the what-if code, so that an ask's figures are exactly what
/// `--rsu +X --sign-on-y1 +Y ...` gives.
void apply_changes(const Ask& a, Offer& o) {
    WhatIf w;
    auto add = [](Money m) -> std::optional<Adjustment> {
        if (m.is_zero()) return std::nullopt;
        return Adjustment{Adjustment::Kind::Add, m.in_cents()};
    };
    w[Field::Rsu] = add(a.rsu);
    w[Field::SignOnY1] = add(a.sign_on_y1);
    w[Field::SignOnY2] = add(a.sign_on_y2);
    w[Field::Base] = add(a.base);
    apply_quietly(w, o);
    // No what-if flag adds options: a shares ask adds them to the grant directly.
    if (a.shares != 0 && o.options) o.options->shares += a.shares;
}

Offer with_changes(const Offer& offer, const Ask& a) {
    Offer o = offer;
    apply_changes(a, o);
    return o;
}

namespace {

/// An ask's outcome: what the offer then pays, gross and (after tax) net.
void set_outcome(Ask& a, const Projected& p, const Comparison& c) {
    a.year1_total = p.projection.y(1).total;
    a.total = p.projection.sum.total;
    if (c.after_tax) {
        a.net_year1_total = worth_year(p, 1, true);
        a.net_total = worth_total(p, true);
    }
}

/// The most options a grant may hold (the offer reader's limit).
constexpr std::int64_t kMaxOptionShares = 10'000'000'000;

std::int64_t max_steps(Money current, Money unit) {
    return std::max<std::int64_t>(0, (kMaxInputCents - current.in_cents()) / unit.in_cents());
}

Ask named(AskLever lever) {
    Ask a;
    a.lever = lever;
    return a;
}

/// The grant lever an offer is asked on: RSUs, or, for an offer with options and no RSU
/// grant (a startup's), more shares.
bool asks_shares(const Offer& o) { return !o.rsu && o.options; }

class Planner {
public:
    /// `shares`: the grant asked for is the offer's options (in shares), not its RSUs.
    Planner(const Comparison& c, bool shares)
        : c_(c),
          o_(c.offers.front().offer),
          trial_(o_),
          years_(c.offers.front().projection.years),
          year1_bar_(cash_year(c.offers.front(), 1, c.after_tax) + c.year1_need),
          shares_(shares && o_.options),
          step_(shares_ ? share_step(o_.options->shares) : 0) {}
    explicit Planner(const Comparison& c) : Planner(c, asks_shares(c.offers.front().offer)) {}

    /// The grant alone: RSUs, or more shares.
    Ask rsu_only() const {
        Ask a = named(shares_ ? AskLever::Shares : AskLever::Rsu);
        if (blocked(a, Lever::Rsu)) return a;
        if (!o_.rsu && !shares_) return block(a, Blocked::NoGrant);
        if (shares_ && !counted()) return block(a, Blocked::NotCounted);
        if (!size_grant(a)) return block(a, Blocked::NoRsuCloses);
        // Options on paper never make year one whole in cash (cash_year): no search.
        if (a.year1_short.is_zero() || shares_) return a;
        // What the grant alone would need to make year one whole (DOMAIN rule 2).
        Ask t = named(a.lever);  // one ask, its grant changed for each try
        const auto k = min_steps_to(
            [&](std::int64_t s) {
                set_grant(t, s);
                return year1_of(trial(t));
            },
            year1_bar_, grant_cap());
        if (k) a.rsu_for_year1 = c_.round.times(*k);
        return a;
    }

    /// RSUs for the total and the smallest year-one sign-on that, with them, makes
    /// year one whole. nullopt when RSUs alone already do (then this is the rsu ask).
    std::optional<Ask> rsu_and_sign_on() const {
        Ask a = named(shares_ ? AskLever::SharesSignOn : AskLever::RsuSignOn);
        if (blocked(a, Lever::Rsu) || blocked(a, Lever::SignOn)) return a;
        if (!o_.rsu && !shares_) return block(a, Blocked::NoGrant);
        if (shares_ && !counted()) return block(a, Blocked::NotCounted);
        auto works = [&](std::int64_t s) {
            Ask t = a;
            t.sign_on_y1 = c_.round.times(s);
            return size_grant(t) && t.year1_short.is_zero();
        };
        Ask alone = a;  // no sign-on: the grant closes the total; does year one still fall short?
        const bool grant_closes = size_grant(alone);
        if (grant_closes && alone.year1_short.is_zero()) return std::nullopt;
        // A dollar of year-one sign-on closes nearly a dollar of that shortfall (the
        // grant then shrinks a little), so the search starts there; it finds the same
        // smallest sign-on from any start, in about 4 tries instead of 15.
        const std::int64_t r = c_.round.in_cents();
        const std::int64_t guess = grant_closes ? (alone.year1_short.in_cents() + r - 1) / r : 1;
        const auto k = min_steps_from(works, 0, guess, max_steps(o_.sign_on_y1, c_.round));
        if (!k) return block(a, Blocked::NoRsuCloses);
        a.sign_on_y1 = c_.round.times(*k);
        size_grant(a);
        // After tax a year-one sign-on can close the total by itself: then this is no
        // RSU ask, and the sign-on ask (year two for the rest) does it for less.
        if (a.rsu.is_zero() && a.shares == 0) return std::nullopt;
        return a;
    }

    Ask sign_on_only() const {
        Ask a = named(AskLever::SignOn);
        if (blocked(a, Lever::SignOn)) return a;
        // The smallest year-one sign-on that makes year one whole (after tax, a dollar
        // of sign-on adds less than a dollar).
        Ask t = a;  // one ask, its sign-on changed for each try
        const auto k1 = min_steps_to(
            [&](std::int64_t s) {
                t.sign_on_y1 = c_.round.times(s);
                return year1_of(trial(t));
            },
            year1_bar_, max_steps(o_.sign_on_y1, c_.round));
        if (!k1) return block(a, Blocked::SignOnOutOfRange);
        const Money y1 = c_.round.times(*k1);
        // With one year shown, the year-two sign-on does not count: year one carries it all.
        Money Ask::*field = years_ == 1 ? &Ask::sign_on_y1 : &Ask::sign_on_y2;
        const Money start = years_ == 1 ? y1 : Money();
        t.sign_on_y1 = y1;
        const auto k = min_steps_to(
            [&](std::int64_t s) {
                t.*field = start + c_.round.times(s);
                return total_of(trial(t));
            },
            c_.goal, max_steps(o_.*(years_ == 1 ? &Offer::sign_on_y1 : &Offer::sign_on_y2) + start, c_.round));
        if (!k) return block(a, Blocked::SignOnOutOfRange);
        a.sign_on_y1 = y1;
        a.*field = start + c_.round.times(*k);
        finish(a);
        return a;
    }

    Ask base_only() const {
        Ask a = named(AskLever::Base);
        if (blocked(a, Lever::Base)) return a;
        if (o_.band_max) {
            a.band_room = max(Money(), *o_.band_max - o_.base);
            if (a.band_room->is_zero()) return block(a, Blocked::BandFull);
        }
        // Within a band, never past its top: whole steps that fit, else the room itself.
        const std::int64_t cap =
            a.band_room ? a.band_room->in_cents() / c_.round.in_cents() : max_steps(o_.base, c_.round);
        Ask t = a;
        const auto k = min_steps_to(
            [&](std::int64_t s) {
                t.base = c_.round.times(s);
                return total_of(trial(t));
            },
            c_.goal, cap);
        a.base = k ? c_.round.times(*k) : a.band_room ? *a.band_room : Money();
        finish(a);
        return a;
    }

    /// One lever's ask sized so that the offer wins on at least `needed` paths. The
    /// sign-on keeps the sign-on ask's year-one part (the year-one bridge) and sizes
    /// the year-two part (year one's, with one year shown); base stays in its band.
    Ask confident(Lever lever, const PathPay& pay, const std::vector<std::int64_t>& theirs, std::int64_t needed) const {
        const bool shares = lever == Lever::Rsu && shares_;  // the grant is options: sized in shares
        Ask a = named(shares ? AskLever::Shares : ask_lever(lever));
        if (blocked(a, lever)) return a;
        Ask start = a;
        Money Ask::*field = &Ask::rsu;
        std::int64_t cap = 0;
        switch (lever) {
            case Lever::Rsu:
                if (!o_.rsu && !shares) return block(a, Blocked::NoGrant);
                cap = shares && spread().micros == 0 ? 0 : grant_cap();
                break;
            case Lever::SignOn: {
                const Ask bridge = sign_on_only();
                if (bridge.feasible) start.sign_on_y1 = bridge.sign_on_y1;
                field = years_ == 1 ? &Ask::sign_on_y1 : &Ask::sign_on_y2;
                cap = max_steps(o_.*(years_ == 1 ? &Offer::sign_on_y1 : &Offer::sign_on_y2) + start.*field, c_.round);
                break;
            }
            case Lever::Base:
                field = &Ask::base;
                if (o_.band_max && *o_.band_max <= o_.base) return block(a, Blocked::BandFull);
                cap = o_.band_max ? (*o_.band_max - o_.base).in_cents() / c_.round.in_cents()
                                  : max_steps(o_.base, c_.round);
                break;
        }
        auto sized = [&](std::int64_t k) {
            Ask t = start;
            if (shares) set_grant(t, k);
            else t.*field = start.*field + c_.round.times(k);
            return t;
        };
        const auto k = min_steps_to_win([&](std::int64_t s) { return pay(trial(sized(s))); }, theirs, needed, cap);
        if (!k) return block(a, Blocked::ChanceOutOfReach);
        a = sized(k->steps);
        if (lever == Lever::SignOn) a.kept_y1 = start.sign_on_y1;
        finish(a);
        a.wins = k->wins;
        return a;
    }

private:
    /// The grant increase of `steps` steps: --round steps of RSU value, or share steps
    /// of options (with their paper value at the options' price).
    void set_grant(Ask& a, std::int64_t steps) const {
        if (!shares_) {
            a.rsu = c_.round.times(steps);
            return;
        }
        a.shares = step_ * steps;
        a.share_step = step_;
        a.shares_value = spread().times(a.shares);
    }
    /// What one more option is worth on paper: max(0, price - strike).
    SharePrice spread() const {
        const Options& o = *o_.options;
        return SharePrice{std::max<std::int64_t>(0, o.price().micros - o.strike.micros)};
    }
    std::int64_t grant_cap() const {
        if (!shares_) return max_steps(o_.rsu->value, c_.round);
        return std::max<std::int64_t>(0, (kMaxOptionShares - o_.options->shares) / step_);
    }

    /// Whether a step of more options adds to the total as measured: not at or under the
    /// strike, nor where the measure leaves the paper value out (after tax).
    bool counted() const {
        Ask t = named(AskLever::Shares);
        const Money now = total_of(trial(t));
        set_grant(t, 1);
        return spread().micros != 0 && total_of(trial(t)) > now;
    }

    /// Sizes the grant increase that closes the total with the ask's other changes.
    bool size_grant(Ask& a) const {
        Ask t = a;
        const auto k = min_steps_to(
            [&](std::int64_t s) {
                set_grant(t, s);
                return total_of(trial(t));
            },
            c_.goal, grant_cap());
        if (!k) return false;
        set_grant(a, *k);
        finish(a);
        return true;
    }

    /// The offer with an ask's changes, as with_changes gives it, but on one copy kept
    /// for the searches (they try hundreds of asks): the fields an ask changes are
    /// reset from the offer, then changed.
    const Offer& trial(const Ask& a) const {
        trial_.base = o_.base;
        trial_.sign_on_y1 = o_.sign_on_y1;
        trial_.sign_on_y2 = o_.sign_on_y2;
        if (o_.rsu) trial_.rsu->value = o_.rsu->value;
        trial_.rsu_shares = o_.rsu_shares;
        trial_.rsu_price = o_.rsu_price;
        trial_.rsu_conversion = o_.rsu_conversion;
        if (o_.options) trial_.options->shares = o_.options->shares;
        apply_changes(a, trial_);
        return trial_;
    }

    /// What the offer weighs with changes: its year one and its total, gross or net.
    Money year1_of(const Offer& o) const { return year1_worth(o, years_, c_.after_tax); }
    Money total_of(const Offer& o) const { return total_worth(o, years_, c_.after_tax); }

    void finish(Ask& a) const {
        Projected p;  // the outcome only: its offer stays empty, so nothing is copied
        p.projection = project(trial(a), years_);
        if (c_.after_tax) add_after_tax(p, *o_.tax);
        a.feasible = true;
        set_outcome(a, p, c_);
        a.remaining = max(Money(), c_.goal - worth_total(p, c_.after_tax));
        a.closes = a.remaining.is_zero();
        a.year1_short = max(Money(), year1_bar_ - cash_year(p, 1, c_.after_tax));
        a.stretch = 0;
        if (o_.rsu && a.rsu > (o_.rsu_conversion ? o_.rsu_conversion->promised : o_.rsu->value))
            a.stretch |= kGrantDoubled;
        if (o_.options && a.shares > o_.options->shares) a.stretch |= kGrantDoubled;
        const Money base = o_.base + a.base;
        const bool y1_big = !a.sign_on_y1.is_zero() && (o_.sign_on_y1 + a.sign_on_y1).times(2) > base;
        const bool y2_big = !a.sign_on_y2.is_zero() && (o_.sign_on_y2 + a.sign_on_y2).times(2) > base;
        if (y1_big || y2_big) a.stretch |= kSignOnOverHalfBase;
        if ((!a.sign_on_y1.is_zero() && o_.sign_on_y1 + a.sign_on_y1 > base) ||
            (!a.sign_on_y2.is_zero() && o_.sign_on_y2 + a.sign_on_y2 > base))
            a.stretch |= kSignOnOverBase;
        if (!o_.band_max && a.base.times(100) > o_.base.times(15)) a.stretch |= kBaseOver15Pct;
    }

    bool blocked(Ask& a, Lever l) const {
        if (!o_.is_fixed(l)) return false;
        block(a, Blocked::Fixed);
        a.fixed_lever = l;
        return true;
    }

    static Ask block(Ask& a, Blocked why) {
        a.feasible = false;
        a.blocked = why;
        a.rsu = a.sign_on_y1 = a.sign_on_y2 = a.base = a.shares_value = Money();
        a.shares = 0;
        return a;
    }

    const Comparison& c_;
    const Offer& o_;
    mutable Offer trial_;  ///< see trial()
    int years_;
    Money year1_bar_;        ///< what year one must reach: today's year one plus the year-one need
    bool shares_;            ///< the grant asked for is options, in shares
    std::int64_t step_ = 0;  ///< shares per step (share_step)
};

}  // namespace

std::optional<LevelPlace> place(const Offer& o) {
    if (o.level_rank) return LevelPlace{*o.level_rank, "level_rank"};
    return place_level(o.company, o.level);
}

Ask year_one_ask(const Comparison& c) {
    Ask a = Planner(c).sign_on_only();
    a.year_one_only = true;
    return a;
}

std::optional<Ask> level_ask(const Comparison& c) {
    const Offer& me = c.offers.front().offer;
    const auto mine = place(me);
    if (!mine) return std::nullopt;
    const Offer* above = nullptr;
    std::size_t index = 0;
    int best = mine->rank;
    for (const ComparatorFacts& f : c.situation.comparators) {
        if (!leverage(c.situation, f)) continue;  // a closed offer is not current leverage
        const Offer& x = c.offers[f.index].offer;
        const auto theirs = place(x);
        if (theirs && theirs->rank > best) {
            best = theirs->rank;
            above = &x;
            index = f.index;
        }
    }
    if (!above) return std::nullopt;
    Ask a = named(AskLever::Level);
    a.feasible = true;
    a.level_from = me.level;
    a.level_to = me.level.empty() ? "" : level_at(me.company, me.level, best).value_or("");
    a.level_against = above->name;
    a.level_index = index;
    a.their_level = above->level.empty() ? fmt::format("rank {}", best) : above->level;
    set_outcome(a, c.offers.front(), c);
    a.remaining = max(Money(), c.gap);
    return a;
}

std::vector<Ask> confident_asks(const Comparison& c, const PathPay& pay, const std::vector<std::int64_t>& theirs,
                                std::int64_t needed) {
    const Planner plan(c);
    std::vector<Ask> asks;
    for (Lever l : {Lever::Rsu, Lever::SignOn, Lever::Base}) asks.push_back(plan.confident(l, pay, theirs, needed));
    return asks;
}

std::int64_t share_step(std::int64_t shares) {
    std::int64_t step = 1;
    while (step * 1000 <= shares) step *= 10;
    return step;
}

std::vector<Ask> option_term_asks(const Comparison& c) {
    const Projected& me = c.offers.front();
    std::vector<Ask> asks;
    if (!me.offer.options || me.offer.options->shares == 0) return asks;
    const Options& o = *me.offer.options;
    const auto term = [&](AskLever l) {
        Ask a = named(l);
        a.feasible = true;  // nothing in pay changes: the offer's own figures
        set_outcome(a, me, c);
        a.remaining = max(Money(), c.gap);
        return a;
    };
    if (o.exercise_window_days < kShortWindowDays) {
        asks.push_back(term(AskLever::ExerciseWindow));
        asks.back().window_days = kAskedWindowDays;
    }
    if (!o.early_exercise) {
        asks.push_back(term(AskLever::EarlyExercise));
        asks.back().early_exercise = true;
    }
    return asks;
}

int grant_order(const Ask& a, Money gap) {
    if (!a.feasible) return 4;
    if (!a.closes) return 3;
    // A grant more than doubled, or a grant-only ask of ten times the gap (see cash_asks).
    const bool grant_only = a.lever == AskLever::Rsu || a.lever == AskLever::Shares;
    if ((a.stretch & (kGrantDoubled | kSignOnOverBase)) != 0 || (grant_only && a.rsu + a.shares_value > gap.times(10)))
        return 2;
    return a.stretch != 0 ? 1 : 0;
}

int plan_place(const Ask& a, Money gap) {
    // What a recruiter can grant comes first: an ask that closes the gap before one that
    // does not; among those, one without a stretch, then other stretches, then a grant
    // more than doubled (rarely granted); the asks that cannot be made come last.
    // Base moves last (DOMAIN rule 1 and "The plan"): a base ask that can be made comes
    // after every other ask that closes, a sign-on above half of base included, so the
    // sign-on, the bridge for year one and for the transition cost, always leads it.
    // Only an RSU-only ask that more than doubles the grant or takes ten times the gap,
    // or an ask that makes a sign-on larger than the base, comes after a base ask that
    // closes: it is rarely granted, and it would put an ask no recruiter grants first.
    const int order = grant_order(a, gap);
    // A sign-on above the base itself is as rarely granted: it too waits for base.
    if (order == 2)
        return a.lever == AskLever::Rsu || a.lever == AskLever::Shares || (a.stretch & kSignOnOverBase) != 0 ? 4 : 2;
    if (a.lever == AskLever::Base && order < 3) return 3;
    return order == 3 ? 5 : order == 4 ? 6 : order;
}

std::vector<Ask> cash_asks(const Comparison& c) {
    const Planner plan(c);
    std::vector<Ask> asks;
    const Ask rsu = plan.rsu_only();
    const auto both = plan.rsu_and_sign_on();
    // RSUs first: alone when they close year one too; otherwise with the smallest
    // year-one sign-on that bridges it, then alone.
    if (both && (!rsu.feasible || !rsu.year1_short.is_zero())) asks.push_back(*both);
    asks.push_back(rsu);
    if (both && rsu.feasible && rsu.year1_short.is_zero()) asks.push_back(*both);
    // No RSU-and-sign-on ask when the year-one sign-on closes the total by itself (after
    // tax it can): then that sign-on is the bridge and leads an RSU ask that leaves
    // year one short.
    Ask sign_on = plan.sign_on_only();
    const bool bridge = sign_on.bridge =
        !both && rsu.feasible && !rsu.year1_short.is_zero() && sign_on.closes && sign_on.year1_short.is_zero();
    asks.insert(bridge ? asks.end() - 1 : asks.end(), sign_on);
    asks.push_back(plan.base_only());
    // An offer with both RSUs and options: more shares is asked too, after the RSUs.
    const Offer& me = c.offers.front().offer;
    if (me.rsu && me.options) {
        const auto rsu_at =
            std::find_if(asks.begin(), asks.end(), [](const Ask& a) { return a.lever == AskLever::Rsu; });
        asks.insert(rsu_at == asks.end() ? asks.end() - 1 : rsu_at + 1, Planner(c, true).rsu_only());
    }
    // An RSU ask that takes ten times the gap it closes or more (about 20x on a
    // back-loaded grant, as at one year) is not one a recruiter grants for that gap:
    // a sign-on that closes it is asked first.
    const auto rsu_at = std::find_if(asks.begin(), asks.end(), [&](const Ask& a) { return a.lever == rsu.lever; });
    const auto so_at = std::find_if(asks.begin(), asks.end(), [](const Ask& a) { return a.lever == AskLever::SignOn; });
    if (rsu.feasible && rsu.rsu + rsu.shares_value > c.gap.times(10) && so_at->feasible && so_at->closes &&
        so_at > rsu_at) {
        so_at->bridge = true;
        std::rotate(asks.begin(), so_at, so_at + 1);
    }
    // The lever order above holds within each place.
    std::stable_sort(asks.begin(), asks.end(),
                     [&](const Ask& a, const Ask& b) { return plan_place(a, c.gap) < plan_place(b, c.gap); });
    return asks;
}

}  // namespace offercalc::detail
