#include "catch.hpp"

#include <fmt/format.h>

#include "offercalc/error.hpp"
#include "offercalc/exit_status.hpp"
#include "offercalc/parse.hpp"
#include "support.hpp"

using namespace offercalc;

namespace {

/// The error parse_offer gives for `text` (a test failure when it parses).
Error parse_error(const std::string& text, const std::vector<Override>& ov = {}) {
    return testing::error_of([&] { parse_offer(text, "o.json", ov); });
}
std::string error_of(const std::string& text, const std::vector<Override>& ov = {}) {
    return parse_error(text, ov).what();
}
int status_of(const std::string& text, const std::vector<Override>& ov = {}) { return parse_error(text, ov).status(); }
std::string error_of_source(const std::string& text, const std::string& source) {
    return testing::error_of([&] { parse_offer(text, source); }).what();
}

}  // namespace

TEST_CASE("a full offer parses into exact values", "[parse]") {
    const Offer o = parse_offer(R"({"name": "X", "company": "Amazon", "level": "L5", "base": 175000.5,
        "raise_pct": 3.25, "bonus_pct": 10, "sign_on": {"year1": 65000, "year2": 52000, "clawback": true},
        "rsu": {"shares": 1200, "price": 200.25, "vesting": [5, 15, 40, 40]},
        "refreshers": [{"grant": 40000, "month": 12, "vesting": "even-annual"}],
        "stock_growth_pct": -12.5, "growth_convention": "recruiter",
        "other": [{"name": "relocation", "amount": 15000, "year": 1}, {"name": "401k", "amount": 4500, "every_year": true}],
        "band": {"base_min": 150000, "base_max": 200000}, "fixed": ["base"], "floor": 1e6, "target": 1150000,
        "transition": {"unvested": 40000, "relocation": 5000}, "offer_date": "2026-11-20", "close_date": "2026-12-01",
        "start_date": "2027-01-11"})",
                                "dir/o.json");
    CHECK(o.name == "X");
    CHECK(o.file == "dir/o.json");
    CHECK(o.base == Money::cents(17500050));
    CHECK(o.raise.ppm == 32500);
    CHECK(o.bonus.ppm == 100000);
    CHECK(o.sign_on_clawback);
    CHECK(o.sign_on_paid == SignOnPaid::Lump);  // a clawed-back sign-on is a lump sum unless "paid" says so
    REQUIRE(o.rsu.has_value());
    CHECK(o.rsu->value == Money::cents(1200 * 20025));  // 1,200 x $200.25 = $240,300
    CHECK(o.rsu->schedule.name == "custom");
    CHECK(o.rsu->schedule.tranches.size() == 4);
    CHECK(o.rsu->schedule.tranches[2].month == 36);
    CHECK(o.refreshers.at(0).month == 12);
    CHECK(o.growth.ppm == -125000);
    CHECK(o.convention == Convention::Recruiter);
    CHECK(o.other.at(1).every_year);
    CHECK(o.band_max == Money::dollars(200000));
    CHECK(o.is_fixed(Lever::Base));
    CHECK_FALSE(o.is_fixed(Lever::Rsu));
    CHECK(o.floor == Money::dollars(1000000));
    CHECK(o.transition_cost() == Money::dollars(45000));
    CHECK(o.close_date->iso() == "2026-12-01");
}

TEST_CASE("defaults: the name is the file's stem, the rest zero", "[parse]") {
    const Offer o = parse_offer(R"({"base": 100000})", "some/dir/meta-offer.json");
    CHECK(o.name == "meta-offer");
    CHECK(o.sign_on_y1 == Money());
    CHECK_FALSE(o.rsu.has_value());
    CHECK(o.convention == Convention::VestDate);
    CHECK(parse_offer(R"({"base": 1})", "<stdin>").name == "stdin");
    CHECK_FALSE(o.first_choice);
}

TEST_CASE("first_choice is true or false, and null is leaving it out", "[parse]") {
    CHECK(parse_offer(R"({"base": 1, "first_choice": true})", "o.json").first_choice);
    CHECK_FALSE(parse_offer(R"({"base": 1, "first_choice": false})", "o.json").first_choice);
    CHECK_FALSE(parse_offer(R"({"base": 1, "first_choice": null})", "o.json").first_choice);
    CHECK(error_of(R"({"base": 1, "first_choice": "yes"})") ==
          R"(o.json: first_choice: expected true or false, found "yes")");
}

