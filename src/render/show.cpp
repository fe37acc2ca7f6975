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

#include "offercalc/layout.hpp"
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

void tax_json(std::string& s, const TaxLines& t) {
    s += '{';
    for (const TaxPart& part : kTaxParts) {
        s += '"';
        s += part.key;
        s += "\": ";
        (t.*part.amount).append_plain(s);
        s += ", ";
    }
    s += "\"total\": ";
    t.total.append_plain(s);
    s += '}';
}

void saved_json(std::string& s, const SavedLines& t) {
    s += '{';
    for (const SavedPart& part : kSavedParts) {
        s += '"';
        s += part.key;
        s += "\": ";
        (t.*part.amount).append_plain(s);
        s += ", ";
    }
    s += "\"total\": ";
    t.total.append_plain(s);
    s += '}';
}

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

std::string tax_assumptions_json(const TaxProfile& p) {
    return fmt::format(
        "{{\"tax_year\": {}, \"filing\": \"{}\", \"state\": {}, \"city\": {}, \"basis\": {}, "
        "\"note\": {}}}",
        tax_year(), to_string(p.filing), json_string(p.state), p.city.empty() ? "null" : json_string(p.city),
        json_string(tax_basis(p)), json_string(tax_assumptions(p)));
}

namespace {

/// The length of the UTF-8 character at s[i] (RFC 3629: no overlong forms, no
/// surrogates, nothing past U+10FFFF), or 0 when the bytes there are not one.
std::size_t utf8_length(std::string_view s, std::size_t i) {
    const auto at = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
    const unsigned char b = at(0);
    if (b < 0x80) return 1;
    const std::size_t len = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
    if (len == 0 || i + len > s.size()) return 0;
    for (std::size_t k = 1; k < len; ++k)
        if ((at(k) & 0xC0) != 0x80) return 0;
    // The second byte's range narrows for the leads that could spell an overlong
    // form (E0, F0), a surrogate (ED) or a code point past U+10FFFF (F4).
    if ((b == 0xE0 && at(1) < 0xA0) || (b == 0xED && at(1) > 0x9F) || (b == 0xF0 && at(1) < 0x90) ||
        (b == 0xF4 && at(1) > 0x8F))
        return 0;
    return len;
}

/// Whether all eight bytes at p are printable ASCII other than '"' and '\\', tested a
/// word at a time: a byte at or above 0x80 sets its top bit, and the classic "has a
/// byte less than n" and "has a zero byte" tests find the rest (they may misplace a
/// byte but never miss one).
bool plain_ascii8(const char* p) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    constexpr std::uint64_t kOnes = 0x0101010101010101, kTops = 0x8080808080808080;
    const auto has_zero = [](std::uint64_t x) { return (x - kOnes) & ~x & kTops; };
    const std::uint64_t below_space = (w - kOnes * 0x20) & ~w & kTops;
    return ((w & kTops) | below_space | has_zero(w ^ (kOnes * '"')) | has_zero(w ^ (kOnes * '\\')) |
            has_zero(w ^ (kOnes * 0x7F))) == 0;
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
    // Valid UTF-8 is copied in runs, but for what JSON escapes: quotes, backslashes
    // and control characters (C0 spelled as nlohmann spells them; DEL and C1 too, as
    // \u007f and \u0080-\u009f: the same string, and no control byte on a terminal). A string that is not
    // valid UTF-8 goes through nlohmann, which replaces the invalid bytes.
    const std::size_t start = out.size();
    out += '"';
    std::size_t copied = 0;  // s[0, copied) is in out
    // 0: printable ASCII, copied; 1: escaped; 2: the first byte of a longer character.
    static constexpr auto kKind = [] {
        std::array<unsigned char, 256> k{};
        for (int b = 0; b < 256; ++b) k[b] = b < 0x20 || b == 0x7F || b == '"' || b == '\\' ? 1 : b >= 0x80 ? 2 : 0;
        return k;
    }();
    for (std::size_t i = 0; i < s.size();) {
        if (i + 8 <= s.size() && plain_ascii8(s.data() + i)) {
            i += 8;
            continue;
        }
        const auto b = static_cast<unsigned char>(s[i]);
        if (kKind[b] == 0) {
            ++i;
            continue;
        }
        if (kKind[b] == 2) {
            const std::size_t len = utf8_length(s, i);
            if (len == 0) {  // invalid UTF-8: each bad byte becomes U+FFFD as nlohmann has it, then as above
                out.resize(start);
                const std::string fixed =
                    nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
                append_json_string(out, nlohmann::json::parse(fixed).get<std::string>());
                return;
            }
            const auto next = static_cast<unsigned char>(s[i + 1]);
            if (b == 0xC2 && next < 0xA0) {  // a C1 control: escaped, as a terminal could act on it
                out.append(s, copied, i - copied);
                out += fmt::format("\\u{:04x}", next);
                copied = i += 2;
                continue;
            }
            i += len;
            continue;
        }
        out.append(s, copied, i - copied);
        switch (b) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default: out += fmt::format("\\u{:04x}", b);
        }
        copied = ++i;
    }
    out.append(s, copied);
    out += '"';
}

std::string json_string(std::string_view s) {
    std::string out;
    append_json_string(out, s);
    return out;
}

std::string assumptions_text(const Offer& o) {
    std::string s =
        fmt::format("{}; stock growth {}%/yr ({})", schedule_text(o), o.growth.percent(), to_string(o.convention));
    if (o.raise.ppm != 0) s += fmt::format("; raise {}%/yr from year 2", o.raise.percent());
    if (o.bonus.ppm != 0) s += fmt::format("; bonus {}% of base", o.bonus.percent());
    if (!o.refreshers.empty()) s += fmt::format("; {} refresher grant(s)", o.refreshers.size());
    return s;
}

