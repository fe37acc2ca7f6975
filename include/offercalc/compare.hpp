#pragma once

#include <optional>
#include <string>
#include <vector>

#include "offercalc/date.hpp"
#include "offercalc/report.hpp"

namespace offercalc {

struct CompareOptions {
    std::optional<Money> floor, target;  ///< override the offer file's floor and target
    Money round = Money::dollars(1000);  ///< asks are rounded up to a multiple of this
    Date today;                          ///< for the timeline
};

/// Comparator minus offer, per year and in total, and when cumulative pay crosses.
struct Gap {
    std::string against;
    std::vector<Money> years;
    Money total;
    std::optional<int> overtake_month;  ///< first month the trailing side's cumulative pay leads
    std::string overtaker;
};

/// One counter-ask: the changes to the offer (deltas, named as the what-if flags) and
/// what the offer then pays.
struct Ask {
    std::string lever;  ///< "rsu", "rsu+sign_on", "sign_on" or "base"
    bool feasible = false;
    bool closes = false;  ///< applying the changes closes the whole gap
    std::string reason;
    Money rsu, sign_on_y1, sign_on_y2, base;
    Money year1_total, total, remaining;  ///< remaining gap after the ask (0 when closed)
};

struct Standing {
    std::string name;
    Money total;
};

struct Timeline {
    Date offer_date;
    Date counter_by;
    Date window_start, window_end;
    struct Close {
        std::string name;
        std::optional<Date> date;
    };
    std::vector<Close> closes;
    std::vector<std::string> warnings;
};

struct Script {
    std::string short_ask, long_ask;
};

/// Everything `offercalc compare` reports.
struct Comparison {
    std::vector<Projected> offers;  ///< offers[0] is the offer under negotiation
    std::vector<Gap> gaps;          ///< one per comparator
    std::optional<std::size_t> strongest;  ///< index in offers of the highest-total comparator
    Money goal;                     ///< the total the asks aim for
    std::string goal_label;         ///< "Meta IC5 PM" or "your target"
    Money gap;                      ///< goal minus the offer's total
    Money year1_gap;                ///< strongest comparator's year 1 minus the offer's (0 for a target)
    Money year1_need;               ///< the larger of the year-one gap and uncovered transition cost
    std::vector<Ask> asks;          ///< ranked; empty when the offer already leads
    std::optional<Rate> breakeven_growth;
    std::optional<Money> floor, target;
    Timeline timeline;
    std::vector<std::string> warnings;  ///< level mismatch, weak comparators
    std::optional<Script> script;
    Money round;
};

/// Compares offers[0] against offers[1..] (or a target). Needs at least one
/// comparator or a target (usage Error otherwise).
Comparison compare(std::vector<Projected> offers, const CompareOptions& opts);

/// The lowest growth, in steps of 0.01%, from -50% to +200%, at which the offer's
/// total over `years` reaches `goal`; nullopt when there is no such growth in range.
std::optional<Rate> breakeven_growth(const Offer& offer, int years, Money goal);

/// Text report. `chart` draws bars; `color` adds ANSI colour; `script` adds the asks' words.
std::string render_compare(const Comparison& c, bool chart, bool color, bool script);
/// The stable JSON form, ending in a newline.
std::string compare_json(const Comparison& c);

}  // namespace offercalc
