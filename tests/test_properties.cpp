// Invariants over thousands of seeded random offers: totals are sums of their parts,
// grants vest to the cent, asks applied through the what-if flags close what they
// claim, and show, summary and JSON print the same numbers.
#include "catch.hpp"
#include <algorithm>
#include <random>
#include <sstream>

#include <fmt/format.h>
#include <fmt/ranges.h>  // fmt::join (fmt 10 and later)

#include "input/json_tree.hpp"
#include "offercalc/show.hpp"
#include "offercalc/compare.hpp"
#include "offercalc/summary.hpp"
#include "offercalc/parse.hpp"
#include "offercalc/scenarios.hpp"
#include "offercalc/tax.hpp"
#include "offercalc/whatif.hpp"
#include "invariants.hpp"
#include "support.hpp"

using namespace offercalc;

namespace {

class Generator {
public:
    explicit Generator(std::uint64_t seed) : rng_(seed) {}

    std::int64_t between(std::int64_t lo, std::int64_t hi) {
        return std::uniform_int_distribution<std::int64_t>(lo, hi)(rng_);
    }
    bool coin(int percent) { return between(1, 100) <= percent; }
    std::string dollars(std::int64_t lo, std::int64_t hi) { return Money::cents(between(lo * 100, hi * 100)).plain(); }
    std::string pct(std::int64_t lo, std::int64_t hi) { return Rate{between(lo * 10'000, hi * 10'000)}.percent(); }

    /// A vesting value: a preset, yearly percents or tranches adding up to 100.
    std::string vesting() {
        const auto& presets = vesting_presets();
        const std::int64_t kind = between(0, 2);
        if (kind == 0) return fmt::format("\"{}\"", presets[static_cast<std::size_t>(between(0, 5))].name);
        const int parts = static_cast<int>(between(1, kind == 1 ? 10 : 20));
        std::vector<std::int64_t> w(static_cast<std::size_t>(parts));
        std::int64_t left = 100 * 10'000;  // in ten-thousandths of a percent
        for (int i = 0; i < parts - 1; ++i) {
            w[static_cast<std::size_t>(i)] = between(0, left);
            left -= w[static_cast<std::size_t>(i)];
        }
        w.back() = left;
        std::vector<std::string> items;
        int month = 0;
        for (int i = 0; i < parts; ++i) {
            const std::string p = Rate{w[static_cast<std::size_t>(i)]}.percent();
            if (kind == 1) {
                items.push_back(p);
            } else {
                month += static_cast<int>(between(1, 120 / parts));
                items.push_back(fmt::format(R"({{"month": {}, "pct": {}}})", month, p));
            }
        }
        return fmt::format("[{}]", fmt::join(items, ", "));
    }

