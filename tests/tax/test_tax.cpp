// After-tax figures checked against arithmetic done by hand from the published
// tables (../shared/TAX.md for federal and payroll; data/tax/2026.json names each
// state's source). Every expected value below is worked out in the comment above it.

#include "catch.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "offercalc/compare.hpp"
#include "offercalc/parse.hpp"
#include "offercalc/scenarios.hpp"
#include "offercalc/tax.hpp"
#include "support.hpp"

using namespace offercalc;

namespace {

Money usd(double d) { return Money::cents(static_cast<std::int64_t>(d * 100 + (d < 0 ? -0.5 : 0.5))); }

Components wages(double base, double sign_on = 0, double bonus = 0, double rsu = 0, double other = 0) {
    Components c;
    c.base = usd(base);
    c.sign_on = usd(sign_on);
    c.bonus = usd(bonus);
    c.rsu = usd(rsu);
    c.other = usd(other);
    c.sum_parts();
    return c;
}

TaxProfile in(const char* state, Filing f = Filing::Single, const char* city = "") { return {f, state, city}; }

void adds_up(const YearTax& y) {
    REQUIRE(y.tax.total == y.tax.federal + y.tax.fica + y.tax.state + y.tax.local + y.tax.state_payroll);
    REQUIRE(y.wages == y.net + y.tax.total);
}

}  // namespace

TEST_CASE("tax: single in Washington, the Amazon offer's first year, above the wage base") {
    // Wages 175,000 base + 65,000 sign-on + 12,000 RSU (5% of 240,000) = 252,000.
    const YearTax y = tax_year(in("WA"), wages(175000, 65000, 0, 12000));
    // Federal: taxable 252,000 - 16,100 = 235,900.
    //   10% x 12,400 = 1,240; 12% x 38,000 = 4,560; 22% x 55,300 = 12,166;
    //   24% x 96,075 = 23,058; 32% x (235,900 - 201,775 = 34,125) = 10,920 -> 51,944.00
    CHECK(y.tax.federal == usd(51944));
    // FICA: 6.2% x 184,500 = 11,439; 1.45% x 252,000 = 3,654; 0.9% x 52,000 = 468 -> 15,561
    CHECK(y.tax.fica == usd(15561));
    CHECK(y.tax.state == Money());
    // WA Cares 0.58% x 252,000 = 1,461.60; PFML 1.13% x 71.43% x 184,500 = 1,489.208355 -> 1,489.21
    CHECK(y.tax.state_payroll == usd(2950.81));
    CHECK(y.tax.total == usd(70455.81));
    CHECK(y.net == usd(181544.19));
    // Withheld: on the base alone, taxable 158,900: 1,240 + 4,560 + 12,166 + 24% x 53,200
    // (12,768) = 30,734; on 77,000 of supplemental pay at 22% = 16,940; Additional
    // Medicare 468 withheld as owed. Owed 51,944 + 468 - (30,734 + 16,940 + 468) = 4,270.
    CHECK(y.supplemental_withheld == usd(16940));
    CHECK(y.withholding_shortfall == usd(4270));
    adds_up(y);
}

TEST_CASE("tax: single in California, the Meta offer's first year") {
    // 205,000 base + 25,000 sign-on + 30,750 bonus + 70,000 RSU = 330,750.
    const YearTax y = tax_year(in("CA"), wages(205000, 25000, 30750, 70000));
    // Federal: taxable 314,650: 1,240 + 4,560 + 12,166 + 23,058 + 32% x 54,450 (17,424)
    //   + 35% x (314,650 - 256,225 = 58,425) (20,448.75) = 78,896.75
    CHECK(y.tax.federal == usd(78896.75));
    // FICA: 11,439 + 1.45% x 330,750 (4,795.875 -> 4,795.88) + 0.9% x 130,750 (1,176.75)
    CHECK(y.tax.fica == usd(17411.63));
    // CA taxable 330,750 - 5,706 = 325,044: 110.79 + 303.70 + 607.52 + 965.40 + 1,214.56
    //   + 9.3% x (325,044 - 72,724 = 252,320) (23,465.76) = 26,667.73. The exemption
    //   credit of 153 is gone: 32 steps of 2,500 over 252,203 at 6 each is 192.
    CHECK(y.tax.state == usd(26667.73));
    // SDI 1.3% x 330,750 = 4,299.75, no wage cap.
    CHECK(y.tax.state_payroll == usd(4299.75));
    CHECK(y.net == usd(203474.14));
    adds_up(y);
}

