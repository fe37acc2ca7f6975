// Compact amounts, the summary line and --format templates. Every expected string is
// written by hand from the rules in format.hpp and the offers' own figures.
#include "catch.hpp"

#include "offercalc/error.hpp"
#include "offercalc/summary.hpp"
#include "offercalc/parse.hpp"
#include "offercalc/whatif.hpp"
#include "support.hpp"

using namespace offercalc;

namespace {

Money c(std::int64_t cents) { return Money::cents(cents); }
Money d(std::int64_t dollars) { return Money::dollars(dollars); }

Projected projected(const char* json, int years = 4, const WhatIf& w = {}) {
    Projected p;
    p.offer = parse_offer(json, "o.json");
    p.adjustments = apply(w, p.offer, &p.brief_adjustments);
    p.projection = project(p.offer, years);
    return p;
}

// The shipped examples' figures, restated here.
const char* kAmazon = R"({"name": "Amazon L5 PM", "company": "Amazon", "level": "L5", "base": 175000,
    "sign_on": {"year1": 65000, "year2": 52000}, "rsu": {"grant": 240000, "vesting": "amazon"}})";
const char* kMeta = R"({"name": "Meta IC5 PM", "company": "Meta", "level": "IC5", "base": 205000, "bonus_pct": 15,
    "sign_on": {"year1": 25000}, "rsu": {"grant": 280000, "vesting": "quarterly"}})";

std::string format_error(const char* text) {
    const Error e = testing::error_of([&] { (void)LineFormat(text).apply(projected(kAmazon)); });
    CHECK(e.status() == kExitUsage);
    CHECK(e.subject().text() == "format");
    return e.detail();
}

}  // namespace

TEST_CASE("compact amounts at level 0", "[format]") {
    CHECK(compact(Money()) == "$0");
    CHECK(compact(d(650)) == "$650");
    CHECK(compact(c(65025)) == "$650");
    CHECK(compact(c(99949)) == "$999");
    CHECK(compact(d(5250)) == "$5.25k");
    CHECK(compact(d(52500)) == "$52.5k");
    CHECK(compact(c(5254999)) == "$52.5k");  // 52,549.99: three significant digits
    CHECK(compact(d(52550)) == "$52.6k");    // a half rounds away from zero
    CHECK(compact(d(175000)) == "$175k");
    CHECK(compact(c(20671840)) == "$207k");  // 206,718.40
    CHECK(compact(d(999499)) == "$999k");
    CHECK(compact(d(1000000)) == "$1M");
    CHECK(compact(d(1057000)) == "$1.057M");
    CHECK(compact(d(1248500)) == "$1.249M");
    CHECK(compact(d(1200000000)) == "$1.2B");
    CHECK(compact(c(123456789012)) == "$1.235B");
    CHECK(compact(d(-5000)) == "-$5k");
}

TEST_CASE("compact: rounding that reaches the next unit is written in it", "[format]") {
    CHECK(compact(c(99950)) == "$1k");  // $999.50 rounds to $1,000
    CHECK(compact(d(9995)) == "$10k");  // $9,995 to three digits is $10.0k
    CHECK(compact(d(99950)) == "$100k");
    CHECK(compact(d(999500)) == "$1M");  // $999,500 to three digits is $1,000k
    CHECK(compact(d(999999500)) == "$1B");
    CHECK(compact(d(999999500000)) == "$1T");  // $999,999.5M to the $1M step is $1,000,000M
}

TEST_CASE("compact: trillions have a unit of their own", "[format]") {
    CHECK(compact(d(1000000000000)) == "$1T");  // not "$1000B"
    CHECK(compact(d(15000000000000)) == "$15T");
    CHECK(compact(c(34646232000000000)) == "$346.462T");  // $346,462,320,000,000 to the $1B step
    CHECK(compact(d(-14999999000000)) == "-$15T");        // $14,999.999B to the $1B step
    CHECK(compact(d(-14999499000000)) == "-$14.999T");
}

TEST_CASE("compact: higher levels add digits, level 3 is exact", "[format]") {
    CHECK(compact(c(5251340), 1) == "$52.51k");
    CHECK(compact(c(5251340), 2) == "$52.513k");
    CHECK(compact(c(5251340), 3) == "$52,513.40");
    CHECK(compact(c(65025), 1) == "$650.25");
    CHECK(compact(c(65000), 1) == "$650");
    CHECK(compact(c(65050), 1) == "$650.50");
    CHECK(compact(d(1057100), 1) == "$1.0571M");
}

TEST_CASE("distinct_level: figures that differ never read the same", "[format]") {
    CHECK(distinct_level({d(252000), d(263000), d(271000), d(271000)}) == 0);  // equal figures may match
    CHECK(distinct_level({c(10025), c(10040)}) == 1);                          // $100 and $100 -> $100.25, $100.40
    CHECK(distinct_level({d(263020), d(263040)}) == 2);                        // $263k, $263k, then $263.02k
    CHECK(distinct_level({c(26302001), c(26302002)}) == 3);                    // only cents tell them apart
}

