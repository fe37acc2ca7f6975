#include "offercalc/options_text.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "offercalc/layout.hpp"
#include "offercalc/options.hpp"
#include "offercalc/summary.hpp"
#include "offercalc/text.hpp"

namespace offercalc {

std::vector<OptionMultiple> option_multiples(const Offer& offer, int years) {
    std::vector<OptionMultiple> out;
    if (!offer.options) return out;
    Offer at = offer;
    for (const std::int64_t k : kOptionMultiples) {
        at.options->valued_at = price_at_multiple(offer.options->preferred, k);
        at.options->valued_multiple = k;
        const Projection p = project(at, years);
        out.push_back({k, *at.options->valued_at, p.sum.options, p.sum.total});
    }
    return out;
}

std::string multiple_text(std::int64_t hundredths) {
    std::string s = fmt::format("{}.{:02}", hundredths / 100, hundredths % 100);
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
    return s + "x";
}

std::string price_basis_text(const Options& o) {
    const std::string preferred = o.preferred.text();
    if (!o.valued_at) return fmt::format("the last preferred price of {} a share", preferred);
    if (o.valued_multiple)
        return fmt::format("{} a share, {} the last preferred price of {}", o.valued_at->text(),
                           multiple_text(*o.valued_multiple), preferred);
    return fmt::format("a chosen price of {} a share (the last preferred price is {})", o.valued_at->text(), preferred);
}

const char* price_basis_key(const Options& o) {
    if (!o.valued_at) return "preferred";
    return o.valued_multiple ? "multiple" : "price";
}

std::string price_json(SharePrice p) {
    std::string s = fmt::format("{}.{:06}", p.micros / 1'000'000, p.micros % 1'000'000);
    while (s.size() > 2 && s.back() == '0' && s[s.size() - 3] != '.') s.pop_back();
    return s;
}

std::string price_cell(SharePrice p) {
    std::string s = p.text();
    return s.find('.') == std::string::npos ? s + ".00" : s;
}

namespace {

std::string total_heading(int years) { return fmt::format("{}-year total", years); }

/// "ISOs" / "NSO".
std::string kind_text(const Options& o, std::int64_t shares) {
    return fmt::format("{}{}", o.type == OptionType::Iso ? "ISO" : "NSO", shares == 1 ? "" : "s");
}

std::int64_t all_shares(const Options& o) {
    std::int64_t n = o.shares;
    for (const OptionRefresher& r : o.refreshers) n += r.shares;
    return n;
}

}  // namespace

std::string grant_words(const Options& o) {
    const std::int64_t all = all_shares(o);
    std::string s = fmt::format("{} {}", grouped_count(all), kind_text(o, all));
    if (all != o.shares)
        s += fmt::format(" ({} and later grants of {})", grouped_count(o.shares), grouped_count(all - o.shares));
    SharePrice lo = o.strike, hi = o.strike;
    for (const OptionRefresher& r : o.refreshers) {
        lo = std::min(lo, r.strike);
        hi = std::max(hi, r.strike);
    }
    return s + (lo == hi ? fmt::format(" at a strike of {}", lo.text())
                         : fmt::format(" at strikes of {} to {}", lo.text(), hi.text()));
}

std::string vesting_words(const Options& o, int years) {
    std::int64_t vesting = 0;
    for (const OptionVest& v : option_vests(o, 12 * years)) vesting += v.shares;
    const std::int64_t all = all_shares(o);
    if (vesting == all) return fmt::format("its {} {}", grouped_count(all), kind_text(o, all));
    return fmt::format("the {} of its {} {} that vest in {} year{}", grouped_count(vesting), grouped_count(all),
                       kind_text(o, all), years, years == 1 ? "" : "s");
}

namespace {

/// Shares vesting and the cash to exercise them, by year shown and over those years.
Table exercise_table(const Options& o, int years) {
    std::vector<std::int64_t> shares(static_cast<std::size_t>(years));
    for (const OptionVest& v : option_vests(o, 12 * years))
        shares[static_cast<std::size_t>((v.month - 1) / 12)] += v.shares;
    const std::vector<Money> cost = exercise_cost_by_year(o, years);
    Table t;
    for (int n = 1; n <= years; ++n) t.headings.push_back(fmt::format("year {}", n));
    t.headings.push_back(total_heading(years));
    Table::Row vesting{"shares vesting", {}}, exercise{"exercise cost", {}};
    std::int64_t all = 0;
    Money sum;
    for (std::size_t i = 0; i < shares.size(); ++i) {
        vesting.cells.emplace_back(grouped_count(shares[i]));
        exercise.cells.emplace_back(cost[i]);
        all += shares[i];
        sum += cost[i];
    }
    vesting.cells.emplace_back(grouped_count(all));
    exercise.cells.emplace_back(sum);
    t.rows = {vesting, exercise};
    return t;
}

Table multiples_table(const std::vector<OptionMultiple>& ms, int years) {
    Table t;
    t.corner = "preferred x";
    t.headings = {"price a share", fmt::format("options over\n{} years", years), total_heading(years)};
    for (const OptionMultiple& m : ms)
        t.rows.push_back({multiple_text(m.hundredths), {price_cell(m.price), m.options, m.total}});
    t.labels_right = true;
    return t;
}

}  // namespace

std::string exit_text(const ExitScenario& s) {
    return s.price ? fmt::format("{} a share", s.price->text()) : fmt::format("{} valuation", compact(*s.valuation));
}

namespace {

Table exits_table(const ExitOutlook& x) {
    Table t;
    t.headings = {"exit", "common\nprice", "vested\nshares", "value", "exercise\ncost", "chance"};
    for (const ExitValue& e : x.exits)
        t.rows.push_back({fmt::format("year {}", e.scenario.year),
                          {exit_text(e.scenario), price_cell(e.price), grouped_count(e.vested), e.value, e.cost,
                           e.scenario.probability.percent() + "%"}});
    return t;
}

std::string exits_words(const Options& o, const ExitOutlook& x, int width) {
    std::string out =
        hang("exits: ", "each one's value is the options vested by then at its price, less their strike", width);
    out += fit_table(exits_table(x), width, false, "--exact");
    out += hang("expected value: ",
                fmt::format("{} (each exit's value times its chance); chance of nothing: {}% (no exit, or an "
                            "exit at or below the strike)",
                            x.expected, x.chance_of_nothing.percent()),
                width);
    if (o.company)
        out += hang("waterfall: ",
                    fmt::format("simplified: common's price is what an exit leaves after {} of preferences, "
                                "over {} fully diluted shares{}; no participation, conversion or seniority",
                                o.company->preferences, grouped_count(o.company->fully_diluted_shares),
                                o.company->dilution_per_year.ppm
                                    ? fmt::format(" growing {}% a year", o.company->dilution_per_year.percent())
                                    : std::string()),
                    width);
    return out;
}

/// compare's line on one offer's options: "in Series B PM's 4-year total, $324,000.00 is
/// the paper value of 60,000 ISOs, counted at ...; it is not cash: ...".
std::string paper_value_fact(const Projected& p) {
    const Options& o = *p.offer.options;
    const int years = p.projection.years;
    std::string s = fmt::format(
        "in {}'s {}-year total, {} is the paper value of {}, counted at {}; it is not cash: owning the "
        "shares costs {} to exercise, plus any tax",
        p.offer.name, years, p.projection.sum.options, vesting_words(o, years), price_basis_text(o),
        exercise_cost(o, 12 * years));
    if (!o.exits.empty()) {
        const ExitOutlook x = exit_outlook(o);
        s += fmt::format("; its exits' expected value is {}, with a {}% chance of nothing", x.expected,
                         x.chance_of_nothing.percent());
    }
    return s;
}

}  // namespace

std::string render_options(const Projected& p, int columns, bool exact) {
    if (!p.offer.options) return "";
    const Options& o = *p.offer.options;
    const int years = p.projection.years, width = prose_width(columns);
    std::string out = hang(
        "options: ",
        fmt::format("{}, counted at {}; 409A fair market value {}", grant_words(o), price_basis_text(o), o.fmv.text()),
        width);
    out += hang("paper value: ",
                fmt::format("the options row ({} over {} years) is what the vested shares would sell for at "
                            "that price, less their strike; it is not cash: to own the shares you pay the "
                            "exercise cost, plus any tax at exercise{}",
                            p.projection.sum.options, years,
                            p.after_tax ? "; the net row leaves it out: none of it is paid in cash" : ""),
                width);
    out += fit_table(exercise_table(o, years), columns, exact, "--exact");
    if (!p.projection.options_after.is_zero())
        out += hang("not shown: ",
                    fmt::format("{} of the options' paper value vests after year {} and is not in the total",
                                p.projection.options_after, years),
                    width);
    out += hang(
        "multiples: ",
        fmt::format("the options and the whole offer at multiples of the preferred price of {}", o.preferred.text()),
        width);
    out += fit_table(multiples_table(option_multiples(p.offer, years), years), columns, exact, "--exact");
    if (!o.exits.empty()) out += exits_words(o, exit_outlook(o), width);
    return out;
}

std::string render_compare_options(const std::vector<Projected>& offers, int columns, bool exact) {
    if (std::none_of(offers.begin(), offers.end(), [](const Projected& p) { return p.offer.options.has_value(); }))
        return "";
    const int years = offers.front().projection.years;
    Table t;
    t.corner = fmt::format("{}-year total", years);
    for (const std::int64_t k : kOptionMultiples) t.headings.push_back("at " + multiple_text(k));
    std::vector<std::string> names;
    for (const Projected& p : offers) names.push_back(p.offer.name);
    const std::vector<std::string> labels = short_labels(names, 24);
    for (std::size_t i = 0; i < offers.size(); ++i) {
        Table::Row r{labels[i], {}};
        const std::vector<OptionMultiple> ms = option_multiples(offers[i].offer, years);
        for (std::size_t k = 0; k < std::size(kOptionMultiples); ++k)
            r.cells.emplace_back(ms.empty() ? offers[i].projection.sum.total : ms[k].total);
        t.rows.push_back(std::move(r));
    }
    t.label_cap = 24;
    const int width = prose_width(columns);
    std::string out = "\n";
    for (const Projected& p : offers)
        if (p.offer.options) out += hang("options: ", paper_value_fact(p), width);
    out += hang("multiples: ",
                "each offer's total with its options at multiples of its preferred price; an offer without "
                "options is the same in every column",
                width);
    return out + fit_table(t, columns, exact, "--exact");
}

void write_options(JsonWriter& w, const Projected& p) {
    const Options& o = *p.offer.options;
    const int years = p.projection.years;
    w.object().field("type", to_string(o.type)).field("shares", o.shares);
    w.key("strike").raw(price_json(o.strike)).key("fmv").raw(price_json(o.fmv));
    w.key("preferred_price").raw(price_json(o.preferred)).key("price").raw(price_json(o.price()));
    w.field("price_basis", price_basis_key(o)).field("price_words", price_basis_text(o));
    w.field("paper_value", true).field("exercise_window_days", o.exercise_window_days);
    w.field("early_exercise", o.early_exercise);
    std::vector<std::int64_t> shares(static_cast<std::size_t>(years));
    for (const OptionVest& v : option_vests(o, 12 * years))
        shares[static_cast<std::size_t>((v.month - 1) / 12)] += v.shares;
    w.key("shares_by_year").values(shares);
    const std::vector<Money> cost = exercise_cost_by_year(o, years);
    w.key("exercise_cost_by_year").values(cost);
    Money sum;
    for (const Money m : cost) sum += m;
    w.field("exercise_cost", sum).field("exercise_cost_whole_grant", exercise_cost(o, kMaxVestMonth * 2));
    w.field("value_after", p.projection.options_after);
    w.key("multiples").list(option_multiples(p.offer, years), [&](const OptionMultiple& m) {
        const std::string k = multiple_text(m.hundredths);
        w.object().key("multiple").raw(std::string_view(k).substr(0, k.size() - 1));  // "3x" as 3
        w.key("price").raw(price_json(m.price)).field("options", m.options).field("total", m.total).end_object();
    });
    const ExitOutlook x = exit_outlook(o);
    w.key("exits").list(x.exits, [&](const ExitValue& e) {
        w.object().field("year", e.scenario.year);
        w.field_if("price", e.scenario.price.has_value(), [&] { w.raw(price_json(*e.scenario.price)); });
        w.field("valuation", e.scenario.valuation).key("common_price").raw(price_json(e.price));
        w.field("vested_shares", e.vested).field("value", e.value).field("exercise_cost", e.cost);
        w.field("probability_pct", e.scenario.probability).end_object();
    });
    w.field_if("expected_value", !o.exits.empty(), [&] { w.value(x.expected); });
    w.field_if("chance_of_nothing_pct", !o.exits.empty(), [&] { w.value(x.chance_of_nothing); });
    w.end_object();
}

}  // namespace offercalc