TEST_CASE("tax: California above $1 million, and supplemental pay over $1 million") {
    // 500,000 base + 1,000,000 RSU.
    const YearTax y = tax_year(in("CA"), wages(500000, 0, 0, 1000000));
    // Federal taxable 1,483,900: 1,240 + 4,560 + 12,166 + 23,058 + 17,424
    //   + 35% x 384,375 (134,531.25) + 37% x 843,300 (312,021) = 505,000.25
    CHECK(y.tax.federal == usd(505000.25));
    // FICA 11,439 + 21,750 + 0.9% x 1,300,000 (11,700) = 44,889
    CHECK(y.tax.fica == usd(44889));
    // CA taxable 1,494,294: 110.79 + 303.70 + 607.52 + 965.40 + 1,214.56 + 9.3% x 298,755
    //   (27,784.215) + 10.3% x 74,292 (7,652.076) + 11.3% x 297,182 (33,581.566)
    //   + 12.3% x 751,341 (92,414.943) = 164,634.77; Mental Health Services Tax 1% x
    //   494,294 = 4,942.94 -> 169,577.71
    CHECK(y.tax.state == usd(169577.71));
    CHECK(y.tax.state_payroll == usd(19500));
    adds_up(y);
    // 1,500,000 of RSUs over a 200,000 base: 22% x 1,000,000 + 37% x 500,000 = 405,000
    // federal, 10.23% x 1,500,000 = 153,450 California.
    const YearTax big = tax_year(in("CA"), wages(200000, 0, 0, 1500000));
    CHECK(big.supplemental_withheld == usd(405000 + 153450));
}

TEST_CASE("tax: New York City, and New York's recapture of its lower brackets") {
    // 300,000 of base, single.
    const YearTax y = tax_year(in("NY", Filing::Single, "NYC"), wages(300000));
    // Federal taxable 283,900: 58,448 through 32% + 35% x 27,675 (9,686.25) = 68,134.25
    CHECK(y.tax.federal == usd(68134.25));
    CHECK(y.tax.fica == usd(11439 + 4350 + 900));
    // NY taxable 292,000; income 300,000 is over 215,400 + 50,000, so all of it at
    // 6.85%: 20,002.00
    CHECK(y.tax.state == usd(20002));
    // NYC: 3.078% x 12,000 (369.36) + 3.762% x 13,000 (489.06) + 3.819% x 25,000 (954.75)
    //   + 3.876% x 242,000 (9,379.92) = 11,193.09
    CHECK(y.tax.local == usd(11193.09));
    // SDI capped at 31.20; PFL capped at 411.91
    CHECK(y.tax.state_payroll == usd(443.11));
    adds_up(y);

    // 2026 rates 3.9, 4.4, 5.15, 5.4, 5.9%. Income 240,000, taxable 232,000: 24,600
    // into the 6.85% bracket's phase-in, 24,600 / 50,000 = 0.4920. Regular tax to
    // 215,400: 331.50 + 140.80 + 113.30 + 3,604.50 + 7,950.25 = 12,140.35, + 6.85% x
    // 16,600 (1,137.10) = 13,277.45; recapture base 5.9% x 215,400 - 12,140.35 = 568.25,
    // in whole dollars 568; flat 6.85% x 232,000 = 15,892; 13,277.45 + 568 + 0.492 x
    // (15,892 - 13,277.45 - 568 = 2,046.55) (1,006.9026) = 14,852.3526 -> 14,852.35
    CHECK(tax_year(in("NY"), wages(240000)).tax.state == usd(14852.35));
    // Income 130,000, taxable 122,000: 22,350 over 107,650 -> 0.4470. Regular 6,629.75
    // (4,190.10 to 80,650 + 5.9% x 41,350); flat 5.9% x 122,000 = 7,198;
    // 6,629.75 + 0.447 x 568.25 (254.00775) = 6,883.75775 -> 6,883.76
    CHECK(tax_year(in("NY"), wages(130000)).tax.state == usd(6883.76));
}

TEST_CASE("tax: New York head of household, the 5.9% bracket recaptured from $107,650 with no base") {
    // Income 130,000, taxable 118,800 (standard deduction 11,200). Regular to 107,650:
    // 3.9% x 12,800 (499.20) + 4.4% x 4,850 (213.40) + 5.15% x 3,250 (167.375) + 5.4%
    // x 86,750 (4,684.50) = 5,564.475, + 5.9% x 11,150 (657.85) = 6,222.325. Flat 5.9%
    // x 118,800 = 7,009.20. Fraction (130,000 - 107,650) / 50,000 = 0.4470; 6,222.325 +
    // 0.447 x 786.875 (351.733125) = 6,574.058125 -> 6,574.06
    CHECK(tax_year(in("NY", Filing::HeadOfHousehold), wages(130000)).tax.state == usd(6574.06));
    // Income 300,000, taxable 288,800, in the 6.85% bracket from 269,300: regular
    // 5,564.475 + 5.9% x 161,650 (9,537.35) + 6.85% x 19,500 (1,335.75) = 16,437.575;
    // base 5.9% x 269,300 (15,888.70) - 15,101.825 = 786.875 -> 787; flat 6.85% x
    // 288,800 = 19,782.80; fraction (300,000 - 269,300) / 50,000 = 0.6140; 16,437.575 +
    // 787 + 0.614 x (19,782.80 - 16,437.575 - 787 = 2,558.225) (1,570.75015) =
    // 18,795.32515 -> 18,795.33
    CHECK(tax_year(in("NY", Filing::HeadOfHousehold), wages(300000)).tax.state == usd(18795.33));
}

