#include "offercalc/compare.hpp"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "offercalc/error.hpp"
#include "offercalc/whatif.hpp"

namespace offercalc {

namespace {

enum class Measure { Year1, Total };

Money measure(const Offer& o, int years, Measure m) {
    const Projection p = project(o, years);
    return m == Measure::Year1 ? p.y(1).total : p.sum.total;
}

/// The offer with an ask's changes applied through the what-if flags, so that an
/// ask's figures are exactly what `--rsu +X --sign-on-y1 +Y ...` gives.
Offer with_changes(const Offer& offer, const Ask& a) {
    WhatIf w;
    auto add = [](Money m) -> std::optional<Adjustment> {
        if (m.is_zero()) return std::nullopt;
        return Adjustment{Adjustment::Kind::Add, m.in_cents()};
    };
    w.rsu = add(a.rsu);
    w.sign_on_y1 = add(a.sign_on_y1);
    w.sign_on_y2 = add(a.sign_on_y2);
    w.base = add(a.base);
    Offer o = offer;
    apply(w, o);
    return o;
}

/// The fewest steps k in 0..max_k for which `at(k)` reaches the goal, assuming more
/// steps never pay less; nullopt when even max_k does not.
template <typename F>
std::optional<std::int64_t> min_steps(F&& at, Money goal, int years, Measure m, std::int64_t max_k) {
    auto reaches = [&](std::int64_t k) { return measure(at(k), years, m) >= goal; };
    if (reaches(0)) return 0;
    std::int64_t lo = 0, hi = 1;
    while (!reaches(hi)) {
        if (hi >= max_k) return std::nullopt;
        lo = hi;
        hi = std::min(hi * 2, max_k);
    }
    while (hi - lo > 1) {
        const std::int64_t mid = lo + (hi - lo) / 2;
        (reaches(mid) ? hi : lo) = mid;
    }
    return hi;
}

std::int64_t max_steps(Money current, Money unit) {
    return std::max<std::int64_t>(0, (kMaxInputCents - current.in_cents()) / unit.in_cents());
}

/// Less than a quarter of the initial grant vests in year one.
bool back_loaded(const Offer& o) {
    if (!o.rsu) return false;
    std::int64_t year1 = 0;
    for (const Tranche& t : o.rsu->schedule.tranches)
        if (t.month <= 12) year1 += t.weight;
    return year1 * 4 < o.rsu->schedule.denominator;
}

std::string short_year1_percent(const Offer& o) {
    if (!o.rsu) return "0";
    const auto p = o.rsu->schedule.yearly_percents();
    return p.empty() ? "0" : p.front();
}

int level_number(const std::string& level) {
    std::size_t i = level.size();
    while (i > 0 && std::isdigit(static_cast<unsigned char>(level[i - 1]))) --i;
    if (i == level.size() || level.size() - i > 3) return -1;
    return std::stoi(level.substr(i));
}

Ask named(const char* lever) {
    Ask a;
    a.lever = lever;
    return a;
}

class Planner {
public:
    Planner(const Comparison& c, const Offer& offer, int years) : c_(c), o_(offer), years_(years) {}

    Ask rsu_only() const {
        Ask a = named("rsu");
        if (infeasible(a, Lever::Rsu)) return a;
        if (!o_.rsu) return reject(a, "the offer has no RSU grant to raise");
        if (!size_rsu(a)) return reject(a, "no RSU increase closes the gap: too little of the grant vests in the horizon");
        a.reason = fmt::format("RSUs first: +{} of grant closes the {}-year gap to {}.", a.rsu, years_, c_.goal_label);
        const Money y1_short = c_.year1_gap - (a.year1_total - year1_now());
        if (c_.year1_gap.in_cents() <= 0 || y1_short.in_cents() <= 0) return a;
        a.reason.pop_back();
        a.reason += fmt::format(". Only {}% of the grant vests in year 1, so year one stays {} short",
                                short_year1_percent(o_), y1_short);
        // What the grant alone would need to make year one whole (DOMAIN rule 2: say it in numbers).
        const auto k = min_steps([&](std::int64_t s) { return grant_plus(named("rsu"), c_.round.times(s)); },
                                 year1_now() + c_.year1_gap, years_, Measure::Year1,
                                 max_steps(o_.rsu->value, c_.round));
        if (k) {
            const Money need = c_.round.times(*k);
            a.reason += fmt::format("; closing the year-one gap of {} with RSUs alone would take +{} of grant ({}x "
                                    "the gap)",
                                    c_.year1_gap, need, need.in_cents() / c_.year1_gap.in_cents());
        }
        a.reason += ".";
        return a;
    }

