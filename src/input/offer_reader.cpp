#include "offercalc/parse.hpp"

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdlib>

#include <fmt/format.h>
#include <fmt/ranges.h>  // fmt::join (fmt 10 and later)

#include "input/json_tree.hpp"
#include "offercalc/amount.hpp"
#include "offercalc/error.hpp"
#include "offercalc/fields.hpp"
#include "offercalc/tax.hpp"
#include "offercalc/text.hpp"
#include "core/wide.hpp"

namespace offercalc {

using detail::JNode;
using Kind = detail::JNode::Kind;

namespace {

const std::vector<std::string> kTopKeys = {"name",
                                           "company",
                                           "level",
                                           "role",
                                           "location",
                                           "start_date",
                                           "offer_date",
                                           "close_date",
                                           "base",
                                           "raise_pct",
                                           "sign_on",
                                           "bonus_pct",
                                           "bonus_payout_pct",
                                           "rsu",
                                           "refreshers",
                                           "refresh",
                                           "promotion",
                                           "options",
                                           "stock_growth_pct",
                                           "growth_convention",
                                           "volatility_pct",
                                           "other",
                                           "band",
                                           "fixed",
                                           "floor",
                                           "target",
                                           "transition",
                                           "kind",
                                           "level_rank",
                                           "holidays",
                                           "tax",
                                           "first_choice",
                                           "notes",
                                           "$schema"};

/// The default name: the file's name without its extension, or with it when the stem
/// alone would show as blank space ("   .json").
std::string stem(const std::string& source) {
    if (source == "<stdin>") return "stdin";
    const std::string base = source.substr(source.find_last_of('/') + 1);
    std::string s = base;
    const auto dot = s.rfind('.');
    if (dot != std::string::npos && dot > 0) s.erase(dot);
    if (!s.empty() && !label_problem(s, INT_MAX, true).empty()) s = base;
    return s.empty() ? source : s;
}

/// Reads a validated document; every error names the source and the JSON path.
class Reader {
public:
    Reader(const std::string& source, const std::vector<Override>& overrides)
        : source_(source), overrides_(overrides) {}

    /// A value that a --set override put at `path` (or above it) is the flag's: a usage
    /// Error naming it; anything else is the file's.
    [[noreturn]] void fail(const std::string& path, const std::string& message) const {
        for (auto ov = overrides_.rbegin(); ov != overrides_.rend(); ++ov) {
            const std::string& p = ov->path;
            if (path.rfind(p, 0) == 0 && (path.size() == p.size() || path[p.size()] == '.' || path[p.size()] == '['))
                throw usage_error(Subject::override_of(path), message);
        }
        throw data_error(fmt::format("{}: {}: {}", source_, path.empty() ? "(top level)" : path, message));
    }
    [[noreturn]] void expected(const std::string& path, const std::string& what, const JNode& found) const {
        fail(path, fmt::format("expected {}, found {}", what, detail::describe(found)));
    }

    void keys(const JNode& obj, const std::string& path, const std::vector<std::string>& allowed) const {
        for (std::size_t i = 0; i < obj.keys.size(); ++i) {
            const std::string& k = obj.keys[i];
            if (std::find(allowed.begin(), allowed.end(), k) != allowed.end()) continue;
            const std::string near = closest_match(k, allowed);
            fail(detail::join_path(path, visible(k)),
                 fmt::format("unknown key; expected one of {}{}", fmt::join(allowed, ", "),
                             near.empty() ? "" : fmt::format("; did you mean \"{}\"?", near)));
        }
    }

