#include "offercalc/summary.hpp"

#include <algorithm>
#include <array>

#include <fmt/format.h>
#include <fmt/ranges.h>  // fmt::join (fmt 10 and later)

#include "offercalc/json_writer.hpp"
#include "offercalc/error.hpp"
#include "offercalc/parse.hpp"
#include "offercalc/show.hpp"
#include "offercalc/schema.hpp"
#include "offercalc/text.hpp"
#include "core/wide.hpp"

namespace offercalc {

// ------------------------------------------------------------------ compact amounts

namespace {

struct Unit {
    const char* suffix;
    std::int64_t cents;                 ///< one unit in cents
    std::array<std::int64_t, 3> steps;  ///< the rounding step in cents at levels 0, 1, 2 (k: see step())
};
constexpr Unit kUnits[] = {
    {"", 100, {100, 1, 1}},
    {"k", 100'000, {}},
    {"M", 100'000'000, {100'000, 10'000, 1'000}},
    {"B", 100'000'000'000, {100'000'000, 10'000'000, 1'000'000}},
    {"T", 100'000'000'000'000, {100'000'000'000, 10'000'000'000, 1'000'000'000}},
};

/// The rounding step in cents. Thousands keep three significant digits at level 0
/// ($5.25k, $52.5k, $525k), one more per level, and never go below a dollar.
std::int64_t step(const Unit& u, std::int64_t mag, std::size_t level) {
    if (u.cents != 100'000) return u.steps[level];
    std::int64_t s = mag >= 10'000'000 ? 100'000 : mag >= 1'000'000 ? 10'000 : 1'000;  // level 0
    for (std::size_t l = 0; l < level && s > 100; ++l) s /= 10;
    return s;
}

/// mag / unit written with as many decimals as the unit's step needs, trailing zeros dropped.
std::string in_unit(std::int64_t mag, const Unit& u, std::int64_t step) {
    std::string s = grouped_count(mag / u.cents);  // past 999T: "1,023"
    int decimals = 0;
    for (std::int64_t r = u.cents; r > step; r /= 10) ++decimals;
    if (decimals == 0) return s;
    std::string frac = fmt::format("{:0{}}", (mag % u.cents) / step, decimals);
    if (u.cents == 100) return frac == "00" ? s : s + "." + frac;  // dollars keep two-digit cents
    while (!frac.empty() && frac.back() == '0') frac.pop_back();
    return frac.empty() ? s : s + "." + frac;
}

}  // namespace

std::string compact(Money m, int level) {
    if (level >= kExactLevel) return m.pretty();
    const std::int64_t cents = m.in_cents();
    if (cents == std::numeric_limits<std::int64_t>::min()) return m.pretty();
    const std::int64_t mag = cents < 0 ? -cents : cents;
    const auto lvl = static_cast<std::size_t>(level);
    for (std::size_t i = 0; i < std::size(kUnits); ++i) {
        const Unit& u = kUnits[i];
        const bool last = i + 1 == std::size(kUnits);
        if (!last && mag >= kUnits[i + 1].cents) continue;
        const std::int64_t s = step(u, mag, lvl);
        const std::int64_t rounded = round_half_away(mag, s) * s;
        if (!last && rounded >= kUnits[i + 1].cents) continue;  // rounding carried it into the next unit
        return fmt::format("{}${}{}", cents < 0 ? "-" : "", in_unit(rounded, u, s), u.suffix);
    }
    return m.pretty();  // not reached
}

int distinct_level(const std::vector<Money>& figures) {
    for (int level = 0; level < kExactLevel; ++level) {
        bool clash = false;
        for (std::size_t i = 0; i < figures.size() && !clash; ++i)
            for (std::size_t j = i + 1; j < figures.size() && !clash; ++j)
                clash = figures[i] != figures[j] && compact(figures[i], level) == compact(figures[j], level);
        if (!clash) return level;
    }
    return kExactLevel;
}

// ------------------------------------------------------------------ summary

namespace {

/// The grant's yearly percents, "5/15/40/40", or "25%/y" when every year is the same.
std::string vesting_text(const Offer& o) {
    if (!o.rsu) return "";
    const std::vector<std::string> years = o.rsu->schedule.yearly_percents();
    if (years.size() > 1 &&
        std::all_of(years.begin(), years.end(), [&](const std::string& y) { return y == years[0]; }))
        return years[0] + "%/y";
    return fmt::format("{}", fmt::join(years, "/"));
}

std::string adjusted_text(const Projected& p) {
    return p.brief_adjustments.empty() ? "" : fmt::format("adjusted: {}", fmt::join(p.brief_adjustments, ", "));
}

}  // namespace

std::string render_summary_line(const Projected& p, bool exact) {
    const Offer& o = p.offer;
    const Projection& pr = p.projection;
    const Money with_assumed = pr.sum.total + pr.assumed_refresh_sum + pr.promotion_sum;
    std::vector<Money> figures = {o.base, o.sign_on_y1, o.sign_on_y2, pr.sum.total};
    if (pr.has_assumptions()) figures.push_back(with_assumed);
    if (o.rsu) figures.push_back(o.rsu->value);
    if (o.options) figures.push_back(pr.sum.options);
    if (p.after_tax) figures.push_back(p.after_tax->net_total);
    for (int n = 1; n <= pr.years; ++n) figures.push_back(pr.y(n).total);
    const int level = exact ? kExactLevel : distinct_level(figures);
    auto m = [level](Money x) { return compact(x, level); };

    std::vector<std::string> parts;
    parts.push_back(o.bonus.ppm == 0 ? m(o.base) + " base"
                                     : fmt::format("{} base +{}% bonus", m(o.base), o.bonus.percent()));
    if (!o.sign_on_y2.is_zero()) parts.push_back(fmt::format("{}/{} sign-on", m(o.sign_on_y1), m(o.sign_on_y2)));
    else if (!o.sign_on_y1.is_zero()) parts.push_back(m(o.sign_on_y1) + " sign-on");
    if (o.rsu) parts.push_back(fmt::format("{} RSU {}", m(o.rsu->value), vesting_text(o)));
    if (!o.refreshers.empty())
        parts.push_back(fmt::format("{} refresher{}", o.refreshers.size(), o.refreshers.size() == 1 ? "" : "s"));
    if (o.options)  // paper value, not cash: said so, with the price it is counted at
        parts.push_back(fmt::format("options {} on paper at {}", m(pr.sum.options), o.options->price().text()));
    std::vector<std::string> years;
    for (int n = 1; n <= pr.years; ++n) years.push_back(m(pr.y(n).total));
    std::string line =
        fmt::format("{}: {}; {} = {}", o.name, fmt::join(parts, ", "), fmt::join(years, " "), m(pr.sum.total));
    if (pr.has_assumptions()) line += fmt::format("; {} with assumed pay (not offered)", m(with_assumed));
    if (p.after_tax) {
        const TaxProfile& t = p.after_tax->profile;
        line += fmt::format("; net {} after tax in {}{}, {}", m(p.after_tax->net_total), t.state,
                            t.city.empty() ? "" : " (" + t.city + ")", filing_words(t.filing));
    }
    if (!p.brief_adjustments.empty()) line += " (" + adjusted_text(p) + ")";
    return line + "\n";
}

std::string summary_json(const Projected& p) {
    const Offer& o = p.offer;
    std::string s;
    JsonWriter w(s);
    w.document().field("name", o.name).field("base", o.base).field("bonus_pct", o.bonus);
    w.field("sign_on_y1", o.sign_on_y1)
        .field("sign_on_y2", o.sign_on_y2)
        .field("rsu_grant", o.rsu ? o.rsu->value : Money());
    w.key("vesting").raws(yearly_percents(o)).field("options", p.projection.sum.options);
    w.key("years").array();
    for (int n = 1; n <= p.projection.years; ++n) w.value(p.projection.y(n).total);
    const Projection& pr = p.projection;
    w.end_array()
        .field("total", pr.sum.total)
        .field("guaranteed", guaranteed(pr.sum))
        .field("at_risk", at_risk(pr.sum));
    w.field("total_with_assumptions", pr.sum.total + pr.assumed_refresh_sum + pr.promotion_sum);
    if (const auto& net = p.after_tax) {
        w.key("net_years").list(net->years, [&](const YearTax& y) { w.value(y.net); });
        w.field("net_total", net->net_total);
        write_tax_assumptions(w.key("tax"), net->profile);
    }
    w.key("adjusted").values(p.brief_adjustments).end_object();
    return s + "\n";
}

// ------------------------------------------------------------------ --format

namespace {

enum class Kind { Text, Money, Percent, Count };

struct FieldDef {
    std::string name;
    Kind kind;
};

const std::vector<FieldDef>& field_defs() {
    static const std::vector<FieldDef> defs = [] {
        std::vector<FieldDef> d = {
            {"name", Kind::Text},
            {"company", Kind::Text},
            {"level", Kind::Text},
            {"role", Kind::Text},
            {"location", Kind::Text},
            {"kind", Kind::Text},
            {"file", Kind::Text},
            {"base", Kind::Money},
            {"sign_on_y1", Kind::Money},
            {"sign_on_y2", Kind::Money},
            {"rsu_grant", Kind::Money},
            {"vesting", Kind::Text},
            {"bonus_pct", Kind::Percent},
            {"raise_pct", Kind::Percent},
            {"stock_growth_pct", Kind::Percent},
            {"years", Kind::Count},
            {"total", Kind::Money},
            {"adjusted", Kind::Text},
            {"net_total", Kind::Money},
            {"guaranteed", Kind::Money},
            {"at_risk", Kind::Money},
            {"with_assumptions", Kind::Money},
            {"options", Kind::Money},
        };
        for (int n = 1; n <= kMaxYears; ++n) d.push_back({fmt::format("y{}", n), Kind::Money});
        return d;
    }();
    return defs;
}

const FieldDef* find_field(std::string_view name) {
    for (const FieldDef& f : field_defs())
        if (f.name == name) return &f;
    return nullptr;
}

/// Whole thousands, rounded half away from zero, grouped: "$1,057k".
std::string thousands(Money v) {
    const std::string whole = Money::cents(round_half_away(v.in_cents(), 100'000) * 100).pretty();
    return whole.substr(0, whole.size() - 3) + "k";  // drop ".00"
}

[[noreturn]] void bad_format(const std::string& why) { throw usage_error(Subject::Kind::Format, why); }

/// The money value of a field (`year` for y1..y10, checked against the years by the caller).
Money money_of_field(const std::string& name, int year, const Projected& p) {
    const Offer& o = p.offer;
    if (name == "base") return o.base;
    if (name == "sign_on_y1") return o.sign_on_y1;
    if (name == "sign_on_y2") return o.sign_on_y2;
    if (name == "rsu_grant") return o.rsu ? o.rsu->value : Money();
    const Projection& pr = p.projection;
    if (name == "total") return pr.sum.total;
    if (name == "options") return pr.sum.options;
    if (name == "guaranteed") return guaranteed(pr.sum);
    if (name == "at_risk") return at_risk(pr.sum);
    if (name == "with_assumptions") return pr.sum.total + pr.assumed_refresh_sum + pr.promotion_sum;
    if (name == "net_total") {
        if (!p.after_tax) bad_format("{net_total} needs --after-tax (and the offer's state: \"tax\" or --state)");
        return p.after_tax->net_total;
    }
    return p.projection.y(year).total;
}

}  // namespace

const std::vector<std::string>& format_fields() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> v;
        for (const FieldDef& f : field_defs()) v.push_back(f.name);
        return v;
    }();
    return names;
}

LineFormat::LineFormat(std::string_view text) {
    std::string literal;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if ((c == '{' || c == '}') && i + 1 < text.size() && text[i + 1] == c) {
            literal += c;
            ++i;
            continue;
        }
        if (c == '}') bad_format(fmt::format("a lone '}}' at character {}; write '}}}}' for a brace", i + 1));
        if (c != '{') {
            literal += c;
            continue;
        }
        const auto close = text.find('}', i);
        if (close == std::string_view::npos)
            bad_format(fmt::format("'{{' at character {} is not closed; write '{{{{' for a brace", i + 1));
        const std::string_view inside = text.substr(i + 1, close - i - 1);
        const auto colon = inside.find(':');
        const std::string name(inside.substr(0, colon));
        const std::string spec = colon == std::string_view::npos ? "" : std::string(inside.substr(colon + 1));
        const FieldDef* f = find_field(name);
        if (!f) {
            const std::string near = closest_match(name, format_fields());
            bad_format(fmt::format("unknown field {{{}}}{}; fields: {}", name,
                                   near.empty() ? "" : fmt::format(" (did you mean {{{}}}?)", near),
                                   fmt::join(format_fields(), ", ")));
        }
        const bool ok = spec.empty() || (f->kind == Kind::Money && (spec == "k" || spec == "exact" || spec == "raw")) ||
                        (f->kind == Kind::Percent && spec == "raw");
        if (!ok)
            bad_format(fmt::format("{{{}:{}}}: {}", name, spec,
                                   f->kind == Kind::Money     ? "an amount takes :k, :exact or :raw"
                                   : f->kind == Kind::Percent ? "a percent takes :raw"
                                                              : "this field takes no spec"));
        if (!literal.empty()) pieces_.push_back({std::move(literal), "", false});
        literal.clear();
        const bool is_year = name.size() >= 2 && name[0] == 'y' && name[1] >= '1' && name[1] <= '9';
        pieces_.push_back({name, spec, true, is_year ? std::stoi(name.substr(1)) : 0});
        i = close;
    }
    if (!literal.empty()) pieces_.push_back({std::move(literal), "", false});
}

std::string LineFormat::apply(const Projected& p) const {
    const Offer& o = p.offer;
    const int years = p.projection.years;
    std::vector<Money> compact_figures;
    for (const Piece& piece : pieces_) {
        if (!piece.field || find_field(piece.text)->kind != Kind::Money) continue;
        if (piece.year > years)
            bad_format(fmt::format("{{{}}}: the projection has {} year{}; give --years {}", piece.text, years,
                                   years == 1 ? "" : "s", piece.text.substr(1)));
        if (piece.spec.empty()) compact_figures.push_back(money_of_field(piece.text, piece.year, p));
    }
    const int level = distinct_level(compact_figures);
    std::string out;
    for (const Piece& piece : pieces_) {
        if (!piece.field) {
            out += piece.text;
            continue;
        }
        const std::string& name = piece.text;
        switch (find_field(name)->kind) {
            case Kind::Money: {
                const Money v = money_of_field(name, piece.year, p);
                if (piece.spec == "raw") out += v.plain();
                else if (piece.spec == "exact") out += v.pretty();
                else if (piece.spec == "k") out += thousands(v);
                else out += compact(v, level);
                break;
            }
            case Kind::Percent: {
                const Rate r = name == "bonus_pct" ? o.bonus : name == "raise_pct" ? o.raise : o.growth;
                out += piece.spec == "raw" ? r.percent() : r.percent() + "%";
                break;
            }
            case Kind::Count: out += fmt::format("{}", years); break;
            case Kind::Text:
                if (name == "name") out += o.name;
                else if (name == "company") out += o.company;
                else if (name == "level") out += o.level;
                else if (name == "role") out += o.role;
                else if (name == "location") out += o.location;
                else if (name == "kind") out += to_string(o.kind);
                else if (name == "file") out += o.file;
                else if (name == "vesting") out += vesting_text(o);
                else if (name == "adjusted") out += adjusted_text(p);
                break;
        }
    }
    return out + "\n";
}

}  // namespace offercalc
