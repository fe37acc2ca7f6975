#include "catch.hpp"

#include "offercalc/error.hpp"
#include "offercalc/scenarios.hpp"
#include "offercalc/scenarios_text.hpp"
#include "support.hpp"

using namespace offercalc;

namespace {

Money d(std::int64_t dollars) { return Money::dollars(dollars); }

Offer amazon(bool clawback = false) {
    Offer o;
    o.name = "Amazon";
    o.base = d(175000);
    o.sign_on_y1 = d(65000);
    o.sign_on_y2 = d(52000);
    o.sign_on_clawback = clawback;
    if (clawback) o.sign_on_paid = SignOnPaid::Lump;
    o.rsu = Grant{d(240000), *find_preset("amazon"), 0};
    return o;
}

std::vector<std::int64_t> points(const SweepAxis& a) {
    std::vector<std::int64_t> v;
    for (std::int64_t i = 0; i < a.count(); ++i) v.push_back(a.at(i));
    return v;
}

std::string usage_of(Field f, const char* text) {
    const Error e = testing::error_of([&] { parse_axis(f, text); });
    CHECK(e.status() == kExitUsage);
    return e.what();
}

}  // namespace

TEST_CASE("sweep ranges include both ends", "[sweep]") {
    using V = std::vector<std::int64_t>;
    CHECK(points(parse_axis(Field::Rsu, "0..100k/10k")).size() == 11);
    // 30k does not divide 100k: 0, 30k, 60k, 90k, then the end itself
    CHECK(points(parse_axis(Field::Rsu, "0..100k/30k")) == V{0, 3000000, 6000000, 9000000, 10000000});
    CHECK(points(parse_axis(Field::Rsu, "-20k..20k/10k")) == V{-2000000, -1000000, 0, 1000000, 2000000});
    CHECK(points(parse_axis(Field::Rsu, "50k")) == V{5000000});
    CHECK(points(parse_axis(Field::Rsu, "5k..5k/1k")) == V{500000});
    CHECK(points(parse_axis(Field::Growth, "-2..4/3")) == V{-20000, 10000, 40000});
    CHECK(points(parse_axis(Field::Growth, "0..1/0.5")) == V{0, 5000, 10000});
}

TEST_CASE("bad sweep ranges are usage errors that quote the range", "[sweep]") {
    CHECK(
        usage_of(Field::Rsu, "10k..0/1k") ==
        "rsu.grant: invalid range \"10k..0/1k\": the range is empty (FROM is after TO); accepted: FROM..TO/STEP, e.g. "
        "0..100k/10k or -20k..20k/5k, or one value");
    CHECK(usage_of(Field::Rsu, "0..10k/0").find("STEP must be a positive value") != std::string::npos);
    CHECK(usage_of(Field::Rsu, "0..10k/-1k").find("STEP must be a positive value") != std::string::npos);
    CHECK(usage_of(Field::Rsu, "0..10k").find("missing /STEP") != std::string::npos);
    CHECK(usage_of(Field::Rsu, "x..10k/1k").find("FROM and TO must be values") != std::string::npos);
    CHECK(usage_of(Field::Rsu, "lots").find("not a value") != std::string::npos);
    CHECK(usage_of(Field::Growth, "0..5%/1").find("FROM and TO must be values") != std::string::npos);
}

