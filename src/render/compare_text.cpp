// Rendering of a comparison: the text report with its chart, and the stable JSON.

#include <algorithm>
#include <array>

#include <fmt/format.h>
#include <fmt/ranges.h>  // fmt::join (fmt 10 and later)

#include "compare/parts.hpp"
#include "offercalc/json_writer.hpp"
#include "offercalc/layout.hpp"
#include "offercalc/options_tax.hpp"
#include "offercalc/options_text.hpp"
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
constexpr Ink kInks[] = {{'#', "\x1b[34m"}, {'=', "\x1b[33m"}, {'+', "\x1b[35m"},
                         {'*', "\x1b[32m"}, {'o', "\x1b[31m"}, {'~', "\x1b[36m"}};
static_assert(std::size(kInks) == std::size(kPayParts));

std::string day(Date d) {
    static constexpr const char* kNames[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    return fmt::format("{} ({})", d.iso(), kNames[d.weekday()]);
}

constexpr std::string_view kExactHint = "--exact";

/// Rows of amounts, one per item: each year, then the total over the years.
template <typename Items, typename Label, typename Year, typename Total>
void add_year_rows(Table& t, int years, const Items& items, Label&& label, Year&& year, Total&& total) {
    for (const auto& item : items) {
        Table::Row r{label(item), {}};
        for (int n = 1; n <= years; ++n) r.cells.emplace_back(year(item, n));
        r.cells.emplace_back(total(item));
        t.rows.push_back(std::move(r));
    }
}

/// Headings "year 1" .. "year N", "N-year"; year one marked "[year 1]" when `mark`.
std::vector<std::string> year_headings(int years, bool mark) {
    std::vector<std::string> h;
    for (int n = 1; n <= years; ++n) h.push_back(n == 1 && mark ? "[year 1]" : fmt::format("year {}", n));
    h.push_back(fmt::format("{}-year", years));
    return h;
}

/// The columns an offer's name takes in tables, charts and lists.
constexpr int kLabelWidth = 16;

/// Each offer's label, in the offers' order: its name, cut with "..." to kLabelWidth
/// columns and told apart from the others (short_labels).
std::vector<std::string> offer_labels(const Comparison& c) {
    std::vector<std::string> names;
    for (const Projected& p : c.offers) names.push_back(p.offer.name);
    return short_labels(names, kLabelWidth);
}

/// The label of the offer named `name` (the first so named), or the name cut.
std::string label_of(const Comparison& c, std::string_view name) {
    for (std::size_t i = 0; i < c.offers.size(); ++i)
        if (c.offers[i].offer.name == name) return offer_labels(c)[i];
    return shorten_to_width(name, kLabelWidth);
}

void add_gap_rows(Table& t, const Comparison& c) {
    // Gap i is against offer i + 1.
    const std::vector<std::string> labels = offer_labels(c);
    add_year_rows(
        t, c.offers.front().projection.years, c.gaps,
        [&](const Gap& g) { return labels[static_cast<std::size_t>(&g - c.gaps.data()) + 1]; },
        [](const Gap& g, int n) { return g.years[static_cast<std::size_t>(n - 1)]; },
        [](const Gap& g) { return g.total; });
}

/// The gaps' title, wrapped at prose_width(columns) (a table's title row takes it whole).
std::string gap_title(const Comparison& c, int columns) {
    return wrap(
        fmt::format("Gap{} (comparator minus {}):", c.after_tax ? " after tax" : "", c.offers.front().offer.name),
        prose_width(columns), "  ");
}

/// Each offer by year and over the years (year one marked), then each gap: the
/// default view's one table.
std::string render_totals(const Comparison& c, const RenderOptions& opt) {
    const int years = c.offers.front().projection.years;
    Table t;
    t.headings = year_headings(years, true);
    const std::vector<std::string> labels = offer_labels(c);
    const auto name = [&](const Projected& p) { return labels[static_cast<std::size_t>(&p - c.offers.data())]; };
    if (c.after_tax) t.rows.push_back({"Gross:", {}});
    add_year_rows(
        t, years, c.offers, name, [](const Projected& p, int n) { return p.projection.y(n).total; },
        [](const Projected& p) { return p.projection.sum.total; });
    if (c.after_tax) {
        t.rows.push_back({"Net (after tax):", {}});
        add_year_rows(
            t, years, c.offers, name,
            [](const Projected& p, int n) { return p.after_tax->years[static_cast<std::size_t>(n - 1)].net; },
            [](const Projected& p) { return p.after_tax->net_total; });
    }
    if (!c.gaps.empty()) {
        t.rows.push_back({gap_title(c, opt.columns), {}});
        add_gap_rows(t, c);
    }
    return fit_table(t, opt.columns, opt.exact, kExactHint);
}

/// Each offer's pay by part, year by year and over the years (and after tax): --full.
std::string render_components(const Comparison& c, const RenderOptions& opt) {
    const int years = c.offers.front().projection.years;
    Table t;
    t.label_cap = 17;
    for (const std::string& l : offer_labels(c)) t.headings.push_back(l);
    const auto label = [](std::string_view title, std::string_view row) {
        return pad_to_width(title, 9) + std::string(row);
    };
    const auto row = [&](std::string label_text, auto&& get) {
        Table::Row r{std::move(label_text), {}};
        for (const Projected& p : c.offers) r.cells.emplace_back(get(p));
        t.rows.push_back(std::move(r));
    };
    const auto block = [&](const std::string& title, auto&& get) {
        bool first = true;
        for (const PayPart& part : kPayParts) {
            bool any = false;
            for (const Projected& p : c.offers) any = any || !(get(p).*part.amount).is_zero();
            if (!any && part.amount != &Components::base) continue;
            row(label(first ? title : "", part.key), [&](const Projected& p) { return get(p).*part.amount; });
            first = false;
        }
        row(label("", "total"), [&](const Projected& p) { return get(p).total; });
        row("    guaranteed", [&](const Projected& p) { return guaranteed(get(p)); });  // as wide as "year 1   base"
    };
    for (int n = 1; n <= years; ++n)
        block(fmt::format("year {}", n), [n](const Projected& p) -> const Components& { return p.projection.y(n); });
    block(fmt::format("{}-year", years), [](const Projected& p) -> const Components& { return p.projection.sum; });
    if (c.after_tax) {
        for (int n = 1; n <= years; ++n)
            row(label(n == 1 ? "net" : "", fmt::format("year {}", n)),
                [n](const Projected& p) { return p.after_tax->years[static_cast<std::size_t>(n - 1)].net; });
        const std::string all = fmt::format("{}-year", years);
        row(label("", all), [](const Projected& p) { return p.after_tax->net_total; });
        row(label("tax", all), [](const Projected& p) { return p.after_tax->tax.total; });
        bool saves = false, matched = false;
        for (const Projected& p : c.offers) {
            saves = saves || !p.after_tax->saved.total.is_zero();
            matched = matched || !p.after_tax->match.is_zero();
        }
        if (saves) row(label("saved", all), [](const Projected& p) { return p.after_tax->saved.total; });
        if (matched) row(label("match", all), [](const Projected& p) { return p.after_tax->match; });
        row(label("owed", "filing"), [](const Projected& p) { return p.after_tax->withholding_shortfall; });
        bool options = false;
        for (const Projected& p : c.offers) options = options || !p.after_tax->exercise.empty();
        if (options) {
            row(label("exercise", "cost"), [](const Projected& p) { return p.after_tax->exercise_total.cost; });
            row(label("exercise", "tax"), [](const Projected& p) { return p.after_tax->exercise_total.tax; });
        }
    }
    return fit_table(t, opt.columns, opt.exact, kExactHint);
}

/// Who leads cumulative pay at the end and since when (the last crossing), with any
/// earlier crossings listed after it.
std::string overtake_line(const Gap& g, const std::string& me, int years, bool after_tax) {
    const char* gross = after_tax ? "gross " : "";
    if (!g.overtake_month)
        return fmt::format("Cumulative {}pay: no overtaking between {} and {} within {} months.", gross, me, g.against,
                           12 * years);
    std::string line = fmt::format("Cumulative {}pay: {} overtakes {} in month {}", gross, g.overtaker,
                                   g.overtaker == g.against ? me : g.against, *g.overtake_month);
    if (g.lead_changes.size() < 2) return line + ".";
    const std::vector<int> earlier(g.lead_changes.begin(), g.lead_changes.end() - 1);
    return line + fmt::format(" and leads from then on (the lead also changed in month{} {}).",
                              earlier.size() > 1 ? "s" : "", fmt::join(earlier, ", "));
}

/// The growth of the offer's stock at which it matches the cited comparator; for one
/// company's two offers, both grants grow at it.
std::string breakeven_line(const Comparison& c) {
    const Offer& me = c.offers.front().offer;
    const Offer& them = c.offers[*c.cited].offer;
    const std::string none = "Break-even stock growth: none between -50% and +200%/yr";
    if (!c.breakeven_growth && !c.breakeven_shared) return none + ".";
    if (!c.breakeven_growth)
        return fmt::format("{} (both grants are {} stock; {} leads at every growth).", none, me.company,
                           c.breakeven_leads_low ? me.name : them.name);
    const std::string both =
        c.breakeven_shared ? fmt::format("both grants are {} stock and grow at it, ", me.company) : "";
    return fmt::format("Break-even stock growth: {} matches {} at {}%/yr{} ({}{}{}).", me.name, them.name,
                       c.breakeven_growth->percent(),
                       c.breakeven_shared ? (c.breakeven_leads_low ? " or less" : " or more") : "", both,
                       to_string(me.convention), c.after_tax ? ", after tax" : "");
}

/// "Amazon L5 PM leads Meta IC5 PM in years 3-4 and trails from year 5": the lead
/// around the first change past year four, from the comparator's gaps (their minus ours).
std::string past_four_line(const std::string& me, const std::string& them, const std::vector<Money>& gaps, int change) {
    auto sign = [](Money m) { return m.is_negative() ? -1 : m.is_zero() ? 0 : 1; };
    const int four = sign(gaps[3]);
    int from = 4;
    while (from > 1 && sign(gaps[static_cast<std::size_t>(from - 2)]) == four) --from;
    int to = change;
    const int after = sign(gaps[static_cast<std::size_t>(change - 1)]);
    while (to < static_cast<int>(gaps.size()) && sign(gaps[static_cast<std::size_t>(to)]) == after) ++to;
    auto span = [](int a, int b) { return a == b ? fmt::format("year {}", a) : fmt::format("years {}-{}", a, b); };
    const std::string later =
        to == static_cast<int>(gaps.size()) ? fmt::format("from year {}", change) : "in " + span(change, to);
    if (four == 0)
        return fmt::format("{} and {} tie in year 4; {} {} {}.", me, them, after < 0 ? me : them, "leads", later);
    return fmt::format("{} leads {} in {} and trails {}.", four < 0 ? me : them, four < 0 ? them : me, span(from, 4),
                       later);
}

/// Past year four and guaranteed cash: the drop when the initial grants have vested,
/// a ranking that changes after year four, the assumptions no ask counts on, and a
/// comparator that guarantees more cash in year one.
std::string render_past_four(const Comparison& c, int width) {
    const Projected& me = c.offers.front();
    std::string out;
    for (const Projected& p : c.offers)
        if (const std::string v = vest_end_text(p.offer, p.projection); !v.empty())
            out += hang("grant ends: ", p.offer.name + ": " + v + ".", width);
    for (const ComparatorFacts& f : c.situation.comparators)
        if (f.past_four_change) {
            std::string line = past_four_line(me.offer.name, c.offers[f.index].offer.name, f.gaps, *f.past_four_change);
            if (c.after_tax) line.insert(line.size() - 1, " (after tax)");
            out += hang("past year 4: ", line, width);
        }
    for (const Projected& p : c.offers)
        if (const std::string a = assumed_text(p.offer); !a.empty())
            out +=
                hang("assumed: ",
                     fmt::format("{}: {}; with them, {} over {} years", p.offer.name, a,
                                 p.projection.sum.total + p.projection.assumed_refresh_sum + p.projection.promotion_sum,
                                 p.projection.years),
                     width);
    for (const Projected& p : c.offers)
        if (const std::string v = conversion_text(p.offer); !v.empty())
            out += hang("conversion: ", p.offer.name + ": " + v + ".", width);
    for (const ComparatorFacts& f : c.situation.comparators)
        if (f.guaranteed_year1_gap >= c.round)
            out += hang("guaranteed: ",
                        fmt::format("{} guarantees {} more cash in year one than {} (base, sign-on and other "
                                    "items; bonus and equity are at risk).",
                                    c.offers[f.index].offer.name, f.guaranteed_year1_gap, me.offer.name),
                        width);
    return out.empty() ? out : "\n" + out;
}

/// The gaps by year, who overtakes whom and the break-even growth: --full.
std::string render_gaps(const Comparison& c, const RenderOptions& opt) {
    const Projected& me = c.offers.front();
    const int years = me.projection.years;
    Table t;
    t.headings = year_headings(years, false);
    add_gap_rows(t, c);
    const int width = prose_width(opt.columns);
    std::string out = "\n" + gap_title(c, opt.columns) + "\n" + fit_table(t, opt.columns, opt.exact, kExactHint);
    for (const Gap& g : c.gaps) out += wrap(overtake_line(g, me.offer.name, years, c.after_tax), width, "  ") + "\n";
    if (c.cited) out += wrap(breakeven_line(c), width, "  ") + "\n";
    return out;
}

/// Where each offer's total stands against the floor and the target: --full.
std::string render_floor_target(const Comparison& c, const RenderOptions& opt) {
    const int years = c.offers.front().projection.years;
    std::string head = "Against your";
    if (c.floor) head += fmt::format(" floor {}", *c.floor);
    if (c.floor && c.target) head += " and";
    if (c.target) head += fmt::format(" target {}", *c.target);
    head += fmt::format(" ({}-year{}):", years, c.after_tax ? ", gross" : "");
    const int width = prose_width(opt.columns);
    std::string out = "\n" + wrap(head, width, "  ") + "\n";
    const std::vector<std::string> labels = offer_labels(c);
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
        out += hang(fmt::format("  {} {:>15}  ",
                                pad_to_width(labels[static_cast<std::size_t>(&p - c.offers.data())], kLabelWidth), t),
                    fmt::format("{}", fmt::join(parts, ", ")), width);
    }
    return out;
}

