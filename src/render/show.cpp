#include "offercalc/show.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <numeric>

#include <fmt/format.h>
#include <fmt/ranges.h>  // fmt::join (fmt 10 and later)
#include <nlohmann/json.hpp>

#include "offercalc/json_writer.hpp"
#include "offercalc/layout.hpp"
#include "offercalc/options_tax.hpp"
#include "offercalc/options_text.hpp"
#include "offercalc/schema.hpp"
#include "offercalc/text.hpp"
#include "offercalc/tax.hpp"

namespace offercalc {

namespace {

std::string total_label(int years) { return fmt::format("{}-year total", years); }

std::string schedule_text(const Offer& o) {
    if (!o.rsu) return "no RSU grant";
    return fmt::format("RSU {} vesting {}", o.rsu->value, o.rsu->schedule.describe());
}

std::string fraction(std::int64_t w, std::int64_t d) {
    const std::int64_t g = std::gcd(w, d);
    return fmt::format("{}/{}", w / g, d / g);
}

/// "month 12: 1/4, months 13..48 every 1: 1/48 each": runs of three or more equal
/// tranches at a constant step are shown as one.
std::string tranche_runs(const Schedule& s) {
    std::vector<std::string> parts;
    const auto& t = s.tranches;
    for (std::size_t i = 0; i < t.size();) {
        std::size_t j = i + 1;
        if (j < t.size() && t[j].weight == t[i].weight) {
            const int step = t[j].month - t[i].month;
            while (j + 1 < t.size() && t[j + 1].weight == t[i].weight && t[j + 1].month - t[j].month == step) ++j;
            if (j - i >= 2) {
                parts.push_back(fmt::format("months {}..{} every {}: {} each", t[i].month, t[j].month,
                                            step == 1 ? "month" : fmt::format("{} months", step),
                                            fraction(t[i].weight, s.denominator)));
                i = j + 1;
                continue;
            }
        }
        parts.push_back(fmt::format("month {}: {}", t[i].month, fraction(t[i].weight, s.denominator)));
        ++i;
    }
    return fmt::format("{}", fmt::join(parts, ", "));
}

}  // namespace

namespace {

/// {"federal": ..., ..., "total": ...}: a parts table's amounts, then their total.
template <class Lines, class Parts>
void write_parts(JsonWriter& w, const Lines& lines, const Parts& parts) {
    w.object();
    for (const auto& part : parts) w.field(part.key, lines.*part.amount);
    w.field("total", lines.total).end_object();
}

}  // namespace

void write_tax(JsonWriter& w, const TaxLines& t) { write_parts(w, t, kTaxParts); }
void write_saved(JsonWriter& w, const SavedLines& t) { write_parts(w, t, kSavedParts); }

std::string savings_caps_text(const AfterTax& a) {
    std::vector<int> k401, hsa, pay;
    for (std::size_t i = 0; i < a.years.size(); ++i) {
        const int n = static_cast<int>(i) + 1;
        if (a.years[i].capped.k401) k401.push_back(n);
        if (a.years[i].capped.hsa) hsa.push_back(n);
        if (a.years[i].capped.pay) pay.push_back(n);
    }
    std::string out;
    auto say = [&out](const std::vector<int>& years, const char* what) {
        if (years.empty()) return;
        out += fmt::format("{}{} in year{} {}", out.empty() ? "" : "; ", what, years.size() > 1 ? "s" : "",
                           fmt::join(years, ", "));
    };
    say(k401, "the 401(k) election is above the IRS limit, so the limit is saved,");
    say(hsa, "the HSA contribution is above the IRS limit, so the limit is saved,");
    say(pay, "the savings are above the base salary, so the base is saved,");
    return out;
}

std::string exercise_note(const Options& o, const AfterTax& a) {
    const OptionExercise& t = a.exercise_total;
    std::string s = fmt::format(
        "exercise cost is each year's vested options bought at the strike ({}) in the year they vest; exercise tax is "
        "what buying them at today's 409A fair market value ({}, no growth) adds to that year's tax",
        o.strike.text(), o.fmv.text());
    s += o.type == OptionType::Iso ? " (ISOs: alternative minimum tax only" : " (NSOs: the spread is wages";
    if (t.nso_shares > 0 && o.type == OptionType::Iso)
        s += fmt::format("; {} shares past the $100,000 ISO limit are taxed as NSOs", grouped_count(t.nso_shares));
    s += ")";
    if (!t.amt.is_zero()) s += fmt::format(", {} of it AMT", t.amt);
    return s + ". Neither is in net: exercising is a choice, paid when you make it.";
}

std::string exercise_summary(const Options& o, const AfterTax& a) {
    const OptionExercise& t = a.exercise_total;
    std::string s = fmt::format(
        "exercising each year's vested options as they vest costs {} over the {} years at the strike ({}), and {} of "
        "tax at today's 409A fair market value ({}, no growth",
        t.cost, a.years.size(), o.strike.text(), t.tax, o.fmv.text());
    s += o.type == OptionType::Iso ? "; ISOs: alternative minimum tax only" : "; NSOs: the spread is wages";
    if (t.nso_shares > 0 && o.type == OptionType::Iso)
        s += fmt::format("; {} shares past the $100,000 ISO limit are taxed as NSOs", grouped_count(t.nso_shares));
    s += ")";
    if (!t.amt.is_zero() && t.amt != t.tax) s += fmt::format(", {} of it AMT", t.amt);
    return s + ". Neither is in net: exercising is a choice, paid when you make it.";
}

void write_option_exercise(JsonWriter& w, const OptionExercise& e) {
    w.object().field("iso_shares", e.iso_shares).field("nso_shares", e.nso_shares).field("cost", e.cost);
    w.field("spread", e.spread).field("tax", e.tax).field("amt", e.amt).end_object();
}

void write_tax_assumptions(JsonWriter& w, const TaxProfile& p) {
    w.object().field("tax_year", tax_year()).field("filing", to_string(p.filing)).field("state", p.state);
    w.field_if("city", !p.city.empty(), [&] { w.value(p.city); });
    w.field("basis", tax_basis(p)).field("note", tax_assumptions(p)).end_object();
}

std::string assumptions_text(const Offer& o) {
    std::string s =
        fmt::format("{}; stock growth {}%/yr ({})", schedule_text(o), o.growth.percent(), to_string(o.convention));
    if (o.raise.ppm != 0) s += fmt::format("; raise {}%/yr from year 2", o.raise.percent());
    if (o.bonus.ppm != 0) s += fmt::format("; bonus {}% of base", o.bonus.percent());
    if (o.bonus.ppm != 0 && o.bonus_payout.ppm != Rate::kOne)
        s += fmt::format(", expected to pay out at {}% of target", o.bonus_payout.percent());
    if (!o.refreshers.empty()) s += fmt::format("; {} refresher grant(s)", o.refreshers.size());
    return s;
}

std::string describe_offer(const Offer& o) {
    std::vector<std::string> parts;
    for (const std::string* s : {&o.company, &o.level, &o.role, &o.location})
        if (!s->empty()) parts.push_back(*s);
    return fmt::format("{}", fmt::join(parts, ", "));
}

std::string vest_end_text(const Offer& o, const Projection& pr) {
    const VestEndDrop d = vest_end_drop(o, pr);
    if (d.year == 0 || (d.drop <= Money() && d.drop_assumed <= Money())) return {};
    auto pays = [&](Money drop) {
        const int n = d.year;
        if (drop.is_zero()) return fmt::format("year {} pays the same as year {}", n, n - 1);
        return fmt::format("year {} pays {} {} than year {}", n, abs(drop), drop.is_negative() ? "more" : "less",
                           n - 1);
    };
    std::string s = pays(d.drop) + ": the initial grant has vested";
    if (pr.has_assumptions()) s += "; with the assumed pay, " + pays(d.drop_assumed);
    return s;
}

std::string assumed_text(const Offer& o) {
    std::vector<std::string> parts;
    if (const Money g = refresh_grant(o); o.refresh && !g.is_zero()) {
        const std::string pct = o.refresh->pct_of_grant
                                    ? fmt::format(" ({}% of the initial grant)", o.refresh->pct_of_grant->percent())
                                    : "";
        parts.push_back(fmt::format("a refresher of {}{} granted each year from year {}, vesting {}", g, pct,
                                    o.refresh->from_year, o.refresh->schedule.describe()));
    }
    for (const Promotion& pr : o.promotions)
        parts.push_back(fmt::format("a promotion in year {} to base {}{} with probability {}%", pr.year, pr.base,
                                    pr.grant.is_zero() ? "" : fmt::format(" and a grant of {}", pr.grant),
                                    pr.probability.percent()));
    if (parts.empty()) return {};
    return fmt::format("{}; not offered, so not in the total and no ask counts on them", fmt::join(parts, "; "));
}

std::string conversion_text(const Offer& o) {
    if (!o.rsu_conversion) return {};
    const RsuConversion& c = *o.rsu_conversion;
    const Money value = o.rsu ? o.rsu->value : Money();
    std::string s = fmt::format("the {} grant at a conversion price of {} buys {} shares", c.promised,
                                c.conversion_price.text(), grouped_count(c.shares));
    if (c.min_shares && c.shares == *c.min_shares && c.shares > 0) s += " (the share floor)";
    s += fmt::format(", worth {} at today's {}", value, c.price_today.text());
    const Money diff = value - c.promised;
    if (!diff.is_zero())
        s += fmt::format(": {} {} than its dollar figure", abs(diff), diff.is_negative() ? "less" : "more");
    return s;
}

namespace {

/// With options, after tax: the cash to exercise each year's vest and the tax it takes.
template <class Line>
void add_exercise_rows(const AfterTax& net, Line&& line) {
    if (net.exercise.empty()) return;
    auto at = [&net](int n) -> const OptionExercise& { return net.exercise[static_cast<std::size_t>(n - 1)]; };
    line(
        "exercise cost", [&](int n) { return at(n).cost; }, net.exercise_total.cost);
    line(
        "exercise tax", [&](int n) { return at(n).tax; }, net.exercise_total.tax);
}

/// Rows after the total: the guaranteed and at-risk split, then the assumptions.
template <class Line>
void add_split_rows(Table&, const Projection& pr, Line& line) {
    line(
        "  guaranteed", [&](int n) { return guaranteed(pr.y(n)); }, guaranteed(pr.sum));
    line(
        "  at risk", [&](int n) { return at_risk(pr.y(n)); }, at_risk(pr.sum));
    if (!pr.has_assumptions()) return;
    auto at = [](const std::array<Money, kMaxYears>& a, int n) { return a[static_cast<std::size_t>(n - 1)]; };
    if (!pr.assumed_refresh_sum.is_zero())
        line(
            "rsu (assumed)", [&](int n) { return at(pr.assumed_refresh, n); }, pr.assumed_refresh_sum);
    if (!pr.promotion_sum.is_zero())
        line(
            "promotion (exp.)", [&](int n) { return at(pr.promotion, n); }, pr.promotion_sum);
    line(
        "with assumptions", [&](int n) { return pr.with_assumptions(n); },
        pr.sum.total + pr.assumed_refresh_sum + pr.promotion_sum);
}

/// show's table: each pay part and the total (and after tax, each tax, net and what
/// is owed at filing), year by year and over the years.
Table show_table(const Projected& p) {
    const Projection& pr = p.projection;
    const AfterTax* net = p.after_tax ? &*p.after_tax : nullptr;
    Table t;
    for (int n = 1; n <= pr.years; ++n) t.headings.push_back(fmt::format("year {}", n));
    t.headings.push_back(total_label(pr.years));
    auto line = [&](const std::string& name, auto&& year, Money total) {
        Table::Row r{name, {}};
        for (int n = 1; n <= pr.years; ++n) r.cells.emplace_back(year(n));
        r.cells.emplace_back(total);
        t.rows.push_back(std::move(r));
    };
    auto row = [&](const char* name, Money Components::*amount) {
        line(
            name, [&](int n) { return pr.y(n).*amount; }, pr.sum.*amount);
    };
    for (const PayPart& part : kPayParts)
        if (!part.when_held || p.offer.options) row(part.key, part.amount);
    row("total", &Components::total);
    add_split_rows(t, pr, line);
    if (net) {
        auto year = [net](int n) -> const YearTax& { return net->years[static_cast<std::size_t>(n - 1)]; };
        for (const TaxPart& tp : kTaxParts) {
            if (tp.amount == &TaxLines::local && net->profile.city.empty()) continue;
            line(
                tp.words, [&](int n) { return year(n).tax.*tp.amount; }, net->tax.*tp.amount);
        }
        for (const SavedPart& sp : kSavedParts)
            if (!(net->saved.*sp.amount).is_zero())
                line(
                    sp.words, [&](int n) { return year(n).saved.*sp.amount; }, net->saved.*sp.amount);
        line(
            "net", [&](int n) { return year(n).net; }, net->net_total);
        if (!net->match.is_zero())
            line(
                "employer match", [&](int n) { return year(n).match; }, net->match);
        line(
            "owed at filing", [&](int n) { return year(n).withholding_shortfall; }, net->withholding_shortfall);
        add_exercise_rows(*net, line);
    }
    return t;
}

}  // namespace

std::string render_show(const Projected& p, int columns, bool exact) {
    const Offer& o = p.offer;
    const Projection& pr = p.projection;
    const int width = prose_width(columns);
    std::string head = o.name;
    const std::string about = describe_offer(o);
    if (!about.empty()) head += " (" + about + ")";
    head += fmt::format(" [{}]", o.file);
    std::string out = wrap(head, width, "  ") + "\n";
    for (const std::string& a : p.adjustments) out += hang("adjusted: ", a, width);
    out += fit_table(show_table(p), columns, exact, "--exact");
    // A year that pays less than the one before (a sign-on ending, growth below the
    // recruiter's assumption) is easy to miss in a table: say it.
    const int vest_end = vest_end_drop(o, pr).year;
    for (int n = 2; n <= pr.years; ++n)
        if (n == vest_end) {
            if (const std::string v = vest_end_text(o, pr); !v.empty()) out += hang("grant ends: ", v, width);
        } else if (pr.y(n).total < pr.y(n - 1).total)
            out += hang(
                "dip: ", fmt::format("year {} pays {} less than year {}", n, pr.y(n - 1).total - pr.y(n).total, n - 1),
                width);
    if (!pr.equity_after.is_zero())
        out += hang("not shown: ",
                    fmt::format("{} of the grants (at grant value) vests after year {} and is not in the total",
                                pr.equity_after, pr.years),
                    width);
    out += hang("assumes: ", assumptions_text(o), width);
    if (const std::string a = assumed_text(o); !a.empty()) out += hang("assumed: ", a, width);
    if (const std::string c = conversion_text(o); !c.empty()) out += hang("conversion: ", c, width);
    if (const auto& net = p.after_tax) {
        out += hang("owed at filing: ",
                    "income tax beyond what is withheld, with sign-on, bonus and RSUs withheld at "
                    "the supplemental rates (negative: a refund)",
                    width);
        if (!net->saved.total.is_zero() || !net->match.is_zero())
            out +=
                hang("net: ", "take-home pay, after the taxes and the savings above; the employer match is not in it",
                     width);
        if (const std::string caps = savings_caps_text(*net); !caps.empty()) out += hang("capped: ", caps, width);
        if (o.options) out += hang("exercise: ", exercise_note(*o.options, *net), width);
        out += hang("tax: ", tax_assumptions(net->profile), width);
        if (o.options) {
            out += hang("options tax: ", option_tax_caveat(), width);
            if (o.options->early_exercise)
                out += hang("83(b): ", fmt::format("{}", fmt::join(early_exercise_words(o.options->type), " ")), width);
            out += hang("sale: ", fmt::format("{}", fmt::join(option_sale_words(o.options->type), " ")), width);
        }
    }
    return out + render_options(p, columns, exact);
}

namespace {

void write_year(JsonWriter& w, const Projected& p, int n) {
    const Components& c = p.projection.y(n);
    w.object().field("year", n);
    for (const PayPart& part : kPayParts) w.field(part.key, c.*part.amount);
    w.field("total", c.total).field("guaranteed", guaranteed(c)).field("at_risk", at_risk(c));
    const auto i = static_cast<std::size_t>(n - 1);
    w.field("assumed_refreshers", p.projection.assumed_refresh[i])
        .field("promotion_expected", p.projection.promotion[i]);
    w.field("total_with_assumptions", p.projection.with_assumptions(n));
    if (p.after_tax) {
        const YearTax& y = p.after_tax->years[static_cast<std::size_t>(n - 1)];
        write_tax(w.key("tax"), y.tax);
        write_saved(w.key("saved"), y.saved);
        w.field("roth_catch_up", y.roth_catch_up).field("match", y.match).field("net", y.net);
        w.field("supplemental_withheld", y.supplemental_withheld);
        w.field("withholding_shortfall", y.withholding_shortfall);
        if (!p.after_tax->exercise.empty())
            write_option_exercise(w.key("option_exercise"), p.after_tax->exercise[static_cast<std::size_t>(n - 1)]);
    }
    w.end_object();
}

/// "refresh", "promotions" and "rsu_conversion": what the assumptions and the conversion are.
void write_assumed(JsonWriter& w, const Offer& o) {
    w.key("refresh");
    if (!o.refresh) w.value(nullptr);
    else
        w.object()
            .field("yearly", refresh_grant(o))
            .field("yearly_pct_of_grant", o.refresh->pct_of_grant)
            .field("from_year", o.refresh->from_year)
            .field("vesting", o.refresh->schedule.name)
            .end_object();
    w.key("promotions").list(o.promotions, [&](const Promotion& pr) {
        w.object().field("year", pr.year).field("base", pr.base).field("grant", pr.grant);
        w.key("probability_pct").value(pr.probability).end_object();
    });
    w.key("rsu_conversion");
    if (!o.rsu_conversion) w.value(nullptr);
    else {
        const RsuConversion& c = *o.rsu_conversion;
        auto plain = [](SharePrice sp) {
            return fmt::format("{}.{:06}", sp.micros / 1'000'000, sp.micros % 1'000'000);
        };
        w.object().field("grant", c.promised).key("conversion_price").raw(plain(c.conversion_price));
        w.key("price").raw(plain(c.price_today)).field("shares", static_cast<long long>(c.shares));
        w.field("min_shares", c.min_shares ? std::optional<long long>(*c.min_shares) : std::nullopt);
        w.field("value_today", o.rsu ? o.rsu->value : Money()).end_object();
    }
}

void write_assumptions(JsonWriter& w, const Projected& p) {
    const Offer& o = p.offer;
    w.object().field("rsu_grant", o.rsu ? o.rsu->value : Money());
    w.field_if("vesting", o.rsu.has_value(), [&] { w.value(o.rsu->schedule.name); });
    w.key("vesting_by_year").raws(yearly_percents(o));
    w.field("stock_growth_pct", o.growth).field("growth_convention", to_string(o.convention));
    w.field("raise_pct", o.raise).field("bonus_pct", o.bonus).field("refreshers", o.refreshers.size());
    w.field("bonus_payout_pct", o.bonus_payout);
    write_assumed(w, o);
    if (p.after_tax) write_tax_assumptions(w.key("tax"), p.after_tax->profile);
    w.end_object();
}

}  // namespace

std::vector<std::string> yearly_percents(const Offer& o) {
    return o.rsu ? o.rsu->schedule.yearly_percents() : std::vector<std::string>{};
}

void write_offer(JsonWriter& w, const Projected& p) {
    w.object();
    write_offer_fields(w, p);
    w.end_object();
}

std::string batch_offer_json(const Projected& p) {
    std::string s;
    s.reserve(1024);
    JsonWriter w(s);
    w.document();
    write_offer_fields(w, p);
    w.end_object();
    return s;
}

std::string batch_error_json(long line, std::string_view error) {
    std::string s;
    JsonWriter w(s);
    w.document().field("line", line).field("error", error).end_object();
    return s;
}

void write_offer_fields(JsonWriter& w, const Projected& p) {
    const Offer& o = p.offer;
    w.field("name", o.name).field("file", o.file).field("kind", to_string(o.kind));
    w.key("warnings").values(o.warnings);
    w.key("years").array();
    for (int n = 1; n <= p.projection.years; ++n) write_year(w, p, n);
    w.end_array().field("total", p.projection.sum.total);
    const Projection& pr = p.projection;
    w.field("guaranteed", guaranteed(pr.sum)).field("at_risk", at_risk(pr.sum));
    w.field("total_with_assumptions", pr.sum.total + pr.assumed_refresh_sum + pr.promotion_sum);
    const VestEndDrop d = vest_end_drop(p.offer, pr);
    w.key("vest_end_drop");
    if (d.year == 0) w.value(nullptr);
    else
        w.object()
            .field("year", d.year)
            .field("drop", d.drop)
            .field("drop_with_assumptions", d.drop_assumed)
            .end_object();
    if (const auto& net = p.after_tax) {
        write_tax(w.key("tax"), net->tax);
        write_saved(w.key("saved"), net->saved);
        w.field("match", net->match).field("net_total", net->net_total);
        w.field("withholding_shortfall", net->withholding_shortfall);
        if (!net->exercise.empty()) write_option_exercise(w.key("option_exercise"), net->exercise_total);
    }
    write_assumptions(w.key("assumptions"), p);
    if (p.offer.options) write_options(w.key("options"), p);
    w.key("adjustments").values(p.adjustments);
}

std::string offer_json(const Projected& p) {
    std::string s;
    s.reserve(1024);
    JsonWriter w(s);
    write_offer(w, p);
    return s;
}

std::string offers_json(const std::vector<Projected>& ps) {
    std::string s;
    JsonWriter w(s);
    w.document().key("offers").list(ps, [&](const Projected& p) { write_offer(w, p); });
    w.end_object();
    return s + "\n";
}

std::string validate_json(const std::vector<FileVerdict>& verdicts) {
    std::string s;
    JsonWriter w(s);
    w.document().key("files").list(verdicts, [&](const FileVerdict& v) {
        w.object().field("file", v.file).field("valid", v.error.empty());
        w.field_if("error", !v.error.empty(), [&] { w.value(v.error); });
        w.key("warnings").values(v.warnings).end_object();
    });
    w.end_object();
    return s + "\n";
}

std::string presets_json() {
    std::string s;
    JsonWriter w(s);
    w.document().key("presets").list(vesting_presets(), [&](const Schedule& sc) {
        w.object().field("name", sc.name).key("yearly_percents").raws(sc.yearly_percents());
        w.field("denominator", sc.denominator).key("tranches").list(sc.tranches, [&](const Tranche& t) {
            w.object().field("month", t.month).field("weight", t.weight).end_object();
        });
        w.end_object();
    });
    w.end_object();
    return s + "\n";
}

std::string render_presets() {
    std::string out;
    for (const Schedule& s : vesting_presets()) {
        out += fmt::format("{:<14} {} by year\n", s.name, fmt::join(s.yearly_percents(), "/"));
        out += fmt::format("{:<14} {}\n", "", tranche_runs(s));
    }
    return out;
}

}  // namespace offercalc