TEST_CASE("tax: Oregon's federal tax subtraction, its phase-out and the exemption credit") {
    // 95,000 single: federal taxable 78,900, federal tax 1,240 + 4,560 + 22% x 28,500
    // (6,270) = 12,070, capped at 8,500. Oregon taxable 95,000 - 2,835 - 8,500 = 83,665:
    // 4.75% x 4,400 (209) + 6.75% x 6,700 (452.25) + 8.75% x 72,565 (6,349.4375) =
    // 7,010.6875, less the exemption credit 256 = 6,754.6875 -> 6,754.69
    const YearTax y = tax_year(in("OR"), wages(95000));
    CHECK(y.tax.state == usd(6754.69));
    // Paid Leave Oregon 0.6% x 95,000 (570) + statewide transit 0.1% (95)
    CHECK(y.tax.state_payroll == usd(665));
    adds_up(y);
    // 132,000 single: AGI over 130,000, cap 5,100 (federal tax is more); no credit
    // above 100,000. Taxable 132,000 - 2,835 - 5,100 = 124,065: 209 + 452.25 + 8.75% x
    // 112,965 (9,884.4375) = 10,545.6875 -> 10,545.69
    CHECK(tax_year(in("OR"), wages(132000)).tax.state == usd(10545.69));
    // 150,000 single: no subtraction above 145,000. Taxable 147,165: 209 + 452.25 +
    // 8.75% x 113,900 (9,966.25) + 9.9% x 22,165 (2,194.335) = 12,821.835 -> 12,821.84
    CHECK(tax_year(in("OR"), wages(150000)).tax.state == usd(12821.84));
    // 60,000 married filing jointly: federal taxable 27,800, tax 2,480 + 12% x 3,000
    // (360) = 2,840, under the cap. Taxable 60,000 - 5,670 - 2,840 = 51,490: 4.75% x
    // 8,800 (418) + 6.75% x 13,400 (904.50) + 8.75% x 29,290 (2,562.875) = 3,885.375,
    // less 512 of credit = 3,373.375 -> 3,373.38
    CHECK(tax_year(in("OR", Filing::MarriedJoint), wages(60000)).tax.state == usd(3373.38));
    // Paid Leave Oregon stops at the 184,500 wage base: 1,107 + transit 0.1% x 300,000
    CHECK(tax_year(in("OR"), wages(300000)).tax.state_payroll == usd(1107 + 300));
}

TEST_CASE("tax: Colorado adds back the standard deduction above $1,000 at AGI of $300,000 or more") {
    // 299,999.99 single: no addback. Federal taxable 283,899.99 x 4.4% = 12,491.5996 -> 12,491.60
    CHECK(tax_year(in("CO"), wages(299999.99)).tax.state == usd(12491.60));
    // 300,000 single: federal taxable 283,900 + (16,100 - 1,000) = 299,000 x 4.4% = 13,156
    const YearTax y = tax_year(in("CO"), wages(300000));
    CHECK(y.tax.state == usd(13156));
    // FAMLI 0.44% of the 184,500 wage base = 811.80
    CHECK(y.tax.state_payroll == usd(811.80));
    // Jointly, 400,000: 367,800 + (32,200 - 2,000) = 398,000 x 4.4% = 17,512
    CHECK(tax_year(in("CO", Filing::MarriedJoint), wages(400000)).tax.state == usd(17512));
}

TEST_CASE("tax: Massachusetts deducts Social Security and Medicare paid, up to $2,000, and PFML") {
    // 100,000 single: FICA 7,650 paid, 2,000 deducted: 5% x (100,000 - 4,400 - 2,000)
    // = 4,680. PFML 0.46% x 100,000 = 460.
    const YearTax y = tax_year(in("MA"), wages(100000));
    CHECK(y.tax.state == usd(4680));
    CHECK(y.tax.state_payroll == usd(460));
    // 20,000: FICA paid 1,240 + 290 = 1,530, all deducted: 5% x (20,000 - 4,400 -
    // 1,530) = 703.50
    CHECK(tax_year(in("MA"), wages(20000)).tax.state == usd(703.50));
    // PFML stops at the 184,500 wage base: 848.70
    CHECK(tax_year(in("MA"), wages(250000)).tax.state_payroll == usd(848.70));
}