    const JNode& object(const JNode& n, const std::string& path) const {
        if (n.kind != Kind::Object) expected(path, "an object", n);
        return n;
    }
    const JNode& array(const JNode& n, const std::string& path) const {
        if (n.kind != Kind::Array) expected(path, "an array", n);
        return n;
    }
    std::string text(const JNode& n, const std::string& path) const {
        if (n.kind != Kind::String) expected(path, "a string", n);
        return n.text;
    }
    /// A label shown in tables, scripts and pages: at most kMaxLabelColumns columns
    /// (at least one when `required`) of valid UTF-8 without control characters.
    std::string label(const JNode& n, const std::string& path, bool required = false) const {
        std::string s = text(n, path);
        if (const std::string why = label_problem(s, kMaxLabelColumns, required); !why.empty())
            fail(path, fmt::format("expected a label of {} {} characters (wide ones count two) without control "
                                   "characters, found {}: {}",
                                   required ? "1 to" : "at most", kMaxLabelColumns, detail::describe(n), why));
        return s;
    }
    bool boolean(const JNode& n, const std::string& path) const {
        if (n.kind != Kind::Bool) expected(path, "true or false", n);
        return n.boolean;
    }
    Money money(const JNode& n, const std::string& path, bool positive = false) const {
        if (n.kind != Kind::Number) expected(path, "an amount in dollars (a number)", n);
        std::int64_t cents = 0;
        if (!parse_scaled_decimal(n.text, 2, cents)) {
            // Either finer than a cent or beyond int64 cents: say which.
            if (std::fabs(std::strtod(n.text.c_str(), nullptr)) < 1e12)
                expected(path, "an amount with at most two decimals (cents)", n);
            expected(path, "an amount of at most 1000000000000", n);
        }
        if (cents < 0 || (positive && cents == 0))
            expected(path, positive ? "a positive amount" : "a non-negative amount", n);
        if (cents > kMaxInputCents) expected(path, "an amount of at most 1000000000000", n);
        return Money::cents(cents);
    }
    /// A percent between lo and hi (inclusive; lo exclusive when lo_open).
    Rate percent(const JNode& n, const std::string& path, PercentRange allowed) const {
        if (n.kind != Kind::Number) expected(path, range_text(allowed) + " (a number)", n);
        std::int64_t ppm = 0;
        if (!parse_scaled_decimal(n.text, 4, ppm))  // too precise, or too large for any percent
            expected(path,
                     range_text(allowed) +
                         (std::fabs(std::strtod(n.text.c_str(), nullptr)) < 1e6 ? " with at most four decimals" : ""),
                     n);
        if (!in_range(allowed, Rate{ppm})) expected(path, range_text(allowed), n);
        return Rate{ppm};
    }
    int integer(const JNode& n, const std::string& path, int lo, int hi) const {
        std::int64_t v = 0;
        if (n.kind != Kind::Number || !parse_scaled_decimal(n.text, 0, v) || v < lo || v > hi)
            expected(path, fmt::format("a whole number from {} to {}", lo, hi), n);
        return static_cast<int>(v);
    }
    /// A whole count (shares) from lo to hi.
    std::int64_t count(const JNode& n, const std::string& path, std::int64_t lo, std::int64_t hi) const {
        std::int64_t v = 0;
        if (n.kind != Kind::Number || !parse_scaled_decimal(n.text, 0, v) || v < lo || v > hi)
            expected(path, fmt::format("a whole number of shares from {} to {}", lo, hi), n);
        return v;
    }
    /// A price per share: positive, at most six decimals, at most $100,000.
    SharePrice share_price(const JNode& n, const std::string& path) const {
        std::int64_t micros = 0;
        if (n.kind != Kind::Number || !parse_scaled_decimal(n.text, 6, micros) || micros <= 0 ||
            micros > kMaxSharePriceMicros)
            expected(path, "a price per share in dollars above 0 and at most 100000, with at most six decimals", n);
        return SharePrice{micros};
    }
    /// A probability from 0 to 1, at most six decimals.
    Rate probability(const JNode& n, const std::string& path) const {
        std::int64_t ppm = 0;
        if (n.kind != Kind::Number || !parse_scaled_decimal(n.text, 6, ppm) || ppm < 0 || ppm > Rate::kOne)
            expected(path, "a probability from 0 to 1 (0.1 is 10%), with at most six decimals", n);
        return Rate{ppm};
    }
    Date date(const JNode& n, const std::string& path) const {
        if (n.kind == Kind::String)
            if (auto d = Date::parse(n.text)) return *d;
        fail(path, fmt::format("expected {}, found {}{}", Date::kExpected, detail::describe(n),
                               n.kind == Kind::String ? Date::why_not(n.text) : ""));
    }

    /// "tax": {"filing", "state", "city"}: filing and state required, checked against
    /// the tax table.
    TaxProfile tax(const JNode& n) const {
        object(n, "tax");
        keys(n, "tax", {"filing", "state", "city", "savings"});
        TaxProfile p;
        const JNode* filing = n.find("filing");
        const auto one_of = [] {  // written only for the message
            std::vector<std::string> names;
            for (Filing f : kFilings) names.push_back(to_string(f));
            return fmt::format("one of \"{}\"", fmt::join(names, "\", \""));
        };
        if (!filing) fail("tax.filing", "missing; expected " + one_of());
        const auto f = filing->kind == Kind::String ? filing_from(filing->text) : std::nullopt;
        if (!f) expected("tax.filing", one_of(), *filing);
        p.filing = *f;
        const JNode* state = n.find("state");
        if (!state) fail("tax.state", "missing; expected a two-letter state such as \"WA\"");
        p.state = text(*state, "tax.state");
        if (const JNode* city = n.find("city")) p.city = text(*city, "tax.city");
        if (const JNode* s = n.find("savings")) p.savings = savings(*s);
        try {
            check_profile(p);
        } catch (const Error& e) {
            fail(e.subject().text(), e.detail());
        }
        return p;
    }

    /// "tax.savings": a 401(k) election (an amount or a percent of base), age, HSA with
    /// its coverage, other pre-tax deductions and the employer match.
    Savings savings(const JNode& n) const {
        const std::string at = "tax.savings";
        object(n, at);
        keys(n, at, {"401k", "401k_pct", "age", "hsa", "hsa_coverage", "other", "match_pct", "match_up_to_pct"});
        auto path = [&](const char* key) { return detail::join_path(at, key); };
        Savings s;
        const JNode* amount = n.find("401k");
        const JNode* pct = n.find("401k_pct");
        if (amount && pct) fail(at, "expected either 401k (dollars a year) or 401k_pct (percent of base), found both");
        if (amount) s.k401 = money(*amount, path("401k"));
        if (pct) s.k401_pct = percent(*pct, path("401k_pct"), PercentRange{0, 100});
        if (const JNode* age = n.find("age")) s.age = integer(*age, path("age"), 14, 100);
        const JNode* hsa = n.find("hsa");
        const JNode* coverage = n.find("hsa_coverage");
        if (hsa) s.hsa = money(*hsa, path("hsa"));
        if (hsa && !coverage) fail(path("hsa_coverage"), "missing; expected \"self\" or \"family\" (the HSA limit)");
        if (coverage) {
            const std::string c = coverage->kind == Kind::String ? coverage->text : "";
            if (c != "self" && c != "family") expected(path("hsa_coverage"), "\"self\" or \"family\"", *coverage);
            s.hsa_coverage = c == "self" ? HsaCoverage::Self : HsaCoverage::Family;
        }
        if (const JNode* other = n.find("other")) s.other = money(*other, path("other"));
        const JNode* match = n.find("match_pct");
        const JNode* up_to = n.find("match_up_to_pct");
        if (match && !up_to) fail(path("match_up_to_pct"), "missing; expected the percent of base the match stops at");
        if (up_to && !match) fail(path("match_pct"), "missing; expected the percent of the deferral the employer adds");
        if (match && !amount && !pct)
            fail(path("match_pct"), "expected a 401(k) election to match (401k or 401k_pct), found none");
        if (match) s.match_pct = percent(*match, path("match_pct"), PercentRange{0, 1000});
        if (up_to) s.match_up_to_pct = percent(*up_to, path("match_up_to_pct"), PercentRange{0, 100});
        return s;
    }

