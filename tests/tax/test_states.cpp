// State income taxes added for issue 26, checked against arithmetic done by hand from
// the schedules each block of data/tax/2026.json names. Every expected value is worked
// out in the comment above it. (tests/reference/tax.py sweeps every state; these pin
// the rules with a case each.)

#include "catch.hpp"

#include "offercalc/model.hpp"
#include "offercalc/tax.hpp"

using namespace offercalc;

namespace {

Money usd(double d) { return Money::cents(static_cast<std::int64_t>(d * 100 + (d < 0 ? -0.5 : 0.5))); }

YearTax year_tax(const char* state, double base, const char* city = "", Filing f = Filing::Single) {
    Components c;
    c.base = usd(base);
    c.sum_parts();
    return tax_year(TaxProfile{f, state, city}, c);
}

Money state_tax(const char* state, double base, Filing f = Filing::Single) {
    return year_tax(state, base, "", f).tax.state;
}

}  // namespace

TEST_CASE("tax: a credit phased out at a rate of income (Utah's taxpayer credit)") {
    // 4.45% x 60,000 = 2,670; credit 6% x 16,100 = 966 less 1.3% x (60,000 - 18,213 =
    // 41,787) = 543.231 -> 422.769; 2,670 - 422.769 = 2,247.231.
    CHECK(state_tax("UT", 60000) == usd(2247.23));
    // At 180,000 the credit is gone: 966 - 1.3% x 161,787 < 0; 4.45% x 180,000 = 8,010.
    CHECK(state_tax("UT", 180000) == usd(8010));
    // Jointly at 60,000: credit 1,932 - 1.3% x (60,000 - 36,426) = 1,932 - 306.462 =
    // 1,625.538; 2,670 - 1,625.538 = 1,044.462.
    CHECK(state_tax("UT", 60000, Filing::MarriedJoint) == usd(1044.46));
}

TEST_CASE("tax: new states' brackets, deductions, exemptions and credits") {
    // Mississippi: 60,000 - 2,300 - 6,000 = 51,700; 4% x (51,700 - 10,000) = 1,668.
    CHECK(state_tax("MS", 60000) == usd(1668));
    // Virginia: 60,000 - 8,750 - 930 = 50,320; 60 + 60 + 600 + 5.75% x 33,320 (1,915.90).
    CHECK(state_tax("VA", 60000) == usd(2635.90));
    // Kansas: 60,000 - 3,605 - 9,160 = 47,235; 5.2% x 23,000 = 1,196 + 5.58% x 24,235
    // (1,352.313) = 2,548.313.
    CHECK(state_tax("KS", 60000) == usd(2548.31));
    // Iowa: federal taxable 60,000 - 16,100 = 43,900; 3.8% = 1,668.20, less the $40 credit.
    CHECK(state_tax("IA", 60000) == usd(1628.20));
    // Delaware: 60,000 - 3,250 = 56,750; 66 + 195 + 480 + 260 + 5.55% x 31,750 (1,762.125)
    // = 2,763.125, less the $110 credit = 2,653.125.
    CHECK(state_tax("DE", 60000) == usd(2653.13));
}

TEST_CASE("tax: federal tax subtracted, in full (Alabama) or a share by AGI (Missouri)") {
    // Federal at 60,000 single: 60,000 - 16,100 = 43,900; 1,240 + 12% x 31,500 = 5,020.
    // Alabama: deduction 3,000 - 68 whole $500 steps x $25 = 1,300, floor 2,500; exemption
    // 1,500; 60,000 - 5,020 - 2,500 - 1,500 = 50,980; 10 + 100 + 5% x 47,980 (2,399) = 2,509.
    CHECK(state_tax("AL", 60000) == usd(2509));
    // At 26,600 one whole step: deduction 2,975; federal 10% x 10,500 = 1,050;
    // 26,600 - 1,050 - 2,975 - 1,500 = 21,075; 110 + 5% x 18,075 (903.75) = 1,013.75.
    CHECK(state_tax("AL", 26600) == usd(1013.75));
    // Missouri: 15% of 5,020 = 753 off federal taxable 43,900 = 43,147; 2% to 4.5% on six
    // $1,313 steps (26.26 + 32.825 + 39.39 + 45.955 + 52.52 + 59.085 = 256.035) + 4.7% x
    // (43,147 - 9,191 = 33,956) 1,595.932 = 1,851.967.
    CHECK(state_tax("MO", 60000) == usd(1851.97));
}

