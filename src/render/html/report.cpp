// `offercalc report`: one HTML page with inline CSS and SVG. Geometry comes from
// chart.hpp; every chart's numbers are also written as a table.

#include "offercalc/html_report.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>  // fmt::join (fmt 10 and later)

#include "offercalc/chart.hpp"
#include "offercalc/options.hpp"
#include "offercalc/options_text.hpp"
#include "offercalc/summary.hpp"
#include "offercalc/show.hpp"
#include "offercalc/tax.hpp"
#include "offercalc/text.hpp"

namespace offercalc {

std::string html_escape(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char ch : s) switch (ch) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += ch;
        }
    return out;
}

namespace {

using chart::Scale;
using chart::text_width;
using chart::whole_dollars;

constexpr double kFont = 12;  ///< chart text, monospace (the style sheet's svg.chart)

/// How one drawing of a chart is laid out. Every chart is drawn twice: wide, for
/// screens and paper, and narrow, for phones, where its 400 units take about 360 px and
/// text stays near 11 px. The style sheet shows one of the two.
struct Layout {
    double width;       ///< the viewBox width
    std::size_t names;  ///< the columns a name may take
    bool narrow;
};
constexpr Layout kWide{760, 24, false}, kNarrow{400, 12, true};

/// The pay parts' fills: a colour and a white pattern over it, so that no part is
/// told apart by colour alone.
struct PartStyle {
    const char* label;
    const char* colour;
    const char* pattern;  ///< the pattern's marks, in a 6 x 6 tile
};
constexpr PartStyle kPartStyles[] = {
    {"base", "#3d6a98", ""},
    {"sign-on", "#d9771e", R"(<path d="M0 6L6 0" stroke="#fff" stroke-width="1.5"/>)"},
    {"bonus", "#4c8c3f", R"(<circle cx="3" cy="3" r="1.2" fill="#fff"/>)"},
    {"RSU", "#c23b3f", R"(<path d="M0 0L6 6M6 0L0 6" stroke="#fff" stroke-width="1"/>)"},
    {"options", "#7a4f9e", R"(<path d="M3 0V6" stroke="#fff" stroke-width="1.5"/>)"},
    {"other", "#7b6450", R"(<path d="M0 3H6" stroke="#fff" stroke-width="1.5"/>)"},
};
static_assert(std::size(kPartStyles) == std::size(kPayParts));

/// Each offer's line: a colour and a dash pattern.
constexpr const char* kLineColours[] = {"#1f4e79", "#b03a2e", "#3f7f34", "#6c4f8a", "#a0760a"};
constexpr const char* kLineDashes[] = {"", "8 4", "2 3", "10 3 2 3", "5 5"};

const char* line_colour(std::size_t i) { return kLineColours[i % std::size(kLineColours)]; }
const char* line_dash(std::size_t i) { return kLineDashes[i % std::size(kLineDashes)]; }

std::string esc(std::string_view s) { return html_escape(s); }
std::string num(double v) { return fmt::format("{:.1f}", v); }

/// The opening of an accessible chart: role img, a title and a description.
std::string svg_open(const Layout& l, double height, std::string_view title, std::string_view desc) {
    return fmt::format(R"(<svg viewBox="0 0 {} {}" role="img" class="chart {}">)"
                       "<title>{}</title><desc>{}</desc>",
                       num(l.width), num(height), l.narrow ? "narrow" : "wide", esc(title), esc(desc));
}

/// A figure holding both drawings of a chart (`draw(layout)`), after `before`.
template <class Draw>
std::string figure(Draw&& draw, const std::string& before = "", const char* cls = "") {
    return fmt::format("<figure{}>{}{}{}</figure>", *cls ? fmt::format(R"( class="{}")", cls) : "", before, draw(kWide),
                       draw(kNarrow));
}

/// " (net, after tax)" or " (gross)" when a comparison is after tax, so that a net
/// figure is never read beside a gross one unnamed; nothing otherwise.
std::string basis(bool after_tax, bool net) {
    if (!after_tax) return "";
    return net ? " (net, after tax)" : " (gross)";
}

/// A lever in words, as the candidate would ask for it.
const char* lever_words(AskLever l) {
    switch (l) {
        case AskLever::Level: return "Level";
        case AskLever::Rsu: return "RSU grant";
        case AskLever::RsuSignOn: return "RSU grant and sign-on";
        case AskLever::SignOn: return "Sign-on";
        case AskLever::Base: return "Base";
        case AskLever::Shares: return "More shares";
        case AskLever::SharesSignOn: return "More shares and sign-on";
        case AskLever::ExerciseWindow: return "Exercise window";
        case AskLever::EarlyExercise: return "Early exercise";
    }
    return "?";
}

/// Text with its first letter (ASCII) in upper case: a heading made of a phrase.
std::string capitalised(std::string s) {
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

/// A legend for line charts: each offer's colour and dash, then `extra` spans.
std::string line_legend(const std::vector<std::string>& names, const std::string& extra = "") {
    std::string out = "<p class=\"legend\">";
    for (std::size_t i = 0; i < names.size(); ++i)
        out += fmt::format(R"(<span><svg width="28" height="14" aria-hidden="true"><line x1="0" y1="7" x2="28" y2="7" )"
                           R"(stroke="{}" stroke-width="2"{}/></svg> {}</span> )",
                           line_colour(i), *line_dash(i) ? fmt::format(R"( stroke-dasharray="{}")", line_dash(i)) : "",
                           esc(names[i]));
    return out + extra + "</p>";
}

std::string text(double x, double y, std::string_view s, const char* anchor = "start", const char* extra = "") {
    return fmt::format(R"(<text x="{}" y="{}" text-anchor="{}"{}>{}</text>)", num(x), num(y), anchor, extra, esc(s));
}

/// Vertical gridlines and labels for ticks along x, from y0 to y1.
std::string x_grid(const std::vector<Money>& ticks, const Scale& x, double y0, double y1) {
    std::string out;
    for (Money t : ticks) {
        out += fmt::format(R"(<line x1="{0}" y1="{1}" x2="{0}" y2="{2}" stroke="#ccc"/>)", num(x(t)), num(y0), num(y1));
        out += text(x(t), y1 + 14, compact(t), "middle");
    }
    return out;
}

/// Horizontal gridlines and labels for ticks along y, from x0 to x1.
std::string y_grid(const std::vector<Money>& ticks, const Scale& y, double x0, double x1) {
    std::string out;
    for (Money t : ticks) {
        out += fmt::format(R"(<line x1="{0}" y1="{1}" x2="{2}" y2="{1}" stroke="#ccc"/>)", num(x0), num(y(t)), num(x1));
        out += text(x0 - 6, y(t) + 4, compact(t), "end");
    }
    return out;
}

/// Each line's name at its end (heights `ends`), in the line's colour, pushed apart so
/// that none overlaps another. The narrow drawing leaves them to the legend.
std::string end_labels(const Layout& l, const std::vector<std::string>& names, const std::vector<double>& ends,
                       double x, double lo, double hi) {
    if (l.narrow) return "";
    const auto at = chart::spread_labels(ends, kFont + 2, lo, hi);
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i)
        out += text(x + 6, at[i] + 4, cut_to_width(names[i], 24), "start",
                    fmt::format(R"( fill="{}")", line_colour(i)).c_str());
    return out;
}

/// The frame both line charts share: money up the side from 0, time along the bottom
/// from 0 to x_max with a label every x_step, room on the right for the lines' names
/// (wide only).
struct LineChart {
    Scale x, y;
    double right = 0, top_y = 0, bottom_y = 0;
    std::string svg;  ///< opened, with the grid drawn
};

LineChart line_chart(const Layout& l, int x_max, int x_step, const char* x_label, Money top, double top_y,
                     std::string_view title, std::string_view desc) {
    LineChart f;
    const auto ticks = chart::ticks(top);
    const double left = text_width("$9.99M", kFont) + 10;
    f.right = l.width - (l.narrow ? 16 : text_width(std::string(l.names, 'x'), kFont) + 12);
    f.top_y = top_y;
    f.bottom_y = top_y + (l.narrow ? 200 : 260);
    f.x = Scale{0, static_cast<double>(x_max), left, f.right};
    f.y = Scale{0, static_cast<double>(ticks.back().in_cents()) / 100, f.bottom_y, top_y};
    f.svg = svg_open(l, f.bottom_y + 34, title, desc) + y_grid(ticks, f.y, left, f.right);
    for (int v = 0; v <= x_max; v += x_step)
        f.svg += text(f.x(static_cast<double>(v)), f.bottom_y + 16, fmt::format("{}", v), "middle");
    f.svg += text((left + f.right) / 2, f.bottom_y + 30, x_label, "middle");
    return f;
}

// ------------------------------------------------------------------ sections

std::string packages(const Comparison& c) {
    std::string out = "<section id=\"packages\"><h2>The packages</h2><div class=\"wide\"><table><thead><tr><th></th>";
    for (const Projected& p : c.offers) out += "<th scope=\"col\">" + esc(p.offer.name) + "</th>";
    out += "</tr></thead><tbody>";
    const int years = c.offers.front().projection.years;
    auto row = [&](const char* label, auto&& cell) {
        out += fmt::format("<tr><th scope=\"row\">{}</th>", label);
        for (const Projected& p : c.offers) out += "<td>" + esc(cell(p)) + "</td>";
        out += "</tr>";
    };
    row("kind", [](const Projected& p) { return std::string(to_string(p.offer.kind)); });
    row("company, level, role", [](const Projected& p) { return describe_offer(p.offer); });
    row("base", [](const Projected& p) { return p.offer.base.pretty(); });
    row("sign-on (year 1, year 2)",
        [](const Projected& p) { return p.offer.sign_on_y1.pretty() + ", " + p.offer.sign_on_y2.pretty(); });
    row("target bonus", [](const Projected& p) { return p.offer.bonus.percent() + "% of base"; });
    row("RSU grant", [](const Projected& p) {
        return p.offer.rsu ? p.offer.rsu->value.pretty() + ", " + p.offer.rsu->schedule.describe()
                           : std::string("none");
    });
    if (std::any_of(c.offers.begin(), c.offers.end(), [](const Projected& p) { return p.offer.options.has_value(); }))
        row("stock options (paper value)", [](const Projected& p) {
            if (!p.offer.options) return std::string("none");
            const Options& o = *p.offer.options;
            return fmt::format("{}, counted at {}", grant_words(o), o.price().text());
        });
    const std::string gross = basis(c.after_tax, false);
    row(("year 1" + gross).c_str(), [](const Projected& p) { return p.projection.y(1).total.pretty(); });
    row(((years == 1 ? "total" : "total over the years") + gross).c_str(),
        [](const Projected& p) { return p.projection.sum.total.pretty(); });
    if (c.after_tax)
        row("over the years (net, after tax)", [](const Projected& p) { return p.after_tax->net_total.pretty(); });
    row("guaranteed cash over the years (base, sign-on, other)",
        [](const Projected& p) { return guaranteed(p.projection.sum).pretty(); });
    row("at risk over the years (bonus, equity)",
        [](const Projected& p) { return at_risk(p.projection.sum).pretty(); });
    if (std::any_of(c.offers.begin(), c.offers.end(),
                    [](const Projected& p) { return p.projection.has_assumptions(); }))
        row("with assumed refreshers and promotions (not offered)", [](const Projected& p) {
            const Projection& pr = p.projection;
            return (pr.sum.total + pr.assumed_refresh_sum + pr.promotion_sum).pretty();
        });
    out += "</tbody></table></div></section>\n";
    return out;
}

/// Some offer has stock options: only then do the tables, legends and patterns show them.
bool any_options(const Comparison& c) {
    return std::any_of(c.offers.begin(), c.offers.end(),
                       [](const Projected& p) { return p.offer.options.has_value(); });
}

/// Whether pay part i is shown: a part held by some offers only (options) when one has it.
bool part_shown(std::size_t i, bool options) { return !kPayParts[i].when_held || options; }

/// Past year four: each offer's drop when its initial grant has vested, the lead
/// changing after year four, the assumptions and the conversion; empty when none applies.
std::string past_four(const Comparison& c) {
    std::vector<std::string> items;
    for (const Projected& p : c.offers) {
        if (const std::string v = vest_end_text(p.offer, p.projection); !v.empty())
            items.push_back(p.offer.name + ": " + v + ".");
        if (const std::string a = assumed_text(p.offer); !a.empty())
            items.push_back(p.offer.name + " assumes " + a + ".");
        if (const std::string v = conversion_text(p.offer); !v.empty()) items.push_back(p.offer.name + ": " + v + ".");
    }
    for (const ComparatorFacts& f : c.situation.comparators)
        if (f.guaranteed_year1_gap >= c.round)
            items.push_back(fmt::format("{} guarantees {} more cash in year one than {}.", c.offers[f.index].offer.name,
                                        f.guaranteed_year1_gap, c.offers.front().offer.name));
    if (items.empty()) return {};
    std::string out = "<section id=\"past-four\"><h2>Past year four, and what is guaranteed</h2><ul>";
    for (const std::string& i : items) out += "<li>" + esc(i) + "</li>";
    return out + "</ul></section>\n";
}

/// A hidden SVG with the pay parts' patterns, referenced by every chart.
std::string pattern_defs(bool options) {
    std::string out = R"(<svg width="0" height="0" class="defs" aria-hidden="true"><defs>)";
    for (std::size_t i = 0; i < std::size(kPartStyles); ++i)
        if (part_shown(i, options))
            out += fmt::format(R"(<pattern id="part-{}" width="6" height="6" patternUnits="userSpaceOnUse">)"
                               R"(<rect width="6" height="6" fill="{}"/>{}</pattern>)",
                               kPayParts[i].key, kPartStyles[i].colour, kPartStyles[i].pattern);
    return out + "</defs></svg>\n";
}

std::string legend(bool options) {
    std::string out = "<p class=\"legend\">";
    for (std::size_t i = 0; i < std::size(kPartStyles); ++i)
        if (part_shown(i, options))
            out += fmt::format(R"~(<span><svg width="14" height="14" aria-hidden="true"><rect width="14" height="14" )~"
                               R"~(fill="url(#part-{})"/></svg> {}</span> )~",
                               kPayParts[i].key, kPartStyles[i].label);
    return out + "</p>";
}

/// Pay by year as stacked bars, a row per offer under each year's heading.
std::string by_year_chart(const Layout& l, const Comparison& c) {
    const int years = c.offers.front().projection.years;
    const std::size_t n = c.offers.size();
    Money top;
    int name_cols = 0;
    for (const Projected& p : c.offers) {
        name_cols = std::max(name_cols, std::min(static_cast<int>(l.names), display_width(p.offer.name)));
        for (int y = 1; y <= years; ++y) top = max(top, p.projection.y(y).total);
    }
    const auto ticks = chart::ticks(top, l.narrow ? 3 : 5);
    auto total_text = [&](Money m) { return l.narrow ? compact(m) : whole_dollars(m); };
    const double left = text_width(std::string(static_cast<std::size_t>(name_cols) + (l.narrow ? 2 : 8), 'x'), kFont);
    const double right = l.width - 12 - text_width(l.narrow ? "$9.99M" : "$99,999,999", kFont);
    const Scale x{0, static_cast<double>(ticks.back().in_cents()) / 100, left, right};
    const double row = 20, bar = 14, head = 18;  // a row per offer, its bar, a year's heading
    const double plot_h = years * (head + row * static_cast<double>(n)) + 6;
    std::string svg = svg_open(l, plot_h + 30, fmt::format("Pay by year{}, {} offers", basis(c.after_tax, false), n),
                               fmt::format("Stacked bars per year per offer: base, sign-on, bonus, RSU{} and other "
                                           "pay, with each bar's total written after it. The table below has the "
                                           "same figures.",
                                           any_options(c) ? ", options (paper value)" : ""));
    svg += x_grid(ticks, x, 0, plot_h);
    double y = 0;
    for (int yr = 1; yr <= years; ++yr) {
        svg += text(0, y + 13, fmt::format("year {}", yr), "start", R"( font-weight="bold")");
        y += head;
        for (const Projected& p : c.offers) {
            const Components& part = p.projection.y(yr);
            svg += text(left - 6, y + 12, cut_to_width(p.offer.name, static_cast<int>(l.names)), "end");
            double at = x(Money());
            for (std::size_t i = 0; i < std::size(kPayParts); ++i) {
                const Money m = part.*kPayParts[i].amount;
                if (m.in_cents() <= 0) continue;
                const double w = x(m) - x(Money());
                svg +=
                    fmt::format(R"~(<rect x="{}" y="{}" width="{}" height="{}" fill="url(#part-{})"><title>{} {}: {})~"
                                R"~(</title></rect>)~",
                                num(at), num(y + 2), num(w), num(bar), kPayParts[i].key, esc(p.offer.name),
                                kPartStyles[i].label, m.pretty());
                at += w;
            }
            svg += text(at + 6, y + 13, total_text(part.total));
            y += row;
        }
    }
    return svg + "</svg>";
}

std::string by_year(const Comparison& c) {
    const int years = c.offers.front().projection.years;
    std::string table = fmt::format(
        "<div class=\"wide\"><table><caption>Pay by year{}</caption><thead><tr>"
        "<th scope=\"col\">year</th><th scope=\"col\">offer</th>",
        basis(c.after_tax, false));
    const bool options = any_options(c);
    for (std::size_t i = 0; i < std::size(kPartStyles); ++i)
        if (part_shown(i, options)) table += fmt::format("<th scope=\"col\">{}</th>", kPartStyles[i].label);
    table += "<th scope=\"col\">total</th></tr></thead><tbody>";
    for (int yr = 1; yr <= years; ++yr)
        for (const Projected& p : c.offers) {
            const Components& part = p.projection.y(yr);
            table += fmt::format("<tr><td>{}</td><th scope=\"row\">{}</th>", yr, esc(p.offer.name));
            for (std::size_t i = 0; i < std::size(kPayParts); ++i)
                if (part_shown(i, options)) table += "<td>" + (part.*kPayParts[i].amount).pretty() + "</td>";
            table += "<td>" + part.total.pretty() + "</td></tr>";
        }
    table += "</tbody></table></div>";
    return fmt::format("<section id=\"by-year\"><h2>Pay by year{}</h2>", basis(c.after_tax, false)) +
           figure([&](const Layout& l) { return by_year_chart(l, c); }, legend(options)) + table + "</section>\n";
}

/// Cumulative pay by month, a line per offer (`cum`, from month 0), with the months one
/// offer overtakes another.
std::string cumulative_chart(const Layout& l, const Comparison& c, const std::vector<std::vector<Money>>& cum) {
    const int months = static_cast<int>(cum.front().size()) - 1;
    Money top;
    for (const auto& line : cum) top = max(top, line.back());
    LineChart frame =
        line_chart(l, months, 12, "months from the start", top, 20 + 16 * static_cast<double>(c.gaps.size()),
                   fmt::format("Cumulative pay by month{}", basis(c.after_tax, false)),
                   "One line per offer: pay received from the start, month by month; a dashed "
                   "vertical line marks, for each comparator, the month the lead last changed hands.");
    const Scale &x = frame.x, &y = frame.y;
    const double bottom_y = frame.bottom_y;
    std::string& svg = frame.svg;
    std::vector<double> ends;
    for (std::size_t i = 0; i < cum.size(); ++i) {
        std::string points;
        for (int m = 0; m <= months; ++m)
            points +=
                fmt::format("{},{} ", num(x(static_cast<double>(m))), num(y(cum[i][static_cast<std::size_t>(m)])));
        points.pop_back();
        svg += fmt::format(R"(<polyline points="{}" fill="none" stroke="{}" stroke-width="2"{}/>)", points,
                           line_colour(i), *line_dash(i) ? fmt::format(R"( stroke-dasharray="{}")", line_dash(i)) : "");
        ends.push_back(y(cum[i].back()));
    }
    std::vector<std::string> names;
    for (const Projected& p : c.offers) names.push_back(p.offer.name);
    svg += end_labels(l, names, ends, frame.right, frame.top_y, frame.bottom_y);
    // Overtaking marks: a dashed line each, labelled in its own row at the top.
    double row_y = 14;
    for (const Gap& g : c.gaps) {
        if (!g.overtake_month) continue;
        const double gx = x(static_cast<double>(*g.overtake_month));
        const std::string trailing = g.overtaker == g.against ? c.offers.front().offer.name : g.against;
        svg += fmt::format(R"(<line x1="{0}" y1="{1}" x2="{0}" y2="{2}" stroke="#555" stroke-dasharray="3 3"/>)",
                           num(gx), num(row_y + 2), num(bottom_y));
        const int cols = static_cast<int>(l.names);
        const std::string label = fmt::format("month {}: {} overtakes {}", *g.overtake_month,
                                              cut_to_width(g.overtaker, cols), cut_to_width(trailing, cols));
        svg += text(std::max(2.0, std::min(gx + 4, l.width - 2 - text_width(label, kFont))), row_y, label);
        row_y += 16;
    }
    return svg + "</svg>";
}

std::string cumulative(const Comparison& c) {
    const int years = c.offers.front().projection.years, months = 12 * years;
    std::vector<std::vector<Money>> cum;
    std::vector<std::string> names;
    for (const Projected& p : c.offers) {
        std::vector<Money> line{Money()};
        for (const Components& m : monthly(p.offer, months)) line.push_back(line.back() + m.total);
        cum.push_back(std::move(line));
        names.push_back(p.offer.name);
    }
    const std::string chart = figure([&](const Layout& l) { return cumulative_chart(l, c, cum); }, line_legend(names));
    const std::string gross = basis(c.after_tax, false);
    std::string table = fmt::format(
        "<div class=\"wide\"><table><caption>Cumulative pay at each year's end{}</caption>"
        "<thead><tr><th scope=\"col\">after month</th>",
        gross);
    for (const Projected& p : c.offers) table += "<th scope=\"col\">" + esc(p.offer.name) + "</th>";
    table += "</tr></thead><tbody>";
    for (int m = 12; m <= months; m += 12) {
        table += fmt::format("<tr><th scope=\"row\">{}</th>", m);
        for (const auto& line : cum) table += "<td>" + line[static_cast<std::size_t>(m)].pretty() + "</td>";
        table += "</tr>";
    }
    table += "</tbody></table></div>";
    // The chart's every point, folded away: 12 rows a year.
    table += fmt::format(
        "<details><summary>Cumulative pay, every month{}</summary><div class=\"wide\"><table><thead>"
        "<tr><th scope=\"col\">after month</th>",
        gross);
    for (const Projected& p : c.offers) table += "<th scope=\"col\">" + esc(p.offer.name) + "</th>";
    table += "</tr></thead><tbody>";
    for (int m = 1; m <= months; ++m) {
        table += fmt::format("<tr><th scope=\"row\">{}</th>", m);
        for (const auto& line : cum) table += "<td>" + line[static_cast<std::size_t>(m)].pretty() + "</td>";
        table += "</tr>";
    }
    table += "</tbody></table></div></details><ul>";
    for (const Gap& g : c.gaps)
        table += g.overtake_month ? fmt::format("<li>{} overtakes {} in month {}.</li>", esc(g.overtaker),
                                                esc(g.overtaker == g.against ? c.offers.front().offer.name : g.against),
                                                *g.overtake_month)
                                  : fmt::format("<li>No overtaking between {} and {} within {} months.</li>",
                                                esc(c.offers.front().offer.name), esc(g.against), months);
    table += "</ul>";
    return "<section id=\"cumulative\"><h2>Cumulative pay" + gross + "</h2>" + chart + table + "</section>\n";
}

std::string gaps(const Comparison& c) {
    const int years = c.offers.front().projection.years;
    std::string out = fmt::format(
        "<section id=\"gaps\"><h2>The gaps{}</h2><p>Each comparator minus {}{}; a negative "
        "gap means {} pays more.</p><div class=\"wide\"><table><thead><tr><th scope=\"col\">"
        "comparator</th>",
        basis(c.after_tax, true), esc(c.offers.front().offer.name), c.after_tax ? ", in net pay after tax" : "",
        esc(c.offers.front().offer.name));
    for (int y = 1; y <= years; ++y) out += fmt::format("<th scope=\"col\">year {}</th>", y);
    out += fmt::format("<th scope=\"col\">{}-year</th></tr></thead><tbody>", years);
    for (const Gap& g : c.gaps) {
        out += "<tr><th scope=\"row\">" + esc(g.against) + "</th>";
        for (Money m : g.years) out += "<td>" + m.pretty() + "</td>";
        out += "<td>" + g.total.pretty() + "</td></tr>";
    }
    return out + "</tbody></table></div></section>\n";
}

/// A small chart for one ask: year one and the total, before and after (gross), with
/// the bar the ask aims at. Each amount is written past its bar and past the mark, so
/// the mark never runs through it.
std::string ask_bars(const Layout& l, const Comparison& c, const Ask& a, int rank) {
    const Projected& me = c.offers.front();
    const int years = me.projection.years;
    const Money y1_bar = me.projection.y(1).total + c.year1_need, goal = c.after_tax ? Money() : c.goal;
    struct Pair {
        std::string label;
        Money before, after, aim;
    };
    std::vector<Pair> pairs = {{"year 1", me.projection.y(1).total, a.year1_total, c.after_tax ? Money() : y1_bar},
                               {fmt::format("{}-year", years), me.projection.sum.total, a.total, goal}};
    Money top;
    for (const Pair& p : pairs) top = max(top, max(p.after, max(p.before, p.aim)));
    const double left = text_width("4-year after", kFont) + 8, right = l.width - 12 - text_width("$99,999,999", kFont);
    std::string svg =
        svg_open(l, 4 * 18 + 8, fmt::format("Ask {}: before and after{}", rank, basis(c.after_tax, false)),
                 "For year one and the total: the offer as it is and with the ask; a black mark "
                 "shows the figure the ask aims at.");
    double y = 2;
    for (const Pair& p : pairs) {
        const Scale x{0, static_cast<double>(top.in_cents()) / 100, left, right};
        for (int k = 0; k < 2; ++k) {
            const Money v = k == 0 ? p.before : p.after;
            svg += text(left - 6, y + 12, p.label + (k == 0 ? " now" : " after"), "end");
            svg += fmt::format(R"(<rect x="{}" y="{}" width="{}" height="12" fill="{}"/>)", num(left), num(y + 2),
                               num(x(v) - left), k == 0 ? "#9aa5b1" : "#3d6a98");
            const double past = p.aim.is_zero() ? x(v) : std::max(x(v), x(p.aim) + 1);
            svg += text(past + 6, y + 12, whole_dollars(v));
            y += 18;
        }
        if (!p.aim.is_zero())
            svg += fmt::format(R"(<line x1="{0}" y1="{1}" x2="{0}" y2="{2}" stroke="#000" stroke-width="2"/>)",
                               num(x(p.aim)), num(y - 36), num(y));
    }
    return svg + "</svg>";
}

/// The asks' figures as a table: gross pay after each ask, net too when after tax, and
/// the gap left as the gap is measured.
std::string asks_table(const Comparison& c, const std::vector<std::string>& names) {
    const std::string gross = basis(c.after_tax, false);
    std::string table = fmt::format(
        "<div class=\"wide\"><table><caption>The asks' figures</caption><thead><tr>"
        "<th scope=\"col\">rank</th><th scope=\"col\">ask</th><th scope=\"col\">year 1{0}"
        "</th><th scope=\"col\">total{0}</th>",
        gross);
    if (c.after_tax) table += "<th scope=\"col\">year 1 (net)</th><th scope=\"col\">total (net)</th>";
    table += fmt::format("<th scope=\"col\">gap left{}</th>", basis(c.after_tax, true));
    if (c.odds) table += "<th scope=\"col\">chance to win</th>";
    table += "</tr></thead><tbody>";
    for (std::size_t i = 0; i < c.asks.size(); ++i) {
        const Ask& a = c.asks[i];
        auto cell = [&](const std::optional<Money>& m) {
            return "<td>" + (a.feasible && m ? m->pretty() : std::string()) + "</td>";
        };
        table += fmt::format("<tr><td>{}</td><th scope=\"row\">{}</th>", i + 1, esc(names[i])) + cell(a.year1_total) +
                 cell(a.total);
        if (c.after_tax) table += cell(a.net_year1_total) + cell(a.net_total);
        table += cell(a.remaining);
        if (c.odds) table += "<td>" + (a.wins ? percent_text(*a.wins, c.odds->options.paths) : std::string()) + "</td>";
        table += "</tr>";
    }
    return table + "</tbody></table></div>";
}

std::string asks(const Comparison& c) {
    std::string out = "<section id=\"asks\"><h2>The counter-asks</h2>";
    if (c.asks.empty()) return out + "<p>" + esc(c.headline) + "</p></section>\n";
    out += "<p>" + esc(c.headline) + "</p><ol>";
    std::vector<std::string> names;
    int rank = 1;
    for (const Ask& a : c.asks) {
        // A cash ask's changes name their parts ("RSU grant +$27,000.00"); the others say
        // which lever they are.
        names.push_back(
            a.lever == AskLever::Level
                ? fmt::format("Level: {} to {}", a.level_from.empty() ? "(none)" : a.level_from, level_target(a))
            : a.feasible ? capitalised(changes_text(a))
                         : fmt::format("{}: not feasible", lever_words(a.lever)));
        out += "<li><p><strong>" + esc(names.back()) + "</strong></p><p>" + esc(a.reason) + "</p>";
        if (a.feasible && a.lever != AskLever::Level && !option_term(a.lever))  // a term changes no pay
            out += figure([&](const Layout& l) { return ask_bars(l, c, a, rank); },
                          std::string("<figcaption>Grey: the offer now; blue: with the ask") +
                              (c.after_tax ? "." : "; black mark: the figure the ask aims at.") + "</figcaption>",
                          "small");
        out += "</li>";
        ++rank;
    }
    return out + "</ol>" + asks_table(c, names) + "</section>\n";
}

/// The timeline's marks (sorted by date) along an axis, each labelled with its date.
std::string timeline_chart(const Layout& l, const std::vector<std::pair<Date, std::string>>& marks) {
    const Date first = marks.front().first, last = marks.back().first;
    // The dates' axis leaves room for most labels to start at their own date.
    double widest = 0;
    for (const auto& [d, what] : marks) widest = std::max(widest, text_width(d.iso() + " " + what, kFont));
    const double left = 10, right = l.width - 10 - std::min(l.narrow ? 200.0 : 300.0, widest);
    const Scale x{0, static_cast<double>(std::max(1L, last.days() - first.days())), left, right};
    // Each label starts at its date (or ends at the right edge); labels that would
    // overlap go to lower rows, and are drawn over the leader lines on a white ground.
    std::vector<double> mark_x;
    std::vector<std::pair<double, double>> spans;
    std::vector<std::string> labels;
    for (const auto& [d, what] : marks) {
        labels.push_back(d.iso() + " " + what);
        mark_x.push_back(x(static_cast<double>(d.days() - first.days())));
        const double w = text_width(labels.back(), kFont);
        const double x0 = std::min(mark_x.back(), l.width - 2 - w);
        spans.push_back({x0, x0 + w});
    }
    const auto rows = chart::label_rows(spans, 8);
    const int row_count = rows.empty() ? 1 : *std::max_element(rows.begin(), rows.end()) + 1;
    const double axis_y = 20, row_h = 18;
    std::string svg = svg_open(l, axis_y + row_h * row_count + 16, "Timeline",
                               "The dates from the offer to the answer: when to send the counter, the answer window, "
                               "competing offers' close dates and the holidays between.");
    svg +=
        fmt::format(R"(<line x1="{0}" y1="{1}" x2="{2}" y2="{1}" stroke="#000"/>)", num(left), num(axis_y), num(right));
    std::string texts;
    for (std::size_t i = 0; i < marks.size(); ++i) {
        const double ly = axis_y + row_h * (rows[i] + 1);
        const bool holiday = labels[i].find(" holiday: ") != std::string::npos;
        svg += fmt::format(R"(<line x1="{0}" y1="{1}" x2="{0}" y2="{2}" stroke="{3}"{4}/>)", num(mark_x[i]),
                           num(axis_y - 6), num(ly - 10), holiday ? "#888" : "#000",
                           holiday ? R"( stroke-dasharray="2 2")" : "");
        svg += fmt::format(R"(<circle cx="{}" cy="{}" r="3" fill="{}" stroke="#000"/>)", num(mark_x[i]), num(axis_y),
                           holiday ? "#fff" : "#000");
        texts += fmt::format(R"(<rect x="{}" y="{}" width="{}" height="15" fill="#fff"/>)", num(spans[i].first - 2),
                             num(ly - 11), num(spans[i].second - spans[i].first + 4));
        texts += text(spans[i].first, ly, labels[i]);
    }
    return svg + texts + "</svg>";
}

std::string timeline(const Comparison& c) {
    const Timeline& t = c.timeline;
    std::vector<std::pair<Date, std::string>> marks = {{t.offer_date, "offer received"}};
    if (t.counter) {
        marks.push_back({t.counter_by, "send the counter"});
        marks.push_back({t.window_start, "answer window opens"});
        marks.push_back({t.window_end, "answer window ends"});
        if (t.answer_by != t.window_end) marks.push_back({t.answer_by, "ask for an answer by"});
    } else {
        marks.push_back({t.decide_by, "decide by"});
    }
    for (const auto& cl : t.closes)
        if (cl.date) marks.push_back({*cl.date, cl.name + (cl.passed ? " closed" : " closes")});
    for (const auto& [d, name] : t.holidays) marks.push_back({d, "holiday: " + name});
    std::stable_sort(marks.begin(), marks.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::string list = "<ul>";
    for (const auto& [d, what] : marks) list += "<li>" + esc(d.iso() + " " + what) + "</li>";
    for (const std::string& w : t.warnings) list += "<li class=\"warning\">" + esc(w) + "</li>";
    list += "</ul>";
    return "<section id=\"timeline\"><h2>Timeline</h2>" +
           figure([&](const Layout& l) { return timeline_chart(l, marks); }) + list + "</section>\n";
}

std::string scripts(const Comparison& c) {
    if (!c.script) return "";
    const std::string condition =
        c.script->condition.empty() ? ""
                                    : "<p class=\"warning\">Before you say this: " + esc(c.script->condition) + "</p>";
    return "<section id=\"script\"><h2>What to say</h2>" + condition +
           "<h3>Short (about 30 seconds)</h3><blockquote><p>" + esc(c.script->short_ask) +
           "</p></blockquote><h3>Longer (about 90 seconds)</h3><blockquote><p>" + esc(c.script->long_ask) +
           "</p></blockquote></section>\n";
}

/// One offer's options: the paper-value note, shares and exercise cost by year, and its exits.
std::string offer_options(const Projected& p) {
    const Options& o = *p.offer.options;
    const int years = p.projection.years;
    std::string out = fmt::format(
        "<h3>{}</h3><p>{}, counted at {}; 409A fair market value {}. The options' "
        "{} over {} years is <strong>paper value, not cash</strong>: what the vested shares would sell for at "
        "that price, less their strike. To own them you pay the exercise cost, plus any tax at exercise.</p>",
        esc(p.offer.name), esc(grant_words(o)), esc(price_basis_text(o)), o.fmv.text(),
        p.projection.sum.options.pretty(), years);
    const std::vector<Money> cost = exercise_cost_by_year(o, years);
    out += fmt::format(
        "<div class=\"wide\"><table><caption>{}: exercise cost by year</caption><thead><tr>"
        "<th scope=\"col\">year</th><th scope=\"col\">exercise cost</th></tr></thead><tbody>",
        esc(p.offer.name));
    for (int y = 1; y <= years; ++y)
        out += fmt::format("<tr><td>{}</td><td>{}</td></tr>", y, cost[static_cast<std::size_t>(y - 1)].pretty());
    out += fmt::format("<tr><th scope=\"row\">all {} years</th><td>{}</td></tr></tbody></table></div>", years,
                       exercise_cost(o, 12 * years).pretty());
    if (o.exits.empty()) return out;
    const ExitOutlook x = exit_outlook(o);
    out += fmt::format(
        "<div class=\"wide\"><table><caption>{}: exits</caption><thead><tr><th scope=\"col\">year"
        "</th><th scope=\"col\">exit</th><th scope=\"col\">common price</th><th scope=\"col\">vested shares</th><th "
        "scope=\"col\">value</th><th scope=\"col\">exercise cost</th><th scope=\"col\">chance</th>"
        "</tr></thead><tbody>",
        esc(p.offer.name));
    for (const ExitValue& e : x.exits)
        out += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}%</td></tr>",
                           e.scenario.year, exit_text(e.scenario), price_cell(e.price), grouped_count(e.vested),
                           e.value.pretty(), e.cost.pretty(), e.scenario.probability.percent());
    out += fmt::format(
        "</tbody></table></div><p>Expected value {} (each exit's value times its chance); chance "
        "of nothing {}%.{}</p>",
        x.expected.pretty(), x.chance_of_nothing.percent(),
        o.company ? " Common's price is what an exit leaves after the liquidation preferences, over "
                    "the shares outstanding then: a simplification of the real waterfall."
                  : "");
    return out;
}

/// Stock options: each offer's total at multiples of its preferred price, then each
/// offer's options in detail.
std::string stock_options(const Comparison& c) {
    const int years = c.offers.front().projection.years;
    std::string out = fmt::format(
        "<section id=\"options\"><h2>Stock options</h2><div class=\"wide\"><table><caption>Total over {} "
        "years with the options at multiples of the preferred price</caption><thead><tr><th scope=\"col\">"
        "offer</th>",
        years);
    for (const std::int64_t k : kOptionMultiples) out += "<th scope=\"col\">at " + multiple_text(k) + "</th>";
    out += "</tr></thead><tbody>";
    for (const Projected& p : c.offers) {
        const std::vector<OptionMultiple> ms = option_multiples(p.offer, years);
        out += "<tr><th scope=\"row\">" + esc(p.offer.name) + (ms.empty() ? " (no options)" : "") + "</th>";
        for (std::size_t k = 0; k < std::size(kOptionMultiples); ++k)
            out += "<td>" + (ms.empty() ? p.projection.sum.total : ms[k].total).pretty() + "</td>";
        out += "</tr>";
    }
    out += "</tbody></table></div>";
    for (const Projected& p : c.offers)
        if (p.offer.options) out += offer_options(p);
    return out + "</section>\n";
}

std::string assumptions(const Comparison& c) {
    std::string out = "<section id=\"assumptions\"><h2>Assumptions</h2><ul>";
    for (const Projected& p : c.offers) out += "<li>" + esc(p.offer.name + ": " + assumptions_text(p.offer)) + ".</li>";
    out += fmt::format(
        "<li>Year n is months 12(n-1)+1 to 12n from the start; base is paid monthly, bonus at each "
        "year's end; asks are rounded up to {}.</li>",
        c.round.pretty());
    for (const std::string& w : c.warnings) out += "<li class=\"warning\">" + esc(w) + "</li>";
    return out + "</ul></section>\n";
}

std::string taxes(const Comparison& c) {
    if (!c.after_tax) return "";
    std::string out = "<section id=\"tax\"><h2>After tax</h2>";
    const int years = c.offers.front().projection.years;
    for (const Projected& p : c.offers) {
        const AfterTax& t = *p.after_tax;
        out += fmt::format(
            "<div class=\"wide\"><table><caption>{}: {}</caption><thead><tr><th scope=\"col\">year</th>"
            "<th scope=\"col\">gross</th>",
            esc(p.offer.name), esc(tax_place(t.profile)));
        for (const TaxPart& tp : kTaxParts) out += fmt::format("<th scope=\"col\">{}</th>", tp.words);
        std::vector<const SavedPart*> saved;  // the savings this offer has
        for (const SavedPart& sp : kSavedParts)
            if (!(t.saved.*sp.amount).is_zero()) saved.push_back(&sp);
        for (const SavedPart* sp : saved) out += fmt::format("<th scope=\"col\">{}</th>", sp->words);
        const bool match = !t.match.is_zero();
        out += std::string("<th scope=\"col\">net</th>") + (match ? "<th scope=\"col\">employer match</th>" : "") +
               "</tr></thead><tbody>";
        for (int y = 1; y <= years; ++y) {
            const YearTax& yt = t.years[static_cast<std::size_t>(y - 1)];
            out += fmt::format("<tr><th scope=\"row\">{}</th><td>{}</td>", y, yt.wages.pretty());
            for (const TaxPart& tp : kTaxParts) out += "<td>" + (yt.tax.*tp.amount).pretty() + "</td>";
            for (const SavedPart* sp : saved) out += "<td>" + (yt.saved.*sp->amount).pretty() + "</td>";
            out += "<td>" + yt.net.pretty() + "</td>" + (match ? "<td>" + yt.match.pretty() + "</td>" : "") + "</tr>";
        }
        out += "</tbody></table></div>";
        if (const std::string note = tax_savings_note(t.profile); !note.empty()) {
            const std::string caps = savings_caps_text(t);
            out += "<p>" +
                   esc(p.offer.name + ": net is take-home, after pre-tax savings. " + note +
                       (caps.empty() ? "" : " Capped: " + caps + ".")) +
                   "</p>";
        }
    }
    return out + "<p>" + esc(tax_caveat()) + "</p></section>\n";
}

/// The fan chart: for each offer, pay from the start to each year's end, a band from
/// the 10th to the 90th percentile of the paths and a line at the median.
std::string fan_chart(const Layout& l, const Odds& o) {
    const int years = o.years;
    Money top;
    for (const OfferOdds& x : o.offers) top = max(top, x.by_year.back().p90);
    LineChart frame = line_chart(l, years, 1, "years from the start", top, 10,
                                 "Spread under stock risk" + basis(o.options.after_tax, true),
                                 "For each offer, pay from the start to the end of each year over the simulated "
                                 "paths: a shaded band from the 10th to the 90th percentile and a line at the median.");
    const Scale &x = frame.x, &y = frame.y;
    std::string& svg = frame.svg;
    std::vector<double> ends;
    for (std::size_t i = 0; i < o.offers.size(); ++i) {
        const auto& by = o.offers[i].by_year;
        auto point = [&](int n, Money m) { return fmt::format("{},{}", num(x(static_cast<double>(n))), num(y(m))); };
        std::string band = point(0, Money()), median = point(0, Money());
        for (int n = 1; n <= years; ++n) {
            band += " " + point(n, by[static_cast<std::size_t>(n - 1)].p90);
            median += " " + point(n, by[static_cast<std::size_t>(n - 1)].p50);
        }
        for (int n = years; n >= 1; --n) band += " " + point(n, by[static_cast<std::size_t>(n - 1)].p10);
        svg += fmt::format(R"(<polygon points="{}" fill="{}" fill-opacity="0.18" stroke="{}" stroke-opacity="0.5"/>)",
                           band, line_colour(i), line_colour(i));
        svg += fmt::format(R"(<polyline points="{}" fill="none" stroke="{}" stroke-width="2"{}/>)", median,
                           line_colour(i), *line_dash(i) ? fmt::format(R"( stroke-dasharray="{}")", line_dash(i)) : "");
        ends.push_back(y(by.back().p50));
    }
    std::vector<std::string> names;
    for (const OfferOdds& x2 : o.offers) names.push_back(x2.name);
    svg += end_labels(l, names, ends, frame.right, frame.top_y, frame.bottom_y);
    return svg + "</svg>";
}

std::string spread(const Odds& o) {
    const int years = o.years;
    const OddsOptions& opt = o.options;
    const std::string pay = opt.after_tax ? "Net pay (after tax)" : "Pay";
    std::vector<std::string> names;
    for (const OfferOdds& x : o.offers) names.push_back(x.name);
    const std::string legend = line_legend(
        names, R"(<span><svg width="28" height="14" aria-hidden="true"><rect width="28" height="14" fill="#777" )"
               R"(fill-opacity="0.25"/></svg> band: 10th to 90th percentile</span> <span>line: the median</span>)");
    std::string table = fmt::format(
        "<div class=\"wide\"><table><caption>{} from the start over {} simulated paths (seed {}, correlation {})"
        "</caption><thead><tr><th scope=\"col\">offer</th><th scope=\"col\">volatility</th><th scope=\"col\">to the "
        "end of year</th><th scope=\"col\">p10</th><th scope=\"col\">p50</th><th scope=\"col\">p90</th>"
        "<th scope=\"col\">mean</th></tr></thead><tbody>",
        pay, grouped_count(opt.paths), opt.seed, opt.correlation);
    for (const OfferOdds& x2 : o.offers)
        for (int n = 1; n <= years; ++n) {
            const Spread& s = x2.by_year[static_cast<std::size_t>(n - 1)];
            table += fmt::format(
                "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>"
                "<td>{}</td></tr>",
                esc(x2.name), x2.volatility.ppm ? x2.volatility.percent() + "%" : "certain", n, s.p10.pretty(),
                s.p50.pretty(), s.p90.pretty(), s.mean.pretty());
        }
    table += "</tbody></table></div><ul>";
    for (const Versus& v : o.vs)
        table += fmt::format(
            "<li>{} pays more than {} on {} of the paths over {} years and on {} in year one{}.</li>",
            esc(o.offers.front().name), esc(v.against), percent_text(v.wins, opt.paths), years,
            percent_text(v.wins_year1, opt.paths),
            v.losses ? "; where it pays less, it is short by " + v.expected_shortfall.pretty() + " on average" : "");
    table += "</ul>";
    return "<section id=\"odds\"><h2>Under stock risk" + basis(opt.after_tax, true) + "</h2>" +
           figure([&](const Layout& l) { return fan_chart(l, o); }, legend) + table + "</section>\n";
}

/// Text of markup without its tags ("<abbr>x</abbr> y" -> "x y"), for an attribute.
std::string strip_tags(std::string_view html) {
    std::string out;
    bool in_tag = false;
    for (const char ch : html) {
        if (ch == '<' || ch == '>') in_tag = ch == '<';
        else if (!in_tag) out += ch == '"' ? std::string("&quot;") : std::string(1, ch);
    }
    return out;
}

/// One table of four columns or more, made to stack on a narrow screen: class "stack",
/// and each body cell carries its column's heading as data-label (the style shows it
/// before the cell when the rows stack). Tables of fewer columns are kept as they are.
std::string stackable(std::string_view table) {
    std::vector<std::string> heads;
    const std::size_t thead = table.find("<thead>"), thead_end = table.find("</thead>");
    if (thead == std::string_view::npos || thead_end == std::string_view::npos) return std::string(table);
    for (std::size_t at = table.find("<th", thead); at < thead_end; at = table.find("<th", at + 1)) {
        const std::size_t open = table.find('>', at), close = table.find("</th>", at);
        if (table.compare(at, 4, "<th>") != 0 && table.compare(at, 4, "<th ") != 0) continue;  // <thead>
        heads.push_back(strip_tags(table.substr(open + 1, close - open - 1)));
    }
    if (heads.size() < 4) return std::string(table);
    std::string out = "<table class=\"stack\"" + std::string(table.substr(6, thead_end - 6));
    std::size_t column = 0;
    for (std::size_t at = thead_end; at < table.size();) {
        const std::size_t next = table.find('<', at + 1);
        const std::string_view tag = table.substr(at, std::min(next, table.size()) - at);
        if (tag.rfind("<tr>", 0) == 0) column = 0;
        if (tag.rfind("<td", 0) == 0 || tag.rfind("<th ", 0) == 0 || tag.rfind("<th>", 0) == 0) {
            const std::size_t name_end = tag.find_first_of(" >");
            out += std::string(tag.substr(0, name_end)) + " data-label=\"" +
                   (column < heads.size() ? heads[column] : std::string()) + "\"" + std::string(tag.substr(name_end));
            ++column;
        } else {
            out += tag;
        }
        at = std::min(next, table.size());
    }
    return out;
}

/// The page with every table made stackable().
std::string stack_tables(const std::string& page) {
    std::string out;
    std::size_t at = 0;
    for (std::size_t open; (open = page.find("<table>", at)) != std::string::npos;) {
        const std::size_t close = page.find("</table>", open) + 8;
        out.append(page, at, open - at);
        out += stackable(std::string_view(page).substr(open, close - open));
        at = close;
    }
    return out + page.substr(at);
}

constexpr const char* kStyle = R"(
body { font: 16px/1.45 system-ui, sans-serif; color: #1a1a1a; margin: 0; background: #fff; }
main { max-width: 980px; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.6rem; margin: 0.5rem 0; }
h2 { font-size: 1.25rem; border-bottom: 1px solid #ccc; padding-bottom: 0.2rem; margin-top: 2rem; }
figure { margin: 1rem 0; }
figcaption { font-size: 0.85rem; color: #555; }
svg { width: 100%; height: auto; }
svg.chart { font-family: "DejaVu Sans Mono", monospace; font-size: 12px; display: block; }
svg.chart.narrow { display: none; }
svg.defs { position: absolute; width: 0; height: 0; }
.legend { font-size: 0.9rem; }
.legend svg { width: auto; height: 14px; vertical-align: middle; }
.legend span { margin-right: 1rem; white-space: nowrap; }
.small svg.chart.wide { max-width: 760px; }
.wide { overflow-x: auto; }
table { border-collapse: collapse; margin: 0.5rem 0; font-size: 0.9rem; }
caption { text-align: left; font-weight: bold; padding: 0.3rem 0; }
th, td { border: 1px solid #ccc; padding: 0.25rem 0.5rem; text-align: right; }
th[scope="row"], thead th:first-child { text-align: left; }
blockquote { border-left: 4px solid #3d6a98; margin: 0.5rem 0; padding: 0.2rem 1rem; background: #f5f7fa; }
.warning { color: #8a4b00; }
.meta { color: #555; }
@media screen and (max-width: 600px) {
  main { padding: 0.75rem; }
  svg.chart.wide { display: none; }
  svg.chart.narrow { display: block; }
  ol { padding-left: 1.4rem; }
  table { font-size: 0.8rem; }
  th, td { padding: 0.2rem 0.3rem; }
  table.stack, table.stack tbody, table.stack tr { display: block; }
  table.stack caption { display: block; }
  table.stack thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  table.stack tr { border: 1px solid #ccc; margin: 0 0 0.4rem; }
  table.stack td, table.stack th { display: flex; justify-content: space-between; gap: 0.75rem; border: none; }
  table.stack th[scope="row"] { background: #f0f3f7; }
  table.stack td::before { content: attr(data-label); text-align: left; color: #555; }
  table.stack td:empty { display: none; }
}
@media print {
  @page { size: letter; margin: 0.5in; }
  body { font-size: 9.5pt; line-height: 1.25; }
  main { max-width: none; padding: 0; }
  h1 { font-size: 14pt; }
  h2 { font-size: 11.5pt; margin: 0.8rem 0 0.3rem; break-after: avoid; }
  h3, caption { break-after: avoid; }
  h3 { font-size: 10pt; margin: 0.4rem 0 0.2rem; }
  p, ul, ol { margin: 0.3rem 0; }
  #gaps, #tax > div, #script blockquote { break-inside: avoid; }
  figure { margin: 0.3rem 0; break-inside: avoid; }
  svg.chart.wide { max-height: 2.5in; }
  .small svg.chart.wide { max-width: 5.5in; }
  .wide { overflow: visible; }
  table { font-size: 8.5pt; margin: 0.3rem 0; break-inside: avoid; }
  th, td { padding: 0.1rem 0.35rem; }
  li { break-inside: avoid; }
  details { display: none; }
  blockquote { background: none; }
}
)";

}  // namespace

std::string report_html(const Comparison& c, const Odds* odds) {
    const Projected& me = c.offers.front();
    std::vector<std::string> others;
    for (std::size_t i = 1; i < c.offers.size(); ++i) others.push_back(c.offers[i].offer.name);
    const std::string title = others.empty()
                                  ? me.offer.name + " against " + c.goal_label
                                  : fmt::format("{} compared with {}", me.offer.name, fmt::join(others, ", "));
    std::string out =
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
        esc(title) + "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n" + pattern_defs(any_options(c)) +
        "<main>\n<h1>" + esc(title) + "</h1>\n";
    out += fmt::format(
        "<p class=\"meta\">Over {} years from each start date, as of {}; figures in US dollars, gross "
        "pay{}. Made by offercalc.</p>\n",
        me.projection.years, c.timeline.today.iso(),
        c.after_tax ? " (the gaps and the asks' aim are in net pay after tax)" : "");
    out += packages(c) + by_year(c) + past_four(c) + (any_options(c) ? stock_options(c) : "") + cumulative(c) +
           (c.gaps.empty() ? "" : gaps(c)) + asks(c) + timeline(c) + scripts(c) + assumptions(c) + taxes(c) +
           (odds ? spread(*odds) : "");
    out += "</main>\n</body>\n</html>\n";
    return stack_tables(out);
}

}  // namespace offercalc
