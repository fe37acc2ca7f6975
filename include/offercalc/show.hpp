#pragma once

#include <string>
#include <vector>

#include "offercalc/model.hpp"
#include "offercalc/offer.hpp"
#include "offercalc/tax.hpp"

namespace offercalc {

/// The `show` table for one offer, ending in a newline, laid out for `columns` (0: no
/// limit): see layout.hpp. exact: amounts to the cent however wide.
std::string render_show(const Projected& p, int columns = 0, bool exact = false);
/// The stable JSON object of one offer (see README "JSON output").
std::string offer_json(const Projected& p);
/// {"offers": [...]} followed by a newline.
std::string offers_json(const std::vector<Projected>& ps);
/// The `presets` listing.
std::string render_presets();
/// {"presets": [{"name", "yearly_percents", "denominator", "tranches": [{"month", "weight"}]}]}.
std::string presets_json();

/// What an offer's figures assume: "RSU $240,000.00 vesting amazon (5/15/40/40 by
/// year); stock growth 0%/yr (vest_date)", then raise, bonus and refreshers when set.
std::string assumptions_text(const Offer& o);
/// "Amazon, L5, Product Manager, Seattle" from whichever parts are set.
std::string describe_offer(const Offer& o);
/// Appends {"federal", "fica", "state", "local", "state_payroll", "total"}.
void tax_json(std::string& out, const TaxLines& t);
/// {"401k": 0.00, "hsa": ..., "other": ..., "total": ...}, appended to out.
void saved_json(std::string& out, const SavedLines& t);
/// Where the savings met a limit, by year ("the 401(k) election is above the IRS
/// limit, so the limit is saved, in years 1, 2"); "" when nowhere.
std::string savings_caps_text(const AfterTax& a);
/// {"tax_year", "filing", "state", "city", "basis", "note"}: what after-tax figures assume.
std::string tax_assumptions_json(const TaxProfile& p);
/// JSON string literal for s (escaped).
std::string json_string(std::string_view s);
/// Appends json_string(s) to out.
void append_json_string(std::string& out, std::string_view s);

}  // namespace offercalc