std::string describe_offer(const Offer& o) {
    std::vector<std::string> parts;
    for (const std::string* s : {&o.company, &o.level, &o.role, &o.location})
        if (!s->empty()) parts.push_back(*s);
    return fmt::format("{}", fmt::join(parts, ", "));
}

namespace {

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
    for (const PayPart& part : kPayParts) row(part.key, part.amount);
    row("total", &Components::total);
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
    for (int n = 2; n <= pr.years; ++n)
        if (pr.y(n).total < pr.y(n - 1).total)
            out += hang(
                "dip: ", fmt::format("year {} pays {} less than year {}", n, pr.y(n - 1).total - pr.y(n).total, n - 1),
                width);
    if (!pr.equity_after.is_zero())
        out += hang("not shown: ",
                    fmt::format("{} of the grants (at grant value) vests after year {} and is not in the total",
                                pr.equity_after, pr.years),
                    width);
    out += hang("assumes: ", assumptions_text(o), width);
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
        out += hang("tax: ", tax_assumptions(net->profile), width);
    }
    return out;
}

std::string offer_json(const Projected& p) {
    // Hot in `batch`: appended piece by piece, no format strings parsed per offer.
    const Offer& o = p.offer;
    const Projection& pr = p.projection;
    std::string s;
    s.reserve(1024);
    auto money = [&s](Money m) { m.append_plain(s); };
    s += "{\"name\": ";
    append_json_string(s, o.name);
    s += ", \"file\": ";
    append_json_string(s, o.file);
    s += ", \"kind\": \"";
    s += to_string(o.kind);
    s += "\", \"warnings\": [";
    for (std::size_t i = 0; i < o.warnings.size(); ++i) {
        if (i > 0) s += ", ";
        append_json_string(s, o.warnings[i]);
    }
    s += "], \"years\": [";
    for (int n = 1; n <= pr.years; ++n) {
        const Components& c = pr.y(n);
        if (n > 1) s += ", ";
        s += "{\"year\": ";
        s += fmt::format_int(n).c_str();
        for (const PayPart& part : kPayParts) {
            s += ", \"";
            s += part.key;
            s += "\": ";
            money(c.*part.amount);
        }
        s += ", \"total\": ";
        money(c.total);
        if (p.after_tax) {
            const YearTax& y = p.after_tax->years[static_cast<std::size_t>(n - 1)];
            s += ", \"tax\": ";
            tax_json(s, y.tax);
            s += ", \"saved\": ";
            saved_json(s, y.saved);
            s += ", \"roth_catch_up\": ";
            money(y.roth_catch_up);
            s += ", \"match\": ";
            money(y.match);
            s += ", \"net\": ";
            money(y.net);
            s += ", \"supplemental_withheld\": ";
            money(y.supplemental_withheld);
            s += ", \"withholding_shortfall\": ";
            money(y.withholding_shortfall);
        }
        s += '}';
    }
    s += "], \"total\": ";
    money(pr.sum.total);
    if (p.after_tax) {
        s += ", \"tax\": ";
        tax_json(s, p.after_tax->tax);
        s += ", \"saved\": ";
        saved_json(s, p.after_tax->saved);
        s += ", \"match\": ";
        money(p.after_tax->match);
        s += ", \"net_total\": ";
        money(p.after_tax->net_total);
        s += ", \"withholding_shortfall\": ";
        money(p.after_tax->withholding_shortfall);
    }
    s += ", \"assumptions\": {\"rsu_grant\": ";
    money(o.rsu ? o.rsu->value : Money());
    s += ", \"vesting\": ";
    if (o.rsu) append_json_string(s, o.rsu->schedule.name);
    else s += "null";
    s += ", \"vesting_by_year\": [";
    if (o.rsu) {
        const std::vector<std::string> percents = o.rsu->schedule.yearly_percents();
        for (std::size_t i = 0; i < percents.size(); ++i) s.append(i > 0 ? ", " : "").append(percents[i]);
    }
    s += "], \"stock_growth_pct\": ";
    s += o.growth.percent();
    s += ", \"growth_convention\": \"";
    s += to_string(o.convention);
    s += "\", \"raise_pct\": ";
    s += o.raise.percent();
    s += ", \"bonus_pct\": ";
    s += o.bonus.percent();
    s += ", \"refreshers\": ";
    s += fmt::format_int(o.refreshers.size()).c_str();
    if (p.after_tax) {
        s += ", \"tax\": ";
        s += tax_assumptions_json(p.after_tax->profile);
    }
    s += "}, \"adjustments\": [";
    for (std::size_t i = 0; i < p.adjustments.size(); ++i) {
        if (i > 0) s += ", ";
        append_json_string(s, p.adjustments[i]);
    }
    s += "]}";
    return s;
}

std::string offers_json(const std::vector<Projected>& ps) {
    std::vector<std::string> items;
    for (const Projected& p : ps) items.push_back(offer_json(p));
    return fmt::format("{}\"offers\": [{}]}}\n", json_head(), fmt::join(items, ", "));
}

std::string presets_json() {
    std::vector<std::string> items;
    for (const Schedule& s : vesting_presets()) {
        std::vector<std::string> tranches;
        for (const Tranche& t : s.tranches)
            tranches.push_back(fmt::format("{{\"month\": {}, \"weight\": {}}}", t.month, t.weight));
        items.push_back(fmt::format(
            "{{\"name\": {}, \"yearly_percents\": [{}], \"denominator\": {}, \"tranches\": [{}]}}", json_string(s.name),
            fmt::join(s.yearly_percents(), ", "), s.denominator, fmt::join(tranches, ", ")));
    }
    return fmt::format("{}\"presets\": [{}]}}\n", json_head(), fmt::join(items, ", "));
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