TEST_CASE("tax: deductions and exemptions phased out by schedule, width and steps") {
    // Maine at 130,000: deduction 15,000 - 20% x 27,750 = 9,450; exemption 5,150;
    // 115,400: 5.8% x 27,400 (1,589.20) + 6.75% x 37,450 (2,527.875) + 7.15% x 50,550
    // (3,614.325) = 7,731.40.
    CHECK(state_tax("ME", 130000) == usd(7731.40));
    // Minnesota at 275,000: deduction 14,950 - 3% x 36,050 (1,081.50) = 13,868.50;
    // 261,131.50: 1,742.495 + 6.8% x 74,420 (5,060.56) + 7.85% x 91,640 (7,193.74) +
    // 9.85% x 62,501.50 (6,156.39775) = 20,153.19275.
    CHECK(state_tax("MN", 275000) == usd(20153.19));
    // Minnesota's floor: at 1,200,000 the cut (3% x 91,350 + 10% x 869,700) passes 80%,
    // so the deduction is 2,990; 1,197,010: 1,742.495 + 5,060.56 + 7.85% x 91,640
    // (7,193.74) + 9.85% x 998,380 (98,340.43) = 112,337.225.
    CHECK(state_tax("MN", 1200000) == usd(112337.23));
    // South Carolina at 60,000: deduction 15,000 less 15,000 x 20,000 / 55,000 =
    // 5,454.545 (5,454.55) = 9,545.45; 50,454.55: 597 + 5.21% x 20,454.55 (1,065.682).
    CHECK(state_tax("SC", 60000) == usd(1662.68));
    // Wisconsin at 60,000: deduction 13,560 - 12% x 40,450 = 8,706, exemption 700;
    // 50,594: 3.5% x 14,680 (513.80) + 4.4% x 35,914 (1,580.216) = 2,094.016.
    CHECK(state_tax("WI", 60000) == usd(2094.02));
    // Rhode Island at 275,000: two $7,450 steps (14,000 over 261,000, part counts) cut
    // 40%: deduction 6,720, exemption 3,150; 265,130: 3,076.875 + 4.75% x 104,400 (4,959)
    // + 5.99% x 78,680 (4,712.932) = 12,748.807.
    CHECK(state_tax("RI", 275000) == usd(12748.81));
    // New Mexico at 25,000: federal taxable 8,900 less 2,500 - 15% x 5,000 = 1,750:
    // 7,150: 1.5% x 5,500 (82.50) + 3.2% x 1,650 (52.80) = 135.30.
    CHECK(state_tax("NM", 25000) == usd(135.30));
    // Maryland at 130,000: exemption 800 (AGI over 125,000), deduction 3,350; 125,850:
    // 20 + 30 + 40 + 4.75% x 97,000 (4,607.50) + 5% x 25,000 (1,250) + 5.25% x 850
    // (44.625) = 5,992.125.
    CHECK(state_tax("MD", 130000) == usd(5992.13));
}

TEST_CASE("tax: amounts added to the tax by steps, and a credit of a share of it") {
    // Connecticut at 60,000 single: exemption 15,000 - 30 x 1,000 = 0; 200 + 1,800 + 5.5%
    // x 10,000 = 2,550; 2% phase-out: one $5,000 step over 56,500, $25 = 2,575; Table E:
    // 10% off (AGI over 33,300, not over 60,000) = 2,317.50.
    CHECK(state_tax("CT", 60000) == usd(2317.50));
    // Jointly: exemption 24,000 - 12 x 1,000 = 12,000; 48,000: 400 + 4.5% x 28,000
    // (1,260) = 1,660, less 10% = 1,494.
    CHECK(state_tax("CT", 60000, Filing::MarriedJoint) == usd(1494));
    // Arkansas at 97,500: 97,500 - 2,470 = 95,030; 609.60 on the first 26,400 + 3.7% x
    // 68,630 (2,539.31) = 3,148.91; 330 over 94,700 is 4 steps of $100 or part: + 40;
    // less the $29 credit = 3,159.91.
    CHECK(state_tax("AR", 97500) == usd(3159.91));
    // Ohio at 60,000: 60,000 - 2,150 = 57,850; 332 + 2.75% x 31,800 (874.50) = 1,206.50.
    CHECK(state_tax("OH", 60000) == usd(1206.50));
    // At 25,000 taxable income 22,600 is under 26,050: no tax.
    CHECK(state_tax("OH", 25000) == usd(0));
}

