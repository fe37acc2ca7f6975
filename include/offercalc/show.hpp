#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "offercalc/json_writer.hpp"
#include "offercalc/model.hpp"
#include "offercalc/offer.hpp"
#include "offercalc/tax.hpp"

namespace offercalc {

/// The `show` table for one offer, ending in a newline, laid out for `columns` (0: no
/// limit): see layout.hpp. exact: amounts to the cent however wide.
std::string render_show(const Projected& p, int columns = 0, bool exact = false);
/// The RSU grant's percent vesting in each year ("5", "15", ...); none without a grant.
std::vector<std::string> yearly_percents(const Offer& o);
/// The stable JSON object of one offer (see README "JSON output").
void write_offer(JsonWriter& w, const Projected& p);
/// Its fields alone, in an object the caller opened.
void write_offer_fields(JsonWriter& w, const Projected& p);
std::string offer_json(const Projected& p);
/// batch's line for an offer: {"schema_version": 1, then the offer's fields}, no newline.
std::string batch_offer_json(const Projected& p);
/// batch's line for a line it could not read: {"schema_version": 1, "line": N, "error": "..."}.
std::string batch_error_json(long line, std::string_view error);
/// {"offers": [...]} followed by a newline.
std::string offers_json(const std::vector<Projected>& ps);
/// validate's verdict on one file: no error when it is valid.
struct FileVerdict {
    std::string file;
    std::string error;
    std::vector<std::string> warnings;
};
/// validate --json: {"schema_version": 1, "files": [{"file", "valid", "error", "warnings"}]} and a newline.
std::string validate_json(const std::vector<FileVerdict>& verdicts);
/// The `presets` listing.
std::string render_presets();
/// {"presets": [{"name", "yearly_percents", "denominator", "tranches": [{"month", "weight"}]}]}.
std::string presets_json();

/// What an offer's figures assume: "RSU $240,000.00 vesting amazon (5/15/40/40 by
/// year); stock growth 0%/yr (vest_date)", then raise, bonus and refreshers when set.
std::string assumptions_text(const Offer& o);
/// "year 5 pays $96,000.00 less than year 4: the initial grant has vested", with the
/// drop under the assumptions when the offer has any; "" when the years shown do not
/// reach past the initial grant's last vest.
std::string vest_end_text(const Offer& o, const Projection& pr);
/// The assumed refreshers and promotions in words, saying they are not offered; "" for none.
std::string assumed_text(const Offer& o);
/// What a dollar grant buys at its conversion price and is worth today; "" for none.
std::string conversion_text(const Offer& o);
/// "Amazon, L5, Product Manager, Seattle" from whichever parts are set.
std::string describe_offer(const Offer& o);
/// {"federal", "fica", "state", "local", "state_payroll", "total"}.
void write_tax(JsonWriter& w, const TaxLines& t);
/// {"401k": 0.00, "hsa": ..., "other": ..., "total": ...}.
void write_saved(JsonWriter& w, const SavedLines& t);
/// Where the savings met a limit, by year ("the 401(k) election is above the IRS
/// limit, so the limit is saved, in years 1, 2"); "" when nowhere.
std::string savings_caps_text(const AfterTax& a);
/// With options after tax: what the exercise rows mean (the strike, the FMV, ISO or NSO,
/// the shares past the $100,000 limit, the AMT), for text.
std::string exercise_note(const Options& o, const AfterTax& a);
/// The same over the years, with the figures, in one sentence or two: for compare.
std::string exercise_summary(const Options& o, const AfterTax& a);
/// {"iso_shares", "nso_shares", "cost", "spread", "tax", "amt"}.
void write_option_exercise(JsonWriter& w, const OptionExercise& e);
/// {"tax_year", "filing", "state", "city", "basis", "note"}: what after-tax figures assume.
void write_tax_assumptions(JsonWriter& w, const TaxProfile& p);

}  // namespace offercalc