    Schedule vesting(const JNode& n, const std::string& path) const {
        if (n.kind == Kind::String) {
            if (const Schedule* s = find_preset(n.text)) return *s;
            std::vector<std::string> names;
            for (const Schedule& s : vesting_presets()) names.push_back(s.name);
            const std::string near = closest_match(n.text, names);
            fail(path,
                 fmt::format("unknown vesting preset {}; expected one of {}{}", detail::describe(n),
                             fmt::join(names, ", "), near.empty() ? "" : fmt::format("; did you mean \"{}\"?", near)));
        }
        const std::string what = "a preset name, a list of yearly percents or a list of tranches";
        if (n.kind != Kind::Array) expected(path, what, n);
        if (n.items.empty()) expected(path, what, n);
        Schedule s{"custom", {}, 100 * 10'000};
        std::int64_t sum = 0;
        const bool yearly = n.items.front().kind == Kind::Number;
        if (yearly && n.items.size() > 10)
            fail(path, fmt::format("expected at most 10 yearly percents, found {}", n.items.size()));
        for (std::size_t i = 0; i < n.items.size(); ++i) {
            const std::string p = detail::index_path(path, i);
            const JNode& item = n.items[i];
            Tranche t;
            if (yearly) {
                if (item.kind != Kind::Number) expected(p, "a yearly percent (a number), like the first item", item);
                t = {static_cast<int>(12 * (i + 1)), percent(item, p, PercentRange{0, 100}).ppm};
            } else {
                if (item.kind != Kind::Object)
                    expected(p,
                             i == 0 ? "a yearly percent (a number) or a tranche {\"month\": M, \"pct\": P}"
                                    : "a tranche {\"month\": M, \"pct\": P}, like the first item",
                             item);
                keys(item, p, {"month", "pct"});
                const JNode* month = item.find("month");
                const JNode* pct = item.find("pct");
                if (!month) fail(detail::join_path(p, "month"), "missing; expected a whole number from 1 to 120");
                if (!pct) fail(detail::join_path(p, "pct"), "missing; expected a percent from 0 to 100");
                t = {integer(*month, detail::join_path(p, "month"), 1, kMaxVestMonth),
                     percent(*pct, detail::join_path(p, "pct"), PercentRange{0, 100}).ppm};
                if (!s.tranches.empty() && t.month <= s.tranches.back().month)
                    fail(detail::join_path(p, "month"),
                         fmt::format("expected a month after {} (tranches in order), found {}", s.tranches.back().month,
                                     t.month));
            }
            sum += t.weight;
            s.tranches.push_back(t);
        }
        if (sum != s.denominator)
            fail(path, fmt::format("expected percents adding up to 100, found {}", Rate{sum}.percent()));
        return s;
    }

    /// A grant: its value in dollars ("grant") or as "shares" at "price" (a price may
    /// have up to six decimals; shares x price is rounded once, half away, to cents).
    Grant grant(const JNode& n, const std::string& path, bool refresher,
                std::optional<std::int64_t>* shares_out = nullptr, std::optional<Money>* price_out = nullptr) const {
        object(n, path);
        Grant g;
        if (refresher) {
            keys(n, path, {"grant", "shares", "price", "month", "vesting"});
            const JNode* month = n.find("month");
            if (!month) fail(detail::join_path(path, "month"), "missing; expected the month of the grant (0 to 119)");
            g.month = integer(*month, detail::join_path(path, "month"), 0, kMaxVestMonth - 1);
        } else {
            keys(n, path, {"grant", "shares", "price", "vesting"});
        }
        const JNode* value = n.find("grant");
        const JNode* shares = n.find("shares");
        const JNode* price = n.find("price");
        if (value && (shares || price)) fail(path, "expected either grant or shares and price, found both");
        if (value) {
            g.value = money(*value, detail::join_path(path, "grant"));
        } else {
            if (!shares || !price)
                fail(detail::join_path(path, shares   ? "price"
                                             : !price ? "grant"
                                                      : "shares"),
                     "missing; expected grant (dollars) or shares with price");
            const int count = integer(*shares, detail::join_path(path, "shares"), 0, 1'000'000'000);
            const std::string pp = detail::join_path(path, "price");
            std::int64_t micros = 0;  // millionths of a dollar
            if (price->kind != Kind::Number || !parse_scaled_decimal(price->text, 6, micros) || micros < 0 ||
                micros > kMaxInputCents * 10'000)
                expected(pp, "a share price in dollars, at most six decimals", *price);
            const i128 product = static_cast<i128>(micros) * count;
            if (product > static_cast<i128>(kMaxInputCents) * 10'000)
                fail(path, "expected shares x price of at most 1000000000000");
            g.value = Money::cents(round_half_away(product, 10'000));
            if (shares_out) *shares_out = count;
            if (price_out) *price_out = Money::cents(round_half_away(micros, 10'000));
        }
        const JNode* schedule = n.find("vesting");
        if (!schedule)
            fail(detail::join_path(path, "vesting"),
                 "missing; expected a preset name, a list of yearly percents or a list of tranches");
        g.schedule = vesting(*schedule, detail::join_path(path, "vesting"));
        return g;
    }

    static constexpr std::int64_t kMaxShares = 10'000'000'000;
    static constexpr std::int64_t kMaxSharePriceMicros = 100'000'000'000;  // $100,000 a share

private:
    const std::string& source_;
    const std::vector<Override>& overrides_;
};

/// A percent field, with a warning when a value between 0 and 1 is most likely a
/// fraction typed for a percent.
void warn_if_fraction(Offer& o, const std::string& path, Rate v) {
    if (v.ppm > 0 && v.ppm < 10'000)
        o.warnings.push_back(fmt::format("{}: {}: {} means {}%; write {} for {}%", o.file, path, v.percent(),
                                         v.percent(), Rate{v.ppm * 100}.percent(), Rate{v.ppm * 100}.percent()));
}

void read_percent(const Reader& r, const JNode& root, Field f, Rate& out, Offer& o) {
    const FieldSpec& s = spec(f);
    const JNode* n = root.find(s.path);
    if (!n) return;
    out = r.percent(*n, s.path, s.range);
    warn_if_fraction(o, s.path, out);
}

/// Name, kind, labels and dates.
void read_identity(const Reader& r, const JNode& root, Offer& o) {
    auto get = [&](const char* key) { return root.find(key); };
    auto str = [&](const char* key, std::string& out) {
        if (const JNode* n = get(key)) out = r.label(*n, key);
    };
    if (const JNode* n = get("name")) o.name = r.label(*n, "name", true);
    // An editor's schema reference and free-text notes: strings, not used in any figure.
    if (const JNode* n = get("$schema")) r.text(*n, "$schema");
    if (const JNode* n = get("notes")) o.notes = r.text(*n, "notes");  // never shown
    if (const JNode* n = get("kind")) {
        const std::string k = r.text(*n, "kind");
        if (k == "offer") o.kind = OfferKind::Offer;
        else if (k == "verbal") o.kind = OfferKind::Verbal;
        else if (k == "current") o.kind = OfferKind::Current;
        else r.expected("kind", "\"offer\", \"verbal\" or \"current\"", *n);
    }
    if (const JNode* n = get("first_choice")) o.first_choice = r.boolean(*n, "first_choice");
    if (const JNode* n = get("level_rank")) o.level_rank = r.integer(*n, "level_rank", 1, 10);
    if (const JNode* n = get("holidays")) {
        r.array(*n, "holidays");
        for (std::size_t i = 0; i < n->items.size(); ++i)
            o.holidays.push_back(r.date(n->items[i], detail::index_path("holidays", i)));
    }
    str("company", o.company);
    str("level", o.level);
    str("role", o.role);
    str("location", o.location);
    if (const JNode* n = get("start_date")) o.start_date = r.date(*n, "start_date");
    if (const JNode* n = get("offer_date")) o.offer_date = r.date(*n, "offer_date");
    if (const JNode* n = get("close_date")) o.close_date = r.date(*n, "close_date");
    if (o.offer_date && o.close_date && *o.close_date < *o.offer_date)
        r.fail("close_date", fmt::format("expected a date on or after offer_date {}, found \"{}\"", o.offer_date->iso(),
                                         o.close_date->iso()));
}

/// Base, raise, bonus and sign-on.
void read_pay(const Reader& r, const JNode& root, Offer& o) {
    auto get = [&](const char* key) { return root.find(key); };
    const JNode* base = get("base");
    if (!base) r.fail("base", "missing; expected the annual base salary in dollars");
    o.base = r.money(*base, "base", true);
    read_percent(r, root, Field::RaisePct, o.raise, o);
    read_percent(r, root, Field::BonusPct, o.bonus, o);
    if (const JNode* n = get("bonus_payout_pct")) {
        o.bonus_payout = r.percent(*n, "bonus_payout_pct", PercentRange{0, 1000, false});
        warn_if_fraction(o, "bonus_payout_pct", o.bonus_payout);
    }

    if (const JNode* n = get("sign_on")) {
        r.object(*n, "sign_on");
        r.keys(*n, "sign_on", {"year1", "year2", "paid", "clawback"});
        if (const JNode* v = n->find("year1")) o.sign_on_y1 = r.money(*v, "sign_on.year1");
        if (const JNode* v = n->find("year2")) o.sign_on_y2 = r.money(*v, "sign_on.year2");
        if (const JNode* v = n->find("clawback")) o.sign_on_clawback = r.boolean(*v, "sign_on.clawback");
        // Files written before "paid" existed meant a clawed-back sign-on to be a lump sum.
        if (o.sign_on_clawback) o.sign_on_paid = SignOnPaid::Lump;
        if (const JNode* v = n->find("paid")) {
            const std::string how = r.text(*v, "sign_on.paid");
            if (how == "monthly") o.sign_on_paid = SignOnPaid::Monthly;
            else if (how == "lump") o.sign_on_paid = SignOnPaid::Lump;
            else r.expected("sign_on.paid", "\"monthly\" or \"lump\"", *v);
        }
    }
}

/// "rsu" given as a dollar grant at a conversion price: {"grant", "conversion_price",
/// "price" (today's; the conversion price when absent), "min_shares", "vesting"}. The
/// grant buys floor(grant / conversion_price) shares (at least min_shares), valued at
/// today's price.
Grant read_converted_grant(const Reader& r, const JNode& n, Offer& o) {
    r.keys(n, "rsu", {"grant", "conversion_price", "price", "min_shares", "vesting"});
    RsuConversion c;
    const JNode* grant = n.find("grant");
    if (!grant) r.fail("rsu.grant", "missing; expected the grant in dollars that conversion_price turns into shares");
    c.promised = r.money(*grant, "rsu.grant");
    c.conversion_price = r.share_price(*n.find("conversion_price"), "rsu.conversion_price");
    c.price_today = c.conversion_price;
    if (const JNode* v = n.find("price")) c.price_today = r.share_price(*v, "rsu.price");
    const i128 shares = static_cast<i128>(c.promised.in_cents()) * 10'000 / c.conversion_price.micros;
    if (shares > Reader::kMaxShares)
        r.fail("rsu.conversion_price", fmt::format("expected a price that buys at most {} shares with the grant, "
                                                   "found {} shares",
                                                   Reader::kMaxShares, static_cast<std::int64_t>(shares)));
    c.shares = static_cast<std::int64_t>(shares);
    if (const JNode* v = n.find("min_shares")) {
        c.min_shares = r.count(*v, "rsu.min_shares", 0, Reader::kMaxShares);
        c.shares = std::max(c.shares, *c.min_shares);
    }
    const i128 value = static_cast<i128>(c.price_today.micros) * c.shares;
    if (value > static_cast<i128>(kMaxInputCents) * 10'000)
        r.fail("rsu", "expected shares x price of at most 1000000000000");
    const JNode* schedule = n.find("vesting");
    if (!schedule)
        r.fail("rsu.vesting", "missing; expected a preset name, a list of yearly percents or a list of tranches");
    Grant g{c.price_today.times(c.shares), r.vesting(*schedule, "rsu.vesting"), 0};
    o.rsu_shares = c.shares;
    o.rsu_conversion = c;
    return g;
}

constexpr int kLastYear = 10;  // the model's kMaxYears: the last year a projection shows

/// "refresh": the assumed yearly refresher, {"yearly" or "yearly_pct_of_grant",
/// "from_year" (2), "vesting" (the initial grant's schedule)}.
void read_refresh(const Reader& r, const JNode& n, Offer& o) {
    r.object(n, "refresh");
    r.keys(n, "refresh", {"yearly", "yearly_pct_of_grant", "from_year", "vesting"});
    RefreshAssumption a;
    const JNode* yearly = n.find("yearly");
    const JNode* pct = n.find("yearly_pct_of_grant");
    if (yearly && pct) r.fail("refresh", "expected either yearly or yearly_pct_of_grant, found both");
    if (!yearly && !pct)
        r.fail("refresh.yearly", "missing; expected a yearly refresher in dollars, or yearly_pct_of_grant");
    if (yearly) a.yearly = r.money(*yearly, "refresh.yearly");
    if (pct) {
        if (!o.rsu) r.fail("refresh.yearly_pct_of_grant", "expected an rsu grant to take a percent of, found none");
        a.pct_of_grant = r.percent(*pct, "refresh.yearly_pct_of_grant", PercentRange{0, 1000, false});
        warn_if_fraction(o, "refresh.yearly_pct_of_grant", *a.pct_of_grant);
    }
    if (const JNode* v = n.find("from_year")) a.from_year = r.integer(*v, "refresh.from_year", 1, kLastYear);
    if (const JNode* v = n.find("vesting")) a.schedule = r.vesting(*v, "refresh.vesting");
    else if (o.rsu) a.schedule = o.rsu->schedule;
    else r.fail("refresh.vesting", "missing; expected a vesting schedule (there is no rsu grant to take it from)");
    o.refresh = a;
}

/// "promotion": [{"year", "base", "grant", "probability"}], at most five.
void read_promotions(const Reader& r, const JNode& n, Offer& o) {
    r.array(n, "promotion");
    if (n.items.size() > 5) r.fail("promotion", fmt::format("expected at most 5 promotions, found {}", n.items.size()));
    for (std::size_t i = 0; i < n.items.size(); ++i) {
        const std::string p = detail::index_path("promotion", i);
        const JNode& item = r.object(n.items[i], p);
        r.keys(item, p, {"year", "base", "grant", "probability"});
        Promotion pr;
        auto need = [&](const char* key, const char* what) -> const JNode& {
            const JNode* v = item.find(key);
            if (!v) r.fail(detail::join_path(p, key), fmt::format("missing; expected {}", what));
            return *v;
        };
        pr.year = r.integer(need("year", "the employment year of the promotion (2 to 10)"),
                            detail::join_path(p, "year"), 2, kLastYear);
        pr.base = r.money(need("base", "the base salary after the promotion"), detail::join_path(p, "base"), true);
        if (const JNode* v = item.find("grant")) pr.grant = r.money(*v, detail::join_path(p, "grant"));
        pr.probability =
            r.probability(need("probability", "a probability from 0 to 1"), detail::join_path(p, "probability"));
        o.promotions.push_back(pr);
    }
}

/// The grant, refreshers, growth, volatility and growth convention.
void read_equity(const Reader& r, const JNode& root, Offer& o) {
    auto get = [&](const char* key) { return root.find(key); };
    if (const JNode* n = get("rsu")) {
        if (n->kind == Kind::Object && n->find("conversion_price")) o.rsu = read_converted_grant(r, *n, o);
        else o.rsu = r.grant(*n, "rsu", false, &o.rsu_shares, &o.rsu_price);
    }
    if (const JNode* n = get("refresh")) read_refresh(r, *n, o);
    if (const JNode* n = get("promotion")) read_promotions(r, *n, o);
    if (const JNode* n = get("refreshers")) {
        r.array(*n, "refreshers");
        for (std::size_t i = 0; i < n->items.size(); ++i)
            o.refreshers.push_back(r.grant(n->items[i], detail::index_path("refreshers", i), true));
    }
    read_percent(r, root, Field::Growth, o.growth, o);
    read_percent(r, root, Field::Volatility, o.volatility, o);
    if (const JNode* n = get("growth_convention")) {
        const std::string c = r.text(*n, "growth_convention");
        if (c == "vest_date") o.convention = Convention::VestDate;
        else if (c == "recruiter") o.convention = Convention::Recruiter;
        else r.expected("growth_convention", "\"vest_date\" or \"recruiter\"", *n);
    }
}

/// "options.company": the cap table a valuation is turned into a price through.
CapTable read_cap_table(const Reader& r, const JNode& n) {
    const std::string at = "options.company";
    r.object(n, at);
    r.keys(n, at, {"fully_diluted_shares", "preferences", "dilution_pct_per_year"});
    CapTable c;
    const JNode* shares = n.find("fully_diluted_shares");
    if (!shares) r.fail(at + ".fully_diluted_shares", "missing; expected the company's fully diluted share count");
    c.fully_diluted_shares = r.count(*shares, at + ".fully_diluted_shares", 1, Reader::kMaxShares);
    if (const JNode* v = n.find("preferences")) c.preferences = r.money(*v, at + ".preferences");
    if (const JNode* v = n.find("dilution_pct_per_year"))
        c.dilution_per_year = r.percent(*v, at + ".dilution_pct_per_year", PercentRange{0, 100});
    return c;
}

/// "options.exits": each {"year", "price" or "valuation", "probability"}; the
/// probabilities add up to at most 1.
std::vector<ExitScenario> read_exits(const Reader& r, const JNode& n, bool has_company) {
    r.array(n, "options.exits");
    std::vector<ExitScenario> out;
    std::int64_t sum = 0;
    for (std::size_t i = 0; i < n.items.size(); ++i) {
        const std::string p = detail::index_path("options.exits", i);
        const JNode& item = r.object(n.items[i], p);
        r.keys(item, p, {"year", "price", "valuation", "probability"});
        ExitScenario e;
        const JNode* year = item.find("year");
        const JNode* price = item.find("price");
        const JNode* valuation = item.find("valuation");
        const JNode* probability = item.find("probability");
        if (!year) r.fail(detail::join_path(p, "year"), "missing; expected the employment year of the exit (1 to 20)");
        e.year = r.integer(*year, detail::join_path(p, "year"), 1, 20);
        if (price && valuation) r.fail(p, "expected either price (per common share) or valuation, found both");
        if (!price && !valuation)
            r.fail(detail::join_path(p, "price"), "missing; expected a price per common share or a valuation");
        if (price) e.price = r.share_price(*price, detail::join_path(p, "price"));
        if (valuation) {
            if (!has_company)
                r.fail(detail::join_path(p, "valuation"),
                       "expected options.company (fully_diluted_shares) to turn a valuation into a price, found none");
            e.valuation = r.money(*valuation, detail::join_path(p, "valuation"));
        }
        if (!probability) r.fail(detail::join_path(p, "probability"), "missing; expected a probability from 0 to 1");
        e.probability = r.probability(*probability, detail::join_path(p, "probability"));
        sum += e.probability.ppm;
        out.push_back(e);
    }
    if (sum > Rate::kOne)
        r.fail("options.exits",
               fmt::format("expected probabilities adding up to at most 1 (100%), found {}%", Rate{sum}.percent()));
    return out;
}

/// "options.refreshers": later grants, each {"month", "shares", "strike", "vesting"}
/// (the strike defaults to the initial grant's).
std::vector<OptionRefresher> read_option_refreshers(const Reader& r, const JNode& n, SharePrice strike) {
    r.array(n, "options.refreshers");
    std::vector<OptionRefresher> out;
    for (std::size_t i = 0; i < n.items.size(); ++i) {
        const std::string p = detail::index_path("options.refreshers", i);
        const JNode& item = r.object(n.items[i], p);
        r.keys(item, p, {"month", "shares", "strike", "vesting"});
        OptionRefresher g{0, 0, strike, {}};
        for (const char* key : {"month", "shares", "vesting"})
            if (!item.find(key)) r.fail(detail::join_path(p, key), "missing");
        g.month = r.integer(*item.find("month"), detail::join_path(p, "month"), 0, kMaxVestMonth - 1);
        g.shares = r.count(*item.find("shares"), detail::join_path(p, "shares"), 1, Reader::kMaxShares);
        if (const JNode* v = item.find("strike")) g.strike = r.share_price(*v, detail::join_path(p, "strike"));
        g.schedule = r.vesting(*item.find("vesting"), detail::join_path(p, "vesting"));
        out.push_back(std::move(g));
    }
    return out;
}

/// "options": a grant of stock options, with its company and exits.
void read_options(const Reader& r, const JNode& root, Offer& o) {
    const JNode* n = root.find("options");
    if (!n) return;
    r.object(*n, "options");
    r.keys(*n, "options",
           {"type", "shares", "strike", "fmv", "preferred_price", "vesting", "exercise_window_days", "early_exercise",
            "refreshers", "company", "exits"});
    auto need = [&](const char* key, const char* what) -> const JNode& {
        const JNode* v = n->find(key);
        if (!v) r.fail(detail::join_path("options", key), fmt::format("missing; expected {}", what));
        return *v;
    };
    Options op;
    const JNode& type = need("type", "\"iso\" or \"nso\"");
    const std::string t = type.kind == Kind::String ? type.text : "";
    if (t != "iso" && t != "nso") r.expected("options.type", "\"iso\" or \"nso\"", type);
    op.type = t == "iso" ? OptionType::Iso : OptionType::Nso;
    op.shares = r.count(need("shares", "the number of shares granted"), "options.shares", 1, Reader::kMaxShares);
    op.strike = r.share_price(need("strike", "the exercise price per share"), "options.strike");
    op.fmv = op.strike;
    if (const JNode* v = n->find("fmv")) op.fmv = r.share_price(*v, "options.fmv");
    op.preferred =
        r.share_price(need("preferred_price", "the last round's price per preferred share"), "options.preferred_price");
    op.schedule =
        r.vesting(need("vesting", "a preset name, a list of yearly percents or a list of tranches"), "options.vesting");
    if (const JNode* v = n->find("exercise_window_days"))
        op.exercise_window_days = r.integer(*v, "options.exercise_window_days", 0, 3650);
    if (const JNode* v = n->find("early_exercise")) op.early_exercise = r.boolean(*v, "options.early_exercise");
    if (const JNode* v = n->find("refreshers")) op.refreshers = read_option_refreshers(r, *v, op.strike);
    if (const JNode* v = n->find("company")) op.company = read_cap_table(r, *v);
    if (const JNode* v = n->find("exits")) op.exits = read_exits(r, *v, op.company.has_value());
    if (op.strike > op.preferred)
        o.warnings.push_back(
            fmt::format("{}: options.strike: {} is above preferred_price {}: the options are under "
                        "water at the price recruiters quote",
                        o.file, op.strike.text(), op.preferred.text()));
    o.options = std::move(op);
}

/// Other pay items.
void read_other(const Reader& r, const JNode& root, Offer& o) {
    const JNode* n = root.find("other");
    if (!n) return;
    r.array(*n, "other");
    for (std::size_t i = 0; i < n->items.size(); ++i) {
        const std::string p = detail::index_path("other", i);
        const JNode& item = r.object(n->items[i], p);
        r.keys(item, p, {"name", "amount", "year", "every_year"});
        OtherItem it;
        const JNode* name = item.find("name");
        const JNode* amount = item.find("amount");
        const JNode* year = item.find("year");
        const JNode* every = item.find("every_year");
        if (!name) r.fail(detail::join_path(p, "name"), "missing; expected a label such as \"relocation\"");
        if (!amount) r.fail(detail::join_path(p, "amount"), "missing; expected an amount in dollars");
        it.name = r.label(*name, detail::join_path(p, "name"), true);
        it.amount = r.money(*amount, detail::join_path(p, "amount"));
        if (every) it.every_year = r.boolean(*every, detail::join_path(p, "every_year"));
        if (year && it.every_year) r.fail(p, "expected either year or \"every_year\": true, found both");
        if (year) it.year = r.integer(*year, detail::join_path(p, "year"), 1, 10);
        else if (!it.every_year)
            r.fail(detail::join_path(p, "year"), "missing; expected a year from 1 to 10 or \"every_year\": true");
        o.other.push_back(std::move(it));
    }
}

/// "transition.unvested_options": {"shares", "strike", "price"}, the current job's
/// unvested options left behind, worth max(0, price - strike) x shares: added to the
/// transition cost and kept apart as transition_options.
void read_unvested_options(const Reader& r, const JNode& n, Offer& o) {
    const std::string at = "transition.unvested_options";
    r.object(n, at);
    r.keys(n, at, {"shares", "strike", "price"});
    auto need = [&](const char* key, const char* what) -> const JNode& {
        const JNode* v = n.find(key);
        if (!v) r.fail(detail::join_path(at, key), fmt::format("missing; expected {}", what));
        return *v;
    };
    const std::int64_t shares =
        r.count(need("shares", "the number of unvested option shares"), at + ".shares", 1, Reader::kMaxShares);
    const SharePrice strike = r.share_price(need("strike", "their exercise price per share"), at + ".strike");
    const SharePrice price = r.share_price(
        need("price", "the price per share they are worth (the last preferred price, or your own)"), at + ".price");
    o.transition_options = price > strike ? SharePrice{price.micros - strike.micros}.times(shares) : Money();
    o.transition_unvested += o.transition_options;
    if (price <= strike)
        o.warnings.push_back(fmt::format("{}: {}.price: {} is not above the strike {}: the options count as nothing",
                                         o.file, at, price.text(), strike.text()));
}

/// What the ask may not touch or aims at: band, fixed levers, floor, target and
/// transition; and the tax profile.
void read_terms(const Reader& r, const JNode& root, Offer& o) {
    auto get = [&](const char* key) { return root.find(key); };
    if (const JNode* n = get("band")) {
        r.object(*n, "band");
        r.keys(*n, "band", {"base_min", "base_max"});
        if (const JNode* v = n->find("base_min")) o.band_min = r.money(*v, "band.base_min");
        if (const JNode* v = n->find("base_max")) o.band_max = r.money(*v, "band.base_max");
        if (o.band_min && o.band_max && *o.band_max < *o.band_min)
            r.fail("band.base_max",
                   fmt::format("expected at least base_min {}, found {}", o.band_min->plain(), o.band_max->plain()));
    }
    if (const JNode* n = get("fixed")) {
        r.array(*n, "fixed");
        for (std::size_t i = 0; i < n->items.size(); ++i) {
            const std::string p = detail::index_path("fixed", i);
            const JNode& item = n->items[i];
            const std::string v = item.kind == Kind::String ? item.text : "";
            Lever l;
            if (v == "rsu") l = Lever::Rsu;
            else if (v == "sign_on") l = Lever::SignOn;
            else if (v == "base") l = Lever::Base;
            else r.expected(p, "\"rsu\", \"sign_on\" or \"base\"", item);
            if (o.is_fixed(l)) r.expected(p, "each lever once", item);
            o.fixed.push_back(l);
        }
    }
    if (const JNode* n = get("floor")) o.floor = r.money(*n, "floor");
    if (const JNode* n = get("target")) o.target = r.money(*n, "target");
    if (const JNode* n = get("transition")) {
        r.object(*n, "transition");
        r.keys(*n, "transition", {"unvested", "unvested_options", "relocation"});
        if (const JNode* v = n->find("unvested")) o.transition_unvested = r.money(*v, "transition.unvested");
        if (const JNode* v = n->find("unvested_options")) read_unvested_options(r, *v, o);
        if (const JNode* v = n->find("relocation")) o.transition_relocation = r.money(*v, "transition.relocation");
    }
    if (const JNode* n = get("tax")) o.tax = r.tax(*n);
}

/// Valid input that is most likely a mistake, said once for every command (show,
/// validate, compare): base over its band's top or under a plausible year's salary, a
/// start before the offer, an `other` item past the default horizon.
void add_likely_mistakes(Offer& o) {
    if (o.band_max && o.base > *o.band_max)
        o.warnings.push_back(
            fmt::format("{}: base: {} is above band.base_max {}: check the band; a base ask has no "
                        "room",
                        o.file, o.base, *o.band_max));
    if (o.base < Money::dollars(20000))
        o.warnings.push_back(fmt::format(
            "{}: base: {} is under $20,000.00: base is a year's salary; is this a month's?", o.file, o.base));
    if (o.start_date && o.offer_date && *o.start_date < *o.offer_date)
        o.warnings.push_back(fmt::format("{}: start_date: {} is before offer_date {}: check the dates", o.file,
                                         o.start_date->iso(), o.offer_date->iso()));
    constexpr int kDefaultHorizon = 4;  // model's kDefaultYears (input sits below model)
    for (std::size_t i = 0; i < o.other.size(); ++i)
        if (!o.other[i].every_year && o.other[i].year > kDefaultHorizon)
            o.warnings.push_back(
                fmt::format("{}: {}.year: {} is paid in year {}, past the default {}-year horizon: it "
                            "counts only in totals over {} years or more",
                            o.file, detail::index_path("other", i), o.other[i].name, o.other[i].year, kDefaultHorizon,
                            o.other[i].year));
}

Offer read_offer(const JNode& root, const std::string& file, const std::vector<Override>& overrides) {
    const std::string source = visible(file);
    const Reader r(source, overrides);
    r.object(root, "");
    r.keys(root, "", kTopKeys);
    Offer o;
    o.file = source;
    o.name = shorten_to_width(stem(source), kMaxLabelColumns);
    read_identity(r, root, o);
    read_pay(r, root, o);
    read_equity(r, root, o);
    read_options(r, root, o);
    read_other(r, root, o);
    read_terms(r, root, o);
    add_likely_mistakes(o);
    return o;
}

/// The value an override's text stands for.
JNode override_value(const std::string& text) {
    JNode v;
    std::string ignored;
    if (detail::parse_json(text, v, ignored)) return v;
    v = JNode{};
    if (const auto m = parse_amount(text)) {
        v.kind = Kind::Number;
        v.text = m->plain();
    } else {
        v.kind = Kind::String;
        v.text = text;
    }
    return v;
}

/// Sets the value at `path` ("a.b[2].c"), creating missing objects on the way and
/// appending when an index equals an array's size.
void apply_override(JNode& root, const Override& ov) {
    auto bad = [&](const std::string& why) { throw usage_error(Subject::override_of(ov.path), why); };
    if (root.kind != Kind::Object) bad("the document is not an object");
    JNode* at = &root;
    std::size_t i = 0;
    const std::string& p = ov.path;
    if (p.empty()) bad("expected PATH=VALUE with a path such as rsu.vesting");
    while (i < p.size()) {
        if (p[i] == '[') {
            const auto close = p.find(']', i);
            std::int64_t idx = 0;
            if (close == std::string::npos || !parse_scaled_decimal(p.substr(i + 1, close - i - 1), 0, idx) || idx < 0)
                bad("expected an index like [0]");
            if (at->kind == Kind::Null) at->kind = Kind::Array;
            if (at->kind != Kind::Array) bad("an index applies to an array only");
            const auto u = static_cast<std::size_t>(idx);
            if (u > at->items.size()) bad(fmt::format("index {} is past the end ({} items)", u, at->items.size()));
            if (u == at->items.size()) at->items.emplace_back();
            at = &at->items[u];
            i = close + 1;
            if (i < p.size() && p[i] == '.') ++i;
            continue;
        }
        const auto end = p.find_first_of(".[", i);
        const std::string key = p.substr(i, end == std::string::npos ? std::string::npos : end - i);
        if (key.empty()) bad("expected a key between dots");
        if (at->kind == Kind::Null) at->kind = Kind::Object;
        if (at->kind != Kind::Object) bad(fmt::format("\"{}\" is not inside an object", key));
        JNode* next = at->slot(key);
        if (!next) {
            at->keys.push_back(key);
            at->items.emplace_back();
            next = &at->items.back();
        }
        at = next;
        i = end == std::string::npos ? p.size() : end;
        if (i < p.size() && p[i] == '.') ++i;
    }
    *at = override_value(ov.value);
}

}  // namespace

Error too_large_error(const std::string& source, std::uint64_t bytes) {
    return data_error(fmt::format("{}: file is larger than 1 MiB ({} bytes)", source, bytes));
}

Offer parse_offer(std::string_view text, const std::string& file, const std::vector<Override>& overrides) {
    const std::string source = visible(file);
    if (text.size() > kMaxDocumentBytes) throw too_large_error(source, text.size());
    std::string_view body = text;
    if (body.substr(0, 3) == "\xEF\xBB\xBF") body.remove_prefix(3);
    if (body.find_first_not_of(" \t\r\n") == std::string_view::npos)
        throw data_error(fmt::format("{}: empty file; expected a JSON object", source));
    JNode root;
    std::string error;
    if (!detail::parse_json(body, root, error)) {
        // "FILE:LINE:COL: malformed JSON: ..." or "FILE: PATH: duplicate key ..."
        const bool has_position = error.front() >= '0' && error.front() <= '9';
        throw data_error(fmt::format("{}:{}{}", source, has_position ? "" : " ", error));
    }
    for (const Override& ov : overrides) apply_override(root, ov);
    return read_offer(root, source, overrides);
}

}  // namespace offercalc