TEST_CASE("tax: local taxes: Yonkers, Philadelphia, Portland (Metro SHS and Multnomah PFA), Denver") {
    // NY single 100,000: taxable 92,000, under the recapture: 331.50 + 140.80 + 113.30 +
    // 3,604.50 + 5.9% x 11,350 (669.65) = 4,859.75; Yonkers 16.75% of it = 814.008125
    const YearTax yk = tax_year(in("NY", Filing::Single, "YONKERS"), wages(100000));
    CHECK(yk.tax.state == usd(4859.75));
    CHECK(yk.tax.local == usd(814.01));
    adds_up(yk);
    // Codes are case-insensitive.
    CHECK(tax_year(in("ny", Filing::Single, "Yonkers"), wages(100000)).tax.local == usd(814.01));
    // Nonresident earnings tax 0.5% x 100,000
    CHECK(tax_year(in("NY", Filing::Single, "YONKERS-NR"), wages(100000)).tax.local == usd(500));
    // Philadelphia wage tax on all wages: 3.74% resident, 3.43% nonresident; PA UC
    // 0.07% x 100,000 = 70
    const YearTax phl = tax_year(in("PA", Filing::Single, "PHILADELPHIA"), wages(100000));
    CHECK(phl.tax.local == usd(3740));
    CHECK(phl.tax.state_payroll == usd(70));
    CHECK(tax_year(in("PA", Filing::Single, "PHILADELPHIA-NR"), wages(100000)).tax.local == usd(3430));
    // Its rate is the one set from July 2025, and the output says so.
    CHECK(tax_basis(in("PA", Filing::Single, "PHILADELPHIA")) ==
          "2026 federal; PA 2025 schedules; PHILADELPHIA 2025 rates");
    CHECK(tax_place(in("pa", Filing::Single, "philadelphia")) ==
          "Pennsylvania (Philadelphia, resident), filing single; 2026 federal and payroll figures, Pennsylvania's 2025 "
          "income tax schedules (the latest in the table), the 2025 local rates (the latest in the table)");
    // Portland single 200,000: no federal tax subtraction above 145,000 of AGI, Oregon
    // taxable 197,165; 2.5% x (197,165 - 125,000) = 1,804.125 -> 1,804.13
    CHECK(tax_year(in("OR", Filing::Single, "PORTLAND"), wages(200000)).tax.local == usd(1804.13));
    // Jointly 500,000: taxable 494,330; 2.5% x 200,000 (5,000) + 4% x 94,330 (3,773.20)
    CHECK(tax_year(in("OR", Filing::MarriedJoint, "PORTLAND"), wages(500000)).tax.local == usd(8773.20));
    // Denver's occupational privilege tax, 12 x 5.75; FAMLI 0.44% x 100,000 = 440
    const YearTax den = tax_year(in("CO", Filing::Single, "DENVER"), wages(100000));
    CHECK(den.tax.local == usd(69));
    CHECK(den.tax.state_payroll == usd(440));
    adds_up(den);
}

TEST_CASE("tax: Georgia's and North Carolina's 2026 rates") {
    // Georgia 4.99% x (100,000 - 15,000) = 4,241.50; North Carolina 3.99% x (100,000 -
    // 12,750) = 3,481.275 -> 3,481.28
    CHECK(tax_year(in("GA"), wages(100000)).tax.state == usd(4241.50));
    CHECK(tax_year(in("NC"), wages(100000)).tax.state == usd(3481.28));
    // Jointly: 4.99% x (100,000 - 30,000) = 3,493; 3.99% x 74,500 = 2,972.55
    CHECK(tax_year(in("GA", Filing::MarriedJoint), wages(100000)).tax.state == usd(3493));
    CHECK(tax_year(in("NC", Filing::MarriedJoint), wages(100000)).tax.state == usd(2972.55));
}

TEST_CASE("tax: California withholds other supplemental pay at 6.6%, bonuses at 10.23%") {
    // 10,000 bonus and 5,000 other pay: 10.23% x 10,000 (1,023) + 6.6% x 5,000 (330);
    // federal 22% x 15,000 (3,300)
    CHECK(tax_year(in("CA"), wages(150000, 0, 10000, 0, 5000)).supplemental_withheld == usd(3300 + 1023 + 330));
}

TEST_CASE("tax: married filing jointly, above the wage base and the Additional Medicare threshold") {
    const YearTax y = tax_year(in("WA", Filing::MarriedJoint), wages(300000, 0, 0, 100000));
    // Federal taxable 400,000 - 32,200 = 367,800: 2,480 + 9,120 + 24,332 + 24% x 156,400
    // (37,536) = 73,468
    CHECK(y.tax.federal == usd(73468));
    // FICA: 11,439 + 5,800 + 0.9% x (400,000 - 250,000) (1,350) = 18,589
    CHECK(y.tax.fica == usd(18589));
    // Withheld: base alone, taxable 267,800: 2,480 + 9,120 + 24,332 + 24% x 56,400
    // (13,536) = 49,468; 22% x 100,000 = 22,000; Additional Medicare withheld over
    // 200,000: 1,800 (450 more than owed). Owed 73,468 + 1,350 - 73,268 = 1,550.
    CHECK(y.withholding_shortfall == usd(1550));
    // WA Cares 2,320 + PFML 1,489.21
    CHECK(y.tax.state_payroll == usd(3809.21));
    adds_up(y);
}

