#pragma once

#include <cstdint>
#include <iterator>
#include <string>

#include "offercalc/offer.hpp"

namespace offercalc {

/// The offer's values that what-if changes and sweeps move, with their ranges: the
/// one table that the offer-file reader, the what-if code and the sweep all check.
/// Refresh is the assumed yearly refresher (refresh.yearly): an assumption, never in a total.
enum class Field { Base, SignOnY1, SignOnY2, Rsu, RaisePct, BonusPct, Growth, Volatility, Refresh };

/// A range of percents: lo..hi, or (lo, hi] when lo_open.
struct PercentRange {
    std::int64_t lo = 0, hi = 100;  ///< whole percents
    bool lo_open = false;
};

/// Whether a rate is inside the range.
bool in_range(PercentRange range, Rate r);
/// The range in words: "a percent from 0 to 100", "a percent greater than -100 and at most 1000".
std::string range_text(PercentRange range);

struct FieldSpec {
    Field field;
    const char* path;    ///< where it is in an offer file: "sign_on.year1"
    const char* key;     ///< its name in JSON and CSV output: "sign_on_y1"
    const char* words;   ///< in a sentence: "year-one sign-on"
    bool percent;        ///< a Rate in percent (else Money, 0 to kMaxInputCents; base above 0)
    PercentRange range;  ///< percent fields only
};

inline constexpr FieldSpec kFields[] = {
    {Field::Base, "base", "base", "base", false, {}},
    {Field::SignOnY1, "sign_on.year1", "sign_on_y1", "year-one sign-on", false, {}},
    {Field::SignOnY2, "sign_on.year2", "sign_on_y2", "year-two sign-on", false, {}},
    {Field::Rsu, "rsu.grant", "rsu", "RSU grant", false, {}},
    {Field::RaisePct, "raise_pct", "raise_pct", "raise", true, {0, 100, false}},
    {Field::BonusPct, "bonus_pct", "bonus_pct", "bonus", true, {0, 1000, false}},
    {Field::Growth, "stock_growth_pct", "stock_growth_pct", "stock growth", true, {-100, 1000, true}},
    {Field::Volatility, "volatility_pct", "volatility_pct", "stock volatility", true, {0, 300, false}},
    {Field::Refresh, "refresh.yearly", "refresh", "assumed yearly refresher", false, {}},
};

constexpr bool fields_in_enum_order() {
    for (std::size_t i = 0; i < std::size(kFields); ++i)
        if (static_cast<std::size_t>(kFields[i].field) != i) return false;
    return true;
}
static_assert(fields_in_enum_order(), "kFields is indexed by Field");

inline constexpr std::size_t kFieldCount = std::size(kFields);
inline const FieldSpec& spec(Field f) { return kFields[static_cast<std::size_t>(f)]; }

/// The offer's amount for a money field (null for the RSU grant of an offer without
/// one, for the refresher of one without a refresh.yearly, and for percent fields).
Money* money_of(Offer& o, Field f);
const Money* money_of(const Offer& o, Field f);
/// The offer's rate for a percent field (null for money fields).
Rate* rate_of(Offer& o, Field f);
/// Before a change to Field::Refresh: an offer without an assumed refresher gets one of
/// $0 a year from year 2 on the initial grant's schedule (even-annual without one), and
/// one given as a percent of the grant is turned into its yearly amount.
void assume_refresh_amount(Offer& o);
const Rate* rate_of(const Offer& o, Field f);

}  // namespace offercalc
