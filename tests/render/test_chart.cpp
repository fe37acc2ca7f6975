// The report's chart geometry as numbers, and the page's structure.

#include "catch.hpp"
#include <regex>
#include <string>

#include "offercalc/chart.hpp"
#include "offercalc/compare.hpp"
#include "offercalc/parse.hpp"
#include "offercalc/html_report.hpp"

using namespace offercalc;
using namespace offercalc::chart;

namespace {

std::vector<std::int64_t> dollars(const std::vector<Money>& ms) {
    std::vector<std::int64_t> out;
    for (Money m : ms) out.push_back(m.in_cents() / 100);
    return out;
}

using V = std::vector<std::int64_t>;

}  // namespace

TEST_CASE("ticks sit at round amounts and cover the top in at most five steps", "[chart]") {
    // $330,750: steps of $50,000 would need 7; $100,000 needs 4.
    CHECK(dollars(ticks(Money::dollars(330'750))) == V{0, 100'000, 200'000, 300'000, 400'000});
    // $1,248,000: $200,000 needs 7, $500,000 needs 3.
    CHECK(dollars(ticks(Money::dollars(1'248'000))) == V{0, 500'000, 1'000'000, 1'500'000});
    CHECK(dollars(ticks(Money::dollars(1'000'000))) == V{0, 200'000, 400'000, 600'000, 800'000, 1'000'000});
    CHECK(dollars(ticks(Money::cents(1))) == V{0, 1});  // a cent rounds up to a whole dollar
    CHECK(dollars(ticks(Money())) == V{0, 1});
    CHECK(dollars(ticks(Money::dollars(7), 2)) == V{0, 5, 10});
    for (std::int64_t top : {1LL, 9LL, 99'999LL, 123'456'789LL}) {
        const auto t = ticks(Money::dollars(top));
        INFO(top);
        CHECK(t.size() <= 6);
        CHECK(t.back() >= Money::dollars(top));
        const std::int64_t step = (t[1] - t[0]).in_cents() / 100;
        std::int64_t mantissa = step;
        while (mantissa % 10 == 0) mantissa /= 10;
        CHECK((mantissa == 1 || mantissa == 2 || mantissa == 5));
    }
}

TEST_CASE("a scale maps its domain onto its range, reversed when asked", "[chart]") {
    const Scale x{0, 400'000, 100, 700};
    CHECK(x(Money::dollars(200'000)) == Approx(400));
    const Scale y{0, 100, 290, 10};  // upwards
    CHECK(y(25.0) == Approx(220));
    CHECK(Scale{5, 5, 3, 9}(7.0) == 3);  // an empty domain maps to its start
}

TEST_CASE("labels pushed apart never overlap, keep their order and stay inside", "[chart]") {
    // Three names at nearly the same height, 14 apart at least.
    CHECK(spread_labels({100, 104, 108}, 14, 0, 300) == std::vector<double>{100, 114, 128});
    // Against the end of the axis they are pushed back from it.
    CHECK(spread_labels({299, 290, 295}, 14, 0, 300) == std::vector<double>{300, 272, 286});
    // Far apart: untouched; outside the axis: brought inside.
    CHECK(spread_labels({10, 200, -5}, 14, 0, 300) == std::vector<double>{14, 200, 0});
    for (int n = 1; n <= 12; ++n) {
        std::vector<double> want;
        for (int i = 0; i < n; ++i) want.push_back((i * 37) % 50 + 100.0);
        const auto p = spread_labels(want, 14, 0, 300);
        for (int i = 0; i < n; ++i)
            for (int j = 0; j < n; ++j) {
                if (i == j) continue;
                INFO(n << " labels, " << i << " and " << j);
                CHECK(std::abs(p[static_cast<std::size_t>(i)] - p[static_cast<std::size_t>(j)]) >= 14 - 1e-9);
                if (want[static_cast<std::size_t>(i)] < want[static_cast<std::size_t>(j)])
                    CHECK(p[static_cast<std::size_t>(i)] < p[static_cast<std::size_t>(j)]);
            }
        for (double v : p) CHECK((v >= 0 && v <= 300));
    }
}

TEST_CASE("labels along a line take the first row where they do not overlap", "[chart]") {
    // (0,50) row 0; (40,90) overlaps it: row 1; (95,120) starts 45 after row 0's end:
    // row 0; (60,70) overlaps rows 0 (now to 120) and 1 (to 90, plus the gap): row 2.
    CHECK(label_rows({{0, 50}, {40, 90}, {95, 120}, {60, 70}}, 8) == std::vector<int>{0, 1, 0, 2});
    CHECK(label_rows({{0, 10}, {17, 20}}, 8) == std::vector<int>{0, 1});  // 7 apart is under the gap
    CHECK(label_rows({{0, 10}, {18, 20}}, 8) == std::vector<int>{0, 0});
}

TEST_CASE("chart text: monospace widths and whole dollars", "[chart]") {
    CHECK(text_width("abc", 12) == Approx(21.6));
    CHECK(text_width("é", 10) == Approx(6));  // one column, two bytes
    CHECK(whole_dollars(Money::cents(25'200'049)) == "$252,000");
    CHECK(whole_dollars(Money::cents(50)) == "$1");  // half away from zero
    CHECK(whole_dollars(Money::cents(-125'050)) == "-$1,251");
}

TEST_CASE("the report page: escaped names, accessible charts, every section, nothing fetched", "[report]") {
    const char* me = R"({"name": "A&B <b>PM</b>", "company": "Amazon", "level": "L5", "offer_date": "2026-11-20",
      "base": 175000, "sign_on": {"year1": 65000, "year2": 52000}, "rsu": {"grant": 240000, "vesting": "amazon"},
      "transition": {"unvested": 40000}})";
    const char* them = R"({"name": "Meta", "company": "Meta", "level": "IC5", "close_date": "2026-12-01",
      "base": 205000, "bonus_pct": 15, "sign_on": {"year1": 25000}, "rsu": {"grant": 280000, "vesting": "quarterly"}})";
    std::vector<Projected> offers(2);
    offers[0].offer = parse_offer(me, "a.json", {});
    offers[1].offer = parse_offer(them, "m.json", {});
    for (Projected& p : offers) p.projection = project(p.offer);
    CompareOptions opts;
    opts.today = *Date::parse("2026-11-23");
    const std::string page = report_html(compare(offers, opts));
    CHECK(page.find("<b>PM</b>") == std::string::npos);
    CHECK(page.find("A&amp;B &lt;b&gt;PM&lt;/b&gt;") != std::string::npos);
    for (const char* forbidden : {"<script", "http://", "https://", "<link", "<img", "@import"})
        CHECK(page.find(forbidden) == std::string::npos);
    for (const char* id : {"packages", "by-year", "cumulative", "gaps", "asks", "timeline", "script", "assumptions"})
        CHECK(page.find(fmt::format("<section id=\"{}\">", id)) != std::string::npos);
    CHECK(page.find("<section id=\"tax\">") == std::string::npos);   // only after tax
    CHECK(page.find("<section id=\"odds\">") == std::string::npos);  // only with odds
    // Every chart opens with its title and description.
    // Each chart is drawn twice: 760 units wide for screens and paper, 400 for phones.
    auto count = [&](const std::string& pattern) {
        const std::regex re(pattern);
        return std::distance(std::sregex_iterator(page.begin(), page.end(), re), std::sregex_iterator());
    };
    const auto wide = count(
        R"re(<svg viewBox="0 0 760(\.0)? [0-9.]+" role="img" class="chart wide"><title>[^<]+</title><desc>[^<]+</desc>)re");
    const auto narrow = count(
        R"re(<svg viewBox="0 0 400(\.0)? [0-9.]+" role="img" class="chart narrow"><title>[^<]+</title><desc>[^<]+</desc>)re");
    CHECK(wide == count("class=\"chart wide\""));
    CHECK(narrow == count("class=\"chart narrow\""));
    CHECK(wide == narrow);
    CHECK(wide >= 5);
    CHECK(page.find("min-width") == std::string::npos);  // no chart kept wider than a phone
    // Levers and pay parts in words, never as JSON keys.
    CHECK(page.find(" sign_on:") == std::string::npos);  // a bar's tooltip
    CHECK(page.find("<title>A&amp;B &lt;b&gt;PM&lt;/b&gt; sign-on: $65,000.00</title>") != std::string::npos);
    CHECK(page.find("level: level") == std::string::npos);
    CHECK(page.find("(gross)") == std::string::npos);  // gross and net are named only after tax
    // The bars' totals are written on the chart: year one of each offer, whole dollars.
    CHECK(page.find(">$252,000</text>") != std::string::npos);
    CHECK(page.find(">$330,750</text>") != std::string::npos);
    CHECK(page.find("month 3: Meta overtakes A&amp;B") != std::string::npos);
    // Tables of four columns or more stack on a phone, each cell labelled with its
    // column's heading (tags dropped); the packages table has two offers, three columns.
    CHECK(page.find("<section id=\"packages\"><h2>The packages</h2><div class=\"wide\"><table><thead>") !=
          std::string::npos);
    CHECK(page.find("<table class=\"stack\"><caption>Pay by year</caption>") != std::string::npos);
    CHECK(page.find("<th data-label=\"offer\" scope=\"row\">A&amp;B &lt;b&gt;PM&lt;/b&gt;</th>"
                    "<td data-label=\"base\">$175,000.00</td>") != std::string::npos);
    CHECK(page.size() < 200'000);
}
