#include "offercalc/whatif.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "offercalc/error.hpp"
#include "offercalc/summary.hpp"
#include "core/wide.hpp"

namespace offercalc {

bool WhatIf::empty() const {
    for (const auto& c : changes)
        if (c) return false;
    return !convention && sets.empty() && !option_price;
}

namespace {

/// A change to a grant given in dollars at a conversion price changes those dollars:
/// the company converts them at the same price, so the shares (and the value at
/// today's price) follow from the new figure, at least min_shares.
template <class Say>
void convert_grant(Offer& o, const Adjustment& adjustment, Say* say) {
    RsuConversion& c = *o.rsu_conversion;
    const Money before = c.promised;
    c.promised = apply(adjustment, c.promised, Field::Rsu);
    c.shares = static_cast<std::int64_t>(static_cast<i128>(c.promised.in_cents()) * 10'000 / c.conversion_price.micros);
    if (c.min_shares) c.shares = std::max(c.shares, *c.min_shares);
    o.rsu_shares = c.shares;
    o.rsu->value = c.price_today.times(c.shares);
    if (say) {
        const Money delta = c.promised - before;
        (*say)(fmt::format("RSU grant {} -> {} (at the conversion price of {}: {} shares, {} at today's {})", before,
                           c.promised, c.conversion_price.text(), c.shares, o.rsu->value, c.price_today.text()),
               fmt::format("rsu {}{}", delta.is_negative() ? "-" : "+", compact(delta.is_negative() ? -delta : delta)));
    }
}

/// Applies the changes; with `notes` (and `brief`), says what each one did. The
/// compare solver applies thousands of candidate asks and needs no words.
void change(const WhatIf& w, Offer& o, std::vector<std::string>* notes, std::vector<std::string>* brief) {
    auto say = [&](std::string long_form, std::string short_form) {
        notes->push_back(std::move(long_form));
        if (brief) brief->push_back(std::move(short_form));
    };
    if (notes)
        for (const Override& s : w.sets)
            say(fmt::format("{} = {}", s.path, s.value), fmt::format("{}={}", s.path, s.value));
    for (const FieldSpec& f : kFields) {
        const std::optional<Adjustment>& adjustment = w[f.field];
        if (!adjustment) continue;
        if (f.percent) {
            Rate& value = *rate_of(o, f.field);
            const Rate before = value;
            value = apply(*adjustment, value, f.field);
            if (notes)
                say(fmt::format("{} {}% -> {}%", f.words, before.percent(), value.percent()),
                    fmt::format("{} {}%", f.key, value.percent()));
            continue;
        }
        if (f.field == Field::Refresh) assume_refresh_amount(o);
        if (f.field == Field::Rsu && !o.rsu)
            throw usage_error(f.field, fmt::format("{} has no RSU grant to change; add one to the offer file, e.g. "
                                                   "\"rsu\": {{\"grant\": 100000, \"vesting\": \"even-annual\"}}",
                                                   o.name));
        if (f.field == Field::Rsu && o.rsu_conversion) {
            convert_grant(o, *adjustment, notes ? &say : nullptr);
            continue;
        }
        Money& value = *money_of(o, f.field);
        const Money before = value;
        value = apply(*adjustment, value, f.field);
        if (notes) {
            const Money delta = value - before;
            say(fmt::format("{} {} -> {}", f.words, before, value),
                fmt::format("{} {}{}", f.key, delta.is_negative() ? "-" : "+",
                            compact(delta.is_negative() ? -delta : delta)));
        }
        if (f.field == Field::Rsu) {  // the grant is now a value, no longer shares at a price
            o.rsu_shares.reset();
            o.rsu_price.reset();
            o.rsu_conversion.reset();
        }
    }
    if (w.option_price && o.options) {
        Options& op = *o.options;
        op.valued_multiple = w.option_price->multiple;
        // preferred x multiple/100, half up (both are positive; the flag keeps the product in range)
        op.valued_at = w.option_price->multiple
                           ? SharePrice{(op.preferred.micros * *w.option_price->multiple + 50) / 100}
                           : w.option_price->price;
    }
    if (w.convention && *w.convention != o.convention) {
        if (notes)
            say(fmt::format("growth convention {} -> {}", to_string(o.convention), to_string(*w.convention)),
                fmt::format("{} convention", to_string(*w.convention)));
        o.convention = *w.convention;
    }
}

}  // namespace

std::vector<std::string> apply(const WhatIf& w, Offer& o, std::vector<std::string>* brief) {
    std::vector<std::string> notes;
    if (brief) brief->clear();
    change(w, o, &notes, brief);
    return notes;
}

void apply_quietly(const WhatIf& w, Offer& o) { change(w, o, nullptr, nullptr); }

}  // namespace offercalc
