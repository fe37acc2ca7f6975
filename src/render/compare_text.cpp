// Rendering of a comparison: the text report with its chart, and the stable JSON.

#include <algorithm>
#include <array>

#include <fmt/format.h>
#include <fmt/ranges.h>  // fmt::join (fmt 10 and later)

#include "compare/parts.hpp"
#include "offercalc/text.hpp"
#include "offercalc/summary.hpp"
#include "offercalc/show.hpp"
#include "offercalc/schema.hpp"
#include "core/wide.hpp"

namespace offercalc {

namespace {

/// How the chart draws each pay part, in kPayParts' order.
struct Ink {
    char glyph;
    const char* color;
};
constexpr Ink kInks[] = {{'#', "\x1b[34m"}, {'=', "\x1b[33m"}, {'+', "\x1b[35m"}, {'*', "\x1b[32m"}, {'~', "\x1b[36m"}};
static_assert(std::size(kInks) == std::size(kPayParts));

/// An amount right-aligned in `width` columns, never cut (amounts are ASCII: a column
/// a byte). The table's cells go through here rather than fmt's padding, which
/// measures each character's display width.
void append_amount(std::string& out, Money m, std::size_t width) {
    const std::string s = m.pretty();
    out.append(width > s.size() ? width - s.size() : 0, ' ').append(s);
}

/// A table row's ASCII labels: the block's title in 9 columns, the row's in 8.
void append_labels(std::string& out, std::string_view title, std::string_view row) {
    out.append(title).append(title.size() < 9 ? 9 - title.size() : 0, ' ');
    out.append(row).append(row.size() < 8 ? 8 - row.size() : 0, ' ');
}

std::string day(Date d) {
    static constexpr const char* kNames[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    return fmt::format("{} ({})", d.iso(), kNames[d.weekday()]);
}


std::string render_table(const Comparison& c) {
    const int years = c.offers.front().projection.years;
    std::string out = fmt::format("{:<17}", "");
    for (const Projected& p : c.offers) out += " " + pad_to_width(p.offer.name, 16, true);
    out += "\n";
    auto block = [&](const std::string& title, auto&& get) {
        bool first = true;
        for (const PayPart& part : kPayParts) {
            bool any = false;
            for (const Projected& p : c.offers) any = any || !(get(p).*part.amount).is_zero();
            if (!any && part.amount != &Components::base) continue;
            append_labels(out, first ? title : "", part.key);
            for (const Projected& p : c.offers) append_amount(out, get(p).*part.amount, 17);
            out += "\n";
            first = false;
        }
        append_labels(out, "", "total");
        for (const Projected& p : c.offers) append_amount(out, get(p).total, 17);
        out += "\n";
    };
    for (int n = 1; n <= years; ++n)
        block(fmt::format("year {}", n), [n](const Projected& p) -> const Components& { return p.projection.y(n); });
    block(fmt::format("{}-year", years), [](const Projected& p) -> const Components& { return p.projection.sum; });
    if (c.after_tax) {
        auto row = [&](const std::string& title, const std::string& label, auto&& get) {
            append_labels(out, title, label);
            for (const Projected& p : c.offers) append_amount(out, get(*p.after_tax), 17);
            out += "\n";
        };
        for (int n = 1; n <= years; ++n)
            row(n == 1 ? "net" : "", fmt::format("year {}", n),
                [n](const AfterTax& a) { return a.years[static_cast<std::size_t>(n - 1)].net; });
        row("", fmt::format("{}-year", years), [](const AfterTax& a) { return a.net_total; });
        row("tax", fmt::format("{}-year", years), [](const AfterTax& a) { return a.tax.total; });
        bool saves = false, matched = false;
        for (const Projected& p : c.offers) {
            saves = saves || !p.after_tax->saved.total.is_zero();
            matched = matched || !p.after_tax->match.is_zero();
        }
        if (saves) row("saved", fmt::format("{}-year", years), [](const AfterTax& a) { return a.saved.total; });
        if (matched) row("match", fmt::format("{}-year", years), [](const AfterTax& a) { return a.match; });
        row("owed", "filing", [](const AfterTax& a) { return a.withholding_shortfall; });
    }
    return out;
}

/// Where each offer is taxed, and what the figures leave out.
std::string render_tax_note(const Comparison& c, int columns) {
    std::string out = "\nAfter tax (net = gross less federal, FICA, state, city and state payroll taxes; "
                      "owed at filing: beyond what is withheld over the years):\n";
    for (const Projected& p : c.offers)
        out += fmt::format("  {} {}\n", pad_to_width(p.offer.name, 16), tax_place(p.after_tax->profile));
    out += "  " + wrap(tax_caveat(), columns - 2, "  ") + "\n";
    for (const Projected& p : c.offers) {
        const std::string savings = tax_savings_note(p.after_tax->profile);
        if (savings.empty()) continue;
        const std::string caps = savings_caps_text(*p.after_tax);
        out += "  " + wrap(p.offer.name + ": net is take-home, after pre-tax savings (\"saved\"). " + savings +
                               (caps.empty() ? "" : " Capped: " + caps + "."),
                           columns - 2, "  ") + "\n";
    }
    return out;
}

std::string render_chart(const Comparison& c, bool color, int columns) {
    // "  year 10 " and a 16-column name take 28 columns; the bars get the rest, 20 to 50.
    const int kWidth = columns > 0 ? std::clamp(columns - 29, 20, 50) : 50;
    const int years = c.offers.front().projection.years;
    Money top;
    for (const Projected& p : c.offers)
        for (int n = 1; n <= years; ++n) top = max(top, p.projection.y(n).total);
    if (top.is_zero()) return "";
    std::string legend = "Pay by year (";
    for (std::size_t i = 0; i < std::size(kPayParts); ++i) {
        if (i > 0) legend += ", ";
        legend += kInks[i].glyph;
        legend += ' ';
        legend += kPayParts[i].key;
    }
    std::string out = wrap(legend + "; full width " + top.pretty() + "):", columns, "  ") + "\n";
    // Each row is written in place: "  year N " padded to 10 columns, the name in 16,
    // then the bar.
    for (int n = 1; n <= years; ++n) {
        for (const Projected& p : c.offers) {
            out += "  year ";
            out += std::to_string(n);
            out += n < 10 ? "  " : " ";
            out += pad_to_width(p.offer.name, 16);
            out += ' ';
            const Components& y = p.projection.y(n);
            Money cum;
            int drawn = 0;
            for (std::size_t i = 0; i < std::size(kPayParts); ++i) {
                cum += y.*kPayParts[i].amount;
                const int upto = static_cast<int>(
                    round_half_away(static_cast<i128>(max(cum, Money()).in_cents()) * kWidth, top.in_cents()));
                if (upto > drawn) {
                    if (color) out += kInks[i].color;
                    out.append(static_cast<std::size_t>(upto - drawn), kInks[i].glyph);
                    if (color) out += "\x1b[0m";
                    drawn = upto;
                }
            }
            out += '\n';
        }
    }
    return out;
}

std::string compare_odds_json(const Comparison& c) {
    const CompareOdds& o = *c.odds;
    std::vector<std::string> asks;
    for (const Ask& a : o.confident)
        asks.push_back(fmt::format("{{\"lever\": \"{}\", \"feasible\": {}, \"changes\": {{\"rsu\": {}, \"sign_on_y1\": {}, "
                                   "\"sign_on_y2\": {}, \"base\": {}}}, \"year1_total\": {}, \"total\": {}, "
                                   "\"p_win\": {}, \"reason\": {}}}",
                                   to_string(a.lever), a.feasible, a.rsu.plain(), a.sign_on_y1.plain(), a.sign_on_y2.plain(),
                                   a.base.plain(), a.feasible ? a.year1_total.plain() : "null",
                                   a.feasible ? a.total.plain() : "null",
                                   a.wins ? probability_json(*a.wins, o.options.paths) : "null", json_string(a.reason)));
    return fmt::format("{{\"against\": {}, \"paths\": {}, \"seed\": {}, \"correlation\": {}, \"p_win\": {}, "
                       "\"confidence\": {}, \"confidence_asks\": [{}]}}",
                       json_string(o.against), o.options.paths, o.options.seed, o.options.correlation,
                       probability_json(o.wins_now, o.options.paths), o.confidence ? std::to_string(*o.confidence) : "null",
                       fmt::join(asks, ", "));
}

std::string render_compare_odds(const Comparison& c, int columns) {
    const CompareOdds& o = *c.odds;
    const OddsOptions& opt = o.options;
    const Offer& me = c.offers.front().offer;
    std::string vols;
    for (const Projected& p : c.offers)
        vols += fmt::format("{}{} {}", vols.empty() ? "" : ", ", p.offer.name,
                            p.offer.volatility.ppm ? p.offer.volatility.percent() + "%" : "certain");
    std::string out = "\n" + wrap(fmt::format("Under stock risk ({} paths, seed {}, correlation {}; volatility: {}), {} "
                                              "as offered beats {} on {} of the paths{}.",
                                              grouped_count(opt.paths), opt.seed, opt.correlation, vols, me.name,
                                              o.against, percent_text(o.wins_now, opt.paths),
                                              c.after_tax ? " after tax" : ""),
                                  columns, "  ") +
                      "\n";
    if (!o.confidence) return out;
    if (o.wins_now >= o.needed)
        return out + wrap(fmt::format("That is at least {}%: no ask is needed for that chance.", *o.confidence),
                          columns, "  ") +
               "\n";
    out += fmt::format("Asks sized for a {}% chance of beating {}, each alone:\n", *o.confidence, o.against);
    const int years = c.offers.front().projection.years;
    for (const Ask& a : o.confident) {
        if (a.feasible)
            out += fmt::format("  {:<12} {}\n     -> year 1 {}, {}-year {}, beats {} on {} of the paths\n", to_string(a.lever),
                               changes_text(a), a.year1_total, years, a.total, o.against,
                               percent_text(*a.wins, opt.paths));
        else
            out += fmt::format("  {:<12} not feasible\n", to_string(a.lever));
        out += fmt::format("     {}\n", wrap("why: " + a.reason, columns - 5, "     "));
    }
    const Ask& rsu = o.confident[0];
    const Ask& sign_on = o.confident[1];
    const Money cash = sign_on.sign_on_y1 + sign_on.sign_on_y2;
    if (rsu.feasible && sign_on.feasible && !rsu.rsu.is_zero() && !cash.is_zero() && cash != rsu.rsu)
        out += "  " +
               wrap(cash < rsu.rsu ? fmt::format("For the same chance, {} of sign-on does what {} of RSUs does: here "
                                                 "cash is worth more than stock.",
                                                 cash, rsu.rsu)
                                   : fmt::format("For the same chance, {} of RSUs does what {} of sign-on does: here "
                                                 "the stock's upside is worth more than cash.",
                                                 rsu.rsu, cash),
                    columns - 2, "  ") +
               "\n";
    return out;
}

}  // namespace

std::string changes_text(const Ask& a) {
    std::vector<std::string> parts;
    if (!a.rsu.is_zero()) parts.push_back(fmt::format("RSU grant +{}", a.rsu));
    if (!a.sign_on_y1.is_zero()) parts.push_back(fmt::format("year-one sign-on +{}", a.sign_on_y1));
    if (!a.sign_on_y2.is_zero()) parts.push_back(fmt::format("year-two sign-on +{}", a.sign_on_y2));
    if (!a.base.is_zero()) parts.push_back(fmt::format("base +{} a year", a.base));
    return parts.empty() ? "no change" : fmt::format("{}", fmt::join(parts, ", "));
}

std::string render_compare(const Comparison& c, const RenderOptions& opt) {
    const Projected& me = c.offers.front();
    const int years = me.projection.years;
    std::string out;
    out.reserve(16384);  // the whole text, usually, without growing it step by step
    out += fmt::format("Offer under negotiation: {}", me.offer.name);
    if (c.offers.size() > 1) {
        std::vector<std::string> names;
        for (std::size_t i = 1; i < c.offers.size(); ++i) names.push_back(c.offers[i].offer.name);
        out += fmt::format("; compared with {}", fmt::join(names, ", "));
    }
    out += "\n";
    for (const std::string& a : me.adjustments) out += fmt::format("adjusted: {}\n", a);
    out += '\n';
    out += render_table(c);
    if (c.after_tax) out += render_tax_note(c, opt.columns);

    if (!c.gaps.empty()) {
        out += fmt::format("\nGap{} (comparator minus {}):\n{:<17}", c.after_tax ? " after tax" : "", me.offer.name,
                           "");
        for (int n = 1; n <= years; ++n) out += fmt::format("{:>15}", fmt::format("year {}", n));
        out += fmt::format("{:>17}\n", fmt::format("{}-year", years));
        for (const Gap& g : c.gaps) {
            out += pad_to_width(g.against, 16) + " ";
            for (Money m : g.years) append_amount(out, m, 15);
            append_amount(out, g.total, 17);
            out += '\n';
        }
        for (const Gap& g : c.gaps) {
            if (g.overtake_month)
                out += fmt::format("Cumulative {}pay: {} overtakes {} in month {}.\n", c.after_tax ? "gross " : "",
                                   g.overtaker,
                                   g.overtaker == g.against ? me.offer.name : g.against, *g.overtake_month);
            else
                out += fmt::format("Cumulative {}pay: no overtaking between {} and {} within {} months.\n",
                                   c.after_tax ? "gross " : "", me.offer.name, g.against, 12 * years);
        }
        if (c.cited) {
            if (c.breakeven_growth)
                out += fmt::format("Break-even stock growth: {} matches {} at {}%/yr ({}{}).\n", me.offer.name,
                                   c.offers[*c.cited].offer.name, c.breakeven_growth->percent(),
                                   to_string(me.offer.convention), c.after_tax ? ", after tax" : "");
            else
                out += fmt::format("Break-even stock growth: none between -50% and +200%/yr.\n");
        }
    }

    if (c.floor || c.target) {
        out += "\nAgainst your";
        if (c.floor) out += fmt::format(" floor {}", *c.floor);
        if (c.floor && c.target) out += " and";
        if (c.target) out += fmt::format(" target {}", *c.target);
        out += fmt::format(" ({}-year{}):\n", years, c.after_tax ? ", gross" : "");
        for (const Projected& p : c.offers) {
            std::vector<std::string> parts;
            const Money t = p.projection.sum.total;
            auto against = [&](const char* what, Money line, const char* below) {
                if (t == line) return fmt::format("exactly at {}", what);
                return t > line ? fmt::format("above {} by {}", what, t - line)
                                : fmt::format("{} {} by {}", below, what, line - t);
            };
            if (c.floor) parts.push_back(against("floor", *c.floor, "BELOW"));
            if (c.target) parts.push_back(against("target", *c.target, "below"));
            out += fmt::format("  {} {:>15}  {}\n", pad_to_width(p.offer.name, 16), t, fmt::join(parts, ", "));
        }
    }

    if (opt.chart) out += "\n" + render_chart(c, opt.color, opt.columns);

    for (const std::string& w : c.warnings) out += "\n" + wrap("warning: " + w, opt.columns, "  ");
    if (!c.warnings.empty()) out += "\n";

    if (c.asks.empty()) {
        out += "\n" + wrap(c.headline, opt.columns, "  ") + "\n";
    } else {
        out += "\n" + wrap(c.headline, opt.columns, "  ") + "\n";
        int rank = 1;
        for (const Ask& a : c.asks) {
            if (a.lever == AskLever::Level)
                out += fmt::format("  {}. {:<12} {} -> {}\n     -> no cash change; asked before any package ask\n", rank,
                                   to_string(a.lever), a.level_from.empty() ? "(none)" : a.level_from, level_target(a));
            else if (a.feasible && a.net_total)
                out += fmt::format("  {}. {:<12} {}\n     -> year 1 {} ({} net), {}-year {} ({} net), {}\n", rank,
                                   to_string(a.lever), changes_text(a), a.year1_total, *a.net_year1_total, years, a.total,
                                   *a.net_total,
                                   a.closes ? "closes the gap" : fmt::format("{} of the gap remains", a.remaining));
            else if (a.feasible)
                out += fmt::format("  {}. {:<12} {}\n     -> year 1 {}, {}-year {}, {}\n", rank, to_string(a.lever),
                                   changes_text(a), a.year1_total, years, a.total,
                                   a.closes ? "closes the gap" : fmt::format("{} of the gap remains", a.remaining));
            else
                out += fmt::format("  {}. {:<12} not feasible\n", rank, to_string(a.lever));
            if (a.wins)
                out += fmt::format("     -> beats {} on {} of the simulated paths\n", c.odds->against,
                                   percent_text(*a.wins, c.odds->options.paths));
            out += fmt::format("     {}\n", wrap("why: " + a.reason, opt.columns - 5, "     "));
            ++rank;
        }
    }
    if (c.odds) out += render_compare_odds(c, opt.columns);

    const Timeline& t = c.timeline;
    out += "\nTimeline:\n";
    out += fmt::format("  offer received   {}; {}\n", day(t.offer_date),
                       t.reviewing ? "review it within 24-72 hours" : "the 24-72 hour review has passed");
    if (t.counter) {
        out += fmt::format("  send the counter {}\n", day(t.counter_by));
        // The window ends at answer_by (timeline.cpp): a close inside it can leave one day.
        if (t.window_start == t.window_end) out += fmt::format("  ask for answer   by {}\n", day(t.answer_by));
        else out += fmt::format("  ask for answer   between {} and {}\n", day(t.window_start), day(t.window_end));
    } else {
        out += fmt::format("  decide by        {}; no counter needed\n", day(t.decide_by));
    }
    for (const auto& cl : t.closes)
        out += fmt::format("  {} {}\n", pad_to_width(cl.name, 16),
                           cl.kind == OfferKind::Current ? "current job (no deadline)"
                           : !cl.date                    ? "no close date"
                           : cl.passed                   ? "closed " + day(*cl.date)
                                                         : "closes " + day(*cl.date));
    for (const auto& [d, name] : t.holidays) out += fmt::format("  holiday          {} {}\n", day(d), name);
    for (const std::string& w : t.warnings) out += fmt::format("  {}\n", wrap("warning: " + w, opt.columns - 2, "    "));

    if (opt.script && c.script) {
        if (!c.script->condition.empty())
            out += fmt::format("\nBefore you say this: {}\n", wrap(c.script->condition, opt.columns - 2, "  "));
        out += fmt::format("\nAsk, short (about 30 seconds):\n  {}\n", wrap(c.script->short_ask, opt.columns - 2, "  "));
        out += fmt::format("\nAsk, longer (about 90 seconds):\n  {}\n", wrap(c.script->long_ask, opt.columns - 2, "  "));
    }
    return out;
}

std::string compare_json(const Comparison& c) {
    // Written in place, piece by piece, into one string (see README "JSON output").
    std::string out(json_head());
    out.reserve(8192);
    const auto str = [&out](std::string_view s) { append_json_string(out, s); };
    const auto money = [&out](Money m) { m.append_plain(out); };
    const auto date = [&out](Date d) { out.append("\"").append(d.iso()).append("\""); };
    // put() when the value is there, else null.
    const auto or_null = [&out](bool there, auto&& put) {
        if (there) put();
        else out += "null";
    };
    const auto optional_money = [&](const std::optional<Money>& m) { or_null(m.has_value(), [&] { money(*m); }); };
    const auto date_or_null = [&](bool there, Date d) { or_null(there, [&] { date(d); }); };
    const auto boolean = [&out](bool b) { out += b ? "true" : "false"; };
    // "[a, b, c]" with each item written by put(item).
    const auto list = [&out](const auto& items, auto&& put) {
        out += '[';
        bool first = true;
        for (const auto& item : items) {
            if (!first) out += ", ";
            first = false;
            put(item);
        }
        out += ']';
    };

    out += "\"offers\": ";
    list(c.offers, [&](const Projected& p) { out += offer_json(p); });
    out += ", \"gaps\": ";
    list(c.gaps, [&](const Gap& g) {
        out += "{\"against\": ";
        str(g.against);
        out += ", \"years\": ";
        list(g.years, money);
        out += ", \"total\": ";
        money(g.total);
        out += ", \"overtake\": ";
        or_null(g.overtake_month.has_value(), [&] {
            out += "{\"month\": " + std::to_string(*g.overtake_month) + ", \"leader\": ";
            str(g.overtaker);
            out += '}';
        });
        out += '}';
    });
    out += ", \"goal\": {\"against\": ";
    str(c.goal_label);
    out += ", ";
    if (c.after_tax) out += "\"measure\": \"net\", ";
    out += "\"total\": ";
    money(c.goal);
    out += ", \"gap\": ";
    money(c.gap);
    out += ", \"year1_gap\": ";
    money(c.goal_kind == GoalKind::Comparator ? c.goal_year1_gap : c.year1_gap);
    out += ", \"year1_need\": ";
    money(c.year1_need);
    out += "}, \"floor\": ";
    optional_money(c.floor);
    out += ", \"target\": ";
    optional_money(c.target);
    out += ", \"asks\": ";
    int rank = 1;
    list(c.asks, [&](const Ask& a) {
        out += "{\"rank\": " + std::to_string(rank++) + ", \"lever\": \"" + to_string(a.lever) + "\", \"feasible\": ";
        boolean(a.feasible);
        out += ", \"closes\": ";
        boolean(a.closes);
        out += ", \"stretch\": ";
        boolean(a.stretch != 0);
        out += ", \"level\": ";
        or_null(a.lever == AskLever::Level, [&] {
            out += "{\"from\": ";
            str(a.level_from);
            out += ", \"to\": ";
            or_null(!a.level_to.empty(), [&] { str(a.level_to); });
            out += ", \"against\": ";
            str(a.level_against);
            out += ", \"their_level\": ";
            str(a.their_level);
            out += '}';
        });
        out += ", \"reason\": ";
        str(a.reason);
        out += ", \"changes\": {\"rsu\": ";
        money(a.rsu);
        out += ", \"sign_on_y1\": ";
        money(a.sign_on_y1);
        out += ", \"sign_on_y2\": ";
        money(a.sign_on_y2);
        out += ", \"base\": ";
        money(a.base);
        out += "}, \"year1_total\": ";
        or_null(a.feasible, [&] { money(a.year1_total); });
        out += ", \"total\": ";
        or_null(a.feasible, [&] { money(a.total); });
        out += ", ";
        if (a.net_total) {
            out += "\"net_year1_total\": ";
            money(*a.net_year1_total);
            out += ", \"net_total\": ";
            money(*a.net_total);
            out += ", ";
        }
        if (c.odds)
            out += "\"p_win\": " + (a.wins ? probability_json(*a.wins, c.odds->options.paths) : "null") + ", ";
        out += "\"remaining_gap\": ";
        or_null(a.feasible, [&] { money(a.remaining); });
        out += '}';
    });
    out += ", \"breakeven_growth_pct\": ";
    out += c.breakeven_growth ? c.breakeven_growth->percent() : "null";
    const Timeline& t = c.timeline;
    out += ", \"timeline\": {\"today\": ";
    date(t.today);
    out += ", \"offer_date\": ";
    date(t.offer_date);
    out += ", \"counter\": ";
    boolean(t.counter);
    out += ", \"counter_by\": ";
    date_or_null(t.counter, t.counter_by);
    out += ", \"answer_window\": ";
    or_null(t.counter, [&] { list(std::array{t.window_start, t.window_end}, date); });
    out += ", \"answer_by\": ";
    date_or_null(t.counter, t.answer_by);
    out += ", \"decide_by\": ";
    date_or_null(!t.counter, t.decide_by);
    out += ", \"closes\": ";
    list(t.closes, [&](const Timeline::Close& cl) {
        out += "{\"name\": ";
        str(cl.name);
        out += ", \"kind\": \"";
        out += to_string(cl.kind);
        out += "\", \"close_date\": ";
        or_null(cl.date.has_value(), [&] { date(*cl.date); });
        out += ", \"passed\": ";
        boolean(cl.passed);
        out += '}';
    });
    out += ", \"holidays\": ";
    list(t.holidays, [&](const auto& h) {
        out += "{\"date\": ";
        date(h.first);
        out += ", \"name\": ";
        str(h.second);
        out += '}';
    });
    out += ", \"warnings\": ";
    list(t.warnings, str);
    out += "}, \"warnings\": ";
    list(c.warnings, str);
    out += ", \"script\": ";
    or_null(c.script.has_value(), [&] {
        out += "{\"short\": ";
        str(c.script->short_ask);
        out += ", \"long\": ";
        str(c.script->long_ask);
        out += ", \"condition\": ";
        or_null(!c.script->condition.empty(), [&] { str(c.script->condition); });
        out += '}';
    });
    if (c.odds) out += ", \"odds\": " + compare_odds_json(c);
    out += "}\n";
    return out;
}

}  // namespace offercalc