    std::string offer(const std::string& name) {
        std::vector<std::string> f;
        f.push_back(
            fmt::format(R"("name": "{}", "company": "C{}", "level": "L{}")", name, between(1, 9), between(3, 7)));
        f.push_back(fmt::format(R"("base": {})", dollars(30'000, 500'000)));
        if (coin(50)) f.push_back(fmt::format(R"("raise_pct": {})", pct(0, 10)));
        if (coin(50)) f.push_back(fmt::format(R"("bonus_pct": {})", pct(0, 30)));
        if (coin(70))
            f.push_back(fmt::format(R"("sign_on": {{"year1": {}, "year2": {}, "clawback": {}}})", dollars(0, 100'000),
                                    dollars(0, 80'000), coin(30)));
        if (coin(85))
            f.push_back(fmt::format(R"("rsu": {{"grant": {}, "vesting": {}}})", dollars(0, 1'000'000), vesting()));
        if (coin(30)) {
            std::vector<std::string> r;
            for (std::int64_t i = between(1, 3); i > 0; --i)
                r.push_back(fmt::format(R"({{"grant": {}, "month": {}, "vesting": {}}})", dollars(0, 200'000),
                                        between(0, 60), vesting()));
            f.push_back(fmt::format(R"("refreshers": [{}])", fmt::join(r, ", ")));
        }
        if (coin(50)) f.push_back(fmt::format(R"("stock_growth_pct": {})", pct(-30, 50)));
        if (coin(40)) f.push_back(R"("growth_convention": "recruiter")");
        if (coin(30))
            f.push_back(fmt::format(
                R"("other": [{{"name": "relocation", "amount": {}, "year": {}}}, {{"name": "401k", "amount": {}, "every_year": true}}])",
                dollars(0, 30'000), between(1, 4), dollars(0, 10'000)));
        if (coin(60)) f.push_back(fmt::format(R"("band": {{"base_max": {}}})", dollars(30'000, 600'000)));
        if (coin(30)) f.push_back(coin(50) ? R"("fixed": ["rsu"])" : R"("fixed": ["base", "sign_on"])");
        if (coin(40)) f.push_back(fmt::format(R"("transition": {{"unvested": {}}})", dollars(0, 150'000)));
        if (coin(30)) f.push_back(R"("offer_date": "2026-11-20", "close_date": "2026-12-01")");
        if (coin(15))  // stock options, sometimes under water, with prices finer than a cent
            f.push_back(fmt::format(
                R"("options": {{"type": "{}", "shares": {}, "strike": {}, "preferred_price": {}, "vesting": {}}})",
                coin(50) ? "iso" : "nso", between(1, 2'000'000), Rate{between(1, 20'000'000)}.percent(),
                Rate{between(1, 50'000'000)}.percent(), vesting()));
        return fmt::format("{{{}}}", fmt::join(f, ", "));
    }

private:
    std::mt19937_64 rng_;
};

Projected projected(const Offer& o, int years) {
    Projected p;
    p.offer = o;
    p.projection = project(o, years);
    return p;
}

constexpr int kOffers = 2000;

}  // namespace

TEST_CASE("property: every year's total is the sum of its parts", "[property]") {
    Generator g(20261123);
    for (int i = 0; i < kOffers; ++i) {
        const std::string doc = g.offer("p");
        const Offer o = parse_offer(doc, "gen.json");
        for (int years : {1, 4, 10}) {
            INFO(doc << " over " << years << " years");
            REQUIRE(testing::parts_add_up(o, project(o, years)));
        }
    }
}

TEST_CASE("property: at zero growth a grant vests to the cent", "[property]") {
    Generator g(7);
    for (int i = 0; i < kOffers; ++i) {
        Offer o = parse_offer(g.offer("v"), "gen.json");
        if (!o.rsu) continue;
        o.growth = Rate{0};
        o.refreshers.clear();
        REQUIRE(project(o, 10).sum.rsu == o.rsu->value);
    }
}

namespace {

/// True when one step less year-one sign-on than the ask's, with the smallest grant
/// that still closes the total (found by bisection over whole steps), leaves year one
/// below `bar`, or no grant closes the total: the ask's sign-on is the smallest.
bool sign_on_is_smallest(const Offer& me, const Comparison& c, const Ask& a, Money bar) {
    Ask less = a;
    less.sign_on_y1 = a.sign_on_y1 - c.round;
    auto with_grant = [&](std::int64_t k) {
        less.rsu = c.round.times(k);
        return project(testing::apply_ask_flags(me, less), 4);
    };
    std::int64_t lo = -1, hi = a.rsu.in_cents() / c.round.in_cents() + 1000;
    if (with_grant(hi).sum.total < c.goal) return true;
    while (hi - lo > 1) {
        const std::int64_t mid = lo + (hi - lo) / 2;
        (with_grant(mid).sum.total >= c.goal ? hi : lo) = mid;
    }
    return with_grant(hi).y(1).total < bar;
}

}  // namespace

TEST_CASE(
    "property: every feasible ask, applied through the flags, closes what it claims, and an rsu+sign_on "
    "ask's sign-on is the smallest that makes year one whole",
    "[property]") {
    Generator g(42);
    CompareOptions opts;
    opts.today = *Date::parse("2026-11-23");
    int checked = 0, smallest = 0;
    for (int i = 0; i < kOffers / 4; ++i) {
        const Offer me = parse_offer(g.offer("me"), "me.json");
        const Offer rival = parse_offer(g.offer("rival"), "rival.json");
        const Comparison c = compare({projected(me, 4), projected(rival, 4)}, opts);
        const Money bar = project(me, 4).y(1).total + c.year1_need;
        for (const Ask& a : c.asks) {
            if (!a.feasible || option_term(a.lever)) continue;  // a term closes no gap in dollars
            const Projection p = project(testing::apply_ask_flags(me, a), 4);
            REQUIRE(p.y(1).total == a.year1_total);
            REQUIRE(p.sum.total == a.total);
            REQUIRE(a.closes == (a.total >= c.goal));
            REQUIRE(a.remaining == (a.closes ? Money() : c.goal - a.total));
            if (a.lever != AskLever::Base) REQUIRE(a.closes);
            if (a.lever == AskLever::RsuSignOn) {
                REQUIRE(a.year1_total >= bar);
                REQUIRE(sign_on_is_smallest(me, c, a, bar));
                ++smallest;
            }
            ++checked;
        }
    }
    CHECK(checked > kOffers / 4);  // the generator gives gaps to close, not only leads
    CHECK(smallest > 20);
}

namespace {

/// Pre-tax savings drawn at random: none a quarter of the time; else a 401(k) as a
/// percent or an amount (often above the limit), an age, an HSA, other deductions and
/// a match, each present or not.
std::optional<Savings> random_savings(Generator& g) {
    if (g.between(0, 3) == 0) return std::nullopt;
    Savings s;
    if (g.between(0, 1)) s.k401_pct = Rate{g.between(0, 30) * 10'000};
    else s.k401 = Money::cents(g.between(0, 40'000) * 100);
    if (g.between(0, 1)) s.age = static_cast<int>(g.between(25, 66));
    if (g.between(0, 1)) {
        s.hsa = Money::cents(g.between(0, 12'000) * 100);
        s.hsa_coverage = g.between(0, 1) ? HsaCoverage::Self : HsaCoverage::Family;
    }
    if (g.between(0, 1)) s.other = Money::cents(g.between(0, 600'000));
    if (g.between(0, 1)) {
        s.match_pct = Rate{g.between(0, 100) * 10'000};
        s.match_up_to_pct = Rate{g.between(0, 10) * 10'000};
    }
    return s;
}

}  // namespace

TEST_CASE("property: after tax, gross is net plus every tax line plus the savings, to the cent", "[property][tax]") {
    Generator g(7);
    const auto& states = tax_states();
    int saved = 0;
    for (int i = 0; i < kOffers / 4; ++i) {
        const Offer o = parse_offer(g.offer("me"), "me.json");
        TaxProfile t{kFilings[g.between(0, 3)],
                     states[static_cast<std::size_t>(g.between(0, static_cast<std::int64_t>(states.size()) - 1))], ""};
        const std::vector<std::string> cities = tax_cities(t.state);
        if (!cities.empty() && g.between(0, 1))
            t.city = cities[static_cast<std::size_t>(g.between(0, static_cast<std::int64_t>(cities.size()) - 1))];
        t.savings = random_savings(g);
        const Projection pr = project(o, 4);
        const AfterTax a = after_tax(t, pr);
        SavedLines sum;
        for (int n = 1; n <= 4; ++n) {
            const YearTax& y = a.years[static_cast<std::size_t>(n - 1)];
            REQUIRE(y.wages == pr.y(n).total - pr.y(n).options);  // paper value is not pay
            REQUIRE(y.saved.total == y.saved.k401 + y.saved.hsa + y.saved.other);
            REQUIRE(y.wages == y.net + y.tax.total + y.saved.total);
            REQUIRE(y.saved.total <= max(Money(), pr.y(n).base));
            REQUIRE(y.roth_catch_up <= y.saved.k401);
            sum.add(y.saved);
        }
        REQUIRE(a.saved.total == sum.total);
        REQUIRE(pr.sum.total - pr.sum.options == a.net_total + a.tax.total + a.saved.total);
        if (!a.saved.total.is_zero()) ++saved;
    }
    CHECK(saved > kOffers / 8);
}

TEST_CASE("property: after tax, every feasible ask applied through the flags gives the net it claims",
          "[property][tax]") {
    Generator g(2026);
    CompareOptions opts;
    opts.today = *Date::parse("2026-11-23");
    opts.after_tax = true;
    const auto& states = tax_states();
    int checked = 0;
    for (int i = 0; i < kOffers / 8; ++i) {
        Offer me = parse_offer(g.offer("me"), "me.json");
        Offer rival = parse_offer(g.offer("rival"), "rival.json");
        const auto pick = [&] {
            return states[static_cast<std::size_t>(g.between(0, static_cast<std::int64_t>(states.size()) - 1))];
        };
        me.tax = TaxProfile{kFilings[g.between(0, 3)], pick(), ""};
        rival.tax = TaxProfile{kFilings[g.between(0, 3)], pick(), ""};
        if (me.tax->state == "NY" && g.between(0, 1)) me.tax->city = "NYC";
        me.tax->savings = random_savings(g);
        rival.tax->savings = random_savings(g);
        const Comparison c = compare({projected(me, 4), projected(rival, 4)}, opts);
        for (const Ask& a : c.asks) {
            if (!a.feasible || a.lever == AskLever::Level || option_term(a.lever)) continue;
            Projected p = projected(testing::apply_ask_flags(me, a), 4);
            add_after_tax(p);
            REQUIRE(p.projection.sum.total == a.total);
            REQUIRE(p.after_tax->net_total == *a.net_total);
            REQUIRE(p.after_tax->years[0].net == *a.net_year1_total);
            REQUIRE(a.closes == (*a.net_total >= c.goal));
            if (a.lever != AskLever::Base) REQUIRE(a.closes);
            ++checked;
        }
    }
    CHECK(checked > kOffers / 16);
}

TEST_CASE("property: show, summary, --format and JSON print the same numbers", "[property]") {
    Generator g(1234);
    for (int i = 0; i < kOffers / 4; ++i) {
        const Projected p = projected(parse_offer(g.offer("s"), "gen.json"), 4);
        // JSON, read back with the project's own exact reader.
        detail::JNode root;
        std::string error;
        REQUIRE(detail::parse_json(offer_json(p), root, error));
        const detail::JNode& years = *root.find("years");
        REQUIRE(years.items.size() == 4);
        for (int n = 1; n <= 4; ++n) {
            const detail::JNode& y = years.items[static_cast<std::size_t>(n - 1)];
            const Components& c = p.projection.y(n);
            CHECK(y.find("base")->text == c.base.plain());
            CHECK(y.find("sign_on")->text == c.sign_on.plain());
            CHECK(y.find("bonus")->text == c.bonus.plain());
            CHECK(y.find("rsu")->text == c.rsu.plain());
            CHECK(y.find("other")->text == c.other.plain());
            CHECK(y.find("total")->text == c.total.plain());
        }
        CHECK(root.find("total")->text == p.projection.sum.total.plain());
        // show: the "total" row holds each year's total and the sum.
        std::istringstream show(render_show(p));
        std::string line;
        std::vector<std::string> totals;
        while (std::getline(show, line))
            if (line.rfind("total ", 0) == 0) {
                std::istringstream cells(line.substr(5));
                for (std::string cell; cells >> cell;) totals.push_back(cell);
            }
        REQUIRE(totals.size() == 5);
        for (int n = 1; n <= 4; ++n) CHECK(totals[static_cast<std::size_t>(n - 1)] == p.projection.y(n).total.pretty());
        CHECK(totals[4] == p.projection.sum.total.pretty());
        // summary --exact ends "; A B C D = X"; --format '{total:raw}' is the JSON total.
        const std::string s = render_summary_line(p, true);
        CHECK(s.substr(s.rfind("; ")) ==
              fmt::format("; {} {} {} {} = {}\n", totals[0], totals[1], totals[2], totals[3], totals[4]));
        CHECK(LineFormat("{total:raw}").apply(p) == root.find("total")->text + "\n");
    }
}

TEST_CASE("property: every sweep row is the projection of its point", "[property][sweep]") {
    // The sweep keeps its totals in parts and re-vests only what a change touches;
    // each row must still be exactly what project() gives for that point.
    Generator g(20261123);
    int rows = 0;
    for (int i = 0; i < 300; ++i) {
        const Offer o = parse_offer(g.offer("s"), "s.json");
        const int years = static_cast<int>(g.between(1, 10));
        std::vector<SweepAxis> axes;
        if (o.rsu)
            axes.push_back(parse_axis(Field::Rsu, "-" + o.rsu->value.plain() + "..20k/" + g.dollars(5'000, 50'000)));
        if (g.coin(50)) axes.push_back(parse_axis(Field::Growth, "0..12/" + g.pct(1, 6)));
        if (g.coin(50)) axes.push_back(parse_axis(Field::SignOnY1, "0..3k/1k"));
        if (g.coin(30)) axes.push_back(parse_axis(Field::BonusPct, "0..2/1"));
        if (axes.empty()) axes.push_back(parse_axis(Field::Base, "0..1000/250"));
        std::sort(axes.begin(), axes.end(), [](const SweepAxis& a, const SweepAxis& b) { return a.field < b.field; });
        sweep(o, axes, years, [&](const SweepRow& r) {
            Offer point = o;
            for (std::size_t a = 0; a < axes.size(); ++a) apply_point(o, point, axes[a].field, r.values[a]);
            const Projection p = project(point, years);
            REQUIRE(r.year1_total == p.y(1).total);
            REQUIRE(r.total == p.sum.total);
            ++rows;
        });
    }
    CHECK(rows > 10'000);
}

TEST_CASE("the JSON reader keeps each number's text as typed, and its depth limit", "[json]") {
    detail::JNode tree;
    std::string error;
    REQUIRE(detail::parse_json(R"([-0, 0, -0.0, 12.50, 123456789012345678901234567890, -7])", tree, error));
    CHECK(tree.items[0].text == "-0");
    CHECK(tree.items[1].text == "0");
    CHECK(tree.items[2].text == "-0.0");
    CHECK(tree.items[3].text == "12.50");
    CHECK(tree.items[4].text == "123456789012345678901234567890");
    CHECK(tree.items[5].text == "-7");
    for (int depth : {kMaxDepth, kMaxDepth + 1}) {
        const std::string nested =
            std::string(static_cast<std::size_t>(depth), '[') + std::string(static_cast<std::size_t>(depth), ']');
        CHECK(detail::parse_json(nested, tree, error) == (depth <= kMaxDepth));
    }
}
