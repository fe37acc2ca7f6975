// Odds under stock risk: every figure checked against the deterministic model or a
// closed form, within a sampling error stated next to each check.

#include "catch.hpp"
#include <cmath>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "odds/engine.hpp"
#include "offercalc/compare.hpp"
#include "offercalc/odds.hpp"
#include "offercalc/parse.hpp"
#include "offercalc/tax.hpp"
#include "support.hpp"

using namespace offercalc;

namespace {

Projected load(const std::string& text, int years = 4) {
    Projected p;
    p.offer = parse_offer(text, "t.json", {});
    p.projection = project(p.offer, years);
    return p;
}

/// An offer paying `base` a year and one RSU tranche of `grant` at month 24.
std::string one_tranche(const char* name, const char* company, int base, int grant, double growth, double vol,
                        const char* convention = "vest_date") {
    return fmt::format(R"({{"name": "{}", "company": "{}", "base": {}, "rsu": {{"grant": {}, "vesting":
        [{{"month": 24, "pct": 100}}]}}, "stock_growth_pct": {}, "volatility_pct": {}, "growth_convention": "{}"}})",
                       name, company, base, grant, growth, vol, convention);
}

std::string cash(const char* name, int base) {
    return fmt::format(R"({{"name": "{}", "company": "{}", "base": {}}})", name, name, base);
}

Offer example(const char* file) {
    std::ifstream in(std::string(OFFERCALC_SOURCE_DIR) + "/examples/" + file);
    std::stringstream text;
    text << in.rdbuf();
    return parse_offer(text.str(), file, {});
}

double phi(double x) { return 0.5 * std::erfc(-x / std::sqrt(2.0)); }

OddsOptions paths(std::int64_t n, unsigned threads = 2) {
    OddsOptions o;
    o.paths = n;
    o.threads = threads;
    return o;
}

double dollars(Money m) { return static_cast<double>(m.in_cents()) / 100; }

// Standard normal quantiles (10th and 90th): -z10 = z90.
constexpr double kZ90 = 1.2815515655446004;

}  // namespace

TEST_CASE("the inverse normal matches the normal distribution to 1.2e-9 relative") {
    // Phi from erfc (libm) is the independent side; Acklam's bound is 1.15e-9.
    for (double p :
         {1e-12, 1e-9, 1e-6, 1e-3, 0.01, 0.02425, 0.03, 0.1, 0.25, 0.5, 0.6, 0.9, 0.97, 0.975, 0.999, 1 - 1e-6}) {
        const double x = detail::inverse_normal(p);
        const double back = phi(x);
        const double tail = std::min(p, 1 - p);
        INFO("p = " << p << ", x = " << x);
        CHECK(std::fabs(back - p) <= 1.2e-9 * tail * 40 + 1e-16);  // the tail's slope magnifies the error
    }
    CHECK(detail::inverse_normal(0.5) == 0.0);
    CHECK(detail::inverse_normal(0.975) == Approx(1.959963984540054).epsilon(1e-8));
}