TEST_CASE("sweep streams every combination, last axis fastest", "[sweep]") {
    const std::vector<SweepAxis> axes = {parse_axis(Field::SignOnY1, "0..10k/10k"),
                                         parse_axis(Field::Rsu, "0..100k/50k")};
    std::vector<std::tuple<std::int64_t, std::int64_t, Money, Money>> rows;
    sweep(amazon(), axes, 4,
          [&](const SweepRow& r) { rows.emplace_back(r.values[0], r.values[1], r.year1_total, r.total); });
    REQUIRE(rows.size() == 6);
    CHECK(rows[0] == std::make_tuple(0, 0, d(252000), d(1057000)));
    CHECK(rows[1] == std::make_tuple(0, 5000000, d(254500), d(1107000)));  // +5% of 50k in year 1
    CHECK(rows[2] == std::make_tuple(0, 10000000, d(257000), d(1157000)));
    CHECK(rows[4] == std::make_tuple(1000000, 5000000, d(264500), d(1117000)));
    CHECK(rows[5] == std::make_tuple(1000000, 10000000, d(267000), d(1167000)));
    // Against an offer paying $300,000 in year one and $1,125,000 over four years: the
    // row with +10k sign-on and +100k grant is $33,000 short in year one and $42,000
    // ahead overall; the unchanged offer is $48,000 and $68,000 behind.
    Offer rival;
    rival.base = d(275000);
    rival.sign_on_y1 = d(25000);
    const Projection r = project(rival);  // 300,000 + 275,000 x 3 = 1,125,000
    std::vector<std::pair<Money, Money>> gaps;
    sweep(
        amazon(), axes, 4, [&](const SweepRow& row) { gaps.emplace_back(row.gap_year1, row.gap); }, &r);
    CHECK(gaps[5] == std::make_pair(d(300000 - 267000), d(1125000 - 1167000)));
    CHECK(gaps[0] == std::make_pair(d(48000), d(68000)));
    CHECK(sweep_columns(axes, true) ==
          std::vector<std::string>{"sign_on_y1_change", "rsu_change", "year1_total", "total", "gap_year1", "gap"});
}

TEST_CASE("a sweep counts stock options, as project() does", "[sweep][options]") {
    // 48,000 options at a $1 strike, $5 preferred, cliff-monthly: $48,000 of paper value a year.
    Offer o = amazon();
    Options op;
    op.shares = 48000;
    op.strike = op.fmv = SharePrice{1'000'000};
    op.preferred = SharePrice{5'000'000};
    op.schedule = *find_preset("cliff-monthly");
    o.options = op;
    std::vector<std::pair<Money, Money>> rows;
    sweep(o, {parse_axis(Field::SignOnY1, "0..10k/10k")}, 4,
          [&](const SweepRow& r) { rows.emplace_back(r.year1_total, r.total); });
    REQUIRE(rows.size() == 2);
    CHECK(rows[0] == std::make_pair(d(252000 + 48000), d(1057000 + 4 * 48000)));
    CHECK(rows[1] == std::make_pair(d(262000 + 48000), d(1067000 + 4 * 48000)));
}

TEST_CASE("sweep refuses points that break the offer, before any row", "[sweep]") {
    int rows = 0;
    auto count = [&](const SweepRow&) { ++rows; };
    CHECK_THROWS_AS(sweep(amazon(), {parse_axis(Field::Rsu, "-300k..0/100k")}, 4, count), Error);
    CHECK_THROWS_AS(sweep(amazon(), {parse_axis(Field::Growth, "-120..0/10")}, 4, count), Error);
    CHECK_THROWS_AS(sweep(amazon(), {parse_axis(Field::Base, "-175k..0/1k")}, 4, count), Error);
    Offer no_rsu = amazon();
    no_rsu.rsu.reset();
    CHECK_THROWS_AS(sweep(no_rsu, {parse_axis(Field::Rsu, "0..1k/1k")}, 4, count), Error);
    CHECK(rows == 0);
}

TEST_CASE("check holds or not, one line", "[check]") {
    const Offer o = amazon();
    const Projection p = project(o);
    CheckConditions c;
    c.floor = d(1000000);
    CheckResult r = check(o, p, c);
    CHECK(r.held);
    CHECK(r.line == "pass: Amazon: year 1 $252,000.00, 4-year $1,057,000.00; floor $1,000,000.00 held");
    c.year1_at_least = d(252001);
    c.against_total = d(1057000);
    c.against_name = "Meta";
    r = check(o, p, c);
    CHECK_FALSE(r.held);
    CHECK(r.line ==
          "fail: Amazon: year 1 $252,000.00, 4-year $1,057,000.00; floor $1,000,000.00 held; beats Meta "
          "$1,057,000.00 held; year 1 at least $252,001.00 NOT held (short $1.00)");
    // The same facts, structured (check --json): 175,000 + 65,000 + 5% of 240,000 = 252,000 in year 1.
    CHECK(r.year1 == d(252000));
    CHECK(r.total == d(1057000));
    CHECK(r.years == 4);
    REQUIRE(r.conditions.size() == 3);
    CHECK(r.conditions[1].what == "beats Meta");
    CHECK((r.conditions[2].need == d(252001) && r.conditions[2].have == d(252000) && !r.conditions[2].held));
    CHECK((r.conditions[0].held && r.conditions[1].held));
    CHECK_THROWS_AS(check(o, p, CheckConditions{}), Error);
}

