#include "offercalc/whatif.hpp"

#include <fmt/format.h>

#include "offercalc/error.hpp"

namespace offercalc {

bool WhatIf::empty() const {
    return !base && !sign_on_y1 && !sign_on_y2 && !rsu && !bonus_pct && !growth && !convention && sets.empty();
}

Override parse_set(const std::string& text) {
    const auto eq = text.find('=');
    if (eq == std::string::npos || eq == 0)
        throw usage_error(fmt::format("--set: invalid value \"{}\"; expected PATH=VALUE, e.g. rsu.vesting=even-annual",
                                      text));
    return {text.substr(0, eq), text.substr(eq + 1)};
}

std::vector<std::string> apply(const WhatIf& w, Offer& o) {
    std::vector<std::string> notes;
    for (const Override& s : w.sets) notes.push_back(fmt::format("{} = {}", s.path, s.value));
    auto money = [&](const std::optional<Adjustment>& a, Money& field, const char* flag, const char* what) {
        if (!a) return;
        const Money before = field;
        field = apply(*a, field, flag);
        notes.push_back(fmt::format("{} {} -> {}", what, before, field));
    };
    auto rate = [&](const std::optional<Adjustment>& a, Rate& field, const char* flag, const char* what,
                    std::int64_t lo, std::int64_t hi, bool lo_open) {
        if (!a) return;
        const Rate before = field;
        const Rate after = apply(*a, field);
        if (after.ppm < lo * 10'000 || (lo_open && after.ppm == lo * 10'000) || after.ppm > hi * 10'000)
            throw usage_error(fmt::format("{}: the change gives {}%; expected {} {} and at most {}", flag,
                                          after.percent(), lo_open ? "more than" : "from", lo, hi));
        field = after;
        notes.push_back(fmt::format("{} {}% -> {}%", what, before.percent(), after.percent()));
    };
    money(w.base, o.base, "--base", "base");
    if (w.base && o.base.is_zero()) throw usage_error("--base: the base must stay above zero");
    money(w.sign_on_y1, o.sign_on_y1, "--sign-on-y1", "sign-on year 1");
    money(w.sign_on_y2, o.sign_on_y2, "--sign-on-y2", "sign-on year 2");
    if (w.rsu) {
        if (!o.rsu)
            throw usage_error(fmt::format("--rsu: {} has no RSU grant to change; add one with "
                                          "--set 'rsu={{\"grant\": 100000, \"vesting\": \"even-annual\"}}'",
                                          o.name));
        money(w.rsu, o.rsu->value, "--rsu", "rsu grant");
        o.rsu_shares.reset();
        o.rsu_price.reset();
    }
    rate(w.bonus_pct, o.bonus, "--bonus-pct", "bonus", 0, 1000, false);
    rate(w.growth, o.growth, "--growth", "stock growth", -100, 1000, true);
    if (w.convention && *w.convention != o.convention) {
        notes.push_back(fmt::format("growth convention {} -> {}", to_string(o.convention), to_string(*w.convention)));
        o.convention = *w.convention;
    }
    return notes;
}

}  // namespace offercalc
