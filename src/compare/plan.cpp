// The situation and the plan: what is short against whom, and the asks in the order
// a recruiter can grant them (DOMAIN "The plan"). The words come after, from these facts.

#include <algorithm>
#include <cctype>
#include <functional>

#include "compare/parts.hpp"

namespace offercalc::detail {

namespace {

bool same_company(const Offer& a, const Offer& b) {
    if (a.company.empty() || b.company.empty() || a.company.size() != b.company.size()) return false;
    return std::equal(a.company.begin(), a.company.end(), b.company.begin(), [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
    });
}

/// The first year past four whose leader (the sign of the gap) is not year four's.
std::optional<int> past_four_change(const std::vector<Money>& gaps) {
    if (gaps.size() <= 4) return std::nullopt;
    auto sign = [](Money m) { return m.is_negative() ? -1 : m.is_zero() ? 0 : 1; };
    const int four = sign(gaps[3]);
    for (std::size_t i = 4; i < gaps.size(); ++i)
        if (sign(gaps[i]) != four && sign(gaps[i]) != 0) return static_cast<int>(i) + 1;
    return std::nullopt;
}

}  // namespace

Situation make_situation(const Comparison& c, Date today) {
    Situation s;
    const Offer& me = c.offers.front().offer;
    s.years = c.offers.front().projection.years;
    s.net = c.after_tax;
    s.fixed = me.fixed;
    s.uncovered = max(Money(), me.transition_cost() - me.sign_on_y1);
    const auto mine = place(me);
    for (std::size_t i = 1; i < c.offers.size(); ++i) {
        const Offer& x = c.offers[i].offer;
        ComparatorFacts f;
        f.index = i;
        f.kind = x.kind;
        if (x.kind != OfferKind::Current && x.close_date)
            f.status = *x.close_date < today ? CloseStatus::Closed : CloseStatus::Live;
        const auto theirs = place(x);
        if (mine && theirs) f.level_relation = theirs->rank - mine->rank;
        f.same_company = same_company(me, x);
        f.gaps = c.gaps[i - 1].years;
        f.total_gap = c.gaps[i - 1].total;
        f.guaranteed_year1_gap = guaranteed(c.offers[i].projection.y(1)) - guaranteed(c.offers.front().projection.y(1));
        f.past_four_change = past_four_change(f.gaps);
        f.copy = x.name == me.name ||
                 (f.same_company && std::all_of(f.gaps.begin(), f.gaps.end(), [](Money g) { return g.is_zero(); }));
        s.comparators.push_back(std::move(f));
    }
    // Copies of the offer are no leverage, unless nothing else is compared.
    const auto copy = [](const ComparatorFacts& f) { return f.copy; };
    if (std::all_of(s.comparators.begin(), s.comparators.end(), copy))
        for (ComparatorFacts& f : s.comparators) f.copy = false;
    s.all_closed = std::any_of(s.comparators.begin(), s.comparators.end(), std::not_fn(copy)) &&
                   std::all_of(s.comparators.begin(), s.comparators.end(),
                               [](const ComparatorFacts& f) { return f.copy || f.status == CloseStatus::Closed; });
    // A part of a step is not short: no ask can be that small.
    if (s.uncovered < c.round) s.uncovered = Money();
    return s;
}

namespace {

/// When the cited comparator guarantees more year-one cash (base, sign-on, other items)
/// than the offer, by at least all that year one is short, and the gap sits in year
/// one (DOMAIN rule 2), cash the candidate can count on is what is missing: a
/// sign-on that closes the gap leads, as the bridge.
void prefer_sign_on(const Comparison& c, std::vector<Ask>& cash) {
    if (!c.cited || c.year1_need.is_zero()) return;
    // Guaranteed cash is what is short when it is the whole of year one's shortfall.
    const Money g = c.situation.comparators[*c.cited - 1].guaranteed_year1_gap;
    if (g < c.round || g < c.year1_need) return;
    // ... and the gap sits in year one: more than an even share of the total gap.
    if (c.year1_need.times(c.situation.years) <= c.gap) return;
    const auto so = std::find_if(cash.begin(), cash.end(), [](const Ask& a) { return a.lever == AskLever::SignOn; });
    if (so == cash.end() || so == cash.begin() || !so->feasible || !so->closes || !so->year1_short.is_zero() ||
        (so->stretch & kSignOnOverBase) != 0)  // a sign-on above the base is not the bridge a recruiter grants
        return;
    so->bridge = true;
    std::rotate(cash.begin(), so, so + 1);
}

}  // namespace

std::vector<Ask> plan_asks(const Comparison& c) {
    std::vector<Ask> asks;
    // A level gap comes before any cash ask, even when the offer leads in cash.
    if (auto level = level_ask(c)) asks.push_back(std::move(*level));
    if (c.gap.in_cents() > 0 && !c.situation.tie) {
        std::vector<Ask> cash = cash_asks(c);
        prefer_sign_on(c, cash);
        for (Ask& a : cash) asks.push_back(std::move(a));
    } else if (c.year1_need.in_cents() > 0) {
        // The total leads (or ties), yet year one or the transition cost is short:
        // a year-one sign-on sized to that need, nothing more.
        asks.push_back(year_one_ask(c));
    }
    // A startup's option terms that cost it no cash come in addition to the asks that
    // close the gap, never instead: after every ask that can be made.
    const auto at = std::find_if(asks.begin(), asks.end(), [](const Ask& a) { return !a.feasible; });
    const std::vector<Ask> terms = option_term_asks(c);
    asks.insert(at, terms.begin(), terms.end());
    return asks;
}

}  // namespace offercalc::detail