TEST_CASE("explicit tranches keep their months", "[parse]") {
    const Offer o = parse_offer(
        R"({"base": 1, "rsu": {"grant": 1000, "vesting": [{"month": 6, "pct": 50}, {"month": 18, "pct": 50}]}})", "o");
    CHECK(o.rsu->schedule.tranches[0].month == 6);
    CHECK(o.rsu->schedule.tranches[1].month == 18);
}

TEST_CASE("a UTF-8 byte order mark is accepted", "[parse]") {
    CHECK(parse_offer("\xEF\xBB\xBF{\"base\": 5}", "o").base == Money::dollars(5));
}

TEST_CASE("errors name the file, the path, what was expected and what was found", "[parse][errors]") {
    CHECK(error_of(R"({"base": "lots"})") == R"(o.json: base: expected an amount in dollars (a number), found "lots")");
    CHECK(error_of(R"({"base": -5})") == "o.json: base: expected a positive amount, found -5");
    CHECK(error_of(R"({"base": 1.234})") ==
          "o.json: base: expected an amount with at most two decimals (cents), found 1.234");
    CHECK(error_of(R"({"base": 1e15})") == "o.json: base: expected an amount of at most 1000000000000, found 1e15");
    CHECK(error_of(R"({})") == "o.json: base: missing; expected the annual base salary in dollars");
    CHECK(
        error_of(R"({"base": 1, "bse": 2})") ==
        R"(o.json: bse: unknown key; expected one of name, company, level, role, location, start_date, offer_date, close_date, base, raise_pct, sign_on, bonus_pct, bonus_payout_pct, rsu, refreshers, refresh, promotion, options, stock_growth_pct, growth_convention, volatility_pct, other, band, fixed, floor, target, transition, kind, level_rank, holidays, tax, first_choice, notes, $schema; did you mean "base"?)");
    CHECK(error_of(R"({"base": 1, "rsu": {"grnt": 5, "vesting": "amazon"}})") ==
          R"(o.json: rsu.grnt: unknown key; expected one of grant, shares, price, vesting; did you mean "grant"?)");
    CHECK(
        error_of(
            R"({"base": 1, "rsu": {"grant": 5, "vesting": [{"month": 12, "pct": 50}, {"month": 24, "pct": "x"}]}})") ==
        R"(o.json: rsu.vesting[1].pct: expected a percent from 0 to 100 (a number), found "x")");
    CHECK(error_of(R"({"base": 1, "rsu": {"grant": 5, "vesting": [5, 15, 40]}})") ==
          "o.json: rsu.vesting: expected percents adding up to 100, found 60");
    CHECK(error_of(
              R"({"base": 1, "rsu": {"grant": 5, "vesting": [{"month": 24, "pct": 50}, {"month": 12, "pct": 50}]}})") ==
          "o.json: rsu.vesting[1].month: expected a month after 24 (tranches in order), found 12");
    CHECK(error_of(R"({"base": 1, "rsu": {"grant": 5, "vesting": [{"month": 121, "pct": 100}]}})") ==
          "o.json: rsu.vesting[0].month: expected a whole number from 1 to 120, found 121");
    CHECK(
        error_of(R"({"base": 1, "rsu": {"grant": 5, "vesting": "amazn"}})") ==
        R"(o.json: rsu.vesting: unknown vesting preset "amazn"; expected one of amazon, even-annual, cliff-monthly, quarterly, google, front-loaded; did you mean "amazon"?)");
    CHECK(
        error_of(R"({"base": 1, "start_date": "2026-02-30"})") ==
        R"(o.json: start_date: expected a date YYYY-MM-DD from 1900-01-01 to 2199-12-31, found "2026-02-30": there is no such day (February 2026 has 28 days))");
    CHECK(error_of(R"({"base": 1, "fixed": ["stock"]})") ==
          R"(o.json: fixed[0]: expected "rsu", "sign_on" or "base", found "stock")");
    CHECK(error_of(R"({"base": 1, "base": 2})") == R"(o.json: base: duplicate key "base")");
    CHECK(error_of(R"({"base": 1, "sign_on": {"year1": 1, "year1": 2}})") ==
          R"(o.json: sign_on.year1: duplicate key "year1")");
    CHECK(error_of("[1, 2]") == "o.json: (top level): expected an object, found an array");
}

