#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "offercalc/calendar.hpp"
#include "offercalc/date.hpp"
#include "offercalc/model.hpp"
#include "offercalc/odds.hpp"

namespace offercalc {

struct CompareOptions {
    std::optional<Money> floor, target;  ///< override the offer file's floor and target
    Money round = Money::dollars(1000);  ///< asks are rounded up to a multiple of this
    Date today;                          ///< for the timeline
    HolidayBase holidays = HolidayBase::Us;
    /// Weigh net pay (each offer's tax profile) instead of gross; asks stay in gross dollars.
    bool after_tax = false;
    /// With odds: the chance each ask wins under stock risk (odds.hpp); its after_tax
    /// is set from the field above.
    std::optional<OddsOptions> odds;
    /// With odds: also size the RSU, sign-on and base asks so that the offer wins on at
    /// least this percent of the paths (1 to 99).
    std::optional<int> confidence;
};

/// Comparator minus offer, per year and in total, and when cumulative pay crosses.
struct Gap {
    std::string against;
    std::vector<Money> years;
    Money total;
    /// The decisive crossing: the last month the cumulative lead changes sides, so that
    /// the overtaker leads from it to the end of the horizon.
    std::optional<int> overtake_month;
    std::string overtaker;
    std::vector<int> lead_changes;  ///< every month the cumulative lead changes sides (the last is overtake_month)
};

/// Why an ask may be hard to win (a bit set).
enum Stretch : unsigned {
    kGrantDoubled = 1,        ///< the RSU grant more than doubles
    kSignOnOverHalfBase = 2,  ///< a year's sign-on ends above half of base
    kBaseOver15Pct = 4,       ///< base up more than 15% with no band to show room
    kSignOnOverBase = 8,      ///< a year's sign-on ends above the base itself: rarely granted
};

/// Why an ask cannot be made.
/// NotCounted: more options add nothing to the pay measured (at or under the strike, or
/// after tax, where the paper value is not pay until exercised).
enum class Blocked { None, Fixed, NoGrant, NoRsuCloses, SignOnOutOfRange, BandFull, ChanceOutOfReach, NotCounted };

/// What an ask moves: the level, cash through one lever or two, more stock options
/// (shares, alone or with a year-one sign-on), or an option term that costs the company
/// no cash (a longer exercise window, early exercise): those never close a gap in dollars.
enum class AskLever { Level, Rsu, RsuSignOn, SignOn, Base, Shares, SharesSignOn, ExerciseWindow, EarlyExercise };
/// "level", "rsu", "rsu+sign_on", "sign_on", "base", "shares", "shares+sign_on",
/// "exercise_window" or "early_exercise" (the JSON and text name).
const char* to_string(AskLever l);
/// The cash ask that moves this one lever alone.
AskLever ask_lever(Lever l);
/// An ask that adds stock options (shares, alone or with a sign-on).
bool adds_shares(AskLever l);
/// An option term that costs the company no cash (exercise window, early exercise).
bool option_term(AskLever l);

/// The exercise window asked for after leaving: 10 years (the longest an ISO may run).
inline constexpr int kAskedWindowDays = 3650;
/// A window shorter than this (a year) is asked to be extended.
inline constexpr int kShortWindowDays = 365;

/// Whom the asks aim at: the strongest comparator, or the candidate's --target.
enum class GoalKind { Comparator, Target };

/// One counter-ask, as facts: the changes (deltas, named as the what-if flags), what
/// the offer then pays, and what the words need. `reason` is filled by the words.
struct Ask {
    AskLever lever = AskLever::Rsu;
    bool feasible = false;
    bool closes = false;  ///< applying the changes closes the whole gap
    Blocked blocked = Blocked::None;
    Lever fixed_lever = Lever::Rsu;  ///< with Blocked::Fixed
    Money rsu, sign_on_y1, sign_on_y2, base;
    /// Stock options added (whole shares, a multiple of share_step), and their paper
    /// value at the options' price: shares x max(0, price - strike).
    std::int64_t shares = 0, share_step = 0;
    Money shares_value;
    int window_days = 0;                              ///< ExerciseWindow: the window asked for, in days after leaving
    bool early_exercise = false;                      ///< EarlyExercise: asked for
    Money year1_total, total;                         ///< gross pay after the ask
    std::optional<Money> net_year1_total, net_total;  ///< after tax (compare --after-tax)
    std::optional<std::int64_t> wins;    ///< with odds: paths on which the offer with the ask beats the comparator
    Money remaining;                     ///< remaining gap after the ask (0 when closed), as the gap is measured
    Money year1_short;                   ///< year one still below the year-one bar after the ask
    std::optional<Money> rsu_for_year1;  ///< the grant increase that alone would close year one
    std::optional<Money> band_room;      ///< base: the band's room (none without a band)
    unsigned stretch = 0;                ///< Stretch bits
    bool bridge = false;  ///< a sign-on ask ranked before RSUs: it makes year one whole and closes the total
    /// A year-one sign-on asked while the total already leads: only year one, or the
    /// transition cost, is short.
    bool year_one_only = false;
    /// A sign-on sized for a chance (--confidence): the year-one sign-on kept from the
    /// year-one bridge, not sized for the chance (only the rest is).
    Money kept_y1;
    // A level ask: from the offer's level to `level_to` (empty when the offer's ladder
    // has no level at that rank), because `level_against` is at `their_level`.
    std::string level_from, level_to, level_against, their_level;
    std::size_t level_index = 0;  ///< level_against's index in Comparison::offers (names may repeat)
    std::string reason;
};

struct Timeline {
    Date today;
    Date offer_date;
    bool counter = true;    ///< false when nothing is short: only decide_by
    bool reviewing = true;  ///< today is within the 72-hour review of the offer
    Date counter_by;        ///< the business day to send the counter
    /// Ask for an answer 3 to 5 business days after it, the window ending early at the
    /// last business day before a close still to come (the offer's own or a comparator's).
    Date window_start, window_end;
    Date answer_by;  ///< the window's end
    Date decide_by;  ///< without a counter: when to decide
    struct Close {
        std::string name;
        OfferKind kind;
        std::optional<Date> date;
        bool passed = false;
    };
    std::vector<Close> closes;
    std::vector<std::pair<Date, std::string>> holidays;  ///< holidays from the offer date to the last date shown
    std::vector<std::string> warnings;
};

/// "today" when `d` is `today`, else "by Friday, April 16" (for "let me know ..."); the
/// year is said too when `d` is more than half a year from today.
std::string by_day(Date d, Date today);
/// "Friday, April 16", with ", 2027" when more than half a year from `today`.
std::string spoken_from(Date d, Date today);

/// compare --odds: the chance of beating the strongest comparator (or, without one,
/// the target) under stock risk, with the ask as offered and with each ask.
struct CompareOdds {
    OddsOptions options;
    std::string against;        ///< the comparator's name, or "your target"
    std::int64_t wins_now = 0;  ///< paths on which the offer as it stands wins
    std::optional<int> confidence;
    /// With a confidence: the rsu, sign_on and base asks, each alone, sized in --round
    /// steps to win on at least that share of paths (wins set; infeasible when no ask
    /// in range does, or the lever is fixed).
    std::vector<Ask> confident;
    std::int64_t needed = 0;  ///< the wins that the confidence asks for: ceil(confidence x paths / 100)
};

/// Where a comparator's close date stands on the day of the comparison.
enum class CloseStatus { Live, Closed, Undated };

/// The situation, one comparator: what the plan and the words may say of it.
struct ComparatorFacts {
    std::size_t index = 0;  ///< in Comparison::offers
    OfferKind kind = OfferKind::Offer;
    CloseStatus status = CloseStatus::Undated;  ///< a current job is Undated
    std::optional<int> level_relation;          ///< their rank minus the offer's; none when a ladder is unknown
    bool same_company = false;                  ///< the same company as the offer (an internal move, not a competitor)
    /// A copy of the offer (its name, or the same company paying the same every year):
    /// not leverage, like a tie, unless every comparator is one.
    bool copy = false;
    std::vector<Money> gaps;  ///< comparator minus offer by year (as the gaps are measured)
    Money total_gap;          ///< over the horizon
    /// Their guaranteed year-one cash (base, sign-on, other items) minus the offer's, gross.
    Money guaranteed_year1_gap;
    /// The first year after year four whose leader differs from year four's (the
    /// initial grants have vested); none when the lead holds or the horizon ends at four.
    std::optional<int> past_four_change;
};

/// The situation the plan is made from (DOMAIN "The plan").
struct Situation {
    std::vector<ComparatorFacts> comparators;
    Money uncovered;           ///< transition cost the offer's year-one sign-on leaves uncovered
    std::vector<Lever> fixed;  ///< levers the recruiter said will not move
    int years = 4;
    bool net = false;  ///< figures after tax
    bool tie = false;  ///< the total gap is not 0 but less than one rounding step either way
    /// Every comparator has closed: the asks are sized to the strongest closed one and
    /// the scripts hold only once it is extended (Script::condition).
    bool all_closed = false;
};

struct Script {
    std::string short_ask, long_ask;
    /// When the words hold only on a condition the candidate must meet first (every
    /// comparator has closed: it must be extended); empty otherwise.
    std::string condition;
};

/// A dollar grant converted at a price above today's (rsu.conversion_price): the ask
/// to fix the share count at what the dollar figure buys today.
struct ShareCountAsk {
    std::int64_t shares = 0;      ///< the grant's dollars at today's price, rounded up to a whole share
    std::int64_t converted = 0;   ///< what the conversion price buys
    Money promised, value_today;  ///< the dollar figure, and the converted shares at today's price
    SharePrice conversion_price, price_today;
};

/// Everything `offercalc compare` reports.
struct Comparison {
    std::vector<Projected> offers;         ///< offers[0] is the offer under negotiation
    bool after_tax = false;                ///< gaps, goal and asks' outcomes are measured after tax
    std::vector<Gap> gaps;                 ///< one per comparator
    std::optional<std::size_t> strongest;  ///< index in offers of the highest-total comparator
    /// The comparator the asks aim at and the scripts cite: the strongest that is not
    /// closed, or, when every one has closed, the strongest (then cited as closed).
    std::optional<std::size_t> cited;
    Situation situation;
    Money goal;  ///< the total the asks aim for
    GoalKind goal_kind = GoalKind::Comparator;
    std::string goal_label;  ///< "Meta IC5 PM" or "your target"
    Money gap;               ///< goal minus the offer's total
    Money year1_gap;         ///< the most any comparator leads in year one (0 when none does)
    /// The goal comparator's year-one lead over the offer, signed (negative: the offer
    /// leads); the target's year one is not known, so 0 there.
    Money goal_year1_gap;
    std::string year1_against;  ///< who sets year1_gap
    Money year1_need;           ///< the larger of the year-one gap and uncovered transition cost
    std::vector<Ask> asks;      ///< ranked, the level ask first; empty when the offer already leads
    std::optional<Rate> breakeven_growth;
    /// The cited comparator is the offer's own company: breakeven_growth grows both grants
    /// (shared_breakeven_growth), and breakeven_leads_low is its SharedBreakeven::leads_low.
    bool breakeven_shared = false, breakeven_leads_low = false;
    std::optional<Money> floor, target;
    Timeline timeline;
    std::vector<std::string> warnings;  ///< unknown levels, weak comparators
    std::optional<Script> script;
    /// With no ask to make (the offer leads what the asks aim at) while its total is
    /// under the offer file's own target: how far under, and how to aim at it.
    std::string below_target;
    /// The line said before the asks, or in their place when there is none ("... no
    /// counter-ask needed."), rendered from the plan for the text and the HTML alike.
    std::string headline;
    /// Which figures are paper value (stock options at a named price, not cash), and
    /// whether a lead is only on paper; empty when no offer compared has options.
    std::string paper_note;
    bool paper_note_plain = false;  ///< the note only says which figures are paper (text shows that with the options)
    Money round;
    std::optional<CompareOdds> odds;
    /// The offer's dollar grant is converted above today's price: fix the share count.
    std::optional<ShareCountAsk> share_count_ask;
};

/// Compares offers[0] against offers[1..] (or a target). Needs at least one
/// comparator or a target (usage Error otherwise).
Comparison compare(std::vector<Projected> offers, const CompareOptions& opts);

/// The lowest growth, in steps of 0.01%, from -50% to +200%, at which the offer's
/// total over `years` reaches `goal`; nullopt when there is no such growth in range.
/// With after_tax, the total is the net total under the offer's tax profile.
std::optional<Rate> breakeven_growth(const Offer& offer, int years, Money goal, bool after_tax = false);

/// Break-even growth when both offers' grants are one company's stock: the growth at
/// which the offer's total reaches the other's with both grants grown at it.
struct SharedBreakeven {
    std::optional<Rate> growth;  ///< none when one offer leads at every growth in range
    /// The offer leads at -50%/yr: it matches at `growth` or less (the other's grant is the
    /// larger bet), or with no growth, it leads at every growth.
    bool leads_low = false;
};

/// The break-even growth for two offers of one company: one growth applies to both
/// grants; from -50% to +200% in steps of 0.01%.
SharedBreakeven shared_breakeven_growth(const Offer& offer, const Offer& other, int years, bool after_tax = false);

/// Text report. `chart` draws bars; `color` adds ANSI colour; `script` adds the asks' words.
/// How compare's text is laid out for where it goes.
struct RenderOptions {
    bool chart = true, color = false, script = true;
    int columns = 80;    ///< the terminal's width: tables fit it, prose wraps at min(columns, 100)
    bool full = false;   ///< everything: each pay part, floor and target, chart, reasons, the longer script
    bool exact = false;  ///< tables keep cents however wide
};
std::string render_compare(const Comparison& c, const RenderOptions& options);
/// The stable JSON form, ending in a newline.
std::string compare_json(const Comparison& c);

/// An ask's changes in words: "RSU grant +$118,000.00, year-one sign-on +$73,000.00";
/// "no change" when there is none.
std::string changes_text(const Ask& a);

/// What a level ask asks for: the level on the offer's ladder, or "a level that
/// matches level 65" where the ladder has none at that rank.
std::string level_target(const Ask& a);

/// A spoken amount: whole dollars rounded to the nearest $1,000, halves up ("$1,248,000").
std::string spoken_amount(Money m);

}  // namespace offercalc