TEST_CASE("summary lines of the shipped examples", "[format]") {
    // Amazon: 175,000 + 65,000 + 5% of 240,000 = 252,000; then 175,000 + 52,000 +
    // 36,000 = 263,000; then 175,000 + 96,000 = 271,000 twice; 1,057,000 in all.
    CHECK(render_summary_line(projected(kAmazon), false) ==
          "Amazon L5 PM: $175k base, $65k/$52k sign-on, $240k RSU 5/15/40/40; $252k $263k $271k $271k = $1.057M\n");
    // Meta: 205,000 + 30,750 bonus + 25,000 + 70,000 = 330,750 ($331k); then 305,750
    // ($306k) three times; 1,248,000 in all.
    CHECK(render_summary_line(projected(kMeta), false) ==
          "Meta IC5 PM: $205k base +15% bonus, $25k sign-on, $280k RSU 25%/y; $331k $306k $306k $306k = $1.248M\n");
    CHECK(render_summary_line(projected(kMeta), true) ==
          "Meta IC5 PM: $205,000.00 base +15% bonus, $25,000.00 sign-on, $280,000.00 RSU 25%/y; $330,750.00 "
          "$305,750.00 $305,750.00 $305,750.00 = $1,248,000.00\n");
    for (const char* o : {kAmazon, kMeta}) CHECK(render_summary_line(projected(o), false).size() <= 101);
}

TEST_CASE("summary: no sign-on or grant, digits added when figures would read the same", "[format]") {
    // Years 100,000.00 and 100,000.01 differ by a cent: the whole line goes exact.
    CHECK(render_summary_line(projected(R"({"name": "C", "base": 100000, "sign_on": {"year2": 0.01}})", 2), false) ==
          "C: $100,000.00 base, $0.00/$0.01 sign-on; $100,000.00 $100,000.01 = $200,000.01\n");
    CHECK(render_summary_line(projected(R"({"name": "D", "base": 90000})", 1), false) == "D: $90k base; $90k = $90k\n");
}

TEST_CASE("summary says what the what-if flags changed", "[format]") {
    WhatIf w;
    w[Field::Rsu] = parse_money_adjustment("+30k", Field::Rsu);
    w[Field::Growth] = parse_percent_adjustment("10", Field::Growth);
    const std::string line = render_summary_line(projected(kAmazon, 4, w), false);
    CHECK(line.find("$270k RSU") != std::string::npos);
    CHECK(line.substr(line.find(" (adjusted")) == " (adjusted: rsu +$30k, stock_growth_pct 10%)\n");
}

TEST_CASE("format templates: every field", "[format]") {
    const Projected p = projected(R"({"name": "N", "company": "Co", "level": "L5", "role": "PM", "location": "Here",
        "kind": "verbal", "base": 100000, "raise_pct": 3, "bonus_pct": 10, "stock_growth_pct": 2.5,
        "sign_on": {"year1": 20000, "year2": 10000}, "rsu": {"grant": 80000, "vesting": "amazon"}})",
                                  2);
    // year 1: 100,000 + 10,000 bonus + 20,000 + 5% of 80,000 (4,000 x 1.025) = 134,100
    // year 2: 103,000 + 10,300 + 10,000 + 15% of 80,000 (12,000 x 1.025^2 = 12,607.50) = 135,907.50
    CHECK(LineFormat("{name}|{company}|{level}|{role}|{location}|{kind}|{file}|{vesting}|{years}").apply(p) ==
          "N|Co|L5|PM|Here|verbal|o.json|5/15/40/40|2\n");
    CHECK(LineFormat("{base} {sign_on_y1} {sign_on_y2} {rsu_grant}").apply(p) == "$100k $20k $10k $80k\n");
    CHECK(LineFormat("{y1} {y2} {total}").apply(p) == "$134k $136k $270k\n");
    CHECK(LineFormat("{y1:raw} {y2:raw} {total:raw}").apply(p) == "134100.00 135907.50 270007.50\n");
    CHECK(LineFormat("{y2:exact} {total:k} {y2:k}").apply(p) == "$135,907.50 $270k $136k\n");
    CHECK(LineFormat("{bonus_pct} {raise_pct} {stock_growth_pct} {bonus_pct:raw}").apply(p) == "10% 3% 2.5% 10\n");
    CHECK(LineFormat("{adjusted}").apply(p) == "\n");
    CHECK(LineFormat("{{literal}} {name}}}").apply(p) == "{literal} N}\n");
}

TEST_CASE("format templates: errors name the field and list the fields", "[format]") {
    CHECK(format_error("{nme}").rfind("unknown field {nme} (did you mean {name}?); fields: name, company, level,", 0) ==
          0);
    CHECK(format_error("{zzzzzz}").rfind("unknown field {zzzzzz}; fields: name,", 0) == 0);
    CHECK(format_error("{name:k}") == "{name:k}: this field takes no spec");
    CHECK(format_error("{total:kk}") == "{total:kk}: an amount takes :k, :exact or :raw");
    CHECK(format_error("{bonus_pct:k}") == "{bonus_pct:k}: a percent takes :raw");
    CHECK(format_error("{y5}") == "{y5}: the projection has 4 years; give --years 5");
    CHECK(format_error("{name") == "'{' at character 1 is not closed; write '{{' for a brace");
    CHECK(format_error("a}b") == "a lone '}' at character 2; write '}}' for a brace");
}
