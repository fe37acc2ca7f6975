#include "offercalc/whatif.hpp"

#include <fmt/format.h>

#include "offercalc/error.hpp"
#include "offercalc/format.hpp"

namespace offercalc {

bool WhatIf::empty() const {
    for (const auto& c : changes)
        if (c) return false;
    return !convention && sets.empty();
}

std::vector<std::string> apply(const WhatIf& w, Offer& o, std::vector<std::string>* brief) {
    std::vector<std::string> notes, shorts;
    for (const Override& s : w.sets) {
        notes.push_back(fmt::format("{} = {}", s.path, s.value));
        shorts.push_back(fmt::format("{}={}", s.path, s.value));
    }
    for (const FieldSpec& f : kFields) {
        const std::optional<Adjustment>& change = w[f.field];
        if (!change) continue;
        if (f.percent) {
            Rate& value = *rate_of(o, f.field);
            const Rate before = value;
            value = apply(*change, value, f.field);
            notes.push_back(fmt::format("{} {}% -> {}%", f.words, before.percent(), value.percent()));
            shorts.push_back(fmt::format("{} {}%", f.key, value.percent()));
            continue;
        }
        if (f.field == Field::Rsu && !o.rsu)
            throw usage_error(f.path, fmt::format("{} has no RSU grant to change; add one to the offer file, e.g. "
                                                  "\"rsu\": {{\"grant\": 100000, \"vesting\": \"even-annual\"}}",
                                                  o.name));
        Money& value = *money_of(o, f.field);
        const Money before = value;
        value = apply(*change, value, f.field);
        notes.push_back(fmt::format("{} {} -> {}", f.words, before, value));
        const Money delta = value - before;
        shorts.push_back(fmt::format("{} {}{}", f.key, delta.is_negative() ? "-" : "+", compact(delta.is_negative() ? -delta : delta)));
        if (f.field == Field::Rsu) {  // the grant is now a value, no longer shares at a price
            o.rsu_shares.reset();
            o.rsu_price.reset();
        }
    }
    if (w.convention && *w.convention != o.convention) {
        notes.push_back(fmt::format("growth convention {} -> {}", to_string(o.convention), to_string(*w.convention)));
        shorts.push_back(fmt::format("{} convention", to_string(*w.convention)));
        o.convention = *w.convention;
    }
    if (brief) *brief = std::move(shorts);
    return notes;
}

}  // namespace offercalc
