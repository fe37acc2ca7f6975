// Stock options shown: the price basis, exercise cost by year, the multiples table,
// exits and the JSON block. Every expected figure is worked by hand in its comment.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "catch.hpp"

#include "offercalc/options_text.hpp"
#include "offercalc/parse.hpp"
#include "offercalc/summary.hpp"
#include "offercalc/whatif.hpp"

using namespace offercalc;

namespace {

Money d(std::int64_t dollars) { return Money::dollars(dollars); }

Projected projected(const std::string& json, int years = 4, const WhatIf& w = {}) {
    Projected p;
    p.offer = parse_offer(json, "o.json");
    p.adjustments = apply(w, p.offer, &p.brief_adjustments);
    p.projection = project(p.offer, years);
    return p;
}

// examples/startup-series-b.json, restated: 60,000 ISOs at $2.10, preferred $7.50.
const std::string kSeriesB = R"({"name": "Series B PM", "base": 185000, "sign_on": {"year1": 15000},
  "options": {"type": "iso", "shares": 60000, "strike": 2.10, "preferred_price": 7.50, "vesting": "cliff-monthly",
    "company": {"fully_diluted_shares": 80000000, "preferences": 150000000, "dilution_pct_per_year": 5},
    "exits": [{"year": 5, "valuation": 2000000000, "probability": 0.10},
              {"year": 5, "valuation": 600000000, "probability": 0.25},
              {"year": 3, "valuation": 120000000, "probability": 0.25}]}})";

// The issue's worked example: 48,000 NSOs at a $1 strike, exits at $20 (10%) and $5 (30%).
const std::string kIssue = R"({"name": "Issue", "base": 150000,
  "options": {"type": "nso", "shares": 48000, "strike": 1, "preferred_price": 5, "vesting": "cliff-monthly",
    "exits": [{"year": 4, "price": 20, "probability": 0.1}, {"year": 4, "price": 5, "probability": 0.3}]}})";

WhatIf priced(std::optional<SharePrice> price, std::optional<std::int64_t> multiple) {
    WhatIf w;
    w.option_price = OptionPricing{price, multiple};
    return w;
}