/// Where each offer is taxed, and what the figures leave out.
std::string render_tax_note(const Comparison& c, int columns) {
    std::string out = "\n" +
                      wrap(
                          "After tax (net = gross less federal, FICA, state, city and state payroll taxes; "
                          "owed at filing: beyond what is withheld over the years):",
                          columns, "  ") +
                      "\n";
    const std::vector<std::string> labels = offer_labels(c);
    for (std::size_t i = 0; i < c.offers.size(); ++i)
        out += hang(fmt::format("  {} ", pad_to_width(labels[i], kLabelWidth)),
                    tax_place(c.offers[i].after_tax->profile), columns);
    out += hang("  ", tax_caveat(), columns);
    bool options = false;
    for (const Projected& p : c.offers)
        if (p.offer.options && !p.after_tax->exercise.empty()) {
            out += hang("  ", fmt::format("{}: {}", p.offer.name, exercise_summary(*p.offer.options, *p.after_tax)),
                        columns);
            options = true;
        }
    if (options) out += hang("  ", option_tax_caveat(), columns);
    for (const Projected& p : c.offers) {
        const std::string savings = tax_savings_note(p.after_tax->profile);
        if (savings.empty()) continue;
        const std::string caps = savings_caps_text(*p.after_tax);
        out += hang("  ",
                    p.offer.name + ": net is take-home, after pre-tax savings (\"saved\"). " + savings +
                        (caps.empty() ? "" : " Capped: " + caps + "."),
                    columns);
    }
    return out;
}

