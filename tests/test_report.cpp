#include "catch.hpp"

#include "offercalc/parse.hpp"
#include "offercalc/report.hpp"

using namespace offercalc;

namespace {
Projected small(int years) {
    Projected p;
    p.offer = parse_offer(R"({"name": "T", "company": "Acme", "level": "L4", "base": 100000,
        "sign_on": {"year1": 10000}, "rsu": {"grant": 40000, "vesting": "even-annual"}})",
                          "t.json");
    p.projection = project(p.offer, years);
    return p;
}
}  // namespace

TEST_CASE("show renders the whole table", "[report]") {
    CHECK(render_show(small(2)) ==
          "T (Acme, L4) [t.json]\n"
          "                 year 1         year 2     2-year total\n"
          "base        $100,000.00    $100,000.00      $200,000.00\n"
          "sign_on      $10,000.00          $0.00       $10,000.00\n"
          "bonus             $0.00          $0.00            $0.00\n"
          "rsu          $10,000.00     $10,000.00       $20,000.00\n"
          "other             $0.00          $0.00            $0.00\n"
          "total       $120,000.00    $110,000.00      $230,000.00\n"
          "dip: year 2 pays $10,000.00 less than year 1\n"
          "not shown: $20,000.00 of the grants (at grant value) vests after year 2 and is not in the total\n"  // 25% x 2
          "assumes: RSU $40,000.00 vesting even-annual (25/25/25/25 by year); stock growth 0%/yr (vest_date)\n");
}

TEST_CASE("JSON has money as numbers exact to the cent", "[report]") {
    CHECK(offers_json({small(1)}) ==
          R"({"schema_version": 1, "offers": [{"name": "T", "file": "t.json", "kind": "offer", "warnings": [], "years": [{"year": 1, "base": 100000.00, "sign_on": 10000.00, )"
          R"("bonus": 0.00, "rsu": 10000.00, "other": 0.00, "total": 120000.00}], "total": 120000.00, "assumptions": )"
          R"({"rsu_grant": 40000.00, "vesting": "even-annual", "vesting_by_year": [25, 25, 25, 25], )"
          R"("stock_growth_pct": 0, "growth_convention": "vest_date", "raise_pct": 0, "bonus_pct": 0, )"
          R"("refreshers": 0}, "adjustments": []}]})"
          "\n");
    CHECK(json_string("a\"b\n") == R"("a\"b\n")");
}

TEST_CASE("presets list fractions, runs folded", "[report]") {
    const std::string p = render_presets();
    CHECK(p.find("amazon         5/15/40/40 by year\n"
                 "               month 12: 1/20, month 24: 3/20, months 30..48 every 6 months: 1/5 each\n") == 0);
    CHECK(p.find("cliff-monthly  25/25/25/25 by year\n"
                 "               month 12: 1/4, months 13..48 every month: 1/48 each\n") != std::string::npos);
}
