// `offercalc init`: a new offer file from flags, or from answers to questions on a
// terminal. The file is checked by the offer reader before it is written.

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <functional>
#include <iostream>
#include <string>

#include <fmt/format.h>
#include <fmt/ranges.h>  // fmt::join (fmt 10 and later)

#include "commands.hpp"
#include "errors.hpp"
#include "flags.hpp"
#include "input.hpp"
#include "output.hpp"
#include "terminal.hpp"
#include "offercalc/json_writer.hpp"
#include "offercalc/error.hpp"
#include "offercalc/parse.hpp"
#include "offercalc/show.hpp"
#include "offercalc/tax.hpp"
#include "offercalc/text.hpp"
#include "offercalc/vesting.hpp"

namespace offercalc::cli {

namespace {

/// Every field init can fill, as typed (flags or answers); empty means not given.
struct InitFields {
    std::string name, kind, company, level, role, location, base, sign_on, rsu, vesting, bonus_pct, raise_pct, growth,
        volatility, offer_date, start_date, close_date, state, filing, city, options_shares, option_type, strike,
        preferred_price, options_vesting, bonus_payout_pct, refresh, refresh_pct;
    std::string schema = "offer.schema.json", output = "-";
    bool force = false;
    bool asked = false;  ///< the fields came from answers, already checked (and warned about) one by one
    bool any_given() const {
        for (const std::string* s : {&name,
                                     &kind,
                                     &company,
                                     &level,
                                     &role,
                                     &location,
                                     &base,
                                     &sign_on,
                                     &rsu,
                                     &vesting,
                                     &bonus_pct,
                                     &raise_pct,
                                     &growth,
                                     &volatility,
                                     &offer_date,
                                     &start_date,
                                     &close_date,
                                     &state,
                                     &filing,
                                     &city,
                                     &options_shares,
                                     &option_type,
                                     &strike,
                                     &preferred_price,
                                     &options_vesting,
                                     &bonus_payout_pct,
                                     &refresh,
                                     &refresh_pct})
            if (!s->empty()) return true;
        return false;
    }
};

/// A percent as typed ("15", "15%", "12.5") checked as a number with up to four
/// decimals. A fraction under 1 ("0.15") is taken as typed, with a warning when `warn`,
/// since it is more likely meant as 15%.
std::string percent_flag(std::string text, const char* flag, bool warn) {
    if (!text.empty() && text.back() == '%') text.pop_back();
    std::int64_t v = 0;
    if (!parse_scaled_decimal(text, 4, v))
        throw usage_error(
            fmt::format("{}: invalid percent \"{}\"; expected a number such as 15, 15% or 12.5", flag, text));
    if (warn && v > 0 && v < 10000)
        std::fprintf(stderr,
                     "offercalc: warning: %s: %s is read as %s%%, not %s%%; percents are written as 15 for 15%%\n",
                     flag, text.c_str(), Rate{v}.percent().c_str(), Rate{v * 100}.percent().c_str());
    return Rate{v}.percent();
}

/// A price per share as typed, checked: dollars above 0 with at most six decimals.
std::string share_price_flag(const std::string& text, const char* flag) {
    std::int64_t v = 0;
    if (!parse_scaled_decimal(text, 6, v) || v <= 0 || v > 100'000'000'000)
        throw usage_error(fmt::format(
            "{}: expected a price per share in dollars above 0 and at most 100000, with at most six decimals, "
            "found {}",
            flag, text));
    return SharePrice{v}.text().substr(1);  // "$2.10" as 2.10; no thousands separator below $1,000
}

/// The "options" line: shares, type, strike, preferred price and vesting, or "" when
/// no option field is given. A strike or preferred price without shares, or shares
/// without them, is a usage error naming the missing flag.
std::string options_line(const InitFields& f) {
    const bool any = !f.options_shares.empty() || !f.strike.empty() || !f.preferred_price.empty() ||
                     !f.option_type.empty() || !f.options_vesting.empty();
    if (!any) return "";
    if (f.options_shares.empty())
        throw usage_error(
            "--options-shares: expected the number of option shares with the other option flags, "
            "e.g. --options-shares 60000");
    if (f.strike.empty())
        throw usage_error("--strike: expected the options' strike price with --options-shares, e.g. --strike 2.10");
    if (f.preferred_price.empty())
        throw usage_error(
            "--preferred-price: expected the last round's preferred price with --options-shares, e.g. "
            "--preferred-price 7.50");
    const auto shares = whole_flag(f.options_shares, "--options-shares", 1, 10'000'000'000,
                                   "a whole number of shares from 1 to 10000000000");
    std::string price = share_price_flag(f.preferred_price, "--preferred-price");
    std::string strike = share_price_flag(f.strike, "--strike");
    auto comma_free = [](std::string s) {
        s.erase(std::remove(s.begin(), s.end(), ','), s.end());
        return s;
    };
    return fmt::format(
        "  \"options\": {{\"type\": {}, \"shares\": {}, \"strike\": {}, \"preferred_price\": {}, \"vesting\": {}}}",
        json_string(f.option_type.empty() ? "iso" : f.option_type), shares, comma_free(strike), comma_free(price),
        json_string(f.options_vesting.empty() ? "cliff-monthly" : f.options_vesting));
}

/// "refresh": an assumed yearly refresher, as an amount or a percent of the grant.
void add_refresh(const InitFields& f, std::vector<std::string>& lines) {
    if (!f.refresh.empty() && !f.refresh_pct.empty())
        throw usage_error("--refresh: give a yearly amount or --refresh-pct of the grant, not both");
    if (!f.refresh.empty())
        lines.push_back(fmt::format("  \"refresh\": {{\"yearly\": {}}}", amount_flag(f.refresh, "--refresh").plain()));
    if (!f.refresh_pct.empty()) {
        if (f.rsu.empty()) throw usage_error("--refresh-pct: a percent of the grant needs a grant: give --rsu too");
        lines.push_back(fmt::format("  \"refresh\": {{\"yearly_pct_of_grant\": {}}}",
                                    percent_flag(f.refresh_pct, "--refresh-pct", !f.asked)));
    }
}

/// The offer file's text, fields in the order the README lists them.
std::string offer_text(const InitFields& f) {
    std::vector<std::string> lines;
    auto str = [&](const char* key, const std::string& v) {
        if (!v.empty()) lines.push_back(fmt::format("  \"{}\": {}", key, json_string(v)));
    };
    auto raw = [&](const char* key, const std::string& v) {
        if (!v.empty()) lines.push_back(fmt::format("  \"{}\": {}", key, v));
    };
    str("$schema", f.schema);
    str("name", f.name);
    str("kind", f.kind);
    str("company", f.company);
    str("level", f.level);
    str("role", f.role);
    str("location", f.location);
    str("offer_date", f.offer_date);
    str("start_date", f.start_date);
    str("close_date", f.close_date);
    if (f.base.empty()) throw usage_error("--base: expected the annual base, e.g. --base 175k");
    raw("base", amount_flag(f.base, "--base").plain());
    if (!f.raise_pct.empty()) raw("raise_pct", percent_flag(f.raise_pct, "--raise-pct", !f.asked));
    if (!f.bonus_pct.empty()) raw("bonus_pct", percent_flag(f.bonus_pct, "--bonus-pct", !f.asked));
    if (!f.bonus_payout_pct.empty())
        raw("bonus_payout_pct", percent_flag(f.bonus_payout_pct, "--bonus-payout-pct", !f.asked));
    if (!f.sign_on.empty()) {
        const auto slash = f.sign_on.find('/');
        const Money y1 = amount_flag(f.sign_on.substr(0, slash), "--sign-on");
        const std::string y2 = slash == std::string::npos
                                   ? ""
                                   : ", \"year2\": " + amount_flag(f.sign_on.substr(slash + 1), "--sign-on").plain();
        lines.push_back(fmt::format("  \"sign_on\": {{\"year1\": {}{}}}", y1.plain(), y2));
    }
    if (!f.rsu.empty()) {
        if (f.vesting.empty())
            throw usage_error("--vesting: expected a vesting preset with --rsu (offercalc presets lists them)");
        lines.push_back(fmt::format("  \"rsu\": {{\"grant\": {}, \"vesting\": {}}}",
                                    amount_flag(f.rsu, "--rsu").plain(), json_string(f.vesting)));
    } else if (!f.vesting.empty()) {
        throw usage_error("--vesting: a vesting needs a grant: give --rsu too");
    }
    if (const std::string options = options_line(f); !options.empty()) lines.push_back(options);
    add_refresh(f, lines);
    if (!f.growth.empty()) raw("stock_growth_pct", percent_flag(f.growth, "--growth", !f.asked));
    if (!f.volatility.empty()) raw("volatility_pct", percent_flag(f.volatility, "--volatility", !f.asked));
    if (!f.state.empty()) {
        const std::string city = f.city.empty() ? "" : ", \"city\": " + json_string(f.city);
        lines.push_back(fmt::format("  \"tax\": {{\"filing\": {}, \"state\": {}{}}}",
                                    json_string(f.filing.empty() ? "single" : f.filing), json_string(f.state), city));
    } else if (!f.filing.empty() || !f.city.empty()) {
        throw usage_error("--state: expected the state whose taxes apply, with --filing or --city");
    }
    return fmt::format("{{\n{}\n}}\n", fmt::join(lines, ",\n"));
}

/// A path as a shell word to paste: as it is when only safe characters make it up,
/// else in single quotes; control characters shown as '?'.
std::string shell_word(const std::string& path) {
    std::string shown, quoted = "'";
    bool plain = !path.empty();
    for (char c : path) {
        const auto u = static_cast<unsigned char>(c);
        const char safe = u < 0x20 || u == 0x7f ? '?' : c;
        plain = plain && (std::isalnum(u) || std::string_view("_./+-:@%,=").find(c) != std::string_view::npos);
        shown += safe;
        quoted += safe == '\'' ? std::string("'\\''") : std::string(1, safe);
    }
    return plain ? shown : quoted + "'";
}

/// An answer's check: throws an Error for a bad answer.
using Check = std::function<void(const std::string&)>;

/// The vesting presets' names, for the answer that names none of them.
Check preset_check() {
    return [](const std::string& v) {
        if (find_preset(v)) return;
        std::vector<std::string> names;
        for (const Schedule& s : vesting_presets()) names.push_back(s.name);
        const std::string near = closest_match(v, names);
        throw usage_error(fmt::format("unknown vesting preset \"{}\"{}; the presets: {}", v,
                                      near.empty() ? "" : fmt::format(" (did you mean {}?)", near),
                                      fmt::join(names, ", ")));
    };
}

Check one_of(std::vector<std::string> allowed, bool any_case = false) {
    return [allowed = std::move(allowed), any_case](const std::string& v) {
        for (const std::string& a : allowed)
            if (a == v || (any_case && upper_ascii(v) == a)) return;
        throw usage_error(fmt::format("expected one of {}, found \"{}\"", fmt::join(allowed, ", "), v));
    };
}

Check date_check() {
    return [](const std::string& v) {
        if (!Date::parse(v)) throw usage_error(fmt::format("expected a date as YYYY-MM-DD, found \"{}\"", v));
    };
}

/// One question of init on a terminal: its prompt, the field it fills, the default, the
/// answer's check and when it is asked.
struct Question {
    const char* prompt;
    std::string InitFields::*field;
    const char* fallback;
    Check check;
    std::function<bool(const InitFields&)> applies;
};

/// Asks for each field on standard error and reads the answers from standard input;
/// an empty answer keeps the default shown in brackets ("-" when there is none and the
/// field may be left out). An answer that its field refuses is asked again, with the
/// reason. Questions that cannot apply (vesting without a grant) are skipped.
void ask(InitFields& f) {
    auto amount = [](const char* flag) -> Check { return [flag](const std::string& v) { amount_flag(v, flag); }; };
    auto percent = [](const char* flag) -> Check {
        return [flag](const std::string& v) { percent_flag(v, flag, true); };
    };
    const Check any = [](const std::string&) {};
    const auto always = [](const InitFields&) { return true; };
    const auto grant = [](const InitFields& g) { return !amount_flag(g.rsu, "--rsu").is_zero(); };
    const auto options = [](const InitFields& g) { return !g.options_shares.empty() && g.options_shares != "0"; };
    std::vector<std::string> states = tax_states();
    const Question questions[] = {
        {"Name of the offer", &InitFields::name, "", any, always},
        {"Kind: offer (written), verbal or current", &InitFields::kind, "offer", one_of({"offer", "verbal", "current"}),
         always},
        {"Company", &InitFields::company, "", any, always},
        {"Level (L5, IC5...)", &InitFields::level, "", any, always},
        {"Role", &InitFields::role, "", any, always},
        {"Location (city)", &InitFields::location, "", any, always},
        {"Tax state, two letters, for --after-tax (WA, CA...)", &InitFields::state, "", one_of(states, true), always},
        {"Filing status", &InitFields::filing, "single",
         one_of({"single", "married_joint", "married_separate", "head_of_household"}),
         [](const InitFields& g) { return !g.state.empty(); }},
        {"Offer date, YYYY-MM-DD", &InitFields::offer_date, "", date_check(), always},
        {"Close date (when the offer expires), YYYY-MM-DD", &InitFields::close_date, "", date_check(),
         [](const InitFields& g) { return g.kind != "current"; }},
        {"Annual base (175k)", &InitFields::base, "", amount("base"), always},
        {"Sign-on, year 1/year 2 (65k/52k)", &InitFields::sign_on, "0",
         [](const std::string& v) {
             InitFields probe;
             probe.base = "1";
             probe.sign_on = v;
             offer_text(probe);
         },
         always},
        {"Target bonus percent (15)", &InitFields::bonus_pct, "0", percent("bonus"), always},
        {"Yearly raise percent from year 2", &InitFields::raise_pct, "0", percent("raise"), always},
        {"RSU grant value (240k)", &InitFields::rsu, "0", amount("RSU grant"), always},
        {"Vesting preset (offercalc presets lists them)", &InitFields::vesting, "even-annual", preset_check(), grant},
        {"Stock growth percent per year", &InitFields::growth, "0", percent("growth"), grant},
        {"Stock options, number of shares (60000)", &InitFields::options_shares, "0",
         [](const std::string& v) {
             whole_flag(v, "shares", 0, 10'000'000'000, "a whole number of shares from 0 to 10000000000");
         },
         always},
        {"Option type: iso or nso", &InitFields::option_type, "iso", one_of({"iso", "nso"}), options},
        {"Strike price per share (2.10)", &InitFields::strike, "",
         [](const std::string& v) { share_price_flag(v, "strike"); }, options},
        {"Last preferred price per share (7.50)", &InitFields::preferred_price, "",
         [](const std::string& v) { share_price_flag(v, "preferred price"); }, options},
        {"Options vesting preset", &InitFields::options_vesting, "cliff-monthly", preset_check(), options},
    };
    for (const Question& q : questions) {
        if (!q.applies(f)) continue;
        for (;;) {
            std::fprintf(stderr, "%s [%s]: ", q.prompt, *q.fallback ? q.fallback : "-");
            std::string line;
            if (!std::getline(std::cin, line)) throw usage_error("init: standard input ended before the questions did");
            if (line.empty()) line = q.fallback;
            try {
                if (q.field == &InitFields::base && line.empty()) throw usage_error("an annual base is needed");
                if ((q.field == &InitFields::strike || q.field == &InitFields::preferred_price) && line.empty())
                    throw usage_error("a price per share is needed with options");
                if (!line.empty()) q.check(line);
                f.*q.field = line;
                break;
            } catch (const Error& e) {
                std::fprintf(stderr, "  %s\n", visible(error_text(e)).c_str());
            }
        }
    }
    if (!grant(f)) f.rsu = f.vesting = f.growth = "";  // no grant: no rsu block
    if (!options(f)) f.options_shares = "";            // no shares: no options block
    f.asked = true;
}

int run_init(InitFields f) {
    if (!f.any_given()) {
        if (!isatty(STDIN_FILENO))
            throw usage_error(
                "init: give the offer's fields as flags (at least --base), or run it on a terminal to "
                "be asked for each");
        ask(f);
    }
    f.state = state_code(f.state);
    const std::string text = offer_text(f);
    // The file is read back as any offer file would be: what init writes is valid.
    parse_offer(text, f.output == "-" ? "init" : f.output, {});
    if (f.output == "-") {
        write_page(f.output, text);
        return 0;
    }
    // A file already there is kept unless --force; a device (/dev/stdout) is written to.
    if (struct stat st{}; !f.force && stat(f.output.c_str(), &st) == 0 && S_ISREG(st.st_mode))
        throw usage_error(fmt::format("init: {} exists; give --force to replace it", f.output));
    write_page(f.output, text);
    const std::string word = shell_word(f.output);
    std::fprintf(stderr, "wrote %s; next: offercalc show %s\n", word.c_str(), word.c_str());
    return 0;
}

}  // namespace

void setup_init(CLI::App& sub, Action& action) {
    auto f = std::make_shared<InitFields>();
    const char* g = "Fields";
    sub.add_option("--name", f->name, "a label for the offer")->group(g);
    sub.add_option("--kind", f->kind, "offer (written), verbal or current")
        ->check(CLI::IsMember(std::vector<std::string>{"offer", "verbal", "current"}))
        ->group(g);
    sub.add_option("--company", f->company, "the company")->group(g);
    sub.add_option("--level", f->level, "the level (L5, IC5...)")->group(g);
    sub.add_option("--role", f->role, "the role")->group(g);
    sub.add_option("--location", f->location, "where the job is")->group(g);
    sub.add_option("--offer-date", f->offer_date, "when the offer arrived, YYYY-MM-DD")->group(g);
    sub.add_option("--start-date", f->start_date, "the first day, YYYY-MM-DD")->group(g);
    sub.add_option("--close-date", f->close_date, "when the offer expires, YYYY-MM-DD")->group(g);
    sub.add_option("--base", f->base, "annual base (175000, 175k, $175,000)")->group(g);
    sub.add_option("--sign-on", f->sign_on, "sign-on: year one, or year one/year two (65k/52k)")->group(g);
    sub.add_option("--bonus-pct", f->bonus_pct, "target bonus percent")->group(g);
    sub.add_option("--bonus-payout-pct", f->bonus_payout_pct, "expected bonus payout, percent of target (100)")
        ->group(g);
    sub.add_option("--raise-pct", f->raise_pct, "yearly raise percent from year 2")->group(g);
    sub.add_option("--rsu", f->rsu, "RSU grant value (240k)")->group(g);
    sub.add_option("--vesting", f->vesting, "the grant's vesting preset (offercalc presets lists them)")->group(g);
    sub.add_option("--refresh", f->refresh, "an assumed refresher each year from year 2 (60k); not offered")->group(g);
    sub.add_option("--refresh-pct", f->refresh_pct, "an assumed refresher each year, percent of the grant")->group(g);
    sub.add_option("--growth", f->growth, "stock growth percent per year")->group(g);
    sub.add_option("--options-shares", f->options_shares, "stock options: the number of shares granted")->group(g);
    sub.add_option("--option-type", f->option_type, "stock options: iso (default) or nso")
        ->check(CLI::IsMember(std::vector<std::string>{"iso", "nso"}))
        ->group(g);
    sub.add_option("--strike", f->strike, "stock options: the strike (exercise) price per share, in dollars")->group(g);
    sub.add_option("--preferred-price", f->preferred_price,
                   "stock options: the last round's preferred price per share, in dollars")
        ->group(g);
    sub.add_option("--options-vesting", f->options_vesting, "stock options: the vesting preset (default cliff-monthly)")
        ->group(g);
    sub.add_option("--volatility", f->volatility, "annual stock volatility percent, for odds")->group(g);
    sub.add_option("--state", f->state, "state whose taxes apply (WA, CA, NY...)")->group(g);
    sub.add_option("--filing", f->filing, "filing status with --state (default single)")->group(g);
    sub.add_option("--city", f->city, "city tax with --state (NYC)")->group(g);
    sub.add_option("--schema", f->schema,
                   "the $schema to name (default offer.schema.json, beside the file: offercalc schema offer "
                   "> offer.schema.json writes it there)");
    sub.add_option("-o,--output", f->output, "write the file here (default -, standard output)");
    sub.add_flag("--force", f->force, "replace the -o file if it exists");
    sub.callback([f, &sub, &action] {
        // A field given as '' would be left out of the file silently: it is refused.
        std::string empty;
        for (const CLI::Option* o : sub.get_options())
            if (empty.empty() && o->get_group() == "Fields" && o->count() > 0 && o->as<std::string>().empty())
                empty = o->get_name();
        action = [f, empty] {
            if (!empty.empty()) throw usage_error(fmt::format("{}: expected a value, found ''", empty));
            return run_init(*f);
        };
    });
}

}  // namespace offercalc::cli