TEST_CASE("with zero volatility every figure is the deterministic one, to the cent") {
    std::vector<Projected> offers;
    for (const char* f : {"amazon-l5-pm.json", "meta-ic5-pm.json", "current-job.json"}) {
        Projected p;
        p.offer = example(f);
        p.offer.volatility = Rate{};
        p.offer.growth = Rate{120'000};  // 12%: the deterministic growth path is what every path follows
        p.projection = project(p.offer);
        offers.push_back(p);
    }
    const Odds o = odds(offers, paths(5000));
    for (std::size_t i = 0; i < offers.size(); ++i) {
        const Projection& det = offers[i].projection;
        for (Money m : {o.offers[i].total.p10, o.offers[i].total.p50, o.offers[i].total.p90, o.offers[i].total.mean})
            CHECK(m == det.sum.total);
        for (Money m : {o.offers[i].year1.p10, o.offers[i].year1.p50, o.offers[i].year1.p90, o.offers[i].year1.mean})
            CHECK(m == det.y(1).total);
    }
    // After tax, every figure is the deterministic net figure.
    OddsOptions net = paths(1000);
    net.after_tax = true;
    std::vector<Projected> taxed = offers;
    for (Projected& p : taxed) add_after_tax(p);
    const Odds n = odds(offers, net);
    for (std::size_t i = 0; i < offers.size(); ++i) {
        CHECK(n.offers[i].total.p10 == taxed[i].after_tax->net_total);
        CHECK(n.offers[i].total.p90 == taxed[i].after_tax->net_total);
        CHECK(n.offers[i].year1.mean == taxed[i].after_tax->years[0].net);
    }
    // Amazon trails Meta (always loses, by the gap) and leads the current job (always wins).
    CHECK(o.vs[0].wins == 0);
    CHECK(o.vs[0].losses == 5000);
    CHECK(o.vs[0].expected_shortfall == offers[1].projection.sum.total - offers[0].projection.sum.total);
    CHECK(o.vs[1].wins == 5000);
    CHECK(o.vs[1].wins_year1 == 5000);
    CHECK(o.vs[1].expected_shortfall == Money());
}

TEST_CASE("a single tranche: percentiles, mean and the chance to beat cash follow the closed form") {
    // One tranche of G = $100,000 at month 24, growth g = 10%, volatility 40%: worth
    // G (1.1)^2 exp(0.4 W) with W normal of variance 2, plus $100,000 a year of base.
    const double G = 100'000, g2 = 1.21, sd = 0.4 * std::sqrt(2.0), cash2 = 200'000;
    const std::int64_t n = 200'000;
    // Sampling error of a percentile: sqrt(p(1-p)/n) / density = 0.00382 in z units at
    // the 10th and 90th (0.0028 at the median), i.e. 0.22% of the tranche's value;
    // the checks allow 5 of those (1.1%).
    const Projected offer = load(one_tranche("RSU", "Acme", 100'000, 100'000, 10, 40), 2);
    const double threshold = 1.3;  // the comparator pays 1.3 x the median tranche in cash
    const Projected rival = load(cash("Cash", static_cast<int>((cash2 + G * g2 * threshold) / 2)), 2);
    const Odds o = odds({offer, rival}, paths(n));
    const Spread& s = o.offers[0].total;
    auto rsu_part = [&](Money m) { return dollars(m) - cash2; };
    CHECK(rsu_part(s.p10) == Approx(G * g2 * std::exp(-kZ90 * sd)).epsilon(0.011));
    CHECK(rsu_part(s.p50) == Approx(G * g2).epsilon(0.011));
    CHECK(rsu_part(s.p90) == Approx(G * g2 * std::exp(kZ90 * sd)).epsilon(0.011));
    // Mean of a lognormal: exp(sd^2 / 2) above the median; its sampling error is
    // sqrt(exp(sd^2) - 1) / sqrt(n) = 0.0021 relative: 5 of those.
    CHECK(rsu_part(s.mean) == Approx(G * g2 * std::exp(sd * sd / 2)).epsilon(0.011));
    // Beats the cash when exp(0.4 W) > 1.3: Phi(-ln 1.3 / sd) = 0.3212; sampling error
    // sqrt(p(1-p)/n) = 0.00104: 5 of those.
    const double p = phi(-std::log(threshold) / sd);
    CHECK(o.vs[0].p_win == Approx(p).margin(0.0052));
    CHECK(o.vs[0].wins + o.vs[0].losses == n);  // no ties with a continuous price
    // When it loses, it is short by C - E[X | X < C] for the tranche X = a exp(sd Z),
    // a = G x 1.21, C = 1.3 a: E[X; X < C] = a exp(sd^2 / 2) Phi((ln(C/a) - sd^2) / sd),
    // divided by P(X < C) = Phi(ln(C/a) / sd). Within 1% (the losing paths' spread is
    // about a fifth of the shortfall; 5 sampling errors are under 0.5%).
    const double a = G * g2, C = a * threshold, k = std::log(threshold);
    const double conditional = a * std::exp(sd * sd / 2) * phi((k - sd * sd) / sd) / phi(k / sd);
    CHECK(dollars(o.vs[0].expected_shortfall) == Approx(C - conditional).epsilon(0.01));
    // Year one has no equity: the offer's $100,000 against the rival's larger base, on every path.
    CHECK(o.vs[0].wins_year1 == 0);
    CHECK(o.offers[0].year1.p10 == Money::dollars(100'000));
}

TEST_CASE("under the recruiter convention a tranche moves with the price at the start of its year") {
    // The month-24 tranche is valued at the year-2 start price (month 12): G (1.1)
    // exp(0.4 W), W of variance 1. Same sampling bound as above (smaller sd).
    const double G = 100'000, sd = 0.4;
    const Projected offer = load(one_tranche("RSU", "Acme", 100'000, 100'000, 10, 40, "recruiter"), 2);
    const Odds o = odds({offer, load(cash("Cash", 1), 2)}, paths(200'000));
    CHECK(dollars(o.offers[0].total.p90) - 200'000 == Approx(G * 1.1 * std::exp(kZ90 * sd)).epsilon(0.011));
    CHECK(dollars(o.offers[0].total.p50) - 200'000 == Approx(G * 1.1).epsilon(0.011));
}

TEST_CASE(
    "the same seed gives the same bytes on any number of threads, another seed moves only within sampling "
    "error") {
    std::vector<Projected> offers;
    for (const char* f : {"amazon-l5-pm.json", "meta-ic5-pm.json", "current-job.json"}) {
        Projected p;
        p.offer = example(f);
        p.projection = project(p.offer);
        offers.push_back(p);
    }
    const std::string one = odds_json(odds(offers, paths(50'000, 1)));
    CHECK(odds_json(odds(offers, paths(50'000, 2))) == one);
    CHECK(odds_json(odds(offers, paths(50'000, 3))) == one);
    CHECK(render_odds(odds(offers, paths(50'000, 1))) == render_odds(odds(offers, paths(50'000, 2))));
    OddsOptions other = paths(50'000);
    other.seed = 99;
    const Odds a = odds(offers, paths(50'000)), b = odds(offers, other);
    CHECK(odds_json(a) != odds_json(b));
    // p_win near 0.10: sampling error sqrt(0.09 / 50,000) = 0.0013 per run, 0.0019 for
    // the difference of two runs: 5 of those.
    CHECK(std::fabs(a.vs[0].p_win - b.vs[0].p_win) < 0.0095);
    // The median total: within 1% (about 5 sampling errors of a median).
    CHECK(dollars(a.offers[1].total.p50) == Approx(dollars(b.offers[1].total.p50)).epsilon(0.01));
}

TEST_CASE("offers of one company share a path, correlation 1 ties two companies") {
    const Projected a = load(one_tranche("A", "Acme", 100'000, 100'000, 0, 40), 2);
    const Projected b = load(one_tranche("B", "acme", 100'000, 100'000, 0, 40), 2);  // the same company
    const Odds same = odds({a, b}, paths(20'000));
    CHECK(same.vs[0].wins == 0);
    CHECK(same.vs[0].losses == 0);
    const Projected c = load(one_tranche("C", "Other", 100'000, 100'000, 0, 40), 2);
    OddsOptions tied = paths(20'000);
    tied.correlation = 1;
    CHECK(odds({a, c}, tied).vs[0].losses == 0);
    // Independent companies, identical offers: each wins half the time (sampling
    // error 0.0035 at 20,000 paths: 5 of those).
    OddsOptions apart = paths(20'000);
    apart.correlation = 0;
    CHECK(odds({a, c}, apart).vs[0].p_win == Approx(0.5).margin(0.018));
    // Negative correlation 0.5 apart: P(W_a > W_c) is still a half, by symmetry.
    apart.correlation = -0.5;
    CHECK(odds({a, c}, apart).vs[0].p_win == Approx(0.5).margin(0.018));
}

TEST_CASE("odds refuses impossible options with the option named") {
    const Projected a = load(one_tranche("A", "A", 1, 1, 0, 40)), b = load(one_tranche("B", "B", 1, 1, 0, 40)),
                    c = load(one_tranche("C", "C", 1, 1, 0, 40));
    OddsOptions o;
    o.correlation = -0.8;
    const Error e = testing::error_of([&] { odds({a, b, c}, o); });
    CHECK(e.subject().text() == "correlation");
    CHECK(std::string(e.what()).find("the lowest is -0.5") != std::string::npos);
    CHECK_NOTHROW(odds({a, b}, paths(10)));  // -0.8 between two companies is possible: not checked here
    o.correlation = 1.5;
    CHECK(testing::error_of([&] { odds({a, b}, o); }).subject().text() == "correlation");
    for (std::int64_t bad : {std::int64_t{0}, kMaxPaths + 1}) {
        CHECK(testing::error_of([&] { odds({a, b}, paths(bad)); }).subject().text() == "paths");
    }
    OddsOptions net = paths(10);
    net.after_tax = true;
    CHECK(std::string(testing::error_of([&] { odds({a, b}, net); }).what()).find("t.json: tax: expected") == 0);
}

TEST_CASE("percent_text reads as a person would say it") {
    CHECK(percent_text(0, 100'000) == "0%");
    CHECK(percent_text(100'000, 100'000) == "100%");
    CHECK(percent_text(1, 100'000) == "under 0.1%");
    CHECK(percent_text(99'999, 100'000) == "over 99.9%");
    CHECK(percent_text(62'449, 100'000) == "62.4%");
    CHECK(percent_text(62'450, 100'000) == "62.5%");  // half away from zero
    CHECK(probability_json(62'449, 100'000) == "0.6245");
    CHECK(probability_json(1, 3) == "0.3333");
    CHECK(probability_json(3, 3) == "1.0000");
}

TEST_CASE("compare --odds: each ask's chance agrees with odds, and a confidence ask is the smallest that wins") {
    // A cash-only comparator and an offer whose year-two tranche is all its equity: the
    // chance of an RSU ask has a closed form. The offer wins when
    // 200,000 + (G + R) x 1.21 x exp(0.4 W) > C, so the smallest grant increase R for a
    // 75% chance solves (G + R) x 1.21 x exp(z25 x 0.4 x sqrt 2) = C - 200,000.
    Projected offer = load(one_tranche("RSU", "Acme", 100'000, 100'000, 10, 40), 2);
    const Projected rival = load(cash("Cash", 200'000), 2);  // $400,000 over two years
    CompareOptions opts;
    opts.today = *Date::parse("2026-11-23");
    opts.odds = paths(100'000);
    opts.confidence = 75;
    const Comparison c = compare({offer, rival}, opts);
    REQUIRE(c.odds);
    const CompareOdds& o = *c.odds;
    CHECK(o.needed == 75'000);
    const Ask& rsu = o.confident[0];
    REQUIRE(rsu.feasible);
    const double needed_grant = 200'000 / (1.21 * std::exp(-0.6744897501960817 * 0.4 * std::sqrt(2.0)));
    // Sampling error of the 25th percentile at 100,000 paths: sqrt(0.1875 / 1e5) /
    // 0.3178 = 0.0043 in z units, 0.25% of the grant; 5 of those, plus one $1,000 step.
    CHECK(dollars(rsu.rsu) == Approx(needed_grant - 100'000).margin(needed_grant * 0.0123 + 1000));
    CHECK(*rsu.wins >= o.needed);
    // The same figure through `odds`: the offer with the ask against the rival.
    Projected asked = offer;
    asked.offer = testing::apply_ask_flags(offer.offer, rsu);
    asked.projection = project(asked.offer, 2);
    CHECK(odds({asked, rival}, paths(100'000)).vs[0].wins == *rsu.wins);
    // One step less falls short.
    Ask less = rsu;
    less.rsu = rsu.rsu - c.round;
    asked.offer = testing::apply_ask_flags(offer.offer, less);
    asked.projection = project(asked.offer, 2);
    CHECK(odds({asked, rival}, paths(100'000)).vs[0].wins < o.needed);
    // Cash is certain: the sign-on ask need only close the gap on the 75th-percentile
    // shortfall, and base (no band) likewise; both win on at least 75%.
    for (const Ask& a : o.confident) {
        INFO(to_string(a.lever));
        REQUIRE(a.feasible);
        CHECK(*a.wins >= o.needed);
    }
    // Cash closes what the tranche's 25th percentile leaves: 200,000 - 121,000 x
    // exp(z25 x 0.5657) = $117,369 over two years. The sign-on keeps the $100,000
    // year-one bridge (the rival pays $100,000 more in year one) and adds the rest in
    // year two; base adds it over two years. Sampling error of that percentile: 0.25%
    // of $82,631, about $200; 5 of those plus one step.
    const double tranche25 = 121'000 * std::exp(-0.6744897501960817 * 0.4 * std::sqrt(2.0));
    const double short25 = 200'000 - tranche25;
    const Ask& sign_on = o.confident[1];
    CHECK(sign_on.sign_on_y1 == Money::dollars(100'000));
    CHECK(dollars(sign_on.sign_on_y2) == Approx(short25 - 100'000).margin(2000));
    CHECK(dollars(o.confident[2].base) * 2 == Approx(short25).margin(2 * 2000));
    // A band with $5,000 of room cannot give the $8,700 a year that base needs.
    Projected banded = offer;
    banded.offer.band_max = Money::dollars(105'000);
    const Comparison b = compare({banded, rival}, opts);
    CHECK(b.odds->confident[2].blocked == Blocked::ChanceOutOfReach);
    CHECK(b.odds->confident[2].reason == "Base up to the band's top ($105,000.00) does not win on 75% of the paths.");
    // The ranked asks carry their chance; the offer as it stands wins when the tranche
    // beats $200,000, i.e. exp(0.4 W) > 200,000 / 121,000: Phi(-ln(1.6529) / 0.5657) = 0.1874.
    CHECK(static_cast<double>(o.wins_now) / 100'000 == Approx(0.1874).margin(0.0063));
    for (const Ask& a : c.asks)
        if (a.feasible && a.lever != AskLever::Level) CHECK(a.wins);
}

TEST_CASE("compare: a confidence needs the odds, and is a percent from 1 to 99") {
    const Projected offer = load(one_tranche("RSU", "Acme", 100'000, 100'000, 10, 40), 2);
    const Projected rival = load(cash("Cash", 200'000), 2);
    CompareOptions opts;
    opts.today = *Date::parse("2026-11-23");
    opts.confidence = 75;
    CHECK(testing::error_of([&] { compare({offer, rival}, opts); }).subject().text() == "confidence");
    opts.odds = paths(100);
    opts.confidence = 100;
    CHECK(testing::error_of([&] { compare({offer, rival}, opts); }).subject().text() == "confidence");
}

TEST_CASE("the odds words are sentences: every lever, fixed set, horizon and outcome, no template holes",
          "[odds][words]") {
    const char* fixed_sets[] = {"[]", R"(["rsu"])", R"(["sign_on"])", R"(["base"])", R"(["rsu","sign_on","base"])"};
    const std::vector<std::string> holes = {"  ", " .",  " ,",  "..",  "{}",    "1 years", "-$",
                                            "()", ", ,", "nan", "inf", " 0.0%", "(0.0%",   "100.0%"};
    int sentences = 0;
    for (const char* fixed : fixed_sets)
        for (int years : {1, 2, 4})
            for (int vol : {0, 60})
                for (int confidence : {50, 99})
                    for (bool band : {false, true}) {
                        Projected me;
                        me.offer = parse_offer(fmt::format(R"({{"name": "Acme offer", "company": "Acme", "base": 150000,
                            "sign_on": {{"year1": 20000}}, "rsu": {{"grant": 200000, "vesting": "even-annual"}},
                            "volatility_pct": {}, "fixed": {}{}}})",
                                                           vol, fixed, band ? R"(, "band": {"base_max": 160000})" : ""),
                                               "me.json", {});
                        me.projection = project(me.offer, years);
                        Projected rival = load(one_tranche("Rival offer", "Rival", 180000, 240000, 5, 45), years);
                        CompareOptions opts;
                        opts.today = *Date::parse("2026-11-23");
                        opts.odds = paths(2000);
                        opts.confidence = confidence;
                        const Comparison c = compare({me, rival}, opts);
                        std::vector<std::string> texts;
                        for (const Ask& a : c.odds->confident) texts.push_back(a.reason);
                        const std::string report = render_compare(c, {false, false, false, 0});
                        const auto from = report.find("Under stock risk");
                        REQUIRE(from != std::string::npos);
                        std::string line;
                        for (char ch : report.substr(from))
                            if (ch == '\n') {
                                if (line.rfind("  ", 0) != 0 && !line.empty())
                                    texts.push_back(line);  // sentences, not rows
                                line.clear();
                            } else {
                                line += ch;
                            }
                        for (const std::string& t : texts) {
                            INFO(t);
                            ++sentences;
                            CHECK(!t.empty());
                            for (const std::string& h : holes) CHECK(t.find(h) == std::string::npos);
                            CHECK(t.back() != ' ');
                        }
                    }
    CHECK(sentences > 400);
}

TEST_CASE("every pair of companies' shocks has the correlation asked for, however many companies") {
    // Five identical offers of five companies, one tranche at month 24: the log of a
    // path's equity over the grant is sigma * W(2 years) + a constant, so the sample
    // correlation of those logs between two companies estimates the correlation
    // (standard error (1 - r^2) / sqrt(paths), under 0.007 here: the margin is 4 of those).
    const char* names[] = {"A", "B", "C", "D", "E"};
    std::vector<Projected> offers;
    for (const char* n : names) offers.push_back(load(one_tranche(n, n, 100'000, 100'000, 0, 40), 2));
    for (double r : {0.3, 0.0, -0.2, 0.9}) {
        OddsOptions o = paths(20'000);
        o.correlation = r;
        const detail::Market market(offers, o);
        std::vector<const Projected*> all;
        for (const Projected& p : offers) all.push_back(&p);
        const std::vector<detail::PathTotals> t = market.simulate(all);
        auto logs = [&](std::size_t i) {
            std::vector<double> v;
            for (std::int64_t cents : t[i].total)
                v.push_back(std::log((static_cast<double>(cents) / 100 - 200'000) / 100'000));
            return v;
        };
        auto corr = [](const std::vector<double>& x, const std::vector<double>& y) {
            const auto n = static_cast<double>(x.size());
            double mx = 0, my = 0;
            for (std::size_t i = 0; i < x.size(); ++i) mx += x[i] / n, my += y[i] / n;
            double sxy = 0, sxx = 0, syy = 0;
            for (std::size_t i = 0; i < x.size(); ++i) {
                sxy += (x[i] - mx) * (y[i] - my);
                sxx += (x[i] - mx) * (x[i] - mx);
                syy += (y[i] - my) * (y[i] - my);
            }
            return sxy / std::sqrt(sxx * syy);
        };
        const std::vector<double> first = logs(0), third = logs(2), last = logs(4);
        CAPTURE(r);
        CHECK(corr(first, last) == Approx(r).margin(0.028));
        CHECK(corr(third, last) == Approx(r).margin(0.028));
    }
}

TEST_CASE("a simulation too large for memory is refused before any work, with the most paths that fit") {
    std::vector<Projected> seven;
    for (const char* n : {"A", "B", "C", "D", "E", "F", "G"}) seven.push_back(load(one_tranche(n, n, 1, 1, 0, 40)));
    // 7 offers keep year one and the total, 8 bytes each: 112 bytes a path; 1 GiB
    // holds 1,073,741,824 / 112 = 9,586,980 paths (and a remainder).
    OddsOptions o = paths(9'586'980);
    CHECK_NOTHROW(check_odds(seven, o));
    o.paths = 9'586'981;
    const Error e = testing::error_of([&] { check_odds(seven, o); });
    CHECK(e.subject().text() == "paths");
    CHECK(std::string(e.what()).find("7 offers x 9,586,981 paths would hold 1,025 MiB of results, above the limit of "
                                     "1,024 MiB: give at most 9,586,980 paths") != std::string::npos);
    // By year, each offer keeps one figure a year more: 4 years, 7 * 6 * 8 = 336 bytes a path.
    o.by_year = true;
    o.paths = 3'195'660;
    CHECK_NOTHROW(check_odds(seven, o));
    o.paths = 3'195'661;
    CHECK(testing::error_of([&] { check_odds(seven, o); }).subject().text() == "paths");
}

TEST_CASE(
    "compare --confidence after tax: a comparator of the same company, taxed elsewhere, leaves the kept years "
    "alone") {
    // The offer (Washington: no state income tax) and a rival of the same company
    // (California) share one price path, so the rival is simulated with the offer's
    // company; the taxed years kept for the offer's candidates must not take the
    // rival's. Each confident ask's paths won must be what `odds` gives for the offer
    // with that ask against the rival, computed without anything kept.
    Projected offer = load(one_tranche("Seattle", "Acme", 150'000, 100'000, 10, 40), 2);
    offer.offer.tax = TaxProfile{Filing::Single, "WA"};
    // The same base, so year one's wages (base alone) are the same on every path.
    Projected rival = load(one_tranche("San Jose", "Acme", 150'000, 200'000, 10, 40), 2);
    rival.offer.tax = TaxProfile{Filing::Single, "CA"};
    CompareOptions opts;
    opts.today = *Date::parse("2026-11-23");
    opts.after_tax = true;
    opts.odds = paths(4'000);
    opts.confidence = 80;
    const Comparison c = compare({offer, rival}, opts);
    REQUIRE(c.odds);
    OddsOptions net = paths(4'000);
    net.after_tax = true;
    CHECK(c.odds->wins_now == odds({offer, rival}, net).vs[0].wins);
    int checked = 0;
    for (const Ask& a : c.odds->confident) {
        INFO(to_string(a.lever));
        if (!a.feasible) continue;
        Projected asked = offer;
        asked.offer = testing::apply_ask_flags(offer.offer, a);
        asked.projection = project(asked.offer, 2);
        CHECK(odds({asked, rival}, net).vs[0].wins == *a.wins);
        CHECK(*a.wins >= c.odds->needed);
        ++checked;
    }
    CHECK(checked == 3);
}

namespace {

/// A startup: 150,000 a year and 40,000 options at a $1 strike, preferred $4,
/// cliff-monthly, with the exits given (JSON array text, "" for none).
std::string startup(const char* name, int shares, const std::string& exits) {
    return fmt::format(R"({{"name": "{}", "company": "Tiny", "base": 150000, "options": {{"type": "iso", "shares": {},
        "strike": 1.00, "preferred_price": 4.00, "vesting": "cliff-monthly"{}}}}})",
                       name, shares, exits.empty() ? "" : R"(, "exits": )" + exits);
}

}  // namespace

TEST_CASE("odds: a single exit is a Bernoulli draw on the startup's paths", "[odds][options]") {
    // The startup pays 4 x 150,000 = 600,000 in cash; the exit (year 4 at $11, p = 0.3)
    // adds 40,000 x (11 - 1) = 400,000 (every option has vested by month 48): 1,000,000.
    // The certain offer pays 4 x 200,000 = 800,000: the startup wins exactly on the
    // exit paths, so P(win) = 0.3 within 3 sigma = 3 sqrt(0.3 x 0.7 / 100,000) = 0.00435.
    const auto one = load(startup("Start", 40000, R"([{"year": 4, "price": 11.0, "probability": 0.3}])"));
    const Odds o = odds({one, load(cash("Big", 200000))}, paths(100000));
    const double p = o.vs[0].p_win;
    CHECK(std::abs(p - 0.3) <= 3 * std::sqrt(0.3 * 0.7 / 100000));
    CHECK(o.vs[0].wins_year1 == o.vs[0].wins);  // year one: 150,000 + 10,000 x 10 = 250,000 > 200,000 on those paths
    // Where it loses it pays 600,000: 200,000 short on every such path.
    CHECK(o.vs[0].expected_shortfall == Money::dollars(200000));
    // Each path pays 600,000 or 1,000,000: the mean is 600,000 + 400,000 x wins / paths exactly.
    CHECK(o.offers[0].total.mean == Money::dollars(600000) + Money::dollars(4).times(o.vs[0].wins));
    CHECK(o.offers[0].total.p10 == Money::dollars(600000));
    CHECK(o.offers[0].total.p50 == Money::dollars(600000));
    CHECK(o.offers[0].total.p90 == Money::dollars(1000000));  // 30% of the paths, above the 90th rank
}

TEST_CASE("odds: exits by probability, vested by the exit's year, the rest worth nothing", "[odds][options]") {
    // Year 2 at $6 (p = 0.2): 20,000 options vested by month 24 (25% + 12/36 of 75%),
    // 20,000 x 5 = 100,000; year 4 at $11 (p = 0.3): 400,000; otherwise 0.
    // Mean total: 600,000 + 0.2 x 100,000 + 0.3 x 400,000 = 740,000. The outcomes'
    // variance: 0.2 x 1e10 + 0.3 x 1.6e11 - 140,000^2 = 3.04e10; the sampling sd of the
    // mean over 100,000 paths is sqrt(3.04e10 / 1e5) = 551: within 3 sigma = 1,654.
    const auto s = load(
        startup("Start", 40000,
                R"([{"year": 2, "price": 6.0, "probability": 0.2}, {"year": 4, "price": 11.0, "probability": 0.3}])"));
    const Odds o = odds({s, load(cash("Big", 200000))}, paths(100000));
    CHECK(std::abs(dollars(o.offers[0].total.mean) - 740000) <= 1654);
    // Only the year-4 exit beats 800,000 (700,000 does not): P(win) = 0.3 as before.
    CHECK(std::abs(o.vs[0].p_win - 0.3) <= 3 * std::sqrt(0.3 * 0.7 / 100000));
    // The cheap exit's paths pay 700,000: the 10th percentile is still the no-exit 600,000.
    CHECK(o.offers[0].total.p10 == Money::dollars(600000));
}

TEST_CASE("odds: two offers of one startup draw the same exit", "[odds][options]") {
    // 40,000 against 20,000 options of the same company, the same cash: on an exit path
    // the larger grant pays more, on the others both pay 600,000. One shared draw: it
    // never loses, and it wins exactly on the exit paths (about 30%).
    const std::string exits = R"([{"year": 4, "price": 11.0, "probability": 0.3}])";
    const Odds o = odds({load(startup("A", 40000, exits)), load(startup("B", 20000, exits))}, paths(100000));
    CHECK(o.vs[0].losses == 0);
    CHECK(std::abs(o.vs[0].p_win - 0.3) <= 3 * std::sqrt(0.3 * 0.7 / 100000));
}

TEST_CASE("odds: options without exits count at their named price, certain", "[odds][options]") {
    // 600,000 + 40,000 x (4 - 1) = 720,000 on every path, against 800,000: never wins.
    const Odds o = odds({load(startup("Start", 40000, "")), load(cash("Big", 200000))}, paths(1000));
    CHECK(o.offers[0].total.p10 == Money::dollars(720000));
    CHECK(o.offers[0].total.p90 == Money::dollars(720000));
    CHECK(o.vs[0].wins == 0);
}