std::string render_chart(const Comparison& c, bool color, int columns) {
    // "  year 10 " and a 16-column name take 28 columns; the bars get the rest, 10 to 50.
    const int kWidth = columns > 0 ? std::clamp(columns - 29, 10, 50) : 50;
    const int years = c.offers.front().projection.years;
    Money top;
    for (const Projected& p : c.offers)
        for (int n = 1; n <= years; ++n) top = max(top, p.projection.y(n).total);
    if (top.is_zero()) return "";
    std::string legend = "Pay by year (";
    for (std::size_t i = 0; i < std::size(kPayParts); ++i) {
        if (kPayParts[i].when_held && std::none_of(c.offers.begin(), c.offers.end(), [&](const Projected& p) {
                return !(p.projection.sum.*kPayParts[i].amount).is_zero();
            }))
            continue;
        if (i > 0) legend += ", ";
        legend += kInks[i].glyph;
        legend += ' ';
        legend += kPayParts[i].key;
    }
    std::string out = wrap(legend + "; full width " + top.pretty() + "):", columns, "  ") + "\n";
    const std::vector<std::string> labels = offer_labels(c);
    // Each row is written in place: "  year N " padded to 10 columns, the name in 16,
    // then the bar.
    for (int n = 1; n <= years; ++n) {
        for (const Projected& p : c.offers) {
            out += "  year ";
            out += std::to_string(n);
            out += n < 10 ? "  " : " ";
            out += pad_to_width(labels[static_cast<std::size_t>(&p - c.offers.data())], kLabelWidth);
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

/// An ask's changes; null for an ask that cannot be made (it changes nothing).
void write_changes(JsonWriter& w, const Ask& a) {
    w.field_if("changes", a.feasible, [&] {
        w.object().field("rsu", a.rsu).field("sign_on_y1", a.sign_on_y1);
        w.field("sign_on_y2", a.sign_on_y2).field("base", a.base);
        // Options and option terms, only in the asks that make them.
        if (a.shares != 0) w.field("shares", a.shares).field("shares_value", a.shares_value);
        if (a.window_days != 0) w.field("exercise_window_days", a.window_days);
        if (a.early_exercise) w.field("early_exercise", true);
        w.end_object();
    });
}

void write_compare_odds(JsonWriter& w, const Comparison& c) {
    const CompareOdds& o = *c.odds;
    const auto p_win = [&](std::int64_t wins) { w.raw(probability_json(wins, o.options.paths)); };
    w.object().field("against", o.against).field("paths", o.options.paths).field("seed", o.options.seed);
    w.key("correlation").raw(fmt::format("{}", o.options.correlation));
    w.key("p_win");
    p_win(o.wins_now);
    w.field("confidence", o.confidence).key("confidence_asks").list(o.confident, [&](const Ask& a) {
        w.object().field("lever", to_string(a.lever)).field("feasible", a.feasible);
        write_changes(w, a);
        w.field_if("year1_total", a.feasible, [&] { w.value(a.year1_total); });
        w.field_if("total", a.feasible, [&] { w.value(a.total); });
        w.field_if("p_win", a.wins.has_value(), [&] { p_win(*a.wins); });
        w.field("reason", a.reason).end_object();
    });
    w.end_object();
}

std::string render_compare_odds(const Comparison& c, int columns) {
    const CompareOdds& o = *c.odds;
    const OddsOptions& opt = o.options;
    const Offer& me = c.offers.front().offer;
    std::string vols;
    for (const Projected& p : c.offers)
        vols += fmt::format("{}{} {}{}", vols.empty() ? "" : ", ", p.offer.name,
                            p.offer.volatility.ppm ? p.offer.volatility.percent() + "%" : "certain",
                            p.offer.options && !p.offer.options->exits.empty() ? " (exits drawn)" : "");
    std::string out = "\n" +
                      wrap(fmt::format("Under stock risk ({} paths, seed {}, correlation {}; volatility: {}), {} "
                                       "as offered beats {} on {} of the paths{}.",
                                       grouped_count(opt.paths), opt.seed, opt.correlation, vols, me.name, o.against,
                                       percent_text(o.wins_now, opt.paths), c.after_tax ? " after tax" : ""),
                           columns, "  ") +
                      "\n";
    if (!o.confidence) return out;
    if (o.wins_now >= o.needed)
        return out +
               wrap(fmt::format("That is at least {}%: no ask is needed for that chance.", *o.confidence), columns,
                    "  ") +
               "\n";
    out += fmt::format("Asks sized for a chance of {}% or more of beating {}, each alone:\n", *o.confidence, o.against);
    const int years = c.offers.front().projection.years;
    for (const Ask& a : o.confident) {
        if (a.feasible)
            out += hang(fmt::format("  {:<12} ", to_string(a.lever)), changes_text(a), columns) +
                   hang("     -> ",
                        fmt::format("year 1 {}, {}-year {}, beats {} on {} of the paths", a.year1_total, years, a.total,
                                    o.against, percent_text(*a.wins, opt.paths)),
                        columns);
        else out += fmt::format("  {:<12} not feasible\n", to_string(a.lever));
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
    if (a.shares != 0)
        parts.push_back(fmt::format("options +{} shares (paper value {})", grouped_count(a.shares), a.shares_value));
    if (a.window_days != 0)
        parts.push_back(fmt::format("exercise window of {} years after leaving", a.window_days / 365));
    if (a.early_exercise) parts.push_back("early exercise");
    if (!a.sign_on_y1.is_zero()) parts.push_back(fmt::format("year-one sign-on +{}", a.sign_on_y1));
    if (!a.sign_on_y2.is_zero()) parts.push_back(fmt::format("year-two sign-on +{}", a.sign_on_y2));
    if (!a.base.is_zero()) parts.push_back(fmt::format("base +{} a year", a.base));
    return parts.empty() ? "no change" : fmt::format("{}", fmt::join(parts, ", "));
}

namespace {

/// The ranked asks under their headline; --full adds each ask's reason.
std::string render_asks(const Comparison& c, const RenderOptions& opt, int width) {
    const int years = c.offers.front().projection.years;
    std::string out = "\n" + wrap(c.headline, width, "  ") + "\n";
    // The levers' names in a column as wide as the longest (12 at least).
    std::size_t label = 12;
    for (const Ask& a : c.asks) label = std::max(label, std::string_view(to_string(a.lever)).size());
    int rank = 1;
    for (const Ask& a : c.asks) {
        const std::string head = fmt::format("  {}. {:<{}} ", rank++, to_string(a.lever), label);
        const std::string closes = a.closes ? "closes the gap" : fmt::format("{} of the gap remains", a.remaining);
        if (a.lever == AskLever::Level) {
            out += hang(head, fmt::format("{} -> {}", a.level_from.empty() ? "(none)" : a.level_from, level_target(a)),
                        width);
            out += hang("     -> ", "no cash change; asked before any package ask", width);
        } else if (option_term(a.lever)) {
            out += hang(head, changes_text(a), width);
            out += hang("     -> ", "no cash cost to the company; it closes no gap in dollars", width);
        } else if (a.feasible) {
            out += hang(head, changes_text(a) + (a.stretch && !opt.full ? " (stretch)" : ""), width);
            out += hang("     -> ",
                        a.net_total ? fmt::format("year 1 {} ({} net), {}-year {} ({} net), {}", a.year1_total,
                                                  *a.net_year1_total, years, a.total, *a.net_total, closes)
                                    : fmt::format("year 1 {}, {}-year {}, {}", a.year1_total, years, a.total, closes),
                        width);
        } else {
            out += hang(head, "not feasible", width);
        }
        if (a.wins)
            out += hang("     -> ",
                        fmt::format("beats {} on {} of the simulated paths", c.odds->against,
                                    percent_text(*a.wins, c.odds->options.paths)),
                        width);
        if (opt.full) out += hang("     ", "why: " + a.reason, width);
    }
    return out;
}

std::string render_timeline(const Comparison& c, int width) {
    const Timeline& t = c.timeline;
    std::string out = "\nTimeline:\n";
    auto line = [&](std::string_view label, const std::string& text) {
        out += hang(fmt::format("  {} ", pad_to_width(label, 16)), text, width);
    };
    line("offer received",
         fmt::format("{}; {}", day(t.offer_date),
                     t.reviewing ? "review it within 24-72 hours" : "the 24-72 hour review has passed"));
    if (t.counter) {
        line("send the counter", day(t.counter_by));
        // The window ends at answer_by (timeline.cpp): a close inside it can leave one day.
        if (t.window_start == t.window_end) line("ask for answer", "by " + day(t.answer_by));
        else line("ask for answer", fmt::format("between {} and {}", day(t.window_start), day(t.window_end)));
    } else {
        line("decide by", day(t.decide_by) + "; no counter needed");
    }
    for (const auto& cl : t.closes)
        line(label_of(c, cl.name), cl.kind == OfferKind::Current ? "current job (no deadline)"
                                   : !cl.date                    ? "no close date"
                                   : cl.passed                   ? "closed " + day(*cl.date)
                                                                 : "closes " + day(*cl.date));
    for (const auto& [d, name] : t.holidays) line("holiday", day(d) + " " + name);
    for (const std::string& w : t.warnings) out += "  " + wrap("warning: " + w, width, "    ", 2) + "\n";
    return out;
}

std::string render_scripts(const Comparison& c, const RenderOptions& opt, int width) {
    std::string out;
    if (!c.script->condition.empty())
        out += "\nBefore you say this: " + wrap(c.script->condition, width, "  ", 21) + "\n";
    out += "\nAsk, short (about 30 seconds):\n" + hang("  ", c.script->short_ask, width);
    if (opt.full) out += "\nAsk, longer (about 90 seconds):\n" + hang("  ", c.script->long_ask, width);
    return out;
}

}  // namespace

std::string render_compare(const Comparison& c, const RenderOptions& opt) {
    const Projected& me = c.offers.front();
    const int width = prose_width(opt.columns);
    std::string out;
    out.reserve(16384);  // the whole text, usually, without growing it step by step
    std::string head = fmt::format("Offer under negotiation: {}", me.offer.name);
    if (c.offers.size() > 1) {
        std::vector<std::string> names;
        for (std::size_t i = 1; i < c.offers.size(); ++i) names.push_back(c.offers[i].offer.name);
        head += fmt::format("; compared with {}", fmt::join(names, ", "));
    }
    out += wrap(head, width, "  ") + "\n";
    for (const std::string& a : me.adjustments) out += hang("adjusted: ", a, width);
    out += '\n';
    if (opt.full) {
        out += render_components(c, opt);
        if (c.after_tax) out += render_tax_note(c, width);
        if (!c.gaps.empty()) out += render_gaps(c, opt);
        if (c.floor || c.target) out += render_floor_target(c, opt);
        if (opt.chart) out += "\n" + render_chart(c, opt.color, opt.columns);
    } else {
        out += render_totals(c, opt);
        if (c.after_tax) out += render_tax_note(c, width);
    }
    out += render_compare_options(c.offers, opt.columns, opt.exact);
    out += render_past_four(c, width);
    for (const std::string& w : c.warnings) out += "\n" + wrap("warning: " + w, width, "  ");
    if (!c.warnings.empty()) out += "\n";
    if (!c.paper_note.empty() && !c.paper_note_plain) out += "\n" + wrap(c.paper_note, width, "  ") + "\n";
    out += render_asks(c, opt, width);
    if (const auto& a = c.share_count_ask)
        out += hang("  shares: ",
                    fmt::format("ask to fix the share count at {} shares: the {} grant converted at {} buys {} "
                                "shares, "
                                "worth {} at today's {}.",
                                grouped_count(a->shares), a->promised, a->conversion_price.text(),
                                grouped_count(a->converted), a->value_today, a->price_today.text()),
                    width);
    if (c.odds) out += render_compare_odds(c, width);
    out += render_timeline(c, width);
    if (opt.script && c.script) out += render_scripts(c, opt, width);
    if (!opt.full)
        out += "\n" +
               wrap("More with --full: pay parts, floor and target, chart, reasons, longer script.", width, "  ") +
               "\n";
    return out;
}

namespace {

void write_gap(JsonWriter& w, const Gap& g, const ComparatorFacts& f) {
    w.object().field("against", g.against).key("years").values(g.years).field("total", g.total);
    w.field_if("overtake", g.overtake_month.has_value(),
               [&] { w.object().field("month", *g.overtake_month).field("leader", g.overtaker).end_object(); });
    w.field("guaranteed_year1_gap", f.guaranteed_year1_gap);
    w.field_if("lead_change_after_year4", f.past_four_change.has_value(), [&] { w.value(*f.past_four_change); });
    w.end_object();
}

void write_goal(JsonWriter& w, const Comparison& c) {
    w.object().field("against", c.goal_label);
    if (c.after_tax) w.field("measure", "net");
    w.field("total", c.goal).field("gap", c.gap);
    // A target has no year one: no year-one gap to it.
    w.field_if("year1_gap", c.goal_kind == GoalKind::Comparator, [&] { w.value(c.goal_year1_gap); });
    w.field("year1_need", c.year1_need).end_object();
}

void write_ask(JsonWriter& w, const Comparison& c, const Ask& a, int rank) {
    w.object().field("rank", rank).field("lever", to_string(a.lever)).field("feasible", a.feasible);
    w.field("closes", a.closes).field("stretch", a.stretch != 0);
    w.field_if("level", a.lever == AskLever::Level, [&] {
        w.object().field("from", a.level_from);
        w.field_if("to", !a.level_to.empty(), [&] { w.value(a.level_to); });
        w.field("against", a.level_against).field("their_level", a.their_level).end_object();
    });
    w.field("reason", a.reason);
    write_changes(w, a);
    w.field_if("year1_total", a.feasible, [&] { w.value(a.year1_total); });
    w.field_if("total", a.feasible, [&] { w.value(a.total); });
    if (a.net_total) w.field("net_year1_total", *a.net_year1_total).field("net_total", *a.net_total);
    if (c.odds)
        w.field_if("p_win", a.wins.has_value(), [&] { w.raw(probability_json(*a.wins, c.odds->options.paths)); });
    w.field_if("remaining_gap", a.feasible, [&] { w.value(a.remaining); }).end_object();
}

void write_timeline(JsonWriter& w, const Timeline& t) {
    w.object().field("today", t.today).field("offer_date", t.offer_date).field("counter", t.counter);
    w.field_if("counter_by", t.counter, [&] { w.value(t.counter_by); });
    w.field_if("answer_window", t.counter, [&] { w.values(std::array{t.window_start, t.window_end}); });
    w.field_if("answer_by", t.counter, [&] { w.value(t.answer_by); });
    w.field_if("decide_by", !t.counter, [&] { w.value(t.decide_by); });
    w.key("closes").list(t.closes, [&](const Timeline::Close& cl) {
        w.object().field("name", cl.name).field("kind", to_string(cl.kind)).field("close_date", cl.date);
        w.field("passed", cl.passed).end_object();
    });
    w.key("holidays").list(t.holidays, [&](const auto& h) {
        w.object().field("date", h.first).field("name", h.second).end_object();
    });
    w.key("warnings").values(t.warnings).end_object();
}

void write_script(JsonWriter& w, const Script& s) {
    w.object().field("short", s.short_ask).field("long", s.long_ask);
    w.field_if("condition", !s.condition.empty(), [&] { w.value(s.condition); }).end_object();
}

}  // namespace

std::string compare_json(const Comparison& c) {
    std::string out;
    out.reserve(8192);
    JsonWriter w(out);
    w.document().key("offers").list(c.offers, [&](const Projected& p) { write_offer(w, p); });
    w.key("gaps").list(c.gaps, [&](const Gap& g) {
        write_gap(w, g, c.situation.comparators[static_cast<std::size_t>(&g - c.gaps.data())]);
    });
    write_goal(w.key("goal"), c);
    w.field("floor", c.floor).field("target", c.target).key("asks").array();
    int rank = 1;
    for (const Ask& a : c.asks) write_ask(w, c, a, rank++);
    w.end_array().key("breakeven_growth_pct").value(c.breakeven_growth);
    write_timeline(w.key("timeline"), c.timeline);
    w.key("warnings").values(c.warnings);
    if (!c.paper_note.empty()) w.field("paper_note", c.paper_note);
    w.field_if("script", c.script.has_value(), [&] { write_script(w, *c.script); });
    w.field_if("share_count_ask", c.share_count_ask.has_value(), [&] {
        const ShareCountAsk& a = *c.share_count_ask;
        w.object()
            .field("shares", static_cast<long long>(a.shares))
            .field("converted", static_cast<long long>(a.converted));
        w.field("grant", a.promised).field("value_today", a.value_today).end_object();
    });
    if (c.odds) write_compare_odds(w.key("odds"), c);
    w.end_object();
    return out + "\n";
}

}  // namespace offercalc
