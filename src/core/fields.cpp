#include "offercalc/fields.hpp"

#include "offercalc/error.hpp"

#include <fmt/format.h>

namespace offercalc {

bool in_range(PercentRange range, Rate r) {
    const std::int64_t lo = range.lo * 10'000, hi = range.hi * 10'000;
    return r.ppm <= hi && (range.lo_open ? r.ppm > lo : r.ppm >= lo);
}

std::string range_text(PercentRange range) {
    return range.lo_open ? fmt::format("a percent greater than {} and at most {}", range.lo, range.hi)
                         : fmt::format("a percent from {} to {}", range.lo, range.hi);
}

namespace {

template <typename O>  // Offer or const Offer
auto money_field(O& o, Field f) -> decltype(&o.base) {
    switch (f) {
        case Field::Base: return &o.base;
        case Field::SignOnY1: return &o.sign_on_y1;
        case Field::SignOnY2: return &o.sign_on_y2;
        case Field::Rsu: return o.rsu ? &o.rsu->value : nullptr;
        case Field::Refresh: return o.refresh && !o.refresh->pct_of_grant ? &o.refresh->yearly : nullptr;
        case Field::RaisePct:
        case Field::BonusPct:
        case Field::Growth:
        case Field::Volatility: return nullptr;
    }
    return nullptr;
}

template <typename O>
auto rate_field(O& o, Field f) -> decltype(&o.bonus) {
    switch (f) {
        case Field::RaisePct: return &o.raise;
        case Field::BonusPct: return &o.bonus;
        case Field::Growth: return &o.growth;
        case Field::Volatility: return &o.volatility;
        case Field::Base:
        case Field::SignOnY1:
        case Field::SignOnY2:
        case Field::Rsu:
        case Field::Refresh: return nullptr;
    }
    return nullptr;
}

}  // namespace

void assume_refresh_amount(Offer& o) {
    if (!o.refresh) {
        o.refresh = RefreshAssumption{Money(), std::nullopt, 2, o.rsu ? o.rsu->schedule : *find_preset("even-annual")};
    } else if (o.refresh->pct_of_grant) {
        o.refresh->yearly = o.rsu ? apply_rate(o.rsu->value, *o.refresh->pct_of_grant) : Money();
        o.refresh->pct_of_grant.reset();
    }
}

Money* money_of(Offer& o, Field f) { return money_field(o, f); }
const Money* money_of(const Offer& o, Field f) { return money_field(o, f); }
Rate* rate_of(Offer& o, Field f) { return rate_field(o, f); }
const Rate* rate_of(const Offer& o, Field f) { return rate_field(o, f); }

}  // namespace offercalc

namespace offercalc {

std::string Subject::text() const {
    switch (kind_) {
        case Kind::None: return "";
        case Kind::Field: return spec(field_).path;
        case Kind::Override: return "override " + path_;
        case Kind::Paths: return "paths";
        case Kind::Correlation: return "correlation";
        case Kind::Confidence: return "confidence";
        case Kind::LeaveMonth: return "leave month";
        case Kind::Format: return "format";
        case Kind::Target: return "target";
        case Kind::Tax: return "tax";
        case Kind::TaxFiling: return "tax.filing";
        case Kind::TaxState: return "tax.state";
        case Kind::TaxCity: return "tax.city";
    }
    return "";
}

}  // namespace offercalc