bool has(const std::string& text, const std::string& part) {
    INFO(text);
    return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("the multiples table: the offer's total at 0x, 1x, 3x and 10x the preferred price", "[options]") {
    const Projected p = projected(kSeriesB);
    const std::vector<OptionMultiple> ms = option_multiples(p.offer, 4);
    REQUIRE(ms.size() == 4);
    // Cash: 4 x $185,000 + $15,000 = $755,000. Options: 60,000 x (price - $2.10), 0 below the strike.
    // 0x: $0 -> $0, total $755,000.
    CHECK(ms[0].price.micros == 0);
    CHECK(ms[0].options == d(0));
    CHECK(ms[0].total == d(755000));
    // 1x: $7.50 -> 60,000 x $5.40 = $324,000; total $1,079,000.
    CHECK(ms[1].price.micros == 7'500'000);
    CHECK(ms[1].options == d(324000));
    CHECK(ms[1].total == d(1079000));
    // 3x: $22.50 -> 60,000 x $20.40 = $1,224,000; total $1,979,000.
    CHECK(ms[2].options == d(1224000));
    CHECK(ms[2].total == d(1979000));
    // 10x: $75 -> 60,000 x $72.90 = $4,374,000; total $5,129,000.
    CHECK(ms[3].options == d(4374000));
    CHECK(ms[3].total == d(5129000));
    // The issue's offer: cash 4 x $150,000 = $600,000; 48,000 x ($5k - $1).
    const std::vector<OptionMultiple> is = option_multiples(projected(kIssue).offer, 4);
    CHECK(is[0].total == d(600000));
    CHECK(is[1].total == d(600000 + 192000));   // 48,000 x $4
    CHECK(is[2].total == d(600000 + 672000));   // 48,000 x $14
    CHECK(is[3].total == d(600000 + 2352000));  // 48,000 x $49
    // No options, no table.
    CHECK(option_multiples(projected(R"({"name": "C", "base": 100000})").offer, 4).empty());
}

TEST_CASE("a price of its own or a multiple of the preferred price, and where it comes from", "[options]") {
    const Projected preferred = projected(kSeriesB);
    CHECK(price_basis_text(preferred.offer.options.value()) == "the last preferred price of $7.50 a share");
    CHECK(std::string(price_basis_key(*preferred.offer.options)) == "preferred");
    // A chosen $12: 60,000 x ($12 - $2.10) = $594,000 over the 4 years, $148,500 a year.
    const Projected chosen = projected(kSeriesB, 4, priced(SharePrice{12'000'000}, std::nullopt));
    CHECK(chosen.projection.sum.options == d(594000));
    CHECK(chosen.projection.y(1).options == d(148500));
    CHECK(price_basis_text(*chosen.offer.options) ==
          "a chosen price of $12 a share (the last preferred price is $7.50)");
    CHECK(std::string(price_basis_key(*chosen.offer.options)) == "price");
    // 3x: $22.50, 60,000 x $20.40 = $1,224,000.
    const Projected triple = projected(kSeriesB, 4, priced(std::nullopt, 300));
    CHECK(triple.projection.sum.options == d(1224000));
    CHECK(price_basis_text(*triple.offer.options) == "$22.50 a share, 3x the last preferred price of $7.50");
    // 0.5x: $3.75, 60,000 x $1.65 = $99,000.
    const Projected half = projected(kSeriesB, 4, priced(std::nullopt, 50));
    CHECK(half.projection.sum.options == d(99000));
    CHECK(price_basis_text(*half.offer.options) == "$3.75 a share, 0.5x the last preferred price of $7.50");
    // 0.25x: $1.875, under the $2.10 strike: nothing on paper.
    CHECK(projected(kSeriesB, 4, priced(std::nullopt, 25)).projection.sum.options == d(0));
    // An offer without options is left alone.
    CHECK(projected(R"({"name": "C", "base": 100000})", 4, priced(SharePrice{12'000'000}, std::nullopt))
              .projection.sum.total == d(400000));
}

TEST_CASE("multiples and prices are written plainly", "[options]") {
    CHECK(multiple_text(0) == "0x");
    CHECK(multiple_text(100) == "1x");
    CHECK(multiple_text(1000) == "10x");
    CHECK(multiple_text(50) == "0.5x");
    CHECK(multiple_text(225) == "2.25x");
    CHECK(price_json(SharePrice{7'500'000}) == "7.50");
    CHECK(price_json(SharePrice{20'000'000}) == "20.00");
    CHECK(price_json(SharePrice{12'500}) == "0.0125");
    CHECK(price_json(SharePrice{18'119'043}) == "18.119043");
    CHECK(price_json(SharePrice{0}) == "0.00");
}

TEST_CASE("show's options part: the price, the paper-value line, exercise cost by year, multiples", "[options]") {
    const std::string text = render_options(projected(kSeriesB), 0, false);
    CHECK(has(text,
              "options: 60,000 ISOs at a strike of $2.10, counted at the last preferred price of $7.50 a "
              "share; 409A fair market value $2.10\n"));
    CHECK(has(text, "it is not cash"));
    // Cliff-monthly: 15,000 shares at month 12, then 1,250 a month: 15,000 a year, each
    // 15,000 x $2.10 = $31,500; 60,000 x $2.10 = $126,000 in all.
    CHECK(has(text, "shares vesting      15,000      15,000      15,000      15,000        60,000\n"));
    CHECK(has(text, "exercise cost   $31,500.00  $31,500.00  $31,500.00  $31,500.00   $126,000.00\n"));
    CHECK(has(text, "         3x         $22.50  $1,224,000.00  $1,979,000.00\n"));
    CHECK(has(text, "        10x         $75.00  $4,374,000.00  $5,129,000.00\n"));
    // An uneven grant: 1,001 shares even-annual at $0.33: 250, 250, 250, 251 shares;
    // $82.50 three times, then 251 x $0.33 = $82.83; $330.33 in all (1,001 x $0.33).
    const std::string uneven = render_options(
        projected(R"({"name": "U", "base": 100000, "options": {"type": "nso", "shares": 1001, "strike": 0.33,
        "preferred_price": 1, "vesting": "even-annual"}})"),
        0, false);
    CHECK(has(uneven, "shares vesting     250     250     250     251         1,001\n"));
    CHECK(has(uneven, "exercise cost   $82.50  $82.50  $82.50  $82.83       $330.33\n"));
    // Year 5 of a 4-year grant: nothing vests, nothing to exercise.
    CHECK(has(render_options(projected(kSeriesB, 5), 0, false), "$31,500.00   $0.00   $126,000.00\n"));
    CHECK(render_options(projected(R"({"name": "C", "base": 100000})"), 0, false).empty());
}

TEST_CASE("exits shown: each one's value, the expected value and the chance of nothing", "[options]") {
    // The issue's example: all 48,000 vested by year 4; $20: 48,000 x $19 = $912,000 at
    // 10%; $5: 48,000 x $4 = $192,000 at 30%. Expected 91,200 + 57,600 = $148,800
    // (= 48,000 x (0.1 x 19 + 0.3 x 4)); nothing: the 60% left unassigned.
    const std::string text = render_options(projected(kIssue), 0, false);
    CHECK(has(text, "year 4  $20 a share  $20.00  48,000  $912,000.00  $48,000.00     10%\n"));
    CHECK(has(text, "year 4   $5 a share   $5.00  48,000  $192,000.00  $48,000.00     30%\n"));
    CHECK(has(text, "expected value: $148,800.00 (each exit's value times its chance); chance of nothing: 60%"));
    // Series B: year 5 shares 80M x 1.05^5 = 102,102,525 (84M, 88.2M, 92.61M, 97,240,500);
    // $2B: (2,000M - 150M) / 102,102,525 = $18.119043; $600M: 450M / 102,102,525 = $4.407335;
    // $120M is below the $150M preferences: $0. The grant's vests add up to one product:
    // 60,000 x $18.119043 = $1,087,142.58 - $126,000 = $961,142.58; 60,000 x $4.407335 =
    // $264,440.10 - $126,000 = $138,440.10. Expected 0.10 x 961,142.58 + 0.25 x 138,440.10
    // = 96,114.258 + 34,610.025 = $130,724.28;
    // nothing: 40% unassigned + the 25% of the $120M exit = 65%.
    const std::string b = render_options(projected(kSeriesB), 0, false);
    CHECK(has(b, "year 5    $2B valuation  $18.119043  60,000  $961,142.58  $126,000.00     10%\n"));
    CHECK(has(b, "year 3  $120M valuation       $0.00  45,000        $0.00   $94,500.00     25%\n"));
    CHECK(has(b, "expected value: $130,724.28"));
    CHECK(has(b, "chance of nothing: 65%"));
    CHECK(has(b, "waterfall: simplified:"));
}

TEST_CASE("compare's options part: one row per offer at each multiple, others for reference", "[options]") {
    std::vector<Projected> offers = {projected(R"({"name": "Cash", "base": 200000})"), projected(kSeriesB)};
    const std::string text = render_compare_options(offers, 0, false);
    // Cash: 4 x $200,000 = $800,000 in every column.
    CHECK(has(text, "Cash          $800,000.00    $800,000.00    $800,000.00    $800,000.00\n"));
    CHECK(has(text, "Series B PM   $755,000.00  $1,079,000.00  $1,979,000.00  $5,129,000.00\n"));
    CHECK(has(text, "in Series B PM's 4-year total, $324,000.00 is the paper value of its 60,000 ISOs"));
    CHECK(has(text, "costs $126,000.00 to exercise"));
    offers.pop_back();
    CHECK(render_compare_options(offers, 0, false).empty());
}

TEST_CASE("the JSON options block", "[options]") {
    std::string s;
    JsonWriter w(s);
    write_options(w, projected(kIssue));
    const auto j = nlohmann::json::parse(s);
    CHECK(j["type"] == "nso");
    CHECK(j["price_basis"] == "preferred");
    CHECK(j["paper_value"] == true);
    CHECK(j["shares_by_year"] == nlohmann::json::array({12000, 12000, 12000, 12000}));
    // 12,000 x $1 a year, $48,000 in all.
    CHECK(j["exercise_cost_by_year"][0].get<double>() == 12000.00);
    CHECK(j["exercise_cost"].get<double>() == 48000.00);
    CHECK(j["multiples"][2]["multiple"] == 3);
    CHECK(j["multiples"][2]["total"].get<double>() == 1272000.00);
    CHECK(j["expected_value"].get<double>() == 148800.00);
    CHECK(j["chance_of_nothing_pct"] == 60);
    CHECK(j["exits"][0]["value"].get<double>() == 912000.00);
}

TEST_CASE("summary says the options are paper value, at their price", "[options]") {
    // Years: $185k + $15k + $81k = $281k, then $266k; options 4 x $81k = $324k.
    CHECK(render_summary_line(projected(kSeriesB), false) ==
          "Series B PM: $185k base, $15k sign-on, options $324k on paper at $7.50; $281k $266k $266k $266k = "
          "$1.079M\n");
    CHECK(LineFormat("{options} {options:raw}").apply(projected(kSeriesB)) == "$324k 324000.00\n");
    CHECK(LineFormat("{options}").apply(projected(R"({"name": "C", "base": 1})")) == "$0\n");
}

TEST_CASE("a refresher vesting past the years shown: exercise cost and the value left out", "[options]") {
    // 48,000 at $1 cliff-monthly (12,000 shares a year), and 4,800 more at month 24,
    // even-annual: 1,200 at months 36, 48, 60 and 72, strike $1 (the grant's).
    const Projected p = projected(R"({"name": "R", "base": 100000,
      "options": {"type": "nso", "shares": 48000, "strike": 1, "preferred_price": 5, "vesting": "cliff-monthly",
        "refreshers": [{"month": 24, "shares": 4800, "vesting": "even-annual"}]}})");
    const std::string text = render_options(p, 0, false);
    // Shares: 12,000, 12,000, 13,200, 13,200 = 50,400; cost $1 a share.
    CHECK(has(text, "shares vesting      12,000      12,000      13,200      13,200        50,400\n"));
    CHECK(has(text, "exercise cost   $12,000.00  $12,000.00  $13,200.00  $13,200.00    $50,400.00\n"));
    // After year 4: 2,400 shares x ($5 - $1) = $9,600 of paper value.
    CHECK(has(text, "not shown: $9,600.00 of the options' paper value vests after year 4 and is not in the total"));
    std::string s;
    JsonWriter w(s);
    write_options(w, p);
    const auto j = nlohmann::json::parse(s);
    CHECK(j["exercise_cost"].get<double>() == 50400.00);
    CHECK(j["exercise_cost_whole_grant"].get<double>() == 52800.00);  // 52,800 shares x $1
    CHECK(j["value_after"].get<double>() == 9600.00);
    CHECK(j["expected_value"].is_null());
}
