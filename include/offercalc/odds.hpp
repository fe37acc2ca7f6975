#pragma once

// Odds under stock risk: a Monte Carlo over the share prices of the offers' companies.
//
// The model. An offer's `volatility` is the annual volatility sigma of its company's
// stock (0: the stock is certain). The log of the share price t years after the start
// is normal with mean ln(P0) + t ln(1 + g) and variance sigma^2 t, built from
// independent monthly shocks, so the median path is the deterministic model. Each
// tranche (initial grant and refreshers) is worth its deterministic value times the
// simulated price over the price the deterministic model grows from: under vest_date
// the price in its vest month over the price in its grant month; under recruiter the
// prices at the start of those years. Offers of the same company share one path; the
// monthly shocks of different companies have the same pairwise correlation.
//
// Only the months where some tranche needs a price are drawn: the sum of the monthly
// shocks between two such months is one normal draw with their summed variance, which
// has exactly the distribution of the monthly steps.
//
// Each path draws from its own counter-based stream (seed, path, company), so the
// figures do not depend on how many threads compute them.
//
// Stock options (a startup's): with exit scenarios, each path draws its exit from one
// uniform of its own stream (seed, path, company; offers of one company share it),
// picking a scenario by its probability, or no exit past their sum. On that path the
// options vesting by the end of the exit's year are worth the exit's price less their
// strike, counted in the years they vest; those vesting later, and every option on a
// path with no exit, are worth nothing. The draws sit on the same paths as the public
// companies' prices, so the chance an RSU offer beats a startup's is one figure.
// Options without exits count at their named price (the preferred price, or
// --option-price), as in the deterministic model: certain.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "offercalc/model.hpp"

namespace offercalc {

inline constexpr std::int64_t kDefaultPaths = 100'000;
inline constexpr std::int64_t kMaxPaths = 10'000'000;
/// The most memory a simulation may hold for its per-path results (1 GiB): checked
/// before any work, so a run too large for the machine is refused up front.
inline constexpr std::int64_t kMaxOddsBytes = std::int64_t{1} << 30;
inline constexpr std::uint64_t kDefaultSeed = 1;
inline constexpr double kDefaultCorrelation = 0.3;

struct OddsOptions {
    std::int64_t paths = kDefaultPaths;  ///< 1 to kMaxPaths
    std::uint64_t seed = kDefaultSeed;
    double correlation = kDefaultCorrelation;  ///< between different companies' monthly shocks, -1 to 1
    unsigned threads = 1;                      ///< worker threads; the figures do not depend on it
    bool after_tax = false;                    ///< weigh net pay (each offer's tax profile)
    /// Also keep each path's pay to the end of every year, for OfferOdds::by_year (more
    /// memory: 8 bytes per offer, path and year).
    bool by_year = false;
    /// When set, called now and then (about every 4,096 paths) on the calling thread with
    /// the paths simulated so far in this run, counted over every simulation the run
    /// makes (compare --confidence makes about twenty): for a progress line. Never called
    /// after odds() or compare() returns; the copies in their results are empty.
    std::function<void(std::int64_t done)> progress;
};

/// Checks the options against the companies of the offers: a usage Error naming
/// "paths" or "correlation" (a correlation that no set of that many companies can
/// have, e.g. -0.8 among three, is refused with the lowest possible).
void check_odds(const std::vector<Projected>& offers, const OddsOptions& opts);

/// One figure over the paths: nearest-rank percentiles (the value at rank
/// ceil(p N / 100) of the N sorted values) and the mean rounded half away to the cent.
struct Spread {
    Money p10, p50, p90, mean;
};

struct OfferOdds {
    std::string name;
    Rate volatility;
    bool exits = false;           ///< its options' exits are drawn on each path
    Spread year1, total;          ///< year one, and the total over the years
    std::vector<Spread> by_year;  ///< with OddsOptions::by_year: pay from the start to the end of each year
    std::size_t promotions = 0;   ///< the offer's promotions, each drawn as an event on every path
};

/// The offer under negotiation against one comparator. It beats the comparator on a
/// path when it pays strictly more; it loses when it pays strictly less.
struct Versus {
    std::string against;
    std::int64_t wins = 0, wins_year1 = 0, losses = 0;  ///< paths
    double p_win = 0, p_win_year1 = 0;                  ///< wins / paths
    Money expected_shortfall;  ///< the mean of (comparator - offer) over the paths it loses; 0 when none
};

/// Everything `offercalc odds` reports.
struct Odds {
    OddsOptions options;
    int years = kDefaultYears;
    std::vector<OfferOdds> offers;  ///< offers[0] is the offer under negotiation
    std::vector<Versus> vs;         ///< offers[0] against each comparator
};

/// Simulates the offers (offers[0] under negotiation, then at least one comparator).
Odds odds(const std::vector<Projected>& offers, const OddsOptions& opts);

/// Text report with a chart of each offer's spread; `columns` 0 means no width limit.
std::string render_odds(const Odds& o, int columns = 0, bool exact = false);
/// The stable JSON form, ending in a newline.
std::string odds_json(const Odds& o);

/// count / of in ten-thousandths, rounded half away, as JSON prints a probability: "0.6243".
std::string probability_json(std::int64_t count, std::int64_t of);

/// A probability as a percent with one decimal, "62.4%"; "0%" and "100%" only when exact.
std::string percent_text(std::int64_t count, std::int64_t of);

}  // namespace offercalc