TEST_CASE("tax: state payroll programs of 2026, each with its cap") {
    // Connecticut Paid Leave 0.5% to the Social Security wage base: 0.5% x 184,500.
    CHECK(year_tax("CT", 200000).tax.state_payroll == usd(922.50));
    CHECK(year_tax("CT", 60000).tax.state_payroll == usd(300));
    // Rhode Island TDI 1.1% to $100,000: 660 at 60,000; at most 1,100.
    CHECK(year_tax("RI", 60000).tax.state_payroll == usd(660));
    CHECK(year_tax("RI", 150000).tax.state_payroll == usd(1100));
    // Hawaii TDI 0.5%, at most $7.50 a week (390 a year): 300 at 60,000; 500 capped.
    CHECK(year_tax("HI", 60000).tax.state_payroll == usd(300));
    CHECK(year_tax("HI", 100000).tax.state_payroll == usd(390));
    // Delaware 0.4%, Minnesota 0.44%, Maine 0.5%, each to 184,500.
    CHECK(year_tax("DE", 100000).tax.state_payroll == usd(400));
    CHECK(year_tax("DE", 200000).tax.state_payroll == usd(738));
    CHECK(year_tax("MN", 100000).tax.state_payroll == usd(440));
    CHECK(year_tax("MN", 200000).tax.state_payroll == usd(811.80));
    CHECK(year_tax("ME", 200000).tax.state_payroll == usd(922.50));
}

TEST_CASE("tax: local taxes: Maryland counties, Ohio cities, Detroit, Kentucky, Marion County") {
    // Montgomery County 3.2% of Maryland taxable income (125,850 at 130,000, above).
    const YearTax mont = year_tax("MD", 130000, "MONTGOMERY");
    CHECK(mont.tax.local == usd(4027.20));
    CHECK(mont.tax.total ==
          mont.tax.federal + mont.tax.fica + mont.tax.state + mont.tax.local + mont.tax.state_payroll);
    CHECK(year_tax("md", 130000, "Baltimore-City").tax.local == usd(4027.20));
    // The counties' rates are 2025's, and the output says so.
    CHECK(tax_place(TaxProfile{Filing::Single, "MD", "montgomery"}) ==
          "Maryland (Montgomery County), filing single; 2026 federal and payroll figures, the 2025 local rates (the "
          "latest in the table)");
    // Ohio cities on wages: Columbus 2.5%, Cincinnati 1.8%.
    CHECK(year_tax("OH", 100000, "COLUMBUS").tax.local == usd(2500));
    CHECK(year_tax("OH", 100000, "CINCINNATI").tax.local == usd(1800));
    // Detroit: 2.4% of wages after $600 a person (99,400 -> 2,385.60; jointly 98,800 ->
    // 2,371.20); nonresidents 1.2% (1,192.80).
    CHECK(year_tax("MI", 100000, "DETROIT").tax.local == usd(2385.60));
    CHECK(year_tax("MI", 100000, "DETROIT", Filing::MarriedJoint).tax.local == usd(2371.20));
    CHECK(year_tax("MI", 100000, "DETROIT-NR").tax.local == usd(1192.80));
    // Louisville 2.2% (nonresidents 1.45%), Lexington 2.25% of wages.
    CHECK(year_tax("KY", 100000, "LOUISVILLE").tax.local == usd(2200));
    CHECK(year_tax("KY", 100000, "LOUISVILLE-NR").tax.local == usd(1450));
    CHECK(year_tax("KY", 100000, "LEXINGTON").tax.local == usd(2250));
    // Marion County 2.02% of Indiana taxable income: 60,000 - 1,000 = 59,000 -> 1,191.80.
    CHECK(year_tax("IN", 60000, "MARION").tax.local == usd(1191.80));
}