TEST_CASE("tax: below the Social Security wage base, flat-rate states and deductions") {
    // 100,000 of base, single, in Illinois: exemption 2,850 -> 4.95% x 97,150 = 4,808.925
    // -> 4,808.93. FICA 6,200 + 1,450. Federal taxable 83,900: 1,240 + 4,560 + 22% x
    // 33,500 (7,370) = 13,170.
    const YearTax il = tax_year(in("IL"), wages(100000));
    CHECK(il.tax.federal == usd(13170));
    CHECK(il.tax.fica == usd(7650));
    CHECK(il.tax.state == usd(4808.93));
    // Above 250,000 of income Illinois allows no exemption: 4.95% x 260,000 = 12,870.
    CHECK(tax_year(in("IL"), wages(260000)).tax.state == usd(12870));
    // Pennsylvania, no deduction: 3.07% x 100,000 = 3,070.
    CHECK(tax_year(in("PA"), wages(100000)).tax.state == usd(3070));
    // Colorado, 4.4% of federal taxable income 83,900 = 3,691.60.
    CHECK(tax_year(in("CO"), wages(100000)).tax.state == usd(3691.60));
    // Massachusetts: 5% x (1,200,000 - 4,400 - 2,000 of FICA paid = 1,193,600) = 59,680
    // + 4% x (1,193,600 - 1,083,150 = 110,450) = 4,418 -> 64,098.
    CHECK(tax_year(in("MA"), wages(1200000)).tax.state == usd(64098));
    // New Jersey, 100,000: exemption 1,000 -> 99,000: 280 + 262.50 + 175 + 1,933.75 +
    // 6.37% x 24,000 (1,528.80) = 4,180.05. Payroll: UI 0.3825% x 44,800 (171.36),
    // WF/SWF 0.0425% x 44,800 (19.04), TDI 0.19% x 100,000 (190), FLI 0.23% (230).
    const YearTax nj = tax_year(in("NJ"), wages(100000));
    CHECK(nj.tax.state == usd(4180.05));
    CHECK(nj.tax.state_payroll == usd(171.36 + 19.04 + 190 + 230));
    // Texas: nothing at the state level.
    const YearTax tx = tax_year(in("TX"), wages(100000));
    CHECK(tx.tax.state + tx.tax.local + tx.tax.state_payroll == Money());
}

TEST_CASE("tax: every state, every filing status, gross is net plus every line") {
    for (const std::string& st : tax_states())
        for (Filing f : kFilings)
            for (double w : {0.0, 1.0, 9999.99, 50000.0, 184500.0, 250000.01, 1234567.89, 30000000.0}) {
                TaxProfile p{f, st, ""};
                adds_up(tax_year(p, wages(w * 0.6, w * 0.1, w * 0.1, w * 0.2)));
                for (const std::string& city : tax_cities(st)) {
                    p.city = city;
                    adds_up(tax_year(p, wages(w)));
                }
            }
}

TEST_CASE("tax: a state or city not in the table is a clear error") {
    const Error e = testing::error_of([] { check_profile({Filing::Single, "ZZ", ""}); });
    CHECK(e.subject().text() == "tax.state");
    std::string codes;
    for (const std::string& st : tax_states()) codes += (codes.empty() ? "" : ", ") + st;
    CHECK(e.detail() == "expected a state's two-letter code in the 2026 tax table (" + codes + "), found \"ZZ\"");
    CHECK(codes.find("AK, AL, AR, AZ, CA, CO, CT, DC, ") == 0);
    CHECK(tax_states().size() == 51);
    // A state's name gets its code.
    const Error name = testing::error_of([] { check_profile({Filing::Single, "new mexico", ""}); });
    CHECK(name.detail() == "expected a state's two-letter code in the 2026 tax table (" + codes +
                               "), found \"new mexico\": New Mexico's code is NM");
    check_profile({Filing::Single, "oh", "columbus"});
    const Error c = testing::error_of([] { check_profile({Filing::Single, "CA", "LA"}); });
    CHECK(c.subject().text() == "tax.city");
    CHECK(c.detail() == "expected no city for CA, found \"LA\"");
    const Error ny = testing::error_of([] { check_profile({Filing::Single, "NY", "LA"}); });
    CHECK(ny.detail() == "expected a city in the tax table (NYC, YONKERS, YONKERS-NR) for NY, found \"LA\"");
    check_profile({Filing::Single, "NY", "NYC"});
    CHECK(tax_year() == 2026);
    CHECK(filing_from("married_joint") == Filing::MarriedJoint);
    CHECK(!filing_from("married"));
}