TEST_CASE("leave with monthly instalments", "[leave]") {
    const Offer o = amazon();
    LeaveResult r = leave(o, 12);
    CHECK(r.base == d(175000));
    CHECK(r.sign_on == d(65000));
    CHECK(r.vested == d(12000));
    CHECK(r.forfeited_equity == d(228000));
    CHECK(r.forfeited_sign_on == d(52000));
    CHECK(r.repaid == Money());
    CHECK(r.kept() == d(252000));  // exactly year one

    r = leave(o, 13);                           // one month into year 2: 175,000/12 and 52,000/12 paid
    CHECK(r.base == Money::cents(18958333));    // 175,000 + 14,583.33
    CHECK(r.sign_on == Money::cents(6933333));  // 65,000 + 4,333.33
    CHECK(r.forfeited_sign_on == Money::cents(4766667));
    CHECK(r.vested == d(12000));

    r = leave(o, 18);
    CHECK(r.base == d(262500));
    CHECK(r.sign_on == d(91000));
    CHECK(r.forfeited_sign_on == d(26000));

    CHECK(leave(o, 24).vested == d(48000));
    CHECK(leave(o, 29).vested == d(48000));
    CHECK(leave(o, 30).vested == d(96000));
    CHECK(leave(o, 48).kept() == d(1057000));
    CHECK(leave(o, 48).forfeited_equity == Money());
    CHECK_THROWS_AS(leave(o, 0), Error);
    CHECK_THROWS_AS(leave(o, 121), Error);
}

TEST_CASE("leave with a pro-rata clawback on lump sums", "[leave]") {
    const Offer o = amazon(true);
    LeaveResult r = leave(o, 6);
    CHECK(r.sign_on == d(65000));
    CHECK(r.repaid == d(32500));  // 6 of 12 months unserved
    CHECK(r.forfeited_sign_on == d(52000));
    r = leave(o, 12);
    CHECK(r.repaid == Money());
    CHECK(r.forfeited_sign_on == d(52000));
    r = leave(o, 13);
    CHECK(r.sign_on == d(117000));
    CHECK(r.repaid == Money::cents(4766667));  // 52,000 x 11/12 = 47,666.666... -> 47,666.67
    CHECK(r.forfeited_sign_on == Money());
    CHECK(leave(o, 18).repaid == d(26000));
    CHECK(leave(o, 24).repaid == Money());
    CHECK(leave(o, 18).kept() == d(262500 + 117000 + 12000 - 26000));
}

TEST_CASE("leave: how a sign-on is paid is separate from whether it is clawed back", "[leave]") {
    Offer lump_kept = amazon();
    lump_kept.sign_on_paid = SignOnPaid::Lump;  // a lump sum with no clawback is kept
    LeaveResult r = leave(lump_kept, 6);
    CHECK(r.sign_on == d(65000));
    CHECK(r.repaid == Money());
    CHECK(r.forfeited_sign_on == d(52000));
    CHECK(leave(lump_kept, 13).sign_on == d(117000));

    Offer monthly_clawback = amazon();
    monthly_clawback.sign_on_clawback = true;  // instalments never run ahead of the months worked
    r = leave(monthly_clawback, 6);
    CHECK(r.sign_on == d(32500));  // 65,000 x 6/12
    CHECK(r.repaid == Money());
    CHECK(r.forfeited_sign_on == d(32500 + 52000));
    r = leave(monthly_clawback, 19);
    CHECK(r.sign_on == Money::cents(6500000 + 3033333));  // 52,000 x 7/12 = 30,333.33
    CHECK(r.repaid == Money());
}