TEST_CASE("malformed JSON gives line and column", "[parse][errors]") {
    CHECK(
        error_of("{\n  \"base\": 1,\n}") ==
        "o.json:3:1: malformed JSON: syntax error while parsing object key - unexpected '}'; expected string literal");
    CHECK(error_of("   ") == "o.json: empty file; expected a JSON object");
    CHECK(status_of("{") == kExitDataErr);
}

TEST_CASE("deep nesting is refused before it costs anything", "[parse][errors]") {
    std::string deep = "{\"base\": 1, \"other\": ";
    for (int i = 0; i < 40; ++i) deep += "[";
    CHECK(error_of(deep) ==
          "o.json: other[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]: "
          "nesting deeper than 32 levels");
}

TEST_CASE("overrides set values by path before validation", "[parse][whatif]") {
    const std::string doc = R"({"base": 100000, "rsu": {"grant": 1000, "vesting": "amazon"}})";
    CHECK(parse_offer(doc, "o", {{"rsu.vesting", "even-annual"}}).rsu->schedule.name == "even-annual");
    CHECK(parse_offer(doc, "o", {{"base", "200k"}}).base == Money::dollars(200000));
    CHECK(parse_offer(doc, "o", {{"sign_on.year2", "10000"}}).sign_on_y2 == Money::dollars(10000));
    CHECK(parse_offer(doc, "o", {{"rsu.vesting", "[25,25,25,25]"}}).rsu->schedule.name == "custom");
    CHECK(parse_offer(doc, "o", {{"other[0]", R"({"name": "r", "amount": 5, "year": 2})"}}).other.at(0).year == 2);
    // A value a --set put there is the flag's (usage, exit 2), with the path it set.
    CHECK(error_of(doc, {{"rsu.vesting", "weekly"}}).find("override rsu.vesting: unknown vesting preset \"weekly\"") ==
          0);
    CHECK(status_of(doc, {{"rsu.vesting", "weekly"}}) == kExitUsage);
    CHECK(error_of(doc, {{"rsu", R"({"grant": -5})"}}) ==
          "override rsu.grant: expected a non-negative amount, found -5");
    CHECK(error_of(doc, {{"name", "   "}}) ==
          "override name: expected a label of 1 to 80 characters (wide ones count two) without control characters, "
          "found \"   \": it is only blank space");
    // An error elsewhere in the file is still the file's.
    CHECK(error_of(R"({"base": 0})", {{"name", "x"}}).rfind("o.json: base:", 0) == 0);
    CHECK(status_of(doc, {{"base[0]", "1"}}) == kExitUsage);
    CHECK(error_of(doc, {{"other[3]", "1"}}) == "override other[3]: index 3 is past the end (0 items)");
    CHECK(error_of(doc, {{"base[0]", "1"}}) == "override base[0]: an index applies to an array only");
}

TEST_CASE("closest_match suggests near names only", "[parse]") {
    CHECK(closest_match("bse", {"base", "band"}) == "base");
    CHECK(closest_match("xyz", {"base", "band"}).empty());
    CHECK(closest_match("sign-on", {"sign_on"}) == "sign_on");
}

TEST_CASE("sign_on.paid is separate from clawback", "[parse]") {
    auto paid = [](const char* sign_on) {
        return parse_offer(fmt::format(R"({{"base": 1, "sign_on": {}}})", sign_on), "o.json").sign_on_paid;
    };
    CHECK(paid(R"({"year1": 1})") == SignOnPaid::Monthly);
    CHECK(paid(R"({"year1": 1, "paid": "lump"})") == SignOnPaid::Lump);
    CHECK(paid(R"({"year1": 1, "clawback": true, "paid": "monthly"})") == SignOnPaid::Monthly);
    CHECK(status_of(R"({"base": 1, "sign_on": {"paid": "weekly"}})") == kExitDataErr);
}

TEST_CASE("a percent between 0 and 1 is a warning, not an error", "[parse][warnings]") {
    const Offer o = parse_offer(R"({"base": 100000, "bonus_pct": 0.15, "raise_pct": 3})", "o.json");
    CHECK(o.bonus.ppm == 1500);  // 0.15%
    CHECK(o.warnings == std::vector<std::string>{"o.json: bonus_pct: 0.15 means 0.15%; write 15 for 15%"});
    CHECK(parse_offer(R"({"base": 100000, "stock_growth_pct": 1})", "o.json").warnings.empty());
}