TEST_CASE("tax: compare --after-tax on the shipped examples, checked by hand") {
    // Amazon (WA): wages 252,000 / 263,000 / 271,000 / 271,000.
    //   Year 1: 181,544.19 (the first case above).
    //   Year 2: federal 41,024 to 201,775 + 32% x 45,125 (14,440) = 55,464; FICA 11,439
    //   + 3,813.50 + 567 = 15,819.50; WA 1,525.40 + 1,489.21 = 3,014.61 -> 188,701.89.
    //   Years 3, 4: federal 41,024 + 32% x 53,125 (17,000) = 58,024; FICA 11,439 +
    //   3,929.50 + 639 = 16,007.50; WA 1,571.80 + 1,489.21 -> 193,907.49 each.
    //   Net 758,061.06.
    // Meta (CA): year 1 203,474.14 (above). Years 2-4, wages 305,750: federal 41,024 +
    //   17,424 + 35% x 33,425 (11,698.75) = 70,146.75; FICA 11,439 + 4,433.38 + 951.75 =
    //   16,824.13; CA taxable 300,044: 3,201.97 + 9.3% x 227,320 (21,140.76) = 24,342.73,
    //   less what is left of the 153 credit after 22 steps of 6 over 252,203 (21) =
    //   24,321.73; SDI 3,974.75 -> 190,482.64 each. Net 774,922.06.
    CompareOptions opts;
    opts.today = *Date::parse("2026-11-23");
    opts.after_tax = true;
    std::vector<Projected> offers;
    for (const char* f : {"examples/amazon-l5-pm.json", "examples/meta-ic5-pm.json"}) {
        Projected p;
        std::ifstream in(std::string(OFFERCALC_SOURCE_DIR) + "/" + f);
        std::stringstream text;
        text << in.rdbuf();
        p.offer = parse_offer(text.str(), f);
        p.projection = project(p.offer, 4);
        offers.push_back(std::move(p));
    }
    const Comparison c = compare(offers, opts);
    CHECK(c.offers[0].after_tax->net_total == usd(758061.06));
    CHECK(c.goal == usd(774922.06));
    CHECK(c.gap == usd(16861));
    // The year-one gap: 203,474.14 - 181,544.19 = 21,929.95.
    CHECK(c.year1_gap == usd(21929.95));
    // A year-one sign-on of 35,000 makes year one 287,000: federal 41,024 + 32% x 54,450
    // (17,424) + 35% x 14,675 (5,136.25) = 63,584.25; FICA 11,439 + 4,161.50 + 783 =
    // 16,383.50; WA 1,664.60 + 1,489.21 -> 203,878.44, above Meta's 203,474.14; 34,000
    // gives 203,257.74, below. The sign-on also closes the total (780,395.31), so it
    // is the bridge; but 65,000 + 35,000 is above half of the 175,000 base, a stretch,
    // so it follows the RSU ask that closes with none; base moves last, after it.
    REQUIRE(c.asks.size() >= 4);
    CHECK(c.asks[0].lever == AskLever::Level);
    CHECK(c.asks[3].lever == AskLever::Base);
    const Ask& bridge = c.asks[2];
    CHECK(bridge.lever == AskLever::SignOn);
    CHECK(bridge.bridge);
    CHECK(bridge.sign_on_y1 == usd(35000));
    CHECK(bridge.sign_on_y2 == Money());
    CHECK(*bridge.net_year1_total == usd(203878.44));
    CHECK(*bridge.net_total == usd(780395.31));
    // RSUs: +X vests 5/15/40/40. X = 27,000 gives yearly nets 182,422.63, 191,337.22,
    // 200,650.80 twice = 775,061.45 (closes); 26,000 gives 774,434.76 (does not).
    const Ask& rsu = c.asks[1];
    CHECK(rsu.lever == AskLever::Rsu);
    CHECK(rsu.rsu == usd(27000));
    CHECK(*rsu.net_total == usd(775061.45));
    // sweep --after-tax gives the same two points as the hand figures above.
    const std::vector<SweepAxis> axes = {parse_axis(Field::Rsu, "26k..27k/1k")};
    const std::int64_t at26[] = {usd(26000).in_cents()}, at27[] = {usd(27000).in_cents()};
    CHECK(sweep_row_after_tax(offers[0].offer, axes, at26, 4).net_total == usd(774434.76));
    CHECK(sweep_row_after_tax(offers[0].offer, axes, at27, 4).net_total == usd(775061.45));
    CHECK(c.script->short_ask.find("raise the RSU grant by $27,000") != std::string::npos);
    CHECK(c.script->long_ask.find("the difference is $17,000 over 4 years") != std::string::npos);
    // 21,929.95 spoken to the nearest thousand.
    CHECK(c.script->long_ask.find("and $22,000 in year one") != std::string::npos);
    // After tax the money line quotes the net totals: 774,922.06 and 758,061.06 spoken.
    CHECK(c.script->short_ask.find("worth $775,000 after tax over 4 years, against $758,000 after tax here") !=
          std::string::npos);
}

TEST_CASE("tax: the places offers are checked against are the table's, read here from its file") {
    std::ifstream in(OFFERCALC_SOURCE_DIR "/data/tax/2026.json");
    const nlohmann::json table = nlohmann::json::parse(in);
    std::vector<std::string> states;
    for (const auto& [code, place] : table.at("states").items()) {
        states.push_back(code);
        std::vector<std::string> cities;
        if (place.contains("cities"))
            for (const auto& [city, c] : place.at("cities").items()) cities.push_back(city);
        CHECK(tax_cities(code) == cities);
    }
    std::sort(states.begin(), states.end());
    CHECK(tax_states() == states);
    CHECK(tax_year() == table.at("tax_year").get<int>());
}