    Ask rsu_and_sign_on() const {
        Ask a = named("rsu+sign_on");
        if (infeasible(a, Lever::Rsu) || infeasible(a, Lever::SignOn)) return a;
        if (!o_.rsu) return reject(a, "the offer has no RSU grant to raise");
        a.sign_on_y1 = round_up_to(c_.year1_need, c_.round);
        if (!size_rsu(a)) return reject(a, "no RSU increase closes the rest of the gap");
        a.reason = a.sign_on_y1.is_zero()
                       ? "No year-one need: the same as rsu."
                       : fmt::format("RSUs carry the {}-year gap; a year-one sign-on of {} {}.", years_, a.sign_on_y1,
                                     year1_why());
        return a;
    }

    Ask sign_on_only() const {
        Ask a = named("sign_on");
        if (infeasible(a, Lever::SignOn)) return a;
        a.sign_on_y1 = round_up_to(c_.year1_need, c_.round);
        const auto k = min_steps(
            [&](std::int64_t s) {
                Ask t = a;
                t.sign_on_y2 = c_.round.times(s);
                return with_changes(o_, t);
            },
            c_.goal, years_, Measure::Total, max_steps(o_.sign_on_y2, c_.round));
        if (!k) return reject(a, "the year-two sign-on needed is beyond the accepted range");
        a.sign_on_y2 = c_.round.times(*k);
        finish(a);
        a.reason = a.sign_on_y1.is_zero()
                       ? fmt::format("Sign-on only, for when the grant is stuck: {} in year 2 (no year-one need).",
                                     a.sign_on_y2)
                       : fmt::format("Sign-on only, for when the grant is stuck: {} in year 1 {}, {} in year 2 for "
                                     "the rest.",
                                     a.sign_on_y1, year1_why(), a.sign_on_y2);
        return a;
    }

    Ask base_only() const {
        Ask a = named("base");
        if (infeasible(a, Lever::Base)) return a;
        std::optional<Money> room;
        if (o_.band_max) {
            room = *o_.band_max - o_.base;
            if (room->in_cents() <= 0)
                return reject(a, fmt::format("base is already at the band's top ({}): no room", *o_.band_max));
        }
        const std::int64_t cap = room ? room->in_cents() / c_.round.in_cents() : max_steps(o_.base, c_.round);
        const auto k = min_steps(
            [&](std::int64_t s) {
                Ask t = named("base");
                t.base = c_.round.times(s);
                return with_changes(o_, t);
            },
            c_.goal, years_, Measure::Total, cap);
        a.base = k ? c_.round.times(*k) : room ? *room : Money();
        finish(a);
        if (!room)
            a.reason = fmt::format("Base last: +{} a year closes the gap; the offer gives no band, so ask whether "
                                   "the band has that room.",
                                   a.base);
        else if (a.closes)
            a.reason = fmt::format("Base last: +{} a year closes the gap, within the band's room of {} (top {}).",
                                   a.base, *room, *o_.band_max);
        else
            a.reason = fmt::format("Base last: the band's room of {} (top {}) is not enough; {} of the gap remains.",
                                   *room, *o_.band_max, a.remaining);
        return a;
    }

private:
    Money year1_now() const { return c_.offers.front().projection.y(1).total; }

    std::string year1_why() const {
        const Money uncovered = max(Money(), o_.transition_cost() - o_.sign_on_y1);
        if (uncovered > c_.year1_gap)
            return fmt::format("covers the {} you leave behind (unvested equity and relocation)", uncovered);
        return fmt::format("makes year one whole against {} (year-one gap {})", c_.goal_label, c_.year1_gap);
    }