TEST_CASE("leave lists the bonus of the year under way as forfeited", "[leave]") {
    Offer o = amazon();
    o.bonus = Rate{100'000};  // 10%
    o.raise = Rate{30'000};   // 3%
    LeaveResult r = leave(o, 6);
    CHECK(r.bonus == Money());
    CHECK(r.forfeited_bonus == d(17500));  // 10% of 175,000, paid at month 12
    r = leave(o, 12);
    CHECK(r.bonus == d(17500));
    CHECK(r.forfeited_bonus == Money());
    r = leave(o, 18);
    CHECK(r.bonus == d(17500));
    CHECK(r.forfeited_bonus == d(18025));  // year-2 base 180,250 x 10%
    CHECK(leave(o, 48).forfeited_bonus == Money());
    CHECK(leave(o, 47).forfeited_bonus ==
          Money::cents(
              1912272));  // year-4 base 185,657.50 x 1.03 = 191,227.225 -> 191,227.23; x 10% = 19,122.723 -> 19,122.72
}

TEST_CASE("leave counts only refreshers granted by then as forfeited", "[leave]") {
    Offer o = amazon();
    o.refreshers.push_back(Grant{d(40000), *find_preset("even-annual"), 24});
    CHECK(leave(o, 18).forfeited_equity == d(228000));          // refresher not granted yet
    CHECK(leave(o, 30).forfeited_equity == d(144000 + 40000));  // granted at 24, nothing vested
}

TEST_CASE("a sweep table leaves out gross before net, year one before the total, the figure before its gap",
          "[sweep]") {
    // Columns after 2 axes (0, 1): year 1 (2), total (3), gap year 1 (4), gap (5), net
    // year 1 (6), net total (7), net gap (8); the last, the net gap, stays.
    CHECK(sweep_drop_order(2, true, true) == std::vector<std::size_t>{2, 4, 3, 5, 6, 7});
    // One axis: year 1 (1), total (2), gap year 1 (3), gap (4): the gap stays.
    CHECK(sweep_drop_order(1, true, false) == std::vector<std::size_t>{1, 3, 2});
    // One axis, net: year 1 (1), total (2), net year 1 (3), net total (4) stays.
    CHECK(sweep_drop_order(1, false, true) == std::vector<std::size_t>{1, 2, 3});
    CHECK(sweep_drop_order(1, false, false) == std::vector<std::size_t>{1});
}

TEST_CASE("a sweep table stacks its axes' headings a word a line when that fits better", "[sweep]") {
    const Offer o = amazon();
    const std::vector<SweepAxis> axes = {parse_axis(Field::Base, "0..10k/10k"),
                                         parse_axis(Field::SignOnY1, "0..10k/10k")};
    // Widest cells: changes "+$10,000.00" (11), year 1 $252,000 + $20,000 = "$272,000.00"
    // (11), 4 years $1,057,000 + $40,000 + $10,000 = "$1,107,000.00" (13). At 80, cents
    // in one line of headings: 11 + 2 + 16 ("year-one sign-on") + 2 + 11 + 2 + 13 = 57.
    const SweepTable wide = plan_sweep_table(o, axes, 4, nullptr, false, 80, false);
    CHECK(wide.full.headings[1] == "year-one sign-on\nchange");
    CHECK(wide.sheet.layout.style == AmountStyle::Cents);
    // At 40, one line of headings fits only in compact amounts, gap 1: 6 + 1 + 16 + 1 + 6
    // + 1 + 7 = 38; stacked ("year-one" 8), whole dollars fit with gap 2: 8 + 2 + 8 + 2 +
    // 8 + 2 + 10 = 40. Stacked wins: the same columns, more exact.
    const SweepTable narrow = plan_sweep_table(o, axes, 4, nullptr, false, 40, false);
    CHECK(narrow.full.headings[1] == "year-one\nsign-on\nchange");
    CHECK(narrow.sheet.layout.style == AmountStyle::Dollars);
    CHECK(narrow.sheet.layout.gap == 2);
    CHECK(narrow.sheet.kept.size() == 4);
    CHECK(layout_width(narrow.sheet.layout) == 40);
}