// Pre-tax savings (tax.savings): 2026 limits of IRS Notice 2025-67 and Rev. Proc.
// 2025-19 (TAX.md): 401(k) $24,500, catch-up $8,000 (50+) or $11,250 (60-63),
// compensation limit $360,000; HSA $4,400 self-only, $8,750 family, +$1,000 at 55+.
namespace {

TaxProfile saving(const char* state, Savings s, const char* city = "") {
    TaxProfile p = in(state, Filing::Single, city);
    p.savings = s;
    return p;
}

void saved_adds_up(const YearTax& y) {
    REQUIRE(y.saved.total == y.saved.k401 + y.saved.hsa + y.saved.other);
    REQUIRE(y.wages == y.net + y.tax.total + y.saved.total);
}

}  // namespace

TEST_CASE("tax savings: a 401(k) percent above the limit is capped, the match is pay but not net") {
    Savings s;
    s.k401_pct = Rate{150'000};        // 15% of $200,000 = $30,000, capped at $24,500
    s.match_pct = Rate{500'000};       // 50% ...
    s.match_up_to_pct = Rate{60'000};  // ... of deferrals up to 6% of base
    const YearTax y = tax_year(saving("WA", s), wages(200000));
    CHECK(y.saved.k401 == usd(24500));
    CHECK(y.capped.k401);
    CHECK_FALSE(y.capped.pay);
    // Federal wages 175,500; taxable 159,400: 1,240 + 4,560 + 12,166 + 24% x 53,700 = 12,888
    CHECK(y.tax.federal == usd(30854));
    // FICA on all 200,000 (a deferral is FICA wages): 11,439 + 2,900
    CHECK(y.tax.fica == usd(14339));
    // WA Cares 0.58% x 200,000 = 1,160; PFML 0.807159% x 184,500 = 1,489.21
    CHECK(y.tax.state_payroll == usd(2649.21));
    // Net: 200,000 - 47,842.21 - 24,500
    CHECK(y.net == usd(127657.79));
    // Match: 50% x min(24,500, 6% x 200,000 = 12,000)
    CHECK(y.match == usd(6000));
    CHECK(y.roth_catch_up == Money());
    saved_adds_up(y);
}

TEST_CASE("tax savings: Pennsylvania and Philadelphia tax a 401(k) deferral, the federal return does not") {
    Savings s;
    s.k401 = usd(10000);
    const YearTax y = tax_year(saving("PA", s, "PHILADELPHIA"), wages(100000));
    // Federal wages 90,000; taxable 73,900: 1,240 + 4,560 + 22% x 23,500 = 5,170
    CHECK(y.tax.federal == usd(10970));
    // PA 3.07% x 100,000 and Philadelphia 3.74% x 100,000: the deferral stays in both
    CHECK(y.tax.state == usd(3070));
    CHECK(y.tax.local == usd(3740));
    // FICA 6,200 + 1,450; PA UC 0.07% x 100,000
    CHECK(y.tax.fica == usd(7650));
    CHECK(y.tax.state_payroll == usd(70));
    CHECK(y.net == usd(100000 - 10970 - 3070 - 3740 - 7650 - 70 - 10000));
    saved_adds_up(y);
    // New Jersey excludes a 401(k) deferral (N.J.A.C. 18:35-2.5): its tax is the tax
    // on 90,000 of wages.
    CHECK(tax_year(saving("NJ", s), wages(100000)).tax.state == tax_year(in("NJ"), wages(90000)).tax.state);
}

TEST_CASE("tax savings: a family HSA is free of federal tax and FICA, not of California's tax") {
    Savings s;
    s.hsa = usd(8750);
    s.hsa_coverage = HsaCoverage::Family;
    s.age = 40;
    const YearTax y = tax_year(saving("CA", s), wages(150000));
    CHECK(y.saved.hsa == usd(8750));
    CHECK_FALSE(y.capped.hsa);
    // Federal wages 141,250; taxable 125,150: 1,240 + 4,560 + 12,166 + 24% x 19,450 = 4,668
    CHECK(y.tax.federal == usd(22634));
    // FICA on 141,250: 8,757.50 + 2,048.125 -> 2,048.13
    CHECK(y.tax.fica == usd(10805.63));
    // California on all 150,000: taxable 144,294; 110.79 + 303.70 + 607.52 + 965.40 +
    // 1,214.56 + 9.3% x 71,570 = 6,656.01, total 9,857.98, less the 153 credit
    CHECK(y.tax.state == usd(9704.98));
    // CA SDI 1.3% of the FICA wages, 141,250
    CHECK(y.tax.state_payroll == usd(1836.25));
    CHECK(y.net == usd(96269.14));
    saved_adds_up(y);
    // At 55 the family limit is 9,750: 10,000 is capped there.
    s.hsa = usd(10000);
    s.age = 55;
    const YearTax older = tax_year(saving("CA", s), wages(150000));
    CHECK(older.saved.hsa == usd(9750));
    CHECK(older.capped.hsa);
}

TEST_CASE("tax savings: the catch-up grows with age and is Roth above $150,000 of FICA wages") {
    Savings s;
    s.k401 = usd(40000);
    s.age = 61;  // 61 in year one: 24,500 + 11,250 = 35,750
    const TaxProfile p = saving("TX", s);
    const YearTax y = tax_year(p, wages(300000));
    CHECK(y.saved.k401 == usd(35750));
    CHECK(y.capped.k401);
    CHECK(y.roth_catch_up == usd(11250));
    // Federal wages 300,000 - 24,500 = 275,500; taxable 259,400: 1,240 + 4,560 + 12,166 +
    // 23,058 + 17,424 + 35% x 3,175 = 1,111.25
    CHECK(y.tax.federal == usd(59559.25));
    // Year four: age 64, the catch-up is 8,000 again.
    CHECK(tax_year(p, wages(300000), 4).saved.k401 == usd(32500));
    CHECK(tax_year(p, wages(300000), 4).roth_catch_up == usd(8000));
    // Under 150,000 of FICA wages the catch-up is pre-tax: age 52, 120,000 - 32,500 =
    // 87,500 of federal wages, the same tax as 87,500 of wages without savings.
    s.age = 52;
    s.k401 = usd(32500);
    const YearTax low = tax_year(saving("TX", s), wages(120000));
    CHECK(low.roth_catch_up == Money());
    CHECK(low.tax.federal == tax_year(in("TX"), wages(87500)).tax.federal);
    // Without an age there is no catch-up.
    s.age.reset();
    CHECK(tax_year(saving("TX", s), wages(120000)).saved.k401 == usd(24500));
}

TEST_CASE("tax savings: percents stop at the compensation limit, savings stop at the base") {
    Savings s;
    s.k401_pct = Rate{50'000};         // 5% of min(400,000, 360,000) = 18,000
    s.match_pct = Rate{1'000'000};     // 100% of deferrals ...
    s.match_up_to_pct = Rate{40'000};  // ... up to 4% of 360,000 = 14,400
    const YearTax y = tax_year(saving("TX", s), wages(400000));
    CHECK(y.saved.k401 == usd(18000));
    CHECK(y.match == usd(14400));
    // Other pre-tax deductions: free of federal tax and FICA; New Jersey taxes them.
    Savings o;
    o.other = usd(5000);
    const YearTax nj = tax_year(saving("NJ", o), wages(100000));
    CHECK(nj.tax.fica == usd(5890 + 1377.50));  // 6.2% and 1.45% of 95,000
    CHECK(nj.tax.federal == tax_year(in("NJ"), wages(95000)).tax.federal);
    CHECK(nj.tax.state == tax_year(in("NJ"), wages(100000)).tax.state);
    // A base of 20,000 holds the 401(k)'s 20,000 and nothing more.
    o.k401 = usd(24500);
    const YearTax small = tax_year(saving("TX", o), wages(20000, 0, 50000));
    CHECK(small.saved.k401 == usd(20000));
    CHECK(small.saved.other == Money());
    CHECK(small.capped.pay);
    saved_adds_up(small);
}

TEST_CASE("tax savings: every state and city, gross is net plus every line plus the savings") {
    Savings s;
    s.k401_pct = Rate{100'000};
    s.age = 58;
    s.hsa = usd(5000);
    s.other = usd(1234.56);
    s.match_pct = Rate{500'000};
    s.match_up_to_pct = Rate{60'000};
    for (const std::string& st : tax_states())
        for (double w : {0.0, 1.0, 9999.99, 50000.0, 184500.0, 250000.01, 1234567.89}) {
            TaxProfile p = saving(st.c_str(), s);
            saved_adds_up(tax_year(p, wages(w * 0.6, w * 0.1, w * 0.1, w * 0.2)));
            for (const std::string& city : tax_cities(st)) {
                p.city = city;
                saved_adds_up(tax_year(p, wages(w), 3));
            }
        }
}

TEST_CASE("tax: NetTax's net is tax_year's net, in every state and city, with and without savings") {
    Savings s;
    s.k401_pct = Rate{100'000};
    s.age = 58;
    s.hsa = usd(5000);
    s.other = usd(1234.56);
    for (const std::string& st : tax_states())
        for (Filing f : kFilings)
            for (const bool saves : {false, true}) {
                std::vector<std::string> cities = tax_cities(st);
                cities.insert(cities.begin(), "");
                for (const std::string& city : cities) {
                    TaxProfile p{f, st, city};
                    if (saves) p.savings = s;
                    const NetTax net(p);
                    for (double w : {0.0, 1.0, 9999.99, 50000.0, 184500.0, 250000.01, 1234567.89})
                        for (int year : {1, 3}) {
                            const Components c = wages(w * 0.6, w * 0.1, w * 0.1, w * 0.2);
                            REQUIRE(net.net(c, year) == tax_year(p, c, year).net);
                        }
                }
            }
}
