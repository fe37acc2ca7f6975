// Fuzz target: any text as a what-if value, amount or sweep range (--set paths: fuzz_set).
#include <cstdint>
#include <string>

#include "offercalc/amount.hpp"
#include "offercalc/error.hpp"
#include "offercalc/scenarios.hpp"
#include "offercalc/whatif.hpp"

using namespace offercalc;

namespace {

void require(bool ok) {
    if (!ok) __builtin_trap();
}

template <typename F>
void quietly(F&& f) {
    try {
        f();
    } catch (const Error&) {}
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    if (const auto m = parse_amount(text)) {
        require(!m->is_negative() && m->in_cents() <= kMaxInputCents);
        require(parse_amount(m->plain()) == m);  // what we print reads back the same
    }
    Offer o;
    o.name = "fuzz";
    o.base = Money::dollars(150000);
    o.rsu = Grant{Money::dollars(100000), *find_preset("amazon"), 0};
    quietly([&] {
        WhatIf w;
        w[Field::Rsu] = parse_money_adjustment(text, Field::Rsu);
        w[Field::Base] = parse_money_adjustment(text, Field::Base);
        Offer changed = o;
        apply(w, changed);
        require(!changed.rsu->value.is_negative() && !changed.base.is_negative());
        (void)project(changed);
    });
    quietly([&] {
        WhatIf w;
        w[Field::Growth] = parse_percent_adjustment(text, Field::Growth);
        Offer changed = o;
        apply(w, changed);
        (void)project(changed);
    });
    for (Field f : {Field::Rsu, Field::Growth}) {
        quietly([&] {
            const SweepAxis a = parse_axis(f, text);
            require(a.count() >= 1 && a.at(0) == a.from && a.at(a.count() - 1) == a.to);
            require(a.count() == 1 || a.at(a.count() - 2) < a.to);
        });
    }
    return 0;
}
