#include "catch.hpp"

#include <optional>
#include <vector>

#include "offercalc/json_writer.hpp"

using namespace offercalc;

TEST_CASE("the JSON writer puts the commas, colons and nulls where JSON wants them", "[json]") {
    std::string s;
    JsonWriter w(s);
    w.document().field("name", "A \"quoted\" name\n").field("base", Money::cents(17500000));
    w.field("rate", Rate{125000}).field("none", std::optional<Money>{}).field("some", std::optional<int>{3});
    w.field("on", true).field("date", Date::from_ymd(2026, 12, 6)).key("empty").values(std::vector<int>{});
    w.key("list").list(std::vector<int>{1, 2}, [&](int n) { w.object().field("n", n).end_object(); });
    w.field_if("skipped", false, [&] { w.value("never"); }).key("raw").raws(std::vector<std::string>{"5", "15"});
    w.end_object();
    // Written by hand from the JSON grammar and the README's one-line style.
    CHECK(s == R"({"schema_version": 1, "name": "A \"quoted\" name\n", "base": 175000.00, "rate": 12.5, "none": null, )"
               R"("some": 3, "on": true, "date": "2026-12-06", "empty": [], "list": [{"n": 1}, {"n": 2}], )"
               R"("skipped": null, "raw": [5, 15]})");
}

TEST_CASE("JSON strings escape control bytes, DEL and C1, and replace invalid UTF-8", "[json]") {
    CHECK(json_string("\x1b[2J") == R"("\u001b[2J")");
    CHECK(json_string("a\x7f") == R"("a\u007f")");
    CHECK(json_string("\xc2\x9b") == R"("\u009b")");
    CHECK(json_string("caf\xc3\xa9") == "\"caf\xc3\xa9\"");
    CHECK(json_string("bad \xff") == "\"bad \xef\xbf\xbd\"");
}