TEST_CASE("refreshers need a grant, grants may be shares at a price with more decimals", "[parse]") {
    CHECK(error_of(R"({"base": 1, "refreshers": [{"month": 12, "vesting": "amazon"}]})") ==
          "o.json: refreshers[0].grant: missing; expected grant (dollars) or shares with price");
    // 1,234 shares at $187.3456 = 231,184.4704 -> $231,184.47, rounded once.
    const Offer o = parse_offer(R"({"base": 1, "rsu": {"shares": 1234, "price": 187.3456, "vesting": "amazon"},
        "refreshers": [{"month": 12, "shares": 3, "price": 0.005, "vesting": [100]}]})",
                                "o.json");
    CHECK(o.rsu->value == Money::cents(23118447));
    CHECK(o.refreshers[0].value == Money::cents(2));  // 3 x 0.005 = 0.015 -> 0.02 (half away)
}

TEST_CASE("an offer file may carry an editor's $schema and free-text notes") {
    const Offer o = parse_offer(R"({"$schema": "offer.schema.json", "notes": "recruiter: Dana, call Friday",
                                    "base": 100000})",
                                "o.json", {});
    CHECK(o.notes == "recruiter: Dana, call Friday");
    CHECK(project(o).sum.total == Money::dollars(400'000));  // neither changes a figure
    CHECK(error_of(R"({"$schema": 1, "base": 1})") == "o.json: $schema: expected a string, found 1");
    CHECK(error_of(R"({"notes": ["a"], "base": 1})") == "o.json: notes: expected a string, found an array");
}

TEST_CASE("a NUL byte anywhere is malformed JSON, said where and what was expected", "[parse][errors]") {
    using namespace std::string_literals;
    CHECK(error_of("\0{\"base\": 1}"s) ==
          "o.json:1:1: malformed JSON: expected a JSON value, found a NUL byte (\\x00)");
    CHECK(error_of("{\"base\": 1}\n\0"s) ==
          "o.json:2:1: malformed JSON: expected nothing after the JSON value, found a NUL byte (\\x00)");
    CHECK(error_of("{\"base\":\0 1}"s) ==
          "o.json:1:9: malformed JSON: expected '[', '{', or a literal, found a NUL byte (\\x00)");
    CHECK(status_of("{\"base\": 1}\0"s) == kExitDataErr);
}

TEST_CASE("labels are at most 80 columns of text without control characters", "[parse][labels]") {
    auto doc = [](const std::string& key, const std::string& value) {
        return fmt::format(R"({{"base": 1, "{}": "{}"}})", key, value);
    };
    auto repeat = [](const std::string& s, int n) {
        std::string out;
        for (int i = 0; i < n; ++i) out += s;
        return out;
    };
    // 41 "é" are 41 columns; 40 emoji are 80; 41 of 東 are 82, 41 emoji 82.
    CHECK(parse_offer(doc("name", repeat("\\u00e9", 41)), "o.json").name == repeat("\xC3\xA9", 41));
    CHECK(parse_offer(doc("company", repeat("\\ud83d\\ude00", 40)), "o.json").company.size() == 160);
    const std::string wide = "expected a label of 1 to 80 characters (wide ones count two) without control characters";
    CHECK(error_of(doc("name", repeat("\\u6771", 41))).rfind("o.json: name: " + wide, 0) == 0);
    CHECK(
        error_of(doc("role", repeat("\\ud83d\\ude00", 41))).rfind("o.json: role: expected a label of at most 80", 0) ==
        0);
    for (const char* key : {"name", "company", "level", "role", "location"})
        for (const char* bad : {"\\u001b[2J", "a\\u0007", "\\r", "\\n", "\\u0000", "\\u007f", "\\u009b"}) {
            INFO(key << " " << bad);
            CHECK(status_of(doc(key, bad)) == kExitDataErr);
            CHECK(error_of(doc(key, bad)).find('\x1b') == std::string::npos);
        }
    // Which rule failed, with the text in visible()'s escapes.
    CHECK(error_of(doc("name", "A\\u001b]0;X\\u0007")) ==
          "o.json: name: " + wide + ", found \"A\\e]0;X\\x07\": it holds a control character");
    CHECK(error_of(doc("name", "")) == "o.json: name: " + wide + ", found \"\": it is empty");
    CHECK(error_of(doc("name", " \\u00a0\\u200b")) ==
          "o.json: name: " + wide + ", found \" \xC2\xA0\xE2\x80\x8B\": it is only blank space");
    CHECK(error_of(doc("company", "\\u3000")).find(": it is only blank space") != std::string::npos);
    CHECK(error_of(doc("name", repeat("\\u6771", 41))).find(": it is 82 columns wide") != std::string::npos);
    CHECK(error_of(doc("name", "a\\\"b\\\\c\\u001b")) ==
          "o.json: name: " + wide + ", found \"a\\\"b\\\\c\\e\": it holds a control character");
    for (const char* bidi : {"\\u061c", "\\u200e", "\\u200f", "\\u202a", "\\u202e", "\\u2066", "\\u2069"}) {
        INFO(bidi);
        CHECK(error_of(doc("level", std::string("x") + bidi)).find(": it holds a bidirectional control") !=
              std::string::npos);
    }
    // Their neighbours are text: U+2070 (superscript zero), and a narrow no-break space beside a letter.
    CHECK(parse_offer(doc("level", "x\\u2070"), "o.json").level == "x\xE2\x81\xB0");
    CHECK(parse_offer(doc("level", "x\\u202f"), "o.json").level == "x\xE2\x80\xAF");
    CHECK(status_of(R"({"base": 1, "other": [{"name": "a\u0007", "amount": 1, "year": 1}]})") == kExitDataErr);
    CHECK(parse_offer(doc("notes", "line one\\nline two"), "o.json").notes == "line one\nline two");  // never shown
}

TEST_CASE("a file's name is shown escaped and its stem cut to 80 columns", "[parse][labels]") {
    const Offer o = parse_offer(R"({"base": 1})", "dir/a\x1b[2Jb\xff.json");
    CHECK(o.file == "dir/a\\e[2Jb\xEF\xBF\xBD.json");
    CHECK(o.name == "a\\e[2Jb\xEF\xBF\xBD");
    CHECK(parse_offer(R"({"base": 1})", std::string(250, 'n') + ".json").name == std::string(77, 'n') + "...");
    // A stem of blank space alone would show as nothing: the name keeps the extension.
    CHECK(parse_offer(R"({"base": 1})", "dir/   .json").name == "   .json");
    // A bidirectional control in a file's name is shown escaped, in the name too.
    CHECK(parse_offer(R"({"base": 1})", "dir/a\xE2\x80\xAEnosj.json").name == "a\\u202enosj");
    CHECK(error_of_source(R"({"base": 0})", "x\x07.json").rfind("x\\x07.json: base:", 0) == 0);
}

TEST_CASE("likely mistakes are warnings on the offer, for every command", "[parse][warnings]") {
    // Nothing to warn of: base inside its band, dates in order, `other` within 4 years.
    CHECK(parse_offer(R"({"base": 150000, "band": {"base_max": 150000}, "offer_date": "2026-12-01",
      "start_date": "2026-12-01", "other": [{"name": "relo", "amount": 1, "year": 4}]})",
                      "ok.json")
              .warnings.empty());
    auto one = [](const char* text) {
        const Offer o = parse_offer(text, "w.json");
        REQUIRE(o.warnings.size() == 1);
        return o.warnings.front();
    };
    CHECK(one(R"({"base": 240000, "band": {"base_min": 180000, "base_max": 230000}})") ==
          "w.json: base: $240,000.00 is above band.base_max $230,000.00: check the band; a base ask has no room");
    CHECK(one(R"({"base": 15000})") ==
          "w.json: base: $15,000.00 is under $20,000.00: base is a year's salary; is this a month's?");
    CHECK(parse_offer(R"({"base": 20000})", "w.json").warnings.empty());  // $20,000 itself is a year's salary
    CHECK(one(R"({"base": 150000, "start_date": "2026-12-01", "offer_date": "2026-12-05"})") ==
          "w.json: start_date: 2026-12-01 is before offer_date 2026-12-05: check the dates");
    CHECK(one(R"({"base": 150000, "other": [{"name": "relo", "amount": 10000, "year": 7}]})") ==
          "w.json: other[0].year: relo is paid in year 7, past the default 4-year horizon: it counts only in "
          "totals over 7 years or more");
}