    Offer grant_plus(const Ask& a, Money extra) const {
        Ask t = a;
        t.rsu = extra;
        return with_changes(o_, t);
    }

    bool size_rsu(Ask& a) const {
        const auto k = min_steps([&](std::int64_t s) { return grant_plus(a, c_.round.times(s)); }, c_.goal, years_,
                                 Measure::Total, max_steps(o_.rsu->value, c_.round));
        if (!k) return false;
        a.rsu = c_.round.times(*k);
        finish(a);
        return true;
    }

    void finish(Ask& a) const {
        const Projection p = project(with_changes(o_, a), years_);
        a.feasible = true;
        a.year1_total = p.y(1).total;
        a.total = p.sum.total;
        a.remaining = max(Money(), c_.goal - a.total);
        a.closes = a.remaining.is_zero();
    }

    bool infeasible(Ask& a, Lever l) const {
        if (!o_.is_fixed(l)) return false;
        reject(a, fmt::format("the recruiter said {} will not move (fixed)", to_string(l)));
        return true;
    }

    static Ask reject(Ask& a, std::string why) {
        a.feasible = false;
        a.reason = std::move(why);
        a.rsu = a.sign_on_y1 = a.sign_on_y2 = a.base = Money();
        return a;
    }

    const Comparison& c_;
    const Offer& o_;
    int years_;
};

Gap make_gap(const Projected& offer, const Projected& other) {
    Gap g;
    g.against = other.offer.name;
    const int years = offer.projection.years;
    for (int n = 1; n <= years; ++n) g.years.push_back(other.projection.y(n).total - offer.projection.y(n).total);
    g.total = other.projection.sum.total - offer.projection.sum.total;
    const auto a = monthly(offer.offer, 12 * years);
    const auto b = monthly(other.offer, 12 * years);
    Money cum;  // other minus offer
    int leader = 0;  // +1 other leads, -1 offer leads
    for (std::size_t m = 0; m < a.size(); ++m) {
        cum += b[m].total - a[m].total;
        const int now = cum.in_cents() > 0 ? 1 : cum.in_cents() < 0 ? -1 : 0;
        if (leader == 0) {
            leader = now;
        } else if (now == -leader) {
            g.overtake_month = static_cast<int>(m + 1);
            g.overtaker = now > 0 ? other.offer.name : offer.offer.name;
            break;
        }
    }
    return g;
}

Timeline make_timeline(const Comparison& c, Date today) {
    Timeline t;
    const Offer& o = c.offers.front().offer;
    t.offer_date = o.offer_date.value_or(today);
    if (!o.offer_date) t.warnings.push_back(fmt::format("{} has no offer_date: the timeline starts today", o.name));
    t.counter_by = t.offer_date.plus_business_days(1);
    Date from = t.counter_by;
    if (t.counter_by < today) {
        t.warnings.push_back(fmt::format("the counter date {} has passed: send the counter today", t.counter_by.iso()));
        from = today;
    }
    t.window_start = from.plus_business_days(3);
    t.window_end = from.plus_business_days(5);
    for (std::size_t i = 1; i < c.offers.size(); ++i) {
        const Offer& x = c.offers[i].offer;
        t.closes.push_back({x.name, x.close_date});
        if (!x.close_date)
            t.warnings.push_back(fmt::format("{} has no close_date: weak leverage; ask that company for its deadline",
                                             x.name));
        else if (*x.close_date < today)
            t.warnings.push_back(fmt::format("{} closed on {}: weak leverage unless it is extended", x.name,
                                             x.close_date->iso()));
        else if (*x.close_date < t.window_end)
            t.warnings.push_back(fmt::format("{} closes on {}, before the answer window ends on {}: ask for an "
                                             "answer by {}",
                                             x.name, x.close_date->iso(), t.window_end.iso(), x.close_date->iso()));
    }
    return t;
}

std::vector<std::string> offer_warnings(const Comparison& c) {
    std::vector<std::string> w;
    const Offer& o = c.offers.front().offer;
    const int mine = level_number(o.level);
    for (std::size_t i = 1; i < c.offers.size(); ++i) {
        const Offer& x = c.offers[i].offer;
        const int theirs = level_number(x.level);
        if (mine >= 0 && theirs > mine)
            w.push_back(fmt::format("{} is at level {}, the offer at {}: a level gap is not fixed with cash; ask "
                                    "about the level before any package ask",
                                    x.name, x.level, o.level));
        std::vector<std::string> missing;
        if (x.company.empty()) missing.push_back("company");
        if (x.level.empty()) missing.push_back("level");
        if (!missing.empty())
            w.push_back(fmt::format("{} has no {}: a comparator counts when it is concrete", x.name,
                                    fmt::join(missing, " or ")));
    }
    return w;
}

std::string changes_text(const Ask& a) {
    std::vector<std::string> parts;
    if (!a.rsu.is_zero()) parts.push_back(fmt::format("RSU grant +{}", a.rsu));
    if (!a.sign_on_y1.is_zero()) parts.push_back(fmt::format("year-one sign-on +{}", a.sign_on_y1));
    if (!a.sign_on_y2.is_zero()) parts.push_back(fmt::format("year-two sign-on +{}", a.sign_on_y2));
    if (!a.base.is_zero()) parts.push_back(fmt::format("base +{} a year", a.base));
    return parts.empty() ? "no change" : fmt::format("{}", fmt::join(parts, ", "));
}

std::string whole_dollars(Money m) {
    std::string s = m.pretty();
    if (s.size() > 3 && s.compare(s.size() - 3, 3, ".00") == 0) s.erase(s.size() - 3);
    return s;
}

std::string spoken_changes(const Ask& a) {
    std::vector<std::string> parts;
    if (!a.rsu.is_zero()) parts.push_back(fmt::format("raise the RSU grant by {}", whole_dollars(a.rsu)));
    if (!a.sign_on_y1.is_zero())
        parts.push_back(fmt::format("raise the year-one sign-on by {}", whole_dollars(a.sign_on_y1)));
    if (!a.sign_on_y2.is_zero()) parts.push_back(fmt::format("the year-two sign-on by {}", whole_dollars(a.sign_on_y2)));
    if (!a.base.is_zero()) parts.push_back(fmt::format("move the base up by {}", whole_dollars(a.base)));
    if (parts.size() == 1) return parts[0];
    const std::string last = parts.back();
    parts.pop_back();
    return fmt::format("{} and {}", fmt::join(parts, ", "), last);
}

Script make_script(const Comparison& c, const Ask& a) {
    const Offer& o = c.offers.front().offer;
    const int years = c.offers.front().projection.years;
    const std::string role = o.role.empty() ? "role" : o.role + " role";
    const std::string team = o.company.empty() ? "the team" : o.company;
    std::string fact;
    std::string deadline;
    if (c.strongest) {
        const Offer& x = c.offers[*c.strongest].offer;
        const std::string who = x.company.empty() ? x.name : x.company;
        fact = fmt::format("I have a written offer from {}{} worth {} over {} years, against {} here", who,
                           x.level.empty() ? "" : " at " + x.level, whole_dollars(c.goal), years,
                           whole_dollars(c.offers.front().projection.sum.total));
        if (x.close_date) deadline = fmt::format(" {} needs my answer by {}.", who, x.close_date->iso());
    } else {
        fact = fmt::format("Over {} years this offer comes to {}, and the package I am aiming for is {}", years,
                           whole_dollars(c.offers.front().projection.sum.total), whole_dollars(c.goal));
    }
    const std::string ask = spoken_changes(a);
    Script s;
    s.short_ask = fmt::format(
        "Thank you for the offer: I am excited about the {} at {} and I want to make this work. {}. If you can {}, "
        "I am ready to accept.{}",
        role, team, fact, ask, deadline);
    std::string year1;
    if (!a.sign_on_y1.is_zero())
        year1 = fmt::format(" Year one is where the difference shows{}: {} in year one here, so the year-one "
                            "sign-on is what makes it whole.",
                            back_loaded(o) ? ", because the grant vests back-loaded" : "",
                            whole_dollars(c.offers.front().projection.y(1).total));
    std::string transition;
    if (!o.transition_cost().is_zero())
        transition = fmt::format(" Moving also costs me {} in unvested equity and relocation.",
                                 whole_dollars(o.transition_cost()));
    s.long_ask = fmt::format(
        "Thank you again for the offer and for the time the team has spent with me. I am excited about the {} at {}: "
        "the scope is what I want to do next, and {} is my first choice. I want to be open about where I stand. "
        "{}.{}{} I am not asking you to match everything line by line. The one change that would let me sign is "
        "this: {}. With that, year one comes to {} and the {} years to {}. If you can get there, I am ready to "
        "accept.{} Could you let me know by {}?",
        role, team, team, fact, year1, transition, ask, whole_dollars(a.year1_total), years, whole_dollars(a.total),
        deadline, c.timeline.window_end.iso());
    return s;
}

}  // namespace

std::optional<Rate> breakeven_growth(const Offer& offer, int years, Money goal) {
    // In hundredths of a percent: -5000 is -50%, 20000 is +200%.
    auto total_at = [&](std::int64_t hundredths) {
        Offer o = offer;
        o.growth = Rate{hundredths * 100};
        return project(o, years).sum.total;
    };
    std::int64_t lo = -5000, hi = 20000;
    if (total_at(lo) >= goal || total_at(hi) < goal) return std::nullopt;
    while (hi - lo > 1) {
        const std::int64_t mid = lo + (hi - lo) / 2;
        (total_at(mid) >= goal ? hi : lo) = mid;
    }
    return Rate{hi * 100};
}

Comparison compare(std::vector<Projected> offers, const CompareOptions& opts) {
    if (offers.empty() || (offers.size() < 2 && !opts.target))
        throw usage_error("compare needs the offer and at least one competing offer, or --target");
    if (opts.round.in_cents() <= 0) throw usage_error("--round must be a positive amount");
    Comparison c;
    c.offers = std::move(offers);
    c.round = opts.round;
    const Projected& me = c.offers.front();
    const int years = me.projection.years;
    for (std::size_t i = 1; i < c.offers.size(); ++i) {
        c.gaps.push_back(make_gap(me, c.offers[i]));
        if (!c.strongest || c.offers[i].projection.sum.total > c.offers[*c.strongest].projection.sum.total)
            c.strongest = i;
    }
    c.floor = opts.floor ? opts.floor : me.offer.floor;
    c.target = opts.target ? opts.target : me.offer.target;
    if (opts.target) {
        c.goal = *opts.target;
        c.goal_label = "your target";
    } else {
        const Projected& s = c.offers[*c.strongest];
        c.goal = s.projection.sum.total;
        c.goal_label = s.offer.name;
        c.year1_gap = s.projection.y(1).total - me.projection.y(1).total;
    }
    if (c.strongest)
        c.breakeven_growth = breakeven_growth(me.offer, years, c.offers[*c.strongest].projection.sum.total);
    c.gap = c.goal - me.projection.sum.total;
    const Money uncovered = max(Money(), me.offer.transition_cost() - me.offer.sign_on_y1);
    c.year1_need = max(max(c.year1_gap, uncovered), Money());
    c.timeline = make_timeline(c, opts.today);
    c.warnings = offer_warnings(c);
    if (c.gap.in_cents() > 0) {
        const Planner plan(c, me.offer, years);
        Ask rsu = plan.rsu_only(), both = plan.rsu_and_sign_on();
        // Lever order: RSUs first. When year one needs a bridge, the RSU ask carries
        // a year-one sign-on with it.
        if (c.year1_need.in_cents() > 0) c.asks = {both, rsu};
        else c.asks = {rsu, both};
        c.asks.push_back(plan.sign_on_only());
        c.asks.push_back(plan.base_only());
        std::stable_partition(c.asks.begin(), c.asks.end(), [](const Ask& a) { return a.feasible; });
        for (const Ask& a : c.asks)
            if (a.feasible) {
                c.script = make_script(c, a);
                break;
            }
    }
    return c;
}

// ---------------------------------------------------------------- rendering

namespace {

struct Part {
    const char* label;
    Money Components::*field;
    char glyph;
    const char* color;
};
constexpr Part kParts[] = {{"base", &Components::base, '#', "\x1b[34m"},
                           {"sign_on", &Components::sign_on, '=', "\x1b[33m"},
                           {"bonus", &Components::bonus, '+', "\x1b[35m"},
                           {"rsu", &Components::rsu, '*', "\x1b[32m"},
                           {"other", &Components::other, '~', "\x1b[36m"}};

std::string day(Date d) {
    static constexpr const char* kNames[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    return fmt::format("{} ({})", d.iso(), kNames[d.weekday()]);
}


std::string render_table(const Comparison& c) {
    const int years = c.offers.front().projection.years;
    std::string out = fmt::format("{:<17}", "");
    for (const Projected& p : c.offers) out += fmt::format("{:>17}", p.offer.name.substr(0, 16));
    out += "\n";
    auto block = [&](const std::string& title, auto&& get) {
        bool first = true;
        for (const Part& part : kParts) {
            bool any = false;
            for (const Projected& p : c.offers) any = any || !(get(p).*part.field).is_zero();
            if (!any && part.field != &Components::base) continue;
            out += fmt::format("{:<9}{:<8}", first ? title : "", part.label);
            for (const Projected& p : c.offers) out += fmt::format("{:>17}", get(p).*part.field);
            out += "\n";
            first = false;
        }
        out += fmt::format("{:<9}{:<8}", "", "total");
        for (const Projected& p : c.offers) out += fmt::format("{:>17}", get(p).total);
        out += "\n";
    };
    for (int n = 1; n <= years; ++n)
        block(fmt::format("year {}", n), [n](const Projected& p) -> const Components& { return p.projection.y(n); });
    block(fmt::format("{}-year", years), [](const Projected& p) -> const Components& { return p.projection.sum; });
    return out;
}

std::string render_chart(const Comparison& c, bool color) {
    constexpr int kWidth = 50;
    const int years = c.offers.front().projection.years;
    Money top;
    for (const Projected& p : c.offers)
        for (int n = 1; n <= years; ++n) top = max(top, p.projection.y(n).total);
    if (top.is_zero()) return "";
    std::string out = "Pay by year (";
    for (const Part& part : kParts) {
        out += fmt::format("{}{} {}", part.label == kParts[0].label ? "" : ", ", part.glyph, part.label);
    }
    out += fmt::format("; full width {}):\n", top);
    for (int n = 1; n <= years; ++n) {
        for (const Projected& p : c.offers) {
            const Components& y = p.projection.y(n);
            std::string bar;
            Money cum;
            int drawn = 0;
            for (const Part& part : kParts) {
                cum += y.*part.field;
                const int upto = static_cast<int>(
                    round_half_away(static_cast<i128>(max(cum, Money()).in_cents()) * kWidth, top.in_cents()));
                if (upto > drawn) {
                    if (color) bar += part.color;
                    bar.append(static_cast<std::size_t>(upto - drawn), part.glyph);
                    if (color) bar += "\x1b[0m";
                    drawn = upto;
                }
            }
            out += fmt::format("  year {:<2} {:<16} {}\n", n, p.offer.name.substr(0, 16), bar);
        }
    }
    return out;
}

}  // namespace

std::string render_compare(const Comparison& c, bool chart, bool color, bool script) {
    const Projected& me = c.offers.front();
    const int years = me.projection.years;
    std::string out = fmt::format("Offer under negotiation: {}", me.offer.name);
    if (c.offers.size() > 1) {
        std::vector<std::string> names;
        for (std::size_t i = 1; i < c.offers.size(); ++i) names.push_back(c.offers[i].offer.name);
        out += fmt::format("; compared with {}", fmt::join(names, ", "));
    }
    out += "\n";
    for (const std::string& a : me.adjustments) out += fmt::format("adjusted: {}\n", a);
    out += "\n" + render_table(c);

    if (!c.gaps.empty()) {
        out += fmt::format("\nGap (comparator minus {}):\n{:<17}", me.offer.name, "");
        for (int n = 1; n <= years; ++n) out += fmt::format("{:>15}", fmt::format("year {}", n));
        out += fmt::format("{:>17}\n", fmt::format("{}-year", years));
        for (const Gap& g : c.gaps) {
            out += fmt::format("{:<17}", g.against.substr(0, 16));
            for (Money m : g.years) out += fmt::format("{:>15}", m);
            out += fmt::format("{:>17}\n", g.total);
        }
        for (const Gap& g : c.gaps) {
            if (g.overtake_month)
                out += fmt::format("Cumulative pay: {} overtakes {} in month {}.\n", g.overtaker,
                                   g.overtaker == g.against ? me.offer.name : g.against, *g.overtake_month);
            else
                out += fmt::format("Cumulative pay: no overtaking between {} and {} within {} months.\n",
                                   me.offer.name, g.against, 12 * years);
        }
        if (c.strongest) {
            if (c.breakeven_growth)
                out += fmt::format("Break-even stock growth: {} matches {} at {}%/yr ({}).\n", me.offer.name,
                                   c.offers[*c.strongest].offer.name, c.breakeven_growth->percent(),
                                   to_string(me.offer.convention));
            else
                out += fmt::format("Break-even stock growth: none between -50% and +200%/yr.\n");
        }
    }

    if (c.floor || c.target) {
        out += "\nAgainst your";
        if (c.floor) out += fmt::format(" floor {}", *c.floor);
        if (c.floor && c.target) out += " and";
        if (c.target) out += fmt::format(" target {}", *c.target);
        out += fmt::format(" ({}-year):\n", years);
        for (const Projected& p : c.offers) {
            std::vector<std::string> parts;
            const Money t = p.projection.sum.total;
            auto against = [&](const char* what, Money line, const char* below) {
                if (t == line) return fmt::format("exactly at {}", what);
                return t > line ? fmt::format("above {} by {}", what, t - line)
                                : fmt::format("{} {} by {}", below, what, line - t);
            };
            if (c.floor) parts.push_back(against("floor", *c.floor, "BELOW"));
            if (c.target) parts.push_back(against("target", *c.target, "below"));
            out += fmt::format("  {:<17}{:>15}  {}\n", p.offer.name.substr(0, 16), t, fmt::join(parts, ", "));
        }
    }

    if (chart) out += "\n" + render_chart(c, color);

    for (const std::string& w : c.warnings) out += fmt::format("\nwarning: {}", w);
    if (!c.warnings.empty()) out += "\n";

    if (c.gap.is_zero()) {
        out += fmt::format("\n{} matches {} over {} years: no counter-ask needed.\n", me.offer.name, c.goal_label,
                           years);
    } else if (c.gap.is_negative()) {
        out += fmt::format("\n{} already leads {} by {} over {} years: no counter-ask needed.\n", me.offer.name,
                           c.goal_label, -c.gap, years);
    } else {
        out += fmt::format("\nCounter-asks to close the {}-year gap of {} to {} (rounded up to {}):\n", years, c.gap,
                           c.goal_label, c.round);
        int rank = 1;
        for (const Ask& a : c.asks) {
            if (a.feasible)
                out += fmt::format("  {}. {:<12} {}\n     -> year 1 {}, {}-year {}, {}\n", rank, a.lever,
                                   changes_text(a), a.year1_total, years, a.total,
                                   a.closes ? "closes the gap" : fmt::format("{} of the gap remains", a.remaining));
            else
                out += fmt::format("  {}. {:<12} not feasible\n", rank, a.lever);
            out += fmt::format("     why: {}\n", a.reason);
            ++rank;
        }
    }

    const Timeline& t = c.timeline;
    out += "\nTimeline:\n";
    out += fmt::format("  offer received   {}; review it within 24-72 hours\n", day(t.offer_date));
    out += fmt::format("  send the counter {}\n", day(t.counter_by));
    out += fmt::format("  ask for answer   between {} and {}\n", day(t.window_start), day(t.window_end));
    for (const auto& cl : t.closes)
        out += fmt::format("  {:<16} {}\n", cl.name.substr(0, 16), cl.date ? "closes " + day(*cl.date) : "no close date");
    for (const std::string& w : t.warnings) out += fmt::format("  warning: {}\n", w);

    if (script && c.script) {
        out += fmt::format("\nAsk, short (about 30 seconds):\n  {}\n", c.script->short_ask);
        out += fmt::format("\nAsk, longer (about 90 seconds):\n  {}\n", c.script->long_ask);
    }
    return out;
}

std::string compare_json(const Comparison& c) {
    std::vector<std::string> offers, gaps, asks, warnings, tl_warnings;
    for (const Projected& p : c.offers) offers.push_back(offer_json(p));
    for (const Gap& g : c.gaps) {
        std::vector<std::string> ys;
        for (Money m : g.years) ys.push_back(m.plain());
        gaps.push_back(fmt::format("{{\"against\": {}, \"years\": [{}], \"total\": {}, \"overtake\": {}}}",
                                   json_string(g.against), fmt::join(ys, ", "), g.total.plain(),
                                   g.overtake_month ? fmt::format("{{\"month\": {}, \"leader\": {}}}",
                                                                  *g.overtake_month, json_string(g.overtaker))
                                                    : "null"));
    }
    int rank = 1;
    for (const Ask& a : c.asks)
        asks.push_back(fmt::format(
            "{{\"rank\": {}, \"lever\": \"{}\", \"feasible\": {}, \"closes\": {}, \"reason\": {}, \"changes\": "
            "{{\"rsu\": {}, \"sign_on_y1\": {}, \"sign_on_y2\": {}, \"base\": {}}}, \"year1_total\": {}, "
            "\"total\": {}, \"remaining_gap\": {}}}",
            rank++, a.lever, a.feasible, a.closes, json_string(a.reason), a.rsu.plain(), a.sign_on_y1.plain(),
            a.sign_on_y2.plain(), a.base.plain(), a.year1_total.plain(), a.total.plain(), a.remaining.plain()));
    for (const std::string& w : c.warnings) warnings.push_back(json_string(w));
    for (const std::string& w : c.timeline.warnings) tl_warnings.push_back(json_string(w));
    std::vector<std::string> closes;
    for (const auto& cl : c.timeline.closes)
        closes.push_back(fmt::format("{{\"name\": {}, \"close_date\": {}}}", json_string(cl.name),
                                     cl.date ? json_string(cl.date->iso()) : "null"));
    auto opt_money = [](const std::optional<Money>& m) { return m ? m->plain() : std::string("null"); };
    return fmt::format(
        "{{\"offers\": [{}], \"gaps\": [{}], \"goal\": {{\"against\": {}, \"total\": {}, \"gap\": {}, "
        "\"year1_gap\": {}, \"year1_need\": {}}}, \"floor\": {}, \"target\": {}, \"asks\": [{}], "
        "\"breakeven_growth_pct\": {}, \"timeline\": {{\"offer_date\": \"{}\", \"counter_by\": \"{}\", "
        "\"answer_window\": [\"{}\", \"{}\"], \"closes\": [{}], \"warnings\": [{}]}}, \"warnings\": [{}], "
        "\"script\": {}}}\n",
        fmt::join(offers, ", "), fmt::join(gaps, ", "), json_string(c.goal_label), c.goal.plain(), c.gap.plain(),
        c.year1_gap.plain(), c.year1_need.plain(), opt_money(c.floor), opt_money(c.target), fmt::join(asks, ", "),
        c.breakeven_growth ? c.breakeven_growth->percent() : "null", c.timeline.offer_date.iso(),
        c.timeline.counter_by.iso(), c.timeline.window_start.iso(), c.timeline.window_end.iso(),
        fmt::join(closes, ", "), fmt::join(tl_warnings, ", "), fmt::join(warnings, ", "),
        c.script ? fmt::format("{{\"short\": {}, \"long\": {}}}", json_string(c.script->short_ask),
                               json_string(c.script->long_ask))
                 : "null");
}

}  // namespace offercalc
